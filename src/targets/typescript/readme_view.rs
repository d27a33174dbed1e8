//! The README's view model (`readme` in the context of `README.md.j2` and `readme/*.md.j2`): the
//! services with their methods and example calls, and the data of the usage, scope, pagination
//! and error examples.

use serde::Serialize;
use serde_json::Value;

use super::ops::{example_args, example_of_type, method_name, result_type, Model, OpModel, Shape};
use super::service_view::{signature_args, ArgView, ParamsArgView};
use super::{emit, layout, literal, Ctx};
use crate::ir::SecurityKind;
use crate::naming;

#[derive(Serialize)]
pub(crate) struct ReadmeView {
    enveloped: bool,
    services: Vec<ReadmeService>,
    /// The core's options in the quick start: the base URL (a string literal) and the credentials
    /// the API uses.
    base_url: String,
    has_token: bool,
    has_api_key: bool,
    has_basic: bool,
    /// The first service's first call, for the errors example.
    error_call: Option<ExampleCall>,
    scope_example: Option<ScopeExample>,
    list_example: Option<ListExample>,
    constants: Vec<String>,
}

#[derive(Serialize)]
struct ReadmeService {
    class: String,
    /// Its module under `services/` (and entry point `<package>/services/<file>`).
    file: String,
    /// The service's doc as Markdown.
    doc: String,
    var: String,
    /// Its first method, called with the spec's examples.
    example: Option<ExampleCall>,
    methods: Vec<ReadmeMethod>,
}

#[derive(Serialize)]
struct ExampleCall {
    class: String,
    method: String,
    /// Arguments, as layout markup.
    args: Vec<String>,
}

#[derive(Serialize)]
struct ReadmeMethod {
    name: String,
    first: Option<ArgView>,
    params: Option<ParamsArgView>,
    ret: String,
    /// The summary as one line of Markdown, without its final period.
    summary: String,
}

#[derive(Serialize)]
struct ScopeExample {
    class: String,
    /// The bound id, a TypeScript literal.
    id: String,
    group: String,
    method: String,
}

#[derive(Serialize)]
struct ListExample {
    var: String,
    class: String,
    method: String,
    list_all: String,
}

fn example_call(ctx: &Ctx<'_>, class: &str, o: &OpModel<'_>) -> ExampleCall {
    ExampleCall {
        class: class.to_string(),
        method: o.method.clone(),
        args: example_args(ctx, &o.sig, o.op).iter().map(|(d, _)| layout::markup(d)).collect(),
    }
}

pub(crate) fn readme_view(ctx: &Ctx<'_>, model: &Model<'_>) -> ReadmeView {
    let services = model
        .services
        .iter()
        .map(|s| ReadmeService {
            class: s.class.clone(),
            file: s.file.clone(),
            doc: s.svc.doc.as_deref().map(emit::md).unwrap_or_default(),
            var: naming::typescript_ident(&s.svc.name),
            example: s.ops.first().map(|o| example_call(ctx, &s.class, o)),
            methods: s
                .ops
                .iter()
                .map(|o| {
                    let (first, params) = signature_args(ctx, &o.sig);
                    let summary = o.op.summary.as_deref().map(emit::one_line).unwrap_or_default();
                    ReadmeMethod {
                        name: o.method.clone(),
                        first,
                        params,
                        ret: result_type(ctx, o.op).0,
                        summary: emit::md(summary.trim_end_matches('.')),
                    }
                })
                .collect(),
        })
        .collect();
    let scope_example = model.scopes.iter().find(|m| m.chain.len() == 1 && !m.scope.groups.is_empty()).map(|m| {
        let g = &m.scope.groups[0];
        let id = m.chain.first().map(|p| example_of_type(ctx, &p.type_, 0)).unwrap_or(Value::Null);
        let id = if id == Value::String("string".to_string()) { Value::String("id_123".to_string()) } else { id };
        ScopeExample {
            class: m.class.clone(),
            id: literal(&id),
            group: naming::camel(&g.name),
            method: g.operations.first().map(|o| method_name(&o.name)).unwrap_or_default(),
        }
    });
    let list_example = model.services.iter().find_map(|s| {
        s.ops
            .iter()
            .find(|o| o.list_all.is_some() && matches!(o.sig.shape, Shape::Object { all_optional: true, .. }))
            .map(|o| ListExample {
                var: naming::typescript_ident(&s.svc.name),
                class: s.class.clone(),
                method: o.method.clone(),
                list_all: o.list_all.clone().unwrap_or_default(),
            })
    });
    let has = |f: fn(&SecurityKind) -> bool| ctx.api.security_schemes.iter().any(|s| f(&s.kind));
    ReadmeView {
        enveloped: ctx.api.envelope.is_some(),
        services,
        base_url: emit::str_lit(
            ctx.api.servers.first().map(|s| s.url.trim_end_matches('/')).unwrap_or("https://api.example.com"),
        ),
        has_token: has(|k| matches!(k, SecurityKind::Bearer)),
        has_api_key: has(|k| matches!(k, SecurityKind::ApiKey { .. })),
        has_basic: has(|k| matches!(k, SecurityKind::Basic)),
        error_call: model.services.first().and_then(|s| s.ops.first().map(|o| example_call(ctx, &s.class, o))),
        scope_example,
        list_example,
        constants: ctx.api.constants.iter().map(|c| c.name.clone()).collect(),
    }
}
