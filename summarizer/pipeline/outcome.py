"""Shared by both generation modes: parse one completion, and turn a run into a result.

Parsing goes jsonschema first, then pydantic; every problem the model could fix comes back
as a :class:`~summarizer.models.Reason` with a code. Finishing applies the failure policy
(``reject`` or ``drop``) and builds the :class:`~summarizer.models.SummaryResult`.
"""

from __future__ import annotations

import json
import time
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Literal, Protocol

from pydantic import BaseModel, ValidationError

from ..errors import SummaryRejected
from ..guards import Evaluation, GuardConfig, LLMJudge, evaluate
from ..models import (
    OVERVIEW,
    Attempt,
    AttemptOutcome,
    ItemPath,
    PromptInfo,
    Reason,
    Repair,
    Section,
    Status,
    Summary,
    SummaryResult,
    Usage,
    Withheld,
)
from ..providers import Completion
from ..schema import schema_errors, schema_sha256
from ..source import Source

if TYPE_CHECKING:
    from ..providers import ChatRequest, Provider

OnFail = Literal["reject", "drop"]


def clock() -> float:
    """Seconds on a monotonic clock (one place, so tests can fix it)."""
    return time.monotonic()


class Engine(Protocol):
    """What a generation mode needs from the :class:`~summarizer.pipeline.Summarizer`."""

    provider: Provider
    judge: LLMJudge | None

    @property
    def settings(self) -> Any: ...

    def call(self, request: ChatRequest, run: Run, number: int) -> Completion:
        """One model call, recorded against ``run``."""
        ...


@dataclass
class Run:
    """Mutable state of one summarize call."""

    attempts: list[Attempt] = field(default_factory=list)
    usage: Usage = field(default_factory=Usage)
    summary: Summary | None = None
    evaluation: Evaluation | None = None
    final_reasons: list[Reason] = field(default_factory=list)
    repairs: list[Repair] = field(default_factory=list)
    withheld: list[Withheld] = field(default_factory=list)

    def record(self, attempt: Attempt) -> None:
        """Keep one model call and add its tokens."""
        self.attempts.append(attempt)
        self.usage = self.usage + attempt.usage


def parse_json(
    completion: Completion, validate: type[BaseModel], *, check_schema: bool = False
) -> tuple[AttemptOutcome, Any, list[Reason]]:
    """(outcome, model instance or None, reasons) for one completion."""
    if completion.refusal:
        return AttemptOutcome.REFUSAL, None, [
            Reason(code="refusal", message=f"the model refused: {completion.refusal[:200]}")
        ]
    if completion.finish_reason == "length":
        return AttemptOutcome.TRUNCATED, None, [
            Reason(code="truncated", message="the answer was cut off by the token limit")
        ]
    text = (completion.text or "").strip()
    if not text:
        return AttemptOutcome.EMPTY, None, [Reason(code="empty", message="the answer was empty")]
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        message = f"the answer is not valid JSON ({exc.msg} at line {exc.lineno} column {exc.colno})"
        return AttemptOutcome.INVALID_JSON, None, [Reason(code="invalid_json", message=message)]
    if check_schema:
        errors = schema_errors(data)
        if errors:
            return AttemptOutcome.SCHEMA_VIOLATION, None, [
                Reason(code="schema_violation", message=e) for e in errors[:20]
            ]
    try:
        return AttemptOutcome.OK, validate.model_validate(data), []
    except ValidationError as exc:
        return AttemptOutcome.SCHEMA_VIOLATION, None, [
            Reason(code="schema_violation", message=f"{'.'.join(map(str, e['loc']))}: {e['msg']}")
            for e in exc.errors()[:20]
        ]


def guard_reasons(evaluation: Evaluation) -> list[Reason]:
    """Every failing item's reasons, each message prefixed with the item's path."""
    out = [
        Reason(code=r.code, message=f"{i.path}: {r.message}")
        for i in evaluation.failing
        for r in i.issues
    ]
    return out + list(evaluation.reasons)


def overview_ok(evaluation: Evaluation) -> bool:
    """True when the overview passed every check."""
    return all(i.accepted for i in evaluation.items if i.path == OVERVIEW)


def drop_failing(summary: Summary, evaluation: Evaluation) -> tuple[Summary, list[ItemPath]]:
    """The summary without its failing claims and caveats, and what was dropped."""
    failing = {item.path for item in evaluation.failing}
    kept = {
        section: [
            x
            for i, x in enumerate(getattr(summary, section.value))
            if ItemPath(section, i) not in failing
        ]
        for section in (Section.CLAIMS, Section.CAVEATS)
    }
    dropped = sorted(p for p in failing if p != OVERVIEW)
    # model_construct: the kept part may now have fewer claims than the schema minimum;
    # that is judged (and rejected) by the guards, not by a validation crash.
    return Summary.model_construct(
        overview=summary.overview, claims=kept[Section.CLAIMS], caveats=kept[Section.CAVEATS]
    ), dropped


@dataclass(frozen=True)
class Provenance:
    """What a result records about how it was made."""

    backend: str
    model: str
    prompt: PromptInfo
    settings: dict[str, str | int | float | bool | None]


def finish(
    source: Source,
    run: Run,
    *,
    on_fail: OnFail,
    guards: GuardConfig,
    judge: LLMJudge | None,
    provenance: Provenance,
    raise_on_reject: bool,
    seconds: float,
) -> SummaryResult:
    """Apply the failure policy and build the result (raising on request)."""
    status, summary = Status.FAILED, run.summary
    dropped: list[ItemPath] = []
    reasons = list(run.final_reasons)
    evaluation = run.evaluation
    if summary is None or evaluation is None:
        last = run.attempts[-1] if run.attempts else None
        if last is None:
            if not reasons:
                reasons.append(Reason(code="no_attempt", message="no attempt was made"))
        else:
            reasons.append(
                Reason(
                    code=last.outcome.value,
                    message="; ".join(r.message for r in last.reasons) or last.outcome.value,
                )
            )
    elif evaluation.accepted:
        status = Status.ACCEPTED
    elif on_fail == "drop" and not evaluation.reasons and overview_ok(evaluation):
        why = {i.path: i.issues[0].message for i in evaluation.failing}
        summary, dropped = drop_failing(summary, evaluation)
        evaluation = evaluate(summary, source.text, guards, judge=judge)
        run.usage = run.usage + evaluation.usage
        status = Status.ACCEPTED if evaluation.accepted else Status.REJECTED
        reasons.extend(
            Reason(code="dropped", message=f"dropped {path}: {why[path]}") for path in dropped
        )
    else:
        status = Status.REJECTED
        if on_fail == "drop" and not overview_ok(evaluation):
            reasons.append(
                Reason(
                    code="overview_failed",
                    message="nothing was dropped: the overview failed its checks, and a "
                    "summary cannot go without its overview",
                )
            )
    if evaluation is not None:
        reasons.extend(evaluation.reasons)
    result = SummaryResult(
        status=status,
        summary=summary,
        items=evaluation.items if evaluation else [],
        reasons=reasons,
        dropped=dropped,
        source=source.info(),
        backend=provenance.backend,
        model=provenance.model,
        prompt=provenance.prompt,
        schema_sha256=schema_sha256(),
        attempts=run.attempts,
        usage=run.usage,
        settings=provenance.settings,
        withheld=run.withheld,
        repairs=run.repairs,
        seconds=round(seconds, 3),
    )
    if raise_on_reject and status is not Status.ACCEPTED:
        raise SummaryRejected(f"{source.name}: summary {status.value}", result=result)
    return result
