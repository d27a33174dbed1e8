//! Lines of Rust laid out the way rustfmt (default configuration) lays them out, so the generated
//! crate passes `cargo fmt --check` without running rustfmt at generation time.
//!
//! Only the few shapes the Rust target emits are covered: calls, function signatures, `use`
//! lists and match arms. Widths follow rustfmt's defaults: `max_width = 100` and
//! `fn_call_width = 60` (the width of a call's arguments before they go one per line).

pub const MAX_WIDTH: usize = 100;
pub const FN_CALL_WIDTH: usize = 60;

fn width(s: &str) -> usize {
    s.chars().count()
}

/// `{head}({args}){tail}` at `indent` spaces: on one line when it fits, otherwise one argument
/// per line with a trailing comma.
pub fn call(indent: usize, head: &str, args: &[String], tail: &str) -> Vec<String> {
    let pad = " ".repeat(indent);
    let joined = args.join(", ");
    let one = format!("{pad}{head}({joined}){tail}");
    let narrow = width(&joined) <= FN_CALL_WIDTH;
    if args.is_empty() || (narrow && width(&one) <= MAX_WIDTH) {
        return vec![one];
    }
    // `let x = f(..)` too wide for one line: rustfmt first tries `f(..)` alone on the next line.
    if let Some((lhs, callee)) = head.split_once(" = ") {
        let next = format!("{pad}    {callee}({joined}){tail}");
        if narrow && width(&next) <= MAX_WIDTH {
            return vec![format!("{pad}{lhs} ="), next];
        }
    }
    let mut lines = vec![format!("{pad}{head}(")];
    for arg in args {
        lines.push(format!("{pad}    {arg},"));
    }
    lines.push(format!("{pad}){tail}"));
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
        lines.push(format!("{pad}    {param},"));
    }
    lines.push(format!("{pad}){ret} {{"));
    lines
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
    vec![format!("{pad}{pattern} => {{"), format!("{pad}    {body}"), format!("{pad}}}")]
}

/// `use` declarations in rustfmt's order: paths sorted, names in braces with lowercase names
/// first. `imports` maps a path (`crate::call`) to the names imported from it.
pub fn uses(imports: &[(&str, Vec<&str>)]) -> Vec<String> {
    uses_vis("", imports)
}

/// [`uses`] with a visibility (`"pub "`) before each `use`.
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
            if width(&one) <= MAX_WIDTH {
                return vec![one];
            }
            let mut lines = vec![format!("{vis}use {path}::{{")];
            let mut line = String::from("   ");
            for name in &names {
                if width(&line) + 1 + width(name) + 1 > MAX_WIDTH {
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

/// rustfmt puts `self`, then lowercase names (modules, functions), then the rest.
fn name_key(name: &str) -> (u8, String) {
    let rank = if name == "self" {
        0
    } else if name.starts_with(|c: char| c.is_ascii_lowercase()) {
        1
    } else if name == "*" {
        3
    } else {
        2
    };
    (rank, name.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn calls_break_past_the_call_width() {
        let short = call(8, "request.path_param", &["\"id\"".into(), "id".into()], ";");
        assert_eq!(short, ["        request.path_param(\"id\", id);"]);
        let args: Vec<String> = (0..8).map(|i| format!("argument_{i}")).collect();
        let long = call(4, "f", &args, ";");
        assert_eq!(long.len(), 10);
        assert_eq!(long[1], "        argument_0,");
    }

    #[test]
    fn use_lists_are_sorted_like_rustfmt() {
        let lines = uses(&[("crate::request", vec!["Fields", "ApiRequest"]), ("crate::call", vec!["Call", "decode"])]);
        assert_eq!(lines, ["use crate::call::{decode, Call};", "use crate::request::{ApiRequest, Fields};"]);
    }
}
