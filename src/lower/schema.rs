//! Schemas → IR types. Component schemas become named types; inline objects, enums and unions are
//! hoisted into named types with readable, stable names derived from where they appear
//! (`KeysCreateRequestQuota`); primitives, arrays and maps stay inline.

use foldhash::{HashMap, HashMapExt, HashSet, HashSetExt};

use indexmap::IndexMap;
use openapiv3::{AdditionalProperties, ReferenceOr, Schema, SchemaData, SchemaKind, Type, VariantOrUnknownOrEmpty};
use serde_json::Value;

use crate::diagnostics::{pointer_escape, Diagnostics, SpecError};
use crate::ir::{
    Constraints, EnumRepr, EnumType, EnumValue, IntegerFormat, NumberFormat, ObjectType, Property, StringFormat,
    TypeDef, TypeKind, TypeRef, UnionType, UnionVariant,
};
use crate::naming::{self, NameSet};
use crate::resolve::{component_name, Resolver};

/// Deepest inline nesting we follow; deeper schemas become `Any` with a warning.
const MAX_DEPTH: usize = 48;

/// A uniform view of the many shapes openapiv3 gives a schema.
pub(crate) struct Flat<'a> {
    pub data: &'a SchemaData,
    pub ty: Option<&'a str>,
    pub format: Option<String>,
    pub enumeration: Vec<Value>,
    pub properties: Vec<(&'a String, &'a ReferenceOr<Box<Schema>>)>,
    pub required: &'a [String],
    pub additional: Option<&'a AdditionalProperties>,
    pub items: Option<&'a ReferenceOr<Box<Schema>>>,
    pub one_of: &'a [ReferenceOr<Schema>],
    pub any_of: &'a [ReferenceOr<Schema>],
    pub all_of: &'a [ReferenceOr<Schema>],
    pub has_not: bool,
}

fn format_of<T: std::fmt::Debug>(f: &VariantOrUnknownOrEmpty<T>) -> Option<String> {
    match f {
        VariantOrUnknownOrEmpty::Item(i) => Some(heck::AsKebabCase(format!("{i:?}")).to_string()),
        VariantOrUnknownOrEmpty::Unknown(s) => Some(s.to_ascii_lowercase()),
        VariantOrUnknownOrEmpty::Empty => None,
    }
}

const EMPTY: &[ReferenceOr<Schema>] = &[];
const NO_REQUIRED: &[String] = &[];

pub(crate) fn flat(schema: &Schema) -> Flat<'_> {
    let mut f = Flat {
        data: &schema.schema_data,
        ty: None,
        format: None,
        enumeration: Vec::new(),
        properties: Vec::new(),
        required: NO_REQUIRED,
        additional: None,
        items: None,
        one_of: EMPTY,
        any_of: EMPTY,
        all_of: EMPTY,
        has_not: false,
    };
    match &schema.schema_kind {
        SchemaKind::Type(Type::String(s)) => {
            f.ty = Some("string");
            f.format = format_of(&s.format);
            f.enumeration = s.enumeration.iter().map(|v| v.clone().map_or(Value::Null, Value::String)).collect();
        }
        SchemaKind::Type(Type::Integer(i)) => {
            f.ty = Some("integer");
            f.format = format_of(&i.format);
            f.enumeration = i.enumeration.iter().map(|v| v.map_or(Value::Null, Value::from)).collect();
        }
        SchemaKind::Type(Type::Number(n)) => {
            f.ty = Some("number");
            f.format = format_of(&n.format);
            f.enumeration = n.enumeration.iter().map(|v| v.map_or(Value::Null, Value::from)).collect();
        }
        SchemaKind::Type(Type::Boolean(b)) => {
            f.ty = Some("boolean");
            f.enumeration = b.enumeration.iter().map(|v| v.map_or(Value::Null, Value::Bool)).collect();
        }
        SchemaKind::Type(Type::Object(o)) => {
            f.ty = Some("object");
            f.properties = o.properties.iter().collect();
            f.required = &o.required;
            f.additional = o.additional_properties.as_ref();
        }
        SchemaKind::Type(Type::Array(a)) => {
            f.ty = Some("array");
            f.items = a.items.as_ref();
        }
        SchemaKind::OneOf { one_of } => f.one_of = one_of,
        SchemaKind::AnyOf { any_of } => f.any_of = any_of,
        SchemaKind::AllOf { all_of } => f.all_of = all_of,
        SchemaKind::Not { .. } => f.has_not = true,
        SchemaKind::Any(a) => {
            f.ty = a.typ.as_deref();
            f.format = a.format.as_ref().map(|s| s.to_ascii_lowercase());
            f.enumeration = a.enumeration.clone();
            f.properties = a.properties.iter().collect();
            f.required = &a.required;
            f.additional = a.additional_properties.as_ref();
            f.items = a.items.as_ref();
            f.one_of = &a.one_of;
            f.any_of = &a.any_of;
            f.all_of = &a.all_of;
            f.has_not = a.not.is_some();
            if f.ty.is_none() && (!f.properties.is_empty() || f.additional.is_some()) {
                f.ty = Some("object");
            }
            if f.ty.is_none() && f.items.is_some() {
                f.ty = Some("array");
            }
        }
    }
    f
}

