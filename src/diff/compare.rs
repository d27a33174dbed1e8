//! Comparing two digests: every difference becomes a [`Change`] under one rule of `rules.rs`.

use std::collections::{BTreeMap, BTreeSet};

use super::digest::{Digest, InputDigest, Loc, OpDigest, PerLang, PropDigest, TypeDigest};
use super::rules::{rank, rule_by_id, Impact};
use super::{code, Lang, LANGS};

/// One change between two versions of the API.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Change {
    pub rule: &'static str,
    /// One line, Markdown-safe: every name from the spec is a code span.
    pub message: String,
    /// Where it is in the old and the new spec.
    pub old: Option<Loc>,
    pub new: Option<Loc>,
    /// What changed, as each SDK spells it.
    pub names: PerLang<String>,
    pub impact: PerLang<Impact>,
}

impl Change {
    fn new(rule: &'static str, names: &PerLang<String>, message: String, old: Option<&Loc>, new: Option<&Loc>) -> Self {
        let r = rule_by_id(rule);
        Change {
            rule,
            message,
            old: old.cloned(),
            new: new.cloned(),
            names: names.clone(),
            impact: PerLang { python: r.python, typescript: r.typescript, rust: r.rust },
        }
    }

    /// Keeps the rule's impact only for the languages where `differs` holds; `none` elsewhere.
    fn only_where(mut self, differs: impl Fn(Lang) -> bool) -> Self {
        for lang in LANGS {
            if !differs(lang) {
                *self.impact_mut(lang) = Impact::None;
            }
        }
        self
    }

    fn impact_mut(&mut self, lang: Lang) -> &mut Impact {
        match lang {
            Lang::Python => &mut self.impact.python,
            Lang::Typescript => &mut self.impact.typescript,
            Lang::Rust => &mut self.impact.rust,
        }
    }

    pub fn worst(&self) -> Impact {
        self.impact.python.max(self.impact.typescript).max(self.impact.rust)
    }
}

fn same_names(n: &str) -> PerLang<String> {
    PerLang { python: n.to_string(), typescript: n.to_string(), rust: n.to_string() }
}

/// Every change from `old` to `new`, in rule order (then by where it is in the new spec).
pub fn compare(old: &Digest, new: &Digest) -> Vec<Change> {
    let mut out = Vec::new();
    schemes(old, new, &mut out);
    error_codes(old, new, &mut out);
    operations(old, new, &mut out);
    types(old, new, &mut out);
    out.sort_by(|a, b| {
        let at = |c: &Change| c.new.as_ref().or(c.old.as_ref()).map(|l| (l.line, l.pointer.clone()));
        (rank(a.rule), at(a)).cmp(&(rank(b.rule), at(b)))
    });
    out
}

fn schemes(old: &Digest, new: &Digest, out: &mut Vec<Change>) {
    let o: BTreeMap<&str, _> = old.security_schemes.iter().map(|s| (s.key.as_str(), s)).collect();
    let n: BTreeMap<&str, _> = new.security_schemes.iter().map(|s| (s.key.as_str(), s)).collect();
    for (k, s) in &o {
        if !n.contains_key(k) {
            out.push(Change::new(
                "security-scheme-removed",
                &same_names(k),
                format!("security scheme {} removed", code(k)),
                Some(&s.at),
                None,
            ));
        }
    }
    for (k, s) in &n {
        match o.get(k) {
            None => out.push(Change::new(
                "security-scheme-added",
                &same_names(k),
                format!("security scheme {} added", code(k)),
                None,
                Some(&s.at),
            )),
            Some(prev) if prev.kind != s.kind => out.push(Change::new(
                "security-scheme-removed",
                &same_names(k),
                format!("security scheme {} changed from {} to {}", code(k), code(&prev.kind), code(&s.kind)),
                Some(&prev.at),
                Some(&s.at),
            )),
            _ => {}
        }
    }
}

fn error_codes(old: &Digest, new: &Digest, out: &mut Vec<Change>) {
    let o: BTreeMap<&str, &Loc> = old.error_codes.iter().map(|c| (c.code.as_str(), &c.at)).collect();
    let n: BTreeMap<&str, &Loc> = new.error_codes.iter().map(|c| (c.code.as_str(), &c.at)).collect();
    let found = |l: &&Loc| !l.pointer.is_empty();
    for (c, at) in &o {
        if !n.contains_key(c) {
            let msg = format!("error code {} removed", code(c));
            out.push(Change::new("error-code-removed", &same_names(c), msg, Some(*at).filter(found), None));
        }
    }
    for (c, at) in &n {
        if !o.contains_key(c) {
            let msg = format!("error code {} added", code(c));
            out.push(Change::new("error-code-added", &same_names(c), msg, None, Some(*at).filter(found)));
        }
    }
}

