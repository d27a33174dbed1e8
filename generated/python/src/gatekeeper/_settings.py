"""What the runtime needs to know about the Gatekeeper API."""

from __future__ import annotations

from ._errors import ERRORS
from ._runtime import ApiKeyAuth, BearerAuth, Envelope, Settings

SETTINGS = Settings(
    sdk_name="Gatekeeper",
    dist_name="gatekeeper-sdk",
    version="1.0.0",
    env_prefix="GATEKEEPER",
    errors=ERRORS,
    envelope=Envelope(
        ok_field="ok",
        data_field="data",
        error_field="error",
        code_field="code",
        message_field="message",
        details_field="details",
    ),
    security_schemes={
        "bearerAuth": BearerAuth(),
        "apiKeyAuth": ApiKeyAuth(location="header", name="X-API-Key"),
        "platformAuth": BearerAuth(),
    },
)
