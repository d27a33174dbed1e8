//! Scoped sub-clients from the path hierarchy. Every `/<plural>/{param}` prefix that has operations
//! below it becomes a scope (`/api/tenants/{tenantId}` → `TenantScope`), with:
//! - methods: operations on the prefix itself, and single non-GET actions right below it
//!   (`POST /keys/{keyId}/revoke` → `KeyScope.revoke()`);
//! - groups: the other operations, by their first static segment (`members.list()`);
//! - children: nested scopes (`/tenants/{tenantId}/roles/{roleId}/...`).
//!
//! The scope's parameter has the type its first operation gives it; enclosing parameters have
//! their scopes' types. An operation that types a
//! bound parameter otherwise (`integer` above, `string` here) takes it as an argument instead: the
//! one decision every SDK follows, so all three type-check and agree.

use std::collections::{BTreeSet, HashMap};

use crate::ir::{
    HttpMethod, InputSource, ParamLocation, Scope, ScopeGroup, ScopeParam, ScopedOperation, Service, StringFormat,
    TypeRef,
};
use crate::naming::{self, NameSet};

#[derive(Clone, PartialEq)]
enum Seg {
    Static(String),
    Param(String),
}

fn segments(path: &str) -> Vec<Seg> {
    path.split('/')
        .filter(|s| !s.is_empty())
        .map(|s| match s.strip_prefix('{').and_then(|s| s.strip_suffix('}')) {
            Some(p) => Seg::Param(p.to_string()),
            None => Seg::Static(s.to_string()),
        })
        .collect()
}

fn prefix_string(segs: &[Seg]) -> String {
    segs.iter()
        .map(|s| match s {
            Seg::Static(s) => format!("/{s}"),
            Seg::Param(p) => format!("/{{{p}}}"),
        })
        .collect()
}

struct OpRef {
    service: usize,
    op: usize,
    segs: Vec<Seg>,
}

/// Words of a name, singular, for stripping from method names.
fn word_forms(name: &str) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    for w in name.split('_').filter(|w| !w.is_empty()) {
        out.insert(w.to_string());
        out.insert(naming::singularize(w));
        out.insert(naming::pluralize(w));
    }
    out
}

/// `list_members` in group `members` → `list`; falls back to a verb from the HTTP method.
fn scoped_name(op_name: &str, strip: &BTreeSet<String>, method: HttpMethod, on_collection: bool) -> String {
    let kept: Vec<&str> = op_name.split('_').filter(|w| !strip.contains(*w)).collect();
    if !kept.is_empty() {
        return kept.join("_");
    }
    match (method, on_collection) {
        (HttpMethod::Get, true) => "list",
        (HttpMethod::Get, false) => "get",
        (HttpMethod::Post, true) => "create",
        (HttpMethod::Put | HttpMethod::Patch, _) => "update",
        (HttpMethod::Delete, _) => "delete",
        (HttpMethod::Post, false) => "create",
        _ => "call",
    }
    .to_string()
}

/// Whether a value bound as `a` can be passed where `b` is expected in every SDK: the same type,
/// string formats aside (every SDK types them all as strings, binary aside).
fn same_sdk_type(a: &TypeRef, b: &TypeRef) -> bool {
    fn plain(t: &TypeRef) -> TypeRef {
        match t {
            TypeRef::String { format } if *format != StringFormat::Binary => TypeRef::string(),
            TypeRef::Nullable { inner } => plain(inner).nullable(),
            other => other.clone(),
        }
    }
    plain(a) == plain(b)
}

