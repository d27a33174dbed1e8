//! The document → IR. The only module (with `resolve` and `load`) that reads openapiv3 types.
//!
//! Order matters and is fixed: component types, then the envelope and error model (they read the
//! component types), then operations grouped into services, then scopes, defaults and constants.

mod duplicates;
mod errors;
pub mod grouping;
mod operations;
mod pagination;
mod schema;
mod scopes;

use std::collections::{HashMap, HashSet};

use indexmap::IndexMap;
use openapiv3::{OpenAPI, ReferenceOr, SecurityScheme as OaScheme};
use serde_json::Value;

use crate::config::Config;
use crate::diagnostics::{pointer_escape, Diagnostics, SpecError};
use crate::ir::{
    Api, Constant, Envelope, GroupedBy, HttpMethod, InputDefault, ParamLocation, SecurityKind, SecurityScheme, Server,
    Service, ServiceDefault, TypeDef, TypeKind, TypeRef,
};
use crate::naming::{self, NameSet};
use crate::resolve::Resolver;

pub use errors::reserved_class_names;
use operations::{EnvelopeShape, OperationLowerer};
use schema::TypeLowerer;

pub fn lower(doc: &OpenAPI, config: &Config, diags: &mut Diagnostics) -> Result<Api, SpecError> {
    let resolver = Resolver::new(doc);
    let sdk = config.sdk_name.clone();
    let mut reserved = reserved_class_names();
    // `{Sdk}Error`, unless an API's name makes it one of the status classes (an SDK named
    // `Authentication` would define `AuthenticationError` twice): then `{Sdk}ApiError`.
    let base_error = match format!("{sdk}Error") {
        taken if reserved.contains(&taken) => format!("{sdk}ApiError"),
        name => name,
    };
    reserved.extend([base_error.clone(), format!("{sdk}Core"), format!("Async{sdk}Core")]);
    let mut types = TypeLowerer::new(&resolver, &reserved);
    types.lower_components(diags)?;

    let security_schemes = security_schemes(doc, &resolver, diags)?;
    let scheme_keys: Vec<String> = security_schemes.iter().map(|s| s.key.clone()).collect();

    // The envelope and the error model come from the component types.
    let (envelope, error_type) = detect_envelope(&resolver, &types);
    let code_enum = match (&envelope, &error_type) {
        (Some(env), Some(t)) => {
            let lookup = |n: &str| types.get(n).cloned();
            errors::code_enum_name(t, &lookup, &env.code_field)
        }
        _ => None,
    };
    let code_component = code_enum.as_ref().and_then(|name| {
        doc.components.as_ref()?.schemas.keys().find(|k| types.component_type_name(k) == Some(name.as_str())).cloned()
    });
    let statuses = code_component.as_deref().and_then(|k| errors::statuses_extension(doc, k));
    let error_model = errors::build(&base_error, code_enum.as_ref().and_then(|n| types.get(n)), statuses);

    let global_security = {
        let lowerer = OperationLowerer {
            resolver: &resolver,
            types: &mut types,
            envelope: None,
            global_security: Vec::new(),
            scheme_keys: scheme_keys.clone(),
        };
        lowerer.security(doc.security.as_deref().unwrap_or(&[]), "/security", diags)
    };

    let mut services = services_from_tags(doc);
    let grouping = grouping::Grouping::new(doc, &config.services);
    let mut lowerer = OperationLowerer {
        resolver: &resolver,
        types: &mut types,
        envelope: envelope
            .as_ref()
            .map(|e| EnvelopeShape { ok_field: e.ok_field.clone(), data_field: e.data_field.clone() }),
        global_security,
        scheme_keys,
    };
    let mut seen_ids: HashMap<String, String> = HashMap::new();
    let mut method_names: HashMap<String, NameSet> = HashMap::new();
    for (path, item) in &doc.paths.paths {
        let path_at = format!("/paths/{}", pointer_escape(path));
        let item = match item {
            ReferenceOr::Item(i) => i,
            ReferenceOr::Reference { reference } => {
                diags.warn(&path_at, format!("path item reference `{reference}` is not supported; path skipped"));
                continue;
            }
        };
        for (m, op) in item.iter() {
            let Some(method) = operations::method_of(m) else { continue };
            let at = format!("{path_at}/{m}");
            let id = match &op.operation_id {
                Some(id) if !id.trim().is_empty() => id.clone(),
                _ => operations::synthesize_id(method, path),
            };
            if let Some(first) = seen_ids.insert(id.clone(), at.clone()) {
                return Err(SpecError::at(&at, format!("duplicate operationId `{id}` (first used at {first})")));
            }
            let (key, service_name, by_shape) = match grouping.place(op.tags.first().map(String::as_str), path) {
                grouping::Placement::Tag(tag) => {
                    let name = services.entry_for(&tag, GroupedBy::Tag);
                    (tag, name, None)
                }
                grouping::Placement::Path { name, prefix } => {
                    let (key, name) = services.entry_for_path(&name, &prefix);
                    let by_shape = grouping.shape_method_name(&id, method, path, &name);
                    (key, name, by_shape)
                }
                grouping::Placement::Action { name, resource } => {
                    let (key, name) = services.entry_for_action(&name, &resource);
                    (key, name, grouping.action_method_name(&id, method, path))
                }
                grouping::Placement::Default => {
                    let tag = grouping::DEFAULT_SERVICE.to_string();
                    let name = services.entry_for(&tag, GroupedBy::Default);
                    (tag, name, None)
                }
            };
            let names = method_names.entry(service_name.clone()).or_default();
            let mut name = by_shape.unwrap_or_else(|| operations::method_name(&id, &service_name));
            if names.contains(&name) {
                name = naming::snake(&id);
            }
            let name = names.claim_snake(&name);
            let lowered = lowerer.lower(path, method, op, &item.parameters, id, name, diags)?;
            services.push(&key, lowered);
        }
    }
    drop(lowerer);

    let mut services = services.finish(doc);
    for svc in &mut services {
        for op in &mut svc.operations {
            for e in &mut op.errors {
                e.class = errors::class_for_status(&error_model, &e.status);
            }
        }
    }
    let scopes = scopes::derive(&mut services);
    apply_service_defaults(doc, &mut services, &types, diags);
    let types_map = types.finish()?;
    let constants = constants(&mut services, &types_map);

    let description = doc.info.description.clone().filter(|d| !d.trim().is_empty());
    let mut api = Api {
        title: doc.info.title.clone(),
        version: doc.info.version.clone(),
        description,
        sdk_name: sdk,
        servers: doc
            .servers
            .iter()
            .map(|s| Server { url: s.url.clone(), description: s.description.clone() })
            .collect(),
        security_schemes,
        types: types_map,
        services,
        scopes,
        errors: error_model,
        envelope,
        constants,
    };
    duplicates::alias_duplicates(&mut api);
    Ok(api)
}

