//! The schemas of the API description that no operation uses (such as webhook payloads or error
//! bodies), with the `all-models` feature; re-exported by [`models`](super).

use super::{
    ApiKey, ApiKeyPage, AuditEntry, AuditEntryPage, AuthSession, CreatedApiKey,
    CreatedServiceAccount, Empty, Entitlements, ExchangedToken, Health, Invoice, Job, JobPage,
    KeyInfo, LoginResult, Member, MemberPage, MfaStatus, OAuthAuthorization, PermissionCheck,
    PlanPage, QuotaCheck, RateLimitCheck, Role, RoleAssignment, RolePage, ServiceAccount,
    ServiceAccountPage, Subscription, SubscriptionOverride, Tenant, TenantPage, TokenPair,
    TotpEnrollment, UsageEvent, UsageEventPage, UsageSummary, User, WebhookDelivery,
    WebhookDeliveryPage, WebhookEndpoint, WebhookEndpointPage,
};
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use serde_json::Value;
use std::collections::BTreeMap;
use std::fmt;

/// `Serialize` and `Deserialize` for a string enum, through its `as_str` and `From<&str>`.
macro_rules! string_enum_serde {
    ($name:ident) => {
        impl Serialize for $name {
            fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_str(self.as_str())
            }
        }

        impl<'de> Deserialize<'de> for $name {
            fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                let value = String::deserialize(deserializer)?;
                Ok(Self::from(value.as_str()))
            }
        }
    };
}

/// Common part of every successful JSON response. Each `...Response` schema adds the `data` payload to it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct OkEnvelope {
    pub ok: bool,
}

/// Body of every error response.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ErrorEnvelope {
    pub ok: bool,
    pub error: ErrorBody,
}

/// What went wrong.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ErrorBody {
    pub code: ErrorCode,
    /// Human-readable explanation; do not parse it, branch on `code`.
    pub message: String,
    /// Extra machine-readable context that depends on the code (e.g. `fields` for `validation_failed`, `retryAfter` for `rate_limited`, `currentEtag` for `precondition_failed`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub details: Option<BTreeMap<String, Value>>,
}

/// Success envelope whose `data` is a `Empty`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct EmptyResponse {
    pub ok: bool,
    pub data: Empty,
}

/// Success envelope whose `data` is a `User`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct UserResponse {
    pub ok: bool,
    pub data: User,
}

/// Success envelope whose `data` is a `AuthSession`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct AuthSessionResponse {
    pub ok: bool,
    pub data: AuthSession,
}

/// Success envelope whose `data` is a `LoginResult`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct LoginResultResponse {
    pub ok: bool,
    pub data: LoginResult,
}

/// Success envelope whose `data` is a `TokenPair`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct TokenPairResponse {
    pub ok: bool,
    pub data: TokenPair,
}

/// Success envelope whose `data` is a `Tenant`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct TenantResponse {
    pub ok: bool,
    pub data: Tenant,
}

/// Success envelope whose `data` is a `TenantPage`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct TenantPageResponse {
    pub ok: bool,
    pub data: TenantPage,
}

/// Success envelope whose `data` is a `Member`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct MemberResponse {
    pub ok: bool,
    pub data: Member,
}

/// Success envelope whose `data` is a `MemberPage`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct MemberPageResponse {
    pub ok: bool,
    pub data: MemberPage,
}

/// Success envelope whose `data` is a `TotpEnrollment`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct TotpEnrollmentResponse {
    pub ok: bool,
    pub data: TotpEnrollment,
}

/// Success envelope whose `data` is a `MfaStatus`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct MfaStatusResponse {
    pub ok: bool,
    pub data: MfaStatus,
}

/// Success envelope whose `data` is a `ApiKey`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ApiKeyResponse {
    pub ok: bool,
    pub data: ApiKey,
}

/// Success envelope whose `data` is a `ApiKeyPage`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ApiKeyPageResponse {
    pub ok: bool,
    pub data: ApiKeyPage,
}

/// Success envelope whose `data` is a `CreatedApiKey`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct CreatedApiKeyResponse {
    pub ok: bool,
    pub data: CreatedApiKey,
}

