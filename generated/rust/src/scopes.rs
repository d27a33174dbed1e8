//! Resource-scoped sub-clients: the operations under one resource, with its identifiers bound.

use crate::call::{Call, WithEtag};
use crate::client::Core;
use crate::models::*;
use crate::pagination::{Page, Paginator};
use crate::services::*;

/// The operations on one tenant (`/api/tenants/{tenantId}`), with its `tenantId` bound.
///
/// Made by `TenantScope::new(&core, ..)` or by the owning service's accessor.
#[cfg(all(
    feature = "audit",
    feature = "billing",
    feature = "keys",
    feature = "permissions",
    feature = "tenants",
    feature = "usage",
    feature = "webhooks"
))]
#[derive(Debug, Clone)]
pub struct TenantScope {
    core: Core,
    tenant_id: String,
}

#[cfg(all(
    feature = "audit",
    feature = "billing",
    feature = "keys",
    feature = "permissions",
    feature = "tenants",
    feature = "usage",
    feature = "webhooks"
))]
impl TenantScope {
    /// The tenant with the given identifiers.
    pub fn new(core: &Core, tenant_id: impl Into<String>) -> Self {
        Self {
            core: core.clone(),
            tenant_id: tenant_id.into(),
        }
    }

    /// The bound `tenantId`.
    pub fn tenant_id(&self) -> &str {
        &self.tenant_id
    }

    /// Get a tenant
    ///
    /// Returns a tenant the caller is a member of, with its `ETag`.
    pub fn get(&self) -> Call<WithEtag<Tenant>> {
        let service = TenantsService::new(&self.core);
        service.get(&self.tenant_id)
    }

    /// Delete a tenant
    ///
    /// Deletes a tenant with its members, keys, roles, webhooks and usage. Owner only; cannot be undone.
    pub fn delete(&self) -> Call<Empty> {
        let service = TenantsService::new(&self.core);
        service.delete(&self.tenant_id)
    }

    /// Update a tenant
    ///
    /// Renames a tenant or changes its slug. Owners and admins only. Send `If-Match` with the `ETag` from `tenantsGet` to avoid overwriting a concurrent change (412 if it no longer matches).
    pub fn update(&self, params: TenantsUpdateParams) -> Call<WithEtag<Tenant>> {
        let service = TenantsService::new(&self.core);
        service.update(&self.tenant_id, params)
    }

    /// The members of this tenant.
    pub fn members(&self) -> TenantMembers {
        TenantMembers {
            core: self.core.clone(),
            tenant_id: self.tenant_id.clone(),
        }
    }

    /// The keys of this tenant.
    pub fn keys(&self) -> TenantKeys {
        TenantKeys {
            core: self.core.clone(),
            tenant_id: self.tenant_id.clone(),
        }
    }

    /// The usage of this tenant.
    pub fn usage(&self) -> TenantUsage {
        TenantUsage {
            core: self.core.clone(),
            tenant_id: self.tenant_id.clone(),
        }
    }

    /// The roles of this tenant.
    pub fn roles(&self) -> TenantRoles {
        TenantRoles {
            core: self.core.clone(),
            tenant_id: self.tenant_id.clone(),
        }
    }

    /// The permissions of this tenant.
    pub fn permissions(&self) -> TenantPermissions {
        TenantPermissions {
            core: self.core.clone(),
            tenant_id: self.tenant_id.clone(),
        }
    }

    /// The webhooks of this tenant.
    pub fn webhooks(&self) -> TenantWebhooks {
        TenantWebhooks {
            core: self.core.clone(),
            tenant_id: self.tenant_id.clone(),
        }
    }

    /// The audit of this tenant.
    pub fn audit(&self) -> TenantAudit {
        TenantAudit {
            core: self.core.clone(),
            tenant_id: self.tenant_id.clone(),
        }
    }

    /// The billing of this tenant.
    pub fn billing(&self) -> TenantBilling {
        TenantBilling {
            core: self.core.clone(),
            tenant_id: self.tenant_id.clone(),
        }
    }

    /// One member of this tenant.
    pub fn member(&self, user_id: impl Into<String>) -> MemberScope {
        MemberScope::new(&self.core, &*self.tenant_id, user_id)
    }

    /// One webhook of this tenant.
    pub fn webhook(&self, endpoint_id: impl Into<String>) -> WebhookScope {
        WebhookScope::new(&self.core, &*self.tenant_id, endpoint_id)
    }
}

