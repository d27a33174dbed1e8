//! The models only the `platform_jobs` feature needs.

use super::Metadata;
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;

/// A page of `Job`. `nextCursor` is null on the last page; otherwise pass it as `cursor` to get the next one.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
#[serde(rename_all = "camelCase")]
pub struct JobPage {
    pub items: Vec<Job>,
    #[serde(default)]
    pub next_cursor: Option<String>,
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
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
#[serde(rename_all = "camelCase")]
pub struct Job {
    /// Job id (`job_...`).
    pub id: String,
    /// Job kind (e.g. `webhook.deliver`, `usage.rollup`, `billing.invoice`).
    pub type_: String,
    pub status: JobStatus,
    /// Tenant the job works for; null for platform-wide jobs.
    #[serde(default)]
    pub tenant_id: Option<String>,
    pub attempts: i64,
    pub max_attempts: i64,
    #[serde(default)]
    pub last_error: Option<String>,
    pub payload: Metadata,
    pub created_at: String,
    pub updated_at: String,
    #[serde(default)]
    pub finished_at: Option<String>,
}
