//! The models only the `platform_billing` feature needs.

use serde::{Deserialize, Serialize};

/// A platform-set plan that takes precedence over a tenant's subscription.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
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
#[non_exhaustive]
#[serde(rename_all = "camelCase")]
pub struct SubscriptionOverrideRequest {
    pub plan_id: String,
    pub reason: String,
    /// When the override lapses; never when absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expires_at: Option<String>,
}
