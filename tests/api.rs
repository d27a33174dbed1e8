//! The library API (`sdkgen::Generator`): what a build script calls.

use std::path::PathBuf;

use sdkgen::{Generator, Lang};

fn spec() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("spec/gatekeeper.yaml")
}

#[test]
fn generate_reports_files_then_a_free_no_op_and_check_agrees() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("sdk");
    let generator = Generator::new(spec()).languages(&[Lang::Rust]).out_dir(&out).rust_include(true);

    let first = generator.generate().unwrap();
    assert!(!first.up_to_date);
    assert!(first.written.iter().any(|p| p == "rust/src/lib.rs"), "{:?}", first.written);
    assert!(first.written.iter().all(|p| p.starts_with("rust/") || p.starts_with(".sdkgen")), "{:?}", first.written);
    assert!(!out.join("python").exists(), "only the languages asked for");
    let include = first.rust_include.clone().unwrap();
    assert_eq!(include, out.join("rust/src/lib.include.rs"));
    let text = std::fs::read_to_string(&include).unwrap();
    assert!(!text.contains("//!") && text.contains("mod services;"), "{text}");

    let second = generator.generate().unwrap();
    assert!(second.up_to_date && second.written.is_empty());
    assert_eq!(second.unchanged, first.written.len());

    let checked = generator.check().unwrap();
    assert!(checked.is_clean() && checked.report.up_to_date);

    std::fs::remove_file(out.join("rust/src/lib.rs")).unwrap();
    assert!(!generator.check().unwrap().is_clean(), "a deleted file is drift");
    let third = generator.generate().unwrap();
    assert!(!third.up_to_date && third.written == ["rust/src/lib.rs"], "{:?}", third.written);
}

#[test]
fn inputs_are_the_spec_and_its_config() {
    let inputs = Generator::new(spec()).inputs().unwrap();
    assert_eq!(inputs, [spec(), spec().with_file_name("sdkgen.toml")]);
    let with_templates = Generator::new(spec()).templates("my-templates").inputs().unwrap();
    assert_eq!(with_templates.last().unwrap(), &PathBuf::from("my-templates"));
}

#[test]
fn an_invalid_spec_is_an_error_naming_the_file() {
    let dir = tempfile::tempdir().unwrap();
    let spec = dir.path().join("bad.yaml");
    std::fs::write(&spec, "openapi: 3.0.0\ninfo: {title: x}\npaths: {}\n").unwrap();
    let e = Generator::new(&spec).out_dir(dir.path().join("out")).generate().unwrap_err();
    assert!(e.to_string().contains("bad.yaml"), "{e}");
}
