//! One service per route group of the API, each over a shared core and behind its Cargo feature.

#[cfg(feature = "audit")]
mod audit;
#[cfg(feature = "auth")]
mod auth;
#[cfg(feature = "billing")]
mod billing;
#[cfg(feature = "health")]
mod health;
#[cfg(feature = "keys")]
mod keys;
#[cfg(feature = "mfa")]
mod mfa;
#[cfg(feature = "oauth")]
mod oauth;
#[cfg(feature = "permissions")]
mod permissions;
#[cfg(feature = "platform_billing")]
mod platform_billing;
#[cfg(feature = "platform_jobs")]
mod platform_jobs;
#[cfg(feature = "platform_service_accounts")]
mod platform_service_accounts;
#[cfg(feature = "rate_limit")]
mod rate_limit;
#[cfg(feature = "tenants")]
mod tenants;
#[cfg(feature = "usage")]
mod usage;
#[cfg(feature = "webhooks")]
mod webhooks;

#[cfg(feature = "audit")]
pub use audit::{AuditExportParams, AuditQueryParams, AuditRecordParams, AuditService};
#[cfg(feature = "auth")]
pub use auth::{AuthService, AuthSignupParams};
#[cfg(feature = "billing")]
pub use billing::{BillingCancelParams, BillingPlansParams, BillingService};
#[cfg(feature = "health")]
pub use health::HealthService;
#[cfg(feature = "keys")]
pub use keys::{
    KeysCreateParams, KeysExchangeTokenParams, KeysListParams, KeysService, KeysUpdateParams,
    KeysValidateParams,
};
#[cfg(feature = "mfa")]
pub use mfa::MfaService;
#[cfg(feature = "oauth")]
pub use oauth::{OAuthAuthorizeParams, OAuthCallbackParams, OAuthService};
#[cfg(feature = "permissions")]
pub use permissions::{
    PermissionsCreateRoleParams, PermissionsListRolesParams, PermissionsService,
    PermissionsUpdateRoleParams,
};
#[cfg(feature = "platform_billing")]
pub use platform_billing::{PlatformBillingService, PlatformBillingSetOverrideParams};
#[cfg(feature = "platform_jobs")]
pub use platform_jobs::{PlatformJobsListParams, PlatformJobsService};
#[cfg(feature = "platform_service_accounts")]
pub use platform_service_accounts::{
    PlatformServiceAccountsCreateParams, PlatformServiceAccountsListParams,
    PlatformServiceAccountsService,
};
#[cfg(feature = "rate_limit")]
pub use rate_limit::{RateLimitCheckParams, RateLimitService};
#[cfg(feature = "tenants")]
pub use tenants::{
    TenantsAddMemberParams, TenantsCreateParams, TenantsListMembersParams, TenantsListParams,
    TenantsService, TenantsUpdateParams,
};
#[cfg(feature = "usage")]
pub use usage::{
    UsageCheckQuotaParams, UsageListEventsParams, UsageRecordParams, UsageService,
    UsageSummaryParams,
};
#[cfg(feature = "webhooks")]
pub use webhooks::{
    WebhooksCreateParams, WebhooksDispatchTestParams, WebhooksListDeliveriesParams,
    WebhooksListParams, WebhooksService, WebhooksUpdateParams,
};
