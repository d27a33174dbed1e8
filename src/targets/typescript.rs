//! The TypeScript target: an npm package (`@scope/name` from the config) with a hand-written runtime
//! (`templates/typescript/runtime/`, copied to `src/runtime/`) and a thin generated surface: types,
//! errors, one class per service, scoped sub-clients, constants, the client core, per-operation
//! tests, README, package manifest.
//!
//! Code is laid out here with a port of Prettier's printer (`doc`, `emit`), so the output passes
//! `prettier --check` without running Prettier.

mod doc;
mod emit;
mod layout;
mod markdown;
mod ops;
mod package_view;
mod readme_view;
mod scopes_view;
mod service_view;
mod tests_gen;
mod types_gen;

use std::collections::{HashMap, HashSet};
use std::path::PathBuf;

use minijinja::context;
use serde::Serialize;

use crate::config::Config;
use crate::ir::{Api, SecurityKind, TypeRef};
use crate::naming;
use crate::render::{self, RenderError};
use crate::write::GeneratedFile;

pub struct TypeScript;

/// Names exported by the runtime from the package index; spec types must not take them.
const RUNTIME_EXPORTS: &[&str] = &[
    "ApiResponse",
    "CoreOptions",
    "FetchLike",
    "HttpMethod",
    "Page",
    "ParamStyle",
    "ParamStyles",
    "RequestOptions",
    "RequestSpec",
    "ResponseKind",
    "Sleeper",
    "TokenRefresher",
    "WithRawResponse",
    "Core",
    "ServiceBase",
    "ApiErrorBase",
    "ErrorInit",
];

impl super::Target for TypeScript {
    fn name(&self) -> &'static str {
        "typescript"
    }

    fn generate(&self, api: &Api, config: &Config) -> Result<Vec<GeneratedFile>, RenderError> {
        let mut env = render::make_env(&config.templates, "typescript")?;
        layout::register(&mut env);
        env.set_render_scope(layout::with_handles);
        let ctx = Ctx::new(api, config);
        let model = ops::build(&ctx);
        let mut files = Vec::new();
        let mut add = |path: &str, contents: String| {
            files.push(GeneratedFile { path: PathBuf::from(path), contents: contents.into_bytes() });
        };

        for (rel, bytes) in render::runtime_files(&config.templates, "typescript")? {
            add(&format!("src/runtime/{rel}"), String::from_utf8_lossy(&bytes).into_owned());
        }

        let package = PackageView::new(&ctx, &model)?;
        add("package.json", render::render(&env, "package.json.j2", &package)?);
        for name in [
            "tsconfig.json",
            "tsconfig.esm.json",
            "tsconfig.cjs.json",
            "tsconfig.test.json",
            ".prettierrc.json",
            ".prettierignore",
            ".gitignore",
            "scripts/cjs-package.mjs",
        ] {
            add(name, render::render(&env, &format!("{name}.j2"), &package)?);
        }
        add("LICENSE", render::render(&env, "LICENSE.j2", &package)?);
        for e in &package.entry_points {
            add(&format!("{}/package.json", e.subpath), render::render(&env, "entry/package.json.j2", context! { e })?);
        }
        add("README.md", render::render(&env, "README.md.j2", &package)?);

        // The big files (types, the operations test, one module per service) are independent:
        // built in parallel, collected in a fixed order. Types and tests are rendered in runs of
        // items (in parallel) and joined by their file's template.
        let ((types_ts, tests_ts), services) = rayon::join(
            || {
                rayon::join(
                    || {
                        let mut items = types_gen::type_blocks(&ctx);
                        types_gen::render_properties(&env, &mut items)?;
                        let blocks = render_runs(&env, "src/types.items.ts.j2", "items", &items, |t| t)?;
                        let size = blocks.iter().map(|b| b.len() + 1).sum();
                        let view = types_gen::TypesView { header: ctx.header(), blocks };
                        render_sized(&env, "src/types.ts.j2", view, size)
                    },
                    || {
                        let (mut view, ops) = tests_gen::tests_view(&ctx, &model);
                        view.tests = render_runs(&env, "test/operations.items.ts.j2", "tests", &ops, |op| {
                            tests_gen::test_view(&ctx, *op)
                        })?;
                        let size = view.tests.iter().map(|t| t.len() + 1).sum();
                        render_sized(&env, "test/operations.test.ts.j2", view, size)
                    },
                )
            },
            || {
                use rayon::prelude::*;
                model
                    .services
                    .par_iter()
                    .map(|service| {
                        let view = service_view::service_view(&ctx, &model, service);
                        Ok((
                            format!("src/services/{}.ts", service.file),
                            render::render(&env, "src/service.ts.j2", &view)?,
                        ))
                    })
                    .collect::<Result<Vec<_>, RenderError>>()
            },
        );
        add("src/types.ts", types_ts?);
        add("src/errors.ts", render::render(&env, "src/errors.ts.j2", package_view::errors_view(&ctx))?);
        add("src/constants.ts", render::render(&env, "src/constants.ts.j2", types_gen::constants_view(&ctx))?);
        add("src/client.ts", render::render(&env, "src/client.ts.j2", package_view::client_view(&ctx))?);
        for (path, text) in services? {
            add(&path, text);
        }
        if !model.scopes.is_empty() {
            add("src/scopes.ts", render::render(&env, "src/scopes.ts.j2", scopes_view::scopes_view(&ctx, &model))?);
        }
        add("src/index.ts", render::render(&env, "src/index.ts.j2", package_view::index_view(&ctx, &model))?);
        add("test/operations.test.ts", tests_ts?);
        files.sort_by(|a, b| a.path.cmp(&b.path));
        Ok(files)
    }
}

