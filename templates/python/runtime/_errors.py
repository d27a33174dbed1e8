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
    """Which class an error is raised as: its status's, or its API error code's of that status."""

    base: type[ErrorBase]
    unexpected_status: type[ErrorBase]
    connection: type[ErrorBase]
    timeout: type[ErrorBase]
    by_code: Mapping[str, type[ErrorBase]]
    by_status: Mapping[int, type[ErrorBase]]
    by_status_class: Mapping[int, type[ErrorBase]]

    def for_status(self, status: int) -> type[ErrorBase]:
        """The class of ``status`` alone: its own, else its status class's, else unexpected."""
        by_status = self.by_status.get(status) or self.by_status_class.get(status // 100)
        return by_status or self.unexpected_status

    def for_response(self, status: int, code: str | None) -> type[ErrorBase]:
        """The class for a failed response with ``status`` and (maybe) an API error ``code``.

        A code's class is used only under the statuses its nearest status class stands for
        (the status it is documented with): ``internal`` on a 503 is a
        ``ServiceUnavailableError``, not the ``InternalError`` of 500. A 2xx with ``ok: false``
        has no status class to agree with: its code decides.
        """
        by_status = self.for_status(status)
        by_code = self.by_code.get(code) if code is not None else None
        if by_code is None:
            return by_status
        if 200 <= status < 300 or self._status_class_of(by_code) is by_status:
            return by_code
        return by_status

    def _status_class_of(self, cls: type[ErrorBase]) -> type[object] | None:
        """``cls`` or its nearest parent a status maps to (InternalError: InternalServerError)."""
        statuses = {*self.by_status.values(), *self.by_status_class.values()}
        statuses.add(self.unexpected_status)
        return next((c for c in cls.__mro__ if c in statuses), None)
