//! The models only the `oauth` feature needs.

use crate::de::{read_object, Object, ReadObject};
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;

/// Supported external identity providers.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum OAuthProvider {
    /// `google`
    Google,
    /// `github`
    Github,
    /// `microsoft`
    Microsoft,
    /// A value this version of the SDK does not know, kept as received.
    Unknown(String),
}

impl OAuthProvider {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Google => "google",
            Self::Github => "github",
            Self::Microsoft => "microsoft",
            Self::Unknown(value) => value,
        }
    }
}

impl fmt::Display for OAuthProvider {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl From<&str> for OAuthProvider {
    fn from(value: &str) -> Self {
        match value {
            "google" => Self::Google,
            "github" => Self::Github,
            "microsoft" => Self::Microsoft,
            other => Self::Unknown(other.to_string()),
        }
    }
}

string_enum_serde!(OAuthProvider);

/// Where to send the browser to sign in with the provider.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[non_exhaustive]
pub struct OAuthAuthorization {
    pub url: String,
    /// The state to expect back on the callback.
    pub state: String,
}

impl<'de> Deserialize<'de> for OAuthAuthorization {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        read_object(deserializer)
    }
}

impl ReadObject for OAuthAuthorization {
    fn read(object: &mut Object) -> Result<Self, serde_json::Error> {
        Ok(Self {
            url: object.required("url")?,
            state: object.required("state")?,
        })
    }
}

/// What the provider sent back to the redirect URI.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[non_exhaustive]
#[serde(rename_all = "camelCase")]
pub struct OAuthCallbackRequest {
    /// Authorization code from the provider.
    pub code: String,
    pub state: String,
    /// The `redirectUri` used for `oAuthAuthorize`, if the provider requires it again.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub redirect_uri: Option<String>,
}

impl<'de> Deserialize<'de> for OAuthCallbackRequest {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        read_object(deserializer)
    }
}

impl ReadObject for OAuthCallbackRequest {
    fn read(object: &mut Object) -> Result<Self, serde_json::Error> {
        Ok(Self {
            code: object.required("code")?,
            state: object.required("state")?,
            redirect_uri: object.optional("redirectUri")?,
        })
    }
}
