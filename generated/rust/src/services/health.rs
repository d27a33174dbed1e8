//! The `HealthService`.

use crate::call::{decode, Call};
use crate::client::Core;
use crate::models::*;
use crate::request::ApiRequest;
use reqwest::Method;

/// Liveness check.
///
/// Built over a shared core: `HealthService::new(&core)`.
#[derive(Debug, Clone)]
pub struct HealthService {
    core: Core,
}

impl HealthService {
    /// A `HealthService` over `core` (cloning the core is cheap).
    pub fn new(core: &Core) -> Self {
        Self { core: core.clone() }
    }

    /// Health check
    ///
    /// Liveness of the service. Public; not rate limited per user but shares the global limit.
    pub fn check(&self) -> Call<Health> {
        let request = ApiRequest::new(Method::GET, "/api/health");
        Call::new(&self.core, request, decode::json)
    }
}
