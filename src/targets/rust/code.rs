//! The Rust view model: every identifier, type, signature and statement of the generated crate,
//! already laid out as rustfmt would lay it out.

use foldhash::{HashMap, HashSet, HashSetExt};
use std::collections::{BTreeMap, BTreeSet};

use serde::Serialize;
use serde_json::Value;

use crate::config::Config;
use crate::ir::reach::{def_refs, named_refs, reach, service_roots, surface};
use crate::ir::*;
use crate::naming::{self, NameSet};
use crate::render::escape;

use super::layout;

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
    /// The API's description (raw), the crate's doc.
    pub doc: Option<String>,
    pub envelope: Option<EnvelopeView>,
    pub schemes: Vec<SchemeView>,
    pub errors: ErrorsView,
    /// The models operations use, one module of `src/models/` per set of features that reach
    /// them (`src/models/group.rs.j2` each, placed by `src/models.rs.j2`).
    pub model_groups: Vec<ModelGroup>,
    /// The modules of `src/models/` (the groups and `extra`), sorted, and their `#[cfg(..)]`.
    pub model_modules: Vec<(String, Option<String>)>,
    /// Some model group defines a string enum: `models.rs` defines the `string_enum_serde!` macro.
    pub string_enums: bool,
    /// The Cargo features: one per service, in the order of the API description.
    pub features: Vec<FeatureView>,
    /// `models/extra.rs`: the types no operation uses, behind the `all-models` feature.
    pub extra_models: Option<ModelsView>,
    pub constants: Vec<ConstantView>,
    /// Rendered one file each by `src/service.rs.j2` (not in the whole-crate context).
    #[serde(skip)]
    pub services: Vec<ServiceView>,
    pub scopes: ScopesView,
    /// What the crate root re-exports: `[module, [names]]`.
    pub lib_exports: Vec<(String, Vec<String>)>,
    /// The modules of `src/services/`, sorted.
    pub service_modules: Vec<ServiceModule>,
    pub tests: TestsView,
    #[serde(skip)]
    pub examples_json: String,
    pub full_flow: Option<FullFlowView>,
    pub readme: ReadmeView,
    /// A string enum of the default models, for the forward-compatibility test.
    pub enum_case: Option<EnumCase>,
}

/// A module of `src/services/`: its feature and what it re-exports.
#[derive(Debug, Serialize)]
pub struct ServiceModule {
    pub module: String,
    pub feature: String,
    pub exports: Vec<String>,
}

/// A Cargo feature: a service and the models it reaches.
#[derive(Debug, Serialize)]
pub struct FeatureView {
    pub name: String,
    /// The service struct.
    pub service: String,
}

/// A module of `src/models/`: the models that the same set of features reaches, compiled when
/// any of them is enabled (`cfg`: the attribute, none when the models are always compiled).
#[derive(Debug, Serialize)]
pub struct ModelGroup {
    pub module: String,
    pub cfg: Option<String>,
    pub models: ModelsView,
}

#[derive(Debug, Serialize)]
pub struct EnumCase {
    pub ty: String,
    pub variant: String,
    /// A known value (raw).
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
/// The API's result envelope: its field names (raw).
pub struct EnvelopeView {
    pub ok: String,
    pub data: String,
    pub error: String,
    pub code: String,
    pub message: String,
    pub details: Option<String>,
}

#[derive(Debug, Serialize)]
/// A security scheme the runtime applies: its key, its `SchemeKind` variant and, for API keys,
/// the parameter name.
pub struct SchemeView {
    pub key: String,
    pub kind: &'static str,
    pub param: Option<String>,
}

/// The error classes: `src/errors.rs` (`macros/errors.rs.j2`) and the cases of `tests/runtime.rs`.
#[derive(Debug, Serialize)]
pub struct ErrorsView {
    /// One `ErrorKind` variant per error class.
    pub kinds: Vec<KindView>,
    /// The discriminants of `InvalidRequest` and `InvalidResponse`, the kinds of the SDK itself.
    pub invalid_request: u32,
    pub invalid_response: u32,
    /// API error codes and the kind each maps to.
    pub codes: Vec<CodeView>,
    /// `for_status`: status ranges (`[lo, hi]`, inclusive) per kind, exact statuses first.
    pub statuses: Vec<StatusArm>,
    /// Kinds below another kind than the base error.
    pub parents: Vec<ParentView>,
    /// The kinds of a connection failure, a timeout and an undocumented status.
    pub connection: String,
    pub timeout: String,
    pub unexpected: String,
    /// A status of each kind, for the generated runtime tests.
    pub status_cases: Vec<StatusCase>,
    /// The kinds of 502 and 429, when the API has classes for them.
    pub bad_gateway: Option<String>,
    pub rate_limit: Option<String>,
}

#[derive(Debug, Serialize)]
pub struct KindView {
    pub variant: String,
    /// Its explicit discriminant (see [`discriminants`]).
    pub discriminant: u32,
    /// The class name (`NotFoundError`) and its doc (raw).
    pub name: String,
    pub doc: String,
}

#[derive(Debug, Serialize)]
pub struct CodeView {
    pub code: String,
    /// The status a test answers with (the code's, or 400).
    pub status: u16,
    pub variant: String,
}

#[derive(Debug, Serialize)]
pub struct StatusArm {
    pub ranges: Vec<(u16, u16)>,
    pub variant: String,
}

#[derive(Debug, Serialize)]
pub struct ParentView {
    pub variant: String,
    pub parent: String,
}

#[derive(Debug, Serialize)]
pub struct StatusCase {
    pub status: u16,
    pub variant: String,
}

/// `src/models.rs` or `src/models/extra.rs`: serde models (`macros/model.rs.j2`).
#[derive(Debug, Serialize)]
pub struct ModelsView {
    pub imports: Vec<(String, Vec<String>)>,
    /// Some model is a string enum: the file defines the `string_enum_serde!` macro.
    pub string_enums: bool,
    /// Rendered in chunks by `src/models/items.rs.j2`, placed as `items` (not in the file's context).
    #[serde(skip)]
    pub models: Vec<ModelView>,
}

/// One model: its name, docs (raw), and `kind` with the fields of that kind.
#[derive(Debug, Serialize)]
pub struct ModelView {
    pub name: String,
    pub doc: Option<String>,
    /// `#[non_exhaustive]`: every enum and union (a new value or variant is a minor change), and
    /// every struct no operation sends (callers read them, so a new field is a minor change;
    /// they build them by deserializing). The structs operations send stay exhaustive: callers
    /// build them with struct literals.
    pub non_exhaustive: bool,
    #[serde(flatten)]
    pub shape: ModelShape,
}

#[derive(Debug, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum ModelShape {
    /// A struct; `rename_all`: serde's `camelCase` spells the wire names; `extra`: the field
    /// collecting undocumented properties.
    Object { rename_all: bool, fields: Vec<ObjectField>, extra: Option<ArgView> },
    /// An enum with an `Unknown(String)` variant, serialised through `as_str`.
    StringEnum { values: Vec<EnumValueView> },
    /// A `Copy` newtype over `i64` with an associated constant per known value.
    IntEnum { values: Vec<EnumValueView> },
    /// An enum of JSON values of several types, with `Unknown(Value)`.
    MixedEnum { values: Vec<EnumValueView> },
    /// An untagged enum, or one read through its `discriminator` property.
    Union { discriminator: Option<String>, variants: Vec<VariantView> },
    /// `pub type`, or a serde-transparent newtype struct when the alias reaches itself without an
    /// object in between (a recursive `type` alias does not compile).
    Alias { target: String, newtype: bool },
}

#[derive(Debug, Serialize)]
pub struct ObjectField {
    pub ident: String,
    pub ty: String,
    pub doc: Option<String>,
    /// The property is deprecated: the note of its `#[deprecated]` (raw).
    pub deprecated: Option<String>,
    /// The wire name, when serde's `Serialize` would not spell it from `ident`.
    pub rename: Option<String>,
    /// The wire name (the property `Deserialize` reads).
    pub wire: String,
    pub absent: Absent,
}

/// How a field reads when the property is absent, and whether it is written when empty.
#[derive(Debug, Clone, Copy, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Absent {
    /// Required and not nullable: an error when absent.
    Required,
    /// Required but nullable: `None` when absent.
    Default,
    /// Optional: `None`, left out when `None`.
    None,
    /// Optional and untyped: `Value::Null`, left out when null.
    Null,
}

#[derive(Debug, Serialize)]
pub struct EnumValueView {
    pub ident: String,
    pub doc: Option<String>,
    /// The value: the string (string enums), the number (integer enums), or for mixed enums
    /// the Rust literal (`2_i64`, `true`, the raw string) of a value of JSON type `json`.
    pub wire: String,
    pub json: &'static str,
    /// The value as JSON text (for the docs of mixed enum values).
    pub text: String,
}

#[derive(Debug, Serialize)]
pub struct VariantView {
    pub ident: String,
    pub ty: String,
    /// The variant's name in the API description, and its discriminator values.
    pub name: String,
    pub tags: Vec<String>,
}

/// A constant of `src/constants.rs`: every known value of an enum model, in the order of the API
/// description (`values`: the variants or associated constants of `ty`).
#[derive(Debug, Serialize)]
pub struct ConstantView {
    /// `#[cfg(..)]`: the features of the model group of `ty`.
    pub cfg: Option<String>,
    pub name: String,
    pub ty: String,
    pub values: Vec<String>,
}

