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
    /// `a | b | c` (annotations).
    Union(Vec<Py>),
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
        let mut out = String::with_capacity(self.flat_width());
        self.write_flat(&mut out);
        out
    }

    fn write_flat(&self, out: &mut String) {
        let join = |items: &[Py], sep: &str, out: &mut String| {
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push_str(sep);
                }
                item.write_flat(out);
            }
        };
        let bracketed = |open: &str, items: &[Py], close: &str, out: &mut String| {
            out.push_str(open);
            join(items, ", ", out);
            out.push_str(close);
        };
        match self {
            Py::Atom(s) => out.push_str(s),
            Py::Call(f, args) => {
                out.push_str(f);
                bracketed("(", args, ")", out);
            }
            Py::Kw(k, v) => {
                out.push_str(k);
                out.push('=');
                v.write_flat(out);
            }
            Py::List(items) => bracketed("[", items, "]", out),
            Py::Tuple(items) if items.len() == 1 => bracketed("(", items, ",)", out),
            Py::Tuple(items) => bracketed("(", items, ")", out),
            Py::Dict(items) => {
                out.push('{');
                for (i, (k, v)) in items.iter().enumerate() {
                    if i > 0 {
                        out.push_str(", ");
                    }
                    out.push_str(k);
                    out.push_str(": ");
                    v.write_flat(out);
                }
                out.push('}');
            }
            Py::Subscript(name, items) => {
                out.push_str(name);
                bracketed("[", items, "]", out);
            }
            Py::Union(items) => join(items, " | ", out),
        }
    }

    /// `width(&self.flat())`, without building the text: layout asks it at every level.
    fn flat_width(&self) -> usize {
        let sum = |items: &[Py], sep: usize| {
            items.iter().map(Py::flat_width).sum::<usize>() + sep * items.len().saturating_sub(1)
        };
        match self {
            Py::Atom(s) => width(s),
            Py::Call(f, args) => width(f) + 2 + sum(args, 2),
            Py::Kw(k, v) => width(k) + 1 + v.flat_width(),
            Py::List(items) => 2 + sum(items, 2),
            Py::Tuple(items) if items.len() == 1 => 3 + sum(items, 2),
            Py::Tuple(items) => 2 + sum(items, 2),
            Py::Dict(items) => {
                2 + items.iter().map(|(k, v)| width(k) + 2 + v.flat_width()).sum::<usize>()
                    + 2 * items.len().saturating_sub(1)
            }
            Py::Subscript(name, items) => width(name) + 2 + sum(items, 2),
            Py::Union(items) => sum(items, 3),
        }
    }

    /// Lays the expression out starting at column `start` of a line indented by `indent`, with
    /// `suffix` more characters after it on its last line.
    pub fn render(&self, indent: usize, start: usize, suffix: usize) -> String {
        if start + self.flat_width() + suffix <= LINE {
            return self.flat();
        }
        let inner = indent + 4;
        let items = |items: &[Py]| items.iter().map(|i| i.render(inner, inner, 1)).collect::<Vec<_>>();
        match self {
            Py::Atom(s) => s.clone(),
            Py::Kw(k, v) => format!("{k}={}", v.render_value(indent, start + width(k) + 1, suffix)),
            Py::Call(f, args) if !args.is_empty() => explode(&format!("{f}("), items(args), ")", indent),
            Py::List(list) if !list.is_empty() => explode("[", items(list), "]", indent),
            Py::Tuple(list) if !list.is_empty() => explode("(", items(list), ")", indent),
            Py::Subscript(name, list) if !list.is_empty() => {
                // Like ruff without a magic trailing comma: the items on one indented line when
                // they fit, else one per line (a single item never gets a comma: `X[a,]` is a tuple).
                let pad = " ".repeat(inner);
                let joined = list.iter().map(Py::flat).collect::<Vec<_>>().join(", ");
                if list.len() == 1 || inner + width(&joined) <= LINE {
                    let body = if list.len() == 1 { list[0].render(inner, inner, 0) } else { joined };
                    format!("{name}[\n{pad}{body}\n{}]", " ".repeat(indent))
                } else {
                    explode(&format!("{name}["), items(list), "]", indent)
                }
            }
            Py::Union(list) if list.len() > 1 => {
                // Inside brackets: one operand per line, continuation lines led by `|`.
                let pad = " ".repeat(indent);
                let last = list.len() - 1;
                list.iter()
                    .enumerate()
                    .map(|(i, op)| {
                        let lead = if i == 0 { "" } else { "| " };
                        let col = if i == 0 { start } else { indent + 2 };
                        format!("{lead}{}", op.render(indent, col, if i == last { suffix } else { 0 }))
                    })
                    .collect::<Vec<_>>()
                    .join(&format!("\n{pad}"))
            }
            Py::Dict(entries) if !entries.is_empty() => {
                let rendered = entries
                    .iter()
                    .map(|(k, v)| format!("{k}: {}", v.render_value(inner, inner + width(k) + 2, 1)))
                    .collect();
                explode("{", rendered, "}", indent)
            }
            _ => self.flat(),
        }
    }

    /// A value after `key: ` or `name=`: an atom too long for its line goes in parentheses on a
    /// line of its own when that makes it fit (ruff keeps such parentheses).
    pub fn render_value(&self, indent: usize, start: usize, suffix: usize) -> String {
        let rendered = self.render(indent, start, suffix);
        if let Py::Atom(a) = self {
            let inner = indent + 4;
            if start + width(a) + suffix > LINE && inner + width(a) <= LINE {
                return format!("(\n{}{a}\n{})", " ".repeat(inner), " ".repeat(indent));
            }
        }
        rendered
    }

    /// A statement `prefix<expr>` at `indent`, e.g. `return `, `result: T = await `, laid out like
    /// ruff: flat when it fits; else the expression's own brackets split when the line up to its
    /// opening bracket fits; else (after `=` or `return`) the expression in parentheses on lines of
    /// its own; else its brackets split anyway.
    pub fn statement(&self, indent: usize, prefix: &str) -> String {
        let pad = " ".repeat(indent);
        let start = indent + width(prefix);
        let flat_width = self.flat_width();
        if start + flat_width <= LINE {
            return format!("{pad}{prefix}{}", self.flat());
        }
        let can_parenthesize = prefix.ends_with(" = ")
            || prefix.ends_with(" = await ")
            || prefix == "return "
            || prefix == "return await ";
        let (inner_prefix, outer) = match prefix.strip_suffix("await ") {
            Some(rest) if can_parenthesize => (rest.to_string(), "await "),
            _ => (prefix.to_string(), ""),
        };
        let head_fits = |col: usize| match self.head() {
            Some(head) => col + width(&head) <= LINE,
            None => col + flat_width <= LINE,
        };

        if !can_parenthesize || head_fits(start) {
            return format!("{pad}{prefix}{}", self.render(indent, start, 0));
        }
        // Parentheses only when every line then fits (ruff's best fit).
        let inner = indent + 4;
        let parenthesized = format!(
            "{pad}{inner_prefix}(\n{}{outer}{}\n{pad})",
            " ".repeat(inner),
            self.render(inner, inner + width(outer), 0)
        );
        if parenthesized.lines().all(|l| width(l) <= LINE) {
            return parenthesized;
        }
        format!("{pad}{prefix}{}", self.render(indent, start, 0))
    }

    /// The text up to and including the opening bracket that splits first, if any.
    fn head(&self) -> Option<String> {
        match self {
            Py::Call(f, args) if !args.is_empty() => Some(format!("{f}(")),
            Py::List(items) if !items.is_empty() => Some("[".into()),
            Py::Tuple(items) if !items.is_empty() => Some("(".into()),
            Py::Dict(items) if !items.is_empty() => Some("{".into()),
            Py::Subscript(name, items) if !items.is_empty() => Some(format!("{name}[")),
            _ => None,
        }
    }
}

