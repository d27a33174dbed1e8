//! Loading an OpenAPI document from JSON or YAML into [`openapiv3::OpenAPI`].
//!
//! The text is parsed into a `serde_json::Value` (JSON with serde_json, YAML
//! with serde_yaml), checked and normalised (OpenAPI 3.1 → 3.0 shapes, odd
//! but harmless 3.0 input that `openapiv3` would reject), and only then
//! deserialised. Every problem becomes either a warning (with a JSON pointer)
//! or a [`SpecError`] naming the file, line:column and pointer.
//!
//! What the normaliser does to schemas (3.0 and 3.1 alike):
//! * `type: [X, "null"]` → `type: X, nullable: true`; several non-null types
//!   → `anyOf` of single-type schemas (keywords distributed by type);
//!   `type: "null"` → `enum: [null], nullable: true`; `type: file` → string/binary.
//! * `anyOf`/`oneOf` members that are `{type: "null"}` are removed and the
//!   schema becomes `nullable`; a single remaining `$ref` becomes
//!   `allOf: [{$ref}]`, a single inline member is merged into the parent.
//! * `const: v` → `enum: [v]`; `examples: [a, ..]` → `example: a`; numeric
//!   `exclusiveMinimum: n` → `minimum: n, exclusiveMinimum: true` (same for max);
//!   `contentEncoding: base64` → `format: byte`, a non-text
//!   `contentMediaType` → `format: binary`.
//! * 3.1: `$ref` with sibling keywords → `allOf: [{$ref}]` + siblings
//!   (3.0: only when a sibling says `nullable: true`; other 3.0 siblings are
//!   ignored, as the 3.0 spec says).
//! * `$defs`/`definitions` are hoisted into `components/schemas` and `$ref`s
//!   to them rewritten; `$anchor` and `$id` references are resolved to pointers.
//! * boolean schemas: `true` → `{}`, `false` → `{not: {}}`.
//! * keywords that cannot apply to a schema's single `type` (e.g. `minimum`
//!   on a string) are removed, so `openapiv3` sees a typed schema.
//! * lossy changes warn: `prefixItems`, `patternProperties`, `if/then/else`,
//!   `dependentSchemas`, `unevaluated*`, `webhooks`, …
//!
//! [`Loaded::locate`] maps a JSON pointer back to a line:column of the source.

use std::fmt;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use openapiv3::OpenAPI;
use serde::de::{self, Deserializer, MapAccess, SeqAccess, Visitor};
use serde::Deserialize;
use serde_json::{Map, Number, Value};

use crate::diagnostics::{Diagnostic, Diagnostics, SpecError};

mod convert;
mod normalize;
mod positions;
mod refs;

use normalize::Normalizer;
use positions::PosTree;

/// Deepest nesting the normaliser walks (each schema/path-item level counts one).
pub const MAX_DEPTH: usize = 200;
/// Stack for the threads that normalise and deserialise (hostile nesting,
/// serde's buffering of flattened/untagged content is stack-hungry).
const STACK_SIZE: usize = 64 << 20;

/// Which syntax the document was written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum SourceFormat {
    Json,
    Yaml,
}

/// A loaded, normalised document.
pub struct Loaded {
    /// The document; for 3.1 input its `openapi` field reads `3.0.3`.
    pub doc: OpenAPI,
    /// The path as given to [`load_file`]/[`load_str`].
    pub path: PathBuf,
    /// Warnings from loading, with file, line and column filled in.
    pub warnings: Vec<Diagnostic>,
    /// The `openapi` version as written in the source (e.g. `3.1.0`).
    pub source_version: String,
    pub format: SourceFormat,
    source: String,
    positions: OnceLock<PosTree>,
}

impl fmt::Debug for Loaded {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Loaded")
            .field("path", &self.path)
            .field("source_version", &self.source_version)
            .field("format", &self.format)
            .field("warnings", &self.warnings)
            .finish_non_exhaustive()
    }
}