fn string_format(format: Option<&str>) -> StringFormat {
    match format {
        Some("date-time") => StringFormat::DateTime,
        Some("date") => StringFormat::Date,
        Some("uuid") => StringFormat::Uuid,
        Some("email") => StringFormat::Email,
        Some("uri" | "url" | "uri-reference") => StringFormat::Uri,
        Some("byte") => StringFormat::Byte,
        Some("binary") => StringFormat::Binary,
        Some("password") => StringFormat::Password,
        _ => StringFormat::Plain,
    }
}

pub(crate) fn doc_of(data: &SchemaData) -> Option<String> {
    match (data.title.as_deref(), data.description.as_deref()) {
        (_, Some(d)) if !d.trim().is_empty() => Some(d.trim().to_string()),
        (Some(t), _) if !t.trim().is_empty() => Some(t.trim().to_string()),
        _ => None,
    }
}

/// Lowers schemas into `TypeDef`s, hoisting inline ones.
pub struct TypeLowerer<'a> {
    resolver: &'a Resolver<'a>,
    pub names: NameSet,
    /// Component key → IR type name.
    component_names: HashMap<String, String>,
    pub components: IndexMap<String, TypeDef>,
    pub hoisted: IndexMap<String, TypeDef>,
}

impl<'a> TypeLowerer<'a> {
    pub fn new(resolver: &'a Resolver<'a>, reserved: &[String]) -> Self {
        let mut names = NameSet::new();
        names.reserve(reserved.iter().map(String::as_str));
        let mut component_names = HashMap::new();
        if let Some(c) = &resolver.doc.components {
            for key in c.schemas.keys() {
                let name = names.claim_pascal(&naming::type_ident(key));
                component_names.insert(key.clone(), name);
            }
        }
        Self { resolver, names, component_names, components: IndexMap::new(), hoisted: IndexMap::new() }
    }

    /// IR name of a component schema.
    pub fn component_type_name(&self, key: &str) -> Option<&str> {
        self.component_names.get(key).map(String::as_str)
    }

    /// Lowers every component schema, in spec order.
    pub fn lower_components(&mut self, diags: &mut Diagnostics) -> Result<(), SpecError> {
        let Some(c) = &self.resolver.doc.components else { return Ok(()) };
        for (key, schema) in &c.schemas {
            let name = self.component_names[key].clone();
            let ptr = format!("/components/schemas/{}", pointer_escape(key));
            let kind = match schema {
                ReferenceOr::Reference { reference } => {
                    TypeKind::Alias { target: self.reference(reference, &ptr, diags)? }
                }
                ReferenceOr::Item(s) => self.kind_of(s, &name, &ptr, 0, diags)?,
            };
            let doc = match schema {
                ReferenceOr::Item(s) => doc_of(&s.schema_data),
                ReferenceOr::Reference { .. } => None,
            };
            self.components
                .insert(name.clone(), TypeDef { name, doc, origin: ptr, kind, recursive_without_indirection: false });
        }
        Ok(())
    }

    /// All types: components first, then hoisted ones.
    pub fn finish(mut self) -> Result<IndexMap<String, TypeDef>, SpecError> {
        let mut all = std::mem::take(&mut self.components);
        all.extend(std::mem::take(&mut self.hoisted));
        reject_alias_cycles(&all)?;
        mark_recursion_without_indirection(&mut all);
        Ok(all)
    }

    /// A type defined so far (components are all defined before operations are lowered).
    pub fn get(&self, name: &str) -> Option<&TypeDef> {
        self.components.get(name).or_else(|| self.hoisted.get(name))
    }

    fn reference(&mut self, reference: &str, at: &str, diags: &mut Diagnostics) -> Result<TypeRef, SpecError> {
        if let Some(raw) = component_name(reference, "schemas") {
            let key = crate::diagnostics::pointer_unescape(raw);
            return match self.component_names.get(&key) {
                Some(name) => Ok(TypeRef::named(name.clone())),
                None => Err(SpecError::at(
                    at,
                    format!("reference `{reference}` does not point at anything in this document"),
                )),
            };
        }
        if reference.starts_with("#/") {
            diags.warn(at, format!("reference `{reference}` is not to a component schema; typed as any JSON value"));
            return Ok(TypeRef::Any);
        }
        Err(SpecError::at(
            at,
            format!("external reference `{reference}` is not supported; bundle the document into one file first"),
        ))
    }

    /// A reference to the type of `schema`, hoisting it under `hint` if it needs a name.
    pub fn type_ref(
        &mut self,
        schema: &ReferenceOr<Schema>,
        hint: &str,
        at: &str,
        diags: &mut Diagnostics,
    ) -> Result<TypeRef, SpecError> {
        match schema {
            ReferenceOr::Reference { reference } => self.reference(reference, at, diags),
            ReferenceOr::Item(s) => self.inline(s, hint, at, 0, diags),
        }
    }

