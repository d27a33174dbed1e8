//! Data types of the API: named type definitions and references to types.

use serde::Serialize;

/// A reference to a type, as used by properties, inputs and responses.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum TypeRef {
    String {
        format: StringFormat,
    },
    Integer {
        format: IntegerFormat,
    },
    Number {
        format: NumberFormat,
    },
    Boolean,
    /// A named type in `Api::types`.
    Named {
        name: String,
    },
    Array {
        items: Box<TypeRef>,
    },
    /// A JSON object used as a map (`additionalProperties` without properties).
    Map {
        values: Box<TypeRef>,
    },
    /// Any JSON value: the untyped fallback.
    Any,
    Nullable {
        inner: Box<TypeRef>,
    },
    /// Exactly one JSON value (single-value enums, `const`, discriminator tags).
    Literal {
        value: serde_json::Value,
    },
}

impl TypeRef {
    pub fn named(name: impl Into<String>) -> Self {
        TypeRef::Named { name: name.into() }
    }
    pub fn array(items: TypeRef) -> Self {
        TypeRef::Array { items: Box::new(items) }
    }
    pub fn map(values: TypeRef) -> Self {
        TypeRef::Map { values: Box::new(values) }
    }
    /// Wraps in `Nullable` unless already nullable (or `Any`, which includes null).
    pub fn nullable(self) -> Self {
        match self {
            TypeRef::Nullable { .. } | TypeRef::Any => self,
            other => TypeRef::Nullable { inner: Box::new(other) },
        }
    }
    pub fn is_nullable(&self) -> bool {
        matches!(self, TypeRef::Nullable { .. } | TypeRef::Any)
    }
    /// The type without its nullability.
    pub fn non_null(&self) -> &TypeRef {
        match self {
            TypeRef::Nullable { inner } => inner,
            other => other,
        }
    }
    pub fn string() -> Self {
        TypeRef::String { format: StringFormat::Plain }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum StringFormat {
    Plain,
    DateTime,
    Date,
    Uuid,
    Email,
    Uri,
    /// base64 in JSON; stays a string in every SDK.
    Byte,
    /// Raw bytes (file uploads, octet-stream bodies).
    Binary,
    Password,
}

impl StringFormat {
    /// The value the SDKs' tests send for this format when the spec gives none (every one is
    /// [`accepts`](Self::accepts)ed); `None` for formats any string satisfies.
    pub fn sample(self) -> Option<&'static str> {
        match self {
            StringFormat::DateTime => Some("2026-01-01T00:00:00Z"),
            StringFormat::Date => Some("2026-01-01"),
            StringFormat::Uuid => Some("00000000-0000-4000-8000-000000000000"),
            StringFormat::Email => Some("user@example.com"),
            StringFormat::Uri => Some("https://example.com"),
            StringFormat::Plain | StringFormat::Byte | StringFormat::Binary | StringFormat::Password => None,
        }
    }

    /// Whether `s` is a value of this format as a validating server checks it (Prism: ajv's
    /// formats): an example of the API that is not (train-travel's "uuid" `4f4e4e1-c824-...`) is
    /// not used as a test value. Stricter than needed is safe: the test then synthesises one.
    pub fn accepts(self, s: &str) -> bool {
        let digits = |t: &str| !t.is_empty() && t.bytes().all(|b| b.is_ascii_digit());
        let date = |t: &str| {
            let parts: Vec<&str> = t.split('-').collect();
            let [y, m, d] = parts.as_slice() else { return false };
            let (Ok(month), Ok(day)) = (m.parse::<u32>(), d.parse::<u32>()) else { return false };
            y.len() == 4
                && digits(y)
                && m.len() == 2
                && d.len() == 2
                && (1..=12).contains(&month)
                && (1..=31).contains(&day)
        };
        match self {
            StringFormat::Uuid => {
                let hex = s.strip_prefix("urn:uuid:").unwrap_or(s);
                let groups: Vec<&str> = hex.split('-').collect();
                groups.iter().map(|g| g.len()).eq([8, 4, 4, 4, 12])
                    && groups.iter().all(|g| g.bytes().all(|b| b.is_ascii_hexdigit()))
            }
            StringFormat::Date => date(s),
            StringFormat::DateTime => {
                let Some((d, time)) = s.split_once(['T', 't']) else { return false };
                let zone =
                    time.len() - time.trim_start_matches(|c: char| c.is_ascii_digit() || c == ':' || c == '.').len();
                let (clock, offset) = time.split_at(zone);
                let hms: Vec<&str> = clock.split('.').next().unwrap_or("").split(':').collect();
                // `Z`, or `+HH`, `+HHMM`, `+HH:MM` (ajv's pattern).
                let offset_ok = offset.eq_ignore_ascii_case("z")
                    || offset.strip_prefix(['+', '-']).is_some_and(|o| {
                        let o = if o.len() == 5 && o.as_bytes()[2] == b':' {
                            o.replacen(':', "", 1)
                        } else {
                            o.to_string()
                        };
                        (o.len() == 2 || o.len() == 4) && digits(&o)
                    });
                date(d) && hms.len() == 3 && hms.iter().all(|p| p.len() == 2 && digits(p)) && offset_ok
            }
            StringFormat::Email => s.split_once('@').is_some_and(|(local, domain)| {
                !local.is_empty()
                    && domain.contains('.')
                    && !domain.starts_with('.')
                    && !s.contains(char::is_whitespace)
                    && !domain.contains('@')
            }),
            StringFormat::Uri => s.split_once(':').is_some_and(|(scheme, rest)| {
                scheme.starts_with(|c: char| c.is_ascii_alphabetic())
                    && scheme.bytes().all(|b| b.is_ascii_alphanumeric() || b"+-.".contains(&b))
                    && !rest.is_empty()
                    && !s.contains(char::is_whitespace)
            }),
            StringFormat::Plain | StringFormat::Byte | StringFormat::Binary | StringFormat::Password => true,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::StringFormat;

    #[test]
    fn formats_accept_what_a_validating_server_accepts() {
        use StringFormat::*;
        let cases: &[(StringFormat, &str, bool)] = &[
            (Uuid, "efdbb9d1-02c2-4bc3-afb7-6788d8782b1e", true),
            (Uuid, "4f4e4e1-c824-4d63-b37a-d8d698862f1d", false),
            (Uuid, "string", false),
            (Date, "2026-01-31", true),
            (Date, "31-12-1980", false),
            (Date, "2026-13-01", false),
            (DateTime, "2026-01-01T00:00:00Z", true),
            (DateTime, "2026-01-01T00:00:00.123+02:00", true),
            (DateTime, "2026-01-01 00:00:00", false),
            (DateTime, "2026-01-01T00:00:00", false),
            (DateTime, "2021-01-17T12:34:00.000+0000", true),
            (DateTime, "2021-01-17T12:34:00+02", true),
            (DateTime, "2021-01-17T12:34:00+2:00", false),
            (Email, "user@example.com", true),
            (Email, "user at example", false),
            (Uri, "https://example.com/a?b", true),
            (Uri, "example.com", false),
            (Plain, "anything", true),
        ];
        for (format, value, ok) in cases {
            assert_eq!(format.accepts(value), *ok, "{format:?} {value}");
        }
        for format in [Plain, DateTime, Date, Uuid, Email, Uri, Byte, Binary, Password] {
            assert!(format.sample().is_none_or(|s| format.accepts(s)), "{format:?}");
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum IntegerFormat {
    Plain,
    Int32,
    Int64,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum NumberFormat {
    Plain,
    Float,
    Double,
}

/// A named type.
#[derive(Debug, Clone, Serialize)]
pub struct TypeDef {
    /// PascalCase, unique across the API.
    pub name: String,
    pub doc: Option<String>,
    /// JSON pointer of the schema it came from.
    pub origin: String,
    pub kind: TypeKind,
    /// An alias or union that reaches itself again through aliases and unions with only arrays,
    /// maps and nullability in between, never an object property (`Tree: {additionalProperties:
    /// {$ref: Tree}}`). A structural alias of it is circular (`type Tree = Record<string, Tree>` in
    /// TypeScript, `type Tree = BTreeMap<String, Tree>` in Rust), so targets give it a nominal type:
    /// an interface with an index signature, a newtype struct. Set by lowering, once.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub recursive_without_indirection: bool,
}

#[derive(Debug, Clone, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum TypeKind {
    Object(ObjectType),
    Enum(EnumType),
    Union(UnionType),
    /// Another name for a type (`type Tags = Vec<String>`), or a nullable wrapper.
    Alias {
        target: TypeRef,
    },
}

#[derive(Debug, Clone, Serialize)]
pub struct ObjectType {
    /// Properties in spec order (after allOf merging), names unique.
    pub properties: Vec<Property>,
    /// Type of the extra properties: `Some(Any)` for `true`, `Some(T)` for a schema. `None` when the
    /// spec says `false` or does not say (extra properties are then ignored by readers).
    pub additional_properties: Option<TypeRef>,
    /// The spec said `additionalProperties: false`.
    pub closed: bool,
}

#[derive(Debug, Clone, Serialize)]
pub struct Property {
    pub name: String,
    pub wire_name: String,
    /// `Nullable` when the value may be null.
    pub type_: TypeRef,
    pub required: bool,
    pub read_only: bool,
    pub write_only: bool,
    pub deprecated: bool,
    pub doc: Option<String>,
    pub default: Option<serde_json::Value>,
    pub example: Option<serde_json::Value>,
    /// The validation keywords of the property's own schema (see `Input::constraints`).
    #[serde(flatten)]
    pub constraints: super::Constraints,
}

impl Property {
    /// The value a synthesised test object gives this property: its example, else its default,
    /// when `accepts` it (of its type as the target reads it) and it meets its constraints; else
    /// `synthesised()` brought within them (see `Constraints::value`).
    pub fn sample_value(
        &self,
        accepts: impl Fn(&serde_json::Value) -> bool,
        synthesised: impl FnOnce() -> serde_json::Value,
    ) -> serde_json::Value {
        [&self.example, &self.default]
            .into_iter()
            .flatten()
            .find(|v| accepts(v) && self.constraints.fits(v, &self.type_))
            .cloned()
            .unwrap_or_else(|| self.constraints.value(synthesised(), &self.type_))
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct EnumType {
    pub repr: EnumRepr,
    pub values: Vec<EnumValue>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum EnumRepr {
    String,
    Integer,
    /// Values of several JSON types (strings and numbers...).
    Mixed,
}

#[derive(Debug, Clone, Serialize)]
pub struct EnumValue {
    pub value: serde_json::Value,
    /// snake_case, unique within the enum: `month`, `value_1`.
    pub name: String,
    pub doc: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct UnionType {
    /// `oneOf` (exactly one variant matches) or `anyOf`.
    pub exclusive: bool,
    /// Wire name of the discriminator property, when there is one.
    pub discriminator: Option<String>,
    pub variants: Vec<UnionVariant>,
}

#[derive(Debug, Clone, Serialize)]
pub struct UnionVariant {
    /// PascalCase, unique within the union: the variant's type name or a derived one.
    pub name: String,
    pub type_: TypeRef,
    /// Discriminator values that select this variant, as JSON values: strings from the mapping or
    /// the schema name, or the variant's own literal (`true` for `mfaRequired: {enum: [true]}`).
    /// Empty when the union has no discriminator.
    pub tags: Vec<serde_json::Value>,
}
