"""Pure request/response helpers shared by the sync and async cores (no I/O here)."""

from __future__ import annotations

import base64
import json as jsonlib
import os
import re
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from http import HTTPStatus
from typing import Any, TypeVar, cast
from urllib.parse import quote

from typing_extensions import TypedDict

from ._errors import ErrorBase
from ._settings import ApiKeyAuth, BasicAuth, BearerAuth, Envelope, Settings
from ._types import (
    NOT_GIVEN,
    NotGiven,
    ParamStyle,
    ParamStyles,
    RequestOptions,
    ResponseKind,
    SecurityRequirements,
)

__all__ = [
    "DEFAULT_TIMEOUT",
    "RETRY_STATUSES",
    "Prepared",
    "RequestArgs",
    "Sent",
    "attempt_headers",
    "backoff_delay",
    "basic_authorization",
    "check_header",
    "compact",
    "connection_error",
    "credentials",
    "encode_path",
    "encode_query",
    "error_from_response",
    "fill",
    "fill_path",
    "full_url",
    "header_values",
    "lower_headers",
    "merge_headers",
    "next_delay",
    "omit_none",
    "parse_body",
    "prepare",
    "query_pairs",
    "read_success",
    "retry_after_seconds",
    "should_retry",
    "tag_of",
    "user_agent",
]

RETRY_STATUSES = frozenset({408, 429, 502, 503, 504})
"""Statuses worth sending again (with connection errors and timeouts)."""
INITIAL_BACKOFF = 0.5
BACKOFF_FACTOR = 2.0
MAX_BACKOFF = 8.0
MAX_RETRY_AFTER = 60.0
"""A server asking to wait longer than this is not waited for: the error is raised at once."""
DEFAULT_TIMEOUT = 60.0

T = TypeVar("T")

_PATH_PARAM = re.compile(r"\{([^{}]+)\}")


class RequestArgs(TypedDict, total=False):
    """Keyword arguments of ``core.request()`` and its siblings."""

    path_params: Mapping[str, object]
    """Values of the ``{name}`` placeholders of the path; each is percent-encoded as one segment."""
    path_styles: ParamStyles
    """``(style, explode)`` of path parameters that are not ``simple``: ``label``, ``matrix``."""
    query: Mapping[str, object]
    """Query parameters; ``None`` values are left out, sequences repeat the name."""
    query_styles: ParamStyles
    """``(style, explode)`` of query parameters that are not exploded ``form`` ones: ``form``,
    ``spaceDelimited`` or ``pipeDelimited`` without explode (``a=1,2``, ``a=1%202``,
    ``a=1%7C2``), ``deepObject`` (``filter[a]=1``)."""
    headers: Mapping[str, object]
    """Header parameters of the operation; ``None`` values are left out."""
    cookies: Mapping[str, object]
    """Cookie parameters of the operation; ``None`` values are left out."""
    json: object
    """A JSON body (sent when the key is present, even if ``None``)."""
    content: object
    """A raw body: ``bytes`` or ``str``."""
    content_type: str
    """Content type of a raw ``content`` body, or of a ``json`` body of a JSON variant
    (``application/vnd.api+json``; default ``application/json``)."""
    accept: str
    """``Accept`` header of a JSON response of a JSON variant (default ``application/json``)."""
    form: Mapping[str, object] | NotGiven
    """An ``application/x-www-form-urlencoded`` body (``NOT_GIVEN``: none, an optional body left
    out)."""
    files: Mapping[str, object] | NotGiven
    """A ``multipart/form-data`` body: field name to value (bytes, file objects and httpx's
    ``(filename, content)`` tuples are sent as files, a sequence as one part per item;
    ``NOT_GIVEN``: none, an optional one left out)."""
    security: SecurityRequirements
    """Alternatives of security scheme keys; empty or missing: a public operation."""
    idempotency_header: str | None
    """The header the operation declares for idempotency keys (``Idempotency-Key``)."""
    enveloped: bool
    """Whether a JSON success body is the API's envelope (default: whenever the API has one)."""
    options: RequestOptions | None
    """Per-call options."""


