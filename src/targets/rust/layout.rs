//! Lines of Rust laid out the way rustfmt (default configuration) lays them out, so the generated
//! crate passes `cargo fmt --check` without running rustfmt at generation time.
//!
//! Only the few shapes the Rust target emits are covered: calls, function signatures, `use`
//! lists, match arms, `const` items and array constants. Widths follow rustfmt's defaults:
//! `max_width = 100` and `fn_call_width = 60` (the width of a call's arguments before they go one
//! per line).
//!
//! Templates write each statement on one line and pass the text through the `layout` filter
//! ([`text`]), which lays out every line by the first of [`RULES`] that matches it; `use` lists
//! come from the `uses` filter ([`uses`]) over the imports the view model lists.

pub const MAX_WIDTH: usize = 100;
pub const FN_CALL_WIDTH: usize = 60;
pub const ATTR_FN_LIKE_WIDTH: usize = 70;
pub const CHAIN_WIDTH: usize = 60;

fn width(s: &str) -> usize {
    s.chars().count()
}

/// `{head}({args}){tail}` at `indent` spaces: on one line when it fits, otherwise one argument
/// per line with a trailing comma.
pub fn call(indent: usize, head: &str, args: &[String], tail: &str) -> Vec<String> {
    let pad = " ".repeat(indent);
    let joined = args.join(", ");
    let one = format!("{pad}{head}({joined}){tail}");
    // Several arguments are held to `fn_call_width`; a single one only to the line (rustfmt's
    // overflow rule for a lone argument; checked with rustfmt 1.9 for names, references, string
    // literals, calls and arrays), unless it is a method chain too wide for one line itself.
    let narrow = match args {
        [arg] => flat(arg),
        _ => width(&joined) <= FN_CALL_WIDTH,
    };
    if width(&one) <= MAX_WIDTH && (args.is_empty() || narrow) {
        return vec![one];
    }
    let assignment = head.split_once(" = ");
    if args.is_empty() {
        // `let x = Name::new();` too wide: the call goes to the next line, and where even that is
        // too wide, rustfmt opens its parentheses there (`Name::new(` / `);`).
        if let Some((lhs, callee)) = assignment {
            let next = format!("{pad}    {callee}(){tail}");
            let open = format!("{pad}    {callee}(");
            if width(&next) <= MAX_WIDTH {
                return vec![format!("{pad}{lhs} ="), next];
            }
            if width(&open) <= MAX_WIDTH {
                return vec![format!("{pad}{lhs} ="), open, format!("{pad}    ){tail}")];
            }
        }
        // Nothing fits: rustfmt leaves the line as it is.
        return vec![one];
    }
    // A chain `recv.method(..)` breaks before `.method(..)` only with at most two arguments or
    // only short ones (rustfmt 1.9 lays three longer ones out vertically).
    let chain_args = args.len() <= 2 || args.iter().all(|a| width(a) <= 10);
    // A lone array argument (`f(&[a, b, c])`) overflows: `f(&[` / the items / `]);`.
    let overflow = lone_array_overflow(indent, head, args, tail);
    // `let x: T = f(..)` whose `let x: T =` alone is too wide: rustfmt breaks the type's generic
    // arguments and keeps ` = f(..)` after the closing `>`.
    if let Some((lhs, callee)) = assignment {
        if let Some((name, ty)) = lhs.split_once(": ").filter(|_| width(&format!("{pad}{lhs} =")) > MAX_WIDTH) {
            let mut lines = generic_type(indent, &format!("{name}: "), ty, " =");
            if let Some(close) = lines.pop().filter(|_| !lines.is_empty()) {
                lines.push(format!("{close} {callee}({joined}){tail}"));
                return lines;
            }
        }
    }
    // `let x = f(..)` too wide for one line: rustfmt first tries `f(..)` alone on the next line.
    if let Some((lhs, callee)) = assignment {
        let next = format!("{pad}    {callee}({joined}){tail}");
        if narrow && width(&next) <= MAX_WIDTH {
            return vec![format!("{pad}{lhs} ="), next];
        }
        // Not even `let x = f(` fits: the call goes below, laid out there.
        if width(&format!("{pad}{head}(")) > MAX_WIDTH {
            let mut lines = vec![format!("{pad}{lhs} =")];
            lines.extend(call(indent + 4, callee, args, tail));
            return lines;
        }
        // `let x = recv.method(..)`: then the chain breaks before `.method(..)`.
        if let Some((recv, method)) = callee.split_once('.').filter(|(r, _)| chain_args && !r.contains(['(', ' '])) {
            let next = format!("{pad}    .{method}({joined}){tail}");
            if narrow && width(&next) <= MAX_WIDTH {
                return vec![format!("{pad}{lhs} = {recv}"), next];
            }
            // A lone call argument (`Name::new()`, at most 61 columns) whose `.method(..)` would
            // end at exactly 100 columns but for the `;`: rustfmt (1.9) then moves the whole call
            // to the next line and breaks its argument there. (Measured over every method and
            // argument width at indents 4 and 8; any other argument keeps `let x = recv.method(`.)
            let lone_call =
                matches!(args, [a] if a.ends_with(')') && !a.starts_with('(') && width(a) <= FN_CALL_WIDTH + 1);
            if lone_call && width(&next) - width(tail) == MAX_WIDTH && !tail.is_empty() {
                let mut lines = vec![format!("{pad}{lhs} =")];
                lines.extend(call(indent + 4, callee, args, tail));
                return lines;
            }
        }
    }
    // `recv.method(..)` (no `let`): broken before `.method` when that fits, as above, unless a
    // lone array argument overflows into five lines or more (rustfmt then prefers the overflow).
    if let Some((recv, method)) =
        head.split_once('.').filter(|(r, m)| chain_args && assignment.is_none() && is_ident(r) && is_ident(m))
    {
        let next = format!("{pad}    .{method}({joined}){tail}");
        if narrow && width(&next) <= MAX_WIDTH && overflow.as_ref().is_none_or(|o| o.len() < 5) {
            return vec![format!("{pad}{recv}"), next];
        }
    }
    if let Some(lines) = overflow {
        return lines;
    }
    let mut lines = vec![format!("{pad}{head}(")];
    // Several arguments, each a short name, literal or reference: rustfmt fills lines with them
    // (its "mixed" layout for simple expressions of at most 10 columns).
    if args.len() > 1 && args.iter().all(|a| width(a) <= 10 && is_simple(a)) {
        lines.extend(fill(indent + 4, args));
    } else {
        for arg in args {
            match arg.strip_suffix("()").filter(|_| indent + 4 + width(arg) + 1 > MAX_WIDTH && !arg.contains('.')) {
                // `Name::new()` too wide for the line: rustfmt opens its parentheses.
                Some(open) => lines.extend([format!("{pad}    {open}("), format!("{pad}    ),")]),
                None => lines.extend(chain(indent + 4, arg, ",")),
            }
        }
    }
    // A macro's arguments (`assert_eq!(a, b)`) take no trailing comma.
    if head.ends_with('!') {
        if let Some(last) = lines.last_mut() {
            last.pop();
        }
    }
    lines.push(format!("{pad}){tail}"));
    lines
}

