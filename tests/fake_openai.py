"""A real, scriptable OpenAI-compatible HTTP server for tests (loopback only).

Usage::

    with FakeOpenAI() as fake:
        fake.script(rate_limited(retry_after=0), completion('{"a": 1}'))
        fake.default = server_error(503)      # used once the script is consumed
        provider = OpenAICompatProvider(model="m", base_url=fake.base_url, api_key="sk-x")
        ...
        assert len(fake.requests) == 2
        assert fake.requests[0].headers["authorization"] == "Bearer sk-x"

The server is a stdlib :class:`~http.server.ThreadingHTTPServer` on ``127.0.0.1`` and an
ephemeral port, run in a daemon thread. It answers ``POST /v1/chat/completions`` (any path
ending in ``/chat/completions``); every request is recorded (path, lower-cased headers,
parsed JSON body, arrival time) *before* its behaviour runs, so tests can count attempts
even when the behaviour then stalls or drops the connection.

A behaviour is a callable ``(handler, received) -> None`` that writes the whole response;
the factories below build the ones the tests need.
"""

from __future__ import annotations

import contextlib
import json
import socket
import struct
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

__all__ = [
    "Behaviour",
    "FakeOpenAI",
    "Received",
    "auth_error",
    "completion",
    "completion_body",
    "empty_choices",
    "huge_body",
    "invalid_json_content",
    "non_json_body",
    "rate_limited",
    "refusal",
    "reject_json_schema",
    "reset_mid_body",
    "server_error",
    "slow",
    "status_error",
    "truncated",
]


@dataclass(frozen=True)
class Received:
    """One request as the server saw it."""

    method: str
    path: str
    headers: dict[str, str]
    body: Any
    at: float  # time.monotonic() on arrival

    @property
    def messages(self) -> list[dict[str, Any]]:
        return list(self.body.get("messages", [])) if isinstance(self.body, dict) else []

    @property
    def response_format(self) -> dict[str, Any] | None:
        return self.body.get("response_format") if isinstance(self.body, dict) else None

    def user_text(self) -> str:
        """Every user message's content, joined."""
        return "\n".join(str(m.get("content")) for m in self.messages if m.get("role") == "user")

    def system_text(self) -> str:
        """Every system message's content, joined."""
        return "\n".join(str(m.get("content")) for m in self.messages if m.get("role") == "system")


Behaviour = Callable[["_Handler", Received], None]


# --------------------------------------------------------------------------- behaviours


def _send(
    handler: _Handler,
    status: int,
    body: bytes,
    *,
    content_type: str = "application/json",
    headers: dict[str, str] | None = None,
) -> None:
    handler.send_response(status)
    handler.send_header("Content-Type", content_type)
    handler.send_header("Content-Length", str(len(body)))
    for name, value in (headers or {}).items():
        handler.send_header(name, value)
    handler.end_headers()
    view = memoryview(body)
    for start in range(0, len(body), 1 << 20):
        handler.wfile.write(view[start : start + (1 << 20)])


def completion_body(
    content: str | None,
    *,
    prompt_tokens: int = 100,
    completion_tokens: int = 50,
    finish_reason: str = "stop",
    refusal: str | None = None,
    model: str = "fake-model",
    choices: list[Any] | None = None,
) -> dict[str, Any]:
    """A chat.completion object as the OpenAI API returns it."""
    if choices is None:
        choices = [
            {
                "index": 0,
                "message": {"role": "assistant", "content": content, "refusal": refusal},
                "finish_reason": finish_reason,
                "logprobs": None,
            }
        ]
    return {
        "id": "chatcmpl-fake",
        "object": "chat.completion",
        "created": 1_700_000_000,
        "model": model,
        "choices": choices,
        "usage": {
            "prompt_tokens": prompt_tokens,
            "completion_tokens": completion_tokens,
            "total_tokens": prompt_tokens + completion_tokens,
        },
    }


def completion(
    content: str | None,
    *,
    prompt_tokens: int = 100,
    completion_tokens: int = 50,
    finish_reason: str = "stop",
    refusal: str | None = None,
) -> Behaviour:
    """A normal 200 completion with ``content`` and the given usage."""
    body = json.dumps(
        completion_body(
            content,
            prompt_tokens=prompt_tokens,
            completion_tokens=completion_tokens,
            finish_reason=finish_reason,
            refusal=refusal,
        )
    ).encode()

    def run(handler: _Handler, _received: Received) -> None:
        _send(handler, 200, body)

    run.__name__ = "completion"
    return run


def invalid_json_content(
    text: str = "Sure! Here is the summary: {overview: nope", **kw: Any
) -> Behaviour:
    """A 200 completion whose *model content* is not JSON."""
    return completion(text, **kw)


