//! The `PlatformBillingService`.

use crate::call::{decode, Call};
use crate::client::Core;
use crate::models::*;
use crate::request::{ApiRequest, Fields};
use reqwest::Method;

/// Platform operators only. Subscription overrides for a tenant.
///
/// Built over a shared core: `PlatformBillingService::new(&core)`.
#[derive(Debug, Clone)]
pub struct PlatformBillingService {
    core: Core,
}

impl PlatformBillingService {
    /// A `PlatformBillingService` over `core` (cloning the core is cheap).
    pub fn new(core: &Core) -> Self {
        Self { core: core.clone() }
    }

    /// Get a subscription override
    ///
    /// Returns the tenant's override; 404 when it has none.
    pub fn get_override(&self, tenant_id: &str) -> Call<SubscriptionOverride> {
        let mut request =
            ApiRequest::new(Method::GET, "/api/platform/billing/overrides/{tenantId}");
        request.path_param("tenantId", tenant_id);
        request.security(&[&["platformAuth"]]);
        Call::new(&self.core, request, decode::json)
    }

    /// Set a subscription override
    ///
    /// Puts a tenant on a plan regardless of its paid subscription (for trials, partners, support credits), until `expiresAt` or until cleared. Replaces any existing override.
    pub fn set_override(
        &self,
        tenant_id: &str,
        plan_id: &str,
        reason: &str,
        params: PlatformBillingSetOverrideParams,
    ) -> Call<SubscriptionOverride> {
        let mut body = Fields::new();
        body.field("planId", plan_id);
        body.field("reason", reason);
        body.optional("expiresAt", params.expires_at);
        let mut request =
            ApiRequest::new(Method::PUT, "/api/platform/billing/overrides/{tenantId}");
        request.path_param("tenantId", tenant_id);
        request.json_fields(body);
        request.security(&[&["platformAuth"]]);
        Call::new(&self.core, request, decode::json)
    }

    /// Clear a subscription override
    ///
    /// Removes the override; the tenant's own subscription applies again.
    pub fn clear_override(&self, tenant_id: &str) -> Call<Empty> {
        let mut request =
            ApiRequest::new(Method::DELETE, "/api/platform/billing/overrides/{tenantId}");
        request.path_param("tenantId", tenant_id);
        request.security(&[&["platformAuth"]]);
        Call::new(&self.core, request, decode::json)
    }
}

/// Optional inputs of [`PlatformBillingService::set_override`]; set those you need, e.g.
/// `PlatformBillingSetOverrideParams::new().expires_at(..)`.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct PlatformBillingSetOverrideParams {
    /// When the override lapses; never when absent.
    pub expires_at: Option<String>,
}

impl PlatformBillingSetOverrideParams {
    /// No optional input set.
    pub fn new() -> Self {
        Default::default()
    }

    /// When the override lapses; never when absent.
    pub fn expires_at(mut self, expires_at: impl Into<String>) -> Self {
        self.expires_at = Some(expires_at.into());
        self
    }
}