/// Parses a rendered annotation (`Sequence[X] | None`, `Literal["a", 1]`, `builtins.list[str]`) back
/// into an expression tree, so that it can be laid out like ruff lays out annotations.
pub fn parse_annotation(text: &str) -> Py {
    let chars: Vec<char> = text.chars().collect();
    let mut pos = 0;
    let parsed = parse_union(&chars, &mut pos);
    if pos == chars.len() {
        parsed
    } else {
        atom(text)
    }
}

fn skip_spaces(chars: &[char], pos: &mut usize) {
    while *pos < chars.len() && chars[*pos] == ' ' {
        *pos += 1;
    }
}

fn parse_union(chars: &[char], pos: &mut usize) -> Py {
    let mut ops = vec![parse_primary(chars, pos)];
    loop {
        skip_spaces(chars, pos);
        if *pos < chars.len() && chars[*pos] == '|' {
            *pos += 1;
            skip_spaces(chars, pos);
            ops.push(parse_primary(chars, pos));
        } else {
            break;
        }
    }
    if ops.len() == 1 {
        ops.pop().unwrap_or_else(|| atom(""))
    } else {
        Py::Union(ops)
    }
}

fn parse_primary(chars: &[char], pos: &mut usize) -> Py {
    skip_spaces(chars, pos);
    let start = *pos;
    if *pos < chars.len() && (chars[*pos] == '"' || chars[*pos] == '\'') {
        let quote = chars[*pos];
        *pos += 1;
        while *pos < chars.len() && chars[*pos] != quote {
            if chars[*pos] == '\\' {
                *pos += 1;
            }
            *pos += 1;
        }
        *pos = (*pos + 1).min(chars.len());
        return atom(chars[start..*pos].iter().collect::<String>());
    }
    while *pos < chars.len() && !matches!(chars[*pos], '[' | ']' | ',' | '|' | ' ') {
        *pos += 1;
    }
    let name: String = chars[start..*pos].iter().collect();
    if *pos < chars.len() && chars[*pos] == '[' {
        *pos += 1;
        let mut items = Vec::new();
        loop {
            skip_spaces(chars, pos);
            if *pos >= chars.len() {
                break;
            }
            if chars[*pos] == ']' {
                *pos += 1;
                break;
            }
            items.push(parse_union(chars, pos));
            skip_spaces(chars, pos);
            if *pos < chars.len() && chars[*pos] == ',' {
                *pos += 1;
            }
        }
        return Py::Subscript(name, items);
    }
    atom(name)
}

