//! The demo organisation: agencies, the unit hierarchy, accounts and sharing groups.

use samanvay_core::Classification;
use samanvay_core::org::{AgencyKind, UnitKind};
use samanvay_core::password::check_password;
use samanvay_core::sharing::MembershipState;
use samanvay_core::user::Role;
use samanvay_demo::{DEMO_PASSWORD, DemoWorld, Scale, generate};
use std::collections::BTreeSet;

fn world() -> DemoWorld {
    generate(42, Scale::default())
}

#[test]
fn the_same_seed_gives_the_same_world_ids_included() {
    assert_eq!(world(), world());
}

#[test]
fn a_different_seed_gives_different_ids_names_and_documents() {
    let (a, b) = (world(), generate(43, Scale::default()));
    assert_ne!(a.agencies[0].id, b.agencies[0].id);
    assert_ne!(a.documents, b.documents);
    let names = |w: &DemoWorld| -> Vec<String> {
        w.users
            .iter()
            .map(|u| u.user.display_name.clone())
            .collect()
    };
    assert_ne!(names(&a), names(&b));
}

#[test]
fn usernames_and_units_are_the_same_for_every_seed() {
    let usernames = |w: &DemoWorld| -> Vec<String> {
        w.users.iter().map(|u| u.user.username.clone()).collect()
    };
    let unit_names =
        |w: &DemoWorld| -> Vec<String> { w.units.iter().map(|u| u.name.clone()).collect() };
    let other = generate(9, Scale::with_documents(5));
    assert_eq!(usernames(&world()), usernames(&other));
    assert_eq!(unit_names(&world()), unit_names(&other));
}

#[test]
fn the_seven_agencies_are_there_with_their_kinds() {
    let world = world();
    let codes: Vec<&str> = world.agencies.iter().map(|a| a.code.as_str()).collect();
    assert_eq!(codes, ["DL", "HR", "UP", "RJ", "IB", "NIA", "NCB"]);
    assert_eq!(world.agency("DL").unwrap().kind, AgencyKind::StatePolice);
    assert_eq!(world.agency("NIA").unwrap().kind, AgencyKind::Central);
}

#[test]
fn every_agency_has_one_headquarters_at_the_top() {
    let world = world();
    for agency in &world.agencies {
        let hqs: Vec<_> = world
            .units
            .iter()
            .filter(|u| u.agency == agency.id && u.kind == UnitKind::Headquarters)
            .collect();
        assert_eq!(hqs.len(), 1, "{}", agency.code);
        assert_eq!(hqs[0].parent, None);
    }
}

#[test]
fn every_unit_parent_exists_comes_first_and_is_in_the_same_agency() {
    let world = world();
    let mut seen = BTreeSet::new();
    for unit in &world.units {
        if unit.kind != UnitKind::Headquarters {
            let parent = unit.parent.expect("only headquarters have no parent");
            assert!(
                seen.contains(&parent),
                "{} listed before its parent",
                unit.name
            );
            assert_eq!(
                world.unit(parent).unwrap().agency,
                unit.agency,
                "{}",
                unit.name
            );
        }
        seen.insert(unit.id);
    }
}

#[test]
fn police_stations_sit_under_sub_divisions_under_districts() {
    let world = world();
    let alipur = world.units.iter().find(|u| u.name == "PS Alipur").unwrap();
    let sub = world.unit(alipur.parent.unwrap()).unwrap();
    let district = world.unit(sub.parent.unwrap()).unwrap();
    assert_eq!(sub.kind, UnitKind::SubDivision);
    assert_eq!(district.name, "Outer North District");
    for station in world
        .units
        .iter()
        .filter(|u| u.kind == UnitKind::PoliceStation)
    {
        let parent = world.unit(station.parent.unwrap()).unwrap();
        assert_eq!(parent.kind, UnitKind::SubDivision, "{}", station.name);
    }
}

#[test]
fn every_unit_is_placed_in_north_india() {
    for unit in &world().units {
        let at = unit.location.expect("every demo unit has coordinates");
        assert!(
            (26.0..31.0).contains(&at.lat),
            "{} lat {}",
            unit.name,
            at.lat
        );
        assert!(
            (75.0..82.0).contains(&at.lon),
            "{} lon {}",
            unit.name,
            at.lon
        );
    }
}

#[test]
fn ids_ascend_in_generation_order() {
    let world = world();
    assert!(world.units.windows(2).all(|w| w[0].id < w[1].id));
    assert!(world.users.windows(2).all(|w| w[0].user.id < w[1].user.id));
    assert!(world.agencies.windows(2).all(|w| w[0].id < w[1].id));
}

