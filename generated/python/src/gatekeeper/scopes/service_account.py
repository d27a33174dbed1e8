"""Scoped clients for the resources under ``/api/platform/service-accounts/{accountId}``."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._runtime import AsyncRequester, RequestOptions, SyncRequester

if TYPE_CHECKING:
    from ..types import ServiceAccount

__all__ = [
    "AsyncServiceAccountScope",
    "ServiceAccountScope",
]


class ServiceAccountScope:
    """Client scoped to one service account: every operation under
    ``/api/platform/service-accounts/{accountId}`` with ``account_id`` bound.
    """

    def __init__(
        self,
        core: SyncRequester,
        account_id: str,
    ) -> None:
        """Binds the resource.

        Args:
            core: The core (or any object with its ``request`` methods) to send calls with.
            account_id: The ``accountId`` path parameter bound to every call.
        """
        from ..services.platform_service_accounts import PlatformServiceAccountsService

        self._core = core
        self.account_id: str = account_id
        self._platform_service_accounts = PlatformServiceAccountsService(core)

    def revoke(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> ServiceAccount:
        """Revoke a service account. Same as :meth:`PlatformServiceAccountsService.revoke`.

        Args:
            request_options: Per-call options: ``timeout``, extra ``headers``,
                ``idempotency_key``, ``max_retries``.
        """
        return self._platform_service_accounts.revoke(
            account_id=self.account_id,
            request_options=request_options,
        )


class AsyncServiceAccountScope:
    """Async client scoped to one service account: every operation under
    ``/api/platform/service-accounts/{accountId}`` with ``account_id`` bound.
    """

    def __init__(
        self,
        core: AsyncRequester,
        account_id: str,
    ) -> None:
        """Binds the resource.

        Args:
            core: The core (or any object with its ``request`` methods) to send calls with.
            account_id: The ``accountId`` path parameter bound to every call.
        """
        from ..services.platform_service_accounts import AsyncPlatformServiceAccountsService

        self._core = core
        self.account_id: str = account_id
        self._platform_service_accounts = AsyncPlatformServiceAccountsService(core)

    async def revoke(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> ServiceAccount:
        """Revoke a service account. Same as :meth:`AsyncPlatformServiceAccountsService.revoke`.

        Args:
            request_options: Per-call options: ``timeout``, extra ``headers``,
                ``idempotency_key``, ``max_retries``.
        """
        return await self._platform_service_accounts.revoke(
            account_id=self.account_id,
            request_options=request_options,
        )
