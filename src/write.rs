//! Writing the output tree: staged, then moved into place; stale files removed only when the
//! previous manifest says sdkgen wrote them; nothing outside the output directory is touched.

use std::collections::BTreeMap;
use std::fmt;
use std::fs;
use std::io;
use std::path::{Component, Path, PathBuf};

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

/// Name of the manifest in the output directory.
pub const MANIFEST: &str = ".sdkgen.json";

/// One rendered file, with its path relative to the output (or package) directory.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GeneratedFile {
    pub path: PathBuf,
    pub contents: Vec<u8>,
}

impl GeneratedFile {
    pub fn new(path: impl Into<PathBuf>, contents: impl Into<Vec<u8>>) -> Self {
        Self { path: path.into(), contents: contents.into() }
    }
}

/// What the manifest says about the run, besides the files.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
pub struct ManifestMeta {
    pub generator_version: String,
    pub spec_sha256: String,
    pub templates_sha256: String,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
pub struct Manifest {
    pub generator_version: String,
    pub spec_sha256: String,
    pub templates_sha256: String,
    /// Relative path (with `/`) → SHA-256 of the contents.
    pub files: BTreeMap<String, String>,
}

impl Manifest {
    fn render(&self) -> Vec<u8> {
        let mut text = serde_json::to_string_pretty(self).unwrap_or_default();
        text.push('\n');
        text.into_bytes()
    }
}

#[derive(Debug, thiserror::Error)]
pub enum WriteError {
    #[error("refusing to write `{0}`: the path leaves the output directory")]
    UnsafePath(String),
    #[error("{path}: {source}")]
    Io { path: PathBuf, source: io::Error },
}

fn io_err(path: &Path) -> impl FnOnce(io::Error) -> WriteError + '_ {
    move |source| WriteError::Io { path: path.to_path_buf(), source }
}

#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct WriteReport {
    pub written: usize,
    pub unchanged: usize,
    pub removed: usize,
}

impl fmt::Display for WriteReport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} written, {} unchanged, {} stale removed", self.written, self.unchanged, self.removed)
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DriftKind {
    Missing,
    Changed,
    Stale,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Drift {
    pub path: String,
    pub kind: DriftKind,
}

impl fmt::Display for Drift {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let what = match self.kind {
            DriftKind::Missing => "missing",
            DriftKind::Changed => "differs",
            DriftKind::Stale => "stale (no longer generated)",
        };
        write!(f, "{}: {what}", self.path)
    }
}

fn sha256(bytes: &[u8]) -> String {
    Sha256::digest(bytes).iter().map(|b| format!("{b:02x}")).collect()
}

/// The path as a `/`-separated string, or an error if it could leave the output directory.
fn safe_rel(path: &Path) -> Result<String, WriteError> {
    let mut parts = Vec::new();
    for c in path.components() {
        match c {
            Component::Normal(s) => parts.push(s.to_string_lossy().into_owned()),
            Component::CurDir => {}
            _ => return Err(WriteError::UnsafePath(path.display().to_string())),
        }
    }
    if parts.is_empty() || parts.iter().any(|p| p.is_empty()) {
        return Err(WriteError::UnsafePath(path.display().to_string()));
    }
    Ok(parts.join("/"))
}

fn read_manifest(out_dir: &Path) -> Option<Manifest> {
    let text = fs::read_to_string(out_dir.join(MANIFEST)).ok()?;
    serde_json::from_str(&text).ok()
}

/// The language folder a manifest path belongs to (`python/x.py` → `python`).
fn lang_of(rel: &str) -> &str {
    rel.split('/').next().unwrap_or("")
}

fn new_manifest(out_dir: &Path, files: &[GeneratedFile], meta: &ManifestMeta, langs: &[&str]) -> Result<Manifest, WriteError> {
    let mut entries = BTreeMap::new();
    // Languages not regenerated this run keep their entries.
    if let Some(old) = read_manifest(out_dir) {
        for (p, h) in old.files {
            if !langs.contains(&lang_of(&p)) {
                entries.insert(p, h);
            }
        }
    }
    for f in files {
        entries.insert(safe_rel(&f.path)?, sha256(&f.contents));
    }
    Ok(Manifest {
        generator_version: meta.generator_version.clone(),
        spec_sha256: meta.spec_sha256.clone(),
        templates_sha256: meta.templates_sha256.clone(),
        files: entries,
    })
}

