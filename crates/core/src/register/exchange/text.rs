//! The compact text forms of CSV cells: lists, names with aliases, cases, statuses, marks and
//! addresses, each read and written the way police registers write them.

use crate::register::{
    Address, CaseReference, Coordinates, Day, IdentifyingMark, MarkKind, NameKind, RecordName,
    Relation, Relative, StatusFlag, StatusKind,
};
use serde::Serialize;

/// The serde name of a unit-like enum value.
pub(super) fn name_of<T: Serialize>(value: &T) -> String {
    match serde_json::to_value(value) {
        Ok(serde_json::Value::String(s)) => s,
        _ => String::new(),
    }
}

/// A unit-like enum value from its serde name, any case, spaces or hyphens for underscores.
pub(super) fn parse_name<T: serde::de::DeserializeOwned>(
    column: &str,
    text: &str,
) -> Result<T, String> {
    let folded = text.trim().to_lowercase().replace([' ', '-'], "_");
    serde_json::from_value(serde_json::Value::String(folded))
        .map_err(|_| format!("{column}: unknown value {text:?}"))
}

/// `a; b | c` → `[a, b, c]`: entries separated by `;` or `|`, blanks dropped.
pub(super) fn list(text: &str) -> Vec<String> {
    text.split([';', '|'])
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_string)
        .collect()
}

/// The words that introduce another name of the same person.
const ALIAS_MARKERS: [&str; 6] = [" @ ", " urf ", " alias ", " उर्फ़ ", " उर्फ ", " aka "];
/// The words that introduce the father's or husband's name.
const RELATION_MARKERS: [(&str, Relation); 6] = [
    (" s/o ", Relation::Father),
    (" d/o ", Relation::Father),
    (" w/o ", Relation::Husband),
    (" पुत्र ", Relation::Father),
    (" पुत्री ", Relation::Father),
    (" पत्नी ", Relation::Husband),
];

/// "Mohd. Irfan @ Bhura urf Kallu s/o Yaqub" → primary "Mohd. Irfan", aliases "Bhura" and
/// "Kallu", father "Yaqub".
pub(super) fn names_line(text: &str) -> (Vec<RecordName>, Option<Relative>) {
    let mut text = format!(" {} ", text.trim());
    let mut relative = None;
    let lower = text.to_lowercase();
    if let Some((at, marker, relation)) = RELATION_MARKERS
        .iter()
        .filter_map(|(m, r)| lower.find(m).map(|at| (at, *m, *r)))
        .min_by_key(|(at, ..)| *at)
    {
        // Lower-casing keeps byte offsets for the markers' ASCII and Devanagari letters.
        let name = text[at + marker.len()..].trim().to_string();
        if !name.is_empty() {
            relative = Some(Relative { relation, name });
        }
        text = format!("{} ", &text[..at]);
    }
    let mut parts = vec![text];
    for marker in ALIAS_MARKERS {
        parts = parts
            .iter()
            .flat_map(|p| {
                let lower = p.to_lowercase();
                if lower.len() != p.len() {
                    return vec![p.clone()];
                }
                let mut pieces = Vec::new();
                let mut rest = 0;
                for (at, _) in lower.match_indices(marker) {
                    pieces.push(format!("{} ", &p[rest..at]));
                    rest = at + marker.len() - 1;
                }
                pieces.push(p[rest..].to_string());
                pieces
            })
            .collect();
    }
    let names = parts
        .iter()
        .map(|p| p.trim())
        .filter(|p| !p.is_empty())
        .enumerate()
        .map(|(i, p)| {
            let kind = if i == 0 {
                NameKind::Primary
            } else {
                NameKind::Alias
            };
            RecordName::new(p, kind)
        })
        .collect();
    (names, relative)
}

/// "Lisari Gate FIR 112/2023 u/s BNS 103, Arms Act 25".
pub(super) fn case(text: &str) -> Result<CaseReference, String> {
    let bad = || {
        format!(
            "case {text:?}: write it as \"<police station> FIR <number>/<year> u/s <sections>\""
        )
    };
    let lower = text.to_lowercase();
    let at = lower.find(" fir ").ok_or_else(bad)?;
    let police_station = text[..at].trim().to_string();
    let rest = text[at + 5..].trim();
    let (fir, sections) = match rest.to_lowercase().find(" u/s ") {
        Some(u) => (&rest[..u], rest[u + 5..].trim()),
        None => (rest, ""),
    };
    let (number, year) = fir.trim().rsplit_once('/').ok_or_else(bad)?;
    let fir_year = year.trim().parse().map_err(|_| bad())?;
    Ok(CaseReference {
        police_station,
        fir_number: number.trim().to_string(),
        fir_year,
        sections: sections
            .split(',')
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map(str::to_string)
            .collect(),
    })
}

pub(super) fn case_text(case: &CaseReference) -> String {
    let mut text = format!(
        "{} FIR {}/{}",
        case.police_station, case.fir_number, case.fir_year
    );
    if !case.sections.is_empty() {
        text.push_str(" u/s ");
        text.push_str(&case.sections.join(", "));
    }
    text
}

