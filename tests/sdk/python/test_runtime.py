"""Unit tests of the runtime and of the generated services, over ``httpx.MockTransport``."""

from __future__ import annotations

import asyncio
import dataclasses
import json
import subprocess
import sys
import time
from collections.abc import Iterator
from email.utils import format_datetime
from datetime import datetime, timedelta, timezone
from typing import Any, Callable

import gatekeeper
import httpx
import pytest
from gatekeeper import (
    AsyncGatekeeperCore,
    AsyncKeysService,
    AsyncTenantsService,
    AuditService,
    AuthService,
    GatekeeperCore,
    GatekeeperError,
    KeysService,
    TenantScope,
    TenantsService,
    is_mfa_challenge,
)
from gatekeeper._errors import ERRORS
from gatekeeper._runtime import NOT_GIVEN, BasicAuth
from gatekeeper._runtime._http import backoff_delay, encode_path, encode_query, retry_after_seconds
from gatekeeper._runtime._types import ParamStyle

Handler = Callable[[httpx.Request], httpx.Response]


class Recorder:
    """A MockTransport handler answering from a list and recording the requests."""

    def __init__(self, *responses: httpx.Response) -> None:
        self.responses = list(responses)
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        return self.responses[min(len(self.requests), len(self.responses)) - 1]

    @property
    def last(self) -> httpx.Request:
        return self.requests[-1]


def ok(data: Any, status: int = 200, **headers: str) -> httpx.Response:
    return httpx.Response(status, json={"ok": True, "data": data}, headers=headers)


def fail(status: int, code: str | None, message: str = "failed", **headers: str) -> httpx.Response:
    return httpx.Response(status, json={"ok": False, "error": {"code": code, "message": message}}, headers=headers)


def make_core(handler: Handler, **kwargs: Any) -> GatekeeperCore:
    core = GatekeeperCore("https://api.test", http=httpx.Client(transport=httpx.MockTransport(handler)), **kwargs)
    core._sleep = lambda seconds: None
    return core


# ------------------------------------------------------------------------------------- envelope


def test_envelope_data_is_returned() -> None:
    rec = Recorder(ok({"id": "ten_1", "name": "Acme"}))
    core = make_core(rec, token="tok")
    assert TenantsService(core).get("ten_1") == {"id": "ten_1", "name": "Acme"}
    assert rec.last.url.path == "/api/tenants/ten_1"
    assert rec.last.headers["authorization"] == "Bearer tok"


def test_core_request_unwraps_and_request_text_returns_text() -> None:
    rec = Recorder(ok([1, 2]), httpx.Response(200, text="a,b\n1,2\n"))
    core = make_core(rec)
    assert core.request("GET", "/api/x") == [1, 2]
    assert core.request_text("GET", "/api/x") == "a,b\n1,2\n"


def test_body_without_envelope_is_returned_as_is() -> None:
    core = make_core(Recorder(httpx.Response(200, json={"status": "ok"})))
    assert core.request("GET", "/api/health", enveloped=False) == {"status": "ok"}
    assert core.request("GET", "/api/health") == {"status": "ok"}  # no `ok` field: not an envelope


def test_ok_false_on_2xx_raises() -> None:
    core = make_core(Recorder(httpx.Response(200, json={"ok": False, "error": {"code": "not_found", "message": "gone"}})))
    with pytest.raises(gatekeeper.NotFoundError) as info:
        core.request("GET", "/api/x")
    assert info.value.message == "gone"


# ------------------------------------------------------------------------------------- errors


@pytest.mark.parametrize("status,cls", sorted(ERRORS.by_status.items()))
def test_every_status_maps_to_its_class(status: int, cls: type[GatekeeperError]) -> None:
    core = make_core(Recorder(fail(status, None, "nope")), max_retries=0)
    with pytest.raises(cls) as info:
        core.request("GET", "/api/x")
    assert type(info.value) is cls and info.value.status == status and info.value.message == "nope"


