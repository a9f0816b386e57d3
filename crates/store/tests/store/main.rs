//! Story tests for the store. Every story runs on each backend under test (SQLite always,
//! PostgreSQL unless `SAMANVAY_TEST_SKIP_POSTGRES=1`), each time on a scratch database.

mod audit_chain;
mod audit_queries;
mod channels;
mod document_search;
mod document_versions;
mod event_log;
mod group_commit;
mod inputs;
mod logins;
mod policy_table;
mod register;
mod register_import;
mod register_policy;
mod scratch;
mod sessions;
mod support;
mod two_writers;
