//! The intermediate representation (IR): what the SDKs must offer, with no trace of OpenAPI syntax
//! and no target-language code. Built once by `lower`, read by every target.
//!
//! Conventions that every target can rely on:
//! - `name` fields are snake_case identifiers *words*, already unique within their namespace
//!   (two names never differ only in case or punctuation); targets turn them into identifiers of their
//!   language with `crate::naming`. `wire_name` fields are the exact strings sent over HTTP.
//! - Type names (`TypeDef::name`, `TypeRef::Named`) are PascalCase and unique across the whole API.
//! - Everything is in spec order (IndexMap / Vec), so output is deterministic.

mod errors;
pub mod reach;
mod types;

mod accepts;
mod constraints;
mod pattern;

pub use accepts::{UnknownProperties, ValueRules};
pub use constraints::Constraints;
pub use errors::*;
pub use types::*;

use indexmap::IndexMap;
use serde::Serialize;

/// The whole API, ready for rendering.
#[derive(Debug, Clone, Serialize)]
pub struct Api {
    pub title: String,
    pub version: String,
    pub description: Option<String>,
    /// PascalCase prefix of the SDK's main names: `Gatekeeper` gives `GatekeeperCore`, `GatekeeperError`.
    pub sdk_name: String,
    pub servers: Vec<Server>,
    pub security_schemes: Vec<SecurityScheme>,
    /// Every named type: component schemas first (spec order), then hoisted inline schemas.
    pub types: IndexMap<String, TypeDef>,
    pub services: Vec<Service>,
    /// Resource-scoped sub-clients derived from the path hierarchy.
    pub scopes: Vec<Scope>,
    pub errors: ErrorModel,
    /// The `{ ok, data, error }` response envelope, when the API uses one.
    pub envelope: Option<Envelope>,
    /// Enum constants that ship with the services (`QUOTA_PERIODS`, ...), one per named enum that an
    /// operation input uses.
    pub constants: Vec<Constant>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Server {
    pub url: String,
    pub description: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct SecurityScheme {
    /// The key under `components.securitySchemes`, as written.
    pub key: String,
    /// snake_case words, unique.
    pub name: String,
    pub kind: SecurityKind,
    pub doc: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum SecurityKind {
    /// `Authorization: Bearer <token>` (http bearer, OAuth2 and OpenID Connect access tokens).
    Bearer,
    /// `Authorization: Basic <base64(user:password)>`.
    Basic,
    /// An API key sent in a header, query parameter or cookie called `param`.
    ApiKey { location: ParamLocation, param: String },
}

/// One route group: one per tag, or per path resource in a document without tags (or with a
/// catch-all tag), plus a default service for the rest (`lower/grouping.rs` has the rules).
#[derive(Debug, Clone, Serialize)]
pub struct Service {
    /// snake_case words of the tag or resource (`platform_jobs`, `oauth`, `customers`).
    pub name: String,
    /// PascalCase of the tag as written (`PlatformJobs`, `OAuth`, `Mfa`); targets add `Service`.
    pub type_name: String,
    /// The tag as written in the spec; for a service grouped by path, its name.
    pub tag: String,
    /// For a service grouped by path: the path up to its resource (`/v1/customers`).
    pub resource_path: Option<String>,
    /// Which grouping rule made this service (`lower/grouping.rs`).
    pub grouped_by: GroupedBy,
    pub doc: Option<String>,
    pub operations: Vec<Operation>,
    /// Inputs this service's constructor can default (`default_scopes`, `default_quota_period`).
    pub defaults: Vec<ServiceDefault>,
    /// Names of the `Api::constants` this service uses, in first-use order.
    pub constants: Vec<String>,
    /// Scopes whose resource this service owns (`TenantsService(core).scope(id)`), by `Scope::name`.
    pub scopes: Vec<String>,
}

/// The grouping rule that made a service: a tag; a path resource or an action's resource (in a
/// document without tags, or with a catch-all tag); or none (`default`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum GroupedBy {
    Tag,
    PathResource,
    ActionResource,
    Default,
}

/// A constructor-level default of a service, applied when a call omits the input.
#[derive(Debug, Clone, Serialize)]
pub struct ServiceDefault {
    /// snake_case name without the `default_` prefix: `quota_period`.
    pub name: String,
    /// Wire path of the defaulted value inside the operation inputs: `["quota", "period"]`.
    pub path: Vec<String>,
    pub type_: TypeRef,
    pub doc: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "UPPERCASE")]
pub enum HttpMethod {
    Get,
    Put,
    Post,
    Delete,
    Options,
    Head,
    Patch,
    Trace,
}

impl HttpMethod {
    pub fn as_str(self) -> &'static str {
        match self {
            HttpMethod::Get => "GET",
            HttpMethod::Put => "PUT",
            HttpMethod::Post => "POST",
            HttpMethod::Delete => "DELETE",
            HttpMethod::Options => "OPTIONS",
            HttpMethod::Head => "HEAD",
            HttpMethod::Patch => "PATCH",
            HttpMethod::Trace => "TRACE",
        }
    }

