//! Describing a request: method, path, parameters, body, security and per-call options.

use std::time::Duration;

use reqwest::Method;
use serde::Serialize;
use serde_json::{Map, Value};

use crate::error::Error;

/// Options for one call, overriding the core's configuration.
///
/// Every generated method returns a [`Call`](crate::Call) that takes these one by one
/// (`.timeout(..)`, `.header(..)`, ...) or all at once with `.options(..)`.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct RequestOptions {
    /// Time limit for the whole request, body included (default: the core's timeout).
    pub timeout: Option<Duration>,
    /// Extra headers, sent after (and so replacing) the core's default headers.
    pub headers: Vec<(String, String)>,
    /// Idempotency key for a write; one is generated when retries are on and none is given.
    pub idempotency_key: Option<String>,
    /// Retries for this call (default: the core's `max_retries`; 0 disables).
    pub max_retries: Option<u32>,
}

impl RequestOptions {
    /// No overrides.
    pub fn new() -> Self {
        Self::default()
    }

    /// Sets the time limit of the call.
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.timeout = Some(timeout);
        self
    }

    /// Adds a header to the call.
    pub fn header(mut self, name: impl Into<String>, value: impl Into<String>) -> Self {
        self.headers.push((name.into(), value.into()));
        self
    }

    /// Sets the idempotency key of the call.
    pub fn idempotency_key(mut self, key: impl Into<String>) -> Self {
        self.idempotency_key = Some(key.into());
        self
    }

    /// Sets how many times the call may be retried.
    pub fn max_retries(mut self, max_retries: u32) -> Self {
        self.max_retries = Some(max_retries);
        self
    }
}

/// What a successful response holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum ResponseKind {
    /// A JSON body (unwrapped from the API's envelope when the request says so).
    Json,
    /// A text body, returned as it is.
    Text,
    /// A binary body, returned as bytes.
    Binary,
    /// No body.
    Empty,
}

#[derive(Debug, Clone)]
pub(crate) enum Body {
    None,
    Json(Value),
    Form(Vec<(String, String)>),
    Multipart(Vec<MultipartPart>),
    Text(String),
    Bytes(Vec<u8>),
}

#[derive(Debug, Clone)]
pub(crate) struct MultipartPart {
    pub(crate) name: String,
    pub(crate) value: MultipartValue,
}

#[derive(Debug, Clone)]
pub(crate) enum MultipartValue {
    Text(String),
    File(Vec<u8>),
}

/// Field names of a cursor-paginated list response.
#[derive(Debug, Clone)]
pub(crate) struct PageFields {
    pub(crate) cursor_param: String,
    pub(crate) items: String,
    pub(crate) next_cursor: String,
    pub(crate) has_more: Option<String>,
}

/// One request to the API, as the generated services describe it; also the argument of
/// `core.request(..)` for operations the SDK does not wrap.
///
/// ```text
/// let mut request = ApiRequest::new(Method::GET, "/api/tenants/{tenantId}");
/// request.path_param("tenantId", "ten_123");
/// request.security(&[&["bearerAuth"]]);
/// let tenant: serde_json::Value = core.request(request).await?;
/// ```
#[derive(Debug, Clone)]
pub struct ApiRequest {
    pub(crate) method: Method,
    pub(crate) path: String,
    pub(crate) path_params: Vec<(String, String)>,
    pub(crate) query: Vec<(String, String)>,
    pub(crate) headers: Vec<(String, String)>,
    pub(crate) body: Body,
    pub(crate) security: Vec<Vec<String>>,
    pub(crate) idempotency_header: Option<String>,
    pub(crate) enveloped: bool,
    pub(crate) response_kind: ResponseKind,
    pub(crate) page: Option<PageFields>,
    pub(crate) options: RequestOptions,
    pub(crate) error: Option<String>,
}

impl ApiRequest {
    /// A request for `path`, a template whose `{name}` placeholders are filled by
    /// [`path_param`](Self::path_param). JSON responses are unwrapped from the API's envelope,
    /// when it has one; no credentials are sent until [`security`](Self::security) names them.
    pub fn new(method: Method, path: impl Into<String>) -> Self {
        ApiRequest {
            method,
            path: path.into(),
            path_params: Vec::new(),
            query: Vec::new(),
            headers: Vec::new(),
            body: Body::None,
            security: Vec::new(),
            idempotency_header: None,
            enveloped: crate::api::ENVELOPE.is_some(),
            response_kind: ResponseKind::Json,
            page: None,
            options: RequestOptions::default(),
            error: None,
        }
    }

