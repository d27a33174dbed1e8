//! The models several features need: compiled with any of them (see [`models`](super)).

use serde_json::Value;
use std::collections::BTreeMap;

/// No payload; `data` is always `{}`.
pub type Empty = BTreeMap<String, Value>;
