//! What every marked record kind's routes share: the pointer shown instead of a record the
//! viewer may not read, and the check of a marking an author gives.

use crate::auth::SignedIn;
use crate::error::{ApiError, ApiResult};
use crate::state::{AppState, event_by};
use samanvay_core::audit::{AuditAction, AuditEvent};
use samanvay_core::marking::Distribution;
use samanvay_core::{Holder, Marking, Seen};
use serde::Serialize;
use utoipa::ToSchema;

/// A record the viewer may not read, held by another agency: whom to contact.
#[derive(Serialize, ToSchema)]
pub struct HolderView {
    pub agency: String,
    pub agency_code: String,
    pub contact_unit: String,
}

/// The agency and unit to contact about a record the viewer may only know exists.
pub async fn holder_view(state: &AppState, holder: &Holder) -> ApiResult<HolderView> {
    let agency = state.store.agency(holder.agency).await?;
    let unit = state.store.unit(holder.unit).await?;
    let (Some(agency), Some(unit)) = (agency, unit) else {
        return Err(ApiError::internal());
    };
    Ok(HolderView {
        agency: agency.name,
        agency_code: agency.code,
        contact_unit: unit.name,
    })
}

/// The 403 that names the holder, after its audit entry is durable.
pub async fn pointer_refusal(
    state: &AppState,
    who: &SignedIn,
    holder: &Holder,
    kind: &str,
) -> ApiError {
    let view = match holder_view(state, holder).await {
        Ok(view) => view,
        Err(err) => return err,
    };
    let event = event_by(
        who,
        AuditAction::PointerShown,
        None,
        Some(holder.agency),
        kind,
    );
    if let Err(err) = state.audit(vec![event]).await {
        return err;
    }
    ApiError::held_elsewhere(&view.agency, &view.contact_unit)
}

/// Answers with what the gate let through: the record, once the audit event `read` makes of it
/// is durable; the holder to contact (403); or "not found", as for a record that never was.
pub async fn pass_gate<T>(
    state: &AppState,
    who: &SignedIn,
    seen: Seen<T>,
    kind: &str,
    read: impl FnOnce(&T) -> Option<AuditEvent>,
) -> ApiResult<T> {
    match seen {
        Seen::Full(record) => {
            if let Some(event) = read(&record) {
                state.audit(vec![event]).await?;
            }
            Ok(record)
        }
        Seen::Pointer(holder) => Err(pointer_refusal(state, who, &holder, kind).await),
        Seen::Hidden => Err(ApiError::not_found()),
    }
}

/// A marking the author may give: no higher than the author's clearance, listed agencies that
/// exist, and a sharing group the author's agency belongs to.
pub async fn checked_marking(
    state: &AppState,
    who: &SignedIn,
    marking: Marking,
) -> ApiResult<Marking> {
    if marking.classification > who.user.clearance {
        return Err(ApiError::invalid(
            "You cannot mark a record above your own clearance.",
        ));
    }
    match &marking.distribution {
        Distribution::Agencies { agencies } => {
            if agencies.is_empty() {
                return Err(ApiError::invalid("List at least one agency to share with."));
            }
            for agency in agencies {
                if state.store.agency(*agency).await?.is_none() {
                    return Err(ApiError::invalid(format!("There is no agency {agency}.")));
                }
            }
        }
        Distribution::SharingGroup { group } => {
            if !who.viewer.groups.contains(group) {
                return Err(ApiError::invalid(
                    "Your agency is not a member of that sharing group.",
                ));
            }
        }
        Distribution::OwnAgency | Distribution::AllAgencies => {}
    }
    let bad_handling = |h: &String| h.trim().is_empty() || h.len() > 500;
    if marking.handling.iter().any(bad_handling) || marking.handling.len() > 10 {
        return Err(ApiError::invalid(
            "Handling conditions: at most 10, each 1–500 characters.",
        ));
    }
    Ok(marking)
}
