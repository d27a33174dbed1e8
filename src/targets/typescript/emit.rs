//! TypeScript syntax as layout documents, built the way Prettier builds them (single quotes,
//! trailing commas, 2-space indent, print width [`WIDTH`]), so generated code is already formatted.

use serde_json::Value;

use super::doc::{concat, conditional_group, fill, group, group_broken, if_break, indent, join, text, will_break, Doc};
use crate::render::escape::clean_text;

/// Print width of the generated package (also in its `.prettierrc.json`).
pub const WIDTH: usize = 100;

/// A string literal as Prettier prints it with `singleQuote`: single quotes unless the text holds
/// more single than double quotes. Printable ASCII stays as is; everything else is escaped, so no
/// spec text can end the literal or hide characters.
pub fn str_lit(s: &str) -> String {
    let singles = s.matches('\'').count();
    let doubles = s.matches('"').count();
    let quote = if singles > doubles { '"' } else { '\'' };
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
            c => {
                let mut buf = [0u16; 2];
                for unit in c.encode_utf16(&mut buf) {
                    out.push_str(&format!("\\u{unit:04x}"));
                }
            }
        }
    }
    out.push(quote);
    out
}

/// An object or interface property key: bare when it is an identifier name, quoted otherwise.
pub fn prop_key(s: &str) -> String {
    if crate::naming::is_ts_bare_key(s) {
        s.to_string()
    } else {
        str_lit(s)
    }
}

/// A key of an object literal (an expression): like [`prop_key`], but `__proto__` is computed
/// (`['__proto__']`), because `{ __proto__: x }` would set the object's prototype instead of a
/// property.
pub fn literal_key(s: &str) -> String {
    if s == "__proto__" {
        format!("[{}]", str_lit(s))
    } else {
        prop_key(s)
    }
}

/// A JSDoc block for spec text at `indent` spaces (empty text: no block).
pub fn jsdoc(s: &str, indent_by: usize) -> String {
    let block = crate::render::escape::ts_doc(s, indent_by);
    let lines: Vec<&str> = block.lines().collect();
    if let [open, only, close] = lines.as_slice() {
        let text = only.trim_start().trim_start_matches('*').trim();
        if open.trim() == "/**" && close.trim() == "*/" && indent_by + text.chars().count() + 7 <= WIDTH {
            return format!("/** {text} */");
        }
    }
    block
}

