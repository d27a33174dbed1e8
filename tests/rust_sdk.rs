//! The generated Rust SDK where API evolution meets it (see the module doc of `src/diff/rules.rs`):
//! `#[deprecated]` from the spec's `deprecated: true` on operations, parameters and properties,
//! with notes escaped as string literals; `#[non_exhaustive]` on enums, unions and the structs
//! callers only read, while the structs operations send stay exhaustive (callers build them).

use std::path::Path;

use sdkgen::{Generator, Lang};

fn generate(fixture: &str, out: &Path) {
    let spec = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures").join(fixture);
    Generator::new(spec).languages(&[Lang::Rust]).out_dir(out).generate().unwrap();
}

#[test]
fn deprecations_and_evolution_safe_shapes() {
    let dir = tempfile::tempdir().unwrap();
    generate("ir/deprecated.yaml", dir.path());
    let rust = dir.path().join("rust");
    let service = std::fs::read_to_string(rust.join("src/services/widgets.rs")).unwrap();
    let models = std::fs::read_to_string(rust.join("src/models/widgets.rs")).unwrap();
    // A hostile description ends no doc line or string early: its text stays in doc comments and
    // in the note's string literal.
    for line in service.lines().filter(|l| l.contains("fn evil")) {
        let code = line.trim_start();
        assert!(code.starts_with("///") || code.starts_with("note = \"Deprecated \\\"quoted\\\""), "{line}");
    }
    insta::assert_snapshot!("deprecated_service", service);
    insta::assert_snapshot!("deprecated_models", models);
}
