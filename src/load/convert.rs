//! Direct conversion of a normalised `serde_json::Value` into `openapiv3`
//! types, replicating the rules of openapiv3's serde implementations
//! (including how `SchemaKind` is chosen) in a single linear pass. serde's
//! derived code buffers every `flatten`ed and `untagged` level again, which
//! makes the 13 MB GitHub description take several times longer.
//!
//! Lenient where openapiv3 is strict only about `null` (read as absent).

use indexmap::IndexMap;
use openapiv3 as oa;
use serde_json::{Map, Number, Value};

use crate::diagnostics::{Pointer, SpecError};

/// A conversion error; the pointer is collected on the way out.
pub(super) struct ConvError {
    segs: Vec<String>,
    message: String,
}

impl ConvError {
    fn new(message: impl Into<String>) -> Self {
        ConvError { segs: Vec::new(), message: message.into() }
    }

    fn at(mut self, seg: impl ToString) -> Self {
        self.segs.push(seg.to_string());
        self
    }

    fn into_spec_error(self, prefix: &str) -> SpecError {
        let mut p = Pointer::parse(prefix);
        for s in self.segs.iter().rev() {
            p.push(s);
        }
        SpecError::at(p, format!("invalid OpenAPI document: {}", self.message))
    }
}

type C<T> = Result<T, ConvError>;

/// Visits the entries of a mapping, moving each value out; the emptied
/// mapping (its keys) is freed at once, on this thread, so that the
/// allocator hands the same memory to the `openapiv3` values built next.
fn each(mut m: Map<String, Value>, mut f: impl FnMut(&String, Value) -> C<()>) -> C<()> {
    let mut result = Ok(());
    for (k, v) in m.iter_mut() {
        if let Err(e) = f(k, std::mem::take(v)) {
            result = Err(e);
            break;
        }
    }
    drop(m);
    result
}

/// `field!(key, expr)`: evaluates a conversion, adding `key` to the error path.
macro_rules! field {
    ($k:expr, $e:expr) => {
        match $e {
            Ok(v) => v,
            Err(e) => return Err(e.at($k)),
        }
    };
}

fn kind(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "a sequence",
        Value::Object(_) => "a mapping",
    }
}

fn expected(what: &str, v: &Value) -> ConvError {
    ConvError::new(format!("expected {what}, found {}", kind(v)))
}

fn obj(v: Value) -> C<Map<String, Value>> {
    match v {
        Value::Object(m) => Ok(m),
        other => Err(expected("a mapping", &other)),
    }
}

/// An object where `null` means empty.
fn obj_or_empty(v: Value) -> C<Map<String, Value>> {
    match v {
        Value::Null => Ok(Map::new()),
        other => obj(other),
    }
}

fn required<T>(v: Option<T>, name: &str) -> C<T> {
    v.ok_or_else(|| ConvError::new(format!("missing required field `{name}`")))
}

fn string(v: Value) -> C<String> {
    match v {
        Value::String(s) => Ok(s),
        other => Err(expected("a string", &other)),
    }
}

fn opt_string(v: Value) -> C<Option<String>> {
    match v {
        Value::Null => Ok(None),
        other => string(other).map(Some),
    }
}

fn boolean(v: Value) -> C<bool> {
    match v {
        Value::Bool(b) => Ok(b),
        Value::Null => Ok(false),
        other => Err(expected("a boolean", &other)),
    }
}

fn opt_bool(v: Value) -> C<Option<bool>> {
    match v {
        Value::Null => Ok(None),
        other => boolean(other).map(Some),
    }
}

fn opt_usize(v: Value) -> C<Option<usize>> {
    match v {
        Value::Null => Ok(None),
        Value::Number(n) => match n.as_u64().and_then(|u| usize::try_from(u).ok()) {
            Some(u) => Ok(Some(u)),
            None => Err(ConvError::new(format!("expected a non-negative integer, found {n}"))),
        },
        other => Err(expected("a non-negative integer", &other)),
    }
}

fn opt_number(v: Value) -> C<Option<Number>> {
    match v {
        Value::Null => Ok(None),
        Value::Number(n) => Ok(Some(n)),
        other => Err(expected("a number", &other)),
    }
}

fn opt_value(v: Value) -> Option<Value> {
    match v {
        Value::Null => None,
        other => Some(other),
    }
}

fn opt<T>(v: Value, f: impl FnOnce(Value) -> C<T>) -> C<Option<T>> {
    match v {
        Value::Null => Ok(None),
        other => f(other).map(Some),
    }
}

fn vec_of<T>(v: Value, mut f: impl FnMut(Value) -> C<T>) -> C<Vec<T>> {
    match v {
        Value::Null => Ok(Vec::new()),
        Value::Array(mut a) => {
            let mut out = Vec::with_capacity(a.len());
            let mut result = Ok(());
            for (i, x) in a.iter_mut().enumerate() {
                match f(std::mem::take(x)) {
                    Ok(t) => out.push(t),
                    Err(e) => {
                        result = Err(e.at(i));
                        break;
                    }
                }
            }
            drop(a);
            result.map(|_| out)
        }
        other => Err(expected("a sequence", &other)),
    }
}

fn map_of<T>(v: Value, mut f: impl FnMut(Value) -> C<T>) -> C<IndexMap<String, T>> {
    let m = obj_or_empty(v)?;
    let mut out = IndexMap::with_capacity(m.len());
    each(m, |k, x| {
        let t = field!(k, f(x));
        out.insert(k.clone(), t);
        Ok(())
    })?;
    Ok(out)
}

fn strings(v: Value) -> C<Vec<String>> {
    vec_of(v, string)
}

fn ref_or<T>(v: Value, f: impl FnOnce(Value) -> C<T>) -> C<oa::ReferenceOr<T>> {
    let mut v = v;
    if let Value::Object(m) = &mut v {
        if let Some(r) = m.get_mut("$ref") {
            let out = match r {
                Value::String(s) => Ok(oa::ReferenceOr::Reference { reference: std::mem::take(s) }),
                other => Err(expected("a string", other).at("$ref")),
            };
            drop(v);
            return out;
        }
    }
    f(v).map(oa::ReferenceOr::Item)
}

