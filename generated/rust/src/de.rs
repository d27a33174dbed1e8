//! Helpers for the generated models' `Deserialize` implementations.
#![allow(dead_code, reason = "only APIs with discriminated unions need these")]

use serde::de::DeserializeOwned;
use serde_json::Value;

/// The discriminator of a union value as a string (`"true"` for a boolean `true`).
pub(crate) fn discriminator(value: &Value, field: &str) -> Option<String> {
    match value.get(field)? {
        Value::String(s) => Some(s.clone()),
        Value::Bool(b) => Some(b.to_string()),
        Value::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

/// Decodes one variant of a union, reporting failures as the deserializer's error.
pub(crate) fn variant<T: DeserializeOwned, E: serde::de::Error>(value: Value) -> Result<T, E> {
    serde_json::from_value(value).map_err(E::custom)
}