@pytest.mark.parametrize("code,cls", sorted(ERRORS.by_code.items()))
def test_every_error_code_agrees_with_every_status(code: str, cls: type[GatekeeperError]) -> None:
    # Under every status the error is of that status's class and carries the code; the code's own
    # class only where it extends the status's class (the status the code is documented with).
    own_class_at = []
    for status, status_cls in sorted(ERRORS.by_status.items()):
        core = make_core(Recorder(fail(status, code, "coded")), max_retries=0)
        with pytest.raises(GatekeeperError) as info:
            core.request("GET", "/api/x")
        err = info.value
        assert isinstance(err, status_cls), f"{code} on {status}: {type(err).__name__}"
        assert err.status == status and err.code == code and err.message == "coded"
        assert type(err) is (cls if issubclass(cls, status_cls) else status_cls), f"{code} on {status}"
        if type(err) is cls:
            own_class_at.append(status)
    assert own_class_at, f"{code}: {cls.__name__} is raised under no status"


def test_internal_on_503_is_service_unavailable() -> None:
    # The reproduction: `internal` is documented with 500; a 503 stays a 503.
    core = make_core(Recorder(fail(503, "internal", "busy")), max_retries=0)
    with pytest.raises(gatekeeper.ServiceUnavailableError) as info:
        core.request("POST", "/api/x")
    assert not isinstance(info.value, gatekeeper.InternalServerError)
    assert info.value.code == "internal" and info.value.status == 503


@pytest.mark.parametrize(
    "status,code,name",
    [
        # InternalError is a ServerError too, but its status class is InternalServerError (500).
        (501, "internal", "ServerError"),
        (505, "service_unavailable", "ServerError"),
        (418, "not_found", "UnexpectedStatusError"),
        (302, "internal", "UnexpectedStatusError"),
    ],
)
def test_known_code_on_ranged_or_unclaimed_status(status: int, code: str, name: str) -> None:
    core = make_core(Recorder(fail(status, code)), max_retries=0)
    with pytest.raises(GatekeeperError) as info:
        core.request("GET", "/api/x")
    assert type(info.value) is getattr(gatekeeper, name) and info.value.code == code


@pytest.mark.parametrize("status", [501, 505, 599])
def test_other_5xx_are_server_errors(status: int) -> None:
    core = make_core(Recorder(fail(status, None)), max_retries=0)
    with pytest.raises(gatekeeper.ServerError):
        core.request("GET", "/api/x")


@pytest.mark.parametrize("status", [302, 402, 418, 451])
def test_unclaimed_statuses_are_unexpected(status: int) -> None:
    core = make_core(Recorder(httpx.Response(status, text="?")), max_retries=0)
    with pytest.raises(gatekeeper.UnexpectedStatusError) as info:
        core.request("GET", "/api/x")
    assert info.value.status == status


@pytest.mark.parametrize(
    "body,content_type",
    [
        ("<html><body>Bad gateway</body></html>", "text/html"),
        ("", "text/plain"),
        ('{"ok": false, "error": {', "application/json"),
        ("null", "application/json"),
        ('["a"]', "application/json"),
        ('{"ok": false, "error": "boom"}', "application/json"),
    ],
)
def test_non_json_or_malformed_error_bodies(body: str, content_type: str) -> None:
    core = make_core(Recorder(httpx.Response(502, text=body, headers={"content-type": content_type})), max_retries=0)
    with pytest.raises(gatekeeper.BadGatewayError) as info:
        core.request("GET", "/api/x")
    err = info.value
    assert err.status == 502 and err.message
    assert str(err).startswith("[502")


