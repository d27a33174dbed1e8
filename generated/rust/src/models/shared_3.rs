//! The models several features need: compiled with any of them (see [`models`](super)).

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;

/// Second factor kind.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum MfaMethod {
    /// `totp`
    Totp,
    /// A value this version of the SDK does not know, kept as received.
    Unknown(String),
}

impl MfaMethod {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Totp => "totp",
            Self::Unknown(value) => value,
        }
    }
}

impl fmt::Display for MfaMethod {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl From<&str> for MfaMethod {
    fn from(value: &str) -> Self {
        match value {
            "totp" => Self::Totp,
            other => Self::Unknown(other.to_string()),
        }
    }
}

string_enum_serde!(MfaMethod);
