//! The Fellegi–Sunter weights of each field: how much more often it agrees (or disagrees) for
//! one person's two records than for two different people's, in bits.

use super::evidence::{Evidence, RecordMatch, RelativeKind};
use super::pairing::{compare_name, compare_name_known, compare_names};
use super::profile::Profile;
use super::threshold::MatchThreshold;
use super::tokens::{CompactName, Rarity};
use super::{BirthYear, Sex};
use crate::names::{Relation, Script};

/// At most this much from names alone: name tokens are not independent evidence.
const NAME_BITS_CAP: f32 = 12.0;
/// At most this much from an alias agreeing besides the name.
const ALIAS_BITS_CAP: f32 = 5.0;
/// At most this much from a relative's name.
const RELATIVE_BITS_CAP: f32 = 7.0;
/// At most this much against, from a relative's name that differs.
const RELATIVE_DIFFERS: f64 = -8.0;

/// Compares two profiles; without `explain` the evidence is left empty (bulk deduplication).
pub(crate) fn compare_with(
    a: &Profile,
    b: &Profile,
    rarity: &Rarity,
    explain: bool,
    threshold: MatchThreshold,
) -> RecordMatch {
    let mut evidence = Vec::new();
    let mut note = |e: Evidence| {
        if explain {
            evidence.push(e);
        }
    };
    let (names, scripts_differ) = name_fields(a, b, rarity, explain, &mut note);
    let others = other_fields(a, b, rarity, &mut note);
    if scripts_differ {
        note(Evidence::NamesDifferInScript);
    }
    RecordMatch::new(names + others, evidence, threshold)
}

/// The weight of two profiles if it reaches `floor`: the fields other than names first, and
/// the names only when they could still lift the weight to `floor` (most pairs a block
/// brings together are namesakes from elsewhere, decided without comparing names).
pub(crate) fn weight_reaching(
    a: &Profile,
    b: &Profile,
    rarity: &Rarity,
    floor: f64,
) -> Option<f64> {
    let mut ignore = |_: Evidence| {};
    let others = other_fields(a, b, rarity, &mut ignore);
    let relatives = a.relative.is_some() && b.relative.is_some();
    let aliases = a.names.len() > 1 && b.names.len() > 1;
    let most = f64::from(
        name_ceiling(a, b, rarity)
            + if relatives { RELATIVE_BITS_CAP } else { 0.0 }
            + if aliases { ALIAS_BITS_CAP } else { 0.0 },
    );
    if others + most < floor {
        return None;
    }
    let (names, _) = name_fields(a, b, rarity, false, &mut ignore);
    let weight = names + others;
    (weight >= floor).then_some(weight)
}

/// The most the names of two profiles can weigh: a whole name they share as rare as the
/// register counts it, else the cap on tokens.
fn name_ceiling(a: &Profile, b: &Profile, rarity: &Rarity) -> f32 {
    let mut most = NAME_BITS_CAP;
    for na in a.names.iter().filter(|n| n.whole.is_some()) {
        if let Some(nb) = b.names.iter().find(|nb| nb.whole == na.whole)
            && let Some(bits) = rarity.whole_bits(nb)
        {
            most = most.max(bits);
        }
    }
    most
}

/// Names and the relative's name; and whether the names compared are in different scripts.
fn name_fields(
    a: &Profile,
    b: &Profile,
    rarity: &Rarity,
    explain: bool,
    note: &mut impl FnMut(Evidence),
) -> (f64, bool) {
    let mut weight = 0.0;
    let mut scripts_differ = false;
    if let Some(found) = compare_names(&a.names, &b.names, rarity) {
        let (na, nb) = (&a.names[found.pair.0], &b.names[found.pair.1]);
        scripts_differ = matches!(
            (na.script, nb.script),
            (Script::Latin, Script::Devanagari) | (Script::Devanagari, Script::Latin)
        );
        let mut bits = f64::from(found.bits.min(NAME_BITS_CAP));
        // The same whole name: as rare as the register counts it (u learnt from the data),
        // never more than its tokens taken apart, and free of the tokens' cap.
        if na.whole.is_some()
            && na.whole == nb.whole
            && let Some(whole) = rarity.whole_bits(na)
        {
            bits = f64::from(whole.min(found.bits));
        }
        let mut primaries_differ = false;
        // Two men known by one common nickname ("Jitu", "Bhola") are not one man when both
        // records give their names and those differ: the nickname counts as an alias, and
        // the names' disagreement against.
        if found.pair != (0, 0) && a.names.len() > 1 && b.names.len() > 1 {
            let (primary, _) = compare_name(&a.names[0].tokens, &b.names[0].tokens, rarity);
            if primary < 0.6 {
                bits = bits.min(f64::from(ALIAS_BITS_CAP));
                weight += graded(f64::from(primary), 0.0);
                primaries_differ = true;
            }
        }
        weight += graded(f64::from(found.score), bits);
        if explain {
            let (a, b) = (na.written.to_string(), nb.written.to_string());
            note(if found.score >= 0.999 && a == b {
                Evidence::SameName
            } else if found.score >= 0.85 {
                Evidence::NamesAlike { a, b }
            } else if found.score >= 0.6 {
                Evidence::NamesPartlyAlike { a, b }
            } else {
                Evidence::NamesDiffer { a, b }
            });
        }
        if found.score >= 0.6 && found.pair != (0, 0) {
            let alias = if found.pair.0 != 0 { na } else { nb };
            note(Evidence::MatchedAlias {
                alias: alias.written.to_string(),
            });
            if primaries_differ {
                note(Evidence::NamesDiffer {
                    a: a.names[0].written.to_string(),
                    b: b.names[0].written.to_string(),
                });
            }
        } else if a.names.len() > 1 && b.names.len() > 1 {
            weight += alias_weight(&a.names[1..], &b.names[1..], rarity, note);
        }
    }

    if let (Some((ra, na)), Some((rb, nb))) = (&a.relative, &b.relative) {
        let kind = relative_kind(ra.or(*rb));
        weight += relative_weight(na, nb, rarity, &a.names, kind, note);
    }

    (weight, scripts_differ)
}

