"""The error base class and the lookup table the generated ``_errors`` module fills in."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Mapping, Optional

__all__ = ["ErrorBase", "ErrorTable"]


class ErrorBase(Exception):
    """Everything an SDK error carries; the generated root error class derives from it.

    Attributes:
        status: HTTP status of the response, or ``None`` when no response arrived.
        code: The API's error code (from the error body), when it sent one.
        message: Human-readable message from the API, or a description of the failure.
        retry_after: Seconds the server asked to wait (``Retry-After`` / ``retry-after-ms``).
        body: The parsed JSON error body, or its raw text when it is not JSON.
        headers: Response headers, lower-case names.
        request_id: The response's ``x-request-id``, for support requests.
        details: The ``details`` of the API's error object, when present.
    """

    status: Optional[int]
    code: Optional[str]
    message: str
    retry_after: Optional[float]
    body: Any
    headers: Mapping[str, str]
    request_id: Optional[str]
    details: Any

    def __init__(
        self,
        message: str,
        *,
        status: Optional[int] = None,
        code: Optional[str] = None,
        retry_after: Optional[float] = None,
        body: Any = None,
        headers: Optional[Mapping[str, str]] = None,
        request_id: Optional[str] = None,
        details: Any = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.status = status
        self.code = code
        self.retry_after = retry_after
        self.body = body
        self.headers = dict(headers or {})
        self.request_id = request_id
        self.details = details

    @property
    def current_etag(self) -> Optional[str]:
        """The resource's current ``ETag`` sent with the error (set on 412 Precondition Failed)."""
        return self.headers.get("etag")

    def __str__(self) -> str:
        parts = []
        if self.status is not None:
            parts.append(str(self.status))
        if self.code:
            parts.append(self.code)
        prefix = f"[{' '.join(parts)}] " if parts else ""
        suffix = f" (request id {self.request_id})" if self.request_id else ""
        return f"{prefix}{self.message}{suffix}"

    def __repr__(self) -> str:
        return f"{type(self).__name__}(status={self.status!r}, code={self.code!r}, message={self.message!r})"


@dataclass(frozen=True)
class ErrorTable:
    """Which class an error is raised as: by API error code first, then by status, then status class."""

    base: type[ErrorBase]
    unexpected_status: type[ErrorBase]
    connection: type[ErrorBase]
    timeout: type[ErrorBase]
    by_code: Mapping[str, type[ErrorBase]] = field(default_factory=dict)
    by_status: Mapping[int, type[ErrorBase]] = field(default_factory=dict)
    by_status_class: Mapping[int, type[ErrorBase]] = field(default_factory=dict)

    def for_response(self, status: int, code: Optional[str]) -> type[ErrorBase]:
        """The class for a failed response with ``status`` and (maybe) an API error ``code``."""
        if code is not None:
            by_code = self.by_code.get(code)
            if by_code is not None:
                return by_code
        by_status = self.by_status.get(status)
        if by_status is not None:
            return by_status
        return self.by_status_class.get(status // 100, self.unexpected_status)
