//! The view models of `src/errors.ts`, `src/client.ts` and `src/index.ts` (templates of the same
//! names under `templates/typescript/src/`): data only.

use serde::Serialize;

use super::ops::Model;
use super::{emit, user_agent_name, Ctx};
use crate::ir::{ErrorClassKind, ParamLocation, SecurityKind};
use crate::naming;

#[derive(Serialize)]
pub(crate) struct ErrorsView {
    header: String,
    sdk_name: String,
    base: String,
    classes: Vec<ErrorClassView>,
    /// Status → class, sorted.
    statuses: Vec<(u16, String)>,
    /// Status class (4 for 4xx) → class, sorted.
    status_classes: Vec<(u16, String)>,
    /// Error code → class, in the spec's order.
    codes: Vec<(String, String)>,
    unexpected_status: String,
    connection: String,
    timeout: String,
}

#[derive(Serialize)]
struct ErrorClassView {
    doc: String,
    name: String,
    parent: String,
}

pub(crate) fn errors_view(ctx: &Ctx<'_>) -> ErrorsView {
    let e = &ctx.api.errors;
    let find = |kind: ErrorClassKind| {
        e.classes.iter().find(|c| c.kind == kind).map(|c| c.name.clone()).unwrap_or_else(|| e.base.clone())
    };
    let mut statuses: Vec<(u16, String)> = Vec::new();
    let mut status_classes: Vec<(u16, String)> = Vec::new();
    for c in e.classes.iter().filter(|c| c.kind == ErrorClassKind::Status) {
        for s in &c.statuses {
            if !statuses.iter().any(|(x, _)| x == s) {
                statuses.push((*s, c.name.clone()));
            }
        }
        if let Some(sc) = c.status_class {
            if !status_classes.iter().any(|(x, _)| *x == sc) {
                status_classes.push((sc, c.name.clone()));
            }
        }
    }
    statuses.sort();
    status_classes.sort();
    ErrorsView {
        header: ctx.header(),
        sdk_name: ctx.config.sdk_name.clone(),
        base: e.base.clone(),
        classes: e
            .classes
            .iter()
            .map(|c| ErrorClassView { doc: c.doc.clone(), name: c.name.clone(), parent: c.parent.clone() })
            .collect(),
        statuses,
        status_classes,
        codes: e.codes.iter().map(|c| (c.code.clone(), c.class.clone())).collect(),
        unexpected_status: find(ErrorClassKind::UnexpectedStatus),
        connection: find(ErrorClassKind::Connection),
        timeout: find(ErrorClassKind::Timeout),
    }
}

#[derive(Serialize)]
pub(crate) struct ClientView {
    header: String,
    core: String,
    /// The API's title on one line.
    title: String,
    user_agent: String,
    version: String,
    /// The first server's URL without a trailing `/`.
    default_base_url: Option<String>,
    envelope: Option<EnvelopeView>,
    security_schemes: Vec<SchemeView>,
    /// Prefix of the environment variables: `GATEKEEPER`.
    env_prefix: String,
    has_token: bool,
    has_api_key: bool,
    has_basic: bool,
}

#[derive(Serialize)]
struct EnvelopeView {
    ok: String,
    data: String,
    error: String,
    code: String,
    message: String,
    details: Option<String>,
}

#[derive(Serialize)]
struct SchemeView {
    key: String,
    /// `bearer`, `apiKey` or `basic`.
    kind: &'static str,
    /// API keys: `header`, `query` or `cookie`, and the parameter's name.
    location: &'static str,
    name: String,
}

pub(crate) fn client_view(ctx: &Ctx<'_>) -> ClientView {
    let api = ctx.api;
    let has = |f: fn(&SecurityKind) -> bool| api.security_schemes.iter().any(|s| f(&s.kind));
    ClientView {
        header: ctx.header(),
        core: ctx.core_name(),
        title: emit::one_line(&api.title),
        user_agent: user_agent_name(ctx),
        version: ctx.config.typescript.version.clone(),
        default_base_url: api.servers.first().map(|s| s.url.trim_end_matches('/').to_string()),
        envelope: api.envelope.as_ref().map(|e| EnvelopeView {
            ok: e.ok_field.clone(),
            data: e.data_field.clone(),
            error: e.error_field.clone(),
            code: e.code_field.clone(),
            message: e.message_field.clone(),
            details: e.details_field.clone(),
        }),
        security_schemes: api
            .security_schemes
            .iter()
            .map(|s| match &s.kind {
                SecurityKind::Bearer => {
                    SchemeView { key: s.key.clone(), kind: "bearer", location: "", name: String::new() }
                }
                SecurityKind::Basic => {
                    SchemeView { key: s.key.clone(), kind: "basic", location: "", name: String::new() }
                }
                SecurityKind::ApiKey { location, param } => SchemeView {
                    key: s.key.clone(),
                    kind: "apiKey",
                    location: match location {
                        ParamLocation::Query => "query",
                        ParamLocation::Cookie => "cookie",
                        _ => "header",
                    },
                    name: param.clone(),
                },
            })
            .collect(),
        env_prefix: naming::screaming(&ctx.config.sdk_name),
        has_token: has(|k| matches!(k, SecurityKind::Bearer)),
        has_api_key: has(|k| matches!(k, SecurityKind::ApiKey { .. })),
        has_basic: has(|k| matches!(k, SecurityKind::Basic)),
    }
}

#[derive(Serialize)]
pub(crate) struct IndexView {
    header: String,
    core: String,
    /// The base error class and every other.
    errors: Vec<String>,
    services: Vec<IndexService>,
    /// Scope classes and their group classes.
    scopes: Vec<String>,
    constants: Vec<String>,
}

#[derive(Serialize)]
struct IndexService {
    class: String,
    file: String,
    /// Its defaults and parameter interfaces.
    types: Vec<String>,
}

pub(crate) fn index_view(ctx: &Ctx<'_>, model: &Model<'_>) -> IndexView {
    let mut errors = vec![ctx.api.errors.base.clone()];
    errors.extend(ctx.api.errors.classes.iter().map(|c| c.name.clone()));
    let services = model
        .services
        .iter()
        .map(|s| {
            let mut types: Vec<String> = s.defaults_iface.iter().cloned().collect();
            types.extend(s.ops.iter().filter_map(|o| o.sig.params_type.clone()));
            IndexService { class: s.class.clone(), file: s.file.clone(), types }
        })
        .collect();
    let mut scopes = Vec::new();
    for m in &model.scopes {
        scopes.push(m.class.clone());
        scopes.extend(m.scope.groups.iter().map(|g| format!("{}{}", m.class, naming::pascal(&g.name))));
    }
    IndexView {
        header: ctx.header(),
        core: ctx.core_name(),
        errors,
        services,
        scopes,
        constants: ctx.api.constants.iter().map(|c| c.name.clone()).collect(),
    }
}