/// One service: `src/services/<module>.rs` (`src/service.rs.j2`).
#[derive(Debug, Serialize)]
pub struct ServiceView {
    /// The module (`tenants`) and the struct (`TenantsService`).
    pub module: String,
    pub name: String,
    /// The Cargo feature compiling it.
    pub feature: String,
    /// The service's description (raw text: the template escapes it with `docs`).
    pub doc: Option<String>,
    /// What the file imports: `[path, [names]]`, for the `uses` filter.
    pub imports: Vec<(String, Vec<String>)>,
    /// Per-service defaults of inputs: a field and a `with_..` method each.
    pub defaults: Vec<DefaultView>,
    /// Associated constants: the known values of an enum the operations take.
    pub constants: Vec<ServiceConstant>,
    pub methods: Vec<MethodView>,
    /// Methods returning a resource scope (`scope(id)`).
    pub accessors: Vec<AccessorView>,
    /// The params structs of the methods with optional inputs, in method order.
    pub params: Vec<ParamsView>,
    /// The names the crate root re-exports from this module.
    pub exports: Vec<String>,
}

#[derive(Debug, Serialize)]
pub struct DefaultView {
    /// The input's name in the API description, for the fallback doc.
    pub name: String,
    pub doc: Option<String>,
    pub field: String,
    pub ty: String,
    pub method: String,
    pub arg: String,
}

#[derive(Debug, Serialize)]
pub struct ServiceConstant {
    pub ident: String,
    pub ty: String,
}

/// A method returning a scope over the service's core.
#[derive(Debug, Serialize)]
pub struct AccessorView {
    /// `#[cfg(..)]` (indented for the `impl`): the features of the scope.
    pub cfg: Option<String>,
    pub method: String,
    /// The resource (`api key`), its path prefix and the wire name of the bound parameter.
    pub scope: String,
    pub prefix: String,
    pub wire: String,
    /// Parameters after `&self`, and the arguments of the scope's constructor after the core.
    pub params: Vec<ArgView>,
    pub args: Vec<ValueView>,
    /// The scope struct.
    pub ty: String,
}

