//! Rajasthan Police: the districts of the Mewat belt.

use super::{DistrictSpec, SubDivisionSpec, station};

pub(super) const DISTRICTS: &[DistrictSpec] = &[
    DistrictSpec {
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