/// Renders `template` once per run of [`RUN`] consecutive items (in parallel), the views of the
/// run (`view` of each item) bound to `var`; the results in the order of `items`. A render per run
/// keeps each template state small (a render keeps every macro call's closure alive to its end),
/// and the template's imports are evaluated once per run instead of once per item (GitHub: 8,144
/// declarations, 1,223 tests). The views are built inside the render's scope, so layout documents
/// they hold reach the template by handle (see `layout::with_handles`).
fn render_runs<'a, T: Sync, V: Serialize>(
    env: &render::Env,
    template: &str,
    var: &str,
    items: &'a [T],
    view: impl Fn(&'a T) -> V + Sync,
) -> Result<Vec<String>, RenderError> {
    use rayon::prelude::*;
    items
        .par_chunks(RUN)
        .map(|run| {
            env.in_render_scope(|| {
                let views: Vec<V> = run.iter().map(&view).collect();
                render::render(env, template, std::collections::BTreeMap::from([(var, views)]))
            })
        })
        .collect()
}

/// Items per render of [`render_runs`].
const RUN: usize = 64;

/// Renders a file template into a buffer made for about `size` bytes: growing the output of a
/// multi-megabyte file step by step costs more than rendering it.
fn render_sized<S: Serialize>(env: &render::Env, template: &str, ctx: S, size: usize) -> Result<String, RenderError> {
    let ctx = minijinja::Value::from_serialize(ctx);
    let mut out = Vec::with_capacity(size + 4096);
    let rendered =
        env.get_template(template).and_then(|t| env.in_render_scope(|| t.render_captured_to(&ctx, &mut out)));
    match rendered.map(|_| ()) {
        Ok(_) => Ok(String::from_utf8(out).unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned())),
        // The same render again, for the error located as every template error is.
        Err(_) => render::render(env, template, &ctx),
    }
}

/// What every part of the target needs: the IR, the config and the TypeScript names of types.
pub(crate) struct Ctx<'a> {
    pub api: &'a Api,
    pub config: &'a Config,
    /// IR type name → TypeScript type name.
    pub type_names: HashMap<String, String>,
    /// Every name exported from the package index (values and types), to keep new names unique.
    pub taken: HashSet<String>,
}

impl<'a> Ctx<'a> {
    fn new(api: &'a Api, config: &'a Config) -> Self {
        let mut taken: HashSet<String> = RUNTIME_EXPORTS.iter().map(|s| s.to_string()).collect();
        taken.insert(ctx_core_name(config));
        taken.insert(format!("{}Options", ctx_core_name(config)));
        taken.insert(api.errors.base.clone());
        for class in &api.errors.classes {
            taken.insert(class.name.clone());
        }
        for s in &api.services {
            taken.insert(service_class(s));
        }
        for s in &api.scopes {
            taken.insert(scope_class(s));
        }
        let mut type_names = HashMap::new();
        for name in api.types.keys() {
            let mut ts = naming::type_ident(name);
            while taken.contains(&ts) {
                ts.push_str("Model");
            }
            taken.insert(ts.clone());
            type_names.insert(name.clone(), ts);
        }
        Ctx { api, config, type_names, taken }
    }

