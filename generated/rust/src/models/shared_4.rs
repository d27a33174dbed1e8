//! The models several features need: compiled with any of them (see [`models`](super)).

use crate::de::{read_object, Object, ReadObject};
use serde::{Deserialize, Deserializer, Serialize};

/// A Gatekeeper user.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[non_exhaustive]
#[serde(rename_all = "camelCase")]
pub struct User {
    /// User id (`usr_...`).
    pub id: String,
    pub email: String,
    /// Display name, if given.
    pub name: Option<String>,
    pub email_verified: bool,
    /// Whether login asks for a second factor.
    pub mfa_enabled: bool,
    pub created_at: String,
}

impl<'de> Deserialize<'de> for User {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        read_object(deserializer)
    }
}

impl ReadObject for User {
    fn read(object: &mut Object) -> Result<Self, serde_json::Error> {
        Ok(Self {
            id: object.required("id")?,
            email: object.required("email")?,
            name: object.optional("name")?,
            email_verified: object.required("emailVerified")?,
            mfa_enabled: object.required("mfaEnabled")?,
            created_at: object.required("createdAt")?,
        })
    }
}

/// A new session, with the tokens and the signed-in user.
#[derive(Debug, Clone, PartialEq, Serialize)]
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

impl<'de> Deserialize<'de> for AuthSession {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        read_object(deserializer)
    }
}

impl ReadObject for AuthSession {
    fn read(object: &mut Object) -> Result<Self, serde_json::Error> {
        Ok(Self {
            access_token: object.required("accessToken")?,
            refresh_token: object.required("refreshToken")?,
            token_type: object.required("tokenType")?,
            expires_in: object.required("expiresIn")?,
            user: object.required("user")?,
        })
    }
}
