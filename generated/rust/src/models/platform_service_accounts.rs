//! The models only the `platform_service_accounts` feature needs.

use serde::{Deserialize, Serialize};

/// A page of `ServiceAccount`. `nextCursor` is null on the last page; otherwise pass it as `cursor` to get the next one.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
#[serde(rename_all = "camelCase")]
pub struct ServiceAccountPage {
    pub items: Vec<ServiceAccount>,
    #[serde(default)]
    pub next_cursor: Option<String>,
}

/// A platform service account. Its secret is never part of it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
#[serde(rename_all = "camelCase")]
pub struct ServiceAccount {
    /// Service account id (`sa_...`).
    pub id: String,
    pub name: String,
    #[serde(default)]
    pub description: Option<String>,
    pub created_at: String,
    #[serde(default)]
    pub last_used_at: Option<String>,
    #[serde(default)]
    pub revoked_at: Option<String>,
}

/// The account to create.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ServiceAccountCreateRequest {
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
}

/// A new service account and its secret, shown this once.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
#[serde(rename_all = "camelCase")]
pub struct CreatedServiceAccount {
    pub service_account: ServiceAccount,
    /// Bearer token for `platformAuth`; Gatekeeper keeps only a hash of it.
    pub secret: String,
}
