//! The Rust view model: every identifier, type, signature and statement of the generated crate,
//! already laid out as rustfmt would lay it out.

use std::collections::{BTreeMap, BTreeSet, HashSet};

use serde::Serialize;
use serde_json::Value;

use super::layout;
use crate::config::Config;
use crate::ir::*;
use crate::naming::{self, NameSet};
use crate::render::escape;

/// Names the runtime exports at the crate root (the generated names must not take them).
const RUNTIME_NAMES: &[&str] = &[
    "ApiRequest",
    "ApiResponse",
    "Call",
    "RawCall",
    "WithEtag",
    "Page",
    "Paginator",
    "Fields",
    "RequestOptions",
    "ResponseKind",
    "Method",
    "ErrorKind",
    "Core",
    "CoreBuilder",
    "Value",
    "Serialize",
    "Deserialize",
];

#[derive(Debug, Serialize)]
pub struct View {
    pub krate: CrateView,
    pub doc: String,
    pub envelope: Option<EnvelopeView>,
    pub schemes: Vec<SchemeView>,
    pub errors: ErrorsView,
    pub models: ModelsView,
    /// `models/extra.rs`: the types no operation uses, behind the `all-models` feature.
    pub extra_models: Option<ModelsView>,
    pub constants: Vec<ConstantView>,
    pub constant_uses: Vec<String>,
    pub services: Vec<ServiceView>,
    pub scopes: ScopesView,
    pub lib_uses: Vec<String>,
    pub services_mod: Vec<String>,
    pub tests: TestsView,
    #[serde(skip)]
    pub examples_json: String,
    pub full_flow: Option<FullFlowView>,
    pub readme: ReadmeView,
    /// A string enum of the default models, for the forward-compatibility test.
    pub enum_case: Option<EnumCase>,
}

#[derive(Debug, Serialize)]
pub struct EnumCase {
    pub ty: String,
    pub variant: String,
    /// A known value, as a Rust string literal.
    pub known: String,
}

#[derive(Debug, Serialize)]
pub struct CrateView {
    pub name: String,
    /// The API's own description (CommonMark, from `info.description`), or empty.
    pub api_description: String,
    pub lib: String,
    pub version: String,
    pub license: String,
    pub description: String,
    pub title: String,
    pub sdk: String,
    pub core: String,
    pub error: String,
    pub env_prefix: String,
    pub base_url: String,
    /// The API has an HTTP Basic scheme: `basic_auth(..)` and its variables are documented.
    pub has_basic: bool,
}

#[derive(Debug, Serialize)]
pub struct EnvelopeView {
    pub ok: String,
    pub data: String,
    pub error: String,
    pub code: String,
    pub message: String,
    pub details: String,
}

#[derive(Debug, Serialize)]
pub struct SchemeView {
    pub key: String,
    pub kind: String,
}

#[derive(Debug, Serialize)]
pub struct ErrorsView {
    pub kinds: Vec<KindView>,
    pub code_arms: Vec<String>,
    pub status_arms: Vec<String>,
    pub parent_arms: Vec<String>,
    pub connection: String,
    pub timeout: String,
    pub unexpected: String,
    /// Rows of the generated runtime tests: `(status, code, variant)`.
    pub status_cases: Vec<String>,
    pub code_cases: Vec<String>,
    pub bad_gateway: Option<String>,
    pub rate_limit: Option<String>,
}

#[derive(Debug, Serialize)]
pub struct KindView {
    pub variant: String,
    pub name: String,
    pub doc: String,
}

#[derive(Debug, Serialize)]
pub struct ModelsView {
    pub uses: Vec<String>,
    pub items: Vec<Vec<String>>,
}

#[derive(Debug, Serialize)]
pub struct ConstantView {
    pub name: String,
    pub lines: Vec<String>,
}

#[derive(Debug, Serialize)]
pub struct ServiceView {
    pub module: String,
    pub name: String,
    pub doc: String,
    pub uses: Vec<String>,
    pub fields: Vec<String>,
    pub init: Vec<String>,
    pub items: Vec<Vec<String>>,
    pub params: Vec<Vec<String>>,
    pub exports: Vec<String>,
    pub example: Vec<String>,
    pub methods: Vec<String>,
}

#[derive(Debug, Serialize)]
pub struct ScopesView {
    pub uses: Vec<String>,
    pub items: Vec<Vec<String>>,
    pub exports: Vec<String>,
}

#[derive(Debug, Serialize)]
pub struct TestsView {
    pub uses: Vec<String>,
    pub items: Vec<Vec<String>>,
    /// Some test reads an input value from `examples.json`.
    pub uses_examples: bool,
}

#[derive(Debug, Serialize)]
pub struct FullFlowView {
    pub signup: String,
    pub tenants: String,
    pub keys: String,
    pub usage: String,
}

#[derive(Debug, Serialize)]
pub struct ReadmeView {
    pub scopes: Vec<String>,
    /// The first service, for the usage examples: its struct and a variable name for it.
    pub example: Option<ExampleService>,
    /// The shared "Runtime behaviour" section, spelled for Rust (set by the target).
    pub behaviours: String,
    /// Whether the API wraps results in an envelope.
    pub envelope: bool,
}

#[derive(Debug, Serialize)]
pub struct ExampleService {
    pub name: String,
    pub var: String,
}

/// Type spelling and recursion checks.
pub struct Types<'a> {
    api: &'a Api,
    /// The Rust name of every IR type.
    names: BTreeMap<String, String>,
}

impl<'a> Types<'a> {
    /// Names every type: its PascalCase IR name, or `<Name>Model` when that would be shadowed by a
    /// name the generated modules import (`Call`, `Serialize`, the core...).
    fn new(api: &'a Api, reserved: &[&str]) -> Self {
        let mut set = NameSet::new();
        set.reserve(reserved.iter().copied());
        let mut names = BTreeMap::new();
        for name in api.types.keys() {
            let plain = type_name(name);
            let rust = if set.contains(&plain) {
                set.claim_pascal(&format!("{plain}Model"))
            } else {
                set.claim_pascal(&plain)
            };
            names.insert(name.clone(), rust);
        }
        Types { api, names }
    }

    /// The Rust name of the IR type `name`.
    pub fn name(&self, name: &str) -> String {
        self.names.get(name).cloned().unwrap_or_else(|| type_name(name))
    }

    pub fn ty(&self, t: &TypeRef) -> String {
        match t {
            TypeRef::String { format: StringFormat::Binary } => "Vec<u8>".into(),
            TypeRef::String { .. } => "String".into(),
            TypeRef::Integer { format: IntegerFormat::Int32 } => "i32".into(),
            TypeRef::Integer { .. } => "i64".into(),
            TypeRef::Number { .. } => "f64".into(),
            TypeRef::Boolean => "bool".into(),
            TypeRef::Named { name } => self.name(name),
            TypeRef::Array { items } => format!("Vec<{}>", self.ty(items)),
            TypeRef::Map { values } => format!("BTreeMap<String, {}>", self.ty(values)),
            TypeRef::Any => "Value".into(),
            TypeRef::Nullable { inner } => format!("Option<{}>", self.ty(inner)),
            TypeRef::Literal { value } => match value {
                Value::String(_) => "String".into(),
                Value::Bool(_) => "bool".into(),
                Value::Number(n) if n.is_i64() || n.is_u64() => "i64".into(),
                Value::Number(_) => "f64".into(),
                _ => "Value".into(),
            },
        }
    }

    /// `ty`, with a `Box` where the type contains `owner` without indirection.
    fn field_ty(&self, t: &TypeRef, owner: &str) -> String {
        match t {
            TypeRef::Nullable { inner } => format!("Option<{}>", self.field_ty(inner, owner)),
            TypeRef::Named { name } if self.reaches(name, owner, &mut HashSet::new()) => {
                format!("Box<{}>", self.ty(t))
            }
            _ => self.ty(t),
        }
    }

    fn direct(t: &TypeRef) -> Option<&str> {
        match t {
            TypeRef::Named { name } => Some(name),
            TypeRef::Nullable { inner } => Self::direct(inner),
            _ => None,
        }
    }

    fn reaches(&self, from: &str, target: &str, seen: &mut HashSet<String>) -> bool {
        if from == target {
            return true;
        }
        if !seen.insert(from.to_string()) {
            return false;
        }
        let Some(def) = self.api.types.get(from) else { return false };
        let next: Vec<&TypeRef> = match &def.kind {
            TypeKind::Object(o) => o.properties.iter().map(|p| &p.type_).collect(),
            TypeKind::Union(u) => u.variants.iter().map(|v| &v.type_).collect(),
            TypeKind::Alias { target } => vec![target],
            TypeKind::Enum(_) => vec![],
        };
        next.into_iter().filter_map(Self::direct).any(|n| self.reaches(n, target, seen))
    }

    /// Whether the spelled type is `Copy` (so a copy needs no `.clone()`).
    fn is_copy(&self, t: &TypeRef) -> bool {
        self.is_copy_at(t, 0)
    }

    fn is_copy_at(&self, t: &TypeRef, depth: usize) -> bool {
        match t {
            TypeRef::Integer { .. } | TypeRef::Number { .. } | TypeRef::Boolean => true,
            TypeRef::Literal { value } => matches!(value, Value::Bool(_) | Value::Number(_)),
            TypeRef::Nullable { inner } => self.is_copy_at(inner, depth),
            TypeRef::Named { name } if depth < 16 => match self.api.types.get(name).map(|d| &d.kind) {
                Some(TypeKind::Enum(e)) => e.repr == EnumRepr::Integer,
                Some(TypeKind::Alias { target }) => self.is_copy_at(target, depth + 1),
                _ => false,
            },
            _ => false,
        }
    }

    fn is_str(t: &TypeRef) -> bool {
        matches!(t, TypeRef::String { format } if *format != StringFormat::Binary)
    }

    fn uses_value(&self, t: &TypeRef) -> bool {
        match t {
            TypeRef::Any => true,
            TypeRef::Literal { value } => !matches!(value, Value::String(_) | Value::Bool(_) | Value::Number(_)),
            TypeRef::Array { items } => self.uses_value(items),
            TypeRef::Map { values } => self.uses_value(values),
            TypeRef::Nullable { inner } => self.uses_value(inner),
            _ => false,
        }
    }

    fn uses_map(t: &TypeRef) -> bool {
        match t {
            TypeRef::Map { .. } => true,
            TypeRef::Array { items } => Self::uses_map(items),
            TypeRef::Nullable { inner } => Self::uses_map(inner),
            _ => false,
        }
    }

    fn uses_model(t: &TypeRef) -> bool {
        match t {
            TypeRef::Named { .. } => true,
            TypeRef::Array { items } => Self::uses_model(items),
            TypeRef::Map { values } => Self::uses_model(values),
            TypeRef::Nullable { inner } => Self::uses_model(inner),
            _ => false,
        }
    }

    /// The imports spelling `t` needs.
    fn needs(&self, t: &TypeRef) -> Needs {
        Needs { value: self.uses_value(t), map: Self::uses_map(t), models: Self::uses_model(t) }
    }

