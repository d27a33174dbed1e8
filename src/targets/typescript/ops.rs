//! Services, operations and scopes: call shapes, method signatures and bodies, scoped sub-clients,
//! the package index and the README's examples.
//!
//! The call-shape rule (documented in the README, the same for every operation and scope method):
//! - no inputs: `op(options?)`;
//! - exactly one required input that is a path parameter, or that has at most one other input
//!   beside it: `op(value, params?, options?)`, the optional inputs in `params`;
//! - otherwise: `op(params, options?)`, every input in one object (optional when nothing in it is
//!   required).

use std::collections::BTreeSet;

use serde_json::Value;

use super::doc::{self, Doc};
use super::emit::{self, object, prop};
use super::{scope_class, service_class, Ctx};
use crate::ir::{
    Input, InputSource, Operation, ParamLocation, ResponseKind, Scope, ScopeParam, Service, StringFormat, TypeKind,
    TypeRef, UnknownProperties, ValueRules,
};
use crate::naming;

pub(crate) struct Model<'a> {
    pub services: Vec<ServiceModel<'a>>,
    pub scopes: Vec<ScopeModel<'a>>,
}

pub(crate) struct ServiceModel<'a> {
    pub svc: &'a Service,
    pub class: String,
    pub file: String,
    pub field: String,
    pub defaults_iface: Option<String>,
    pub ops: Vec<OpModel<'a>>,
}

pub(crate) struct OpModel<'a> {
    pub op: &'a Operation,
    pub method: String,
    pub sig: Signature<'a>,
    pub list_all: Option<String>,
}

/// How a method takes its inputs.
#[derive(Clone)]
pub(crate) enum Shape<'a> {
    None,
    Positional { first: &'a Input, rest: Vec<&'a Input> },
    Object { all: Vec<&'a Input>, all_optional: bool },
}

#[derive(Clone)]
pub(crate) struct Signature<'a> {
    pub shape: Shape<'a>,
    /// Name of the interface (or type expression) of the `params` argument, when there is one.
    pub params_type: Option<String>,
}

pub(crate) struct ScopeModel<'a> {
    pub scope: &'a Scope,
    pub class: String,
    /// Bound parameters from the outermost scope to this one.
    pub chain: Vec<&'a ScopeParam>,
}

/// The call shape of a list of inputs (see the module docs).
pub(crate) fn shape<'a>(inputs: &[&'a Input]) -> Shape<'a> {
    if inputs.is_empty() {
        return Shape::None;
    }
    let required: Vec<&Input> = inputs.iter().copied().filter(|i| i.required).collect();
    if let [only] = required.as_slice() {
        let is_path = matches!(only.source, InputSource::Param { location: ParamLocation::Path, .. });
        if is_path || inputs.len() <= 2 {
            let rest = inputs.iter().copied().filter(|i| !std::ptr::eq(*i, *only)).collect();
            return Shape::Positional { first: only, rest };
        }
    }
    Shape::Object { all: inputs.to_vec(), all_optional: required.is_empty() }
}

/// Members every object inherits: a `params` key named so would read the inherited member when
/// the caller leaves it out, so such keys get a `_` suffix.
const OBJECT_MEMBERS: &[&str] = &[
    "constructor",
    "hasOwnProperty",
    "isPrototypeOf",
    "propertyIsEnumerable",
    "toLocaleString",
    "toString",
    "valueOf",
];

/// Members of `ServiceBase` a generated method must not override.
pub(crate) const SERVICE_MEMBERS: &[&str] =
    &["constructor", "core", "defaults", "dispatch", "send", "sendBinary", "sendEmpty", "sendText", "withRawResponse"];

/// Property name of an input inside a `params` object.
pub(crate) fn param_key(input: &Input) -> String {
    let key = naming::camel(&input.name);
    if OBJECT_MEMBERS.contains(&key.as_str()) {
        format!("{key}_")
    } else {
        key
    }
}

