//! How alike two names are, with the reasons.
//!
//! Tokens are paired greedily, best agreement first, in any order: the same canonical spelling,
//! a known form, the same sound, a close spelling, or an initial. Each token weighs by how rare
//! it is ([`super::frequency`]), so sharing "Kumar" counts for little. The score is the weighted
//! share of the two names that agree (a Dice coefficient), where a token only one name has
//! counts less when the other name is wholly contained in it: "Rajesh Sharma" is "Rajesh Kumar
//! Sharma" with the middle name missing, not a different man. Across aliases the best pair of
//! names counts.

use super::agreement::{Agreement, agree};
use super::frequency::weight;
use super::reasons::{NameMatch, NameReason};
use super::{NameKey, NameParts, NameToken, Script, variants};

/// How alike two written names are: each is read with [`NameParts::parse`] (so aliases,
/// honorifics, relation words and either script are handled) and the best pair of names counts.
pub fn name_similarity(a: &str, b: &str) -> NameMatch {
    compare_parts(&NameParts::parse(a), &NameParts::parse(b))
}

pub(super) fn compare_parts(a: &NameParts, b: &NameParts) -> NameMatch {
    let mut best: Option<(usize, usize, NameMatch)> = None;
    for (i, na) in a.names.iter().enumerate() {
        for (j, nb) in b.names.iter().enumerate() {
            let found = compare_keys(na, nb);
            if best.as_ref().is_none_or(|(_, _, m)| found.score > m.score) {
                best = Some((i, j, found));
            }
        }
    }
    let Some((i, j, mut found)) = best else {
        return NameMatch {
            score: 0.0,
            reasons: vec![NameReason::NoName],
        };
    };
    let alias = match (i, j) {
        (0, 0) => None,
        (_, 0) => Some(&a.names[i]),
        _ => Some(&b.names[j]),
    };
    if let Some(alias) = alias {
        found.reasons.insert(
            0,
            NameReason::MatchedAlias {
                alias: written(alias.tokens()),
            },
        );
    }
    let scripts = (a.names[i].script(), b.names[j].script());
    if matches!(
        scripts,
        (Script::Latin, Script::Devanagari) | (Script::Devanagari, Script::Latin)
    ) {
        found.reasons.insert(0, NameReason::DifferentScripts);
    }
    found
}

/// Compares two single names, also trying each name with two neighbouring words joined.
fn compare_keys(a: &NameKey, b: &NameKey) -> NameMatch {
    let mut best: Option<NameMatch> = None;
    for (ta, joined_a) in alternatives(a.tokens()) {
        for (tb, joined_b) in alternatives(b.tokens()) {
            let (mut found, joined) = match (&joined_a, &joined_b) {
                (None, None) => (assign(&ta, &tb, Joined::None), None),
                (Some(ja), None) => (assign(&ta, &tb, Joined::A(ja.index)), Some(ja)),
                (None, Some(jb)) => (assign(&ta, &tb, Joined::B(jb.index)), Some(jb)),
                // Joining on both sides only ever pairs two different people's full names.
                (Some(_), Some(_)) => continue,
            };
            if let Some(joined) = joined {
                found.reasons.retain(|r| *r != NameReason::SameName);
                found.reasons.insert(
                    0,
                    NameReason::WrittenAsOneWord {
                        parts: joined.parts.clone(),
                    },
                );
            }
            // The plain reading comes first, so on a tie it wins over a joined one.
            if best.as_ref().is_none_or(|m| found.score > m.score) {
                best = Some(found);
            }
        }
    }
    let mut best = best.unwrap_or(NameMatch {
        score: 0.0,
        reasons: vec![NameReason::NoName],
    });
    best.score = best.score.clamp(0.0, 1.0);
    best
}

/// Where two written words were joined into one token, and what they were.
struct Join {
    index: usize,
    parts: String,
}

/// Which side of a comparison has a joined token, which may only agree by sound, not by a
/// close spelling: "RajeshSharma" is spelt much like "RajeshVerma".
#[derive(Clone, Copy)]
enum Joined {
    None,
    A(usize),
    B(usize),
}

/// The tokens as written, and with each pair of neighbouring words joined ("Ram Naresh" →
/// "ramnaresh").
fn alternatives(tokens: &[NameToken]) -> Vec<(Vec<NameToken>, Option<Join>)> {
    let mut out = vec![(tokens.to_vec(), None)];
    for k in 0..tokens.len().saturating_sub(1) {
        let (x, y) = (&tokens[k], &tokens[k + 1]);
        if x.is_initial || y.is_initial {
            continue;
        }
        let spelling = format!("{}{}", x.spelling, y.spelling);
        let folded = variants::fold(&spelling);
        let joined = NameToken {
            written: format!("{}{}", x.written, y.written),
            latin: format!("{}{}", x.latin, y.latin),
            skeleton: variants::skeleton(&folded),
            folded,
            spelling,
            is_initial: false,
        };
        let mut list = tokens.to_vec();
        list.splice(k..k + 2, [joined]);
        let join = Join {
            index: k,
            parts: format!("{} {}", x.written, y.written),
        };
        out.push((list, Some(join)));
    }
    out
}
/// A paired token: indexes into both names, strength, kind.
struct Pair {
    i: usize,
    j: usize,
    strength: f64,
    agreement: Agreement,
}

