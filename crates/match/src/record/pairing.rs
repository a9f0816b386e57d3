//! Comparing two names token by token: tokens paired greedily, best agreement first, in any
//! order (the same canonical spelling, the same folded spelling, the same sound without the
//! schwa, a slip of the pen, an initial, two words written as one); the score a weighted Dice
//! coefficient in which a missing middle name costs little, and the agreeing tokens' rarity
//! summed in bits.

use super::tokens::{CompactName, Rarity, Tok, hash};
use crate::names::variants;

/// How two sets of names agree: the best pair.
#[derive(Clone, Copy, Debug)]
pub(crate) struct NameAgreement {
    /// 0 to 1, as [`crate::NameMatch::score`].
    pub score: f32,
    /// The information in the agreeing tokens, in bits.
    pub bits: f32,
    /// Which names agreed best.
    pub pair: (usize, usize),
}

/// The best agreement between any name of `a` and any name of `b`, if both have names.
pub(crate) fn compare_names(
    a: &[CompactName],
    b: &[CompactName],
    rarity: &Rarity,
) -> Option<NameAgreement> {
    let mut best: Option<NameAgreement> = None;
    for (i, na) in a.iter().enumerate() {
        for (j, nb) in b.iter().enumerate() {
            let (score, bits) = compare_name(&na.tokens, &nb.tokens, rarity);
            let better = best.is_none_or(|m| (score, bits) > (m.score, m.bits));
            if better {
                best = Some(NameAgreement {
                    score,
                    bits,
                    pair: (i, j),
                });
            }
        }
    }
    best
}

/// Score (weighted Dice, a missing middle name costing little) and agreeing bits of two names.
pub(crate) fn compare_name(a: &[Tok], b: &[Tok], rarity: &Rarity) -> (f32, f32) {
    compare_name_known(a, b, rarity, &[])
}

/// As [`compare_name`], with the tokens of `known` spellings (the family name, already counted
/// in the person's own name) worth at most a bit.
pub(crate) fn compare_name_known(
    a: &[Tok],
    b: &[Tok],
    rarity: &Rarity,
    known: &[CompactName],
) -> (f32, f32) {
    let bits_of = |t: &Tok| {
        let bits = rarity.bits(t);
        let family = known
            .iter()
            .any(|n| n.tokens.iter().any(|k| k.spelling == t.spelling));
        if family { bits.min(1.0) } else { bits }
    };
    if a.is_empty() || b.is_empty() {
        return (0.0, 0.0);
    }
    // Names have a handful of tokens: the candidate pairs fit on the stack.
    let mut stack = [(0.0f32, 0u8, 0u8); 36];
    let mut heap = Vec::new();
    let mut count = 0;
    for (i, ta) in a.iter().enumerate().take(64) {
        for (j, tb) in b.iter().enumerate().take(64) {
            if let Some(strength) = agree(ta, tb) {
                let pair = (strength, i as u8, j as u8);
                if count < stack.len() {
                    stack[count] = pair;
                } else {
                    heap.push(pair);
                }
                count += 1;
            }
        }
    }
    let candidates: &mut [(f32, u8, u8)] = if heap.is_empty() {
        &mut stack[..count]
    } else {
        heap.extend_from_slice(&stack);
        &mut heap
    };
    candidates.sort_unstable_by(|x, y| {
        y.0.total_cmp(&x.0)
            .then((x.1.abs_diff(x.2)).cmp(&y.1.abs_diff(y.2)))
    });
    let mut used_a = [false; 64];
    let mut used_b = [false; 64];
    let (mut agreed, mut bits, mut weight_a, mut weight_b) = (0.0f32, 0.0f32, 0.0f32, 0.0f32);
    let mut paired = 0;
    for &(strength, i, j) in candidates.iter() {
        let (i, j) = (usize::from(i), usize::from(j));
        if i >= 64 || j >= 64 || used_a[i] || used_b[j] {
            continue;
        }
        used_a[i] = true;
        used_b[j] = true;
        paired += 1;
        let (ta, tb) = (&a[i], &b[j]);
        let (wa, wb) = match (ta.initial, tb.initial) {
            (true, false) => (tb.weight(), tb.weight()),
            (false, true) => (ta.weight(), ta.weight()),
            _ => (ta.weight(), tb.weight()),
        };
        agreed += strength * (wa + wb) / 2.0;
        weight_a += wa;
        weight_b += wb;
        bits += strength
            * if ta.initial || tb.initial {
                2.0f32.min(bits_of(if ta.initial { tb } else { ta }))
            } else {
                bits_of(ta).min(bits_of(tb))
            };
    }
    // Two words written as one ("Ram Naresh", "Ramnaresh").
    let joined =
        |one: &[Tok], used_one: &mut [bool; 64], two: &[Tok], used_two: &mut [bool; 64]| {
            let mut found = Vec::new();
            for (i, t) in one.iter().enumerate().take(64) {
                if used_one[i] || t.initial {
                    continue;
                }
                for k in 0..two.len().saturating_sub(1).min(63) {
                    let (x, y) = (&two[k], &two[k + 1]);
                    if used_two[k] || used_two[k + 1] || x.initial || y.initial {
                        continue;
                    }
                    if t.folded.len() != x.folded.len() + y.folded.len() {
                        continue;
                    }
                    let together = variants::fold(&format!("{}{}", x.folded, y.folded));
                    if hash(&together) == t.folded_hash
                        || hash(&variants::without_schwa(&together)) == t.schwa
                    {
                        used_one[i] = true;
                        used_two[k] = true;
                        used_two[k + 1] = true;
                        found.push((i, k));
                        break;
                    }
                }
            }
            found
        };
    let unmatched_a = a.len().min(64) - used_a.iter().filter(|&&u| u).count();
    let unmatched_b = b.len().min(64) - used_b.iter().filter(|&&u| u).count();
    let joins = if unmatched_a >= 1 && unmatched_b >= 1 && unmatched_a + unmatched_b >= 3 {
        vec![
            (false, joined(a, &mut used_a, b, &mut used_b)),
            (true, joined(b, &mut used_b, a, &mut used_a)),
        ]
    } else {
        Vec::new()
    };
    for (flip, found) in joins {
        for (i, k) in found {
            let (one, two) = if flip { (b, a) } else { (a, b) };
            let w1 = one[i].weight();
            let w2 = two[k].weight() + two[k + 1].weight();
            agreed += 0.9 * (w1 + w2) / 2.0;
            let (w_one, w_two) = if flip {
                (&mut weight_b, &mut weight_a)
            } else {
                (&mut weight_a, &mut weight_b)
            };
            *w_one += w1;
            *w_two += w2;
            bits += 0.9 * bits_of(&one[i]);
            paired += 1;
        }
    }
    let all_a = a.iter().enumerate().all(|(k, _)| k >= 64 || used_a[k]);
    let all_b = b.iter().enumerate().all(|(k, _)| k >= 64 || used_b[k]);
    weight_a += unmatched(a, &used_a, paired > 0 && all_b);
    weight_b += unmatched(b, &used_b, paired > 0 && all_a);
    let total = weight_a + weight_b;
    let score = if total > 0.0 {
        (2.0 * agreed / total).clamp(0.0, 1.0)
    } else {
        0.0
    };
    (score, bits)
}

