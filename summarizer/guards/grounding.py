"""Claim grounding: locate a claim's quotes, then check the claim against their sentences.

Verdict rules (fail closed):

- any quote not located, or no quotes given in the summary path -> ``unanchored``;
- else any failed deterministic check (:mod:`summarizer.guards.support`) -> ``unsupported``;
- else ``supported``.

With ``quotes=None`` (checking arbitrary text, as ``summarizer check-claims`` does) the grounder
finds the best single passage itself: the window of 1-3 consecutive sentences that covers the
most of the claim's content words (rare words weigh more), and judges the claim against that
passage only, never against the whole article.
"""

from __future__ import annotations

import importlib
import math
import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from summarizer.guards.anchoring import QuoteLocator
from summarizer.guards.folding import fold
from summarizer.guards.support import (
    ALL_CHECKS,
    GroundingCode,
    check_support,
    content_stems,
    sentence_spans,
)
from summarizer.guards.text import tokens
from summarizer.models import Anchor, ClaimCheck, MatchKind, Reason, Span, Verdict

__all__ = ["DEFAULT_CHECKS", "Grounder", "GroundingConfig", "check_claims"]

#: The checks on by default: every check that did not lower the tune-split balanced accuracy
#: of the dev sets (``scripts/eval_grounding.py --ablate``).
DEFAULT_CHECKS = ALL_CHECKS - {"substitution"}
#: words by which a quote refers back to something named before it
_ANAPHORS = frozenset({"it", "its", "they", "their", "both", "compounds", "peptide"})
_OBJECT_PRONOUNS = frozenset({"it", "they"})
_PREPOSITIONS = frozenset("of to on in with for by about from at into than as".split())  # noqa: SIM905


@dataclass(frozen=True)
class GroundingConfig:
    """Thresholds and switches for :class:`Grounder`."""

    checks: frozenset[str] = field(default=DEFAULT_CHECKS)
    min_coverage: float = 0.5  # claims with quotes (the summary path)
    search_min_coverage: float = 0.3  # claims without quotes (check-claims); --grid on tune
    min_quote_words: int = 3
    #: passage for claims without quotes: "window" (best 1-N sentences), "facts2" (numbers
    #: and names looked up in the best two windows), "either2" (supported when the best or the
    #: second-best window supports it), "union2" (both windows as one context), "whole"
    passage: str = "window"
    fuzzy_threshold: float = 90.0
    min_fuzzy_chars: int = 25
    max_anchor_sentences: int = 3
    min_anchor_overlap: float = 0.3
    names_from_whole_source: bool = True  # --grid on tune: +0.05 mean bacc
    whole_source_context: bool = False
    window_penalty: float = 0.01
    embedding: bool = False
    embedding_threshold: float = 0.53  # tuned on the tune split (scripts/eval_grounding.py)


def _references(toks: list[str]) -> int:
    """How many words refer back; "it" and "they" after a preposition are objects, which
    often point to something in the same sentence ("addressed some of it")."""
    return sum(
        t in _ANAPHORS and not (t in _OBJECT_PRONOUNS and i and toks[i - 1] in _PREPOSITIONS)
        for i, t in enumerate(toks)
    )


_NAME = re.compile(r"(?<=[a-z,;:] )[A-Z][a-z]{3,}\b")


def topic_name(text: str) -> str | None:
    """The name a source is about: the capitalised word inside sentences that it uses most,
    at least five times and half as often again as the next ("Selank" in four seed articles;
    none in "Selank vs Semax", which is about both)."""
    counts = Counter(_NAME.findall(text)).most_common(2)
    if not counts or counts[0][1] < 5 or (len(counts) > 1 and 2 * counts[0][1] < 3 * counts[1][1]):
        return None
    return str(counts[0][0])


