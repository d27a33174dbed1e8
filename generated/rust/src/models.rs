//! The data types of the API, as serde models.
//!
//! Enums keep values this version does not know in their `Unknown` variant, and unions keep
//! unknown variants as raw JSON, so a newer server never breaks an older client and the value
//! survives a read-modify-write round trip.
//!
//! The schemas of the API description that no operation uses (such as webhook payloads or error
//! bodies) are here too with the `all-models` feature.

use crate::de::{discriminator, variant};
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

/// No payload; `data` is always `{}`.
pub type Empty = BTreeMap<String, Value>;

/// A page of `Tenant`. `nextCursor` is null on the last page; otherwise pass it as `cursor` to get the next one.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct TenantPage {
    pub items: Vec<Tenant>,
    #[serde(default)]
    pub next_cursor: Option<String>,
}

/// A page of `Member`. `nextCursor` is null on the last page; otherwise pass it as `cursor` to get the next one.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct MemberPage {
    pub items: Vec<Member>,
    #[serde(default)]
    pub next_cursor: Option<String>,
}

/// A page of `ApiKey`. `nextCursor` is null on the last page; otherwise pass it as `cursor` to get the next one.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ApiKeyPage {
    pub items: Vec<ApiKey>,
    #[serde(default)]
    pub next_cursor: Option<String>,
}

/// A page of `UsageEvent`. `nextCursor` is null on the last page; otherwise pass it as `cursor` to get the next one.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct UsageEventPage {
    pub items: Vec<UsageEvent>,
    #[serde(default)]
    pub next_cursor: Option<String>,
}

/// A page of `Role`. `nextCursor` is null on the last page; otherwise pass it as `cursor` to get the next one.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct RolePage {
    pub items: Vec<Role>,
    #[serde(default)]
    pub next_cursor: Option<String>,
}

/// A page of `WebhookEndpoint`. `nextCursor` is null on the last page; otherwise pass it as `cursor` to get the next one.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct WebhookEndpointPage {
    pub items: Vec<WebhookEndpoint>,
    #[serde(default)]
    pub next_cursor: Option<String>,
}

/// A page of `WebhookDelivery`. `nextCursor` is null on the last page; otherwise pass it as `cursor` to get the next one.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct WebhookDeliveryPage {
    pub items: Vec<WebhookDelivery>,
    #[serde(default)]
    pub next_cursor: Option<String>,
}

/// A page of `AuditEntry`. `nextCursor` is null on the last page; otherwise pass it as `cursor` to get the next one.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct AuditEntryPage {
    pub items: Vec<AuditEntry>,
    #[serde(default)]
    pub next_cursor: Option<String>,
}

/// A page of `Plan`. `nextCursor` is null on the last page; otherwise pass it as `cursor` to get the next one.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct PlanPage {
    pub items: Vec<Plan>,
    #[serde(default)]
    pub next_cursor: Option<String>,
}

/// A page of `Job`. `nextCursor` is null on the last page; otherwise pass it as `cursor` to get the next one.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct JobPage {
    pub items: Vec<Job>,
    #[serde(default)]
    pub next_cursor: Option<String>,
}

/// A page of `ServiceAccount`. `nextCursor` is null on the last page; otherwise pass it as `cursor` to get the next one.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ServiceAccountPage {
    pub items: Vec<ServiceAccount>,
    #[serde(default)]
    pub next_cursor: Option<String>,
}

/// Length of a quota window. Windows are calendar-aligned in UTC.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum QuotaPeriod {
    /// `hour`
    Hour,
    /// `day`
    Day,
    /// `month`
    Month,
    /// A value this version of the SDK does not know, kept as received.
    Unknown(String),
}

impl QuotaPeriod {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Hour => "hour",
            Self::Day => "day",
            Self::Month => "month",
            Self::Unknown(value) => value,
        }
    }
}

impl fmt::Display for QuotaPeriod {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl From<&str> for QuotaPeriod {
    fn from(value: &str) -> Self {
        match value {
            "hour" => Self::Hour,
            "day" => Self::Day,
            "month" => Self::Month,
            other => Self::Unknown(other.to_string()),
        }
    }
}

string_enum_serde!(QuotaPeriod);

/// Document format of an audit export: CSV with a header row, a JSON array, or NDJSON (one JSON object a line).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum AuditExportFormat {
    /// `csv`
    Csv,
    /// `json`
    Json,
    /// `ndjson`
    Ndjson,
    /// A value this version of the SDK does not know, kept as received.
    Unknown(String),
}

impl AuditExportFormat {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Csv => "csv",
            Self::Json => "json",
            Self::Ndjson => "ndjson",
            Self::Unknown(value) => value,
        }
    }
}

