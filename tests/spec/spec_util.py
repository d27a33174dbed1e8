"""Helpers shared by the spec tests: load spec/gatekeeper.yaml, resolve local
$refs, and walk its operations. Stdlib + PyYAML only."""
from __future__ import annotations

import os
import re
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[2]
SPEC_PATH = Path(os.environ.get("GATEKEEPER_SPEC", ROOT / "spec" / "gatekeeper.yaml"))
METHODS = ("get", "put", "post", "patch", "delete", "head", "options", "trace")

# Credentials sent to Prism. Prism only checks that they are present and well
# formed; the values look like what a real client would send.
BEARER_TOKEN = (
    "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9."
    "eyJzdWIiOiJ1c3JfMng3S3BROW1WYk40IiwiZXhwIjoxNzcyMzU2NDAwfQ."
    "8Jx3XQmT0yq1Ff2Zk7vR4sW9nB6cD5eA1hG3jK0lM2o"
)
PLATFORM_TOKEN = "gksa_3mN5bV7cX9zL_Xy7Qp2Lr8Tv4Wn6Bz1Kd"
API_KEY = "gk_live_4nQ7vB2xZr9LmT5wY8pK3sD6fH1jA0cE"


def load_spec() -> dict:
    with open(SPEC_PATH, encoding="utf-8") as fh:
        return yaml.safe_load(fh)


def resolve(spec: dict, node):
    """Follow a local `$ref` chain (`#/components/...`) to the node it names."""
    seen = set()
    while isinstance(node, dict) and "$ref" in node:
        ref = node["$ref"]
        if ref in seen:
            raise ValueError(f"$ref cycle at {ref}")
        seen.add(ref)
        if not ref.startswith("#/"):
            raise ValueError(f"only local $refs are supported: {ref}")
        target = spec
        for part in ref[2:].split("/"):
            target = target[part.replace("~1", "/").replace("~0", "~")]
        node = target
    return node


def operations(spec: dict):
    """Yield (path, method, path_item, operation) for every operation, in document order."""
    for path, item in spec["paths"].items():
        for method in METHODS:
            if method in item:
                yield path, method, item, item[method]


def parameters(spec: dict, item: dict, op: dict) -> list[dict]:
    """Path-level parameters overridden by operation-level ones, resolved."""
    merged: dict[tuple[str, str], dict] = {}
    for raw in list(item.get("parameters", [])) + list(op.get("parameters", [])):
        p = resolve(spec, raw)
        merged[(p["name"], p["in"])] = p
    return list(merged.values())


def success_status(op: dict) -> str:
    codes = sorted(c for c in op["responses"] if str(c).startswith("2"))
    assert codes, "operation has no 2xx response"
    return str(codes[0])


def security_of(spec: dict, op: dict) -> list[dict]:
    return op["security"] if "security" in op else spec.get("security", [])


def words(name: str) -> list[str]:
    """Split an identifier into words the way the `heck` crate does
    (`OAuth` -> O, Auth; `MFA` -> MFA; `RateLimit` -> Rate, Limit)."""
    return re.findall(r"[A-Z]+(?=[A-Z][a-z])|[A-Z]?[a-z]+|[A-Z]+|[0-9]+", name)


def lower_camel(ws: list[str]) -> str:
    if not ws:
        return ""
    return ws[0].lower() + "".join(w[:1].upper() + w[1:].lower() for w in ws[1:])
