//! The view model of the Python target: every identifier, annotation, docstring and call expression,
//! computed from the IR. Templates print these values as they are (docstrings go through `py_doc`).

use foldhash::{HashMap, HashMapExt, HashSet, HashSetExt};
use std::collections::BTreeSet;

use rayon::prelude::*;
use serde::Serialize;
use serde_json::Value;

use super::code::{self, atom, call, kw, wrap, Imports, Py, LINE};
use super::filters;
use crate::config::Config;
use crate::ir::*;
use crate::naming;
use crate::render::escape;

/// How the Python SDK's types read a test's values: `int` is not `float`, TypedDicts refuse
/// keys they do not declare, and bytes are not text.
const VALUES: ValueRules = ValueRules {
    exact_integers: true,
    formats: true,
    binary_as_text: false,
    unknown_properties: UnknownProperties::Refused,
};

// ---------------------------------------------------------------------------------------------
// The view

#[derive(Debug, Serialize)]
pub struct View {
    pub package: String,
    pub dist_name: String,
    pub version: String,
    pub license: String,
    pub sdk_name: String,
    pub title: String,
    pub description: String,
    /// The description holds a code block in Python, which `ruff format` would lay out again in
    /// the README: the README keeps the API's text and fences it with `<!-- fmt: off/on -->`.
    pub description_python_code: bool,
    pub core: String,
    pub async_core: String,
    pub base_error: String,
    pub env_prefix: String,
    /// The API has an HTTP Basic scheme: `username`/`password` and their variables are documented.
    pub has_basic: bool,
    pub base_url: String,
    pub api_version: String,
    pub envelope: Option<EnvelopeView>,
    pub schemes: Vec<SchemeView>,
    pub errors: Vec<ErrorView>,
    pub errors_all: Vec<String>,
    pub error_table: ErrorTableView,
    pub settings_import: String,
    /// `types.py`, and its parts for a large API.
    /// Rendered by their own templates: not part of the files' shared context.
    #[serde(skip)]
    pub types_modules: Vec<TypesModuleView>,
    pub constants: Vec<ConstantView>,
    pub constants_imports: String,
    pub constants_all: Vec<String>,
    /// `_constants.py`, or the modules of `_constants/` of a large API.
    /// Rendered by their own templates: not part of the files' shared context.
    #[serde(skip)]
    pub constants_modules: Vec<ConstantsModuleView>,
    /// A large API (see `Layout`): types and constants split by service, the services imported
    /// from their modules.
    pub split: bool,
    /// Rendered by their own templates: not part of the files' shared context.
    #[serde(skip)]
    pub service_modules: Vec<ModuleView>,
    /// Rendered by their own templates: not part of the files' shared context.
    #[serde(skip)]
    pub scope_modules: Vec<ModuleView>,
    pub exports: Vec<ExportView>,
    pub all: Vec<String>,
    pub init_type_imports: String,
    pub readme: ReadmeView,
    pub tests: Vec<TestView>,
    pub tests_imports: String,
    /// The shared "Runtime behaviour" README section (filled in by the target).
    pub behaviours: String,
    /// Module and class docstrings of the fixed modules, wrapped.
    pub docs: FixedDocs,
    pub client_all: Vec<String>,
    /// `__init__.py`'s lazy export table (`_MODULES = {module: (names...)}`), laid out.
    pub exports_code: String,
}

#[derive(Debug, Serialize)]
pub struct FixedDocs {
    pub init: String,
    pub client: String,
    pub core: String,
    pub async_core: String,
    pub errors: String,
    pub base_error: String,
    pub settings: String,
}

#[derive(Debug, Serialize)]
pub struct EnvelopeView {
    pub ok: String,
    pub data: String,
    pub error: String,
    pub code: String,
    pub message: String,
    pub details: Option<String>,
}

/// A security scheme of `_settings.py`: `kind` is `bearer`, `basic` or `api_key` (sent in
/// `location` under the name `param`).
#[derive(Debug, Serialize)]
pub struct SchemeView {
    pub key: String,
    pub kind: &'static str,
    pub location: &'static str,
    pub param: String,
}

#[derive(Debug, Serialize)]
pub struct ErrorView {
    pub name: String,
    pub parent: String,
    pub doc: String,
}

#[derive(Debug, Serialize)]
pub struct ErrorTableView {
    pub unexpected: String,
    pub connection: String,
    pub timeout: String,
    pub by_code: Vec<KeyClass>,
    pub by_status: Vec<KeyClass>,
    pub by_status_class: Vec<KeyClass>,
}

#[derive(Debug, Serialize)]
pub struct KeyClass {
    /// A Python literal (quoted code or a number).
    pub key: String,
    pub class: String,
}

/// One type definition of `types.py` (`macros/model.py.j2`), by `kind`: `class` (a TypedDict in
/// class syntax: `fields`), `functional` (`TypedDict("Name", {...})` for keys that are not
/// identifiers: `entries`), `enum` (`Literal[...]` of `literals`, else the type `fallback`),
/// `union` (`Union[...]` of `variants`), `alias` (`target`). Type expressions are trees laid out
/// by `py_stmt`.
#[derive(Debug, Serialize)]
pub struct TypeView {
    pub name: String,
    pub kind: &'static str,
    pub doc: String,
    pub fields: Vec<FieldView>,
    /// `functional`: `[key literal, type]` pairs.
    pub entries: Vec<(String, minijinja::Value)>,
    /// `enum`: the values as Python literals; empty when a `Literal` cannot spell them all.
    pub literals: Vec<String>,
    /// `enum`: the type standing for values a `Literal` cannot spell (`int`, `float`, `str`, `Any`).
    pub fallback: String,
    /// `union`: the distinct variants.
    pub variants: Vec<minijinja::Value>,
    /// `alias`: the aliased type.
    pub target: Option<minijinja::Value>,
}

#[derive(Debug, Serialize)]
pub struct FieldView {
    pub name: String,
    pub annotation: String,
    pub doc: String,
    /// Lint codes the field's line is exempt from (`ambiguous`).
    pub noqa: Vec<&'static str>,
}

/// A type guard narrowing a discriminated union to one variant (`macros/guard.py.j2`).
#[derive(Debug, Clone, Serialize)]
pub struct GuardView {
    pub name: String,
    /// The union.
    pub param: String,
    pub variant: String,
    pub doc: String,
    /// The discriminator property.
    pub discriminator: String,
    /// The variant's tag values, as Python literals.
    pub tags: Vec<String>,
}

/// One constant of `_constants.py` (`macros/constant.py.j2`): every value of an enum, as a tuple.
#[derive(Debug, Clone, Serialize)]
pub struct ConstantView {
    pub name: String,
    /// The item type of the `Final[tuple[<item>, ...]]` annotation; the values' Python type (`str`)
    /// when the enum's name would make that line too long, and none when, besides, the tuple is
    /// short enough for the checkers to infer its type.
    pub item: Option<String>,
    /// The values, as Python literal expressions.
    pub values: Vec<minijinja::Value>,
    pub doc: String,
}

/// A module of constants (`constants.py.j2`): `_constants.py`, or in a large API
/// `_constants/<group>.py` next to the types of that group.
#[derive(Debug, Serialize)]
pub struct ConstantsModuleView {
    #[serde(skip)]
    pub group: String,
    /// Path relative to the package.
    pub path: String,
    #[serde(skip)]
    pub imp: Imports,
    pub constants_imports: String,
    pub constants_all: Vec<String>,
    pub constants: Vec<ConstantView>,
}

#[derive(Debug, Serialize)]
pub struct ModuleView {
    /// File name without `.py`.
    pub name: String,
    pub doc: String,
    pub imports: String,
    pub all: Vec<String>,
    pub classes: Vec<ClassView>,
    /// The imports, rendered into `imports` once the layout of types and constants is known.
    #[serde(skip)]
    pub imp: Imports,
}

/// A service, raw-response, scope or scope-group class (`macros/class.py.j2`).
#[derive(Debug, Serialize)]
pub struct ClassView {
    pub name: String,
    pub doc: String,
    /// The constructor's parameters after `self`.
    pub init_params: Vec<ParamView>,
    pub init_doc: String,
    pub init: InitView,
    pub methods: Vec<MethodView>,
}

/// One parameter of a signature: `name: annotation = default`.
#[derive(Debug, Clone, Serialize)]
pub struct ParamView {
    pub name: String,
    pub annotation: String,
    /// The default's Python text (`None`, `NOT_GIVEN`); none for a required parameter.
    pub default: Option<&'static str>,
    /// A bare `*` precedes this parameter: it is the first keyword-only one.
    pub star: bool,
    /// Lint codes the parameter's line is exempt from (`ambiguous`).
    pub noqa: Vec<&'static str>,
}

impl ParamView {
    fn new(name: String, annotation: String, default: Option<&'static str>, star: bool) -> Self {
        let noqa = ambiguous(&name);
        ParamView { name, annotation, default, star, noqa }
    }
}

/// `["E741"]` for a name ruff finds ambiguous (`l`, `O`, `I`: a field's or parameter's name the
/// API fixes), else nothing.
fn ambiguous(name: &str) -> Vec<&'static str> {
    if matches!(name, "l" | "O" | "I") {
        vec!["E741"]
    } else {
        vec![]
    }
}

/// What a constructor stores besides `self._core = core`, in order.
#[derive(Debug, Serialize)]
pub struct InitView {
    /// Classes imported inside the constructor (`from <module> import <class>`).
    pub imports: Vec<ImportView>,
    /// `self.<attr>: <annotation> = <value>`.
    pub fields: Vec<FieldInit>,
    /// `self.<attr> = <class>(core, <args>)`.
    pub members: Vec<MemberInit>,
}

#[derive(Debug, Serialize)]
pub struct ImportView {
    pub module: String,
    pub class: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct FieldInit {
    pub attr: String,
    pub annotation: String,
    pub value: String,
}

#[derive(Debug, Serialize)]
pub struct MemberInit {
    pub attr: String,
    pub class: String,
    pub args: Vec<ArgView>,
}

/// One argument of a call: `value`, or `name=value` when `name` is set.
#[derive(Debug, Clone, Serialize)]
pub struct ArgView {
    pub name: Option<String>,
    pub value: String,
}

fn pos(value: impl Into<String>) -> ArgView {
    ArgView { name: None, value: value.into() }
}

fn named(name: impl Into<String>, value: impl Into<String>) -> ArgView {
    ArgView { name: Some(name.into()), value: value.into() }
}

/// One method (`macros/method.py.j2`).
#[derive(Debug, Serialize)]
pub struct MethodView {
    /// Decorated with `@property`.
    pub property: bool,
    pub name: String,
    pub is_async: bool,
    /// The parameters after `self`.
    pub params: Vec<ParamView>,
    /// The return annotation, laid out after `) -> `.
    pub returns: String,
    /// Layout: the whole `def name(self) -> returns:` fits one line.
    pub one_line: bool,
    pub doc: String,
    /// The operation a method calls (directly or through a service), if any.
    pub http: Option<HttpView>,
    pub body: Body,
}

#[derive(Debug, Clone, Serialize)]
pub struct HttpView {
    pub method: String,
    pub path: String,
    /// The operation is deprecated: the message of its `@typing_extensions.deprecated(...)`.
    pub deprecated: Option<String>,
}

/// What a method does, by kind (`body.kind` in the templates).
#[derive(Debug, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Body {
    /// Sends an operation: `call` is the core call without `await`; `returns` is `data`, `page`,
    /// `text`, `bytes` or `nothing`. `cast_result` (layout): the annotated `result: T = ...` does
    /// not fit, so the result is `cast` instead.
    Request {
        call: minijinja::Value,
        returns: &'static str,
        result_type: String,
        cast_result: bool,
        page: Option<PageView>,
    },
    /// The raw-response twin: `call` goes through `request_raw`.
    Raw { call: minijinja::Value, page: Option<PageView> },
    /// Iterates over every page of `method` (`partial(self.<method>, <args>)`), `cursor` being its
    /// cursor parameter; `async_pages`: through `aiterate_pages`.
    Pages { method: String, args: Vec<ArgView>, cursor: String, async_pages: bool },
    /// Builds and returns `<class>(<args>)`, importing it from `import_from` first if set.
    Construct { import_from: Option<String>, class: String, args: Vec<ArgView> },
    /// Returns `self.<service>.<method>(<args>)` (awaited when `awaited`); when that is too long,
    /// through a local variable `local` holding the service.
    Delegate { service: String, method: String, args: Vec<ArgView>, local: String, awaited: bool },
}

/// The page fields of a paginated result (`Page.from_data`).
#[derive(Debug, Clone, Serialize)]
pub struct PageView {
    pub items_field: String,
    pub next_field: String,
    pub has_more: Option<String>,
}

#[derive(Debug, Serialize)]
pub struct ExportView {
    pub name: String,
    pub module: String,
}

#[derive(Debug, Serialize)]
pub struct ReadmeView {
    pub services: Vec<ReadmeService>,
    pub scopes: Vec<ReadmeScope>,
    pub constants: Vec<String>,
    pub guards: Vec<String>,
    pub errors: Vec<ReadmeError>,
    pub quickstart: String,
    /// `with <Core>(<url>) as core:`, laid out.
    pub with_core: String,
    /// A service owning a scope and having defaults: `(service class, default parameter)`.
    pub scoped_default: Option<(String, String)>,
}

#[derive(Debug, Serialize)]
pub struct ReadmeService {
    pub class: String,
    pub async_class: String,
    pub tag: String,
    pub doc: String,
    pub example: String,
    pub methods: Vec<ReadmeMethod>,
    pub defaults: Vec<String>,
}

#[derive(Debug, Serialize)]
pub struct ReadmeMethod {
    pub name: String,
    pub http: String,
    pub summary: String,
}

#[derive(Debug, Serialize)]
pub struct ReadmeScope {
    pub class: String,
    pub example: String,
}

#[derive(Debug, Serialize)]
pub struct ReadmeError {
    pub name: String,
    pub parent: String,
    pub when: String,
}

/// One generated test (`macros/test.py.j2`): calls `service.method(args)` over a fresh `service`
/// and checks the result against `expected` (the response's example) when there is one.
#[derive(Debug, Serialize)]
pub struct TestView {
    pub name: String,
    pub is_async: bool,
    /// The service class and the core class it is built over.
    pub service: String,
    pub core: String,
    pub method: String,
    /// The example arguments (expressions).
    pub args: Vec<minijinja::Value>,
    /// `nothing`, `page`, `text`, `bytes` or `data`.
    pub returns: &'static str,
    /// The expected result as a Python literal expression (of `page.raw` for a page).
    pub expected: Option<minijinja::Value>,
    /// The operation documents no success, only errors: the call raises this error class.
    pub raises: Option<String>,
}

// ---------------------------------------------------------------------------------------------
// Identifiers

/// Names generated bodies use besides the parameters; a parameter with one of these names gets a
/// trailing underscore so it cannot shadow them.
const BODY_NAMES: &[&str] = &[
    "self",
    "request_options",
    "result",
    "compact",
    "fill",
    "fill_path",
    "omit_none",
    "partial",
    "iterate_pages",
    "aiterate_pages",
    "Page",
    "NOT_GIVEN",
    "NotGiven",
    "cast",
];

fn method_ident(name: &str) -> String {
    let s = naming::snake(name);
    if naming::PYTHON_KEYWORDS.contains(&s.as_str()) || s == "self" {
        format!("{s}_")
    } else {
        s
    }
}

/// Parameter identifiers of one signature: snake_case, keywords and body names escaped, unique.
#[derive(Default)]
struct ParamNames {
    taken: HashSet<String>,
}

impl ParamNames {
    fn claim(&mut self, name: &str) -> String {
        let mut s = naming::snake(name);
        if naming::PYTHON_KEYWORDS.contains(&s.as_str()) || BODY_NAMES.contains(&s.as_str()) {
            s.push('_');
        }
        let mut candidate = s.clone();
        let mut n = 2;
        while !self.taken.insert(candidate.clone()) {
            candidate = format!("{s}_{n}");
            n += 1;
        }
        candidate
    }
}

/// Unique member names of one class.
#[derive(Default)]
struct MemberNames {
    taken: HashSet<String>,
}

impl MemberNames {
    fn claim(&mut self, wanted: &str) -> String {
        let mut candidate = wanted.to_string();
        let mut n = 2;
        while !self.taken.insert(candidate.clone()) {
            candidate = format!("{wanted}_{n}");
            n += 1;
        }
        candidate
    }
}

