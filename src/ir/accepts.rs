//! Whether a JSON value from the API description (an example, a default) is a value of an IR
//! type as a target's types read it: the generated tests send an example only when the target's
//! type checker or decoder accepts it (spec examples do not always match their schema: a `"true"`
//! for a boolean, an object without a required property), and a validating server its formats.

use serde_json::Value;

use super::{Api, StringFormat, TypeKind, TypeRef};

/// Levels past which a value is taken as it is (examples are finite, types may recurse).
const DEEPEST: usize = 32;

/// How strictly one target's types read a JSON value.
#[derive(Debug, Clone, Copy)]
pub struct ValueRules {
    /// An integer type takes only integers (Python's `int`, Rust's `i64`), not any number
    /// (TypeScript's `number`).
    pub exact_integers: bool,
    /// Strings must match their formats (what a validating server checks of a request).
    pub formats: bool,
    /// A binary value may be written as text (Rust's tests send its bytes).
    pub binary_as_text: bool,
    pub unknown_properties: UnknownProperties,
}

/// What a target makes of an object property its type does not declare.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UnknownProperties {
    /// Refused (a Python TypedDict).
    Refused,
    /// Taken where the type declares additional properties, of their type, or declares no
    /// properties and is not closed (TypeScript's index signatures).
    Declared,
    /// Ignored, or kept where the type declares additional properties, of their type (a Rust
    /// struct read by the SDK's decoder).
    Ignored,
}

impl Api {
    /// Whether `value` is a value of type `t` under `rules`.
    pub fn accepts(&self, value: &Value, t: &TypeRef, rules: &ValueRules) -> bool {
        self.accepts_at(value, t, rules, 0)
    }

    fn accepts_at(&self, v: &Value, t: &TypeRef, rules: &ValueRules, depth: usize) -> bool {
        if depth > DEEPEST {
            return true;
        }
        let next = |v: &Value, t: &TypeRef| self.accepts_at(v, t, rules, depth + 1);
        match t {
            TypeRef::String { format: StringFormat::Binary } => rules.binary_as_text && v.is_string(),
            TypeRef::String { format } => v.as_str().is_some_and(|s| !rules.formats || format.accepts(s)),
            TypeRef::Integer { .. } if rules.exact_integers => v.is_i64() || v.is_u64(),
            TypeRef::Integer { .. } | TypeRef::Number { .. } => v.is_number(),
            TypeRef::Boolean => v.is_boolean(),
            TypeRef::Any => true,
            TypeRef::Literal { value } => v == value,
            TypeRef::Nullable { inner } => v.is_null() || next(v, inner),
            TypeRef::Array { items } => v.as_array().is_some_and(|a| a.iter().all(|i| next(i, items))),
            TypeRef::Map { values } => v.as_object().is_some_and(|o| o.values().all(|i| next(i, values))),
            TypeRef::Named { name } => match self.types.get(name).map(|d| &d.kind) {
                None => false,
                Some(TypeKind::Enum(e)) => e.values.iter().any(|ev| &ev.value == v),
                Some(TypeKind::Alias { target }) => next(v, target),
                Some(TypeKind::Union(u)) => u.variants.iter().any(|var| next(v, &var.type_)),
                Some(TypeKind::Object(o)) => v.as_object().is_some_and(|map| {
                    o.properties.iter().filter(|p| p.required).all(|p| map.contains_key(&p.wire_name))
                        && map.iter().all(|(k, x)| match o.properties.iter().find(|p| &p.wire_name == k) {
                            Some(p) => next(x, &p.type_),
                            None => match (rules.unknown_properties, &o.additional_properties) {
                                (UnknownProperties::Refused, _) => false,
                                (_, Some(extra)) => next(x, extra),
                                (UnknownProperties::Declared, None) => o.properties.is_empty() && !o.closed,
                                (UnknownProperties::Ignored, None) => true,
                            },
                        })
                }),
            },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    const STRICT: ValueRules = ValueRules {
        exact_integers: true,
        formats: true,
        binary_as_text: false,
        unknown_properties: UnknownProperties::Refused,
    };

    fn api(yaml: &str) -> Api {
        let loaded = crate::load::load_str(yaml, std::path::Path::new("spec.yaml")).unwrap();
        let config = crate::config::Config::resolve(&Default::default(), "Tallies", "1.0.0");
        crate::lower::lower(&loaded.doc, &config, &mut crate::diagnostics::Diagnostics::new()).unwrap()
    }

    #[test]
    fn each_target_reads_values_by_its_own_rules() {
        let api = api("openapi: 3.0.3\ninfo: {title: Tallies, version: 1.0.0}\npaths: {}\ncomponents:\n  schemas:\n    Tally: {type: object, required: [count], properties: {count: {type: integer}}}\n");
        let tally = TypeRef::Named { name: "Tally".into() };
        let loose = ValueRules { exact_integers: false, unknown_properties: UnknownProperties::Ignored, ..STRICT };

        assert!(api.accepts(&json!({"count": 2}), &tally, &STRICT));
        assert!(!api.accepts(&json!({}), &tally, &loose), "a required property is missing");
        assert!(
            !api.accepts(&json!({"count": 2.5}), &tally, &STRICT)
                && api.accepts(&json!({"count": 2.5}), &tally, &loose)
        );
        assert!(!api.accepts(&json!({"count": 2, "x": 1}), &tally, &STRICT));
        assert!(api.accepts(&json!({"count": 2, "x": 1}), &tally, &loose));
        assert!(!api.accepts(&json!("true"), &TypeRef::Boolean, &loose));
        let binary = TypeRef::String { format: StringFormat::Binary };
        assert!(!api.accepts(&json!("bytes"), &binary, &STRICT));
        assert!(api.accepts(&json!("bytes"), &binary, &ValueRules { binary_as_text: true, ..STRICT }));
        let uuid = TypeRef::String { format: StringFormat::Uuid };
        assert!(!api.accepts(&json!("4f4e4e1-c824"), &uuid, &STRICT));
        assert!(api.accepts(&json!("4f4e4e1-c824"), &uuid, &ValueRules { formats: false, ..STRICT }));
    }
}
