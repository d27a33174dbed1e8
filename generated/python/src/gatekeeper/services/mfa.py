"""The MFA service: TOTP multi-factor authentication: enroll, verify, disable, and complete a
login challenge.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._runtime import ApiResponse, AsyncRequester, RequestOptions, SyncRequester

if TYPE_CHECKING:
    from ..types import AuthSession, MfaStatus, TotpEnrollment

__all__ = [
    "AsyncMfaService",
    "AsyncMfaServiceWithRawResponse",
    "MfaService",
    "MfaServiceWithRawResponse",
]


class MfaService:
    """TOTP multi-factor authentication: enroll, verify, disable, and complete a login challenge."""

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

    def enroll_totp(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> TotpEnrollment:
        """Start TOTP enrollment.

        Generates a TOTP secret and recovery codes for the calling user. MFA is not active
        until the first code is confirmed with `mfaVerifyEnrollment`. Calling it again
        replaces a pending enrollment; 409 if TOTP is already active.

        Args:
            request_options: Per-call options: ``timeout``, extra ``headers``,
                ``idempotency_key``, ``max_retries``.

        Returns:
            The secret, its otpauth URL (for a QR code) and one-time recovery codes. Shown
                only now.

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
        result: TotpEnrollment = self._core.request(
            "POST",
            "/api/mfa/totp/enroll",
            security=[["bearerAuth"]],
            options=request_options,
        )
        return result

    def verify_enrollment(
        self,
        code: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> MfaStatus:
        """Confirm TOTP enrollment.

        Confirms a pending enrollment with a current code from the authenticator app, which
        turns MFA on for the user.

        Args:
            code: The `code` field of the request body.
            request_options: Per-call options: ``timeout``, extra ``headers``,
                ``idempotency_key``, ``max_retries``.

        Returns:
            MFA is now enabled.

        Raises:
            ValidationError: The request is malformed (bad JSON, bad query parameter).
                Code: `bad_request`.
            AuthenticationError: The TOTP or recovery code is wrong (`invalid_mfa_code`),
                or the challenge token is invalid or expired (`invalid_token`,
                `token_expired`).
            NotFoundError: The resource does not exist or is not visible to the caller.
                Code: `not_found`.
            RateLimitError: Too many requests from this caller (authentication endpoints
                are limited most tightly, against password guessing). Wait `Retry-After`
                seconds. Code: `rate_limited`.
            InternalServerError: Unexpected server error; `details.requestId` identifies
                it in the logs. Code: `internal`.
        """
        result: MfaStatus = self._core.request(
            "POST",
            "/api/mfa/totp/verify",
            json={"code": code},
            security=[["bearerAuth"]],
            options=request_options,
        )
        return result

    def disable(
        self,
        code: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> MfaStatus:
        """Disable TOTP.

        Turns MFA off. Requires a current TOTP code or an unused recovery code.

        Args:
            code: The `code` field of the request body.
            request_options: Per-call options: ``timeout``, extra ``headers``,
                ``idempotency_key``, ``max_retries``.

        Returns:
            MFA is now disabled.

        Raises:
            ValidationError: The request is malformed (bad JSON, bad query parameter).
                Code: `bad_request`.
            AuthenticationError: The TOTP or recovery code is wrong (`invalid_mfa_code`),
                or the challenge token is invalid or expired (`invalid_token`,
                `token_expired`).
            NotFoundError: The resource does not exist or is not visible to the caller.
                Code: `not_found`.
            RateLimitError: Too many requests from this caller (authentication endpoints
                are limited most tightly, against password guessing). Wait `Retry-After`
                seconds. Code: `rate_limited`.
            InternalServerError: Unexpected server error; `details.requestId` identifies
                it in the logs. Code: `internal`.
        """
        result: MfaStatus = self._core.request(
            "POST",
            "/api/mfa/totp/disable",
            json={"code": code},
            security=[["bearerAuth"]],
            options=request_options,
        )
        return result

    def verify_challenge(
        self,
        challenge_token: str,
        code: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> AuthSession:
        """Complete an MFA login challenge.

        Completes a login that answered `mfaRequired: true`, with its `challengeToken` and a
        TOTP or recovery code. Public; the challenge token is the credential. Challenges
        expire after 5 minutes (401 `token_expired`).

        Args:
            challenge_token: `challengeToken` from the login response.
            code: A current 6-digit TOTP code or an unused recovery code.
            request_options: Per-call options: ``timeout``, extra ``headers``,
                ``idempotency_key``, ``max_retries``.

        Returns:
            The session the login would have returned.

        Raises:
            ValidationError: The request is malformed (bad JSON, bad query parameter).
                Code: `bad_request`.
            AuthenticationError: The TOTP or recovery code is wrong (`invalid_mfa_code`),
                or the challenge token is invalid or expired (`invalid_token`,
                `token_expired`).
            RateLimitError: Too many requests from this caller (authentication endpoints
                are limited most tightly, against password guessing). Wait `Retry-After`
                seconds. Code: `rate_limited`.
            InternalServerError: Unexpected server error; `details.requestId` identifies
                it in the logs. Code: `internal`.
        """
        result: AuthSession = self._core.request(
            "POST",
            "/api/mfa/challenge/verify",
            json={"challengeToken": challenge_token, "code": code},
            options=request_options,
        )
        return result

    @property
    def with_raw_response(self) -> MfaServiceWithRawResponse:
        """The same methods, returning an ``ApiResponse`` (``data``, ``status``, ``headers``,
        ``request_id``, ``etag``).
        """
        return MfaServiceWithRawResponse(self._core)


class MfaServiceWithRawResponse:
    """The methods of :class:`MfaService` returning an ``ApiResponse``: the same data plus the
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

    def enroll_totp(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> ApiResponse[TotpEnrollment]:
        """Like :meth:`MfaService.enroll_totp`, with the response's status, headers and ETag."""
        return self._core.request_raw(
            "POST",
            "/api/mfa/totp/enroll",
            "json",
            security=[["bearerAuth"]],
            options=request_options,
        )

    def verify_enrollment(
        self,
        code: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> ApiResponse[MfaStatus]:
        """Like :meth:`MfaService.verify_enrollment`, with the response's status, headers and
        ETag.
        """
        return self._core.request_raw(
            "POST",
            "/api/mfa/totp/verify",
            "json",
            json={"code": code},
            security=[["bearerAuth"]],
            options=request_options,
        )

    def disable(
        self,
        code: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> ApiResponse[MfaStatus]:
        """Like :meth:`MfaService.disable`, with the response's status, headers and ETag."""
        return self._core.request_raw(
            "POST",
            "/api/mfa/totp/disable",
            "json",
            json={"code": code},
            security=[["bearerAuth"]],
            options=request_options,
        )

    def verify_challenge(
        self,
        challenge_token: str,
        code: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> ApiResponse[AuthSession]:
        """Like :meth:`MfaService.verify_challenge`, with the response's status, headers and
        ETag.
        """
        return self._core.request_raw(
            "POST",
            "/api/mfa/challenge/verify",
            "json",
            json={"challengeToken": challenge_token, "code": code},
            options=request_options,
        )


class AsyncMfaService:
    """TOTP multi-factor authentication: enroll, verify, disable, and complete a login challenge.

    Coroutine twin of :class:`MfaService`; every method is awaited.
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

    async def enroll_totp(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> TotpEnrollment:
        """Start TOTP enrollment.

        Generates a TOTP secret and recovery codes for the calling user. MFA is not active
        until the first code is confirmed with `mfaVerifyEnrollment`. Calling it again
        replaces a pending enrollment; 409 if TOTP is already active.

        Args:
            request_options: Per-call options: ``timeout``, extra ``headers``,
                ``idempotency_key``, ``max_retries``.

        Returns:
            The secret, its otpauth URL (for a QR code) and one-time recovery codes. Shown
                only now.

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
        result: TotpEnrollment = await self._core.request(
            "POST",
            "/api/mfa/totp/enroll",
            security=[["bearerAuth"]],
            options=request_options,
        )
        return result

    async def verify_enrollment(
        self,
        code: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> MfaStatus:
        """Confirm TOTP enrollment.

        Confirms a pending enrollment with a current code from the authenticator app, which
        turns MFA on for the user.

        Args:
            code: The `code` field of the request body.
            request_options: Per-call options: ``timeout``, extra ``headers``,
                ``idempotency_key``, ``max_retries``.

        Returns:
            MFA is now enabled.

        Raises:
            ValidationError: The request is malformed (bad JSON, bad query parameter).
                Code: `bad_request`.
            AuthenticationError: The TOTP or recovery code is wrong (`invalid_mfa_code`),
                or the challenge token is invalid or expired (`invalid_token`,
                `token_expired`).
            NotFoundError: The resource does not exist or is not visible to the caller.
                Code: `not_found`.
            RateLimitError: Too many requests from this caller (authentication endpoints
                are limited most tightly, against password guessing). Wait `Retry-After`
                seconds. Code: `rate_limited`.
            InternalServerError: Unexpected server error; `details.requestId` identifies
                it in the logs. Code: `internal`.
        """
        result: MfaStatus = await self._core.request(
            "POST",
            "/api/mfa/totp/verify",
            json={"code": code},
            security=[["bearerAuth"]],
            options=request_options,
        )
        return result

    async def disable(
        self,
        code: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> MfaStatus:
        """Disable TOTP.

        Turns MFA off. Requires a current TOTP code or an unused recovery code.

        Args:
            code: The `code` field of the request body.
            request_options: Per-call options: ``timeout``, extra ``headers``,
                ``idempotency_key``, ``max_retries``.

        Returns:
            MFA is now disabled.

        Raises:
            ValidationError: The request is malformed (bad JSON, bad query parameter).
                Code: `bad_request`.
            AuthenticationError: The TOTP or recovery code is wrong (`invalid_mfa_code`),
                or the challenge token is invalid or expired (`invalid_token`,
                `token_expired`).
            NotFoundError: The resource does not exist or is not visible to the caller.
                Code: `not_found`.
            RateLimitError: Too many requests from this caller (authentication endpoints
                are limited most tightly, against password guessing). Wait `Retry-After`
                seconds. Code: `rate_limited`.
            InternalServerError: Unexpected server error; `details.requestId` identifies
                it in the logs. Code: `internal`.
        """
        result: MfaStatus = await self._core.request(
            "POST",
            "/api/mfa/totp/disable",
            json={"code": code},
            security=[["bearerAuth"]],
            options=request_options,
        )
        return result

    async def verify_challenge(
        self,
        challenge_token: str,
        code: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> AuthSession:
        """Complete an MFA login challenge.

        Completes a login that answered `mfaRequired: true`, with its `challengeToken` and a
        TOTP or recovery code. Public; the challenge token is the credential. Challenges
        expire after 5 minutes (401 `token_expired`).

        Args:
            challenge_token: `challengeToken` from the login response.
            code: A current 6-digit TOTP code or an unused recovery code.
            request_options: Per-call options: ``timeout``, extra ``headers``,
                ``idempotency_key``, ``max_retries``.

        Returns:
            The session the login would have returned.

        Raises:
            ValidationError: The request is malformed (bad JSON, bad query parameter).
                Code: `bad_request`.
            AuthenticationError: The TOTP or recovery code is wrong (`invalid_mfa_code`),
                or the challenge token is invalid or expired (`invalid_token`,
                `token_expired`).
            RateLimitError: Too many requests from this caller (authentication endpoints
                are limited most tightly, against password guessing). Wait `Retry-After`
                seconds. Code: `rate_limited`.
            InternalServerError: Unexpected server error; `details.requestId` identifies
                it in the logs. Code: `internal`.
        """
        result: AuthSession = await self._core.request(
            "POST",
            "/api/mfa/challenge/verify",
            json={"challengeToken": challenge_token, "code": code},
            options=request_options,
        )
        return result

    @property
    def with_raw_response(self) -> AsyncMfaServiceWithRawResponse:
        """The same methods, returning an ``ApiResponse`` (``data``, ``status``, ``headers``,
        ``request_id``, ``etag``).
        """
        return AsyncMfaServiceWithRawResponse(self._core)


class AsyncMfaServiceWithRawResponse:
    """The methods of :class:`AsyncMfaService` returning an ``ApiResponse``: the same data plus
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

    async def enroll_totp(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> ApiResponse[TotpEnrollment]:
        """Like :meth:`AsyncMfaService.enroll_totp`, with the response's status, headers and
        ETag.
        """
        return await self._core.request_raw(
            "POST",
            "/api/mfa/totp/enroll",
            "json",
            security=[["bearerAuth"]],
            options=request_options,
        )

    async def verify_enrollment(
        self,
        code: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> ApiResponse[MfaStatus]:
        """Like :meth:`AsyncMfaService.verify_enrollment`, with the response's status, headers
        and ETag.
        """
        return await self._core.request_raw(
            "POST",
            "/api/mfa/totp/verify",
            "json",
            json={"code": code},
            security=[["bearerAuth"]],
            options=request_options,
        )

    async def disable(
        self,
        code: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> ApiResponse[MfaStatus]:
        """Like :meth:`AsyncMfaService.disable`, with the response's status, headers and ETag."""
        return await self._core.request_raw(
            "POST",
            "/api/mfa/totp/disable",
            "json",
            json={"code": code},
            security=[["bearerAuth"]],
            options=request_options,
        )

    async def verify_challenge(
        self,
        challenge_token: str,
        code: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> ApiResponse[AuthSession]:
        """Like :meth:`AsyncMfaService.verify_challenge`, with the response's status, headers and
        ETag.
        """
        return await self._core.request_raw(
            "POST",
            "/api/mfa/challenge/verify",
            "json",
            json={"challengeToken": challenge_token, "code": code},
            options=request_options,
        )
