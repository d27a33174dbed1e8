//! The `sdkgen` command line: generate | check | ir | templates | diff | release.

use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

use clap::{Args, Parser, Subcommand};
use sdkgen::config::ConfigFile;
use sdkgen::pipeline::{self, GenerateError, GenerateOptions};
use sdkgen::{diff, write};

// The generator allocates many small strings and trees; mimalloc makes that markedly cheaper than
// the system allocator (GitHub's description: about a quarter less time overall).
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

const EXAMPLES: &str = "\
Examples:
  sdkgen generate                                  # spec/gatekeeper.yaml -> generated/{python,typescript,rust}
  sdkgen generate --spec petstore.json --out sdks --lang python,typescript
  sdkgen check                                     # exit 1 if generated/ is stale for the spec
  sdkgen ir --spec spec/gatekeeper.yaml > ir.json  # the intermediate model as JSON
  sdkgen templates export my-templates --lang python  # then edit, and generate --templates my-templates
  sdkgen diff --since-generated                    # what the edited spec does to each SDK, and the bumps
  sdkgen diff old.yaml new.yaml --format json --fail-on breaking
  sdkgen release --dry-run                         # then `sdkgen release`: versions, regenerate, CHANGELOG.md

Hand edits to generated files are kept: each is merged with the new output; files listed in
<out>/.sdkgenignore are never written.

Exit codes: 0 success, 1 drift or a merge conflict (check) or a breaking change (diff --fail-on
breaking), 2 invalid input or usage (or another
run holds the output directory), 3 merge conflicts written (generate; everything else is written).";

#[derive(Parser)]
#[command(name = "sdkgen", version, about = "Generates Rust, Python and TypeScript SDKs from an OpenAPI document", after_help = EXAMPLES)]
struct Cli {
    #[command(subcommand)]
    command: Command,
    /// Print only errors.
    #[arg(short, long, global = true, conflicts_with = "verbose")]
    quiet: bool,
    /// Print timings per stage and every file written.
    #[arg(short, long, global = true)]
    verbose: bool,
}

#[derive(Subcommand)]
enum Command {
    /// Generate the SDKs into the output directory.
    Generate(GenArgs),
    /// Generate in memory and compare with the output directory: lists stale files and hand edits
    /// (and whether each would merge cleanly); exit 1 on drift or a conflict.
    Check(GenArgs),
    /// Print the intermediate model as JSON.
    Ir {
        #[arg(long, default_value = "spec/gatekeeper.yaml")]
        spec: PathBuf,
    },
    /// Work with the templates the SDKs are rendered from.
    #[command(subcommand)]
    Templates(TemplatesCommand),
    /// What an API change does to each SDK: every change with its rule, location and impact per
    /// language, and the version bump of each package. Exit 1 with `--fail-on breaking` when a
    /// package needs a breaking release.
    Diff(DiffArgs),
    /// Applies the bumps `diff --since-generated` finds: package versions in sdkgen.toml,
    /// regenerates, and prepends a dated entry to each package's CHANGELOG.md.
    Release(ReleaseArgs),
}

#[derive(Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
enum DiffFormat {
    Text,
    Json,
    Markdown,
}

#[derive(Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
enum FailOn {
    Breaking,
}

#[derive(Args)]
struct DiffArgs {
    /// The old version of the spec (YAML or JSON, 3.0 or 3.1).
    #[arg(required_unless_present = "since_generated", conflicts_with = "since_generated")]
    old: Option<PathBuf>,
    /// The new version (default: --spec).
    new: Option<PathBuf>,
    /// The configured spec: the new version when NEW is not given; its sdkgen.toml gives the
    /// package names and current versions.
    #[arg(long, default_value = "spec/gatekeeper.yaml")]
    spec: PathBuf,
    /// Compare with the API the SDKs in --out were last generated from (<out>/.sdkgen/api.json).
    #[arg(long)]
    since_generated: bool,
    /// Output directory of the SDKs (for --since-generated).
    #[arg(long, default_value = "generated")]
    out: PathBuf,
    /// Packages to report, comma separated.
    #[arg(long, value_delimiter = ',', default_value = "python,typescript,rust")]
    lang: Vec<String>,
    /// Output format: text (grouped by package, breaking first), json (schema `sdkgen-diff/1`, see
    /// README) or markdown (for a pull request).
    #[arg(long, value_enum, default_value = "text")]
    format: DiffFormat,
    /// Exit 1 when a package needs a breaking release.
    #[arg(long, value_enum)]
    fail_on: Option<FailOn>,
}

