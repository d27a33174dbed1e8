//! One test per operation, against a Prism mock of the API: set `PRISM_URL` to run them (they
//! are skipped, with a message, when it is not set). Input values come from `examples.json`,
//! the examples of the API description. They call every service: built with the `full` feature.
#![cfg(feature = "full")]

use gatekeeper_sdk::models::*;
use gatekeeper_sdk::{
    AuditExportParams, AuditQueryParams, AuditRecordParams, AuditService, AuthService,
    AuthSignupParams, BillingCancelParams, BillingPlansParams, BillingService, GatekeeperCore,
    GatekeeperError, HealthService, KeysCreateParams, KeysExchangeTokenParams, KeysListParams,
    KeysService, KeysUpdateParams, KeysValidateParams, MfaService, OAuthAuthorizeParams,
    OAuthCallbackParams, OAuthService, PermissionsCreateRoleParams, PermissionsListRolesParams,
    PermissionsService, PermissionsUpdateRoleParams, PlatformBillingService,
    PlatformBillingSetOverrideParams, PlatformJobsListParams, PlatformJobsService,
    PlatformServiceAccountsCreateParams, PlatformServiceAccountsListParams,
    PlatformServiceAccountsService, RateLimitCheckParams, RateLimitService, TenantsAddMemberParams,
    TenantsCreateParams, TenantsListMembersParams, TenantsListParams, TenantsService,
    TenantsUpdateParams, UsageCheckQuotaParams, UsageListEventsParams, UsageRecordParams,
    UsageService, UsageSummaryParams, WebhooksCreateParams, WebhooksDispatchTestParams,
    WebhooksListDeliveriesParams, WebhooksListParams, WebhooksService, WebhooksUpdateParams,
};
use serde::de::DeserializeOwned;
use serde_json::Value;

const EXAMPLES: &str = include_str!("examples.json");

/// A core for the mock server, or `None` when `PRISM_URL` is not set.
fn prism_core() -> Option<GatekeeperCore> {
    let Ok(url) = std::env::var("PRISM_URL") else {
        eprintln!("PRISM_URL is not set: skipping the operation tests");
        return None;
    };
    let core = GatekeeperCore::builder(url)
        .token("test-token")
        .api_key("test-api-key")
        .basic_auth("test-user", "test-password")
        .max_retries(0)
        .build();
    Some(core)
}

/// The example value of an input, from `examples.json`.
fn example<T: DeserializeOwned>(key: &str) -> T {
    let all: Value = serde_json::from_str(EXAMPLES).expect("examples.json is JSON");
    serde_json::from_value(all[key].clone()).expect("the example has the input's type")
}

fn check<T>(operation: &str, result: Result<T, GatekeeperError>) {
    if let Err(error) = result {
        panic!("{operation} failed: {error}");
    }
}

#[tokio::test]
async fn auth_signup() {
    let Some(core) = prism_core() else {
        return;
    };
    let service = AuthService::new(&core);
    let email: String = example("auth.signup.email");
    let password: String = example("auth.signup.password");
    let mut params = AuthSignupParams::new();
    params.name = example("auth.signup.name");
    let call = service.signup(&email, &password, params);
    let result = call.await;
    check("auth.signup", result);
}

#[tokio::test]
async fn auth_login() {
    let Some(core) = prism_core() else {
        return;
    };
    let service = AuthService::new(&core);
    let email: String = example("auth.login.email");
    let password: String = example("auth.login.password");
    let call = service.login(&email, &password);
    let result = call.await;
    check("auth.login", result);
}

#[tokio::test]
async fn auth_refresh() {
    let Some(core) = prism_core() else {
        return;
    };
    let service = AuthService::new(&core);
    let refresh_token: String = example("auth.refresh.refresh_token");
    let call = service.refresh(&refresh_token);
    let result = call.await;
    check("auth.refresh", result);
}

#[tokio::test]
async fn auth_logout() {
    let Some(core) = prism_core() else {
        return;
    };
    let service = AuthService::new(&core);
    let refresh_token: String = example("auth.logout.refresh_token");
    let call = service.logout(&refresh_token);
    let result = call.await;
    check("auth.logout", result);
}

#[tokio::test]
async fn auth_logout_all() {
    let Some(core) = prism_core() else {
        return;
    };
    let service = AuthService::new(&core);
    let call = service.logout_all();
    let result = call.await;
    check("auth.logout_all", result);
}

