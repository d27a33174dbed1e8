//! The error classes of the API: one [`ErrorKind`] per class, with its parent.

/// The class of an [`GatekeeperError`](crate::GatekeeperError).
///
/// Classes form a hierarchy: [`ErrorKind::is_a`] is true for the kind itself and every parent
/// (an error from an API error code is also an error of its HTTP status class).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ErrorKind {
    /// The request was malformed or failed validation (400, 422).
    Validation,
    /// Missing, invalid or expired credentials (401).
    Authentication,
    /// The credentials are valid but not allowed to do this (403).
    Forbidden,
    /// The resource does not exist (404).
    NotFound,
    /// The request conflicts with the current state of the resource (409).
    Conflict,
    /// An If-Match precondition failed: the resource changed since it was read (412). Carries the current ETag.
    PreconditionFailed,
    /// Too many requests (429). The error carries the seconds from the Retry-After header.
    RateLimit,
    /// The server failed (5xx).
    Server,
    /// The server failed unexpectedly (500).
    InternalServer,
    /// An upstream server failed (502).
    BadGateway,
    /// The service is temporarily unavailable (503).
    ServiceUnavailable,
    /// An upstream server did not answer in time (504).
    GatewayTimeout,
    /// A status no other error class stands for.
    UnexpectedStatus,
    /// No response: the connection failed (DNS, refused, reset, TLS).
    ApiConnection,
    /// No response within the timeout.
    ApiTimeout,
    /// The request is malformed (unparseable JSON, bad query parameter).
    BadRequest,
    /// The body is well-formed but a field is invalid; see details.fields.
    ValidationFailed,
    /// No credentials, or credentials of the wrong kind, were sent.
    Unauthorized,
    /// The bearer, refresh, reset, verification or challenge token is not valid.
    InvalidToken,
    /// The token has expired; refresh the session (or start over) and retry.
    TokenExpired,
    /// Email or password is wrong.
    InvalidCredentials,
    /// The TOTP or recovery code is wrong or already used.
    InvalidMfaCode,
    /// The API key is unknown or malformed.
    InvalidKey,
    /// The API key is past its expiry (details.expiredAt); rotate or replace it.
    ExpiredKey,
    /// The action needs MFA (enrolled, or a completed challenge) first.
    MfaRequired,
    /// The action needs a verified email address first.
    EmailNotVerified,
    /// The API key has been revoked.
    RevokedKey,
    /// The API key lacks a required scope (details.missingScopes).
    InsufficientScope,
    /// The API key or tenant used up its quota for the period; see Retry-After.
    QuotaExceeded,
    /// Too many requests from this caller; see Retry-After.
    RateLimited,
    /// Unexpected server error (details.requestId).
    Internal,
    /// The request was refused before it was sent: an invalid header value (CR or LF), base
    /// URL or body.
    InvalidRequest,
    /// A success response whose body does not have the documented shape.
    InvalidResponse,
}

impl ErrorKind {
    pub(crate) const CONNECTION: ErrorKind = ErrorKind::ApiConnection;
    pub(crate) const TIMEOUT: ErrorKind = ErrorKind::ApiTimeout;

