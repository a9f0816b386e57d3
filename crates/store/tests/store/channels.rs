//! Channels in the store: messages numbered per channel, history pages and search through the
//! gate message by message, unread counts and read positions, mentions found by entity, edits
//! and deletions that keep every revision, and membership by unit that follows the posting.

use crate::support::{Org, TestStore, minutes, on_every_backend, t0};
use samanvay_core::channel::{
    Channel, ChannelId, MemberRole, MemberSubject, Membership, Message, MessageId, MessageMention,
};
use samanvay_core::document::Language;
use samanvay_core::event::{Audience, EventBody};
use samanvay_core::marking::{Distribution, Marking, Owner};
use samanvay_core::user::User;
use samanvay_core::{Classification, Seen, UnitId, Viewer};
use samanvay_match::{Identifier, IdentifierKind};
use samanvay_store::{Change, ChannelChange, Job, MessageSearch, StoreError};

fn marked(author: &User, classification: Classification, distribution: Distribution) -> Marking {
    Marking {
        owner: Owner {
            agency: author.agency,
            unit: author.unit,
            user: author.id,
        },
        classification,
        distribution,
        handling: vec![],
        pointer: false,
    }
}

fn message(channel: ChannelId, author: &User, text: &str, marking: Marking) -> Message {
    Message {
        id: MessageId::new(),
        channel,
        seq: 0,
        author: author.id,
        author_name: author.display_name.clone(),
        reply_to: None,
        text: text.to_string(),
        language: samanvay_core::channel::language_of(text),
        marking,
        mentions: samanvay_core::channel::recognise_identifiers(text),
        attachments: Vec::new(),
        version: 1,
        posted_at: t0(),
        edited_at: None,
        deleted_at: None,
    }
}

async fn post(t: &TestStore, message: &Message) -> i64 {
    let change = ChannelChange::Post {
        message: Box::new(message.clone()),
        audiences: vec![Audience::Users(vec![message.author])],
    };
    t.commit(vec![Change::Channel(change)], vec![]).await[0] as i64
}

struct Border {
    channel: Channel,
    delhi: User,
    haryana: User,
    up: User,
    dl_org: Org,
}

/// A Delhi channel shared with Haryana: Delhi's headquarters unit and one Haryana officer.
async fn border(t: &TestStore) -> Border {
    let (dl, hr, up) = (
        t.agency("DL").await,
        t.agency("HR").await,
        t.agency("UP").await,
    );
    let delhi = t.user(&dl, "dl.sho", Classification::Secret).await;
    let haryana = t.user(&hr, "hr.sho", Classification::Confidential).await;
    let up_user = t.user(&up, "up.sho", Classification::Secret).await;
    let channel = Channel {
        id: ChannelId::new(),
        name: "Singhu – Kundli border".into(),
        description: String::new(),
        marking: marked(
            &delhi,
            Classification::Confidential,
            Distribution::Agencies {
                agencies: vec![hr.agency],
            },
        ),
        retention_days: None,
        last_seq: 0,
        created_at: t0(),
    };
    let members = vec![
        Membership {
            subject: MemberSubject::Unit(dl.unit),
            role: MemberRole::Owner,
        },
        Membership {
            subject: MemberSubject::User(haryana.id),
            role: MemberRole::Member,
        },
    ];
    let create = ChannelChange::Create {
        channel: Box::new(channel.clone()),
        members,
        by: delhi.id,
    };
    t.commit(vec![Change::Channel(create)], vec![]).await;
    Border {
        channel,
        delhi,
        haryana,
        up: up_user,
        dl_org: dl,
    }
}

async fn viewer(t: &TestStore, user: &User) -> Viewer {
    t.store.viewer(user).await.unwrap()
}

fn texts(messages: &[Message]) -> Vec<&str> {
    messages.iter().map(|m| m.text.as_str()).collect()
}

