//! The view model of one service module (`src/services/<name>.ts`, template `src/service.ts.j2`):
//! data only — names, type expressions, docs, flags. The code's shape is in the templates
//! (`macros/method.ts.j2`, `macros/interface.ts.j2`, `macros/imports.ts.j2`).

use std::collections::BTreeSet;

use serde::Serialize;

use super::layout;
use super::ops::{
    cursor_input, named_types, param_key, result_type, var_name, Model, OpModel, ScopeModel, ServiceModel, Shape,
    Signature, SERVICE_MEMBERS,
};
use super::Ctx;
use crate::ir::{BodyEncoding, Input, InputSource, Operation, ParamLocation, ParamStyle, ResponseKind, TypeRef};
use crate::naming;

#[derive(Serialize)]
pub(crate) struct ServiceView {
    header: String,
    imports: Vec<ImportView>,
    interfaces: Vec<InterfaceView>,
    /// The service's doc text (the tag's description), if any.
    doc: Option<String>,
    tag: String,
    /// The variable the usage line names the service by: `keys`.
    var: String,
    class: String,
    members: Vec<MemberView>,
}

/// `import { a, b } from 'module';` (or `import type`).
#[derive(Serialize)]
pub(crate) struct ImportView {
    type_only: bool,
    names: Vec<String>,
    from: String,
}

impl ImportView {
    pub fn new(type_only: bool, names: &[String], from: &str) -> Self {
        let mut names = names.to_vec();
        names.sort();
        names.dedup();
        ImportView { type_only, names, from: from.to_string() }
    }
}

/// Imports sorted by module path (value imports first), the way a person would keep them.
pub(crate) fn sort_imports(mut imports: Vec<ImportView>) -> Vec<ImportView> {
    imports.sort_by(|a, b| (&a.from, a.type_only).cmp(&(&b.from, b.type_only)));
    imports
}

/// An interface: the defaults of a service, the parameters of a method.
#[derive(Serialize)]
pub(crate) struct InterfaceView {
    name: String,
    doc: String,
    members: Vec<PropertyView>,
}

/// A property signature: `key?: Type;`.
#[derive(Serialize, Clone, PartialEq, Eq, Hash)]
pub(crate) struct PropertyView {
    /// The key as written (quoted when it is not an identifier).
    pub key: String,
    pub optional: bool,
    pub readonly: bool,
    /// The type as layout markup.
    #[serde(rename = "type")]
    pub type_: String,
    pub doc: String,
    pub deprecated: bool,
}

/// A positional argument: `keyId: string`.
#[derive(Serialize, Clone)]
pub(crate) struct ArgView {
    pub var: String,
    #[serde(rename = "type")]
    pub type_: String,
}

/// The `params` argument: its type, and whether it defaults to `{}`.
#[derive(Serialize, Clone)]
pub(crate) struct ParamsArgView {
    #[serde(rename = "type")]
    type_: String,
    optional: bool,
}

/// One member of a class, in order; `kind` says which macro renders it.
#[derive(Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub(crate) enum MemberView {
    /// `static readonly KEY_STATUSES = KEY_STATUSES;`
    Constant {
        name: String,
        type_name: String,
    },
    /// The `defaults` field and the constructor that takes it.
    Defaults {
        interface: String,
    },
    Method(Box<MethodView>),
    ListAll(ListAllView),
    /// An accessor returning a scope class.
    Accessor(AccessorView),
}

/// A method that sends one request.
#[derive(Serialize)]
pub(crate) struct MethodView {
    name: String,
    /// Summary and description.
    doc: String,
    deprecated: bool,
    first: Option<ArgView>,
    params: Option<ParamsArgView>,
    /// The result type (inside `Promise<...>`).
    ret: String,
    /// `json`, `empty`, `text` or `binary`: which `send*` reads the response.
    response: &'static str,
    /// The operation's HTTP method and path (also in `request`).
    http_method: String,
    path: String,
    request: RequestView,
}

/// The request description passed to `send`.
#[derive(Serialize)]
pub(crate) struct RequestView {
    method: String,
    path: String,
    path_params: Vec<InputView>,
    query: Vec<InputView>,
    headers: Vec<InputView>,
    cookies: Vec<InputView>,
    /// Parameters whose OpenAPI style changes how their value is written, by location.
    styles: Vec<StyleGroupView>,
    /// The body when one input is the whole body.
    body: Option<InputView>,
    /// The body's fields, when the body is built from several inputs.
    body_fields: Option<Vec<InputView>>,
    /// `form`, `multipart`, `binary` or `text`; none for JSON.
    body_encoding: Option<&'static str>,
    /// The body's media type, for binary and text bodies and JSON variants.
    content_type: Option<String>,
    /// The `accept` header of a text or binary response, or of a JSON variant.
    accept: Option<String>,
    /// Alternatives of security scheme keys.
    security: Vec<Vec<String>>,
    idempotency_header: Option<String>,
    /// The API wraps responses in an envelope, this one's response is not.
    not_enveloped: bool,
    page: Option<PageView>,
}