fn external_docs(v: Value) -> C<oa::ExternalDocumentation> {
    let mut url = None;
    let mut description = None;
    let mut extensions = IndexMap::new();
    each(obj(v)?, |k, v| {
        match k.as_str() {
            "url" => url = Some(field!(&k, string(v))),
            "description" => description = field!(&k, opt_string(v)),
            _ if k.starts_with("x-") => {
                extensions.insert(k.clone(), v);
            }
            _ => {}
        }
        Ok(())
    })?;
    Ok(oa::ExternalDocumentation { description, url: required(url, "url")?, extensions })
}

fn example(v: Value) -> C<oa::Example> {
    let mut ex = oa::Example::default();
    each(obj(v)?, |k, v| {
        match k.as_str() {
            "summary" => ex.summary = field!(&k, opt_string(v)),
            "description" => ex.description = field!(&k, opt_string(v)),
            "value" => ex.value = opt_value(v),
            "externalValue" => ex.external_value = field!(&k, opt_string(v)),
            _ if k.starts_with("x-") => {
                ex.extensions.insert(k.clone(), v);
            }
            _ => {}
        }
        Ok(())
    })?;
    Ok(ex)
}

fn examples(v: Value) -> C<IndexMap<String, oa::ReferenceOr<oa::Example>>> {
    map_of(v, |x| ref_or(x, example))
}

// ---------------------------------------------------------------------------
// Document

/// Converts the whole (normalised) document; `paths` and `components` are
/// converted on two threads (of rayon's pool when its threads have big stacks).
pub(super) fn document(mut root: Map<String, Value>) -> Result<oa::OpenAPI, SpecError> {
    let paths_v = root.shift_remove("paths").unwrap_or(Value::Null);
    let comps_v = root.shift_remove("components");
    let (paths, comps, rest) = if super::pool_has_big_stacks() {
        let (paths, (comps, rest)) =
            rayon::join(move || paths(paths_v), move || (comps_v.map(|c| opt(c, components)), openapi_rest(root)));
        (Some(paths), comps, rest)
    } else {
        document_on_threads(paths_v, comps_v, root)
    };
    finish_document(paths, comps, rest)
}

type Parts = (Option<C<oa::Paths>>, Option<C<Option<oa::Components>>>, C<oa::OpenAPI>);

fn document_on_threads(paths_v: Value, comps_v: Option<Value>, root: Map<String, Value>) -> Parts {
    std::thread::scope(|s| {
        let handle = std::thread::Builder::new().stack_size(super::STACK_SIZE).spawn_scoped(s, move || paths(paths_v));
        let comps = comps_v.map(|c| opt(c, components));
        let rest = openapi_rest(root);
        let paths = match handle {
            Ok(h) => h.join().ok(),
            Err(_) => None,
        };
        (paths, comps, rest)
    })
}

fn finish_document(
    paths: Option<C<oa::Paths>>,
    comps: Option<C<Option<oa::Components>>>,
    rest: C<oa::OpenAPI>,
) -> Result<oa::OpenAPI, SpecError> {
    let mut doc = rest.map_err(|e| e.into_spec_error(""))?;
    doc.paths = match paths {
        Some(p) => p.map_err(|e| e.into_spec_error("/paths"))?,
        None => return Err(SpecError::new("internal error: converting `paths` failed")),
    };
    if let Some(c) = comps {
        doc.components = c.map_err(|e| e.into_spec_error("/components"))?;
    }
    Ok(doc)
}

fn openapi_rest(root: Map<String, Value>) -> C<oa::OpenAPI> {
    let mut doc = oa::OpenAPI::default();
    let mut openapi = None;
    let mut info_v = None;
    each(root, |k, v| {
        match k.as_str() {
            "openapi" => openapi = Some(field!(&k, string(v))),
            "info" => info_v = Some(field!(&k, info(v))),
            "servers" => doc.servers = field!(&k, vec_of(v, server)),
            "security" => doc.security = field!(&k, opt(v, |v| vec_of(v, security_requirement))),
            "tags" => doc.tags = field!(&k, vec_of(v, tag)),
            "externalDocs" => doc.external_docs = field!(&k, opt(v, external_docs)),
            _ if k.starts_with("x-") => {
                doc.extensions.insert(k.clone(), v);
            }
            _ => {}
        }
        Ok(())
    })?;
    doc.openapi = required(openapi, "openapi")?;
    doc.info = required(info_v, "info")?;
    Ok(doc)
}

fn info(v: Value) -> C<oa::Info> {
    let mut title = None;
    let mut version = None;
    let mut out = oa::Info::default();
    each(obj(v)?, |k, v| {
        match k.as_str() {
            "title" => title = Some(field!(&k, string(v))),
            "version" => version = Some(field!(&k, string(v))),
            "description" => out.description = field!(&k, opt_string(v)),
            "termsOfService" => out.terms_of_service = field!(&k, opt_string(v)),
            "contact" => out.contact = field!(&k, opt(v, contact)),
            "license" => out.license = field!(&k, opt(v, license)),
            _ if k.starts_with("x-") => {
                out.extensions.insert(k.clone(), v);
            }
            _ => {}
        }
        Ok(())
    })?;
    out.title = required(title, "title")?;
    out.version = required(version, "version")?;
    Ok(out)
}

fn contact(v: Value) -> C<oa::Contact> {
    let mut out = oa::Contact::default();
    each(obj(v)?, |k, v| {
        match k.as_str() {
            "name" => out.name = field!(&k, opt_string(v)),
            "url" => out.url = field!(&k, opt_string(v)),
            "email" => out.email = field!(&k, opt_string(v)),
            _ if k.starts_with("x-") => {
                out.extensions.insert(k.clone(), v);
            }
            _ => {}
        }
        Ok(())
    })?;
    Ok(out)
}

fn license(v: Value) -> C<oa::License> {
    let mut name = None;
    let mut out = oa::License::default();
    each(obj(v)?, |k, v| {
        match k.as_str() {
            "name" => name = Some(field!(&k, string(v))),
            "url" => out.url = field!(&k, opt_string(v)),
            _ if k.starts_with("x-") => {
                out.extensions.insert(k.clone(), v);
            }
            _ => {}
        }
        Ok(())
    })?;
    out.name = required(name, "name")?;
    Ok(out)
}

