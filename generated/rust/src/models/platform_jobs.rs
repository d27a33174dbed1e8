//! The models only the `platform_jobs` feature needs.

use super::Metadata;
use crate::de::{read_object, Object, ReadObject};
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;

/// A page of `Job`. `nextCursor` is null on the last page; otherwise pass it as `cursor` to get the next one.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[non_exhaustive]
#[serde(rename_all = "camelCase")]
pub struct JobPage {
    pub items: Vec<Job>,
    pub next_cursor: Option<String>,
}

impl<'de> Deserialize<'de> for JobPage {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        read_object(deserializer)
    }
}

impl ReadObject for JobPage {
    fn read(object: &mut Object) -> Result<Self, serde_json::Error> {
        Ok(Self {
            items: object.required("items")?,
            next_cursor: object.optional("nextCursor")?,
        })
    }
}

/// Status of a background job. `failed` and `cancelled` jobs can be retried.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum JobStatus {
    /// `queued`
    Queued,
    /// `running`
    Running,
    /// `succeeded`
    Succeeded,
    /// `failed`
    Failed,
    /// `cancelled`
    Cancelled,
    /// A value this version of the SDK does not know, kept as received.
    Unknown(String),
}

impl JobStatus {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Queued => "queued",
            Self::Running => "running",
            Self::Succeeded => "succeeded",
            Self::Failed => "failed",
            Self::Cancelled => "cancelled",
            Self::Unknown(value) => value,
        }
    }
}

impl fmt::Display for JobStatus {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl From<&str> for JobStatus {
    fn from(value: &str) -> Self {
        match value {
            "queued" => Self::Queued,
            "running" => Self::Running,
            "succeeded" => Self::Succeeded,
            "failed" => Self::Failed,
            "cancelled" => Self::Cancelled,
            other => Self::Unknown(other.to_string()),
        }
    }
}

string_enum_serde!(JobStatus);

/// A background job.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[non_exhaustive]
#[serde(rename_all = "camelCase")]
pub struct Job {
    /// Job id (`job_...`).
    pub id: String,
    /// Job kind (e.g. `webhook.deliver`, `usage.rollup`, `billing.invoice`).
    pub type_: String,
    pub status: JobStatus,
    /// Tenant the job works for; null for platform-wide jobs.
    pub tenant_id: Option<String>,
    pub attempts: i64,
    pub max_attempts: i64,
    pub last_error: Option<String>,
    pub payload: Metadata,
    pub created_at: String,
    pub updated_at: String,
    pub finished_at: Option<String>,
}

impl<'de> Deserialize<'de> for Job {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        read_object(deserializer)
    }
}

impl ReadObject for Job {
    fn read(object: &mut Object) -> Result<Self, serde_json::Error> {
        Ok(Self {
            id: object.required("id")?,
            type_: object.required("type")?,
            status: object.required("status")?,
            tenant_id: object.optional("tenantId")?,
            attempts: object.required("attempts")?,
            max_attempts: object.required("maxAttempts")?,
            last_error: object.optional("lastError")?,
            payload: object.required("payload")?,
            created_at: object.required("createdAt")?,
            updated_at: object.required("updatedAt")?,
            finished_at: object.optional("finishedAt")?,
        })
    }
}
