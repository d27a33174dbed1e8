//! Which named types a type mentions, which types operations send and receive, and which make up
//! the SDKs' surface: the one walk over the type graph that the diff's digest, lowering's
//! duplicates pass and the targets (TypeScript's open enums, Rust's per-service features) share.

use std::collections::BTreeSet;

use super::{Api, Service, TypeDef, TypeKind, TypeRef};

/// Adds the named types `t` mentions directly (through items, map values and nullability).
pub fn named_refs(t: &TypeRef, out: &mut BTreeSet<String>) {
    match t {
        TypeRef::Named { name } => {
            out.insert(name.clone());
        }
        TypeRef::Array { items } => named_refs(items, out),
        TypeRef::Map { values } => named_refs(values, out),
        TypeRef::Nullable { inner } => named_refs(inner, out),
        _ => {}
    }
}

/// The named types a definition mentions directly: its properties and extra properties, its
/// union variants, its alias target.
pub fn def_refs(def: &TypeDef) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    match &def.kind {
        TypeKind::Object(o) => {
            for p in &o.properties {
                named_refs(&p.type_, &mut out);
            }
            if let Some(extra) = &o.additional_properties {
                named_refs(extra, &mut out);
            }
        }
        TypeKind::Union(u) => {
            for v in &u.variants {
                named_refs(&v.type_, &mut out);
            }
        }
        TypeKind::Alias { target } => named_refs(target, &mut out),
        TypeKind::Enum(_) => {}
    }
    out
}

/// `roots` and every type they refer to, directly or not (names the API does not define are
/// left out).
pub fn reach(api: &Api, roots: BTreeSet<String>) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    let mut stack: Vec<String> = roots.into_iter().collect();
    while let Some(name) = stack.pop() {
        let Some(def) = api.types.get(&name) else { continue };
        if out.insert(name) {
            stack.extend(def_refs(def));
        }
    }
    out
}

/// The named types operations send (their inputs) and receive (response bodies and page items),
/// each with every type it reaches.
pub fn usage(api: &Api) -> (BTreeSet<String>, BTreeSet<String>) {
    let (mut sent, mut received) = (BTreeSet::new(), BTreeSet::new());
    for op in api.services.iter().flat_map(|s| &s.operations) {
        for i in &op.inputs {
            named_refs(&i.type_, &mut sent);
        }
        if let Some(t) = &op.response.type_ {
            named_refs(t, &mut received);
        }
        if let Some(p) = &op.pagination {
            named_refs(&p.item_type, &mut received);
        }
    }
    (reach(api, sent), reach(api, received))
}

/// The named types one service's surface mentions: its methods' inputs, bodies, responses and page
/// items, its defaults, the constants it uses and the parameters of its scopes.
pub fn service_roots(api: &Api, service: &Service) -> BTreeSet<String> {
    let mut roots = BTreeSet::new();
    for d in &service.defaults {
        named_refs(&d.type_, &mut roots);
    }
    for op in &service.operations {
        for input in &op.inputs {
            named_refs(&input.type_, &mut roots);
        }
        if let Some(body) = &op.body {
            named_refs(&body.type_, &mut roots);
        }
        if let Some(t) = &op.response.type_ {
            named_refs(t, &mut roots);
        }
        if let Some(p) = &op.pagination {
            named_refs(&p.item_type, &mut roots);
        }
    }
    for c in api.constants.iter().filter(|c| service.constants.contains(&c.name)) {
        roots.insert(c.type_name.clone());
    }
    for scope in api.scopes.iter().filter(|s| service.scopes.contains(&s.name)) {
        for p in scope.outer_params.iter().chain([&scope.param]) {
            named_refs(&p.type_, &mut roots);
        }
    }
    roots
}

/// Every type the SDKs' surface names (what the services mention, every scope's parameters and
/// every constant's type), with everything it refers to. The types outside it are the schemas no
/// operation uses.
pub fn surface(api: &Api) -> BTreeSet<String> {
    let mut roots = BTreeSet::new();
    for service in &api.services {
        roots.extend(service_roots(api, service));
    }
    for scope in &api.scopes {
        for p in scope.outer_params.iter().chain([&scope.param]) {
            named_refs(&p.type_, &mut roots);
        }
    }
    roots.extend(api.constants.iter().map(|c| c.type_name.clone()));
    reach(api, roots)
}
