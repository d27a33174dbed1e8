//! Helpers for the generated models' `Deserialize` implementations.
#![allow(dead_code, reason = "not every API uses them all")]

use std::collections::BTreeMap;

use serde::de::{DeserializeOwned, Error as _};
use serde::{Deserialize, Deserializer};
use serde_json::{Map, Value};

/// A JSON object being read into a model struct, property by property.
///
/// Each struct's `Deserialize` reads the object into a map, then takes its fields out in a plain
/// function: far less code for the compiler than serde's derive (a field enum and a map visitor
/// per struct, compiled again for every deserializer), which counts for an API of thousands of
/// models. A property's value is decoded by its type's own `Deserialize`.
pub(crate) struct Object(Map<String, Value>);

impl Object {
    /// A required property: an error names it when it is absent.
    pub(crate) fn required<T: DeserializeOwned>(
        &mut self,
        name: &str,
    ) -> Result<T, serde_json::Error> {
        match self.0.remove(name) {
            Some(value) => T::deserialize(value).map_err(|e| in_property(name, e)),
            None => Err(serde_json::Error::custom(format_args!(
                "missing field `{name}`"
            ))),
        }
    }

    /// A property that may be absent: `None` (or `Value::Null`) then.
    pub(crate) fn optional<T: DeserializeOwned + Default>(
        &mut self,
        name: &str,
    ) -> Result<T, serde_json::Error> {
        match self.0.remove(name) {
            Some(value) => T::deserialize(value).map_err(|e| in_property(name, e)),
            None => Ok(T::default()),
        }
    }

    /// The properties no field took: a model's `additional_properties`.
    pub(crate) fn rest<T: DeserializeOwned>(
        &mut self,
    ) -> Result<BTreeMap<String, T>, serde_json::Error> {
        std::mem::take(&mut self.0)
            .into_iter()
            .map(|(name, value)| match T::deserialize(value) {
                Ok(value) => Ok((name, value)),
                Err(e) => Err(in_property(&name, e)),
            })
            .collect()
    }
}

/// A model struct read from a JSON object's properties: its `Deserialize` is [`read_object`].
pub(crate) trait ReadObject: Sized {
    /// The struct's fields, taken out of `object`.
    fn read(object: &mut Object) -> Result<Self, serde_json::Error>;
}

/// Reads a JSON object into `T` (the `Deserialize` of a model struct).
pub(crate) fn read_object<'de, D: Deserializer<'de>, T: ReadObject>(
    deserializer: D,
) -> Result<T, D::Error> {
    let map = Map::deserialize(deserializer)?;
    T::read(&mut Object(map)).map_err(D::Error::custom)
}

/// An error in a property's value, prefixed with its JSON pointer (`/owner/login: invalid
/// type: ..`), which nested objects extend.
fn in_property(name: &str, error: serde_json::Error) -> serde_json::Error {
    let name = name.replace('~', "~0").replace('/', "~1");
    let message = error.to_string();
    if message.starts_with('/') {
        serde_json::Error::custom(format_args!("/{name}{message}"))
    } else {
        serde_json::Error::custom(format_args!("/{name}: {message}"))
    }
}

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

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    /// What a generated model struct with each kind of field reads like.
    #[derive(Debug, PartialEq)]
    struct Model {
        id: i64,
        name: Option<String>,
        any: Value,
        extra: BTreeMap<String, i64>,
    }

    impl<'de> Deserialize<'de> for Model {
        fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
            read_object(deserializer)
        }
    }

    impl ReadObject for Model {
        fn read(object: &mut Object) -> Result<Self, serde_json::Error> {
            Ok(Self {
                id: object.required("id")?,
                name: object.optional("name")?,
                any: object.optional("any")?,
                extra: object.rest()?,
            })
        }
    }

    fn read(value: Value) -> Result<Model, String> {
        serde_json::from_value(value).map_err(|e| e.to_string())
    }

    #[test]
    fn absent_optional_properties_read_as_none_and_the_rest_as_extras() {
        let model = read(json!({"id": 1, "a": 2, "b": 3})).unwrap();
        let extra = BTreeMap::from([("a".to_string(), 2), ("b".to_string(), 3)]);
        let expected = Model {
            id: 1,
            name: None,
            any: Value::Null,
            extra,
        };
        assert_eq!(model, expected);
        let model = read(json!({"id": 1, "name": "x", "any": [true]})).unwrap();
        assert_eq!(model.name.as_deref(), Some("x"));
        assert_eq!(model.any, json!([true]));
        assert!(model.extra.is_empty());
    }

    #[test]
    fn errors_name_the_property_by_its_json_pointer() {
        assert_eq!(
            read(json!({"name": "x"})).unwrap_err(),
            "missing field `id`"
        );
        let error = read(json!({"id": "1"})).unwrap_err();
        assert!(
            error.starts_with("/id: invalid type: string \"1\""),
            "{error}"
        );
        let error = read(json!({"id": 1, "a/b~c": "x"})).unwrap_err();
        assert!(error.starts_with("/a~1b~0c: invalid type"), "{error}");
        assert!(read(json!([1])).unwrap_err().contains("expected a map"));
    }

    #[test]
    fn a_nested_error_extends_the_pointer() {
        #[derive(Debug)]
        struct Outer {
            #[allow(dead_code, reason = "read, never looked at")]
            inner: Model,
        }
        impl ReadObject for Outer {
            fn read(object: &mut Object) -> Result<Self, serde_json::Error> {
                Ok(Self {
                    inner: object.required("inner")?,
                })
            }
        }
        let Value::Object(map) = json!({"inner": {"id": 1, "n": "x"}}) else {
            unreachable!()
        };
        let error = Outer::read(&mut Object(map)).unwrap_err();
        assert!(
            error.to_string().starts_with("/inner/n: invalid type"),
            "{error}"
        );
    }
}