@dataclass
class Prepared:
    """A request ready to send, except for its credentials (they may change on refresh)."""

    method: str
    url: str
    path: str
    query: list[tuple[str, str]]
    """Percent-encoded name/value pairs."""
    headers: dict[str, str]
    body: dict[str, Any]
    retryable: bool
    timeout: float | None
    max_retries: int
    enveloped: bool
    kind: ResponseKind


@dataclass
class Sent:
    """Credentials applied to one attempt."""

    headers: dict[str, str] = field(default_factory=dict[str, str])
    query: list[tuple[str, str]] = field(default_factory=list[tuple[str, str]])
    cookies: dict[str, str] = field(default_factory=dict[str, str])
    bearer: str | None = None


@dataclass(frozen=True)
class EnvCredentials:
    """What ``from_env`` reads from the environment."""

    base_url: str
    token: str | None
    api_key: str | None
    username: str | None
    password: str | None


def env_credentials(settings: Settings, core_name: str) -> EnvCredentials:
    """Reads ``<PREFIX>_BASE_URL`` (required), ``<PREFIX>_TOKEN``, ``<PREFIX>_API_KEY`` and, when
    the API has an HTTP Basic scheme, ``<PREFIX>_USERNAME`` with ``<PREFIX>_PASSWORD``.
    """
    prefix = settings.env_prefix
    base_url = os.environ.get(f"{prefix}_BASE_URL", "").strip()
    if not base_url:
        raise ValueError(
            f"{prefix}_BASE_URL is not set: set it to the API's base URL, "
            f"or pass base_url to {core_name}()"
        )
    username: str | None = None
    password: str | None = None
    if any(isinstance(s, BasicAuth) for s in settings.security_schemes.values()):
        username = os.environ.get(f"{prefix}_USERNAME") or None
        password = os.environ.get(f"{prefix}_PASSWORD") or None
        if (username is None) != (password is None):
            missing = "PASSWORD" if password is None else "USERNAME"
            raise ValueError(
                f"{prefix}_{missing} is not set: HTTP Basic authentication needs "
                f"{prefix}_USERNAME and {prefix}_PASSWORD together"
            )
    return EnvCredentials(
        base_url=base_url,
        token=os.environ.get(f"{prefix}_TOKEN") or None,
        api_key=os.environ.get(f"{prefix}_API_KEY") or None,
        username=username,
        password=password,
    )


def user_agent(settings: Settings, prefix: str | None) -> str:
    """``<dist>/<version> python/<x.y.z>``, after the caller's own product token if any."""
    import platform  # imported when needed, like the other slow stdlib modules here

    base = f"{settings.dist_name}/{settings.version} python/{platform.python_version()}"
    value = f"{prefix} {base}" if prefix else base
    check_header("User-Agent", value)
    return value


def check_header(name: str, value: str) -> None:
    """Refuses header names and values that could split the request (CR, LF, NUL)."""
    if any(c in name for c in "\r\n\0:") or not name:
        raise ValueError(f"invalid header name {name!r}")
    if any(c in value for c in "\r\n\0"):
        # The value is not echoed: it may be a credential.
        raise ValueError(
            f"header {name!r} contains a line break or NUL character; refusing to send it"
        )


def _to_text(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float) and value.is_integer():
        return str(value)
    return str(value)


def _is_file(value: object) -> bool:
    """A multipart file: bytes, a file object, or httpx's ``(filename, content[, type])``."""
    if isinstance(value, (bytes, bytearray)) or hasattr(value, "read"):
        return True
    if not isinstance(value, tuple):
        return False
    spec = cast("tuple[object, ...]", value)
    if len(spec) < 2 or len(spec) > 4:
        return False
    name, content = spec[0], spec[1]
    named = name is None or isinstance(name, str)
    return named and (isinstance(content, (bytes, bytearray)) or hasattr(content, "read"))