/// An input as it is read inside the method.
#[derive(Serialize)]
pub(crate) struct InputView {
    wire_name: String,
    /// A positional argument (read as `var`), else a key of `params`.
    positional: bool,
    var: String,
    key: String,
    /// Service defaults that fill it, in order.
    defaults: Vec<DefaultUse>,
    /// A default fills the whole value (`value ?? default`).
    whole_default: bool,
}

#[derive(Serialize)]
pub(crate) struct DefaultUse {
    /// The member of the defaults interface: `defaultScopes`.
    key: String,
    /// Wire path inside the input; empty when the input itself is defaulted.
    field_path: Vec<String>,
}

#[derive(Serialize)]
pub(crate) struct StyleGroupView {
    location: &'static str,
    params: Vec<StyleView>,
}

#[derive(Serialize)]
pub(crate) struct StyleView {
    wire_name: String,
    style: &'static str,
    explode: bool,
}

#[derive(Serialize)]
pub(crate) struct PageView {
    items: String,
    next_cursor: String,
    has_more: Option<String>,
}

/// `listAll`: the auto-paginating twin of a list method.
#[derive(Serialize)]
pub(crate) struct ListAllView {
    name: String,
    list_method: String,
    item: String,
    first: Option<ArgView>,
    params: Option<ParamsArgView>,
    /// The cursor's key in `params`.
    cursor_key: String,
    /// Other optional inputs are passed on (`{ ...params, cursor }`).
    spread: bool,
}

/// `scope(id)`: a scope class bound to an id.
#[derive(Serialize)]
pub(crate) struct AccessorView {
    pub name: String,
    pub path_prefix: String,
    pub class: String,
    pub params: Vec<ArgView>,
    /// Fields of this class passed on (`this.field`): the bound values of a parent scope.
    pub bound: Vec<String>,
    /// Arguments of the accessor passed on.
    pub args: Vec<String>,
    /// The scope takes the owner service's instance (to keep its defaults): `this` in a service,
    /// `this.<owner_field>` in a scope.
    pub pass_owner: bool,
    pub owner_field: Option<String>,
}

