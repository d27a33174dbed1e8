//! The models only the `mfa` feature needs.

use super::MfaMethod;
use serde::{Deserialize, Serialize};

/// A pending TOTP enrollment. The secret and recovery codes are shown only once.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
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

/// Whether MFA is on for the user.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
#[serde(rename_all = "camelCase")]
pub struct MfaStatus {
    pub enabled: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub method: Option<MfaMethod>,
    /// When MFA was turned on; null when off.
    #[serde(default)]
    pub enabled_at: Option<String>,
}

/// A current 6-digit TOTP code or an unused recovery code.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct MfaCodeRequest {
    pub code: String,
}

/// The login challenge and the second factor.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
#[serde(rename_all = "camelCase")]
pub struct MfaChallengeVerifyRequest {
    /// `challengeToken` from the login response.
    pub challenge_token: String,
    /// A current 6-digit TOTP code or an unused recovery code.
    pub code: String,
}
