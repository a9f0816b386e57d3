//! The seven agencies of the demo and how each one names its headquarters and senior posts.

use crate::names::NameRegion;
use crate::rng::IdMint;
use samanvay_core::AgencyId;
use samanvay_core::org::{Agency, AgencyKind};
use samanvay_core::user::Rank;

/// One agency: what it is called, where its headquarters is, and the titles it uses.
pub(crate) struct AgencySpec {
    pub code: &'static str,
    pub name: &'static str,
    pub kind: AgencyKind,
    pub hq_name: &'static str,
    pub hq_at: (f64, f64),
    /// Where most of its officers' names come from.
    pub names: NameRegion,
    /// The head of the agency: username suffix, rank and post.
    pub head: (&'static str, Rank, &'static str),
    pub admin: (Rank, &'static str),
    pub auditor: (Rank, &'static str),
    /// "DCP" in a commissionerate like Delhi, "SP" in the district system.
    pub district_head: &'static str,
    /// "ACP" in Delhi, "CO" (circle officer) in UP, "DSP" elsewhere.
    pub subdivision_head: &'static str,
    /// What a sub-division is called: "Sub-Division" or "Circle".
    pub subdivision_word: &'static str,
}

pub(crate) const AGENCIES: &[AgencySpec] = &[
    AgencySpec {
        code: "DL",
        name: "Delhi Police",
        kind: AgencyKind::StatePolice,
        hq_name: "Delhi Police Headquarters, Jai Singh Marg",
        hq_at: (28.626, 77.212),
        names: NameRegion::DelhiHaryana,
        head: ("cp", Rank::DirectorGeneral, "Commissioner of Police, Delhi"),
        admin: (
            Rank::DeputyInspectorGeneral,
            "Addl. CP (Administration), PHQ",
        ),
        auditor: (Rank::AdditionalSuperintendent, "Addl. DCP (Vigilance), PHQ"),
        district_head: "DCP",
        subdivision_head: "ACP",
        subdivision_word: "Sub-Division",
    },
    AgencySpec {
        code: "HR",
        name: "Haryana Police",
        kind: AgencyKind::StatePolice,
        hq_name: "Haryana Police Headquarters, Panchkula",
        hq_at: (30.694, 76.860),
        names: NameRegion::DelhiHaryana,
        head: ("dgp", Rank::DirectorGeneral, "DGP, Haryana"),
        admin: (
            Rank::DeputyInspectorGeneral,
            "DIG (Administration), PHQ Panchkula",
        ),
        auditor: (
            Rank::AdditionalSuperintendent,
            "ASP (Vigilance), PHQ Panchkula",
        ),
        district_head: "SP",
        subdivision_head: "DSP",
        subdivision_word: "Sub-Division",
    },
    AgencySpec {
        code: "UP",
        name: "Uttar Pradesh Police",
        kind: AgencyKind::StatePolice,
        hq_name: "UP Police Headquarters, Lucknow",
        hq_at: (26.800, 81.010),
        names: NameRegion::UttarPradesh,
        head: ("dgp", Rank::DirectorGeneral, "DGP, Uttar Pradesh"),
        admin: (
            Rank::DeputyInspectorGeneral,
            "DIG (Establishment), PHQ Lucknow",
        ),
        auditor: (
            Rank::AdditionalSuperintendent,
            "ASP (Vigilance), PHQ Lucknow",
        ),
        district_head: "SP",
        subdivision_head: "CO",
        subdivision_word: "Circle",
    },
    AgencySpec {
        code: "RJ",
        name: "Rajasthan Police",
        kind: AgencyKind::StatePolice,
        hq_name: "Rajasthan Police Headquarters, Jaipur",
        hq_at: (26.886, 75.803),
        names: NameRegion::Rajasthan,
        head: ("dgp", Rank::DirectorGeneral, "DGP, Rajasthan"),
        admin: (
            Rank::DeputyInspectorGeneral,
            "DIG (Administration), PHQ Jaipur",
        ),
        auditor: (
            Rank::AdditionalSuperintendent,
            "ASP (Vigilance), PHQ Jaipur",
        ),
        district_head: "SP",
        subdivision_head: "DSP",
        subdivision_word: "Sub-Division",
    },
    AgencySpec {
        code: "IB",
        name: "Intelligence Bureau",
        kind: AgencyKind::Central,
        hq_name: "Intelligence Bureau Headquarters, New Delhi",
        hq_at: (28.592, 77.188),
        names: NameRegion::AllIndia,
        head: (
            "director",
            Rank::DirectorGeneral,
            "Director, Intelligence Bureau",
        ),
        admin: (
            Rank::DeputyInspectorGeneral,
            "Joint Deputy Director (Administration), IB HQ",
        ),
        auditor: (Rank::Superintendent, "Deputy Director (Vigilance), IB HQ"),
        district_head: "SP",
        subdivision_head: "DSP",
        subdivision_word: "Sub-Division",
    },
    AgencySpec {
        code: "NIA",
        name: "National Investigation Agency",
        kind: AgencyKind::Central,
        hq_name: "NIA Headquarters, CGO Complex, New Delhi",
        hq_at: (28.586, 77.233),
        names: NameRegion::AllIndia,
        head: ("dg", Rank::DirectorGeneral, "Director General, NIA"),
        admin: (Rank::DeputyInspectorGeneral, "DIG (Administration), NIA HQ"),
        auditor: (Rank::Superintendent, "SP (Vigilance), NIA HQ"),
        district_head: "SP",
        subdivision_head: "DSP",
        subdivision_word: "Sub-Division",
    },
    AgencySpec {
        code: "NCB",
        name: "Narcotics Control Bureau",
        kind: AgencyKind::Central,
        hq_name: "NCB Headquarters, R. K. Puram, New Delhi",
        hq_at: (28.566, 77.186),
        names: NameRegion::AllIndia,
        head: ("dg", Rank::DirectorGeneral, "Director General, NCB"),
        admin: (
            Rank::DeputyInspectorGeneral,
            "Deputy Director General (Administration), NCB HQ",
        ),
        auditor: (Rank::Superintendent, "Superintendent (Vigilance), NCB HQ"),
        district_head: "SP",
        subdivision_head: "DSP",
        subdivision_word: "Sub-Division",
    },
];

/// The agencies in `AGENCIES` order, with freshly minted ids.
pub(crate) fn build(ids: &mut IdMint) -> Vec<Agency> {
    AGENCIES
        .iter()
        .map(|spec| Agency {
            id: AgencyId(ids.next()),
            code: spec.code.to_string(),
            name: spec.name.to_string(),
            kind: spec.kind,
        })
        .collect()
}

/// The position of an agency code in `AGENCIES` (and so in the built agency list).
pub(crate) fn index_of(code: &str) -> usize {
    AGENCIES
        .iter()
        .position(|a| a.code == code)
        .unwrap_or_else(|| panic!("unknown agency code {code} in the demo tables"))
}
