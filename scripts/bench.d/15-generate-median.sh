#!/usr/bin/env bash
# Section of scripts/bench (sourced by it: $ROOT, $OUT, $C, common.sh and corpus.sh are set).
# Issue 16, first goal: `sdkgen generate` of GitHub's description (three SDKs) into an empty
# directory, medians of 5 of wall time, CPU time (user + system: less disturbed than wall time on a
# shared machine; user and system time apart, since a machine that zeroes pages slowly shows as
# system time) and peak RSS, with the goals beside them. Set
# SDKGEN_BEFORE=<path to another sdkgen binary> to time it in the same run (before/after).
# For reference, in the same run: openapi-typescript (types only) and hey-api (types and an SDK,
# TypeScript only) on the same document, installed with pinned versions into build/bench-peers/
# (once; skipped if npm is missing or offline). PEER_RUNS (default 1) sets their runs.
gh="$C/github-api.github.com.json"
PEERS="$ROOT/build/bench-peers"
OPENAPI_TYPESCRIPT_VERSION=7.13.0
HEY_API_VERSION=0.99.0

# median of the numbers given on stdin, one per line
median() { sort -n | awk '{a[NR]=$1} END {if (NR == 0) print "-"; else print a[int((NR + 1) / 2)]}'; }

# time_runs N OUTDIR CMD...: N runs into an emptied OUTDIR; prints
# "<median wall ms> <median peak MB> <median CPU ms> <median user ms> <median system ms>"
time_runs() {
  local n=$1 dir=$2; shift 2
  local times=() rss=() cpu=() user_ms=() sys_ms=()
  for _ in $(seq "$n"); do
    rm -rf "$dir" && mkdir -p "$dir"
    local start; start=$(date +%s%N)
    /usr/bin/time -f '%M %U %S' -o "$OUT/rss" "$@" >/dev/null 2>&1 || { echo "failed: $*" >&2; return 1; }
    times+=($(( ($(date +%s%N) - start) / 1000000 )))
    read -r kb user sys < <(tail -1 "$OUT/rss")
    rss+=($(( kb / 1024 )))
    cpu+=($(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%d", (u + s) * 1000 }'))
    user_ms+=($(awk -v u="$user" 'BEGIN { printf "%d", u * 1000 }'))
    sys_ms+=($(awk -v s="$sys" 'BEGIN { printf "%d", s * 1000 }'))
  done
  echo "$(printf '%s\n' "${times[@]}" | median) $(printf '%s\n' "${rss[@]}" | median)" \
    "$(printf '%s\n' "${cpu[@]}" | median) $(printf '%s\n' "${user_ms[@]}" | median) $(printf '%s\n' "${sys_ms[@]}" | median)"
}

echo "generate github (3 SDKs) into an empty directory, median of 5:"
printf '  %-28s %8s %10s %8s %8s %8s\n' "" wall_ms peak_mb cpu_ms user_ms sys_ms
binaries=("after:$ROOT/target/release/sdkgen")
[ -n "${SDKGEN_BEFORE:-}" ] && binaries=("before:$SDKGEN_BEFORE" "${binaries[@]}")
for entry in "${binaries[@]}"; do
  label="${entry%%:*}"; bin="${entry#*:}"
  read -r ms mb cpu usr sys < <(time_runs 5 "$OUT/sdk" "$bin" generate --quiet --spec "$gh" --out "$OUT/sdk")
  printf '  %-28s %8s %10s %8s %8s %8s   (goal: <= 400 ms, <= 150 MB)\n' "sdkgen ($label)" "$ms" "$mb" "$cpu" "$usr" "$sys"
done
rm -rf "$OUT/sdk"
echo "  stages (one run):"
target/release/sdkgen generate --verbose --spec "$gh" --out "$OUT/sdk" 2>&1 |
  grep -E '^ +[a-z ]+: +[0-9.]+ (ms|MiB)' | sed 's/^/  /' || true
rm -rf "$OUT/sdk"

if command -v npm >/dev/null && { [ -x "$PEERS/node_modules/.bin/openapi-ts" ] ||
  npm install --silent --no-audit --no-fund --prefix "$PEERS" \
    "openapi-typescript@$OPENAPI_TYPESCRIPT_VERSION" "@hey-api/openapi-ts@$HEY_API_VERSION" >/dev/null 2>&1; }; then
  runs="${PEER_RUNS:-1}"
  read -r ms mb cpu _ < <(time_runs "$runs" "$OUT/peer" "$PEERS/node_modules/.bin/openapi-typescript" "$gh" -o "$OUT/peer/schema.d.ts")
  printf '  %-28s %8s %10s %8s   (types only, TypeScript; median of %s)\n' "openapi-typescript $OPENAPI_TYPESCRIPT_VERSION" "$ms" "$mb" "$cpu" "$runs"
  read -r ms mb cpu _ < <(time_runs "$runs" "$OUT/peer" "$PEERS/node_modules/.bin/openapi-ts" -i "$gh" -o "$OUT/peer/hey")
  printf '  %-28s %8s %10s %8s   (types and SDK, TypeScript; median of %s)\n' "hey-api $HEY_API_VERSION" "$ms" "$mb" "$cpu" "$runs"
  rm -rf "$OUT/peer"
else
  echo "  (peers skipped: npm is missing or could not install them into build/bench-peers)"
fi
