//! The `OAuthService`.

use crate::call::{decode, Call};
use crate::client::Core;
use crate::models::*;
use crate::request::{ApiRequest, Fields};
use crate::scopes::*;
use reqwest::Method;

/// Sign-in with an external OAuth provider (authorize URL and callback).
///
/// Built over a shared core: `OAuthService::new(&core)`.
#[derive(Debug, Clone)]
pub struct OAuthService {
    core: Core,
}

impl OAuthService {
    /// A `OAuthService` over `core` (cloning the core is cheap).
    pub fn new(core: &Core) -> Self {
        Self { core: core.clone() }
    }

    /// Every known value of [`OAuthProvider`].
    pub const OAUTH_PROVIDERS: &'static [OAuthProvider] = crate::constants::OAUTH_PROVIDERS;

    /// Get a provider's authorize URL
    ///
    /// Builds the URL to send the browser to for signing in with the provider. The provider redirects back to `redirectUri` (which must be registered) with `code` and `state`.
    pub fn authorize(
        &self,
        provider: OAuthProvider,
        redirect_uri: &str,
        params: OAuthAuthorizeParams,
    ) -> Call<OAuthAuthorization> {
        let mut request = ApiRequest::new(Method::GET, "/api/oauth/{provider}/authorize");
        request.path_param("provider", &provider);
        request.query("redirectUri", redirect_uri);
        request.query("state", &params.state);
        Call::new(&self.core, request, decode::json)
    }

    /// Complete a provider sign-in
    ///
    /// Exchanges the `code` the provider returned for a Gatekeeper session, creating the user on first sign-in. `state` must match the one from `oAuthAuthorize`.
    pub fn callback(
        &self,
        provider: OAuthProvider,
        code: &str,
        state: &str,
        params: OAuthCallbackParams,
    ) -> Call<AuthSession> {
        let mut body = Fields::new();
        body.field("code", code);
        body.field("state", state);
        body.optional("redirectUri", params.redirect_uri);
        let mut request = ApiRequest::new(Method::POST, "/api/oauth/{provider}/callback");
        request.path_param("provider", &provider);
        request.json_fields(body);
        Call::new(&self.core, request, decode::json)
    }

    /// The operations on one oauth (`/api/oauth/{provider}`), with its `provider` bound.
    #[cfg(feature = "oauth")]
    pub fn scope(&self, provider: OAuthProvider) -> OAuthScope {
        OAuthScope::new(&self.core, provider)
    }
}

/// Optional inputs of [`OAuthService::authorize`]; set those you need, e.g.
/// `OAuthAuthorizeParams::new().state(..)`.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct OAuthAuthorizeParams {
    /// Opaque value echoed back to the callback, to bind it to the browser session. Generated when absent.
    pub state: Option<String>,
}

impl OAuthAuthorizeParams {
    /// No optional input set.
    pub fn new() -> Self {
        Default::default()
    }

    /// Opaque value echoed back to the callback, to bind it to the browser session. Generated when absent.
    pub fn state(mut self, state: impl Into<String>) -> Self {
        self.state = Some(state.into());
        self
    }
}

/// Optional inputs of [`OAuthService::callback`]; set those you need, e.g.
/// `OAuthCallbackParams::new().redirect_uri(..)`.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct OAuthCallbackParams {
    /// The `redirectUri` used for `oAuthAuthorize`, if the provider requires it again.
    pub redirect_uri: Option<String>,
}

impl OAuthCallbackParams {
    /// No optional input set.
    pub fn new() -> Self {
        Default::default()
    }

    /// The `redirectUri` used for `oAuthAuthorize`, if the provider requires it again.
    pub fn redirect_uri(mut self, redirect_uri: impl Into<String>) -> Self {
        self.redirect_uri = Some(redirect_uri.into());
        self
    }
}
