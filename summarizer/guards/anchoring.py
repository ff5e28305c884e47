"""Locate a quote in an article and report where it is as a span of the original text.

:class:`QuoteLocator` tries, in this order:

1. **exact**: ``str.find`` of the quote (then of the stripped quote) in the original text;
2. **normalised**: the folded quote (:func:`summarizer.guards.folding.fold`: Unicode, case, quotes,
   dashes, whitespace) in the folded article; ``...``/``…`` in the quote stands for omitted
   text, so its pieces must occur in order, close together, and the span covers first to last;
3. **fuzzy**: a bounded alignment with :func:`rapidfuzz.fuzz.partial_ratio_alignment` inside
   candidate windows found through the quote's rarest words, only for quotes of at least
   ``min_fuzzy_chars`` characters and a score of at least ``fuzzy_threshold``; a fuzzy match
   must also keep every number and every negation of the quote, and may not change a content
   word beyond inflection or a typo ("Can you reduce" never anchors to "Selank reduces"),
   and a quote cut mid-word is never widened ("repaired") to the whole word;
4. a quote of fewer than ``min_quote_words`` words is not evidence: it is never located.

Spans always index the original text: ``text[span.start:span.end] == span.text``.
"""

from __future__ import annotations

import re
from collections import defaultdict

from rapidfuzz import fuzz
from rapidfuzz.distance import Levenshtein

from summarizer.guards.folding import Folded, fold
from summarizer.guards.text import STOPWORDS, stem
from summarizer.models import Anchor, MatchKind, Span

__all__ = ["NEGATIONS", "QuoteLocator", "numbers_in"]

_WORD = re.compile(r"\w+")
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
_ELLIPSIS = re.compile(r"\s*\[?\s*\.\.\.+\s*\]?\s*")
_EDGE = " \t\n\"'.,;:!?()[]"
# fmt: off
NEGATIONS = frozenset({
    "not", "no", "never", "none", "nor", "neither", "without", "cannot", "n't",
    "lack", "lacks", "lacking", "nobody", "nothing", "nowhere",
})
# fmt: on
_MAX_GAP = 400  # folded characters allowed between two pieces of an ellipsis quote
_MAX_OCCURRENCES = 50
_MAX_WINDOWS = 24
_MAX_POSTINGS = 400


