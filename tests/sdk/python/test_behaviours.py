"""Runs the shared behaviour matrix (tests/sdk/behaviours.json) against the sync and async cores."""

from __future__ import annotations

import asyncio
import json
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import gatekeeper
import pytest
from behaviour_server import Recorded, ScriptServer

MATRIX = json.loads((Path(__file__).resolve().parents[1] / "behaviours.json").read_text())
CASES = MATRIX["cases"]


def _kwargs(call: dict[str, Any]) -> dict[str, Any]:
    kwargs: dict[str, Any] = {
        "path_params": call.get("path_params") or {},
        "query": call.get("query") or {},
        "security": call.get("security") or [],
        "idempotency_header": call.get("idempotency_header"),
    }
    if call.get("json") is not None:
        kwargs["json"] = call["json"]
    if "enveloped" in call:
        kwargs["enveloped"] = call["enveloped"]
    raw = call.get("options") or {}
    options: dict[str, Any] = {}
    if raw.get("max_retries") is not None:
        options["max_retries"] = raw["max_retries"]
    if raw.get("idempotency_key") is not None:
        options["idempotency_key"] = raw["idempotency_key"]
    if raw.get("timeout_ms") is not None:
        options["timeout"] = raw["timeout_ms"] / 1000
    if raw.get("headers"):
        options["headers"] = raw["headers"]
    kwargs["options"] = options
    return kwargs


class Outcome:
    def __init__(self) -> None:
        self.results: list[Any] = []
        self.errors: list[BaseException] = []
        self.sleeps: list[float] = []
        self.refresh_calls = 0
        self.token_after: Any = None


def run_sync(case: dict[str, Any], url: str) -> Outcome:
    outcome = Outcome()
    core_cfg, call = case["core"], case["call"]

    def refresh() -> str:
        outcome.refresh_calls += 1
        return str(core_cfg["refresh_to"])

    core = gatekeeper.GatekeeperCore(
        url,
        token=core_cfg.get("token"),
        api_key=core_cfg.get("api_key"),
        max_retries=core_cfg.get("max_retries", 2),
        on_token_expired=refresh if core_cfg.get("refresh_to") is not None else None,
    )
    core._sleep = outcome.sleeps.append  # record the waits instead of sleeping

    def one() -> Any:
        method = core.request_text if call.get("response_kind") == "text" else core.request
        return method(call["method"], call["path"], **_kwargs(call))

    with core:
        parallel = call.get("parallel", 1)
        with ThreadPoolExecutor(max_workers=parallel) as pool:
            futures = [pool.submit(one) for _ in range(parallel)]
            for future in futures:
                try:
                    outcome.results.append(future.result())
                except Exception as exc:
                    outcome.errors.append(exc)
        outcome.token_after = core.token
    return outcome


def run_async(case: dict[str, Any], url: str) -> Outcome:
    outcome = Outcome()
    core_cfg, call = case["core"], case["call"]

    async def refresh() -> str:
        outcome.refresh_calls += 1
        await asyncio.sleep(0.01)
        return str(core_cfg["refresh_to"])

    async def main() -> None:
        core = gatekeeper.AsyncGatekeeperCore(
            url,
            token=core_cfg.get("token"),
            api_key=core_cfg.get("api_key"),
            max_retries=core_cfg.get("max_retries", 2),
            on_token_expired=refresh if core_cfg.get("refresh_to") is not None else None,
        )

        async def record_sleep(seconds: float) -> None:
            outcome.sleeps.append(seconds)

        core._sleep = record_sleep

        async def one() -> Any:
            method = core.request_text if call.get("response_kind") == "text" else core.request
            return await method(call["method"], call["path"], **_kwargs(call))

        async with core:
            results = await asyncio.gather(*(one() for _ in range(call.get("parallel", 1))), return_exceptions=True)
            for result in results:
                if isinstance(result, BaseException):
                    outcome.errors.append(result)
                else:
                    outcome.results.append(result)
            outcome.token_after = core.token

    asyncio.run(main())
    return outcome


