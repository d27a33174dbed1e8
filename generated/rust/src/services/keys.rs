//! The `KeysService`.

use crate::call::{decode, Call, WithEtag};
use crate::client::Core;
use crate::models::*;
use crate::pagination::{Page, Paginator};
use crate::request::{ApiRequest, Fields};
use crate::scopes::*;
use reqwest::Method;

/// Tenant API keys: create (plaintext shown once), list, update, revoke, rotate, validate, and exchange for a short-lived JWT.
///
/// Built over a shared core: `KeysService::new(&core)`.
#[derive(Debug, Clone)]
pub struct KeysService {
    core: Core,
    default_scopes: Option<Vec<String>>,
    default_quota_period: Option<QuotaPeriod>,
}

impl KeysService {
    /// A `KeysService` over `core` (cloning the core is cheap).
    pub fn new(core: &Core) -> Self {
        Self {
            core: core.clone(),
            default_scopes: None,
            default_quota_period: None,
        }
    }

    /// Every known value of [`QuotaPeriod`].
    pub const QUOTA_PERIODS: &'static [QuotaPeriod] = crate::constants::QUOTA_PERIODS;

    /// Every known value of [`KeyStatus`].
    pub const KEY_STATUSES: &'static [KeyStatus] = crate::constants::KEY_STATUSES;

    /// The `scopes` used when a call leaves it out.
    pub fn with_default_scopes(mut self, scopes: Vec<String>) -> Self {
        self.default_scopes = Some(scopes);
        self
    }

    /// The `quota_period` used when a call leaves it out.
    pub fn with_default_quota_period(mut self, quota_period: QuotaPeriod) -> Self {
        self.default_quota_period = Some(quota_period);
        self
    }

    /// Create an API key
    ///
    /// Issues an API key for a tenant. Only `tenantId` is required; `scopes`
    /// defaults to none, `quota.period` to `month`. The response holds the key
    /// record and `plainTextKey`, which is shown this once and never again
    /// (only a hash is stored).
    pub fn create(&self, tenant_id: &str, params: KeysCreateParams) -> Call<CreatedApiKey> {
        let mut body = Fields::new();
        body.field("tenantId", tenant_id);
        body.optional("name", params.name);
        body.optional_or("scopes", params.scopes, &self.default_scopes);
        body.optional("expiresAt", params.expires_at);
        body.optional("quota", params.quota);
        body.optional("metadata", params.metadata);
        body.default_at(&["quota", "period"], &self.default_quota_period);
        let mut request = ApiRequest::new(Method::POST, "/api/keys");
        request.json_fields(body);
        request.security(&[&["bearerAuth"]]);
        request.idempotency_header("Idempotency-Key");
        Call::new(&self.core, request, decode::json)
    }

    /// List a tenant's API keys
    ///
    /// Lists the keys of a tenant, newest first, optionally filtered by status. Plaintext keys are never returned.
    pub fn list(&self, tenant_id: &str, params: KeysListParams) -> Call<Page<ApiKey>> {
        let mut request = ApiRequest::new(Method::GET, "/api/tenants/{tenantId}/keys");
        request.path_param("tenantId", tenant_id);
        request.query("status", &params.status);
        request.query("limit", &params.limit);
        request.query("cursor", &params.cursor);
        request.security(&[&["bearerAuth"]]);
        request.paginated("cursor", "items", "nextCursor", None);
        Call::new(&self.core, request, decode::page)
    }

    /// Every item of [`list`](Self::list), fetched lazily page by page.
    pub fn list_all(&self, tenant_id: &str, params: KeysListParams) -> Paginator<ApiKey> {
        let call = self.list(tenant_id, params);
        Paginator::new(&self.core, call.into_request())
    }

    /// Get an API key
    ///
    /// Returns a key record (never its plaintext), with its `ETag`.
    pub fn get(&self, key_id: &str) -> Call<WithEtag<ApiKey>> {
        let mut request = ApiRequest::new(Method::GET, "/api/keys/{keyId}");
        request.path_param("keyId", key_id);
        request.security(&[&["bearerAuth"]]);
        Call::new(&self.core, request, decode::json_with_etag)
    }

    /// Delete an API key
    ///
    /// Permanently deletes a key record (for example for data erasure). Prefer `keysRevoke`, which keeps the record for the audit trail.
    pub fn delete(&self, key_id: &str) -> Call<Empty> {
        let mut request = ApiRequest::new(Method::DELETE, "/api/keys/{keyId}");
        request.path_param("keyId", key_id);
        request.security(&[&["bearerAuth"]]);
        Call::new(&self.core, request, decode::json)
    }