fn server(v: Value) -> C<oa::Server> {
    let mut url = None;
    let mut out = oa::Server::default();
    each(obj(v)?, |k, v| {
        match k.as_str() {
            "url" => url = Some(field!(&k, string(v))),
            "description" => out.description = field!(&k, opt_string(v)),
            "variables" => out.variables = field!(&k, opt(v, |v| map_of(v, server_variable))),
            _ if k.starts_with("x-") => {
                out.extensions.insert(k.clone(), v);
            }
            _ => {}
        }
        Ok(())
    })?;
    out.url = required(url, "url")?;
    Ok(out)
}

fn server_variable(v: Value) -> C<oa::ServerVariable> {
    let mut default = None;
    let mut out = oa::ServerVariable::default();
    each(obj(v)?, |k, v| {
        match k.as_str() {
            "enum" => out.enumeration = field!(&k, strings(v)),
            "default" => default = Some(field!(&k, string(v))),
            "description" => out.description = field!(&k, opt_string(v)),
            _ if k.starts_with("x-") => {
                out.extensions.insert(k.clone(), v);
            }
            _ => {}
        }
        Ok(())
    })?;
    out.default = required(default, "default")?;
    Ok(out)
}

fn security_requirement(v: Value) -> C<oa::SecurityRequirement> {
    map_of(v, strings)
}

fn tag(v: Value) -> C<oa::Tag> {
    let mut name = None;
    let mut out = oa::Tag::default();
    each(obj(v)?, |k, v| {
        match k.as_str() {
            "name" => name = Some(field!(&k, string(v))),
            "description" => out.description = field!(&k, opt_string(v)),
            "externalDocs" => out.external_docs = field!(&k, opt(v, external_docs)),
            _ if k.starts_with("x-") => {
                out.extensions.insert(k.clone(), v);
            }
            _ => {}
        }
        Ok(())
    })?;
    out.name = required(name, "name")?;
    Ok(out)
}

// ---------------------------------------------------------------------------
// Paths

fn paths(v: Value) -> C<oa::Paths> {
    let mut out = oa::Paths::default();
    each(obj_or_empty(v)?, |k, v| {
        if k.starts_with('/') {
            let item = field!(&k, ref_or(v, path_item));
            out.paths.insert(k.clone(), item);
        } else if k.starts_with("x-") {
            out.extensions.insert(k.clone(), v);
        }
        Ok(())
    })?;
    Ok(out)
}

fn path_item(v: Value) -> C<oa::PathItem> {
    let mut out = oa::PathItem::default();
    each(obj_or_empty(v)?, |k, v| {
        match k.as_str() {
            "summary" => out.summary = field!(&k, opt_string(v)),
            "description" => out.description = field!(&k, opt_string(v)),
            "get" => out.get = field!(&k, opt(v, operation)),
            "put" => out.put = field!(&k, opt(v, operation)),
            "post" => out.post = field!(&k, opt(v, operation)),
            "delete" => out.delete = field!(&k, opt(v, operation)),
            "options" => out.options = field!(&k, opt(v, operation)),
            "head" => out.head = field!(&k, opt(v, operation)),
            "patch" => out.patch = field!(&k, opt(v, operation)),
            "trace" => out.trace = field!(&k, opt(v, operation)),
            "servers" => out.servers = field!(&k, vec_of(v, server)),
            "parameters" => out.parameters = field!(&k, vec_of(v, |x| ref_or(x, parameter))),
            _ if k.starts_with("x-") => {
                out.extensions.insert(k.clone(), v);
            }
            _ => {}
        }
        Ok(())
    })?;
    Ok(out)
}

fn operation(v: Value) -> C<oa::Operation> {
    let mut out = oa::Operation::default();
    each(obj(v)?, |k, v| {
        match k.as_str() {
            "tags" => out.tags = field!(&k, strings(v)),
            "summary" => out.summary = field!(&k, opt_string(v)),
            "description" => out.description = field!(&k, opt_string(v)),
            "externalDocs" => out.external_docs = field!(&k, opt(v, external_docs)),
            "operationId" => out.operation_id = field!(&k, opt_string(v)),
            "parameters" => out.parameters = field!(&k, vec_of(v, |x| ref_or(x, parameter))),
            "requestBody" => out.request_body = field!(&k, opt(v, |x| ref_or(x, request_body))),
            "responses" => out.responses = field!(&k, responses(v)),
            "callbacks" => out.callbacks = field!(&k, map_of(v, callback)),
            "deprecated" => out.deprecated = field!(&k, boolean(v)),
            "security" => out.security = field!(&k, opt(v, |v| vec_of(v, security_requirement))),
            "servers" => out.servers = field!(&k, vec_of(v, server)),
            _ if k.starts_with("x-") => {
                out.extensions.insert(k.clone(), v);
            }
            _ => {}
        }
        Ok(())
    })?;
    Ok(out)
}

fn callback(v: Value) -> C<oa::Callback> {
    let mut out = IndexMap::new();
    each(obj_or_empty(v)?, |k, v| {
        let item = field!(&k, path_item(v));
        out.insert(k.clone(), item);
        Ok(())
    })?;
    Ok(out)
}