#[tokio::test]
async fn auth_me() {
    let Some(core) = prism_core() else {
        return;
    };
    let service = AuthService::new(&core);
    let call = service.me();
    let result = call.await;
    check("auth.me", result);
}

#[tokio::test]
async fn auth_request_password_reset() {
    let Some(core) = prism_core() else {
        return;
    };
    let service = AuthService::new(&core);
    let email: String = example("auth.request_password_reset.email");
    let call = service.request_password_reset(&email);
    let result = call.await;
    check("auth.request_password_reset", result);
}

#[tokio::test]
async fn auth_reset_password() {
    let Some(core) = prism_core() else {
        return;
    };
    let service = AuthService::new(&core);
    let token: String = example("auth.reset_password.token");
    let password: String = example("auth.reset_password.password");
    let call = service.reset_password(&token, &password);
    let result = call.await;
    check("auth.reset_password", result);
}

#[tokio::test]
async fn auth_verify_email() {
    let Some(core) = prism_core() else {
        return;
    };
    let service = AuthService::new(&core);
    let token: String = example("auth.verify_email.token");
    let call = service.verify_email(&token);
    let result = call.await;
    check("auth.verify_email", result);
}

#[tokio::test]
async fn auth_resend_verification() {
    let Some(core) = prism_core() else {
        return;
    };
    let service = AuthService::new(&core);
    let call = service.resend_verification();
    let result = call.await;
    check("auth.resend_verification", result);
}

#[tokio::test]
async fn tenants_list() {
    let Some(core) = prism_core() else {
        return;
    };
    let service = TenantsService::new(&core);
    let mut params = TenantsListParams::new();
    params.limit = example("tenants.list.limit");
    params.cursor = example("tenants.list.cursor");
    let call = service.list(params);
    let result = call.await;
    check("tenants.list", result);
}

#[tokio::test]
async fn tenants_create() {
    let Some(core) = prism_core() else {
        return;
    };
    let service = TenantsService::new(&core);
    let name: String = example("tenants.create.name");
    let call = service.create(&name, TenantsCreateParams::new());
    let result = call.await;
    check("tenants.create", result);
}

#[tokio::test]
async fn tenants_get() {
    let Some(core) = prism_core() else {
        return;
    };
    let service = TenantsService::new(&core);
    let tenant_id: String = example("tenants.get.tenant_id");
    let call = service.get(&tenant_id);
    let result = call.await;
    check("tenants.get", result);
}

#[tokio::test]
async fn tenants_delete() {
    let Some(core) = prism_core() else {
        return;
    };
    let service = TenantsService::new(&core);
    let tenant_id: String = example("tenants.delete.tenant_id");
    let call = service.delete(&tenant_id);
    let result = call.await;
    check("tenants.delete", result);
}

#[tokio::test]
async fn tenants_update() {
    let Some(core) = prism_core() else {
        return;
    };
    let service = TenantsService::new(&core);
    let tenant_id: String = example("tenants.update.tenant_id");
    let mut params = TenantsUpdateParams::new();
    params.name = example("tenants.update.name");
    params.if_match = example("tenants.update.if_match");
    let call = service.update(&tenant_id, params);
    let result = call.await;
    check("tenants.update", result);
}

#[tokio::test]
async fn tenants_list_members() {
    let Some(core) = prism_core() else {
        return;
    };
    let service = TenantsService::new(&core);
    let tenant_id: String = example("tenants.list_members.tenant_id");
    let mut params = TenantsListMembersParams::new();
    params.limit = example("tenants.list_members.limit");
    params.cursor = example("tenants.list_members.cursor");
    let call = service.list_members(&tenant_id, params);
    let result = call.await;
    check("tenants.list_members", result);
}

#[tokio::test]
async fn tenants_add_member() {
    let Some(core) = prism_core() else {
        return;
    };
    let service = TenantsService::new(&core);
    let tenant_id: String = example("tenants.add_member.tenant_id");
    let mut params = TenantsAddMemberParams::new();
    params.email = example("tenants.add_member.email");
    let call = service.add_member(&tenant_id, params);
    let result = call.await;
    check("tenants.add_member", result);
}

