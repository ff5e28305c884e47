"""Negation checks of the claim-support checker: scopes, flips and negative prefixes.

A negation word ("not", "no", "without", ...) negates the content words in a short scope after
it. :func:`check_negation` reports a claim that adds a negation the span does not have, or
states what the span negates (also when the claim both states and negates a word the span only
negates: "resulting in sedation ... without the alpha1-mediated sedation").
:func:`check_antonym_prefix` reports "unprofessional" where the span has "professional".
"""

from __future__ import annotations

from summarizer.guards.anchoring import NEGATIONS
from summarizer.guards.codes import GroundingCode
from summarizer.guards.lexicon import CONTRASTS, lemma_stem
from summarizer.guards.text import STOPWORDS, stem
from summarizer.models import Reason

__all__ = [
    "check_antonym_prefix",
    "check_hyphen_prefix",
    "check_negation", "idiom", "negated_stems", "scope_stems"]


def scope_stems(toks: list[str], i: int, width: int) -> set[str]:
    """Content stems in the ``width`` tokens after position ``i``."""
    return {stem(t) for t in toks[i + 1 : i + 1 + width] if t[0].isalnum() and t not in STOPWORDS}


_IDIOMS = frozenset({("no", "matter"), ("not", "only"), ("no", "doubt"), ("not", "just")})


def idiom(toks: list[str], i: int) -> bool:
    """ "no matter", "not only", ...: negation words that negate nothing."""
    return i + 1 < len(toks) and (toks[i], toks[i + 1]) in _IDIOMS


# a scope never crosses these: a clause mark (a spaced dash reads as ";") or a subordinator
_HARD_STOPS = frozenset({";", "when", "because", "since", "unless", "whereas", "although"})
_CLAUSE_STOPS = frozenset({",", ";", ":", ".", "but", "so", "while", "whereas", "although", "and"})


def negated_stems(
    toks: list[str], width: int, *, clause: bool = False, negators: frozenset[str] = NEGATIONS
) -> tuple[set[str], set[str]]:
    """Stems inside some negation's scope (the ``width`` tokens after it), and stems that also
    occur outside every scope. With ``clause`` a scope also ends at its clause's end, so a
    long scope stays in its clause: "does not produce the alpha1-subtype-mediated sedation"."""
    inside: set[str] = set()
    outside: set[str] = set()
    left = 0
    for i, t in enumerate(toks):
        if t in negators and not idiom(toks, i):
            left = width
            continue
        if (clause and t in _CLAUSE_STOPS) or t in _HARD_STOPS:
            left = 0
        if t[0].isalnum() and t not in STOPWORDS:
            (inside if left > 0 else outside).add(stem(t))
        left -= 1
    return inside, outside


# nouns of absence: a claim's "the lack of sedation" restates the span's "the absence of
# sedation" (only for a negation the claim adds; what the span negates is read as before)
_ABSENCE = NEGATIONS | {"absence", "absent"}


_QUANTIFIED = frozenset({"none", "nothing", "nobody", "neither"})


_CONTRASTS = frozenset({("rather", "than"), ("instead", "of"), ("opposed", "to")})


def _contrasted(toks: list[str]) -> set[str]:
    """Stems said only after "rather than", "instead of" or "as opposed to" (in their clause):
    the claim denies them too ("rebalancing signaling rather than broadly suppressing immune
    function" for "not suppressing immune function broadly, but rather shifting ...")."""
    inside: set[str] = set()
    outside: set[str] = set()
    left = 0
    for i, t in enumerate(toks):
        if i and (toks[i - 1], t) in _CONTRASTS:
            left = 6
            continue
        if t in _CLAUSE_STOPS:
            left = 0
        if t[0].isalnum() and t not in STOPWORDS:
            (inside if left > 0 else outside).add(stem(t))
        left -= 1
    return inside - outside


#: negations whose object is a noun phrase or a list that three tokens may not reach
_PHRASAL = frozenset({"neither", "lack", "lacks", "lacked", "lacking"})


