"""A fake of OpenAI's Files and Batches endpoints: real HTTP on 127.0.0.1, for the official client.

Usage::

    with FakeBatches(answer) as fake:          # answer(body) -> completion body | error | None
        fake.plan(steps=1, outcome="completed")  # for the next batches created
        api = open_batch_api("gpt-4o-mini", base_url=fake.base_url, api_key="sk-test")

Every batch starts ``validating``; each retrieve moves it one step (``in_progress`` for
``steps`` polls, then its outcome). At the outcome the answers are computed line by line
from ``answer``:

- ``completed``: every line answered (an ``answer`` returning an error dict, or raising,
  puts the line in the error file);
- ``expired`` / ``cancelled``: only the first ``partial`` lines are answered; the rest go
  to the error file with ``batch_expired`` / ``batch_cancelled``;
- ``failed``: no files at all, the batch carries ``errors``.

``POST /v1/chat/completions`` answers synchronously from the same ``answer`` (for
``--repair-now``). ``fail_next`` makes the next matching GETs answer HTTP 404 (a
non-retried failure, to cut a collect off). Every request is recorded in ``requests``.
"""

from __future__ import annotations

import email.parser
import email.policy
import itertools
import json
import re
import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

Answer = Callable[[dict[str, Any]], dict[str, Any] | None]


def error_reply(code: str = "invalid_request", message: str = "bad request", status: int = 400) -> dict[str, Any]:
    """What ``answer`` returns for a request the API refuses."""
    return {"_error": True, "status_code": status, "error": {"code": code, "message": message}}


@dataclass
class _Plan:
    steps: int = 1
    outcome: str = "completed"
    partial: int = 0


class FakeBatches:
    """The fake server (context manager)."""

    def __init__(self, answer: Answer) -> None:
        self.answer = answer
        self.files: dict[str, tuple[str, bytes]] = {}
        self.batches: dict[str, dict[str, Any]] = {}
        self.requests: list[tuple[str, str]] = []
        self.fail_next: list[str] = []  # path prefixes: the next GET starting so gets a 404
        self.default = _Plan()
        self.plans: deque[_Plan] = deque()
        self._ids = itertools.count(1)
        self._lock = threading.Lock()
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(self))
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    def __enter__(self) -> FakeBatches:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._server.shutdown()
        self._server.server_close()

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self._server.server_address[1]}/v1"

    def plan(self, *, steps: int = 1, outcome: str = "completed", partial: int = 0, times: int = 1) -> None:
        """How the next ``times`` batches created will run."""
        self.plans.extend(_Plan(steps, outcome, partial) for _ in range(times))

    def count(self, method: str, prefix: str) -> int:
        """Requests seen with this method and a path starting with ``prefix``."""
        return sum(m == method and p.startswith(prefix) for m, p in self.requests)

    def input_lines(self, batch_id: str) -> list[dict[str, Any]]:
        """The parsed request lines a batch was created over."""
        _name, data = self.files[self.batches[batch_id]["obj"]["input_file_id"]]
        return [json.loads(line) for line in data.splitlines() if line.strip()]

    # ---------------------------------------------------------------- internals

    def _new_id(self, prefix: str) -> str:
        return f"{prefix}_{next(self._ids):04d}"

    def _store(self, name: str, data: bytes) -> str:
        file_id = self._new_id("file")
        self.files[file_id] = (name, data)
        return file_id

    def create(self, body: dict[str, Any]) -> dict[str, Any]:
        batch_id = self._new_id("batch")
        plan = self.plans.popleft() if self.plans else self.default
        obj = {
            "id": batch_id, "object": "batch", "endpoint": body["endpoint"],
            "input_file_id": body["input_file_id"], "completion_window": body["completion_window"],
            "status": "validating", "created_at": int(time.time()), "metadata": body.get("metadata") or {},
            "output_file_id": None, "error_file_id": None, "errors": None,
            "request_counts": {"total": len(self.input_lines_of(body["input_file_id"])), "completed": 0, "failed": 0},
        }  # fmt: skip
        self.batches[batch_id] = {"obj": obj, "plan": plan, "polls": 0}
        return obj

    def input_lines_of(self, file_id: str) -> list[dict[str, Any]]:
        return [json.loads(line) for line in self.files[file_id][1].splitlines() if line.strip()]

    def retrieve(self, batch_id: str) -> dict[str, Any]:
        entry = self.batches[batch_id]
        obj, plan = entry["obj"], entry["plan"]
        if obj["status"] in ("completed", "expired", "cancelled", "failed"):
            return obj
        if obj["status"] == "cancelling":
            self._finish(obj, "cancelled", plan.partial)
            return obj
        entry["polls"] += 1
        if entry["polls"] <= plan.steps:
            obj["status"] = "in_progress"
            obj["request_counts"]["completed"] = min(plan.partial, obj["request_counts"]["total"])
        else:
            self._finish(obj, plan.outcome, plan.partial)
        return obj

    def cancel(self, batch_id: str) -> dict[str, Any]:
        obj = self.batches[batch_id]["obj"]
        if obj["status"] in ("validating", "in_progress"):
            obj["status"] = "cancelling"
        return obj

    def _finish(self, obj: dict[str, Any], outcome: str, partial: int) -> None:
        obj["status"] = outcome
        if outcome == "failed":
            obj["errors"] = {"object": "list", "data": [{"code": "invalid_request", "message": "the input file is not valid"}]}
            return
        lines = self.input_lines_of(obj["input_file_id"])
        answered = lines if outcome == "completed" else lines[:partial]
        out, err = [], []
        for line in answered:
            reply = self._reply(line["body"])
            record = {"id": self._new_id("batch_req"), "custom_id": line["custom_id"], "error": None}
            if reply is None:
                continue
            if reply.get("_error"):
                record["response"] = {"status_code": reply["status_code"], "request_id": "req", "body": {"error": reply["error"]}}
                err.append(record)
            else:
                record["response"] = {"status_code": 200, "request_id": "req", "body": reply}
                out.append(record)
        code = {"expired": "batch_expired", "cancelled": "batch_cancelled"}.get(outcome)
        for line in lines[len(answered):] if code else []:
            err.append({"id": self._new_id("batch_req"), "custom_id": line["custom_id"], "response": None,
                        "error": {"code": code, "message": f"This request could not be executed before the batch was {outcome}."}})  # fmt: skip
        if out:
            obj["output_file_id"] = self._store("output.jsonl", "".join(json.dumps(r) + "\n" for r in out).encode())
        if err:
            obj["error_file_id"] = self._store("errors.jsonl", "".join(json.dumps(r) + "\n" for r in err).encode())
        obj["request_counts"] = {"total": len(lines), "completed": len(out), "failed": len(err)}

    def _reply(self, body: dict[str, Any]) -> dict[str, Any] | None:
        try:
            return self.answer(body)
        except Exception as exc:  # a responder bug shows up as a failed line, visibly
            return error_reply("server_error", f"{type(exc).__name__}: {exc}", 500)


