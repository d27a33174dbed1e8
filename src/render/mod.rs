//! Template rendering: one minijinja environment per target language, templates embedded in the
//! binary, strict undefined, no auto-escaping — every value from the spec goes through an explicit
//! escaping filter for the context it lands in (see `escape`).

pub mod escape;
pub mod templates;

use std::path::PathBuf;

use include_dir::{include_dir, Dir};
use minijinja::{Environment, UndefinedBehavior};

use crate::naming;
pub use templates::{TemplateSource, TemplateSourceError};

/// `templates/` as it was when the binary was built.
pub static TEMPLATES: Dir<'static> = include_dir!("$CARGO_MANIFEST_DIR/templates");

/// A template that failed to load, parse or render: the file it came from (the user's override
/// or `templates/<lang>/...`), the line, and minijinja's explanation.
#[derive(Debug, thiserror::Error)]
#[error("{}{}: template error: {detail}", file.display(), line.map(|l| format!(":{l}")).unwrap_or_default())]
pub struct RenderError {
    pub file: PathBuf,
    pub line: Option<usize>,
    pub detail: String,
}

impl RenderError {
    fn new(source: &TemplateSource, lang: &str, template: &str, err: minijinja::Error) -> Self {
        // The error names the template it happened in, which may be one imported by `template`.
        let name = err.name().unwrap_or(template).to_string();
        let mut detail = match err.detail() {
            Some(d) => format!("{}: {d}", err.kind()),
            None => err.kind().to_string(),
        };
        let mut cause = std::error::Error::source(&err);
        while let Some(c) = cause {
            detail.push_str(&format!(": {c}"));
            cause = c.source();
        }
        // The offending line, so the message stands alone.
        if let Some(text) = err.line().and_then(|l| source.line_of(lang, &name, l)) {
            detail.push_str(&format!("\n  {} | {}", err.line().unwrap_or_default(), text.trim_end()));
        }
        RenderError { file: source.origin_path(lang, &name), line: err.line(), detail }
    }
}

impl From<TemplateSourceError> for RenderError {
    fn from(e: TemplateSourceError) -> Self {
        RenderError { file: e.path, line: None, detail: e.message }
    }
}

/// A minijinja environment for one language, with where its templates come from (for error
/// messages). Dereferences to the environment, so a target can add its own filters.
pub struct Env {
    env: Environment<'static>,
    source: TemplateSource,
    lang: String,
    /// Runs each render (the closure given): a target whose template functions keep per-render
    /// state sets it up and drops it here (TypeScript's layout handles).
    scope: fn(&mut dyn FnMut()),
}

impl Env {
    /// Sets what runs around each render (see the field `scope`).
    pub fn set_render_scope(&mut self, scope: fn(&mut dyn FnMut())) {
        self.scope = scope;
    }

    /// Runs `f` as [`render`] runs a render (for a target that renders by other means).
    pub fn in_render_scope<R>(&self, f: impl FnOnce() -> R) -> R {
        let mut f = Some(f);
        let mut out = None;
        (self.scope)(&mut || out = f.take().map(|f| f()));
        match (out, f) {
            (Some(out), _) => out,
            // A scope that did not run its render: run it here.
            (None, Some(f)) => f(),
            (None, None) => unreachable!("the render ran but gave nothing"),
        }
    }
}

impl std::ops::Deref for Env {
    type Target = Environment<'static>;
    fn deref(&self) -> &Self::Target {
        &self.env
    }
}

impl std::ops::DerefMut for Env {
    fn deref_mut(&mut self) -> &mut Self::Target {
        &mut self.env
    }
}

/// An environment for `lang` (`python`, `typescript`, `rust`, `common`) whose templates are the
/// files under `templates/<lang>/`, by path relative to that folder, each replaced by the file of
/// the same path in the override folder if there is one. Templates load when first used.
pub fn make_env(source: &TemplateSource, lang: &str) -> Result<Env, RenderError> {
    let mut env = Environment::new();
    env.set_undefined_behavior(UndefinedBehavior::Strict);
    env.set_auto_escape_callback(|_| minijinja::AutoEscape::None);
    env.set_trim_blocks(true);
    env.set_lstrip_blocks(true);
    env.set_keep_trailing_newline(true);
    let (loader_source, loader_lang) = (source.clone(), lang.to_string());
    env.set_loader(move |name| {
        loader_source.load(&loader_lang, name).map_err(|e| {
            minijinja::Error::new(
                minijinja::ErrorKind::InvalidOperation,
                format!("{}: {}", e.path.display(), e.message),
            )
        })
    });
    register_filters(&mut env);
    Ok(Env { env, source: source.clone(), lang: lang.to_string(), scope: |render| render() })
}

/// Renders one template with `ctx`.
pub fn render<S: serde::Serialize>(env: &Env, name: &str, ctx: S) -> Result<String, RenderError> {
    let fail = |e| RenderError::new(&env.source, &env.lang, name, e);
    let template = env.get_template(name).map_err(fail)?;
    env.in_render_scope(|| template.render(ctx)).map_err(fail)
}

