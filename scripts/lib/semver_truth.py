#!/usr/bin/env python3
"""Ground truth for `sdkgen diff`: for every fixture pair in tests/fixtures/diff/, generate both
SDK versions and compare sdkgen's verdict (is the change breaking for this package?) with each
ecosystem's own tool:

- Rust: cargo-semver-checks (`check-release --baseline-root`), plus, for what it cannot see (it has
  no lints for changed field or parameter types), a consumer crate written against the OLD SDK
  (reading every field of every response type with its old type) `cargo check`ed against the new.
- Python: griffe (`find_breaking_changes`), plus, for what it cannot see (the values of `Literal`
  aliases), mypy --strict on a consumer written against the OLD SDK (exhaustive `assert_never`
  over every response enum) checked against the new.
- TypeScript: tsc --strict on a consumer written against the OLD SDK (every method called with
  its old parameters and types, every response field read with its old type, every response enum
  switched over exhaustively) compiled against the new SDK.

The consumers are written from the old side's `.sdkgen/api.json` (the digest that sdkgen diff
reads). A disagreement fails; where a tool cannot see a case, BLIND says so and why, and the
case counts as checked only by the other check. Run by scripts/test-semver.

Speed (the suite runs on 2 cores): the pairs are checked by SEMVER_JOBS workers (default: the
number of cores, at most 2). Each worker keeps one cargo target directory for cargo-semver-checks,
so the SDK's dependencies are documented once per worker, not per pair (cargo-semver-checks names
its placeholder build directory after the crate's name and version, which every pair shares: two
workers cannot share one); the consumer crates share one more (build/sdk-check-target). cargo
resolves offline first. tsc runs once over every TypeScript consumer (each in its own folder with
its own copy of the SDK, errors attributed by file), griffe once over every pair; mypy keeps a
warm cache per worker. Nothing is skipped: every pair, tool and assertion of the serial version
runs. `TIME` lines at the end tell where the seconds went.
"""
import hashlib
import json
import os
import pathlib
import re
import shutil
import subprocess
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor

ROOT = pathlib.Path(__file__).resolve().parents[2]
BUILD = ROOT / "build"
WORK = pathlib.Path(os.environ.get("SEMVER_WORK", BUILD / "semver"))
SDKGEN = pathlib.Path(os.environ.get("SDKGEN_BIN", ROOT / "target" / "test-release" / "sdkgen"))
SEMVER_CHECKS = BUILD / "cargo-tools" / "bin" / "cargo-semver-checks"
VENV = BUILD / "venv" / "bin"
NODE_BIN = BUILD / "node-tools" / "node_modules" / ".bin"
SDK_CHECK_TARGET = BUILD / "sdk-check-target"

# (tool, rule) -> why the tool's own verdict does not decide this case. The other check of the
# same language still runs and must agree.
BLIND = {
    ("cargo-semver-checks", r): "cargo-semver-checks has no lint for a changed type of a field or parameter"
    for r in [
        "input-type-changed",
        "input-became-nullable",
        "input-field-became-optional",
        "response-type-changed",
        "response-field-type-changed",
        "response-field-became-nullable",
        "response-field-became-optional",
        "response-field-narrowed",
        "type-changed",
    ]
}
BLIND.update(
    {
        ("griffe", r): "griffe does not compare the values of Literal aliases or TypedDict field annotations"
        for r in [
            "enum-value-added",
            "enum-value-removed",
            "input-enum-value-added",
            "union-variant-added",
            "union-variant-removed",
            "input-union-variant-added",
            "input-type-changed",
            "response-type-changed",
            "response-field-type-changed",
            "type-changed",
            "error-code-removed",
        ]
    }
)


TIMES = {}
TIMES_LOCK = threading.Lock()


