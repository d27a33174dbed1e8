"""The OAuth service: Sign-in with an external OAuth provider (authorize URL and callback)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._constants import OAUTH_PROVIDERS
from .._runtime import ApiResponse, AsyncRequester, RequestOptions, SyncRequester, compact

if TYPE_CHECKING:
    from ..scopes.oauth import AsyncOAuthScope, OAuthScope
    from ..types import AuthSession, OAuthAuthorization, OAuthProvider

__all__ = [
    "OAUTH_PROVIDERS",
    "AsyncOAuthService",
    "AsyncOAuthServiceWithRawResponse",
    "OAuthService",
    "OAuthServiceWithRawResponse",
]


class OAuthService:
    """Sign-in with an external OAuth provider (authorize URL and callback).

    Constants: ``OAUTH_PROVIDERS``.
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

    def authorize(
        self,
        provider: OAuthProvider,
        redirect_uri: str,
        *,
        state: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> OAuthAuthorization:
        """Get a provider's authorize URL.

        Builds the URL to send the browser to for signing in with the provider. The provider
        redirects back to `redirectUri` (which must be registered) with `code` and `state`.

        Args:
            provider: OAuth provider.
            redirect_uri: Where the provider sends the browser back to; must be on the
                allow-list.
            state: Opaque value echoed back to the callback, to bind it to the browser
                session. Generated when absent.
            request_options: Per-call options: ``timeout``, extra ``headers``,
                ``idempotency_key``, ``max_retries``.

        Returns:
            The URL to redirect to and the state to check on return.

        Raises:
            ValidationError: The request is malformed (bad JSON, bad query parameter).
                Code: `bad_request`.
            NotFoundError: The resource does not exist or is not visible to the caller.
                Code: `not_found`.
            RateLimitError: Too many requests from this caller (authentication endpoints
                are limited most tightly, against password guessing). Wait `Retry-After`
                seconds. Code: `rate_limited`.
            InternalServerError: Unexpected server error; `details.requestId` identifies
                it in the logs. Code: `internal`.
        """
        result: OAuthAuthorization = self._core.request(
            "GET",
            "/api/oauth/{provider}/authorize",
            path_params={"provider": provider},
            query={"redirectUri": redirect_uri, "state": state},
            options=request_options,
        )
        return result

    def callback(
        self,
        provider: OAuthProvider,
        code: str,
        state: str,
        *,
        redirect_uri: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> AuthSession:
        """Complete a provider sign-in.

        Exchanges the `code` the provider returned for a Gatekeeper session, creating the user
        on first sign-in. `state` must match the one from `oAuthAuthorize`.

        Args:
            provider: OAuth provider.
            code: Authorization code from the provider.
            state: The `state` field of the request body.
            redirect_uri: The `redirectUri` used for `oAuthAuthorize`, if the provider
                requires it again.
            request_options: Per-call options: ``timeout``, extra ``headers``,
                ``idempotency_key``, ``max_retries``.

        Returns:
            The session.

        Raises:
            ValidationError: The request is malformed (bad JSON, bad query parameter).
                Code: `bad_request`.
            AuthenticationError: Missing, invalid or expired credentials. Codes:
                `unauthorized`, `invalid_token`, `token_expired`.
            NotFoundError: The resource does not exist or is not visible to the caller.
                Code: `not_found`.
            RateLimitError: Too many requests from this caller (authentication endpoints
                are limited most tightly, against password guessing). Wait `Retry-After`
                seconds. Code: `rate_limited`.
            InternalServerError: Unexpected server error; `details.requestId` identifies
                it in the logs. Code: `internal`.
        """
        result: AuthSession = self._core.request(
            "POST",
            "/api/oauth/{provider}/callback",
            path_params={"provider": provider},
            json=compact({"code": code, "state": state, "redirectUri": redirect_uri}),
            options=request_options,
        )
        return result

    def scope(
        self,
        provider: OAuthProvider,
    ) -> OAuthScope:
        """The ``oauth`` resource as a scoped client: its operations with ``provider`` bound."""
        from ..scopes.oauth import OAuthScope

        return OAuthScope(self._core, provider)

    @property
    def with_raw_response(self) -> OAuthServiceWithRawResponse:
        """The same methods, returning an ``ApiResponse`` (``data``, ``status``, ``headers``,
        ``request_id``, ``etag``).
        """
        return OAuthServiceWithRawResponse(self._core)


class OAuthServiceWithRawResponse:
    """The methods of :class:`OAuthService` returning an ``ApiResponse``: the same data plus the
    response's status, headers, request id and ``ETag``.
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

    def authorize(
        self,
        provider: OAuthProvider,
        redirect_uri: str,
        *,
        state: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> ApiResponse[OAuthAuthorization]:
        """Like :meth:`OAuthService.authorize`, with the response's status, headers and ETag."""
        return self._core.request_raw(
            "GET",
            "/api/oauth/{provider}/authorize",
            "json",
            path_params={"provider": provider},
            query={"redirectUri": redirect_uri, "state": state},
            options=request_options,
        )

    def callback(
        self,
        provider: OAuthProvider,
        code: str,
        state: str,
        *,
        redirect_uri: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> ApiResponse[AuthSession]:
        """Like :meth:`OAuthService.callback`, with the response's status, headers and ETag."""
        return self._core.request_raw(
            "POST",
            "/api/oauth/{provider}/callback",
            "json",
            path_params={"provider": provider},
            json=compact({"code": code, "state": state, "redirectUri": redirect_uri}),
            options=request_options,
        )


class AsyncOAuthService:
    """Sign-in with an external OAuth provider (authorize URL and callback).

    Coroutine twin of :class:`OAuthService`; every method is awaited.

    Constants: ``OAUTH_PROVIDERS``.
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

    async def authorize(
        self,
        provider: OAuthProvider,
        redirect_uri: str,
        *,
        state: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> OAuthAuthorization:
        """Get a provider's authorize URL.

        Builds the URL to send the browser to for signing in with the provider. The provider
        redirects back to `redirectUri` (which must be registered) with `code` and `state`.

        Args:
            provider: OAuth provider.
            redirect_uri: Where the provider sends the browser back to; must be on the
                allow-list.
            state: Opaque value echoed back to the callback, to bind it to the browser
                session. Generated when absent.
            request_options: Per-call options: ``timeout``, extra ``headers``,
                ``idempotency_key``, ``max_retries``.

        Returns:
            The URL to redirect to and the state to check on return.

        Raises:
            ValidationError: The request is malformed (bad JSON, bad query parameter).
                Code: `bad_request`.
            NotFoundError: The resource does not exist or is not visible to the caller.
                Code: `not_found`.
            RateLimitError: Too many requests from this caller (authentication endpoints
                are limited most tightly, against password guessing). Wait `Retry-After`
                seconds. Code: `rate_limited`.
            InternalServerError: Unexpected server error; `details.requestId` identifies
                it in the logs. Code: `internal`.
        """
        result: OAuthAuthorization = await self._core.request(
            "GET",
            "/api/oauth/{provider}/authorize",
            path_params={"provider": provider},
            query={"redirectUri": redirect_uri, "state": state},
            options=request_options,
        )
        return result

    async def callback(
        self,
        provider: OAuthProvider,
        code: str,
        state: str,
        *,
        redirect_uri: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> AuthSession:
        """Complete a provider sign-in.

        Exchanges the `code` the provider returned for a Gatekeeper session, creating the user
        on first sign-in. `state` must match the one from `oAuthAuthorize`.

        Args:
            provider: OAuth provider.
            code: Authorization code from the provider.
            state: The `state` field of the request body.
            redirect_uri: The `redirectUri` used for `oAuthAuthorize`, if the provider
                requires it again.
            request_options: Per-call options: ``timeout``, extra ``headers``,
                ``idempotency_key``, ``max_retries``.

        Returns:
            The session.

        Raises:
            ValidationError: The request is malformed (bad JSON, bad query parameter).
                Code: `bad_request`.
            AuthenticationError: Missing, invalid or expired credentials. Codes:
                `unauthorized`, `invalid_token`, `token_expired`.
            NotFoundError: The resource does not exist or is not visible to the caller.
                Code: `not_found`.
            RateLimitError: Too many requests from this caller (authentication endpoints
                are limited most tightly, against password guessing). Wait `Retry-After`
                seconds. Code: `rate_limited`.
            InternalServerError: Unexpected server error; `details.requestId` identifies
                it in the logs. Code: `internal`.
        """
        result: AuthSession = await self._core.request(
            "POST",
            "/api/oauth/{provider}/callback",
            path_params={"provider": provider},
            json=compact({"code": code, "state": state, "redirectUri": redirect_uri}),
            options=request_options,
        )
        return result

    def scope(
        self,
        provider: OAuthProvider,
    ) -> AsyncOAuthScope:
        """The ``oauth`` resource as a scoped client: its operations with ``provider`` bound."""
        from ..scopes.oauth import AsyncOAuthScope

        return AsyncOAuthScope(self._core, provider)

    @property
    def with_raw_response(self) -> AsyncOAuthServiceWithRawResponse:
        """The same methods, returning an ``ApiResponse`` (``data``, ``status``, ``headers``,
        ``request_id``, ``etag``).
        """
        return AsyncOAuthServiceWithRawResponse(self._core)


class AsyncOAuthServiceWithRawResponse:
    """The methods of :class:`AsyncOAuthService` returning an ``ApiResponse``: the same data plus
    the response's status, headers, request id and ``ETag``.
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

    async def authorize(
        self,
        provider: OAuthProvider,
        redirect_uri: str,
        *,
        state: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> ApiResponse[OAuthAuthorization]:
        """Like :meth:`AsyncOAuthService.authorize`, with the response's status, headers and
        ETag.
        """
        return await self._core.request_raw(
            "GET",
            "/api/oauth/{provider}/authorize",
            "json",
            path_params={"provider": provider},
            query={"redirectUri": redirect_uri, "state": state},
            options=request_options,
        )

    async def callback(
        self,
        provider: OAuthProvider,
        code: str,
        state: str,
        *,
        redirect_uri: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> ApiResponse[AuthSession]:
        """Like :meth:`AsyncOAuthService.callback`, with the response's status, headers and ETag."""
        return await self._core.request_raw(
            "POST",
            "/api/oauth/{provider}/callback",
            "json",
            path_params={"provider": provider},
            json=compact({"code": code, "state": state, "redirectUri": redirect_uri}),
            options=request_options,
        )
