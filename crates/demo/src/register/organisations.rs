//! The register's organisations: the hand-made gangs, arms factory, front company and outfit
//! of the first demo, the gangs the generated persons belong to, and three terror-linked
//! networks, each an outfit with a front company and an arms factory.

use super::markings::{Reach, World};
use super::{FIRST_DAY, ms};
use crate::population::tables::NICKNAMES;
use crate::rng::IdMint;
use samanvay_core::register::{
    NameKind, Organisation, OrganisationContent, OrganisationKind, RecordName,
};
use samanvay_core::{Classification, OrganisationId};
use time::Duration;

/// (agency, name, name in Devanagari, kind, classification, reach, notes)
type Made = (
    &'static str,
    &'static str,
    &'static str,
    OrganisationKind,
    Classification,
    Reach,
    &'static str,
);

const SYNTHETIC: &str = "Synthetic demo record.";

/// The first demo's organisations; tests and the guided demo look them up by name.
const FIRST: &[Made] = &[
    (
        "UP",
        "Bhura gang",
        "भूरा गिरोह",
        OrganisationKind::Gang,
        Classification::Restricted,
        Reach::All,
        SYNTHETIC,
    ),
    (
        "DL",
        "Kaliya gang",
        "कालिया गिरोह",
        OrganisationKind::Gang,
        Classification::Restricted,
        Reach::All,
        SYNTHETIC,
    ),
    (
        "RJ",
        "Mewat vehicle lifters",
        "मेवात वाहन चोर गिरोह",
        OrganisationKind::Gang,
        Classification::Restricted,
        Reach::All,
        SYNTHETIC,
    ),
    (
        "HR",
        "Sonipat arms workshop",
        "सोनीपत हथियार कारखाना",
        OrganisationKind::IllegalArmsFactory,
        Classification::Confidential,
        Reach::Neighbours,
        SYNTHETIC,
    ),
    (
        "DL",
        "Shree Balaji Traders",
        "श्री बालाजी ट्रेडर्स",
        OrganisationKind::FrontCompany,
        Classification::Confidential,
        Reach::Own,
        SYNTHETIC,
    ),
    (
        "NIA",
        "Jamaat-e-Saif (synthetic)",
        "जमात-ए-सैफ़",
        OrganisationKind::TerrorOutfit,
        Classification::Secret,
        Reach::Central,
        SYNTHETIC,
    ),
];

/// Three networks: an outfit, the company that moves its money, the workshop that arms it and
/// the gangs it hires.
const NETWORKS: &[Made] = &[
    (
        "NIA",
        "Harkat-ul-Nasr (synthetic)",
        "हरकत-उल-नस्र",
        OrganisationKind::TerrorOutfit,
        Classification::Secret,
        Reach::Central,
        "Synthetic demo record: hires shooters from the Delhi gangs through Noor Exim Traders.",
    ),
    (
        "DL",
        "Noor Exim Traders",
        "नूर एक्ज़िम ट्रेडर्स",
        OrganisationKind::FrontCompany,
        Classification::Confidential,
        Reach::Central,
        "Synthetic demo record: front company of Harkat-ul-Nasr; dry-fruit imports pay its men.",
    ),
    (
        "RJ",
        "Bharatpur country-made arms unit",
        "भरतपुर कट्टा कारखाना",
        OrganisationKind::IllegalArmsFactory,
        Classification::Confidential,
        Reach::Neighbours,
        "Synthetic demo record: supplies pistols to Harkat-ul-Nasr's recruits and to Mewat gangs.",
    ),
    (
        "IB",
        "Tehreek-e-Zarb (synthetic)",
        "तहरीक-ए-ज़र्ब",
        OrganisationKind::TerrorOutfit,
        Classification::Secret,
        Reach::Central,
        "Synthetic demo record: moves explosives through the Nuh transporters.",
    ),
    (
        "HR",
        "Sunrise Logistics, Nuh",
        "सनराइज़ लॉजिस्टिक्स, नूंह",
        OrganisationKind::FrontCompany,
        Classification::Confidential,
        Reach::Neighbours,
        "Synthetic demo record: front company of Tehreek-e-Zarb; its trucks cross into Rajasthan.",
    ),
    (
        "UP",
        "Meerut pistol workshop",
        "मेरठ पिस्टल कारखाना",
        OrganisationKind::IllegalArmsFactory,
        Classification::Confidential,
        Reach::All,
        "Synthetic demo record: arms Tehreek-e-Zarb and the western UP gangs.",
    ),
    (
        "NIA",
        "Ansar-ul-Sharq (synthetic)",
        "अंसार-उल-शर्क़",
        OrganisationKind::TerrorOutfit,
        Classification::Secret,
        Reach::Central,
        "Synthetic demo record: recruits in jails through gang members.",
    ),
    (
        "UP",
        "Green Valley Handicrafts",
        "ग्रीन वैली हैंडीक्राफ्ट्स",
        OrganisationKind::FrontCompany,
        Classification::Confidential,
        Reach::Own,
        "Synthetic demo record: front company of Ansar-ul-Sharq; hawala through its exports.",
    ),
    (
        "RJ",
        "Alwar arms workshop",
        "अलवर हथियार कारखाना",
        OrganisationKind::IllegalArmsFactory,
        Classification::Restricted,
        Reach::All,
        "Synthetic demo record: sells to Ansar-ul-Sharq and to every gang that pays.",
    ),
];

