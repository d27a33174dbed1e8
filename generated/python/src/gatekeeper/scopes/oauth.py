"""Scoped clients for the resources under ``/api/oauth/{provider}``."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._runtime import AsyncRequester, RequestOptions, SyncRequester

if TYPE_CHECKING:
    from ..types import AuthSession, OAuthAuthorization, OAuthProvider

__all__ = [
    "AsyncOAuthScope",
    "OAuthScope",
]


class OAuthScope:
    """Client scoped to one oauth: every operation under ``/api/oauth/{provider}`` with
    ``provider`` bound.
    """

    def __init__(
        self,
        core: SyncRequester,
        provider: OAuthProvider,
    ) -> None:
        """Binds the resource.

        Args:
            core: The core (or any object with its ``request`` methods) to send calls with.
            provider: The ``provider`` path parameter bound to every call.
        """
        from ..services.oauth import OAuthService

        self._core = core
        self.provider: OAuthProvider = provider
        self._oauth = OAuthService(core)

    def authorize(
        self,
        redirect_uri: str,
        *,
        state: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> OAuthAuthorization:
        """Get a provider's authorize URL. Same as :meth:`OAuthService.authorize`.

        Args:
            redirect_uri: Where the provider sends the browser back to; must be on the
                allow-list.
            state: Opaque value echoed back to the callback, to bind it to the browser
                session. Generated when absent.
            request_options: Per-call options: ``timeout``, extra ``headers``,
                ``idempotency_key``, ``max_retries``.
        """
        return self._oauth.authorize(
            provider=self.provider,
            redirect_uri=redirect_uri,
            state=state,
            request_options=request_options,
        )

    def callback(
        self,
        code: str,
        state: str,
        *,
        redirect_uri: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> AuthSession:
        """Complete a provider sign-in. Same as :meth:`OAuthService.callback`.

        Args:
            code: Authorization code from the provider.
            state: The `state` field of the request body.
            redirect_uri: The `redirectUri` used for `oAuthAuthorize`, if the provider
                requires it again.
            request_options: Per-call options: ``timeout``, extra ``headers``,
                ``idempotency_key``, ``max_retries``.
        """
        return self._oauth.callback(
            provider=self.provider,
            code=code,
            state=state,
            redirect_uri=redirect_uri,
            request_options=request_options,
        )


class AsyncOAuthScope:
    """Async client scoped to one oauth: every operation under ``/api/oauth/{provider}`` with
    ``provider`` bound.
    """

    def __init__(
        self,
        core: AsyncRequester,
        provider: OAuthProvider,
    ) -> None:
        """Binds the resource.

        Args:
            core: The core (or any object with its ``request`` methods) to send calls with.
            provider: The ``provider`` path parameter bound to every call.
        """
        from ..services.oauth import AsyncOAuthService

        self._core = core
        self.provider: OAuthProvider = provider
        self._oauth = AsyncOAuthService(core)

    async def authorize(
        self,
        redirect_uri: str,
        *,
        state: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> OAuthAuthorization:
        """Get a provider's authorize URL. Same as :meth:`AsyncOAuthService.authorize`.

        Args:
            redirect_uri: Where the provider sends the browser back to; must be on the
                allow-list.
            state: Opaque value echoed back to the callback, to bind it to the browser
                session. Generated when absent.
            request_options: Per-call options: ``timeout``, extra ``headers``,
                ``idempotency_key``, ``max_retries``.
        """
        return await self._oauth.authorize(
            provider=self.provider,
            redirect_uri=redirect_uri,
            state=state,
            request_options=request_options,
        )

    async def callback(
        self,
        code: str,
        state: str,
        *,
        redirect_uri: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> AuthSession:
        """Complete a provider sign-in. Same as :meth:`AsyncOAuthService.callback`.

        Args:
            code: Authorization code from the provider.
            state: The `state` field of the request body.
            redirect_uri: The `redirectUri` used for `oAuthAuthorize`, if the provider
                requires it again.
            request_options: Per-call options: ``timeout``, extra ``headers``,
                ``idempotency_key``, ``max_retries``.
        """
        return await self._oauth.callback(
            provider=self.provider,
            code=code,
            state=state,
            redirect_uri=redirect_uri,
            request_options=request_options,
        )
