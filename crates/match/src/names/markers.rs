//! Reading a written name into its parts: the person's names (the first, then aliases after
//! "@", "urf", "उर्फ़" or in brackets), relatives after "s/o", "पुत्र", "वल्द", and nothing after
//! an address or age ("r/o", "निवासी", "उम्र"). Honorifics at the start of a part are dropped.
//!
//! Markers are compared in their Latin spelling, so one list serves both scripts: "उर्फ़" reads
//! "urf", "पुत्र" reads "putra", "श्रीमती" reads "shrimati".

use super::Relation;
use crate::transliterate::to_latin;

/// A part of a written name, as raw words.
#[derive(Debug, PartialEq, Eq)]
pub(super) enum Segment {
    /// The person's name (the first such segment) or an alias.
    Name(Vec<String>),
    /// A relative's name.
    Relative(Relation, Vec<String>),
}

/// Splits a written name into segments.
pub(super) fn segments(raw: &str) -> Vec<Segment> {
    let pieces = pieces(raw);
    let mut out: Vec<Segment> = Vec::new();
    let mut current = Segment::Name(Vec::new());
    let mut k = 0;
    while k < pieces.len() {
        let piece = &pieces[k];
        k += 1;
        let word = match piece {
            // Brackets after a relative's name hold an age or a place, not a name.
            Piece::Open if matches!(current, Segment::Relative(..)) => {
                while k < pieces.len() && pieces[k] != Piece::Close {
                    k += 1;
                }
                continue;
            }
            Piece::Alias | Piece::Open | Piece::Close => {
                let next = match &current {
                    // An alias of a relative is still that relative.
                    Segment::Relative(relation, _) if *piece == Piece::Alias => {
                        Segment::Relative(*relation, Vec::new())
                    }
                    _ => Segment::Name(Vec::new()),
                };
                push(&mut out, std::mem::replace(&mut current, next));
                continue;
            }
            Piece::Word(word) => word,
        };
        let latin = latin_key(word);
        let following: Vec<String> = pieces[k..]
            .iter()
            .take(2)
            .map(|p| match p {
                Piece::Word(w) => latin_key(w),
                _ => String::new(),
            })
            .collect();
        let (marker, extra) = marker(&latin, &following);
        match marker {
            Some(Marker::Alias) => {
                push(
                    &mut out,
                    std::mem::replace(&mut current, Segment::Name(Vec::new())),
                );
            }
            Some(Marker::Relation(relation)) => {
                push(
                    &mut out,
                    std::mem::replace(&mut current, Segment::Relative(relation, Vec::new())),
                );
            }
            Some(Marker::Stop) => break,
            Some(Marker::Honorific) if words(&current).is_empty() => {}
            _ => words_mut(&mut current).push(word.clone()),
        }
        k += extra;
    }
    push(&mut out, current);
    out
}

/// Appends a segment unless nothing is left of it once trailing courtesy words are dropped.
fn push(out: &mut Vec<Segment>, mut segment: Segment) {
    let words = words_mut(&mut segment);
    while words
        .last()
        .is_some_and(|w| TRAILING_COURTESY.contains(&latin_key(w).as_str()))
    {
        words.pop();
    }
    if !words.is_empty() {
        out.push(segment);
    }
}

fn words(segment: &Segment) -> &Vec<String> {
    match segment {
        Segment::Name(words) | Segment::Relative(_, words) => words,
    }
}

fn words_mut(segment: &mut Segment) -> &mut Vec<String> {
    match segment {
        Segment::Name(words) | Segment::Relative(_, words) => words,
    }
}

/// A word in lower-case Latin letters, for comparing with the marker lists.
fn latin_key(word: &str) -> String {
    to_latin(word)
        .to_lowercase()
        .chars()
        .filter(|c| c.is_ascii_alphabetic() || *c == '/')
        .collect()
}

enum Marker {
    Alias,
    Relation(Relation),
    Stop,
    Honorific,
}

/// Starts of aliases.
const ALIAS: &[&str] = &["urf", "urph", "urfa", "alias", "aka", "alis"];

/// Relation words and the relation they introduce.
const RELATIONS: &[(&str, Relation)] = &[
    ("s/o", Relation::SonOf),
    ("d/o", Relation::DaughterOf),
    ("w/o", Relation::WifeOf),
    ("h/o", Relation::HusbandOf),
    ("putra", Relation::SonOf),
    ("suputra", Relation::SonOf),
    ("putri", Relation::DaughterOf),
    ("suputri", Relation::DaughterOf),
    ("patni", Relation::WifeOf),
    ("pati", Relation::HusbandOf),
    // वल्द, "son of" in Urdu, as UP records write it.
    ("valda", Relation::SonOf),
    ("vald", Relation::SonOf),
    ("valad", Relation::SonOf),
    ("walad", Relation::SonOf),
];

