//! How domain values are stored: enums as their snake_case names, lists as JSON text, ids as
//! UUID text, times as UTC microseconds since the Unix epoch.

use crate::StoreError;
use serde::Serialize;
use serde::de::DeserializeOwned;
use std::str::FromStr;
use time::OffsetDateTime;

/// The serde name of a unit-like enum value, e.g. `Rank::SubInspector` → "sub_inspector".
pub(crate) fn name<T: Serialize>(value: &T) -> String {
    match serde_json::to_value(value) {
        Ok(serde_json::Value::String(s)) => s,
        other => panic!("not a unit enum: {other:?}"),
    }
}

pub(crate) fn from_name<T: DeserializeOwned>(name: &str) -> Result<T, StoreError> {
    serde_json::from_value(serde_json::Value::String(name.to_string()))
        .map_err(|e| StoreError::Corrupt(format!("{name:?}: {e}")))
}

pub(crate) fn json<T: Serialize>(value: &T) -> String {
    serde_json::to_string(value).expect("domain values serialize")
}

pub(crate) fn from_json<T: DeserializeOwned>(text: &str) -> Result<T, StoreError> {
    serde_json::from_str(text).map_err(|e| StoreError::Corrupt(format!("{text:?}: {e}")))
}

pub(crate) fn id<T: FromStr>(text: &str) -> Result<T, StoreError> {
    text.parse()
        .map_err(|_| StoreError::Corrupt(format!("bad id {text:?}")))
}

pub(crate) fn micros(at: OffsetDateTime) -> i64 {
    (at.unix_timestamp_nanos() / 1_000) as i64
}

pub(crate) fn from_micros(us: i64) -> Result<OffsetDateTime, StoreError> {
    OffsetDateTime::from_unix_timestamp_nanos(i128::from(us) * 1_000)
        .map_err(|e| StoreError::Corrupt(format!("time {us}: {e}")))
}