/// Services keyed by tag, in the order of the document's `tags` list, then of first use.
struct ServiceSet {
    by_tag: IndexMap<String, Service>,
    names: NameSet,
}

fn services_from_tags(doc: &OpenAPI) -> ServiceSet {
    let mut set = ServiceSet { by_tag: IndexMap::new(), names: NameSet::new() };
    for t in &doc.tags {
        set.entry_for(&t.name, GroupedBy::Tag);
        if let Some(s) = set.by_tag.get_mut(&t.name) {
            s.doc = t.description.clone().filter(|d| !d.trim().is_empty());
        }
    }
    set
}

impl ServiceSet {
    /// The service name for a tag, creating the service on first use.
    fn entry_for(&mut self, tag: &str, grouped_by: GroupedBy) -> String {
        if let Some(s) = self.by_tag.get(tag) {
            return s.name.clone();
        }
        let name = self.names.claim_snake(&naming::snake(tag));
        self.by_tag.insert(
            tag.to_string(),
            Service {
                name: name.clone(),
                // Tag casing unless the name had to be made unique.
                type_name: if name == naming::snake(tag) { naming::pascal(tag) } else { naming::pascal(&name) },
                tag: tag.to_string(),
                resource_path: None,
                grouped_by,
                doc: None,
                operations: Vec::new(),
                defaults: Vec::new(),
                constants: Vec::new(),
                scopes: Vec::new(),
            },
        );
        name
    }

