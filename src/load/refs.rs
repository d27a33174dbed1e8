//! Canonical references. The rest of the pipeline resolves only `#/components/<kind>/<name>`;
//! real documents also point deeper (`#/components/schemas/Disk/properties/filesystem`,
//! `#/paths/~1jobs/get/responses/401`) and percent-encode their fragments (`%7Bid%7D`), both
//! valid JSON pointers in a URI fragment (RFC 6901 §6). This pass runs on the JSON value before
//! conversion: it decodes every local reference, and copies each deep target into
//! `components/<kind>/<derived name>` (once per target, so recursive targets stay recursive
//! through the new name) and points the references there. A reference that leads nowhere is
//! left as it is, for the resolver to report with its location.

use std::collections::HashMap;

use serde_json::{Map, Value};

use crate::diagnostics::{pointer_escape, pointer_unescape};
use crate::naming;

/// Rounds of hoisting: a copied target may itself hold deep references.
const MAX_ROUNDS: usize = 16;

/// Keywords whose presence in a pointer means the target sits inside a schema.
const SCHEMA_KEYWORDS: &[&str] =
    &["schema", "properties", "items", "allOf", "oneOf", "anyOf", "not", "additionalProperties"];

/// Segments that say where something is, not what it is: left out of derived names.
const STRUCTURAL: &[&str] = &[
    "components",
    "schemas",
    "paths",
    "properties",
    "items",
    "allOf",
    "oneOf",
    "anyOf",
    "content",
    "schema",
    "parameters",
    "responses",
    "requestBodies",
    "requestBody",
    "headers",
    "examples",
];

/// Rewrites the local references of `root` into canonical component references.
pub fn canonicalize(root: &mut Map<String, Value>) {
    let mut hoisted: HashMap<String, String> = HashMap::new();
    for _ in 0..MAX_ROUNDS {
        let mut added = Vec::new();
        for reference in collect_refs(root) {
            if hoisted.contains_key(&reference) {
                continue;
            }
            let Some(segments) = segments_of(&reference) else { continue };
            let canonical = match segments.as_slice() {
                [components, kind, name] if components == "components" => {
                    format!("#/components/{kind}/{}", pointer_escape(name))
                }
                _ => {
                    let Some(target) = lookup(root, &segments) else { continue };
                    let kind = kind_of(&segments);
                    let name = unique_name(root, &added, kind, &segments);
                    added.push((kind, name.clone(), target.clone()));
                    format!("#/components/{kind}/{}", pointer_escape(&name))
                }
            };
            if canonical != reference {
                hoisted.insert(reference, canonical);
            }
        }
        let grew = !added.is_empty();
        for (kind, name, value) in added {
            let components = root.entry("components").or_insert_with(|| Value::Object(Map::new()));
            if let Value::Object(components) = components {
                if let Value::Object(section) =
                    components.entry(kind.to_string()).or_insert_with(|| Value::Object(Map::new()))
                {
                    section.insert(name, value);
                }
            }
        }
        if !hoisted.is_empty() {
            rewrite(root, &hoisted);
        }
        if !grew {
            return;
        }
    }
}

/// Every local reference in the document, in document order.
fn collect_refs(root: &Map<String, Value>) -> Vec<String> {
    fn walk(v: &Value, out: &mut Vec<String>) {
        match v {
            Value::Object(m) => {
                if let Some(Value::String(r)) = m.get("$ref") {
                    if r.starts_with('#') && !is_plain_component_ref(r) {
                        out.push(r.clone());
                    }
                }
                m.values().for_each(|x| walk(x, out));
            }
            Value::Array(a) => a.iter().for_each(|x| walk(x, out)),
            _ => {}
        }
    }
    let mut out = Vec::new();
    root.values().for_each(|v| walk(v, &mut out));
    out
}

/// `#/components/<kind>/<name>` with nothing to decode: already what the resolver reads.
fn is_plain_component_ref(reference: &str) -> bool {
    reference.strip_prefix("#/components/").is_some_and(|rest| rest.matches('/').count() == 1 && !rest.contains('%'))
}

fn rewrite(root: &mut Map<String, Value>, hoisted: &HashMap<String, String>) {
    fn walk(v: &mut Value, hoisted: &HashMap<String, String>) {
        match v {
            Value::Object(m) => {
                if let Some(Value::String(r)) = m.get_mut("$ref") {
                    if let Some(canonical) = hoisted.get(r.as_str()) {
                        *r = canonical.clone();
                    }
                }
                m.values_mut().for_each(|x| walk(x, hoisted));
            }
            Value::Array(a) => a.iter_mut().for_each(|x| walk(x, hoisted)),
            _ => {}
        }
    }
    root.values_mut().for_each(|v| walk(v, hoisted));
}

/// The decoded segments of a local reference (`#/a/b%7Bc%7D` → `a`, `b{c}`).
fn segments_of(reference: &str) -> Option<Vec<String>> {
    let fragment = reference.strip_prefix('#')?;
    let decoded = percent_encoding::percent_decode_str(fragment).decode_utf8().ok()?;
    let rest = decoded.strip_prefix('/')?;
    Some(rest.split('/').map(pointer_unescape).collect())
}