#[derive(Args)]
struct ReleaseArgs {
    /// The spec (its sdkgen.toml receives the new versions).
    #[arg(long, default_value = "spec/gatekeeper.yaml")]
    spec: PathBuf,
    /// Output directory of the SDKs.
    #[arg(long, default_value = "generated")]
    out: PathBuf,
    /// Languages to release, comma separated.
    #[arg(long, value_delimiter = ',', default_value = "python,typescript,rust")]
    lang: Vec<String>,
    /// Print what would be done; write nothing.
    #[arg(long)]
    dry_run: bool,
    /// Date of the changelog entries, YYYY-MM-DD (default: $SDKGEN_RELEASE_DATE, else today, UTC).
    #[arg(long)]
    date: Option<String>,
}

#[derive(Subcommand)]
enum TemplatesCommand {
    /// Write the embedded templates to DIR/<lang>/ as a starting point for `--templates DIR`.
    Export {
        /// Folder to write into; files that exist with other contents are not overwritten.
        dir: PathBuf,
        /// Only these languages (python, typescript, rust, common), comma separated.
        #[arg(long, value_delimiter = ',')]
        lang: Vec<String>,
        /// Overwrite files that exist with other contents.
        #[arg(long)]
        force: bool,
    },
}

#[derive(Args)]
struct GenArgs {
    /// The OpenAPI document (YAML or JSON, 3.0 or 3.1).
    #[arg(long, default_value = "spec/gatekeeper.yaml")]
    spec: PathBuf,
    /// Output directory; each language goes to <out>/<lang>.
    #[arg(long, default_value = "generated")]
    out: PathBuf,
    /// Languages to generate, comma separated.
    #[arg(long, value_delimiter = ',', default_value = "python,typescript,rust")]
    lang: Vec<String>,
    /// Prefix of the SDK's main names (default: from sdkgen.toml or info.title).
    #[arg(long)]
    sdk_name: Option<String>,
    /// Version of every package (default: `version` of each language's table in sdkgen.toml, else
    /// the top-level `version`, else info.version).
    #[arg(long)]
    package_version: Option<String>,
    /// Python distribution name.
    #[arg(long)]
    python_dist: Option<String>,
    /// Python import package.
    #[arg(long)]
    python_package: Option<String>,
    /// npm package name.
    #[arg(long)]
    npm_name: Option<String>,
    /// Rust crate name.
    #[arg(long)]
    crate_name: Option<String>,
    /// A folder of template overrides: DIR/<lang>/<path> replaces the embedded template of that
    /// path (default: `templates` in sdkgen.toml).
    #[arg(long, value_name = "DIR")]
    templates: Option<PathBuf>,
    /// Run every stage even when the inputs and files match the manifest (warnings are printed
    /// again).
    #[arg(long)]
    force: bool,
}

impl GenArgs {
    fn options(&self) -> GenerateOptions {
        let mut overrides = ConfigFile {
            sdk_name: self.sdk_name.clone(),
            version: self.package_version.clone(),
            templates: self.templates.clone(),
            ..Default::default()
        };
        overrides.python.dist_name = self.python_dist.clone();
        overrides.python.package = self.python_package.clone();
        overrides.typescript.package_name = self.npm_name.clone();
        overrides.rust.crate_name = self.crate_name.clone();
        // The flag sets every package's version, over the per-language ones of sdkgen.toml.
        overrides.python.version = self.package_version.clone();
        overrides.typescript.version = self.package_version.clone();
        overrides.rust.version = self.package_version.clone();
        GenerateOptions { spec: self.spec.clone(), langs: self.lang.clone(), overrides }
    }
}

/// mimalloc's `mi_option_purge_delay` (index 15 of `mi_option_e` in the bundled mimalloc 2 and 3).
const MI_OPTION_PURGE_DELAY: libmimalloc_sys::mi_option_t = 15;