pub(crate) fn service_view(ctx: &Ctx<'_>, model: &Model<'_>, s: &ServiceModel<'_>) -> ServiceView {
    let svc = s.svc;
    let mut types: BTreeSet<String> = BTreeSet::new();
    let mut uses_page = false;
    let mut uses_paginate = false;
    let mut uses_fill = false;
    let mut interfaces = Vec::new();
    if let Some(name) = &s.defaults_iface {
        let members = svc
            .defaults
            .iter()
            .map(|d| {
                named_types(ctx, &d.type_, &mut types);
                PropertyView {
                    key: naming::camel(&format!("default_{}", d.name)),
                    optional: true,
                    readonly: false,
                    type_: layout::markup(&ctx.annotation_doc(&d.type_, true)),
                    doc: d
                        .doc
                        .clone()
                        .unwrap_or_else(|| format!("Used when a call leaves `{}` out.", d.path.join("."))),
                    deprecated: false,
                }
            })
            .collect();
        interfaces.push(InterfaceView {
            name: name.clone(),
            doc: format!("Defaults of {}, applied when a call leaves the value out.", s.class),
            members,
        });
    }
    let mut members: Vec<MemberView> = svc
        .constants
        .iter()
        .map(|c| MemberView::Constant { name: c.clone(), type_name: constant_type(ctx, c) })
        .collect();
    if let Some(d) = &s.defaults_iface {
        members.push(MemberView::Defaults { interface: d.clone() });
    }
    for o in &s.ops {
        let op = o.op;
        for i in &op.inputs {
            named_types(ctx, &i.type_, &mut types);
            if i.service_defaults.iter().any(|d| !d.field_path.is_empty()) {
                uses_fill = true;
            }
        }
        if let Some(p) = &op.pagination {
            named_types(ctx, &p.item_type, &mut types);
            uses_page = true;
        } else if let Some(t) = &op.response.type_ {
            named_types(ctx, t, &mut types);
        }
        if let Some(name) = &o.sig.params_type {
            let (inputs, force_optional): (Vec<&Input>, bool) = match &o.sig.shape {
                Shape::Positional { rest, .. } => (rest.clone(), true),
                Shape::Object { all, .. } => (all.clone(), false),
                Shape::None => (Vec::new(), false),
            };
            interfaces.push(InterfaceView {
                name: name.clone(),
                doc: format!("Parameters of `{}.{}`.", s.class, o.method),
                members: inputs.iter().map(|i| param_property(ctx, i, force_optional)).collect(),
            });
        }
        members.push(MemberView::Method(Box::new(method_view(ctx, o))));
        if let Some(name) = &o.list_all {
            if let Some(l) = list_all_view(ctx, o, &o.sig, &o.method, name) {
                uses_paginate = true;
                members.push(MemberView::ListAll(l));
            }
        }
    }
    // Scope accessors.
    let owned: Vec<&ScopeModel<'_>> = model.scopes.iter().filter(|m| svc.scopes.contains(&m.scope.name)).collect();
    let mut scope_classes = Vec::new();
    for m in &owned {
        let mut name = if owned.len() == 1 { "scope".to_string() } else { naming::camel(&m.scope.name) };
        while s.ops.iter().any(|o| o.method == name || o.list_all.as_deref() == Some(name.as_str()))
            || SERVICE_MEMBERS.contains(&name.as_str())
        {
            name.push('_');
        }
        members.push(MemberView::Accessor(AccessorView {
            name,
            path_prefix: m.scope.path_prefix.clone(),
            class: m.class.clone(),
            params: m.chain.iter().map(|p| ArgView { var: scope_field(p), type_: ctx.ty(&p.type_) }).collect(),
            bound: Vec::new(),
            args: m.chain.iter().map(|p| scope_field(p)).collect(),
            pass_owner: model.needs_owner(m.scope, 0),
            owner_field: None,
        }));
        scope_classes.push(m.class.clone());
        for p in &m.chain {
            named_types(ctx, &p.type_, &mut types);
        }
    }
    let mut imports = Vec::new();
    if !svc.constants.is_empty() {
        imports.push(ImportView::new(false, &svc.constants, "../constants.js"));
    }
    let mut core_types = vec!["RequestOptions".to_string()];
    if s.defaults_iface.is_some() {
        core_types.push("Core".to_string());
    }
    imports.push(ImportView::new(true, &core_types, "../runtime/core.js"));
    if uses_paginate {
        imports.push(ImportView::new(false, &["paginate".to_string()], "../runtime/pagination.js"));
    }
    if uses_page {
        imports.push(ImportView::new(true, &["Page".to_string()], "../runtime/pagination.js"));
    }
    let mut svc_names = vec!["ServiceBase".to_string()];
    if uses_fill {
        svc_names.push("fillDefault".to_string());
    }
    imports.push(ImportView::new(false, &svc_names, "../runtime/service.js"));
    if !scope_classes.is_empty() {
        imports.push(ImportView::new(false, &scope_classes, "../scopes.js"));
    }
    if !types.is_empty() {
        imports.push(ImportView::new(true, &types.into_iter().collect::<Vec<_>>(), "../types.js"));
    }
    ServiceView {
        header: ctx.header(),
        imports: sort_imports(imports),
        interfaces,
        doc: svc.doc.clone(),
        tag: svc.tag.clone(),
        var: naming::typescript_ident(&svc.name),
        class: s.class.clone(),
        members,
    }
}

fn constant_type(ctx: &Ctx<'_>, name: &str) -> String {
    ctx.api.constants.iter().find(|c| c.name == name).map(|c| ctx.type_name(&c.type_name)).unwrap_or_default()
}

/// Field of a scope that holds a bound parameter.
fn scope_field(p: &crate::ir::ScopeParam) -> String {
    naming::typescript_ident(&p.name)
}

/// A member of a `params` interface.
fn param_property(ctx: &Ctx<'_>, input: &Input, force_optional: bool) -> PropertyView {
    let optional = force_optional || !input.required;
    PropertyView {
        key: param_key(input),
        optional,
        readonly: false,
        type_: layout::markup(&ctx.annotation_doc(&input.type_, optional)),
        doc: input.doc.clone().unwrap_or_default(),
        deprecated: input.deprecated,
    }
}

