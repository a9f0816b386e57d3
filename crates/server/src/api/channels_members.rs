//! A channel's membership, managed by its owners: find an account by name, add a user or a
//! unit with a role, change a role, remove an entry. A change takes effect at once: the next read or live event of a
//! removed member is refused, and a unit entry follows postings. Members see read receipts.

use crate::api::channels::{check_member, reached_agencies};
use crate::auth::SignedIn;
use crate::channels::{audiences, channel_event, open_channel};
use crate::error::{ApiError, ApiResult};
use crate::extract::{Json, Path, Query};
use crate::state::AppState;
use axum::extract::State;
use axum::http::StatusCode;
use samanvay_core::audit::AuditAction;
use samanvay_core::channel::{ChannelId, MemberRole, MemberSubject, Membership};
use samanvay_core::{AgencyId, UnitId, UserId};
use samanvay_store::{CandidateSearch, Change, ChannelChange, Job};
use serde::{Deserialize, Serialize};
use time::OffsetDateTime;
use utoipa::{IntoParams, ToSchema};
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

pub fn routes() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(set_member))
        .routes(routes!(member_candidates))
        .routes(routes!(remove_user))
        .routes(routes!(remove_unit))
        .routes(routes!(read_receipts))
}

#[derive(Serialize, ToSchema)]
pub struct MemberList {
    pub members: Vec<Membership>,
}

/// Adds a member or changes its role. Owners only; the member must belong to an agency the
/// channel's marking reaches.
#[utoipa::path(put, path = "/api/v1/channels/{id}/members", tag = "channels",
    security(("session" = [])), params(("id" = ChannelId, Path)), request_body = Membership,
    responses((status = 200, body = MemberList), (status = 403, body = crate::error::Problem),
        (status = 422, body = crate::error::Problem)))]
async fn set_member(
    State(state): State<AppState>,
    who: SignedIn,
    Path(id): Path<ChannelId>,
    Json(entry): Json<Membership>,
) -> ApiResult<Json<MemberList>> {
    let view = open_channel(&state, &who, id).await?;
    view.require(MemberRole::Owner, "manage its members")?;
    check_member(&state, &view.channel.marking, &entry.subject).await?;
    let mut members = view.members.clone();
    members.retain(|m| m.subject != entry.subject);
    members.push(entry);
    keeps_an_owner(&members)?;
    // Tell the old members and the new one.
    let told = audiences(&state, &members).await?;
    let event = channel_event(
        &who,
        AuditAction::Update,
        &view.channel,
        format!("member {:?} as {}", entry.subject, entry.role.name()),
    );
    let change = ChannelChange::SetMember {
        channel: id,
        membership: entry,
        by: who.user.id,
        audiences: told,
        marking: Box::new(view.channel.marking.clone()),
    };
    let job = Job::new(state.clock.now())
        .change(Change::Channel(change))
        .event(event);
    state.store.commit(job).await?;
    Ok(Json(MemberList {
        members: state.store.channel_members(id).await?,
    }))
}

#[derive(Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
pub struct CandidateQuery {
    /// Part of a name or username, 2–50 characters.
    pub q: String,
}

/// An account an owner may add: who it is and where posted.
#[derive(Serialize, ToSchema)]
pub struct MemberCandidate {
    pub id: UserId,
    pub username: String,
    pub display_name: String,
    /// The posting as officers say it: "SHO, PS Alipur".
    pub post: String,
    pub agency: AgencyId,
    pub unit: UnitId,
}

#[derive(Serialize, ToSchema)]
pub struct MemberCandidates {
    pub candidates: Vec<MemberCandidate>,
}

/// Accounts whose name or username contains the text, among the agencies the channel's
/// marking reaches and cleared to read it: whom an owner may add. Owners only; the search is
/// audited on the channel.
#[utoipa::path(get, path = "/api/v1/channels/{id}/member-candidates", tag = "channels",
    security(("session" = [])), params(("id" = ChannelId, Path), CandidateQuery),
    responses((status = 200, body = MemberCandidates), (status = 403, body = crate::error::Problem),
        (status = 404, body = crate::error::Problem)))]
async fn member_candidates(
    State(state): State<AppState>,
    who: SignedIn,
    Path(id): Path<ChannelId>,
    Query(query): Query<CandidateQuery>,
) -> ApiResult<Json<MemberCandidates>> {
    let text = query.q.trim();
    if !(2..=50).contains(&text.chars().count()) {
        return Err(ApiError::bad_request(
            "Type 2–50 characters of a name or username.",
        ));
    }
    let view = open_channel(&state, &who, id).await?;
    view.require(MemberRole::Owner, "manage its members")?;
    let search = CandidateSearch {
        text: text.to_string(),
        agencies: reached_agencies(&state, &view.channel.marking).await?,
        cleared_for: view.channel.marking.classification,
        limit: 20,
    };
    let mut candidates = Vec::new();
    for user in state.store.channel_candidates(&search).await? {
        if let Some(user) = state.store.user(user).await? {
            candidates.push(MemberCandidate {
                id: user.id,
                username: user.username,
                display_name: user.display_name,
                post: user.post,
                agency: user.agency,
                unit: user.unit,
            });
        }
    }
    let event = channel_event(
        &who,
        AuditAction::Listed,
        &view.channel,
        format!("member search {text:?}: {} accounts", candidates.len()),
    );
    state.audit(vec![event]).await?;
    Ok(Json(MemberCandidates { candidates }))
}