/// One parameter of an exploded signature (`name: annotation = default`, its comma counted), at
/// `indent`: a union too long for the line is split before each `|`, a subscript inside its
/// brackets, like ruff does.
pub fn param_line(indent: usize, name: &str, annotation: &str, default: Option<&str>) -> String {
    let tail = default.map(|d| format!(" = {d}")).unwrap_or_default();
    let flat = format!("{name}: {annotation}{tail}");
    // The parameter's comma counts.
    if indent + width(&flat) < LINE {
        return flat;
    }
    let start = indent + width(name) + 2;
    let suffix = width(&tail) + 1;
    let natural = param_split(indent, name, annotation, &tail, start, suffix);
    if fits_at(indent, &natural, 1) {
        return natural;
    }
    // Still too long: the annotation in parentheses, on lines of its own (ruff keeps them).
    let inner = indent + 4;
    let pad = " ".repeat(indent);
    let inside = match parse_annotation(annotation) {
        tree @ Py::Union(_) => tree.render(inner, inner, 0),
        tree => tree.render(inner, inner, 0),
    };
    let parenthesized = format!("{name}: (\n{}{inside}\n{pad}){tail}", " ".repeat(inner));
    if fits_at(indent, &parenthesized, 1) {
        parenthesized
    } else {
        natural
    }
}

/// Whether `text`, starting at column `indent` and followed by `suffix` more characters, fits.
fn fits_at(indent: usize, text: &str, suffix: usize) -> bool {
    let lines: Vec<&str> = text.lines().collect();
    let last = lines.len().saturating_sub(1);
    lines
        .iter()
        .enumerate()
        .all(|(i, l)| (if i == 0 { indent } else { 0 }) + width(l) + (if i == last { suffix } else { 0 }) <= LINE)
}

fn param_split(indent: usize, name: &str, annotation: &str, tail: &str, start: usize, suffix: usize) -> String {
    let flat = format!("{name}: {annotation}{tail}");
    match parse_annotation(annotation) {
        Py::Union(ops) => {
            let pad = " ".repeat(indent);
            let last = ops.len() - 1;
            let mut out = String::new();
            for (i, op) in ops.iter().enumerate() {
                if i == 0 {
                    out.push_str(&format!("{name}: {}", op.render(indent, start, 0)));
                } else {
                    out.push_str(&format!(
                        "\n{pad}| {}",
                        op.render(indent, indent + 2, if i == last { suffix } else { 0 })
                    ));
                }
            }
            format!("{out}{tail}")
        }
        tree @ Py::Subscript(..) => format!("{name}: {}{tail}", tree.render(indent, start, suffix)),
        _ => flat,
    }
}