impl Loaded {
    /// 1-based (line, column) of the node at `pointer` (`/paths/~1pets/get`,
    /// `#/...` accepted) in the source text: for a mapping entry the position
    /// of its key, for a sequence item the item itself. A pointer that does
    /// not exist in the source (e.g. into normalised structure) gives its
    /// nearest existing ancestor. The index is built on first use.
    pub fn locate(&self, pointer: &str) -> Option<(usize, usize)> {
        self.positions.get_or_init(|| PosTree::build(&self.source, self.format)).locate(pointer)
    }

    /// Builds the position index now (it is otherwise built on first use), so a caller can do it
    /// on another thread while it works on the document.
    pub fn index_positions(&self) {
        self.positions.get_or_init(|| PosTree::build(&self.source, self.format));
    }

    /// Fills in the file (this document's path) and, from the pointer, the
    /// line and column of a diagnostic where they are missing.
    pub fn annotate(&self, mut d: Diagnostic) -> Diagnostic {
        if d.file.is_none() {
            d.file = Some(self.path.clone());
        }
        if d.line.is_none() {
            if let Some((line, col)) = d.pointer.as_deref().and_then(|p| self.locate(p)) {
                d.line = Some(line);
                d.column = Some(col);
            }
        }
        d
    }

    /// The source text (BOM removed).
    pub fn source(&self) -> &str {
        &self.source
    }
}

/// Reads and loads a document from a file.
pub fn load_file(path: &Path) -> Result<Loaded, SpecError> {
    let bytes = std::fs::read(path).map_err(|e| SpecError::new(format!("cannot read the file: {e}")).in_file(path))?;
    load_bytes(bytes, path)
}

/// Loads a document from raw bytes; `path` is only used in messages.
pub fn load_bytes(bytes: Vec<u8>, path: &Path) -> Result<Loaded, SpecError> {
    let text = decode(bytes).map_err(|e| e.in_file(path))?;
    load_text(text, path)
}

/// Loads a document from text; `path` is only used in messages.
pub fn load_str(text: &str, path: &Path) -> Result<Loaded, SpecError> {
    load_bytes(text.as_bytes().to_vec(), path)
}

// ---------------------------------------------------------------------------
// Decoding and parsing

fn decode(mut bytes: Vec<u8>) -> Result<String, SpecError> {
    if bytes.starts_with(&[0xEF, 0xBB, 0xBF]) {
        bytes.drain(..3);
    }
    if bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF]) {
        return Err(SpecError::new("the file is UTF-16 encoded; save it as UTF-8 (JSON or YAML)"));
    }
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err(SpecError::new("the file is empty; expected an OpenAPI document in JSON or YAML"));
    }
    // `contains` on bytes is memchr-fast; find the position only if needed.
    if let Some(i) = bytes.contains(&0).then(|| bytes.iter().position(|&b| b == 0)).flatten() {
        let (line, col) = byte_position(&bytes, i);
        return Err(SpecError::new(
            "the file is not text (it contains NUL bytes); expected an OpenAPI document in JSON or YAML",
        )
        .with_position(line, col));
    }
    match String::from_utf8(bytes) {
        Ok(s) => Ok(s),
        Err(e) => {
            let i = e.utf8_error().valid_up_to();
            let (line, col) = byte_position(e.as_bytes(), i);
            Err(SpecError::new("the file is not valid UTF-8 text; expected an OpenAPI document in JSON or YAML")
                .with_position(line, col))
        }
    }
}

/// 1-based line and column (in characters) of byte offset `at`.
fn byte_position(bytes: &[u8], at: usize) -> (usize, usize) {
    let at = at.min(bytes.len());
    let before = &bytes[..at];
    let line = before.iter().filter(|&&b| b == b'\n').count() + 1;
    let start = before.iter().rposition(|&b| b == b'\n').map_or(0, |i| i + 1);
    let col = before[start..].iter().filter(|&&b| b & 0xC0 != 0x80).count() + 1;
    (line, col)
}

fn detect_format(text: &str) -> SourceFormat {
    match text.trim_start().as_bytes().first() {
        Some(b'{') | Some(b'[') => SourceFormat::Json,
        _ => SourceFormat::Yaml,
    }
}

