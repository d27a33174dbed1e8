//! Python source fragments laid out the way `ruff format` lays them out, so the generated package is
//! `ruff format --check` clean by construction: an expression stays on one line when it fits, and
//! otherwise its outermost brackets are split one item per line with a trailing comma (which ruff
//! then keeps as a "magic trailing comma"). Import blocks follow ruff's isort rules.

use std::cmp::Ordering;
use std::collections::{BTreeMap, BTreeSet};

use serde_json::Value;


/// ruff's `line-length` in the generated `pyproject.toml`.
pub const LINE: usize = 100;

/// An expression tree: just enough structure to split lines like ruff.
#[derive(Debug, Clone)]
pub enum Py {
    /// Rendered text that is never split.
    Atom(String),
    /// `func(args)`.
    Call(String, Vec<Py>),
    /// `name=value` (inside a call).
    Kw(String, Box<Py>),
    /// `[items]`.
    List(Vec<Py>),
    /// `(items)`, a tuple (a one-item tuple gets its comma).
    Tuple(Vec<Py>),
    /// `{key: value}` with rendered keys.
    Dict(Vec<(String, Py)>),
    /// `name[items]`.
    Subscript(String, Vec<Py>),
}

pub fn atom(s: impl Into<String>) -> Py {
    Py::Atom(s.into())
}

pub fn call(func: impl Into<String>, args: Vec<Py>) -> Py {
    Py::Call(func.into(), args)
}

pub fn kw(name: impl Into<String>, value: Py) -> Py {
    Py::Kw(name.into(), Box::new(value))
}

fn width(s: &str) -> usize {
    s.chars().count()
}

impl Py {
    /// The one-line form.
    pub fn flat(&self) -> String {
        let join = |items: &[Py]| items.iter().map(Py::flat).collect::<Vec<_>>().join(", ");
        match self {
            Py::Atom(s) => s.clone(),
            Py::Call(f, args) => format!("{f}({})", join(args)),
            Py::Kw(k, v) => format!("{k}={}", v.flat()),
            Py::List(items) => format!("[{}]", join(items)),
            Py::Tuple(items) if items.len() == 1 => format!("({},)", items[0].flat()),
            Py::Tuple(items) => format!("({})", join(items)),
            Py::Dict(items) => {
                format!("{{{}}}", items.iter().map(|(k, v)| format!("{k}: {}", v.flat())).collect::<Vec<_>>().join(", "))
            }
            Py::Subscript(name, items) => format!("{name}[{}]", join(items)),
        }
    }

    /// Lays the expression out starting at column `start` of a line indented by `indent`, with
    /// `suffix` more characters after it on its last line.
    pub fn render(&self, indent: usize, start: usize, suffix: usize) -> String {
        let flat = self.flat();
        if start + width(&flat) + suffix <= LINE {
            return flat;
        }
        let inner = indent + 4;
        let items = |items: &[Py]| items.iter().map(|i| i.render(inner, inner, 1)).collect::<Vec<_>>();
        match self {
            Py::Atom(s) => s.clone(),
            Py::Kw(k, v) => format!("{k}={}", v.render(indent, start + width(k) + 1, suffix)),
            Py::Call(f, args) if !args.is_empty() => explode(&format!("{f}("), items(args), ")", indent),
            Py::List(list) if !list.is_empty() => explode("[", items(list), "]", indent),
            Py::Tuple(list) if !list.is_empty() => explode("(", items(list), ")", indent),
            Py::Subscript(name, list) if !list.is_empty() => explode(&format!("{name}["), items(list), "]", indent),
            Py::Dict(entries) if !entries.is_empty() => {
                let rendered = entries
                    .iter()
                    .map(|(k, v)| format!("{k}: {}", v.render(inner, inner + width(k) + 2, 1)))
                    .collect();
                explode("{", rendered, "}", indent)
            }
            _ => flat,
        }
    }

    /// A statement `prefix<expr>` at `indent`, e.g. `return `, `result: T = await `.
    pub fn statement(&self, indent: usize, prefix: &str) -> String {
        format!("{}{prefix}{}", " ".repeat(indent), self.render(indent, indent + width(prefix), 0))
    }
}

fn explode(open: &str, items: Vec<String>, close: &str, indent: usize) -> String {
    let pad = " ".repeat(indent + 4);
    let mut out = String::from(open);
    out.push('\n');
    for item in items {
        out.push_str(&pad);
        out.push_str(&item);
        out.push_str(",\n");
    }
    out.push_str(&" ".repeat(indent));
    out.push_str(close);
    out
}

