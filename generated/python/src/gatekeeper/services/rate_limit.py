"""The RateLimit service: Standalone fixed-window rate-limit check for arbitrary keys."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._runtime import ApiResponse, AsyncRequester, RequestOptions, SyncRequester, compact

if TYPE_CHECKING:
    from ..types import RateLimitCheck

__all__ = [
    "AsyncRateLimitService",
    "AsyncRateLimitServiceWithRawResponse",
    "RateLimitService",
    "RateLimitServiceWithRawResponse",
]


class RateLimitService:
    """Standalone fixed-window rate-limit check for arbitrary keys."""

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
        key: str,
        limit: int,
        window: int,
        *,
        cost: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> RateLimitCheck:
        """Check and count a rate limit.

        Counts one hit (or `cost` hits) against `key` in a fixed window of `window` seconds
        and tells whether it is within `limit`. A refusal is `allowed: false` with
        `retryAfter`, not an error; 429 only means the caller itself is rate limited.

        Args:
            key: Any string naming the counter (e.g. `login:<ip>`); scoped to the caller.
            limit: Hits allowed per window.
            window: Window length in seconds.
            cost: Hits this check counts. The API's default is ``1``.
            request_options: Per-call options: ``timeout``, extra ``headers``,
                ``idempotency_key``, ``max_retries``.

        Returns:
            The decision.

        Raises:
            ValidationError: The request is malformed (bad JSON, bad query parameter).
                Code: `bad_request`.
            AuthenticationError: Missing, invalid or expired credentials. Codes:
                `unauthorized`, `invalid_token`, `token_expired`.
            RateLimitError: Too many requests from this caller (authentication endpoints
                are limited most tightly, against password guessing). Wait `Retry-After`
                seconds. Code: `rate_limited`.
            InternalServerError: Unexpected server error; `details.requestId` identifies
                it in the logs. Code: `internal`.
        """
        result: RateLimitCheck = self._core.request(
            "POST",
            "/api/rate-limit/check",
            json=compact({"key": key, "limit": limit, "window": window, "cost": cost}),
            security=[["bearerAuth"]],
            options=request_options,
        )
        return result

    @property
    def with_raw_response(self) -> RateLimitServiceWithRawResponse:
        """The same methods, returning an ``ApiResponse`` (``data``, ``status``, ``headers``,
        ``request_id``, ``etag``).
        """
        return RateLimitServiceWithRawResponse(self._core)


class RateLimitServiceWithRawResponse:
    """The methods of :class:`RateLimitService` returning an ``ApiResponse``: the same data plus
    the response's status, headers, request id and ``ETag``.
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
        key: str,
        limit: int,
        window: int,
        *,
        cost: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> ApiResponse[RateLimitCheck]:
        """Like :meth:`RateLimitService.check`, with the response's status, headers and ETag."""
        return self._core.request_raw(
            "POST",
            "/api/rate-limit/check",
            "json",
            json=compact({"key": key, "limit": limit, "window": window, "cost": cost}),
            security=[["bearerAuth"]],
            options=request_options,
        )


class AsyncRateLimitService:
    """Standalone fixed-window rate-limit check for arbitrary keys.

    Coroutine twin of :class:`RateLimitService`; every method is awaited.
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
        key: str,
        limit: int,
        window: int,
        *,
        cost: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> RateLimitCheck:
        """Check and count a rate limit.

        Counts one hit (or `cost` hits) against `key` in a fixed window of `window` seconds
        and tells whether it is within `limit`. A refusal is `allowed: false` with
        `retryAfter`, not an error; 429 only means the caller itself is rate limited.

        Args:
            key: Any string naming the counter (e.g. `login:<ip>`); scoped to the caller.
            limit: Hits allowed per window.
            window: Window length in seconds.
            cost: Hits this check counts. The API's default is ``1``.
            request_options: Per-call options: ``timeout``, extra ``headers``,
                ``idempotency_key``, ``max_retries``.

        Returns:
            The decision.

        Raises:
            ValidationError: The request is malformed (bad JSON, bad query parameter).
                Code: `bad_request`.
            AuthenticationError: Missing, invalid or expired credentials. Codes:
                `unauthorized`, `invalid_token`, `token_expired`.
            RateLimitError: Too many requests from this caller (authentication endpoints
                are limited most tightly, against password guessing). Wait `Retry-After`
                seconds. Code: `rate_limited`.
            InternalServerError: Unexpected server error; `details.requestId` identifies
                it in the logs. Code: `internal`.
        """
        result: RateLimitCheck = await self._core.request(
            "POST",
            "/api/rate-limit/check",
            json=compact({"key": key, "limit": limit, "window": window, "cost": cost}),
            security=[["bearerAuth"]],
            options=request_options,
        )
        return result

    @property
    def with_raw_response(self) -> AsyncRateLimitServiceWithRawResponse:
        """The same methods, returning an ``ApiResponse`` (``data``, ``status``, ``headers``,
        ``request_id``, ``etag``).
        """
        return AsyncRateLimitServiceWithRawResponse(self._core)


class AsyncRateLimitServiceWithRawResponse:
    """The methods of :class:`AsyncRateLimitService` returning an ``ApiResponse``: the same data
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
        key: str,
        limit: int,
        window: int,
        *,
        cost: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> ApiResponse[RateLimitCheck]:
        """Like :meth:`AsyncRateLimitService.check`, with the response's status, headers and
        ETag.
        """
        return await self._core.request_raw(
            "POST",
            "/api/rate-limit/check",
            "json",
            json=compact({"key": key, "limit": limit, "window": window, "cost": cost}),
            security=[["bearerAuth"]],
            options=request_options,
        )
