//! The Rust target: an async crate over reqwest (rustls) and tokio.
//!
//! The view model spells every identifier, type and statement in Rust (see `rust/code.rs`), laid
//! out the way rustfmt would (see `rust/layout.rs`), so the templates only place ready-made lines;
//! the hand-written runtime (`templates/rust/runtime/`) is copied as it is.

mod code;
mod filters;
mod layout;

use std::path::PathBuf;

use serde::Serialize;

use crate::config::Config;
use crate::ir::Api;
use crate::render::{self, Job, RenderError};
use crate::write::GeneratedFile;

pub struct Rust;

/// How many models one rendering job takes (`src/models/items.rs.j2`).
const MODELS_PER_JOB: usize = 250;

/// One file (or run of models) to render.
enum Work<'a> {
    /// A run of models of a file of `src/models/`: `src/models/items.rs.j2`.
    Models(&'a [code::ModelView]),
    /// A whole-crate template and its file.
    Crate(&'static str, &'static str),
    /// `src/service.rs.j2` for one service.
    Service(&'a code::ServiceView),
}

#[derive(Serialize)]
struct ChunkCtx<'a> {
    krate: &'a code::CrateView,
    models: &'a [code::ModelView],
}

#[derive(Serialize)]
struct ServiceCtx<'a> {
    krate: &'a code::CrateView,
    service: &'a code::ServiceView,
}

impl super::Target for Rust {
    fn name(&self) -> &'static str {
        "rust"
    }

    fn generate(&self, api: &Api, config: &Config) -> Result<Vec<GeneratedFile>, RenderError> {
        let mut view = code::View::build(api, config);
        let section = render::behaviours_section(&config.templates, api, &behaviour_names(&view.krate))?;
        view.readme.behaviours = section.trim_end().to_string();
        let mut env = render::make_env(&config.templates, "rust")?;
        filters::register(&mut env);
        // Serialised into a template value once and shared by every whole-crate template.
        let ctx = minijinja::Value::from_serialize(&view);
        // Every file renders in parallel, each serialising its own context in its worker. The
        // models render in chunks (`src/models/items.rs.j2`): GitHub's description has thousands;
        // `src/models/group.rs.j2` and `models/extra.rs` then place them.
        let mut model_files: Vec<(String, &'static str, minijinja::Value, &[code::ModelView])> = view
            .model_groups
            .iter()
            .map(|g| {
                let path = format!("src/models/{}.rs", g.module);
                (path, "src/models/group.rs.j2", minijinja::context! { group => g }, &g.models.models[..])
            })
            .collect();
        if let Some(extra) = &view.extra_models {
            let ctx = minijinja::context! { extra_models => extra };
            model_files.push(("src/models/extra.rs".into(), "src/models/extra.rs.j2", ctx, &extra.models[..]));
        }
        let mut chunks_of = Vec::new();
        let mut work: Vec<Work> = Vec::new();
        for (_, _, _, models) in &model_files {
            let chunks = models.chunks(MODELS_PER_JOB);
            chunks_of.push(chunks.len());
            work.extend(chunks.map(Work::Models));
        }
        let chunk_count = work.len();
        let mut files = vec![
            ("Cargo.toml.j2", "Cargo.toml"),
            ("rustfmt.toml.j2", "rustfmt.toml"),
            ("README.md.j2", "README.md"),
            ("src/lib.rs.j2", "src/lib.rs"),
            ("src/api.rs.j2", "src/api.rs"),
            ("src/errors.rs.j2", "src/errors.rs"),
            ("src/constants.rs.j2", "src/constants.rs"),
            ("src/models.rs.j2", "src/models.rs"),
            ("src/services/mod.rs.j2", "src/services/mod.rs"),
            ("src/scopes.rs.j2", "src/scopes.rs"),
            ("tests/operations.rs.j2", "tests/operations.rs"),
            ("tests/runtime.rs.j2", "tests/runtime.rs"),
        ];
        if view.full_flow.is_some() {
            files.push(("examples/full_flow.rs.j2", "examples/full_flow.rs"));
        }
        work.extend(files.into_iter().map(|(template, path)| Work::Crate(template, path)));
        work.extend(view.services.iter().map(Work::Service));
        let mut rendered: Vec<(String, String)> = {
            use rayon::prelude::*;
            work.into_par_iter()
                .map(|w| match w {
                    Work::Models(models) => {
                        let chunk = ChunkCtx { krate: &view.krate, models };
                        Ok((String::new(), render::render(&env, "src/models/items.rs.j2", chunk)?))
                    }
                    Work::Crate(template, path) => Ok((path.to_string(), render::render(&env, template, &ctx)?)),
                    Work::Service(service) => {
                        let service_ctx = ServiceCtx { krate: &view.krate, service };
                        let path = format!("src/services/{}.rs", service.module);
                        Ok((path, render::render(&env, "src/service.rs.j2", service_ctx)?))
                    }
                })
                .collect::<Result<_, RenderError>>()?
        };
        let chunks: Vec<String> = rendered.drain(..chunk_count).map(|(_, text)| text).collect();
        let mut chunks = chunks.into_iter();
        let jobs = model_files
            .into_iter()
            .zip(&chunks_of)
            .map(|((path, template, ctx, _), n)| {
                let items = chunks.by_ref().take(*n).collect::<String>();
                Job::new(path, template, minijinja::context! { items, ..ctx })
            })
            .collect();
        rendered.extend(render::render_all(&env, jobs)?);
        let mut files: Vec<GeneratedFile> = rendered
            .into_iter()
            .map(|(path, text)| GeneratedFile { path: PathBuf::from(path), contents: text.into_bytes() })
            .collect();
        files.push(GeneratedFile {
            path: PathBuf::from("tests/examples.json"),
            contents: view.examples_json.clone().into_bytes(),
        });
        for (path, contents) in render::runtime_files(&config.templates, "rust")? {
            files.push(GeneratedFile { path: PathBuf::from(path), contents: contents.to_vec() });
        }
        files.sort_by(|a, b| a.path.cmp(&b.path));
        Ok(files)
    }
}