def numbers_in(text: str) -> list[str]:
    """Digit groups in ``text`` with thousands separators removed ("1,500" -> "1500")."""
    out = []
    for m in _NUMBER.finditer(text):
        s = m.group()
        if re.fullmatch(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?", s):
            s = s.replace(",", "")
        out.append(s)
    return out


def _negations(folded: str) -> set[str]:
    words = set(_WORD.findall(folded.replace("n't", " n't")))
    found = {w for w in words if w in NEGATIONS}
    if "n't" in folded:
        found.add("n't")
    return found


def _content(text: str) -> set[str]:
    return {stem(w) for w in _WORD.findall(text) if w not in STOPWORDS and not w.isdigit()}


def _near(word: str, others: set[str]) -> bool:
    """``word`` is in ``others`` up to inflection (same stem) or a one-letter typo."""
    if word in others:
        return True
    if len(word) < 4:
        return False
    return any(
        len(o) >= 4 and o[0] == word[0] and Levenshtein.distance(word, o, score_cutoff=2) <= 2
        for o in others
    )


def _marked_end(q: str) -> bool:
    return q.rstrip().endswith(("...", "\u2026"))


def _marked_start(q: str) -> bool:
    return q.lstrip().startswith(("...", "\u2026"))


class QuoteLocator:
    """Find quotes in one article; the folded index is built once, the word index lazily."""

    def __init__(
        self,
        text: str,
        *,
        fuzzy_threshold: float = 90.0,
        min_fuzzy_chars: int = 25,
        min_quote_words: int = 0,
        keep_words: bool = True,
        no_repair: bool = True,
    ) -> None:
        self.text = text
        self.keep_words = keep_words
        self.no_repair = no_repair
        self.min_quote_words = min_quote_words
        self.fuzzy_threshold = fuzzy_threshold
        self.min_fuzzy_chars = min_fuzzy_chars
        self.folded: Folded = fold(text)
        self._postings: dict[str, list[int]] | None = None
        self._short: dict[str, bool] = {}

    # ------------------------------------------------------------------ public

    def too_short(self, quote: str) -> bool:
        """Fewer than ``min_quote_words`` words: not evidence, whatever it matches."""
        if not self.min_quote_words:
            return False
        short = self._short.get(quote)
        if short is None:
            short = self._short[quote] = len(_WORD.findall(fold(quote).text)) < self.min_quote_words
        return short

    def locate(self, quote: str) -> Anchor:
        """Locate ``quote``: exact, then normalised, then fuzzy; see the module docstring."""
        if not quote.strip() or self.too_short(quote):
            return Anchor(quote=quote, span=None, match=None, score=0.0)
        for q in (quote, quote.strip()):
            i = self.text.find(q)
            if i >= 0:
                return self._anchor(quote, i, i + len(q), MatchKind.EXACT, 1.0)
        raw = fold(quote).text
        fq = raw.strip(_EDGE)
        if not fq:
            return Anchor(quote=quote, span=None, match=None, score=0.0)
        found = self._find_normalised(fq)
        if found is not None:
            a, b, score = found
            return self._anchor(quote, a, b, MatchKind.NORMALISED, score)
        best, hit = self._find_fuzzy(fq, (_marked_start(raw), _marked_end(raw)))
        if hit is not None:
            return self._anchor(quote, hit[0], hit[1], MatchKind.FUZZY, best)
        return Anchor(quote=quote, span=None, match=None, score=round(best, 4))

    # ------------------------------------------------------------------ stages

    def _anchor(self, quote: str, a: int, b: int, kind: MatchKind, score: float) -> Anchor:
        span = Span(start=a, end=b, text=self.text[a:b])
        return Anchor(quote=quote, span=span, match=kind, score=round(min(score, 1.0), 4))

    def _find_normalised(self, fq: str) -> tuple[int, int, float] | None:
        ft = self.folded.text
        pieces = [p.strip(_EDGE) for p in _ELLIPSIS.split(fq)]
        pieces = [p for p in pieces if _WORD.search(p)]
        if not pieces:
            return None
        if len(pieces) == 1:
            i = ft.find(pieces[0])
            if i < 0:
                return None
            a, b = self.folded.to_original(i, i + len(pieces[0]))
            return a, b, 1.0
        first = pieces[0]
        i = ft.find(first)
        tries = 0
        while i >= 0 and tries < _MAX_OCCURRENCES:
            tries += 1
            end = i + len(first)
            ok = True
            for p in pieces[1:]:
                j = ft.find(p, end, end + _MAX_GAP + len(p))
                if j < 0:
                    ok = False
                    break
                end = j + len(p)
            if ok:
                a, b = self.folded.to_original(i, end)
                return a, b, 0.98
            i = ft.find(first, i + 1)
        return None

    def _index(self) -> dict[str, list[int]]:
        if self._postings is None:
            postings: dict[str, list[int]] = defaultdict(list)
            for m in _WORD.finditer(self.folded.text):
                postings[m.group()].append(m.start())
            self._postings = dict(postings)
        return self._postings

    def _windows(self, fq: str) -> list[tuple[int, int]]:
        index = self._index()
        tokens: dict[str, int] = {}
        for m in _WORD.finditer(fq):
            w = m.group()
            if len(w) >= 3 and w in index and w not in tokens:
                tokens[w] = m.start()
        rare = sorted(tokens, key=lambda w: len(index[w]))[:4]
        slack = len(fq) // 4 + 10
        votes: dict[int, int] = defaultdict(int)
        for w in rare:
            for p in index[w][:_MAX_POSTINGS]:
                start = max(0, p - tokens[w] - slack)
                votes[start // 16] += 1
        starts = sorted(votes, key=lambda k: -votes[k])[:_MAX_WINDOWS]
        width = len(fq) + 2 * slack
        return [(k * 16, k * 16 + width + 16) for k in starts]

    def _find_fuzzy(
        self, fq: str, marked: tuple[bool, bool] = (False, False)
    ) -> tuple[float, tuple[int, int] | None]:
        if len(fq) < self.min_fuzzy_chars:
            return 0.0, None
        ft = self.folded.text
        best = 0.0
        hit_score = 0.0
        best_hit: tuple[int, int] | None = None
        for ws, we in self._windows(fq):
            res = fuzz.partial_ratio_alignment(fq, ft[ws:we])
            if res is None:
                continue
            score = res.score / 100.0
            best = max(best, score)
            if res.score < self.fuzzy_threshold or score <= hit_score:
                continue
            i, j = self._widen(ws + res.dest_start, ws + res.dest_end)
            if (
                i < j
                and self._consistent(fq, ft[i:j], self.keep_words)
                and not (self.no_repair and self._repairs(fq, ft[i:j], marked))
            ):
                hit_score, best_hit = score, (i, j)
        if best_hit is None:
            return best, None
        a, b = self.folded.to_original(*best_hit)
        return hit_score, (a, b)

    def _widen(self, i: int, j: int) -> tuple[int, int]:
        """Extend a folded range so it neither starts nor ends inside a word."""
        ft = self.folded.text
        while i > 0 and ft[i - 1].isalnum() and ft[i].isalnum():
            i -= 1
        while j < len(ft) and j > 0 and ft[j - 1].isalnum() and ft[j].isalnum():
            j += 1
        while i < j and ft[i] in _EDGE:
            i += 1
        while j > i and ft[j - 1] in _EDGE:
            j -= 1
        return i, j

    @staticmethod
    def _consistent(fq: str, matched: str, keep_words: bool = True) -> bool:
        """A fuzzy match must keep the quote's numbers, negations and content words.

        Content words (``keep_words``): a quote may differ from the span only by inflections
        and typos (one or two letters), never by another word: "weakened" for "enhanced" in
        a long sentence is a different quote, and so is "Can you reduce anxiety".
        """
        if sorted(numbers_in(fq)) != sorted(numbers_in(matched)):
            return False
        if _negations(fq) != _negations(matched):
            return False
        if not keep_words:
            return True
        qw, mw = _content(fq), _content(matched)
        return all(_near(w, mw) for w in qw) and all(_near(w, qw) for w in mw)

    @staticmethod
    def _repairs(fq: str, matched: str, marked: tuple[bool, bool] = (False, False)) -> bool:
        """The quote starts or ends inside a word that the match would complete.

        A cut marked as one ("mechanism th…", "…lank reduces") is an omission, not a repair.
        """
        qwords, mwords = _WORD.findall(fq), _WORD.findall(matched)
        if not qwords or not mwords:
            return False
        first, last = qwords[0], qwords[-1]
        cut_end = last != mwords[-1] and mwords[-1].startswith(last) and not marked[1]
        cut_start = first != mwords[0] and mwords[0].endswith(first) and not marked[0]
        return bool(cut_end or cut_start)