fn operations(old: &Digest, new: &Digest, out: &mut Vec<Change>) {
    let n_by_key: BTreeMap<&str, &OpDigest> = new.operations.iter().map(|o| (o.key.as_str(), o)).collect();
    let o_by_key: BTreeMap<&str, &OpDigest> = old.operations.iter().map(|o| (o.key.as_str(), o)).collect();
    let mut pairs: Vec<(&OpDigest, &OpDigest)> = Vec::new();
    let mut gone: Vec<&OpDigest> = Vec::new();
    for o in &old.operations {
        match n_by_key.get(o.key.as_str()) {
            Some(n) => pairs.push((o, n)),
            None => gone.push(o),
        }
    }
    let mut added: Vec<&OpDigest> = new.operations.iter().filter(|n| !o_by_key.contains_key(n.key.as_str())).collect();
    // An operation that moved to another path or method keeps its operationId.
    gone.retain(|o| match added.iter().position(|n| n.id == o.id) {
        Some(i) => {
            let n = added.remove(i);
            out.push(Change::new(
                "operation-path-changed",
                &n.names,
                format!("{} moved from {} to {}", code(&n.id), code(&o.key), code(&n.key)),
                Some(&o.at),
                Some(&n.at),
            ));
            pairs.push((o, n));
            false
        }
        None => true,
    });
    for o in gone {
        out.push(Change::new(
            "operation-removed",
            &o.names,
            format!("operation {} removed", code(&o.key)),
            Some(&o.at),
            None,
        ));
    }
    for n in added {
        out.push(Change::new(
            "operation-added",
            &n.names,
            format!("operation {} added", code(&n.key)),
            None,
            Some(&n.at),
        ));
    }
    for (o, n) in pairs {
        operation(o, n, out);
    }
}

fn operation(o: &OpDigest, n: &OpDigest, out: &mut Vec<Change>) {
    let start = out.len();
    let renamed = LANGS.iter().any(|l| o.names.get(*l) != n.names.get(*l));
    if renamed {
        let names = PerLang {
            python: format!("{} -> {}", o.names.python, n.names.python),
            typescript: format!("{} -> {}", o.names.typescript, n.names.typescript),
            rust: format!("{} -> {}", o.names.rust, n.names.rust),
        };
        out.push(
            Change::new(
                "operation-renamed",
                &names,
                format!("operation {} renamed (operationId {} -> {})", code(&n.key), code(&o.id), code(&n.id)),
                Some(&o.at),
                Some(&n.at),
            )
            .only_where(|l| o.names.get(l) != n.names.get(l)),
        );
    } else if o.id != n.id {
        out.push(Change::new(
            "operation-id-changed",
            &n.names,
            format!("operationId of {} changed from {} to {}", code(&n.key), code(&o.id), code(&n.id)),
            Some(&o.at),
            Some(&n.at),
        ));
    }
    let what = code(&n.key);
    if !o.deprecated && n.deprecated {
        out.push(Change::new("deprecated", &n.names, format!("operation {what} deprecated"), Some(&o.at), Some(&n.at)));
    } else if o.deprecated && !n.deprecated {
        out.push(Change::new(
            "undeprecated",
            &n.names,
            format!("operation {what} no longer deprecated"),
            Some(&o.at),
            Some(&n.at),
        ));
    }
    if o.docs != n.docs {
        out.push(Change::new(
            "docs-changed",
            &n.names,
            format!("documentation of {what} changed"),
            Some(&o.at),
            Some(&n.at),
        ));
    }
    if o.security != n.security {
        let show = |s: &Vec<Vec<String>>| {
            if s.is_empty() {
                "none".to_string()
            } else {
                s.iter().map(|a| a.join(" + ")).collect::<Vec<_>>().join(" | ")
            }
        };
        out.push(Change::new(
            "security-changed",
            &n.names,
            format!("security of {what} changed from {} to {}", code(&show(&o.security)), code(&show(&n.security))),
            Some(&o.at),
            Some(&n.at),
        ));
    }
    match (&o.response, &n.response) {
        (a, b) if a == b => {}
        (a, b) => {
            let show =
                |t: &Option<PerLang<String>>, l: Lang| t.as_ref().map_or("nothing".to_string(), |t| t.get(l).clone());
            out.push(
                Change::new(
                    "response-type-changed",
                    &n.names,
                    format!(
                        "{what} returns {} instead of {}",
                        code(&show(b, Lang::Typescript)),
                        code(&show(a, Lang::Typescript))
                    ),
                    Some(&o.at),
                    Some(&n.at),
                )
                .only_where(|l| show(a, l) != show(b, l)),
            );
        }
    }
    let errs = |d: &OpDigest| -> BTreeSet<String> { d.errors.iter().cloned().collect() };
    for s in errs(n).difference(&errs(o)) {
        out.push(Change::new(
            "error-response-added",
            &n.names,
            format!("{what} documents error status {}", code(s)),
            Some(&o.at),
            Some(&n.at),
        ));
    }
    for s in errs(o).difference(&errs(n)) {
        out.push(Change::new(
            "error-response-removed",
            &n.names,
            format!("{what} no longer documents error status {}", code(s)),
            Some(&o.at),
            Some(&n.at),
        ));
    }
    inputs(o, n, out);
    // A call shape that changed where nothing else on this operation is already breaking.
    let breaking_in = |l: Lang| out[start..].iter().any(|c| *c.impact.get(l) == Impact::Breaking);
    let shape_breaks = |l: Lang| {
        let (a, b) = (o.shapes.get(l), n.shapes.get(l));
        // TypeScript: a params object whose inputs all became optional takes `= {}`: compatible.
        a != b && !(l == Lang::Typescript && a == "(params, options?)" && b == "(params?, options?)")
    };
    let langs: Vec<Lang> = LANGS.into_iter().filter(|l| shape_breaks(*l) && !breaking_in(*l)).collect();
    if !langs.is_empty() {
        let shown = |l: Lang| format!("{} {} -> {}", l.name(), code(o.shapes.get(l)), code(n.shapes.get(l)));
        let msg = langs.iter().map(|l| shown(*l)).collect::<Vec<_>>().join(", ");
        out.push(
            Change::new(
                "call-shape-changed",
                &n.names,
                format!("parameters of {what} change shape: {msg}"),
                Some(&o.at),
                Some(&n.at),
            )
            .only_where(|l| langs.contains(&l)),
        );
    }
}