impl fmt::Display for AuditExportFormat {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl From<&str> for AuditExportFormat {
    fn from(value: &str) -> Self {
        match value {
            "csv" => Self::Csv,
            "json" => Self::Json,
            "ndjson" => Self::Ndjson,
            other => Self::Unknown(other.to_string()),
        }
    }
}

string_enum_serde!(AuditExportFormat);

/// Built-in role of a member in a tenant. `owner` can do everything including deleting the tenant and billing; `admin` manages members, keys, roles and webhooks; `member` has read access plus the permissions of its custom roles.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum TenantRole {
    /// `owner`
    Owner,
    /// `admin`
    Admin,
    /// `member`
    Member,
    /// A value this version of the SDK does not know, kept as received.
    Unknown(String),
}

impl TenantRole {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Owner => "owner",
            Self::Admin => "admin",
            Self::Member => "member",
            Self::Unknown(value) => value,
        }
    }
}

impl fmt::Display for TenantRole {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl From<&str> for TenantRole {
    fn from(value: &str) -> Self {
        match value {
            "owner" => Self::Owner,
            "admin" => Self::Admin,
            "member" => Self::Member,
            other => Self::Unknown(other.to_string()),
        }
    }
}

string_enum_serde!(TenantRole);

/// Lifecycle status of an API key.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum KeyStatus {
    /// `active`
    Active,
    /// `revoked`
    Revoked,
    /// `expired`
    Expired,
    /// A value this version of the SDK does not know, kept as received.
    Unknown(String),
}

impl KeyStatus {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Active => "active",
            Self::Revoked => "revoked",
            Self::Expired => "expired",
            Self::Unknown(value) => value,
        }
    }
}

impl fmt::Display for KeyStatus {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl From<&str> for KeyStatus {
    fn from(value: &str) -> Self {
        match value {
            "active" => Self::Active,
            "revoked" => Self::Revoked,
            "expired" => Self::Expired,
            other => Self::Unknown(other.to_string()),
        }
    }
}

string_enum_serde!(KeyStatus);

/// Status of a background job. `failed` and `cancelled` jobs can be retried.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum JobStatus {
    /// `queued`
    Queued,
    /// `running`
    Running,
    /// `succeeded`
    Succeeded,
    /// `failed`
    Failed,
    /// `cancelled`
    Cancelled,
    /// A value this version of the SDK does not know, kept as received.
    Unknown(String),
}

impl JobStatus {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Queued => "queued",
            Self::Running => "running",
            Self::Succeeded => "succeeded",
            Self::Failed => "failed",
            Self::Cancelled => "cancelled",
            Self::Unknown(value) => value,
        }
    }
}

impl fmt::Display for JobStatus {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl From<&str> for JobStatus {
    fn from(value: &str) -> Self {
        match value {
            "queued" => Self::Queued,
            "running" => Self::Running,
            "succeeded" => Self::Succeeded,
            "failed" => Self::Failed,
            "cancelled" => Self::Cancelled,
            other => Self::Unknown(other.to_string()),
        }
    }
}

string_enum_serde!(JobStatus);

/// Event types a webhook endpoint can subscribe to. `webhook.test` is only sent by `webhooksDispatchTest`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum WebhookEventType {
    /// `tenant.updated`
    TenantUpdated,
    /// `tenant.deleted`
    TenantDeleted,
    /// `member.added`
    MemberAdded,
    /// `member.removed`
    MemberRemoved,
    /// `member.role_changed`
    MemberRoleChanged,
    /// `key.created`
    KeyCreated,
    /// `key.revoked`
    KeyRevoked,
    /// `key.rotated`
    KeyRotated,
    /// `key.expired`
    KeyExpired,
    /// `usage.quota_exceeded`
    UsageQuotaExceeded,
    /// `subscription.updated`
    SubscriptionUpdated,
    /// `invoice.issued`
    InvoiceIssued,
    /// `webhook.test`
    WebhookTest,
    /// A value this version of the SDK does not know, kept as received.
    Unknown(String),
}

impl WebhookEventType {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::TenantUpdated => "tenant.updated",
            Self::TenantDeleted => "tenant.deleted",
            Self::MemberAdded => "member.added",
            Self::MemberRemoved => "member.removed",
            Self::MemberRoleChanged => "member.role_changed",
            Self::KeyCreated => "key.created",
            Self::KeyRevoked => "key.revoked",
            Self::KeyRotated => "key.rotated",
            Self::KeyExpired => "key.expired",
            Self::UsageQuotaExceeded => "usage.quota_exceeded",
            Self::SubscriptionUpdated => "subscription.updated",
            Self::InvoiceIssued => "invoice.issued",
            Self::WebhookTest => "webhook.test",
            Self::Unknown(value) => value,
        }
    }
}

