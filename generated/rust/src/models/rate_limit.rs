//! The models only the `rate_limit` feature needs.

use serde::{Deserialize, Serialize};

/// The counter to hit and its limit.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
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
    #[serde(default)]
    pub retry_after: Option<i64>,
}