#[tokio::test]
async fn tenants_remove_member() {
    let Some(core) = prism_core() else {
        return;
    };
    let service = TenantsService::new(&core);
    let tenant_id: String = example("tenants.remove_member.tenant_id");
    let user_id: String = example("tenants.remove_member.user_id");
    let call = service.remove_member(&tenant_id, &user_id);
    let result = call.await;
    check("tenants.remove_member", result);
}

#[tokio::test]
async fn tenants_update_member_role() {
    let Some(core) = prism_core() else {
        return;
    };
    let service = TenantsService::new(&core);
    let tenant_id: String = example("tenants.update_member_role.tenant_id");
    let user_id: String = example("tenants.update_member_role.user_id");
    let role: TenantRole = example("tenants.update_member_role.role");
    let call = service.update_member_role(&tenant_id, &user_id, role);
    let result = call.await;
    check("tenants.update_member_role", result);
}

#[tokio::test]
async fn mfa_enroll_totp() {
    let Some(core) = prism_core() else {
        return;
    };
    let service = MfaService::new(&core);
    let call = service.enroll_totp();
    let result = call.await;
    check("mfa.enroll_totp", result);
}

#[tokio::test]
async fn mfa_verify_enrollment() {
    let Some(core) = prism_core() else {
        return;
    };
    let service = MfaService::new(&core);
    let code: String = example("mfa.verify_enrollment.code");
    let call = service.verify_enrollment(&code);
    let result = call.await;
    check("mfa.verify_enrollment", result);
}

#[tokio::test]
async fn mfa_disable() {
    let Some(core) = prism_core() else {
        return;
    };
    let service = MfaService::new(&core);
    let code: String = example("mfa.disable.code");
    let call = service.disable(&code);
    let result = call.await;
    check("mfa.disable", result);
}

#[tokio::test]
async fn mfa_verify_challenge() {
    let Some(core) = prism_core() else {
        return;
    };
    let service = MfaService::new(&core);
    let challenge_token: String = example("mfa.verify_challenge.challenge_token");
    let code: String = example("mfa.verify_challenge.code");
    let call = service.verify_challenge(&challenge_token, &code);
    let result = call.await;
    check("mfa.verify_challenge", result);
}

#[tokio::test]
async fn keys_create() {
    let Some(core) = prism_core() else {
        return;
    };
    let service = KeysService::new(&core);
    let tenant_id: String = example("keys.create.tenant_id");
    let mut params = KeysCreateParams::new();
    params.name = example("keys.create.name");
    params.expires_at = example("keys.create.expires_at");
    let call = service.create(&tenant_id, params);
    let result = call.await;
    check("keys.create", result);
}

#[tokio::test]
async fn keys_list() {
    let Some(core) = prism_core() else {
        return;
    };
    let service = KeysService::new(&core);
    let tenant_id: String = example("keys.list.tenant_id");
    let mut params = KeysListParams::new();
    params.status = example("keys.list.status");
    params.limit = example("keys.list.limit");
    params.cursor = example("keys.list.cursor");
    let call = service.list(&tenant_id, params);
    let result = call.await;
    check("keys.list", result);
}

#[tokio::test]
async fn keys_get() {
    let Some(core) = prism_core() else {
        return;
    };
    let service = KeysService::new(&core);
    let key_id: String = example("keys.get.key_id");
    let call = service.get(&key_id);
    let result = call.await;
    check("keys.get", result);
}

#[tokio::test]
async fn keys_delete() {
    let Some(core) = prism_core() else {
        return;
    };
    let service = KeysService::new(&core);
    let key_id: String = example("keys.delete.key_id");
    let call = service.delete(&key_id);
    let result = call.await;
    check("keys.delete", result);
}

#[tokio::test]
async fn keys_update() {
    let Some(core) = prism_core() else {
        return;
    };
    let service = KeysService::new(&core);
    let key_id: String = example("keys.update.key_id");
    let mut params = KeysUpdateParams::new();
    params.name = example("keys.update.name");
    params.scopes = example("keys.update.scopes");
    params.quota = example("keys.update.quota");
    params.if_match = example("keys.update.if_match");
    let call = service.update(&key_id, params);
    let result = call.await;
    check("keys.update", result);
}

