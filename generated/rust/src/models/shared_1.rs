//! The models several features need: compiled with any of them (see [`models`](super)).

use serde_json::Value;
use std::collections::BTreeMap;

/// Free-form JSON attributes (string keys, any JSON values) attached by the caller; stored and returned as given.
pub type Metadata = BTreeMap<String, Value>;
