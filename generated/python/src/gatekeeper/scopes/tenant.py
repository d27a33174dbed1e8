"""Scoped clients for the resources under ``/api/tenants/{tenantId}``."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator, Sequence
from typing import TYPE_CHECKING

from .._runtime import AsyncRequester, Page, RequestOptions, SyncRequester

if TYPE_CHECKING:
    from ..types import (
        ApiKey,
        AuditEntry,
        AuditExportFormat,
        Empty,
        Entitlements,
        Invoice,
        KeyStatus,
        Member,
        Metadata,
        PermissionCheck,
        QuotaPeriod,
        Role,
        Subscription,
        Tenant,
        TenantRole,
        UsageEvent,
        UsageSummary,
        WebhookEndpoint,
        WebhookEventType,
    )
    from .member import AsyncMemberScope, MemberScope
    from .webhook import AsyncWebhookScope, WebhookScope

__all__ = [
    "AsyncTenantScope",
    "AsyncTenantScopeAudit",
    "AsyncTenantScopeBilling",
    "AsyncTenantScopeKeys",
    "AsyncTenantScopeMembers",
    "AsyncTenantScopePermissions",
    "AsyncTenantScopeRoles",
    "AsyncTenantScopeUsage",
    "AsyncTenantScopeWebhooks",
    "TenantScope",
    "TenantScopeAudit",
    "TenantScopeBilling",
    "TenantScopeKeys",
    "TenantScopeMembers",
    "TenantScopePermissions",
    "TenantScopeRoles",
    "TenantScopeUsage",
    "TenantScopeWebhooks",
]


class TenantScope:
    """Client scoped to one tenant: every operation under ``/api/tenants/{tenantId}`` with
    ``tenant_id`` bound.
    """

    def __init__(
        self,
        core: SyncRequester,
        tenant_id: str,
        *,
        default_role: TenantRole | None = None,
        default_scopes: Sequence[str] | None = None,
        default_quota_period: QuotaPeriod | None = None,
        default_format: AuditExportFormat | None = None,
    ) -> None:
        """Binds the resource.

        Args:
            core: The core (or any object with its ``request`` methods) to send calls with.
            tenant_id: The ``tenantId`` path parameter bound to every call.
            default_role: The ``default_role`` of the :class:`TenantsService` calls go
                through.
            default_scopes: The ``default_scopes`` of the :class:`KeysService` calls go
                through.
            default_quota_period: The ``default_quota_period`` of the :class:`KeysService`
                calls go through.
            default_format: The ``default_format`` of the :class:`AuditService` calls go
                through.
        """
        from ..services.tenants import TenantsService

        self._core = core
        self.tenant_id: str = tenant_id
        self._default_role: TenantRole | None = default_role
        self._tenants = TenantsService(core, default_role=default_role)
        self.members = TenantScopeMembers(core, tenant_id, default_role=default_role)
        self.keys = TenantScopeKeys(
            core,
            tenant_id,
            default_scopes=default_scopes,
            default_quota_period=default_quota_period,
        )
        self.usage = TenantScopeUsage(core, tenant_id)
        self.roles = TenantScopeRoles(core, tenant_id)
        self.permissions = TenantScopePermissions(core, tenant_id)
        self.webhooks = TenantScopeWebhooks(core, tenant_id)
        self.audit = TenantScopeAudit(core, tenant_id, default_format=default_format)
        self.billing = TenantScopeBilling(core, tenant_id)

    def get(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> Tenant:
        """Get a tenant. Same as :meth:`TenantsService.get`.

        Args:
            request_options: Per-call options: ``timeout``, extra ``headers``,
                ``idempotency_key``, ``max_retries``.
        """
        return self._tenants.get(tenant_id=self.tenant_id, request_options=request_options)

    def delete(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> Empty:
        """Delete a tenant. Same as :meth:`TenantsService.delete`.

        Args:
            request_options: Per-call options: ``timeout``, extra ``headers``,
                ``idempotency_key``, ``max_retries``.
        """
        return self._tenants.delete(tenant_id=self.tenant_id, request_options=request_options)

    def update(
        self,
        *,
        name: str | None = None,
        slug: str | None = None,
        if_match: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> Tenant:
        """Update a tenant. Same as :meth:`TenantsService.update`.

        Args:
            name: The `name` field of the request body.
            slug: The `slug` field of the request body.
            if_match: The `ETag` of the version being updated. When given and the resource
                has changed since, the update is refused with 412 `precondition_failed`.
            request_options: Per-call options: ``timeout``, extra ``headers``,
                ``idempotency_key``, ``max_retries``.
        """
        return self._tenants.update(
            tenant_id=self.tenant_id,
            name=name,
            slug=slug,
            if_match=if_match,
            request_options=request_options,
        )

    def member(
        self,
        user_id: str,
    ) -> MemberScope:
        """The nested ``member`` resource ``user_id`` as a scoped client."""
        from .member import MemberScope

        return MemberScope(self._core, self.tenant_id, user_id, default_role=self._default_role)

    def webhook(
        self,
        endpoint_id: str,
    ) -> WebhookScope:
        """The nested ``webhook`` resource ``endpoint_id`` as a scoped client."""
        from .webhook import WebhookScope

        return WebhookScope(self._core, self.tenant_id, endpoint_id)


class TenantScopeMembers:
    """The ``members`` operations of :class:`TenantScope`."""

    def __init__(
        self,
        core: SyncRequester,
        tenant_id: str,
        *,
        default_role: TenantRole | None = None,
    ) -> None:
        """Binds the resource.

        Args:
            core: The core (or any object with its ``request`` methods) to send calls with.
            tenant_id: The ``tenantId`` path parameter bound to every call.
            default_role: The ``default_role`` of the :class:`TenantsService` calls go
                through.
        """
        from ..services.tenants import TenantsService

        self._core = core
        self.tenant_id: str = tenant_id
        self._tenants = TenantsService(core, default_role=default_role)

    def list(
        self,
        *,
        limit: int | None = None,
        cursor: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> Page[Member]:
        """List members. Same as :meth:`TenantsService.list_members`.

        Args:
            limit: Maximum number of items in the page. The API's default is ``20``.
            cursor: Opaque cursor from a previous page's `nextCursor`; absent for the
                first page.
            request_options: Per-call options: ``timeout``, extra ``headers``,
                ``idempotency_key``, ``max_retries``.
        """
        return self._tenants.list_members(
            tenant_id=self.tenant_id,
            limit=limit,
            cursor=cursor,
            request_options=request_options,
        )

    def list_all(
        self,
        *,
        limit: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> Iterator[Member]:
        """Iterates over every item of :meth:`list`, fetching pages as needed."""
        return self._tenants.list_all_members(
            tenant_id=self.tenant_id,
            limit=limit,
            request_options=request_options,
        )

    def add(
        self,
        *,
        email: str | None = None,
        user_id: str | None = None,
        role: TenantRole | None = None,
        request_options: RequestOptions | None = None,
    ) -> Member:
        """Add a member. Same as :meth:`TenantsService.add_member`.

        Args:
            email: Email of an existing user.
            user_id: Id of an existing user.
            role: The `role` field of the request body. Defaults to the service's
                ``default_role``.
            request_options: Per-call options: ``timeout``, extra ``headers``,
                ``idempotency_key``, ``max_retries``.
        """
        return self._tenants.add_member(
            tenant_id=self.tenant_id,
            email=email,
            user_id=user_id,
            role=role,
            request_options=request_options,
        )

    def remove(
        self,
        user_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> Empty:
        """Remove a member. Same as :meth:`TenantsService.remove_member`.

        Args:
            user_id: User id (`usr_...`).
            request_options: Per-call options: ``timeout``, extra ``headers``,
                ``idempotency_key``, ``max_retries``.
        """
        return self._tenants.remove_member(
            tenant_id=self.tenant_id,
            user_id=user_id,
            request_options=request_options,
        )

    def update_role(
        self,
        user_id: str,
        role: TenantRole,
        *,
        request_options: RequestOptions | None = None,
    ) -> Member:
        """Change a member's role. Same as :meth:`TenantsService.update_member_role`.

        Args:
            user_id: User id (`usr_...`).
            role: The `role` field of the request body.
            request_options: Per-call options: ``timeout``, extra ``headers``,
                ``idempotency_key``, ``max_retries``.
        """
        return self._tenants.update_member_role(
            tenant_id=self.tenant_id,
            user_id=user_id,
            role=role,
            request_options=request_options,
        )


class TenantScopeKeys:
    """The ``keys`` operations of :class:`TenantScope`."""

    def __init__(
        self,
        core: SyncRequester,
        tenant_id: str,
        *,
        default_scopes: Sequence[str] | None = None,
        default_quota_period: QuotaPeriod | None = None,
    ) -> None:
        """Binds the resource.

        Args:
            core: The core (or any object with its ``request`` methods) to send calls with.
            tenant_id: The ``tenantId`` path parameter bound to every call.
            default_scopes: The ``default_scopes`` of the :class:`KeysService` calls go
                through.
            default_quota_period: The ``default_quota_period`` of the :class:`KeysService`
                calls go through.
        """
        from ..services.keys import KeysService

        self._core = core
        self.tenant_id: str = tenant_id
        self._keys = KeysService(
            core,
            default_scopes=default_scopes,
            default_quota_period=default_quota_period,
        )

    def list(
        self,
        *,
        status: KeyStatus | None = None,
        limit: int | None = None,
        cursor: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> Page[ApiKey]:
        """List a tenant's API keys. Same as :meth:`KeysService.list`.

        Args:
            status: Only keys in this status. All statuses when absent.
            limit: Maximum number of items in the page. The API's default is ``20``.
            cursor: Opaque cursor from a previous page's `nextCursor`; absent for the
                first page.
            request_options: Per-call options: ``timeout``, extra ``headers``,
                ``idempotency_key``, ``max_retries``.
        """
        return self._keys.list(
            tenant_id=self.tenant_id,
            status=status,
            limit=limit,
            cursor=cursor,
            request_options=request_options,
        )

    def list_all(
        self,
        *,
        status: KeyStatus | None = None,
        limit: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> Iterator[ApiKey]:
        """Iterates over every item of :meth:`list`, fetching pages as needed."""
        return self._keys.list_all(
            tenant_id=self.tenant_id,
            status=status,
            limit=limit,
            request_options=request_options,
        )


class TenantScopeUsage:
    """The ``usage`` operations of :class:`TenantScope`."""

    def __init__(
        self,
        core: SyncRequester,
        tenant_id: str,
    ) -> None:
        """Binds the resource.

        Args:
            core: The core (or any object with its ``request`` methods) to send calls with.
            tenant_id: The ``tenantId`` path parameter bound to every call.
        """
        from ..services.usage import UsageService

        self._core = core
        self.tenant_id: str = tenant_id
        self._usage = UsageService(core)

    def summary(
        self,
        *,
        from_: str | None = None,
        to: str | None = None,
        service: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> UsageSummary:
        """Usage summary. Same as :meth:`UsageService.summary`.

        Args:
            from_: Start of the time range (inclusive).
            to: End of the time range (exclusive).
            service: Only usage of this metered service.
            request_options: Per-call options: ``timeout``, extra ``headers``,
                ``idempotency_key``, ``max_retries``.
        """
        return self._usage.summary(
            tenant_id=self.tenant_id,
            from_=from_,
            to=to,
            service=service,
            request_options=request_options,
        )

    def list_events(
        self,
        *,
        service: str | None = None,
        api_key_id: str | None = None,
        from_: str | None = None,
        to: str | None = None,
        limit: int | None = None,
        cursor: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> Page[UsageEvent]:
        """List usage events. Same as :meth:`UsageService.list_events`.

        Args:
            service: Only usage of this metered service.
            api_key_id: Only events recorded with this API key.
            from_: Start of the time range (inclusive).
            to: End of the time range (exclusive).
            limit: Maximum number of items in the page. The API's default is ``20``.
            cursor: Opaque cursor from a previous page's `nextCursor`; absent for the
                first page.
            request_options: Per-call options: ``timeout``, extra ``headers``,
                ``idempotency_key``, ``max_retries``.
        """
        return self._usage.list_events(
            tenant_id=self.tenant_id,
            service=service,
            api_key_id=api_key_id,
            from_=from_,
            to=to,
            limit=limit,
            cursor=cursor,
            request_options=request_options,
        )

    def list_all_events(
        self,
        *,
        service: str | None = None,
        api_key_id: str | None = None,
        from_: str | None = None,
        to: str | None = None,
        limit: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> Iterator[UsageEvent]:
        """Iterates over every item of :meth:`list_events`, fetching pages as needed."""
        return self._usage.list_all_events(
            tenant_id=self.tenant_id,
            service=service,
            api_key_id=api_key_id,
            from_=from_,
            to=to,
            limit=limit,
            request_options=request_options,
        )


class TenantScopeRoles:
    """The ``roles`` operations of :class:`TenantScope`."""

    def __init__(
        self,
        core: SyncRequester,
        tenant_id: str,
    ) -> None:
        """Binds the resource.

        Args:
            core: The core (or any object with its ``request`` methods) to send calls with.
            tenant_id: The ``tenantId`` path parameter bound to every call.
        """
        from ..services.permissions import PermissionsService

        self._core = core
        self.tenant_id: str = tenant_id
        self._permissions = PermissionsService(core)

    def list(
        self,
        *,
        limit: int | None = None,
        cursor: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> Page[Role]:
        """List roles. Same as :meth:`PermissionsService.list_roles`.

        Args:
            limit: Maximum number of items in the page. The API's default is ``20``.
            cursor: Opaque cursor from a previous page's `nextCursor`; absent for the
                first page.
            request_options: Per-call options: ``timeout``, extra ``headers``,
                ``idempotency_key``, ``max_retries``.
        """
        return self._permissions.list_roles(
            tenant_id=self.tenant_id,
            limit=limit,
            cursor=cursor,
            request_options=request_options,
        )

    def list_all(
        self,
        *,
        limit: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> Iterator[Role]:
        """Iterates over every item of :meth:`list`, fetching pages as needed."""
        return self._permissions.list_all_roles(
            tenant_id=self.tenant_id,
            limit=limit,
            request_options=request_options,
        )

    def create(
        self,
        name: str,
        permissions: Sequence[str],
        *,
        description: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> Role:
        """Create a role. Same as :meth:`PermissionsService.create_role`.

        Args:
            name: Unique in the tenant; lowercase letters, digits, `-` and `_`.
            permissions: The `permissions` field of the request body.
            description: The `description` field of the request body.
            request_options: Per-call options: ``timeout``, extra ``headers``,
                ``idempotency_key``, ``max_retries``.
        """
        return self._permissions.create_role(
            tenant_id=self.tenant_id,
            name=name,
            permissions=permissions,
            description=description,
            request_options=request_options,
        )

    def get(
        self,
        role_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> Role:
        """Get a role. Same as :meth:`PermissionsService.get_role`.

        Args:
            role_id: Role id (`rol_...`).
            request_options: Per-call options: ``timeout``, extra ``headers``,
                ``idempotency_key``, ``max_retries``.
        """
        return self._permissions.get_role(
            tenant_id=self.tenant_id,
            role_id=role_id,
            request_options=request_options,
        )

    def delete(
        self,
        role_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> Empty:
        """Delete a role. Same as :meth:`PermissionsService.delete_role`.

        Args:
            role_id: Role id (`rol_...`).
            request_options: Per-call options: ``timeout``, extra ``headers``,
                ``idempotency_key``, ``max_retries``.
        """
        return self._permissions.delete_role(
            tenant_id=self.tenant_id,
            role_id=role_id,
            request_options=request_options,
        )

    def update(
        self,
        role_id: str,
        *,
        name: str | None = None,
        description: str | None = None,
        permissions: Sequence[str] | None = None,
        if_match: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> Role:
        """Update a role. Same as :meth:`PermissionsService.update_role`.

        Args:
            role_id: Role id (`rol_...`).
            name: The `name` field of the request body.
            description: The `description` field of the request body.
            permissions: The `permissions` field of the request body.
            if_match: The `ETag` of the version being updated. When given and the resource
                has changed since, the update is refused with 412 `precondition_failed`.
            request_options: Per-call options: ``timeout``, extra ``headers``,
                ``idempotency_key``, ``max_retries``.
        """
        return self._permissions.update_role(
            tenant_id=self.tenant_id,
            role_id=role_id,
            name=name,
            description=description,
            permissions=permissions,
            if_match=if_match,
            request_options=request_options,
        )


class TenantScopePermissions:
    """The ``permissions`` operations of :class:`TenantScope`."""

    def __init__(
        self,
        core: SyncRequester,
        tenant_id: str,
    ) -> None:
        """Binds the resource.

        Args:
            core: The core (or any object with its ``request`` methods) to send calls with.
            tenant_id: The ``tenantId`` path parameter bound to every call.
        """
        from ..services.permissions import PermissionsService

        self._core = core
        self.tenant_id: str = tenant_id
        self._permissions = PermissionsService(core)

    def check(
        self,
        user_id: str,
        permission: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> PermissionCheck:
        """Check a permission. Same as :meth:`PermissionsService.check`.

        Args:
            user_id: The `userId` field of the request body.
            permission: Permission string, `resource:action`.
            request_options: Per-call options: ``timeout``, extra ``headers``,
                ``idempotency_key``, ``max_retries``.
        """
        return self._permissions.check(
            tenant_id=self.tenant_id,
            user_id=user_id,
            permission=permission,
            request_options=request_options,
        )


class TenantScopeWebhooks:
    """The ``webhooks`` operations of :class:`TenantScope`."""

    def __init__(
        self,
        core: SyncRequester,
        tenant_id: str,
    ) -> None:
        """Binds the resource.

        Args:
            core: The core (or any object with its ``request`` methods) to send calls with.
            tenant_id: The ``tenantId`` path parameter bound to every call.
        """
        from ..services.webhooks import WebhooksService

        self._core = core
        self.tenant_id: str = tenant_id
        self._webhooks = WebhooksService(core)

    def list(
        self,
        *,
        limit: int | None = None,
        cursor: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> Page[WebhookEndpoint]:
        """List webhook endpoints. Same as :meth:`WebhooksService.list`.

        Args:
            limit: Maximum number of items in the page. The API's default is ``20``.
            cursor: Opaque cursor from a previous page's `nextCursor`; absent for the
                first page.
            request_options: Per-call options: ``timeout``, extra ``headers``,
                ``idempotency_key``, ``max_retries``.
        """
        return self._webhooks.list(
            tenant_id=self.tenant_id,
            limit=limit,
            cursor=cursor,
            request_options=request_options,
        )

    def list_all(
        self,
        *,
        limit: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> Iterator[WebhookEndpoint]:
        """Iterates over every item of :meth:`list`, fetching pages as needed."""
        return self._webhooks.list_all(
            tenant_id=self.tenant_id,
            limit=limit,
            request_options=request_options,
        )

    def create(
        self,
        url: str,
        events: Sequence[WebhookEventType],
        *,
        description: str | None = None,
        enabled: bool | None = None,
        request_options: RequestOptions | None = None,
    ) -> WebhookEndpoint:
        """Create a webhook endpoint. Same as :meth:`WebhooksService.create`.

        Args:
            url: HTTPS URL.
            events: The `events` field of the request body.
            description: The `description` field of the request body.
            enabled: The `enabled` field of the request body. The API's default is ``True``.
            request_options: Per-call options: ``timeout``, extra ``headers``,
                ``idempotency_key``, ``max_retries``.
        """
        return self._webhooks.create(
            tenant_id=self.tenant_id,
            url=url,
            events=events,
            description=description,
            enabled=enabled,
            request_options=request_options,
        )

    def get(
        self,
        endpoint_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> WebhookEndpoint:
        """Get a webhook endpoint. Same as :meth:`WebhooksService.get`.

        Args:
            endpoint_id: Webhook endpoint id (`whe_...`).
            request_options: Per-call options: ``timeout``, extra ``headers``,
                ``idempotency_key``, ``max_retries``.
        """
        return self._webhooks.get(
            tenant_id=self.tenant_id,
            endpoint_id=endpoint_id,
            request_options=request_options,
        )

    def delete(
        self,
        endpoint_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> Empty:
        """Delete a webhook endpoint. Same as :meth:`WebhooksService.delete`.

        Args:
            endpoint_id: Webhook endpoint id (`whe_...`).
            request_options: Per-call options: ``timeout``, extra ``headers``,
                ``idempotency_key``, ``max_retries``.
        """
        return self._webhooks.delete(
            tenant_id=self.tenant_id,
            endpoint_id=endpoint_id,
            request_options=request_options,
        )

    def update(
        self,
        endpoint_id: str,
        *,
        url: str | None = None,
        description: str | None = None,
        events: Sequence[WebhookEventType] | None = None,
        enabled: bool | None = None,
        if_match: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> WebhookEndpoint:
        """Update a webhook endpoint. Same as :meth:`WebhooksService.update`.

        Args:
            endpoint_id: Webhook endpoint id (`whe_...`).
            url: The `url` field of the request body.
            description: The `description` field of the request body.
            events: The `events` field of the request body.
            enabled: The `enabled` field of the request body.
            if_match: The `ETag` of the version being updated. When given and the resource
                has changed since, the update is refused with 412 `precondition_failed`.
            request_options: Per-call options: ``timeout``, extra ``headers``,
                ``idempotency_key``, ``max_retries``.
        """
        return self._webhooks.update(
            tenant_id=self.tenant_id,
            endpoint_id=endpoint_id,
            url=url,
            description=description,
            events=events,
            enabled=enabled,
            if_match=if_match,
            request_options=request_options,
        )


class TenantScopeAudit:
    """The ``audit`` operations of :class:`TenantScope`."""

    def __init__(
        self,
        core: SyncRequester,
        tenant_id: str,
        *,
        default_format: AuditExportFormat | None = None,
    ) -> None:
        """Binds the resource.

        Args:
            core: The core (or any object with its ``request`` methods) to send calls with.
            tenant_id: The ``tenantId`` path parameter bound to every call.
            default_format: The ``default_format`` of the :class:`AuditService` calls go
                through.
        """
        from ..services.audit import AuditService

        self._core = core
        self.tenant_id: str = tenant_id
        self._audit = AuditService(core, default_format=default_format)

    def query(
        self,
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
        """Query the audit log. Same as :meth:`AuditService.query`.

        Args:
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
        """
        return self._audit.query(
            tenant_id=self.tenant_id,
            action=action,
            actor_id=actor_id,
            resource_type=resource_type,
            from_=from_,
            to=to,
            limit=limit,
            cursor=cursor,
            request_options=request_options,
        )

    def iter_query(
        self,
        *,
        action: str | None = None,
        actor_id: str | None = None,
        resource_type: str | None = None,
        from_: str | None = None,
        to: str | None = None,
        limit: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> Iterator[AuditEntry]:
        """Iterates over every item of :meth:`query`, fetching pages as needed."""
        return self._audit.iter_query(
            tenant_id=self.tenant_id,
            action=action,
            actor_id=actor_id,
            resource_type=resource_type,
            from_=from_,
            to=to,
            limit=limit,
            request_options=request_options,
        )

    def record(
        self,
        action: str,
        resource_type: str,
        *,
        resource_id: str | None = None,
        metadata: Metadata | None = None,
        request_options: RequestOptions | None = None,
    ) -> AuditEntry:
        """Record an audit entry. Same as :meth:`AuditService.record`.

        Args:
            action: The `action` field of the request body.
            resource_type: The `resourceType` field of the request body.
            resource_id: The `resourceId` field of the request body.
            metadata: The `metadata` field of the request body.
            request_options: Per-call options: ``timeout``, extra ``headers``,
                ``idempotency_key``, ``max_retries``.
        """
        return self._audit.record(
            tenant_id=self.tenant_id,
            action=action,
            resource_type=resource_type,
            resource_id=resource_id,
            metadata=metadata,
            request_options=request_options,
        )

    def export(
        self,
        *,
        format: AuditExportFormat | None = None,
        action: str | None = None,
        actor_id: str | None = None,
        resource_type: str | None = None,
        from_: str | None = None,
        to: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> str:
        """Export the audit log. Same as :meth:`AuditService.export`.

        Args:
            format: Document format of the export. Defaults to `json`. The API's default
                is ``"json"``. Defaults to the service's ``default_format``.
            action: Only entries with this action.
            actor_id: Only entries by this actor (user, API key or service account id).
            resource_type: Only entries about this kind of resource.
            from_: Start of the time range (inclusive).
            to: End of the time range (exclusive).
            request_options: Per-call options: ``timeout``, extra ``headers``,
                ``idempotency_key``, ``max_retries``.
        """
        return self._audit.export(
            tenant_id=self.tenant_id,
            format=format,
            action=action,
            actor_id=actor_id,
            resource_type=resource_type,
            from_=from_,
            to=to,
            request_options=request_options,
        )


class TenantScopeBilling:
    """The ``billing`` operations of :class:`TenantScope`."""

    def __init__(
        self,
        core: SyncRequester,
        tenant_id: str,
    ) -> None:
        """Binds the resource.

        Args:
            core: The core (or any object with its ``request`` methods) to send calls with.
            tenant_id: The ``tenantId`` path parameter bound to every call.
        """
        from ..services.billing import BillingService

        self._core = core
        self.tenant_id: str = tenant_id
        self._billing = BillingService(core)

    def get_subscription(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> Subscription:
        """Get the subscription. Same as :meth:`BillingService.get_subscription`.

        Args:
            request_options: Per-call options: ``timeout``, extra ``headers``,
                ``idempotency_key``, ``max_retries``.
        """
        return self._billing.get_subscription(
            tenant_id=self.tenant_id,
            request_options=request_options,
        )

    def subscribe(
        self,
        plan_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> Subscription:
        """Subscribe or change plan. Same as :meth:`BillingService.subscribe`.

        Args:
            plan_id: The `planId` field of the request body.
            request_options: Per-call options: ``timeout``, extra ``headers``,
                ``idempotency_key``, ``max_retries``.
        """
        return self._billing.subscribe(
            tenant_id=self.tenant_id,
            plan_id=plan_id,
            request_options=request_options,
        )

    def cancel(
        self,
        *,
        at_period_end: bool | None = None,
        reason: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> Subscription:
        """Cancel the subscription. Same as :meth:`BillingService.cancel`.

        Args:
            at_period_end: Keep the plan until the end of the paid period (true) or stop
                now (false). The API's default is ``True``.
            reason: The `reason` field of the request body.
            request_options: Per-call options: ``timeout``, extra ``headers``,
                ``idempotency_key``, ``max_retries``.
        """
        return self._billing.cancel(
            tenant_id=self.tenant_id,
            at_period_end=at_period_end,
            reason=reason,
            request_options=request_options,
        )

    def entitlements(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> Entitlements:
        """Get entitlements. Same as :meth:`BillingService.entitlements`.

        Args:
            request_options: Per-call options: ``timeout``, extra ``headers``,
                ``idempotency_key``, ``max_retries``.
        """
        return self._billing.entitlements(tenant_id=self.tenant_id, request_options=request_options)

    def current_invoice(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> Invoice:
        """Get the current invoice. Same as :meth:`BillingService.current_invoice`.

        Args:
            request_options: Per-call options: ``timeout``, extra ``headers``,
                ``idempotency_key``, ``max_retries``.
        """
        return self._billing.current_invoice(
            tenant_id=self.tenant_id,
            request_options=request_options,
        )


class AsyncTenantScope:
    """Async client scoped to one tenant: every operation under ``/api/tenants/{tenantId}`` with
    ``tenant_id`` bound.
    """

    def __init__(
        self,
        core: AsyncRequester,
        tenant_id: str,
        *,
        default_role: TenantRole | None = None,
        default_scopes: Sequence[str] | None = None,
        default_quota_period: QuotaPeriod | None = None,
        default_format: AuditExportFormat | None = None,
    ) -> None:
        """Binds the resource.

        Args:
            core: The core (or any object with its ``request`` methods) to send calls with.
            tenant_id: The ``tenantId`` path parameter bound to every call.
            default_role: The ``default_role`` of the :class:`TenantsService` calls go
                through.
            default_scopes: The ``default_scopes`` of the :class:`KeysService` calls go
                through.
            default_quota_period: The ``default_quota_period`` of the :class:`KeysService`
                calls go through.
            default_format: The ``default_format`` of the :class:`AuditService` calls go
                through.
        """
        from ..services.tenants import AsyncTenantsService

        self._core = core
        self.tenant_id: str = tenant_id
        self._default_role: TenantRole | None = default_role
        self._tenants = AsyncTenantsService(core, default_role=default_role)
        self.members = AsyncTenantScopeMembers(core, tenant_id, default_role=default_role)
        self.keys = AsyncTenantScopeKeys(
            core,
            tenant_id,
            default_scopes=default_scopes,
            default_quota_period=default_quota_period,
        )
        self.usage = AsyncTenantScopeUsage(core, tenant_id)
        self.roles = AsyncTenantScopeRoles(core, tenant_id)
        self.permissions = AsyncTenantScopePermissions(core, tenant_id)
        self.webhooks = AsyncTenantScopeWebhooks(core, tenant_id)
        self.audit = AsyncTenantScopeAudit(core, tenant_id, default_format=default_format)
        self.billing = AsyncTenantScopeBilling(core, tenant_id)

    async def get(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> Tenant:
        """Get a tenant. Same as :meth:`AsyncTenantsService.get`.

        Args:
            request_options: Per-call options: ``timeout``, extra ``headers``,
                ``idempotency_key``, ``max_retries``.
        """
        return await self._tenants.get(tenant_id=self.tenant_id, request_options=request_options)

    async def delete(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> Empty:
        """Delete a tenant. Same as :meth:`AsyncTenantsService.delete`.

        Args:
            request_options: Per-call options: ``timeout``, extra ``headers``,
                ``idempotency_key``, ``max_retries``.
        """
        return await self._tenants.delete(tenant_id=self.tenant_id, request_options=request_options)

    async def update(
        self,
        *,
        name: str | None = None,
        slug: str | None = None,
        if_match: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> Tenant:
        """Update a tenant. Same as :meth:`AsyncTenantsService.update`.

        Args:
            name: The `name` field of the request body.
            slug: The `slug` field of the request body.
            if_match: The `ETag` of the version being updated. When given and the resource
                has changed since, the update is refused with 412 `precondition_failed`.
            request_options: Per-call options: ``timeout``, extra ``headers``,
                ``idempotency_key``, ``max_retries``.
        """
        return await self._tenants.update(
            tenant_id=self.tenant_id,
            name=name,
            slug=slug,
            if_match=if_match,
            request_options=request_options,
        )

    def member(
        self,
        user_id: str,
    ) -> AsyncMemberScope:
        """The nested ``member`` resource ``user_id`` as a scoped client."""
        from .member import AsyncMemberScope

        return AsyncMemberScope(
            self._core,
            self.tenant_id,
            user_id,
            default_role=self._default_role,
        )

    def webhook(
        self,
        endpoint_id: str,
    ) -> AsyncWebhookScope:
        """The nested ``webhook`` resource ``endpoint_id`` as a scoped client."""
        from .webhook import AsyncWebhookScope

        return AsyncWebhookScope(self._core, self.tenant_id, endpoint_id)


class AsyncTenantScopeMembers:
    """The ``members`` operations of :class:`AsyncTenantScope`."""

    def __init__(
        self,
        core: AsyncRequester,
        tenant_id: str,
        *,
        default_role: TenantRole | None = None,
    ) -> None:
        """Binds the resource.

        Args:
            core: The core (or any object with its ``request`` methods) to send calls with.
            tenant_id: The ``tenantId`` path parameter bound to every call.
            default_role: The ``default_role`` of the :class:`TenantsService` calls go
                through.
        """
        from ..services.tenants import AsyncTenantsService

        self._core = core
        self.tenant_id: str = tenant_id
        self._tenants = AsyncTenantsService(core, default_role=default_role)

    async def list(
        self,
        *,
        limit: int | None = None,
        cursor: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> Page[Member]:
        """List members. Same as :meth:`AsyncTenantsService.list_members`.

        Args:
            limit: Maximum number of items in the page. The API's default is ``20``.
            cursor: Opaque cursor from a previous page's `nextCursor`; absent for the
                first page.
            request_options: Per-call options: ``timeout``, extra ``headers``,
                ``idempotency_key``, ``max_retries``.
        """
        return await self._tenants.list_members(
            tenant_id=self.tenant_id,
            limit=limit,
            cursor=cursor,
            request_options=request_options,
        )

    def list_all(
        self,
        *,
        limit: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncIterator[Member]:
        """Iterates over every item of :meth:`list`, fetching pages as needed."""
        return self._tenants.list_all_members(
            tenant_id=self.tenant_id,
            limit=limit,
            request_options=request_options,
        )

    async def add(
        self,
        *,
        email: str | None = None,
        user_id: str | None = None,
        role: TenantRole | None = None,
        request_options: RequestOptions | None = None,
    ) -> Member:
        """Add a member. Same as :meth:`AsyncTenantsService.add_member`.

        Args:
            email: Email of an existing user.
            user_id: Id of an existing user.
            role: The `role` field of the request body. Defaults to the service's
                ``default_role``.
            request_options: Per-call options: ``timeout``, extra ``headers``,
                ``idempotency_key``, ``max_retries``.
        """
        return await self._tenants.add_member(
            tenant_id=self.tenant_id,
            email=email,
            user_id=user_id,
            role=role,
            request_options=request_options,
        )

    async def remove(
        self,
        user_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> Empty:
        """Remove a member. Same as :meth:`AsyncTenantsService.remove_member`.

        Args:
            user_id: User id (`usr_...`).
            request_options: Per-call options: ``timeout``, extra ``headers``,
                ``idempotency_key``, ``max_retries``.
        """
        return await self._tenants.remove_member(
            tenant_id=self.tenant_id,
            user_id=user_id,
            request_options=request_options,
        )

    async def update_role(
        self,
        user_id: str,
        role: TenantRole,
        *,
        request_options: RequestOptions | None = None,
    ) -> Member:
        """Change a member's role. Same as :meth:`AsyncTenantsService.update_member_role`.

        Args:
            user_id: User id (`usr_...`).
            role: The `role` field of the request body.
            request_options: Per-call options: ``timeout``, extra ``headers``,
                ``idempotency_key``, ``max_retries``.
        """
        return await self._tenants.update_member_role(
            tenant_id=self.tenant_id,
            user_id=user_id,
            role=role,
            request_options=request_options,
        )


class AsyncTenantScopeKeys:
    """The ``keys`` operations of :class:`AsyncTenantScope`."""

    def __init__(
        self,
        core: AsyncRequester,
        tenant_id: str,
        *,
        default_scopes: Sequence[str] | None = None,
        default_quota_period: QuotaPeriod | None = None,
    ) -> None:
        """Binds the resource.

        Args:
            core: The core (or any object with its ``request`` methods) to send calls with.
            tenant_id: The ``tenantId`` path parameter bound to every call.
            default_scopes: The ``default_scopes`` of the :class:`KeysService` calls go
                through.
            default_quota_period: The ``default_quota_period`` of the :class:`KeysService`
                calls go through.
        """
        from ..services.keys import AsyncKeysService

        self._core = core
        self.tenant_id: str = tenant_id
        self._keys = AsyncKeysService(
            core,
            default_scopes=default_scopes,
            default_quota_period=default_quota_period,
        )

    async def list(
        self,
        *,
        status: KeyStatus | None = None,
        limit: int | None = None,
        cursor: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> Page[ApiKey]:
        """List a tenant's API keys. Same as :meth:`AsyncKeysService.list`.

        Args:
            status: Only keys in this status. All statuses when absent.
            limit: Maximum number of items in the page. The API's default is ``20``.
            cursor: Opaque cursor from a previous page's `nextCursor`; absent for the
                first page.
            request_options: Per-call options: ``timeout``, extra ``headers``,
                ``idempotency_key``, ``max_retries``.
        """
        return await self._keys.list(
            tenant_id=self.tenant_id,
            status=status,
            limit=limit,
            cursor=cursor,
            request_options=request_options,
        )

    def list_all(
        self,
        *,
        status: KeyStatus | None = None,
        limit: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncIterator[ApiKey]:
        """Iterates over every item of :meth:`list`, fetching pages as needed."""
        return self._keys.list_all(
            tenant_id=self.tenant_id,
            status=status,
            limit=limit,
            request_options=request_options,
        )


class AsyncTenantScopeUsage:
    """The ``usage`` operations of :class:`AsyncTenantScope`."""

    def __init__(
        self,
        core: AsyncRequester,
        tenant_id: str,
    ) -> None:
        """Binds the resource.

        Args:
            core: The core (or any object with its ``request`` methods) to send calls with.
            tenant_id: The ``tenantId`` path parameter bound to every call.
        """
        from ..services.usage import AsyncUsageService

        self._core = core
        self.tenant_id: str = tenant_id
        self._usage = AsyncUsageService(core)

    async def summary(
        self,
        *,
        from_: str | None = None,
        to: str | None = None,
        service: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> UsageSummary:
        """Usage summary. Same as :meth:`AsyncUsageService.summary`.

        Args:
            from_: Start of the time range (inclusive).
            to: End of the time range (exclusive).
            service: Only usage of this metered service.
            request_options: Per-call options: ``timeout``, extra ``headers``,
                ``idempotency_key``, ``max_retries``.
        """
        return await self._usage.summary(
            tenant_id=self.tenant_id,
            from_=from_,
            to=to,
            service=service,
            request_options=request_options,
        )

    async def list_events(
        self,
        *,
        service: str | None = None,
        api_key_id: str | None = None,
        from_: str | None = None,
        to: str | None = None,
        limit: int | None = None,
        cursor: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> Page[UsageEvent]:
        """List usage events. Same as :meth:`AsyncUsageService.list_events`.

        Args:
            service: Only usage of this metered service.
            api_key_id: Only events recorded with this API key.
            from_: Start of the time range (inclusive).
            to: End of the time range (exclusive).
            limit: Maximum number of items in the page. The API's default is ``20``.
            cursor: Opaque cursor from a previous page's `nextCursor`; absent for the
                first page.
            request_options: Per-call options: ``timeout``, extra ``headers``,
                ``idempotency_key``, ``max_retries``.
        """
        return await self._usage.list_events(
            tenant_id=self.tenant_id,
            service=service,
            api_key_id=api_key_id,
            from_=from_,
            to=to,
            limit=limit,
            cursor=cursor,
            request_options=request_options,
        )

    def list_all_events(
        self,
        *,
        service: str | None = None,
        api_key_id: str | None = None,
        from_: str | None = None,
        to: str | None = None,
        limit: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncIterator[UsageEvent]:
        """Iterates over every item of :meth:`list_events`, fetching pages as needed."""
        return self._usage.list_all_events(
            tenant_id=self.tenant_id,
            service=service,
            api_key_id=api_key_id,
            from_=from_,
            to=to,
            limit=limit,
            request_options=request_options,
        )


class AsyncTenantScopeRoles:
    """The ``roles`` operations of :class:`AsyncTenantScope`."""

    def __init__(
        self,
        core: AsyncRequester,
        tenant_id: str,
    ) -> None:
        """Binds the resource.

        Args:
            core: The core (or any object with its ``request`` methods) to send calls with.
            tenant_id: The ``tenantId`` path parameter bound to every call.
        """
        from ..services.permissions import AsyncPermissionsService

        self._core = core
        self.tenant_id: str = tenant_id
        self._permissions = AsyncPermissionsService(core)

    async def list(
        self,
        *,
        limit: int | None = None,
        cursor: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> Page[Role]:
        """List roles. Same as :meth:`AsyncPermissionsService.list_roles`.

        Args:
            limit: Maximum number of items in the page. The API's default is ``20``.
            cursor: Opaque cursor from a previous page's `nextCursor`; absent for the
                first page.
            request_options: Per-call options: ``timeout``, extra ``headers``,
                ``idempotency_key``, ``max_retries``.
        """
        return await self._permissions.list_roles(
            tenant_id=self.tenant_id,
            limit=limit,
            cursor=cursor,
            request_options=request_options,
        )

    def list_all(
        self,
        *,
        limit: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncIterator[Role]:
        """Iterates over every item of :meth:`list`, fetching pages as needed."""
        return self._permissions.list_all_roles(
            tenant_id=self.tenant_id,
            limit=limit,
            request_options=request_options,
        )

    async def create(
        self,
        name: str,
        permissions: Sequence[str],
        *,
        description: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> Role:
        """Create a role. Same as :meth:`AsyncPermissionsService.create_role`.

        Args:
            name: Unique in the tenant; lowercase letters, digits, `-` and `_`.
            permissions: The `permissions` field of the request body.
            description: The `description` field of the request body.
            request_options: Per-call options: ``timeout``, extra ``headers``,
                ``idempotency_key``, ``max_retries``.
        """
        return await self._permissions.create_role(
            tenant_id=self.tenant_id,
            name=name,
            permissions=permissions,
            description=description,
            request_options=request_options,
        )

    async def get(
        self,
        role_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> Role:
        """Get a role. Same as :meth:`AsyncPermissionsService.get_role`.

        Args:
            role_id: Role id (`rol_...`).
            request_options: Per-call options: ``timeout``, extra ``headers``,
                ``idempotency_key``, ``max_retries``.
        """
        return await self._permissions.get_role(
            tenant_id=self.tenant_id,
            role_id=role_id,
            request_options=request_options,
        )

    async def delete(
        self,
        role_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> Empty:
        """Delete a role. Same as :meth:`AsyncPermissionsService.delete_role`.

        Args:
            role_id: Role id (`rol_...`).
            request_options: Per-call options: ``timeout``, extra ``headers``,
                ``idempotency_key``, ``max_retries``.
        """
        return await self._permissions.delete_role(
            tenant_id=self.tenant_id,
            role_id=role_id,
            request_options=request_options,
        )

    async def update(
        self,
        role_id: str,
        *,
        name: str | None = None,
        description: str | None = None,
        permissions: Sequence[str] | None = None,
        if_match: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> Role:
        """Update a role. Same as :meth:`AsyncPermissionsService.update_role`.

        Args:
            role_id: Role id (`rol_...`).
            name: The `name` field of the request body.
            description: The `description` field of the request body.
            permissions: The `permissions` field of the request body.
            if_match: The `ETag` of the version being updated. When given and the resource
                has changed since, the update is refused with 412 `precondition_failed`.
            request_options: Per-call options: ``timeout``, extra ``headers``,
                ``idempotency_key``, ``max_retries``.
        """
        return await self._permissions.update_role(
            tenant_id=self.tenant_id,
            role_id=role_id,
            name=name,
            description=description,
            permissions=permissions,
            if_match=if_match,
            request_options=request_options,
        )


class AsyncTenantScopePermissions:
    """The ``permissions`` operations of :class:`AsyncTenantScope`."""

    def __init__(
        self,
        core: AsyncRequester,
        tenant_id: str,
    ) -> None:
        """Binds the resource.

        Args:
            core: The core (or any object with its ``request`` methods) to send calls with.
            tenant_id: The ``tenantId`` path parameter bound to every call.
        """
        from ..services.permissions import AsyncPermissionsService

        self._core = core
        self.tenant_id: str = tenant_id
        self._permissions = AsyncPermissionsService(core)

    async def check(
        self,
        user_id: str,
        permission: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> PermissionCheck:
        """Check a permission. Same as :meth:`AsyncPermissionsService.check`.

        Args:
            user_id: The `userId` field of the request body.
            permission: Permission string, `resource:action`.
            request_options: Per-call options: ``timeout``, extra ``headers``,
                ``idempotency_key``, ``max_retries``.
        """
        return await self._permissions.check(
            tenant_id=self.tenant_id,
            user_id=user_id,
            permission=permission,
            request_options=request_options,
        )


class AsyncTenantScopeWebhooks:
    """The ``webhooks`` operations of :class:`AsyncTenantScope`."""

    def __init__(
        self,
        core: AsyncRequester,
        tenant_id: str,
    ) -> None:
        """Binds the resource.

        Args:
            core: The core (or any object with its ``request`` methods) to send calls with.
            tenant_id: The ``tenantId`` path parameter bound to every call.
        """
        from ..services.webhooks import AsyncWebhooksService

        self._core = core
        self.tenant_id: str = tenant_id
        self._webhooks = AsyncWebhooksService(core)

    async def list(
        self,
        *,
        limit: int | None = None,
        cursor: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> Page[WebhookEndpoint]:
        """List webhook endpoints. Same as :meth:`AsyncWebhooksService.list`.

        Args:
            limit: Maximum number of items in the page. The API's default is ``20``.
            cursor: Opaque cursor from a previous page's `nextCursor`; absent for the
                first page.
            request_options: Per-call options: ``timeout``, extra ``headers``,
                ``idempotency_key``, ``max_retries``.
        """
        return await self._webhooks.list(
            tenant_id=self.tenant_id,
            limit=limit,
            cursor=cursor,
            request_options=request_options,
        )

    def list_all(
        self,
        *,
        limit: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncIterator[WebhookEndpoint]:
        """Iterates over every item of :meth:`list`, fetching pages as needed."""
        return self._webhooks.list_all(
            tenant_id=self.tenant_id,
            limit=limit,
            request_options=request_options,
        )

    async def create(
        self,
        url: str,
        events: Sequence[WebhookEventType],
        *,
        description: str | None = None,
        enabled: bool | None = None,
        request_options: RequestOptions | None = None,
    ) -> WebhookEndpoint:
        """Create a webhook endpoint. Same as :meth:`AsyncWebhooksService.create`.

        Args:
            url: HTTPS URL.
            events: The `events` field of the request body.
            description: The `description` field of the request body.
            enabled: The `enabled` field of the request body. The API's default is ``True``.
            request_options: Per-call options: ``timeout``, extra ``headers``,
                ``idempotency_key``, ``max_retries``.
        """
        return await self._webhooks.create(
            tenant_id=self.tenant_id,
            url=url,
            events=events,
            description=description,
            enabled=enabled,
            request_options=request_options,
        )

    async def get(
        self,
        endpoint_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> WebhookEndpoint:
        """Get a webhook endpoint. Same as :meth:`AsyncWebhooksService.get`.

        Args:
            endpoint_id: Webhook endpoint id (`whe_...`).
            request_options: Per-call options: ``timeout``, extra ``headers``,
                ``idempotency_key``, ``max_retries``.
        """
        return await self._webhooks.get(
            tenant_id=self.tenant_id,
            endpoint_id=endpoint_id,
            request_options=request_options,
        )

    async def delete(
        self,
        endpoint_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> Empty:
        """Delete a webhook endpoint. Same as :meth:`AsyncWebhooksService.delete`.

        Args:
            endpoint_id: Webhook endpoint id (`whe_...`).
            request_options: Per-call options: ``timeout``, extra ``headers``,
                ``idempotency_key``, ``max_retries``.
        """
        return await self._webhooks.delete(
            tenant_id=self.tenant_id,
            endpoint_id=endpoint_id,
            request_options=request_options,
        )

    async def update(
        self,
        endpoint_id: str,
        *,
        url: str | None = None,
        description: str | None = None,
        events: Sequence[WebhookEventType] | None = None,
        enabled: bool | None = None,
        if_match: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> WebhookEndpoint:
        """Update a webhook endpoint. Same as :meth:`AsyncWebhooksService.update`.

        Args:
            endpoint_id: Webhook endpoint id (`whe_...`).
            url: The `url` field of the request body.
            description: The `description` field of the request body.
            events: The `events` field of the request body.
            enabled: The `enabled` field of the request body.
            if_match: The `ETag` of the version being updated. When given and the resource
                has changed since, the update is refused with 412 `precondition_failed`.
            request_options: Per-call options: ``timeout``, extra ``headers``,
                ``idempotency_key``, ``max_retries``.
        """
        return await self._webhooks.update(
            tenant_id=self.tenant_id,
            endpoint_id=endpoint_id,
            url=url,
            description=description,
            events=events,
            enabled=enabled,
            if_match=if_match,
            request_options=request_options,
        )


class AsyncTenantScopeAudit:
    """The ``audit`` operations of :class:`AsyncTenantScope`."""

    def __init__(
        self,
        core: AsyncRequester,
        tenant_id: str,
        *,
        default_format: AuditExportFormat | None = None,
    ) -> None:
        """Binds the resource.

        Args:
            core: The core (or any object with its ``request`` methods) to send calls with.
            tenant_id: The ``tenantId`` path parameter bound to every call.
            default_format: The ``default_format`` of the :class:`AuditService` calls go
                through.
        """
        from ..services.audit import AsyncAuditService

        self._core = core
        self.tenant_id: str = tenant_id
        self._audit = AsyncAuditService(core, default_format=default_format)

    async def query(
        self,
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
        """Query the audit log. Same as :meth:`AsyncAuditService.query`.

        Args:
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
        """
        return await self._audit.query(
            tenant_id=self.tenant_id,
            action=action,
            actor_id=actor_id,
            resource_type=resource_type,
            from_=from_,
            to=to,
            limit=limit,
            cursor=cursor,
            request_options=request_options,
        )

    def iter_query(
        self,
        *,
        action: str | None = None,
        actor_id: str | None = None,
        resource_type: str | None = None,
        from_: str | None = None,
        to: str | None = None,
        limit: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncIterator[AuditEntry]:
        """Iterates over every item of :meth:`query`, fetching pages as needed."""
        return self._audit.iter_query(
            tenant_id=self.tenant_id,
            action=action,
            actor_id=actor_id,
            resource_type=resource_type,
            from_=from_,
            to=to,
            limit=limit,
            request_options=request_options,
        )

    async def record(
        self,
        action: str,
        resource_type: str,
        *,
        resource_id: str | None = None,
        metadata: Metadata | None = None,
        request_options: RequestOptions | None = None,
    ) -> AuditEntry:
        """Record an audit entry. Same as :meth:`AsyncAuditService.record`.

        Args:
            action: The `action` field of the request body.
            resource_type: The `resourceType` field of the request body.
            resource_id: The `resourceId` field of the request body.
            metadata: The `metadata` field of the request body.
            request_options: Per-call options: ``timeout``, extra ``headers``,
                ``idempotency_key``, ``max_retries``.
        """
        return await self._audit.record(
            tenant_id=self.tenant_id,
            action=action,
            resource_type=resource_type,
            resource_id=resource_id,
            metadata=metadata,
            request_options=request_options,
        )

    async def export(
        self,
        *,
        format: AuditExportFormat | None = None,
        action: str | None = None,
        actor_id: str | None = None,
        resource_type: str | None = None,
        from_: str | None = None,
        to: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> str:
        """Export the audit log. Same as :meth:`AsyncAuditService.export`.

        Args:
            format: Document format of the export. Defaults to `json`. The API's default
                is ``"json"``. Defaults to the service's ``default_format``.
            action: Only entries with this action.
            actor_id: Only entries by this actor (user, API key or service account id).
            resource_type: Only entries about this kind of resource.
            from_: Start of the time range (inclusive).
            to: End of the time range (exclusive).
            request_options: Per-call options: ``timeout``, extra ``headers``,
                ``idempotency_key``, ``max_retries``.
        """
        return await self._audit.export(
            tenant_id=self.tenant_id,
            format=format,
            action=action,
            actor_id=actor_id,
            resource_type=resource_type,
            from_=from_,
            to=to,
            request_options=request_options,
        )


class AsyncTenantScopeBilling:
    """The ``billing`` operations of :class:`AsyncTenantScope`."""

    def __init__(
        self,
        core: AsyncRequester,
        tenant_id: str,
    ) -> None:
        """Binds the resource.

        Args:
            core: The core (or any object with its ``request`` methods) to send calls with.
            tenant_id: The ``tenantId`` path parameter bound to every call.
        """
        from ..services.billing import AsyncBillingService

        self._core = core
        self.tenant_id: str = tenant_id
        self._billing = AsyncBillingService(core)

    async def get_subscription(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> Subscription:
        """Get the subscription. Same as :meth:`AsyncBillingService.get_subscription`.

        Args:
            request_options: Per-call options: ``timeout``, extra ``headers``,
                ``idempotency_key``, ``max_retries``.
        """
        return await self._billing.get_subscription(
            tenant_id=self.tenant_id,
            request_options=request_options,
        )

    async def subscribe(
        self,
        plan_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> Subscription:
        """Subscribe or change plan. Same as :meth:`AsyncBillingService.subscribe`.

        Args:
            plan_id: The `planId` field of the request body.
            request_options: Per-call options: ``timeout``, extra ``headers``,
                ``idempotency_key``, ``max_retries``.
        """
        return await self._billing.subscribe(
            tenant_id=self.tenant_id,
            plan_id=plan_id,
            request_options=request_options,
        )

    async def cancel(
        self,
        *,
        at_period_end: bool | None = None,
        reason: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> Subscription:
        """Cancel the subscription. Same as :meth:`AsyncBillingService.cancel`.

        Args:
            at_period_end: Keep the plan until the end of the paid period (true) or stop
                now (false). The API's default is ``True``.
            reason: The `reason` field of the request body.
            request_options: Per-call options: ``timeout``, extra ``headers``,
                ``idempotency_key``, ``max_retries``.
        """
        return await self._billing.cancel(
            tenant_id=self.tenant_id,
            at_period_end=at_period_end,
            reason=reason,
            request_options=request_options,
        )

    async def entitlements(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> Entitlements:
        """Get entitlements. Same as :meth:`AsyncBillingService.entitlements`.

        Args:
            request_options: Per-call options: ``timeout``, extra ``headers``,
                ``idempotency_key``, ``max_retries``.
        """
        return await self._billing.entitlements(
            tenant_id=self.tenant_id,
            request_options=request_options,
        )

    async def current_invoice(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> Invoice:
        """Get the current invoice. Same as :meth:`AsyncBillingService.current_invoice`.

        Args:
            request_options: Per-call options: ``timeout``, extra ``headers``,
                ``idempotency_key``, ``max_retries``.
        """
        return await self._billing.current_invoice(
            tenant_id=self.tenant_id,
            request_options=request_options,
        )