fn parameter(v: Value) -> C<oa::Parameter> {
    let mut m = obj(v)?;
    let location = match m.shift_remove("in") {
        Some(Value::String(s)) => s,
        Some(other) => return Err(expected("a string", &other).at("in")),
        None => return Err(ConvError::new("missing required field `in`")),
    };
    let mut name = None;
    let mut description = None;
    let mut required_ = false;
    let mut deprecated = None;
    let mut format = None;
    let mut example = None;
    let mut examples_ = IndexMap::new();
    let mut explode = None;
    let mut extensions = IndexMap::new();
    let mut allow_reserved = false;
    let mut allow_empty_value = None;
    let mut style = None;
    each(m, |k, v| {
        match k.as_str() {
            "name" => name = Some(field!(&k, string(v))),
            "description" => description = field!(&k, opt_string(v)),
            "required" => required_ = field!(&k, boolean(v)),
            "deprecated" => deprecated = field!(&k, opt_bool(v)),
            "schema" if format.is_none() => {
                format = Some(oa::ParameterSchemaOrContent::Schema(field!(&k, ref_or(v, schema))))
            }
            "content" if format.is_none() => {
                format = Some(oa::ParameterSchemaOrContent::Content(field!(&k, map_of(v, media_type))))
            }
            "example" => example = opt_value(v),
            "examples" => examples_ = field!(&k, examples(v)),
            "explode" => explode = field!(&k, opt_bool(v)),
            "allowReserved" => allow_reserved = field!(&k, boolean(v)),
            "allowEmptyValue" => allow_empty_value = field!(&k, opt_bool(v)),
            "style" => style = field!(&k, opt_string(v)),
            _ if k.starts_with("x-") => {
                extensions.insert(k.clone(), v);
            }
            _ => {}
        }
        Ok(())
    })?;
    let parameter_data = oa::ParameterData {
        name: required(name, "name")?,
        description,
        required: required_,
        deprecated,
        format: format.ok_or_else(|| ConvError::new("a parameter needs `schema` or `content`"))?,
        example,
        examples: examples_,
        explode,
        extensions,
    };
    let bad_style = |s: &str| ConvError::new(format!("invalid style `{s}` for a {location} parameter")).at("style");
    Ok(match location.as_str() {
        "query" => oa::Parameter::Query {
            parameter_data,
            allow_reserved,
            style: match style.as_deref() {
                None | Some("form") => oa::QueryStyle::Form,
                Some("spaceDelimited") => oa::QueryStyle::SpaceDelimited,
                Some("pipeDelimited") => oa::QueryStyle::PipeDelimited,
                Some("deepObject") => oa::QueryStyle::DeepObject,
                Some(s) => return Err(bad_style(s)),
            },
            allow_empty_value,
        },
        "header" => oa::Parameter::Header {
            parameter_data,
            style: match style.as_deref() {
                None | Some("simple") => oa::HeaderStyle::Simple,
                Some(s) => return Err(bad_style(s)),
            },
        },
        "path" => oa::Parameter::Path {
            parameter_data,
            style: match style.as_deref() {
                None | Some("simple") => oa::PathStyle::Simple,
                Some("matrix") => oa::PathStyle::Matrix,
                Some("label") => oa::PathStyle::Label,
                Some(s) => return Err(bad_style(s)),
            },
        },
        "cookie" => oa::Parameter::Cookie {
            parameter_data,
            style: match style.as_deref() {
                None | Some("form") => oa::CookieStyle::Form,
                Some(s) => return Err(bad_style(s)),
            },
        },
        other => return Err(ConvError::new(format!("unknown parameter location `{other}`")).at("in")),
    })
}

fn request_body(v: Value) -> C<oa::RequestBody> {
    let mut out = oa::RequestBody::default();
    each(obj(v)?, |k, v| {
        match k.as_str() {
            "description" => out.description = field!(&k, opt_string(v)),
            "content" => out.content = field!(&k, map_of(v, media_type)),
            "required" => out.required = field!(&k, boolean(v)),
            _ if k.starts_with("x-") => {
                out.extensions.insert(k.clone(), v);
            }
            _ => {}
        }
        Ok(())
    })?;
    Ok(out)
}

fn media_type(v: Value) -> C<oa::MediaType> {
    let mut out = oa::MediaType::default();
    each(obj_or_empty(v)?, |k, v| {
        match k.as_str() {
            "schema" => out.schema = field!(&k, opt(v, |x| ref_or(x, schema))),
            "example" => out.example = opt_value(v),
            "examples" => out.examples = field!(&k, examples(v)),
            "encoding" => out.encoding = field!(&k, map_of(v, encoding)),
            _ if k.starts_with("x-") => {
                out.extensions.insert(k.clone(), v);
            }
            _ => {}
        }
        Ok(())
    })?;
    Ok(out)
}

fn encoding(v: Value) -> C<oa::Encoding> {
    let mut out = oa::Encoding::default();
    each(obj_or_empty(v)?, |k, v| {
        match k.as_str() {
            "contentType" => out.content_type = field!(&k, opt_string(v)),
            "headers" => out.headers = field!(&k, map_of(v, |x| ref_or(x, header))),
            "style" => {
                out.style = match field!(&k, opt_string(v)).as_deref() {
                    None => None,
                    Some("form") => Some(oa::QueryStyle::Form),
                    Some("spaceDelimited") => Some(oa::QueryStyle::SpaceDelimited),
                    Some("pipeDelimited") => Some(oa::QueryStyle::PipeDelimited),
                    Some("deepObject") => Some(oa::QueryStyle::DeepObject),
                    Some(s) => return Err(ConvError::new(format!("invalid encoding style `{s}`")).at(k)),
                }
            }
            "explode" => out.explode = field!(&k, boolean(v)),
            "allowReserved" => out.allow_reserved = field!(&k, boolean(v)),
            _ if k.starts_with("x-") => {
                out.extensions.insert(k.clone(), v);
            }
            _ => {}
        }
        Ok(())
    })?;
    Ok(out)
}

fn header(v: Value) -> C<oa::Header> {
    let mut description = None;
    let mut required_ = false;
    let mut deprecated = None;
    let mut format = None;
    let mut example = None;
    let mut examples_ = IndexMap::new();
    let mut extensions = IndexMap::new();
    each(obj(v)?, |k, v| {
        match k.as_str() {
            "description" => description = field!(&k, opt_string(v)),
            "style" => match field!(&k, opt_string(v)).as_deref() {
                None | Some("simple") => {}
                Some(s) => return Err(ConvError::new(format!("invalid header style `{s}`")).at(k)),
            },
            "required" => required_ = field!(&k, boolean(v)),
            "deprecated" => deprecated = field!(&k, opt_bool(v)),
            "schema" if format.is_none() => {
                format = Some(oa::ParameterSchemaOrContent::Schema(field!(&k, ref_or(v, schema))))
            }
            "content" if format.is_none() => {
                format = Some(oa::ParameterSchemaOrContent::Content(field!(&k, map_of(v, media_type))))
            }
            "example" => example = opt_value(v),
            "examples" => examples_ = field!(&k, examples(v)),
            _ if k.starts_with("x-") => {
                extensions.insert(k.clone(), v);
            }
            _ => {}
        }
        Ok(())
    })?;
    Ok(oa::Header {
        description,
        style: oa::HeaderStyle::Simple,
        required: required_,
        deprecated,
        format: format.ok_or_else(|| ConvError::new("a header needs `schema` or `content`"))?,
        example,
        examples: examples_,
        extensions,
    })
}