/// The members of one tenant: made by [`TenantScope::members`].
#[cfg(all(
    feature = "audit",
    feature = "billing",
    feature = "keys",
    feature = "permissions",
    feature = "tenants",
    feature = "usage",
    feature = "webhooks"
))]
#[derive(Debug, Clone)]
pub struct TenantMembers {
    core: Core,
    tenant_id: String,
}

#[cfg(all(
    feature = "audit",
    feature = "billing",
    feature = "keys",
    feature = "permissions",
    feature = "tenants",
    feature = "usage",
    feature = "webhooks"
))]
impl TenantMembers {
    /// List members
    ///
    /// Lists the members of a tenant with their tenant role.
    pub fn list(&self, params: TenantsListMembersParams) -> Call<Page<Member>> {
        let service = TenantsService::new(&self.core);
        service.list_members(&self.tenant_id, params)
    }

    /// Every item of [`list`](Self::list), fetched lazily page by page.
    pub fn list_all(&self, params: TenantsListMembersParams) -> Paginator<Member> {
        let service = TenantsService::new(&self.core);
        service.list_members_all(&self.tenant_id, params)
    }

    /// Add a member
    ///
    /// Adds an existing user to the tenant, identified by `email` or `userId` (give exactly one). `role` defaults to `member`. Owners and admins only.
    pub fn add(&self, params: TenantsAddMemberParams) -> Call<Member> {
        let service = TenantsService::new(&self.core);
        service.add_member(&self.tenant_id, params)
    }

    /// Remove a member
    ///
    /// Removes a user from the tenant (a member may remove themselves). The last owner cannot be removed (409).
    pub fn remove(&self, user_id: &str) -> Call<Empty> {
        let service = TenantsService::new(&self.core);
        service.remove_member(&self.tenant_id, user_id)
    }

    /// Change a member's role
    ///
    /// Changes the tenant role of a member. Only an owner can grant or take away `owner`; a tenant always keeps at least one owner (409 otherwise).
    pub fn update_role(&self, user_id: &str, role: TenantRole) -> Call<Member> {
        let service = TenantsService::new(&self.core);
        service.update_member_role(&self.tenant_id, user_id, role)
    }
}

/// The keys of one tenant: made by [`TenantScope::keys`].
#[cfg(all(
    feature = "audit",
    feature = "billing",
    feature = "keys",
    feature = "permissions",
    feature = "tenants",
    feature = "usage",
    feature = "webhooks"
))]
#[derive(Debug, Clone)]
pub struct TenantKeys {
    core: Core,
    tenant_id: String,
}

#[cfg(all(
    feature = "audit",
    feature = "billing",
    feature = "keys",
    feature = "permissions",
    feature = "tenants",
    feature = "usage",
    feature = "webhooks"
))]
impl TenantKeys {
    /// List a tenant's API keys
    ///
    /// Lists the keys of a tenant, newest first, optionally filtered by status. Plaintext keys are never returned.
    pub fn list(&self, params: KeysListParams) -> Call<Page<ApiKey>> {
        let service = KeysService::new(&self.core);
        service.list(&self.tenant_id, params)
    }

    /// Every item of [`list`](Self::list), fetched lazily page by page.
    pub fn list_all(&self, params: KeysListParams) -> Paginator<ApiKey> {
        let service = KeysService::new(&self.core);
        service.list_all(&self.tenant_id, params)
    }
}

/// The usage of one tenant: made by [`TenantScope::usage`].
#[cfg(all(
    feature = "audit",
    feature = "billing",
    feature = "keys",
    feature = "permissions",
    feature = "tenants",
    feature = "usage",
    feature = "webhooks"
))]
#[derive(Debug, Clone)]
pub struct TenantUsage {
    core: Core,
    tenant_id: String,
}

#[cfg(all(
    feature = "audit",
    feature = "billing",
    feature = "keys",
    feature = "permissions",
    feature = "tenants",
    feature = "usage",
    feature = "webhooks"
))]
impl TenantUsage {
    /// Usage summary
    ///
    /// Totals of a tenant's usage per service and action over a time range (default the current calendar month).
    pub fn summary(&self, params: UsageSummaryParams) -> Call<UsageSummary> {
        let service = UsageService::new(&self.core);
        service.summary(&self.tenant_id, params)
    }

