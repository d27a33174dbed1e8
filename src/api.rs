//! The library API: sdkgen from a build script or any Rust program.
//!
//! ```no_run
//! use sdkgen::{Generator, Lang};
//!
//! # fn main() -> Result<(), sdkgen::Error> {
//! let report = Generator::new("spec/gatekeeper.yaml").languages(&[Lang::Rust]).out_dir("generated").generate()?;
//! println!("{} written, {} unchanged", report.written.len(), report.unchanged);
//! for warning in &report.warnings {
//!     eprintln!("{warning}");
//! }
//! # Ok(())
//! # }
//! ```
//!
//! [`Generator::generate`] is what `sdkgen generate` does (hand edits are merged, files listed in
//! `.sdkgenignore` are skipped, nothing is rendered when the manifest says the output is up to
//! date) and [`Generator::check`] is `sdkgen check`. In a `build.rs`,
//! [`Generator::rerun_if_changed`] prints the `cargo:rerun-if-changed` lines for every input, and
//! [`Generator::rust_include`] writes a file to `include!` the generated Rust crate into yours:
//! see `examples/build-script/`.

use std::path::{Path, PathBuf};

use crate::config::ConfigFile;
use crate::diagnostics::Diagnostic;
use crate::pipeline::{self, DirError, GenerateOptions};
use crate::write::{CheckReport, FileReport};

/// A target language.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Lang {
    Python,
    TypeScript,
    Rust,
}

impl Lang {
    /// Every language, in the order sdkgen generates them.
    pub const ALL: [Lang; 3] = [Lang::Python, Lang::TypeScript, Lang::Rust];

    /// The name used on the command line and as the output subfolder (`python`, `typescript`,
    /// `rust`).
    pub fn name(self) -> &'static str {
        match self {
            Lang::Python => "python",
            Lang::TypeScript => "typescript",
            Lang::Rust => "rust",
        }
    }
}

/// Name of the file [`Generator::rust_include`] writes beside the generated `lib.rs`. It holds
/// two dots, so no generated module can have its name.
pub const RUST_INCLUDE_FILE: &str = "lib.include.rs";

/// Generates SDKs from one OpenAPI document: a builder over the same options as the command line.
/// Defaults: every language, output directory `generated`, names and versions from `sdkgen.toml`
/// beside the spec (else from the spec's `info`).
#[derive(Debug, Clone)]
pub struct Generator {
    spec: PathBuf,
    langs: Vec<Lang>,
    out_dir: PathBuf,
    overrides: ConfigFile,
    force: bool,
    rust_include: bool,
}

/// What [`Generator::generate`] did. Paths are relative to [`Report::out_dir`].
#[derive(Debug, Clone)]
pub struct Report {
    pub out_dir: PathBuf,
    /// Files created or rewritten (hand-edited files merged with the new output too).
    pub written: Vec<String>,
    /// Files already up to date, left untouched.
    pub unchanged: usize,
    /// Files generated before and no longer, deleted.
    pub removed: Vec<String>,
    /// Hand-edited, orphaned and skipped (`.sdkgenignore`) files, with what happened to each.
    pub files: Vec<FileReport>,
    /// Warnings about the spec (unsupported constructs, with file, line and JSON pointer). Empty
    /// when the no-op fast path answered: warnings come from a full run.
    pub warnings: Vec<Diagnostic>,
    /// The inputs and every file matched the manifest: nothing was loaded, rendered or written.
    pub up_to_date: bool,
    /// With [`Generator::rust_include`]: the file to `include!`.
    pub rust_include: Option<PathBuf>,
}

/// What [`Generator::check`] found (nothing is written).
#[derive(Debug, Clone)]
pub struct Checked {
    pub report: CheckReport,
    /// As [`Report::warnings`].
    pub warnings: Vec<Diagnostic>,
}

impl Checked {
    /// No drift and no conflict (what `sdkgen check` exits 0 for).
    pub fn is_clean(&self) -> bool {
        self.report.is_clean()
    }
}