def run(cmd, cwd=None, env=None, label=None):
    t0 = time.monotonic()
    r = subprocess.run(cmd, cwd=cwd, env=env, capture_output=True, text=True)
    key = label or pathlib.Path(cmd[0]).name
    with TIMES_LOCK:
        n, w = TIMES.get(key, (0, 0.0))
        TIMES[key] = (n + 1, w + time.monotonic() - t0)
    return r


class Failure(Exception):
    """A tool could not run (not a verdict): the suite fails with this message."""


def generate(spec, out):
    if out.exists():
        shutil.rmtree(out)
    r = run([str(SDKGEN), "generate", "-q", "--spec", str(spec), "--out", str(out)], label="sdkgen generate")
    if r.returncode != 0:
        raise Failure(f"sdkgen generate {spec} failed:\n{r.stderr}")


def verdict(old, new):
    r = run([str(SDKGEN), "diff", str(old), str(new), "--spec", str(new), "--format", "json"], label="sdkgen diff")
    if r.returncode != 0:
        raise Failure(f"sdkgen diff {old} {new} failed:\n{r.stderr}")
    report = json.loads(r.stdout)
    return {p["language"]: p["impact"] == "breaking" for p in report["packages"]}, report


# ---------------------------------------------------------------------------------------------
# Consumers written against the old SDK, from its digest.

def digest(out):
    return json.loads((out / ".sdkgen" / "api.json").read_text())


def named_types(type_text):
    return set(re.findall(r"\b[A-Z][A-Za-z0-9]*\b", type_text))


TS_BUILTIN = {"Record", "Blob"}
PY_BUILTIN = {"Sequence", "Mapping", "Any", "Literal", "None"}


def code_type(d):
    """The enum schema the error codes come from (`/components/schemas/<Name>/enum/<i>`)."""
    for c in d.get("error_codes", []):
        m = re.match(r"^/components/schemas/([^/]+)/enum/\d+$", c.get("pointer", ""))
        if m:
            return m.group(1)
    return None


