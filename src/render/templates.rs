//! Where templates come from: the set embedded in the binary, and optionally a user's folder whose
//! files replace embedded ones of the same path (`--templates DIR`, `templates = "DIR"` in
//! `sdkgen.toml`). `DIR/python/module.py.j2` replaces `templates/python/module.py.j2`; a file
//! with no embedded counterpart can be imported by an overriding template. Templates are loaded
//! lazily, so the set of templates a run actually used is known afterwards: the manifest hashes
//! exactly those, and override files that nothing used are reported.

use std::collections::BTreeMap;
use std::path::{Component, Path, PathBuf};
use std::sync::{Arc, Mutex};

use super::TEMPLATES;

/// Where one template used by a run came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Origin {
    Embedded,
    /// The override file's path.
    Override(PathBuf),
}

#[derive(Debug, Clone)]
struct Used {
    origin: Origin,
    sha256: String,
}

/// The embedded templates plus an optional override folder, and a record of what a run used.
/// Cloning shares the record, so every target of one run adds to the same one.
#[derive(Debug, Clone, Default)]
pub struct TemplateSource {
    overrides: Option<PathBuf>,
    /// `<lang>/<path>` → where it came from and its hash.
    used: Arc<Mutex<BTreeMap<String, Used>>>,
}

/// A template that could not be read, or an override folder that does not exist.
#[derive(Debug, thiserror::Error)]
#[error("{}: {message}", path.display())]
pub struct TemplateSourceError {
    pub path: PathBuf,
    pub message: String,
}

impl TemplateSource {
    /// Only the embedded templates.
    pub fn embedded() -> Self {
        Self::default()
    }

    /// The embedded templates, with the files of `dir` replacing those of the same path.
    pub fn with_overrides(dir: impl Into<PathBuf>) -> Result<Self, TemplateSourceError> {
        let dir = dir.into();
        if !dir.is_dir() {
            return Err(TemplateSourceError { path: dir, message: "template folder does not exist".into() });
        }
        Ok(Self { overrides: Some(dir), used: Arc::default() })
    }

    pub fn overrides(&self) -> Option<&Path> {
        self.overrides.as_deref()
    }

    /// The text of `<lang>/<name>`: the override file if there is one, else the embedded
    /// template; `None` if neither exists. Records the use.
    pub fn load(&self, lang: &str, name: &str) -> Result<Option<String>, TemplateSourceError> {
        match self.load_bytes(lang, name)? {
            None => Ok(None),
            Some((bytes, path)) => String::from_utf8(bytes)
                .map(Some)
                .map_err(|_| TemplateSourceError { path, message: "template is not UTF-8".into() }),
        }
    }

    /// Like [`load`](Self::load), for files copied as they are (runtime sources).
    pub fn load_bytes(&self, lang: &str, name: &str) -> Result<Option<(Vec<u8>, PathBuf)>, TemplateSourceError> {
        let key = format!("{lang}/{name}");
        if !is_plain_relative(name) {
            return Ok(None);
        }
        if let Some(dir) = &self.overrides {
            let path = dir.join(lang).join(name);
            match std::fs::read(&path) {
                Ok(bytes) => {
                    self.record(key, Origin::Override(path.clone()), &bytes);
                    return Ok(Some((bytes, path)));
                }
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
                Err(e) => return Err(TemplateSourceError { path, message: e.to_string() }),
            }
        }
        Ok(TEMPLATES.get_file(&key).map(|f| {
            self.record(key.clone(), Origin::Embedded, f.contents());
            (f.contents().to_vec(), Path::new("templates").join(&key))
        }))
    }

    fn record(&self, key: String, origin: Origin, bytes: &[u8]) {
        let used = Used { origin, sha256: crate::write::sha256_hex(bytes) };
        if let Ok(mut map) = self.used.lock() {
            map.insert(key, used);
        }
    }

    /// Where the template `<lang>/<name>` was read from, for error messages.
    pub fn origin_path(&self, lang: &str, name: &str) -> PathBuf {
        let key = format!("{lang}/{name}");
        match self.used.lock().ok().and_then(|m| m.get(&key).map(|u| u.origin.clone())) {
            Some(Origin::Override(path)) => path,
            _ => Path::new("templates").join(key),
        }
    }

    /// Line `line` (1-based) of the template `<lang>/<name>` as used, for error messages.
    pub fn line_of(&self, lang: &str, name: &str, line: usize) -> Option<String> {
        let bytes = match self.origin_path(lang, name) {
            path if self.overrides.as_ref().is_some_and(|d| path.starts_with(d)) => std::fs::read(path).ok()?,
            _ => TEMPLATES.get_file(format!("{lang}/{name}"))?.contents().to_vec(),
        };
        String::from_utf8_lossy(&bytes).lines().nth(line.checked_sub(1)?).map(str::to_string)
    }

