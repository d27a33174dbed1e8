//! The `AuthService`.

use crate::call::{decode, Call};
use crate::client::Core;
use crate::models::*;
use crate::request::{ApiRequest, Fields};
use reqwest::Method;

/// Sign-up, login (with MFA challenge), token refresh, logout, password reset and email verification.
///
/// Built over a shared core: `AuthService::new(&core)`.
#[derive(Debug, Clone)]
pub struct AuthService {
    core: Core,
}

impl AuthService {
    /// A `AuthService` over `core` (cloning the core is cheap).
    pub fn new(core: &Core) -> Self {
        Self { core: core.clone() }
    }

    /// Sign up
    ///
    /// Creates a user with an email and password and starts a session. A verification email is sent (see `authVerifyEmail`); deployments that require verified emails refuse later logins with `email_not_verified` until then. 409 if the email is taken.
    pub fn signup(
        &self,
        email: &str,
        password: &str,
        params: AuthSignupParams,
    ) -> Call<AuthSession> {
        let mut body = Fields::new();
        body.field("email", email);
        body.field("password", password);
        body.optional("name", params.name);
        let mut request = ApiRequest::new(Method::POST, "/api/auth/signup");
        request.json_fields(body);
        request.idempotency_header("Idempotency-Key");
        Call::new(&self.core, request, decode::json)
    }

    /// Log in
    ///
    /// Checks an email and password. If the user has no MFA the response is a
    /// session (`kind: session`, `mfaRequired: false`, with tokens); otherwise
    /// it is an MFA challenge (`kind: mfa_challenge`, `mfaRequired: true`, with
    /// a `challengeToken`) to complete with `mfaVerifyChallenge`. Repeated
    /// failures are rate limited (429).
    pub fn login(&self, email: &str, password: &str) -> Call<LoginResult> {
        let mut body = Fields::new();
        body.field("email", email);
        body.field("password", password);
        let mut request = ApiRequest::new(Method::POST, "/api/auth/login");
        request.json_fields(body);
        Call::new(&self.core, request, decode::json)
    }

    /// Refresh the session
    ///
    /// Exchanges a refresh token for a new access token and a new refresh token (the old refresh token is rotated out).
    pub fn refresh(&self, refresh_token: &str) -> Call<TokenPair> {
        let mut body = Fields::new();
        body.field("refreshToken", refresh_token);
        let mut request = ApiRequest::new(Method::POST, "/api/auth/refresh");
        request.json_fields(body);
        Call::new(&self.core, request, decode::json)
    }

    /// Log out
    ///
    /// Revokes the given refresh token (this session only).
    pub fn logout(&self, refresh_token: &str) -> Call<Empty> {
        let mut body = Fields::new();
        body.field("refreshToken", refresh_token);
        let mut request = ApiRequest::new(Method::POST, "/api/auth/logout");
        request.json_fields(body);
        request.security(&[&["bearerAuth"]]);
        Call::new(&self.core, request, decode::json)
    }

    /// Log out everywhere
    ///
    /// Revokes every refresh token of the calling user. Access tokens already issued stay valid until they expire.
    pub fn logout_all(&self) -> Call<Empty> {
        let mut request = ApiRequest::new(Method::POST, "/api/auth/logout-all");
        request.security(&[&["bearerAuth"]]);
        Call::new(&self.core, request, decode::json)
    }

    /// Current user
    ///
    /// Returns the user the bearer token belongs to.
    pub fn me(&self) -> Call<User> {
        let mut request = ApiRequest::new(Method::GET, "/api/auth/me");
        request.security(&[&["bearerAuth"]]);
        Call::new(&self.core, request, decode::json)
    }

    /// Request a password reset
    ///
    /// Emails a password-reset link if the address belongs to a user. Always answers 202 so that it does not reveal which emails are registered.
    pub fn request_password_reset(&self, email: &str) -> Call<Empty> {
        let mut body = Fields::new();
        body.field("email", email);
        let mut request = ApiRequest::new(Method::POST, "/api/auth/forgot-password");
        request.json_fields(body);
        Call::new(&self.core, request, decode::json)
    }

    /// Reset the password
    ///
    /// Sets a new password with the token from the reset email and revokes all sessions of the user.
    pub fn reset_password(&self, token: &str, password: &str) -> Call<Empty> {
        let mut body = Fields::new();
        body.field("token", token);
        body.field("password", password);
        let mut request = ApiRequest::new(Method::POST, "/api/auth/reset-password");
        request.json_fields(body);
        Call::new(&self.core, request, decode::json)
    }

    /// Verify the email address
    ///
    /// Marks the email as verified with the token from the verification email.
    pub fn verify_email(&self, token: &str) -> Call<User> {
        let mut body = Fields::new();
        body.field("token", token);
        let mut request = ApiRequest::new(Method::POST, "/api/auth/verify-email");
        request.json_fields(body);
        Call::new(&self.core, request, decode::json)
    }

    /// Resend the verification email
    ///
    /// Sends a new verification email to the calling user. 409 if the email is already verified.
    pub fn resend_verification(&self) -> Call<Empty> {
        let mut request = ApiRequest::new(Method::POST, "/api/auth/resend-verification");
        request.security(&[&["bearerAuth"]]);
        Call::new(&self.core, request, decode::json)
    }
}

/// Optional inputs of [`AuthService::signup`]; set those you need, e.g.
/// `AuthSignupParams::new().name(..)`.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct AuthSignupParams {
    /// Display name.
    pub name: Option<String>,
}

impl AuthSignupParams {
    /// No optional input set.
    pub fn new() -> Self {
        Default::default()
    }

    /// Display name.
    pub fn name(mut self, name: impl Into<String>) -> Self {
        self.name = Some(name.into());
        self
    }
}
