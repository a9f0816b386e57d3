//! The demo library: owners, markings, languages, limits and scale.

use samanvay_core::Classification;
use samanvay_core::document::Language;
use samanvay_core::sharing::MembershipState;
use samanvay_core::{Distribution, Viewer, Visibility};
use samanvay_demo::{DemoWorld, Scale, generate};
use std::collections::BTreeSet;

fn world() -> DemoWorld {
    generate(42, Scale::default())
}

#[test]
fn the_default_library_has_a_few_dozen_documents() {
    let count = world().documents.len();
    assert!((24..=100).contains(&count), "{count}");
}

#[test]
fn every_document_is_owned_by_a_cleared_user_at_their_own_unit() {
    let world = world();
    for doc in &world.documents {
        let owner = &doc.marking.owner;
        let author = world
            .users
            .iter()
            .find(|u| u.user.id == owner.user)
            .expect("author exists");
        assert_eq!(author.user.agency, owner.agency);
        assert_eq!(author.user.unit, owner.unit);
        assert_eq!(world.unit(owner.unit).unwrap().agency, owner.agency);
        assert!(author.user.clearance >= doc.marking.classification);
    }
}

#[test]
fn distributions_name_real_agencies_and_groups_the_owner_belongs_to() {
    let world = world();
    let agencies: BTreeSet<_> = world.agencies.iter().map(|a| a.id).collect();
    for doc in &world.documents {
        let owner = doc.marking.owner.agency;
        match &doc.marking.distribution {
            Distribution::Agencies { agencies: listed } => {
                assert!(!listed.is_empty() && !listed.contains(&owner));
                assert!(listed.iter().all(|a| agencies.contains(a)));
            }
            Distribution::SharingGroup { group } => {
                let group = world
                    .sharing_groups
                    .iter()
                    .find(|g| g.id == *group)
                    .unwrap();
                let member = group.members.iter().find(|m| m.agency == owner).unwrap();
                assert_eq!(member.state, MembershipState::Member);
            }
            Distribution::OwnAgency | Distribution::AllAgencies => {}
        }
    }
}

#[test]
fn the_library_covers_every_classification_distribution_and_language() {
    let world = world();
    let docs = &world.documents;
    for classification in Classification::ALL {
        assert!(
            docs.iter()
                .any(|d| d.marking.classification == classification),
            "{classification:?}"
        );
    }
    for kind in ["own_agency", "agencies", "sharing_group", "all_agencies"] {
        assert!(
            docs.iter()
                .any(|d| d.marking.distribution.kind_name() == kind),
            "{kind}"
        );
    }
    for language in [Language::English, Language::Hindi, Language::Mixed] {
        assert!(
            docs.iter().any(|d| d.content.language == language),
            "{language:?}"
        );
    }
    assert!(docs.iter().any(|d| d.marking.pointer));
    assert!(docs.iter().any(|d| !d.marking.handling.is_empty()));
}

#[test]
fn a_tiny_library_still_covers_every_classification_and_distribution() {
    let docs = generate(5, Scale::with_documents(4)).documents;
    let classes: BTreeSet<_> = docs.iter().map(|d| d.marking.classification).collect();
    let kinds: BTreeSet<_> = docs
        .iter()
        .map(|d| d.marking.distribution.kind_name())
        .collect();
    assert_eq!((classes.len(), kinds.len()), (4, 4));
}

#[test]
fn documents_pass_the_content_limits_unchanged() {
    for doc in &world().documents {
        let validated = doc.content.clone().validated().expect("valid content");
        assert_eq!(validated, doc.content);
        assert!(
            doc.content.body.lines().count() > 10,
            "multi-paragraph body"
        );
    }
}

#[test]
fn hindi_documents_are_written_in_devanagari() {
    let world = world();
    let devanagari = |s: &str| s.chars().any(|c| ('\u{0900}'..='\u{097F}').contains(&c));
    for doc in &world.documents {
        match doc.content.language {
            Language::Hindi => {
                assert!(devanagari(&doc.content.title) && devanagari(&doc.content.body))
            }
            Language::Mixed => {
                assert!(devanagari(&doc.content.body) && doc.content.body.contains("Purpose"))
            }
            Language::English => assert!(!devanagari(&doc.content.body), "{}", doc.content.title),
        }
    }
}

#[test]
fn every_document_says_it_is_synthetic() {
    for doc in &world().documents {
        let body = &doc.content.body;
        assert!(
            body.contains("Synthetic") || body.contains("कृत्रिम"),
            "{}",
            doc.content.title
        );
    }
}

#[test]
fn the_policy_gives_each_viewer_a_different_slice_of_the_library() {
    let world = world();
    let visible = |viewer: &Viewer| {
        world
            .documents
            .iter()
            .filter(|d| viewer.visibility(&d.marking) == Visibility::Full)
            .count()
    };
    let constable = world.viewer("dl.ct.alipur").unwrap();
    let analyst = world.viewer("dl.analyst").unwrap();
    assert!(visible(&constable) < visible(&analyst));
    assert!(visible(&constable) > 0);
}

#[test]
fn ten_thousand_documents_have_unique_ascending_ids_and_times() {
    let world = generate(1, Scale::with_documents(10_000));
    let docs = &world.documents;
    assert_eq!(docs.len(), 10_000);
    assert!(docs.windows(2).all(|w| w[0].id < w[1].id));
    assert!(docs.windows(2).all(|w| w[0].created_at < w[1].created_at));
    let titles: BTreeSet<_> = docs.iter().map(|d| &d.content.title).collect();
    assert!(
        titles.len() > 2_000,
        "only {} distinct titles",
        titles.len()
    );
}

#[test]
fn growing_the_library_leaves_the_organisation_unchanged() {
    let small = generate(3, Scale::with_documents(10));
    let large = generate(3, Scale::with_documents(1_000));
    assert_eq!(small.agencies, large.agencies);
    assert_eq!(small.units, large.units);
    assert_eq!(small.users, large.users);
    assert_eq!(small.sharing_groups, large.sharing_groups);
}

#[test]
fn a_document_converts_to_the_core_type_as_version_one() {
    let world = world();
    let doc = world.documents[0].document();
    assert_eq!(doc.version, 1);
    assert_eq!(doc.created_at, doc.updated_at);
    assert_eq!(doc.id, world.documents[0].id);
}