impl fmt::Display for WebhookEventType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl From<&str> for WebhookEventType {
    fn from(value: &str) -> Self {
        match value {
            "tenant.updated" => Self::TenantUpdated,
            "tenant.deleted" => Self::TenantDeleted,
            "member.added" => Self::MemberAdded,
            "member.removed" => Self::MemberRemoved,
            "member.role_changed" => Self::MemberRoleChanged,
            "key.created" => Self::KeyCreated,
            "key.revoked" => Self::KeyRevoked,
            "key.rotated" => Self::KeyRotated,
            "key.expired" => Self::KeyExpired,
            "usage.quota_exceeded" => Self::UsageQuotaExceeded,
            "subscription.updated" => Self::SubscriptionUpdated,
            "invoice.issued" => Self::InvoiceIssued,
            "webhook.test" => Self::WebhookTest,
            other => Self::Unknown(other.to_string()),
        }
    }
}

string_enum_serde!(WebhookEventType);

/// Outcome of a webhook delivery attempt. `failed` means retries are exhausted or the endpoint answered non-2xx.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum WebhookDeliveryStatus {
    /// `pending`
    Pending,
    /// `succeeded`
    Succeeded,
    /// `failed`
    Failed,
    /// A value this version of the SDK does not know, kept as received.
    Unknown(String),
}

impl WebhookDeliveryStatus {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Pending => "pending",
            Self::Succeeded => "succeeded",
            Self::Failed => "failed",
            Self::Unknown(value) => value,
        }
    }
}

impl fmt::Display for WebhookDeliveryStatus {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl From<&str> for WebhookDeliveryStatus {
    fn from(value: &str) -> Self {
        match value {
            "pending" => Self::Pending,
            "succeeded" => Self::Succeeded,
            "failed" => Self::Failed,
            other => Self::Unknown(other.to_string()),
        }
    }
}

string_enum_serde!(WebhookDeliveryStatus);

/// Status of a tenant subscription.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum SubscriptionStatus {
    /// `trialing`
    Trialing,
    /// `active`
    Active,
    /// `past_due`
    PastDue,
    /// `canceled`
    Canceled,
    /// A value this version of the SDK does not know, kept as received.
    Unknown(String),
}

impl SubscriptionStatus {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Trialing => "trialing",
            Self::Active => "active",
            Self::PastDue => "past_due",
            Self::Canceled => "canceled",
            Self::Unknown(value) => value,
        }
    }
}

impl fmt::Display for SubscriptionStatus {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl From<&str> for SubscriptionStatus {
    fn from(value: &str) -> Self {
        match value {
            "trialing" => Self::Trialing,
            "active" => Self::Active,
            "past_due" => Self::PastDue,
            "canceled" => Self::Canceled,
            other => Self::Unknown(other.to_string()),
        }
    }
}

string_enum_serde!(SubscriptionStatus);

/// Status of an invoice.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum InvoiceStatus {
    /// `draft`
    Draft,
    /// `open`
    Open,
    /// `paid`
    Paid,
    /// `void`
    Void,
    /// `uncollectible`
    Uncollectible,
    /// A value this version of the SDK does not know, kept as received.
    Unknown(String),
}

impl InvoiceStatus {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Draft => "draft",
            Self::Open => "open",
            Self::Paid => "paid",
            Self::Void => "void",
            Self::Uncollectible => "uncollectible",
            Self::Unknown(value) => value,
        }
    }
}

impl fmt::Display for InvoiceStatus {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl From<&str> for InvoiceStatus {
    fn from(value: &str) -> Self {
        match value {
            "draft" => Self::Draft,
            "open" => Self::Open,
            "paid" => Self::Paid,
            "void" => Self::Void,
            "uncollectible" => Self::Uncollectible,
            other => Self::Unknown(other.to_string()),
        }
    }
}

string_enum_serde!(InvoiceStatus);

/// How often a plan is billed.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum BillingInterval {
    /// `month`
    Month,
    /// `year`
    Year,
    /// A value this version of the SDK does not know, kept as received.
    Unknown(String),
}

impl BillingInterval {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Month => "month",
            Self::Year => "year",
            Self::Unknown(value) => value,
        }
    }
}

impl fmt::Display for BillingInterval {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl From<&str> for BillingInterval {
    fn from(value: &str) -> Self {
        match value {
            "month" => Self::Month,
            "year" => Self::Year,
            other => Self::Unknown(other.to_string()),
        }
    }
}

string_enum_serde!(BillingInterval);

/// Where entitlements come from: the tenant's plan, or a platform override.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum EntitlementSource {
    /// `plan`
    Plan,
    /// `override`
    Override,
    /// A value this version of the SDK does not know, kept as received.
    Unknown(String),
}

impl EntitlementSource {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Plan => "plan",
            Self::Override => "override",
            Self::Unknown(value) => value,
        }
    }
}

