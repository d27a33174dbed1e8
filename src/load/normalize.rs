//! Normalisation of the parsed document (a `serde_json::Value`) before
//! conversion: OpenAPI 3.1 → 3.0 shapes, and odd-but-harmless input that
//! openapiv3 would reject. See the parent module's docs for the rules.

use std::collections::{HashMap, HashSet};

use serde_json::{Map, Value};

use super::{drop_in_background, f64_value, kind, MAX_DEPTH};
use crate::diagnostics::{pointer_escape, pointer_unescape, Diagnostics, Pointer, SpecError};

type R = Result<(), SpecError>;

const METHODS: [&str; 8] = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];

// Schema fix flags.
const F_TYPE: u32 = 1;
const F_CONST: u32 = 1 << 1;
const F_EXAMPLES: u32 = 1 << 2;
const F_EXCL: u32 = 1 << 3;
const F_CONTENT: u32 = 1 << 4;
const F_DEFS: u32 = 1 << 5;
const F_DOLLAR: u32 = 1 << 6;
const F_TUPLE: u32 = 1 << 7;
const F_PATTERN: u32 = 1 << 8;
const F_UNSUP: u32 = 1 << 9;
const F_NULL_MEMBER: u32 = 1 << 10;
const F_LEAF: u32 = 1 << 11;
const F_REQ_BOOL: u32 = 1 << 12;

// Keyword classes (by the types they apply to).
const K_STR: u8 = 1;
const K_NUM: u8 = 1 << 1;
const K_OBJ: u8 = 1 << 2;
const K_ARR: u8 = 1 << 3;
const K_FORMAT: u8 = 1 << 4;
const K_ENUM: u8 = 1 << 5;
const K_COMPOSE: u8 = 1 << 6;