    /// A JSON value of type `t` for tests and examples, when the spec gives none.
    fn sample(&self, t: &TypeRef, depth: usize) -> Value {
        match t {
            TypeRef::String { format } => Value::String(
                match format {
                    StringFormat::DateTime => "2026-01-01T00:00:00Z",
                    StringFormat::Date => "2026-01-01",
                    StringFormat::Uuid => "00000000-0000-4000-8000-000000000000",
                    StringFormat::Email => "user@example.com",
                    StringFormat::Uri => "https://example.com",
                    _ => "string",
                }
                .to_string(),
            ),
            TypeRef::Integer { .. } => Value::from(1),
            TypeRef::Number { .. } => Value::from(1.0),
            TypeRef::Boolean => Value::Bool(true),
            TypeRef::Array { items } if depth < 4 => Value::Array(vec![self.sample(items, depth + 1)]),
            TypeRef::Array { .. } => Value::Array(vec![]),
            TypeRef::Map { .. } | TypeRef::Any => Value::Object(Default::default()),
            TypeRef::Nullable { inner } => self.sample(inner, depth),
            TypeRef::Literal { value } => value.clone(),
            TypeRef::Named { name } => {
                let Some(def) = self.api.types.get(name) else { return Value::Null };
                match &def.kind {
                    TypeKind::Enum(e) => e.values.first().map(|v| v.value.clone()).unwrap_or(Value::Null),
                    TypeKind::Alias { target } => self.sample(target, depth),
                    TypeKind::Union(u) => {
                        u.variants.first().map(|v| self.sample(&v.type_, depth + 1)).unwrap_or(Value::Null)
                    }
                    TypeKind::Object(o) => {
                        let mut map = serde_json::Map::new();
                        if depth < 4 {
                            for p in o.properties.iter().filter(|p| p.required && !p.read_only) {
                                let v = p.example.clone().unwrap_or_else(|| self.sample(&p.type_, depth + 1));
                                map.insert(p.wire_name.clone(), v);
                            }
                        }
                        Value::Object(map)
                    }
                }
            }
        }
    }
}

/// [`layout::signature`], allowing clippy's `too_many_arguments` where the API's required inputs
/// make more than seven parameters (they are positional by design, in the order of the spec).
fn signature(indent: usize, head: &str, params: &[String], ret: &str) -> Vec<String> {
    let mut lines = Vec::new();
    if params.len() > 7 {
        lines.push(format!("{}#[allow(clippy::too_many_arguments)]", " ".repeat(indent)));
    }
    lines.extend(layout::signature(indent, head, params, ret));
    lines
}

/// The Rust name of an IR type. IR type names are unique under `naming::collision_key`, which
/// ignores underscores, so dropping the `_` that shortening puts before a hash keeps them distinct
/// and makes them UpperCamelCase.
fn type_name(name: &str) -> String {
    camel_ident(&naming::type_ident(name))
}

/// A PascalCase candidate without underscores (shortened names carry `_<hash>`).
fn camel_ident(name: &str) -> String {
    name.replace('_', "")
}

fn doc(text: &str, indent: usize) -> String {
    indent_list_continuations(&escape::rust_doc(text, indent))
}

/// Indents the lines that continue a Markdown list item up to the item's text, as rustdoc (and
/// clippy's `doc_lazy_continuation`) expect; the rendering is the same.
fn indent_list_continuations(doc: &str) -> String {
    let mut out = Vec::new();
    let mut item_indent: Option<usize> = None;
    let mut in_fence = false;
    for line in doc.lines() {
        let Some((prefix, text)) = line.split_once("///") else {
            out.push(line.to_string());
            continue;
        };
        let text = text.strip_prefix(' ').unwrap_or(text);
        if text.starts_with("```") {
            in_fence = !in_fence;
            item_indent = None;
        }
        if in_fence || text.starts_with("```") {
            out.push(line.to_string());
            continue;
        }
        if text.trim().is_empty() || text.starts_with('#') {
            item_indent = None;
            out.push(line.to_string());
        } else if let Some(width) = list_marker_width(text) {
            item_indent = Some(width);
            out.push(line.to_string());
        } else if let Some(width) = item_indent.filter(|w| text.len() - text.trim_start().len() < *w) {
            out.push(format!("{prefix}/// {}{}", " ".repeat(width), text.trim_start()));
        } else {
            out.push(line.to_string());
        }
    }
    out.join("\n")
}

/// The width of a list item's marker and the space after it (`- `, `12. `), if `text` starts one.
fn list_marker_width(text: &str) -> Option<usize> {
    let digits = text.chars().take_while(|c| c.is_ascii_digit()).count();
    let marker = if digits == 0 {
        text.chars().next().filter(|c| matches!(c, '-' | '*' | '+')).map(|_| 1)?
    } else if digits <= 9 && matches!(text[digits..].chars().next(), Some('.' | ')')) {
        digits + 1
    } else {
        return None;
    };
    let spaces = text[marker..].chars().take_while(|c| *c == ' ').count();
    ((1..=4).contains(&spaces) && text.len() > marker + spaces).then_some(marker + spaces)
}

fn push_doc(lines: &mut Vec<String>, text: Option<&str>, indent: usize) {
    if let Some(text) = text {
        let d = doc(text, indent);
        if !d.is_empty() {
            lines.extend(d.lines().map(str::to_string));
        }
    }
}

fn lit(s: &str) -> String {
    escape::rust_str(s)
}

