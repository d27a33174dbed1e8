//! Diagnostics: warnings and fatal errors about the input document.
//!
//! A [`Diagnostic`] names what went wrong and, where known, where: a JSON
//! pointer into the document (`/paths/~1pets/get`), the file, and a
//! line:column in that file.  Lowering code collects warnings in a
//! [`Diagnostics`] list (`diags.warn(&ptr, format!(..))`); fatal problems are
//! returned as a [`SpecError`].

use std::collections::HashSet;
use std::fmt;
use std::path::{Path, PathBuf};

/// How bad a diagnostic is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Severity {
    Warning,
    Error,
}

impl fmt::Display for Severity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Severity::Warning => "warning",
            Severity::Error => "error",
        })
    }
}

/// One message about the input, with as much of its location as is known.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Diagnostic {
    pub severity: Severity,
    pub message: String,
    /// RFC 6901 JSON pointer into the document, e.g. `/paths/~1api~1keys/post`
    /// (`""` is the document root).
    pub pointer: Option<String>,
    pub file: Option<PathBuf>,
    /// 1-based line.
    pub line: Option<usize>,
    /// 1-based column (in characters).
    pub column: Option<usize>,
}

impl Diagnostic {
    pub fn new(severity: Severity, message: impl Into<String>) -> Self {
        Diagnostic { severity, message: message.into(), pointer: None, file: None, line: None, column: None }
    }

    pub fn warning(message: impl Into<String>) -> Self {
        Self::new(Severity::Warning, message)
    }

    pub fn error(message: impl Into<String>) -> Self {
        Self::new(Severity::Error, message)
    }

    /// Sets the JSON pointer (anything string-like, e.g. a [`Pointer`]).
    pub fn at(mut self, pointer: impl AsRef<str>) -> Self {
        self.pointer = Some(pointer.as_ref().to_owned());
        self
    }

    pub fn in_file(mut self, file: impl Into<PathBuf>) -> Self {
        self.file = Some(file.into());
        self
    }

    /// Sets the 1-based line and column.
    pub fn with_position(mut self, line: usize, column: usize) -> Self {
        self.line = Some(line);
        self.column = Some(column);
        self
    }

    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }
}

impl fmt::Display for Diagnostic {
    /// `warning: <file>:<line>:<col>: <message> (at <pointer>)`; missing parts
    /// are left out (no file but a line gives `line <l>:<c>: `).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: ", self.severity)?;
        match (&self.file, self.line) {
            (Some(file), Some(line)) => {
                write!(f, "{}:{}", file.display(), line)?;
                if let Some(col) = self.column {
                    write!(f, ":{col}")?;
                }
                f.write_str(": ")?;
            }
            (Some(file), None) => write!(f, "{}: ", file.display())?,
            (None, Some(line)) => {
                write!(f, "line {line}")?;
                if let Some(col) = self.column {
                    write!(f, ":{col}")?;
                }
                f.write_str(": ")?;
            }
            (None, None) => {}
        }
        f.write_str(&self.message)?;
        match self.pointer.as_deref() {
            Some("") => f.write_str(" (at the document root)")?,
            Some(p) => write!(f, " (at {p})")?,
            None => {}
        }
        Ok(())
    }
}

/// An ordered list of diagnostics without exact duplicates.
#[derive(Debug, Clone, Default)]
pub struct Diagnostics {
    items: Vec<Diagnostic>,
    seen: HashSet<Diagnostic>,
}

impl Diagnostics {
    pub fn new() -> Self {
        Self::default()
    }

    /// Adds a diagnostic unless an identical one is already present.
    pub fn push(&mut self, diagnostic: Diagnostic) {
        if !self.seen.contains(&diagnostic) {
            self.seen.insert(diagnostic.clone());
            self.items.push(diagnostic);
        }
    }

    /// Adds a warning at a JSON pointer: `diags.warn(&ptr, format!(..))`.
    pub fn warn(&mut self, pointer: impl AsRef<str>, message: impl Into<String>) {
        self.push(Diagnostic::warning(message).at(pointer));
    }

    /// Adds an error-severity diagnostic (not fatal by itself).
    pub fn error(&mut self, pointer: impl AsRef<str>, message: impl Into<String>) {
        self.push(Diagnostic::error(message).at(pointer));
    }

    pub fn extend(&mut self, items: impl IntoIterator<Item = Diagnostic>) {
        for d in items {
            self.push(d);
        }
    }

