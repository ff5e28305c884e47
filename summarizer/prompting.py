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
TEMPLATE_FILES = (
    "system.j2",
    "user.j2",
    "reask.j2",
    "restate_system.j2",
    "restate.j2",
    "repair.j2",
)
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
    """A summary item that failed a guard, as shown to the model in a re-ask.

    ``codes`` are reason codes; the model sees the fixed hint for each code
    (:func:`hints_for`), never a guard's message, so it cannot copy feedback into a summary.
    """

    path: str
    text: str
    quotes: tuple[str, ...]
    codes: tuple[str, ...]

    @property
    def hints(self) -> list[str]:
        """What to do differently, one line per distinct problem."""
        return hints_for(self.codes)


_FORMAT_HINT = "Return one complete JSON object in the requested shape, and keep it short."
_GROUNDING_HINT = "Use only the facts and words of the sentence; add nothing."
_HINTS = {
    "number_missing": "Keep every number exactly as the sentence gives it, and add none.",
    "unit_missing": "Keep every unit exactly as the sentence gives it.",
    "entity_missing": "Use only names that appear in the sentence, spelled the same way.",
    "negation_flip": "Keep the sentence's negations ('not', 'no') exactly.",
    "hedge_flip": "Keep the sentence's hedging ('may', 'suggests', 'reported') exactly.",
    "direction_flip": "Keep the direction of every effect (more or less, up or down).",
    "antonym": "Keep the sentence's own words for what was found; never use their opposites.",
    "substitution": _GROUNDING_HINT,
    "evidence_level": "Keep who or what was studied (cells, rats, mice, patients) as stated.",
    "evidence_level_dropped": "Say who or what was studied ('in rats', 'in patients', 'in the lab') as the sentence does.",
    "hedge_dropped": "Keep how the sentence frames it ('a study reported', 'may', 'suggests').",
    "evidence_level_added": "Name only the subjects of study (people, rats, cells) that the sentence names.",
    "quantifier_added": "Add no word of how often, how many or how sure ('often', 'many', 'clearly').",
    "name_substituted": "Keep every name of the sentence (people, places, drugs, journals) as it is.",
    "subject_changed": "Keep who or what the sentence is about; 'it' means the article's subject.",
    "added_phrase": "Add no detail, example or qualifier that the sentence does not give.",
    "novel_words": "Use only the sentence's own words and facts; add nothing.",
    "comparison_added": "Make no comparison that the sentence does not make.",
    "low_coverage": _GROUNDING_HINT,
    "low_similarity": _GROUNDING_HINT,
    "quote_not_found": "Copy every quote character for character from the article.",
    "quote_too_short": "Quote whole phrases of the article, not single words.",
    "phrase_repeated": "Say each part of the sentence once: who or what did what to what.",
    "no_anchor": "Copy every quote character for character from the article.",
    "no_quotes": "Give at least one quote for every item.",
    "duplicate_claim": "State a different fact from every other item.",
    "near_duplicate_claim": "State a different fact from every other item.",
    "same_fact": "State a different fact from every other item.",
    "claim_too_long": f"Use at most {MAX_WORDS} words.",
    "verbatim_copy": "Use fewer words of your own; do not copy the sentence.",
    "treatment_recommendation": "Do not recommend or advise any treatment.",
    "promotional": "Do not mention products, vendors, prices or where to get anything.",
    "call_to_action": "Do not tell the reader to visit, buy, read or contact anything.",
    "evidence_level_missing": "Give an evidence level for every evidence claim.",
    "empty_text": "Write one full sentence.",
    "too_few_claims": f"Give at least {MIN_CLAIMS} claims, each a different fact.",
    "invalid_json": _FORMAT_HINT,
    "schema_violation": _FORMAT_HINT,
    "truncated": _FORMAT_HINT,
    "empty": _FORMAT_HINT,
}
_DOSING_HINT = "Leave out every dose, amount, schedule, duration, route and instruction."


def hints_for(codes: Sequence[str]) -> list[str]:
    """The fixed instruction for each reason code, in order, without repeats."""
    out: list[str] = []
    for code in codes:
        hint = _DOSING_HINT if code.startswith("dosing_") else _HINTS.get(code, _GROUNDING_HINT)
        if hint not in out:
            out.append(hint)
    return out


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
    summary_codes: Sequence[str] = (),
    *,
    max_claims: int = MAX_CLAIMS,
) -> list[Message]:
    """System plus one re-ask message: the article first (so a prompt cache reuses it), then
    only the failing items with a hint per problem and the items to keep; the conversation
    history is never resent and guard messages never reach the model."""
    passing_json = json.dumps(passing, ensure_ascii=False, sort_keys=True) if passing else ""
    user = render(
        "reask.j2",
        {
            "article": neutralise(article),
            "failing": failing,
            "passing": passing_json,
            "summary_hints": hints_for(summary_codes),
        },
    )
    return [
        Message("system", render("system.j2", {"max_claims": max_claims})),
        Message("user", user),
    ]


def _numbered(sentences: Sequence[tuple[int, str]]) -> list[dict[str, Any]]:
    return [{"id": n, "text": neutralise(text)} for n, text in sentences]


def restate_messages(
    sentences: Sequence[tuple[int, str]],
    overview_id: int,
    claim_ids: Sequence[int],
    caveat_ids: Sequence[int],
) -> list[Message]:
    """Evidence-first: system, then the numbered sentences, then which to restate as what.

    The system prompt and the sentence block come first and are the same in every call of
    a run, so a server's prompt cache reuses them.
    """
    user = render(
        "restate.j2",
        {
            "sentences": _numbered(sentences),
            "overview_id": overview_id,
            "claim_ids": list(claim_ids),
            "caveat_ids": list(caveat_ids),
        },
    )
    return [Message("system", render("restate_system.j2", {})), Message("user", user)]


def repair_messages(
    target: str,
    hints: Sequence[str],
    *,
    words: int,
    role: str,
    with_kind: bool,
) -> list[Message]:
    """Evidence-first, one item: its sentence alone (so a small model cannot drift to a
    neighbour), a word limit, and fixed hints; the system prompt is the cached prefix."""
    user = render(
        "repair.j2",
        {
            "target": {"text": neutralise(target)},
            "hints": list(hints),
            "words": words,
            "role": role,
            "with_kind": with_kind,
        },
    )
    return [Message("system", render("restate_system.j2", {})), Message("user", user)]
