//! Writing the generated files into the output directory: safely, keeping hand edits.
//!
//! Everything is rendered in memory first. [`write_run`] then, holding the directory's lock
//! (`lock.rs`):
//! 1. plans every file against what is on disk and what the manifest says sdkgen wrote there
//!    (`plan`): unchanged, missing or unedited files take the new output; a file edited by hand
//!    is merged three ways (`merge.rs`: base = what sdkgen generated last time, from the manifest
//!    and `.sdkgen/base/`, see `store.rs`; ours = the file; theirs = the new output); files listed
//!    in `.sdkgenignore` (`ignore.rs`) are skipped; files no longer generated are deleted unless
//!    edited (then kept, untracked);
//! 2. stages every file to write under `<out>/.sdkgen-staging-<pid>/`, flushed to disk;
//! 3. renames each into place (atomic per file: a file always has its old or its new contents);
//! 4. deletes stale files, pruning folders this leaves empty;
//! 5. writes the manifest `<out>/.sdkgen.json` last, by rename, then drops unused store entries.
//!
//! A run killed at any point leaves every file old or new and a manifest that is either the old
//! one (the next run sees files that match the new output and carries on) or the new one. It
//! never deletes or touches anything the manifest does not list (so `node_modules/`, `target/`,
//! `.venv/` inside `generated/<lang>/` are safe), never writes outside the output directory nor
//! through a symbolic link inside it, and leaves unchanged files alone (their mtimes too).
//! [`check_run`] computes the same plan and reports it; [`up_to_date`] is the no-op fast path.

mod ignore;
mod lock;
mod manifest;
mod merge;
mod store;

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;
use std::fs;
use std::io::{self, Write as _};
use std::path::{Path, PathBuf};

pub use ignore::IGNORE_FILE;
pub use lock::OutputLock;
pub use manifest::{
    manifest_key, sha256_hex, Manifest, ManifestMeta, LOCK_FILE, MANIFEST_FILE, STAGING_PREFIX, STORE_DIR,
};
pub use merge::{merge3, unresolved_conflicts, Merged, MARK_END, MARK_MID, MARK_START};

use manifest::{is_safe_key, key_group, key_path};

/// Alias of [`MANIFEST_FILE`].
pub const MANIFEST: &str = MANIFEST_FILE;

/// One output file; `path` is relative to the output directory. Its first component is the
/// language (`python/gatekeeper/__init__.py`), or `.sdkgen` for what sdkgen keeps beside the SDKs.
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
    #[error("{}:{line}: {message}", path.display())]
    Ignore { path: PathBuf, line: usize, message: String },
    #[error("another sdkgen run{} is writing to {}; wait for it to finish (lock: {}/{LOCK_FILE})",
        if holder.is_empty() { String::new() } else { format!(" (pid {holder})") }, out_dir.display(), out_dir.display())]
    Locked { out_dir: PathBuf, holder: String },
}

impl WriteError {
    fn io(op: &'static str, path: &Path, source: io::Error) -> Self {
        WriteError::Io { op, path: path.to_path_buf(), source }
    }
}

/// What a previous run was generated from, read back from the manifest and the store.
#[derive(Debug, Clone)]
pub struct PreviousInputs {
    /// The spec's file name (no directory).
    pub spec_name: String,
    pub spec: Vec<u8>,
    /// The resolved configuration, as [`ManifestMeta::config`].
    pub config: serde_json::Value,
    pub langs: Vec<String>,
}

/// Regenerates a previous run's output from its inputs (with this very generator and templates,
/// which the caller need not check: every file is verified against the manifest's hash).
pub type Regenerate<'a> = dyn Fn(&PreviousInputs) -> Option<Vec<GeneratedFile>> + Sync + 'a;

/// One run's output and what the writer needs to keep hand edits across runs.
#[derive(Clone, Copy)]
pub struct Run<'a> {
    pub files: &'a [GeneratedFile],
    pub meta: &'a ManifestMeta,
    /// The languages this run generates: stale files are looked for under them (and under the
    /// first folder of every file written).
    pub langs: &'a [&'a str],
    /// The spec, kept (compressed) in `.sdkgen/base/` so that a later run can regenerate this
    /// output as the base of a merge. `None` keeps no spec.
    pub spec: Option<Entry<'a>>,
    /// How to regenerate a previous run's output; `None`: bases come from the store only.
    pub regenerate: Option<&'a Regenerate<'a>>,
}

impl<'a> Run<'a> {
    pub fn new(files: &'a [GeneratedFile], meta: &'a ManifestMeta, langs: &'a [&'a str]) -> Run<'a> {
        Run { files, meta, langs, spec: None, regenerate: None }
    }
}

