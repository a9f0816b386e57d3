//! Configuration: built-in defaults, then a TOML file, then `SAMANVAY_*` environment variables
//! (nested keys joined by `__`, e.g. `SAMANVAY_SESSIONS__IDLE_TIMEOUT_MINUTES=15`), then flags.

use figment::Figment;
use figment::providers::{Env, Format, Serialized, Toml};
use serde::{Deserialize, Serialize};
use std::net::SocketAddr;
use std::path::{Path, PathBuf};

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Config {
    /// Address and port the HTTP server listens on.
    pub listen: SocketAddr,
    /// Where Samanvay keeps its embedded database and files.
    pub data_dir: PathBuf,
    /// `sqlite://…` or `postgres://…`; empty means the SQLite file in the data directory.
    pub database_url: String,
    /// The address users reach Samanvay at; an `https://` address turns on Secure cookies.
    pub public_url: String,
    pub sessions: SessionConfig,
    pub lockout: LockoutConfig,
    pub inputs: InputsConfig,
    /// Largest request body accepted, in bytes.
    pub max_body_bytes: usize,
    /// Log filter (`info`, `samanvay_server=debug`, …) and format (`text` or `json`).
    pub log_level: String,
    pub log_format: LogFormat,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct SessionConfig {
    /// A session not used for this long ends.
    pub idle_timeout_minutes: u64,
    /// A session ends this long after login, however active.
    pub absolute_lifetime_hours: u64,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct LockoutConfig {
    /// Consecutive failed logins that lock an account…
    pub max_failures: i64,
    /// …when they fall within this many minutes.
    pub window_minutes: u64,
    /// Unlock by itself after this many minutes; 0 means only an agency admin can unlock.
    pub auto_unlock_minutes: u64,
}

/// Intelligence inputs: acknowledgement deadlines, how often overdue copies are looked for,
/// and the largest attachment.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct InputsConfig {
    pub deadlines: samanvay_core::input::Deadlines,
    /// Seconds between two looks for escalations that are due.
    pub escalation_check_seconds: u64,
    /// Largest attached file, in bytes.
    pub max_attachment_bytes: usize,
}

impl Default for InputsConfig {
    fn default() -> Self {
        InputsConfig {
            deadlines: samanvay_core::input::Deadlines::default(),
            escalation_check_seconds: 5,
            max_attachment_bytes: 10 * 1024 * 1024,
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum LogFormat {
    Text,
    Json,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            listen: SocketAddr::from(([127, 0, 0, 1], 8080)),
            data_dir: PathBuf::from("./samanvay-data"),
            database_url: String::new(),
            public_url: String::new(),
            sessions: SessionConfig::default(),
            lockout: LockoutConfig::default(),
            inputs: InputsConfig::default(),
            max_body_bytes: 1024 * 1024,
            log_level: "info".into(),
            log_format: LogFormat::Text,
        }
    }
}

impl Default for SessionConfig {
    fn default() -> Self {
        SessionConfig {
            idle_timeout_minutes: 30,
            absolute_lifetime_hours: 12,
        }
    }
}

impl Default for LockoutConfig {
    fn default() -> Self {
        LockoutConfig {
            max_failures: 5,
            window_minutes: 15,
            auto_unlock_minutes: 0,
        }
    }
}

/// The documented default configuration, printed by `samanvay config example`.
pub const EXAMPLE: &str = include_str!("config-example.toml");

#[derive(Debug, thiserror::Error)]
#[error("configuration: {0}")]
pub struct ConfigError(#[from] Box<figment::Error>);

impl Config {
    /// Defaults, then the file (if given), then the environment, then `overrides` (flags).
    pub fn load(file: Option<&Path>, overrides: &impl Serialize) -> Result<Config, ConfigError> {
        let mut figment = Figment::from(Serialized::defaults(Config::default()));
        if let Some(file) = file {
            figment = figment.merge(Toml::file_exact(file));
        }
        figment
            .merge(Env::prefixed("SAMANVAY_").split("__").filter(is_config_key))
            .merge(Serialized::defaults(overrides))
            .extract()
            .map_err(|e| ConfigError(Box::new(e)))
    }

    /// The database URL in effect.
    pub fn database_url(&self) -> String {
        if self.database_url.is_empty() {
            format!("sqlite://{}", self.data_dir.join("samanvay.db").display())
        } else {
            self.database_url.clone()
        }
    }

    pub fn secure_cookies(&self) -> bool {
        self.public_url.starts_with("https://")
    }
}

/// Other `SAMANVAY_*` variables (the log filter, test settings) are not configuration.
fn is_config_key(key: &figment::value::UncasedStr) -> bool {
    const SECTIONS: [&str; 10] = [
        "listen",
        "data_dir",
        "database_url",
        "public_url",
        "sessions",
        "lockout",
        "inputs",
        "max_body_bytes",
        "log_level",
        "log_format",
    ];
    let first = key.as_str().split('.').next().unwrap_or_default();
    SECTIONS.iter().any(|s| s.eq_ignore_ascii_case(first))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_example_is_the_default() {
        let example: Config = toml::from_str(EXAMPLE).expect("example parses");
        assert_eq!(example, Config::default());
    }
}
