"""The cores of the Gatekeeper SDK: the connection every service sends its calls through."""

from __future__ import annotations

from typing import ClassVar

from ._runtime import AsyncCore, Settings, SyncCore
from ._settings import SETTINGS

__all__ = [
    "AsyncGatekeeperCore",
    "GatekeeperCore",
]


class GatekeeperCore(SyncCore):
    """Connection to the Gatekeeper API shared by every service.

    Holds the base URL, the credentials (a bearer ``token`` changed with ``set_token()``, an
    ``api_key``), retries, timeouts and the ``httpx.Client``. Build it once, then the services
    you need over it; use it as a context manager (or call ``close()``) to close the client it
    created. ``GatekeeperCore.from_env()`` reads ``GATEKEEPER_BASE_URL``, ``GATEKEEPER_TOKEN``
    and ``GATEKEEPER_API_KEY``.
    """

    _settings: ClassVar[Settings] = SETTINGS


class AsyncGatekeeperCore(AsyncCore):
    """Async twin of :class:`GatekeeperCore` over ``httpx.AsyncClient``.

    Use it with ``async with`` (or ``await core.close()``).
    """

    _settings: ClassVar[Settings] = SETTINGS