/// Date or year of birth, identifiers, district, address, gang and sex.
fn other_fields(a: &Profile, b: &Profile, rarity: &Rarity, note: &mut impl FnMut(Evidence)) -> f64 {
    let mut weight = 0.0;
    if let (Some(ya), Some(yb)) = (a.birth_year, b.birth_year) {
        weight += match (a.birth_day, b.birth_day) {
            (Some(da), Some(db)) => birth_date_weight((ya.year, da), (yb.year, db), note)
                .unwrap_or_else(|| birth_weight(ya, yb, note)),
            _ => birth_weight(ya, yb, note),
        };
    }

    let mut shared = 0;
    for id in a.identifiers.iter() {
        if b.identifiers.binary_search(id).is_ok() {
            weight += if shared == 0 { 16.0 } else { 4.0 };
            shared += 1;
            note(Evidence::SameIdentifier(id.clone()));
        }
    }

    if !a.districts.is_empty() && !b.districts.is_empty() {
        match a
            .districts
            .iter()
            .find(|(_, key)| b.districts.iter().any(|(_, k)| k == key))
        {
            Some((district, _)) => {
                weight += 5.0;
                note(Evidence::SameDistrict {
                    district: district.to_string(),
                });
            }
            None => {
                weight -= 2.0;
                note(Evidence::DifferentDistricts);
            }
        }
    }

    if !a.places.is_empty() && !b.places.is_empty() {
        weight += place_weight(&a.places, &b.places, rarity, note);
    }

    if let (Some(ga), Some(gb)) = (&a.gang, &b.gang) {
        if ga == gb {
            weight += 9.0;
            note(Evidence::SameGang);
        } else {
            weight -= 5.0;
            note(Evidence::DifferentGang);
        }
    }

    if let (Some(sa), Some(sb)) = (a.sex, b.sex) {
        if sa == sb {
            weight += sex_agreement(sa);
        } else {
            weight -= 10.0;
            note(Evidence::DifferentSex);
        }
    }

    weight
}

/// Both records give aliases besides the agreeing names: the same alias is more evidence, and
/// different ones count against (a man is usually known by one nickname).
fn alias_weight(
    a: &[CompactName],
    b: &[CompactName],
    rarity: &Rarity,
    note: &mut impl FnMut(Evidence),
) -> f64 {
    match compare_names(a, b, rarity) {
        Some(found) if found.score >= 0.85 => {
            note(Evidence::SameAlias {
                alias: a[found.pair.0].written.to_string(),
            });
            f64::from(found.bits.min(ALIAS_BITS_CAP))
        }
        _ => {
            note(Evidence::DifferentAliases);
            -3.0
        }
    }
}

fn relative_kind(relation: Option<Relation>) -> RelativeKind {
    match relation {
        Some(Relation::WifeOf) => RelativeKind::Husband,
        Some(Relation::HusbandOf) => RelativeKind::Wife,
        _ => RelativeKind::Father,
    }
}

fn relative_weight(
    a: &CompactName,
    b: &CompactName,
    rarity: &Rarity,
    family: &[CompactName],
    kind: RelativeKind,
    note: &mut impl FnMut(Evidence),
) -> f64 {
    let (score, bits) = compare_name_known(&a.tokens, &b.tokens, rarity, family);
    let bits = f64::from(bits.min(RELATIVE_BITS_CAP));
    note(if score >= 0.85 {
        Evidence::SameRelative(kind)
    } else if score >= 0.6 {
        Evidence::RelativeAlike(kind)
    } else {
        Evidence::RelativeDiffers(kind)
    });
    // Two namesakes' fathers differ for nearly every pair of men, one man's fathers for about
    // one pair in fifty (a name misheard, another man named): log2(0.02 / 0.98) ≈ -5.6, and
    // more when both records name the father in full.
    graded_down_to(f64::from(score), bits, RELATIVE_DIFFERS)
}

