"""The Auth service: Sign-up, login (with MFA challenge), token refresh, logout, password reset
and email verification.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._runtime import ApiResponse, AsyncRequester, RequestOptions, SyncRequester, compact

if TYPE_CHECKING:
    from ..types import AuthSession, Empty, LoginResult, TokenPair, User

__all__ = [
    "AsyncAuthService",
    "AsyncAuthServiceWithRawResponse",
    "AuthService",
    "AuthServiceWithRawResponse",
]


class AuthService:
    """Sign-up, login (with MFA challenge), token refresh, logout, password reset and email
    verification.
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

    def signup(
        self,
        email: str,
        password: str,
        *,
        name: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> AuthSession:
        """Sign up.

        Creates a user with an email and password and starts a session. A verification email
        is sent (see `authVerifyEmail`); deployments that require verified emails refuse later
        logins with `email_not_verified` until then. 409 if the email is taken.

        Args:
            email: The `email` field of the request body.
            password: At least 8 characters.
            name: Display name.
            request_options: Per-call options: ``timeout``, extra ``headers``,
                ``idempotency_key``, ``max_retries``.

        Returns:
            User created; the session tokens and the user.

        Raises:
            ValidationError: The request is malformed (bad JSON, bad query parameter).
                Code: `bad_request`.
            ConflictError: The request conflicts with the current state (duplicate, wrong
                state). Code: `conflict`.
            RateLimitError: Too many requests from this caller (authentication endpoints
                are limited most tightly, against password guessing). Wait `Retry-After`
                seconds. Code: `rate_limited`.
            InternalServerError: Unexpected server error; `details.requestId` identifies
                it in the logs. Code: `internal`.
        """
        result: AuthSession = self._core.request(
            "POST",
            "/api/auth/signup",
            json=compact({"email": email, "password": password, "name": name}),
            idempotency_header="Idempotency-Key",
            options=request_options,
        )
        return result

    def login(
        self,
        email: str,
        password: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> LoginResult:
        """Log in.

        Checks an email and password. If the user has no MFA the response is a
        session (`kind: session`, `mfaRequired: false`, with tokens); otherwise
        it is an MFA challenge (`kind: mfa_challenge`, `mfaRequired: true`, with
        a `challengeToken`) to complete with `mfaVerifyChallenge`. Repeated
        failures are rate limited (429).

        Args:
            email: The `email` field of the request body.
            password: The `password` field of the request body.
            request_options: Per-call options: ``timeout``, extra ``headers``,
                ``idempotency_key``, ``max_retries``.

        Returns:
            A session, or an MFA challenge (discriminated by `kind`).

        Raises:
            ValidationError: The request is malformed (bad JSON, bad query parameter).
                Code: `bad_request`.
            AuthenticationError: Email or password is wrong. Code: `invalid_credentials`.
            ForbiddenError: The deployment requires a verified email before login. Code:
                `email_not_verified`.
            RateLimitError: Too many requests from this caller (authentication endpoints
                are limited most tightly, against password guessing). Wait `Retry-After`
                seconds. Code: `rate_limited`.
            InternalServerError: Unexpected server error; `details.requestId` identifies
                it in the logs. Code: `internal`.
        """
        result: LoginResult = self._core.request(
            "POST",
            "/api/auth/login",
            json={"email": email, "password": password},
            options=request_options,
        )
        return result

    def refresh(
        self,
        refresh_token: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> TokenPair:
        """Refresh the session.

        Exchanges a refresh token for a new access token and a new refresh token (the old
        refresh token is rotated out).

        Args:
            refresh_token: The `refreshToken` field of the request body.
            request_options: Per-call options: ``timeout``, extra ``headers``,
                ``idempotency_key``, ``max_retries``.

        Returns:
            A fresh token pair.

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
        result: TokenPair = self._core.request(
            "POST",
            "/api/auth/refresh",
            json={"refreshToken": refresh_token},
            options=request_options,
        )
        return result

    def logout(
        self,
        refresh_token: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> Empty:
        """Log out.

        Revokes the given refresh token (this session only).

        Args:
            refresh_token: The `refreshToken` field of the request body.
            request_options: Per-call options: ``timeout``, extra ``headers``,
                ``idempotency_key``, ``max_retries``.

        Returns:
            Session revoked.

        Raises:
            AuthenticationError: Missing, invalid or expired credentials. Codes:
                `unauthorized`, `invalid_token`, `token_expired`.
            ValidationError: The body is well-formed but invalid; `details.fields` maps
                each bad field to its problem. Code: `validation_failed`.
            RateLimitError: Too many requests from this caller (authentication endpoints
                are limited most tightly, against password guessing). Wait `Retry-After`
                seconds. Code: `rate_limited`.
            InternalServerError: Unexpected server error; `details.requestId` identifies
                it in the logs. Code: `internal`.
        """
        result: Empty = self._core.request(
            "POST",
            "/api/auth/logout",
            json={"refreshToken": refresh_token},
            security=[["bearerAuth"]],
            options=request_options,
        )
        return result

    def logout_all(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> Empty:
        """Log out everywhere.

        Revokes every refresh token of the calling user. Access tokens already issued stay
        valid until they expire.

        Args:
            request_options: Per-call options: ``timeout``, extra ``headers``,
                ``idempotency_key``, ``max_retries``.

        Returns:
            All sessions revoked.

        Raises:
            AuthenticationError: Missing, invalid or expired credentials. Codes:
                `unauthorized`, `invalid_token`, `token_expired`.
            RateLimitError: Too many requests from this caller (authentication endpoints
                are limited most tightly, against password guessing). Wait `Retry-After`
                seconds. Code: `rate_limited`.
            InternalServerError: Unexpected server error; `details.requestId` identifies
                it in the logs. Code: `internal`.
        """
        result: Empty = self._core.request(
            "POST",
            "/api/auth/logout-all",
            security=[["bearerAuth"]],
            options=request_options,
        )
        return result

    def me(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> User:
        """Current user.

        Returns the user the bearer token belongs to.

        Args:
            request_options: Per-call options: ``timeout``, extra ``headers``,
                ``idempotency_key``, ``max_retries``.

        Returns:
            The calling user.

        Raises:
            AuthenticationError: Missing, invalid or expired credentials. Codes:
                `unauthorized`, `invalid_token`, `token_expired`.
            RateLimitError: Too many requests from this caller (authentication endpoints
                are limited most tightly, against password guessing). Wait `Retry-After`
                seconds. Code: `rate_limited`.
            InternalServerError: Unexpected server error; `details.requestId` identifies
                it in the logs. Code: `internal`.
        """
        result: User = self._core.request(
            "GET",
            "/api/auth/me",
            security=[["bearerAuth"]],
            options=request_options,
        )
        return result

    def request_password_reset(
        self,
        email: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> Empty:
        """Request a password reset.

        Emails a password-reset link if the address belongs to a user. Always answers 202 so
        that it does not reveal which emails are registered.

        Args:
            email: The `email` field of the request body.
            request_options: Per-call options: ``timeout``, extra ``headers``,
                ``idempotency_key``, ``max_retries``.

        Returns:
            Accepted; an email is sent if the user exists.

        Raises:
            ValidationError: The body is well-formed but invalid; `details.fields` maps
                each bad field to its problem. Code: `validation_failed`.
            RateLimitError: Too many requests from this caller (authentication endpoints
                are limited most tightly, against password guessing). Wait `Retry-After`
                seconds. Code: `rate_limited`.
            InternalServerError: Unexpected server error; `details.requestId` identifies
                it in the logs. Code: `internal`.
        """
        result: Empty = self._core.request(
            "POST",
            "/api/auth/forgot-password",
            json={"email": email},
            options=request_options,
        )
        return result

    def reset_password(
        self,
        token: str,
        password: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> Empty:
        """Reset the password.

        Sets a new password with the token from the reset email and revokes all sessions of
        the user.

        Args:
            token: Token from the reset link (valid 1 hour, single use).
            password: The new password, at least 8 characters.
            request_options: Per-call options: ``timeout``, extra ``headers``,
                ``idempotency_key``, ``max_retries``.

        Returns:
            Password changed.

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
        result: Empty = self._core.request(
            "POST",
            "/api/auth/reset-password",
            json={"token": token, "password": password},
            options=request_options,
        )
        return result

    def verify_email(
        self,
        token: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> User:
        """Verify the email address.

        Marks the email as verified with the token from the verification email.

        Args:
            token: Token from the verification link (valid 24 hours).
            request_options: Per-call options: ``timeout``, extra ``headers``,
                ``idempotency_key``, ``max_retries``.

        Returns:
            The now verified user.

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
        result: User = self._core.request(
            "POST",
            "/api/auth/verify-email",
            json={"token": token},
            options=request_options,
        )
        return result

    def resend_verification(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> Empty:
        """Resend the verification email.

        Sends a new verification email to the calling user. 409 if the email is already
        verified.

        Args:
            request_options: Per-call options: ``timeout``, extra ``headers``,
                ``idempotency_key``, ``max_retries``.

        Returns:
            Accepted; the email is on its way.

        Raises:
            AuthenticationError: Missing, invalid or expired credentials. Codes:
                `unauthorized`, `invalid_token`, `token_expired`.
            ConflictError: The request conflicts with the current state (duplicate, wrong
                state). Code: `conflict`.
            RateLimitError: Too many requests from this caller (authentication endpoints
                are limited most tightly, against password guessing). Wait `Retry-After`
                seconds. Code: `rate_limited`.
            InternalServerError: Unexpected server error; `details.requestId` identifies
                it in the logs. Code: `internal`.
        """
        result: Empty = self._core.request(
            "POST",
            "/api/auth/resend-verification",
            security=[["bearerAuth"]],
            options=request_options,
        )
        return result

    @property
    def with_raw_response(self) -> AuthServiceWithRawResponse:
        """The same methods, returning an ``ApiResponse`` (``data``, ``status``, ``headers``,
        ``request_id``, ``etag``).
        """
        return AuthServiceWithRawResponse(self._core)


class AuthServiceWithRawResponse:
    """The methods of :class:`AuthService` returning an ``ApiResponse``: the same data plus the
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

    def signup(
        self,
        email: str,
        password: str,
        *,
        name: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> ApiResponse[AuthSession]:
        """Like :meth:`AuthService.signup`, with the response's status, headers and ETag."""
        return self._core.request_raw(
            "POST",
            "/api/auth/signup",
            "json",
            json=compact({"email": email, "password": password, "name": name}),
            idempotency_header="Idempotency-Key",
            options=request_options,
        )

    def login(
        self,
        email: str,
        password: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> ApiResponse[LoginResult]:
        """Like :meth:`AuthService.login`, with the response's status, headers and ETag."""
        return self._core.request_raw(
            "POST",
            "/api/auth/login",
            "json",
            json={"email": email, "password": password},
            options=request_options,
        )

    def refresh(
        self,
        refresh_token: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> ApiResponse[TokenPair]:
        """Like :meth:`AuthService.refresh`, with the response's status, headers and ETag."""
        return self._core.request_raw(
            "POST",
            "/api/auth/refresh",
            "json",
            json={"refreshToken": refresh_token},
            options=request_options,
        )

    def logout(
        self,
        refresh_token: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> ApiResponse[Empty]:
        """Like :meth:`AuthService.logout`, with the response's status, headers and ETag."""
        return self._core.request_raw(
            "POST",
            "/api/auth/logout",
            "json",
            json={"refreshToken": refresh_token},
            security=[["bearerAuth"]],
            options=request_options,
        )

    def logout_all(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> ApiResponse[Empty]:
        """Like :meth:`AuthService.logout_all`, with the response's status, headers and ETag."""
        return self._core.request_raw(
            "POST",
            "/api/auth/logout-all",
            "json",
            security=[["bearerAuth"]],
            options=request_options,
        )

    def me(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> ApiResponse[User]:
        """Like :meth:`AuthService.me`, with the response's status, headers and ETag."""
        return self._core.request_raw(
            "GET",
            "/api/auth/me",
            "json",
            security=[["bearerAuth"]],
            options=request_options,
        )

    def request_password_reset(
        self,
        email: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> ApiResponse[Empty]:
        """Like :meth:`AuthService.request_password_reset`, with the response's status, headers
        and ETag.
        """
        return self._core.request_raw(
            "POST",
            "/api/auth/forgot-password",
            "json",
            json={"email": email},
            options=request_options,
        )

    def reset_password(
        self,
        token: str,
        password: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> ApiResponse[Empty]:
        """Like :meth:`AuthService.reset_password`, with the response's status, headers and ETag."""
        return self._core.request_raw(
            "POST",
            "/api/auth/reset-password",
            "json",
            json={"token": token, "password": password},
            options=request_options,
        )

    def verify_email(
        self,
        token: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> ApiResponse[User]:
        """Like :meth:`AuthService.verify_email`, with the response's status, headers and ETag."""
        return self._core.request_raw(
            "POST",
            "/api/auth/verify-email",
            "json",
            json={"token": token},
            options=request_options,
        )

    def resend_verification(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> ApiResponse[Empty]:
        """Like :meth:`AuthService.resend_verification`, with the response's status, headers and
        ETag.
        """
        return self._core.request_raw(
            "POST",
            "/api/auth/resend-verification",
            "json",
            security=[["bearerAuth"]],
            options=request_options,
        )


class AsyncAuthService:
    """Sign-up, login (with MFA challenge), token refresh, logout, password reset and email
    verification.

    Coroutine twin of :class:`AuthService`; every method is awaited.
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

    async def signup(
        self,
        email: str,
        password: str,
        *,
        name: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> AuthSession:
        """Sign up.

        Creates a user with an email and password and starts a session. A verification email
        is sent (see `authVerifyEmail`); deployments that require verified emails refuse later
        logins with `email_not_verified` until then. 409 if the email is taken.

        Args:
            email: The `email` field of the request body.
            password: At least 8 characters.
            name: Display name.
            request_options: Per-call options: ``timeout``, extra ``headers``,
                ``idempotency_key``, ``max_retries``.

        Returns:
            User created; the session tokens and the user.

        Raises:
            ValidationError: The request is malformed (bad JSON, bad query parameter).
                Code: `bad_request`.
            ConflictError: The request conflicts with the current state (duplicate, wrong
                state). Code: `conflict`.
            RateLimitError: Too many requests from this caller (authentication endpoints
                are limited most tightly, against password guessing). Wait `Retry-After`
                seconds. Code: `rate_limited`.
            InternalServerError: Unexpected server error; `details.requestId` identifies
                it in the logs. Code: `internal`.
        """
        result: AuthSession = await self._core.request(
            "POST",
            "/api/auth/signup",
            json=compact({"email": email, "password": password, "name": name}),
            idempotency_header="Idempotency-Key",
            options=request_options,
        )
        return result

    async def login(
        self,
        email: str,
        password: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> LoginResult:
        """Log in.

        Checks an email and password. If the user has no MFA the response is a
        session (`kind: session`, `mfaRequired: false`, with tokens); otherwise
        it is an MFA challenge (`kind: mfa_challenge`, `mfaRequired: true`, with
        a `challengeToken`) to complete with `mfaVerifyChallenge`. Repeated
        failures are rate limited (429).

        Args:
            email: The `email` field of the request body.
            password: The `password` field of the request body.
            request_options: Per-call options: ``timeout``, extra ``headers``,
                ``idempotency_key``, ``max_retries``.

        Returns:
            A session, or an MFA challenge (discriminated by `kind`).

        Raises:
            ValidationError: The request is malformed (bad JSON, bad query parameter).
                Code: `bad_request`.
            AuthenticationError: Email or password is wrong. Code: `invalid_credentials`.
            ForbiddenError: The deployment requires a verified email before login. Code:
                `email_not_verified`.
            RateLimitError: Too many requests from this caller (authentication endpoints
                are limited most tightly, against password guessing). Wait `Retry-After`
                seconds. Code: `rate_limited`.
            InternalServerError: Unexpected server error; `details.requestId` identifies
                it in the logs. Code: `internal`.
        """
        result: LoginResult = await self._core.request(
            "POST",
            "/api/auth/login",
            json={"email": email, "password": password},
            options=request_options,
        )
        return result

    async def refresh(
        self,
        refresh_token: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> TokenPair:
        """Refresh the session.

        Exchanges a refresh token for a new access token and a new refresh token (the old
        refresh token is rotated out).

        Args:
            refresh_token: The `refreshToken` field of the request body.
            request_options: Per-call options: ``timeout``, extra ``headers``,
                ``idempotency_key``, ``max_retries``.

        Returns:
            A fresh token pair.

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
        result: TokenPair = await self._core.request(
            "POST",
            "/api/auth/refresh",
            json={"refreshToken": refresh_token},
            options=request_options,
        )
        return result

    async def logout(
        self,
        refresh_token: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> Empty:
        """Log out.

        Revokes the given refresh token (this session only).

        Args:
            refresh_token: The `refreshToken` field of the request body.
            request_options: Per-call options: ``timeout``, extra ``headers``,
                ``idempotency_key``, ``max_retries``.

        Returns:
            Session revoked.

        Raises:
            AuthenticationError: Missing, invalid or expired credentials. Codes:
                `unauthorized`, `invalid_token`, `token_expired`.
            ValidationError: The body is well-formed but invalid; `details.fields` maps
                each bad field to its problem. Code: `validation_failed`.
            RateLimitError: Too many requests from this caller (authentication endpoints
                are limited most tightly, against password guessing). Wait `Retry-After`
                seconds. Code: `rate_limited`.
            InternalServerError: Unexpected server error; `details.requestId` identifies
                it in the logs. Code: `internal`.
        """
        result: Empty = await self._core.request(
            "POST",
            "/api/auth/logout",
            json={"refreshToken": refresh_token},
            security=[["bearerAuth"]],
            options=request_options,
        )
        return result

    async def logout_all(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> Empty:
        """Log out everywhere.

        Revokes every refresh token of the calling user. Access tokens already issued stay
        valid until they expire.

        Args:
            request_options: Per-call options: ``timeout``, extra ``headers``,
                ``idempotency_key``, ``max_retries``.

        Returns:
            All sessions revoked.

        Raises:
            AuthenticationError: Missing, invalid or expired credentials. Codes:
                `unauthorized`, `invalid_token`, `token_expired`.
            RateLimitError: Too many requests from this caller (authentication endpoints
                are limited most tightly, against password guessing). Wait `Retry-After`
                seconds. Code: `rate_limited`.
            InternalServerError: Unexpected server error; `details.requestId` identifies
                it in the logs. Code: `internal`.
        """
        result: Empty = await self._core.request(
            "POST",
            "/api/auth/logout-all",
            security=[["bearerAuth"]],
            options=request_options,
        )
        return result

    async def me(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> User:
        """Current user.

        Returns the user the bearer token belongs to.

        Args:
            request_options: Per-call options: ``timeout``, extra ``headers``,
                ``idempotency_key``, ``max_retries``.

        Returns:
            The calling user.

        Raises:
            AuthenticationError: Missing, invalid or expired credentials. Codes:
                `unauthorized`, `invalid_token`, `token_expired`.
            RateLimitError: Too many requests from this caller (authentication endpoints
                are limited most tightly, against password guessing). Wait `Retry-After`
                seconds. Code: `rate_limited`.
            InternalServerError: Unexpected server error; `details.requestId` identifies
                it in the logs. Code: `internal`.
        """
        result: User = await self._core.request(
            "GET",
            "/api/auth/me",
            security=[["bearerAuth"]],
            options=request_options,
        )
        return result

    async def request_password_reset(
        self,
        email: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> Empty:
        """Request a password reset.

        Emails a password-reset link if the address belongs to a user. Always answers 202 so
        that it does not reveal which emails are registered.

        Args:
            email: The `email` field of the request body.
            request_options: Per-call options: ``timeout``, extra ``headers``,
                ``idempotency_key``, ``max_retries``.

        Returns:
            Accepted; an email is sent if the user exists.

        Raises:
            ValidationError: The body is well-formed but invalid; `details.fields` maps
                each bad field to its problem. Code: `validation_failed`.
            RateLimitError: Too many requests from this caller (authentication endpoints
                are limited most tightly, against password guessing). Wait `Retry-After`
                seconds. Code: `rate_limited`.
            InternalServerError: Unexpected server error; `details.requestId` identifies
                it in the logs. Code: `internal`.
        """
        result: Empty = await self._core.request(
            "POST",
            "/api/auth/forgot-password",
            json={"email": email},
            options=request_options,
        )
        return result

    async def reset_password(
        self,
        token: str,
        password: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> Empty:
        """Reset the password.

        Sets a new password with the token from the reset email and revokes all sessions of
        the user.

        Args:
            token: Token from the reset link (valid 1 hour, single use).
            password: The new password, at least 8 characters.
            request_options: Per-call options: ``timeout``, extra ``headers``,
                ``idempotency_key``, ``max_retries``.

        Returns:
            Password changed.

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
        result: Empty = await self._core.request(
            "POST",
            "/api/auth/reset-password",
            json={"token": token, "password": password},
            options=request_options,
        )
        return result

    async def verify_email(
        self,
        token: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> User:
        """Verify the email address.

        Marks the email as verified with the token from the verification email.

        Args:
            token: Token from the verification link (valid 24 hours).
            request_options: Per-call options: ``timeout``, extra ``headers``,
                ``idempotency_key``, ``max_retries``.

        Returns:
            The now verified user.

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
        result: User = await self._core.request(
            "POST",
            "/api/auth/verify-email",
            json={"token": token},
            options=request_options,
        )
        return result

    async def resend_verification(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> Empty:
        """Resend the verification email.

        Sends a new verification email to the calling user. 409 if the email is already
        verified.

        Args:
            request_options: Per-call options: ``timeout``, extra ``headers``,
                ``idempotency_key``, ``max_retries``.

        Returns:
            Accepted; the email is on its way.

        Raises:
            AuthenticationError: Missing, invalid or expired credentials. Codes:
                `unauthorized`, `invalid_token`, `token_expired`.
            ConflictError: The request conflicts with the current state (duplicate, wrong
                state). Code: `conflict`.
            RateLimitError: Too many requests from this caller (authentication endpoints
                are limited most tightly, against password guessing). Wait `Retry-After`
                seconds. Code: `rate_limited`.
            InternalServerError: Unexpected server error; `details.requestId` identifies
                it in the logs. Code: `internal`.
        """
        result: Empty = await self._core.request(
            "POST",
            "/api/auth/resend-verification",
            security=[["bearerAuth"]],
            options=request_options,
        )
        return result

    @property
    def with_raw_response(self) -> AsyncAuthServiceWithRawResponse:
        """The same methods, returning an ``ApiResponse`` (``data``, ``status``, ``headers``,
        ``request_id``, ``etag``).
        """
        return AsyncAuthServiceWithRawResponse(self._core)


class AsyncAuthServiceWithRawResponse:
    """The methods of :class:`AsyncAuthService` returning an ``ApiResponse``: the same data plus
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

    async def signup(
        self,
        email: str,
        password: str,
        *,
        name: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> ApiResponse[AuthSession]:
        """Like :meth:`AsyncAuthService.signup`, with the response's status, headers and ETag."""
        return await self._core.request_raw(
            "POST",
            "/api/auth/signup",
            "json",
            json=compact({"email": email, "password": password, "name": name}),
            idempotency_header="Idempotency-Key",
            options=request_options,
        )

    async def login(
        self,
        email: str,
        password: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> ApiResponse[LoginResult]:
        """Like :meth:`AsyncAuthService.login`, with the response's status, headers and ETag."""
        return await self._core.request_raw(
            "POST",
            "/api/auth/login",
            "json",
            json={"email": email, "password": password},
            options=request_options,
        )

    async def refresh(
        self,
        refresh_token: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> ApiResponse[TokenPair]:
        """Like :meth:`AsyncAuthService.refresh`, with the response's status, headers and ETag."""
        return await self._core.request_raw(
            "POST",
            "/api/auth/refresh",
            "json",
            json={"refreshToken": refresh_token},
            options=request_options,
        )

    async def logout(
        self,
        refresh_token: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> ApiResponse[Empty]:
        """Like :meth:`AsyncAuthService.logout`, with the response's status, headers and ETag."""
        return await self._core.request_raw(
            "POST",
            "/api/auth/logout",
            "json",
            json={"refreshToken": refresh_token},
            security=[["bearerAuth"]],
            options=request_options,
        )

    async def logout_all(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> ApiResponse[Empty]:
        """Like :meth:`AsyncAuthService.logout_all`, with the response's status, headers and
        ETag.
        """
        return await self._core.request_raw(
            "POST",
            "/api/auth/logout-all",
            "json",
            security=[["bearerAuth"]],
            options=request_options,
        )

    async def me(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> ApiResponse[User]:
        """Like :meth:`AsyncAuthService.me`, with the response's status, headers and ETag."""
        return await self._core.request_raw(
            "GET",
            "/api/auth/me",
            "json",
            security=[["bearerAuth"]],
            options=request_options,
        )

    async def request_password_reset(
        self,
        email: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> ApiResponse[Empty]:
        """Like :meth:`AsyncAuthService.request_password_reset`, with the response's status,
        headers and ETag.
        """
        return await self._core.request_raw(
            "POST",
            "/api/auth/forgot-password",
            "json",
            json={"email": email},
            options=request_options,
        )

    async def reset_password(
        self,
        token: str,
        password: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> ApiResponse[Empty]:
        """Like :meth:`AsyncAuthService.reset_password`, with the response's status, headers and
        ETag.
        """
        return await self._core.request_raw(
            "POST",
            "/api/auth/reset-password",
            "json",
            json={"token": token, "password": password},
            options=request_options,
        )

    async def verify_email(
        self,
        token: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> ApiResponse[User]:
        """Like :meth:`AsyncAuthService.verify_email`, with the response's status, headers and
        ETag.
        """
        return await self._core.request_raw(
            "POST",
            "/api/auth/verify-email",
            "json",
            json={"token": token},
            options=request_options,
        )

    async def resend_verification(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> ApiResponse[Empty]:
        """Like :meth:`AsyncAuthService.resend_verification`, with the response's status, headers
        and ETag.
        """
        return await self._core.request_raw(
            "POST",
            "/api/auth/resend-verification",
            "json",
            security=[["bearerAuth"]],
            options=request_options,
        )