/// Spec text as one line of Markdown prose: the shared escaping (pipes, HTML, backticks), plus
/// the characters that would start emphasis, a heading or a list, so the text reads as written and
/// Prettier leaves it alone.
pub fn md(s: &str) -> String {
    let base = crate::render::escape::markdown(&one_line(s));
    let chars: Vec<char> = base.chars().collect();
    let mut out = String::with_capacity(base.len() + 8);
    for (i, &c) in chars.iter().enumerate() {
        let prev = if i == 0 { None } else { chars.get(i - 1).copied() };
        let next = chars.get(i + 1).copied();
        let intraword = prev.is_some_and(|p| p.is_alphanumeric()) && next.is_some_and(|n| n.is_alphanumeric());
        let needs = match c {
            '*' | '~' => true,
            '_' => !intraword,
            '[' | ']' => true,
            '#' | '-' | '+' | '=' => i == 0,
            '.' | ')' => i > 0 && chars[..i].iter().all(|d| d.is_ascii_digit()),
            _ => false,
        };
        // Backslashes are already doubled, so every one added here escapes `c`.
        if needs {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// One line of spec text for a `//` comment or a Markdown line.
pub fn one_line(s: &str) -> String {
    clean_text(s).split_whitespace().collect::<Vec<_>>().join(" ")
}

pub fn comma_line() -> Doc {
    concat(vec![text(","), Doc::Line])
}

/// `{ a, b }` import/export specifiers.
pub fn braces_list(items: Vec<String>) -> Doc {
    if items.is_empty() {
        return text("{}");
    }
    // Prettier never breaks a single specifier.
    if let [only] = items.as_slice() {
        return text(format!("{{ {only} }}"));
    }
    group(concat(vec![
        text("{"),
        indent(concat(vec![Doc::Line, join(comma_line(), items.into_iter().map(text).collect())])),
        if_break(text(","), text("")),
        Doc::Line,
        text("}"),
    ]))
}

/// An object literal. `force`: first property on its own line in the source, which Prettier keeps.
pub fn object(props: Vec<Doc>, force: bool) -> Doc {
    if props.is_empty() {
        return text("{}");
    }
    let body = concat(vec![
        text("{"),
        indent(concat(vec![Doc::Line, join(comma_line(), props)])),
        if_break(text(","), text("")),
        Doc::Line,
        text("}"),
    ]);
    if force {
        group_broken(body)
    } else {
        group(body)
    }
}

/// `key: value` of an object literal; a string value moves to the next line when it does not fit
/// and the key is not short (Prettier's assignment layouts).
pub fn prop(key: &str, value: Doc, value_is_string: bool) -> Doc {
    let key = literal_key(key);
    if value_is_string && key.chars().count() >= 5 {
        concat(vec![text(key), text(":"), group(indent(concat(vec![Doc::Line, value])))])
    } else {
        concat(vec![text(key), text(": "), value])
    }
}

/// A shorthand property `{ name }`.
pub fn shorthand(name: &str) -> Doc {
    text(name)
}

/// An array literal.
pub fn array(items: Vec<Doc>, objects_with_many_keys: bool) -> Doc {
    if items.is_empty() {
        return text("[]");
    }
    let n = items.len();
    let body = concat(vec![
        text("["),
        indent(concat(vec![Doc::Softline, join(comma_line(), items)])),
        if_break(text(","), text("")),
        Doc::Softline,
        text("]"),
    ]);
    if n > 1 && objects_with_many_keys {
        group_broken(body)
    } else {
        group(body)
    }
}

/// A JSON value as a TypeScript expression.
pub fn json_value(v: &Value) -> Doc {
    match v {
        Value::Null => text("null"),
        Value::Bool(b) => text(b.to_string()),
        Value::Number(n) => text(n.to_string()),
        Value::String(s) => text(str_lit(s)),
        Value::Array(items) if items.len() > 1 && items.iter().all(Value::is_number) => {
            // Prettier fills number arrays: as many per line as fit. The trailing comma is part
            // of the last item when the array breaks (it counts when the fill measures that item),
            // so the array is flat on one line or broken with the comma in its fill.
            let flat = concat(vec![
                text("["),
                join(text(", "), items.iter().map(|i| text(i.to_string())).collect()),
                text("]"),
            ]);
            let mut parts = Vec::new();
            for (i, item) in items.iter().enumerate() {
                parts.push(text(format!("{item},")));
                if i + 1 < items.len() {
                    parts.push(Doc::Line);
                }
            }
            let broken = group_broken(concat(vec![
                text("["),
                indent(concat(vec![Doc::Softline, fill(parts)])),
                Doc::Softline,
                text("]"),
            ]));
            conditional_group(vec![flat, broken])
        }
        Value::Array(items) => {
            let many = items.len() > 1
                && (items.iter().all(|i| matches!(i, Value::Object(o) if o.len() > 1))
                    || items.iter().all(|i| matches!(i, Value::Array(a) if a.len() > 1)));
            array(items.iter().map(json_value).collect(), many)
        }
        Value::Object(map) => object(map.iter().map(|(k, v)| prop(k, json_value(v), v.is_string())).collect(), false),
    }
}

/// Call arguments, with Prettier's hugging of a last object or array argument.
pub fn call_args(args: Vec<(Doc, bool)>) -> Doc {
    if args.is_empty() {
        return text("()");
    }
    let n = args.len();
    let huggable_last = args.last().map(|(_, h)| *h).unwrap_or(false) && (n < 2 || !args[n - 2].1);
    let docs: Vec<Doc> = args.into_iter().map(|(d, _)| d).collect();
    let broken_out = group_broken(concat(vec![
        text("("),
        indent(concat(vec![Doc::Line, join(comma_line(), docs.clone())])),
        if_break(text(","), text("")),
        Doc::Line,
        text(")"),
    ]));
    let all_broken = concat(vec![
        text("("),
        indent(concat(vec![Doc::Softline, join(comma_line(), docs.clone())])),
        if_break(text(","), text("")),
        Doc::Softline,
        text(")"),
    ]);
    if huggable_last {
        if docs[..n - 1].iter().any(will_break) {
            return broken_out;
        }
        let flat = concat(vec![text("("), join(text(", "), docs.clone()), text(")")]);
        let mut hugged_parts = docs[..n - 1].to_vec();
        hugged_parts.push(group_broken(docs[n - 1].clone()));
        let hugged = concat(vec![text("("), join(text(", "), hugged_parts), text(")")]);
        let any_break = docs.iter().any(will_break);
        let cg = conditional_group(vec![flat, hugged, broken_out]);
        return if any_break { concat(vec![Doc::BreakParent, cg]) } else { cg };
    }
    group(all_broken)
}

/// A parameter list `(a: A, b?: B)` followed by `tail` (`: Promise<R> {`).
pub fn params(list: Vec<String>, tail: &str) -> Doc {
    if list.is_empty() {
        return text(format!("(){tail}"));
    }
    group(concat(vec![
        text("("),
        indent(concat(vec![Doc::Softline, join(comma_line(), list.iter().map(|p| param_doc(p)).collect())])),
        if_break(text(","), text("")),
        Doc::Softline,
        text(format!("){tail}")),
    ]))
}

/// One parameter; a `name: Generic<A, B>` type breaks its type arguments like Prettier.
fn param_doc(p: &str) -> Doc {
    let (head, default) = match p.rfind(" = ") {
        Some(i) if p.ends_with('}') || p.ends_with(']') => (&p[..i], &p[i..]),
        _ => (p, ""),
    };
    let Some(colon) = head.find(": ") else { return text(p) };
    let ty = &head[colon + 2..];
    let (Some(open), true) = (ty.find('<'), ty.ends_with('>')) else { return text(p) };
    concat(vec![
        text(format!("{}{}", &head[..colon + 2], &ty[..=open])),
        type_args(&ty[open + 1..ty.len() - 1]),
        text(default.to_string()),
    ])
}

/// Walks `s` outside string literals, calling `visit(byte index, char, depth)` with the bracket
/// depth after the char; `None` when `visit` stops the walk (returns `false`), else the depth at
/// the end.
fn walk_top(s: &str, mut visit: impl FnMut(usize, char, i32) -> bool) -> Option<i32> {
    let (mut depth, mut quote) = (0i32, None::<char>);
    let mut chars = s.char_indices();
    while let Some((i, c)) = chars.next() {
        match (quote, c) {
            (Some(_), '\\') => {
                chars.next();
                continue;
            }
            (Some(q), c) if c == q => {
                quote = None;
                continue;
            }
            (Some(_), _) => continue,
            (None, '\'' | '"' | '`') => {
                quote = Some(c);
                continue;
            }
            (None, '<' | '(' | '{' | '[') => depth += 1,
            (None, '>' | ')' | '}' | ']') => depth -= 1,
            _ => {}
        }
        if !visit(i, c, depth) {
            return None;
        }
    }
    Some(depth)
}

/// `s` split at `sep` where it is outside brackets and string literals (`'a|b'` stays whole).
fn split_top<'a>(s: &'a str, sep: &str) -> Vec<&'a str> {
    let mut parts = Vec::new();
    let mut start = 0;
    walk_top(s, |i, _, depth| {
        if depth == 0 && s[i..].starts_with(sep) {
            parts.push(&s[start..i]);
            start = i + sep.len();
        }
        true
    });
    parts.push(&s[start..]);
    parts
}

/// Whether the bracket at byte `open` of `ty` is closed by its last character (brackets inside
/// string literals do not count).
fn closes_at_end(ty: &str, open: usize) -> bool {
    let Some(body) = ty[open + 1..].strip_suffix('>') else { return false };
    walk_top(body, |_, _, depth| depth >= 0) == Some(0)
}

/// Type arguments after `Name<`, up to `>`: Prettier keeps a lone simple argument (a name
/// without arguments, or a keyword) inline and otherwise breaks them one per line, without a
/// trailing comma.
fn type_args(inner: &str) -> Doc {
    let args: Vec<&str> = split_top(inner, ",").into_iter().map(str::trim).collect();
    let simple = |a: &str| a.chars().all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '$' || c == '.');
    if let [only] = args.as_slice() {
        if simple(only) || only.starts_with('{') {
            return text(format!("{only}>"));
        }
    }
    group(concat(vec![
        indent(concat(vec![Doc::Softline, join(comma_line(), args.into_iter().map(type_doc).collect())])),
        Doc::Softline,
        text(">"),
    ]))
}

