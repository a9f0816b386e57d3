//! Inputs in the store: an issued input reaches its recipient units' inboxes only for viewers
//! the gate lets read it; a step applies only from the state it was taken in; an escalation
//! fires once however often it is attempted.

use crate::support::{Org, TestStore, minutes, on_every_backend, t0};
use samanvay_core::document::Language;
use samanvay_core::input::{
    InformationAccuracy, Input, InputContent, InputKind, LinkedEntities, Precedence,
    RecipientState, RequiredAction, SourceGrading, SourceReliability, Target, Transition,
};
use samanvay_core::marking::{Distribution, Owner};
use samanvay_core::org::{Unit, UnitKind};
use samanvay_core::{Classification, InputId, Marking, RecipientId, Seen, UnitId, Viewer};
use samanvay_store::{Change, InboxQuery, InputChange, NewRecipient, StoreError};

async fn station(t: &TestStore, under: &Org, name: &str) -> UnitId {
    let unit = Unit {
        id: UnitId::new(),
        agency: under.agency,
        parent: Some(under.unit),
        kind: UnitKind::PoliceStation,
        name: name.to_string(),
        location: None,
    };
    t.commit(vec![Change::InsertUnit(unit.clone())], vec![])
        .await;
    unit.id
}

fn input(issuer: &samanvay_core::user::User, to: &[samanvay_core::AgencyId]) -> Input {
    Input {
        id: InputId::new(),
        marking: Marking {
            owner: Owner {
                agency: issuer.agency,
                unit: issuer.unit,
                user: issuer.id,
            },
            classification: Classification::Confidential,
            distribution: Distribution::Agencies {
                agencies: to.to_vec(),
            },
            handling: vec![],
            pointer: false,
        },
        content: InputContent {
            title: "Gogi gang shooters moving to Kundli".into(),
            body: "Two shooters in a white Scorpio, tonight.".into(),
            language: Language::English,
            kind: InputKind::GangMovement,
            precedence: Precedence::Flash,
            required_action: RequiredAction::LocateAndArrest,
            grading: SourceGrading {
                reliability: SourceReliability::B,
                accuracy: InformationAccuracy::KnownToSource,
            },
            valid_until: None,
            linked: LinkedEntities::default(),
            attachments: vec![],
        },
        targets: vec![],
        issued_at: t0(),
    }
}

fn viewer(user: &samanvay_core::user::User, unit: UnitId) -> Viewer {
    Viewer {
        user: user.id,
        agency: user.agency,
        unit,
        roles: user.roles.clone(),
        clearance: user.clearance,
        groups: vec![],
    }
}

#[tokio::test]
async fn an_input_reaches_only_cleared_viewers_and_each_step_and_escalation_applies_once() {
    on_every_backend(async |t| {
        let dl = t.agency("DL").await;
        let hr = t.agency("HR").await;
        let up = t.agency("UP").await;
        let kundli = station(t, &hr, "PS Kundli").await;
        let analyst = t.user(&dl, "dl.analyst", Classification::Secret).await;
        let sho = t.user(&hr, "hr.sho", Classification::Confidential).await;
        let constable = t.user(&hr, "hr.ct", Classification::Restricted).await;
        let outsider = t.user(&up, "up.sho", Classification::Secret).await;
        let mut sent = input(&analyst, &[hr.agency]);
        sent.targets = vec![Target::Unit {
            unit: kundli,
            include_sub_units: false,
        }];
        let copy = RecipientId::new();
        let deadline = t0() + minutes(15);
        t.commit(
            vec![Change::Input(InputChange::Issue {
                input: Box::new(sent.clone()),
                recipients: vec![NewRecipient {
                    id: copy,
                    input: sent.id,
                    agency: hr.agency,
                    unit: kundli,
                    user: None,
                    forwarded_from: None,
                    delivered_at: t0(),
                    ack_deadline: deadline,
                }],
            })],
            vec![],
        )
        .await;
        let store = &t.store;
        let query = InboxQuery {
            include_done: false,
            limit: 50,
        };
        let at_kundli = viewer(&sho, kundli);
        let (items, counts) = store
            .inbox(&at_kundli, query, t0() + minutes(20))
            .await
            .unwrap();
        assert_eq!(items.len(), 1, "{:?}", t.backend);
        assert_eq!(items[0].input, sent);
        assert!(items[0].overdue);
        assert_eq!(
            (counts.unread, counts.unacknowledged, counts.overdue),
            (1, 1, 1)
        );
        // The constable of the same station is not cleared; another agency is not listed.
        let (items, counts) = store
            .inbox(&viewer(&constable, kundli), query, t0())
            .await
            .unwrap();
        assert!(items.is_empty());
        assert_eq!(counts.unread, 0);
        let stranger = viewer(&outsider, kundli);
        assert!(
            store
                .inbox(&stranger, query, t0())
                .await
                .unwrap()
                .0
                .is_empty()
        );
        assert_eq!(store.input(&stranger, sent.id).await.unwrap(), Seen::Hidden);
        assert!(matches!(
            store.input(&at_kundli, sent.id).await.unwrap(),
            Seen::Full(_)
        ));

        // The first escalation fires once, however often it is tried.
        let escalate = || {
            Change::Input(InputChange::Escalate {
                recipient: copy,
                input: sent.id,
                level: 1,
                to_unit: hr.unit,
                next_at: Some(deadline + minutes(15)),
                events: vec![],
            })
        };
        let due = store.due_escalations(deadline, 10).await.unwrap();
        assert_eq!(due.len(), 1);
        assert_eq!(t.commit(vec![escalate()], vec![]).await, vec![1]);
        assert_eq!(t.commit(vec![escalate()], vec![]).await, vec![0]);
        assert_eq!(store.input_escalations(sent.id).await.unwrap().len(), 1);
        assert!(
            store
                .due_escalations(deadline, 10)
                .await
                .unwrap()
                .is_empty()
        );
        // The HQ it escalated to sees it in its inbox as escalated.
        let (items, counts) = store
            .inbox(&viewer(&sho, hr.unit), query, deadline)
            .await
            .unwrap();
        assert_eq!(items.len(), 1);
        assert_eq!(counts.escalated, 1);

        // A step applies from the state it was taken in; a stale one is a conflict.
        let ack = |from| {
            Change::Input(InputChange::Step {
                recipient: copy,
                input: sent.id,
                from,
                to: RecipientState::Acknowledged,
                step: Transition::Acknowledge,
                by: sho.id,
                forwarded: None,
            })
        };
        t.commit(vec![ack(RecipientState::Delivered)], vec![]).await;
        let again = t
            .try_commit(vec![ack(RecipientState::Delivered)], vec![])
            .await;
        assert!(matches!(again, Err(StoreError::Conflict(_))), "{again:?}");
        let stored = store.input_recipient(copy).await.unwrap().unwrap();
        assert_eq!(stored.state, RecipientState::Acknowledged);
        assert_eq!(stored.acknowledged_at, Some(t0()));
        assert_eq!(
            stored.next_escalation_at, None,
            "acknowledged copies stop escalating"
        );
        assert_eq!(store.input_transitions(sent.id).await.unwrap().len(), 1);
    })
    .await;
}