/// Variable name of a positional input.
pub(crate) fn var_name(input: &Input) -> String {
    let v = naming::typescript_ident(&input.name);
    if v == "params" || v == "options" {
        format!("{v}Value")
    } else {
        v
    }
}

pub(crate) fn method_name(name: &str) -> String {
    let m = naming::camel(name);
    if SERVICE_MEMBERS.contains(&m.as_str()) {
        format!("{m}_")
    } else {
        m
    }
}

pub(crate) fn build<'a>(ctx: &Ctx<'a>) -> Model<'a> {
    // Names are claimed in spec order so they are stable.
    let mut claimer = Claimer { taken: ctx.taken.clone() };
    let mut services = Vec::new();
    for svc in &ctx.api.services {
        let class = service_class(svc);
        let defaults_iface =
            if svc.defaults.is_empty() { None } else { Some(claimer.claim(&format!("{class}Defaults"))) };
        let mut ops = Vec::new();
        let mut methods: BTreeSet<String> = BTreeSet::new();
        for op in &svc.operations {
            let method = method_name(&op.name);
            methods.insert(method.clone());
            let inputs: Vec<&Input> = op.inputs.iter().collect();
            let shape = shape(&inputs);
            let params_type = match &shape {
                Shape::Positional { rest, .. } if rest.is_empty() => None,
                Shape::None => None,
                _ => Some(claimer.claim(&format!(
                    "{}{}Params",
                    super::class_stem(&svc.type_name),
                    naming::pascal(&op.name)
                ))),
            };
            ops.push(OpModel { op, method, sig: Signature { shape, params_type }, list_all: None });
        }
        for o in ops.iter_mut() {
            if o.op.pagination.is_some() && has_cursor_param(&o.sig, o.op) {
                let mut name = format!("{}All", o.method);
                while methods.contains(&name) {
                    name.push('_');
                }
                methods.insert(name.clone());
                o.list_all = Some(name);
            }
        }
        services.push(ServiceModel {
            svc,
            class,
            file: naming::snake(&svc.name).replace('_', "-"),
            field: format!("{}Service", naming::camel(&svc.name)),
            defaults_iface,
            ops,
        });
    }
    let mut scopes = Vec::new();
    for scope in &ctx.api.scopes {
        let mut chain = Vec::new();
        let mut cur = Some(scope);
        let mut guard = 0;
        while let Some(s) = cur {
            chain.push(&s.param);
            cur = s.parent.as_ref().and_then(|p| ctx.api.scopes.iter().find(|x| &x.name == p));
            guard += 1;
            if guard > 32 {
                break;
            }
        }
        chain.reverse();
        scopes.push(ScopeModel { scope, class: scope_class(scope), chain });
    }
    Model { services, scopes }
}

struct Claimer {
    taken: std::collections::HashSet<String>,
}

impl Claimer {
    fn claim(&mut self, base: &str) -> String {
        let mut name = base.to_string();
        let mut n = 2;
        while self.taken.contains(&name) {
            name = format!("{base}{n}");
            n += 1;
        }
        self.taken.insert(name.clone());
        name
    }
}

pub(crate) fn cursor_input(op: &Operation) -> Option<&Input> {
    let p = op.pagination.as_ref()?;
    op.inputs.iter().find(|i| i.name == p.cursor_input)
}

fn has_cursor_param(sig: &Signature<'_>, op: &Operation) -> bool {
    let Some(cursor) = cursor_input(op) else { return false };
    match &sig.shape {
        Shape::Positional { rest, .. } => rest.iter().any(|i| std::ptr::eq(*i, cursor)),
        Shape::Object { all, .. } => all.iter().any(|i| std::ptr::eq(*i, cursor) && !i.required),
        Shape::None => false,
    }
}

