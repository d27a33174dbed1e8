//! Writing the generated files into the output directory, safely.
//!
//! Everything is rendered in memory first; [`write_output`] then
//! 1. stages every new or changed file under `<out>/.sdkgen-staging-<pid>/`
//!    (an IO error there removes the staging directory; the real tree is
//!    untouched),
//! 2. renames each staged file into place (atomic per file),
//! 3. deletes files that the previous manifest listed under the languages
//!    written now and that this run no longer produces, pruning directories
//!    this leaves empty,
//! 4. writes the manifest `<out>/.sdkgen.json` (entries of languages not
//!    regenerated are kept).
//!
//! It never deletes or touches anything the old manifest does not list (so
//! `node_modules/`, `target/`, `.venv/` inside `generated/<lang>/` are
//! safe), never writes outside the output directory nor through a symbolic
//! link inside it, and leaves unchanged files alone (their mtimes too).
//! [`check_output`] computes the same plan and reports the differences.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;
use std::fs;
use std::io;
use std::path::{Component, Path, PathBuf};

use serde::{Deserialize, Serialize};

/// The manifest's file name inside the output directory.
pub const MANIFEST_FILE: &str = ".sdkgen.json";
/// Alias of [`MANIFEST_FILE`].
pub const MANIFEST: &str = MANIFEST_FILE;
const STAGING_PREFIX: &str = ".sdkgen-staging-";

/// One output file; `path` is relative to the output directory and its first
/// component is the language (`python/gatekeeper/__init__.py`).
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

/// What the manifest records about the run besides the files.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ManifestMeta {
    pub generator_version: String,
    pub spec_sha256: String,
    pub templates_sha256: String,
}

/// `<out>/.sdkgen.json`: what sdkgen generated there. Keys are sorted
/// (fields are declared in alphabetical order, `files` is a BTreeMap).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Manifest {
    /// Relative path (with `/`) → SHA-256 of the contents, hex.
    pub files: BTreeMap<String, String>,
    pub generator_version: String,
    pub spec_sha256: String,
    pub templates_sha256: String,
}

impl Manifest {
    /// Pretty JSON with a trailing newline.
    pub fn to_json(&self) -> String {
        let mut s = serde_json::to_string_pretty(self).unwrap_or_default();
        s.push('\n');
        s
    }

    /// Reads `<out>/.sdkgen.json`: `Ok(None)` if there is none or it cannot
    /// be parsed (then nothing is considered previously generated).
    pub fn read(out_dir: &Path) -> Result<Option<Manifest>, WriteError> {
        let path = out_dir.join(MANIFEST_FILE);
        match fs::read(&path) {
            Ok(bytes) => Ok(serde_json::from_slice(&bytes).ok()),
            Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(None),
            Err(e) => Err(WriteError::io("cannot read", &path, e)),
        }
    }
}

#[derive(Debug, thiserror::Error)]
pub enum WriteError {
    #[error("{op} {}: {source}", path.display())]
    Io {
        op: &'static str,
        path: PathBuf,
        #[source]
        source: io::Error,
    },
    #[error("refusing to write `{path}`: {reason}")]
    UnsafePath { path: String, reason: String },
    #[error("`{0}` is generated more than once")]
    Duplicate(String),
    #[error("`{path}` cannot be written: {reason}")]
    Conflict { path: String, reason: String },
}

impl WriteError {
    fn io(op: &'static str, path: &Path, source: io::Error) -> Self {
        WriteError::Io { op, path: path.to_path_buf(), source }
    }
}

/// What [`write_output`] did. Lists hold relative paths, sorted.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct WriteReport {
    /// Files created or rewritten.
    pub written: Vec<String>,
    /// Files whose contents were already right (not touched).
    pub unchanged: usize,
    /// Stale generated files deleted.
    pub removed: Vec<String>,
    pub manifest_written: bool,
    /// Things worth telling the user (e.g. an unreadable old manifest).
    pub notes: Vec<String>,
}

