"""Token alignment of a claim with its span: which span words license each claim word.

The claim's content words are matched to the span's (same stem after joining irregular forms
and synonym groups, or one stem a prefix of the other, "reduct"/"reduc"). The checks built
on the alignment live in :mod:`summarizer.guards.alignment`, :mod:`summarizer.guards.swaps`
and :mod:`summarizer.guards.typednouns`.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from functools import lru_cache

from summarizer.guards.anchoring import NEGATIONS
from summarizer.guards.lexicon import lemma_stem
from summarizer.guards.text import STOPWORDS

__all__ = ["CLAUSE_ENDS", "Alignment", "align", "is_content_word", "negated_keys", "passive_at"]

_ENDS = frozenset(".!?")
CLAUSE_ENDS = frozenset(".!?,;:()")


def is_content_word(t: str) -> bool:
    return t[0].isalpha() and t not in STOPWORDS and t not in NEGATIONS


_MAX_EXTENSION = 5  # letters a prefix match may add: "regul" + "ation", not "immun" + "osuppress"


def _compound(a: str, after: str, b: str) -> bool:
    """Claim words ``a`` and ``after`` that spell a span compound ``b`` written as one word
    ("immune modulatory" for "immunomodulatory")."""
    a, after, b = a.lstrip("="), after.lstrip("="), b.lstrip("=")
    return len(a) >= 5 and len(after) >= 5 and b.startswith(a[:5]) and after[:5] in b[5:]


def _close(a: str, b: str) -> bool:
    if a == b:
        return True
    a, b = a.lstrip("="), b.lstrip("=")
    short = min(len(a), len(b))
    return short >= 5 and (a.startswith(b) or b.startswith(a)) and abs(len(a) - len(b)) <= _MAX_EXTENSION


@dataclass(frozen=True)
class Alignment:
    """Claim content words (index into claim tokens, key) and their matched span positions."""

    ckeys: tuple[tuple[int, str], ...]
    xkeys: tuple[tuple[int, str], ...]
    matches: tuple[tuple[int, ...], ...]  # per claim content word: indexes into ``xkeys``
    xused: frozenset[int]  # span content words that license some claim word

    def unmatched(self, ctoks: list[str], xtoks: list[str]) -> tuple[list[str], list[str]]:
        """The claim's content words with no match, and the span's that license none."""
        return (
            [ctoks[i] for k, (i, _) in enumerate(self.ckeys) if not self.matches[k]],
            [xtoks[j] for n, (j, _) in enumerate(self.xkeys) if n not in self.xused],
        )

    def region(self, xtoks: list[str], numbers: frozenset[str] = frozenset()) -> list[str]:
        """The span sentences the claim aligns with best (the whole span if none match).

        Only the sentences holding the most distinct claim words count (ties all do), so one
        "Selank" in a far sentence does not pull that sentence's hedges in. The claim's
        ``numbers`` found in a sentence count as words too: of two trials that both "compared
        Selank with" a drug, the claim's "2014 trial of 60 patients" is the one with 2014 and 60.
        """
        bounds = [0, *(i + 1 for i, t in enumerate(xtoks) if t in _ENDS), len(xtoks)]
        sents = [(a, b) for a, b in itertools.pairwise(bounds) if a < b]
        counts = []
        for a, b in sents:
            hit = {
                k for k, m in enumerate(self.matches) if any(a <= self.xkeys[j][0] < b for j in m)
            }
            counts.append(len(hit) + len(numbers.intersection(xtoks[a:b])))
        best = max(counts, default=0)
        if best == 0:
            return xtoks
        return [t for (a, b), c in zip(sents, counts, strict=True) if c == best for t in xtoks[a:b]]


def align(ctoks: list[str], xtoks: list[str]) -> Alignment:
    """Match each claim content word to the span content words that license it."""
    ckeys = tuple((i, lemma_stem(t)) for i, t in enumerate(ctoks) if is_content_word(t))
    xkeys = tuple((i, lemma_stem(t)) for i, t in enumerate(xtoks) if is_content_word(t))
    by_key: dict[str, list[int]] = {}
    for j, (_, k) in enumerate(xkeys):
        by_key.setdefault(k, []).append(j)
    # a prefix match and a compound both share the span key's first five letters
    by_head: dict[str, list[str]] = {}
    for xk in by_key:
        by_head.setdefault(xk.lstrip("=")[:5], []).append(xk)
    matches: list[tuple[int, ...]] = []
    for n, (_, k) in enumerate(ckeys):
        hit = by_key.get(k)
        if hit is None:  # a prefix match needs five letters: try each distinct span key once
            bare = k.lstrip("=")
            nxt = ckeys[n + 1][1] if n + 1 < len(ckeys) else ""
            prev = ckeys[n - 1][1] if n else ""
            cands = by_head.get(bare[:5], []) + by_head.get(prev.lstrip("=")[:5], [])
            hit = (
                sorted(
                    {
                        j
                        for xk in cands
                        if _close(k, xk) or _compound(k, nxt, xk) or _compound(prev, k, xk)
                        for j in by_key[xk]
                    }
                )
                if len(bare) >= 5
                else []
            )
        matches.append(tuple(hit))
    used = frozenset(j for m in matches for j in m)
    return Alignment(ckeys, xkeys, tuple(matches), used)


_BE = frozenset({"is", "are", "was", "were", "be", "been", "being"})


def passive_at(toks: list[str], i: int) -> bool:
    """``toks[i]`` is a participle after a form of "be" (adverbs between allowed): "have
    been reported", "is consistently noted"."""
    j = i - 1
    while j >= 0 and toks[j].endswith("ly") and toks[j] not in _BE:
        j -= 1
    return j >= 0 and toks[j] in _BE and toks[i].endswith(("ed", "en", "wn", "ne"))


@lru_cache(maxsize=64)
def negated_keys(toks: tuple[str, ...]) -> frozenset[str]:
    """Keys of words a negation right before them denies: "not stable" is "unstable"."""
    return frozenset(
        lemma_stem(t)
        for i, t in enumerate(toks)
        if any(w in NEGATIONS for w in toks[max(0, i - 2) : i]) and t[0].isalpha()
    )