fn lookup<'v>(root: &'v Map<String, Value>, segments: &[String]) -> Option<&'v Value> {
    let (first, rest) = segments.split_first()?;
    let mut current = root.get(first)?;
    for segment in rest {
        current = match current {
            Value::Object(m) => m.get(segment)?,
            Value::Array(a) => a.get(segment.parse::<usize>().ok()?)?,
            _ => return None,
        };
    }
    Some(current)
}

/// Which component section a deep target belongs in, from where it sits.
fn kind_of(segments: &[String]) -> &'static str {
    // Inside a schema (below `components/schemas/X`, or below a schema keyword): a schema.
    let in_schema = (segments.first().is_some_and(|s| s == "components")
        && segments.get(1).is_some_and(|s| s == "schemas"))
        || segments.iter().any(|s| SCHEMA_KEYWORDS.contains(&s.as_str()));
    if in_schema {
        return "schemas";
    }
    let parent = segments.len().checked_sub(2).and_then(|i| segments.get(i)).map(String::as_str);
    match (parent, segments.last().map(String::as_str)) {
        (Some("parameters"), _) => "parameters",
        (Some("responses"), _) => "responses",
        (_, Some("requestBody")) => "requestBodies",
        (Some("requestBodies"), _) => "requestBodies",
        (Some("headers"), _) => "headers",
        (Some("examples"), _) => "examples",
        _ => "schemas",
    }
}

/// A component name derived from the target's location, unused in its section.
fn unique_name(
    root: &Map<String, Value>,
    pending: &[(&str, String, Value)],
    kind: &str,
    segments: &[String],
) -> String {
    let words: Vec<&str> = segments
        .iter()
        .map(String::as_str)
        .filter(|s| !STRUCTURAL.contains(s) && !s.chars().all(|c| c.is_ascii_digit()))
        .collect();
    let base = naming::pascal(&words.join("_"));
    let taken = |name: &str| {
        pending.iter().any(|(k, n, _)| *k == kind && n == name)
            || root
                .get("components")
                .and_then(|c| c.get(kind))
                .and_then(Value::as_object)
                .is_some_and(|section| section.contains_key(name))
    };
    let mut name = base.clone();
    let mut n = 2;
    while taken(&name) {
        name = format!("{base}{n}");
        n += 1;
    }
    name
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn run(doc: Value) -> Value {
        let Value::Object(mut root) = doc else { unreachable!() };
        canonicalize(&mut root);
        Value::Object(root)
    }

    #[test]
    fn deep_schema_references_point_at_a_hoisted_copy() {
        let out = run(json!({
            "components": {"schemas": {
                "Disk": {"type": "object", "properties": {"filesystem": {"type": "string", "enum": ["ext4"]}}},
                "Backup": {"type": "object", "properties": {"fs": {"$ref": "#/components/schemas/Disk/properties/filesystem"}}}
            }}
        }));
        assert_eq!(
            out["components"]["schemas"]["Backup"]["properties"]["fs"]["$ref"],
            "#/components/schemas/DiskFilesystem"
        );
        assert_eq!(out["components"]["schemas"]["DiskFilesystem"]["enum"], json!(["ext4"]));
    }

    #[test]
    fn percent_encoded_path_references_are_decoded_and_hoisted() {
        let out = run(json!({
            "paths": {
                "/a/{id}": {"get": {"parameters": [{"name": "id", "in": "path", "required": true, "schema": {"type": "string"}}],
                                     "responses": {"401": {"description": "no"}}}},
                "/b/{id}": {"get": {"parameters": [{"$ref": "#/paths/~1a~1%7Bid%7D/get/parameters/0"}],
                                     "responses": {"401": {"$ref": "#/paths/~1a~1%7Bid%7D/get/responses/401"}}}}
            }
        }));
        let get = &out["paths"]["/b/{id}"]["get"];
        let param = get["parameters"][0]["$ref"].as_str().unwrap();
        let response = get["responses"]["401"]["$ref"].as_str().unwrap();
        assert!(param.starts_with("#/components/parameters/"), "{param}");
        assert!(response.starts_with("#/components/responses/"), "{response}");
        let name = param.rsplit('/').next().unwrap();
        assert_eq!(out["components"]["parameters"][name]["name"], "id");
    }

    #[test]
    fn recursive_deep_targets_stay_recursive() {
        let out = run(json!({
            "components": {"schemas": {
                "Tree": {"type": "object", "properties": {"node": {"type": "object", "properties": {
                    "children": {"type": "array", "items": {"$ref": "#/components/schemas/Tree/properties/node"}}}}}}
            }}
        }));
        let node = &out["components"]["schemas"]["TreeNode"];
        assert_eq!(node["properties"]["children"]["items"]["$ref"], "#/components/schemas/TreeNode");
    }

    #[test]
    fn encoded_component_references_are_decoded_and_dangling_ones_left_alone() {
        let out = run(json!({
            "components": {"schemas": {"A B": {"type": "string"},
                "C": {"type": "object", "properties": {
                    "x": {"$ref": "#/components/schemas/A%20B"},
                    "y": {"$ref": "#/components/schemas/Missing/properties/z"}}}}}
        }));
        assert_eq!(out["components"]["schemas"]["C"]["properties"]["x"]["$ref"], "#/components/schemas/A B");
        assert_eq!(
            out["components"]["schemas"]["C"]["properties"]["y"]["$ref"],
            "#/components/schemas/Missing/properties/z"
        );
    }
}
