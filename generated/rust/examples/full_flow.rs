//! The full flow: sign up a user, apply the returned access token, create a tenant, mint an API
//! key, record a unit of metered usage, and handle a failure with `GatekeeperError`.
//!
//! ```text
//! GATEKEEPER_BASE_URL=http://localhost:8787 cargo run --example full_flow
//! ```

use std::process::ExitCode;

use gatekeeper_sdk::{
    AuthService, ErrorKind, GatekeeperCore, GatekeeperError, KeysService, TenantsService,
    UsageService,
};
use gatekeeper_sdk::{AuthSignupParams, KeysCreateParams, TenantsCreateParams, UsageRecordParams};

async fn run(core: &GatekeeperCore) -> Result<(), GatekeeperError> {
    // 1 + 2. Sign up: returns the access and refresh tokens and the user.
    let auth = AuthService::new(core);
    let params = AuthSignupParams::new().name("Founder");
    let session = auth
        .signup("founder@example.com", "hunter2pass", params)
        .await?;

    // 3. Apply the token so the next calls are authenticated.
    core.set_token(&session.access_token);

    // 4. Create a tenant.
    let tenants = TenantsService::new(core);
    let tenant = tenants
        .create("Acme Inc", TenantsCreateParams::new())
        .await?;

    // 5. Create an API key for the tenant: the plaintext key is shown once.
    let keys = KeysService::new(core);
    let params = KeysCreateParams::new()
        .name("server-key")
        .scopes(["read", "write"]);
    let created = keys.create(&tenant.id, params).await?;
    println!(
        "store this now, it is not retrievable later: {}",
        created.plain_text_key
    );

    // 6. Record a unit of metered usage against the tenant.
    let usage = UsageService::new(core);
    let params = UsageRecordParams::new()
        .api_key_id(created.api_key.id.clone())
        .quantity(1);
    let event = usage
        .record(&tenant.id, "inference", "completion", params)
        .await?;
    println!("recorded usage event {}", event.id);
    Ok(())
}

#[tokio::main]
async fn main() -> ExitCode {
    let base_url = std::env::var("GATEKEEPER_BASE_URL")
        .unwrap_or_else(|_| "http://localhost:8787".to_string());
    let core = GatekeeperCore::new(base_url);
    match run(&core).await {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            // 7. Every failed call returns a GatekeeperError.
            let code = error.code().unwrap_or("no-code");
            eprintln!(
                "Gatekeeper error {:?} ({code}): {}",
                error.status(),
                error.message()
            );
            if error.is_a(ErrorKind::RateLimit) {
                if let Some(wait) = error.retry_after() {
                    eprintln!("rate limited, retry after {}s", wait.as_secs_f64());
                }
            }
            ExitCode::FAILURE
        }
    }
}