/// A discriminator value as the runtime's `discriminator()` spells it.
fn tag_text(tag: &Value) -> String {
    match tag {
        Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

/// serde's `rename_all = "camelCase"` for a field name.
fn serde_camel(field: &str) -> String {
    let mut pascal = String::new();
    let mut capitalize = true;
    for ch in field.chars() {
        if ch == '_' {
            capitalize = true;
        } else if capitalize {
            pascal.push(ch.to_ascii_uppercase());
            capitalize = false;
        } else {
            pascal.push(ch);
        }
    }
    let mut chars = pascal.chars();
    match chars.next() {
        Some(first) => first.to_ascii_lowercase().to_string() + chars.as_str(),
        None => pascal,
    }
}

fn variant_ident(name: &str, set: &mut NameSet) -> String {
    let mut p = camel_ident(&naming::pascal(name));
    if naming::RUST_RESERVED.contains(&p.as_str()) {
        p.push_str("Value");
    }
    set.claim_pascal(&p)
}

/// `{lhs} &[items];` laid out as rustfmt does: one line, the array alone on the next line, packed
/// short items, or one item per line.
fn array_lines(indent: usize, lhs: &str, items: &[String]) -> Vec<String> {
    let pad = " ".repeat(indent);
    let joined = items.join(", ");
    let narrow = joined.chars().count() <= 60;
    let one = format!("{pad}{lhs} &[{joined}];");
    if items.is_empty() || (narrow && one.chars().count() <= layout::MAX_WIDTH) {
        return vec![one];
    }
    let next = format!("{pad}    &[{joined}];");
    if narrow && next.chars().count() <= layout::MAX_WIDTH {
        return vec![format!("{pad}{lhs}"), next];
    }
    let mut lines = vec![format!("{pad}{lhs} &[")];
    let short = items.iter().all(|i| i.chars().count() <= 10);
    if short {
        let mut line = format!("{pad}   ");
        for item in items {
            if line.chars().count() + item.chars().count() + 2 > layout::MAX_WIDTH {
                lines.push(line);
                line = format!("{pad}   ");
            }
            line.push(' ');
            line.push_str(item);
            line.push(',');
        }
        lines.push(line);
    } else {
        for item in items {
            lines.push(format!("{pad}    {item},"));
        }
    }
    lines.push(format!("{pad}];"));
    lines
}

impl View {
    pub fn build(api: &Api, config: &Config) -> View {
        let core_name = format!("{}Core", api.sdk_name);
        let builder_name = format!("{core_name}Builder");
        let mut reserved: Vec<&str> = RUNTIME_NAMES.to_vec();
        reserved.extend([
            "Deserializer",
            "BTreeMap",
            core_name.as_str(),
            builder_name.as_str(),
            api.errors.base.as_str(),
        ]);
        let types = Types::new(api, &reserved);
        let lib = config.rust.crate_name.replace('-', "_");
        let krate = CrateView {
            name: config.rust.crate_name.clone(),
            api_description: api.description.clone().unwrap_or_default(),
            lib,
            version: config.version.clone(),
            license: config.license.clone(),
            description: format!("Typed async Rust client for the {} API", api.title.trim()),
            title: api.title.clone(),
            sdk: api.sdk_name.clone(),
            core: format!("{}Core", api.sdk_name),
            error: api.errors.base.clone(),
            env_prefix: naming::screaming(&api.sdk_name),
            base_url: api.servers.first().map(|s| s.url.clone()).unwrap_or_else(|| "https://api.example.com".into()),
            has_basic: api.security_schemes.iter().any(|s| matches!(s.kind, SecurityKind::Basic)),
        };
        let envelope = api.envelope.as_ref().map(|e| EnvelopeView {
            ok: lit(&e.ok_field),
            data: lit(&e.data_field),
            error: lit(&e.error_field),
            code: lit(&e.code_field),
            message: lit(&e.message_field),
            details: e.details_field.as_deref().map(|d| format!("Some({})", lit(d))).unwrap_or_else(|| "None".into()),
        });
        let schemes = api
            .security_schemes
            .iter()
            .filter_map(|s| {
                let kind = match &s.kind {
                    SecurityKind::Bearer => "SchemeKind::Bearer".to_string(),
                    SecurityKind::Basic => "SchemeKind::Basic".to_string(),
                    SecurityKind::ApiKey { location: ParamLocation::Header, param } => {
                        format!("SchemeKind::ApiKeyHeader({})", lit(param))
                    }
                    SecurityKind::ApiKey { location: ParamLocation::Query, param } => {
                        format!("SchemeKind::ApiKeyQuery({})", lit(param))
                    }
                    SecurityKind::ApiKey { location: ParamLocation::Cookie, param } => {
                        format!("SchemeKind::ApiKeyCookie({})", lit(param))
                    }
                    SecurityKind::ApiKey { .. } => return None,
                };
                Some(SchemeView { key: lit(&s.key), kind })
            })
            .collect();
        let errors = build_errors(api);

        // Top-level names: models, services, scopes, params structs and the runtime's exports.
        let mut top = NameSet::new();
        top.reserve(RUNTIME_NAMES.iter().copied());
        top.reserve([krate.core.as_str(), krate.error.as_str()]);
        for name in api.types.keys() {
            top.reserve([types.name(name).as_str()]);
        }
        let service_names: BTreeMap<String, String> = api
            .services
            .iter()
            .map(|s| (s.name.clone(), top.claim_pascal(&camel_ident(&format!("{}Service", s.type_name)))))
            .collect();
        let scope_names: BTreeMap<String, String> = api
            .scopes
            .iter()
            .map(|s| (s.name.clone(), top.claim_pascal(&camel_ident(&format!("{}Scope", s.type_name)))))
            .collect();

        // Schemas no operation uses (webhook payloads, error bodies, envelopes) are behind the
        // `all-models` feature: GitHub's description has thousands, which would otherwise
        // dominate the crate's compile time and memory.
        let used = used_types(api);
        let enum_case = api.types.values().filter(|d| used.contains(&d.name)).find_map(|d| {
            let TypeKind::Enum(e) = &d.kind else { return None };
            if e.repr != EnumRepr::String {
                return None;
            }
            let (v, variant) = enum_idents(e).into_iter().next()?;
            let known = v.value.as_str()?;
            (known != "a-value-from-the-future").then(|| EnumCase {
                ty: types.name(&d.name),
                variant,
                known: lit(known),
            })
        });
        // The models and the operations do not depend on each other: built in parallel.
        let ((models, extra_models), (services, ops, scopes)) = rayon::join(
            || {
                rayon::join(
                    || build_models(api, &types, &|n| used.contains(n), None),
                    || {
                        (api.types.len() > used.len())
                            .then(|| build_models(api, &types, &|n| !used.contains(n), Some(&used)))
                    },
                )
            },
            || {
                let mut ops = OpIndex::default();
                let mut services = Vec::new();
                let mut module_names = NameSet::new();
                module_names.reserve(["mod"]);
                for service in &api.services {
                    let name = service_names[&service.name].clone();
                    let module = module_names.claim_snake(&naming::rust_ident(&service.name));
                    services.push(build_service(
                        api,
                        &types,
                        service,
                        &name,
                        &module,
                        &mut top,
                        &mut ops,
                        &scope_names,
                    ));
                }
                let scopes = build_scopes(api, &types, &ops, &service_names, &scope_names, &mut top);
                (services, ops, scopes)
            },
        );
        let (constants, constant_uses) = build_constants(api, &types);
        let (tests, examples_json) = build_tests(api, &types, &ops, &service_names, &krate);
        let full_flow = build_full_flow(api, &ops);
        let mut lib_exports: Vec<(String, Vec<String>)> = vec![
            ("call".into(), vec!["ApiResponse".into(), "Call".into(), "RawCall".into(), "WithEtag".into()]),
            ("client".into(), vec![format!("Core as {}", krate.core), format!("CoreBuilder as {}Builder", krate.core)]),
            ("error".into(), vec![format!("Error as {}", krate.error)]),
            ("errors".into(), vec!["ErrorKind".into()]),
            ("pagination".into(), vec!["Page".into(), "Paginator".into()]),
            (
                "request".into(),
                vec!["ApiRequest".into(), "Fields".into(), "RequestOptions".into(), "ResponseKind".into()],
            ),
            ("reqwest".into(), vec!["Method".into()]),
        ];
        let service_exports: Vec<String> = services.iter().flat_map(|s| s.exports.clone()).collect();
        lib_exports.push(("services".into(), service_exports));
        lib_exports.push(("scopes".into(), scopes.exports.clone()));
        lib_exports.push(("constants".into(), constants.iter().map(|c| c.name.clone()).collect()));
        let lib_uses = layout::uses_vis(
            "pub ",
            &lib_exports
                .iter()
                .map(|(p, n)| (p.as_str(), n.iter().map(String::as_str).collect::<Vec<_>>()))
                .collect::<Vec<_>>(),
        );
        let mut mods: Vec<String> = services.iter().map(|s| format!("mod {};", s.module)).collect();
        mods.sort();
        let reexports: Vec<(String, Vec<String>)> =
            services.iter().map(|s| (s.module.clone(), s.exports.clone())).collect();
        let services_mod: Vec<String> = mods
            .into_iter()
            .chain([String::new()])
            .chain(layout::uses_vis(
                "pub ",
                &reexports
                    .iter()
                    .map(|(p, n)| (p.as_str(), n.iter().map(String::as_str).collect()))
                    .collect::<Vec<_>>(),
            ))
            .collect();
        let readme = ReadmeView {
            scopes: api
                .scopes
                .iter()
                .map(|s| format!("`{}` ({})", scope_names[&s.name], escape::markdown(&s.path_prefix)))
                .collect(),
            example: services.first().map(|s| ExampleService { name: s.name.clone(), var: s.module.clone() }),
            behaviours: String::new(),
            envelope: api.envelope.is_some(),
        };
        let doc_text = api.description.clone().unwrap_or_else(|| format!("Client for the {} API.", api.title));
        View {
            doc: doc(&doc_text, 0)
                .lines()
                .map(|l| l.strip_prefix("///").map(|rest| format!("//!{rest}")).unwrap_or_else(|| l.to_string()))
                .collect::<Vec<_>>()
                .join("\n"),
            krate,
            envelope,
            schemes,
            errors,
            models,
            extra_models,
            constants,
            constant_uses,
            services,
            scopes,
            lib_uses,
            services_mod,
            tests,
            examples_json,
            full_flow,
            readme,
            enum_case,
        }
    }
}

fn build_errors(api: &Api) -> ErrorsView {
    let mut set = NameSet::new();
    set.reserve(["InvalidRequest", "InvalidResponse"]);
    let mut variants: BTreeMap<String, String> = BTreeMap::new();
    let mut kinds = Vec::new();
    for class in &api.errors.classes {
        let stem = class.name.strip_suffix("Error").filter(|s| !s.is_empty()).unwrap_or(&class.name);
        let variant = set.claim_pascal(&camel_ident(&naming::pascal(stem)));
        variants.insert(class.name.clone(), variant.clone());
        kinds.push(KindView { variant, name: class.name.clone(), doc: doc(&class.doc, 4) });
    }
    let find =
        |kind: ErrorClassKind| api.errors.classes.iter().find(|c| c.kind == kind).map(|c| variants[&c.name].clone());
    let unexpected = find(ErrorClassKind::UnexpectedStatus).unwrap_or_else(|| "InvalidResponse".into());
    let connection = find(ErrorClassKind::Connection).unwrap_or_else(|| "InvalidRequest".into());
    let timeout = find(ErrorClassKind::Timeout).unwrap_or_else(|| connection.clone());
    let code_arms = api
        .errors
        .codes
        .iter()
        .filter_map(|c| variants.get(&c.class).map(|v| (c, v)))
        .flat_map(|(c, v)| layout::match_arm(12, &lit(&c.code), &format!("Some(Self::{v})")))
        .collect();
    let mut status_arms = Vec::new();
    let mut status_cases = Vec::new();
    let mut taken = BTreeSet::new();
    let status_classes = api.errors.classes.iter().filter(|c| c.kind == ErrorClassKind::Status);
    for class in status_classes.clone() {
        let statuses: Vec<u16> = class.statuses.iter().copied().filter(|s| taken.insert(*s)).collect();
        if !statuses.is_empty() {
            let pattern = statuses.iter().map(u16::to_string).collect::<Vec<_>>().join(" | ");
            status_arms.extend(layout::match_arm(12, &pattern, &format!("Self::{}", variants[&class.name])));
            for s in &statuses {
                status_cases.push(format!("({s}, ErrorKind::{}),", variants[&class.name]));
            }
        }
    }
    for class in status_classes {
        if let Some(c) = class.status_class.filter(|c| (1..=9).contains(c)) {
            // The statuses of the class no exact arm took, as disjoint ranges.
            let mut parts: Vec<String> = Vec::new();
            let mut start: Option<u16> = None;
            for s in c * 100..=c * 100 + 100 {
                let free = s < c * 100 + 100 && !taken.contains(&s);
                match (free, start) {
                    (true, None) => start = Some(s),
                    (false, Some(b)) => {
                        parts.push(if b == s - 1 { b.to_string() } else { format!("{b}..={}", s - 1) });
                        start = None;
                    }
                    _ => {}
                }
            }
            if parts.is_empty() {
                continue;
            }
            let pattern = parts.join(" | ");
            status_arms.extend(layout::match_arm(12, &pattern, &format!("Self::{}", variants[&class.name])));
            let probe = (c * 100..c * 100 + 100).find(|s| !taken.contains(s));
            if let Some(s) = probe {
                status_cases.push(format!("({s}, ErrorKind::{}),", variants[&class.name]));
            }
        }
    }
    status_cases.push(format!("(418, ErrorKind::{unexpected}),"));
    let parent_arms = api
        .errors
        .classes
        .iter()
        .filter(|c| c.parent != api.errors.base)
        .filter_map(|c| Some((variants.get(&c.name)?, variants.get(&c.parent)?)))
        .flat_map(|(v, p)| layout::match_arm(12, &format!("Self::{v}"), &format!("Some(Self::{p})")))
        .collect();
    let code_cases = api
        .errors
        .codes
        .iter()
        .filter_map(|c| {
            let v = variants.get(&c.class)?;
            let status = c.status.unwrap_or(400);
            Some(format!("({status}, {}, ErrorKind::{v}),", lit(&c.code)))
        })
        .collect();
    let by_status = |s: u16| {
        api.errors
            .classes
            .iter()
            .find(|c| c.kind == ErrorClassKind::Status && c.statuses.contains(&s))
            .map(|c| variants[&c.name].clone())
    };
    ErrorsView {
        kinds,
        code_arms,
        status_arms,
        parent_arms,
        connection,
        timeout,
        unexpected,
        status_cases,
        code_cases,
        bad_gateway: by_status(502),
        rate_limit: by_status(429),
    }
}

/// The IR types every operation, scope and constant needs, with everything they refer to.
fn used_types(api: &Api) -> BTreeSet<String> {
    let mut roots = BTreeSet::new();
    for service in &api.services {
        for d in &service.defaults {
            named_refs(&d.type_, &mut roots);
        }
        for op in &service.operations {
            for input in &op.inputs {
                named_refs(&input.type_, &mut roots);
            }
            if let Some(body) = &op.body {
                named_refs(&body.type_, &mut roots);
            }
            if let Some(t) = &op.response.type_ {
                named_refs(t, &mut roots);
            }
            if let Some(p) = &op.pagination {
                named_refs(&p.item_type, &mut roots);
            }
        }
    }
    for scope in &api.scopes {
        for p in scope_params(scope) {
            named_refs(&p.type_, &mut roots);
        }
    }
    roots.extend(api.constants.iter().map(|c| c.type_name.clone()));
    let mut used = BTreeSet::new();
    let mut stack: Vec<String> = roots.into_iter().collect();
    while let Some(name) = stack.pop() {
        let Some(def) = api.types.get(&name) else { continue };
        if used.insert(name) {
            stack.extend(def_refs(def));
        }
    }
    used
}

/// The named types `t` mentions.
fn named_refs(t: &TypeRef, out: &mut BTreeSet<String>) {
    match t {
        TypeRef::Named { name } => {
            out.insert(name.clone());
        }
        TypeRef::Array { items } => named_refs(items, out),
        TypeRef::Map { values } => named_refs(values, out),
        TypeRef::Nullable { inner } => named_refs(inner, out),
        _ => {}
    }
}

/// The named types a definition mentions.
fn def_refs(def: &TypeDef) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    match &def.kind {
        TypeKind::Object(o) => {
            for p in &o.properties {
                named_refs(&p.type_, &mut out);
            }
            if let Some(extra) = &o.additional_properties {
                named_refs(extra, &mut out);
            }
        }
        TypeKind::Union(u) => {
            for v in &u.variants {
                named_refs(&v.type_, &mut out);
            }
        }
        TypeKind::Alias { target } => named_refs(target, &mut out),
        TypeKind::Enum(_) => {}
    }
    out
}

/// The models of the types `include` selects. `outside`: the types of the enclosing `models`
/// module, imported from `super` where a selected type refers to them.
fn build_models(
    api: &Api,
    types: &Types,
    include: &dyn Fn(&str) -> bool,
    outside: Option<&BTreeSet<String>>,
) -> ModelsView {
    let mut items = Vec::new();
    let (mut map, mut value, mut fmt, mut de, mut unions) = (false, false, false, false, false);
    let mut derives = false;
    let mut string_enums = false;
    let mut mixed_enums = false;
    let mut from_super = BTreeSet::new();
    for def in api.types.values().filter(|d| include(&d.name)) {
        if let Some(outside) = outside {
            from_super.extend(def_refs(def).into_iter().filter(|n| outside.contains(n)).map(|n| types.name(&n)));
        }
        let name = types.name(&def.name);
        let mut lines = Vec::new();
        push_doc(&mut lines, def.doc.as_deref(), 0);
        derives |= !matches!(&def.kind, TypeKind::Alias { .. }) || def.recursive_without_indirection;
        match &def.kind {
            TypeKind::Object(object) => {
                lines.push("#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]".into());
                let mut fields = NameSet::new();
                let mut body = Vec::new();
                let mut rename_all = false;
                let idents: Vec<String> =
                    object.properties.iter().map(|p| fields.claim_snake(&naming::rust_ident(&p.name))).collect();
                for (p, ident) in object.properties.iter().zip(&idents) {
                    if *ident != p.wire_name && serde_camel(ident) == p.wire_name {
                        rename_all = true;
                    }
                }
                for (p, ident) in object.properties.iter().zip(&idents) {
                    push_doc(&mut body, p.doc.as_deref(), 4);
                    let serde_name = if rename_all { serde_camel(ident) } else { ident.clone() };
                    if serde_name != p.wire_name {
                        body.push(format!("    #[serde(rename = {})]", lit(&p.wire_name)));
                    }
                    map |= Types::uses_map(&p.type_);
                    value |= types.uses_value(&p.type_);
                    let ty = types.field_ty(&p.type_, &def.name);
                    if !p.required && matches!(p.type_, TypeRef::Any) {
                        // Absent and null are the same untyped value.
                        body.push("    #[serde(default, skip_serializing_if = \"Value::is_null\")]".into());
                        body.push(format!("    pub {ident}: {ty},"));
                    } else if !p.required {
                        body.push("    #[serde(default, skip_serializing_if = \"Option::is_none\")]".into());
                        let ty = if p.type_.is_nullable() { ty } else { format!("Option<{ty}>") };
                        body.push(format!("    pub {ident}: {ty},"));
                    } else if p.type_.is_nullable() && !matches!(p.type_, TypeRef::Any) {
                        body.push("    #[serde(default)]".into());
                        body.push(format!("    pub {ident}: {ty},"));
                    } else {
                        body.push(format!("    pub {ident}: {ty},"));
                    }
                }
                if let Some(extra) = object.additional_properties.as_ref().filter(|_| !object.closed) {
                    let ident = fields.claim_snake("additional_properties");
                    map = true;
                    value |= types.uses_value(extra);
                    body.push("    /// Properties beyond the documented ones.".into());
                    body.push("    #[serde(flatten)]".into());
                    body.push(format!("    pub {ident}: BTreeMap<String, {}>,", types.ty(extra)));
                }
                if rename_all {
                    lines.push("#[serde(rename_all = \"camelCase\")]".into());
                }
                if body.is_empty() {
                    lines.push(format!("pub struct {name} {{}}"));
                } else {
                    lines.push(format!("pub struct {name} {{"));
                    lines.extend(body);
                    lines.push("}".into());
                }
            }
            TypeKind::Enum(e) if e.repr == EnumRepr::String => {
                fmt = true;
                let values: Vec<(&EnumValue, String, String)> = enum_idents(e)
                    .into_iter()
                    .filter_map(|(v, ident)| Some((v, ident, v.value.as_str()?.to_string())))
                    .collect();
                string_enums = true;
                // Serialized through `as_str` and `From<&str>` (see `string_enum_serde!`): far less
                // code for the compiler than serde's derive with an untagged fallback variant.
                lines.push("#[derive(Debug, Clone, PartialEq, Eq, Hash)]".into());
                lines.push(format!("pub enum {name} {{"));
                for (v, ident, wire) in &values {
                    push_doc(&mut lines, v.doc.as_deref(), 4);
                    if v.doc.is_none() {
                        let text = escape::line_comment(wire).replace('`', "'");
                        if wire.is_empty() {
                            lines.push("    /// The empty string.".into());
                        } else if text.trim().is_empty() {
                            lines.push("    /// A value made of whitespace.".into());
                        } else {
                            lines.push(format!("    /// `{text}`"));
                        }
                    }
                    lines.push(format!("    {ident},"));
                }
                lines.push("    /// A value this version of the SDK does not know, kept as received.".into());
                lines.push("    Unknown(String),".into());
                lines.push("}".into());
                lines.push(String::new());
                lines.push(format!("impl {name} {{"));
                lines.push("    /// The value as sent on the wire.".into());
                lines.push("    pub fn as_str(&self) -> &str {".into());
                lines.push("        match self {".into());
                for (_, ident, wire) in &values {
                    lines.extend(layout::match_arm(12, &format!("Self::{ident}"), &lit(wire)));
                }
                lines.push("            Self::Unknown(value) => value,".into());
                lines.push("        }".into());
                lines.push("    }".into());
                lines.push("}".into());
                lines.push(String::new());
                lines.push(format!("impl fmt::Display for {name} {{"));
                lines.push("    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {".into());
                lines.push("        f.write_str(self.as_str())".into());
                lines.push("    }".into());
                lines.push("}".into());
                lines.push(String::new());
                lines.push(format!("impl From<&str> for {name} {{"));
                lines.push("    fn from(value: &str) -> Self {".into());
                lines.push("        match value {".into());
                for (_, ident, wire) in &values {
                    lines.extend(layout::match_arm(12, &lit(wire), &format!("Self::{ident}")));
                }
                lines.push("            other => Self::Unknown(other.to_string()),".into());
                lines.push("        }".into());
                lines.push("    }".into());
                lines.push("}".into());
                lines.push(String::new());
                lines.push(format!("string_enum_serde!({name});"));
            }
            TypeKind::Enum(e) if e.repr == EnumRepr::Integer => {
                lines.push("#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]".into());
                lines.push("#[serde(transparent)]".into());
                lines.push(format!("pub struct {name}(pub i64);"));
                lines.push(String::new());
                lines.push(format!("impl {name} {{"));
                let mut first = true;
                for (v, ident) in enum_idents(e) {
                    let Some(n) = v.value.as_i64() else { continue };
                    if !first {
                        lines.push(String::new());
                    }
                    first = false;
                    push_doc(&mut lines, v.doc.as_deref(), 4);
                    if v.doc.is_none() {
                        lines.push(format!("    /// The value `{n}`."));
                    }
                    lines.push(format!("    pub const {ident}: {name} = {name}({n});"));
                }
                lines.push("}".into());
            }
            TypeKind::Enum(e) => {
                // Values of several JSON types: compared and written as JSON values.
                value = true;
                let values: Vec<(&EnumValue, String, String, String)> = enum_idents(e)
                    .into_iter()
                    .filter_map(|(v, ident)| {
                        let (make, test) = mixed_value_code(&v.value)?;
                        Some((v, ident, make, test))
                    })
                    .collect();
                lines.push("#[derive(Debug, Clone, PartialEq)]".into());
                lines.push(format!("pub enum {name} {{"));
                for (v, ident, _, _) in &values {
                    push_doc(&mut lines, v.doc.as_deref(), 4);
                    if v.doc.is_none() {
                        lines.push(format!(
                            "    /// `{}`",
                            escape::line_comment(&v.value.to_string()).replace('`', "'")
                        ));
                    }
                    lines.push(format!("    {ident},"));
                }
                lines.push("    /// A value this version of the SDK does not know, kept as received.".into());
                lines.push("    Unknown(Value),".into());
                lines.push("}".into());
                lines.push(String::new());
                lines.push(format!("impl {name} {{"));
                lines.push("    /// The value as sent on the wire.".into());
                lines.push("    pub fn to_value(&self) -> Value {".into());
                lines.push("        match self {".into());
                for (_, ident, make, _) in &values {
                    lines.extend(layout::match_arm(12, &format!("Self::{ident}"), make));
                }
                lines.push("            Self::Unknown(value) => value.clone(),".into());
                lines.push("        }".into());
                lines.push("    }".into());
                lines.push("}".into());
                lines.push(String::new());
                lines.push(format!("impl From<Value> for {name} {{"));
                lines.push("    fn from(value: Value) -> Self {".into());
                lines.push("        match value {".into());
                for (_, ident, _, test) in &values {
                    lines.extend(layout::match_arm(12, &format!("value if {test}"), &format!("Self::{ident}")));
                }
                lines.push("            other => Self::Unknown(other),".into());
                lines.push("        }".into());
                lines.push("    }".into());
                lines.push("}".into());
                lines.push(String::new());
                lines.push(format!("impl Serialize for {name} {{"));
                lines.push("    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {".into());
                lines.push("        self.to_value().serialize(serializer)".into());
                lines.push("    }".into());
                lines.push("}".into());
                lines.push(String::new());
                lines.push(format!("impl<'de> Deserialize<'de> for {name} {{"));
                lines.push(
                    "    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {".into(),
                );
                lines.push("        Value::deserialize(deserializer).map(Self::from)".into());
                lines.push("    }".into());
                lines.push("}".into());
                mixed_enums = true;
            }
            TypeKind::Union(u) => {
                unions = true;
                value = true;
                let mut set = NameSet::new();
                set.reserve(["Unknown"]);
                let variants: Vec<(&UnionVariant, String, String)> = u
                    .variants
                    .iter()
                    .map(|v| {
                        map |= Types::uses_map(&v.type_);
                        (v, variant_ident(&v.name, &mut set), types.field_ty(&v.type_, &def.name))
                    })
                    .collect();
                let tagged = u.discriminator.is_some();
                lines.push("#[allow(clippy::large_enum_variant)]".into());
                if tagged {
                    lines.push("#[derive(Debug, Clone, PartialEq, Serialize)]".into());
                } else {
                    lines.push("#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]".into());
                }
                lines.push("#[serde(untagged)]".into());
                lines.push(format!("pub enum {name} {{"));
                for (v, ident, ty) in &variants {
                    match &v.tags[..] {
                        [] => lines.push(format!("    /// A `{}`.", escape::line_comment(&v.name))),
                        tags => {
                            let tags: Vec<String> =
                                tags.iter().map(|t| format!("`{}`", escape::line_comment(&tag_text(t)))).collect();
                            lines.push(format!("    /// Tagged {}.", tags.join(", ")));
                        }
                    }
                    lines.push(format!("    {ident}({ty}),"));
                }
                lines.push("    /// A variant this version of the SDK does not know, kept as received.".into());
                lines.push("    Unknown(Value),".into());
                lines.push("}".into());
                if let Some(field) = &u.discriminator {
                    de = true;
                    lines.push(String::new());
                    lines.push(format!("impl<'de> Deserialize<'de> for {name} {{"));
                    lines.push(
                        "    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {".into(),
                    );
                    lines.push("        let value = Value::deserialize(deserializer)?;".into());
                    lines.extend(layout::call(
                        8,
                        "match discriminator",
                        &["&value".into(), lit(field)],
                        ".as_deref() {",
                    ));
                    for (v, ident, _) in &variants {
                        if v.tags.is_empty() {
                            continue;
                        }
                        let pattern = format!(
                            "Some({})",
                            v.tags.iter().map(|t| lit(&tag_text(t))).collect::<Vec<_>>().join(" | ")
                        );
                        lines.extend(layout::match_arm(12, &pattern, &format!("variant(value).map(Self::{ident})")));
                    }
                    lines.push("            _ => Ok(Self::Unknown(value)),".into());
                    lines.push("        }".into());
                    lines.push("    }".into());
                    lines.push("}".into());
                }
            }
            TypeKind::Alias { target } => {
                map |= Types::uses_map(target);
                value |= types.uses_value(target);
                if def.recursive_without_indirection {
                    // A recursive `type` alias is a cycle error (E0391); a newtype may recurse.
                    lines.push("#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]".into());
                    lines.push("#[serde(transparent)]".into());
                    lines.push(format!("pub struct {name}(pub {});", types.ty(target)));
                } else {
                    lines.push(format!("pub type {name} = {};", types.ty(target)));
                }
            }
        }
        items.push(lines);
    }
    let mut imports: Vec<(&str, Vec<&str>)> = vec![];
    let mut serde_names = vec!["Deserialize", "Serialize"];
    if de || string_enums || mixed_enums {
        serde_names.push("Deserializer");
    }
    if string_enums || mixed_enums {
        serde_names.push("Serializer");
    }
    if string_enums {
        items.insert(0, STRING_ENUM_SERDE.lines().map(str::to_string).collect());
    }
    if de {
        imports.push(("crate::de", vec!["discriminator", "variant"]));
    }
    if derives {
        imports.push(("serde", serde_names));
    }
    if value || unions {
        imports.push(("serde_json", vec!["Value"]));
    }
    if map {
        imports.push(("std::collections", vec!["BTreeMap"]));
    }
    if fmt {
        imports.push(("std", vec!["fmt"]));
    }
    imports.push(("super", from_super.iter().map(String::as_str).collect()));
    ModelsView { uses: layout::uses(&imports), items }
}

/// How a mixed enum makes one of its values and recognises it in a `value: Value`: `None` for
/// arrays and objects (such values are kept as `Unknown`).
fn mixed_value_code(v: &Value) -> Option<(String, String)> {
    match v {
        Value::Null => Some(("Value::Null".into(), "value.is_null()".into())),
        Value::Bool(b) => Some((format!("Value::Bool({b})"), format!("value == {b}"))),
        Value::String(s) => Some((format!("Value::from({})", lit(s)), format!("value == {}", lit(s)))),
        Value::Number(n) => {
            let text = if let Some(i) = n.as_i64() {
                format!("{i}_i64")
            } else if let Some(u) = n.as_u64() {
                format!("{u}_u64")
            } else {
                let f = n.as_f64().filter(|f| f.is_finite())?;
                format!("{f:?}_f64")
            };
            Some((format!("Value::from({text})"), format!("value == {text}")))
        }
        Value::Array(_) | Value::Object(_) => None,
    }
}

/// The `Serialize`/`Deserialize` implementation of every string enum: the wire string, through
/// the enum's `as_str` and `From<&str>`, so unknown values land in `Unknown` and are written back.
const STRING_ENUM_SERDE: &str = "\
/// `Serialize` and `Deserialize` for a string enum, through its `as_str` and `From<&str>`.
macro_rules! string_enum_serde {
    ($name:ident) => {
        impl Serialize for $name {
            fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_str(self.as_str())
            }
        }

        impl<'de> Deserialize<'de> for $name {
            fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                let value = String::deserialize(deserializer)?;
                Ok(Self::from(value.as_str()))
            }
        }
    };
}";