/// Success envelope whose `data` is a `KeyInfo`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct KeyInfoResponse {
    pub ok: bool,
    pub data: KeyInfo,
}

/// Success envelope whose `data` is a `ExchangedToken`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ExchangedTokenResponse {
    pub ok: bool,
    pub data: ExchangedToken,
}

/// Success envelope whose `data` is a `UsageEvent`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct UsageEventResponse {
    pub ok: bool,
    pub data: UsageEvent,
}

/// Success envelope whose `data` is a `UsageEventPage`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct UsageEventPageResponse {
    pub ok: bool,
    pub data: UsageEventPage,
}

/// Success envelope whose `data` is a `QuotaCheck`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct QuotaCheckResponse {
    pub ok: bool,
    pub data: QuotaCheck,
}

/// Success envelope whose `data` is a `UsageSummary`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct UsageSummaryResponse {
    pub ok: bool,
    pub data: UsageSummary,
}

/// Success envelope whose `data` is a `Role`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct RoleResponse {
    pub ok: bool,
    pub data: Role,
}

/// Success envelope whose `data` is a `RolePage`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct RolePageResponse {
    pub ok: bool,
    pub data: RolePage,
}

/// Success envelope whose `data` is a `RoleAssignment`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct RoleAssignmentResponse {
    pub ok: bool,
    pub data: RoleAssignment,
}

/// Success envelope whose `data` is a `PermissionCheck`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct PermissionCheckResponse {
    pub ok: bool,
    pub data: PermissionCheck,
}

/// Success envelope whose `data` is a `WebhookEndpoint`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct WebhookEndpointResponse {
    pub ok: bool,
    pub data: WebhookEndpoint,
}

/// Success envelope whose `data` is a `WebhookEndpointPage`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct WebhookEndpointPageResponse {
    pub ok: bool,
    pub data: WebhookEndpointPage,
}

/// Success envelope whose `data` is a `WebhookDelivery`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct WebhookDeliveryResponse {
    pub ok: bool,
    pub data: WebhookDelivery,
}

/// Success envelope whose `data` is a `WebhookDeliveryPage`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct WebhookDeliveryPageResponse {
    pub ok: bool,
    pub data: WebhookDeliveryPage,
}

/// Success envelope whose `data` is a `AuditEntry`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct AuditEntryResponse {
    pub ok: bool,
    pub data: AuditEntry,
}

/// Success envelope whose `data` is a `AuditEntryPage`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct AuditEntryPageResponse {
    pub ok: bool,
    pub data: AuditEntryPage,
}

/// Success envelope whose `data` is a `PlanPage`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct PlanPageResponse {
    pub ok: bool,
    pub data: PlanPage,
}

/// Success envelope whose `data` is a `Subscription`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct SubscriptionResponse {
    pub ok: bool,
    pub data: Subscription,
}

/// Success envelope whose `data` is a `Entitlements`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct EntitlementsResponse {
    pub ok: bool,
    pub data: Entitlements,
}

/// Success envelope whose `data` is a `Invoice`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct InvoiceResponse {
    pub ok: bool,
    pub data: Invoice,
}

/// Success envelope whose `data` is a `OAuthAuthorization`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct OAuthAuthorizationResponse {
    pub ok: bool,
    pub data: OAuthAuthorization,
}

/// Success envelope whose `data` is a `RateLimitCheck`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct RateLimitCheckResponse {
    pub ok: bool,
    pub data: RateLimitCheck,
}

/// Success envelope whose `data` is a `SubscriptionOverride`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct SubscriptionOverrideResponse {
    pub ok: bool,
    pub data: SubscriptionOverride,
}

/// Success envelope whose `data` is a `Job`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct JobResponse {
    pub ok: bool,
    pub data: Job,
}

/// Success envelope whose `data` is a `JobPage`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct JobPageResponse {
    pub ok: bool,
    pub data: JobPage,
}

/// Success envelope whose `data` is a `ServiceAccount`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ServiceAccountResponse {
    pub ok: bool,
    pub data: ServiceAccount,
}