/// A type expression as Prettier lays it out: a union breaks one member per line (`| A`), a
/// generic type breaks its arguments; anything else is one piece of text.
pub fn type_doc(ty: &str) -> Doc {
    let members = split_top(ty, " | ");
    if members.len() > 1 {
        let sep = concat(vec![Doc::Line, text("| ")]);
        return group(concat(vec![
            if_break(text("| "), text("")),
            join(sep, members.into_iter().map(|m| text(m.trim())).collect()),
        ]));
    }
    match ty.find('<') {
        Some(open) if closes_at_end(ty, open) && crate::naming::is_ts_bare_key(&ty[..open].replace('.', "_")) => {
            concat(vec![text(&ty[..=open]), type_args(&ty[open + 1..ty.len() - 1])])
        }
        _ => text(ty),
    }
}

/// `export type Name = A | B;`: on one line, else the union flat on the next line, else one
/// member per line.
pub fn type_alias(head: &str, members: &[String]) -> String {
    let flat = members.join(" | ");
    let one = format!("{head} = {flat};");
    if one.chars().count() <= WIDTH {
        return one;
    }
    if let [only] = members {
        // Prettier's "fluid" assignment: `=` ends the line unless the type breaks within its
        // first line (`Record<` then one argument per line).
        return declare(head, type_doc(only), 0);
    }
    let next = format!("  {flat};");
    if next.chars().count() <= WIDTH {
        return format!("{head} =\n{next}");
    }
    let mut out = format!("{head} =");
    for m in members {
        out.push_str("\n  | ");
        out.push_str(m);
    }
    out.push(';');
    out
}