    fn fail(&mut self, message: String) {
        if self.error.is_none() {
            self.error = Some(message);
        }
    }

    /// Fills the `{name}` placeholder of the path; the value is percent-encoded as one segment.
    pub fn path_param<V: Serialize + ?Sized>(&mut self, name: &str, value: &V) {
        match to_value(value) {
            Ok(v) => {
                let text = scalar_list(&v, ",");
                self.path_params.push((name.to_string(), text));
            }
            Err(e) => self.fail(format!("path parameter `{name}`: {e}")),
        }
    }

    /// Adds a query parameter (form style, exploded: arrays repeat the name). `None` and null
    /// values are left out.
    pub fn query<V: Serialize + ?Sized>(&mut self, name: &str, value: &V) {
        match to_value(value) {
            Ok(Value::Null) => {}
            Ok(Value::Array(items)) => {
                for item in items.iter().filter(|v| !v.is_null()) {
                    self.query.push((name.to_string(), scalar(item)));
                }
            }
            Ok(Value::Object(map)) => {
                for (key, item) in map.iter().filter(|(_, v)| !v.is_null()) {
                    self.query.push((key.clone(), scalar(item)));
                }
            }
            Ok(v) => self.query.push((name.to_string(), scalar(&v))),
            Err(e) => self.fail(format!("query parameter `{name}`: {e}")),
        }
    }

    /// Adds a query parameter whose array items are joined with `delimiter` (`,` for
    /// non-exploded form style, `" "` or `|` for the delimited styles).
    pub fn query_joined<V: Serialize + ?Sized>(&mut self, name: &str, value: &V, delimiter: &str) {
        match to_value(value) {
            Ok(Value::Null) => {}
            Ok(v) => self
                .query
                .push((name.to_string(), scalar_list(&v, delimiter))),
            Err(e) => self.fail(format!("query parameter `{name}`: {e}")),
        }
    }

    /// Adds an object query parameter in deepObject style: `name[key]=value`.
    pub fn query_deep<V: Serialize + ?Sized>(&mut self, name: &str, value: &V) {
        match to_value(value) {
            Ok(Value::Object(map)) => {
                for (key, item) in map.iter().filter(|(_, v)| !v.is_null()) {
                    self.query
                        .push((format!("{name}[{key}]"), scalar_list(item, ",")));
                }
            }
            Ok(Value::Null) => {}
            Ok(v) => self.query.push((name.to_string(), scalar_list(&v, ","))),
            Err(e) => self.fail(format!("query parameter `{name}`: {e}")),
        }
    }

    /// Adds a header; `None` and null values are left out. Values with CR or LF are refused
    /// when the call is made.
    pub fn header<V: Serialize + ?Sized>(&mut self, name: &str, value: &V) {
        match to_value(value) {
            Ok(Value::Null) => {}
            Ok(v) => self.headers.push((name.to_string(), scalar_list(&v, ","))),
            Err(e) => self.fail(format!("header `{name}`: {e}")),
        }
    }

    /// Adds a cookie; `None` and null values are left out.
    pub fn cookie<V: Serialize + ?Sized>(&mut self, name: &str, value: &V) {
        match to_value(value) {
            Ok(Value::Null) => {}
            Ok(v) => {
                let pair = format!("{name}={}", scalar_list(&v, ","));
                self.headers.push(("cookie".to_string(), pair));
            }
            Err(e) => self.fail(format!("cookie `{name}`: {e}")),
        }
    }

    /// Sends `body` as JSON.
    pub fn json_body<V: Serialize + ?Sized>(&mut self, body: &V) {
        match to_value(body) {
            Ok(v) => self.body = Body::Json(v),
            Err(e) => self.fail(format!("request body: {e}")),
        }
    }

    /// Sends the fields collected in `body` as a JSON object.
    pub fn json_fields(&mut self, body: Fields) {
        match body.finish() {
            Ok(map) => self.body = Body::Json(Value::Object(map)),
            Err(e) => self.fail(e),
        }
    }

