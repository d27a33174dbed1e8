//! The `AuditService`.

use crate::call::{decode, Call};
use crate::client::Core;
use crate::models::*;
use crate::pagination::{Page, Paginator};
use crate::request::{fallback, ApiRequest, Fields, ResponseKind};
use reqwest::Method;

/// Tenant audit log: record, query and export.
///
/// Built over a shared core: `AuditService::new(&core)`.
#[derive(Debug, Clone)]
pub struct AuditService {
    core: Core,
    default_format: Option<AuditExportFormat>,
}

impl AuditService {
    /// A `AuditService` over `core` (cloning the core is cheap).
    pub fn new(core: &Core) -> Self {
        Self {
            core: core.clone(),
            default_format: None,
        }
    }

    /// Every known value of [`AuditExportFormat`].
    pub const AUDIT_EXPORT_FORMATS: &'static [AuditExportFormat] =
        crate::constants::AUDIT_EXPORT_FORMATS;

    /// The `format` used when a call leaves it out.
    pub fn with_default_format(mut self, format: AuditExportFormat) -> Self {
        self.default_format = Some(format);
        self
    }

    /// Query the audit log
    ///
    /// Lists a tenant's audit entries, newest first, matching every filter given.
    pub fn query(&self, tenant_id: &str, params: AuditQueryParams) -> Call<Page<AuditEntry>> {
        let mut request = ApiRequest::new(Method::GET, "/api/tenants/{tenantId}/audit/entries");
        request.path_param("tenantId", tenant_id);
        request.query("action", &params.action);
        request.query("actorId", &params.actor_id);
        request.query("resourceType", &params.resource_type);
        request.query("from", &params.from);
        request.query("to", &params.to);
        request.query("limit", &params.limit);
        request.query("cursor", &params.cursor);
        request.security(&[&["bearerAuth"]]);
        request.paginated("cursor", "items", "nextCursor", None);
        Call::new(&self.core, request, decode::page)
    }

    /// Every item of [`query`](Self::query), fetched lazily page by page.
    pub fn query_all(&self, tenant_id: &str, params: AuditQueryParams) -> Paginator<AuditEntry> {
        let call = self.query(tenant_id, params);
        Paginator::new(&self.core, call.into_request())
    }

    /// Record an audit entry
    ///
    /// Appends an entry to the tenant's audit log (entries cannot be changed or deleted). The actor defaults to the caller.
    pub fn record(
        &self,
        tenant_id: &str,
        action: &str,
        resource_type: &str,
        params: AuditRecordParams,
    ) -> Call<AuditEntry> {
        let mut body = Fields::new();
        body.field("action", action);
        body.field("resourceType", resource_type);
        body.optional("resourceId", params.resource_id);
        body.optional("metadata", params.metadata);
        let mut request = ApiRequest::new(Method::POST, "/api/tenants/{tenantId}/audit/entries");
        request.path_param("tenantId", tenant_id);
        request.json_fields(body);
        request.security(&[&["bearerAuth"]]);
        request.idempotency_header("Idempotency-Key");
        Call::new(&self.core, request, decode::json)
    }

    /// Export the audit log
    ///
    /// Exports the entries matching the filters, oldest first, as one
    /// document: CSV (header row, then one entry a line), a JSON array, or
    /// NDJSON (one JSON entry a line), chosen by `format` (default `json`).
    /// The body is not an envelope: it is served as `text/plain` whatever
    /// the format, so SDKs read it as text (`core.request_text()`). Errors
    /// are JSON envelopes as everywhere else.
    pub fn export(&self, tenant_id: &str, params: AuditExportParams) -> Call<String> {
        let format = fallback(params.format, &self.default_format);
        let mut request = ApiRequest::new(Method::GET, "/api/tenants/{tenantId}/audit/export");
        request.path_param("tenantId", tenant_id);
        request.query("format", &format);
        request.query("action", &params.action);
        request.query("actorId", &params.actor_id);
        request.query("resourceType", &params.resource_type);
        request.query("from", &params.from);
        request.query("to", &params.to);
        request.security(&[&["bearerAuth"]]);
        request.response_kind(ResponseKind::Text);
        request.header("accept", "text/plain, application/json");
        Call::new(&self.core, request, decode::text)
    }
}

