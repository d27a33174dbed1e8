//! The `WebhooksService`.

use crate::call::{decode, Call, WithEtag};
use crate::client::Core;
use crate::models::*;
use crate::pagination::{Page, Paginator};
use crate::request::{ApiRequest, Fields};
use reqwest::Method;

/// Tenant webhook endpoints, test dispatch, deliveries and redelivery.
///
/// Built over a shared core: `WebhooksService::new(&core)`.
#[derive(Debug, Clone)]
pub struct WebhooksService {
    core: Core,
}

impl WebhooksService {
    /// A `WebhooksService` over `core` (cloning the core is cheap).
    pub fn new(core: &Core) -> Self {
        Self { core: core.clone() }
    }

    /// Every known value of [`WebhookEventType`].
    pub const WEBHOOK_EVENT_TYPES: &'static [WebhookEventType] =
        crate::constants::WEBHOOK_EVENT_TYPES;

    /// Every known value of [`WebhookDeliveryStatus`].
    pub const WEBHOOK_DELIVERY_STATUSES: &'static [WebhookDeliveryStatus] =
        crate::constants::WEBHOOK_DELIVERY_STATUSES;

    /// List webhook endpoints
    ///
    /// Lists a tenant's webhook endpoints.
    pub fn list(&self, tenant_id: &str, params: WebhooksListParams) -> Call<Page<WebhookEndpoint>> {
        let mut request = ApiRequest::new(Method::GET, "/api/tenants/{tenantId}/webhooks");
        request.path_param("tenantId", tenant_id);
        request.query("limit", &params.limit);
        request.query("cursor", &params.cursor);
        request.security(&[&["bearerAuth"]]);
        request.paginated("cursor", "items", "nextCursor", None);
        Call::new(&self.core, request, decode::page)
    }

    /// Every item of [`list`](Self::list), fetched lazily page by page.
    pub fn list_all(
        &self,
        tenant_id: &str,
        params: WebhooksListParams,
    ) -> Paginator<WebhookEndpoint> {
        let call = self.list(tenant_id, params);
        Paginator::new(&self.core, call.into_request())
    }

    /// Create a webhook endpoint
    ///
    /// Registers an HTTPS URL to receive the listed event types. Deliveries are signed with the tenant's webhook secret.
    pub fn create(
        &self,
        tenant_id: &str,
        url: &str,
        events: Vec<WebhookEventType>,
        params: WebhooksCreateParams,
    ) -> Call<WebhookEndpoint> {
        let mut body = Fields::new();
        body.field("url", url);
        body.field("events", &events);
        body.optional("description", params.description);
        body.optional("enabled", params.enabled);
        let mut request = ApiRequest::new(Method::POST, "/api/tenants/{tenantId}/webhooks");
        request.path_param("tenantId", tenant_id);
        request.json_fields(body);
        request.security(&[&["bearerAuth"]]);
        request.idempotency_header("Idempotency-Key");
        Call::new(&self.core, request, decode::json)
    }

    /// Get a webhook endpoint
    ///
    /// Returns an endpoint with its `ETag`.
    pub fn get(&self, tenant_id: &str, endpoint_id: &str) -> Call<WithEtag<WebhookEndpoint>> {
        let mut request =
            ApiRequest::new(Method::GET, "/api/tenants/{tenantId}/webhooks/{endpointId}");
        request.path_param("tenantId", tenant_id);
        request.path_param("endpointId", endpoint_id);
        request.security(&[&["bearerAuth"]]);
        Call::new(&self.core, request, decode::json_with_etag)
    }

    /// Delete a webhook endpoint
    ///
    /// Deletes an endpoint; pending deliveries to it are dropped.
    pub fn delete(&self, tenant_id: &str, endpoint_id: &str) -> Call<Empty> {
        let mut request = ApiRequest::new(
            Method::DELETE,
            "/api/tenants/{tenantId}/webhooks/{endpointId}",
        );
        request.path_param("tenantId", tenant_id);
        request.path_param("endpointId", endpoint_id);
        request.security(&[&["bearerAuth"]]);
        Call::new(&self.core, request, decode::json)
    }

