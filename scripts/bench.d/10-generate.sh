#!/usr/bin/env bash
# Section of scripts/bench (sourced by it: $ROOT, $OUT, $C, common.sh and corpus.sh are set).
# `sdkgen generate` into an empty directory: best and worst of 3 and peak RSS per document, then
# the time of each stage for GitHub's description.
docs=(spec/gatekeeper.yaml "$C/petstore-3.0.json" "$C/train-travel-3.1.json" "$C/twilio_api_v2010.json"
      "$C/digitalocean.com.json" "$C/github-api.github.com.json")
printf '%-40s %10s %10s %12s\n' document best_ms worst_ms peak_rss_mb
for doc in "${docs[@]}"; do
  [ -f "$doc" ] || continue
  best=999999; worst=0; rss=0
  for _ in 1 2 3; do
    rm -rf "$OUT/sdk"
    start=$(date +%s%N)
    /usr/bin/time -f '%M' -o "$OUT/rss" target/release/sdkgen generate --quiet --spec "$doc" --out "$OUT/sdk"
    ms=$(( ($(date +%s%N) - start) / 1000000 ))
    (( ms < best )) && best=$ms
    (( ms > worst )) && worst=$ms
    rss=$(( $(cat "$OUT/rss") / 1024 ))
  done
  printf '%-40s %10d %10d %12d\n' "$(basename "$doc")" "$best" "$worst" "$rss"
done
echo
echo "stages for the largest document (github):"
rm -rf "$OUT/sdk"
target/release/sdkgen generate --verbose --spec "$C/github-api.github.com.json" --out "$OUT/sdk" 2>&1 | grep -E '^ +[a-z]+: +[0-9.]+ ms' || true
