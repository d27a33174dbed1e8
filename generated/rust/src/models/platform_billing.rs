//! The models only the `platform_billing` feature needs.

use crate::de::{read_object, Object, ReadObject};
use serde::{Deserialize, Deserializer, Serialize};

/// A platform-set plan that takes precedence over a tenant's subscription.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[non_exhaustive]
#[serde(rename_all = "camelCase")]
pub struct SubscriptionOverride {
    pub tenant_id: String,
    pub plan_id: String,
    pub reason: String,
    /// When the override lapses; null for never.
    pub expires_at: Option<String>,
    /// Service account that set it.
    pub set_by: String,
    pub created_at: String,
}

impl<'de> Deserialize<'de> for SubscriptionOverride {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        read_object(deserializer)
    }
}

impl ReadObject for SubscriptionOverride {
    fn read(object: &mut Object) -> Result<Self, serde_json::Error> {
        Ok(Self {
            tenant_id: object.required("tenantId")?,
            plan_id: object.required("planId")?,
            reason: object.required("reason")?,
            expires_at: object.optional("expiresAt")?,
            set_by: object.required("setBy")?,
            created_at: object.required("createdAt")?,
        })
    }
}

/// The override to set.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[non_exhaustive]
#[serde(rename_all = "camelCase")]
pub struct SubscriptionOverrideRequest {
    pub plan_id: String,
    pub reason: String,
    /// When the override lapses; never when absent.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub expires_at: Option<String>,
}

impl<'de> Deserialize<'de> for SubscriptionOverrideRequest {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        read_object(deserializer)
    }
}

impl ReadObject for SubscriptionOverrideRequest {
    fn read(object: &mut Object) -> Result<Self, serde_json::Error> {
        Ok(Self {
            plan_id: object.required("planId")?,
            reason: object.required("reason")?,
            expires_at: object.optional("expiresAt")?,
        })
    }
}
