"""Evidence-first mode: the model never finds or copies evidence; it restates given sentences.

1. The article's sentences are tagged and selected (:mod:`summarizer.evidence`); withheld
   sentences never reach the model.
2. One call shows the selected sentences, numbered, and asks for each item the ID it
   restates (an enum of valid IDs) and the restated text. Quotes are the cited sentences
   themselves, so every span is exact by construction; the evidence level is derived from
   the cited sentence.
3. Deterministic problems are fixed deterministically and recorded (a repeated or
   mismatched ID is re-cited to the sentence the text restates).
4. Failing items are repaired one at a time, with their sentence and a hint per reason code
   (never the guard's message). A claim (or the overview) that cannot be repaired is replaced
   from the next ranked sentence; a caveat that cannot be repaired is removed, and the result says so.
   The whole summary is never regenerated.

Prompts keep the stable part first (system prompt, then the numbered sentences) so a
server's prompt cache reuses it across the restate, repair and replace calls.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from pydantic import BaseModel, ConfigDict

from ..evidence import Evidence, Role, Sentence, evidence_level, select
from ..guards import Evaluation, evaluate
from ..guards.text import content_stems
from ..models import (
    Attempt,
    AttemptOutcome,
    Caveat,
    Claim,
    ClaimKind,
    ItemPath,
    Overview,
    Reason,
    Repair,
    Section,
    Summary,
    Withheld,
)
from ..prompting import MIN_CLAIMS, Message, hints_for, repair_messages, restate_messages
from ..providers import ChatRequest, Completion, estimate_tokens
from ..schema import repair_schema, restate_schema
from . import outcome
from .outcome import Engine, Run, guard_reasons, parse_json

#: Reason codes a rewording cannot fix: the sentence itself is the problem, or another item
#: already says it. Such a claim is replaced from the reserve at once.
UNREPAIRABLE = ("dosing_", "promotional", "call_to_action", "treatment_recommendation",
                "duplicate_claim", "near_duplicate_claim", "same_fact")  # fmt: skip
SENTENCE_PROBLEMS = ("promotional", "call_to_action", "treatment_recommendation")
MAX_ANSWER_TOKENS = 120  # one restated sentence
RETRY_TEMPERATURE = 0.5


class _Item(BaseModel):
    model_config = ConfigDict(extra="ignore")
    id: int
    text: str


class _ClaimItem(_Item):
    kind: ClaimKind = ClaimKind.FINDING


class _Restated(BaseModel):
    model_config = ConfigDict(extra="ignore")
    overview: _Item
    claims: list[_ClaimItem]
    caveats: list[_Item]


class _One(BaseModel):
    model_config = ConfigDict(extra="ignore")
    text: str
    kind: ClaimKind = ClaimKind.FINDING


@dataclass
class _Draft:
    """One item being built: the sentence it restates, the text, and its repair count."""

    sentence: Sentence
    text: str = ""
    kind: ClaimKind = ClaimKind.FINDING
    repairs: int = 0


@dataclass
class _Plan:
    """The numbered sentences the model sees, and the drafts per role."""

    evidence: Evidence
    ids: dict[int, int]  # article sentence number -> prompt ID
    overview: _Draft
    claims: list[_Draft]
    caveats: list[_Draft]

    def shown(self) -> list[tuple[int, str]]:
        return [(self.ids[p.sentence.number], p.sentence.text) for p in self.evidence.picks]

    def id_of(self, sentence: Sentence) -> int:
        if sentence.number not in self.ids:  # a reserve sentence: next free ID
            self.ids[sentence.number] = max(self.ids.values(), default=0) + 1
        return self.ids[sentence.number]

    def summary(self) -> Summary:
        def level(d: _Draft) -> object:
            return evidence_level(d.sentence.text) if d.kind is ClaimKind.EVIDENCE else None

        return Summary.model_construct(
            overview=Overview.model_construct(quotes=[self.overview.sentence.text], text=self.overview.text),
            claims=[
                Claim.model_construct(quotes=[d.sentence.text], text=d.text, kind=d.kind, evidence_level=level(d))
                for d in self.claims
            ],
            caveats=[Caveat.model_construct(quotes=[d.sentence.text], text=d.text) for d in self.caveats],
        )

    def draft(self, path: ItemPath) -> _Draft:
        if path.section is Section.OVERVIEW:
            return self.overview
        return (self.claims if path.section is Section.CLAIMS else self.caveats)[path.index or 0]


def _plan(evidence: Evidence) -> _Plan:
    ids = {p.sentence.number: n for n, p in enumerate(evidence.picks, start=1)}
    return _Plan(
        evidence=evidence,
        ids=ids,
        overview=_Draft(evidence.by_role(Role.OVERVIEW)[0]),
        claims=[_Draft(s) for s in evidence.by_role(Role.CLAIM)],
        caveats=[_Draft(s) for s in evidence.by_role(Role.CAVEAT)],
    )


def _overlap(text: str, sentence: Sentence) -> float:
    words = content_stems(text)
    return len(words & content_stems(sentence.text)) / len(words) if words else 0.0


def _assign(plan: _Plan, restated: _Restated, run: Run) -> list[_Draft]:
    """Put the model's texts on their drafts; return the drafts still without text."""
    by_id = {plan.ids[d.sentence.number]: d for d in [plan.overview, *plan.claims, *plan.caveats]}
    plan.overview.text = restated.overview.text.strip()
    shown = [p.sentence for p in plan.evidence.picks]
    closest = max(shown, key=lambda x: _overlap(plan.overview.text, x))
    if _overlap(plan.overview.text, closest) > _overlap(plan.overview.text, plan.overview.sentence) + 0.25:
        run.repairs.append(
            Repair(
                path=ItemPath(Section.OVERVIEW),
                code="recited",
                message=f"the overview restates sentence [{plan.ids[closest.number]}], not "
                f"[{plan.ids[plan.overview.sentence.number]}]; it now quotes [{plan.ids[closest.number]}]",
            )
        )
        plan.overview.sentence = closest
    for section, drafts, answers in (
        (Section.CLAIMS, plan.claims, restated.claims),
        (Section.CAVEATS, plan.caveats, restated.caveats),
    ):
        for position, answer in enumerate(answers):
            text = answer.text.strip()
            free = [d for d in drafts if not d.text]
            cited = by_id.get(answer.id)
            target = cited if cited in free else None
            # The text may restate another sentence than the one cited (small models drift
            # to a neighbour): cite the free sentence it overlaps most, when that is clearly
            # better. Recorded, never silent.
            best = max(free, key=lambda d: _overlap(text, d.sentence), default=None)
            if best is not None and (
                target is None or _overlap(text, best.sentence) > _overlap(text, target.sentence) + 0.25
            ):
                if target is not best:
                    run.repairs.append(
                        Repair(
                            path=ItemPath(section, position),
                            code="recited",
                            message=f"the text restates sentence [{plan.ids[best.sentence.number]}], "
                            f"not the cited [{answer.id}]; cited [{plan.ids[best.sentence.number]}] instead",
                        )
                    )
                target = best
            if target is not None:
                target.text = text
                if isinstance(answer, _ClaimItem):
                    target.kind = answer.kind
    return [d for d in [plan.overview, *plan.claims, *plan.caveats] if not d.text]


