"""Scoped clients for the resources under ``/api/tenants/{tenantId}/webhooks/{endpointId}``."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator, Sequence
from typing import TYPE_CHECKING

from .._runtime import AsyncRequester, Page, RequestOptions, SyncRequester

if TYPE_CHECKING:
    from ..types import (
        Empty,
        WebhookDelivery,
        WebhookDeliveryStatus,
        WebhookEndpoint,
        WebhookEventType,
    )
    from .delivery import AsyncDeliveryScope, DeliveryScope

__all__ = [
    "AsyncWebhookScope",
    "AsyncWebhookScopeDeliveries",
    "WebhookScope",
    "WebhookScopeDeliveries",
]


class WebhookScope:
    """Client scoped to one webhook: every operation under
    ``/api/tenants/{tenantId}/webhooks/{endpointId}`` with ``tenant_id``, ``endpoint_id``
    bound.
    """

    def __init__(
        self,
        core: SyncRequester,
        tenant_id: str,
        endpoint_id: str,
    ) -> None:
        """Binds the resource.

        Args:
            core: The core (or any object with its ``request`` methods) to send calls with.
            tenant_id: The ``tenantId`` path parameter bound to every call.
            endpoint_id: The ``endpointId`` path parameter bound to every call.
        """
        from ..services.webhooks import WebhooksService

        self._core = core
        self.tenant_id: str = tenant_id
        self.endpoint_id: str = endpoint_id
        self._webhooks = WebhooksService(core)
        self.deliveries = WebhookScopeDeliveries(core, tenant_id, endpoint_id)

    def get(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> WebhookEndpoint:
        """Get a webhook endpoint. Same as :meth:`WebhooksService.get`.

        Args:
            request_options: Per-call options: ``timeout``, extra ``headers``,
                ``idempotency_key``, ``max_retries``.
        """
        return self._webhooks.get(
            tenant_id=self.tenant_id,
            endpoint_id=self.endpoint_id,
            request_options=request_options,
        )

    def delete(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> Empty:
        """Delete a webhook endpoint. Same as :meth:`WebhooksService.delete`.

        Args:
            request_options: Per-call options: ``timeout``, extra ``headers``,
                ``idempotency_key``, ``max_retries``.
        """
        return self._webhooks.delete(
            tenant_id=self.tenant_id,
            endpoint_id=self.endpoint_id,
            request_options=request_options,
        )

    def update(
        self,
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
            endpoint_id=self.endpoint_id,
            url=url,
            description=description,
            events=events,
            enabled=enabled,
            if_match=if_match,
            request_options=request_options,
        )

    def dispatch_test(
        self,
        *,
        event_type: WebhookEventType | None = None,
        request_options: RequestOptions | None = None,
    ) -> WebhookDelivery:
        """Send a test event. Same as :meth:`WebhooksService.dispatch_test`.

        Args:
            event_type: The `eventType` field of the request body.
            request_options: Per-call options: ``timeout``, extra ``headers``,
                ``idempotency_key``, ``max_retries``.
        """
        return self._webhooks.dispatch_test(
            tenant_id=self.tenant_id,
            endpoint_id=self.endpoint_id,
            event_type=event_type,
            request_options=request_options,
        )

    def delivery(
        self,
        delivery_id: str,
    ) -> DeliveryScope:
        """The nested ``delivery`` resource ``delivery_id`` as a scoped client."""
        from .delivery import DeliveryScope

        return DeliveryScope(self._core, self.tenant_id, self.endpoint_id, delivery_id)


class WebhookScopeDeliveries:
    """The ``deliveries`` operations of :class:`WebhookScope`."""

    def __init__(
        self,
        core: SyncRequester,
        tenant_id: str,
        endpoint_id: str,
    ) -> None:
        """Binds the resource.

        Args:
            core: The core (or any object with its ``request`` methods) to send calls with.
            tenant_id: The ``tenantId`` path parameter bound to every call.
            endpoint_id: The ``endpointId`` path parameter bound to every call.
        """
        from ..services.webhooks import WebhooksService

        self._core = core
        self.tenant_id: str = tenant_id
        self.endpoint_id: str = endpoint_id
        self._webhooks = WebhooksService(core)

    def list(
        self,
        *,
        status: WebhookDeliveryStatus | None = None,
        limit: int | None = None,
        cursor: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> Page[WebhookDelivery]:
        """List deliveries. Same as :meth:`WebhooksService.list_deliveries`.

        Args:
            status: Only deliveries in this status.
            limit: Maximum number of items in the page. The API's default is ``20``.
            cursor: Opaque cursor from a previous page's `nextCursor`; absent for the
                first page.
            request_options: Per-call options: ``timeout``, extra ``headers``,
                ``idempotency_key``, ``max_retries``.
        """
        return self._webhooks.list_deliveries(
            tenant_id=self.tenant_id,
            endpoint_id=self.endpoint_id,
            status=status,
            limit=limit,
            cursor=cursor,
            request_options=request_options,
        )

    def list_all(
        self,
        *,
        status: WebhookDeliveryStatus | None = None,
        limit: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> Iterator[WebhookDelivery]:
        """Iterates over every item of :meth:`list`, fetching pages as needed."""
        return self._webhooks.list_all_deliveries(
            tenant_id=self.tenant_id,
            endpoint_id=self.endpoint_id,
            status=status,
            limit=limit,
            request_options=request_options,
        )


class AsyncWebhookScope:
    """Async client scoped to one webhook: every operation under
    ``/api/tenants/{tenantId}/webhooks/{endpointId}`` with ``tenant_id``, ``endpoint_id``
    bound.
    """

    def __init__(
        self,
        core: AsyncRequester,
        tenant_id: str,
        endpoint_id: str,
    ) -> None:
        """Binds the resource.

        Args:
            core: The core (or any object with its ``request`` methods) to send calls with.
            tenant_id: The ``tenantId`` path parameter bound to every call.
            endpoint_id: The ``endpointId`` path parameter bound to every call.
        """
        from ..services.webhooks import AsyncWebhooksService

        self._core = core
        self.tenant_id: str = tenant_id
        self.endpoint_id: str = endpoint_id
        self._webhooks = AsyncWebhooksService(core)
        self.deliveries = AsyncWebhookScopeDeliveries(core, tenant_id, endpoint_id)

    async def get(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> WebhookEndpoint:
        """Get a webhook endpoint. Same as :meth:`AsyncWebhooksService.get`.

        Args:
            request_options: Per-call options: ``timeout``, extra ``headers``,
                ``idempotency_key``, ``max_retries``.
        """
        return await self._webhooks.get(
            tenant_id=self.tenant_id,
            endpoint_id=self.endpoint_id,
            request_options=request_options,
        )

    async def delete(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> Empty:
        """Delete a webhook endpoint. Same as :meth:`AsyncWebhooksService.delete`.

        Args:
            request_options: Per-call options: ``timeout``, extra ``headers``,
                ``idempotency_key``, ``max_retries``.
        """
        return await self._webhooks.delete(
            tenant_id=self.tenant_id,
            endpoint_id=self.endpoint_id,
            request_options=request_options,
        )

    async def update(
        self,
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
            endpoint_id=self.endpoint_id,
            url=url,
            description=description,
            events=events,
            enabled=enabled,
            if_match=if_match,
            request_options=request_options,
        )

    async def dispatch_test(
        self,
        *,
        event_type: WebhookEventType | None = None,
        request_options: RequestOptions | None = None,
    ) -> WebhookDelivery:
        """Send a test event. Same as :meth:`AsyncWebhooksService.dispatch_test`.

        Args:
            event_type: The `eventType` field of the request body.
            request_options: Per-call options: ``timeout``, extra ``headers``,
                ``idempotency_key``, ``max_retries``.
        """
        return await self._webhooks.dispatch_test(
            tenant_id=self.tenant_id,
            endpoint_id=self.endpoint_id,
            event_type=event_type,
            request_options=request_options,
        )

    def delivery(
        self,
        delivery_id: str,
    ) -> AsyncDeliveryScope:
        """The nested ``delivery`` resource ``delivery_id`` as a scoped client."""
        from .delivery import AsyncDeliveryScope

        return AsyncDeliveryScope(self._core, self.tenant_id, self.endpoint_id, delivery_id)


class AsyncWebhookScopeDeliveries:
    """The ``deliveries`` operations of :class:`AsyncWebhookScope`."""

    def __init__(
        self,
        core: AsyncRequester,
        tenant_id: str,
        endpoint_id: str,
    ) -> None:
        """Binds the resource.

        Args:
            core: The core (or any object with its ``request`` methods) to send calls with.
            tenant_id: The ``tenantId`` path parameter bound to every call.
            endpoint_id: The ``endpointId`` path parameter bound to every call.
        """
        from ..services.webhooks import AsyncWebhooksService

        self._core = core
        self.tenant_id: str = tenant_id
        self.endpoint_id: str = endpoint_id
        self._webhooks = AsyncWebhooksService(core)

    async def list(
        self,
        *,
        status: WebhookDeliveryStatus | None = None,
        limit: int | None = None,
        cursor: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> Page[WebhookDelivery]:
        """List deliveries. Same as :meth:`AsyncWebhooksService.list_deliveries`.

        Args:
            status: Only deliveries in this status.
            limit: Maximum number of items in the page. The API's default is ``20``.
            cursor: Opaque cursor from a previous page's `nextCursor`; absent for the
                first page.
            request_options: Per-call options: ``timeout``, extra ``headers``,
                ``idempotency_key``, ``max_retries``.
        """
        return await self._webhooks.list_deliveries(
            tenant_id=self.tenant_id,
            endpoint_id=self.endpoint_id,
            status=status,
            limit=limit,
            cursor=cursor,
            request_options=request_options,
        )

    def list_all(
        self,
        *,
        status: WebhookDeliveryStatus | None = None,
        limit: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncIterator[WebhookDelivery]:
        """Iterates over every item of :meth:`list`, fetching pages as needed."""
        return self._webhooks.list_all_deliveries(
            tenant_id=self.tenant_id,
            endpoint_id=self.endpoint_id,
            status=status,
            limit=limit,
            request_options=request_options,
        )