/// Files the previous run generated for `langs` that this run does not.
fn stale_files(out_dir: &Path, files: &[GeneratedFile], langs: &[&str]) -> Result<Vec<String>, WriteError> {
    let Some(old) = read_manifest(out_dir) else { return Ok(Vec::new()) };
    let new: std::collections::HashSet<String> = files.iter().map(|f| safe_rel(&f.path)).collect::<Result<_, _>>()?;
    let mut stale = Vec::new();
    for p in old.files.keys() {
        if langs.contains(&lang_of(p)) && !new.contains(p) {
            // Old manifests are input too: never follow a path out of the output directory.
            safe_rel(Path::new(p))?;
            stale.push(p.clone());
        }
    }
    Ok(stale)
}

/// Writes `files` under `out_dir`. Everything is staged first; only when staging succeeded are
/// files moved into place (a rename each), stale files removed and the manifest written.
pub fn write_output(out_dir: &Path, files: &[GeneratedFile], meta: &ManifestMeta, langs: &[&str]) -> Result<WriteReport, WriteError> {
    fs::create_dir_all(out_dir).map_err(io_err(out_dir))?;
    let manifest = new_manifest(out_dir, files, meta, langs)?;
    let stale = stale_files(out_dir, files, langs)?;

    let staging = out_dir.join(format!(".sdkgen-staging-{}", std::process::id()));
    let _ = fs::remove_dir_all(&staging);
    let mut report = WriteReport::default();
    let mut to_move = Vec::new();
    let staged = (|| -> Result<(), WriteError> {
        for f in files {
            let rel = safe_rel(&f.path)?;
            let dest = out_dir.join(&rel);
            if fs::read(&dest).is_ok_and(|old| old == f.contents) {
                report.unchanged += 1;
                continue;
            }
            let tmp = staging.join(&rel);
            if let Some(parent) = tmp.parent() {
                fs::create_dir_all(parent).map_err(io_err(parent))?;
            }
            fs::write(&tmp, &f.contents).map_err(io_err(&tmp))?;
            to_move.push((tmp, dest));
        }
        Ok(())
    })();
    if let Err(e) = staged {
        let _ = fs::remove_dir_all(&staging);
        return Err(e);
    }
    for (tmp, dest) in &to_move {
        if let Some(parent) = dest.parent() {
            fs::create_dir_all(parent).map_err(io_err(parent))?;
        }
        if dest.is_dir() {
            fs::remove_dir_all(dest).map_err(io_err(dest))?;
        }
        fs::rename(tmp, dest).map_err(io_err(dest))?;
        report.written += 1;
    }
    let _ = fs::remove_dir_all(&staging);
    for rel in &stale {
        let path = out_dir.join(rel);
        match fs::remove_file(&path) {
            Ok(()) => report.removed += 1,
            Err(e) if e.kind() == io::ErrorKind::NotFound => {}
            Err(e) => return Err(WriteError::Io { path, source: e }),
        }
        prune_empty_dirs(out_dir, path.parent());
    }
    let manifest_path = out_dir.join(MANIFEST);
    let bytes = manifest.render();
    if fs::read(&manifest_path).ok().as_deref() != Some(bytes.as_slice()) {
        fs::write(&manifest_path, bytes).map_err(io_err(&manifest_path))?;
    }
    Ok(report)
}

/// Removes empty directories from `dir` up to (not including) `root`.
fn prune_empty_dirs(root: &Path, mut dir: Option<&Path>) {
    while let Some(d) = dir {
        if d == root || !d.starts_with(root) {
            break;
        }
        if fs::remove_dir(d).is_err() {
            break; // not empty, or gone
        }
        dir = d.parent();
    }
}