/// One generated method: `macros/method.rs.j2`.
#[derive(Debug, Serialize)]
pub struct MethodView {
    pub ident: String,
    /// Doc paragraphs (raw text): the summary, then the description when it differs.
    pub docs: Vec<String>,
    /// The operation is deprecated: the note of its `#[deprecated]` (raw).
    pub deprecated: Option<String>,
    /// The body reads a deprecated field of the params struct: `#[allow(deprecated)]`.
    pub reads_deprecated: bool,
    /// `GET`, and the path template (`/tenants/{id}`).
    pub http_method: String,
    pub path: String,
    /// The required inputs, as positional arguments.
    pub args: Vec<ArgView>,
    /// The params struct of the optional inputs, the last argument (`params`).
    pub params: Option<String>,
    /// What awaiting the returned `Call` gives.
    pub ret: String,
    /// Every input in the order of the API description.
    pub inputs: Vec<InputView>,
    /// A body whose fields are inputs (`Fields`), built before the request.
    pub fields: Option<FieldsBody>,
    /// Whether any statement after `ApiRequest::new` changes the request (`let mut request`).
    pub sets_request: bool,
    /// Security requirement alternatives (scheme keys), empty when the operation needs none.
    pub security: Vec<Vec<String>>,
    pub idempotency_header: Option<String>,
    /// Set when the response's envelope differs from the API's.
    pub enveloped: Option<bool>,
    /// `Text`, `Binary` or `Empty`: a response that is not JSON.
    pub response_kind: Option<&'static str>,
    /// `(name, value)` of the `Content-Type` and `Accept` headers the request names where the
    /// runtime's defaults (JSON, `application/octet-stream`, `text/plain`) are not the API's.
    pub media_headers: Vec<(&'static str, String)>,
    pub pagination: Option<PaginationView>,
    /// The runtime decoder (`decode::json`, `decode::page`...).
    pub decoder: &'static str,
    /// The `_all` twin of a paginated method.
    pub all: Option<AllView>,
}

#[derive(Debug, Clone, Serialize)]
pub struct ArgView {
    pub ident: String,
    pub ty: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum InputKind {
    /// A path, query, header or cookie parameter.
    Param,
    /// A field of a `Fields` body.
    BodyField,
    /// The whole body.
    Body,
}

/// An input of a method and where it goes.
#[derive(Debug, Serialize)]
pub struct InputView {
    pub source: InputKind,
    /// Its name on the wire (raw: the template quotes it with `rust_str`).
    pub wire: String,
    pub required: bool,
    /// A string, taken as `&str`.
    pub is_str: bool,
    /// The argument (required inputs) or the params field (optional ones).
    pub var: String,
    /// The service default field used when the call leaves the input out.
    pub default: Option<String>,
    /// A parameter with a default: the local holding the value or the default.
    pub local: Option<String>,
    /// The request method setting it (`path_param`, `query_joined`, `json_body`...).
    pub setter: &'static str,
    /// The separator of a `query_joined` parameter.
    pub separator: Option<&'static str>,
    /// A file of a multipart body.
    pub binary: bool,
    /// A list of files of a multipart body (one part each).
    pub binary_list: bool,
    /// A text or binary body, passed by value.
    pub by_value: bool,
}

#[derive(Debug, Serialize)]
pub struct FieldsBody {
    /// Whether any input or default goes in (otherwise the body is an empty object).
    pub build: bool,
    /// `json_fields`, `form_fields` or `multipart_fields`.
    pub setter: &'static str,
    /// Service defaults inside a body field: the wire path and the default field.
    pub defaults: Vec<NestedDefault>,
}

#[derive(Debug, Serialize)]
pub struct NestedDefault {
    pub path: Vec<String>,
    pub field: String,
}

#[derive(Debug, Serialize)]
pub struct PaginationView {
    pub cursor: String,
    pub items: String,
    pub next: String,
    pub has_more: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct AllView {
    pub ident: String,
    pub item: String,
}

/// The params struct of a method's optional inputs: `macros/params.rs.j2`.
#[derive(Debug, Serialize)]
pub struct ParamsView {
    pub name: String,
    /// Some field is deprecated: the setters' `impl` allows using it.
    pub deprecated: bool,
    /// The service struct and method it belongs to, and its first field (for the doc example).
    pub service: String,
    pub method: String,
    pub first: String,
    pub fields: Vec<ParamFieldView>,
}

#[derive(Debug, Serialize)]
pub struct ParamFieldView {
    pub ident: String,
    /// The input's type (without the `Option` the struct adds).
    pub ty: String,
    pub wire: String,
    pub doc: Option<String>,
    /// The input is deprecated: the note of the `#[deprecated]` of its field and setter (raw).
    pub deprecated: Option<String>,
    /// `Option<Option<T>>`: `Some(None)` sends `null`.
    pub sends_null: bool,
    pub setter: SetterKind,
}

/// What the builder method of a params field takes.
#[derive(Debug, Clone, Copy, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum SetterKind {
    /// The field's type.
    Value,
    /// `impl Into<String>`.
    Str,
    /// `impl IntoIterator<Item = impl Into<String>>`.
    StrList,
}

/// `src/scopes.rs`: the resource scopes (`src/scopes.rs.j2`, `macros/scope.rs.j2`).
#[derive(Debug, Serialize)]
pub struct ScopesView {
    pub imports: Vec<(String, Vec<String>)>,
    pub scopes: Vec<ScopeView>,
    pub exports: Vec<String>,
}

/// A resource scope: a struct over the core with the resource's identifiers bound.
#[derive(Debug, Serialize)]
pub struct ScopeView {
    /// `#[cfg(all(..))]`: every feature whose operations it (or a nested scope) calls; also on its
    /// groups.
    pub cfg: Option<String>,
    pub name: String,
    /// The resource (`api key`), its path prefix and the wire name of its own parameter.
    pub noun: String,
    pub prefix: String,
    pub wire: String,
    /// The bound identifiers: the enclosing resources' first, its own last.
    pub fields: Vec<FieldView>,
    /// Getters of its own identifier (first) and of the enclosing ones (last).
    pub own_getters: Vec<GetterView>,
    pub outer_getters: Vec<GetterView>,
    /// The operations on the resource, calling the services' methods.
    pub methods: Vec<DelegateView>,
    /// Sub-groups of operations, each a struct of its own made by an accessor.
    pub groups: Vec<GroupView>,
    /// Accessors of the nested resources' scopes.
    pub children: Vec<ChildView>,
}

#[derive(Debug, Serialize)]
pub struct FieldView {
    pub ident: String,
    /// `String` for strings.
    pub ty: String,
    pub is_str: bool,
    /// The type is `Copy` (no `.clone()`).
    pub copy: bool,
    pub wire: String,
}

#[derive(Debug, Serialize)]
pub struct GetterView {
    pub method: String,
    pub field: FieldView,
}

/// A value passed on to a call: `&self.core`-style fields of the scope, or a parameter.
#[derive(Debug, Serialize)]
pub struct ValueView {
    pub name: String,
    /// `arg` (a parameter), `str_field` (`&self.x`), `deref_field` (`&*self.x`), `copy_field`
    /// (`self.x`) or `field` (`self.x.clone()`).
    pub from: &'static str,
}

impl ValueView {
    fn arg(name: String) -> Self {
        ValueView { name, from: "arg" }
    }
}

/// A scope method calling a service's method with the bound identifiers filled in.
#[derive(Debug, Serialize)]
pub struct DelegateView {
    pub ident: String,
    pub docs: Vec<String>,
    /// The operation is deprecated: the note of its `#[deprecated]` (raw).
    pub deprecated: Option<String>,
    /// The service struct and its method.
    pub service: String,
    pub target: String,
    pub ret: String,
    /// Parameters after `&self`, and the arguments of the service's method.
    pub params: Vec<ArgView>,
    pub args: Vec<ValueView>,
    pub all: Option<DelegateAll>,
}

#[derive(Debug, Serialize)]
pub struct DelegateAll {
    pub ident: String,
    pub target: String,
    pub item: String,
}

#[derive(Debug, Serialize)]
pub struct GroupView {
    pub name: String,
    pub noun: String,
    /// The scope's method returning the group.
    pub accessor: String,
    /// The scope fields its methods read.
    pub fields: Vec<FieldView>,
    pub methods: Vec<DelegateView>,
}

#[derive(Debug, Serialize)]
pub struct ChildView {
    pub accessor: String,
    pub noun: String,
    pub ty: String,
    pub params: Vec<ArgView>,
    pub args: Vec<ValueView>,
}

/// `tests/operations.rs`: one test per operation against a Prism mock (`macros/test.rs.j2`).
#[derive(Debug, Serialize)]
pub struct TestsView {
    pub imports: Vec<(String, Vec<String>)>,
    pub tests: Vec<TestView>,
    /// Some test reads an input value from `examples.json`.
    pub uses_examples: bool,
    /// Some operation or optional input is deprecated: the tests call and set them anyway
    /// (`#![allow(deprecated)]`).
    pub deprecated: bool,
    /// Some test expects a result (`check`); some test expects an error (`check_rejects`).
    pub succeeds: bool,
    pub rejects: bool,
}

#[derive(Debug, Serialize)]
pub struct TestView {
    pub name: String,
    /// The service struct and the method called.
    pub service: String,
    pub method: String,
    /// `service.operation`, as the failure message names it.
    pub operation: String,
    /// The required inputs, read from `examples.json`.
    pub args: Vec<ExampleArg>,
    pub params: Option<ExampleParams>,
    /// The operation documents only errors: the `ErrorKind` variant the call fails with.
    pub rejects: Option<String>,
}

#[derive(Debug, Serialize)]
pub struct ExampleArg {
    pub local: String,
    /// The local's type (`String` for a `&str` argument, passed `borrowed`).
    pub ty: String,
    /// The key of its value in `examples.json`.
    pub key: String,
    pub borrowed: bool,
}

#[derive(Debug, Serialize)]
pub struct ExampleParams {
    pub name: String,
    /// Fields set from the body example: the field and its key in `examples.json`.
    pub sets: Vec<ExampleSet>,
}

#[derive(Debug, Serialize)]
pub struct ExampleSet {
    pub field: String,
    pub key: String,
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
    /// Each service struct and its methods.
    pub services: Vec<(String, Vec<String>)>,
    /// The scope structs and their path prefixes (raw).
    pub scopes: Vec<(String, String)>,
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
    /// The types operations send (their inputs), with every type they reach.
    sent: BTreeSet<String>,
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
        Types { api, names, sent: crate::ir::reach::usage(api).0 }
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
            TypeRef::String { format } => Value::String(format.sample().unwrap_or("string").to_string()),
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
                                let v = p.sample_value(
                                    |v| self.api.accepts(v, &p.type_, &TEST_VALUES),
                                    || self.sample(&p.type_, depth + 1),
                                );
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

pub fn doc(text: &str, indent: usize) -> String {
    indent_list_continuations(&escape::rust_doc(text, indent))
}

/// Whether a doc text renders as no line at all.
fn blank(text: &str) -> bool {
    escape::clean_text(text).trim().is_empty()
}

/// A doc text that renders as something, or `None`.
fn text(doc: &Option<String>) -> Option<String> {
    doc.clone().filter(|d| !blank(d))
}

/// A doc where the template writes a fallback when there is none (`None`): `Some("")` when the
/// text renders as nothing (no doc and no fallback).
fn value_doc(doc: &Option<String>) -> Option<String> {
    doc.as_ref().map(|d| if blank(d) { String::new() } else { d.clone() })
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
            version: config.rust.version.clone(),
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
            ok: e.ok_field.clone(),
            data: e.data_field.clone(),
            error: e.error_field.clone(),
            code: e.code_field.clone(),
            message: e.message_field.clone(),
            details: e.details_field.clone(),
        });
        let schemes = api
            .security_schemes
            .iter()
            .filter_map(|s| {
                let (kind, param) = match &s.kind {
                    SecurityKind::Bearer => ("Bearer", None),
                    SecurityKind::Basic => ("Basic", None),
                    SecurityKind::ApiKey { location: ParamLocation::Header, param } => ("ApiKeyHeader", Some(param)),
                    SecurityKind::ApiKey { location: ParamLocation::Query, param } => ("ApiKeyQuery", Some(param)),
                    SecurityKind::ApiKey { location: ParamLocation::Cookie, param } => ("ApiKeyCookie", Some(param)),
                    SecurityKind::ApiKey { .. } => return None,
                };
                Some(SchemeView { key: s.key.clone(), kind, param: param.cloned() })
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
        let used = surface(api);
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
                known: known.to_string(),
            })
        });
        // One Cargo feature per service: a crate built with some of them compiles those services,
        // the models they reach and the scopes whose operations are all among them.
        let mut module_names = NameSet::new();
        module_names.reserve(["mod"]);
        let names: Vec<String> =
            api.services.iter().map(|s| module_names.claim_snake(&naming::rust_ident(&s.name))).collect();
        let features = feature_names(api, &names);
        // The modules are private (their types are re-exported), so a service named `services`
        // gets another module name: `services::services` is clippy's `module_inception`.
        let modules: Vec<String> = names
            .into_iter()
            .map(|m| if m == SERVICES_MODULE { module_names.claim_snake(&format!("{m}_service")) } else { m })
            .collect();
        let scope_sets = scope_features(api, &features);
        let scope_cfgs: BTreeMap<String, Option<String>> = scope_sets
            .iter()
            .map(|(name, set)| (name.clone(), layout::cfg(0, "all", &set.iter().cloned().collect::<Vec<_>>())))
            .collect();
        let model_sets = model_features(api, &features, &scope_sets);
        let groups = model_group_sets(api, &used, &model_sets, &features);
        // Each group's types in the API's order, found in one pass over the types.
        let group_of: HashMap<&str, usize> = groups
            .iter()
            .enumerate()
            .flat_map(|(i, (_, _, members))| members.iter().map(move |n| (n.as_str(), i)))
            .collect();
        let mut group_defs: Vec<Vec<&TypeDef>> = vec![Vec::new(); groups.len()];
        let mut extra_defs: Vec<&TypeDef> = Vec::new();
        for def in api.types.values() {
            match group_of.get(def.name.as_str()) {
                Some(&i) => group_defs[i].push(def),
                None if !used.contains(&def.name) => extra_defs.push(def),
                None => {}
            }
        }
        // The models and the operations do not depend on each other: built in parallel.
        let ((model_groups, extra_models), (services, ops, scopes)) = rayon::join(
            || {
                rayon::join(
                    || {
                        use rayon::prelude::*;
                        groups
                            .par_iter()
                            .zip(&group_defs)
                            .map(|((module, set, members), defs)| ModelGroup {
                                module: module.clone(),
                                cfg: layout::cfg(0, "any", &set.iter().cloned().collect::<Vec<_>>()),
                                models: build_models(&types, defs, &|n| !members.contains(n)),
                            })
                            .collect::<Vec<_>>()
                    },
                    || (api.types.len() > used.len()).then(|| build_models(&types, &extra_defs, &|n| used.contains(n))),
                )
            },
            || {
                let mut ops = OpIndex::default();
                let mut services = Vec::new();
                for (service, module) in api.services.iter().zip(&modules) {
                    let name = service_names[&service.name].clone();
                    let feature = features[&service.name].clone();
                    services.push(build_service(
                        api,
                        &types,
                        service,
                        (&name, module, &feature),
                        &mut top,
                        &mut ops,
                        &scope_names,
                        &scope_cfgs,
                    ));
                }
                let scopes = build_scopes(api, &types, &ops, &service_names, &scope_names, &scope_cfgs, &mut top);
                (services, ops, scopes)
            },
        );
        let string_enums = model_groups.iter().any(|g| g.models.string_enums);
        let mut model_modules: Vec<(String, Option<String>)> =
            model_groups.iter().map(|g| (g.module.clone(), g.cfg.clone())).collect();
        if extra_models.is_some() {
            model_modules.push(("extra".into(), layout::cfg(0, "any", &["all-models".to_string()])));
        }
        model_modules.sort();
        let model_cfgs: BTreeMap<&str, &Option<String>> = groups
            .iter()
            .zip(&model_groups)
            .flat_map(|((_, _, members), g)| members.iter().map(move |m| (m.as_str(), &g.cfg)))
            .collect();
        let constants = build_constants(api, &types, &model_cfgs);
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
        // Globs: what each module holds depends on the enabled features.
        if !services.is_empty() {
            lib_exports.push(("services".into(), vec!["*".into()]));
        }
        if !scopes.exports.is_empty() {
            lib_exports.push(("scopes".into(), vec!["*".into()]));
        }
        if !constants.is_empty() {
            lib_exports.push(("constants".into(), vec!["*".into()]));
        }
        let mut service_modules: Vec<ServiceModule> = services
            .iter()
            .map(|s| ServiceModule { module: s.module.clone(), feature: s.feature.clone(), exports: s.exports.clone() })
            .collect();
        service_modules.sort_by(|a, b| a.module.cmp(&b.module));
        let readme = ReadmeView {
            scopes: api.scopes.iter().map(|s| (scope_names[&s.name].clone(), s.path_prefix.clone())).collect(),
            services: services
                .iter()
                .map(|s| (s.name.clone(), s.methods.iter().map(|m| m.ident.clone()).collect()))
                .collect(),
            example: services.first().map(|s| ExampleService { name: s.name.clone(), var: s.module.clone() }),
            behaviours: String::new(),
            envelope: api.envelope.is_some(),
        };
        View {
            doc: api.description.clone(),
            krate,
            envelope,
            schemes,
            errors,
            model_groups,
            model_modules,
            string_enums,
            features: api
                .services
                .iter()
                .map(|s| FeatureView { name: features[&s.name].clone(), service: service_names[&s.name].clone() })
                .collect(),
            extra_models,
            constants,
            services,
            scopes,
            lib_exports,
            service_modules,
            tests,
            examples_json,
            full_flow,
            readme,
            enum_case,
        }
    }
}

