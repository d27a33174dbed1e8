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
use crate::de::{read_object, Object, ReadObject};
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
#[derive(Debug, Clone, PartialEq, Serialize)]
#[non_exhaustive]
pub struct OkEnvelope {
    pub ok: bool,
}

impl<'de> Deserialize<'de> for OkEnvelope {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        read_object(deserializer)
    }
}

impl ReadObject for OkEnvelope {
    fn read(object: &mut Object) -> Result<Self, serde_json::Error> {
        Ok(Self {
            ok: object.required("ok")?,
        })
    }
}

/// Body of every error response.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[non_exhaustive]
pub struct ErrorEnvelope {
    pub ok: bool,
    pub error: ErrorBody,
}

impl<'de> Deserialize<'de> for ErrorEnvelope {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        read_object(deserializer)
    }
}

impl ReadObject for ErrorEnvelope {
    fn read(object: &mut Object) -> Result<Self, serde_json::Error> {
        Ok(Self {
            ok: object.required("ok")?,
            error: object.required("error")?,
        })
    }
}

/// What went wrong.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[non_exhaustive]
pub struct ErrorBody {
    pub code: ErrorCode,
    /// Human-readable explanation; do not parse it, branch on `code`.
    pub message: String,
    /// Extra machine-readable context that depends on the code (e.g. `fields` for `validation_failed`, `retryAfter` for `rate_limited`, `currentEtag` for `precondition_failed`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub details: Option<BTreeMap<String, Value>>,
}

impl<'de> Deserialize<'de> for ErrorBody {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        read_object(deserializer)
    }
}

impl ReadObject for ErrorBody {
    fn read(object: &mut Object) -> Result<Self, serde_json::Error> {
        Ok(Self {
            code: object.required("code")?,
            message: object.required("message")?,
            details: object.optional("details")?,
        })
    }
}

/// Success envelope whose `data` is a `Empty`.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[non_exhaustive]
pub struct EmptyResponse {
    pub ok: bool,
    pub data: Empty,
}

impl<'de> Deserialize<'de> for EmptyResponse {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        read_object(deserializer)
    }
}

impl ReadObject for EmptyResponse {
    fn read(object: &mut Object) -> Result<Self, serde_json::Error> {
        Ok(Self {
            ok: object.required("ok")?,
            data: object.required("data")?,
        })
    }
}

/// Success envelope whose `data` is a `User`.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[non_exhaustive]
pub struct UserResponse {
    pub ok: bool,
    pub data: User,
}

impl<'de> Deserialize<'de> for UserResponse {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        read_object(deserializer)
    }
}

impl ReadObject for UserResponse {
    fn read(object: &mut Object) -> Result<Self, serde_json::Error> {
        Ok(Self {
            ok: object.required("ok")?,
            data: object.required("data")?,
        })
    }
}

/// Success envelope whose `data` is a `AuthSession`.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[non_exhaustive]
pub struct AuthSessionResponse {
    pub ok: bool,
    pub data: AuthSession,
}

impl<'de> Deserialize<'de> for AuthSessionResponse {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        read_object(deserializer)
    }
}

impl ReadObject for AuthSessionResponse {
    fn read(object: &mut Object) -> Result<Self, serde_json::Error> {
        Ok(Self {
            ok: object.required("ok")?,
            data: object.required("data")?,
        })
    }
}

/// Success envelope whose `data` is a `LoginResult`.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[non_exhaustive]
pub struct LoginResultResponse {
    pub ok: bool,
    pub data: LoginResult,
}

impl<'de> Deserialize<'de> for LoginResultResponse {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        read_object(deserializer)
    }
}

impl ReadObject for LoginResultResponse {
    fn read(object: &mut Object) -> Result<Self, serde_json::Error> {
        Ok(Self {
            ok: object.required("ok")?,
            data: object.required("data")?,
        })
    }
}

/// Success envelope whose `data` is a `TokenPair`.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[non_exhaustive]
pub struct TokenPairResponse {
    pub ok: bool,
    pub data: TokenPair,
}

impl<'de> Deserialize<'de> for TokenPairResponse {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        read_object(deserializer)
    }
}

