"""How stable a model's summaries are from run to run.

Runs the same article N times with different seeds (and a temperature above 0), then
reports how many claims recur (matched by fuzzy text similarity or by overlapping spans),
the guard pass rate, the spread of verdicts, and the tokens and time used.
"""

from __future__ import annotations

import itertools
import time
from collections import Counter
from dataclasses import dataclass, field, replace
from typing import Any

from rapidfuzz import fuzz

from ..models import ItemReport, Section, SummaryResult
from ..pipeline import Settings, Summarizer
from ..source import Source

TEXT_MATCH = 70.0  # rapidfuzz token_set_ratio at which two claims count as the same claim
SPAN_MATCH = 0.5  # or this much overlap (intersection over union) of their quoted spans


@dataclass
class StabilityReport:
    """Figures for one article over N runs."""

    article: str
    runs: int
    seconds: list[float] = field(default_factory=list)
    results: list[SummaryResult] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        """The figures, JSON-ready."""
        claims = [[i for i in r.items if i.path.section is Section.CLAIMS] for r in self.results]
        verdicts = Counter(i.check.verdict.value for r in self.results for i in r.items)
        statuses = Counter(r.status.value for r in self.results)
        items = [i for r in self.results for i in r.items]
        tokens = [r.usage.total_tokens for r in self.results]
        return {
            "article": self.article,
            "runs": self.runs,
            "claim_recurrence": round(recurrence(claims), 3),
            "claims_per_run": [len(c) for c in claims],
            "summary_pass_rate": round(statuses["accepted"] / max(1, len(self.results)), 3),
            "item_pass_rate": round(sum(i.accepted for i in items) / max(1, len(items)), 3),
            "statuses": dict(sorted(statuses.items())),
            "verdicts": dict(sorted(verdicts.items())),
            "attempts_per_run": [len(r.attempts) for r in self.results],
            "tokens_total": sum(tokens),
            "tokens_per_run_mean": round(sum(tokens) / max(1, len(tokens)), 1),
            "seconds_total": round(sum(self.seconds), 1),
            "seconds_per_run_mean": round(sum(self.seconds) / max(1, len(self.seconds)), 1),
        }


def _spans(item: ItemReport) -> list[tuple[int, int]]:
    return [(a.span.start, a.span.end) for a in item.check.anchors if a.span is not None]


def _overlap(a: list[tuple[int, int]], b: list[tuple[int, int]]) -> float:
    best = 0.0
    for (s1, e1), (s2, e2) in itertools.product(a, b):
        inter = max(0, min(e1, e2) - max(s1, s2))
        union = max(e1, e2) - min(s1, s2)
        best = max(best, inter / union if union else 0.0)
    return best


def same_claim(a: ItemReport, b: ItemReport) -> bool:
    """True when two claims say the same thing (similar text, or overlapping spans)."""
    return (
        fuzz.token_set_ratio(a.text, b.text) >= TEXT_MATCH
        or _overlap(_spans(a), _spans(b)) >= SPAN_MATCH
    )


def recurrence(runs: list[list[ItemReport]]) -> float:
    """Mean, over ordered pairs of runs, of the share of one run's claims found in the other."""
    shares = []
    for i, j in itertools.permutations(range(len(runs)), 2):
        if runs[i]:
            found = sum(any(same_claim(c, d) for d in runs[j]) for c in runs[i])
            shares.append(found / len(runs[i]))
    return sum(shares) / len(shares) if shares else 0.0


def measure(
    summarizer: Summarizer, source: Source, *, runs: int = 3, temperature: float = 0.7
) -> StabilityReport:
    """Summarise ``source`` ``runs`` times with seeds 0..runs-1 at ``temperature``."""
    report = StabilityReport(article=source.name, runs=runs)
    base: Settings = summarizer.settings
    for seed in range(runs):
        run = summarizer.with_settings(replace(base, seed=seed, temperature=temperature))
        started = time.monotonic()
        report.results.append(run.summarize(source))
        report.seconds.append(time.monotonic() - started)
    return report