// ---------------------------------------------------------------------------------------------
// Types

#[derive(Clone, Copy, PartialEq, Eq)]
enum Mode {
    /// Annotations of results and TypedDict fields: `list[X]`, `X | None`.
    Out,
    /// Annotations of parameters: `Sequence[X]`, `Mapping[str, X]`.
    In,
    /// Runtime expressions (type alias values): `Optional[X]`, `Union[...]`, quoted names.
    Runtime,
}

struct TypeCx<'a> {
    api: &'a Api,
    /// Builtin names shadowed in the scope where the annotation appears (`list` in a class with a
    /// `list` method): spelled `builtins.list`.
    shadow: HashSet<String>,
    /// Module the named types are imported from (type-checking only); `None` inside types.py.
    types_from: Option<&'static str>,
    /// Inside a type definition: the aliases (unions, aliases) written out instead of named
    /// (`recursive_aliases`), and those being written out (a reference back to one keeps its name).
    inline: Option<&'a HashSet<String>>,
    expanding: std::cell::RefCell<Vec<String>>,
}

fn literal_value(v: &Value) -> Option<String> {
    match v {
        Value::String(s) => Some(code::py_string(s)),
        Value::Bool(b) => Some(if *b { "True".into() } else { "False".into() }),
        Value::Number(n) if n.is_i64() || n.is_u64() => Some(n.to_string()),
        Value::Null => Some("None".into()),
        _ => None,
    }
}

impl TypeCx<'_> {
    fn builtin(&self, name: &str, imp: &mut Imports) -> String {
        if self.shadow.contains(name) {
            imp.plain.insert("builtins".into());
            format!("builtins.{name}")
        } else {
            name.to_string()
        }
    }

    fn ty(&self, t: &TypeRef, mode: Mode, imp: &mut Imports) -> Py {
        match t {
            TypeRef::String { format: StringFormat::Binary } => atom(self.builtin("bytes", imp)),
            TypeRef::String { .. } => atom(self.builtin("str", imp)),
            TypeRef::Integer { .. } => atom(self.builtin("int", imp)),
            TypeRef::Number { .. } => atom(self.builtin("float", imp)),
            TypeRef::Boolean => atom(self.builtin("bool", imp)),
            TypeRef::Any => {
                imp.std("typing", "Any");
                atom("Any")
            }
            TypeRef::Named { name } => {
                let Some(def) = self.api.types.get(name) else {
                    imp.std("typing", "Any");
                    return atom("Any");
                };
                if self.inline.is_some_and(|set| set.contains(name)) && !self.expanding.borrow().contains(name) {
                    self.expanding.borrow_mut().push(name.clone());
                    let written = self.written_out(def, mode, imp);
                    self.expanding.borrow_mut().pop();
                    if let Some(py) = written {
                        return py;
                    }
                }
                if let Some(module) = self.types_from {
                    imp.type_only(module, name);
                }
                if mode == Mode::Runtime {
                    atom(code::py_string(name))
                } else {
                    atom(name.clone())
                }
            }
            TypeRef::Array { items } => {
                let inner = self.ty(items, mode, imp);
                if mode == Mode::In {
                    imp.std("collections.abc", "Sequence");
                    Py::Subscript("Sequence".into(), vec![inner])
                } else {
                    Py::Subscript(self.builtin("list", imp), vec![inner])
                }
            }
            TypeRef::Map { values } => {
                let inner = self.ty(values, mode, imp);
                let key = atom(self.builtin("str", imp));
                if mode == Mode::In {
                    imp.std("collections.abc", "Mapping");
                    Py::Subscript("Mapping".into(), vec![key, inner])
                } else {
                    Py::Subscript(self.builtin("dict", imp), vec![key, inner])
                }
            }
            TypeRef::Nullable { inner } => {
                let inner_py = self.ty(inner, mode, imp);
                if mode == Mode::Runtime {
                    imp.std("typing", "Optional");
                    Py::Subscript("Optional".into(), vec![inner_py])
                } else {
                    union_of(vec![inner_py, atom("None")])
                }
            }
            TypeRef::Literal { value } => match literal_value(value) {
                Some(lit) if lit == "None" => atom("None"),
                Some(lit) => {
                    imp.std("typing", "Literal");
                    Py::Subscript("Literal".into(), vec![atom(lit)])
                }
                None => atom(self.builtin("float", imp)),
            },
        }
    }

    fn annot(&self, t: &TypeRef, mode: Mode, imp: &mut Imports) -> String {
        self.ty(t, mode, imp).flat()
    }

    /// An alias's definition written where it is referenced: a union's variants (`str | Customer`,
    /// or `Union[str, "Customer"]` at run time) or an alias's target. `None` for other kinds.
    fn written_out(&self, def: &TypeDef, mode: Mode, imp: &mut Imports) -> Option<Py> {
        match &def.kind {
            TypeKind::Union(u) => {
                let mut seen = HashSet::new();
                let variants: Vec<Py> =
                    u.variants.iter().map(|v| self.ty(&v.type_, mode, imp)).filter(|p| seen.insert(p.flat())).collect();
                Some(match variants.len() {
                    0 => {
                        imp.std("typing", "Any");
                        atom("Any")
                    }
                    1 => variants.into_iter().next().unwrap_or_else(|| atom("Any")),
                    _ if mode == Mode::Runtime => {
                        imp.std("typing", "Union");
                        Py::Subscript("Union".into(), variants)
                    }
                    _ => union_of(variants),
                })
            }
            TypeKind::Alias { target } => Some(self.ty(target, mode, imp)),
            _ => None,
        }
    }
}

/// The most items pyright infers a tuple literal's type from (more: `tuple[Unknown, ...]`).
const PYRIGHT_MAX_INFERRED_TUPLE: usize = 256;

/// The Python type of every value of `values`.
fn values_type(values: &[Value]) -> &'static str {
    if values.iter().all(Value::is_string) {
        "str"
    } else if values.iter().all(Value::is_boolean) {
        "bool"
    } else if values.iter().all(|v| v.is_i64() || v.is_u64()) {
        "int"
    } else if values.iter().all(Value::is_number) {
        "float"
    } else {
        "object"
    }
}

/// `a | b | c` of annotations (`Mode::Out`), each member once: a member that is itself a union
/// (a written-out alias, or a nullable one) adds its members.
fn union_of(parts: Vec<Py>) -> Py {
    let mut members: Vec<String> = Vec::new();
    for p in parts {
        let flat = p.flat();
        for m in top_level_members(&flat) {
            if !members.iter().any(|x| x == m) {
                members.push(m.to_string());
            }
        }
    }
    atom(members.join(" | "))
}

/// The members of a flat annotation at its top level (`a | list[b | c]` → `a`, `list[b | c]`),
/// outside brackets and string literals.
fn top_level_members(flat: &str) -> Vec<&str> {
    let (mut out, mut depth, mut quote, mut start) = (Vec::new(), 0usize, None::<char>, 0);
    let bytes = flat.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let c = bytes[i] as char;
        match quote {
            Some(_) if c == '\\' => i += 1,
            Some(q) if c == q => quote = None,
            Some(_) => {}
            None => match c {
                '"' | '\'' => quote = Some(c),
                '[' | '(' => depth += 1,
                ']' | ')' => depth = depth.saturating_sub(1),
                ' ' if depth == 0 && flat[i..].starts_with(" | ") => {
                    out.push(&flat[start..i]);
                    start = i + 3;
                    i += 2;
                }
                _ => {}
            },
        }
        i += 1;
    }
    out.push(&flat[start..]);
    out
}

/// The aliases (unions and aliases) on a cycle of types that passes through an object: an object's
/// property written with them spells their definition out instead of their name (`customer: str |
/// Customer | None`, not `customer: ChargeCustomer | None`), so that no such cycle passes through an
/// alias. mypy checks each recursive alias for divergence by walking every path of aliases it
/// reaches, a walk exponential in the aliases of the cycle: Stripe's 267 such aliases (expandable
/// fields, `str | Customer`, reaching one another through the objects) kept `mypy --strict` busy for
/// more than 10 CPU minutes, and 9 s without them; cycles through TypedDicts alone cost it nothing.
/// The aliases keep their definitions (they name one another there), and an alias whose cycles run
/// through aliases only (`Json = Union[str, list[Json]]`) is named everywhere: mypy's walk is short
/// there, and a recursive alias must be named somewhere.
fn recursive_aliases(api: &Api) -> HashSet<String> {
    let names: Vec<&str> = api.types.keys().map(String::as_str).collect();
    let index: HashMap<&str, usize> = names.iter().enumerate().map(|(i, n)| (*n, i)).collect();
    let edges: Vec<Vec<usize>> = api
        .types
        .values()
        .map(|def| {
            let mut out = BTreeSet::new();
            match &def.kind {
                TypeKind::Object(o) => {
                    for p in o.properties.iter().filter(|p| !p.wire_name.is_empty()) {
                        crate::ir::reach::named_refs(&p.type_, &mut out);
                    }
                }
                TypeKind::Union(u) => {
                    for v in &u.variants {
                        crate::ir::reach::named_refs(&v.type_, &mut out);
                    }
                }
                TypeKind::Alias { target } => crate::ir::reach::named_refs(target, &mut out),
                TypeKind::Enum(_) => {}
            }
            out.iter().filter_map(|n| index.get(n.as_str()).copied()).collect()
        })
        .collect();
    // Tarjan's strongly connected components, iteratively.
    let n = names.len();
    let (mut idx, mut low, mut on) = (vec![usize::MAX; n], vec![0; n], vec![false; n]);
    let (mut stack, mut comp, mut counter) = (Vec::new(), vec![usize::MAX; n], 0);
    let mut comps = 0;
    for root in 0..n {
        if idx[root] != usize::MAX {
            continue;
        }
        let mut work: Vec<(usize, usize)> = vec![(root, 0)];
        while let Some(&mut (v, ref mut next)) = work.last_mut() {
            if *next == 0 {
                idx[v] = counter;
                low[v] = counter;
                counter += 1;
                stack.push(v);
                on[v] = true;
            }
            if let Some(&w) = edges[v].get(*next) {
                *next += 1;
                if idx[w] == usize::MAX {
                    work.push((w, 0));
                } else if on[w] {
                    low[v] = low[v].min(idx[w]);
                }
                continue;
            }
            work.pop();
            if let Some(&(parent, _)) = work.last() {
                low[parent] = low[parent].min(low[v]);
            }
            if low[v] == idx[v] {
                while let Some(w) = stack.pop() {
                    on[w] = false;
                    comp[w] = comps;
                    if w == v {
                        break;
                    }
                }
                comps += 1;
            }
        }
    }
    // The components with an object: their cycles pass through a TypedDict.
    let mut with_object = vec![false; comps];
    for (i, def) in api.types.values().enumerate() {
        if matches!(def.kind, TypeKind::Object(_)) {
            with_object[comp[i]] = true;
        }
    }
    api.types
        .values()
        .enumerate()
        .filter(|(i, def)| matches!(def.kind, TypeKind::Union(_) | TypeKind::Alias { .. }) && with_object[comp[*i]])
        .map(|(_, def)| def.name.clone())
        .collect()
}

// ---------------------------------------------------------------------------------------------
// Docs

fn clean(s: &Option<String>) -> String {
    s.as_deref().map(text).unwrap_or_default()
}

/// Spec text bound for a docstring: control characters, bidi overrides and line separators dealt
/// with (`escape::clean_text`), tabs expanded, typographic punctuation as ASCII, edges trimmed.
fn text(s: &str) -> String {
    code::plain_punctuation(&escape::clean_text(s).replace('\t', "    ")).trim().to_string()
}

/// A docstring body: `summary`, then paragraphs, wrapped for a docstring indented by `indent`.
fn docstring(parts: &[String], indent: usize) -> String {
    let body = parts.iter().map(|p| text(p)).filter(|p| !p.is_empty()).collect::<Vec<_>>().join("\n\n");
    let body = if body.is_empty() { "Undocumented.".to_string() } else { body };
    wrap(&body, LINE.saturating_sub(indent + 6))
}

/// Whether Markdown text, as the README writes it (`md_block`), holds a fenced code block whose
/// language `ruff format` formats in Markdown (`python`, `py`, `py3`, `pyi`, `pycon`, ...: any
/// language word starting with `py`, a superset).
fn has_python_code(description: &str) -> bool {
    use pulldown_cmark::{CodeBlockKind, Event, Options, Parser, Tag};
    let markdown = escape::markdown_block(description);
    Parser::new_ext(&markdown, Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH).any(|e| match e {
        Event::Start(Tag::CodeBlock(CodeBlockKind::Fenced(info))) => {
            let info = info.trim_start_matches(|c: char| c == '{' || c.is_whitespace()).to_ascii_lowercase();
            info.starts_with("py")
        }
        _ => false,
    })
}

fn sentence(s: &str) -> String {
    let t = s.trim();
    if t.is_empty() || t.ends_with(['.', '!', '?', ':']) {
        t.to_string()
    } else {
        format!("{t}.")
    }
}

/// `Args:`-style section: one entry per `(name, doc)`, continuation lines indented.
fn section(title: &str, entries: &[(String, String)]) -> String {
    if entries.is_empty() {
        return String::new();
    }
    let mut out = format!("{title}:");
    for (name, doc) in entries {
        let doc = doc.split_whitespace().collect::<Vec<_>>().join(" ");
        out.push_str(&format!("\n    {name}: {doc}"));
    }
    out
}

/// Like `wrap`, but section entries (`    name: text`) continue with 8 spaces.
fn wrap_sections(text: &str, width: usize) -> String {
    let mut out = Vec::new();
    for line in text.lines() {
        if line.starts_with("    ") && !line.starts_with("     ") && line.chars().count() > width {
            let wrapped = wrap(&format!("        {}", line.trim_start()), width);
            let mut lines = wrapped.lines();
            if let Some(first) = lines.next() {
                out.push(format!("    {}", first.trim_start()));
            }
            out.extend(lines.map(str::to_string));
        } else {
            out.push(wrap(line, width));
        }
    }
    out.join("\n")
}

// ---------------------------------------------------------------------------------------------
// Operations

#[derive(Clone)]
struct Param {
    ident: String,
    input: String,
    annotation: String,
    /// `None`: required (positional-or-keyword); otherwise the default's Python text.
    default: Option<&'static str>,
    doc: String,
}

#[derive(Clone)]
enum Returns {
    Data(String),
    Page { item: String, items_field: String, next_field: String, has_more: Option<String> },
    Text,
    Bytes,
    Nothing,
}

/// Everything about one operation method, shared by the sync and async flavours and the scopes.
#[derive(Clone)]
struct OpInfo {
    method: String,
    all_method: Option<String>,
    cursor_ident: Option<String>,
    params: Vec<Param>,
    returns: Returns,
    /// The core call without `await`: `self._core.request(...)`.
    request: Py,
    /// `request` as a template value, shared by the flavours.
    request_value: minijinja::Value,
    /// The same call through `request_raw` (an `ApiResponse`), as a template value.
    raw_request_value: minijinja::Value,
    doc: String,
    summary: String,
    http: String,
    http_view: HttpView,
    example_args: Vec<Py>,
    /// The parameter each example argument is for, in the same order.
    example_params: Vec<String>,
    /// Imports of the signature (annotations, defaults).
    imports: Imports,
    /// Extra imports of the body (helpers).
    body_imports: Imports,
}

fn param_doc(input: &Input, defaulted_by: &[String], nullable_body: bool) -> String {
    let mut doc = sentence(&clean(&input.doc));
    if doc.is_empty() {
        doc = match &input.source {
            InputSource::Param { location, .. } => {
                format!("The `{}` {} parameter.", text(&input.wire_name), location_word(*location))
            }
            InputSource::BodyField => format!("The `{}` field of the request body.", text(&input.wire_name)),
            InputSource::Body => "The request body.".to_string(),
        };
    }
    if let Some(d) = &input.default {
        if let Some(lit) = literal_value(d) {
            doc.push_str(&format!(" The API's default is ``{lit}``."));
        }
    }
    for d in defaulted_by {
        doc.push_str(&format!(" Defaults to the service's ``{d}``."));
    }
    if nullable_body {
        doc.push_str(" Pass ``None`` to send null; leave it out to send nothing.");
    }
    if input.deprecated {
        doc.push_str(" Deprecated.");
    }
    doc
}

