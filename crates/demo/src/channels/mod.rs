//! Demo coordination channels: a few busy border channels between Delhi police stations and
//! their neighbours in Haryana and Uttar Pradesh, officers talking in Hindi, English and both,
//! naming the demo register's wanted men, their phones and their vehicles.
//!
//! Built from a generated world (its units, users and persons), deterministically: the same
//! seed gives the same channels, ids included. Messages come out oldest first, a few hours
//! apart, ending just before `now`.

mod script;

use crate::rng::{DemoRng, IdMint};
use crate::world::DemoWorld;
use samanvay_core::channel::{
    Channel, ChannelId, MemberRole, MemberSubject, Membership, Message, MessageId, MessageMention,
    language_of, recognise_identifiers,
};
use samanvay_core::marking::{Distribution, Marking, Owner};
use samanvay_core::user::User;
use samanvay_core::{AgencyId, Classification, UnitId};
use script::{Line, Wanted};
use time::{Duration, OffsetDateTime};

/// A channel with its members and its conversation, oldest message first.
#[derive(Clone, Debug)]
pub struct DemoChannel {
    pub channel: Channel,
    pub members: Vec<Membership>,
    pub messages: Vec<Message>,
}

/// One border: the owning station and its neighbours, by unit name ("PS Alipur").
struct Border {
    name: &'static str,
    owner: &'static str,
    neighbours: &'static [&'static str],
    classification: Classification,
}

const BORDERS: &[Border] = &[
    Border {
        name: "Outer North Delhi – Sonipat border (Alipur, Narela, Rai, Ganaur)",
        owner: "PS Alipur",
        neighbours: &["PS Narela", "PS Rai", "PS Ganaur"],
        classification: Classification::Restricted,
    },
    Border {
        name: "Shahdara – Loni – Ghaziabad border",
        owner: "PS Shahdara",
        neighbours: &["PS Seemapuri", "PS Loni", "PS Sahibabad"],
        classification: Classification::Restricted,
    },
    Border {
        name: "Dwarka – Gurugram – Jhajjar nakabandi",
        owner: "PS Najafgarh",
        neighbours: &["PS Uttam Nagar", "PS Bahadurgarh", "PS Manesar"],
        classification: Classification::Confidential,
    },
];

/// Messages per channel.
const MESSAGES: usize = 40;

/// The demo's border channels at `now`.
pub fn build(world: &DemoWorld, seed: u64, now: OffsetDateTime) -> Vec<DemoChannel> {
    let root = DemoRng::new(seed).fork("channels");
    let start_ms = (now - Duration::days(6)).unix_timestamp() as u64 * 1_000;
    let mut ids = IdMint::new(start_ms, root.fork("ids"));
    let mut rng = root.fork("talk");
    let wanted = Wanted::from_register(&world.persons);
    BORDERS
        .iter()
        .filter_map(|border| channel(world, border, &wanted, now, &mut ids, &mut rng))
        .collect()
}

fn channel(
    world: &DemoWorld,
    border: &Border,
    wanted: &[Wanted],
    now: OffsetDateTime,
    ids: &mut IdMint,
    rng: &mut DemoRng,
) -> Option<DemoChannel> {
    let unit = |name: &str| world.units.iter().find(|u| u.name == name);
    let owner_unit = unit(border.owner)?;
    let neighbours: Vec<_> = border.neighbours.iter().filter_map(|n| unit(n)).collect();
    let posted = |unit: UnitId| -> Vec<&User> {
        world
            .users
            .iter()
            .map(|d| &d.user)
            .filter(|u| u.unit == unit && u.clearance >= border.classification)
            .collect()
    };
    let creator = *posted(owner_unit.id).first()?;
    let mut agencies: Vec<AgencyId> = neighbours
        .iter()
        .map(|u| u.agency)
        .filter(|a| *a != owner_unit.agency)
        .collect();
    agencies.sort();
    agencies.dedup();
    let distribution = if agencies.is_empty() {
        Distribution::OwnAgency
    } else {
        Distribution::Agencies { agencies }
    };
    let created_at = now - Duration::days(7);
    let channel = Channel {
        id: ChannelId(ids.at(created_at.unix_timestamp() as u64 * 1_000)),
        name: border.name.to_string(),
        description: "Nakas, movements of wanted men and vehicles across the border.".into(),
        marking: Marking {
            owner: Owner {
                agency: owner_unit.agency,
                unit: owner_unit.id,
                user: creator.id,
            },
            classification: border.classification,
            distribution,
            handling: vec![],
            pointer: false,
        },
        retention_days: Some(365),
        last_seq: 0,
        created_at,
    };
    let mut members = vec![Membership {
        subject: MemberSubject::Unit(owner_unit.id),
        role: MemberRole::Owner,
    }];
    members.extend(neighbours.iter().map(|u| Membership {
        subject: MemberSubject::Unit(u.id),
        role: MemberRole::Member,
    }));
    let speakers: Vec<&User> = std::iter::once(owner_unit.id)
        .chain(neighbours.iter().map(|u| u.id))
        .flat_map(posted)
        .collect();
    let mut messages: Vec<Message> = Vec::with_capacity(MESSAGES);
    for n in 0..MESSAGES {
        let author = *rng.pick(&speakers);
        let man = rng.pick(wanted);
        let Line { text, links_person } = script::line(n, man, rng);
        let posted_at = now - Duration::minutes(((MESSAGES - n) * 137) as i64);
        let mut mentions = Vec::new();
        if links_person {
            mentions.push(MessageMention::Person { person: man.person });
        }
        mentions.extend(recognise_identifiers(&text));
        // Every third message answers the one before it.
        let reply_to = (n % 3 == 2).then(|| messages[n - 1].id);
        messages.push(Message {
            id: MessageId(ids.at(posted_at.unix_timestamp() as u64 * 1_000)),
            channel: channel.id,
            seq: n as i64 + 1,
            author: author.id,
            author_name: format!("{} ({})", author.display_name, author.post),
            reply_to,
            language: language_of(&text),
            text,
            marking: Marking {
                owner: Owner {
                    agency: author.agency,
                    unit: author.unit,
                    user: author.id,
                },
                classification: border.classification,
                distribution: samanvay_core::channel::default_distribution(
                    &channel.marking,
                    author.agency,
                ),
                handling: vec![],
                pointer: false,
            },
            mentions,
            attachments: Vec::new(),
            version: 1,
            posted_at,
            edited_at: None,
            deleted_at: None,
        });
    }
    Some(DemoChannel {
        channel,
        members,
        messages,
    })
}
