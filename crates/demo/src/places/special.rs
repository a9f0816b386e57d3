//! Ranges and special units (Special Cell, STF, the central agencies' Delhi offices), with the
//! named posts in them.

use super::{RangeSpec, SpecialUnitSpec, StaffSpec};
use samanvay_core::Classification;
use samanvay_core::user::{Rank, Role};

const SUPERVISOR: &[Role] = &[Role::Supervisor];
const ANALYST: &[Role] = &[Role::Analyst];
const OFFICER: &[Role] = &[Role::Officer];
const SECRET: Classification = Classification::Secret;

pub(crate) const RANGES: &[RangeSpec] = &[RangeSpec {
    agency: "UP",
    slug: "meerut",
    name: "Meerut Range",
    at: (28.984, 77.706),
    staff: &[StaffSpec {
        username: "ig.meerut",
        rank: Rank::InspectorGeneral,
        roles: SUPERVISOR,
        clearance: SECRET,
        post: "IG, Meerut Range",
    }],
}];

pub(crate) const SPECIAL_UNITS: &[SpecialUnitSpec] = &[
    SpecialUnitSpec {
        agency: "DL",
        slug: "specialcell",
        name: "Special Cell, Lodhi Colony",
        at: (28.583, 77.222),
        parent: None,
        staff: &[
            StaffSpec {
                username: "dcp.specialcell",
                rank: Rank::Superintendent,
                roles: SUPERVISOR,
                clearance: SECRET,
                post: "DCP, Special Cell",
            },
            StaffSpec {
                username: "analyst",
                rank: Rank::Inspector,
                roles: ANALYST,
                clearance: SECRET,
                post: "Inspector (Analysis), Special Cell",
            },
        ],
    },
    SpecialUnitSpec {
        agency: "HR",
        slug: "stf",
        name: "Special Task Force, Gurugram",
        at: (28.471, 77.061),
        parent: None,
        staff: &[
            StaffSpec {
                username: "sp.stf",
                rank: Rank::Superintendent,
                roles: SUPERVISOR,
                clearance: SECRET,
                post: "SP, STF Gurugram",
            },
            StaffSpec {
                username: "analyst",
                rank: Rank::Inspector,
                roles: ANALYST,
                clearance: SECRET,
                post: "Inspector (Intelligence), STF Gurugram",
            },
        ],
    },
    SpecialUnitSpec {
        agency: "UP",
        slug: "stf",
        name: "Special Task Force, Lucknow",
        at: (26.850, 80.950),
        parent: None,
        staff: &[StaffSpec {
            username: "sp.stf",
            rank: Rank::Superintendent,
            roles: SUPERVISOR,
            clearance: SECRET,
            post: "SSP, STF Lucknow",
        }],
    },
    SpecialUnitSpec {
        agency: "UP",
        slug: "stf.noida",
        name: "STF Field Unit, Noida",
        at: (28.580, 77.350),
        parent: Some("stf"),
        staff: &[StaffSpec {
            username: "analyst",
            rank: Rank::Inspector,
            roles: ANALYST,
            clearance: SECRET,
            post: "Inspector (Analysis), STF Field Unit Noida",
        }],
    },
    SpecialUnitSpec {
        agency: "IB",
        slug: "sib.delhi",
        name: "Subsidiary Intelligence Bureau, Delhi",
        at: (28.598, 77.210),
        parent: None,
        staff: &[
            StaffSpec {
                username: "jd.delhi",
                rank: Rank::InspectorGeneral,
                roles: SUPERVISOR,
                clearance: SECRET,
                post: "Joint Director, SIB Delhi",
            },
            StaffSpec {
                username: "analyst",
                rank: Rank::Analyst,
                roles: ANALYST,
                clearance: SECRET,
                post: "ACIO (Analysis), SIB Delhi",
            },
        ],
    },
    SpecialUnitSpec {
        agency: "NIA",
        slug: "branch.delhi",
        name: "NIA Branch Office, Delhi",
        at: (28.590, 77.230),
        parent: None,
        staff: &[
            StaffSpec {
                username: "sp.delhi",
                rank: Rank::Superintendent,
                roles: SUPERVISOR,
                clearance: SECRET,
                post: "SP, NIA Delhi Branch",
            },
            StaffSpec {
                username: "io",
                rank: Rank::DeputySuperintendent,
                roles: OFFICER,
                clearance: SECRET,
                post: "DSP (Investigating Officer), NIA Delhi Branch",
            },
            StaffSpec {
                username: "analyst",
                rank: Rank::Analyst,
                roles: ANALYST,
                clearance: SECRET,
                post: "Analyst, NIA Delhi Branch",
            },
        ],
    },
    SpecialUnitSpec {
        agency: "NCB",
        slug: "dzu",
        name: "NCB Delhi Zonal Unit",
        at: (28.570, 77.180),
        parent: None,
        staff: &[
            StaffSpec {
                username: "zd.delhi",
                rank: Rank::Superintendent,
                roles: SUPERVISOR,
                clearance: SECRET,
                post: "Zonal Director, Delhi Zonal Unit",
            },
            StaffSpec {
                username: "io",
                rank: Rank::Inspector,
                roles: OFFICER,
                clearance: Classification::Confidential,
                post: "Intelligence Officer, Delhi Zonal Unit",
            },
            StaffSpec {
                username: "analyst",
                rank: Rank::Analyst,
                roles: ANALYST,
                clearance: SECRET,
                post: "Analyst, Delhi Zonal Unit",
            },
        ],
    },
];