class Grounder:
    """Checks claims against one source text; indexes are built once per source."""

    def __init__(self, text: str, config: GroundingConfig | None = None) -> None:
        self.text = text
        self.config = config or GroundingConfig()
        self.locator = QuoteLocator(
            text,
            fuzzy_threshold=self.config.fuzzy_threshold,
            min_fuzzy_chars=self.config.min_fuzzy_chars,
            min_quote_words=(
                self.config.min_quote_words if "quote_min_words" in self.config.checks else 0
            ),
            keep_words="fuzzy_keeps_words" in self.config.checks,
            no_repair="fuzzy_no_repair" in self.config.checks,
        )
        self._sentences = sentence_spans(text)
        self._topic = topic_name(text) if "topic_name" in self.config.checks else None
        self._sentence_stems = [content_stems(text[a:b]) for a, b in self._sentences]
        self._df: dict[str, int] = {}
        for st in self._sentence_stems:
            for s in st:
                self._df[s] = self._df.get(s, 0) + 1

    def check(self, claim: str, quotes: Sequence[str] | None) -> ClaimCheck:
        """Ground ``claim`` on ``quotes`` (or on sentences found by itself when ``None``)."""
        if quotes is None:
            return self._check_self_anchored(claim)
        if not quotes:
            reason = Reason(code=GroundingCode.NO_QUOTES, message="the claim has no quotes")
            return ClaimCheck(
                claim=claim, verdict=Verdict.UNANCHORED, score=0.0, anchors=[], reasons=[reason]
            )
        short = [q for q in quotes if self.locator.too_short(q)]
        if len(short) == len(quotes):
            reasons = [
                Reason(
                    code=GroundingCode.QUOTE_TOO_SHORT,
                    message=f"the quote {_short(q)!r} has fewer than "
                    f"{self.config.min_quote_words} words, too short to be evidence",
                )
                for q in short
            ]
            return ClaimCheck(
                claim=claim, verdict=Verdict.UNANCHORED, score=0.0, anchors=[], reasons=reasons
            )
        # a too-short quote beside real ones is not evidence: left out when it is in the
        # article, reported as not found when it is not
        anchors = [self.locator.locate(q) for q in quotes if q not in short or not self._present(q)]
        missing = [a for a in anchors if a.span is None]
        if missing:
            reasons = [
                Reason(
                    code=GroundingCode.QUOTE_NOT_FOUND,
                    message=f"the quote {_short(a.quote)!r} is not in the article",
                )
                for a in missing
            ]
            score = 0.5 * sum(a.score for a in anchors) / len(anchors)
            return ClaimCheck(
                claim=claim,
                verdict=Verdict.UNANCHORED,
                score=min(score, 0.49),
                anchors=anchors,
                reasons=reasons,
            )
        spans = [(a.span.start, a.span.end) for a in anchors if a.span is not None]
        context = self._expand(spans)
        back = self._antecedent(claim, spans, context)
        return self._verdict(claim, anchors, context, entity_context=None, antecedent=back)

    # ------------------------------------------------------------------ helpers

    def _present(self, quote: str) -> bool:
        """Whether a (short) quote occurs in the article, exactly or folded."""
        q = fold(quote).text.strip(" \t\n\"'.,;:!?()[]")
        return bool(q) and (quote in self.text or q in self.locator.folded.text)

    def _antecedent(
        self, claim: str, spans: Sequence[tuple[int, int]], context: str
    ) -> str | None:
        """The quoted sentences with the two before them, when the quote refers back ("it",
        "both compounds") and the claim has put names in place of some of those words: the
        names the two sentences give may stand for them."""
        if "antecedents" not in self.config.checks:
            return None
        if _references(tokens(context)) <= _references(tokens(claim)):
            return None
        first = min(a for a, _ in spans)
        before = [s for s in self._sentences if s[1] <= first][-2:]
        return None if not before else self.text[before[0][0] : first] + " " + context

    def _expand(self, spans: Sequence[tuple[int, int]]) -> str:
        """The anchored spans widened to the full sentences they touch, in order."""
        chosen: list[tuple[int, int]] = []
        for a, b in spans:
            touched = [s for s in self._sentences if s[0] < b and a < s[1]]
            start = min([a, *(s[0] for s in touched)])
            end = max([b, *(s[1] for s in touched)])
            chosen.append((start, end))
        return " ".join(self.text[a:b] for a, b in sorted(set(chosen)))

    def _check_self_anchored(self, claim: str) -> ClaimCheck:
        cstems = content_stems(claim)
        windows = self._top_windows(cstems, 2)
        if not windows:
            reason = Reason(
                code=GroundingCode.NO_ANCHOR,
                message="no passage of the source is close enough to the claim",
            )
            return ClaimCheck(
                claim=claim, verdict=Verdict.UNANCHORED, score=0.0, anchors=[], reasons=[reason]
            )
        anchors = [self._window_anchor(w, cover) for w, cover in windows]
        best = anchors[0]
        cov = self.config.search_min_coverage
        mode = self.config.passage
        if self.config.whole_source_context or mode == "whole":
            return self._verdict(claim, [best], self.text, None, cov, True)
        whole = None
        if mode == "union2" and len(anchors) > 1:
            return self._verdict(claim, anchors, self._joined(windows), whole, cov, True)
        if mode == "facts2" and len(anchors) > 1:
            return self._verdict(
                claim, [best], _text(best), whole or self._joined(windows), cov, True
            )
        first = self._verdict(claim, [best], _text(best), whole, cov, True)
        if mode == "either2" and not first.supported and len(anchors) > 1:
            second = self._verdict(claim, [anchors[1]], _text(anchors[1]), whole, cov, True)
            if second.supported:
                return second
        return first

    def _window_anchor(self, window: tuple[int, int], cover: float) -> Anchor:
        a, b = self._sentences[window[0]][0], self._sentences[window[1]][1]
        return Anchor(
            quote=self.text[a:b],
            span=Span(start=a, end=b, text=self.text[a:b]),
            match=MatchKind.FUZZY,
            score=round(cover, 4),
        )

    def _joined(self, windows: Sequence[tuple[tuple[int, int], float]]) -> str:
        parts = sorted((self._sentences[i][0], self._sentences[j][1]) for (i, j), _ in windows)
        return " ".join(self.text[a:b] for a, b in parts)

    def _top_windows(self, cstems: set[str], k: int) -> list[tuple[tuple[int, int], float]]:
        """Up to ``k`` non-overlapping windows of 1-N consecutive sentences, best first.

        A window's cover is the weighted share of the claim's content stems it holds; stems
        are weighted by how rare they are in the source (``log(1 + n / df)``, a stem the
        source lacks counting as if it occurred once); a longer window must cover
        ``window_penalty`` more per extra sentence to win; ties go to the earlier window.
        Empty when even the best covers less than ``min_anchor_overlap``; a later window is
        kept only when it too covers at least that much.
        """
        if not cstems or not self._sentences:
            return []
        n = len(self._sentences)
        weight = {s: math.log(1 + n / max(1, self._df.get(s, 0))) for s in cstems}
        total = math.fsum(weight.values())  # fsum: exact, so no set order decides a tie
        scored: list[tuple[float, float, tuple[int, int]]] = []
        for i in range(n):
            seen: set[str] = set()
            for j in range(i, min(n, i + self.config.max_anchor_sentences)):
                seen |= self._sentence_stems[j] & cstems
                cover = math.fsum(weight[s] for s in seen) / total
                scored.append((cover - self.config.window_penalty * (j - i), cover, (i, j)))
        scored.sort(key=lambda t: (-t[0], t[2]))
        out: list[tuple[tuple[int, int], float]] = []
        for _, cover, (i, j) in scored:
            if len(out) == k or cover < self.config.min_anchor_overlap:
                break
            if all(j < a or b < i for (a, b), _ in out):
                out.append(((i, j), cover))
        return out

    def _verdict(
        self,
        claim: str,
        anchors: list[Anchor],
        context: str,
        entity_context: str | None,
        min_coverage: float | None = None,
        searched: bool = False,
        antecedent: str | None = None,
    ) -> ClaimCheck:
        result = check_support(
            claim,
            context,
            checks=self.config.checks,
            min_coverage=self.config.min_coverage if min_coverage is None else min_coverage,
            entity_context=entity_context,
            names_context=self.text,
            names_in_context=searched and self.config.names_from_whole_source,
            antecedent=antecedent,
            topic=self._topic,
        )
        reasons = list(result.reasons)
        if self.config.embedding and not reasons:
            # lazy: a heavy optional dependency, and not part of this module group yet
            embedding = importlib.import_module("summarizer.guards.embedding")
            sim = float(embedding.similarity(claim, context))
            if sim < self.config.embedding_threshold:
                reasons.append(
                    Reason(
                        code=GroundingCode.LOW_SIMILARITY,
                        message=f"the claim's meaning is far from the span (similarity {sim:.2f})",
                    )
                )
        if reasons:
            score = min(0.49, 0.5 * result.coverage / (1 + len(reasons)))
            verdict = Verdict.UNSUPPORTED
        else:
            score = 0.5 + 0.5 * result.coverage
            verdict = Verdict.SUPPORTED
        return ClaimCheck(
            claim=claim,
            verdict=verdict,
            score=round(min(max(score, 0.0), 1.0), 4),
            anchors=anchors,
            reasons=reasons,
        )


def _text(anchor: Anchor) -> str:
    return anchor.span.text if anchor.span is not None else anchor.quote


def _short(s: str, n: int = 60) -> str:
    return s if len(s) <= n else s[: n - 1] + "…"


ClaimInput = str | tuple[str, Sequence[str]] | Mapping[str, Any]


def check_claims(
    source: str, claims: Iterable[ClaimInput], config: GroundingConfig | None = None
) -> list[ClaimCheck]:
    """Check many claims against one source.

    Each claim is a string (self-anchored), a ``(text, quotes)`` pair, or a mapping with
    ``text`` (or ``claim``) and optional ``quotes``.
    """
    grounder = Grounder(source, config)
    out: list[ClaimCheck] = []
    for item in claims:
        if isinstance(item, str):
            out.append(grounder.check(item, None))
        elif isinstance(item, tuple):
            out.append(grounder.check(item[0], list(item[1])))
        else:
            text = str(item.get("text", item.get("claim", "")))
            quotes = item.get("quotes")
            out.append(grounder.check(text, None if quotes is None else list(quotes)))
    return out