impl fmt::Display for EntitlementSource {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl From<&str> for EntitlementSource {
    fn from(value: &str) -> Self {
        match value {
            "plan" => Self::Plan,
            "override" => Self::Override,
            other => Self::Unknown(other.to_string()),
        }
    }
}

string_enum_serde!(EntitlementSource);

/// Kind of principal that performed an audited action.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum AuditActorType {
    /// `user`
    User,
    /// `api_key`
    ApiKey,
    /// `service_account`
    ServiceAccount,
    /// `system`
    System,
    /// A value this version of the SDK does not know, kept as received.
    Unknown(String),
}

impl AuditActorType {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::User => "user",
            Self::ApiKey => "api_key",
            Self::ServiceAccount => "service_account",
            Self::System => "system",
            Self::Unknown(value) => value,
        }
    }
}

impl fmt::Display for AuditActorType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl From<&str> for AuditActorType {
    fn from(value: &str) -> Self {
        match value {
            "user" => Self::User,
            "api_key" => Self::ApiKey,
            "service_account" => Self::ServiceAccount,
            "system" => Self::System,
            other => Self::Unknown(other.to_string()),
        }
    }
}

string_enum_serde!(AuditActorType);

/// Supported external identity providers.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum OAuthProvider {
    /// `google`
    Google,
    /// `github`
    Github,
    /// `microsoft`
    Microsoft,
    /// A value this version of the SDK does not know, kept as received.
    Unknown(String),
}

impl OAuthProvider {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Google => "google",
            Self::Github => "github",
            Self::Microsoft => "microsoft",
            Self::Unknown(value) => value,
        }
    }
}

impl fmt::Display for OAuthProvider {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl From<&str> for OAuthProvider {
    fn from(value: &str) -> Self {
        match value {
            "google" => Self::Google,
            "github" => Self::Github,
            "microsoft" => Self::Microsoft,
            other => Self::Unknown(other.to_string()),
        }
    }
}

string_enum_serde!(OAuthProvider);

/// Second factor kind.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum MfaMethod {
    /// `totp`
    Totp,
    /// A value this version of the SDK does not know, kept as received.
    Unknown(String),
}

impl MfaMethod {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Totp => "totp",
            Self::Unknown(value) => value,
        }
    }
}

impl fmt::Display for MfaMethod {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl From<&str> for MfaMethod {
    fn from(value: &str) -> Self {
        match value {
            "totp" => Self::Totp,
            other => Self::Unknown(other.to_string()),
        }
    }
}

string_enum_serde!(MfaMethod);

/// Service health.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum HealthStatus {
    /// `ok`
    Ok,
    /// `degraded`
    Degraded,
    /// A value this version of the SDK does not know, kept as received.
    Unknown(String),
}

impl HealthStatus {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Ok => "ok",
            Self::Degraded => "degraded",
            Self::Unknown(value) => value,
        }
    }
}

impl fmt::Display for HealthStatus {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl From<&str> for HealthStatus {
    fn from(value: &str) -> Self {
        match value {
            "ok" => Self::Ok,
            "degraded" => Self::Degraded,
            other => Self::Unknown(other.to_string()),
        }
    }
}

string_enum_serde!(HealthStatus);

/// Free-form JSON attributes (string keys, any JSON values) attached by the caller; stored and returned as given.
pub type Metadata = BTreeMap<String, Value>;

/// Numeric limits by name (e.g. `apiKeys`, `members`, `monthlyRequests`).
pub type PlanLimits = BTreeMap<String, i64>;

/// A Gatekeeper user.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct User {
    /// User id (`usr_...`).
    pub id: String,
    pub email: String,
    /// Display name, if given.
    #[serde(default)]
    pub name: Option<String>,
    pub email_verified: bool,
    /// Whether login asks for a second factor.
    pub mfa_enabled: bool,
    pub created_at: String,
}

/// An access token and the refresh token to renew it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct TokenPair {
    /// Bearer JWT for `Authorization`.
    pub access_token: String,
    /// Opaque token for `authRefresh`; single use (rotated on refresh).
    pub refresh_token: String,
    /// Always `Bearer`.
    pub token_type: String,
    /// Seconds until the access token expires.
    pub expires_in: i64,
}

/// A new session, with the tokens and the signed-in user.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct AuthSession {
    /// Bearer JWT for `Authorization`.
    pub access_token: String,
    /// Opaque token for `authRefresh`; single use (rotated on refresh).
    pub refresh_token: String,
    /// Always `Bearer`.
    pub token_type: String,
    /// Seconds until the access token expires.
    pub expires_in: i64,
    pub user: User,
}

