//! The `UsageService`.

use crate::call::{decode, Call};
use crate::client::Core;
use crate::models::*;
use crate::pagination::{Page, Paginator};
use crate::request::{ApiRequest, Fields};
use reqwest::Method;

/// Metered usage events and quota checks.
///
/// Built over a shared core: `UsageService::new(&core)`.
#[derive(Debug, Clone)]
pub struct UsageService {
    core: Core,
}

impl UsageService {
    /// A `UsageService` over `core` (cloning the core is cheap).
    pub fn new(core: &Core) -> Self {
        Self { core: core.clone() }
    }

    /// Record usage
    ///
    /// Records a metered usage event against a tenant (and optionally the API key that made the call). `quantity` defaults to 1. Send an `Idempotency-Key` so that retries are not counted twice.
    pub fn record(
        &self,
        tenant_id: &str,
        service: &str,
        action: &str,
        params: UsageRecordParams,
    ) -> Call<UsageEvent> {
        let mut body = Fields::new();
        body.field("tenantId", tenant_id);
        body.field("service", service);
        body.field("action", action);
        body.optional("apiKeyId", params.api_key_id);
        body.optional("quantity", params.quantity);
        body.optional("metadata", params.metadata);
        let mut request = ApiRequest::new(Method::POST, "/api/usage");
        request.json_fields(body);
        request.security(&[&["bearerAuth"]]);
        request.idempotency_header("Idempotency-Key");
        Call::new(&self.core, request, decode::json)
    }

    /// Check a quota
    ///
    /// Tells whether `quantity` more units fit in the quota that applies (the key's own quota when `apiKeyId` is given, otherwise the tenant's plan limit for `service`). Records nothing; a refusal is `allowed: false`, not an error.
    pub fn check_quota(&self, tenant_id: &str, params: UsageCheckQuotaParams) -> Call<QuotaCheck> {
        let mut body = Fields::new();
        body.field("tenantId", tenant_id);
        body.optional("apiKeyId", params.api_key_id);
        body.optional("service", params.service);
        body.optional("quantity", params.quantity);
        let mut request = ApiRequest::new(Method::POST, "/api/usage/check");
        request.json_fields(body);
        request.security(&[&["bearerAuth"]]);
        Call::new(&self.core, request, decode::json)
    }

    /// Usage summary
    ///
    /// Totals of a tenant's usage per service and action over a time range (default the current calendar month).
    pub fn summary(&self, tenant_id: &str, params: UsageSummaryParams) -> Call<UsageSummary> {
        let mut request = ApiRequest::new(Method::GET, "/api/tenants/{tenantId}/usage/summary");
        request.path_param("tenantId", tenant_id);
        request.query("from", &params.from);
        request.query("to", &params.to);
        request.query("service", &params.service);
        request.security(&[&["bearerAuth"]]);
        Call::new(&self.core, request, decode::json)
    }

    /// List usage events
    ///
    /// Lists a tenant's usage events, newest first, optionally filtered.
    pub fn list_events(
        &self,
        tenant_id: &str,
        params: UsageListEventsParams,
    ) -> Call<Page<UsageEvent>> {
        let mut request = ApiRequest::new(Method::GET, "/api/tenants/{tenantId}/usage/events");
        request.path_param("tenantId", tenant_id);
        request.query("service", &params.service);
        request.query("apiKeyId", &params.api_key_id);
        request.query("from", &params.from);
        request.query("to", &params.to);
        request.query("limit", &params.limit);
        request.query("cursor", &params.cursor);
        request.security(&[&["bearerAuth"]]);
        request.paginated("cursor", "items", "nextCursor", None);
        Call::new(&self.core, request, decode::page)
    }

    /// Every item of [`list_events`](Self::list_events), fetched lazily page by page.
    pub fn list_events_all(
        &self,
        tenant_id: &str,
        params: UsageListEventsParams,
    ) -> Paginator<UsageEvent> {
        let call = self.list_events(tenant_id, params);
        Paginator::new(&self.core, call.into_request())
    }
}

/// Optional inputs of [`UsageService::record`]; set those you need, e.g.
/// `UsageRecordParams::new().api_key_id(..)`.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct UsageRecordParams {
    /// Key that made the metered call, if any; counts against its quota.
    pub api_key_id: Option<String>,
    /// Units consumed.
    pub quantity: Option<i64>,
    /// The `metadata` input.
    pub metadata: Option<Metadata>,
}