/// The weight of tokens only one name has: less when the other name is wholly contained in
/// this one (a missing middle name costs least, a missing first or last name more).
fn unmatched(tokens: &[Tok], used: &[bool; 64], other_contained: bool) -> f32 {
    let mut total = 0.0;
    for (k, tok) in tokens.iter().enumerate() {
        if k < 64 && used[k] {
            continue;
        }
        let middle = k > 0 && k + 1 < tokens.len();
        let factor = match (other_contained, middle) {
            (true, true) => 0.25,
            (true, false) => 0.8,
            (false, _) => 1.0,
        };
        total += factor * if tok.initial { 0.5 } else { tok.weight() };
    }
    total
}

/// How strongly two tokens agree, if at all (the rules of `names::agreement`).
fn agree(a: &Tok, b: &Tok) -> Option<f32> {
    match (a.initial, b.initial) {
        (true, true) => return (a.first == b.first).then_some(1.0),
        (true, false) | (false, true) => return (a.first == b.first).then_some(0.85),
        (false, false) => {}
    }
    if a.spelling == b.spelling {
        return Some(1.0);
    }
    if a.folded_hash == b.folded_hash {
        return Some(0.95);
    }
    let untitled = |x: &Tok, y: &Tok| {
        x.folded
            .strip_prefix("sri")
            .is_some_and(|rest| rest.len() >= 3 && *rest == *y.folded)
    };
    if untitled(a, b) || untitled(b, a) {
        return Some(0.95);
    }
    if a.schwa == b.schwa {
        return Some(0.9);
    }
    if variants::loosely_same(&a.folded, &b.folded) {
        return Some(0.85);
    }
    let (la, lb) = (a.folded.len(), b.folded.len());
    // The same consonants with other vowels: Dutt and दत्त (datt), Rao and Rav.
    if a.skeleton == b.skeleton && la.min(lb) >= 3 {
        return Some(0.75);
    }
    if la.min(lb) < 4 || la.abs_diff(lb) > 2 || a.folded.as_bytes()[0] != b.folded.as_bytes()[0] {
        return None;
    }
    let jw = strsim::jaro_winkler(&a.folded, &b.folded) as f32;
    if la >= 7 && lb >= 7 && jw >= 0.9 && slip_of_the_pen(&a.folded, &b.folded) {
        return Some(jw * 0.92);
    }
    // A slip of the pen in a shorter name, or a vowel heard differently across scripts
    // (Tiware, Tiwari; Pushpinder, पुष्पेंदर): weak on its own (Rajesh, Rakesh), so it counts
    // for little unless the rest of the record agrees.
    if jw >= 0.9 || strsim::levenshtein(&a.folded, &b.folded) <= 1 {
        return Some(0.7);
    }
    None
}

/// Whether two folded spellings' consonant skeletons differ the way a typing slip does.
fn slip_of_the_pen(a: &str, b: &str) -> bool {
    let (a, b) = (variants::skeleton(a), variants::skeleton(b));
    let sorted = |s: &str| {
        let mut chars: Vec<char> = s.chars().collect();
        chars.sort_unstable();
        chars
    };
    a == b || a.len().abs_diff(b.len()) == 1 || sorted(&a) == sorted(&b)
}