/// A parameter style as OpenAPI spells it (the runtime's `ParamStyle`).
fn style_name(style: ParamStyle) -> &'static str {
    match style {
        ParamStyle::Simple => "simple",
        ParamStyle::Form => "form",
        ParamStyle::Label => "label",
        ParamStyle::Matrix => "matrix",
        ParamStyle::SpaceDelimited => "spaceDelimited",
        ParamStyle::PipeDelimited => "pipeDelimited",
        ParamStyle::DeepObject => "deepObject",
    }
}

fn location_word(l: ParamLocation) -> &'static str {
    match l {
        ParamLocation::Path => "path",
        ParamLocation::Query => "query",
        ParamLocation::Header => "header",
        ParamLocation::Cookie => "cookie",
    }
}

struct Builder<'a> {
    api: &'a Api,
    config: &'a Config,
    /// A large API (`Layout::split`): services are imported from their modules.
    split: bool,
    core: String,
    async_core: String,
    /// `(service name, operation name)` → info.
    ops: HashMap<(String, String), OpInfo>,
    /// service name → (class, async class, module).
    service_names: HashMap<String, (String, String, String)>,
    /// scope name → (class, async class, module).
    scope_names: HashMap<String, (String, String, String)>,
    /// (service, default) → the scope constructor parameter for it: `default_<name>`, or
    /// `<service>_default_<name>` when several services have a default of that name.
    default_idents: HashMap<(String, String), String>,
    /// (scope, group) → the group's class (sync; the async one is `Async` + it).
    group_names: HashMap<(String, String), String>,
}

fn security_py(security: &[Vec<String>]) -> Py {
    Py::List(security.iter().map(|alt| Py::List(alt.iter().map(|k| atom(code::py_string(k))).collect())).collect())
}

impl<'a> Builder<'a> {
    fn cx(&self, shadow: &HashSet<String>) -> TypeCx<'a> {
        TypeCx {
            api: self.api,
            shadow: shadow.clone(),
            types_from: Some("..types"),
            inline: None,
            expanding: Default::default(),
        }
    }

    fn op_info(&self, op: &Operation, method: &str, all_method: Option<String>, shadow: &HashSet<String>) -> OpInfo {
        let cx = self.cx(shadow);
        let mut imp = Imports::default();
        let mut body_imp = Imports::default();
        let mut names = ParamNames::default();
        let mut params: Vec<Param> = Vec::new();
        let mut positional: Vec<Param> = Vec::new();
        let mut keyword: Vec<Param> = Vec::new();

        let defaults_of = |input: &Input| -> Vec<String> {
            input.service_defaults.iter().map(|d| format!("default_{}", naming::snake(&d.default))).collect()
        };

        // Values of each input as passed to the core (with service defaults applied).
        let mut values: Vec<(&Input, String, Py)> = Vec::new();
        for input in &op.inputs {
            let ident = names.claim(&input.name);
            let whole_default = input.service_defaults.iter().any(|d| d.field_path.is_empty());
            let is_body_field = matches!(input.source, InputSource::BodyField);
            let nullable = input.type_.is_nullable();
            let annotation = cx.annot(&input.type_, Mode::In, &mut imp);
            let (annotation, default) = if input.required && !whole_default {
                (annotation, None)
            } else if nullable && is_body_field {
                imp.local(".._runtime", "NotGiven");
                imp.local(".._runtime", "NOT_GIVEN");
                let base = annotation.strip_suffix(" | None").unwrap_or(&annotation);
                (format!("{base} | NotGiven | None"), Some("NOT_GIVEN"))
            } else if annotation == "Any" || annotation.ends_with("| None") {
                (annotation, Some("None"))
            } else {
                (format!("{annotation} | None"), Some("None"))
            };
            let param = Param {
                ident: ident.clone(),
                input: input.name.clone(),
                annotation,
                default,
                doc: param_doc(input, &defaults_of(input), nullable && is_body_field && default.is_some()),
            };
            if param.default.is_none() {
                positional.push(param.clone());
            } else {
                keyword.push(param.clone());
            }
            let mut value = atom(ident.clone());
            for d in &input.service_defaults {
                let attr = format!("self._default_{}", naming::snake(&d.default));
                if d.field_path.is_empty() {
                    body_imp.local(".._runtime", "fill");
                    value = call("fill", vec![value, atom(attr)]);
                } else {
                    body_imp.local(".._runtime", "fill_path");
                    let path = Py::List(d.field_path.iter().map(|p| atom(code::py_string(p))).collect());
                    value = call("fill_path", vec![value, path, atom(attr)]);
                }
            }
            values.push((input, ident, value));
        }
        params.extend(positional);
        params.extend(keyword);

        // The core call.
        let mut path_params = Vec::new();
        let mut query = Vec::new();
        let mut headers = Vec::new();
        let mut cookies = Vec::new();
        let mut fields = Vec::new();
        let mut keep_null = Vec::new();
        let mut any_optional_field = false;
        let mut whole_body: Option<(Py, bool)> = None;
        for (input, _ident, value) in &values {
            let key = code::py_string(&input.wire_name);
            match &input.source {
                InputSource::Param { location: ParamLocation::Path, .. } => path_params.push((key, value.clone())),
                InputSource::Param { location: ParamLocation::Query, .. } => query.push((key, value.clone())),
                InputSource::Param { location: ParamLocation::Header, .. } => headers.push((key, value.clone())),
                InputSource::Param { location: ParamLocation::Cookie, .. } => cookies.push((key, value.clone())),
                InputSource::BodyField => {
                    if input.type_.is_nullable() {
                        keep_null.push(atom(key.clone()));
                    }
                    if !input.required || !input.service_defaults.is_empty() {
                        any_optional_field = true;
                    }
                    fields.push((key, value.clone()));
                }
                InputSource::Body => whole_body = Some((value.clone(), input.required)),
            }
        }
        // Serialisation styles other than the defaults (`simple` paths, exploded `form` queries).
        let mut path_styles = Vec::new();
        let mut query_styles = Vec::new();
        for input in &op.inputs {
            let InputSource::Param { location, style, explode } = &input.source else { continue };
            let entry = || {
                (
                    code::py_string(&input.wire_name),
                    Py::Tuple(vec![
                        atom(code::py_string(style_name(*style))),
                        atom(if *explode { "True" } else { "False" }),
                    ]),
                )
            };
            match location {
                ParamLocation::Path if *style != ParamStyle::Simple || *explode => path_styles.push(entry()),
                ParamLocation::Query if *style != ParamStyle::Form || !*explode => query_styles.push(entry()),
                _ => {}
            }
        }
        let mut args = vec![atom(code::py_string(op.method.as_str())), atom(code::py_string(&op.path))];
        if !path_params.is_empty() {
            args.push(kw("path_params", Py::Dict(path_params)));
        }
        if !path_styles.is_empty() {
            args.push(kw("path_styles", Py::Dict(path_styles)));
        }
        if !query.is_empty() {
            args.push(kw("query", Py::Dict(query)));
        }
        if !query_styles.is_empty() {
            args.push(kw("query_styles", Py::Dict(query_styles)));
        }
        if !headers.is_empty() {
            args.push(kw("headers", Py::Dict(headers)));
        }
        if !cookies.is_empty() {
            args.push(kw("cookies", Py::Dict(cookies)));
        }
        if let Some(body) = &op.body {
            let arg = match body.encoding {
                BodyEncoding::Json => "json",
                BodyEncoding::Form => "form",
                BodyEncoding::Multipart => "files",
                BodyEncoding::Binary | BodyEncoding::Text => "content",
            };
            if body.fields_flattened || whole_body.is_none() {
                let dict = Py::Dict(fields);
                let value = if any_optional_field || !keep_null.is_empty() {
                    body_imp.local(".._runtime", "compact");
                    let mut cargs = vec![dict];
                    if !keep_null.is_empty() {
                        cargs.push(Py::List(keep_null));
                    }
                    call("compact", cargs)
                } else {
                    dict
                };
                args.push(kw(arg, value));
            } else if let Some((value, required)) = whole_body {
                let value = if required {
                    value
                } else {
                    body_imp.local(".._runtime", "omit_none");
                    call("omit_none", vec![value])
                };
                args.push(kw(arg, value));
            }
            if arg == "content" {
                args.push(kw("content_type", atom(code::py_string(&body.content_type))));
            } else if let Some(ct) = body.json_variant() {
                args.push(kw("content_type", atom(code::py_string(ct))));
            }
        }
        if let Some(accept) = op.response.accept() {
            args.push(kw("accept", atom(code::py_string(&accept))));
        }
        if !op.security.is_empty() {
            args.push(kw("security", security_py(&op.security)));
        }
        if let Some(h) = &op.idempotency_header {
            args.push(kw("idempotency_header", atom(code::py_string(h))));
        }
        let kind = op.response.kind;
        if self.api.envelope.is_some() && kind == ResponseKind::Json && !op.response.enveloped {
            args.push(kw("enveloped", atom("False")));
        }
        args.push(kw("options", atom("request_options")));
        let func = match kind {
            ResponseKind::Text => "self._core.request_text",
            ResponseKind::Binary => "self._core.request_bytes",
            _ => "self._core.request",
        };
        let raw_kind = match kind {
            ResponseKind::Text => "text",
            ResponseKind::Binary => "bytes",
            ResponseKind::Json if op.response.type_.is_some() => "json",
            _ => "empty",
        };
        let mut raw_args = args.clone();
        raw_args.insert(2, atom(code::py_string(raw_kind)));
        let raw_request = call("self._core.request_raw", raw_args);
        let request = call(func, args);

        let returns = match (kind, &op.response.type_) {
            (ResponseKind::Text, _) => Returns::Text,
            (ResponseKind::Binary, _) => Returns::Bytes,
            (ResponseKind::Json, Some(t)) => match &op.pagination {
                Some(p) => {
                    imp.local(".._runtime", "Page");
                    Returns::Page {
                        item: cx.annot(&p.item_type, Mode::Out, &mut imp),
                        items_field: p.items_field.clone(),
                        next_field: p.next_cursor_field.clone(),
                        has_more: p.has_more_field.clone(),
                    }
                }
                None => Returns::Data(cx.annot(t, Mode::Out, &mut imp)),
            },
            _ => Returns::Nothing,
        };
        imp.local(".._runtime", "RequestOptions");
        let request_options = Param {
            ident: "request_options".into(),
            input: String::new(),
            annotation: "RequestOptions | None".into(),
            default: Some("None"),
            doc: "Per-call options: ``timeout``, extra ``headers``, ``idempotency_key``, ``max_retries``.".into(),
        };
        params.push(request_options);

        let cursor_ident = op.pagination.as_ref().and_then(|p| {
            let cursor_input = &p.cursor_input;
            params.iter().find(|prm| &prm.input == cursor_input).map(|prm| prm.ident.clone())
        });

        // Docstring.
        let summary = sentence(&clean(&op.summary));
        let description = clean(&op.description);
        let mut parts = vec![if summary.is_empty() {
            sentence(&naming::snake(&op.name).replace('_', " "))
        } else {
            summary.clone()
        }];
        if !description.is_empty() && description != summary && sentence(&description) != summary {
            parts.push(description.clone());
        }
        if op.deprecated {
            parts.push("Deprecated: this operation may be removed in a future version of the API.".into());
        }
        let arg_entries: Vec<(String, String)> = params.iter().map(|p| (p.ident.clone(), p.doc.clone())).collect();
        parts.push(section("Args", &arg_entries));
        let returns_doc = match &returns {
            Returns::Nothing => String::new(),
            Returns::Page { .. } => {
                "One page of results; pass its ``next_cursor`` back as the cursor for the next page.".into()
            }
            _ => sentence(&clean(&op.response.doc)),
        };
        if !returns_doc.is_empty() {
            parts.push(format!("Returns:\n    {}", returns_doc.split_whitespace().collect::<Vec<_>>().join(" ")));
        }
        let mut raises: Vec<(String, String)> = Vec::new();
        let mut seen = HashSet::new();
        for e in &op.errors {
            if let Some(class) = &e.class {
                if seen.insert(class.clone()) {
                    let doc = sentence(&clean(&e.doc));
                    raises.push((
                        class.clone(),
                        if doc.is_empty() { format!("On a {} response.", e.status) } else { doc },
                    ));
                }
            }
        }
        parts.push(section("Raises", &raises));
        let doc = wrap_sections(
            &parts.iter().filter(|p| !p.is_empty()).cloned().collect::<Vec<_>>().join("\n\n"),
            LINE - 8 - 6,
        );

        // Example arguments for the README and the generated tests.
        let (example_params, example_args): (Vec<String>, Vec<Py>) = self.example_args(op, &params).into_iter().unzip();

        OpInfo {
            method: method.to_string(),
            all_method,
            cursor_ident,
            params,
            returns,
            request_value: filters::expr(request.clone()),
            raw_request_value: filters::expr(raw_request),
            request,
            doc,
            summary: if summary.is_empty() { naming::snake(&op.name).replace('_', " ") } else { summary },
            http: format!("{} {}", op.method.as_str(), op.path),
            http_view: HttpView {
                method: op.method.as_str().to_string(),
                path: op.path.clone(),
                deprecated: op
                    .deprecated
                    .then(|| "Deprecated by the API: it may be removed in a future version.".to_string()),
            },
            example_args,
            example_params,
            imports: imp,
            body_imports: body_imp,
        }
    }

    /// Call arguments built from the IR's examples: required inputs positionally (synthesised when
    /// the spec gives no example), optional ones by keyword when the spec has an example for them.
    fn example_args(&self, op: &Operation, params: &[Param]) -> Vec<(String, Py)> {
        let mut out: Vec<(String, Py)> = Vec::new();
        for p in params {
            let Some(input) = op.inputs.iter().find(|i| i.name == p.input) else { continue };
            // Examples that do not fit the declared type (a `"true"` for a boolean) would not
            // type-check: those inputs get a synthesised value, or are left out when optional.
            let example = input
                .example
                .clone()
                .or_else(|| input.default.clone())
                .filter(|v| self.conforms(v, &input.type_) && input.fits_constraints(v));
            match (p.default, example) {
                (None, Some(v)) => out.push((p.ident.clone(), code::json_literal(&v))),
                (None, None) if matches!(input.type_.non_null(), TypeRef::String { format: StringFormat::Binary }) => {
                    out.push((p.ident.clone(), atom("b\"example\"")))
                }
                (None, None) => {
                    let v = input.constrained_value(self.synthesise(&input.type_, 0));
                    out.push((p.ident.clone(), code::json_literal(&v)))
                }
                (Some(_), Some(v)) if input.service_defaults.is_empty() => {
                    out.push((p.ident.clone(), kw(p.ident.clone(), code::json_literal(&v))))
                }
                // A field the schema of an optional body requires: the body the call sends needs it.
                (Some(_), None) if self.api.required_by_body_schema(op, input) => {
                    let v = input.constrained_value(self.synthesise(&input.type_, 0));
                    out.push((p.ident.clone(), kw(p.ident.clone(), code::json_literal(&v))))
                }
                _ => {}
            }
        }
        out
    }

    /// Whether an example can be sent as a value of type `t`: of the type as the type checker
    /// sees it (TypedDicts reject unknown keys and need their required ones), and of its string
    /// formats (a validating server refuses a "uuid" that is not one).
    fn conforms(&self, v: &Value, t: &TypeRef) -> bool {
        self.api.accepts(v, t, &VALUES)
    }

    /// Whether a response example is of type `t` (the mock server answers it as written, so its
    /// formats are not the test's concern).
    fn conforms_type(&self, v: &Value, t: &TypeRef) -> bool {
        self.api.accepts(v, t, &ValueRules { formats: false, ..VALUES })
    }

    /// A value of type `t` that a validating mock server accepts (where it stops: `Api::sample_cut`).
    fn synthesise(&self, t: &TypeRef, depth: usize) -> Value {
        if let Some(cut) = self.api.sample_cut(t, depth) {
            return cut;
        }
        match t {
            TypeRef::String { format } => Value::String(
                format
                    .sample()
                    .unwrap_or(match format {
                        StringFormat::Byte => "ZXhhbXBsZQ==",
                        StringFormat::Password => "correct-horse-battery",
                        _ => "example",
                    })
                    .to_string(),
            ),
            TypeRef::Integer { .. } => Value::from(1),
            TypeRef::Number { .. } => Value::from(1.0),
            TypeRef::Boolean => Value::Bool(true),
            TypeRef::Any => Value::Object(Default::default()),
            TypeRef::Array { items } => Value::Array(vec![self.synthesise(items, depth + 1)]),
            TypeRef::Map { .. } => Value::Object(Default::default()),
            TypeRef::Nullable { inner } => self.synthesise(inner, depth + 1),
            TypeRef::Literal { value } => value.clone(),
            TypeRef::Named { name } => match self.api.types.get(name).map(|t| &t.kind) {
                Some(TypeKind::Enum(e)) => e.values.first().map(|v| v.value.clone()).unwrap_or(Value::Null),
                Some(TypeKind::Alias { target }) => self.synthesise(target, depth + 1),
                Some(TypeKind::Union(u)) => {
                    u.variants.first().map(|v| self.synthesise(&v.type_, depth + 1)).unwrap_or(Value::Null)
                }
                Some(TypeKind::Object(o)) => {
                    let mut map = serde_json::Map::new();
                    for p in o.properties.iter().filter(|p| p.required) {
                        let v = p.sample_value(|v| self.conforms(v, &p.type_), || self.synthesise(&p.type_, depth + 1));
                        map.insert(p.wire_name.clone(), v);
                    }
                    Value::Object(map)
                }
                None => Value::Null,
            },
        }
    }
}

