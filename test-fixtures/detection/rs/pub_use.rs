pub use ort::session::Session;
pub(crate) use std::fmt;