    /// Update an API key
    ///
    /// Changes a key's name, scopes or quota in place, without re-issuing it. Send `If-Match` with the `ETag` from `keysGet` (412 if it no longer matches). Revoked and expired keys cannot be updated (409).
    pub fn update(&self, key_id: &str, params: KeysUpdateParams) -> Call<WithEtag<ApiKey>> {
        let mut body = Fields::new();
        body.optional("name", params.name);
        body.optional("scopes", params.scopes);
        body.optional("quota", params.quota);
        let mut request = ApiRequest::new(Method::PATCH, "/api/keys/{keyId}");
        request.path_param("keyId", key_id);
        request.header("If-Match", &params.if_match);
        request.json_fields(body);
        request.security(&[&["bearerAuth"]]);
        Call::new(&self.core, request, decode::json_with_etag)
    }

    /// Revoke an API key
    ///
    /// Disables a key for good; later validations of it fail with `revoked_key`. The record is kept. Revoking a revoked key is a no-op.
    pub fn revoke(&self, key_id: &str) -> Call<ApiKey> {
        let mut request = ApiRequest::new(Method::POST, "/api/keys/{keyId}/revoke");
        request.path_param("keyId", key_id);
        request.security(&[&["bearerAuth"]]);
        Call::new(&self.core, request, decode::json)
    }

    /// Rotate an API key
    ///
    /// Issues a new key with the same tenant, name, scopes, quota and expiry, and revokes the old one. Like `keysCreate`, the new plaintext is shown this once.
    pub fn rotate(&self, key_id: &str) -> Call<CreatedApiKey> {
        let mut request = ApiRequest::new(Method::POST, "/api/keys/{keyId}/rotate");
        request.path_param("keyId", key_id);
        request.security(&[&["bearerAuth"]]);
        request.idempotency_header("Idempotency-Key");
        Call::new(&self.core, request, decode::json)
    }

    /// Validate an API key
    ///
    /// Checks the plaintext key sent in `X-API-Key`: it must exist, be active,
    /// not be expired, hold every scope in `requiredScopes`, and be within its
    /// quota. Success counts one use of the key. Failures carry the typed codes
    /// `invalid_key` / `expired_key` (401), `revoked_key` /
    /// `insufficient_scope` (403) and `quota_exceeded` (429, with
    /// `Retry-After`).
    pub fn validate(&self, params: KeysValidateParams) -> Call<KeyInfo> {
        let mut body = Fields::new();
        body.optional("requiredScopes", params.required_scopes);
        let mut request = ApiRequest::new(Method::POST, "/api/keys/validate");
        request.json_fields(body);
        request.security(&[&["apiKeyAuth"]]);
        Call::new(&self.core, request, decode::json)
    }

    /// Exchange an API key for a JWT
    ///
    /// Trades the key sent in `X-API-Key` for a short-lived bearer JWT carrying the key's tenant and scopes (or the requested subset). The same checks as `keysValidate` apply, with the same error codes.
    pub fn exchange_token(&self, params: KeysExchangeTokenParams) -> Call<ExchangedToken> {
        let mut body = Fields::new();
        body.optional_or("scopes", params.scopes, &self.default_scopes);
        body.optional("ttlSeconds", params.ttl_seconds);
        let mut request = ApiRequest::new(Method::POST, "/api/keys/exchange");
        request.json_fields(body);
        request.security(&[&["apiKeyAuth"]]);
        Call::new(&self.core, request, decode::json)
    }

    /// The operations on one key (`/api/keys/{keyId}`), with its `keyId` bound.
    #[cfg(feature = "keys")]
    pub fn scope(&self, key_id: impl Into<String>) -> KeyScope {
        KeyScope::new(&self.core, key_id)
    }
}

/// Optional inputs of [`KeysService::create`]; set those you need, e.g.
/// `KeysCreateParams::new().name(..)`.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct KeysCreateParams {
    /// The `name` input.
    pub name: Option<String>,
    /// Scopes granted to the key; none when absent.
    pub scopes: Option<Vec<String>>,
    /// Expiry; the key never expires when absent.
    pub expires_at: Option<String>,
    /// The `quota` input.
    pub quota: Option<KeyQuota>,
    /// The `metadata` input.
    pub metadata: Option<Metadata>,
}

impl KeysCreateParams {
    /// No optional input set.
    pub fn new() -> Self {
        Default::default()
    }