#[tokio::test]
async fn history_is_numbered_paged_and_gated_message_by_message() {
    on_every_backend(async |t: &TestStore| {
        let b = border(t).await;
        let id = b.channel.id;
        let shared = Distribution::Agencies {
            agencies: vec![b.haryana.agency],
        };
        let restricted = Classification::Restricted;
        let first = message(
            id,
            &b.delhi,
            "Naka at Singhu from 2200",
            marked(&b.delhi, restricted, shared.clone()),
        );
        let own = marked(&b.delhi, restricted, Distribution::OwnAgency);
        let second = message(id, &b.delhi, "Delhi only: naka strength 12", own);
        let conf = marked(&b.delhi, Classification::Confidential, shared.clone());
        let third = message(id, &b.delhi, "Informer says naka will be tested", conf);
        assert_eq!(post(t, &first).await, 1, "{:?}", t.backend);
        assert_eq!(post(t, &second).await, 2);
        assert_eq!(post(t, &third).await, 3);

        let dl = viewer(t, &b.delhi).await;
        let page = t
            .store
            .channel_history(&dl, id, None, None, 50)
            .await
            .unwrap();
        assert_eq!(
            page.messages.iter().map(|m| m.seq).collect::<Vec<_>>(),
            vec![1, 2, 3]
        );
        assert!(!page.has_more);
        let older = t
            .store
            .channel_history(&dl, id, Some(3), None, 1)
            .await
            .unwrap();
        assert_eq!(texts(&older.messages), vec!["Delhi only: naka strength 12"]);
        assert!(older.has_more);

        // Haryana's officer: not the Delhi-only message.
        let hr = viewer(t, &b.haryana).await;
        let page = t
            .store
            .channel_history(&hr, id, None, None, 50)
            .await
            .unwrap();
        assert_eq!(
            texts(&page.messages),
            vec![
                "Naka at Singhu from 2200",
                "Informer says naka will be tested"
            ],
            "{:?}",
            t.backend
        );
        assert!(matches!(
            t.store.channel_message(&hr, second.id).await.unwrap(),
            Seen::Hidden
        ));

        // Unread counts count only what the reader may read, and reading clears them.
        let listed = t.store.my_channels(&hr, t0()).await.unwrap();
        assert_eq!(listed.len(), 1);
        assert_eq!((listed[0].unread, listed[0].role), (2, MemberRole::Member));
        let read = ChannelChange::MarkRead {
            channel: id,
            user: b.haryana.id,
            seq: 3,
        };
        t.commit(vec![Change::Channel(read)], vec![]).await;
        let back = ChannelChange::MarkRead {
            channel: id,
            user: b.haryana.id,
            seq: 1,
        };
        assert_eq!(
            t.commit(vec![Change::Channel(back)], vec![]).await,
            vec![0],
            "never back"
        );
        assert_eq!(t.store.my_channels(&hr, t0()).await.unwrap()[0].unread, 0);
        let receipts = t.store.read_receipts(id).await.unwrap();
        assert_eq!(receipts.len(), 1);
        assert_eq!((receipts[0].0, receipts[0].1), (b.haryana.id, 3));

        // A Delhi constable posted to the listed unit, cleared below the channel: nothing.
        let mut constable = viewer(t, &b.delhi).await;
        constable.user = samanvay_core::UserId::new();
        constable.clearance = Classification::Restricted;
        assert!(
            t.store
                .my_channels(&constable, t0())
                .await
                .unwrap()
                .is_empty()
        );
        assert!(matches!(
            t.store.channel(&constable, id).await.unwrap(),
            Seen::Hidden
        ));

        // UP is not a member and not in the distribution.
        let up = viewer(t, &b.up).await;
        assert!(t.store.my_channels(&up, t0()).await.unwrap().is_empty());
        assert!(matches!(
            t.store.channel(&up, id).await.unwrap(),
            Seen::Hidden
        ));

        // Removed: Haryana's officer no longer lists the channel; removing twice does nothing.
        let remove = || ChannelChange::RemoveMember {
            channel: id,
            subject: MemberSubject::User(b.haryana.id),
            audiences: vec![Audience::Users(vec![b.haryana.id])],
            marking: Box::new(b.channel.marking.clone()),
        };
        let job = Job::new(t0()).change(Change::Channel(remove()));
        let done = t.store.commit(job).await.unwrap();
        assert_eq!(done.rows, vec![1]);
        assert!(matches!(
            done.events[0].body,
            EventBody::ChannelMembershipChanged { .. }
        ));
        assert!(t.store.my_channels(&hr, t0()).await.unwrap().is_empty());
        assert_eq!(
            t.commit(vec![Change::Channel(remove())], vec![]).await,
            vec![0]
        );
        let members = t.store.channel_members(id).await.unwrap();
        assert_eq!(members.len(), 1);
    })
    .await;
}

