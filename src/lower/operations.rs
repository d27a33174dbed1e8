//! Paths → operations: method names, inputs in signature order, request bodies, success responses
//! (with the envelope unwrapped), documented errors, security, pagination, idempotency and ETags.

use std::collections::HashSet;

use openapiv3::{MediaType, Parameter, ParameterSchemaOrContent, ReferenceOr, Schema, StatusCode};
use serde_json::Value;

use crate::diagnostics::{pointer_escape, Diagnostics, SpecError};
use crate::ir::{
    BodyEncoding, HttpMethod, Input, InputSource, Operation, ParamLocation, ParamStyle, RequestBody, ResponseKind,
    SuccessResponse, TypeKind, TypeRef,
};
use crate::lower::schema::{flat, TypeLowerer};
use crate::naming::{self, NameSet};
use crate::resolve::Resolver;

/// The schema of an envelope's `data` and the pointer it was found at.
type PayloadSchema<'a> = (&'a ReferenceOr<Box<Schema>>, String);

/// Header parameters the runtime sets itself; declaring them does not make them method inputs.
const RUNTIME_HEADERS: &[&str] = &["accept", "content-type", "authorization", "user-agent", "content-length"];
const IDEMPOTENCY_HEADERS: &[&str] = &["idempotency-key", "x-idempotency-key"];

/// What the envelope looks like, when responses use one.
#[derive(Clone, Debug)]
pub struct EnvelopeShape {
    pub ok_field: String,
    pub data_field: String,
}

pub struct OperationLowerer<'a, 'b> {
    pub resolver: &'a Resolver<'a>,
    pub types: &'b mut TypeLowerer<'a>,
    pub envelope: Option<EnvelopeShape>,
    pub global_security: Vec<Vec<String>>,
    pub scheme_keys: Vec<String>,
}

pub fn method_of(m: &str) -> Option<HttpMethod> {
    Some(match m {
        "get" => HttpMethod::Get,
        "put" => HttpMethod::Put,
        "post" => HttpMethod::Post,
        "delete" => HttpMethod::Delete,
        "options" => HttpMethod::Options,
        "head" => HttpMethod::Head,
        "patch" => HttpMethod::Patch,
        "trace" => HttpMethod::Trace,
        _ => return None,
    })
}

/// An operationId made from method and path when the spec gives none: `get_api_tenants_tenant_id`.
pub fn synthesize_id(method: HttpMethod, path: &str) -> String {
    let words = naming::split_words(path);
    let mut id = method.as_str().to_ascii_lowercase();
    for w in words {
        id.push('_');
        id.push_str(&w);
    }
    id
}

/// The method name: the operationId without the service's leading words (`tenantsListMembers` in
/// `tenants` → `list_members`; `billingPlans` → `plans`). Dotted ids (`tenants.create`) keep their
/// last segment.
pub fn method_name(op_id: &str, service: &str) -> String {
    if let Some((_, last)) = op_id.rsplit_once('.') {
        if !last.is_empty() {
            return naming::snake(last);
        }
    }
    let words: Vec<String> = naming::snake(op_id).split('_').map(str::to_string).collect();
    let joined: String = service.split('_').collect();
    let singular = naming::singularize(&joined);
    // The shortest run of leading words that spells the service name (`o`+`auth` = `oauth`).
    let mut acc = String::new();
    for (k, w) in words.iter().enumerate() {
        acc.push_str(w);
        if k + 1 < words.len() && (acc == joined || acc == singular) {
            return words[k + 1..].join("_");
        }
        if acc.len() >= joined.len() {
            break;
        }
    }
    words.join("_")
}

