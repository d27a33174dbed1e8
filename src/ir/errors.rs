//! The error model: which error class a failed call raises, as data that every target renders once.

use serde::Serialize;

#[derive(Debug, Clone, Serialize)]
pub struct ErrorModel {
    /// Root class every SDK error derives from: `GatekeeperError`.
    pub base: String,
    /// Every class below the root, parents before children.
    pub classes: Vec<ErrorClass>,
    /// The API's error codes (from the error envelope's `code` enum) and the class each maps to.
    pub codes: Vec<ErrorCode>,
}

#[derive(Debug, Clone, Serialize)]
pub struct ErrorClass {
    /// PascalCase, ends in `Error`: `RateLimitError`.
    pub name: String,
    /// Parent class name; the root (`ErrorModel::base`) for top-level classes.
    pub parent: String,
    pub kind: ErrorClassKind,
    /// HTTP statuses this class stands for (`[400, 422]` for validation).
    pub statuses: Vec<u16>,
    /// A status class (`5` for every 5xx) this class catches when no exact status matches.
    pub status_class: Option<u16>,
    /// For `Code` classes: the API error code.
    pub code: Option<String>,
    /// Whether a request failing this way may succeed if sent again (informational; the retry
    /// policy in each runtime decides on statuses).
    pub retryable: bool,
    pub doc: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ErrorClassKind {
    /// Raised for an HTTP status (or status class).
    Status,
    /// Raised for an API error code; a subclass of its status class.
    Code,
    /// A status no other class claims.
    UnexpectedStatus,
    /// No response: connection refused, DNS, TLS, reset.
    Connection,
    /// No response in time; a subclass of the connection error.
    Timeout,
}

#[derive(Debug, Clone, Serialize)]
pub struct ErrorCode {
    pub code: String,
    /// The class raised for this code.
    pub class: String,
    /// The HTTP status the API sends it with, when known.
    pub status: Option<u16>,
    pub doc: Option<String>,
}
