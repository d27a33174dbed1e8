//! The error model: an ordered list of rules from HTTP status to error class, plus one class per
//! API error code. To add a rule, add a row to `STATUS_RULES` (parents before children) and a fixture.

use openapiv3::ReferenceOr;
use serde_json::Value;

use crate::ir::{ErrorClass, ErrorClassKind, ErrorCode, ErrorModel, TypeDef, TypeKind, TypeRef};
use crate::naming::{self, NameSet};

/// One row of the status table.
struct StatusRule {
    name: &'static str,
    parent: Option<&'static str>,
    kind: ErrorClassKind,
    statuses: &'static [u16],
    status_class: Option<u16>,
    retryable: bool,
    doc: &'static str,
}

const STATUS_RULES: &[StatusRule] = &[
    StatusRule {
        name: "ValidationError",
        parent: None,
        kind: ErrorClassKind::Status,
        statuses: &[400, 422],
        status_class: None,
        retryable: false,
        doc: "The request was malformed or failed validation (400, 422).",
    },
    StatusRule {
        name: "AuthenticationError",
        parent: None,
        kind: ErrorClassKind::Status,
        statuses: &[401],
        status_class: None,
        retryable: false,
        doc: "Missing, invalid or expired credentials (401).",
    },
    StatusRule {
        name: "ForbiddenError",
        parent: None,
        kind: ErrorClassKind::Status,
        statuses: &[403],
        status_class: None,
        retryable: false,
        doc: "The credentials are valid but not allowed to do this (403).",
    },
    StatusRule {
        name: "NotFoundError",
        parent: None,
        kind: ErrorClassKind::Status,
        statuses: &[404],
        status_class: None,
        retryable: false,
        doc: "The resource does not exist (404).",
    },
    StatusRule {
        name: "ConflictError",
        parent: None,
        kind: ErrorClassKind::Status,
        statuses: &[409],
        status_class: None,
        retryable: false,
        doc: "The request conflicts with the current state of the resource (409).",
    },
    StatusRule {
        name: "PreconditionFailedError",
        parent: None,
        kind: ErrorClassKind::Status,
        statuses: &[412],
        status_class: None,
        retryable: false,
        doc: "An If-Match precondition failed: the resource changed since it was read (412). Carries the current ETag.",
    },
    StatusRule {
        name: "RateLimitError",
        parent: None,
        kind: ErrorClassKind::Status,
        statuses: &[429],
        status_class: None,
        retryable: true,
        doc: "Too many requests (429). The error carries the seconds from the Retry-After header.",
    },
    StatusRule {
        name: "ServerError",
        parent: None,
        kind: ErrorClassKind::Status,
        statuses: &[],
        status_class: Some(5),
        retryable: false,
        doc: "The server failed (5xx).",
    },
    StatusRule {
        name: "InternalServerError",
        parent: Some("ServerError"),
        kind: ErrorClassKind::Status,
        statuses: &[500],
        status_class: None,
        retryable: false,
        doc: "The server failed unexpectedly (500).",
    },
    StatusRule {
        name: "BadGatewayError",
        parent: Some("ServerError"),
        kind: ErrorClassKind::Status,
        statuses: &[502],
        status_class: None,
        retryable: true,
        doc: "An upstream server failed (502).",
    },
    StatusRule {
        name: "ServiceUnavailableError",
        parent: Some("ServerError"),
        kind: ErrorClassKind::Status,
        statuses: &[503],
        status_class: None,
        retryable: true,
        doc: "The service is temporarily unavailable (503).",
    },
    StatusRule {
        name: "GatewayTimeoutError",
        parent: Some("ServerError"),
        kind: ErrorClassKind::Status,
        statuses: &[504],
        status_class: None,
        retryable: true,
        doc: "An upstream server did not answer in time (504).",
    },
    StatusRule {
        name: "UnexpectedStatusError",
        parent: None,
        kind: ErrorClassKind::UnexpectedStatus,
        statuses: &[],
        status_class: None,
        retryable: false,
        doc: "A status no other error class stands for.",
    },
    StatusRule {
        name: "APIConnectionError",
        parent: None,
        kind: ErrorClassKind::Connection,
        statuses: &[],
        status_class: None,
        retryable: true,
        doc: "No response: the connection failed (DNS, refused, reset, TLS).",
    },
    StatusRule {
        name: "APITimeoutError",
        parent: Some("APIConnectionError"),
        kind: ErrorClassKind::Timeout,
        statuses: &[],
        status_class: None,
        retryable: true,
        doc: "No response within the timeout.",
    },
];

