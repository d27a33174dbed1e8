//! A small port of Prettier's document printer (`printDocToString` and `fits`), so the TypeScript
//! target emits code exactly as `prettier --check` wants it: expressions, signatures and type
//! unions are built as documents mirroring Prettier's own, then laid out at the configured width.

use foldhash::{HashMap, HashMapExt};
use std::rc::Rc;

/// A layout document. Children are shared (`Rc`), so cloning a document is O(1): call layouts
/// put the same arguments into several alternative states, as Prettier does.
#[derive(Debug, Clone)]
pub enum Doc {
    Text(Rc<str>),
    Concat(Rc<[Doc]>),
    /// Lays its contents out flat when they fit, broken otherwise. `expanded`: Prettier's
    /// `conditionalGroup` states, tried in order. `brk` already includes the breaks propagated
    /// from its contents (Prettier's `propagateBreaks`, done when the group is built).
    Group {
        contents: Rc<Doc>,
        brk: bool,
        expanded: Option<Rc<[Doc]>>,
        id: Option<usize>,
    },
    /// Its contents, indented when the group `group_id` is broken.
    IndentIfBreak {
        group_id: usize,
        contents: Rc<Doc>,
    },
    Indent(Rc<Doc>),
    /// A space when flat, a newline when broken.
    Line,
    /// Nothing when flat, a newline when broken.
    Softline,
    /// Always a newline; breaks every enclosing group.
    #[allow(dead_code)]
    Hardline,
    IfBreak {
        brk: Rc<Doc>,
        flat: Rc<Doc>,
    },
    BreakParent,
    /// Alternating contents and separators, as many contents per line as fit (Prettier's `fill`).
    Fill(Rc<[Doc]>),
}

pub fn text(s: impl Into<String>) -> Doc {
    Doc::Text(Rc::from(s.into()))
}

pub fn concat(parts: Vec<Doc>) -> Doc {
    Doc::Concat(Rc::from(parts))
}

pub fn group(contents: Doc) -> Doc {
    let brk = forces_break(&contents);
    Doc::Group { contents: Rc::new(contents), brk, expanded: None, id: None }
}

/// A group that `IndentIfBreak` can refer to.
pub fn group_with_id(contents: Doc, id: usize) -> Doc {
    let brk = forces_break(&contents);
    Doc::Group { contents: Rc::new(contents), brk, expanded: None, id: Some(id) }
}

pub fn indent_if_break(group_id: usize, contents: Doc) -> Doc {
    Doc::IndentIfBreak { group_id, contents: Rc::new(contents) }
}

pub fn group_broken(contents: Doc) -> Doc {
    Doc::Group { contents: Rc::new(contents), brk: true, expanded: None, id: None }
}

/// Prettier's `conditionalGroup`: never broken by what its states contain.
pub fn conditional_group(states: Vec<Doc>) -> Doc {
    let first = states.first().cloned().unwrap_or_else(|| concat(Vec::new()));
    Doc::Group { contents: Rc::new(first), brk: false, expanded: Some(Rc::from(states)), id: None }
}

pub fn indent(contents: Doc) -> Doc {
    Doc::Indent(Rc::new(contents))
}

pub fn if_break(brk: Doc, flat: Doc) -> Doc {
    Doc::IfBreak { brk: Rc::new(brk), flat: Rc::new(flat) }
}

/// Prettier's `fill`: contents and separators alternating.
pub fn fill(parts: Vec<Doc>) -> Doc {
    Doc::Fill(Rc::from(parts))
}

pub fn join(sep: Doc, items: Vec<Doc>) -> Doc {
    let mut parts = Vec::with_capacity(items.len() * 2);
    for (i, item) in items.into_iter().enumerate() {
        if i > 0 {
            parts.push(sep.clone());
        }
        parts.push(item);
    }
    concat(parts)
}

/// Whether the document contains a forced break (Prettier's `willBreak`).
pub fn will_break(doc: &Doc) -> bool {
    match doc {
        Doc::Hardline | Doc::BreakParent => true,
        Doc::Group { brk: true, .. } => true,
        Doc::Group { contents, .. } => will_break(contents),
        Doc::Concat(parts) | Doc::Fill(parts) => parts.iter().any(will_break),
        Doc::Indent(inner) | Doc::IndentIfBreak { contents: inner, .. } => will_break(inner),
        Doc::IfBreak { brk, flat } => will_break(brk) || will_break(flat),
        Doc::Text(_) | Doc::Line | Doc::Softline => false,
    }
}