fn page_view(returns: &Returns) -> Option<PageView> {
    match returns {
        Returns::Page { items_field, next_field, has_more, .. } => Some(PageView {
            items_field: items_field.clone(),
            next_field: next_field.clone(),
            has_more: has_more.clone(),
        }),
        _ => None,
    }
}

/// The body of an operation method for one flavour. Layout: when `result: T = <call>` leaves the
/// call no room (ruff would split the annotation first) or does not fit, the result is cast.
fn method_body(info: &OpInfo, is_async: bool) -> Body {
    let (returns, result_type) = match &info.returns {
        Returns::Data(t) => ("data", t.clone()),
        Returns::Page { .. } => ("page", String::new()),
        Returns::Text => ("text", String::new()),
        Returns::Bytes => ("bytes", String::new()),
        Returns::Nothing => ("nothing", String::new()),
    };
    let cast_result = returns == "data" && {
        let prefix = format!("result: {result_type} = {}", if is_async { "await " } else { "" });
        let typed = info.request.statement(8, &prefix);
        let head_fits = 8 + prefix.len() + "self._core.request_bytes(".len() <= LINE || !typed.contains('\n');
        !(head_fits && fits(&typed))
    };
    Body::Request {
        call: info.request_value.clone(),
        returns,
        result_type,
        cast_result,
        page: page_view(&info.returns),
    }
}

/// A local variable name none of `params` uses.
fn local_name(params: &[Param]) -> String {
    let mut name = "service".to_string();
    while params.iter().any(|p| p.ident == name) {
        name.push('_');
    }
    name
}

/// Whether every line of `code` fits the line length (or is one long word, which E501 allows).
fn fits(code: &str) -> bool {
    code.lines().all(|l| l.chars().count() <= LINE || l.split_whitespace().count() == 1)
}

/// Imports for names used in rendered annotations (types, runtime names, typing helpers).
fn annotation_imports<'t>(api: &Api, annotations: impl Iterator<Item = &'t str>, imp: &mut Imports) {
    for text in annotations {
        for word in annotation_names(text) {
            match word {
                w if api.types.contains_key(w) => imp.type_only("..types", w),
                "RequestOptions" | "Page" | "NotGiven" => imp.local(".._runtime", word),
                "Sequence" | "Mapping" | "Iterator" | "AsyncIterator" => imp.std("collections.abc", word),
                "Any" | "Literal" => imp.std("typing", word),
                _ => {}
            }
        }
    }
}

/// The (dotted) names an annotation's text uses; the text of string literals (`Literal["Page"]`)
/// names nothing.
fn annotation_names(text: &str) -> Vec<&str> {
    let mut names = Vec::new();
    let mut start = None;
    let mut quote = None;
    let mut escaped = false;
    for (i, c) in text.char_indices().chain(std::iter::once((text.len(), ' '))) {
        if let Some(q) = quote {
            if escaped {
                escaped = false;
            } else if c == '\\' {
                escaped = true;
            } else if c == q {
                quote = None;
            }
            continue;
        }
        if c.is_alphanumeric() || c == '_' || c == '.' {
            start.get_or_insert(i);
            continue;
        }
        if let Some(s) = start.take() {
            names.push(&text[s..i]);
        }
        if c == '"' || c == '\'' {
            quote = Some(c);
        }
    }
    names
}

fn returns_annotation(info: &OpInfo) -> String {
    match &info.returns {
        Returns::Data(t) => t.clone(),
        Returns::Page { item, .. } => format!("Page[{item}]"),
        Returns::Text => "str".into(),
        Returns::Bytes => "bytes".into(),
        Returns::Nothing => "None".into(),
    }
}

fn signature(params: &[Param]) -> Vec<ParamView> {
    let mut star = false;
    params
        .iter()
        .map(|p| {
            let first_keyword = p.default.is_some() && !star;
            star |= first_keyword;
            ParamView::new(p.ident.clone(), p.annotation.clone(), p.default, first_keyword)
        })
        .collect()
}

fn method(
    name: String,
    is_async: bool,
    params: Vec<ParamView>,
    returns: String,
    doc: String,
    body: Body,
) -> MethodView {
    MethodView { property: false, name, is_async, params, returns, one_line: false, doc, http: None, body }
}

/// `method` and its `list_all` twin on a service, for one flavour.
fn service_methods(info: &OpInfo, is_async: bool) -> Vec<MethodView> {
    let mut out = vec![MethodView {
        http: Some(info.http_view.clone()),
        ..method(
            info.method.clone(),
            is_async,
            signature(&info.params),
            returns_annotation(info),
            info.doc.clone(),
            method_body(info, is_async),
        )
    }];
    if let (Some(all), Some(cursor), Returns::Page { item, .. }) = (&info.all_method, &info.cursor_ident, &info.returns)
    {
        let params: Vec<Param> = info.params.iter().filter(|p| &p.ident != cursor).cloned().collect();
        let args = params
            .iter()
            .map(|p| if p.default.is_none() { pos(p.ident.clone()) } else { named(p.ident.clone(), p.ident.clone()) })
            .collect();
        let doc = wrap_sections(
            &format!(
                "Iterates over every item of :meth:`{}`, fetching one page at a time as needed.\n\n{}",
                info.method,
                section("Args", &params.iter().map(|p| (p.ident.clone(), p.doc.clone())).collect::<Vec<_>>())
            ),
            LINE - 14,
        );
        out.push(MethodView {
            http: Some(info.http_view.clone()),
            ..method(
                all.clone(),
                false,
                signature(&params),
                format!("{}[{item}]", if is_async { "AsyncIterator" } else { "Iterator" }),
                doc,
                Body::Pages { method: info.method.clone(), args, cursor: cursor.clone(), async_pages: is_async },
            )
        });
    }
    out
}

fn paging_imports(imp: &mut Imports, is_async: bool) {
    imp.std("functools", "partial");
    if is_async {
        imp.std("collections.abc", "AsyncIterator");
        imp.local(".._runtime", "aiterate_pages");
    } else {
        imp.std("collections.abc", "Iterator");
        imp.local(".._runtime", "iterate_pages");
    }
}

fn merge(into: &mut Imports, from: &Imports) {
    into.plain.extend(from.plain.iter().cloned());
    into.third_plain.extend(from.third_plain.iter().cloned());
    for (m, n) in &from.first_party {
        into.first_party.entry(m.clone()).or_default().extend(n.iter().cloned());
    }
    for (m, n) in &from.stdlib {
        into.stdlib.entry(m.clone()).or_default().extend(n.iter().cloned());
    }
    for (m, n) in &from.third {
        into.third.entry(m.clone()).or_default().extend(n.iter().cloned());
    }
    for (m, n) in &from.local {
        into.local.entry(m.clone()).or_default().extend(n.iter().cloned());
    }
    for (m, n) in &from.type_only {
        into.type_only.entry(m.clone()).or_default().extend(n.iter().cloned());
    }
}

const BUILTINS: &[&str] = &["str", "int", "float", "bool", "bytes", "list", "dict"];

/// Spells `builtins.x` for every builtin type name of `annotation` that is in `shadowed`.
fn unshadow(annotation: &str, shadowed: &HashSet<String>) -> String {
    let mut out = String::with_capacity(annotation.len());
    let chars: Vec<char> = annotation.chars().collect();
    let mut i = 0;
    let mut in_str: Option<char> = None;
    while i < chars.len() {
        let c = chars[i];
        if let Some(q) = in_str {
            out.push(c);
            if c == '\\' && i + 1 < chars.len() {
                out.push(chars[i + 1]);
                i += 1;
            } else if c == q {
                in_str = None;
            }
            i += 1;
            continue;
        }
        if c == '"' || c == '\'' {
            in_str = Some(c);
            out.push(c);
            i += 1;
            continue;
        }
        if c.is_alphabetic() || c == '_' {
            let start = i;
            while i < chars.len() && (chars[i].is_alphanumeric() || chars[i] == '_') {
                i += 1;
            }
            let word: String = chars[start..i].iter().collect();
            let after_dot = start > 0 && chars[start - 1] == '.';
            if !after_dot && shadowed.contains(&word) {
                out.push_str("builtins.");
            }
            out.push_str(&word);
            continue;
        }
        out.push(c);
        i += 1;
    }
    out
}

/// Class bodies are a scope: a method named `list` hides the builtin from later annotations of the
/// same class, so those spell `builtins.list`.
fn fix_shadowing(class: &mut ClassView, extra_members: &[String], imp: &mut Imports) {
    let members: HashSet<String> =
        class.methods.iter().map(|m| m.name.clone()).chain(extra_members.iter().cloned()).collect();
    let shadowed: HashSet<String> = BUILTINS.iter().map(|b| b.to_string()).filter(|b| members.contains(b)).collect();
    if shadowed.is_empty() {
        return;
    }
    let mut changed = false;
    let mut fix = |annotation: &mut String| {
        let fixed = unshadow(annotation, &shadowed);
        changed |= fixed != *annotation;
        *annotation = fixed;
    };
    for m in &mut class.methods {
        m.params.iter_mut().for_each(|p| fix(&mut p.annotation));
        fix(&mut m.returns);
    }
    class.init_params.iter_mut().for_each(|p| fix(&mut p.annotation));
    if changed {
        imp.plain.insert("builtins".into());
    }
}

/// Lays out the return annotations of a class like ruff (split where too long for their line), and
/// decides which signatures fit one line.
fn layout_class(mut class: ClassView) -> ClassView {
    for m in &mut class.methods {
        m.returns = code::annotation_after(4, ") -> ".len(), &m.returns, 1);
        let def = if m.is_async { "async def ".len() } else { "def ".len() };
        m.one_line = m.params.is_empty()
            // The colon ends the line.
            && 4 + def + m.name.chars().count() + "(self) -> ".len() + m.returns.chars().count() + ":".len() <= LINE;
    }
    class
}

fn list_all_name(method: &str) -> String {
    if method == "list" {
        "list_all".into()
    } else if let Some(rest) = method.strip_prefix("list_") {
        format!("list_all_{rest}")
    } else {
        format!("iter_{method}")
    }
}

// ---------------------------------------------------------------------------------------------
// The whole view