    /// Sends the fields collected in `body` form-encoded.
    pub fn form_fields(&mut self, body: Fields) {
        match body.finish() {
            Ok(map) => {
                // An array repeats the name (`tag=a&tag=b`, OpenAPI's default `explode`), an
                // object's entries are `name[key]`, as in the other SDKs.
                let mut pairs = Vec::new();
                for (name, value) in &map {
                    match value {
                        Value::Null => {}
                        Value::Array(items) => pairs.extend(
                            items
                                .iter()
                                .filter(|v| !v.is_null())
                                .map(|v| (name.clone(), scalar(v))),
                        ),
                        Value::Object(entries) => pairs.extend(
                            entries
                                .iter()
                                .filter(|(_, v)| !v.is_null())
                                .map(|(k, v)| (format!("{name}[{k}]"), scalar(v))),
                        ),
                        other => pairs.push((name.clone(), scalar(other))),
                    }
                }
                self.body = Body::Form(pairs);
            }
            Err(e) => self.fail(e),
        }
    }

    /// Sends the fields collected in `body` as `multipart/form-data`; files added with
    /// [`Fields::file`] become file parts.
    pub fn multipart_fields(&mut self, body: Fields) {
        let files = body.files.clone();
        match body.finish() {
            Ok(map) => {
                // One part per value, an array one per item (RFC 7578 section 4.3); text as it
                // is, anything else as JSON.
                let mut parts: Vec<MultipartPart> = Vec::new();
                for (name, value) in &map {
                    let items = match value {
                        Value::Array(items) => items.as_slice(),
                        other => std::slice::from_ref(other),
                    };
                    parts.extend(
                        items
                            .iter()
                            .filter(|v| !v.is_null())
                            .map(|v| MultipartPart {
                                name: name.clone(),
                                value: MultipartValue::Text(match v {
                                    Value::String(s) => s.clone(),
                                    other => other.to_string(),
                                }),
                            }),
                    );
                }
                for (name, bytes) in files {
                    parts.push(MultipartPart {
                        name,
                        value: MultipartValue::File(bytes),
                    });
                }
                self.body = Body::Multipart(parts);
            }
            Err(e) => self.fail(e),
        }
    }

    /// Sends `text` as the body.
    pub fn text_body(&mut self, text: impl Into<String>) {
        self.body = Body::Text(text.into());
    }

    /// Sends `bytes` as the body.
    pub fn bytes_body(&mut self, bytes: impl Into<Vec<u8>>) {
        self.body = Body::Bytes(bytes.into());
    }

    /// The security requirement: alternatives (OR) of scheme names (AND), as in the API
    /// description. The first alternative whose credentials the core holds is sent; an empty
    /// list sends no credentials.
    pub fn security(&mut self, alternatives: &[&[&str]]) {
        self.security = alternatives
            .iter()
            .map(|alt| alt.iter().map(|s| s.to_string()).collect())
            .collect();
    }

    /// The header that carries the idempotency key of this operation (`Idempotency-Key`).
    pub fn idempotency_header(&mut self, name: &str) {
        self.idempotency_header = Some(name.to_string());
    }

    /// Whether a JSON success body is the API's envelope, whose data is returned.
    pub fn enveloped(&mut self, enveloped: bool) {
        self.enveloped = enveloped;
    }

    /// What the response holds (JSON by default); sets the `Accept` header.
    pub fn response_kind(&mut self, kind: ResponseKind) {
        self.response_kind = kind;
    }

    /// Per-call options.
    pub fn options(&mut self, options: RequestOptions) {
        self.options = options;
    }

    #[allow(dead_code, reason = "not every API uses it")]
    pub(crate) fn paginated(&mut self, cursor: &str, items: &str, next: &str, more: Option<&str>) {
        self.page = Some(PageFields {
            cursor_param: cursor.to_string(),
            items: items.to_string(),
            next_cursor: next.to_string(),
            has_more: more.map(str::to_string),
        });
    }

    /// The path with its placeholders filled and percent-encoded.
    pub(crate) fn expanded_path(&self) -> String {
        let mut out = String::with_capacity(self.path.len());
        let mut rest = self.path.as_str();
        while let Some(start) = rest.find('{') {
            let Some(len) = rest[start..].find('}') else {
                break;
            };
            out.push_str(&rest[..start]);
            let name = &rest[start + 1..start + len];
            match self.path_params.iter().find(|(n, _)| n == name) {
                Some((_, value)) => out.push_str(&encode_path_segment(value)),
                None => out.push_str(&rest[start..=start + len]),
            }
            rest = &rest[start + len + 1..];
        }
        out.push_str(rest);
        out
    }
}

