//! The `RateLimitService`.

use crate::call::{decode, Call};
use crate::client::Core;
use crate::models::*;
use crate::request::{ApiRequest, Fields};
use reqwest::Method;

/// Standalone fixed-window rate-limit check for arbitrary keys.
///
/// Built over a shared core: `RateLimitService::new(&core)`.
#[derive(Debug, Clone)]
pub struct RateLimitService {
    core: Core,
}

impl RateLimitService {
    /// A `RateLimitService` over `core` (cloning the core is cheap).
    pub fn new(core: &Core) -> Self {
        Self { core: core.clone() }
    }

    /// Check and count a rate limit
    ///
    /// Counts one hit (or `cost` hits) against `key` in a fixed window of `window` seconds and tells whether it is within `limit`. A refusal is `allowed: false` with `retryAfter`, not an error; 429 only means the caller itself is rate limited.
    pub fn check(
        &self,
        key: &str,
        limit: i64,
        window: i64,
        params: RateLimitCheckParams,
    ) -> Call<RateLimitCheck> {
        let mut body = Fields::new();
        body.field("key", key);
        body.field("limit", &limit);
        body.field("window", &window);
        body.optional("cost", params.cost);
        let mut request = ApiRequest::new(Method::POST, "/api/rate-limit/check");
        request.json_fields(body);
        request.security(&[&["bearerAuth"]]);
        Call::new(&self.core, request, decode::json)
    }
}

/// Optional inputs of [`RateLimitService::check`]; set those you need, e.g.
/// `RateLimitCheckParams::new().cost(..)`.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct RateLimitCheckParams {
    /// Hits this check counts.
    pub cost: Option<i64>,
}

impl RateLimitCheckParams {
    /// No optional input set.
    pub fn new() -> Self {
        Default::default()
    }

    /// Hits this check counts.
    pub fn cost(mut self, cost: i64) -> Self {
        self.cost = Some(cost);
        self
    }
}