fn main() -> ExitCode {
    // A run frees and reallocates a lot within milliseconds; returning freed pages to the OS
    // (after 10 ms by default) only makes the kernel zero them again (a third of the time on
    // Microsoft Graph's 20 MB description). The process is short-lived: keep them.
    // SAFETY: sets a process-wide allocator option before any thread is started.
    unsafe { libmimalloc_sys::mi_option_set(MI_OPTION_PURGE_DELAY, -1) };
    // Transparent huge pages: each first touch of a 2 MiB page makes the kernel zero all of it
    // (on GitHub's description, clear_page was 29% of all samples and half the run was system
    // time), and a partly used one counts whole in the RSS (70 MB more at the peak). A run this
    // short gains nothing from fewer TLB misses: use 4 KiB pages.
    // (mimalloc's own `allow_thp` option comes too late here: its arena is reserved and advised
    // before `main`; the process-wide switch applies at each page fault.)
    #[cfg(target_os = "linux")]
    // SAFETY: PR_SET_THP_DISABLE takes plain integers and changes only this process.
    unsafe {
        libc::prctl(libc::PR_SET_THP_DISABLE, 1, 0, 0, 0);
    }
    sdkgen::load::use_big_stack_pool();
    let cli = Cli::parse();
    match run(&cli) {
        Ok(code) => code,
        Err(e) => {
            // Spec errors already say `error: <file>:<line>:...`.
            let text = e.to_string();
            if text.starts_with("error") {
                eprintln!("{text}");
            } else {
                eprintln!("error: {text}");
            }
            ExitCode::from(2)
        }
    }
}

fn print_warnings(cli: &Cli, warnings: &[sdkgen::diagnostics::Diagnostic]) {
    if cli.quiet {
        return;
    }
    for w in warnings {
        eprintln!("{w}");
    }
    if !warnings.is_empty() {
        eprintln!("{} warning(s)", warnings.len());
    }
}

fn run(cli: &Cli) -> Result<ExitCode, Box<dyn std::error::Error>> {
    match &cli.command {
        Command::Ir { spec } => {
            let opts = GenerateOptions { spec: spec.clone(), ..Default::default() };
            let (api, _, warnings, _, _) = pipeline::build_ir(&opts).map_err(boxed)?;
            print_warnings(cli, &warnings);
            println!("{}", serde_json::to_string_pretty(&api)?);
            Ok(ExitCode::SUCCESS)
        }
        Command::Templates(TemplatesCommand::Export { dir, lang, force }) => {
            const KNOWN: [&str; 4] = ["python", "typescript", "rust", "common"];
            if let Some(unknown) = lang.iter().find(|l| !KNOWN.contains(&l.as_str())) {
                return Err(format!("unknown language `{unknown}` (known: {})", KNOWN.join(", ")).into());
            }
            let langs: Vec<&str> = lang.iter().map(String::as_str).collect();
            let report = sdkgen::render::templates::export(dir, &langs, *force)?;
            if !report.refused.is_empty() {
                for path in &report.refused {
                    eprintln!("exists with other contents: {}", path.display());
                }
                return Err(format!(
                    "{} file(s) would be overwritten; nothing was written (use --force to overwrite)",
                    report.refused.len()
                )
                .into());
            }
            if !cli.quiet {
                eprintln!(
                    "{}: {} template(s) written, {} already identical",
                    dir.display(),
                    report.written.len(),
                    report.unchanged
                );
            }
            Ok(ExitCode::SUCCESS)
        }
        Command::Diff(args) => run_diff(cli, args),
        Command::Release(args) => run_release(cli, args),
        Command::Generate(args) | Command::Check(args) => {
            let started = Instant::now();
            let opts = args.options();
            let out = &args.out;
            if matches!(cli.command, Command::Check(_)) {
                let (report, generated) = pipeline::check_dir(&opts, out, args.force)?;
                if let Some(g) = &generated {
                    print_warnings(cli, &g.warnings);
                }
                return Ok(report_check(cli, out, &report));
            }
            let (report, generated) = pipeline::generate_into(&opts, out, args.force)?;
            if let Some(g) = &generated {
                print_warnings(cli, &g.warnings);
            }
            if cli.verbose {
                for (stage, d, peak) in generated.iter().flat_map(|g| &g.timings) {
                    let peak = peak.map(|mib| format!("  (peak memory so far: {mib} MiB)")).unwrap_or_default();
                    eprintln!("{stage:>12}: {:>8.1} ms{peak}", d.as_secs_f64() * 1e3);
                }
                eprintln!("{:>12}: {:>8.1} ms", "total", started.elapsed().as_secs_f64() * 1e3);
                if let Some(mib) = pipeline::peak_rss_mib() {
                    eprintln!("{:>12}: {mib:>8} MiB", "peak memory");
                }
            }
            for f in &report.files {
                let conflict = matches!(f.status, write::FileStatus::Conflict(_));
                if conflict || !cli.quiet {
                    eprintln!("{}: {f}", if conflict { "conflict" } else { "note" });
                }
            }
            if !cli.quiet {
                eprintln!("{} -> {}: {report}", args.spec.display(), out.display());
            }
            let conflicts: Vec<_> = report.conflicts().collect();
            if !conflicts.is_empty() {
                eprintln!(
                    "{} file(s) have merge conflicts between your edits and the new output; everything else \
                     is written. Resolve the `{}` ... `{}` blocks, then run `sdkgen generate` again:",
                    conflicts.len(),
                    write::MARK_START,
                    write::MARK_END
                );
                for (path, lines) in conflicts {
                    for line in lines {
                        eprintln!("  {}:{line}", out.join(path).display());
                    }
                }
                return Ok(ExitCode::from(3));
            }
            // The IR and the output (GitHub: about 120 MB in some 300,000 allocations) are not
            // freed one by one: the process ends here and the OS takes the pages back at once.
            std::mem::forget(generated);
            Ok(ExitCode::SUCCESS)
        }
    }
}

