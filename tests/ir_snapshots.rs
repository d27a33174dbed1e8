//! The IR of every fixture spec (and of spec/gatekeeper.yaml), with its warnings, as reviewed
//! snapshots. A change in lowering shows up here as a diff to accept or reject.

use std::path::{Path, PathBuf};

use sdkgen::pipeline::{build_ir, GenerateOptions};

/// Paths in snapshots are relative to the crate, so they are the same on every machine.
fn relative(path: &Path) -> PathBuf {
    path.strip_prefix(env!("CARGO_MANIFEST_DIR")).map(Path::to_path_buf).unwrap_or_else(|_| path.to_path_buf())
}

fn ir_snapshot(spec: &Path) -> serde_json::Value {
    let opts = GenerateOptions { spec: relative(spec), ..Default::default() };
    let (api, config, warnings, _, _) = match build_ir(&opts) {
        Ok(x) => x,
        Err(e) => panic!("{} failed to lower: {e}", spec.display()),
    };
    let warnings: Vec<String> = warnings.iter().map(ToString::to_string).collect();
    serde_json::json!({ "config": config, "warnings": warnings, "ir": api })
}

#[test]
fn fixture_specs() {
    insta::glob!("fixtures/ir/*.yaml", |path| {
        insta::assert_json_snapshot!(ir_snapshot(path));
    });
}

#[test]
fn hostile_spec() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/hostile.yaml");
    insta::assert_json_snapshot!(ir_snapshot(&path));
}

#[test]
fn gatekeeper_spec() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("spec/gatekeeper.yaml");
    insta::assert_json_snapshot!(ir_snapshot(&path));
}

/// Same input, same IR: lowering twice gives byte-identical JSON.
#[test]
fn lowering_is_deterministic() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("spec/gatekeeper.yaml");
    let a = serde_json::to_string(&ir_snapshot(&path)).unwrap_or_default();
    let b = serde_json::to_string(&ir_snapshot(&path)).unwrap_or_default();
    assert!(!a.is_empty());
    assert_eq!(a, b);
}
