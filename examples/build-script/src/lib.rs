//! The Gatekeeper SDK, generated from `spec/gatekeeper.yaml` by this crate's build script.

include!(concat!(env!("OUT_DIR"), "/sdk/rust/src/lib.include.rs"));