/// Login succeeded without a second factor.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct LoginSuccess {
    /// Discriminator of `LoginResult`.
    pub kind: String,
    pub mfa_required: bool,
    /// Bearer JWT for `Authorization`.
    pub access_token: String,
    /// Opaque token for `authRefresh`; single use (rotated on refresh).
    pub refresh_token: String,
    /// Always `Bearer`.
    pub token_type: String,
    /// Seconds until the access token expires.
    pub expires_in: i64,
    pub user: User,
}

/// The password was right but the user has MFA; complete the login with `mfaVerifyChallenge`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct MfaChallenge {
    /// Discriminator of `LoginResult`.
    pub kind: String,
    pub mfa_required: bool,
    /// Single-use token identifying this login attempt.
    pub challenge_token: String,
    /// Second factors the user can answer with.
    pub methods: Vec<MfaMethod>,
    /// When the challenge expires (5 minutes after login).
    pub expires_at: String,
}

/// Result of a login: a session (`kind: session`, `mfaRequired: false`) or an MFA challenge (`kind: mfa_challenge`, `mfaRequired: true`). `kind` is the discriminator (a string, as OpenAPI requires); `mfaRequired` carries the same information as a boolean for simple checks.
#[allow(clippy::large_enum_variant)]
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(untagged)]
pub enum LoginResult {
    /// Tagged `session`.
    LoginSuccess(LoginSuccess),
    /// Tagged `mfa_challenge`.
    MfaChallenge(MfaChallenge),
    /// A variant this version of the SDK does not know, kept as received.
    Unknown(Value),
}

impl<'de> Deserialize<'de> for LoginResult {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let value = Value::deserialize(deserializer)?;
        match discriminator(&value, "kind").as_deref() {
            Some("session") => variant(value).map(Self::LoginSuccess),
            Some("mfa_challenge") => variant(value).map(Self::MfaChallenge),
            _ => Ok(Self::Unknown(value)),
        }
    }
}

/// New user's credentials.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SignupRequest {
    pub email: String,
    /// At least 8 characters.
    pub password: String,
    /// Display name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
}

/// Email and password.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct LoginRequest {
    pub email: String,
    pub password: String,
}

/// The refresh token to exchange.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct RefreshRequest {
    pub refresh_token: String,
}

/// The refresh token of the session to end.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct LogoutRequest {
    pub refresh_token: String,
}

/// Who asks for a reset link.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PasswordResetRequest {
    pub email: String,
}

/// Reset token from the email and the new password.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ResetPasswordRequest {
    /// Token from the reset link (valid 1 hour, single use).
    pub token: String,
    /// The new password, at least 8 characters.
    pub password: String,
}

/// Token from the verification email.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct VerifyEmailRequest {
    /// Token from the verification link (valid 24 hours).
    pub token: String,
}

/// A tenant (workspace) that owns keys, usage, roles, webhooks, audit log and a subscription.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Tenant {
    /// Tenant id (`ten_...`).
    pub id: String,
    pub name: String,
    /// URL-safe unique handle, derived from the name unless given.
    pub slug: String,
    /// User id of the creator.
    pub owner_id: String,
    pub created_at: String,
    pub updated_at: String,
}

/// The new tenant.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TenantCreateRequest {
    pub name: String,
    /// URL-safe unique handle; derived from `name` when absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub slug: Option<String>,
}

/// Fields to change; absent fields are kept.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TenantUpdateRequest {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub slug: Option<String>,
}

/// A user's membership in a tenant.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Member {
    pub tenant_id: String,
    pub user_id: String,
    pub email: String,
    #[serde(default)]
    pub name: Option<String>,
    pub role: TenantRole,
    pub joined_at: String,
}

/// The user to add, by `email` or by `userId` (exactly one), and their `role` (`TenantRole`; `member` when absent).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct MemberAddRequest {
    /// Email of an existing user.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    /// Id of an existing user.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role: Option<TenantRole>,
}

/// The member's new tenant role.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MemberRoleUpdateRequest {
    pub role: TenantRole,
}

/// A pending TOTP enrollment. The secret and recovery codes are shown only once.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct TotpEnrollment {
    /// Base32 TOTP secret, for manual entry.
    pub secret: String,
    /// `otpauth://` URL to render as a QR code.
    pub otpauth_url: String,
    /// Single-use codes that replace a TOTP code if the device is lost.
    pub recovery_codes: Vec<String>,
}

/// Whether MFA is on for the user.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct MfaStatus {
    pub enabled: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub method: Option<MfaMethod>,
    /// When MFA was turned on; null when off.
    #[serde(default)]
    pub enabled_at: Option<String>,
}

/// A current 6-digit TOTP code or an unused recovery code.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MfaCodeRequest {
    pub code: String,
}