pub fn build(api: &Api, config: &Config) -> View {
    let sdk = config.sdk_name.clone();
    let core = format!("{sdk}Core");
    let async_core = format!("Async{sdk}Core");
    let mut b = Builder {
        api,
        config,
        split: false,
        core: core.clone(),
        async_core: async_core.clone(),
        ops: HashMap::new(),
        service_names: HashMap::new(),
        scope_names: HashMap::new(),
        default_idents: HashMap::new(),
        group_names: HashMap::new(),
    };
    let mut default_count: HashMap<String, usize> = HashMap::new();
    for s in &api.services {
        for d in &s.defaults {
            *default_count.entry(naming::snake(&d.name)).or_default() += 1;
        }
    }
    for s in &api.services {
        for d in &s.defaults {
            let name = naming::snake(&d.name);
            let ident = if default_count[&name] > 1 {
                format!("{}_default_{name}", naming::snake(&s.name))
            } else {
                format!("default_{name}")
            };
            b.default_idents.insert((s.name.clone(), d.name.clone()), ident);
        }
    }

    // Class names.
    // Class names: distinct from each other and from the names the modules import (types, errors,
    // the cores), for the sync, async and raw-response flavours alike.
    let mut taken_classes: HashSet<String> = api.types.keys().cloned().collect();
    taken_classes.extend([core.clone(), async_core.clone(), api.errors.base.clone()]);
    taken_classes.extend(api.errors.classes.iter().map(|c| c.name.clone()));
    let mut claim_class = |wanted: &str, suffix: &str, extras: &[&str]| -> String {
        let mut base = wanted.to_string();
        let mut n = 2;
        loop {
            let names: Vec<String> = std::iter::once("")
                .chain(extras.iter().copied())
                .flat_map(|e| [format!("{base}{suffix}{e}"), format!("Async{base}{suffix}{e}")])
                .collect();
            if names.iter().all(|n| !taken_classes.contains(n)) {
                taken_classes.extend(names);
                return base;
            }
            base = format!("{wanted}{n}");
            n += 1;
        }
    };
    for s in &api.services {
        let base = claim_class(&s.type_name, "Service", &["WithRawResponse", "Raw"]);
        b.service_names.insert(
            s.name.clone(),
            (format!("{base}Service"), format!("Async{base}Service"), naming::python_ident(&s.name)),
        );
    }
    for s in &api.scopes {
        let base = claim_class(&s.type_name, "Scope", &[]);
        b.scope_names.insert(
            s.name.clone(),
            (format!("{base}Scope"), format!("Async{base}Scope"), naming::python_ident(&s.name)),
        );
        for g in &s.groups {
            let group = claim_class(&format!("{base}Scope{}", naming::pascal(&g.name)), "", &[]);
            b.group_names.insert((s.name.clone(), g.name.clone()), group);
        }
    }

    // Operation infos, per service (member names first, so `list_all` twins and accessors avoid them).
    let mut service_members: HashMap<String, Vec<(String, Option<String>)>> = HashMap::new();
    for s in &api.services {
        let mut members = MemberNames::default();
        for reserved in ["scope", "with_raw_response"] {
            members.taken.insert(reserved.to_string());
        }
        let methods: Vec<String> = s.operations.iter().map(|o| members.claim(&method_ident(&o.name))).collect();
        let mut list = Vec::new();
        for (op, m) in s.operations.iter().zip(&methods) {
            let all = op.pagination.as_ref().map(|_| members.claim(&list_all_name(m)));
            list.push((m.clone(), all));
        }
        service_members.insert(s.name.clone(), list);
    }
    // Operations, modules and types are independent of each other: built in parallel (rayon keeps
    // the order of the results, so the output does not depend on scheduling).
    let shadow = HashSet::new();
    let infos: Vec<((String, String), OpInfo)> =
        api.services
            .par_iter()
            .flat_map_iter(|s| {
                let (b, shadow) = (&b, &shadow);
                s.operations.iter().zip(&service_members[&s.name]).map(move |(op, (m, all))| {
                    ((s.name.clone(), op.name.clone()), b.op_info(op, m, all.clone(), shadow))
                })
            })
            .collect();
    b.ops.extend(infos);

    let types_doc = docstring(&[
        format!("Types of the {}: a TypedDict per object schema, Literal aliases for enums, unions for ``oneOf``; plus a type guard per discriminated union variant.", text(&api.title)),
        "Values are plain ``dict`` objects at run time: these types are for the type checker.".to_string(),
    ], 0);
    let ((mut service_modules, mut scope_modules), rendered) = rayon::join(
        || {
            let service_modules: Vec<ModuleView> = api.services.par_iter().map(|s| service_module(&b, s)).collect();
            let scope_modules: Vec<ModuleView> = api.scopes.par_iter().map(|s| scope_module(&b, s)).collect();
            (service_modules, scope_modules)
        },
        || {
            let inline = recursive_aliases(api);
            api.types.par_values().map(|t| render_type(api, t, &inline)).collect::<Vec<RenderedType>>()
        },
    );
    let layout = Layout::new(api, &rendered, &service_modules);
    b.split = layout.split;
    let (types_modules, guards) = types_modules(api, &types_doc, rendered, &layout);
    for m in service_modules.iter_mut().chain(scope_modules.iter_mut()) {
        layout.relocate(&mut m.imp, "..types", "..");
        m.imports = m.imp.render();
    }
    // _constants.py, or in a large API `_constants/<group>.py`.
    let mut constants_modules: Vec<ConstantsModuleView> = Vec::new();
    let mut constant_module: HashMap<String, String> = HashMap::new();
    let mut constants = Vec::new();
    for c in &api.constants {
        let tcx = TypeCx {
            api,
            shadow: HashSet::new(),
            types_from: Some(".types"),
            inline: None,
            expanding: Default::default(),
        };
        let mut item_imp = Imports::default();
        let item = if api.types.contains_key(&c.type_name) {
            tcx.annot(&TypeRef::named(c.type_name.clone()), Mode::Out, &mut item_imp)
        } else {
            "str".to_string()
        };
        let values = c.values.iter().map(|v| filters::expr(code::json_literal(v))).collect();
        let name = naming::screaming(&c.name);
        let group = if layout.split { layout.constant_group(&c.type_name) } else { String::new() };
        let at = match constants_modules.iter().position(|m| m.group == group) {
            Some(i) => i,
            None => {
                constants_modules.push(ConstantsModuleView {
                    group: group.clone(),
                    path: if layout.split { format!("_constants/{group}.py") } else { "_constants.py".into() },
                    imp: Imports::default(),
                    constants_imports: String::new(),
                    constants_all: vec![],
                    constants: vec![],
                });
                constants_modules.len() - 1
            }
        };
        let module = &mut constants_modules[at];
        module.imp.std("typing", "Final");
        // `NAME: Final[tuple[item, ...]] = (` must fit its line. Else the checkers infer the
        // tuple's type, except pyright past 256 items (`tuple[Unknown, ...]`, an error in strict
        // mode): such a tuple is annotated with its values' Python type.
        let fits = |item: &str| name.len() + ": Final[tuple[".len() + item.len() + ", ...]] = (".len() <= LINE;
        let item = if fits(&item) {
            merge(&mut module.imp, &item_imp);
            Some(item)
        } else if c.values.len() > PYRIGHT_MAX_INFERRED_TUPLE {
            Some(values_type(&c.values).to_string()).filter(|t| fits(t))
        } else {
            None
        };
        let view = ConstantView {
            name: name.clone(),
            item,
            values,
            doc: wrap(&format!("Every value of ``{}``, in the order the API lists them.", c.type_name), LINE - 6),
        };
        module.constants.push(view.clone());
        module.constants_all.push(name.clone());
        if layout.split {
            constant_module.insert(name.clone(), format!("._constants.{group}"));
        }
        constants.push(view);
    }
    if constants_modules.is_empty() && !layout.split {
        constants_modules.push(ConstantsModuleView {
            group: String::new(),
            path: "_constants.py".into(),
            imp: Imports::default(),
            constants_imports: String::new(),
            constants_all: vec![],
            constants: vec![],
        });
    }
    for m in &mut constants_modules {
        layout.relocate(&mut m.imp, ".types", "..");
        m.constants_imports = m.imp.render();
        code::sort_all(&mut m.constants_all);
    }
    if layout.split {
        for m in service_modules.iter_mut().chain(scope_modules.iter_mut()) {
            if let Some(names) = m.imp.local.remove(".._constants") {
                for n in names {
                    let module =
                        constant_module.get(&n).map(|m| format!(".{m}")).unwrap_or_else(|| ".._constants".into());
                    m.imp.local(&module, &n);
                }
                m.imports = m.imp.render();
            }
        }
    }
    let mut constants_all: Vec<String> = constants.iter().map(|c| c.name.clone()).collect();
    code::sort_all(&mut constants_all);

    // Errors.
    let base_error = api.errors.base.clone();
    let errors: Vec<ErrorView> = api
        .errors
        .classes
        .iter()
        .map(|c| ErrorView {
            name: c.name.clone(),
            parent: c.parent.clone(),
            doc: docstring(std::slice::from_ref(&c.doc), 4),
        })
        .collect();
    let find_kind = |k: ErrorClassKind| {
        api.errors.classes.iter().find(|c| c.kind == k).map(|c| c.name.clone()).unwrap_or_else(|| base_error.clone())
    };
    let mut by_status = Vec::new();
    let mut by_status_class = Vec::new();
    for c in &api.errors.classes {
        if c.kind == ErrorClassKind::Status {
            for s in &c.statuses {
                by_status.push(KeyClass { key: s.to_string(), class: c.name.clone() });
            }
            if let Some(sc) = c.status_class {
                by_status_class.push(KeyClass { key: sc.to_string(), class: c.name.clone() });
            }
        }
    }
    by_status.sort_by_key(|k| k.key.parse::<u16>().unwrap_or(0));
    let error_table = ErrorTableView {
        unexpected: find_kind(ErrorClassKind::UnexpectedStatus),
        connection: find_kind(ErrorClassKind::Connection),
        timeout: find_kind(ErrorClassKind::Timeout),
        by_code: api
            .errors
            .codes
            .iter()
            .map(|c| {
                let key = code::py_string(&c.code);
                // `"code": Class,` in the table, the class on a line of its own if need be.
                let class = atom(c.class.clone()).render_value(8, 8 + key.chars().count() + 2, 1);
                KeyClass { key, class }
            })
            .collect(),
        by_status,
        by_status_class,
    };

    // Exports of the package root.
    let mut exports: Vec<ExportView> = Vec::new();
    let mut export =
        |name: &str, module: &str| exports.push(ExportView { name: name.to_string(), module: module.to_string() });
    export(&core, "._client");
    export(&async_core, "._client");
    export(&base_error, "._errors");
    for e in &api.errors.classes {
        export(&e.name, "._errors");
    }
    for s in &api.services {
        let (c, ac, m) = &b.service_names[&s.name];
        export(c, &format!(".services.{m}"));
        export(ac, &format!(".services.{m}"));
    }
    for s in &api.scopes {
        let (c, ac, m) = &b.scope_names[&s.name];
        export(c, &format!(".scopes.{m}"));
        export(ac, &format!(".scopes.{m}"));
    }
    for c in &constants {
        export(&c.name, constant_module.get(&c.name).map_or("._constants", String::as_str));
    }
    for g in &guards {
        export(&g.name, &layout.module.get(&g.param).map_or(".types".to_string(), |m| format!(".{m}")));
    }
    for n in ["ApiResponse", "NOT_GIVEN", "NotGiven", "Page", "RequestOptions"] {
        export(n, "._runtime");
    }
    let mut seen = HashSet::new();
    exports.retain(|e| seen.insert(e.name.clone()));
    // A large API's root shows the type checker only the cores, errors and runtime names: the
    // services, scopes, constants and guards come from their modules, so that checking a program
    // reads only the services it uses (at run time the root still provides every name).
    let static_export =
        |e: &ExportView| !layout.split || ["._client", "._errors", "._runtime"].contains(&e.module.as_str());
    let mut all: Vec<String> = exports.iter().filter(|e| static_export(e)).map(|e| e.name.clone()).collect();
    all.push("__version__".into());
    code::sort_all(&mut all);
    let mut init_imp = Imports::default();
    for e in exports.iter().filter(|e| static_export(e)) {
        init_imp.type_only(&e.module, &e.name);
    }
    let init_type_imports = init_imp.render_type_only();

    let envelope = api.envelope.as_ref().map(|e| EnvelopeView {
        ok: code::py_string(&e.ok_field),
        data: code::py_string(&e.data_field),
        error: code::py_string(&e.error_field),
        code: code::py_string(&e.code_field),
        message: code::py_string(&e.message_field),
        details: e.details_field.as_ref().map(|d| code::py_string(d)),
    });
    let schemes = api
        .security_schemes
        .iter()
        .map(|s| match &s.kind {
            SecurityKind::Bearer => {
                SchemeView { key: s.key.clone(), kind: "bearer", location: "", param: String::new() }
            }
            SecurityKind::Basic => SchemeView { key: s.key.clone(), kind: "basic", location: "", param: String::new() },
            SecurityKind::ApiKey { location, param } => SchemeView {
                key: s.key.clone(),
                kind: "api_key",
                location: match location {
                    ParamLocation::Query => "query",
                    ParamLocation::Cookie => "cookie",
                    _ => "header",
                },
                param: param.clone(),
            },
        })
        .collect();

    let mut errors_all: Vec<String> = std::iter::once(base_error.clone())
        .chain(api.errors.classes.iter().map(|c| c.name.clone()))
        .chain(std::iter::once("ERRORS".to_string()))
        .collect();
    code::sort_all(&mut errors_all);
    let mut settings_names: BTreeSet<String> = ["Settings".to_string()].into_iter().collect();
    if api.envelope.is_some() {
        settings_names.insert("Envelope".into());
    }
    for s in &api.security_schemes {
        settings_names.insert(match s.kind {
            SecurityKind::Bearer => "BearerAuth".into(),
            SecurityKind::Basic => "BasicAuth".into(),
            SecurityKind::ApiKey { .. } => "ApiKeyAuth".into(),
        });
    }
    let settings_import = code::from_import("._runtime", &settings_names, 0);
    let base_url = api
        .servers
        .first()
        .map(|s| s.url.clone())
        .filter(|u| u.starts_with("http"))
        .unwrap_or_else(|| "https://api.example.com".to_string());
    let readme = readme(&b, api, &base_url, &constants, &guards);
    let (tests, tests_imports) = tests(&b, api, config);

    let title = text(&api.title);
    let env_prefix = naming::screaming(&sdk);
    let has_basic = api.security_schemes.iter().any(|s| matches!(s.kind, SecurityKind::Basic));
    let (basic_credentials, basic_vars) = if has_basic {
        (
            ", a ``username`` and ``password`` for HTTP Basic authentication",
            format!(", ``{env_prefix}_USERNAME``, ``{env_prefix}_PASSWORD``"),
        )
    } else {
        ("", String::new())
    };
    let docs = FixedDocs {
        init: docstring(&[
            format!("Python SDK for the {title}."),
            format!("Build a :class:`{core}` (or :class:`{async_core}`) once, then the services you need over it. Every name of the package is imported on first use, so ``import {}`` stays cheap.", config.python.package),
        ], 0),
        client: docstring(&[format!("The cores of the {sdk} SDK: the connection every service sends its calls through.")], 0),
        core: docstring(&[
            format!("Connection to the {title} shared by every service."),
            format!("Holds the base URL, the credentials (a bearer ``token`` changed with ``set_token()``, an ``api_key``{basic_credentials}), retries, timeouts and the ``httpx.Client``. Build it once, then the services you need over it; use it as a context manager (or call ``close()``) to close the client it created. ``{core}.from_env()`` reads ``{env_prefix}_BASE_URL``, ``{env_prefix}_TOKEN``{basic_vars} and ``{env_prefix}_API_KEY``."),
        ], 4),
        async_core: docstring(&[format!("Async twin of :class:`{core}` over ``httpx.AsyncClient``."), "Use it with ``async with`` (or ``await core.close()``).".to_string()], 4),
        errors: docstring(&[format!("Errors raised by the {sdk} SDK: one class per failure kind, by HTTP status and by API error code, all below ``{base_error}``.")], 0),
        base_error: docstring(&[
            format!("Root of every error the {sdk} SDK raises."),
            "Attributes: ``status``, ``code``, ``message``, ``retry_after``, ``body``, ``headers``, ``request_id``, ``details`` and ``current_etag``.".to_string(),
        ], 4),
        settings: docstring(&[format!("What the runtime needs to know about the {title}.")], 0),
    };
    let mut client_all = vec![core.clone(), async_core.clone()];
    code::sort_all(&mut client_all);
    let mut export_modules: Vec<(String, Vec<String>)> = Vec::new();
    for e in &exports {
        match export_modules.iter_mut().find(|(m, _)| m == &e.module) {
            Some((_, names)) => names.push(e.name.clone()),
            None => export_modules.push((e.module.clone(), vec![e.name.clone()])),
        }
    }
    let exports_code = Py::Dict(
        export_modules
            .iter()
            .map(|(m, names)| (code::py_string(m), Py::Tuple(names.iter().map(|n| atom(code::py_string(n))).collect())))
            .collect(),
    )
    .statement(0, "_MODULES: dict[str, tuple[str, ...]] = ");

    View {
        docs,
        client_all,
        exports_code,
        package: config.python.package.clone(),
        dist_name: config.python.dist_name.clone(),
        version: config.python.version.clone(),
        license: config.license.clone(),
        sdk_name: sdk.clone(),
        title: api.title.clone(),
        description: api.description.clone().unwrap_or_default(),
        description_python_code: api.description.as_deref().is_some_and(has_python_code),
        core,
        async_core,
        base_error,
        env_prefix,
        has_basic,
        base_url,
        api_version: api.version.clone(),
        envelope,
        schemes,
        errors,
        errors_all,
        error_table,
        settings_import,
        types_modules,
        constants,
        constants_imports: constants_modules.first().map(|m| m.constants_imports.clone()).unwrap_or_default(),
        constants_modules,
        split: layout.split,
        constants_all,
        service_modules,
        scope_modules,
        exports,
        all,
        init_type_imports,
        readme,
        tests,
        tests_imports,
        behaviours: String::new(),
    }
}

/// How the Python SDK spells what the shared README behaviour section talks about.
pub fn behaviour_names(view: &View) -> crate::render::BehaviourNames {
    let core = &view.core;
    let pairs: Vec<(&'static str, String)> = vec![
        ("max_retries", "max_retries".into()),
        ("core_max_retries", format!("{core}(..., max_retries=2)")),
        ("call_max_retries", "request_options={\"max_retries\": 0}".into()),
        ("call_idempotency_key", "request_options={\"idempotency_key\": \"...\"}".into()),
        ("core_token", format!("{core}(..., token=...)")),
        ("set_token", "core.set_token(token)".into()),
        ("core_api_key", format!("{core}(..., api_key=...)")),
        ("on_token_expired", format!("{core}(..., on_token_expired=refresh)")),
        ("next_cursor", "next_cursor".into()),
        ("has_more", "has_more".into()),
        ("list_all", "`list_all()`-style methods: an iterator, or an async iterator in the async services".into()),
        ("etag", "`service.with_raw_response.get(...).etag`".into()),
        ("if_match", "if_match=".into()),
        ("current_etag", "err.current_etag".into()),
        ("call_options", "`request_options={\"timeout\": 5.0, \"headers\": {...}, \"idempotency_key\": \"...\", \"max_retries\": 0}`".into()),
        ("cancellation", "Async calls are cancelled like any coroutine: cancel their task, or use `asyncio.wait_for` / `asyncio.timeout`.".into()),
        ("raw_response", "`service.with_raw_response.<method>(...)`, an `ApiResponse` with `data`, `status`, `headers`, `request_id` and `etag`,".into()),
        ("retry_after", "retry_after".into()),
        ("request_id", "request_id".into()),
        ("repr", "`repr()`".into()),
    ];
    let mut names: crate::render::BehaviourNames = pairs.into_iter().collect();
    if view.has_basic {
        names.insert("core_basic", format!("{core}(..., username=..., password=...)"));
        names.insert("set_basic", "core.set_basic_auth(username, password)".into());
    }
    names
}

