//! What a person write or a search sets off: matching records the author may see are shown
//! with why they match; for records it may only know exist, the author sees whom to contact
//! and the holder's unit is told who matched its subject. Strong matches become "same person"
//! suggestions for analysts to decide.

use super::watchers::{self, Touch};
use crate::api::marked::{HolderView, holder_view};
use crate::auth::SignedIn;
use crate::error::{ApiError, ApiResult};
use crate::state::{AppState, event_by};
use samanvay_core::audit::{AuditAction, AuditEvent};
use samanvay_core::notification::WatchEvent;
use samanvay_core::notification::{
    HitSource, Matcher, NewNotification, NotificationBody, Recipient,
};
use samanvay_core::register::{Person, PersonPair};
use samanvay_core::{Holder, NotificationId, PersonId, Seen};
use samanvay_match::Decision;
use samanvay_store::{Change, LinkSuggestion};
use serde::Serialize;
use utoipa::ToSchema;

/// A record the author may see that may be the same person.
#[derive(Clone, Debug, Serialize, ToSchema)]
pub struct PersonMatchView {
    pub person: PersonId,
    pub name: String,
    pub agency_code: String,
    /// `match` (the same person) or `possible` (an analyst should look).
    pub decision: &'static str,
    /// 0 to 1.
    pub probability: f64,
    /// Why, in an officer's words.
    pub reasons: String,
}

/// What a person write sets off: changes to commit with it, what to show the author, and the
/// audit events for the pointers shown.
#[derive(Default)]
pub struct Correlation {
    pub changes: Vec<Change>,
    pub events: Vec<AuditEvent>,
    pub matches: Vec<PersonMatchView>,
    pub pointers: Vec<HolderView>,
}

/// A person the viewer may only know exists, matched strongly by its search or record.
pub struct Hit {
    pub person: PersonId,
    pub holder: Holder,
    pub reasons: String,
}

/// Matches a person being written against the register.
pub async fn correlate_person(
    state: &AppState,
    who: &SignedIn,
    person: &Person,
    is_new: bool,
) -> ApiResult<Correlation> {
    let found = state.matcher.matches(person);
    let ids: Vec<PersonId> = found.iter().map(|(id, _)| *id).collect();
    let seen = state.store.persons_seen(&who.viewer, &ids).await?;
    let mut correlation = Correlation::default();
    let mut hits = Vec::new();
    let mut touches = Touch::written(person, is_new);
    let mut suggestions = Vec::new();
    for ((id, matched), (_, seen)) in found.iter().zip(seen) {
        let strong = matched.decision() == Decision::Match;
        if strong && let Some(pair) = PersonPair::new(person.id, *id) {
            suggestions.push(LinkSuggestion {
                pair,
                weight: matched.weight,
                reasons: matched.explanation(),
            });
            touches.push(Touch::person(*id, WatchEvent::Matched));
        }
        match seen {
            Seen::Full(other) => correlation.matches.push(PersonMatchView {
                person: other.id,
                name: other.content.primary_name().to_string(),
                agency_code: agency_code(state, &other).await?,
                decision: if strong { "match" } else { "possible" },
                probability: matched.probability,
                reasons: matched.explanation(),
            }),
            Seen::Pointer(holder) if strong => hits.push(Hit {
                person: *id,
                holder,
                reasons: matched.explanation(),
            }),
            Seen::Pointer(_) | Seen::Hidden => {}
        }
    }
    if !suggestions.is_empty() {
        correlation
            .changes
            .push(Change::SuggestPersonLinks(suggestions));
    }
    let told = tell_holders(state, who, &hits, HitSource::Record).await?;
    correlation.changes.extend(told.changes);
    correlation.events.extend(told.events);
    correlation.pointers = told.pointers;
    touches.extend(
        hits.iter()
            .map(|h| Touch::person(h.person, WatchEvent::Hit)),
    );
    let watched = watchers::notify(state, who, person, &touches).await?;
    correlation.changes.extend(watched);
    Ok(correlation)
}

/// Tells the holders of records a search matched which the searcher may only know exist,
/// once a day per record and searching agency, and commits the notifications.
pub async fn record_hits(state: &AppState, who: &SignedIn, hits: &[Hit]) -> ApiResult<()> {
    let told = tell_holders(state, who, hits, HitSource::Search).await?;
    if told.changes.is_empty() {
        return Ok(());
    }
    let mut job = samanvay_store::Job::new(state.clock.now());
    job.changes = told.changes;
    state.store.commit(job).await?;
    Ok(())
}

/// Notifications to the holders' units, one pointer per holder for the author, and the
/// audit entries for those pointers.
pub(super) async fn tell_holders(
    state: &AppState,
    who: &SignedIn,
    hits: &[Hit],
    via: HitSource,
) -> ApiResult<Correlation> {
    let mut told = Correlation::default();
    if hits.is_empty() {
        return Ok(told);
    }
    let by = matcher(state, who).await?;
    let now = state.clock.now();
    let mut holders: Vec<Holder> = Vec::new();
    for hit in hits {
        // The holder's own record's name: it is the holder reading this.
        let person_name = state.matcher.primary_name(hit.person).unwrap_or_default();
        let once_key = (via == HitSource::Search)
            .then(|| format!("hit:{}:{}:{}", hit.person, who.user.agency, now.date()));
        told.changes
            .push(Change::InsertNotification(NewNotification {
                id: NotificationId::new(),
                recipient: Recipient::Unit(hit.holder.unit),
                body: NotificationBody::MatchedElsewhere {
                    person: hit.person,
                    person_name,
                    by: by.clone(),
                    via,
                    reasons: hit.reasons.clone(),
                },
                once_key,
                created_at: now,
            }));
        if !holders.contains(&hit.holder) {
            holders.push(hit.holder);
        }
    }
    for holder in holders {
        told.pointers.push(holder_view(state, &holder).await?);
        told.events.push(event_by(
            who,
            AuditAction::PointerShown,
            None,
            Some(holder.agency),
            "person match",
        ));
    }
    Ok(told)
}

/// The author as the holder will see it.
async fn matcher(state: &AppState, who: &SignedIn) -> ApiResult<Matcher> {
    let agency = state.store.agency(who.user.agency).await?;
    let unit = state.store.unit(who.user.unit).await?;
    let (Some(agency), Some(unit)) = (agency, unit) else {
        return Err(ApiError::internal());
    };
    Ok(Matcher {
        agency: agency.id,
        agency_code: agency.code,
        unit: unit.id,
        unit_name: unit.name,
        username: who.user.username.clone(),
    })
}

async fn agency_code(state: &AppState, person: &Person) -> ApiResult<String> {
    let agency = state.store.agency(person.marking.owner.agency).await?;
    Ok(agency.map(|a| a.code).unwrap_or_default())
}