/// Words after which the text is an address, an age or a police station, not a name.
const STOP: &[&str] = &[
    "r/o", "c/o", "resident", "nivasi", "ni", "village", "vill", "gram", "ganv", "gaon", "age",
    "aged", "umr", "umra", "ayu", "ps", "thana", "district", "distt", "jila", "zila", "mohalla",
];

/// Honorifics and titles, dropped at the start of a name.
const HONORIFICS: &[&str] = &[
    "shri", "sh", "sri", "shree", "shriman", "smt", "shrimati", "srimati", "sushri", "kumari",
    "km", "ku", "kum", "dr", "do", "da", "mr", "mrs", "ms", "miss", "late", "lt", "sva", "svargiy",
    "svargiya", "swargiya", "haji", "hazi", "haaji", "janab", "mohtarma", "pt", "pan", "pandit",
    "master", "mst",
];

/// Courtesy words dropped at the end of a name ("Sharma ji").
const TRAILING_COURTESY: &[&str] = &["ji", "sahab", "saheb", "sahib"];

/// The marker a word starts, with how many following words it also consumes.
fn marker(word: &str, following: &[String]) -> (Option<Marker>, usize) {
    let next = following.first().map(String::as_str);
    match (word, next) {
        ("son", Some("of")) => return (Some(Marker::Relation(Relation::SonOf)), 1),
        ("daughter", Some("of")) => return (Some(Marker::Relation(Relation::DaughterOf)), 1),
        ("wife", Some("of")) => return (Some(Marker::Relation(Relation::WifeOf)), 1),
        ("husband", Some("of")) => return (Some(Marker::Relation(Relation::HusbandOf)), 1),
        ("resident", Some("of")) => return (Some(Marker::Stop), 1),
        // "a.k.a." arrives as three words.
        ("a", Some("k")) if following.get(1).map(String::as_str) == Some("a") => {
            return (Some(Marker::Alias), 2);
        }
        _ => {}
    }
    if ALIAS.contains(&word) {
        (Some(Marker::Alias), 0)
    } else if let Some((_, relation)) = RELATIONS.iter().find(|(w, _)| *w == word) {
        (Some(Marker::Relation(*relation)), 0)
    } else if STOP.contains(&word) {
        (Some(Marker::Stop), 0)
    } else if HONORIFICS.contains(&word) {
        (Some(Marker::Honorific), 0)
    } else {
        (None, 0)
    }
}

#[derive(Debug, PartialEq, Eq)]
enum Piece {
    Word(String),
    /// "@", the usual alias mark in police records.
    Alias,
    Open,
    Close,
}

/// Cuts the raw text into words and marks. Dots, commas and the Devanagari abbreviation marks
/// separate words ("Mohd.Irfan", "R.K.Sharma", "स्व०"); "/" stays inside a word ("s/o").
fn pieces(raw: &str) -> Vec<Piece> {
    let mut out = Vec::new();
    let mut word = String::new();
    let flush = |word: &mut String, out: &mut Vec<Piece>| {
        if !word.is_empty() {
            out.push(Piece::Word(std::mem::take(word)));
        }
    };
    for c in raw.chars() {
        let mark = match c {
            '@' => Some(Piece::Alias),
            '(' | '[' | '{' => Some(Piece::Open),
            ')' | ']' | '}' => Some(Piece::Close),
            _ => None,
        };
        if let Some(mark) = mark {
            flush(&mut word, &mut out);
            out.push(mark);
        } else if c.is_whitespace() || ".,;:\"'`“”‘’|-_०॰।".contains(c) || c.is_ascii_digit()
        {
            flush(&mut word, &mut out);
        } else {
            word.push(c);
        }
    }
    flush(&mut word, &mut out);
    out
}

#[cfg(test)]
mod tests {
    use super::{Segment, segments};
    use crate::names::Relation;

    fn words(list: &[&str]) -> Vec<String> {
        list.iter().map(|w| w.to_string()).collect()
    }

    #[test]
    fn a_name_with_alias_and_father() {
        assert_eq!(
            segments("Sh. Mohd. Irfan @ Bhura s/o Late Yaqub r/o Meerut"),
            vec![
                Segment::Name(words(&["Mohd", "Irfan"])),
                Segment::Name(words(&["Bhura"])),
                Segment::Relative(Relation::SonOf, words(&["Yaqub"])),
            ]
        );
    }

    #[test]
    fn hindi_markers_are_read_in_their_latin_spelling() {
        assert_eq!(
            segments("मोहम्मद इरफ़ान उर्फ़ भूरा पुत्र श्री याक़ूब निवासी मेरठ"),
            vec![
                Segment::Name(words(&["मोहम्मद", "इरफ़ान"])),
                Segment::Name(words(&["भूरा"])),
                Segment::Relative(Relation::SonOf, words(&["याक़ूब"])),
            ]
        );
    }
}
