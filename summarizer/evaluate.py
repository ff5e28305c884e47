"""Run every guard over one summary: anchoring and support, dosing, and the output guards.

This is the single place that decides whether a summary item is acceptable. It is used
by the pipeline after each model attempt and by ``summarizer validate`` for summaries
produced elsewhere. Every failure is a :class:`~summarizer.models.Reason`; nothing is
dropped silently.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

from .dosing import scan_dosing
from .grounding import Grounder, GroundingConfig
from .guards import output_issues
from .judge import LLMJudge
from .models import (
    ClaimKind,
    DosingPolicy,
    ItemReport,
    Reason,
    Summary,
)

MIN_CLAIMS = 3


@dataclass(frozen=True)
class GuardConfig:
    """Which guards run and how strict they are. Part of every cache key."""

    dosing_policy: DosingPolicy = DosingPolicy.STRICT
    min_claims: int = MIN_CLAIMS
    grounding: GroundingConfig = field(default_factory=GroundingConfig)
    #: Optional LLM judge, asked only about claims the deterministic checks passed.
    judge: LLMJudge | None = None

    def describe(self) -> dict[str, str | int | float | bool | None]:
        """Flat form for results."""
        return {
            "dosing_policy": self.dosing_policy.value,
            "min_claims": self.min_claims,
            "embedding_layer": self.grounding.embedding,
            "judge": self.judge.describe() if self.judge else None,
        }


@dataclass(frozen=True)
class Evaluation:
    """Per-item reports plus summary-level reasons."""

    items: list[ItemReport]
    reasons: list[Reason]

    @property
    def accepted(self) -> bool:
        """True when no item and no summary-level check failed."""
        return not self.reasons and all(item.accepted for item in self.items)

    @property
    def failing(self) -> list[ItemReport]:
        """The items that failed at least one guard."""
        return [item for item in self.items if not item.accepted]


def iter_items(summary: Summary) -> Iterator[tuple[str, str, list[str], ClaimKind | None, bool]]:
    """(path, text, quotes, kind, evidence_level_missing) for every text item."""
    yield "overview", summary.overview.text, list(summary.overview.quotes), None, False
    for i, claim in enumerate(summary.claims):
        missing = claim.kind is ClaimKind.EVIDENCE and claim.evidence_level is None
        yield f"claims[{i}]", claim.text, list(claim.quotes), claim.kind, missing
    for i, caveat in enumerate(summary.caveats):
        yield f"caveats[{i}]", caveat.text, list(caveat.quotes), None, False


def evaluate(summary: Summary, text: str, config: GuardConfig | None = None) -> Evaluation:
    """Check every item of ``summary`` against the article ``text``."""
    config = config or GuardConfig()
    grounder = Grounder(text, config.grounding)
    listed = list(iter_items(summary))
    per_path, summary_reasons = output_issues(
        [(path, item_text) for path, item_text, *_ in listed], text, min_claims=config.min_claims
    )
    reports = []
    for path, item_text, quotes, _kind, level_missing in listed:
        check = grounder.check(item_text, quotes)
        issues: list[Reason] = []
        if check.supported and config.judge is not None:
            passages = [a.span.text for a in check.anchors if a.span is not None]
            if (verdict := config.judge.judge(item_text, passages)) is not None:
                issues.append(verdict)
        if not check.supported:
            issues.extend(
                check.reasons
                or [Reason(code=check.verdict.value, message=f"the claim is {check.verdict.value}")]
            )
        scan = scan_dosing(item_text, config.dosing_policy)
        issues.extend(Reason(code=f"dosing_{f.kind}", message=f.message) for f in scan.findings)
        for n, quote in enumerate(quotes, start=1):
            for f in scan_dosing(quote, config.dosing_policy).findings:
                issues.append(Reason(code=f"dosing_{f.kind}", message=f"quote {n}: {f.message}"))
        if level_missing:
            issues.append(
                Reason(
                    code="evidence_level_missing",
                    message="an evidence claim needs an evidence level",
                )
            )
        issues.extend(per_path.get(path, []))
        reports.append(
            ItemReport(
                path=path,
                text=item_text,
                check=check,
                dosing=list(scan.findings),
                issues=issues,
                accepted=not issues,
            )
        )
    return Evaluation(items=reports, reasons=list(summary_reasons))