/// The Rust name of every value an enum model has: a variant (string and mixed enums) or an
/// associated constant (integer enums). Values the model cannot spell are left out.
fn enum_idents(e: &EnumType) -> Vec<(&EnumValue, String)> {
    let mut set = NameSet::new();
    match e.repr {
        EnumRepr::String => {
            set.reserve(["Unknown"]);
            e.values.iter().filter(|v| v.value.is_string()).map(|v| (v, variant_ident(&v.name, &mut set))).collect()
        }
        EnumRepr::Integer => e
            .values
            .iter()
            .filter(|v| v.value.as_i64().is_some())
            .map(|v| (v, set.claim_snake(&naming::screaming(&v.name))))
            .collect(),
        EnumRepr::Mixed => {
            set.reserve(["Unknown"]);
            e.values
                .iter()
                .filter(|v| mixed_value_code(&v.value).is_some())
                .map(|v| (v, variant_ident(&v.name, &mut set)))
                .collect()
        }
    }
}

fn build_constants(api: &Api, types: &Types) -> (Vec<ConstantView>, Vec<String>) {
    let mut out = Vec::new();
    for c in &api.constants {
        let Some(def) = api.types.get(&c.type_name) else { continue };
        let TypeKind::Enum(e) = &def.kind else { continue };
        let ty = types.name(&c.type_name);
        let idents = enum_idents(e);
        let items: Vec<String> = c
            .values
            .iter()
            .filter_map(|v| idents.iter().find(|(ev, _)| &ev.value == v).map(|(_, i)| format!("{ty}::{i}")))
            .collect();
        let name = naming::screaming(&c.name);
        let mut lines = vec![format!("/// Every known value of [`{ty}`], in the order of the API description.")];
        lines.extend(array_lines(0, &format!("pub const {name}: &[{ty}] ="), &items));
        out.push(ConstantView { name, lines });
    }
    let uses = if out.is_empty() { vec![] } else { vec!["use crate::models::*;".to_string()] };
    (out, uses)
}