class _Caller:
    """Makes and records the model calls of one run, within the token budget."""

    def __init__(self, summarizer: Engine, run: Run) -> None:
        self.summarizer, self.run = summarizer, run

    def over_budget(self, messages_tokens: int, max_tokens: int) -> bool:
        budget = self.summarizer.settings.token_budget
        if self.run.usage.total_tokens + messages_tokens + max_tokens <= budget:
            return False
        if not any(r.code == "token_budget" for r in self.run.final_reasons):
            self.run.final_reasons.append(
                Reason(code="token_budget", message=f"stopped repairing: the token budget of {budget:,} would be exceeded")
            )
        return True

    def ask(self, request: ChatRequest, kind: str, item: ItemPath | None) -> Completion | None:
        if self.over_budget(estimate_tokens(request.messages), request.max_tokens):
            return None
        number = len(self.run.attempts) + 1
        started = outcome.clock()
        completion = self.summarizer.call(request, self.run, number)
        self._seconds = round(outcome.clock() - started, 3)
        self._pending = (number, kind, item, completion)
        return completion

    def done(self, outcome: AttemptOutcome, reasons: list[Reason]) -> None:
        number, kind, item, completion = self._pending
        self.run.record(
            Attempt(
                number=number,
                kind=kind,
                item=item,
                response_format=completion.response_format,
                finish_reason=completion.finish_reason,
                outcome=outcome,
                usage=completion.usage,
                reasons=reasons,
                seconds=self._seconds,
            )
        )