    /// The service of a path resource (`grouping::Placement::Path`): a tag service of the same name
    /// if there is one, else a service documented by its path prefix. Returns its key and name.
    fn entry_for_path(&mut self, name: &str, prefix: &str) -> (String, String) {
        let doc = format!("Operations on `{prefix}` and below.");
        self.entry_for_resource(name, GroupedBy::PathResource, doc, Some(prefix))
    }

    /// The service of an action's resource (`grouping::Placement::Action`): a tag service of the same
    /// name if there is one, else a service documented by its resource. Returns its key and name.
    fn entry_for_action(&mut self, name: &str, resource: &str) -> (String, String) {
        self.entry_for_resource(name, GroupedBy::ActionResource, format!("Actions on {resource}."), None)
    }

    /// A tag service whose name collides with `name`, else a new service made by `rule`, with `doc`
    /// and the path up to its resource.
    fn entry_for_resource(
        &mut self,
        name: &str,
        rule: GroupedBy,
        doc: String,
        resource_path: Option<&str>,
    ) -> (String, String) {
        let key = naming::collision_key(name);
        if let Some((k, s)) = self.by_tag.iter().find(|(k, _)| naming::collision_key(k) == key) {
            return (k.clone(), s.name.clone());
        }
        let service_name = self.entry_for(name, rule);
        if let Some(s) = self.by_tag.get_mut(name) {
            s.doc = Some(doc);
            s.resource_path = resource_path.map(str::to_string);
        }
        (name.to_string(), service_name)
    }

    fn push(&mut self, tag: &str, op: crate::ir::Operation) {
        if let Some(s) = self.by_tag.get_mut(tag) {
            s.operations.push(op);
        }
    }

    /// Services that have operations.
    fn finish(self, _doc: &OpenAPI) -> Vec<Service> {
        self.by_tag.into_values().filter(|s| !s.operations.is_empty()).collect()
    }
}

fn security_schemes(
    doc: &OpenAPI,
    resolver: &Resolver<'_>,
    diags: &mut Diagnostics,
) -> Result<Vec<SecurityScheme>, SpecError> {
    let mut out = Vec::new();
    let mut names = NameSet::new();
    let Some(c) = &doc.components else { return Ok(out) };
    for (key, s) in &c.security_schemes {
        let at = format!("/components/securitySchemes/{}", pointer_escape(key));
        let scheme = resolver.security_scheme(s, &at)?;
        let (kind, doc_text) = match scheme {
            OaScheme::APIKey { location, name, description, .. } => {
                let location = match location {
                    openapiv3::APIKeyLocation::Header => ParamLocation::Header,
                    openapiv3::APIKeyLocation::Query => ParamLocation::Query,
                    openapiv3::APIKeyLocation::Cookie => ParamLocation::Cookie,
                };
                (SecurityKind::ApiKey { location, param: name.clone() }, description.clone())
            }
            OaScheme::HTTP { scheme, description, .. } => {
                let kind = if scheme.eq_ignore_ascii_case("basic") {
                    SecurityKind::Basic
                } else {
                    if !scheme.eq_ignore_ascii_case("bearer") {
                        diags.warn(&at, format!("HTTP auth scheme `{scheme}` is sent as a bearer token"));
                    }
                    SecurityKind::Bearer
                };
                (kind, description.clone())
            }
            OaScheme::OAuth2 { description, .. } | OaScheme::OpenIDConnect { description, .. } => {
                (SecurityKind::Bearer, description.clone())
            }
        };
        out.push(SecurityScheme {
            key: key.clone(),
            name: names.claim_snake(&naming::snake(key)),
            kind,
            doc: doc_text,
        });
    }
    Ok(out)
}

