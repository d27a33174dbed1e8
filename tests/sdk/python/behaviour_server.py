"""A local HTTP server that plays the scripted responses of a behaviour case and records requests."""

from __future__ import annotations

import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qsl


class Recorded:
    def __init__(self, path: str, query: list[tuple[str, str]], headers: dict[str, str], body: bytes) -> None:
        self.path = path
        self.query = query
        self.headers = headers
        self.body = body


class ScriptServer:
    """Serves ``responses`` (behaviours.json format) on 127.0.0.1 and records every request."""

    def __init__(self, responses: list[dict[str, Any]]) -> None:
        self.responses = responses
        self.requests: list[Recorded] = []
        self._lock = threading.Lock()
        self._next = 0
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, format: str, *args: Any) -> None:
                pass

            def _handle(self) -> None:
                raw_path, _, raw_query = self.path.partition("?")
                length = int(self.headers.get("content-length") or 0)
                body = self.rfile.read(length) if length else b""
                headers: dict[str, str] = {}
                for name, value in self.headers.items():
                    key = name.lower()
                    headers[key] = f"{headers[key]}, {value}" if key in headers else value
                record = Recorded(raw_path, parse_qsl(raw_query, keep_blank_values=True), headers, body)
                response = server._pick(record)
                if response.get("delay_ms"):
                    time.sleep(response["delay_ms"] / 1000)
                if response.get("network_error"):
                    self.close_connection = True
                    return
                if "json" in response:
                    payload = json.dumps(response["json"]).encode()
                    content_type = "application/json"
                else:
                    payload = str(response.get("text", "")).encode()
                    content_type = "text/plain"
                try:
                    self.send_response(response["status"])
                    sent_type = False
                    for name, value in (response.get("headers") or {}).items():
                        self.send_header(name, value)
                        sent_type = sent_type or name.lower() == "content-type"
                    if not sent_type:
                        self.send_header("Content-Type", content_type)
                    self.send_header("Content-Length", str(len(payload)))
                    self.send_header("Connection", "close")
                    self.end_headers()
                    self.wfile.write(payload)
                    self.close_connection = True
                except OSError:
                    pass  # the client gave up (timeout)

            do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = do_HEAD = do_OPTIONS = _handle

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        self._server.block_on_close = False
        self.url = f"http://127.0.0.1:{self._server.server_address[1]}"
        self._thread = threading.Thread(target=self._server.serve_forever, kwargs={"poll_interval": 0.01}, daemon=True)

    def _pick(self, record: Recorded) -> dict[str, Any]:
        with self._lock:
            self.requests.append(record)
            if any("match_headers" in r for r in self.responses):
                for response in self.responses:
                    wanted = response.get("match_headers") or {}
                    if all(record.headers.get(k.lower()) == v for k, v in wanted.items()):
                        return response
                return {"status": 599, "text": "no scripted response matches"}
            response = self.responses[min(self._next, len(self.responses) - 1)]
            self._next += 1
            return response

    def __enter__(self) -> ScriptServer:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._server.shutdown()
        self._server.server_close()
