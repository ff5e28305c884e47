"""OpenAI's Batch API (Files + Batches endpoints) through the official client.

The requests are the synchronous path's own: :meth:`OpenAICompatProvider.batch_body` builds
each line's body (structured outputs, the same prompts and schema) and
:meth:`OpenAICompatProvider.parse_body` reads each result with the same checks as a live
answer. Transport failures are retried as in the synchronous path and end as a
:class:`~summarizer.errors.BackendError`; no SDK object leaves this module.

Limits (OpenAI's, 2026): at most 50,000 requests and 200 MB per input file, a 24-hour
completion window. :func:`split_lines` keeps every file under both.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any, Final, TypeVar

from tenacity import Retrying, retry_if_exception, stop_after_attempt, wait_random_exponential

from ..errors import BackendError, UsageError
from ..models import Usage
from .base import ChatRequest, Completion, Provider
from .openai_compat import OpenAICompatProvider, _is_retryable, map_error

MAX_REQUESTS = 50_000
MAX_BYTES = 200 * 1024 * 1024
ENDPOINT: Final = "/v1/chat/completions"
WINDOW: Final = "24h"
#: A batch in one of these states will not change again; its files can be read.
TERMINAL = frozenset({"completed", "expired", "cancelled", "failed"})
#: USD per million tokens, (input, output), at Batch API prices (half the synchronous
#: price) as OpenAI published them; for anything else pass prices explicitly.
BATCH_PRICES: dict[str, tuple[float, float]] = {
    "gpt-4o-mini": (0.075, 0.30),
    "gpt-4o": (1.25, 5.00),
    "gpt-4.1": (1.00, 4.00),
    "gpt-4.1-mini": (0.20, 0.80),
    "gpt-4.1-nano": (0.05, 0.20),
}

T = TypeVar("T")


def cost_usd(usage: Usage, prices: tuple[float, float] | None) -> float | None:
    """What ``usage`` cost at ``prices`` (USD per million input and output tokens)."""
    if prices is None:
        return None
    return (usage.prompt_tokens * prices[0] + usage.completion_tokens * prices[1]) / 1e6


@dataclass(frozen=True)
class BatchInfo:
    """What the Batches endpoint says about one batch."""

    id: str
    status: str
    input_file_id: str
    output_file_id: str | None = None
    error_file_id: str | None = None
    total: int = 0
    completed: int = 0
    failed: int = 0
    errors: tuple[str, ...] = ()
    metadata: dict[str, str] = field(default_factory=dict)

    @property
    def finished(self) -> bool:
        """True once the batch can change no more."""
        return self.status in TERMINAL


@dataclass(frozen=True)
class ResultLine:
    """One line of a batch's output or error file: an answer, or why there is none."""

    custom_id: str
    completion: Completion | None
    error: str | None = None


def split_lines(
    lines: Iterable[bytes], *, max_requests: int = MAX_REQUESTS, max_bytes: int = MAX_BYTES
) -> Iterator[list[bytes]]:
    """Group JSONL lines (each ending in a newline) into files under both limits."""
    chunk: list[bytes] = []
    size = 0
    for line in lines:
        if len(line) > max_bytes:
            raise BackendError(f"one batch request is {len(line):,} bytes, over the {max_bytes:,}-byte file limit")
        if chunk and (len(chunk) >= max_requests or size + len(line) > max_bytes):
            yield chunk
            chunk, size = [], 0
        chunk.append(line)
        size += len(line)
    if chunk:
        yield chunk


class Deferred(Exception):  # a signal, not an error
    """The pipeline asked for a request that has no answer yet."""

    def __init__(self, request: ChatRequest) -> None:
        super().__init__("deferred to a batch")
        self.request = request


class CollectedAnswers:
    """A backend of collected answers; a request without one is deferred, or sent to
    ``live`` (``--repair-now``)."""

    name = "openai-batch"
    supports_schema = True
    needs_key = False
    context_tokens: int | None = None

    def __init__(self, model: str, answers: dict[str, Completion], live: Provider | None = None) -> None:
        self.model = model
        self.answers = answers
        self.live = live

    def complete(self, request: ChatRequest) -> Completion:
        """The collected answer, a live one, or :class:`Deferred`."""
        if (found := self.answers.get(request.key())) is not None:
            return found
        if self.live is None:
            raise Deferred(request)
        return self.live.complete(request)

    def describe(self) -> dict[str, Any]:
        """The model facts."""
        return {"backend": self.name, "model": self.model}

    def close(self) -> None:
        """Nothing to release (the live backend belongs to the caller)."""