def _check_sent(expected: dict[str, Any], actual: Recorded, index: int) -> None:
    where = f"request #{index + 1}"
    if "path" in expected:
        assert actual.path == expected["path"], where
    for name, value in (expected.get("headers") or {}).items():
        assert actual.headers.get(name.lower()) == value, f"{where}: header {name}"
    for name in expected.get("absent_headers") or []:
        assert name.lower() not in actual.headers, f"{where}: header {name} should be absent"
    for name, prefix in (expected.get("header_prefixes") or {}).items():
        assert actual.headers.get(name.lower(), "").startswith(prefix), f"{where}: header {name}"
    if "query" in expected:
        got: dict[str, list[str]] = {}
        for k, v in actual.query:
            got.setdefault(k, []).append(v)
        for name, value in expected["query"].items():
            want = value if isinstance(value, list) else [value]
            assert got.get(name) == want, f"{where}: query {name}"
    for name in expected.get("absent_query") or []:
        assert all(k != name for k, _ in actual.query), f"{where}: query {name} should be absent"
    if "json" in expected:
        assert json.loads(actual.body) == expected["json"], f"{where}: body"


def check(case: dict[str, Any], outcome: Outcome, server: ScriptServer) -> None:
    expect = case["expect"]
    requests = server.requests
    if "requests" in expect:
        assert len(requests) == expect["requests"], "number of requests"
    if expect.get("rejected_before_send"):
        assert outcome.errors, "the call should have failed"
        assert not requests
        assert not isinstance(outcome.errors[0], gatekeeper.GatekeeperError) or outcome.errors[0].status is None
    if "data" in expect:
        assert not outcome.errors, f"unexpected error {outcome.errors!r}"
        assert outcome.results and all(r == expect["data"] for r in outcome.results)
    if "text" in expect:
        assert not outcome.errors, f"unexpected error {outcome.errors!r}"
        assert outcome.results == [expect["text"]]
    if "error" in expect:
        assert outcome.errors and not outcome.results, f"expected an error, got {outcome.results!r}"
        want = expect["error"]
        for error in outcome.errors:
            if "class" in want:
                cls = getattr(gatekeeper, want["class"])
                assert isinstance(error, cls), f"{type(error).__name__} is not a {want['class']}"
            if "exact_class" in want:
                exact = getattr(gatekeeper, want["exact_class"])
                assert type(error) is exact, f"{type(error).__name__} is not exactly {want['exact_class']}"
            assert isinstance(error, gatekeeper.GatekeeperError)
            for attr in ("status", "code", "message", "request_id", "current_etag", "body", "details"):
                if attr in want:
                    assert getattr(error, attr) == want[attr], attr
            if "retry_after" in want:
                assert error.retry_after == pytest.approx(want["retry_after"], abs=0.01), "retry_after"
    for index, expected in enumerate(expect.get("sent") or []):
        assert index < len(requests), f"request #{index + 1} was not sent"
        _check_sent(expected, requests[index], index)
    if expect.get("same_idempotency_key"):
        keys = {r.headers.get("idempotency-key") for r in requests}
        assert len(keys) == 1 and None not in keys and "" not in keys, f"idempotency keys {keys}"
    if "refresh_calls" in expect:
        assert outcome.refresh_calls == expect["refresh_calls"], "refresh calls"
    if "token_after" in expect:
        assert outcome.token_after == expect["token_after"], "token after"
    if "sleeps" in expect:
        assert len(outcome.sleeps) == len(expect["sleeps"]), f"sleeps {outcome.sleeps}"
        for got, (low, high) in zip(outcome.sleeps, expect["sleeps"]):
            assert low - 1e-6 <= got <= high + 1e-6, f"sleep {got} not in [{low}, {high}]"


@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
def test_sync(case: dict[str, Any]) -> None:
    with ScriptServer(case["responses"]) as server:
        outcome = run_sync(case, server.url)
    check(case, outcome, server)


@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
def test_async(case: dict[str, Any]) -> None:
    with ScriptServer(case["responses"]) as server:
        outcome = run_async(case, server.url)
    check(case, outcome, server)
