//! The Rust templates' own filters, added to the environment `render::make_env` builds:
//!
//! | filter | what it does |
//! | --- | --- |
//! | `text \| layout` | lays out each line as rustfmt would ([`layout::RULES`]) |
//! | `text \| layout_decls` | breaks struct fields, tuple variants and type aliases wider than a line ([`layout::decls`]) |
//! | `imports \| uses` | `use` lines in rustfmt's order, from `[[path, [names]]]` |
//! | `imports \| uses("pub ")` | the same, re-exported |
//! | `text \| docs(indent)` | `///` doc lines at `indent` spaces (rustdoc-safe Markdown) |
//! | `text \| docs(0, "//!")` | the same as inner docs |
//! | `text \| comment` | one-line comment text (no line breaks) |
//! | `text \| code_comment` | the same, for inside backticks (`` ` `` becomes `'`) |
//! | `note \| deprecated(indent)` | `#[deprecated(note = "..")]` with `note` as an escaped string |
//! | `wire \| serde_rename(indent)` | `#[serde(rename = "..")]`, broken like rustfmt past 100 columns |

use minijinja::{Environment, Error, ErrorKind, Value};

use super::{code, layout};
use crate::render::escape;

pub fn register(env: &mut Environment<'static>) {
    env.add_filter("layout", |text: String| layout::text(&text));
    env.add_filter("layout_decls", |text: String| layout::decls(&text));
    env.add_filter("uses", |imports: Vec<Vec<Value>>, vis: Option<String>| -> Result<String, Error> {
        let mut owned: Vec<(String, Vec<String>)> = Vec::with_capacity(imports.len());
        for import in &imports {
            let [path, names] = &import[..] else {
                return Err(Error::new(ErrorKind::InvalidOperation, "uses: expected [path, [names]] pairs"));
            };
            let names: Vec<String> = names.try_iter()?.map(|n| n.to_string()).collect();
            owned.push((path.to_string(), names));
        }
        let specs: Vec<(&str, Vec<&str>)> =
            owned.iter().map(|(p, n)| (p.as_str(), n.iter().map(String::as_str).collect())).collect();
        Ok(layout::uses_vis(vis.as_deref().unwrap_or(""), &specs).join("\n"))
    });
    env.add_filter("docs", |text: String, indent: Option<usize>, marker: Option<String>| {
        let lines = code::doc(&text, indent.unwrap_or(0));
        match marker {
            // Inner docs (`//!`): the marker replaces `///` at the start of each line.
            Some(marker) => lines
                .lines()
                .map(|l| match l.strip_prefix("///") {
                    Some(rest) => format!("{marker}{rest}"),
                    None => l.to_string(),
                })
                .collect::<Vec<_>>()
                .join("\n"),
            None => lines,
        }
    });
    env.add_filter("deprecated", |note: String, indent: Option<usize>| {
        layout::deprecated(indent.unwrap_or(0), &escape::rust_str(&escape::line_comment(&note)))
    });
    env.add_filter("serde_rename", |wire: String, indent: Option<usize>| {
        layout::attribute(indent.unwrap_or(0), "serde", &format!("rename = {}", escape::rust_str(&wire)))
    });
    env.add_filter("comment", |text: String| escape::line_comment(&text));
    env.add_filter("code_comment", |text: String| escape::line_comment(&text).replace('`', "'"));
}