def ts_consumer(d):
    """TypeScript written against the old SDK: every method called with every input of its old
    type and its result kept with the old type, every response field read with its old type,
    every enum value (as a member of its type) and error code named, every response enum handled
    (with a default branch: those enums are open) and every response union handled exhaustively."""
    lines, imports, decls = [], set(), []
    n = 0

    def value(ts_type):
        nonlocal n
        n += 1
        imports.update(named_types(ts_type) - TS_BUILTIN)
        decls.append(f"declare const v{n}: {ts_type};")
        return f"v{n}"

    def typed(i):
        t = i["types"]["typescript"]
        return f"{t} | null" if i["nullable"] else t

    def obj(inputs):
        return "{ " + ", ".join(f"{json.dumps(i['names']['typescript'])}: {value(typed(i))}" for i in inputs) + " }"

    decls.append("declare const opts: RequestOptions;")
    body = []
    for k, op in enumerate(d["operations"]):
        cls = op["names"]["python"].split(".")[0]
        method = op["names"]["typescript"].split(".")[1].rstrip("()")
        imports.add(cls)
        decls.append(f"declare const s{k}: {cls};")
        shape = op["shapes"]["typescript"]
        req = [i for i in op["inputs"] if i["required"]]
        if shape == "(options?)":
            call = f"s{k}.{method}(opts)"
        elif shape.startswith("(params"):
            call = f"s{k}.{method}({obj(op['inputs'])}, opts)"
        else:
            first = req[0]
            rest = [i for i in op["inputs"] if i is not first]
            call = f"s{k}.{method}({value(typed(first))}, {obj(rest)}, opts)" if rest else f"s{k}.{method}({value(typed(first))}, opts)"
        if op.get("response"):
            ret = op["response"]["typescript"]
            imports.update(named_types(ret) - TS_BUILTIN)
            body.append(f"  const r{k}: {ret} = await {call};\n  void r{k};")
        else:
            body.append(f"  await {call};")
    lines.append("export async function calls(): Promise<void> {\n" + "\n".join(body) + "\n}")
    for t in d["types"]:
        name = t["names"]["typescript"]
        if t["kind"] == "object" and t["properties"] and t["output"]:
            imports.add(name)
            reads = []
            for k, p in enumerate(t["properties"]):
                ty = p["types"]["typescript"]
                imports.update(named_types(ty) - TS_BUILTIN)
                if p["nullable"]:
                    ty += " | null"
                if not p["required"]:
                    ty += " | undefined"
                reads.append(f"  const f{k}: {ty} = v[{json.dumps(p['wire'])}];\n  void f{k};")
            lines.append(f"export function read{name}(v: {name}): void {{\n" + "\n".join(reads) + "\n}")
        if t["kind"] == "enum":
            imports.add(name)
            # Each value named as a member of the type (`Extract` keeps it only while the enum
            # lists it: the enums responses carry are open, `... | (string & {})`, so a plain
            # `: Name` would accept any string).
            for k, v in enumerate(t["values"]):
                lines.append(f"export const value{name}{k}: Extract<{name}, {json.dumps(v)}> = {json.dumps(v)};")
            if t["output"]:
                # An enum that responses carry admits values the SDK does not list: handled with a
                # default branch, as its users must.
                cases = "\n".join(f"    case {json.dumps(v)}: return {k};" for k, v in enumerate(t["values"]))
                lines.append(
                    f"export function exhaust{name}(v: {name}): number {{\n  switch (v) {{\n{cases}\n"
                    f"    default: return -1;\n  }}\n}}"
                )
        if t["kind"] == "union" and t["output"]:
            imports.add(name)
            imports.update(t["variants"])
            lines.append(
                f"export const exhaust{name}: [Exclude<{name}, {' | '.join(t['variants'])}>] extends [never] ? true : false = true;"
            )
    ct = code_type(d)
    if ct:
        imports.add(ct)
        for k, c in enumerate(d["error_codes"]):
            lines.append(f"export const code{k}: Extract<{ct}, {json.dumps(c['code'])}> = {json.dumps(c['code'])};")
    head = f"import type {{ RequestOptions, {', '.join(sorted(imports))} }} from './sdk/index.js';"
    return "\n".join([head, *decls, *lines]) + "\n"


def py_consumer(d, package):
    """Python written against the old SDK: every method called with every input of its old type
    and its result kept with the old type, every response field read (as `T | None`: Python
    verdicts do not count nullability, see rules.rs), every enum value and error code named,
    every response enum and tagged union handled exhaustively."""
    types, services, out = set(), set(), []

    def ty(text, nullable=False):
        types.update(named_types(text) - PY_BUILTIN)
        return f"{text} | None" if nullable else text

    for k, op in enumerate(d["operations"]):
        cls = op["names"]["python"].split(".")[0]
        method = op["names"]["python"].split(".")[1]
        services.add(cls)
        params = [f"s: {cls}"] + [f"v{j}: {ty(i['types']['python'], i['nullable'])}" for j, i in enumerate(op["inputs"])]
        args = [f"v{j}" if i["required"] else f"{i['names']['python']}=v{j}" for j, i in enumerate(op["inputs"])]
        call = f"s.{method}({', '.join(args)})"
        out += ["", "", f"def call{k}({', '.join(params)}) -> None:"]
        if op.get("response"):
            out.append(f"    r: {ty(op['response']['python'])} = {call}\n    del r")
        else:
            out.append(f"    {call}")
    for t in d["types"]:
        name = t["names"]["python"]
        if t["kind"] == "object" and t["properties"] and t["output"]:
            types.add(name)
            out += ["", "", f"def read_{name}(v: {name}) -> None:"]
            for k, p in enumerate(t["properties"]):
                out.append(f"    f{k}: {ty(p['types']['python'], True)} = v[{json.dumps(p['wire'])}]\n    del f{k}")
        if t["kind"] == "enum":
            types.add(name)
            out += ["", ""] + [f"value_{name}_{k}: {name} = {json.dumps(v)}" for k, v in enumerate(t["values"])]
            if t["output"]:
                out += ["", "", f"def exhaust_{name}(v: {name}) -> int:"]
                for k, v in enumerate(t["values"]):
                    out.append(f"    if v == {json.dumps(v)}:\n        return {k}")
                out.append("    assert_never(v)")
        if t["kind"] == "union" and t["output"] and t.get("discriminator") and all(len(x) == 1 for x in t.get("tags", [])):
            types.add(name)
            key = json.dumps(t["discriminator"])
            out += ["", "", f"def exhaust_{name}(v: {name}) -> int:"]
            for k, tags in enumerate(t["tags"]):
                out.append(f"    if v[{key}] == {json.dumps(tags[0])}:\n        return {k}")
            out.append("    assert_never(v)")
    ct = code_type(d)
    if ct:
        types.add(ct)
        out += ["", ""] + [f"code_{k}: {ct} = {json.dumps(c['code'])}" for k, c in enumerate(d["error_codes"])]
    head = ["from __future__ import annotations", "", "from collections.abc import Mapping, Sequence",
            "from typing import Any, Literal", "", "from typing_extensions import assert_never", ""]
    if services:
        head.append(f"from {package} import {', '.join(sorted(services))}")
    if types:
        head.append(f"from {package}.types import {', '.join(sorted(types))}")
    return "\n".join(head + out) + "\n"