/// Pairs the tokens of two names greedily and scores the pairing.
fn assign(a: &[NameToken], b: &[NameToken], joined: Joined) -> NameMatch {
    let mut candidates: Vec<Pair> = Vec::new();
    for (i, ta) in a.iter().enumerate() {
        for (j, tb) in b.iter().enumerate() {
            let strict = match joined {
                Joined::A(k) => k == i,
                Joined::B(k) => k == j,
                Joined::None => false,
            };
            let found = agree(ta, tb)
                .filter(|(_, agreement)| !strict || *agreement != Agreement::CloseSpelling);
            if let Some((strength, agreement)) = found {
                candidates.push(Pair {
                    i,
                    j,
                    strength,
                    agreement,
                });
            }
        }
    }
    // Strongest first; among equals, the pair closest in position (R. K. ~ Rajesh Kumar).
    candidates.sort_by(|x, y| {
        y.strength
            .total_cmp(&x.strength)
            .then(x.i.abs_diff(x.j).cmp(&y.i.abs_diff(y.j)))
    });
    let (mut used_a, mut used_b) = (vec![false; a.len()], vec![false; b.len()]);
    let mut pairs: Vec<Pair> = Vec::new();
    for pair in candidates {
        if !used_a[pair.i] && !used_b[pair.j] {
            used_a[pair.i] = true;
            used_b[pair.j] = true;
            pairs.push(pair);
        }
    }
    pairs.sort_by_key(|pair| pair.i);

    let token_weight = |t: &NameToken, partner: Option<&NameToken>| match (t.is_initial, partner) {
        (true, Some(p)) => weight(&p.spelling),
        (true, None) => 0.5,
        (false, _) => weight(&t.spelling),
    };
    let mut agreed = 0.0;
    let (mut weight_a, mut weight_b) = (0.0, 0.0);
    for pair in &pairs {
        let wa = token_weight(&a[pair.i], Some(&b[pair.j]));
        let wb = token_weight(&b[pair.j], Some(&a[pair.i]));
        agreed += pair.strength * (wa + wb) / 2.0;
        weight_a += wa;
        weight_b += wb;
    }
    let all_a = used_a.iter().all(|&u| u);
    let all_b = used_b.iter().all(|&u| u);
    let mut reasons = agreement_reasons(a, b, &pairs);
    let missing_a = unmatched(a, &used_a, !pairs.is_empty() && all_b, &mut weight_a);
    let missing_b = unmatched(b, &used_b, !pairs.is_empty() && all_a, &mut weight_b);
    reasons.extend(missing_reasons(missing_a, missing_b));

    let total = weight_a + weight_b;
    let score = if total > 0.0 {
        2.0 * agreed / total
    } else {
        0.0
    };
    if score >= 1.0 && reasons.is_empty() {
        reasons.push(NameReason::SameName);
    }
    NameMatch { score, reasons }
}

/// Tokens only one name has, adding their weight: less when the other name is wholly
/// contained in this one (a missing middle name costs least, a missing first or last name more).
fn unmatched(
    tokens: &[NameToken],
    used: &[bool],
    other_contained: bool,
    total: &mut f64,
) -> Missing {
    let mut missing = Missing::default();
    for (k, token) in tokens.iter().enumerate().filter(|(k, _)| !used[*k]) {
        let middle = k > 0 && k + 1 < tokens.len();
        let factor = match (other_contained, middle) {
            (true, true) => 0.25,
            (true, false) => 0.8,
            (false, _) => 1.0,
        };
        *total += factor * weight(&token.spelling);
        let list = if other_contained && middle {
            &mut missing.middle
        } else if other_contained {
            &mut missing.edge
        } else {
            &mut missing.differ
        };
        list.push(token.written.clone());
    }
    missing
}

#[derive(Default)]
struct Missing {
    middle: Vec<String>,
    edge: Vec<String>,
    differ: Vec<String>,
}

fn missing_reasons(a: Missing, b: Missing) -> Vec<NameReason> {
    let mut reasons = Vec::new();
    let middle: Vec<String> = a.middle.into_iter().chain(b.middle).collect();
    if !middle.is_empty() {
        reasons.push(NameReason::MiddleNameMissing {
            names: middle.join(" "),
        });
    }
    let edge: Vec<String> = a.edge.into_iter().chain(b.edge).collect();
    if !edge.is_empty() {
        reasons.push(NameReason::NameMissing {
            names: edge.join(" "),
        });
    }
    if !a.differ.is_empty() || !b.differ.is_empty() {
        reasons.push(NameReason::Differ {
            a: a.differ.join(" "),
            b: b.differ.join(" "),
        });
    }
    reasons
}

/// Reasons for the pairs that agree other than exactly, and for a changed order.
fn agreement_reasons(a: &[NameToken], b: &[NameToken], pairs: &[Pair]) -> Vec<NameReason> {
    let mut reasons = Vec::new();
    let (mut initials, mut named) = (Vec::new(), Vec::new());
    for pair in pairs {
        let (ta, tb) = (&a[pair.i], &b[pair.j]);
        let (x, y) = (ta.written.clone(), tb.written.clone());
        match pair.agreement {
            Agreement::Same => {}
            Agreement::KnownForm => reasons.push(NameReason::KnownForm { a: x, b: y }),
            Agreement::SoundAlike => reasons.push(NameReason::SoundAlike { a: x, b: y }),
            Agreement::CloseSpelling => reasons.push(NameReason::CloseSpelling { a: x, b: y }),
            Agreement::Initial if ta.is_initial => {
                initials.push(x);
                named.push(y);
            }
            Agreement::Initial => {
                initials.push(y);
                named.push(x);
            }
        }
    }
    if !initials.is_empty() {
        reasons.push(NameReason::InitialsMatch {
            initials: initials.join(" "),
            names: named.join(" "),
        });
    }
    if pairs.windows(2).any(|w| w[1].j < w[0].j) {
        reasons.push(NameReason::OrderDiffers);
    }
    reasons
}

fn written(tokens: &[NameToken]) -> String {
    let words: Vec<&str> = tokens.iter().map(|t| t.written.as_str()).collect();
    words.join(" ")
}
