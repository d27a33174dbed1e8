"""The PlatformBilling service: Platform operators only. Subscription overrides for a tenant."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._runtime import ApiResponse, AsyncRequester, RequestOptions, SyncRequester, compact

if TYPE_CHECKING:
    from ..types import Empty, SubscriptionOverride

__all__ = [
    "AsyncPlatformBillingService",
    "AsyncPlatformBillingServiceWithRawResponse",
    "PlatformBillingService",
    "PlatformBillingServiceWithRawResponse",
]


class PlatformBillingService:
    """Platform operators only. Subscription overrides for a tenant."""

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

    def get_override(
        self,
        tenant_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> SubscriptionOverride:
        """Get a subscription override.

        Returns the tenant's override; 404 when it has none.

        Args:
            tenant_id: Tenant id (`ten_...`).
            request_options: Per-call options: ``timeout``, extra ``headers``,
                ``idempotency_key``, ``max_retries``.

        Returns:
            The override in force.

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
        result: SubscriptionOverride = self._core.request(
            "GET",
            "/api/platform/billing/overrides/{tenantId}",
            path_params={"tenantId": tenant_id},
            security=[["platformAuth"]],
            options=request_options,
        )
        return result

    def set_override(
        self,
        tenant_id: str,
        plan_id: str,
        reason: str,
        *,
        expires_at: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> SubscriptionOverride:
        """Set a subscription override.

        Puts a tenant on a plan regardless of its paid subscription (for trials, partners,
        support credits), until `expiresAt` or until cleared. Replaces any existing override.

        Args:
            tenant_id: Tenant id (`ten_...`).
            plan_id: The `planId` field of the request body.
            reason: The `reason` field of the request body.
            expires_at: When the override lapses; never when absent.
            request_options: Per-call options: ``timeout``, extra ``headers``,
                ``idempotency_key``, ``max_retries``.

        Returns:
            The override in force.

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
        result: SubscriptionOverride = self._core.request(
            "PUT",
            "/api/platform/billing/overrides/{tenantId}",
            path_params={"tenantId": tenant_id},
            json=compact({"planId": plan_id, "reason": reason, "expiresAt": expires_at}),
            security=[["platformAuth"]],
            options=request_options,
        )
        return result

    def clear_override(
        self,
        tenant_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> Empty:
        """Clear a subscription override.

        Removes the override; the tenant's own subscription applies again.

        Args:
            tenant_id: Tenant id (`ten_...`).
            request_options: Per-call options: ``timeout``, extra ``headers``,
                ``idempotency_key``, ``max_retries``.

        Returns:
            Override cleared.

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
            "/api/platform/billing/overrides/{tenantId}",
            path_params={"tenantId": tenant_id},
            security=[["platformAuth"]],
            options=request_options,
        )
        return result

    @property
    def with_raw_response(self) -> PlatformBillingServiceWithRawResponse:
        """The same methods, returning an ``ApiResponse`` (``data``, ``status``, ``headers``,
        ``request_id``, ``etag``).
        """
        return PlatformBillingServiceWithRawResponse(self._core)


