//! Coordination channels: create one for a unit, list mine with unread counts, open one, and
//! change its settings. A channel is a marked record: only members who pass the gate on its
//! marking ever learn it exists; to everyone else it is "not found".

use crate::api::marked::checked_marking;
use crate::auth::SignedIn;
use crate::channels::{MemberView, channel_event, open_channel};
use crate::error::{ApiError, ApiResult};
use crate::extract::{Json, Path};
use crate::state::AppState;
use axum::extract::State;
use axum::http::StatusCode;
use samanvay_core::audit::AuditAction;
use samanvay_core::channel::{
    Channel, ChannelId, MemberRole, MemberSubject, Membership, validated_name,
};
use samanvay_core::marking::{Distribution, Marking, MarkingRequest, Owner};
use samanvay_core::sharing::MembershipState;
use samanvay_core::{AgencyId, UserId};
use samanvay_store::{Change, ChannelChange, Job};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

pub fn routes() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(list_channels, create_channel))
        .routes(routes!(get_channel, change_settings))
}

/// A channel as one of its members sees it.
#[derive(Serialize, ToSchema)]
pub struct ChannelView {
    #[serde(flatten)]
    pub channel: Channel,
    /// The viewer's role: its strongest entry, by name or by unit.
    pub role: MemberRole,
    /// Messages after the viewer's read position that it may read, by others (at most 999).
    pub unread: i64,
    pub last_read_seq: i64,
}

#[derive(Serialize, ToSchema)]
pub struct ChannelList {
    pub channels: Vec<ChannelView>,
}

/// The channels the viewer is a member of now (by name or by its unit) and may read, by
/// name, with unread counts.
#[utoipa::path(get, path = "/api/v1/channels", tag = "channels", security(("session" = [])),
    responses((status = 200, body = ChannelList)))]
async fn list_channels(
    State(state): State<AppState>,
    who: SignedIn,
) -> ApiResult<Json<ChannelList>> {
    let listings = state
        .store
        .my_channels(&who.viewer, state.clock.now())
        .await?;
    let events = listings
        .iter()
        .map(|l| channel_event(&who, AuditAction::Listed, &l.channel, "my channels"))
        .collect();
    state.audit(events).await?;
    let channels = listings
        .into_iter()
        .map(|l| ChannelView {
            channel: l.channel,
            role: l.role,
            unread: l.unread,
            last_read_seq: l.last_read_seq,
        })
        .collect();
    Ok(Json(ChannelList { channels }))
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewChannel {
    /// e.g. "Outer North Delhi – Sonipat – Baghpat border".
    pub name: String,
    #[serde(default)]
    pub description: String,
    /// Caps every message: none may be classified higher or distributed wider.
    pub marking: MarkingRequest,
    /// Messages older than this leave the channel's view (1–3650 days); absent keeps them.
    pub retention_days: Option<u32>,
    /// Members besides the creator's unit, which becomes the owner.
    #[serde(default)]
    pub members: Vec<Membership>,
}

/// A channel with its members, for one of them.
#[derive(Serialize, ToSchema)]
pub struct ChannelDetail {
    #[serde(flatten)]
    pub channel: Channel,
    pub role: MemberRole,
    pub members: Vec<Membership>,
    /// The users listed by name, as their fellow members see them: "name (post)".
    pub user_names: Vec<UserName>,
}

/// A listed user's name and post.
#[derive(Serialize, ToSchema)]
pub struct UserName {
    pub id: UserId,
    pub name: String,
}

/// Creates a channel owned by the creator's agency and unit; the creator's unit is its owner.
/// Every member must belong to an agency the channel's marking reaches.
#[utoipa::path(post, path = "/api/v1/channels", tag = "channels", security(("session" = [])),
    request_body = NewChannel,
    responses((status = 201, body = ChannelDetail), (status = 422, body = crate::error::Problem)))]
async fn create_channel(
    State(state): State<AppState>,
    who: SignedIn,
    Json(request): Json<NewChannel>,
) -> ApiResult<(StatusCode, Json<ChannelDetail>)> {
    let name = validated_name(&request.name).map_err(|e| ApiError::invalid(e.to_string()))?;
    let description = request.description.trim().to_string();
    Channel::check_settings(&description, request.retention_days)
        .map_err(|e| ApiError::invalid(e.to_string()))?;
    let owner = Owner {
        agency: who.user.agency,
        unit: who.user.unit,
        user: who.user.id,
    };
    let marking = checked_marking(&state, &who, request.marking.owned_by(owner)).await?;
    let mut members = vec![Membership {
        subject: MemberSubject::Unit(who.user.unit),
        role: MemberRole::Owner,
    }];
    if request.members.len() > 500 {
        return Err(ApiError::invalid("List at most 500 members at creation."));
    }
    for entry in request.members {
        check_member(&state, &marking, &entry.subject).await?;
        members.retain(|m| m.subject != entry.subject);
        members.push(entry);
    }
    let now = state.clock.now();
    let channel = Channel {
        id: ChannelId::new(),
        name,
        description,
        marking,
        retention_days: request.retention_days,
        last_seq: 0,
        created_at: now,
    };
    let event = channel_event(&who, AuditAction::Create, &channel, &channel.name);
    let create = ChannelChange::Create {
        channel: Box::new(channel.clone()),
        members: members.clone(),
        by: who.user.id,
    };
    let job = Job::new(now).change(Change::Channel(create)).event(event);
    state.store.commit(job).await?;
    Ok((
        StatusCode::CREATED,
        Json(ChannelDetail {
            user_names: user_names(&state, &members).await?,
            channel,
            role: MemberRole::Owner,
            members,
        }),
    ))
}