/// How the Rust SDK spells what the shared README behaviour section talks about.
fn behaviour_names(krate: &code::CrateView) -> render::BehaviourNames {
    let core = &krate.core;
    let error = &krate.error;
    [
        ("max_retries", "max_retries".to_string()),
        ("core_max_retries", format!("{core}::builder(url).max_retries(2)")),
        ("call_max_retries", "call.max_retries(0)".to_string()),
        ("call_idempotency_key", "call.idempotency_key(\"...\")".to_string()),
        ("core_token", format!("{core}::builder(url).token(..)")),
        ("set_token", "core.set_token(..)".to_string()),
        ("core_api_key", format!("{core}::builder(url).api_key(..)")),
        ("on_token_expired", format!("{core}::builder(url).token_refresher(|| async {{ .. }})")),
        ("next_cursor", "next_cursor".to_string()),
        ("has_more", "has_more".to_string()),
        ("list_all", "the `*_all` method, a `Paginator` that implements `futures::Stream`".to_string()),
        ("etag", "as `WithEtag<T>`: `.etag()`, and `.into_inner()` for the value".to_string()),
        ("if_match", "if_match".to_string()),
        ("current_etag", format!("{error}::current_etag()")),
        (
            "call_options",
            "set on the returned `Call` before awaiting it: `.timeout(..)`, `.header(..)`, `.idempotency_key(..)`, \
             `.max_retries(..)`, or `.options(RequestOptions)`"
                .to_string(),
        ),
        (
            "cancellation",
            "A call is a future: dropping it (for example with `tokio::time::timeout` or `tokio::select!`) cancels the request."
                .to_string(),
        ),
        (
            "raw_response",
            "`call.with_response().await`, an `ApiResponse<T>` with `data`, `status`, `headers`, `request_id()` and `etag()`,"
                .to_string(),
        ),
        ("retry_after", "retry_after()".to_string()),
        ("request_id", "request_id()".to_string()),
        ("repr", "`Debug` output".to_string()),
    ]
    .into_iter()
    .chain(
        krate
            .has_basic
            .then(|| {
                [
                    ("core_basic", format!("{core}::builder(url).basic_auth(username, password)")),
                    ("set_basic", "core.set_basic_auth(..)".to_string()),
                ]
            })
            .into_iter()
            .flatten(),
    )
    .collect()
}