fn input_names(op: &PerLang<String>, i: &InputDigest) -> PerLang<String> {
    PerLang {
        python: format!("{}({}=)", op.python.trim_end_matches("()"), i.names.python),
        typescript: format!("{}({})", op.typescript.trim_end_matches("()"), i.names.typescript),
        rust: format!("{}({})", op.rust, i.names.rust),
    }
}

fn inputs(o: &OpDigest, n: &OpDigest, out: &mut Vec<Change>) {
    let key = |i: &InputDigest| (i.source.clone(), i.wire.clone());
    let olds: BTreeMap<(String, String), &InputDigest> = o.inputs.iter().map(|i| (key(i), i)).collect();
    let news: BTreeMap<(String, String), &InputDigest> = n.inputs.iter().map(|i| (key(i), i)).collect();
    let what = code(&n.key);
    let label = |i: &InputDigest| {
        if i.source == "body" {
            "the request body".to_string()
        } else {
            format!("{} {}", i.source, code(&i.wire))
        }
    };
    for i in &o.inputs {
        if !news.contains_key(&key(i)) {
            out.push(Change::new(
                "input-removed",
                &input_names(&o.names, i),
                format!("input {} of {what} removed", label(i)),
                Some(&i.at),
                Some(&n.at),
            ));
        }
    }
    for i in &n.inputs {
        let names = input_names(&n.names, i);
        let Some(prev) = olds.get(&key(i)) else {
            let rule = if i.required { "required-input-added" } else { "optional-input-added" };
            let req = if i.required { "required" } else { "optional" };
            out.push(Change::new(
                rule,
                &names,
                format!("{req} input {} added to {what}", label(i)),
                Some(&o.at),
                Some(&i.at),
            ));
            continue;
        };
        if prev.types != i.types {
            out.push(
                Change::new(
                    "input-type-changed",
                    &names,
                    format!(
                        "input {} of {what} changed type from {} to {}",
                        label(i),
                        code(&prev.types.typescript),
                        code(&i.types.typescript)
                    ),
                    Some(&prev.at),
                    Some(&i.at),
                )
                .only_where(|l| prev.types.get(l) != i.types.get(l)),
            );
        } else if !prev.nullable && i.nullable {
            out.push(Change::new(
                "input-became-nullable",
                &names,
                format!("input {} of {what} accepts null", label(i)),
                Some(&prev.at),
                Some(&i.at),
            ));
        } else if prev.nullable && !i.nullable {
            out.push(Change::new(
                "input-type-changed",
                &names,
                format!("input {} of {what} no longer accepts null", label(i)),
                Some(&prev.at),
                Some(&i.at),
            ));
        }
        if !prev.required && i.required {
            out.push(Change::new(
                "input-became-required",
                &names,
                format!("input {} of {what} became required", label(i)),
                Some(&prev.at),
                Some(&i.at),
            ));
        } else if prev.required && !i.required {
            out.push(Change::new(
                "input-became-optional",
                &names,
                format!("input {} of {what} became optional", label(i)),
                Some(&prev.at),
                Some(&i.at),
            ));
        }
        deprecation_docs(
            prev.deprecated,
            i.deprecated,
            &prev.docs,
            &i.docs,
            &format!("input {} of {what}", label(i)),
            &names,
            &prev.at,
            &i.at,
            out,
        );
        if prev.default != i.default {
            let show = |v: &Option<serde_json::Value>| v.as_ref().map_or("none".to_string(), |v| v.to_string());
            out.push(Change::new(
                "default-changed",
                &names,
                format!(
                    "default of input {} of {what} changed from {} to {}",
                    label(i),
                    code(&show(&prev.default)),
                    code(&show(&i.default))
                ),
                Some(&prev.at),
                Some(&i.at),
            ));
        }
    }
}

