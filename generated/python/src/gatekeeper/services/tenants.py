"""The Tenants service: Tenants (workspaces) and their members."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from functools import partial
from typing import TYPE_CHECKING

from .._constants import TENANT_ROLES
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
    from ..scopes.tenant import AsyncTenantScope, TenantScope
    from ..types import Empty, Member, Tenant, TenantRole

__all__ = [
    "TENANT_ROLES",
    "AsyncTenantsService",
    "AsyncTenantsServiceWithRawResponse",
    "TenantsService",
    "TenantsServiceWithRawResponse",
]


class TenantsService:
    """Tenants (workspaces) and their members.

    Constants: ``TENANT_ROLES``.
    """

    def __init__(
        self,
        core: SyncRequester,
        *,
        default_role: TenantRole | None = None,
    ) -> None:
        """Creates the service over ``core``.

        Args:
            core: The ``GatekeeperCore`` (or any object with its ``request`` methods) to
                send calls with.
            default_role: Value used when a call leaves out ``role``.
        """
        self._core = core
        self._default_role: TenantRole | None = default_role

    def list(
        self,
        *,
        limit: int | None = None,
        cursor: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> Page[Tenant]:
        """List my tenants.

        Lists the tenants the calling user is a member of, oldest first.

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
            RateLimitError: Too many requests from this caller (authentication endpoints
                are limited most tightly, against password guessing). Wait `Retry-After`
                seconds. Code: `rate_limited`.
            InternalServerError: Unexpected server error; `details.requestId` identifies
                it in the logs. Code: `internal`.
        """
        result = self._core.request(
            "GET",
            "/api/tenants",
            query={"limit": limit, "cursor": cursor},
            security=[["bearerAuth"]],
            options=request_options,
        )
        return Page.from_data(result, items_field="items", next_cursor_field="nextCursor")

    def list_all(
        self,
        *,
        limit: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> Iterator[Tenant]:
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
        slug: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> Tenant:
        """Create a tenant.

        Creates a tenant owned by the calling user, who becomes its `owner` member.

        Args:
            name: The `name` field of the request body.
            slug: URL-safe unique handle; derived from `name` when absent.
            request_options: Per-call options: ``timeout``, extra ``headers``,
                ``idempotency_key``, ``max_retries``.

        Returns:
            The new tenant.

        Raises:
            ValidationError: The request is malformed (bad JSON, bad query parameter).
                Code: `bad_request`.
            AuthenticationError: Missing, invalid or expired credentials. Codes:
                `unauthorized`, `invalid_token`, `token_expired`.
            ConflictError: The request conflicts with the current state (duplicate, wrong
                state). Code: `conflict`.
            RateLimitError: Too many requests from this caller (authentication endpoints
                are limited most tightly, against password guessing). Wait `Retry-After`
                seconds. Code: `rate_limited`.
            InternalServerError: Unexpected server error; `details.requestId` identifies
                it in the logs. Code: `internal`.
        """
        result: Tenant = self._core.request(
            "POST",
            "/api/tenants",
            json=compact({"name": name, "slug": slug}),
            security=[["bearerAuth"]],
            idempotency_header="Idempotency-Key",
            options=request_options,
        )
        return result

    def get(
        self,
        tenant_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> Tenant:
        """Get a tenant.

        Returns a tenant the caller is a member of, with its `ETag`.

        Args:
            tenant_id: Tenant id (`ten_...`).
            request_options: Per-call options: ``timeout``, extra ``headers``,
                ``idempotency_key``, ``max_retries``.

        Returns:
            The tenant.

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
        result: Tenant = self._core.request(
            "GET",
            "/api/tenants/{tenantId}",
            path_params={"tenantId": tenant_id},
            security=[["bearerAuth"]],
            options=request_options,
        )
        return result

    def delete(
        self,
        tenant_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> Empty:
        """Delete a tenant.

        Deletes a tenant with its members, keys, roles, webhooks and usage. Owner only; cannot
        be undone.

        Args:
            tenant_id: Tenant id (`ten_...`).
            request_options: Per-call options: ``timeout``, extra ``headers``,
                ``idempotency_key``, ``max_retries``.

        Returns:
            Tenant deleted.

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
        result: Empty = self._core.request(
            "DELETE",
            "/api/tenants/{tenantId}",
            path_params={"tenantId": tenant_id},
            security=[["bearerAuth"]],
            options=request_options,
        )
        return result

    def update(
        self,
        tenant_id: str,
        *,
        name: str | None = None,
        slug: str | None = None,
        if_match: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> Tenant:
        """Update a tenant.

        Renames a tenant or changes its slug. Owners and admins only. Send `If-Match` with the
        `ETag` from `tenantsGet` to avoid overwriting a concurrent change (412 if it no longer
        matches).

        Args:
            tenant_id: Tenant id (`ten_...`).
            name: The `name` field of the request body.
            slug: The `slug` field of the request body.
            if_match: The `ETag` of the version being updated. When given and the resource
                has changed since, the update is refused with 412 `precondition_failed`.
            request_options: Per-call options: ``timeout``, extra ``headers``,
                ``idempotency_key``, ``max_retries``.

        Returns:
            The updated tenant.

        Raises:
            ValidationError: The request is malformed (bad JSON, bad query parameter).
                Code: `bad_request`.
            AuthenticationError: Missing, invalid or expired credentials. Codes:
                `unauthorized`, `invalid_token`, `token_expired`.
            ForbiddenError: Authenticated but not allowed. Codes: `forbidden`,
                `mfa_required`, `email_not_verified`.
            NotFoundError: The resource does not exist or is not visible to the caller.
                Code: `not_found`.
            ConflictError: The request conflicts with the current state (duplicate, wrong
                state). Code: `conflict`.
            PreconditionFailedError: `If-Match` does not match the current `ETag`: someone
                else changed the resource. Fetch it again and retry. Code:
                `precondition_failed`.
            RateLimitError: Too many requests from this caller (authentication endpoints
                are limited most tightly, against password guessing). Wait `Retry-After`
                seconds. Code: `rate_limited`.
            InternalServerError: Unexpected server error; `details.requestId` identifies
                it in the logs. Code: `internal`.
        """
        result: Tenant = self._core.request(
            "PATCH",
            "/api/tenants/{tenantId}",
            path_params={"tenantId": tenant_id},
            headers={"If-Match": if_match},
            json=compact({"name": name, "slug": slug}),
            security=[["bearerAuth"]],
            options=request_options,
        )
        return result

    def list_members(
        self,
        tenant_id: str,
        *,
        limit: int | None = None,
        cursor: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> Page[Member]:
        """List members.

        Lists the members of a tenant with their tenant role.

        Args:
            tenant_id: Tenant id (`ten_...`).
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
            "/api/tenants/{tenantId}/members",
            path_params={"tenantId": tenant_id},
            query={"limit": limit, "cursor": cursor},
            security=[["bearerAuth"]],
            options=request_options,
        )
        return Page.from_data(result, items_field="items", next_cursor_field="nextCursor")

    def list_all_members(
        self,
        tenant_id: str,
        *,
        limit: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> Iterator[Member]:
        """Iterates over every item of :meth:`list_members`, fetching one page at a time as
        needed.

        Args:
            tenant_id: Tenant id (`ten_...`).
            limit: Maximum number of items in the page. The API's default is ``20``.
            request_options: Per-call options: ``timeout``, extra ``headers``,
                ``idempotency_key``, ``max_retries``.
        """
        return iterate_pages(
            partial(self.list_members, tenant_id, limit=limit, request_options=request_options),
            "cursor",
        )

    def add_member(
        self,
        tenant_id: str,
        *,
        email: str | None = None,
        user_id: str | None = None,
        role: TenantRole | None = None,
        request_options: RequestOptions | None = None,
    ) -> Member:
        """Add a member.

        Adds an existing user to the tenant, identified by `email` or `userId` (give exactly
        one). `role` defaults to `member`. Owners and admins only.

        Args:
            tenant_id: Tenant id (`ten_...`).
            email: Email of an existing user.
            user_id: Id of an existing user.
            role: The `role` field of the request body. Defaults to the service's
                ``default_role``.
            request_options: Per-call options: ``timeout``, extra ``headers``,
                ``idempotency_key``, ``max_retries``.

        Returns:
            The new member.

        Raises:
            ValidationError: The request is malformed (bad JSON, bad query parameter).
                Code: `bad_request`.
            AuthenticationError: Missing, invalid or expired credentials. Codes:
                `unauthorized`, `invalid_token`, `token_expired`.
            ForbiddenError: Authenticated but not allowed. Codes: `forbidden`,
                `mfa_required`, `email_not_verified`.
            NotFoundError: The resource does not exist or is not visible to the caller.
                Code: `not_found`.
            ConflictError: The request conflicts with the current state (duplicate, wrong
                state). Code: `conflict`.
            RateLimitError: Too many requests from this caller (authentication endpoints
                are limited most tightly, against password guessing). Wait `Retry-After`
                seconds. Code: `rate_limited`.
            InternalServerError: Unexpected server error; `details.requestId` identifies
                it in the logs. Code: `internal`.
        """
        result: Member = self._core.request(
            "POST",
            "/api/tenants/{tenantId}/members",
            path_params={"tenantId": tenant_id},
            json=compact(
                {"email": email, "userId": user_id, "role": fill(role, self._default_role)},
            ),
            security=[["bearerAuth"]],
            idempotency_header="Idempotency-Key",
            options=request_options,
        )
        return result

    def remove_member(
        self,
        tenant_id: str,
        user_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> Empty:
        """Remove a member.

        Removes a user from the tenant (a member may remove themselves). The last owner cannot
        be removed (409).

        Args:
            tenant_id: Tenant id (`ten_...`).
            user_id: User id (`usr_...`).
            request_options: Per-call options: ``timeout``, extra ``headers``,
                ``idempotency_key``, ``max_retries``.

        Returns:
            Member removed.

        Raises:
            AuthenticationError: Missing, invalid or expired credentials. Codes:
                `unauthorized`, `invalid_token`, `token_expired`.
            ForbiddenError: Authenticated but not allowed. Codes: `forbidden`,
                `mfa_required`, `email_not_verified`.
            NotFoundError: The resource does not exist or is not visible to the caller.
                Code: `not_found`.
            ConflictError: The request conflicts with the current state (duplicate, wrong
                state). Code: `conflict`.
            RateLimitError: Too many requests from this caller (authentication endpoints
                are limited most tightly, against password guessing). Wait `Retry-After`
                seconds. Code: `rate_limited`.
            InternalServerError: Unexpected server error; `details.requestId` identifies
                it in the logs. Code: `internal`.
        """
        result: Empty = self._core.request(
            "DELETE",
            "/api/tenants/{tenantId}/members/{userId}",
            path_params={"tenantId": tenant_id, "userId": user_id},
            security=[["bearerAuth"]],
            options=request_options,
        )
        return result

    def update_member_role(
        self,
        tenant_id: str,
        user_id: str,
        role: TenantRole,
        *,
        request_options: RequestOptions | None = None,
    ) -> Member:
        """Change a member's role.

        Changes the tenant role of a member. Only an owner can grant or take away `owner`; a
        tenant always keeps at least one owner (409 otherwise).

        Args:
            tenant_id: Tenant id (`ten_...`).
            user_id: User id (`usr_...`).
            role: The `role` field of the request body.
            request_options: Per-call options: ``timeout``, extra ``headers``,
                ``idempotency_key``, ``max_retries``.

        Returns:
            The updated member.

        Raises:
            ValidationError: The request is malformed (bad JSON, bad query parameter).
                Code: `bad_request`.
            AuthenticationError: Missing, invalid or expired credentials. Codes:
                `unauthorized`, `invalid_token`, `token_expired`.
            ForbiddenError: Authenticated but not allowed. Codes: `forbidden`,
                `mfa_required`, `email_not_verified`.
            NotFoundError: The resource does not exist or is not visible to the caller.
                Code: `not_found`.
            ConflictError: The request conflicts with the current state (duplicate, wrong
                state). Code: `conflict`.
            RateLimitError: Too many requests from this caller (authentication endpoints
                are limited most tightly, against password guessing). Wait `Retry-After`
                seconds. Code: `rate_limited`.
            InternalServerError: Unexpected server error; `details.requestId` identifies
                it in the logs. Code: `internal`.
        """
        result: Member = self._core.request(
            "PATCH",
            "/api/tenants/{tenantId}/members/{userId}",
            path_params={"tenantId": tenant_id, "userId": user_id},
            json={"role": role},
            security=[["bearerAuth"]],
            options=request_options,
        )
        return result

    def scope(
        self,
        tenant_id: str,
    ) -> TenantScope:
        """The ``tenant`` resource as a scoped client: its operations with ``tenant_id`` bound."""
        from ..scopes.tenant import TenantScope

        return TenantScope(self._core, tenant_id, default_role=self._default_role)

    @property
    def with_raw_response(self) -> TenantsServiceWithRawResponse:
        """The same methods, returning an ``ApiResponse`` (``data``, ``status``, ``headers``,
        ``request_id``, ``etag``).
        """
        return TenantsServiceWithRawResponse(self._core, default_role=self._default_role)


class TenantsServiceWithRawResponse:
    """The methods of :class:`TenantsService` returning an ``ApiResponse``: the same data plus
    the response's status, headers, request id and ``ETag``.
    """

    def __init__(
        self,
        core: SyncRequester,
        *,
        default_role: TenantRole | None = None,
    ) -> None:
        """Creates the service over ``core``.

        Args:
            core: The ``GatekeeperCore`` (or any object with its ``request`` methods) to
                send calls with.
            default_role: Value used when a call leaves out ``role``.
        """
        self._core = core
        self._default_role: TenantRole | None = default_role

    def list(
        self,
        *,
        limit: int | None = None,
        cursor: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> ApiResponse[Page[Tenant]]:
        """Like :meth:`TenantsService.list`, with the response's status, headers and ETag."""
        response = self._core.request_raw(
            "GET",
            "/api/tenants",
            "json",
            query={"limit": limit, "cursor": cursor},
            security=[["bearerAuth"]],
            options=request_options,
        )
        return response.with_data(
            Page.from_data(response.data, items_field="items", next_cursor_field="nextCursor"),
        )

    def create(
        self,
        name: str,
        *,
        slug: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> ApiResponse[Tenant]:
        """Like :meth:`TenantsService.create`, with the response's status, headers and ETag."""
        return self._core.request_raw(
            "POST",
            "/api/tenants",
            "json",
            json=compact({"name": name, "slug": slug}),
            security=[["bearerAuth"]],
            idempotency_header="Idempotency-Key",
            options=request_options,
        )

    def get(
        self,
        tenant_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> ApiResponse[Tenant]:
        """Like :meth:`TenantsService.get`, with the response's status, headers and ETag."""
        return self._core.request_raw(
            "GET",
            "/api/tenants/{tenantId}",
            "json",
            path_params={"tenantId": tenant_id},
            security=[["bearerAuth"]],
            options=request_options,
        )

    def delete(
        self,
        tenant_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> ApiResponse[Empty]:
        """Like :meth:`TenantsService.delete`, with the response's status, headers and ETag."""
        return self._core.request_raw(
            "DELETE",
            "/api/tenants/{tenantId}",
            "json",
            path_params={"tenantId": tenant_id},
            security=[["bearerAuth"]],
            options=request_options,
        )

    def update(
        self,
        tenant_id: str,
        *,
        name: str | None = None,
        slug: str | None = None,
        if_match: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> ApiResponse[Tenant]:
        """Like :meth:`TenantsService.update`, with the response's status, headers and ETag."""
        return self._core.request_raw(
            "PATCH",
            "/api/tenants/{tenantId}",
            "json",
            path_params={"tenantId": tenant_id},
            headers={"If-Match": if_match},
            json=compact({"name": name, "slug": slug}),
            security=[["bearerAuth"]],
            options=request_options,
        )

    def list_members(
        self,
        tenant_id: str,
        *,
        limit: int | None = None,
        cursor: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> ApiResponse[Page[Member]]:
        """Like :meth:`TenantsService.list_members`, with the response's status, headers and
        ETag.
        """
        response = self._core.request_raw(
            "GET",
            "/api/tenants/{tenantId}/members",
            "json",
            path_params={"tenantId": tenant_id},
            query={"limit": limit, "cursor": cursor},
            security=[["bearerAuth"]],
            options=request_options,
        )
        return response.with_data(
            Page.from_data(response.data, items_field="items", next_cursor_field="nextCursor"),
        )

    def add_member(
        self,
        tenant_id: str,
        *,
        email: str | None = None,
        user_id: str | None = None,
        role: TenantRole | None = None,
        request_options: RequestOptions | None = None,
    ) -> ApiResponse[Member]:
        """Like :meth:`TenantsService.add_member`, with the response's status, headers and ETag."""
        return self._core.request_raw(
            "POST",
            "/api/tenants/{tenantId}/members",
            "json",
            path_params={"tenantId": tenant_id},
            json=compact(
                {"email": email, "userId": user_id, "role": fill(role, self._default_role)},
            ),
            security=[["bearerAuth"]],
            idempotency_header="Idempotency-Key",
            options=request_options,
        )

    def remove_member(
        self,
        tenant_id: str,
        user_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> ApiResponse[Empty]:
        """Like :meth:`TenantsService.remove_member`, with the response's status, headers and
        ETag.
        """
        return self._core.request_raw(
            "DELETE",
            "/api/tenants/{tenantId}/members/{userId}",
            "json",
            path_params={"tenantId": tenant_id, "userId": user_id},
            security=[["bearerAuth"]],
            options=request_options,
        )

    def update_member_role(
        self,
        tenant_id: str,
        user_id: str,
        role: TenantRole,
        *,
        request_options: RequestOptions | None = None,
    ) -> ApiResponse[Member]:
        """Like :meth:`TenantsService.update_member_role`, with the response's status, headers
        and ETag.
        """
        return self._core.request_raw(
            "PATCH",
            "/api/tenants/{tenantId}/members/{userId}",
            "json",
            path_params={"tenantId": tenant_id, "userId": user_id},
            json={"role": role},
            security=[["bearerAuth"]],
            options=request_options,
        )


class AsyncTenantsService:
    """Tenants (workspaces) and their members.

    Coroutine twin of :class:`TenantsService`; every method is awaited.

    Constants: ``TENANT_ROLES``.
    """

    def __init__(
        self,
        core: AsyncRequester,
        *,
        default_role: TenantRole | None = None,
    ) -> None:
        """Creates the service over ``core``.

        Args:
            core: The ``AsyncGatekeeperCore`` (or any object with its ``request`` methods)
                to send calls with.
            default_role: Value used when a call leaves out ``role``.
        """
        self._core = core
        self._default_role: TenantRole | None = default_role

    async def list(
        self,
        *,
        limit: int | None = None,
        cursor: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> Page[Tenant]:
        """List my tenants.

        Lists the tenants the calling user is a member of, oldest first.

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
            RateLimitError: Too many requests from this caller (authentication endpoints
                are limited most tightly, against password guessing). Wait `Retry-After`
                seconds. Code: `rate_limited`.
            InternalServerError: Unexpected server error; `details.requestId` identifies
                it in the logs. Code: `internal`.
        """
        result = await self._core.request(
            "GET",
            "/api/tenants",
            query={"limit": limit, "cursor": cursor},
            security=[["bearerAuth"]],
            options=request_options,
        )
        return Page.from_data(result, items_field="items", next_cursor_field="nextCursor")

    def list_all(
        self,
        *,
        limit: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncIterator[Tenant]:
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
        slug: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> Tenant:
        """Create a tenant.

        Creates a tenant owned by the calling user, who becomes its `owner` member.

        Args:
            name: The `name` field of the request body.
            slug: URL-safe unique handle; derived from `name` when absent.
            request_options: Per-call options: ``timeout``, extra ``headers``,
                ``idempotency_key``, ``max_retries``.

        Returns:
            The new tenant.

        Raises:
            ValidationError: The request is malformed (bad JSON, bad query parameter).
                Code: `bad_request`.
            AuthenticationError: Missing, invalid or expired credentials. Codes:
                `unauthorized`, `invalid_token`, `token_expired`.
            ConflictError: The request conflicts with the current state (duplicate, wrong
                state). Code: `conflict`.
            RateLimitError: Too many requests from this caller (authentication endpoints
                are limited most tightly, against password guessing). Wait `Retry-After`
                seconds. Code: `rate_limited`.
            InternalServerError: Unexpected server error; `details.requestId` identifies
                it in the logs. Code: `internal`.
        """
        result: Tenant = await self._core.request(
            "POST",
            "/api/tenants",
            json=compact({"name": name, "slug": slug}),
            security=[["bearerAuth"]],
            idempotency_header="Idempotency-Key",
            options=request_options,
        )
        return result

    async def get(
        self,
        tenant_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> Tenant:
        """Get a tenant.

        Returns a tenant the caller is a member of, with its `ETag`.

        Args:
            tenant_id: Tenant id (`ten_...`).
            request_options: Per-call options: ``timeout``, extra ``headers``,
                ``idempotency_key``, ``max_retries``.

        Returns:
            The tenant.

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
        result: Tenant = await self._core.request(
            "GET",
            "/api/tenants/{tenantId}",
            path_params={"tenantId": tenant_id},
            security=[["bearerAuth"]],
            options=request_options,
        )
        return result

    async def delete(
        self,
        tenant_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> Empty:
        """Delete a tenant.

        Deletes a tenant with its members, keys, roles, webhooks and usage. Owner only; cannot
        be undone.

        Args:
            tenant_id: Tenant id (`ten_...`).
            request_options: Per-call options: ``timeout``, extra ``headers``,
                ``idempotency_key``, ``max_retries``.

        Returns:
            Tenant deleted.

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
        result: Empty = await self._core.request(
            "DELETE",
            "/api/tenants/{tenantId}",
            path_params={"tenantId": tenant_id},
            security=[["bearerAuth"]],
            options=request_options,
        )
        return result

    async def update(
        self,
        tenant_id: str,
        *,
        name: str | None = None,
        slug: str | None = None,
        if_match: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> Tenant:
        """Update a tenant.

        Renames a tenant or changes its slug. Owners and admins only. Send `If-Match` with the
        `ETag` from `tenantsGet` to avoid overwriting a concurrent change (412 if it no longer
        matches).

        Args:
            tenant_id: Tenant id (`ten_...`).
            name: The `name` field of the request body.
            slug: The `slug` field of the request body.
            if_match: The `ETag` of the version being updated. When given and the resource
                has changed since, the update is refused with 412 `precondition_failed`.
            request_options: Per-call options: ``timeout``, extra ``headers``,
                ``idempotency_key``, ``max_retries``.

        Returns:
            The updated tenant.

        Raises:
            ValidationError: The request is malformed (bad JSON, bad query parameter).
                Code: `bad_request`.
            AuthenticationError: Missing, invalid or expired credentials. Codes:
                `unauthorized`, `invalid_token`, `token_expired`.
            ForbiddenError: Authenticated but not allowed. Codes: `forbidden`,
                `mfa_required`, `email_not_verified`.
            NotFoundError: The resource does not exist or is not visible to the caller.
                Code: `not_found`.
            ConflictError: The request conflicts with the current state (duplicate, wrong
                state). Code: `conflict`.
            PreconditionFailedError: `If-Match` does not match the current `ETag`: someone
                else changed the resource. Fetch it again and retry. Code:
                `precondition_failed`.
            RateLimitError: Too many requests from this caller (authentication endpoints
                are limited most tightly, against password guessing). Wait `Retry-After`
                seconds. Code: `rate_limited`.
            InternalServerError: Unexpected server error; `details.requestId` identifies
                it in the logs. Code: `internal`.
        """
        result: Tenant = await self._core.request(
            "PATCH",
            "/api/tenants/{tenantId}",
            path_params={"tenantId": tenant_id},
            headers={"If-Match": if_match},
            json=compact({"name": name, "slug": slug}),
            security=[["bearerAuth"]],
            options=request_options,
        )
        return result

    async def list_members(
        self,
        tenant_id: str,
        *,
        limit: int | None = None,
        cursor: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> Page[Member]:
        """List members.

        Lists the members of a tenant with their tenant role.

        Args:
            tenant_id: Tenant id (`ten_...`).
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
            "/api/tenants/{tenantId}/members",
            path_params={"tenantId": tenant_id},
            query={"limit": limit, "cursor": cursor},
            security=[["bearerAuth"]],
            options=request_options,
        )
        return Page.from_data(result, items_field="items", next_cursor_field="nextCursor")

    def list_all_members(
        self,
        tenant_id: str,
        *,
        limit: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncIterator[Member]:
        """Iterates over every item of :meth:`list_members`, fetching one page at a time as
        needed.

        Args:
            tenant_id: Tenant id (`ten_...`).
            limit: Maximum number of items in the page. The API's default is ``20``.
            request_options: Per-call options: ``timeout``, extra ``headers``,
                ``idempotency_key``, ``max_retries``.
        """
        return aiterate_pages(
            partial(self.list_members, tenant_id, limit=limit, request_options=request_options),
            "cursor",
        )

    async def add_member(
        self,
        tenant_id: str,
        *,
        email: str | None = None,
        user_id: str | None = None,
        role: TenantRole | None = None,
        request_options: RequestOptions | None = None,
    ) -> Member:
        """Add a member.

        Adds an existing user to the tenant, identified by `email` or `userId` (give exactly
        one). `role` defaults to `member`. Owners and admins only.

        Args:
            tenant_id: Tenant id (`ten_...`).
            email: Email of an existing user.
            user_id: Id of an existing user.
            role: The `role` field of the request body. Defaults to the service's
                ``default_role``.
            request_options: Per-call options: ``timeout``, extra ``headers``,
                ``idempotency_key``, ``max_retries``.

        Returns:
            The new member.

        Raises:
            ValidationError: The request is malformed (bad JSON, bad query parameter).
                Code: `bad_request`.
            AuthenticationError: Missing, invalid or expired credentials. Codes:
                `unauthorized`, `invalid_token`, `token_expired`.
            ForbiddenError: Authenticated but not allowed. Codes: `forbidden`,
                `mfa_required`, `email_not_verified`.
            NotFoundError: The resource does not exist or is not visible to the caller.
                Code: `not_found`.
            ConflictError: The request conflicts with the current state (duplicate, wrong
                state). Code: `conflict`.
            RateLimitError: Too many requests from this caller (authentication endpoints
                are limited most tightly, against password guessing). Wait `Retry-After`
                seconds. Code: `rate_limited`.
            InternalServerError: Unexpected server error; `details.requestId` identifies
                it in the logs. Code: `internal`.
        """
        result: Member = await self._core.request(
            "POST",
            "/api/tenants/{tenantId}/members",
            path_params={"tenantId": tenant_id},
            json=compact(
                {"email": email, "userId": user_id, "role": fill(role, self._default_role)},
            ),
            security=[["bearerAuth"]],
            idempotency_header="Idempotency-Key",
            options=request_options,
        )
        return result

    async def remove_member(
        self,
        tenant_id: str,
        user_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> Empty:
        """Remove a member.

        Removes a user from the tenant (a member may remove themselves). The last owner cannot
        be removed (409).

        Args:
            tenant_id: Tenant id (`ten_...`).
            user_id: User id (`usr_...`).
            request_options: Per-call options: ``timeout``, extra ``headers``,
                ``idempotency_key``, ``max_retries``.

        Returns:
            Member removed.

        Raises:
            AuthenticationError: Missing, invalid or expired credentials. Codes:
                `unauthorized`, `invalid_token`, `token_expired`.
            ForbiddenError: Authenticated but not allowed. Codes: `forbidden`,
                `mfa_required`, `email_not_verified`.
            NotFoundError: The resource does not exist or is not visible to the caller.
                Code: `not_found`.
            ConflictError: The request conflicts with the current state (duplicate, wrong
                state). Code: `conflict`.
            RateLimitError: Too many requests from this caller (authentication endpoints
                are limited most tightly, against password guessing). Wait `Retry-After`
                seconds. Code: `rate_limited`.
            InternalServerError: Unexpected server error; `details.requestId` identifies
                it in the logs. Code: `internal`.
        """
        result: Empty = await self._core.request(
            "DELETE",
            "/api/tenants/{tenantId}/members/{userId}",
            path_params={"tenantId": tenant_id, "userId": user_id},
            security=[["bearerAuth"]],
            options=request_options,
        )
        return result

    async def update_member_role(
        self,
        tenant_id: str,
        user_id: str,
        role: TenantRole,
        *,
        request_options: RequestOptions | None = None,
    ) -> Member:
        """Change a member's role.

        Changes the tenant role of a member. Only an owner can grant or take away `owner`; a
        tenant always keeps at least one owner (409 otherwise).

        Args:
            tenant_id: Tenant id (`ten_...`).
            user_id: User id (`usr_...`).
            role: The `role` field of the request body.
            request_options: Per-call options: ``timeout``, extra ``headers``,
                ``idempotency_key``, ``max_retries``.

        Returns:
            The updated member.

        Raises:
            ValidationError: The request is malformed (bad JSON, bad query parameter).
                Code: `bad_request`.
            AuthenticationError: Missing, invalid or expired credentials. Codes:
                `unauthorized`, `invalid_token`, `token_expired`.
            ForbiddenError: Authenticated but not allowed. Codes: `forbidden`,
                `mfa_required`, `email_not_verified`.
            NotFoundError: The resource does not exist or is not visible to the caller.
                Code: `not_found`.
            ConflictError: The request conflicts with the current state (duplicate, wrong
                state). Code: `conflict`.
            RateLimitError: Too many requests from this caller (authentication endpoints
                are limited most tightly, against password guessing). Wait `Retry-After`
                seconds. Code: `rate_limited`.
            InternalServerError: Unexpected server error; `details.requestId` identifies
                it in the logs. Code: `internal`.
        """
        result: Member = await self._core.request(
            "PATCH",
            "/api/tenants/{tenantId}/members/{userId}",
            path_params={"tenantId": tenant_id, "userId": user_id},
            json={"role": role},
            security=[["bearerAuth"]],
            options=request_options,
        )
        return result

    def scope(
        self,
        tenant_id: str,
    ) -> AsyncTenantScope:
        """The ``tenant`` resource as a scoped client: its operations with ``tenant_id`` bound."""
        from ..scopes.tenant import AsyncTenantScope

        return AsyncTenantScope(self._core, tenant_id, default_role=self._default_role)

    @property
    def with_raw_response(self) -> AsyncTenantsServiceWithRawResponse:
        """The same methods, returning an ``ApiResponse`` (``data``, ``status``, ``headers``,
        ``request_id``, ``etag``).
        """
        return AsyncTenantsServiceWithRawResponse(self._core, default_role=self._default_role)


class AsyncTenantsServiceWithRawResponse:
    """The methods of :class:`AsyncTenantsService` returning an ``ApiResponse``: the same data
    plus the response's status, headers, request id and ``ETag``.
    """

    def __init__(
        self,
        core: AsyncRequester,
        *,
        default_role: TenantRole | None = None,
    ) -> None:
        """Creates the service over ``core``.

        Args:
            core: The ``AsyncGatekeeperCore`` (or any object with its ``request`` methods)
                to send calls with.
            default_role: Value used when a call leaves out ``role``.
        """
        self._core = core
        self._default_role: TenantRole | None = default_role

    async def list(
        self,
        *,
        limit: int | None = None,
        cursor: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> ApiResponse[Page[Tenant]]:
        """Like :meth:`AsyncTenantsService.list`, with the response's status, headers and ETag."""
        response = await self._core.request_raw(
            "GET",
            "/api/tenants",
            "json",
            query={"limit": limit, "cursor": cursor},
            security=[["bearerAuth"]],
            options=request_options,
        )
        return response.with_data(
            Page.from_data(response.data, items_field="items", next_cursor_field="nextCursor"),
        )

    async def create(
        self,
        name: str,
        *,
        slug: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> ApiResponse[Tenant]:
        """Like :meth:`AsyncTenantsService.create`, with the response's status, headers and ETag."""
        return await self._core.request_raw(
            "POST",
            "/api/tenants",
            "json",
            json=compact({"name": name, "slug": slug}),
            security=[["bearerAuth"]],
            idempotency_header="Idempotency-Key",
            options=request_options,
        )

    async def get(
        self,
        tenant_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> ApiResponse[Tenant]:
        """Like :meth:`AsyncTenantsService.get`, with the response's status, headers and ETag."""
        return await self._core.request_raw(
            "GET",
            "/api/tenants/{tenantId}",
            "json",
            path_params={"tenantId": tenant_id},
            security=[["bearerAuth"]],
            options=request_options,
        )

    async def delete(
        self,
        tenant_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> ApiResponse[Empty]:
        """Like :meth:`AsyncTenantsService.delete`, with the response's status, headers and ETag."""
        return await self._core.request_raw(
            "DELETE",
            "/api/tenants/{tenantId}",
            "json",
            path_params={"tenantId": tenant_id},
            security=[["bearerAuth"]],
            options=request_options,
        )

    async def update(
        self,
        tenant_id: str,
        *,
        name: str | None = None,
        slug: str | None = None,
        if_match: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> ApiResponse[Tenant]:
        """Like :meth:`AsyncTenantsService.update`, with the response's status, headers and ETag."""
        return await self._core.request_raw(
            "PATCH",
            "/api/tenants/{tenantId}",
            "json",
            path_params={"tenantId": tenant_id},
            headers={"If-Match": if_match},
            json=compact({"name": name, "slug": slug}),
            security=[["bearerAuth"]],
            options=request_options,
        )

    async def list_members(
        self,
        tenant_id: str,
        *,
        limit: int | None = None,
        cursor: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> ApiResponse[Page[Member]]:
        """Like :meth:`AsyncTenantsService.list_members`, with the response's status, headers and
        ETag.
        """
        response = await self._core.request_raw(
            "GET",
            "/api/tenants/{tenantId}/members",
            "json",
            path_params={"tenantId": tenant_id},
            query={"limit": limit, "cursor": cursor},
            security=[["bearerAuth"]],
            options=request_options,
        )
        return response.with_data(
            Page.from_data(response.data, items_field="items", next_cursor_field="nextCursor"),
        )

    async def add_member(
        self,
        tenant_id: str,
        *,
        email: str | None = None,
        user_id: str | None = None,
        role: TenantRole | None = None,
        request_options: RequestOptions | None = None,
    ) -> ApiResponse[Member]:
        """Like :meth:`AsyncTenantsService.add_member`, with the response's status, headers and
        ETag.
        """
        return await self._core.request_raw(
            "POST",
            "/api/tenants/{tenantId}/members",
            "json",
            path_params={"tenantId": tenant_id},
            json=compact(
                {"email": email, "userId": user_id, "role": fill(role, self._default_role)},
            ),
            security=[["bearerAuth"]],
            idempotency_header="Idempotency-Key",
            options=request_options,
        )

    async def remove_member(
        self,
        tenant_id: str,
        user_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> ApiResponse[Empty]:
        """Like :meth:`AsyncTenantsService.remove_member`, with the response's status, headers
        and ETag.
        """
        return await self._core.request_raw(
            "DELETE",
            "/api/tenants/{tenantId}/members/{userId}",
            "json",
            path_params={"tenantId": tenant_id, "userId": user_id},
            security=[["bearerAuth"]],
            options=request_options,
        )

    async def update_member_role(
        self,
        tenant_id: str,
        user_id: str,
        role: TenantRole,
        *,
        request_options: RequestOptions | None = None,
    ) -> ApiResponse[Member]:
        """Like :meth:`AsyncTenantsService.update_member_role`, with the response's status,
        headers and ETag.
        """
        return await self._core.request_raw(
            "PATCH",
            "/api/tenants/{tenantId}/members/{userId}",
            "json",
            path_params={"tenantId": tenant_id, "userId": user_id},
            json={"role": role},
            security=[["bearerAuth"]],
            options=request_options,
        )
