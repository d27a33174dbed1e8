//! The view model of `src/scopes.ts` (template `src/scopes.ts.j2`, macros in
//! `macros/scope.ts.j2`): one class per scope and per group of a scope, data only.

use std::collections::{BTreeMap, BTreeSet, HashSet};

use serde::Serialize;

use super::ops::{
    method_name, named_types, param_key, result_type, shape, var_name, Model, ScopeModel, ServiceModel, Shape,
    Signature,
};
use super::service_view::{
    list_all_view, op_doc, signature_args, sort_imports, AccessorView, ArgView, ImportView, ListAllView, ParamsArgView,
};
use super::Ctx;
use crate::ir::{Input, ScopeGroup, ScopedOperation};
use crate::naming;

#[derive(Serialize)]
pub(crate) struct ScopesView {
    header: String,
    imports: Vec<ImportView>,
    classes: Vec<ClassView>,
}

/// A scope class (`kind: scope`) or the class of one of its groups (`kind: group`).
#[derive(Serialize)]
pub(crate) struct ClassView {
    kind: &'static str,
    name: String,
    /// The scope's path prefix: `/api/tenants/{tenantId}`.
    path_prefix: String,
    /// The scope's name, words separated by spaces: `tenant`.
    resource: String,
    /// The group's accessor name (groups only): `keys`.
    group: String,
    /// The bound parameters, outermost first.
    bound: Vec<BoundView>,
    /// Fields beside the bound parameters, in declaration (and constructor) order.
    fields: Vec<FieldView>,
    /// Keeps the core in a field (for its accessors of child scopes).
    keeps_core: bool,
    /// The owner service's instance, an optional last constructor argument.
    owner: Option<OwnerView>,
    members: Vec<ScopeMemberView>,
}

#[derive(Serialize)]
pub(crate) struct BoundView {
    field: String,
    wire_name: String,
    #[serde(rename = "type")]
    type_: String,
}

#[derive(Serialize, Clone)]
pub(crate) struct OwnerView {
    field: String,
    class: String,
}

/// A field set in the constructor: a group (`new Group(core, ids...)`), a service
/// (`new Service(core)`), or the owner service's instance passed in.
#[derive(Serialize)]
pub(crate) struct FieldView {
    kind: &'static str,
    name: String,
    class: String,
    /// Group classes: the bound fields passed on.
    args: Vec<String>,
    /// Group classes: the owner's constructor argument passed on.
    owner_arg: Option<String>,
}

#[derive(Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub(crate) enum ScopeMemberView {
    Method(Box<ScopedMethodView>),
    ListAll(ListAllView),
    Accessor(AccessorView),
}

/// A scope method: calls the service method with the bound values filled in.
#[derive(Serialize)]
pub(crate) struct ScopedMethodView {
    name: String,
    doc: String,
    deprecated: bool,
    first: Option<ArgView>,
    params: Option<ParamsArgView>,
    ret: String,
    /// The operation's HTTP method and path.
    http_method: String,
    path: String,
    /// The field holding the service, and the service's method.
    service_field: String,
    target: String,
    /// The service method takes a positional value and maybe `params`.
    positional: Option<PositionalCall>,
    /// The service method takes one `params` object.
    object: Option<ObjectCall>,
}

#[derive(Serialize)]
pub(crate) struct PositionalCall {
    /// The bound field passed as the value, else the method's own argument `var`.
    bound: Option<String>,
    var: String,
    /// The service method takes `params` too: pass the scope method's (`params`) or none (`{}`).
    has_params: bool,
    pass_params: bool,
}

#[derive(Serialize)]
pub(crate) struct ObjectCall {
    /// `key: this.field` for each bound input.
    bound: Vec<KeyField>,
    /// The scope method's positional value, by key.
    first: Option<KeyField>,
    /// The scope method's `params` spread in.
    spread: bool,
}

#[derive(Serialize)]
pub(crate) struct KeyField {
    key: String,
    field: String,
}

