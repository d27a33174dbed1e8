"""Scoped clients for the resources under
``/api/tenants/{tenantId}/webhooks/{endpointId}/deliveries/{deliveryId}``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._runtime import AsyncRequester, RequestOptions, SyncRequester

if TYPE_CHECKING:
    from ..types import WebhookDelivery

__all__ = [
    "AsyncDeliveryScope",
    "DeliveryScope",
]


class DeliveryScope:
    """Client scoped to one delivery: every operation under
    ``/api/tenants/{tenantId}/webhooks/{endpointId}/deliveries/{deliveryId}`` with
    ``tenant_id``, ``endpoint_id``, ``delivery_id`` bound.
    """

    def __init__(
        self,
        core: SyncRequester,
        tenant_id: str,
        endpoint_id: str,
        delivery_id: str,
    ) -> None:
        """Binds the resource.

        Args:
            core: The core (or any object with its ``request`` methods) to send calls with.
            tenant_id: The ``tenantId`` path parameter bound to every call.
            endpoint_id: The ``endpointId`` path parameter bound to every call.
            delivery_id: The ``deliveryId`` path parameter bound to every call.
        """
        from ..services.webhooks import WebhooksService

        self._core = core
        self.tenant_id: str = tenant_id
        self.endpoint_id: str = endpoint_id
        self.delivery_id: str = delivery_id
        self._webhooks = WebhooksService(core)

    def redeliver(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> WebhookDelivery:
        """Redeliver an event. Same as :meth:`WebhooksService.redeliver`.

        Args:
            request_options: Per-call options: ``timeout``, extra ``headers``,
                ``idempotency_key``, ``max_retries``.
        """
        return self._webhooks.redeliver(
            tenant_id=self.tenant_id,
            endpoint_id=self.endpoint_id,
            delivery_id=self.delivery_id,
            request_options=request_options,
        )


class AsyncDeliveryScope:
    """Async client scoped to one delivery: every operation under
    ``/api/tenants/{tenantId}/webhooks/{endpointId}/deliveries/{deliveryId}`` with
    ``tenant_id``, ``endpoint_id``, ``delivery_id`` bound.
    """

    def __init__(
        self,
        core: AsyncRequester,
        tenant_id: str,
        endpoint_id: str,
        delivery_id: str,
    ) -> None:
        """Binds the resource.

        Args:
            core: The core (or any object with its ``request`` methods) to send calls with.
            tenant_id: The ``tenantId`` path parameter bound to every call.
            endpoint_id: The ``endpointId`` path parameter bound to every call.
            delivery_id: The ``deliveryId`` path parameter bound to every call.
        """
        from ..services.webhooks import AsyncWebhooksService

        self._core = core
        self.tenant_id: str = tenant_id
        self.endpoint_id: str = endpoint_id
        self.delivery_id: str = delivery_id
        self._webhooks = AsyncWebhooksService(core)

    async def redeliver(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> WebhookDelivery:
        """Redeliver an event. Same as :meth:`AsyncWebhooksService.redeliver`.

        Args:
            request_options: Per-call options: ``timeout``, extra ``headers``,
                ``idempotency_key``, ``max_retries``.
        """
        return await self._webhooks.redeliver(
            tenant_id=self.tenant_id,
            endpoint_id=self.endpoint_id,
            delivery_id=self.delivery_id,
            request_options=request_options,
        )
