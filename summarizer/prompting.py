"""Prompt templates: load them from the installed ``summarizer/prompts`` folder and render them.

Rendering is pure (same inputs, same text) and fails on any missing variable. The article
travels as data between markers; a marker sequence inside the article is neutralised by a
zero-width space, which quote anchoring folds away again, so quotes still resolve exactly
or by normalised match.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

import jinja2

from .errors import TemplateError
from .models import ClaimKind, EvidenceLevel

OPEN_MARKER = "<<<ARTICLE>>>"
CLOSE_MARKER = "<<<END ARTICLE>>>"
TEMPLATE_SET = "default"
TEMPLATE_FILES = ("system.j2", "user.j2", "reask.j2")
MIN_CLAIMS, MAX_CLAIMS, MAX_WORDS = 3, 8, 40

_ZWSP = "\u200b"
# A bracket followed by two more of the same: break every such run, overlapping ones too.
_TRIPLE = re.compile(r"([<>])(?=\1\1)")


@dataclass(frozen=True)
class Message:
    """One chat message."""

    role: str
    content: str

    def as_dict(self) -> dict[str, str]:
        """The OpenAI wire form."""
        return {"role": self.role, "content": self.content}


@dataclass(frozen=True)
class FailingItem:
    """A summary item that failed a guard, as shown to the model in a re-ask."""

    path: str
    text: str
    quotes: tuple[str, ...]
    reasons: tuple[str, ...]


@cache
def _sources() -> dict[str, str]:
    root = resources.files("summarizer.prompts")
    out = {}
    for name in TEMPLATE_FILES:
        try:
            out[name] = root.joinpath(name).read_text(encoding="utf-8")
        except (FileNotFoundError, OSError) as exc:
            raise TemplateError(f"prompt template {name!r} is missing from the package") from exc
    return out


@cache
def _env() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.DictLoader(_sources()),
        undefined=jinja2.StrictUndefined,
        autoescape=False,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["json"] = lambda value: json.dumps(value, ensure_ascii=False)
    return env


@cache
def prompt_sha256() -> str:
    """SHA-256 over every template's name and content, in a fixed order."""
    digest = hashlib.sha256()
    for name, text in sorted(_sources().items()):
        digest.update(name.encode() + b"\0" + text.encode() + b"\0")
    return digest.hexdigest()


def neutralise(article: str) -> str:
    """Break any delimiter sequence inside the article so it cannot close the data block."""
    return _TRIPLE.sub(lambda m: m.group(1) + _ZWSP, article)


def render(name: str, variables: Mapping[str, Any]) -> str:
    """Render one template; raise :class:`TemplateError` when a variable is missing."""
    base = {
        "open_marker": OPEN_MARKER,
        "close_marker": CLOSE_MARKER,
        "min_claims": MIN_CLAIMS,
        "max_claims": MAX_CLAIMS,
        "max_words": MAX_WORDS,
        "claim_kinds": ", ".join(k.value for k in ClaimKind),
        "evidence_levels": ", ".join(e.value for e in EvidenceLevel),
    }
    try:
        return _env().get_template(name).render({**base, **variables})
    except jinja2.UndefinedError as exc:
        raise TemplateError(f"prompt template {name!r}: {exc.message}") from exc
    except jinja2.TemplateNotFound as exc:
        raise TemplateError(f"prompt template {name!r} does not exist") from exc


def initial_messages(article: str, *, max_claims: int = MAX_CLAIMS) -> list[Message]:
    """System and user messages for the first attempt."""
    return [
        Message("system", render("system.j2", {"max_claims": max_claims})),
        Message("user", render("user.j2", {"article": neutralise(article)})),
    ]


def reask_messages(
    article: str,
    failing: Sequence[FailingItem],
    passing: Mapping[str, Any] | None,
    summary_reasons: Sequence[str] = (),
    *,
    max_claims: int = MAX_CLAIMS,
) -> list[Message]:
    """System plus one re-ask message holding only the failing items, their reasons and the
    items to keep; the conversation history is never resent."""
    passing_json = json.dumps(passing, ensure_ascii=False, sort_keys=True) if passing else ""
    user = render(
        "reask.j2",
        {
            "article": neutralise(article),
            "failing": failing,
            "passing": passing_json,
            "summary_reasons": list(summary_reasons),
        },
    )
    return [
        Message("system", render("system.j2", {"max_claims": max_claims})),
        Message("user", user),
    ]