impl ReadObject for TokenPairResponse {
    fn read(object: &mut Object) -> Result<Self, serde_json::Error> {
        Ok(Self {
            ok: object.required("ok")?,
            data: object.required("data")?,
        })
    }
}

/// Success envelope whose `data` is a `Tenant`.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[non_exhaustive]
pub struct TenantResponse {
    pub ok: bool,
    pub data: Tenant,
}

impl<'de> Deserialize<'de> for TenantResponse {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        read_object(deserializer)
    }
}

impl ReadObject for TenantResponse {
    fn read(object: &mut Object) -> Result<Self, serde_json::Error> {
        Ok(Self {
            ok: object.required("ok")?,
            data: object.required("data")?,
        })
    }
}

/// Success envelope whose `data` is a `TenantPage`.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[non_exhaustive]
pub struct TenantPageResponse {
    pub ok: bool,
    pub data: TenantPage,
}

impl<'de> Deserialize<'de> for TenantPageResponse {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        read_object(deserializer)
    }
}

impl ReadObject for TenantPageResponse {
    fn read(object: &mut Object) -> Result<Self, serde_json::Error> {
        Ok(Self {
            ok: object.required("ok")?,
            data: object.required("data")?,
        })
    }
}

/// Success envelope whose `data` is a `Member`.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[non_exhaustive]
pub struct MemberResponse {
    pub ok: bool,
    pub data: Member,
}

impl<'de> Deserialize<'de> for MemberResponse {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        read_object(deserializer)
    }
}

impl ReadObject for MemberResponse {
    fn read(object: &mut Object) -> Result<Self, serde_json::Error> {
        Ok(Self {
            ok: object.required("ok")?,
            data: object.required("data")?,
        })
    }
}

/// Success envelope whose `data` is a `MemberPage`.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[non_exhaustive]
pub struct MemberPageResponse {
    pub ok: bool,
    pub data: MemberPage,
}

impl<'de> Deserialize<'de> for MemberPageResponse {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        read_object(deserializer)
    }
}

impl ReadObject for MemberPageResponse {
    fn read(object: &mut Object) -> Result<Self, serde_json::Error> {
        Ok(Self {
            ok: object.required("ok")?,
            data: object.required("data")?,
        })
    }
}

/// Success envelope whose `data` is a `TotpEnrollment`.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[non_exhaustive]
pub struct TotpEnrollmentResponse {
    pub ok: bool,
    pub data: TotpEnrollment,
}

impl<'de> Deserialize<'de> for TotpEnrollmentResponse {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        read_object(deserializer)
    }
}

impl ReadObject for TotpEnrollmentResponse {
    fn read(object: &mut Object) -> Result<Self, serde_json::Error> {
        Ok(Self {
            ok: object.required("ok")?,
            data: object.required("data")?,
        })
    }
}

/// Success envelope whose `data` is a `MfaStatus`.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[non_exhaustive]
pub struct MfaStatusResponse {
    pub ok: bool,
    pub data: MfaStatus,
}

impl<'de> Deserialize<'de> for MfaStatusResponse {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        read_object(deserializer)
    }
}

impl ReadObject for MfaStatusResponse {
    fn read(object: &mut Object) -> Result<Self, serde_json::Error> {
        Ok(Self {
            ok: object.required("ok")?,
            data: object.required("data")?,
        })
    }
}

/// Success envelope whose `data` is a `ApiKey`.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[non_exhaustive]
pub struct ApiKeyResponse {
    pub ok: bool,
    pub data: ApiKey,
}

impl<'de> Deserialize<'de> for ApiKeyResponse {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        read_object(deserializer)
    }
}

impl ReadObject for ApiKeyResponse {
    fn read(object: &mut Object) -> Result<Self, serde_json::Error> {
        Ok(Self {
            ok: object.required("ok")?,
            data: object.required("data")?,
        })
    }
}

/// Success envelope whose `data` is a `ApiKeyPage`.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[non_exhaustive]
pub struct ApiKeyPageResponse {
    pub ok: bool,
    pub data: ApiKeyPage,
}

