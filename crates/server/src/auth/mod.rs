//! Who is asking: passwords, sessions, and the gate that every route passes through.

pub mod access;
pub mod passwords;
pub mod session;

pub use access::{Access, AccessTable};
pub use session::SignedIn;