impl UsageRecordParams {
    /// No optional input set.
    pub fn new() -> Self {
        Default::default()
    }

    /// Key that made the metered call, if any; counts against its quota.
    pub fn api_key_id(mut self, api_key_id: impl Into<String>) -> Self {
        self.api_key_id = Some(api_key_id.into());
        self
    }

    /// Units consumed.
    pub fn quantity(mut self, quantity: i64) -> Self {
        self.quantity = Some(quantity);
        self
    }

    /// The `metadata` input.
    pub fn metadata(mut self, metadata: Metadata) -> Self {
        self.metadata = Some(metadata);
        self
    }
}

/// Optional inputs of [`UsageService::check_quota`]; set those you need, e.g.
/// `UsageCheckQuotaParams::new().api_key_id(..)`.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct UsageCheckQuotaParams {
    /// Check this key's own quota instead of the tenant's plan limit.
    pub api_key_id: Option<String>,
    /// Metered service whose plan limit applies (when no `apiKeyId`).
    pub service: Option<String>,
    /// Units that would be consumed.
    pub quantity: Option<i64>,
}

impl UsageCheckQuotaParams {
    /// No optional input set.
    pub fn new() -> Self {
        Default::default()
    }

    /// Check this key's own quota instead of the tenant's plan limit.
    pub fn api_key_id(mut self, api_key_id: impl Into<String>) -> Self {
        self.api_key_id = Some(api_key_id.into());
        self
    }

    /// Metered service whose plan limit applies (when no `apiKeyId`).
    pub fn service(mut self, service: impl Into<String>) -> Self {
        self.service = Some(service.into());
        self
    }

    /// Units that would be consumed.
    pub fn quantity(mut self, quantity: i64) -> Self {
        self.quantity = Some(quantity);
        self
    }
}

/// Optional inputs of [`UsageService::summary`]; set those you need, e.g.
/// `UsageSummaryParams::new().from(..)`.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct UsageSummaryParams {
    /// Start of the time range (inclusive).
    pub from: Option<String>,
    /// End of the time range (exclusive).
    pub to: Option<String>,
    /// Only usage of this metered service.
    pub service: Option<String>,
}

impl UsageSummaryParams {
    /// No optional input set.
    pub fn new() -> Self {
        Default::default()
    }

    /// Start of the time range (inclusive).
    pub fn from(mut self, from: impl Into<String>) -> Self {
        self.from = Some(from.into());
        self
    }

    /// End of the time range (exclusive).
    pub fn to(mut self, to: impl Into<String>) -> Self {
        self.to = Some(to.into());
        self
    }

    /// Only usage of this metered service.
    pub fn service(mut self, service: impl Into<String>) -> Self {
        self.service = Some(service.into());
        self
    }
}

/// Optional inputs of [`UsageService::list_events`]; set those you need, e.g.
/// `UsageListEventsParams::new().service(..)`.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct UsageListEventsParams {
    /// Only usage of this metered service.
    pub service: Option<String>,
    /// Only events recorded with this API key.
    pub api_key_id: Option<String>,
    /// Start of the time range (inclusive).
    pub from: Option<String>,
    /// End of the time range (exclusive).
    pub to: Option<String>,
    /// Maximum number of items in the page.
    pub limit: Option<i64>,
    /// Opaque cursor from a previous page's `nextCursor`; absent for the first page.
    pub cursor: Option<String>,
}

impl UsageListEventsParams {
    /// No optional input set.
    pub fn new() -> Self {
        Default::default()
    }

    /// Only usage of this metered service.
    pub fn service(mut self, service: impl Into<String>) -> Self {
        self.service = Some(service.into());
        self
    }

    /// Only events recorded with this API key.
    pub fn api_key_id(mut self, api_key_id: impl Into<String>) -> Self {
        self.api_key_id = Some(api_key_id.into());
        self
    }

    /// Start of the time range (inclusive).
    pub fn from(mut self, from: impl Into<String>) -> Self {
        self.from = Some(from.into());
        self
    }

    /// End of the time range (exclusive).
    pub fn to(mut self, to: impl Into<String>) -> Self {
        self.to = Some(to.into());
        self
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
