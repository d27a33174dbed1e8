//! Source positions of every node, for `Loaded::locate`.

use std::collections::HashMap;

use super::SourceFormat;
use crate::diagnostics::pointer_segments;

/// Positions of every node of the source, for [`Loaded::locate`].
pub(super) struct PosTree {
    nodes: Vec<PosNode>,
}

struct PosNode {
    line: u32,
    col: u32,
    kids: Kids,
}

enum Kids {
    Leaf,
    /// Sorted by key once built ([`PosTree::index`]), one entry per key: the last one, as in
    /// JSON and YAML parsers, so that a lookup in GitHub's 900 paths is a binary search.
    Map(Vec<(Box<str>, u32)>),
    Seq(Vec<u32>),
}

impl PosTree {
    pub(super) fn build(text: &str, format: SourceFormat) -> PosTree {
        let tree = match format {
            SourceFormat::Json => build_json(text),
            SourceFormat::Yaml => build_yaml(text),
        };
        let mut tree = tree.unwrap_or(PosTree { nodes: Vec::new() });
        tree.index();
        tree
    }

    /// Sorts every map's keys for lookup, keeping the last of repeated keys.
    fn index(&mut self) {
        for node in &mut self.nodes {
            if let Kids::Map(kids) = &mut node.kids {
                kids.reverse();
                kids.sort_by(|a, b| a.0.cmp(&b.0));
                kids.dedup_by(|later, earlier| later.0 == earlier.0);
            }
        }
    }

    pub(super) fn locate(&self, pointer: &str) -> Option<(usize, usize)> {
        let mut cur = self.nodes.first()?;
        for seg in pointer_segments(pointer) {
            let next = match &cur.kids {
                Kids::Map(kids) => kids.binary_search_by(|(k, _)| (**k).cmp(&*seg)).ok().map(|at| kids[at].1),
                Kids::Seq(items) => seg.parse::<usize>().ok().and_then(|i| items.get(i).copied()),
                Kids::Leaf => None,
            };
            match next.and_then(|i| self.nodes.get(i as usize)) {
                Some(n) => cur = n,
                None => break,
            }
        }
        Some((cur.line as usize, cur.col as usize))
    }

    fn attach(&mut self, parent: Option<u32>, key: Option<Box<str>>, child: u32) {
        let Some(node) = parent.and_then(|p| self.nodes.get_mut(p as usize)) else {
            return;
        };
        match &mut node.kids {
            Kids::Map(m) => m.push((key.unwrap_or_default(), child)),
            Kids::Seq(s) => s.push(child),
            Kids::Leaf => {}
        }
    }
}

struct JsonCursor<'a> {
    b: &'a [u8],
    i: usize,
    line: u32,
    col: u32,
}

impl JsonCursor<'_> {
    fn peek(&self) -> Option<u8> {
        self.b.get(self.i).copied()
    }
    fn bump(&mut self) {
        if let Some(&c) = self.b.get(self.i) {
            self.i += 1;
            if c == b'\n' {
                self.line += 1;
                self.col = 1;
            } else if c & 0xC0 != 0x80 {
                self.col += 1;
            }
        }
    }
    fn skip_ws(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t' | b'\r' | b'\n')) {
            self.bump();
        }
    }
    /// At a `"`: skips the string, returns the raw byte range of its body.
    fn skip_string(&mut self) -> (usize, usize) {
        self.bump();
        let start = self.i;
        while let Some(c) = self.peek() {
            match c {
                b'\\' => {
                    self.bump();
                    self.bump();
                }
                b'"' => {
                    let end = self.i;
                    self.bump();
                    return (start, end);
                }
                _ => self.bump(),
            }
        }
        (start, self.i)
    }
    fn skip_scalar(&mut self) {
        let start = self.i;
        while let Some(c) = self.peek() {
            if matches!(c, b',' | b']' | b'}' | b':' | b' ' | b'\t' | b'\r' | b'\n' | b'"' | b'{' | b'[') {
                break;
            }
            self.bump();
        }
        if self.i == start {
            self.bump();
        }
    }
}

fn build_json(text: &str) -> Option<PosTree> {
    let mut tree = PosTree { nodes: Vec::new() };
    let mut c = JsonCursor { b: text.as_bytes(), i: 0, line: 1, col: 1 };
    let mut stack: Vec<u32> = Vec::new();
    let mut pending: Option<(Box<str>, u32, u32)> = None;
    loop {
        c.skip_ws();
        let ch = c.peek()?;
        match ch {
            b'}' | b']' => {
                c.bump();
                stack.pop();
                pending = None;
                if stack.is_empty() {
                    break;
                }
            }
            b',' | b':' => c.bump(),
            _ => {
                let top = stack.last().copied();
                let in_map =
                    top.and_then(|t| tree.nodes.get(t as usize)).is_some_and(|n| matches!(n.kids, Kids::Map(_)));
                if in_map && pending.is_none() {
                    if ch != b'"' {
                        break;
                    }
                    let (line, col) = (c.line, c.col);
                    let (s, e) = c.skip_string();
                    let raw = text.get(s..e).unwrap_or("");
                    let key = if raw.contains('\\') {
                        text.get(s.saturating_sub(1)..(e + 1).min(text.len()))
                            .and_then(|q| serde_json::from_str::<String>(q).ok())
                            .unwrap_or_else(|| raw.to_owned())
                    } else {
                        raw.to_owned()
                    };
                    pending = Some((key.into_boxed_str(), line, col));
                    continue;
                }
                let (line, col) = (c.line, c.col);
                let kids = match ch {
                    b'{' => {
                        c.bump();
                        Kids::Map(Vec::new())
                    }
                    b'[' => {
                        c.bump();
                        Kids::Seq(Vec::new())
                    }
                    b'"' => {
                        c.skip_string();
                        Kids::Leaf
                    }
                    _ => {
                        c.skip_scalar();
                        Kids::Leaf
                    }
                };
                let container = !matches!(kids, Kids::Leaf);
                let (key, line, col) = match pending.take() {
                    Some((k, l, cc)) => (Some(k), l, cc),
                    None => (None, line, col),
                };
                let idx = u32::try_from(tree.nodes.len()).ok()?;
                tree.nodes.push(PosNode { line, col, kids });
                tree.attach(top, key, idx);
                if container {
                    stack.push(idx);
                } else if stack.is_empty() {
                    break;
                }
            }
        }
    }
    Some(tree)
}