/// Whether rustfmt may keep `expr` on one line where it fits: not a method chain wider than
/// `chain_width` (60), nor an array of several items wider than `array_width` (60).
fn flat(expr: &str) -> bool {
    match expr.strip_prefix("&[").or(expr.strip_prefix('[')).and_then(|a| a.strip_suffix(']')) {
        Some(items) => split_top(items).len() <= 1 || width(items) <= FN_CALL_WIDTH,
        None => chain(0, expr, "").len() == 1,
    }
}

/// `{head}(&[items]){tail}` with the array's items one a line (or filling lines, when each is at
/// most 10 columns), as rustfmt overflows a call's lone array argument; `None` for other
/// arguments.
fn lone_array_overflow(indent: usize, head: &str, args: &[String], tail: &str) -> Option<Vec<String>> {
    let [arg] = args else { return None };
    let items = split_top(arg.strip_prefix("&[")?.strip_suffix(']')?);
    let pad = " ".repeat(indent);
    let mut lines = vec![format!("{pad}{head}(&[")];
    if items.iter().all(|i| width(i) <= 10 && is_simple(i)) {
        lines.extend(fill(indent + 4, &items));
    } else {
        for item in &items {
            lines.extend(chain(indent + 4, item, ","));
        }
    }
    lines.push(format!("{pad}]){tail}"));
    Some(lines)
}

/// Short items filling lines at `indent`, each followed by a comma: rustfmt's "mixed" layout.
fn fill(indent: usize, items: &[String]) -> Vec<String> {
    let mut lines = Vec::new();
    let mut line = " ".repeat(indent - 1);
    for item in items {
        if width(&line) + 1 + width(item) + 1 > MAX_WIDTH {
            lines.push(line);
            line = " ".repeat(indent - 1);
        }
        line.push(' ');
        line.push_str(item);
        line.push(',');
    }
    lines.push(line);
    lines
}

fn is_ident(s: &str) -> bool {
    !s.is_empty() && s.chars().all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '#')
}

/// An expression rustfmt calls simple: a literal, a name (not a path: `A::B` is not), a field of
/// one, or one of those behind `&`, `*` or `-`.
fn is_simple(s: &str) -> bool {
    let s = s.trim_start_matches(['&', '*', '-']);
    let literal = s.starts_with('"') && s.ends_with('"') && s.len() > 1;
    literal || (!s.is_empty() && s.chars().all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '.'))
}

/// `{expr}{tail}` at `indent`; a method chain (`recv.a(..).b(..)`) wider than rustfmt's
/// `chain_width` (60) goes one call a line, as rustfmt breaks it.
pub fn chain(indent: usize, expr: &str, tail: &str) -> Vec<String> {
    let pad = " ".repeat(indent);
    let mut dots = Vec::new();
    scan(expr, |i, c, depth| {
        if c == '.' && depth == 0 {
            dots.push(i);
        }
        false
    });
    let calls = dots.len() >= 2 && expr.ends_with(')') && is_ident(&expr[..dots[0]]);
    if !calls || width(expr) <= CHAIN_WIDTH {
        return vec![format!("{pad}{expr}{tail}")];
    }
    let mut lines = vec![format!("{pad}{}", &expr[..dots[0]])];
    for (k, &at) in dots.iter().enumerate() {
        let end = dots.get(k + 1).copied().unwrap_or(expr.len());
        lines.push(format!("{pad}    {}", &expr[at..end]));
    }
    if let Some(last) = lines.last_mut() {
        last.push_str(tail);
    }
    lines
}

/// `{head}{ty}{tail}` at `indent` (`head` a field's or parameter's `name: `): on one line when it
/// fits, else the type's generic arguments one per line (`Option<` / `    T,` / `>`), each broken
/// again when it does not fit, as rustfmt breaks a type too wide for its line.
pub fn generic_type(indent: usize, head: &str, ty: &str, tail: &str) -> Vec<String> {
    let pad = " ".repeat(indent);
    let one = format!("{pad}{head}{ty}{tail}");
    let open = ty.find('<').filter(|&at| ty.ends_with('>') && is_ident(&ty[..at]));
    let Some(open) = open.filter(|_| width(&one) > MAX_WIDTH) else {
        return vec![one];
    };
    let mut lines = vec![format!("{pad}{head}{}", &ty[..=open])];
    for arg in split_top(&ty[open + 1..ty.len() - 1]) {
        lines.extend(generic_type(indent + 4, "", &arg, ","));
    }
    lines.push(format!("{pad}>{tail}"));
    lines
}

/// A function signature ending in ` {`: parameters on one line when the whole signature fits,
/// otherwise one per line.
pub fn signature(indent: usize, head: &str, params: &[String], ret: &str) -> Vec<String> {
    let pad = " ".repeat(indent);
    let one = format!("{pad}{head}({}){ret} {{", params.join(", "));
    if width(&one) <= MAX_WIDTH {
        return vec![one];
    }
    let mut lines = vec![format!("{pad}{head}(")];
    for param in params {
        match param.split_once(": ") {
            Some((name, ty)) => lines.extend(generic_type(indent + 4, &format!("{name}: "), ty, ",")),
            None => lines.push(format!("{pad}    {param},")),
        }
    }
    // `) -> Ret {` wider than 96 columns: the brace goes to a line of its own (rustfmt 1.9).
    let close = format!("{pad}){ret} {{");
    if width(&close) <= MAX_WIDTH - 4 {
        lines.push(close);
    } else {
        lines.extend([format!("{pad}){ret}"), format!("{pad}{{")]);
    }
    lines
}

