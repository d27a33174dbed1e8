//! Hand edits survive regeneration, `.sdkgenignore`, the lock, and the no-op fast path, as a user
//! meets them on the command line (the language-level checks are in `scripts/test-edits`).

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// A copy of the Gatekeeper spec and its config in a temporary folder, generated in Python.
struct Project {
    _dir: tempfile::TempDir,
    spec: PathBuf,
    out: PathBuf,
}

const SERVICE: &str = "python/src/gatekeeper/services/auth.py";

impl Project {
    fn new() -> Project {
        let dir = tempfile::tempdir().expect("tempdir");
        let root = Path::new(env!("CARGO_MANIFEST_DIR"));
        fs::create_dir_all(dir.path().join("spec")).expect("mkdir");
        for f in ["gatekeeper.yaml", "sdkgen.toml"] {
            fs::copy(root.join("spec").join(f), dir.path().join("spec").join(f)).expect("copy");
        }
        let spec = dir.path().join("spec/gatekeeper.yaml");
        let out = dir.path().join("out");
        Project { _dir: dir, spec, out }
    }

    fn run(&self, cmd: &str, extra: &[&str]) -> Output {
        let spec = self.spec.to_string_lossy();
        let out = self.out.to_string_lossy();
        let mut args = vec![cmd, "--spec", &spec, "--out", &out];
        if !extra.contains(&"--lang") {
            args.extend(["--lang", "python"]);
        }
        args.extend_from_slice(extra);
        Command::new(env!("CARGO_BIN_EXE_sdkgen")).args(&args).output().expect("sdkgen runs")
    }

    fn generate(&self) -> Output {
        self.run("generate", &[])
    }

    fn check(&self) -> Output {
        self.run("check", &[])
    }

    fn replace_in(&self, path: &Path, from: &str, to: &str) {
        // The first occurrence (a Python service has a sync and an async flavour of each method).
        let text = fs::read_to_string(path).expect("read");
        assert!(text.contains(from), "{from:?} in {}", path.display());
        fs::write(path, text.replacen(from, to, 1)).expect("write");
    }

    fn file(&self, rel: &str) -> PathBuf {
        self.out.join(rel)
    }

    fn read(&self, rel: &str) -> String {
        fs::read_to_string(self.file(rel)).expect("read")
    }
}

/// Whether `generate` took the fast path (nothing lowered or rendered).
fn fast(o: &Output) -> bool {
    assert_eq!(o.status.code(), Some(0), "{}", stderr(o));
    stderr(o).contains(": up to date (")
}

#[test]
fn no_op_is_fast_and_any_change_takes_the_full_path() {
    let p = Project::new();
    assert!(!fast(&p.generate()), "first run");
    assert!(fast(&p.generate()), "nothing changed");
    let check = p.check();
    assert!(stderr(&check).contains("inputs and files match the manifest"), "{}", stderr(&check));
    assert!(!fast(&p.run("generate", &["--force"])), "--force");

    // The spec.
    p.replace_in(&p.spec, "summary: Current user\n", "summary: The signed-in user\n");
    let o = p.generate();
    assert!(!fast(&o) && stderr(&o).contains(" written, "), "{}", stderr(&o));
    assert!(p.read(SERVICE).contains("The signed-in user."));
    assert!(fast(&p.generate()));

    // The config next to the spec.
    let toml = p.spec.with_file_name("sdkgen.toml");
    fs::write(&toml, format!("version = \"7.0.0\"\n{}", fs::read_to_string(&toml).unwrap())).unwrap();
    assert!(!fast(&p.generate()));
    assert!(p.read("python/pyproject.toml").contains("7.0.0"));
    assert!(fast(&p.generate()));
    // A command-line override is config too.
    assert!(!fast(&p.run("generate", &["--package-version", "7.0.1"])));
    assert!(fast(&p.run("generate", &["--package-version", "7.0.1"])));
    assert!(!fast(&p.generate()));

    // Another language.
    assert!(!fast(&p.run("generate", &["--lang", "python,typescript"])));
    assert!(fast(&p.run("generate", &["--lang", "typescript"])));

    // A file changed on disk: the full path, which keeps it as a hand edit.
    let readme = p.file("python/README.md");
    let original = fs::read_to_string(&readme).unwrap();
    fs::write(&readme, format!("{original}\nOurs.\n")).unwrap();
    let o = p.generate();
    assert!(!fast(&o) && stderr(&o).contains("python/README.md: edited by hand"), "{}", stderr(&o));
    assert!(p.read("python/README.md").ends_with("\nOurs.\n"));
    fs::write(&readme, &original).unwrap();
    assert!(!fast(&p.generate()), "edit undone: the manifest forgets it");
    assert!(fast(&p.generate()));

    // A deleted file: the full path restores it.
    fs::remove_file(&readme).unwrap();
    let c = p.check();
    assert_eq!(c.status.code(), Some(1), "{}", stderr(&c));
    assert!(!fast(&p.generate()));
    assert_eq!(fs::read_to_string(&readme).unwrap(), original);
    assert!(fast(&p.generate()));

    // .sdkgenignore is an input too.
    fs::write(p.out.join(".sdkgenignore"), "python/LICENSE\n").unwrap();
    assert!(!fast(&p.generate()));
    assert!(fast(&p.generate()));
}

