//! The `MfaService`.

use crate::call::{decode, Call};
use crate::client::Core;
use crate::models::*;
use crate::request::{ApiRequest, Fields};
use reqwest::Method;

/// TOTP multi-factor authentication: enroll, verify, disable, and complete a login challenge.
///
/// Built over a shared core: `MfaService::new(&core)`.
#[derive(Debug, Clone)]
pub struct MfaService {
    core: Core,
}

impl MfaService {
    /// A `MfaService` over `core` (cloning the core is cheap).
    pub fn new(core: &Core) -> Self {
        Self { core: core.clone() }
    }

    /// Start TOTP enrollment
    ///
    /// Generates a TOTP secret and recovery codes for the calling user. MFA is not active until the first code is confirmed with `mfaVerifyEnrollment`. Calling it again replaces a pending enrollment; 409 if TOTP is already active.
    pub fn enroll_totp(&self) -> Call<TotpEnrollment> {
        let mut request = ApiRequest::new(Method::POST, "/api/mfa/totp/enroll");
        request.security(&[&["bearerAuth"]]);
        Call::new(&self.core, request, decode::json)
    }

    /// Confirm TOTP enrollment
    ///
    /// Confirms a pending enrollment with a current code from the authenticator app, which turns MFA on for the user.
    pub fn verify_enrollment(&self, code: &str) -> Call<MfaStatus> {
        let mut body = Fields::new();
        body.field("code", code);
        let mut request = ApiRequest::new(Method::POST, "/api/mfa/totp/verify");
        request.json_fields(body);
        request.security(&[&["bearerAuth"]]);
        Call::new(&self.core, request, decode::json)
    }

    /// Disable TOTP
    ///
    /// Turns MFA off. Requires a current TOTP code or an unused recovery code.
    pub fn disable(&self, code: &str) -> Call<MfaStatus> {
        let mut body = Fields::new();
        body.field("code", code);
        let mut request = ApiRequest::new(Method::POST, "/api/mfa/totp/disable");
        request.json_fields(body);
        request.security(&[&["bearerAuth"]]);
        Call::new(&self.core, request, decode::json)
    }

    /// Complete an MFA login challenge
    ///
    /// Completes a login that answered `mfaRequired: true`, with its `challengeToken` and a TOTP or recovery code. Public; the challenge token is the credential. Challenges expire after 5 minutes (401 `token_expired`).
    pub fn verify_challenge(&self, challenge_token: &str, code: &str) -> Call<AuthSession> {
        let mut body = Fields::new();
        body.field("challengeToken", challenge_token);
        body.field("code", code);
        let mut request = ApiRequest::new(Method::POST, "/api/mfa/challenge/verify");
        request.json_fields(body);
        Call::new(&self.core, request, decode::json)
    }
}