/// Success envelope whose `data` is a `ServiceAccountPage`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ServiceAccountPageResponse {
    pub ok: bool,
    pub data: ServiceAccountPage,
}

/// Success envelope whose `data` is a `CreatedServiceAccount`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct CreatedServiceAccountResponse {
    pub ok: bool,
    pub data: CreatedServiceAccount,
}

/// Success envelope whose `data` is a `Health`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct HealthResponse {
    pub ok: bool,
    pub data: Health,
}

/// Machine-readable error code (`error.code`). The catalogue is closed:
/// clients can branch on it exhaustively. `x-sdk-error-statuses` gives the
/// HTTP status each code is sent with; `x-enum-descriptions` explains each.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ErrorCode {
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
    /// The caller lacks the role or permission for this action.
    Forbidden,
    /// The action needs MFA (enrolled, or a completed challenge) first.
    MfaRequired,
    /// The action needs a verified email address first.
    EmailNotVerified,
    /// The API key has been revoked.
    RevokedKey,
    /// The API key lacks a required scope (details.missingScopes).
    InsufficientScope,
    /// The resource does not exist or is not visible to the caller.
    NotFound,
    /// The request conflicts with the current state (duplicate name, wrong state).
    Conflict,
    /// If-Match does not match the current ETag (details.currentEtag).
    PreconditionFailed,
    /// The API key or tenant used up its quota for the period; see Retry-After.
    QuotaExceeded,
    /// Too many requests from this caller; see Retry-After.
    RateLimited,
    /// Unexpected server error (details.requestId).
    Internal,
    /// A dependency is down or the service is in maintenance; retry later.
    ServiceUnavailable,
    /// A value this version of the SDK does not know, kept as received.
    Unknown(String),
}

impl ErrorCode {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::BadRequest => "bad_request",
            Self::ValidationFailed => "validation_failed",
            Self::Unauthorized => "unauthorized",
            Self::InvalidToken => "invalid_token",
            Self::TokenExpired => "token_expired",
            Self::InvalidCredentials => "invalid_credentials",
            Self::InvalidMfaCode => "invalid_mfa_code",
            Self::InvalidKey => "invalid_key",
            Self::ExpiredKey => "expired_key",
            Self::Forbidden => "forbidden",
            Self::MfaRequired => "mfa_required",
            Self::EmailNotVerified => "email_not_verified",
            Self::RevokedKey => "revoked_key",
            Self::InsufficientScope => "insufficient_scope",
            Self::NotFound => "not_found",
            Self::Conflict => "conflict",
            Self::PreconditionFailed => "precondition_failed",
            Self::QuotaExceeded => "quota_exceeded",
            Self::RateLimited => "rate_limited",
            Self::Internal => "internal",
            Self::ServiceUnavailable => "service_unavailable",
            Self::Unknown(value) => value,
        }
    }
}

impl fmt::Display for ErrorCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl From<&str> for ErrorCode {
    fn from(value: &str) -> Self {
        match value {
            "bad_request" => Self::BadRequest,
            "validation_failed" => Self::ValidationFailed,
            "unauthorized" => Self::Unauthorized,
            "invalid_token" => Self::InvalidToken,
            "token_expired" => Self::TokenExpired,
            "invalid_credentials" => Self::InvalidCredentials,
            "invalid_mfa_code" => Self::InvalidMfaCode,
            "invalid_key" => Self::InvalidKey,
            "expired_key" => Self::ExpiredKey,
            "forbidden" => Self::Forbidden,
            "mfa_required" => Self::MfaRequired,
            "email_not_verified" => Self::EmailNotVerified,
            "revoked_key" => Self::RevokedKey,
            "insufficient_scope" => Self::InsufficientScope,
            "not_found" => Self::NotFound,
            "conflict" => Self::Conflict,
            "precondition_failed" => Self::PreconditionFailed,
            "quota_exceeded" => Self::QuotaExceeded,
            "rate_limited" => Self::RateLimited,
            "internal" => Self::Internal,
            "service_unavailable" => Self::ServiceUnavailable,
            other => Self::Unknown(other.to_string()),
        }
    }
}

string_enum_serde!(ErrorCode);