/// Contents for the store (`.sdkgen/base/`), as they are or already compressed by
/// [`compress_entry`]: a caller that has the spec early compresses it then (on an idle core,
/// before the big stages) and keeps 0.8 MB instead of GitHub's 13 MB to the end of the run.
#[derive(Clone, Copy, Debug)]
pub enum Entry<'a> {
    Bytes(&'a [u8]),
    Compressed(&'a [u8]),
}

/// Compresses contents for the store ([`Entry::Compressed`]).
pub fn compress_entry(bytes: &[u8]) -> Result<Vec<u8>, WriteError> {
    store::compress(bytes)
}

/// What happened (or, for `check`, would happen) to one file that is not simply up to date.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum FileStatus {
    /// Not on disk: created.
    Missing,
    /// Not edited, and the new output differs: replaced.
    Outdated,
    /// Generated before, not any more, not edited: deleted.
    Stale,
    /// Edited by hand; the new output is what the file was generated from: the edit stays as is.
    Edited,
    /// Edited by hand, and the new output differs: merged cleanly.
    Merged,
    /// Edited by hand; the merged file has conflict markers starting at these lines (1-based).
    Conflict(Vec<usize>),
    /// Edited by hand and no longer generated: kept, and no longer tracked by the manifest.
    Orphaned,
    /// Listed in `.sdkgenignore`: never written.
    Skipped,
}

impl FileStatus {
    /// Whether the directory is stale for this spec because of this file (a hand edit alone,
    /// or a skipped file, is not drift).
    pub fn is_drift(&self) -> bool {
        matches!(
            self,
            FileStatus::Missing | FileStatus::Outdated | FileStatus::Stale | FileStatus::Merged | FileStatus::Orphaned
        )
    }
}

/// One file's status; `path` is relative to the output directory.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct FileReport {
    pub path: String,
    pub status: FileStatus,
}

impl fmt::Display for FileReport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let p = &self.path;
        match &self.status {
            FileStatus::Missing => write!(f, "{p}: missing"),
            FileStatus::Outdated => write!(f, "{p}: differs from fresh output"),
            FileStatus::Stale => write!(f, "{p}: stale (no longer generated)"),
            FileStatus::Edited => write!(f, "{p}: edited by hand (kept; its generated version has not changed)"),
            FileStatus::Merged => write!(f, "{p}: edited by hand; the new output merges cleanly"),
            FileStatus::Conflict(lines) => {
                let lines: Vec<String> = lines.iter().map(|l| l.to_string()).collect();
                write!(f, "{p}:{}: edited by hand; merge conflict (line {})", lines[0], lines.join(", "))
            }
            FileStatus::Orphaned => write!(f, "{p}: edited by hand and no longer generated (kept, no longer tracked)"),
            FileStatus::Skipped => write!(f, "{p}: skipped ({IGNORE_FILE})"),
        }
    }
}

/// What [`write_run`] did. Lists hold relative paths, sorted.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct WriteReport {
    /// Files created or rewritten (merged files too).
    pub written: Vec<String>,
    /// Files whose contents were already right (not touched).
    pub unchanged: usize,
    /// Stale generated files deleted.
    pub removed: Vec<String>,
    /// Hand-edited, orphaned and skipped files, with what happened to them.
    pub files: Vec<FileReport>,
    pub manifest_written: bool,
    /// The no-op fast path decided: inputs and every file matched the manifest.
    pub up_to_date: bool,
    /// Things worth telling the user (e.g. an unreadable old manifest, a merge without a base).
    pub notes: Vec<String>,
}

impl WriteReport {
    /// Files written with conflict markers, with the lines where each conflict starts.
    pub fn conflicts(&self) -> impl Iterator<Item = (&str, &[usize])> {
        self.files.iter().filter_map(|f| match &f.status {
            FileStatus::Conflict(lines) => Some((f.path.as_str(), lines.as_slice())),
            _ => None,
        })
    }

    pub fn has_conflicts(&self) -> bool {
        self.conflicts().next().is_some()
    }

    fn count(&self, status: fn(&FileStatus) -> bool) -> usize {
        self.files.iter().filter(|f| status(&f.status)).count()
    }
}

impl fmt::Display for WriteReport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.up_to_date {
            return write!(f, "up to date ({} files)", self.unchanged);
        }
        write!(f, "{} written, {} unchanged", self.written.len(), self.unchanged)?;
        if !self.removed.is_empty() {
            write!(f, ", {} stale removed", self.removed.len())?;
        }
        let counts = [
            (self.count(|s| matches!(s, FileStatus::Edited | FileStatus::Merged)), "hand-edited kept"),
            (self.count(|s| matches!(s, FileStatus::Merged)), "merged"),
            (self.count(|s| matches!(s, FileStatus::Conflict(_))), "with conflicts"),
            (self.count(|s| matches!(s, FileStatus::Orphaned)), "edited and no longer generated (kept)"),
            (self.count(|s| matches!(s, FileStatus::Skipped)), "skipped by .sdkgenignore"),
        ];
        for (n, what) in counts {
            if n > 0 {
                write!(f, ", {n} {what}")?;
            }
        }
        for n in &self.notes {
            write!(f, "; {n}")?;
        }
        Ok(())
    }
}

