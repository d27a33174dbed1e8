//! `.sdkgen/base/`: the bases of three-way merges, kept beside the manifest so that no git
//! history is needed.
//!
//! Each entry is zstd-compressed and named after the SHA-256 of its uncompressed contents
//! (`<sha256>.zst`), so it verifies itself against the manifest and an unchanged entry is never
//! rewritten (no churn in a repository that commits the output). It holds:
//! - the spec of the last run: with the same generator and templates, the previous output (the
//!   base of every file) is regenerated from it, in memory, only when an edited file needs it;
//! - the generated version of every file that was hand-edited when it was last generated, so that
//!   its base survives a generator upgrade.

use std::collections::BTreeSet;
use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use super::manifest::{sha256_hex, STORE_DIR};
use super::WriteError;

/// zstd level (zstd's default): GitHub's 13 MB description compresses to 0.77 MB in about 20 ms.
/// Level 9 made 0.53 MB for about 70 ms more CPU, paid on every run; the entry is written only when
/// the spec changes, so the smaller file is not worth it.
const LEVEL: i32 = 3;
const EXT: &str = ".zst";

pub(crate) fn dir(out_dir: &Path) -> PathBuf {
    super::manifest::key_path(out_dir, STORE_DIR)
}

pub(crate) fn entry_path(out_dir: &Path, sha256: &str) -> PathBuf {
    dir(out_dir).join(format!("{sha256}{EXT}"))
}

/// The stored contents with this SHA-256, if present and intact.
pub(crate) fn get(out_dir: &Path, sha256: &str) -> Option<Vec<u8>> {
    let compressed = fs::read(entry_path(out_dir, sha256)).ok()?;
    let bytes = zstd::stream::decode_all(compressed.as_slice()).ok()?;
    (sha256_hex(&bytes) == sha256).then_some(bytes)
}

/// Whether an intact entry is stored.
pub(crate) fn has(out_dir: &Path, sha256: &str) -> bool {
    get(out_dir, sha256).is_some()
}

pub(crate) fn compress(bytes: &[u8]) -> Result<Vec<u8>, WriteError> {
    zstd::stream::encode_all(bytes, LEVEL).map_err(|e| WriteError::io("cannot compress", Path::new(STORE_DIR), e))
}

/// Entries present in the store (hashes), whatever the manifest says.
pub(crate) fn list(out_dir: &Path) -> Result<BTreeSet<String>, WriteError> {
    let d = dir(out_dir);
    let entries = match fs::read_dir(&d) {
        Ok(e) => e,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(BTreeSet::new()),
        Err(e) => return Err(WriteError::io("cannot list", &d, e)),
    };
    let mut found = BTreeSet::new();
    for e in entries.flatten() {
        if let Some(hash) = e.file_name().to_str().and_then(|n| n.strip_suffix(EXT)) {
            // Only names sdkgen writes; anything else in the folder is left alone.
            if hash.len() == 64 && hash.bytes().all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b)) {
                found.insert(hash.to_owned());
            }
        }
    }
    Ok(found)
}
