//! Layout for the TypeScript templates: Prettier's line-breaking rules, in one place, as template
//! functions and filters.
//!
//! Templates write the code (`return this.send<{{ ret }}>`, `export interface`, `import type`); the
//! places where Prettier may break a line come from the functions below (`object`, `call`,
//! `params`, ...), and `stmt(indent, ...)` lays a statement out at the package's print width.
//! Between the two, a layout document travels as *markup*: text with private-use marker
//! characters, so template macros (which return strings) can build pieces of a statement and pass
//! them on. Code text never holds those characters: string literals escape every non-ASCII
//! character and identifiers are ASCII; text that does hold one is escaped on the way in.
//!
//! The rules, in the order a statement meets them:
//! 1. `stmt` / `declare` / `declare_call` / `assign`: a statement and Prettier's assignment layouts.
//! 2. `params`: a parameter list, one per line when it does not fit; generic type arguments break.
//! 3. `call`: call arguments, hugging a last object or array literal.
//! 4. `object` / `prop` / `field` / `array` / `json`: literals; `braces`: import specifiers.
//! 5. `type_alias` / `union`: `type X = A | B` on one line, on the next, or one member per line.

use minijinja::value::{Kwargs, Rest};
use minijinja::{Environment, Error, ErrorKind, Value};

use super::doc::{self, Doc};
use super::emit;

const GROUP: char = '\u{E000}';
const GROUP_BROKEN: char = '\u{E001}';
const GROUP_END: char = '\u{E002}';
const INDENT: char = '\u{E003}';
const INDENT_END: char = '\u{E004}';
const LINE: char = '\u{E005}';
const SOFTLINE: char = '\u{E006}';
const HARDLINE: char = '\u{E007}';
const BREAK_PARENT: char = '\u{E008}';
const IF_BREAK: char = '\u{E009}';
const SEP: char = '\u{E00A}';
const IF_BREAK_END: char = '\u{E00B}';
const CONDITIONAL: char = '\u{E00C}';
const CONDITIONAL_END: char = '\u{E00D}';
const FILL: char = '\u{E00E}';
const FILL_END: char = '\u{E00F}';
const GROUP_ID: char = '\u{E010}';
const INDENT_IF_BREAK: char = '\u{E011}';
const INDENT_IF_BREAK_END: char = '\u{E012}';
/// `HANDLE <n> SEP`: the `n`th document passed on in this render (see [`pass`]).
const HANDLE: char = '\u{E013}';
/// Separates the items of a list that a macro returns (macros return strings): `|items`.
const ITEM: char = '\u{E01E}';
const ESCAPE: char = '\u{E01F}';

fn is_marker(c: char) -> bool {
    ('\u{E000}'..='\u{E01F}').contains(&c)
}

thread_local! {
    /// The documents that template functions passed on in the render running on this thread
    /// (`None` outside [`with_handles`]).
    static HANDLES: std::cell::RefCell<Option<Vec<Doc>>> = const { std::cell::RefCell::new(None) };
}

/// Runs `f` (one render, or building a view and rendering it) with a table of passed-on
/// documents, dropped when the outermost scope returns (a scope inside another shares its table).
/// A scope runs to its end on the thread it started on (template functions and view builders
/// never wait on other work), so a handle never outlives the table it points into.
pub fn with_handles(f: &mut dyn FnMut()) {
    let outermost = HANDLES.with(|h| {
        let mut table = h.borrow_mut();
        table.is_none().then(|| *table = Some(Vec::new())).is_some()
    });
    f();
    if outermost {
        HANDLES.with(|h| h.replace(None));
    }
}

/// What a template function (or a view built inside [`with_handles`]) passes on: a document as
/// markup. Inside a scope that is a handle, a few characters that [`parse`] turns back into the
/// same (shared) document, so a document nested in several calls (an object in a call in a
/// statement) is not written out and read back at every level; outside one, the whole markup.
pub fn pass(d: Doc) -> String {
    if let Doc::Text(s) = &d {
        return text_markup(s);
    }
    HANDLES.with(|h| match h.borrow_mut().as_mut() {
        Some(table) => {
            table.push(d);
            format!("{HANDLE}{}{SEP}", table.len() - 1)
        }
        None => markup(&d),
    })
}