impl fmt::Display for WriteReport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} written, {} unchanged", self.written.len(), self.unchanged)?;
        if !self.removed.is_empty() {
            write!(f, ", {} stale removed", self.removed.len())?;
        }
        for n in &self.notes {
            write!(f, "; {n}")?;
        }
        Ok(())
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum DriftKind {
    /// Would be created.
    Missing,
    /// Exists with other contents.
    Changed,
    /// Generated before, no longer produced: would be deleted.
    Stale,
}

/// One difference between the output directory and fresh output.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
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

/// SHA-256 of `bytes`, lowercase hex.
pub fn sha256_hex(bytes: &[u8]) -> String {
    use sha2::{Digest, Sha256};
    use std::fmt::Write;
    let digest = Sha256::digest(bytes);
    let mut s = String::with_capacity(64);
    for b in digest.iter() {
        let _ = write!(s, "{b:02x}");
    }
    s
}

/// The manifest key of a relative path (`/`-separated), or why it is unsafe.
pub fn manifest_key(path: &Path) -> Result<String, WriteError> {
    let unsafe_path =
        |reason: &str| WriteError::UnsafePath { path: path.display().to_string(), reason: reason.to_owned() };
    let mut parts: Vec<&str> = Vec::new();
    for c in path.components() {
        match c {
            Component::Normal(s) => {
                let s = s.to_str().ok_or_else(|| unsafe_path("the path is not valid UTF-8"))?;
                if s.contains('\\') || s.contains('\0') {
                    return Err(unsafe_path("the path contains a backslash or NUL"));
                }
                parts.push(s);
            }
            Component::CurDir => {}
            Component::ParentDir => return Err(unsafe_path("`..` would leave the output directory")),
            Component::RootDir | Component::Prefix(_) => {
                return Err(unsafe_path("absolute paths would leave the output directory"))
            }
        }
    }
    match parts.first() {
        None => return Err(unsafe_path("the path is empty")),
        Some(&first) if first == MANIFEST_FILE || first.starts_with(STAGING_PREFIX) => {
            return Err(unsafe_path("the name is reserved for sdkgen's own files"))
        }
        _ => {}
    }
    Ok(parts.join("/"))
}

fn key_lang(key: &str) -> &str {
    key.split('/').next().unwrap_or(key)
}

