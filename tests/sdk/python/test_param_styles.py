"""Parameter styles end to end: the SDK of tests/fixtures/ir/params.yaml (a ``pipeDelimited``
array without explode, a ``deepObject`` filter, an exploded array, path, header and cookie
parameters) sends each parameter the way its ``style``/``explode`` say."""

from __future__ import annotations

from pathlib import Path
from types import ModuleType

import httpx
import pytest
from generated_sdk import ROOT, generate, load

PACKAGE = "params_sdk"


@pytest.fixture(scope="module")
def sdk(tmp_path_factory: pytest.TempPathFactory) -> ModuleType:
    out: Path = tmp_path_factory.mktemp("params")
    return load(generate(ROOT / "tests" / "fixtures" / "ir" / "params.yaml", out, PACKAGE), PACKAGE)


def test_styles_on_the_wire(sdk: ModuleType) -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json={"ok": True})

    core = sdk.ParamsCore("https://api.test", http=httpx.Client(transport=httpx.MockTransport(handler)))
    result = sdk.DefaultService(core).get_items_id(
        7,
        "trace-1",
        tags=["a b", "c"],
        ids=[1, 2, 3],
        filter={"a": "x", "b": 2},
        query_id="q",
        session="s 1",
    )
    assert result == {"ok": True}
    request = seen[-1]
    assert request.url.raw_path == (
        b"/items/7?tags=a%20b&tags=c&ids=1%7C2%7C3&filter[a]=x&filter[b]=2&id=q"
    )
    assert request.url.params.get_list("ids") == ["1|2|3"]
    assert request.headers["x-trace"] == "trace-1"
    assert request.headers["cookie"] == "session=s%201"

    sdk.DefaultService(core).get_items_id(7, "t", ids=[4])
    assert seen[-1].url.raw_path == b"/items/7?ids=4"
