//! Gatekeeper is a multi-tenant identity, API-key, metering and billing service.
//! It serves JSON under `/api`.
//!
//! Every JSON response body is an envelope: `{ "ok": true, "data": ... }` on
//! success, `{ "ok": false, "error": { "code", "message", "details"? } }` on
//! failure. `error.code` is one of the `ErrorCode` values; every 429 response
//! carries a `Retry-After` header (seconds). List endpoints are cursor
//! paginated with `limit` and `cursor` and return `{ items, nextCursor }`.
//!
//! # Usage
//!
//! Build one [`GatekeeperCore`] and the services you need over it:
//!
//! ```no_run
//! # async fn run() -> Result<(), gatekeeper_sdk::GatekeeperError> {
//! use gatekeeper_sdk::{GatekeeperCore, AuthService};
//!
//! let core = GatekeeperCore::builder("https://gatekeeper-api.example.workers.dev")
//!     .token("token")
//!     .build();
//! let auth = AuthService::new(&core);
//! # let _ = auth;
//! # Ok(())
//! # }
//! ```
//!
//! Every method returns a [`Call`]: await it for `Result<T, GatekeeperError>`, or set per-call
//! options first (`.timeout(..)`, `.header(..)`, `.idempotency_key(..)`, `.max_retries(..)`,
//! `.with_response()` for the status and headers).
//!
//! [`GatekeeperCore::from_env`] reads `GATEKEEPER_BASE_URL`, `GATEKEEPER_TOKEN` and
//! `GATEKEEPER_API_KEY`.

mod api;
mod call;
mod client;
mod constants;
mod de;
mod definition;
mod error;
mod errors;
pub mod models;
mod pagination;
mod request;
mod scopes;
mod services;
mod transport;

pub use call::{ApiResponse, Call, RawCall, WithEtag};
pub use client::{Core as GatekeeperCore, CoreBuilder as GatekeeperCoreBuilder};
pub use constants::{
    AUDIT_EXPORT_FORMATS, JOB_STATUSES, KEY_STATUSES, OAUTH_PROVIDERS, QUOTA_PERIODS, TENANT_ROLES,
    WEBHOOK_DELIVERY_STATUSES, WEBHOOK_EVENT_TYPES,
};
pub use error::Error as GatekeeperError;
pub use errors::ErrorKind;
pub use pagination::{Page, Paginator};
pub use request::{ApiRequest, Fields, RequestOptions, ResponseKind};
pub use reqwest::Method;
pub use scopes::{
    DeliveryScope, JobScope, KeyScope, MemberRoles, MemberScope, OAuthScope, ServiceAccountScope,
    TenantAudit, TenantBilling, TenantKeys, TenantMembers, TenantPermissions, TenantRoles,
    TenantScope, TenantUsage, TenantWebhooks, WebhookDeliveries, WebhookScope,
};
pub use services::{
    AuditExportParams, AuditQueryParams, AuditRecordParams, AuditService, AuthService,
    AuthSignupParams, BillingCancelParams, BillingPlansParams, BillingService, HealthService,
    KeysCreateParams, KeysExchangeTokenParams, KeysListParams, KeysService, KeysUpdateParams,
    KeysValidateParams, MfaService, OAuthAuthorizeParams, OAuthCallbackParams, OAuthService,
    PermissionsCreateRoleParams, PermissionsListRolesParams, PermissionsService,
    PermissionsUpdateRoleParams, PlatformBillingService, PlatformBillingSetOverrideParams,
    PlatformJobsListParams, PlatformJobsService, PlatformServiceAccountsCreateParams,
    PlatformServiceAccountsListParams, PlatformServiceAccountsService, RateLimitCheckParams,
    RateLimitService, TenantsAddMemberParams, TenantsCreateParams, TenantsListMembersParams,
    TenantsListParams, TenantsService, TenantsUpdateParams, UsageCheckQuotaParams,
    UsageListEventsParams, UsageRecordParams, UsageService, UsageSummaryParams,
    WebhooksCreateParams, WebhooksDispatchTestParams, WebhooksListDeliveriesParams,
    WebhooksListParams, WebhooksService, WebhooksUpdateParams,
};