fn key_path(out_dir: &Path, key: &str) -> PathBuf {
    let mut p = out_dir.to_path_buf();
    for part in key.split('/') {
        p.push(part);
    }
    p
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Status {
    Missing,
    Changed,
    Unchanged,
}

struct Plan<'a> {
    /// (key, file, status), sorted by key.
    files: Vec<(String, &'a GeneratedFile, Status)>,
    /// Previously generated, not produced now, still on disk.
    stale: Vec<String>,
    manifest_text: String,
    manifest_status: Status,
    notes: Vec<String>,
}

fn file_status(path: &Path, contents: &[u8]) -> Result<Status, WriteError> {
    match fs::symlink_metadata(path) {
        Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(Status::Missing),
        Err(e) => Err(WriteError::io("cannot inspect", path, e)),
        Ok(m) if m.is_file() => {
            if m.len() != contents.len() as u64 {
                return Ok(Status::Changed);
            }
            match fs::read(path) {
                Ok(old) if old == contents => Ok(Status::Unchanged),
                Ok(_) => Ok(Status::Changed),
                Err(e) => Err(WriteError::io("cannot read", path, e)),
            }
        }
        Ok(_) => Ok(Status::Changed),
    }
}

fn make_plan<'a>(
    out_dir: &Path,
    files: &'a [GeneratedFile],
    meta: &ManifestMeta,
    langs_written: &[&str],
) -> Result<Plan<'a>, WriteError> {
    let mut keyed = Vec::with_capacity(files.len());
    let mut seen = BTreeSet::new();
    for f in files {
        let key = manifest_key(&f.path)?;
        if !seen.insert(key.clone()) {
            return Err(WriteError::Duplicate(key));
        }
        keyed.push((key, f));
    }
    keyed.sort_by(|a, b| a.0.cmp(&b.0));
    // A file may not also be a directory of another file.
    for (key, _) in &keyed {
        let mut prefix = String::new();
        for part in key.split('/') {
            if !prefix.is_empty() && seen.contains(&prefix) {
                return Err(WriteError::Conflict {
                    path: prefix.clone(),
                    reason: format!("it is generated as a file and is also the directory of `{key}`"),
                });
            }
            if !prefix.is_empty() {
                prefix.push('/');
            }
            prefix.push_str(part);
        }
    }

    let mut regenerated: BTreeSet<String> = langs_written.iter().map(|l| l.to_string()).collect();
    for (key, _) in &keyed {
        if key.contains('/') {
            regenerated.insert(key_lang(key).to_owned());
        }
    }

    let mut notes = Vec::new();
    let manifest_path = out_dir.join(MANIFEST_FILE);
    let old = match Manifest::read(out_dir)? {
        Some(m) => Some(m),
        None => {
            if manifest_path.exists() {
                notes.push(format!("{} could not be parsed; no stale files were removed", manifest_path.display()));
            }
            None
        }
    };

    // Comparing with what is on disk and hashing are per file: done in parallel (order kept).
    use rayon::prelude::*;
    let out_files: Vec<_> = keyed
        .into_par_iter()
        .map(|(key, f)| {
            let status = file_status(&key_path(out_dir, &key), &f.contents)?;
            let hash = sha256_hex(&f.contents);
            Ok((key, f, status, hash))
        })
        .collect::<Result<_, WriteError>>()?;

    let mut merged = BTreeMap::new();
    let mut stale = Vec::new();
    if let Some(old) = &old {
        for (key, hash) in &old.files {
            if regenerated.contains(key_lang(key)) {
                // Only safe, relative paths we would have written ourselves.
                let safe = manifest_key(Path::new(key)).is_ok_and(|k| &k == key);
                if safe && !seen.contains(key) {
                    let p = key_path(out_dir, key);
                    if fs::symlink_metadata(&p).is_ok_and(|m| !m.is_dir()) {
                        stale.push(key.clone());
                    }
                }
            } else {
                merged.insert(key.clone(), hash.clone());
            }
        }
    }
    let out_files: Vec<_> = out_files
        .into_iter()
        .map(|(key, f, status, hash)| {
            merged.insert(key.clone(), hash);
            (key, f, status)
        })
        .collect();
    let manifest = Manifest {
        files: merged,
        generator_version: meta.generator_version.clone(),
        spec_sha256: meta.spec_sha256.clone(),
        templates_sha256: meta.templates_sha256.clone(),
    };
    let manifest_text = manifest.to_json();
    let manifest_status = file_status(&manifest_path, manifest_text.as_bytes())?;
    Ok(Plan { files: out_files, stale, manifest_text, manifest_status, notes })
}

/// Compares the output directory with fresh output; writes nothing. The
/// result is sorted by path; the manifest appears as `.sdkgen.json`.
pub fn check_output(
    out_dir: &Path,
    files: &[GeneratedFile],
    meta: &ManifestMeta,
    langs_written: &[&str],
) -> Result<Vec<Drift>, WriteError> {
    let plan = make_plan(out_dir, files, meta, langs_written)?;
    let mut drift = Vec::new();
    for (key, _, status) in &plan.files {
        match status {
            Status::Missing => drift.push(Drift { path: key.clone(), kind: DriftKind::Missing }),
            Status::Changed => drift.push(Drift { path: key.clone(), kind: DriftKind::Changed }),
            Status::Unchanged => {}
        }
    }
    for key in &plan.stale {
        drift.push(Drift { path: key.clone(), kind: DriftKind::Stale });
    }
    match plan.manifest_status {
        Status::Missing => drift.push(Drift { path: MANIFEST_FILE.to_owned(), kind: DriftKind::Missing }),
        Status::Changed => drift.push(Drift { path: MANIFEST_FILE.to_owned(), kind: DriftKind::Changed }),
        Status::Unchanged => {}
    }
    drift.sort();
    Ok(drift)
}

