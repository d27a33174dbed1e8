"""The Audit service: Tenant audit log: record, query and export."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from functools import partial
from typing import TYPE_CHECKING

from .._constants import AUDIT_EXPORT_FORMATS
from .._runtime import (
    ApiResponse,
    AsyncRequester,
    Page,
    RequestOptions,
    SyncRequester,
    aiterate_pages,
    compact,
    fill,
    iterate_pages,
)

if TYPE_CHECKING:
    from ..types import AuditEntry, AuditExportFormat, Metadata

__all__ = [
    "AUDIT_EXPORT_FORMATS",
    "AsyncAuditService",
    "AsyncAuditServiceWithRawResponse",
    "AuditService",
    "AuditServiceWithRawResponse",
]


class AuditService:
    """Tenant audit log: record, query and export.

    Constants: ``AUDIT_EXPORT_FORMATS``.
    """

    def __init__(
        self,
        core: SyncRequester,
        *,
        default_format: AuditExportFormat | None = None,
    ) -> None:
        """Creates the service over ``core``.

        Args:
            core: The ``GatekeeperCore`` (or any object with its ``request`` methods) to
                send calls with.
            default_format: Value used when a call leaves out ``format``.
        """
        self._core = core
        self._default_format: AuditExportFormat | None = default_format

    def query(
        self,
        tenant_id: str,
        *,
        action: str | None = None,
        actor_id: str | None = None,
        resource_type: str | None = None,
        from_: str | None = None,
        to: str | None = None,
        limit: int | None = None,
        cursor: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> Page[AuditEntry]:
        """Query the audit log.

        Lists a tenant's audit entries, newest first, matching every filter given.

        Args:
            tenant_id: Tenant id (`ten_...`).
            action: Only entries with this action.
            actor_id: Only entries by this actor (user, API key or service account id).
            resource_type: Only entries about this kind of resource.
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
            "/api/tenants/{tenantId}/audit/entries",
            path_params={"tenantId": tenant_id},
            query={
                "action": action,
                "actorId": actor_id,
                "resourceType": resource_type,
                "from": from_,
                "to": to,
                "limit": limit,
                "cursor": cursor,
            },
            security=[["bearerAuth"]],
            options=request_options,
        )
        return Page.from_data(result, items_field="items", next_cursor_field="nextCursor")

    def iter_query(
        self,
        tenant_id: str,
        *,
        action: str | None = None,
        actor_id: str | None = None,
        resource_type: str | None = None,
        from_: str | None = None,
        to: str | None = None,
        limit: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> Iterator[AuditEntry]:
        """Iterates over every item of :meth:`query`, fetching one page at a time as needed.

        Args:
            tenant_id: Tenant id (`ten_...`).
            action: Only entries with this action.
            actor_id: Only entries by this actor (user, API key or service account id).
            resource_type: Only entries about this kind of resource.
            from_: Start of the time range (inclusive).
            to: End of the time range (exclusive).
            limit: Maximum number of items in the page. The API's default is ``20``.
            request_options: Per-call options: ``timeout``, extra ``headers``,
                ``idempotency_key``, ``max_retries``.
        """
        return iterate_pages(
            partial(
                self.query,
                tenant_id,
                action=action,
                actor_id=actor_id,
                resource_type=resource_type,
                from_=from_,
                to=to,
                limit=limit,
                request_options=request_options,
            ),
            "cursor",
        )

    def record(
        self,
        tenant_id: str,
        action: str,
        resource_type: str,
        *,
        resource_id: str | None = None,
        metadata: Metadata | None = None,
        request_options: RequestOptions | None = None,
    ) -> AuditEntry:
        """Record an audit entry.

        Appends an entry to the tenant's audit log (entries cannot be changed or deleted). The
        actor defaults to the caller.

        Args:
            tenant_id: Tenant id (`ten_...`).
            action: The `action` field of the request body.
            resource_type: The `resourceType` field of the request body.
            resource_id: The `resourceId` field of the request body.
            metadata: The `metadata` field of the request body.
            request_options: Per-call options: ``timeout``, extra ``headers``,
                ``idempotency_key``, ``max_retries``.

        Returns:
            The recorded entry.

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
        result: AuditEntry = self._core.request(
            "POST",
            "/api/tenants/{tenantId}/audit/entries",
            path_params={"tenantId": tenant_id},
            json=compact(
                {
                    "action": action,
                    "resourceType": resource_type,
                    "resourceId": resource_id,
                    "metadata": metadata,
                },
            ),
            security=[["bearerAuth"]],
            idempotency_header="Idempotency-Key",
            options=request_options,
        )
        return result

    def export(
        self,
        tenant_id: str,
        *,
        format: AuditExportFormat | None = None,
        action: str | None = None,
        actor_id: str | None = None,
        resource_type: str | None = None,
        from_: str | None = None,
        to: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> str:
        """Export the audit log.

        Exports the entries matching the filters, oldest first, as one
        document: CSV (header row, then one entry a line), a JSON array, or
        NDJSON (one JSON entry a line), chosen by `format` (default `json`).
        The body is not an envelope: it is served as `text/plain` whatever
        the format, so SDKs read it as text (`core.request_text()`). Errors
        are JSON envelopes as everywhere else.

        Args:
            tenant_id: Tenant id (`ten_...`).
            format: Document format of the export. Defaults to `json`. The API's default
                is ``"json"``. Defaults to the service's ``default_format``.
            action: Only entries with this action.
            actor_id: Only entries by this actor (user, API key or service account id).
            resource_type: Only entries about this kind of resource.
            from_: Start of the time range (inclusive).
            to: End of the time range (exclusive).
            request_options: Per-call options: ``timeout``, extra ``headers``,
                ``idempotency_key``, ``max_retries``.

        Returns:
            The export document (CSV, JSON or NDJSON text, per `format`).

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
        return self._core.request_text(
            "GET",
            "/api/tenants/{tenantId}/audit/export",
            path_params={"tenantId": tenant_id},
            query={
                "format": fill(format, self._default_format),
                "action": action,
                "actorId": actor_id,
                "resourceType": resource_type,
                "from": from_,
                "to": to,
            },
            accept="text/plain, application/json",
            security=[["bearerAuth"]],
            options=request_options,
        )

    @property
    def with_raw_response(self) -> AuditServiceWithRawResponse:
        """The same methods, returning an ``ApiResponse`` (``data``, ``status``, ``headers``,
        ``request_id``, ``etag``).
        """
        return AuditServiceWithRawResponse(self._core, default_format=self._default_format)


class AuditServiceWithRawResponse:
    """The methods of :class:`AuditService` returning an ``ApiResponse``: the same data plus the
    response's status, headers, request id and ``ETag``.
    """

    def __init__(
        self,
        core: SyncRequester,
        *,
        default_format: AuditExportFormat | None = None,
    ) -> None:
        """Creates the service over ``core``.

        Args:
            core: The ``GatekeeperCore`` (or any object with its ``request`` methods) to
                send calls with.
            default_format: Value used when a call leaves out ``format``.
        """
        self._core = core
        self._default_format: AuditExportFormat | None = default_format

    def query(
        self,
        tenant_id: str,
        *,
        action: str | None = None,
        actor_id: str | None = None,
        resource_type: str | None = None,
        from_: str | None = None,
        to: str | None = None,
        limit: int | None = None,
        cursor: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> ApiResponse[Page[AuditEntry]]:
        """Like :meth:`AuditService.query`, with the response's status, headers and ETag."""
        response = self._core.request_raw(
            "GET",
            "/api/tenants/{tenantId}/audit/entries",
            "json",
            path_params={"tenantId": tenant_id},
            query={
                "action": action,
                "actorId": actor_id,
                "resourceType": resource_type,
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

    def record(
        self,
        tenant_id: str,
        action: str,
        resource_type: str,
        *,
        resource_id: str | None = None,
        metadata: Metadata | None = None,
        request_options: RequestOptions | None = None,
    ) -> ApiResponse[AuditEntry]:
        """Like :meth:`AuditService.record`, with the response's status, headers and ETag."""
        return self._core.request_raw(
            "POST",
            "/api/tenants/{tenantId}/audit/entries",
            "json",
            path_params={"tenantId": tenant_id},
            json=compact(
                {
                    "action": action,
                    "resourceType": resource_type,
                    "resourceId": resource_id,
                    "metadata": metadata,
                },
            ),
            security=[["bearerAuth"]],
            idempotency_header="Idempotency-Key",
            options=request_options,
        )

    def export(
        self,
        tenant_id: str,
        *,
        format: AuditExportFormat | None = None,
        action: str | None = None,
        actor_id: str | None = None,
        resource_type: str | None = None,
        from_: str | None = None,
        to: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> ApiResponse[str]:
        """Like :meth:`AuditService.export`, with the response's status, headers and ETag."""
        return self._core.request_raw(
            "GET",
            "/api/tenants/{tenantId}/audit/export",
            "text",
            path_params={"tenantId": tenant_id},
            query={
                "format": fill(format, self._default_format),
                "action": action,
                "actorId": actor_id,
                "resourceType": resource_type,
                "from": from_,
                "to": to,
            },
            accept="text/plain, application/json",
            security=[["bearerAuth"]],
            options=request_options,
        )


class AsyncAuditService:
    """Tenant audit log: record, query and export.

    Coroutine twin of :class:`AuditService`; every method is awaited.

    Constants: ``AUDIT_EXPORT_FORMATS``.
    """

    def __init__(
        self,
        core: AsyncRequester,
        *,
        default_format: AuditExportFormat | None = None,
    ) -> None:
        """Creates the service over ``core``.

        Args:
            core: The ``AsyncGatekeeperCore`` (or any object with its ``request`` methods)
                to send calls with.
            default_format: Value used when a call leaves out ``format``.
        """
        self._core = core
        self._default_format: AuditExportFormat | None = default_format

    async def query(
        self,
        tenant_id: str,
        *,
        action: str | None = None,
        actor_id: str | None = None,
        resource_type: str | None = None,
        from_: str | None = None,
        to: str | None = None,
        limit: int | None = None,
        cursor: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> Page[AuditEntry]:
        """Query the audit log.

        Lists a tenant's audit entries, newest first, matching every filter given.

        Args:
            tenant_id: Tenant id (`ten_...`).
            action: Only entries with this action.
            actor_id: Only entries by this actor (user, API key or service account id).
            resource_type: Only entries about this kind of resource.
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
            "/api/tenants/{tenantId}/audit/entries",
            path_params={"tenantId": tenant_id},
            query={
                "action": action,
                "actorId": actor_id,
                "resourceType": resource_type,
                "from": from_,
                "to": to,
                "limit": limit,
                "cursor": cursor,
            },
            security=[["bearerAuth"]],
            options=request_options,
        )
        return Page.from_data(result, items_field="items", next_cursor_field="nextCursor")

    def iter_query(
        self,
        tenant_id: str,
        *,
        action: str | None = None,
        actor_id: str | None = None,
        resource_type: str | None = None,
        from_: str | None = None,
        to: str | None = None,
        limit: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncIterator[AuditEntry]:
        """Iterates over every item of :meth:`query`, fetching one page at a time as needed.

        Args:
            tenant_id: Tenant id (`ten_...`).
            action: Only entries with this action.
            actor_id: Only entries by this actor (user, API key or service account id).
            resource_type: Only entries about this kind of resource.
            from_: Start of the time range (inclusive).
            to: End of the time range (exclusive).
            limit: Maximum number of items in the page. The API's default is ``20``.
            request_options: Per-call options: ``timeout``, extra ``headers``,
                ``idempotency_key``, ``max_retries``.
        """
        return aiterate_pages(
            partial(
                self.query,
                tenant_id,
                action=action,
                actor_id=actor_id,
                resource_type=resource_type,
                from_=from_,
                to=to,
                limit=limit,
                request_options=request_options,
            ),
            "cursor",
        )

    async def record(
        self,
        tenant_id: str,
        action: str,
        resource_type: str,
        *,
        resource_id: str | None = None,
        metadata: Metadata | None = None,
        request_options: RequestOptions | None = None,
    ) -> AuditEntry:
        """Record an audit entry.

        Appends an entry to the tenant's audit log (entries cannot be changed or deleted). The
        actor defaults to the caller.

        Args:
            tenant_id: Tenant id (`ten_...`).
            action: The `action` field of the request body.
            resource_type: The `resourceType` field of the request body.
            resource_id: The `resourceId` field of the request body.
            metadata: The `metadata` field of the request body.
            request_options: Per-call options: ``timeout``, extra ``headers``,
                ``idempotency_key``, ``max_retries``.

        Returns:
            The recorded entry.

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
        result: AuditEntry = await self._core.request(
            "POST",
            "/api/tenants/{tenantId}/audit/entries",
            path_params={"tenantId": tenant_id},
            json=compact(
                {
                    "action": action,
                    "resourceType": resource_type,
                    "resourceId": resource_id,
                    "metadata": metadata,
                },
            ),
            security=[["bearerAuth"]],
            idempotency_header="Idempotency-Key",
            options=request_options,
        )
        return result

    async def export(
        self,
        tenant_id: str,
        *,
        format: AuditExportFormat | None = None,
        action: str | None = None,
        actor_id: str | None = None,
        resource_type: str | None = None,
        from_: str | None = None,
        to: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> str:
        """Export the audit log.

        Exports the entries matching the filters, oldest first, as one
        document: CSV (header row, then one entry a line), a JSON array, or
        NDJSON (one JSON entry a line), chosen by `format` (default `json`).
        The body is not an envelope: it is served as `text/plain` whatever
        the format, so SDKs read it as text (`core.request_text()`). Errors
        are JSON envelopes as everywhere else.

        Args:
            tenant_id: Tenant id (`ten_...`).
            format: Document format of the export. Defaults to `json`. The API's default
                is ``"json"``. Defaults to the service's ``default_format``.
            action: Only entries with this action.
            actor_id: Only entries by this actor (user, API key or service account id).
            resource_type: Only entries about this kind of resource.
            from_: Start of the time range (inclusive).
            to: End of the time range (exclusive).
            request_options: Per-call options: ``timeout``, extra ``headers``,
                ``idempotency_key``, ``max_retries``.

        Returns:
            The export document (CSV, JSON or NDJSON text, per `format`).

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
        return await self._core.request_text(
            "GET",
            "/api/tenants/{tenantId}/audit/export",
            path_params={"tenantId": tenant_id},
            query={
                "format": fill(format, self._default_format),
                "action": action,
                "actorId": actor_id,
                "resourceType": resource_type,
                "from": from_,
                "to": to,
            },
            accept="text/plain, application/json",
            security=[["bearerAuth"]],
            options=request_options,
        )

    @property
    def with_raw_response(self) -> AsyncAuditServiceWithRawResponse:
        """The same methods, returning an ``ApiResponse`` (``data``, ``status``, ``headers``,
        ``request_id``, ``etag``).
        """
        return AsyncAuditServiceWithRawResponse(self._core, default_format=self._default_format)


class AsyncAuditServiceWithRawResponse:
    """The methods of :class:`AsyncAuditService` returning an ``ApiResponse``: the same data plus
    the response's status, headers, request id and ``ETag``.
    """

    def __init__(
        self,
        core: AsyncRequester,
        *,
        default_format: AuditExportFormat | None = None,
    ) -> None:
        """Creates the service over ``core``.

        Args:
            core: The ``AsyncGatekeeperCore`` (or any object with its ``request`` methods)
                to send calls with.
            default_format: Value used when a call leaves out ``format``.
        """
        self._core = core
        self._default_format: AuditExportFormat | None = default_format

    async def query(
        self,
        tenant_id: str,
        *,
        action: str | None = None,
        actor_id: str | None = None,
        resource_type: str | None = None,
        from_: str | None = None,
        to: str | None = None,
        limit: int | None = None,
        cursor: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> ApiResponse[Page[AuditEntry]]:
        """Like :meth:`AsyncAuditService.query`, with the response's status, headers and ETag."""
        response = await self._core.request_raw(
            "GET",
            "/api/tenants/{tenantId}/audit/entries",
            "json",
            path_params={"tenantId": tenant_id},
            query={
                "action": action,
                "actorId": actor_id,
                "resourceType": resource_type,
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

    async def record(
        self,
        tenant_id: str,
        action: str,
        resource_type: str,
        *,
        resource_id: str | None = None,
        metadata: Metadata | None = None,
        request_options: RequestOptions | None = None,
    ) -> ApiResponse[AuditEntry]:
        """Like :meth:`AsyncAuditService.record`, with the response's status, headers and ETag."""
        return await self._core.request_raw(
            "POST",
            "/api/tenants/{tenantId}/audit/entries",
            "json",
            path_params={"tenantId": tenant_id},
            json=compact(
                {
                    "action": action,
                    "resourceType": resource_type,
                    "resourceId": resource_id,
                    "metadata": metadata,
                },
            ),
            security=[["bearerAuth"]],
            idempotency_header="Idempotency-Key",
            options=request_options,
        )

    async def export(
        self,
        tenant_id: str,
        *,
        format: AuditExportFormat | None = None,
        action: str | None = None,
        actor_id: str | None = None,
        resource_type: str | None = None,
        from_: str | None = None,
        to: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> ApiResponse[str]:
        """Like :meth:`AsyncAuditService.export`, with the response's status, headers and ETag."""
        return await self._core.request_raw(
            "GET",
            "/api/tenants/{tenantId}/audit/export",
            "text",
            path_params={"tenantId": tenant_id},
            query={
                "format": fill(format, self._default_format),
                "action": action,
                "actorId": actor_id,
                "resourceType": resource_type,
                "from": from_,
                "to": to,
            },
            accept="text/plain, application/json",
            security=[["bearerAuth"]],
            options=request_options,
        )