/// Removes serde's " at line L column C" (the position is reported apart).
fn strip_location(msg: String) -> String {
    let mut out = String::with_capacity(msg.len());
    let mut rest = msg.as_str();
    while let Some(i) = rest.find(" at line ") {
        out.push_str(&rest[..i]);
        let after = &rest[i + " at line ".len()..];
        let digits = after.bytes().take_while(u8::is_ascii_digit).count();
        let tail = &after[digits..];
        match tail.strip_prefix(" column ") {
            Some(t) if digits > 0 && t.starts_with(|c: char| c.is_ascii_digit()) => {
                rest = t.trim_start_matches(|c: char| c.is_ascii_digit());
            }
            _ => {
                out.push_str(" at line ");
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

fn parse_text(text: &str) -> Result<(Value, SourceFormat), SpecError> {
    match detect_format(text) {
        SourceFormat::Json => match serde_json::from_str::<Value>(text) {
            Ok(v) => Ok((v, SourceFormat::Json)),
            Err(e) => {
                // YAML flow style also starts with `{`: accept it if it parses.
                if let Ok(v) = parse_yaml(text) {
                    return Ok((v, SourceFormat::Yaml));
                }
                let msg = strip_location(e.to_string());
                let msg = if msg.contains("recursion limit exceeded") {
                    "the document is nested too deeply (more than 127 levels)".to_owned()
                } else if e.classify() == serde_json::error::Category::Eof {
                    format!("the JSON document ends unexpectedly (is the file truncated?): {msg}")
                } else {
                    format!("invalid JSON: {msg}")
                };
                Err(SpecError::new(msg).with_position(e.line(), e.column().max(1)))
            }
        },
        SourceFormat::Yaml => match parse_yaml(text) {
            Ok(v) => Ok((v, SourceFormat::Yaml)),
            Err(e) => {
                let msg = strip_location(e.to_string());
                let msg = if msg.contains("recursion limit exceeded") {
                    "the document is nested too deeply (more than 127 levels)".to_owned()
                } else if msg.contains("end of stream") || msg.contains("unexpected end") {
                    format!("the YAML document ends unexpectedly (is the file truncated?): {msg}")
                } else {
                    format!("invalid YAML: {msg}")
                };
                let mut err = SpecError::new(msg);
                if let Some(loc) = e.location() {
                    err = err.with_position(loc.line(), loc.column().max(1));
                }
                Err(err)
            }
        },
    }
}

fn parse_yaml(text: &str) -> Result<Value, serde_yaml::Error> {
    let v: YamlJson = serde_yaml::from_str(text)?;
    Ok(v.0)
}

/// A `serde_json::Value` read from YAML: integers beyond 64 bits become
/// floats (as serde_json does for JSON), non-string scalar keys become
/// strings, tags are ignored, `<<` merge keys are applied.
struct YamlJson(Value);

impl<'de> Deserialize<'de> for YamlJson {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_any(YamlJsonVisitor).map(YamlJson)
    }
}

struct YamlJsonVisitor;

fn f64_value(f: f64) -> Value {
    Number::from_f64(f).map_or(Value::Null, Value::Number)
}

impl<'de> Visitor<'de> for YamlJsonVisitor {
    type Value = Value;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("any YAML value")
    }
    fn visit_bool<E>(self, v: bool) -> Result<Value, E> {
        Ok(Value::Bool(v))
    }
    fn visit_i64<E>(self, v: i64) -> Result<Value, E> {
        Ok(Value::Number(v.into()))
    }
    fn visit_u64<E>(self, v: u64) -> Result<Value, E> {
        Ok(Value::Number(v.into()))
    }
    fn visit_i128<E>(self, v: i128) -> Result<Value, E> {
        Ok(match i64::try_from(v) {
            Ok(i) => Value::Number(i.into()),
            Err(_) => f64_value(v as f64),
        })
    }
    fn visit_u128<E>(self, v: u128) -> Result<Value, E> {
        Ok(match u64::try_from(v) {
            Ok(i) => Value::Number(i.into()),
            Err(_) => f64_value(v as f64),
        })
    }
    fn visit_f64<E>(self, v: f64) -> Result<Value, E> {
        Ok(f64_value(v))
    }
    fn visit_str<E>(self, v: &str) -> Result<Value, E> {
        Ok(Value::String(v.to_owned()))
    }
    fn visit_string<E>(self, v: String) -> Result<Value, E> {
        Ok(Value::String(v))
    }
    fn visit_unit<E>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }
    fn visit_none<E>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }
    fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<Value, D::Error> {
        d.deserialize_any(YamlJsonVisitor)
    }
    fn visit_newtype_struct<D: Deserializer<'de>>(self, d: D) -> Result<Value, D::Error> {
        d.deserialize_any(YamlJsonVisitor)
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Value, A::Error> {
        let mut out = Vec::with_capacity(seq.size_hint().unwrap_or(0).min(4096));
        while let Some(YamlJson(v)) = seq.next_element()? {
            out.push(v);
        }
        Ok(Value::Array(out))
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Value, A::Error> {
        let mut out = Map::new();
        let mut merges = Vec::new();
        while let Some(YamlKey(k)) = map.next_key()? {
            let YamlJson(v) = map.next_value()?;
            if k == "<<" && (v.is_object() || v.as_array().is_some_and(|a| a.iter().all(Value::is_object))) {
                merges.push(v);
            } else {
                out.insert(k, v);
            }
        }
        for m in merges {
            let sources = match m {
                Value::Array(a) => a,
                other => vec![other],
            };
            for src in sources {
                if let Value::Object(src) = src {
                    for (k, v) in src {
                        if !out.contains_key(&k) {
                            out.insert(k, v);
                        }
                    }
                }
            }
        }
        Ok(Value::Object(out))
    }
    fn visit_enum<A: de::EnumAccess<'de>>(self, data: A) -> Result<Value, A::Error> {
        // A tagged node (`!tag value`): keep the value, drop the tag.
        use de::VariantAccess;
        let (_tag, variant): (de::IgnoredAny, _) = data.variant()?;
        let YamlJson(v) = variant.newtype_variant()?;
        Ok(v)
    }
}