/// What the scopes and tests need to know about each generated method.
#[derive(Default)]
pub struct OpIndex {
    methods: BTreeMap<(String, String), MethodInfo>,
}

#[derive(Clone)]
struct MethodInfo {
    ident: String,
    all_ident: Option<String>,
    /// Required inputs, in signature order.
    args: Vec<Arg>,
    params: Option<String>,
    /// Optional inputs: (input name, params field).
    optional: Vec<(String, String)>,
    ret: String,
    ret_needs: Needs,
    all_item: Option<String>,
    doc: Vec<String>,
}

/// A required input of a generated method: one argument.
#[derive(Clone)]
struct Arg {
    /// `Input::name` and `Input::wire_name`.
    input: String,
    wire: String,
    ident: String,
    /// The argument's type: `&str` for strings.
    ty: String,
    is_str: bool,
    needs: Needs,
}

struct Uses {
    names: BTreeMap<String, BTreeSet<String>>,
}

/// What a spelled type refers to outside the prelude: `Value`, `BTreeMap`, the models.
#[derive(Debug, Default, Clone, Copy)]
struct Needs {
    value: bool,
    map: bool,
    models: bool,
}

impl Needs {
    fn merge(&mut self, other: Needs) {
        self.value |= other.value;
        self.map |= other.map;
        self.models |= other.models;
    }

    fn apply(self, uses: &mut Uses) {
        if self.value {
            uses.add("serde_json", "Value");
        }
        if self.map {
            uses.add("std::collections", "BTreeMap");
        }
        if self.models {
            uses.add("crate::models", "*");
        }
    }
}

impl Uses {
    fn new() -> Self {
        Uses { names: BTreeMap::new() }
    }
    fn add(&mut self, path: &str, name: &str) {
        self.names.entry(path.to_string()).or_default().insert(name.to_string());
    }
    fn lines(&self) -> Vec<String> {
        let specs: Vec<(&str, Vec<&str>)> =
            self.names.iter().map(|(p, n)| (p.as_str(), n.iter().map(String::as_str).collect())).collect();
        layout::uses(&specs)
    }
}

#[allow(clippy::too_many_arguments)]
fn build_service(
    api: &Api,
    types: &Types,
    service: &Service,
    name: &str,
    module: &str,
    top: &mut NameSet,
    ops: &mut OpIndex,
    scope_names: &BTreeMap<String, String>,
) -> ServiceView {
    let mut uses = Uses::new();
    uses.add("crate::client", "Core");
    let mut members = NameSet::new();
    members.reserve(["new", "core", "scope"]);
    let mut fields = vec!["    core: Core,".to_string()];
    let mut init = vec!["            core: core.clone(),".to_string()];
    let mut items: Vec<Vec<String>> = Vec::new();
    let mut default_fields: BTreeMap<String, String> = BTreeMap::new();
    let mut needs = Needs::default();
    for d in &service.defaults {
        let field = naming::rust_ident(&format!("default_{}", d.name));
        let ty = types.ty(&d.type_);
        needs.merge(types.needs(&d.type_));
        fields.push(format!("    {field}: Option<{ty}>,"));
        init.push(format!("            {field}: None,"));
        let method = members.claim_snake(&format!("with_{field}"));
        let mut lines = Vec::new();
        push_doc(&mut lines, d.doc.as_deref(), 4);
        if d.doc.is_none() {
            lines.push(format!("    /// The `{}` used when a call leaves it out.", escape::line_comment(&d.name)));
        }
        let arg = naming::rust_ident(&d.name);
        lines.push(format!("    pub fn {method}(mut self, {arg}: {ty}) -> Self {{"));
        lines.push(format!("        self.{field} = Some({arg});"));
        lines.push("        self".into());
        lines.push("    }".into());
        items.push(lines);
        default_fields.insert(d.name.clone(), field);
    }
    // Associated constants.
    let mut const_items = Vec::new();
    for cname in &service.constants {
        let Some(c) = api.constants.iter().find(|c| &c.name == cname) else { continue };
        if !matches!(api.types.get(&c.type_name).map(|d| &d.kind), Some(TypeKind::Enum(_))) {
            continue;
        }
        let ident = naming::screaming(&c.name);
        let ty = types.name(&c.type_name);
        needs.models = true;
        let mut lines = vec![format!("    /// Every known value of [`{ty}`].")];
        lines.extend(layout::assign(
            4,
            &format!("pub const {ident}: &'static [{ty}] ="),
            &format!("crate::constants::{ident};"),
        ));
        const_items.push(lines);
    }
    let mut params_items = Vec::new();
    let mut exports = vec![name.to_string()];
    let mut methods_md = Vec::new();
    for op in &service.operations {
        let m = build_method(types, service, op, name, &mut members, top, &default_fields, &mut uses, &mut needs);
        methods_md.push(format!("`{}`", m.info.ident));
        items.push(m.lines);
        if let Some(p) = m.params {
            exports.push(m.info.params.clone().unwrap_or_default());
            params_items.push(p);
        }
        ops.methods.insert((service.name.clone(), op.name.clone()), m.info);
    }
    // Scope accessors.
    let owned: Vec<&Scope> = service.scopes.iter().filter_map(|s| api.scopes.iter().find(|x| &x.name == s)).collect();
    for scope in &owned {
        let Some(scope_struct) = scope_names.get(&scope.name) else { continue };
        if scope.parent.is_some() {
            continue;
        }
        let method =
            if owned.len() == 1 { "scope".to_string() } else { members.claim_snake(&naming::rust_ident(&scope.name)) };
        for p in scope_params(scope) {
            needs.merge(types.needs(&p.type_));
        }
        let (params, args) = scope_call_args(&scope_params(scope), &[], types, "&self.core");
        let mut sig = vec!["&self".to_string()];
        sig.extend(params);
        uses.add("crate::scopes", scope_struct);
        let mut lines = vec![format!(
            "    /// The operations on one {} (`{}`), with its `{}` bound.",
            escape::line_comment(&scope.name.replace('_', " ")),
            escape::line_comment(&scope.path_prefix).replace('`', "'"),
            escape::line_comment(&scope.param.wire_name).replace('`', "'")
        )];
        lines.extend(signature(4, &format!("pub fn {method}"), &sig, &format!(" -> {scope_struct}")));
        lines.extend(layout::call(8, &format!("{scope_struct}::new"), &args, ""));
        lines.push("    }".into());
        items.push(lines);
    }
    needs.apply(&mut uses);
    let mut all_items = const_items;
    all_items.extend(items);
    let mut doc_lines = Vec::new();
    push_doc(&mut doc_lines, service.doc.as_deref(), 0);
    if !doc_lines.is_empty() {
        doc_lines.push("///".into());
    }
    doc_lines.push(format!("/// Built over a shared core: `{name}::new(&core)`."));
    ServiceView {
        module: module.to_string(),
        name: name.to_string(),
        doc: doc_lines.join("\n"),
        uses: uses.lines(),
        fields,
        init,
        items: all_items,
        params: params_items,
        exports,
        example: vec![],
        methods: methods_md,
    }
}

struct BuiltMethod {
    lines: Vec<String>,
    params: Option<Vec<String>>,
    info: MethodInfo,
}

fn op_doc(op: &Operation, indent: usize) -> Vec<String> {
    let mut lines = Vec::new();
    push_doc(&mut lines, op.summary.as_deref(), indent);
    if let Some(d) = op.description.as_deref().filter(|d| Some(*d) != op.summary.as_deref()) {
        if !lines.is_empty() {
            lines.push(format!("{}///", " ".repeat(indent)));
        }
        push_doc(&mut lines, Some(d), indent);
    }
    if op.deprecated {
        if !lines.is_empty() {
            lines.push(format!("{}///", " ".repeat(indent)));
        }
        lines.push(format!("{}/// **Deprecated** by the API.", " ".repeat(indent)));
    }
    lines
}