/// The fields of an object body (JSON, form or multipart), collected one by one.
#[derive(Debug, Default)]
pub struct Fields {
    map: Map<String, Value>,
    files: Vec<(String, Vec<u8>)>,
    error: Option<String>,
}

impl Fields {
    /// No fields yet.
    pub fn new() -> Self {
        Self::default()
    }

    /// Sets a field (a null value included).
    pub fn field<V: Serialize + ?Sized>(&mut self, name: &str, value: &V) {
        match to_value(value) {
            Ok(v) => {
                self.map.insert(name.to_string(), v);
            }
            Err(e) if self.error.is_none() => self.error = Some(format!("field `{name}`: {e}")),
            Err(_) => {}
        }
    }

    /// Sets a field when `value` is `Some`.
    pub fn optional<V: Serialize>(&mut self, name: &str, value: Option<V>) {
        if let Some(value) = value {
            self.field(name, &value);
        }
    }

    /// Sets a field to `value`, or to `fallback` (a service default) when `value` is `None`.
    pub fn optional_or<V: Serialize>(
        &mut self,
        name: &str,
        value: Option<V>,
        fallback: &Option<V>,
    ) {
        match value {
            Some(value) => self.field(name, &value),
            None => self.optional(name, fallback.as_ref()),
        }
    }

    /// Fills the field at `path` (wire names, the last one the field to fill) with `value` when
    /// the object above it was given without that field: a service default for a nested field.
    pub fn default_at<V: Serialize>(&mut self, path: &[&str], value: &Option<V>) {
        let (Some((last, parents)), Some(value)) = (path.split_last(), value.as_ref()) else {
            return;
        };
        let mut target = &mut self.map;
        for key in parents {
            match target.get_mut(*key) {
                Some(Value::Object(next)) => target = next,
                _ => return,
            }
        }
        if target.get(*last).is_none_or(Value::is_null) {
            if let Ok(v) = to_value(value) {
                target.insert(last.to_string(), v);
            }
        }
    }

    /// Adds a file part (multipart bodies only).
    pub fn file(&mut self, name: &str, bytes: impl Into<Vec<u8>>) {
        self.files.push((name.to_string(), bytes.into()));
    }

    /// Adds a file part per file, all of one name (multipart bodies only).
    pub fn files<B: Into<Vec<u8>>>(&mut self, name: &str, files: impl IntoIterator<Item = B>) {
        for bytes in files {
            self.file(name, bytes);
        }
    }

    fn finish(self) -> Result<Map<String, Value>, String> {
        match self.error {
            Some(e) => Err(e),
            None => Ok(self.map),
        }
    }
}

/// `value`, or a clone of the service default `fallback` when `value` is `None`.
#[allow(dead_code, reason = "not every API uses it")]
pub(crate) fn fallback<T: Clone>(value: Option<T>, fallback: &Option<T>) -> Option<T> {
    value.or_else(|| fallback.clone())
}

fn to_value<V: Serialize + ?Sized>(value: &V) -> Result<Value, Error> {
    serde_json::to_value(value).map_err(|e| Error::invalid_request(e.to_string()))
}

/// A JSON scalar as a parameter string.
fn scalar(value: &Value) -> String {
    match value {
        Value::String(s) => s.clone(),
        Value::Null => String::new(),
        other => other.to_string(),
    }
}

/// A JSON value as a parameter string, array items joined with `delimiter`.
fn scalar_list(value: &Value, delimiter: &str) -> String {
    match value {
        Value::Array(items) => items.iter().map(scalar).collect::<Vec<_>>().join(delimiter),
        Value::Object(map) => map
            .iter()
            .flat_map(|(k, v)| [k.clone(), scalar(v)])
            .collect::<Vec<_>>()
            .join(","),
        other => scalar(other),
    }
}