/// The explicit discriminant of each `ErrorKind` variant: a hash of its name (FNV-1a, 31 bits, so
/// it fits an `isize` everywhere), so that a class the API adds or removes never changes another
/// one's (`kind as isize` keeps its value; cargo-semver-checks' `enum_no_repr_variant_discriminant_changed`).
/// A collision (not seen in practice) takes the next free value, in name order.
fn discriminants<'a>(names: impl Iterator<Item = &'a str>) -> BTreeMap<String, u32> {
    let names: BTreeSet<&str> = names.collect();
    let mut taken = BTreeSet::new();
    let mut out = BTreeMap::new();
    for name in names {
        let mut hash: u32 = 0x811c_9dc5;
        for b in name.bytes() {
            hash = (hash ^ u32::from(b)).wrapping_mul(0x0100_0193);
        }
        let mut d = hash & 0x7fff_ffff;
        while !taken.insert(d) {
            d = (d + 1) & 0x7fff_ffff;
        }
        out.insert(name.to_string(), d);
    }
    out
}

/// The `ErrorKind` variant of each error class (`NotFoundError` → `NotFound`).
fn kind_variants(api: &Api) -> BTreeMap<String, String> {
    let mut set = NameSet::new();
    set.reserve(["InvalidRequest", "InvalidResponse"]);
    let mut variants: BTreeMap<String, String> = BTreeMap::new();
    for class in &api.errors.classes {
        let stem = class.name.strip_suffix("Error").filter(|s| !s.is_empty()).unwrap_or(&class.name);
        variants.insert(class.name.clone(), set.claim_pascal(&camel_ident(&naming::pascal(stem))));
    }
    variants
}