/// What [`check_run`] found. `files` lists every file that is not simply up to date, sorted by
/// path; the manifest and store entries appear as `.sdkgen.json` and `.sdkgen/base/<sha>.zst`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CheckReport {
    pub files: Vec<FileReport>,
    pub unchanged: usize,
    pub up_to_date: bool,
    pub notes: Vec<String>,
}

impl CheckReport {
    /// Differences between the directory and fresh output (what `check` exits 1 for, with conflicts).
    pub fn drift(&self) -> impl Iterator<Item = &FileReport> {
        self.files.iter().filter(|f| f.status.is_drift())
    }

    /// Edited files whose merge with the new output would conflict (or that still hold markers).
    pub fn conflicts(&self) -> impl Iterator<Item = &FileReport> {
        self.files.iter().filter(|f| matches!(f.status, FileStatus::Conflict(_)))
    }

    /// No drift and no conflict: `check` exits 0.
    pub fn is_clean(&self) -> bool {
        self.drift().next().is_none() && self.conflicts().next().is_none()
    }
}

/// Writes `files` into `out_dir` (see the module docs), without keeping the spec for later
/// merges. `langs` are the languages regenerated by this run.
pub fn write_output(
    out_dir: &Path,
    files: &[GeneratedFile],
    meta: &ManifestMeta,
    langs: &[&str],
) -> Result<WriteReport, WriteError> {
    write_run(out_dir, &Run::new(files, meta, langs))
}

/// Compares `out_dir` with fresh output; writes nothing.
pub fn check_output(
    out_dir: &Path,
    files: &[GeneratedFile],
    meta: &ManifestMeta,
    langs: &[&str],
) -> Result<CheckReport, WriteError> {
    check_run(out_dir, &Run::new(files, meta, langs))
}

// ---------------------------------------------------------------------------------------------
// The no-op fast path

/// Whether a run with these inputs would change nothing: the manifest records the same inputs
/// (`meta`, every language of `langs`, the same `.sdkgenignore`), no run was interrupted here, and
/// every file the manifest lists is on disk with its recorded hash. Reads and hashes the files,
/// nothing else; any doubt answers `false` (then the caller takes the full path).
pub fn up_to_date(out_dir: &Path, meta: &ManifestMeta, langs: &[&str]) -> Result<bool, WriteError> {
    let Some(m) = Manifest::read(out_dir)? else { return Ok(false) };
    if !m.meta().same_inputs(meta) || !langs.iter().all(|l| m.languages.contains(*l)) || !m.edited.is_empty() {
        return Ok(false);
    }
    if ignore::Ignore::read(out_dir)?.sha256 != m.ignore_sha256 {
        return Ok(false);
    }
    // Leftovers of an interrupted run (a staging folder, the lock): the full path cleans them up.
    let entries = fs::read_dir(out_dir).map_err(|e| WriteError::io("cannot list", out_dir, e))?;
    for e in entries.flatten() {
        let name = e.file_name();
        let name = name.to_string_lossy();
        if name.starts_with(STAGING_PREFIX) || name == LOCK_FILE {
            return Ok(false);
        }
    }
    // The store holds the spec (when the run stores it: `meta.spec` names it) and nothing else.
    let store = store::list(out_dir)?;
    let spec_stored = store.contains(&m.spec_sha256);
    if store.len() > usize::from(spec_stored) || (!meta.spec.is_empty() && !spec_stored) {
        return Ok(false);
    }
    use rayon::prelude::*;
    Ok(m.files.par_iter().all(|(key, hash)| {
        is_safe_key(key)
            && fs::symlink_metadata(key_path(out_dir, key)).is_ok_and(|md| md.is_file())
            && fs::read(key_path(out_dir, key)).is_ok_and(|bytes| sha256_hex(&bytes) == *hash)
    }))
}

// ---------------------------------------------------------------------------------------------
// Planning

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Disk {
    Missing,
    Same,
    Differs,
}

/// One generated file, planned.
struct Planned<'a> {
    key: String,
    file: &'a GeneratedFile,
    hash: String,
    /// None: up to date.
    status: Option<FileStatus>,
    /// What to write when it differs from the disk: the new output (borrowed, not copied) or the
    /// merge.
    write: Option<std::borrow::Cow<'a, [u8]>>,
    /// Whether the file on disk will differ from the generated version (its base is stored).
    edited: bool,
}