def _part_values(value: object) -> Sequence[object]:
    """The values of one multipart field: the items of a list or tuple (not a file's), else it."""
    file = _is_file(value)
    if not file and isinstance(value, (list, tuple)):
        return cast("Sequence[object]", value)
    return [value]


def _quote(value: object) -> str:
    return quote(_to_text(value), safe="")


def _items(value: object) -> list[tuple[str, object]] | list[object] | None:
    """The entries of a mapping (as pairs) or the items of a sequence; ``None`` for a scalar."""
    if isinstance(value, Mapping):
        entries = cast("Mapping[str, object]", value)
        return [(str(k), v) for k, v in entries.items() if v is not None]
    if isinstance(value, (list, tuple)):
        items = cast("Sequence[object]", value)
        return [v for v in items if v is not None]
    return None


def _flatten(entries: list[tuple[str, object]], separator: str, explode: bool) -> list[str]:
    """Object entries as ``k<sep>v`` (exploded: ``k=v``) strings, already percent-encoded."""
    if explode:
        return [f"{_quote(k)}={_quote(v)}" for k, v in entries]
    return [f"{_quote(k)}{separator}{_quote(v)}" for k, v in entries]


def _path_value(name: str, value: object, style: ParamStyle, explode: bool) -> str:
    """One path parameter, percent-encoded, in its ``simple``, ``label`` or ``matrix`` style."""
    items = _items(value)
    if items is None:
        text = _quote(value)
        return {"label": f".{text}", "matrix": f";{name}={text}"}.get(style, text)
    is_object = isinstance(value, Mapping)
    if is_object:
        parts = _flatten(cast("list[tuple[str, object]]", items), ",", explode)
    else:
        parts = [_quote(v) for v in items]
    if style == "label":
        return "." + ("." if explode else ",").join(parts)
    if style == "matrix":
        if explode and is_object:
            return "".join(f";{p}" for p in parts)
        if explode:
            return "".join(f";{name}={p}" for p in parts)
        return f";{name}=" + ",".join(parts)
    return ",".join(parts)


def encode_path(
    template: str, params: Mapping[str, object], styles: ParamStyles | None = None
) -> str:
    """Fills ``{name}`` placeholders; every value becomes exactly one percent-encoded segment
    (arrays and objects as their ``style`` says: ``simple`` by default, comma-separated)."""

    def replace(match: re.Match[str]) -> str:
        name = match.group(1)
        if name not in params:
            raise ValueError(f"missing path parameter {name!r}")
        value = params[name]
        if value is None or isinstance(value, NotGiven):
            raise ValueError(f"path parameter {name!r} must not be None")
        style, explode = (styles or {}).get(name, ("simple", False))
        return _path_value(name, value, style, explode)

    return _PATH_PARAM.sub(replace, template)


def query_pairs(query: Mapping[str, object]) -> list[tuple[str, str]]:
    """Name/value pairs of header, cookie or form values: ``None`` left out, sequences repeat the
    name, mappings as ``name[key]``."""
    pairs: list[tuple[str, str]] = []
    for name, value in query.items():
        if value is None or isinstance(value, NotGiven):
            continue
        if isinstance(value, (list, tuple)):
            items = cast("Sequence[object]", value)
            pairs.extend((name, _to_text(v)) for v in items if v is not None)
        elif isinstance(value, Mapping):
            entries = cast("Mapping[str, object]", value)
            pairs.extend((f"{name}[{k}]", _to_text(v)) for k, v in entries.items() if v is not None)
        else:
            pairs.append((name, _to_text(value)))
    return pairs


def header_values(headers: Mapping[str, object]) -> dict[str, str]:
    """Header parameters in the ``simple`` style: ``None`` left out, arrays as ``a,b``, objects as
    ``k,v,k2,v2``."""
    out: dict[str, str] = {}
    for name, value in headers.items():
        if value is None or isinstance(value, NotGiven):
            continue
        items = _items(value)
        if items is None:
            out[name] = _to_text(value)
        elif isinstance(value, Mapping):
            entries = cast("list[tuple[str, object]]", items)
            out[name] = ",".join(f"{k},{_to_text(v)}" for k, v in entries)
        else:
            out[name] = ",".join(_to_text(v) for v in items)
    return out


