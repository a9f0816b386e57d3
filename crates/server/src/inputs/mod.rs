//! Inputs beyond their HTTP shape: resolving targets against the unit directory, the events
//! each write appends for live push, the escalation of overdue copies, and compliance figures.

pub mod compliance;
pub mod demo;
pub mod directory;
pub mod escalation;
pub mod events;
