//! `sdkgen diff` and `sdkgen release`: what an API change does to each generated SDK.
//!
//! Both versions become a [`digest::Digest`] (from a spec through `load` and `lower`, or read
//! from `<out>/.sdkgen/api.json`, which every `generate` writes); [`compare::compare`] lists the
//! changes, each under one rule of the ordered table in [`rules`], with its impact per language;
//! [`Report`] adds the version bump of each package and renders text, JSON or Markdown;
//! [`changelog`] renders and prepends the release entries.

pub mod changelog;
pub mod compare;
pub mod digest;
pub mod rules;

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use serde::Serialize;

pub use compare::{compare, Change};
pub use digest::{Digest, Loc, PerLang};
pub use rules::{Impact, RULES};

use crate::config::Config;
use crate::pipeline::{self, GenerateError, GenerateOptions};

/// Where `generate` keeps the digest, relative to the output directory.
pub const DIGEST_FILE: &str = ".sdkgen/api.json";

/// Version of the `--format json` schema (see README, "sdkgen diff").
pub const JSON_SCHEMA: &str = "sdkgen-diff/1";

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Lang {
    Python,
    Typescript,
    Rust,
}

pub const LANGS: [Lang; 3] = [Lang::Python, Lang::Typescript, Lang::Rust];

impl Lang {
    pub fn name(self) -> &'static str {
        match self {
            Lang::Python => "python",
            Lang::Typescript => "typescript",
            Lang::Rust => "rust",
        }
    }

    pub fn title(self) -> &'static str {
        match self {
            Lang::Python => "Python",
            Lang::Typescript => "TypeScript",
            Lang::Rust => "Rust",
        }
    }

    pub fn by_name(name: &str) -> Option<Lang> {
        LANGS.into_iter().find(|l| l.name() == name)
    }
}

/// `s` as one Markdown code span that nothing in `s` can break out of: control characters
/// become spaces, the fence is longer than any run of backticks inside, long text is cut.
pub fn code(s: &str) -> String {
    let mut clean: String = s.chars().map(|c| if c.is_control() { ' ' } else { c }).collect();
    if clean.chars().count() > 160 {
        clean = clean.chars().take(157).collect::<String>() + "...";
    }
    if clean.trim().is_empty() {
        return format!("`\"{clean}\"`");
    }
    let (mut longest, mut run) = (0, 0);
    for c in clean.chars() {
        run = if c == '`' { run + 1 } else { 0 };
        longest = longest.max(run);
    }
    let fence = "`".repeat(longest + 1);
    let pad = if clean.starts_with('`') || clean.ends_with('`') { " " } else { "" };
    format!("{fence}{pad}{clean}{pad}{fence}")
}

#[derive(Debug, thiserror::Error)]
pub enum DiffError {
    #[error(transparent)]
    Generate(#[from] GenerateError),
    #[error("{}: {message}", path.display())]
    Digest { path: PathBuf, message: String },
}

/// One side of a comparison: its digest, and how to name it in output.
pub struct Side {
    pub label: String,
    pub digest: Digest,
}

/// The digest of a spec, and the resolved config (its `sdkgen.toml`) with the package versions.
pub fn digest_spec(spec: &Path) -> Result<(Side, Config, Vec<crate::diagnostics::Diagnostic>), DiffError> {
    let opts = GenerateOptions { spec: spec.to_path_buf(), ..Default::default() };
    let ((api, config, warnings, _, _), loaded) = pipeline::build_ir_loaded(&opts)?;
    let digest = digest::digest(&api, &loaded.doc, &|p| loaded.locate(p));
    Ok((Side { label: spec.display().to_string(), digest }, config, warnings))
}

/// The digest `generate` kept in `out`.
pub fn read_generated(out: &Path) -> Result<Side, DiffError> {
    let path = out.join(DIGEST_FILE);
    let err = |message: String| DiffError::Digest { path: path.clone(), message };
    let text = std::fs::read_to_string(&path).map_err(|e| {
        err(format!("cannot read it ({e}); run `sdkgen generate` first (it records the API it generated from)"))
    })?;
    let value: serde_json::Value = serde_json::from_str(&text).map_err(|e| err(format!("line {}: {e}", e.line())))?;
    let format = value.get("format").and_then(|f| f.as_u64()).unwrap_or(0);
    if format != u64::from(digest::FORMAT) {
        return Err(err(format!(
            "/format: digest format {format}, this sdkgen reads {}; regenerate with this sdkgen",
            digest::FORMAT
        )));
    }
    let digest: Digest = serde_json::from_value(value).map_err(|e| err(format!("not a digest sdkgen wrote: {e}")))?;
    Ok(Side { label: format!("{} (what {}/ was last generated from)", path.display(), out.display()), digest })
}

/// One package's release: its version now, the bump the changes call for, and the next version.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Package {
    pub language: Lang,
    pub name: String,
    pub current: String,
    /// The worst impact of any change on this package.
    pub impact: Option<Impact>,
    /// `major`, `minor`, `patch` or `none` (no change at all).
    pub bump: &'static str,
    pub next: String,
}