fn build_errors(api: &Api) -> ErrorsView {
    let variants = kind_variants(api);
    let mut kinds: Vec<KindView> = api
        .errors
        .classes
        .iter()
        .map(|class| KindView {
            variant: variants[&class.name].clone(),
            discriminant: 0,
            name: class.name.clone(),
            doc: class.doc.clone(),
        })
        .collect();
    let mut fixed =
        discriminants(kinds.iter().map(|k| k.variant.as_str()).chain(["InvalidRequest", "InvalidResponse"]));
    for k in &mut kinds {
        k.discriminant = fixed.remove(&k.variant).unwrap_or_default();
    }
    let find =
        |kind: ErrorClassKind| api.errors.classes.iter().find(|c| c.kind == kind).map(|c| variants[&c.name].clone());
    let unexpected = find(ErrorClassKind::UnexpectedStatus).unwrap_or_else(|| "InvalidResponse".into());
    let connection = find(ErrorClassKind::Connection).unwrap_or_else(|| "InvalidRequest".into());
    let timeout = find(ErrorClassKind::Timeout).unwrap_or_else(|| connection.clone());
    let codes: Vec<CodeView> = api
        .errors
        .codes
        .iter()
        .filter_map(|c| {
            Some(CodeView {
                code: c.code.clone(),
                status: c.status.unwrap_or(400),
                variant: variants.get(&c.class)?.clone(),
            })
        })
        .collect();
    let mut statuses = Vec::new();
    let mut status_cases = Vec::new();
    let mut taken = BTreeSet::new();
    let status_classes = api.errors.classes.iter().filter(|c| c.kind == ErrorClassKind::Status);
    for class in status_classes.clone() {
        let exact: Vec<u16> = class.statuses.iter().copied().filter(|s| taken.insert(*s)).collect();
        if !exact.is_empty() {
            let variant = variants[&class.name].clone();
            status_cases.extend(exact.iter().map(|s| StatusCase { status: *s, variant: variant.clone() }));
            statuses.push(StatusArm { ranges: exact.iter().map(|s| (*s, *s)).collect(), variant });
        }
    }
    for class in status_classes {
        if let Some(c) = class.status_class.filter(|c| (1..=9).contains(c)) {
            // The statuses of the class no exact arm took, as disjoint ranges.
            let mut ranges = Vec::new();
            let mut start: Option<u16> = None;
            for s in c * 100..=c * 100 + 100 {
                let free = s < c * 100 + 100 && !taken.contains(&s);
                match (free, start) {
                    (true, None) => start = Some(s),
                    (false, Some(b)) => {
                        ranges.push((b, s - 1));
                        start = None;
                    }
                    _ => {}
                }
            }
            if ranges.is_empty() {
                continue;
            }
            let variant = variants[&class.name].clone();
            if let Some(s) = (c * 100..c * 100 + 100).find(|s| !taken.contains(s)) {
                status_cases.push(StatusCase { status: s, variant: variant.clone() });
            }
            statuses.push(StatusArm { ranges, variant });
        }
    }
    status_cases.push(StatusCase { status: 418, variant: unexpected.clone() });
    let parents = api
        .errors
        .classes
        .iter()
        .filter(|c| c.parent != api.errors.base)
        .filter_map(|c| {
            Some(ParentView { variant: variants.get(&c.name)?.clone(), parent: variants.get(&c.parent)?.clone() })
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
        invalid_request: fixed.remove("InvalidRequest").unwrap_or_default(),
        invalid_response: fixed.remove("InvalidResponse").unwrap_or_default(),
        codes,
        statuses,
        parents,
        connection,
        timeout,
        unexpected,
        status_cases,
        bad_gateway: by_status(502),
        rate_limit: by_status(429),
    }
}

/// The modules that hold the service modules and the model modules: neither may hold a module of
/// its own name (clippy's `module_inception`).
const SERVICES_MODULE: &str = "services";
const MODELS_MODULE: &str = "models";

/// The Cargo feature of each service (by IR name): its module's name, unless Cargo or the crate
/// already gives that name a meaning.
fn feature_names(api: &Api, modules: &[String]) -> BTreeMap<String, String> {
    let mut set = NameSet::new();
    set.reserve(["default", "full", "all_models"]);
    api.services.iter().zip(modules).map(|(s, m)| (s.name.clone(), set.claim_snake(m))).collect()
}

/// Every service feature whose operations a scope (its methods, groups and nested scopes) calls:
/// the scope compiles when all of them are enabled.
fn scope_features(api: &Api, features: &BTreeMap<String, String>) -> BTreeMap<String, BTreeSet<String>> {
    fn visit(
        api: &Api,
        scope: &Scope,
        features: &BTreeMap<String, String>,
        out: &mut BTreeMap<String, BTreeSet<String>>,
        depth: usize,
    ) -> BTreeSet<String> {
        if let Some(done) = out.get(&scope.name) {
            return done.clone();
        }
        let mut set: BTreeSet<String> = scope
            .methods
            .iter()
            .chain(scope.groups.iter().flat_map(|g| &g.operations))
            .filter_map(|sop| features.get(&sop.service).cloned())
            .collect();
        if depth < 64 {
            for child in &scope.children {
                if let Some(c) = api.scopes.iter().find(|s| &s.name == child) {
                    set.extend(visit(api, c, features, out, depth + 1));
                }
            }
        }
        out.insert(scope.name.clone(), set.clone());
        set
    }
    let mut out = BTreeMap::new();
    for scope in &api.scopes {
        visit(api, scope, features, &mut out, 0);
    }
    out
}

/// The modules of `src/models/` and what each holds: the used models grouped by the set of
/// features that need them. A module of one feature is named after it (`models_service` for a
/// feature `models`); `common` holds the models always compiled; the others are `shared_N`,
/// numbered in the order of their feature sets.
fn model_group_sets(
    api: &Api,
    used: &BTreeSet<String>,
    sets: &BTreeMap<String, BTreeSet<String>>,
    features: &BTreeMap<String, String>,
) -> Vec<(String, BTreeSet<String>, BTreeSet<String>)> {
    let empty = BTreeSet::new();
    let mut by_set: BTreeMap<&BTreeSet<String>, BTreeSet<String>> = BTreeMap::new();
    for name in api.types.keys().filter(|n| used.contains(*n)) {
        by_set.entry(sets.get(name).unwrap_or(&empty)).or_default().insert(name.clone());
    }
    let mut names = NameSet::new();
    names.reserve(["mod", "extra", "common"]);
    names.reserve(features.values().map(String::as_str));
    let mut shared = 0;
    let mut out = Vec::new();
    for (set, members) in by_set {
        let module = match set.iter().collect::<Vec<_>>().as_slice() {
            [] => "common".to_string(),
            // `models::models` would be clippy's `module_inception` (the module is private).
            [one] if *one == MODELS_MODULE => names.claim_snake(&format!("{one}_service")),
            [one] if features.values().any(|f| f == *one) => (*one).clone(),
            _ => {
                shared += 1;
                names.claim_snake(&format!("shared_{shared}"))
            }
        };
        out.push((module, set.clone(), members));
    }
    out.sort_by(|a, b| a.0.cmp(&b.0));
    out
}

/// The features that need each model: the services reaching it and the scopes whose identifiers
/// are of its type (`all-models`, which the unused schemas need, enables every service). Models
/// in no set (the constants' own enums) are always compiled.
fn model_features(
    api: &Api,
    features: &BTreeMap<String, String>,
    scopes: &BTreeMap<String, BTreeSet<String>>,
) -> BTreeMap<String, BTreeSet<String>> {
    let mut out: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for service in &api.services {
        let Some(feature) = features.get(&service.name) else { continue };
        for t in reach(api, service_roots(api, service)) {
            out.entry(t).or_default().insert(feature.clone());
        }
    }
    for scope in &api.scopes {
        let Some(set) = scopes.get(&scope.name) else { continue };
        let mut roots = BTreeSet::new();
        for p in scope_params(scope) {
            named_refs(&p.type_, &mut roots);
        }
        for t in reach(api, roots) {
            out.entry(t).or_default().extend(set.iter().cloned());
        }
    }
    out
}

/// The models of the types `defs`. `outside`: the types of the other modules of `models`,
/// imported from `super` where one of `defs` refers to them.
fn build_models(types: &Types, defs: &[&TypeDef], outside: &dyn Fn(&str) -> bool) -> ModelsView {
    let mut models = Vec::new();
    let (mut map, mut value, mut fmt, mut de, mut unions) = (false, false, false, false, false);
    let mut objects = false;
    let mut derives = false;
    let mut string_enums = false;
    let mut mixed_enums = false;
    let mut from_super = BTreeSet::new();
    for def in defs.iter().copied() {
        from_super.extend(def_refs(def).into_iter().filter(|n| outside(n)).map(|n| types.name(&n)));
        let name = types.name(&def.name);
        derives |= !matches!(&def.kind, TypeKind::Alias { .. }) || def.recursive_without_indirection;
        let shape = match &def.kind {
            TypeKind::Object(object) => {
                objects = true;
                let mut names = NameSet::new();
                let mut rename_all = false;
                let idents: Vec<String> =
                    object.properties.iter().map(|p| names.claim_snake(&naming::rust_ident(&p.name))).collect();
                for (p, ident) in object.properties.iter().zip(&idents) {
                    if *ident != p.wire_name && serde_camel(ident) == p.wire_name {
                        rename_all = true;
                    }
                }
                let mut fields = Vec::new();
                for (p, ident) in object.properties.iter().zip(idents) {
                    let serde_name = if rename_all { serde_camel(&ident) } else { ident.clone() };
                    map |= Types::uses_map(&p.type_);
                    value |= types.uses_value(&p.type_);
                    let ty = types.field_ty(&p.type_, &def.name);
                    let (ty, absent) = if !p.required && matches!(p.type_, TypeRef::Any) {
                        // Absent and null are the same untyped value.
                        (ty, Absent::Null)
                    } else if !p.required {
                        (if p.type_.is_nullable() { ty } else { format!("Option<{ty}>") }, Absent::None)
                    } else if p.type_.is_nullable() && !matches!(p.type_, TypeRef::Any) {
                        (ty, Absent::Default)
                    } else {
                        (ty, Absent::Required)
                    };
                    fields.push(ObjectField {
                        doc: text(&p.doc),
                        deprecated: deprecation(p.deprecated, &[p.doc.as_deref()]),
                        rename: (serde_name != p.wire_name).then(|| p.wire_name.clone()),
                        wire: p.wire_name.clone(),
                        ident,
                        ty,
                        absent,
                    });
                }
                let extra = object.additional_properties.as_ref().filter(|_| !object.closed).map(|extra| {
                    map = true;
                    value |= types.uses_value(extra);
                    ArgView { ident: names.claim_snake("additional_properties"), ty: types.ty(extra) }
                });
                ModelShape::Object { rename_all, fields, extra }
            }
            TypeKind::Enum(e) if e.repr == EnumRepr::String => {
                fmt = true;
                string_enums = true;
                let values = enum_idents(e)
                    .into_iter()
                    .filter_map(|(v, ident)| {
                        Some(EnumValueView {
                            ident,
                            doc: value_doc(&v.doc),
                            wire: v.value.as_str()?.to_string(),
                            json: "string",
                            text: v.value.to_string(),
                        })
                    })
                    .collect();
                ModelShape::StringEnum { values }
            }
            TypeKind::Enum(e) if e.repr == EnumRepr::Integer => {
                let values = enum_idents(e)
                    .into_iter()
                    .filter_map(|(v, ident)| {
                        let n = v.value.as_i64()?;
                        Some(EnumValueView {
                            ident,
                            doc: value_doc(&v.doc),
                            wire: n.to_string(),
                            json: "number",
                            text: n.to_string(),
                        })
                    })
                    .collect();
                ModelShape::IntEnum { values }
            }
            TypeKind::Enum(e) => {
                // Values of several JSON types: compared and written as JSON values.
                value = true;
                mixed_enums = true;
                let values = enum_idents(e)
                    .into_iter()
                    .filter_map(|(v, ident)| {
                        let (json, wire) = mixed_literal(&v.value)?;
                        Some(EnumValueView { ident, doc: value_doc(&v.doc), wire, json, text: v.value.to_string() })
                    })
                    .collect();
                ModelShape::MixedEnum { values }
            }
            TypeKind::Union(u) => {
                unions = true;
                value = true;
                let mut set = NameSet::new();
                set.reserve(["Unknown"]);
                let variants = u
                    .variants
                    .iter()
                    .map(|v| {
                        map |= Types::uses_map(&v.type_);
                        VariantView {
                            ident: variant_ident(&v.name, &mut set),
                            ty: types.field_ty(&v.type_, &def.name),
                            name: v.name.clone(),
                            tags: v.tags.iter().map(tag_text).collect(),
                        }
                    })
                    .collect();
                de |= u.discriminator.is_some();
                ModelShape::Union { discriminator: u.discriminator.clone(), variants }
            }
            TypeKind::Alias { target } => {
                map |= Types::uses_map(target);
                value |= types.uses_value(target);
                // A recursive `type` alias is a cycle error (E0391); a newtype may recurse.
                ModelShape::Alias { target: types.ty(target), newtype: def.recursive_without_indirection }
            }
        };
        let non_exhaustive = match &shape {
            ModelShape::Object { .. } => !types.sent.contains(&def.name),
            ModelShape::StringEnum { .. } | ModelShape::MixedEnum { .. } | ModelShape::Union { .. } => true,
            // A newtype over `i64` with a constant per value (a new value is a new constant).
            ModelShape::IntEnum { .. } | ModelShape::Alias { .. } => false,
        };
        models.push(ModelView { name, doc: text(&def.doc), non_exhaustive, shape });
    }
    let mut imports: Vec<(&str, Vec<&str>)> = vec![];
    let mut serde_names = vec!["Deserialize", "Serialize"];
    if de || objects || string_enums || mixed_enums {
        serde_names.push("Deserializer");
    }
    if string_enums || mixed_enums {
        serde_names.push("Serializer");
    }
    let de_names = [
        ("discriminator", de),
        ("read_object", objects),
        ("variant", de),
        ("Object", objects),
        ("ReadObject", objects),
    ];
    imports.push(("crate::de", de_names.into_iter().filter(|(_, used)| *used).map(|(n, _)| n).collect()));
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
    ModelsView {
        imports: imports
            .into_iter()
            .filter(|(_, names)| !names.is_empty())
            .map(|(p, n)| (p.to_string(), n.into_iter().map(str::to_string).collect()))
            .collect(),
        string_enums,
        models,
    }
}

/// How a mixed enum spells one of its values: the JSON type (`null`, `bool`, `string`, `number`)
/// and the Rust literal (a suffixed number, `true`, the raw string); `None` for arrays and
/// objects (such values are kept as `Unknown`).
fn mixed_literal(v: &Value) -> Option<(&'static str, String)> {
    match v {
        Value::Null => Some(("null", String::new())),
        Value::Bool(b) => Some(("bool", b.to_string())),
        Value::String(s) => Some(("string", s.clone())),
        Value::Number(n) => {
            let text = if let Some(i) = n.as_i64() {
                format!("{i}_i64")
            } else if let Some(u) = n.as_u64() {
                format!("{u}_u64")
            } else {
                let f = n.as_f64().filter(|f| f.is_finite())?;
                format!("{f:?}_f64")
            };
            Some(("number", text))
        }
        Value::Array(_) | Value::Object(_) => None,
    }
}

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
                .filter(|v| mixed_literal(&v.value).is_some())
                .map(|v| (v, variant_ident(&v.name, &mut set)))
                .collect()
        }
    }
}

