//! Documents: the first marked record kind, and the pattern later kinds follow. Single reads
//! pass through `Viewer::see`; lists and searches filter with the SQL form of the same rule.

use crate::codec::{from_json, from_micros, from_name, id, json, micros, name};
use crate::visibility::{
    MARKING_CHANGES, MARKING_COLUMNS, MarkingValues, full_access, index_marking, marking_from_row,
    pointer_only, viewer_binds,
};
use crate::{Store, StoreError};
use samanvay_core::document::{Document, DocumentContent, DocumentVersion};
use samanvay_core::{DocumentId, Holder, Seen, UserId, Viewer};
use sqlx::any::{Any, AnyRow};
use sqlx::{Row, Transaction};

/// A search of the library.
#[derive(Clone, Debug, Default)]
pub struct DocumentQuery {
    /// Words that must all appear in the title, in any order (case-insensitive).
    pub title: Option<String>,
    pub tag: Option<String>,
    pub limit: i64,
    pub offset: i64,
}

/// The documents a viewer may see, and pointers to those it may only know exist.
#[derive(Clone, Debug, Default)]
pub struct DocumentHit {
    pub documents: Vec<Document>,
    pub pointers: Vec<DocumentPointer>,
}

/// "Agency X holds a matching document; contact this unit."
pub type DocumentPointer = Holder;

fn document_columns() -> String {
    format!(
        "t.id, {}, t.title, t.body, t.tags, t.language, t.version, t.created_at, t.updated_at",
        MARKING_COLUMNS
            .split(", ")
            .map(|c| format!("t.{c}"))
            .collect::<Vec<_>>()
            .join(", ")
    )
}

impl Store {
    /// One document, through the policy gate.
    pub async fn document(
        &self,
        viewer: &Viewer,
        document: DocumentId,
    ) -> Result<Seen<Document>, StoreError> {
        let sql = format!(
            "SELECT {} FROM documents t WHERE t.id = $1",
            document_columns()
        );
        let row = sqlx::query(&sql)
            .bind(document.to_string())
            .fetch_optional(&self.pool)
            .await?;
        let Some(row) = row else {
            return Ok(Seen::Hidden);
        };
        let doc = document_from_row(&row)?;
        let marking = doc.marking.clone();
        Ok(viewer.see(&marking, doc))
    }

    /// The versions of a document the viewer may see, newest first: the document itself must
    /// be visible, and each version is shown only if its own marking allows it too.
    pub async fn document_versions(
        &self,
        viewer: &Viewer,
        document: DocumentId,
    ) -> Result<Seen<Vec<DocumentVersion>>, StoreError> {
        let versions = match self.document(viewer, document).await? {
            Seen::Full(_) => self.all_versions(document).await?,
            Seen::Pointer(holder) => return Ok(Seen::Pointer(holder)),
            Seen::Hidden => return Ok(Seen::Hidden),
        };
        let visible = versions
            .into_iter()
            .filter(|v| matches!(viewer.see(&v.marking, ()), Seen::Full(())))
            .collect();
        Ok(Seen::Full(visible))
    }

    async fn all_versions(&self, document: DocumentId) -> Result<Vec<DocumentVersion>, StoreError> {
        let rows = sqlx::query(
            "SELECT document_id, version, title, body, tags, language, marking, changed_by, \
             changed_at FROM document_versions WHERE document_id = $1 ORDER BY version DESC",
        )
        .bind(document.to_string())
        .fetch_all(&self.pool)
        .await?;
        rows.iter().map(version_from_row).collect()
    }

    /// Lists or searches documents, newest first, filtered by the viewer's visibility.
    pub async fn search_documents(
        &self,
        viewer: &Viewer,
        query: &DocumentQuery,
    ) -> Result<DocumentHit, StoreError> {
        let (agency, clearance) = viewer_binds(viewer);
        let (filters, values) = text_filters(query, 3);
        let page = 3 + values.len();
        let sql = format!(
            "SELECT {} FROM documents t WHERE {}{filters} \
             ORDER BY t.updated_at DESC, t.id DESC LIMIT ${page} OFFSET ${}",
            document_columns(),
            full_access("t", 1, 2),
            page + 1,
        );
        let mut select = sqlx::query(&sql).bind(&agency).bind(clearance);
        for value in &values {
            select = select.bind(value);
        }
        let rows = select
            .bind(query.limit)
            .bind(query.offset)
            .fetch_all(&self.pool)
            .await?;
        let documents = rows
            .iter()
            .map(document_from_row)
            .collect::<Result<_, _>>()?;
        let pointers = if values.is_empty() {
            Vec::new()
        } else {
            let sql = format!(
                "SELECT DISTINCT t.owner_agency, t.owner_unit FROM documents t \
                 WHERE {}{filters} LIMIT 20",
                pointer_only("t", 1, 2),
            );
            let mut select = sqlx::query(&sql).bind(&agency).bind(clearance);
            for value in &values {
                select = select.bind(value);
            }
            select
                .fetch_all(&self.pool)
                .await?
                .iter()
                .map(|r| {
                    Ok(Holder {
                        agency: id(&r.try_get::<String, _>("owner_agency")?)?,
                        unit: id(&r.try_get::<String, _>("owner_unit")?)?,
                    })
                })
                .collect::<Result<_, StoreError>>()?
        };
        Ok(DocumentHit {
            documents,
            pointers,
        })
    }
}

/// Words in the title match in any order; a search uses at most this many.
const MAX_TITLE_WORDS: usize = 8;