/// `lhs = rhs;` with a short right-hand side that moves to the next line when the line is too long.
pub fn assignment(lhs: &str, rhs: &str, indent_by: usize) -> String {
    statement(
        concat(vec![text(format!("{lhs} =")), group(indent(concat(vec![Doc::Line, text(format!("{rhs};"))])))]),
        indent_by,
    )
}

/// `const name = value;` (Prettier's "fluid" assignment layout: the value moves to the next line
/// only when even its first line does not fit).
pub fn declare(lhs: &str, rhs: Doc, indent_by: usize) -> String {
    use std::sync::atomic::{AtomicUsize, Ordering};
    static NEXT_ID: AtomicUsize = AtomicUsize::new(1);
    let id = NEXT_ID.fetch_add(1, Ordering::Relaxed);
    let d = group(concat(vec![
        text(format!("{lhs} =")),
        super::doc::group_with_id(indent(Doc::Line), id),
        super::doc::indent_if_break(id, concat(vec![rhs, text(";")])),
    ]));
    statement(d, indent_by)
}

/// `const name = await obj.method(args);`: Prettier breaks after `=` (not inside the arguments) when
/// the call is "poorly breakable": no arguments, or one short literal or identifier.
pub fn declare_call(lhs: &str, callee: &str, args: Vec<(Doc, bool)>, indent_by: usize) -> String {
    let lone_short = match args.as_slice() {
        [] => true,
        [(only, _)] => {
            let flat = super::doc::print(only, usize::MAX / 4, 0);
            let n = flat.chars().count();
            let quoted = flat.starts_with('\'') || flat.starts_with('"');
            let literal = matches!(flat.as_str(), "true" | "false" | "null") || flat.parse::<f64>().is_ok();
            (quoted && n <= WIDTH / 4) || literal || (crate::naming::is_ts_bare_key(&flat) && n <= WIDTH / 4)
        }
        _ => false,
    };
    let rhs = concat(vec![text(callee), call_args(args)]);
    if lone_short {
        let d = group(concat(vec![text(format!("{lhs} =")), group(indent(concat(vec![Doc::Line, rhs]))), text(";")]));
        statement(d, indent_by)
    } else {
        declare(lhs, rhs, indent_by)
    }
}