/// openapiv3's `StatusCode` parsing.
fn status_code(key: &str) -> Option<oa::StatusCode> {
    if key.len() != 3 {
        return None;
    }
    if let Ok(n) = key.parse::<i64>() {
        return (100..1000).contains(&n).then_some(oa::StatusCode::Code(n as u16));
    }
    let b = key.as_bytes();
    (b[0].is_ascii_digit() && b[1].eq_ignore_ascii_case(&b'X') && b[2].eq_ignore_ascii_case(&b'X'))
        .then(|| oa::StatusCode::Range(u16::from(b[0] - b'0')))
}

fn responses(v: Value) -> C<oa::Responses> {
    let mut out = oa::Responses::default();
    each(obj_or_empty(v)?, |k, v| {
        if k == "default" {
            out.default = field!(&k, opt(v, |x| ref_or(x, response)));
        } else if k.starts_with("x-") {
            out.extensions.insert(k.clone(), v);
        } else if let Some(code) = status_code(k) {
            let r = field!(&k, ref_or(v, response));
            out.responses.insert(code, r);
        }
        Ok(())
    })?;
    Ok(out)
}

fn response(v: Value) -> C<oa::Response> {
    let mut description = None;
    let mut out = oa::Response::default();
    each(obj(v)?, |k, v| {
        match k.as_str() {
            "description" => description = Some(field!(&k, string(v))),
            "headers" => out.headers = field!(&k, map_of(v, |x| ref_or(x, header))),
            "content" => out.content = field!(&k, map_of(v, media_type)),
            "links" => out.links = field!(&k, map_of(v, |x| ref_or(x, link))),
            _ if k.starts_with("x-") => {
                out.extensions.insert(k.clone(), v);
            }
            _ => {}
        }
        Ok(())
    })?;
    out.description = required(description, "description")?;
    Ok(out)
}

fn link(v: Value) -> C<oa::Link> {
    let mut description = None;
    let mut operation = None;
    let mut request_body = None;
    let mut parameters = IndexMap::new();
    let mut server_ = None;
    let mut extensions = IndexMap::new();
    each(obj(v)?, |k, v| {
        match k.as_str() {
            "description" => description = field!(&k, opt_string(v)),
            "operationRef" if operation.is_none() => {
                operation = Some(oa::LinkOperation::OperationRef(field!(&k, string(v))))
            }
            "operationId" if operation.is_none() => {
                operation = Some(oa::LinkOperation::OperationId(field!(&k, string(v))))
            }
            "requestBody" => request_body = opt_value(v),
            "parameters" => parameters = field!(&k, map_of(v, Ok)),
            "server" => server_ = field!(&k, opt(v, server)),
            _ if k.starts_with("x-") => {
                extensions.insert(k.clone(), v);
            }
            _ => {}
        }
        Ok(())
    })?;
    Ok(oa::Link {
        description,
        operation: operation.ok_or_else(|| ConvError::new("a link needs `operationId` or `operationRef`"))?,
        request_body,
        parameters,
        server: server_,
        extensions,
    })
}

// ---------------------------------------------------------------------------
// Components

fn components(v: Value) -> C<oa::Components> {
    let mut out = oa::Components::default();
    each(obj(v)?, |k, v| {
        match k.as_str() {
            "schemas" => out.schemas = field!(&k, map_of(v, |x| ref_or(x, schema))),
            "responses" => out.responses = field!(&k, map_of(v, |x| ref_or(x, response))),
            "parameters" => out.parameters = field!(&k, map_of(v, |x| ref_or(x, parameter))),
            "examples" => out.examples = field!(&k, examples(v)),
            "requestBodies" => out.request_bodies = field!(&k, map_of(v, |x| ref_or(x, request_body))),
            "headers" => out.headers = field!(&k, map_of(v, |x| ref_or(x, header))),
            "securitySchemes" => out.security_schemes = field!(&k, map_of(v, |x| ref_or(x, security_scheme))),
            "links" => out.links = field!(&k, map_of(v, |x| ref_or(x, link))),
            "callbacks" => out.callbacks = field!(&k, map_of(v, |x| ref_or(x, callback))),
            _ if k.starts_with("x-") => {
                out.extensions.insert(k.clone(), v);
            }
            _ => {}
        }
        Ok(())
    })?;
    Ok(out)
}

fn security_scheme(v: Value) -> C<oa::SecurityScheme> {
    let mut m = obj(v)?;
    let ty = match m.shift_remove("type") {
        Some(Value::String(s)) => s,
        Some(other) => return Err(expected("a string", &other).at("type")),
        None => return Err(ConvError::new("missing required field `type`")),
    };
    let mut description = None;
    let mut extensions = IndexMap::new();
    let mut strs: IndexMap<String, String> = IndexMap::new();
    let mut flows_v = None;
    each(m, |k, v| {
        match k.as_str() {
            "description" => description = field!(&k, opt_string(v)),
            "in" | "name" | "scheme" | "bearerFormat" | "openIdConnectUrl" => {
                if let Some(s) = field!(&k, opt_string(v)) {
                    strs.insert(k.clone(), s);
                }
            }
            "flows" => flows_v = Some(v),
            _ if k.starts_with("x-") => {
                extensions.insert(k.clone(), v);
            }
            _ => {}
        }
        Ok(())
    })?;
    let mut take = |key: &str| strs.shift_remove(key);
    Ok(match ty.as_str() {
        "apiKey" => oa::SecurityScheme::APIKey {
            location: match take("in").as_deref() {
                Some("query") => oa::APIKeyLocation::Query,
                Some("header") => oa::APIKeyLocation::Header,
                Some("cookie") => oa::APIKeyLocation::Cookie,
                Some(other) => return Err(ConvError::new(format!("invalid apiKey location `{other}`")).at("in")),
                None => return Err(ConvError::new("missing required field `in`")),
            },
            name: required(take("name"), "name")?,
            description,
            extensions,
        },
        "http" => oa::SecurityScheme::HTTP {
            scheme: required(take("scheme"), "scheme")?,
            bearer_format: take("bearerFormat"),
            description,
            extensions,
        },
        "oauth2" => oa::SecurityScheme::OAuth2 {
            flows: field!("flows", oauth2_flows(required(flows_v, "flows")?)),
            description,
            extensions,
        },
        "openIdConnect" => oa::SecurityScheme::OpenIDConnect {
            open_id_connect_url: required(take("openIdConnectUrl"), "openIdConnectUrl")?,
            description,
            extensions,
        },
        other => return Err(ConvError::new(format!("unknown security scheme type `{other}`")).at("type")),
    })
}