    pub fn iter(&self) -> std::slice::Iter<'_, Diagnostic> {
        self.items.iter()
    }

    pub fn len(&self) -> usize {
        self.items.len()
    }

    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }

    pub fn has_errors(&self) -> bool {
        self.items.iter().any(Diagnostic::is_error)
    }

    pub fn as_slice(&self) -> &[Diagnostic] {
        &self.items
    }

    pub fn into_vec(self) -> Vec<Diagnostic> {
        self.items
    }
}

impl<'a> IntoIterator for &'a Diagnostics {
    type Item = &'a Diagnostic;
    type IntoIter = std::slice::Iter<'a, Diagnostic>;
    fn into_iter(self) -> Self::IntoIter {
        self.items.iter()
    }
}

impl IntoIterator for Diagnostics {
    type Item = Diagnostic;
    type IntoIter = std::vec::IntoIter<Diagnostic>;
    fn into_iter(self) -> Self::IntoIter {
        self.items.into_iter()
    }
}

impl FromIterator<Diagnostic> for Diagnostics {
    fn from_iter<I: IntoIterator<Item = Diagnostic>>(iter: I) -> Self {
        let mut d = Diagnostics::new();
        d.extend(iter);
        d
    }
}

impl Extend<Diagnostic> for Diagnostics {
    fn extend<I: IntoIterator<Item = Diagnostic>>(&mut self, iter: I) {
        for d in iter {
            self.push(d);
        }
    }
}

/// A fatal problem with the input document. Displays like its diagnostic:
/// `error: <file>:<line>:<col>: <message> (at <pointer>)`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SpecError {
    diagnostic: Box<Diagnostic>,
}

impl SpecError {
    pub fn new(message: impl Into<String>) -> Self {
        SpecError { diagnostic: Box::new(Diagnostic::error(message)) }
    }

    /// A fatal error at a JSON pointer.
    pub fn at(pointer: impl AsRef<str>, message: impl Into<String>) -> Self {
        Self::new(message).with_pointer(pointer)
    }

    pub fn with_pointer(mut self, pointer: impl AsRef<str>) -> Self {
        self.diagnostic.pointer = Some(pointer.as_ref().to_owned());
        self
    }

    pub fn in_file(mut self, file: impl Into<PathBuf>) -> Self {
        self.diagnostic.file = Some(file.into());
        self
    }

    /// Sets the file only if none is set yet.
    pub fn or_file(mut self, file: &Path) -> Self {
        if self.diagnostic.file.is_none() {
            self.diagnostic.file = Some(file.to_path_buf());
        }
        self
    }

    pub fn with_position(mut self, line: usize, column: usize) -> Self {
        self.diagnostic.line = Some(line);
        self.diagnostic.column = Some(column);
        self
    }

    pub fn message(&self) -> &str {
        &self.diagnostic.message
    }

    pub fn pointer(&self) -> Option<&str> {
        self.diagnostic.pointer.as_deref()
    }

    pub fn diagnostic(&self) -> &Diagnostic {
        &self.diagnostic
    }

    pub fn into_diagnostic(self) -> Diagnostic {
        *self.diagnostic
    }
}

impl From<Diagnostic> for SpecError {
    fn from(mut diagnostic: Diagnostic) -> Self {
        diagnostic.severity = Severity::Error;
        SpecError { diagnostic: Box::new(diagnostic) }
    }
}

impl fmt::Display for SpecError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.diagnostic.fmt(f)
    }
}

impl std::error::Error for SpecError {}

/// Escapes one JSON pointer reference token (RFC 6901: `~` → `~0`, `/` → `~1`).
pub fn pointer_escape(segment: &str) -> String {
    if !segment.contains(['~', '/']) {
        return segment.to_owned();
    }
    segment.replace('~', "~0").replace('/', "~1")
}

/// Reverses [`pointer_escape`] (`~1` → `/`, then `~0` → `~`).
pub fn pointer_unescape(segment: &str) -> String {
    if !segment.contains('~') {
        return segment.to_owned();
    }
    segment.replace("~1", "/").replace("~0", "~")
}

/// Splits a JSON pointer into unescaped reference tokens. Accepts a leading
/// `#` (URI fragment form); `""` and `"#"` give no tokens.
pub fn pointer_segments(pointer: &str) -> Vec<String> {
    let p = pointer.strip_prefix('#').unwrap_or(pointer);
    if p.is_empty() {
        return Vec::new();
    }
    let p = p.strip_prefix('/').unwrap_or(p);
    p.split('/').map(pointer_unescape).collect()
}

