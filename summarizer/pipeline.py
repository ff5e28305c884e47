"""``summarize()``: orchestration only.

render → call → parse (jsonschema, then pydantic) → guard → re-ask → result.

Re-asks send only the failing items with their reasons (plus the items to keep), never the
growing conversation; they are bounded by an attempt count *and* a token budget. Token
usage is summed over every attempt, on success and on failure. Guard failures are data
in the result; exceptions are for bad input and backend failures.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from pydantic import ValidationError

from .errors import BackendError, SourceTooLarge, SummaryRejected, UsageError
from .guards import Evaluation, GuardConfig, LLMJudge, evaluate, iter_items
from .models import (
    OVERVIEW,
    Attempt,
    AttemptOutcome,
    ItemPath,
    PromptInfo,
    Reason,
    Section,
    Status,
    Summary,
    SummaryResult,
    Usage,
)
from .prompting import (
    TEMPLATE_SET,
    FailingItem,
    Message,
    initial_messages,
    prompt_sha256,
    reask_messages,
)
from .providers import (
    ChatRequest,
    Completion,
    Provider,
    ProviderJudge,
    estimate_tokens,
    make_provider,
)
from .schema import SCHEMA_NAME, openai_schema, schema_errors, schema_sha256
from .source import Source, from_text

OnFail = Literal["reject", "drop"]


@dataclass(frozen=True)
class Settings:
    """Sampling, re-ask budget and failure policy for one summarizer."""

    temperature: float = 0.0
    seed: int | None = 0
    max_tokens: int = 2000
    max_claims: int = 5
    max_quotes: int = 2
    max_attempts: int = 3
    token_budget: int = 60_000
    on_fail: OnFail = "reject"
    guards: GuardConfig = field(default_factory=GuardConfig)

    def describe(self) -> dict[str, str | int | float | bool | None]:
        """Flat form for results and cache keys."""
        return {
            "temperature": self.temperature,
            "seed": self.seed,
            "max_tokens": self.max_tokens,
            "max_claims": self.max_claims,
            "max_quotes": self.max_quotes,
            "max_attempts": self.max_attempts,
            "token_budget": self.token_budget,
            "on_fail": self.on_fail,
            **self.guards.describe(),
        }


@dataclass
class _Run:
    """Mutable state of one summarize call."""

    attempts: list[Attempt] = field(default_factory=list)
    usage: Usage = field(default_factory=Usage)
    summary: Summary | None = None
    evaluation: Evaluation | None = None
    final_reasons: list[Reason] = field(default_factory=list)


def _parse(completion: Completion) -> tuple[AttemptOutcome, Summary | None, list[str]]:
    """Turn one completion into a summary, or an outcome with model-fixable errors."""
    if completion.refusal:
        return AttemptOutcome.REFUSAL, None, [f"the model refused: {completion.refusal[:200]}"]
    if completion.finish_reason == "length":
        return AttemptOutcome.TRUNCATED, None, ["the answer was cut off by the token limit"]
    text = (completion.text or "").strip()
    if not text:
        return AttemptOutcome.EMPTY, None, ["the answer was empty"]
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        return (
            AttemptOutcome.INVALID_JSON,
            None,
            [f"the answer is not valid JSON ({exc.msg} at line {exc.lineno} column {exc.colno})"],
        )
    errors = schema_errors(data)
    if errors:
        return AttemptOutcome.SCHEMA_VIOLATION, None, errors[:20]
    try:
        return AttemptOutcome.OK, Summary.model_validate(data), []
    except ValidationError as exc:
        return (
            AttemptOutcome.SCHEMA_VIOLATION,
            None,
            [f"{'.'.join(map(str, e['loc']))}: {e['msg']}" for e in exc.errors()][:20],
        )


def _drop_failing(summary: Summary, evaluation: Evaluation) -> tuple[Summary, list[ItemPath]]:
    failing = {item.path for item in evaluation.failing}
    kept = {
        section: [x for i, x in enumerate(getattr(summary, section.value)) if ItemPath(section, i) not in failing]
        for section in (Section.CLAIMS, Section.CAVEATS)
    }
    claims, caveats = kept[Section.CLAIMS], kept[Section.CAVEATS]
    dropped = sorted(p for p in failing if p != OVERVIEW)
    # model_construct: the kept part may now have fewer claims than the schema minimum;
    # that is judged (and rejected) by the guards, not by a validation crash.
    return Summary.model_construct(
        overview=summary.overview, claims=claims, caveats=caveats
    ), dropped


class Summarizer:
    """A configured summarizer: a provider plus settings. Reuse it for many articles."""

    def __init__(
        self,
        backend: str | None = None,
        *,
        provider: Provider | None = None,
        settings: Settings | None = None,
        raise_on_reject: bool = False,
        judge: LLMJudge | None = None,
        **provider_options: Any,
    ) -> None:
        self.provider = provider or make_provider(backend, **provider_options)
        self._settings = settings or Settings()
        self.raise_on_reject = raise_on_reject
        #: The judge passed in, or (with ``guards.judge``) one over this summarizer's own
        #: backend. It is stateless, so it is safe under ``--jobs``.
        if judge is None and self._settings.guards.judge:
            judge = LLMJudge(ProviderJudge(self.provider))
        self.judge = judge
        self._owns_provider = True

    @property
    def settings(self) -> Settings:
        """The settings every call uses (immutable; see :meth:`with_settings`)."""
        return self._settings

    def with_settings(self, settings: Settings) -> Summarizer:
        """A summarizer with other settings over the same backend (which this one still owns)."""
        other = Summarizer(
            provider=self.provider,
            settings=settings,
            raise_on_reject=self.raise_on_reject,
            judge=self.judge,
        )
        other._owns_provider = False
        return other

    def describe_settings(self) -> dict[str, str | int | float | bool | None]:
        """The settings as recorded in results and cache keys (with the judge's model)."""
        return {**self.settings.describe(), "judge": self.judge.describe() if self.judge else None}

    def __enter__(self) -> Summarizer:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Release the backend (stops a local server), unless it is borrowed."""
        if self._owns_provider:
            self.provider.close()

    def _request(self, messages: list[Message]) -> ChatRequest:
        s = self.settings
        return ChatRequest(
            messages=tuple(messages),
            schema=openai_schema(s.max_claims, s.max_quotes),
            schema_name=SCHEMA_NAME,
            temperature=s.temperature,
            seed=s.seed,
            max_tokens=s.max_tokens,
        )

    def _check_fits(self, source: Source, messages: list[Message]) -> None:
        limit = self.provider.context_tokens
        need = estimate_tokens(messages) + self.settings.max_tokens
        if limit is not None and need > limit:
            raise SourceTooLarge(
                f"{source.name}: needs about {need:,} tokens but the model's context is {limit:,}; "
                "split the article (chunking is not supported yet)"
            )

    def summarize(self, article: str | Source, *, name: str = "<text>") -> SummaryResult:
        """Summarise one article; guard failures are data in the result (or raise on request)."""
        source = article if isinstance(article, Source) else from_text(article, name=name)
        s = self.settings
        run = _Run()
        messages = initial_messages(source.text, max_claims=s.max_claims)
        self._check_fits(source, messages)
        for number in range(1, s.max_attempts + 1):
            if number > 1:
                messages = self._reask(source, run)
                if (
                    run.usage.total_tokens + estimate_tokens(messages) + s.max_tokens
                    > s.token_budget
                ):
                    run.final_reasons.append(
                        Reason(
                            code="token_budget",
                            message=f"stopped re-asking: the token budget of {s.token_budget:,} would be exceeded",
                        )
                    )
                    break
            try:
                completion = self.provider.complete(self._request(messages))
            except BackendError as exc:
                # Keep the whole run's usage and the model-call count on the error.
                exc.context["usage"] = run.usage + exc.context.get("usage", Usage())
                exc.context["model_calls"] = number
                exc.context.setdefault("attempts", number)
                raise
            run.usage = run.usage + completion.usage
            outcome, summary, errors = _parse(completion)
            if summary is not None:
                run.summary = summary
                run.evaluation = evaluate(summary, source.text, s.guards, judge=self.judge)
                run.usage = run.usage + run.evaluation.usage  # the judge's tokens count too
                if not run.evaluation.accepted:
                    outcome = AttemptOutcome.GUARD_FAILED
                    errors = [
                        f"{i.path}: {r.message}" for i in run.evaluation.failing for r in i.issues
                    ]
                    errors += [r.message for r in run.evaluation.reasons]
            run.attempts.append(
                Attempt(
                    number=number,
                    kind="initial" if number == 1 else "reask",
                    response_format=completion.response_format,
                    finish_reason=completion.finish_reason,
                    outcome=outcome,
                    usage=completion.usage,
                    errors=errors,
                )
            )
            if outcome is AttemptOutcome.OK:
                break
            if outcome is AttemptOutcome.REFUSAL:
                break  # a refusal is an answer; asking again would only argue with it
        return self._finish(source, run)

    def _reask(self, source: Source, run: _Run) -> list[Message]:
        last = run.attempts[-1]
        if last.outcome is AttemptOutcome.GUARD_FAILED and run.summary and run.evaluation:
            data = run.summary.model_dump(mode="json")
            failing, keep = [], {}
            quotes = {p: q for p, _t, q, *_ in iter_items(run.summary)}
            for item in run.evaluation.items:
                if item.accepted:
                    keep[str(item.path)] = _lookup(data, item.path)
                else:
                    failing.append(
                        FailingItem(
                            str(item.path),
                            item.text,
                            tuple(quotes[item.path]),
                            tuple(r.message for r in item.issues),
                        )
                    )
            return reask_messages(
                source.text,
                failing,
                keep,
                [r.message for r in run.evaluation.reasons],
                max_claims=self.settings.max_claims,
            )
        return reask_messages(
            source.text, [], None, last.errors, max_claims=self.settings.max_claims
        )

    def _finish(self, source: Source, run: _Run) -> SummaryResult:
        s = self.settings
        status, summary = Status.FAILED, run.summary
        dropped: list[ItemPath] = []
        reasons = list(run.final_reasons)
        evaluation = run.evaluation
        if summary is None or evaluation is None:
            last = run.attempts[-1] if run.attempts else None
            reasons.append(
                Reason(
                    code=last.outcome.value if last else "no_attempt",
                    message="; ".join(last.errors) if last else "no attempt was made",
                )
            )
        elif evaluation.accepted:
            status = Status.ACCEPTED
        elif s.on_fail == "drop" and not evaluation.reasons and _overview_ok(evaluation):
            why = {i.path: i.issues[0].message for i in evaluation.failing}
            summary, dropped = _drop_failing(summary, evaluation)
            evaluation = evaluate(summary, source.text, s.guards, judge=self.judge)
            run.usage = run.usage + evaluation.usage
            status = Status.ACCEPTED if evaluation.accepted else Status.REJECTED
            reasons.extend(
                Reason(code="dropped", message=f"dropped {path}: {why[path]}") for path in dropped
            )
        else:
            status = Status.REJECTED
            if s.on_fail == "drop" and not _overview_ok(evaluation):
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
            backend=self.provider.name,
            model=self.provider.model,
            prompt=PromptInfo(name=TEMPLATE_SET, sha256=prompt_sha256()),
            schema_sha256=schema_sha256(),
            attempts=run.attempts,
            usage=run.usage,
            settings=self.describe_settings(),
        )
        if self.raise_on_reject and status is not Status.ACCEPTED:
            raise SummaryRejected(f"{source.name}: summary {status.value}", result=result)
        return result


def _overview_ok(evaluation: Evaluation) -> bool:
    return all(i.accepted for i in evaluation.items if i.path == OVERVIEW)


def _lookup(data: dict[str, Any], path: ItemPath) -> Any:
    section = data[path.section.value]
    return section if path.index is None else section[path.index]


def summarize(
    text: str | Source | Path,
    *,
    backend: str | None = None,
    settings: Settings | None = None,
    raise_on_reject: bool = False,
    **provider_options: Any,
) -> SummaryResult:
    """Summarise one article (text, :class:`Source` or a path) with a one-off summarizer."""
    if isinstance(text, Path):
        from .source import read_source

        text = read_source(text)
    if not isinstance(text, str | Source):
        raise UsageError("summarize() takes article text, a Source or a Path")
    with Summarizer(
        backend, settings=settings, raise_on_reject=raise_on_reject, **provider_options
    ) as s:
        return s.summarize(text)