    /// List usage events
    ///
    /// Lists a tenant's usage events, newest first, optionally filtered.
    pub fn list_events(&self, params: UsageListEventsParams) -> Call<Page<UsageEvent>> {
        let service = UsageService::new(&self.core);
        service.list_events(&self.tenant_id, params)
    }

    /// Every item of [`list_events`](Self::list_events), fetched lazily page by page.
    pub fn list_events_all(&self, params: UsageListEventsParams) -> Paginator<UsageEvent> {
        let service = UsageService::new(&self.core);
        service.list_events_all(&self.tenant_id, params)
    }
}

/// The roles of one tenant: made by [`TenantScope::roles`].
#[cfg(all(
    feature = "audit",
    feature = "billing",
    feature = "keys",
    feature = "permissions",
    feature = "tenants",
    feature = "usage",
    feature = "webhooks"
))]
#[derive(Debug, Clone)]
pub struct TenantRoles {
    core: Core,
    tenant_id: String,
}

#[cfg(all(
    feature = "audit",
    feature = "billing",
    feature = "keys",
    feature = "permissions",
    feature = "tenants",
    feature = "usage",
    feature = "webhooks"
))]
impl TenantRoles {
    /// List roles
    ///
    /// Lists the custom RBAC roles of a tenant. (The built-in tenant roles owner/admin/member are not listed here.)
    pub fn list(&self, params: PermissionsListRolesParams) -> Call<Page<Role>> {
        let service = PermissionsService::new(&self.core);
        service.list_roles(&self.tenant_id, params)
    }

    /// Every item of [`list`](Self::list), fetched lazily page by page.
    pub fn list_all(&self, params: PermissionsListRolesParams) -> Paginator<Role> {
        let service = PermissionsService::new(&self.core);
        service.list_roles_all(&self.tenant_id, params)
    }

    /// Create a role
    ///
    /// Creates a custom role, a named set of permission strings (`resource:action`). Role names are unique in a tenant (409).
    pub fn create(
        &self,
        name: &str,
        permissions: Vec<String>,
        params: PermissionsCreateRoleParams,
    ) -> Call<Role> {
        let service = PermissionsService::new(&self.core);
        service.create_role(&self.tenant_id, name, permissions, params)
    }

    /// Get a role
    ///
    /// Returns a role with its `ETag`.
    pub fn get(&self, role_id: &str) -> Call<WithEtag<Role>> {
        let service = PermissionsService::new(&self.core);
        service.get_role(&self.tenant_id, role_id)
    }

    /// Delete a role
    ///
    /// Deletes a role and removes it from every member that held it.
    pub fn delete(&self, role_id: &str) -> Call<Empty> {
        let service = PermissionsService::new(&self.core);
        service.delete_role(&self.tenant_id, role_id)
    }

    /// Update a role
    ///
    /// Renames a role or replaces its permissions (effective immediately for every member holding it). Send `If-Match` with the `ETag` from `permissionsGetRole` (412 if it no longer matches).
    pub fn update(
        &self,
        role_id: &str,
        params: PermissionsUpdateRoleParams,
    ) -> Call<WithEtag<Role>> {
        let service = PermissionsService::new(&self.core);
        service.update_role(&self.tenant_id, role_id, params)
    }
}

/// The permissions of one tenant: made by [`TenantScope::permissions`].
#[cfg(all(
    feature = "audit",
    feature = "billing",
    feature = "keys",
    feature = "permissions",
    feature = "tenants",
    feature = "usage",
    feature = "webhooks"
))]
#[derive(Debug, Clone)]
pub struct TenantPermissions {
    core: Core,
    tenant_id: String,
}

#[cfg(all(
    feature = "audit",
    feature = "billing",
    feature = "keys",
    feature = "permissions",
    feature = "tenants",
    feature = "usage",
    feature = "webhooks"
))]
impl TenantPermissions {
    /// Check a permission
    ///
    /// Tells whether a user holds a permission in the tenant, through a custom role or their tenant role (owners and admins hold every permission). A denial is `allowed: false`, not an error.
    pub fn check(&self, user_id: &str, permission: &str) -> Call<PermissionCheck> {
        let service = PermissionsService::new(&self.core);
        service.check(&self.tenant_id, user_id, permission)
    }
}