#[tokio::test]
async fn keys_revoke() {
    let Some(core) = prism_core() else {
        return;
    };
    let service = KeysService::new(&core);
    let key_id: String = example("keys.revoke.key_id");
    let call = service.revoke(&key_id);
    let result = call.await;
    check("keys.revoke", result);
}

#[tokio::test]
async fn keys_rotate() {
    let Some(core) = prism_core() else {
        return;
    };
    let service = KeysService::new(&core);
    let key_id: String = example("keys.rotate.key_id");
    let call = service.rotate(&key_id);
    let result = call.await;
    check("keys.rotate", result);
}

#[tokio::test]
async fn keys_validate() {
    let Some(core) = prism_core() else {
        return;
    };
    let service = KeysService::new(&core);
    let mut params = KeysValidateParams::new();
    params.required_scopes = example("keys.validate.required_scopes");
    let call = service.validate(params);
    let result = call.await;
    check("keys.validate", result);
}

#[tokio::test]
async fn keys_exchange_token() {
    let Some(core) = prism_core() else {
        return;
    };
    let service = KeysService::new(&core);
    let mut params = KeysExchangeTokenParams::new();
    params.ttl_seconds = example("keys.exchange_token.ttl_seconds");
    let call = service.exchange_token(params);
    let result = call.await;
    check("keys.exchange_token", result);
}

#[tokio::test]
async fn usage_record() {
    let Some(core) = prism_core() else {
        return;
    };
    let service = UsageService::new(&core);
    let tenant_id: String = example("usage.record.tenant_id");
    let service_2: String = example("usage.record.service");
    let action: String = example("usage.record.action");
    let mut params = UsageRecordParams::new();
    params.api_key_id = example("usage.record.api_key_id");
    params.quantity = example("usage.record.quantity");
    params.metadata = example("usage.record.metadata");
    let call = service.record(&tenant_id, &service_2, &action, params);
    let result = call.await;
    check("usage.record", result);
}

#[tokio::test]
async fn usage_check_quota() {
    let Some(core) = prism_core() else {
        return;
    };
    let service = UsageService::new(&core);
    let tenant_id: String = example("usage.check_quota.tenant_id");
    let mut params = UsageCheckQuotaParams::new();
    params.api_key_id = example("usage.check_quota.api_key_id");
    params.service = example("usage.check_quota.service");
    params.quantity = example("usage.check_quota.quantity");
    let call = service.check_quota(&tenant_id, params);
    let result = call.await;
    check("usage.check_quota", result);
}

#[tokio::test]
async fn usage_summary() {
    let Some(core) = prism_core() else {
        return;
    };
    let service = UsageService::new(&core);
    let tenant_id: String = example("usage.summary.tenant_id");
    let mut params = UsageSummaryParams::new();
    params.from = example("usage.summary.from");
    params.to = example("usage.summary.to");
    params.service = example("usage.summary.service");
    let call = service.summary(&tenant_id, params);
    let result = call.await;
    check("usage.summary", result);
}

#[tokio::test]
async fn usage_list_events() {
    let Some(core) = prism_core() else {
        return;
    };
    let service = UsageService::new(&core);
    let tenant_id: String = example("usage.list_events.tenant_id");
    let mut params = UsageListEventsParams::new();
    params.service = example("usage.list_events.service");
    params.api_key_id = example("usage.list_events.api_key_id");
    params.from = example("usage.list_events.from");
    params.to = example("usage.list_events.to");
    params.limit = example("usage.list_events.limit");
    params.cursor = example("usage.list_events.cursor");
    let call = service.list_events(&tenant_id, params);
    let result = call.await;
    check("usage.list_events", result);
}

#[tokio::test]
async fn permissions_list_roles() {
    let Some(core) = prism_core() else {
        return;
    };
    let service = PermissionsService::new(&core);
    let tenant_id: String = example("permissions.list_roles.tenant_id");
    let mut params = PermissionsListRolesParams::new();
    params.limit = example("permissions.list_roles.limit");
    params.cursor = example("permissions.list_roles.cursor");
    let call = service.list_roles(&tenant_id, params);
    let result = call.await;
    check("permissions.list_roles", result);
}

