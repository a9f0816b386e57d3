//! A calendar day, written `YYYY-MM-DD` on the wire.

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;
use std::str::FromStr;
use time::Date;
use time::macros::format_description;

/// A calendar day (a date of birth, the day a status began), without a time of day.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Day(pub Date);

const FORMAT: &[time::format_description::BorrowedFormatItem<'static>] =
    format_description!("[year]-[month]-[day]");

impl fmt::Display for Day {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let text = self.0.format(FORMAT).map_err(|_| fmt::Error)?;
        f.write_str(&text)
    }
}

impl FromStr for Day {
    type Err = time::error::Parse;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Date::parse(s.trim(), FORMAT).map(Day)
    }
}

impl Serialize for Day {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Day {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        text.parse()
            .map_err(|_| serde::de::Error::custom(format!("{text:?} is not a date (YYYY-MM-DD)")))
    }
}

impl utoipa::PartialSchema for Day {
    fn schema() -> utoipa::openapi::RefOr<utoipa::openapi::schema::Schema> {
        use utoipa::openapi::schema::{KnownFormat, ObjectBuilder, SchemaFormat, Type};
        ObjectBuilder::new()
            .schema_type(Type::String)
            .format(Some(SchemaFormat::KnownFormat(KnownFormat::Date)))
            .into()
    }
}

impl utoipa::ToSchema for Day {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_day_reads_and_writes_iso() {
        let day: Day = "1988-03-07".parse().unwrap();
        assert_eq!(day.to_string(), "1988-03-07");
        assert_eq!(serde_json::to_string(&day).unwrap(), "\"1988-03-07\"");
        assert!("07/03/1988".parse::<Day>().is_err());
    }
}