/// One channel with its members, for a member.
#[utoipa::path(get, path = "/api/v1/channels/{id}", tag = "channels", security(("session" = [])),
    params(("id" = ChannelId, Path)),
    responses((status = 200, body = ChannelDetail), (status = 404, body = crate::error::Problem)))]
async fn get_channel(
    State(state): State<AppState>,
    who: SignedIn,
    Path(id): Path<ChannelId>,
) -> ApiResult<Json<ChannelDetail>> {
    let view = open_channel(&state, &who, id).await?;
    let event = channel_event(&who, AuditAction::Read, &view.channel, "opened");
    state.audit(vec![event]).await?;
    Ok(Json(detail(&state, view).await?))
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ChannelSettings {
    pub name: String,
    #[serde(default)]
    pub description: String,
    pub retention_days: Option<u32>,
}

/// Renames a channel or changes its retention. Owners only.
#[utoipa::path(put, path = "/api/v1/channels/{id}", tag = "channels", security(("session" = [])),
    params(("id" = ChannelId, Path)), request_body = ChannelSettings,
    responses((status = 200, body = ChannelDetail), (status = 403, body = crate::error::Problem)))]
async fn change_settings(
    State(state): State<AppState>,
    who: SignedIn,
    Path(id): Path<ChannelId>,
    Json(settings): Json<ChannelSettings>,
) -> ApiResult<Json<ChannelDetail>> {
    let mut view = open_channel(&state, &who, id).await?;
    view.require(MemberRole::Owner, "change its settings")?;
    let name = validated_name(&settings.name).map_err(|e| ApiError::invalid(e.to_string()))?;
    let description = settings.description.trim().to_string();
    Channel::check_settings(&description, settings.retention_days)
        .map_err(|e| ApiError::invalid(e.to_string()))?;
    let detail_text = format!(
        "settings: name {:?}, retention {:?} days",
        name, settings.retention_days
    );
    let change = ChannelChange::Settings {
        channel: id,
        name: name.clone(),
        description: description.clone(),
        retention_days: settings.retention_days,
    };
    view.channel.name = name;
    view.channel.description = description;
    view.channel.retention_days = settings.retention_days;
    let event = channel_event(&who, AuditAction::Update, &view.channel, detail_text);
    let job = Job::new(state.clock.now())
        .change(Change::Channel(change))
        .event(event);
    state.store.commit(job).await?;
    Ok(Json(detail(&state, view).await?))
}

async fn detail(state: &AppState, view: MemberView) -> ApiResult<ChannelDetail> {
    Ok(ChannelDetail {
        user_names: user_names(state, &view.members).await?,
        channel: view.channel,
        role: view.role,
        members: view.members,
    })
}

async fn user_names(state: &AppState, members: &[Membership]) -> ApiResult<Vec<UserName>> {
    let mut names = Vec::new();
    for entry in members {
        if let MemberSubject::User(user) = entry.subject
            && let Some(user) = state.store.user(user).await?
        {
            names.push(UserName {
                id: user.id,
                name: format!("{} ({})", user.display_name, user.post),
            });
        }
    }
    Ok(names)
}

/// A member must exist and belong to an agency the channel's marking reaches; otherwise it
/// could never read the channel.
pub(crate) async fn check_member(
    state: &AppState,
    marking: &Marking,
    subject: &MemberSubject,
) -> ApiResult<()> {
    let agency = match subject {
        MemberSubject::User(user) => state.store.user(*user).await?.map(|u| u.agency),
        MemberSubject::Unit(unit) => state.store.unit(*unit).await?.map(|u| u.agency),
    };
    let Some(agency) = agency else {
        return Err(ApiError::invalid("A listed member does not exist."));
    };
    let reached = match reached_agencies(state, marking).await? {
        None => true,
        Some(agencies) => agencies.contains(&agency),
    };
    if reached {
        Ok(())
    } else {
        Err(ApiError::invalid(
            "A member belongs to an agency the channel's marking does not reach; widen the \
             channel's distribution first.",
        ))
    }
}

/// The agencies whose officers may read a record with this marking: the owner's and those
/// its distribution names (a sharing group's current members); `None` for every agency.
pub(crate) async fn reached_agencies(
    state: &AppState,
    marking: &Marking,
) -> ApiResult<Option<Vec<AgencyId>>> {
    let mut agencies = vec![marking.owner.agency];
    match &marking.distribution {
        Distribution::OwnAgency => {}
        Distribution::Agencies { agencies: listed } => agencies.extend(listed.iter().copied()),
        Distribution::SharingGroup { group } => {
            if let Some(group) = state.store.sharing_group(*group).await? {
                agencies.extend(
                    group
                        .members
                        .iter()
                        .filter(|m| m.state == MembershipState::Member)
                        .map(|m| m.agency),
                );
            }
        }
        Distribution::AllAgencies => return Ok(None),
    }
    agencies.sort_unstable();
    agencies.dedup();
    Ok(Some(agencies))
}
