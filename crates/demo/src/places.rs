//! The map of the demo: ranges, districts, sub-divisions, police stations and special units,
//! with approximate real coordinates (WGS 84), and the staff of the special units.
//!
//! Names and places are real; every person and record placed on them is synthetic.

use samanvay_core::Classification;
use samanvay_core::user::{Rank, Role};

/// A range (a group of districts under an IG) and its staff.
pub(crate) struct RangeSpec {
    pub agency: &'static str,
    pub slug: &'static str,
    pub name: &'static str,
    pub at: (f64, f64),
    pub staff: &'static [StaffSpec],
}

/// A police district; its head and the heads of its sub-divisions come from the agency's titles.
pub(crate) struct DistrictSpec {
    pub agency: &'static str,
    /// Used in usernames: `hr.sp.gurugram`.
    pub slug: &'static str,
    pub name: &'static str,
    pub at: (f64, f64),
    /// The range it reports to; `None` reports to headquarters.
    pub range: Option<&'static str>,
    pub subdivisions: &'static [SubDivisionSpec],
}

pub(crate) struct SubDivisionSpec {
    pub slug: &'static str,
    pub name: &'static str,
    pub at: (f64, f64),
    pub stations: &'static [StationSpec],
}

pub(crate) struct StationSpec {
    /// Used in usernames: `dl.sho.alipur`.
    pub slug: &'static str,
    /// Without the "PS" prefix.
    pub name: &'static str,
    pub at: (f64, f64),
}

/// A special or field unit (Special Cell, STF, a central agency's Delhi office).
pub(crate) struct SpecialUnitSpec {
    pub agency: &'static str,
    pub slug: &'static str,
    pub name: &'static str,
    pub at: (f64, f64),
    /// The special unit it reports to; `None` reports to headquarters.
    pub parent: Option<&'static str>,
    pub staff: &'static [StaffSpec],
}

/// A named post in a special unit or range.
pub(crate) struct StaffSpec {
    /// The username after the agency prefix: `analyst` becomes `ib.analyst`.
    pub username: &'static str,
    pub rank: Rank,
    pub roles: &'static [Role],
    pub clearance: Classification,
    pub post: &'static str,
}

const fn station(slug: &'static str, name: &'static str, at: (f64, f64)) -> StationSpec {
    StationSpec { slug, name, at }
}

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