def rust_consumer(d):
    """Rust written against the old SDK: every field of every model read with its old type."""
    out = ["#![allow(dead_code, unused_imports)]", "use sdk::models::*;", "use serde_json::Value;",
           "use std::collections::BTreeMap;"]
    for t in d["types"]:
        if not (t["kind"] == "object" and t["properties"]):
            continue
        name = t["names"]["rust"]
        out.append(f"fn read_{name.lower()}(v: {name}) {{")
        for p in t["properties"]:
            ty = p["types"]["rust"]
            if p["nullable"] or not p["required"]:
                ty = f"Option<{ty}>"
            field = p["names"]["rust"].split(".", 1)[1]
            out.append(f"    let _: {ty} = v.{field};")
        out.append("}")
    return "\n".join(out) + "\n"


# ---------------------------------------------------------------------------------------------
# The checks. Each returns (breaking?, detail). `slot` is the worker's number: its cargo target
# directory for cargo-semver-checks and its mypy cache.

def target_dir(slot):
    return WORK / f"target-{slot}"


def check_rust_semver(old, new, slot):
    cmd = [str(SEMVER_CHECKS), "semver-checks", "check-release", "--manifest-path", str(new / "rust" / "Cargo.toml"),
           "--baseline-root", str(old / "rust")]
    env = dict(os.environ, CARGO_TARGET_DIR=str(target_dir(slot)))
    # Offline first: cargo resolves both crates from the index it already holds instead of
    # updating it twice per pair; online when that is not enough (a fresh machine).
    r = run(cmd, env=dict(env, CARGO_NET_OFFLINE="true"), label="cargo-semver-checks")
    text = r.stdout + r.stderr
    verdict = re.compile(r"semver requires new (major|minor) version")
    if r.returncode != 0 and not verdict.search(text):
        r = run(cmd, env=env, label="cargo-semver-checks")
        text = r.stdout + r.stderr
    lints = "; ".join(sorted(set(re.findall(r"--- failure ([a-z_]+):", text))))
    if "semver requires new major version" in text:
        return True, lints
    # Minor-level lints (a new `#[deprecated]`: `type_method_marked_deprecated`...) ask for a
    # minor release: not breaking, which is what sdkgen's `compatible` says.
    if "semver requires new minor version" in text:
        return False, f"minor: {lints}"
    if r.returncode != 0:
        raise Failure(f"cargo-semver-checks failed:\n{text[-3000:]}")
    return False, "no semver violation"