def refusal(text: str = "I can't help with that.", **kw: Any) -> Behaviour:
    """A refusal: ``message.refusal`` set, ``content`` null."""
    return completion(None, refusal=text, **kw)


def truncated(content: str = '{"overview": {"text": "Selank is', **kw: Any) -> Behaviour:
    """``finish_reason: "length"`` with cut-off content."""
    return completion(content, finish_reason="length", **kw)


def empty_choices(**kw: Any) -> Behaviour:
    """A 200 completion with ``choices: []``."""
    body = json.dumps(completion_body(None, choices=[], **kw)).encode()

    def run(handler: _Handler, _received: Received) -> None:
        _send(handler, 200, body)

    return run


def non_json_body(text: str = "<html>upstream proxy error</html>", status: int = 200) -> Behaviour:
    """A body that is not JSON although it claims to be."""

    def run(handler: _Handler, _received: Received) -> None:
        _send(handler, status, text.encode())

    return run


def huge_body(megabytes: int = 20, *, as_json_summary: bool = False) -> Behaviour:
    """A 200 completion of about ``megabytes`` MB.

    ``as_json_summary=False``: the content is that many bytes of non-JSON text.
    ``as_json_summary=True``: the content is a schema-shaped JSON summary whose overview text
    is enormous (valid JSON; only size makes it unusable).
    """
    size = megabytes * 1024 * 1024
    if as_json_summary:
        blob = "Selank is a synthetic peptide. " * (size // 31)
        content = json.dumps(
            {
                "overview": {"text": blob, "quotes": ["Selank is a synthetic peptide"]},
                "claims": [
                    {"text": blob[:1000], "quotes": ["x"], "kind": "finding",
                     "evidence_level": None}
                ] * 3,
                "caveats": [],
            }
        )  # fmt: skip
    else:
        content = "y" * size
    body = json.dumps(completion_body(content, completion_tokens=size // 4)).encode()

    def run(handler: _Handler, _received: Received) -> None:
        _send(handler, 200, body)

    return run


def status_error(
    status: int,
    message: str = "error",
    *,
    error_type: str = "server_error",
    code: str | None = None,
    param: str | None = None,
    headers: dict[str, str] | None = None,
) -> Behaviour:
    """An HTTP error with an OpenAI-style ``{"error": {...}}`` body."""
    body = json.dumps(
        {"error": {"message": message, "type": error_type, "param": param, "code": code}}
    ).encode()

    def run(handler: _Handler, _received: Received) -> None:
        _send(handler, status, body, headers=headers)

    return run


def rate_limited(
    retry_after: float | str | None = None, *, retry_after_ms: float | None = None
) -> Behaviour:
    """429, with ``Retry-After`` (seconds or an HTTP date) and/or ``retry-after-ms`` if given."""
    headers: dict[str, str] = {}
    if retry_after is not None:
        headers["Retry-After"] = str(retry_after)
    if retry_after_ms is not None:
        headers["retry-after-ms"] = str(retry_after_ms)
    return status_error(
        429, "Rate limit reached for requests", error_type="requests",
        code="rate_limit_exceeded", headers=headers,
    )  # fmt: skip


def server_error(status: int = 500, *, headers: dict[str, str] | None = None) -> Behaviour:
    """500, 502, 503 (or any 5xx)."""
    return status_error(status, f"fake upstream error {status}", headers=headers)


def auth_error(status: int = 401, message: str = "Incorrect API key provided.") -> Behaviour:
    """401 (or 403) like the OpenAI API."""
    return status_error(status, message, error_type="invalid_request_error", code="invalid_api_key")


def reject_json_schema() -> Behaviour:
    """400 as a server without structured outputs answers a ``json_schema`` response_format."""
    return status_error(
        400,
        "Invalid parameter: 'response_format' of type 'json_schema' is not supported "
        "with this model.",
        error_type="invalid_request_error",
        param="response_format",
    )


def slow(seconds: float, then: Behaviour | None = None) -> Behaviour:
    """Wait ``seconds`` (longer than the client's timeout) before answering with ``then``.

    The wait ends early when the server shuts down, so tests never hang on it.
    """

    def run(handler: _Handler, received: Received) -> None:
        if handler.server.stopping.wait(seconds):
            return
        (then or completion("{}"))(handler, received)

    return run


def reset_mid_body(partial: bytes = b'{"id": "chatcmpl-fake", "object": "chat.comp') -> Behaviour:
    """Send the status line, headers announcing a long body and part of it, then reset the
    connection (SO_LINGER 0 makes ``close`` send an RST)."""

    def run(handler: _Handler, _received: Received) -> None:
        handler.send_response(200)
        handler.send_header("Content-Type", "application/json")
        handler.send_header("Content-Length", "100000")
        handler.end_headers()
        handler.wfile.write(partial)
        handler.wfile.flush()
        handler.abort()

    return run


# --------------------------------------------------------------------------- server


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True

    def __init__(self, fake: FakeOpenAI) -> None:
        self.fake = fake
        self.stopping = threading.Event()
        super().__init__(("127.0.0.1", 0), _Handler)

    def handle_error(self, request: Any, client_address: Any) -> None:
        pass  # broken pipes after client timeouts are expected; keep test output clean


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    #: TCP_NODELAY, as asyncio servers (uvicorn, so vLLM) and Go's net/http (Ollama) set it
    #: by default: the headers and the body go out in two writes, and with Nagle on the body
    #: can wait for the client's delayed ACK (up to 40 ms on loopback).
    disable_nagle_algorithm = True
    server: _Server

    def log_message(self, format: str, *args: Any) -> None:
        pass

    def abort(self) -> None:
        """Reset the connection now (RST, not FIN)."""
        self.close_connection = True
        with contextlib.suppress(OSError):
            self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            self.connection.close()

    def do_POST(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        raw = self.rfile.read(length) if length else b""
        try:
            body: Any = json.loads(raw) if raw else None
        except ValueError:
            body = raw.decode("utf-8", "replace")
        received = Received(
            method="POST",
            path=self.path,
            headers={k.lower(): v for k, v in self.headers.items()},
            body=body,
            at=time.monotonic(),
        )
        fake = self.server.fake
        if not self.path.rstrip("/").endswith("/chat/completions"):
            fake._record(received)
            status_error(404, f"no route {self.path}", error_type="invalid_request_error")(
                self, received
            )
            return
        behaviour = fake._next(received)
        try:
            behaviour(self, received)
        except OSError:
            self.close_connection = True  # the client gave up (timeout); nothing to tell it

    def do_GET(self) -> None:
        status_error(404, "not found", error_type="invalid_request_error")(self, None)  # type: ignore[arg-type]


@dataclass
class FakeOpenAI:
    """The server and its script; use as a context manager."""

    default: Behaviour = field(
        default_factory=lambda: status_error(500, "fake_openai: no scripted response left")
    )
    requests: list[Received] = field(default_factory=list)
    _queue: deque[Behaviour] = field(default_factory=deque)
    _lock: threading.Lock = field(default_factory=threading.Lock)
    _server: _Server | None = None
    _thread: threading.Thread | None = None

    # ---- lifecycle
    def start(self) -> FakeOpenAI:
        self._server = _Server(self)
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.01}, daemon=True
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        if self._server is None:
            return
        self._server.stopping.set()
        self._server.shutdown()
        self._server.server_close()
        if self._thread is not None:
            self._thread.join(timeout=5)
        self._server = None

    def __enter__(self) -> FakeOpenAI:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # ---- addresses
    @property
    def port(self) -> int:
        assert self._server is not None, "server not started"
        return int(self._server.server_address[1])

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/v1"

    # ---- scripting
    def script(self, *behaviours: Behaviour) -> FakeOpenAI:
        """Append behaviours; each request consumes the next one, then :attr:`default`."""
        with self._lock:
            self._queue.extend(behaviours)
        return self

    def script_many(self, behaviours: Iterable[Behaviour]) -> FakeOpenAI:
        return self.script(*behaviours)

    @property
    def pending(self) -> int:
        with self._lock:
            return len(self._queue)

    def _record(self, received: Received) -> None:
        with self._lock:
            self.requests.append(received)

    def _next(self, received: Received) -> Behaviour:
        with self._lock:
            self.requests.append(received)
            return self._queue.popleft() if self._queue else self.default

    # ---- assertions helpers
    @property
    def count(self) -> int:
        with self._lock:
            return len(self.requests)


#: Client options for CLI runs against the fake: short timeouts, two tries, tiny backoff.
FAST_CLIENT: dict[str, Any] = {
    "timeout": 5.0, "max_attempts": 2, "wait_max": 0.05, "max_total_seconds": 10,
}  # fmt: skip


def use_fast_clients(monkeypatch: Any, **options: Any) -> None:
    """Make every OpenAI-compatible client the CLI builds use ``FAST_CLIENT`` (plus ``options``)."""
    from summarizer.providers import openai_compat

    base = openai_compat.OpenAICompatProvider
    merged = {**FAST_CLIENT, **options}

    class Fast(base):  # type: ignore[misc, valid-type]
        def __init__(self, **kw: Any) -> None:
            super().__init__(**{**kw, **merged})

    monkeypatch.setattr(openai_compat, "OpenAICompatProvider", Fast)


@contextlib.contextmanager
def serving(default: Behaviour) -> Iterator[FakeOpenAI]:
    """A started fake server whose default answer is ``default``."""
    with FakeOpenAI() as server:
        server.default = default
        yield server
