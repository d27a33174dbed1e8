"""The Webhooks service: Tenant webhook endpoints, test dispatch, deliveries and redelivery."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator, Sequence
from functools import partial
from typing import TYPE_CHECKING

from .._constants import WEBHOOK_DELIVERY_STATUSES, WEBHOOK_EVENT_TYPES
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
    from ..types import (
        Empty,
        WebhookDelivery,
        WebhookDeliveryStatus,
        WebhookEndpoint,
        WebhookEventType,
    )

__all__ = [
    "WEBHOOK_DELIVERY_STATUSES",
    "WEBHOOK_EVENT_TYPES",
    "AsyncWebhooksService",
    "AsyncWebhooksServiceWithRawResponse",
    "WebhooksService",
    "WebhooksServiceWithRawResponse",
]


class WebhooksService:
    """Tenant webhook endpoints, test dispatch, deliveries and redelivery.

    Constants: ``WEBHOOK_EVENT_TYPES``, ``WEBHOOK_DELIVERY_STATUSES``.
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
        tenant_id: str,
        *,
        limit: int | None = None,
        cursor: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> Page[WebhookEndpoint]:
        """List webhook endpoints.

        Lists a tenant's webhook endpoints.

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
            "/api/tenants/{tenantId}/webhooks",
            path_params={"tenantId": tenant_id},
            query={"limit": limit, "cursor": cursor},
            security=[["bearerAuth"]],
            options=request_options,
        )
        return Page.from_data(result, items_field="items", next_cursor_field="nextCursor")

    def list_all(
        self,
        tenant_id: str,
        *,
        limit: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> Iterator[WebhookEndpoint]:
        """Iterates over every item of :meth:`list`, fetching one page at a time as needed.

        Args:
            tenant_id: Tenant id (`ten_...`).
            limit: Maximum number of items in the page. The API's default is ``20``.
            request_options: Per-call options: ``timeout``, extra ``headers``,
                ``idempotency_key``, ``max_retries``.
        """
        return iterate_pages(
            partial(self.list, tenant_id, limit=limit, request_options=request_options),
            "cursor",
        )

    def create(
        self,
        tenant_id: str,
        url: str,
        events: Sequence[WebhookEventType],
        *,
        description: str | None = None,
        enabled: bool | None = None,
        request_options: RequestOptions | None = None,
    ) -> WebhookEndpoint:
        """Create a webhook endpoint.

        Registers an HTTPS URL to receive the listed event types. Deliveries are signed with
        the tenant's webhook secret.

        Args:
            tenant_id: Tenant id (`ten_...`).
            url: HTTPS URL.
            events: The `events` field of the request body.
            description: The `description` field of the request body.
            enabled: The `enabled` field of the request body. The API's default is ``True``.
            request_options: Per-call options: ``timeout``, extra ``headers``,
                ``idempotency_key``, ``max_retries``.

        Returns:
            The new endpoint.

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
        result: WebhookEndpoint = self._core.request(
            "POST",
            "/api/tenants/{tenantId}/webhooks",
            path_params={"tenantId": tenant_id},
            json=compact(
                {"url": url, "events": events, "description": description, "enabled": enabled},
            ),
            security=[["bearerAuth"]],
            idempotency_header="Idempotency-Key",
            options=request_options,
        )
        return result

    def get(
        self,
        tenant_id: str,
        endpoint_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> WebhookEndpoint:
        """Get a webhook endpoint.

        Returns an endpoint with its `ETag`.

        Args:
            tenant_id: Tenant id (`ten_...`).
            endpoint_id: Webhook endpoint id (`whe_...`).
            request_options: Per-call options: ``timeout``, extra ``headers``,
                ``idempotency_key``, ``max_retries``.

        Returns:
            The endpoint.

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
        result: WebhookEndpoint = self._core.request(
            "GET",
            "/api/tenants/{tenantId}/webhooks/{endpointId}",
            path_params={"tenantId": tenant_id, "endpointId": endpoint_id},
            security=[["bearerAuth"]],
            options=request_options,
        )
        return result

    def delete(
        self,
        tenant_id: str,
        endpoint_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> Empty:
        """Delete a webhook endpoint.

        Deletes an endpoint; pending deliveries to it are dropped.

        Args:
            tenant_id: Tenant id (`ten_...`).
            endpoint_id: Webhook endpoint id (`whe_...`).
            request_options: Per-call options: ``timeout``, extra ``headers``,
                ``idempotency_key``, ``max_retries``.

        Returns:
            Endpoint deleted.

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
            "/api/tenants/{tenantId}/webhooks/{endpointId}",
            path_params={"tenantId": tenant_id, "endpointId": endpoint_id},
            security=[["bearerAuth"]],
            options=request_options,
        )
        return result

    def update(
        self,
        tenant_id: str,
        endpoint_id: str,
        *,
        url: str | None = None,
        description: str | None = None,
        events: Sequence[WebhookEventType] | None = None,
        enabled: bool | None = None,
        if_match: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> WebhookEndpoint:
        """Update a webhook endpoint.

        Changes an endpoint's URL, description, event types, or pauses it (`enabled: false`).
        Send `If-Match` with the `ETag` from `webhooksGet` (412 if it no longer matches).

        Args:
            tenant_id: Tenant id (`ten_...`).
            endpoint_id: Webhook endpoint id (`whe_...`).
            url: The `url` field of the request body.
            description: The `description` field of the request body.
            events: The `events` field of the request body.
            enabled: The `enabled` field of the request body.
            if_match: The `ETag` of the version being updated. When given and the resource
                has changed since, the update is refused with 412 `precondition_failed`.
            request_options: Per-call options: ``timeout``, extra ``headers``,
                ``idempotency_key``, ``max_retries``.

        Returns:
            The updated endpoint.

        Raises:
            ValidationError: The request is malformed (bad JSON, bad query parameter).
                Code: `bad_request`.
            AuthenticationError: Missing, invalid or expired credentials. Codes:
                `unauthorized`, `invalid_token`, `token_expired`.
            ForbiddenError: Authenticated but not allowed. Codes: `forbidden`,
                `mfa_required`, `email_not_verified`.
            NotFoundError: The resource does not exist or is not visible to the caller.
                Code: `not_found`.
            PreconditionFailedError: `If-Match` does not match the current `ETag`: someone
                else changed the resource. Fetch it again and retry. Code:
                `precondition_failed`.
            RateLimitError: Too many requests from this caller (authentication endpoints
                are limited most tightly, against password guessing). Wait `Retry-After`
                seconds. Code: `rate_limited`.
            InternalServerError: Unexpected server error; `details.requestId` identifies
                it in the logs. Code: `internal`.
        """
        result: WebhookEndpoint = self._core.request(
            "PATCH",
            "/api/tenants/{tenantId}/webhooks/{endpointId}",
            path_params={"tenantId": tenant_id, "endpointId": endpoint_id},
            headers={"If-Match": if_match},
            json=compact(
                {"url": url, "description": description, "events": events, "enabled": enabled},
            ),
            security=[["bearerAuth"]],
            options=request_options,
        )
        return result

    def dispatch_test(
        self,
        tenant_id: str,
        endpoint_id: str,
        *,
        event_type: WebhookEventType | None = None,
        request_options: RequestOptions | None = None,
    ) -> WebhookDelivery:
        """Send a test event.

        Sends a synthetic event (default `webhook.test`) to the endpoint right away and
        returns the delivery attempt.

        Args:
            tenant_id: Tenant id (`ten_...`).
            endpoint_id: Webhook endpoint id (`whe_...`).
            event_type: The `eventType` field of the request body.
            request_options: Per-call options: ``timeout``, extra ``headers``,
                ``idempotency_key``, ``max_retries``.

        Returns:
            The delivery of the test event.

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
        result: WebhookDelivery = self._core.request(
            "POST",
            "/api/tenants/{tenantId}/webhooks/{endpointId}/test",
            path_params={"tenantId": tenant_id, "endpointId": endpoint_id},
            json=compact({"eventType": event_type}),
            security=[["bearerAuth"]],
            options=request_options,
        )
        return result

    def list_deliveries(
        self,
        tenant_id: str,
        endpoint_id: str,
        *,
        status: WebhookDeliveryStatus | None = None,
        limit: int | None = None,
        cursor: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> Page[WebhookDelivery]:
        """List deliveries.

        Lists delivery attempts to an endpoint, newest first, optionally only those in one
        status.

        Args:
            tenant_id: Tenant id (`ten_...`).
            endpoint_id: Webhook endpoint id (`whe_...`).
            status: Only deliveries in this status.
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
            "/api/tenants/{tenantId}/webhooks/{endpointId}/deliveries",
            path_params={"tenantId": tenant_id, "endpointId": endpoint_id},
            query={"status": status, "limit": limit, "cursor": cursor},
            security=[["bearerAuth"]],
            options=request_options,
        )
        return Page.from_data(result, items_field="items", next_cursor_field="nextCursor")

    def list_all_deliveries(
        self,
        tenant_id: str,
        endpoint_id: str,
        *,
        status: WebhookDeliveryStatus | None = None,
        limit: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> Iterator[WebhookDelivery]:
        """Iterates over every item of :meth:`list_deliveries`, fetching one page at a time as
        needed.

        Args:
            tenant_id: Tenant id (`ten_...`).
            endpoint_id: Webhook endpoint id (`whe_...`).
            status: Only deliveries in this status.
            limit: Maximum number of items in the page. The API's default is ``20``.
            request_options: Per-call options: ``timeout``, extra ``headers``,
                ``idempotency_key``, ``max_retries``.
        """
        return iterate_pages(
            partial(
                self.list_deliveries,
                tenant_id,
                endpoint_id,
                status=status,
                limit=limit,
                request_options=request_options,
            ),
            "cursor",
        )

    def redeliver(
        self,
        tenant_id: str,
        endpoint_id: str,
        delivery_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> WebhookDelivery:
        """Redeliver an event.

        Sends the event of a past delivery to the endpoint again, now, and returns the new
        attempt.

        Args:
            tenant_id: Tenant id (`ten_...`).
            endpoint_id: Webhook endpoint id (`whe_...`).
            delivery_id: Webhook delivery id (`whd_...`).
            request_options: Per-call options: ``timeout``, extra ``headers``,
                ``idempotency_key``, ``max_retries``.

        Returns:
            The new delivery attempt.

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
        result: WebhookDelivery = self._core.request(
            "POST",
            "/api/tenants/{tenantId}/webhooks/{endpointId}/deliveries/{deliveryId}/redeliver",
            path_params={
                "tenantId": tenant_id,
                "endpointId": endpoint_id,
                "deliveryId": delivery_id,
            },
            security=[["bearerAuth"]],
            options=request_options,
        )
        return result

    @property
    def with_raw_response(self) -> WebhooksServiceWithRawResponse:
        """The same methods, returning an ``ApiResponse`` (``data``, ``status``, ``headers``,
        ``request_id``, ``etag``).
        """
        return WebhooksServiceWithRawResponse(self._core)


class WebhooksServiceWithRawResponse:
    """The methods of :class:`WebhooksService` returning an ``ApiResponse``: the same data plus
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

    def list(
        self,
        tenant_id: str,
        *,
        limit: int | None = None,
        cursor: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> ApiResponse[Page[WebhookEndpoint]]:
        """Like :meth:`WebhooksService.list`, with the response's status, headers and ETag."""
        response = self._core.request_raw(
            "GET",
            "/api/tenants/{tenantId}/webhooks",
            "json",
            path_params={"tenantId": tenant_id},
            query={"limit": limit, "cursor": cursor},
            security=[["bearerAuth"]],
            options=request_options,
        )
        return response.with_data(
            Page.from_data(response.data, items_field="items", next_cursor_field="nextCursor"),
        )

    def create(
        self,
        tenant_id: str,
        url: str,
        events: Sequence[WebhookEventType],
        *,
        description: str | None = None,
        enabled: bool | None = None,
        request_options: RequestOptions | None = None,
    ) -> ApiResponse[WebhookEndpoint]:
        """Like :meth:`WebhooksService.create`, with the response's status, headers and ETag."""
        return self._core.request_raw(
            "POST",
            "/api/tenants/{tenantId}/webhooks",
            "json",
            path_params={"tenantId": tenant_id},
            json=compact(
                {"url": url, "events": events, "description": description, "enabled": enabled},
            ),
            security=[["bearerAuth"]],
            idempotency_header="Idempotency-Key",
            options=request_options,
        )

    def get(
        self,
        tenant_id: str,
        endpoint_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> ApiResponse[WebhookEndpoint]:
        """Like :meth:`WebhooksService.get`, with the response's status, headers and ETag."""
        return self._core.request_raw(
            "GET",
            "/api/tenants/{tenantId}/webhooks/{endpointId}",
            "json",
            path_params={"tenantId": tenant_id, "endpointId": endpoint_id},
            security=[["bearerAuth"]],
            options=request_options,
        )

    def delete(
        self,
        tenant_id: str,
        endpoint_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> ApiResponse[Empty]:
        """Like :meth:`WebhooksService.delete`, with the response's status, headers and ETag."""
        return self._core.request_raw(
            "DELETE",
            "/api/tenants/{tenantId}/webhooks/{endpointId}",
            "json",
            path_params={"tenantId": tenant_id, "endpointId": endpoint_id},
            security=[["bearerAuth"]],
            options=request_options,
        )

    def update(
        self,
        tenant_id: str,
        endpoint_id: str,
        *,
        url: str | None = None,
        description: str | None = None,
        events: Sequence[WebhookEventType] | None = None,
        enabled: bool | None = None,
        if_match: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> ApiResponse[WebhookEndpoint]:
        """Like :meth:`WebhooksService.update`, with the response's status, headers and ETag."""
        return self._core.request_raw(
            "PATCH",
            "/api/tenants/{tenantId}/webhooks/{endpointId}",
            "json",
            path_params={"tenantId": tenant_id, "endpointId": endpoint_id},
            headers={"If-Match": if_match},
            json=compact(
                {"url": url, "description": description, "events": events, "enabled": enabled},
            ),
            security=[["bearerAuth"]],
            options=request_options,
        )

    def dispatch_test(
        self,
        tenant_id: str,
        endpoint_id: str,
        *,
        event_type: WebhookEventType | None = None,
        request_options: RequestOptions | None = None,
    ) -> ApiResponse[WebhookDelivery]:
        """Like :meth:`WebhooksService.dispatch_test`, with the response's status, headers and
        ETag.
        """
        return self._core.request_raw(
            "POST",
            "/api/tenants/{tenantId}/webhooks/{endpointId}/test",
            "json",
            path_params={"tenantId": tenant_id, "endpointId": endpoint_id},
            json=compact({"eventType": event_type}),
            security=[["bearerAuth"]],
            options=request_options,
        )

    def list_deliveries(
        self,
        tenant_id: str,
        endpoint_id: str,
        *,
        status: WebhookDeliveryStatus | None = None,
        limit: int | None = None,
        cursor: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> ApiResponse[Page[WebhookDelivery]]:
        """Like :meth:`WebhooksService.list_deliveries`, with the response's status, headers and
        ETag.
        """
        response = self._core.request_raw(
            "GET",
            "/api/tenants/{tenantId}/webhooks/{endpointId}/deliveries",
            "json",
            path_params={"tenantId": tenant_id, "endpointId": endpoint_id},
            query={"status": status, "limit": limit, "cursor": cursor},
            security=[["bearerAuth"]],
            options=request_options,
        )
        return response.with_data(
            Page.from_data(response.data, items_field="items", next_cursor_field="nextCursor"),
        )

    def redeliver(
        self,
        tenant_id: str,
        endpoint_id: str,
        delivery_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> ApiResponse[WebhookDelivery]:
        """Like :meth:`WebhooksService.redeliver`, with the response's status, headers and ETag."""
        return self._core.request_raw(
            "POST",
            "/api/tenants/{tenantId}/webhooks/{endpointId}/deliveries/{deliveryId}/redeliver",
            "json",
            path_params={
                "tenantId": tenant_id,
                "endpointId": endpoint_id,
                "deliveryId": delivery_id,
            },
            security=[["bearerAuth"]],
            options=request_options,
        )


class AsyncWebhooksService:
    """Tenant webhook endpoints, test dispatch, deliveries and redelivery.

    Coroutine twin of :class:`WebhooksService`; every method is awaited.

    Constants: ``WEBHOOK_EVENT_TYPES``, ``WEBHOOK_DELIVERY_STATUSES``.
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
        tenant_id: str,
        *,
        limit: int | None = None,
        cursor: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> Page[WebhookEndpoint]:
        """List webhook endpoints.

        Lists a tenant's webhook endpoints.

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
            "/api/tenants/{tenantId}/webhooks",
            path_params={"tenantId": tenant_id},
            query={"limit": limit, "cursor": cursor},
            security=[["bearerAuth"]],
            options=request_options,
        )
        return Page.from_data(result, items_field="items", next_cursor_field="nextCursor")

    def list_all(
        self,
        tenant_id: str,
        *,
        limit: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncIterator[WebhookEndpoint]:
        """Iterates over every item of :meth:`list`, fetching one page at a time as needed.

        Args:
            tenant_id: Tenant id (`ten_...`).
            limit: Maximum number of items in the page. The API's default is ``20``.
            request_options: Per-call options: ``timeout``, extra ``headers``,
                ``idempotency_key``, ``max_retries``.
        """
        return aiterate_pages(
            partial(self.list, tenant_id, limit=limit, request_options=request_options),
            "cursor",
        )

    async def create(
        self,
        tenant_id: str,
        url: str,
        events: Sequence[WebhookEventType],
        *,
        description: str | None = None,
        enabled: bool | None = None,
        request_options: RequestOptions | None = None,
    ) -> WebhookEndpoint:
        """Create a webhook endpoint.

        Registers an HTTPS URL to receive the listed event types. Deliveries are signed with
        the tenant's webhook secret.

        Args:
            tenant_id: Tenant id (`ten_...`).
            url: HTTPS URL.
            events: The `events` field of the request body.
            description: The `description` field of the request body.
            enabled: The `enabled` field of the request body. The API's default is ``True``.
            request_options: Per-call options: ``timeout``, extra ``headers``,
                ``idempotency_key``, ``max_retries``.

        Returns:
            The new endpoint.

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
        result: WebhookEndpoint = await self._core.request(
            "POST",
            "/api/tenants/{tenantId}/webhooks",
            path_params={"tenantId": tenant_id},
            json=compact(
                {"url": url, "events": events, "description": description, "enabled": enabled},
            ),
            security=[["bearerAuth"]],
            idempotency_header="Idempotency-Key",
            options=request_options,
        )
        return result

    async def get(
        self,
        tenant_id: str,
        endpoint_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> WebhookEndpoint:
        """Get a webhook endpoint.

        Returns an endpoint with its `ETag`.

        Args:
            tenant_id: Tenant id (`ten_...`).
            endpoint_id: Webhook endpoint id (`whe_...`).
            request_options: Per-call options: ``timeout``, extra ``headers``,
                ``idempotency_key``, ``max_retries``.

        Returns:
            The endpoint.

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
        result: WebhookEndpoint = await self._core.request(
            "GET",
            "/api/tenants/{tenantId}/webhooks/{endpointId}",
            path_params={"tenantId": tenant_id, "endpointId": endpoint_id},
            security=[["bearerAuth"]],
            options=request_options,
        )
        return result

    async def delete(
        self,
        tenant_id: str,
        endpoint_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> Empty:
        """Delete a webhook endpoint.

        Deletes an endpoint; pending deliveries to it are dropped.

        Args:
            tenant_id: Tenant id (`ten_...`).
            endpoint_id: Webhook endpoint id (`whe_...`).
            request_options: Per-call options: ``timeout``, extra ``headers``,
                ``idempotency_key``, ``max_retries``.

        Returns:
            Endpoint deleted.

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
            "/api/tenants/{tenantId}/webhooks/{endpointId}",
            path_params={"tenantId": tenant_id, "endpointId": endpoint_id},
            security=[["bearerAuth"]],
            options=request_options,
        )
        return result

    async def update(
        self,
        tenant_id: str,
        endpoint_id: str,
        *,
        url: str | None = None,
        description: str | None = None,
        events: Sequence[WebhookEventType] | None = None,
        enabled: bool | None = None,
        if_match: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> WebhookEndpoint:
        """Update a webhook endpoint.

        Changes an endpoint's URL, description, event types, or pauses it (`enabled: false`).
        Send `If-Match` with the `ETag` from `webhooksGet` (412 if it no longer matches).

        Args:
            tenant_id: Tenant id (`ten_...`).
            endpoint_id: Webhook endpoint id (`whe_...`).
            url: The `url` field of the request body.
            description: The `description` field of the request body.
            events: The `events` field of the request body.
            enabled: The `enabled` field of the request body.
            if_match: The `ETag` of the version being updated. When given and the resource
                has changed since, the update is refused with 412 `precondition_failed`.
            request_options: Per-call options: ``timeout``, extra ``headers``,
                ``idempotency_key``, ``max_retries``.

        Returns:
            The updated endpoint.

        Raises:
            ValidationError: The request is malformed (bad JSON, bad query parameter).
                Code: `bad_request`.
            AuthenticationError: Missing, invalid or expired credentials. Codes:
                `unauthorized`, `invalid_token`, `token_expired`.
            ForbiddenError: Authenticated but not allowed. Codes: `forbidden`,
                `mfa_required`, `email_not_verified`.
            NotFoundError: The resource does not exist or is not visible to the caller.
                Code: `not_found`.
            PreconditionFailedError: `If-Match` does not match the current `ETag`: someone
                else changed the resource. Fetch it again and retry. Code:
                `precondition_failed`.
            RateLimitError: Too many requests from this caller (authentication endpoints
                are limited most tightly, against password guessing). Wait `Retry-After`
                seconds. Code: `rate_limited`.
            InternalServerError: Unexpected server error; `details.requestId` identifies
                it in the logs. Code: `internal`.
        """
        result: WebhookEndpoint = await self._core.request(
            "PATCH",
            "/api/tenants/{tenantId}/webhooks/{endpointId}",
            path_params={"tenantId": tenant_id, "endpointId": endpoint_id},
            headers={"If-Match": if_match},
            json=compact(
                {"url": url, "description": description, "events": events, "enabled": enabled},
            ),
            security=[["bearerAuth"]],
            options=request_options,
        )
        return result

    async def dispatch_test(
        self,
        tenant_id: str,
        endpoint_id: str,
        *,
        event_type: WebhookEventType | None = None,
        request_options: RequestOptions | None = None,
    ) -> WebhookDelivery:
        """Send a test event.

        Sends a synthetic event (default `webhook.test`) to the endpoint right away and
        returns the delivery attempt.

        Args:
            tenant_id: Tenant id (`ten_...`).
            endpoint_id: Webhook endpoint id (`whe_...`).
            event_type: The `eventType` field of the request body.
            request_options: Per-call options: ``timeout``, extra ``headers``,
                ``idempotency_key``, ``max_retries``.

        Returns:
            The delivery of the test event.

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
        result: WebhookDelivery = await self._core.request(
            "POST",
            "/api/tenants/{tenantId}/webhooks/{endpointId}/test",
            path_params={"tenantId": tenant_id, "endpointId": endpoint_id},
            json=compact({"eventType": event_type}),
            security=[["bearerAuth"]],
            options=request_options,
        )
        return result

    async def list_deliveries(
        self,
        tenant_id: str,
        endpoint_id: str,
        *,
        status: WebhookDeliveryStatus | None = None,
        limit: int | None = None,
        cursor: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> Page[WebhookDelivery]:
        """List deliveries.

        Lists delivery attempts to an endpoint, newest first, optionally only those in one
        status.

        Args:
            tenant_id: Tenant id (`ten_...`).
            endpoint_id: Webhook endpoint id (`whe_...`).
            status: Only deliveries in this status.
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
            "/api/tenants/{tenantId}/webhooks/{endpointId}/deliveries",
            path_params={"tenantId": tenant_id, "endpointId": endpoint_id},
            query={"status": status, "limit": limit, "cursor": cursor},
            security=[["bearerAuth"]],
            options=request_options,
        )
        return Page.from_data(result, items_field="items", next_cursor_field="nextCursor")

    def list_all_deliveries(
        self,
        tenant_id: str,
        endpoint_id: str,
        *,
        status: WebhookDeliveryStatus | None = None,
        limit: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncIterator[WebhookDelivery]:
        """Iterates over every item of :meth:`list_deliveries`, fetching one page at a time as
        needed.

        Args:
            tenant_id: Tenant id (`ten_...`).
            endpoint_id: Webhook endpoint id (`whe_...`).
            status: Only deliveries in this status.
            limit: Maximum number of items in the page. The API's default is ``20``.
            request_options: Per-call options: ``timeout``, extra ``headers``,
                ``idempotency_key``, ``max_retries``.
        """
        return aiterate_pages(
            partial(
                self.list_deliveries,
                tenant_id,
                endpoint_id,
                status=status,
                limit=limit,
                request_options=request_options,
            ),
            "cursor",
        )

    async def redeliver(
        self,
        tenant_id: str,
        endpoint_id: str,
        delivery_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> WebhookDelivery:
        """Redeliver an event.

        Sends the event of a past delivery to the endpoint again, now, and returns the new
        attempt.

        Args:
            tenant_id: Tenant id (`ten_...`).
            endpoint_id: Webhook endpoint id (`whe_...`).
            delivery_id: Webhook delivery id (`whd_...`).
            request_options: Per-call options: ``timeout``, extra ``headers``,
                ``idempotency_key``, ``max_retries``.

        Returns:
            The new delivery attempt.

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
        result: WebhookDelivery = await self._core.request(
            "POST",
            "/api/tenants/{tenantId}/webhooks/{endpointId}/deliveries/{deliveryId}/redeliver",
            path_params={
                "tenantId": tenant_id,
                "endpointId": endpoint_id,
                "deliveryId": delivery_id,
            },
            security=[["bearerAuth"]],
            options=request_options,
        )
        return result

    @property
    def with_raw_response(self) -> AsyncWebhooksServiceWithRawResponse:
        """The same methods, returning an ``ApiResponse`` (``data``, ``status``, ``headers``,
        ``request_id``, ``etag``).
        """
        return AsyncWebhooksServiceWithRawResponse(self._core)


class AsyncWebhooksServiceWithRawResponse:
    """The methods of :class:`AsyncWebhooksService` returning an ``ApiResponse``: the same data
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

    async def list(
        self,
        tenant_id: str,
        *,
        limit: int | None = None,
        cursor: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> ApiResponse[Page[WebhookEndpoint]]:
        """Like :meth:`AsyncWebhooksService.list`, with the response's status, headers and ETag."""
        response = await self._core.request_raw(
            "GET",
            "/api/tenants/{tenantId}/webhooks",
            "json",
            path_params={"tenantId": tenant_id},
            query={"limit": limit, "cursor": cursor},
            security=[["bearerAuth"]],
            options=request_options,
        )
        return response.with_data(
            Page.from_data(response.data, items_field="items", next_cursor_field="nextCursor"),
        )

    async def create(
        self,
        tenant_id: str,
        url: str,
        events: Sequence[WebhookEventType],
        *,
        description: str | None = None,
        enabled: bool | None = None,
        request_options: RequestOptions | None = None,
    ) -> ApiResponse[WebhookEndpoint]:
        """Like :meth:`AsyncWebhooksService.create`, with the response's status, headers and
        ETag.
        """
        return await self._core.request_raw(
            "POST",
            "/api/tenants/{tenantId}/webhooks",
            "json",
            path_params={"tenantId": tenant_id},
            json=compact(
                {"url": url, "events": events, "description": description, "enabled": enabled},
            ),
            security=[["bearerAuth"]],
            idempotency_header="Idempotency-Key",
            options=request_options,
        )

    async def get(
        self,
        tenant_id: str,
        endpoint_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> ApiResponse[WebhookEndpoint]:
        """Like :meth:`AsyncWebhooksService.get`, with the response's status, headers and ETag."""
        return await self._core.request_raw(
            "GET",
            "/api/tenants/{tenantId}/webhooks/{endpointId}",
            "json",
            path_params={"tenantId": tenant_id, "endpointId": endpoint_id},
            security=[["bearerAuth"]],
            options=request_options,
        )

    async def delete(
        self,
        tenant_id: str,
        endpoint_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> ApiResponse[Empty]:
        """Like :meth:`AsyncWebhooksService.delete`, with the response's status, headers and
        ETag.
        """
        return await self._core.request_raw(
            "DELETE",
            "/api/tenants/{tenantId}/webhooks/{endpointId}",
            "json",
            path_params={"tenantId": tenant_id, "endpointId": endpoint_id},
            security=[["bearerAuth"]],
            options=request_options,
        )

    async def update(
        self,
        tenant_id: str,
        endpoint_id: str,
        *,
        url: str | None = None,
        description: str | None = None,
        events: Sequence[WebhookEventType] | None = None,
        enabled: bool | None = None,
        if_match: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> ApiResponse[WebhookEndpoint]:
        """Like :meth:`AsyncWebhooksService.update`, with the response's status, headers and
        ETag.
        """
        return await self._core.request_raw(
            "PATCH",
            "/api/tenants/{tenantId}/webhooks/{endpointId}",
            "json",
            path_params={"tenantId": tenant_id, "endpointId": endpoint_id},
            headers={"If-Match": if_match},
            json=compact(
                {"url": url, "description": description, "events": events, "enabled": enabled},
            ),
            security=[["bearerAuth"]],
            options=request_options,
        )

    async def dispatch_test(
        self,
        tenant_id: str,
        endpoint_id: str,
        *,
        event_type: WebhookEventType | None = None,
        request_options: RequestOptions | None = None,
    ) -> ApiResponse[WebhookDelivery]:
        """Like :meth:`AsyncWebhooksService.dispatch_test`, with the response's status, headers
        and ETag.
        """
        return await self._core.request_raw(
            "POST",
            "/api/tenants/{tenantId}/webhooks/{endpointId}/test",
            "json",
            path_params={"tenantId": tenant_id, "endpointId": endpoint_id},
            json=compact({"eventType": event_type}),
            security=[["bearerAuth"]],
            options=request_options,
        )

    async def list_deliveries(
        self,
        tenant_id: str,
        endpoint_id: str,
        *,
        status: WebhookDeliveryStatus | None = None,
        limit: int | None = None,
        cursor: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> ApiResponse[Page[WebhookDelivery]]:
        """Like :meth:`AsyncWebhooksService.list_deliveries`, with the response's status, headers
        and ETag.
        """
        response = await self._core.request_raw(
            "GET",
            "/api/tenants/{tenantId}/webhooks/{endpointId}/deliveries",
            "json",
            path_params={"tenantId": tenant_id, "endpointId": endpoint_id},
            query={"status": status, "limit": limit, "cursor": cursor},
            security=[["bearerAuth"]],
            options=request_options,
        )
        return response.with_data(
            Page.from_data(response.data, items_field="items", next_cursor_field="nextCursor"),
        )

    async def redeliver(
        self,
        tenant_id: str,
        endpoint_id: str,
        delivery_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> ApiResponse[WebhookDelivery]:
        """Like :meth:`AsyncWebhooksService.redeliver`, with the response's status, headers and
        ETag.
        """
        return await self._core.request_raw(
            "POST",
            "/api/tenants/{tenantId}/webhooks/{endpointId}/deliveries/{deliveryId}/redeliver",
            "json",
            path_params={
                "tenantId": tenant_id,
                "endpointId": endpoint_id,
                "deliveryId": delivery_id,
            },
            security=[["bearerAuth"]],
            options=request_options,
        )
