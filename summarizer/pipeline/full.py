"""Full-article mode: the model reads the whole article and quotes it verbatim.

For capable endpoints. Withheld sentences (dosing, promotion, navigation …) are replaced by
a marker before the article is sent. Re-asks keep the article first, so a server's prompt
cache reuses it, and carry only the failing items with hints chosen by reason code, never
the guard messages themselves; they are bounded by attempts and a token budget.
"""

from __future__ import annotations

from typing import Any

from ..errors import SourceTooLarge
from ..evidence import Sentence
from ..guards import evaluate, iter_items
from ..models import Attempt, AttemptOutcome, ItemPath, Reason, Summary, Withheld
from ..prompting import FailingItem, Message, initial_messages, reask_messages
from ..providers import ChatRequest, estimate_tokens
from ..schema import SCHEMA_NAME, openai_schema
from ..source import Source
from . import outcome
from .outcome import Engine, Run, guard_reasons, parse_json

WITHHELD_MARKER = "[sentence withheld]"


def masked(text: str, sentences: list[Sentence]) -> str:
    """``text`` with every withheld sentence replaced by :data:`WITHHELD_MARKER`."""
    out, last = [], 0
    for s in sentences:
        if s.withheld:
            out += [text[last : s.start], WITHHELD_MARKER]
            last = s.end
    return "".join([*out, text[last:]])


def _lookup(data: dict[str, Any], path: ItemPath) -> Any:
    section = data[path.section.value]
    return section if path.index is None else section[path.index]


def _request(summarizer: Engine, messages: list[Message]) -> ChatRequest:
    s = summarizer.settings
    return ChatRequest(
        messages=tuple(messages),
        schema=openai_schema(s.max_claims, s.max_quotes),
        schema_name=SCHEMA_NAME,
        temperature=s.temperature,
        seed=s.seed,
        max_tokens=s.max_tokens,
    )


def _reask(summarizer: Engine, article: str, run: Run) -> list[Message]:
    last = run.attempts[-1]
    max_claims = summarizer.settings.max_claims
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
                        tuple(r.code for r in item.issues),
                    )
                )
        return reask_messages(
            article,
            failing,
            keep,
            [r.code for r in run.evaluation.reasons],
            max_claims=max_claims,
        )
    return reask_messages(article, [], None, [r.code for r in last.reasons], max_claims=max_claims)


def generate(summarizer: Engine, source: Source, sentences: list[Sentence], run: Run) -> None:
    """Run the full-article attempts, leaving the last summary and evaluation in ``run``."""
    s = summarizer.settings
    run.withheld = [
        Withheld(start=x.start, end=x.end, text=x.text, reasons=list(x.reasons))
        for x in sentences
        if x.withheld
    ]
    article = masked(source.text, sentences)
    messages = initial_messages(article, max_claims=s.max_claims)
    limit = summarizer.provider.context_tokens
    need = estimate_tokens(messages) + s.max_tokens
    if limit is not None and need > limit:
        raise SourceTooLarge(
            f"{source.name}: needs about {need:,} tokens but the model's context is {limit:,}; "
            "use the evidence-first mode (--mode evidence), which sends only selected sentences"
        )
    for number in range(1, s.max_attempts + 1):
        if number > 1:
            messages = _reask(summarizer, article, run)
            if run.usage.total_tokens + estimate_tokens(messages) + s.max_tokens > s.token_budget:
                run.final_reasons.append(
                    Reason(
                        code="token_budget",
                        message=f"stopped re-asking: the token budget of {s.token_budget:,} would be exceeded",
                    )
                )
                break
        started = outcome.clock()
        completion = summarizer.call(_request(summarizer, messages), run, number)
        state, summary, reasons = parse_json(completion, Summary, check_schema=True)
        if summary is not None:
            run.summary = summary
            run.evaluation = evaluate(summary, source.text, s.effective_guards, judge=summarizer.judge)
            run.usage = run.usage + run.evaluation.usage  # the judge's tokens count too
            if not run.evaluation.accepted:
                state = AttemptOutcome.GUARD_FAILED
                reasons = guard_reasons(run.evaluation)
        run.record(
            Attempt(
                number=number,
                kind="initial" if number == 1 else "reask",
                response_format=completion.response_format,
                finish_reason=completion.finish_reason,
                outcome=state,
                usage=completion.usage,
                reasons=reasons,
                seconds=round(outcome.clock() - started, 3),
            )
        )
        if state is AttemptOutcome.OK:
            break
        if state is AttemptOutcome.REFUSAL:
            break  # a refusal is an answer; asking again would only argue with it


