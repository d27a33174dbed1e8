//! What the runtime needs to know about this API.

use crate::definition::{Envelope, SchemeKind, SecurityScheme};

pub(crate) const PACKAGE_NAME: &str = "gatekeeper-sdk";
pub(crate) const VERSION: &str = "1.0.0";
pub(crate) const ENV_PREFIX: &str = "GATEKEEPER";
pub(crate) const CORE_NAME: &str = "GatekeeperCore";
pub(crate) const ERROR_NAME: &str = "GatekeeperError";

pub(crate) const ENVELOPE: Option<Envelope> = Some(Envelope {
    ok_field: "ok",
    data_field: "data",
    error_field: "error",
    code_field: "code",
    message_field: "message",
    details_field: Some("details"),
});

pub(crate) const SECURITY_SCHEMES: &[SecurityScheme] = &[
    SecurityScheme {
        key: "bearerAuth",
        kind: SchemeKind::Bearer,
    },
    SecurityScheme {
        key: "apiKeyAuth",
        kind: SchemeKind::ApiKeyHeader("X-API-Key"),
    },
    SecurityScheme {
        key: "platformAuth",
        kind: SchemeKind::Bearer,
    },
];
