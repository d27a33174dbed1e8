//! The error classes of the API: one [`ErrorKind`] per class, with its parent.

/// The class of an [`GatekeeperError`](crate::GatekeeperError).
///
/// Classes form a hierarchy: [`ErrorKind::is_a`] is true for the kind itself and every parent
/// (an error from an API error code is also an error of its HTTP status class).
///
/// A class the API adds later is a new variant (the enum is `#[non_exhaustive]`), and each
/// variant's discriminant is fixed by its name, so no other variant's changes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ErrorKind {
    /// The request was malformed or failed validation (400, 422).
    Validation = 1024647066,
    /// Missing, invalid or expired credentials (401).
    Authentication = 2018011009,
    /// The credentials are valid but not allowed to do this (403).
    Forbidden = 698888626,
    /// The resource does not exist (404).
    NotFound = 771579846,
    /// The request conflicts with the current state of the resource (409).
    Conflict = 2010374383,
    /// An If-Match precondition failed: the resource changed since it was read (412). Carries the current ETag.
    PreconditionFailed = 894342846,
    /// Too many requests (429). The error carries the seconds from the Retry-After header.
    RateLimit = 70042946,
    /// The server failed (5xx).
    Server = 1836253938,
    /// The server failed unexpectedly (500).
    InternalServer = 1001904747,
    /// An upstream server failed (502).
    BadGateway = 489308150,
    /// The service is temporarily unavailable (503).
    ServiceUnavailable = 1097492102,
    /// An upstream server did not answer in time (504).
    GatewayTimeout = 1799753940,
    /// A status no other error class stands for.
    UnexpectedStatus = 803162704,
    /// No response: the connection failed (DNS, refused, reset, TLS).
    ApiConnection = 1836122559,
    /// No response within the timeout.
    ApiTimeout = 939258458,
    /// The request is malformed (unparseable JSON, bad query parameter).
    BadRequest = 1186043881,
    /// The body is well-formed but a field is invalid; see details.fields.
    ValidationFailed = 1202118603,
    /// No credentials, or credentials of the wrong kind, were sent.
    Unauthorized = 1762623891,
    /// The bearer, refresh, reset, verification or challenge token is not valid.
    InvalidToken = 1201517573,
    /// The token has expired; refresh the session (or start over) and retry.
    TokenExpired = 1022119251,
    /// Email or password is wrong.
    InvalidCredentials = 1403846102,
    /// The TOTP or recovery code is wrong or already used.
    InvalidMfaCode = 452869483,
    /// The API key is unknown or malformed.
    InvalidKey = 1431133455,
    /// The API key is past its expiry (details.expiredAt); rotate or replace it.
    ExpiredKey = 2135748057,
    /// The action needs MFA (enrolled, or a completed challenge) first.
    MfaRequired = 486881052,
    /// The action needs a verified email address first.
    EmailNotVerified = 641229084,
    /// The API key has been revoked.
    RevokedKey = 1482360412,
    /// The API key lacks a required scope (details.missingScopes).
    InsufficientScope = 1450692230,
    /// The API key or tenant used up its quota for the period; see Retry-After.
    QuotaExceeded = 821562174,
    /// Too many requests from this caller; see Retry-After.
    RateLimited = 2090784147,
    /// Unexpected server error (details.requestId).
    Internal = 658420768,
    /// The request was refused before it was sent: an invalid header value (CR or LF), base
    /// URL or body.
    InvalidRequest = 425919665,
    /// A success response whose body does not have the documented shape.
    InvalidResponse = 2079523695,
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