/// `#[cfg(..)]` over Cargo features: `feature = "x"` for one, `{op}(feature = "a", ..)` (`any` or
/// `all`) for several, one per line when the list is wider than rustfmt's `attr_fn_like_width`
/// (70) or the line than 100. `None` for no features.
pub fn cfg(indent: usize, op: &str, features: &[String]) -> Option<String> {
    let pad = " ".repeat(indent);
    let items: Vec<String> = features.iter().map(|f| format!("feature = \"{f}\"")).collect();
    match items.as_slice() {
        [] => None,
        [one] => Some(format!("{pad}#[cfg({one})]")),
        _ => {
            let joined = items.join(", ");
            let one = format!("{pad}#[cfg({op}({joined}))]");
            if width(&joined) <= ATTR_FN_LIKE_WIDTH && width(&one) <= MAX_WIDTH {
                return Some(one);
            }
            let mut lines = vec![format!("{pad}#[cfg({op}(")];
            let last = items.len() - 1;
            for (i, item) in items.iter().enumerate() {
                lines.push(format!("{pad}    {item}{}", if i == last { "" } else { "," }));
            }
            lines.push(format!("{pad}))]"));
            Some(lines.join("\n"))
        }
    }
}

/// `#[deprecated(note = "..")]` at `indent` spaces, `note` already a Rust string literal: on one
/// line when it fits 100 columns (rustfmt does not apply `attr_fn_like_width` to a lone
/// `name = value`), otherwise the argument alone on the next line (a string is never broken).
pub fn deprecated(indent: usize, note: &str) -> String {
    attribute(indent, "deprecated", &format!("note = {note}"))
}

/// `#[{name}({arg})]` with one argument, laid out as [`deprecated`] is.
pub fn attribute(indent: usize, name: &str, arg: &str) -> String {
    let pad = " ".repeat(indent);
    let one = format!("{pad}#[{name}({arg})]");
    if width(&one) <= MAX_WIDTH {
        return one;
    }
    format!("{pad}#[{name}(\n{pad}    {arg}\n{pad})]")
}

/// `{lhs} {rhs}` (an assignment or a `const` whose `lhs` ends in `=`), moving `rhs` to the next
/// line when the statement is too wide.
pub fn assign(indent: usize, lhs: &str, rhs: &str) -> Vec<String> {
    let pad = " ".repeat(indent);
    let one = format!("{pad}{lhs} {rhs}");
    if width(&one) <= MAX_WIDTH {
        return vec![one];
    }
    vec![format!("{pad}{lhs}"), format!("{pad}    {rhs}")]
}

/// A match arm `{pattern} => {body},`, or its block form when it does not fit on one line.
pub fn match_arm(indent: usize, pattern: &str, body: &str) -> Vec<String> {
    let pad = " ".repeat(indent);
    let one = format!("{pad}{pattern} => {body},");
    if width(&one) <= MAX_WIDTH {
        return vec![one];
    }
    // The body in a block when it fits there on one line; else a body `f(..).method(..)` breaks
    // before `.method` when both lines fit (rustfmt 1.9).
    let block = vec![format!("{pad}{pattern} => {{"), format!("{pad}    {body}"), format!("{pad}}}")];
    if width(&block[1]) <= MAX_WIDTH {
        return block;
    }
    if let Some(dot) = find_top(body, ").").map(|at| at + 1) {
        let (first, rest) = (format!("{pad}{pattern} => {}", &body[..dot]), format!("{pad}    {},", &body[dot..]));
        if find_top(&body[dot + 1..], ".").is_none() && width(&first) <= MAX_WIDTH && width(&rest) <= MAX_WIDTH {
            return vec![first, rest];
        }
    }
    block
}

/// `use` declarations in rustfmt's order, with a visibility (`"pub "`) before each: paths
/// sorted, names in braces with lowercase names first. `imports` maps a path (`crate::call`) to
/// the names imported from it.
pub fn uses_vis(vis: &str, imports: &[(&str, Vec<&str>)]) -> Vec<String> {
    let mut entries: Vec<(String, Vec<String>)> = imports
        .iter()
        .filter(|(_, names)| !names.is_empty())
        .map(|(path, names)| {
            let mut names: Vec<String> = names.iter().map(|n| n.to_string()).collect();
            names.sort_by_key(|n| name_key(n));
            names.dedup();
            (path.to_string(), names)
        })
        .collect();
    // A brace list sorts after the single paths that share its prefix (`a::b::*` < `a::{..}`).
    // `self`, `super` and `crate` paths come first.
    entries.sort_by_key(|(path, names)| {
        let rank = match path.split("::").next() {
            Some("self") => 0,
            Some("super") => 1,
            Some("crate") => 2,
            _ => 3,
        };
        let key = if names.len() == 1 { format!("{path}::{}", names[0]) } else { format!("{path}::{{") };
        (rank, key)
    });
    entries
        .into_iter()
        .flat_map(|(path, names)| {
            if names.len() == 1 {
                return vec![format!("{vis}use {path}::{};", names[0])];
            }
            let one = format!("{vis}use {path}::{{{}}};", names.join(", "));
            // A `use` list on one line ends at 98 columns (checked with rustfmt 1.9).
            if width(&one) <= MAX_WIDTH - 2 {
                return vec![one];
            }
            let mut lines = vec![format!("{vis}use {path}::{{")];
            let mut line = String::from("   ");
            for (i, name) in names.iter().enumerate() {
                // rustfmt keeps room for the space after an item's comma: a line of a `use` list
                // ends at 99 columns, or at 100 with the list's last item on its first line
                // (checked with rustfmt 1.9). A name too long for any line goes on its own.
                let last_on_first = i + 1 == names.len() && lines.len() == 1;
                let limit = if last_on_first { MAX_WIDTH } else { MAX_WIDTH - 1 };
                if line.len() > 3 && width(&line) + 1 + width(name) + 1 > limit {
                    lines.push(line);
                    line = String::from("   ");
                }
                line.push(' ');
                line.push_str(name);
                line.push(',');
            }
            lines.push(line);
            lines.push("};".to_string());
            lines
        })
        .collect()
}

/// rustfmt puts `self`, then lowercase names (modules, functions), then CamelCase names, then
/// UPPER_SNAKE_CASE ones (constants, and a type named `A`), then `*`.
fn name_key(name: &str) -> (u8, String) {
    let rank = if name == "self" {
        0
    } else if name.starts_with(|c: char| c.is_ascii_lowercase()) {
        1
    } else if name == "*" {
        4
    } else if name.chars().all(|c| c.is_uppercase() || c == '_' || c.is_numeric()) {
        3
    } else {
        2
    };
    (rank, name.to_string())
}

/// One rule of the `layout` filter: gets a line's indentation and the code after it, and returns
/// the line laid out, or `None` when the line does not have the rule's shape.
pub type Rule = fn(usize, &str) -> Option<Vec<String>>;

