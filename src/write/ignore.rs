//! `.sdkgenignore` in the output root: gitignore syntax (the `ignore` crate's matcher), paths
//! relative to the output root. A listed generated file is never written, merged or deleted.

use std::fs;
use std::io;
use std::path::Path;

use ignore::gitignore::{Gitignore, GitignoreBuilder};

use super::manifest::sha256_hex;
use super::WriteError;

pub const IGNORE_FILE: &str = ".sdkgenignore";

pub(crate) struct Ignore {
    matcher: Option<Gitignore>,
    /// SHA-256 of the file, empty when there is none.
    pub sha256: String,
}

impl Ignore {
    pub(crate) fn read(out_dir: &Path) -> Result<Ignore, WriteError> {
        let path = out_dir.join(IGNORE_FILE);
        let bytes = match fs::read(&path) {
            Ok(b) => b,
            Err(e) if e.kind() == io::ErrorKind::NotFound => {
                return Ok(Ignore { matcher: None, sha256: String::new() })
            }
            Err(e) => return Err(WriteError::io("cannot read", &path, e)),
        };
        let text = String::from_utf8_lossy(&bytes);
        let mut builder = GitignoreBuilder::new(out_dir);
        for (i, line) in text.lines().enumerate() {
            builder.add_line(Some(path.clone()), line).map_err(|e| WriteError::Ignore {
                path: path.clone(),
                line: i + 1,
                message: e.to_string(),
            })?;
        }
        let matcher =
            builder.build().map_err(|e| WriteError::Ignore { path: path.clone(), line: 0, message: e.to_string() })?;
        Ok(Ignore { matcher: Some(matcher), sha256: sha256_hex(&bytes) })
    }

    /// Whether the file at `key` (relative, `/`-separated) or a folder above it is listed.
    pub(crate) fn is_ignored(&self, key: &str) -> bool {
        self.matcher.as_ref().is_some_and(|m| m.matched_path_or_any_parents(Path::new(key), false).is_ignore())
    }
}