    pub fn boxed_ref(
        &mut self,
        schema: &ReferenceOr<Box<Schema>>,
        hint: &str,
        at: &str,
        depth: usize,
        diags: &mut Diagnostics,
    ) -> Result<TypeRef, SpecError> {
        match schema {
            ReferenceOr::Reference { reference } => self.reference(reference, at, diags),
            ReferenceOr::Item(s) => self.inline(s, hint, at, depth, diags),
        }
    }

    fn unboxed_ref(
        &mut self,
        schema: &ReferenceOr<Schema>,
        hint: &str,
        at: &str,
        depth: usize,
        diags: &mut Diagnostics,
    ) -> Result<TypeRef, SpecError> {
        match schema {
            ReferenceOr::Reference { reference } => self.reference(reference, at, diags),
            ReferenceOr::Item(s) => self.inline(s, hint, at, depth, diags),
        }
    }

    /// An inline schema: primitives, arrays and maps stay inline; the rest is hoisted.
    fn inline(
        &mut self,
        schema: &Schema,
        hint: &str,
        at: &str,
        depth: usize,
        diags: &mut Diagnostics,
    ) -> Result<TypeRef, SpecError> {
        if depth > MAX_DEPTH {
            diags.warn(at, "schema nested too deeply; typed as any JSON value");
            return Ok(TypeRef::Any);
        }
        let f = flat(schema);
        let nullable = f.data.nullable || f.enumeration.iter().any(Value::is_null);
        let t = self.inline_inner(schema, &f, hint, at, depth, diags)?;
        Ok(if nullable { t.nullable() } else { t })
    }

    fn inline_inner(
        &mut self,
        schema: &Schema,
        f: &Flat<'_>,
        hint: &str,
        at: &str,
        depth: usize,
        diags: &mut Diagnostics,
    ) -> Result<TypeRef, SpecError> {
        // `allOf: [X]` alone, or with members that only annotate (`allOf: [X, {description: ..}]`):
        // X itself. This is how 3.1's `$ref` with siblings, nullable refs and described refs are
        // written in 3.0. Merging X's fields into a new type instead would copy every type below
        // X again at each use (exponentially many for recursive schemas such as AWS WAF rules).
        let mut substantive = f.all_of.iter().enumerate().filter(|(_, m)| !is_annotation_only(m));
        if let (Some((i, member)), None) = (substantive.next(), substantive.next()) {
            if f.properties.is_empty() && f.one_of.is_empty() && f.any_of.is_empty() {
                let t = self.unboxed_ref(member, hint, &format!("{at}/allOf/{i}"), depth + 1, diags)?;
                let nullable = f.all_of.iter().any(|m| matches!(m, ReferenceOr::Item(s) if s.schema_data.nullable));
                return Ok(if nullable { t.nullable() } else { t });
            }
        }
        let values: Vec<Value> = f.enumeration.iter().filter(|v| !v.is_null()).cloned().collect();
        if values.len() == 1 && f.all_of.is_empty() && f.one_of.is_empty() && f.any_of.is_empty() {
            return Ok(TypeRef::Literal { value: values[0].clone() });
        }
        let variants = if f.one_of.is_empty() { f.any_of } else { f.one_of };
        if !variants.is_empty() && f.properties.is_empty() && f.all_of.is_empty() {
            let real: Vec<&ReferenceOr<Schema>> = variants.iter().filter(|v| !is_null_schema(v)).collect();
            if real.len() == 1 {
                let key = if f.one_of.is_empty() { "anyOf" } else { "oneOf" };
                let idx = variants.iter().position(|v| !is_null_schema(v)).unwrap_or(0);
                let t = self.unboxed_ref(real[0], hint, &format!("{at}/{key}/{idx}"), depth + 1, diags)?;
                return Ok(if real.len() < variants.len() { t.nullable() } else { t });
            }
        }
        let needs_name = !values.is_empty() || !variants.is_empty() || !f.all_of.is_empty() || !f.properties.is_empty();
        if needs_name {
            let name = self.names.claim_pascal(&naming::type_ident(hint));
            // Reserve the slot first so recursive hoisting keeps a stable order.
            let kind = self.kind_of(schema, &name, at, depth + 1, diags)?;
            self.hoisted.insert(
                name.clone(),
                TypeDef {
                    name: name.clone(),
                    doc: doc_of(f.data),
                    origin: at.to_string(),
                    kind,
                    recursive_without_indirection: false,
                },
            );
            return Ok(TypeRef::named(name));
        }
        self.plain(f, hint, at, depth, diags)
    }