struct Flow {
    authorization_url: Option<String>,
    token_url: Option<String>,
    refresh_url: Option<String>,
    scopes: Option<IndexMap<String, String>>,
    extensions: IndexMap<String, Value>,
}

fn flow(v: Value) -> C<Flow> {
    let mut f =
        Flow { authorization_url: None, token_url: None, refresh_url: None, scopes: None, extensions: IndexMap::new() };
    each(obj(v)?, |k, v| {
        match k.as_str() {
            "authorizationUrl" => f.authorization_url = field!(&k, opt_string(v)),
            "tokenUrl" => f.token_url = field!(&k, opt_string(v)),
            "refreshUrl" => f.refresh_url = field!(&k, opt_string(v)),
            "scopes" => f.scopes = Some(field!(&k, map_of(v, string))),
            _ if k.starts_with("x-") => {
                f.extensions.insert(k.clone(), v);
            }
            _ => {}
        }
        Ok(())
    })?;
    Ok(f)
}

fn oauth2_flows(v: Value) -> C<oa::OAuth2Flows> {
    let mut out = oa::OAuth2Flows::default();
    each(obj(v)?, |k, v| {
        if k.starts_with("x-") {
            out.extensions.insert(k.clone(), v);
            return Ok(());
        }
        if matches!(v, Value::Null) {
            return Ok(());
        }
        let name = k.as_str();
        if !["implicit", "password", "clientCredentials", "authorizationCode"].contains(&name) {
            return Ok(());
        }
        let f = field!(&k, flow(v));
        let scopes = field!(&k, required(f.scopes, "scopes"));
        match name {
            "implicit" => {
                out.implicit = Some(oa::ImplicitOAuth2Flow {
                    authorization_url: field!(&k, required(f.authorization_url, "authorizationUrl")),
                    refresh_url: f.refresh_url,
                    scopes,
                    extensions: f.extensions,
                })
            }
            "password" => {
                out.password = Some(oa::PasswordOAuth2Flow {
                    refresh_url: f.refresh_url,
                    token_url: field!(&k, required(f.token_url, "tokenUrl")),
                    scopes,
                    extensions: f.extensions,
                })
            }
            "clientCredentials" => {
                out.client_credentials = Some(oa::ClientCredentialsOAuth2Flow {
                    refresh_url: f.refresh_url,
                    token_url: field!(&k, required(f.token_url, "tokenUrl")),
                    scopes,
                    extensions: f.extensions,
                })
            }
            _ => {
                out.authorization_code = Some(oa::AuthorizationCodeOAuth2Flow {
                    authorization_url: field!(&k, required(f.authorization_url, "authorizationUrl")),
                    token_url: field!(&k, required(f.token_url, "tokenUrl")),
                    refresh_url: f.refresh_url,
                    scopes,
                    extensions: f.extensions,
                })
            }
        }
        Ok(())
    })?;
    Ok(out)
}

// ---------------------------------------------------------------------------
// Schemas

fn discriminator(v: Value) -> C<oa::Discriminator> {
    let mut property_name = None;
    let mut out = oa::Discriminator::default();
    each(obj(v)?, |k, v| {
        match k.as_str() {
            "propertyName" => property_name = Some(field!(&k, string(v))),
            "mapping" => out.mapping = field!(&k, map_of(v, string)),
            _ if k.starts_with("x-") => {
                out.extensions.insert(k.clone(), v);
            }
            _ => {}
        }
        Ok(())
    })?;
    out.property_name = required(property_name, "propertyName")?;
    Ok(out)
}

fn box_schema(v: Value) -> C<oa::ReferenceOr<Box<oa::Schema>>> {
    ref_or(v, |x| schema(x).map(Box::new))
}

fn ref_schema(v: Value) -> C<oa::ReferenceOr<oa::Schema>> {
    ref_or(v, schema)
}

/// Mirror of openapiv3's private `RawAnySchema`.
#[derive(Default)]
struct Raw {
    typ: Option<String>,
    pattern: Option<String>,
    multiple_of: Option<Number>,
    exclusive_minimum: Option<bool>,
    exclusive_maximum: Option<bool>,
    minimum: Option<Number>,
    maximum: Option<Number>,
    properties: Option<IndexMap<String, oa::ReferenceOr<Box<oa::Schema>>>>,
    required: Option<Vec<String>>,
    additional_properties: Option<oa::AdditionalProperties>,
    min_properties: Option<usize>,
    max_properties: Option<usize>,
    items: Option<oa::ReferenceOr<Box<oa::Schema>>>,
    min_items: Option<usize>,
    max_items: Option<usize>,
    unique_items: Option<bool>,
    enumeration: Option<Vec<Value>>,
    format: Option<String>,
    min_length: Option<usize>,
    max_length: Option<usize>,
    one_of: Option<Vec<oa::ReferenceOr<oa::Schema>>>,
    all_of: Option<Vec<oa::ReferenceOr<oa::Schema>>>,
    any_of: Option<Vec<oa::ReferenceOr<oa::Schema>>>,
    not: Option<Box<oa::ReferenceOr<oa::Schema>>>,
}

