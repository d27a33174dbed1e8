//! The models only the `platform_service_accounts` feature needs.

use crate::de::{read_object, Object, ReadObject};
use serde::{Deserialize, Deserializer, Serialize};

/// A page of `ServiceAccount`. `nextCursor` is null on the last page; otherwise pass it as `cursor` to get the next one.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[non_exhaustive]
#[serde(rename_all = "camelCase")]
pub struct ServiceAccountPage {
    pub items: Vec<ServiceAccount>,
    pub next_cursor: Option<String>,
}

impl<'de> Deserialize<'de> for ServiceAccountPage {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        read_object(deserializer)
    }
}

impl ReadObject for ServiceAccountPage {
    fn read(object: &mut Object) -> Result<Self, serde_json::Error> {
        Ok(Self {
            items: object.required("items")?,
            next_cursor: object.optional("nextCursor")?,
        })
    }
}

/// A platform service account. Its secret is never part of it.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[non_exhaustive]
#[serde(rename_all = "camelCase")]
pub struct ServiceAccount {
    /// Service account id (`sa_...`).
    pub id: String,
    pub name: String,
    pub description: Option<String>,
    pub created_at: String,
    pub last_used_at: Option<String>,
    pub revoked_at: Option<String>,
}

impl<'de> Deserialize<'de> for ServiceAccount {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        read_object(deserializer)
    }
}

impl ReadObject for ServiceAccount {
    fn read(object: &mut Object) -> Result<Self, serde_json::Error> {
        Ok(Self {
            id: object.required("id")?,
            name: object.required("name")?,
            description: object.optional("description")?,
            created_at: object.required("createdAt")?,
            last_used_at: object.optional("lastUsedAt")?,
            revoked_at: object.optional("revokedAt")?,
        })
    }
}

/// The account to create.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[non_exhaustive]
pub struct ServiceAccountCreateRequest {
    pub name: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
}

impl<'de> Deserialize<'de> for ServiceAccountCreateRequest {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        read_object(deserializer)
    }
}

impl ReadObject for ServiceAccountCreateRequest {
    fn read(object: &mut Object) -> Result<Self, serde_json::Error> {
        Ok(Self {
            name: object.required("name")?,
            description: object.optional("description")?,
        })
    }
}

/// A new service account and its secret, shown this once.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[non_exhaustive]
#[serde(rename_all = "camelCase")]
pub struct CreatedServiceAccount {
    pub service_account: ServiceAccount,
    /// Bearer token for `platformAuth`; Gatekeeper keeps only a hash of it.
    pub secret: String,
}

impl<'de> Deserialize<'de> for CreatedServiceAccount {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        read_object(deserializer)
    }
}

impl ReadObject for CreatedServiceAccount {
    fn read(object: &mut Object) -> Result<Self, serde_json::Error> {
        Ok(Self {
            service_account: object.required("serviceAccount")?,
            secret: object.required("secret")?,
        })
    }
}