fn service_module(b: &Builder, s: &Service) -> ModuleView {
    let (class, async_class, module) = b.service_names[&s.name].clone();
    let mut imp = Imports::default();
    let tcx = b.cx(&HashSet::new());
    let mut classes = Vec::new();
    let infos: Vec<&OpInfo> =
        s.operations.iter().filter_map(|o| b.ops.get(&(s.name.clone(), o.name.clone()))).collect();
    for info in &infos {
        merge(&mut imp, &info.imports);
        merge(&mut imp, &info.body_imports);
    }
    let defaults: Vec<(String, String, String)> = s
        .defaults
        .iter()
        .map(|d| {
            let ann = tcx.annot(&d.type_, Mode::In, &mut imp);
            let ann = if ann.ends_with("| None") || ann == "Any" { ann } else { format!("{ann} | None") };
            let doc = {
                let mut doc = sentence(&clean(&d.doc));
                if doc.is_empty() {
                    doc = format!("Value used when a call leaves out ``{}``.", d.path.join("."));
                }
                doc
            };
            (format!("default_{}", naming::snake(&d.name)), ann, doc)
        })
        .collect();
    let mut all_raw = Vec::new();
    for is_async in [false, true] {
        let name = if is_async { async_class.clone() } else { class.clone() };
        let core_type = if is_async { "AsyncRequester" } else { "SyncRequester" };
        imp.local(".._runtime", core_type);
        let mut init_params = vec![ParamView::new("core".into(), core_type.into(), None, false)];
        let mut fields = Vec::new();
        for (i, (param, ann, _)) in defaults.iter().enumerate() {
            init_params.push(ParamView::new(param.clone(), ann.clone(), Some("None"), i == 0));
            // Annotated: checkers would widen a Literal union inferred from the parameter.
            fields.push(FieldInit { attr: format!("_{param}"), annotation: ann.clone(), value: param.clone() });
        }
        let core_name = if is_async { &b.async_core } else { &b.core };
        let mut arg_docs = vec![(
            "core".to_string(),
            format!("The ``{core_name}`` (or any object with its ``request`` methods) to send calls with."),
        )];
        arg_docs.extend(defaults.iter().map(|(p, _, d)| (p.clone(), d.clone())));
        let init_doc =
            wrap_sections(&format!("Creates the service over ``core``.\n\n{}", section("Args", &arg_docs)), LINE - 14);
        let mut methods = Vec::new();
        for info in &infos {
            if info.all_method.is_some() {
                paging_imports(&mut imp, is_async);
            }
            methods.extend(service_methods(info, is_async));
        }
        // Scope accessors.
        let owned: Vec<&Scope> = b.api.scopes.iter().filter(|sc| s.scopes.contains(&sc.name)).collect();
        for sc in &owned {
            let (sclass, saclass, smodule) = &b.scope_names[&sc.name];
            let target = if is_async { saclass } else { sclass };
            let chain = scope_chain(b.api, sc);
            let mut names = ParamNames::default();
            let params: Vec<(String, String)> =
                chain.iter().map(|p| (names.claim(&p.name), tcx.annot(&p.type_, Mode::In, &mut imp))).collect();
            let accessor =
                if owned.len() == 1 { "scope".to_string() } else { format!("{}_scope", naming::snake(&sc.name)) };
            imp.type_only(&format!("..scopes.{smodule}"), target);
            // The scope gets this service's defaults (the defaults of other services it calls are
            // the scope constructor's to take).
            let scope_defaults = default_params(b, &scope_services(b, sc, 0), &tcx, &mut Imports::default());
            let mut args = vec![pos("self._core")];
            args.extend(params.iter().map(|(p, _)| pos(p.clone())));
            for d in scope_defaults.iter().filter(|d| d.service == s.name) {
                args.push(named(d.ident.clone(), format!("self._{}", d.service_param)));
            }
            let sig = params.iter().map(|(p, a)| ParamView::new(p.clone(), a.clone(), None, false)).collect();
            methods.push(method(
                accessor,
                false,
                sig,
                target.clone(),
                wrap_sections(
                    &format!(
                        "The ``{}`` resource as a scoped client: its operations with ``{}`` bound.",
                        naming::snake(&sc.name).replace('_', " "),
                        params.iter().map(|(p, _)| p.as_str()).collect::<Vec<_>>().join("``, ``")
                    ),
                    LINE - 14,
                ),
                Body::Construct { import_from: Some(format!("..scopes.{smodule}")), class: target.clone(), args },
            ));
        }
        let doc_text = {
            let d = sentence(&clean(&s.doc));
            let intro = if d.is_empty() { format!("Operations tagged ``{}``.", text(&s.tag)) } else { d };
            let flavour = if is_async {
                format!("Coroutine twin of :class:`{class}`; every method is awaited.")
            } else {
                String::new()
            };
            let consts = if s.constants.is_empty() {
                String::new()
            } else {
                format!(
                    "Constants: {}.",
                    s.constants.iter().map(|c| format!("``{}``", naming::screaming(c))).collect::<Vec<_>>().join(", ")
                )
            };
            docstring(&[intro, flavour, consts], 4)
        };
        // The raw-response twin: same constructor and methods, returning `ApiResponse`.
        // `return <raw class>(` must fit a line: extreme names get the short suffix.
        let raw_name = if async_class.len() + "WithRawResponse".len() <= 80 {
            format!("{name}WithRawResponse")
        } else {
            format!("{name}Raw")
        };
        imp.local(".._runtime", "ApiResponse");
        let raw_methods: Vec<MethodView> = infos
            .iter()
            .map(|info| MethodView {
                http: Some(info.http_view.clone()),
                ..method(
                    info.method.clone(),
                    is_async,
                    signature(&info.params),
                    format!("ApiResponse[{}]", returns_annotation(info)),
                    wrap(
                        &format!("Like :meth:`{name}.{}`, with the response's status, headers and ETag.", info.method),
                        LINE - 14,
                    ),
                    Body::Raw { call: info.raw_request_value.clone(), page: page_view(&info.returns) },
                )
            })
            .collect();
        let ctor_args = std::iter::once(pos("self._core"))
            .chain(defaults.iter().map(|(p, _, _)| named(p.clone(), format!("self._{p}"))))
            .collect();
        methods.push(MethodView {
            property: true,
            ..method(
                "with_raw_response".into(),
                false,
                Vec::new(),
                raw_name.clone(),
                wrap("The same methods, returning an ``ApiResponse`` (``data``, ``status``, ``headers``, ``request_id``, ``etag``).", LINE - 14),
                Body::Construct { import_from: None, class: raw_name.clone(), args: ctor_args },
            )
        });
        let init = || InitView { imports: Vec::new(), fields: fields.clone(), members: Vec::new() };
        let mut raw_view = ClassView {
            name: raw_name.clone(),
            doc: docstring(&[format!("The methods of :class:`{name}` returning an ``ApiResponse``: the same data plus the response's status, headers, request id and ``ETag``.")], 4),
            init_params: init_params.clone(),
            init_doc: init_doc.clone(),
            init: init(),
            methods: raw_methods,
        };
        let mut class_view = ClassView { name, doc: doc_text, init_params, init_doc, init: init(), methods };
        fix_shadowing(&mut class_view, &[], &mut imp);
        fix_shadowing(&mut raw_view, &[], &mut imp);
        if class_view.methods.iter().any(|m| matches!(m.body, Body::Request { cast_result: true, .. })) {
            imp.std("typing", "cast");
        }
        classes.push(layout_class(class_view));
        classes.push(layout_class(raw_view));
        all_raw.push(raw_name);
    }
    let mut all = vec![class.clone(), async_class.clone()];
    all.extend(all_raw);
    for c in &s.constants {
        let n = naming::screaming(c);
        imp.local(".._constants", &n);
        all.push(n);
    }
    code::sort_all(&mut all);
    let tag = text(&s.tag);
    let doc = format!(
        "The {tag} service: {}",
        if clean(&s.doc).is_empty() { format!("operations tagged {tag}.") } else { sentence(&clean(&s.doc)) }
    );
    if classes.iter().flat_map(|c| &c.methods).any(|m| m.http.as_ref().is_some_and(|h| h.deprecated.is_some())) {
        // `typing_extensions.deprecated`, qualified: a method named `deprecated` cannot shadow it.
        imp.third_plain.insert("typing_extensions".into());
    }
    ModuleView { name: module, doc: wrap(&doc, LINE - 6), imports: String::new(), all, classes, imp }
}

/// The path parameters bound by `scope` and its ancestors, outermost first.
fn scope_chain<'a>(api: &'a Api, scope: &'a Scope) -> Vec<&'a ScopeParam> {
    let mut chain = vec![&scope.param];
    let mut parent = scope.parent.clone();
    let mut guard = 0;
    while let Some(p) = parent {
        guard += 1;
        let Some(ps) = api.scopes.iter().find(|s| s.name == p) else { break };
        if guard > 32 {
            break;
        }
        chain.push(&ps.param);
        parent = ps.parent.clone();
    }
    chain.reverse();
    chain
}

/// The services a scoped class delegates to: (attribute, class, module, service name).
type Delegates = BTreeSet<(String, String, String, String)>;

/// A service default as a constructor parameter of a scope: scopes take the defaults of every
/// service they call, and hand them on to those services, their groups and nested scopes.
#[derive(Clone)]
struct DefaultParam {
    /// The parameter (`default_role`; prefixed with the service when two services share a name).
    ident: String,
    annotation: String,
    service: String,
    /// The service constructor's parameter (`default_role`).
    service_param: String,
    doc: String,
}

/// The services called by `ops`, in API order.
fn services_of<'a>(b: &'a Builder, ops: impl IntoIterator<Item = &'a ScopedOperation>) -> Vec<String> {
    let used: HashSet<&str> = ops.into_iter().map(|o| o.service.as_str()).collect();
    b.api.services.iter().filter(|s| used.contains(s.name.as_str())).map(|s| s.name.clone()).collect()
}

/// Every service a scope calls: its methods, its groups and its nested scopes.
fn scope_services(b: &Builder, sc: &Scope, depth: usize) -> Vec<String> {
    let mut used: HashSet<String> =
        services_of(b, sc.methods.iter().chain(sc.groups.iter().flat_map(|g| g.operations.iter())))
            .into_iter()
            .collect();
    if depth < 32 {
        for child in &sc.children {
            if let Some(cs) = b.api.scopes.iter().find(|s| &s.name == child) {
                used.extend(scope_services(b, cs, depth + 1));
            }
        }
    }
    b.api.services.iter().filter(|s| used.contains(&s.name)).map(|s| s.name.clone()).collect()
}

/// The defaults of `services` as scope constructor parameters.
fn default_params(b: &Builder, services: &[String], tcx: &TypeCx, imp: &mut Imports) -> Vec<DefaultParam> {
    let mut out = Vec::new();
    for svc in services {
        let Some(service) = b.api.services.iter().find(|s| &s.name == svc) else { continue };
        for d in &service.defaults {
            let ann = tcx.annot(&d.type_, Mode::In, imp);
            let ann = if ann.ends_with("| None") || ann == "Any" { ann } else { format!("{ann} | None") };
            let service_param = format!("default_{}", naming::snake(&d.name));
            let ident =
                b.default_idents.get(&(svc.clone(), d.name.clone())).cloned().unwrap_or_else(|| service_param.clone());
            let (class, _, _) = &b.service_names[svc];
            let doc = format!("The ``{service_param}`` of the :class:`{class}` calls go through.");
            out.push(DefaultParam { ident, annotation: ann, service: svc.clone(), service_param, doc });
        }
    }
    out
}

/// `name=value` arguments handing `defaults` on (as `value_of(ident)`), for those `accepted` takes.
fn default_args(
    defaults: &[DefaultParam],
    accepted: &[DefaultParam],
    value_of: impl Fn(&str) -> String,
) -> Vec<ArgView> {
    accepted
        .iter()
        .filter(|a| defaults.iter().any(|d| d.ident == a.ident))
        .map(|a| named(a.ident.clone(), value_of(&a.ident)))
        .collect()
}

fn scope_module(b: &Builder, sc: &Scope) -> ModuleView {
    let (class, async_class, module) = b.scope_names[&sc.name].clone();
    let mut imp = Imports::default();
    let tcx = b.cx(&HashSet::new());
    let chain = scope_chain(b.api, sc);
    let mut pnames = ParamNames::default();
    let bound: Vec<(String, String, &ScopeParam)> =
        chain.iter().map(|p| (pnames.claim(&p.name), tcx.annot(&p.type_, Mode::In, &mut imp), *p)).collect();
    let defaults = default_params(b, &scope_services(b, sc, 0), &tcx, &mut imp);
    let mut classes = Vec::new();
    let mut all = Vec::new();

    for is_async in [false, true] {
        let core_type = if is_async { "AsyncRequester" } else { "SyncRequester" };
        imp.local(".._runtime", core_type);
        let scope_class = if is_async { async_class.clone() } else { class.clone() };
        let mut group_classes = Vec::new();
        let mut scope_members = MemberNames::default();
        for reserved in bound.iter().map(|(n, _, _)| n.clone()) {
            scope_members.taken.insert(reserved);
        }

        // One class per group, then the scope class.
        let mut group_fields = Vec::new();
        for g in &sc.groups {
            let group = b
                .group_names
                .get(&(sc.name.clone(), g.name.clone()))
                .cloned()
                .unwrap_or_else(|| format!("{class}{}", naming::pascal(&g.name)));
            let gname = if is_async { format!("Async{group}") } else { group };
            let gclass = gname.clone();
            let (methods, services) = scoped_methods(b, &g.operations, &bound, is_async, &mut imp);
            let group_defaults = default_params(b, &services_of(b, &g.operations), &tcx, &mut imp);
            let doc =
                format!("The ``{}`` operations of :class:`{scope_class}`.", naming::snake(&g.name).replace('_', " "));
            group_classes.push(scope_class_view(
                &gclass,
                &doc,
                &bound,
                core_type,
                &services,
                &group_defaults,
                &[],
                methods,
            ));
            group_fields.push((scope_members.claim(&method_ident(&g.name)), gclass, group_defaults));
            all.push(gname);
        }
        let (mut methods, services) = scoped_methods(b, &sc.methods, &bound, is_async, &mut imp);
        for m in &mut methods {
            m.name = scope_members.claim(&m.name);
        }
        for child in &sc.children {
            let Some(cs) = b.api.scopes.iter().find(|s| &s.name == child) else { continue };
            let (cclass, caclass, cmodule) = &b.scope_names[child];
            let target = if is_async { caclass } else { cclass };
            let mut names = ParamNames::default();
            for (n, _, _) in &bound {
                names.taken.insert(n.clone());
            }
            let ident = names.claim(&cs.param.name);
            let ann = tcx.annot(&cs.param.type_, Mode::In, &mut imp);
            imp.type_only(&format!(".{cmodule}"), target);
            let child_defaults = default_params(b, &scope_services(b, cs, 0), &tcx, &mut Imports::default());
            let mut args = vec![pos("self._core")];
            args.extend(bound.iter().map(|(n, _, _)| pos(format!("self.{n}"))));
            args.push(pos(ident.clone()));
            args.extend(default_args(&defaults, &child_defaults, |d| format!("self._{d}")));
            let name = scope_members.claim(&method_ident(&cs.name));
            methods.push(method(
                name,
                false,
                vec![ParamView::new(ident.clone(), ann, None, false)],
                target.clone(),
                wrap(
                    &format!(
                        "The nested ``{}`` resource ``{ident}`` as a scoped client.",
                        naming::snake(&cs.name).replace('_', " ")
                    ),
                    LINE - 14,
                ),
                Body::Construct { import_from: Some(format!(".{cmodule}")), class: target.clone(), args },
            ));
        }
        let doc = format!(
            "{} scoped to one {}: every operation under ``{}`` with {} bound.",
            if is_async { "Async client" } else { "Client" },
            naming::snake(&sc.name).replace('_', " "),
            sc.path_prefix,
            bound.iter().map(|(n, _, _)| format!("``{n}``")).collect::<Vec<_>>().join(", ")
        );
        let mut scope_view =
            scope_class_view(&scope_class, &doc, &bound, core_type, &services, &defaults, &group_fields, methods);
        let fields: Vec<String> =
            group_fields.iter().map(|(f, _, _)| f.clone()).chain(bound.iter().map(|(n, _, _)| n.clone())).collect();
        fix_shadowing(&mut scope_view, &fields, &mut imp);
        classes.push(layout_class(scope_view));
        for mut g in group_classes {
            let fields: Vec<String> = bound.iter().map(|(n, _, _)| n.clone()).collect();
            fix_shadowing(&mut g, &fields, &mut imp);
            classes.push(layout_class(g));
        }
        all.push(scope_class);
    }
    code::sort_all(&mut all);
    let doc = format!("Scoped clients for the resources under ``{}``.", text(&sc.path_prefix));
    if classes.iter().flat_map(|c| &c.methods).any(|m| m.http.as_ref().is_some_and(|h| h.deprecated.is_some())) {
        // `typing_extensions.deprecated`, qualified: a method named `deprecated` cannot shadow it.
        imp.third_plain.insert("typing_extensions".into());
    }
    ModuleView { name: module, doc: wrap(&doc, LINE - 6), imports: String::new(), all, classes, imp }
}

