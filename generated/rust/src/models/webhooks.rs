//! The models only the `webhooks` feature needs.

use crate::de::{read_object, Object, ReadObject};
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;

/// A page of `WebhookEndpoint`. `nextCursor` is null on the last page; otherwise pass it as `cursor` to get the next one.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[non_exhaustive]
#[serde(rename_all = "camelCase")]
pub struct WebhookEndpointPage {
    pub items: Vec<WebhookEndpoint>,
    pub next_cursor: Option<String>,
}

impl<'de> Deserialize<'de> for WebhookEndpointPage {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        read_object(deserializer)
    }
}

impl ReadObject for WebhookEndpointPage {
    fn read(object: &mut Object) -> Result<Self, serde_json::Error> {
        Ok(Self {
            items: object.required("items")?,
            next_cursor: object.optional("nextCursor")?,
        })
    }
}

/// A page of `WebhookDelivery`. `nextCursor` is null on the last page; otherwise pass it as `cursor` to get the next one.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[non_exhaustive]
#[serde(rename_all = "camelCase")]
pub struct WebhookDeliveryPage {
    pub items: Vec<WebhookDelivery>,
    pub next_cursor: Option<String>,
}

impl<'de> Deserialize<'de> for WebhookDeliveryPage {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        read_object(deserializer)
    }
}

impl ReadObject for WebhookDeliveryPage {
    fn read(object: &mut Object) -> Result<Self, serde_json::Error> {
        Ok(Self {
            items: object.required("items")?,
            next_cursor: object.optional("nextCursor")?,
        })
    }
}

/// Event types a webhook endpoint can subscribe to. `webhook.test` is only sent by `webhooksDispatchTest`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
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
#[non_exhaustive]
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

/// A URL that receives a tenant's events.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[non_exhaustive]
#[serde(rename_all = "camelCase")]
pub struct WebhookEndpoint {
    /// Endpoint id (`whe_...`).
    pub id: String,
    pub tenant_id: String,
    pub url: String,
    pub description: Option<String>,
    pub events: Vec<WebhookEventType>,
    /// Paused endpoints receive nothing.
    pub enabled: bool,
    pub created_at: String,
    pub updated_at: String,
}

impl<'de> Deserialize<'de> for WebhookEndpoint {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        read_object(deserializer)
    }
}

impl ReadObject for WebhookEndpoint {
    fn read(object: &mut Object) -> Result<Self, serde_json::Error> {
        Ok(Self {
            id: object.required("id")?,
            tenant_id: object.required("tenantId")?,
            url: object.required("url")?,
            description: object.optional("description")?,
            events: object.required("events")?,
            enabled: object.required("enabled")?,
            created_at: object.required("createdAt")?,
            updated_at: object.required("updatedAt")?,
        })
    }
}

/// The endpoint to register.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[non_exhaustive]
pub struct WebhookEndpointCreateRequest {
    /// HTTPS URL.
    pub url: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    pub events: Vec<WebhookEventType>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub enabled: Option<bool>,
}

impl<'de> Deserialize<'de> for WebhookEndpointCreateRequest {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        read_object(deserializer)
    }
}

impl ReadObject for WebhookEndpointCreateRequest {
    fn read(object: &mut Object) -> Result<Self, serde_json::Error> {
        Ok(Self {
            url: object.required("url")?,
            description: object.optional("description")?,
            events: object.required("events")?,
            enabled: object.optional("enabled")?,
        })
    }
}

/// Fields to change; absent fields are kept. `events` replaces the whole list.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[non_exhaustive]
pub struct WebhookEndpointUpdateRequest {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub events: Option<Vec<WebhookEventType>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub enabled: Option<bool>,
}

impl<'de> Deserialize<'de> for WebhookEndpointUpdateRequest {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        read_object(deserializer)
    }
}

impl ReadObject for WebhookEndpointUpdateRequest {
    fn read(object: &mut Object) -> Result<Self, serde_json::Error> {
        Ok(Self {
            url: object.optional("url")?,
            description: object.optional("description")?,
            events: object.optional("events")?,
            enabled: object.optional("enabled")?,
        })
    }
}

/// The synthetic event to send.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[non_exhaustive]
#[serde(rename_all = "camelCase")]
pub struct WebhookTestRequest {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub event_type: Option<WebhookEventType>,
}

impl<'de> Deserialize<'de> for WebhookTestRequest {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        read_object(deserializer)
    }
}

impl ReadObject for WebhookTestRequest {
    fn read(object: &mut Object) -> Result<Self, serde_json::Error> {
        Ok(Self {
            event_type: object.optional("eventType")?,
        })
    }
}

/// One attempt to deliver an event to an endpoint.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[non_exhaustive]
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
    pub response_status: Option<i64>,
    pub duration_ms: Option<i64>,
    pub created_at: String,
    /// When the endpoint acknowledged with 2xx; null otherwise.
    pub delivered_at: Option<String>,
}

impl<'de> Deserialize<'de> for WebhookDelivery {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        read_object(deserializer)
    }
}

impl ReadObject for WebhookDelivery {
    fn read(object: &mut Object) -> Result<Self, serde_json::Error> {
        Ok(Self {
            id: object.required("id")?,
            endpoint_id: object.required("endpointId")?,
            event_id: object.required("eventId")?,
            event_type: object.required("eventType")?,
            status: object.required("status")?,
            attempt: object.required("attempt")?,
            response_status: object.optional("responseStatus")?,
            duration_ms: object.optional("durationMs")?,
            created_at: object.required("createdAt")?,
            delivered_at: object.optional("deliveredAt")?,
        })
    }
}