struct Plan<'a> {
    files: Vec<Planned<'a>>,
    /// Previously generated, not produced now, unedited: deleted.
    stale: Vec<String>,
    /// Previously generated, not produced now, edited: kept.
    orphaned: Vec<String>,
    manifest_text: String,
    manifest_disk: Disk,
    /// The manifest differs in more than the bookkeeping of hand edits (`edited`).
    manifest_drift: bool,
    /// Store entries to add (hash, contents: borrowed, not copied) and to remove.
    store_add: Vec<(String, Entry<'a>)>,
    store_remove: Vec<String>,
    notes: Vec<String>,
}

fn disk_state(path: &Path, contents: &[u8]) -> Result<(Disk, Option<Vec<u8>>), WriteError> {
    match fs::symlink_metadata(path) {
        Err(e) if e.kind() == io::ErrorKind::NotFound => Ok((Disk::Missing, None)),
        Err(e) => Err(WriteError::io("cannot inspect", path, e)),
        Ok(m) if m.is_file() => match fs::read(path) {
            Ok(old) if old == contents => Ok((Disk::Same, None)),
            Ok(old) => Ok((Disk::Differs, Some(old))),
            Err(e) => Err(WriteError::io("cannot read", path, e)),
        },
        // A directory or a link in the way: `check_targets` refuses it.
        Ok(_) => Ok((Disk::Differs, None)),
    }
}

fn keyed_files(files: &[GeneratedFile]) -> Result<Vec<(String, &GeneratedFile)>, WriteError> {
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
    Ok(keyed)
}

/// Finds the base of each edited file whose generated version changed: the store first, else the
/// previous output regenerated from the stored spec (same generator and templates only). Every
/// candidate must have the hash the manifest recorded.
fn resolve_bases(
    out_dir: &Path,
    run: &Run<'_>,
    old: Option<&Manifest>,
    wanted: &[(String, String)],
) -> (BTreeMap<String, Vec<u8>>, Vec<String>) {
    let mut bases = BTreeMap::new();
    let mut missing = Vec::new();
    for (key, hash) in wanted {
        match store::get(out_dir, hash) {
            Some(b) => {
                bases.insert(key.clone(), b);
            }
            None => missing.push((key.clone(), hash.clone())),
        }
    }
    let mut notes = Vec::new();
    if missing.is_empty() {
        return (bases, notes);
    }
    let regenerated = match (old, run.regenerate) {
        (Some(old), Some(regenerate))
            if old.generator_version == run.meta.generator_version
                && old.generator_sha256 == run.meta.generator_sha256
                && old.templates_sha256 == run.meta.templates_sha256 =>
        {
            let needed: BTreeSet<&str> = missing.iter().map(|(k, _)| key_group(k)).collect();
            let mut langs: Vec<String> =
                old.languages.iter().filter(|l| needed.contains(l.as_str())).cloned().collect();
            if langs.is_empty() {
                langs = old.languages.iter().cloned().collect();
            }
            store::get(out_dir, &old.spec_sha256).and_then(|spec| {
                regenerate(&PreviousInputs { spec_name: old.spec.clone(), spec, config: old.config.clone(), langs })
            })
        }
        _ => None,
    };
    let previous: BTreeMap<String, Vec<u8>> = regenerated
        .unwrap_or_default()
        .into_iter()
        .filter_map(|f| Some((manifest_key(&f.path).ok()?, f.contents)))
        .collect();
    for (key, hash) in missing {
        match previous.get(&key).filter(|b| sha256_hex(b) == hash) {
            Some(b) => {
                bases.insert(key, b.clone());
            }
            None => notes.push(format!(
                "{key}: what it was generated from is not known (the generator or templates changed since); \
                 both versions are kept with conflict markers"
            )),
        }
    }
    (bases, notes)
}

