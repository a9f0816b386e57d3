//! A person's physical description: what an officer at a checkpoint compares with the man in
//! front of him.

use super::{MAX_ENTRIES, MAX_TEXT_CHARS, clean_text};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

/// Height, build, complexion, identifying marks and other features; every part optional.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct PhysicalDescription {
    /// Height in centimetres, 50–250.
    #[serde(default)]
    pub height_cm: Option<u16>,
    #[serde(default)]
    pub build: Option<Build>,
    #[serde(default)]
    pub complexion: Option<Complexion>,
    /// Scars, tattoos, moles, birthmarks, missing fingers, …
    #[serde(default)]
    pub marks: Vec<IdentifyingMark>,
    /// Anything else: "limps on the left leg", "stammers", "gold tooth".
    #[serde(default)]
    pub other_features: String,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum Build {
    Thin,
    Medium,
    Athletic,
    Heavy,
}

impl Build {
    pub const ALL: [Build; 4] = [Self::Thin, Self::Medium, Self::Athletic, Self::Heavy];

    pub fn name(self) -> &'static str {
        match self {
            Self::Thin => "thin",
            Self::Medium => "medium",
            Self::Athletic => "athletic",
            Self::Heavy => "heavy",
        }
    }

    pub fn from_name(name: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|b| b.name() == name)
    }
}

/// Complexion as Indian police records write it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum Complexion {
    Fair,
    Wheatish,
    Dusky,
    Dark,
}

impl Complexion {
    pub const ALL: [Complexion; 4] = [Self::Fair, Self::Wheatish, Self::Dusky, Self::Dark];

    pub fn name(self) -> &'static str {
        match self {
            Self::Fair => "fair",
            Self::Wheatish => "wheatish",
            Self::Dusky => "dusky",
            Self::Dark => "dark",
        }
    }

    pub fn from_name(name: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|c| c.name() == name)
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum MarkKind {
    Scar,
    Tattoo,
    Mole,
    Birthmark,
    /// A missing finger or limb.
    Amputation,
    Other,
}

impl MarkKind {
    pub const ALL: [MarkKind; 6] = [
        Self::Scar,
        Self::Tattoo,
        Self::Mole,
        Self::Birthmark,
        Self::Amputation,
        Self::Other,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Self::Scar => "scar",
            Self::Tattoo => "tattoo",
            Self::Mole => "mole",
            Self::Birthmark => "birthmark",
            Self::Amputation => "amputation",
            Self::Other => "other",
        }
    }

    pub fn from_name(name: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.name() == name)
    }
}

/// One identifying mark: what, where on the body, and what it looks like.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct IdentifyingMark {
    pub kind: MarkKind,
    /// "left forearm", "बायीं भौंह के ऊपर".
    #[serde(default)]
    pub location: String,
    /// "tattoo of 'माँ' in Devanagari", "3 cm cut mark".
    #[serde(default)]
    pub description: String,
}

/// What is wrong with a description.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum DescriptionError {
    #[error("a height must be between 50 and 250 cm")]
    BadHeight,
    #[error("an identifying mark needs a location or a description, each at most 300 characters")]
    BadMark,
    #[error("other features must be at most 300 characters")]
    OtherFeaturesTooLong,
    #[error("at most {MAX_ENTRIES} identifying marks")]
    TooManyMarks,
}

impl PhysicalDescription {
    /// Cleans the text and checks the limits; `None` when nothing is described.
    pub fn validated(mut self) -> Result<Option<Self>, DescriptionError> {
        if self.height_cm.is_some_and(|h| !(50..=250).contains(&h)) {
            return Err(DescriptionError::BadHeight);
        }
        if self.marks.len() > MAX_ENTRIES {
            return Err(DescriptionError::TooManyMarks);
        }
        for mark in &mut self.marks {
            let location = optional_text(&mark.location).ok_or(DescriptionError::BadMark)?;
            let description = optional_text(&mark.description).ok_or(DescriptionError::BadMark)?;
            if location.is_empty() && description.is_empty() {
                return Err(DescriptionError::BadMark);
            }
            mark.location = location;
            mark.description = description;
        }
        self.other_features =
            optional_text(&self.other_features).ok_or(DescriptionError::OtherFeaturesTooLong)?;
        Ok((self != PhysicalDescription::default()).then_some(self))
    }
}

/// Empty stays empty; otherwise cleaned text of at most [`MAX_TEXT_CHARS`].
fn optional_text(text: &str) -> Option<String> {
    if text.trim().is_empty() {
        return Some(String::new());
    }
    clean_text(text).filter(|t| t.chars().count() <= MAX_TEXT_CHARS)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_description_is_cleaned_and_an_empty_one_is_none() {
        let described = PhysicalDescription {
            height_cm: Some(170),
            build: Some(Build::Athletic),
            complexion: Some(Complexion::Wheatish),
            marks: vec![IdentifyingMark {
                kind: MarkKind::Tattoo,
                location: "  left   forearm ".into(),
                description: "'माँ' in Devanagari".into(),
            }],
            other_features: " limps ".into(),
        };
        let clean = described.validated().unwrap().unwrap();
        assert_eq!(clean.marks[0].location, "left forearm");
        assert_eq!(clean.other_features, "limps");
        assert_eq!(PhysicalDescription::default().validated(), Ok(None));
    }

    #[test]
    fn impossible_descriptions_are_refused() {
        let tall = PhysicalDescription {
            height_cm: Some(400),
            ..Default::default()
        };
        assert_eq!(tall.validated(), Err(DescriptionError::BadHeight));
        let blank = PhysicalDescription {
            marks: vec![IdentifyingMark {
                kind: MarkKind::Scar,
                location: " ".into(),
                description: String::new(),
            }],
            ..Default::default()
        };
        assert_eq!(blank.validated(), Err(DescriptionError::BadMark));
    }
}