/// The webhooks of one tenant: made by [`TenantScope::webhooks`].
#[cfg(all(
    feature = "audit",
    feature = "billing",
    feature = "keys",
    feature = "permissions",
    feature = "tenants",
    feature = "usage",
    feature = "webhooks"
))]
#[derive(Debug, Clone)]
pub struct TenantWebhooks {
    core: Core,
    tenant_id: String,
}

#[cfg(all(
    feature = "audit",
    feature = "billing",
    feature = "keys",
    feature = "permissions",
    feature = "tenants",
    feature = "usage",
    feature = "webhooks"
))]
impl TenantWebhooks {
    /// List webhook endpoints
    ///
    /// Lists a tenant's webhook endpoints.
    pub fn list(&self, params: WebhooksListParams) -> Call<Page<WebhookEndpoint>> {
        let service = WebhooksService::new(&self.core);
        service.list(&self.tenant_id, params)
    }

    /// Every item of [`list`](Self::list), fetched lazily page by page.
    pub fn list_all(&self, params: WebhooksListParams) -> Paginator<WebhookEndpoint> {
        let service = WebhooksService::new(&self.core);
        service.list_all(&self.tenant_id, params)
    }

    /// Create a webhook endpoint
    ///
    /// Registers an HTTPS URL to receive the listed event types. Deliveries are signed with the tenant's webhook secret.
    pub fn create(
        &self,
        url: &str,
        events: Vec<WebhookEventType>,
        params: WebhooksCreateParams,
    ) -> Call<WebhookEndpoint> {
        let service = WebhooksService::new(&self.core);
        service.create(&self.tenant_id, url, events, params)
    }

    /// Get a webhook endpoint
    ///
    /// Returns an endpoint with its `ETag`.
    pub fn get(&self, endpoint_id: &str) -> Call<WithEtag<WebhookEndpoint>> {
        let service = WebhooksService::new(&self.core);
        service.get(&self.tenant_id, endpoint_id)
    }

    /// Delete a webhook endpoint
    ///
    /// Deletes an endpoint; pending deliveries to it are dropped.
    pub fn delete(&self, endpoint_id: &str) -> Call<Empty> {
        let service = WebhooksService::new(&self.core);
        service.delete(&self.tenant_id, endpoint_id)
    }

    /// Update a webhook endpoint
    ///
    /// Changes an endpoint's URL, description, event types, or pauses it (`enabled: false`). Send `If-Match` with the `ETag` from `webhooksGet` (412 if it no longer matches).
    pub fn update(
        &self,
        endpoint_id: &str,
        params: WebhooksUpdateParams,
    ) -> Call<WithEtag<WebhookEndpoint>> {
        let service = WebhooksService::new(&self.core);
        service.update(&self.tenant_id, endpoint_id, params)
    }
}

/// The audit of one tenant: made by [`TenantScope::audit`].
#[cfg(all(
    feature = "audit",
    feature = "billing",
    feature = "keys",
    feature = "permissions",
    feature = "tenants",
    feature = "usage",
    feature = "webhooks"
))]
#[derive(Debug, Clone)]
pub struct TenantAudit {
    core: Core,
    tenant_id: String,
}

#[cfg(all(
    feature = "audit",
    feature = "billing",
    feature = "keys",
    feature = "permissions",
    feature = "tenants",
    feature = "usage",
    feature = "webhooks"
))]
impl TenantAudit {
    /// Query the audit log
    ///
    /// Lists a tenant's audit entries, newest first, matching every filter given.
    pub fn query(&self, params: AuditQueryParams) -> Call<Page<AuditEntry>> {
        let service = AuditService::new(&self.core);
        service.query(&self.tenant_id, params)
    }

    /// Every item of [`query`](Self::query), fetched lazily page by page.
    pub fn query_all(&self, params: AuditQueryParams) -> Paginator<AuditEntry> {
        let service = AuditService::new(&self.core);
        service.query_all(&self.tenant_id, params)
    }

    /// Record an audit entry
    ///
    /// Appends an entry to the tenant's audit log (entries cannot be changed or deleted). The actor defaults to the caller.
    pub fn record(
        &self,
        action: &str,
        resource_type: &str,
        params: AuditRecordParams,
    ) -> Call<AuditEntry> {
        let service = AuditService::new(&self.core);
        service.record(&self.tenant_id, action, resource_type, params)
    }

