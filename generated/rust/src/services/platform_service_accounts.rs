//! The `PlatformServiceAccountsService`.

use crate::call::{decode, Call};
use crate::client::Core;
use crate::models::*;
use crate::pagination::{Page, Paginator};
use crate::request::{ApiRequest, Fields};
use crate::scopes::*;
use reqwest::Method;

/// Platform operators only. Service accounts whose tokens authorize the platform routes.
///
/// Built over a shared core: `PlatformServiceAccountsService::new(&core)`.
#[derive(Debug, Clone)]
pub struct PlatformServiceAccountsService {
    core: Core,
}

impl PlatformServiceAccountsService {
    /// A `PlatformServiceAccountsService` over `core` (cloning the core is cheap).
    pub fn new(core: &Core) -> Self {
        Self { core: core.clone() }
    }

    /// List service accounts
    ///
    /// Lists platform service accounts, including revoked ones. Secrets are never returned.
    pub fn list(&self, params: PlatformServiceAccountsListParams) -> Call<Page<ServiceAccount>> {
        let mut request = ApiRequest::new(Method::GET, "/api/platform/service-accounts");
        request.query("limit", &params.limit);
        request.query("cursor", &params.cursor);
        request.security(&[&["platformAuth"]]);
        request.paginated("cursor", "items", "nextCursor", None);
        Call::new(&self.core, request, decode::page)
    }

    /// Every item of [`list`](Self::list), fetched lazily page by page.
    pub fn list_all(&self, params: PlatformServiceAccountsListParams) -> Paginator<ServiceAccount> {
        let call = self.list(params);
        Paginator::new(&self.core, call.into_request())
    }

    /// Create a service account
    ///
    /// Creates a platform service account. The response holds its bearer `secret` (for `platformAuth`), shown this once.
    pub fn create(
        &self,
        name: &str,
        params: PlatformServiceAccountsCreateParams,
    ) -> Call<CreatedServiceAccount> {
        let mut body = Fields::new();
        body.field("name", name);
        body.optional("description", params.description);
        let mut request = ApiRequest::new(Method::POST, "/api/platform/service-accounts");
        request.json_fields(body);
        request.security(&[&["platformAuth"]]);
        request.idempotency_header("Idempotency-Key");
        Call::new(&self.core, request, decode::json)
    }

    /// Revoke a service account
    ///
    /// Revokes a service account; its secret stops working at once. Revoking a revoked account is a no-op.
    pub fn revoke(&self, account_id: &str) -> Call<ServiceAccount> {
        let mut request = ApiRequest::new(
            Method::POST,
            "/api/platform/service-accounts/{accountId}/revoke",
        );
        request.path_param("accountId", account_id);
        request.security(&[&["platformAuth"]]);
        Call::new(&self.core, request, decode::json)
    }

    /// The operations on one service account (`/api/platform/service-accounts/{accountId}`), with its `accountId` bound.
    #[cfg(feature = "platform_service_accounts")]
    pub fn scope(&self, account_id: impl Into<String>) -> ServiceAccountScope {
        ServiceAccountScope::new(&self.core, account_id)
    }
}

/// Optional inputs of [`PlatformServiceAccountsService::list`]; set those you need, e.g.
/// `PlatformServiceAccountsListParams::new().limit(..)`.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct PlatformServiceAccountsListParams {
    /// Maximum number of items in the page.
    pub limit: Option<i64>,
    /// Opaque cursor from a previous page's `nextCursor`; absent for the first page.
    pub cursor: Option<String>,
}

impl PlatformServiceAccountsListParams {
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

/// Optional inputs of [`PlatformServiceAccountsService::create`]; set those you need, e.g.
/// `PlatformServiceAccountsCreateParams::new().description(..)`.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct PlatformServiceAccountsCreateParams {
    /// The `description` input.
    pub description: Option<String>,
}

impl PlatformServiceAccountsCreateParams {
    /// No optional input set.
    pub fn new() -> Self {
        Default::default()
    }

    /// The `description` input.
    pub fn description(mut self, description: impl Into<String>) -> Self {
        self.description = Some(description.into());
        self
    }
}