/// A Python string literal quoted the way `ruff format` quotes it: double quotes unless single
/// quotes need fewer escapes. Only printable ASCII appears as is.
pub fn py_string(s: &str) -> String {
    let doubles = s.matches('"').count();
    let singles = s.matches('\'').count();
    let quote = if doubles > singles { '\'' } else { '"' };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            ' '..='~' => out.push(c),
            c if (c as u32) <= 0xFFFF => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push_str(&format!("\\U{:08x}", c as u32)),
        }
    }
    out.push(quote);
    out
}

/// `assert <lhs> == <rhs>` laid out like ruff: flat, else the right side's brackets split, else
/// the comparison parenthesised over three lines.
pub fn assert_eq(lhs: &str, rhs: &Py, indent: usize) -> String {
    let pad = " ".repeat(indent);
    let prefix = format!("assert {lhs} == ");
    let flat = format!("{pad}{prefix}{}", rhs.flat());
    if width(&flat) <= LINE {
        return flat;
    }
    match rhs {
        Py::Atom(a) => format!("{pad}assert (\n{pad}    {lhs}\n{pad}    == {a}\n{pad})"),
        _ => rhs.statement(indent, &prefix),
    }
}

/// A JSON value as a Python literal expression (`True`, `None`, dicts, lists...).
pub fn json_literal(value: &Value) -> Py {
    match value {
        Value::Null => atom("None"),
        Value::Bool(b) => atom(if *b { "True" } else { "False" }),
        Value::Number(n) => atom(python_number(n)),
        Value::String(s) => atom(py_string(s)),
        Value::Array(items) => Py::List(items.iter().map(json_literal).collect()),
        Value::Object(map) => Py::Dict(map.iter().map(|(k, v)| (py_string(k), json_literal(v))).collect()),
    }
}

fn python_number(n: &serde_json::Number) -> String {
    if n.is_i64() || n.is_u64() {
        return n.to_string();
    }
    let f = n.as_f64().unwrap_or(0.0);
    if !f.is_finite() {
        return "0.0".to_string();
    }
    let s = format!("{f:?}");
    // `1e300` style from Debug is valid Python; make sure a float stays a float.
    if s.contains('.') || s.contains('e') || s.contains("inf") {
        s
    } else {
        format!("{s}.0")
    }
}

/// One `from module import names` statement, wrapped the way ruff's isort wraps it.
pub fn from_import(module: &str, names: &BTreeSet<String>, indent: usize) -> String {
    let mut sorted: Vec<&String> = names.iter().collect();
    sorted.sort_by(|a, b| member_cmp(a, b));
    let pad = " ".repeat(indent);
    let flat = format!("{pad}from {module} import {}", sorted.iter().map(|s| s.as_str()).collect::<Vec<_>>().join(", "));
    if width(&flat) <= LINE {
        return flat;
    }
    let mut out = format!("{pad}from {module} import (\n");
    for n in sorted {
        out.push_str(&format!("{pad}    {n},\n"));
    }
    out.push_str(&format!("{pad})"));
    out
}

/// isort's `order-by-type`: CONSTANTS, then Classes, then everything else; case-insensitive and
/// natural (digits by value) within each group.
pub fn member_cmp(a: &str, b: &str) -> Ordering {
    member_type(a).cmp(&member_type(b)).then_with(|| natural_cmp(&a.to_lowercase(), &b.to_lowercase())).then_with(|| a.cmp(b))
}

fn member_type(name: &str) -> u8 {
    let letters: Vec<char> = name.chars().filter(|c| c.is_alphabetic()).collect();
    if name.len() > 1 && !letters.is_empty() && letters.iter().all(|c| c.is_uppercase()) {
        0
    } else if name.chars().next().is_some_and(|c| c.is_uppercase()) {
        1
    } else {
        2
    }
}