/// One class being built: member names claimed so far (two spec names can meet in one class).
struct ClassBuilder {
    owner: Option<String>,
    fields: Vec<FieldView>,
    members: Vec<ScopeMemberView>,
    used: HashSet<String>,
}

impl ClassBuilder {
    fn new(m: &ScopeModel<'_>) -> Self {
        let mut used: HashSet<String> = ["core", "constructor"].iter().map(|s| s.to_string()).collect();
        used.extend(m.chain.iter().map(|p| scope_field(p)));
        ClassBuilder { owner: None, fields: Vec::new(), members: Vec::new(), used }
    }

    /// Keeps the owner's instance (a constructor argument) in a field.
    fn keep_owner(&mut self, owner: &ServiceModel<'_>) {
        if !self.fields.iter().any(|f| f.name == owner.field) {
            self.fields.push(FieldView {
                kind: "owner",
                name: owner.field.clone(),
                class: owner.class.clone(),
                args: Vec::new(),
                owner_arg: None,
            });
        }
    }

    fn claim(&mut self, name: &str) -> String {
        let mut n = name.to_string();
        let mut i = 2;
        while self.used.contains(&n) {
            n = format!("{name}{i}");
            i += 1;
        }
        self.used.insert(n.clone());
        n
    }

    fn finish(self, kind: &'static str, name: String, group: String, m: &ScopeModel<'_>, ctx: &Ctx<'_>) -> ClassView {
        let keeps_core = self.members.iter().any(|x| matches!(x, ScopeMemberView::Accessor(_)));
        ClassView {
            kind,
            name,
            path_prefix: m.scope.path_prefix.clone(),
            resource: m.scope.name.replace('_', " "),
            group,
            bound: m
                .chain
                .iter()
                .map(|p| BoundView { field: scope_field(p), wire_name: p.wire_name.clone(), type_: ctx.ty(&p.type_) })
                .collect(),
            fields: self.fields,
            keeps_core,
            owner: None,
            members: self.members,
        }
    }
}

fn scope_field(p: &crate::ir::ScopeParam) -> String {
    naming::typescript_ident(&p.name)
}

/// What the scope classes use, for the imports.
#[derive(Default)]
struct Uses {
    types: BTreeSet<String>,
    services: BTreeSet<(String, String)>,
    page: bool,
    paginate: bool,
    param_types: BTreeSet<(String, String)>,
}