fn make_plan<'a>(out_dir: &Path, run: &Run<'a>) -> Result<Plan<'a>, WriteError> {
    let keyed = keyed_files(run.files)?;
    let new_keys: BTreeSet<String> = keyed.iter().map(|(k, _)| k.clone()).collect();
    let mut regenerated: BTreeSet<String> = run.langs.iter().map(|l| l.to_string()).collect();
    for (key, _) in &keyed {
        regenerated.insert(key_group(key).to_owned());
    }

    let mut notes = Vec::new();
    let old = Manifest::read(out_dir)?;
    if old.is_none() && out_dir.join(MANIFEST_FILE).exists() {
        notes.push(format!(
            "{} could not be parsed; no stale files were removed",
            out_dir.join(MANIFEST_FILE).display()
        ));
    }
    let recorded = |key: &str| old.as_ref().and_then(|m| m.files.get(key));
    let ignore = ignore::Ignore::read(out_dir)?;

    // Comparing with what is on disk and hashing are per file: done in parallel (order kept).
    use rayon::prelude::*;
    struct Seen<'a> {
        key: String,
        file: &'a GeneratedFile,
        hash: String,
        ignored: bool,
        disk: Disk,
        /// For an edited file: its contents on disk.
        edited: Option<Vec<u8>>,
    }
    let seen: Vec<Seen<'a>> = keyed
        .into_par_iter()
        .map(|(key, file)| {
            let hash = sha256_hex(&file.contents);
            if ignore.is_ignored(&key) {
                return Ok(Seen { key, file, hash, ignored: true, disk: Disk::Same, edited: None });
            }
            let (disk, bytes) = disk_state(&key_path(out_dir, &key), &file.contents)?;
            // Differs and matches the recorded hash: sdkgen's own older output, not an edit. What
            // sdkgen keeps beside the SDKs (`.sdkgen/api.json`) is its own record: never merged.
            let edited = bytes
                .filter(|b| recorded(&key).is_none_or(|h| sha256_hex(b) != *h))
                .filter(|_| key_group(&key) != ".sdkgen");
            Ok(Seen { key, file, hash, ignored: false, disk, edited })
        })
        .collect::<Result<_, WriteError>>()?;

    // Bases for the edited files whose generated version changed.
    let wanted: Vec<(String, String)> = seen
        .iter()
        .filter(|s| s.edited.is_some())
        .filter_map(|s| recorded(&s.key).filter(|h| **h != s.hash).map(|h| (s.key.clone(), h.clone())))
        .collect();
    let (bases, base_notes) = resolve_bases(out_dir, run, old.as_ref(), &wanted);
    notes.extend(base_notes);

    let files: Vec<Planned<'a>> = seen
        .into_par_iter()
        .map(|s| {
            let mut p = Planned { key: s.key, file: s.file, hash: s.hash, status: None, write: None, edited: false };
            if s.ignored {
                p.status = Some(FileStatus::Skipped);
                return p;
            }
            match (s.disk, s.edited) {
                (Disk::Same, _) => {}
                (Disk::Missing, _) => {
                    p.status = Some(FileStatus::Missing);
                    p.write = Some(std::borrow::Cow::Borrowed(p.file.contents.as_slice()));
                }
                (Disk::Differs, None) => {
                    p.status = Some(FileStatus::Outdated);
                    p.write = Some(std::borrow::Cow::Borrowed(p.file.contents.as_slice()));
                }
                (Disk::Differs, Some(ours)) => {
                    let unchanged_output = recorded(&p.key) == Some(&p.hash);
                    let base = if unchanged_output {
                        Some(p.file.contents.as_slice())
                    } else {
                        bases.get(&p.key).map(Vec::as_slice)
                    };
                    let merged = merge3(base, &ours, &p.file.contents);
                    p.status = Some(if !merged.conflicts.is_empty() {
                        FileStatus::Conflict(merged.conflicts)
                    } else if unchanged_output {
                        FileStatus::Edited
                    } else {
                        FileStatus::Merged
                    });
                    p.edited = merged.contents != p.file.contents;
                    if merged.contents != ours {
                        p.write = Some(std::borrow::Cow::Owned(merged.contents));
                    }
                }
            }
            p
        })
        .collect();

    // Files generated before and not now, in the groups this run regenerates.
    let mut stale = Vec::new();
    let mut orphaned = Vec::new();
    if let Some(old) = &old {
        for (key, hash) in &old.files {
            if !regenerated.contains(key_group(key)) || new_keys.contains(key) || !is_safe_key(key) {
                continue;
            }
            if ignore.is_ignored(key) {
                continue;
            }
            let p = key_path(out_dir, key);
            if !fs::symlink_metadata(&p).is_ok_and(|m| m.is_file()) {
                continue;
            }
            match fs::read(&p) {
                Ok(bytes) if sha256_hex(&bytes) == *hash => stale.push(key.clone()),
                Ok(_) => orphaned.push(key.clone()),
                Err(e) => return Err(WriteError::io("cannot read", &p, e)),
            }
        }
    }

    // The new manifest: this run's files, and the entries of the groups it did not regenerate.
    let mut manifest = Manifest::default();
    manifest.set_meta(run.meta);
    manifest.ignore_sha256 = ignore.sha256.clone();
    if let Some(old) = &old {
        for (key, hash) in &old.files {
            if !regenerated.contains(key_group(key)) {
                manifest.files.insert(key.clone(), hash.clone());
                if old.edited.contains(key) {
                    manifest.edited.insert(key.clone());
                }
            }
        }
        for key in &old.ignored {
            if !regenerated.contains(key_group(key)) {
                manifest.ignored.insert(key.clone());
            }
        }
        if old.meta() == *run.meta {
            manifest.languages.clone_from(&old.languages);
        }
    }
    manifest.languages.extend(run.langs.iter().map(|l| l.to_string()));
    for p in &files {
        if p.status == Some(FileStatus::Skipped) {
            manifest.ignored.insert(p.key.clone());
            continue;
        }
        manifest.files.insert(p.key.clone(), p.hash.clone());
        if p.edited {
            manifest.edited.insert(p.key.clone());
        }
    }
    let manifest_text = manifest.to_json();
    let manifest_disk = disk_state(&out_dir.join(MANIFEST_FILE), manifest_text.as_bytes())?.0;
    let without_edits = |m: &Manifest| Manifest { edited: BTreeSet::new(), ..m.clone() };
    let manifest_drift = old.as_ref().is_none_or(|old| without_edits(old) != without_edits(&manifest));

    // The store: the spec, and the generated version of every edited file.
    let mut live: BTreeMap<String, Option<Entry<'a>>> = BTreeMap::new();
    if let Some(spec) = run.spec {
        live.insert(run.meta.spec_sha256.clone(), Some(spec));
    }
    let by_key: BTreeMap<&str, &Planned<'_>> = files.iter().map(|p| (p.key.as_str(), p)).collect();
    for key in &manifest.edited {
        match by_key.get(key.as_str()) {
            Some(p) => {
                live.insert(p.hash.clone(), Some(Entry::Bytes(&p.file.contents)));
            }
            // An edited file of a group not regenerated now: its entry stays as it is.
            None => {
                live.entry(manifest.files[key].clone()).or_insert(None);
            }
        }
    }
    let present = store::list(out_dir)?;
    let store_remove = present.iter().filter(|h| !live.contains_key(*h)).cloned().collect();
    let store_add = live
        .into_iter()
        .filter_map(|(hash, bytes)| Some((hash, bytes?)))
        .filter(|(hash, _)| !(present.contains(hash) && store::has(out_dir, hash)))
        .collect();

    Ok(Plan { files, stale, orphaned, manifest_text, manifest_disk, manifest_drift, store_add, store_remove, notes })
}