class BatchAPI:
    """Upload request files, create, poll and read batches, over one OpenAI-compatible client."""

    def __init__(self, provider: OpenAICompatProvider, *, max_attempts: int = 4) -> None:
        self.provider = provider
        self.max_attempts = max_attempts

    def _retry(self, what: str, fn: Callable[[], T]) -> T:
        attempts = 0
        try:
            for attempt in Retrying(
                retry=retry_if_exception(_is_retryable),
                stop=stop_after_attempt(self.max_attempts),
                wait=wait_random_exponential(multiplier=0.5, max=8.0),
                reraise=True,
            ):
                with attempt:
                    attempts += 1
                    return fn()
        except Exception as exc:
            error = map_error(exc, provider=self.provider.name, attempts=attempts)
            error.message = f"{error.message} ({what})"
            error.args = (error.message,)
            raise error from self.provider._scrub(exc)
        raise BackendError(f"{what}: no attempt was made")  # pragma: no cover

    def line(self, custom_id: str, request: ChatRequest) -> bytes:
        """One JSONL input line for ``request``."""
        entry = {
            "custom_id": custom_id,
            "method": "POST",
            "url": ENDPOINT,
            "body": self.provider.batch_body(request),
        }
        return (json.dumps(entry, ensure_ascii=False, sort_keys=True) + "\n").encode()

    def upload(self, name: str, data: bytes) -> str:
        """Upload one input file; its file ID."""
        client = self.provider.client
        made = self._retry(
            f"uploading {name}", lambda: client.files.create(file=(name, data), purpose="batch")
        )
        return str(made.id)

    def create(self, input_file_id: str, metadata: dict[str, str]) -> BatchInfo:
        """Create one batch over an uploaded file."""
        client = self.provider.client
        made = self._retry(
            "creating a batch",
            lambda: client.batches.create(
                input_file_id=input_file_id,
                endpoint=ENDPOINT,
                completion_window=WINDOW,
                metadata=metadata,
            ),
        )
        return _info(made)

    def retrieve(self, batch_id: str) -> BatchInfo:
        """The batch's current state."""
        client = self.provider.client
        return _info(self._retry(f"reading batch {batch_id}", lambda: client.batches.retrieve(batch_id)))

    def cancel(self, batch_id: str) -> BatchInfo:
        """Ask the API to cancel a batch (it passes through ``cancelling``)."""
        client = self.provider.client
        return _info(self._retry(f"cancelling batch {batch_id}", lambda: client.batches.cancel(batch_id)))

    def find(self, metadata: dict[str, str]) -> BatchInfo | None:
        """The newest batch whose metadata holds every pair in ``metadata`` (so a submit that
        was cut off between creating a batch and saving its ID adopts it, never makes two)."""
        client = self.provider.client

        def scan() -> BatchInfo | None:
            for batch in client.batches.list(limit=100):
                meta = dict(batch.metadata or {})
                if all(meta.get(k) == v for k, v in metadata.items()):
                    return _info(batch)
            return None

        return self._retry("listing batches", scan)

    def download(self, file_id: str) -> str:
        """A result file's text."""
        client = self.provider.client
        return self._retry(f"downloading {file_id}", lambda: client.files.content(file_id).text)

    def results(self, text: str, max_tokens: dict[str, int]) -> Iterator[ResultLine]:
        """Parse an output or error file. ``max_tokens`` gives each custom ID's answer limit
        (the same over-long-answer check as the synchronous path)."""
        for raw in text.splitlines():
            if not raw.strip():
                continue
            try:
                entry = json.loads(raw)
                custom_id = str(entry["custom_id"])
            except (ValueError, KeyError, TypeError):
                continue  # not ours to read; the article it belonged to stays unanswered
            yield self._result(custom_id, entry, max_tokens.get(custom_id, 2000))

    def _result(self, custom_id: str, entry: dict[str, Any], max_tokens: int) -> ResultLine:
        error = entry.get("error")
        response = entry.get("response") or {}
        if error:
            return ResultLine(custom_id, None, _error_text(error))
        status = int(response.get("status_code") or 0)
        body = response.get("body") or {}
        if status != 200:
            detail = _error_text(body.get("error") if isinstance(body, dict) else None)
            return ResultLine(custom_id, None, f"HTTP {status}" + (f": {detail}" if detail else ""))
        try:
            return ResultLine(custom_id, self.provider.parse_body(body, max_tokens))
        except BackendError as exc:
            return ResultLine(custom_id, None, exc.message)


def _error_text(error: Any) -> str:
    if isinstance(error, dict):
        code, message = error.get("code"), error.get("message")
        return ": ".join(str(x) for x in (code, message) if x) or "error"
    return str(error) if error else ""


def _info(batch: Any) -> BatchInfo:
    counts = getattr(batch, "request_counts", None)
    errors = getattr(getattr(batch, "errors", None), "data", None) or []
    return BatchInfo(
        id=str(batch.id),
        status=str(batch.status),
        input_file_id=str(batch.input_file_id),
        output_file_id=batch.output_file_id,
        error_file_id=batch.error_file_id,
        total=int(getattr(counts, "total", 0) or 0),
        completed=int(getattr(counts, "completed", 0) or 0),
        failed=int(getattr(counts, "failed", 0) or 0),
        errors=tuple(
            ": ".join(str(x) for x in (getattr(e, "code", None), getattr(e, "message", None)) if x)
            for e in errors
        ),
        metadata=dict(batch.metadata or {}),
    )


def open_batch_api(
    model: str, *, base_url: str | None = None, api_key: str | None = None, timeout: float = 120.0
) -> BatchAPI:
    """A :class:`BatchAPI` over one endpoint (``OPENAI_BASE_URL``/``OPENAI_API_KEY`` apply)."""
    from . import make_provider

    provider = make_provider("openai", model=model, base_url=base_url, api_key=api_key, timeout=timeout)
    if not isinstance(provider, OpenAICompatProvider):
        provider.close()
        raise UsageError("the Batch API takes one --base-url, not a list of servers")
    return BatchAPI(provider)