/// The login challenge and the second factor.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct MfaChallengeVerifyRequest {
    /// `challengeToken` from the login response.
    pub challenge_token: String,
    /// A current 6-digit TOTP code or an unused recovery code.
    pub code: String,
}

/// Usage allowed to a key per period. `period` is `month` when absent.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct KeyQuota {
    /// Units allowed per period.
    pub limit: i64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub period: Option<QuotaPeriod>,
}

/// An API key record. The plaintext key is never part of it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ApiKey {
    /// Key id (`key_...`).
    pub id: String,
    pub tenant_id: String,
    /// Label for humans; `Untitled key` when not given at creation.
    pub name: String,
    /// First characters of the plaintext key, to recognise it in logs and UIs.
    pub prefix: String,
    /// Free-form scope strings (e.g. `read`, `write`) checked by `keysValidate`.
    pub scopes: Vec<String>,
    pub status: KeyStatus,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub quota: Option<KeyQuota>,
    /// When the key stops working; null for no expiry.
    #[serde(default)]
    pub expires_at: Option<String>,
    /// Last successful validation; null if never used.
    #[serde(default)]
    pub last_used_at: Option<String>,
    /// Number of successful validations.
    pub use_count: i64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metadata: Option<Metadata>,
    pub created_at: String,
    #[serde(default)]
    pub revoked_at: Option<String>,
}

/// The key to issue. Only `tenantId` is required.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ApiKeyCreateRequest {
    /// Tenant the key belongs to.
    pub tenant_id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Scopes granted to the key; none when absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scopes: Option<Vec<String>>,
    /// Expiry; the key never expires when absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expires_at: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub quota: Option<KeyQuota>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metadata: Option<Metadata>,
}

/// Fields to change; absent fields are kept. `scopes` replaces the whole list.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ApiKeyUpdateRequest {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scopes: Option<Vec<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub quota: Option<KeyQuota>,
}

/// A newly issued key and its plaintext, which is shown this once.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct CreatedApiKey {
    pub api_key: ApiKey,
    /// The full key to hand to the client now; Gatekeeper keeps only a hash of it.
    pub plain_text_key: String,
}

/// What the key must grant.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct KeyValidateRequest {
    /// Every one of these scopes must be held (none required when absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub required_scopes: Option<Vec<String>>,
}

/// A valid key and what it grants.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct KeyInfo {
    pub key_id: String,
    pub tenant_id: String,
    pub name: String,
    pub scopes: Vec<String>,
    #[serde(default)]
    pub expires_at: Option<String>,
    /// Units left in the current quota period after this use; null when the key has no quota.
    #[serde(default)]
    pub quota_remaining: Option<i64>,
}

/// What the exchanged token should carry.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct TokenExchangeRequest {
    /// Subset of the key's scopes to put in the token; all of them when absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scopes: Option<Vec<String>>,
    /// Lifetime of the token in seconds.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ttl_seconds: Option<i64>,
}

/// A short-lived bearer JWT minted from an API key.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ExchangedToken {
    pub access_token: String,
    /// Always `Bearer`.
    pub token_type: String,
    /// Seconds until the token expires.
    pub expires_in: i64,
    pub scopes: Vec<String>,
}

/// One metered usage event.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct UsageRecordRequest {
    pub tenant_id: String,
    /// Key that made the metered call, if any; counts against its quota.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub api_key_id: Option<String>,
    /// Metered service (e.g. `inference`).
    pub service: String,
    /// Action within the service (e.g. `completion`).
    pub action: String,
    /// Units consumed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub quantity: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metadata: Option<Metadata>,
}

/// A recorded usage event.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct UsageEvent {
    /// Usage event id (`uev_...`).
    pub id: String,
    pub tenant_id: String,
    #[serde(default)]
    pub api_key_id: Option<String>,
    pub service: String,
    pub action: String,
    pub quantity: i64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metadata: Option<Metadata>,
    pub recorded_at: String,
}

/// The quota to check and how much would be used.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct QuotaCheckRequest {
    pub tenant_id: String,
    /// Check this key's own quota instead of the tenant's plan limit.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub api_key_id: Option<String>,
    /// Metered service whose plan limit applies (when no `apiKeyId`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub service: Option<String>,
    /// Units that would be consumed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub quantity: Option<i64>,
}

/// Whether the usage fits, and the state of the quota.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct QuotaCheck {
    pub allowed: bool,
    /// Units per period; null when no quota applies.
    #[serde(default)]
    pub limit: Option<i64>,
    /// Units left in the period before this usage; null when no quota applies.
    #[serde(default)]
    pub remaining: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub period: Option<QuotaPeriod>,
    /// When the current period ends; null when no quota applies.
    #[serde(default)]
    pub reset_at: Option<String>,
}

