//! The models only the `usage` feature needs.

use super::{Metadata, QuotaPeriod};
use serde::{Deserialize, Serialize};

/// A page of `UsageEvent`. `nextCursor` is null on the last page; otherwise pass it as `cursor` to get the next one.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
#[serde(rename_all = "camelCase")]
pub struct UsageEventPage {
    pub items: Vec<UsageEvent>,
    #[serde(default)]
    pub next_cursor: Option<String>,
}

/// One metered usage event.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
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
#[non_exhaustive]
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
#[non_exhaustive]
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
#[non_exhaustive]
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
#[non_exhaustive]
pub struct UsageTotal {
    pub service: String,
    pub action: String,
    pub quantity: i64,
}

/// A tenant's usage totals over a time range.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
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
