//! The shapes of the API description the runtime reads (filled in by `api.rs`).

/// A security scheme of the API, by its name in the API description.
#[derive(Debug, Clone, Copy)]
pub(crate) struct SecurityScheme {
    pub(crate) key: &'static str,
    pub(crate) kind: SchemeKind,
}

/// How a scheme's credential is sent.
#[derive(Debug, Clone, Copy)]
#[allow(dead_code)]
pub(crate) enum SchemeKind {
    /// `Authorization: Bearer <token>`.
    Bearer,
    /// `Authorization: Basic base64(username ":" password)`, from the core's Basic credentials.
    Basic,
    /// The API key in the named header.
    ApiKeyHeader(&'static str),
    /// The API key in the named query parameter.
    ApiKeyQuery(&'static str),
    /// The API key in the named cookie.
    ApiKeyCookie(&'static str),
}

/// Where the API's `{ ok, data, error }` envelope keeps its parts.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Envelope {
    pub(crate) ok_field: &'static str,
    pub(crate) data_field: &'static str,
    pub(crate) error_field: &'static str,
    pub(crate) code_field: &'static str,
    pub(crate) message_field: &'static str,
    pub(crate) details_field: Option<&'static str>,
}