def _content_scope(toks: list[str], i: int, words: int = 3, width: int = 8) -> set[str]:
    """The first ``words`` content stems in the ``width`` tokens after position ``i``, up to
    a hard stop."""
    out: list[str] = []
    for t in toks[i + 1 : i + 1 + width]:
        if t in _HARD_STOPS:
            break
        if t[0].isalnum() and t not in STOPWORDS:
            out.append(stem(t))
            if len(out) == words:
                break
    return set(out)


def _keys_of(toks: list[str], i: int, width: int) -> set[str]:
    """Keys (synonym groups joined) of the content words in the ``width`` tokens after ``i``."""
    return {
        lemma_stem(t)
        for t in toks[i + 1 : i + 1 + width]
        if t[0].isalpha() and t not in STOPWORDS and t not in NEGATIONS
    }


def _negated_keys(toks: list[str], width: int) -> set[str]:
    """Keys of the content words inside some negation's scope (as :func:`negated_stems`)."""
    out: set[str] = set()
    for i, t in enumerate(toks):
        if t in NEGATIONS and not idiom(toks, i):
            for w in toks[i + 1 : i + 1 + width]:
                if w in _HARD_STOPS:
                    break
                if w[0].isalpha() and w not in STOPWORDS and w not in NEGATIONS:
                    out.add(lemma_stem(w))
    return out


def check_negation(ctoks: list[str], xtoks: list[str]) -> list[Reason]:
    """Claim negates what the context states, or states what the context negates."""
    reasons: list[Reason] = []
    xneg, xpos = negated_stems(xtoks, 6)
    # what the span sets aside ("observational rather than randomized") it denies
    xcon = _contrasted(xtoks)
    xneg, xpos = xneg | xcon, xpos - xcon
    # a quantifier's negation holds over its clause ("None of the compounds discussed have
    # been approved"): a claim may negate the clause's verb ("has not approved any")
    if _QUANTIFIED & set(xtoks):
        xneg = xneg | negated_stems(xtoks, 10, clause=True, negators=_QUANTIFIED)[0]
    xabsent = negated_stems(xtoks, 6, negators=_ABSENCE)[0] if "absence" in xtoks or "absent" in xtoks else xneg
    # the same negated words in other words: "did not lower rates" for "did not reduce the
    # incidence", "was not clearly linked" for "was not significantly associated"
    xneg_keys = _negated_keys(xtoks, 6)
    cneg_words = [t for t in ctoks if t in NEGATIONS]
    cstems_all = {stem(t) for t in ctoks if t[0].isalnum() and t not in STOPWORDS}
    if cneg_words:
        for i, t in enumerate(ctoks):
            if t in NEGATIONS and not idiom(ctoks, i):
                # "not in the same range": words the stopword list holds leave the first scope empty
                scope = scope_stems(ctoks, i, 3) or _content_scope(ctoks, i)
                if t in _PHRASAL:  # "lacks those drugs' dependence", "neither X nor Y contains"
                    nor = next((k for k in range(i + 1, min(i + 9, len(ctoks))) if ctoks[k] == "nor"), i)
                    scope |= _content_scope(ctoks, nor)
                if (
                    scope
                    and not scope & (xneg | xabsent)
                    and not _keys_of(ctoks, i, 3) & xneg_keys
                    and not _prefixed(scope, xtoks)
                ):
                    reasons.append(
                        Reason(
                            code=GroundingCode.NEGATION_FLIP,
                            message=f"the claim adds a negation ({t!r}) the source does not have",
                        )
                    )
                    break
    # a word the source only ever negates, which the claim both negates and states
    # ("resulting in sedation ... without the alpha1-mediated sedation")
    dropped: set[str] = set()
    if not reasons and cneg_words:
        wide_neg, wide_pos = negated_stems(xtoks, 10, clause=True)
        cin, cout = negated_stems(ctoks, 10, clause=True)
        dropped = (wide_neg - wide_pos) & cout & cin
    elif not reasons:
        dropped = (xneg - xpos) & (cstems_all - _contrasted(ctoks))
    if dropped:
        reasons.append(
            Reason(
                code=GroundingCode.NEGATION_FLIP,
                message="the source negates what the claim states "
                f"({', '.join(sorted(dropped)[:3])})",
            )
        )
    return reasons