/// A document as markup.
pub fn markup(d: &Doc) -> String {
    let mut out = String::new();
    write(d, &mut out);
    out
}

/// Plain text as markup (marker characters escaped).
pub fn text_markup(s: &str) -> String {
    if next_marker(s.as_bytes(), 0).is_none() {
        return s.to_string();
    }
    let mut out = String::with_capacity(s.len() + 4);
    for c in s.chars() {
        if is_marker(c) {
            out.push(ESCAPE);
        }
        out.push(c);
    }
    out
}

fn write(d: &Doc, out: &mut String) {
    match d {
        Doc::Text(s) if next_marker(s.as_bytes(), 0).is_none() => out.push_str(s),
        Doc::Text(s) => out.push_str(&text_markup(s)),
        Doc::Concat(parts) => parts.iter().for_each(|p| write(p, out)),
        Doc::Group { contents, brk, expanded: None, id } => {
            match id {
                Some(id) => {
                    out.push(GROUP_ID);
                    out.push_str(&id.to_string());
                    out.push(if *brk { '!' } else { SEP });
                }
                None => out.push(if *brk { GROUP_BROKEN } else { GROUP }),
            }
            write(contents, out);
            out.push(GROUP_END);
        }
        Doc::Group { expanded: Some(states), .. } => {
            out.push(CONDITIONAL);
            for (i, s) in states.iter().enumerate() {
                if i > 0 {
                    out.push(SEP);
                }
                write(s, out);
            }
            out.push(CONDITIONAL_END);
        }
        Doc::IndentIfBreak { group_id, contents } => {
            out.push(INDENT_IF_BREAK);
            out.push_str(&group_id.to_string());
            out.push(SEP);
            write(contents, out);
            out.push(INDENT_IF_BREAK_END);
        }
        Doc::Indent(inner) => {
            out.push(INDENT);
            write(inner, out);
            out.push(INDENT_END);
        }
        Doc::Line => out.push(LINE),
        Doc::Softline => out.push(SOFTLINE),
        Doc::Hardline => out.push(HARDLINE),
        Doc::BreakParent => out.push(BREAK_PARENT),
        Doc::IfBreak { brk, flat } => {
            out.push(IF_BREAK);
            write(brk, out);
            out.push(SEP);
            write(flat, out);
            out.push(IF_BREAK_END);
        }
        Doc::Fill(parts) => {
            out.push(FILL);
            for (i, p) in parts.iter().enumerate() {
                if i > 0 {
                    out.push(SEP);
                }
                write(p, out);
            }
            out.push(FILL_END);
        }
    }
}

/// Markup back to a document.
pub fn parse(s: &str) -> Doc {
    if next_marker(s.as_bytes(), 0).is_none() {
        return doc::text(s);
    }
    let mut pos = 0;
    let (parts, _) = parse_seq(s, &mut pos);
    one(parts)
}

/// The byte offset of the first marker character at or after `from`. A marker (U+E000..U+E01F)
/// is `EE 80 80..9F` in UTF-8; `EE` never continues another character, so scanning bytes is exact.
fn next_marker(b: &[u8], from: usize) -> Option<usize> {
    let mut i = from;
    while let Some(off) = b[i..].iter().position(|&c| c == 0xEE) {
        let at = i + off;
        if b.get(at + 1) == Some(&0x80) && b.get(at + 2).is_some_and(|c| (0x80..=0x9F).contains(c)) {
            return Some(at);
        }
        i = at + 1;
    }
    None
}

/// The marker at byte `at` (known to be one).
fn marker_at(s: &str, at: usize) -> char {
    s[at..at + 3].chars().next().unwrap_or(SEP)
}

