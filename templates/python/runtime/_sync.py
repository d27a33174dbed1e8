"""The synchronous core: holds the connection settings and sends every request (httpx.Client)."""

from __future__ import annotations

import random
import threading
import time
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Callable, ClassVar

from typing_extensions import Protocol, Self, Unpack

from ._errors import ErrorBase
from ._http import (
    DEFAULT_TIMEOUT,
    RequestArgs,
    attempt_headers,
    basic_authorization,
    check_header,
    connection_error,
    credentials,
    env_credentials,
    error_from_response,
    full_url,
    lower_headers,
    next_delay,
    prepare,
    read_success,
    should_retry,
)
from ._http import (
    user_agent as build_user_agent,
)
from ._response import ApiResponse
from ._settings import Settings
from ._types import ResponseKind

if TYPE_CHECKING:
    import httpx

__all__ = ["SyncCore", "SyncRequester"]


class SyncRequester(Protocol):
    """What a service needs from its core: the low-level request methods."""

    def request(self, method: str, path: str, **kwargs: Unpack[RequestArgs]) -> Any: ...

    def request_text(self, method: str, path: str, **kwargs: Unpack[RequestArgs]) -> str: ...

    def request_bytes(self, method: str, path: str, **kwargs: Unpack[RequestArgs]) -> bytes: ...

    def request_raw(
        self, method: str, path: str, kind: ResponseKind = "json", **kwargs: Unpack[RequestArgs]
    ) -> ApiResponse[Any]: ...


