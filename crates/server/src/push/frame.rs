//! What a stream sends: one JSON text frame per event, and the rule that decides whether a
//! stream may receive an event at all.

use axum::extract::ws::Utf8Bytes;
use samanvay_core::event::{Event, EventBody, EventSeq};
use samanvay_core::{Viewer, Visibility};
use serde::Serialize;
use time::OffsetDateTime;
use utoipa::ToSchema;

/// One event as a client receives it.
#[derive(Serialize, ToSchema)]
pub struct StreamFrame<'a> {
    /// Resume after this with `?after=`.
    pub seq: EventSeq,
    #[serde(with = "time::serde::rfc3339")]
    pub at: OffsetDateTime,
    #[schema(value_type = EventBody)]
    pub body: &'a EventBody,
}

/// An event serialized once for every stream that receives it.
#[derive(Clone, Debug)]
pub(crate) struct Outgoing {
    pub seq: EventSeq,
    pub text: Utf8Bytes,
}

impl Outgoing {
    pub(crate) fn of(event: &Event) -> Outgoing {
        let frame = StreamFrame {
            seq: event.seq,
            at: event.at,
            body: &event.body,
        };
        let text = serde_json::to_string(&frame).expect("events serialize");
        Outgoing {
            seq: event.seq,
            text: text.into(),
        }
    }
}

/// The policy gate for pushed events: the viewer must be in the audience (postings as they are
/// now), and, when the event is about a marked record, may read that record in full.
pub(crate) fn admits(viewer: &Viewer, event: &Event) -> bool {
    event.audience.includes(viewer.user, viewer.unit)
        && event
            .marking
            .as_ref()
            .is_none_or(|marking| viewer.visibility(marking) == Visibility::Full)
}

#[cfg(test)]
mod tests {
    use super::*;
    use samanvay_core::event::Audience;
    use samanvay_core::marking::{Marking, Owner};
    use samanvay_core::user::Role;
    use samanvay_core::{AgencyId, Classification, Distribution, UnitId, UserId};

    fn viewer(agency: AgencyId, unit: UnitId, clearance: Classification) -> Viewer {
        Viewer {
            user: UserId::new(),
            agency,
            unit,
            roles: vec![Role::Officer],
            clearance,
            groups: vec![],
        }
    }

    fn event(audience: Audience, marking: Option<Marking>) -> Event {
        Event {
            seq: EventSeq(7),
            at: OffsetDateTime::UNIX_EPOCH,
            audience,
            marking,
            body: EventBody::AccountChanged {
                user: UserId::new(),
            },
        }
    }

    #[test]
    fn a_marked_event_reaches_only_cleared_members_of_the_distribution() {
        let (delhi, haryana, unit) = (AgencyId::new(), AgencyId::new(), UnitId::new());
        let marking = Marking {
            owner: Owner {
                agency: delhi,
                unit,
                user: UserId::new(),
            },
            classification: Classification::Confidential,
            distribution: Distribution::OwnAgency,
            handling: vec![],
            pointer: true,
        };
        let sho = viewer(delhi, unit, Classification::Confidential);
        let constable = viewer(delhi, unit, Classification::Restricted);
        let neighbour = viewer(haryana, unit, Classification::Secret);
        let e = event(Audience::Units(vec![unit]), Some(marking));
        assert!(admits(&sho, &e));
        assert!(!admits(&constable, &e), "too low a clearance");
        assert!(
            !admits(&neighbour, &e),
            "a pointer is not enough to be told"
        );
    }

    #[test]
    fn an_unmarked_event_reaches_its_audience_only() {
        let unit = UnitId::new();
        let v = viewer(AgencyId::new(), unit, Classification::Unrestricted);
        assert!(admits(&v, &event(Audience::Units(vec![unit]), None)));
        assert!(admits(&v, &event(Audience::Users(vec![v.user]), None)));
        assert!(!admits(
            &v,
            &event(Audience::Units(vec![UnitId::new()]), None)
        ));
        assert!(!admits(&v, &event(Audience::nobody(), None)));
    }

    #[test]
    fn a_frame_carries_seq_time_and_body() {
        let e = event(Audience::nobody(), None);
        let json: serde_json::Value = serde_json::from_str(Outgoing::of(&e).text.as_str()).unwrap();
        assert_eq!(json["seq"], 7);
        assert_eq!(json["at"], "1970-01-01T00:00:00Z");
        assert_eq!(json["body"]["kind"], "account_changed");
    }
}
