//! The view models of `src/types.ts` (one interface or type alias per named type, type guards for
//! discriminated unions; runs of declarations rendered in parallel by `src/types.items.ts.j2` with
//! the macros of `macros/model.ts.j2`, the file joined by `src/types.ts.j2`) and
//! `src/constants.ts` (template `src/constants.ts.j2`): data only.

use foldhash::{HashMap, HashMapExt, HashSet, HashSetExt};
use std::collections::BTreeSet;

use serde::Serialize;

use super::service_view::{ImportView, PropertyView};
use super::{emit, layout, literal, Ctx};
use crate::ir::{TypeDef, TypeKind, TypeRef};
use crate::render::{self, RenderError};

/// The file: the declarations, each already rendered.
#[derive(Serialize)]
pub(crate) struct TypesView {
    pub header: String,
    pub blocks: Vec<String>,
}

/// One declaration of `types.ts`; `kind` says which macro renders it.
#[derive(Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub(crate) enum TypeBlock {
    /// An object type with properties: `properties` are their signatures, rendered (by
    /// [`render_properties`]); `props` their views until then.
    Interface {
        name: String,
        doc: Option<String>,
        #[serde(skip)]
        props: Vec<PropertyView>,
        properties: Vec<String>,
        open: bool,
    },
    /// An object type without properties: `Record<string, value>`.
    Record { name: String, doc: Option<String>, value: String },
    /// A map type that contains itself: an interface with an index signature (a `Record` alias
    /// would be circular).
    IndexInterface { name: String, doc: Option<String>, value: String },
    /// An enum: the union of its values (none: `never`).
    Enum { name: String, doc: Option<String>, members: Vec<String> },
    /// A union of types.
    Union { name: String, doc: Option<String>, members: Vec<String> },
    /// Another name for a type.
    Alias { name: String, doc: Option<String>, members: Vec<String> },
    /// `isVariant(value): value is Variant` of a discriminated union.
    Guard(GuardView),
}

#[derive(Serialize)]
pub(crate) struct GuardView {
    name: String,
    union: String,
    variant: String,
    /// The discriminator property.
    disc: String,
    /// Every variant has the property typed as a literal, so it can be read directly.
    direct: bool,
    /// The tag values (TypeScript literals) that mean this variant.
    values: Vec<String>,
}

/// The declarations of `types.ts`, in order: each type (built in parallel), then the guards of a
/// discriminated union after it (named in order, so a name taken first stays first).
pub(super) fn type_blocks(ctx: &Ctx<'_>) -> Vec<TypeBlock> {
    use rayon::prelude::*;
    let defs: Vec<&TypeDef> = ctx.api.types.values().collect();
    let (_, received) = crate::ir::reach::usage(ctx.api);
    let built: Vec<TypeBlock> = defs.par_iter().map(|def| type_block(ctx, def, &received)).collect();
    let mut blocks = Vec::with_capacity(built.len());
    let mut guards_taken: HashSet<String> = HashSet::new();
    for (def, block) in defs.into_iter().zip(built) {
        blocks.push(block);
        if let TypeKind::Union(u) = &def.kind {
            if let Some(disc) = &u.discriminator {
                blocks.extend(guards(ctx, def, disc, &mut guards_taken).into_iter().map(TypeBlock::Guard));
            }
        }
    }
    blocks
}

/// Renders the property signatures of the interfaces in `blocks` (their `properties`), each
/// distinct property once, in parallel runs of `src/types.properties.ts.j2` (the macro
/// `property(p)` of `macros/interface.ts.j2`): GitHub's 41,000 properties are 10,300 distinct ones.
pub(super) fn render_properties(env: &render::Env, blocks: &mut [TypeBlock]) -> Result<(), RenderError> {
    use rayon::prelude::*;
    let mut index: HashMap<PropertyView, usize> = HashMap::new();
    let mut distinct: Vec<PropertyView> = Vec::new();
    let mut ids: Vec<Vec<usize>> = Vec::new();
    for block in blocks.iter_mut() {
        if let TypeBlock::Interface { props, .. } = block {
            ids.push(
                std::mem::take(props)
                    .into_iter()
                    .map(|p| {
                        *index.entry(p).or_insert_with_key(|p| {
                            distinct.push(p.clone());
                            distinct.len() - 1
                        })
                    })
                    .collect(),
            );
        }
    }
    drop(index);
    // Each run's signatures, one after the other, each followed by `sep` (a character that
    // rendered code never holds); a run whose output does not split into as many signatures as
    // it has properties (a doc holding that character) is rendered one property at a time.
    let sep = '\u{E01E}';
    let texts: Vec<Vec<String>> = distinct
        .par_chunks(PROPERTY_RUN)
        .map(|run| {
            let out = render::render(env, "src/types.properties.ts.j2", minijinja::context! { items => run, sep })?;
            let parts: Vec<String> = out.split(sep).map(str::to_string).collect();
            if parts.len() == run.len() + 1 && parts.last().is_some_and(String::is_empty) {
                return Ok(parts[..run.len()].to_vec());
            }
            run.iter()
                .map(|p| {
                    let one =
                        render::render(env, "src/types.properties.ts.j2", minijinja::context! { items => [p], sep })?;
                    Ok(one.strip_suffix(sep).unwrap_or(&one).to_string())
                })
                .collect()
        })
        .collect::<Result<_, RenderError>>()?;
    let texts: Vec<String> = texts.into_iter().flatten().collect();
    let mut ids = ids.into_iter();
    for block in blocks.iter_mut() {
        if let TypeBlock::Interface { properties, .. } = block {
            *properties = ids.next().unwrap_or_default().into_iter().map(|i| texts[i].clone()).collect();
        }
    }
    Ok(())
}

