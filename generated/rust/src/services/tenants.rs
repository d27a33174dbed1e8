//! The `TenantsService`.

use crate::call::{decode, Call, WithEtag};
use crate::client::Core;
use crate::models::*;
use crate::pagination::{Page, Paginator};
use crate::request::{ApiRequest, Fields};
use crate::scopes::*;
use reqwest::Method;

/// Tenants (workspaces) and their members.
///
/// Built over a shared core: `TenantsService::new(&core)`.
#[derive(Debug, Clone)]
pub struct TenantsService {
    core: Core,
    default_role: Option<TenantRole>,
}

impl TenantsService {
    /// A `TenantsService` over `core` (cloning the core is cheap).
    pub fn new(core: &Core) -> Self {
        Self {
            core: core.clone(),
            default_role: None,
        }
    }

    /// Every known value of [`TenantRole`].
    pub const TENANT_ROLES: &'static [TenantRole] = crate::constants::TENANT_ROLES;

    /// The `role` used when a call leaves it out.
    pub fn with_default_role(mut self, role: TenantRole) -> Self {
        self.default_role = Some(role);
        self
    }

    /// List my tenants
    ///
    /// Lists the tenants the calling user is a member of, oldest first.
    pub fn list(&self, params: TenantsListParams) -> Call<Page<Tenant>> {
        let mut request = ApiRequest::new(Method::GET, "/api/tenants");
        request.query("limit", &params.limit);
        request.query("cursor", &params.cursor);
        request.security(&[&["bearerAuth"]]);
        request.paginated("cursor", "items", "nextCursor", None);
        Call::new(&self.core, request, decode::page)
    }

    /// Every item of [`list`](Self::list), fetched lazily page by page.
    pub fn list_all(&self, params: TenantsListParams) -> Paginator<Tenant> {
        let call = self.list(params);
        Paginator::new(&self.core, call.into_request())
    }

    /// Create a tenant
    ///
    /// Creates a tenant owned by the calling user, who becomes its `owner` member.
    pub fn create(&self, name: &str, params: TenantsCreateParams) -> Call<Tenant> {
        let mut body = Fields::new();
        body.field("name", name);
        body.optional("slug", params.slug);
        let mut request = ApiRequest::new(Method::POST, "/api/tenants");
        request.json_fields(body);
        request.security(&[&["bearerAuth"]]);
        request.idempotency_header("Idempotency-Key");
        Call::new(&self.core, request, decode::json)
    }

    /// Get a tenant
    ///
    /// Returns a tenant the caller is a member of, with its `ETag`.
    pub fn get(&self, tenant_id: &str) -> Call<WithEtag<Tenant>> {
        let mut request = ApiRequest::new(Method::GET, "/api/tenants/{tenantId}");
        request.path_param("tenantId", tenant_id);
        request.security(&[&["bearerAuth"]]);
        Call::new(&self.core, request, decode::json_with_etag)
    }

    /// Delete a tenant
    ///
    /// Deletes a tenant with its members, keys, roles, webhooks and usage. Owner only; cannot be undone.
    pub fn delete(&self, tenant_id: &str) -> Call<Empty> {
        let mut request = ApiRequest::new(Method::DELETE, "/api/tenants/{tenantId}");
        request.path_param("tenantId", tenant_id);
        request.security(&[&["bearerAuth"]]);
        Call::new(&self.core, request, decode::json)
    }

    /// Update a tenant
    ///
    /// Renames a tenant or changes its slug. Owners and admins only. Send `If-Match` with the `ETag` from `tenantsGet` to avoid overwriting a concurrent change (412 if it no longer matches).
    pub fn update(&self, tenant_id: &str, params: TenantsUpdateParams) -> Call<WithEtag<Tenant>> {
        let mut body = Fields::new();
        body.optional("name", params.name);
        body.optional("slug", params.slug);
        let mut request = ApiRequest::new(Method::PATCH, "/api/tenants/{tenantId}");
        request.path_param("tenantId", tenant_id);
        request.header("If-Match", &params.if_match);
        request.json_fields(body);
        request.security(&[&["bearerAuth"]]);
        Call::new(&self.core, request, decode::json_with_etag)
    }

    /// List members
    ///
    /// Lists the members of a tenant with their tenant role.
    pub fn list_members(
        &self,
        tenant_id: &str,
        params: TenantsListMembersParams,
    ) -> Call<Page<Member>> {
        let mut request = ApiRequest::new(Method::GET, "/api/tenants/{tenantId}/members");
        request.path_param("tenantId", tenant_id);
        request.query("limit", &params.limit);
        request.query("cursor", &params.cursor);
        request.security(&[&["bearerAuth"]]);
        request.paginated("cursor", "items", "nextCursor", None);
        Call::new(&self.core, request, decode::page)
    }

    /// Every item of [`list_members`](Self::list_members), fetched lazily page by page.
    pub fn list_members_all(
        &self,
        tenant_id: &str,
        params: TenantsListMembersParams,
    ) -> Paginator<Member> {
        let call = self.list_members(tenant_id, params);
        Paginator::new(&self.core, call.into_request())
    }

    /// Add a member
    ///
    /// Adds an existing user to the tenant, identified by `email` or `userId` (give exactly one). `role` defaults to `member`. Owners and admins only.
    pub fn add_member(&self, tenant_id: &str, params: TenantsAddMemberParams) -> Call<Member> {
        let mut body = Fields::new();
        body.optional("email", params.email);
        body.optional("userId", params.user_id);
        body.optional_or("role", params.role, &self.default_role);
        let mut request = ApiRequest::new(Method::POST, "/api/tenants/{tenantId}/members");
        request.path_param("tenantId", tenant_id);
        request.json_fields(body);
        request.security(&[&["bearerAuth"]]);
        request.idempotency_header("Idempotency-Key");
        Call::new(&self.core, request, decode::json)
    }

