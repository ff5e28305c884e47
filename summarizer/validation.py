"""Validate a summary produced elsewhere: same schema, same guards, same result shape."""

from __future__ import annotations

import json

from .guards import GuardConfig, evaluate
from .guards.judge import LLMJudge
from .models import PromptInfo, Reason, Status, Summary, SummaryResult, Usage
from .schema import schema_errors, schema_sha256
from .source import Source


def validate_summary(
    source: Source,
    raw: str,
    config: GuardConfig | None = None,
    *,
    judge: LLMJudge | None = None,
) -> SummaryResult:
    """Check ``raw`` (a summary, or a result document holding one) against ``source``.

    A summary that is not valid JSON or breaks the schema comes back ``failed`` with the
    schema errors as reasons; otherwise every guard runs and the result is ``accepted`` or
    ``rejected``. ``judge``, when given, is asked about every item the deterministic checks
    passed (it can reject, never rescue); its tokens are the result's ``usage``.
    """
    config = config or GuardConfig()
    summary: Summary | None = None
    reasons: list[Reason] = []
    try:
        data = json.loads(raw)
    except json.JSONDecodeError as exc:
        data = None
        reasons.append(
            Reason(
                code="invalid_json",
                message=f"the summary is not valid JSON ({exc.msg} at line {exc.lineno})",
            )
        )
    if isinstance(data, dict) and isinstance(data.get("summary"), dict) and "overview" not in data:
        data = data["summary"]
    if data is not None:
        errors = schema_errors(data)
        reasons.extend(Reason(code="schema_violation", message=e) for e in errors)
        if not errors:
            summary = Summary.model_validate(data)
    items, status, usage = [], Status.FAILED, Usage()
    if summary is not None:
        evaluation = evaluate(summary, source.text, config, judge=judge)
        usage = evaluation.usage
        items = evaluation.items
        reasons.extend(evaluation.reasons)
        status = Status.ACCEPTED if evaluation.accepted else Status.REJECTED
    return SummaryResult(
        status=status,
        summary=summary,
        items=items,
        reasons=reasons,
        dropped=[],
        source=source.info(),
        backend="external",
        model="unknown",  # the model that wrote the summary is not known; the judge is in settings
        prompt=PromptInfo(name="external", sha256=""),
        schema_sha256=schema_sha256(),
        attempts=[],
        usage=usage,
        settings={**config.describe(), "judge": judge.describe() if judge is not None else None},
    )