/// Compares `files` with `out_dir` without writing: missing, changed and stale files, and a
/// manifest that does not match.
pub fn check_output(out_dir: &Path, files: &[GeneratedFile], meta: &ManifestMeta, langs: &[&str]) -> Result<Vec<Drift>, WriteError> {
    let mut drift = Vec::new();
    for f in files {
        let rel = safe_rel(&f.path)?;
        match fs::read(out_dir.join(&rel)) {
            Ok(old) if old == f.contents => {}
            Ok(_) => drift.push(Drift { path: rel, kind: DriftKind::Changed }),
            Err(_) => drift.push(Drift { path: rel, kind: DriftKind::Missing }),
        }
    }
    for rel in stale_files(out_dir, files, langs)? {
        if out_dir.join(&rel).exists() {
            drift.push(Drift { path: rel, kind: DriftKind::Stale });
        }
    }
    let manifest = new_manifest(out_dir, files, meta, langs)?.render();
    match fs::read(out_dir.join(MANIFEST)) {
        Ok(old) if old == manifest => {}
        Ok(_) => drift.push(Drift { path: MANIFEST.to_string(), kind: DriftKind::Changed }),
        Err(_) => drift.push(Drift { path: MANIFEST.to_string(), kind: DriftKind::Missing }),
    }
    Ok(drift)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn meta() -> ManifestMeta {
        ManifestMeta { generator_version: "0".into(), spec_sha256: "s".into(), templates_sha256: "t".into() }
    }

    fn file(p: &str, c: &str) -> GeneratedFile {
        GeneratedFile::new(p, c.as_bytes().to_vec())
    }

    #[test]
    fn round_trip_stale_removal_and_foreign_files() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path();
        let first = vec![file("python/a.py", "a"), file("python/sub/b.py", "b"), file("rust/x.rs", "x")];
        let r = write_output(out, &first, &meta(), &["python", "rust"]).unwrap();
        assert_eq!(r.written, 3);
        fs::create_dir_all(out.join("python/node_modules")).unwrap();
        fs::write(out.join("python/node_modules/keep.js"), "mine").unwrap();
        assert!(check_output(out, &first, &meta(), &["python", "rust"]).unwrap().is_empty());

        // Second run drops sub/b.py, changes a.py; only python regenerated.
        let second = vec![file("python/a.py", "A")];
        let r = write_output(out, &second, &meta(), &["python"]).unwrap();
        assert_eq!((r.written, r.removed), (1, 1));
        assert!(!out.join("python/sub").exists(), "empty dir pruned");
        assert_eq!(fs::read_to_string(out.join("python/node_modules/keep.js")).unwrap(), "mine");
        assert_eq!(fs::read_to_string(out.join("rust/x.rs")).unwrap(), "x");
        let m = read_manifest(out).unwrap();
        assert!(m.files.contains_key("rust/x.rs"), "other languages keep their entries");

        // Idempotent: a third identical run writes nothing.
        let r = write_output(out, &second, &meta(), &["python"]).unwrap();
        assert_eq!((r.written, r.unchanged, r.removed), (0, 1, 0));
    }

    #[test]
    fn check_reports_every_kind_of_drift() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path();
        write_output(out, &[file("python/a.py", "a"), file("python/old.py", "o")], &meta(), &["python"]).unwrap();
        fs::write(out.join("python/a.py"), "edited").unwrap();
        let drift = check_output(out, &[file("python/a.py", "a"), file("python/new.py", "n")], &meta(), &["python"]).unwrap();
        let kinds: Vec<(&str, &DriftKind)> = drift.iter().map(|d| (d.path.as_str(), &d.kind)).collect();
        assert!(kinds.contains(&("python/a.py", &DriftKind::Changed)));
        assert!(kinds.contains(&("python/new.py", &DriftKind::Missing)));
        assert!(kinds.contains(&("python/old.py", &DriftKind::Stale)));
        assert!(kinds.contains(&(MANIFEST, &DriftKind::Changed)));
    }

    #[test]
    fn paths_cannot_escape() {
        let dir = tempfile::tempdir().unwrap();
        for bad in ["../x", "/etc/passwd", "a/../../x", ""] {
            let err = write_output(dir.path(), &[file(bad, "x")], &meta(), &["a"]).unwrap_err();
            assert!(matches!(err, WriteError::UnsafePath(_)), "{bad}");
        }
        assert!(fs::read_dir(dir.path()).unwrap().all(|e| e.unwrap().file_name() != "x"));
    }
}