/// Whether a group around `doc` must break (what Prettier's `propagateBreaks` finds): a forced
/// break outside any group, or a broken group. Groups already carry their propagated flag, and a
/// conditional group passes nothing up, so this never descends into a group.
fn forces_break(doc: &Doc) -> bool {
    match doc {
        Doc::Hardline | Doc::BreakParent => true,
        Doc::Text(_) | Doc::Line | Doc::Softline => false,
        Doc::Concat(parts) | Doc::Fill(parts) => parts.iter().any(forces_break),
        Doc::Indent(inner) | Doc::IndentIfBreak { contents: inner, .. } => forces_break(inner),
        Doc::IfBreak { brk, flat } => forces_break(brk) || forces_break(flat),
        Doc::Group { brk, .. } => *brk,
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Mode {
    Break,
    Flat,
}

struct Cmd<'a> {
    indent: usize,
    mode: Mode,
    doc: &'a Doc,
    /// For a `Fill`: how many of its parts are printed already.
    offset: usize,
}

fn width_of(s: &str) -> usize {
    s.chars().count()
}

fn fits(next: &[(Mode, &Doc)], rest: &[Cmd<'_>], mut remaining: isize, must_be_flat: bool) -> bool {
    let mut rest_index = rest.len();
    let mut cmds: Vec<(Mode, &Doc)> = next.iter().rev().copied().collect();
    while remaining >= 0 {
        let Some((mode, doc)) = cmds.pop() else {
            if rest_index == 0 {
                return true;
            }
            rest_index -= 1;
            let c = &rest[rest_index];
            match c.doc {
                Doc::Fill(parts) => {
                    for p in parts.iter().skip(c.offset).rev() {
                        cmds.push((c.mode, p));
                    }
                }
                d => cmds.push((c.mode, d)),
            }
            continue;
        };
        match doc {
            Doc::Text(s) => remaining -= width_of(s) as isize,
            Doc::Concat(parts) | Doc::Fill(parts) => {
                for p in parts.iter().rev() {
                    cmds.push((mode, p));
                }
            }
            Doc::Indent(inner) | Doc::IndentIfBreak { contents: inner, .. } => cmds.push((mode, inner)),
            Doc::Group { contents, brk, expanded, .. } => {
                if must_be_flat && *brk {
                    return false;
                }
                let group_mode = if *brk { Mode::Break } else { mode };
                let contents: &Doc = match expanded {
                    Some(states) if group_mode == Mode::Break => states.last().unwrap_or(contents),
                    _ => contents,
                };
                cmds.push((group_mode, contents));
            }
            Doc::IfBreak { brk, flat } => cmds.push((mode, if mode == Mode::Break { brk } else { flat })),
            Doc::Line => {
                if mode == Mode::Break {
                    return true;
                }
                remaining -= 1;
            }
            Doc::Softline => {
                if mode == Mode::Break {
                    return true;
                }
            }
            Doc::Hardline => return true,
            Doc::BreakParent => {}
        }
    }
    false
}

/// Lays `doc` out at `width` columns, starting at column `start_indent` with that indentation for
/// every following line.
pub fn print(doc: &Doc, width: usize, start_indent: usize) -> String {
    let mut out = String::new();
    let mut group_modes: HashMap<usize, Mode> = HashMap::new();
    let mut pos = start_indent;
    let mut cmds: Vec<Cmd<'_>> = vec![Cmd { indent: start_indent, mode: Mode::Break, doc, offset: 0 }];
    while let Some(Cmd { indent: ind, mode, doc, offset }) = cmds.pop() {
        match doc {
            Doc::Text(s) => {
                out.push_str(s);
                pos += width_of(s);
            }
            Doc::Concat(parts) => {
                for p in parts.iter().rev() {
                    cmds.push(Cmd { indent: ind, mode, doc: p, offset: 0 });
                }
            }
            Doc::Indent(inner) => cmds.push(Cmd { indent: ind + 2, mode, doc: inner, offset: 0 }),
            Doc::Group { contents, brk, expanded, id } => {
                let chosen = if mode == Mode::Flat {
                    Cmd { indent: ind, mode: if *brk { Mode::Break } else { Mode::Flat }, doc: contents, offset: 0 }
                } else {
                    let remaining = width as isize - pos as isize;
                    if !*brk && fits(&[(Mode::Flat, contents)], &cmds, remaining, false) {
                        Cmd { indent: ind, mode: Mode::Flat, doc: contents, offset: 0 }
                    } else {
                        match expanded {
                            None => Cmd { indent: ind, mode: Mode::Break, doc: contents, offset: 0 },
                            Some(states) => {
                                let mut found = None;
                                if !*brk {
                                    for state in states.iter().skip(1).take(states.len().saturating_sub(2)) {
                                        if fits(&[(Mode::Flat, state)], &cmds, remaining, false) {
                                            found = Some(state);
                                            break;
                                        }
                                    }
                                }
                                match found {
                                    Some(state) => Cmd { indent: ind, mode: Mode::Flat, doc: state, offset: 0 },
                                    None => Cmd {
                                        indent: ind,
                                        mode: Mode::Break,
                                        doc: states.last().unwrap_or(contents),
                                        offset: 0,
                                    },
                                }
                            }
                        }
                    }
                };
                if let Some(id) = id {
                    group_modes.insert(*id, chosen.mode);
                }
                cmds.push(chosen);
            }
            Doc::IndentIfBreak { group_id, contents } => {
                let extra = if group_modes.get(group_id) == Some(&Mode::Break) { 2 } else { 0 };
                cmds.push(Cmd { indent: ind + extra, mode, doc: contents, offset: 0 });
            }
            Doc::IfBreak { brk, flat } => {
                cmds.push(Cmd { indent: ind, mode, doc: if mode == Mode::Break { brk } else { flat }, offset: 0 })
            }
            Doc::Line | Doc::Softline if mode == Mode::Flat => {
                if matches!(doc, Doc::Line) {
                    out.push(' ');
                    pos += 1;
                }
            }
            Doc::Line | Doc::Softline | Doc::Hardline => {
                while out.ends_with(' ') {
                    out.pop();
                }
                out.push('\n');
                out.push_str(&" ".repeat(ind));
                pos = ind;
            }
            Doc::BreakParent => {}
            Doc::Fill(parts) => {
                let parts = &parts[offset.min(parts.len())..];
                let Some(content) = parts.first() else { continue };
                let remaining = width as isize - pos as isize;
                let content_fits = fits(&[(Mode::Flat, content)], &[], remaining, true);
                let content_mode = if content_fits { Mode::Flat } else { Mode::Break };
                let Some(whitespace) = parts.get(1) else {
                    cmds.push(Cmd { indent: ind, mode: content_mode, doc: content, offset: 0 });
                    continue;
                };
                let Some(next) = parts.get(2) else {
                    cmds.push(Cmd { indent: ind, mode: content_mode, doc: whitespace, offset: 0 });
                    cmds.push(Cmd { indent: ind, mode: content_mode, doc: content, offset: 0 });
                    continue;
                };
                let pair_fits =
                    fits(&[(Mode::Flat, content), (Mode::Flat, whitespace), (Mode::Flat, next)], &[], remaining, true);
                cmds.push(Cmd { indent: ind, mode, doc, offset: offset + 2 });
                let ws_mode = if pair_fits { Mode::Flat } else { Mode::Break };
                cmds.push(Cmd { indent: ind, mode: ws_mode, doc: whitespace, offset: 0 });
                cmds.push(Cmd { indent: ind, mode: content_mode, doc: content, offset: 0 });
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn list(items: &[&str]) -> Doc {
        group(concat(vec![
            text("["),
            indent(concat(vec![
                Doc::Softline,
                join(concat(vec![text(","), Doc::Line]), items.iter().map(|s| text(*s)).collect()),
            ])),
            if_break(text(","), text("")),
            Doc::Softline,
            text("]"),
        ]))
    }

    #[test]
    fn flat_when_it_fits_broken_otherwise() {
        assert_eq!(print(&list(&["a", "b"]), 80, 0), "[a, b]");
        assert_eq!(print(&list(&["aaaa", "bbbb"]), 8, 0), "[\n  aaaa,\n  bbbb,\n]");
    }

    #[test]
    fn hardline_breaks_enclosing_groups() {
        let d =
            group(concat(vec![text("{"), indent(concat(vec![Doc::Hardline, text("a")])), Doc::Hardline, text("}")]));
        assert_eq!(print(&list_of(d), 80, 0), "[\n  {\n    a\n  },\n]");
    }

    fn list_of(d: Doc) -> Doc {
        group(concat(vec![
            text("["),
            indent(concat(vec![Doc::Softline, d])),
            if_break(text(","), text("")),
            Doc::Softline,
            text("]"),
        ]))
    }
}
