//! The command line as a user meets it: exit codes, messages with locations, generate/check.

use std::path::Path;
use std::process::{Command, Output};

fn sdkgen(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_sdkgen"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("sdkgen runs")
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// Invalid documents: exit 2, a message that names the file and where, and never a panic.
#[test]
fn invalid_specs_exit_2_with_location() {
    insta::glob!("fixtures/invalid/*.yaml", |path| {
        let rel = path.strip_prefix(env!("CARGO_MANIFEST_DIR")).unwrap_or(path);
        let rel = rel.to_string_lossy().replace('\\', "/");
        let out = sdkgen(&["ir", "--spec", &rel]);
        let err = stderr(&out);
        assert_eq!(out.status.code(), Some(2), "{rel}: {err}");
        assert!(!err.contains("panicked"), "{rel} panicked: {err}");
        assert!(err.contains(&rel), "{rel}: message does not name the file: {err}");
        insta::assert_snapshot!(err);
    });
}

#[test]
fn missing_file_and_bad_usage_exit_2() {
    let out = sdkgen(&["generate", "--spec", "does/not/exist.yaml", "--out", "target/never"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("does/not/exist.yaml"));
    let out = sdkgen(&["generate", "--lang", "cobol", "--out", "target/never"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("cobol"));
    let out = sdkgen(&["frobnicate"]);
    assert_eq!(out.status.code(), Some(2));
}

/// A language named twice is generated once (it used to fail: "generated more than once").
#[test]
fn a_language_named_twice_is_generated_once() {
    let dir = tempfile::tempdir().expect("tempdir");
    let out_dir = dir.path().join("out");
    let out = sdkgen(&[
        "generate",
        "--quiet",
        "--spec",
        "tests/fixtures/ir/bodies.yaml",
        "--out",
        out_dir.to_str().unwrap(),
        "--lang",
        "python,python",
        "--lang",
        "python",
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(out_dir.join("python/pyproject.toml").is_file());
    assert!(!out_dir.join("rust").exists() && !out_dir.join("typescript").exists());
}

#[test]
fn help_and_version() {
    let out = sdkgen(&["--help"]);
    assert_eq!(out.status.code(), Some(0));
    let help = String::from_utf8_lossy(&out.stdout);
    assert!(help.contains("sdkgen generate"), "{help}");
    let out = sdkgen(&["--version"]);
    assert!(String::from_utf8_lossy(&out.stdout).starts_with("sdkgen "));
}

/// generate then check: up to date (0); a hand edit is listed but not drift (0); a deleted file
/// is drift (1); generate again fixes it and keeps the edit and the user's own files.
#[test]
fn generate_then_check_detects_drift() {
    let dir = tempfile::tempdir().expect("tempdir");
    let out_dir = dir.path().join("out");
    let out_arg = out_dir.to_string_lossy().into_owned();
    let spec = "tests/fixtures/ir/bodies.yaml";
    let gen = sdkgen(&["generate", "--spec", spec, "--out", &out_arg, "--quiet"]);
    assert_eq!(gen.status.code(), Some(0), "{}", stderr(&gen));
    let check = sdkgen(&["check", "--spec", spec, "--out", &out_arg]);
    assert_eq!(check.status.code(), Some(0), "{}", stderr(&check));
    assert!(out_dir.join(".sdkgen.json").exists());

    // Edit one generated file and add a foreign one: the edit is listed, nothing is drift.
    let readme = out_dir.join("python/README.md");
    let edited = format!("{}\nA paragraph of ours.\n", std::fs::read_to_string(&readme).expect("readme"));
    std::fs::write(&readme, &edited).expect("edit");
    std::fs::write(out_dir.join("python").join("NOTES.local"), "mine").expect("foreign file");
    let check = sdkgen(&["check", "--spec", spec, "--out", &out_arg]);
    assert_eq!(check.status.code(), Some(0), "{}", stderr(&check));
    assert!(stderr(&check).contains("edited: python/README.md"), "{}", stderr(&check));

    // A deleted generated file is drift.
    std::fs::remove_file(out_dir.join("python/pyproject.toml")).expect("delete");
    let check = sdkgen(&["check", "--spec", spec, "--out", &out_arg]);
    assert_eq!(check.status.code(), Some(1), "{}", stderr(&check));
    assert!(stderr(&check).contains("drift: python/pyproject.toml: missing"), "{}", stderr(&check));

    let gen = sdkgen(&["generate", "--spec", spec, "--out", &out_arg, "--quiet"]);
    assert_eq!(gen.status.code(), Some(0));
    let check = sdkgen(&["check", "--spec", spec, "--out", &out_arg]);
    assert_eq!(check.status.code(), Some(0), "{}", stderr(&check));
    assert!(out_dir.join("python/pyproject.toml").exists());
    assert_eq!(std::fs::read_to_string(&readme).expect("readme"), edited);
    assert_eq!(std::fs::read_to_string(out_dir.join("python/NOTES.local")).expect("foreign"), "mine");
}

/// Two runs give byte-identical trees.
#[test]
fn output_is_deterministic() {
    let a = tempfile::tempdir().expect("tempdir");
    let b = tempfile::tempdir().expect("tempdir");
    // The work is spread over a thread pool: one thread and eight must give the same bytes.
    for (d, threads) in [(&a, "1"), (&b, "8")] {
        let out = Command::new(env!("CARGO_BIN_EXE_sdkgen"))
            .args(["generate", "--spec", "spec/gatekeeper.yaml", "--out", &d.path().to_string_lossy(), "--quiet"])
            .env("RAYON_NUM_THREADS", threads)
            .current_dir(env!("CARGO_MANIFEST_DIR"))
            .output()
            .expect("sdkgen runs");
        assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    }
    let list = |root: &Path| {
        let mut files = Vec::new();
        let mut stack = vec![root.to_path_buf()];
        while let Some(d) = stack.pop() {
            for e in std::fs::read_dir(&d).expect("read_dir").flatten() {
                let p = e.path();
                if p.is_dir() {
                    stack.push(p);
                } else {
                    files.push((p.strip_prefix(root).expect("prefix").to_path_buf(), std::fs::read(&p).expect("read")));
                }
            }
        }
        files.sort();
        files
    };
    let (fa, fb) = (list(a.path()), list(b.path()));
    assert!(fa.len() > 10);
    assert_eq!(fa, fb);
}

/// The committed generated/ tree equals fresh output of the committed spec and templates.
#[test]
fn committed_generated_tree_is_current() {
    // --force: the full comparison, not the fast path's hashes.
    let out = sdkgen(&["check", "--force", "--spec", "spec/gatekeeper.yaml", "--out", "generated"]);
    assert_eq!(out.status.code(), Some(0), "generated/ is stale; run `sdkgen generate`:\n{}", stderr(&out));
    // Here generated/ is exactly the generator's output: no hand edit either.
    assert!(!stderr(&out).contains("edited:"), "generated/ has hand edits:\n{}", stderr(&out));
}

/// `version` in a language's table of sdkgen.toml is that package's version, in every file that
/// states it (`release` bumps each package on its own).
#[test]
fn per_language_versions_reach_the_packages() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::copy("spec/gatekeeper.yaml", dir.path().join("gatekeeper.yaml")).unwrap();
    std::fs::write(
        dir.path().join("sdkgen.toml"),
        "[python]\nversion = \"2.0.0\"\n[rust]\nversion = \"3.0.0\"\n[typescript]\nversion = \"4.0.0\"\n",
    )
    .unwrap();
    let spec = dir.path().join("gatekeeper.yaml");
    let out = dir.path().join("out");
    let o = sdkgen(&["generate", "--quiet", "--spec", spec.to_str().unwrap(), "--out", out.to_str().unwrap()]);
    assert!(o.status.success(), "{}", stderr(&o));
    let read = |p: &str| std::fs::read_to_string(out.join(p)).unwrap();
    assert!(read("python/pyproject.toml").contains("version = \"2.0.0\""));
    assert!(read("rust/Cargo.toml").contains("version = \"3.0.0\""));
    assert!(read("typescript/package.json").contains("\"version\": \"4.0.0\""));
}
