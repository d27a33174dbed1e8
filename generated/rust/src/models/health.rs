//! The models only the `health` feature needs.

use crate::de::{read_object, Object, ReadObject};
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;

/// Service health.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum HealthStatus {
    /// `ok`
    Ok,
    /// `degraded`
    Degraded,
    /// A value this version of the SDK does not know, kept as received.
    Unknown(String),
}

impl HealthStatus {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Ok => "ok",
            Self::Degraded => "degraded",
            Self::Unknown(value) => value,
        }
    }
}

impl fmt::Display for HealthStatus {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl From<&str> for HealthStatus {
    fn from(value: &str) -> Self {
        match value {
            "ok" => Self::Ok,
            "degraded" => Self::Degraded,
            other => Self::Unknown(other.to_string()),
        }
    }
}

string_enum_serde!(HealthStatus);

/// Service health.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[non_exhaustive]
pub struct Health {
    pub status: HealthStatus,
    pub version: String,
    pub time: String,
}

impl<'de> Deserialize<'de> for Health {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        read_object(deserializer)
    }
}

impl ReadObject for Health {
    fn read(object: &mut Object) -> Result<Self, serde_json::Error> {
        Ok(Self {
            status: object.required("status")?,
            version: object.required("version")?,
            time: object.required("time")?,
        })
    }
}
