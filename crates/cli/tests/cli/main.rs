//! Stories of the `samanvay` binary itself: it is started as a real process, spoken to over
//! HTTP, stopped with SIGTERM or killed with SIGKILL, and its data checked afterwards.

mod agency_create;
mod audit_tamper;
mod config_example;
mod crash_durability;
mod register_exchange;
mod support;