fn param_parts(p: &Parameter) -> (ParamLocation, ParamStyle, bool) {
    use openapiv3::{CookieStyle, HeaderStyle, PathStyle, QueryStyle};
    let data = p.parameter_data_ref();
    match p {
        Parameter::Query { style, .. } => {
            let st = match style {
                QueryStyle::Form => ParamStyle::Form,
                QueryStyle::SpaceDelimited => ParamStyle::SpaceDelimited,
                QueryStyle::PipeDelimited => ParamStyle::PipeDelimited,
                QueryStyle::DeepObject => ParamStyle::DeepObject,
            };
            (ParamLocation::Query, st, data.explode.unwrap_or(st == ParamStyle::Form || st == ParamStyle::DeepObject))
        }
        Parameter::Path { style, .. } => {
            let st = match style {
                PathStyle::Simple => ParamStyle::Simple,
                PathStyle::Label => ParamStyle::Label,
                PathStyle::Matrix => ParamStyle::Matrix,
            };
            (ParamLocation::Path, st, data.explode.unwrap_or(false))
        }
        Parameter::Header { style, .. } => {
            let HeaderStyle::Simple = style;
            (ParamLocation::Header, ParamStyle::Simple, data.explode.unwrap_or(false))
        }
        Parameter::Cookie { style, .. } => {
            let CookieStyle::Form = style;
            (ParamLocation::Cookie, ParamStyle::Form, data.explode.unwrap_or(true))
        }
    }
}

fn location_rank(source: &InputSource) -> u8 {
    match source {
        InputSource::Param { location: ParamLocation::Path, .. } => 0,
        InputSource::BodyField | InputSource::Body => 1,
        InputSource::Param { location: ParamLocation::Query, .. } => 2,
        InputSource::Param { location: ParamLocation::Header, .. } => 3,
        InputSource::Param { location: ParamLocation::Cookie, .. } => 4,
    }
}

fn location_word(source: &InputSource) -> &'static str {
    match source {
        InputSource::Param { location: ParamLocation::Path, .. } => "path",
        InputSource::Param { location: ParamLocation::Query, .. } => "query",
        InputSource::Param { location: ParamLocation::Header, .. } => "header",
        InputSource::Param { location: ParamLocation::Cookie, .. } => "cookie",
        InputSource::BodyField | InputSource::Body => "body",
    }
}

fn media_example(resolver: &Resolver<'_>, media: &MediaType, schema: Option<&Schema>, at: &str) -> Option<Value> {
    if let Some(e) = &media.example {
        return Some(e.clone());
    }
    for (_, ex) in &media.examples {
        if let Ok(e) = resolver.example(ex, at) {
            if let Some(v) = &e.value {
                return Some(v.clone());
            }
        }
    }
    schema.and_then(|s| s.schema_data.example.clone())
}

fn is_json(ct: &str) -> bool {
    let ct = ct.to_ascii_lowercase();
    let essence = ct.split(';').next().unwrap_or("").trim();
    essence == "application/json" || essence.ends_with("+json") || essence == "*/*" || essence == "application/*"
}

fn body_encoding(ct: &str) -> BodyEncoding {
    let ct = ct.to_ascii_lowercase();
    let essence = ct.split(';').next().unwrap_or("").trim().to_string();
    if is_json(&essence) {
        BodyEncoding::Json
    } else if essence == "application/x-www-form-urlencoded" {
        BodyEncoding::Form
    } else if essence.starts_with("multipart/") {
        BodyEncoding::Multipart
    } else if essence.starts_with("text/") || essence.ends_with("+xml") || essence == "application/xml" {
        BodyEncoding::Text
    } else {
        BodyEncoding::Binary
    }
}

/// Preferred request content: JSON, then multipart, form, binary, text.
fn pick_request_content(content: &indexmap::IndexMap<String, MediaType>) -> Option<(&String, &MediaType)> {
    let rank = |ct: &str| match body_encoding(ct) {
        BodyEncoding::Json => 0,
        BodyEncoding::Multipart => 1,
        BodyEncoding::Form => 2,
        BodyEncoding::Binary => 3,
        BodyEncoding::Text => 4,
    };
    content.iter().min_by_key(|(ct, _)| rank(ct))
}