    /// Safe methods may be retried without an idempotency key.
    pub fn is_safe(self) -> bool {
        matches!(self, HttpMethod::Get | HttpMethod::Head | HttpMethod::Options | HttpMethod::Trace)
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct Operation {
    /// The operationId as written, or one synthesised from method and path.
    pub id: String,
    /// Method name in its service, snake_case, unique within the service.
    pub name: String,
    pub method: HttpMethod,
    /// Path template as written (`/api/tenants/{tenantId}`).
    pub path: String,
    pub summary: Option<String>,
    pub description: Option<String>,
    pub deprecated: bool,
    /// Every input of the generated method, in signature order: required ones first (path
    /// parameters in path order, body fields in property order, then query, header and cookie
    /// parameters), then optional ones in the same order. Unique `name`s.
    pub inputs: Vec<Input>,
    pub body: Option<RequestBody>,
    pub response: SuccessResponse,
    /// Documented error responses, in spec order.
    pub errors: Vec<ErrorResponse>,
    /// Alternatives of security requirements (OR of ANDs of scheme keys). Empty: public.
    pub security: Vec<Vec<String>>,
    pub pagination: Option<Pagination>,
    /// The header that carries an idempotency key, when the operation declares one.
    pub idempotency_header: Option<String>,
    /// The response carries an `ETag` header.
    pub returns_etag: bool,
    /// JSON pointer of the operation in the spec.
    pub origin: String,
}

/// One input of an operation method: a parameter, a field of the request body, or the whole body.
#[derive(Debug, Clone, Serialize)]
pub struct Input {
    pub name: String,
    /// Parameter or property name on the wire (`tenantId`, `If-Match`); `""` for a whole body.
    pub wire_name: String,
    pub source: InputSource,
    pub type_: TypeRef,
    pub required: bool,
    pub doc: Option<String>,
    pub default: Option<serde_json::Value>,
    /// An example value from the spec (parameter example or the body example's field).
    pub example: Option<serde_json::Value>,
    pub deprecated: bool,
    /// Service defaults that fill this input (or a field inside it) when the caller omits it.
    pub service_defaults: Vec<InputDefault>,
    /// The validation keywords of the input's schema (pattern, bounds, lengths): the generated
    /// tests send a value that meets them ([`Input::constrained_value`]).
    #[serde(flatten)]
    pub constraints: Constraints,
}

#[derive(Debug, Clone, Serialize)]
pub struct InputDefault {
    /// `ServiceDefault::name`.
    pub default: String,
    /// Wire path inside this input; empty when the input itself is defaulted.
    pub field_path: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum InputSource {
    Param {
        location: ParamLocation,
        style: ParamStyle,
        explode: bool,
    },
    /// A property of an object request body (JSON, form or multipart).
    BodyField,
    /// The whole request body (non-object JSON, binary, text).
    Body,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ParamLocation {
    Path,
    Query,
    Header,
    Cookie,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ParamStyle {
    Simple,
    Form,
    Label,
    Matrix,
    SpaceDelimited,
    PipeDelimited,
    DeepObject,
}

#[derive(Debug, Clone, Serialize)]
pub struct RequestBody {
    pub content_type: String,
    pub encoding: BodyEncoding,
    /// The body's type; for `fields_flattened` bodies this is the object type the fields came from.
    pub type_: TypeRef,
    pub required: bool,
    pub doc: Option<String>,
    /// True when the body is an object whose properties became `InputSource::BodyField` inputs, or
    /// a multipart body that is not an object, sent as one part (one `BodyField` input named
    /// `file` for bytes, else `body`; `type_` is then the part's type).
    pub fields_flattened: bool,
    pub example: Option<serde_json::Value>,
}

impl RequestBody {
    /// The `Content-Type` of a JSON body whose media type is not plain JSON (see [`json_variant`]).
    pub fn json_variant(&self) -> Option<&str> {
        (self.encoding == BodyEncoding::Json).then(|| json_variant(&self.content_type)).flatten()
    }
}

impl Input {
    /// Whether `value` may be sent as this input: it meets the constraints of the input's schema.
    pub fn fits_constraints(&self, value: &serde_json::Value) -> bool {
        self.constraints.fits(value, &self.type_)
    }

    /// The value a generated test sends for this input when it has no example that fits:
    /// `synthesised` (the target's value of the input's type) brought within the constraints
    /// ([`Constraints::value`]).
    pub fn constrained_value(&self, synthesised: serde_json::Value) -> serde_json::Value {
        self.constraints.value(synthesised, &self.type_)
    }
}

impl Operation {
    /// The error class an operation answers with when it documents no success at all, only
    /// errors (petstore's `updatePet`: 400, 404, 405): its first error's, which is what a mock of
    /// the API answers. The generated tests expect it instead of a result.
    pub fn only_error_class(&self) -> Option<&str> {
        if self.response.documented {
            return None;
        }
        self.errors.first()?.class.as_deref()
    }
}

impl SuccessResponse {
    /// The `Accept` header the SDKs send where it is not their default `application/json`: the
    /// media type of a JSON variant ([`json_variant`]) or of a text or binary response
    /// (`text/csv`, `application/pdf`: an API offering several answers with the one the SDK
    /// reads), then `application/json`, which error bodies are. A type a header cannot carry is
    /// left to the runtime's default.
    pub fn accept(&self) -> Option<String> {
        let ct = self.content_type.as_deref()?;
        let essence = match self.kind {
            ResponseKind::Json => json_variant(ct)?,
            ResponseKind::Text | ResponseKind::Binary => media_essence(ct)?,
            ResponseKind::Empty => return None,
        };
        Some(format!("{essence}, application/json"))
    }
}

/// The media type of a content type without its parameters (`text/csv; charset=utf-8` →
/// `text/csv`), when it is one a header may carry: token/token (`*/*` and `image/*` included).
pub fn media_essence(content_type: &str) -> Option<&str> {
    let essence = content_type.split(';').next().unwrap_or("").trim();
    let token = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_alphanumeric() || b"!#$&-^_.+*".contains(&b));
    essence.split_once('/').is_some_and(|(t, sub)| token(t) && token(sub)).then_some(essence)
}

/// The media type (without parameters) of a JSON variant: `application/vnd.api+json`,
/// `application/ld+json`. The SDKs name it in `Content-Type` and `Accept`, where they would say
/// `application/json`: servers of such types may refuse plain JSON (JSON:API answers 415 and 406).
pub fn json_variant(content_type: &str) -> Option<&str> {
    // Only what a header may carry: a token/token media type.
    let essence = media_essence(content_type)?;
    let suffixed = essence.len() > "+json".len() && essence.to_ascii_lowercase().ends_with("+json");
    (suffixed && !essence.contains('*')).then_some(essence)
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum BodyEncoding {
    Json,
    /// application/x-www-form-urlencoded
    Form,
    /// multipart/form-data
    Multipart,
    /// application/octet-stream and other binary media
    Binary,
    /// text/*
    Text,
}

#[derive(Debug, Clone, Serialize)]
pub struct SuccessResponse {
    /// The documented success status (the lowest 2xx; 200 when only `default` is documented, or
    /// nothing).
    pub status: u16,
    /// A success is documented (a 2xx, `2XX` or `default`). When not, the operation documents
    /// only errors and the SDK's method returns nothing for a 2xx.
    pub documented: bool,
    pub kind: ResponseKind,
    pub content_type: Option<String>,
    /// What the method returns: the envelope's `data` when `enveloped`; `None` for no content.
    pub type_: Option<TypeRef>,
    pub enveloped: bool,
    pub doc: Option<String>,
    /// The example of what the method returns (already unwrapped from the envelope).
    pub example: Option<serde_json::Value>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ResponseKind {
    Json,
    Text,
    Binary,
    Empty,
}

#[derive(Debug, Clone, Serialize)]
pub struct ErrorResponse {
    /// `"404"`, `"4XX"` or `"default"`.
    pub status: String,
    /// The error class this status maps to (`ErrorClass::name`), when it maps to one.
    pub class: Option<String>,
    pub doc: Option<String>,
}

/// Cursor pagination: `limit`/`cursor` in, `items`/`nextCursor` out.
#[derive(Debug, Clone, Serialize)]
pub struct Pagination {
    /// `Input::name` of the cursor input and its wire name.
    pub cursor_input: String,
    pub cursor_param: String,
    pub limit_input: Option<String>,
    /// Wire names of the page's fields.
    pub items_field: String,
    pub next_cursor_field: String,
    pub has_more_field: Option<String>,
    pub item_type: TypeRef,
}

/// A resource-scoped sub-client: every operation under `/tenants/{tenantId}/...` reachable as
/// `TenantScope(core, id).<group>.<method>()` with the parameter bound.
#[derive(Debug, Clone, Serialize)]
pub struct Scope {
    /// snake_case, unique: `tenant` gives `TenantScope` and the accessor `tenant(id)`.
    pub name: String,
    /// PascalCase (`Tenant`, `OAuth` when a service spells it so); targets add `Scope`.
    pub type_name: String,
    /// The bound path parameter.
    pub param: ScopeParam,
    /// Path parameters of the enclosing resources, outermost first: a nested scope's constructor
    /// takes these before `param` (`RoleScope(core, tenant_id, role_id)`).
    pub outer_params: Vec<ScopeParam>,
    /// Path prefix up to and including the parameter: `/api/tenants/{tenantId}`.
    pub path_prefix: String,
    /// Enclosing scope (`Scope::name`), for nested resources.
    pub parent: Option<String>,
    /// The service that owns the resource.
    pub service: String,
    /// Operations on the resource itself (path == prefix): `get`, `update`, `delete`.
    pub methods: Vec<ScopedOperation>,
    /// Groups of operations below the resource (`members`, `roles`), by first static segment.
    pub groups: Vec<ScopeGroup>,
    /// Nested scopes (`Scope::name`).
    pub children: Vec<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct ScopeParam {
    pub name: String,
    pub wire_name: String,
    pub type_: TypeRef,
}

#[derive(Debug, Clone, Serialize)]
pub struct ScopeGroup {
    /// snake_case: `members`.
    pub name: String,
    pub operations: Vec<ScopedOperation>,
}

#[derive(Debug, Clone, Serialize)]
pub struct ScopedOperation {
    /// Method name inside the scope or group (`list` for `members.list()`), unique there.
    pub name: String,
    /// `Service::name` and `Operation::name` of the implementing operation.
    pub service: String,
    pub operation: String,
    /// Names of the inputs bound by this scope and its parents (not exposed in the signature).
    pub bound_inputs: Vec<String>,
}

/// Where the `{ ok, data, error }` envelope keeps its parts (wire names).
#[derive(Debug, Clone, Serialize)]
pub struct Envelope {
    pub ok_field: String,
    pub data_field: String,
    pub error_field: String,
    pub code_field: String,
    pub message_field: String,
    pub details_field: Option<String>,
}

/// Named enum values that ship with the services.
#[derive(Debug, Clone, Serialize)]
pub struct Constant {
    /// SCREAMING_SNAKE plural: `QUOTA_PERIODS`.
    pub name: String,
    /// The enum type the values come from.
    pub type_name: String,
    pub values: Vec<serde_json::Value>,
}

/// Levels (an alias, an array, a property each count one) of a synthesised test value (Python's
/// and TypeScript's tests) below which nullables and arrays get a value, and past which nothing
/// is written (a type with no finite value).
const SAMPLE_SHALLOW: usize = 6;
const SAMPLE_DEEPEST: usize = 16;

impl Api {
    /// Where a synthesised test value of type `t` at `depth` stops: past `SAMPLE_SHALLOW` a
    /// nullable is null, an array empty and an object of several required properties null (it
    /// would multiply the value at every level: a recursive one, to millions), so values only go
    /// on in a line (a required string seven aliases deep is still a string); past
    /// `SAMPLE_DEEPEST` everything is null. `None`: write the value out.
    pub fn sample_cut(&self, t: &TypeRef, depth: usize) -> Option<serde_json::Value> {
        use serde_json::Value;
        if depth > SAMPLE_DEEPEST {
            return Some(Value::Null);
        }
        if depth <= SAMPLE_SHALLOW {
            return None;
        }
        match t {
            TypeRef::Nullable { .. } => Some(Value::Null),
            TypeRef::Array { .. } => Some(Value::Array(vec![])),
            TypeRef::Named { name } => match self.types.get(name).map(|d| &d.kind) {
                Some(TypeKind::Object(o)) if o.properties.iter().filter(|p| p.required).count() > 1 => {
                    Some(Value::Null)
                }
                _ => None,
            },
            _ => None,
        }
    }

    /// Whether `input` is a field that the schema of `op`'s optional body requires. The method
    /// takes it as optional (the body may be left out, and with it every field), but a body that
    /// is sent must carry it: a validating server refuses one without it. So the generated tests
    /// and usage examples, which send the body, pass it (dev.to's `createArticle`, a body of
    /// Swagger 2 origin that is optional as a whole, requiring `title`).
    pub fn required_by_body_schema(&self, op: &Operation, input: &Input) -> bool {
        let Some(body) = op.body.as_ref().filter(|b| !b.required && b.fields_flattened) else { return false };
        if input.source != InputSource::BodyField || input.required {
            return false;
        }
        let mut t = body.type_.non_null();
        // Through aliases (a bounded walk: an alias may name another).
        for _ in 0..16 {
            let TypeRef::Named { name } = t else { return false };
            match self.types.get(name).map(|d| &d.kind) {
                Some(TypeKind::Object(o)) => {
                    return o.properties.iter().any(|p| p.required && p.wire_name == input.wire_name)
                }
                Some(TypeKind::Alias { target }) => t = target.non_null(),
                _ => return false,
            }
        }
        false
    }
}

#[cfg(test)]
mod tests {
    use super::{json_variant, Input, InputSource, ResponseKind, SuccessResponse, TypeRef};

    #[test]
    fn json_variants_are_suffixed_json_types_a_header_can_carry() {
        assert_eq!(json_variant("application/vnd.api+json"), Some("application/vnd.api+json"));
        assert_eq!(json_variant("application/ld+json; charset=utf-8"), Some("application/ld+json"));
        assert_eq!(json_variant("Application/Problem+JSON"), Some("Application/Problem+JSON"));
        for plain in ["application/json", "+json", "*/*", "application/*", "text/plain", ""] {
            assert_eq!(json_variant(plain), None, "{plain}");
        }
        // Nothing from a hostile spec reaches a header but a media type.
        for hostile in ["application/x+json\r\nX-Evil: 1", "application/\"a\"+json", "app lication/x+json", "/x+json"] {
            assert_eq!(json_variant(hostile), None, "{hostile:?}");
        }
    }

    #[test]
    fn text_and_binary_answers_are_asked_for_by_type() {
        // Text and binary answers are asked for by their type (without parameters).
        let response = |kind, ct: &str| SuccessResponse {
            status: 200,
            documented: true,
            kind,
            content_type: Some(ct.to_string()),
            type_: None,
            enveloped: false,
            doc: None,
            example: None,
        };
        assert_eq!(
            response(ResponseKind::Text, "text/csv; charset=utf-8").accept().as_deref(),
            Some("text/csv, application/json")
        );
        assert_eq!(response(ResponseKind::Binary, "image/*").accept().as_deref(), Some("image/*, application/json"));
        assert_eq!(response(ResponseKind::Json, "application/json").accept(), None);
        assert_eq!(response(ResponseKind::Binary, "image/png\r\nX-Evil: 1").accept(), None);
    }

    #[test]
    fn patterns_apply_to_plain_string_inputs() {
        // A pattern applies to a plain string input, not to an enum's (its values are the type).
        let input = |type_: TypeRef| Input {
            name: "sid".into(),
            wire_name: "sid".into(),
            source: InputSource::Body,
            type_,
            required: true,
            doc: None,
            default: None,
            example: None,
            deprecated: false,
            service_defaults: Vec::new(),
            constraints: crate::ir::Constraints { pattern: Some("^MG[0-9]{4}$".into()), ..Default::default() },
        };
        let sample = serde_json::Value::from("example");
        assert!(input(TypeRef::string())
            .constrained_value(sample.clone())
            .as_str()
            .is_some_and(|s| s.starts_with("MG")));
        let enumeration = input(TypeRef::Named { name: "Kind".into() });
        assert_eq!(enumeration.constrained_value(sample.clone()), sample);
        assert!(enumeration.fits_constraints(&sample));
    }
}
