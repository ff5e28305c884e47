"""Deterministic checks that a claim is supported by its context (the anchored sentences).

Each failed check gives a :class:`~summarizer.models.Reason` with a stable
:class:`GroundingCode`. The checks: numbers, named entities, negation, hedging, direction,
and content-word coverage. They compare folded text (:mod:`summarizer.guards.folding`).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from summarizer.guards.alignment import alignment_reasons
from summarizer.guards.causes import causal_for_association, cause_added
from summarizer.guards.checks import ALL_CHECKS
from summarizer.guards.codes import GroundingCode
from summarizer.guards.facts import (
    NAMED_NUMBER,
    claim_names,
    counted_items,
    fraction_matches,
    name_found,
    numbers_of,
    quantities_of,
    units_of,
)
from summarizer.guards.lexicon import FRAME_STEMS, HARDENERS, HEDGES, lemma_stem
from summarizer.guards.negation import (
    check_antonym_prefix,
    check_hyphen_prefix,
    check_negation,
)
from summarizer.guards.text import STOPWORDS, content_stems, sentence_spans, stem, tokens
from summarizer.models import Reason

__all__ = [
    "ALL_CHECKS",
    "GroundingCode",
    "SupportResult",
    "check_support",
    "content_stems",
    "sentence_spans",
    "stem",
]


_NOT = frozenset({"not", "never", "n't", "cannot"})  # before a hardener: "does not establish"
_CONDITIONAL = frozenset({"if", "should", "whether", "unless", "were"})
_PAIR_WORDS = frozenset({"both", "either", "neither", "pair"})

# fmt: off
_UP = ("more increas higher greater rais rise rose boost enhanc improv better superior "
       "up gain elev strengthen accelerat exceed larger bigger maxim ahead above")
_DOWN = ("less fewer decreas lower reduc declin drop worsen wors inferior down diminish "
         "weaken slow shorter smaller least minim impair lost loss cut behind below")
_SAME = "compar similar equal same equival unchang match"
# fmt: on
_DIRECTIONS = {"up": _UP.split(), "down": _DOWN.split(), "same": _SAME.split()}
_OPPOSITE = {"up": ("down", "same"), "down": ("up", "same"), "same": ("up", "down")}


#: Words of proof: a claim may repeat them, never add them to a span that reports a finding
#: ("a study found" -> "a study proved").
_PROOF = frozenset(
    ["prove", "proves", "proved", "proven", "conclusively", "definitively", "undoubtedly", "certainly", "guarantees", "guaranteed", "cure", "cures", "cured"]
)


@lru_cache(maxsize=64)
def _words(text: str) -> tuple[frozenset[str], frozenset[str]]:
    """Word tokens and their stems of a (whole-article) context, cached per text."""
    words = frozenset(t for t in tokens(text) if t[0].isalnum())
    return words, frozenset(stem(t) for t in words)


@lru_cache(maxsize=64)
def _tokens_cached(text: str) -> tuple[str, ...]:
    return tuple(tokens(text))


def _tokens(text: str) -> list[str]:
    """Tokens of a (whole-article) context, cached per text."""
    return list(_tokens_cached(text))


def _direction(stems: Iterable[str]) -> set[str]:
    found = set()
    for s in stems:
        for name, cues in _DIRECTIONS.items():
            if any(s.startswith(c) for c in cues):
                found.add(name)
    return found


@dataclass(frozen=True)
class SupportResult:
    """Reasons for every failed check, plus the claim's content-word coverage in [0, 1]."""

    reasons: tuple[Reason, ...]
    coverage: float

    @property
    def ok(self) -> bool:
        """True when no check failed."""
        return not self.reasons


