//! The API digest: what `sdkgen diff` compares, taken from the IR (plus where each part is in the
//! spec). Stored as `<out>/.sdkgen/api.json` by every `generate`, so `sdkgen diff --since-generated`
//! needs only the new spec. Deterministic: IR order, sorted where the IR is not ordered.

use serde::{Deserialize, Serialize};

use crate::diagnostics::pointer_escape;
use crate::ir::{Api, InputSource, ParamLocation, TypeKind, TypeRef};
use crate::naming;

/// Version of the digest's layout; a digest of another version is refused (regenerate).
pub const FORMAT: u32 = 1;

/// One value per language.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct PerLang<T> {
    pub python: T,
    pub typescript: T,
    pub rust: T,
}

impl<T> PerLang<T> {
    pub fn get(&self, lang: super::Lang) -> &T {
        match lang {
            super::Lang::Python => &self.python,
            super::Lang::Typescript => &self.typescript,
            super::Lang::Rust => &self.rust,
        }
    }
}

/// Where something is in the spec: JSON pointer and line (0 when unknown).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Loc {
    pub pointer: String,
    pub line: usize,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Digest {
    pub format: u32,
    pub title: String,
    pub info_version: String,
    pub security_schemes: Vec<SchemeDigest>,
    /// The API's error codes (from the error envelope), in spec order.
    pub error_codes: Vec<ErrorCodeDigest>,
    pub operations: Vec<OpDigest>,
    /// Named types that operations send or receive (directly or nested), in IR order.
    pub types: Vec<TypeDigest>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SchemeDigest {
    pub key: String,
    pub kind: String,
    #[serde(flatten)]
    pub at: Loc,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ErrorCodeDigest {
    pub code: String,
    #[serde(flatten)]
    pub at: Loc,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct OpDigest {
    /// `METHOD /path`: how operations of two versions are matched.
    pub key: String,
    pub id: String,
    /// The method as each SDK spells it: `KeysService.create`, `keys.create()`, `KeysService::create`.
    pub names: PerLang<String>,
    /// The call shape per language (see `rules.rs`): changes here are `call-shape-changed`.
    pub shapes: PerLang<String>,
    pub inputs: Vec<InputDigest>,
    /// The returned type per language; `None` for no content.
    pub response: Option<PerLang<String>>,
    pub errors: Vec<String>,
    pub security: Vec<Vec<String>>,
    #[serde(default, skip_serializing_if = "is_false")]
    pub deprecated: bool,
    pub docs: String,
    #[serde(flatten)]
    pub at: Loc,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct InputDigest {
    /// `path`, `query`, `header`, `cookie`, `field` (a body field) or `body` (the whole body).
    pub source: String,
    pub wire: String,
    pub names: PerLang<String>,
    pub types: PerLang<String>,
    pub nullable: bool,
    pub required: bool,
    #[serde(default, skip_serializing_if = "is_false")]
    pub deprecated: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub default: Option<serde_json::Value>,
    pub docs: String,
    #[serde(flatten)]
    pub at: Loc,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TypeDigest {
    pub name: String,
    pub names: PerLang<String>,
    /// `object`, `enum`, `union` or `alias`.
    pub kind: String,
    /// Operations send it (`input`), receive it (`output`), or both.
    pub input: bool,
    pub output: bool,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub properties: Vec<PropDigest>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub values: Vec<serde_json::Value>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub variants: Vec<String>,
    /// For a discriminated union: the discriminator's wire name, and each variant's tag values.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub discriminator: Option<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tags: Vec<Vec<serde_json::Value>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub target: Option<PerLang<String>>,
    pub docs: String,
    #[serde(flatten)]
    pub at: Loc,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PropDigest {
    pub wire: String,
    pub names: PerLang<String>,
    pub types: PerLang<String>,
    pub nullable: bool,
    pub required: bool,
    #[serde(default, skip_serializing_if = "is_false")]
    pub deprecated: bool,
    pub docs: String,
    #[serde(flatten)]
    pub at: Loc,
}

fn is_false(b: &bool) -> bool {
    !*b
}

/// Short hash of documentation text ("" when there is none).
fn docs_hash(parts: &[Option<&str>]) -> String {
    if parts.iter().all(|p| p.is_none_or(|s| s.trim().is_empty())) {
        return String::new();
    }
    let mut joined = String::new();
    for p in parts {
        joined.push_str(p.unwrap_or(""));
        joined.push('\u{0}');
    }
    crate::write::sha256_hex(joined.as_bytes())[..12].to_string()
}

/// Each language's spelling of a type reference (as the targets render it).
fn types_of(t: &TypeRef) -> PerLang<String> {
    PerLang { python: py_ty(t), typescript: ts_ty(t), rust: rust_ty(t) }
}

fn type_name(name: &str) -> String {
    naming::type_ident(name)
}

fn literal_text(v: &serde_json::Value) -> String {
    v.to_string()
}

fn rust_ty(t: &TypeRef) -> String {
    use crate::ir::{IntegerFormat, StringFormat};
    match t {
        TypeRef::String { format: StringFormat::Binary } => "Vec<u8>".into(),
        TypeRef::String { .. } => "String".into(),
        TypeRef::Integer { format: IntegerFormat::Int32 } => "i32".into(),
        TypeRef::Integer { .. } => "i64".into(),
        TypeRef::Number { .. } => "f64".into(),
        TypeRef::Boolean => "bool".into(),
        TypeRef::Named { name } => type_name(name),
        TypeRef::Array { items } => format!("Vec<{}>", rust_ty(items)),
        TypeRef::Map { values } => format!("BTreeMap<String, {}>", rust_ty(values)),
        TypeRef::Any => "Value".into(),
        TypeRef::Nullable { inner } => format!("Option<{}>", rust_ty(inner)),
        TypeRef::Literal { value } => match value {
            serde_json::Value::String(_) => "String".into(),
            serde_json::Value::Bool(_) => "bool".into(),
            serde_json::Value::Number(n) if n.is_i64() || n.is_u64() => "i64".into(),
            serde_json::Value::Number(_) => "f64".into(),
            _ => "Value".into(),
        },
    }
}

fn ts_ty(t: &TypeRef) -> String {
    use crate::ir::StringFormat;
    match t {
        TypeRef::String { format: StringFormat::Binary } => "Blob".into(),
        TypeRef::String { .. } => "string".into(),
        TypeRef::Integer { .. } | TypeRef::Number { .. } => "number".into(),
        TypeRef::Boolean => "boolean".into(),
        TypeRef::Named { name } => type_name(name),
        TypeRef::Array { items } if items.is_nullable() => format!("({})[]", ts_ty(items)),
        TypeRef::Array { items } => format!("{}[]", ts_ty(items)),
        TypeRef::Map { values } => format!("Record<string, {}>", ts_ty(values)),
        TypeRef::Any => "unknown".into(),
        TypeRef::Nullable { inner } => format!("{} | null", ts_ty(inner)),
        TypeRef::Literal { value } => literal_text(value),
    }
}

fn py_ty(t: &TypeRef) -> String {
    use crate::ir::StringFormat;
    match t {
        TypeRef::String { format: StringFormat::Binary } => "bytes".into(),
        TypeRef::String { .. } => "str".into(),
        TypeRef::Integer { .. } => "int".into(),
        TypeRef::Number { .. } => "float".into(),
        TypeRef::Boolean => "bool".into(),
        TypeRef::Named { name } => type_name(name),
        TypeRef::Array { items } => format!("Sequence[{}]", py_ty(items)),
        TypeRef::Map { values } => format!("Mapping[str, {}]", py_ty(values)),
        TypeRef::Any => "Any".into(),
        TypeRef::Nullable { inner } => format!("{} | None", py_ty(inner)),
        TypeRef::Literal { value } => format!("Literal[{}]", literal_text(value)),
    }
}

/// The TypeScript call shape of the generated method (mirrors `targets/typescript/ops.rs`).
fn ts_shape(op: &crate::ir::Operation) -> String {
    let inputs = &op.inputs;
    if inputs.is_empty() {
        return "(options?)".into();
    }
    let required: Vec<_> = inputs.iter().filter(|i| i.required).collect();
    if let [only] = required.as_slice() {
        let is_path = matches!(only.source, InputSource::Param { location: ParamLocation::Path, .. });
        if is_path || inputs.len() <= 2 {
            let first = format!("{}: {}", naming::camel(&only.name), ts_ty(&only.type_));
            return if inputs.len() > 1 {
                format!("({first}, params?, options?)")
            } else {
                format!("({first}, options?)")
            };
        }
    }
    if required.is_empty() {
        "(params?, options?)".into()
    } else {
        "(params, options?)".into()
    }
}

fn rust_shape(op: &crate::ir::Operation) -> String {
    let mut args: Vec<String> = op
        .inputs
        .iter()
        .filter(|i| i.required)
        .map(|i| format!("{}: {}", naming::rust_ident(&i.name), rust_ty(&i.type_)))
        .collect();
    if op.inputs.iter().any(|i| !i.required) {
        args.push("params".into());
    }
    format!("({})", args.join(", "))
}

fn py_shape(op: &crate::ir::Operation) -> String {
    let mut args: Vec<String> =
        op.inputs.iter().filter(|i| i.required).map(|i| naming::python_ident(&i.name)).collect();
    args.push("*".into());
    format!("({})", args.join(", "))
}

/// Finds lines for pointers; `locate` is `Loaded::locate`.
struct Locator<'a> {
    locate: &'a (dyn Fn(&str) -> Option<(usize, usize)> + Sync),
}

impl Locator<'_> {
    /// The first of `pointers` that is in the document, with its line; else the last one, line 0.
    fn at(&self, pointers: &[String]) -> Loc {
        for p in pointers {
            if let Some((line, _)) = (self.locate)(p) {
                return Loc { pointer: p.clone(), line };
            }
        }
        Loc { pointer: pointers.last().cloned().unwrap_or_default(), line: 0 }
    }
}

/// The pointer of a parameter `name` in `location` of the operation at `op_pointer`
/// (`/paths/<p>/<method>`): in the operation's or the path item's `parameters`.
fn param_pointers(doc: &openapiv3::OpenAPI, op: &crate::ir::Operation, wire: &str, loc: &str) -> Vec<String> {
    use openapiv3::ReferenceOr;
    let mut out = Vec::new();
    let escaped = pointer_escape(&op.path);
    let Some(ReferenceOr::Item(item)) = doc.paths.paths.get(&op.path) else {
        return out;
    };
    let resolve = |p: &ReferenceOr<openapiv3::Parameter>| -> Option<(String, String)> {
        let param = match p {
            ReferenceOr::Item(p) => p,
            ReferenceOr::Reference { reference } => {
                let name = reference.strip_prefix("#/components/parameters/")?;
                match doc.components.as_ref()?.parameters.get(name)? {
                    ReferenceOr::Item(p) => p,
                    ReferenceOr::Reference { .. } => return None,
                }
            }
        };
        let data = param.parameter_data_ref();
        let l = match param {
            openapiv3::Parameter::Query { .. } => "query",
            openapiv3::Parameter::Header { .. } => "header",
            openapiv3::Parameter::Path { .. } => "path",
            openapiv3::Parameter::Cookie { .. } => "cookie",
        };
        Some((data.name.clone(), l.to_string()))
    };
    let method = op.method.as_str().to_ascii_lowercase();
    if let Some(o) = item.iter().find(|(m, _)| *m == method).map(|(_, o)| o) {
        for (i, p) in o.parameters.iter().enumerate() {
            if resolve(p).is_some_and(|(n, l)| n == wire && l == loc) {
                out.push(format!("/paths/{escaped}/{method}/parameters/{i}"));
            }
        }
    }
    for (i, p) in item.parameters.iter().enumerate() {
        if resolve(p).is_some_and(|(n, l)| n == wire && l == loc) {
            out.push(format!("/paths/{escaped}/parameters/{i}"));
        }
    }
    out
}

/// The digest of `api`; `doc` and `locate` give the pointers and lines of the spec it came from.
pub fn digest(api: &Api, doc: &openapiv3::OpenAPI, locate: &(dyn Fn(&str) -> Option<(usize, usize)> + Sync)) -> Digest {
    use rayon::prelude::*;
    let loc = Locator { locate };
    let (input_types, output_types) = crate::ir::reach::usage(api);
    // Operations and types are digested in parallel (the digest runs before rendering, on the
    // critical path); rayon keeps their order.
    let operations: Vec<OpDigest> = api
        .services
        .par_iter()
        .flat_map_iter(|svc| {
            let class = format!("{}Service", svc.type_name);
            let loc = &loc;
            svc.operations.iter().map(move |op| {
                let names = PerLang {
                    python: format!("{class}.{}", naming::python_ident(&op.name)),
                    typescript: format!("{}.{}()", naming::camel(&svc.name), naming::camel(&op.name)),
                    rust: format!("{class}::{}", naming::rust_ident(&op.name)),
                };
                let body_type = op.body.as_ref().and_then(|b| match &b.type_ {
                    TypeRef::Named { name } => api.types.get(name),
                    _ => None,
                });
                let inputs = op
                    .inputs
                    .iter()
                    .map(|i| {
                        let (source, pointers) = match &i.source {
                            InputSource::Param { location, .. } => {
                                let l = match location {
                                    ParamLocation::Path => "path",
                                    ParamLocation::Query => "query",
                                    ParamLocation::Header => "header",
                                    ParamLocation::Cookie => "cookie",
                                };
                                let mut ps = param_pointers(doc, op, &i.wire_name, l);
                                ps.push(op.origin.clone());
                                (l, ps)
                            }
                            InputSource::BodyField => {
                                let mut ps = Vec::new();
                                if let Some(t) = body_type {
                                    ps.push(format!("{}/properties/{}", t.origin, pointer_escape(&i.wire_name)));
                                }
                                ps.push(format!("{}/requestBody", op.origin));
                                ("field", ps)
                            }
                            InputSource::Body => ("body", vec![format!("{}/requestBody", op.origin)]),
                        };
                        InputDigest {
                            source: source.to_string(),
                            wire: i.wire_name.clone(),
                            names: PerLang {
                                python: naming::python_ident(&i.name),
                                typescript: naming::camel(&i.name),
                                rust: naming::rust_ident(&i.name),
                            },
                            types: types_of(i.type_.non_null()),
                            nullable: i.type_.is_nullable(),
                            required: i.required,
                            deprecated: i.deprecated,
                            default: i.default.clone(),
                            docs: docs_hash(&[i.doc.as_deref()]),
                            at: loc.at(&pointers),
                        }
                    })
                    .collect();
                OpDigest {
                    key: format!("{} {}", op.method.as_str(), op.path),
                    id: op.id.clone(),
                    names,
                    shapes: PerLang { python: py_shape(op), typescript: ts_shape(op), rust: rust_shape(op) },
                    inputs,
                    response: op.response.type_.as_ref().map(types_of),
                    errors: op.errors.iter().map(|e| e.status.clone()).collect(),
                    security: op.security.clone(),
                    deprecated: op.deprecated,
                    docs: docs_hash(&[op.summary.as_deref(), op.description.as_deref(), op.response.doc.as_deref()]),
                    at: loc.at(std::slice::from_ref(&op.origin)),
                }
            })
        })
        .collect();
    let types: Vec<TypeDigest> = api
        .types
        .par_iter()
        .filter_map(|(name, def)| {
            let (input, output) = (input_types.contains(name), output_types.contains(name));
            if !input && !output {
                return None;
            }
            let tn = type_name(name);
            let mut t = TypeDigest {
                name: name.clone(),
                names: PerLang { python: tn.clone(), typescript: tn.clone(), rust: tn.clone() },
                kind: String::new(),
                input,
                output,
                properties: Vec::new(),
                values: Vec::new(),
                variants: Vec::new(),
                discriminator: None,
                tags: Vec::new(),
                target: None,
                docs: docs_hash(&[def.doc.as_deref()]),
                at: loc.at(std::slice::from_ref(&def.origin)),
            };
            match &def.kind {
                TypeKind::Object(o) => {
                    t.kind = "object".into();
                    t.properties = o
                        .properties
                        .iter()
                        .map(|p| PropDigest {
                            wire: p.wire_name.clone(),
                            names: PerLang {
                                python: format!("{tn}[{}]", serde_json::Value::from(p.wire_name.as_str())),
                                typescript: format!("{tn}.{}", p.wire_name),
                                rust: format!("{tn}.{}", naming::rust_ident(&p.name)),
                            },
                            types: types_of(p.type_.non_null()),
                            nullable: p.type_.is_nullable(),
                            required: p.required,
                            deprecated: p.deprecated,
                            docs: docs_hash(&[p.doc.as_deref()]),
                            at: loc.at(&[
                                format!("{}/properties/{}", def.origin, pointer_escape(&p.wire_name)),
                                def.origin.clone(),
                            ]),
                        })
                        .collect();
                }
                TypeKind::Enum(e) => {
                    t.kind = "enum".into();
                    t.values = e.values.iter().map(|v| v.value.clone()).collect();
                }
                TypeKind::Union(u) => {
                    t.kind = "union".into();
                    t.variants = u.variants.iter().map(|v| v.name.clone()).collect();
                    t.discriminator.clone_from(&u.discriminator);
                    if u.discriminator.is_some() {
                        t.tags = u.variants.iter().map(|v| v.tags.clone()).collect();
                    }
                }
                TypeKind::Alias { target } => {
                    t.kind = "alias".into();
                    t.target = Some(types_of(target));
                }
            }
            Some(t)
        })
        .collect();
    Digest {
        format: FORMAT,
        title: api.title.clone(),
        info_version: api.version.clone(),
        security_schemes: api
            .security_schemes
            .iter()
            .map(|s| SchemeDigest {
                key: s.key.clone(),
                kind: match &s.kind {
                    crate::ir::SecurityKind::Bearer => "bearer".into(),
                    crate::ir::SecurityKind::Basic => "basic".into(),
                    crate::ir::SecurityKind::ApiKey { param, .. } => format!("api_key:{param}"),
                },
                at: loc.at(&[format!("/components/securitySchemes/{}", pointer_escape(&s.key))]),
            })
            .collect(),
        error_codes: error_codes(api, &loc),
        operations,
        types,
    }
}

/// The error codes, each at its value in the enum schema that lists them (the envelope's `code`).
fn error_codes(api: &Api, loc: &Locator<'_>) -> Vec<ErrorCodeDigest> {
    let codes = &api.errors.codes;
    let values = |def: &crate::ir::TypeDef| -> Option<Vec<String>> {
        match &def.kind {
            TypeKind::Enum(e) => Some(e.values.iter().filter_map(|v| v.value.as_str().map(str::to_string)).collect()),
            _ => None,
        }
    };
    let source = api.types.values().find_map(|def| {
        let vals = values(def)?;
        codes.iter().all(|c| vals.contains(&c.code)).then_some((def.origin.clone(), vals))
    });
    codes
        .iter()
        .map(|c| {
            let mut pointers = Vec::new();
            if let Some((origin, vals)) = &source {
                if let Some(i) = vals.iter().position(|v| *v == c.code) {
                    pointers.push(format!("{origin}/enum/{i}"));
                }
                pointers.push(origin.clone());
            }
            ErrorCodeDigest { code: c.code.clone(), at: loc.at(&pointers) }
        })
        .collect()
}

impl Digest {
    /// The bytes of `.sdkgen/api.json`: one line per field, and per element of each list (an
    /// operation, a type), so a change of the API shows as a change of the lines it touches.
    pub fn to_json(&self) -> String {
        // Each element is serialised straight to text (the same text as going through a
        // `serde_json::Value` of the whole digest, without building that tree: several times the
        // size of the result).
        fn text<T: Serialize + ?Sized>(v: &T) -> String {
            serde_json::to_string(v).unwrap_or_default()
        }
        // Elements are serialised in parallel (GitHub: 1,223 operations and 2,525 types, 7 MB),
        // then joined in order.
        fn list<T: Serialize + Sync>(s: &mut String, key: &str, items: &[T], sep: &str) {
            use rayon::prelude::*;
            if items.is_empty() {
                s.push_str(&format!("  {}: []{sep}\n", text(key)));
                return;
            }
            s.push_str(&format!("  {}: [\n", text(key)));
            let texts: Vec<String> = items.par_iter().map(|item| text(item)).collect();
            s.reserve(texts.iter().map(|t| t.len() + 6).sum());
            for (j, t) in texts.iter().enumerate() {
                s.push_str("    ");
                s.push_str(t);
                s.push_str(if j + 1 == texts.len() { "\n" } else { ",\n" });
            }
            s.push_str(&format!("  ]{sep}\n"));
        }
        let mut s = String::from("{\n");
        s.push_str(&format!("  \"format\": {},\n", text(&self.format)));
        s.push_str(&format!("  \"title\": {},\n", text(&self.title)));
        s.push_str(&format!("  \"info_version\": {},\n", text(&self.info_version)));
        list(&mut s, "security_schemes", &self.security_schemes, ",");
        list(&mut s, "error_codes", &self.error_codes, ",");
        list(&mut s, "operations", &self.operations, ",");
        list(&mut s, "types", &self.types, "");
        s.push_str("}\n");
        s
    }
}