impl<'de> Deserialize<'de> for ApiKeyPageResponse {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        read_object(deserializer)
    }
}

impl ReadObject for ApiKeyPageResponse {
    fn read(object: &mut Object) -> Result<Self, serde_json::Error> {
        Ok(Self {
            ok: object.required("ok")?,
            data: object.required("data")?,
        })
    }
}

/// Success envelope whose `data` is a `CreatedApiKey`.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[non_exhaustive]
pub struct CreatedApiKeyResponse {
    pub ok: bool,
    pub data: CreatedApiKey,
}

impl<'de> Deserialize<'de> for CreatedApiKeyResponse {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        read_object(deserializer)
    }
}

impl ReadObject for CreatedApiKeyResponse {
    fn read(object: &mut Object) -> Result<Self, serde_json::Error> {
        Ok(Self {
            ok: object.required("ok")?,
            data: object.required("data")?,
        })
    }
}

/// Success envelope whose `data` is a `KeyInfo`.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[non_exhaustive]
pub struct KeyInfoResponse {
    pub ok: bool,
    pub data: KeyInfo,
}

impl<'de> Deserialize<'de> for KeyInfoResponse {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        read_object(deserializer)
    }
}

impl ReadObject for KeyInfoResponse {
    fn read(object: &mut Object) -> Result<Self, serde_json::Error> {
        Ok(Self {
            ok: object.required("ok")?,
            data: object.required("data")?,
        })
    }
}

/// Success envelope whose `data` is a `ExchangedToken`.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[non_exhaustive]
pub struct ExchangedTokenResponse {
    pub ok: bool,
    pub data: ExchangedToken,
}

impl<'de> Deserialize<'de> for ExchangedTokenResponse {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        read_object(deserializer)
    }
}

impl ReadObject for ExchangedTokenResponse {
    fn read(object: &mut Object) -> Result<Self, serde_json::Error> {
        Ok(Self {
            ok: object.required("ok")?,
            data: object.required("data")?,
        })
    }
}

/// Success envelope whose `data` is a `UsageEvent`.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[non_exhaustive]
pub struct UsageEventResponse {
    pub ok: bool,
    pub data: UsageEvent,
}

impl<'de> Deserialize<'de> for UsageEventResponse {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        read_object(deserializer)
    }
}

impl ReadObject for UsageEventResponse {
    fn read(object: &mut Object) -> Result<Self, serde_json::Error> {
        Ok(Self {
            ok: object.required("ok")?,
            data: object.required("data")?,
        })
    }
}

/// Success envelope whose `data` is a `UsageEventPage`.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[non_exhaustive]
pub struct UsageEventPageResponse {
    pub ok: bool,
    pub data: UsageEventPage,
}

impl<'de> Deserialize<'de> for UsageEventPageResponse {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        read_object(deserializer)
    }
}

impl ReadObject for UsageEventPageResponse {
    fn read(object: &mut Object) -> Result<Self, serde_json::Error> {
        Ok(Self {
            ok: object.required("ok")?,
            data: object.required("data")?,
        })
    }
}

/// Success envelope whose `data` is a `QuotaCheck`.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[non_exhaustive]
pub struct QuotaCheckResponse {
    pub ok: bool,
    pub data: QuotaCheck,
}

impl<'de> Deserialize<'de> for QuotaCheckResponse {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        read_object(deserializer)
    }
}

impl ReadObject for QuotaCheckResponse {
    fn read(object: &mut Object) -> Result<Self, serde_json::Error> {
        Ok(Self {
            ok: object.required("ok")?,
            data: object.required("data")?,
        })
    }
}

/// Success envelope whose `data` is a `UsageSummary`.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[non_exhaustive]
pub struct UsageSummaryResponse {
    pub ok: bool,
    pub data: UsageSummary,
}

impl<'de> Deserialize<'de> for UsageSummaryResponse {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        read_object(deserializer)
    }
}

impl ReadObject for UsageSummaryResponse {
    fn read(object: &mut Object) -> Result<Self, serde_json::Error> {
        Ok(Self {
            ok: object.required("ok")?,
            data: object.required("data")?,
        })
    }
}