struct YamlKey(String);

impl<'de> Deserialize<'de> for YamlKey {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct KeyVisitor;
        impl<'de> Visitor<'de> for KeyVisitor {
            type Value = String;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a scalar mapping key")
            }
            fn visit_bool<E>(self, v: bool) -> Result<String, E> {
                Ok(v.to_string())
            }
            fn visit_i64<E>(self, v: i64) -> Result<String, E> {
                Ok(v.to_string())
            }
            fn visit_u64<E>(self, v: u64) -> Result<String, E> {
                Ok(v.to_string())
            }
            fn visit_i128<E>(self, v: i128) -> Result<String, E> {
                Ok(v.to_string())
            }
            fn visit_u128<E>(self, v: u128) -> Result<String, E> {
                Ok(v.to_string())
            }
            fn visit_f64<E>(self, v: f64) -> Result<String, E> {
                Ok(v.to_string())
            }
            fn visit_str<E>(self, v: &str) -> Result<String, E> {
                Ok(v.to_owned())
            }
            fn visit_string<E>(self, v: String) -> Result<String, E> {
                Ok(v)
            }
            fn visit_unit<E>(self) -> Result<String, E> {
                Ok("null".to_owned())
            }
            fn visit_enum<A: de::EnumAccess<'de>>(self, data: A) -> Result<String, A::Error> {
                use de::VariantAccess;
                let (_tag, variant): (de::IgnoredAny, _) = data.variant()?;
                let YamlKey(k) = variant.newtype_variant()?;
                Ok(k)
            }
        }
        d.deserialize_any(KeyVisitor).map(YamlKey)
    }
}

// ---------------------------------------------------------------------------
// Loading

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

/// Whether rayon's global pool was built by [`use_big_stack_pool`].
static BIG_STACK_POOL: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

