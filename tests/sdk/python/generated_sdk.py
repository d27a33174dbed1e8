"""Generates a Python SDK from a spec with the sdkgen binary and imports it (for tests over specs
other than Gatekeeper: the hostile fixture, the parameter styles fixture)."""

from __future__ import annotations

import importlib
import json
import os
import subprocess
import sys
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[3]
SDKGEN = Path(os.environ.get("SDKGEN_BIN") or ROOT / "target" / "release" / "sdkgen")
"""The generator binary (``SDKGEN_BIN`` overrides the release build of the checkout)."""


def sdkgen() -> Path:
    """The release binary, built if missing."""
    if not SDKGEN.exists():
        subprocess.run(
            ["cargo", "build", "--release", "--locked", "--quiet"], cwd=ROOT, check=True
        )
    return SDKGEN


def generate(spec: Path, out: Path, package: str) -> Path:
    """Generates the Python SDK of ``spec`` under ``out`` as ``package``; returns its folder."""
    subprocess.run(
        [
            str(sdkgen()),
            "generate",
            "--spec",
            str(spec),
            "--out",
            str(out),
            "--lang",
            "python",
            "--python-package",
            package,
            "--quiet",
        ],
        check=True,
    )
    return out / "python"


def manifest_files(out: Path) -> set[Path]:
    """Every file the generator says it wrote under ``out`` (from its manifest)."""
    manifest = json.loads((out / ".sdkgen.json").read_text())
    return {(out / name).resolve() for name in manifest["files"]}


def load(package_dir: Path, package: str) -> ModuleType:
    """Imports ``package`` from a generated SDK folder (its ``src`` goes first on the path)."""
    src = str(package_dir / "src")
    if src not in sys.path:
        sys.path.insert(0, src)
    importlib.invalidate_caches()
    return importlib.import_module(package)