    pub fn core_name(&self) -> String {
        ctx_core_name(self.config)
    }

    pub fn header(&self) -> String {
        format!(
            "// Generated by sdkgen from {} {}. Do not edit: regenerate instead.\n",
            emit::one_line(&self.api.title),
            emit::one_line(&self.api.version)
        )
    }

    pub fn type_name(&self, ir_name: &str) -> String {
        self.type_names.get(ir_name).cloned().unwrap_or_else(|| naming::type_ident(ir_name))
    }

    /// A type reference as TypeScript.
    pub fn ty(&self, t: &TypeRef) -> String {
        match t {
            TypeRef::String { format } => {
                if *format == crate::ir::StringFormat::Binary {
                    "Blob".to_string()
                } else {
                    "string".to_string()
                }
            }
            TypeRef::Integer { .. } | TypeRef::Number { .. } => "number".to_string(),
            TypeRef::Boolean => "boolean".to_string(),
            TypeRef::Named { name } => self.type_name(name),
            TypeRef::Array { items } => {
                let inner = self.ty(items);
                if matches!(**items, TypeRef::Nullable { .. }) {
                    format!("({inner})[]")
                } else {
                    format!("{inner}[]")
                }
            }
            TypeRef::Map { values } => format!("Record<string, {}>", self.ty(values)),
            TypeRef::Any => "unknown".to_string(),
            TypeRef::Nullable { inner } => match **inner {
                TypeRef::Any => "unknown".to_string(),
                _ => format!("{} | null", self.ty(inner)),
            },
            TypeRef::Literal { value } => literal(value),
        }
    }

    /// The members of a type as a top-level union (for layout).
    pub fn ty_members(&self, t: &TypeRef) -> Vec<String> {
        match t {
            TypeRef::Nullable { inner } if !matches!(**inner, TypeRef::Any) => {
                vec![self.ty(inner), "null".to_string()]
            }
            other => vec![self.ty(other)],
        }
    }

    /// A type as a layout document, breaking where Prettier would.
    pub fn ty_doc(&self, t: &TypeRef) -> doc::Doc {
        match t {
            TypeRef::Map { values } => doc::group(doc::concat(vec![
                doc::text("Record<"),
                doc::indent(doc::concat(vec![
                    doc::Doc::Softline,
                    doc::text("string,"),
                    doc::Doc::Line,
                    self.ty_doc(values),
                ])),
                doc::Doc::Softline,
                doc::text(">"),
            ])),
            TypeRef::Array { items } if matches!(**items, TypeRef::Nullable { .. }) => doc::concat(vec![
                doc::text("("),
                doc::group(doc::concat(vec![
                    doc::indent(doc::concat(vec![doc::Doc::Softline, self.annotation_doc(items, false)])),
                    doc::Doc::Softline,
                ])),
                doc::text(")[]"),
            ]),
            TypeRef::Array { items } => doc::concat(vec![self.ty_doc(items), doc::text("[]")]),
            TypeRef::Nullable { .. } => self.annotation_doc(t, false),
            other => doc::text(self.ty(other)),
        }
    }

