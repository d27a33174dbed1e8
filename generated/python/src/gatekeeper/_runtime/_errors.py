"""The error base class and the lookup table the generated ``_errors`` module fills in."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

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

    status: int | None
    code: str | None
    message: str
    retry_after: float | None
    body: Any
    headers: Mapping[str, str]
    request_id: str | None
    details: Any

    def __init__(
        self,
        message: str,
        *,
        status: int | None = None,
        code: str | None = None,
        retry_after: float | None = None,
        body: Any = None,
        headers: Mapping[str, str] | None = None,
        request_id: str | None = None,
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
    def current_etag(self) -> str | None:
        """The resource's current ``ETag`` sent with the error (set on 412 Precondition Failed)."""
        return self.headers.get("etag")

    def __str__(self) -> str:
        parts: list[str] = []
        if self.status is not None:
            parts.append(str(self.status))
        if self.code:
            parts.append(self.code)
        prefix = f"[{' '.join(parts)}] " if parts else ""
        suffix = f" (request id {self.request_id})" if self.request_id else ""
        return f"{prefix}{self.message}{suffix}"

    def __repr__(self) -> str:
        name = type(self).__name__
        return f"{name}(status={self.status!r}, code={self.code!r}, message={self.message!r})"


@dataclass(frozen=True)
class ErrorTable:
    """Which class an error is raised as: by API error code, else by status, else status class."""

    base: type[ErrorBase]
    unexpected_status: type[ErrorBase]
    connection: type[ErrorBase]
    timeout: type[ErrorBase]
    by_code: Mapping[str, type[ErrorBase]]
    by_status: Mapping[int, type[ErrorBase]]
    by_status_class: Mapping[int, type[ErrorBase]]

    def for_response(self, status: int, code: str | None) -> type[ErrorBase]:
        """The class for a failed response with ``status`` and (maybe) an API error ``code``."""
        if code is not None:
            by_code = self.by_code.get(code)
            if by_code is not None:
                return by_code
        by_status = self.by_status.get(status)
        if by_status is not None:
            return by_status
        return self.by_status_class.get(status // 100, self.unexpected_status)