_DELIMITERS: dict[str, str] = {"form": ",", "spaceDelimited": "%20", "pipeDelimited": "%7C"}


def encode_query(
    query: Mapping[str, object], styles: ParamStyles | None = None
) -> list[tuple[str, str]]:
    """Percent-encoded query pairs, each parameter in its ``(style, explode)`` (default: ``form``,
    exploded: ``a=1&a=2``, objects as ``key=value``). Not exploded: ``a=1,2`` (``form``),
    ``a=1%202`` (``spaceDelimited``), ``a=1%7C2`` (``pipeDelimited``); ``deepObject``:
    ``a[key]=value``. ``None`` values are left out."""
    pairs: list[tuple[str, str]] = []
    for name, value in query.items():
        if value is None or isinstance(value, NotGiven):
            continue
        key = quote(name, safe="[]")
        style, explode = (styles or {}).get(name, ("form", True))
        items = _items(value)
        if items is None:
            pairs.append((key, _quote(value)))
        elif isinstance(value, Mapping):
            entries = cast("list[tuple[str, object]]", items)
            if style == "deepObject":
                pairs.extend((f"{key}[{quote(k, safe='')}]", _quote(v)) for k, v in entries)
            elif explode:
                pairs.extend((_quote(k), _quote(v)) for k, v in entries)
            else:
                separator = _DELIMITERS.get(style, ",")
                pairs.append((key, separator.join(_flatten(entries, separator, False))))
        elif explode or style == "deepObject":
            pairs.extend((key, _quote(v)) for v in items)
        elif items:
            pairs.append((key, _DELIMITERS.get(style, ",").join(_quote(v) for v in items)))
    return pairs


def _urlencode(pairs: Sequence[tuple[str, str]]) -> str:
    return "&".join(f"{k}={v}" for k, v in pairs)


def compact(values: Mapping[str, object], keep_null: Sequence[str] = ()) -> dict[str, object]:
    """A JSON object from keyword values: omitted ones (``NOT_GIVEN``, or ``None`` unless the field
    is nullable and listed in ``keep_null``) are left out."""
    out: dict[str, object] = {}
    for key, value in values.items():
        if isinstance(value, NotGiven):
            continue
        if value is None and key not in keep_null:
            continue
        out[key] = value
    return out


def fill(value: T | None, default: T | None) -> T | None:
    """``value``, or the service's ``default`` when the caller left it out (``None``)."""
    return default if value is None else value


def omit_none(value: T | None) -> T | NotGiven:
    """``NOT_GIVEN`` for ``None``: an optional whole request body the caller left out."""
    return NOT_GIVEN if value is None else value


def tag_of(value: object, field: str) -> object:
    """The discriminator ``field`` of a union value (``None`` when absent or not an object)."""
    obj = _object(value)
    return None if obj is None else obj.get(field)


def fill_path(value: T, path: Sequence[str], default: object) -> T:
    """``value`` with ``default`` set at ``path`` when the caller's object lacks it (copied, never
    mutated). Used for service defaults inside an object argument (``quota.period``)."""
    obj = _object(value)
    if obj is None or default is None or isinstance(default, NotGiven) or not path:
        return value
    copy = dict(obj)
    head, rest = path[0], path[1:]
    if rest:
        if head in copy:
            copy[head] = fill_path(copy[head], rest, default)
    elif copy.get(head) is None:
        copy[head] = default
    return cast("T", copy)


def basic_authorization(username: str | None, password: str | None) -> str | None:
    """The ``Authorization`` value of HTTP Basic authentication, ``Basic base64(username ":"
    password)`` over UTF-8 (RFC 7617); ``None`` when neither is given. Refuses a username with a
    colon, control characters in either and one without the other; never echoes the values."""
    if username is None and password is None:
        return None
    if username is None or password is None:
        raise ValueError("username and password go together: pass both or neither")
    if ":" in username:
        raise ValueError(
            "the username contains ':', which HTTP Basic authentication cannot carry (RFC 7617)"
        )
    if any(ord(c) < 0x20 or ord(c) == 0x7F for c in username + password):
        raise ValueError(
            "the username or password contains a control character (CR, LF, NUL...); refusing it"
        )
    pair = f"{username}:{password}".encode()
    return "Basic " + base64.b64encode(pair).decode("ascii")