fn one(mut parts: Vec<Doc>) -> Doc {
    if parts.len() == 1 {
        parts.remove(0)
    } else {
        doc::concat(parts)
    }
}

/// A decimal number at `pos` and the character after it (consumed).
fn parse_number(s: &str, pos: &mut usize) -> (usize, char) {
    let mut n = 0usize;
    while let Some(c) = s[*pos..].chars().next() {
        *pos += c.len_utf8();
        match c.to_digit(10) {
            Some(d) => n = n * 10 + d as usize,
            None => return (n, c),
        }
    }
    (n, SEP)
}

/// Parts up to the next closing or separating marker (returned, `None` at the end).
fn parse_seq(s: &str, pos: &mut usize) -> (Vec<Doc>, Option<char>) {
    let bytes = s.as_bytes();
    let mut parts = Vec::new();
    // Text since the last marker; escaped marker characters make it owned.
    let mut buf = String::new();
    let flush = |buf: &mut String, parts: &mut Vec<Doc>| {
        if !buf.is_empty() {
            parts.push(Doc::Text(std::rc::Rc::from(buf.as_str())));
            buf.clear();
        }
    };
    loop {
        let Some(at) = next_marker(bytes, *pos) else {
            buf.push_str(&s[*pos..]);
            *pos = s.len();
            break;
        };
        buf.push_str(&s[*pos..at]);
        let c = marker_at(s, at);
        *pos = at + 3;
        if c == ESCAPE {
            if let Some(n) = s[*pos..].chars().next() {
                buf.push(n);
                *pos += n.len_utf8();
            }
            continue;
        }
        flush(&mut buf, &mut parts);
        match c {
            GROUP | GROUP_BROKEN => {
                let (inner, _) = parse_seq(s, pos);
                let inner = one(inner);
                parts.push(if c == GROUP { doc::group(inner) } else { doc::group_broken(inner) });
            }
            GROUP_ID => {
                let (id, flag) = parse_number(s, pos);
                let (inner, _) = parse_seq(s, pos);
                let g = doc::group_with_id(one(inner), id);
                parts.push(match (flag, g) {
                    ('!', Doc::Group { contents, expanded, id, .. }) => {
                        Doc::Group { contents, brk: true, expanded, id }
                    }
                    (_, g) => g,
                });
            }
            INDENT => {
                let (inner, _) = parse_seq(s, pos);
                parts.push(doc::indent(one(inner)));
            }
            INDENT_IF_BREAK => {
                let (id, _) = parse_number(s, pos);
                let (inner, _) = parse_seq(s, pos);
                parts.push(doc::indent_if_break(id, one(inner)));
            }
            HANDLE => {
                let (n, _) = parse_number(s, pos);
                // Handles come only from `pass` in this render: a missing one is a bug, shown in
                // the output rather than hidden.
                let passed = HANDLES.with(|h| h.borrow().as_ref().and_then(|t| t.get(n).cloned()));
                parts.push(passed.unwrap_or_else(|| doc::text(format!("<unknown layout handle {n}>"))));
            }
            LINE => parts.push(Doc::Line),
            SOFTLINE => parts.push(Doc::Softline),
            HARDLINE => parts.push(Doc::Hardline),
            BREAK_PARENT => parts.push(Doc::BreakParent),
            IF_BREAK => {
                let (brk, _) = parse_seq(s, pos);
                let (flat, _) = parse_seq(s, pos);
                parts.push(doc::if_break(one(brk), one(flat)));
            }
            CONDITIONAL | FILL => {
                let mut items = Vec::new();
                loop {
                    let (item, end) = parse_seq(s, pos);
                    items.push(one(item));
                    if end != Some(SEP) {
                        break;
                    }
                }
                parts.push(if c == FILL { doc::fill(items) } else { doc::conditional_group(items) });
            }
            end => return (parts, Some(end)),
        }
    }
    flush(&mut buf, &mut parts);
    (parts, None)
}