def _request(
    summarizer: Engine,
    messages: list[Message],
    schema: dict[str, Any],
    max_tokens: int,
    *,
    retry: int = 0,
) -> ChatRequest:
    s = summarizer.settings
    # A retry of the same item must not get the same greedy answer again: it samples a
    # little, with a seed derived from the run's, so recordings stay reproducible.
    temperature = s.temperature if retry == 0 else max(s.temperature, RETRY_TEMPERATURE)
    seed = s.seed if retry == 0 or s.seed is None else s.seed + retry
    return ChatRequest(
        messages=tuple(messages),
        schema=schema,
        schema_name="restatement",
        temperature=temperature,
        seed=seed,
        max_tokens=max_tokens,
    )


def word_limit(sentence: str) -> int:
    """How many words a restatement of ``sentence`` may use: fewer than the sentence has."""
    return max(8, min(25, round(0.7 * len(sentence.split()))))


def _restate_one(caller: _Caller, draft: _Draft, path: ItemPath, kind: str, codes: list[str]) -> bool:
    """Ask for one item's text alone, from its sentence; True when the model gave one."""
    with_kind = path.section is Section.CLAIMS
    messages = repair_messages(
        draft.sentence.text,
        hints_for(codes),
        words=word_limit(draft.sentence.text),
        role=path.section.value,
        with_kind=with_kind,
    )
    request = _request(
        caller.summarizer, messages, repair_schema(with_kind=with_kind), MAX_ANSWER_TOKENS,
        retry=draft.repairs,
    )
    completion = caller.ask(request, kind, path)
    if completion is None:
        return False
    outcome, one, reasons = parse_json(completion, _One)
    caller.done(outcome, reasons)
    if one is None or not one.text.strip():
        return False
    draft.text = one.text.strip()
    if with_kind:
        draft.kind = one.kind
    return True


def generate(summarizer: Engine, source_text: str, sentences: list[Sentence], run: Run) -> None:
    """Run the evidence-first stages, leaving the summary and its evaluation in ``run``."""
    s = summarizer.settings
    evidence = select(sentences, claims=s.max_claims, caveats=s.max_caveats)
    run.withheld = [Withheld(start=x.start, end=x.end, text=x.text, reasons=list(x.reasons)) for x in evidence.withheld]
    if not evidence.by_role(Role.OVERVIEW) or len(evidence.by_role(Role.CLAIM)) < MIN_CLAIMS:
        usable = len(evidence.picks) + len(evidence.reserve)
        run.final_reasons.append(
            Reason(
                code="insufficient_evidence",
                message=f"only {usable} sentence(s) of the article can serve as evidence once headings, "
                f"promotion, references and dosing talk are withheld; a summary needs {MIN_CLAIMS} claims",
            )
        )
        return
    plan = _plan(evidence)
    reserve = list(evidence.reserve)
    caller = _Caller(summarizer, run)
    missing = [plan.overview, *plan.claims, *plan.caveats]
    if s.restate == "batch":
        overview_id = plan.ids[plan.overview.sentence.number]
        claim_ids = [plan.ids[d.sentence.number] for d in plan.claims]
        caveat_ids = [plan.ids[d.sentence.number] for d in plan.caveats]
        messages = restate_messages(plan.shown(), overview_id, claim_ids, caveat_ids)
        answer_tokens = min(s.max_tokens, MAX_ANSWER_TOKENS * (1 + len(claim_ids) + len(caveat_ids)))
        schema = restate_schema(overview_id, claim_ids, caveat_ids)
        if (completion := caller.ask(_request(summarizer, messages, schema, answer_tokens), "restate", None)) is not None:
            outcome, restated, reasons = parse_json(completion, _Restated)
            caller.done(outcome, reasons)
            if restated is not None:
                missing = _assign(plan, restated, run)
    for draft in missing:  # each item alone ("each"), or what the batch did not cover
        _restate_one(caller, draft, _path_of(plan, draft), "restate", [])
    _repair_loop(summarizer, source_text, plan, reserve, caller)