impl<'a> Model<'a> {
    /// The service that owns a scope, when it has defaults a scope must carry: such a scope (and
    /// each of its classes that calls the owner) takes the owner's instance as its last,
    /// optional constructor argument, so `service.scope(id)` keeps the service's defaults.
    pub fn threaded_owner(&self, scope: &Scope) -> Option<&ServiceModel<'a>> {
        self.services.iter().find(|s| s.svc.name == scope.service && s.defaults_iface.is_some())
    }

    /// Whether a scope class takes its owner's instance: its methods, groups or child scopes
    /// (with the same owner) call the owner.
    pub fn needs_owner(&self, scope: &Scope, depth: usize) -> bool {
        let Some(owner) = self.threaded_owner(scope) else { return false };
        let calls = |ops: &[crate::ir::ScopedOperation]| ops.iter().any(|so| so.service == owner.svc.name);
        calls(&scope.methods)
            || scope.groups.iter().any(|g| calls(&g.operations))
            || (depth < 32
                && scope.children.iter().any(|c| {
                    self.scopes
                        .iter()
                        .find(|x| &x.scope.name == c)
                        .is_some_and(|cm| cm.scope.service == scope.service && self.needs_owner(cm.scope, depth + 1))
                }))
    }

    pub fn op(&self, service: &str, operation: &str) -> Option<(&ServiceModel<'a>, &OpModel<'a>)> {
        let s = self.services.iter().find(|s| s.svc.name == service)?;
        let o = s.ops.iter().find(|o| o.op.name == operation)?;
        Some((s, o))
    }
}

/// What an operation returns, and which `send*` method reads it.
pub(crate) fn result_type(ctx: &Ctx<'_>, op: &Operation) -> (String, &'static str) {
    match op.response.kind {
        ResponseKind::Empty => ("void".to_string(), "sendEmpty"),
        ResponseKind::Text => ("string".to_string(), "sendText"),
        ResponseKind::Binary => ("ArrayBuffer".to_string(), "sendBinary"),
        ResponseKind::Json => {
            if let Some(p) = &op.pagination {
                (format!("Page<{}>", ctx.ty(&p.item_type)), "send")
            } else {
                (op.response.type_.as_ref().map(|t| ctx.ty(t)).unwrap_or_else(|| "unknown".to_string()), "send")
            }
        }
    }
}

/// Type names (of `types.ts`) a type reference uses.
pub(crate) fn named_types(ctx: &Ctx<'_>, t: &TypeRef, out: &mut BTreeSet<String>) {
    match t {
        TypeRef::Named { name } => {
            out.insert(ctx.type_name(name));
        }
        TypeRef::Array { items } => named_types(ctx, items, out),
        TypeRef::Map { values } => named_types(ctx, values, out),
        TypeRef::Nullable { inner } => named_types(ctx, inner, out),
        _ => {}
    }
}

/// An example value for an input: the spec's example, else one made from the type.
pub(crate) fn example_for(ctx: &Ctx<'_>, input: &Input) -> Value {
    // Spec examples do not always match their schema; only one that type-checks is used.
    for candidate in [&input.example, &input.default].into_iter().flatten() {
        if ctx.api.accepts(candidate, &input.type_, &VALUES) && input.fits_constraints(candidate) {
            return candidate.clone();
        }
    }
    input.constrained_value(example_of_type(ctx, &input.type_, 0))
}

/// How the TypeScript SDK's types take a test's values: `number` for every number, an object
/// type's unknown properties where it has an index signature, and bytes are not text.
const VALUES: ValueRules = ValueRules {
    exact_integers: false,
    formats: true,
    binary_as_text: false,
    unknown_properties: UnknownProperties::Declared,
};

