"""The Usage service: Metered usage events and quota checks."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from functools import partial
from typing import TYPE_CHECKING

from .._runtime import (
    ApiResponse,
    AsyncRequester,
    Page,
    RequestOptions,
    SyncRequester,
    aiterate_pages,
    compact,
    iterate_pages,
)

if TYPE_CHECKING:
    from ..types import Metadata, QuotaCheck, UsageEvent, UsageSummary

__all__ = [
    "AsyncUsageService",
    "AsyncUsageServiceWithRawResponse",
    "UsageService",
    "UsageServiceWithRawResponse",
]


class UsageService:
    """Metered usage events and quota checks."""

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

    def record(
        self,
        tenant_id: str,
        service: str,
        action: str,
        *,
        api_key_id: str | None = None,
        quantity: int | None = None,
        metadata: Metadata | None = None,
        request_options: RequestOptions | None = None,
    ) -> UsageEvent:
        """Record usage.

        Records a metered usage event against a tenant (and optionally the API key that made
        the call). `quantity` defaults to 1. Send an `Idempotency-Key` so that retries are not
        counted twice.

        Args:
            tenant_id: The `tenantId` field of the request body.
            service: Metered service (e.g. `inference`).
            action: Action within the service (e.g. `completion`).
            api_key_id: Key that made the metered call, if any; counts against its quota.
            quantity: Units consumed. The API's default is ``1``.
            metadata: The `metadata` field of the request body.
            request_options: Per-call options: ``timeout``, extra ``headers``,
                ``idempotency_key``, ``max_retries``.

        Returns:
            The recorded event.

        Raises:
            ValidationError: The request is malformed (bad JSON, bad query parameter).
                Code: `bad_request`.
            AuthenticationError: Missing, invalid or expired credentials. Codes:
                `unauthorized`, `invalid_token`, `token_expired`.
            ForbiddenError: Authenticated but not allowed. Codes: `forbidden`,
                `mfa_required`, `email_not_verified`.
            NotFoundError: The resource does not exist or is not visible to the caller.
                Code: `not_found`.
            RateLimitError: Too many requests from this caller (authentication endpoints
                are limited most tightly, against password guessing). Wait `Retry-After`
                seconds. Code: `rate_limited`.
            InternalServerError: Unexpected server error; `details.requestId` identifies
                it in the logs. Code: `internal`.
        """
        result: UsageEvent = self._core.request(
            "POST",
            "/api/usage",
            json=compact(
                {
                    "tenantId": tenant_id,
                    "service": service,
                    "action": action,
                    "apiKeyId": api_key_id,
                    "quantity": quantity,
                    "metadata": metadata,
                },
            ),
            security=[["bearerAuth"]],
            idempotency_header="Idempotency-Key",
            options=request_options,
        )
        return result

    def check_quota(
        self,
        tenant_id: str,
        *,
        api_key_id: str | None = None,
        service: str | None = None,
        quantity: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> QuotaCheck:
        """Check a quota.

        Tells whether `quantity` more units fit in the quota that applies (the key's own quota
        when `apiKeyId` is given, otherwise the tenant's plan limit for `service`). Records
        nothing; a refusal is `allowed: false`, not an error.

        Args:
            tenant_id: The `tenantId` field of the request body.
            api_key_id: Check this key's own quota instead of the tenant's plan limit.
            service: Metered service whose plan limit applies (when no `apiKeyId`).
            quantity: Units that would be consumed. The API's default is ``1``.
            request_options: Per-call options: ``timeout``, extra ``headers``,
                ``idempotency_key``, ``max_retries``.

        Returns:
            The quota decision.

        Raises:
            ValidationError: The request is malformed (bad JSON, bad query parameter).
                Code: `bad_request`.
            AuthenticationError: Missing, invalid or expired credentials. Codes:
                `unauthorized`, `invalid_token`, `token_expired`.
            ForbiddenError: Authenticated but not allowed. Codes: `forbidden`,
                `mfa_required`, `email_not_verified`.
            NotFoundError: The resource does not exist or is not visible to the caller.
                Code: `not_found`.
            RateLimitError: Too many requests from this caller (authentication endpoints
                are limited most tightly, against password guessing). Wait `Retry-After`
                seconds. Code: `rate_limited`.
            InternalServerError: Unexpected server error; `details.requestId` identifies
                it in the logs. Code: `internal`.
        """
        result: QuotaCheck = self._core.request(
            "POST",
            "/api/usage/check",
            json=compact(
                {
                    "tenantId": tenant_id,
                    "apiKeyId": api_key_id,
                    "service": service,
                    "quantity": quantity,
                },
            ),
            security=[["bearerAuth"]],
            options=request_options,
        )
        return result

    def summary(
        self,
        tenant_id: str,
        *,
        from_: str | None = None,
        to: str | None = None,
        service: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> UsageSummary:
        """Usage summary.

        Totals of a tenant's usage per service and action over a time range (default the
        current calendar month).

        Args:
            tenant_id: Tenant id (`ten_...`).
            from_: Start of the time range (inclusive).
            to: End of the time range (exclusive).
            service: Only usage of this metered service.
            request_options: Per-call options: ``timeout``, extra ``headers``,
                ``idempotency_key``, ``max_retries``.

        Returns:
            The summary.

        Raises:
            ValidationError: The request is malformed (bad JSON, bad query parameter).
                Code: `bad_request`.
            AuthenticationError: Missing, invalid or expired credentials. Codes:
                `unauthorized`, `invalid_token`, `token_expired`.
            ForbiddenError: Authenticated but not allowed. Codes: `forbidden`,
                `mfa_required`, `email_not_verified`.
            NotFoundError: The resource does not exist or is not visible to the caller.
                Code: `not_found`.
            RateLimitError: Too many requests from this caller (authentication endpoints
                are limited most tightly, against password guessing). Wait `Retry-After`
                seconds. Code: `rate_limited`.
            InternalServerError: Unexpected server error; `details.requestId` identifies
                it in the logs. Code: `internal`.
        """
        result: UsageSummary = self._core.request(
            "GET",
            "/api/tenants/{tenantId}/usage/summary",
            path_params={"tenantId": tenant_id},
            query={"from": from_, "to": to, "service": service},
            security=[["bearerAuth"]],
            options=request_options,
        )
        return result

    def list_events(
        self,
        tenant_id: str,
        *,
        service: str | None = None,
        api_key_id: str | None = None,
        from_: str | None = None,
        to: str | None = None,
        limit: int | None = None,
        cursor: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> Page[UsageEvent]:
        """List usage events.

        Lists a tenant's usage events, newest first, optionally filtered.

        Args:
            tenant_id: Tenant id (`ten_...`).
            service: Only usage of this metered service.
            api_key_id: Only events recorded with this API key.
            from_: Start of the time range (inclusive).
            to: End of the time range (exclusive).
            limit: Maximum number of items in the page. The API's default is ``20``.
            cursor: Opaque cursor from a previous page's `nextCursor`; absent for the
                first page.
            request_options: Per-call options: ``timeout``, extra ``headers``,
                ``idempotency_key``, ``max_retries``.

        Returns:
            One page of results; pass its ``next_cursor`` back as the cursor for the next
                page.

        Raises:
            ValidationError: The request is malformed (bad JSON, bad query parameter).
                Code: `bad_request`.
            AuthenticationError: Missing, invalid or expired credentials. Codes:
                `unauthorized`, `invalid_token`, `token_expired`.
            ForbiddenError: Authenticated but not allowed. Codes: `forbidden`,
                `mfa_required`, `email_not_verified`.
            NotFoundError: The resource does not exist or is not visible to the caller.
                Code: `not_found`.
            RateLimitError: Too many requests from this caller (authentication endpoints
                are limited most tightly, against password guessing). Wait `Retry-After`
                seconds. Code: `rate_limited`.
            InternalServerError: Unexpected server error; `details.requestId` identifies
                it in the logs. Code: `internal`.
        """
        result = self._core.request(
            "GET",
            "/api/tenants/{tenantId}/usage/events",
            path_params={"tenantId": tenant_id},
            query={
                "service": service,
                "apiKeyId": api_key_id,
                "from": from_,
                "to": to,
                "limit": limit,
                "cursor": cursor,
            },
            security=[["bearerAuth"]],
            options=request_options,
        )
        return Page.from_data(result, items_field="items", next_cursor_field="nextCursor")

    def list_all_events(
        self,
        tenant_id: str,
        *,
        service: str | None = None,
        api_key_id: str | None = None,
        from_: str | None = None,
        to: str | None = None,
        limit: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> Iterator[UsageEvent]:
        """Iterates over every item of :meth:`list_events`, fetching one page at a time as
        needed.

        Args:
            tenant_id: Tenant id (`ten_...`).
            service: Only usage of this metered service.
            api_key_id: Only events recorded with this API key.
            from_: Start of the time range (inclusive).
            to: End of the time range (exclusive).
            limit: Maximum number of items in the page. The API's default is ``20``.
            request_options: Per-call options: ``timeout``, extra ``headers``,
                ``idempotency_key``, ``max_retries``.
        """
        return iterate_pages(
            partial(
                self.list_events,
                tenant_id,
                service=service,
                api_key_id=api_key_id,
                from_=from_,
                to=to,
                limit=limit,
                request_options=request_options,
            ),
            "cursor",
        )

    @property
    def with_raw_response(self) -> UsageServiceWithRawResponse:
        """The same methods, returning an ``ApiResponse`` (``data``, ``status``, ``headers``,
        ``request_id``, ``etag``).
        """
        return UsageServiceWithRawResponse(self._core)


class UsageServiceWithRawResponse:
    """The methods of :class:`UsageService` returning an ``ApiResponse``: the same data plus the
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

    def record(
        self,
        tenant_id: str,
        service: str,
        action: str,
        *,
        api_key_id: str | None = None,
        quantity: int | None = None,
        metadata: Metadata | None = None,
        request_options: RequestOptions | None = None,
    ) -> ApiResponse[UsageEvent]:
        """Like :meth:`UsageService.record`, with the response's status, headers and ETag."""
        return self._core.request_raw(
            "POST",
            "/api/usage",
            "json",
            json=compact(
                {
                    "tenantId": tenant_id,
                    "service": service,
                    "action": action,
                    "apiKeyId": api_key_id,
                    "quantity": quantity,
                    "metadata": metadata,
                },
            ),
            security=[["bearerAuth"]],
            idempotency_header="Idempotency-Key",
            options=request_options,
        )

    def check_quota(
        self,
        tenant_id: str,
        *,
        api_key_id: str | None = None,
        service: str | None = None,
        quantity: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> ApiResponse[QuotaCheck]:
        """Like :meth:`UsageService.check_quota`, with the response's status, headers and ETag."""
        return self._core.request_raw(
            "POST",
            "/api/usage/check",
            "json",
            json=compact(
                {
                    "tenantId": tenant_id,
                    "apiKeyId": api_key_id,
                    "service": service,
                    "quantity": quantity,
                },
            ),
            security=[["bearerAuth"]],
            options=request_options,
        )

    def summary(
        self,
        tenant_id: str,
        *,
        from_: str | None = None,
        to: str | None = None,
        service: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> ApiResponse[UsageSummary]:
        """Like :meth:`UsageService.summary`, with the response's status, headers and ETag."""
        return self._core.request_raw(
            "GET",
            "/api/tenants/{tenantId}/usage/summary",
            "json",
            path_params={"tenantId": tenant_id},
            query={"from": from_, "to": to, "service": service},
            security=[["bearerAuth"]],
            options=request_options,
        )

    def list_events(
        self,
        tenant_id: str,
        *,
        service: str | None = None,
        api_key_id: str | None = None,
        from_: str | None = None,
        to: str | None = None,
        limit: int | None = None,
        cursor: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> ApiResponse[Page[UsageEvent]]:
        """Like :meth:`UsageService.list_events`, with the response's status, headers and ETag."""
        response = self._core.request_raw(
            "GET",
            "/api/tenants/{tenantId}/usage/events",
            "json",
            path_params={"tenantId": tenant_id},
            query={
                "service": service,
                "apiKeyId": api_key_id,
                "from": from_,
                "to": to,
                "limit": limit,
                "cursor": cursor,
            },
            security=[["bearerAuth"]],
            options=request_options,
        )
        return response.with_data(
            Page.from_data(response.data, items_field="items", next_cursor_field="nextCursor"),
        )


class AsyncUsageService:
    """Metered usage events and quota checks.

    Coroutine twin of :class:`UsageService`; every method is awaited.
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

    async def record(
        self,
        tenant_id: str,
        service: str,
        action: str,
        *,
        api_key_id: str | None = None,
        quantity: int | None = None,
        metadata: Metadata | None = None,
        request_options: RequestOptions | None = None,
    ) -> UsageEvent:
        """Record usage.

        Records a metered usage event against a tenant (and optionally the API key that made
        the call). `quantity` defaults to 1. Send an `Idempotency-Key` so that retries are not
        counted twice.

        Args:
            tenant_id: The `tenantId` field of the request body.
            service: Metered service (e.g. `inference`).
            action: Action within the service (e.g. `completion`).
            api_key_id: Key that made the metered call, if any; counts against its quota.
            quantity: Units consumed. The API's default is ``1``.
            metadata: The `metadata` field of the request body.
            request_options: Per-call options: ``timeout``, extra ``headers``,
                ``idempotency_key``, ``max_retries``.

        Returns:
            The recorded event.

        Raises:
            ValidationError: The request is malformed (bad JSON, bad query parameter).
                Code: `bad_request`.
            AuthenticationError: Missing, invalid or expired credentials. Codes:
                `unauthorized`, `invalid_token`, `token_expired`.
            ForbiddenError: Authenticated but not allowed. Codes: `forbidden`,
                `mfa_required`, `email_not_verified`.
            NotFoundError: The resource does not exist or is not visible to the caller.
                Code: `not_found`.
            RateLimitError: Too many requests from this caller (authentication endpoints
                are limited most tightly, against password guessing). Wait `Retry-After`
                seconds. Code: `rate_limited`.
            InternalServerError: Unexpected server error; `details.requestId` identifies
                it in the logs. Code: `internal`.
        """
        result: UsageEvent = await self._core.request(
            "POST",
            "/api/usage",
            json=compact(
                {
                    "tenantId": tenant_id,
                    "service": service,
                    "action": action,
                    "apiKeyId": api_key_id,
                    "quantity": quantity,
                    "metadata": metadata,
                },
            ),
            security=[["bearerAuth"]],
            idempotency_header="Idempotency-Key",
            options=request_options,
        )
        return result

    async def check_quota(
        self,
        tenant_id: str,
        *,
        api_key_id: str | None = None,
        service: str | None = None,
        quantity: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> QuotaCheck:
        """Check a quota.

        Tells whether `quantity` more units fit in the quota that applies (the key's own quota
        when `apiKeyId` is given, otherwise the tenant's plan limit for `service`). Records
        nothing; a refusal is `allowed: false`, not an error.

        Args:
            tenant_id: The `tenantId` field of the request body.
            api_key_id: Check this key's own quota instead of the tenant's plan limit.
            service: Metered service whose plan limit applies (when no `apiKeyId`).
            quantity: Units that would be consumed. The API's default is ``1``.
            request_options: Per-call options: ``timeout``, extra ``headers``,
                ``idempotency_key``, ``max_retries``.

        Returns:
            The quota decision.

        Raises:
            ValidationError: The request is malformed (bad JSON, bad query parameter).
                Code: `bad_request`.
            AuthenticationError: Missing, invalid or expired credentials. Codes:
                `unauthorized`, `invalid_token`, `token_expired`.
            ForbiddenError: Authenticated but not allowed. Codes: `forbidden`,
                `mfa_required`, `email_not_verified`.
            NotFoundError: The resource does not exist or is not visible to the caller.
                Code: `not_found`.
            RateLimitError: Too many requests from this caller (authentication endpoints
                are limited most tightly, against password guessing). Wait `Retry-After`
                seconds. Code: `rate_limited`.
            InternalServerError: Unexpected server error; `details.requestId` identifies
                it in the logs. Code: `internal`.
        """
        result: QuotaCheck = await self._core.request(
            "POST",
            "/api/usage/check",
            json=compact(
                {
                    "tenantId": tenant_id,
                    "apiKeyId": api_key_id,
                    "service": service,
                    "quantity": quantity,
                },
            ),
            security=[["bearerAuth"]],
            options=request_options,
        )
        return result

    async def summary(
        self,
        tenant_id: str,
        *,
        from_: str | None = None,
        to: str | None = None,
        service: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> UsageSummary:
        """Usage summary.

        Totals of a tenant's usage per service and action over a time range (default the
        current calendar month).

        Args:
            tenant_id: Tenant id (`ten_...`).
            from_: Start of the time range (inclusive).
            to: End of the time range (exclusive).
            service: Only usage of this metered service.
            request_options: Per-call options: ``timeout``, extra ``headers``,
                ``idempotency_key``, ``max_retries``.

        Returns:
            The summary.

        Raises:
            ValidationError: The request is malformed (bad JSON, bad query parameter).
                Code: `bad_request`.
            AuthenticationError: Missing, invalid or expired credentials. Codes:
                `unauthorized`, `invalid_token`, `token_expired`.
            ForbiddenError: Authenticated but not allowed. Codes: `forbidden`,
                `mfa_required`, `email_not_verified`.
            NotFoundError: The resource does not exist or is not visible to the caller.
                Code: `not_found`.
            RateLimitError: Too many requests from this caller (authentication endpoints
                are limited most tightly, against password guessing). Wait `Retry-After`
                seconds. Code: `rate_limited`.
            InternalServerError: Unexpected server error; `details.requestId` identifies
                it in the logs. Code: `internal`.
        """
        result: UsageSummary = await self._core.request(
            "GET",
            "/api/tenants/{tenantId}/usage/summary",
            path_params={"tenantId": tenant_id},
            query={"from": from_, "to": to, "service": service},
            security=[["bearerAuth"]],
            options=request_options,
        )
        return result

    async def list_events(
        self,
        tenant_id: str,
        *,
        service: str | None = None,
        api_key_id: str | None = None,
        from_: str | None = None,
        to: str | None = None,
        limit: int | None = None,
        cursor: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> Page[UsageEvent]:
        """List usage events.

        Lists a tenant's usage events, newest first, optionally filtered.

        Args:
            tenant_id: Tenant id (`ten_...`).
            service: Only usage of this metered service.
            api_key_id: Only events recorded with this API key.
            from_: Start of the time range (inclusive).
            to: End of the time range (exclusive).
            limit: Maximum number of items in the page. The API's default is ``20``.
            cursor: Opaque cursor from a previous page's `nextCursor`; absent for the
                first page.
            request_options: Per-call options: ``timeout``, extra ``headers``,
                ``idempotency_key``, ``max_retries``.

        Returns:
            One page of results; pass its ``next_cursor`` back as the cursor for the next
                page.

        Raises:
            ValidationError: The request is malformed (bad JSON, bad query parameter).
                Code: `bad_request`.
            AuthenticationError: Missing, invalid or expired credentials. Codes:
                `unauthorized`, `invalid_token`, `token_expired`.
            ForbiddenError: Authenticated but not allowed. Codes: `forbidden`,
                `mfa_required`, `email_not_verified`.
            NotFoundError: The resource does not exist or is not visible to the caller.
                Code: `not_found`.
            RateLimitError: Too many requests from this caller (authentication endpoints
                are limited most tightly, against password guessing). Wait `Retry-After`
                seconds. Code: `rate_limited`.
            InternalServerError: Unexpected server error; `details.requestId` identifies
                it in the logs. Code: `internal`.
        """
        result = await self._core.request(
            "GET",
            "/api/tenants/{tenantId}/usage/events",
            path_params={"tenantId": tenant_id},
            query={
                "service": service,
                "apiKeyId": api_key_id,
                "from": from_,
                "to": to,
                "limit": limit,
                "cursor": cursor,
            },
            security=[["bearerAuth"]],
            options=request_options,
        )
        return Page.from_data(result, items_field="items", next_cursor_field="nextCursor")

    def list_all_events(
        self,
        tenant_id: str,
        *,
        service: str | None = None,
        api_key_id: str | None = None,
        from_: str | None = None,
        to: str | None = None,
        limit: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncIterator[UsageEvent]:
        """Iterates over every item of :meth:`list_events`, fetching one page at a time as
        needed.

        Args:
            tenant_id: Tenant id (`ten_...`).
            service: Only usage of this metered service.
            api_key_id: Only events recorded with this API key.
            from_: Start of the time range (inclusive).
            to: End of the time range (exclusive).
            limit: Maximum number of items in the page. The API's default is ``20``.
            request_options: Per-call options: ``timeout``, extra ``headers``,
                ``idempotency_key``, ``max_retries``.
        """
        return aiterate_pages(
            partial(
                self.list_events,
                tenant_id,
                service=service,
                api_key_id=api_key_id,
                from_=from_,
                to=to,
                limit=limit,
                request_options=request_options,
            ),
            "cursor",
        )

    @property
    def with_raw_response(self) -> AsyncUsageServiceWithRawResponse:
        """The same methods, returning an ``ApiResponse`` (``data``, ``status``, ``headers``,
        ``request_id``, ``etag``).
        """
        return AsyncUsageServiceWithRawResponse(self._core)


class AsyncUsageServiceWithRawResponse:
    """The methods of :class:`AsyncUsageService` returning an ``ApiResponse``: the same data plus
    the response's status, headers, request id and ``ETag``.
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

    async def record(
        self,
        tenant_id: str,
        service: str,
        action: str,
        *,
        api_key_id: str | None = None,
        quantity: int | None = None,
        metadata: Metadata | None = None,
        request_options: RequestOptions | None = None,
    ) -> ApiResponse[UsageEvent]:
        """Like :meth:`AsyncUsageService.record`, with the response's status, headers and ETag."""
        return await self._core.request_raw(
            "POST",
            "/api/usage",
            "json",
            json=compact(
                {
                    "tenantId": tenant_id,
                    "service": service,
                    "action": action,
                    "apiKeyId": api_key_id,
                    "quantity": quantity,
                    "metadata": metadata,
                },
            ),
            security=[["bearerAuth"]],
            idempotency_header="Idempotency-Key",
            options=request_options,
        )

    async def check_quota(
        self,
        tenant_id: str,
        *,
        api_key_id: str | None = None,
        service: str | None = None,
        quantity: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> ApiResponse[QuotaCheck]:
        """Like :meth:`AsyncUsageService.check_quota`, with the response's status, headers and
        ETag.
        """
        return await self._core.request_raw(
            "POST",
            "/api/usage/check",
            "json",
            json=compact(
                {
                    "tenantId": tenant_id,
                    "apiKeyId": api_key_id,
                    "service": service,
                    "quantity": quantity,
                },
            ),
            security=[["bearerAuth"]],
            options=request_options,
        )

    async def summary(
        self,
        tenant_id: str,
        *,
        from_: str | None = None,
        to: str | None = None,
        service: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> ApiResponse[UsageSummary]:
        """Like :meth:`AsyncUsageService.summary`, with the response's status, headers and ETag."""
        return await self._core.request_raw(
            "GET",
            "/api/tenants/{tenantId}/usage/summary",
            "json",
            path_params={"tenantId": tenant_id},
            query={"from": from_, "to": to, "service": service},
            security=[["bearerAuth"]],
            options=request_options,
        )

    async def list_events(
        self,
        tenant_id: str,
        *,
        service: str | None = None,
        api_key_id: str | None = None,
        from_: str | None = None,
        to: str | None = None,
        limit: int | None = None,
        cursor: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> ApiResponse[Page[UsageEvent]]:
        """Like :meth:`AsyncUsageService.list_events`, with the response's status, headers and
        ETag.
        """
        response = await self._core.request_raw(
            "GET",
            "/api/tenants/{tenantId}/usage/events",
            "json",
            path_params={"tenantId": tenant_id},
            query={
                "service": service,
                "apiKeyId": api_key_id,
                "from": from_,
                "to": to,
                "limit": limit,
                "cursor": cursor,
            },
            security=[["bearerAuth"]],
            options=request_options,
        )
        return response.with_data(
            Page.from_data(response.data, items_field="items", next_cursor_field="nextCursor"),
        )