/// `return a || b;` for a logical or comparison chain.
pub fn return_logical(parts: Vec<String>, op: &str, indent_by: usize) -> String {
    let chain = group(join(concat(vec![text(format!(" {op}")), Doc::Line]), parts.into_iter().map(text).collect()));
    let d = concat(vec![
        text("return "),
        group(concat(vec![
            if_break(text("("), text("")),
            indent(concat(vec![Doc::Softline, chain])),
            Doc::Softline,
            if_break(text(")"), text("")),
        ])),
        text(";"),
    ]);
    statement(d, indent_by)
}

/// Lays a statement document out at `indent_by` spaces (first line included).
pub fn statement(d: Doc, indent_by: usize) -> String {
    format!("{}{}", " ".repeat(indent_by), super::doc::print(&d, WIDTH, indent_by))
}

/// Columns a string takes in a monospace font, as Prettier counts them (East Asian wide and
/// full-width characters take two, combining marks none).
pub fn display_width(s: &str) -> usize {
    s.chars()
        .map(|c| {
            let u = c as u32;
            if (0x300..=0x36F).contains(&u) || (0x200B..=0x200F).contains(&u) || (0xFE00..=0xFE0F).contains(&u) {
                0
            } else if (0x1100..=0x115F).contains(&u)
                || (0x2E80..=0x303E).contains(&u)
                || (0x3041..=0x33FF).contains(&u)
                || (0x3400..=0x4DBF).contains(&u)
                || (0x4E00..=0x9FFF).contains(&u)
                || (0xA000..=0xA4CF).contains(&u)
                || (0xAC00..=0xD7A3).contains(&u)
                || (0xF900..=0xFAFF).contains(&u)
                || (0xFE30..=0xFE4F).contains(&u)
                || (0xFF00..=0xFF60).contains(&u)
                || (0xFFE0..=0xFFE6).contains(&u)
                || (0x1F300..=0x1F64F).contains(&u)
                || (0x1F900..=0x1F9FF).contains(&u)
                || (0x20000..=0x3FFFD).contains(&u)
            {
                2
            } else {
                1
            }
        })
        .sum()
}

/// Markdown with its pipe tables aligned the way Prettier prints them: every column padded to
/// its widest cell (at least 3), the delimiter row made of dashes.
pub fn align_md_tables(text: &str) -> String {
    let lines: Vec<&str> = text.split('\n').collect();
    let is_row = |l: &str| l.starts_with('|') && l.trim_end().ends_with('|');
    let mut out: Vec<String> = Vec::with_capacity(lines.len());
    let mut i = 0;
    while i < lines.len() {
        let start = i;
        while i < lines.len() && is_row(lines[i]) {
            i += 1;
        }
        if i - start >= 2 && is_delimiter_row(lines[start + 1]) {
            let rows: Vec<Vec<String>> =
                lines[start..i].iter().enumerate().filter(|(n, _)| *n != 1).map(|(_, l)| table_cells(l)).collect();
            let columns = rows.first().map(Vec::len).unwrap_or(0);
            let mut widths = vec![3usize; columns];
            for row in &rows {
                for (c, cell) in row.iter().enumerate().take(columns) {
                    widths[c] = widths[c].max(display_width(cell));
                }
            }
            let render = |row: &Vec<String>| {
                let cells: Vec<String> = (0..columns)
                    .map(|c| {
                        let cell = row.get(c).map(String::as_str).unwrap_or("");
                        format!("{cell}{}", " ".repeat(widths[c] - display_width(cell)))
                    })
                    .collect();
                format!("| {} |", cells.join(" | "))
            };
            if let Some(head) = rows.first() {
                out.push(render(head));
            }
            out.push(format!("| {} |", widths.iter().map(|w| "-".repeat(*w)).collect::<Vec<_>>().join(" | ")));
            for row in rows.iter().skip(1) {
                out.push(render(row));
            }
        } else {
            out.extend(lines[start..i].iter().map(|l| l.to_string()));
            if i == start {
                out.push(lines[i].to_string());
                i += 1;
            }
        }
    }
    out.join("\n")
}

