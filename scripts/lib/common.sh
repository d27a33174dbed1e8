# Shared helpers for the test scripts: sourced, never executed.
# Everything installs into build/ (git-ignored) from the package registries, and is reused when present.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
BUILD="$ROOT/build"
NODE_TOOLS="$BUILD/node-tools"
PY_VENV="$BUILD/venv"
mkdir -p "$BUILD"

# The sdkgen binary the suites run, built in the test-release profile: the one `cargo test`
# (suite rust-core) builds, so a clean clone compiles the dependencies once. The release
# profile's fat LTO (what `cargo build --release` gives users, and what scripts/bench measures)
# costs minutes of build and changes no output (scripts/output-hashes). SDKGEN_BIN=<path> runs
# the suites with another binary, as it is.
if [ -z "${SDKGEN_BIN:-}" ]; then
  SDKGEN_BIN="$ROOT/target/test-release/sdkgen"
  SDKGEN_BUILD=1
fi
export SDKGEN_BIN
# Builds the suites' sdkgen unless SDKGEN_BIN names another (a no-op when it is up to date).
ensure_sdkgen() {
  [ -z "${SDKGEN_BUILD:-}" ] || (cd "$ROOT" && cargo build --profile test-release --locked --quiet)
}

# Each line carries the seconds since its script started: where a suite's time goes, in CI's log.
# Commands run when the sourcing shell exits (one EXIT trap holds them all).
EXIT_COMMANDS=""
on_exit() {
  EXIT_COMMANDS="$1; $EXIT_COMMANDS"
  trap "$EXIT_COMMANDS" EXIT
}

log() { printf '\n==> %s  [%d s]\n' "$*" "$SECONDS" >&2; }

# Node tools used by several suites, pinned. One install, shared.
ensure_node_tools() {
  local stamp="$NODE_TOOLS/.installed-v2"
  if [ ! -f "$stamp" ]; then
    log "installing node tools into $NODE_TOOLS"
    mkdir -p "$NODE_TOOLS"
    cat > "$NODE_TOOLS/package.json" <<'JSON'
{
  "name": "sdkgen-node-tools",
  "private": true,
  "dependencies": {
    "@redocly/cli": "2.77.0",
    "@stoplight/prism-cli": "5.16.0",
    "prettier": "3.10.1",
    "pyright": "1.1.414",
    "typescript": "5.9.3"
  }
}
JSON
    (cd "$NODE_TOOLS" && npm install --no-audit --no-fund --loglevel=error >&2)
    touch "$stamp"
  fi
  export PATH="$NODE_TOOLS/node_modules/.bin:$PATH"
}

# One Python venv for every Python-side check and test, pinned.
ensure_py_venv() {
  local stamp="$PY_VENV/.installed-v2"
  if [ ! -f "$stamp" ]; then
    log "creating Python venv in $PY_VENV"
    python3 -m venv "$PY_VENV"
    "$PY_VENV/bin/pip" install --quiet --disable-pip-version-check \
      'httpx==0.28.1' 'typing_extensions==4.16.0' 'pytest==9.2.0' 'pytest-asyncio==1.5.0' \
      'mypy==2.4.1' 'ruff==0.17.6' 'openapi-spec-validator==0.9.0' 'PyYAML==6.0.3' >&2
    touch "$stamp"
  fi
  export PATH="$PY_VENV/bin:$PATH"
}

# launch_prism SPEC LOG: a Prism mock server (`--errors`) on SPEC on a free port, its output in
# LOG; waits until it answers, then sets PRISM_PID and exports PRISM_URL. The caller stops it.
launch_prism() {
  local spec="$1" log="$2" port i
  port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()')"
  prism mock "$spec" -h 127.0.0.1 -p "$port" --errors >"$log" 2>&1 &
  PRISM_PID=$!
  for i in $(seq 1 120); do
    if curl -s -o /dev/null "http://127.0.0.1:$port/api/health" 2>/dev/null; then
      export PRISM_URL="http://127.0.0.1:$port"
      return 0
    fi
    if ! kill -0 "$PRISM_PID" 2>/dev/null; then
      cat "$log" >&2
      echo "Prism exited before it was ready ($spec)" >&2
      return 1
    fi
    sleep 0.5
  done
  cat "$log" >&2
  echo "Prism did not become ready within 60 s ($spec)" >&2
  return 1
}

# Start a Prism mock server on SPEC (default spec/gatekeeper.yaml) unless PRISM_URL is already set.
# Exports PRISM_URL; the server is killed when the calling shell exits.
start_prism() {
  if [ -n "${PRISM_URL:-}" ]; then return 0; fi
  ensure_node_tools
  log "starting Prism"
  PRISM_PID=""
  on_exit 'kill "$PRISM_PID" 2>/dev/null || true'
  launch_prism "${1:-$ROOT/spec/gatekeeper.yaml}" "$BUILD/prism-$$.log"
  log "Prism on $PRISM_URL"
}

# Successive published versions of GitHub's API description (npm `@octokit/openapi`), unpacked
# into build/octokit/<version>/; prints the paths of api.github.com.json, oldest first.
OCTOKIT_VERSIONS=(22.0.0 23.0.0 23.0.2)
ensure_octokit_versions() {
  local v dir
  for v in "${OCTOKIT_VERSIONS[@]}"; do
    dir="$BUILD/octokit/$v"
    if [ ! -f "$dir/package/generated/api.github.com.json" ]; then
      log "fetching @octokit/openapi@$v"
      mkdir -p "$dir"
      (cd "$dir" && npm pack "@octokit/openapi@$v" --silent >/dev/null && tar xzf octokit-openapi-"$v".tgz && rm -f octokit-openapi-"$v".tgz)
    fi
    echo "$dir/package/generated/api.github.com.json"
  done
}
