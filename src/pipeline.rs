//! The whole pipeline as one function, callable from the CLI, tests or a build script.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use crate::config::{Config, ConfigFile};
use crate::diagnostics::{Diagnostic, Diagnostics, SpecError};
use crate::ir::Api;
use crate::write::{sha256_hex, GeneratedFile};
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
    /// Per stage: its name, time and the process's peak memory (MiB) at its end.
    pub timings: Vec<Timing>,
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
        services: if over.services.is_empty() { file.services } else { over.services.clone() },
        python: crate::config::PythonFileConfig {
            version: over.python.version.clone().or(file.python.version),
            dist_name: over.python.dist_name.clone().or(file.python.dist_name),
            package: over.python.package.clone().or(file.python.package),
        },
        typescript: crate::config::TypescriptFileConfig {
            version: over.typescript.version.clone().or(file.typescript.version),
            package_name: over.typescript.package_name.clone().or(file.typescript.package_name),
        },
        rust: crate::config::RustFileConfig {
            version: over.rust.version.clone().or(file.rust.version),
            crate_name: over.rust.crate_name.clone().or(file.rust.crate_name),
        },
    }
}

/// What [`build_ir`] gives: the IR, the resolved config, the warnings, the spec's SHA-256 and the
/// time each stage took.
pub type BuiltIr = (Api, Config, Vec<Diagnostic>, String, Vec<Timing>);