/// A value of type `t` (where it stops: `Api::sample_cut`).
pub(crate) fn example_of_type(ctx: &Ctx<'_>, t: &TypeRef, depth: usize) -> Value {
    if let Some(cut) = ctx.api.sample_cut(t, depth) {
        return cut;
    }
    match t {
        TypeRef::String { format } => Value::String(format.sample().unwrap_or("string").to_string()),
        TypeRef::Integer { .. } | TypeRef::Number { .. } => Value::from(1),
        TypeRef::Boolean => Value::Bool(true),
        TypeRef::Array { items } => Value::Array(vec![example_of_type(ctx, items, depth + 1)]),
        TypeRef::Map { .. } | TypeRef::Any => Value::Object(Default::default()),
        TypeRef::Nullable { inner } => example_of_type(ctx, inner, depth + 1),
        TypeRef::Literal { value } => value.clone(),
        TypeRef::Named { name } => {
            let Some(def) = ctx.api.types.get(name) else { return Value::Null };
            match &def.kind {
                TypeKind::Enum(e) => e.values.first().map(|v| v.value.clone()).unwrap_or(Value::Null),
                TypeKind::Alias { target } => example_of_type(ctx, target, depth + 1),
                TypeKind::Union(u) => {
                    u.variants.first().map(|v| example_of_type(ctx, &v.type_, depth + 1)).unwrap_or(Value::Null)
                }
                TypeKind::Object(obj) => {
                    let mut map = serde_json::Map::new();
                    for p in obj.properties.iter().filter(|p| p.required) {
                        let v = p.sample_value(
                            |c| ctx.api.accepts(c, &p.type_, &VALUES),
                            || example_of_type(ctx, &p.type_, depth + 1),
                        );
                        map.insert(p.wire_name.clone(), v);
                    }
                    Value::Object(map)
                }
            }
        }
    }
}

/// An example value for binary inputs (file uploads, octet-stream bodies).
const BLOB_EXAMPLE: &str = "new Blob(['example'])";

fn is_binary(t: &TypeRef) -> bool {
    matches!(t.non_null(), TypeRef::String { format: StringFormat::Binary })
}

/// Inputs used in an example call: required ones, the fields an optional body's schema requires
/// (`Api::required_by_body_schema`), and optional ones the spec gives an example for.
pub(crate) fn example_inputs<'o>(ctx: &Ctx<'_>, op: &'o Operation) -> Vec<&'o Input> {
    let cursor = op.pagination.as_ref().map(|p| p.cursor_input.clone());
    op.inputs
        .iter()
        .filter(|i| {
            i.required
                || ctx.api.required_by_body_schema(op, i)
                || (i.example.is_some() && Some(&i.name) != cursor.as_ref())
        })
        .collect()
}

/// Arguments of an example call of a method with signature `sig`, each with whether Prettier may
/// hug it (an object or array literal).
pub(crate) fn example_args(ctx: &Ctx<'_>, sig: &Signature<'_>, op: &Operation) -> Vec<(Doc, bool)> {
    let chosen = example_inputs(ctx, op);
    let picked = |i: &Input| chosen.iter().any(|c| std::ptr::eq(*c, i));
    let obj = |inputs: &[&Input]| -> Option<Doc> {
        let props: Vec<Doc> = inputs
            .iter()
            .filter(|i| picked(i))
            .map(|i| {
                if is_binary(&i.type_) {
                    return prop(&param_key(i), doc::text(BLOB_EXAMPLE), false);
                }
                let v = example_for(ctx, i);
                prop(&param_key(i), emit::json_value(&v), v.is_string())
            })
            .collect();
        if props.is_empty() {
            None
        } else {
            Some(object(props, false))
        }
    };
    let is_literal = |v: &Value| {
        v.is_object() && v.as_object().is_some_and(|o| !o.is_empty())
            || v.is_array() && v.as_array().is_some_and(|a| !a.is_empty())
    };
    let mut args = Vec::new();
    match &sig.shape {
        Shape::None => {}
        Shape::Positional { first, rest } => {
            if is_binary(&first.type_) {
                args.push((doc::text(BLOB_EXAMPLE), false));
            } else {
                let v = example_for(ctx, first);
                args.push((emit::json_value(&v), is_literal(&v)));
            }
            if let Some(d) = obj(rest) {
                args.push((d, true));
            }
        }
        Shape::Object { all, .. } => {
            if let Some(d) = obj(all) {
                args.push((d, true));
            } else if !matches!(sig.shape, Shape::Object { all_optional: true, .. }) {
                args.push((doc::text("{}"), false));
            }
        }
    }
    args
}
