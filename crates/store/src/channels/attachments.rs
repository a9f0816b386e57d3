//! Which files a viewer may fetch because a message carries them: only while the viewer may
//! read that message — a member of its channel now, through the gate on the channel's and the
//! message's markings, the message neither deleted nor past the channel's retention.

use super::search::readable_here;
use crate::codec::micros;
use crate::visibility::viewer_binds;
use crate::{Store, StoreError};
use samanvay_core::Viewer;
use time::OffsetDateTime;

impl Store {
    /// Whether some message carrying the file is one the viewer may read now.
    pub async fn message_attachment_readable(
        &self,
        viewer: &Viewer,
        digest: &str,
        now: OffsetDateTime,
    ) -> Result<bool, StoreError> {
        let sql = format!(
            "SELECT 1 AS found FROM attachment_uses u \
             JOIN channel_messages m ON m.id = u.record_id \
             JOIN channels c ON c.id = m.channel_id \
             WHERE u.digest = $6 AND {} LIMIT 1",
            readable_here()
        );
        let (agency, clearance) = viewer_binds(viewer);
        let row = sqlx::query(&sql)
            .bind(agency)
            .bind(clearance)
            .bind(viewer.user.to_string())
            .bind(viewer.unit.to_string())
            .bind(micros(now))
            .bind(digest)
            .fetch_optional(&self.pool)
            .await?;
        Ok(row.is_some())
    }
}