_NEG_PREFIXES = ("un", "in", "im", "ir", "il", "dis", "non", "non-")


def _prefixed(scope: set[str], xtoks: list[str]) -> bool:
    """The context says a negated claim word with a negative prefix ("did not exhibit
    symptoms" for "asymptomatic", "not stable" for "unstable")."""
    keys = {s[:5] for s in scope if len(s) >= 4}
    for i, t in enumerate(xtoks):
        # a hyphenated prefix is a token of its own: "non - sedating" for "do not sedate"
        if i >= 2 and xtoks[i - 1] == "-" and xtoks[i - 2] == "non" and stem(t)[:5] in keys:
            return True
        for p in ("a", *_NEG_PREFIXES):
            if (
                t.startswith(p)
                and len(t) - len(p) >= 4
                and stem(t[len(p) :])[:5] in keys
            ):
                return True
    return False


def check_antonym_prefix(
    ctoks: list[str], xstems: set[str], xtoks: list[str] | None = None
) -> list[Reason]:
    """ "unprofessional" in the claim where the source only has "professional" (and back);
    not where the source negates it ("unstable" for "not stable", given ``xtoks``)."""

    def denied(base: str) -> bool:
        x = xtoks or []
        return any(stem(t) == base and NEGATIONS & set(x[max(0, i - 2) : i]) for i, t in enumerate(x))

    for t in ctoks:
        if not t[0].isalpha() or stem(t) in xstems or (t == "unlike" and CONTRASTS & set(xtoks or [])):
            continue
        for p in _NEG_PREFIXES:
            base = stem(t[len(p) :])
            if t.startswith(p) and len(t) - len(p) >= 4 and base in xstems and not denied(base):
                return [
                    Reason(
                        code=GroundingCode.NEGATION_FLIP,
                        message=f"the claim says {t!r} where the source says {t[len(p) :]!r}",
                    )
                ]
    return []


_HYPHEN_PREFIXES = frozenset({"non", "anti"})


def _hyphen_words(toks: list[str]) -> tuple[set[str], set[str]]:
    """Words said with a hyphenated negative prefix ("non - russian"), and words said bare."""
    marked: set[str] = set()
    bare: set[str] = set()
    for i, t in enumerate(toks):
        if t.isalpha() and len(t) >= 4 and t not in _HYPHEN_PREFIXES:
            prefixed = i >= 2 and toks[i - 1] == "-" and toks[i - 2] in _HYPHEN_PREFIXES
            (marked if prefixed else bare).add(t)
    return marked, bare


def check_hyphen_prefix(ctoks: list[str], xtoks: list[str]) -> list[Reason]:
    """ "Russian research groups" where the source says "non-Russian research groups", and
    back: the tokens split a hyphen, so the prefix is a word of its own to the other checks."""
    if "-" not in ctoks and "-" not in xtoks:
        return []
    cmarked, cbare = _hyphen_words(ctoks)
    xmarked, xbare = _hyphen_words(xtoks)
    for word in sorted((cbare & xmarked) - xbare):
        return [
            Reason(
                code=GroundingCode.NEGATION_FLIP,
                message=f"the claim says {word!r} where the source only says it with a "
                "negative prefix ('non-', 'anti-')",
            )
        ]
    for word in sorted((cmarked & xbare) - xmarked):
        if any(w.endswith("lytic") and w[:4] == word[:4] for w in xtoks):
            continue  # "anti-anxiety" for "anxiolytic": the "-lytic" word is the "anti-" one
        return [
            Reason(
                code=GroundingCode.NEGATION_FLIP,
                message=f"the claim negates {word!r} with a prefix the source does not use",
            )
        ]
    return []