    /// SHA-256 over the name, origin and contents of every template used so far, in name order:
    /// the same templates give the same hash whatever order they were loaded in.
    pub fn fingerprint(&self) -> String {
        use sha2::{Digest, Sha256};
        let mut h = Sha256::new();
        if let Ok(map) = self.used.lock() {
            for (name, used) in map.iter() {
                let origin = match used.origin {
                    Origin::Embedded => "embedded",
                    Origin::Override(_) => "override",
                };
                for part in [name.as_str(), origin, used.sha256.as_str()] {
                    h.update(part.as_bytes());
                    h.update([0]);
                }
            }
        }
        h.finalize().iter().map(|b| format!("{b:02x}")).collect()
    }

    /// The `<lang>/<path>` of every template used so far, with where it came from.
    pub fn used(&self) -> Vec<(String, Origin)> {
        self.used.lock().map(|m| m.iter().map(|(k, u)| (k.clone(), u.origin.clone())).collect()).unwrap_or_default()
    }

    /// Override files under `<dir>/<lang>/` (for the given languages) that the run did not use:
    /// a misspelt path overrides nothing, which deserves a warning.
    pub fn unused_overrides(&self, langs: &[&str]) -> Vec<PathBuf> {
        let Some(dir) = &self.overrides else { return Vec::new() };
        let used: Vec<PathBuf> = self
            .used()
            .into_iter()
            .filter_map(|(_, o)| match o {
                Origin::Override(p) => Some(p),
                Origin::Embedded => None,
            })
            .collect();
        let mut unused = Vec::new();
        for lang in langs {
            let mut stack = vec![dir.join(lang)];
            while let Some(d) = stack.pop() {
                let Ok(entries) = std::fs::read_dir(&d) else { continue };
                let mut entries: Vec<_> = entries.filter_map(Result::ok).map(|e| e.path()).collect();
                entries.sort();
                for p in entries {
                    if p.is_dir() {
                        stack.push(p);
                    } else if !used.contains(&p) {
                        unused.push(p);
                    }
                }
            }
        }
        unused.sort();
        unused
    }
}

/// SHA-256 over every template a run for `langs` could use: all embedded files, and the files
/// under `<overrides>/<lang>/` (and `common/`). Known without rendering; equal values mean the
/// templates a run would use are unchanged.
pub fn inputs_fingerprint(overrides: Option<&Path>, langs: &[String]) -> String {
    use sha2::{Digest, Sha256};
    let mut h = Sha256::new();
    let mut embedded = Vec::new();
    let mut stack = vec![&TEMPLATES];
    while let Some(d) = stack.pop() {
        for f in d.files() {
            embedded.push((f.path().to_string_lossy().replace('\\', "/"), f.contents()));
        }
        stack.extend(d.dirs());
    }
    embedded.sort();
    for (name, contents) in embedded {
        h.update(name.as_bytes());
        h.update([0]);
        h.update(crate::write::sha256_hex(contents).as_bytes());
    }
    if let Some(dir) = overrides {
        h.update(b"overrides\0");
        let mut files = Vec::new();
        for lang in langs.iter().map(String::as_str).chain(["common"]) {
            let mut stack = vec![dir.join(lang)];
            while let Some(d) = stack.pop() {
                let Ok(entries) = std::fs::read_dir(&d) else { continue };
                for p in entries.filter_map(Result::ok).map(|e| e.path()) {
                    if p.is_dir() {
                        stack.push(p);
                    } else {
                        files.push(p);
                    }
                }
            }
        }
        files.sort();
        for p in files {
            let rel = p.strip_prefix(dir).unwrap_or(&p).to_string_lossy().replace('\\', "/");
            h.update(rel.as_bytes());
            h.update([0]);
            // An unreadable file reads as a distinct value: the full path then reports it.
            let contents = std::fs::read(&p).map(|b| crate::write::sha256_hex(&b)).unwrap_or_default();
            h.update(contents.as_bytes());
        }
    }
    h.finalize().iter().map(|b| format!("{b:02x}")).collect()
}

/// `a/b.j2`, never `../x`, `/etc/x` or `C:\x`: a template name stays inside its language folder.
fn is_plain_relative(name: &str) -> bool {
    !name.is_empty() && Path::new(name).components().all(|c| matches!(c, Component::Normal(_)))
}

