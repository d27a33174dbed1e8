"""Every operation of spec/gatekeeper.yaml, sent to a Prism mock server built
from the spec, answers 2xx with exactly the documented example.

The request is built only from the spec's own examples (path, query and header
parameters, request body) plus the credentials its security requires, so it
also proves those examples pass Prism's request validation.

Needs PRISM_URL (e.g. http://127.0.0.1:4010); scripts/spec-check starts Prism
and sets it.
"""
from __future__ import annotations

import json
import os
import urllib.error
import urllib.parse
import urllib.request

import pytest

from spec_util import (
    API_KEY,
    BEARER_TOKEN,
    PLATFORM_TOKEN,
    load_spec,
    operations,
    parameters,
    resolve,
    security_of,
    success_status,
)

SPEC = load_spec()
OPS = list(operations(SPEC))
PRISM_URL = os.environ.get("PRISM_URL", "").rstrip("/")

pytestmark = pytest.mark.skipif(not PRISM_URL, reason="PRISM_URL not set (run scripts/spec-check)")


def auth_headers(requirements: list[dict]) -> dict[str, str]:
    """Headers satisfying the first security requirement (none for public ops)."""
    if not requirements or not requirements[0]:
        return {}
    headers = {}
    for scheme_name in requirements[0]:
        scheme = SPEC["components"]["securitySchemes"][scheme_name]
        if scheme["type"] == "http" and scheme["scheme"] == "bearer":
            token = PLATFORM_TOKEN if scheme_name == "platformAuth" else BEARER_TOKEN
            headers["Authorization"] = f"Bearer {token}"
        elif scheme["type"] == "apiKey" and scheme["in"] == "header":
            headers[scheme["name"]] = API_KEY
        else:  # pragma: no cover - the spec uses only the two kinds above
            raise AssertionError(f"unsupported security scheme {scheme_name}")
    return headers


def build_request(path: str, method: str, item: dict, op: dict, with_auth: bool = True):
    url_path = path
    query: list[tuple[str, str]] = []
    headers: dict[str, str] = {}
    for p in parameters(SPEC, item, op):
        assert "example" in p, f"parameter {p['name']} has no example"
        value = p["example"]
        text = json.dumps(value) if isinstance(value, bool) else str(value)
        if p["in"] == "path":
            url_path = url_path.replace("{" + p["name"] + "}", urllib.parse.quote(text, safe=""))
        elif p["in"] == "query":
            query.append((p["name"], text))
        elif p["in"] == "header":
            headers[p["name"]] = text
    assert "{" not in url_path, f"unfilled path parameter in {url_path}"

    body = None
    if "requestBody" in op:
        rb = resolve(SPEC, op["requestBody"])
        media = rb["content"]["application/json"]
        assert "example" in media, "request body has no example"
        body = json.dumps(media["example"]).encode()
        headers["Content-Type"] = "application/json"

    status = success_status(op)
    response = resolve(SPEC, op["responses"][status])
    content_type, media = next(iter(response["content"].items()))
    headers["Accept"] = content_type
    if with_auth:
        headers.update(auth_headers(security_of(SPEC, op)))

    url = PRISM_URL + url_path + ("?" + urllib.parse.urlencode(query) if query else "")
    req = urllib.request.Request(url, data=body, method=method.upper(), headers=headers)
    return req, int(status), content_type, media, response


def send(req):
    try:
        with urllib.request.urlopen(req, timeout=15) as resp:
            return resp.status, dict(resp.headers), resp.read().decode()
    except urllib.error.HTTPError as err:
        return err.code, dict(err.headers), err.read().decode()


@pytest.mark.parametrize(
    "path,method,item,op", OPS, ids=[op["operationId"] for _, _, _, op in OPS]
)
def test_operation_returns_its_example(path, method, item, op):
    req, status, content_type, media, response = build_request(path, method, item, op)
    got_status, got_headers, got_body = send(req)
    assert got_status == status, (
        f"{method.upper()} {req.full_url}: expected {status}, got {got_status}: {got_body[:500]}"
    )
    assert got_headers.get("Content-Type", got_headers.get("Content-type", "")).startswith(content_type)
    if content_type == "application/json":
        assert json.loads(got_body) == media["example"]
        assert json.loads(got_body)["ok"] is True
    else:
        assert got_body == media["example"]
    lower = {k.lower(): v for k, v in got_headers.items()}
    for header in response.get("headers", {}):
        assert header.lower() in lower, f"documented response header {header} missing"


SECURED = [
    (path, method, item, op)
    for path, method, item, op in OPS
    if any(req for req in security_of(SPEC, op))
]


@pytest.mark.parametrize(
    "path,method,item,op", SECURED, ids=[op["operationId"] for _, _, _, op in SECURED]
)
def test_secured_operation_requires_credentials(path, method, item, op):
    req, *_ = build_request(path, method, item, op, with_auth=False)
    got_status, _, got_body = send(req)
    assert got_status == 401, f"{op['operationId']} without credentials: got {got_status}: {got_body[:300]}"
