//! `src/types.ts` (one interface or type alias per named type, type guards for discriminated
//! unions) and `src/constants.ts`.

use std::collections::HashSet;

use super::{doc, emit, literal, Ctx};
use crate::ir::{TypeDef, TypeKind, TypeRef};
use crate::naming;

pub(super) fn types_file(ctx: &Ctx<'_>, header: &str) -> String {
    let mut blocks = Vec::new();
    let mut guards_taken: HashSet<String> = HashSet::new();
    for def in ctx.api.types.values() {
        blocks.push(type_block(ctx, def));
        if let TypeKind::Union(u) = &def.kind {
            if let Some(disc) = &u.discriminator {
                for g in guards(ctx, def, disc, &mut guards_taken) {
                    blocks.push(g);
                }
            }
        }
    }
    let mut out = header.to_string();
    if blocks.is_empty() {
        out.push_str("\nexport {};\n");
    }
    for b in blocks {
        out.push('\n');
        out.push_str(&b);
        out.push('\n');
    }
    out
}

fn with_doc(doc_text: &Option<String>, indent: usize, code: String) -> String {
    let d = doc_text.as_deref().map(|d| emit::jsdoc(d, indent)).unwrap_or_default();
    if d.is_empty() {
        code
    } else {
        format!("{}{d}\n{code}", " ".repeat(indent))
    }
}

fn type_block(ctx: &Ctx<'_>, def: &TypeDef) -> String {
    let name = ctx.type_name(&def.name);
    if def.recursive_without_indirection {
        return with_doc(&def.doc, 0, recursive_block(ctx, &name, def));
    }
    let code = match &def.kind {
        TypeKind::Object(obj) => {
            if obj.properties.is_empty() {
                let value = match &obj.additional_properties {
                    Some(t) => ctx.ty(t),
                    None if obj.closed => "never".to_string(),
                    None => "unknown".to_string(),
                };
                format!("export type {name} = Record<string, {value}>;")
            } else {
                let mut lines = vec![format!("export interface {name} {{")];
                for p in &obj.properties {
                    let mut head = String::new();
                    if p.read_only {
                        head.push_str("readonly ");
                    }
                    head.push_str(&emit::prop_key(&p.wire_name));
                    if !p.required {
                        head.push('?');
                    }
                    head.push(':');
                    let mut text = p.doc.clone().unwrap_or_default();
                    if p.deprecated {
                        text.push_str(if text.is_empty() { "Deprecated." } else { "\n\nDeprecated." });
                    }
                    let doc_text = if text.is_empty() { None } else { Some(text) };
                    lines.push(with_doc(
                        &doc_text,
                        2,
                        emit::property_signature(2, &head, ctx.annotation_doc(&p.type_, false)),
                    ));
                }
                if obj.additional_properties.is_some() {
                    lines.push("  [key: string]: unknown;".to_string());
                }
                lines.push("}".to_string());
                lines.join("\n")
            }
        }
        TypeKind::Enum(e) => {
            let members: Vec<String> = e.values.iter().map(|v| literal(&v.value)).collect();
            if members.is_empty() {
                format!("export type {name} = never;")
            } else {
                emit::type_alias(&format!("export type {name}"), &members)
            }
        }
        TypeKind::Union(u) => {
            let mut members: Vec<String> = Vec::new();
            for v in &u.variants {
                for m in ctx.ty_members(&v.type_) {
                    if !members.contains(&m) {
                        members.push(m);
                    }
                }
            }
            if members.is_empty() {
                members.push("unknown".to_string());
            }
            emit::type_alias(&format!("export type {name}"), &members)
        }
        TypeKind::Alias { target } => emit::type_alias(&format!("export type {name}"), &ctx.ty_members(target)),
    };
    with_doc(&def.doc, 0, code)
}

/// An alias or union that reaches itself without an object property (IR flag
/// `recursive_without_indirection`): `Record<string, T>` would make the alias circular, so a map is
/// an interface with an index signature (a map alias) or an object literal type (inside a union,
/// array or nullable), which TypeScript resolves lazily.
fn recursive_block(ctx: &Ctx<'_>, name: &str, def: &TypeDef) -> String {
    fn lazy(ctx: &Ctx<'_>, t: &TypeRef) -> String {
        match t {
            TypeRef::Map { values } => format!("{{ [key: string]: {} }}", lazy(ctx, values)),
            TypeRef::Array { items } if matches!(**items, TypeRef::Nullable { .. }) => {
                format!("({})[]", lazy(ctx, items))
            }
            TypeRef::Array { items } => format!("{}[]", lazy(ctx, items)),
            TypeRef::Nullable { inner } if !matches!(**inner, TypeRef::Any) => format!("{} | null", lazy(ctx, inner)),
            other => ctx.ty(other),
        }
    }
    let targets: Vec<&TypeRef> = match &def.kind {
        TypeKind::Alias { target: TypeRef::Map { values } } => {
            return format!("export interface {name} {{\n  [key: string]: {};\n}}", lazy(ctx, values));
        }
        TypeKind::Alias { target } => vec![target],
        TypeKind::Union(u) => u.variants.iter().map(|v| &v.type_).collect(),
        _ => Vec::new(),
    };
    let mut members: Vec<String> = Vec::new();
    for t in targets {
        let parts = match t {
            TypeRef::Nullable { inner } if !matches!(**inner, TypeRef::Any) => vec![lazy(ctx, inner), "null".into()],
            other => vec![lazy(ctx, other)],
        };
        for m in parts {
            if !members.contains(&m) {
                members.push(m);
            }
        }
    }
    emit::type_alias(&format!("export type {name}"), &members)
}

