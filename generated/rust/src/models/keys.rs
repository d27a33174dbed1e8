//! The models only the `keys` feature needs.

use super::{Metadata, QuotaPeriod};
use crate::de::{read_object, Object, ReadObject};
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;

/// A page of `ApiKey`. `nextCursor` is null on the last page; otherwise pass it as `cursor` to get the next one.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[non_exhaustive]
#[serde(rename_all = "camelCase")]
pub struct ApiKeyPage {
    pub items: Vec<ApiKey>,
    pub next_cursor: Option<String>,
}

impl<'de> Deserialize<'de> for ApiKeyPage {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        read_object(deserializer)
    }
}

impl ReadObject for ApiKeyPage {
    fn read(object: &mut Object) -> Result<Self, serde_json::Error> {
        Ok(Self {
            items: object.required("items")?,
            next_cursor: object.optional("nextCursor")?,
        })
    }
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
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct KeyQuota {
    /// Units allowed per period.
    pub limit: i64,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub period: Option<QuotaPeriod>,
}

impl<'de> Deserialize<'de> for KeyQuota {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        read_object(deserializer)
    }
}

impl ReadObject for KeyQuota {
    fn read(object: &mut Object) -> Result<Self, serde_json::Error> {
        Ok(Self {
            limit: object.required("limit")?,
            period: object.optional("period")?,
        })
    }
}

/// An API key record. The plaintext key is never part of it.
#[derive(Debug, Clone, PartialEq, Serialize)]
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
    #[serde(skip_serializing_if = "Option::is_none")]
    pub quota: Option<KeyQuota>,
    /// When the key stops working; null for no expiry.
    pub expires_at: Option<String>,
    /// Last successful validation; null if never used.
    pub last_used_at: Option<String>,
    /// Number of successful validations.
    pub use_count: i64,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub metadata: Option<Metadata>,
    pub created_at: String,
    pub revoked_at: Option<String>,
}

impl<'de> Deserialize<'de> for ApiKey {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        read_object(deserializer)
    }
}

impl ReadObject for ApiKey {
    fn read(object: &mut Object) -> Result<Self, serde_json::Error> {
        Ok(Self {
            id: object.required("id")?,
            tenant_id: object.required("tenantId")?,
            name: object.required("name")?,
            prefix: object.required("prefix")?,
            scopes: object.required("scopes")?,
            status: object.required("status")?,
            quota: object.optional("quota")?,
            expires_at: object.optional("expiresAt")?,
            last_used_at: object.optional("lastUsedAt")?,
            use_count: object.required("useCount")?,
            metadata: object.optional("metadata")?,
            created_at: object.required("createdAt")?,
            revoked_at: object.optional("revokedAt")?,
        })
    }
}

/// The key to issue. Only `tenantId` is required.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[non_exhaustive]
#[serde(rename_all = "camelCase")]
pub struct ApiKeyCreateRequest {
    /// Tenant the key belongs to.
    pub tenant_id: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Scopes granted to the key; none when absent.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub scopes: Option<Vec<String>>,
    /// Expiry; the key never expires when absent.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub expires_at: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub quota: Option<KeyQuota>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub metadata: Option<Metadata>,
}

impl<'de> Deserialize<'de> for ApiKeyCreateRequest {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        read_object(deserializer)
    }
}

impl ReadObject for ApiKeyCreateRequest {
    fn read(object: &mut Object) -> Result<Self, serde_json::Error> {
        Ok(Self {
            tenant_id: object.required("tenantId")?,
            name: object.optional("name")?,
            scopes: object.optional("scopes")?,
            expires_at: object.optional("expiresAt")?,
            quota: object.optional("quota")?,
            metadata: object.optional("metadata")?,
        })
    }
}

/// Fields to change; absent fields are kept. `scopes` replaces the whole list.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[non_exhaustive]
pub struct ApiKeyUpdateRequest {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub scopes: Option<Vec<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub quota: Option<KeyQuota>,
}