/// Compares the output directory with fresh output; writes nothing.
pub fn check_run(out_dir: &Path, run: &Run<'_>) -> Result<CheckReport, WriteError> {
    let plan = make_plan(out_dir, run)?;
    let mut report = CheckReport { notes: plan.notes, ..Default::default() };
    for p in plan.files {
        match p.status {
            Some(status) => report.files.push(FileReport { path: p.key, status }),
            None => report.unchanged += 1,
        }
    }
    for key in plan.stale {
        report.files.push(FileReport { path: key, status: FileStatus::Stale });
    }
    for key in plan.orphaned {
        report.files.push(FileReport { path: key, status: FileStatus::Orphaned });
    }
    // Keeping the base of a hand-edited file is bookkeeping, not drift: only the manifest's other
    // contents and the stored spec count.
    match plan.manifest_disk {
        Disk::Missing => report.files.push(FileReport { path: MANIFEST_FILE.into(), status: FileStatus::Missing }),
        Disk::Differs if plan.manifest_drift => {
            report.files.push(FileReport { path: MANIFEST_FILE.into(), status: FileStatus::Outdated })
        }
        _ => {}
    }
    if let Some((hash, _)) = plan.store_add.iter().find(|(hash, _)| run.spec.is_some() && *hash == run.meta.spec_sha256)
    {
        report.files.push(FileReport { path: format!("{STORE_DIR}/{hash}.zst"), status: FileStatus::Missing });
    }
    report.files.sort();
    Ok(report)
}

// ---------------------------------------------------------------------------------------------
// Writing

/// Refuses targets whose directories inside `out_dir` are symbolic links or files, and targets
/// that are directories (never deleted to make room).
fn check_targets(out_dir: &Path, plan: &Plan<'_>) -> Result<(), WriteError> {
    let mut checked_dirs = BTreeSet::new();
    for p in plan.files.iter().filter(|p| p.write.is_some()) {
        let key = &p.key;
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
        match fs::symlink_metadata(key_path(out_dir, key)) {
            Ok(m) if m.is_dir() => {
                return Err(WriteError::Conflict { path: key.clone(), reason: "a directory exists there".to_owned() })
            }
            Ok(m) if m.file_type().is_symlink() => {
                return Err(WriteError::UnsafePath { path: key.clone(), reason: "it is a symbolic link".to_owned() })
            }
            _ => {}
        }
    }
    Ok(())
}