pub fn derive(services: &mut [Service]) -> Vec<Scope> {
    let ops: Vec<OpRef> = services
        .iter()
        .enumerate()
        .flat_map(|(si, s)| {
            s.operations.iter().enumerate().map(move |(oi, o)| OpRef { service: si, op: oi, segs: segments(&o.path) })
        })
        .collect();

    // Candidate prefixes: `.../<static>/{param}` with at least one operation strictly below.
    let mut prefixes: Vec<Vec<Seg>> = Vec::new();
    for o in &ops {
        for i in 1..o.segs.len() {
            if let (Seg::Static(_), Seg::Param(_)) = (&o.segs[i - 1], &o.segs[i]) {
                let prefix = o.segs[..=i].to_vec();
                let has_below = ops.iter().any(|x| x.segs.len() > prefix.len() && x.segs.starts_with(&prefix));
                if has_below && !prefixes.contains(&prefix) {
                    prefixes.push(prefix);
                }
            }
        }
    }
    // Parents before children, otherwise spec order.
    prefixes.sort_by_key(|p| p.len());

    let mut names = NameSet::new();
    let mut scope_names: HashMap<String, String> = HashMap::new();
    let mut scopes: Vec<Scope> = Vec::new();
    for prefix in &prefixes {
        let (Some(Seg::Static(collection)), Some(Seg::Param(param))) = (prefix.get(prefix.len() - 2), prefix.last())
        else {
            continue;
        };
        let parent = prefixes
            .iter()
            .filter(|p| p.len() < prefix.len() && prefix.starts_with(p))
            .max_by_key(|p| p.len())
            .and_then(|p| scope_names.get(&prefix_string(p)).cloned());
        let base = naming::singularize(&naming::snake(collection));
        let candidate = match &parent {
            Some(p) if names.contains(&base) => format!("{p}_{base}"),
            _ => base,
        };
        let name = names.claim_snake(&candidate);
        scope_names.insert(prefix_string(prefix), name.clone());

        // Operations that belong to this scope and to no deeper one.
        let deeper: Vec<&Vec<Seg>> =
            prefixes.iter().filter(|p| p.len() > prefix.len() && p.starts_with(prefix)).collect();
        let mine: Vec<&OpRef> = ops
            .iter()
            .filter(|o| {
                o.segs.starts_with(prefix) && !deeper.iter().any(|d| o.segs.len() > d.len() && o.segs.starts_with(d))
            })
            .collect();
        let Some(first) = mine.first() else { continue };
        let owner = mine.iter().find(|o| o.segs.len() == prefix.len()).map_or(first.service, |o| o.service);

        let path_param = |wire: &str| {
            let op = &services[first.service].operations[first.op];
            op.inputs
                .iter()
                .find(|i| {
                    i.wire_name == wire && matches!(i.source, InputSource::Param { location: ParamLocation::Path, .. })
                })
                .map(|i| ScopeParam { name: i.name.clone(), wire_name: i.wire_name.clone(), type_: i.type_.clone() })
        };
        let Some(own_param) = path_param(param) else { continue };
        // Parameters of enclosing resources are typed as their scopes bind them.
        let enclosing: Vec<ScopeParam> = parent
            .as_ref()
            .and_then(|p| scopes.iter().find(|s| &s.name == p))
            .map(|s| s.outer_params.iter().chain([&s.param]).cloned().collect())
            .unwrap_or_default();
        let outer_params: Vec<ScopeParam> = prefix[..prefix.len() - 1]
            .iter()
            .filter_map(|s| if let Seg::Param(p) = s { Some(p) } else { None })
            .filter_map(|p| enclosing.iter().find(|e| &e.wire_name == p).cloned().or_else(|| path_param(p)))
            .collect();
        let bound_params: Vec<&ScopeParam> = outer_params.iter().chain([&own_param]).collect();

        // Wire names bound by this scope and its ancestors.
        let bound_wire: Vec<String> =
            prefix.iter().filter_map(|s| if let Seg::Param(p) = s { Some(p.clone()) } else { None }).collect();
        let scope_words = word_forms(&name);

        let mut methods: Vec<ScopedOperation> = Vec::new();
        let mut method_names = NameSet::new();
        let mut groups: Vec<ScopeGroup> = Vec::new();
        let mut group_names: HashMap<String, NameSet> = HashMap::new();
        for o in &mine {
            let op = &services[o.service].operations[o.op];
            let rest = &o.segs[prefix.len()..];
            // An input the operation types otherwise than the scope binds it stays an argument.
            let bound_inputs: Vec<String> = op
                .inputs
                .iter()
                .filter(|i| {
                    bound_wire.contains(&i.wire_name)
                        && matches!(i.source, InputSource::Param { location: ParamLocation::Path, .. })
                        && bound_params.iter().any(|p| p.wire_name == i.wire_name && same_sdk_type(&p.type_, &i.type_))
                })
                .map(|i| i.name.clone())
                .collect();
            let scoped = |n: String| ScopedOperation {
                name: n,
                service: services[o.service].name.clone(),
                operation: op.name.clone(),
                bound_inputs: bound_inputs.clone(),
            };
            match rest.first() {
                None => {
                    let n = scoped_name(&op.name, &scope_words, op.method, false);
                    let n = if method_names.contains(&n) { op.name.clone() } else { n };
                    methods.push(scoped(method_names.claim_snake(&n)));
                }
                Some(Seg::Param(_)) => {} // `/things/{a}/{b}`: not addressable through this scope.
                Some(Seg::Static(seg)) => {
                    let below: Vec<&&OpRef> = mine
                        .iter()
                        .filter(|x| x.segs.len() > prefix.len() && x.segs[prefix.len()] == rest[0])
                        .collect();
                    // A lone operation right below the resource is an action (`revoke`), unless it is
                    // a GET of a collection named by the segment (`/tenants/{id}/keys`).
                    let own_words: Vec<&str> = op.name.split('_').filter(|w| !scope_words.contains(*w)).collect();
                    let names_segment = own_words.join("_") == naming::snake(seg);
                    let is_action =
                        rest.len() == 1 && below.len() == 1 && (op.method != HttpMethod::Get || names_segment);
                    if is_action {
                        let n = scoped_name(&op.name, &scope_words, op.method, false);
                        let n = if method_names.contains(&n) { op.name.clone() } else { n };
                        methods.push(scoped(method_names.claim_snake(&n)));
                        continue;
                    }
                    let group = naming::snake(seg);
                    let mut strip = scope_words.clone();
                    strip.extend(word_forms(&group));
                    let on_collection = rest.len() == 1;
                    let n = scoped_name(&op.name, &strip, op.method, on_collection);
                    let set = group_names.entry(group.clone()).or_default();
                    let n = if set.contains(&n) { op.name.clone() } else { n };
                    let n = set.claim_snake(&n);
                    match groups.iter_mut().find(|g| g.name == group) {
                        Some(g) => g.operations.push(scoped(n)),
                        None => groups.push(ScopeGroup { name: group, operations: vec![scoped(n)] }),
                    }
                }
            }
        }
        // A group must not shadow a method of the scope.
        for g in &mut groups {
            if method_names.contains(&g.name) {
                g.name = format!("{}_group", g.name);
            }
        }
        // Spell the scope like a service of the same name (`OAuth`, not `Oauth`).
        let type_name = services
            .iter()
            .find(|s| naming::collision_key(&s.name) == naming::collision_key(&name))
            .map_or_else(|| naming::pascal(&name), |s| s.type_name.clone());
        scopes.push(Scope {
            type_name,
            name,
            param: own_param,
            outer_params,
            path_prefix: prefix_string(prefix),
            parent,
            service: services[owner].name.clone(),
            methods,
            groups,
            children: Vec::new(),
        });
    }
    // Link children; drop scopes that ended up empty.
    scopes.retain(|s| !s.methods.is_empty() || !s.groups.is_empty());
    let links: Vec<(String, String)> =
        scopes.iter().filter_map(|s| s.parent.clone().map(|p| (p, s.name.clone()))).collect();
    let known: BTreeSet<String> = scopes.iter().map(|s| s.name.clone()).collect();
    for s in &mut scopes {
        if s.parent.as_ref().is_some_and(|p| !known.contains(p)) {
            s.parent = None;
        }
    }
    for (parent, child) in links {
        if let Some(p) = scopes.iter_mut().find(|s| s.name == parent) {
            p.children.push(child);
        }
    }
    for svc in services.iter_mut() {
        svc.scopes =
            scopes.iter().filter(|s| s.parent.is_none() && s.service == svc.name).map(|s| s.name.clone()).collect();
    }
    scopes
}