/// The rules of the `layout` filter, in order: the first that matches a line lays it out; a line
/// none matches is kept as written.
pub const RULES: &[Rule] = &[
    // comment or attribute (`//`, `#[`): kept as written
    keep_comment,
    // function signature (`fn name(params) -> Ret {`)
    signature_rule,
    // match arm (`pattern => body,`)
    match_arm_rule,
    // array constant (`const NAME: &[T] = &[items];`)
    array_rule,
    // struct field (`pub name: Type,`), broken after the colon past 100 columns
    field_rule,
    // constant (`const NAME: T = value;`)
    assign_rule,
    // struct literal field set by a method call (`name: object.method(args)?,`), broken before
    // the `.` past 100 columns, as rustfmt breaks a chain
    chain_field_rule,
    // item header (`pub struct Name {`, `impl Name {`), its `{` on the next line past 100 columns
    item_header_rule,
    // struct literal field set to a chain (`name: self.name.clone(),`), one element a line past
    // 100 columns or `chain_width`
    field_init_rule,
    // call (`head(args)tail`, `let x = f(args);`)
    call_rule,
];

/// The `layout` filter: every line of `text` laid out by the first matching rule of [`RULES`].
pub fn text(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 64);
    for (i, line) in text.split('\n').enumerate() {
        if i > 0 {
            out.push('\n');
        }
        let code = line.trim_start_matches(' ');
        let indent = line.len() - code.len();
        // A line this short fits, and so do its call's arguments: every rule keeps it as it is.
        if line.len() <= MAX_WIDTH && code.len() <= FN_CALL_WIDTH {
            out.push_str(line);
            continue;
        }
        match RULES.iter().find_map(|rule| rule(indent, code)) {
            Some(lines) => out.push_str(&lines.join("\n")),
            None => out.push_str(line),
        }
    }
    out
}

/// The `layout_decls` filter: the declarations of models too wide for a line, as rustfmt breaks
/// them: a struct field after its colon (`pub name:` / `    Type,`), a tuple variant around its
/// type (`Name(` / `    Type,` / `),`), a type alias after its `=`. Lines that fit, and any
/// other line, are kept as written. (A tuple variant is not laid out like a call: rustfmt breaks
/// it only past 100 columns.)
pub fn decls(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 16);
    for (i, line) in text.split('\n').enumerate() {
        if i > 0 {
            out.push('\n');
        }
        let code = line.trim_start_matches(' ');
        let indent = line.len() - code.len();
        match (width(line) > MAX_WIDTH).then(|| decl(indent, code)).flatten() {
            Some(lines) => out.push_str(&lines.join("\n")),
            None => out.push_str(line),
        }
    }
    out
}

fn decl(indent: usize, code: &str) -> Option<Vec<String>> {
    let pad = " ".repeat(indent);
    if let Some((vis, alias)) =
        code.strip_prefix("pub type ").map(|a| ("pub ", a)).or(code.strip_prefix("type ").map(|a| ("", a)))
    {
        let (name, ty) = alias.strip_suffix(';')?.split_once(" = ")?;
        return Some(assign(indent, &format!("{vis}type {name} ="), &format!("{ty};")));
    }
    if let Some(field) = code.strip_prefix("pub ") {
        let (name, ty) = field.strip_suffix(',')?.split_once(": ")?;
        if !is_ident(name) {
            return None;
        }
        // Not even the type alone fits below: rustfmt breaks its generic arguments instead.
        if indent + 4 + width(ty) + 1 > MAX_WIDTH {
            let broken = generic_type(indent, &format!("pub {name}: "), ty, ",");
            if broken.len() > 1 {
                return Some(broken);
            }
        }
        return Some(vec![format!("{pad}pub {name}:"), format!("{pad}    {ty},")]);
    }
    let (name, ty) = code.strip_suffix("),")?.split_once('(')?;
    (is_ident(name) && name.starts_with(|c: char| c.is_ascii_uppercase()))
        .then(|| vec![format!("{pad}{name}("), format!("{pad}    {ty},"), format!("{pad}),")])
}

fn keep_comment(indent: usize, code: &str) -> Option<Vec<String>> {
    // `note = ".."` is the argument of a `#[deprecated(..)]` laid out by [`deprecated`].
    (code.is_empty() || code.starts_with("//") || code.starts_with("#[") || code.starts_with("note = \""))
        .then(|| vec![format!("{}{code}", " ".repeat(indent))])
}

fn signature_rule(indent: usize, code: &str) -> Option<Vec<String>> {
    let fn_at = code.find("fn ")?;
    if !code[..fn_at].split_whitespace().all(|w| matches!(w, "pub" | "pub(crate)" | "async" | "const")) {
        return None;
    }
    let head_ret = code.strip_suffix(" {")?;
    let (open, close) = outer_parens(head_ret)?;
    let params = split_top(&head_ret[open + 1..close]);
    Some(signature(indent, &head_ret[..open], &params, &head_ret[close + 1..]))
}

fn match_arm_rule(indent: usize, code: &str) -> Option<Vec<String>> {
    let arm = code.strip_suffix(',')?;
    let at = find_top(arm, " => ")?;
    Some(match_arm(indent, &arm[..at], &arm[at + 4..]))
}

fn field_rule(indent: usize, code: &str) -> Option<Vec<String>> {
    let (name, _) = code.strip_prefix("pub ")?.strip_suffix(',')?.split_once(": ")?;
    if !is_ident(name) {
        return None;
    }
    Some(
        decl(indent, code)
            .filter(|_| indent + width(code) > MAX_WIDTH)
            .unwrap_or_else(|| vec![format!("{}{code}", " ".repeat(indent))]),
    )
}

/// `name: receiver.method(args)?,` in a struct literal, as rustfmt lays it out: on one line when it
/// fits (rustfmt keeps such a line to 98 columns), else broken before the `.`, else with the
/// arguments on a line of their own, under the call where `name: receiver.method(` fits.
fn chain_field_rule(indent: usize, code: &str) -> Option<Vec<String>> {
    let (name, value) = code.split_once(": ")?;
    let (receiver, call) = value.split_once('.')?;
    let (method, args) = call.strip_suffix(")?,")?.split_once('(')?;
    if !is_ident(name) || !is_ident(receiver) || !is_ident(method) {
        return None;
    }
    let pad = |n: usize| " ".repeat(n);
    if indent + width(code) <= MAX_WIDTH - 2 {
        return Some(vec![format!("{}{code}", pad(indent))]);
    }
    let chained = format!("{}.{call}", pad(indent + 4));
    if width(&chained) <= MAX_WIDTH - 2 {
        return Some(vec![format!("{}{name}: {receiver}", pad(indent)), chained]);
    }
    let head = format!("{}{name}: {receiver}.{method}(", pad(indent));
    if width(&head) <= MAX_WIDTH {
        return Some(vec![head, format!("{}{args},", pad(indent + 4)), format!("{})?,", pad(indent))]);
    }
    Some(vec![
        format!("{}{name}: {receiver}", pad(indent)),
        format!("{}.{method}(", pad(indent + 4)),
        format!("{}{args},", pad(indent + 8)),
        format!("{})?,", pad(indent + 4)),
    ])
}