class SyncCore:
    """Base of the generated synchronous core: base URL, credentials, retries, httpx client."""

    _settings: ClassVar[Settings]

    def __init__(
        self,
        base_url: str,
        *,
        token: str | None = None,
        api_key: str | None = None,
        username: str | None = None,
        password: str | None = None,
        timeout: float | None = None,
        max_retries: int = 2,
        default_headers: Mapping[str, str] | None = None,
        user_agent: str | None = None,
        http: httpx.Client | None = None,
        on_token_expired: Callable[[], str] | None = None,
    ) -> None:
        """Creates a core.

        Args:
            base_url: Root URL of the API deployment (paths are appended to it).
            token: Bearer token sent to operations secured by a bearer scheme (change it with
                ``set_token``).
            api_key: API key sent to operations secured by an API-key scheme.
            username: User name of HTTP Basic authentication, sent with ``password`` as
                ``Authorization: Basic base64(username ":" password)`` to operations secured by a
                Basic scheme (change both with ``set_basic_auth``). It must not contain ``:``.
            password: Password of HTTP Basic authentication; given with ``username`` or not at all.
            timeout: Seconds before a request gives up; default 60 (or the timeout of ``http``).
            max_retries: Retries of failed idempotent requests; ``0`` disables retries.
            default_headers: Headers sent with every request.
            user_agent: Your product token, sent before the SDK's own ``User-Agent``.
            http: An ``httpx.Client`` to send requests with (proxies, mounts, mock transports); it
                is used as given and not closed by the core.
            on_token_expired: Called on a 401 to get a new access token; the request is then
                replayed once with it.
        """
        if not base_url:
            raise ValueError("base_url must not be empty")
        if max_retries < 0:
            raise ValueError("max_retries must be 0 or more")
        self.base_url = base_url.rstrip("/")
        self._token = token
        self._api_key = api_key
        self._basic = basic_authorization(username, password)
        self._timeout = timeout
        self.max_retries = max_retries
        self._default_headers = {"User-Agent": build_user_agent(self._settings, user_agent)}
        for name, value in (default_headers or {}).items():
            check_header(name, value)
            self._default_headers[name] = value
        self._owns_http = http is None
        # Created on first use: importing httpx and loading the TLS certificates cost more than
        # everything else a core and its services do before their first request.
        self._client: httpx.Client | None = http
        self._client_lock = threading.Lock()
        self._on_token_expired = on_token_expired
        self._refresh_lock = threading.Lock()
        self._sleep: Callable[[float], None] = time.sleep
        self._jitter: Callable[[], float] = random.random

    @classmethod
    def from_env(
        cls,
        *,
        timeout: float | None = None,
        max_retries: int = 2,
        default_headers: Mapping[str, str] | None = None,
        user_agent: str | None = None,
        http: httpx.Client | None = None,
        on_token_expired: Callable[[], str] | None = None,
    ) -> Self:
        """A core configured from the environment.

        Reads ``<PREFIX>_BASE_URL`` (required), ``<PREFIX>_TOKEN`` and ``<PREFIX>_API_KEY``, and,
        when the API has an HTTP Basic scheme, ``<PREFIX>_USERNAME`` and ``<PREFIX>_PASSWORD``,
        where the prefix is the SDK name in capitals.
        """
        env = env_credentials(cls._settings, cls.__name__)
        return cls(
            env.base_url,
            token=env.token,
            api_key=env.api_key,
            username=env.username,
            password=env.password,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            user_agent=user_agent,
            http=http,
            on_token_expired=on_token_expired,
        )

    @property
    def token(self) -> str | None:
        """The bearer token currently in use."""
        return self._token

    def set_token(self, token: str | None) -> None:
        """Uses ``token`` as the bearer token of every following request (``None`` removes it)."""
        self._token = token

    def set_api_key(self, api_key: str | None) -> None:
        """Uses ``api_key`` for operations secured by an API key (``None`` removes it)."""
        self._api_key = api_key

    def set_basic_auth(self, username: str, password: str) -> None:
        """Uses ``username`` and ``password`` for operations secured by HTTP Basic auth."""
        self._basic = basic_authorization(username, password)

    def clear_basic_auth(self) -> None:
        """Stops sending HTTP Basic credentials."""
        self._basic = None

    def request(self, method: str, path: str, **kwargs: Unpack[RequestArgs]) -> Any:
        """Sends a request and returns the JSON result (the envelope's ``data`` when enveloped)."""
        return self._send(method, path, "json", kwargs).data

    def request_text(self, method: str, path: str, **kwargs: Unpack[RequestArgs]) -> str:
        """Sends a request and returns the response body as text."""
        data: str = self._send(method, path, "text", kwargs).data
        return data

    def request_bytes(self, method: str, path: str, **kwargs: Unpack[RequestArgs]) -> bytes:
        """Sends a request and returns the response body as bytes."""
        data: bytes = self._send(method, path, "bytes", kwargs).data
        return data

    def request_raw(
        self, method: str, path: str, kind: ResponseKind = "json", **kwargs: Unpack[RequestArgs]
    ) -> ApiResponse[Any]:
        """Like ``request()`` (or its text/bytes siblings, per ``kind``) with status and headers."""
        return self._send(method, path, kind, kwargs)

    @property
    def _http(self) -> httpx.Client:
        """The httpx client: the one passed as ``http``, else one created on first use."""
        client = self._client
        if client is None:
            with self._client_lock:
                client = self._client
                if client is None:
                    import httpx

                    timeout = self._timeout if self._timeout is not None else DEFAULT_TIMEOUT
                    client = self._client = httpx.Client(timeout=timeout)
        return client

    def close(self) -> None:
        """Closes the httpx client the core created (a client passed as ``http`` stays open)."""
        if self._owns_http and self._client is not None:
            self._client.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def __repr__(self) -> str:
        auth: list[str] = []
        if self._token is not None:
            auth.append("token=<set>")
        if self._api_key is not None:
            auth.append("api_key=<set>")
        if self._basic is not None:
            auth.append("basic_auth=<set>")
        return f"{type(self).__name__}(base_url={self.base_url!r}{''.join(', ' + a for a in auth)})"

    def _refresh(self, failed_token: str) -> None:
        callback = self._on_token_expired
        if callback is None:
            return
        with self._refresh_lock:
            if self._token != failed_token:
                return  # another call refreshed while this one waited
            self._token = callback()

    def _send(
        self, method: str, path: str, kind: ResponseKind, args: RequestArgs
    ) -> ApiResponse[Any]:
        import httpx

        settings = self._settings
        prepared = prepare(
            settings,
            self.base_url,
            self._default_headers,
            self.max_retries,
            method,
            path,
            kind,
            args,
        )
        security = args.get("security") or ()
        timeout = prepared.timeout if prepared.timeout is not None else self._timeout
        retries = 0
        refreshed = False
        while True:
            sent = credentials(security, settings, self._token, self._api_key, self._basic)
            headers = attempt_headers(prepared, sent)
            extra: dict[str, Any] = {} if timeout is None else {"timeout": timeout}
            error: ErrorBase
            response_headers: dict[str, str] = {}
            status: int | None = None
            try:
                response = self._http.request(
                    prepared.method,
                    full_url(prepared, sent),
                    headers=headers,
                    **prepared.body,
                    **extra,
                )
            except httpx.TimeoutException as exc:
                error = connection_error(settings, exc, timed_out=True)
                cause: BaseException | None = exc
            except httpx.TransportError as exc:
                error = connection_error(settings, exc, timed_out=False)
                cause = exc
            else:
                cause = None
                status = response.status_code
                response_headers = lower_headers(list(response.headers.items()))
                if 200 <= status < 300:
                    data = read_success(
                        settings, prepared, status, response_headers, response.content
                    )
                    return ApiResponse(data=data, status=status, headers=response_headers)
                if (
                    status == 401
                    and sent.bearer is not None
                    and self._on_token_expired
                    and not refreshed
                ):
                    refreshed = True
                    self._refresh(sent.bearer)
                    continue
                error = error_from_response(settings, status, response_headers, response.content)
            if retries < prepared.max_retries and should_retry(prepared, status, response_headers):
                delay = next_delay(retries, response_headers, self._jitter())
                if delay is not None:
                    self._sleep(delay)
                    retries += 1
                    continue
            raise error from cause