#[allow(clippy::too_many_arguments)]
fn build_method(
    types: &Types,
    service: &Service,
    op: &Operation,
    service_struct: &str,
    members: &mut NameSet,
    top: &mut NameSet,
    defaults: &BTreeMap<String, String>,
    uses: &mut Uses,
    needs: &mut Needs,
) -> BuiltMethod {
    let ident = members.claim_snake(&naming::rust_ident(&op.name));
    let mut locals = NameSet::new();
    locals.reserve(["request", "body", "params", "self", "core", "fallback"]);
    let mut sig = vec!["&self".to_string()];
    let mut args = Vec::new();
    let required: Vec<&Input> = op.inputs.iter().filter(|i| i.required).collect();
    let optional: Vec<&Input> = op.inputs.iter().filter(|i| !i.required).collect();
    let mut arg_names: BTreeMap<String, String> = BTreeMap::new();
    for input in &required {
        let arg = locals.claim_snake(&naming::rust_ident(&input.name));
        let is_str = Types::is_str(&input.type_);
        let ty = if is_str { "&str".to_string() } else { types.ty(&input.type_) };
        let arg_needs = types.needs(&input.type_);
        needs.merge(arg_needs);
        sig.push(format!("{arg}: {ty}"));
        args.push(Arg {
            input: input.name.clone(),
            wire: input.wire_name.clone(),
            ident: arg.clone(),
            ty,
            is_str,
            needs: arg_needs,
        });
        arg_names.insert(input.name.clone(), arg);
    }
    // The params struct of the optional inputs.
    let mut params_lines = None;
    let mut params_name = None;
    let mut param_fields: BTreeMap<String, String> = BTreeMap::new();
    if !optional.is_empty() {
        let pname = top.claim_pascal(&camel_ident(&format!("{}{}Params", service.type_name, naming::pascal(&op.name))));
        let mut fields = NameSet::new();
        fields.reserve(["new"]);
        let mut struct_lines = vec![
            format!("/// Optional inputs of [`{service_struct}::{ident}`]; set those you need, e.g."),
            String::new(), // the example, once the fields are named
            "#[derive(Debug, Clone, Default, PartialEq)]".to_string(),
            "#[non_exhaustive]".to_string(),
            format!("pub struct {pname} {{"),
        ];
        let mut impl_lines = vec![
            format!("impl {pname} {{"),
            "    /// No optional input set.".to_string(),
            "    pub fn new() -> Self {".to_string(),
            // `Self::default()` would find an input called `default`.
            "        Default::default()".to_string(),
            "    }".to_string(),
        ];
        for input in &optional {
            let field = fields.claim_snake(&naming::rust_ident(&input.name));
            let inner = input.type_.non_null();
            let ty = types.ty(inner);
            needs.merge(types.needs(inner));
            let mut doc_lines = Vec::new();
            push_doc(&mut doc_lines, input.doc.as_deref(), 4);
            if doc_lines.is_empty() {
                doc_lines
                    .push(format!("    /// The `{}` input.", escape::line_comment(&input.wire_name).replace('`', "'")));
            }
            // A nullable field of a JSON body can be left out (`None`) or sent as `null`
            // (`Some(None)`), which is how a PATCH clears it.
            let sends_null = matches!(input.type_, TypeRef::Nullable { .. })
                && input.source == InputSource::BodyField
                && op.body.as_ref().is_some_and(|b| b.encoding == BodyEncoding::Json)
                && !input.service_defaults.iter().any(|d| d.field_path.is_empty());
            if sends_null {
                doc_lines.push("    ///".to_string());
                doc_lines.push("    /// `None` sends `null`; leave it unset to send nothing.".to_string());
            }
            struct_lines.extend(doc_lines.clone());
            struct_lines.push(if sends_null {
                format!("    pub {field}: Option<Option<{ty}>>,")
            } else {
                format!("    pub {field}: Option<{ty}>,")
            });
            impl_lines.push(String::new());
            impl_lines.extend(doc_lines);
            let is_str_list = matches!(inner, TypeRef::Array { items } if Types::is_str(items));
            if sends_null {
                impl_lines.push(format!("    pub fn {field}(mut self, {field}: Option<{ty}>) -> Self {{"));
                impl_lines.push(format!("        self.{field} = Some({field});"));
            } else if Types::is_str(inner) {
                impl_lines.push(format!("    pub fn {field}(mut self, {field}: impl Into<String>) -> Self {{"));
                impl_lines.push(format!("        self.{field} = Some({field}.into());"));
            } else if is_str_list {
                impl_lines.extend(signature(
                    4,
                    &format!("pub fn {field}"),
                    &["mut self".into(), format!("{field}: impl IntoIterator<Item = impl Into<String>>")],
                    " -> Self",
                ));
                impl_lines.extend(layout::call(
                    8,
                    &format!("self.{field} = Some"),
                    &[format!("{field}.into_iter().map(Into::into).collect()")],
                    ";",
                ));
            } else {
                impl_lines.push(format!("    pub fn {field}(mut self, {field}: {ty}) -> Self {{"));
                impl_lines.push(format!("        self.{field} = Some({field});"));
            }
            impl_lines.push("        self".to_string());
            impl_lines.push("    }".to_string());
            param_fields.insert(input.name.clone(), field);
        }
        let first = param_fields.get(&optional[0].name).cloned().unwrap_or_default();
        struct_lines[1] = format!("/// `{pname}::new().{first}(..)`.");
        struct_lines.push("}".to_string());
        struct_lines.push(String::new());
        struct_lines.extend(impl_lines);
        struct_lines.push("}".to_string());
        sig.push(format!("params: {pname}"));
        params_lines = Some(struct_lines);
        params_name = Some(pname);
    }
    // Statements.
    let mut body_lines: Vec<String> = Vec::new();
    let mut req_lines: Vec<String> = Vec::new();
    let mut pre: Vec<String> = Vec::new();
    let mut nested_defaults: Vec<String> = Vec::new();
    let body = op.body.as_ref();
    for input in &op.inputs {
        let (value_ref, value_owned) = if input.required {
            let arg = &arg_names[&input.name];
            let is_str = Types::is_str(&input.type_);
            (if is_str { arg.clone() } else { format!("&{arg}") }, arg.clone())
        } else {
            let f = &param_fields[&input.name];
            (format!("&params.{f}"), format!("params.{f}"))
        };
        // A service default for the whole input (optional inputs only).
        let whole_default = input
            .service_defaults
            .iter()
            .find(|d| d.field_path.is_empty())
            .and_then(|d| defaults.get(&d.default))
            .filter(|_| !input.required);
        for d in input.service_defaults.iter().filter(|d| !d.field_path.is_empty()) {
            if let (Some(field), InputSource::BodyField) = (defaults.get(&d.default), &input.source) {
                let mut path = vec![lit(&input.wire_name)];
                path.extend(d.field_path.iter().map(|p| lit(p)));
                nested_defaults.extend(layout::call(
                    8,
                    "body.default_at",
                    &[format!("&[{}]", path.join(", ")), format!("&self.{field}")],
                    ";",
                ));
            }
        }
        let wire = lit(&input.wire_name);
        match &input.source {
            InputSource::Param { location, style, explode } => {
                let value_ref = match whole_default {
                    Some(field) => {
                        let local = locals.claim_snake(&naming::rust_ident(&input.name));
                        uses.add("crate::request", "fallback");
                        pre.extend(layout::call(
                            8,
                            &format!("let {local} = fallback"),
                            &[value_owned.clone(), format!("&self.{field}")],
                            ";",
                        ));
                        format!("&{local}")
                    }
                    None => value_ref,
                };
                let (method, extra) = match location {
                    ParamLocation::Path => ("path_param", None),
                    ParamLocation::Header => ("header", None),
                    ParamLocation::Cookie => ("cookie", None),
                    ParamLocation::Query => match style {
                        ParamStyle::DeepObject => ("query_deep", None),
                        ParamStyle::SpaceDelimited => ("query_joined", Some("\" \"")),
                        ParamStyle::PipeDelimited => ("query_joined", Some("\"|\"")),
                        _ if !explode => ("query_joined", Some("\",\"")),
                        _ => ("query", None),
                    },
                };
                let mut a = vec![wire.clone(), value_ref];
                if let Some(e) = extra {
                    a.push(e.to_string());
                }
                req_lines.extend(layout::call(8, &format!("request.{method}"), &a, ";"));
            }
            InputSource::BodyField => {
                let binary = matches!(input.type_.non_null(), TypeRef::String { format: StringFormat::Binary })
                    && body.is_some_and(|b| b.encoding == BodyEncoding::Multipart);
                if binary && input.required {
                    body_lines.extend(layout::call(8, "body.file", &[wire.clone(), value_owned], ";"));
                } else if binary {
                    body_lines.push(format!("        if let Some(file) = {value_owned} {{"));
                    body_lines.extend(layout::call(12, "body.file", &[wire.clone(), "file".into()], ";"));
                    body_lines.push("        }".into());
                } else if input.required {
                    body_lines.extend(layout::call(8, "body.field", &[wire.clone(), value_ref], ";"));
                } else if let Some(field) = whole_default {
                    body_lines.extend(layout::call(
                        8,
                        "body.optional_or",
                        &[wire.clone(), value_owned, format!("&self.{field}")],
                        ";",
                    ));
                } else {
                    body_lines.extend(layout::call(8, "body.optional", &[wire.clone(), value_owned], ";"));
                }
            }
            InputSource::Body => {
                let encoding = body.map(|b| b.encoding).unwrap_or(BodyEncoding::Json);
                let (method, by_value) = match encoding {
                    BodyEncoding::Text => ("text_body", true),
                    BodyEncoding::Binary => ("bytes_body", true),
                    _ => ("json_body", false),
                };
                if input.required {
                    let v = if by_value { value_owned } else { value_ref };
                    req_lines.extend(layout::call(8, &format!("request.{method}"), &[v], ";"));
                } else {
                    let v = if by_value { "value" } else { "&value" };
                    req_lines.push(format!("        if let Some(value) = {value_owned} {{"));
                    req_lines.extend(layout::call(12, &format!("request.{method}"), &[v.into()], ";"));
                    req_lines.push("        }".into());
                }
            }
        }
    }
    let mut lines = op_doc(op, 4);
    let (ret, decoder, kind, all_item, ret_needs) = response_shape(types, op, uses);
    needs.merge(ret_needs);
    lines.extend(signature(4, &format!("pub fn {ident}"), &sig, &format!(" -> Call<{ret}>")));
    lines.extend(pre);
    let has_fields = body.is_some_and(|b| b.fields_flattened);
    if has_fields {
        uses.add("crate::request", "Fields");
        if body_lines.is_empty() && nested_defaults.is_empty() {
            // An object body without inputs: an empty object.
        } else {
            lines.push("        let mut body = Fields::new();".into());
            lines.extend(body_lines);
            lines.extend(nested_defaults);
        }
    }
    uses.add("crate::request", "ApiRequest");
    uses.add("reqwest", "Method");
    lines.extend(layout::call(
        8,
        "let mut request = ApiRequest::new",
        &[format!("Method::{}", op.method.as_str()), lit(&op.path)],
        ";",
    ));
    lines.extend(req_lines);
    if has_fields {
        let encoding = body.map(|b| b.encoding).unwrap_or(BodyEncoding::Json);
        let method = match encoding {
            BodyEncoding::Form => "form_fields",
            BodyEncoding::Multipart => "multipart_fields",
            _ => "json_fields",
        };
        let arg =
            if lines.iter().any(|l| l.contains("let mut body = Fields::new();")) { "body" } else { "Fields::new()" };
        lines.push(format!("        request.{method}({arg});"));
    }
    if !op.security.is_empty() && op.security.iter().any(|a| !a.is_empty()) {
        let alts: Vec<String> = op
            .security
            .iter()
            .map(|alt| format!("&[{}]", alt.iter().map(|k| lit(k)).collect::<Vec<_>>().join(", ")))
            .collect();
        lines.extend(layout::call(8, "request.security", &[format!("&[{}]", alts.join(", "))], ";"));
    }
    if let Some(h) = &op.idempotency_header {
        lines.extend(layout::call(8, "request.idempotency_header", &[lit(h)], ";"));
    }
    if op.response.kind == ResponseKind::Json && op.response.enveloped != types.api.envelope.is_some() {
        lines.push(format!("        request.enveloped({});", op.response.enveloped));
    }
    if let Some(k) = kind {
        uses.add("crate::request", "ResponseKind");
        lines.push(format!("        request.response_kind(ResponseKind::{k});"));
    }
    if let Some(p) = &op.pagination {
        let more = p.has_more_field.as_deref().map(|m| format!("Some({})", lit(m))).unwrap_or_else(|| "None".into());
        lines.extend(layout::call(
            8,
            "request.paginated",
            &[lit(&p.cursor_param), lit(&p.items_field), lit(&p.next_cursor_field), more],
            ";",
        ));
    }
    if !lines.iter().any(|l| l.trim_start().starts_with("request.")) {
        for line in lines.iter_mut() {
            if line.contains("let mut request") {
                *line = line.replacen("let mut request", "let request", 1);
            }
        }
    }
    uses.add("crate::call", "Call");
    uses.add("crate::call", "decode");
    lines.extend(layout::call(
        8,
        "Call::new",
        &["&self.core".into(), "request".into(), format!("decode::{decoder}")],
        "",
    ));
    lines.push("    }".into());
    // The `_all` twin of a paginated method.
    let mut all_ident = None;
    if let Some(item) = &all_item {
        uses.add("crate::pagination", "Paginator");
        let twin = members.claim_snake(&format!("{ident}_all"));
        lines.push(String::new());
        lines.push(format!("    /// Every item of [`{ident}`](Self::{ident}), fetched lazily page by page."));
        lines.extend(signature(4, &format!("pub fn {twin}"), &sig, &format!(" -> Paginator<{item}>")));
        let mut call_args: Vec<String> = args.iter().map(|a| a.ident.clone()).collect();
        if params_name.is_some() {
            call_args.push("params".into());
        }
        lines.extend(layout::call(8, &format!("let call = self.{ident}"), &call_args, ";"));
        lines.push("        Paginator::new(&self.core, call.into_request())".into());
        lines.push("    }".into());
        all_ident = Some(twin);
    }
    let info = MethodInfo {
        ident,
        all_ident,
        args,
        params: params_name,
        optional: optional.iter().filter_map(|i| Some((i.name.clone(), param_fields.get(&i.name)?.clone()))).collect(),
        ret,
        ret_needs,
        all_item,
        doc: op_doc(op, 4),
    };
    BuiltMethod { lines, params: params_lines, info }
}