def check_rust_consumer(old, new, work, against=None):
    new = against or new
    crate = work / ("rust-consumer" if against is None else "rust-consumer-old")
    (crate / "src").mkdir(parents=True, exist_ok=True)
    (crate / "Cargo.toml").write_text(
        '[package]\nname = "consumer"\nversion = "0.0.0"\nedition = "2021"\n\n[dependencies]\n'
        f'sdk = {{ path = "{new / "rust"}", package = "vault-sdk" }}\nserde_json = "1"\n\n[workspace]\n'
    )
    (crate / "src" / "lib.rs").write_text(rust_consumer(digest(old)))
    # One target directory for every consumer crate, whichever worker checks it: the SDK's
    # dependencies are compiled once (cargo locks the directory while a check runs).
    env = dict(os.environ, CARGO_TARGET_DIR=str(SDK_CHECK_TARGET))
    r = run(["cargo", "check", "--quiet", "--offline"], cwd=crate, env=env, label="cargo check (consumer)")
    if r.returncode != 0 and "offline" in r.stderr:
        r = run(["cargo", "check", "--quiet"], cwd=crate, env=env, label="cargo check (consumer)")
    errors = re.findall(r"error\[(E\d+)\]", r.stderr)
    return r.returncode != 0, ", ".join(sorted(set(errors))) or ("compiles" if r.returncode == 0 else r.stderr[-500:])


GRIFFE = """
import griffe, json, sys
out = []
for package, old_src, new_src in json.load(sys.stdin):
    try:
        old = griffe.load(package, search_paths=[old_src], resolve_aliases=False)
        new = griffe.load(package, search_paths=[new_src], resolve_aliases=False)
        out.append({"found": [b.kind.value + ": " + b.obj.path for b in griffe.find_breaking_changes(old, new)]})
    except Exception as e:  # reported per pair by the caller
        out.append({"error": f"{type(e).__name__}: {e}"})
print(json.dumps(out))
"""


def check_griffe_all(pairs):
    """griffe over every pair in one process (its import is most of a single run's time); each
    pair loads its two packages with loaders of their own."""
    jobs = [[p.package, str(p.old / "python" / "src"), str(p.new / "python" / "src")] for p in pairs]
    t0 = time.monotonic()
    r = subprocess.run([str(VENV / "python"), "-c", GRIFFE], input=json.dumps(jobs), capture_output=True, text=True)
    with TIMES_LOCK:
        TIMES["griffe (all pairs)"] = (1, time.monotonic() - t0)
    if r.returncode != 0:
        raise Failure(f"griffe failed:\n{r.stderr[-3000:]}")
    results = {}
    for p, res in zip(pairs, json.loads(r.stdout)):
        if "error" in res:
            raise Failure(f"{p.rule}: griffe failed: {res['error']}")
        results[p.rule] = (bool(res["found"]), "; ".join(res["found"]) or "no breaking change")
    return results


def check_mypy(old, new, package, work, slot, against=None):
    new = against or new
    src = work / ("py-consumer" if against is None else "py-consumer-old")
    src.mkdir(parents=True, exist_ok=True)
    (src / "consumer.py").write_text(py_consumer(digest(old), package))
    env = dict(os.environ, MYPYPATH=str(new / "python" / "src"))
    r = run([str(VENV / "mypy"), "--strict", "--cache-dir", str(WORK / f"mypy-cache-{slot}"), "consumer.py"], cwd=src,
            env=env, label="mypy --strict (consumer)")
    errors = [l for l in r.stdout.splitlines() if ": error:" in l]
    return r.returncode != 0, "; ".join(e.split(": error: ")[1] for e in errors[:3]) or "type-checks"


