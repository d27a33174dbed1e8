//! The one error type every call returns.

use std::fmt;
use std::time::Duration;

use reqwest::header::HeaderMap;
use serde_json::Value;

use crate::errors::ErrorKind;

type BoxError = Box<dyn std::error::Error + Send + Sync + 'static>;

/// An error from a call: an error response from the API, a failure to reach it, or a request
/// refused before it was sent.
///
/// [`Error::kind`] tells which class of error this is; [`ErrorKind::is_a`] also matches the parent
/// classes (an invalid-key error is an authentication error too). Responses give their status,
/// the API's error code and message, the `Retry-After` delay, the request id and the raw body.
///
/// Neither the bearer token nor the API key ever appear in an error or its `Debug` output.
pub struct Error {
    inner: Box<Inner>,
}

#[derive(Debug)]
struct Inner {
    kind: ErrorKind,
    message: String,
    status: Option<u16>,
    code: Option<String>,
    details: Option<Value>,
    body: Option<Value>,
    headers: Option<HeaderMap>,
    request_id: Option<String>,
    retry_after: Option<Duration>,
    current_etag: Option<String>,
    source: Option<BoxError>,
}

impl Error {
    pub(crate) fn new(kind: ErrorKind, message: impl Into<String>) -> Self {
        Error {
            inner: Box::new(Inner {
                kind,
                message: message.into(),
                status: None,
                code: None,
                details: None,
                body: None,
                headers: None,
                request_id: None,
                retry_after: None,
                current_etag: None,
                source: None,
            }),
        }
    }

    /// A request refused before it was sent (invalid header value, base URL or body).
    pub(crate) fn invalid_request(message: impl Into<String>) -> Self {
        Error::new(ErrorKind::InvalidRequest, message)
    }

    /// A success response whose body does not have the documented shape.
    pub(crate) fn invalid_response(message: impl Into<String>, status: u16) -> Self {
        let mut error = Error::new(ErrorKind::InvalidResponse, message);
        error.inner.status = Some(status);
        error
    }

    pub(crate) fn with_source(mut self, source: impl Into<BoxError>) -> Self {
        self.inner.source = Some(source.into());
        self
    }

    /// An error response, with everything it carries.
    #[allow(clippy::too_many_arguments)]
    pub(crate) fn from_response(
        kind: ErrorKind,
        status: u16,
        message: String,
        code: Option<String>,
        details: Option<Value>,
        body: Option<Value>,
        headers: HeaderMap,
        retry_after: Option<Duration>,
    ) -> Self {
        let mut error = Error::new(kind, message);
        let inner = &mut error.inner;
        inner.status = Some(status);
        inner.code = code;
        inner.details = details;
        inner.body = body;
        inner.request_id = header_str(&headers, "x-request-id");
        if status == 412 {
            inner.current_etag = header_str(&headers, "etag");
        }
        inner.retry_after = retry_after;
        inner.headers = Some(headers);
        error
    }

    /// The class of error; see [`ErrorKind::is_a`] to test against a parent class.
    pub fn kind(&self) -> ErrorKind {
        self.inner.kind
    }

    /// Whether this error is of class `kind` or of one of its subclasses.
    pub fn is_a(&self, kind: ErrorKind) -> bool {
        self.inner.kind.is_a(kind)
    }

    /// The HTTP status of the error response; `None` when no response was received.
    pub fn status(&self) -> Option<u16> {
        self.inner.status
    }

    /// The API's machine-readable error code, when the response had one.
    pub fn code(&self) -> Option<&str> {
        self.inner.code.as_deref()
    }

    /// A human-readable description: the API's message, or one made from the status.
    pub fn message(&self) -> &str {
        &self.inner.message
    }

    /// Extra details the API gave about the error.
    pub fn details(&self) -> Option<&Value> {
        self.inner.details.as_ref()
    }

    /// The response body: its JSON, or the raw text as a JSON string when it was not JSON.
    pub fn body(&self) -> Option<&Value> {
        self.inner.body.as_ref()
    }

    /// The response headers.
    pub fn headers(&self) -> Option<&HeaderMap> {
        self.inner.headers.as_ref()
    }

    /// The `x-request-id` of the failed response, to quote when asking for support.
    pub fn request_id(&self) -> Option<&str> {
        self.inner.request_id.as_deref()
    }

    /// How long the server asked to wait before trying again (`Retry-After` or `retry-after-ms`).
    pub fn retry_after(&self) -> Option<Duration> {
        self.inner.retry_after
    }

    /// On a failed precondition (412): the current `ETag` of the resource, to retry the update
    /// against.
    pub fn current_etag(&self) -> Option<&str> {
        self.inner.current_etag.as_deref()
    }
}

impl ErrorKind {
    /// The kind of an error response. A code's class is used only under the statuses its nearest
    /// status class stands for (the status it is documented with): `internal` on a 503 is a
    /// service-unavailable error, not the internal-server error of 500. A 2xx with `ok: false`
    /// has no status class to agree with: its code decides.
    pub(crate) fn for_response(status: u16, code: Option<&str>) -> ErrorKind {
        let by_status = ErrorKind::for_status(status);
        match code.and_then(ErrorKind::from_code) {
            Some(by_code)
                if (200..300).contains(&status) || by_code.status_kind() == Some(by_status) =>
            {
                by_code
            }
            _ => by_status,
        }
    }

    /// This kind or its nearest parent that a status maps to (internal: internal-server).
    fn status_kind(self) -> Option<ErrorKind> {
        // A status kind is one `for_status` answers for some status; 100..=599 reaches them all
        // (the unexpected kind too: no status below 400 has a class of its own).
        let is_status_kind =
            |kind: ErrorKind| (100..=599).any(|s| ErrorKind::for_status(s) == kind);
        let mut kind = Some(self);
        while let Some(k) = kind {
            if is_status_kind(k) {
                return Some(k);
            }
            kind = k.parent();
        }
        None
    }
}

pub(crate) fn header_str(headers: &HeaderMap, name: &str) -> Option<String> {
    headers
        .get(name)
        .and_then(|v| v.to_str().ok())
        .map(str::to_string)
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let inner = &self.inner;
        write!(f, "{}", inner.kind.name())?;
        match (inner.status, inner.code.as_deref()) {
            (Some(status), Some(code)) => write!(f, " ({status} {code})")?,
            (Some(status), None) => write!(f, " ({status})")?,
            (None, Some(code)) => write!(f, " ({code})")?,
            (None, None) => {}
        }
        write!(f, ": {}", inner.message)?;
        if let Some(request_id) = &inner.request_id {
            write!(f, " [request id {request_id}]")?;
        }
        Ok(())
    }
}

impl fmt::Debug for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let inner = &self.inner;
        let mut s = f.debug_struct(crate::api::ERROR_NAME);
        s.field("kind", &inner.kind)
            .field("message", &inner.message);
        if let Some(status) = inner.status {
            s.field("status", &status);
        }
        if let Some(code) = &inner.code {
            s.field("code", code);
        }
        if let Some(request_id) = &inner.request_id {
            s.field("request_id", request_id);
        }
        if let Some(retry_after) = inner.retry_after {
            s.field("retry_after", &retry_after);
        }
        if let Some(etag) = &inner.current_etag {
            s.field("current_etag", etag);
        }
        if let Some(source) = &inner.source {
            s.field("source", source);
        }
        s.finish()
    }
}

impl std::error::Error for Error {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        self.inner
            .source
            .as_ref()
            .map(|e| e.as_ref() as &(dyn std::error::Error + 'static))
    }
}