/// Natural order: runs of digits compare by value.
pub fn natural_cmp(a: &str, b: &str) -> Ordering {
    let (mut a, mut b) = (a.chars().peekable(), b.chars().peekable());
    loop {
        match (a.peek().copied(), b.peek().copied()) {
            (None, None) => return Ordering::Equal,
            (None, Some(_)) => return Ordering::Less,
            (Some(_), None) => return Ordering::Greater,
            (Some(x), Some(y)) if x.is_ascii_digit() && y.is_ascii_digit() => {
                let mut na = String::new();
                while let Some(c) = a.peek().copied().filter(char::is_ascii_digit) {
                    na.push(c);
                    a.next();
                }
                let mut nb = String::new();
                while let Some(c) = b.peek().copied().filter(char::is_ascii_digit) {
                    nb.push(c);
                    b.next();
                }
                // Like the `natord` crate (used by ruff): runs with a leading zero compare
                // left-aligned, other runs by value.
                let ord = if na.starts_with('0') || nb.starts_with('0') {
                    na.cmp(&nb)
                } else {
                    na.len().cmp(&nb.len()).then_with(|| na.cmp(&nb))
                };
                if ord != Ordering::Equal {
                    return ord;
                }
            }
            (Some(x), Some(y)) => {
                if x != y {
                    return x.cmp(&y);
                }
                a.next();
                b.next();
            }
        }
    }
}

/// The imports of one generated module, rendered as ruff's isort would order them.
#[derive(Debug, Default, Clone)]
pub struct Imports {
    /// `import x` lines (stdlib).
    pub plain: BTreeSet<String>,
    /// stdlib `from x import ...`.
    pub stdlib: BTreeMap<String, BTreeSet<String>>,
    /// third-party `import x` lines.
    pub third_plain: BTreeSet<String>,
    /// third-party `from x import ...` (typing_extensions, httpx).
    pub third: BTreeMap<String, BTreeSet<String>>,
    /// first-party absolute `from pkg import ...` (tests).
    pub first_party: BTreeMap<String, BTreeSet<String>>,
    /// local relative `from .x import ...`.
    pub local: BTreeMap<String, BTreeSet<String>>,
    /// local imports needed only by the type checker (`if TYPE_CHECKING:`).
    pub type_only: BTreeMap<String, BTreeSet<String>>,
}

impl Imports {
    pub fn std(&mut self, module: &str, name: &str) {
        self.stdlib.entry(module.to_string()).or_default().insert(name.to_string());
    }
    pub fn ext(&mut self, module: &str, name: &str) {
        self.third.entry(module.to_string()).or_default().insert(name.to_string());
    }
    pub fn first(&mut self, module: &str, name: &str) {
        self.first_party.entry(module.to_string()).or_default().insert(name.to_string());
    }
    pub fn local(&mut self, module: &str, name: &str) {
        self.local.entry(module.to_string()).or_default().insert(name.to_string());
    }
    pub fn type_only(&mut self, module: &str, name: &str) {
        self.type_only.entry(module.to_string()).or_default().insert(name.to_string());
    }

    /// Everything after `from __future__ import annotations`.
    pub fn render(&self) -> String {
        let mut imports = self.clone();
        // A name imported for real needs no type-only import.
        for (module, names) in imports.type_only.iter_mut() {
            if let Some(real) = self.local.get(module) {
                names.retain(|n| !real.contains(n));
            }
        }
        imports.type_only.retain(|_, names| !names.is_empty());
        if !imports.type_only.is_empty() {
            imports.std("typing", "TYPE_CHECKING");
        }
        let mut sections: Vec<String> = Vec::new();
        let mut std_lines: Vec<String> = imports.plain.iter().map(|m| format!("import {m}")).collect();
        std_lines.extend(sorted_modules(&imports.stdlib).into_iter().map(|(m, n)| from_import(m, n, 0)));
        let mut third_lines: Vec<String> = imports.third_plain.iter().map(|m| format!("import {m}")).collect();
        third_lines.extend(sorted_modules(&imports.third).into_iter().map(|(m, n)| from_import(m, n, 0)));
        let first_lines: Vec<String> = sorted_modules(&imports.first_party).into_iter().map(|(m, n)| from_import(m, n, 0)).collect();
        for lines in [std_lines, third_lines, first_lines, local_lines(&imports.local, 0)] {
            if !lines.is_empty() {
                sections.push(lines.join("\n"));
            }
        }
        let mut out = sections.join("\n\n");
        if !imports.type_only.is_empty() {
            out.push_str("\n\nif TYPE_CHECKING:\n");
            out.push_str(&local_lines(&imports.type_only, 4).join("\n"));
        }
        out
    }
}

impl Imports {
    /// Only the type-checking imports, indented for an `if TYPE_CHECKING:` block.
    pub fn render_type_only(&self) -> String {
        local_lines(&self.type_only, 4).join("\n")
    }
}

