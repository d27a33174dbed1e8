//! What a schema allows of a value beyond its type (JSON Schema's validation keywords), for the
//! values the generated tests send: a validating server (Prism) refuses a `per_page` of 1 where
//! `minimum: 10`, a `"string"` where `minLength: 8`, a list of one where `minItems: 2`, and a
//! string that misses the `pattern`. The tests keep an example that fits, and otherwise send the
//! target's sample of the type brought within the constraints ([`Constraints::value`]).

use serde::Serialize;
use serde_json::Value;

use super::{pattern, StringFormat, TypeRef};

/// The validation keywords of an input's or property's own schema, as written. Each applies to
/// values of its kind only: bounds to numbers, lengths and the pattern to plain strings (an enum's
/// values are its type), item counts to lists.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Constraints {
    /// An ECMA-262 regular expression a string must match somewhere.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub pattern: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub min_length: Option<usize>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub max_length: Option<usize>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub minimum: Option<f64>,
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub exclusive_minimum: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub maximum: Option<f64>,
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub exclusive_maximum: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub multiple_of: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub min_items: Option<usize>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub max_items: Option<usize>,
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub unique_items: bool,
}

/// Which of the constraints apply to a value of a type.
enum Kind {
    Text,
    Integer,
    Number,
    List,
    Other,
}

fn kind(type_: &TypeRef) -> Kind {
    match type_.non_null() {
        TypeRef::String { format } if *format != StringFormat::Binary => Kind::Text,
        TypeRef::Integer { .. } => Kind::Integer,
        TypeRef::Number { .. } => Kind::Number,
        TypeRef::Array { .. } => Kind::List,
        _ => Kind::Other,
    }
}

impl Constraints {
    pub fn is_empty(&self) -> bool {
        *self == Constraints::default()
    }

    /// Whether `value` may be sent as a value of `type_` (null always may: nullability is the
    /// type's). A pattern the `regex` crate cannot read accepts anything.
    pub fn fits(&self, value: &Value, type_: &TypeRef) -> bool {
        match (kind(type_), value) {
            (Kind::Text, Value::String(s)) => {
                let chars = s.chars().count();
                self.min_length.is_none_or(|n| chars >= n)
                    && self.max_length.is_none_or(|n| chars <= n)
                    && self.pattern.as_deref().is_none_or(|p| pattern::matches(p, s).unwrap_or(true))
            }
            (Kind::Integer | Kind::Number, Value::Number(n)) => n.as_f64().is_some_and(|x| self.number_fits(x)),
            (Kind::List, Value::Array(items)) => {
                self.min_items.is_none_or(|n| items.len() >= n)
                    && self.max_items.is_none_or(|n| items.len() <= n)
                    && (!self.unique_items || items.iter().enumerate().all(|(i, a)| !items[..i].contains(a)))
            }
            _ => true,
        }
    }

    fn number_fits(&self, x: f64) -> bool {
        let above = match self.minimum {
            Some(m) if self.exclusive_minimum => x > m,
            Some(m) => x >= m,
            None => true,
        };
        let below = match self.maximum {
            Some(m) if self.exclusive_maximum => x < m,
            Some(m) => x <= m,
            None => true,
        };
        let multiple = match self.multiple_of {
            Some(m) if m > 0.0 => {
                let q = x / m;
                (q - q.round()).abs() < 1e-9
            }
            _ => true,
        };
        above && below && multiple
    }

    /// The value a generated test sends for a value of `type_` that has no example that fits:
    /// `synthesised` (the target's sample of the type) when it fits, else the sample brought
    /// within the constraints (a string generated from the pattern, padded or cut to its length;
    /// a number within the bounds, a multiple where one is asked for; a list repeated or cut),
    /// else `synthesised` still (constraints no value meets).
    pub fn value(&self, synthesised: Value, type_: &TypeRef) -> Value {
        if self.fits(&synthesised, type_) {
            return synthesised;
        }
        let candidates = match (kind(type_), &synthesised) {
            (Kind::Text, Value::String(s)) => self.text_candidates(s),
            (Kind::Integer, _) => self.number_candidates(true),
            (Kind::Number, _) => self.number_candidates(false),
            (Kind::List, Value::Array(items)) => self.list_candidates(items),
            _ => Vec::new(),
        };
        candidates.into_iter().find(|v| self.fits(v, type_)).unwrap_or(synthesised)
    }