/// Percent-encodes everything but the unreserved characters, so a value stays one segment
/// (`a/../b` → `a%2F..%2Fb`); `.` and `..` are encoded whole so they cannot climb the path.
pub(crate) fn encode_path_segment(value: &str) -> String {
    if value == "." || value == ".." {
        return value.replace('.', "%2E");
    }
    percent_encode(value)
}

pub(crate) fn percent_encode(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    for byte in value.bytes() {
        if byte.is_ascii_alphanumeric() || matches!(byte, b'-' | b'.' | b'_' | b'~') {
            out.push(byte as char);
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn path_params_stay_one_segment() {
        let mut request = ApiRequest::new(Method::GET, "/api/tenants/{tenantId}/x/{n}");
        request.path_param("tenantId", "a/../b");
        request.path_param("n", &7);
        assert_eq!(request.expanded_path(), "/api/tenants/a%2F..%2Fb/x/7");
        assert_eq!(encode_path_segment(".."), "%2E%2E");
    }

    #[test]
    fn query_values_are_flattened() {
        let mut request = ApiRequest::new(Method::GET, "/x");
        request.query("limit", &Some(20));
        request.query("cursor", &None::<String>);
        request.query("tag", &["a", "b"]);
        request.query_joined("ids", &["1", "2"], ",");
        let expected = [("limit", "20"), ("tag", "a"), ("tag", "b"), ("ids", "1,2")];
        let got: Vec<(&str, &str)> = request
            .query
            .iter()
            .map(|(k, v)| (k.as_str(), v.as_str()))
            .collect();
        assert_eq!(got, expected);
    }

    #[test]
    fn nested_defaults_fill_only_missing_fields() {
        let mut fields = Fields::new();
        fields.field("quota", &serde_json::json!({"limit": 5}));
        fields.default_at(&["quota", "period"], &Some("month"));
        fields.default_at(&["other", "period"], &Some("month"));
        let map = fields.finish().unwrap();
        assert_eq!(
            Value::Object(map),
            serde_json::json!({"quota": {"limit": 5, "period": "month"}})
        );
    }

    #[test]
    fn optional_nullable_fields_send_null_only_when_set() {
        // A nullable body field in a params struct is `Option<Option<T>>`: unset, `null`, a value.
        let mut fields = Fields::new();
        fields.optional("unset", None::<Option<i64>>);
        fields.optional("cleared", Some(None::<i64>));
        fields.optional("set", Some(Some(5)));
        let map = fields.finish().unwrap();
        assert_eq!(
            Value::Object(map),
            serde_json::json!({"cleared": null, "set": 5})
        );
    }

    #[test]
    fn form_and_multipart_arrays_repeat_the_field() {
        // OpenAPI's default for both, as the Python and TypeScript SDKs send them.
        let mut fields = Fields::new();
        fields.field("tag", &["a", "b"]);
        fields.field("filter", &serde_json::json!({"k": 1}));
        fields.field("n", &1);
        let mut request = ApiRequest::new(Method::POST, "/x");
        request.form_fields(fields);
        let Body::Form(pairs) = &request.body else {
            panic!("a form body")
        };
        let expected = [("filter[k]", "1"), ("n", "1"), ("tag", "a"), ("tag", "b")];
        let got: Vec<(&str, &str)> = pairs
            .iter()
            .map(|(k, v)| (k.as_str(), v.as_str()))
            .collect();
        assert_eq!(got, expected);

        let mut fields = Fields::new();
        fields.field("tag", &["a", "b"]);
        fields.field("meta", &serde_json::json!({"k": 1}));
        fields.files("file", [b"one".to_vec(), b"two".to_vec()]);
        let mut request = ApiRequest::new(Method::POST, "/x");
        request.multipart_fields(fields);
        let Body::Multipart(parts) = &request.body else {
            panic!("a multipart body")
        };
        let got: Vec<(&str, String)> = parts
            .iter()
            .map(|p| match &p.value {
                MultipartValue::Text(text) => (p.name.as_str(), text.clone()),
                MultipartValue::File(bytes) => (p.name.as_str(), format!("file {}", bytes.len())),
            })
            .collect();
        let expected = [
            ("meta", r#"{"k":1}"#.to_string()),
            ("tag", "a".to_string()),
            ("tag", "b".to_string()),
            ("file", "file 3".to_string()),
            ("file", "file 3".to_string()),
        ];
        assert_eq!(got, expected);
    }
}
