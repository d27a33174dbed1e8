//! Types that no operation uses and that repeat another type's structure become aliases of it.
//!
//! Large descriptions inline the same objects again and again in schemas that no operation reaches
//! (GitHub's webhook payloads: 4,423 such objects and enums, under 1,000 distinct structures). As
//! aliases they keep every public name, and the compilers and type checkers of the SDKs check each
//! structure once. Types of the SDKs' surface (`reach::surface`: what operations send or receive,
//! request bodies included) are left as they are: `sdkgen diff` judges changes to their shapes.
//!
//! Two types have the same structure when their kinds are equal (properties with their names, wire
//! names, types, flags, docs, defaults and examples; enum values with their docs) once every
//! reference names its class's representative. Classes are merged until nothing changes, starting
//! from every type apart: a least fixpoint, so two cycles of look-alike types stay apart, which is
//! safe. The representative is a used type of the class if there is one, else its first type in
//! document order. The alias keeps its own name, doc and origin.

use foldhash::{HashMap, HashMapExt};

use crate::ir::reach;
use crate::ir::{Api, TypeKind, TypeRef};

/// At most this many rounds of merging (each round merges what the previous merges made equal;
/// GitHub's description settles in four).
const MAX_ROUNDS: usize = 64;

/// A type's structure: its kind's JSON with every reference blanked (interned as `base`), and the
/// indexes (in `Api::types`) of the types it refers to, in order.
struct Shape {
    base: u32,
    refs: Vec<usize>,
}

/// Turns every duplicate among the types no operation uses into an alias of its representative.
pub fn alias_duplicates(api: &mut Api) {
    // The same line as the targets draw: what the services, scopes and constants name, request
    // bodies included (`GistsUpdateCommentRequest`), with everything it reaches.
    let surface = reach::surface(api);
    let used = |name: &str| surface.contains(name);
    let structural = |kind: &TypeKind| matches!(kind, TypeKind::Object(_) | TypeKind::Enum(_));
    let candidates: Vec<usize> = api
        .types
        .iter()
        .enumerate()
        .filter(|(_, (name, def))| structural(&def.kind) && !used(name))
        .map(|(i, _)| i)
        .collect();
    if candidates.is_empty() {
        return;
    }
    let shapes = shapes(api);
    // Used types refer only to used types, which never become aliases: their keys are fixed.
    let mut used_keys: HashMap<(u32, Vec<usize>), usize> = HashMap::new();
    for (i, (name, _)) in api.types.iter().enumerate() {
        if let (Some(shape), true) = (&shapes[i], used(name)) {
            used_keys.entry((shape.base, shape.refs.clone())).or_insert(i);
        }
    }
    let mut alias_of: HashMap<usize, usize> = HashMap::new();
    let mut first: HashMap<(u32, Vec<usize>), usize> = HashMap::new();
    for _ in 0..MAX_ROUNDS {
        first.clear();
        let mut next: HashMap<usize, usize> = HashMap::new();
        for &i in &candidates {
            let Some(shape) = &shapes[i] else { continue };
            let key = (shape.base, shape.refs.iter().map(|r| *alias_of.get(r).unwrap_or(r)).collect());
            let representative = match used_keys.get(&key) {
                Some(&used) => used,
                None => *first.entry(key).or_insert(i),
            };
            if representative != i {
                next.insert(i, representative);
            }
        }
        let settled = next == alias_of;
        alias_of = next;
        if settled {
            break;
        }
    }
    let mut aliases: Vec<(usize, usize)> = alias_of.into_iter().collect();
    aliases.sort_unstable();
    for (i, target) in aliases {
        let target = api.types.get_index(target).map(|(name, _)| name.clone()).unwrap_or_default();
        if let Some((_, def)) = api.types.get_index_mut(i) {
            def.kind = TypeKind::Alias { target: TypeRef::Named { name: target } };
        }
    }
}

/// The shape of every object and enum (in parallel: one serialisation per type).
fn shapes(api: &Api) -> Vec<Option<Shape>> {
    use rayon::prelude::*;
    let blanked: Vec<Option<(String, Vec<usize>)>> = api
        .types
        .par_values()
        .map(|def| {
            let mut kind = def.kind.clone();
            let mut refs = Vec::new();
            let mut blank = |t: &mut TypeRef| blank_refs(t, &mut |name| refs.push(api.types.get_index_of(name)));
            match &mut kind {
                TypeKind::Object(o) => {
                    o.properties.iter_mut().for_each(|p| blank(&mut p.type_));
                    if let Some(extra) = &mut o.additional_properties {
                        blank(extra);
                    }
                }
                TypeKind::Enum(_) => {}
                TypeKind::Union(_) | TypeKind::Alias { .. } => return None,
            }
            // A reference to a type the API does not define: nothing to compare it with.
            let refs: Option<Vec<usize>> = refs.into_iter().collect();
            Some((serde_json::to_string(&kind).unwrap_or_default(), refs?))
        })
        .collect();
    let mut interned: HashMap<String, u32> = HashMap::new();
    blanked
        .into_iter()
        .map(|b| {
            b.map(|(json, refs)| {
                let next = u32::try_from(interned.len()).unwrap_or(u32::MAX);
                Shape { base: *interned.entry(json).or_insert(next), refs }
            })
        })
        .collect()
}

/// Blanks every named reference in `t`, telling `seen` the name first.
fn blank_refs(t: &mut TypeRef, seen: &mut dyn FnMut(&str)) {
    match t {
        TypeRef::Named { name } => {
            seen(name);
            name.clear();
        }
        TypeRef::Array { items } => blank_refs(items, seen),
        TypeRef::Map { values } => blank_refs(values, seen),
        TypeRef::Nullable { inner } => blank_refs(inner, seen),
        _ => {}
    }
}