/// `isX(value): value is X` for each variant of a discriminated union.
fn guards(ctx: &Ctx<'_>, def: &TypeDef, disc: &str, taken: &mut HashSet<String>) -> Vec<String> {
    let TypeKind::Union(u) = &def.kind else { return Vec::new() };
    let union_name = ctx.type_name(&def.name);
    // Direct property access needs the property on every variant, typed as the tag's literal.
    let every_variant_has =
        u.variants.iter().all(|v| matches!(discriminator_type(ctx, &v.type_, disc), Some(TypeRef::Literal { .. })));
    let access = if every_variant_has {
        if naming::is_ts_bare_key(disc) {
            format!("value.{disc}")
        } else {
            format!("value[{}]", emit::str_lit(disc))
        }
    } else {
        format!("(value as {{ {}?: unknown }})[{}]", emit::prop_key(disc), emit::str_lit(disc))
    };
    let mut out = Vec::new();
    for v in &u.variants {
        let TypeRef::Named { name } = &v.type_ else { continue };
        let variant = ctx.type_name(name);
        let values: Vec<String> = match discriminator_type(ctx, &v.type_, disc) {
            Some(TypeRef::Literal { value }) => vec![literal(&value)],
            _ => v.tags.iter().map(literal).collect(),
        };
        if values.is_empty() {
            continue;
        }
        let mut fname = format!("is{variant}");
        if taken.contains(&fname) {
            fname = format!("is{union_name}{variant}");
        }
        if !taken.insert(fname.clone()) {
            continue;
        }
        let doc_text = emit::jsdoc(&format!("Whether a `{union_name}` is a `{variant}` (by its `{disc}`)."), 0);
        let sig = doc::concat(vec![
            doc::text(format!("export function {fname}")),
            emit::params(vec![format!("value: {union_name}")], &format!(": value is {variant} {{")),
        ]);
        let body = emit::return_logical(values.iter().map(|val| format!("{access} === {val}")).collect(), "||", 2);
        out.push(format!("{doc_text}\n{}\n{body}\n}}", emit::statement(sig, 0)));
    }
    out
}

/// The type of the discriminator property of a variant, when the variant is an object that has it.
fn discriminator_type(ctx: &Ctx<'_>, t: &TypeRef, disc: &str) -> Option<TypeRef> {
    let TypeRef::Named { name } = t else { return None };
    let def = ctx.api.types.get(name)?;
    match &def.kind {
        TypeKind::Object(obj) => {
            obj.properties.iter().find(|p| p.wire_name == disc && p.required).map(|p| p.type_.clone())
        }
        TypeKind::Alias { target } => discriminator_type(ctx, target, disc),
        _ => None,
    }
}

/// `src/constants.ts`: the enum values that ship with the services, as readonly tuples.
pub(super) fn constants_file(ctx: &Ctx<'_>, header: &str) -> String {
    let mut out = header.to_string();
    let mut type_imports = Vec::new();
    let mut blocks = Vec::new();
    for c in &ctx.api.constants {
        let ty = ctx.type_name(&c.type_name);
        type_imports.push(ty.clone());
        let d = doc::concat(vec![
            doc::text(format!("export const {} = ", c.name)),
            emit::json_value(&serde_json::Value::Array(c.values.clone())),
            doc::text(format!(" as const satisfies readonly {ty}[];")),
        ]);
        let doc_text = emit::jsdoc(&format!("Every `{ty}` value, in the API's order."), 0);
        blocks.push(format!("{doc_text}\n{}", emit::statement(d, 0)));
    }
    if blocks.is_empty() {
        out.push_str("\nexport {};\n");
        return out;
    }
    out.push('\n');
    out.push_str(&emit::import(true, &type_imports, "./types.js"));
    out.push('\n');
    for b in blocks {
        out.push('\n');
        out.push_str(&b);
        out.push('\n');
    }
    out
}
