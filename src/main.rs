//! The `sdkgen` command line: generate | check | ir.

use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

use clap::{Args, Parser, Subcommand};
use sdkgen::config::ConfigFile;
use sdkgen::pipeline::{self, GenerateError, GenerateOptions};
use sdkgen::write;

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

Hand edits to generated files are kept: each is merged with the new output; files listed in
<out>/.sdkgenignore are never written.

Exit codes: 0 success, 1 drift or a merge conflict (check), 2 invalid input or usage (or another
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
    /// Package version (default: from sdkgen.toml or info.version).
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
                for (stage, d) in generated.iter().flat_map(|g| &g.timings) {
                    eprintln!("{stage:>12}: {:>8.1} ms", d.as_secs_f64() * 1e3);
                }
                eprintln!("{:>12}: {:>8.1} ms", "total", started.elapsed().as_secs_f64() * 1e3);
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

fn boxed(e: GenerateError) -> Box<dyn std::error::Error> {
    Box::new(e)
}
