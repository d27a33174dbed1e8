"""The Permissions service: Tenant RBAC roles, role assignment and permission checks."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator, Sequence
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
    from ..types import Empty, PermissionCheck, Role, RoleAssignment

__all__ = [
    "AsyncPermissionsService",
    "AsyncPermissionsServiceWithRawResponse",
    "PermissionsService",
    "PermissionsServiceWithRawResponse",
]


class PermissionsService:
    """Tenant RBAC roles, role assignment and permission checks."""

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

    def list_roles(
        self,
        tenant_id: str,
        *,
        limit: int | None = None,
        cursor: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> Page[Role]:
        """List roles.

        Lists the custom RBAC roles of a tenant. (The built-in tenant roles owner/admin/member
        are not listed here.)

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
            "/api/tenants/{tenantId}/roles",
            path_params={"tenantId": tenant_id},
            query={"limit": limit, "cursor": cursor},
            security=[["bearerAuth"]],
            options=request_options,
        )
        return Page.from_data(result, items_field="items", next_cursor_field="nextCursor")

    def list_all_roles(
        self,
        tenant_id: str,
        *,
        limit: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> Iterator[Role]:
        """Iterates over every item of :meth:`list_roles`, fetching one page at a time as needed.

        Args:
            tenant_id: Tenant id (`ten_...`).
            limit: Maximum number of items in the page. The API's default is ``20``.
            request_options: Per-call options: ``timeout``, extra ``headers``,
                ``idempotency_key``, ``max_retries``.
        """
        return iterate_pages(
            partial(self.list_roles, tenant_id, limit=limit, request_options=request_options),
            "cursor",
        )

    def create_role(
        self,
        tenant_id: str,
        name: str,
        permissions: Sequence[str],
        *,
        description: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> Role:
        """Create a role.

        Creates a custom role, a named set of permission strings (`resource:action`). Role
        names are unique in a tenant (409).

        Args:
            tenant_id: Tenant id (`ten_...`).
            name: Unique in the tenant; lowercase letters, digits, `-` and `_`.
            permissions: The `permissions` field of the request body.
            description: The `description` field of the request body.
            request_options: Per-call options: ``timeout``, extra ``headers``,
                ``idempotency_key``, ``max_retries``.

        Returns:
            The new role.

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
        result: Role = self._core.request(
            "POST",
            "/api/tenants/{tenantId}/roles",
            path_params={"tenantId": tenant_id},
            json=compact({"name": name, "permissions": permissions, "description": description}),
            security=[["bearerAuth"]],
            idempotency_header="Idempotency-Key",
            options=request_options,
        )
        return result

    def get_role(
        self,
        tenant_id: str,
        role_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> Role:
        """Get a role.

        Returns a role with its `ETag`.

        Args:
            tenant_id: Tenant id (`ten_...`).
            role_id: Role id (`rol_...`).
            request_options: Per-call options: ``timeout``, extra ``headers``,
                ``idempotency_key``, ``max_retries``.

        Returns:
            The role.

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
        result: Role = self._core.request(
            "GET",
            "/api/tenants/{tenantId}/roles/{roleId}",
            path_params={"tenantId": tenant_id, "roleId": role_id},
            security=[["bearerAuth"]],
            options=request_options,
        )
        return result

    def delete_role(
        self,
        tenant_id: str,
        role_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> Empty:
        """Delete a role.

        Deletes a role and removes it from every member that held it.

        Args:
            tenant_id: Tenant id (`ten_...`).
            role_id: Role id (`rol_...`).
            request_options: Per-call options: ``timeout``, extra ``headers``,
                ``idempotency_key``, ``max_retries``.

        Returns:
            Role deleted.

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
            "/api/tenants/{tenantId}/roles/{roleId}",
            path_params={"tenantId": tenant_id, "roleId": role_id},
            security=[["bearerAuth"]],
            options=request_options,
        )
        return result

    def update_role(
        self,
        tenant_id: str,
        role_id: str,
        *,
        name: str | None = None,
        description: str | None = None,
        permissions: Sequence[str] | None = None,
        if_match: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> Role:
        """Update a role.

        Renames a role or replaces its permissions (effective immediately for every member
        holding it). Send `If-Match` with the `ETag` from `permissionsGetRole` (412 if it no
        longer matches).

        Args:
            tenant_id: Tenant id (`ten_...`).
            role_id: Role id (`rol_...`).
            name: The `name` field of the request body.
            description: The `description` field of the request body.
            permissions: The `permissions` field of the request body.
            if_match: The `ETag` of the version being updated. When given and the resource
                has changed since, the update is refused with 412 `precondition_failed`.
            request_options: Per-call options: ``timeout``, extra ``headers``,
                ``idempotency_key``, ``max_retries``.

        Returns:
            The updated role.

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
        result: Role = self._core.request(
            "PATCH",
            "/api/tenants/{tenantId}/roles/{roleId}",
            path_params={"tenantId": tenant_id, "roleId": role_id},
            headers={"If-Match": if_match},
            json=compact({"name": name, "description": description, "permissions": permissions}),
            security=[["bearerAuth"]],
            options=request_options,
        )
        return result

    def assign_role(
        self,
        tenant_id: str,
        user_id: str,
        role_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> RoleAssignment:
        """Assign a role to a member.

        Gives a member a custom role. Idempotent; assigning a role the member already holds
        returns the existing assignment.

        Args:
            tenant_id: Tenant id (`ten_...`).
            user_id: User id (`usr_...`).
            role_id: Role id (`rol_...`).
            request_options: Per-call options: ``timeout``, extra ``headers``,
                ``idempotency_key``, ``max_retries``.

        Returns:
            The assignment.

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
        result: RoleAssignment = self._core.request(
            "PUT",
            "/api/tenants/{tenantId}/members/{userId}/roles/{roleId}",
            path_params={"tenantId": tenant_id, "userId": user_id, "roleId": role_id},
            security=[["bearerAuth"]],
            options=request_options,
        )
        return result

    def unassign_role(
        self,
        tenant_id: str,
        user_id: str,
        role_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> Empty:
        """Unassign a role from a member.

        Takes a custom role away from a member. 404 if the member does not hold it.

        Args:
            tenant_id: Tenant id (`ten_...`).
            user_id: User id (`usr_...`).
            role_id: Role id (`rol_...`).
            request_options: Per-call options: ``timeout``, extra ``headers``,
                ``idempotency_key``, ``max_retries``.

        Returns:
            Role unassigned.

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
            "/api/tenants/{tenantId}/members/{userId}/roles/{roleId}",
            path_params={"tenantId": tenant_id, "userId": user_id, "roleId": role_id},
            security=[["bearerAuth"]],
            options=request_options,
        )
        return result

    def check(
        self,
        tenant_id: str,
        user_id: str,
        permission: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> PermissionCheck:
        """Check a permission.

        Tells whether a user holds a permission in the tenant, through a custom role or their
        tenant role (owners and admins hold every permission). A denial is `allowed: false`,
        not an error.

        Args:
            tenant_id: Tenant id (`ten_...`).
            user_id: The `userId` field of the request body.
            permission: Permission string, `resource:action`.
            request_options: Per-call options: ``timeout``, extra ``headers``,
                ``idempotency_key``, ``max_retries``.

        Returns:
            The decision.

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
        result: PermissionCheck = self._core.request(
            "POST",
            "/api/tenants/{tenantId}/permissions/check",
            path_params={"tenantId": tenant_id},
            json={"userId": user_id, "permission": permission},
            security=[["bearerAuth"]],
            options=request_options,
        )
        return result

    @property
    def with_raw_response(self) -> PermissionsServiceWithRawResponse:
        """The same methods, returning an ``ApiResponse`` (``data``, ``status``, ``headers``,
        ``request_id``, ``etag``).
        """
        return PermissionsServiceWithRawResponse(self._core)


class PermissionsServiceWithRawResponse:
    """The methods of :class:`PermissionsService` returning an ``ApiResponse``: the same data
    plus the response's status, headers, request id and ``ETag``.
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

    def list_roles(
        self,
        tenant_id: str,
        *,
        limit: int | None = None,
        cursor: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> ApiResponse[Page[Role]]:
        """Like :meth:`PermissionsService.list_roles`, with the response's status, headers and
        ETag.
        """
        response = self._core.request_raw(
            "GET",
            "/api/tenants/{tenantId}/roles",
            "json",
            path_params={"tenantId": tenant_id},
            query={"limit": limit, "cursor": cursor},
            security=[["bearerAuth"]],
            options=request_options,
        )
        return response.with_data(
            Page.from_data(response.data, items_field="items", next_cursor_field="nextCursor"),
        )

    def create_role(
        self,
        tenant_id: str,
        name: str,
        permissions: Sequence[str],
        *,
        description: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> ApiResponse[Role]:
        """Like :meth:`PermissionsService.create_role`, with the response's status, headers and
        ETag.
        """
        return self._core.request_raw(
            "POST",
            "/api/tenants/{tenantId}/roles",
            "json",
            path_params={"tenantId": tenant_id},
            json=compact({"name": name, "permissions": permissions, "description": description}),
            security=[["bearerAuth"]],
            idempotency_header="Idempotency-Key",
            options=request_options,
        )

    def get_role(
        self,
        tenant_id: str,
        role_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> ApiResponse[Role]:
        """Like :meth:`PermissionsService.get_role`, with the response's status, headers and
        ETag.
        """
        return self._core.request_raw(
            "GET",
            "/api/tenants/{tenantId}/roles/{roleId}",
            "json",
            path_params={"tenantId": tenant_id, "roleId": role_id},
            security=[["bearerAuth"]],
            options=request_options,
        )

    def delete_role(
        self,
        tenant_id: str,
        role_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> ApiResponse[Empty]:
        """Like :meth:`PermissionsService.delete_role`, with the response's status, headers and
        ETag.
        """
        return self._core.request_raw(
            "DELETE",
            "/api/tenants/{tenantId}/roles/{roleId}",
            "json",
            path_params={"tenantId": tenant_id, "roleId": role_id},
            security=[["bearerAuth"]],
            options=request_options,
        )

    def update_role(
        self,
        tenant_id: str,
        role_id: str,
        *,
        name: str | None = None,
        description: str | None = None,
        permissions: Sequence[str] | None = None,
        if_match: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> ApiResponse[Role]:
        """Like :meth:`PermissionsService.update_role`, with the response's status, headers and
        ETag.
        """
        return self._core.request_raw(
            "PATCH",
            "/api/tenants/{tenantId}/roles/{roleId}",
            "json",
            path_params={"tenantId": tenant_id, "roleId": role_id},
            headers={"If-Match": if_match},
            json=compact({"name": name, "description": description, "permissions": permissions}),
            security=[["bearerAuth"]],
            options=request_options,
        )

    def assign_role(
        self,
        tenant_id: str,
        user_id: str,
        role_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> ApiResponse[RoleAssignment]:
        """Like :meth:`PermissionsService.assign_role`, with the response's status, headers and
        ETag.
        """
        return self._core.request_raw(
            "PUT",
            "/api/tenants/{tenantId}/members/{userId}/roles/{roleId}",
            "json",
            path_params={"tenantId": tenant_id, "userId": user_id, "roleId": role_id},
            security=[["bearerAuth"]],
            options=request_options,
        )

    def unassign_role(
        self,
        tenant_id: str,
        user_id: str,
        role_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> ApiResponse[Empty]:
        """Like :meth:`PermissionsService.unassign_role`, with the response's status, headers and
        ETag.
        """
        return self._core.request_raw(
            "DELETE",
            "/api/tenants/{tenantId}/members/{userId}/roles/{roleId}",
            "json",
            path_params={"tenantId": tenant_id, "userId": user_id, "roleId": role_id},
            security=[["bearerAuth"]],
            options=request_options,
        )

    def check(
        self,
        tenant_id: str,
        user_id: str,
        permission: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> ApiResponse[PermissionCheck]:
        """Like :meth:`PermissionsService.check`, with the response's status, headers and ETag."""
        return self._core.request_raw(
            "POST",
            "/api/tenants/{tenantId}/permissions/check",
            "json",
            path_params={"tenantId": tenant_id},
            json={"userId": user_id, "permission": permission},
            security=[["bearerAuth"]],
            options=request_options,
        )


class AsyncPermissionsService:
    """Tenant RBAC roles, role assignment and permission checks.

    Coroutine twin of :class:`PermissionsService`; every method is awaited.
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

    async def list_roles(
        self,
        tenant_id: str,
        *,
        limit: int | None = None,
        cursor: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> Page[Role]:
        """List roles.

        Lists the custom RBAC roles of a tenant. (The built-in tenant roles owner/admin/member
        are not listed here.)

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
            "/api/tenants/{tenantId}/roles",
            path_params={"tenantId": tenant_id},
            query={"limit": limit, "cursor": cursor},
            security=[["bearerAuth"]],
            options=request_options,
        )
        return Page.from_data(result, items_field="items", next_cursor_field="nextCursor")

    def list_all_roles(
        self,
        tenant_id: str,
        *,
        limit: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncIterator[Role]:
        """Iterates over every item of :meth:`list_roles`, fetching one page at a time as needed.

        Args:
            tenant_id: Tenant id (`ten_...`).
            limit: Maximum number of items in the page. The API's default is ``20``.
            request_options: Per-call options: ``timeout``, extra ``headers``,
                ``idempotency_key``, ``max_retries``.
        """
        return aiterate_pages(
            partial(self.list_roles, tenant_id, limit=limit, request_options=request_options),
            "cursor",
        )

    async def create_role(
        self,
        tenant_id: str,
        name: str,
        permissions: Sequence[str],
        *,
        description: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> Role:
        """Create a role.

        Creates a custom role, a named set of permission strings (`resource:action`). Role
        names are unique in a tenant (409).

        Args:
            tenant_id: Tenant id (`ten_...`).
            name: Unique in the tenant; lowercase letters, digits, `-` and `_`.
            permissions: The `permissions` field of the request body.
            description: The `description` field of the request body.
            request_options: Per-call options: ``timeout``, extra ``headers``,
                ``idempotency_key``, ``max_retries``.

        Returns:
            The new role.

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
        result: Role = await self._core.request(
            "POST",
            "/api/tenants/{tenantId}/roles",
            path_params={"tenantId": tenant_id},
            json=compact({"name": name, "permissions": permissions, "description": description}),
            security=[["bearerAuth"]],
            idempotency_header="Idempotency-Key",
            options=request_options,
        )
        return result

    async def get_role(
        self,
        tenant_id: str,
        role_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> Role:
        """Get a role.

        Returns a role with its `ETag`.

        Args:
            tenant_id: Tenant id (`ten_...`).
            role_id: Role id (`rol_...`).
            request_options: Per-call options: ``timeout``, extra ``headers``,
                ``idempotency_key``, ``max_retries``.

        Returns:
            The role.

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
        result: Role = await self._core.request(
            "GET",
            "/api/tenants/{tenantId}/roles/{roleId}",
            path_params={"tenantId": tenant_id, "roleId": role_id},
            security=[["bearerAuth"]],
            options=request_options,
        )
        return result

    async def delete_role(
        self,
        tenant_id: str,
        role_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> Empty:
        """Delete a role.

        Deletes a role and removes it from every member that held it.

        Args:
            tenant_id: Tenant id (`ten_...`).
            role_id: Role id (`rol_...`).
            request_options: Per-call options: ``timeout``, extra ``headers``,
                ``idempotency_key``, ``max_retries``.

        Returns:
            Role deleted.

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
            "/api/tenants/{tenantId}/roles/{roleId}",
            path_params={"tenantId": tenant_id, "roleId": role_id},
            security=[["bearerAuth"]],
            options=request_options,
        )
        return result

    async def update_role(
        self,
        tenant_id: str,
        role_id: str,
        *,
        name: str | None = None,
        description: str | None = None,
        permissions: Sequence[str] | None = None,
        if_match: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> Role:
        """Update a role.

        Renames a role or replaces its permissions (effective immediately for every member
        holding it). Send `If-Match` with the `ETag` from `permissionsGetRole` (412 if it no
        longer matches).

        Args:
            tenant_id: Tenant id (`ten_...`).
            role_id: Role id (`rol_...`).
            name: The `name` field of the request body.
            description: The `description` field of the request body.
            permissions: The `permissions` field of the request body.
            if_match: The `ETag` of the version being updated. When given and the resource
                has changed since, the update is refused with 412 `precondition_failed`.
            request_options: Per-call options: ``timeout``, extra ``headers``,
                ``idempotency_key``, ``max_retries``.

        Returns:
            The updated role.

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
        result: Role = await self._core.request(
            "PATCH",
            "/api/tenants/{tenantId}/roles/{roleId}",
            path_params={"tenantId": tenant_id, "roleId": role_id},
            headers={"If-Match": if_match},
            json=compact({"name": name, "description": description, "permissions": permissions}),
            security=[["bearerAuth"]],
            options=request_options,
        )
        return result

    async def assign_role(
        self,
        tenant_id: str,
        user_id: str,
        role_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> RoleAssignment:
        """Assign a role to a member.

        Gives a member a custom role. Idempotent; assigning a role the member already holds
        returns the existing assignment.

        Args:
            tenant_id: Tenant id (`ten_...`).
            user_id: User id (`usr_...`).
            role_id: Role id (`rol_...`).
            request_options: Per-call options: ``timeout``, extra ``headers``,
                ``idempotency_key``, ``max_retries``.

        Returns:
            The assignment.

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
        result: RoleAssignment = await self._core.request(
            "PUT",
            "/api/tenants/{tenantId}/members/{userId}/roles/{roleId}",
            path_params={"tenantId": tenant_id, "userId": user_id, "roleId": role_id},
            security=[["bearerAuth"]],
            options=request_options,
        )
        return result

    async def unassign_role(
        self,
        tenant_id: str,
        user_id: str,
        role_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> Empty:
        """Unassign a role from a member.

        Takes a custom role away from a member. 404 if the member does not hold it.

        Args:
            tenant_id: Tenant id (`ten_...`).
            user_id: User id (`usr_...`).
            role_id: Role id (`rol_...`).
            request_options: Per-call options: ``timeout``, extra ``headers``,
                ``idempotency_key``, ``max_retries``.

        Returns:
            Role unassigned.

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
            "/api/tenants/{tenantId}/members/{userId}/roles/{roleId}",
            path_params={"tenantId": tenant_id, "userId": user_id, "roleId": role_id},
            security=[["bearerAuth"]],
            options=request_options,
        )
        return result

    async def check(
        self,
        tenant_id: str,
        user_id: str,
        permission: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> PermissionCheck:
        """Check a permission.

        Tells whether a user holds a permission in the tenant, through a custom role or their
        tenant role (owners and admins hold every permission). A denial is `allowed: false`,
        not an error.

        Args:
            tenant_id: Tenant id (`ten_...`).
            user_id: The `userId` field of the request body.
            permission: Permission string, `resource:action`.
            request_options: Per-call options: ``timeout``, extra ``headers``,
                ``idempotency_key``, ``max_retries``.

        Returns:
            The decision.

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
        result: PermissionCheck = await self._core.request(
            "POST",
            "/api/tenants/{tenantId}/permissions/check",
            path_params={"tenantId": tenant_id},
            json={"userId": user_id, "permission": permission},
            security=[["bearerAuth"]],
            options=request_options,
        )
        return result

    @property
    def with_raw_response(self) -> AsyncPermissionsServiceWithRawResponse:
        """The same methods, returning an ``ApiResponse`` (``data``, ``status``, ``headers``,
        ``request_id``, ``etag``).
        """
        return AsyncPermissionsServiceWithRawResponse(self._core)


class AsyncPermissionsServiceWithRawResponse:
    """The methods of :class:`AsyncPermissionsService` returning an ``ApiResponse``: the same
    data plus the response's status, headers, request id and ``ETag``.
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

    async def list_roles(
        self,
        tenant_id: str,
        *,
        limit: int | None = None,
        cursor: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> ApiResponse[Page[Role]]:
        """Like :meth:`AsyncPermissionsService.list_roles`, with the response's status, headers
        and ETag.
        """
        response = await self._core.request_raw(
            "GET",
            "/api/tenants/{tenantId}/roles",
            "json",
            path_params={"tenantId": tenant_id},
            query={"limit": limit, "cursor": cursor},
            security=[["bearerAuth"]],
            options=request_options,
        )
        return response.with_data(
            Page.from_data(response.data, items_field="items", next_cursor_field="nextCursor"),
        )

    async def create_role(
        self,
        tenant_id: str,
        name: str,
        permissions: Sequence[str],
        *,
        description: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> ApiResponse[Role]:
        """Like :meth:`AsyncPermissionsService.create_role`, with the response's status, headers
        and ETag.
        """
        return await self._core.request_raw(
            "POST",
            "/api/tenants/{tenantId}/roles",
            "json",
            path_params={"tenantId": tenant_id},
            json=compact({"name": name, "permissions": permissions, "description": description}),
            security=[["bearerAuth"]],
            idempotency_header="Idempotency-Key",
            options=request_options,
        )

    async def get_role(
        self,
        tenant_id: str,
        role_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> ApiResponse[Role]:
        """Like :meth:`AsyncPermissionsService.get_role`, with the response's status, headers and
        ETag.
        """
        return await self._core.request_raw(
            "GET",
            "/api/tenants/{tenantId}/roles/{roleId}",
            "json",
            path_params={"tenantId": tenant_id, "roleId": role_id},
            security=[["bearerAuth"]],
            options=request_options,
        )

    async def delete_role(
        self,
        tenant_id: str,
        role_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> ApiResponse[Empty]:
        """Like :meth:`AsyncPermissionsService.delete_role`, with the response's status, headers
        and ETag.
        """
        return await self._core.request_raw(
            "DELETE",
            "/api/tenants/{tenantId}/roles/{roleId}",
            "json",
            path_params={"tenantId": tenant_id, "roleId": role_id},
            security=[["bearerAuth"]],
            options=request_options,
        )

    async def update_role(
        self,
        tenant_id: str,
        role_id: str,
        *,
        name: str | None = None,
        description: str | None = None,
        permissions: Sequence[str] | None = None,
        if_match: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> ApiResponse[Role]:
        """Like :meth:`AsyncPermissionsService.update_role`, with the response's status, headers
        and ETag.
        """
        return await self._core.request_raw(
            "PATCH",
            "/api/tenants/{tenantId}/roles/{roleId}",
            "json",
            path_params={"tenantId": tenant_id, "roleId": role_id},
            headers={"If-Match": if_match},
            json=compact({"name": name, "description": description, "permissions": permissions}),
            security=[["bearerAuth"]],
            options=request_options,
        )

    async def assign_role(
        self,
        tenant_id: str,
        user_id: str,
        role_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> ApiResponse[RoleAssignment]:
        """Like :meth:`AsyncPermissionsService.assign_role`, with the response's status, headers
        and ETag.
        """
        return await self._core.request_raw(
            "PUT",
            "/api/tenants/{tenantId}/members/{userId}/roles/{roleId}",
            "json",
            path_params={"tenantId": tenant_id, "userId": user_id, "roleId": role_id},
            security=[["bearerAuth"]],
            options=request_options,
        )

    async def unassign_role(
        self,
        tenant_id: str,
        user_id: str,
        role_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> ApiResponse[Empty]:
        """Like :meth:`AsyncPermissionsService.unassign_role`, with the response's status,
        headers and ETag.
        """
        return await self._core.request_raw(
            "DELETE",
            "/api/tenants/{tenantId}/members/{userId}/roles/{roleId}",
            "json",
            path_params={"tenantId": tenant_id, "userId": user_id, "roleId": role_id},
            security=[["bearerAuth"]],
            options=request_options,
        )

    async def check(
        self,
        tenant_id: str,
        user_id: str,
        permission: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> ApiResponse[PermissionCheck]:
        """Like :meth:`AsyncPermissionsService.check`, with the response's status, headers and
        ETag.
        """
        return await self._core.request_raw(
            "POST",
            "/api/tenants/{tenantId}/permissions/check",
            "json",
            path_params={"tenantId": tenant_id},
            json={"userId": user_id, "permission": permission},
            security=[["bearerAuth"]],
            options=request_options,
        )