/// Writes `bytes` to a new file at `path` (flushed to the disk later, all staged files at once:
/// [`flush_staged`]).
fn write_new(path: &Path, bytes: &[u8]) -> Result<(), WriteError> {
    let mut f = fs::File::create(path).map_err(|e| WriteError::io("cannot write", path, e))?;
    f.write_all(bytes).map_err(|e| WriteError::io("cannot write", path, e))
}

/// Flushes the staged files (and, after the renames, the directory entries) of the file system
/// that holds `dir` to the disk: one `syncfs` on Linux, one write-back of everything at once
/// instead of a wait per file; elsewhere an `fsync` of each of `files` (in parallel) and of `dir`.
fn flush_staged(dir: &Path, files: &[&Path]) -> Result<(), WriteError> {
    #[cfg(target_os = "linux")]
    {
        use std::os::fd::AsRawFd;
        let _ = files;
        let d = fs::File::open(dir).map_err(|e| WriteError::io("cannot open", dir, e))?;
        // SAFETY: `syncfs` only reads the descriptor, which `d` keeps open.
        if unsafe { libc::syncfs(d.as_raw_fd()) } != 0 {
            return Err(WriteError::io("cannot flush to the disk", dir, io::Error::last_os_error()));
        }
        Ok(())
    }
    #[cfg(not(target_os = "linux"))]
    {
        use rayon::prelude::*;
        files.par_iter().try_for_each(|p| {
            fs::File::open(p).and_then(|f| f.sync_all()).map_err(|e| WriteError::io("cannot flush to the disk", p, e))
        })?;
        sync_dir(dir);
        Ok(())
    }
}

/// Flushes a directory's entries (renames, deletions) to the disk, where the OS allows it.
fn sync_dir(dir: &Path) {
    #[cfg(unix)]
    if let Ok(d) = fs::File::open(dir) {
        let _ = d.sync_all();
    }
    #[cfg(not(unix))]
    let _ = dir;
}

/// Removes what interrupted runs left: staging folders (the lock is held, so none is in use).
fn remove_leftovers(out_dir: &Path) -> Result<(), WriteError> {
    let entries = match fs::read_dir(out_dir) {
        Ok(e) => e,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(()),
        Err(e) => return Err(WriteError::io("cannot list", out_dir, e)),
    };
    for e in entries.flatten() {
        if e.file_name().to_string_lossy().starts_with(STAGING_PREFIX) {
            let p = e.path();
            fs::remove_dir_all(&p).map_err(|err| WriteError::io("cannot remove", &p, err))?;
        }
    }
    Ok(())
}

