//! One service per route group of the API, each over a shared core.

mod audit;
mod auth;
mod billing;
mod health;
mod keys;
mod mfa;
mod oauth;
mod permissions;
mod platform_billing;
mod platform_jobs;
mod platform_service_accounts;
mod rate_limit;
mod tenants;
mod usage;
mod webhooks;

pub use audit::{AuditExportParams, AuditQueryParams, AuditRecordParams, AuditService};
pub use auth::{AuthService, AuthSignupParams};
pub use billing::{BillingCancelParams, BillingPlansParams, BillingService};
pub use health::HealthService;
pub use keys::{
    KeysCreateParams, KeysExchangeTokenParams, KeysListParams, KeysService, KeysUpdateParams,
    KeysValidateParams,
};
pub use mfa::MfaService;
pub use oauth::{OAuthAuthorizeParams, OAuthCallbackParams, OAuthService};
pub use permissions::{
    PermissionsCreateRoleParams, PermissionsListRolesParams, PermissionsService,
    PermissionsUpdateRoleParams,
};
pub use platform_billing::{PlatformBillingService, PlatformBillingSetOverrideParams};
pub use platform_jobs::{PlatformJobsListParams, PlatformJobsService};
pub use platform_service_accounts::{
    PlatformServiceAccountsCreateParams, PlatformServiceAccountsListParams,
    PlatformServiceAccountsService,
};
pub use rate_limit::{RateLimitCheckParams, RateLimitService};
pub use tenants::{
    TenantsAddMemberParams, TenantsCreateParams, TenantsListMembersParams, TenantsListParams,
    TenantsService, TenantsUpdateParams,
};
pub use usage::{
    UsageCheckQuotaParams, UsageListEventsParams, UsageRecordParams, UsageService,
    UsageSummaryParams,
};
pub use webhooks::{
    WebhooksCreateParams, WebhooksDispatchTestParams, WebhooksListDeliveriesParams,
    WebhooksListParams, WebhooksService, WebhooksUpdateParams,
};
