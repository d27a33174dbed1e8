//! The Rust target: an async crate over reqwest (rustls) and tokio.
//!
//! The view model spells every identifier, type and statement in Rust (see `rust/code.rs`), laid
//! out the way rustfmt would (see `rust/layout.rs`), so the templates only place ready-made lines;
//! the hand-written runtime (`templates/rust/runtime/`) is copied as it is.

mod code;
mod layout;

use std::path::PathBuf;

use serde::Serialize;

use crate::config::Config;
use crate::ir::Api;
use crate::render::{self, RenderError};
use crate::write::GeneratedFile;

pub struct Rust;

impl super::Target for Rust {
    fn name(&self) -> &'static str {
        "rust"
    }

    fn generate(&self, api: &Api, config: &Config) -> Result<Vec<GeneratedFile>, RenderError> {
        let view = code::View::build(api, config);
        let env = render::make_env("rust")?;
        let mut files = Vec::new();
        let mut add = |path: String, text: String| {
            files.push(GeneratedFile { path: PathBuf::from(path), contents: text.into_bytes() });
        };
        for (template, path) in [
            ("Cargo.toml.j2", "Cargo.toml"),
            ("README.md.j2", "README.md"),
            ("src/lib.rs.j2", "src/lib.rs"),
            ("src/api.rs.j2", "src/api.rs"),
            ("src/errors.rs.j2", "src/errors.rs"),
            ("src/models.rs.j2", "src/models.rs"),
            ("src/constants.rs.j2", "src/constants.rs"),
            ("src/services/mod.rs.j2", "src/services/mod.rs"),
            ("src/scopes.rs.j2", "src/scopes.rs"),
            ("tests/operations.rs.j2", "tests/operations.rs"),
            ("tests/runtime.rs.j2", "tests/runtime.rs"),
        ] {
            add(path.to_string(), render::render(&env, template, &view)?);
        }
        add("tests/examples.json".to_string(), view.examples_json.clone());
        if view.full_flow.is_some() {
            add("examples/full_flow.rs".to_string(), render::render(&env, "examples/full_flow.rs.j2", &view)?);
        }
        for service in &view.services {
            #[derive(Serialize)]
            struct ServiceCtx<'a> {
                krate: &'a code::CrateView,
                service: &'a code::ServiceView,
            }
            let ctx = ServiceCtx { krate: &view.krate, service };
            add(format!("src/services/{}.rs", service.module), render::render(&env, "src/service.rs.j2", ctx)?);
        }
        for (path, contents) in render::runtime_files("rust") {
            files.push(GeneratedFile { path: PathBuf::from(path), contents: contents.to_vec() });
        }
        files.sort_by(|a, b| a.path.cmp(&b.path));
        Ok(files)
    }
}