fn build_yaml(text: &str) -> Option<PosTree> {
    use yaml_rust2::parser::{Event, Parser};

    let mut tree = PosTree { nodes: Vec::new() };
    let mut stack: Vec<YamlFrame> = Vec::new();
    let mut anchors: HashMap<usize, u32> = HashMap::new();
    let mut parser = Parser::new_from_str(text);
    while let Ok((ev, mark)) = parser.next_token() {
        let line = u32::try_from(mark.line()).unwrap_or(u32::MAX);
        let col = u32::try_from(mark.col() + 1).unwrap_or(u32::MAX);
        // Is the next node a key of the enclosing mapping?
        let expecting_key = stack.last().is_some_and(|f| f.is_map && f.pending.is_none());
        match ev {
            Event::StreamEnd => break,
            Event::Scalar(s, _, anchor, _) => {
                if expecting_key {
                    if let Some(f) = stack.last_mut() {
                        if f.pos_from_first_key {
                            f.pos_from_first_key = false;
                            if let Some(n) = tree.nodes.get_mut(f.node as usize) {
                                n.line = line;
                                n.col = col;
                            }
                        }
                        f.pending = Some((s.into_boxed_str(), line, col));
                    }
                    continue;
                }
                let idx = u32::try_from(tree.nodes.len()).ok()?;
                let (key, l, c) = take_pending(&mut stack, line, col);
                tree.nodes.push(PosNode { line: l, col: c, kids: Kids::Leaf });
                tree.attach(stack.last().map(|f| f.node), key, idx);
                if anchor > 0 {
                    anchors.insert(anchor, idx);
                }
            }
            Event::Alias(id) => {
                if expecting_key {
                    if let Some(f) = stack.last_mut() {
                        f.pending = Some((Box::from(""), line, col));
                    }
                    continue;
                }
                let (key, l, c) = take_pending(&mut stack, line, col);
                let idx = match anchors.get(&id) {
                    Some(&i) => i,
                    None => {
                        let i = u32::try_from(tree.nodes.len()).ok()?;
                        tree.nodes.push(PosNode { line: l, col: c, kids: Kids::Leaf });
                        i
                    }
                };
                tree.attach(stack.last().map(|f| f.node), key, idx);
            }
            Event::MappingStart(anchor, _) | Event::SequenceStart(anchor, _) => {
                let is_map = matches!(ev, Event::MappingStart(..));
                let idx = u32::try_from(tree.nodes.len()).ok()?;
                let kids = if is_map { Kids::Map(Vec::new()) } else { Kids::Seq(Vec::new()) };
                let in_map_value = stack.last().is_some_and(|f| f.is_map);
                if expecting_key {
                    tree.nodes.push(PosNode { line, col, kids });
                    stack.push(YamlFrame { node: idx, is_map, pending: None, is_key: true, pos_from_first_key: false });
                } else {
                    let (key, l, c) = take_pending(&mut stack, line, col);
                    tree.nodes.push(PosNode { line: l, col: c, kids });
                    tree.attach(stack.last().map(|f| f.node), key, idx);
                    stack.push(YamlFrame {
                        node: idx,
                        is_map,
                        pending: None,
                        is_key: false,
                        pos_from_first_key: is_map && !in_map_value,
                    });
                }
                if anchor > 0 {
                    anchors.insert(anchor, idx);
                }
            }
            Event::MappingEnd | Event::SequenceEnd => {
                if let Some(f) = stack.pop() {
                    if f.is_key {
                        if let Some(parent) = stack.last_mut() {
                            parent.pending = Some((Box::from(""), line, col));
                        }
                    }
                }
            }
            _ => {}
        }
    }
    Some(tree)
}

struct YamlFrame {
    node: u32,
    is_map: bool,
    /// the key awaiting its value (key, line, col)
    pending: Option<(Box<str>, u32, u32)>,
    /// this container is itself a (complex) mapping key
    is_key: bool,
    /// position still to be taken from the first key
    pos_from_first_key: bool,
}

/// The pending key of the innermost mapping (if any) and the position to
/// record for the node that is its value.
fn take_pending(stack: &mut [YamlFrame], line: u32, col: u32) -> (Option<Box<str>>, u32, u32) {
    match stack.last_mut().and_then(|f| f.pending.take()) {
        Some((k, l, c)) => (Some(k), l, c),
        None => (None, line, col),
    }
}
