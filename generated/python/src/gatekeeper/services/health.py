"""The Health service: Liveness check."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._runtime import ApiResponse, AsyncRequester, RequestOptions, SyncRequester

if TYPE_CHECKING:
    from ..types import Health

__all__ = [
    "AsyncHealthService",
    "AsyncHealthServiceWithRawResponse",
    "HealthService",
    "HealthServiceWithRawResponse",
]


class HealthService:
    """Liveness check."""

    def __init__(
        self,
        core: SyncRequester,
    ) -> None:
        """Creates the service over ``core``.

        Args:
            core: The ``GatekeeperCore`` (or any object with its ``request`` methods) to
                send calls with.
        """
        self._core = core

    def check(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> Health:
        """Health check.

        Liveness of the service. Public; not rate limited per user but shares the global
        limit.

        Args:
            request_options: Per-call options: ``timeout``, extra ``headers``,
                ``idempotency_key``, ``max_retries``.

        Returns:
            The service is up.

        Raises:
            RateLimitError: Too many requests from this caller (authentication endpoints
                are limited most tightly, against password guessing). Wait `Retry-After`
                seconds. Code: `rate_limited`.
            InternalServerError: Unexpected server error; `details.requestId` identifies
                it in the logs. Code: `internal`.
            ServiceUnavailableError: A dependency is down or the service is in
                maintenance; retry later (after `Retry-After` seconds when given). Code:
                `service_unavailable`.
        """
        result: Health = self._core.request("GET", "/api/health", options=request_options)
        return result

    @property
    def with_raw_response(self) -> HealthServiceWithRawResponse:
        """The same methods, returning an ``ApiResponse`` (``data``, ``status``, ``headers``,
        ``request_id``, ``etag``).
        """
        return HealthServiceWithRawResponse(self._core)


class HealthServiceWithRawResponse:
    """The methods of :class:`HealthService` returning an ``ApiResponse``: the same data plus the
    response's status, headers, request id and ``ETag``.
    """

    def __init__(
        self,
        core: SyncRequester,
    ) -> None:
        """Creates the service over ``core``.

        Args:
            core: The ``GatekeeperCore`` (or any object with its ``request`` methods) to
                send calls with.
        """
        self._core = core

    def check(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> ApiResponse[Health]:
        """Like :meth:`HealthService.check`, with the response's status, headers and ETag."""
        return self._core.request_raw("GET", "/api/health", "json", options=request_options)


class AsyncHealthService:
    """Liveness check.

    Coroutine twin of :class:`HealthService`; every method is awaited.
    """

    def __init__(
        self,
        core: AsyncRequester,
    ) -> None:
        """Creates the service over ``core``.

        Args:
            core: The ``AsyncGatekeeperCore`` (or any object with its ``request`` methods)
                to send calls with.
        """
        self._core = core

    async def check(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> Health:
        """Health check.

        Liveness of the service. Public; not rate limited per user but shares the global
        limit.

        Args:
            request_options: Per-call options: ``timeout``, extra ``headers``,
                ``idempotency_key``, ``max_retries``.

        Returns:
            The service is up.

        Raises:
            RateLimitError: Too many requests from this caller (authentication endpoints
                are limited most tightly, against password guessing). Wait `Retry-After`
                seconds. Code: `rate_limited`.
            InternalServerError: Unexpected server error; `details.requestId` identifies
                it in the logs. Code: `internal`.
            ServiceUnavailableError: A dependency is down or the service is in
                maintenance; retry later (after `Retry-After` seconds when given). Code:
                `service_unavailable`.
        """
        result: Health = await self._core.request("GET", "/api/health", options=request_options)
        return result

    @property
    def with_raw_response(self) -> AsyncHealthServiceWithRawResponse:
        """The same methods, returning an ``ApiResponse`` (``data``, ``status``, ``headers``,
        ``request_id``, ``etag``).
        """
        return AsyncHealthServiceWithRawResponse(self._core)


class AsyncHealthServiceWithRawResponse:
    """The methods of :class:`AsyncHealthService` returning an ``ApiResponse``: the same data
    plus the response's status, headers, request id and ``ETag``.
    """

    def __init__(
        self,
        core: AsyncRequester,
    ) -> None:
        """Creates the service over ``core``.

        Args:
            core: The ``AsyncGatekeeperCore`` (or any object with its ``request`` methods)
                to send calls with.
        """
        self._core = core

    async def check(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> ApiResponse[Health]:
        """Like :meth:`AsyncHealthService.check`, with the response's status, headers and ETag."""
        return await self._core.request_raw("GET", "/api/health", "json", options=request_options)
