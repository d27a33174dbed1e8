//! Template rendering: one minijinja environment per target language, templates embedded in the
//! binary, strict undefined, no auto-escaping — every value from the spec goes through an explicit
//! escaping filter for the context it lands in (see `escape`).

pub mod escape;

use include_dir::{include_dir, Dir};
use minijinja::{Environment, UndefinedBehavior};

use crate::naming;

/// `templates/` as it was when the binary was built.
pub static TEMPLATES: Dir<'static> = include_dir!("$CARGO_MANIFEST_DIR/templates");

#[derive(Debug, thiserror::Error)]
#[error("template error in {template}: {source:#}")]
pub struct RenderError {
    pub template: String,
    #[source]
    pub source: minijinja::Error,
}

/// Builds the environment for `lang` (`python`, `typescript`, `rust`): every `*.j2` file under
/// `templates/<lang>/` is registered under its path relative to that folder.
pub fn make_env(lang: &str) -> Result<Environment<'static>, RenderError> {
    let mut env = Environment::new();
    env.set_undefined_behavior(UndefinedBehavior::Strict);
    env.set_auto_escape_callback(|_| minijinja::AutoEscape::None);
    env.set_trim_blocks(true);
    env.set_lstrip_blocks(true);
    env.set_keep_trailing_newline(true);
    if let Some(dir) = TEMPLATES.get_dir(lang) {
        let mut stack = vec![dir];
        while let Some(d) = stack.pop() {
            for f in d.files() {
                let path = f.path().to_string_lossy().replace('\\', "/");
                if let (Some(name), Some(text)) = (path.strip_prefix(&format!("{lang}/")), f.contents_utf8()) {
                    if name.ends_with(".j2") {
                        env.add_template_owned(name.to_string(), text.to_string())
                            .map_err(|source| RenderError { template: name.to_string(), source })?;
                    }
                }
            }
            stack.extend(d.dirs());
        }
    }
    register_filters(&mut env);
    Ok(env)
}

/// Renders one template with `ctx`.
pub fn render<S: serde::Serialize>(env: &Environment<'_>, name: &str, ctx: S) -> Result<String, RenderError> {
    let tmpl = env.get_template(name).map_err(|source| RenderError { template: name.to_string(), source })?;
    tmpl.render(ctx).map_err(|source| RenderError { template: name.to_string(), source })
}

/// One file to render: its path, its template and the template's context.
pub struct Job {
    pub path: String,
    pub template: &'static str,
    pub ctx: minijinja::Value,
}

impl Job {
    pub fn new(path: impl Into<String>, template: &'static str, ctx: impl serde::Serialize) -> Job {
        Job { path: path.into(), template, ctx: minijinja::Value::from_serialize(ctx) }
    }
}

/// Renders every job, in parallel; the results come back in the order of `jobs`.
pub fn render_all(env: &Environment<'_>, jobs: Vec<Job>) -> Result<Vec<(String, String)>, RenderError> {
    use rayon::prelude::*;
    jobs.into_par_iter().map(|job| Ok((job.path, render(env, job.template, &job.ctx)?))).collect()
}

/// Files under `templates/<lang>/runtime/` that are copied as they are, with paths relative to that
/// folder, sorted.
pub fn runtime_files(lang: &str) -> Vec<(String, &'static [u8])> {
    let mut out = Vec::new();
    let prefix = format!("{lang}/runtime/");
    if let Some(dir) = TEMPLATES.get_dir(format!("{lang}/runtime")) {
        let mut stack = vec![dir];
        while let Some(d) = stack.pop() {
            for f in d.files() {
                let path = f.path().to_string_lossy().replace('\\', "/");
                if let Some(rel) = path.strip_prefix(&prefix) {
                    out.push((rel.to_string(), f.contents()));
                }
            }
            stack.extend(d.dirs());
        }
    }
    out.sort_by(|a, b| a.0.cmp(&b.0));
    out
}

/// Hash of every embedded template and runtime file, for the manifest.
pub fn templates_fingerprint() -> String {
    use sha2::{Digest, Sha256};
    let mut files = Vec::new();
    let mut stack = vec![&TEMPLATES];
    while let Some(d) = stack.pop() {
        for f in d.files() {
            files.push((f.path().to_string_lossy().replace('\\', "/"), f.contents()));
        }
        stack.extend(d.dirs());
    }
    files.sort_by(|a, b| a.0.cmp(&b.0));
    let mut h = Sha256::new();
    for (p, c) in files {
        h.update(p.as_bytes());
        h.update([0]);
        h.update(c);
        h.update([0]);
    }
    h.finalize().iter().map(|b| format!("{b:02x}")).collect()
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
pub fn behaviours_section(api: &crate::ir::Api, names: &BehaviourNames) -> Result<String, RenderError> {
    let env = make_env("common")?;
    render(&env, "behaviours.md.j2", minijinja::context! { n => names, errors => &api.errors })
}