/// One file to render: its path, its template and the template's context.
pub struct Job<'a> {
    pub path: String,
    pub template: &'static str,
    ctx: Ctx<'a>,
}

/// A job's context: a template value, or a view turned into one when the job renders (in
/// parallel with the other jobs: serialising a large view is a good part of rendering it).
enum Ctx<'a> {
    Value(minijinja::Value),
    Lazy(Box<dyn Fn() -> minijinja::Value + Send + Sync + 'a>),
}

impl<'a> Job<'a> {
    pub fn new(path: impl Into<String>, template: &'static str, ctx: impl serde::Serialize) -> Job<'a> {
        Job { path: path.into(), template, ctx: Ctx::Value(minijinja::Value::from_serialize(ctx)) }
    }

    /// A job whose context is `ctx()`, made when the job renders.
    pub fn lazy(
        path: impl Into<String>,
        template: &'static str,
        ctx: impl Fn() -> minijinja::Value + Send + Sync + 'a,
    ) -> Job<'a> {
        Job { path: path.into(), template, ctx: Ctx::Lazy(Box::new(ctx)) }
    }
}

/// Renders every job, in parallel; the results come back in the order of `jobs`.
pub fn render_all(env: &Env, jobs: Vec<Job<'_>>) -> Result<Vec<(String, String)>, RenderError> {
    use rayon::prelude::*;
    jobs.into_par_iter()
        .map(|job| {
            let ctx = match job.ctx {
                Ctx::Value(v) => v,
                Ctx::Lazy(make) => make(),
            };
            Ok((job.path, render(env, job.template, &ctx)?))
        })
        .collect()
}

/// Files under `templates/<lang>/runtime/` (or their overrides) that are copied as they are, with
/// paths relative to that folder, sorted.
pub fn runtime_files(source: &TemplateSource, lang: &str) -> Result<Vec<(String, Vec<u8>)>, RenderError> {
    let mut names = Vec::new();
    let prefix = format!("{lang}/runtime/");
    if let Some(dir) = TEMPLATES.get_dir(format!("{lang}/runtime")) {
        let mut stack = vec![dir];
        while let Some(d) = stack.pop() {
            for f in d.files() {
                let path = f.path().to_string_lossy().replace('\\', "/");
                if let Some(rel) = path.strip_prefix(&prefix) {
                    names.push(rel.to_string());
                }
            }
            stack.extend(d.dirs());
        }
    }
    names.sort();
    let mut out = Vec::with_capacity(names.len());
    for rel in names {
        if let Some((bytes, _)) = source.load_bytes(lang, &format!("runtime/{rel}"))? {
            out.push((rel, bytes));
        }
    }
    Ok(out)
}

fn register_filters(env: &mut Environment<'static>) {
    // Escaping per context.
    env.add_filter("py_str", |s: String| escape::python_str(&s));
    env.add_filter("py_doc", |s: String, indent: Option<usize>| escape::python_doc(&s, indent.unwrap_or(0)));
    env.add_filter("py_comment", |s: String| escape::line_comment(&s));
    env.add_filter("ts_str", |s: String| escape::ts_str(&s));
    env.add_filter("ts_doc", |s: String, indent: Option<usize>| escape::ts_doc(&s, indent.unwrap_or(0)));
    env.add_filter("rust_str", |s: String| escape::rust_str(&s));
    env.add_filter("rust_doc", |s: String, indent: Option<usize>| escape::rust_doc(&s, indent.unwrap_or(0)));
    env.add_filter("md", |s: String| escape::markdown(&s));
    env.add_filter("md_block", |s: String| escape::markdown_block(&s));
    env.add_filter("toml_str", |s: String| escape::toml_str(&s));
    env.add_filter("json_str", |s: String| escape::json_str(&s));
    // Identifiers and case.
    env.add_filter("py_ident", |s: String| naming::python_ident(&s));
    env.add_filter("ts_ident", |s: String| naming::typescript_ident(&s));
    env.add_filter("rust_ident", |s: String| naming::rust_ident(&s));
    env.add_filter("type_ident", |s: String| naming::type_ident(&s));
    env.add_filter("snake", |s: String| naming::snake(&s));
    env.add_filter("camel", |s: String| naming::camel(&s));
    env.add_filter("pascal", |s: String| naming::pascal(&s));
    env.add_filter("screaming", |s: String| naming::screaming(&s));
}

/// How one language spells the names the shared behaviour section talks about.
pub type BehaviourNames = std::collections::BTreeMap<&'static str, String>;

/// The "Runtime behaviour" README section, from the one shared text in
/// `templates/common/behaviours.md.j2`, with `names` spelling options in the target language.
pub fn behaviours_section(
    source: &TemplateSource,
    api: &crate::ir::Api,
    names: &BehaviourNames,
) -> Result<String, RenderError> {
    let env = make_env(source, "common")?;
    render(&env, "behaviours.md.j2", minijinja::context! { n => names, errors => &api.errors })
}