def check_support(
    claim: str,
    context: str,
    *,
    checks: frozenset[str] = ALL_CHECKS,
    min_coverage: float = 0.5,
    entity_context: str | None = None,
    names_context: str | None = None,
    names_in_context: bool = False,
    antecedent: str | None = None,
    topic: str | None = None,
) -> SupportResult:
    """Run the deterministic checks of ``claim`` against ``context``.

    ``entity_context`` (default: ``context``) is where numbers and names are looked up; the
    grounder passes the whole source when it picked the context sentences itself.
    ``names_context`` (default: ``entity_context``) is where a name that opens the claim is
    looked up: the grounder passes the whole article, since a summary sentence often names
    the subject that its quote calls "it". With ``names_in_context`` every name is looked
    up there (numbers stay with ``entity_context``). ``antecedent``: where the other names are
    looked up instead of ``entity_context`` (the quote with the sentences before it, when the
    claim puts names where the quote refers back). ``topic``: the name the whole source is
    about ("Selank"), which a claim may name wherever it stands, as a summary names the
    subject its quote leaves unsaid ("Intranasal Selank works quickly" for "The intranasal
    route provides rapid onset"); it is looked up in ``names_context``.
    """
    ctoks = tokens(claim)
    xtoks = tokens(context)
    etoks = xtoks if entity_context is None else tokens(entity_context)
    reasons: list[Reason] = []
    xstems = {stem(t) for t in xtoks if t[0].isalnum()}
    estems = xstems if entity_context is None else {stem(t) for t in etoks if t[0].isalnum()}

    if "numbers" in checks:
        have = numbers_of(etoks)
        if _PAIR_WORDS & set(etoks):
            have.add(2.0)  # "the two compounds" for "both compounds"
        # a number that is part of a name ("COVID-19", "IL-6", "ND3") is checked as a name
        bare = numbers_of(tokens(NAMED_NUMBER.sub(" ", claim)))
        if bare - have:
            have |= counted_items(ctoks, etoks)
        for v in sorted(bare - have):
            if fraction_matches(v, have):
                continue
            shown = f"{v:.2g}" if 0 < v < 1 else f"{v:g}"
            reasons.append(
                Reason(
                    code=GroundingCode.NUMBER_MISSING,
                    message=f"the number {shown} is not in the quoted span",
                )
            )
    if "units" in checks:
        missing_units = sorted(units_of(ctoks) - units_of(etoks))
        for u in missing_units:
            reasons.append(
                Reason(
                    code=GroundingCode.UNIT_MISSING, message=f"the unit {u!r} is not in the span"
                )
            )
        if not missing_units:
            reasons.extend(_unit_swaps(ctoks, etoks))

    inner = claim_names(claim, False)
    ewords = frozenset(t for t in etoks if t[0].isalnum())
    swords, sstems = (ewords, estems) if names_context is None else _words(names_context)
    named: list[tuple[str, frozenset[str], set[str] | frozenset[str], list[str]]] = []
    whole = etoks if names_context is None else _tokens(names_context)
    if "entities" in checks:
        if names_in_context:
            where = (swords, sstems, whole)
        elif antecedent is not None:
            where = (*_words(antecedent), _tokens(antecedent))
        else:
            where = (ewords, estems, etoks)
        about = topic.casefold() if topic else None
        named += [(n, swords, sstems, whole) if n.casefold() == about else (n, *where) for n in inner]
    if "names_at_start" in checks:
        starts = claim_names(claim, True, wordnet=True)
        named += [(n, swords, sstems, whole) for n in starts if n not in inner]
    for ent, words, wstems, where_toks in named:
        if not name_found(ent, claim, words, wstems, where_toks):
            reasons.append(
                Reason(
                    code=GroundingCode.ENTITY_MISSING,
                    message=f"the name {ent!r} is not in the quoted span",
                )
            )

    if "negation" in checks:
        reasons.extend(check_negation(ctoks, xtoks))
    if "antonym_prefix" in checks:
        reasons.extend(check_antonym_prefix(ctoks, xstems, xtoks) or check_hyphen_prefix(ctoks, xtoks))

    if "hedge" in checks:
        # a hardener inside a condition or negated claims nothing ("Should the divergence
        # prove real", "hints at it but does not establish it")
        hard = {
            t
            for i, t in enumerate(ctoks)
            if t in HARDENERS
            and not _CONDITIONAL & set(ctoks[max(0, i - 4) : i])
            and not _NOT & set(ctoks[max(0, i - 3) : i])
        } - set(xtoks)
        proof = {t for t in hard if t in _PROOF}
        if hard and any(t in HEDGES for t in xtoks):
            reasons.append(
                Reason(
                    code=GroundingCode.HEDGE_FLIP,
                    message=f"the claim says {sorted(hard)[0]!r} where the source only hedges",
                )
            )
        elif causal := causal_for_association(ctoks, xtoks):
            reasons.append(
                Reason(
                    code=GroundingCode.HEDGE_FLIP,
                    message=f"the claim says {causal!r} where the span reports only an "
                    "association",
                )
            )
        elif cause := cause_added(ctoks, xtoks):
            reasons.append(
                Reason(
                    code=GroundingCode.HEDGE_FLIP,
                    message=f"the claim gives a cause ({cause!r}) where the span states no cause",
                )
            )
        elif proof:
            reasons.append(
                Reason(
                    code=GroundingCode.HEDGE_FLIP,
                    message=f"the claim says {sorted(proof)[0]!r}, a certainty the span "
                    "does not claim",
                )
            )

    if "direction" in checks:
        reasons.extend(_check_direction(ctoks, xtoks))

    seen = {r.code for r in reasons}
    if GroundingCode.DIRECTION_FLIP in seen:
        seen.add(GroundingCode.ANTONYM)  # one contradiction, reported once
    names: tuple[frozenset[str], frozenset[str]] = (frozenset(), frozenset())
    if "name_swap" in checks:
        xwords = frozenset(t for t in xtoks if t[0].isalnum())
        # names licensed only through an alias or an acronym are not swap candidates
        cand = [
            n
            for n in claim_names(claim, True)
            if all(p in xwords for p in tokens(n) if p.isalpha())
            or not name_found(n, claim, xwords, xstems, xtoks)
        ]
        names = (_fold_names(tuple(cand)), _folded_names(context))
    known = _article_keys(names_context) if names_context is not None else None
    reasons.extend(
        r for r in alignment_reasons(ctoks, xtoks, checks, names, known) if r.code not in seen
    )

    uniq, coverage = _coverage(ctoks, xtoks, xstems)
    if "coverage" in checks and coverage < min_coverage:
        missing = sorted(uniq)[:5]
        reasons.append(
            Reason(
                code=GroundingCode.LOW_COVERAGE,
                message=f"only {coverage:.0%} of the claim's content words are in the span "
                f"(missing: {', '.join(missing)})",
            )
        )
    return SupportResult(tuple(reasons), coverage)