def _path_of(plan: _Plan, draft: _Draft) -> ItemPath:
    if draft is plan.overview:
        return ItemPath(Section.OVERVIEW)
    if draft in plan.claims:
        return ItemPath(Section.CLAIMS, plan.claims.index(draft))
    return ItemPath(Section.CAVEATS, plan.caveats.index(draft))


def _repair_loop(summarizer: Engine, text: str, plan: _Plan, reserve: list[Sentence], caller: _Caller) -> None:
    s, run = summarizer.settings, caller.run
    max_repairs = max(0, s.max_attempts - 1)
    evaluation: Evaluation | None = None
    for _round in range(2 * s.max_attempts + 2):
        # Items the model left empty (a failed call) cannot be judged; they fail as empty.
        summary = plan.summary()
        evaluation = evaluate(summary, text, s.effective_guards, judge=summarizer.judge)
        run.usage = run.usage + evaluation.usage
        run.summary, run.evaluation = summary, evaluation
        if evaluation.accepted or not evaluation.failing:
            return
        progressed = False
        for item in sorted(evaluation.failing, key=lambda i: (i.path.section != Section.OVERVIEW, i.path.index or 0)):
            draft = plan.draft(item.path)
            codes = [r.code for r in item.issues]
            # Rewording cannot fix a sentence that is itself the problem (dosing, promotion),
            # nor a faithful restatement that repeats another item; anything else gets its
            # repairs first.
            hopeless = draft.repairs >= max_repairs or any(
                c.startswith(UNREPAIRABLE) and (c in SENTENCE_PROBLEMS or c.startswith("dosing_") or item.check.supported)
                for c in codes
            )
            if not hopeless:
                draft.repairs += 1
                progressed |= _restate_one(caller, draft, item.path, "repair", codes)
            elif item.path.section is not Section.CAVEATS and reserve:
                new = reserve.pop(0)
                run.repairs.append(
                    Repair(
                        path=item.path,
                        code="replaced",
                        message=f"{item.path} could not be repaired ({', '.join(sorted(set(codes)))}); "
                        f"restated the next-ranked sentence instead",
                    )
                )
                replacement = _Draft(new)
                if item.path.section is Section.OVERVIEW:
                    plan.overview = replacement
                else:
                    plan.claims[item.path.index or 0] = replacement
                progressed |= _restate_one(caller, replacement, item.path, "replace", [])
            elif item.path.section is Section.CAVEATS:
                run.repairs.append(
                    Repair(
                        path=item.path,
                        code="caveat_removed",
                        message=f"{item.path} was removed: it failed after {draft.repairs} repair(s) "
                        f"({', '.join(sorted(set(codes)))})",
                    )
                )
                plan.caveats.remove(draft)
                progressed = True
                break  # caveat indexes shift: evaluate again before touching another
            if any(r.code == "token_budget" for r in run.final_reasons):
                break
        if not progressed:
            break
    if evaluation is not None and not evaluation.accepted:
        last = run.attempts[-1] if run.attempts else None
        if last is not None and last.outcome is AttemptOutcome.OK:
            # The run ends on guard failures: say which, with their codes, on the last call.
            run.attempts[-1] = last.model_copy(
                update={"outcome": AttemptOutcome.GUARD_FAILED, "reasons": guard_reasons(evaluation)}
            )