/// A stage's name, time and the process's peak memory (MiB) at its end.
pub type Timing = (&'static str, Duration, Option<u64>);

/// Loads and lowers the spec: the IR and the warnings.
pub fn build_ir(opts: &GenerateOptions) -> Result<BuiltIr, GenerateError> {
    build_ir_loaded(opts).map(|(built, _)| built)
}

/// [`build_ir`], and the loaded document (for pointers and lines).
pub fn build_ir_loaded(opts: &GenerateOptions) -> Result<(BuiltIr, load::Loaded), GenerateError> {
    let t = Instant::now();
    // One read: the bytes are hashed, then become the loaded source text.
    let bytes = read_spec(&opts.spec)?;
    let spec_sha256 = sha256_hex(&bytes);
    build_ir_from(opts, bytes, spec_sha256, t)
}

fn read_spec(path: &Path) -> Result<Vec<u8>, SpecError> {
    std::fs::read(path).map_err(|e| SpecError::new(format!("cannot read the file: {e}")).in_file(path))
}

/// [`build_ir_loaded`] of the spec's bytes, already read and hashed (at `t`).
fn build_ir_from(
    opts: &GenerateOptions,
    bytes: Vec<u8>,
    spec_sha256: String,
    t: Instant,
) -> Result<(BuiltIr, load::Loaded), GenerateError> {
    let mut timings = Vec::new();
    let loaded = load::load_bytes(bytes, &opts.spec)?;
    timings.push(("load", t.elapsed(), peak_rss_mib()));
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
    // (On rayon's pool when its threads have big stacks, so that what both allocate is memory the
    // renderers reuse once it is freed, see `load::use_big_stack_pool`.)
    let lowered = if load::pool_has_big_stacks() {
        rayon::join(|| loaded.index_positions(), || lower::lower(&loaded.doc, &config, &mut diags)).1
    } else {
        std::thread::scope(|scope| {
            scope.spawn(|| loaded.index_positions());
            lower::lower(&loaded.doc, &config, &mut diags)
        })
    };
    let api = lowered.map_err(|e| locate(e, &loaded))?;
    timings.push(("lower", t.elapsed(), peak_rss_mib()));
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
    Ok(((api, config, warnings, spec_sha256, timings), loaded))
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

/// The languages to generate: every target when none is named, else the named ones in the order
/// first given (`--lang python,python` is `--lang python`).
fn selected_langs(named: &[String]) -> Vec<String> {
    if named.is_empty() {
        return targets::all().iter().map(|t| t.name().to_string()).collect();
    }
    let mut langs: Vec<String> = Vec::with_capacity(named.len());
    for l in named {
        if !langs.contains(l) {
            langs.push(l.clone());
        }
    }
    langs
}

/// Runs the pipeline up to (not including) writing.
pub fn generate(opts: &GenerateOptions) -> Result<Generated, GenerateError> {
    let t = Instant::now();
    let bytes = read_spec(&opts.spec)?;
    let spec_sha256 = sha256_hex(&bytes);
    generate_from(opts, bytes, spec_sha256, t)
}

/// [`generate`] from the spec's bytes, already read and hashed (at `t`).
fn generate_from(
    opts: &GenerateOptions,
    bytes: Vec<u8>,
    spec_sha256: String,
    t: Instant,
) -> Result<Generated, GenerateError> {
    let langs = selected_langs(&opts.langs);
    let mut chosen = Vec::new();
    for l in &langs {
        chosen.push(targets::by_name(l).ok_or_else(|| GenerateError::UnknownLang(l.clone()))?);
    }
    let ((api, config, mut warnings, spec_sha256, mut timings), loaded) = build_ir_from(opts, bytes, spec_sha256, t)?;

    // The digest that `sdkgen diff --since-generated` compares with (kept beside the manifest) is
    // the last reader of the loaded document: it runs first, and the document (its `openapiv3`
    // tree, source text and position index: about as much memory as the rendering needs) is freed
    // before rendering starts, so the renderers reuse that memory instead of touching new pages.
    let t = Instant::now();
    let digest = crate::diff::digest::digest(&api, &loaded.doc, &|p| loaded.locate(p)).to_json();
    timings.push(("digest", t.elapsed(), peak_rss_mib()));
    drop(loaded);

    // Targets only read the IR, so they render in parallel (and split their own work further on
    // the same rayon pool); results come back in the order of `chosen`, so the output does not
    // depend on scheduling.
    let results: Vec<_> = {
        use rayon::prelude::*;
        chosen
            .par_iter()
            .map(|target| {
                let t = Instant::now();
                let files = target.generate(&api, &config.for_lang(target.name()));
                (files, t.elapsed(), peak_rss_mib())
            })
            .collect()
    };
    let mut files = Vec::new();
    for (target, (generated, elapsed, peak)) in chosen.iter().zip(results) {
        for f in generated? {
            files.push(GeneratedFile { path: Path::new(target.name()).join(&f.path), contents: f.contents });
        }
        timings.push((target.name(), elapsed, peak));
    }
    files.push(GeneratedFile::new(crate::diff::DIGEST_FILE, digest));
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

/// The peak resident memory of this process so far in MiB (Linux: `VmHWM`), for `--verbose`.
pub fn peak_rss_mib() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    line.split_whitespace().nth(1)?.parse::<u64>().ok().map(|kib| kib / 1024)
}

// -------------------------------------------------------------------------------------------------
// Generating into a directory: the no-op fast path, and merge bases regenerated from stored inputs.

/// SHA-256 of the sources this binary was built from (computed by `build.rs`).
pub const GENERATOR_SHA256: &str = env!("SDKGEN_SOURCE_SHA256");

/// What the manifest records about a run's inputs, and the spec's bytes.
pub struct RunInputs {
    pub meta: crate::write::ManifestMeta,
    pub spec: Vec<u8>,
    pub langs: Vec<String>,
}

/// The inputs of a run, computed without loading the spec: its bytes and hash, the resolved
/// config file and overrides, the templates' fingerprint and the generator's version and sources.
pub fn run_inputs(opts: &GenerateOptions) -> Result<RunInputs, GenerateError> {
    let spec = read_spec(&opts.spec)?;
    let config = merge(read_config_file(&opts.spec)?, &opts.overrides);
    let langs = selected_langs(&opts.langs);
    let meta = crate::write::ManifestMeta {
        generator_version: env!("CARGO_PKG_VERSION").to_string(),
        generator_sha256: GENERATOR_SHA256.to_string(),
        spec_sha256: sha256_hex(&spec),
        spec: opts.spec.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default(),
        config: serde_json::to_value(&config).unwrap_or_default(),
        // Before rendering only the templates that could be used are known; the fingerprint of
        // those actually used is filled in after rendering.
        template_inputs_sha256: render::templates::inputs_fingerprint(config.templates.as_deref(), &langs),
        templates_sha256: String::new(),
    };
    Ok(RunInputs { meta, spec, langs })
}

/// Regenerates a previous run's output from the spec and config it stored, for merge bases.
fn regenerate_previous(prev: &crate::write::PreviousInputs) -> Option<Vec<GeneratedFile>> {
    let dir = tempfile::tempdir().ok()?;
    let name = Path::new(&prev.spec_name).file_name().map(|n| n.to_owned()).unwrap_or_else(|| "spec".into());
    let spec = dir.path().join(name);
    std::fs::write(&spec, &prev.spec).ok()?;
    // No sdkgen.toml beside the copy: the recorded config is complete as overrides.
    let overrides: ConfigFile = serde_json::from_value(prev.config.clone()).ok()?;
    generate(&GenerateOptions { spec, langs: prev.langs.clone(), overrides }).ok().map(|g| g.files)
}

#[derive(Debug, thiserror::Error)]
pub enum DirError {
    #[error(transparent)]
    Generate(#[from] GenerateError),
    #[error(transparent)]
    Write(#[from] crate::write::WriteError),
}

/// The spec as the store gets it.
enum Kept {
    Bytes(Vec<u8>),
    Compressed(Vec<u8>),
}

/// The fast path when it applies (`fast` gets the manifest), else the whole pipeline and `full`
/// on the run it produced. `store` compresses the spec for the store (`generate`; `check` only
/// compares hashes).
fn fast_or_full<R>(
    opts: &GenerateOptions,
    out_dir: &Path,
    force: bool,
    store: bool,
    fast: impl FnOnce(crate::write::Manifest) -> R,
    full: impl FnOnce(&crate::write::Run<'_>) -> Result<R, crate::write::WriteError>,
) -> Result<(R, Option<Generated>), DirError> {
    let started = Instant::now();
    let RunInputs { meta, spec, langs } = run_inputs(opts)?;
    let langs: Vec<&str> = langs.iter().map(String::as_str).collect();
    if !force && crate::write::up_to_date(out_dir, &meta, &langs)? {
        let manifest = crate::write::Manifest::read(out_dir)?.unwrap_or_default();
        return Ok((fast(manifest), None));
    }
    // The spec is compressed for the store now, on the core that loading leaves idle, and its
    // bytes are freed then: not at the end, when zstd's tables (about 30 MB for GitHub's
    // description) and the spec would add to the peak of the rendered output.
    let (copy, sha256) = (spec.clone(), meta.spec_sha256.clone());
    let generate_it = move || generate_from(opts, copy, sha256, started);
    let (kept, generated) = if store {
        let compress = move || crate::write::compress_entry(&spec).map(Kept::Compressed);
        let (kept, generated) = rayon::join(compress, generate_it);
        (kept?, generated)
    } else {
        (Kept::Bytes(spec), generate_it())
    };
    let mut generated = generated?;
    let spec_entry = match &kept {
        Kept::Compressed(z) => crate::write::Entry::Compressed(z),
        Kept::Bytes(b) => crate::write::Entry::Bytes(b),
    };
    let started = Instant::now();
    let meta = crate::write::ManifestMeta { templates_sha256: generated.templates_sha256.clone(), ..meta };
    let run = crate::write::Run {
        files: &generated.files,
        meta: &meta,
        langs: &langs,
        spec: Some(spec_entry),
        regenerate: Some(&regenerate_previous),
    };
    let report = full(&run)?;
    generated.timings.push(("write", started.elapsed(), peak_rss_mib()));
    Ok((report, Some(generated)))
}

/// Runs `generate` into `out_dir`: nothing but hashing when the inputs and every file match the
/// manifest (unless `force`), else the whole pipeline and [`crate::write::write_run`], which keeps
/// hand edits. The `Generated` is `None` when the fast path answered.
pub fn generate_into(
    opts: &GenerateOptions,
    out_dir: &Path,
    force: bool,
) -> Result<(crate::write::WriteReport, Option<Generated>), DirError> {
    let fast = |m: crate::write::Manifest| crate::write::WriteReport {
        up_to_date: true,
        unchanged: m.files.len(),
        files: m.skipped(),
        ..Default::default()
    };
    fast_or_full(opts, out_dir, force, true, fast, |run| crate::write::write_run(out_dir, run))
}

/// Runs `check` on `out_dir` (writes nothing), with the same fast path as [`generate_into`].
pub fn check_dir(
    opts: &GenerateOptions,
    out_dir: &Path,
    force: bool,
) -> Result<(crate::write::CheckReport, Option<Generated>), DirError> {
    let fast = |m: crate::write::Manifest| crate::write::CheckReport {
        up_to_date: true,
        unchanged: m.files.len(),
        files: m.skipped(),
        ..Default::default()
    };
    fast_or_full(opts, out_dir, force, false, fast, |run| crate::write::check_run(out_dir, run))
}