#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// Invalid spec, config or templates, or the output directory could not be written (the
    /// message names the file and, for the spec, line and JSON pointer).
    #[error(transparent)]
    Generate(#[from] DirError),
    /// Hand edits and the new output touched the same lines: the files were written with
    /// conflict markers (everything else was written too).
    #[error("merge conflicts in {}: resolve the conflict markers, then generate again", .files.join(", "))]
    Conflicts { files: Vec<String>, report: Box<Report> },
    #[error("{}: {source}", path.display())]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
}

impl Generator {
    /// A generator for the OpenAPI document at `spec` (YAML or JSON, 3.0 or 3.1).
    pub fn new(spec: impl Into<PathBuf>) -> Self {
        Generator {
            spec: spec.into(),
            langs: Vec::new(),
            out_dir: PathBuf::from("generated"),
            overrides: ConfigFile::default(),
            force: false,
            rust_include: false,
        }
    }

    /// Generate only these languages (default: all three).
    pub fn languages(mut self, langs: &[Lang]) -> Self {
        self.langs = langs.to_vec();
        self
    }

    /// The output directory; each language goes to `<out_dir>/<lang>` (default: `generated`).
    pub fn out_dir(mut self, dir: impl Into<PathBuf>) -> Self {
        self.out_dir = dir.into();
        self
    }

    /// A folder of template overrides (`DIR/<lang>/<path>`), as `--templates` (default: `templates`
    /// in `sdkgen.toml`).
    pub fn templates(mut self, dir: impl Into<PathBuf>) -> Self {
        self.overrides.templates = Some(dir.into());
        self
    }

    /// Settings that override `sdkgen.toml` (SDK name, version, package names), as the command
    /// line's `--sdk-name`, `--package-version`, `--crate-name`... do.
    pub fn config(mut self, overrides: ConfigFile) -> Self {
        let templates = self.overrides.templates.take();
        self.overrides = overrides;
        self.overrides.templates = self.overrides.templates.take().or(templates);
        self
    }

    /// Run every stage even when the manifest says the output is up to date (`--force`).
    pub fn force(mut self, force: bool) -> Self {
        self.force = force;
        self
    }

    /// With Rust among the languages, also write `<out>/rust/src/lib.include.rs`
    /// ([`RUST_INCLUDE_FILE`]): the generated crate root without its inner doc comment, so that
    /// `include!(concat!(env!("OUT_DIR"), "/sdk/rust/src/lib.include.rs"));` at the root of your
    /// own crate makes the generated SDK part of it (its modules are found beside the file). Your
    /// crate then lists the SDK's dependencies (those of the generated `rust/Cargo.toml`).
    /// Written only when its contents change; it is not in the manifest.
    pub fn rust_include(mut self, yes: bool) -> Self {
        self.rust_include = yes;
        self
    }

    fn options(&self) -> GenerateOptions {
        GenerateOptions {
            spec: self.spec.clone(),
            langs: self.langs.iter().map(|l| l.name().to_string()).collect(),
            overrides: self.overrides.clone(),
        }
    }

    /// Generates into the output directory (what `sdkgen generate` does). Merge conflicts between
    /// hand edits and the new output are [`Error::Conflicts`], with the report.
    pub fn generate(&self) -> Result<Report, Error> {
        let (write, generated) = pipeline::generate_into(&self.options(), &self.out_dir, self.force)?;
        let conflicts: Vec<String> = write.conflicts().map(|(path, _)| path.to_string()).collect();
        let mut report = Report {
            out_dir: self.out_dir.clone(),
            written: write.written,
            unchanged: write.unchanged,
            removed: write.removed,
            files: write.files,
            warnings: generated.map(|g| g.warnings).unwrap_or_default(),
            up_to_date: write.up_to_date,
            rust_include: None,
        };
        if self.rust_include && self.generates(Lang::Rust) {
            report.rust_include = Some(write_rust_include(&self.out_dir.join("rust/src"))?);
        }
        if !conflicts.is_empty() {
            return Err(Error::Conflicts { files: conflicts, report: Box::new(report) });
        }
        Ok(report)
    }