    /// Primitive, array, map or any.
    fn plain(
        &mut self,
        f: &Flat<'_>,
        hint: &str,
        at: &str,
        depth: usize,
        diags: &mut Diagnostics,
    ) -> Result<TypeRef, SpecError> {
        if f.has_not {
            diags.warn(at, "`not` cannot be expressed in the SDK types; typed as any JSON value");
            return Ok(TypeRef::Any);
        }
        Ok(match f.ty {
            Some("string") => TypeRef::String { format: string_format(f.format.as_deref()) },
            Some("integer") => TypeRef::Integer {
                format: match f.format.as_deref() {
                    Some("int64") => IntegerFormat::Int64,
                    Some("int32") => IntegerFormat::Int32,
                    _ => IntegerFormat::Plain,
                },
            },
            Some("number") => TypeRef::Number {
                format: match f.format.as_deref() {
                    Some("float") => NumberFormat::Float,
                    Some("double") => NumberFormat::Double,
                    _ => NumberFormat::Plain,
                },
            },
            Some("boolean") => TypeRef::Boolean,
            Some("array") => match f.items {
                Some(items) => {
                    let item_hint = format!("{hint}Item");
                    TypeRef::array(self.boxed_ref(items, &item_hint, &format!("{at}/items"), depth + 1, diags)?)
                }
                None => TypeRef::array(TypeRef::Any),
            },
            Some("object") => match f.additional {
                Some(AdditionalProperties::Schema(s)) => {
                    let value_hint = format!("{hint}Value");
                    TypeRef::map(self.unboxed_ref(
                        s,
                        &value_hint,
                        &format!("{at}/additionalProperties"),
                        depth + 1,
                        diags,
                    )?)
                }
                _ => TypeRef::map(TypeRef::Any),
            },
            Some("null") => TypeRef::Any,
            Some(other) if !other.is_empty() => {
                diags.warn(at, format!("unknown schema type `{other}`; typed as any JSON value"));
                TypeRef::Any
            }
            _ => TypeRef::Any,
        })
    }

    /// The definition of a named type.
    fn kind_of(
        &mut self,
        schema: &Schema,
        name: &str,
        at: &str,
        depth: usize,
        diags: &mut Diagnostics,
    ) -> Result<TypeKind, SpecError> {
        let f = flat(schema);
        let values: Vec<Value> = f.enumeration.iter().filter(|v| !v.is_null()).cloned().collect();
        let nullable = f.data.nullable || f.enumeration.iter().any(Value::is_null);
        if !f.all_of.is_empty() {
            return self.merged_object(schema, name, at, depth, diags);
        }
        if !values.is_empty() {
            let enumeration = self.enumeration(&values, &f, at, diags);
            // A nullable enum (`nullable: true`, or `null` among its values): the enum gets its own
            // name and the schema's name is an alias that adds null, as for nullable objects.
            return Ok(if nullable { self.nullable_alias(name, f.data, at, enumeration) } else { enumeration });
        }
        let variants = if f.one_of.is_empty() { f.any_of } else { f.one_of };
        if !variants.is_empty() {
            let key = if f.one_of.is_empty() { "anyOf" } else { "oneOf" };
            if !f.properties.is_empty() {
                diags.warn(at, format!("properties beside `{key}` are ignored; the variants define the type"));
            }
            let union =
                self.union(variants, !f.one_of.is_empty(), f.data, name, &format!("{at}/{key}"), depth, diags)?;
            return Ok(match union {
                // A nullable union: name the union itself, alias adds the null.
                UnionOrAlias::Union(u) if nullable => self.nullable_alias(name, f.data, at, TypeKind::Union(u)),
                UnionOrAlias::Union(u) => TypeKind::Union(u),
                UnionOrAlias::Alias(t) => TypeKind::Alias { target: if nullable { t.nullable() } else { t } },
            });
        }
        if !f.properties.is_empty() {
            let obj = self.object_fields(&f, name, at, depth, true, diags)?;
            return Ok(if nullable {
                self.nullable_alias(name, f.data, at, TypeKind::Object(obj))
            } else {
                TypeKind::Object(obj)
            });
        }
        let t = self.plain(&f, name, at, depth, diags)?;
        Ok(TypeKind::Alias { target: if nullable { t.nullable() } else { t } })
    }

    /// For a nullable schema whose kind needs a definition of its own (object, union, enum): hoists
    /// `kind` as `<name>Value` and returns the alias `<name>Value | null` that `name` becomes.
    fn nullable_alias(&mut self, name: &str, data: &SchemaData, at: &str, kind: TypeKind) -> TypeKind {
        let inner = self.names.claim_pascal(&format!("{name}Value"));
        self.hoisted.insert(
            inner.clone(),
            TypeDef {
                name: inner.clone(),
                doc: doc_of(data),
                origin: at.to_string(),
                kind,
                recursive_without_indirection: false,
            },
        );
        TypeKind::Alias { target: TypeRef::named(inner).nullable() }
    }

