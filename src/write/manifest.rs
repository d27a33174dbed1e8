//! `<out>/.sdkgen.json`: what sdkgen generated in an output directory, and from which inputs.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::io;
use std::path::{Component, Path, PathBuf};

use serde::{Deserialize, Serialize};

use super::WriteError;

/// The manifest's file name inside the output directory.
pub const MANIFEST_FILE: &str = ".sdkgen.json";
/// The lock file held while a run writes (see `lock.rs`).
pub const LOCK_FILE: &str = ".sdkgen.lock";
/// Prefix of the staging directories (`.sdkgen-staging-<pid>`).
pub const STAGING_PREFIX: &str = ".sdkgen-staging-";
/// Where the merge bases are kept (see `store.rs`), relative to the output directory.
pub const STORE_DIR: &str = ".sdkgen/base";

/// The inputs a run was generated from: equal inputs give equal output, so when they match the
/// manifest and every file matches its hash there is nothing to do (the no-op fast path).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct ManifestMeta {
    /// The package version of sdkgen.
    pub generator_version: String,
    /// SHA-256 of the sources sdkgen was built from (a development build changes it without a
    /// new version).
    pub generator_sha256: String,
    /// SHA-256 of the spec file's bytes.
    pub spec_sha256: String,
    /// The spec's file name (no directory), for regenerating a merge base from the stored copy;
    /// set when the run stores the spec ([`super::Run::spec`]).
    pub spec: String,
    /// The resolved configuration (`sdkgen.toml` merged with the command-line overrides).
    pub config: serde_json::Value,
    /// Fingerprint of every template that could be used (the embedded ones and the files of the
    /// override folder), known before rendering: what the no-op fast path compares.
    pub template_inputs_sha256: String,
    /// Fingerprint of the templates the run actually used (`TemplateSource::fingerprint`), known
    /// after rendering: an override that changes what is generated shows as drift.
    pub templates_sha256: String,
}

impl ManifestMeta {
    /// Whether `self` and `other` record the same inputs, ignoring the used-templates fingerprint
    /// (unknown before rendering; `template_inputs_sha256` stands for it).
    pub fn same_inputs(&self, other: &ManifestMeta) -> bool {
        ManifestMeta { templates_sha256: String::new(), ..self.clone() }
            == ManifestMeta { templates_sha256: String::new(), ..other.clone() }
    }
}

/// `<out>/.sdkgen.json`. Keys are sorted (fields are declared in alphabetical order, maps are
/// BTreeMaps, lists are sorted), so the same run gives the same bytes.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Manifest {
    pub config: serde_json::Value,
    /// Files that were hand-edited when they were last generated: their generated version is kept
    /// in `.sdkgen/base/` as the base of the next merge.
    #[serde(skip_serializing_if = "BTreeSet::is_empty")]
    pub edited: BTreeSet<String>,
    /// Relative path (with `/`) → SHA-256 of what sdkgen generated there, hex.
    pub files: BTreeMap<String, String>,
    pub generator_sha256: String,
    pub generator_version: String,
    /// SHA-256 of `.sdkgenignore` when there is one.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub ignore_sha256: String,
    /// Generated files not written because `.sdkgenignore` lists them.
    #[serde(skip_serializing_if = "BTreeSet::is_empty")]
    pub ignored: BTreeSet<String>,
    /// The languages whose files were generated from exactly these inputs.
    pub languages: BTreeSet<String>,
    pub spec: String,
    pub spec_sha256: String,
    pub template_inputs_sha256: String,
    pub templates_sha256: String,
}

impl Manifest {
    /// Pretty JSON with a trailing newline.
    pub fn to_json(&self) -> String {
        let mut s = serde_json::to_string_pretty(self).unwrap_or_default();
        s.push('\n');
        s
    }

    /// The inputs recorded by this manifest.
    pub fn meta(&self) -> ManifestMeta {
        ManifestMeta {
            generator_version: self.generator_version.clone(),
            generator_sha256: self.generator_sha256.clone(),
            spec_sha256: self.spec_sha256.clone(),
            spec: self.spec.clone(),
            config: self.config.clone(),
            template_inputs_sha256: self.template_inputs_sha256.clone(),
            templates_sha256: self.templates_sha256.clone(),
        }
    }

    /// The files `.sdkgenignore` kept from being written, as reports.
    pub fn skipped(&self) -> Vec<super::FileReport> {
        let skipped = |k: &String| super::FileReport { path: k.clone(), status: super::FileStatus::Skipped };
        self.ignored.iter().map(skipped).collect()
    }

    pub(crate) fn set_meta(&mut self, meta: &ManifestMeta) {
        self.generator_version = meta.generator_version.clone();
        self.generator_sha256 = meta.generator_sha256.clone();
        self.spec_sha256 = meta.spec_sha256.clone();
        self.spec = meta.spec.clone();
        self.config = meta.config.clone();
        self.template_inputs_sha256 = meta.template_inputs_sha256.clone();
        self.templates_sha256 = meta.templates_sha256.clone();
    }

    /// Reads `<out>/.sdkgen.json`: `Ok(None)` if there is none or it cannot be parsed (then
    /// nothing is considered previously generated).
    pub fn read(out_dir: &Path) -> Result<Option<Manifest>, WriteError> {
        let path = out_dir.join(MANIFEST_FILE);
        match fs::read(&path) {
            Ok(bytes) => Ok(serde_json::from_slice(&bytes).ok()),
            Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(None),
            Err(e) => Err(WriteError::io("cannot read", &path, e)),
        }
    }
}

/// SHA-256 of `bytes`, lowercase hex.
pub fn sha256_hex(bytes: &[u8]) -> String {
    use sha2::{Digest, Sha256};
    format!("{:x}", Sha256::digest(bytes))
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
    let key = parts.join("/");
    let reserved = [MANIFEST_FILE, LOCK_FILE, super::ignore::IGNORE_FILE];
    match parts.first() {
        None => return Err(unsafe_path("the path is empty")),
        Some(&first) if reserved.contains(&first) || first.starts_with(STAGING_PREFIX) => {
            return Err(unsafe_path("the name is reserved for sdkgen's own files"))
        }
        _ if key == STORE_DIR || key.starts_with(&format!("{STORE_DIR}/")) => {
            return Err(unsafe_path("the name is reserved for sdkgen's own files"))
        }
        _ => {}
    }
    Ok(key)
}

/// A key as read from a manifest, if it is one sdkgen could have written.
pub(crate) fn is_safe_key(key: &str) -> bool {
    manifest_key(Path::new(key)).is_ok_and(|k| k == key)
}

/// What a key belongs to: its language folder (`python`), `.sdkgen` for the files sdkgen keeps
/// beside the SDKs (`.sdkgen/api.json`), or "" for a file at the root of the output. A run
/// regenerates a group when it is one of its languages or when it produces a file in it.
pub(crate) fn key_group(key: &str) -> &str {
    match key.split_once('/') {
        Some((first, _)) => first,
        None => "",
    }
}

pub(crate) fn key_path(out_dir: &Path, key: &str) -> PathBuf {
    let mut p = out_dir.to_path_buf();
    for part in key.split('/') {
        p.push(part);
    }
    p
}
