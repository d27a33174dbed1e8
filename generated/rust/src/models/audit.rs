//! The models only the `audit` feature needs.

use super::Metadata;
use crate::de::{read_object, Object, ReadObject};
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;

/// A page of `AuditEntry`. `nextCursor` is null on the last page; otherwise pass it as `cursor` to get the next one.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[non_exhaustive]
#[serde(rename_all = "camelCase")]
pub struct AuditEntryPage {
    pub items: Vec<AuditEntry>,
    pub next_cursor: Option<String>,
}

impl<'de> Deserialize<'de> for AuditEntryPage {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        read_object(deserializer)
    }
}

impl ReadObject for AuditEntryPage {
    fn read(object: &mut Object) -> Result<Self, serde_json::Error> {
        Ok(Self {
            items: object.required("items")?,
            next_cursor: object.optional("nextCursor")?,
        })
    }
}

/// Document format of an audit export: CSV with a header row, a JSON array, or NDJSON (one JSON object a line).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AuditExportFormat {
    /// `csv`
    Csv,
    /// `json`
    Json,
    /// `ndjson`
    Ndjson,
    /// A value this version of the SDK does not know, kept as received.
    Unknown(String),
}

impl AuditExportFormat {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Csv => "csv",
            Self::Json => "json",
            Self::Ndjson => "ndjson",
            Self::Unknown(value) => value,
        }
    }
}

impl fmt::Display for AuditExportFormat {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl From<&str> for AuditExportFormat {
    fn from(value: &str) -> Self {
        match value {
            "csv" => Self::Csv,
            "json" => Self::Json,
            "ndjson" => Self::Ndjson,
            other => Self::Unknown(other.to_string()),
        }
    }
}

string_enum_serde!(AuditExportFormat);

/// Kind of principal that performed an audited action.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AuditActorType {
    /// `user`
    User,
    /// `api_key`
    ApiKey,
    /// `service_account`
    ServiceAccount,
    /// `system`
    System,
    /// A value this version of the SDK does not know, kept as received.
    Unknown(String),
}

impl AuditActorType {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::User => "user",
            Self::ApiKey => "api_key",
            Self::ServiceAccount => "service_account",
            Self::System => "system",
            Self::Unknown(value) => value,
        }
    }
}

impl fmt::Display for AuditActorType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl From<&str> for AuditActorType {
    fn from(value: &str) -> Self {
        match value {
            "user" => Self::User,
            "api_key" => Self::ApiKey,
            "service_account" => Self::ServiceAccount,
            "system" => Self::System,
            other => Self::Unknown(other.to_string()),
        }
    }
}

string_enum_serde!(AuditActorType);

/// One entry of a tenant's append-only audit log.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[non_exhaustive]
#[serde(rename_all = "camelCase")]
pub struct AuditEntry {
    /// Audit entry id (`aud_...`).
    pub id: String,
    pub tenant_id: String,
    pub actor_type: AuditActorType,
    /// Id of the user, key or service account; null for `system`.
    pub actor_id: Option<String>,
    /// What happened, `resource.verb` (e.g. `key.revoked`).
    pub action: String,
    pub resource_type: String,
    pub resource_id: Option<String>,
    /// Client IP of the request, when there was one.
    pub ip_address: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub metadata: Option<Metadata>,
    pub occurred_at: String,
}

impl<'de> Deserialize<'de> for AuditEntry {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        read_object(deserializer)
    }
}

impl ReadObject for AuditEntry {
    fn read(object: &mut Object) -> Result<Self, serde_json::Error> {
        Ok(Self {
            id: object.required("id")?,
            tenant_id: object.required("tenantId")?,
            actor_type: object.required("actorType")?,
            actor_id: object.optional("actorId")?,
            action: object.required("action")?,
            resource_type: object.required("resourceType")?,
            resource_id: object.optional("resourceId")?,
            ip_address: object.optional("ipAddress")?,
            metadata: object.optional("metadata")?,
            occurred_at: object.required("occurredAt")?,
        })
    }
}

/// The entry to append. The actor is the caller.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[non_exhaustive]
#[serde(rename_all = "camelCase")]
pub struct AuditRecordRequest {
    pub action: String,
    pub resource_type: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub resource_id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub metadata: Option<Metadata>,
}

impl<'de> Deserialize<'de> for AuditRecordRequest {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        read_object(deserializer)
    }
}

impl ReadObject for AuditRecordRequest {
    fn read(object: &mut Object) -> Result<Self, serde_json::Error> {
        Ok(Self {
            action: object.required("action")?,
            resource_type: object.required("resourceType")?,
            resource_id: object.optional("resourceId")?,
            metadata: object.optional("metadata")?,
        })
    }
}