def test_error_attributes() -> None:
    response = httpx.Response(
        412,
        json={"ok": False, "error": {"code": "precondition_failed", "message": "stale", "details": {"a": 1}}},
        headers={"etag": '"v2"', "x-request-id": "req_9", "retry-after": "3"},
    )
    core = make_core(Recorder(response), max_retries=0)
    with pytest.raises(gatekeeper.PreconditionFailedError) as info:
        TenantsService(core).update("ten_1", name="x", if_match='"v1"')
    err = info.value
    assert (err.status, err.code, err.message) == (412, "precondition_failed", "stale")
    assert err.current_etag == '"v2"' and err.request_id == "req_9" and err.retry_after == 3.0
    assert err.details == {"a": 1} and err.headers["etag"] == '"v2"'
    assert err.body == {"ok": False, "error": {"code": "precondition_failed", "message": "stale", "details": {"a": 1}}}
    assert "req_9" in str(err) and "PreconditionFailedError" in repr(err)


def test_connection_and_timeout_errors() -> None:
    def refuse(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("refused", request=request)

    def slow(request: httpx.Request) -> httpx.Response:
        raise httpx.ReadTimeout("slow", request=request)

    with pytest.raises(gatekeeper.APIConnectionError) as info:
        make_core(refuse, max_retries=0).request("GET", "/api/x")
    assert info.value.status is None and not isinstance(info.value, gatekeeper.APITimeoutError)
    with pytest.raises(gatekeeper.APITimeoutError):
        make_core(slow, max_retries=0).request("GET", "/api/x")


# ------------------------------------------------------------------------------------- retries


def test_retry_after_parsing() -> None:
    now = time.time()
    future = format_datetime(datetime.fromtimestamp(now, timezone.utc) + timedelta(seconds=30), usegmt=True)
    assert retry_after_seconds({"retry-after": "2"}) == 2.0
    assert retry_after_seconds({"retry-after": "1.5"}) == 1.5
    assert retry_after_seconds({"retry-after-ms": "250", "retry-after": "9"}) == 0.25
    assert retry_after_seconds({"retry-after": "Wed, 21 Oct 2015 07:28:00 GMT"}) == 0.0
    assert 28 <= (retry_after_seconds({"retry-after": future}, now) or 0) <= 30
    for bad in ["soon", "-1", "nan", ""]:
        assert retry_after_seconds({"retry-after": bad}) is None
    assert retry_after_seconds({}) is None


def test_backoff_bounds() -> None:
    for index, base in enumerate([0.5, 1, 2, 4, 8, 8, 8]):
        assert backoff_delay(index, 0.0) == pytest.approx(base * 0.75)
        assert backoff_delay(index, 1.0) == pytest.approx(base)


def test_retry_after_on_429_and_retry_budget() -> None:
    rec = Recorder(fail(429, "rate_limited", "slow down", **{"retry-after": "1"}))
    slept: list[float] = []
    core = make_core(rec)
    core._sleep = slept.append
    with pytest.raises(gatekeeper.RateLimitError) as info:
        core.request("GET", "/api/x")
    assert info.value.retry_after == 1.0 and len(rec.requests) == 3 and slept == [1.0, 1.0]


# ------------------------------------------------------------------------------------- core


def test_from_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("GATEKEEPER_BASE_URL", raising=False)
    with pytest.raises(ValueError, match="GATEKEEPER_BASE_URL is not set"):
        GatekeeperCore.from_env()
    monkeypatch.setenv("GATEKEEPER_BASE_URL", "https://env.test/")
    monkeypatch.setenv("GATEKEEPER_TOKEN", "tok_env")
    monkeypatch.setenv("GATEKEEPER_API_KEY", "key_env")
    with GatekeeperCore.from_env(max_retries=0) as core:
        assert core.base_url == "https://env.test" and core.token == "tok_env" and core.max_retries == 0
    async_core = AsyncGatekeeperCore.from_env()
    assert async_core.token == "tok_env" and async_core.base_url == "https://env.test"


def test_context_manager_closes_own_client_only() -> None:
    with GatekeeperCore("https://api.test") as core:
        own = core._http
    assert own.is_closed
    mine = httpx.Client(transport=httpx.MockTransport(Recorder(ok(1))))
    with GatekeeperCore("https://api.test", http=mine) as core:
        assert core.request("GET", "/x") == 1
    assert not mine.is_closed
    mine.close()


def test_async_context_manager_closes_own_client_only() -> None:
    async def main() -> None:
        async with AsyncGatekeeperCore("https://api.test") as core:
            own = core._http
        assert own.is_closed
        mine = httpx.AsyncClient(transport=httpx.MockTransport(Recorder(ok(1))))
        async with AsyncGatekeeperCore("https://api.test", http=mine) as core:
            assert await core.request("GET", "/x") == 1
        assert not mine.is_closed
        await mine.aclose()

    asyncio.run(main())


def test_secrets_never_shown() -> None:
    core = make_core(Recorder(fail(401, "unauthorized", "bad token")), token="sekrit-token", api_key="sekrit-key")
    assert "sekrit" not in repr(core) and "token=<set>" in repr(core)
    with pytest.raises(GatekeeperError) as info:
        core.request("GET", "/api/x", security=[["bearerAuth"]])
    assert "sekrit" not in str(info.value) and "sekrit" not in repr(info.value)
    with pytest.raises(ValueError) as bad:
        make_core(Recorder(ok(1)), token="sekrit\nx").request("GET", "/x", security=[["bearerAuth"]])
    assert "sekrit" not in str(bad.value)


# ------------------------------------------------------------------------------------- HTTP Basic

BASIC_SETTINGS = dataclasses.replace(
    GatekeeperCore._settings,
    security_schemes={
        **GatekeeperCore._settings.security_schemes,
        "basicAuth": BasicAuth(),
    },
)


class BasicCore(GatekeeperCore):
    """The Gatekeeper core over an API that also has an HTTP Basic scheme (``basicAuth``)."""

    _settings = BASIC_SETTINGS


class AsyncBasicCore(AsyncGatekeeperCore):
    _settings = BASIC_SETTINGS


def make_basic_core(handler: Handler, **kwargs: Any) -> BasicCore:
    return BasicCore("https://api.test", http=httpx.Client(transport=httpx.MockTransport(handler)), max_retries=0, **kwargs)


def test_basic_auth_header_is_base64_of_utf8_user_colon_password() -> None:
    rec = Recorder(ok(1))
    core = make_basic_core(rec, username="user", password="päss", token="tok")
    core.request("GET", "/x", security=[["basicAuth"]])
    assert rec.last.headers["authorization"] == "Basic dXNlcjpww6Rzcw=="


def test_basic_auth_is_sent_only_to_basic_operations() -> None:
    rec = Recorder(ok(1))
    core = make_basic_core(rec, username="user", password="päss", token="tok")
    core.request("GET", "/x", security=[["bearerAuth"]])
    assert rec.last.headers["authorization"] == "Bearer tok"
    core.request("GET", "/x")  # public
    assert "authorization" not in rec.last.headers
    core.request("GET", "/x", security=[["apiKeyAuth"]])  # no API key: nothing sent
    assert "authorization" not in rec.last.headers and "x-api-key" not in rec.last.headers
    core.request("GET", "/x", security=[["apiKeyAuth"], ["basicAuth"]])  # second alternative
    assert rec.last.headers["authorization"] == "Basic dXNlcjpww6Rzcw=="
    core.set_basic_auth("ada", "")
    core.request("GET", "/x", security=[["basicAuth"]])
    assert rec.last.headers["authorization"] == "Basic YWRhOg=="
    core.clear_basic_auth()
    core.request("GET", "/x", security=[["basicAuth"]])
    assert "authorization" not in rec.last.headers


def test_the_token_is_never_sent_as_basic_credentials() -> None:
    rec = Recorder(ok(1))
    make_basic_core(rec, token="user:pass").request("GET", "/x", security=[["basicAuth"]])
    assert "authorization" not in rec.last.headers


def test_async_core_sends_basic_auth() -> None:
    rec = Recorder(ok(1))

    async def main() -> None:
        client = httpx.AsyncClient(transport=httpx.MockTransport(rec))
        async with AsyncBasicCore("https://api.test", http=client, username="user", password="päss") as core:
            await core.request("GET", "/x", security=[["basicAuth"]])
        await client.aclose()

    asyncio.run(main())
    assert rec.last.headers["authorization"] == "Basic dXNlcjpww6Rzcw=="


@pytest.mark.parametrize(
    "username,password,message",
    [
        ("sekrit:user", "pw", "RFC 7617"),
        ("user", "sekrit\r\nX-Evil: 1", "control character"),
        ("sekrit\x00", "pw", "control character"),
        ("sekrit-user", None, "go together"),
        (None, "sekrit-pass", "go together"),
    ],
)
def test_invalid_basic_credentials_are_refused(username: str | None, password: str | None, message: str) -> None:
    rec = Recorder(ok(1))
    with pytest.raises(ValueError, match=message) as info:
        make_basic_core(rec, username=username, password=password)
    assert "sekrit" not in str(info.value)
    core = make_basic_core(rec)
    if username is not None and password is not None:
        with pytest.raises(ValueError, match=message):
            core.set_basic_auth(username, password)
    assert rec.requests == []


def test_basic_credentials_never_shown() -> None:
    core = make_basic_core(Recorder(fail(401, "unauthorized", "bad credentials")), username="sekrit-user", password="sekrit-pass")
    assert "sekrit" not in repr(core) and "basic_auth=<set>" in repr(core)
    with pytest.raises(GatekeeperError) as info:
        core.request("GET", "/x", security=[["basicAuth"]])
    assert "sekrit" not in str(info.value) and "sekrit" not in repr(info.value)


def test_from_env_reads_username_and_password_only_with_a_basic_scheme(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("GATEKEEPER_BASE_URL", "https://env.test")
    monkeypatch.setenv("GATEKEEPER_USERNAME", "user")
    monkeypatch.delenv("GATEKEEPER_PASSWORD", raising=False)
    monkeypatch.delenv("GATEKEEPER_TOKEN", raising=False)
    with pytest.raises(ValueError, match="GATEKEEPER_PASSWORD is not set"):
        BasicCore.from_env()
    assert "basic_auth" not in repr(GatekeeperCore.from_env())  # no Basic scheme: not read
    monkeypatch.setenv("GATEKEEPER_PASSWORD", "päss")
    rec = Recorder(ok(1))
    core = BasicCore.from_env(http=httpx.Client(transport=httpx.MockTransport(rec)))
    core.request("GET", "/x", security=[["basicAuth"]])
    assert rec.last.headers["authorization"] == "Basic dXNlcjpww6Rzcw=="
    assert "basic_auth=<set>" in repr(AsyncBasicCore.from_env())


def test_user_agent_and_default_headers() -> None:
    rec = Recorder(ok(1))
    make_core(rec, user_agent="myapp/1.0", default_headers={"x-trace": "abc"}).request("GET", "/x")
    ua = rec.last.headers["user-agent"]
    assert ua.startswith(f"myapp/1.0 gatekeeper-sdk/{gatekeeper.__version__} python/")
    assert rec.last.headers["x-trace"] == "abc"


def test_request_options_per_call() -> None:
    rec = Recorder(ok({"id": "ten_1"}))
    TenantsService(make_core(rec)).get("ten_1", request_options={"headers": {"x-call": "1"}, "timeout": 3.0})
    assert rec.last.headers["x-call"] == "1"
    assert rec.last.extensions["timeout"]["read"] == 3.0


def test_set_token() -> None:
    rec = Recorder(ok({}))
    core = make_core(rec)
    core.set_token("tok_2")
    AuthService(core).me()
    assert rec.last.headers["authorization"] == "Bearer tok_2"


# ------------------------------------------------------------------------------------- services


def test_positional_signature_and_body() -> None:
    rec = Recorder(ok({"accessToken": "t"}, 201))
    AuthService(make_core(rec)).signup("a@b.com", "hunter2pass")
    assert json.loads(rec.last.content) == {"email": "a@b.com", "password": "hunter2pass"}
    assert "authorization" not in rec.last.headers  # public operation


def test_service_defaults_fill_and_are_overridden() -> None:
    rec = Recorder(ok({"apiKey": {"id": "key_1"}, "plainTextKey": "x"}, 201))
    keys = KeysService(make_core(rec), default_scopes=["read"], default_quota_period="month")
    keys.create(tenant_id="t1")
    assert json.loads(rec.last.content) == {"tenantId": "t1", "scopes": ["read"]}
    keys.create(tenant_id="t1", scopes=["write"], quota={"limit": 10})
    assert json.loads(rec.last.content) == {"tenantId": "t1", "scopes": ["write"], "quota": {"limit": 10, "period": "month"}}
    keys.create("t1", quota={"limit": 10, "period": "day"})
    assert json.loads(rec.last.content)["quota"] == {"limit": 10, "period": "day"}

    rec = Recorder(httpx.Response(200, text="id\n"))
    audit = AuditService(make_core(rec), default_format="csv")
    assert audit.export("ten_1") == "id\n"
    assert rec.last.url.params["format"] == "csv"
    audit.export("ten_1", format="ndjson")
    assert rec.last.url.params["format"] == "ndjson"

    rec = Recorder(ok({"userId": "u"}, 201))
    TenantsService(make_core(rec), default_role="admin").add_member("ten_1", email="a@b.com")
    assert json.loads(rec.last.content) == {"email": "a@b.com", "role": "admin"}


def test_idempotency_key_generated_for_declared_header() -> None:
    rec = Recorder(fail(503, None), ok({"id": "ten_1"}, 201))
    TenantsService(make_core(rec)).create("Acme Inc")
    keys = {r.headers.get("idempotency-key") for r in rec.requests}
    assert len(rec.requests) == 2 and len(keys) == 1 and None not in keys


def test_path_parameters_are_one_segment() -> None:
    rec = Recorder(ok({"id": "x"}))
    TenantsService(make_core(rec)).get("a/../b c")
    assert rec.last.url.raw_path == b"/api/tenants/a%2F..%2Fb%20c"


def test_scopes() -> None:
    rec = Recorder(ok({"items": [], "nextCursor": None}))
    core = make_core(rec)
    page = TenantScope(core, "ten_123").members.list()
    assert rec.last.url.path == "/api/tenants/ten_123/members" and page.items == [] and not page.has_more
    rec.responses = [ok({"id": "ten_123"})]
    assert TenantsService(core).scope("ten_123").get() == {"id": "ten_123"}
    assert rec.last.url.path == "/api/tenants/ten_123"


def test_raw_responses_expose_status_headers_and_etag() -> None:
    rec = Recorder(ok({"id": "ten_1"}, 200, etag='"v1"', **{"x-request-id": "req_1"}))
    tenants = TenantsService(make_core(rec), default_role="admin")
    raw = tenants.with_raw_response.get("ten_1")
    assert raw.data == {"id": "ten_1"} and raw.status == 200
    assert raw.etag == '"v1"' and raw.request_id == "req_1" and raw.headers["etag"] == '"v1"'
    rec.responses = [ok({"items": [{"id": "ten_1"}], "nextCursor": "c2"})]
    page = tenants.with_raw_response.list().data
    assert page.items == [{"id": "ten_1"}] and page.next_cursor == "c2" and page.has_more
    rec.responses = [httpx.Response(200, text="id\n", headers={"x-request-id": "req_2"})]
    text = AuditService(make_core(rec)).with_raw_response.export("ten_1")
    assert text.data == "id\n" and text.request_id == "req_2"


def test_pagination_is_lazy() -> None:
    pages = [
        ok({"items": [{"id": "k1"}, {"id": "k2"}], "nextCursor": "c2"}),
        ok({"items": [{"id": "k3"}], "nextCursor": None}),
    ]
    rec = Recorder(*pages)
    keys = KeysService(make_core(rec))
    iterator: Iterator[Any] = keys.list_all("ten_1", limit=2)
    assert rec.requests == []
    assert next(iterator) == {"id": "k1"} and len(rec.requests) == 1
    assert [k["id"] for k in iterator] == ["k2", "k3"] and len(rec.requests) == 2
    assert rec.last.url.params["cursor"] == "c2" and rec.last.url.params["limit"] == "2"


def test_async_service_and_pagination() -> None:
    rec = Recorder(
        ok({"items": [{"id": "k1"}], "nextCursor": "c2"}),
        ok({"items": [{"id": "k2"}], "nextCursor": None}),
    )

    async def main() -> list[str]:
        core = AsyncGatekeeperCore("https://api.test", http=httpx.AsyncClient(transport=httpx.MockTransport(rec)))
        return [k["id"] async for k in AsyncKeysService(core).list_all("ten_1")]

    assert asyncio.run(main()) == ["k1", "k2"]


def test_mfa_guard() -> None:
    login: Any = {"kind": "mfa_challenge", "mfaRequired": True, "challengeToken": "c"}
    assert is_mfa_challenge(login)
    assert not is_mfa_challenge({"kind": "session", "mfaRequired": False, "accessToken": "t"})  # type: ignore[typeddict-item]


def test_import_is_lazy() -> None:
    code = "import sys, gatekeeper; print(sorted(m for m in sys.modules if m.startswith('gatekeeper.')))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"
    code = "import sys, gatekeeper; gatekeeper.KeysService; print('gatekeeper.services.auth' in sys.modules)"
    assert subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.strip() == "False"


def test_scoped_clients_carry_the_owning_service_defaults() -> None:
    rec = Recorder(ok({"userId": "u"}, 201))
    core = make_core(rec)
    TenantsService(core, default_role="admin").scope("ten_1").members.add(email="a@b.com")
    assert rec.last.url.path == "/api/tenants/ten_1/members"
    assert json.loads(rec.last.content) == {"email": "a@b.com", "role": "admin"}
    TenantsService(core, default_role="admin").scope("ten_1").members.add(email="a@b.com", role="member")
    assert json.loads(rec.last.content)["role"] == "member"
    TenantScope(core, "ten_1", default_role="owner").members.add(email="a@b.com")
    assert json.loads(rec.last.content)["role"] == "owner"
    TenantScope(core, "ten_1").members.add(email="a@b.com")
    assert "role" not in json.loads(rec.last.content)

    async def run() -> Any:
        arec = Recorder(ok({"userId": "u"}, 201))
        acore = AsyncGatekeeperCore("https://api.test", http=httpx.AsyncClient(transport=httpx.MockTransport(arec)))
        await AsyncTenantsService(acore, default_role="admin").scope("ten_1").members.add(email="a@b.com")
        return json.loads(arec.last.content)

    assert asyncio.run(run()) == {"email": "a@b.com", "role": "admin"}


# --------------------------------------------------------------------------- parameter styles


@pytest.mark.parametrize(
    ("value", "style", "expected"),
    [
        ([1, 2, 3], None, "a=1&a=2&a=3"),
        ([1, 2, 3], ("form", True), "a=1&a=2&a=3"),
        ([1, 2, 3], ("form", False), "a=1,2,3"),
        (["x y", "z,w"], ("form", False), "a=x%20y,z%2Cw"),
        ([1, 2, 3], ("spaceDelimited", False), "a=1%202%203"),
        ([1, 2, 3], ("pipeDelimited", False), "a=1%7C2%7C3"),
        ([1, 2], ("pipeDelimited", True), "a=1&a=2"),
        ({"x": 1, "y": "b c"}, ("deepObject", True), "a[x]=1&a[y]=b%20c"),
        ({"x": 1, "y": 2}, ("form", True), "x=1&y=2"),
        ({"x": 1, "y": 2}, ("form", False), "a=x,1,y,2"),
        ([], ("form", False), ""),
        (True, None, "a=true"),
        ("a&b=c", None, "a=a%26b%3Dc"),
    ],
)
def test_query_styles(value: object, style: tuple[ParamStyle, bool] | None, expected: str) -> None:
    styles: dict[str, tuple[ParamStyle, bool]] = {"a": style} if style else {}
    assert "&".join(f"{k}={v}" for k, v in encode_query({"a": value}, styles)) == expected


@pytest.mark.parametrize(
    ("value", "style", "expected"),
    [
        ("a/b", None, "/x/a%2Fb"),
        ([1, 2], None, "/x/1,2"),
        ({"r": 1, "g": 2}, None, "/x/r,1,g,2"),
        ({"r": 1, "g": 2}, ("simple", True), "/x/r=1,g=2"),
        ("v", ("label", False), "/x/.v"),
        ([1, 2], ("label", False), "/x/.1,2"),
        ([1, 2], ("label", True), "/x/.1.2"),
        ("v", ("matrix", False), "/x/;id=v"),
        ([1, 2], ("matrix", False), "/x/;id=1,2"),
        ([1, 2], ("matrix", True), "/x/;id=1;id=2"),
        ({"r": 1, "g": 2}, ("matrix", True), "/x/;r=1;g=2"),
    ],
)
def test_path_styles(value: object, style: tuple[ParamStyle, bool] | None, expected: str) -> None:
    styles: dict[str, tuple[ParamStyle, bool]] = {"id": style} if style else {}
    assert encode_path("/x/{id}", {"id": value}, styles) == expected


def test_styles_reach_the_wire_and_headers_join_arrays() -> None:
    rec = Recorder(ok(None))
    core = make_core(rec)
    core.request(
        "GET",
        "/api/items/{id}",
        path_params={"id": [1, 2]},
        query={"ids": [1, 2, 3], "tags": ["a", "b"], "filter": {"a": "x", "b": 2}, "none": None},
        query_styles={"ids": ("pipeDelimited", False), "filter": ("deepObject", True)},
        headers={"X-List": ["a", "b"]},
    )
    assert rec.last.url.raw_path == b"/api/items/1,2?ids=1%7C2%7C3&tags=a&tags=b&filter[a]=x&filter[b]=2"
    assert rec.last.headers["x-list"] == "a,b"


def test_optional_form_and_multipart_bodies_left_out_send_no_body() -> None:
    # An optional whole body the caller omits reaches the runtime as NOT_GIVEN (omit_none).
    rec = Recorder(ok(None))
    core = make_core(rec)
    core.request("POST", "/api/items", form=NOT_GIVEN)
    core.request("POST", "/api/items", files=NOT_GIVEN)
    assert [r.content for r in rec.requests] == [b"", b""]
    assert all("content-type" not in r.headers for r in rec.requests)
    core.request("POST", "/api/items", form={"a": 1, "b": None})
    assert rec.last.content == b"a=1"


def test_form_and_multipart_sequences_repeat_the_field() -> None:
    # OpenAPI's default for both: a list is the name repeated (a form's `explode`; RFC 7578 4.3
    # for several files of one multipart field), as the TypeScript and Rust runtimes send it.
    rec = Recorder(ok(None))
    core = make_core(rec)
    core.request("POST", "/api/items", form={"tag": ["a", "b"], "n": 1})
    assert rec.last.content == b"tag=a&tag=b&n=1"
    core.request(
        "POST",
        "/api/items",
        files={
            "file": [b"one", ("two.txt", b"two", "text/plain")],
            "tag": ("a", "b"),
            "meta": {"k": 1},
            "count": 2,
            "skip": None,
        },
    )
    body = rec.last.content
    boundary = rec.last.headers["content-type"].split("boundary=")[1].encode()
    parts = [p for p in body.split(b"--" + boundary) if p.strip(b"-\r\n")]
    names = [p.split(b'name="')[1].split(b'"')[0] for p in parts]
    assert names == [b"tag", b"tag", b"meta", b"count", b"file", b"file"]
    assert parts[2].endswith(b'\r\n\r\n{"k": 1}\r\n') and parts[3].endswith(b"\r\n\r\n2\r\n")
    assert b"\r\n\r\none\r\n" in parts[4] and b'filename="two.txt"' in parts[5] and b"two" in parts[5]