#[tokio::test]
async fn permissions_create_role() {
    let Some(core) = prism_core() else {
        return;
    };
    let service = PermissionsService::new(&core);
    let tenant_id: String = example("permissions.create_role.tenant_id");
    let name: String = example("permissions.create_role.name");
    let permissions: Vec<String> = example("permissions.create_role.permissions");
    let mut params = PermissionsCreateRoleParams::new();
    params.description = example("permissions.create_role.description");
    let call = service.create_role(&tenant_id, &name, permissions, params);
    let result = call.await;
    check("permissions.create_role", result);
}

#[tokio::test]
async fn permissions_get_role() {
    let Some(core) = prism_core() else {
        return;
    };
    let service = PermissionsService::new(&core);
    let tenant_id: String = example("permissions.get_role.tenant_id");
    let role_id: String = example("permissions.get_role.role_id");
    let call = service.get_role(&tenant_id, &role_id);
    let result = call.await;
    check("permissions.get_role", result);
}

#[tokio::test]
async fn permissions_delete_role() {
    let Some(core) = prism_core() else {
        return;
    };
    let service = PermissionsService::new(&core);
    let tenant_id: String = example("permissions.delete_role.tenant_id");
    let role_id: String = example("permissions.delete_role.role_id");
    let call = service.delete_role(&tenant_id, &role_id);
    let result = call.await;
    check("permissions.delete_role", result);
}

#[tokio::test]
async fn permissions_update_role() {
    let Some(core) = prism_core() else {
        return;
    };
    let service = PermissionsService::new(&core);
    let tenant_id: String = example("permissions.update_role.tenant_id");
    let role_id: String = example("permissions.update_role.role_id");
    let mut params = PermissionsUpdateRoleParams::new();
    params.permissions = example("permissions.update_role.permissions");
    params.if_match = example("permissions.update_role.if_match");
    let call = service.update_role(&tenant_id, &role_id, params);
    let result = call.await;
    check("permissions.update_role", result);
}

#[tokio::test]
async fn permissions_assign_role() {
    let Some(core) = prism_core() else {
        return;
    };
    let service = PermissionsService::new(&core);
    let tenant_id: String = example("permissions.assign_role.tenant_id");
    let user_id: String = example("permissions.assign_role.user_id");
    let role_id: String = example("permissions.assign_role.role_id");
    let call = service.assign_role(&tenant_id, &user_id, &role_id);
    let result = call.await;
    check("permissions.assign_role", result);
}

#[tokio::test]
async fn permissions_unassign_role() {
    let Some(core) = prism_core() else {
        return;
    };
    let service = PermissionsService::new(&core);
    let tenant_id: String = example("permissions.unassign_role.tenant_id");
    let user_id: String = example("permissions.unassign_role.user_id");
    let role_id: String = example("permissions.unassign_role.role_id");
    let call = service.unassign_role(&tenant_id, &user_id, &role_id);
    let result = call.await;
    check("permissions.unassign_role", result);
}

#[tokio::test]
async fn permissions_check() {
    let Some(core) = prism_core() else {
        return;
    };
    let service = PermissionsService::new(&core);
    let tenant_id: String = example("permissions.check.tenant_id");
    let user_id: String = example("permissions.check.user_id");
    let permission: String = example("permissions.check.permission");
    let call = service.check(&tenant_id, &user_id, &permission);
    let result = call.await;
    check("permissions.check", result);
}

#[tokio::test]
async fn webhooks_list() {
    let Some(core) = prism_core() else {
        return;
    };
    let service = WebhooksService::new(&core);
    let tenant_id: String = example("webhooks.list.tenant_id");
    let mut params = WebhooksListParams::new();
    params.limit = example("webhooks.list.limit");
    params.cursor = example("webhooks.list.cursor");
    let call = service.list(&tenant_id, params);
    let result = call.await;
    check("webhooks.list", result);
}

#[tokio::test]
async fn webhooks_create() {
    let Some(core) = prism_core() else {
        return;
    };
    let service = WebhooksService::new(&core);
    let tenant_id: String = example("webhooks.create.tenant_id");
    let url: String = example("webhooks.create.url");
    let events: Vec<WebhookEventType> = example("webhooks.create.events");
    let mut params = WebhooksCreateParams::new();
    params.description = example("webhooks.create.description");
    params.enabled = example("webhooks.create.enabled");
    let call = service.create(&tenant_id, &url, events, params);
    let result = call.await;
    check("webhooks.create", result);
}

