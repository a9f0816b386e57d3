//! Attachments: the description of each stored file and which records use it. The bytes live
//! in the data directory under their digest; who may fetch them follows the records.

use crate::codec::{from_micros, id};
use crate::visibility::{full_access, viewer_binds};
use crate::{Store, StoreError};
use samanvay_core::{UserId, Viewer};
use sqlx::Row;
use time::OffsetDateTime;

/// A stored file's description.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AttachmentRecord {
    /// Lower-case hex SHA-256 of the bytes.
    pub digest: String,
    /// The media type the content was checked to be, e.g. `application/pdf`.
    pub media_type: String,
    pub size: i64,
    /// The file name the uploader gave.
    pub name: String,
    pub uploaded_by: UserId,
    pub uploaded_at: OffsetDateTime,
}

impl Store {
    pub async fn attachment(&self, digest: &str) -> Result<Option<AttachmentRecord>, StoreError> {
        let row = sqlx::query(
            "SELECT digest, media_type, size, name, uploaded_by, uploaded_at FROM attachments \
             WHERE digest = $1",
        )
        .bind(digest)
        .fetch_optional(&self.pool)
        .await?;
        row.map(|row| {
            Ok(AttachmentRecord {
                digest: row.try_get("digest")?,
                media_type: row.try_get("media_type")?,
                size: row.try_get("size")?,
                name: row.try_get("name")?,
                uploaded_by: id(&row.try_get::<String, _>("uploaded_by")?)?,
                uploaded_at: from_micros(row.try_get("uploaded_at")?)?,
            })
        })
        .transpose()
    }

    /// Whether the viewer may fetch the file: it uploaded it, or it may fully read an input
    /// that carries it.
    pub async fn attachment_readable(
        &self,
        viewer: &Viewer,
        digest: &str,
    ) -> Result<bool, StoreError> {
        let (agency, clearance) = viewer_binds(viewer);
        let sql = format!(
            "SELECT 1 AS found FROM attachments a WHERE a.digest = $3 AND (a.uploaded_by = $4 \
             OR EXISTS (SELECT 1 FROM attachment_uses u JOIN inputs t ON t.id = u.record_id \
             WHERE u.digest = a.digest AND {}))",
            full_access("t", 1, 2)
        );
        let row = sqlx::query(&sql)
            .bind(agency)
            .bind(clearance)
            .bind(digest)
            .bind(viewer.user.to_string())
            .fetch_optional(&self.pool)
            .await?;
        Ok(row.is_some())
    }

    /// Of these digests, the ones not stored, or stored by someone else than `user` and used
    /// by no record `viewer` may read (an issuer attaches only files it may see).
    pub async fn attachments_unusable(
        &self,
        viewer: &Viewer,
        digests: &[String],
    ) -> Result<Vec<String>, StoreError> {
        let mut missing = Vec::new();
        for digest in digests {
            if !self.attachment_readable(viewer, digest).await? {
                missing.push(digest.clone());
            }
        }
        Ok(missing)
    }
}
