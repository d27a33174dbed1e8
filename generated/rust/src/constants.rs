//! The known values of the enums the operations take, shipped with their services.

use crate::models::*;

/// Every known value of [`TenantRole`], in the order of the API description.
#[cfg(feature = "tenants")]
pub const TENANT_ROLES: &[TenantRole] = &[TenantRole::Owner, TenantRole::Admin, TenantRole::Member];

/// Every known value of [`QuotaPeriod`], in the order of the API description.
#[cfg(any(feature = "keys", feature = "usage"))]
pub const QUOTA_PERIODS: &[QuotaPeriod] =
    &[QuotaPeriod::Hour, QuotaPeriod::Day, QuotaPeriod::Month];

/// Every known value of [`KeyStatus`], in the order of the API description.
#[cfg(feature = "keys")]
pub const KEY_STATUSES: &[KeyStatus] = &[KeyStatus::Active, KeyStatus::Revoked, KeyStatus::Expired];

/// Every known value of [`WebhookEventType`], in the order of the API description.
#[cfg(feature = "webhooks")]
pub const WEBHOOK_EVENT_TYPES: &[WebhookEventType] = &[
    WebhookEventType::TenantUpdated,
    WebhookEventType::TenantDeleted,
    WebhookEventType::MemberAdded,
    WebhookEventType::MemberRemoved,
    WebhookEventType::MemberRoleChanged,
    WebhookEventType::KeyCreated,
    WebhookEventType::KeyRevoked,
    WebhookEventType::KeyRotated,
    WebhookEventType::KeyExpired,
    WebhookEventType::UsageQuotaExceeded,
    WebhookEventType::SubscriptionUpdated,
    WebhookEventType::InvoiceIssued,
    WebhookEventType::WebhookTest,
];

/// Every known value of [`WebhookDeliveryStatus`], in the order of the API description.
#[cfg(feature = "webhooks")]
pub const WEBHOOK_DELIVERY_STATUSES: &[WebhookDeliveryStatus] = &[
    WebhookDeliveryStatus::Pending,
    WebhookDeliveryStatus::Succeeded,
    WebhookDeliveryStatus::Failed,
];

/// Every known value of [`AuditExportFormat`], in the order of the API description.
#[cfg(feature = "audit")]
pub const AUDIT_EXPORT_FORMATS: &[AuditExportFormat] = &[
    AuditExportFormat::Csv,
    AuditExportFormat::Json,
    AuditExportFormat::Ndjson,
];

/// Every known value of [`OAuthProvider`], in the order of the API description.
#[cfg(feature = "oauth")]
pub const OAUTH_PROVIDERS: &[OAuthProvider] = &[
    OAuthProvider::Google,
    OAuthProvider::Github,
    OAuthProvider::Microsoft,
];

/// Every known value of [`JobStatus`], in the order of the API description.
#[cfg(feature = "platform_jobs")]
pub const JOB_STATUSES: &[JobStatus] = &[
    JobStatus::Queued,
    JobStatus::Running,
    JobStatus::Succeeded,
    JobStatus::Failed,
    JobStatus::Cancelled,
];
