"""The hostile fixture (tests/fixtures/hostile.yaml): a spec whose every string tries to break out
of the context it lands in. Its SDK is generated into a temporary folder, imported module by
module, and its operation called (the generated test included) over ``httpx.MockTransport``:
the sentinel never runs, no file appears, spec text is only ever inside string literals, and the
enum values, defaults and examples come through byte for byte where they are data."""

from __future__ import annotations

import ast
import asyncio
import importlib
import importlib.util
import io
import json
import os
import pkgutil
import re
import tokenize
import typing
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx
import pytest
import yaml
from generated_sdk import ROOT, generate, load, manifest_files

SPEC_PATH = ROOT / "tests" / "fixtures" / "hostile.yaml"
SPEC: dict[str, Any] = yaml.safe_load(SPEC_PATH.read_text())
PACKAGE = "hostile_sdk"
OPERATION = SPEC["paths"]["/things/{id}"]["get"]
EXAMPLE: dict[str, Any] = OPERATION["responses"]["200"]["content"]["application/json"]["example"]
ID_EXAMPLE: str = OPERATION["parameters"][0]["example"]
ID_PATTERN: str = OPERATION["parameters"][0]["schema"]["pattern"]
QUERY = OPERATION["parameters"][1]
HEADER_NAME: str = OPERATION["parameters"][2]["name"]
EVIL = SPEC["components"]["schemas"]["Evil"]
# Fragments of the payloads: wherever they appear in the generated Python, it is inside a string.
PAYLOADS = ("SDKGEN_PWNED", "__import__", "process.exit", "rm -rf", "DROP TABLE", "{{ 7 * 7 }}")


@pytest.fixture(scope="module")
def sdk(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, ModuleType]]:
    out = tmp_path_factory.mktemp("hostile")
    assert "SDKGEN_PWNED" not in os.environ
    package_dir = generate(SPEC_PATH, out, PACKAGE)
    yield out, load(package_dir, PACKAGE)


def every_module(package: ModuleType) -> list[ModuleType]:
    """Imports every module of the package (so all of their top-level code runs)."""
    modules = [package]
    for info in pkgutil.walk_packages(package.__path__, f"{package.__name__}."):
        modules.append(importlib.import_module(info.name))
    return modules


def answer(seen: list[httpx.Request]) -> httpx.MockTransport:
    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json=EXAMPLE)

    return httpx.MockTransport(handler)


def the_service(package: ModuleType, prefix: str = "") -> Any:
    names = [
        n
        for n in package.__all__
        if n.startswith(prefix) and n.endswith("Service") and (prefix or not n.startswith("Async"))
    ]
    assert len(names) == 1, names
    return getattr(package, names[0])


def test_spec_text_is_only_ever_inside_string_literals(sdk: tuple[Path, ModuleType]) -> None:
    out, _ = sdk
    sources = sorted(out.rglob("*.py"))
    assert sources
    for source in sources:
        text = source.read_text()
        assert text.isascii(), f"{source}: non-ASCII source"
        for token in tokenize.generate_tokens(io.StringIO(text).readline):
            if any(p in token.string for p in PAYLOADS):
                assert token.type == tokenize.STRING, f"{source}:{token.start}: {token.string!r}"


def test_importing_and_calling_runs_nothing(sdk: tuple[Path, ModuleType]) -> None:
    out, package = sdk
    before = {p.resolve() for p in Path.cwd().iterdir()}
    modules = every_module(package)
    assert len(modules) > 10
    seen: list[httpx.Request] = []
    core = package.HostileProcessExitCore(
        "https://api.example.com", http=httpx.Client(transport=answer(seen))
    )
    service = the_service(package)(core)
    method = next(m for m in vars(type(service)) if m.startswith("get_"))
    result = getattr(service, method)(ID_EXAMPLE, q_uery_x=QUERY["schema"]["example"])
    assert result == EXAMPLE
    request = seen[-1]
    assert request.url.raw_path.split(b"?")[0] == b"/things/a%2F..%2Fb%3Fc%23d"
    assert dict(request.url.params) == {QUERY["name"]: QUERY["schema"]["example"]}

    # A header name with CR/LF from the spec is refused before anything is sent.
    with pytest.raises(ValueError):
        getattr(service, method)("x", x_evil_injected_yes="v")
    assert len(seen) == 1

    assert "SDKGEN_PWNED" not in os.environ
    assert {p.resolve() for p in Path.cwd().iterdir()} == before
    written = {p.resolve() for p in out.rglob("*") if p.is_file() and "__pycache__" not in p.parts}
    # Besides the files its manifest lists, sdkgen writes only the manifest and its own store of
    # merge bases (compressed, content-addressed), nothing the spec could name.
    base = (out / ".sdkgen" / "base").resolve()
    store = {p for p in written if p.parent == base and p.suffix == ".zst"}
    assert store, "the merge-base store is missing"
    assert written - manifest_files(out) - store == {(out / ".sdkgen.json").resolve()}