fn additional_properties(v: Value) -> C<oa::AdditionalProperties> {
    match v {
        Value::Bool(b) => Ok(oa::AdditionalProperties::Any(b)),
        Value::Object(_) => Ok(oa::AdditionalProperties::Schema(Box::new(ref_schema(v)?))),
        other => Err(expected("a boolean or a schema", &other)),
    }
}

pub(super) fn schema(v: Value) -> C<oa::Schema> {
    let mut data = oa::SchemaData::default();
    let mut r = Raw::default();
    each(obj(v)?, |k, v| {
        match k.as_str() {
            "nullable" => data.nullable = field!(&k, boolean(v)),
            "readOnly" => data.read_only = field!(&k, boolean(v)),
            "writeOnly" => data.write_only = field!(&k, boolean(v)),
            "deprecated" => data.deprecated = field!(&k, boolean(v)),
            "externalDocs" => data.external_docs = field!(&k, opt(v, external_docs)),
            "example" => data.example = opt_value(v),
            "title" => data.title = field!(&k, opt_string(v)),
            "description" => data.description = field!(&k, opt_string(v)),
            "discriminator" => data.discriminator = field!(&k, opt(v, discriminator)),
            "default" => data.default = opt_value(v),
            "type" => r.typ = field!(&k, opt_string(v)),
            "pattern" => r.pattern = field!(&k, opt_string(v)),
            "multipleOf" => r.multiple_of = field!(&k, opt_number(v)),
            "exclusiveMinimum" => r.exclusive_minimum = field!(&k, opt_bool(v)),
            "exclusiveMaximum" => r.exclusive_maximum = field!(&k, opt_bool(v)),
            "minimum" => r.minimum = field!(&k, opt_number(v)),
            "maximum" => r.maximum = field!(&k, opt_number(v)),
            "properties" => r.properties = field!(&k, opt(v, |x| map_of(x, box_schema))),
            "required" => r.required = field!(&k, opt(v, strings)),
            "additionalProperties" => r.additional_properties = field!(&k, opt(v, additional_properties)),
            "minProperties" => r.min_properties = field!(&k, opt_usize(v)),
            "maxProperties" => r.max_properties = field!(&k, opt_usize(v)),
            "items" => r.items = field!(&k, opt(v, box_schema)),
            "minItems" => r.min_items = field!(&k, opt_usize(v)),
            "maxItems" => r.max_items = field!(&k, opt_usize(v)),
            "uniqueItems" => r.unique_items = field!(&k, opt_bool(v)),
            "enum" => r.enumeration = field!(&k, opt(v, |x| vec_of(x, Ok))),
            "format" => r.format = field!(&k, opt_string(v)),
            "minLength" => r.min_length = field!(&k, opt_usize(v)),
            "maxLength" => r.max_length = field!(&k, opt_usize(v)),
            "oneOf" => r.one_of = field!(&k, opt(v, |x| vec_of(x, ref_schema))),
            "allOf" => r.all_of = field!(&k, opt(v, |x| vec_of(x, ref_schema))),
            "anyOf" => r.any_of = field!(&k, opt(v, |x| vec_of(x, ref_schema))),
            "not" => r.not = field!(&k, opt(v, |x| ref_schema(x).map(Box::new))),
            _ if k.starts_with("x-") => {
                data.extensions.insert(k.clone(), v);
            }
            _ => {}
        }
        Ok(())
    })?;
    Ok(oa::Schema { schema_data: data, schema_kind: schema_kind(r) })
}

fn enum_ok(e: &Option<Vec<Value>>, check: fn(&Value) -> bool) -> bool {
    e.as_ref().is_none_or(|vals| vals.iter().all(|v| v.is_null() || check(v)))
}

fn enum_map<T>(e: Option<Vec<Value>>, f: impl Fn(&Value) -> Option<T>) -> Vec<Option<T>> {
    e.map(|vals| vals.iter().map(|v| if v.is_null() { None } else { f(v) }).collect()).unwrap_or_default()
}

fn int_or_none(n: &Option<Number>) -> bool {
    n.as_ref().is_none_or(Number::is_i64)
}

