//! Haryana Police: the NCR districts around Delhi.

use super::{DistrictSpec, SubDivisionSpec, station};

pub(super) const DISTRICTS: &[DistrictSpec] = &[
    DistrictSpec {
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
];