/// Refuses targets whose directories inside `out_dir` are symbolic links or
/// files, and targets that are directories (never deleted to make room).
fn check_targets(out_dir: &Path, plan: &Plan<'_>) -> Result<(), WriteError> {
    let mut checked_dirs = BTreeSet::new();
    for (key, _, status) in &plan.files {
        if *status == Status::Unchanged {
            continue;
        }
        let parts: Vec<&str> = key.split('/').collect();
        let mut dir = out_dir.to_path_buf();
        let mut rel = String::new();
        for part in &parts[..parts.len().saturating_sub(1)] {
            dir.push(part);
            if !rel.is_empty() {
                rel.push('/');
            }
            rel.push_str(part);
            if !checked_dirs.insert(rel.clone()) {
                continue;
            }
            match fs::symlink_metadata(&dir) {
                Ok(m) if m.file_type().is_symlink() => {
                    return Err(WriteError::UnsafePath {
                        path: key.clone(),
                        reason: format!("`{rel}` is a symbolic link"),
                    })
                }
                Ok(m) if !m.is_dir() => {
                    return Err(WriteError::Conflict {
                        path: key.clone(),
                        reason: format!("`{rel}` exists and is not a directory"),
                    })
                }
                _ => {}
            }
        }
        let target = key_path(out_dir, key);
        if fs::symlink_metadata(&target).is_ok_and(|m| m.is_dir()) {
            return Err(WriteError::Conflict { path: key.clone(), reason: "a directory exists there".to_owned() });
        }
    }
    Ok(())
}