class PlatformBillingServiceWithRawResponse:
    """The methods of :class:`PlatformBillingService` returning an ``ApiResponse``: the same data
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

    def get_override(
        self,
        tenant_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> ApiResponse[SubscriptionOverride]:
        """Like :meth:`PlatformBillingService.get_override`, with the response's status, headers
        and ETag.
        """
        return self._core.request_raw(
            "GET",
            "/api/platform/billing/overrides/{tenantId}",
            "json",
            path_params={"tenantId": tenant_id},
            security=[["platformAuth"]],
            options=request_options,
        )

    def set_override(
        self,
        tenant_id: str,
        plan_id: str,
        reason: str,
        *,
        expires_at: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> ApiResponse[SubscriptionOverride]:
        """Like :meth:`PlatformBillingService.set_override`, with the response's status, headers
        and ETag.
        """
        return self._core.request_raw(
            "PUT",
            "/api/platform/billing/overrides/{tenantId}",
            "json",
            path_params={"tenantId": tenant_id},
            json=compact({"planId": plan_id, "reason": reason, "expiresAt": expires_at}),
            security=[["platformAuth"]],
            options=request_options,
        )

    def clear_override(
        self,
        tenant_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> ApiResponse[Empty]:
        """Like :meth:`PlatformBillingService.clear_override`, with the response's status,
        headers and ETag.
        """
        return self._core.request_raw(
            "DELETE",
            "/api/platform/billing/overrides/{tenantId}",
            "json",
            path_params={"tenantId": tenant_id},
            security=[["platformAuth"]],
            options=request_options,
        )


class AsyncPlatformBillingService:
    """Platform operators only. Subscription overrides for a tenant.

    Coroutine twin of :class:`PlatformBillingService`; every method is awaited.
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

    async def get_override(
        self,
        tenant_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> SubscriptionOverride:
        """Get a subscription override.

        Returns the tenant's override; 404 when it has none.

        Args:
            tenant_id: Tenant id (`ten_...`).
            request_options: Per-call options: ``timeout``, extra ``headers``,
                ``idempotency_key``, ``max_retries``.

        Returns:
            The override in force.

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
        result: SubscriptionOverride = await self._core.request(
            "GET",
            "/api/platform/billing/overrides/{tenantId}",
            path_params={"tenantId": tenant_id},
            security=[["platformAuth"]],
            options=request_options,
        )
        return result

    async def set_override(
        self,
        tenant_id: str,
        plan_id: str,
        reason: str,
        *,
        expires_at: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> SubscriptionOverride:
        """Set a subscription override.

        Puts a tenant on a plan regardless of its paid subscription (for trials, partners,
        support credits), until `expiresAt` or until cleared. Replaces any existing override.

        Args:
            tenant_id: Tenant id (`ten_...`).
            plan_id: The `planId` field of the request body.
            reason: The `reason` field of the request body.
            expires_at: When the override lapses; never when absent.
            request_options: Per-call options: ``timeout``, extra ``headers``,
                ``idempotency_key``, ``max_retries``.

        Returns:
            The override in force.

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
        result: SubscriptionOverride = await self._core.request(
            "PUT",
            "/api/platform/billing/overrides/{tenantId}",
            path_params={"tenantId": tenant_id},
            json=compact({"planId": plan_id, "reason": reason, "expiresAt": expires_at}),
            security=[["platformAuth"]],
            options=request_options,
        )
        return result

    async def clear_override(
        self,
        tenant_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> Empty:
        """Clear a subscription override.

        Removes the override; the tenant's own subscription applies again.

        Args:
            tenant_id: Tenant id (`ten_...`).
            request_options: Per-call options: ``timeout``, extra ``headers``,
                ``idempotency_key``, ``max_retries``.

        Returns:
            Override cleared.

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
            "/api/platform/billing/overrides/{tenantId}",
            path_params={"tenantId": tenant_id},
            security=[["platformAuth"]],
            options=request_options,
        )
        return result

    @property
    def with_raw_response(self) -> AsyncPlatformBillingServiceWithRawResponse:
        """The same methods, returning an ``ApiResponse`` (``data``, ``status``, ``headers``,
        ``request_id``, ``etag``).
        """
        return AsyncPlatformBillingServiceWithRawResponse(self._core)


class AsyncPlatformBillingServiceWithRawResponse:
    """The methods of :class:`AsyncPlatformBillingService` returning an ``ApiResponse``: the same
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

    async def get_override(
        self,
        tenant_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> ApiResponse[SubscriptionOverride]:
        """Like :meth:`AsyncPlatformBillingService.get_override`, with the response's status,
        headers and ETag.
        """
        return await self._core.request_raw(
            "GET",
            "/api/platform/billing/overrides/{tenantId}",
            "json",
            path_params={"tenantId": tenant_id},
            security=[["platformAuth"]],
            options=request_options,
        )

    async def set_override(
        self,
        tenant_id: str,
        plan_id: str,
        reason: str,
        *,
        expires_at: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> ApiResponse[SubscriptionOverride]:
        """Like :meth:`AsyncPlatformBillingService.set_override`, with the response's status,
        headers and ETag.
        """
        return await self._core.request_raw(
            "PUT",
            "/api/platform/billing/overrides/{tenantId}",
            "json",
            path_params={"tenantId": tenant_id},
            json=compact({"planId": plan_id, "reason": reason, "expiresAt": expires_at}),
            security=[["platformAuth"]],
            options=request_options,
        )

    async def clear_override(
        self,
        tenant_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> ApiResponse[Empty]:
        """Like :meth:`AsyncPlatformBillingService.clear_override`, with the response's status,
        headers and ETag.
        """
        return await self._core.request_raw(
            "DELETE",
            "/api/platform/billing/overrides/{tenantId}",
            "json",
            path_params={"tenantId": tenant_id},
            security=[["platformAuth"]],
            options=request_options,
        )