def write_tsc_consumer(old, new, work, against=None):
    """The TypeScript consumer of `old` beside a copy of `against` (default: `new`); compiled by
    check_tsc_all. Returns its folder."""
    new = against or new
    proj = work / ("ts-consumer" if against is None else "ts-consumer-old")
    if proj.exists():
        shutil.rmtree(proj)
    proj.mkdir(parents=True)
    shutil.copytree(new / "typescript" / "src", proj / "sdk")
    (proj / "consumer.ts").write_text(ts_consumer(digest(old)))
    return proj


TSC_FLAGS = ["--strict", "--noEmit", "--target", "es2022", "--module", "nodenext", "--moduleResolution", "nodenext",
             "--skipLibCheck", "--lib", "es2022,dom"]


def check_tsc_all(projects):
    """tsc --strict once over the consumer.ts of every project (each imports only its own
    `./sdk/index.js`, so one program holds independent copies); each error is attributed to its
    project by its file's path. Returns {project: (breaking?, detail)}."""
    files = [str((proj / "consumer.ts").relative_to(WORK)) for proj in projects]
    r = run([str(NODE_BIN / "tsc"), *TSC_FLAGS, *files], cwd=WORK, label="tsc --strict (all consumers)")
    errors = [l for l in r.stdout.splitlines() if "error TS" in l]
    if r.returncode not in (0, 1, 2) or (r.returncode != 0 and not errors):
        raise Failure(f"tsc failed (exit {r.returncode}):\n{(r.stdout + r.stderr)[-3000:]}")
    results = {}
    for proj in projects:
        prefix = str(proj.relative_to(WORK)) + "/"
        mine = [e[len(prefix):] for e in errors if e.startswith(prefix)]
        own = [e for e in mine if e.startswith("consumer.ts")]
        if mine and not own:
            raise Failure(f"the TypeScript SDK in {proj}/sdk itself does not compile:\n" + "\n".join(mine[:10]))
        results[proj] = (bool(own), "; ".join(re.sub(r"^consumer\.ts\(\d+,\d+\): ", "", e) for e in own[:3]) or "compiles")
    attributed = sum(1 for e in errors for proj in projects if e.startswith(str(proj.relative_to(WORK)) + "/"))
    if attributed != len(errors):
        raise Failure("tsc reported errors outside the consumer projects:\n" + "\n".join(errors[:10]))
    return results


def history(specs):
    """`sdkgen diff` over successive versions of a real API: no panic, every change located."""
    seen, failed = {}, 0
    for old, new in zip(specs, specs[1:]):
        r = run([str(SDKGEN), "diff", old, new, "--spec", new, "--format", "json"])
        label = f"{pathlib.Path(old).parts[-4]} -> {pathlib.Path(new).parts[-4]}"
        if r.returncode != 0 or "panicked" in r.stderr:
            print(f"history {label}: FAILED (exit {r.returncode})\n{r.stderr[-2000:]}")
            failed += 1
            continue
        changes = json.loads(r.stdout)["changes"]
        unlocated = [c for c in changes if not any(s and s["line"] > 0 for s in (c["old"], c["new"]))]
        for c in changes:
            seen[c["rule"]] = seen.get(c["rule"], 0) + 1
        print(f"history {label}: {len(changes)} changes, {len(unlocated)} without a line")
        for c in unlocated[:5]:
            print(f"  unlocated: {c['rule']}: {c['message']}")
        failed += bool(unlocated)
    print("rule ids seen: " + ", ".join(f"{k} ({v})" for k, v in sorted(seen.items(), key=lambda kv: -kv[1])))
    print(f"history: {len(specs) - 1 - failed} passed, {failed} failed")
    return 1 if failed else 0


# ---------------------------------------------------------------------------------------------
# The run: prepare every pair (generate, verdict, TypeScript consumers), then the checks in a
# pool of workers, then the verdicts compared.