/// A scope or scope-group class: binds the path parameters (and the services' defaults), builds the
/// services it delegates to and its groups.
#[allow(clippy::too_many_arguments)]
fn scope_class_view(
    name: &str,
    doc: &str,
    bound: &[(String, String, &ScopeParam)],
    core_type: &str,
    services: &Delegates,
    defaults: &[DefaultParam],
    groups: &[(String, String, Vec<DefaultParam>)],
    methods: Vec<MethodView>,
) -> ClassView {
    let param = |name: &str, annotation: &str, default, star| {
        ParamView::new(name.to_string(), annotation.to_string(), default, star)
    };
    let mut init_params = vec![param("core", core_type, None, false)];
    init_params.extend(bound.iter().map(|(n, a, _)| param(n, a, None, false)));
    init_params.extend(defaults.iter().enumerate().map(|(i, d)| param(&d.ident, &d.annotation, Some("None"), i == 0)));
    let imports = services
        .iter()
        .map(|(_, class, module, _)| ImportView { module: format!("..services.{module}"), class: class.clone() })
        .collect();
    let mut fields: Vec<FieldInit> =
        bound.iter().map(|(n, a, _)| FieldInit { attr: n.clone(), annotation: a.clone(), value: n.clone() }).collect();
    // Nested scopes are built later, from the stored defaults.
    for d in defaults.iter().filter(|d| {
        let stored = format!("self._{}", d.ident);
        methods.iter().any(|m| match &m.body {
            Body::Construct { args, .. } => args.iter().any(|a| a.name.is_some() && a.value == stored),
            _ => false,
        })
    }) {
        fields.push(FieldInit {
            attr: format!("_{}", d.ident),
            annotation: d.annotation.clone(),
            value: d.ident.clone(),
        });
    }
    let mut members = Vec::new();
    for (attr, class, _, service) in services {
        let args = defaults
            .iter()
            .filter(|d| &d.service == service)
            .map(|d| named(d.service_param.clone(), d.ident.clone()))
            .collect();
        members.push(MemberInit { attr: format!("_{attr}"), class: class.clone(), args });
    }
    for (field, class, group_defaults) in groups {
        let mut args: Vec<ArgView> = bound.iter().map(|(n, _, _)| pos(n.clone())).collect();
        args.extend(default_args(defaults, group_defaults, |d| d.to_string()));
        members.push(MemberInit { attr: field.clone(), class: class.clone(), args });
    }
    let mut arg_docs = vec![(
        "core".to_string(),
        "The core (or any object with its ``request`` methods) to send calls with.".to_string(),
    )];
    arg_docs.extend(
        bound.iter().map(|(n, _, p)| {
            (n.clone(), format!("The ``{}`` path parameter bound to every call.", text(&p.wire_name)))
        }),
    );
    arg_docs.extend(defaults.iter().map(|d| (d.ident.clone(), d.doc.clone())));
    ClassView {
        name: name.to_string(),
        doc: docstring(&[doc.to_string()], 4),
        init_params,
        init_doc: wrap_sections(&format!("Binds the resource.\n\n{}", section("Args", &arg_docs)), LINE - 14),
        init: InitView { imports, fields, members },
        methods,
    }
}

/// Methods delegating to the services' methods with the scope's parameters bound.
fn scoped_methods(
    b: &Builder,
    ops: &[ScopedOperation],
    bound: &[(String, String, &ScopeParam)],
    is_async: bool,
    imp: &mut Imports,
) -> (Vec<MethodView>, Delegates) {
    let mut methods = Vec::new();
    let mut services = BTreeSet::new();
    let mut members = MemberNames::default();
    for so in ops {
        let Some(info) = b.ops.get(&(so.service.clone(), so.operation.clone())) else { continue };
        let Some((sclass, saclass, smodule)) = b.service_names.get(&so.service) else { continue };
        let class = if is_async { saclass } else { sclass };
        let attr = smodule.clone();
        services.insert((attr.clone(), class.clone(), smodule.clone(), so.service.clone()));
        // Which parameters of the service method the scope binds, and to what.
        let op = b
            .api
            .services
            .iter()
            .find(|s| s.name == so.service)
            .and_then(|s| s.operations.iter().find(|o| o.name == so.operation));
        let bound_value = |p: &Param| -> Option<String> {
            if !so.bound_inputs.contains(&p.input) {
                return None;
            }
            let input = op.and_then(|o| o.inputs.iter().find(|i| i.name == p.input));
            bound
                .iter()
                .find(|(_, _, sp)| sp.name == p.input || input.is_some_and(|i| i.wire_name == sp.wire_name))
                .map(|(n, _, _)| format!("self.{n}"))
        };
        let free: Vec<Param> = info.params.iter().filter(|p| bound_value(p).is_none()).cloned().collect();
        let args = info
            .params
            .iter()
            .map(|p| named(p.ident.clone(), bound_value(p).unwrap_or_else(|| p.ident.clone())))
            .collect();
        let name = members.claim(&method_ident(&so.name));
        let doc = {
            let args_doc = section("Args", &free.iter().map(|p| (p.ident.clone(), p.doc.clone())).collect::<Vec<_>>());
            wrap_sections(
                &format!("{} Same as :meth:`{class}.{}`.\n\n{args_doc}", info.summary, info.method),
                LINE - 14,
            )
        };
        let returns = returns_annotation(info);
        annotation_imports(
            b.api,
            free.iter().map(|p| p.annotation.as_str()).chain(std::iter::once(returns.as_str())),
            imp,
        );
        if free.iter().any(|p| p.default == Some("NOT_GIVEN")) {
            imp.local(".._runtime", "NOT_GIVEN");
        }
        // A long service attribute and method name: the service is named first.
        let body = Body::Delegate {
            service: format!("_{attr}"),
            method: info.method.clone(),
            args,
            local: local_name(&free),
            awaited: is_async,
        };
        methods.push(MethodView {
            http: Some(info.http_view.clone()),
            ..method(name.clone(), is_async, signature(&free), returns, doc, body)
        });
        if let (Some(all), Some(cursor), Returns::Page { item, .. }) =
            (&info.all_method, &info.cursor_ident, &info.returns)
        {
            imp.std("collections.abc", if is_async { "AsyncIterator" } else { "Iterator" });
            let free_all: Vec<Param> = free.iter().filter(|p| &p.ident != cursor).cloned().collect();
            let args = info
                .params
                .iter()
                .filter(|p| &p.ident != cursor)
                .map(|p| named(p.ident.clone(), bound_value(p).unwrap_or_else(|| p.ident.clone())))
                .collect();
            let all_name = members.claim(&list_all_name(&name));
            let body = Body::Delegate {
                service: format!("_{attr}"),
                method: all.clone(),
                args,
                local: local_name(&free_all),
                awaited: false,
            };
            methods.push(MethodView {
                http: Some(info.http_view.clone()),
                ..method(
                    all_name,
                    false,
                    signature(&free_all),
                    format!("{}[{item}]", if is_async { "AsyncIterator" } else { "Iterator" }),
                    wrap(&format!("Iterates over every item of :meth:`{name}`, fetching pages as needed."), LINE - 14),
                    body,
                )
            });
        }
    }
    (methods, services)
}

// ---------------------------------------------------------------------------------------------
// types.py

/// One module of type definitions: `types.py`, or, for large APIs, one part of `_types/` (a module
/// with tens of thousands of definitions is more than pyright analyses), re-exported by `types.py`.
#[derive(Debug, Serialize)]
pub struct TypesModuleView {
    /// Path relative to the package: `types.py`, `_types/part1.py`.
    pub path: String,
    pub doc: String,
    pub imports: String,
    pub all: Vec<String>,
    pub types: Vec<TypeView>,
    pub guards: Vec<GuardView>,
    /// The lazy `types.py` of a large API: its `_MODULES = {module: (names...)}` table, laid out.
    pub lazy: String,
}

/// Estimated code-flow nodes per module part: pyright refuses a module scope of more than ~30000.
const TYPES_PART_BUDGET: usize = 6000;

struct RenderedType {
    view: TypeView,
    imports: Imports,
    weight: usize,
}

fn render_type(api: &Api, t: &TypeDef, inline: &HashSet<String>) -> RenderedType {
    let mut imp = Imports::default();
    let doc = docstring(&[sentence(&clean(&t.doc))], 4);
    let name = t.name.clone();
    // Unions and aliases name the aliases they mention: only objects write recursive ones out.
    let cx = TypeCx { api, shadow: HashSet::new(), types_from: Some(""), inline: None, expanding: Default::default() };
    let view = |kind: &'static str, doc: String| TypeView {
        name: name.clone(),
        kind,
        doc,
        fields: vec![],
        entries: vec![],
        literals: vec![],
        fallback: String::new(),
        variants: vec![],
        target: None,
    };
    let (view, weight) = match &t.kind {
        TypeKind::Object(o) => {
            // Python type checkers reject an empty key in a TypedDict: such a property stays
            // readable (values are plain dicts) but is not declared.
            let props: Vec<&Property> = o.properties.iter().filter(|p| !p.wire_name.is_empty()).collect();
            let mut doc_parts = vec![sentence(&clean(&t.doc))];
            if props.len() < o.properties.len() {
                doc_parts.push("The property with an empty name is not declared: Python type checkers reject an empty TypedDict key.".into());
            }
            let doc = docstring(&doc_parts, 4);
            let plain = props.iter().all(|p| naming::is_python_plain_key(&p.wire_name));
            let keys: HashSet<&str> = props.iter().map(|p| p.wire_name.as_str()).collect();
            let shadow: HashSet<String> =
                BUILTINS.iter().filter(|b| keys.contains(**b)).map(|s| s.to_string()).collect();
            let fcx = TypeCx { api, shadow, types_from: Some(""), inline: Some(inline), expanding: Default::default() };
            imp.ext("typing_extensions", "TypedDict");
            let weight = 2 + 2 * props.len();
            if plain {
                let fields = props
                    .iter()
                    .map(|p| {
                        let mut ann = fcx.annot(&p.type_, Mode::Out, &mut imp);
                        if !p.required {
                            imp.ext("typing_extensions", "NotRequired");
                            ann = format!("NotRequired[{ann}]");
                        }
                        let mut d = sentence(&clean(&p.doc));
                        if p.read_only {
                            d.push_str(if d.is_empty() { "Read-only." } else { " Read-only." });
                        }
                        if p.deprecated {
                            d.push_str(if d.is_empty() { "Deprecated." } else { " Deprecated." });
                        }
                        let annotation = code::annotation_after(4, p.wire_name.len() + 2, &ann, 0);
                        FieldView {
                            name: p.wire_name.clone(),
                            annotation,
                            doc: if d.is_empty() { String::new() } else { wrap(&d, LINE - 10) },
                            noqa: ambiguous(&p.wire_name),
                        }
                    })
                    .collect();
                (TypeView { fields, ..view("class", doc) }, weight)
            } else {
                let entries = props
                    .iter()
                    .map(|p| {
                        let mut ty = fcx.ty(&p.type_, Mode::Runtime, &mut imp);
                        if !p.required {
                            imp.ext("typing_extensions", "NotRequired");
                            ty = Py::Subscript("NotRequired".into(), vec![ty]);
                        }
                        (code::py_string(&p.wire_name), filters::expr(ty))
                    })
                    .collect();
                (TypeView { entries, ..view("functional", doc) }, weight)
            }
        }
        TypeKind::Enum(e) => {
            imp.ext("typing_extensions", "TypeAlias");
            let lits: Vec<String> = e.values.iter().filter_map(|v| literal_value(&v.value)).collect();
            let (literals, fallback) = if !lits.is_empty() && lits.len() == e.values.len() {
                imp.std("typing", "Literal");
                (lits, "")
            } else if e.values.iter().all(|v| v.value.is_number()) && !e.values.is_empty() {
                // Values a Literal cannot spell (non-integral numbers): their type.
                (vec![], if e.values.iter().all(|v| v.value.is_i64() || v.value.is_u64()) { "int" } else { "float" })
            } else if e.values.is_empty() {
                (vec![], if e.repr == EnumRepr::Integer { "int" } else { "str" })
            } else {
                imp.std("typing", "Any");
                (vec![], "Any")
            };
            (TypeView { literals, fallback: fallback.into(), ..view("enum", doc) }, 2)
        }
        TypeKind::Union(u) => {
            imp.ext("typing_extensions", "TypeAlias");
            let mut seen = HashSet::new();
            let variants: Vec<Py> = u
                .variants
                .iter()
                .map(|v| cx.ty(&v.type_, Mode::Runtime, &mut imp))
                .filter(|p| seen.insert(p.flat()))
                .collect();
            match variants.len() {
                0 => imp.std("typing", "Any"),
                1 => {}
                _ => imp.std("typing", "Union"),
            }
            (TypeView { variants: variants.into_iter().map(filters::expr).collect(), ..view("union", doc) }, 2)
        }
        TypeKind::Alias { target } => {
            imp.ext("typing_extensions", "TypeAlias");
            let target = cx.ty(target, Mode::Runtime, &mut imp);
            (TypeView { target: Some(filters::expr(target)), ..view("alias", doc) }, 2)
        }
    };
    RenderedType { view, imports: imp, weight }
}

fn guards(api: &Api, imp: &mut Imports) -> Vec<GuardView> {
    let mut guards = Vec::new();
    let mut guard_names = HashSet::new();
    for t in api.types.values() {
        let TypeKind::Union(u) = &t.kind else { continue };
        let Some(disc) = &u.discriminator else { continue };
        for v in &u.variants {
            let TypeRef::Named { name: vname } = &v.type_ else { continue };
            if v.tags.is_empty() {
                continue;
            }
            let fname = format!("is_{}", naming::snake(&v.name));
            if !guard_names.insert(fname.clone()) {
                continue;
            }
            let tag_values: Vec<String> = v.tags.iter().filter_map(literal_value).collect();
            if tag_values.is_empty() {
                continue;
            }
            imp.local("._runtime", "tag_of");
            imp.ext("typing_extensions", "TypeGuard");
            guards.push(GuardView {
                name: fname.clone(),
                param: t.name.clone(),
                variant: vname.clone(),
                doc: wrap(
                    &format!(
                        "Whether ``value`` is the ``{vname}`` variant of ``{}`` (its ``{}`` tells).",
                        t.name,
                        text(disc)
                    ),
                    LINE - 10,
                ),
                discriminator: disc.clone(),
                tags: tag_values,
            });
        }
    }
    guards
}

/// Where the types and constants of a large API are defined (`split`: its types do not fit one
/// module). A type used by the operations of one service only goes to `_types/<service>.py`, one
/// used by several services to `_types/_common.py`, one no operation uses to `_types/_other.py`
/// (each group cut in parts of `TYPES_PART_BUDGET`: `_types/<group>_2.py`, ...); a constant goes
/// to `_constants/<group>.py` of its type's group. So a module that uses one service makes Python
/// (at run time) and the type checker read only that service's types and the shared ones.
/// `types.py` re-exports every type lazily (PEP 562), and statically for the type checker. A small
/// API keeps one `types.py` and one `_constants.py`.
struct Layout {
    split: bool,
    /// Type name → its group (`repos`, `_common`, `_other`); empty without a split.
    group: HashMap<String, String>,
    /// Type name → its module, relative to the package (`_types.repos_2`).
    module: HashMap<String, String>,
    /// The modules of `_types/` in order of first appearance, with the indices of their types.
    parts: Vec<(String, Vec<usize>)>,
}