impl<'a, 'b> OperationLowerer<'a, 'b> {
    #[allow(clippy::too_many_arguments)]
    pub fn lower(
        &mut self,
        path: &str,
        method: HttpMethod,
        op: &'a openapiv3::Operation,
        path_params: &'a [ReferenceOr<Parameter>],
        id: String,
        name: String,
        diags: &mut Diagnostics,
    ) -> Result<Operation, SpecError> {
        let at = format!("/paths/{}/{}", pointer_escape(path), method.as_str().to_ascii_lowercase());
        let hint = naming::pascal(&id);

        // Parameters: path-level ones, overridden by operation-level ones with the same name and place.
        let mut params: Vec<(&'a Parameter, String)> = Vec::new();
        for (i, p) in path_params.iter().enumerate() {
            let ptr = format!("/paths/{}/parameters/{i}", pointer_escape(path));
            params.push((self.resolver.parameter(p, &ptr)?, ptr));
        }
        for (i, p) in op.parameters.iter().enumerate() {
            let ptr = format!("{at}/parameters/{i}");
            let param = self.resolver.parameter(p, &ptr)?;
            let key = |x: &Parameter| (x.parameter_data_ref().name.clone(), std::mem::discriminant(x));
            if let Some(slot) = params.iter_mut().find(|(q, _)| key(q) == key(param)) {
                *slot = (param, ptr);
            } else {
                params.push((param, ptr));
            }
        }

        let mut inputs: Vec<Input> = Vec::new();
        let mut idempotency_header = None;
        let mut seen_params = HashSet::new();
        for (p, ptr) in &params {
            let data = p.parameter_data_ref();
            let (location, style, explode) = param_parts(p);
            if !seen_params.insert((data.name.clone(), location_word(&InputSource::Param { location, style, explode })))
            {
                diags.warn(ptr, format!("parameter `{}` is declared twice; the first is used", data.name));
                continue;
            }
            let lower_name = data.name.to_ascii_lowercase();
            if location == ParamLocation::Header && IDEMPOTENCY_HEADERS.contains(&lower_name.as_str()) {
                idempotency_header = Some(data.name.clone());
                continue;
            }
            if location == ParamLocation::Header && RUNTIME_HEADERS.contains(&lower_name.as_str()) {
                continue;
            }
            let type_ = match &data.format {
                ParameterSchemaOrContent::Schema(s) => {
                    let t = self.types.type_ref(
                        s,
                        &format!("{hint}{}", naming::pascal(&data.name)),
                        &format!("{ptr}/schema"),
                        diags,
                    )?;
                    t
                }
                ParameterSchemaOrContent::Content(c) => match c.iter().next() {
                    Some((_, media)) => match &media.schema {
                        Some(s) => self.types.type_ref(
                            s,
                            &format!("{hint}{}", naming::pascal(&data.name)),
                            &format!("{ptr}/content"),
                            diags,
                        )?,
                        None => TypeRef::string(),
                    },
                    None => TypeRef::string(),
                },
            };
            let schema = match &data.format {
                ParameterSchemaOrContent::Schema(s) => self.resolver.schema(s, ptr).ok().map(|(s, _)| s),
                ParameterSchemaOrContent::Content(_) => None,
            };
            let schema_data = schema.map(|s| &s.schema_data);
            let example = data
                .example
                .clone()
                .or_else(|| {
                    data.examples
                        .values()
                        .find_map(|e| self.resolver.example(e, ptr).ok().and_then(|e| e.value.clone()))
                })
                .or_else(|| schema_data.and_then(|d| d.example.clone()))
                .or_else(|| schema_data.and_then(|d| d.default.clone()));
            let required = data.required || location == ParamLocation::Path;
            inputs.push(Input {
                name: naming::snake(&data.name),
                wire_name: data.name.clone(),
                source: InputSource::Param { location, style, explode },
                type_,
                required,
                doc: data.description.clone().filter(|d| !d.trim().is_empty()),
                default: schema_data.and_then(|d| d.default.clone()),
                example,
                deprecated: data.deprecated.unwrap_or(false),
                service_defaults: Vec::new(),
                constraints: schema.map(super::schema::constraints).unwrap_or_default(),
            });
        }
        // Path template parameters that were never declared still have to be filled in.
        for seg in path.split('/') {
            if let Some(p) = seg.strip_prefix('{').and_then(|s| s.strip_suffix('}')) {
                let declared = inputs.iter().any(|i| {
                    i.wire_name == p && matches!(i.source, InputSource::Param { location: ParamLocation::Path, .. })
                });
                if !declared {
                    diags.warn(&at, format!("path parameter `{p}` is not declared; typed as a string"));
                    inputs.push(Input {
                        name: naming::snake(p),
                        wire_name: p.to_string(),
                        source: InputSource::Param {
                            location: ParamLocation::Path,
                            style: ParamStyle::Simple,
                            explode: false,
                        },
                        type_: TypeRef::string(),
                        required: true,
                        doc: None,
                        default: None,
                        example: None,
                        deprecated: false,
                        service_defaults: Vec::new(),
                        constraints: Default::default(),
                    });
                }
            }
        }
        // Path parameters in template order.
        let order: Vec<&str> =
            path.split('/').filter_map(|s| s.strip_prefix('{').and_then(|s| s.strip_suffix('}'))).collect();
        inputs.sort_by_key(|i| match i.source {
            InputSource::Param { location: ParamLocation::Path, .. } => {
                order.iter().position(|p| *p == i.wire_name).unwrap_or(usize::MAX)
            }
            _ => usize::MAX,
        });

        let body = match &op.request_body {
            Some(b) => self.body(b, &hint, &format!("{at}/requestBody"), &mut inputs, diags)?,
            None => None,
        };

        // Signature order: required before optional, then by location, stable within.
        inputs.sort_by_key(|i| (!i.required, location_rank(&i.source)));
        let mut names = NameSet::new();
        for input in &mut inputs {
            let candidate = if names.contains(&input.name) {
                format!("{}_{}", location_word(&input.source), input.name)
            } else {
                input.name.clone()
            };
            input.name = names.claim_snake(&candidate);
        }

        let (response, returns_etag) = self.success(op, &hint, &at, diags)?;
        let mut errors = Vec::new();
        for (status, r) in &op.responses.responses {
            let code = match status {
                StatusCode::Code(c) => c.to_string(),
                StatusCode::Range(r) => format!("{r}XX"),
            };
            if code.starts_with('1') || code.starts_with('2') || code.starts_with('3') {
                continue;
            }
            let doc = self.resolver.response(r, &format!("{at}/responses/{code}"))?.description.clone();
            errors.push(crate::ir::ErrorResponse {
                status: code,
                class: None,
                doc: Some(doc).filter(|d| !d.trim().is_empty()),
            });
        }
        if let Some(d) = &op.responses.default {
            if response.status != 0 {
                let doc = self.resolver.response(d, &format!("{at}/responses/default"))?.description.clone();
                errors.push(crate::ir::ErrorResponse {
                    status: "default".into(),
                    class: None,
                    doc: Some(doc).filter(|d| !d.trim().is_empty()),
                });
            }
        }

        let security = match &op.security {
            Some(reqs) => self.security(reqs, &format!("{at}/security"), diags),
            None => self.global_security.clone(),
        };

        let pagination = match response.type_.as_ref().map(TypeRef::non_null) {
            Some(TypeRef::Named { name }) => match self.types.get(name).map(|d| &d.kind) {
                Some(TypeKind::Object(o)) => super::pagination::detect(&inputs, o),
                _ => None,
            },
            _ => None,
        };

        Ok(Operation {
            id,
            name,
            method,
            path: path.to_string(),
            summary: op.summary.clone().filter(|s| !s.trim().is_empty()),
            description: op.description.clone().filter(|s| !s.trim().is_empty()),
            deprecated: op.deprecated,
            inputs,
            body,
            response: SuccessResponse { status: if response.status == 0 { 200 } else { response.status }, ..response },
            errors,
            security,
            pagination,
            idempotency_header,
            returns_etag,
            origin: at,
        })
    }

    pub fn security(
        &self,
        reqs: &[openapiv3::SecurityRequirement],
        at: &str,
        diags: &mut Diagnostics,
    ) -> Vec<Vec<String>> {
        let mut out = Vec::new();
        for (i, req) in reqs.iter().enumerate() {
            let mut alt = Vec::new();
            let mut usable = true;
            for key in req.keys() {
                if self.scheme_keys.contains(key) {
                    alt.push(key.clone());
                } else {
                    diags.warn(
                        format!("{at}/{i}"),
                        format!("security scheme `{key}` is not defined; this alternative is ignored"),
                    );
                    usable = false;
                }
            }
            if usable && !out.contains(&alt) {
                out.push(alt);
            }
        }
        out
    }

    fn body(
        &mut self,
        b: &'a ReferenceOr<openapiv3::RequestBody>,
        hint: &str,
        at: &str,
        inputs: &mut Vec<Input>,
        diags: &mut Diagnostics,
    ) -> Result<Option<RequestBody>, SpecError> {
        let body = self.resolver.request_body(b, at)?;
        let Some((ct, media)) = pick_request_content(&body.content) else {
            diags.warn(at, "request body has no content; ignored");
            return Ok(None);
        };
        let encoding = body_encoding(ct);
        let media_at = format!("{at}/content/{}", pointer_escape(ct));
        let schema = media.schema.as_ref().and_then(|s| self.resolver.schema(s, &media_at).ok().map(|(s, _)| s));
        let example = media_example(self.resolver, media, schema, &media_at);
        let type_ = match (&media.schema, encoding) {
            (Some(s), _) => self.types.type_ref(s, &format!("{hint}Request"), &format!("{media_at}/schema"), diags)?,
            (None, BodyEncoding::Json) => TypeRef::Any,
            (None, BodyEncoding::Text) => TypeRef::string(),
            (None, _) => TypeRef::String { format: crate::ir::StringFormat::Binary },
        };
        // Text and binary bodies are raw values even when their schema says `type: string`.
        let type_ = match encoding {
            BodyEncoding::Binary => TypeRef::String { format: crate::ir::StringFormat::Binary },
            BodyEncoding::Text => TypeRef::string(),
            _ => type_,
        };
        let object = match &type_ {
            TypeRef::Named { name } => match self.types.get(name).map(|d| &d.kind) {
                Some(TypeKind::Object(o)) if o.additional_properties.is_none() && !o.properties.is_empty() => {
                    Some(o.clone())
                }
                _ => None,
            },
            _ => None,
        };
        // A multipart body is a set of named parts; one whose schema is a single value (a file, an
        // array, a primitive) does not name its part, so it is sent as one part: `file` for bytes
        // (the name upload endpoints and `curl -F file=@..` use), else `body`.
        let single_part = encoding == BodyEncoding::Multipart
            && matches!(
                type_.non_null(),
                TypeRef::String { .. }
                    | TypeRef::Integer { .. }
                    | TypeRef::Number { .. }
                    | TypeRef::Boolean
                    | TypeRef::Array { .. }
                    | TypeRef::Literal { .. }
            );
        let fields_flattened =
            single_part || (object.is_some() && encoding != BodyEncoding::Binary && encoding != BodyEncoding::Text);
        if let (false, true, Some(obj)) = (single_part, fields_flattened, &object) {
            for p in obj.properties.iter().filter(|p| !p.read_only) {
                let field_example =
                    example.as_ref().and_then(|e| e.get(&p.wire_name)).cloned().or_else(|| p.example.clone());
                inputs.push(Input {
                    name: p.name.clone(),
                    wire_name: p.wire_name.clone(),
                    source: InputSource::BodyField,
                    type_: p.type_.clone(),
                    required: p.required && body.required,
                    doc: p.doc.clone(),
                    default: p.default.clone(),
                    example: field_example,
                    deprecated: p.deprecated,
                    service_defaults: Vec::new(),
                    constraints: p.constraints.clone(),
                });
            }
        } else {
            // The whole body is one input: the body, or the one part of a multipart body.
            let (name, source) = if single_part {
                let part = match type_.non_null() {
                    TypeRef::String { format: crate::ir::StringFormat::Binary } => "file",
                    _ => "body",
                };
                diags.warn(
                    format!("{media_at}/schema"),
                    format!(
                        "multipart body is not an object, so it names no part; it is sent as one part named `{part}`"
                    ),
                );
                (part, InputSource::BodyField)
            } else {
                ("body", InputSource::Body)
            };
            inputs.push(Input {
                name: name.into(),
                wire_name: if single_part { name.into() } else { String::new() },
                source,
                type_: type_.clone(),
                required: body.required,
                doc: body.description.clone().filter(|d| !d.trim().is_empty()),
                default: None,
                example: example.clone(),
                deprecated: false,
                service_defaults: Vec::new(),
                constraints: Default::default(),
            });
        }
        Ok(Some(RequestBody {
            content_type: ct.clone(),
            encoding,
            type_,
            required: body.required,
            doc: body.description.clone().filter(|d| !d.trim().is_empty()),
            fields_flattened,
            example,
        }))
    }

    /// The success response: the lowest documented 2xx, else a 2XX range, else `default`.
    /// `status` 0 in the result means only `default` was documented.
    fn success(
        &mut self,
        op: &'a openapiv3::Operation,
        hint: &str,
        at: &str,
        diags: &mut Diagnostics,
    ) -> Result<(SuccessResponse, bool), SpecError> {
        let mut chosen: Option<(u16, String, &'a ReferenceOr<openapiv3::Response>)> = None;
        for (status, r) in &op.responses.responses {
            let (code, key) = match status {
                StatusCode::Code(c) if (200..300).contains(c) => (*c, c.to_string()),
                StatusCode::Range(2) => (299, "2XX".to_string()),
                _ => continue,
            };
            if chosen.as_ref().is_none_or(|(c, _, _)| code < *c) {
                chosen = Some((code, key, r));
            }
        }
        let (status, key, r) = match (chosen, &op.responses.default) {
            (Some((c, k, r)), _) => (if c == 299 { 200 } else { c }, k, r),
            (None, Some(d)) => (0, "default".to_string(), d),
            (None, None) => {
                return Ok((
                    SuccessResponse {
                        status: 200,
                        documented: false,
                        kind: ResponseKind::Empty,
                        content_type: None,
                        type_: None,
                        enveloped: false,
                        doc: None,
                        example: None,
                    },
                    false,
                ))
            }
        };
        let r_at = format!("{at}/responses/{key}");
        let resp = self.resolver.response(r, &r_at)?;
        let returns_etag = resp.headers.keys().any(|h| h.eq_ignore_ascii_case("etag"));
        let doc = Some(resp.description.clone()).filter(|d| !d.trim().is_empty());
        let empty = |kind, ct: Option<String>| SuccessResponse {
            status,
            documented: true,
            kind,
            content_type: ct,
            type_: None,
            enveloped: false,
            doc: doc.clone(),
            example: None,
        };
        if status == 204 || resp.content.is_empty() {
            return Ok((empty(ResponseKind::Empty, None), returns_etag));
        }
        let json = resp.content.iter().find(|(ct, _)| is_json(ct));
        let text = resp.content.iter().find(|(ct, _)| body_encoding(ct) == BodyEncoding::Text);
        if let Some((ct, media)) = json {
            let media_at = format!("{r_at}/content/{}", pointer_escape(ct));
            let schema = media.schema.as_ref().and_then(|s| self.resolver.schema(s, &media_at).ok().map(|(s, _)| s));
            let example = media_example(self.resolver, media, schema, &media_at);
            // The envelope: `{ ok, data }` → the method returns `data`.
            if let (Some(env), Some(s)) = (&self.envelope, media.schema.as_ref()) {
                if let Some((data_schema, data_at)) =
                    self.envelope_data(s, env, &format!("{media_at}/schema"), diags)?
                {
                    let type_ = self.types.boxed_ref(data_schema, &format!("{hint}Response"), &data_at, 0, diags)?;
                    let example = example.and_then(|e| e.get(&env.data_field).cloned());
                    return Ok((
                        SuccessResponse {
                            status,
                            documented: true,
                            kind: ResponseKind::Json,
                            content_type: Some(ct.clone()),
                            type_: Some(type_),
                            enveloped: true,
                            doc,
                            example,
                        },
                        returns_etag,
                    ));
                }
            }
            let type_ = match &media.schema {
                Some(s) => self.types.type_ref(s, &format!("{hint}Response"), &format!("{media_at}/schema"), diags)?,
                None => TypeRef::Any,
            };
            return Ok((
                SuccessResponse {
                    status,
                    documented: true,
                    kind: ResponseKind::Json,
                    content_type: Some(ct.clone()),
                    type_: Some(type_),
                    enveloped: false,
                    doc,
                    example,
                },
                returns_etag,
            ));
        }
        if let Some((ct, media)) = text {
            let example = media_example(self.resolver, media, None, &r_at);
            return Ok((
                SuccessResponse {
                    status,
                    documented: true,
                    kind: ResponseKind::Text,
                    content_type: Some(ct.clone()),
                    type_: Some(TypeRef::string()),
                    enveloped: false,
                    doc,
                    example,
                },
                returns_etag,
            ));
        }
        let ct = resp.content.keys().next().cloned();
        Ok((
            SuccessResponse {
                status,
                documented: true,
                kind: ResponseKind::Binary,
                content_type: ct,
                type_: Some(TypeRef::String { format: crate::ir::StringFormat::Binary }),
                enveloped: false,
                doc,
                example: None,
            },
            returns_etag,
        ))
    }

    /// If `schema` is the success envelope, the schema of its `data` property.
    fn envelope_data(
        &self,
        schema: &'a ReferenceOr<Schema>,
        env: &EnvelopeShape,
        at: &str,
        diags: &mut Diagnostics,
    ) -> Result<Option<PayloadSchema<'a>>, SpecError> {
        let _ = diags;
        let mut members: Vec<(&'a Schema, String)> = Vec::new();
        let (root, _) = match self.resolver.schema(schema, at) {
            Ok(x) => x,
            Err(_) => return Ok(None),
        };
        collect_members(self.resolver, root, at, &mut members, 0);
        let mut has_ok = false;
        let mut data = None;
        for (m, ptr) in &members {
            for (k, v) in flat(m).properties {
                if *k == env.ok_field {
                    has_ok = true;
                }
                if *k == env.data_field {
                    data = Some((v, format!("{ptr}/properties/{}", pointer_escape(k))));
                }
            }
        }
        Ok(if has_ok { data } else { None })
    }
}

/// The schema and its allOf members, references followed (for envelope detection).
pub(crate) fn collect_members<'a>(
    resolver: &Resolver<'a>,
    schema: &'a Schema,
    at: &str,
    out: &mut Vec<(&'a Schema, String)>,
    depth: usize,
) {
    if depth > 16 {
        return;
    }
    out.push((schema, at.to_string()));
    for (i, m) in flat(schema).all_of.iter().enumerate() {
        let ptr = format!("{at}/allOf/{i}");
        if let Ok((s, name)) = resolver.schema(m, &ptr) {
            let ptr = name.map_or(ptr, |n| format!("/components/schemas/{}", pointer_escape(&n)));
            collect_members(resolver, s, &ptr, out, depth + 1);
        }
    }
}