    /// Export the audit log
    ///
    /// Exports the entries matching the filters, oldest first, as one
    /// document: CSV (header row, then one entry a line), a JSON array, or
    /// NDJSON (one JSON entry a line), chosen by `format` (default `json`).
    /// The body is not an envelope: it is served as `text/plain` whatever
    /// the format, so SDKs read it as text (`core.request_text()`). Errors
    /// are JSON envelopes as everywhere else.
    pub fn export(&self, params: AuditExportParams) -> Call<String> {
        let service = AuditService::new(&self.core);
        service.export(&self.tenant_id, params)
    }
}

/// The billing of one tenant: made by [`TenantScope::billing`].
#[cfg(all(
    feature = "audit",
    feature = "billing",
    feature = "keys",
    feature = "permissions",
    feature = "tenants",
    feature = "usage",
    feature = "webhooks"
))]
#[derive(Debug, Clone)]
pub struct TenantBilling {
    core: Core,
    tenant_id: String,
}

#[cfg(all(
    feature = "audit",
    feature = "billing",
    feature = "keys",
    feature = "permissions",
    feature = "tenants",
    feature = "usage",
    feature = "webhooks"
))]
impl TenantBilling {
    /// Get the subscription
    ///
    /// Returns the tenant's current subscription. Every tenant has one (on `plan_free` until it subscribes).
    pub fn get_subscription(&self) -> Call<Subscription> {
        let service = BillingService::new(&self.core);
        service.get_subscription(&self.tenant_id)
    }

    /// Subscribe or change plan
    ///
    /// Puts the tenant on a plan, starting a paid subscription or changing the plan of the current one (prorated). Owners only.
    pub fn subscribe(&self, plan_id: &str) -> Call<Subscription> {
        let service = BillingService::new(&self.core);
        service.subscribe(&self.tenant_id, plan_id)
    }

    /// Cancel the subscription
    ///
    /// Cancels the paid subscription, at the end of the current period (default) or now. The tenant then falls back to `plan_free`.
    pub fn cancel(&self, params: BillingCancelParams) -> Call<Subscription> {
        let service = BillingService::new(&self.core);
        service.cancel(&self.tenant_id, params)
    }

    /// Get entitlements
    ///
    /// The features and limits the tenant is entitled to now, from its plan or from a platform override.
    pub fn entitlements(&self) -> Call<Entitlements> {
        let service = BillingService::new(&self.core);
        service.entitlements(&self.tenant_id)
    }

    /// Get the current invoice
    ///
    /// The open (upcoming) invoice of the current billing period, with its lines so far.
    pub fn current_invoice(&self) -> Call<Invoice> {
        let service = BillingService::new(&self.core);
        service.current_invoice(&self.tenant_id)
    }
}

/// The operations on one key (`/api/keys/{keyId}`), with its `keyId` bound.
///
/// Made by `KeyScope::new(&core, ..)` or by the owning service's accessor.
#[cfg(feature = "keys")]
#[derive(Debug, Clone)]
pub struct KeyScope {
    core: Core,
    key_id: String,
}

#[cfg(feature = "keys")]
impl KeyScope {
    /// The key with the given identifiers.
    pub fn new(core: &Core, key_id: impl Into<String>) -> Self {
        Self {
            core: core.clone(),
            key_id: key_id.into(),
        }
    }

    /// The bound `keyId`.
    pub fn key_id(&self) -> &str {
        &self.key_id
    }

    /// Get an API key
    ///
    /// Returns a key record (never its plaintext), with its `ETag`.
    pub fn get(&self) -> Call<WithEtag<ApiKey>> {
        let service = KeysService::new(&self.core);
        service.get(&self.key_id)
    }

    /// Delete an API key
    ///
    /// Permanently deletes a key record (for example for data erasure). Prefer `keysRevoke`, which keeps the record for the audit trail.
    pub fn delete(&self) -> Call<Empty> {
        let service = KeysService::new(&self.core);
        service.delete(&self.key_id)
    }

    /// Update an API key
    ///
    /// Changes a key's name, scopes or quota in place, without re-issuing it. Send `If-Match` with the `ETag` from `keysGet` (412 if it no longer matches). Revoked and expired keys cannot be updated (409).
    pub fn update(&self, params: KeysUpdateParams) -> Call<WithEtag<ApiKey>> {
        let service = KeysService::new(&self.core);
        service.update(&self.key_id, params)
    }