impl Layout {
    fn new(api: &Api, rendered: &[RenderedType], services: &[ModuleView]) -> Layout {
        let total: usize = rendered.iter().map(|r| r.weight).sum();
        if rendered.len() < 2 || total <= TYPES_PART_BUDGET {
            let parts = vec![("types".to_string(), (0..rendered.len()).collect())];
            return Layout { split: false, group: HashMap::new(), module: HashMap::new(), parts };
        }
        let index: HashMap<&str, usize> = rendered.iter().enumerate().map(|(i, r)| (r.view.name.as_str(), i)).collect();
        let refs: Vec<Vec<usize>> = rendered
            .iter()
            .map(|r| {
                r.imports.type_only.get("").map_or_else(Vec::new, |names| {
                    names.iter().filter_map(|n| index.get(n.as_str()).copied()).collect()
                })
            })
            .collect();
        let constant_type: HashMap<String, &str> =
            api.constants.iter().map(|c| (naming::screaming(&c.name), c.type_name.as_str())).collect();
        // Users of each type: none, one service (its index), or several (`usize::MAX`).
        let mut users: Vec<Option<usize>> = vec![None; rendered.len()];
        for (si, m) in services.iter().enumerate() {
            let mut stack: Vec<usize> = m
                .imp
                .type_only
                .get("..types")
                .into_iter()
                .flatten()
                .map(String::as_str)
                .chain(
                    m.imp.local.get(".._constants").into_iter().flatten().filter_map(|c| constant_type.get(c).copied()),
                )
                .filter_map(|n| index.get(n).copied())
                .collect();
            let mut seen = vec![false; rendered.len()];
            while let Some(t) = stack.pop() {
                if std::mem::replace(&mut seen[t], true) {
                    continue;
                }
                users[t] = match users[t] {
                    None => Some(si),
                    Some(u) if u == si => Some(si),
                    Some(_) => Some(usize::MAX),
                };
                stack.extend(refs[t].iter().copied());
            }
        }
        let mut group = HashMap::new();
        let mut module = HashMap::new();
        let mut parts: Vec<(String, Vec<usize>)> = Vec::new();
        // group → (index of its current part, load of that part, parts so far)
        let mut current: HashMap<String, (usize, usize, usize)> = HashMap::new();
        for (i, r) in rendered.iter().enumerate() {
            let g = match users[i] {
                None => "_other".to_string(),
                Some(usize::MAX) => "_common".to_string(),
                Some(si) => services[si].name.clone(),
            };
            let part = match current.get_mut(&g) {
                Some((at, load, _)) if *load + r.weight <= TYPES_PART_BUDGET => {
                    *load += r.weight;
                    *at
                }
                Some((at, load, count)) => {
                    *count += 1;
                    parts.push((format!("{g}_{count}"), vec![]));
                    (*at, *load) = (parts.len() - 1, r.weight);
                    *at
                }
                None => {
                    parts.push((g.clone(), vec![]));
                    current.insert(g.clone(), (parts.len() - 1, r.weight, 1));
                    parts.len() - 1
                }
            };
            parts[part].1.push(i);
            module.insert(r.view.name.clone(), format!("_types.{}", parts[part].0));
            group.insert(r.view.name.clone(), g);
        }
        Layout { split: true, group, module, parts }
    }

    /// The group of the constants of `type_name`.
    fn constant_group(&self, type_name: &str) -> String {
        self.group.get(type_name).cloned().unwrap_or_else(|| "_other".into())
    }

    /// Moves the type-only imports of `from` (`..types`) to the modules defining each type, seen
    /// from a module at `prefix` (`..`). Nothing changes without a split.
    fn relocate(&self, imp: &mut Imports, from: &str, prefix: &str) {
        if !self.split {
            return;
        }
        let Some(names) = imp.type_only.remove(from) else { return };
        for n in names {
            match self.module.get(&n) {
                Some(m) => imp.type_only(&format!("{prefix}{m}"), &n),
                None => imp.type_only(from, &n),
            }
        }
    }
}

/// The modules of types: `types.py`, or for a large API the parts of `_types/` and the lazy
/// `types.py` that re-exports them; and the type guards.
fn types_modules(
    api: &Api,
    doc: &str,
    rendered: Vec<RenderedType>,
    layout: &Layout,
) -> (Vec<TypesModuleView>, Vec<GuardView>) {
    let mut guard_imp = Imports::default();
    let guards = guards(api, &mut guard_imp);
    let mut names: Vec<String> = api.types.keys().cloned().collect();
    names.extend(guards.iter().map(|g| g.name.clone()));
    code::sort_all(&mut names);
    if !layout.split {
        let mut imp = Imports::default();
        let mut types = Vec::with_capacity(rendered.len());
        for RenderedType { view, imports: mut refs, .. } in rendered {
            refs.type_only.remove("");
            merge(&mut imp, &refs);
            types.push(view);
        }
        merge(&mut imp, &guard_imp);
        let module = TypesModuleView {
            path: "types.py".into(),
            doc: doc.to_string(),
            imports: imp.render(),
            all: names,
            types,
            guards: guards.clone(),
            lazy: String::new(),
        };
        return (vec![module], guards);
    }
    let mut slots: Vec<Option<RenderedType>> = rendered.into_iter().map(Some).collect();
    let mut modules = Vec::new();
    let mut facade = Imports::default();
    facade.plain.insert("importlib".into());
    let mut exports: Vec<(String, Vec<String>)> = Vec::new();
    for (name, members) in &layout.parts {
        let own_module = format!("_types.{name}");
        let mut imp = Imports::default();
        let mut types = Vec::new();
        for &i in members {
            let Some(mut r) = slots[i].take() else { continue };
            let mut refs = std::mem::take(&mut r.imports);
            let referenced = refs.type_only.remove("").unwrap_or_default();
            merge(&mut imp, &refs);
            for n in referenced {
                if let Some(m) = layout.module.get(&n).filter(|m| **m != own_module) {
                    imp.type_only(&format!(".{}", &m["_types.".len()..]), &n);
                }
            }
            types.push(r.view);
        }
        let own_guards: Vec<GuardView> =
            guards.iter().filter(|g| layout.module.get(&g.param).is_some_and(|m| *m == own_module)).cloned().collect();
        for g in &own_guards {
            imp.local(".._runtime", "tag_of");
            imp.ext("typing_extensions", "TypeGuard");
            if let Some(m) = layout.module.get(&g.variant).filter(|m| **m != own_module) {
                imp.type_only(&format!(".{}", &m["_types.".len()..]), &g.variant);
            }
        }
        let mut all: Vec<String> =
            types.iter().map(|t| t.name.clone()).chain(own_guards.iter().map(|g| g.name.clone())).collect();
        code::sort_all(&mut all);
        let module = format!("._types.{name}");
        for n in &all {
            facade.type_only(&module, n);
        }
        exports.push((module, all.clone()));
        let group = types.first().map_or("", |t| layout.group[&t.name].as_str());
        let users = match group {
            "_common" => "several services".to_string(),
            "_other" => "no operation".to_string(),
            g => format!("the ``{g}`` service only"),
        };
        let part_doc = format!("Types of ``types.py`` used by {users}, where they are documented and exported.");
        modules.push(TypesModuleView {
            path: format!("_types/{name}.py"),
            doc: wrap(&part_doc, LINE - 6),
            imports: imp.render(),
            all,
            types,
            guards: own_guards,
            lazy: String::new(),
        });
    }
    let lazy = Py::Dict(
        exports
            .iter()
            .map(|(m, names)| (code::py_string(m), Py::Tuple(names.iter().map(|n| atom(code::py_string(n))).collect())))
            .collect(),
    )
    .statement(0, "_MODULES: dict[str, tuple[str, ...]] = ");
    modules.push(TypesModuleView {
        path: "types.py".into(),
        doc: doc.to_string(),
        imports: facade.render(),
        all: names,
        types: vec![],
        guards: vec![],
        lazy,
    });
    (modules, guards)
}

// ---------------------------------------------------------------------------------------------
// README and tests

fn var_name(class: &str) -> String {
    naming::snake(class.trim_end_matches("Service"))
}

fn example_call(info: &OpInfo, target: &str) -> Py {
    call(format!("{target}.{}", info.method), info.example_args.clone())
}

fn readme(b: &Builder, api: &Api, base_url: &str, constants: &[ConstantView], guards: &[GuardView]) -> ReadmeView {
    let mut services = Vec::new();
    for s in &api.services {
        let (class, async_class, _) = &b.service_names[&s.name];
        let var = var_name(class);
        let var = if naming::PYTHON_RESERVED.contains(&var.as_str()) || naming::PYTHON_KEYWORDS.contains(&var.as_str())
        {
            format!("{var}_service")
        } else {
            var
        };
        let infos: Vec<&OpInfo> =
            s.operations.iter().filter_map(|o| b.ops.get(&(s.name.clone(), o.name.clone()))).collect();
        let (_, _, module) = &b.service_names[&s.name];
        let mut example = if b.split {
            // A large API: the service comes from its module (see `Layout`).
            let from = format!("{}.services.{module}", b.config.python.package);
            format!("{}\n\n", code::from_import(&from, &[class.clone()].into_iter().collect(), 0))
        } else {
            String::new()
        };
        example.push_str(&format!("{}\n", call(class.clone(), vec![atom("core")]).statement(0, &format!("{var} = "))));
        if let Some(info) = infos.first() {
            let stmt = example_call(info, &var);
            example.push_str(&match info.returns {
                Returns::Nothing => stmt.statement(0, ""),
                _ => stmt.statement(0, "result = "),
            });
            example.push('\n');
        }
        services.push(ReadmeService {
            class: class.clone(),
            async_class: async_class.clone(),
            tag: s.tag.clone(),
            doc: escape::markdown(&clean(&s.doc)),
            example,
            methods: infos
                .iter()
                .flat_map(|i| {
                    let mut v = vec![ReadmeMethod {
                        name: i.method.clone(),
                        http: escape::markdown(&i.http),
                        summary: escape::markdown(&i.summary),
                    }];
                    if let Some(all) = &i.all_method {
                        v.push(ReadmeMethod {
                            name: all.clone(),
                            http: escape::markdown(&i.http),
                            summary: "every item, page after page".into(),
                        });
                    }
                    v
                })
                .collect(),
            defaults: s.defaults.iter().map(|d| format!("default_{}", naming::snake(&d.name))).collect(),
        });
    }
    let scopes = api
        .scopes
        .iter()
        .filter(|s| s.parent.is_none())
        .filter_map(|s| {
            let (class, _, _) = &b.scope_names[&s.name];
            let (path, so) = match (s.groups.first(), s.methods.first()) {
                (Some(g), _) => (format!(".{}.", method_ident(&g.name)), g.operations.first()?),
                (None, Some(m)) => (".".to_string(), m),
                (None, None) => return None,
            };
            let info = b.ops.get(&(so.service.clone(), so.operation.clone()))?;
            let op = api
                .services
                .iter()
                .find(|x| x.name == so.service)?
                .operations
                .iter()
                .find(|o| o.name == so.operation)?;
            let id = op
                .inputs
                .iter()
                .find(|i| i.wire_name == s.param.wire_name)
                .and_then(|i| i.example.clone())
                .unwrap_or_else(|| Value::String(format!("{}_123", naming::snake(&s.param.name))));
            let bound: HashSet<String> =
                info.params.iter().filter(|p| so.bound_inputs.contains(&p.input)).map(|p| p.ident.clone()).collect();
            let args: Vec<Py> = info
                .example_params
                .iter()
                .zip(&info.example_args)
                .filter(|(p, a)| !bound.contains(*p) && !matches!(a, Py::Kw(..)))
                .map(|(_, a)| a.clone())
                .collect();
            let var = format!("{}_scope", naming::snake(&s.name));
            let bind =
                call(class.clone(), vec![atom("core"), code::json_literal(&id)]).statement(0, &format!("{var} = "));
            let target = format!("{var}{path}{}", method_ident(&so.name));
            Some(ReadmeScope {
                class: class.clone(),
                example: format!("{bind}\n{}", call(target, args).statement(0, "")),
            })
        })
        .collect();
    let errors = api
        .errors
        .classes
        .iter()
        .map(|c| ReadmeError { name: c.name.clone(), parent: c.parent.clone(), when: escape::markdown(&c.doc) })
        .collect();
    let quickstart = {
        let first = api.services.iter().find_map(|s| {
            s.operations.first().and_then(|o| b.ops.get(&(s.name.clone(), o.name.clone()))).map(|i| (s, i))
        });
        // An API secured only by HTTP Basic shows its username and password, any other the token.
        let has = |f: fn(&SecurityKind) -> bool| api.security_schemes.iter().any(|s| f(&s.kind));
        let mut core_args = vec![atom(code::py_string(base_url))];
        if has(|k| matches!(k, SecurityKind::Basic)) && !has(|k| matches!(k, SecurityKind::Bearer)) {
            core_args.push(kw("username", atom("\"...\"")));
            core_args.push(kw("password", atom("\"...\"")));
        } else {
            core_args.push(kw("token", atom("\"...\"")));
        }
        match first {
            Some((s, info)) => {
                let (class, _, module) = &b.service_names[&s.name];
                let var = var_name(class);
                let pkg = &b.config.python.package;
                let imports = if b.split {
                    format!(
                        "{}\n{}",
                        code::from_import(pkg, &[b.core.clone()].into_iter().collect(), 0),
                        code::from_import(
                            &format!("{pkg}.services.{module}"),
                            &[class.clone()].into_iter().collect(),
                            0
                        )
                    )
                } else {
                    code::from_import(pkg, &[b.core.clone(), class.clone()].into_iter().collect(), 0)
                };
                format!(
                    "{}\n\n{}\n{}\n{}\n",
                    imports,
                    call(b.core.clone(), core_args).statement(0, "core = "),
                    call(class.clone(), vec![atom("core")]).statement(0, &format!("{var} = ")),
                    example_call(info, &var).statement(0, "result = "),
                )
            }
            None => format!(
                "{}\n\n{}\n",
                code::from_import(&b.config.python.package, &[b.core.clone()].into_iter().collect(), 0),
                call(b.core.clone(), vec![atom(code::py_string(base_url))]).statement(0, "core = ")
            ),
        }
    };
    ReadmeView {
        services,
        scopes,
        constants: constants.iter().map(|c| c.name.clone()).collect(),
        guards: guards.iter().map(|g| g.name.clone()).collect(),
        errors,
        quickstart,
        with_core: {
            let flat = format!("with {}({}) as core:", b.core, code::py_string(base_url));
            if flat.chars().count() <= LINE {
                flat
            } else {
                format!("with {}(\n    {},\n) as core:", b.core, code::py_string(base_url))
            }
        },
        scoped_default: api.services.iter().find(|s| !s.scopes.is_empty() && !s.defaults.is_empty()).and_then(|s| {
            Some((
                b.service_names.get(&s.name)?.0.clone(),
                format!("default_{}", naming::snake(&s.defaults.first()?.name)),
            ))
        }),
    }
}

fn tests(b: &Builder, api: &Api, config: &Config) -> (Vec<TestView>, String) {
    let mut imp = Imports::default();
    let pkg = &config.python.package;
    let mut tests = Vec::new();
    let mut names = MemberNames::default();
    for s in &api.services {
        let (class, async_class, module) = &b.service_names[&s.name];
        let from = if b.split { format!("{pkg}.services.{module}") } else { pkg.clone() };
        for op in &s.operations {
            let Some(info) = b.ops.get(&(s.name.clone(), op.name.clone())) else { continue };
            for is_async in [false, true] {
                let svc = if is_async { async_class } else { class };
                imp.first(&from, svc);
                let name = names.claim(&format!(
                    "test_{}{}_{}",
                    if is_async { "async_" } else { "" },
                    naming::snake(&s.name),
                    naming::snake(&op.name)
                ));
                let example = op.response.example.as_ref().filter(|ex| match (&info.returns, &op.response.type_) {
                    (Returns::Page { .. }, Some(t)) | (Returns::Data(_), Some(t)) => b.conforms_type(ex, t),
                    _ => true,
                });
                let (returns, expected) = match (&info.returns, example) {
                    (Returns::Nothing, _) => ("nothing", None),
                    (Returns::Page { .. }, ex) => ("page", ex.map(code::json_literal)),
                    (Returns::Text, Some(Value::String(ex))) => ("text", Some(atom(code::py_string(ex)))),
                    (Returns::Text, _) => ("text", None),
                    (Returns::Bytes, _) => ("bytes", None),
                    (Returns::Data(_), ex) => ("data", ex.map(code::json_literal)),
                };
                let raises = op.only_error_class().map(str::to_string);
                if let Some(class) = &raises {
                    imp.first(pkg, class);
                }
                let view = TestView {
                    name,
                    is_async,
                    service: svc.clone(),
                    core: if is_async { b.async_core.clone() } else { b.core.clone() },
                    method: info.method.clone(),
                    args: info.example_args.iter().cloned().map(filters::expr).collect(),
                    returns,
                    expected: expected.map(filters::expr),
                    raises,
                };
                tests.push(view);
            }
        }
    }
    imp.first(pkg, &b.core);
    imp.first(pkg, &b.async_core);
    imp.std("collections.abc", "AsyncIterator");
    imp.std("collections.abc", "Iterator");
    imp.plain.insert("os".into());
    imp.third_plain.insert("pytest".into());
    (tests, imp.render())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn string_literals_in_annotations_import_nothing() {
        assert_eq!(
            annotation_names("Literal[\"ReplicationStatus\", 'Page\\'s'] | Sequence[Node] | None"),
            ["Literal", "Sequence", "Node", "None"]
        );
    }

    #[test]
    fn python_code_in_descriptions_is_found_as_ruff_finds_it() {
        assert!(has_python_code("Use it:\n\n```python\nf(a,\n  b)\n```\n"));
        assert!(has_python_code("- item\n\n  ~~~py3\n  x\n  ~~~\n"));
        assert!(!has_python_code("```json\n{}\n```\n\n    indented(code)\n"));
    }
}