pub(crate) fn scopes_view(ctx: &Ctx<'_>, model: &Model<'_>) -> ScopesView {
    let mut uses = Uses::default();
    let mut classes = Vec::new();
    for m in &model.scopes {
        for p in &m.chain {
            named_types(ctx, &p.type_, &mut uses.types);
        }
        let owner = model.threaded_owner(m.scope);
        let owner_view = owner.map(|o| OwnerView { field: o.field.clone(), class: o.class.clone() });
        let group_takes_owner =
            |g: &ScopeGroup| owner.is_some_and(|o| g.operations.iter().any(|so| so.service == o.svc.name));
        let mut nested = Vec::new();
        for g in &m.scope.groups {
            let class = format!("{}{}", m.class, naming::pascal(&g.name));
            let mut b = ClassBuilder::new(m);
            let takes = group_takes_owner(g);
            if takes {
                b.owner = owner.map(|o| o.field.clone());
            }
            add_scoped_methods(ctx, model, m, &g.operations, &mut b, &mut uses);
            let mut view = b.finish("group", class, naming::camel(&g.name), m, ctx);
            view.owner = if takes { owner_view.clone() } else { None };
            nested.push(view);
        }
        let mut b = ClassBuilder::new(m);
        let scope_takes_owner = model.needs_owner(m.scope, 0);
        if scope_takes_owner {
            b.owner = owner.map(|o| o.field.clone());
            if let Some(o) = owner {
                b.used.insert(o.field.clone());
            }
        }
        for g in &m.scope.groups {
            let class = format!("{}{}", m.class, naming::pascal(&g.name));
            let field = b.claim(&naming::camel(&g.name));
            let owner_arg = if group_takes_owner(g) { owner.map(|o| o.field.clone()) } else { None };
            b.fields.push(FieldView {
                kind: "group",
                name: field,
                class,
                args: m.chain.iter().map(|p| scope_field(p)).collect(),
                owner_arg,
            });
        }
        add_scoped_methods(ctx, model, m, &m.scope.methods, &mut b, &mut uses);
        for child in &m.scope.children {
            let Some(cm) = model.scopes.iter().find(|x| &x.scope.name == child) else { continue };
            let Some(own) = cm.chain.last().copied() else { continue };
            let mut owner_field = None;
            let mut pass_owner = false;
            if let Some(o) = owner {
                if scope_takes_owner && cm.scope.service == m.scope.service && model.needs_owner(cm.scope, 0) {
                    owner_field = Some(o.field.clone());
                    pass_owner = true;
                    b.keep_owner(o);
                }
            }
            let accessor = b.claim(&naming::camel(child));
            b.members.push(ScopeMemberView::Accessor(AccessorView {
                name: accessor,
                path_prefix: cm.scope.path_prefix.clone(),
                class: cm.class.clone(),
                params: vec![ArgView { var: scope_field(own), type_: ctx.ty(&own.type_) }],
                bound: m.chain.iter().map(|p| scope_field(p)).collect(),
                args: vec![scope_field(own)],
                pass_owner,
                owner_field,
            }));
        }
        let mut view = b.finish("scope", m.class.clone(), String::new(), m, ctx);
        view.owner = if scope_takes_owner { owner_view.clone() } else { None };
        classes.push(view);
        classes.extend(nested);
    }
    let mut imports =
        vec![ImportView::new(true, &["Core".to_string(), "RequestOptions".to_string()], "./runtime/core.js")];
    if uses.paginate {
        imports.push(ImportView::new(false, &["paginate".to_string()], "./runtime/pagination.js"));
    }
    if uses.page {
        imports.push(ImportView::new(true, &["Page".to_string()], "./runtime/pagination.js"));
    }
    // One import per service module, its parameter types beside it.
    let mut by_file: BTreeMap<String, Vec<String>> = Default::default();
    for (file, class) in &uses.services {
        by_file.entry(file.clone()).or_default().push(class.clone());
    }
    for (file, service_classes) in by_file {
        imports.push(ImportView::new(false, &service_classes, &format!("./services/{file}.js")));
        let params: Vec<String> = uses.param_types.iter().filter(|(f, _)| *f == file).map(|(_, t)| t.clone()).collect();
        if !params.is_empty() {
            imports.push(ImportView::new(true, &params, &format!("./services/{file}.js")));
        }
    }
    if !uses.types.is_empty() {
        imports.push(ImportView::new(true, &uses.types.iter().cloned().collect::<Vec<_>>(), "./types.js"));
    }
    ScopesView { header: ctx.header(), imports: sort_imports(imports), classes }
}