    /// Revoke an API key
    ///
    /// Disables a key for good; later validations of it fail with `revoked_key`. The record is kept. Revoking a revoked key is a no-op.
    pub fn revoke(&self) -> Call<ApiKey> {
        let service = KeysService::new(&self.core);
        service.revoke(&self.key_id)
    }

    /// Rotate an API key
    ///
    /// Issues a new key with the same tenant, name, scopes, quota and expiry, and revokes the old one. Like `keysCreate`, the new plaintext is shown this once.
    pub fn rotate(&self) -> Call<CreatedApiKey> {
        let service = KeysService::new(&self.core);
        service.rotate(&self.key_id)
    }
}

/// The operations on one oauth (`/api/oauth/{provider}`), with its `provider` bound.
///
/// Made by `OAuthScope::new(&core, ..)` or by the owning service's accessor.
#[cfg(feature = "oauth")]
#[derive(Debug, Clone)]
pub struct OAuthScope {
    core: Core,
    provider: OAuthProvider,
}

#[cfg(feature = "oauth")]
impl OAuthScope {
    /// The oauth with the given identifiers.
    pub fn new(core: &Core, provider: OAuthProvider) -> Self {
        Self {
            core: core.clone(),
            provider,
        }
    }

    /// The bound `provider`.
    pub fn provider(&self) -> OAuthProvider {
        self.provider.clone()
    }

    /// Get a provider's authorize URL
    ///
    /// Builds the URL to send the browser to for signing in with the provider. The provider redirects back to `redirectUri` (which must be registered) with `code` and `state`.
    pub fn authorize(
        &self,
        redirect_uri: &str,
        params: OAuthAuthorizeParams,
    ) -> Call<OAuthAuthorization> {
        let service = OAuthService::new(&self.core);
        service.authorize(self.provider.clone(), redirect_uri, params)
    }

    /// Complete a provider sign-in
    ///
    /// Exchanges the `code` the provider returned for a Gatekeeper session, creating the user on first sign-in. `state` must match the one from `oAuthAuthorize`.
    pub fn callback(
        &self,
        code: &str,
        state: &str,
        params: OAuthCallbackParams,
    ) -> Call<AuthSession> {
        let service = OAuthService::new(&self.core);
        service.callback(self.provider.clone(), code, state, params)
    }
}

/// The operations on one job (`/api/platform/jobs/{jobId}`), with its `jobId` bound.
///
/// Made by `JobScope::new(&core, ..)` or by the owning service's accessor.
#[cfg(feature = "platform_jobs")]
#[derive(Debug, Clone)]
pub struct JobScope {
    core: Core,
    job_id: String,
}

#[cfg(feature = "platform_jobs")]
impl JobScope {
    /// The job with the given identifiers.
    pub fn new(core: &Core, job_id: impl Into<String>) -> Self {
        Self {
            core: core.clone(),
            job_id: job_id.into(),
        }
    }

    /// The bound `jobId`.
    pub fn job_id(&self) -> &str {
        &self.job_id
    }

    /// Get a background job
    ///
    /// Returns one job with its last error.
    pub fn get(&self) -> Call<Job> {
        let service = PlatformJobsService::new(&self.core);
        service.get(&self.job_id)
    }

    /// Retry a background job
    ///
    /// Queues a failed or cancelled job to run again with a fresh attempt budget. 409 if the job is queued, running or succeeded.
    pub fn retry(&self) -> Call<Job> {
        let service = PlatformJobsService::new(&self.core);
        service.retry(&self.job_id)
    }
}

/// The operations on one service account (`/api/platform/service-accounts/{accountId}`), with its `accountId` bound.
///
/// Made by `ServiceAccountScope::new(&core, ..)` or by the owning service's accessor.
#[cfg(feature = "platform_service_accounts")]
#[derive(Debug, Clone)]
pub struct ServiceAccountScope {
    core: Core,
    account_id: String,
}

#[cfg(feature = "platform_service_accounts")]
impl ServiceAccountScope {
    /// The service account with the given identifiers.
    pub fn new(core: &Core, account_id: impl Into<String>) -> Self {
        Self {
            core: core.clone(),
            account_id: account_id.into(),
        }
    }

    /// The bound `accountId`.
    pub fn account_id(&self) -> &str {
        &self.account_id
    }

    /// Revoke a service account
    ///
    /// Revokes a service account; its secret stops working at once. Revoking a revoked account is a no-op.
    pub fn revoke(&self) -> Call<ServiceAccount> {
        let service = PlatformServiceAccountsService::new(&self.core);
        service.revoke(&self.account_id)
    }
}