pub(crate) const DISTRICTS: &[DistrictSpec] = &[
    // Delhi Police: the districts that touch Haryana and Uttar Pradesh, and South.
    DistrictSpec {
        agency: "DL",
        slug: "outernorth",
        name: "Outer North",
        at: (28.800, 77.100),
        range: None,
        subdivisions: &[
            SubDivisionSpec {
                slug: "narela",
                name: "Narela",
                at: (28.853, 77.093),
                stations: &[
                    station("narela", "Narela", (28.853, 77.093)),
                    station("bawana", "Bawana", (28.799, 77.036)),
                ],
            },
            SubDivisionSpec {
                slug: "alipur",
                name: "Alipur",
                at: (28.797, 77.134),
                stations: &[station("alipur", "Alipur", (28.797, 77.134))],
            },
        ],
    },
    DistrictSpec {
        agency: "DL",
        slug: "northwest",
        name: "North West",
        at: (28.690, 77.175),
        range: None,
        subdivisions: &[
            SubDivisionSpec {
                slug: "jahangirpuri",
                name: "Jahangir Puri",
                at: (28.727, 77.166),
                stations: &[
                    station("jahangirpuri", "Jahangir Puri", (28.727, 77.166)),
                    station("adarshnagar", "Adarsh Nagar", (28.716, 77.172)),
                ],
            },
            SubDivisionSpec {
                slug: "shalimarbagh",
                name: "Shalimar Bagh",
                at: (28.716, 77.164),
                stations: &[station("shalimarbagh", "Shalimar Bagh", (28.716, 77.160))],
            },
        ],
    },
    DistrictSpec {
        agency: "DL",
        slug: "shahdara",
        name: "Shahdara",
        at: (28.673, 77.289),
        range: None,
        subdivisions: &[
            SubDivisionSpec {
                slug: "shahdara",
                name: "Shahdara",
                at: (28.673, 77.290),
                stations: &[
                    station("shahdara", "Shahdara", (28.673, 77.290)),
                    station("farshbazar", "Farsh Bazar", (28.668, 77.297)),
                ],
            },
            SubDivisionSpec {
                slug: "seemapuri",
                name: "Seemapuri",
                at: (28.686, 77.318),
                stations: &[station("seemapuri", "Seemapuri", (28.686, 77.318))],
            },
        ],
    },
    DistrictSpec {
        agency: "DL",
        slug: "dwarka",
        name: "Dwarka",
        at: (28.592, 77.046),
        range: None,
        subdivisions: &[
            SubDivisionSpec {
                slug: "najafgarh",
                name: "Najafgarh",
                at: (28.609, 76.980),
                stations: &[
                    station("najafgarh", "Najafgarh", (28.609, 76.980)),
                    station("chhawla", "Chhawla", (28.570, 76.994)),
                ],
            },
            SubDivisionSpec {
                slug: "uttamnagar",
                name: "Uttam Nagar",
                at: (28.621, 77.056),
                stations: &[station("bindapur", "Bindapur", (28.617, 77.063))],
            },
        ],
    },
    DistrictSpec {
        agency: "DL",
        slug: "south",
        name: "South",
        at: (28.549, 77.206),
        range: None,
        subdivisions: &[
            SubDivisionSpec {
                slug: "mehrauli",
                name: "Mehrauli",
                at: (28.521, 77.185),
                stations: &[
                    station("mehrauli", "Mehrauli", (28.521, 77.185)),
                    station("fatehpurberi", "Fatehpur Beri", (28.466, 77.186)),
                ],
            },
            SubDivisionSpec {
                slug: "saket",
                name: "Saket",
                at: (28.524, 77.213),
                stations: &[station("saket", "Saket", (28.524, 77.213))],
            },
        ],
    },
    // Haryana Police: the NCR districts around Delhi.
    DistrictSpec {
        agency: "HR",
        slug: "gurugram",
        name: "Gurugram",
        at: (28.456, 77.029),
        range: None,
        subdivisions: &[
            SubDivisionSpec {
                slug: "sohna",
                name: "Sohna",
                at: (28.247, 77.066),
                stations: &[
                    station("sohna", "Sohna", (28.247, 77.066)),
                    station("badshahpur", "Badshahpur", (28.396, 77.049)),
                ],
            },
            SubDivisionSpec {
                slug: "manesar",
                name: "Manesar",
                at: (28.357, 76.938),
                stations: &[station("manesar", "Manesar", (28.357, 76.938))],
            },
        ],
    },
    DistrictSpec {
        agency: "HR",
        slug: "faridabad",
        name: "Faridabad",
        at: (28.421, 77.308),
        range: None,
        subdivisions: &[
            SubDivisionSpec {
                slug: "ballabgarh",
                name: "Ballabgarh",
                at: (28.341, 77.324),
                stations: &[station("ballabgarh", "Ballabgarh", (28.341, 77.324))],
            },
            SubDivisionSpec {
                slug: "oldfaridabad",
                name: "Old Faridabad",
                at: (28.412, 77.318),
                stations: &[
                    station("oldfaridabad", "Old Faridabad", (28.412, 77.318)),
                    station("surajkund", "Surajkund", (28.484, 77.284)),
                ],
            },
        ],
    },
    DistrictSpec {
        agency: "HR",
        slug: "sonipat",
        name: "Sonipat",
        at: (28.996, 77.011),
        range: None,
        subdivisions: &[
            SubDivisionSpec {
                slug: "rai",
                name: "Rai",
                at: (28.955, 77.096),
                stations: &[
                    station("rai", "Rai", (28.955, 77.096)),
                    station("kundli", "Kundli", (28.872, 77.118)),
                ],
            },
            SubDivisionSpec {
                slug: "ganaur",
                name: "Ganaur",
                at: (29.133, 77.021),
                stations: &[station("ganaur", "Ganaur", (29.133, 77.021))],
            },
        ],
    },
    DistrictSpec {
        agency: "HR",
        slug: "jhajjar",
        name: "Jhajjar",
        at: (28.606, 76.656),
        range: None,
        subdivisions: &[
            SubDivisionSpec {
                slug: "bahadurgarh",
                name: "Bahadurgarh",
                at: (28.692, 76.935),
                stations: &[station("bahadurgarh", "Bahadurgarh City", (28.692, 76.935))],
            },
            SubDivisionSpec {
                slug: "jhajjar",
                name: "Jhajjar",
                at: (28.607, 76.657),
                stations: &[
                    station("jhajjar", "Jhajjar City", (28.607, 76.657)),
                    station("badli", "Badli", (28.583, 76.805)),
                ],
            },
        ],
    },
    // Uttar Pradesh Police: the commissionerates next to Delhi and the Meerut range.
    DistrictSpec {
        agency: "UP",
        slug: "ghaziabad",
        name: "Ghaziabad",
        at: (28.670, 77.450),
        range: None,
        subdivisions: &[
            SubDivisionSpec {
                slug: "loni",
                name: "Loni",
                at: (28.752, 77.288),
                stations: &[
                    station("loni", "Loni", (28.752, 77.288)),
                    station("loniborder", "Loni Border", (28.716, 77.296)),
                ],
            },
            SubDivisionSpec {
                slug: "sahibabad",
                name: "Sahibabad",
                at: (28.683, 77.352),
                stations: &[station("sahibabad", "Sahibabad", (28.683, 77.352))],
            },
        ],
    },
    DistrictSpec {
        agency: "UP",
        slug: "gbnagar",
        name: "Gautam Buddh Nagar",
        at: (28.570, 77.320),
        range: None,
        subdivisions: &[
            SubDivisionSpec {
                slug: "noida",
                name: "Noida",
                at: (28.585, 77.315),
                stations: &[station("sector20", "Sector 20 Noida", (28.585, 77.315))],
            },
            SubDivisionSpec {
                slug: "greaternoida",
                name: "Greater Noida",
                at: (28.474, 77.504),
                stations: &[
                    station("dadri", "Dadri", (28.553, 77.554)),
                    station("kasna", "Kasna", (28.441, 77.530)),
                ],
            },
        ],
    },
    DistrictSpec {
        agency: "UP",
        slug: "meerut",
        name: "Meerut",
        at: (28.970, 77.700),
        range: Some("meerut"),
        subdivisions: &[
            SubDivisionSpec {
                slug: "sardhana",
                name: "Sardhana",
                at: (29.145, 77.614),
                stations: &[station("sardhana", "Sardhana", (29.145, 77.614))],
            },
            SubDivisionSpec {
                slug: "mawana",
                name: "Mawana",
                at: (29.102, 77.922),
                stations: &[station("mawana", "Mawana", (29.102, 77.922))],
            },
        ],
    },
    DistrictSpec {
        agency: "UP",
        slug: "baghpat",
        name: "Baghpat",
        at: (28.950, 77.220),
        range: Some("meerut"),
        subdivisions: &[
            SubDivisionSpec {
                slug: "baghpat",
                name: "Baghpat",
                at: (28.944, 77.218),
                stations: &[
                    station("baghpat", "Baghpat", (28.944, 77.218)),
                    station("khekra", "Khekra", (28.868, 77.280)),
                ],
            },
            SubDivisionSpec {
                slug: "baraut",
                name: "Baraut",
                at: (29.100, 77.263),
                stations: &[station("baraut", "Baraut", (29.100, 77.263))],
            },
        ],
    },
    // Rajasthan Police: the districts of the Mewat belt.
    DistrictSpec {
        agency: "RJ",
        slug: "alwar",
        name: "Alwar",
        at: (27.570, 76.600),
        range: None,
        subdivisions: &[
            SubDivisionSpec {
                slug: "alwar",
                name: "Alwar City",
                at: (27.560, 76.610),
                stations: &[station("kotwali", "Kotwali Alwar", (27.560, 76.608))],
            },
            SubDivisionSpec {
                slug: "ramgarh",
                name: "Ramgarh",
                at: (27.583, 76.800),
                stations: &[
                    station("ramgarh", "Ramgarh", (27.583, 76.800)),
                    station("govindgarh", "Govindgarh", (27.500, 76.996)),
                ],
            },
        ],
    },
    DistrictSpec {
        agency: "RJ",
        slug: "bharatpur",
        name: "Bharatpur",
        at: (27.220, 77.480),
        range: None,
        subdivisions: &[
            SubDivisionSpec {
                slug: "bharatpur",
                name: "Bharatpur City",
                at: (27.217, 77.490),
                stations: &[
                    station("mathuragate", "Mathura Gate", (27.219, 77.503)),
                    station("atalbandh", "Atal Bandh", (27.225, 77.487)),
                ],
            },
            SubDivisionSpec {
                slug: "bayana",
                name: "Bayana",
                at: (26.909, 77.290),
                stations: &[station("bayana", "Bayana", (26.909, 77.290))],
            },
        ],
    },
];

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