/// Success envelope whose `data` is a `Role`.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[non_exhaustive]
pub struct RoleResponse {
    pub ok: bool,
    pub data: Role,
}

impl<'de> Deserialize<'de> for RoleResponse {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        read_object(deserializer)
    }
}

impl ReadObject for RoleResponse {
    fn read(object: &mut Object) -> Result<Self, serde_json::Error> {
        Ok(Self {
            ok: object.required("ok")?,
            data: object.required("data")?,
        })
    }
}

/// Success envelope whose `data` is a `RolePage`.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[non_exhaustive]
pub struct RolePageResponse {
    pub ok: bool,
    pub data: RolePage,
}

impl<'de> Deserialize<'de> for RolePageResponse {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        read_object(deserializer)
    }
}

impl ReadObject for RolePageResponse {
    fn read(object: &mut Object) -> Result<Self, serde_json::Error> {
        Ok(Self {
            ok: object.required("ok")?,
            data: object.required("data")?,
        })
    }
}

/// Success envelope whose `data` is a `RoleAssignment`.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[non_exhaustive]
pub struct RoleAssignmentResponse {
    pub ok: bool,
    pub data: RoleAssignment,
}

impl<'de> Deserialize<'de> for RoleAssignmentResponse {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        read_object(deserializer)
    }
}

impl ReadObject for RoleAssignmentResponse {
    fn read(object: &mut Object) -> Result<Self, serde_json::Error> {
        Ok(Self {
            ok: object.required("ok")?,
            data: object.required("data")?,
        })
    }
}

/// Success envelope whose `data` is a `PermissionCheck`.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[non_exhaustive]
pub struct PermissionCheckResponse {
    pub ok: bool,
    pub data: PermissionCheck,
}

impl<'de> Deserialize<'de> for PermissionCheckResponse {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        read_object(deserializer)
    }
}

impl ReadObject for PermissionCheckResponse {
    fn read(object: &mut Object) -> Result<Self, serde_json::Error> {
        Ok(Self {
            ok: object.required("ok")?,
            data: object.required("data")?,
        })
    }
}

/// Success envelope whose `data` is a `WebhookEndpoint`.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[non_exhaustive]
pub struct WebhookEndpointResponse {
    pub ok: bool,
    pub data: WebhookEndpoint,
}

impl<'de> Deserialize<'de> for WebhookEndpointResponse {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        read_object(deserializer)
    }
}

impl ReadObject for WebhookEndpointResponse {
    fn read(object: &mut Object) -> Result<Self, serde_json::Error> {
        Ok(Self {
            ok: object.required("ok")?,
            data: object.required("data")?,
        })
    }
}

/// Success envelope whose `data` is a `WebhookEndpointPage`.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[non_exhaustive]
pub struct WebhookEndpointPageResponse {
    pub ok: bool,
    pub data: WebhookEndpointPage,
}

impl<'de> Deserialize<'de> for WebhookEndpointPageResponse {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        read_object(deserializer)
    }
}

impl ReadObject for WebhookEndpointPageResponse {
    fn read(object: &mut Object) -> Result<Self, serde_json::Error> {
        Ok(Self {
            ok: object.required("ok")?,
            data: object.required("data")?,
        })
    }
}

/// Success envelope whose `data` is a `WebhookDelivery`.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[non_exhaustive]
pub struct WebhookDeliveryResponse {
    pub ok: bool,
    pub data: WebhookDelivery,
}

impl<'de> Deserialize<'de> for WebhookDeliveryResponse {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        read_object(deserializer)
    }
}

impl ReadObject for WebhookDeliveryResponse {
    fn read(object: &mut Object) -> Result<Self, serde_json::Error> {
        Ok(Self {
            ok: object.required("ok")?,
            data: object.required("data")?,
        })
    }
}

/// Success envelope whose `data` is a `WebhookDeliveryPage`.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[non_exhaustive]
pub struct WebhookDeliveryPageResponse {
    pub ok: bool,
    pub data: WebhookDeliveryPage,
}

impl<'de> Deserialize<'de> for WebhookDeliveryPageResponse {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        read_object(deserializer)
    }
}