/// The operations on one member (`/api/tenants/{tenantId}/members/{userId}`), with its `userId` bound.
///
/// Made by `MemberScope::new(&core, ..)` or by the owning service's accessor.
#[cfg(all(feature = "permissions", feature = "tenants"))]
#[derive(Debug, Clone)]
pub struct MemberScope {
    core: Core,
    tenant_id: String,
    user_id: String,
}

#[cfg(all(feature = "permissions", feature = "tenants"))]
impl MemberScope {
    /// The member with the given identifiers.
    pub fn new(core: &Core, tenant_id: impl Into<String>, user_id: impl Into<String>) -> Self {
        Self {
            core: core.clone(),
            tenant_id: tenant_id.into(),
            user_id: user_id.into(),
        }
    }

    /// The bound `userId`.
    pub fn user_id(&self) -> &str {
        &self.user_id
    }

    /// Remove a member
    ///
    /// Removes a user from the tenant (a member may remove themselves). The last owner cannot be removed (409).
    pub fn remove(&self) -> Call<Empty> {
        let service = TenantsService::new(&self.core);
        service.remove_member(&self.tenant_id, &self.user_id)
    }

    /// Change a member's role
    ///
    /// Changes the tenant role of a member. Only an owner can grant or take away `owner`; a tenant always keeps at least one owner (409 otherwise).
    pub fn update_role(&self, role: TenantRole) -> Call<Member> {
        let service = TenantsService::new(&self.core);
        service.update_member_role(&self.tenant_id, &self.user_id, role)
    }

    /// The roles of this member.
    pub fn roles(&self) -> MemberRoles {
        MemberRoles {
            core: self.core.clone(),
            tenant_id: self.tenant_id.clone(),
            user_id: self.user_id.clone(),
        }
    }

    /// The bound `tenantId`.
    pub fn tenant_id(&self) -> &str {
        &self.tenant_id
    }
}

/// The roles of one member: made by [`MemberScope::roles`].
#[cfg(all(feature = "permissions", feature = "tenants"))]
#[derive(Debug, Clone)]
pub struct MemberRoles {
    core: Core,
    tenant_id: String,
    user_id: String,
}

#[cfg(all(feature = "permissions", feature = "tenants"))]
impl MemberRoles {
    /// Assign a role to a member
    ///
    /// Gives a member a custom role. Idempotent; assigning a role the member already holds returns the existing assignment.
    pub fn assign(&self, role_id: &str) -> Call<RoleAssignment> {
        let service = PermissionsService::new(&self.core);
        service.assign_role(&self.tenant_id, &self.user_id, role_id)
    }

    /// Unassign a role from a member
    ///
    /// Takes a custom role away from a member. 404 if the member does not hold it.
    pub fn unassign(&self, role_id: &str) -> Call<Empty> {
        let service = PermissionsService::new(&self.core);
        service.unassign_role(&self.tenant_id, &self.user_id, role_id)
    }
}

/// The operations on one webhook (`/api/tenants/{tenantId}/webhooks/{endpointId}`), with its `endpointId` bound.
///
/// Made by `WebhookScope::new(&core, ..)` or by the owning service's accessor.
#[cfg(feature = "webhooks")]
#[derive(Debug, Clone)]
pub struct WebhookScope {
    core: Core,
    tenant_id: String,
    endpoint_id: String,
}

#[cfg(feature = "webhooks")]
impl WebhookScope {
    /// The webhook with the given identifiers.
    pub fn new(core: &Core, tenant_id: impl Into<String>, endpoint_id: impl Into<String>) -> Self {
        Self {
            core: core.clone(),
            tenant_id: tenant_id.into(),
            endpoint_id: endpoint_id.into(),
        }
    }

    /// The bound `endpointId`.
    pub fn endpoint_id(&self) -> &str {
        &self.endpoint_id
    }

    /// Get a webhook endpoint
    ///
    /// Returns an endpoint with its `ETag`.
    pub fn get(&self) -> Call<WithEtag<WebhookEndpoint>> {
        let service = WebhooksService::new(&self.core);
        service.get(&self.tenant_id, &self.endpoint_id)
    }

    /// Delete a webhook endpoint
    ///
    /// Deletes an endpoint; pending deliveries to it are dropped.
    pub fn delete(&self) -> Call<Empty> {
        let service = WebhooksService::new(&self.core);
        service.delete(&self.tenant_id, &self.endpoint_id)
    }

