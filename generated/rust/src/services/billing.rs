//! The `BillingService`.

use crate::call::{decode, Call};
use crate::client::Core;
use crate::models::*;
use crate::pagination::{Page, Paginator};
use crate::request::{ApiRequest, Fields};
use reqwest::Method;

/// Plans, tenant subscription, entitlements and the current invoice.
///
/// Built over a shared core: `BillingService::new(&core)`.
#[derive(Debug, Clone)]
pub struct BillingService {
    core: Core,
}

impl BillingService {
    /// A `BillingService` over `core` (cloning the core is cheap).
    pub fn new(core: &Core) -> Self {
        Self { core: core.clone() }
    }

    /// List plans
    ///
    /// Lists the plans a tenant can subscribe to, cheapest first.
    pub fn plans(&self, params: BillingPlansParams) -> Call<Page<Plan>> {
        let mut request = ApiRequest::new(Method::GET, "/api/billing/plans");
        request.query("limit", &params.limit);
        request.query("cursor", &params.cursor);
        request.security(&[&["bearerAuth"]]);
        request.paginated("cursor", "items", "nextCursor", None);
        Call::new(&self.core, request, decode::page)
    }

    /// Every item of [`plans`](Self::plans), fetched lazily page by page.
    pub fn plans_all(&self, params: BillingPlansParams) -> Paginator<Plan> {
        let call = self.plans(params);
        Paginator::new(&self.core, call.into_request())
    }

    /// Get the subscription
    ///
    /// Returns the tenant's current subscription. Every tenant has one (on `plan_free` until it subscribes).
    pub fn get_subscription(&self, tenant_id: &str) -> Call<Subscription> {
        let mut request =
            ApiRequest::new(Method::GET, "/api/tenants/{tenantId}/billing/subscription");
        request.path_param("tenantId", tenant_id);
        request.security(&[&["bearerAuth"]]);
        Call::new(&self.core, request, decode::json)
    }

    /// Subscribe or change plan
    ///
    /// Puts the tenant on a plan, starting a paid subscription or changing the plan of the current one (prorated). Owners only.
    pub fn subscribe(&self, tenant_id: &str, plan_id: &str) -> Call<Subscription> {
        let mut body = Fields::new();
        body.field("planId", plan_id);
        let mut request =
            ApiRequest::new(Method::POST, "/api/tenants/{tenantId}/billing/subscription");
        request.path_param("tenantId", tenant_id);
        request.json_fields(body);
        request.security(&[&["bearerAuth"]]);
        request.idempotency_header("Idempotency-Key");
        Call::new(&self.core, request, decode::json)
    }

    /// Cancel the subscription
    ///
    /// Cancels the paid subscription, at the end of the current period (default) or now. The tenant then falls back to `plan_free`.
    pub fn cancel(&self, tenant_id: &str, params: BillingCancelParams) -> Call<Subscription> {
        let mut body = Fields::new();
        body.optional("atPeriodEnd", params.at_period_end);
        body.optional("reason", params.reason);
        let mut request = ApiRequest::new(
            Method::POST,
            "/api/tenants/{tenantId}/billing/subscription/cancel",
        );
        request.path_param("tenantId", tenant_id);
        request.json_fields(body);
        request.security(&[&["bearerAuth"]]);
        Call::new(&self.core, request, decode::json)
    }

    /// Get entitlements
    ///
    /// The features and limits the tenant is entitled to now, from its plan or from a platform override.
    pub fn entitlements(&self, tenant_id: &str) -> Call<Entitlements> {
        let mut request =
            ApiRequest::new(Method::GET, "/api/tenants/{tenantId}/billing/entitlements");
        request.path_param("tenantId", tenant_id);
        request.security(&[&["bearerAuth"]]);
        Call::new(&self.core, request, decode::json)
    }

    /// Get the current invoice
    ///
    /// The open (upcoming) invoice of the current billing period, with its lines so far.
    pub fn current_invoice(&self, tenant_id: &str) -> Call<Invoice> {
        let mut request = ApiRequest::new(
            Method::GET,
            "/api/tenants/{tenantId}/billing/invoices/current",
        );
        request.path_param("tenantId", tenant_id);
        request.security(&[&["bearerAuth"]]);
        Call::new(&self.core, request, decode::json)
    }
}

/// Optional inputs of [`BillingService::plans`]; set those you need, e.g.
/// `BillingPlansParams::new().limit(..)`.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct BillingPlansParams {
    /// Maximum number of items in the page.
    pub limit: Option<i64>,
    /// Opaque cursor from a previous page's `nextCursor`; absent for the first page.
    pub cursor: Option<String>,
}

impl BillingPlansParams {
    /// No optional input set.
    pub fn new() -> Self {
        Default::default()
    }

    /// Maximum number of items in the page.
    pub fn limit(mut self, limit: i64) -> Self {
        self.limit = Some(limit);
        self
    }

    /// Opaque cursor from a previous page's `nextCursor`; absent for the first page.
    pub fn cursor(mut self, cursor: impl Into<String>) -> Self {
        self.cursor = Some(cursor.into());
        self
    }
}

/// Optional inputs of [`BillingService::cancel`]; set those you need, e.g.
/// `BillingCancelParams::new().at_period_end(..)`.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct BillingCancelParams {
    /// Keep the plan until the end of the paid period (true) or stop now (false).
    pub at_period_end: Option<bool>,
    /// The `reason` input.
    pub reason: Option<String>,
}

impl BillingCancelParams {
    /// No optional input set.
    pub fn new() -> Self {
        Default::default()
    }

    /// Keep the plan until the end of the paid period (true) or stop now (false).
    pub fn at_period_end(mut self, at_period_end: bool) -> Self {
        self.at_period_end = Some(at_period_end);
        self
    }

    /// The `reason` input.
    pub fn reason(mut self, reason: impl Into<String>) -> Self {
        self.reason = Some(reason.into());
        self
    }
}
