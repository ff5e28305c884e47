"""Claim grounding: locate a claim's quotes, then check the claim against their sentences.

Verdict rules (fail closed):

- any quote not located, or no quotes given in the summary path -> ``unanchored``;
- else any failed deterministic check (:mod:`summarizer.support`) -> ``unsupported``;
- else ``supported``.

With ``quotes=None`` (checking arbitrary text, as ``summarizer check-claims`` does) the grounder
finds the best single passage itself: the window of 1-3 consecutive sentences that covers the
most of the claim's content words (rare words weigh more), and judges the claim against that
passage only, never against the whole article.
"""

from __future__ import annotations

import importlib
import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from summarizer.anchoring import QuoteLocator
from summarizer.models import Anchor, ClaimCheck, MatchKind, Reason, Span, Verdict
from summarizer.support import (
    ALL_CHECKS,
    GroundingCode,
    check_support,
    content_stems,
    sentence_spans,
)

__all__ = ["Grounder", "GroundingConfig", "check_claims"]


@dataclass(frozen=True)
class GroundingConfig:
    """Thresholds and switches for :class:`Grounder`."""

    checks: frozenset[str] = field(default=ALL_CHECKS)
    min_coverage: float = 0.35  # tuned on the tune splits of both dev sets
    min_quote_words: int = 3
    fuzzy_threshold: float = 90.0
    min_fuzzy_chars: int = 25
    max_anchor_sentences: int = 3
    min_anchor_overlap: float = 0.3
    names_from_whole_source: bool = False
    whole_source_context: bool = False
    window_penalty: float = 0.01
    embedding: bool = False
    embedding_threshold: float = 0.53  # tuned on the tune split (scripts/eval_grounding.py)


class Grounder:
    """Checks claims against one source text; indexes are built once per source."""

    def __init__(self, text: str, config: GroundingConfig | None = None) -> None:
        self.text = text
        self.config = config or GroundingConfig()
        self.locator = QuoteLocator(
            text,
            fuzzy_threshold=self.config.fuzzy_threshold,
            min_fuzzy_chars=self.config.min_fuzzy_chars,
            min_quote_words=self.config.min_quote_words,
        )
        self._sentences = sentence_spans(text)
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
        # a too-short quote beside real ones is not evidence: it is left out, not failed
        anchors = [self.locator.locate(q) for q in quotes if q not in short]
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
        return self._verdict(claim, anchors, context, entity_context=None)

    # ------------------------------------------------------------------ helpers

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
        window = self._best_window(cstems)
        if window is None:
            reason = Reason(
                code=GroundingCode.NO_ANCHOR,
                message="no passage of the source is close enough to the claim",
            )
            return ClaimCheck(
                claim=claim, verdict=Verdict.UNANCHORED, score=0.0, anchors=[], reasons=[reason]
            )
        (first, last), cover = window
        a, b = self._sentences[first][0], self._sentences[last][1]
        anchor = Anchor(
            quote=self.text[a:b],
            span=Span(start=a, end=b, text=self.text[a:b]),
            match=MatchKind.FUZZY,
            score=round(cover, 4),
        )
        if self.config.whole_source_context:
            return self._verdict(claim, [anchor], self.text, entity_context=None)
        whole = self.text if self.config.names_from_whole_source else None
        return self._verdict(claim, [anchor], self.text[a:b], entity_context=whole)

    def _best_window(self, cstems: set[str]) -> tuple[tuple[int, int], float] | None:
        """The 1-N consecutive sentences that best cover the claim's content stems.

        Stems are weighted by how rare they are in the source (``log(1 + n / df)``); a longer
        window must cover ``window_penalty`` more per extra sentence to win; ties go to the
        earlier window. ``None`` when even the best covers less than ``min_anchor_overlap``.
        """
        if not cstems or not self._sentences:
            return None
        n = len(self._sentences)
        weight = {s: math.log(1 + n / (1 + self._df.get(s, 0))) for s in cstems}
        total = sum(weight.values())
        best: tuple[float, float, tuple[int, int]] | None = None
        for i in range(n):
            seen: set[str] = set()
            for j in range(i, min(n, i + self.config.max_anchor_sentences)):
                seen |= self._sentence_stems[j] & cstems
                cover = sum(weight[s] for s in seen) / total
                score = cover - self.config.window_penalty * (j - i)
                if best is None or score > best[0] + 1e-9:
                    best = (score, cover, (i, j))
        if best is None or best[1] < self.config.min_anchor_overlap:
            return None
        return best[2], best[1]

    def _verdict(
        self, claim: str, anchors: list[Anchor], context: str, entity_context: str | None
    ) -> ClaimCheck:
        result = check_support(
            claim,
            context,
            checks=self.config.checks,
            min_coverage=self.config.min_coverage,
            entity_context=entity_context,
        )
        reasons = list(result.reasons)
        if self.config.embedding and not reasons:
            # lazy: a heavy optional dependency, and not part of this module group yet
            embedding = importlib.import_module("summarizer.embedding")
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
