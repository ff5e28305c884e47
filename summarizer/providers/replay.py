"""Recorded model responses: record them from any provider, replay them with no network.

A recording file (``responses.json`` in a golden case) holds every exchange of one run:
the request key (a hash of messages, schema and sampling parameters), the parameters,
and the raw completion. Replay serves the completion whose key matches; a request with
no recording is an error (:class:`~summarizer.errors.RecordingMissing`), never a guess.
``match="sequence"`` serves exchanges in recorded order instead, for re-validating old
recordings after a prompt change (the golden diff then shows the prompt hash changed).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from ..errors import RecordingMissing, UsageError
from .base import ChatRequest, Completion, Provider

RECORDING_FILE = "responses.json"


class ReplayProvider:
    """Serves recorded completions; never touches the network."""

    name = "replay"
    supports_schema = True
    needs_key = False
    context_tokens: int | None = None

    def __init__(self, recording: str | Path | dict[str, Any], *, match: str = "key") -> None:
        if isinstance(recording, dict):
            data = recording
        else:
            path = Path(recording)
            if path.is_dir():
                path = path / RECORDING_FILE
            if not path.is_file():
                raise RecordingMissing(
                    f"replay backend: no recording at {path.name}; record one first"
                )
            try:
                data = json.loads(path.read_text(encoding="utf-8"))
            except (OSError, json.JSONDecodeError) as exc:
                raise UsageError(f"replay backend: {path.name} is not a valid recording") from exc
        if match not in ("key", "sequence"):
            raise UsageError(f"replay match must be 'key' or 'sequence', not {match!r}")
        self.data = data
        self.match = match
        self.model = str(data.get("model", {}).get("model", "recorded"))
        self.exchanges: list[dict[str, Any]] = list(data.get("exchanges", []))
        self._next = 0
        self.served = 0

    def describe(self) -> dict[str, Any]:
        """The model facts stored with the recording."""
        return dict(self.data.get("model", {}))

    def complete(self, request: ChatRequest) -> Completion:
        """The recorded completion for ``request``."""
        if self.match == "sequence":
            if self._next >= len(self.exchanges):
                raise RecordingMissing(
                    f"replay backend: the recording holds {len(self.exchanges)} exchange(s); "
                    f"request {self._next + 1} has none",
                    provider=self.name,
                )
            exchange = self.exchanges[self._next]
            self._next += 1
        else:
            key = request.key()
            found = [e for e in self.exchanges if e.get("request_key") == key]
            if not found:
                raise RecordingMissing(
                    f"replay backend: no recording for request {key[:12]} (the prompt, schema or "
                    "parameters changed; re-record or use --replay-match sequence)",
                    provider=self.name,
                )
            exchange = found[min(self._count(key), len(found) - 1)]
        self.served += 1
        return Completion.from_record(exchange["response"])

    def _count(self, key: str) -> int:
        # How many times this key was served already, so repeated requests replay in order.
        count = getattr(self, "_served_keys", {})
        n = int(count.get(key, 0))
        count[key] = n + 1
        self._served_keys = count
        return n

    def close(self) -> None:
        """Nothing to release."""


class RecordingProvider:
    """Wraps a provider and keeps every exchange so a run can be saved as a recording."""

    def __init__(self, inner: Provider) -> None:
        self.inner = inner
        self.name = inner.name
        self.model = inner.model
        self.supports_schema = inner.supports_schema
        self.needs_key = inner.needs_key
        self.context_tokens = inner.context_tokens
        self.exchanges: list[dict[str, Any]] = []

    def describe(self) -> dict[str, Any]:
        """The wrapped provider's facts."""
        return self.inner.describe()

    def complete(self, request: ChatRequest) -> Completion:
        """Run and remember one exchange."""
        completion = self.inner.complete(request)
        self.exchanges.append(
            {
                "request_key": request.key(),
                "params": request.params(),
                "response": completion.to_record(),
            }
        )
        return completion

    def recording(self, **meta: Any) -> dict[str, Any]:
        """The recording document: model facts, extra metadata and exchanges."""
        return {"model": self.describe(), **meta, "exchanges": self.exchanges}

    def close(self) -> None:
        """Close the wrapped provider."""
        self.inner.close()
