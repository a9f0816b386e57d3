//! What the library's documents are about: each topic carries its own purpose, practice points
//! and references in English, Hindi and the mixed register officers write in.

mod forensics;
mod investigation;
mod technology;
mod training;

/// The shelf of the library a topic belongs on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Category {
    Investigation,
    Forensics,
    Technology,
    Training,
}

impl Category {
    pub(crate) fn tag(self) -> &'static str {
        match self {
            Category::Investigation => "investigation",
            Category::Forensics => "forensics",
            Category::Technology => "technology",
            Category::Training => "training",
        }
    }
}

/// One subject of best practice, written once in each register.
pub(crate) struct Topic {
    pub category: Category,
    pub en: &'static str,
    pub hi: &'static str,
    pub tags: &'static [&'static str],
    /// Why the practice matters, one or two sentences.
    pub why_en: &'static str,
    pub why_hi: &'static str,
    pub steps_en: &'static [&'static str],
    pub steps_hi: &'static [&'static str],
    /// Hindi sentences with the English terms officers use, as they write them.
    pub steps_mixed: &'static [&'static str],
    /// Sections of law and guidelines, cited the same way in every language.
    pub refs: &'static [&'static str],
}

/// Every topic, shelf by shelf.
pub(crate) fn all() -> Vec<&'static Topic> {
    [
        investigation::TOPICS,
        forensics::TOPICS,
        technology::TOPICS,
        training::TOPICS,
    ]
    .into_iter()
    .flatten()
    .collect()
}