#[tokio::test]
async fn webhooks_get() {
    let Some(core) = prism_core() else {
        return;
    };
    let service = WebhooksService::new(&core);
    let tenant_id: String = example("webhooks.get.tenant_id");
    let endpoint_id: String = example("webhooks.get.endpoint_id");
    let call = service.get(&tenant_id, &endpoint_id);
    let result = call.await;
    check("webhooks.get", result);
}

#[tokio::test]
async fn webhooks_delete() {
    let Some(core) = prism_core() else {
        return;
    };
    let service = WebhooksService::new(&core);
    let tenant_id: String = example("webhooks.delete.tenant_id");
    let endpoint_id: String = example("webhooks.delete.endpoint_id");
    let call = service.delete(&tenant_id, &endpoint_id);
    let result = call.await;
    check("webhooks.delete", result);
}

#[tokio::test]
async fn webhooks_update() {
    let Some(core) = prism_core() else {
        return;
    };
    let service = WebhooksService::new(&core);
    let tenant_id: String = example("webhooks.update.tenant_id");
    let endpoint_id: String = example("webhooks.update.endpoint_id");
    let mut params = WebhooksUpdateParams::new();
    params.events = example("webhooks.update.events");
    params.enabled = example("webhooks.update.enabled");
    params.if_match = example("webhooks.update.if_match");
    let call = service.update(&tenant_id, &endpoint_id, params);
    let result = call.await;
    check("webhooks.update", result);
}

#[tokio::test]
async fn webhooks_dispatch_test() {
    let Some(core) = prism_core() else {
        return;
    };
    let service = WebhooksService::new(&core);
    let tenant_id: String = example("webhooks.dispatch_test.tenant_id");
    let endpoint_id: String = example("webhooks.dispatch_test.endpoint_id");
    let mut params = WebhooksDispatchTestParams::new();
    params.event_type = example("webhooks.dispatch_test.event_type");
    let call = service.dispatch_test(&tenant_id, &endpoint_id, params);
    let result = call.await;
    check("webhooks.dispatch_test", result);
}

#[tokio::test]
async fn webhooks_list_deliveries() {
    let Some(core) = prism_core() else {
        return;
    };
    let service = WebhooksService::new(&core);
    let tenant_id: String = example("webhooks.list_deliveries.tenant_id");
    let endpoint_id: String = example("webhooks.list_deliveries.endpoint_id");
    let mut params = WebhooksListDeliveriesParams::new();
    params.status = example("webhooks.list_deliveries.status");
    params.limit = example("webhooks.list_deliveries.limit");
    params.cursor = example("webhooks.list_deliveries.cursor");
    let call = service.list_deliveries(&tenant_id, &endpoint_id, params);
    let result = call.await;
    check("webhooks.list_deliveries", result);
}

#[tokio::test]
async fn webhooks_redeliver() {
    let Some(core) = prism_core() else {
        return;
    };
    let service = WebhooksService::new(&core);
    let tenant_id: String = example("webhooks.redeliver.tenant_id");
    let endpoint_id: String = example("webhooks.redeliver.endpoint_id");
    let delivery_id: String = example("webhooks.redeliver.delivery_id");
    let call = service.redeliver(&tenant_id, &endpoint_id, &delivery_id);
    let result = call.await;
    check("webhooks.redeliver", result);
}

#[tokio::test]
async fn audit_query() {
    let Some(core) = prism_core() else {
        return;
    };
    let service = AuditService::new(&core);
    let tenant_id: String = example("audit.query.tenant_id");
    let mut params = AuditQueryParams::new();
    params.action = example("audit.query.action");
    params.actor_id = example("audit.query.actor_id");
    params.resource_type = example("audit.query.resource_type");
    params.from = example("audit.query.from");
    params.to = example("audit.query.to");
    params.limit = example("audit.query.limit");
    params.cursor = example("audit.query.cursor");
    let call = service.query(&tenant_id, params);
    let result = call.await;
    check("audit.query", result);
}

#[tokio::test]
async fn audit_record() {
    let Some(core) = prism_core() else {
        return;
    };
    let service = AuditService::new(&core);
    let tenant_id: String = example("audit.record.tenant_id");
    let action: String = example("audit.record.action");
    let resource_type: String = example("audit.record.resource_type");
    let mut params = AuditRecordParams::new();
    params.resource_id = example("audit.record.resource_id");
    params.metadata = example("audit.record.metadata");
    let call = service.record(&tenant_id, &action, &resource_type, params);
    let result = call.await;
    check("audit.record", result);
}

