//! How two tokens of a name agree: the same canonical spelling, a known form, the same sound, a
//! close spelling, or an initial — each with a strength from 0 to 1.

use super::{NameToken, variants};

/// How two tokens agree.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Agreement {
    Same,
    KnownForm,
    SoundAlike,
    CloseSpelling,
    Initial,
}

/// The agreement of two tokens and its strength, if they agree at all.
pub(super) fn agree(a: &NameToken, b: &NameToken) -> Option<(f64, Agreement)> {
    match (a.is_initial, b.is_initial) {
        (true, true) => return (a.spelling == b.spelling).then_some((1.0, Agreement::Same)),
        (true, false) => {
            return b
                .spelling
                .starts_with(&a.spelling)
                .then_some((0.85, Agreement::Initial));
        }
        (false, true) => {
            return a
                .spelling
                .starts_with(&b.spelling)
                .then_some((0.85, Agreement::Initial));
        }
        (false, false) => {}
    }
    if a.spelling == b.spelling {
        let known = a.latin != b.latin && (a.latin != a.spelling || b.latin != b.spelling);
        let agreement = if known {
            Agreement::KnownForm
        } else {
            Agreement::Same
        };
        return Some((1.0, agreement));
    }
    if a.folded == b.folded {
        return Some((0.95, Agreement::SoundAlike));
    }
    if without_title(&a.folded) == Some(&b.folded) || without_title(&b.folded) == Some(&a.folded) {
        return Some((0.95, Agreement::KnownForm));
    }
    if variants::without_schwa(&a.folded) == variants::without_schwa(&b.folded) {
        return Some((0.9, Agreement::SoundAlike));
    }
    if variants::loosely_same(&a.folded, &b.folded) {
        return Some((0.85, Agreement::SoundAlike));
    }
    let jw = strsim::jaro_winkler(&a.folded, &b.folded);
    // A different consonant in a short name is a different name (Irfan, Imran; Rajesh,
    // Rakesh); in a long one it is more likely a slip of the pen.
    let long_enough = a.folded.len() >= 7 && b.folded.len() >= 7;
    if long_enough && jw >= 0.9 && slip_of_the_pen(&a.skeleton, &b.skeleton) {
        return Some((jw * 0.92, Agreement::CloseSpelling));
    }
    None
}

/// "Shriprakash" without "shri": the title is dropped from the start of a name, so "Shri
/// Prakash Shukla" reads "Prakash Shukla", but records also write the name as one word.
fn without_title(folded: &str) -> Option<&str> {
    folded.strip_prefix("sri").filter(|rest| rest.len() >= 3)
}

/// Whether two consonant skeletons differ the way a typing slip does: not at all, by one
/// letter more or less, or by letters swapped. One consonant for another (Harvinder,
/// Harminder) is another name.
fn slip_of_the_pen(a: &str, b: &str) -> bool {
    let sorted = |s: &str| {
        let mut chars: Vec<char> = s.chars().collect();
        chars.sort_unstable();
        chars
    };
    a == b || a.len().abs_diff(b.len()) == 1 || sorted(a) == sorted(b)
}
