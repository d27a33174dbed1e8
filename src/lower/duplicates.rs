//! Types that no operation uses and that repeat another type's structure become aliases of it.
//!
//! Large descriptions inline the same objects again and again in schemas that no operation reaches
//! (GitHub's webhook payloads: 4,423 such objects and enums, under 1,000 distinct structures). As
//! aliases they keep every public name, and the compilers and type checkers of the SDKs check each
//! structure once. Types that operations send or receive (request bodies included) are left as they are: their shapes are
//! the SDK's surface, and `sdkgen diff` judges changes to them.
//!
//! Two types have the same structure when their kinds are equal (properties with their names, wire
//! names, types, flags, docs, defaults and examples; enum values with their docs) once every
//! reference names its class's representative. Classes are merged until nothing changes, starting
//! from every type apart: a least fixpoint, so two cycles of look-alike types stay apart, which is
//! safe. The representative is a used type of the class if there is one, else its first type in
//! document order. The alias keeps its own name, doc and origin.

use std::collections::HashMap;

use crate::ir::reach;
use crate::ir::{Api, TypeKind, TypeRef};

/// At most this many rounds of merging (each round merges what the previous merges made equal;
/// GitHub's description settles in four).
const MAX_ROUNDS: usize = 64;

/// Turns every duplicate among the types no operation uses into an alias of its representative.
pub fn alias_duplicates(api: &mut Api) {
    let (mut sent, received) = reach::usage(api);
    // Flattened request bodies are still types of the SDK's surface (`GistsUpdateCommentRequest`).
    let mut bodies = std::collections::BTreeSet::new();
    for op in api.services.iter().flat_map(|s| &s.operations) {
        if let Some(body) = &op.body {
            reach::named_refs(&body.type_, &mut bodies);
        }
    }
    sent.extend(reach::reach(api, bodies));
    let structural = |kind: &TypeKind| matches!(kind, TypeKind::Object(_) | TypeKind::Enum(_));
    let candidates: Vec<String> = api
        .types
        .iter()
        .filter(|(name, def)| structural(&def.kind) && !sent.contains(*name) && !received.contains(*name))
        .map(|(name, _)| name.clone())
        .collect();
    if candidates.is_empty() {
        return;
    }
    // Used types refer only to used types, which never become aliases: their keys are fixed.
    let mut used_keys: HashMap<String, String> = HashMap::new();
    for (name, def) in &api.types {
        if structural(&def.kind) && (sent.contains(name) || received.contains(name)) {
            used_keys.entry(key(&def.kind, &HashMap::new())).or_insert_with(|| name.clone());
        }
    }
    let mut alias_of: HashMap<String, String> = HashMap::new();
    for _ in 0..MAX_ROUNDS {
        let mut first = used_keys.clone();
        let mut next: HashMap<String, String> = HashMap::new();
        for name in &candidates {
            let k = key(&api.types[name].kind, &alias_of);
            let representative = first.entry(k).or_insert_with(|| name.clone());
            if representative != name {
                next.insert(name.clone(), representative.clone());
            }
        }
        let settled = next == alias_of;
        alias_of = next;
        if settled {
            break;
        }
    }
    for (name, target) in alias_of {
        if let Some(def) = api.types.get_mut(&name) {
            def.kind = TypeKind::Alias { target: TypeRef::Named { name: target } };
        }
    }
}

/// The structure of a kind: its JSON form with each reference renamed to its representative.
fn key(kind: &TypeKind, alias_of: &HashMap<String, String>) -> String {
    let mut kind = kind.clone();
    let rename = |t: &mut TypeRef| rename_refs(t, alias_of);
    match &mut kind {
        TypeKind::Object(o) => {
            o.properties.iter_mut().for_each(|p| rename(&mut p.type_));
            if let Some(extra) = &mut o.additional_properties {
                rename(extra);
            }
        }
        TypeKind::Union(u) => u.variants.iter_mut().for_each(|v| rename(&mut v.type_)),
        TypeKind::Alias { target } => rename(target),
        TypeKind::Enum(_) => {}
    }
    serde_json::to_string(&kind).unwrap_or_default()
}

fn rename_refs(t: &mut TypeRef, alias_of: &HashMap<String, String>) {
    match t {
        TypeRef::Named { name } => {
            if let Some(target) = alias_of.get(name) {
                name.clone_from(target);
            }
        }
        TypeRef::Array { items } => rename_refs(items, alias_of),
        TypeRef::Map { values } => rename_refs(values, alias_of),
        TypeRef::Nullable { inner } => rename_refs(inner, alias_of),
        _ => {}
    }
}
