//! Delhi Police: the districts that touch Haryana and Uttar Pradesh, and South.

use super::{DistrictSpec, SubDivisionSpec, station};

pub(super) const DISTRICTS: &[DistrictSpec] = &[
    DistrictSpec {
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
];