/// Writes `files` into `out_dir` (see the module docs). `langs_written` are
/// the languages regenerated by this run: stale files are only looked for
/// under them (and under the first component of every file written).
pub fn write_output(
    out_dir: &Path,
    files: &[GeneratedFile],
    meta: &ManifestMeta,
    langs_written: &[&str],
) -> Result<WriteReport, WriteError> {
    let plan = make_plan(out_dir, files, meta, langs_written)?;
    let mut report = WriteReport { notes: plan.notes.clone(), ..Default::default() };
    let to_write: Vec<&(String, &GeneratedFile, Status)> =
        plan.files.iter().filter(|(_, _, s)| *s != Status::Unchanged).collect();
    report.unchanged = plan.files.len() - to_write.len();
    let manifest_changed = plan.manifest_status != Status::Unchanged;
    if to_write.is_empty() && plan.stale.is_empty() && !manifest_changed {
        return Ok(report);
    }
    check_targets(out_dir, &plan)?;

    fs::create_dir_all(out_dir).map_err(|e| WriteError::io("cannot create directory", out_dir, e))?;
    let staging = out_dir.join(format!("{STAGING_PREFIX}{}", std::process::id()));
    if fs::symlink_metadata(&staging).is_ok() {
        fs::remove_dir_all(&staging).map_err(|e| WriteError::io("cannot remove", &staging, e))?;
    }
    fs::create_dir(&staging).map_err(|e| WriteError::io("cannot create directory", &staging, e))?;
    let cleanup = |err: WriteError| -> WriteError {
        let _ = fs::remove_dir_all(&staging);
        err
    };

    // 1. Stage (files are independent: written in parallel).
    use rayon::prelude::*;
    let staged = to_write
        .par_iter()
        .enumerate()
        .map(|(i, (key, f, _))| {
            let tmp = staging.join(i.to_string());
            fs::write(&tmp, &f.contents).map_err(|e| WriteError::io("cannot write", &tmp, e))?;
            let target = key_path(out_dir, key);
            // Keep the permissions of a file being replaced (e.g. executables).
            if let Ok(m) = fs::symlink_metadata(&target) {
                if m.is_file() {
                    let _ = fs::set_permissions(&tmp, m.permissions());
                }
            }
            Ok((tmp, target, key))
        })
        .collect::<Result<Vec<_>, WriteError>>()
        .map_err(cleanup)?;
    let staged_manifest = staging.join("manifest");
    if manifest_changed {
        fs::write(&staged_manifest, plan.manifest_text.as_bytes())
            .map_err(|e| cleanup(WriteError::io("cannot write", &staged_manifest, e)))?;
    }

    // 2. Move into place.
    for (tmp, target, key) in staged {
        if let Some(parent) = target.parent() {
            fs::create_dir_all(parent).map_err(|e| cleanup(WriteError::io("cannot create directory", parent, e)))?;
        }
        fs::rename(&tmp, &target).map_err(|e| cleanup(WriteError::io("cannot replace", &target, e)))?;
        report.written.push(key.clone());
    }

    // 3. Stale files, and the directories they leave empty.
    for key in &plan.stale {
        let path = key_path(out_dir, key);
        match fs::remove_file(&path) {
            Ok(()) => report.removed.push(key.clone()),
            Err(e) if e.kind() == io::ErrorKind::NotFound => {}
            Err(e) => return Err(cleanup(WriteError::io("cannot remove", &path, e))),
        }
        let mut dir = path.parent();
        while let Some(d) = dir {
            if d == out_dir || !d.starts_with(out_dir) || fs::remove_dir(d).is_err() {
                break;
            }
            dir = d.parent();
        }
    }

    // 4. The manifest.
    if manifest_changed {
        let target = out_dir.join(MANIFEST_FILE);
        fs::rename(&staged_manifest, &target).map_err(|e| cleanup(WriteError::io("cannot replace", &target, e)))?;
        report.manifest_written = true;
    }
    fs::remove_dir_all(&staging).map_err(|e| WriteError::io("cannot remove", &staging, e))?;
    Ok(report)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn file(path: &str, contents: &str) -> GeneratedFile {
        GeneratedFile::new(path, contents.as_bytes().to_vec())
    }

    fn meta() -> ManifestMeta {
        ManifestMeta { generator_version: "0.1.0".into(), spec_sha256: "aa".into(), templates_sha256: "bb".into() }
    }

    fn read(dir: &Path, rel: &str) -> String {
        fs::read_to_string(dir.join(rel)).unwrap()
    }

    fn mtime(dir: &Path, rel: &str) -> std::time::SystemTime {
        fs::metadata(dir.join(rel)).unwrap().modified().unwrap()
    }

    fn names(dir: &Path) -> Vec<String> {
        let mut v: Vec<String> =
            fs::read_dir(dir).unwrap().map(|e| e.unwrap().file_name().into_string().unwrap()).collect();
        v.sort();
        v
    }

    #[test]
    fn round_trip_and_manifest() {
        let tmp = tempfile::tempdir().unwrap();
        let out = tmp.path().join("generated");
        let files = vec![file("typescript/src/index.ts", "export {};\n"), file("python/pkg/__init__.py", "x = 1\n")];
        let r = write_output(&out, &files, &meta(), &["python", "typescript"]).unwrap();
        assert_eq!(r.written, ["python/pkg/__init__.py", "typescript/src/index.ts"]);
        assert!(r.manifest_written);
        assert_eq!(read(&out, "python/pkg/__init__.py"), "x = 1\n");
        let m: Manifest = serde_json::from_str(&read(&out, MANIFEST_FILE)).unwrap();
        assert_eq!(m.files.len(), 2);
        assert_eq!(m.files["python/pkg/__init__.py"], sha256_hex(b"x = 1\n"));
        assert_eq!(m.spec_sha256, "aa");
        let text = read(&out, MANIFEST_FILE);
        assert!(text.ends_with("}\n"));
        let keys: Vec<usize> = ["\"files\"", "\"generator_version\"", "\"spec_sha256\"", "\"templates_sha256\""]
            .iter()
            .map(|k| text.find(k).unwrap())
            .collect();
        assert!(keys.windows(2).all(|w| w[0] < w[1]), "sorted keys: {text}");
        assert_eq!(names(&out), [".sdkgen.json", "python", "typescript"], "no staging left");
        assert!(check_output(&out, &files, &meta(), &["python", "typescript"]).unwrap().is_empty());
    }

    #[test]
    fn second_write_touches_nothing() {
        let tmp = tempfile::tempdir().unwrap();
        let out = tmp.path();
        let files = vec![file("python/a.py", "a\n"), file("python/b.py", "b\n")];
        write_output(out, &files, &meta(), &["python"]).unwrap();
        let before = (mtime(out, "python/a.py"), mtime(out, MANIFEST_FILE));
        std::thread::sleep(std::time::Duration::from_millis(20));
        let r = write_output(out, &files, &meta(), &["python"]).unwrap();
        assert!(r.written.is_empty() && r.removed.is_empty() && !r.manifest_written, "{r:?}");
        assert_eq!(r.unchanged, 2);
        assert_eq!((mtime(out, "python/a.py"), mtime(out, MANIFEST_FILE)), before);
        // Only a changed file is rewritten.
        let files2 = vec![file("python/a.py", "a\n"), file("python/b.py", "B\n")];
        let r = write_output(out, &files2, &meta(), &["python"]).unwrap();
        assert_eq!(r.written, ["python/b.py"]);
        assert_eq!(mtime(out, "python/a.py"), before.0);
        assert_eq!(r.to_string(), "1 written, 1 unchanged");
    }

    #[test]
    fn stale_files_removed_and_dirs_pruned_foreign_files_kept() {
        let tmp = tempfile::tempdir().unwrap();
        let out = tmp.path();
        let v1 = vec![
            file("python/pkg/a.py", "a"),
            file("python/pkg/old/gone.py", "g"),
            file("python/pkg/shared/gone2.py", "g2"),
            file("rust/src/lib.rs", "r"),
        ];
        write_output(out, &v1, &meta(), &["python", "rust"]).unwrap();
        // The user's own files inside the generated tree.
        fs::create_dir_all(out.join("python/.venv/lib")).unwrap();
        fs::write(out.join("python/.venv/lib/site.py"), "user").unwrap();
        fs::write(out.join("python/pkg/shared/notes.txt"), "user").unwrap();
        fs::write(out.join("python/pkg/mine.py"), "user").unwrap();

        let v2 = vec![file("python/pkg/a.py", "a")];
        let drift = check_output(out, &v2, &meta(), &["python"]).unwrap();
        assert_eq!(
            drift,
            vec![
                Drift { path: MANIFEST_FILE.into(), kind: DriftKind::Changed },
                Drift { path: "python/pkg/old/gone.py".into(), kind: DriftKind::Stale },
                Drift { path: "python/pkg/shared/gone2.py".into(), kind: DriftKind::Stale },
            ]
        );
        let r = write_output(out, &v2, &meta(), &["python"]).unwrap();
        assert_eq!(r.removed, ["python/pkg/old/gone.py", "python/pkg/shared/gone2.py"]);
        assert!(!out.join("python/pkg/old").exists(), "empty dir pruned");
        assert!(out.join("python/pkg/shared/notes.txt").exists());
        assert_eq!(read(out, "python/.venv/lib/site.py"), "user");
        assert_eq!(read(out, "python/pkg/mine.py"), "user");
        // rust was not regenerated: its file and manifest entry stay.
        assert_eq!(read(out, "rust/src/lib.rs"), "r");
        let m: Manifest = serde_json::from_str(&read(out, MANIFEST_FILE)).unwrap();
        assert_eq!(m.files.keys().collect::<Vec<_>>(), ["python/pkg/a.py", "rust/src/lib.rs"]);
    }

    #[test]
    fn unsafe_paths_rejected_and_nothing_written() {
        let tmp = tempfile::tempdir().unwrap();
        let out = tmp.path().join("out");
        for bad in ["../escape.txt", "python/../../escape.txt", "/etc/passwd", "", ".sdkgen.json", "a\\b"] {
            let files = vec![file("python/ok.py", "ok"), file(bad, "x")];
            let err = write_output(&out, &files, &meta(), &["python"]).unwrap_err();
            assert!(matches!(err, WriteError::UnsafePath { .. }), "{bad}: {err}");
            assert!(check_output(&out, &files, &meta(), &["python"]).is_err());
        }
        assert!(!out.exists(), "nothing was written");
        assert!(!tmp.path().join("escape.txt").exists());
        let dup = vec![file("python/a.py", "1"), file("python/./a.py", "2")];
        assert!(matches!(write_output(&out, &dup, &meta(), &["python"]), Err(WriteError::Duplicate(_))));
        let clash = vec![file("python/a", "1"), file("python/a/b.py", "2")];
        assert!(matches!(write_output(&out, &clash, &meta(), &["python"]), Err(WriteError::Conflict { .. })));
    }

    #[test]
    fn hostile_manifest_cannot_delete_outside() {
        let tmp = tempfile::tempdir().unwrap();
        let out = tmp.path().join("out");
        fs::create_dir_all(&out).unwrap();
        fs::write(tmp.path().join("precious.txt"), "keep").unwrap();
        let mut m = Manifest::default();
        m.files.insert("python/../../precious.txt".into(), "00".into());
        m.files.insert("/abs".into(), "00".into());
        fs::write(out.join(MANIFEST_FILE), m.to_json()).unwrap();
        write_output(&out, &[file("python/a.py", "a")], &meta(), &["python"]).unwrap();
        assert_eq!(read(tmp.path(), "precious.txt"), "keep");
    }

    #[test]
    fn unreadable_manifest_removes_nothing() {
        let tmp = tempfile::tempdir().unwrap();
        let out = tmp.path();
        write_output(out, &[file("python/a.py", "a"), file("python/b.py", "b")], &meta(), &["python"]).unwrap();
        fs::write(out.join(MANIFEST_FILE), "{ not json").unwrap();
        let r = write_output(out, &[file("python/a.py", "a")], &meta(), &["python"]).unwrap();
        assert!(r.removed.is_empty());
        assert!(out.join("python/b.py").exists());
        assert_eq!(r.notes.len(), 1);
    }

    #[cfg(unix)]
    #[test]
    fn refuses_to_write_through_symlinks() {
        let tmp = tempfile::tempdir().unwrap();
        let out = tmp.path().join("out");
        let elsewhere = tmp.path().join("elsewhere");
        fs::create_dir_all(&out).unwrap();
        fs::create_dir_all(&elsewhere).unwrap();
        std::os::unix::fs::symlink(&elsewhere, out.join("python")).unwrap();
        let err = write_output(&out, &[file("python/a.py", "a")], &meta(), &["python"]).unwrap_err();
        assert!(matches!(err, WriteError::UnsafePath { .. }), "{err}");
        assert!(!elsewhere.join("a.py").exists());
    }

    #[test]
    fn user_directory_in_the_way_is_never_deleted() {
        let tmp = tempfile::tempdir().unwrap();
        let out = tmp.path();
        write_output(out, &[file("python/a.py", "a")], &meta(), &["python"]).unwrap();
        fs::create_dir_all(out.join("python/b.py")).unwrap();
        fs::write(out.join("python/b.py/user.txt"), "user").unwrap();
        let files = vec![file("python/a.py", "A"), file("python/b.py", "b")];
        let err = write_output(out, &files, &meta(), &["python"]).unwrap_err();
        assert!(matches!(err, WriteError::Conflict { .. }), "{err}");
        assert_eq!(read(out, "python/a.py"), "a", "nothing changed");
        assert_eq!(read(out, "python/b.py/user.txt"), "user");
        assert_eq!(names(out), [".sdkgen.json", "python"], "no staging left");
    }

    #[test]
    fn check_reports_drift() {
        let tmp = tempfile::tempdir().unwrap();
        let out = tmp.path();
        let files = vec![file("ts/a.ts", "a"), file("ts/b.ts", "b")];
        let d = check_output(out, &files, &meta(), &["ts"]).unwrap();
        assert_eq!(d.len(), 3);
        assert!(d.iter().all(|d| d.kind == DriftKind::Missing));
        write_output(out, &files, &meta(), &["ts"]).unwrap();
        fs::write(out.join("ts/a.ts"), "edited").unwrap();
        let d = check_output(out, &files, &meta(), &["ts"]).unwrap();
        assert_eq!(d, vec![Drift { path: "ts/a.ts".into(), kind: DriftKind::Changed }]);
        assert_eq!(d[0].to_string(), "ts/a.ts: differs");
        // Other metadata (e.g. a new spec) is manifest drift.
        let m2 = ManifestMeta { spec_sha256: "cc".into(), ..meta() };
        fs::write(out.join("ts/a.ts"), "a").unwrap();
        let d = check_output(out, &files, &m2, &["ts"]).unwrap();
        assert_eq!(d, vec![Drift { path: MANIFEST_FILE.into(), kind: DriftKind::Changed }]);
        assert_eq!(names(out), [".sdkgen.json", "ts"], "check wrote nothing");
    }
}