impl ReadObject for WebhookDeliveryPageResponse {
    fn read(object: &mut Object) -> Result<Self, serde_json::Error> {
        Ok(Self {
            ok: object.required("ok")?,
            data: object.required("data")?,
        })
    }
}

/// Success envelope whose `data` is a `AuditEntry`.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[non_exhaustive]
pub struct AuditEntryResponse {
    pub ok: bool,
    pub data: AuditEntry,
}

impl<'de> Deserialize<'de> for AuditEntryResponse {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        read_object(deserializer)
    }
}

impl ReadObject for AuditEntryResponse {
    fn read(object: &mut Object) -> Result<Self, serde_json::Error> {
        Ok(Self {
            ok: object.required("ok")?,
            data: object.required("data")?,
        })
    }
}

/// Success envelope whose `data` is a `AuditEntryPage`.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[non_exhaustive]
pub struct AuditEntryPageResponse {
    pub ok: bool,
    pub data: AuditEntryPage,
}

impl<'de> Deserialize<'de> for AuditEntryPageResponse {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        read_object(deserializer)
    }
}

impl ReadObject for AuditEntryPageResponse {
    fn read(object: &mut Object) -> Result<Self, serde_json::Error> {
        Ok(Self {
            ok: object.required("ok")?,
            data: object.required("data")?,
        })
    }
}

/// Success envelope whose `data` is a `PlanPage`.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[non_exhaustive]
pub struct PlanPageResponse {
    pub ok: bool,
    pub data: PlanPage,
}

impl<'de> Deserialize<'de> for PlanPageResponse {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        read_object(deserializer)
    }
}

impl ReadObject for PlanPageResponse {
    fn read(object: &mut Object) -> Result<Self, serde_json::Error> {
        Ok(Self {
            ok: object.required("ok")?,
            data: object.required("data")?,
        })
    }
}

/// Success envelope whose `data` is a `Subscription`.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[non_exhaustive]
pub struct SubscriptionResponse {
    pub ok: bool,
    pub data: Subscription,
}

impl<'de> Deserialize<'de> for SubscriptionResponse {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        read_object(deserializer)
    }
}

impl ReadObject for SubscriptionResponse {
    fn read(object: &mut Object) -> Result<Self, serde_json::Error> {
        Ok(Self {
            ok: object.required("ok")?,
            data: object.required("data")?,
        })
    }
}

/// Success envelope whose `data` is a `Entitlements`.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[non_exhaustive]
pub struct EntitlementsResponse {
    pub ok: bool,
    pub data: Entitlements,
}

impl<'de> Deserialize<'de> for EntitlementsResponse {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        read_object(deserializer)
    }
}

impl ReadObject for EntitlementsResponse {
    fn read(object: &mut Object) -> Result<Self, serde_json::Error> {
        Ok(Self {
            ok: object.required("ok")?,
            data: object.required("data")?,
        })
    }
}

/// Success envelope whose `data` is a `Invoice`.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[non_exhaustive]
pub struct InvoiceResponse {
    pub ok: bool,
    pub data: Invoice,
}

impl<'de> Deserialize<'de> for InvoiceResponse {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        read_object(deserializer)
    }
}

impl ReadObject for InvoiceResponse {
    fn read(object: &mut Object) -> Result<Self, serde_json::Error> {
        Ok(Self {
            ok: object.required("ok")?,
            data: object.required("data")?,
        })
    }
}

/// Success envelope whose `data` is a `OAuthAuthorization`.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[non_exhaustive]
pub struct OAuthAuthorizationResponse {
    pub ok: bool,
    pub data: OAuthAuthorization,
}

impl<'de> Deserialize<'de> for OAuthAuthorizationResponse {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        read_object(deserializer)
    }
}

impl ReadObject for OAuthAuthorizationResponse {
    fn read(object: &mut Object) -> Result<Self, serde_json::Error> {
        Ok(Self {
            ok: object.required("ok")?,
            data: object.required("data")?,
        })
    }
}

/// Success envelope whose `data` is a `RateLimitCheck`.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[non_exhaustive]
pub struct RateLimitCheckResponse {
    pub ok: bool,
    pub data: RateLimitCheck,
}

