//! The models several features need: compiled with any of them (see [`models`](super)).

use serde::{Deserialize, Serialize};

/// A Gatekeeper user.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
#[serde(rename_all = "camelCase")]
pub struct User {
    /// User id (`usr_...`).
    pub id: String,
    pub email: String,
    /// Display name, if given.
    #[serde(default)]
    pub name: Option<String>,
    pub email_verified: bool,
    /// Whether login asks for a second factor.
    pub mfa_enabled: bool,
    pub created_at: String,
}

/// A new session, with the tokens and the signed-in user.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
#[serde(rename_all = "camelCase")]
pub struct AuthSession {
    /// Bearer JWT for `Authorization`.
    pub access_token: String,
    /// Opaque token for `authRefresh`; single use (rotated on refresh).
    pub refresh_token: String,
    /// Always `Bearer`.
    pub token_type: String,
    /// Seconds until the access token expires.
    pub expires_in: i64,
    pub user: User,
}
