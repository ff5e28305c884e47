"""Hedges in both directions: a hedged span clause that the claim states as fact, and a claim
that hedges ("may", "suggested that", "is thought to be") what the span states as fact."""

from __future__ import annotations

import itertools

from summarizer.guards.codes import GroundingCode
from summarizer.guards.lexicon import CORE_HEDGES, HEDGES, SOFTENERS, lemma_stem
from summarizer.guards.tokenalign import CLAUSE_ENDS, is_content_word
from summarizer.models import Reason

__all__ = ["hedge_reason"]


def _clauses(region: list[str]) -> list[list[str]]:
    out: list[list[str]] = [[]]
    for t in region:
        if t in CLAUSE_ENDS:
            out.append([])
        else:
            out[-1].append(t)
    return [c for c in out if c]


_APPEAR = frozenset({"appear", "appears", "appeared"})
_AFTER_SHOWING_UP = frozenset({"in", "on", "at", "after", "within", "during", "when", "until"})


def _shows_up(clause: list[str], i: int) -> bool:
    """ "appear" at a clause's end or before a place or time is showing up, not a hedge
    ("those effects should not appear")."""
    return clause[i] in _APPEAR and (i + 1 == len(clause) or clause[i + 1] in _AFTER_SHOWING_UP)


_INCLUDE = frozenset({"include", "includes"})
# a claim that gives list items as examples keeps a span's "may include"
_EXAMPLE_CUES = frozenset({("such", "as"), ("for", "example"), ("for", "instance"), ("e", ".")})


def _gives_examples(ctoks: list[str]) -> bool:
    return any(pair in _EXAMPLE_CUES for pair in itertools.pairwise(ctoks))


def _hedged_clauses(ckeys: set[str], region: list[str], examples: bool = False) -> list[str]:
    """Hedges of the region's clauses that hold at least half of the claim's aligned words;
    with ``examples`` (the claim gives examples), not a "may" or "can" before "include"."""
    found: list[str] = []
    for clause in _clauses(region):
        hedges = [
            t
            for i, t in enumerate(clause)
            if t in CORE_HEDGES
            and not _shows_up(clause, i)
            and not (examples and i + 1 < len(clause) and clause[i + 1] in _INCLUDE)
        ]
        if hedges:
            keys = {lemma_stem(t) for t in clause if is_content_word(t)}
            if len(ckeys & keys) >= max(1, min(len(ckeys), len(keys)) / 2):
                found.extend(hedges)
    return found


# hedging verbs by the word that follows them ("suggested that", "appeared to", "is thought
# to be"); alone they propose or show up ("the agent suggests Plan B", "a rash appeared")
_HEDGE_VERBS = {
    "that": frozenset({"suggest", "suggests", "suggested", "indicate", "indicates", "indicated"}),
    "to": frozenset(
        {"appear", "appears", "appeared", "seem", "seems", "seemed", "thought", "believed",
         "presumed"}
    ),
}


def _claim_hedges(ctoks: list[str]) -> list[str]:
    """The claim's softeners ("may", "possibly"), and its hedging verbs before "that" or "to"."""
    out = [t for t in ctoks if t in SOFTENERS]
    for t, nxt in itertools.pairwise(ctoks):
        if t in _HEDGE_VERBS.get(nxt, frozenset()):
            out.append(t)
    return out


def hedge_reason(ctoks: list[str], region: list[str]) -> Reason | None:
    """A hedge of the span's aligned clauses that the claim drops ("may reduce" -> "reduces"),
    or one the claim adds to a region that hedges nothing, as a reason."""
    chedge = _claim_hedges(ctoks)
    rkeys = {lemma_stem(t) for t in region if is_content_word(t)}
    ckeys = {lemma_stem(t) for t in ctoks if is_content_word(t)} & rkeys
    xhedge = _hedged_clauses(ckeys, region, _gives_examples(ctoks))
    if xhedge and not chedge and not any(t in HEDGES or t in CORE_HEDGES for t in ctoks):
        return Reason(
            code=GroundingCode.HEDGE_FLIP,
            message=f"the span hedges ({xhedge[0]!r}) but the claim states it as fact",
        )
    if chedge and not xhedge and not any(t in HEDGES for t in region):
        return Reason(
            code=GroundingCode.HEDGE_FLIP,
            message=f"the claim hedges ({chedge[0]!r}) where the span states it as fact",
        )
    return None