/// Total quantity of one service and action.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct UsageTotal {
    pub service: String,
    pub action: String,
    pub quantity: i64,
}

/// A tenant's usage totals over a time range.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct UsageSummary {
    pub tenant_id: String,
    pub from: String,
    pub to: String,
    /// Sum of all quantities.
    pub total: i64,
    pub totals: Vec<UsageTotal>,
}

/// A custom RBAC role of a tenant, a named set of permissions.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Role {
    /// Role id (`rol_...`).
    pub id: String,
    pub tenant_id: String,
    pub name: String,
    #[serde(default)]
    pub description: Option<String>,
    /// Permission strings, `resource:action` (e.g. `billing:write`).
    pub permissions: Vec<String>,
    pub created_at: String,
    pub updated_at: String,
}

/// The new role.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RoleCreateRequest {
    /// Unique in the tenant; lowercase letters, digits, `-` and `_`.
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    pub permissions: Vec<String>,
}

/// Fields to change; absent fields are kept. `permissions` replaces the whole list.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RoleUpdateRequest {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub permissions: Option<Vec<String>>,
}

/// A custom role held by a member.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct RoleAssignment {
    pub tenant_id: String,
    pub user_id: String,
    pub role_id: String,
    pub assigned_at: String,
}

/// Who and what to check.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct PermissionCheckRequest {
    pub user_id: String,
    /// Permission string, `resource:action`.
    pub permission: String,
}

/// The permission decision.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct PermissionCheck {
    pub allowed: bool,
    pub user_id: String,
    pub permission: String,
    /// Ids of the roles that grant the permission (`owner`/`admin` for the built-in roles); empty when denied.
    pub granted_by: Vec<String>,
}

/// A URL that receives a tenant's events.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct WebhookEndpoint {
    /// Endpoint id (`whe_...`).
    pub id: String,
    pub tenant_id: String,
    pub url: String,
    #[serde(default)]
    pub description: Option<String>,
    pub events: Vec<WebhookEventType>,
    /// Paused endpoints receive nothing.
    pub enabled: bool,
    pub created_at: String,
    pub updated_at: String,
}

/// The endpoint to register.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct WebhookEndpointCreateRequest {
    /// HTTPS URL.
    pub url: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    pub events: Vec<WebhookEventType>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enabled: Option<bool>,
}

/// Fields to change; absent fields are kept. `events` replaces the whole list.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct WebhookEndpointUpdateRequest {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub events: Option<Vec<WebhookEventType>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enabled: Option<bool>,
}

/// The synthetic event to send.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct WebhookTestRequest {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub event_type: Option<WebhookEventType>,
}

/// One attempt to deliver an event to an endpoint.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct WebhookDelivery {
    /// Delivery id (`whd_...`).
    pub id: String,
    pub endpoint_id: String,
    /// Event id (`evt_...`); the same across redeliveries.
    pub event_id: String,
    pub event_type: WebhookEventType,
    pub status: WebhookDeliveryStatus,
    /// 1 for the first attempt, then counting retries and redeliveries.
    pub attempt: i64,
    /// HTTP status the endpoint answered; null if it could not be reached.
    #[serde(default)]
    pub response_status: Option<i64>,
    #[serde(default)]
    pub duration_ms: Option<i64>,
    pub created_at: String,
    /// When the endpoint acknowledged with 2xx; null otherwise.
    #[serde(default)]
    pub delivered_at: Option<String>,
}

/// One entry of a tenant's append-only audit log.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct AuditEntry {
    /// Audit entry id (`aud_...`).
    pub id: String,
    pub tenant_id: String,
    pub actor_type: AuditActorType,
    /// Id of the user, key or service account; null for `system`.
    #[serde(default)]
    pub actor_id: Option<String>,
    /// What happened, `resource.verb` (e.g. `key.revoked`).
    pub action: String,
    pub resource_type: String,
    #[serde(default)]
    pub resource_id: Option<String>,
    /// Client IP of the request, when there was one.
    #[serde(default)]
    pub ip_address: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metadata: Option<Metadata>,
    pub occurred_at: String,
}

/// The entry to append. The actor is the caller.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct AuditRecordRequest {
    pub action: String,
    pub resource_type: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub resource_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metadata: Option<Metadata>,
}

/// A plan tenants can subscribe to.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Plan {
    /// Plan id (`plan_...`).
    pub id: String,
    pub name: String,
    pub description: String,
    /// Price per interval in the currency's minor unit.
    pub price_cents: i64,
    /// ISO 4217 code, lowercase.
    pub currency: String,
    pub interval: BillingInterval,
    /// Feature flags the plan enables.
    pub features: Vec<String>,
    pub limits: PlanLimits,
}