    /// Remove a member
    ///
    /// Removes a user from the tenant (a member may remove themselves). The last owner cannot be removed (409).
    pub fn remove_member(&self, tenant_id: &str, user_id: &str) -> Call<Empty> {
        let mut request =
            ApiRequest::new(Method::DELETE, "/api/tenants/{tenantId}/members/{userId}");
        request.path_param("tenantId", tenant_id);
        request.path_param("userId", user_id);
        request.security(&[&["bearerAuth"]]);
        Call::new(&self.core, request, decode::json)
    }

    /// Change a member's role
    ///
    /// Changes the tenant role of a member. Only an owner can grant or take away `owner`; a tenant always keeps at least one owner (409 otherwise).
    pub fn update_member_role(
        &self,
        tenant_id: &str,
        user_id: &str,
        role: TenantRole,
    ) -> Call<Member> {
        let mut body = Fields::new();
        body.field("role", &role);
        let mut request =
            ApiRequest::new(Method::PATCH, "/api/tenants/{tenantId}/members/{userId}");
        request.path_param("tenantId", tenant_id);
        request.path_param("userId", user_id);
        request.json_fields(body);
        request.security(&[&["bearerAuth"]]);
        Call::new(&self.core, request, decode::json)
    }

    /// The operations on one tenant (`/api/tenants/{tenantId}`), with its `tenantId` bound.
    #[cfg(all(
        feature = "audit",
        feature = "billing",
        feature = "keys",
        feature = "permissions",
        feature = "tenants",
        feature = "usage",
        feature = "webhooks"
    ))]
    pub fn scope(&self, tenant_id: impl Into<String>) -> TenantScope {
        TenantScope::new(&self.core, tenant_id)
    }
}

/// Optional inputs of [`TenantsService::list`]; set those you need, e.g.
/// `TenantsListParams::new().limit(..)`.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct TenantsListParams {
    /// Maximum number of items in the page.
    pub limit: Option<i64>,
    /// Opaque cursor from a previous page's `nextCursor`; absent for the first page.
    pub cursor: Option<String>,
}

impl TenantsListParams {
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

/// Optional inputs of [`TenantsService::create`]; set those you need, e.g.
/// `TenantsCreateParams::new().slug(..)`.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct TenantsCreateParams {
    /// URL-safe unique handle; derived from `name` when absent.
    pub slug: Option<String>,
}

impl TenantsCreateParams {
    /// No optional input set.
    pub fn new() -> Self {
        Default::default()
    }

    /// URL-safe unique handle; derived from `name` when absent.
    pub fn slug(mut self, slug: impl Into<String>) -> Self {
        self.slug = Some(slug.into());
        self
    }
}

/// Optional inputs of [`TenantsService::update`]; set those you need, e.g.
/// `TenantsUpdateParams::new().name(..)`.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct TenantsUpdateParams {
    /// The `name` input.
    pub name: Option<String>,
    /// The `slug` input.
    pub slug: Option<String>,
    /// The `ETag` of the version being updated. When given and the resource has changed since, the update is refused with 412 `precondition_failed`.
    pub if_match: Option<String>,
}

impl TenantsUpdateParams {
    /// No optional input set.
    pub fn new() -> Self {
        Default::default()
    }

    /// The `name` input.
    pub fn name(mut self, name: impl Into<String>) -> Self {
        self.name = Some(name.into());
        self
    }

    /// The `slug` input.
    pub fn slug(mut self, slug: impl Into<String>) -> Self {
        self.slug = Some(slug.into());
        self
    }

    /// The `ETag` of the version being updated. When given and the resource has changed since, the update is refused with 412 `precondition_failed`.
    pub fn if_match(mut self, if_match: impl Into<String>) -> Self {
        self.if_match = Some(if_match.into());
        self
    }
}

/// Optional inputs of [`TenantsService::list_members`]; set those you need, e.g.
/// `TenantsListMembersParams::new().limit(..)`.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct TenantsListMembersParams {
    /// Maximum number of items in the page.
    pub limit: Option<i64>,
    /// Opaque cursor from a previous page's `nextCursor`; absent for the first page.
    pub cursor: Option<String>,
}

impl TenantsListMembersParams {
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

/// Optional inputs of [`TenantsService::add_member`]; set those you need, e.g.
/// `TenantsAddMemberParams::new().email(..)`.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct TenantsAddMemberParams {
    /// Email of an existing user.
    pub email: Option<String>,
    /// Id of an existing user.
    pub user_id: Option<String>,
    /// The `role` input.
    pub role: Option<TenantRole>,
}

impl TenantsAddMemberParams {
    /// No optional input set.
    pub fn new() -> Self {
        Default::default()
    }

    /// Email of an existing user.
    pub fn email(mut self, email: impl Into<String>) -> Self {
        self.email = Some(email.into());
        self
    }

    /// Id of an existing user.
    pub fn user_id(mut self, user_id: impl Into<String>) -> Self {
        self.user_id = Some(user_id.into());
        self
    }

    /// The `role` input.
    pub fn role(mut self, role: TenantRole) -> Self {
        self.role = Some(role);
        self
    }
}
