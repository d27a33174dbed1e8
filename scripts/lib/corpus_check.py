"""Generate and type-check SDKs for many OpenAPI documents; print one table row per document.

Run through scripts/corpus-check, which installs the tools and sets CARGO_TARGET_DIR.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
# Set by scripts/corpus-check (scripts/lib/corpus.sh: fetched from npm, checksums verified).
CORPUS = Path(os.environ.get("SDKGEN_CORPUS") or ROOT / "build" / "corpus-docs")
SDKGEN = Path(os.environ.get("SDKGEN_BIN", ROOT / "target" / "test-release" / "sdkgen"))
OUT = ROOT / "build" / "corpus"

SMALL = ["petstore-3.0.json", "petstore-3.1.json", "train-travel-3.1.json"]
LARGE = ["twilio_api_v2010.json", "digitalocean.com.json", "github-api.github.com.json"]


@dataclass
class Row:
    name: str
    operations: int = 0
    schemas: int = 0
    warnings: int = 0
    seconds: float = 0.0
    results: dict[str, str] = field(default_factory=dict)
    details: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return all(r == "ok" for r in self.results.values())


def run(cmd: list[str], cwd: Path | None = None, timeout: int = 1800) -> subprocess.CompletedProcess[str]:
    return subprocess.run(cmd, cwd=cwd, capture_output=True, text=True, timeout=timeout, check=False)


def tail(text: str, lines: int = 25) -> str:
    return "\n".join(text.strip().splitlines()[-lines:])


def python_package(py_dir: Path) -> Path | None:
    for typed in sorted(py_dir.glob("*/py.typed")):
        return typed.parent
    for typed in sorted(py_dir.glob("src/*/py.typed")):
        return typed.parent
    return None


def check_python(row: Row, out: Path) -> None:
    pkg = python_package(out / "python")
    if pkg is None:
        row.results["python"] = "missing"
        return
    res = run([sys.executable, "-m", "mypy", "--strict", "--no-incremental", "--cache-dir", os.devnull, pkg.name], cwd=pkg.parent)
    row.results["python"] = "ok" if res.returncode == 0 else "FAIL"
    if res.returncode != 0:
        row.details.append(f"[{row.name}] mypy --strict:\n{tail(res.stdout + res.stderr)}")


def check_typescript(row: Row, out: Path) -> None:
    ts_dir = out / "typescript"
    tsconfig = ts_dir / "tsconfig.json"
    if not tsconfig.exists():
        row.results["typescript"] = "missing"
        return
    tsc = ROOT / "build" / "node-tools" / "node_modules" / ".bin" / "tsc"
    res = run([str(tsc), "-p", str(tsconfig), "--noEmit", "--strict"], cwd=ts_dir)
    row.results["typescript"] = "ok" if res.returncode == 0 else "FAIL"
    if res.returncode != 0:
        row.details.append(f"[{row.name}] tsc --strict --noEmit:\n{tail(res.stdout + res.stderr)}")


def check_rust(row: Row, out: Path) -> None:
    manifest = out / "rust" / "Cargo.toml"
    if not manifest.exists():
        row.results["rust"] = "missing"
        return
    check_rustfmt(row, manifest)
    # clippy with -D warnings, as the Gatekeeper crate is held to (a warning is a finding).
    res = run(["cargo", "clippy", "--quiet", "--all-features", "--manifest-path", str(manifest), "--", "-D", "warnings"])
    if res.returncode != 0:
        row.results["rust"] = "FAIL"
        row.details.append(f"[{row.name}] cargo clippy -- -D warnings:\n{tail(res.stderr)}")
        return
    if row.name.startswith("fixture-"):
        return
    # A sample of the per-service Cargo features, each alone (the first, middle and last service).
    features = rust_features(manifest)
    for feature in sorted({features[0], features[len(features) // 2], features[-1]} if features else set()):
        res = run(["cargo", "clippy", "--quiet", "--no-default-features", "--features", feature, "--manifest-path", str(manifest), "--", "-D", "warnings"])
        if res.returncode != 0:
            row.results["rust"] = "FAIL"
            row.details.append(f"[{row.name}] cargo clippy --no-default-features --features {feature} -- -D warnings:\n{tail(res.stderr)}")


def check_rustfmt(row: Row, manifest: Path) -> None:
    """`cargo fmt --check`: the crate is laid out as rustfmt lays it out (src/targets/rust/layout.rs)."""
    res = run(["cargo", "fmt", "--check", "--manifest-path", str(manifest)])
    row.results["rust"] = "ok" if res.returncode == 0 else "FAIL"
    if res.returncode != 0:
        row.details.append(f"[{row.name}] cargo fmt --check:\n{tail(res.stdout + res.stderr)}")


def check_large_layout(spec: Path, name: str) -> Row:
    """Without --all, the large documents' Rust crates are only generated and rustfmt-checked
    (seconds, where compiling them takes minutes): their long names and wide types are where a
    layout rule is missing."""
    row = Row(f"{name} (rustfmt only)")
    out = OUT / name
    started = time.perf_counter()
    gen = run([str(SDKGEN), "generate", "--quiet", "--lang", "rust", "--spec", str(spec), "--out", str(out)])
    row.seconds = time.perf_counter() - started
    if gen.returncode != 0:
        row.results = {"generate": "FAIL"}
        row.details.append(f"[{name}] sdkgen generate --lang rust:\n{tail(gen.stderr)}")
        return row
    check_rustfmt(row, out / "rust" / "Cargo.toml")
    return row


def rust_features(manifest: Path) -> list[str]:
    """The service features of a generated crate: what `full` enables."""
    import tomllib

    with manifest.open("rb") as f:
        return list(tomllib.load(f).get("features", {}).get("full", []))


def runnable_doctests(rust_dir: Path) -> list[str]:
    """Code fences in Rust doc comments that rustdoc would compile and run (not ```text)."""
    found = []
    for path in sorted(rust_dir.rglob("*.rs")):
        in_fence = False
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            text = line.strip()
            if not text.startswith(("///", "//!")):
                continue
            body = text[3:].strip()
            if body.startswith(("```", "~~~")):
                if not in_fence and body[3:].strip() not in ("text", "ignore", "no_run", "json", "sh", "toml"):
                    found.append(f"{path.relative_to(rust_dir)}:{number}: {body}")
                in_fence = not in_fence
    return found


def check_document(spec: Path, name: str) -> Row:
    row = Row(name)
    out = OUT / name
    ir = run([str(SDKGEN), "ir", "--quiet", "--spec", str(spec)])
    if ir.returncode != 0:
        row.results = {"generate": "FAIL"}
        row.details.append(f"[{name}] sdkgen ir:\n{tail(ir.stderr)}")
        return row
    api = json.loads(ir.stdout)
    row.operations = sum(len(s["operations"]) for s in api["services"])
    row.schemas = len(api["types"])
    started = time.perf_counter()
    gen = run([str(SDKGEN), "generate", "--spec", str(spec), "--out", str(out)])
    row.seconds = time.perf_counter() - started
    row.warnings = sum(1 for line in gen.stderr.splitlines() if line.startswith("warning"))
    if gen.returncode != 0:
        row.results = {"generate": "FAIL"}
        row.details.append(f"[{name}] sdkgen generate:\n{tail(gen.stderr)}")
        return row
    check_python(row, out)
    check_typescript(row, out)
    check_rust(row, out)
    if name == "fixture-hostile" and (out / "rust").exists():
        # Spec text must never become a doctest: every fence in generated docs is inert.
        fences = runnable_doctests(out / "rust" / "src")
        if fences:
            row.results["rust"] = "FAIL"
            row.details.append(f"[{name}] runnable doctests from spec text:\n" + "\n".join(fences))
    return row


def documents(argv: list[str]) -> list[tuple[Path, str]]:
    files = [a for a in argv if not a.startswith("--")]
    if files:
        return [(Path(f).resolve(), Path(f).stem) for f in files]
    names = SMALL + (LARGE if "--all" in argv else [])
    docs = [(CORPUS / n, n.rsplit(".", 1)[0]) for n in names]
    fixtures = sorted((ROOT / "tests" / "fixtures" / "ir").glob("*.yaml"))
    docs += [(f, f"fixture-{f.stem}") for f in fixtures]
    docs.append((ROOT / "tests" / "fixtures" / "hostile.yaml", "fixture-hostile"))
    return docs


def main(argv: list[str]) -> int:
    rows = []
    for spec, name in documents(argv):
        print(f"... {name}", file=sys.stderr, flush=True)
        rows.append(check_document(spec, name))
    if "--all" not in argv and not [a for a in argv if not a.startswith("--")]:
        for n in LARGE:
            print(f"... {n} (rustfmt only)", file=sys.stderr, flush=True)
            rows.append(check_large_layout(CORPUS / n, n.rsplit(".", 1)[0]))
    langs = ["python", "typescript", "rust"]
    w = max([34] + [len(r.name) for r in rows])
    header = f"{'document':<{w}} {'ops':>5} {'schemas':>7} {'warn':>5} {'gen s':>6}  " + "  ".join(f"{lang:<10}" for lang in langs)
    print(header)
    print("-" * len(header))
    for r in rows:
        cells = "  ".join(f"{r.results.get(lang, r.results.get('generate', '-')):<10}" for lang in langs)
        print(f"{r.name:<{w}} {r.operations:>5} {r.schemas:>7} {r.warnings:>5} {r.seconds:>6.2f}  {cells}")
    for r in rows:
        for d in r.details:
            print("\n" + d)
    passed = sum(1 for r in rows if r.ok)
    print(f"\ncorpus: {passed} passed, {len(rows) - passed} failed")
    return 0 if passed == len(rows) else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
