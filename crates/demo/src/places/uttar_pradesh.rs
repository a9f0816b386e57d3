//! Uttar Pradesh Police: the commissionerates next to Delhi and the Meerut range.

use super::{DistrictSpec, SubDivisionSpec, station};

pub(super) const DISTRICTS: &[DistrictSpec] = &[
    DistrictSpec {
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
];
