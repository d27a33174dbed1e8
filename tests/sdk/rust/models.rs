//! Gatekeeper's model structs on the wire: each reads its JSON properties through the crate's
//! `ReadObject` (not serde's derive) and writes them through the derived `Serialize`. Copied into
//! the crate's tests by scripts/test-rust.

use gatekeeper_sdk::models::{ApiKey, KeyQuota, KeyStatus, QuotaPeriod};
use serde_json::{json, Value};

fn api_key() -> Value {
    json!({
        "id": "key_1",
        "tenantId": "ten_1",
        "name": "ci",
        "prefix": "gk_live_ab",
        "scopes": ["read"],
        "status": "active",
        "quota": {"limit": 100, "period": "day"},
        "expiresAt": null,
        "lastUsedAt": "2026-01-02T03:04:05Z",
        "useCount": 7,
        "metadata": {"team": "infra", "tier": 2},
        "createdAt": "2026-01-01T00:00:00Z",
        "revokedAt": null
    })
}

#[test]
fn a_full_record_reads_and_writes_back_unchanged() {
    let key: ApiKey = serde_json::from_value(api_key()).unwrap();
    assert_eq!(key.tenant_id, "ten_1");
    assert_eq!(key.status, KeyStatus::Active);
    assert_eq!(key.quota.as_ref().map(|q| q.limit), Some(100));
    assert_eq!(key.metadata.as_ref().and_then(|m| m.get("tier")), Some(&json!(2)));
    assert_eq!(serde_json::to_value(&key).unwrap(), api_key());
    // From text too, as a user reading a stored record would.
    let text = api_key().to_string();
    assert_eq!(serde_json::from_str::<ApiKey>(&text).unwrap(), key);
}

#[test]
fn absent_properties_read_as_none_and_unknown_ones_are_ignored() {
    let mut wire = api_key();
    let object = wire.as_object_mut().unwrap();
    // Optional (`quota`, `metadata`) and required but nullable (`expiresAt`).
    for name in ["quota", "metadata", "expiresAt"] {
        object.remove(name);
    }
    object.insert("addedLater".into(), json!({"x": 1}));
    let key: ApiKey = serde_json::from_value(wire).unwrap();
    assert_eq!((key.quota.as_ref(), key.metadata.as_ref(), key.expires_at.as_ref()), (None, None, None));
    // Written back: optional properties left out, nullable ones as null.
    let back = serde_json::to_value(&key).unwrap();
    assert!(back.get("quota").is_none() && back.get("addedLater").is_none());
    assert_eq!(back["expiresAt"], Value::Null);
    let quota: KeyQuota = serde_json::from_value(json!({"limit": 5})).unwrap();
    assert_eq!((quota.limit, quota.period), (5, None));
    let quota: KeyQuota = serde_json::from_value(json!({"limit": 5, "period": "month"})).unwrap();
    assert_eq!(quota.period, Some(QuotaPeriod::Month));
}

#[test]
fn errors_name_the_property() {
    let mut wire = api_key();
    wire.as_object_mut().unwrap().remove("createdAt");
    let error = serde_json::from_value::<ApiKey>(wire).unwrap_err().to_string();
    assert_eq!(error, "missing field `createdAt`");
    let mut wire = api_key();
    wire["quota"]["limit"] = json!("many");
    let error = serde_json::from_value::<ApiKey>(wire).unwrap_err().to_string();
    assert!(error.starts_with("/quota/limit: invalid type: string \"many\""), "{error}");
    let error = serde_json::from_value::<ApiKey>(json!("key_1")).unwrap_err().to_string();
    assert!(error.contains("expected a map"), "{error}");
}