fn array_rule(indent: usize, code: &str) -> Option<Vec<String>> {
    if !(code.starts_with("pub const ") || code.starts_with("const ")) {
        return None;
    }
    let at = find_top(code, " = &[")?;
    let items = code[at + 5..].strip_suffix("];")?;
    Some(array(indent, &code[..at + 2], &split_top(items)))
}

fn assign_rule(indent: usize, code: &str) -> Option<Vec<String>> {
    if !(code.starts_with("pub const ") || code.starts_with("const ")) {
        return None;
    }
    let at = find_top(code, " = ")?;
    let (lhs, rhs) = (&code[..at + 2], &code[at + 3..]);
    let pad = " ".repeat(indent);
    match lhs.split_once(": ") {
        // Not even `const NAME: T =` fits: rustfmt breaks after the colon too.
        // (rustfmt keeps a `const NAME: T =` line whose value goes below to 98 columns.)
        Some((name, ty))
            if width(&format!("{pad}{lhs} {rhs}")) > MAX_WIDTH && width(&format!("{pad}{lhs}")) > MAX_WIDTH - 2 =>
        {
            Some(vec![format!("{pad}{name}:"), format!("{pad}    {ty}"), format!("{pad}    {rhs}")])
        }
        _ => Some(assign(indent, lhs, rhs)),
    }
}

fn field_init_rule(indent: usize, code: &str) -> Option<Vec<String>> {
    let (name, value) = code.strip_suffix(',')?.split_once(": ")?;
    if !is_ident(name) || value.contains(' ') || !value.ends_with(')') {
        return None;
    }
    let mut dots = Vec::new();
    scan(value, |i, c, depth| {
        if c == '.' && depth == 0 {
            dots.push(i);
        }
        false
    });
    let first = dots.first().map(|&at| &value[..at]).filter(|r| is_ident(r))?;
    let pad = " ".repeat(indent);
    if indent + width(code) <= MAX_WIDTH && (dots.len() < 2 || width(value) <= CHAIN_WIDTH) {
        return Some(vec![format!("{pad}{code}")]);
    }
    // rustfmt lays a field's value out in place, and only when that fails on the next line; in
    // place, the first line keeps a column for the field's comma.
    let head = format!("{pad}{name}: {first}");
    if width(&head) >= MAX_WIDTH {
        let mut lines = vec![format!("{pad}{name}:")];
        lines.extend(chain(indent + 4, value, ","));
        return Some(lines);
    }
    let mut lines = vec![head];
    for (k, &at) in dots.iter().enumerate() {
        let end = dots.get(k + 1).copied().unwrap_or(value.len());
        lines.push(format!("{pad}    {}", &value[at..end]));
    }
    if let Some(last) = lines.last_mut() {
        last.push(',');
    }
    Some(lines)
}

fn item_header_rule(indent: usize, code: &str) -> Option<Vec<String>> {
    let header = code.strip_suffix(" {")?;
    let name = header.strip_prefix("pub struct ").or_else(|| header.strip_prefix("impl "))?;
    if !is_ident(name) {
        return None;
    }
    let pad = " ".repeat(indent);
    // (A struct's name stays after `pub struct`; an impl's goes to a line of its own.)
    Some(if indent + width(code) <= MAX_WIDTH {
        vec![format!("{pad}{code}")]
    } else if code.starts_with("impl ") {
        vec![format!("{pad}impl"), format!("{pad}    {name}"), format!("{pad}{{")]
    } else {
        vec![format!("{pad}{header}"), format!("{pad}{{")]
    })
}

fn call_rule(indent: usize, code: &str) -> Option<Vec<String>> {
    let (open, close) = outer_parens(code)?;
    let args = split_top(&code[open + 1..close]);
    Some(call(indent, &code[..open], &args, &code[close + 1..]))
}

/// Walks `s` and calls `visit(byte index, char, depth)` for every character outside string
/// literals, with the nesting depth of brackets (`()`, `[]`, `{}`, and `<>` after a name) before
/// it; stops when `visit` returns `true` and returns that index.
fn scan(s: &str, mut visit: impl FnMut(usize, char, usize) -> bool) -> Option<usize> {
    let mut depth = 0usize;
    let mut in_str = false;
    let mut escaped = false;
    let mut prev = ' ';
    for (i, c) in s.char_indices() {
        if in_str {
            if escaped {
                escaped = false;
            } else if c == '\\' {
                escaped = true;
            } else if c == '"' {
                in_str = false;
            }
            prev = c;
            continue;
        }
        let closing = matches!(c, ')' | ']' | '}') || (c == '>' && depth > 0 && !matches!(prev, '-' | '='));
        if closing {
            depth = depth.saturating_sub(1);
        }
        if visit(i, c, depth) {
            return Some(i);
        }
        match c {
            '"' => in_str = true,
            '(' | '[' | '{' => depth += 1,
            '<' if prev.is_alphanumeric() || prev == '_' => depth += 1,
            _ => {}
        }
        prev = c;
    }
    None
}

/// The first top-level `(` of `s` and the `)` that closes it.
fn outer_parens(s: &str) -> Option<(usize, usize)> {
    let open = scan(s, |_, c, depth| c == '(' && depth == 0)?;
    let close = scan(s, |i, c, depth| i > open && c == ')' && depth == 0)?;
    Some((open, close))
}

/// Where `needle` starts outside brackets and string literals.
fn find_top(s: &str, needle: &str) -> Option<usize> {
    scan(s, |i, _, depth| depth == 0 && s[i..].starts_with(needle))
}

/// The comma-separated items of `s` at its top level, trimmed (a trailing comma ends no item).
fn split_top(s: &str) -> Vec<String> {
    let mut items = Vec::new();
    let mut start = 0;
    scan(s, |i, c, depth| {
        if c == ',' && depth == 0 {
            items.push(s[start..i].trim().to_string());
            start = i + 1;
        }
        false
    });
    let last = s[start..].trim();
    if !last.is_empty() {
        items.push(last.to_string());
    }
    items
}

