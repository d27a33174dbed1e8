"""Errors raised by the Gatekeeper SDK: one class per failure kind, by HTTP status and by API
error code, all below ``GatekeeperError``.
"""

from __future__ import annotations

from ._runtime import ErrorBase, ErrorTable

__all__ = [
    "ERRORS",
    "APIConnectionError",
    "APITimeoutError",
    "AuthenticationError",
    "BadGatewayError",
    "BadRequestError",
    "ConflictError",
    "EmailNotVerifiedError",
    "ExpiredKeyError",
    "ForbiddenError",
    "GatekeeperError",
    "GatewayTimeoutError",
    "InsufficientScopeError",
    "InternalError",
    "InternalServerError",
    "InvalidCredentialsError",
    "InvalidKeyError",
    "InvalidMfaCodeError",
    "InvalidTokenError",
    "MfaRequiredError",
    "NotFoundError",
    "PreconditionFailedError",
    "QuotaExceededError",
    "RateLimitError",
    "RateLimitedError",
    "RevokedKeyError",
    "ServerError",
    "ServiceUnavailableError",
    "TokenExpiredError",
    "UnauthorizedError",
    "UnexpectedStatusError",
    "ValidationError",
    "ValidationFailedError",
]


class GatekeeperError(ErrorBase):
    """Root of every error the Gatekeeper SDK raises.

    Attributes: ``status``, ``code``, ``message``, ``retry_after``, ``body``, ``headers``,
    ``request_id``, ``details`` and ``current_etag``.
    """


class ValidationError(GatekeeperError):
    """The request was malformed or failed validation (400, 422)."""


class AuthenticationError(GatekeeperError):
    """Missing, invalid or expired credentials (401)."""


class ForbiddenError(GatekeeperError):
    """The credentials are valid but not allowed to do this (403)."""


class NotFoundError(GatekeeperError):
    """The resource does not exist (404)."""


class ConflictError(GatekeeperError):
    """The request conflicts with the current state of the resource (409)."""


class PreconditionFailedError(GatekeeperError):
    """An If-Match precondition failed: the resource changed since it was read (412). Carries the
    current ETag.
    """


class RateLimitError(GatekeeperError):
    """Too many requests (429). The error carries the seconds from the Retry-After header."""


class ServerError(GatekeeperError):
    """The server failed (5xx)."""


class InternalServerError(ServerError):
    """The server failed unexpectedly (500)."""


class BadGatewayError(ServerError):
    """An upstream server failed (502)."""


class ServiceUnavailableError(ServerError):
    """The service is temporarily unavailable (503)."""


class GatewayTimeoutError(ServerError):
    """An upstream server did not answer in time (504)."""


class UnexpectedStatusError(GatekeeperError):
    """A status no other error class stands for."""


class APIConnectionError(GatekeeperError):
    """No response: the connection failed (DNS, refused, reset, TLS)."""


class APITimeoutError(APIConnectionError):
    """No response within the timeout."""


class BadRequestError(ValidationError):
    """The request is malformed (unparseable JSON, bad query parameter)."""


class ValidationFailedError(ValidationError):
    """The body is well-formed but a field is invalid; see details.fields."""


class UnauthorizedError(AuthenticationError):
    """No credentials, or credentials of the wrong kind, were sent."""


class InvalidTokenError(AuthenticationError):
    """The bearer, refresh, reset, verification or challenge token is not valid."""


class TokenExpiredError(AuthenticationError):
    """The token has expired; refresh the session (or start over) and retry."""


class InvalidCredentialsError(AuthenticationError):
    """Email or password is wrong."""


class InvalidMfaCodeError(AuthenticationError):
    """The TOTP or recovery code is wrong or already used."""


class InvalidKeyError(AuthenticationError):
    """The API key is unknown or malformed."""


class ExpiredKeyError(AuthenticationError):
    """The API key is past its expiry (details.expiredAt); rotate or replace it."""


class MfaRequiredError(ForbiddenError):
    """The action needs MFA (enrolled, or a completed challenge) first."""


class EmailNotVerifiedError(ForbiddenError):
    """The action needs a verified email address first."""


class RevokedKeyError(ForbiddenError):
    """The API key has been revoked."""


class InsufficientScopeError(ForbiddenError):
    """The API key lacks a required scope (details.missingScopes)."""


class QuotaExceededError(RateLimitError):
    """The API key or tenant used up its quota for the period; see Retry-After."""


class RateLimitedError(RateLimitError):
    """Too many requests from this caller; see Retry-After."""


class InternalError(InternalServerError):
    """Unexpected server error (details.requestId)."""


ERRORS = ErrorTable(
    base=GatekeeperError,
    unexpected_status=UnexpectedStatusError,
    connection=APIConnectionError,
    timeout=APITimeoutError,
    by_code={
        "bad_request": BadRequestError,
        "validation_failed": ValidationFailedError,
        "unauthorized": UnauthorizedError,
        "invalid_token": InvalidTokenError,
        "token_expired": TokenExpiredError,
        "invalid_credentials": InvalidCredentialsError,
        "invalid_mfa_code": InvalidMfaCodeError,
        "invalid_key": InvalidKeyError,
        "expired_key": ExpiredKeyError,
        "forbidden": ForbiddenError,
        "mfa_required": MfaRequiredError,
        "email_not_verified": EmailNotVerifiedError,
        "revoked_key": RevokedKeyError,
        "insufficient_scope": InsufficientScopeError,
        "not_found": NotFoundError,
        "conflict": ConflictError,
        "precondition_failed": PreconditionFailedError,
        "quota_exceeded": QuotaExceededError,
        "rate_limited": RateLimitedError,
        "internal": InternalError,
        "service_unavailable": ServiceUnavailableError,
    },
    by_status={
        400: ValidationError,
        401: AuthenticationError,
        403: ForbiddenError,
        404: NotFoundError,
        409: ConflictError,
        412: PreconditionFailedError,
        422: ValidationError,
        429: RateLimitError,
        500: InternalServerError,
        502: BadGatewayError,
        503: ServiceUnavailableError,
        504: GatewayTimeoutError,
    },
    by_status_class={
        5: ServerError,
    },
)
"""Which class each failure is raised as: the status's class, or the code's class of that status."""