fn docs(items: &[String]) -> Vec<Doc> {
    items.iter().map(|s| parse(s)).collect()
}

/// A list argument: a sequence, or a string of items joined by `|items` (what a macro returns).
fn list(v: &Value) -> Result<Vec<String>, Error> {
    if let Some(s) = v.as_str() {
        return Ok(if s.is_empty() { Vec::new() } else { s.split(ITEM).map(str::to_string).collect() });
    }
    v.try_iter()?.map(|item| Ok(item.as_str().map(str::to_string).unwrap_or_else(|| item.to_string()))).collect()
}

/// A call argument may be hugged when it is an object or array literal (a group at the top).
fn huggable(d: &Doc) -> bool {
    matches!(d, Doc::Group { .. })
}

fn kw_bool(kwargs: &Kwargs, name: &str, default: bool) -> Result<bool, Error> {
    Ok(kwargs.get::<Option<bool>>(name)?.unwrap_or(default))
}

/// Registers the layout functions and filters on the TypeScript environment.
pub fn register(env: &mut Environment<'static>) {
    // 1. Statements.
    env.add_function("stmt", |indent: usize, parts: Rest<String>| {
        // Plain text (no marker) has nowhere to break: printed as it is.
        if parts.iter().all(|p| next_marker(p.as_bytes(), 0).is_none()) {
            let mut out = " ".repeat(indent);
            parts.iter().for_each(|p| out.push_str(p));
            return out;
        }
        let d = doc::concat(parts.iter().map(|p| parse(p)).collect());
        emit::statement(d, indent)
    });
    env.add_function("declare", |lhs: String, rhs: String, indent: usize| emit::declare(&lhs, parse(&rhs), indent));
    env.add_function("declare_call", |lhs: String, callee: String, args: Vec<String>, indent: usize| {
        let args = docs(&args).into_iter().map(|d| (d.clone(), huggable(&d))).collect();
        emit::declare_call(&lhs, &callee, args, indent)
    });
    env.add_function("assign", |lhs: String, rhs: String, indent: usize| emit::assignment(&lhs, &rhs, indent));
    env.add_function("return_chain", |parts: Vec<String>, op: String, indent: usize| {
        emit::return_logical(parts, &op, indent)
    });
    // 2. Parameter lists.
    env.add_function("params", |items: Value, tail: String| -> Result<String, Error> {
        Ok(pass(emit::params(list(&items)?, &tail)))
    });
    // 3. Calls.
    env.add_function("call", |args: Value, kwargs: Kwargs| -> Result<String, Error> {
        let hug = kw_bool(&kwargs, "hug", true)?;
        kwargs.assert_all_used()?;
        let args = docs(&list(&args)?).into_iter().map(|d| (d.clone(), hug && huggable(&d))).collect();
        Ok(pass(emit::call_args(args)))
    });
    // 4. Literals.
    env.add_function("object", |props: Value, kwargs: Kwargs| -> Result<String, Error> {
        let force = kw_bool(&kwargs, "force", false)?;
        kwargs.assert_all_used()?;
        Ok(pass(emit::object(docs(&list(&props)?), force)))
    });
    env.add_function("prop", |key: String, value: String, kwargs: Kwargs| -> Result<String, Error> {
        let wrap = kw_bool(&kwargs, "wrap", false)?;
        kwargs.assert_all_used()?;
        Ok(pass(emit::prop(&key, parse(&value), wrap)))
    });
    env.add_function("field", |key: String, value: String, kwargs: Kwargs| -> Result<String, Error> {
        let binary = kw_bool(&kwargs, "binary", false)?;
        kwargs.assert_all_used()?;
        Ok(pass(field(&key, &value, binary)))
    });
    env.add_function("array", |items: Value, kwargs: Kwargs| -> Result<String, Error> {
        let many = kw_bool(&kwargs, "many", false)?;
        kwargs.assert_all_used()?;
        Ok(pass(emit::array(docs(&list(&items)?), many)))
    });
    // JSON text (view models pass JSON as text, keeping the order of object keys).
    env.add_function("json", |text: String| -> Result<String, Error> {
        let v: serde_json::Value = serde_json::from_str(&text)
            .map_err(|e| Error::new(ErrorKind::InvalidOperation, format!("not JSON text: {e}")))?;
        Ok(pass(emit::json_value(&v)))
    });
    env.add_function("braces", |names: Vec<String>| pass(emit::braces_list(names)));
    // 5. Types.
    env.add_function("type_alias", |head: String, members: Vec<String>| emit::type_alias(&head, &members));
    // Lists through macros.
    env.add_filter("items", |v: Value| -> Result<String, Error> { Ok(list(&v)?.join(&ITEM.to_string())) });
    env.add_filter("as_list", |v: Value| list(&v));
    // Text.
    env.add_filter("str_lit", |s: String| emit::str_lit(&s));
    env.add_filter("prop_key", |s: String| emit::prop_key(&s));
    env.add_filter("one_line", |s: String| emit::one_line(&s));
    env.add_filter("md_line", |s: String| emit::md(&s));
    env.add_filter("md_prettier", |s: String| super::markdown::readme_block(&s));
    env.add_filter("flat", |s: String| doc::print(&parse(&s), usize::MAX / 4, 0));
    env.add_filter("jsdoc", |s: String, indent: Option<usize>, kwargs: Kwargs| -> Result<String, Error> {
        let deprecated = kw_bool(&kwargs, "deprecated", false)?;
        kwargs.assert_all_used()?;
        Ok(jsdoc(&s, indent.unwrap_or(0), deprecated))
    });
}

