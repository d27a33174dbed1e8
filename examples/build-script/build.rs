//! Generates the Rust SDK of the Gatekeeper spec into OUT_DIR at build time.

use std::path::PathBuf;

fn main() {
    let root = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").expect("set by cargo"));
    let out = PathBuf::from(std::env::var("OUT_DIR").expect("set by cargo")).join("sdk");
    let generator = sdkgen::Generator::new(root.join("../../spec/gatekeeper.yaml"))
        .languages(&[sdkgen::Lang::Rust])
        .out_dir(&out)
        .rust_include(true);
    // Rerun when the spec, its sdkgen.toml or the template overrides change (and when this file
    // or sdkgen does, as for any build script).
    if let Err(e) = generator.rerun_if_changed().and_then(|()| generator.generate()) {
        eprintln!("{e}");
        std::process::exit(1);
    }
}