/// A tenant's subscription to a plan.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Subscription {
    /// Subscription id (`sub_...`).
    pub id: String,
    pub tenant_id: String,
    pub plan_id: String,
    pub status: SubscriptionStatus,
    pub current_period_start: String,
    pub current_period_end: String,
    /// True when the subscription ends at `currentPeriodEnd`.
    pub cancel_at_period_end: bool,
    /// When cancellation was requested; null if not canceled.
    #[serde(default)]
    pub canceled_at: Option<String>,
}

/// The plan to move to.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct SubscribeRequest {
    pub plan_id: String,
}

/// How to cancel.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct CancelSubscriptionRequest {
    /// Keep the plan until the end of the paid period (true) or stop now (false).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub at_period_end: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
}

/// What a tenant may use now.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Entitlements {
    pub tenant_id: String,
    pub plan_id: String,
    pub source: EntitlementSource,
    pub features: Vec<String>,
    pub limits: PlanLimits,
}

/// One line of an invoice.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct InvoiceLine {
    pub description: String,
    pub quantity: i64,
    pub unit_amount_cents: i64,
    pub amount_cents: i64,
}

/// An invoice for one billing period.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Invoice {
    /// Invoice id (`inv_...`).
    pub id: String,
    pub tenant_id: String,
    pub subscription_id: String,
    pub status: InvoiceStatus,
    pub currency: String,
    pub amount_due_cents: i64,
    pub period_start: String,
    pub period_end: String,
    pub lines: Vec<InvoiceLine>,
}

/// Where to send the browser to sign in with the provider.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct OAuthAuthorization {
    pub url: String,
    /// The state to expect back on the callback.
    pub state: String,
}

/// What the provider sent back to the redirect URI.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct OAuthCallbackRequest {
    /// Authorization code from the provider.
    pub code: String,
    pub state: String,
    /// The `redirectUri` used for `oAuthAuthorize`, if the provider requires it again.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub redirect_uri: Option<String>,
}

/// The counter to hit and its limit.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RateLimitCheckRequest {
    /// Any string naming the counter (e.g. `login:&lt;ip&gt;`); scoped to the caller.
    pub key: String,
    /// Hits allowed per window.
    pub limit: i64,
    /// Window length in seconds.
    pub window: i64,
    /// Hits this check counts.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cost: Option<i64>,
}

/// The rate-limit decision.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct RateLimitCheck {
    pub allowed: bool,
    pub limit: i64,
    /// Hits left in the window after this one.
    pub remaining: i64,
    /// When the window ends.
    pub reset_at: String,
    /// Seconds to wait when not allowed; null when allowed.
    #[serde(default)]
    pub retry_after: Option<i64>,
}

/// A platform-set plan that takes precedence over a tenant's subscription.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct SubscriptionOverride {
    pub tenant_id: String,
    pub plan_id: String,
    pub reason: String,
    /// When the override lapses; null for never.
    #[serde(default)]
    pub expires_at: Option<String>,
    /// Service account that set it.
    pub set_by: String,
    pub created_at: String,
}

/// The override to set.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct SubscriptionOverrideRequest {
    pub plan_id: String,
    pub reason: String,
    /// When the override lapses; never when absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expires_at: Option<String>,
}

/// A background job.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Job {
    /// Job id (`job_...`).
    pub id: String,
    /// Job kind (e.g. `webhook.deliver`, `usage.rollup`, `billing.invoice`).
    pub type_: String,
    pub status: JobStatus,
    /// Tenant the job works for; null for platform-wide jobs.
    #[serde(default)]
    pub tenant_id: Option<String>,
    pub attempts: i64,
    pub max_attempts: i64,
    #[serde(default)]
    pub last_error: Option<String>,
    pub payload: Metadata,
    pub created_at: String,
    pub updated_at: String,
    #[serde(default)]
    pub finished_at: Option<String>,
}

/// A platform service account. Its secret is never part of it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ServiceAccount {
    /// Service account id (`sa_...`).
    pub id: String,
    pub name: String,
    #[serde(default)]
    pub description: Option<String>,
    pub created_at: String,
    #[serde(default)]
    pub last_used_at: Option<String>,
    #[serde(default)]
    pub revoked_at: Option<String>,
}

/// The account to create.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ServiceAccountCreateRequest {
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
}

/// A new service account and its secret, shown this once.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct CreatedServiceAccount {
    pub service_account: ServiceAccount,
    /// Bearer token for `platformAuth`; Gatekeeper keeps only a hash of it.
    pub secret: String,
}

/// Service health.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Health {
    pub status: HealthStatus,
    pub version: String,
    pub time: String,
}

#[cfg(feature = "all-models")]
mod extra;
#[cfg(feature = "all-models")]
pub use extra::*;