fn sorted_modules(map: &BTreeMap<String, BTreeSet<String>>) -> Vec<(&str, &BTreeSet<String>)> {
    let mut v: Vec<(&str, &BTreeSet<String>)> = map.iter().filter(|(_, n)| !n.is_empty()).map(|(m, n)| (m.as_str(), n)).collect();
    v.sort_by(|a, b| natural_cmp(&a.0.to_lowercase(), &b.0.to_lowercase()).then_with(|| a.0.cmp(b.0)));
    v
}

/// Relative imports, furthest first (`..x` before `.x`), then by module name.
fn local_lines(map: &BTreeMap<String, BTreeSet<String>>, indent: usize) -> Vec<String> {
    let mut v = sorted_modules(map);
    v.sort_by(|a, b| {
        let dots = |m: &str| m.chars().take_while(|c| *c == '.').count();
        dots(b.0)
            .cmp(&dots(a.0))
            .then_with(|| natural_cmp(&a.0.trim_start_matches('.').to_lowercase(), &b.0.trim_start_matches('.').to_lowercase()))
    });
    v.into_iter().map(|(m, n)| from_import(m, n, indent)).collect()
}

/// ruff's RUF022 order for `__all__`: SCREAMING_CASE, then CamelCase, then the rest, each natural.
pub fn sort_all(names: &mut [String]) {
    names.sort_by(|a, b| {
        let kind = |s: &str| {
            if s.len() > 1 && s.chars().all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '_') {
                0
            } else if s.chars().next().is_some_and(|c| c.is_ascii_uppercase()) {
                1
            } else {
                2
            }
        };
        kind(a).cmp(&kind(b)).then_with(|| natural_cmp(a, b))
    });
}

/// Word-wraps doc text so that every line fits in `width` columns; lines are never joined, and a
/// wrapped line keeps its indentation (plus the width of a list marker).
pub fn wrap(text: &str, width: usize) -> String {
    let width = width.max(30);
    let mut out: Vec<String> = Vec::new();
    for line in text.lines() {
        let line = line.trim_end();
        if line.chars().count() <= width {
            out.push(line.to_string());
            continue;
        }
        let lead: String = line.chars().take_while(|c| *c == ' ').collect();
        let rest = &line[lead.len()..];
        let marker = ["- ", "* ", "+ "].iter().find(|m| rest.starts_with(**m)).map_or(0, |m| m.len());
        let hang = format!("{lead}{}", " ".repeat(marker));
        let mut pad = lead.clone();
        let mut current = String::new();
        for word in rest.split(' ').filter(|w| !w.is_empty()) {
            if current.is_empty() {
                current.push_str(word);
            } else if pad.len() + current.chars().count() + 1 + word.chars().count() > width {
                out.push(format!("{pad}{current}"));
                pad = hang.clone();
                current = word.to_string();
            } else {
                current.push(' ');
                current.push_str(word);
            }
        }
        out.push(format!("{pad}{current}"));
    }
    out.join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fits_or_explodes() {
        let e = call("f", vec![atom("a"), kw("b", Py::Dict(vec![("\"k\"".into(), atom("v"))]))]);
        assert_eq!(e.render(0, 0, 0), "f(a, b={\"k\": v})");
        let long = call("f", vec![atom("x".repeat(60)), atom("y".repeat(60))]);
        assert_eq!(long.render(4, 4, 0), format!("f(\n        {},\n        {},\n    )", "x".repeat(60), "y".repeat(60)));
    }

    #[test]
    fn quotes_like_ruff() {
        assert_eq!(py_string("a\"b"), "'a\"b'");
        assert_eq!(py_string("it's"), "\"it's\"");
        assert_eq!(py_string("\u{e9}\n"), "\"\\u00e9\\n\"");
    }

    #[test]
    fn isort_member_order() {
        let mut v = vec!["cast", "Any", "TYPE_CHECKING", "Mapping", "abc2", "abc10"];
        v.sort_by(|a, b| member_cmp(a, b));
        assert_eq!(v, ["TYPE_CHECKING", "Any", "Mapping", "abc2", "abc10", "cast"]);
        let mut w = vec!["X_1C", "X_90C", "X_09C", "X_9A", "X_02B", "X_541"];
        w.sort_by(|a, b| member_cmp(a, b));
        assert_eq!(w, ["X_02B", "X_09C", "X_1C", "X_9A", "X_90C", "X_541"]);
    }

    #[test]
    fn wraps_long_lines() {
        let text = format!("{} end", "word ".repeat(30));
        for line in wrap(&text, 40).lines() {
            assert!(line.len() <= 40);
        }
        assert_eq!(wrap("- a b c d e f", 30), "- a b c d e f");
    }
}