#[tokio::test]
async fn search_and_mentions_never_reach_past_membership_or_the_gate() {
    on_every_backend(async |t: &TestStore| {
        let b = border(t).await;
        let id = b.channel.id;
        let shared = Distribution::Agencies {
            agencies: vec![b.haryana.agency],
        };
        let r = Classification::Restricted;
        let text = "गाड़ी HR26 AB-1234 सिंघु की ओर, mobile 98100 12345";
        let open = message(id, &b.delhi, text, marked(&b.delhi, r, shared.clone()));
        let hidden = message(
            id,
            &b.delhi,
            "HR26AB1234 owner is our source",
            marked(&b.delhi, r, Distribution::OwnAgency),
        );
        post(t, &open).await;
        post(t, &hidden).await;
        assert_eq!(open.language, Language::Mixed);

        let vehicle = Identifier::parse(IdentifierKind::Vehicle, "hr-26-ab-1234").unwrap();
        let hr = viewer(t, &b.haryana).await;
        let found = t
            .store
            .messages_mentioning_identifier(&hr, &vehicle, t0(), 20)
            .await
            .unwrap();
        assert_eq!(found.len(), 1, "{:?}", t.backend);
        assert_eq!(found[0].message.id, open.id);
        assert_eq!(found[0].channel_name, "Singhu – Kundli border");
        let dl = viewer(t, &b.delhi).await;
        let all = t
            .store
            .messages_mentioning_identifier(&dl, &vehicle, t0(), 20)
            .await
            .unwrap();
        assert_eq!(all.len(), 2);

        let words = |w: &[&str]| MessageSearch {
            words: w.iter().map(|s| s.to_string()).collect(),
            channel: None,
            limit: 20,
        };
        let hits = t
            .store
            .search_channel_messages(&hr, &words(&["MOBILE", "सिंघु"]), t0())
            .await
            .unwrap();
        assert_eq!(hits.len(), 1);
        assert!(
            t.store
                .search_channel_messages(&hr, &words(&["source"]), t0())
                .await
                .unwrap()
                .is_empty()
        );
        // A percent sign is a character, not a wildcard.
        assert!(
            t.store
                .search_channel_messages(&dl, &words(&["%"]), t0())
                .await
                .unwrap()
                .is_empty()
        );
        // Not a member and outside the distribution: nothing at all.
        let up = viewer(t, &b.up).await;
        assert!(
            t.store
                .search_channel_messages(&up, &words(&["mobile"]), t0())
                .await
                .unwrap()
                .is_empty()
        );
        assert!(
            t.store
                .messages_mentioning_identifier(&up, &vehicle, t0(), 20)
                .await
                .unwrap()
                .is_empty()
        );

        // Delhi's officer transferred out of the listed unit: no longer a member.
        let mut moved = dl.clone();
        moved.unit = UnitId::new();
        assert!(
            t.store
                .search_channel_messages(&moved, &words(&["mobile"]), t0())
                .await
                .unwrap()
                .is_empty()
        );
        assert!(t.store.my_channels(&moved, t0()).await.unwrap().is_empty());
        let _ = b.dl_org;
    })
    .await;
}

#[tokio::test]
async fn edits_and_deletions_keep_every_revision_and_refuse_stale_versions() {
    on_every_backend(async |t: &TestStore| {
        let b = border(t).await;
        let id = b.channel.id;
        let shared = Distribution::Agencies {
            agencies: vec![b.haryana.agency],
        };
        let r = Classification::Restricted;
        let mut original = message(
            id,
            &b.delhi,
            "Suspect in white Swift DL 3C AB 1234",
            marked(&b.delhi, r, shared),
        );
        original.seq = post(t, &original).await;

        let mut edited = original.clone();
        edited.text = "Suspect in white Swift DL 3C AX 1234".into();
        edited.mentions = samanvay_core::channel::recognise_identifiers(&edited.text);
        edited.version = 2;
        let edit = |m: &Message| ChannelChange::Edit {
            message: Box::new(m.clone()),
            by: b.delhi.id,
            audiences: vec![Audience::Units(vec![b.dl_org.unit])],
        };
        let job = Job::new(t0() + minutes(1)).change(Change::Channel(edit(&edited)));
        let done = t.store.commit(job).await.unwrap();
        assert!(matches!(
            done.events[0].body,
            EventBody::ChannelMessageEdited {
                version: 2,
                deleted: false,
                ..
            }
        ));
        // A second editor still holding version 1 is refused.
        let stale = t
            .try_commit(vec![Change::Channel(edit(&edited))], vec![])
            .await;
        assert!(
            matches!(stale, Err(StoreError::Conflict(_))),
            "{:?}",
            t.backend
        );

        let old_plate = Identifier::parse(IdentifierKind::Vehicle, "DL3CAB1234").unwrap();
        let dl = viewer(t, &b.delhi).await;
        assert!(
            t.store
                .messages_mentioning_identifier(&dl, &old_plate, t0(), 5)
                .await
                .unwrap()
                .is_empty()
        );

        let delete = ChannelChange::Delete {
            channel: id,
            message: original.id,
            seq: original.seq,
            version: 2,
            marking: Box::new(original.marking.clone()),
            by: b.delhi.id,
            audiences: vec![],
        };
        t.commit(vec![Change::Channel(delete)], vec![]).await;
        let Seen::Full(gone) = t.store.channel_message(&dl, original.id).await.unwrap() else {
            panic!("a deleted message keeps its place");
        };
        assert_eq!((gone.text.as_str(), gone.version), ("", 3));
        assert!(gone.deleted_at.is_some());
        assert_eq!(gone.mentions, Vec::<MessageMention>::new());
        let revisions = t.store.message_revisions(&dl, original.id).await.unwrap();
        let kept: Vec<(&str, bool)> = revisions
            .iter()
            .map(|r| (r.text.as_str(), r.deleted))
            .collect();
        assert_eq!(
            kept,
            vec![
                ("Suspect in white Swift DL 3C AB 1234", false),
                ("Suspect in white Swift DL 3C AX 1234", false),
                ("", true)
            ]
        );
    })
    .await;
}
