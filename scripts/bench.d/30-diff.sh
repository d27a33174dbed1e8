#!/usr/bin/env bash
# Section of scripts/bench (sourced by it: $ROOT, $OUT, $C, common.sh and corpus.sh are set).
# sdkgen diff of two published versions of GitHub's description (13 MB each; goal: < 1 s).
mapfile -t gh_versions < <(ensure_octokit_versions)
echo
echo "sdkgen diff of GitHub's description, ${OCTOKIT_VERSIONS[0]} -> ${OCTOKIT_VERSIONS[1]} (@octokit/openapi):"
best=999999
for _ in 1 2 3; do
  start=$(date +%s%N)
  target/release/sdkgen diff --quiet "${gh_versions[0]}" "${gh_versions[1]}" --spec "${gh_versions[1]}" --format json > "$OUT/diff.json"
  ms=$(( ($(date +%s%N) - start) / 1000000 ))
  (( ms < best )) && best=$ms
done
printf '  best of 3 %6d ms   (goal: < 1000 ms), %s changes\n' "$best" "$(grep -c '"rule":' "$OUT/diff.json")"