def credentials(
    security: SecurityRequirements,
    settings: Settings,
    token: str | None,
    api_key: str | None,
    basic: str | None = None,
) -> Sent:
    """Credentials of the first security alternative whose credentials are all present; none when
    no alternative can be satisfied (the server then answers 401) or the operation is public.
    ``basic`` is the ``Authorization`` value of the core's username and password."""
    alternatives = sorted(security, key=lambda alt: len(alt) == 0)  # empty (= optional auth) last
    for alternative in alternatives:
        sent = Sent()
        for key in alternative:
            scheme = settings.security_schemes.get(key)
            if isinstance(scheme, BearerAuth) and token is not None:
                sent.headers["Authorization"] = f"Bearer {token}"
                sent.bearer = token
            elif isinstance(scheme, BasicAuth) and basic is not None:
                sent.headers["Authorization"] = basic
            elif isinstance(scheme, ApiKeyAuth) and api_key is not None:
                if scheme.location == "header":
                    sent.headers[scheme.name] = api_key
                elif scheme.location == "query":
                    sent.query.append((scheme.name, api_key))
                else:
                    sent.cookies[scheme.name] = api_key
            else:
                break
        else:
            return sent
    return Sent()


def prepare(
    settings: Settings,
    base_url: str,
    default_headers: Mapping[str, str],
    default_max_retries: int,
    method: str,
    path: str,
    kind: ResponseKind,
    args: RequestArgs,
) -> Prepared:
    """Builds everything about a request that stays the same across its attempts."""
    method = method.upper()
    options: RequestOptions = args.get("options") or {}
    encoded_path = encode_path(path, args.get("path_params") or {}, args.get("path_styles"))
    query = encode_query(args.get("query") or {}, args.get("query_styles"))

    accept = args.get("accept") or ("application/json" if kind in ("json", "empty") else "*/*")
    headers: dict[str, str] = {"Accept": accept}
    merge_headers(headers, default_headers)
    merge_headers(headers, header_values(args.get("headers") or {}))
    cookies = query_pairs(args.get("cookies") or {})
    if cookies:
        merge_headers(headers, {"Cookie": "; ".join(f"{k}={quote(v)}" for k, v in cookies)})

    max_retries = options.get("max_retries", default_max_retries)
    idempotency_key = options.get("idempotency_key")
    declared = args.get("idempotency_header")
    if idempotency_key is None and declared and max_retries > 0:
        import uuid

        idempotency_key = str(uuid.uuid4())
    if idempotency_key is not None:
        merge_headers(headers, {declared or "Idempotency-Key": idempotency_key})
    merge_headers(headers, options.get("headers") or {})
    for name, value in headers.items():
        check_header(name, value)

    body: dict[str, Any] = {}
    if "json" in args and not isinstance(args["json"], NotGiven):
        body["content"] = jsonlib.dumps(
            args["json"], separators=(",", ":"), ensure_ascii=False
        ).encode()
        if not any(k.lower() == "content-type" for k in headers):
            headers["Content-Type"] = args.get("content_type", "application/json")
    elif "content" in args and not isinstance(args["content"], NotGiven):
        body["content"] = args["content"]
        if not any(k.lower() == "content-type" for k in headers):
            headers["Content-Type"] = args.get("content_type", "application/octet-stream")
    elif "form" in args and not isinstance(args["form"], NotGiven):
        # A sequence repeats the name (`tag=a&tag=b`, OpenAPI's default `explode`).
        data: dict[str, list[str]] = {}
        for name, text in query_pairs(args["form"]):
            data.setdefault(name, []).append(text)
        body["data"] = data
    elif "files" in args and not isinstance(args["files"], NotGiven):
        # One part per value; a list repeats the part (RFC 7578 section 4.3: several files of one
        # field); files as file parts, text as it is, anything else as JSON.
        files: list[tuple[str, Any]] = []
        fields: dict[str, list[str]] = {}
        for field_name, field_value in args["files"].items():
            if field_value is None or isinstance(field_value, NotGiven):
                continue
            for item in _part_values(field_value):
                if item is None:
                    continue
                if _is_file(item):
                    files.append((field_name, item))
                elif isinstance(item, str):
                    fields.setdefault(field_name, []).append(item)
                else:
                    fields.setdefault(field_name, []).append(jsonlib.dumps(item))
        body["files"] = files
        body["data"] = fields

    safe = method in ("GET", "HEAD", "OPTIONS")
    return Prepared(
        method=method,
        url=base_url + encoded_path,
        path=encoded_path,
        query=query,
        headers=headers,
        body=body,
        retryable=safe or idempotency_key is not None,
        timeout=options.get("timeout"),
        max_retries=max(0, max_retries),
        enveloped=args.get("enveloped", settings.envelope is not None),
        kind=kind,
    )


