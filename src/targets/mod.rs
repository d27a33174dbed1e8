//! Target languages. A target turns the IR into files: it builds a view model (plain serialisable
//! data with every identifier and type already spelled in its language), renders its templates with
//! it, and copies its hand-written runtime.
//!
//! Adding a language: one `targets/<lang>.rs` implementing [`Target`], one `templates/<lang>/`
//! folder, one line in [`all`].

pub mod python;
pub mod rust;
pub mod typescript;

use crate::config::Config;
use crate::ir::Api;
use crate::render::RenderError;
use crate::write::GeneratedFile;

pub trait Target: Sync {
    /// Folder name under the output directory and `--lang` value: `python`.
    fn name(&self) -> &'static str;
    /// Every file of the package, with paths relative to the package folder.
    fn generate(&self, api: &Api, config: &Config) -> Result<Vec<GeneratedFile>, RenderError>;
}

/// Every target, in output order.
pub fn all() -> Vec<&'static dyn Target> {
    vec![&python::Python, &typescript::TypeScript, &rust::Rust]
}

pub fn by_name(name: &str) -> Option<&'static dyn Target> {
    all().into_iter().find(|t| t.name() == name)
}