#[test]
fn every_user_is_posted_to_a_unit_of_their_own_agency() {
    let world = world();
    for demo in &world.users {
        let user = &demo.user;
        let unit = world.unit(user.unit).expect("the user's unit exists");
        assert_eq!(unit.agency, user.agency, "{}", user.username);
        assert!(!user.roles.is_empty(), "{}", user.username);
        assert!(!user.post.is_empty(), "{}", user.username);
    }
}

#[test]
fn usernames_are_unique_short_and_lower_case() {
    let world = world();
    let mut seen = BTreeSet::new();
    for demo in &world.users {
        let name = &demo.user.username;
        assert!(seen.insert(name.clone()), "duplicate {name}");
        assert_eq!(name, &name.to_lowercase());
        assert!(name.len() <= 24 && !name.contains(' '), "{name}");
    }
    let display: BTreeSet<_> = world.users.iter().map(|u| &u.user.display_name).collect();
    assert_eq!(display.len(), world.users.len(), "display names repeat");
}

#[test]
fn the_demo_password_passes_the_password_rules_for_every_account() {
    for demo in &world().users {
        let user = &demo.user;
        let mut context = vec![user.username.as_str()];
        context.extend(user.display_name.split_whitespace());
        assert_eq!(demo.password, DEMO_PASSWORD);
        assert_eq!(
            check_password(&demo.password, &context),
            Ok(()),
            "{}",
            user.username
        );
    }
}

#[test]
fn every_agency_has_an_admin_an_auditor_and_secret_cleared_supervisors() {
    let world = world();
    for agency in &world.agencies {
        let code = agency.code.to_lowercase();
        let admin = &world.user(&format!("{code}.admin")).unwrap().user;
        assert!(admin.has_role(Role::AgencyAdmin));
        let auditor = &world.user(&format!("{code}.auditor")).unwrap().user;
        assert_eq!(auditor.roles, [Role::Auditor]);
        for demo in world.users.iter().filter(|u| u.user.agency == agency.id) {
            // The admin can manage every account of the agency except the auditor's.
            if demo.user.username != auditor.username {
                assert!(
                    demo.user
                        .is_no_more_privileged_than(&admin.roles, admin.clearance)
                );
            }
        }
    }
}

#[test]
fn ranks_roles_and_clearances_follow_the_post() {
    let world = world();
    let sho = &world.user("dl.sho.alipur").unwrap().user;
    assert_eq!(sho.post, "SHO, PS Alipur");
    assert_eq!(sho.clearance, Classification::Confidential);
    assert_eq!(sho.roles, [Role::Officer]);
    let constable = &world.user("dl.ct.alipur").unwrap().user;
    assert_eq!(constable.clearance, Classification::Restricted);
    let sp = &world.user("hr.sp.gurugram").unwrap().user;
    assert_eq!(
        (sp.roles.as_slice(), sp.clearance),
        (&[Role::Supervisor][..], Classification::Secret)
    );
    for analyst in [
        "dl.analyst",
        "hr.analyst",
        "up.analyst",
        "ib.analyst",
        "nia.analyst",
        "ncb.analyst",
    ] {
        let user = &world.user(analyst).unwrap().user;
        assert!(user.has_role(Role::Analyst), "{analyst}");
        assert_eq!(user.clearance, Classification::Secret, "{analyst}");
    }
}

#[test]
fn highlighted_logins_exist() {
    let world = world();
    let logins = world.highlighted_logins();
    assert!(logins.len() >= 8);
    for (username, description) in logins {
        assert!(world.user(&username).is_some(), "{username}");
        assert!(!description.is_empty());
    }
}

#[test]
fn sharing_groups_list_their_creator_as_a_member_and_one_invitation_is_pending() {
    let world = world();
    for group in &world.sharing_groups {
        let creator = group.members.iter().find(|m| m.agency == group.created_by);
        assert_eq!(
            creator.map(|m| m.state),
            Some(MembershipState::Member),
            "{}",
            group.name
        );
    }
    let ncr = world
        .sharing_groups
        .iter()
        .find(|g| g.name == "NCR Border Districts")
        .unwrap();
    assert!(
        ncr.members
            .iter()
            .all(|m| m.state == MembershipState::Member)
    );
    assert_eq!(ncr.members.len(), 3);
    let stf = world
        .sharing_groups
        .iter()
        .find(|g| g.name == "Western UP – Haryana STF")
        .unwrap();
    assert!(
        stf.members
            .iter()
            .any(|m| m.state == MembershipState::Invited)
    );
}

#[test]
fn a_viewer_belongs_only_to_groups_its_agency_accepted() {
    let world = world();
    let viewer = world.viewer("dl.sho.alipur").unwrap();
    let names: Vec<&str> = world
        .sharing_groups
        .iter()
        .filter(|g| viewer.groups.contains(&g.id))
        .map(|g| g.name.as_str())
        .collect();
    assert!(names.contains(&"NCR Border Districts"));
    assert!(
        !names.contains(&"Western UP – Haryana STF"),
        "DL is only invited there"
    );
}