/// Prints what `check` found; exit 1 for drift or a conflict, 0 otherwise (hand edits that merge
/// cleanly and skipped files are listed, not failed).
fn report_check(cli: &Cli, out: &std::path::Path, report: &write::CheckReport) -> ExitCode {
    for f in &report.files {
        let label = match &f.status {
            write::FileStatus::Conflict(_) => "conflict",
            s if s.is_drift() => "drift",
            write::FileStatus::Skipped => "skipped",
            _ => "edited",
        };
        if label != "skipped" || !cli.quiet {
            eprintln!("{label}: {f}");
        }
    }
    for n in &report.notes {
        eprintln!("note: {n}");
    }
    if report.is_clean() {
        if !cli.quiet {
            let edited = report.files.iter().filter(|f| f.status == write::FileStatus::Edited).count();
            let extra = if edited > 0 { format!(", {edited} edited by hand") } else { String::new() };
            let how = if report.up_to_date { "; inputs and files match the manifest" } else { "" };
            eprintln!("{}: up to date ({} files{extra}{how})", out.display(), report.unchanged + edited);
        }
        return ExitCode::SUCCESS;
    }
    let drift = report.drift().count();
    let conflicts = report.conflicts().count();
    eprintln!(
        "{}: {drift} file(s) differ from fresh output, {conflicts} would conflict with your edits; run `sdkgen generate`",
        out.display()
    );
    ExitCode::from(1)
}

fn langs_of(names: &[String]) -> Result<Vec<diff::Lang>, Box<dyn std::error::Error>> {
    let mut langs = Vec::new();
    for n in names {
        let lang = diff::Lang::by_name(n)
            .ok_or_else(|| format!("unknown language `{n}` (known: python, typescript, rust)"))?;
        if !langs.contains(&lang) {
            langs.push(lang);
        }
    }
    Ok(langs)
}

fn run_diff(cli: &Cli, args: &DiffArgs) -> Result<ExitCode, Box<dyn std::error::Error>> {
    let langs = langs_of(&args.lang)?;
    let new_spec = args.new.as_ref().unwrap_or(&args.spec);
    let (old, new) = std::thread::scope(|s| {
        let old = s.spawn(|| match &args.old {
            Some(path) => diff::digest_spec(path).map(|(side, _, w)| (side, w)),
            None => diff::read_generated(&args.out).map(|side| (side, Vec::new())),
        });
        let new = diff::digest_spec(new_spec);
        (old.join().expect("digest thread"), new)
    });
    let (old, old_warnings) = old?;
    let (new, config, new_warnings) = new?;
    if cli.verbose {
        print_warnings(cli, &old_warnings);
        print_warnings(cli, &new_warnings);
    }
    let report = diff::Report::new(&old, &new, &config, &langs);
    match args.format {
        DiffFormat::Text => print!("{}", report.to_text()),
        DiffFormat::Json => print!("{}", report.to_json()),
        DiffFormat::Markdown => print!("{}", report.to_markdown()),
    }
    if args.fail_on == Some(FailOn::Breaking) && report.has_breaking() {
        if !cli.quiet {
            eprintln!("breaking changes: a package needs a major release (--fail-on breaking)");
        }
        return Ok(ExitCode::from(1));
    }
    Ok(ExitCode::SUCCESS)
}

