"""Raw responses: a call's data together with its status and headers."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Generic, TypeVar

__all__ = ["ApiResponse"]

T = TypeVar("T")
U = TypeVar("U")


@dataclass(frozen=True)
class ApiResponse(Generic[T]):
    """What ``service.with_raw_response.<method>()`` returns: the typed data plus the response."""

    data: T
    """What the plain method returns."""
    status: int
    headers: Mapping[str, str]
    """Response headers, lower-case names."""

    def with_data(self, data: U) -> ApiResponse[U]:
        """The same response carrying ``data`` instead (a ``Page`` built from the raw page)."""
        return ApiResponse(data=data, status=self.status, headers=self.headers)

    @property
    def request_id(self) -> str | None:
        """The ``x-request-id`` header, for support requests."""
        return self.headers.get("x-request-id")

    @property
    def etag(self) -> str | None:
        """The ``ETag`` header: pass it back as ``if_match`` to update an unchanged resource."""
        return self.headers.get("etag")