/// Return type, decoder, response kind to set, the item type of a paginated list, and what the
/// return type needs imported.
fn response_shape(
    types: &Types,
    op: &Operation,
    uses: &mut Uses,
) -> (String, &'static str, Option<&'static str>, Option<String>, Needs) {
    let none = Needs::default();
    match op.response.kind {
        ResponseKind::Text => ("String".into(), "text", Some("Text"), None, none),
        ResponseKind::Binary => ("Vec<u8>".into(), "bytes", Some("Binary"), None, none),
        ResponseKind::Empty => ("()".into(), "empty", Some("Empty"), None, none),
        ResponseKind::Json => {
            if let Some(p) = &op.pagination {
                uses.add("crate::pagination", "Page");
                let item = types.ty(&p.item_type);
                return (format!("Page<{item}>"), "page", None, Some(item), types.needs(&p.item_type));
            }
            let (ty, needs) = match &op.response.type_ {
                Some(t) => (types.ty(t), types.needs(t)),
                None => ("Value".into(), Needs { value: true, ..none }),
            };
            if op.returns_etag {
                uses.add("crate::call", "WithEtag");
                (format!("WithEtag<{ty}>"), "json_with_etag", None, None, needs)
            } else {
                (ty, "json", None, None, needs)
            }
        }
    }
}

/// A path parameter a scope binds, as a field of the scope struct.
struct ScopeField<'p> {
    ident: String,
    /// The field's type (`String` for strings).
    ty: String,
    is_str: bool,
    copy: bool,
    param: &'p ScopeParam,
}

impl ScopeField<'_> {
    /// The field as an owned value (`self.id.clone()`), or `&self.id` for a `&str` argument.
    fn value(&self, as_str: bool) -> String {
        if as_str {
            format!("&self.{}", self.ident)
        } else if self.copy {
            format!("self.{}", self.ident)
        } else {
            format!("self.{}.clone()", self.ident)
        }
    }

    /// Whether this field can stand for the required input `arg` of a method.
    fn fits(&self, arg: &Arg) -> bool {
        (self.param.wire_name == arg.wire || self.param.name == arg.input)
            && match (self.is_str, arg.is_str) {
                (true, true) => true,
                (false, false) => self.ty == arg.ty,
                _ => false,
            }
    }

    /// Whether this field can fill the parameter `p` of another scope's constructor.
    fn fills(&self, p: &ScopeParam, types: &Types) -> bool {
        self.param.wire_name == p.wire_name
            && self.is_str == Types::is_str(&p.type_)
            && (self.is_str || self.ty == types.ty(&p.type_))
    }
}

/// Every parameter a scope binds: its enclosing resources' (`outer_params`), then its own.
fn scope_params(scope: &Scope) -> Vec<&ScopeParam> {
    scope.outer_params.iter().chain([&scope.param]).collect()
}

fn scope_fields<'p>(scope: &'p Scope, types: &Types) -> Vec<ScopeField<'p>> {
    let mut set = NameSet::new();
    set.reserve(["core"]);
    scope_params(scope)
        .into_iter()
        .map(|p| {
            let is_str = Types::is_str(&p.type_);
            ScopeField {
                ident: set.claim_snake(&naming::rust_ident(&p.name)),
                ty: if is_str { "String".to_string() } else { types.ty(&p.type_) },
                is_str,
                copy: types.is_copy(&p.type_),
                param: p,
            }
        })
        .collect()
}

/// A struct holding the core and `fields`.
fn scope_struct_lines(name: &str, doc_lines: Vec<String>, fields: &[&ScopeField]) -> Vec<String> {
    let mut l = doc_lines;
    l.push("#[derive(Debug, Clone)]".into());
    l.push(format!("pub struct {name} {{"));
    l.push("    core: Core,".into());
    for f in fields {
        l.push(format!("    {}: {},", f.ident, f.ty));
    }
    l.push("}".into());
    l
}

/// The arguments of a constructor call `Scope::new(&core, ..)` for `params`: the fields that fill
/// them, and parameters of the calling method for the others.
fn scope_call_args(
    params: &[&ScopeParam],
    fields: &[ScopeField],
    types: &Types,
    core: &str,
) -> (Vec<String>, Vec<String>) {
    let mut sig = Vec::new();
    let mut args = vec![core.to_string()];
    let mut names = NameSet::new();
    names.reserve(["self", "core"]);
    for p in params {
        if let Some(f) = fields.iter().find(|f| f.fills(p, types)) {
            args.push(if f.is_str { format!("&*self.{}", f.ident) } else { f.value(false) });
        } else {
            let arg = names.claim_snake(&naming::rust_ident(&p.name));
            let ty = if Types::is_str(&p.type_) { "impl Into<String>".to_string() } else { types.ty(&p.type_) };
            sig.push(format!("{arg}: {ty}"));
            args.push(arg);
        }
    }
    (sig, args)
}

fn build_scopes(
    api: &Api,
    types: &Types,
    ops: &OpIndex,
    service_names: &BTreeMap<String, String>,
    scope_names: &BTreeMap<String, String>,
    top: &mut NameSet,
) -> ScopesView {
    let mut uses = Uses::new();
    let mut items = Vec::new();
    let mut exports = Vec::new();
    let mut needs = Needs::default();
    for scope in &api.scopes {
        let Some(name) = scope_names.get(&scope.name) else { continue };
        uses.add("crate::client", "Core");
        exports.push(name.clone());
        let fields = scope_fields(scope, types);
        for f in &fields {
            needs.merge(types.needs(&f.param.type_));
        }
        let all_fields: Vec<&ScopeField> = fields.iter().collect();
        let mut lines = scope_struct_lines(
            name,
            vec![
                format!(
                    "/// The operations on one {} (`{}`), with its `{}` bound.",
                    escape::line_comment(&scope.name.replace('_', " ")),
                    escape::line_comment(&scope.path_prefix).replace('`', "'"),
                    escape::line_comment(&scope.param.wire_name).replace('`', "'")
                ),
                "///".into(),
                format!("/// Made by `{name}::new(&core, ..)` or by the owning service's accessor."),
            ],
            &all_fields,
        );
        lines.push(String::new());
        lines.push(format!("impl {name} {{"));
        // Constructor.
        let mut new_params = vec!["core: &Core".to_string()];
        let mut new_init = vec!["            core: core.clone(),".to_string()];
        for f in &fields {
            let ident = &f.ident;
            if f.is_str {
                new_params.push(format!("{ident}: impl Into<String>"));
                new_init.push(format!("            {ident}: {ident}.into(),"));
            } else {
                new_params.push(format!("{ident}: {}", f.ty));
                new_init.push(format!("            {ident},"));
            }
        }
        lines.push(format!(
            "    /// The {} with the given identifiers.",
            escape::line_comment(&scope.name.replace('_', " "))
        ));
        lines.extend(signature(4, "pub fn new", &new_params, " -> Self"));
        lines.push("        Self {".into());
        lines.extend(new_init);
        lines.push("        }".into());
        lines.push("    }".into());
        let mut members = NameSet::new();
        members.reserve(["new", "core"]);
        let getter = |lines: &mut Vec<String>, f: &ScopeField, method: &str| {
            lines.push(String::new());
            lines.push(format!("    /// The bound `{}`.", escape::line_comment(&f.param.wire_name).replace('`', "'")));
            if f.is_str {
                lines.push(format!("    pub fn {method}(&self) -> &str {{"));
                lines.push(format!("        &self.{}", f.ident));
            } else {
                lines.push(format!("    pub fn {method}(&self) -> {} {{", f.ty));
                lines.push(format!("        {}", f.value(false)));
            }
            lines.push("    }".into());
        };
        let (outer, own) = fields.split_at(fields.len() - 1);
        for f in own {
            let method = members.claim_snake(&f.ident);
            getter(&mut lines, f, &method);
        }
        // A method for each scoped operation; a bound input whose type differs from the scope
        // parameter's (the spec types the same path parameter differently per operation) stays an
        // argument. Returns the fields the method reads.
        let mut delegate = |lines: &mut Vec<String>, sop: &ScopedOperation, members: &mut NameSet, uses: &mut Uses| {
            let mut used = BTreeSet::new();
            let Some(info) = ops.methods.get(&(sop.service.clone(), sop.operation.clone())) else { return used };
            let Some(service_struct) = service_names.get(&sop.service) else { return used };
            uses.add("crate::services", service_struct);
            if let Some(p) = &info.params {
                uses.add("crate::services", p);
            }
            if info.ret.starts_with("WithEtag<") {
                uses.add("crate::call", "WithEtag");
            }
            if info.ret.starts_with("Page<") {
                uses.add("crate::pagination", "Page");
            }
            uses.add("crate::call", "Call");
            needs.merge(info.ret_needs);
            let mut sig = vec!["&self".to_string()];
            let mut call_args = Vec::new();
            for arg in &info.args {
                let field = fields.iter().find(|f| sop.bound_inputs.contains(&arg.input) && f.fits(arg));
                match field {
                    Some(f) => {
                        used.insert(f.ident.clone());
                        call_args.push(f.value(arg.is_str));
                    }
                    None => {
                        needs.merge(arg.needs);
                        sig.push(format!("{}: {}", arg.ident, arg.ty));
                        call_args.push(arg.ident.clone());
                    }
                }
            }
            if let Some(p) = &info.params {
                sig.push(format!("params: {p}"));
                call_args.push("params".into());
            }
            let method = members.claim_snake(&naming::rust_ident(&sop.name));
            lines.push(String::new());
            lines.extend(info.doc.clone());
            lines.extend(signature(4, &format!("pub fn {method}"), &sig, &format!(" -> Call<{}>", info.ret)));
            lines.extend(layout::call(8, &format!("let service = {service_struct}::new"), &["&self.core".into()], ";"));
            lines.extend(layout::call(8, &format!("service.{}", info.ident), &call_args, ""));
            lines.push("    }".into());
            if let (Some(all), Some(item)) = (&info.all_ident, &info.all_item) {
                uses.add("crate::pagination", "Paginator");
                let twin = members.claim_snake(&format!("{method}_all"));
                lines.push(String::new());
                lines.push(format!("    /// Every item of [`{method}`](Self::{method}), fetched lazily page by page."));
                lines.extend(signature(4, &format!("pub fn {twin}"), &sig, &format!(" -> Paginator<{item}>")));
                lines.extend(layout::call(
                    8,
                    &format!("let service = {service_struct}::new"),
                    &["&self.core".into()],
                    ";",
                ));
                lines.extend(layout::call(8, &format!("service.{all}"), &call_args, ""));
                lines.push("    }".into());
            }
            used
        };
        for sop in &scope.methods {
            delegate(&mut lines, sop, &mut members, &mut uses);
        }
        let mut group_items = Vec::new();
        for group in &scope.groups {
            let gname = top.claim_pascal(&camel_ident(&format!("{}{}", scope.type_name, naming::pascal(&group.name))));
            exports.push(gname.clone());
            let accessor = members.claim_snake(&naming::rust_ident(&group.name));
            // The group's methods first: its struct holds only the fields they read.
            let mut body = Vec::new();
            let mut gmembers = NameSet::new();
            let mut used = BTreeSet::new();
            for sop in &group.operations {
                used.extend(delegate(&mut body, sop, &mut gmembers, &mut uses));
            }
            if !body.is_empty() {
                body.remove(0);
            }
            let gfields: Vec<&ScopeField> = fields.iter().filter(|f| used.contains(&f.ident)).collect();
            lines.push(String::new());
            lines.push(format!(
                "    /// The {} of this {}.",
                escape::line_comment(&group.name.replace('_', " ")),
                escape::line_comment(&scope.name.replace('_', " "))
            ));
            lines.push(format!("    pub fn {accessor}(&self) -> {gname} {{"));
            lines.push(format!("        {gname} {{"));
            lines.push("            core: self.core.clone(),".into());
            for f in &gfields {
                lines.push(format!("            {}: {},", f.ident, f.value(false)));
            }
            lines.push("        }".into());
            lines.push("    }".into());
            let mut glines = scope_struct_lines(
                &gname,
                vec![format!(
                    "/// The {} of one {}: made by [`{name}::{accessor}`].",
                    escape::line_comment(&group.name.replace('_', " ")),
                    escape::line_comment(&scope.name.replace('_', " "))
                )],
                &gfields,
            );
            glines.push(String::new());
            glines.push(format!("impl {gname} {{"));
            glines.extend(body);
            glines.push("}".into());
            group_items.push(glines);
        }
        for child in &scope.children {
            let Some(c) = api.scopes.iter().find(|s| &s.name == child) else { continue };
            let Some(cname) = scope_names.get(child) else { continue };
            let accessor = members.claim_snake(&naming::rust_ident(&c.name));
            for p in scope_params(c) {
                needs.merge(types.needs(&p.type_));
            }
            let (params, cargs) = scope_call_args(&scope_params(c), &fields, types, "&self.core");
            let mut sig = vec!["&self".to_string()];
            sig.extend(params);
            lines.push(String::new());
            lines.push(format!(
                "    /// One {} of this {}.",
                escape::line_comment(&c.name.replace('_', " ")),
                escape::line_comment(&scope.name.replace('_', " "))
            ));
            lines.extend(signature(4, &format!("pub fn {accessor}"), &sig, &format!(" -> {cname}")));
            lines.extend(layout::call(8, &format!("{cname}::new"), &cargs, ""));
            lines.push("    }".into());
        }
        // The enclosing resources' identifiers, after the methods so that these keep their names.
        for f in outer {
            let method = members.claim_snake(&f.ident);
            getter(&mut lines, f, &method);
        }
        lines.push("}".into());
        items.push(lines);
        items.extend(group_items);
    }
    needs.apply(&mut uses);
    ScopesView { uses: uses.lines(), items, exports }
}

