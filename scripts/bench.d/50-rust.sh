#!/usr/bin/env bash
# Section of scripts/bench (sourced by it: $ROOT, $OUT, $C, common.sh and corpus.sh are set).
# What GitHub's Rust SDK costs its users to compile: `cargo build` (debug, not incremental, as a
# dependency builds) of the crate alone with one service feature and with every service, wall time
# and peak memory (goals: one service <= 30 s and 1.5 GB, every service <= 60 s and 3 GB). The
# dependencies compile once, into build/bench-rust-target, shared by every case and run. With
# SDKGEN_BEFORE=<another sdkgen binary>, the crate it generates is built too, each case right
# after this binary's (before/after in the same run).
echo "cargo build of GitHub's Rust SDK, the crate alone (dependencies prebuilt, CARGO_INCREMENTAL=0):"
builds=("after|target/release/sdkgen")
[ -z "${SDKGEN_BEFORE:-}" ] || builds+=("before|$SDKGEN_BEFORE")
for build in "${builds[@]}"; do
  IFS='|' read -r which sdkgen <<< "$build"
  rm -rf "$OUT/rust-github-$which"
  "$sdkgen" generate --quiet --lang rust --spec "$C/github-api.github.com.json" --out "$OUT/rust-github-$which"
  cp generated/rust/Cargo.lock "$OUT/rust-github-$which/rust/"
done
(
  export CARGO_TARGET_DIR="$ROOT/build/bench-rust-target" CARGO_INCREMENTAL=0
  # The dependencies (and the crate without services).
  (cd "$OUT/rust-github-after/rust" && timeout 1800 cargo build --quiet --no-default-features)
  printf '  %-34s %-7s %8s %8s   %s\n' features sdkgen seconds peak_mb goal
  for case in "issues|--no-default-features --features issues|30 s, 1500 MB" \
              "repos (the largest)|--no-default-features --features repos|30 s, 1500 MB" \
              "full (every service, the default)||60 s, 3000 MB"; do
    IFS='|' read -r label flags goal <<< "$case"
    for build in "${builds[@]}"; do
      IFS='|' read -r which _ <<< "$build"
      cd "$OUT/rust-github-$which/rust"
      cargo clean --quiet -p github-sdk
      # shellcheck disable=SC2086
      /usr/bin/time -f '%e %M' -o "$OUT/rust-time" timeout 1800 cargo build --quiet $flags
      read -r secs kb < "$OUT/rust-time"
      printf '  %-34s %-7s %8s %8d   (goal: <= %s)\n' "$label" "$which" "$secs" $(( kb / 1024 )) "$goal"
    done
  done
)
