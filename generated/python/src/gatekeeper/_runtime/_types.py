"""Small types shared by the runtime and the generated modules."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, ClassVar, Final, Literal

from typing_extensions import TypeAlias, TypedDict

__all__ = [
    "NOT_GIVEN",
    "JSONValue",
    "NotGiven",
    "ParamStyle",
    "ParamStyles",
    "RequestOptions",
    "ResponseKind",
    "SecurityRequirements",
]

JSONValue: TypeAlias = Any
"""Any value that ``json.loads`` can return."""

ResponseKind: TypeAlias = Literal["json", "text", "bytes", "empty"]
"""How a response body is read: JSON (unwrapped from the envelope), text, raw bytes, nothing."""

SecurityRequirements: TypeAlias = Sequence[Sequence[str]]
"""Alternatives (OR) of security scheme keys that must all be satisfied (AND); empty: public."""

ParamStyle: TypeAlias = Literal[
    "form", "spaceDelimited", "pipeDelimited", "deepObject", "simple", "label", "matrix"
]
"""An OpenAPI parameter ``style``."""

ParamStyles: TypeAlias = Mapping[str, tuple[ParamStyle, bool]]
"""``(style, explode)`` of the parameters that are not serialised the default way (``form``
exploded in the query, ``simple`` in the path), by name."""


class NotGiven:
    """The type of :data:`NOT_GIVEN`: an argument the caller left out.

    Only arguments that accept ``None`` as a real value (nullable fields) use it; everywhere else an
    omitted optional argument is simply ``None``.
    """

    _instance: ClassVar[NotGiven | None] = None

    def __new__(cls) -> NotGiven:
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "NOT_GIVEN"


NOT_GIVEN: Final = NotGiven()
"""Default of arguments where ``None`` means "send null" rather than "leave out"."""


class RequestOptions(TypedDict, total=False):
    """Per-call options accepted by every method (``request_options=``)."""

    timeout: float
    """Seconds to wait for the whole request (connect, send, read) before giving up."""
    headers: Mapping[str, str]
    """Extra headers sent with this call only (they win over the core's default headers)."""
    idempotency_key: str
    """Key sent as ``Idempotency-Key``, reused by every retry of the call; makes writes retried."""
    max_retries: int
    """Retries for this call (``0`` disables them); overrides the core's ``max_retries``."""