fn is_delimiter_row(line: &str) -> bool {
    table_cells(line).iter().all(|c| !c.is_empty() && c.trim_matches(':').chars().all(|ch| ch == '-'))
}

/// The trimmed cells of a `| a | b |` row; `\|` does not split.
fn table_cells(line: &str) -> Vec<String> {
    let inner = line.trim().trim_start_matches('|');
    let inner = inner.strip_suffix('|').unwrap_or(inner);
    let mut cells = Vec::new();
    let mut cur = String::new();
    let mut chars = inner.chars();
    while let Some(c) = chars.next() {
        match c {
            '\\' => {
                cur.push(c);
                if let Some(n) = chars.next() {
                    cur.push(n);
                }
            }
            '|' => cells.push(std::mem::take(&mut cur).trim().to_string()),
            _ => cur.push(c),
        }
    }
    cells.push(cur.trim().to_string());
    cells
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quotes_like_prettier() {
        assert_eq!(str_lit("a"), "'a'");
        assert_eq!(str_lit("it's"), "\"it's\"");
        assert_eq!(str_lit("a'b\"c"), "'a\\'b\"c'");
        assert_eq!(str_lit("é\u{2028}"), "'\\u00e9\\u2028'");
    }

    #[test]
    fn type_alias_layouts() {
        assert_eq!(type_alias("export type A", &["'a'".into(), "'b'".into()]), "export type A = 'a' | 'b';");
    }

    /// A one-member alias too long for its line, as Prettier 3 lays it out (outputs of
    /// `prettier --print-width 100 --single-quote`): `=` ends the line, unless the type breaks
    /// inside its first line (type arguments, one per line, no trailing comma).
    #[test]
    fn long_single_type_alias_breaks_like_prettier() {
        let alias = |head: &str, ty: &str| type_alias(head, &[ty.to_string()]);
        assert_eq!(
            alias(
                "export type ChangeMessageVisibilityBatchRequestEntryList",
                "ChangeMessageVisibilityBatchRequestEntry[]"
            ),
            "export type ChangeMessageVisibilityBatchRequestEntryList =\n  ChangeMessageVisibilityBatchRequestEntry[];"
        );
        assert_eq!(
            alias(
                "export type DeletableCertificateBasedAuthProperty",
                "'CERTIFICATE_BASED_AUTH_PROPERTIES_CERTIFICATE_AUTHORITY_ARN'"
            ),
            "export type DeletableCertificateBasedAuthProperty =\n  'CERTIFICATE_BASED_AUTH_PROPERTIES_CERTIFICATE_AUTHORITY_ARN';"
        );
        assert_eq!(
            alias(
                "export type AuthenticateCognitoActionAuthenticationRequestExtraParams",
                "Record<string, AuthenticateCognitoActionAuthenticationRequestParamValue>"
            ),
            "export type AuthenticateCognitoActionAuthenticationRequestExtraParams = Record<\n  string,\n  \
             AuthenticateCognitoActionAuthenticationRequestParamValue\n>;"
        );
        // A lone simple type argument never breaks: `=` ends the line.
        assert_eq!(
            alias(
                "export type AVeryLongTypeAliasNameThatIsLongEnoughToPushItAllTheWayOver",
                "Array<AuthenticateCognito>"
            ),
            "export type AVeryLongTypeAliasNameThatIsLongEnoughToPushItAllTheWayOver =\n  Array<AuthenticateCognito>;"
        );
        assert_eq!(
            alias(
                "export type ShortName",
                "Record<string, AuthenticateCognitoActionAuthenticationRequestParamValue123>"
            ),
            "export type ShortName = Record<string, AuthenticateCognitoActionAuthenticationRequestParamValue123>;"
        );
    }

    /// A parameter's union type argument breaks one member per line, `|` first, not indented.
    #[test]
    fn union_type_argument_of_a_parameter_breaks_like_prettier() {
        let p = params(
            vec![
                "apiVersion: string".into(),
                "params: Omit<DefaultCollectionPartitionListUsagesParams, 'subscriptionId' | 'resourceGroupName' | \
                 'accountName' | 'databaseRid' | 'collectionRid' | 'apiVersion'> = {}"
                    .into(),
                "options?: RequestOptions".into(),
            ],
            ": Promise<PartitionUsagesResult> {",
        );
        assert_eq!(
            statement(concat(vec![text("listUsages"), p]), 2),
            "  listUsages(
    apiVersion: string,
    params: Omit<
      DefaultCollectionPartitionListUsagesParams,
      | 'subscriptionId'
      | 'resourceGroupName'
      | 'accountName'
      | 'databaseRid'
      | 'collectionRid'
      | 'apiVersion'
    > = {},
    options?: RequestOptions,
  ): Promise<PartitionUsagesResult> {"
        );
        // A lone parameter with a default breaks out of its parentheses (a `fromEnv` signature).
        let p = params(
            vec!["options: AVeryLongSdkNameForTestingPurposesOnlyOptions = {}".into()],
            ": AVeryLongSdkNameForTestingPurposes {",
        );
        assert_eq!(
            statement(concat(vec![text("static fromEnv"), p]), 2),
            "  static fromEnv(\n    options: AVeryLongSdkNameForTestingPurposesOnlyOptions = {},\n  ): \
             AVeryLongSdkNameForTestingPurposes {"
        );
    }

    /// `new Service(core).method({...})` too long for its line: Prettier's short member chain breaks
    /// the constructor's arguments first, then hugs the object (azure.com's automation API).
    #[test]
    fn new_service_call_breaks_its_constructor_arguments_first() {
        let object = object(
            vec![
                prop("subscriptionId", text("'51766542-3ed7-4a72-a187-0c8ab644ddab'"), true),
                prop("resourceGroupName", text("'mygroup'"), true),
            ],
            false,
        );
        let d = concat(vec![
            text("await new SoftwareUpdateConfigurationMachineRunService"),
            call_args(vec![(text("core"), false)]),
            text(".softwareUpdateConfigurationMachineRunsList"),
            call_args(vec![(object, true)]),
            text(";"),
        ]);
        assert_eq!(
            statement(d, 2),
            "  await new SoftwareUpdateConfigurationMachineRunService(\n    core,\n  \
             ).softwareUpdateConfigurationMachineRunsList({\n    \
             subscriptionId: '51766542-3ed7-4a72-a187-0c8ab644ddab',\n    resourceGroupName: 'mygroup',\n  });"
        );
    }

    /// A filled number array counts its trailing comma with the last item (amentum.space's space
    /// radiation API: `10,` went past column 100).
    #[test]
    fn number_fill_counts_the_trailing_comma() {
        let v: Value = serde_json::from_str(
            "[0.04, 0.07, 0.1, 0.25, 0.5, 0.75, 1, 1.5, 2, 2.5, 3, 3.5, 4, 4.5, 5, 5.5, 6, 6.5, 7, 8.5, 10]",
        )
        .unwrap_or_default();
        let d = concat(vec![text("data: "), json_value(&v), text(",")]);
        assert_eq!(
            statement(d.clone(), 6),
            "      data: [\n        0.04, 0.07, 0.1, 0.25, 0.5, 0.75, 1, 1.5, 2, 2.5, 3, 3.5, 4, 4.5, 5, 5.5, 6, 6.5, 7, \
             8.5,\n        10,\n      ],"
        );
        assert_eq!(
            statement(d.clone(), 4),
            "    data: [\n      0.04, 0.07, 0.1, 0.25, 0.5, 0.75, 1, 1.5, 2, 2.5, 3, 3.5, 4, 4.5, 5, 5.5, 6, 6.5, 7, 8.5, \
             10,\n    ],"
        );
        assert_eq!(
            statement(concat(vec![text("data: "), json_value(&serde_json::json!([1, 2])), text(",")]), 4),
            "    data: [1, 2],"
        );
    }
}