fn build_tests(
    api: &Api,
    types: &Types,
    ops: &OpIndex,
    service_names: &BTreeMap<String, String>,
    krate: &CrateView,
) -> (TestsView, String) {
    let mut examples = serde_json::Map::new();
    let mut items = Vec::new();
    let mut imports: BTreeSet<String> = BTreeSet::new();
    let mut test_names = NameSet::new();
    for service in &api.services {
        let Some(service_struct) = service_names.get(&service.name) else { continue };
        for op in &service.operations {
            let Some(info) = ops.methods.get(&(service.name.clone(), op.name.clone())) else { continue };
            imports.insert(service_struct.clone());
            let test = test_names.claim_snake(&naming::rust_ident(&format!("{}_{}", service.name, op.name)));
            let mut lines = vec![
                "#[tokio::test]".to_string(),
                format!("async fn {test}() {{"),
                "    let Some(core) = prism_core() else {".into(),
                "        return;".into(),
                "    };".into(),
                format!("    let service = {service_struct}::new(&core);"),
            ];
            let mut call_args = Vec::new();
            let mut locals = NameSet::new();
            locals.reserve(["core", "call", "result", "service", "params"]);
            for a in &info.args {
                let (iname, wire, is_str) = (&a.input, &a.wire, &a.is_str);
                let arg = &locals.claim_snake(&a.ident);
                let Some(input) = op.inputs.iter().find(|i| &i.name == iname) else { continue };
                let example = input
                    .example
                    .clone()
                    .or_else(|| op.body.as_ref().and_then(|b| b.example.as_ref()).and_then(|e| e.get(wire)).cloned())
                    .or_else(|| input.default.clone())
                    .unwrap_or_else(|| types.sample(&input.type_, 0));
                let key = format!("{}.{}.{}", service.name, op.name, iname);
                examples.insert(key.clone(), example);
                let owned = if *is_str { "String".to_string() } else { types.ty(&input.type_) };
                if Types::uses_model(&input.type_) {
                    imports.insert("models::*".into());
                }
                if Types::uses_map(&input.type_) {
                    imports.insert("BTreeMap".into());
                }
                lines.extend(layout::call(4, &format!("let {arg}: {owned} = example"), &[lit(&key)], ";"));
                call_args.push(if *is_str { format!("&{arg}") } else { arg.clone() });
            }
            if let Some(p) = &info.params {
                imports.insert(p.clone());
                // Optional body fields the body example sets (update bodies need at least one).
                let body_example = op.body.as_ref().and_then(|b| b.example.as_ref());
                let mut sets = Vec::new();
                for (iname, field) in &info.optional {
                    let Some(input) = op.inputs.iter().find(|i| &i.name == iname) else { continue };
                    if input.source != InputSource::BodyField {
                        continue;
                    }
                    let Some(value) = body_example.and_then(|e| e.get(&input.wire_name)) else { continue };
                    let key = format!("{}.{}.{}", service.name, op.name, iname);
                    examples.insert(key.clone(), value.clone());
                    sets.extend(layout::call(4, &format!("params.{field} = example"), &[lit(&key)], ";"));
                }
                if sets.is_empty() {
                    call_args.push(format!("{p}::new()"));
                } else {
                    lines.push(format!("    let mut params = {p}::new();"));
                    lines.extend(sets);
                    call_args.push("params".into());
                }
            }
            lines.extend(layout::call(4, &format!("let call = service.{}", info.ident), &call_args, ";"));
            lines.push("    let result = call.await;".to_string());
            lines.extend(layout::call(
                4,
                "check",
                &[lit(&format!("{}.{}", service.name, op.name)), "result".into()],
                ";",
            ));
            lines.push("}".into());
            items.push(lines);
        }
    }
    let mut uses_list: Vec<String> = vec![];
    let crate_items: Vec<&str> =
        imports.iter().filter(|i| !matches!(i.as_str(), "BTreeMap" | "models::*")).map(String::as_str).collect();
    let mut crate_items: Vec<&str> = crate_items;
    if !items.is_empty() {
        crate_items.push(&krate.core);
        crate_items.push(&krate.error);
    }
    let mut use_specs: Vec<(&str, Vec<&str>)> = vec![(krate.lib.as_str(), crate_items)];
    let models_path = format!("{}::models", krate.lib);
    if imports.contains("models::*") {
        use_specs.push((models_path.as_str(), vec!["*"]));
    }
    let uses_examples = !examples.is_empty();
    if uses_examples {
        use_specs.push(("serde::de", vec!["DeserializeOwned"]));
        use_specs.push(("serde_json", vec!["Value"]));
    }
    if imports.contains("BTreeMap") {
        use_specs.push(("std::collections", vec!["BTreeMap"]));
    }
    uses_list.extend(layout::uses(&use_specs));
    let json = serde_json::to_string_pretty(&Value::Object(examples)).unwrap_or_else(|_| "{}".into()) + "\n";
    (TestsView { uses: uses_list, items, uses_examples }, json)
}

fn build_full_flow(api: &Api, ops: &OpIndex) -> Option<FullFlowView> {
    let find = |service: &str, op: &str| {
        api.services
            .iter()
            .find(|s| s.name == service)
            .and_then(|s| s.operations.iter().find(|o| o.name == op))
            .and_then(|o| ops.methods.get(&(service.to_string(), o.name.clone())))
    };
    let signup = find("auth", "signup")?;
    let tenants = find("tenants", "create")?;
    let keys = find("keys", "create")?;
    let usage = find("usage", "record")?;
    Some(FullFlowView {
        signup: signup.params.clone()?,
        tenants: tenants.params.clone().unwrap_or_default(),
        keys: keys.params.clone()?,
        usage: usage.params.clone().unwrap_or_default(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn list_continuations_are_indented_to_the_item_text() {
        let doc = "/// - first item\n/// continued\n///\n/// 12. numbered\n/// more\n/// plain";
        let fixed = indent_list_continuations(doc);
        assert_eq!(fixed, "/// - first item\n///   continued\n///\n/// 12. numbered\n///     more\n///     plain");
        // Not list items: emphasis, a number without a marker, a marker without text.
        for text in ["/// *bold* text\n/// next", "/// 2024 was\n/// next", "/// -\n/// next"] {
            assert_eq!(indent_list_continuations(text), text);
        }
    }

    #[test]
    fn code_fences_are_left_alone() {
        let doc = "/// - item\n/// ```text\n/// code\n/// ```\n/// after";
        assert_eq!(indent_list_continuations(doc), doc);
    }

    #[test]
    fn mixed_enum_values_are_spelled_as_json() {
        let code = |v: Value| mixed_value_code(&v).map(|(make, test)| format!("{make} | {test}"));
        assert_eq!(code(Value::from("a\"b")).as_deref(), Some("Value::from(\"a\\\"b\") | value == \"a\\\"b\""));
        assert_eq!(code(Value::from(2)).as_deref(), Some("Value::from(2_i64) | value == 2_i64"));
        assert_eq!(code(Value::from(3.5)).as_deref(), Some("Value::from(3.5_f64) | value == 3.5_f64"));
        assert_eq!(code(Value::Null).as_deref(), Some("Value::Null | value.is_null()"));
        assert_eq!(code(serde_json::json!([1])), None);
    }

    #[test]
    fn shortened_type_names_are_the_ir_names() {
        let long = "WebhookRegistryPackagePublishedRegistryPackagePackageVersionContainerMetadataLabels";
        let name = type_name(long);
        assert!(name.starts_with("WebhookRegistryPackage") && !name.contains('_'), "{name}");
        assert_eq!(name, naming::pascal(long), "the Rust SDK spells shortened type names as the IR does");
    }
}