/// Finds the `{ ok, error: { code, message } }` error envelope among the component schemas; the
/// success side is then `{ ok, data }`. Returns the envelope and the type of its `error` field.
fn detect_envelope(resolver: &Resolver<'_>, types: &TypeLowerer<'_>) -> (Option<Envelope>, Option<TypeRef>) {
    let Some(c) = &resolver.doc.components else { return (None, None) };
    for (key, s) in &c.schemas {
        let Some(name) = types.component_type_name(key) else { continue };
        let Ok((root, _)) = resolver.schema(s, "") else { continue };
        let mut members = Vec::new();
        operations::collect_members(resolver, root, "", &mut members, 0);
        let props: Vec<&String> =
            members.iter().flat_map(|(m, _)| schema::flat(m).properties.into_iter().map(|(k, _)| k)).collect();
        if !(props.iter().any(|p| *p == "ok") && props.iter().any(|p| *p == "error")) {
            continue;
        }
        let Some(TypeDef { kind: TypeKind::Object(o), .. }) = types.get(name) else { continue };
        let Some(error) = o.properties.iter().find(|p| p.wire_name == "error") else { continue };
        let TypeRef::Named { name: err_name } = error.type_.non_null() else { continue };
        let Some(TypeDef { kind: TypeKind::Object(e), .. }) = types.get(err_name) else { continue };
        let has = |f: &str| e.properties.iter().any(|p| p.wire_name == f);
        if has("code") && has("message") {
            let env = Envelope {
                ok_field: "ok".into(),
                data_field: "data".into(),
                error_field: "error".into(),
                code_field: "code".into(),
                message_field: "message".into(),
                details_field: has("details").then(|| "details".to_string()),
            };
            return (Some(env), Some(error.type_.clone()));
        }
    }
    (None, None)
}

/// `x-sdk-defaults: [scopes, quota.period]` on a tag: constructor-level defaults of its service.
fn apply_service_defaults(doc: &OpenAPI, services: &mut [Service], types: &TypeLowerer<'_>, diags: &mut Diagnostics) {
    for (ti, tag) in doc.tags.iter().enumerate() {
        let Some(list) = tag.extensions.get("x-sdk-defaults") else { continue };
        let at = format!("/tags/{ti}/x-sdk-defaults");
        let Some(svc) = services.iter_mut().find(|s| s.tag == tag.name) else { continue };
        let Some(entries) = list.as_array() else {
            diags.warn(&at, "x-sdk-defaults must be a list of input names");
            continue;
        };
        let mut names = NameSet::new();
        for (i, entry) in entries.iter().enumerate() {
            let Some(dotted) = entry.as_str() else {
                diags.warn(format!("{at}/{i}"), "x-sdk-defaults entries must be strings");
                continue;
            };
            let path: Vec<String> = dotted.split('.').map(str::to_string).collect();
            let name = names.claim_snake(&naming::snake(&path.join("_")));
            let mut found: Option<TypeRef> = None;
            // Not for updates: a default there would overwrite what the caller meant to keep.
            for op in svc.operations.iter_mut().filter(|o| !matches!(o.method, HttpMethod::Patch | HttpMethod::Put)) {
                for input in op.inputs.iter_mut().filter(|i| !i.required && i.wire_name == path[0]) {
                    if let Some(t) = field_type(&input.type_, &path[1..], types) {
                        found.get_or_insert(t);
                        input
                            .service_defaults
                            .push(InputDefault { default: name.clone(), field_path: path[1..].to_vec() });
                    }
                }
            }
            match found {
                Some(type_) => {
                    svc.defaults.push(ServiceDefault { name, path, type_: type_.non_null().clone(), doc: None })
                }
                None => diags.warn(
                    format!("{at}/{i}"),
                    format!("no optional input `{dotted}` in the operations of tag `{}`", tag.name),
                ),
            }
        }
    }
}

