//! The models only the `usage` feature needs.

use super::{Metadata, QuotaPeriod};
use crate::de::{read_object, Object, ReadObject};
use serde::{Deserialize, Deserializer, Serialize};

/// A page of `UsageEvent`. `nextCursor` is null on the last page; otherwise pass it as `cursor` to get the next one.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[non_exhaustive]
#[serde(rename_all = "camelCase")]
pub struct UsageEventPage {
    pub items: Vec<UsageEvent>,
    pub next_cursor: Option<String>,
}

impl<'de> Deserialize<'de> for UsageEventPage {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        read_object(deserializer)
    }
}

impl ReadObject for UsageEventPage {
    fn read(object: &mut Object) -> Result<Self, serde_json::Error> {
        Ok(Self {
            items: object.required("items")?,
            next_cursor: object.optional("nextCursor")?,
        })
    }
}

/// One metered usage event.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[non_exhaustive]
#[serde(rename_all = "camelCase")]
pub struct UsageRecordRequest {
    pub tenant_id: String,
    /// Key that made the metered call, if any; counts against its quota.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub api_key_id: Option<String>,
    /// Metered service (e.g. `inference`).
    pub service: String,
    /// Action within the service (e.g. `completion`).
    pub action: String,
    /// Units consumed.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub quantity: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub metadata: Option<Metadata>,
}

impl<'de> Deserialize<'de> for UsageRecordRequest {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        read_object(deserializer)
    }
}

impl ReadObject for UsageRecordRequest {
    fn read(object: &mut Object) -> Result<Self, serde_json::Error> {
        Ok(Self {
            tenant_id: object.required("tenantId")?,
            api_key_id: object.optional("apiKeyId")?,
            service: object.required("service")?,
            action: object.required("action")?,
            quantity: object.optional("quantity")?,
            metadata: object.optional("metadata")?,
        })
    }
}

/// A recorded usage event.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[non_exhaustive]
#[serde(rename_all = "camelCase")]
pub struct UsageEvent {
    /// Usage event id (`uev_...`).
    pub id: String,
    pub tenant_id: String,
    pub api_key_id: Option<String>,
    pub service: String,
    pub action: String,
    pub quantity: i64,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub metadata: Option<Metadata>,
    pub recorded_at: String,
}

impl<'de> Deserialize<'de> for UsageEvent {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        read_object(deserializer)
    }
}

impl ReadObject for UsageEvent {
    fn read(object: &mut Object) -> Result<Self, serde_json::Error> {
        Ok(Self {
            id: object.required("id")?,
            tenant_id: object.required("tenantId")?,
            api_key_id: object.optional("apiKeyId")?,
            service: object.required("service")?,
            action: object.required("action")?,
            quantity: object.required("quantity")?,
            metadata: object.optional("metadata")?,
            recorded_at: object.required("recordedAt")?,
        })
    }
}

/// The quota to check and how much would be used.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[non_exhaustive]
#[serde(rename_all = "camelCase")]
pub struct QuotaCheckRequest {
    pub tenant_id: String,
    /// Check this key's own quota instead of the tenant's plan limit.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub api_key_id: Option<String>,
    /// Metered service whose plan limit applies (when no `apiKeyId`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub service: Option<String>,
    /// Units that would be consumed.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub quantity: Option<i64>,
}

impl<'de> Deserialize<'de> for QuotaCheckRequest {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        read_object(deserializer)
    }
}

impl ReadObject for QuotaCheckRequest {
    fn read(object: &mut Object) -> Result<Self, serde_json::Error> {
        Ok(Self {
            tenant_id: object.required("tenantId")?,
            api_key_id: object.optional("apiKeyId")?,
            service: object.optional("service")?,
            quantity: object.optional("quantity")?,
        })
    }
}

/// Whether the usage fits, and the state of the quota.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[non_exhaustive]
#[serde(rename_all = "camelCase")]
pub struct QuotaCheck {
    pub allowed: bool,
    /// Units per period; null when no quota applies.
    pub limit: Option<i64>,
    /// Units left in the period before this usage; null when no quota applies.
    pub remaining: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub period: Option<QuotaPeriod>,
    /// When the current period ends; null when no quota applies.
    pub reset_at: Option<String>,
}

impl<'de> Deserialize<'de> for QuotaCheck {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        read_object(deserializer)
    }
}

impl ReadObject for QuotaCheck {
    fn read(object: &mut Object) -> Result<Self, serde_json::Error> {
        Ok(Self {
            allowed: object.required("allowed")?,
            limit: object.optional("limit")?,
            remaining: object.optional("remaining")?,
            period: object.optional("period")?,
            reset_at: object.optional("resetAt")?,
        })
    }
}

/// Total quantity of one service and action.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[non_exhaustive]
pub struct UsageTotal {
    pub service: String,
    pub action: String,
    pub quantity: i64,
}

impl<'de> Deserialize<'de> for UsageTotal {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        read_object(deserializer)
    }
}

impl ReadObject for UsageTotal {
    fn read(object: &mut Object) -> Result<Self, serde_json::Error> {
        Ok(Self {
            service: object.required("service")?,
            action: object.required("action")?,
            quantity: object.required("quantity")?,
        })
    }
}

/// A tenant's usage totals over a time range.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[non_exhaustive]
#[serde(rename_all = "camelCase")]
pub struct UsageSummary {
    pub tenant_id: String,
    pub from: String,
    pub to: String,
    /// Sum of all quantities.
    pub total: i64,
    pub totals: Vec<UsageTotal>,
}

impl<'de> Deserialize<'de> for UsageSummary {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        read_object(deserializer)
    }
}

impl ReadObject for UsageSummary {
    fn read(object: &mut Object) -> Result<Self, serde_json::Error> {
        Ok(Self {
            tenant_id: object.required("tenantId")?,
            from: object.required("from")?,
            to: object.required("to")?,
            total: object.required("total")?,
            totals: object.required("totals")?,
        })
    }
}