def merge_headers(target: dict[str, str], source: Mapping[str, str]) -> None:
    """Sets every header of ``source`` on ``target``, replacing names that differ only in case."""
    for name, value in source.items():
        lower = name.lower()
        for existing in [k for k in target if k.lower() == lower]:
            del target[existing]
        target[name] = value


def full_url(prepared: Prepared, sent: Sent) -> str:
    pairs = prepared.query + encode_query(dict(sent.query))
    return f"{prepared.url}?{_urlencode(pairs)}" if pairs else prepared.url


def attempt_headers(prepared: Prepared, sent: Sent) -> dict[str, str]:
    headers = dict(sent.headers)
    merge_headers(headers, prepared.headers)  # explicit headers win over credentials
    if sent.cookies:
        jar = "; ".join(f"{k}={quote(v)}" for k, v in sent.cookies.items())
        existing = next((v for k, v in headers.items() if k.lower() == "cookie"), None)
        merge_headers(headers, {"Cookie": f"{existing}; {jar}" if existing else jar})
    for name, value in headers.items():
        check_header(name, value)
    return headers


def lower_headers(items: Sequence[tuple[str, str]]) -> dict[str, str]:
    out: dict[str, str] = {}
    for name, value in items:
        key = name.lower()
        out[key] = f"{out[key]}, {value}" if key in out else value
    return out


def retry_after_seconds(headers: Mapping[str, str], now: float | None = None) -> float | None:
    """Seconds from ``retry-after-ms`` or ``Retry-After`` (seconds or an HTTP date), or ``None``."""
    ms = headers.get("retry-after-ms")
    if ms is not None:
        try:
            value = float(ms)
        except ValueError:
            value = -1.0
        if value >= 0 and value == value and value != float("inf"):
            return value / 1000.0
    raw = headers.get("retry-after")
    if raw is None:
        return None
    raw = raw.strip()
    try:
        seconds = float(raw)
    except ValueError:
        from email.utils import parsedate_to_datetime

        try:
            when = parsedate_to_datetime(raw)
        except (TypeError, ValueError, IndexError):
            return None
        current = time.time() if now is None else now
        return max(0.0, when.timestamp() - current)
    if seconds < 0 or seconds != seconds or seconds == float("inf"):
        return None
    return seconds


def backoff_delay(retry_index: int, jitter: float) -> float:
    """Exponential backoff: 0.5 s doubling per retry, capped at 8 s, times ``0.75 + jitter / 4``."""
    base = min(MAX_BACKOFF, INITIAL_BACKOFF * BACKOFF_FACTOR ** min(retry_index, 32))
    return base * (0.75 + 0.25 * jitter)


def should_retry(prepared: Prepared, status: int | None, headers: Mapping[str, str]) -> bool:
    """Whether a failed attempt may be sent again (ignoring the retry budget)."""
    if not prepared.retryable:
        return False
    if status is None:
        return True
    hint = headers.get("x-should-retry", "").strip().lower()
    if hint == "true":
        return True
    if hint == "false":
        return False
    return status in RETRY_STATUSES