/// The organisations and, for each gang of the generated population, its organisation.
pub(super) struct Organisations {
    pub all: Vec<Organisation>,
    /// By the population's gang index.
    pub gangs: Vec<OrganisationId>,
    /// Outfits, front companies and arms factories of the networks.
    pub networks: Vec<OrganisationId>,
}

pub(super) fn build(world: &World, population_gangs: &[String], ids: &mut IdMint) -> Organisations {
    let mut all: Vec<Organisation> = Vec::new();
    let mut add = |code: &str, names: Vec<RecordName>, kind, classification, reach, notes: &str| {
        let at = FIRST_DAY + Duration::minutes(10 * all.len() as i64);
        let organisation = Organisation {
            id: OrganisationId(ids.at(ms(at))),
            marking: world.marking(code, classification, reach),
            content: OrganisationContent {
                kind,
                names,
                notes: notes.into(),
            },
            version: 1,
            created_at: at,
            updated_at: at,
        };
        let id = organisation.id;
        all.push(organisation);
        id
    };
    let made = |(code, name, hindi, kind, classification, reach, notes): &Made| {
        let names = vec![
            RecordName::new(name, NameKind::Primary),
            RecordName::new(hindi, NameKind::Alias),
        ];
        (*code, names, *kind, *classification, *reach, *notes)
    };
    let first: Vec<OrganisationId> = FIRST
        .iter()
        .map(|organisation| {
            let (code, names, kind, classification, reach, notes) = made(organisation);
            add(code, names, kind, classification, reach, notes)
        })
        .collect();
    let networks = NETWORKS
        .iter()
        .map(|organisation| {
            let (code, names, kind, classification, reach, notes) = made(organisation);
            add(code, names, kind, classification, reach, notes)
        })
        .collect();
    let mut gangs = Vec::with_capacity(population_gangs.len());
    for (n, name) in population_gangs.iter().enumerate() {
        // The population's "Bhura gang" is the first demo's Bhura gang.
        let existing = FIRST.iter().position(|f| f.1 == name.as_str());
        let id = match existing {
            Some(k) => first[k],
            None => {
                let mut names = vec![RecordName::new(name, NameKind::Primary)];
                names.extend(devanagari(name).map(|d| RecordName::new(&d, NameKind::Alias)));
                let code = ["DL", "HR", "UP", "RJ"][n % 4];
                let reach = if n % 5 == 0 {
                    Reach::Neighbours
                } else {
                    Reach::All
                };
                add(
                    code,
                    names,
                    OrganisationKind::Gang,
                    Classification::Restricted,
                    reach,
                    SYNTHETIC,
                )
            }
        };
        gangs.push(id);
    }
    Organisations {
        all,
        gangs,
        networks,
    }
}

/// "Kalu gang" → "कालू गिरोह", for gangs named after a nickname.
fn devanagari(name: &str) -> Option<String> {
    let nick = name.strip_suffix(" gang")?;
    let (_, hindi) = NICKNAMES.words().iter().find(|(latin, _)| *latin == nick)?;
    Some(format!("{hindi} गिरोह"))
}
