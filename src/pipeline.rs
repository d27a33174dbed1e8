//! The whole pipeline as one function, callable from the CLI, tests or a build script.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use crate::config::{Config, ConfigFile};
use crate::diagnostics::{Diagnostic, Diagnostics, SpecError};
use crate::ir::Api;
use crate::write::GeneratedFile;
use crate::{load, lower, render, targets};

/// Name of the optional per-spec config file, looked up next to the spec.
pub const CONFIG_FILE: &str = "sdkgen.toml";

#[derive(Debug, Clone, Default)]
pub struct GenerateOptions {
    pub spec: PathBuf,
    /// Target names (`python`, `typescript`, `rust`); empty means all.
    pub langs: Vec<String>,
    /// Overrides of the config file.
    pub overrides: ConfigFile,
}

/// Everything one run produced, before anything is written.
pub struct Generated {
    pub api: Api,
    pub config: Config,
    /// Paths relative to the output directory (`python/gatekeeper/__init__.py`).
    pub files: Vec<GeneratedFile>,
    pub langs: Vec<String>,
    pub warnings: Vec<Diagnostic>,
    pub spec_sha256: String,
    /// SHA-256 over the templates this run used (name, embedded or override, contents).
    pub templates_sha256: String,
    pub timings: Vec<(&'static str, Duration)>,
}

#[derive(Debug, thiserror::Error)]
pub enum GenerateError {
    #[error("{0}")]
    Spec(#[from] SpecError),
    #[error(transparent)]
    Render(#[from] render::RenderError),
    #[error("unknown language `{0}` (known: python, typescript, rust)")]
    UnknownLang(String),
    #[error("{path}: {message}")]
    Config { path: PathBuf, message: String },
}

/// Reads `sdkgen.toml` next to the spec, if there is one.
pub fn read_config_file(spec: &Path) -> Result<ConfigFile, GenerateError> {
    let path = spec.parent().unwrap_or(Path::new(".")).join(CONFIG_FILE);
    match std::fs::read_to_string(&path) {
        Ok(text) => {
            let mut file: ConfigFile = toml::from_str(&text)
                .map_err(|e| GenerateError::Config { path: path.clone(), message: e.to_string() })?;
            // Paths in the config file are relative to the config file.
            let base = path.parent().unwrap_or(Path::new("."));
            file.templates = file.templates.map(|t| base.join(t));
            Ok(file)
        }
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(ConfigFile::default()),
        Err(e) => Err(GenerateError::Config { path, message: e.to_string() }),
    }
}

fn merge(file: ConfigFile, over: &ConfigFile) -> ConfigFile {
    ConfigFile {
        sdk_name: over.sdk_name.clone().or(file.sdk_name),
        version: over.version.clone().or(file.version),
        templates: over.templates.clone().or(file.templates),
        python: crate::config::PythonFileConfig {
            dist_name: over.python.dist_name.clone().or(file.python.dist_name),
            package: over.python.package.clone().or(file.python.package),
        },
        typescript: crate::config::TypescriptFileConfig {
            package_name: over.typescript.package_name.clone().or(file.typescript.package_name),
        },
        rust: crate::config::RustFileConfig { crate_name: over.rust.crate_name.clone().or(file.rust.crate_name) },
    }
}

/// What [`build_ir`] gives: the IR, the resolved config, the warnings, the spec's SHA-256 and the
/// time each stage took.
pub type BuiltIr = (Api, Config, Vec<Diagnostic>, String, Vec<(&'static str, Duration)>);

/// Loads and lowers the spec: the IR and the warnings.
pub fn build_ir(opts: &GenerateOptions) -> Result<BuiltIr, GenerateError> {
    let mut timings = Vec::new();
    let t = Instant::now();
    let loaded = load::load_file(&opts.spec)?;
    let spec_sha256 = sha256_hex(&std::fs::read(&opts.spec).unwrap_or_default());
    timings.push(("load", t.elapsed()));
    let file_cfg = merge(read_config_file(&opts.spec)?, &opts.overrides);
    let mut config = Config::resolve(&file_cfg, &loaded.doc.info.title, &loaded.doc.info.version);
    if let Some(dir) = &file_cfg.templates {
        config.templates = crate::render::TemplateSource::with_overrides(dir)
            .map_err(|e| GenerateError::Config { path: e.path, message: e.message })?;
    }
    let mut diags = Diagnostics::new();
    diags.extend(loaded.warnings.iter().cloned());
    let t = Instant::now();
    // Warnings and errors get their line from the position index; building it takes a scan of the
    // whole source, so it runs on a second core while lowering runs here.
    let lowered = std::thread::scope(|scope| {
        scope.spawn(|| loaded.index_positions());
        lower::lower(&loaded.doc, &config, &mut diags)
    });
    let api = lowered.map_err(|e| locate(e, &loaded))?;
    timings.push(("lower", t.elapsed()));
    let warnings = diags
        .into_vec()
        .into_iter()
        .map(|d| {
            let located = match (d.line, d.pointer.as_deref()) {
                (None, Some(p)) => loaded.locate(p),
                _ => None,
            };
            let d = if d.file.is_none() { d.in_file(&opts.spec) } else { d };
            match located {
                Some((line, col)) => d.with_position(line, col),
                None => d,
            }
        })
        .collect();
    Ok((api, config, warnings, spec_sha256, timings))
}

/// Adds file and line to a lowering error.
fn locate(e: SpecError, loaded: &load::Loaded) -> SpecError {
    let pos = e.pointer().and_then(|p| loaded.locate(p));
    let e = e.or_file(&loaded.path);
    match pos {
        Some((line, col)) if e.diagnostic().line.is_none() => e.with_position(line, col),
        _ => e,
    }
}

/// Runs the pipeline up to (not including) writing.
pub fn generate(opts: &GenerateOptions) -> Result<Generated, GenerateError> {
    let langs: Vec<String> = if opts.langs.is_empty() {
        targets::all().iter().map(|t| t.name().to_string()).collect()
    } else {
        opts.langs.clone()
    };
    let mut chosen = Vec::new();
    for l in &langs {
        chosen.push(targets::by_name(l).ok_or_else(|| GenerateError::UnknownLang(l.clone()))?);
    }
    let (api, config, mut warnings, spec_sha256, mut timings) = build_ir(opts)?;
    // Targets only read the IR, so they render in parallel (and split their own work further on
    // the same rayon pool); results come back in the order of `chosen`, so the output does not
    // depend on scheduling.
    let results: Vec<_> = {
        use rayon::prelude::*;
        chosen
            .par_iter()
            .map(|target| {
                let t = Instant::now();
                let files = target.generate(&api, &config);
                (files, t.elapsed())
            })
            .collect()
    };
    let mut files = Vec::new();
    for (target, (generated, elapsed)) in chosen.iter().zip(results) {
        for f in generated? {
            files.push(GeneratedFile { path: Path::new(target.name()).join(&f.path), contents: f.contents });
        }
        timings.push((target.name(), elapsed));
    }
    let lang_names: Vec<&str> = langs.iter().map(String::as_str).chain(["common"]).collect();
    for unused in config.templates.unused_overrides(&lang_names) {
        warnings.push(
            Diagnostic::warning(
                "template override not used: no template of the generated languages has this path, and none imports it",
            )
            .in_file(&unused),
        );
    }
    let templates_sha256 = config.templates.fingerprint();
    Ok(Generated { api, config, files, langs, warnings, spec_sha256, templates_sha256, timings })
}

pub fn sha256_hex(bytes: &[u8]) -> String {
    use sha2::{Digest, Sha256};
    Sha256::digest(bytes).iter().map(|b| format!("{b:02x}")).collect()
}