/// Optional inputs of [`AuditService::query`]; set those you need, e.g.
/// `AuditQueryParams::new().action(..)`.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct AuditQueryParams {
    /// Only entries with this action.
    pub action: Option<String>,
    /// Only entries by this actor (user, API key or service account id).
    pub actor_id: Option<String>,
    /// Only entries about this kind of resource.
    pub resource_type: Option<String>,
    /// Start of the time range (inclusive).
    pub from: Option<String>,
    /// End of the time range (exclusive).
    pub to: Option<String>,
    /// Maximum number of items in the page.
    pub limit: Option<i64>,
    /// Opaque cursor from a previous page's `nextCursor`; absent for the first page.
    pub cursor: Option<String>,
}

impl AuditQueryParams {
    /// No optional input set.
    pub fn new() -> Self {
        Default::default()
    }

    /// Only entries with this action.
    pub fn action(mut self, action: impl Into<String>) -> Self {
        self.action = Some(action.into());
        self
    }

    /// Only entries by this actor (user, API key or service account id).
    pub fn actor_id(mut self, actor_id: impl Into<String>) -> Self {
        self.actor_id = Some(actor_id.into());
        self
    }

    /// Only entries about this kind of resource.
    pub fn resource_type(mut self, resource_type: impl Into<String>) -> Self {
        self.resource_type = Some(resource_type.into());
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

/// Optional inputs of [`AuditService::record`]; set those you need, e.g.
/// `AuditRecordParams::new().resource_id(..)`.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct AuditRecordParams {
    /// The `resourceId` input.
    pub resource_id: Option<String>,
    /// The `metadata` input.
    pub metadata: Option<Metadata>,
}

impl AuditRecordParams {
    /// No optional input set.
    pub fn new() -> Self {
        Default::default()
    }

    /// The `resourceId` input.
    pub fn resource_id(mut self, resource_id: impl Into<String>) -> Self {
        self.resource_id = Some(resource_id.into());
        self
    }

    /// The `metadata` input.
    pub fn metadata(mut self, metadata: Metadata) -> Self {
        self.metadata = Some(metadata);
        self
    }
}

/// Optional inputs of [`AuditService::export`]; set those you need, e.g.
/// `AuditExportParams::new().format(..)`.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct AuditExportParams {
    /// Document format of the export. Defaults to `json`.
    pub format: Option<AuditExportFormat>,
    /// Only entries with this action.
    pub action: Option<String>,
    /// Only entries by this actor (user, API key or service account id).
    pub actor_id: Option<String>,
    /// Only entries about this kind of resource.
    pub resource_type: Option<String>,
    /// Start of the time range (inclusive).
    pub from: Option<String>,
    /// End of the time range (exclusive).
    pub to: Option<String>,
}

impl AuditExportParams {
    /// No optional input set.
    pub fn new() -> Self {
        Default::default()
    }

    /// Document format of the export. Defaults to `json`.
    pub fn format(mut self, format: AuditExportFormat) -> Self {
        self.format = Some(format);
        self
    }

    /// Only entries with this action.
    pub fn action(mut self, action: impl Into<String>) -> Self {
        self.action = Some(action.into());
        self
    }

    /// Only entries by this actor (user, API key or service account id).
    pub fn actor_id(mut self, actor_id: impl Into<String>) -> Self {
        self.actor_id = Some(actor_id.into());
        self
    }

    /// Only entries about this kind of resource.
    pub fn resource_type(mut self, resource_type: impl Into<String>) -> Self {
        self.resource_type = Some(resource_type.into());
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
}