fn add_scoped_methods(
    ctx: &Ctx<'_>,
    model: &Model<'_>,
    m: &ScopeModel<'_>,
    ops: &[ScopedOperation],
    b: &mut ClassBuilder,
    uses: &mut Uses,
) {
    for so in ops {
        let Some((s, o)) = model.op(&so.service, &so.operation) else { continue };
        let op = o.op;
        uses.services.insert((s.file.clone(), s.class.clone()));
        let field = s.field.clone();
        if b.owner.as_ref() == Some(&field) {
            b.keep_owner(s);
        } else if b.used.insert(field.clone()) {
            b.fields.push(FieldView {
                kind: "service",
                name: field.clone(),
                class: s.class.clone(),
                args: Vec::new(),
                owner_arg: None,
            });
        }
        let bound = |i: &Input| -> Option<String> {
            if !so.bound_inputs.contains(&i.name) {
                return None;
            }
            m.chain.iter().find(|p| p.name == i.name || p.wire_name == i.wire_name).map(|p| scope_field(p))
        };
        let remaining: Vec<&Input> = op.inputs.iter().filter(|i| bound(i).is_none()).collect();
        let scoped_shape = shape(&remaining);
        let bound_keys: Vec<String> = op.inputs.iter().filter(|i| bound(i).is_some()).map(param_key).collect();
        let params_type = match (&scoped_shape, &o.sig.shape, &o.sig.params_type) {
            (Shape::None, _, _) => None,
            (Shape::Positional { rest, .. }, _, _) if rest.is_empty() => None,
            (_, Shape::Positional { .. }, Some(t)) => Some(t.clone()),
            (Shape::Positional { first, .. }, Shape::Object { .. }, Some(t)) => {
                let mut keys = bound_keys.clone();
                keys.push(param_key(first));
                Some(omit(t, &keys))
            }
            (Shape::Object { .. }, Shape::Object { .. }, Some(t)) => Some(omit(t, &bound_keys)),
            _ => None,
        };
        let scoped_sig = Signature { shape: scoped_shape.clone(), params_type };
        let (positional, object) = match &o.sig.shape {
            Shape::None => (None, None),
            Shape::Positional { first, rest } => (
                Some(PositionalCall {
                    bound: bound(first),
                    var: var_name(first),
                    has_params: !rest.is_empty(),
                    pass_params: scoped_sig.params_type.is_some(),
                }),
                None,
            ),
            Shape::Object { all, .. } => (
                None,
                Some(ObjectCall {
                    bound: all
                        .iter()
                        .filter_map(|i| bound(i).map(|f| KeyField { key: param_key(i), field: f }))
                        .collect(),
                    first: match &scoped_shape {
                        Shape::Positional { first, .. } => {
                            Some(KeyField { key: param_key(first), field: var_name(first) })
                        }
                        _ => None,
                    },
                    spread: scoped_sig.params_type.is_some(),
                }),
            ),
        };
        let (ret, _) = result_type(ctx, op);
        if let Some(p) = &op.pagination {
            uses.page = true;
            named_types(ctx, &p.item_type, &mut uses.types);
        } else if let Some(t) = &op.response.type_ {
            named_types(ctx, t, &mut uses.types);
        }
        if let (Some(t), Some(iface)) = (&scoped_sig.params_type, &o.sig.params_type) {
            if t.contains(iface.as_str()) {
                uses.param_types.insert((s.file.clone(), iface.clone()));
            }
        }
        if let Shape::Positional { first, .. } = &scoped_shape {
            named_types(ctx, &first.type_, &mut uses.types);
        }
        let method = b.claim(&method_name(&so.name));
        let (first, params) = signature_args(ctx, &scoped_sig);
        b.members.push(ScopeMemberView::Method(Box::new(ScopedMethodView {
            name: method.clone(),
            doc: op_doc(op),
            deprecated: op.deprecated,
            first,
            params,
            ret,
            http_method: op.method.as_str().to_string(),
            path: op.path.clone(),
            service_field: field,
            target: o.method.clone(),
            positional,
            object,
        })));
        if o.list_all.is_some() {
            let name = b.claim(&format!("{method}All"));
            if let Some(l) = list_all_view(ctx, o, &scoped_sig, &method, &name) {
                uses.paginate = true;
                b.members.push(ScopeMemberView::ListAll(l));
            }
        }
    }
}

/// `Omit<T, 'a' | 'b'>`: a `params` type without the keys a scope binds.
fn omit(t: &str, keys: &[String]) -> String {
    if keys.is_empty() {
        return t.to_string();
    }
    let ks: Vec<String> = keys.iter().map(|k| super::emit::str_lit(k)).collect();
    format!("Omit<{t}, {}>", ks.join(" | "))
}