#[test]
fn edits_merge_and_overlaps_conflict_with_exit_3() {
    let p = Project::new();
    assert_eq!(p.generate().status.code(), Some(0));
    // Edit a method's doc line; the spec changes another operation of the same file.
    p.replace_in(&p.file(SERVICE), "\"\"\"Log out everywhere.\n", "\"\"\"Log out everywhere (ours).\n");
    let service = fs::read_to_string(p.file(SERVICE)).unwrap();
    let me_line = service.lines().position(|l| l.trim() == "\"\"\"Current user.").expect("me docstring") + 1;
    p.replace_in(&p.spec, "summary: Current user\n", "summary: The signed-in user\n");
    let check = p.check();
    assert_eq!(check.status.code(), Some(1), "the output is stale: {}", stderr(&check));
    assert!(stderr(&check).contains(&format!("drift: {SERVICE}: edited by hand; the new output merges cleanly")));
    let o = p.generate();
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let merged = p.read(SERVICE);
    assert!(merged.contains("Log out everywhere (ours).") && merged.contains("The signed-in user."), "{merged}");

    // Edit the very line the spec changes next: a conflict.
    let first = merged.find("\"\"\"The signed-in user.\n").expect("me");
    let mut edited = merged.clone();
    edited.replace_range(first..first + "\"\"\"The signed-in user.\n".len(), "\"\"\"Whoever is signed in (ours).\n");
    fs::write(p.file(SERVICE), &edited).unwrap();
    p.replace_in(&p.spec, "summary: The signed-in user\n", "summary: Whoever holds the token\n");
    let check = p.check();
    assert_eq!(check.status.code(), Some(1), "{}", stderr(&check));
    assert!(stderr(&check).contains(&format!("conflict: {SERVICE}:{me_line}:")), "{}", stderr(&check));
    let readme_before = p.read("python/README.md");
    let o = p.generate();
    assert_eq!(o.status.code(), Some(3), "{}", stderr(&o));
    let err = stderr(&o);
    assert!(err.contains(&format!("{}:{me_line}", p.file(SERVICE).display())), "{err}");
    let text = p.read(SERVICE);
    let block = "<<<<<<< edited\n        \"\"\"Whoever is signed in (ours).\n=======\n        \"\"\"Whoever holds the token.\n>>>>>>> generated\n";
    assert!(text.contains(block), "{text}");
    assert_eq!(text.lines().position(|l| l == "<<<<<<< edited").map(|i| i + 1), Some(me_line));
    assert!(text.contains("Log out everywhere (ours)."), "earlier edit kept");
    // Everything else was written.
    let readme = p.read("python/README.md");
    assert!(readme != readme_before && readme.contains("Whoever holds the token"));
    // Unresolved markers are still a conflict on the next run.
    assert_eq!(p.generate().status.code(), Some(3));
    // Resolved: clean again, and the resolution stays.
    let resolved = text.replace(block, "        \"\"\"Whoever is signed in (ours).\n");
    fs::write(p.file(SERVICE), &resolved).unwrap();
    assert_eq!(p.generate().status.code(), Some(0));
    assert_eq!(p.check().status.code(), Some(0));
    assert_eq!(p.read(SERVICE), resolved);
}

#[test]
fn sdkgenignore_files_are_never_written_and_reported_as_skipped() {
    let p = Project::new();
    p.generate();
    fs::write(p.out.join(".sdkgenignore"), "# our own README\npython/README.md\n").unwrap();
    fs::write(p.file("python/README.md"), "# Ours entirely\n").unwrap();
    p.replace_in(&p.spec, "summary: Current user\n", "summary: The signed-in user\n");
    let o = p.generate();
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert_eq!(p.read("python/README.md"), "# Ours entirely\n");
    let c = p.check();
    assert_eq!(c.status.code(), Some(0), "{}", stderr(&c));
    assert!(stderr(&c).contains("skipped: python/README.md: skipped (.sdkgenignore)"), "{}", stderr(&c));
}

#[test]
fn an_edited_file_no_longer_generated_is_kept_and_reported() {
    let p = Project::new();
    p.generate();
    let health = "python/src/gatekeeper/services/health.py";
    let kept = p.read(health) + "# ours\n";
    fs::write(p.file(health), &kept).unwrap();
    // Drop the Health operations (the tag's only path, the last of `paths`).
    let spec = fs::read_to_string(&p.spec).unwrap();
    let start = spec.find("\n  /api/health:\n").expect("health path");
    let end = spec[start..].find("\ncomponents:").map(|i| start + i).expect("components");
    fs::write(&p.spec, format!("{}{}", &spec[..start], &spec[end..])).unwrap();
    let o = p.generate();
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(stderr(&o).contains(&format!("{health}: edited by hand and no longer generated")), "{}", stderr(&o));
    assert_eq!(p.read(health), kept);
    assert_eq!(p.check().status.code(), Some(0), "kept, untracked: the user's file now");
}

#[test]
fn a_second_run_is_refused_while_one_writes() {
    let p = Project::new();
    p.generate();
    p.replace_in(&p.spec, "summary: Current user\n", "summary: The signed-in user\n");
    let lock = sdkgen::write::OutputLock::acquire(&p.out).expect("lock");
    let o = p.generate();
    assert_eq!(o.status.code(), Some(2));
    let err = stderr(&o);
    assert!(err.contains("another sdkgen run") && err.contains("wait for it to finish"), "{err}");
    assert!(err.contains(&format!("pid {}", std::process::id())), "{err}");
    drop(lock);
    assert_eq!(p.generate().status.code(), Some(0));
}
