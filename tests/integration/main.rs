//! Integration tests of the public Rust API: one binary, table-driven.

mod adversarial;
mod extraction;
mod properties;
mod taxonomy;