/// The type at `path` inside `t` (through named objects).
fn field_type(t: &TypeRef, path: &[String], types: &TypeLowerer<'_>) -> Option<TypeRef> {
    let Some((first, rest)) = path.split_first() else { return Some(t.clone()) };
    let TypeRef::Named { name } = t.non_null() else { return None };
    let TypeKind::Object(o) = &types.get(name)?.kind else { return None };
    let p = o.properties.iter().find(|p| &p.wire_name == first)?;
    field_type(&p.type_, rest, types)
}

/// One constant per named enum an operation input uses (`QUOTA_PERIODS`), shared by the services
/// that use it.
fn constants(services: &mut [Service], types: &IndexMap<String, TypeDef>) -> Vec<Constant> {
    let mut out: Vec<Constant> = Vec::new();
    let mut names = NameSet::new();
    for svc in services.iter_mut() {
        let mut used = Vec::new();
        for op in &svc.operations {
            for input in &op.inputs {
                collect_enums(&input.type_, types, &mut HashSet::new(), &mut used, 0);
            }
        }
        for enum_name in used {
            let existing = out.iter().find(|c| c.type_name == enum_name).map(|c| c.name.clone());
            let name = match existing {
                Some(n) => n,
                None => {
                    let Some(TypeDef { kind: TypeKind::Enum(e), .. }) = types.get(&enum_name) else { continue };
                    // A nullable enum is hoisted as `<Name>Value` behind the alias `<Name>`: the
                    // constant is named after the schema (`CODE_SCANNING_ALERT_STATES`).
                    let schema_name = enum_name
                        .strip_suffix("Value")
                        .filter(|alias| {
                            matches!(types.get(*alias), Some(TypeDef { kind: TypeKind::Alias { target }, .. })
                                if matches!(target.non_null(), TypeRef::Named { name } if *name == enum_name))
                        })
                        .unwrap_or(&enum_name);
                    let snake = naming::snake(schema_name);
                    let plural = match snake.rsplit_once('_') {
                        Some((head, last)) => format!("{head}_{}", naming::pluralize(last)),
                        None => naming::pluralize(&snake),
                    };
                    let name = naming::screaming(&names.claim_snake(&plural));
                    out.push(Constant {
                        name: name.clone(),
                        type_name: enum_name.clone(),
                        values: e.values.iter().map(|v| v.value.clone()).collect::<Vec<Value>>(),
                    });
                    name
                }
            };
            if !svc.constants.contains(&name) {
                svc.constants.push(name);
            }
        }
    }
    out
}

fn collect_enums(
    t: &TypeRef,
    types: &IndexMap<String, TypeDef>,
    seen: &mut HashSet<String>,
    out: &mut Vec<String>,
    depth: usize,
) {
    if depth > 8 {
        return;
    }
    match t {
        TypeRef::Nullable { inner } | TypeRef::Array { items: inner } | TypeRef::Map { values: inner } => {
            collect_enums(inner, types, seen, out, depth + 1)
        }
        TypeRef::Named { name } => {
            if !seen.insert(name.clone()) {
                return;
            }
            match types.get(name).map(|d| &d.kind) {
                Some(TypeKind::Enum(_)) if !out.contains(name) => out.push(name.clone()),
                Some(TypeKind::Enum(_)) => {}
                Some(TypeKind::Object(o)) => {
                    for p in &o.properties {
                        collect_enums(&p.type_, types, seen, out, depth + 1);
                    }
                }
                Some(TypeKind::Alias { target }) => collect_enums(target, types, seen, out, depth + 1),
                _ => {}
            }
        }
        _ => {}
    }
}