    fn enumeration(&mut self, values: &[Value], f: &Flat<'_>, at: &str, diags: &mut Diagnostics) -> TypeKind {
        let repr = if values.iter().all(Value::is_string) {
            EnumRepr::String
        } else if values.iter().all(|v| v.is_i64() || v.is_u64()) {
            EnumRepr::Integer
        } else {
            EnumRepr::Mixed
        };
        // Python's `Literal` (and so the Python SDK's closed enum types) spells only strings,
        // integers, booleans and null: other values keep their data but not the closed type.
        if values.iter().any(|v| matches!(v, Value::Number(n) if n.is_f64()) || v.is_object() || v.is_array()) {
            diags.warn(
                at,
                "enum with non-integer numbers, objects or arrays among its values: the Python SDK types it \
                 as the values' plain type (float, Any) instead of a closed Literal",
            );
        }
        let descriptions = f.data.extensions.get("x-enum-descriptions");
        let varnames = f.data.extensions.get("x-enum-varnames").and_then(Value::as_array);
        let mut names = NameSet::new();
        let mut out = Vec::new();
        let mut seen = HashSet::new();
        for (i, v) in values.iter().enumerate() {
            let key = v.to_string();
            if !seen.insert(key) {
                diags.warn(at, format!("duplicate enum value {v} ignored"));
                continue;
            }
            let label = varnames.and_then(|n| n.get(i)).and_then(Value::as_str).map(str::to_string).unwrap_or_else(
                || match v {
                    Value::String(s) => s.clone(),
                    other => format!("value_{}", other.to_string().replace('-', "minus_").replace('.', "_")),
                },
            );
            let mut base = naming::snake(&label);
            if base.starts_with('n') && label.starts_with(|c: char| c.is_ascii_digit()) {
                base = format!("value_{}", &base[1..]);
            }
            let doc = match (descriptions, v) {
                (Some(Value::Object(m)), Value::String(s)) => m.get(s).and_then(Value::as_str).map(str::to_string),
                (Some(Value::Array(a)), _) => a.get(i).and_then(Value::as_str).map(str::to_string),
                _ => None,
            };
            out.push(EnumValue { value: v.clone(), name: names.claim_snake(&base), doc });
        }
        TypeKind::Enum(EnumType { repr, values: out })
    }

    /// `check_required`: warn about required names without a property (not for allOf members,
    /// where another member may define it).
    fn object_fields(
        &mut self,
        f: &Flat<'_>,
        name: &str,
        at: &str,
        depth: usize,
        check_required: bool,
        diags: &mut Diagnostics,
    ) -> Result<ObjectType, SpecError> {
        let mut names = NameSet::new();
        let mut properties = Vec::new();
        for (wire, prop) in &f.properties {
            let ptr = format!("{at}/properties/{}", pointer_escape(wire));
            if wire.is_empty() {
                diags.warn(
                    &ptr,
                    "property with an empty name: values keep it, but the Python SDK cannot declare it in its \
                     TypedDict (type checkers reject an empty key)",
                );
            }
            let hint = format!("{name}{}", naming::pascal(wire));
            let type_ = self.boxed_ref(prop, &hint, &ptr, depth + 1, diags)?;
            let data = match prop {
                ReferenceOr::Item(s) => Some(&s.schema_data),
                ReferenceOr::Reference { .. } => None,
            };
            properties.push(Property {
                name: names.claim_snake(&naming::snake(wire)),
                wire_name: (*wire).clone(),
                type_,
                required: f.required.iter().any(|r| r == *wire),
                read_only: data.is_some_and(|d| d.read_only),
                write_only: data.is_some_and(|d| d.write_only),
                deprecated: data.is_some_and(|d| d.deprecated),
                doc: match prop {
                    ReferenceOr::Item(s) => annotated_doc(s),
                    ReferenceOr::Reference { .. } => None,
                },
                default: data.and_then(|d| d.default.clone()),
                example: data.and_then(|d| d.example.clone()),
                constraints: match prop {
                    ReferenceOr::Item(s) => constraints(s),
                    ReferenceOr::Reference { .. } => Default::default(),
                },
            });
        }
        for r in f.required.iter().filter(|_| check_required) {
            if !f.properties.iter().any(|(w, _)| *w == r) && f.additional.is_none() {
                diags.warn(at, format!("required property `{r}` is not defined in `properties`; ignored"));
            }
        }
        let (additional_properties, closed) = match f.additional {
            Some(AdditionalProperties::Any(true)) => (Some(TypeRef::Any), false),
            Some(AdditionalProperties::Any(false)) => (None, true),
            Some(AdditionalProperties::Schema(s)) => {
                let hint = format!("{name}Value");
                (Some(self.unboxed_ref(s, &hint, &format!("{at}/additionalProperties"), depth + 1, diags)?), false)
            }
            None => (None, false),
        };
        Ok(ObjectType { properties, additional_properties, closed })
    }