/// The arguments of a signature: the positional one and the `params` object.
pub(crate) fn signature_args(ctx: &Ctx<'_>, sig: &Signature<'_>) -> (Option<ArgView>, Option<ParamsArgView>) {
    match &sig.shape {
        Shape::None => (None, None),
        Shape::Positional { first, rest } => {
            let arg = ArgView { var: var_name(first), type_: ctx.ty(&first.type_) };
            let params = match (&sig.params_type, rest.is_empty()) {
                (Some(t), false) => Some(ParamsArgView { type_: t.clone(), optional: true }),
                _ => None,
            };
            (Some(arg), params)
        }
        Shape::Object { all_optional, .. } => {
            (None, sig.params_type.as_ref().map(|t| ParamsArgView { type_: t.clone(), optional: *all_optional }))
        }
    }
}

pub(crate) fn method_view(ctx: &Ctx<'_>, o: &OpModel<'_>) -> MethodView {
    let op = o.op;
    let (first, params) = signature_args(ctx, &o.sig);
    let (ret, _) = result_type(ctx, op);
    MethodView {
        name: o.method.clone(),
        doc: op_doc(op),
        deprecated: op.deprecated,
        first,
        params,
        ret,
        response: match op.response.kind {
            ResponseKind::Empty => "empty",
            ResponseKind::Text => "text",
            ResponseKind::Binary => "binary",
            ResponseKind::Json => "json",
        },
        http_method: op.method.as_str().to_string(),
        path: op.path.clone(),
        request: request_view(ctx, o),
    }
}

/// An operation's summary and description, as one doc text.
pub(crate) fn op_doc(op: &Operation) -> String {
    let mut text = String::new();
    if let Some(s) = &op.summary {
        text.push_str(s);
    }
    if let Some(d) = &op.description {
        if !text.is_empty() {
            text.push_str("\n\n");
        }
        text.push_str(d);
    }
    text
}

fn input_view(sig: &Signature<'_>, input: &Input) -> InputView {
    let positional = matches!(&sig.shape, Shape::Positional { first, .. } if std::ptr::eq(*first, input));
    InputView {
        wire_name: input.wire_name.clone(),
        positional,
        var: var_name(input),
        key: param_key(input),
        defaults: input
            .service_defaults
            .iter()
            .map(|d| DefaultUse {
                key: naming::camel(&format!("default_{}", d.default)),
                field_path: d.field_path.clone(),
            })
            .collect(),
        whole_default: input.service_defaults.iter().any(|d| d.field_path.is_empty()),
    }
}

fn request_view(ctx: &Ctx<'_>, o: &OpModel<'_>) -> RequestView {
    let op = o.op;
    let group = |loc: ParamLocation| -> Vec<InputView> {
        op.inputs
            .iter()
            .filter(|i| matches!(&i.source, InputSource::Param { location, .. } if *location == loc))
            .map(|i| input_view(&o.sig, i))
            .collect()
    };
    let whole = op.inputs.iter().find(|i| i.source == InputSource::Body);
    let body_fields = match (whole, &op.body) {
        (None, Some(_)) => Some(
            op.inputs.iter().filter(|i| i.source == InputSource::BodyField).map(|i| input_view(&o.sig, i)).collect(),
        ),
        _ => None,
    };
    let body_encoding = op.body.as_ref().and_then(|b| match b.encoding {
        BodyEncoding::Json => None,
        BodyEncoding::Form => Some("form"),
        BodyEncoding::Multipart => Some("multipart"),
        BodyEncoding::Binary => Some("binary"),
        BodyEncoding::Text => Some("text"),
    });
    let content_type = op.body.as_ref().and_then(|b| match b.encoding {
        BodyEncoding::Binary | BodyEncoding::Text => Some(b.content_type.clone()),
        _ => b.json_variant().map(str::to_string),
    });
    let accept = op.response.accept();
    RequestView {
        method: op.method.as_str().to_string(),
        path: op.path.clone(),
        path_params: group(ParamLocation::Path),
        query: group(ParamLocation::Query),
        headers: group(ParamLocation::Header),
        cookies: group(ParamLocation::Cookie),
        styles: styles(ctx, op),
        body: whole.map(|i| input_view(&o.sig, i)),
        body_fields,
        body_encoding,
        content_type,
        accept,
        security: op.security.clone(),
        idempotency_header: op.idempotency_header.clone(),
        not_enveloped: ctx.api.envelope.is_some() && !op.response.enveloped && op.response.kind != ResponseKind::Empty,
        page: op.pagination.as_ref().map(|p| PageView {
            items: p.items_field.clone(),
            next_cursor: p.next_cursor_field.clone(),
            has_more: p.has_more_field.clone(),
        }),
    }
}

