"""Scoped clients for the resources under ``/api/keys/{keyId}``."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from .._runtime import AsyncRequester, RequestOptions, SyncRequester

if TYPE_CHECKING:
    from ..types import ApiKey, CreatedApiKey, Empty, KeyQuota, QuotaPeriod

__all__ = [
    "AsyncKeyScope",
    "KeyScope",
]


class KeyScope:
    """Client scoped to one key: every operation under ``/api/keys/{keyId}`` with ``key_id``
    bound.
    """

    def __init__(
        self,
        core: SyncRequester,
        key_id: str,
        *,
        default_scopes: Sequence[str] | None = None,
        default_quota_period: QuotaPeriod | None = None,
    ) -> None:
        """Binds the resource.

        Args:
            core: The core (or any object with its ``request`` methods) to send calls with.
            key_id: The ``keyId`` path parameter bound to every call.
            default_scopes: The ``default_scopes`` of the :class:`KeysService` calls go
                through.
            default_quota_period: The ``default_quota_period`` of the :class:`KeysService`
                calls go through.
        """
        from ..services.keys import KeysService

        self._core = core
        self.key_id: str = key_id
        self._keys = KeysService(
            core,
            default_scopes=default_scopes,
            default_quota_period=default_quota_period,
        )

    def get(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> ApiKey:
        """Get an API key. Same as :meth:`KeysService.get`.

        Args:
            request_options: Per-call options: ``timeout``, extra ``headers``,
                ``idempotency_key``, ``max_retries``.
        """
        return self._keys.get(key_id=self.key_id, request_options=request_options)

    def delete(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> Empty:
        """Delete an API key. Same as :meth:`KeysService.delete`.

        Args:
            request_options: Per-call options: ``timeout``, extra ``headers``,
                ``idempotency_key``, ``max_retries``.
        """
        return self._keys.delete(key_id=self.key_id, request_options=request_options)

    def update(
        self,
        *,
        name: str | None = None,
        scopes: Sequence[str] | None = None,
        quota: KeyQuota | None = None,
        if_match: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> ApiKey:
        """Update an API key. Same as :meth:`KeysService.update`.

        Args:
            name: The `name` field of the request body.
            scopes: The `scopes` field of the request body.
            quota: The `quota` field of the request body.
            if_match: The `ETag` of the version being updated. When given and the resource
                has changed since, the update is refused with 412 `precondition_failed`.
            request_options: Per-call options: ``timeout``, extra ``headers``,
                ``idempotency_key``, ``max_retries``.
        """
        return self._keys.update(
            key_id=self.key_id,
            name=name,
            scopes=scopes,
            quota=quota,
            if_match=if_match,
            request_options=request_options,
        )

    def revoke(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> ApiKey:
        """Revoke an API key. Same as :meth:`KeysService.revoke`.

        Args:
            request_options: Per-call options: ``timeout``, extra ``headers``,
                ``idempotency_key``, ``max_retries``.
        """
        return self._keys.revoke(key_id=self.key_id, request_options=request_options)

    def rotate(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> CreatedApiKey:
        """Rotate an API key. Same as :meth:`KeysService.rotate`.

        Args:
            request_options: Per-call options: ``timeout``, extra ``headers``,
                ``idempotency_key``, ``max_retries``.
        """
        return self._keys.rotate(key_id=self.key_id, request_options=request_options)


class AsyncKeyScope:
    """Async client scoped to one key: every operation under ``/api/keys/{keyId}`` with
    ``key_id`` bound.
    """

    def __init__(
        self,
        core: AsyncRequester,
        key_id: str,
        *,
        default_scopes: Sequence[str] | None = None,
        default_quota_period: QuotaPeriod | None = None,
    ) -> None:
        """Binds the resource.

        Args:
            core: The core (or any object with its ``request`` methods) to send calls with.
            key_id: The ``keyId`` path parameter bound to every call.
            default_scopes: The ``default_scopes`` of the :class:`KeysService` calls go
                through.
            default_quota_period: The ``default_quota_period`` of the :class:`KeysService`
                calls go through.
        """
        from ..services.keys import AsyncKeysService

        self._core = core
        self.key_id: str = key_id
        self._keys = AsyncKeysService(
            core,
            default_scopes=default_scopes,
            default_quota_period=default_quota_period,
        )

    async def get(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> ApiKey:
        """Get an API key. Same as :meth:`AsyncKeysService.get`.

        Args:
            request_options: Per-call options: ``timeout``, extra ``headers``,
                ``idempotency_key``, ``max_retries``.
        """
        return await self._keys.get(key_id=self.key_id, request_options=request_options)

    async def delete(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> Empty:
        """Delete an API key. Same as :meth:`AsyncKeysService.delete`.

        Args:
            request_options: Per-call options: ``timeout``, extra ``headers``,
                ``idempotency_key``, ``max_retries``.
        """
        return await self._keys.delete(key_id=self.key_id, request_options=request_options)

    async def update(
        self,
        *,
        name: str | None = None,
        scopes: Sequence[str] | None = None,
        quota: KeyQuota | None = None,
        if_match: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> ApiKey:
        """Update an API key. Same as :meth:`AsyncKeysService.update`.

        Args:
            name: The `name` field of the request body.
            scopes: The `scopes` field of the request body.
            quota: The `quota` field of the request body.
            if_match: The `ETag` of the version being updated. When given and the resource
                has changed since, the update is refused with 412 `precondition_failed`.
            request_options: Per-call options: ``timeout``, extra ``headers``,
                ``idempotency_key``, ``max_retries``.
        """
        return await self._keys.update(
            key_id=self.key_id,
            name=name,
            scopes=scopes,
            quota=quota,
            if_match=if_match,
            request_options=request_options,
        )

    async def revoke(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> ApiKey:
        """Revoke an API key. Same as :meth:`AsyncKeysService.revoke`.

        Args:
            request_options: Per-call options: ``timeout``, extra ``headers``,
                ``idempotency_key``, ``max_retries``.
        """
        return await self._keys.revoke(key_id=self.key_id, request_options=request_options)

    async def rotate(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> CreatedApiKey:
        """Rotate an API key. Same as :meth:`AsyncKeysService.rotate`.

        Args:
            request_options: Per-call options: ``timeout``, extra ``headers``,
                ``idempotency_key``, ``max_retries``.
        """
        return await self._keys.rotate(key_id=self.key_id, request_options=request_options)
