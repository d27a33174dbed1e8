//! The models several features need: compiled with any of them (see [`models`](super)).

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;

/// Length of a quota window. Windows are calendar-aligned in UTC.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum QuotaPeriod {
    /// `hour`
    Hour,
    /// `day`
    Day,
    /// `month`
    Month,
    /// A value this version of the SDK does not know, kept as received.
    Unknown(String),
}

impl QuotaPeriod {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Hour => "hour",
            Self::Day => "day",
            Self::Month => "month",
            Self::Unknown(value) => value,
        }
    }
}

impl fmt::Display for QuotaPeriod {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl From<&str> for QuotaPeriod {
    fn from(value: &str) -> Self {
        match value {
            "hour" => Self::Hour,
            "day" => Self::Day,
            "month" => Self::Month,
            other => Self::Unknown(other.to_string()),
        }
    }
}

string_enum_serde!(QuotaPeriod);
