//! The models only the `rate_limit` feature needs.

use crate::de::{read_object, Object, ReadObject};
use serde::{Deserialize, Deserializer, Serialize};

/// The counter to hit and its limit.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[non_exhaustive]
pub struct RateLimitCheckRequest {
    /// Any string naming the counter (e.g. `login:&lt;ip&gt;`); scoped to the caller.
    pub key: String,
    /// Hits allowed per window.
    pub limit: i64,
    /// Window length in seconds.
    pub window: i64,
    /// Hits this check counts.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cost: Option<i64>,
}

impl<'de> Deserialize<'de> for RateLimitCheckRequest {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        read_object(deserializer)
    }
}

impl ReadObject for RateLimitCheckRequest {
    fn read(object: &mut Object) -> Result<Self, serde_json::Error> {
        Ok(Self {
            key: object.required("key")?,
            limit: object.required("limit")?,
            window: object.required("window")?,
            cost: object.optional("cost")?,
        })
    }
}

/// The rate-limit decision.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[non_exhaustive]
#[serde(rename_all = "camelCase")]
pub struct RateLimitCheck {
    pub allowed: bool,
    pub limit: i64,
    /// Hits left in the window after this one.
    pub remaining: i64,
    /// When the window ends.
    pub reset_at: String,
    /// Seconds to wait when not allowed; null when allowed.
    pub retry_after: Option<i64>,
}

impl<'de> Deserialize<'de> for RateLimitCheck {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        read_object(deserializer)
    }
}

impl ReadObject for RateLimitCheck {
    fn read(object: &mut Object) -> Result<Self, serde_json::Error> {
        Ok(Self {
            allowed: object.required("allowed")?,
            limit: object.required("limit")?,
            remaining: object.required("remaining")?,
            reset_at: object.required("resetAt")?,
            retry_after: object.optional("retryAfter")?,
        })
    }
}
