#!/usr/bin/env bash
# Section of scripts/bench (sourced by it: $ROOT, $OUT, $C, common.sh and corpus.sh are set).
# What decoding a response costs in GitHub's Rust SDK (release build, `repos` feature): GitHub's
# `full-repository` example (a repository with its owner, organization, parent, source, license
# and permissions: models nested four deep) read into `FullRepository` 2,000 times; the median of
# 5 rounds, in microseconds per decode (the clone of the `Value` each decode consumes subtracted):
#   sdk         the path the SDK's responses take (`de::from_value` in the crate's call.rs; the
#               bench's scratch copy of the crate makes it public to call it);
#   from_value  `serde_json::from_value`, as a user decoding a `Value` of their own;
#   from_str    `serde_json::from_str`, from the example's text.
# With SDKGEN_BEFORE=<another sdkgen binary>, that binary's crate is measured too, in the same
# run (a crate without `de::from_value` decoded responses with `serde_json::from_value`).
echo "decoding GitHub's full-repository example into the Rust SDK's FullRepository (release build), us per decode:"
builds=("after|target/release/sdkgen")
[ -z "${SDKGEN_BEFORE:-}" ] || builds+=("before|$SDKGEN_BEFORE")
printf '  %-7s %12s %12s %12s\n' sdkgen sdk from_value from_str
for build in "${builds[@]}"; do
  IFS='|' read -r which sdkgen <<< "$build"
  sdk="$OUT/rust-decode-$which"
  rm -rf "$sdk"
  "$sdkgen" generate --quiet --lang rust --spec "$C/github-api.github.com.json" --out "$sdk"
  cp generated/rust/Cargo.lock "$sdk/rust/"
  mkdir -p "$sdk/bench/src"
  cat > "$sdk/bench/Cargo.toml" <<TOML
[package]
name = "decode-bench"
version = "0.0.0"
edition = "2021"
publish = false

[dependencies]
github-sdk = { path = "../rust", default-features = false, features = ["repos"] }
serde_json = "1"

[workspace]
TOML
  cp generated/rust/Cargo.lock "$sdk/bench/"
  sdk_decode=serde_json::from_value
  if grep -q '^pub(crate) fn from_value' "$sdk/rust/src/de.rs" 2>/dev/null; then
    sed -i 's/^mod de;/pub mod de;/' "$sdk/rust/src/lib.rs"
    sed -i 's/^pub(crate) fn from_value/pub fn from_value/' "$sdk/rust/src/de.rs"
    sdk_decode=github_sdk::de::from_value
  fi
  cat > "$sdk/bench/src/main.rs" <<'RUST'
use std::time::Instant;

use github_sdk::models::FullRepository;
use serde_json::Value;

fn main() {
    let spec_path = std::env::args().nth(1).expect("the GitHub description");
    let spec: Value = serde_json::from_str(&std::fs::read_to_string(spec_path).unwrap()).unwrap();
    let mut example = spec["components"]["examples"]["full-repository"]["value"].clone();
    // The example predates `has_discussions`, which the schema now requires.
    example["has_discussions"] = Value::Bool(false);
    let text = example.to_string();
    let repo: FullRepository = serde_json::from_value(example.clone()).expect("the example decodes");
    assert_eq!(serde_json::from_str::<FullRepository>(&text).unwrap(), repo);
    let rounds = |f: &dyn Fn()| {
        let mut times: Vec<f64> = (0..5)
            .map(|_| {
                let t = Instant::now();
                for _ in 0..2000 {
                    f();
                }
                t.elapsed().as_secs_f64() * 1e6 / 2000.0
            })
            .collect();
        times.sort_by(f64::total_cmp);
        times[2]
    };
    let sdk = rounds(&|| {
        let r: FullRepository = SDK_DECODE(std::hint::black_box(example.clone())).unwrap();
        std::hint::black_box(r);
    });
    let from_value = rounds(&|| {
        let r: FullRepository = serde_json::from_value(std::hint::black_box(example.clone())).unwrap();
        std::hint::black_box(r);
    });
    let clone = rounds(&|| {
        std::hint::black_box(std::hint::black_box(&example).clone());
    });
    let from_str = rounds(&|| {
        let r: FullRepository = serde_json::from_str(std::hint::black_box(&text)).unwrap();
        std::hint::black_box(r);
    });
    // The clone of the Value each from_value round needs is not decoding: subtracted.
    println!("{:.1} {:.1} {:.1}", sdk - clone, from_value - clone, from_str);
}
RUST
  sed -i "s/SDK_DECODE/$sdk_decode/" "$sdk/bench/src/main.rs"
  (
    cd "$sdk/bench"
    export CARGO_TARGET_DIR="$BUILD/bench-rust-decode-target"
    timeout 1800 cargo build --quiet --release
    read -r sdk_us value text < <("$CARGO_TARGET_DIR/release/decode-bench" "$C/github-api.github.com.json")
    printf '  %-7s %12s %12s %12s\n' "$which" "$sdk_us" "$value" "$text"
  )
done
