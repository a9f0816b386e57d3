//! The Fellegi–Sunter weights of each field: how much more often it agrees (or disagrees) for
//! one person's two records than for two different people's, in bits.

use super::evidence::{Evidence, RecordMatch, RelativeKind};
use super::profile::Profile;
use super::tokens::{CompactName, Rarity, compare_name, compare_names};
use super::{BirthYear, Sex};
use crate::names::{Relation, Script};

/// At most this much from names alone: name tokens are not independent evidence.
const NAME_BITS_CAP: f32 = 16.0;
/// At most this much from a relative's name.
const RELATIVE_BITS_CAP: f32 = 10.0;

/// Compares two profiles; without `explain` the evidence is left empty (bulk deduplication).
pub(crate) fn compare_with(
    a: &Profile,
    b: &Profile,
    rarity: &Rarity,
    explain: bool,
) -> RecordMatch {
    let mut weight = 0.0f64;
    let mut evidence = Vec::new();
    let mut note = |e: Evidence| {
        if explain {
            evidence.push(e);
        }
    };

    let mut scripts_differ = false;
    if let Some(found) = compare_names(&a.names, &b.names, rarity) {
        let (na, nb) = (&a.names[found.pair.0], &b.names[found.pair.1]);
        scripts_differ = matches!(
            (na.script, nb.script),
            (Script::Latin, Script::Devanagari) | (Script::Devanagari, Script::Latin)
        );
        let bits = found.bits.min(NAME_BITS_CAP);
        let written = || (na.written.to_string(), nb.written.to_string());
        if found.score >= 0.9 {
            weight += f64::from(bits);
            if explain && found.score < 1.0 {
                let (a, b) = written();
                note(Evidence::NamesAlike { a, b });
            } else if explain && na.written == nb.written {
                note(Evidence::SameName);
            } else if explain {
                let (a, b) = written();
                note(Evidence::NamesAlike { a, b });
            }
        } else if found.score >= 0.75 {
            weight += f64::from(0.8 * bits - 1.0);
            if explain {
                let (a, b) = written();
                note(Evidence::NamesPartlyAlike { a, b });
            }
        } else if found.score >= 0.6 {
            weight += f64::from(0.5 * bits - 3.0);
            if explain {
                let (a, b) = written();
                note(Evidence::NamesPartlyAlike { a, b });
            }
        } else {
            weight -= 6.0;
            if explain {
                let (a, b) = written();
                note(Evidence::NamesDiffer { a, b });
            }
        }
        if found.score >= 0.6 && found.pair != (0, 0) {
            let alias = if found.pair.0 != 0 { na } else { nb };
            note(Evidence::MatchedAlias {
                alias: alias.written.to_string(),
            });
        }
    }

    if let (Some((ra, na)), Some((rb, nb))) = (&a.relative, &b.relative) {
        let kind = relative_kind(ra.or(*rb));
        weight += relative_weight(na, nb, rarity, kind, &mut note);
    }

    if let (Some(ya), Some(yb)) = (a.birth_year, b.birth_year) {
        weight += birth_weight(ya, yb, &mut note);
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
                weight += 1.5;
                note(Evidence::SameDistrict {
                    district: district.to_string(),
                });
            }
            None => {
                weight -= 1.5;
                note(Evidence::DifferentDistricts);
            }
        }
    }

    if let (Some(ga), Some(gb)) = (&a.gang, &b.gang) {
        if ga == gb {
            weight += 3.0;
            note(Evidence::SameGang);
        } else {
            weight -= 1.0;
            note(Evidence::DifferentGang);
        }
    }

    if let (Some(sa), Some(sb)) = (a.sex, b.sex) {
        if sa == sb {
            weight += sex_agreement(sa);
        } else {
            weight -= 8.0;
            note(Evidence::DifferentSex);
        }
    }

    if scripts_differ {
        note(Evidence::NamesDifferInScript);
    }
    RecordMatch::new(weight, evidence)
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
    kind: RelativeKind,
    note: &mut impl FnMut(Evidence),
) -> f64 {
    let (score, bits) = compare_name(&a.tokens, &b.tokens, rarity);
    let bits = f64::from(bits.min(RELATIVE_BITS_CAP));
    if score >= 0.9 {
        note(Evidence::SameRelative(kind));
        bits
    } else if score >= 0.7 {
        note(Evidence::RelativeAlike(kind));
        0.5 * bits - 1.0
    } else {
        note(Evidence::RelativeDiffers(kind));
        -6.0
    }
}

/// An exact year of birth is rarely wrong; an estimated age is often off by a few years.
fn birth_weight(a: BirthYear, b: BirthYear, note: &mut impl FnMut(Evidence)) -> f64 {
    let years = (a.year - b.year).abs();
    let exact = a.exact && b.exact;
    match (exact, years) {
        (_, 0) => {
            note(Evidence::SameBirthYear { exact });
            if exact { 4.0 } else { 3.0 }
        }
        (true, 1) => {
            note(Evidence::BirthYearsClose { years, exact });
            1.0
        }
        (true, _) => {
            note(Evidence::BirthYearsDiffer { years });
            if years <= 3 { -3.0 } else { -7.0 }
        }
        (false, 1..=3) => {
            note(Evidence::BirthYearsClose { years, exact });
            if years == 1 { 2.5 } else { 1.5 }
        }
        (false, 4..=5) => {
            note(Evidence::BirthYearsDiffer { years });
            -2.0
        }
        (false, _) => {
            note(Evidence::BirthYearsDiffer { years });
            -6.0
        }
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