/// SQL conditions for the title words and tag, numbered from `$first`, and their values.
fn text_filters(query: &DocumentQuery, first: usize) -> (String, Vec<String>) {
    let words = query
        .title
        .iter()
        .flat_map(|t| t.split_whitespace())
        .take(MAX_TITLE_WORDS)
        .map(like_pattern);
    let tag = query
        .tag
        .as_deref()
        .map(|t| like_pattern(&json(&t.trim().to_lowercase())));
    let mut sql = String::new();
    let mut values = Vec::new();
    for word in words {
        sql.push_str(&format!(
            " AND t.title_folded LIKE ${} ESCAPE '\\'",
            first + values.len()
        ));
        values.push(word);
    }
    if let Some(tag) = tag {
        sql.push_str(&format!(
            " AND t.tags LIKE ${} ESCAPE '\\'",
            first + values.len()
        ));
        values.push(tag);
    }
    (sql, values)
}

/// `%text%`, lower case, with LIKE's wildcards escaped.
fn like_pattern(text: &str) -> String {
    let escaped = text
        .trim()
        .to_lowercase()
        .replace('\\', "\\\\")
        .replace('%', "\\%")
        .replace('_', "\\_");
    format!("%{escaped}%")
}

pub(crate) async fn insert(
    tx: &mut Transaction<'_, Any>,
    doc: &Document,
    by: UserId,
) -> Result<u64, StoreError> {
    let m = MarkingValues::of(&doc.marking);
    let c = &doc.content;
    m.bind_all(sqlx::query(&format!(
        "INSERT INTO documents (id, {MARKING_COLUMNS}, title, title_folded, body, tags, language, \
         version, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, \
         $12, $13, $14, $15, $16, $17, $18)"
    )).bind(doc.id.to_string()))
    .bind(&c.title)
    .bind(c.title.to_lowercase())
    .bind(&c.body)
    .bind(json(&c.tags))
    .bind(name(&c.language))
    .bind(doc.version)
    .bind(micros(doc.created_at))
    .bind(micros(doc.updated_at))
    .execute(&mut **tx)
    .await
    .map_err(StoreError::from_write)?;
    finish_write(tx, doc, by).await
}

pub(crate) async fn update(
    tx: &mut Transaction<'_, Any>,
    doc: &Document,
    by: UserId,
) -> Result<u64, StoreError> {
    let m = MarkingValues::of(&doc.marking);
    let c = &doc.content;
    let updated = m
        .bind_changeable(sqlx::query(&format!(
            "UPDATE documents SET {MARKING_CHANGES}, title = $7, title_folded = $8, \
         body = $9, tags = $10, language = $11, version = $12, updated_at = $13 \
         WHERE id = $14 AND version = $15 AND owner_agency = $16"
        )))
        .bind(&c.title)
        .bind(c.title.to_lowercase())
        .bind(&c.body)
        .bind(json(&c.tags))
        .bind(name(&c.language))
        .bind(doc.version)
        .bind(micros(doc.updated_at))
        .bind(doc.id.to_string())
        .bind(doc.version - 1)
        .bind(m.owner_agency)
        .execute(&mut **tx)
        .await
        .map_err(StoreError::from_write)?;
    if updated.rows_affected() == 0 {
        return Err(StoreError::Conflict(format!(
            "document {} is no longer at version {}",
            doc.id,
            doc.version - 1
        )));
    }
    finish_write(tx, doc, by).await
}

/// Keeps the version and the marking index that every document write carries.
async fn finish_write(
    tx: &mut Transaction<'_, Any>,
    doc: &Document,
    by: UserId,
) -> Result<u64, StoreError> {
    let c = &doc.content;
    sqlx::query(
        "INSERT INTO document_versions (document_id, version, title, body, tags, language, \
         marking, changed_by, changed_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
    )
    .bind(doc.id.to_string())
    .bind(doc.version)
    .bind(&c.title)
    .bind(&c.body)
    .bind(json(&c.tags))
    .bind(name(&c.language))
    .bind(json(&doc.marking))
    .bind(by.to_string())
    .bind(micros(doc.updated_at))
    .execute(&mut **tx)
    .await
    .map_err(StoreError::from_write)?;
    index_marking(tx, &doc.id.to_string(), &doc.marking).await?;
    Ok(1)
}

fn content_from_row(row: &AnyRow) -> Result<DocumentContent, StoreError> {
    Ok(DocumentContent {
        title: row.try_get("title")?,
        body: row.try_get("body")?,
        tags: from_json(&row.try_get::<String, _>("tags")?)?,
        language: from_name(&row.try_get::<String, _>("language")?)?,
    })
}

fn document_from_row(row: &AnyRow) -> Result<Document, StoreError> {
    Ok(Document {
        id: id(&row.try_get::<String, _>("id")?)?,
        marking: marking_from_row(row)?,
        content: content_from_row(row)?,
        version: row.try_get("version")?,
        created_at: from_micros(row.try_get("created_at")?)?,
        updated_at: from_micros(row.try_get("updated_at")?)?,
    })
}

fn version_from_row(row: &AnyRow) -> Result<DocumentVersion, StoreError> {
    Ok(DocumentVersion {
        document: id(&row.try_get::<String, _>("document_id")?)?,
        version: row.try_get("version")?,
        content: content_from_row(row)?,
        marking: from_json(&row.try_get::<String, _>("marking")?)?,
        changed_by: id(&row.try_get::<String, _>("changed_by")?)?,
        changed_at: from_micros(row.try_get("changed_at")?)?,
    })
}
