//! The shared library: best practices and standing orders on investigation, forensics, use of
//! technology and training, composed from topics × kinds of document × areas, so that any
//! number of varied documents can be generated quickly.

mod marking;
mod phrases;
mod text;
mod topics;

use crate::rng::{DemoRng, IdMint};
use crate::world::DemoDocument;
use marking::Marker;
use phrases::{ASPECTS, AUDIENCES, CONTEXTS, COORDINATION, mistakes};
use samanvay_core::DocumentId;
use samanvay_core::document::{DocumentContent, Language};
use samanvay_core::org::Agency;
use samanvay_core::sharing::SharingGroup;
use std::collections::BTreeMap;
use text::Draft;
use time::OffsetDateTime;
use time::macros::datetime;

/// Documents are dated across the first year of the new criminal laws, which they cite.
const FIRST_DAY: OffsetDateTime = datetime!(2024-07-01 0:00 UTC);
const LAST_DAY: OffsetDateTime = datetime!(2025-06-30 0:00 UTC);

/// The agencies, units, users and groups the documents are owned by and shared with.
pub(crate) struct Library<'a> {
    pub agencies: &'a [Agency],
    pub users: &'a [crate::DemoUser],
    pub groups: &'a [SharingGroup],
}

/// `count` documents, oldest first, with strictly increasing creation times.
pub(crate) fn build(library: &Library, count: usize, rng: &DemoRng) -> Vec<DemoDocument> {
    let topics = topics::all();
    let marker = Marker::new(library.agencies, library.groups, library.users);
    let agency_names: BTreeMap<_, _> = library
        .agencies
        .iter()
        .map(|a| (a.id, a.name.as_str()))
        .collect();
    let mut ids = IdMint::new(0, rng.fork("document-ids"));
    let mut rng = rng.fork("document-drafts");

    let first = FIRST_DAY.unix_timestamp();
    let span = (LAST_DAY - FIRST_DAY).whole_seconds();
    // One slot per document, each dated at a random second within its slot.
    let slot = (span / count.max(1) as i64).max(1);

    let mut documents = Vec::with_capacity(count);
    for nth in 0..count {
        let offset = rng.below(slot as usize) as i64;
        let created_at = OffsetDateTime::from_unix_timestamp(first + nth as i64 * slot + offset)
            .expect("demo dates are within range");
        let (marking, author) = marker.choose(nth, &mut rng);
        let topic = *rng.pick(&topics);
        let language = match nth {
            0 => Language::English,
            1 => Language::Hindi,
            2 => Language::Mixed,
            _ => [Language::English, Language::Hindi, Language::Mixed][rng.weighted(&[50, 25, 25])],
        };
        let steps_len = match language {
            Language::English => topic.steps_en.len(),
            Language::Hindi => topic.steps_hi.len(),
            Language::Mixed => topic.steps_mixed.len(),
        };
        let mistakes_len = mistakes(topic.category).len();
        let draft = Draft {
            topic,
            aspect: rng.pick(ASPECTS),
            context: rng.pick(CONTEXTS),
            language,
            pattern: rng.below(3),
            number: 1 + rng.below(250),
            audience: rng.below(AUDIENCES.len()),
            steps: rng.sample(steps_len, 3, steps_len),
            mistakes: rng.sample(mistakes_len, 1, 2),
            coordination: rng.chance(50).then(|| rng.below(COORDINATION.len())),
            issuer: format!(
                "{}, {}, {}",
                author.user.display_name, author.user.post, agency_names[&author.user.agency]
            ),
            date: created_at.date(),
        };
        let content = DocumentContent {
            title: text::title(&draft),
            body: text::body(&draft),
            tags: tags(&draft),
            language,
        };
        let unix_ms = created_at.unix_timestamp() as u64 * 1000;
        documents.push(DemoDocument {
            id: DocumentId(ids.at(unix_ms)),
            content,
            marking,
            created_at,
        });
    }
    documents
}

/// Shelf, topic, kind of document and area, without repeats.
fn tags(draft: &Draft) -> Vec<String> {
    let mut tags: Vec<String> = Vec::new();
    let candidates = [draft.topic.category.tag()]
        .into_iter()
        .chain(draft.topic.tags.iter().copied())
        .chain([draft.aspect.tag, draft.context.tag]);
    for tag in candidates {
        if !tags.iter().any(|t| t == tag) {
            tags.push(tag.to_string());
        }
    }
    tags
}