/// Writes the embedded templates of `langs` (every language and `common` when empty) under
/// `dir/<lang>/`, as a starting point for overrides. Existing files with other contents are not
/// overwritten unless `force`; they are returned instead (nothing is written then).
pub fn export(dir: &Path, langs: &[&str], force: bool) -> Result<ExportReport, TemplateSourceError> {
    let mut files = Vec::new();
    let mut stack = vec![&TEMPLATES];
    while let Some(d) = stack.pop() {
        for f in d.files() {
            let rel = f.path().to_string_lossy().replace('\\', "/");
            let lang = rel.split('/').next().unwrap_or_default();
            if rel.contains('/') && (langs.is_empty() || langs.contains(&lang)) {
                files.push((rel, f.contents()));
            }
        }
        stack.extend(d.dirs());
    }
    files.sort();
    let mut report = ExportReport::default();
    for (rel, contents) in &files {
        let path = dir.join(rel);
        match std::fs::read(&path) {
            Ok(existing) if existing == *contents => report.unchanged += 1,
            Ok(_) if !force => report.refused.push(path),
            _ => {}
        }
    }
    if !report.refused.is_empty() {
        return Ok(report);
    }
    for (rel, contents) in files {
        let path = dir.join(&rel);
        if std::fs::read(&path).is_ok_and(|existing| existing == contents) {
            continue;
        }
        let io = |e: std::io::Error| TemplateSourceError { path: path.clone(), message: e.to_string() };
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).map_err(io)?;
        }
        std::fs::write(&path, contents).map_err(io)?;
        report.written.push(path);
    }
    Ok(report)
}

/// What [`export`] did.
#[derive(Debug, Default)]
pub struct ExportReport {
    pub written: Vec<PathBuf>,
    pub unchanged: usize,
    /// Files that exist with other contents: nothing was written.
    pub refused: Vec<PathBuf>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_override_replaces_the_embedded_template_and_is_recorded() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir_all(dir.path().join("python")).unwrap();
        std::fs::write(dir.path().join("python/LICENSE.j2"), "mine").unwrap();
        let src = TemplateSource::with_overrides(dir.path()).unwrap();
        assert_eq!(src.load("python", "LICENSE.j2").unwrap().as_deref(), Some("mine"));
        assert!(src.load("rust", "Cargo.toml.j2").unwrap().is_some());
        assert_eq!(src.load("python", "no-such.j2").unwrap(), None);
        assert_eq!(src.load("python", "../python/LICENSE.j2").unwrap(), None);
        let used = src.used();
        assert_eq!(used[0], ("python/LICENSE.j2".into(), Origin::Override(dir.path().join("python/LICENSE.j2"))));
        assert_eq!(used[1], ("rust/Cargo.toml.j2".into(), Origin::Embedded));
    }

    #[test]
    fn the_fingerprint_covers_what_was_used_and_where_it_came_from() {
        let embedded = TemplateSource::embedded();
        let before = embedded.fingerprint();
        embedded.load("python", "LICENSE.j2").unwrap();
        assert_ne!(embedded.fingerprint(), before);
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir_all(dir.path().join("python")).unwrap();
        let text = TEMPLATES.get_file("python/LICENSE.j2").unwrap().contents();
        std::fs::write(dir.path().join("python/LICENSE.j2"), text).unwrap();
        let same_text = TemplateSource::with_overrides(dir.path()).unwrap();
        same_text.load("python", "LICENSE.j2").unwrap();
        assert_ne!(same_text.fingerprint(), embedded.fingerprint(), "an override is visible even with equal text");
    }

    #[test]
    fn unused_override_files_are_reported() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir_all(dir.path().join("python/macros")).unwrap();
        std::fs::write(dir.path().join("python/LICENSE.j2"), "x").unwrap();
        std::fs::write(dir.path().join("python/macros/methd.py.j2"), "typo").unwrap();
        let src = TemplateSource::with_overrides(dir.path()).unwrap();
        src.load("python", "LICENSE.j2").unwrap();
        assert_eq!(src.unused_overrides(&["python"]), vec![dir.path().join("python/macros/methd.py.j2")]);
    }

    #[test]
    fn export_never_overwrites_a_changed_file_without_force() {
        let dir = tempfile::tempdir().unwrap();
        let first = export(dir.path(), &["python"], false).unwrap();
        assert!(first.written.iter().any(|p| p.ends_with("python/LICENSE.j2")));
        assert!(first.written.iter().all(|p| p.starts_with(dir.path().join("python"))));
        std::fs::write(dir.path().join("python/LICENSE.j2"), "edited").unwrap();
        let second = export(dir.path(), &["python"], false).unwrap();
        assert_eq!(second.refused, vec![dir.path().join("python/LICENSE.j2")]);
        assert_eq!(std::fs::read_to_string(dir.path().join("python/LICENSE.j2")).unwrap(), "edited");
        let forced = export(dir.path(), &["python"], true).unwrap();
        assert_eq!(forced.written, vec![dir.path().join("python/LICENSE.j2")]);
    }
}
