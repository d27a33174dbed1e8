//! The models only the `keys` feature needs.

use super::{Metadata, QuotaPeriod};
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;

/// A page of `ApiKey`. `nextCursor` is null on the last page; otherwise pass it as `cursor` to get the next one.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
#[serde(rename_all = "camelCase")]
pub struct ApiKeyPage {
    pub items: Vec<ApiKey>,
    #[serde(default)]
    pub next_cursor: Option<String>,
}

/// Lifecycle status of an API key.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum KeyStatus {
    /// `active`
    Active,
    /// `revoked`
    Revoked,
    /// `expired`
    Expired,
    /// A value this version of the SDK does not know, kept as received.
    Unknown(String),
}

impl KeyStatus {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Active => "active",
            Self::Revoked => "revoked",
            Self::Expired => "expired",
            Self::Unknown(value) => value,
        }
    }
}

impl fmt::Display for KeyStatus {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl From<&str> for KeyStatus {
    fn from(value: &str) -> Self {
        match value {
            "active" => Self::Active,
            "revoked" => Self::Revoked,
            "expired" => Self::Expired,
            other => Self::Unknown(other.to_string()),
        }
    }
}

string_enum_serde!(KeyStatus);

/// Usage allowed to a key per period. `period` is `month` when absent.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct KeyQuota {
    /// Units allowed per period.
    pub limit: i64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub period: Option<QuotaPeriod>,
}

/// An API key record. The plaintext key is never part of it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
#[serde(rename_all = "camelCase")]
pub struct ApiKey {
    /// Key id (`key_...`).
    pub id: String,
    pub tenant_id: String,
    /// Label for humans; `Untitled key` when not given at creation.
    pub name: String,
    /// First characters of the plaintext key, to recognise it in logs and UIs.
    pub prefix: String,
    /// Free-form scope strings (e.g. `read`, `write`) checked by `keysValidate`.
    pub scopes: Vec<String>,
    pub status: KeyStatus,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub quota: Option<KeyQuota>,
    /// When the key stops working; null for no expiry.
    #[serde(default)]
    pub expires_at: Option<String>,
    /// Last successful validation; null if never used.
    #[serde(default)]
    pub last_used_at: Option<String>,
    /// Number of successful validations.
    pub use_count: i64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metadata: Option<Metadata>,
    pub created_at: String,
    #[serde(default)]
    pub revoked_at: Option<String>,
}

/// The key to issue. Only `tenantId` is required.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
#[serde(rename_all = "camelCase")]
pub struct ApiKeyCreateRequest {
    /// Tenant the key belongs to.
    pub tenant_id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Scopes granted to the key; none when absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scopes: Option<Vec<String>>,
    /// Expiry; the key never expires when absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expires_at: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub quota: Option<KeyQuota>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metadata: Option<Metadata>,
}

/// Fields to change; absent fields are kept. `scopes` replaces the whole list.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ApiKeyUpdateRequest {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scopes: Option<Vec<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub quota: Option<KeyQuota>,
}

/// A newly issued key and its plaintext, which is shown this once.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
#[serde(rename_all = "camelCase")]
pub struct CreatedApiKey {
    pub api_key: ApiKey,
    /// The full key to hand to the client now; Gatekeeper keeps only a hash of it.
    pub plain_text_key: String,
}

/// What the key must grant.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
#[serde(rename_all = "camelCase")]
pub struct KeyValidateRequest {
    /// Every one of these scopes must be held (none required when absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub required_scopes: Option<Vec<String>>,
}

/// A valid key and what it grants.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
#[serde(rename_all = "camelCase")]
pub struct KeyInfo {
    pub key_id: String,
    pub tenant_id: String,
    pub name: String,
    pub scopes: Vec<String>,
    #[serde(default)]
    pub expires_at: Option<String>,
    /// Units left in the current quota period after this use; null when the key has no quota.
    #[serde(default)]
    pub quota_remaining: Option<i64>,
}

/// What the exchanged token should carry.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
#[serde(rename_all = "camelCase")]
pub struct TokenExchangeRequest {
    /// Subset of the key's scopes to put in the token; all of them when absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scopes: Option<Vec<String>>,
    /// Lifetime of the token in seconds.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ttl_seconds: Option<i64>,
}

/// A short-lived bearer JWT minted from an API key.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
#[serde(rename_all = "camelCase")]
pub struct ExchangedToken {
    pub access_token: String,
    /// Always `Bearer`.
    pub token_type: String,
    /// Seconds until the token expires.
    pub expires_in: i64,
    pub scopes: Vec<String>,
}