def next_delay(retry_index: int, headers: Mapping[str, str], jitter: float) -> float | None:
    """Seconds to wait before retry number ``retry_index`` (0-based), or ``None``: do not retry."""
    asked = retry_after_seconds(headers)
    if asked is None:
        return backoff_delay(retry_index, jitter)
    if asked > MAX_RETRY_AFTER:
        return None
    return asked


def _reason(status: int) -> str:
    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return "Unknown status"


def _object(value: object) -> Mapping[str, Any] | None:
    return cast("Mapping[str, Any]", value) if isinstance(value, dict) else None


def _string(value: object) -> str | None:
    return value if isinstance(value, str) and value else None


def parse_body(content: bytes) -> tuple[bool, Any]:
    """``(True, value)`` when ``content`` is JSON, else ``(False, text)``."""
    text = content.decode("utf-8", errors="replace")
    if not text.strip():
        return False, text
    try:
        return True, jsonlib.loads(text)
    except ValueError:
        return False, text


def error_from_response(
    settings: Settings, status: int, headers: Mapping[str, str], content: bytes
) -> ErrorBase:
    """The error for a failed response; never fails itself: any body gives a status error."""
    is_json, body = parse_body(content)
    code: str | None = None
    message: str | None = None
    details: Any = None
    obj = _object(body) if is_json else None
    if obj is not None:
        envelope = settings.envelope or Envelope()
        error_obj = obj.get(envelope.error_field)
        nested = _object(error_obj)
        if nested is not None:
            code = _string(nested.get(envelope.code_field))
            message = _string(nested.get(envelope.message_field))
            details = nested.get(envelope.details_field) if envelope.details_field else None
        else:
            code = _string(obj.get("code"))
            message = (
                _string(obj.get("message"))
                or _string(error_obj)
                or _string(obj.get("detail"))
                or _string(obj.get("error_description"))
            )
            details = obj.get("details")
    if message is None:
        message = f"HTTP {status} {_reason(status)}"
        if not is_json and isinstance(body, str) and body.strip():
            snippet = " ".join(body.split())
            message += f": {snippet[:200]}{'...' if len(snippet) > 200 else ''}"
    cls = settings.errors.for_response(status, code)
    return cls(
        message,
        status=status,
        code=code,
        retry_after=retry_after_seconds(headers),
        body=body,
        headers=headers,
        request_id=headers.get("x-request-id"),
        details=details,
    )


def read_success(
    settings: Settings, prepared: Prepared, status: int, headers: Mapping[str, str], content: bytes
) -> Any:
    """The value of a successful response for the request's kind (the envelope's data for JSON)."""
    if prepared.kind == "bytes":
        return content
    if prepared.kind == "text":
        return content.decode("utf-8", errors="replace")
    if prepared.kind == "empty" or not content.strip():
        return None
    is_json, body = parse_body(content)
    if not is_json:
        # A 2xx that is not JSON: hand back the text rather than failing on decode.
        return body
    envelope = settings.envelope
    obj = _object(body)
    if not prepared.enveloped or envelope is None or obj is None or envelope.ok_field not in obj:
        return body
    if obj.get(envelope.ok_field) is False:
        nested = _object(obj.get(envelope.error_field)) or {}
        code = _string(nested.get(envelope.code_field))
        message = _string(nested.get(envelope.message_field))
        cls = settings.errors.for_response(status, code)
        raise cls(
            message or "The API reported a failure",
            status=status,
            code=code,
            body=body,
            headers=headers,
            request_id=headers.get("x-request-id"),
        )
    return obj.get(envelope.data_field)


def connection_error(settings: Settings, exc: BaseException, timed_out: bool) -> ErrorBase:
    if timed_out:
        return settings.errors.timeout(f"Request timed out: {type(exc).__name__}")
    detail = str(exc) or type(exc).__name__
    return settings.errors.connection(f"Connection error: {detail}")