/// A JSON pointer under construction. Cheap to extend:
/// `Pointer::root().join("paths").join("/pets").join("get")` is
/// `/paths/~1pets/get`; `join` takes anything displayable (indices too).
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Pointer(String);

impl Pointer {
    /// The document root (`""`).
    pub fn root() -> Self {
        Pointer(String::new())
    }

    /// Wraps an already-escaped pointer string (a leading `#` is dropped).
    pub fn parse(pointer: &str) -> Self {
        Pointer(pointer.strip_prefix('#').unwrap_or(pointer).to_owned())
    }

    /// Returns a new pointer with one more (unescaped) segment.
    #[must_use]
    pub fn join(&self, segment: impl fmt::Display) -> Self {
        let mut p = self.clone();
        p.push(segment);
        p
    }

    /// Appends one (unescaped) segment in place.
    pub fn push(&mut self, segment: impl fmt::Display) {
        use fmt::Write;
        self.0.push('/');
        let start = self.0.len();
        let _ = write!(self.0, "{segment}");
        if self.0[start..].contains(['~', '/']) {
            let escaped = pointer_escape(&self.0[start..]);
            self.0.truncate(start);
            self.0.push_str(&escaped);
        }
    }

    /// Removes the last segment; false at the root.
    pub fn pop(&mut self) -> bool {
        match self.0.rfind('/') {
            Some(i) => {
                self.0.truncate(i);
                true
            }
            None => false,
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    pub fn is_root(&self) -> bool {
        self.0.is_empty()
    }

    /// The unescaped segments.
    pub fn segments(&self) -> Vec<String> {
        pointer_segments(&self.0)
    }

    /// `#/...` form, as used in `$ref`.
    pub fn to_ref(&self) -> String {
        format!("#{}", self.0)
    }
}

impl fmt::Display for Pointer {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl AsRef<str> for Pointer {
    fn as_ref(&self) -> &str {
        &self.0
    }
}

impl From<Pointer> for String {
    fn from(p: Pointer) -> String {
        p.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escape_roundtrip() {
        assert_eq!(pointer_escape("/api/keys"), "~1api~1keys");
        assert_eq!(pointer_escape("a~b/c"), "a~0b~1c");
        assert_eq!(pointer_unescape("a~0b~1c"), "a~b/c");
        assert_eq!(pointer_unescape("~01"), "~1");
        assert_eq!(pointer_segments("#/paths/~1pets/get"), vec!["paths", "/pets", "get"]);
        assert!(pointer_segments("").is_empty());
        assert_eq!(pointer_segments("/"), vec![""]);
    }

    #[test]
    fn pointer_builder() {
        let p = Pointer::root().join("paths").join("/api/keys").join("post");
        assert_eq!(p.as_str(), "/paths/~1api~1keys/post");
        let mut q = p.join(3);
        assert_eq!(q.as_str(), "/paths/~1api~1keys/post/3");
        assert!(q.pop());
        assert_eq!(q, p);
        assert_eq!(p.to_ref(), "#/paths/~1api~1keys/post");
        assert_eq!(p.segments(), vec!["paths", "/api/keys", "post"]);
        assert!(!Pointer::root().clone().pop());
    }

    #[test]
    fn display() {
        let d = Diagnostic::warning("odd thing").at("/info").in_file("spec/api.yaml").with_position(3, 7);
        assert_eq!(d.to_string(), "warning: spec/api.yaml:3:7: odd thing (at /info)");
        assert_eq!(Diagnostic::warning("bare").to_string(), "warning: bare");
        assert_eq!(Diagnostic::error("x").in_file("a.json").to_string(), "error: a.json: x");
        assert_eq!(
            Diagnostic::error("x").with_position(1, 2).at("").to_string(),
            "error: line 1:2: x (at the document root)"
        );
        let e = SpecError::at("/paths", "bad").in_file("a.json");
        assert_eq!(e.to_string(), "error: a.json: bad (at /paths)");
    }

    #[test]
    fn dedup_keeps_order() {
        let mut d = Diagnostics::new();
        d.warn("/b", "two");
        d.warn("/a", "one");
        d.warn("/b", "two");
        d.warn(Pointer::root().join("a"), "one");
        d.warn("/a", "three");
        let msgs: Vec<_> = d.iter().map(|d| d.message.as_str()).collect();
        assert_eq!(msgs, ["two", "one", "three"]);
        assert_eq!(d.len(), 3);
        assert!(!d.has_errors());
    }
}