/// "wanted (2024-06-01, SSP Meerut)", "most_wanted (SSP Meerut, ₹50000)": the date, the
/// source and the reward in any order; the source defaults to `default_source`.
pub(super) fn status(text: &str, default_source: &str) -> Result<StatusFlag, String> {
    let (kind, details) = match text.split_once('(') {
        Some((kind, rest)) => (kind, rest.trim_end().trim_end_matches(')')),
        None => (text, ""),
    };
    let status: StatusKind = parse_name("statuses", kind)?;
    let mut flag = StatusFlag {
        status,
        since: None,
        source: default_source.to_string(),
        reward_rupees: None,
    };
    for part in details.split(',').map(str::trim).filter(|p| !p.is_empty()) {
        let digits = part
            .trim_start_matches('₹')
            .trim_start_matches("Rs.")
            .trim_start_matches("Rs")
            .trim();
        if let Ok(day) = part.parse::<Day>() {
            flag.since = Some(day);
        } else if (part.starts_with('₹') || part.starts_with("Rs"))
            && let Ok(reward) = digits.replace(',', "").parse()
        {
            flag.reward_rupees = Some(reward);
        } else {
            flag.source = part.to_string();
        }
    }
    Ok(flag)
}

pub(super) fn status_text(flag: &StatusFlag) -> String {
    let mut details = Vec::new();
    if let Some(since) = flag.since {
        details.push(since.to_string());
    }
    details.push(flag.source.replace([',', '(', ')', ';', '|'], " "));
    if let Some(reward) = flag.reward_rupees {
        details.push(format!("₹{reward}"));
    }
    format!("{} ({})", flag.status.name(), details.join(", "))
}

/// "scar: left cheek - 3 cm cut".
pub(super) fn mark(text: &str) -> Result<IdentifyingMark, String> {
    let (kind, rest) = text.split_once(':').unwrap_or((text, ""));
    let kind = MarkKind::from_name(&kind.trim().to_lowercase()).ok_or_else(|| {
        format!(
            "marks: unknown kind in {text:?} (scar, tattoo, mole, birthmark, amputation, other)"
        )
    })?;
    let (location, description) = rest.split_once(" - ").unwrap_or((rest, ""));
    Ok(IdentifyingMark {
        kind,
        location: location.trim().to_string(),
        description: description.trim().to_string(),
    })
}

pub(super) fn mark_text(mark: &IdentifyingMark) -> String {
    let mut text = format!("{}: {}", mark.kind.name(), mark.location);
    if !mark.description.is_empty() {
        text.push_str(" - ");
        text.push_str(&mark.description);
    }
    text
}

/// "House 12, Lisari Gate [Meerut] @28.98,77.7": the district in brackets and the
/// coordinates after `@`, both optional.
pub(super) fn address(text: &str) -> Result<Address, String> {
    let mut rest = text.trim();
    let mut location = None;
    if let Some((before, point)) = rest.rsplit_once(" @")
        && let Some((lat, lon)) = point.split_once(',')
    {
        let bad = || format!("address {text:?}: coordinates are written @lat,lon");
        location = Some(Coordinates {
            lat: lat.trim().parse().map_err(|_| bad())?,
            lon: lon.trim().parse().map_err(|_| bad())?,
        });
        rest = before.trim();
    }
    let mut district = None;
    if let Some(open) = rest.rfind('[')
        && rest.ends_with(']')
    {
        district = Some(rest[open + 1..rest.len() - 1].trim().to_string());
        rest = rest[..open].trim();
    }
    Ok(Address {
        text: rest.to_string(),
        district,
        location,
    })
}

pub(super) fn address_text(address: &Address) -> String {
    let mut text = address.text.replace([';', '|', '[', ']'], " ");
    if let Some(district) = &address.district {
        text.push_str(&format!(" [{district}]"));
    }
    if let Some(point) = address.location {
        text.push_str(&format!(" @{},{}", point.lat, point.lon));
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_name_line_gives_the_primary_name_the_aliases_and_the_father() {
        let (names, relative) = names_line("Mohd. Irfan @ Bhura urf Kallu s/o Yaqub");
        let texts: Vec<&str> = names.iter().map(|n| n.text.as_str()).collect();
        assert_eq!(texts, vec!["Mohd. Irfan", "Bhura", "Kallu"]);
        assert_eq!(names[1].kind, NameKind::Alias);
        assert_eq!(relative.unwrap().name, "Yaqub");
        let (names, _) = names_line("मोहम्मद इरफ़ान उर्फ़ भूरा");
        assert_eq!(names.len(), 2);
        assert_eq!(names[1].text, "भूरा");
    }

    #[test]
    fn cases_statuses_marks_and_addresses_read_back_what_is_written() {
        let c = case("Lisari Gate FIR 112/2023 u/s BNS 103, Arms Act 25").unwrap();
        assert_eq!(c.sections, vec!["BNS 103", "Arms Act 25"]);
        assert_eq!(case(&case_text(&c)).unwrap(), c);
        let s = status("most_wanted (2024-06-01, SSP Meerut, ₹50000)", "import").unwrap();
        assert_eq!(s.reward_rupees, Some(50_000));
        assert_eq!(status(&status_text(&s), "import").unwrap(), s);
        let m = mark("tattoo: right forearm - 'माँ'").unwrap();
        assert_eq!(mark(&mark_text(&m)).unwrap(), m);
        let a = address("House 12, Lisari Gate [Meerut] @28.98,77.7").unwrap();
        assert_eq!(a.district.as_deref(), Some("Meerut"));
        assert_eq!(address(&address_text(&a)).unwrap(), a);
        assert!(case("somewhere 12").is_err());
    }
}