    /// `allOf`: the members' properties merged in order (later definitions of a property win, as
    /// most validators read it), required lists joined.
    fn merged_object(
        &mut self,
        schema: &Schema,
        name: &str,
        at: &str,
        depth: usize,
        diags: &mut Diagnostics,
    ) -> Result<TypeKind, SpecError> {
        let mut members: Vec<(&Schema, String)> = Vec::new();
        self.collect_all_of(schema, at, &mut members, 0, diags)?;
        let mut merged: IndexMap<String, Property> = IndexMap::new();
        let mut additional = None;
        let mut closed = false;
        let mut non_object = Vec::new();
        for (member, ptr) in &members {
            let f = flat(member);
            let is_objectish = f.ty == Some("object") || !f.properties.is_empty() || f.ty.is_none();
            if !is_objectish || !f.one_of.is_empty() || !f.any_of.is_empty() {
                non_object.push(ptr.clone());
                continue;
            }
            let obj = self.object_fields(&f, name, ptr, depth, false, diags)?;
            for p in obj.properties {
                match merged.get_mut(&p.wire_name) {
                    Some(existing) => {
                        let required = existing.required || p.required;
                        *existing = Property { required, ..p };
                    }
                    None => {
                        merged.insert(p.wire_name.clone(), p);
                    }
                }
            }
            // A member may only make a property required.
            for r in f.required {
                if let Some(p) = merged.get_mut(r) {
                    p.required = true;
                }
            }
            if obj.additional_properties.is_some() {
                additional = obj.additional_properties;
            }
            closed |= obj.closed;
        }
        let all_required: Vec<&String> = members.iter().flat_map(|(m, _)| flat(m).required.iter()).collect();
        for r in all_required {
            if !merged.contains_key(r.as_str()) && additional.is_none() {
                diags.warn(at, format!("required property `{r}` is not defined by any allOf member; ignored"));
            }
        }
        if !non_object.is_empty() {
            if merged.is_empty() && non_object.len() == 1 && members.len() == 1 {
                // Composition of a single non-object: an alias.
                let t = self.inline(members[0].0, &format!("{name}Base"), &non_object[0], depth + 1, diags)?;
                return Ok(TypeKind::Alias { target: t });
            }
            diags.warn(
                at,
                format!(
                    "allOf member(s) {} are not objects and cannot be merged; their constraints are not typed",
                    non_object.join(", ")
                ),
            );
        }
        // Re-claim names in merged order so they stay unique across members.
        let mut names = NameSet::new();
        let properties = merged
            .into_values()
            .map(|mut p| {
                p.name = names.claim_snake(&naming::snake(&p.wire_name));
                p
            })
            .collect();
        Ok(TypeKind::Object(ObjectType { properties, additional_properties: additional, closed }))
    }

    fn collect_all_of<'s>(
        &self,
        schema: &'s Schema,
        at: &str,
        out: &mut Vec<(&'s Schema, String)>,
        depth: usize,
        diags: &mut Diagnostics,
    ) -> Result<(), SpecError>
    where
        'a: 's,
    {
        if depth > MAX_DEPTH {
            diags.warn(at, "allOf nested too deeply; the deepest members are ignored");
            return Ok(());
        }
        let f = flat(schema);
        if f.all_of.is_empty() {
            out.push((schema, at.to_string()));
            return Ok(());
        }
        // The schema's own properties beside allOf count as one more member.
        if !f.properties.is_empty() || f.additional.is_some() {
            out.push((schema, at.to_string()));
        }
        for (i, member) in f.all_of.iter().enumerate() {
            let ptr = format!("{at}/allOf/{i}");
            let (s, _) = match member {
                ReferenceOr::Item(s) => (s, None),
                ReferenceOr::Reference { reference } => {
                    if component_name(reference, "schemas").is_none() {
                        diags.warn(&ptr, format!("allOf member `{reference}` is not a component schema; ignored"));
                        continue;
                    }
                    self.resolver.schema(member, &ptr)?
                }
            };
            self.collect_all_of(s, &ptr, out, depth + 1, diags)?;
        }
        Ok(())
    }