/// `{lhs} &[items];` laid out as rustfmt does: one line, the array alone on the next line, packed
/// short items, or one item per line.
pub fn array(indent: usize, lhs: &str, items: &[String]) -> Vec<String> {
    let pad = " ".repeat(indent);
    let joined = items.join(", ");
    // As for a call's arguments: one item is held only to the line, several to 60 columns.
    let narrow = items.len() == 1 || width(&joined) <= FN_CALL_WIDTH;
    let one = format!("{pad}{lhs} &[{joined}];");
    if narrow && width(&one) <= MAX_WIDTH {
        return vec![one];
    }
    if items.is_empty() {
        // `const NAME: &[T] = &[];` too wide: broken after the colon, as below.
        return match lhs.split_once(": ") {
            Some((name, ty)) => vec![format!("{pad}{name}:"), format!("{pad}    {ty} &[];")],
            None => vec![one],
        };
    }
    // rustfmt keeps a `const NAME: T =` line whose value goes below to 98 columns; past that it
    // breaks after the colon (`const NAME:` / `    T =`), and the value follows as below.
    let mut lines = match lhs.split_once(": ") {
        Some((name, ty)) if width(&format!("{pad}{lhs}")) > MAX_WIDTH - 2 => {
            let broken = vec![format!("{pad}{name}:"), format!("{pad}    {ty}")];
            let last = format!("{} &[{joined}];", broken[1]);
            if narrow && width(&last) <= MAX_WIDTH {
                return vec![broken[0].clone(), last];
            }
            broken
        }
        _ => vec![format!("{pad}{lhs}")],
    };
    // The array alone on the next line: up to 99 columns (rustfmt 1.9; a call there gets 100).
    let next = format!("{pad}    &[{joined}];");
    if narrow && width(&next) < MAX_WIDTH {
        lines.push(next);
        return lines;
    }
    let head = format!("{} &[", lines.pop().unwrap_or_default());
    if width(&head) > MAX_WIDTH && lines.is_empty() {
        // `const NAME: &[T] =` fits but not with `&[`: the array goes below, one item a line.
        lines.extend([format!("{pad}{lhs}"), format!("{pad}    &[")]);
        lines.extend(items.iter().map(|item| format!("{pad}        {item},")));
        lines.push(format!("{pad}    ];"));
        return lines;
    }
    lines.push(head);
    // rustfmt's "mixed" layout, for short simple items only (`Format::A0`, a path, is not one).
    if items.iter().all(|i| width(i) <= 10 && is_simple(i)) {
        lines.extend(fill(indent + 4, items));
    } else {
        lines.extend(items.iter().map(|item| format!("{pad}    {item},")));
    }
    lines.push(format!("{pad}];"));
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn calls_break_past_the_call_width() {
        let short = call(8, "request.path_param", &["\"id\"".into(), "id".into()], ";");
        assert_eq!(short, ["        request.path_param(\"id\", id);"]);
        let args: Vec<String> = (0..8).map(|i| format!("argument__{i}")).collect();
        let long = call(4, "f", &args, ";");
        assert_eq!(long.len(), 10);
        assert_eq!(long[1], "        argument__0,");
        // Names of at most 10 columns fill lines instead (rustfmt's "mixed" layout).
        let args: Vec<String> = (0..8).map(|i| format!("argument_{i}")).collect();
        let mixed = call(4, "f", &args, ";");
        assert_eq!(mixed.len(), 4);
        assert!(mixed[1].ends_with("argument_5, argument_6,"));
    }

    /// Every shape these rules produce, wider than a line, as rustfmt 1.9 lays it out: the cases
    /// real documents (GitHub's, Twilio's, DigitalOcean's) gave, run through rustfmt itself.
    #[test]
    fn wide_lines_match_rustfmt() {
        let long = |s: &str, n: usize| format!("{s}{}", "x".repeat(n));
        let mut code = String::from("// Laid out by src/targets/rust/layout.rs.\n");
        let mut add = |lines: Vec<String>| {
            code.push_str(&lines.join("\n"));
            code.push('\n');
        };
        let ty = format!("Option<BTreeMap<String, Option<Vec<{}>>>>", long("Bundle", 60));
        add(vec!["pub struct Wide {".into()]);
        add(decls(&format!("    pub attestations_subject_digests: {ty},")).lines().map(String::from).collect());
        add(decls(&format!("    pub short: {},", long("Option<Name", 70) + ">")).lines().map(String::from).collect());
        add(vec!["}".into()]);
        add(text(&format!("{} {{", long("impl Api20100401AuthCallsIpAccessControlListMapping", 44)))
            .lines()
            .map(String::from)
            .collect());
        add(text(&format!(
            "    pub fn f(&self, required_pull_request_reviews: Option<{}>, b: i64) -> i64 {{",
            long("Reviews", 60)
        ))
        .lines()
        .map(String::from)
        .collect());
        add(vec!["        0".into(), "    }".into(), "}".into()]);
        add(text(&format!("pub struct {} {{", long("Params", 92))).lines().map(String::from).collect());
        add(vec!["    pub page_size: Option<i64>,".into(), "}".into(), "fn body() {".into()]);
        for line in [
            format!(
                "    let body_2: BTreeMap<String, Vec<{}>> = example(\"copilot.set_copilot_content_exclusion\");",
                long("Item", 60)
            ),
            format!("    self.{0} = Some({0}.into_iter().map(Into::into).collect());", long("failover", 28)),
            format!(
                "    let call = service.{}(&owner, &repo, version, job, &sha, &ref_, detector, &scanned, params);",
                long("create", 20)
            ),
            // Short paths are not simple (one a line); short fields are.
            format!("    fff({});", ["Ab::Cdefg"; 9].join(", ")),
            format!("    fff({}, s.f);", ["s.field"; 10].join(", ")),
            format!("    let call = service.{}({}::new());", long("list", 31), long("Codespaces", 44)),
            format!("    let call = service.{}({}::new());", long("list", 37), long("Activity", 50)),
            format!(
                "    let call = service.{}(&account_sid, &domain_sid, {}::new());",
                long("create", 40),
                long("Api", 80)
            ),
        ] {
            add(text(&line).lines().map(String::from).collect());
        }
        add(vec!["}".into(), "fn tail() -> i64 {".into()]);
        add(text(&format!("    service.{}(&self.org, repository_id)", long("disable", 57)))
            .lines()
            .map(String::from)
            .collect());
        add(vec!["}".into()]);
        // A list's last item may end at 100 columns on its first line, not on a later one.
        let droplets = [long("V2DropletsRegions", 31), long("V2DropletsTags", 30)];
        add(uses_vis("pub ", &[("super", droplets.iter().map(String::as_str).collect())]));
        let issues = "IssuesReprioritizeSubIssueParams IssuesService IssuesSetIssueFieldValuesParams \
                      IssuesSetLabelsParams IssuesUpdateLabelParams IssuesUpdateMilestoneParams IssuesUpdateParams";
        add(uses_vis("pub ", &[("issues", issues.split_whitespace().collect())]));
        assert_rustfmt_keeps(&code);
    }

    /// Fails unless rustfmt (the toolchain's, default configuration) leaves `code` as it is.
    fn assert_rustfmt_keeps(code: &str) {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("wide.rs");
        std::fs::write(&file, code).unwrap();
        // rustfmt's defaults, as the generated crate's rustfmt.toml states them.
        std::fs::write(dir.path().join("rustfmt.toml"), "edition = \"2021\"\n").unwrap();
        let out = std::process::Command::new("rustfmt")
            .args(["--check", "--config-path"])
            .arg(dir.path().join("rustfmt.toml"))
            .arg(&file)
            .output()
            .expect("rustfmt (the toolchain's) runs");
        assert!(
            out.status.success(),
            "rustfmt would change:\n{}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
    }

    /// Shapes the APIs.guru sweep found (long generated names in tests, setters, security lists,
    /// constants, unions, scopes), each at the widths where rustfmt changes its mind.
    #[test]
    fn sweep_shapes_match_rustfmt() {
        let long = |s: &str, n: usize| format!("{s}{}", "x".repeat(n));
        let mut code = String::from("fn body() {\n");
        let lines = [
            // A call without arguments: next line, or opened there when even that is too wide.
            format!("    let mut params = {}::new();", long("TermsOfServicePatchLegalEntitiesIdTermsOf", 40)),
            format!("    let mut params = {}::new();", long("ApiCredentialsMerchantLevelPatchMerchantsMerchant", 43)),
            // Several references at the 100-column boundary keep `let call = service.m(`.
            format!("    let call = service.{}(&company_id, &api_credential_id);", long("get_companies", 45)),
            format!("    let call = service.{}(&workspace, &repo_slug, &id);", long("delete_repositories", 45)),
            // A lone call argument is not held to 60 columns; at exactly 100 it goes below.
            format!("    let call = service.{}({}::new());", long("describe_accelerator_types", 1), long("Describe", 47)),
            format!("    let call = service.{}({}::new());", long("list_position_configurations", 2), long("Position", 45)),
            format!("    let call = service.wimstatus({}::new());", long("WiMWechsel", 48)),
            // `let x: T = f(` too wide; `let x: Vec<T> =` too wide.
            format!("    let {}: {} = example(\"{}\");", long("destination", 14), long("CreateLogging", 45), long("create", 80)),
            format!("    let {}: Vec<{}> = example(\"{}\");", long("variant", 15), long("PatchFamilies", 50), long("family", 70)),
            // A setter: the lone argument on the next line, a wide chain broken in place.
            format!("    self.{0} = Some({0}.into());", long("envelope_limits", 42)),
            format!("    self.{0} = Some({0}.into_iter().map(Into::into).collect());", long("jcr", 30)),
            // Security alternatives: a lone array argument overflows.
            format!("    request.security(&[&[\"{}\"], &[\"{}\"]]);", long("userApiKey", 18), long("userApiKey", 20)),
            "    request.security(&[&[\"JWT\", \"api_key\", \"stream-auth-type\"], &[\"api_key\", \"stream-auth-type\"]]);".to_string(),
            "    request.security(&[&[\"BasicAuth\"], &[\"Token\"], &[\"AccessToken\"], &[\"AuthorizationHeaderToken\"], &[\"SudoParam\"]]);".to_string(),
            format!("    assert_eq!(known, Model::{});", long("MicrosoftAzure", 50)),
        ];
        for line in &lines {
            code.push_str(&text(line));
            code.push('\n');
        }
        code.push_str("    match x {\n");
        for (pattern, variant) in
            [("\"Aim\"", 62), ("\"AddMediaIntentHandling.resolveMediaDestination\"", 60), ("\"ok\"", 10)]
        {
            code.push_str(&text(&format!(
                "        Some({pattern}) => variant(value).map(Self::{}),",
                long("Get", variant)
            )));
            code.push('\n');
        }
        code.push_str("    }\n    S {\n");
        code.push_str(&text(&format!("        {0}: self.{0}.clone(),", long("virtual_network", 40))));
        code.push('\n');
        code.push_str(&text(&format!("        {0}: {0}.into(),", long("adaptive_network", 40))));
        code.push('\n');
        code.push_str(&text(&format!("        {0}: {0}.into(),", long("adaptive_network", 24))));
        code.push('\n');
        // `name: name` at 100 columns, then at 99.
        code.push_str(&text(&format!("        {0}: {0}.into(),", long("unified_role", 33))));
        code.push('\n');
        code.push_str(&text(&format!("        {0}: {1}.into(),", long("unified_role", 33), long("unified_role", 32))));
        code.push_str("\n    }\n}\n");
        for lhs in [
            format!("pub const {}: &[{}] =", long("TRANSCRIBE", 36), long("Transcribe", 36)),
            format!("pub const {}: &[{}] =", long("COST_CATEGORY", 34), long("CostCategory", 30)),
            format!("pub const {}: &[{}] =", long("FLEET", 38), long("Fleet", 36)),
        ] {
            // The lone item's next line at 99 and 100 columns.
            for items in [
                vec![long("Transcribe::Phi", 40)],
                vec![long("T::P", 89)],
                vec![long("T::P", 90)],
                vec!["A::B".to_string(), "A::C".to_string()],
                vec![],
            ] {
                code.push_str(&array(0, &lhs, &items).join("\n"));
                code.push('\n');
            }
        }
        code.push_str(
            &array(0, "pub const FORMATS: &[Format] =", &(0..12).map(|i| format!("Format::A{i}")).collect::<Vec<_>>())
                .join("\n"),
        );
        code.push_str("\nimpl S {\n");
        for n in [85, 86] {
            code.push_str(
                &signature(
                    4,
                    "pub fn f",
                    &["&self".to_string(), "a: i64".to_string()],
                    &format!(" -> {}", long("T", n)),
                )
                .join("\n"),
            );
            code.push_str("\n        x\n    }\n");
        }
        code.push_str("}\n");
        assert_rustfmt_keeps(&code);
    }

    #[test]
    fn use_lists_are_sorted_like_rustfmt() {
        let lines =
            uses_vis("", &[("crate::request", vec!["Fields", "ApiRequest"]), ("crate::call", vec!["Call", "decode"])]);
        assert_eq!(lines, ["use crate::call::{decode, Call};", "use crate::request::{ApiRequest, Fields};"]);
        // rustfmt: CamelCase before UPPER_SNAKE_CASE (a type named `A` is one), then globs.
        assert_eq!(uses_vis("", &[("super", vec!["A", "Tree", "Json"])]), ["use super::{Json, Tree, A};"]);
    }

    #[test]
    fn wide_declarations_break_like_rustfmt() {
        let ty = "Option<Vec<AVeryLongTypeNameThatGoesOnAndOnAndOnForeverAndEverAndEver>>";
        let field = format!("    pub selected_repository_ids: {ty},");
        assert_eq!(decls(&field), format!("    pub selected_repository_ids:\n        {ty},"));
        let variant = format!("    AgentTasksListTasksForRepoResponseTasksItemArtifacts({ty}),");
        assert_eq!(
            decls(&variant).lines().collect::<Vec<_>>(),
            [
                "    AgentTasksListTasksForRepoResponseTasksItemArtifacts(".to_string(),
                format!("        {ty},"),
                "    ),".to_string()
            ]
        );
        let alias = format!("pub type PullRequestReviewCommentEventCommentUser = {ty};");
        assert_eq!(decls(&alias), format!("pub type PullRequestReviewCommentEventCommentUser =\n    {ty};"));
        // Lines that fit stay, even shaped like a call.
        assert_eq!(
            decls("    A(Tyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy),"),
            "    A(Tyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy),"
        );
    }

    #[test]
    fn wide_constant_heads_break_after_the_colon() {
        let ty = "ActionsCreateHostedRunnerForOrgRequestImageSource";
        let items: Vec<String> = ["Github", "Partner", "Custom"].iter().map(|v| format!("{ty}::{v}")).collect();
        let lines = array(
            0,
            &format!("pub const ACTIONS_CREATE_HOSTED_RUNNER_FOR_ORG_REQUEST_IMAGE_SOURCES: &[{ty}] ="),
            &items,
        );
        assert_eq!(lines[0], "pub const ACTIONS_CREATE_HOSTED_RUNNER_FOR_ORG_REQUEST_IMAGE_SOURCES:");
        assert_eq!(lines[1], format!("    &[{ty}] = &["));
        assert_eq!(lines[2], format!("    {ty}::Github,"));
    }

    #[test]
    fn deprecated_attributes_break_past_the_attribute_width() {
        assert_eq!(deprecated(4, "\"gone\""), "    #[deprecated(note = \"gone\")]");
        // Checked against rustfmt 1.9: 72 characters fit at indent 4, 73 do not.
        let long = format!("\"{}\"", "x".repeat(73));
        assert_eq!(deprecated(4, &long).lines().count(), 3);
        let fits = format!("\"{}\"", "x".repeat(72));
        assert_eq!(deprecated(4, &fits).lines().count(), 1);
        // A note line is kept as written by the `layout` filter, whatever it contains.
        let note = "        note = \"call f(a, b) instead, or g(aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa)\"";
        assert_eq!(text(note), note);
    }

    #[test]
    fn cfg_attributes_break_past_the_attribute_width() {
        let f = |names: &[&str]| names.iter().map(|n| n.to_string()).collect::<Vec<_>>();
        assert_eq!(cfg(0, "any", &[]), None);
        assert_eq!(cfg(4, "any", &f(&["keys"])).as_deref(), Some("    #[cfg(feature = \"keys\")]"));
        assert_eq!(cfg(0, "all", &f(&["a", "b"])).as_deref(), Some("#[cfg(all(feature = \"a\", feature = \"b\"))]"));
        let long = cfg(0, "any", &f(&["actions", "activity", "apps", "billing"])).unwrap_or_default();
        assert_eq!(
            long.lines().collect::<Vec<_>>(),
            [
                "#[cfg(any(",
                "    feature = \"actions\",",
                "    feature = \"activity\",",
                "    feature = \"apps\",",
                "    feature = \"billing\"",
                "))]"
            ]
        );
    }

    #[test]
    fn the_filter_lays_out_each_line_by_its_shape() {
        let long = format!(
            "    pub fn f(&self, {}) -> Call<()> {{",
            (0..6).map(|i| format!("argument_{i}: &str")).collect::<Vec<_>>().join(", ")
        );
        let out = text(&long);
        assert_eq!(out.lines().count(), 9, "{out}");
        assert_eq!(text("        request.header(\"x-a, b\", value);"), "        request.header(\"x-a, b\", value);");
        let arm = format!(
            "            {} => Some(Self::NotFound),",
            "\"a_very_long_error_code\" | ".repeat(4).trim_end_matches(" | ")
        );
        assert_eq!(text(&arm).lines().count(), 3);
        assert_eq!(
            split_top("a: BTreeMap<String, Value>, b: &[&[\"x\", \"y\"]]"),
            ["a: BTreeMap<String, Value>", "b: &[&[\"x\", \"y\"]]"]
        );
        assert_eq!(text("    /// f(a, b) => c,"), "    /// f(a, b) => c,");
    }

    #[test]
    fn wide_field_reads_break_like_rustfmt() {
        // Each layout checked against rustfmt 1.9 at indent 16: a line of 98 columns stays whole,
        // one of 99 breaks before the `.`; where `.method(args)?,` is still too wide, the
        // argument goes on its own line, under the call or under the broken chain.
        let read = |name: &str, wire: &str| format!("{}{name}: object.required(\"{wire}\")?,", " ".repeat(16));
        let fits = read(&"a".repeat(30), &"b".repeat(29));
        assert_eq!(width(&fits), 98);
        assert_eq!(text(&fits), fits);
        let chained = text(&read(&"a".repeat(30), &"a".repeat(30)));
        assert_eq!(
            chained.lines().nth(1),
            Some(format!("{}.required(\"{}\")?,", " ".repeat(20), "a".repeat(30)).as_str())
        );
        let wire = "b".repeat(70);
        let under_call = text(&read("b", &wire));
        assert_eq!(
            under_call.lines().collect::<Vec<_>>(),
            [
                format!("{}b: object.required(", " ".repeat(16)),
                format!("{}\"{wire}\",", " ".repeat(20)),
                format!("{})?,", " ".repeat(16)),
            ]
        );
        let under_chain = text(&read(&"a".repeat(70), &wire));
        assert_eq!(
            under_chain.lines().collect::<Vec<_>>(),
            [
                format!("{}{}: object", " ".repeat(16), "a".repeat(70)),
                format!("{}.required(", " ".repeat(20)),
                format!("{}\"{wire}\",", " ".repeat(24)),
                format!("{})?,", " ".repeat(20)),
            ]
        );
    }
}