/// Names every target reserves for the error model (type names must not collide with them).
pub fn reserved_class_names() -> Vec<String> {
    STATUS_RULES.iter().map(|r| r.name.to_string()).collect()
}

/// The class a documented status maps to (`"404"` → `NotFoundError`); `None` for ranges and default.
pub fn class_for_status(model: &ErrorModel, status: &str) -> Option<String> {
    let code: u16 = status.parse().ok()?;
    if code < 400 {
        return None;
    }
    if let Some(c) = model.classes.iter().find(|c| c.kind == ErrorClassKind::Status && c.statuses.contains(&code)) {
        return Some(c.name.clone());
    }
    if let Some(c) = model.classes.iter().find(|c| c.status_class == Some(code / 100)) {
        return Some(c.name.clone());
    }
    model.classes.iter().find(|c| c.kind == ErrorClassKind::UnexpectedStatus).map(|c| c.name.clone())
}

/// Builds the model: the status classes, then one class per error code found in `code_enum`.
/// `statuses` maps codes to HTTP statuses (the `x-sdk-error-statuses` extension).
pub fn build(base: &str, code_enum: Option<&TypeDef>, statuses: Option<&Value>) -> ErrorModel {
    let mut classes: Vec<ErrorClass> = STATUS_RULES
        .iter()
        .map(|r| ErrorClass {
            name: r.name.to_string(),
            parent: r.parent.unwrap_or(base).to_string(),
            kind: r.kind,
            statuses: r.statuses.to_vec(),
            status_class: r.status_class,
            code: None,
            retryable: r.retryable,
            doc: r.doc.to_string(),
        })
        .collect();
    let mut names = NameSet::new();
    names.reserve(classes.iter().map(|c| c.name.as_str()));
    names.reserve([base]);
    let mut model = ErrorModel { base: base.to_string(), classes: Vec::new(), codes: Vec::new() };
    let mut codes = Vec::new();
    if let Some(TypeDef { kind: TypeKind::Enum(e), .. }) = code_enum {
        for v in &e.values {
            let Value::String(code) = &v.value else { continue };
            let status = statuses
                .and_then(|m| m.get(code))
                .and_then(|s| s.as_u64().or_else(|| s.as_str().and_then(|s| s.parse().ok())))
                .and_then(|s| u16::try_from(s).ok());
            let candidate = format!("{}Error", naming::pascal(code));
            let existing = classes.iter().find(|c| c.name == candidate).map(|c| c.name.clone());
            let class = match existing {
                // A code named like its status class (`not_found`) raises that class.
                Some(name) => name,
                None => {
                    let name = names.claim_pascal(&candidate);
                    model.classes = classes.clone();
                    let parent = status
                        .and_then(|s| class_for_status(&model, &s.to_string()))
                        .unwrap_or_else(|| base.to_string());
                    let parent_retryable = classes.iter().find(|c| c.name == parent).is_some_and(|c| c.retryable);
                    classes.push(ErrorClass {
                        name: name.clone(),
                        parent,
                        kind: ErrorClassKind::Code,
                        statuses: status.into_iter().collect(),
                        status_class: None,
                        code: Some(code.clone()),
                        retryable: parent_retryable,
                        doc: v.doc.clone().unwrap_or_else(|| format!("The API answered with error code `{code}`.")),
                    });
                    name
                }
            };
            codes.push(ErrorCode { code: code.clone(), class, status, doc: v.doc.clone() });
        }
    }
    model.classes = classes;
    model.codes = codes;
    model
}

/// The error-code enum: the type of `error.code` in the error envelope, if it is a named enum.
pub fn code_enum_name(
    error_type: &TypeRef,
    types: &dyn Fn(&str) -> Option<TypeDef>,
    code_field: &str,
) -> Option<String> {
    let TypeRef::Named { name } = error_type.non_null() else { return None };
    let TypeKind::Object(o) = types(name)?.kind else { return None };
    let code = o.properties.iter().find(|p| p.wire_name == code_field)?;
    match code.type_.non_null() {
        TypeRef::Named { name } => match types(name)?.kind {
            TypeKind::Enum(_) => Some(name.clone()),
            _ => None,
        },
        _ => None,
    }
}

/// The `x-sdk-error-statuses` extension of a component schema.
pub fn statuses_extension<'a>(doc: &'a openapiv3::OpenAPI, component: &str) -> Option<&'a Value> {
    let schema = doc.components.as_ref()?.schemas.get(component)?;
    match schema {
        ReferenceOr::Item(s) => s.schema_data.extensions.get("x-sdk-error-statuses"),
        ReferenceOr::Reference { .. } => None,
    }
}
