//! Files carried by a message. The bytes are stored once, content-addressed, by the same
//! upload inputs use; a message names them by digest and keeps what a reader needs to choose
//! whether to open one (name, type, size) so the history page needs no second read.

use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

/// The most files one message carries (a few photos of a naka, a scanned FIR).
pub const MAX_MESSAGE_ATTACHMENTS: usize = 10;

/// A file attached to a message, described as it was when uploaded.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct MessageAttachment {
    /// Lower-case hex SHA-256 of the content: `GET /api/v1/attachments/{digest}` fetches it.
    pub digest: String,
    /// The file name the uploader gave.
    pub name: String,
    /// The media type the content was checked to be, e.g. `image/jpeg`.
    pub media_type: String,
    /// Bytes.
    pub size: i64,
}

/// Why a message's list of attachments was refused.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum AttachmentListError {
    #[error("A message carries at most 10 files.")]
    TooMany,
    #[error("{0:?} is not an attachment: name a file by the SHA-256 its upload returned.")]
    NotADigest(String),
    #[error("The same file is attached twice.")]
    Repeated,
}

/// The digests in lower case, checked and in the order given.
pub fn validated_digests(digests: &[String]) -> Result<Vec<String>, AttachmentListError> {
    if digests.len() > MAX_MESSAGE_ATTACHMENTS {
        return Err(AttachmentListError::TooMany);
    }
    let mut checked: Vec<String> = Vec::with_capacity(digests.len());
    for digest in digests {
        let lower = digest.trim().to_ascii_lowercase();
        if lower.len() != 64 || !lower.chars().all(|c| c.is_ascii_hexdigit()) {
            return Err(AttachmentListError::NotADigest(digest.clone()));
        }
        if checked.contains(&lower) {
            return Err(AttachmentListError::Repeated);
        }
        checked.push(lower);
    }
    Ok(checked)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn digests_are_checked_and_lowered() {
        let a = "AB".repeat(32);
        assert_eq!(
            validated_digests(std::slice::from_ref(&a)).unwrap(),
            vec!["ab".repeat(32)]
        );
        assert_eq!(
            validated_digests(&[a.clone(), a.to_lowercase()]),
            Err(AttachmentListError::Repeated)
        );
        assert!(matches!(
            validated_digests(&["../etc/passwd".into()]),
            Err(AttachmentListError::NotADigest(_))
        ));
        let many: Vec<String> = (0..11).map(|i| format!("{i:064x}")).collect();
        assert_eq!(validated_digests(&many), Err(AttachmentListError::TooMany));
    }
}