/// Builds rayon's global pool with threads of [`STACK_SIZE`] stacks (virtual
/// memory: only what is used is resident), so that loading runs on the
/// pool's threads instead of threads of its own. Call it before anything
/// uses rayon (the CLI does, first thing); `false` if the pool already
/// existed, and loading then starts threads of its own as before.
///
/// Why: the loaded document's memory belongs to the threads that allocated
/// it. Threads that exit abandon it, and freeing the document later gave its
/// pages back to no one that renders: the renderers (on the pool) took as
/// much fresh memory again. Allocated on the pool's threads, it is reused by
/// them when the document is freed before rendering.
pub fn use_big_stack_pool() -> bool {
    static BUILT: OnceLock<bool> = OnceLock::new();
    *BUILT.get_or_init(|| {
        let ok = rayon::ThreadPoolBuilder::new().stack_size(STACK_SIZE).build_global().is_ok();
        BIG_STACK_POOL.store(ok, std::sync::atomic::Ordering::Relaxed);
        ok
    })
}

/// Whether rayon's pool threads have big stacks ([`use_big_stack_pool`]),
/// so that deep recursion may run on them.
pub fn pool_has_big_stacks() -> bool {
    BIG_STACK_POOL.load(std::sync::atomic::Ordering::Relaxed)
}

/// Runs `f` on a thread with a large stack: one of rayon's pool if
/// [`use_big_stack_pool`] built it, else a thread of its own (or the current
/// thread if none can be started). `None` if `f` panicked.
fn on_big_stack<T: Send>(f: impl FnOnce() -> T + Send) -> Option<T> {
    if pool_has_big_stacks() {
        return catch_unwind(AssertUnwindSafe(|| rayon::join(f, || ()).0)).ok();
    }
    let cell = std::sync::Mutex::new(Some(f));
    let take = || cell.lock().ok().and_then(|mut g| g.take());
    let out = std::thread::scope(|s| {
        std::thread::Builder::new()
            .stack_size(STACK_SIZE)
            .spawn_scoped(s, || take().map(|f| f()))
            .ok()
            .and_then(|h| h.join().ok().flatten())
    });
    match out {
        Some(v) => Some(v),
        None => take().map(|f| f()),
    }
}

/// Drops a large value on a background thread (freeing a 13 MB document's
/// allocations takes tens of milliseconds).
fn drop_in_background<T: Send + 'static>(v: T) {
    let _ = std::thread::Builder::new().spawn(move || drop(v));
}

enum Version {
    V30,
    V31,
}

fn load_text(text: String, path: &Path) -> Result<Loaded, SpecError> {
    let (value, format) = parse_text(&text).map_err(|e| e.in_file(path))?;
    let locate_err = |e: SpecError| -> SpecError {
        let e = e.or_file(path);
        if e.diagnostic().line.is_some() {
            return e;
        }
        match e.pointer().and_then(|p| PosTree::build(&text, format).locate(p)) {
            Some((line, col)) => e.with_position(line, col),
            None => e,
        }
    };
    let mut root = match value {
        Value::Object(m) => m,
        Value::Null => {
            return Err(SpecError::new("the document is empty (only comments or `null`); expected an OpenAPI document")
                .in_file(path))
        }
        other => {
            return Err(locate_err(SpecError::at(
                "",
                format!(
                "the top level of an OpenAPI document must be a mapping (with `openapi`, `info` and `paths`), found {}",
                kind(&other)
            ),
            )))
        }
    };

    let mut early = Diagnostics::new();
    let (version, source_version) = detect_version(&mut root, &mut early).map_err(&locate_err)?;

    let outcome = on_big_stack(move || {
        catch_unwind(AssertUnwindSafe(move || -> Result<(OpenAPI, Diagnostics), SpecError> {
            let mut n = Normalizer::new(matches!(version, Version::V31));
            n.diags = early;
            n.document(&mut root)?;
            refs::canonicalize(&mut root);
            let doc = convert::document(root)?;
            Ok((doc, n.diags))
        }))
    });
    let (doc, diags) = match outcome {
        Some(Ok(r)) => r.map_err(&locate_err)?,
        _ => {
            return Err(
                SpecError::new("internal error: the loader panicked on this document (please report it)").in_file(path)
            )
        }
    };

    let loaded = Loaded {
        doc,
        path: path.to_path_buf(),
        warnings: Vec::new(),
        source_version,
        format,
        source: text,
        positions: OnceLock::new(),
    };
    let warnings = diags.into_iter().map(|d| loaded.annotate(d)).collect();
    Ok(Loaded { warnings, ..loaded })
}