/// A JSDoc block; `deprecated` adds the `@deprecated` tag, after the text in a block of lines
/// (`/**`, ` * text`, ` *`, ` * @deprecated`, ` */`) even when the text alone would fit on one.
pub fn jsdoc(text: &str, indent: usize, deprecated: bool) -> String {
    if !deprecated {
        return emit::jsdoc(text, indent);
    }
    let block = crate::render::escape::ts_doc(text, indent);
    if block.is_empty() {
        return "/** @deprecated */".to_string();
    }
    let pad = " ".repeat(indent);
    let text_lines = block.strip_suffix("*/").unwrap_or(&block).trim_end();
    format!("{text_lines}\n{pad} *\n{pad} * @deprecated\n{pad} */")
}

/// `key: value` of a request description: shorthand when the value is the key itself; a
/// `a ?? b` value moves after the colon as a whole; identifiers and member chains move after the
/// colon when the line is too long.
fn field(key: &str, value: &str, binary: bool) -> Doc {
    let v = parse(value);
    let flat = doc::print(&v, usize::MAX / 4, 0);
    if !binary && flat == key && crate::naming::is_ts_bare_key(key) && key != "__proto__" {
        emit::shorthand(key)
    } else if binary {
        doc::concat(vec![
            doc::text(emit::literal_key(key)),
            doc::text(":"),
            doc::group(doc::indent(doc::concat(vec![Doc::Line, v]))),
        ])
    } else {
        let chain = flat.split('.').all(crate::naming::is_ts_bare_key);
        emit::prop(key, v, chain)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn deprecated_jsdoc_is_a_block() {
        assert_eq!(jsdoc("Archive a widget", 2, false), "/** Archive a widget */");
        assert_eq!(jsdoc("Archive a widget", 2, true), "/**\n   * Archive a widget\n   *\n   * @deprecated\n   */");
        assert_eq!(jsdoc("", 2, true), "/** @deprecated */");
    }

    #[test]
    fn markup_round_trips() {
        let d = emit::call_args(vec![(
            emit::object(vec![emit::prop("a", doc::text("'x\u{E000}'"), true), emit::shorthand("b")], true),
            true,
        )]);
        let back = parse(&markup(&d));
        assert_eq!(markup(&back), markup(&d));
        assert_eq!(doc::print(&back, 100, 0), doc::print(&d, 100, 0));
    }
}
