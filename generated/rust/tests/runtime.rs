//! The runtime against a local mock server: envelope unwrapping, error kinds per status and
//! error code, `Retry-After`, request ids and error bodies that are not JSON.

use std::time::Duration;

use gatekeeper_sdk::{ApiRequest, ErrorKind, GatekeeperCore, GatekeeperError, Method};
use serde_json::{json, Value};
use wiremock::matchers::{method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

/// A mock server answering `GET /probe` with `template`, and a core without retries over it.
async fn serve(template: ResponseTemplate) -> (MockServer, GatekeeperCore) {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/probe"))
        .respond_with(template)
        .mount(&server)
        .await;
    let core = GatekeeperCore::builder(server.uri()).max_retries(0).build();
    (server, core)
}

async fn probe(core: &GatekeeperCore) -> Result<Value, GatekeeperError> {
    core.request(ApiRequest::new(Method::GET, "/probe")).await
}

const STATUS_CASES: &[(u16, ErrorKind)] = &[
    (400, ErrorKind::Validation),
    (422, ErrorKind::Validation),
    (401, ErrorKind::Authentication),
    (403, ErrorKind::Forbidden),
    (404, ErrorKind::NotFound),
    (409, ErrorKind::Conflict),
    (412, ErrorKind::PreconditionFailed),
    (429, ErrorKind::RateLimit),
    (500, ErrorKind::InternalServer),
    (502, ErrorKind::BadGateway),
    (503, ErrorKind::ServiceUnavailable),
    (504, ErrorKind::GatewayTimeout),
    (501, ErrorKind::Server),
    (418, ErrorKind::UnexpectedStatus),
];

#[tokio::test]
async fn statuses_map_to_their_error_kind() {
    for (status, kind) in STATUS_CASES {
        let (_server, core) = serve(ResponseTemplate::new(*status)).await;
        let error = probe(&core).await.unwrap_err();
        assert_eq!(error.kind(), *kind, "status {status}");
        assert_eq!(error.status(), Some(*status));
        assert!(error.message().contains(&status.to_string()));
    }
}

const CODE_CASES: &[(u16, &str, ErrorKind)] = &[
    (400, "bad_request", ErrorKind::BadRequest),
    (422, "validation_failed", ErrorKind::ValidationFailed),
    (401, "unauthorized", ErrorKind::Unauthorized),
    (401, "invalid_token", ErrorKind::InvalidToken),
    (401, "token_expired", ErrorKind::TokenExpired),
    (401, "invalid_credentials", ErrorKind::InvalidCredentials),
    (401, "invalid_mfa_code", ErrorKind::InvalidMfaCode),
    (401, "invalid_key", ErrorKind::InvalidKey),
    (401, "expired_key", ErrorKind::ExpiredKey),
    (403, "forbidden", ErrorKind::Forbidden),
    (403, "mfa_required", ErrorKind::MfaRequired),
    (403, "email_not_verified", ErrorKind::EmailNotVerified),
    (403, "revoked_key", ErrorKind::RevokedKey),
    (403, "insufficient_scope", ErrorKind::InsufficientScope),
    (404, "not_found", ErrorKind::NotFound),
    (409, "conflict", ErrorKind::Conflict),
    (412, "precondition_failed", ErrorKind::PreconditionFailed),
    (429, "quota_exceeded", ErrorKind::QuotaExceeded),
    (429, "rate_limited", ErrorKind::RateLimited),
    (500, "internal", ErrorKind::Internal),
    (503, "service_unavailable", ErrorKind::ServiceUnavailable),
];

fn error_body(code: &str, message: &str) -> Value {
    json!({ "ok": false, "error": { "code": code, "message": message } })
}

#[tokio::test]
async fn error_codes_take_precedence_over_statuses() {
    for (status, code, kind) in CODE_CASES {
        let template = ResponseTemplate::new(*status).set_body_json(error_body(code, "refused"));
        let (_server, core) = serve(template).await;
        let error = probe(&core).await.unwrap_err();
        assert_eq!(error.kind(), *kind, "code {code}");
        assert!(error.is_a(kind.parent().unwrap_or(*kind)));
        assert_eq!(error.code(), Some(*code));
        assert_eq!(error.message(), "refused");
    }
}

#[tokio::test]
async fn the_envelope_is_unwrapped() {
    let body = json!({ "ok": true, "data": { "id": "x_1" } });
    let (_server, core) = serve(ResponseTemplate::new(200).set_body_json(body)).await;
    assert_eq!(probe(&core).await.unwrap(), json!({ "id": "x_1" }));
}

#[tokio::test]
async fn retry_after_and_request_id_are_kept() {
    let template = ResponseTemplate::new(429)
        .insert_header("retry-after", "7")
        .insert_header("x-request-id", "req_42");
    let (_server, core) = serve(template).await;
    let error = probe(&core).await.unwrap_err();
    assert_eq!(error.kind(), ErrorKind::RateLimit);
    assert_eq!(error.retry_after(), Some(Duration::from_secs(7)));
    assert_eq!(error.request_id(), Some("req_42"));
}

#[tokio::test]
async fn a_non_json_error_body_keeps_its_status() {
    let template =
        ResponseTemplate::new(502).set_body_raw("<html>upstream down</html>", "text/html");
    let (_server, core) = serve(template).await;
    let error = probe(&core).await.unwrap_err();
    assert_eq!(error.kind(), ErrorKind::BadGateway);
    assert_eq!(error.status(), Some(502));
    assert!(error.message().contains("upstream down"));
    assert_eq!(error.body(), Some(&json!("<html>upstream down</html>")));
}

#[test]
fn unknown_enum_values_survive_a_round_trip() {
    type Model = gatekeeper_sdk::models::QuotaPeriod;
    const FUTURE: &str = "a-value-from-the-future";
    let unknown: Model = serde_json::from_value(json!(FUTURE)).unwrap();
    assert_eq!(unknown, Model::Unknown(FUTURE.to_string()));
    assert_eq!(serde_json::to_value(&unknown).unwrap(), json!(FUTURE));
    let wire = json!("hour");
    let known: Model = serde_json::from_value(wire.clone()).unwrap();
    assert_eq!(known, Model::Hour);
    assert_eq!(serde_json::to_value(&known).unwrap(), wire);
}