    #[allow(clippy::too_many_arguments)]
    fn union(
        &mut self,
        variants: &[ReferenceOr<Schema>],
        exclusive: bool,
        data: &SchemaData,
        name: &str,
        at: &str,
        depth: usize,
        diags: &mut Diagnostics,
    ) -> Result<UnionOrAlias, SpecError> {
        let discriminator = data.discriminator.as_ref();
        let mut names = NameSet::new();
        let mut out: Vec<UnionVariant> = Vec::new();
        for (i, v) in variants.iter().enumerate() {
            if is_null_schema(v) {
                continue;
            }
            let ptr = format!("{at}/{i}");
            let (component_key, variant_schema) = match v {
                ReferenceOr::Reference { reference } => {
                    let key = component_name(reference, "schemas").map(crate::diagnostics::pointer_unescape);
                    let s = if key.is_some() { self.resolver.schema(v, &ptr).ok().map(|(s, _)| s) } else { None };
                    (key, s)
                }
                ReferenceOr::Item(s) => (None, Some(s)),
            };
            // Tags: mapping entries that point at this variant, else its own literal, else its name.
            let mut tags: Vec<Value> = Vec::new();
            let own_literal = discriminator
                .and_then(|d| variant_schema.and_then(|s| self.discriminator_literal(s, &d.property_name)));
            if let Some(d) = discriminator {
                for (tag, target) in &d.mapping {
                    let target_key = component_name(target, "schemas").map(crate::diagnostics::pointer_unescape);
                    let matches = match (&target_key, &component_key) {
                        (Some(t), Some(k)) => t == k,
                        // Mapping values may also be bare schema names.
                        (None, Some(k)) => target == k,
                        _ => false,
                    };
                    if matches {
                        tags.push(literal_matching(tag, own_literal.as_ref()));
                    }
                }
                if tags.is_empty() {
                    if let Some(lit) = &own_literal {
                        tags.push(lit.clone());
                    } else if let Some(k) = &component_key {
                        tags.push(Value::String(k.clone()));
                    }
                }
            }
            let variant_name_hint = match (&component_key, tags.first()) {
                (Some(k), _) => naming::type_ident(k),
                (None, Some(Value::String(t))) => naming::pascal(t),
                (None, _) => variant_schema
                    .and_then(|s| s.schema_data.title.clone())
                    .map(|t| naming::pascal(&t))
                    .unwrap_or_else(|| format!("Variant{}", i + 1)),
            };
            let type_ = self.unboxed_ref(v, &format!("{name}{variant_name_hint}"), &ptr, depth + 1, diags)?;
            let vname = match &type_ {
                TypeRef::Named { name } if component_key.is_some() => name.clone(),
                t => variant_label(t).unwrap_or(variant_name_hint),
            };
            out.push(UnionVariant { name: names.claim_pascal(&vname), type_, tags });
        }
        if out.len() == 1 {
            return Ok(UnionOrAlias::Alias(out.remove(0).type_));
        }
        if out.is_empty() {
            return Ok(UnionOrAlias::Alias(TypeRef::Any));
        }
        Ok(UnionOrAlias::Union(UnionType {
            exclusive,
            discriminator: discriminator.map(|d| d.property_name.clone()),
            variants: out,
        }))
    }

    /// The single value a variant's discriminator property is fixed to (`enum: [x]`), if any.
    fn discriminator_literal(&self, schema: &Schema, property: &str) -> Option<Value> {
        let f = flat(schema);
        let mut props: Vec<(&String, &ReferenceOr<Box<Schema>>)> = f.properties.clone();
        // Look through allOf members too (inheritance-style variants).
        for m in f.all_of {
            if let Ok((s, _)) = self.resolver.schema(m, "") {
                props.extend(flat(s).properties);
            }
        }
        let (_, p) = props.into_iter().find(|(k, _)| k.as_str() == property)?;
        let (ps, _) = self.resolver.boxed_schema(p, "").ok()?;
        let values: Vec<Value> = flat(ps).enumeration.into_iter().filter(|v| !v.is_null()).collect();
        if values.len() == 1 {
            values.into_iter().next()
        } else {
            None
        }
    }
}

enum UnionOrAlias {
    Union(UnionType),
    Alias(TypeRef),
}

/// A mapping key is a string; when the variant fixes its tag to a non-string literal with the same
/// text (`true`), the literal is what appears in payloads.
fn literal_matching(tag: &str, literal: Option<&Value>) -> Value {
    match literal {
        Some(l) if !l.is_string() && serde_json::to_string(l).is_ok_and(|text| text == tag) => l.clone(),
        _ => Value::String(tag.to_string()),
    }
}

/// The validation keywords of a schema that the generated tests' values must meet.
pub(crate) fn constraints(schema: &Schema) -> Constraints {
    match &schema.schema_kind {
        SchemaKind::Type(Type::String(s)) => Constraints {
            pattern: s.pattern.clone().filter(|p| !p.is_empty()),
            min_length: s.min_length,
            max_length: s.max_length,
            ..Default::default()
        },
        SchemaKind::Type(Type::Integer(i)) => Constraints {
            minimum: i.minimum.map(|m| m as f64),
            exclusive_minimum: i.minimum.is_some() && i.exclusive_minimum,
            maximum: i.maximum.map(|m| m as f64),
            exclusive_maximum: i.maximum.is_some() && i.exclusive_maximum,
            multiple_of: i.multiple_of.map(|m| m as f64),
            ..Default::default()
        },
        SchemaKind::Type(Type::Number(n)) => Constraints {
            minimum: n.minimum,
            exclusive_minimum: n.minimum.is_some() && n.exclusive_minimum,
            maximum: n.maximum,
            exclusive_maximum: n.maximum.is_some() && n.exclusive_maximum,
            multiple_of: n.multiple_of,
            ..Default::default()
        },
        SchemaKind::Type(Type::Array(a)) => Constraints {
            min_items: a.min_items,
            max_items: a.max_items,
            unique_items: a.unique_items,
            ..Default::default()
        },
        _ => Constraints::default(),
    }
}

