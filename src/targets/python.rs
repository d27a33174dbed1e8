//! The Python target: a typed package over httpx with a sync and an async flavour of every client.
//!
//! Layout of the generated package (paths relative to `generated/python/`):
//! - `pyproject.toml`, `README.md`, `LICENSE`, `src/<pkg>/py.typed`
//! - `src/<pkg>/__init__.py`: lazy exports (module `__getattr__`), so `import <pkg>` stays cheap
//!   whatever the number of operations
//! - `src/<pkg>/_runtime/`: the hand-written runtime (`templates/python/runtime/`), copied as is
//! - `src/<pkg>/_settings.py`, `_errors.py`, `_client.py`, `_constants.py`, `types.py`: the API's
//!   data for the runtime (envelope, security schemes, error table), the cores, the constants and
//!   the TypedDicts
//! - a large API (`model::Layout`): `_types/<group>.py` and `_constants/<group>.py` per service
//!   (plus `_common` and `_other`), re-exported lazily by `types.py`; the root shows the type
//!   checker only the cores, errors and runtime names
//! - `src/<pkg>/services/<service>.py`: `XService` and `AsyncXService`, rendered by one template
//! - `src/<pkg>/scopes/<scope>.py`: resource-scoped sub-clients (`TenantScope(core, id).members`)
//! - `tests/test_operations.py`: every operation called with its examples against a mock server
//!
//! Everything language-specific is computed here (identifiers, annotations, call expressions laid
//! out like `ruff format`); the templates only arrange it.

mod code;
mod filters;
mod model;

use std::path::PathBuf;

use crate::config::Config;
use crate::ir::Api;
use crate::render::{self, Job, RenderError};
use crate::write::GeneratedFile;

pub struct Python;

impl super::Target for Python {
    fn name(&self) -> &'static str {
        "python"
    }

    fn generate(&self, api: &Api, config: &Config) -> Result<Vec<GeneratedFile>, RenderError> {
        let mut view = model::build(api, config);
        view.behaviours = render::behaviours_section(&config.templates, api, &model::behaviour_names(&view))?;
        let mut env = render::make_env(&config.templates, "python")?;
        filters::register(&mut env);
        // Serialised into a template value once: every top-level template shares it (a fresh
        // serialisation per template was most of the target's time on large documents).
        let ctx = minijinja::Value::from_serialize(&view);
        let pkg = format!("src/{}", view.package);
        let mut jobs = vec![
            Job::new("pyproject.toml", "pyproject.toml.j2", &ctx),
            Job::new("README.md", "README.md.j2", &ctx),
            Job::new("LICENSE", "LICENSE.j2", &ctx),
            Job::new(format!("{pkg}/__init__.py"), "init.py.j2", &ctx),
            Job::new(format!("{pkg}/_settings.py"), "settings.py.j2", &ctx),
            Job::new(format!("{pkg}/_errors.py"), "errors.py.j2", &ctx),
            Job::new(format!("{pkg}/_client.py"), "client.py.j2", &ctx),
        ];
        for m in &view.constants_modules {
            jobs.push(Job::lazy(format!("{pkg}/{}", m.path), "constants.py.j2", move || {
                minijinja::Value::from_serialize(m)
            }));
        }
        if view.split {
            jobs.push(Job::new(
                format!("{pkg}/_constants/__init__.py"),
                "subpackage.py.j2",
                minijinja::context! { doc => "The constants, one module per group of types (see ``types.py``)." },
            ));
        }
        for m in &view.types_modules {
            jobs.push(Job::lazy(format!("{pkg}/{}", m.path), "types.py.j2", move || minijinja::context! { m => m }));
        }
        if view.types_modules.len() > 1 {
            jobs.push(Job::new(
                format!("{pkg}/_types/__init__.py"),
                "subpackage.py.j2",
                minijinja::context! { doc => "The type definitions of ``types.py``, by the service that uses them." },
            ));
        }
        jobs.push(Job::new(
            format!("{pkg}/services/__init__.py"),
            "subpackage.py.j2",
            minijinja::context! { doc => "The service clients, one module per route group." },
        ));
        for module in &view.service_modules {
            jobs.push(Job::lazy(
                format!("{pkg}/services/{}.py", module.name),
                "module.py.j2",
                move || minijinja::context! { m => module },
            ));
        }
        if !view.scope_modules.is_empty() {
            jobs.push(Job::new(
                format!("{pkg}/scopes/__init__.py"),
                "subpackage.py.j2",
                minijinja::context! { doc => "Resource-scoped sub-clients." },
            ));
        }
        for module in &view.scope_modules {
            jobs.push(Job::lazy(
                format!("{pkg}/scopes/{}.py", module.name),
                "module.py.j2",
                move || minijinja::context! { m => module },
            ));
        }
        jobs.push(Job::new("tests/test_operations.py", "test_operations.py.j2", &ctx));
        let mut files: Vec<GeneratedFile> = render::render_all(&env, jobs)?
            .into_iter()
            .map(|(path, text)| GeneratedFile { path: PathBuf::from(path), contents: text.into_bytes() })
            .collect();
        for empty in [format!("{pkg}/py.typed"), "tests/__init__.py".to_string()] {
            files.push(GeneratedFile { path: PathBuf::from(empty), contents: Vec::new() });
        }
        for (rel, bytes) in render::runtime_files(&config.templates, "python")? {
            // Only the runtime's modules: never a cache a tool left next to them.
            if !rel.ends_with(".py") || rel.split('/').any(|part| part.starts_with('.') || part == "__pycache__") {
                continue;
            }
            files
                .push(GeneratedFile { path: PathBuf::from(format!("{pkg}/_runtime/{rel}")), contents: bytes.to_vec() });
        }
        Ok(files)
    }
}