impl<'de> Deserialize<'de> for ApiKeyUpdateRequest {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        read_object(deserializer)
    }
}

impl ReadObject for ApiKeyUpdateRequest {
    fn read(object: &mut Object) -> Result<Self, serde_json::Error> {
        Ok(Self {
            name: object.optional("name")?,
            scopes: object.optional("scopes")?,
            quota: object.optional("quota")?,
        })
    }
}

/// A newly issued key and its plaintext, which is shown this once.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[non_exhaustive]
#[serde(rename_all = "camelCase")]
pub struct CreatedApiKey {
    pub api_key: ApiKey,
    /// The full key to hand to the client now; Gatekeeper keeps only a hash of it.
    pub plain_text_key: String,
}

impl<'de> Deserialize<'de> for CreatedApiKey {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        read_object(deserializer)
    }
}

impl ReadObject for CreatedApiKey {
    fn read(object: &mut Object) -> Result<Self, serde_json::Error> {
        Ok(Self {
            api_key: object.required("apiKey")?,
            plain_text_key: object.required("plainTextKey")?,
        })
    }
}

/// What the key must grant.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[non_exhaustive]
#[serde(rename_all = "camelCase")]
pub struct KeyValidateRequest {
    /// Every one of these scopes must be held (none required when absent).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub required_scopes: Option<Vec<String>>,
}

impl<'de> Deserialize<'de> for KeyValidateRequest {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        read_object(deserializer)
    }
}

impl ReadObject for KeyValidateRequest {
    fn read(object: &mut Object) -> Result<Self, serde_json::Error> {
        Ok(Self {
            required_scopes: object.optional("requiredScopes")?,
        })
    }
}

/// A valid key and what it grants.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[non_exhaustive]
#[serde(rename_all = "camelCase")]
pub struct KeyInfo {
    pub key_id: String,
    pub tenant_id: String,
    pub name: String,
    pub scopes: Vec<String>,
    pub expires_at: Option<String>,
    /// Units left in the current quota period after this use; null when the key has no quota.
    pub quota_remaining: Option<i64>,
}

impl<'de> Deserialize<'de> for KeyInfo {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        read_object(deserializer)
    }
}

impl ReadObject for KeyInfo {
    fn read(object: &mut Object) -> Result<Self, serde_json::Error> {
        Ok(Self {
            key_id: object.required("keyId")?,
            tenant_id: object.required("tenantId")?,
            name: object.required("name")?,
            scopes: object.required("scopes")?,
            expires_at: object.optional("expiresAt")?,
            quota_remaining: object.optional("quotaRemaining")?,
        })
    }
}

/// What the exchanged token should carry.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[non_exhaustive]
#[serde(rename_all = "camelCase")]
pub struct TokenExchangeRequest {
    /// Subset of the key's scopes to put in the token; all of them when absent.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub scopes: Option<Vec<String>>,
    /// Lifetime of the token in seconds.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ttl_seconds: Option<i64>,
}

impl<'de> Deserialize<'de> for TokenExchangeRequest {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        read_object(deserializer)
    }
}

impl ReadObject for TokenExchangeRequest {
    fn read(object: &mut Object) -> Result<Self, serde_json::Error> {
        Ok(Self {
            scopes: object.optional("scopes")?,
            ttl_seconds: object.optional("ttlSeconds")?,
        })
    }
}

/// A short-lived bearer JWT minted from an API key.
#[derive(Debug, Clone, PartialEq, Serialize)]
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

impl<'de> Deserialize<'de> for ExchangedToken {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        read_object(deserializer)
    }
}

impl ReadObject for ExchangedToken {
    fn read(object: &mut Object) -> Result<Self, serde_json::Error> {
        Ok(Self {
            access_token: object.required("accessToken")?,
            token_type: object.required("tokenType")?,
            expires_in: object.required("expiresIn")?,
            scopes: object.required("scopes")?,
        })
    }
}
