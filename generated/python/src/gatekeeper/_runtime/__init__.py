"""The SDK's hand-written runtime, the same for every API (the generated modules build on it)."""

from ._async import AsyncCore, AsyncRequester, TokenRefresher
from ._errors import ErrorBase, ErrorTable
from ._http import RequestArgs, compact, fill, fill_path, omit_none, tag_of
from ._pagination import Page, aiterate_pages, iterate_pages
from ._response import ApiResponse
from ._settings import ApiKeyAuth, BasicAuth, BearerAuth, Envelope, SecurityScheme, Settings
from ._sync import SyncCore, SyncRequester
from ._types import (
    NOT_GIVEN,
    JSONValue,
    NotGiven,
    RequestOptions,
    ResponseKind,
    SecurityRequirements,
)

__all__ = [
    "NOT_GIVEN",
    "ApiKeyAuth",
    "ApiResponse",
    "AsyncCore",
    "AsyncRequester",
    "BasicAuth",
    "BearerAuth",
    "Envelope",
    "ErrorBase",
    "ErrorTable",
    "JSONValue",
    "NotGiven",
    "Page",
    "RequestArgs",
    "RequestOptions",
    "ResponseKind",
    "SecurityRequirements",
    "SecurityScheme",
    "Settings",
    "SyncCore",
    "SyncRequester",
    "TokenRefresher",
    "aiterate_pages",
    "compact",
    "fill",
    "fill_path",
    "iterate_pages",
    "omit_none",
    "tag_of",
]