    /// Compares the output directory with what would be generated, writing nothing (what
    /// `sdkgen check` does).
    pub fn check(&self) -> Result<Checked, Error> {
        let (report, generated) = pipeline::check_dir(&self.options(), &self.out_dir, self.force)?;
        Ok(Checked { report, warnings: generated.map(|g| g.warnings).unwrap_or_default() })
    }

    fn generates(&self, lang: Lang) -> bool {
        self.langs.is_empty() || self.langs.contains(&lang)
    }

    /// The files and folders the output depends on besides the generator: the spec, `sdkgen.toml`
    /// beside it when there is one, and the template overrides folder when one is set.
    pub fn inputs(&self) -> Result<Vec<PathBuf>, Error> {
        let mut inputs = vec![self.spec.clone()];
        let config = self.spec.parent().unwrap_or(Path::new(".")).join(pipeline::CONFIG_FILE);
        if config.is_file() {
            inputs.push(config);
        }
        let file = pipeline::read_config_file(&self.spec).map_err(|e| Error::Generate(e.into()))?;
        if let Some(dir) = self.overrides.templates.clone().or(file.templates) {
            inputs.push(dir);
        }
        Ok(inputs)
    }

    /// Prints `cargo:rerun-if-changed=PATH` for each of [`Generator::inputs`], for a `build.rs`
    /// (a folder is watched with everything in it).
    pub fn rerun_if_changed(&self) -> Result<(), Error> {
        for path in self.inputs()? {
            println!("cargo:rerun-if-changed={}", path.display());
        }
        Ok(())
    }
}

/// Writes [`RUST_INCLUDE_FILE`] into `src` (the generated crate's `src/`): its `lib.rs` without
/// the leading inner attributes (`//!` docs, `#![...]`), which `include!` does not accept.
fn write_rust_include(src: &Path) -> Result<PathBuf, Error> {
    let lib = src.join("lib.rs");
    let text = std::fs::read_to_string(&lib).map_err(|source| Error::Io { path: lib.clone(), source })?;
    let body: Vec<&str> = text
        .lines()
        .skip_while(|l| {
            let t = l.trim_start();
            // Inner docs, inner attributes and the comments that explain them: `include!` accepts
            // none of the attributes, and a comment left alone would describe nothing.
            t.starts_with("//") || t.starts_with("#![") || t.is_empty()
        })
        .collect();
    let contents =
        format!("// Generated by sdkgen for `include!`: lib.rs without its inner attributes.\n{}\n", body.join("\n"));
    let path = src.join(RUST_INCLUDE_FILE);
    if std::fs::read_to_string(&path).ok().as_deref() != Some(contents.as_str()) {
        std::fs::write(&path, contents).map_err(|source| Error::Io { path: path.clone(), source })?;
    }
    Ok(path)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn include_file_drops_only_the_leading_inner_attributes() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(
            dir.path().join("lib.rs"),
            "//! Docs.\n//!\n#![forbid(unsafe_code)]\n\n// Why the next attribute.\n#![cfg_attr(not(feature = \"full\"), allow(dead_code))]\n\nmod api;\n/// Item docs.\npub use api::X;\n",
        )
        .unwrap();
        let path = write_rust_include(dir.path()).unwrap();
        let text = std::fs::read_to_string(path).unwrap();
        assert!(text.ends_with("\nmod api;\n/// Item docs.\npub use api::X;\n"), "{text}");
        assert!(!text.contains("//!") && !text.contains("#!["), "{text}");
    }

    #[test]
    fn lang_names_are_the_target_names() {
        for lang in Lang::ALL {
            assert!(crate::targets::by_name(lang.name()).is_some(), "{lang:?}");
        }
    }
}