fn run_release(cli: &Cli, args: &ReleaseArgs) -> Result<ExitCode, Box<dyn std::error::Error>> {
    let langs = langs_of(&args.lang)?;
    let date = match args.date.clone().or_else(|| std::env::var("SDKGEN_RELEASE_DATE").ok()) {
        Some(d) if diff::changelog::is_date(&d) => d,
        Some(d) => return Err(format!("--date `{d}`: expected YYYY-MM-DD").into()),
        None => diff::changelog::today(),
    };
    let old = diff::read_generated(&args.out)?;
    let (new, config, _) = diff::digest_spec(&args.spec)?;
    let report = diff::Report::new(&old, &new, &config, &langs);
    if report.changes.is_empty() {
        eprintln!("{}: the API did not change since the SDKs were generated; nothing to release", args.spec.display());
        return Ok(ExitCode::SUCCESS);
    }
    let toml_path = args.spec.parent().unwrap_or(std::path::Path::new(".")).join(pipeline::CONFIG_FILE);
    let entries: Vec<(diff::Lang, String)> =
        langs.iter().filter_map(|&l| diff::changelog::entry(&report, l, &date).map(|e| (l, e))).collect();
    if args.dry_run {
        print!("{}", report.to_text());
        println!();
        for p in &report.packages {
            println!(
                "would set [{}] version = \"{}\" in {} ({} release)",
                p.language.name(),
                p.next,
                toml_path.display(),
                p.bump
            );
        }
        println!("would regenerate {} from {}", args.out.display(), args.spec.display());
        for (lang, e) in &entries {
            let path = args.out.join(lang.name()).join(diff::changelog::FILE);
            println!("would prepend to {}:\n\n{e}", path.display());
        }
        return Ok(ExitCode::SUCCESS);
    }
    // 1. The versions, keeping the file's formatting and comments.
    let text = match std::fs::read_to_string(&toml_path) {
        Ok(t) => t,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => String::new(),
        Err(e) => return Err(format!("{}: {e}", toml_path.display()).into()),
    };
    let mut doc: toml_edit::DocumentMut = text.parse().map_err(|e| format!("{}: {e}", toml_path.display()))?;
    for p in &report.packages {
        let table = doc
            .entry(p.language.name())
            .or_insert_with(|| toml_edit::Item::Table(toml_edit::Table::new()))
            .as_table_like_mut()
            .ok_or_else(|| format!("{}: `{}` is not a table", toml_path.display(), p.language.name()))?;
        // Keep a comment after the old value.
        match table.get_mut("version").and_then(|v| v.as_value_mut()) {
            Some(v) => {
                let decor = v.decor().clone();
                *v = toml_edit::Value::from(p.next.clone());
                *v.decor_mut() = decor;
            }
            None => {
                table.insert("version", toml_edit::value(p.next.clone()));
            }
        }
    }
    std::fs::write(&toml_path, doc.to_string()).map_err(|e| format!("{}: {e}", toml_path.display()))?;
    // 2. Regenerate with the new versions.
    let opts = GenerateOptions {
        spec: args.spec.clone(),
        langs: langs.iter().map(|l| l.name().to_string()).collect(),
        overrides: ConfigFile::default(),
    };
    let (written, generated) = pipeline::generate_into(&opts, &args.out, false)?;
    if let Some(g) = &generated {
        print_warnings(cli, &g.warnings);
    }
    // 3. The changelogs (not part of the generated output: `generate` never touches them).
    {
        let _lock = write::OutputLock::acquire(&args.out)?;
        for (lang, e) in &entries {
            let dir = args.out.join(lang.name());
            diff::changelog::write(&dir, e)
                .map_err(|err| format!("{}: {err}", dir.join(diff::changelog::FILE).display()))?;
        }
    }
    if !cli.quiet {
        for p in &report.packages {
            eprintln!("{} {}: {} -> {} ({})", p.language.title(), p.name, p.current, p.next, p.bump);
        }
        eprintln!("{} -> {}: {written}", args.spec.display(), args.out.display());
    }
    if written.has_conflicts() {
        eprintln!("some files have merge conflicts with your edits; resolve them and run `sdkgen generate`");
        return Ok(ExitCode::from(3));
    }
    Ok(ExitCode::SUCCESS)
}

fn boxed(e: GenerateError) -> Box<dyn std::error::Error> {
    Box::new(e)
}