def _handler(fake: FakeBatches) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, format: str, *args: Any) -> None:
            pass

        def _send(self, status: int, body: bytes, content_type: str = "application/json") -> None:
            self.send_response(status)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def _json(self, obj: Any, status: int = 200) -> None:
            self._send(status, json.dumps(obj).encode())

        def _body(self) -> bytes:
            return self.rfile.read(int(self.headers.get("Content-Length") or 0))

        def _route(self, method: str) -> None:
            path = self.path.split("?", 1)[0]
            with fake._lock:
                fake.requests.append((method, path))
                doomed = next((p for p in fake.fail_next if method == "GET" and path.startswith(p)), None)
                if doomed is not None:
                    fake.fail_next.remove(doomed)
            if doomed is not None:
                return self._json({"error": {"message": "not found (injected)", "type": "invalid_request_error"}}, 404)
            with fake._lock:
                reply = self._dispatch(method, path)
            if isinstance(reply, bytes):
                self._send(200, reply, "application/octet-stream")
            elif reply is None:
                self._json({"error": {"message": f"no route {method} {path}"}}, 404)
            else:
                status = 200
                if reply.get("_error"):
                    status, reply = reply["status_code"], {"error": reply["error"]}
                self._json(reply, status)

        def _dispatch(self, method: str, path: str) -> dict[str, Any] | bytes | None:
            if method == "POST" and path == "/v1/files":
                name, data, purpose = _multipart(self.headers.get("Content-Type", ""), self._body())
                file_id = fake._store(name, data)
                return {"id": file_id, "object": "file", "bytes": len(data), "created_at": int(time.time()),
                        "filename": name, "purpose": purpose, "status": "processed"}  # fmt: skip
            if method == "GET" and (m := re.fullmatch(r"/v1/files/([\w-]+)/content", path)):
                return fake.files[m[1]][1] if m[1] in fake.files else None
            if method == "POST" and path == "/v1/batches":
                return fake.create(json.loads(self._body()))
            if method == "GET" and path == "/v1/batches":
                data = [b["obj"] for b in reversed(fake.batches.values())]
                return {"object": "list", "data": data, "has_more": False,
                        "first_id": data[0]["id"] if data else None, "last_id": data[-1]["id"] if data else None}  # fmt: skip
            if method == "GET" and (m := re.fullmatch(r"/v1/batches/([\w-]+)", path)):
                return fake.retrieve(m[1]) if m[1] in fake.batches else None
            if method == "POST" and (m := re.fullmatch(r"/v1/batches/([\w-]+)/cancel", path)):
                self._body()
                return fake.cancel(m[1]) if m[1] in fake.batches else None
            if method == "POST" and path.endswith("/chat/completions"):
                reply = fake._reply(json.loads(self._body()))
                return reply or error_reply("server_error", "no answer", 500)
            return None

        def do_GET(self) -> None:
            self._route("GET")

        def do_POST(self) -> None:
            self._route("POST")

    return Handler


def _multipart(content_type: str, body: bytes) -> tuple[str, bytes, str]:
    """(file name, file bytes, purpose) of a multipart/form-data upload."""
    message = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(
        f"Content-Type: {content_type}\r\n\r\n".encode() + body
    )
    name, data, purpose = "upload", b"", ""
    for part in message.iter_parts():  # type: ignore[attr-defined]
        field = part.get_param("name", header="content-disposition")
        payload = part.get_payload(decode=True) or b""
        if field == "file":
            name, data = part.get_filename() or name, payload
        elif field == "purpose":
            purpose = payload.decode()
    return name, data, purpose