/// The description of a schema, or of its annotating `allOf` member when it has none itself
/// (`allOf: [X, {description: ..}]`).
fn annotated_doc(schema: &Schema) -> Option<String> {
    doc_of(&schema.schema_data).or_else(|| {
        flat(schema).all_of.iter().find_map(|m| match m {
            ReferenceOr::Item(s) if is_annotation_only(m) => doc_of(&s.schema_data),
            _ => None,
        })
    })
}

/// A schema that only annotates (description, title, example, nullable...): it adds no type,
/// property, item, enum or composition of its own.
fn is_annotation_only(member: &ReferenceOr<Schema>) -> bool {
    let ReferenceOr::Item(schema) = member else { return false };
    let f = flat(schema);
    f.ty.is_none()
        && f.format.is_none()
        && f.enumeration.is_empty()
        && f.properties.is_empty()
        && f.required.is_empty()
        && f.additional.is_none()
        && f.items.is_none()
        && f.one_of.is_empty()
        && f.any_of.is_empty()
        && f.all_of.is_empty()
        && !f.has_not
}

/// A readable variant name for a non-named variant type.
fn variant_label(t: &TypeRef) -> Option<String> {
    Some(match t.non_null() {
        TypeRef::String { .. } => "String".to_string(),
        TypeRef::Integer { .. } => "Integer".to_string(),
        TypeRef::Number { .. } => "Number".to_string(),
        TypeRef::Boolean => "Boolean".to_string(),
        TypeRef::Array { items } => format!("{}List", variant_label(items).unwrap_or_else(|| "Any".to_string())),
        TypeRef::Map { .. } => "Map".to_string(),
        TypeRef::Named { name } => name.clone(),
        TypeRef::Literal { value } => naming::pascal(&value.to_string()),
        TypeRef::Any => return None,
        TypeRef::Nullable { .. } => return None,
    })
}

fn is_null_schema(s: &ReferenceOr<Schema>) -> bool {
    match s {
        ReferenceOr::Item(s) => {
            let f = flat(s);
            f.ty == Some("null") || (f.enumeration.len() == 1 && f.enumeration[0].is_null())
        }
        ReferenceOr::Reference { .. } => false,
    }
}

/// `A = B`, `B = A` defines nothing: a reference cycle, reported at the first schema in it.
fn reject_alias_cycles(types: &IndexMap<String, TypeDef>) -> Result<(), SpecError> {
    for (name, def) in types.iter() {
        let mut seen = HashSet::new();
        seen.insert(name.clone());
        let mut current = def;
        while let TypeKind::Alias { target } = &current.kind {
            let TypeRef::Named { name: next } = target.non_null() else { break };
            if !seen.insert(next.clone()) {
                if next == name {
                    return Err(SpecError::at(
                        &def.origin,
                        format!("reference cycle: schema `{name}` refers back to itself through $refs and never defines a type"),
                    ));
                }
                break;
            }
            match types.get(next) {
                Some(d) => current = d,
                None => break,
            }
        }
    }
    Ok(())
}

/// Flags every alias and union that reaches itself through aliases and unions with only arrays,
/// maps and nullability in between (see `TypeDef::recursive_without_indirection`). Objects and
/// enums end a path: an object property is the indirection every language accepts.
fn mark_recursion_without_indirection(types: &mut IndexMap<String, TypeDef>) {
    fn refs<'t>(t: &'t TypeRef, out: &mut Vec<&'t str>) {
        match t {
            TypeRef::Named { name } => out.push(name),
            TypeRef::Array { items: inner } | TypeRef::Map { values: inner } | TypeRef::Nullable { inner } => {
                refs(inner, out)
            }
            _ => {}
        }
    }
    let structural = |d: &TypeDef| matches!(d.kind, TypeKind::Alias { .. } | TypeKind::Union(_));
    // Edges between structural types only.
    let edges: HashMap<&str, Vec<&str>> = types
        .values()
        .filter(|d| structural(d))
        .map(|d| {
            let mut out = Vec::new();
            match &d.kind {
                TypeKind::Alias { target } => refs(target, &mut out),
                TypeKind::Union(u) => u.variants.iter().for_each(|v| refs(&v.type_, &mut out)),
                _ => {}
            }
            out.retain(|n| types.get(*n).is_some_and(structural));
            (d.name.as_str(), out)
        })
        .collect();
    let mut flagged = Vec::new();
    for (&start, next) in &edges {
        let mut seen: HashSet<&str> = HashSet::new();
        let mut stack: Vec<&str> = next.clone();
        while let Some(n) = stack.pop() {
            if n == start {
                flagged.push(start.to_string());
                break;
            }
            if seen.insert(n) {
                stack.extend(edges.get(n).into_iter().flatten().copied());
            }
        }
    }
    for name in flagged {
        if let Some(d) = types.get_mut(&name) {
            d.recursive_without_indirection = true;
        }
    }
}