    /// Update a webhook endpoint
    ///
    /// Changes an endpoint's URL, description, event types, or pauses it (`enabled: false`). Send `If-Match` with the `ETag` from `webhooksGet` (412 if it no longer matches).
    pub fn update(
        &self,
        tenant_id: &str,
        endpoint_id: &str,
        params: WebhooksUpdateParams,
    ) -> Call<WithEtag<WebhookEndpoint>> {
        let mut body = Fields::new();
        body.optional("url", params.url);
        body.optional("description", params.description);
        body.optional("events", params.events);
        body.optional("enabled", params.enabled);
        let mut request = ApiRequest::new(
            Method::PATCH,
            "/api/tenants/{tenantId}/webhooks/{endpointId}",
        );
        request.path_param("tenantId", tenant_id);
        request.path_param("endpointId", endpoint_id);
        request.header("If-Match", &params.if_match);
        request.json_fields(body);
        request.security(&[&["bearerAuth"]]);
        Call::new(&self.core, request, decode::json_with_etag)
    }

    /// Send a test event
    ///
    /// Sends a synthetic event (default `webhook.test`) to the endpoint right away and returns the delivery attempt.
    pub fn dispatch_test(
        &self,
        tenant_id: &str,
        endpoint_id: &str,
        params: WebhooksDispatchTestParams,
    ) -> Call<WebhookDelivery> {
        let mut body = Fields::new();
        body.optional("eventType", params.event_type);
        let mut request = ApiRequest::new(
            Method::POST,
            "/api/tenants/{tenantId}/webhooks/{endpointId}/test",
        );
        request.path_param("tenantId", tenant_id);
        request.path_param("endpointId", endpoint_id);
        request.json_fields(body);
        request.security(&[&["bearerAuth"]]);
        Call::new(&self.core, request, decode::json)
    }

    /// List deliveries
    ///
    /// Lists delivery attempts to an endpoint, newest first, optionally only those in one status.
    pub fn list_deliveries(
        &self,
        tenant_id: &str,
        endpoint_id: &str,
        params: WebhooksListDeliveriesParams,
    ) -> Call<Page<WebhookDelivery>> {
        let mut request = ApiRequest::new(
            Method::GET,
            "/api/tenants/{tenantId}/webhooks/{endpointId}/deliveries",
        );
        request.path_param("tenantId", tenant_id);
        request.path_param("endpointId", endpoint_id);
        request.query("status", &params.status);
        request.query("limit", &params.limit);
        request.query("cursor", &params.cursor);
        request.security(&[&["bearerAuth"]]);
        request.paginated("cursor", "items", "nextCursor", None);
        Call::new(&self.core, request, decode::page)
    }

    /// Every item of [`list_deliveries`](Self::list_deliveries), fetched lazily page by page.
    pub fn list_deliveries_all(
        &self,
        tenant_id: &str,
        endpoint_id: &str,
        params: WebhooksListDeliveriesParams,
    ) -> Paginator<WebhookDelivery> {
        let call = self.list_deliveries(tenant_id, endpoint_id, params);
        Paginator::new(&self.core, call.into_request())
    }

    /// Redeliver an event
    ///
    /// Sends the event of a past delivery to the endpoint again, now, and returns the new attempt.
    pub fn redeliver(
        &self,
        tenant_id: &str,
        endpoint_id: &str,
        delivery_id: &str,
    ) -> Call<WebhookDelivery> {
        let mut request = ApiRequest::new(
            Method::POST,
            "/api/tenants/{tenantId}/webhooks/{endpointId}/deliveries/{deliveryId}/redeliver",
        );
        request.path_param("tenantId", tenant_id);
        request.path_param("endpointId", endpoint_id);
        request.path_param("deliveryId", delivery_id);
        request.security(&[&["bearerAuth"]]);
        Call::new(&self.core, request, decode::json)
    }
}

