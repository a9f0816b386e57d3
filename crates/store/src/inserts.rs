//! Multi-row inserts for the writer's bulk paths (imports, their audit entries, matching's
//! suggestions): many rows per statement, and each statement bound while the one before it
//! runs, so the writer's two halves — binding values and the database storing them — overlap.

use sqlx::Transaction;
use sqlx::any::{Any, AnyArguments};
use sqlx::query::Query;

/// Most values bound in one PostgreSQL statement: a statement is parsed whole, and a thousand
/// binds already make parsing a small share of the work.
const MAX_BINDS: usize = 1_000;
/// Most values bound in one SQLite statement (its limit is 32,766). Positional binds parse in
/// linear time, and each statement inside a transaction costs a statement journal whose pages
/// are copied and released at its end, so fewer, larger statements write the same rows for
/// less.
const MAX_BINDS_SQLITE: usize = 16_000;

/// A value in a multi-row insert.
pub(crate) enum Value {
    Text(String),
    OptText(Option<String>),
    Int(i64),
    OptInt(Option<i64>),
    Float(f64),
}

/// `INSERT INTO {into} VALUES (…), (…), … {suffix}` in as few statements as the bind limit
/// allows. Returns the rows inserted; the caller decides what a failure means (a record's
/// duplicate is a conflict, the audit log's is not).
pub(crate) async fn insert(
    tx: &mut Transaction<'_, Any>,
    into: &str,
    rows: Vec<Vec<Value>>,
    suffix: &str,
) -> Result<u64, sqlx::Error> {
    let Some(width) = rows.first().map(Vec::len) else {
        return Ok(0);
    };
    let sqlite = tx.backend_name().eq_ignore_ascii_case("sqlite");
    let max_binds = if sqlite { MAX_BINDS_SQLITE } else { MAX_BINDS };
    let per_statement = (max_binds / width).max(1);
    let shape = Shape {
        sqlite,
        into,
        width,
        suffix,
    };
    // Every statement but the last has the same rows, so two texts serve them all (one when
    // the rows fill whole statements or only one).
    let full_rows = per_statement.min(rows.len());
    let tail_rows = rows.len() % per_statement;
    let full = shape.sql(full_rows);
    let tail = if tail_rows == 0 || tail_rows == full_rows {
        String::new()
    } else {
        shape.sql(tail_rows)
    };
    let sql = |n: usize| if n == full_rows { &full } else { &tail };

    let mut chunks = Vec::with_capacity(rows.len().div_ceil(per_statement));
    let mut rows = rows.into_iter().peekable();
    while rows.peek().is_some() {
        chunks.push(rows.by_ref().take(per_statement).collect::<Vec<_>>());
    }
    let mut chunks = chunks.into_iter();
    let mut next = chunks.next().map(|chunk| bound(sql(chunk.len()), chunk));
    let mut inserted = 0;
    while let Some(statement) = next.take() {
        let following = chunks.next();
        // The database runs this statement (SQLite on its connection's thread) while this
        // task binds the next.
        let (done, built) = tokio::join!(statement.execute(&mut **tx), async {
            following.map(|chunk| bound(sql(chunk.len()), chunk))
        });
        inserted += done?.rows_affected();
        next = built;
    }
    Ok(inserted)
}

/// What the statements of one insert share.
struct Shape<'a> {
    sqlite: bool,
    into: &'a str,
    width: usize,
    suffix: &'a str,
}

impl Shape<'_> {
    /// The statement text for `rows` rows.
    fn sql(&self, rows: usize) -> String {
        // SQLite: a statement that may abort halfway keeps a statement journal (every page it
        // touches copied first) so that it can undo itself alone. `OR FAIL` stops at a bad row
        // without undoing the rows before it; the writer undoes the whole job instead (its
        // transaction, or its savepoint when other jobs share the commit), so no row of a
        // failed batch is kept either way.
        let verb = if self.sqlite {
            "INSERT OR FAIL INTO "
        } else {
            "INSERT INTO "
        };
        let mut sql = String::with_capacity(self.into.len() + rows * self.width * 6 + 32);
        sql.push_str(verb);
        sql.push_str(self.into);
        sql.push_str(" VALUES ");
        let mut place = 0;
        for r in 0..rows {
            sql.push_str(if r == 0 { "(" } else { ", (" });
            for c in 0..self.width {
                if c > 0 {
                    sql.push_str(", ");
                }
                place += 1;
                // SQLite looks a numbered parameter up by scanning every name in the
                // statement, once per bind; anonymous ones it binds by position. PostgreSQL
                // wants them numbered.
                if self.sqlite {
                    sql.push('?');
                } else {
                    sql.push('$');
                    sql.push_str(&place.to_string());
                }
            }
            sql.push(')');
        }
        sql.push(' ');
        sql.push_str(self.suffix);
        sql
    }
}

/// A statement with a chunk's values bound.
fn bound(sql: &str, chunk: Vec<Vec<Value>>) -> Query<'_, Any, AnyArguments<'_>> {
    let mut statement = sqlx::query(sql);
    for value in chunk.into_iter().flatten() {
        statement = match value {
            Value::Text(text) => statement.bind(text),
            Value::OptText(text) => statement.bind(text),
            Value::Int(n) => statement.bind(n),
            Value::OptInt(n) => statement.bind(n),
            Value::Float(x) => statement.bind(x),
        };
    }
    statement
}