/// Distinct properties per render of [`render_properties`].
const PROPERTY_RUN: usize = 256;

/// The member that lets an enum responses carry admit values the SDK does not know yet (a value
/// the API adds later), while editors still complete the known ones: `(string & {})` is every
/// string, but TypeScript does not fold the literals into it.
fn open_member(e: &crate::ir::EnumType) -> Vec<String> {
    use crate::ir::EnumRepr;
    let strings = e.values.iter().any(|v| v.value.is_string());
    let numbers = e.values.iter().any(|v| v.value.is_number());
    match e.repr {
        EnumRepr::String if strings => vec!["(string & {})".to_string()],
        EnumRepr::Integer if numbers => vec!["(number & {})".to_string()],
        EnumRepr::Mixed => {
            let mut out = Vec::new();
            if strings {
                out.push("(string & {})".to_string());
            }
            if numbers {
                out.push("(number & {})".to_string());
            }
            out
        }
        _ => Vec::new(),
    }
}

fn type_block(ctx: &Ctx<'_>, def: &TypeDef, received: &BTreeSet<String>) -> TypeBlock {
    let name = ctx.type_name(&def.name);
    let doc = def.doc.clone();
    if def.recursive_without_indirection {
        return recursive_block(ctx, name, doc, def);
    }
    match &def.kind {
        TypeKind::Object(obj) if obj.properties.is_empty() => {
            let value = match &obj.additional_properties {
                Some(t) => ctx.ty(t),
                None if obj.closed => "never".to_string(),
                None => "unknown".to_string(),
            };
            TypeBlock::Record { name, doc, value }
        }
        TypeKind::Object(obj) => TypeBlock::Interface {
            name,
            doc,
            properties: Vec::new(),
            props: obj
                .properties
                .iter()
                .map(|p| PropertyView {
                    key: emit::prop_key(&p.wire_name),
                    optional: !p.required,
                    readonly: p.read_only,
                    type_: layout::markup(&ctx.annotation_doc(&p.type_, false)),
                    doc: p.doc.clone().unwrap_or_default(),
                    deprecated: p.deprecated,
                })
                .collect(),
            open: obj.additional_properties.is_some(),
        },
        TypeKind::Enum(e) => {
            let mut members: Vec<String> = e.values.iter().map(|v| literal(&v.value)).collect();
            if received.contains(def.name.as_str()) && !members.is_empty() {
                members.extend(open_member(e));
            }
            TypeBlock::Enum { name, doc, members }
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
            TypeBlock::Union { name, doc, members }
        }
        TypeKind::Alias { target } => TypeBlock::Alias { name, doc, members: ctx.ty_members(target) },
    }
}

/// An alias or union that reaches itself without an object property (IR flag
/// `recursive_without_indirection`): `Record<string, T>` would make the alias circular, so a map is
/// an interface with an index signature (a map alias) or an object literal type (inside a union,
/// array or nullable), which TypeScript resolves lazily.
fn recursive_block(ctx: &Ctx<'_>, name: String, doc: Option<String>, def: &TypeDef) -> TypeBlock {
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
            return TypeBlock::IndexInterface { name, doc, value: lazy(ctx, values) };
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
    TypeBlock::Alias { name, doc, members }
}

/// The guards of a discriminated union, one per variant that has tag values.
fn guards(ctx: &Ctx<'_>, def: &TypeDef, disc: &str, taken: &mut HashSet<String>) -> Vec<GuardView> {
    let TypeKind::Union(u) = &def.kind else { return Vec::new() };
    let union = ctx.type_name(&def.name);
    let direct =
        u.variants.iter().all(|v| matches!(discriminator_type(ctx, &v.type_, disc), Some(TypeRef::Literal { .. })));
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
            fname = format!("is{union}{variant}");
        }
        if !taken.insert(fname.clone()) {
            continue;
        }
        out.push(GuardView { name: fname, union: union.clone(), variant, disc: disc.to_string(), direct, values });
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

#[derive(Serialize)]
pub(crate) struct ConstantsView {
    header: String,
    /// The types the constants are checked against.
    import: Option<ImportView>,
    constants: Vec<ConstantView>,
}

/// `export const KEY_STATUSES = [...] as const satisfies readonly KeyStatus[];`
#[derive(Serialize)]
pub(crate) struct ConstantView {
    name: String,
    #[serde(rename = "type")]
    type_: String,
    /// The values as JSON text.
    values_json: String,
}

/// `src/constants.ts`: the enum values that ship with the services, as readonly tuples.
pub(super) fn constants_view(ctx: &Ctx<'_>) -> ConstantsView {
    let constants: Vec<ConstantView> = ctx
        .api
        .constants
        .iter()
        .map(|c| ConstantView {
            name: c.name.clone(),
            type_: ctx.type_name(&c.type_name),
            values_json: serde_json::Value::Array(c.values.clone()).to_string(),
        })
        .collect();
    let types: Vec<String> = constants.iter().map(|c| c.type_.clone()).collect();
    ConstantsView {
        header: ctx.header(),
        import: if types.is_empty() { None } else { Some(ImportView::new(true, &types, "./types.js")) },
        constants,
    }
}
