"""What the generated package tells the runtime about its API: names, envelope, security, errors."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Literal, Union

from typing_extensions import TypeAlias

from ._errors import ErrorTable

__all__ = ["ApiKeyAuth", "BasicAuth", "BearerAuth", "Envelope", "SecurityScheme", "Settings"]


@dataclass(frozen=True)
class Envelope:
    """Wire names of the ``{ok, data, error: {code, message, details}}`` response envelope."""

    ok_field: str = "ok"
    data_field: str = "data"
    error_field: str = "error"
    code_field: str = "code"
    message_field: str = "message"
    details_field: str | None = "details"


@dataclass(frozen=True)
class BearerAuth:
    """``Authorization: Bearer <token>``: satisfied by the core's ``token``."""


@dataclass(frozen=True)
class BasicAuth:
    """``Authorization: Basic base64(username ":" password)``: satisfied by the core's ``username``
    and ``password`` (never by the bearer ``token``)."""


@dataclass(frozen=True)
class ApiKeyAuth:
    """An API key in a header, query parameter or cookie: satisfied by the core's ``api_key``."""

    location: Literal["header", "query", "cookie"]
    name: str


SecurityScheme: TypeAlias = Union[BearerAuth, BasicAuth, ApiKeyAuth]


@dataclass(frozen=True)
class Settings:
    """Everything API-specific the runtime needs, rendered once per generated package."""

    sdk_name: str
    """PascalCase SDK name (``Gatekeeper``)."""
    dist_name: str
    """Distribution name, first word of the ``User-Agent``."""
    version: str
    env_prefix: str
    """Prefix of the environment variables read by ``from_env()`` (``GATEKEEPER``)."""
    errors: ErrorTable
    envelope: Envelope | None
    security_schemes: Mapping[str, SecurityScheme]
