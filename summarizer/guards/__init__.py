"""The guards: everything that decides whether a summary may be shown, with one entry.

:func:`evaluate` runs every guard over one summary against its source: anchoring and
support (:mod:`.grounding`, built on :mod:`.anchoring`, :mod:`.support` and :mod:`.folding`),
dosing (:mod:`.dosing` and its rule tables), the output guards (:mod:`.output`) and, when
one is passed in, the optional LLM judge (:mod:`.judge`). The pipeline, ``summarizer
validate`` and ``summarizer check-claims`` all go through this package. Every failure is a
:class:`~summarizer.models.Reason`; nothing is dropped silently. Guards never import a
provider: the judge reaches a model only through the protocol it is given.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field

from ..models import (
    OVERVIEW,
    Anchor,
    ClaimKind,
    DosingPolicy,
    ItemPath,
    ItemReport,
    Reason,
    Section,
    Summary,
    Usage,
)
from .dosing import scan_dosing
from .grounding import Grounder, GroundingConfig
from .judge import JudgeModel, LLMJudge
from .output import GuardCode, output_issues, promotion_in
from .restatement import copies_quote, restatement_issues

__all__ = [
    "Evaluation",
    "Grounder",
    "GroundingConfig",
    "GuardConfig",
    "JudgeModel",
    "LLMJudge",
    "evaluate",
    "iter_items",
    "scan_dosing",
]

MIN_CLAIMS = 3


@dataclass(frozen=True)
class GuardConfig:
    """Which guards run and how strict they are. Part of every cache key."""

    dosing_policy: DosingPolicy = DosingPolicy.STRICT
    min_claims: int = MIN_CLAIMS
    grounding: GroundingConfig = field(default_factory=GroundingConfig)
    #: Ask an LLM judge about claims the deterministic checks passed. The judge itself is a
    #: live object built by whoever owns a model (``Summarizer``), never held here.
    judge: bool = False
    #: Hold summary items to their quoted sentences (:mod:`.restatement`): no added content
    #: words, comparisons or certainty, and no dropped subject of study.
    restatement: bool = True
    #: Hold items to their sentence's wording: reject copies of it and added content words
    #: (on in the evidence-first pipeline, which restates one sentence per item; a summary
    #: written elsewhere may stay close to the article's words or paraphrase freely).
    forbid_copies: bool = False

    def describe(self) -> dict[str, str | int | float | bool | None]:
        """Flat form for results."""
        return {
            "dosing_policy": self.dosing_policy.value,
            "min_claims": self.min_claims,
            "embedding_layer": self.grounding.embedding,
            "restatement": self.restatement,
            "forbid_copies": self.forbid_copies,
        }


@dataclass(frozen=True)
class Evaluation:
    """Per-item reports plus summary-level reasons."""

    items: list[ItemReport]
    reasons: list[Reason]
    #: Tokens the judge spent on this evaluation (zero without a judge).
    usage: Usage = field(default_factory=Usage)

    @property
    def accepted(self) -> bool:
        """True when no item and no summary-level check failed."""
        return not self.reasons and all(item.accepted for item in self.items)

    @property
    def failing(self) -> list[ItemReport]:
        """The items that failed at least one guard."""
        return [item for item in self.items if not item.accepted]


def iter_items(
    summary: Summary,
) -> Iterator[tuple[ItemPath, str, list[str], ClaimKind | None, bool]]:
    """(path, text, quotes, kind, evidence_level_missing) for every text item."""
    yield OVERVIEW, summary.overview.text, list(summary.overview.quotes), None, False
    for i, claim in enumerate(summary.claims):
        missing = claim.kind is ClaimKind.EVIDENCE and claim.evidence_level is None
        yield ItemPath(Section.CLAIMS, i), claim.text, list(claim.quotes), claim.kind, missing
    for i, caveat in enumerate(summary.caveats):
        yield ItemPath(Section.CAVEATS, i), caveat.text, list(caveat.quotes), None, False


def _promotional_spans(anchors: Sequence[Anchor]) -> list[Reason]:
    """A quoted span that is promotion or a call to action is no evidence, however faithfully
    the item restates it ("PepMax supplies Selank for laboratory research use")."""
    out: list[Reason] = []
    for n, anchor in enumerate(anchors, start=1):
        if anchor.span is None:
            continue
        for reason in promotion_in(anchor.span.text, subject=f"quote {n}")[:1]:
            out.append(
                Reason(
                    code=GuardCode.QUOTE_PROMOTIONAL.value,
                    message=f"{reason.message}; a vendor's or publisher's own text is not evidence",
                )
            )
    return out


def evaluate(
    summary: Summary,
    text: str,
    config: GuardConfig | None = None,
    *,
    judge: LLMJudge | None = None,
) -> Evaluation:
    """Check every item of ``summary`` against the article ``text``.

    ``judge``, when given, is asked only about items the deterministic checks passed; it can
    reject, never rescue, and its tokens come back in :attr:`Evaluation.usage`.
    """
    config = config or GuardConfig()
    grounder = Grounder(text, config.grounding)
    listed = list(iter_items(summary))
    per_path, summary_reasons = output_issues(
        [(str(path), item_text) for path, item_text, *_ in listed],
        text,
        min_claims=config.min_claims,
    )
    reports = []
    usage = Usage()
    for path, item_text, quotes, _kind, level_missing in listed:
        check = grounder.check(item_text, quotes)
        issues: list[Reason] = []
        if check.supported and judge is not None:
            passages = [a.span.text for a in check.anchors if a.span is not None]
            verdict, spent = judge.judge(item_text, passages)
            usage = usage + spent
            if verdict is not None:
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
        # The matched span can hold more than the quote says (an ellipsis hides a middle):
        # what the result will show is scanned too.
        for n, anchor in enumerate(check.anchors, start=1):
            if anchor.span is None or anchor.span.text == anchor.quote:
                continue
            for f in scan_dosing(anchor.span.text, config.dosing_policy).findings:
                message = f"the text quote {n} matched: {f.message}"
                if not any(r.message == message for r in issues):
                    issues.append(Reason(code=f"dosing_{f.kind}", message=message))
        issues.extend(_promotional_spans(check.anchors))
        if level_missing:
            issues.append(
                Reason(
                    code="evidence_level_missing",
                    message="an evidence claim needs an evidence level",
                )
            )
        spans = [a.span.text for a in check.anchors if a.span is not None]
        if check.supported and config.restatement:
            issues.extend(restatement_issues(item_text, spans, wording=config.forbid_copies))
        if (
            config.forbid_copies
            and (copy := copies_quote(item_text, spans)) is not None
            and not any(r.code == copy.code for r in per_path.get(str(path), []))
        ):
            issues.append(copy)
        issues.extend(per_path.get(str(path), []))
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
    return Evaluation(items=reports, reasons=list(summary_reasons), usage=usage)