class Pair:
    def __init__(self, fx):
        self.rule, self.fx = fx.name, fx
        self.work = WORK / fx.name
        # Pairs that share their old spec share its SDK: generated and verified once.
        self.old_key = hashlib.sha256((fx / "old.yaml").read_bytes()).hexdigest()[:12]
        self.old, self.new = WORK / f"old-{self.old_key}", self.work / "new"
        self.results = {}  # tool -> (breaking?, detail)


def pool(jobs, tasks):
    """Runs the callables in `tasks` on `jobs` workers; each gets its worker's slot number.
    Returns their results in order; the first failure is raised once all have ended."""
    local, counter, lock = threading.local(), [0], threading.Lock()

    def slot():
        if not hasattr(local, "slot"):
            with lock:
                local.slot, counter[0] = counter[0], counter[0] + 1
        return local.slot

    with ThreadPoolExecutor(max_workers=jobs) as ex:
        futures = [ex.submit(lambda t=t: t(slot())) for t in tasks]
    return [f.result() for f in futures]


def main():
    if sys.argv[1:2] == ["--history"]:
        return history(sys.argv[2:])
    only = set(sys.argv[1:])
    jobs = max(1, int(os.environ.get("SEMVER_JOBS", min(2, os.cpu_count() or 1))))
    fixtures = sorted(p for p in (ROOT / "tests" / "fixtures" / "diff").iterdir() if p.is_dir())
    pairs = [Pair(fx) for fx in fixtures if not only or fx.name in only]
    olds = {}
    for p in pairs:
        olds.setdefault(p.old_key, p)  # the first pair of each old spec verifies its consumers
    WORK.mkdir(parents=True, exist_ok=True)
    t0 = time.monotonic()

    # 1. Both SDKs of every pair, sdkgen's verdict, the TypeScript consumers.
    pool(jobs, [lambda _s, p=p: generate(p.fx / "old.yaml", p.old) for p in olds.values()])

    def prepare(p, _slot):
        generate(p.fx / "new.yaml", p.new)
        p.says, p.report = verdict(p.fx / "old.yaml", p.fx / "new.yaml")
        p.package = next((p.old / "python" / "src").iterdir()).name
        p.ts = write_tsc_consumer(p.old, p.new, p.work)
        if olds[p.old_key] is p:
            p.ts_old = write_tsc_consumer(p.old, p.new, p.work, against=p.old)

    pool(jobs, [lambda s, p=p: prepare(p, s) for p in pairs])
    print(f"generated {len(olds) + len(pairs)} SDKs in {time.monotonic() - t0:.0f} s", flush=True)

    # 2. The checks. The batched ones (tsc, griffe) go first: they run beside the cargo work.
    ts_projects = [p.ts for p in pairs] + [p.ts_old for p in olds.values()]
    batched = {}

    def tsc_task(_slot):
        batched["tsc"] = check_tsc_all(ts_projects)

    def griffe_task(_slot):
        batched["griffe"] = check_griffe_all(pairs)

    def verify_old(p, slot):
        # The consumers are right about the old SDK: each compiles against it (tsc: in the batch).
        for name, check in [
            ("mypy", lambda: check_mypy(p.old, p.new, p.package, p.work, slot, against=p.old)),
            ("cargo check", lambda: check_rust_consumer(p.old, p.new, p.work, against=p.old)),
        ]:
            broken, detail = check()
            if broken:
                raise Failure(f"{p.rule}: the {name} consumer does not compile against the old SDK: {detail}")

    def check_pair(p, slot):
        p.results["cargo-semver-checks"] = check_rust_semver(p.old, p.new, slot)
        p.results["cargo check (consumer)"] = check_rust_consumer(p.old, p.new, p.work)
        p.results["mypy --strict (consumer)"] = check_mypy(p.old, p.new, p.package, p.work, slot)
        print(f"  {p.rule}: rust and python checked", flush=True)

    tasks = [tsc_task, griffe_task]
    for p in pairs:
        if olds[p.old_key] is p:
            tasks.append(lambda s, p=p: verify_old(p, s))
        tasks.append(lambda s, p=p: check_pair(p, s))
    pool(jobs, tasks)
    for p in olds.values():
        broken, detail = batched["tsc"][p.ts_old]
        if broken:
            raise Failure(f"{p.rule}: the tsc consumer does not compile against the old SDK: {detail}")
    for p in pairs:
        p.results["griffe"] = batched["griffe"][p.rule]
        p.results["tsc --strict (consumer)"] = batched["tsc"][p.ts]
    print(f"checked {len(pairs)} pairs with {jobs} workers in {time.monotonic() - t0:.0f} s\n", flush=True)

    # 3. The verdicts compared, in fixture order.
    tools = {"rust": ["cargo-semver-checks", "cargo check (consumer)"],
             "python": ["griffe", "mypy --strict (consumer)"],
             "typescript": ["tsc --strict (consumer)"]}
    disagreements, blind_notes, rows = [], [], []
    for p in pairs:
        rule = p.rule
        for lang, names in tools.items():
            sdkgen_breaking = p.says[lang]
            # The language's checks together: breaking when any check that can see the case says so.
            for tool in names:
                breaking, detail = p.results[tool]
                status = "agree" if breaking == sdkgen_breaking else "DISAGREE"
                if status == "DISAGREE" and (tool, rule) in BLIND:
                    status = "blind"
                    blind_notes.append(f"{rule} / {lang} / {tool}: {BLIND[(tool, rule)]} (it says {'breaking' if breaking else 'not breaking'}: {detail})")
                elif status == "DISAGREE" and not breaking and "consumer" in tool:
                    # A consumer that still compiles does not prove a change compatible: it only
                    # exercises part of the surface; the language's other tool decides.
                    status = "n/a"
                rows.append((rule, lang, "breaking" if sdkgen_breaking else "not breaking", tool,
                             "breaking" if breaking else "not breaking", status, detail))
                if status == "DISAGREE":
                    disagreements.append(rows[-1])
        print(f"{rule}: " + ", ".join(f"{r[1]}/{r[3]}={r[5]}" for r in rows if r[0] == rule), flush=True)
    # A breaking verdict of sdkgen must be confirmed by at least one check of that language.
    for fx in {r[0] for r in rows}:
        for lang in ("rust", "python", "typescript"):
            mine = [r for r in rows if r[0] == fx and r[1] == lang]
            if mine and mine[0][2] == "breaking" and not any(r[4] == "breaking" for r in mine):
                disagreements.append((fx, lang, "breaking", "all checks", "not breaking", "UNCONFIRMED", ""))
    print("\nrule | language | sdkgen | tool | tool says | status | detail")
    for r in rows:
        print(" | ".join(r))
    if blind_notes:
        print("\nwhere a tool is blind (the other check of the language decides):")
        for b in blind_notes:
            print("  " + b)
    print()
    if disagreements:
        print("DISAGREEMENTS:")
        for d in disagreements:
            print("  " + " | ".join(d))
    agreed = len([r for r in rows if r[5] in ("agree",)])
    print(f"semver: {agreed + len(blind_notes)} passed, {len(disagreements)} failed")
    return 1 if disagreements else 0


if __name__ == "__main__":
    t_start, c_start = time.monotonic(), os.times()
    try:
        rc = main()
    except Failure as e:
        print(f"error: {e}", file=sys.stderr)
        rc = 1
    c_end = os.times()
    cpu = c_end.children_user + c_end.children_system - c_start.children_user - c_start.children_system
    for k, (n, w) in sorted(TIMES.items(), key=lambda kv: -kv[1][1]):
        print(f"TIME {k}: {n} runs, {w:.1f} s (wall, summed over workers)", file=sys.stderr)
    print(f"TIME total: {time.monotonic() - t_start:.0f} s wall, {cpu:.0f} s cpu of the tools", file=sys.stderr)
    sys.exit(rc)
