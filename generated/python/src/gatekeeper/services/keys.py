"""The Keys service: Tenant API keys: create (plaintext shown once), list, update, revoke,
rotate, validate, and exchange for a short-lived JWT.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator, Sequence
from functools import partial
from typing import TYPE_CHECKING

from .._constants import KEY_STATUSES, QUOTA_PERIODS
from .._runtime import (
    ApiResponse,
    AsyncRequester,
    Page,
    RequestOptions,
    SyncRequester,
    aiterate_pages,
    compact,
    fill,
    fill_path,
    iterate_pages,
)

if TYPE_CHECKING:
    from ..scopes.key import AsyncKeyScope, KeyScope
    from ..types import (
        ApiKey,
        CreatedApiKey,
        Empty,
        ExchangedToken,
        KeyInfo,
        KeyQuota,
        KeyStatus,
        Metadata,
        QuotaPeriod,
    )

__all__ = [
    "KEY_STATUSES",
    "QUOTA_PERIODS",
    "AsyncKeysService",
    "AsyncKeysServiceWithRawResponse",
    "KeysService",
    "KeysServiceWithRawResponse",
]


class KeysService:
    """Tenant API keys: create (plaintext shown once), list, update, revoke, rotate, validate,
    and exchange for a short-lived JWT.

    Constants: ``QUOTA_PERIODS``, ``KEY_STATUSES``.
    """

    def __init__(
        self,
        core: SyncRequester,
        *,
        default_scopes: Sequence[str] | None = None,
        default_quota_period: QuotaPeriod | None = None,
    ) -> None:
        """Creates the service over ``core``.

        Args:
            core: The ``GatekeeperCore`` (or any object with its ``request`` methods) to
                send calls with.
            default_scopes: Value used when a call leaves out ``scopes``.
            default_quota_period: Value used when a call leaves out ``quota.period``.
        """
        self._core = core
        self._default_scopes: Sequence[str] | None = default_scopes
        self._default_quota_period: QuotaPeriod | None = default_quota_period

    def create(
        self,
        tenant_id: str,
        *,
        name: str | None = None,
        scopes: Sequence[str] | None = None,
        expires_at: str | None = None,
        quota: KeyQuota | None = None,
        metadata: Metadata | None = None,
        request_options: RequestOptions | None = None,
    ) -> CreatedApiKey:
        """Create an API key.

        Issues an API key for a tenant. Only `tenantId` is required; `scopes`
        defaults to none, `quota.period` to `month`. The response holds the key
        record and `plainTextKey`, which is shown this once and never again
        (only a hash is stored).

        Args:
            tenant_id: Tenant the key belongs to.
            name: The `name` field of the request body.
            scopes: Scopes granted to the key; none when absent. Defaults to the service's
                ``default_scopes``.
            expires_at: Expiry; the key never expires when absent.
            quota: The `quota` field of the request body. Defaults to the service's
                ``default_quota_period``.
            metadata: The `metadata` field of the request body.
            request_options: Per-call options: ``timeout``, extra ``headers``,
                ``idempotency_key``, ``max_retries``.

        Returns:
            The key record and its plaintext (shown once).

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
        result: CreatedApiKey = self._core.request(
            "POST",
            "/api/keys",
            json=compact(
                {
                    "tenantId": tenant_id,
                    "name": name,
                    "scopes": fill(scopes, self._default_scopes),
                    "expiresAt": expires_at,
                    "quota": fill_path(quota, ["period"], self._default_quota_period),
                    "metadata": metadata,
                },
            ),
            security=[["bearerAuth"]],
            idempotency_header="Idempotency-Key",
            options=request_options,
        )
        return result

    def list(
        self,
        tenant_id: str,
        *,
        status: KeyStatus | None = None,
        limit: int | None = None,
        cursor: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> Page[ApiKey]:
        """List a tenant's API keys.

        Lists the keys of a tenant, newest first, optionally filtered by status. Plaintext
        keys are never returned.

        Args:
            tenant_id: Tenant id (`ten_...`).
            status: Only keys in this status. All statuses when absent.
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
            "/api/tenants/{tenantId}/keys",
            path_params={"tenantId": tenant_id},
            query={"status": status, "limit": limit, "cursor": cursor},
            security=[["bearerAuth"]],
            options=request_options,
        )
        return Page.from_data(result, items_field="items", next_cursor_field="nextCursor")

    def list_all(
        self,
        tenant_id: str,
        *,
        status: KeyStatus | None = None,
        limit: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> Iterator[ApiKey]:
        """Iterates over every item of :meth:`list`, fetching one page at a time as needed.

        Args:
            tenant_id: Tenant id (`ten_...`).
            status: Only keys in this status. All statuses when absent.
            limit: Maximum number of items in the page. The API's default is ``20``.
            request_options: Per-call options: ``timeout``, extra ``headers``,
                ``idempotency_key``, ``max_retries``.
        """
        return iterate_pages(
            partial(
                self.list,
                tenant_id,
                status=status,
                limit=limit,
                request_options=request_options,
            ),
            "cursor",
        )

    def get(
        self,
        key_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> ApiKey:
        """Get an API key.

        Returns a key record (never its plaintext), with its `ETag`.

        Args:
            key_id: API key id (`key_...`).
            request_options: Per-call options: ``timeout``, extra ``headers``,
                ``idempotency_key``, ``max_retries``.

        Returns:
            The key.

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
        result: ApiKey = self._core.request(
            "GET",
            "/api/keys/{keyId}",
            path_params={"keyId": key_id},
            security=[["bearerAuth"]],
            options=request_options,
        )
        return result

    def delete(
        self,
        key_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> Empty:
        """Delete an API key.

        Permanently deletes a key record (for example for data erasure). Prefer `keysRevoke`,
        which keeps the record for the audit trail.

        Args:
            key_id: API key id (`key_...`).
            request_options: Per-call options: ``timeout``, extra ``headers``,
                ``idempotency_key``, ``max_retries``.

        Returns:
            Key deleted.

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
            "/api/keys/{keyId}",
            path_params={"keyId": key_id},
            security=[["bearerAuth"]],
            options=request_options,
        )
        return result

    def update(
        self,
        key_id: str,
        *,
        name: str | None = None,
        scopes: Sequence[str] | None = None,
        quota: KeyQuota | None = None,
        if_match: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> ApiKey:
        """Update an API key.

        Changes a key's name, scopes or quota in place, without re-issuing it. Send `If-Match`
        with the `ETag` from `keysGet` (412 if it no longer matches). Revoked and expired keys
        cannot be updated (409).

        Args:
            key_id: API key id (`key_...`).
            name: The `name` field of the request body.
            scopes: The `scopes` field of the request body.
            quota: The `quota` field of the request body.
            if_match: The `ETag` of the version being updated. When given and the resource
                has changed since, the update is refused with 412 `precondition_failed`.
            request_options: Per-call options: ``timeout``, extra ``headers``,
                ``idempotency_key``, ``max_retries``.

        Returns:
            The updated key.

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
        result: ApiKey = self._core.request(
            "PATCH",
            "/api/keys/{keyId}",
            path_params={"keyId": key_id},
            headers={"If-Match": if_match},
            json=compact({"name": name, "scopes": scopes, "quota": quota}),
            security=[["bearerAuth"]],
            options=request_options,
        )
        return result

    def revoke(
        self,
        key_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> ApiKey:
        """Revoke an API key.

        Disables a key for good; later validations of it fail with `revoked_key`. The record
        is kept. Revoking a revoked key is a no-op.

        Args:
            key_id: API key id (`key_...`).
            request_options: Per-call options: ``timeout``, extra ``headers``,
                ``idempotency_key``, ``max_retries``.

        Returns:
            The revoked key.

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
        result: ApiKey = self._core.request(
            "POST",
            "/api/keys/{keyId}/revoke",
            path_params={"keyId": key_id},
            security=[["bearerAuth"]],
            options=request_options,
        )
        return result

    def rotate(
        self,
        key_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> CreatedApiKey:
        """Rotate an API key.

        Issues a new key with the same tenant, name, scopes, quota and expiry, and revokes the
        old one. Like `keysCreate`, the new plaintext is shown this once.

        Args:
            key_id: API key id (`key_...`).
            request_options: Per-call options: ``timeout``, extra ``headers``,
                ``idempotency_key``, ``max_retries``.

        Returns:
            The new key record and its plaintext (shown once).

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
        result: CreatedApiKey = self._core.request(
            "POST",
            "/api/keys/{keyId}/rotate",
            path_params={"keyId": key_id},
            security=[["bearerAuth"]],
            idempotency_header="Idempotency-Key",
            options=request_options,
        )
        return result

    def validate(
        self,
        *,
        required_scopes: Sequence[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> KeyInfo:
        """Validate an API key.

        Checks the plaintext key sent in `X-API-Key`: it must exist, be active,
        not be expired, hold every scope in `requiredScopes`, and be within its
        quota. Success counts one use of the key. Failures carry the typed codes
        `invalid_key` / `expired_key` (401), `revoked_key` /
        `insufficient_scope` (403) and `quota_exceeded` (429, with
        `Retry-After`).

        Args:
            required_scopes: Every one of these scopes must be held (none required when
                absent).
            request_options: Per-call options: ``timeout``, extra ``headers``,
                ``idempotency_key``, ``max_retries``.

        Returns:
            The key is valid; what it grants.

        Raises:
            ValidationError: The request is malformed (bad JSON, bad query parameter).
                Code: `bad_request`.
            AuthenticationError: The API key is missing, unknown or malformed
                (`invalid_key`), or past its expiry (`expired_key`, with `details.expiredAt`).
            ForbiddenError: The API key is revoked (`revoked_key`), or lacks a required
                scope (`insufficient_scope`, with `details.missingScopes`).
            RateLimitError: The API key used up its quota for the period
                (`quota_exceeded`, with `details.resetAt`), or the caller is rate limited
                (`rate_limited`). Wait `Retry-After` seconds.
            InternalServerError: Unexpected server error; `details.requestId` identifies
                it in the logs. Code: `internal`.
        """
        result: KeyInfo = self._core.request(
            "POST",
            "/api/keys/validate",
            json=compact({"requiredScopes": required_scopes}),
            security=[["apiKeyAuth"]],
            options=request_options,
        )
        return result

    def exchange_token(
        self,
        *,
        scopes: Sequence[str] | None = None,
        ttl_seconds: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> ExchangedToken:
        """Exchange an API key for a JWT.

        Trades the key sent in `X-API-Key` for a short-lived bearer JWT carrying the key's
        tenant and scopes (or the requested subset). The same checks as `keysValidate` apply,
        with the same error codes.

        Args:
            scopes: Subset of the key's scopes to put in the token; all of them when
                absent. Defaults to the service's ``default_scopes``.
            ttl_seconds: Lifetime of the token in seconds. The API's default is ``900``.
            request_options: Per-call options: ``timeout``, extra ``headers``,
                ``idempotency_key``, ``max_retries``.

        Returns:
            A short-lived access token.

        Raises:
            ValidationError: The request is malformed (bad JSON, bad query parameter).
                Code: `bad_request`.
            AuthenticationError: The API key is missing, unknown or malformed
                (`invalid_key`), or past its expiry (`expired_key`, with `details.expiredAt`).
            ForbiddenError: The API key is revoked (`revoked_key`), or lacks a required
                scope (`insufficient_scope`, with `details.missingScopes`).
            RateLimitError: The API key used up its quota for the period
                (`quota_exceeded`, with `details.resetAt`), or the caller is rate limited
                (`rate_limited`). Wait `Retry-After` seconds.
            InternalServerError: Unexpected server error; `details.requestId` identifies
                it in the logs. Code: `internal`.
        """
        result: ExchangedToken = self._core.request(
            "POST",
            "/api/keys/exchange",
            json=compact({"scopes": fill(scopes, self._default_scopes), "ttlSeconds": ttl_seconds}),
            security=[["apiKeyAuth"]],
            options=request_options,
        )
        return result

    def scope(
        self,
        key_id: str,
    ) -> KeyScope:
        """The ``key`` resource as a scoped client: its operations with ``key_id`` bound."""
        from ..scopes.key import KeyScope

        return KeyScope(
            self._core,
            key_id,
            default_scopes=self._default_scopes,
            default_quota_period=self._default_quota_period,
        )

    @property
    def with_raw_response(self) -> KeysServiceWithRawResponse:
        """The same methods, returning an ``ApiResponse`` (``data``, ``status``, ``headers``,
        ``request_id``, ``etag``).
        """
        return KeysServiceWithRawResponse(
            self._core,
            default_scopes=self._default_scopes,
            default_quota_period=self._default_quota_period,
        )


class KeysServiceWithRawResponse:
    """The methods of :class:`KeysService` returning an ``ApiResponse``: the same data plus the
    response's status, headers, request id and ``ETag``.
    """

    def __init__(
        self,
        core: SyncRequester,
        *,
        default_scopes: Sequence[str] | None = None,
        default_quota_period: QuotaPeriod | None = None,
    ) -> None:
        """Creates the service over ``core``.

        Args:
            core: The ``GatekeeperCore`` (or any object with its ``request`` methods) to
                send calls with.
            default_scopes: Value used when a call leaves out ``scopes``.
            default_quota_period: Value used when a call leaves out ``quota.period``.
        """
        self._core = core
        self._default_scopes: Sequence[str] | None = default_scopes
        self._default_quota_period: QuotaPeriod | None = default_quota_period

    def create(
        self,
        tenant_id: str,
        *,
        name: str | None = None,
        scopes: Sequence[str] | None = None,
        expires_at: str | None = None,
        quota: KeyQuota | None = None,
        metadata: Metadata | None = None,
        request_options: RequestOptions | None = None,
    ) -> ApiResponse[CreatedApiKey]:
        """Like :meth:`KeysService.create`, with the response's status, headers and ETag."""
        return self._core.request_raw(
            "POST",
            "/api/keys",
            "json",
            json=compact(
                {
                    "tenantId": tenant_id,
                    "name": name,
                    "scopes": fill(scopes, self._default_scopes),
                    "expiresAt": expires_at,
                    "quota": fill_path(quota, ["period"], self._default_quota_period),
                    "metadata": metadata,
                },
            ),
            security=[["bearerAuth"]],
            idempotency_header="Idempotency-Key",
            options=request_options,
        )

    def list(
        self,
        tenant_id: str,
        *,
        status: KeyStatus | None = None,
        limit: int | None = None,
        cursor: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> ApiResponse[Page[ApiKey]]:
        """Like :meth:`KeysService.list`, with the response's status, headers and ETag."""
        response = self._core.request_raw(
            "GET",
            "/api/tenants/{tenantId}/keys",
            "json",
            path_params={"tenantId": tenant_id},
            query={"status": status, "limit": limit, "cursor": cursor},
            security=[["bearerAuth"]],
            options=request_options,
        )
        return response.with_data(
            Page.from_data(response.data, items_field="items", next_cursor_field="nextCursor"),
        )

    def get(
        self,
        key_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> ApiResponse[ApiKey]:
        """Like :meth:`KeysService.get`, with the response's status, headers and ETag."""
        return self._core.request_raw(
            "GET",
            "/api/keys/{keyId}",
            "json",
            path_params={"keyId": key_id},
            security=[["bearerAuth"]],
            options=request_options,
        )

    def delete(
        self,
        key_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> ApiResponse[Empty]:
        """Like :meth:`KeysService.delete`, with the response's status, headers and ETag."""
        return self._core.request_raw(
            "DELETE",
            "/api/keys/{keyId}",
            "json",
            path_params={"keyId": key_id},
            security=[["bearerAuth"]],
            options=request_options,
        )

    def update(
        self,
        key_id: str,
        *,
        name: str | None = None,
        scopes: Sequence[str] | None = None,
        quota: KeyQuota | None = None,
        if_match: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> ApiResponse[ApiKey]:
        """Like :meth:`KeysService.update`, with the response's status, headers and ETag."""
        return self._core.request_raw(
            "PATCH",
            "/api/keys/{keyId}",
            "json",
            path_params={"keyId": key_id},
            headers={"If-Match": if_match},
            json=compact({"name": name, "scopes": scopes, "quota": quota}),
            security=[["bearerAuth"]],
            options=request_options,
        )

    def revoke(
        self,
        key_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> ApiResponse[ApiKey]:
        """Like :meth:`KeysService.revoke`, with the response's status, headers and ETag."""
        return self._core.request_raw(
            "POST",
            "/api/keys/{keyId}/revoke",
            "json",
            path_params={"keyId": key_id},
            security=[["bearerAuth"]],
            options=request_options,
        )

    def rotate(
        self,
        key_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> ApiResponse[CreatedApiKey]:
        """Like :meth:`KeysService.rotate`, with the response's status, headers and ETag."""
        return self._core.request_raw(
            "POST",
            "/api/keys/{keyId}/rotate",
            "json",
            path_params={"keyId": key_id},
            security=[["bearerAuth"]],
            idempotency_header="Idempotency-Key",
            options=request_options,
        )

    def validate(
        self,
        *,
        required_scopes: Sequence[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> ApiResponse[KeyInfo]:
        """Like :meth:`KeysService.validate`, with the response's status, headers and ETag."""
        return self._core.request_raw(
            "POST",
            "/api/keys/validate",
            "json",
            json=compact({"requiredScopes": required_scopes}),
            security=[["apiKeyAuth"]],
            options=request_options,
        )

    def exchange_token(
        self,
        *,
        scopes: Sequence[str] | None = None,
        ttl_seconds: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> ApiResponse[ExchangedToken]:
        """Like :meth:`KeysService.exchange_token`, with the response's status, headers and ETag."""
        return self._core.request_raw(
            "POST",
            "/api/keys/exchange",
            "json",
            json=compact({"scopes": fill(scopes, self._default_scopes), "ttlSeconds": ttl_seconds}),
            security=[["apiKeyAuth"]],
            options=request_options,
        )


class AsyncKeysService:
    """Tenant API keys: create (plaintext shown once), list, update, revoke, rotate, validate,
    and exchange for a short-lived JWT.

    Coroutine twin of :class:`KeysService`; every method is awaited.

    Constants: ``QUOTA_PERIODS``, ``KEY_STATUSES``.
    """

    def __init__(
        self,
        core: AsyncRequester,
        *,
        default_scopes: Sequence[str] | None = None,
        default_quota_period: QuotaPeriod | None = None,
    ) -> None:
        """Creates the service over ``core``.

        Args:
            core: The ``AsyncGatekeeperCore`` (or any object with its ``request`` methods)
                to send calls with.
            default_scopes: Value used when a call leaves out ``scopes``.
            default_quota_period: Value used when a call leaves out ``quota.period``.
        """
        self._core = core
        self._default_scopes: Sequence[str] | None = default_scopes
        self._default_quota_period: QuotaPeriod | None = default_quota_period

    async def create(
        self,
        tenant_id: str,
        *,
        name: str | None = None,
        scopes: Sequence[str] | None = None,
        expires_at: str | None = None,
        quota: KeyQuota | None = None,
        metadata: Metadata | None = None,
        request_options: RequestOptions | None = None,
    ) -> CreatedApiKey:
        """Create an API key.

        Issues an API key for a tenant. Only `tenantId` is required; `scopes`
        defaults to none, `quota.period` to `month`. The response holds the key
        record and `plainTextKey`, which is shown this once and never again
        (only a hash is stored).

        Args:
            tenant_id: Tenant the key belongs to.
            name: The `name` field of the request body.
            scopes: Scopes granted to the key; none when absent. Defaults to the service's
                ``default_scopes``.
            expires_at: Expiry; the key never expires when absent.
            quota: The `quota` field of the request body. Defaults to the service's
                ``default_quota_period``.
            metadata: The `metadata` field of the request body.
            request_options: Per-call options: ``timeout``, extra ``headers``,
                ``idempotency_key``, ``max_retries``.

        Returns:
            The key record and its plaintext (shown once).

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
        result: CreatedApiKey = await self._core.request(
            "POST",
            "/api/keys",
            json=compact(
                {
                    "tenantId": tenant_id,
                    "name": name,
                    "scopes": fill(scopes, self._default_scopes),
                    "expiresAt": expires_at,
                    "quota": fill_path(quota, ["period"], self._default_quota_period),
                    "metadata": metadata,
                },
            ),
            security=[["bearerAuth"]],
            idempotency_header="Idempotency-Key",
            options=request_options,
        )
        return result

    async def list(
        self,
        tenant_id: str,
        *,
        status: KeyStatus | None = None,
        limit: int | None = None,
        cursor: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> Page[ApiKey]:
        """List a tenant's API keys.

        Lists the keys of a tenant, newest first, optionally filtered by status. Plaintext
        keys are never returned.

        Args:
            tenant_id: Tenant id (`ten_...`).
            status: Only keys in this status. All statuses when absent.
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
            "/api/tenants/{tenantId}/keys",
            path_params={"tenantId": tenant_id},
            query={"status": status, "limit": limit, "cursor": cursor},
            security=[["bearerAuth"]],
            options=request_options,
        )
        return Page.from_data(result, items_field="items", next_cursor_field="nextCursor")

    def list_all(
        self,
        tenant_id: str,
        *,
        status: KeyStatus | None = None,
        limit: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncIterator[ApiKey]:
        """Iterates over every item of :meth:`list`, fetching one page at a time as needed.

        Args:
            tenant_id: Tenant id (`ten_...`).
            status: Only keys in this status. All statuses when absent.
            limit: Maximum number of items in the page. The API's default is ``20``.
            request_options: Per-call options: ``timeout``, extra ``headers``,
                ``idempotency_key``, ``max_retries``.
        """
        return aiterate_pages(
            partial(
                self.list,
                tenant_id,
                status=status,
                limit=limit,
                request_options=request_options,
            ),
            "cursor",
        )

    async def get(
        self,
        key_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> ApiKey:
        """Get an API key.

        Returns a key record (never its plaintext), with its `ETag`.

        Args:
            key_id: API key id (`key_...`).
            request_options: Per-call options: ``timeout``, extra ``headers``,
                ``idempotency_key``, ``max_retries``.

        Returns:
            The key.

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
        result: ApiKey = await self._core.request(
            "GET",
            "/api/keys/{keyId}",
            path_params={"keyId": key_id},
            security=[["bearerAuth"]],
            options=request_options,
        )
        return result

    async def delete(
        self,
        key_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> Empty:
        """Delete an API key.

        Permanently deletes a key record (for example for data erasure). Prefer `keysRevoke`,
        which keeps the record for the audit trail.

        Args:
            key_id: API key id (`key_...`).
            request_options: Per-call options: ``timeout``, extra ``headers``,
                ``idempotency_key``, ``max_retries``.

        Returns:
            Key deleted.

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
            "/api/keys/{keyId}",
            path_params={"keyId": key_id},
            security=[["bearerAuth"]],
            options=request_options,
        )
        return result

    async def update(
        self,
        key_id: str,
        *,
        name: str | None = None,
        scopes: Sequence[str] | None = None,
        quota: KeyQuota | None = None,
        if_match: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> ApiKey:
        """Update an API key.

        Changes a key's name, scopes or quota in place, without re-issuing it. Send `If-Match`
        with the `ETag` from `keysGet` (412 if it no longer matches). Revoked and expired keys
        cannot be updated (409).

        Args:
            key_id: API key id (`key_...`).
            name: The `name` field of the request body.
            scopes: The `scopes` field of the request body.
            quota: The `quota` field of the request body.
            if_match: The `ETag` of the version being updated. When given and the resource
                has changed since, the update is refused with 412 `precondition_failed`.
            request_options: Per-call options: ``timeout``, extra ``headers``,
                ``idempotency_key``, ``max_retries``.

        Returns:
            The updated key.

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
        result: ApiKey = await self._core.request(
            "PATCH",
            "/api/keys/{keyId}",
            path_params={"keyId": key_id},
            headers={"If-Match": if_match},
            json=compact({"name": name, "scopes": scopes, "quota": quota}),
            security=[["bearerAuth"]],
            options=request_options,
        )
        return result

    async def revoke(
        self,
        key_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> ApiKey:
        """Revoke an API key.

        Disables a key for good; later validations of it fail with `revoked_key`. The record
        is kept. Revoking a revoked key is a no-op.

        Args:
            key_id: API key id (`key_...`).
            request_options: Per-call options: ``timeout``, extra ``headers``,
                ``idempotency_key``, ``max_retries``.

        Returns:
            The revoked key.

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
        result: ApiKey = await self._core.request(
            "POST",
            "/api/keys/{keyId}/revoke",
            path_params={"keyId": key_id},
            security=[["bearerAuth"]],
            options=request_options,
        )
        return result

    async def rotate(
        self,
        key_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> CreatedApiKey:
        """Rotate an API key.

        Issues a new key with the same tenant, name, scopes, quota and expiry, and revokes the
        old one. Like `keysCreate`, the new plaintext is shown this once.

        Args:
            key_id: API key id (`key_...`).
            request_options: Per-call options: ``timeout``, extra ``headers``,
                ``idempotency_key``, ``max_retries``.

        Returns:
            The new key record and its plaintext (shown once).

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
        result: CreatedApiKey = await self._core.request(
            "POST",
            "/api/keys/{keyId}/rotate",
            path_params={"keyId": key_id},
            security=[["bearerAuth"]],
            idempotency_header="Idempotency-Key",
            options=request_options,
        )
        return result

    async def validate(
        self,
        *,
        required_scopes: Sequence[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> KeyInfo:
        """Validate an API key.

        Checks the plaintext key sent in `X-API-Key`: it must exist, be active,
        not be expired, hold every scope in `requiredScopes`, and be within its
        quota. Success counts one use of the key. Failures carry the typed codes
        `invalid_key` / `expired_key` (401), `revoked_key` /
        `insufficient_scope` (403) and `quota_exceeded` (429, with
        `Retry-After`).

        Args:
            required_scopes: Every one of these scopes must be held (none required when
                absent).
            request_options: Per-call options: ``timeout``, extra ``headers``,
                ``idempotency_key``, ``max_retries``.

        Returns:
            The key is valid; what it grants.

        Raises:
            ValidationError: The request is malformed (bad JSON, bad query parameter).
                Code: `bad_request`.
            AuthenticationError: The API key is missing, unknown or malformed
                (`invalid_key`), or past its expiry (`expired_key`, with `details.expiredAt`).
            ForbiddenError: The API key is revoked (`revoked_key`), or lacks a required
                scope (`insufficient_scope`, with `details.missingScopes`).
            RateLimitError: The API key used up its quota for the period
                (`quota_exceeded`, with `details.resetAt`), or the caller is rate limited
                (`rate_limited`). Wait `Retry-After` seconds.
            InternalServerError: Unexpected server error; `details.requestId` identifies
                it in the logs. Code: `internal`.
        """
        result: KeyInfo = await self._core.request(
            "POST",
            "/api/keys/validate",
            json=compact({"requiredScopes": required_scopes}),
            security=[["apiKeyAuth"]],
            options=request_options,
        )
        return result

    async def exchange_token(
        self,
        *,
        scopes: Sequence[str] | None = None,
        ttl_seconds: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> ExchangedToken:
        """Exchange an API key for a JWT.

        Trades the key sent in `X-API-Key` for a short-lived bearer JWT carrying the key's
        tenant and scopes (or the requested subset). The same checks as `keysValidate` apply,
        with the same error codes.

        Args:
            scopes: Subset of the key's scopes to put in the token; all of them when
                absent. Defaults to the service's ``default_scopes``.
            ttl_seconds: Lifetime of the token in seconds. The API's default is ``900``.
            request_options: Per-call options: ``timeout``, extra ``headers``,
                ``idempotency_key``, ``max_retries``.

        Returns:
            A short-lived access token.

        Raises:
            ValidationError: The request is malformed (bad JSON, bad query parameter).
                Code: `bad_request`.
            AuthenticationError: The API key is missing, unknown or malformed
                (`invalid_key`), or past its expiry (`expired_key`, with `details.expiredAt`).
            ForbiddenError: The API key is revoked (`revoked_key`), or lacks a required
                scope (`insufficient_scope`, with `details.missingScopes`).
            RateLimitError: The API key used up its quota for the period
                (`quota_exceeded`, with `details.resetAt`), or the caller is rate limited
                (`rate_limited`). Wait `Retry-After` seconds.
            InternalServerError: Unexpected server error; `details.requestId` identifies
                it in the logs. Code: `internal`.
        """
        result: ExchangedToken = await self._core.request(
            "POST",
            "/api/keys/exchange",
            json=compact({"scopes": fill(scopes, self._default_scopes), "ttlSeconds": ttl_seconds}),
            security=[["apiKeyAuth"]],
            options=request_options,
        )
        return result

    def scope(
        self,
        key_id: str,
    ) -> AsyncKeyScope:
        """The ``key`` resource as a scoped client: its operations with ``key_id`` bound."""
        from ..scopes.key import AsyncKeyScope

        return AsyncKeyScope(
            self._core,
            key_id,
            default_scopes=self._default_scopes,
            default_quota_period=self._default_quota_period,
        )

    @property
    def with_raw_response(self) -> AsyncKeysServiceWithRawResponse:
        """The same methods, returning an ``ApiResponse`` (``data``, ``status``, ``headers``,
        ``request_id``, ``etag``).
        """
        return AsyncKeysServiceWithRawResponse(
            self._core,
            default_scopes=self._default_scopes,
            default_quota_period=self._default_quota_period,
        )


class AsyncKeysServiceWithRawResponse:
    """The methods of :class:`AsyncKeysService` returning an ``ApiResponse``: the same data plus
    the response's status, headers, request id and ``ETag``.
    """

    def __init__(
        self,
        core: AsyncRequester,
        *,
        default_scopes: Sequence[str] | None = None,
        default_quota_period: QuotaPeriod | None = None,
    ) -> None:
        """Creates the service over ``core``.

        Args:
            core: The ``AsyncGatekeeperCore`` (or any object with its ``request`` methods)
                to send calls with.
            default_scopes: Value used when a call leaves out ``scopes``.
            default_quota_period: Value used when a call leaves out ``quota.period``.
        """
        self._core = core
        self._default_scopes: Sequence[str] | None = default_scopes
        self._default_quota_period: QuotaPeriod | None = default_quota_period

    async def create(
        self,
        tenant_id: str,
        *,
        name: str | None = None,
        scopes: Sequence[str] | None = None,
        expires_at: str | None = None,
        quota: KeyQuota | None = None,
        metadata: Metadata | None = None,
        request_options: RequestOptions | None = None,
    ) -> ApiResponse[CreatedApiKey]:
        """Like :meth:`AsyncKeysService.create`, with the response's status, headers and ETag."""
        return await self._core.request_raw(
            "POST",
            "/api/keys",
            "json",
            json=compact(
                {
                    "tenantId": tenant_id,
                    "name": name,
                    "scopes": fill(scopes, self._default_scopes),
                    "expiresAt": expires_at,
                    "quota": fill_path(quota, ["period"], self._default_quota_period),
                    "metadata": metadata,
                },
            ),
            security=[["bearerAuth"]],
            idempotency_header="Idempotency-Key",
            options=request_options,
        )

    async def list(
        self,
        tenant_id: str,
        *,
        status: KeyStatus | None = None,
        limit: int | None = None,
        cursor: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> ApiResponse[Page[ApiKey]]:
        """Like :meth:`AsyncKeysService.list`, with the response's status, headers and ETag."""
        response = await self._core.request_raw(
            "GET",
            "/api/tenants/{tenantId}/keys",
            "json",
            path_params={"tenantId": tenant_id},
            query={"status": status, "limit": limit, "cursor": cursor},
            security=[["bearerAuth"]],
            options=request_options,
        )
        return response.with_data(
            Page.from_data(response.data, items_field="items", next_cursor_field="nextCursor"),
        )

    async def get(
        self,
        key_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> ApiResponse[ApiKey]:
        """Like :meth:`AsyncKeysService.get`, with the response's status, headers and ETag."""
        return await self._core.request_raw(
            "GET",
            "/api/keys/{keyId}",
            "json",
            path_params={"keyId": key_id},
            security=[["bearerAuth"]],
            options=request_options,
        )

    async def delete(
        self,
        key_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> ApiResponse[Empty]:
        """Like :meth:`AsyncKeysService.delete`, with the response's status, headers and ETag."""
        return await self._core.request_raw(
            "DELETE",
            "/api/keys/{keyId}",
            "json",
            path_params={"keyId": key_id},
            security=[["bearerAuth"]],
            options=request_options,
        )

    async def update(
        self,
        key_id: str,
        *,
        name: str | None = None,
        scopes: Sequence[str] | None = None,
        quota: KeyQuota | None = None,
        if_match: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> ApiResponse[ApiKey]:
        """Like :meth:`AsyncKeysService.update`, with the response's status, headers and ETag."""
        return await self._core.request_raw(
            "PATCH",
            "/api/keys/{keyId}",
            "json",
            path_params={"keyId": key_id},
            headers={"If-Match": if_match},
            json=compact({"name": name, "scopes": scopes, "quota": quota}),
            security=[["bearerAuth"]],
            options=request_options,
        )

    async def revoke(
        self,
        key_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> ApiResponse[ApiKey]:
        """Like :meth:`AsyncKeysService.revoke`, with the response's status, headers and ETag."""
        return await self._core.request_raw(
            "POST",
            "/api/keys/{keyId}/revoke",
            "json",
            path_params={"keyId": key_id},
            security=[["bearerAuth"]],
            options=request_options,
        )

    async def rotate(
        self,
        key_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> ApiResponse[CreatedApiKey]:
        """Like :meth:`AsyncKeysService.rotate`, with the response's status, headers and ETag."""
        return await self._core.request_raw(
            "POST",
            "/api/keys/{keyId}/rotate",
            "json",
            path_params={"keyId": key_id},
            security=[["bearerAuth"]],
            idempotency_header="Idempotency-Key",
            options=request_options,
        )

    async def validate(
        self,
        *,
        required_scopes: Sequence[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> ApiResponse[KeyInfo]:
        """Like :meth:`AsyncKeysService.validate`, with the response's status, headers and ETag."""
        return await self._core.request_raw(
            "POST",
            "/api/keys/validate",
            "json",
            json=compact({"requiredScopes": required_scopes}),
            security=[["apiKeyAuth"]],
            options=request_options,
        )

    async def exchange_token(
        self,
        *,
        scopes: Sequence[str] | None = None,
        ttl_seconds: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> ApiResponse[ExchangedToken]:
        """Like :meth:`AsyncKeysService.exchange_token`, with the response's status, headers and
        ETag.
        """
        return await self._core.request_raw(
            "POST",
            "/api/keys/exchange",
            "json",
            json=compact({"scopes": fill(scopes, self._default_scopes), "ttlSeconds": ttl_seconds}),
            security=[["apiKeyAuth"]],
            options=request_options,
        )
