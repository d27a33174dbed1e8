"""The PlatformServiceAccounts service: Platform operators only. Service accounts whose tokens
authorize the platform routes.
"""

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
    from ..scopes.service_account import AsyncServiceAccountScope, ServiceAccountScope
    from ..types import CreatedServiceAccount, ServiceAccount

__all__ = [
    "AsyncPlatformServiceAccountsService",
    "AsyncPlatformServiceAccountsServiceWithRawResponse",
    "PlatformServiceAccountsService",
    "PlatformServiceAccountsServiceWithRawResponse",
]


class PlatformServiceAccountsService:
    """Platform operators only. Service accounts whose tokens authorize the platform routes."""

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

    def list(
        self,
        *,
        limit: int | None = None,
        cursor: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> Page[ServiceAccount]:
        """List service accounts.

        Lists platform service accounts, including revoked ones. Secrets are never returned.

        Args:
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
            RateLimitError: Too many requests from this caller (authentication endpoints
                are limited most tightly, against password guessing). Wait `Retry-After`
                seconds. Code: `rate_limited`.
            InternalServerError: Unexpected server error; `details.requestId` identifies
                it in the logs. Code: `internal`.
        """
        result = self._core.request(
            "GET",
            "/api/platform/service-accounts",
            query={"limit": limit, "cursor": cursor},
            security=[["platformAuth"]],
            options=request_options,
        )
        return Page.from_data(result, items_field="items", next_cursor_field="nextCursor")

    def list_all(
        self,
        *,
        limit: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> Iterator[ServiceAccount]:
        """Iterates over every item of :meth:`list`, fetching one page at a time as needed.

        Args:
            limit: Maximum number of items in the page. The API's default is ``20``.
            request_options: Per-call options: ``timeout``, extra ``headers``,
                ``idempotency_key``, ``max_retries``.
        """
        return iterate_pages(
            partial(self.list, limit=limit, request_options=request_options),
            "cursor",
        )

    def create(
        self,
        name: str,
        *,
        description: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> CreatedServiceAccount:
        """Create a service account.

        Creates a platform service account. The response holds its bearer `secret` (for
        `platformAuth`), shown this once.

        Args:
            name: The `name` field of the request body.
            description: The `description` field of the request body.
            request_options: Per-call options: ``timeout``, extra ``headers``,
                ``idempotency_key``, ``max_retries``.

        Returns:
            The account and its secret (shown once).

        Raises:
            ValidationError: The request is malformed (bad JSON, bad query parameter).
                Code: `bad_request`.
            AuthenticationError: Missing, invalid or expired credentials. Codes:
                `unauthorized`, `invalid_token`, `token_expired`.
            ForbiddenError: Authenticated but not allowed. Codes: `forbidden`,
                `mfa_required`, `email_not_verified`.
            ConflictError: The request conflicts with the current state (duplicate, wrong
                state). Code: `conflict`.
            RateLimitError: Too many requests from this caller (authentication endpoints
                are limited most tightly, against password guessing). Wait `Retry-After`
                seconds. Code: `rate_limited`.
            InternalServerError: Unexpected server error; `details.requestId` identifies
                it in the logs. Code: `internal`.
        """
        result: CreatedServiceAccount = self._core.request(
            "POST",
            "/api/platform/service-accounts",
            json=compact({"name": name, "description": description}),
            security=[["platformAuth"]],
            idempotency_header="Idempotency-Key",
            options=request_options,
        )
        return result

    def revoke(
        self,
        account_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> ServiceAccount:
        """Revoke a service account.

        Revokes a service account; its secret stops working at once. Revoking a revoked
        account is a no-op.

        Args:
            account_id: Service account id (`sa_...`).
            request_options: Per-call options: ``timeout``, extra ``headers``,
                ``idempotency_key``, ``max_retries``.

        Returns:
            The revoked account.

        Raises:
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
        result: ServiceAccount = self._core.request(
            "POST",
            "/api/platform/service-accounts/{accountId}/revoke",
            path_params={"accountId": account_id},
            security=[["platformAuth"]],
            options=request_options,
        )
        return result

    def scope(
        self,
        account_id: str,
    ) -> ServiceAccountScope:
        """The ``service account`` resource as a scoped client: its operations with
        ``account_id`` bound.
        """
        from ..scopes.service_account import ServiceAccountScope

        return ServiceAccountScope(self._core, account_id)

    @property
    def with_raw_response(self) -> PlatformServiceAccountsServiceWithRawResponse:
        """The same methods, returning an ``ApiResponse`` (``data``, ``status``, ``headers``,
        ``request_id``, ``etag``).
        """
        return PlatformServiceAccountsServiceWithRawResponse(self._core)


class PlatformServiceAccountsServiceWithRawResponse:
    """The methods of :class:`PlatformServiceAccountsService` returning an ``ApiResponse``: the
    same data plus the response's status, headers, request id and ``ETag``.
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

    def list(
        self,
        *,
        limit: int | None = None,
        cursor: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> ApiResponse[Page[ServiceAccount]]:
        """Like :meth:`PlatformServiceAccountsService.list`, with the response's status, headers
        and ETag.
        """
        response = self._core.request_raw(
            "GET",
            "/api/platform/service-accounts",
            "json",
            query={"limit": limit, "cursor": cursor},
            security=[["platformAuth"]],
            options=request_options,
        )
        return response.with_data(
            Page.from_data(response.data, items_field="items", next_cursor_field="nextCursor"),
        )

    def create(
        self,
        name: str,
        *,
        description: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> ApiResponse[CreatedServiceAccount]:
        """Like :meth:`PlatformServiceAccountsService.create`, with the response's status,
        headers and ETag.
        """
        return self._core.request_raw(
            "POST",
            "/api/platform/service-accounts",
            "json",
            json=compact({"name": name, "description": description}),
            security=[["platformAuth"]],
            idempotency_header="Idempotency-Key",
            options=request_options,
        )

    def revoke(
        self,
        account_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> ApiResponse[ServiceAccount]:
        """Like :meth:`PlatformServiceAccountsService.revoke`, with the response's status,
        headers and ETag.
        """
        return self._core.request_raw(
            "POST",
            "/api/platform/service-accounts/{accountId}/revoke",
            "json",
            path_params={"accountId": account_id},
            security=[["platformAuth"]],
            options=request_options,
        )


class AsyncPlatformServiceAccountsService:
    """Platform operators only. Service accounts whose tokens authorize the platform routes.

    Coroutine twin of :class:`PlatformServiceAccountsService`; every method is awaited.
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

    async def list(
        self,
        *,
        limit: int | None = None,
        cursor: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> Page[ServiceAccount]:
        """List service accounts.

        Lists platform service accounts, including revoked ones. Secrets are never returned.

        Args:
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
            RateLimitError: Too many requests from this caller (authentication endpoints
                are limited most tightly, against password guessing). Wait `Retry-After`
                seconds. Code: `rate_limited`.
            InternalServerError: Unexpected server error; `details.requestId` identifies
                it in the logs. Code: `internal`.
        """
        result = await self._core.request(
            "GET",
            "/api/platform/service-accounts",
            query={"limit": limit, "cursor": cursor},
            security=[["platformAuth"]],
            options=request_options,
        )
        return Page.from_data(result, items_field="items", next_cursor_field="nextCursor")

    def list_all(
        self,
        *,
        limit: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncIterator[ServiceAccount]:
        """Iterates over every item of :meth:`list`, fetching one page at a time as needed.

        Args:
            limit: Maximum number of items in the page. The API's default is ``20``.
            request_options: Per-call options: ``timeout``, extra ``headers``,
                ``idempotency_key``, ``max_retries``.
        """
        return aiterate_pages(
            partial(self.list, limit=limit, request_options=request_options),
            "cursor",
        )

    async def create(
        self,
        name: str,
        *,
        description: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> CreatedServiceAccount:
        """Create a service account.

        Creates a platform service account. The response holds its bearer `secret` (for
        `platformAuth`), shown this once.

        Args:
            name: The `name` field of the request body.
            description: The `description` field of the request body.
            request_options: Per-call options: ``timeout``, extra ``headers``,
                ``idempotency_key``, ``max_retries``.

        Returns:
            The account and its secret (shown once).

        Raises:
            ValidationError: The request is malformed (bad JSON, bad query parameter).
                Code: `bad_request`.
            AuthenticationError: Missing, invalid or expired credentials. Codes:
                `unauthorized`, `invalid_token`, `token_expired`.
            ForbiddenError: Authenticated but not allowed. Codes: `forbidden`,
                `mfa_required`, `email_not_verified`.
            ConflictError: The request conflicts with the current state (duplicate, wrong
                state). Code: `conflict`.
            RateLimitError: Too many requests from this caller (authentication endpoints
                are limited most tightly, against password guessing). Wait `Retry-After`
                seconds. Code: `rate_limited`.
            InternalServerError: Unexpected server error; `details.requestId` identifies
                it in the logs. Code: `internal`.
        """
        result: CreatedServiceAccount = await self._core.request(
            "POST",
            "/api/platform/service-accounts",
            json=compact({"name": name, "description": description}),
            security=[["platformAuth"]],
            idempotency_header="Idempotency-Key",
            options=request_options,
        )
        return result

    async def revoke(
        self,
        account_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> ServiceAccount:
        """Revoke a service account.

        Revokes a service account; its secret stops working at once. Revoking a revoked
        account is a no-op.

        Args:
            account_id: Service account id (`sa_...`).
            request_options: Per-call options: ``timeout``, extra ``headers``,
                ``idempotency_key``, ``max_retries``.

        Returns:
            The revoked account.

        Raises:
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
        result: ServiceAccount = await self._core.request(
            "POST",
            "/api/platform/service-accounts/{accountId}/revoke",
            path_params={"accountId": account_id},
            security=[["platformAuth"]],
            options=request_options,
        )
        return result

    def scope(
        self,
        account_id: str,
    ) -> AsyncServiceAccountScope:
        """The ``service account`` resource as a scoped client: its operations with
        ``account_id`` bound.
        """
        from ..scopes.service_account import AsyncServiceAccountScope

        return AsyncServiceAccountScope(self._core, account_id)

    @property
    def with_raw_response(self) -> AsyncPlatformServiceAccountsServiceWithRawResponse:
        """The same methods, returning an ``ApiResponse`` (``data``, ``status``, ``headers``,
        ``request_id``, ``etag``).
        """
        return AsyncPlatformServiceAccountsServiceWithRawResponse(self._core)


class AsyncPlatformServiceAccountsServiceWithRawResponse:
    """The methods of :class:`AsyncPlatformServiceAccountsService` returning an ``ApiResponse``:
    the same data plus the response's status, headers, request id and ``ETag``.
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

    async def list(
        self,
        *,
        limit: int | None = None,
        cursor: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> ApiResponse[Page[ServiceAccount]]:
        """Like :meth:`AsyncPlatformServiceAccountsService.list`, with the response's status,
        headers and ETag.
        """
        response = await self._core.request_raw(
            "GET",
            "/api/platform/service-accounts",
            "json",
            query={"limit": limit, "cursor": cursor},
            security=[["platformAuth"]],
            options=request_options,
        )
        return response.with_data(
            Page.from_data(response.data, items_field="items", next_cursor_field="nextCursor"),
        )

    async def create(
        self,
        name: str,
        *,
        description: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> ApiResponse[CreatedServiceAccount]:
        """Like :meth:`AsyncPlatformServiceAccountsService.create`, with the response's status,
        headers and ETag.
        """
        return await self._core.request_raw(
            "POST",
            "/api/platform/service-accounts",
            "json",
            json=compact({"name": name, "description": description}),
            security=[["platformAuth"]],
            idempotency_header="Idempotency-Key",
            options=request_options,
        )

    async def revoke(
        self,
        account_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> ApiResponse[ServiceAccount]:
        """Like :meth:`AsyncPlatformServiceAccountsService.revoke`, with the response's status,
        headers and ETag.
        """
        return await self._core.request_raw(
            "POST",
            "/api/platform/service-accounts/{accountId}/revoke",
            "json",
            path_params={"accountId": account_id},
            security=[["platformAuth"]],
            options=request_options,
        )