fn keyword_class(k: &str) -> u8 {
    match k {
        "pattern" | "minLength" | "maxLength" => K_STR,
        "multipleOf" | "minimum" | "maximum" | "exclusiveMinimum" | "exclusiveMaximum" => K_NUM,
        "properties" | "required" | "additionalProperties" | "minProperties" | "maxProperties" => K_OBJ,
        "items" | "minItems" | "maxItems" | "uniqueItems" => K_ARR,
        "format" => K_FORMAT,
        "enum" => K_ENUM,
        "allOf" | "anyOf" | "oneOf" | "not" => K_COMPOSE,
        _ => 0,
    }
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Ty {
    None,
    String,
    Number,
    Integer,
    Boolean,
    Object,
    Array,
    Other,
}

#[derive(Default)]
struct Scan {
    flags: u32,
    kw: u8,
    ty: Option<Ty>,
}

fn is_uint(v: &Value) -> bool {
    v.as_u64().is_some()
}

fn is_null_schema(v: &Value) -> bool {
    let Value::Object(m) = v else { return false };
    let mut null = false;
    for (k, x) in m {
        match k.as_str() {
            "type" => {
                null = x == "null" || x.as_array().is_some_and(|a| a.len() == 1 && a[0] == "null");
                if !null {
                    return false;
                }
            }
            "const" => {
                null = x.is_null();
                if !null {
                    return false;
                }
            }
            "enum" => {
                null = x.as_array().is_some_and(|a| a.len() == 1 && a[0].is_null());
                if !null {
                    return false;
                }
            }
            "description" | "title" | "$comment" | "nullable" | "example" | "examples" => {}
            k if k.starts_with("x-") => {}
            _ => return false,
        }
    }
    null
}

fn valid_discriminator(v: &Value) -> bool {
    let Value::Object(m) = v else { return false };
    m.get("propertyName").is_some_and(Value::is_string)
        && match m.get("mapping") {
            None => true,
            Some(Value::Object(mm)) => mm.values().all(Value::is_string),
            Some(_) => false,
        }
}

fn valid_external_docs(v: &Value) -> bool {
    v.get("url").is_some_and(Value::is_string) && v.get("description").is_none_or(Value::is_string)
}

impl Scan {
    fn of(obj: &Map<String, Value>) -> Scan {
        let mut s = Scan::default();
        for (k, v) in obj {
            s.kw |= keyword_class(k);
            let flag = match k.as_str() {
                "type" => match v {
                    Value::String(t) => {
                        let (ty, flag) = match t.as_str() {
                            "string" => (Ty::String, 0),
                            "number" => (Ty::Number, 0),
                            "integer" => (Ty::Integer, 0),
                            "boolean" => (Ty::Boolean, 0),
                            "object" => (Ty::Object, 0),
                            "array" => (Ty::Array, 0),
                            "null" | "file" => (Ty::Other, F_TYPE),
                            _ => (Ty::Other, 0),
                        };
                        s.ty = Some(ty);
                        flag
                    }
                    _ => F_TYPE,
                },
                "const" => F_CONST,
                "examples" => F_EXAMPLES,
                "exclusiveMinimum" | "exclusiveMaximum" if v.is_number() => F_EXCL,
                "contentMediaType" | "contentEncoding" | "contentSchema" => F_CONTENT,
                "$defs" | "definitions" => F_DEFS,
                "$id" | "$anchor" | "$schema" | "$comment" | "$dynamicRef" | "$dynamicAnchor" | "$vocabulary" => {
                    F_DOLLAR
                }
                "prefixItems" => F_TUPLE,
                "items" if v.is_array() => F_TUPLE,
                "patternProperties" => F_PATTERN,
                "if"
                | "then"
                | "else"
                | "dependentSchemas"
                | "dependentRequired"
                | "dependencies"
                | "unevaluatedProperties"
                | "unevaluatedItems"
                | "contains"
                | "minContains"
                | "maxContains"
                | "propertyNames" => F_UNSUP,
                "anyOf" | "oneOf" if v.as_array().is_some_and(|a| a.iter().any(is_null_schema)) => F_NULL_MEMBER,
                "properties"
                    if v.as_object().is_some_and(|props| {
                        props.values().any(|p| p.get("required").is_some_and(Value::is_boolean))
                    }) =>
                {
                    F_REQ_BOOL
                }
                key if !leaf_ok(key, v) => F_LEAF,
                _ => 0,
            };
            s.flags |= flag;
        }
        s
    }
}

/// Whether a schema keyword's value has the type openapiv3 needs (keywords
/// it does not read are always fine).
fn leaf_ok(key: &str, v: &Value) -> bool {
    match key {
        "allOf" | "anyOf" | "oneOf" | "enum" => v.is_array(),
        "required" => v.as_array().is_some_and(|a| a.iter().all(Value::is_string)),
        "not" => v.is_object() || v.is_boolean(),
        "items" => v.is_object() || v.is_boolean() || v.is_array(),
        "properties" => v.is_object(),
        "additionalProperties" => v.is_boolean() || v.is_object(),
        "description" | "title" | "pattern" | "format" => v.is_string(),
        "nullable" | "readOnly" | "writeOnly" | "deprecated" | "uniqueItems" => v.is_boolean(),
        "exclusiveMinimum" | "exclusiveMaximum" => v.is_boolean() || v.is_number(),
        "minimum" | "maximum" | "multipleOf" => v.is_number(),
        "minLength" | "maxLength" | "minItems" | "maxItems" | "minProperties" | "maxProperties" => is_uint(v),
        "discriminator" => valid_discriminator(v),
        "externalDocs" => valid_external_docs(v),
        _ => true,
    }
}

/// Runs `$body` with `$seg` pushed onto pointer `$p`.
macro_rules! at {
    ($p:expr, $seg:expr, $body:expr) => {{
        $p.push($seg);
        let r = $body;
        $p.pop();
        r
    }};
}

fn too_deep(p: &Pointer) -> SpecError {
    SpecError::at(p, format!("the document is nested too deeply (more than {MAX_DEPTH} levels)"))
}

fn must_be_mapping(p: &Pointer, what: &str, v: &Value) -> SpecError {
    SpecError::at(p, format!("{what} must be a mapping, found {}", kind(v)))
}

/// Keeps the items of `arr` for which `keep` says true.
fn retain_flags(arr: &mut Vec<Value>, keep: &[bool]) {
    let mut i = 0;
    arr.retain(|_| {
        let k = keep.get(i).copied().unwrap_or(true);
        i += 1;
        k
    });
}

pub(super) struct Normalizer {
    v31: bool,
    pub(super) diags: Diagnostics,
    /// Names in components/schemas (for hoisted `$defs`).
    schema_names: HashSet<String>,
    /// (old `#/...` ref, new component name, normalised schema)
    hoisted: Vec<(String, String, Value)>,
    /// `#name` / `$id` → `#/pointer`
    anchors: HashMap<String, String>,
    /// components/pathItems (3.1), inlined where referenced.
    path_items: Map<String, Value>,
    /// components/callbacks, inlined where an operation references one.
    callbacks: Map<String, Value>,
}

impl Normalizer {
    pub(super) fn new(v31: bool) -> Self {
        Normalizer {
            v31,
            diags: Diagnostics::new(),
            schema_names: HashSet::new(),
            hoisted: Vec::new(),
            anchors: HashMap::new(),
            path_items: Map::new(),
            callbacks: Map::new(),
        }
    }

    fn warn(&mut self, p: &Pointer, msg: impl Into<String>) {
        self.diags.warn(p, msg);
    }

    // -- leaves ------------------------------------------------------------

    /// A string field: numbers/booleans become strings, null is removed,
    /// anything else is removed with a warning.
    fn str_leaf(&mut self, obj: &mut Map<String, Value>, key: &str, p: &Pointer) {
        let fixed = match obj.get(key) {
            None | Some(Value::String(_)) => return,
            Some(Value::Number(n)) => Some(Value::String(n.to_string())),
            Some(Value::Bool(b)) => Some(Value::String(b.to_string())),
            Some(Value::Null) => None,
            Some(other) => {
                let k = kind(other);
                self.warn(&p.join(key), format!("`{key}` must be a string, found {k}; ignored"));
                None
            }
        };
        match fixed {
            Some(v) => {
                obj.insert(key.to_owned(), v);
            }
            None => {
                obj.shift_remove(key);
            }
        }
    }

    fn bool_leaf(&mut self, obj: &mut Map<String, Value>, key: &str, p: &Pointer) {
        let fixed = match obj.get(key) {
            None | Some(Value::Bool(_)) => return,
            Some(Value::String(s)) if s == "true" => Some(Value::Bool(true)),
            Some(Value::String(s)) if s == "false" => Some(Value::Bool(false)),
            Some(Value::Null) => None,
            Some(other) => {
                let k = kind(other);
                self.warn(&p.join(key), format!("`{key}` must be a boolean, found {k}; ignored"));
                None
            }
        };
        match fixed {
            Some(v) => {
                obj.insert(key.to_owned(), v);
            }
            None => {
                obj.shift_remove(key);
            }
        }
    }

    fn uint_leaf(&mut self, obj: &mut Map<String, Value>, key: &str, p: &Pointer) {
        let fixed = match obj.get(key) {
            None => return,
            Some(v) if is_uint(v) => return,
            Some(Value::Null) => None,
            Some(Value::Number(n)) if n.as_f64().is_some_and(|f| f >= 0.0 && f.fract() == 0.0 && f < 9.0e15) => {
                n.as_f64().map(|f| Value::Number((f as u64).into()))
            }
            Some(Value::String(s)) if s.trim().parse::<u64>().is_ok() => {
                s.trim().parse::<u64>().ok().map(|n| Value::Number(n.into()))
            }
            Some(other) => {
                let k = if other.is_number() { "a negative or fractional number" } else { kind(other) };
                self.warn(&p.join(key), format!("`{key}` must be a non-negative integer, found {k}; ignored"));
                None
            }
        };
        match fixed {
            Some(v) => {
                obj.insert(key.to_owned(), v);
            }
            None => {
                obj.shift_remove(key);
            }
        }
    }

    fn num_leaf(&mut self, obj: &mut Map<String, Value>, key: &str, p: &Pointer) {
        let fixed = match obj.get(key) {
            None | Some(Value::Number(_)) => return,
            Some(Value::Null) => None,
            Some(Value::String(s)) if s.trim().parse::<f64>().is_ok_and(f64::is_finite) => {
                let s = s.trim();
                match s.parse::<i64>() {
                    Ok(i) => Some(Value::Number(i.into())),
                    Err(_) => s.parse::<f64>().ok().map(f64_value),
                }
            }
            Some(other) => {
                let k = kind(other);
                self.warn(&p.join(key), format!("`{key}` must be a number, found {k}; ignored"));
                None
            }
        };
        match fixed {
            Some(v) => {
                obj.insert(key.to_owned(), v);
            }
            None => {
                obj.shift_remove(key);
            }
        }
    }

    fn external_docs(&mut self, obj: &mut Map<String, Value>, p: &Pointer) {
        if let Some(v) = obj.get("externalDocs") {
            if v.is_null() {
                obj.shift_remove("externalDocs");
            } else if !valid_external_docs(v) {
                self.warn(&p.join("externalDocs"), "`externalDocs` needs a string `url`; ignored");
                obj.shift_remove("externalDocs");
            }
        }
    }

    /// An `examples` map (of Example objects); anything else is dropped
    /// (examples are documentation only).
    fn examples_map(&mut self, obj: &mut Map<String, Value>) {
        match obj.get_mut("examples") {
            None => {}
            Some(Value::Object(m)) => m.retain(|_, e| match e {
                Value::Object(ex) => {
                    ex.get("$ref").is_some_and(Value::is_string)
                        || (ex.get("summary").is_none_or(Value::is_string)
                            && ex.get("description").is_none_or(Value::is_string)
                            && ex.get("externalValue").is_none_or(Value::is_string))
                }
                _ => false,
            }),
            Some(_) => {
                obj.shift_remove("examples");
            }
        }
    }

    // -- document ----------------------------------------------------------

    pub(super) fn document(&mut self, root: &mut Map<String, Value>) -> R {
        let mut p = Pointer::root();

        match root.get_mut("info") {
            Some(Value::Object(info)) => at!(p, "info", self.info(info, &p))?,
            Some(other) => return Err(must_be_mapping(&Pointer::parse("/info"), "`info`", other)),
            None => return Err(SpecError::at("", "missing required field `info`")),
        }

        match root.get("paths") {
            None | Some(Value::Null) => {
                root.insert("paths".to_owned(), Value::Object(Map::new()));
            }
            Some(Value::Object(_)) => {}
            Some(other) => return Err(must_be_mapping(&Pointer::parse("/paths"), "`paths`", other)),
        }

        // Components first pass: collect what other places refer to.
        match root.get_mut("components") {
            None => {}
            Some(Value::Null) => {
                root.shift_remove("components");
            }
            Some(Value::Object(c)) => {
                if let Some(pi) = c.shift_remove("pathItems") {
                    match pi {
                        Value::Object(m) => self.path_items = m,
                        Value::Null => {}
                        other => {
                            let p = Pointer::parse("/components/pathItems");
                            return Err(must_be_mapping(&p, "`components.pathItems`", &other));
                        }
                    }
                }
                if let Some(Value::Object(cb)) = c.get("callbacks") {
                    self.callbacks = cb.clone();
                }
                if let Some(Value::Object(s)) = c.get("schemas") {
                    self.schema_names = s.keys().cloned().collect();
                }
            }
            Some(other) => return Err(must_be_mapping(&Pointer::parse("/components"), "`components`", other)),
        }

        if let Some(dialect) = root.shift_remove("jsonSchemaDialect") {
            let known = dialect.as_str().is_some_and(|d| {
                d.starts_with("https://spec.openapis.org/oas/3.1/dialect")
                    || d.starts_with("https://json-schema.org/draft/2020-12/schema")
            });
            if !known {
                self.warn(
                    &p.join("jsonSchemaDialect"),
                    "custom `jsonSchemaDialect` is not supported; schemas are read as the OpenAPI 3.1 base dialect",
                );
            }
        }

        if let Some(v) = root.get_mut("servers") {
            at!(p, "servers", self.servers(v, &p))?;
        }
        self.tags(root, &p);
        self.external_docs(root, &p);
        if let Some(sec) = root.get_mut("security") {
            at!(p, "security", self.security(sec, &p));
        }
        if matches!(root.get("security"), Some(Value::Null)) {
            root.shift_remove("security");
        }

        if let Some(Value::Object(paths)) = root.get_mut("paths") {
            p.push("paths");
            for (k, item) in paths.iter_mut() {
                if k.starts_with('/') {
                    at!(p, k, self.path_item(item, &mut p, 1, true))?;
                } else if !k.starts_with("x-") {
                    self.warn(&p.join(k), format!("path `{k}` does not start with `/`; ignored"));
                }
            }
            p.pop();
        }

        if let Some(w) = root.shift_remove("webhooks") {
            let names: Vec<String> = match &w {
                Value::Object(m) => m.keys().filter(|k| !k.starts_with("x-")).cloned().collect(),
                _ => Vec::new(),
            };
            if !names.is_empty() {
                let list = names.iter().map(|n| format!("`{n}`")).collect::<Vec<_>>().join(", ");
                self.warn(&p.join("webhooks"), format!("webhooks are not supported and were ignored: {list}"));
            }
            drop_in_background(w);
        }

        if let Some(c) = root.get_mut("components") {
            at!(p, "components", self.components(c, &mut p))?;
        }

        // Hoisted `$defs` and anchor/`$id` references.
        if !self.hoisted.is_empty() {
            let comps = root.entry("components").or_insert_with(|| Value::Object(Map::new()));
            if let Value::Object(c) = comps {
                let schemas = c.entry("schemas").or_insert_with(|| Value::Object(Map::new()));
                if let Value::Object(s) = schemas {
                    for (_, name, v) in &mut self.hoisted {
                        s.insert(name.clone(), std::mem::take(v));
                    }
                }
            }
        }
        if !self.hoisted.is_empty() || !self.anchors.is_empty() {
            let mut hoisted: Vec<(String, String)> = self
                .hoisted
                .iter()
                .map(|(old, name, _)| (old.clone(), format!("#/components/schemas/{}", pointer_escape(name))))
                .collect();
            hoisted.sort_by(|a, b| b.0.len().cmp(&a.0.len()).then_with(|| a.0.cmp(&b.0)));
            rewrite_refs(root, &self.anchors, &hoisted);
        }
        Ok(())
    }

    fn info(&mut self, info: &mut Map<String, Value>, p: &Pointer) -> R {
        for key in ["title", "version"] {
            match info.get(key) {
                Some(Value::String(_)) => {}
                Some(Value::Number(_)) | Some(Value::Bool(_)) => self.str_leaf(info, key, p),
                Some(other) => {
                    return Err(SpecError::at(
                        p.join(key),
                        format!("`info.{key}` must be a string, found {}", kind(other)),
                    ))
                }
                None => return Err(SpecError::at(p, format!("missing required field `info.{key}`"))),
            }
        }
        for key in ["description", "termsOfService", "summary"] {
            self.str_leaf(info, key, p);
        }
        match info.get_mut("contact") {
            None => {}
            Some(Value::Object(c)) => {
                let cp = p.join("contact");
                for key in ["name", "url", "email"] {
                    self.str_leaf(c, key, &cp);
                }
            }
            Some(_) => {
                self.warn(&p.join("contact"), "`contact` must be a mapping; ignored");
                info.shift_remove("contact");
            }
        }
        match info.get_mut("license") {
            None => {}
            Some(Value::Object(l)) => {
                let lp = p.join("license");
                self.str_leaf(l, "name", &lp);
                self.str_leaf(l, "url", &lp);
                if !l.contains_key("name") {
                    if let Some(id) = l.get("identifier").and_then(Value::as_str).map(str::to_owned) {
                        l.insert("name".to_owned(), Value::String(id));
                    } else {
                        self.warn(&lp, "`license` has no `name`; ignored");
                        info.shift_remove("license");
                    }
                }
            }
            Some(_) => {
                self.warn(&p.join("license"), "`license` must be a mapping; ignored");
                info.shift_remove("license");
            }
        }
        Ok(())
    }

    fn servers(&mut self, v: &mut Value, p: &Pointer) -> R {
        let arr = match v {
            Value::Array(a) => a,
            Value::Null => {
                *v = Value::Array(Vec::new());
                return Ok(());
            }
            other => return Err(SpecError::at(p, format!("`servers` must be a sequence, found {}", kind(other)))),
        };
        let mut keep = Vec::with_capacity(arr.len());
        for (i, s) in arr.iter_mut().enumerate() {
            let sp = p.join(i);
            let Value::Object(server) = s else {
                self.warn(&sp, "a server must be a mapping; ignored");
                keep.push(false);
                continue;
            };
            self.str_leaf(server, "url", &sp);
            self.str_leaf(server, "description", &sp);
            if !server.contains_key("url") {
                self.warn(&sp, "server has no `url`; ignored");
                keep.push(false);
                continue;
            }
            match server.get_mut("variables") {
                None => {}
                Some(Value::Object(vars)) => {
                    let vp = sp.join("variables");
                    for (name, var) in vars.iter_mut() {
                        let np = vp.join(name);
                        if !var.is_object() {
                            *var = Value::Object(Map::new());
                        }
                        if let Value::Object(var) = var {
                            self.str_leaf(var, "default", &np);
                            self.str_leaf(var, "description", &np);
                            if let Some(Value::Array(e)) = var.get_mut("enum") {
                                e.retain(|x| !x.is_null() && !x.is_array() && !x.is_object());
                                for x in e.iter_mut() {
                                    if !x.is_string() {
                                        *x = Value::String(x.to_string());
                                    }
                                }
                            } else if var.contains_key("enum") {
                                var.shift_remove("enum");
                            }
                            if !var.contains_key("default") {
                                let first = var
                                    .get("enum")
                                    .and_then(|e| e.get(0))
                                    .cloned()
                                    .unwrap_or_else(|| Value::String(String::new()));
                                self.warn(&np, format!("server variable `{name}` has no `default`; using {first}"));
                                var.insert("default".to_owned(), first);
                            }
                        }
                    }
                }
                Some(_) => {
                    self.warn(&sp.join("variables"), "server `variables` must be a mapping; ignored");
                    server.shift_remove("variables");
                }
            }
            keep.push(true);
        }
        retain_flags(arr, &keep);
        Ok(())
    }

    fn tags(&mut self, root: &mut Map<String, Value>, p: &Pointer) {
        let tp = p.join("tags");
        match root.get_mut("tags") {
            None => {}
            Some(Value::Array(tags)) => {
                let mut keep = Vec::with_capacity(tags.len());
                for (i, t) in tags.iter_mut().enumerate() {
                    let ip = tp.join(i);
                    if let Value::String(s) = t {
                        *t = serde_json::json!({ "name": s });
                    }
                    let Value::Object(tag) = t else {
                        self.warn(&ip, "a tag must be a mapping; ignored");
                        keep.push(false);
                        continue;
                    };
                    self.str_leaf(tag, "name", &ip);
                    self.str_leaf(tag, "description", &ip);
                    self.external_docs(tag, &ip);
                    if !tag.contains_key("name") {
                        self.warn(&ip, "tag has no `name`; ignored");
                        keep.push(false);
                    } else {
                        keep.push(true);
                    }
                }
                retain_flags(tags, &keep);
            }
            Some(Value::Null) => {
                root.shift_remove("tags");
            }
            Some(_) => {
                self.warn(&tp, "`tags` must be a sequence; ignored");
                root.shift_remove("tags");
            }
        }
    }

    fn security(&mut self, v: &mut Value, p: &Pointer) {
        let ok = match v {
            Value::Array(reqs) => {
                let mut ok = true;
                for r in reqs.iter_mut() {
                    match r {
                        Value::Object(m) => {
                            for scopes in m.values_mut() {
                                match scopes {
                                    Value::Null => *scopes = Value::Array(Vec::new()),
                                    Value::Array(a) if a.iter().all(Value::is_string) => {}
                                    _ => ok = false,
                                }
                            }
                        }
                        _ => ok = false,
                    }
                }
                ok
            }
            Value::Null => true,
            _ => false,
        };
        if !ok {
            self.warn(p, "`security` must be a sequence of mappings from scheme names to scope lists; ignored");
            *v = Value::Null;
        }
    }

    // -- paths and operations ----------------------------------------------

    /// `allow_ref`: a `$ref` that cannot be inlined may stay (paths) or must
    /// go (callbacks: openapiv3 has no reference there).
    fn path_item(&mut self, v: &mut Value, p: &mut Pointer, d: usize, allow_ref: bool) -> R {
        if d > MAX_DEPTH {
            return Err(too_deep(p));
        }
        match v {
            Value::Object(_) => {}
            Value::Null => {
                *v = Value::Object(Map::new());
                return Ok(());
            }
            other => return Err(must_be_mapping(p, "a path item", other)),
        }
        let Value::Object(obj) = v else { return Ok(()) };
        if let Some(r) = obj.get("$ref") {
            let target = r.as_str().and_then(|r| r.strip_prefix("#/components/pathItems/")).map(pointer_unescape);
            if let Some(item) = target.and_then(|t| self.path_items.get(&t).cloned()) {
                let mut item = item;
                if let Value::Object(m) = &mut item {
                    for key in ["summary", "description"] {
                        if let Some(s) = obj.get(key) {
                            m.insert(key.to_owned(), s.clone());
                        }
                    }
                }
                *v = item;
                return self.path_item(v, p, d + 1, allow_ref);
            }
            if !allow_ref {
                let r = r.as_str().unwrap_or("").to_owned();
                self.warn(p, format!("path item reference `{r}` cannot be resolved here; ignored"));
                *v = Value::Object(Map::new());
            } else if !r.is_string() {
                return Err(SpecError::at(p.join("$ref"), "`$ref` must be a string"));
            }
            return Ok(());
        }
        for (k, val) in obj.iter_mut() {
            match k.as_str() {
                m if METHODS.contains(&m) => at!(p, k, self.operation(val, p, d + 1))?,
                "parameters" => at!(p, k, self.parameters(val, p, d + 1))?,
                "servers" => at!(p, k, self.servers(val, p))?,
                "query" | "additionalOperations" => {
                    self.warn(&p.join(k), format!("`{k}` operations (OpenAPI 3.2) are not supported; ignored"))
                }
                _ => {}
            }
        }
        self.str_leaf(obj, "summary", p);
        self.str_leaf(obj, "description", p);
        Ok(())
    }

    fn operation(&mut self, v: &mut Value, p: &mut Pointer, d: usize) -> R {
        match v {
            Value::Object(_) => {}
            Value::Null => {
                self.warn(p, "empty operation");
                *v = serde_json::json!({ "responses": {} });
                return Ok(());
            }
            other => return Err(must_be_mapping(p, "an operation", other)),
        }
        let Value::Object(obj) = v else { return Ok(()) };
        for (k, val) in obj.iter_mut() {
            match k.as_str() {
                "parameters" => at!(p, k, self.parameters(val, p, d))?,
                "requestBody" => {
                    let keep = at!(p, k, self.request_body(val, p, d))?;
                    if !keep {
                        *val = Value::Null;
                    }
                }
                "responses" => at!(p, k, self.responses(val, p, d))?,
                "callbacks" => at!(p, k, self.operation_callbacks(val, p, d))?,
                "servers" => at!(p, k, self.servers(val, p))?,
                "security" => at!(p, k, self.security(val, p)),
                "tags" => {
                    let ok = match val {
                        Value::Array(a) => {
                            a.retain(|t| !t.is_null());
                            for t in a.iter_mut() {
                                if t.is_number() || t.is_boolean() {
                                    *t = Value::String(t.to_string());
                                }
                            }
                            a.iter().all(Value::is_string)
                        }
                        Value::String(s) => {
                            *val = Value::Array(vec![Value::String(std::mem::take(s))]);
                            true
                        }
                        Value::Null => {
                            *val = Value::Array(Vec::new());
                            true
                        }
                        _ => false,
                    };
                    if !ok {
                        self.warn(&p.join("tags"), "operation `tags` must be a sequence of strings; ignored");
                        *val = Value::Array(Vec::new());
                    }
                }
                _ => {}
            }
        }
        for key in ["requestBody", "security"] {
            if matches!(obj.get(key), Some(Value::Null)) {
                obj.shift_remove(key);
            }
        }
        for key in ["summary", "description", "operationId"] {
            self.str_leaf(obj, key, p);
        }
        self.bool_leaf(obj, "deprecated", p);
        self.external_docs(obj, p);
        if !obj.contains_key("responses") {
            obj.insert("responses".to_owned(), Value::Object(Map::new()));
        }
        Ok(())
    }

    fn parameters(&mut self, v: &mut Value, p: &mut Pointer, d: usize) -> R {
        let arr = match v {
            Value::Array(a) => a,
            Value::Null => {
                *v = Value::Array(Vec::new());
                return Ok(());
            }
            other => return Err(SpecError::at(&*p, format!("`parameters` must be a sequence, found {}", kind(other)))),
        };
        let mut keep = Vec::with_capacity(arr.len());
        for (i, item) in arr.iter_mut().enumerate() {
            keep.push(at!(p, i, self.parameter(item, p, d))?);
        }
        retain_flags(arr, &keep);
        Ok(())
    }

    /// Returns false when the parameter must be dropped.
    fn parameter(&mut self, v: &mut Value, p: &mut Pointer, d: usize) -> Result<bool, SpecError> {
        let obj = match v {
            Value::Object(o) => o,
            Value::Null => {
                self.warn(p, "empty parameter; ignored");
                return Ok(false);
            }
            other => return Err(must_be_mapping(p, "a parameter", other)),
        };
        if let Some(r) = obj.get("$ref") {
            if !r.is_string() {
                return Err(SpecError::at(p.join("$ref"), "`$ref` must be a string"));
            }
            return Ok(true);
        }
        let loc = match obj.get("in") {
            Some(Value::String(s)) => s.clone(),
            Some(other) => {
                self.warn(p, format!("parameter `in` must be a string, found {}; parameter ignored", kind(other)));
                return Ok(false);
            }
            None => {
                self.warn(p, "parameter has no `in` (query, header, path or cookie); ignored");
                return Ok(false);
            }
        };
        let styles: &[&str] = match loc.as_str() {
            "query" => &["form", "spaceDelimited", "pipeDelimited", "deepObject"],
            "header" => &["simple"],
            "path" => &["matrix", "label", "simple"],
            "cookie" => &["form"],
            "body" | "formData" => {
                self.warn(
                    p,
                    format!("`in: {loc}` is Swagger 2.0, not OpenAPI 3 (use a requestBody); parameter ignored"),
                );
                return Ok(false);
            }
            other => {
                self.warn(p, format!("unknown parameter location `in: {other}`; parameter ignored"));
                return Ok(false);
            }
        };
        self.str_leaf(obj, "name", p);
        if !obj.contains_key("name") {
            self.warn(p, "parameter has no `name`; ignored");
            return Ok(false);
        }
        if let Some(style) = obj.get("style") {
            if !style.as_str().is_some_and(|s| styles.contains(&s)) {
                let s = style.as_str().map_or_else(|| style.to_string(), str::to_owned);
                self.warn(&p.join("style"), format!("style `{s}` is not valid for a {loc} parameter; ignored"));
                obj.shift_remove("style");
            }
        }
        for key in ["required", "deprecated", "explode", "allowReserved", "allowEmptyValue"] {
            self.bool_leaf(obj, key, p);
        }
        if loc == "path" && obj.get("required") != Some(&Value::Bool(true)) {
            obj.insert("required".to_owned(), Value::Bool(true));
        }
        self.str_leaf(obj, "description", p);
        self.examples_map(obj);
        self.schema_or_content(obj, p, d, "parameter")?;
        Ok(true)
    }

    fn schema_or_content(&mut self, obj: &mut Map<String, Value>, p: &mut Pointer, d: usize, what: &str) -> R {
        for key in ["schema", "content"] {
            if matches!(obj.get(key), Some(Value::Null)) {
                obj.shift_remove(key);
            }
        }
        let has_schema = obj.contains_key("schema");
        let has_content = obj.contains_key("content");
        if !has_schema && !has_content {
            self.warn(p, format!("{what} has neither `schema` nor `content`; its type is unknown (any value)"));
            obj.insert("schema".to_owned(), Value::Object(Map::new()));
        } else if has_schema && has_content {
            self.warn(p, format!("{what} has both `schema` and `content`; `content` ignored"));
            obj.shift_remove("content");
        }
        if let Some(s) = obj.get_mut("schema") {
            at!(p, "schema", self.schema(s, p, d + 1))?;
        }
        if let Some(c) = obj.get_mut("content") {
            at!(p, "content", self.content(c, p, d + 1))?;
        }
        Ok(())
    }

    /// Returns false when the request body must be dropped.
    fn request_body(&mut self, v: &mut Value, p: &mut Pointer, d: usize) -> Result<bool, SpecError> {
        let obj = match v {
            Value::Object(o) => o,
            Value::Null => return Ok(false),
            other => return Err(must_be_mapping(p, "a request body", other)),
        };
        if let Some(r) = obj.get("$ref") {
            if !r.is_string() {
                return Err(SpecError::at(p.join("$ref"), "`$ref` must be a string"));
            }
            return Ok(true);
        }
        if let Some(c) = obj.get_mut("content") {
            at!(p, "content", self.content(c, p, d + 1))?;
        }
        self.str_leaf(obj, "description", p);
        self.bool_leaf(obj, "required", p);
        Ok(true)
    }

    fn content(&mut self, v: &mut Value, p: &mut Pointer, d: usize) -> R {
        let map = match v {
            Value::Object(m) => m,
            Value::Null => {
                *v = Value::Object(Map::new());
                return Ok(());
            }
            other => return Err(must_be_mapping(p, "`content`", other)),
        };
        for (mt, media) in map.iter_mut() {
            at!(p, mt, self.media_type(media, p, d))?;
        }
        Ok(())
    }

    fn media_type(&mut self, v: &mut Value, p: &mut Pointer, d: usize) -> R {
        let obj = match v {
            Value::Object(o) => o,
            Value::Null => {
                *v = Value::Object(Map::new());
                return Ok(());
            }
            other => return Err(must_be_mapping(p, "a media type", other)),
        };
        if matches!(obj.get("schema"), Some(Value::Null)) {
            obj.shift_remove("schema");
        }
        if let Some(s) = obj.get_mut("schema") {
            at!(p, "schema", self.schema(s, p, d + 1))?;
        }
        self.examples_map(obj);
        match obj.get_mut("encoding") {
            None => {}
            Some(Value::Object(enc)) => {
                p.push("encoding");
                for (name, e) in enc.iter_mut() {
                    p.push(name);
                    if !e.is_object() {
                        *e = Value::Object(Map::new());
                    }
                    if let Value::Object(e) = e {
                        self.str_leaf(e, "contentType", p);
                        if let Some(style) = e.get("style") {
                            let ok = style.as_str().is_some_and(|s| {
                                ["form", "spaceDelimited", "pipeDelimited", "deepObject"].contains(&s)
                            });
                            if !ok {
                                self.warn(&p.join("style"), "invalid encoding `style`; ignored");
                                e.shift_remove("style");
                            }
                        }
                        self.bool_leaf(e, "explode", p);
                        self.bool_leaf(e, "allowReserved", p);
                        if let Some(h) = e.get_mut("headers") {
                            at!(p, "headers", self.headers(h, p, d + 1))?;
                        }
                    }
                    p.pop();
                }
                p.pop();
            }
            Some(_) => {
                self.warn(&p.join("encoding"), "`encoding` must be a mapping; ignored");
                obj.shift_remove("encoding");
            }
        }
        Ok(())
    }

    fn headers(&mut self, v: &mut Value, p: &mut Pointer, d: usize) -> R {
        let map = match v {
            Value::Object(m) => m,
            Value::Null => {
                *v = Value::Object(Map::new());
                return Ok(());
            }
            other => return Err(must_be_mapping(p, "`headers`", other)),
        };
        let mut drop = Vec::new();
        for (name, h) in map.iter_mut() {
            if !at!(p, name, self.header(h, p, d))? {
                drop.push(name.clone());
            }
        }
        for name in drop {
            map.shift_remove(&name);
        }
        Ok(())
    }

    fn header(&mut self, v: &mut Value, p: &mut Pointer, d: usize) -> Result<bool, SpecError> {
        let obj = match v {
            Value::Object(o) => o,
            Value::Null => {
                *v = Value::Object(Map::new());
                let Value::Object(o) = v else { return Ok(false) };
                o
            }
            other => return Err(must_be_mapping(p, "a header", other)),
        };
        if let Some(r) = obj.get("$ref") {
            if !r.is_string() {
                return Err(SpecError::at(p.join("$ref"), "`$ref` must be a string"));
            }
            return Ok(true);
        }
        if let Some(style) = obj.get("style") {
            if style != "simple" {
                self.warn(&p.join("style"), "a header's `style` can only be `simple`; ignored");
                obj.shift_remove("style");
            }
        }
        for key in ["required", "deprecated", "explode"] {
            self.bool_leaf(obj, key, p);
        }
        self.str_leaf(obj, "description", p);
        self.examples_map(obj);
        self.schema_or_content(obj, p, d, "header")?;
        Ok(true)
    }

    fn responses(&mut self, v: &mut Value, p: &mut Pointer, d: usize) -> R {
        let map = match v {
            Value::Object(m) => m,
            Value::Null => {
                *v = Value::Object(Map::new());
                return Ok(());
            }
            other => return Err(must_be_mapping(p, "`responses`", other)),
        };
        let mut drop = Vec::new();
        for (code, r) in map.iter_mut() {
            if code == "default" || is_status_code(code) {
                if !at!(p, code, self.response(r, p, d))? {
                    drop.push(code.clone());
                }
            } else if !code.starts_with("x-") {
                self.warn(&p.join(code), format!("response key `{code}` is not a status code; ignored"));
            }
        }
        for code in drop {
            map.shift_remove(&code);
        }
        Ok(())
    }

    fn response(&mut self, v: &mut Value, p: &mut Pointer, d: usize) -> Result<bool, SpecError> {
        if v.is_null() {
            *v = serde_json::json!({ "description": "" });
            return Ok(true);
        }
        let obj = match v {
            Value::Object(o) => o,
            Value::String(s) => {
                // `200: OK` — a description only.
                *v = serde_json::json!({ "description": std::mem::take(s) });
                return Ok(true);
            }
            other => return Err(must_be_mapping(p, "a response", other)),
        };
        if let Some(r) = obj.get("$ref") {
            if !r.is_string() {
                return Err(SpecError::at(p.join("$ref"), "`$ref` must be a string"));
            }
            return Ok(true);
        }
        self.str_leaf(obj, "description", p);
        if !obj.contains_key("description") {
            obj.insert("description".to_owned(), Value::String(String::new()));
        }
        if let Some(h) = obj.get_mut("headers") {
            at!(p, "headers", self.headers(h, p, d + 1))?;
        }
        if let Some(c) = obj.get_mut("content") {
            at!(p, "content", self.content(c, p, d + 1))?;
        }
        if let Some(l) = obj.get_mut("links") {
            at!(p, "links", self.links(l, p));
        }
        if matches!(obj.get("links"), Some(Value::Null)) {
            obj.shift_remove("links");
        }
        Ok(true)
    }

    fn links(&mut self, v: &mut Value, p: &Pointer) {
        let Value::Object(map) = v else {
            if !v.is_null() {
                self.warn(p, "`links` must be a mapping; ignored");
            }
            *v = Value::Null;
            return;
        };
        let mut drop = Vec::new();
        for (name, l) in map.iter_mut() {
            if !self.link(l, &p.join(name)) {
                drop.push(name.clone());
            }
        }
        for name in drop {
            map.shift_remove(&name);
        }
    }

    fn link(&mut self, v: &mut Value, p: &Pointer) -> bool {
        let Value::Object(l) = v else {
            self.warn(p, "a link must be a mapping; ignored");
            return false;
        };
        if l.get("$ref").is_some_and(Value::is_string) {
            return true;
        }
        let has_id = l.get("operationId").is_some_and(Value::is_string);
        let has_ref = l.get("operationRef").is_some_and(Value::is_string);
        if has_id && has_ref {
            l.shift_remove("operationRef");
        } else if !has_id && !has_ref {
            self.warn(p, "link has neither `operationId` nor `operationRef`; ignored");
            return false;
        }
        self.str_leaf(l, "description", p);
        if let Some(params) = l.get("parameters") {
            if !params.is_object() {
                l.shift_remove("parameters");
            }
        }
        if let Some(server) = l.get("server") {
            if !server.get("url").is_some_and(Value::is_string) {
                l.shift_remove("server");
            }
        }
        true
    }

    fn operation_callbacks(&mut self, v: &mut Value, p: &mut Pointer, d: usize) -> R {
        let map = match v {
            Value::Object(m) => m,
            Value::Null => {
                *v = Value::Object(Map::new());
                return Ok(());
            }
            other => return Err(must_be_mapping(p, "`callbacks`", other)),
        };
        let mut drop = Vec::new();
        for (name, cb) in map.iter_mut() {
            p.push(name);
            if let Some(r) = cb.get("$ref").map(|r| r.as_str().unwrap_or("").to_owned()) {
                let target = r
                    .strip_prefix("#/components/callbacks/")
                    .map(pointer_unescape)
                    .and_then(|t| self.callbacks.get(&t).cloned());
                match target {
                    Some(t) if t.get("$ref").is_none() => *cb = t,
                    _ => {
                        self.warn(p, format!("callback reference `{r}` cannot be resolved; callback ignored"));
                        drop.push(name.clone());
                        p.pop();
                        continue;
                    }
                }
            }
            if !self.callback(cb, p, d)? {
                drop.push(name.clone());
            }
            p.pop();
        }
        for name in drop {
            map.shift_remove(&name);
        }
        Ok(())
    }

    fn callback(&mut self, v: &mut Value, p: &mut Pointer, d: usize) -> Result<bool, SpecError> {
        let Value::Object(map) = v else {
            self.warn(p, "a callback must be a mapping; ignored");
            return Ok(false);
        };
        for (expr, item) in map.iter_mut() {
            if expr.starts_with("x-") {
                continue;
            }
            at!(p, expr, self.path_item(item, p, d + 1, false))?;
        }
        // openapiv3 reads every key as a path item.
        map.retain(|k, _| !k.starts_with("x-"));
        Ok(true)
    }

    // -- components --------------------------------------------------------

    fn components(&mut self, v: &mut Value, p: &mut Pointer) -> R {
        let Value::Object(c) = v else { return Ok(()) };
        for (section, m) in c.iter_mut() {
            if section.starts_with("x-") {
                continue;
            }
            p.push(section);
            let map = match m {
                Value::Object(map) => map,
                Value::Null => {
                    *m = Value::Object(Map::new());
                    p.pop();
                    continue;
                }
                other => {
                    let what = format!("`components.{section}`");
                    return Err(must_be_mapping(p, &what, other));
                }
            };
            let mut drop = Vec::new();
            for (name, item) in map.iter_mut() {
                if name.starts_with("x-") && !item.is_object() {
                    // An extension value where only named components belong.
                    drop.push(name.clone());
                    continue;
                }
                p.push(name);
                let keep = match section.as_str() {
                    "schemas" => self.schema(item, p, 1).map(|_| true)?,
                    "responses" => self.response(item, p, 1)?,
                    "parameters" => self.parameter(item, p, 1)?,
                    "requestBodies" => self.request_body(item, p, 1)?,
                    "headers" => self.header(item, p, 1)?,
                    "securitySchemes" => self.security_scheme(item, p),
                    "links" => self.link(item, p),
                    "callbacks" => {
                        if item.get("$ref").is_some_and(Value::is_string) {
                            true
                        } else {
                            self.callback(item, p, 1)?
                        }
                    }
                    "examples" => match item {
                        Value::Object(_) => {
                            let mut wrapper = Map::new();
                            wrapper.insert("examples".to_owned(), Value::Object(Map::new()));
                            if let Some(Value::Object(inner)) = wrapper.get_mut("examples") {
                                inner.insert(name.clone(), std::mem::take(item));
                            }
                            self.examples_map(&mut wrapper);
                            match wrapper.get_mut("examples").and_then(|e| e.get_mut(name.as_str())) {
                                Some(ex) => {
                                    *item = std::mem::take(ex);
                                    true
                                }
                                None => false,
                            }
                        }
                        _ => false,
                    },
                    _ => true,
                };
                if !keep {
                    drop.push(name.clone());
                }
                p.pop();
            }
            for name in drop {
                map.shift_remove(&name);
            }
            p.pop();
        }
        Ok(())
    }

    fn security_scheme(&mut self, v: &mut Value, p: &Pointer) -> bool {
        let Value::Object(s) = v else {
            self.warn(p, "a security scheme must be a mapping; ignored");
            return false;
        };
        if s.get("$ref").is_some_and(Value::is_string) {
            return true;
        }
        self.str_leaf(s, "description", p);
        let ty = s.get("type").and_then(Value::as_str).unwrap_or("").to_owned();
        let has = |s: &Map<String, Value>, k: &str| s.get(k).is_some_and(Value::is_string);
        let problem = match ty.as_str() {
            "apiKey" => {
                let loc_ok =
                    s.get("in").and_then(Value::as_str).is_some_and(|l| ["query", "header", "cookie"].contains(&l));
                if !loc_ok {
                    Some("an apiKey scheme needs `in: query|header|cookie`")
                } else if !has(s, "name") {
                    Some("an apiKey scheme needs a `name`")
                } else {
                    None
                }
            }
            "http" => {
                self.str_leaf(s, "bearerFormat", p);
                if has(s, "scheme") {
                    None
                } else {
                    Some("an http scheme needs a `scheme`")
                }
            }
            "openIdConnect" => {
                if has(s, "openIdConnectUrl") {
                    None
                } else {
                    Some("an openIdConnect scheme needs an `openIdConnectUrl`")
                }
            }
            "oauth2" => match s.get_mut("flows") {
                Some(Value::Object(flows)) => {
                    let fp = p.join("flows");
                    let mut bad = Vec::new();
                    for (name, flow) in flows.iter_mut() {
                        let needs: &[&str] = match name.as_str() {
                            "implicit" => &["authorizationUrl"],
                            "password" | "clientCredentials" => &["tokenUrl"],
                            "authorizationCode" => &["authorizationUrl", "tokenUrl"],
                            _ => continue,
                        };
                        let Value::Object(f) = flow else {
                            bad.push(name.clone());
                            continue;
                        };
                        match f.get_mut("scopes") {
                            Some(Value::Object(sc)) => {
                                for desc in sc.values_mut() {
                                    let fixed = match &*desc {
                                        Value::String(_) => continue,
                                        Value::Null => String::new(),
                                        other => other.to_string(),
                                    };
                                    *desc = Value::String(fixed);
                                }
                            }
                            _ => {
                                f.insert("scopes".to_owned(), Value::Object(Map::new()));
                            }
                        }
                        if !needs.iter().all(|k| f.get(*k).is_some_and(Value::is_string)) {
                            bad.push(name.clone());
                        }
                    }
                    for name in bad {
                        self.warn(&fp.join(&name), format!("OAuth2 flow `{name}` lacks its required URLs; ignored"));
                        flows.shift_remove(&name);
                    }
                    None
                }
                _ => Some("an oauth2 scheme needs `flows`"),
            },
            "mutualTLS" => Some("mutualTLS security schemes are not supported"),
            "" => Some("security scheme has no `type`"),
            _ => Some("unknown security scheme type"),
        };
        match problem {
            Some(msg) => {
                self.warn(p, format!("{msg}; scheme ignored"));
                false
            }
            None => true,
        }
    }

    // -- schemas -----------------------------------------------------------

    fn schema(&mut self, v: &mut Value, p: &mut Pointer, d: usize) -> R {
        if d > MAX_DEPTH {
            return Err(too_deep(p));
        }
        match v {
            Value::Object(_) => {}
            Value::Bool(true) | Value::Null => {
                *v = Value::Object(Map::new());
                return Ok(());
            }
            Value::Bool(false) => {
                *v = serde_json::json!({ "not": {} });
                return Ok(());
            }
            other => return Err(SpecError::at(&*p, format!("a schema must be a mapping, found {}", kind(other)))),
        }
        let Value::Object(obj) = v else { return Ok(()) };

        if let Some(r) = obj.get("$ref") {
            if !r.is_string() {
                return Err(SpecError::at(p.join("$ref"), "`$ref` must be a string"));
            }
            if obj.len() == 1 || !self.wrap_ref(obj) {
                return Ok(());
            }
        }

        let mut scan = Scan::of(obj);
        let mut rounds = 0;
        while scan.flags & !F_REQ_BOOL != 0 && rounds < 4 {
            self.fix_schema(obj, p, d, scan.flags)?;
            scan = Scan::of(obj);
            rounds += 1;
        }
        if scan.flags & F_REQ_BOOL != 0 {
            hoist_required(obj);
        }
        strip_inapplicable(obj, &scan);

        for (k, val) in obj.iter_mut() {
            match k.as_str() {
                "properties" => {
                    if let Value::Object(props) = val {
                        p.push("properties");
                        for (name, s) in props.iter_mut() {
                            at!(p, name, self.schema(s, p, d + 1))?;
                        }
                        p.pop();
                    }
                }
                "items" | "not" => at!(p, k, self.schema(val, p, d + 1))?,
                "additionalProperties" if val.is_object() => at!(p, k, self.schema(val, p, d + 1))?,
                "allOf" | "anyOf" | "oneOf" => {
                    if let Value::Array(arr) = val {
                        p.push(k);
                        for (i, s) in arr.iter_mut().enumerate() {
                            at!(p, i, self.schema(s, p, d + 1))?;
                        }
                        p.pop();
                    }
                }
                _ => {}
            }
        }
        Ok(())
    }

    /// A `$ref` with siblings: 3.1 → `allOf: [{$ref}]` + siblings; 3.0 only
    /// when `nullable: true` is among them. Returns true if wrapped.
    fn wrap_ref(&mut self, obj: &mut Map<String, Value>) -> bool {
        let wrap = obj.iter().any(|(k, v)| {
            if k == "$ref" || k.starts_with("x-") || k == "$comment" {
                false
            } else if self.v31 {
                true
            } else {
                k == "nullable" && v == true
            }
        });
        if !wrap {
            return false;
        }
        let Some(r) = obj.shift_remove("$ref") else {
            return false;
        };
        let mut refobj = Map::new();
        refobj.insert("$ref".to_owned(), r);
        match obj.get_mut("allOf") {
            Some(Value::Array(a)) => a.insert(0, Value::Object(refobj)),
            _ => {
                obj.insert("allOf".to_owned(), Value::Array(vec![Value::Object(refobj)]));
            }
        }
        true
    }

    fn fix_schema(&mut self, obj: &mut Map<String, Value>, p: &mut Pointer, d: usize, flags: u32) -> R {
        if flags & F_DOLLAR != 0 {
            for key in ["$schema", "$comment", "$vocabulary"] {
                obj.shift_remove(key);
            }
            for key in ["$anchor", "$dynamicAnchor"] {
                if let Some(Value::String(a)) = obj.shift_remove(key) {
                    self.anchors.insert(format!("#{a}"), p.to_ref());
                }
            }
            if let Some(Value::String(id)) = obj.shift_remove("$id") {
                self.anchors.insert(id, p.to_ref());
            }
            if obj.shift_remove("$dynamicRef").is_some() {
                self.warn(p, "`$dynamicRef` is not supported; ignored");
            }
        }
        if flags & F_DEFS != 0 {
            for key in ["$defs", "definitions"] {
                let Some(defs) = obj.shift_remove(key) else { continue };
                let Value::Object(defs) = defs else {
                    self.warn(&p.join(key), format!("`{key}` must be a mapping; ignored"));
                    continue;
                };
                p.push(key);
                for (name, mut sub) in defs {
                    at!(p, &name, self.schema(&mut sub, p, d + 1))?;
                    let new_name = self.unique_schema_name(&name, p);
                    let old = p.join(&name).to_ref();
                    self.hoisted.push((old, new_name, sub));
                }
                p.pop();
            }
        }
        if flags & F_UNSUP != 0 {
            // `unevaluatedProperties` without composition means
            // `additionalProperties`.
            if !obj.contains_key("additionalProperties")
                && !obj.contains_key("allOf")
                && !obj.contains_key("anyOf")
                && !obj.contains_key("oneOf")
                && !obj.contains_key("if")
                && !obj.contains_key("dependentSchemas")
            {
                if let Some(u) = obj.shift_remove("unevaluatedProperties") {
                    obj.insert("additionalProperties".to_owned(), u);
                }
            }
            let mut dropped = Vec::new();
            for key in [
                "if",
                "then",
                "else",
                "dependentSchemas",
                "dependentRequired",
                "dependencies",
                "unevaluatedProperties",
                "unevaluatedItems",
                "contains",
                "minContains",
                "maxContains",
                "propertyNames",
            ] {
                if obj.shift_remove(key).is_some() {
                    dropped.push(format!("`{key}`"));
                }
            }
            if !dropped.is_empty() {
                self.warn(
                    p,
                    format!(
                        "unsupported JSON Schema keyword{} {} ignored; generated code does not enforce {}",
                        if dropped.len() > 1 { "s" } else { "" },
                        dropped.join(", "),
                        if dropped.len() > 1 { "them" } else { "it" }
                    ),
                );
            }
        }
        if flags & F_TYPE != 0 {
            self.fix_type(obj, p);
        }
        if flags & F_NULL_MEMBER != 0 {
            fix_null_members(obj);
        }
        if flags & F_CONST != 0 {
            if let Some(c) = obj.shift_remove("const") {
                if c.is_null() {
                    obj.insert("nullable".to_owned(), Value::Bool(true));
                }
                obj.insert("enum".to_owned(), Value::Array(vec![c]));
            }
        }
        if flags & F_EXAMPLES != 0 {
            if let Some(Value::Array(a)) = obj.shift_remove("examples") {
                if !obj.contains_key("example") {
                    if let Some(first) = a.into_iter().next() {
                        obj.insert("example".to_owned(), first);
                    }
                }
            }
        }
        if flags & F_EXCL != 0 {
            for (excl, bound, stricter_is_greater) in
                [("exclusiveMinimum", "minimum", true), ("exclusiveMaximum", "maximum", false)]
            {
                let Some(n) = obj.get(excl).and_then(Value::as_f64) else {
                    continue;
                };
                let Some(nv) = obj.get(excl).cloned() else { continue };
                let bound_is_stricter =
                    obj.get(bound).and_then(Value::as_f64).is_some_and(
                        |m| {
                            if stricter_is_greater {
                                m > n
                            } else {
                                m < n
                            }
                        },
                    );
                if bound_is_stricter {
                    obj.shift_remove(excl);
                } else {
                    obj.insert(bound.to_owned(), nv);
                    obj.insert(excl.to_owned(), Value::Bool(true));
                }
            }
        }
        if flags & F_CONTENT != 0 {
            let enc = obj.shift_remove("contentEncoding");
            let media = obj.shift_remove("contentMediaType");
            obj.shift_remove("contentSchema");
            let ty_ok = obj.get("type").is_none_or(|t| t == "string");
            if ty_ok && !obj.contains_key("format") {
                let enc = enc.as_ref().and_then(Value::as_str).unwrap_or("");
                let media = media.as_ref().and_then(Value::as_str).unwrap_or("");
                let format = if enc.eq_ignore_ascii_case("base64") || enc.eq_ignore_ascii_case("base64url") {
                    Some("byte")
                } else if !media.is_empty() && enc.is_empty() && is_binary_media_type(media) {
                    Some("binary")
                } else {
                    None
                };
                if let Some(f) = format {
                    obj.insert("type".to_owned(), Value::String("string".to_owned()));
                    obj.insert("format".to_owned(), Value::String(f.to_owned()));
                }
            }
        }
        if flags & F_TUPLE != 0 {
            let prefix = obj.shift_remove("prefixItems");
            let items_is_tuple = obj.get("items").is_some_and(Value::is_array);
            if items_is_tuple {
                obj.shift_remove("items");
            }
            if matches!(obj.get("items"), Some(Value::Bool(false))) {
                obj.shift_remove("items");
            }
            if prefix.is_some() || items_is_tuple {
                let msg = if obj.contains_key("items") {
                    "tuple validation (`prefixItems`) is not supported; only `items` is used"
                } else {
                    "tuple validation (`prefixItems`) is not supported; treated as an array of any values"
                };
                self.warn(p, msg);
            }
        }
        if flags & F_PATTERN != 0 {
            if let Some(pp) = obj.shift_remove("patternProperties") {
                let mut schemas: Vec<Value> = match pp {
                    Value::Object(m) => m.into_iter().map(|(_, s)| s).collect(),
                    _ => Vec::new(),
                };
                if let Some(ap) = obj.get("additionalProperties") {
                    if ap.is_object() {
                        schemas.insert(0, ap.clone());
                    }
                }
                let ap = match schemas.len() {
                    0 => Value::Bool(true),
                    1 => schemas.pop().unwrap_or(Value::Bool(true)),
                    _ => serde_json::json!({ "anyOf": schemas }),
                };
                obj.insert("additionalProperties".to_owned(), ap);
                self.warn(
                    p,
                    "`patternProperties` is not supported; its schemas apply to all additional properties and key patterns are not checked",
                );
            }
        }
        if flags & F_LEAF != 0 {
            self.fix_schema_leaves(obj, p);
        }
        Ok(())
    }

    fn fix_type(&mut self, obj: &mut Map<String, Value>, p: &Pointer) {
        let Some(t) = obj.shift_remove("type") else { return };
        let mut nullable = false;
        let mut types: Vec<String> = Vec::new();
        match t {
            Value::String(s) => match s.as_str() {
                "null" => nullable = true,
                "file" => {
                    types.push("string".to_owned());
                    if !obj.contains_key("format") {
                        obj.insert("format".to_owned(), Value::String("binary".to_owned()));
                    }
                }
                _ => types.push(s),
            },
            Value::Array(a) => {
                for x in a {
                    match x {
                        Value::String(s) if s == "null" => nullable = true,
                        Value::String(s) if !types.contains(&s) => types.push(s),
                        _ => {}
                    }
                }
                if types.iter().any(|t| t == "number") {
                    types.retain(|t| t != "integer");
                }
            }
            other => {
                self.warn(&p.join("type"), format!("`type` must be a string, found {}; ignored", kind(&other)));
            }
        }
        if nullable {
            obj.insert("nullable".to_owned(), Value::Bool(true));
        }
        match types.len() {
            0 => {
                if nullable && !obj.contains_key("enum") && !has_composition(obj) {
                    obj.insert("enum".to_owned(), Value::Array(vec![Value::Null]));
                }
            }
            1 => {
                let t = types.pop().unwrap_or_default();
                obj.insert("type".to_owned(), Value::String(t));
            }
            _ => {
                // Several types: one `anyOf` branch per type, each with the
                // keywords that apply to it.
                let enum_values = obj.shift_remove("enum");
                let mut branches = Vec::new();
                for t in &types {
                    let class = match t.as_str() {
                        "string" => K_STR | K_FORMAT,
                        "number" | "integer" => K_NUM | K_FORMAT,
                        "object" => K_OBJ,
                        "array" => K_ARR,
                        _ => 0,
                    };
                    let mut b = Map::new();
                    b.insert("type".to_owned(), Value::String(t.clone()));
                    for (k, v) in obj.iter() {
                        if keyword_class(k) & class != 0 {
                            b.insert(k.clone(), v.clone());
                        }
                    }
                    if let Some(Value::Array(vals)) = &enum_values {
                        let mine: Vec<Value> = vals.iter().filter(|v| value_has_type(v, t)).cloned().collect();
                        if mine.is_empty() {
                            continue;
                        }
                        b.insert("enum".to_owned(), Value::Array(mine));
                    }
                    branches.push(Value::Object(b));
                }
                obj.retain(|k, _| keyword_class(k) & (K_STR | K_NUM | K_OBJ | K_ARR | K_FORMAT) == 0);
                if nullable {
                    if let Some(Value::Array(vals)) = &enum_values {
                        if !vals.iter().any(Value::is_null) {
                            obj.shift_remove("nullable");
                        }
                    }
                }
                if let Some(existing) = obj.shift_remove("anyOf") {
                    let mut wrapper = Map::new();
                    wrapper.insert("anyOf".to_owned(), existing);
                    match obj.get_mut("allOf") {
                        Some(Value::Array(a)) => a.push(Value::Object(wrapper)),
                        _ => {
                            obj.insert("allOf".to_owned(), Value::Array(vec![Value::Object(wrapper)]));
                        }
                    }
                }
                obj.insert("anyOf".to_owned(), Value::Array(branches));
            }
        }
    }

    fn fix_schema_leaves(&mut self, obj: &mut Map<String, Value>, p: &Pointer) {
        for key in ["description", "title", "format", "pattern"] {
            self.str_leaf(obj, key, p);
        }
        for key in ["nullable", "readOnly", "writeOnly", "deprecated", "uniqueItems"] {
            self.bool_leaf(obj, key, p);
        }
        for key in ["exclusiveMinimum", "exclusiveMaximum"] {
            if !obj.get(key).is_some_and(Value::is_number) {
                self.bool_leaf(obj, key, p);
            }
        }
        for key in ["minimum", "maximum", "multipleOf"] {
            self.num_leaf(obj, key, p);
        }
        for key in ["minLength", "maxLength", "minItems", "maxItems", "minProperties", "maxProperties"] {
            self.uint_leaf(obj, key, p);
        }
        match obj.get("enum") {
            None | Some(Value::Array(_)) => {}
            Some(Value::Null) => {
                obj.shift_remove("enum");
            }
            Some(other) => {
                let k = kind(other);
                self.warn(&p.join("enum"), format!("`enum` must be a sequence, found {k}; ignored"));
                obj.shift_remove("enum");
            }
        }
        match obj.get_mut("required") {
            None => {}
            Some(Value::Array(a)) => {
                a.retain(|x| !x.is_null());
                for x in a.iter_mut() {
                    if x.is_number() || x.is_boolean() {
                        *x = Value::String(x.to_string());
                    }
                }
                if !a.iter().all(Value::is_string) {
                    a.retain(Value::is_string);
                    self.warn(&p.join("required"), "`required` must list property names; non-strings ignored");
                }
            }
            Some(Value::Bool(_)) => {
                self.warn(
                    &p.join("required"),
                    "`required: true/false` is not valid on a schema (list the names in the parent's `required`); ignored",
                );
                obj.shift_remove("required");
            }
            Some(_) => {
                self.warn(&p.join("required"), "`required` must be a sequence of property names; ignored");
                obj.shift_remove("required");
            }
        }
        if let Some(props) = obj.get("properties") {
            if !props.is_object() {
                if !props.is_null() {
                    self.warn(&p.join("properties"), "`properties` must be a mapping; ignored");
                }
                obj.shift_remove("properties");
            }
        }
        if let Some(ap) = obj.get("additionalProperties") {
            if !(ap.is_boolean() || ap.is_object()) {
                if !ap.is_null() {
                    self.warn(
                        &p.join("additionalProperties"),
                        "`additionalProperties` must be a boolean or a schema; ignored",
                    );
                }
                obj.shift_remove("additionalProperties");
            }
        }
        for key in ["allOf", "anyOf", "oneOf"] {
            match obj.get_mut(key) {
                None | Some(Value::Array(_)) => {}
                Some(v @ Value::Object(_)) => {
                    let inner = std::mem::take(v);
                    *v = Value::Array(vec![inner]);
                }
                Some(other) => {
                    let k = kind(other);
                    self.warn(&p.join(key), format!("`{key}` must be a sequence of schemas, found {k}; ignored"));
                    obj.shift_remove(key);
                }
            }
        }
        for key in ["items", "not"] {
            if let Some(v) = obj.get(key) {
                if !(v.is_object() || v.is_boolean() || v.is_array()) {
                    let k = kind(v);
                    self.warn(&p.join(key), format!("`{key}` must be a schema, found {k}; ignored"));
                    obj.shift_remove(key);
                }
            }
        }
        if let Some(dv) = obj.get("discriminator") {
            if !valid_discriminator(dv) {
                let fixable = dv.get("propertyName").is_some_and(Value::is_string);
                if fixable {
                    if let Some(Value::Object(d)) = obj.get_mut("discriminator") {
                        if let Some(Value::Object(m)) = d.get_mut("mapping") {
                            m.retain(|_, v| v.is_string());
                        } else {
                            d.shift_remove("mapping");
                        }
                    }
                } else {
                    self.warn(&p.join("discriminator"), "`discriminator` needs a string `propertyName`; ignored");
                    obj.shift_remove("discriminator");
                }
            }
        }
        self.external_docs(obj, p);
    }

    fn unique_schema_name(&mut self, name: &str, p: &Pointer) -> String {
        let clean: String =
            name.chars().map(|c| if c.is_ascii_alphanumeric() || "._-".contains(c) { c } else { '_' }).collect();
        let base = if clean.is_empty() { "Schema".to_owned() } else { clean };
        let segs = p.segments();
        let parent = match segs.as_slice() {
            [c, s, parent, ..] if c == "components" && s == "schemas" => parent.clone(),
            _ => "Inline".to_owned(),
        };
        let mut candidates = vec![base.clone(), format!("{parent}_{base}")];
        for i in 2..10_000 {
            candidates.push(format!("{parent}_{base}{i}"));
        }
        for c in candidates {
            if !self.schema_names.contains(&c) {
                self.schema_names.insert(c.clone());
                return c;
            }
        }
        format!("{parent}_{base}_{}", self.schema_names.len())
    }
}

fn has_composition(obj: &Map<String, Value>) -> bool {
    ["allOf", "anyOf", "oneOf", "not"].iter().any(|k| obj.contains_key(*k))
}

fn value_has_type(v: &Value, t: &str) -> bool {
    match t {
        "string" => v.is_string(),
        "number" => v.is_number(),
        "integer" => v.is_i64() || v.is_u64() || v.as_f64().is_some_and(|f| f.fract() == 0.0),
        "boolean" => v.is_boolean(),
        "object" => v.is_object(),
        "array" => v.is_array(),
        _ => false,
    }
}

fn is_binary_media_type(m: &str) -> bool {
    let m = m.to_ascii_lowercase();
    !(m.starts_with("text/")
        || m.contains("json")
        || m.contains("xml")
        || m.starts_with("application/x-www-form-urlencoded")
        || m.starts_with("multipart/"))
}

/// `anyOf`/`oneOf` with `{type: "null"}` members → `nullable: true`.
fn fix_null_members(obj: &mut Map<String, Value>) {
    for key in ["anyOf", "oneOf"] {
        let Some(Value::Array(members)) = obj.get_mut(key) else {
            continue;
        };
        let before = members.len();
        members.retain(|m| !is_null_schema(m));
        if members.len() == before {
            continue;
        }
        obj.insert("nullable".to_owned(), Value::Bool(true));
        let Some(Value::Array(members)) = obj.get_mut(key) else {
            continue;
        };
        match members.len() {
            0 => {
                obj.shift_remove(key);
                if !obj.contains_key("type") && !obj.contains_key("enum") && !has_composition(obj) {
                    obj.insert("enum".to_owned(), Value::Array(vec![Value::Null]));
                }
            }
            1 => {
                let member = members.pop().unwrap_or_default();
                obj.shift_remove(key);
                let mergeable = match &member {
                    Value::Object(m) => {
                        !m.contains_key("$ref") && m.keys().all(|k| !obj.contains_key(k) || k == "nullable")
                    }
                    _ => false,
                };
                if mergeable {
                    if let Value::Object(m) = member {
                        for (k, v) in m {
                            if k == "nullable" {
                                continue;
                            }
                            obj.insert(k, v);
                        }
                    }
                } else {
                    match obj.get_mut("allOf") {
                        Some(Value::Array(a)) => a.insert(0, member),
                        _ => {
                            obj.insert("allOf".to_owned(), Value::Array(vec![member]));
                        }
                    }
                }
            }
            _ => {}
        }
    }
}

/// Moves `required: true` from property schemas into the parent's list.
fn hoist_required(obj: &mut Map<String, Value>) {
    let mut names = Vec::new();
    if let Some(Value::Object(props)) = obj.get_mut("properties") {
        for (name, s) in props.iter_mut() {
            if let Value::Object(m) = s {
                if let Some(Value::Bool(r)) = m.get("required") {
                    if *r {
                        names.push(name.clone());
                    }
                    m.shift_remove("required");
                }
            }
        }
    }
    if names.is_empty() {
        return;
    }
    if !obj.get("required").is_some_and(Value::is_array) {
        obj.insert("required".to_owned(), Value::Array(Vec::new()));
    }
    if let Some(Value::Array(req)) = obj.get_mut("required") {
        for n in names {
            let n = Value::String(n);
            if !req.contains(&n) {
                req.push(n);
            }
        }
    }
}

/// Removes keywords that cannot apply to the schema's single `type` (a no-op
/// in JSON Schema), so openapiv3 reads it as that type, and makes integer
/// bounds and string enums the shapes openapiv3 expects.
fn strip_inapplicable(obj: &mut Map<String, Value>, scan: &Scan) {
    if scan.kw & K_COMPOSE != 0 {
        return;
    }
    let ty = scan.ty.unwrap_or(Ty::None);
    let remove = match ty {
        Ty::String => K_NUM | K_OBJ | K_ARR,
        Ty::Number | Ty::Integer => K_STR | K_OBJ | K_ARR,
        Ty::Boolean => K_STR | K_NUM | K_OBJ | K_ARR | K_FORMAT,
        Ty::Object => K_STR | K_NUM | K_ARR | K_FORMAT,
        Ty::Array => K_STR | K_NUM | K_OBJ | K_FORMAT,
        Ty::None | Ty::Other => return,
    };
    if scan.kw & remove != 0 {
        obj.retain(|k, _| keyword_class(k) & remove == 0);
    }
    match ty {
        Ty::Integer => {
            for (bound, excl, up) in [("minimum", "exclusiveMinimum", true), ("maximum", "exclusiveMaximum", false)] {
                let Some(Value::Number(n)) = obj.get(bound) else {
                    continue;
                };
                if n.is_i64() {
                    continue;
                }
                let Some(f) = n.as_f64() else { continue };
                let r = if up { f.ceil() } else { f.floor() };
                if r.is_finite() && r.abs() < 9.0e18 {
                    if r != f {
                        obj.insert(excl.to_owned(), Value::Bool(false));
                    }
                    obj.insert(bound.to_owned(), Value::Number((r as i64).into()));
                } else if (up && r <= -9.0e18) || (!up && r >= 9.0e18) {
                    // Beyond the 64-bit range the bound says nothing.
                    obj.shift_remove(bound);
                    obj.shift_remove(excl);
                }
            }
            if let Some(Value::Number(n)) = obj.get("multipleOf") {
                if !n.is_i64() {
                    if let Some(f) = n.as_f64().filter(|f| f.fract() == 0.0 && f.abs() < 9.0e18) {
                        obj.insert("multipleOf".to_owned(), Value::Number((f as i64).into()));
                    }
                }
            }
            if let Some(Value::Array(vals)) = obj.get_mut("enum") {
                for v in vals.iter_mut() {
                    if let Value::Number(n) = v {
                        if !n.is_i64() {
                            if let Some(f) = n.as_f64().filter(|f| f.fract() == 0.0 && f.abs() < 9.0e18) {
                                *v = Value::Number((f as i64).into());
                            }
                        }
                    }
                }
            }
        }
        Ty::String => {
            if let Some(Value::Array(vals)) = obj.get_mut("enum") {
                for v in vals.iter_mut() {
                    if v.is_number() || v.is_boolean() {
                        *v = Value::String(v.to_string());
                    }
                }
            }
        }
        _ => {}
    }
}

fn is_status_code(code: &str) -> bool {
    let b = code.as_bytes();
    if b.len() != 3 {
        return false;
    }
    if let Ok(n) = code.parse::<u16>() {
        return (100..1000).contains(&n);
    }
    b[0].is_ascii_digit() && b[1].eq_ignore_ascii_case(&b'X') && b[2].eq_ignore_ascii_case(&b'X')
}

/// Rewrites `$ref`s to anchors/`$id`s and to hoisted `$defs` (iteratively:
/// no recursion on the document).
fn rewrite_refs(root: &mut Map<String, Value>, anchors: &HashMap<String, String>, hoisted: &[(String, String)]) {
    let rewrite = |s: &mut String| {
        if let Some(target) = anchors.get(s.as_str()) {
            *s = target.clone();
        } else if let Some((base, frag)) = s.split_once('#') {
            if !base.is_empty() {
                if let Some(target) = anchors.get(base) {
                    let tail = if frag.is_empty() || frag.starts_with('/') {
                        Some(frag.to_owned())
                    } else {
                        anchors.get(&format!("#{frag}")).map(|t| t.trim_start_matches('#').to_owned())
                    };
                    if let Some(tail) = tail {
                        if frag.starts_with('/') || frag.is_empty() {
                            *s = format!("{target}{tail}");
                        } else {
                            *s = format!("#{tail}");
                        }
                    }
                }
            }
        }
        for (old, new) in hoisted {
            if s == old {
                *s = new.clone();
                break;
            }
            if s.starts_with(old.as_str()) && s.as_bytes().get(old.len()) == Some(&b'/') {
                *s = format!("{new}{}", &s[old.len()..]);
                break;
            }
        }
    };
    let mut stack: Vec<&mut Value> = root.values_mut().collect();
    while let Some(v) = stack.pop() {
        match v {
            Value::Object(m) => {
                for (k, x) in m.iter_mut() {
                    match x {
                        Value::String(s) if k == "$ref" => rewrite(s),
                        Value::Object(d) if k == "discriminator" => {
                            if let Some(Value::Object(mapping)) = d.get_mut("mapping") {
                                for target in mapping.values_mut() {
                                    if let Value::String(s) = target {
                                        rewrite(s);
                                    }
                                }
                            }
                        }
                        _ => stack.push(x),
                    }
                }
            }
            Value::Array(a) => stack.extend(a.iter_mut()),
            _ => {}
        }
    }
}
