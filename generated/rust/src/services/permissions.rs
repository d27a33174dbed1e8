//! The `PermissionsService`.

use crate::call::{decode, Call, WithEtag};
use crate::client::Core;
use crate::models::*;
use crate::pagination::{Page, Paginator};
use crate::request::{ApiRequest, Fields};
use reqwest::Method;

/// Tenant RBAC roles, role assignment and permission checks.
///
/// Built over a shared core: `PermissionsService::new(&core)`.
#[derive(Debug, Clone)]
pub struct PermissionsService {
    core: Core,
}

impl PermissionsService {
    /// A `PermissionsService` over `core` (cloning the core is cheap).
    pub fn new(core: &Core) -> Self {
        Self { core: core.clone() }
    }

    /// List roles
    ///
    /// Lists the custom RBAC roles of a tenant. (The built-in tenant roles owner/admin/member are not listed here.)
    pub fn list_roles(
        &self,
        tenant_id: &str,
        params: PermissionsListRolesParams,
    ) -> Call<Page<Role>> {
        let mut request = ApiRequest::new(Method::GET, "/api/tenants/{tenantId}/roles");
        request.path_param("tenantId", tenant_id);
        request.query("limit", &params.limit);
        request.query("cursor", &params.cursor);
        request.security(&[&["bearerAuth"]]);
        request.paginated("cursor", "items", "nextCursor", None);
        Call::new(&self.core, request, decode::page)
    }

    /// Every item of [`list_roles`](Self::list_roles), fetched lazily page by page.
    pub fn list_roles_all(
        &self,
        tenant_id: &str,
        params: PermissionsListRolesParams,
    ) -> Paginator<Role> {
        let call = self.list_roles(tenant_id, params);
        Paginator::new(&self.core, call.into_request())
    }

    /// Create a role
    ///
    /// Creates a custom role, a named set of permission strings (`resource:action`). Role names are unique in a tenant (409).
    pub fn create_role(
        &self,
        tenant_id: &str,
        name: &str,
        permissions: Vec<String>,
        params: PermissionsCreateRoleParams,
    ) -> Call<Role> {
        let mut body = Fields::new();
        body.field("name", name);
        body.field("permissions", &permissions);
        body.optional("description", params.description);
        let mut request = ApiRequest::new(Method::POST, "/api/tenants/{tenantId}/roles");
        request.path_param("tenantId", tenant_id);
        request.json_fields(body);
        request.security(&[&["bearerAuth"]]);
        request.idempotency_header("Idempotency-Key");
        Call::new(&self.core, request, decode::json)
    }

    /// Get a role
    ///
    /// Returns a role with its `ETag`.
    pub fn get_role(&self, tenant_id: &str, role_id: &str) -> Call<WithEtag<Role>> {
        let mut request = ApiRequest::new(Method::GET, "/api/tenants/{tenantId}/roles/{roleId}");
        request.path_param("tenantId", tenant_id);
        request.path_param("roleId", role_id);
        request.security(&[&["bearerAuth"]]);
        Call::new(&self.core, request, decode::json_with_etag)
    }

    /// Delete a role
    ///
    /// Deletes a role and removes it from every member that held it.
    pub fn delete_role(&self, tenant_id: &str, role_id: &str) -> Call<Empty> {
        let mut request = ApiRequest::new(Method::DELETE, "/api/tenants/{tenantId}/roles/{roleId}");
        request.path_param("tenantId", tenant_id);
        request.path_param("roleId", role_id);
        request.security(&[&["bearerAuth"]]);
        Call::new(&self.core, request, decode::json)
    }

    /// Update a role
    ///
    /// Renames a role or replaces its permissions (effective immediately for every member holding it). Send `If-Match` with the `ETag` from `permissionsGetRole` (412 if it no longer matches).
    pub fn update_role(
        &self,
        tenant_id: &str,
        role_id: &str,
        params: PermissionsUpdateRoleParams,
    ) -> Call<WithEtag<Role>> {
        let mut body = Fields::new();
        body.optional("name", params.name);
        body.optional("description", params.description);
        body.optional("permissions", params.permissions);
        let mut request = ApiRequest::new(Method::PATCH, "/api/tenants/{tenantId}/roles/{roleId}");
        request.path_param("tenantId", tenant_id);
        request.path_param("roleId", role_id);
        request.header("If-Match", &params.if_match);
        request.json_fields(body);
        request.security(&[&["bearerAuth"]]);
        Call::new(&self.core, request, decode::json_with_etag)
    }

