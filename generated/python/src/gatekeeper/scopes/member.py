"""Scoped clients for the resources under ``/api/tenants/{tenantId}/members/{userId}``."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._runtime import AsyncRequester, RequestOptions, SyncRequester

if TYPE_CHECKING:
    from ..types import Empty, Member, RoleAssignment, TenantRole

__all__ = [
    "AsyncMemberScope",
    "AsyncMemberScopeRoles",
    "MemberScope",
    "MemberScopeRoles",
]


class MemberScope:
    """Client scoped to one member: every operation under
    ``/api/tenants/{tenantId}/members/{userId}`` with ``tenant_id``, ``user_id`` bound.
    """

    def __init__(
        self,
        core: SyncRequester,
        tenant_id: str,
        user_id: str,
        *,
        default_role: TenantRole | None = None,
    ) -> None:
        """Binds the resource.

        Args:
            core: The core (or any object with its ``request`` methods) to send calls with.
            tenant_id: The ``tenantId`` path parameter bound to every call.
            user_id: The ``userId`` path parameter bound to every call.
            default_role: The ``default_role`` of the :class:`TenantsService` calls go
                through.
        """
        from ..services.tenants import TenantsService

        self._core = core
        self.tenant_id: str = tenant_id
        self.user_id: str = user_id
        self._tenants = TenantsService(core, default_role=default_role)
        self.roles = MemberScopeRoles(core, tenant_id, user_id)

    def remove(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> Empty:
        """Remove a member. Same as :meth:`TenantsService.remove_member`.

        Args:
            request_options: Per-call options: ``timeout``, extra ``headers``,
                ``idempotency_key``, ``max_retries``.
        """
        return self._tenants.remove_member(
            tenant_id=self.tenant_id,
            user_id=self.user_id,
            request_options=request_options,
        )

    def update_role(
        self,
        role: TenantRole,
        *,
        request_options: RequestOptions | None = None,
    ) -> Member:
        """Change a member's role. Same as :meth:`TenantsService.update_member_role`.

        Args:
            role: The `role` field of the request body.
            request_options: Per-call options: ``timeout``, extra ``headers``,
                ``idempotency_key``, ``max_retries``.
        """
        return self._tenants.update_member_role(
            tenant_id=self.tenant_id,
            user_id=self.user_id,
            role=role,
            request_options=request_options,
        )


class MemberScopeRoles:
    """The ``roles`` operations of :class:`MemberScope`."""

    def __init__(
        self,
        core: SyncRequester,
        tenant_id: str,
        user_id: str,
    ) -> None:
        """Binds the resource.

        Args:
            core: The core (or any object with its ``request`` methods) to send calls with.
            tenant_id: The ``tenantId`` path parameter bound to every call.
            user_id: The ``userId`` path parameter bound to every call.
        """
        from ..services.permissions import PermissionsService

        self._core = core
        self.tenant_id: str = tenant_id
        self.user_id: str = user_id
        self._permissions = PermissionsService(core)

    def assign(
        self,
        role_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> RoleAssignment:
        """Assign a role to a member. Same as :meth:`PermissionsService.assign_role`.

        Args:
            role_id: Role id (`rol_...`).
            request_options: Per-call options: ``timeout``, extra ``headers``,
                ``idempotency_key``, ``max_retries``.
        """
        return self._permissions.assign_role(
            tenant_id=self.tenant_id,
            user_id=self.user_id,
            role_id=role_id,
            request_options=request_options,
        )

    def unassign(
        self,
        role_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> Empty:
        """Unassign a role from a member. Same as :meth:`PermissionsService.unassign_role`.

        Args:
            role_id: Role id (`rol_...`).
            request_options: Per-call options: ``timeout``, extra ``headers``,
                ``idempotency_key``, ``max_retries``.
        """
        return self._permissions.unassign_role(
            tenant_id=self.tenant_id,
            user_id=self.user_id,
            role_id=role_id,
            request_options=request_options,
        )


class AsyncMemberScope:
    """Async client scoped to one member: every operation under
    ``/api/tenants/{tenantId}/members/{userId}`` with ``tenant_id``, ``user_id`` bound.
    """

    def __init__(
        self,
        core: AsyncRequester,
        tenant_id: str,
        user_id: str,
        *,
        default_role: TenantRole | None = None,
    ) -> None:
        """Binds the resource.

        Args:
            core: The core (or any object with its ``request`` methods) to send calls with.
            tenant_id: The ``tenantId`` path parameter bound to every call.
            user_id: The ``userId`` path parameter bound to every call.
            default_role: The ``default_role`` of the :class:`TenantsService` calls go
                through.
        """
        from ..services.tenants import AsyncTenantsService

        self._core = core
        self.tenant_id: str = tenant_id
        self.user_id: str = user_id
        self._tenants = AsyncTenantsService(core, default_role=default_role)
        self.roles = AsyncMemberScopeRoles(core, tenant_id, user_id)

    async def remove(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> Empty:
        """Remove a member. Same as :meth:`AsyncTenantsService.remove_member`.

        Args:
            request_options: Per-call options: ``timeout``, extra ``headers``,
                ``idempotency_key``, ``max_retries``.
        """
        return await self._tenants.remove_member(
            tenant_id=self.tenant_id,
            user_id=self.user_id,
            request_options=request_options,
        )

    async def update_role(
        self,
        role: TenantRole,
        *,
        request_options: RequestOptions | None = None,
    ) -> Member:
        """Change a member's role. Same as :meth:`AsyncTenantsService.update_member_role`.

        Args:
            role: The `role` field of the request body.
            request_options: Per-call options: ``timeout``, extra ``headers``,
                ``idempotency_key``, ``max_retries``.
        """
        return await self._tenants.update_member_role(
            tenant_id=self.tenant_id,
            user_id=self.user_id,
            role=role,
            request_options=request_options,
        )


class AsyncMemberScopeRoles:
    """The ``roles`` operations of :class:`AsyncMemberScope`."""

    def __init__(
        self,
        core: AsyncRequester,
        tenant_id: str,
        user_id: str,
    ) -> None:
        """Binds the resource.

        Args:
            core: The core (or any object with its ``request`` methods) to send calls with.
            tenant_id: The ``tenantId`` path parameter bound to every call.
            user_id: The ``userId`` path parameter bound to every call.
        """
        from ..services.permissions import AsyncPermissionsService

        self._core = core
        self.tenant_id: str = tenant_id
        self.user_id: str = user_id
        self._permissions = AsyncPermissionsService(core)

    async def assign(
        self,
        role_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> RoleAssignment:
        """Assign a role to a member. Same as :meth:`AsyncPermissionsService.assign_role`.

        Args:
            role_id: Role id (`rol_...`).
            request_options: Per-call options: ``timeout``, extra ``headers``,
                ``idempotency_key``, ``max_retries``.
        """
        return await self._permissions.assign_role(
            tenant_id=self.tenant_id,
            user_id=self.user_id,
            role_id=role_id,
            request_options=request_options,
        )

    async def unassign(
        self,
        role_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> Empty:
        """Unassign a role from a member. Same as :meth:`AsyncPermissionsService.unassign_role`.

        Args:
            role_id: Role id (`rol_...`).
            request_options: Per-call options: ``timeout``, extra ``headers``,
                ``idempotency_key``, ``max_retries``.
        """
        return await self._permissions.unassign_role(
            tenant_id=self.tenant_id,
            user_id=self.user_id,
            role_id=role_id,
            request_options=request_options,
        )
