#!/usr/bin/env bash
# Section of scripts/bench (sourced by it: $ROOT, $OUT, $C, common.sh and corpus.sh are set).
# The no-op (issue 15): regenerating an unchanged tree hashes the inputs and the files against the
# manifest and stops, without lowering or rendering. Best of 5, next to the full path (--force).
echo
echo "no-op regenerate of github (unchanged spec and tree):"
gh="$C/github-api.github.com.json"
target/release/sdkgen generate --quiet --spec "$gh" --out "$OUT/sdk"
for mode in no-op full; do
  flag=(); [ "$mode" = full ] && flag=(--force)
  best=999999
  for _ in 1 2 3 4 5; do
    start=$(date +%s%N)
    target/release/sdkgen generate --quiet "${flag[@]}" --spec "$gh" --out "$OUT/sdk"
    ms=$(( ($(date +%s%N) - start) / 1000000 ))
    (( ms < best )) && best=$ms
  done
  printf '  %-8s %6d ms%s\n' "$mode" "$best" "$([ "$mode" = no-op ] && echo '   (goal: <= 150 ms)')"
done
echo "kept for merges beside the manifest (.sdkgen/base): $(du -sk "$OUT/sdk/.sdkgen/base" | cut -f1) KB"