#[tokio::test]
async fn audit_export() {
    let Some(core) = prism_core() else {
        return;
    };
    let service = AuditService::new(&core);
    let tenant_id: String = example("audit.export.tenant_id");
    let mut params = AuditExportParams::new();
    params.action = example("audit.export.action");
    params.actor_id = example("audit.export.actor_id");
    params.resource_type = example("audit.export.resource_type");
    params.from = example("audit.export.from");
    params.to = example("audit.export.to");
    let call = service.export(&tenant_id, params);
    let result = call.await;
    check("audit.export", result);
}

#[tokio::test]
async fn billing_plans() {
    let Some(core) = prism_core() else {
        return;
    };
    let service = BillingService::new(&core);
    let mut params = BillingPlansParams::new();
    params.limit = example("billing.plans.limit");
    params.cursor = example("billing.plans.cursor");
    let call = service.plans(params);
    let result = call.await;
    check("billing.plans", result);
}

#[tokio::test]
async fn billing_get_subscription() {
    let Some(core) = prism_core() else {
        return;
    };
    let service = BillingService::new(&core);
    let tenant_id: String = example("billing.get_subscription.tenant_id");
    let call = service.get_subscription(&tenant_id);
    let result = call.await;
    check("billing.get_subscription", result);
}

#[tokio::test]
async fn billing_subscribe() {
    let Some(core) = prism_core() else {
        return;
    };
    let service = BillingService::new(&core);
    let tenant_id: String = example("billing.subscribe.tenant_id");
    let plan_id: String = example("billing.subscribe.plan_id");
    let call = service.subscribe(&tenant_id, &plan_id);
    let result = call.await;
    check("billing.subscribe", result);
}

#[tokio::test]
async fn billing_cancel() {
    let Some(core) = prism_core() else {
        return;
    };
    let service = BillingService::new(&core);
    let tenant_id: String = example("billing.cancel.tenant_id");
    let mut params = BillingCancelParams::new();
    params.at_period_end = example("billing.cancel.at_period_end");
    params.reason = example("billing.cancel.reason");
    let call = service.cancel(&tenant_id, params);
    let result = call.await;
    check("billing.cancel", result);
}

#[tokio::test]
async fn billing_entitlements() {
    let Some(core) = prism_core() else {
        return;
    };
    let service = BillingService::new(&core);
    let tenant_id: String = example("billing.entitlements.tenant_id");
    let call = service.entitlements(&tenant_id);
    let result = call.await;
    check("billing.entitlements", result);
}

#[tokio::test]
async fn billing_current_invoice() {
    let Some(core) = prism_core() else {
        return;
    };
    let service = BillingService::new(&core);
    let tenant_id: String = example("billing.current_invoice.tenant_id");
    let call = service.current_invoice(&tenant_id);
    let result = call.await;
    check("billing.current_invoice", result);
}

#[tokio::test]
async fn oauth_authorize() {
    let Some(core) = prism_core() else {
        return;
    };
    let service = OAuthService::new(&core);
    let provider: OAuthProvider = example("oauth.authorize.provider");
    let redirect_uri: String = example("oauth.authorize.redirect_uri");
    let mut params = OAuthAuthorizeParams::new();
    params.state = example("oauth.authorize.state");
    let call = service.authorize(provider, &redirect_uri, params);
    let result = call.await;
    check("oauth.authorize", result);
}

#[tokio::test]
async fn oauth_callback() {
    let Some(core) = prism_core() else {
        return;
    };
    let service = OAuthService::new(&core);
    let provider: OAuthProvider = example("oauth.callback.provider");
    let code: String = example("oauth.callback.code");
    let state: String = example("oauth.callback.state");
    let mut params = OAuthCallbackParams::new();
    params.redirect_uri = example("oauth.callback.redirect_uri");
    let call = service.callback(provider, &code, &state, params);
    let result = call.await;
    check("oauth.callback", result);
}