impl<'de> Deserialize<'de> for RateLimitCheckResponse {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        read_object(deserializer)
    }
}

impl ReadObject for RateLimitCheckResponse {
    fn read(object: &mut Object) -> Result<Self, serde_json::Error> {
        Ok(Self {
            ok: object.required("ok")?,
            data: object.required("data")?,
        })
    }
}

/// Success envelope whose `data` is a `SubscriptionOverride`.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[non_exhaustive]
pub struct SubscriptionOverrideResponse {
    pub ok: bool,
    pub data: SubscriptionOverride,
}

impl<'de> Deserialize<'de> for SubscriptionOverrideResponse {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        read_object(deserializer)
    }
}

impl ReadObject for SubscriptionOverrideResponse {
    fn read(object: &mut Object) -> Result<Self, serde_json::Error> {
        Ok(Self {
            ok: object.required("ok")?,
            data: object.required("data")?,
        })
    }
}

/// Success envelope whose `data` is a `Job`.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[non_exhaustive]
pub struct JobResponse {
    pub ok: bool,
    pub data: Job,
}

impl<'de> Deserialize<'de> for JobResponse {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        read_object(deserializer)
    }
}

impl ReadObject for JobResponse {
    fn read(object: &mut Object) -> Result<Self, serde_json::Error> {
        Ok(Self {
            ok: object.required("ok")?,
            data: object.required("data")?,
        })
    }
}

/// Success envelope whose `data` is a `JobPage`.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[non_exhaustive]
pub struct JobPageResponse {
    pub ok: bool,
    pub data: JobPage,
}

impl<'de> Deserialize<'de> for JobPageResponse {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        read_object(deserializer)
    }
}

impl ReadObject for JobPageResponse {
    fn read(object: &mut Object) -> Result<Self, serde_json::Error> {
        Ok(Self {
            ok: object.required("ok")?,
            data: object.required("data")?,
        })
    }
}

/// Success envelope whose `data` is a `ServiceAccount`.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[non_exhaustive]
pub struct ServiceAccountResponse {
    pub ok: bool,
    pub data: ServiceAccount,
}

impl<'de> Deserialize<'de> for ServiceAccountResponse {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        read_object(deserializer)
    }
}

impl ReadObject for ServiceAccountResponse {
    fn read(object: &mut Object) -> Result<Self, serde_json::Error> {
        Ok(Self {
            ok: object.required("ok")?,
            data: object.required("data")?,
        })
    }
}

/// Success envelope whose `data` is a `ServiceAccountPage`.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[non_exhaustive]
pub struct ServiceAccountPageResponse {
    pub ok: bool,
    pub data: ServiceAccountPage,
}

impl<'de> Deserialize<'de> for ServiceAccountPageResponse {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        read_object(deserializer)
    }
}

impl ReadObject for ServiceAccountPageResponse {
    fn read(object: &mut Object) -> Result<Self, serde_json::Error> {
        Ok(Self {
            ok: object.required("ok")?,
            data: object.required("data")?,
        })
    }
}

/// Success envelope whose `data` is a `CreatedServiceAccount`.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[non_exhaustive]
pub struct CreatedServiceAccountResponse {
    pub ok: bool,
    pub data: CreatedServiceAccount,
}

impl<'de> Deserialize<'de> for CreatedServiceAccountResponse {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        read_object(deserializer)
    }
}

impl ReadObject for CreatedServiceAccountResponse {
    fn read(object: &mut Object) -> Result<Self, serde_json::Error> {
        Ok(Self {
            ok: object.required("ok")?,
            data: object.required("data")?,
        })
    }
}

/// Success envelope whose `data` is a `Health`.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[non_exhaustive]
pub struct HealthResponse {
    pub ok: bool,
    pub data: Health,
}

impl<'de> Deserialize<'de> for HealthResponse {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        read_object(deserializer)
    }
}

impl ReadObject for HealthResponse {
    fn read(object: &mut Object) -> Result<Self, serde_json::Error> {
        Ok(Self {
            ok: object.required("ok")?,
            data: object.required("data")?,
        })
    }
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
