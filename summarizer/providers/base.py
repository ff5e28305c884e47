"""The one interface every backend implements, and the values that cross it.

Backends declare what they support through plain attributes (``supports_schema``,
``needs_key``, ``context_tokens``). The pipeline only sees :class:`ChatRequest` in and
:class:`Completion` out; vendor SDKs stay inside their provider module.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol, runtime_checkable

from ..models import Usage
from ..prompting import Message


@dataclass(frozen=True)
class ChatRequest:
    """One chat completion request, independent of any SDK."""

    messages: tuple[Message, ...]
    schema: dict[str, Any] | None
    schema_name: str = "article_summary"
    temperature: float = 0.0
    seed: int | None = 0
    max_tokens: int = 1400

    def key(self) -> str:
        """A stable hash of everything that determines the response (used by replay)."""
        payload = {
            "messages": [m.as_dict() for m in self.messages],
            "schema": self.schema,
            "schema_name": self.schema_name,
            "temperature": self.temperature,
            "seed": self.seed,
            "max_tokens": self.max_tokens,
        }
        blob = json.dumps(payload, sort_keys=True, ensure_ascii=False).encode()
        return hashlib.sha256(blob).hexdigest()

    def params(self) -> dict[str, Any]:
        """The sampling parameters, for recordings."""
        return {
            "temperature": self.temperature,
            "seed": self.seed,
            "max_tokens": self.max_tokens,
        }


@dataclass(frozen=True)
class Completion:
    """What a backend returned for one request.

    ``text`` is None for refusals and empty answers. ``finish_reason == 'length'`` means the
    answer was cut off by the token limit and must never be parsed as if whole.
    """

    text: str | None
    finish_reason: str | None
    usage: Usage
    model: str
    response_format: str = "json_schema"
    refusal: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    def to_record(self) -> dict[str, Any]:
        """JSON form for recordings (no timestamps, ids or paths)."""
        return {
            "text": self.text,
            "finish_reason": self.finish_reason,
            "usage": self.usage.model_dump(),
            "model": self.model,
            "response_format": self.response_format,
            "refusal": self.refusal,
        }

    @classmethod
    def from_record(cls, data: dict[str, Any]) -> Completion:
        """Inverse of :meth:`to_record`."""
        return cls(
            text=data.get("text"),
            finish_reason=data.get("finish_reason"),
            usage=Usage(**data.get("usage", {})),
            model=str(data.get("model", "")),
            response_format=str(data.get("response_format", "json_schema")),
            refusal=data.get("refusal"),
        )


@runtime_checkable
class Provider(Protocol):
    """A chat model backend."""

    name: str
    model: str
    supports_schema: bool
    needs_key: bool
    #: The most tokens (prompt + answer) one request may use; None when unknown.
    context_tokens: int | None

    def complete(self, request: ChatRequest) -> Completion:
        """Run one request; raise :class:`~summarizer.errors.BackendError` on failure."""
        ...

    def describe(self) -> dict[str, Any]:
        """Facts about the model for recordings (e.g. the GGUF file hash); no secrets."""
        ...

    def close(self) -> None:
        """Release servers, sockets and threads."""
        ...


def estimate_tokens(messages: Sequence[Message]) -> int:
    """A conservative token estimate (about 3 characters a token for English prose)."""
    return sum(len(m.content) for m in messages) // 3 + 8 * len(messages)


@dataclass(frozen=True)
class JudgeAnswer:
    """A judge model's answer: its text and what it cost."""

    text: str | None
    usage: Usage


class ProviderJudge:
    """Adapts a :class:`Provider` to the guards' judge protocol (``ask``), one call per claim.

    It has no shared state, so one instance is safe under ``--jobs``.
    """

    def __init__(self, provider: Provider) -> None:
        self.provider = provider
        self.name = f"{provider.name}:{provider.model}"

    def ask(self, system: str, user: str, *, schema: dict[str, Any], max_tokens: int) -> JudgeAnswer:
        """One schema-constrained request; backend errors propagate as ``BackendError``."""
        request = ChatRequest(
            messages=(Message("system", system), Message("user", user)),
            schema=schema,
            schema_name="support_judgement",
            max_tokens=max_tokens,
        )
        completion = self.provider.complete(request)
        return JudgeAnswer(text=completion.text, usage=completion.usage)