    /// Update a webhook endpoint
    ///
    /// Changes an endpoint's URL, description, event types, or pauses it (`enabled: false`). Send `If-Match` with the `ETag` from `webhooksGet` (412 if it no longer matches).
    pub fn update(&self, params: WebhooksUpdateParams) -> Call<WithEtag<WebhookEndpoint>> {
        let service = WebhooksService::new(&self.core);
        service.update(&self.tenant_id, &self.endpoint_id, params)
    }

    /// Send a test event
    ///
    /// Sends a synthetic event (default `webhook.test`) to the endpoint right away and returns the delivery attempt.
    pub fn dispatch_test(&self, params: WebhooksDispatchTestParams) -> Call<WebhookDelivery> {
        let service = WebhooksService::new(&self.core);
        service.dispatch_test(&self.tenant_id, &self.endpoint_id, params)
    }

    /// The deliveries of this webhook.
    pub fn deliveries(&self) -> WebhookDeliveries {
        WebhookDeliveries {
            core: self.core.clone(),
            tenant_id: self.tenant_id.clone(),
            endpoint_id: self.endpoint_id.clone(),
        }
    }

    /// One delivery of this webhook.
    pub fn delivery(&self, delivery_id: impl Into<String>) -> DeliveryScope {
        DeliveryScope::new(
            &self.core,
            &*self.tenant_id,
            &*self.endpoint_id,
            delivery_id,
        )
    }

    /// The bound `tenantId`.
    pub fn tenant_id(&self) -> &str {
        &self.tenant_id
    }
}

/// The deliveries of one webhook: made by [`WebhookScope::deliveries`].
#[cfg(feature = "webhooks")]
#[derive(Debug, Clone)]
pub struct WebhookDeliveries {
    core: Core,
    tenant_id: String,
    endpoint_id: String,
}

#[cfg(feature = "webhooks")]
impl WebhookDeliveries {
    /// List deliveries
    ///
    /// Lists delivery attempts to an endpoint, newest first, optionally only those in one status.
    pub fn list(&self, params: WebhooksListDeliveriesParams) -> Call<Page<WebhookDelivery>> {
        let service = WebhooksService::new(&self.core);
        service.list_deliveries(&self.tenant_id, &self.endpoint_id, params)
    }

    /// Every item of [`list`](Self::list), fetched lazily page by page.
    pub fn list_all(&self, params: WebhooksListDeliveriesParams) -> Paginator<WebhookDelivery> {
        let service = WebhooksService::new(&self.core);
        service.list_deliveries_all(&self.tenant_id, &self.endpoint_id, params)
    }
}

/// The operations on one delivery (`/api/tenants/{tenantId}/webhooks/{endpointId}/deliveries/{deliveryId}`), with its `deliveryId` bound.
///
/// Made by `DeliveryScope::new(&core, ..)` or by the owning service's accessor.
#[cfg(feature = "webhooks")]
#[derive(Debug, Clone)]
pub struct DeliveryScope {
    core: Core,
    tenant_id: String,
    endpoint_id: String,
    delivery_id: String,
}

#[cfg(feature = "webhooks")]
impl DeliveryScope {
    /// The delivery with the given identifiers.
    pub fn new(
        core: &Core,
        tenant_id: impl Into<String>,
        endpoint_id: impl Into<String>,
        delivery_id: impl Into<String>,
    ) -> Self {
        Self {
            core: core.clone(),
            tenant_id: tenant_id.into(),
            endpoint_id: endpoint_id.into(),
            delivery_id: delivery_id.into(),
        }
    }

    /// The bound `deliveryId`.
    pub fn delivery_id(&self) -> &str {
        &self.delivery_id
    }

    /// Redeliver an event
    ///
    /// Sends the event of a past delivery to the endpoint again, now, and returns the new attempt.
    pub fn redeliver(&self) -> Call<WebhookDelivery> {
        let service = WebhooksService::new(&self.core);
        service.redeliver(&self.tenant_id, &self.endpoint_id, &self.delivery_id)
    }

    /// The bound `tenantId`.
    pub fn tenant_id(&self) -> &str {
        &self.tenant_id
    }

    /// The bound `endpointId`.
    pub fn endpoint_id(&self) -> &str {
        &self.endpoint_id
    }
}
