"""The Billing service: Plans, tenant subscription, entitlements and the current invoice."""

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
    from ..types import Entitlements, Invoice, Plan, Subscription

__all__ = [
    "AsyncBillingService",
    "AsyncBillingServiceWithRawResponse",
    "BillingService",
    "BillingServiceWithRawResponse",
]


class BillingService:
    """Plans, tenant subscription, entitlements and the current invoice."""

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

    def plans(
        self,
        *,
        limit: int | None = None,
        cursor: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> Page[Plan]:
        """List plans.

        Lists the plans a tenant can subscribe to, cheapest first.

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
            "/api/billing/plans",
            query={"limit": limit, "cursor": cursor},
            security=[["bearerAuth"]],
            options=request_options,
        )
        return Page.from_data(result, items_field="items", next_cursor_field="nextCursor")

    def iter_plans(
        self,
        *,
        limit: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> Iterator[Plan]:
        """Iterates over every item of :meth:`plans`, fetching one page at a time as needed.

        Args:
            limit: Maximum number of items in the page. The API's default is ``20``.
            request_options: Per-call options: ``timeout``, extra ``headers``,
                ``idempotency_key``, ``max_retries``.
        """
        return iterate_pages(
            partial(self.plans, limit=limit, request_options=request_options),
            "cursor",
        )

    def get_subscription(
        self,
        tenant_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> Subscription:
        """Get the subscription.

        Returns the tenant's current subscription. Every tenant has one (on `plan_free` until
        it subscribes).

        Args:
            tenant_id: Tenant id (`ten_...`).
            request_options: Per-call options: ``timeout``, extra ``headers``,
                ``idempotency_key``, ``max_retries``.

        Returns:
            The subscription.

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
        result: Subscription = self._core.request(
            "GET",
            "/api/tenants/{tenantId}/billing/subscription",
            path_params={"tenantId": tenant_id},
            security=[["bearerAuth"]],
            options=request_options,
        )
        return result

    def subscribe(
        self,
        tenant_id: str,
        plan_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> Subscription:
        """Subscribe or change plan.

        Puts the tenant on a plan, starting a paid subscription or changing the plan of the
        current one (prorated). Owners only.

        Args:
            tenant_id: Tenant id (`ten_...`).
            plan_id: The `planId` field of the request body.
            request_options: Per-call options: ``timeout``, extra ``headers``,
                ``idempotency_key``, ``max_retries``.

        Returns:
            The subscription on its new plan.

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
        result: Subscription = self._core.request(
            "POST",
            "/api/tenants/{tenantId}/billing/subscription",
            path_params={"tenantId": tenant_id},
            json={"planId": plan_id},
            security=[["bearerAuth"]],
            idempotency_header="Idempotency-Key",
            options=request_options,
        )
        return result

    def cancel(
        self,
        tenant_id: str,
        *,
        at_period_end: bool | None = None,
        reason: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> Subscription:
        """Cancel the subscription.

        Cancels the paid subscription, at the end of the current period (default) or now. The
        tenant then falls back to `plan_free`.

        Args:
            tenant_id: Tenant id (`ten_...`).
            at_period_end: Keep the plan until the end of the paid period (true) or stop
                now (false). The API's default is ``True``.
            reason: The `reason` field of the request body.
            request_options: Per-call options: ``timeout``, extra ``headers``,
                ``idempotency_key``, ``max_retries``.

        Returns:
            The subscription, marked for cancellation.

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
        result: Subscription = self._core.request(
            "POST",
            "/api/tenants/{tenantId}/billing/subscription/cancel",
            path_params={"tenantId": tenant_id},
            json=compact({"atPeriodEnd": at_period_end, "reason": reason}),
            security=[["bearerAuth"]],
            options=request_options,
        )
        return result

    def entitlements(
        self,
        tenant_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> Entitlements:
        """Get entitlements.

        The features and limits the tenant is entitled to now, from its plan or from a
        platform override.

        Args:
            tenant_id: Tenant id (`ten_...`).
            request_options: Per-call options: ``timeout``, extra ``headers``,
                ``idempotency_key``, ``max_retries``.

        Returns:
            The entitlements.

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
        result: Entitlements = self._core.request(
            "GET",
            "/api/tenants/{tenantId}/billing/entitlements",
            path_params={"tenantId": tenant_id},
            security=[["bearerAuth"]],
            options=request_options,
        )
        return result

    def current_invoice(
        self,
        tenant_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> Invoice:
        """Get the current invoice.

        The open (upcoming) invoice of the current billing period, with its lines so far.

        Args:
            tenant_id: Tenant id (`ten_...`).
            request_options: Per-call options: ``timeout``, extra ``headers``,
                ``idempotency_key``, ``max_retries``.

        Returns:
            The current invoice.

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
        result: Invoice = self._core.request(
            "GET",
            "/api/tenants/{tenantId}/billing/invoices/current",
            path_params={"tenantId": tenant_id},
            security=[["bearerAuth"]],
            options=request_options,
        )
        return result

    @property
    def with_raw_response(self) -> BillingServiceWithRawResponse:
        """The same methods, returning an ``ApiResponse`` (``data``, ``status``, ``headers``,
        ``request_id``, ``etag``).
        """
        return BillingServiceWithRawResponse(self._core)


class BillingServiceWithRawResponse:
    """The methods of :class:`BillingService` returning an ``ApiResponse``: the same data plus
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

    def plans(
        self,
        *,
        limit: int | None = None,
        cursor: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> ApiResponse[Page[Plan]]:
        """Like :meth:`BillingService.plans`, with the response's status, headers and ETag."""
        response = self._core.request_raw(
            "GET",
            "/api/billing/plans",
            "json",
            query={"limit": limit, "cursor": cursor},
            security=[["bearerAuth"]],
            options=request_options,
        )
        return response.with_data(
            Page.from_data(response.data, items_field="items", next_cursor_field="nextCursor"),
        )

    def get_subscription(
        self,
        tenant_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> ApiResponse[Subscription]:
        """Like :meth:`BillingService.get_subscription`, with the response's status, headers and
        ETag.
        """
        return self._core.request_raw(
            "GET",
            "/api/tenants/{tenantId}/billing/subscription",
            "json",
            path_params={"tenantId": tenant_id},
            security=[["bearerAuth"]],
            options=request_options,
        )

    def subscribe(
        self,
        tenant_id: str,
        plan_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> ApiResponse[Subscription]:
        """Like :meth:`BillingService.subscribe`, with the response's status, headers and ETag."""
        return self._core.request_raw(
            "POST",
            "/api/tenants/{tenantId}/billing/subscription",
            "json",
            path_params={"tenantId": tenant_id},
            json={"planId": plan_id},
            security=[["bearerAuth"]],
            idempotency_header="Idempotency-Key",
            options=request_options,
        )

    def cancel(
        self,
        tenant_id: str,
        *,
        at_period_end: bool | None = None,
        reason: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> ApiResponse[Subscription]:
        """Like :meth:`BillingService.cancel`, with the response's status, headers and ETag."""
        return self._core.request_raw(
            "POST",
            "/api/tenants/{tenantId}/billing/subscription/cancel",
            "json",
            path_params={"tenantId": tenant_id},
            json=compact({"atPeriodEnd": at_period_end, "reason": reason}),
            security=[["bearerAuth"]],
            options=request_options,
        )

    def entitlements(
        self,
        tenant_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> ApiResponse[Entitlements]:
        """Like :meth:`BillingService.entitlements`, with the response's status, headers and
        ETag.
        """
        return self._core.request_raw(
            "GET",
            "/api/tenants/{tenantId}/billing/entitlements",
            "json",
            path_params={"tenantId": tenant_id},
            security=[["bearerAuth"]],
            options=request_options,
        )

    def current_invoice(
        self,
        tenant_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> ApiResponse[Invoice]:
        """Like :meth:`BillingService.current_invoice`, with the response's status, headers and
        ETag.
        """
        return self._core.request_raw(
            "GET",
            "/api/tenants/{tenantId}/billing/invoices/current",
            "json",
            path_params={"tenantId": tenant_id},
            security=[["bearerAuth"]],
            options=request_options,
        )


class AsyncBillingService:
    """Plans, tenant subscription, entitlements and the current invoice.

    Coroutine twin of :class:`BillingService`; every method is awaited.
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

    async def plans(
        self,
        *,
        limit: int | None = None,
        cursor: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> Page[Plan]:
        """List plans.

        Lists the plans a tenant can subscribe to, cheapest first.

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
            "/api/billing/plans",
            query={"limit": limit, "cursor": cursor},
            security=[["bearerAuth"]],
            options=request_options,
        )
        return Page.from_data(result, items_field="items", next_cursor_field="nextCursor")

    def iter_plans(
        self,
        *,
        limit: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncIterator[Plan]:
        """Iterates over every item of :meth:`plans`, fetching one page at a time as needed.

        Args:
            limit: Maximum number of items in the page. The API's default is ``20``.
            request_options: Per-call options: ``timeout``, extra ``headers``,
                ``idempotency_key``, ``max_retries``.
        """
        return aiterate_pages(
            partial(self.plans, limit=limit, request_options=request_options),
            "cursor",
        )

    async def get_subscription(
        self,
        tenant_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> Subscription:
        """Get the subscription.

        Returns the tenant's current subscription. Every tenant has one (on `plan_free` until
        it subscribes).

        Args:
            tenant_id: Tenant id (`ten_...`).
            request_options: Per-call options: ``timeout``, extra ``headers``,
                ``idempotency_key``, ``max_retries``.

        Returns:
            The subscription.

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
        result: Subscription = await self._core.request(
            "GET",
            "/api/tenants/{tenantId}/billing/subscription",
            path_params={"tenantId": tenant_id},
            security=[["bearerAuth"]],
            options=request_options,
        )
        return result

    async def subscribe(
        self,
        tenant_id: str,
        plan_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> Subscription:
        """Subscribe or change plan.

        Puts the tenant on a plan, starting a paid subscription or changing the plan of the
        current one (prorated). Owners only.

        Args:
            tenant_id: Tenant id (`ten_...`).
            plan_id: The `planId` field of the request body.
            request_options: Per-call options: ``timeout``, extra ``headers``,
                ``idempotency_key``, ``max_retries``.

        Returns:
            The subscription on its new plan.

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
        result: Subscription = await self._core.request(
            "POST",
            "/api/tenants/{tenantId}/billing/subscription",
            path_params={"tenantId": tenant_id},
            json={"planId": plan_id},
            security=[["bearerAuth"]],
            idempotency_header="Idempotency-Key",
            options=request_options,
        )
        return result

    async def cancel(
        self,
        tenant_id: str,
        *,
        at_period_end: bool | None = None,
        reason: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> Subscription:
        """Cancel the subscription.

        Cancels the paid subscription, at the end of the current period (default) or now. The
        tenant then falls back to `plan_free`.

        Args:
            tenant_id: Tenant id (`ten_...`).
            at_period_end: Keep the plan until the end of the paid period (true) or stop
                now (false). The API's default is ``True``.
            reason: The `reason` field of the request body.
            request_options: Per-call options: ``timeout``, extra ``headers``,
                ``idempotency_key``, ``max_retries``.

        Returns:
            The subscription, marked for cancellation.

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
        result: Subscription = await self._core.request(
            "POST",
            "/api/tenants/{tenantId}/billing/subscription/cancel",
            path_params={"tenantId": tenant_id},
            json=compact({"atPeriodEnd": at_period_end, "reason": reason}),
            security=[["bearerAuth"]],
            options=request_options,
        )
        return result

    async def entitlements(
        self,
        tenant_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> Entitlements:
        """Get entitlements.

        The features and limits the tenant is entitled to now, from its plan or from a
        platform override.

        Args:
            tenant_id: Tenant id (`ten_...`).
            request_options: Per-call options: ``timeout``, extra ``headers``,
                ``idempotency_key``, ``max_retries``.

        Returns:
            The entitlements.

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
        result: Entitlements = await self._core.request(
            "GET",
            "/api/tenants/{tenantId}/billing/entitlements",
            path_params={"tenantId": tenant_id},
            security=[["bearerAuth"]],
            options=request_options,
        )
        return result

    async def current_invoice(
        self,
        tenant_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> Invoice:
        """Get the current invoice.

        The open (upcoming) invoice of the current billing period, with its lines so far.

        Args:
            tenant_id: Tenant id (`ten_...`).
            request_options: Per-call options: ``timeout``, extra ``headers``,
                ``idempotency_key``, ``max_retries``.

        Returns:
            The current invoice.

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
        result: Invoice = await self._core.request(
            "GET",
            "/api/tenants/{tenantId}/billing/invoices/current",
            path_params={"tenantId": tenant_id},
            security=[["bearerAuth"]],
            options=request_options,
        )
        return result

    @property
    def with_raw_response(self) -> AsyncBillingServiceWithRawResponse:
        """The same methods, returning an ``ApiResponse`` (``data``, ``status``, ``headers``,
        ``request_id``, ``etag``).
        """
        return AsyncBillingServiceWithRawResponse(self._core)


class AsyncBillingServiceWithRawResponse:
    """The methods of :class:`AsyncBillingService` returning an ``ApiResponse``: the same data
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

    async def plans(
        self,
        *,
        limit: int | None = None,
        cursor: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> ApiResponse[Page[Plan]]:
        """Like :meth:`AsyncBillingService.plans`, with the response's status, headers and ETag."""
        response = await self._core.request_raw(
            "GET",
            "/api/billing/plans",
            "json",
            query={"limit": limit, "cursor": cursor},
            security=[["bearerAuth"]],
            options=request_options,
        )
        return response.with_data(
            Page.from_data(response.data, items_field="items", next_cursor_field="nextCursor"),
        )

    async def get_subscription(
        self,
        tenant_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> ApiResponse[Subscription]:
        """Like :meth:`AsyncBillingService.get_subscription`, with the response's status, headers
        and ETag.
        """
        return await self._core.request_raw(
            "GET",
            "/api/tenants/{tenantId}/billing/subscription",
            "json",
            path_params={"tenantId": tenant_id},
            security=[["bearerAuth"]],
            options=request_options,
        )

    async def subscribe(
        self,
        tenant_id: str,
        plan_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> ApiResponse[Subscription]:
        """Like :meth:`AsyncBillingService.subscribe`, with the response's status, headers and
        ETag.
        """
        return await self._core.request_raw(
            "POST",
            "/api/tenants/{tenantId}/billing/subscription",
            "json",
            path_params={"tenantId": tenant_id},
            json={"planId": plan_id},
            security=[["bearerAuth"]],
            idempotency_header="Idempotency-Key",
            options=request_options,
        )

    async def cancel(
        self,
        tenant_id: str,
        *,
        at_period_end: bool | None = None,
        reason: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> ApiResponse[Subscription]:
        """Like :meth:`AsyncBillingService.cancel`, with the response's status, headers and ETag."""
        return await self._core.request_raw(
            "POST",
            "/api/tenants/{tenantId}/billing/subscription/cancel",
            "json",
            path_params={"tenantId": tenant_id},
            json=compact({"atPeriodEnd": at_period_end, "reason": reason}),
            security=[["bearerAuth"]],
            options=request_options,
        )

    async def entitlements(
        self,
        tenant_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> ApiResponse[Entitlements]:
        """Like :meth:`AsyncBillingService.entitlements`, with the response's status, headers and
        ETag.
        """
        return await self._core.request_raw(
            "GET",
            "/api/tenants/{tenantId}/billing/entitlements",
            "json",
            path_params={"tenantId": tenant_id},
            security=[["bearerAuth"]],
            options=request_options,
        )

    async def current_invoice(
        self,
        tenant_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> ApiResponse[Invoice]:
        """Like :meth:`AsyncBillingService.current_invoice`, with the response's status, headers
        and ETag.
        """
        return await self._core.request_raw(
            "GET",
            "/api/tenants/{tenantId}/billing/invoices/current",
            "json",
            path_params={"tenantId": tenant_id},
            security=[["bearerAuth"]],
            options=request_options,
        )
