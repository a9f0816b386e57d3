//! The Samanvay demo world: deterministic synthetic agencies, units, users, sharing groups and
//! documents for demos, tests and benchmarks. Pure: no I/O, no database, no clock.
//!
//! The places, agencies and ranks are real; every person, account and document is synthetic.
//! The same seed always yields the same world, ids included.
//!
//! ```
//! let world = samanvay_demo::generate(42, samanvay_demo::Scale::default());
//! assert!(world.user("dl.sho.alipur").is_some());
//! ```

mod agencies;
pub mod channels;
mod documents;
pub mod inputs;
mod names;
mod places;
pub mod population;
mod register;
mod rng;
mod sharing;
mod units;
mod users;
mod world;

pub use world::{DemoDocument, DemoUser, DemoWorld, Scale};

use names::NamePicker;
use rng::{DemoRng, IdMint};

/// The password of every demo account. Long enough and uncommon enough for the password rules,
/// and it says what it is wherever it appears.
pub const DEMO_PASSWORD: &str = "synthetic-demo-data";

/// Organisation ids are stamped from 1 January 2024 (UTC) onwards, one millisecond apart, so
/// they sort in generation order: parents before children.
const ORG_EPOCH_MS: u64 = 1_704_067_200_000;

/// Generates the demo world for a seed at a scale.
///
/// The organisation (agencies, units, usernames, posts, sharing groups) is the same for every
/// seed; the seed chooses names, ids and the documents. Each part draws from its own random
/// stream, so growing one part (more documents) leaves the others unchanged.
pub fn generate(seed: u64, scale: Scale) -> DemoWorld {
    let root = DemoRng::new(seed);
    let mut ids = IdMint::new(ORG_EPOCH_MS, root.fork("organisation-ids"));
    let mut names = NamePicker::new(root.fork("names"));

    let agencies = agencies::build(&mut ids);
    let chart = units::build(&agencies, &mut ids);
    let users = users::build(&agencies, &chart, &mut ids, &mut names);
    let sharing_groups = sharing::build(&agencies, &mut ids);
    let units = chart.units;
    let library = documents::Library {
        agencies: &agencies,
        users: &users,
        groups: &sharing_groups,
    };
    let documents = documents::build(&library, scale.documents, &root.fork("documents"));
    let register = register::build(&agencies, &users, scale.persons, &root.fork("register"));

    let network = inputs::Network {
        units: &units,
        users: &users,
    };
    let inputs = inputs::build(&network, scale.inputs, &root.fork("inputs"));

    DemoWorld {
        inputs,
        agencies,
        units,
        users,
        sharing_groups,
        documents,
        organisations: register.organisations,
        persons: register.persons,
    }
}