    /// The class name, as in the other SDKs (`NotFoundError`).
    pub fn name(self) -> &'static str {
        match self {
            Self::Validation => "ValidationError",
            Self::Authentication => "AuthenticationError",
            Self::Forbidden => "ForbiddenError",
            Self::NotFound => "NotFoundError",
            Self::Conflict => "ConflictError",
            Self::PreconditionFailed => "PreconditionFailedError",
            Self::RateLimit => "RateLimitError",
            Self::Server => "ServerError",
            Self::InternalServer => "InternalServerError",
            Self::BadGateway => "BadGatewayError",
            Self::ServiceUnavailable => "ServiceUnavailableError",
            Self::GatewayTimeout => "GatewayTimeoutError",
            Self::UnexpectedStatus => "UnexpectedStatusError",
            Self::ApiConnection => "APIConnectionError",
            Self::ApiTimeout => "APITimeoutError",
            Self::BadRequest => "BadRequestError",
            Self::ValidationFailed => "ValidationFailedError",
            Self::Unauthorized => "UnauthorizedError",
            Self::InvalidToken => "InvalidTokenError",
            Self::TokenExpired => "TokenExpiredError",
            Self::InvalidCredentials => "InvalidCredentialsError",
            Self::InvalidMfaCode => "InvalidMfaCodeError",
            Self::InvalidKey => "InvalidKeyError",
            Self::ExpiredKey => "ExpiredKeyError",
            Self::MfaRequired => "MfaRequiredError",
            Self::EmailNotVerified => "EmailNotVerifiedError",
            Self::RevokedKey => "RevokedKeyError",
            Self::InsufficientScope => "InsufficientScopeError",
            Self::QuotaExceeded => "QuotaExceededError",
            Self::RateLimited => "RateLimitedError",
            Self::Internal => "InternalError",
            Self::InvalidRequest => "InvalidRequestError",
            Self::InvalidResponse => "InvalidResponseError",
        }
    }

    /// The kind of a class name (`"NotFoundError"`).
    pub fn from_name(name: &str) -> Option<ErrorKind> {
        match name {
            "ValidationError" => Some(Self::Validation),
            "AuthenticationError" => Some(Self::Authentication),
            "ForbiddenError" => Some(Self::Forbidden),
            "NotFoundError" => Some(Self::NotFound),
            "ConflictError" => Some(Self::Conflict),
            "PreconditionFailedError" => Some(Self::PreconditionFailed),
            "RateLimitError" => Some(Self::RateLimit),
            "ServerError" => Some(Self::Server),
            "InternalServerError" => Some(Self::InternalServer),
            "BadGatewayError" => Some(Self::BadGateway),
            "ServiceUnavailableError" => Some(Self::ServiceUnavailable),
            "GatewayTimeoutError" => Some(Self::GatewayTimeout),
            "UnexpectedStatusError" => Some(Self::UnexpectedStatus),
            "APIConnectionError" => Some(Self::ApiConnection),
            "APITimeoutError" => Some(Self::ApiTimeout),
            "BadRequestError" => Some(Self::BadRequest),
            "ValidationFailedError" => Some(Self::ValidationFailed),
            "UnauthorizedError" => Some(Self::Unauthorized),
            "InvalidTokenError" => Some(Self::InvalidToken),
            "TokenExpiredError" => Some(Self::TokenExpired),
            "InvalidCredentialsError" => Some(Self::InvalidCredentials),
            "InvalidMfaCodeError" => Some(Self::InvalidMfaCode),
            "InvalidKeyError" => Some(Self::InvalidKey),
            "ExpiredKeyError" => Some(Self::ExpiredKey),
            "MfaRequiredError" => Some(Self::MfaRequired),
            "EmailNotVerifiedError" => Some(Self::EmailNotVerified),
            "RevokedKeyError" => Some(Self::RevokedKey),
            "InsufficientScopeError" => Some(Self::InsufficientScope),
            "QuotaExceededError" => Some(Self::QuotaExceeded),
            "RateLimitedError" => Some(Self::RateLimited),
            "InternalError" => Some(Self::Internal),
            "InvalidRequestError" => Some(Self::InvalidRequest),
            "InvalidResponseError" => Some(Self::InvalidResponse),
            _ => None,
        }
    }

    /// The parent class; `None` for the classes directly below `GatekeeperError`.
    pub fn parent(self) -> Option<ErrorKind> {
        match self {
            Self::InternalServer => Some(Self::Server),
            Self::BadGateway => Some(Self::Server),
            Self::ServiceUnavailable => Some(Self::Server),
            Self::GatewayTimeout => Some(Self::Server),
            Self::ApiTimeout => Some(Self::ApiConnection),
            Self::BadRequest => Some(Self::Validation),
            Self::ValidationFailed => Some(Self::Validation),
            Self::Unauthorized => Some(Self::Authentication),
            Self::InvalidToken => Some(Self::Authentication),
            Self::TokenExpired => Some(Self::Authentication),
            Self::InvalidCredentials => Some(Self::Authentication),
            Self::InvalidMfaCode => Some(Self::Authentication),
            Self::InvalidKey => Some(Self::Authentication),
            Self::ExpiredKey => Some(Self::Authentication),
            Self::MfaRequired => Some(Self::Forbidden),
            Self::EmailNotVerified => Some(Self::Forbidden),
            Self::RevokedKey => Some(Self::Forbidden),
            Self::InsufficientScope => Some(Self::Forbidden),
            Self::QuotaExceeded => Some(Self::RateLimit),
            Self::RateLimited => Some(Self::RateLimit),
            Self::Internal => Some(Self::InternalServer),
            _ => None,
        }
    }

    /// Whether this kind is `other` or one of its subclasses.
    pub fn is_a(self, other: ErrorKind) -> bool {
        let mut kind = Some(self);
        while let Some(k) = kind {
            if k == other {
                return true;
            }
            kind = k.parent();
        }
        false
    }

    /// The kind of an API error code, when the API documents it.
    pub fn from_code(code: &str) -> Option<ErrorKind> {
        match code {
            "bad_request" => Some(Self::BadRequest),
            "validation_failed" => Some(Self::ValidationFailed),
            "unauthorized" => Some(Self::Unauthorized),
            "invalid_token" => Some(Self::InvalidToken),
            "token_expired" => Some(Self::TokenExpired),
            "invalid_credentials" => Some(Self::InvalidCredentials),
            "invalid_mfa_code" => Some(Self::InvalidMfaCode),
            "invalid_key" => Some(Self::InvalidKey),
            "expired_key" => Some(Self::ExpiredKey),
            "forbidden" => Some(Self::Forbidden),
            "mfa_required" => Some(Self::MfaRequired),
            "email_not_verified" => Some(Self::EmailNotVerified),
            "revoked_key" => Some(Self::RevokedKey),
            "insufficient_scope" => Some(Self::InsufficientScope),
            "not_found" => Some(Self::NotFound),
            "conflict" => Some(Self::Conflict),
            "precondition_failed" => Some(Self::PreconditionFailed),
            "quota_exceeded" => Some(Self::QuotaExceeded),
            "rate_limited" => Some(Self::RateLimited),
            "internal" => Some(Self::Internal),
            "service_unavailable" => Some(Self::ServiceUnavailable),
            _ => None,
        }
    }

    /// The class of an HTTP status alone; `for_response` (in `error.rs`) adds the API's error code.
    pub(crate) fn for_status(status: u16) -> ErrorKind {
        match status {
            400 | 422 => Self::Validation,
            401 => Self::Authentication,
            403 => Self::Forbidden,
            404 => Self::NotFound,
            409 => Self::Conflict,
            412 => Self::PreconditionFailed,
            429 => Self::RateLimit,
            500 => Self::InternalServer,
            502 => Self::BadGateway,
            503 => Self::ServiceUnavailable,
            504 => Self::GatewayTimeout,
            501 | 505..=599 => Self::Server,
            _ => Self::UnexpectedStatus,
        }
    }
}
