//! Integration tests of the public Rust API: one binary, table-driven.

mod extraction;
mod taxonomy;
