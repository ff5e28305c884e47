"""A dropped condition: the span says "if X, Y" and the claim states X and Y outright.

"If it is an artifact of single-program reporting, it tells you something about the
evidence base" does not say that it is an artifact; "It is an artifact ..., and it tells you
..." does. Only a condition that opens a sentence or follows a colon, a semicolon or a dash
counts, where it governs the rest of the sentence; an "if" inside a clause ("ask whether and
if it helps") is left alone. A claim keeps the condition with any conditional word of its own.

The same holds for where an approval holds: "approved in Russia" or "not approved by the
FDA" is limited to a jurisdiction, and a claim that says "approved" or "not approved" without
naming it (:func:`jurisdiction_dropped`) makes it true everywhere.
"""

from __future__ import annotations

from summarizer.guards.codes import GroundingCode
from summarizer.guards.lexicon import lemma_stem
from summarizer.guards.tokenalign import is_content_word
from summarizer.models import Reason

__all__ = ["condition_dropped", "jurisdiction_dropped"]

_OPENERS = frozenset({"if", "unless", "provided", "providing", "assuming", "supposing"})
_KEEPS = _OPENERS | frozenset(
    {"when", "whenever", "should", "were", "suppose", "whether", "case", "only", "condition",
     "conditional", "depends", "depending", "hypothesis", "hypothetically", "would", "could",
     "might", "may", "prediction", "predicts", "predict", "expected"}
)
_BREAKS = frozenset({".", "!", "?", ":", ";"})
_ENDS = _BREAKS | {","}


def _opening_condition(region: list[str], ckeys: set[str]) -> str | None:
    """The opener of a condition whose clause holds two of the claim's words."""
    for i, t in enumerate(region):
        if t in _OPENERS and (i == 0 or region[i - 1] in _BREAKS):
            end = next((j for j in range(i + 1, len(region)) if region[j] in _ENDS), len(region))
            keys = {lemma_stem(w) for w in region[i + 1 : end] if is_content_word(w)}
            if len(keys & ckeys) >= 2:
                return t
    return None


def condition_dropped(ctoks: list[str], region: list[str]) -> Reason | None:
    """Why the claim drops the span's opening condition, or ``None`` (see the module doc)."""
    if _KEEPS.intersection(ctoks):
        return None
    said = _opening_condition(region, {lemma_stem(t) for t in ctoks if is_content_word(t)})
    if said is None:
        return None
    return Reason(
        code=GroundingCode.HEDGE_FLIP,
        message=f"the span makes it a condition ({said!r} ...) but the claim states it as fact",
    )


_APPROVAL = frozenset(
    {"approved", "approval", "approve", "approves", "licensed", "registered", "authorized",
     "authorised", "cleared", "banned", "prescribed", "legal", "illegal"}
)
_SKIP = frozenset({"the", "a", "an", "u", ".", "s", "-", "&"})


def _jurisdictions(region: list[str]) -> list[tuple[str, str]]:
    """(approval word, the first word of where it holds) for "approved in Russia", "not approved
    by the U.S. FDA": the word after "in" or "by" right after the approval word."""
    out = []
    for i, t in enumerate(region[:-2]):
        if t in _APPROVAL and region[i + 1] in ("in", "by"):
            rest = [w for w in region[i + 2 : i + 9] if w not in _SKIP and w[0].isalpha()]
            if rest:
                out.append((t, rest[0]))
    return out


def jurisdiction_dropped(ctoks: list[str], region: list[str]) -> Reason | None:
    """An approval word of the span's, limited there to a place or an agency the claim never
    names (see the module doc), or ``None``."""
    said = set(ctoks)
    for word, where in _jurisdictions(region):
        named = where in said or (len(where) >= 5 and any(w.startswith(where[:5]) for w in said))
        if word in said and not named and not _jurisdictions(ctoks):  # "Russian" names Russia
            return Reason(
                code=GroundingCode.HEDGE_FLIP,
                message=f"the span limits {word!r} to where it holds ({where!r} ...); the "
                "claim says it without saying where",
            )
    return None