def test_the_generated_test_passes_with_the_spec_example(sdk: tuple[Path, ModuleType]) -> None:
    out, package = sdk
    path = out / "python" / "tests" / "test_operations.py"
    spec = importlib.util.spec_from_file_location("hostile_generated_tests", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    tests = {n: f for n, f in vars(module).items() if n.startswith("test_")}
    sync_tests = [f for n, f in tests.items() if not n.startswith("test_async_")]
    async_tests = [f for n, f in tests.items() if n.startswith("test_async_")]
    assert sync_tests and async_tests
    seen: list[httpx.Request] = []
    client = httpx.Client(transport=answer(seen))
    with package.HostileProcessExitCore("https://api.example.com", http=client) as core:
        for test in sync_tests:
            test(core)

    async def run_async() -> None:
        client = httpx.AsyncClient(transport=answer(seen))
        core = package.AsyncHostileProcessExitCore("https://api.example.com", http=client)
        async with core:
            for test in async_tests:
                await test(core)
        await client.aclose()

    asyncio.run(run_async())
    assert len(seen) == 2
    for request in seen:
        assert dict(request.url.params) == {QUERY["name"]: QUERY["schema"]["example"]}
    assert "SDKGEN_PWNED" not in os.environ


def test_data_survives_byte_for_byte(sdk: tuple[Path, ModuleType]) -> None:
    _, package = sdk
    types = importlib.import_module(f"{PACKAGE}.types")
    kind = EVIL["properties"]["kind"]
    assert list(typing.get_args(types.EvilKind)) == kind["enum"]
    # Keys of the TypedDict are the spec's property names, exactly.
    assert set(typing.get_type_hints(types.Evil)) == set(EVIL["properties"])
    # Spec text in docstrings is inert text (cleaned of control and bidi characters only): the
    # string statement documenting `Evil` holds the description.
    tree = ast.parse(Path(types.__file__).read_text())
    body = tree.body
    at = next(i for i, n in enumerate(body) if isinstance(n, ast.Assign) and ast.unparse(n.targets[0]) == "Evil")
    doc = body[at + 1]
    assert isinstance(doc, ast.Expr) and isinstance(doc.value, ast.Constant)
    assert "__import__('os').environ['SDKGEN_PWNED'] = '1'" in doc.value.value
    method = next(m for m in vars(the_service(package)) if m.startswith("get_"))
    text = " ".join((getattr(the_service(package), method).__doc__ or "").split())
    assert QUERY["schema"]["default"] in text and "DROP TABLE" not in method
    # The README's example call quotes its value: the id's example misses the id's pattern, so
    # it is a string generated from the pattern, which reads back as one that matches it.
    readme = (Path(package.__file__).parents[2] / "README.md").read_text()
    assert ID_EXAMPLE not in readme
    calls = [line.strip() for line in readme.splitlines() if f".{method}(" in line]
    assert calls
    for line in calls:
        call = ast.parse(line.split(" = ", 1)[-1].removeprefix("await ")).body[0]
        assert isinstance(call, ast.Expr) and isinstance(call.value, ast.Call)
        first = call.value.args[0]
        assert isinstance(first, ast.Constant) and isinstance(first.value, str)
        assert re.fullmatch(ID_PATTERN, first.value), first.value
