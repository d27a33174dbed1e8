//! The models only the `auth` feature needs.

use super::{MfaMethod, User};
use crate::de::{discriminator, read_object, variant, Object, ReadObject};
use serde::{Deserialize, Deserializer, Serialize};
use serde_json::Value;

/// An access token and the refresh token to renew it.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[non_exhaustive]
#[serde(rename_all = "camelCase")]
pub struct TokenPair {
    /// Bearer JWT for `Authorization`.
    pub access_token: String,
    /// Opaque token for `authRefresh`; single use (rotated on refresh).
    pub refresh_token: String,
    /// Always `Bearer`.
    pub token_type: String,
    /// Seconds until the access token expires.
    pub expires_in: i64,
}

impl<'de> Deserialize<'de> for TokenPair {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        read_object(deserializer)
    }
}

impl ReadObject for TokenPair {
    fn read(object: &mut Object) -> Result<Self, serde_json::Error> {
        Ok(Self {
            access_token: object.required("accessToken")?,
            refresh_token: object.required("refreshToken")?,
            token_type: object.required("tokenType")?,
            expires_in: object.required("expiresIn")?,
        })
    }
}

/// Login succeeded without a second factor.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[non_exhaustive]
#[serde(rename_all = "camelCase")]
pub struct LoginSuccess {
    /// Discriminator of `LoginResult`.
    pub kind: String,
    pub mfa_required: bool,
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

impl<'de> Deserialize<'de> for LoginSuccess {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        read_object(deserializer)
    }
}

impl ReadObject for LoginSuccess {
    fn read(object: &mut Object) -> Result<Self, serde_json::Error> {
        Ok(Self {
            kind: object.required("kind")?,
            mfa_required: object.required("mfaRequired")?,
            access_token: object.required("accessToken")?,
            refresh_token: object.required("refreshToken")?,
            token_type: object.required("tokenType")?,
            expires_in: object.required("expiresIn")?,
            user: object.required("user")?,
        })
    }
}

/// The password was right but the user has MFA; complete the login with `mfaVerifyChallenge`.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[non_exhaustive]
#[serde(rename_all = "camelCase")]
pub struct MfaChallenge {
    /// Discriminator of `LoginResult`.
    pub kind: String,
    pub mfa_required: bool,
    /// Single-use token identifying this login attempt.
    pub challenge_token: String,
    /// Second factors the user can answer with.
    pub methods: Vec<MfaMethod>,
    /// When the challenge expires (5 minutes after login).
    pub expires_at: String,
}

impl<'de> Deserialize<'de> for MfaChallenge {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        read_object(deserializer)
    }
}

impl ReadObject for MfaChallenge {
    fn read(object: &mut Object) -> Result<Self, serde_json::Error> {
        Ok(Self {
            kind: object.required("kind")?,
            mfa_required: object.required("mfaRequired")?,
            challenge_token: object.required("challengeToken")?,
            methods: object.required("methods")?,
            expires_at: object.required("expiresAt")?,
        })
    }
}

/// Result of a login: a session (`kind: session`, `mfaRequired: false`) or an MFA challenge (`kind: mfa_challenge`, `mfaRequired: true`). `kind` is the discriminator (a string, as OpenAPI requires); `mfaRequired` carries the same information as a boolean for simple checks.
#[allow(clippy::large_enum_variant)]
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(untagged)]
#[non_exhaustive]
pub enum LoginResult {
    /// Tagged `session`.
    LoginSuccess(LoginSuccess),
    /// Tagged `mfa_challenge`.
    MfaChallenge(MfaChallenge),
    /// A variant this version of the SDK does not know, kept as received.
    Unknown(Value),
}

impl<'de> Deserialize<'de> for LoginResult {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let value = Value::deserialize(deserializer)?;
        match discriminator(&value, "kind").as_deref() {
            Some("session") => variant(value).map(Self::LoginSuccess),
            Some("mfa_challenge") => variant(value).map(Self::MfaChallenge),
            _ => Ok(Self::Unknown(value)),
        }
    }
}

/// New user's credentials.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[non_exhaustive]
pub struct SignupRequest {
    pub email: String,
    /// At least 8 characters.
    pub password: String,
    /// Display name.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
}

impl<'de> Deserialize<'de> for SignupRequest {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        read_object(deserializer)
    }
}

impl ReadObject for SignupRequest {
    fn read(object: &mut Object) -> Result<Self, serde_json::Error> {
        Ok(Self {
            email: object.required("email")?,
            password: object.required("password")?,
            name: object.optional("name")?,
        })
    }
}

/// Email and password.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[non_exhaustive]
pub struct LoginRequest {
    pub email: String,
    pub password: String,
}

impl<'de> Deserialize<'de> for LoginRequest {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        read_object(deserializer)
    }
}

impl ReadObject for LoginRequest {
    fn read(object: &mut Object) -> Result<Self, serde_json::Error> {
        Ok(Self {
            email: object.required("email")?,
            password: object.required("password")?,
        })
    }
}

/// The refresh token to exchange.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[non_exhaustive]
#[serde(rename_all = "camelCase")]
pub struct RefreshRequest {
    pub refresh_token: String,
}

impl<'de> Deserialize<'de> for RefreshRequest {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        read_object(deserializer)
    }
}

impl ReadObject for RefreshRequest {
    fn read(object: &mut Object) -> Result<Self, serde_json::Error> {
        Ok(Self {
            refresh_token: object.required("refreshToken")?,
        })
    }
}

/// The refresh token of the session to end.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[non_exhaustive]
#[serde(rename_all = "camelCase")]
pub struct LogoutRequest {
    pub refresh_token: String,
}

impl<'de> Deserialize<'de> for LogoutRequest {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        read_object(deserializer)
    }
}

impl ReadObject for LogoutRequest {
    fn read(object: &mut Object) -> Result<Self, serde_json::Error> {
        Ok(Self {
            refresh_token: object.required("refreshToken")?,
        })
    }
}

/// Who asks for a reset link.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[non_exhaustive]
pub struct PasswordResetRequest {
    pub email: String,
}

impl<'de> Deserialize<'de> for PasswordResetRequest {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        read_object(deserializer)
    }
}

impl ReadObject for PasswordResetRequest {
    fn read(object: &mut Object) -> Result<Self, serde_json::Error> {
        Ok(Self {
            email: object.required("email")?,
        })
    }
}

/// Reset token from the email and the new password.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[non_exhaustive]
pub struct ResetPasswordRequest {
    /// Token from the reset link (valid 1 hour, single use).
    pub token: String,
    /// The new password, at least 8 characters.
    pub password: String,
}

impl<'de> Deserialize<'de> for ResetPasswordRequest {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        read_object(deserializer)
    }
}

impl ReadObject for ResetPasswordRequest {
    fn read(object: &mut Object) -> Result<Self, serde_json::Error> {
        Ok(Self {
            token: object.required("token")?,
            password: object.required("password")?,
        })
    }
}

/// Token from the verification email.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[non_exhaustive]
pub struct VerifyEmailRequest {
    /// Token from the verification link (valid 24 hours).
    pub token: String,
}

impl<'de> Deserialize<'de> for VerifyEmailRequest {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        read_object(deserializer)
    }
}

impl ReadObject for VerifyEmailRequest {
    fn read(object: &mut Object) -> Result<Self, serde_json::Error> {
        Ok(Self {
            token: object.required("token")?,
        })
    }
}