    /// The type of a property or parameter annotation (a top-level union, `| undefined` added
    /// when asked), laid out like Prettier: a single type reference with `null` never breaks;
    /// other unions move to the next line, then break into `| ` lines.
    pub fn annotation_doc(&self, t: &TypeRef, add_undefined: bool) -> doc::Doc {
        let mut members: Vec<(doc::Doc, MemberKind)> = Vec::new();
        match t {
            TypeRef::Nullable { inner } if !matches!(**inner, TypeRef::Any) => {
                members.push((self.ty_doc(inner), member_kind(inner)));
                members.push((doc::text("null"), MemberKind::Null));
            }
            other => members.push((self.ty_doc(other), member_kind(other))),
        }
        if add_undefined {
            members.push((doc::text("undefined"), MemberKind::Other));
        }
        if members.len() == 1 {
            return members.remove(0).0;
        }
        let refs = members.iter().filter(|(_, k)| *k == MemberKind::Reference).count();
        let others = members.iter().filter(|(_, k)| *k == MemberKind::Other).count();
        let docs: Vec<doc::Doc> = members.into_iter().map(|(d, _)| d).collect();
        if refs == 1 && others == 0 {
            return doc::join(doc::text(" | "), docs);
        }
        doc::group(doc::indent(doc::concat(vec![
            doc::Doc::Softline,
            doc::group(doc::concat(vec![
                doc::if_break(doc::text("| "), doc::text("")),
                doc::join(doc::concat(vec![doc::Doc::Line, doc::text("| ")]), docs),
            ])),
        ])))
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum MemberKind {
    /// A type reference (`Foo`, `Record<...>`): the one member Prettier hugs with `null`.
    Reference,
    Null,
    Other,
}

fn member_kind(t: &TypeRef) -> MemberKind {
    match t {
        TypeRef::Named { .. } | TypeRef::Map { .. } => MemberKind::Reference,
        TypeRef::Literal { value: serde_json::Value::Null } => MemberKind::Null,
        _ => MemberKind::Other,
    }
}

fn ctx_core_name(config: &Config) -> String {
    format!("{}Core", config.sdk_name)
}

/// A JSON value as a TypeScript literal type or expression on one line.
pub(crate) fn literal(v: &serde_json::Value) -> String {
    match v {
        serde_json::Value::String(s) => emit::str_lit(s),
        serde_json::Value::Null => "null".to_string(),
        serde_json::Value::Bool(b) => b.to_string(),
        serde_json::Value::Number(n) => n.to_string(),
        other => doc::print(&emit::json_value(other), usize::MAX / 4, 0),
    }
}

/// `<type_name>Service`: `OAuthService`, `PlatformJobsService`.
pub(crate) fn service_class(s: &crate::ir::Service) -> String {
    format!("{}Service", class_stem(&s.type_name))
}

/// `<type_name>Scope`: `TenantScope`, `OAuthScope`.
pub(crate) fn scope_class(s: &crate::ir::Scope) -> String {
    format!("{}Scope", class_stem(&s.type_name))
}

/// The IR's PascalCase name as the stem of a class name (kept as written when it is one).
pub(crate) fn class_stem(type_name: &str) -> String {
    if naming::is_pascal_identifier(type_name) {
        type_name.to_string()
    } else {
        naming::pascal(type_name)
    }
}

/// The values behind `package.json`, the tsconfigs and the README.
#[derive(Serialize)]
struct PackageView {
    package_name: String,
    version: String,
    license: String,
    description: String,
    /// The description as Markdown.
    description_md: String,
    /// The API's own description (CommonMark, from `info.description`), or empty.
    api_description: String,
    sdk_name: String,
    core: String,
    base_error: String,
    env_prefix: String,
    default_base_url: Option<String>,
    has_api_key: bool,
    has_token: bool,
    has_basic: bool,
    year_holder: String,
    user_agent: String,
    readme: readme_view::ReadmeView,
    /// The shared "Runtime behaviour" README section, with TypeScript's names.
    behaviours: String,
    /// The package's subpath entry points besides `.`: the client, then one per service.
    entry_points: Vec<EntryPoint>,
    /// The top-level folders of the entry points' `package.json` stubs (for `files`).
    stub_dirs: Vec<String>,
}

/// `<package>/<subpath>`: the module `dist/{esm,cjs}/<module>.js`, with its types beside it.
#[derive(Serialize)]
struct EntryPoint {
    subpath: String,
    module: String,
    /// `../` once per folder of `subpath`: from the stub folder back to the package root.
    up: String,
}

impl EntryPoint {
    fn new(subpath: String, module: String) -> Self {
        let up = "../".repeat(subpath.split('/').count());
        EntryPoint { subpath, module, up }
    }
}

impl PackageView {
    fn new(ctx: &Ctx<'_>, model: &ops::Model) -> Result<Self, RenderError> {
        let api = ctx.api;
        Ok(PackageView {
            package_name: ctx.config.typescript.package_name.clone(),
            version: ctx.config.typescript.version.clone(),
            license: ctx.config.license.clone(),
            description: format!("TypeScript client for the {}", emit::one_line(&api.title)),
            description_md: format!("TypeScript client for the {}", emit::md(&api.title)),
            api_description: api.description.clone().unwrap_or_default(),
            sdk_name: ctx.config.sdk_name.clone(),
            core: ctx.core_name(),
            base_error: api.errors.base.clone(),
            env_prefix: naming::screaming(&ctx.config.sdk_name),
            default_base_url: api.servers.first().map(|s| s.url.clone()),
            has_api_key: api.security_schemes.iter().any(|s| matches!(s.kind, SecurityKind::ApiKey { .. })),
            has_token: api.security_schemes.iter().any(|s| matches!(s.kind, SecurityKind::Bearer)),
            has_basic: api.security_schemes.iter().any(|s| matches!(s.kind, SecurityKind::Basic)),
            year_holder: format!("the {} authors", emit::one_line(&api.title)),
            user_agent: user_agent_name(ctx),
            readme: readme_view::readme_view(ctx, model),
            behaviours: emit::align_md_tables(
                render::behaviours_section(&ctx.config.templates, api, &behaviour_names(ctx))?.trim_end(),
            ),
            entry_points: entry_points(model),
            stub_dirs: if model.services.is_empty() {
                vec!["client".to_string()]
            } else {
                vec!["client".to_string(), "services".to_string()]
            },
        })
    }
}

/// `<package>/client` (the core) and `<package>/services/<file>` (one service class and its
/// parameter types): a bundle or a program that imports one service loads that service only.
fn entry_points(model: &ops::Model<'_>) -> Vec<EntryPoint> {
    let mut out = vec![EntryPoint::new("client".to_string(), "client".to_string())];
    for s in &model.services {
        out.push(EntryPoint::new(format!("services/{}", s.file), format!("services/{}", s.file)));
    }
    out
}

/// How TypeScript spells what the shared behaviour section talks about.
fn behaviour_names(ctx: &Ctx<'_>) -> render::BehaviourNames {
    let core = ctx.core_name();
    let pairs: Vec<(&'static str, String)> = vec![
        ("max_retries", "maxRetries".into()),
        ("core_max_retries", format!("new {core}({{ maxRetries: 2 }})")),
        ("call_max_retries", "service.method(..., { maxRetries: 0 })".into()),
        ("call_idempotency_key", "service.method(..., { idempotencyKey: '...' })".into()),
        ("core_token", format!("new {core}({{ token }})")),
        ("set_token", "core.setToken(token)".into()),
        ("core_api_key", format!("new {core}({{ apiKey }})")),
        ("on_token_expired", format!("new {core}({{ onTokenExpired: async () => newToken }})")),
        ("next_cursor", "nextCursor".into()),
        ("has_more", "hasMore".into()),
        (
            "list_all",
            "the `...All` twin of each list method, such as `listAll()`: an `AsyncIterable` for `for await`".into(),
        ),
        ("etag", "`etag` of `service.withRawResponse.get(...)`".into()),
        ("if_match", "ifMatch".into()),
        ("current_etag", "err.currentEtag".into()),
        (
            "call_options",
            "the last argument of every method: `{ timeoutMs, headers, idempotencyKey, maxRetries, signal }`".into(),
        ),
        (
            "cancellation",
            "Pass an `AbortSignal` as `signal` to cancel a call: the call rejects with the signal's reason and \
             stops retrying."
                .into(),
        ),
        (
            "raw_response",
            "`service.withRawResponse.<method>(...)`, resolving to `{ data, status, headers, requestId, etag }`,"
                .into(),
        ),
        ("retry_after", "retryAfter".into()),
        ("request_id", "requestId".into()),
        ("repr", "`console.log`, `util.inspect` or `JSON.stringify` of the core".into()),
    ];
    let mut names: render::BehaviourNames = pairs.into_iter().collect();
    if ctx.api.security_schemes.iter().any(|s| matches!(s.kind, SecurityKind::Basic)) {
        names.insert("core_basic", format!("new {core}({{ username, password }})"));
        names.insert("set_basic", "core.setBasicAuth(username, password)".into());
    }
    names
}

/// Name in the `User-Agent` header: `gatekeeper-sdk`.
pub(crate) fn user_agent_name(ctx: &Ctx<'_>) -> String {
    format!("{}-sdk", naming::snake(&ctx.config.sdk_name).replace('_', "-"))
}