#[allow(clippy::too_many_arguments)]
fn deprecation_docs(
    was: bool,
    is: bool,
    old_docs: &str,
    new_docs: &str,
    what: &str,
    names: &PerLang<String>,
    old: &Loc,
    new: &Loc,
    out: &mut Vec<Change>,
) {
    if !was && is {
        out.push(Change::new("deprecated", names, format!("{what} deprecated"), Some(old), Some(new)));
    } else if was && !is {
        out.push(Change::new("undeprecated", names, format!("{what} no longer deprecated"), Some(old), Some(new)));
    }
    if old_docs != new_docs {
        out.push(Change::new("docs-changed", names, format!("documentation of {what} changed"), Some(old), Some(new)));
    }
}

fn types(old: &Digest, new: &Digest, out: &mut Vec<Change>) {
    let olds: BTreeMap<&str, &TypeDigest> = old.types.iter().map(|t| (t.name.as_str(), t)).collect();
    for n in &new.types {
        let Some(o) = olds.get(n.name.as_str()) else { continue };
        type_pair(o, n, out);
    }
}

fn type_pair(o: &TypeDigest, n: &TypeDigest, out: &mut Vec<Change>) {
    let what = code(&n.name);
    if o.kind != n.kind || o.target != n.target {
        let differs =
            |l: Lang| o.kind != n.kind || o.target.as_ref().map(|t| t.get(l)) != n.target.as_ref().map(|t| t.get(l));
        out.push(
            Change::new("type-changed", &n.names, format!("type {what} changed"), Some(&o.at), Some(&n.at))
                .only_where(differs),
        );
        return;
    }
    if o.docs != n.docs {
        out.push(Change::new(
            "docs-changed",
            &n.names,
            format!("documentation of type {what} changed"),
            Some(&o.at),
            Some(&n.at),
        ));
    }
    // Only changes that callers can see: in the directions the new version uses the type.
    let output = n.output;
    let input = n.input;
    // Enums.
    let vals = |t: &TypeDigest| -> Vec<String> { t.values.iter().map(|v| v.to_string()).collect() };
    let (ov, nv) = (vals(o), vals(n));
    for v in ov.iter().filter(|v| !nv.contains(v)) {
        out.push(Change::new(
            "enum-value-removed",
            &enum_names(n, v),
            format!("value {} removed from enum {what}", code(v)),
            Some(&o.at),
            Some(&n.at),
        ));
    }
    for v in nv.iter().filter(|v| !ov.contains(v)) {
        let rule = if output { "enum-value-added" } else { "input-enum-value-added" };
        out.push(Change::new(
            rule,
            &enum_names(n, v),
            format!("value {} added to enum {what}", code(v)),
            Some(&o.at),
            Some(&n.at),
        ));
    }
    // Unions.
    for v in o.variants.iter().filter(|v| !n.variants.contains(v)) {
        out.push(Change::new(
            "union-variant-removed",
            &n.names,
            format!("variant {} removed from union {what}", code(v)),
            Some(&o.at),
            Some(&n.at),
        ));
    }
    for v in n.variants.iter().filter(|v| !o.variants.contains(v)) {
        let rule = if output { "union-variant-added" } else { "input-union-variant-added" };
        out.push(Change::new(
            rule,
            &n.names,
            format!("variant {} added to union {what}", code(v)),
            Some(&o.at),
            Some(&n.at),
        ));
    }
    // Object properties.
    let oprops: BTreeMap<&str, &PropDigest> = o.properties.iter().map(|p| (p.wire.as_str(), p)).collect();
    let nprops: BTreeMap<&str, &PropDigest> = n.properties.iter().map(|p| (p.wire.as_str(), p)).collect();
    for p in &o.properties {
        if !nprops.contains_key(p.wire.as_str()) {
            let field = format!("field {} of {what}", code(&p.wire));
            if output {
                out.push(Change::new(
                    "response-field-removed",
                    &p.names,
                    format!("{field} removed"),
                    Some(&p.at),
                    Some(&n.at),
                ));
            }
            if input {
                out.push(Change::new("input-removed", &p.names, format!("{field} removed"), Some(&p.at), Some(&n.at)));
            }
        }
    }
    for p in &n.properties {
        let field = format!("field {} of {what}", code(&p.wire));
        let Some(prev) = oprops.get(p.wire.as_str()) else {
            if output {
                out.push(Change::new(
                    "response-field-added",
                    &p.names,
                    format!("{field} added"),
                    Some(&o.at),
                    Some(&p.at),
                ));
            }
            if input {
                let rule = if p.required { "required-input-added" } else { "optional-input-field-added" };
                let req = if p.required { "required" } else { "optional" };
                out.push(Change::new(rule, &p.names, format!("{req} {field} added"), Some(&o.at), Some(&p.at)));
            }
            continue;
        };
        let (was, at) = (Some(&prev.at), Some(&p.at));
        if prev.types != p.types {
            let msg =
                format!("{field} changed type from {} to {}", code(&prev.types.typescript), code(&p.types.typescript));
            let differs = |l: Lang| prev.types.get(l) != p.types.get(l);
            if output {
                out.push(
                    Change::new("response-field-type-changed", &p.names, msg.clone(), was, at).only_where(differs),
                );
            }
            if input {
                out.push(Change::new("input-type-changed", &p.names, msg, was, at).only_where(differs));
            }
        }
        if !prev.nullable && p.nullable {
            if output {
                out.push(Change::new(
                    "response-field-became-nullable",
                    &p.names,
                    format!("{field} may be null"),
                    was,
                    at,
                ));
            }
            if input {
                out.push(Change::new("input-became-nullable", &p.names, format!("{field} accepts null"), was, at));
            }
        } else if prev.nullable && !p.nullable {
            if output {
                out.push(Change::new(
                    "response-field-narrowed",
                    &p.names,
                    format!("{field} is no longer nullable"),
                    was,
                    at,
                ));
            }
            if input {
                out.push(Change::new(
                    "input-type-changed",
                    &p.names,
                    format!("{field} no longer accepts null"),
                    was,
                    at,
                ));
            }
        }
        if prev.required && !p.required {
            if output {
                out.push(Change::new(
                    "response-field-became-optional",
                    &p.names,
                    format!("{field} became optional"),
                    was,
                    at,
                ));
            }
            if input {
                out.push(Change::new(
                    "input-field-became-optional",
                    &p.names,
                    format!("{field} became optional"),
                    was,
                    at,
                ));
            }
        } else if !prev.required && p.required {
            if output {
                out.push(Change::new("response-field-narrowed", &p.names, format!("{field} became required"), was, at));
            }
            if input {
                out.push(Change::new("input-became-required", &p.names, format!("{field} became required"), was, at));
            }
        }
        deprecation_docs(prev.deprecated, p.deprecated, &prev.docs, &p.docs, &field, &p.names, &prev.at, &p.at, out);
    }
}

/// An enum value as each SDK spells it: `KeyStatus "revoked"` / `KeyStatus 'revoked'` / `KeyStatus::Revoked`.
fn enum_names(t: &TypeDigest, value: &str) -> PerLang<String> {
    let variant = match serde_json::from_str::<serde_json::Value>(value) {
        Ok(serde_json::Value::String(s)) => crate::naming::pascal(&s),
        _ => crate::naming::pascal(&format!("value {value}")),
    };
    let ts = match serde_json::from_str::<serde_json::Value>(value) {
        Ok(serde_json::Value::String(s)) => format!("'{}'", s.replace('\\', "\\\\").replace('\'', "\\'")),
        _ => value.to_string(),
    };
    PerLang {
        python: format!("{}[{value}]", t.names.python),
        typescript: format!("{} {ts}", t.names.typescript),
        rust: format!("{}::{variant}", t.names.rust),
    }
}