/// The parameters whose OpenAPI style changes how their value is written: a non-default style
/// on a non-scalar value, or a `label` / `matrix` path parameter.
fn styles(ctx: &Ctx<'_>, op: &Operation) -> Vec<StyleGroupView> {
    let mut groups = Vec::new();
    for (loc, key, default) in [
        (ParamLocation::Path, "path", (ParamStyle::Simple, false)),
        (ParamLocation::Query, "query", (ParamStyle::Form, true)),
        (ParamLocation::Header, "header", (ParamStyle::Simple, false)),
        (ParamLocation::Cookie, "cookie", (ParamStyle::Form, true)),
    ] {
        let params: Vec<StyleView> = op
            .inputs
            .iter()
            .filter_map(|i| match &i.source {
                InputSource::Param { location, style, explode } if *location == loc => {
                    if (*style, *explode) == default {
                        return None;
                    }
                    let shaped = matches!(style, ParamStyle::Label | ParamStyle::Matrix) && loc == ParamLocation::Path;
                    if !shaped && is_scalar(ctx, &i.type_, 0) {
                        return None;
                    }
                    Some(StyleView { wire_name: i.wire_name.clone(), style: style_name(*style), explode: *explode })
                }
                _ => None,
            })
            .collect();
        if !params.is_empty() {
            groups.push(StyleGroupView { location: key, params });
        }
    }
    groups
}

fn style_name(style: ParamStyle) -> &'static str {
    match style {
        ParamStyle::Simple => "simple",
        ParamStyle::Form => "form",
        ParamStyle::Label => "label",
        ParamStyle::Matrix => "matrix",
        ParamStyle::SpaceDelimited => "spaceDelimited",
        ParamStyle::PipeDelimited => "pipeDelimited",
        ParamStyle::DeepObject => "deepObject",
    }
}

/// Whether values of a type are written the same in every parameter style (strings, numbers,
/// booleans, enums of them).
fn is_scalar(ctx: &Ctx<'_>, t: &TypeRef, depth: usize) -> bool {
    use crate::ir::TypeKind;
    if depth > 16 {
        return false;
    }
    match t {
        TypeRef::String { .. } | TypeRef::Integer { .. } | TypeRef::Number { .. } | TypeRef::Boolean => true,
        TypeRef::Literal { value } => !value.is_object() && !value.is_array(),
        TypeRef::Nullable { inner } => is_scalar(ctx, inner, depth + 1),
        TypeRef::Array { .. } | TypeRef::Map { .. } | TypeRef::Any => false,
        TypeRef::Named { name } => match ctx.api.types.get(name).map(|d| &d.kind) {
            Some(TypeKind::Enum(_)) => true,
            Some(TypeKind::Alias { target }) => is_scalar(ctx, target, depth + 1),
            Some(TypeKind::Union(u)) => u.variants.iter().all(|v| is_scalar(ctx, &v.type_, depth + 1)),
            Some(TypeKind::Object(_)) | None => false,
        },
    }
}

/// The `...All` twin of a list method with signature `sig` (none when the cursor cannot be
/// passed).
pub(crate) fn list_all_view(
    ctx: &Ctx<'_>,
    o: &OpModel<'_>,
    sig: &Signature<'_>,
    list_method: &str,
    name: &str,
) -> Option<ListAllView> {
    let op = o.op;
    let p = op.pagination.as_ref()?;
    let cursor = cursor_input(op)?;
    let omit_cursor = |t: &str| format!("Omit<{t}, {}>", super::emit::str_lit(&param_key(cursor)));
    let (first, params, spread) = match &sig.shape {
        Shape::Positional { first, rest } => {
            let arg = ArgView { var: var_name(first), type_: ctx.ty(&first.type_) };
            if rest.iter().all(|i| std::ptr::eq(*i, cursor)) {
                (Some(arg), None, false)
            } else {
                let t = sig.params_type.as_deref()?;
                (Some(arg), Some(ParamsArgView { type_: omit_cursor(t), optional: true }), true)
            }
        }
        Shape::Object { all, all_optional } => {
            let t = sig.params_type.as_deref()?;
            if all.iter().all(|i| std::ptr::eq(*i, cursor)) {
                (None, None, false)
            } else {
                (None, Some(ParamsArgView { type_: omit_cursor(t), optional: *all_optional }), true)
            }
        }
        Shape::None => return None,
    };
    Some(ListAllView {
        name: name.to_string(),
        list_method: list_method.to_string(),
        item: ctx.ty(&p.item_type),
        first,
        params,
        cursor_key: param_key(cursor),
        spread,
    })
}