/// Writes a run into `out_dir` (see the module docs), holding the directory's lock.
pub fn write_run(out_dir: &Path, run: &Run<'_>) -> Result<WriteReport, WriteError> {
    // Validate the paths before creating anything.
    keyed_files(run.files)?;
    let _lock = OutputLock::acquire(out_dir)?;
    remove_leftovers(out_dir)?;
    let plan = make_plan(out_dir, run)?;
    let mut report = WriteReport { notes: plan.notes.clone(), ..Default::default() };
    for p in &plan.files {
        match &p.status {
            None => report.unchanged += 1,
            Some(FileStatus::Missing | FileStatus::Outdated) => {}
            Some(s) => report.files.push(FileReport { path: p.key.clone(), status: s.clone() }),
        }
    }
    for key in &plan.orphaned {
        report.files.push(FileReport { path: key.clone(), status: FileStatus::Orphaned });
    }
    report.files.sort();
    let to_write: Vec<&Planned<'_>> = plan.files.iter().filter(|p| p.write.is_some()).collect();
    let manifest_changed = plan.manifest_disk != Disk::Same;
    if to_write.is_empty()
        && plan.stale.is_empty()
        && !manifest_changed
        && plan.store_add.is_empty()
        && plan.store_remove.is_empty()
    {
        return Ok(report);
    }
    check_targets(out_dir, &plan)?;

    let staging = out_dir.join(format!("{STAGING_PREFIX}{}", std::process::id()));
    fs::create_dir(&staging).map_err(|e| WriteError::io("cannot create directory", &staging, e))?;
    let cleanup = |err: WriteError| -> WriteError {
        let _ = fs::remove_dir_all(&staging);
        err
    };

    // 1. Stage the files, then flush them all to the disk at once. Files are staged in parallel,
    //    in chunks of their own subfolders: creating them in parallel in one folder made the
    //    threads contend on its lock (GitHub's description: 165 ms of system time, against 45 ms
    //    one after another). Interruption (Ctrl-C, SIGKILL, a crash of sdkgen) needs no flush:
    //    the renames below are atomic whatever the process does. The flush is for power loss or
    //    an OS crash: without it the renamed entries could reach the disk before the contents,
    //    and the manifest could then describe empty files.
    // The store entries (zstd: CPU-bound) are compressed while the files are written (I/O-bound).
    use rayon::prelude::*;
    const FILES_PER_STAGING_FOLDER: usize = 32;
    let stage_files = || {
        let chunks = to_write
            .par_chunks(FILES_PER_STAGING_FOLDER)
            .enumerate()
            .map(|(c, chunk)| {
                let folder = staging.join(c.to_string());
                fs::create_dir(&folder).map_err(|e| WriteError::io("cannot create directory", &folder, e))?;
                chunk
                    .iter()
                    .enumerate()
                    .map(|(i, p)| {
                        let tmp = folder.join(i.to_string());
                        write_new(&tmp, p.write.as_deref().unwrap_or_default())?;
                        let target = key_path(out_dir, &p.key);
                        // Keep the permissions of a file being replaced (e.g. executables).
                        if let Ok(m) = fs::symlink_metadata(&target) {
                            if m.is_file() {
                                let _ = fs::set_permissions(&tmp, m.permissions());
                            }
                        }
                        Ok((tmp, target, p.key.as_str()))
                    })
                    .collect::<Result<Vec<_>, WriteError>>()
            })
            .collect::<Result<Vec<_>, WriteError>>()?;
        Ok::<_, WriteError>(chunks.into_iter().flatten().collect::<Vec<_>>())
    };
    let stage_store = || {
        plan.store_add
            .par_iter()
            .map(|(hash, bytes)| {
                let tmp = staging.join(format!("{hash}.zst"));
                match bytes {
                    Entry::Bytes(b) => write_new(&tmp, &store::compress(b)?)?,
                    Entry::Compressed(z) => write_new(&tmp, z)?,
                }
                Ok((tmp, store::entry_path(out_dir, hash)))
            })
            .collect::<Result<Vec<_>, WriteError>>()
    };
    let (staged_store, staged) = rayon::join(stage_store, stage_files);
    let staged = staged.map_err(cleanup)?;
    let staged_store = staged_store.map_err(cleanup)?;
    let staged_manifest = staging.join("manifest");
    if manifest_changed {
        write_new(&staged_manifest, plan.manifest_text.as_bytes()).map_err(cleanup)?;
    }
    let staged_paths: Vec<&Path> = staged
        .iter()
        .map(|(tmp, _, _)| tmp.as_path())
        .chain(staged_store.iter().map(|(tmp, _)| tmp.as_path()))
        .chain(manifest_changed.then_some(staged_manifest.as_path()))
        .collect();
    flush_staged(&staging, &staged_paths).map_err(cleanup)?;

    // 2. Move into place: the store entries first (the old manifest never refers to them).
    let mut touched_dirs = BTreeSet::new();
    let moves = staged_store.iter().map(|(t, p)| (t, p, None)).chain(staged.iter().map(|(t, p, k)| (t, p, Some(*k))));
    for (tmp, target, key) in moves {
        if let Some(parent) = target.parent() {
            fs::create_dir_all(parent).map_err(|e| cleanup(WriteError::io("cannot create directory", parent, e)))?;
            touched_dirs.insert(parent.to_path_buf());
        }
        fs::rename(tmp, target).map_err(|e| cleanup(WriteError::io("cannot replace", target, e)))?;
        if let Some(key) = key {
            report.written.push(key.to_owned());
        }
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
                if d != out_dir {
                    touched_dirs.insert(d.to_path_buf());
                }
                break;
            }
            dir = d.parent();
        }
    }
    // Every rename and deletion reaches the disk before the manifest that describes them.
    if cfg!(target_os = "linux") {
        flush_staged(out_dir, &[]).map_err(cleanup)?;
    } else {
        for d in &touched_dirs {
            sync_dir(d);
        }
    }

    // 4. The manifest.
    if manifest_changed {
        let target = out_dir.join(MANIFEST_FILE);
        fs::rename(&staged_manifest, &target).map_err(|e| cleanup(WriteError::io("cannot replace", &target, e)))?;
        report.manifest_written = true;
    }
    sync_dir(out_dir);

    // 5. Store entries the new manifest no longer needs.
    for hash in &plan.store_remove {
        let _ = fs::remove_file(store::entry_path(out_dir, hash));
    }
    if plan.store_remove.len() > plan.store_add.len() {
        // The store may now be empty: remove the folders (only if empty).
        let d = store::dir(out_dir);
        if fs::remove_dir(&d).is_ok() {
            if let Some(parent) = d.parent() {
                let _ = fs::remove_dir(parent);
            }
        }
    }
    fs::remove_dir_all(&staging).map_err(|e| WriteError::io("cannot remove", &staging, e))?;
    Ok(report)
}

#[cfg(test)]
mod tests;