    /// The `name` input.
    pub fn name(mut self, name: impl Into<String>) -> Self {
        self.name = Some(name.into());
        self
    }

    /// Scopes granted to the key; none when absent.
    pub fn scopes(mut self, scopes: impl IntoIterator<Item = impl Into<String>>) -> Self {
        self.scopes = Some(scopes.into_iter().map(Into::into).collect());
        self
    }

    /// Expiry; the key never expires when absent.
    pub fn expires_at(mut self, expires_at: impl Into<String>) -> Self {
        self.expires_at = Some(expires_at.into());
        self
    }

    /// The `quota` input.
    pub fn quota(mut self, quota: KeyQuota) -> Self {
        self.quota = Some(quota);
        self
    }

    /// The `metadata` input.
    pub fn metadata(mut self, metadata: Metadata) -> Self {
        self.metadata = Some(metadata);
        self
    }
}

/// Optional inputs of [`KeysService::list`]; set those you need, e.g.
/// `KeysListParams::new().status(..)`.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct KeysListParams {
    /// Only keys in this status. All statuses when absent.
    pub status: Option<KeyStatus>,
    /// Maximum number of items in the page.
    pub limit: Option<i64>,
    /// Opaque cursor from a previous page's `nextCursor`; absent for the first page.
    pub cursor: Option<String>,
}

impl KeysListParams {
    /// No optional input set.
    pub fn new() -> Self {
        Default::default()
    }

    /// Only keys in this status. All statuses when absent.
    pub fn status(mut self, status: KeyStatus) -> Self {
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

/// Optional inputs of [`KeysService::update`]; set those you need, e.g.
/// `KeysUpdateParams::new().name(..)`.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct KeysUpdateParams {
    /// The `name` input.
    pub name: Option<String>,
    /// The `scopes` input.
    pub scopes: Option<Vec<String>>,
    /// The `quota` input.
    pub quota: Option<KeyQuota>,
    /// The `ETag` of the version being updated. When given and the resource has changed since, the update is refused with 412 `precondition_failed`.
    pub if_match: Option<String>,
}

impl KeysUpdateParams {
    /// No optional input set.
    pub fn new() -> Self {
        Default::default()
    }

    /// The `name` input.
    pub fn name(mut self, name: impl Into<String>) -> Self {
        self.name = Some(name.into());
        self
    }

    /// The `scopes` input.
    pub fn scopes(mut self, scopes: impl IntoIterator<Item = impl Into<String>>) -> Self {
        self.scopes = Some(scopes.into_iter().map(Into::into).collect());
        self
    }

    /// The `quota` input.
    pub fn quota(mut self, quota: KeyQuota) -> Self {
        self.quota = Some(quota);
        self
    }

    /// The `ETag` of the version being updated. When given and the resource has changed since, the update is refused with 412 `precondition_failed`.
    pub fn if_match(mut self, if_match: impl Into<String>) -> Self {
        self.if_match = Some(if_match.into());
        self
    }
}

/// Optional inputs of [`KeysService::validate`]; set those you need, e.g.
/// `KeysValidateParams::new().required_scopes(..)`.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct KeysValidateParams {
    /// Every one of these scopes must be held (none required when absent).
    pub required_scopes: Option<Vec<String>>,
}

impl KeysValidateParams {
    /// No optional input set.
    pub fn new() -> Self {
        Default::default()
    }

    /// Every one of these scopes must be held (none required when absent).
    pub fn required_scopes(
        mut self,
        required_scopes: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.required_scopes = Some(required_scopes.into_iter().map(Into::into).collect());
        self
    }
}

/// Optional inputs of [`KeysService::exchange_token`]; set those you need, e.g.
/// `KeysExchangeTokenParams::new().scopes(..)`.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct KeysExchangeTokenParams {
    /// Subset of the key's scopes to put in the token; all of them when absent.
    pub scopes: Option<Vec<String>>,
    /// Lifetime of the token in seconds.
    pub ttl_seconds: Option<i64>,
}

impl KeysExchangeTokenParams {
    /// No optional input set.
    pub fn new() -> Self {
        Default::default()
    }

    /// Subset of the key's scopes to put in the token; all of them when absent.
    pub fn scopes(mut self, scopes: impl IntoIterator<Item = impl Into<String>>) -> Self {
        self.scopes = Some(scopes.into_iter().map(Into::into).collect());
        self
    }

    /// Lifetime of the token in seconds.
    pub fn ttl_seconds(mut self, ttl_seconds: i64) -> Self {
        self.ttl_seconds = Some(ttl_seconds);
        self
    }
}