/// openapiv3's choice of `SchemaKind` (see its `impl Deserialize for SchemaKind`).
fn schema_kind(r: Raw) -> oa::SchemaKind {
    use oa::{SchemaKind as K, Type as T};
    let no_num = r.multiple_of.is_none()
        && r.exclusive_minimum.is_none()
        && r.exclusive_maximum.is_none()
        && r.minimum.is_none()
        && r.maximum.is_none();
    let no_obj = r.properties.is_none()
        && r.required.is_none()
        && r.additional_properties.is_none()
        && r.min_properties.is_none()
        && r.max_properties.is_none();
    let no_arr = r.items.is_none() && r.min_items.is_none() && r.max_items.is_none() && r.unique_items.is_none();
    let no_str = r.pattern.is_none() && r.min_length.is_none() && r.max_length.is_none();
    let no_comp = r.one_of.is_none() && r.all_of.is_none() && r.any_of.is_none() && r.not.is_none();
    let no_enum = r.enumeration.is_none();
    let no_format = r.format.is_none();
    let typ = r.typ.as_deref();

    if no_comp {
        match typ {
            Some("string") if no_num && no_obj && no_arr && enum_ok(&r.enumeration, Value::is_string) => {
                return K::Type(T::String(oa::StringType {
                    format: r.format.into(),
                    pattern: r.pattern,
                    enumeration: enum_map(r.enumeration, |v| v.as_str().map(String::from)),
                    min_length: r.min_length,
                    max_length: r.max_length,
                }));
            }
            Some("number") if no_str && no_obj && no_arr && enum_ok(&r.enumeration, Value::is_number) => {
                return K::Type(T::Number(oa::NumberType {
                    format: r.format.into(),
                    multiple_of: r.multiple_of.and_then(|n| n.as_f64()),
                    exclusive_minimum: r.exclusive_minimum.unwrap_or_default(),
                    exclusive_maximum: r.exclusive_maximum.unwrap_or_default(),
                    minimum: r.minimum.and_then(|n| n.as_f64()),
                    maximum: r.maximum.and_then(|n| n.as_f64()),
                    enumeration: enum_map(r.enumeration, Value::as_f64),
                }));
            }
            Some("integer")
                if no_str
                    && no_obj
                    && no_arr
                    && enum_ok(&r.enumeration, Value::is_i64)
                    && int_or_none(&r.multiple_of)
                    && int_or_none(&r.minimum)
                    && int_or_none(&r.maximum) =>
            {
                return K::Type(T::Integer(oa::IntegerType {
                    format: r.format.into(),
                    multiple_of: r.multiple_of.and_then(|n| n.as_i64()),
                    exclusive_minimum: r.exclusive_minimum.unwrap_or_default(),
                    exclusive_maximum: r.exclusive_maximum.unwrap_or_default(),
                    minimum: r.minimum.and_then(|n| n.as_i64()),
                    maximum: r.maximum.and_then(|n| n.as_i64()),
                    enumeration: enum_map(r.enumeration, Value::as_i64),
                }));
            }
            Some("boolean")
                if no_str && no_num && no_obj && no_arr && no_format && enum_ok(&r.enumeration, Value::is_boolean) =>
            {
                return K::Type(T::Boolean(oa::BooleanType { enumeration: enum_map(r.enumeration, Value::as_bool) }));
            }
            Some("object") if no_str && no_num && no_arr && no_enum && no_format => {
                return K::Type(T::Object(oa::ObjectType {
                    properties: r.properties.unwrap_or_default(),
                    required: r.required.unwrap_or_default(),
                    additional_properties: r.additional_properties,
                    min_properties: r.min_properties,
                    max_properties: r.max_properties,
                }));
            }
            Some("array") if no_str && no_num && no_obj && no_enum && no_format => {
                return K::Type(T::Array(oa::ArrayType {
                    items: r.items,
                    min_items: r.min_items,
                    max_items: r.max_items,
                    unique_items: r.unique_items.unwrap_or_default(),
                }));
            }
            _ => {}
        }
    }
    let only_comp = typ.is_none() && no_str && no_num && no_obj && no_arr && no_enum && no_format;
    if only_comp {
        match (r.one_of.is_some(), r.all_of.is_some(), r.any_of.is_some(), r.not.is_some()) {
            (true, false, false, false) => return K::OneOf { one_of: r.one_of.unwrap_or_default() },
            (false, true, false, false) => return K::AllOf { all_of: r.all_of.unwrap_or_default() },
            (false, false, true, false) => return K::AnyOf { any_of: r.any_of.unwrap_or_default() },
            (false, false, false, true) => {
                if let Some(not) = r.not {
                    return K::Not { not };
                }
            }
            _ => {}
        }
    }
    K::Any(oa::AnySchema {
        typ: r.typ,
        pattern: r.pattern,
        multiple_of: r.multiple_of.and_then(|n| n.as_f64()),
        exclusive_minimum: r.exclusive_minimum,
        exclusive_maximum: r.exclusive_maximum,
        minimum: r.minimum.and_then(|n| n.as_f64()),
        maximum: r.maximum.and_then(|n| n.as_f64()),
        properties: r.properties.unwrap_or_default(),
        required: r.required.unwrap_or_default(),
        additional_properties: r.additional_properties,
        min_properties: r.min_properties,
        max_properties: r.max_properties,
        items: r.items,
        min_items: r.min_items,
        max_items: r.max_items,
        unique_items: r.unique_items,
        enumeration: r.enumeration.unwrap_or_default(),
        format: r.format,
        min_length: r.min_length,
        max_length: r.max_length,
        one_of: r.one_of.unwrap_or_default(),
        all_of: r.all_of.unwrap_or_default(),
        any_of: r.any_of.unwrap_or_default(),
        not: r.not,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde::Deserialize;

    /// The converter must agree with openapiv3's own deserialisation.
    fn same(v: Value) {
        let ours = schema(v.clone()).ok().expect("converts");
        let theirs = oa::Schema::deserialize(&v).expect("openapiv3 reads it");
        assert_eq!(ours, theirs, "for {v}");
    }

    #[test]
    fn schema_kinds_match_openapiv3() {
        use serde_json::json;
        for v in [
            json!({"type": "string", "format": "date-time", "enum": ["a", null], "maxLength": 3}),
            json!({"type": "string", "minimum": 1}),
            json!({"type": "number", "minimum": 1.5, "exclusiveMaximum": true}),
            json!({"type": "integer", "minimum": 1, "multipleOf": 2, "format": "int64"}),
            json!({"type": "integer", "minimum": 1.5}),
            json!({"type": "integer", "enum": [1, 2.5]}),
            json!({"type": "boolean", "enum": [true]}),
            json!({"type": "boolean", "format": "x"}),
            json!({"type": "object", "properties": {"a": {"$ref": "#/x"}}, "required": ["a"], "additionalProperties": false}),
            json!({"type": "object", "enum": [{}]}),
            json!({"type": "array", "items": {"type": "string"}, "uniqueItems": true}),
            json!({"oneOf": [{"$ref": "#/a"}, {"type": "string"}], "discriminator": {"propertyName": "k"}}),
            json!({"allOf": [{"$ref": "#/a"}], "nullable": true, "description": "d", "x-foo": 1}),
            json!({"anyOf": [{"type": "string"}]}),
            json!({"not": {"type": "string"}}),
            json!({"not": {}, "type": "object"}),
            json!({"allOf": [], "anyOf": []}),
            json!({}),
            json!({"enum": [1, "a"], "example": null, "default": 3}),
            json!({"type": "whatever", "additionalProperties": {"type": "string"}}),
        ] {
            same(v);
        }
    }

    #[test]
    fn status_codes() {
        assert_eq!(status_code("200"), Some(oa::StatusCode::Code(200)));
        assert_eq!(status_code("4xx"), Some(oa::StatusCode::Range(4)));
        assert_eq!(status_code("099"), None);
        assert_eq!(status_code("x-a"), None);
        assert_eq!(status_code("ab"), None);
    }
}
