//! sdkgen: OpenAPI document → intermediate model → Rust, Python and TypeScript SDKs.
//!
//! The pipeline, one module per stage (data flows one way):
//! `load` (bytes → openapiv3 document) → `resolve` ($ref lookups) → `lower` (document → `ir`) →
//! `targets` (IR → view model → `render`ed templates) → `write` (files → output directory).
//!
//! As a library (for example from a `build.rs`), use the [`Generator`] builder (module [`api`]):
//!
//! ```no_run
//! use sdkgen::{Generator, Lang};
//!
//! # fn main() -> Result<(), sdkgen::Error> {
//! let report = Generator::new("spec/gatekeeper.yaml").languages(&[Lang::Rust]).out_dir("sdk").generate()?;
//! assert!(report.up_to_date || !report.written.is_empty() || report.unchanged > 0);
//! # Ok(())
//! # }
//! ```
//! `diff` compares the IR of two versions of a spec (or of the spec and `.sdkgen/api.json`) and
//! judges each change per SDK.

pub mod api;
pub mod config;
pub mod diagnostics;
pub mod diff;
pub mod ir;
pub mod load;
pub mod lower;
pub mod naming;
pub mod pipeline;
pub mod render;
pub mod resolve;
pub mod targets;
pub mod write;

pub use api::{Checked, Error, Generator, Lang, Report};
pub use pipeline::{generate, GenerateOptions, Generated};
