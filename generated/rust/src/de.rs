//! Helpers for the generated models' `Deserialize` implementations.
#![allow(dead_code, reason = "not every API uses them all")]

use std::cell::Cell;
use std::collections::BTreeMap;
use std::fmt;

use serde::de::{DeserializeOwned, DeserializeSeed, Error as _, MapAccess, SeqAccess, Visitor};
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
            Some(value) => from_value(value).map_err(|e| in_property(name, e)),
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
            Some(value) => from_value(value).map_err(|e| in_property(name, e)),
            None => Ok(T::default()),
        }
    }

    /// The properties no field took: a model's `additional_properties`.
    pub(crate) fn rest<T: DeserializeOwned>(
        &mut self,
    ) -> Result<BTreeMap<String, T>, serde_json::Error> {
        std::mem::take(&mut self.0)
            .into_iter()
            .map(|(name, value)| match from_value(value) {
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
    let map = deserializer.deserialize_newtype_struct(OBJECT, ObjectVisitor)?;
    T::read(&mut Object(map)).map_err(D::Error::custom)
}

/// Decodes `T` from a JSON value, as `serde_json::from_value` does, except that a model nested
/// at any depth takes its object's map as it is (see [`ValueDeserializer`]).
pub(crate) fn from_value<T: DeserializeOwned>(value: Value) -> Result<T, serde_json::Error> {
    T::deserialize(ValueDeserializer(value))
}

/// The newtype name [`read_object`] asks its deserializer for. [`ValueDeserializer`] answers it by
/// handing its object's map over whole; any other deserializer reads it as a plain newtype.
const OBJECT: &str = "$sdk::de::Object";

thread_local! {
    /// The map a [`ValueDeserializer`] hands to the [`ObjectVisitor`] it calls, on this thread.
    static HANDED_OVER: Cell<Option<Map<String, Value>>> = const { Cell::new(None) };
}

/// What [`read_object`] reads: the object's map.
struct ObjectVisitor;

impl<'de> Visitor<'de> for ObjectVisitor {
    type Value = Map<String, Value>;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a JSON object")
    }

    /// A [`ValueDeserializer`] handed its map over (and calls this right after).
    fn visit_unit<E: serde::de::Error>(self) -> Result<Self::Value, E> {
        HANDED_OVER
            .with(Cell::take)
            .ok_or_else(|| E::invalid_type(serde::de::Unexpected::Unit, &self))
    }

    /// Any other deserializer: the object is read into a map.
    fn visit_newtype_struct<D: Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
        Map::deserialize(d)
    }

    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Self::Value, A::Error> {
        Map::deserialize(serde::de::value::MapAccessDeserializer::new(map))
    }
}

/// `serde_json::Value`'s own deserializer, but for what holds models: arrays, maps and options
/// pass their items on in a `ValueDeserializer`, and an object a model reads is handed over as it
/// is. Without it, each level of nested models would collect its object into a map again.
struct ValueDeserializer(Value);

impl<'de> Deserializer<'de> for ValueDeserializer {
    type Error = serde_json::Error;

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Self::Error> {
        match self.0 {
            Value::Array(items) => visit_array(items, visitor),
            Value::Object(map) => visit_object(map, visitor),
            other => other.deserialize_any(visitor),
        }
    }

    fn deserialize_option<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Self::Error> {
        match self.0 {
            Value::Null => visitor.visit_none(),
            other => visitor.visit_some(ValueDeserializer(other)),
        }
    }

    fn deserialize_newtype_struct<V: Visitor<'de>>(
        self,
        name: &'static str,
        visitor: V,
    ) -> Result<V::Value, Self::Error> {
        match self.0 {
            Value::Object(map) if name == OBJECT => {
                HANDED_OVER.with(|slot| slot.set(Some(map)));
                let read = visitor.visit_unit();
                // Not taken (a visitor of another kind): dropped here, not left for the next.
                HANDED_OVER.with(Cell::take);
                read
            }
            other => visitor.visit_newtype_struct(ValueDeserializer(other)),
        }
    }

    fn deserialize_seq<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Self::Error> {
        match self.0 {
            Value::Array(items) => visit_array(items, visitor),
            other => other.deserialize_seq(visitor),
        }
    }

    fn deserialize_map<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Self::Error> {
        match self.0 {
            Value::Object(map) => visit_object(map, visitor),
            other => other.deserialize_map(visitor),
        }
    }

    /// An enum's value holds no model this SDK reads: serde_json's own rules.
    fn deserialize_enum<V: Visitor<'de>>(
        self,
        name: &'static str,
        variants: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, Self::Error> {
        self.0.deserialize_enum(name, variants, visitor)
    }

    serde::forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string bytes byte_buf unit
        unit_struct tuple tuple_struct struct identifier ignored_any
    }
}