/// The annotation of an annotated name without a value (`name: annotation`, a TypedDict field) at
/// `indent`, or a return annotation (`prefix` = `) -> `, `suffix` = 1 for the colon): a subscript
/// splits inside its brackets, a union or a long name is parenthesised.
pub fn annotation_after(indent: usize, prefix_width: usize, annotation: &str, suffix: usize) -> String {
    if indent + prefix_width + width(annotation) + suffix <= LINE {
        return annotation.to_string();
    }
    let pad = " ".repeat(indent);
    match parse_annotation(annotation) {
        tree @ Py::Subscript(..) => tree.render(indent, indent + prefix_width, suffix),
        tree @ Py::Union(_) => {
            let inner = indent + 4;
            format!("(\n{}{}\n{pad})", " ".repeat(inner), tree.render(inner, inner, 0))
        }
        // A long name is parenthesised when that makes it fit.
        Py::Atom(a) if indent + 4 + width(&a) <= LINE => format!("(\n{}{a}\n{pad})", " ".repeat(indent + 4)),
        _ => annotation.to_string(),
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

/// `assert <lhs> == <rhs>` (`is` for `True`, `False`, `None`) laid out like ruff: flat, else the right side's brackets split, else
/// the comparison parenthesised over three lines.
pub fn assert_eq(lhs: &str, rhs: &Py, indent: usize) -> String {
    let pad = " ".repeat(indent);
    // `== True`, `== None`: ruff's E712 and E711 ask for an identity test.
    let op = match rhs {
        Py::Atom(a) if matches!(a.as_str(), "True" | "False" | "None") => "is",
        _ => "==",
    };
    let prefix = format!("assert {lhs} {op} ");
    let flat = format!("{pad}{prefix}{}", rhs.flat());
    if width(&flat) <= LINE {
        return flat;
    }
    match rhs {
        // Parenthesised: the comparison on one line inside if it fits there, else split before
        // the operator.
        Py::Atom(a) if width(&format!("{pad}    {lhs} {op} {a}")) <= LINE => {
            format!("{pad}assert (\n{pad}    {lhs} {op} {a}\n{pad})")
        }
        Py::Atom(a) => format!("{pad}assert (\n{pad}    {lhs}\n{pad}    {op} {a}\n{pad})"),
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
    sort_members(&mut sorted);
    let pad = " ".repeat(indent);
    let flat =
        format!("{pad}from {module} import {}", sorted.iter().map(|s| s.as_str()).collect::<Vec<_>>().join(", "));
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
/// natural (digits by value) within each group. Each name's key is worked out once (a module can
/// import thousands of names).
pub fn sort_members<S: AsRef<str>>(names: &mut [S]) {
    names.sort_by_cached_key(|n| MemberKey::new(n.as_ref()));
}

/// A name's place in isort's member order: its group, then the lowercased name in natural
/// order, then the name itself.
#[derive(PartialEq, Eq)]
struct MemberKey {
    group: u8,
    lower: String,
    name: String,
}

impl MemberKey {
    fn new(name: &str) -> Self {
        MemberKey { group: member_type(name), lower: name.to_lowercase(), name: name.to_string() }
    }
}

impl Ord for MemberKey {
    fn cmp(&self, other: &Self) -> Ordering {
        self.group
            .cmp(&other.group)
            .then_with(|| natural_cmp(&self.lower, &other.lower))
            .then_with(|| self.name.cmp(&other.name))
    }
}

impl PartialOrd for MemberKey {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
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
    // The common start compares equal: skip it (names share long starts, `AppPermissions...`),
    // back to a character boundary and out of a run of digits, which compares as a whole.
    let mut same = a.bytes().zip(b.bytes()).take_while(|(x, y)| x == y).count();
    while !a.is_char_boundary(same) || (same > 0 && a.as_bytes()[same - 1].is_ascii_digit()) {
        same -= 1;
    }
    natural_cmp_from(&a[same..], &b[same..])
}

/// [`natural_cmp`] from the first character on.
fn natural_cmp_from(a: &str, b: &str) -> Ordering {
    let (mut a, mut b) = (a, b);
    loop {
        match (a.chars().next(), b.chars().next()) {
            (None, None) => return Ordering::Equal,
            (None, Some(_)) => return Ordering::Less,
            (Some(_), None) => return Ordering::Greater,
            (Some(x), Some(y)) if x.is_ascii_digit() && y.is_ascii_digit() => {
                let (na, rest_a) = a.split_at(a.bytes().take_while(u8::is_ascii_digit).count());
                let (nb, rest_b) = b.split_at(b.bytes().take_while(u8::is_ascii_digit).count());
                // Like the `natord` crate (used by ruff): runs with a leading zero compare
                // left-aligned, other runs by value.
                let ord = if na.starts_with('0') || nb.starts_with('0') {
                    na.cmp(nb)
                } else {
                    na.len().cmp(&nb.len()).then_with(|| na.cmp(nb))
                };
                if ord != Ordering::Equal {
                    return ord;
                }
                (a, b) = (rest_a, rest_b);
            }
            (Some(x), Some(y)) => {
                if x != y {
                    return x.cmp(&y);
                }
                (a, b) = (&a[x.len_utf8()..], &b[y.len_utf8()..]);
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
        let first_lines: Vec<String> =
            sorted_modules(&imports.first_party).into_iter().map(|(m, n)| from_import(m, n, 0)).collect();
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
    let mut v: Vec<(String, &str, &BTreeSet<String>)> =
        map.iter().filter(|(_, n)| !n.is_empty()).map(|(m, n)| (m.to_lowercase(), m.as_str(), n)).collect();
    v.sort_by(|a, b| natural_cmp(&a.0, &b.0).then_with(|| a.1.cmp(b.1)));
    v.into_iter().map(|(_, m, n)| (m, n)).collect()
}

/// Relative imports, furthest first (`..x` before `.x`), then by module name.
fn local_lines(map: &BTreeMap<String, BTreeSet<String>>, indent: usize) -> Vec<String> {
    // Deepest relative level first, then by the lowercased module name (worked out once each).
    let mut v: Vec<_> = sorted_modules(map)
        .into_iter()
        .map(|(m, n)| {
            let dots = m.chars().take_while(|c| *c == '.').count();
            (dots, m[dots..].to_lowercase(), m, n)
        })
        .collect();
    v.sort_by(|a, b| b.0.cmp(&a.0).then_with(|| natural_cmp(&a.1, &b.1)));
    v.into_iter().map(|(_, _, m, n)| from_import(m, n, indent)).collect()
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

/// Width of doc text once it is in a docstring: a backslash gains a second one, a quote may gain a
/// backslash, and every character outside ASCII becomes a `\uXXXX` escape (see `ascii_doc`).
pub fn doc_width(s: &str) -> usize {
    s.chars()
        .map(|c| match c {
            '\\' | '"' => 2,
            ' '..='~' => 1,
            c if (c as u32) <= 0xFFFF => 6,
            _ => 10,
        })
        .sum()
}

/// Typographic punctuation as its ASCII counterpart (what ruff's RUF001-003 flag as ambiguous), the
/// rest of the text unchanged; used on every doc text before it is wrapped.
pub fn plain_punctuation(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '\u{2018}' | '\u{2019}' | '\u{201A}' | '\u{201B}' | '\u{2032}' | '\u{00B4}' | '\u{02BC}' | '\u{FF07}' => {
                out.push('\'')
            }
            '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{201F}' | '\u{2033}' | '\u{00AB}' | '\u{00BB}' | '\u{FF02}' => {
                out.push('"')
            }
            '\u{2010}'..='\u{2015}' | '\u{2212}' | '\u{FE63}' | '\u{FF0D}' => out.push('-'),
            '\u{2026}' => out.push_str("..."),
            '\u{00A0}' | '\u{2000}'..='\u{200A}' | '\u{202F}' | '\u{205F}' | '\u{3000}' => out.push(' '),
            '\u{200B}'..='\u{200D}' | '\u{2060}' | '\u{00AD}' => {}
            '\u{2022}' | '\u{2023}' | '\u{2043}' | '\u{2219}' => out.push('*'),
            '\u{00D7}' => out.push('x'),
            '\u{2044}' | '\u{2215}' => out.push('/'),
            '\u{FF01}'..='\u{FF5E}' => out.push(char::from_u32(c as u32 - 0xFEE0).unwrap_or(c)),
            c => out.push(c),
        }
    }
    out
}

/// Docstring text as printable ASCII: the output of `py_doc` with every other character written as
/// a `\uXXXX` / `\UXXXXXXXX` escape, so the docstring's value is the spec's text while the source
/// holds no character a linter could find ambiguous.
pub fn ascii_doc(escaped: &str) -> String {
    if escaped.bytes().all(|b| matches!(b, b'\n' | b' '..=b'~')) {
        return escaped.to_string();
    }
    let mut out = String::with_capacity(escaped.len());
    for c in escaped.chars() {
        match c {
            '\n' | ' '..='~' => out.push(c),
            c if (c as u32) <= 0xFFFF => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push_str(&format!("\\U{:08x}", c as u32)),
        }
    }
    out
}

/// Whether ruff's E501 flags `line`: wider than the line length, and not one word (a long name
/// or string without spaces) nor ending in a URL that starts within the limit.
pub fn overlong(line: &str) -> bool {
    let w = width(line);
    if w <= LINE {
        return false;
    }
    let mut chunks = line.split_whitespace();
    let (Some(_), Some(second)) = (chunks.next(), chunks.next()) else {
        return false;
    };
    let last = chunks.last().unwrap_or(second);
    !(last.contains("://") && w - width(last) <= LINE)
}

/// Code (statements, a class line) with `# noqa: ...` on the lines a lint would flag although
/// ruff's layout leaves them so: `first` on the first line (an ambiguous field name: E741), E501
/// on every line that stays too long (a name or string literal longer than the room a line has).
/// `ruff format` keeps such a comment where it is (after an opening bracket, a comma, an item or a
/// statement) and does not count pragma comments in a line's width, so the layout is unchanged.
pub fn noqa(code: &str, first: &[&str]) -> String {
    let mut out = String::with_capacity(code.len());
    for (i, line) in code.split('\n').enumerate() {
        if i > 0 {
            out.push('\n');
        }
        out.push_str(line);
        let mut codes: Vec<&str> = if i == 0 { first.to_vec() } else { Vec::new() };
        if overlong(line) {
            codes.push("E501");
        }
        if !codes.is_empty() {
            codes.sort_unstable();
            out.push_str("  # noqa: ");
            out.push_str(&codes.join(", "));
        }
    }
    out
}

/// A docstring's text as `ruff format` leaves it, from the output of `py_doc` (lines after the
/// first indented by `indent`): the indentation that every non-blank line after the first has
/// beyond `indent` is removed (ruff strips their common indentation and indents them as the
/// docstring), and text that starts with a quote gets a space after the opening quotes (ruff's
/// space that keeps `""""` from happening).
pub fn ruff_docstring(text: &str, indent: usize) -> String {
    let extra = text
        .split('\n')
        .skip(1)
        .filter(|l| !l.trim().is_empty())
        .map(|l| l.len() - l.trim_start_matches(' ').len())
        .min()
        .unwrap_or(indent)
        .saturating_sub(indent);
    let mut out = String::with_capacity(text.len() + 1);
    if text.starts_with('"') {
        out.push(' ');
    }
    for (i, line) in text.split('\n').enumerate() {
        if i > 0 {
            out.push('\n');
            out.push_str(if line.trim().is_empty() { line } else { &line[extra..] });
        } else {
            out.push_str(line);
        }
    }
    out
}

/// Word-wraps doc text so that every line fits in `width` columns once escaped; lines are never
/// joined, and a wrapped line keeps its indentation (plus the width of a list marker).
pub fn wrap(text: &str, width: usize) -> String {
    let width = width.max(30);
    let mut out = String::with_capacity(text.len() + 16);
    for (i, line) in text.lines().enumerate() {
        if i > 0 {
            out.push('\n');
        }
        let line = line.trim_end();
        if doc_width(line) <= width {
            out.push_str(line);
            continue;
        }
        let lead = &line[..line.len() - line.trim_start_matches(' ').len()];
        let rest = &line[lead.len()..];
        let marker = ["- ", "* ", "+ "].iter().find(|m| rest.starts_with(**m)).map_or(0, |m| m.len());
        // The widths of the line so far (its indent, then its words) are kept, not recounted.
        let mut line_width = None::<usize>;
        for word in rest.split(' ').filter(|w| !w.is_empty()) {
            let word_width = doc_width(word);
            match line_width {
                None => {
                    out.push_str(lead);
                    out.push_str(word);
                    line_width = Some(lead.len() + word_width);
                }
                Some(w) if w + 1 + word_width > width => {
                    out.push('\n');
                    out.push_str(lead);
                    (0..marker).for_each(|_| out.push(' '));
                    out.push_str(word);
                    line_width = Some(lead.len() + marker + word_width);
                }
                Some(w) => {
                    out.push(' ');
                    out.push_str(word);
                    line_width = Some(w + 1 + word_width);
                }
            }
        }
        if line_width.is_none() {
            out.push_str(lead);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    /// The skipped common start changes no order: every pair compares as from the first character.
    #[test]
    fn natural_cmp_skips_the_common_start_without_changing_the_order() {
        let names = [
            "",
            "a",
            "a1",
            "a01",
            "a001",
            "a10",
            "a9",
            "a19",
            "a110",
            "a1b",
            "a1b2",
            "a1b10",
            "a12x",
            "a123",
            "App",
            "AppPermissions",
            "AppPermissions2",
            "AppPermissionsChecks",
            "é1",
            "é10",
            "éa",
            "e\u{301}",
            "x00",
            "x0",
            "x007",
            "x7",
            "v1.10",
            "v1.9",
            "v1.09",
            "9",
            "10",
            "010",
        ];
        for a in names {
            for b in names {
                assert_eq!(natural_cmp(a, b), natural_cmp_from(a, b), "{a:?} vs {b:?}");
            }
        }
        assert_eq!(natural_cmp("a19", "a110"), Ordering::Less);
        assert_eq!(natural_cmp("AppPermissions9", "AppPermissions10"), Ordering::Less);
    }

    use super::*;

    #[test]
    fn fits_or_explodes() {
        let e = call("f", vec![atom("a"), kw("b", Py::Dict(vec![("\"k\"".into(), atom("v"))]))]);
        assert_eq!(e.render(0, 0, 0), "f(a, b={\"k\": v})");
        let long = call("f", vec![atom("x".repeat(60)), atom("y".repeat(60))]);
        assert_eq!(
            long.render(4, 4, 0),
            format!("f(\n        {},\n        {},\n    )", "x".repeat(60), "y".repeat(60))
        );
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
        sort_members(&mut v);
        assert_eq!(v, ["TYPE_CHECKING", "Any", "Mapping", "abc2", "abc10", "cast"]);
        let mut w = vec!["X_1C", "X_90C", "X_09C", "X_9A", "X_02B", "X_541"];
        sort_members(&mut w);
        assert_eq!(w, ["X_02B", "X_09C", "X_1C", "X_9A", "X_90C", "X_541"]);
    }

    #[test]
    fn parameters_split_like_ruff() {
        let long = "X".repeat(80);
        assert_eq!(param_line(8, "a", "int | None", Some("None")), "a: int | None = None");
        assert_eq!(
            param_line(8, "name", &format!("{long} | None"), Some("None")),
            format!("name: {long}\n        | None = None")
        );
        assert_eq!(
            param_line(8, "name", &format!("Sequence[{long}] | None"), Some("None")),
            format!("name: Sequence[\n            {long}\n        ]\n        | None = None")
        );
        let (name, ty) = ("n".repeat(30), "Y".repeat(70));
        assert_eq!(
            param_line(8, &name, &format!("{ty} | None"), Some("None")),
            format!("{name}: (\n            {ty} | None\n        ) = None")
        );
    }

    #[test]
    fn statements_parenthesise_like_ruff() {
        let e = call("Service", vec![atom("core")]);
        assert_eq!(e.statement(8, "self.x = "), "        self.x = Service(core)");
        let long = call("A".repeat(80), vec![atom("core")]);
        assert_eq!(
            long.statement(8, "self.attribute = "),
            format!("        self.attribute = (\n            {}(core)\n        )", "A".repeat(80))
        );
        let split = call("f".repeat(20), vec![atom("a".repeat(50)), atom("b".repeat(50))]);
        assert!(split.statement(8, "x = ").starts_with(&format!("        x = {}(\n", "f".repeat(20))));
    }

    #[test]
    fn annotations_parse_and_subscripts_hug() {
        let t = parse_annotation("Mapping[str, Literal[\"a, b\", 1]] | None");
        assert_eq!(t.flat(), "Mapping[str, Literal[\"a, b\", 1]] | None");
        let one = Py::Subscript("NotRequired".into(), vec![atom("str")]);
        assert_eq!(one.render(4, 95, 1), "NotRequired[\n        str\n    ]");
    }

    #[test]
    fn docs_are_ascii_and_measured_escaped() {
        assert_eq!(plain_punctuation("it\u{2019}s \u{201C}x\u{201D} \u{2013} 1\u{2026}"), "it's \"x\" - 1...");
        assert_eq!(ascii_doc("caf\u{e9} \u{1F600}"), "caf\\u00e9 \\U0001f600");
        assert_eq!(doc_width("a\\\u{e9}"), 1 + 2 + 6);
    }

    #[test]
    fn wraps_long_lines() {
        let text = format!("{} end", "word ".repeat(30));
        for line in wrap(&text, 40).lines() {
            assert!(line.len() <= 40);
        }
        assert_eq!(wrap("- a b c d e f", 30), "- a b c d e f");
    }

    #[test]
    fn docstrings_lose_common_indentation_like_ruff() {
        // Lines after the first share 2 columns beyond the docstring's own 4: ruff strips them.
        let text = "Summary.\n\n      Indented more.\n        Nested.\n\n      Back.";
        assert_eq!(ruff_docstring(text, 4), "Summary.\n\n    Indented more.\n      Nested.\n\n    Back.");
        // A line at the docstring's indentation keeps the rest where it is.
        let text = "Summary.\n\n    Args:\n        x: y.";
        assert_eq!(ruff_docstring(text, 4), text);
        assert_eq!(ruff_docstring("One line.", 8), "One line.");
        // Text that starts with a quote gets ruff's space after the opening quotes.
        assert_eq!(ruff_docstring("\"Quoted\" name.", 0), " \"Quoted\" name.");
    }

    #[test]
    fn noqa_marks_what_ruff_flags() {
        let long_name = "N".repeat(95);
        // One word (a long name, a string without spaces) is not E501; a line with spaces is.
        assert_eq!(noqa(&format!("    {long_name},"), &[]), format!("    {long_name},"));
        assert_eq!(noqa(&format!("class {long_name}:"), &[]), format!("class {long_name}:  # noqa: E501"));
        let s = format!("    \"{} words\",", "w ".repeat(50));
        assert_eq!(noqa(&format!("X = (\n{s}\n)"), &[]), format!("X = (\n{s}  # noqa: E501\n)"));
        // A line ending in a URL that starts within the limit is not flagged.
        let url = format!("    \"see https://example.com/{}\",", "p".repeat(100));
        assert_eq!(noqa(&url, &[]), url);
        assert_eq!(noqa("l: NotRequired[int]", &["E741"]), "l: NotRequired[int]  # noqa: E741");
        assert_eq!(
            noqa(&format!("l: {}", "w ".repeat(50)), &["E741"]),
            format!("l: {}  # noqa: E501, E741", "w ".repeat(50))
        );
    }

    #[test]
    fn asserts_compare_like_ruff_and_lint() {
        assert_eq!(assert_eq("result", &atom("True"), 4), "    assert result is True");
        assert_eq!(assert_eq("result", &atom("None"), 4), "    assert result is None");
        assert_eq!(assert_eq("result", &atom("1"), 4), "    assert result == 1");
        // Too long flat: the comparison parenthesised, on one line inside when it fits there.
        let s = format!("\"{}\"", "x".repeat(80));
        assert_eq!(assert_eq("text", &atom(s.clone()), 4), format!("    assert (\n        text == {s}\n    )"));
        let s = format!("\"{}\"", "x".repeat(90));
        assert_eq!(
            assert_eq("text", &atom(s.clone()), 4),
            format!("    assert (\n        text\n        == {s}\n    )")
        );
    }
}