#[tokio::test]
async fn rate_limit_check() {
    let Some(core) = prism_core() else {
        return;
    };
    let service = RateLimitService::new(&core);
    let key: String = example("rate_limit.check.key");
    let limit: i64 = example("rate_limit.check.limit");
    let window: i64 = example("rate_limit.check.window");
    let mut params = RateLimitCheckParams::new();
    params.cost = example("rate_limit.check.cost");
    let call = service.check(&key, limit, window, params);
    let result = call.await;
    check("rate_limit.check", result);
}

#[tokio::test]
async fn platform_billing_get_override() {
    let Some(core) = prism_core() else {
        return;
    };
    let service = PlatformBillingService::new(&core);
    let tenant_id: String = example("platform_billing.get_override.tenant_id");
    let call = service.get_override(&tenant_id);
    let result = call.await;
    check("platform_billing.get_override", result);
}

#[tokio::test]
async fn platform_billing_set_override() {
    let Some(core) = prism_core() else {
        return;
    };
    let service = PlatformBillingService::new(&core);
    let tenant_id: String = example("platform_billing.set_override.tenant_id");
    let plan_id: String = example("platform_billing.set_override.plan_id");
    let reason: String = example("platform_billing.set_override.reason");
    let mut params = PlatformBillingSetOverrideParams::new();
    params.expires_at = example("platform_billing.set_override.expires_at");
    let call = service.set_override(&tenant_id, &plan_id, &reason, params);
    let result = call.await;
    check("platform_billing.set_override", result);
}

#[tokio::test]
async fn platform_billing_clear_override() {
    let Some(core) = prism_core() else {
        return;
    };
    let service = PlatformBillingService::new(&core);
    let tenant_id: String = example("platform_billing.clear_override.tenant_id");
    let call = service.clear_override(&tenant_id);
    let result = call.await;
    check("platform_billing.clear_override", result);
}

#[tokio::test]
async fn platform_jobs_list() {
    let Some(core) = prism_core() else {
        return;
    };
    let service = PlatformJobsService::new(&core);
    let mut params = PlatformJobsListParams::new();
    params.status = example("platform_jobs.list.status");
    params.limit = example("platform_jobs.list.limit");
    params.cursor = example("platform_jobs.list.cursor");
    let call = service.list(params);
    let result = call.await;
    check("platform_jobs.list", result);
}

#[tokio::test]
async fn platform_jobs_get() {
    let Some(core) = prism_core() else {
        return;
    };
    let service = PlatformJobsService::new(&core);
    let job_id: String = example("platform_jobs.get.job_id");
    let call = service.get(&job_id);
    let result = call.await;
    check("platform_jobs.get", result);
}

#[tokio::test]
async fn platform_jobs_retry() {
    let Some(core) = prism_core() else {
        return;
    };
    let service = PlatformJobsService::new(&core);
    let job_id: String = example("platform_jobs.retry.job_id");
    let call = service.retry(&job_id);
    let result = call.await;
    check("platform_jobs.retry", result);
}

#[tokio::test]
async fn platform_service_accounts_list() {
    let Some(core) = prism_core() else {
        return;
    };
    let service = PlatformServiceAccountsService::new(&core);
    let mut params = PlatformServiceAccountsListParams::new();
    params.limit = example("platform_service_accounts.list.limit");
    params.cursor = example("platform_service_accounts.list.cursor");
    let call = service.list(params);
    let result = call.await;
    check("platform_service_accounts.list", result);
}

#[tokio::test]
async fn platform_service_accounts_create() {
    let Some(core) = prism_core() else {
        return;
    };
    let service = PlatformServiceAccountsService::new(&core);
    let name: String = example("platform_service_accounts.create.name");
    let mut params = PlatformServiceAccountsCreateParams::new();
    params.description = example("platform_service_accounts.create.description");
    let call = service.create(&name, params);
    let result = call.await;
    check("platform_service_accounts.create", result);
}

#[tokio::test]
async fn platform_service_accounts_revoke() {
    let Some(core) = prism_core() else {
        return;
    };
    let service = PlatformServiceAccountsService::new(&core);
    let account_id: String = example("platform_service_accounts.revoke.account_id");
    let call = service.revoke(&account_id);
    let result = call.await;
    check("platform_service_accounts.revoke", result);
}

#[tokio::test]
async fn health_check() {
    let Some(core) = prism_core() else {
        return;
    };
    let service = HealthService::new(&core);
    let call = service.check();
    let result = call.await;
    check("health.check", result);
}