/// Removes a user listed by name. Owners only (or the user leaving on its own).
#[utoipa::path(delete, path = "/api/v1/channels/{id}/members/users/{user}", tag = "channels",
    security(("session" = [])), params(("id" = ChannelId, Path), ("user" = UserId, Path)),
    responses((status = 204), (status = 403, body = crate::error::Problem),
        (status = 404, body = crate::error::Problem)))]
async fn remove_user(
    State(state): State<AppState>,
    who: SignedIn,
    Path((id, user)): Path<(ChannelId, UserId)>,
) -> ApiResult<StatusCode> {
    let leaving = user == who.user.id;
    remove(&state, &who, id, MemberSubject::User(user), leaving).await
}

/// Removes a unit: everyone posted there loses the channel at once. Owners only.
#[utoipa::path(delete, path = "/api/v1/channels/{id}/members/units/{unit}", tag = "channels",
    security(("session" = [])), params(("id" = ChannelId, Path), ("unit" = UnitId, Path)),
    responses((status = 204), (status = 403, body = crate::error::Problem),
        (status = 404, body = crate::error::Problem)))]
async fn remove_unit(
    State(state): State<AppState>,
    who: SignedIn,
    Path((id, unit)): Path<(ChannelId, UnitId)>,
) -> ApiResult<StatusCode> {
    remove(&state, &who, id, MemberSubject::Unit(unit), false).await
}

async fn remove(
    state: &AppState,
    who: &SignedIn,
    id: ChannelId,
    subject: MemberSubject,
    leaving: bool,
) -> ApiResult<StatusCode> {
    let view = open_channel(state, who, id).await?;
    if !leaving {
        view.require(MemberRole::Owner, "manage its members")?;
    }
    if !view.members.iter().any(|m| m.subject == subject) {
        return Err(ApiError::not_found());
    }
    let remaining: Vec<Membership> = view
        .members
        .iter()
        .filter(|m| m.subject != subject)
        .copied()
        .collect();
    keeps_an_owner(&remaining)?;
    // The removed member is told too, so its client drops the channel.
    let told = audiences(state, &view.members).await?;
    let event = channel_event(
        who,
        AuditAction::Update,
        &view.channel,
        format!("removed member {subject:?}"),
    );
    let change = ChannelChange::RemoveMember {
        channel: id,
        subject,
        audiences: told,
        marking: Box::new(view.channel.marking.clone()),
    };
    let job = Job::new(state.clock.now())
        .change(Change::Channel(change))
        .event(event);
    state.store.commit(job).await?;
    Ok(StatusCode::NO_CONTENT)
}

fn keeps_an_owner(members: &[Membership]) -> ApiResult<()> {
    if members.iter().any(|m| m.role == MemberRole::Owner) {
        Ok(())
    } else {
        Err(ApiError::invalid(
            "A channel needs at least one owner; name another owner first.",
        ))
    }
}

/// How far a member has read.
#[derive(Serialize, ToSchema)]
pub struct ReadReceipt {
    pub user: UserId,
    pub last_read_seq: i64,
    #[serde(with = "time::serde::rfc3339")]
    pub read_at: OffsetDateTime,
}

#[derive(Serialize, ToSchema)]
pub struct ReadReceipts {
    pub receipts: Vec<ReadReceipt>,
}

/// How far each member has read, most recent first. Members only.
#[utoipa::path(get, path = "/api/v1/channels/{id}/receipts", tag = "channels",
    security(("session" = [])), params(("id" = ChannelId, Path)),
    responses((status = 200, body = ReadReceipts), (status = 404, body = crate::error::Problem)))]
async fn read_receipts(
    State(state): State<AppState>,
    who: SignedIn,
    Path(id): Path<ChannelId>,
) -> ApiResult<Json<ReadReceipts>> {
    let view = open_channel(&state, &who, id).await?;
    let receipts = state
        .store
        .read_receipts(id)
        .await?
        .into_iter()
        .map(|(user, last_read_seq, read_at)| ReadReceipt {
            user,
            last_read_seq,
            read_at,
        })
        .collect();
    let event = channel_event(&who, AuditAction::Read, &view.channel, "read receipts");
    state.audit(vec![event]).await?;
    Ok(Json(ReadReceipts { receipts }))
}