    /// Assign a role to a member
    ///
    /// Gives a member a custom role. Idempotent; assigning a role the member already holds returns the existing assignment.
    pub fn assign_role(
        &self,
        tenant_id: &str,
        user_id: &str,
        role_id: &str,
    ) -> Call<RoleAssignment> {
        let mut request = ApiRequest::new(
            Method::PUT,
            "/api/tenants/{tenantId}/members/{userId}/roles/{roleId}",
        );
        request.path_param("tenantId", tenant_id);
        request.path_param("userId", user_id);
        request.path_param("roleId", role_id);
        request.security(&[&["bearerAuth"]]);
        Call::new(&self.core, request, decode::json)
    }

    /// Unassign a role from a member
    ///
    /// Takes a custom role away from a member. 404 if the member does not hold it.
    pub fn unassign_role(&self, tenant_id: &str, user_id: &str, role_id: &str) -> Call<Empty> {
        let mut request = ApiRequest::new(
            Method::DELETE,
            "/api/tenants/{tenantId}/members/{userId}/roles/{roleId}",
        );
        request.path_param("tenantId", tenant_id);
        request.path_param("userId", user_id);
        request.path_param("roleId", role_id);
        request.security(&[&["bearerAuth"]]);
        Call::new(&self.core, request, decode::json)
    }

    /// Check a permission
    ///
    /// Tells whether a user holds a permission in the tenant, through a custom role or their tenant role (owners and admins hold every permission). A denial is `allowed: false`, not an error.
    pub fn check(&self, tenant_id: &str, user_id: &str, permission: &str) -> Call<PermissionCheck> {
        let mut body = Fields::new();
        body.field("userId", user_id);
        body.field("permission", permission);
        let mut request =
            ApiRequest::new(Method::POST, "/api/tenants/{tenantId}/permissions/check");
        request.path_param("tenantId", tenant_id);
        request.json_fields(body);
        request.security(&[&["bearerAuth"]]);
        Call::new(&self.core, request, decode::json)
    }
}

/// Optional inputs of [`PermissionsService::list_roles`]; set those you need, e.g.
/// `PermissionsListRolesParams::new().limit(..)`.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct PermissionsListRolesParams {
    /// Maximum number of items in the page.
    pub limit: Option<i64>,
    /// Opaque cursor from a previous page's `nextCursor`; absent for the first page.
    pub cursor: Option<String>,
}

impl PermissionsListRolesParams {
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

/// Optional inputs of [`PermissionsService::create_role`]; set those you need, e.g.
/// `PermissionsCreateRoleParams::new().description(..)`.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct PermissionsCreateRoleParams {
    /// The `description` input.
    pub description: Option<String>,
}

impl PermissionsCreateRoleParams {
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

/// Optional inputs of [`PermissionsService::update_role`]; set those you need, e.g.
/// `PermissionsUpdateRoleParams::new().name(..)`.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct PermissionsUpdateRoleParams {
    /// The `name` input.
    pub name: Option<String>,
    /// The `description` input.
    pub description: Option<String>,
    /// The `permissions` input.
    pub permissions: Option<Vec<String>>,
    /// The `ETag` of the version being updated. When given and the resource has changed since, the update is refused with 412 `precondition_failed`.
    pub if_match: Option<String>,
}

impl PermissionsUpdateRoleParams {
    /// No optional input set.
    pub fn new() -> Self {
        Default::default()
    }

    /// The `name` input.
    pub fn name(mut self, name: impl Into<String>) -> Self {
        self.name = Some(name.into());
        self
    }

    /// The `description` input.
    pub fn description(mut self, description: impl Into<String>) -> Self {
        self.description = Some(description.into());
        self
    }

    /// The `permissions` input.
    pub fn permissions(mut self, permissions: impl IntoIterator<Item = impl Into<String>>) -> Self {
        self.permissions = Some(permissions.into_iter().map(Into::into).collect());
        self
    }

    /// The `ETag` of the version being updated. When given and the resource has changed since, the update is refused with 412 `precondition_failed`.
    pub fn if_match(mut self, if_match: impl Into<String>) -> Self {
        self.if_match = Some(if_match.into());
        self
    }
}