fn build_constants(api: &Api, types: &Types, cfgs: &BTreeMap<&str, &Option<String>>) -> Vec<ConstantView> {
    let mut out = Vec::new();
    for c in &api.constants {
        let Some(def) = api.types.get(&c.type_name) else { continue };
        let TypeKind::Enum(e) = &def.kind else { continue };
        let idents = enum_idents(e);
        let values = c
            .values
            .iter()
            .filter_map(|v| idents.iter().find(|(ev, _)| &ev.value == v).map(|(_, i)| i.clone()))
            .collect();
        out.push(ConstantView {
            cfg: cfgs.get(c.type_name.as_str()).and_then(|c| (*c).clone()),
            name: naming::screaming(&c.name),
            ty: types.name(&c.type_name),
            values,
        });
    }
    out
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
    docs: Vec<String>,
    deprecated: Option<String>,
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
    /// `[path, [names]]`, for the `uses` filter.
    fn imports(&self) -> Vec<(String, Vec<String>)> {
        self.names.iter().map(|(p, n)| (p.clone(), n.iter().cloned().collect())).collect()
    }
}

#[allow(clippy::too_many_arguments)]
fn build_service(
    api: &Api,
    types: &Types,
    service: &Service,
    (name, module, feature): (&str, &str, &str),
    top: &mut NameSet,
    ops: &mut OpIndex,
    scope_names: &BTreeMap<String, String>,
    scope_cfgs: &BTreeMap<String, Option<String>>,
) -> ServiceView {
    let mut uses = Uses::new();
    uses.add("crate::client", "Core");
    let mut members = NameSet::new();
    members.reserve(["new", "core", "scope"]);
    let mut defaults = Vec::new();
    let mut default_fields: BTreeMap<String, String> = BTreeMap::new();
    let mut needs = Needs::default();
    for d in &service.defaults {
        let field = naming::rust_ident(&format!("default_{}", d.name));
        needs.merge(types.needs(&d.type_));
        defaults.push(DefaultView {
            name: d.name.clone(),
            doc: value_doc(&d.doc),
            method: members.claim_snake(&format!("with_{field}")),
            arg: naming::rust_ident(&d.name),
            ty: types.ty(&d.type_),
            field: field.clone(),
        });
        default_fields.insert(d.name.clone(), field);
    }
    // Associated constants.
    let mut constants = Vec::new();
    for cname in &service.constants {
        let Some(c) = api.constants.iter().find(|c| &c.name == cname) else { continue };
        if !matches!(api.types.get(&c.type_name).map(|d| &d.kind), Some(TypeKind::Enum(_))) {
            continue;
        }
        needs.models = true;
        constants.push(ServiceConstant { ident: naming::screaming(&c.name), ty: types.name(&c.type_name) });
    }
    let mut params = Vec::new();
    let mut exports = vec![name.to_string()];
    let mut methods = Vec::new();
    for op in &service.operations {
        let m = build_method(types, service, op, name, &mut members, top, &default_fields, &mut uses, &mut needs);
        if let Some(p) = m.params {
            exports.push(p.name.clone());
            params.push(p);
        }
        ops.methods.insert((service.name.clone(), op.name.clone()), m.info);
        methods.push(m.view);
    }
    // Scope accessors.
    let mut accessors = Vec::new();
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
        let (params, args) = scope_call_args(&scope_params(scope), &[], types);
        // A glob: the scopes compile with their features (`cfg` on the accessor).
        uses.add("crate::scopes", "*");
        let features = scope_cfgs.get(&scope.name).cloned().flatten();
        accessors.push(AccessorView {
            cfg: features.map(|c| c.lines().map(|l| format!("    {l}")).collect::<Vec<_>>().join("\n")),
            method,
            scope: scope_noun(&scope.name),
            prefix: scope.path_prefix.clone(),
            wire: scope.param.wire_name.clone(),
            params,
            args,
            ty: scope_struct.clone(),
        });
    }
    needs.apply(&mut uses);
    ServiceView {
        module: module.to_string(),
        name: name.to_string(),
        feature: feature.to_string(),
        doc: text(&service.doc),
        imports: uses.imports(),
        defaults,
        constants,
        methods,
        accessors,
        params,
        exports,
    }
}

/// A resource name as the docs say it (`api_key` is "api key").
fn scope_noun(name: &str) -> String {
    name.replace('_', " ")
}

struct BuiltMethod {
    view: MethodView,
    params: Option<ParamsView>,
    info: MethodInfo,
}

/// The paragraphs of an operation's docs: its summary and its description (when they differ),
/// leaving out those that say nothing.
fn op_docs(op: &Operation) -> Vec<String> {
    [op.summary.as_deref(), op.description.as_deref().filter(|d| Some(*d) != op.summary.as_deref())]
        .into_iter()
        .flatten()
        .filter(|t| !blank(t))
        .map(str::to_string)
        .collect()
}