def _coverage(ctoks: list[str], xtoks: list[str], xstems: set[str]) -> tuple[set[str], float]:
    """The claim's content words the span lacks, and the share it has, in [0, 1].

    A word counts as there when its stem is, or its lemma key (irregular forms and synonym
    groups joined), or a key sharing a prefix of at least five letters ("vasodilating" for
    "vasodilation"). Reporting-frame words ("a study found") are not counted.
    """
    words = {t for t in ctoks if t[0].isalnum() and t not in STOPWORDS}
    words = {t for t in words if lemma_stem(t) not in FRAME_STEMS}
    if not words:
        return set(), 1.0
    keys, prefixes = _keys(tuple(xtoks))
    missing = set()
    for t in words:
        s, k = stem(t), lemma_stem(t)
        if s in xstems or k in keys or (len(k) >= 5 and k in prefixes):
            continue
        if any(k[:n] in keys for n in range(5, len(k))):
            continue
        missing.add(s)
    return missing, 1 - len(missing) / len(words)


@lru_cache(maxsize=256)
def _keys(xtoks: tuple[str, ...]) -> tuple[frozenset[str], frozenset[str]]:
    """Lemma keys of a span's content words, and every prefix of five letters or more."""
    keys = frozenset(lemma_stem(t) for t in xtoks if t[0].isalnum() and t not in STOPWORDS)
    prefixes = frozenset(k[:n] for k in keys for n in range(5, len(k) + 1))
    return keys, prefixes


def _unit_swaps(ctoks: list[str], etoks: list[str]) -> list[Reason]:
    """An amount the span gives in one unit, which the claim gives in another ("10-15
    hours" where the span says "10-15 minutes", though "hours" is elsewhere in it)."""
    span = quantities_of(etoks)
    for amount, units in quantities_of(ctoks).items():
        if amount in span and not units & span[amount]:
            return [
                Reason(
                    code=GroundingCode.UNIT_MISSING,
                    message=f"the claim says {amount} {sorted(units)[0]} where the span says "
                    f"{amount} {sorted(span[amount])[0]}",
                )
            ]
    return []


def _fold_names(names: tuple[str, ...]) -> frozenset[str]:
    # a letter word, an apostrophe inside it allowed ("eksperimental'naia")
    return frozenset(t for n in names for t in tokens(n) if t.replace("'", "").isalpha())


@lru_cache(maxsize=64)
def _article_keys(text: str) -> frozenset[str]:
    """Lemma keys of every word of the article."""
    return frozenset(lemma_stem(t) for t in tokens(text) if t.isalpha())


@lru_cache(maxsize=256)
def _folded_names(text: str) -> frozenset[str]:
    """The folded single words of the names in ``text`` (sentence-initial ones included)."""
    return _fold_names(tuple(claim_names(text, True)))


@lru_cache(maxsize=8192)
def _dir_of(s: str) -> str | None:
    for name, cues in _DIRECTIONS.items():
        if any(s.startswith(c) for c in cues):
            return name
    return None


_NOT_OBJECTS = frozenset({"no", "not", "nor", "none", "without"})  # what follows is the object


def _check_direction(ctoks: list[str], xtoks: list[str]) -> list[Reason]:
    """A direction word in the claim whose object the source pairs with the opposite one."""
    xs = [stem(t) if t[0].isalnum() else "" for t in xtoks]
    xset = set(xs)
    where: dict[str, list[int]] = {}
    for i, s in enumerate(xs):
        where.setdefault(s, []).append(i)
    cs = [stem(t) for t in ctoks if t[0].isalnum() and t not in STOPWORDS]
    for k, s in enumerate(cs):
        d = _dir_of(s)
        if d is None or s in xset or (len(s) >= 5 and any(x.startswith(s) for x in xset)):
            continue  # the span says it too, maybe as a noun ("reduces" for "reduction")
        for obj in cs[k + 1 : k + 3]:
            if obj in _NOT_OBJECTS:
                continue
            for i in where.get(obj, [])[:50]:
                near = {_dir_of(x) for x in xs[max(0, i - 3) : i] if x}
                if d not in near and any(o in near for o in _OPPOSITE[d]):
                    word = next(t for t in ctoks if stem(t) == s)
                    return [
                        Reason(
                            code=GroundingCode.DIRECTION_FLIP,
                            message=f"the claim says {word!r} about {obj!r} where the source "
                            "states the opposite direction",
                        )
                    ]
    return []
