#!/usr/bin/env bash
# Section of scripts/bench (sourced by it: $ROOT, $OUT, $C, common.sh and corpus.sh are set).
# What the Python SDK of GitHub's description costs a user of one service: import the package,
# build the core and one service (median of 7 fresh interpreters, bytecode compiled first, as a
# pip install leaves it); `import <pkg>.types`; and `mypy --strict` (cold cache) of a small
# script using one service, against the same for the Gatekeeper SDK. The SDKs are installed into
# a scratch venv (site-packages), as users get them.
ensure_py_venv
gh="$C/github-api.github.com.json"
if [ -f "$gh" ]; then
  base_py="$("$PY_VENV/bin/python" -c 'import sys; print(sys.base_prefix)')/bin/python3"
  venv="$OUT/py-venv"
  rm -rf "$venv" "$OUT/py-gh"
  "$base_py" -m venv --without-pip "$venv"
  site="$("$venv/bin/python" -c 'import site; print(site.getsitepackages()[0])')"
  # httpx, typing_extensions and the type checkers' stubs from the project's venv.
  "$PY_VENV/bin/python" -c 'import site; print(site.getsitepackages()[0])' > "$site/project-venv.pth"
  target/release/sdkgen generate --quiet --lang python --spec "$gh" --out "$OUT/py-gh"
  cp -r "$OUT/py-gh/python/src/github" "$ROOT/generated/python/src/gatekeeper" "$site/"
  env -u PYTHONDONTWRITEBYTECODE "$venv/bin/python" -m compileall -q "$site/github" "$site/gatekeeper" >/dev/null
  median_ms() { # median of 7 runs of python code printing seconds
    for _ in 1 2 3 4 5 6 7; do env -u PYTHONDONTWRITEBYTECODE "$venv/bin/python" -c "$1"; done |
      sort -g | sed -n 4p | awk '{printf "%.1f", $1 * 1000}'
  }
  echo "Python SDK of GitHub's description, one service (installed, bytecode compiled):"
  ms=$(median_ms 'import time; t = time.perf_counter()
from github import GitHubCore
from github.services.repos import ReposService
ReposService(GitHubCore("https://api.github.com", token="t"))
print(time.perf_counter() - t)')
  printf '  import + GitHubCore + ReposService   %8s ms   (goal: <= 60 ms; before: 258 ms)\n' "$ms"
  ms=$(median_ms 'import time; t = time.perf_counter()
from github import GitHubCore, ReposService
ReposService(GitHubCore("https://api.github.com", token="t"))
print(time.perf_counter() - t)')
  printf '  the same through the package root    %8s ms   (goal: <= 60 ms)\n' "$ms"
  ms=$(median_ms 'import time; t = time.perf_counter(); import github.types; print(time.perf_counter() - t)')
  printf '  import github.types                  %8s ms   (lazy; before: 1080 ms)\n' "$ms"
  ms=$(median_ms 'import time; t = time.perf_counter(); from github.types import Repository; print(time.perf_counter() - t)')
  printf '  from github.types import Repository  %8s ms\n' "$ms"
  cat > "$OUT/use_github.py" <<'EOF'
from github import GitHubCore
from github.services.repos import ReposService

core = GitHubCore("https://api.github.com", token="t")
repos = ReposService(core)


def names(owner: str) -> list[str]:
    return [r["name"] for r in repos.list_for_user(owner)]
EOF
  cat > "$OUT/use_gatekeeper.py" <<'EOF'
from gatekeeper import GatekeeperCore, KeysService

core = GatekeeperCore("https://gatekeeper.example.com", token="t")
keys = KeysService(core)


def ids(tenant_id: str) -> list[str]:
    return [k["id"] for k in keys.list_all(tenant_id)]
EOF
  mypy_s() { # seconds of a cold mypy --strict run of one script
    rm -rf "$OUT/mypy-cache"
    local start=$(date +%s%N)
    (cd "$OUT" && "$PY_VENV/bin/mypy" --strict --python-executable "$venv/bin/python" \
      --cache-dir "$OUT/mypy-cache" "$1" >/dev/null) || echo "  (mypy found errors in $1)" >&2
    awk -v ns=$(( $(date +%s%N) - start )) 'BEGIN { printf "%.1f", ns / 1e9 }'
  }
  gk=$(mypy_s use_gatekeeper.py)
  ghs=$(mypy_s use_github.py)
  printf '  mypy --strict, script using one service: gatekeeper %s s, github %s s   (goal: github <= gatekeeper + 3 s; before: 11.7 s vs 3.9 s)\n' "$gk" "$ghs"
fi