/// The level a change of `impact` bumps `version` by, and the next version. Below 1.0.0 a breaking
/// change bumps the minor and anything else the patch (Cargo's and npm's convention).
pub fn bump(version: &str, impact: Option<Impact>) -> (&'static str, String) {
    let core = version.split(['-', '+']).next().unwrap_or(version);
    let nums: Vec<u64> = core.split('.').map_while(|p| p.parse().ok()).collect();
    let [major, minor, patch] = match nums.as_slice() {
        [a, b, c] if core.split('.').count() == 3 => [*a, *b, *c],
        _ => return ("none", version.to_string()),
    };
    let Some(impact) = impact else { return ("none", version.to_string()) };
    let level = match (impact, major) {
        (Impact::Breaking, 0) => "minor",
        (Impact::Breaking, _) => "major",
        (Impact::Compatible, 0) => "patch",
        (Impact::Compatible, _) => "minor",
        (Impact::None, _) => "patch",
    };
    let next = match level {
        "major" => format!("{}.0.0", major + 1),
        "minor" => format!("{major}.{}.0", minor + 1),
        _ => format!("{major}.{minor}.{}", patch + 1),
    };
    (level, next)
}

/// The result of `sdkgen diff`.
#[derive(Debug, Clone, Serialize)]
pub struct Report {
    pub schema: &'static str,
    pub old: String,
    pub new: String,
    pub packages: Vec<Package>,
    pub changes: Vec<Change>,
}

impl Report {
    /// Compares `old` with `new`; package names and current versions come from `config`.
    pub fn new(old: &Side, new: &Side, config: &Config, langs: &[Lang]) -> Report {
        let changes = compare(&old.digest, &new.digest);
        let packages = langs
            .iter()
            .map(|&lang| {
                let impact = changes.iter().map(|c| *c.impact.get(lang)).max();
                let current = config.version_of(lang.name()).to_string();
                let (bump, next) = bump(&current, impact);
                let name = match lang {
                    Lang::Python => config.python.dist_name.clone(),
                    Lang::Typescript => config.typescript.package_name.clone(),
                    Lang::Rust => config.rust.crate_name.clone(),
                };
                Package { language: lang, name, current, impact, bump, next }
            })
            .collect();
        Report { schema: JSON_SCHEMA, old: old.label.clone(), new: new.label.clone(), packages, changes }
    }

    /// Whether any package needs a breaking release.
    pub fn has_breaking(&self) -> bool {
        self.packages.iter().any(|p| p.impact == Some(Impact::Breaking))
    }

    /// The changes that touch `lang`, breaking first, then compatible, then none (rule order within).
    pub fn for_lang(&self, lang: Lang) -> Vec<&Change> {
        let mut v: Vec<&Change> = self.changes.iter().collect();
        v.sort_by_key(|c| std::cmp::Reverse(*c.impact.get(lang)));
        v
    }

    pub fn to_json(&self) -> String {
        let mut s = serde_json::to_string_pretty(self).unwrap_or_default();
        s.push('\n');
        s
    }

    fn locs(c: &Change) -> String {
        let show = |l: &Option<Loc>, side: &str| match l {
            Some(l) if l.line > 0 => Some(format!("{side} line {} {}", l.line, l.pointer)),
            Some(l) => Some(format!("{side} {}", l.pointer)),
            None => None,
        };
        let parts: Vec<String> = [show(&c.old, "old"), show(&c.new, "new")].into_iter().flatten().collect();
        parts.join(", ")
    }

    pub fn to_text(&self) -> String {
        let mut s = format!("sdkgen diff: {} -> {}\n", self.old, self.new);
        if self.changes.is_empty() {
            s.push_str("no changes\n");
        }
        for p in &self.packages {
            let _ = writeln!(
                s,
                "\n{} {} ({}): {} -> {} ({})",
                p.language.title(),
                p.name,
                p.language.name(),
                p.current,
                p.next,
                p.bump
            );
            for c in self.for_lang(p.language) {
                let _ = writeln!(
                    s,
                    "  {:<10} {:<32} {}: {}",
                    c.impact.get(p.language).as_str(),
                    c.rule,
                    c.names.get(p.language),
                    c.message
                );
                let at = Self::locs(c);
                if !at.is_empty() {
                    let _ = writeln!(s, "  {:<10} {:<32} at {at}", "", "");
                }
            }
        }
        s
    }

    pub fn to_markdown(&self) -> String {
        let mut s = format!("# API changes\n\nFrom {} to {}.\n", code(&self.old), code(&self.new));
        s.push_str("\n| package | language | current | bump | next |\n| --- | --- | --- | --- | --- |\n");
        for p in &self.packages {
            let _ = writeln!(
                s,
                "| {} | {} | {} | {} | {} |",
                code(&p.name).replace('|', "\\|"),
                p.language.title(),
                code(&p.current).replace('|', "\\|"),
                p.bump,
                code(&p.next).replace('|', "\\|")
            );
        }
        for p in &self.packages {
            let _ = writeln!(s, "\n## {} ({})\n", p.language.title(), code(&p.name));
            if self.changes.is_empty() {
                s.push_str("No changes.\n");
            }
            for c in self.for_lang(p.language) {
                let at = Self::locs(c);
                let _ = writeln!(
                    s,
                    "- **{}** `{}` {}: {}{}",
                    c.impact.get(p.language).as_str(),
                    c.rule,
                    code(c.names.get(p.language)),
                    c.message,
                    if at.is_empty() { String::new() } else { format!(" ({})", code(&at)) }
                );
            }
        }
        s
    }
}