fn visit_array<'de, V: Visitor<'de>>(
    items: Vec<Value>,
    visitor: V,
) -> Result<V::Value, serde_json::Error> {
    let len = items.len();
    let mut seq = Items(items.into_iter());
    let read = visitor.visit_seq(&mut seq)?;
    match seq.0.len() {
        0 => Ok(read),
        _ => Err(serde_json::Error::invalid_length(
            len,
            &"fewer elements in array",
        )),
    }
}

fn visit_object<'de, V: Visitor<'de>>(
    map: Map<String, Value>,
    visitor: V,
) -> Result<V::Value, serde_json::Error> {
    visitor.visit_map(Entries {
        entries: map.into_iter(),
        value: None,
    })
}

/// An array's items, each in a [`ValueDeserializer`].
struct Items(std::vec::IntoIter<Value>);

impl<'de> SeqAccess<'de> for &mut Items {
    type Error = serde_json::Error;

    fn next_element_seed<T: DeserializeSeed<'de>>(
        &mut self,
        seed: T,
    ) -> Result<Option<T::Value>, Self::Error> {
        self.0
            .next()
            .map(|item| seed.deserialize(ValueDeserializer(item)))
            .transpose()
    }

    fn size_hint(&self) -> Option<usize> {
        Some(self.0.len())
    }
}

/// An object's properties, each value in a [`ValueDeserializer`].
struct Entries {
    entries: serde_json::map::IntoIter,
    value: Option<Value>,
}

impl<'de> MapAccess<'de> for Entries {
    type Error = serde_json::Error;

    fn next_key_seed<K: DeserializeSeed<'de>>(
        &mut self,
        seed: K,
    ) -> Result<Option<K::Value>, Self::Error> {
        match self.entries.next() {
            Some((key, value)) => {
                self.value = Some(value);
                seed.deserialize(Value::String(key)).map(Some)
            }
            None => Ok(None),
        }
    }

    fn next_value_seed<V: DeserializeSeed<'de>>(
        &mut self,
        seed: V,
    ) -> Result<V::Value, Self::Error> {
        match self.value.take() {
            Some(value) => seed.deserialize(ValueDeserializer(value)),
            None => Err(serde_json::Error::custom(
                "a value was asked for before its key",
            )),
        }
    }

    fn size_hint(&self) -> Option<usize> {
        Some(self.entries.len())
    }
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
    from_value(value).map_err(E::custom)
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

    /// Models nested in every kind of container, as generated models nest them.
    #[derive(Debug, PartialEq)]
    struct Nest {
        one: Model,
        boxed: Option<Box<Model>>,
        list: Vec<Model>,
        map: BTreeMap<String, Model>,
        either: Either,
    }

    impl<'de> Deserialize<'de> for Nest {
        fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
            read_object(deserializer)
        }
    }

    impl ReadObject for Nest {
        fn read(object: &mut Object) -> Result<Self, serde_json::Error> {
            Ok(Self {
                one: object.required("one")?,
                boxed: object.optional("boxed")?,
                list: object.required("list")?,
                map: object.required("map")?,
                either: object.required("either")?,
            })
        }
    }

    #[derive(Debug, PartialEq, Deserialize)]
    #[serde(untagged)]
    enum Either {
        Model(Model),
        Text(String),
    }

    #[test]
    fn nested_models_read_from_a_value_as_from_text() {
        let value = json!({
            "one": {"id": 1},
            "boxed": {"id": 2, "name": "b"},
            "list": [{"id": 3}, {"id": 4, "x": 5}],
            "map": {"k": {"id": 6}},
            "either": {"id": 7},
        });
        let read: Nest = from_value(value.clone()).unwrap();
        let from_text: Nest = serde_json::from_str(&value.to_string()).unwrap();
        assert_eq!(read, from_text);
        assert_eq!(read.list[1].extra.get("x"), Some(&5));
        assert_eq!(
            read.either,
            Either::Model(Model {
                id: 7,
                name: None,
                any: Value::Null,
                extra: BTreeMap::new()
            })
        );
        // Nothing is left handed over on this thread.
        assert!(HANDED_OVER.with(Cell::take).is_none());

        let bad = json!({"one": {"id": 1}, "list": [{"id": "3"}], "map": {}, "either": "t"});
        let error = from_value::<Nest>(bad.clone()).unwrap_err().to_string();
        assert!(error.starts_with("/list/id: invalid type"), "{error}");
        assert_eq!(
            error,
            serde_json::from_str::<Nest>(&bad.to_string())
                .unwrap_err()
                .to_string()
                .split(" at line")
                .next()
                .unwrap()
        );
        assert!(from_value::<Nest>(json!([1]))
            .unwrap_err()
            .to_string()
            .contains("expected a map"));
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
