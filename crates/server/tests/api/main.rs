//! Stories of the Samanvay HTTP API: each starts the real server on an ephemeral port over a
//! scratch database with the demo world, on every backend under test (SQLite always,
//! PostgreSQL unless `SAMANVAY_TEST_SKIP_POSTGRES=1`), and speaks HTTP to it.

mod audit;
mod bad_input;
mod channels;
mod channels_attachments;
mod channels_candidates;
mod channels_discussions;
mod channels_live;
mod channels_names;
mod deny_by_default;
mod documents;
mod inputs;
mod inputs_attachments;
mod inputs_escalation;
mod inputs_observers;
mod inputs_push;
mod inputs_targeting;
mod lockout;
mod login;
mod matching;
mod policy;
mod push;
mod register;
mod register_exchange;
mod register_search;
mod session_timeouts;
mod sharing;
mod support;
mod units;
mod user_admin;
