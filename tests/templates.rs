//! Template overrides as a user meets them: `--templates DIR`, `templates = "DIR"` in sdkgen.toml,
//! `sdkgen templates export`, errors in an override, and drift when an override changes.

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

fn write(path: &Path, text: &str) {
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(path, text).unwrap();
}

fn s(p: &Path) -> &str {
    p.to_str().unwrap()
}

#[test]
fn an_override_replaces_one_template_and_check_sees_it_change() {
    let tmp = tempfile::tempdir().unwrap();
    let (ovr, out) = (tmp.path().join("ovr"), tmp.path().join("out"));
    write(&ovr.join("python/LICENSE.j2"), "Licensed to {{ sdk_name }} users only.\n");
    let gen = sdkgen(&["generate", "--lang", "python", "--out", s(&out), "--templates", s(&ovr)]);
    assert_eq!(gen.status.code(), Some(0), "{}", stderr(&gen));
    assert_eq!(std::fs::read_to_string(out.join("python/LICENSE")).unwrap(), "Licensed to Gatekeeper users only.\n");
    // Every other file is what the embedded templates give.
    let plain = tmp.path().join("plain");
    assert_eq!(sdkgen(&["generate", "--lang", "python", "--out", s(&plain)]).status.code(), Some(0));
    let readme = |dir: &Path| std::fs::read(dir.join("python/README.md")).unwrap();
    assert_eq!(readme(&out), readme(&plain));

    let check = |extra: &[&str]| {
        let mut args = vec!["check", "--lang", "python", "--out", s(&out)];
        args.extend_from_slice(extra);
        sdkgen(&args).status.code()
    };
    assert_eq!(check(&["--templates", s(&ovr)]), Some(0));
    // Without the override, or with the override changed, the output is stale.
    assert_eq!(check(&[]), Some(1));
    write(&ovr.join("python/LICENSE.j2"), "Licensed to {{ sdk_name }} users only!\n");
    assert_eq!(check(&["--templates", s(&ovr)]), Some(1));
}

#[test]
fn an_override_folder_from_sdkgen_toml_is_relative_to_it() {
    let tmp = tempfile::tempdir().unwrap();
    let spec_dir = tmp.path().join("api");
    std::fs::create_dir_all(&spec_dir).unwrap();
    let spec = spec_dir.join("petstore.yaml");
    std::fs::copy(Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/ir/params.yaml"), &spec).unwrap();
    write(&spec_dir.join("sdkgen.toml"), "templates = \"my-templates\"\n");
    write(&spec_dir.join("my-templates/rust/rustfmt.toml.j2"), "# from my templates\n");
    let out = tmp.path().join("out");
    let gen = sdkgen(&["generate", "--lang", "rust", "--spec", s(&spec), "--out", s(&out)]);
    assert_eq!(gen.status.code(), Some(0), "{}", stderr(&gen));
    assert_eq!(std::fs::read_to_string(out.join("rust/rustfmt.toml")).unwrap(), "# from my templates\n");
}

#[test]
fn a_broken_override_names_its_file_and_line_and_exits_2() {
    let tmp = tempfile::tempdir().unwrap();
    let ovr = tmp.path().join("ovr");
    let out = tmp.path().join("out");
    for (text, expected) in [
        ("line one\n{% for x in %}\n", "syntax error"),
        ("line one\nline two {{ no_such_variable }}\n", "undefined value"),
    ] {
        write(&ovr.join("typescript/LICENSE.j2"), text);
        let run = sdkgen(&["generate", "--lang", "typescript", "--out", s(&out), "--templates", s(&ovr)]);
        let err = stderr(&run);
        assert_eq!(run.status.code(), Some(2), "{err}");
        let located = format!("{}:2: template error: {expected}", ovr.join("typescript/LICENSE.j2").display());
        assert!(err.contains(&located), "{err}");
        assert!(err.contains("  2 | line two") || err.contains("  2 | {% for x in %}"), "{err}");
        assert!(!err.contains("panicked"), "{err}");
        assert!(!out.join("typescript").exists(), "nothing is written when a template fails");
    }
    let missing = sdkgen(&["generate", "--out", s(&out), "--templates", s(&tmp.path().join("nope"))]);
    assert_eq!(missing.status.code(), Some(2));
    assert!(stderr(&missing).contains("template folder does not exist"), "{}", stderr(&missing));
}

#[test]
fn an_unused_override_is_a_warning() {
    let tmp = tempfile::tempdir().unwrap();
    let ovr = tmp.path().join("ovr");
    write(&ovr.join("python/macros/no_such_template.py.j2"), "x");
    let run = sdkgen(&["generate", "--lang", "python", "--out", s(&tmp.path().join("out")), "--templates", s(&ovr)]);
    assert_eq!(run.status.code(), Some(0));
    assert!(stderr(&run).contains("no_such_template.py.j2: template override not used"), "{}", stderr(&run));
}

#[test]
fn export_writes_the_embedded_templates_and_never_overwrites_an_edit() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("t");
    let run = sdkgen(&["templates", "export", s(&dir), "--lang", "rust"]);
    assert_eq!(run.status.code(), Some(0), "{}", stderr(&run));
    assert!(dir.join("rust/Cargo.toml.j2").is_file());
    assert!(dir.join("rust/runtime").is_dir());
    assert!(!dir.join("python").exists());
    // Exported templates used as overrides give exactly the default output.
    let (a, b) = (tmp.path().join("a"), tmp.path().join("b"));
    assert_eq!(sdkgen(&["generate", "--lang", "rust", "--out", s(&a), "--templates", s(&dir)]).status.code(), Some(0));
    assert_eq!(sdkgen(&["generate", "--lang", "rust", "--out", s(&b)]).status.code(), Some(0));
    let lib = |d: &Path| std::fs::read(d.join("rust/src/lib.rs")).unwrap();
    assert_eq!(lib(&a), lib(&b));

    std::fs::write(dir.join("rust/Cargo.toml.j2"), "edited").unwrap();
    let again = sdkgen(&["templates", "export", s(&dir), "--lang", "rust"]);
    assert_eq!(again.status.code(), Some(2));
    assert!(stderr(&again).contains("Cargo.toml.j2"), "{}", stderr(&again));
    assert_eq!(std::fs::read_to_string(dir.join("rust/Cargo.toml.j2")).unwrap(), "edited");
    let bad = sdkgen(&["templates", "export", s(&dir), "--lang", "cobol"]);
    assert_eq!(bad.status.code(), Some(2));
}
