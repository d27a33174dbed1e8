//! The models only the `mfa` feature needs.

use super::MfaMethod;
use crate::de::{read_object, Object, ReadObject};
use serde::{Deserialize, Deserializer, Serialize};

/// A pending TOTP enrollment. The secret and recovery codes are shown only once.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[non_exhaustive]
#[serde(rename_all = "camelCase")]
pub struct TotpEnrollment {
    /// Base32 TOTP secret, for manual entry.
    pub secret: String,
    /// `otpauth://` URL to render as a QR code.
    pub otpauth_url: String,
    /// Single-use codes that replace a TOTP code if the device is lost.
    pub recovery_codes: Vec<String>,
}

impl<'de> Deserialize<'de> for TotpEnrollment {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        read_object(deserializer)
    }
}

impl ReadObject for TotpEnrollment {
    fn read(object: &mut Object) -> Result<Self, serde_json::Error> {
        Ok(Self {
            secret: object.required("secret")?,
            otpauth_url: object.required("otpauthUrl")?,
            recovery_codes: object.required("recoveryCodes")?,
        })
    }
}

/// Whether MFA is on for the user.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[non_exhaustive]
#[serde(rename_all = "camelCase")]
pub struct MfaStatus {
    pub enabled: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub method: Option<MfaMethod>,
    /// When MFA was turned on; null when off.
    pub enabled_at: Option<String>,
}

impl<'de> Deserialize<'de> for MfaStatus {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        read_object(deserializer)
    }
}

impl ReadObject for MfaStatus {
    fn read(object: &mut Object) -> Result<Self, serde_json::Error> {
        Ok(Self {
            enabled: object.required("enabled")?,
            method: object.optional("method")?,
            enabled_at: object.optional("enabledAt")?,
        })
    }
}

/// A current 6-digit TOTP code or an unused recovery code.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[non_exhaustive]
pub struct MfaCodeRequest {
    pub code: String,
}

impl<'de> Deserialize<'de> for MfaCodeRequest {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        read_object(deserializer)
    }
}

impl ReadObject for MfaCodeRequest {
    fn read(object: &mut Object) -> Result<Self, serde_json::Error> {
        Ok(Self {
            code: object.required("code")?,
        })
    }
}

/// The login challenge and the second factor.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[non_exhaustive]
#[serde(rename_all = "camelCase")]
pub struct MfaChallengeVerifyRequest {
    /// `challengeToken` from the login response.
    pub challenge_token: String,
    /// A current 6-digit TOTP code or an unused recovery code.
    pub code: String,
}

impl<'de> Deserialize<'de> for MfaChallengeVerifyRequest {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        read_object(deserializer)
    }
}

impl ReadObject for MfaChallengeVerifyRequest {
    fn read(object: &mut Object) -> Result<Self, serde_json::Error> {
        Ok(Self {
            challenge_token: object.required("challengeToken")?,
            code: object.required("code")?,
        })
    }
}