/// Optional inputs of [`WebhooksService::list`]; set those you need, e.g.
/// `WebhooksListParams::new().limit(..)`.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct WebhooksListParams {
    /// Maximum number of items in the page.
    pub limit: Option<i64>,
    /// Opaque cursor from a previous page's `nextCursor`; absent for the first page.
    pub cursor: Option<String>,
}

impl WebhooksListParams {
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

/// Optional inputs of [`WebhooksService::create`]; set those you need, e.g.
/// `WebhooksCreateParams::new().description(..)`.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct WebhooksCreateParams {
    /// The `description` input.
    pub description: Option<String>,
    /// The `enabled` input.
    pub enabled: Option<bool>,
}

impl WebhooksCreateParams {
    /// No optional input set.
    pub fn new() -> Self {
        Default::default()
    }

    /// The `description` input.
    pub fn description(mut self, description: impl Into<String>) -> Self {
        self.description = Some(description.into());
        self
    }

    /// The `enabled` input.
    pub fn enabled(mut self, enabled: bool) -> Self {
        self.enabled = Some(enabled);
        self
    }
}

/// Optional inputs of [`WebhooksService::update`]; set those you need, e.g.
/// `WebhooksUpdateParams::new().url(..)`.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct WebhooksUpdateParams {
    /// The `url` input.
    pub url: Option<String>,
    /// The `description` input.
    pub description: Option<String>,
    /// The `events` input.
    pub events: Option<Vec<WebhookEventType>>,
    /// The `enabled` input.
    pub enabled: Option<bool>,
    /// The `ETag` of the version being updated. When given and the resource has changed since, the update is refused with 412 `precondition_failed`.
    pub if_match: Option<String>,
}

impl WebhooksUpdateParams {
    /// No optional input set.
    pub fn new() -> Self {
        Default::default()
    }

    /// The `url` input.
    pub fn url(mut self, url: impl Into<String>) -> Self {
        self.url = Some(url.into());
        self
    }

    /// The `description` input.
    pub fn description(mut self, description: impl Into<String>) -> Self {
        self.description = Some(description.into());
        self
    }

    /// The `events` input.
    pub fn events(mut self, events: Vec<WebhookEventType>) -> Self {
        self.events = Some(events);
        self
    }

    /// The `enabled` input.
    pub fn enabled(mut self, enabled: bool) -> Self {
        self.enabled = Some(enabled);
        self
    }

    /// The `ETag` of the version being updated. When given and the resource has changed since, the update is refused with 412 `precondition_failed`.
    pub fn if_match(mut self, if_match: impl Into<String>) -> Self {
        self.if_match = Some(if_match.into());
        self
    }
}

/// Optional inputs of [`WebhooksService::dispatch_test`]; set those you need, e.g.
/// `WebhooksDispatchTestParams::new().event_type(..)`.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct WebhooksDispatchTestParams {
    /// The `eventType` input.
    pub event_type: Option<WebhookEventType>,
}

impl WebhooksDispatchTestParams {
    /// No optional input set.
    pub fn new() -> Self {
        Default::default()
    }

    /// The `eventType` input.
    pub fn event_type(mut self, event_type: WebhookEventType) -> Self {
        self.event_type = Some(event_type);
        self
    }
}

/// Optional inputs of [`WebhooksService::list_deliveries`]; set those you need, e.g.
/// `WebhooksListDeliveriesParams::new().status(..)`.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct WebhooksListDeliveriesParams {
    /// Only deliveries in this status.
    pub status: Option<WebhookDeliveryStatus>,
    /// Maximum number of items in the page.
    pub limit: Option<i64>,
    /// Opaque cursor from a previous page's `nextCursor`; absent for the first page.
    pub cursor: Option<String>,
}

impl WebhooksListDeliveriesParams {
    /// No optional input set.
    pub fn new() -> Self {
        Default::default()
    }

    /// Only deliveries in this status.
    pub fn status(mut self, status: WebhookDeliveryStatus) -> Self {
        self.status = Some(status);
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