fn detect_version(root: &mut Map<String, Value>, diags: &mut Diagnostics) -> Result<(Version, String), SpecError> {
    let raw = match root.get("openapi") {
        Some(Value::String(s)) => s.trim().to_owned(),
        Some(Value::Number(n)) => n.to_string(),
        Some(other) => {
            return Err(SpecError::at(
                "/openapi",
                format!("`openapi` must be a version string such as \"3.0.3\", found {}", kind(other)),
            ))
        }
        None if root.contains_key("swagger") => {
            return Err(SpecError::at(
                "/swagger",
                "Swagger 2.0 is not supported; convert it to OpenAPI 3 (e.g. with swagger2openapi)",
            ))
        }
        None => return Err(SpecError::at(
            "",
            "missing required field `openapi` (the OpenAPI version, e.g. \"3.0.3\"); is this an OpenAPI 3 document?",
        )),
    };
    let mut parts = raw.split('.');
    let major = parts.next().unwrap_or("");
    let minor = parts.next().unwrap_or("0");
    let minor: String = minor.chars().take_while(char::is_ascii_digit).collect();
    let version = match (major, minor.as_str()) {
        ("3", "0") => Version::V30,
        ("3", "1") => Version::V31,
        ("3", "2") => {
            diags.warn("/openapi", format!("OpenAPI {raw} is read as 3.1; features new in 3.2 are ignored"));
            Version::V31
        }
        ("2", _) => {
            return Err(SpecError::at(
                "/openapi",
                "Swagger 2.0 is not supported; convert it to OpenAPI 3 (e.g. with swagger2openapi)",
            ))
        }
        _ => {
            return Err(SpecError::at(
                "/openapi",
                format!("unsupported OpenAPI version `{raw}`; sdkgen reads OpenAPI 3.0 and 3.1"),
            ))
        }
    };
    let normalised = match version {
        Version::V30 => raw.clone(),
        Version::V31 => "3.0.3".to_owned(),
    };
    root.insert("openapi".to_owned(), Value::String(normalised));
    Ok((version, raw))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strip_location_removes_every_position() {
        assert_eq!(
            strip_location("found end of stream at line 9 column 1, while scanning at line 3 column 2".into()),
            "found end of stream, while scanning"
        );
        assert_eq!(strip_location("at line x column 1 at line ".into()), "at line x column 1 at line ");
    }

    #[test]
    fn positions_and_formats() {
        assert_eq!(byte_position(b"ab\ncd\xc3\xa9f", 7), (2, 4));
        assert_eq!(byte_position(b"", 5), (1, 1));
        assert_eq!(detect_format("  \n{\"a\": 1}"), SourceFormat::Json);
        assert_eq!(detect_format("# c\nopenapi: 3.0.0"), SourceFormat::Yaml);
    }

    /// A JSON number is the nearest double, as a YAML one (and every JSON parser of the SDKs'
    /// languages) reads it: serde_json's fast default can be one unit off in the last place, and a
    /// generated test then compares the API's example with a different literal (amentum.space).
    #[test]
    fn json_floats_round_trip() {
        for text in [
            "-0.9413662219916251",
            "0.30000000000000004",
            "1.7976931348623157e308",
            "5e-324",
            "2.2250738585072014e-308",
        ] {
            let (v, _) = parse_text(&format!("{{\"a\": {text}}}")).expect("json");
            assert_eq!(v["a"].as_f64(), text.parse::<f64>().ok(), "{text}");
            assert_eq!(v["a"].to_string(), serde_json::Value::from(text.parse::<f64>().unwrap()).to_string());
        }
    }

    #[test]
    fn yaml_big_integers_and_odd_keys() {
        let v = parse_yaml("a: 18446744073709552000\n200: x\ntrue: y\nb: !tag 3\nc: .nan\n").expect("yaml");
        assert_eq!(v["a"].as_f64(), Some(18446744073709552000.0));
        assert_eq!(v["200"], "x");
        assert_eq!(v["true"], "y");
        assert_eq!(v["b"], 3);
        assert!(v["c"].is_null());
    }
}