    fn text_candidates(&self, sample: &str) -> Vec<Value> {
        // The pattern decides the shape; lengths only adjust a sample the pattern does not constrain.
        if let Some(p) = &self.pattern {
            return pattern::generate(p).map(Value::String).into_iter().collect();
        }
        let base: Vec<char> = if sample.is_empty() { vec!['x'] } else { sample.chars().collect() };
        let len = match (self.min_length, self.max_length) {
            (Some(min), _) if base.len() < min => min,
            (_, Some(max)) if base.len() > max => max,
            _ => base.len(),
        };
        vec![Value::String(base.iter().cycle().take(len).collect())]
    }

    fn number_candidates(&self, integer: bool) -> Vec<Value> {
        let step = self.multiple_of.filter(|m| *m > 0.0);
        let mut raw = Vec::new();
        match (self.minimum, self.maximum) {
            (Some(lo), Some(hi)) => raw.extend([(lo + hi) / 2.0, lo, hi]),
            (Some(lo), None) => raw.extend([lo, lo + 1.0]),
            (None, Some(hi)) => raw.extend([hi, hi - 1.0]),
            (None, None) => {}
        }
        // The bounds themselves fail when exclusive: a step inside does not.
        for x in raw.clone() {
            raw.extend([x + 1.0, x - 1.0, x + 0.5, x - 0.5]);
        }
        if let Some(m) = step {
            raw = raw.into_iter().flat_map(|x| [(x / m).ceil() * m, (x / m).floor() * m]).collect();
            raw.push(m);
        }
        raw.push(1.0);
        raw.push(0.0);
        raw.into_iter()
            .filter(|x| x.is_finite() && (!integer || x.fract() == 0.0))
            .filter_map(|x| match integer {
                // Within i64, as the targets write integers.
                true if x.abs() < 9.0e15 => Some(Value::from(x as i64)),
                true => None,
                false => serde_json::Number::from_f64(x).map(Value::Number),
            })
            .collect()
    }

    fn list_candidates(&self, items: &[Value]) -> Vec<Value> {
        match (self.min_items, self.max_items) {
            (Some(min), _) if items.len() < min && !items.is_empty() => {
                vec![Value::Array(items.iter().cycle().take(min).cloned().collect())]
            }
            (_, Some(max)) if items.len() > max => vec![Value::Array(items[..max].to_vec())],
            _ => Vec::new(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn integer() -> TypeRef {
        TypeRef::Integer { format: crate::ir::IntegerFormat::Plain }
    }

    #[test]
    fn numbers_are_brought_within_their_bounds() {
        let per_page = Constraints { minimum: Some(10.0), maximum: Some(100.0), ..Default::default() };
        assert_eq!(per_page.value(Value::from(1), &integer()), Value::from(55));
        assert!(per_page.fits(&Value::from(10), &integer()) && !per_page.fits(&Value::from(101), &integer()));
        let positive = Constraints { minimum: Some(0.0), exclusive_minimum: true, ..Default::default() };
        assert_eq!(positive.value(Value::from(0), &integer()), Value::from(1));
        let negative = Constraints { maximum: Some(-5.0), ..Default::default() };
        assert_eq!(negative.value(Value::from(1), &integer()), Value::from(-5));
        let tens = Constraints { minimum: Some(15.0), multiple_of: Some(10.0), ..Default::default() };
        assert_eq!(tens.value(Value::from(1), &integer()), Value::from(20));
        let ratio =
            Constraints { minimum: Some(0.0), maximum: Some(1.0), exclusive_maximum: true, ..Default::default() };
        let number = TypeRef::Number { format: crate::ir::NumberFormat::Plain };
        assert_eq!(ratio.value(Value::from(1.0), &number), Value::from(0.5));
        // Bounds no value meets leave the sample as it is.
        let empty = Constraints { minimum: Some(2.0), maximum: Some(1.0), ..Default::default() };
        assert_eq!(empty.value(Value::from(1), &integer()), Value::from(1));
    }

    #[test]
    fn strings_and_lists_get_their_lengths() {
        let text = TypeRef::string();
        let long = Constraints { min_length: Some(10), ..Default::default() };
        assert_eq!(long.value(Value::from("string"), &text), Value::from("stringstri"));
        let short = Constraints { max_length: Some(3), ..Default::default() };
        assert_eq!(short.value(Value::from("example"), &text), Value::from("exa"));
        let list = TypeRef::Array { items: Box::new(text.clone()) };
        let two = Constraints { min_items: Some(2), ..Default::default() };
        assert_eq!(two.value(serde_json::json!(["a"]), &list), serde_json::json!(["a", "a"]));
        let unique = Constraints { min_items: Some(2), unique_items: true, ..Default::default() };
        assert_eq!(unique.value(serde_json::json!(["a"]), &list), serde_json::json!(["a"]));
        // An enum's values are its type: a pattern or a length does not apply to them.
        let kind = TypeRef::Named { name: "Kind".into() };
        assert!(short.fits(&Value::from("example"), &kind));
    }
}