/// The note of a `#[deprecated]` when `deprecated`: the first sentence of the docs that speaks of
/// the deprecation (`Deprecated: use rotate instead.`), else a fixed one. Raw text: the
/// `deprecated` filter escapes it.
fn deprecation(deprecated: bool, docs: &[Option<&str>]) -> Option<String> {
    const FIXED: &str = "Deprecated by the API: it may be removed in a future version.";
    if !deprecated {
        return None;
    }
    let said = docs.iter().flatten().flat_map(|d| d.split("\n\n")).find_map(|paragraph| {
        let text = paragraph.split_whitespace().collect::<Vec<_>>().join(" ");
        let mut sentences = text.split_inclusive(". ").map(str::trim);
        sentences.find(|s| s.to_lowercase().contains("deprecat")).map(str::to_string)
    });
    // A note is one sentence: a long one (or none) gives the fixed note.
    Some(said.filter(|s| s.chars().count() <= 160).unwrap_or_else(|| FIXED.to_string()))
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
    let mut params = None;
    let mut param_fields: BTreeMap<String, String> = BTreeMap::new();
    if !optional.is_empty() {
        let pname = top.claim_pascal(&camel_ident(&format!("{}{}Params", service.type_name, naming::pascal(&op.name))));
        let mut names = NameSet::new();
        names.reserve(["new"]);
        let mut fields = Vec::new();
        for input in &optional {
            let field = names.claim_snake(&naming::rust_ident(&input.name));
            let inner = input.type_.non_null();
            needs.merge(types.needs(inner));
            // A nullable field of a JSON body can be left out (`None`) or sent as `null`
            // (`Some(None)`), which is how a PATCH clears it.
            let sends_null = matches!(input.type_, TypeRef::Nullable { .. })
                && input.source == InputSource::BodyField
                && op.body.as_ref().is_some_and(|b| b.encoding == BodyEncoding::Json)
                && !input.service_defaults.iter().any(|d| d.field_path.is_empty());
            let setter = if sends_null {
                SetterKind::Value
            } else if Types::is_str(inner) {
                SetterKind::Str
            } else if matches!(inner, TypeRef::Array { items } if Types::is_str(items)) {
                SetterKind::StrList
            } else {
                SetterKind::Value
            };
            fields.push(ParamFieldView {
                ident: field.clone(),
                ty: types.ty(inner),
                wire: input.wire_name.clone(),
                doc: text(&input.doc),
                deprecated: deprecation(input.deprecated, &[input.doc.as_deref()]),
                sends_null,
                setter,
            });
            param_fields.insert(input.name.clone(), field);
        }
        params = Some(ParamsView {
            name: pname,
            deprecated: fields.iter().any(|f| f.deprecated.is_some()),
            service: service_struct.to_string(),
            method: ident.clone(),
            first: fields[0].ident.clone(),
            fields,
        });
    }
    let body = op.body.as_ref();
    let mut inputs = Vec::new();
    let mut nested_defaults = Vec::new();
    for input in &op.inputs {
        let var = if input.required { arg_names[&input.name].clone() } else { param_fields[&input.name].clone() };
        // A service default for the whole input (optional inputs only).
        let whole_default = input
            .service_defaults
            .iter()
            .find(|d| d.field_path.is_empty())
            .and_then(|d| defaults.get(&d.default))
            .filter(|_| !input.required)
            .cloned();
        for d in input.service_defaults.iter().filter(|d| !d.field_path.is_empty()) {
            if let (Some(field), InputSource::BodyField) = (defaults.get(&d.default), &input.source) {
                let mut path = vec![input.wire_name.clone()];
                path.extend(d.field_path.iter().cloned());
                nested_defaults.push(NestedDefault { path, field: field.clone() });
            }
        }
        let mut view = InputView {
            source: InputKind::Param,
            wire: input.wire_name.clone(),
            required: input.required,
            is_str: Types::is_str(&input.type_),
            var,
            default: None,
            local: None,
            setter: "",
            separator: None,
            binary: false,
            binary_list: false,
            by_value: false,
        };
        match &input.source {
            InputSource::Param { location, style, explode } => {
                if let Some(field) = whole_default {
                    uses.add("crate::request", "fallback");
                    view.local = Some(locals.claim_snake(&naming::rust_ident(&input.name)));
                    view.default = Some(field);
                }
                (view.setter, view.separator) = match location {
                    ParamLocation::Path => ("path_param", None),
                    ParamLocation::Header => ("header", None),
                    ParamLocation::Cookie => ("cookie", None),
                    ParamLocation::Query => match style {
                        ParamStyle::DeepObject => ("query_deep", None),
                        ParamStyle::SpaceDelimited => ("query_joined", Some(" ")),
                        ParamStyle::PipeDelimited => ("query_joined", Some("|")),
                        _ if !explode => ("query_joined", Some(",")),
                        _ => ("query", None),
                    },
                };
            }
            InputSource::BodyField => {
                view.source = InputKind::BodyField;
                let multipart = body.is_some_and(|b| b.encoding == BodyEncoding::Multipart);
                let is_file = |t: &TypeRef| matches!(t.non_null(), TypeRef::String { format: StringFormat::Binary });
                view.binary = multipart && is_file(&input.type_);
                view.binary_list =
                    multipart && matches!(input.type_.non_null(), TypeRef::Array { items } if is_file(items));
                view.default = whole_default;
            }
            InputSource::Body => {
                view.source = InputKind::Body;
                (view.setter, view.by_value) = match body.map(|b| b.encoding).unwrap_or(BodyEncoding::Json) {
                    BodyEncoding::Text => ("text_body", true),
                    BodyEncoding::Binary => ("bytes_body", true),
                    _ => ("json_body", false),
                };
            }
        }
        inputs.push(view);
    }
    let (ret, decoder, kind, all_item, ret_needs) = response_shape(types, op, uses);
    needs.merge(ret_needs);
    let fields = body.filter(|b| b.fields_flattened).map(|b| {
        uses.add("crate::request", "Fields");
        FieldsBody {
            build: !nested_defaults.is_empty() || inputs.iter().any(|i| i.source == InputKind::BodyField),
            setter: match b.encoding {
                BodyEncoding::Form => "form_fields",
                BodyEncoding::Multipart => "multipart_fields",
                _ => "json_fields",
            },
            defaults: nested_defaults,
        }
    });
    uses.add("crate::request", "ApiRequest");
    uses.add("reqwest", "Method");
    let security = if op.security.iter().any(|a| !a.is_empty()) { op.security.clone() } else { vec![] };
    let enveloped = (op.response.kind == ResponseKind::Json && op.response.enveloped != types.api.envelope.is_some())
        .then_some(op.response.enveloped);
    if kind.is_some() {
        uses.add("crate::request", "ResponseKind");
    }
    let pagination = op.pagination.as_ref().map(|p| PaginationView {
        cursor: p.cursor_param.clone(),
        items: p.items_field.clone(),
        next: p.next_cursor_field.clone(),
        has_more: p.has_more_field.clone(),
    });
    let mut media_headers = Vec::new();
    if let Some(b) = body {
        let declared = match b.encoding {
            BodyEncoding::Binary => {
                Some(b.content_type.as_str()).filter(|ct| !ct.eq_ignore_ascii_case("application/octet-stream"))
            }
            BodyEncoding::Text => {
                Some(b.content_type.as_str()).filter(|ct| !ct.to_ascii_lowercase().starts_with("text/plain"))
            }
            _ => b.json_variant(),
        };
        // A header value from the spec: the runtime refuses CR and LF when the call is made.
        if let Some(ct) = declared {
            media_headers.push(("content-type", ct.to_string()));
        }
    }
    if let Some(accept) = op.response.accept() {
        media_headers.push(("accept", accept));
    }
    let sets_request = !media_headers.is_empty()
        || inputs.iter().any(|i| i.source != InputKind::BodyField)
        || fields.is_some()
        || !security.is_empty()
        || op.idempotency_header.is_some()
        || enveloped.is_some()
        || kind.is_some()
        || pagination.is_some();
    uses.add("crate::call", "Call");
    uses.add("crate::call", "decode");
    // The `_all` twin of a paginated method.
    let all = all_item.as_ref().map(|item| {
        uses.add("crate::pagination", "Paginator");
        AllView { ident: members.claim_snake(&format!("{ident}_all")), item: item.clone() }
    });
    let docs = op_docs(op);
    let view = MethodView {
        ident: ident.clone(),
        docs: docs.clone(),
        deprecated: deprecation(op.deprecated, &[op.summary.as_deref(), op.description.as_deref()]),
        reads_deprecated: optional.iter().any(|i| i.deprecated),
        http_method: op.method.as_str().to_string(),
        path: op.path.clone(),
        args: args.iter().map(|a| ArgView { ident: a.ident.clone(), ty: a.ty.clone() }).collect(),
        params: params.as_ref().map(|p| p.name.clone()),
        ret: ret.clone(),
        inputs,
        fields,
        sets_request,
        security,
        idempotency_header: op.idempotency_header.clone(),
        enveloped,
        response_kind: kind,
        media_headers,
        pagination,
        decoder,
        all: all.clone(),
    };
    let info = MethodInfo {
        ident,
        all_ident: all.map(|a| a.ident),
        args,
        params: params.as_ref().map(|p| p.name.clone()),
        optional: optional.iter().filter_map(|i| Some((i.name.clone(), param_fields.get(&i.name)?.clone()))).collect(),
        ret,
        ret_needs,
        all_item,
        docs,
        deprecated: deprecation(op.deprecated, &[op.summary.as_deref(), op.description.as_deref()]),
    };
    BuiltMethod { view, params, info }
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
    fn field_view(&self) -> FieldView {
        FieldView {
            ident: self.ident.clone(),
            ty: self.ty.clone(),
            is_str: self.is_str,
            copy: self.copy,
            wire: self.param.wire_name.clone(),
        }
    }

    /// The field as an argument: borrowed as `&str` (`as_str`), copied or cloned.
    fn view(&self, as_str: bool) -> ValueView {
        ValueView {
            name: self.ident.clone(),
            from: if as_str {
                "str_field"
            } else if self.copy {
                "copy_field"
            } else {
                "field"
            },
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

/// The arguments of a constructor call `Scope::new(&core, ..)` for `params`: the parameters of
/// A binary input is a `Vec<u8>`, read from a JSON array: a text example is sent as its bytes.
fn as_bytes_if_binary(input: &Input, value: Value) -> Value {
    match (input.type_.non_null(), &value) {
        (TypeRef::String { format: StringFormat::Binary }, Value::String(text)) => {
            Value::Array(text.bytes().map(Value::from).collect())
        }
        _ => value,
    }
}

/// How the Rust SDK's types read a test's values (from `tests/examples.json`): integers are
/// `i64`, properties a struct does not declare are ignored, and a binary input's text is sent
/// as its bytes.
const TEST_VALUES: ValueRules = ValueRules {
    exact_integers: true,
    formats: true,
    binary_as_text: true,
    unknown_properties: UnknownProperties::Ignored,
};

/// the calling method for those no field fills, and every argument after the core.
fn scope_call_args(params: &[&ScopeParam], fields: &[ScopeField], types: &Types) -> (Vec<ArgView>, Vec<ValueView>) {
    let mut sig = Vec::new();
    let mut args = Vec::new();
    let mut names = NameSet::new();
    names.reserve(["self", "core"]);
    for p in params {
        if let Some(f) = fields.iter().find(|f| f.fills(p, types)) {
            // `&*self.id`: a `&str` for the constructor's `impl Into<String>`.
            let from = if f.is_str { "deref_field" } else { f.view(false).from };
            args.push(ValueView { name: f.ident.clone(), from });
        } else {
            let arg = names.claim_snake(&naming::rust_ident(&p.name));
            let ty = if Types::is_str(&p.type_) { "impl Into<String>".to_string() } else { types.ty(&p.type_) };
            sig.push(ArgView { ident: arg.clone(), ty });
            args.push(ValueView::arg(arg));
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
    scope_cfgs: &BTreeMap<String, Option<String>>,
    top: &mut NameSet,
) -> ScopesView {
    let mut uses = Uses::new();
    let mut scopes = Vec::new();
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
        let mut members = NameSet::new();
        members.reserve(["new", "core"]);
        let (outer, own) = fields.split_at(fields.len() - 1);
        let own_getters: Vec<GetterView> =
            own.iter().map(|f| GetterView { method: members.claim_snake(&f.ident), field: f.field_view() }).collect();
        // A method for each scoped operation; a bound input whose type differs from the scope
        // parameter's (the spec types the same path parameter differently per operation) stays an
        // argument. Returns the fields the method reads.
        let mut delegate =
            |sop: &ScopedOperation, members: &mut NameSet, uses: &mut Uses, used: &mut BTreeSet<String>| {
                let info = ops.methods.get(&(sop.service.clone(), sop.operation.clone()))?;
                let service_struct = service_names.get(&sop.service)?;
                // A glob: the services compile with their features (`cfg` on the scope).
                uses.add("crate::services", "*");
                if info.ret.starts_with("WithEtag<") {
                    uses.add("crate::call", "WithEtag");
                }
                if info.ret.starts_with("Page<") {
                    uses.add("crate::pagination", "Page");
                }
                uses.add("crate::call", "Call");
                needs.merge(info.ret_needs);
                let mut params = Vec::new();
                let mut args = Vec::new();
                for arg in &info.args {
                    let field = fields.iter().find(|f| sop.bound_inputs.contains(&arg.input) && f.fits(arg));
                    match field {
                        Some(f) => {
                            used.insert(f.ident.clone());
                            args.push(f.view(arg.is_str));
                        }
                        None => {
                            needs.merge(arg.needs);
                            params.push(ArgView { ident: arg.ident.clone(), ty: arg.ty.clone() });
                            args.push(ValueView::arg(arg.ident.clone()));
                        }
                    }
                }
                if let Some(p) = &info.params {
                    params.push(ArgView { ident: "params".into(), ty: p.clone() });
                    args.push(ValueView::arg("params".into()));
                }
                let method = members.claim_snake(&naming::rust_ident(&sop.name));
                let all = match (&info.all_ident, &info.all_item) {
                    (Some(all), Some(item)) => {
                        uses.add("crate::pagination", "Paginator");
                        Some(DelegateAll {
                            ident: members.claim_snake(&format!("{method}_all")),
                            target: all.clone(),
                            item: item.clone(),
                        })
                    }
                    _ => None,
                };
                Some(DelegateView {
                    ident: method,
                    docs: info.docs.clone(),
                    deprecated: info.deprecated.clone(),
                    service: service_struct.clone(),
                    target: info.ident.clone(),
                    ret: info.ret.clone(),
                    params,
                    args,
                    all,
                })
            };
        let mut methods = Vec::new();
        for sop in &scope.methods {
            methods.extend(delegate(sop, &mut members, &mut uses, &mut BTreeSet::new()));
        }
        let mut groups = Vec::new();
        for group in &scope.groups {
            let gname = top.claim_pascal(&camel_ident(&format!("{}{}", scope.type_name, naming::pascal(&group.name))));
            exports.push(gname.clone());
            let accessor = members.claim_snake(&naming::rust_ident(&group.name));
            // The group's methods first: its struct holds only the fields they read.
            let mut gmembers = NameSet::new();
            let mut used = BTreeSet::new();
            let gmethods: Vec<DelegateView> =
                group.operations.iter().filter_map(|sop| delegate(sop, &mut gmembers, &mut uses, &mut used)).collect();
            groups.push(GroupView {
                name: gname,
                noun: scope_noun(&group.name),
                accessor,
                fields: fields.iter().filter(|f| used.contains(&f.ident)).map(ScopeField::field_view).collect(),
                methods: gmethods,
            });
        }
        let mut children = Vec::new();
        for child in &scope.children {
            let Some(c) = api.scopes.iter().find(|s| &s.name == child) else { continue };
            let Some(cname) = scope_names.get(child) else { continue };
            let accessor = members.claim_snake(&naming::rust_ident(&c.name));
            for p in scope_params(c) {
                needs.merge(types.needs(&p.type_));
            }
            let (params, args) = scope_call_args(&scope_params(c), &fields, types);
            children.push(ChildView { accessor, noun: scope_noun(&c.name), ty: cname.clone(), params, args });
        }
        // The enclosing resources' identifiers, after the methods so that these keep their names.
        let outer_getters: Vec<GetterView> =
            outer.iter().map(|f| GetterView { method: members.claim_snake(&f.ident), field: f.field_view() }).collect();
        scopes.push(ScopeView {
            cfg: scope_cfgs.get(&scope.name).cloned().flatten(),
            name: name.clone(),
            noun: scope_noun(&scope.name),
            prefix: scope.path_prefix.clone(),
            wire: scope.param.wire_name.clone(),
            fields: fields.iter().map(ScopeField::field_view).collect(),
            own_getters,
            methods,
            groups,
            children,
            outer_getters,
        });
    }
    needs.apply(&mut uses);
    ScopesView { imports: uses.imports(), scopes, exports }
}

fn build_tests(
    api: &Api,
    types: &Types,
    ops: &OpIndex,
    service_names: &BTreeMap<String, String>,
    krate: &CrateView,
) -> (TestsView, String) {
    let mut examples = serde_json::Map::new();
    let mut tests = Vec::new();
    let mut imports: BTreeSet<String> = BTreeSet::new();
    let mut test_names = NameSet::new();
    let variants = kind_variants(api);
    for service in &api.services {
        let Some(service_struct) = service_names.get(&service.name) else { continue };
        for op in &service.operations {
            let Some(info) = ops.methods.get(&(service.name.clone(), op.name.clone())) else { continue };
            imports.insert(service_struct.clone());
            let name = test_names.claim_snake(&naming::rust_ident(&format!("{}_{}", service.name, op.name)));
            let mut args = Vec::new();
            let mut locals = NameSet::new();
            locals.reserve(["core", "call", "result", "service", "params"]);
            for a in &info.args {
                let local = locals.claim_snake(&a.ident);
                let Some(input) = op.inputs.iter().find(|i| i.name == a.input) else { continue };
                // An example the decoder would refuse (a `"true"` for a boolean), or a validating
                // server (train-travel's "uuid" `4f4e4e1-...`): the sample is used instead.
                let fits = |v: &Value| api.accepts(v, &input.type_, &TEST_VALUES) && input.fits_constraints(v);
                let example = input
                    .example
                    .clone()
                    .or_else(|| op.body.as_ref().and_then(|b| b.example.as_ref()).and_then(|e| e.get(&a.wire)).cloned())
                    .or_else(|| input.default.clone())
                    .filter(fits)
                    .unwrap_or_else(|| input.constrained_value(types.sample(&input.type_, 0)));
                let example = as_bytes_if_binary(input, example);
                let key = format!("{}.{}.{}", service.name, op.name, a.input);
                examples.insert(key.clone(), example);
                if Types::uses_model(&input.type_) {
                    imports.insert("models::*".into());
                }
                if Types::uses_map(&input.type_) {
                    imports.insert("BTreeMap".into());
                }
                let ty = if a.is_str { "String".to_string() } else { types.ty(&input.type_) };
                args.push(ExampleArg { local, ty, key, borrowed: a.is_str });
            }
            let params = info.params.as_ref().map(|p| {
                imports.insert(p.clone());
                // Optional inputs that have an example (the body example's field or the
                // property's own: update bodies need at least one), as in the other SDKs' tests;
                // not those the service's defaults fill.
                let mut sets = Vec::new();
                for (iname, field) in &info.optional {
                    let Some(input) = op.inputs.iter().find(|i| &i.name == iname) else { continue };
                    if !input.service_defaults.is_empty() {
                        continue;
                    }
                    // A field the schema of an optional body requires is set even without an
                    // example: the body the call sends needs it.
                    let value = match input
                        .example
                        .as_ref()
                        .or(input.default.as_ref())
                        .filter(|v| api.accepts(v, &input.type_, &TEST_VALUES) && input.fits_constraints(v))
                    {
                        Some(value) => value.clone(),
                        None if api.required_by_body_schema(op, input) => {
                            input.constrained_value(types.sample(&input.type_, 0))
                        }
                        None => continue,
                    };
                    let key = format!("{}.{}.{}", service.name, op.name, iname);
                    examples.insert(key.clone(), as_bytes_if_binary(input, value));
                    sets.push(ExampleSet { field: field.clone(), key });
                }
                ExampleParams { name: p.clone(), sets }
            });
            let rejects = op.only_error_class().and_then(|c| variants.get(c)).cloned();
            tests.push(TestView {
                name,
                service: service_struct.clone(),
                method: info.ident.clone(),
                operation: format!("{}.{}", service.name, op.name),
                args,
                params,
                rejects,
            });
        }
    }
    let mut crate_items: Vec<String> =
        imports.iter().filter(|i| !matches!(i.as_str(), "BTreeMap" | "models::*")).cloned().collect();
    if !tests.is_empty() {
        crate_items.push(krate.core.clone());
        crate_items.push(krate.error.clone());
    }
    let rejects = tests.iter().any(|t| t.rejects.is_some());
    let succeeds = tests.iter().any(|t| t.rejects.is_none());
    if rejects {
        crate_items.push("ErrorKind".into());
    }
    let mut uses: Vec<(String, Vec<String>)> = vec![(krate.lib.clone(), crate_items)];
    if imports.contains("models::*") {
        uses.push((format!("{}::models", krate.lib), vec!["*".into()]));
    }
    let uses_examples = !examples.is_empty();
    if uses_examples {
        uses.push(("serde::de".into(), vec!["DeserializeOwned".into()]));
        uses.push(("serde_json".into(), vec!["Value".into()]));
    }
    if imports.contains("BTreeMap") {
        uses.push(("std::collections".into(), vec!["BTreeMap".into()]));
    }
    uses.retain(|(_, names)| !names.is_empty());
    let json = serde_json::to_string_pretty(&Value::Object(examples)).unwrap_or_else(|_| "{}".into()) + "\n";
    let deprecated = api
        .services
        .iter()
        .flat_map(|s| &s.operations)
        .any(|op| op.deprecated || op.inputs.iter().any(|i| i.deprecated && !i.required));
    (TestsView { imports: uses, tests, uses_examples, deprecated, succeeds, rejects }, json)
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
        let code = |v: Value| mixed_literal(&v).map(|(json, literal)| format!("{json} {literal}"));
        assert_eq!(code(Value::from("a\"b")).as_deref(), Some("string a\"b"));
        assert_eq!(code(Value::from(2)).as_deref(), Some("number 2_i64"));
        assert_eq!(code(Value::from(3.5)).as_deref(), Some("number 3.5_f64"));
        assert_eq!(code(Value::from(true)).as_deref(), Some("bool true"));
        assert_eq!(code(Value::Null).as_deref(), Some("null "));
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