/// The weight of a name agreeing with score `score` and `bits` of information: all of it when
/// the names are the same, less as they part, down to a fixed cost when they differ.
fn graded(score: f64, bits: f64) -> f64 {
    graded_down_to(score, bits, -6.0)
}

fn graded_down_to(score: f64, bits: f64, floor: f64) -> f64 {
    let score = score.clamp(0.0, 1.0);
    (bits * score * score - 8.0 * (1.0 - score)).max(floor)
}

/// An exact year of birth is rarely wrong (a year misheard, day and month swapped); an
/// estimated age is often off by a few years.
fn birth_weight(a: BirthYear, b: BirthYear, note: &mut impl FnMut(Evidence)) -> f64 {
    let years = (a.year - b.year).abs();
    let exact = a.exact && b.exact;
    let weight = match (exact, years) {
        (true, 0) => 5.0,
        (true, 1) => 0.5,
        (true, 2..=3) => -6.0,
        (true, _) => -9.0,
        (false, 0) => 3.5,
        (false, 1) => 3.0,
        (false, 2) => 2.0,
        (false, 3) => 1.5,
        (false, 4) => 0.0,
        (false, 5) => -2.0,
        (false, 6) => -3.5,
        (false, _) => -6.0,
    };
    note(match (years, weight > 0.0 || (!exact && years <= 4)) {
        (0, _) => Evidence::SameBirthYear { exact },
        (_, true) => Evidence::BirthYearsClose { years, exact },
        (_, false) => Evidence::BirthYearsDiffer { years },
    });
    weight
}

/// Two full dates of birth: the same date says far more than the same year; day and month
/// swapped, or the year misheard on the same day, are the usual clerk's slips. `None` when
/// the years are further apart, for them to decide.
fn birth_date_weight(
    a: (i32, (u8, u8)),
    b: (i32, (u8, u8)),
    note: &mut impl FnMut(Evidence),
) -> Option<f64> {
    let ((ya, (ma, da)), (yb, (mb, db))) = (a, b);
    let same_day = (ma, da) == (mb, db);
    if ya == yb && same_day {
        note(Evidence::SameDateOfBirth);
        Some(12.0)
    } else if (ya == yb && (ma, da) == (db, mb)) || ((ya - yb).abs() == 1 && same_day) {
        note(Evidence::DatesOfBirthAlike);
        Some(8.0)
    } else if ya == yb {
        note(Evidence::SameBirthYear { exact: true });
        Some(0.0)
    } else if (ya - yb).abs() == 1 {
        // Another year and another day: two slips in one date are rare.
        note(Evidence::BirthYearsDiffer { years: 1 });
        Some(-4.0)
    } else {
        None
    }
}

/// The rarest address word both records give, when it says enough ("Rampur", not
/// "Village"); two addresses naming different telling places count a little against.
fn place_weight(
    a: &[(Box<str>, u32)],
    b: &[(Box<str>, u32)],
    rarity: &Rarity,
    note: &mut impl FnMut(Evidence),
) -> f64 {
    /// Fewer bits than this is a word many addresses share.
    const TELLING: f32 = 3.0;
    if !rarity.counts_places() {
        return 0.0;
    }
    let mut best: Option<(&str, f32)> = None;
    for (word, key) in a {
        if b.binary_search_by_key(key, |p| p.1).is_ok() {
            let bits = rarity.place_bits(*key);
            if best.is_none_or(|(_, most)| bits > most) {
                best = Some((word, bits));
            }
        }
    }
    let telling = |places: &[(Box<str>, u32)]| {
        places
            .iter()
            .any(|(_, key)| rarity.place_bits(*key) >= TELLING)
    };
    match best.filter(|(_, bits)| *bits >= TELLING) {
        Some((place, bits)) => {
            note(Evidence::SameLocality {
                place: place.to_string(),
            });
            f64::from(bits)
        }
        // Two addresses that each name a telling place, and not the same one.
        None if telling(a) && telling(b) => {
            note(Evidence::DifferentAddresses);
            -1.0
        }
        None => 0.0,
    }
}

/// log2(m/u) for the same recorded sex: rarer sexes agreeing say more.
fn sex_agreement(sex: Sex) -> f64 {
    match sex {
        Sex::Male => 0.3,
        Sex::Female => 2.5,
        Sex::Transgender => 6.0,
    }
}
