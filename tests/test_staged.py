"""Evidence-first mode end to end, over a scripted provider that restates what it is shown."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from summarizer.errors import BackendUnavailable
from summarizer.evidence import segment
from summarizer.models import MatchKind, Status, SummaryResult, Usage
from summarizer.pipeline import Settings, Summarizer
from summarizer.prompting import CLOSE_MARKER, OPEN_MARKER
from summarizer.providers import ChatRequest, Completion

GOLDEN = Path(__file__).resolve().parent.parent / "golden"
SEEDS = sorted(
    p.name
    for p in GOLDEN.iterdir()
    if p.name.startswith("selank-") or p.name == "what-is-selank-used-for"
)
CLEAN = "selank-vs-semax"  # a faithful restater gets it accepted without repairs
TOKENS = Usage(prompt_tokens=40, completion_tokens=10, total_tokens=50)
DOSE = re.compile(r"\b\d+\s*(?:mcg|mg|µg)\b", re.IGNORECASE)
#: Fragments of guard messages: feedback the model must never see (it could copy it).
GUARD_MESSAGES = (
    "is not in the quoted span",
    "copies its quoted sentence",
    "adds words its quoted sentence",
    "states as fact what",
    "could not be repaired",
    "dosing talk",
)


def article(name: str) -> str:
    return (GOLDEN / name / "article.txt").read_text(encoding="utf-8")


def target_of(request: ChatRequest) -> str:
    """The sentence a restate or repair request shows between the markers."""
    user = request.messages[-1].content
    assert OPEN_MARKER in user and CLOSE_MARKER in user
    return user.split(OPEN_MARKER, 1)[1].split(CLOSE_MARKER, 1)[0].strip()


def faithful(sentence: str) -> str:
    """The sentence minus its last clause (or its last third): shorter, adds nothing."""
    body = sentence.rstrip().rstrip(".")
    if ", " in body:
        body = body.rsplit(", ", 1)[0]
    else:
        words = body.split()
        body = " ".join(words[: max(8, len(words) * 2 // 3)])
    return body + "."


class Restater:
    """A provider whose answers are hand-written model responses built from the shown sentence.

    ``answer(sentence, times_seen_before)`` gives the restated text; each answer is counted
    per sentence, so a fake can answer a first call badly and a repair well.
    """

    name, model, supports_schema, needs_key, context_tokens = (
        "scripted",
        "restater",
        True,
        False,
        None,
    )

    def __init__(
        self,
        answer: Callable[[str, int], str] | None = None,
        *,
        fail_on: int | None = None,
        base_url: str | None = None,
    ) -> None:
        self.answer = answer or (lambda sentence, _seen: faithful(sentence))
        self.fail_on = fail_on
        self.base_url = base_url
        self.requests: list[ChatRequest] = []
        self.seen: dict[str, int] = {}

    def complete(self, request: ChatRequest) -> Completion:
        self.requests.append(request)
        if self.fail_on is not None and len(self.requests) == self.fail_on:
            raise BackendUnavailable("connection refused", provider=self.name)
        sentence = target_of(request)
        seen = self.seen.get(sentence, 0)
        self.seen[sentence] = seen + 1
        text = self.answer(sentence, seen)
        # hand-written model response
        body = json.dumps({"text": text, "kind": "finding"})
        return Completion(text=body, finish_reason="stop", usage=TOKENS, model=self.model)

    def describe(self) -> dict[str, Any]:
        return {"backend": self.name, "model": self.model}

    def close(self) -> None:
        pass


def run(name: str, provider: Restater, **settings: Any) -> SummaryResult:
    return Summarizer(provider=provider, settings=Settings(mode="evidence", **settings)).summarize(
        article(name), name=name
    )


def item_texts(result: SummaryResult) -> list[str]:
    assert result.summary is not None
    s = result.summary
    return [s.overview.text, *(c.text for c in s.claims), *(c.text for c in s.caveats)]


def all_quotes(result: SummaryResult) -> list[str]:
    assert result.summary is not None
    s = result.summary
    return [q for item in [s.overview, *s.claims, *s.caveats] for q in item.quotes]


@pytest.mark.parametrize("name", SEEDS)
def test_each_seed_is_accepted_or_rejected_with_reasons(name: str) -> None:
    result = run(name, Restater())
    assert result.status in (Status.ACCEPTED, Status.REJECTED)
    assert result.summary is not None
    if result.status is Status.ACCEPTED:
        assert all(i.accepted and not i.issues for i in result.items)
    else:
        failing = [i for i in result.items if not i.accepted]
        assert failing or result.reasons
        assert all(i.issues for i in failing)
    assert result.settings["mode"] == "evidence"


@pytest.mark.parametrize("name", SEEDS)
def test_quotes_are_exact_substrings_anchored_exactly(name: str) -> None:
    text = article(name)
    result = run(name, Restater())
    quotes = all_quotes(result)
    assert quotes
    assert all(q in text for q in quotes)
    anchors = [a for i in result.items for a in i.check.anchors]
    assert anchors
    for a in anchors:
        assert a.match is MatchKind.EXACT
        assert a.span is not None and text[a.span.start : a.span.end] == a.quote


@pytest.mark.parametrize("name", SEEDS)
def test_withheld_sentences_are_reported_and_never_sent(name: str) -> None:
    text = article(name)
    provider = Restater()
    result = run(name, provider)
    expected = {(s.start, s.end) for s in segment(text) if s.withheld}
    assert {(w.start, w.end) for w in result.withheld} == expected
    for w in result.withheld:
        assert w.reasons and all(r.code.startswith("withheld_") for r in w.reasons)
        assert text[w.start : w.end] == w.text
    sent = "\n".join(m.content for r in provider.requests for m in r.messages)
    long_withheld = [w.text for w in result.withheld if len(w.text.split()) >= 12]
    assert long_withheld
    assert not [w for w in long_withheld if w in sent]


def test_the_dosing_protocol_sentence_is_withheld_as_dosing() -> None:
    result = run(CLEAN, Restater())
    dosing = [w for w in result.withheld if "200 to 900 mcg" in w.text]
    assert len(dosing) == 1
    assert "withheld_dosing" in {r.code for r in dosing[0].reasons}


@pytest.mark.parametrize("name", SEEDS)
def test_usage_is_the_sum_over_attempts(name: str) -> None:
    provider = Restater()
    result = run(name, provider)
    assert len(result.attempts) == len(provider.requests)
    assert [a.number for a in result.attempts] == list(range(1, len(result.attempts) + 1))
    for field in ("prompt_tokens", "completion_tokens", "total_tokens"):
        assert getattr(result.usage, field) == sum(getattr(a.usage, field) for a in result.attempts)
    assert result.usage.total_tokens == TOKENS.total_tokens * len(provider.requests)


def test_each_item_is_restated_alone_once_when_all_pass() -> None:
    provider = Restater()
    result = run(CLEAN, provider)
    assert result.status is Status.ACCEPTED
    assert result.repairs == []
    assert [a.kind for a in result.attempts] == ["restate"] * len(item_texts(result))
    assert [str(a.item) for a in result.attempts][:2] == ["overview", "claims[0]"]
    for request, quote in zip(provider.requests, all_quotes(result), strict=True):
        assert target_of(request) == quote  # one sentence per call, the one it quotes


def _verbatim_first(sentence: str, seen: int) -> str:
    return sentence if seen == 0 else faithful(sentence)


def test_a_verbatim_copy_is_repaired() -> None:
    provider = Restater(_verbatim_first)
    result = run(CLEAN, provider)
    assert result.status is Status.ACCEPTED
    repairs = [a for a in result.attempts if a.kind == "repair"]
    assert repairs
    assert {str(a.item) for a in repairs} >= {"claims[0]"}
    assert result.summary is not None
    for claim in result.summary.claims:
        assert claim.text != claim.quotes[0]
    for request, attempt in zip(provider.requests, result.attempts, strict=True):
        if attempt.kind == "repair":
            user = request.messages[-1].content
            assert "do not copy the sentence" in user  # the verbatim_copy hint
            assert "copies its quoted sentence" not in user


def _dose_for(first_claim: list[str]) -> Callable[[str, int], str]:
    """Answer the sentence of the second call (claims[0]) with a dose, every time it is asked."""
    calls = [0]

    def answer(sentence: str, seen: int) -> str:
        calls[0] += 1
        if calls[0] == 2:
            first_claim.append(sentence)
        if first_claim and sentence == first_claim[0]:
            return faithful(sentence)[:-1] + "; take 300 mcg daily."
        return faithful(sentence)

    return answer


@pytest.mark.parametrize("name", SEEDS)
def test_a_dose_in_an_answer_is_replaced_or_rejected_never_accepted(name: str) -> None:
    dosed: list[str] = []
    provider = Restater(_dose_for(dosed))
    result = run(name, provider)
    assert dosed, "the second call (claims[0]) was not seen"
    texts = item_texts(result)
    if result.status is Status.ACCEPTED:
        assert not [t for t in texts if DOSE.search(t)]
        replaced = [
            r for r in result.repairs if r.code == "replaced" and str(r.path) == "claims[0]"
        ]
        assert replaced and "dosing_" in replaced[0].message
        assert dosed[0] not in all_quotes(result)
        assert provider.seen[dosed[0]] == 1  # a dose is not reworded: replaced at once
    else:
        codes = {r.code for i in result.items for r in i.issues}
        assert any(c.startswith("dosing_") for c in codes) or not [
            t for t in texts if DOSE.search(t)
        ]


def _sloppy_first(sentence: str, seen: int) -> str:
    """First answer adds a number and words the sentence does not have; then faithful."""
    if seen == 0:
        return faithful(sentence)[:-1] + " in 97 patients who took it for stronger memory."
    return faithful(sentence)


@pytest.mark.parametrize(
    "make",
    [lambda: _sloppy_first, lambda: _verbatim_first, lambda: _dose_for([])],
    ids=["sloppy", "verbatim", "dose"],
)
@pytest.mark.parametrize("name", [CLEAN, "what-is-selank-used-for"])
def test_repair_prompts_carry_hints_never_guard_messages(
    name: str, make: Callable[[], Callable[[str, int], str]]
) -> None:
    provider = Restater(make())
    result = run(name, provider)
    later = [
        request
        for request, attempt in zip(provider.requests, result.attempts, strict=True)
        if attempt.kind in ("repair", "replace")
    ]
    assert later
    messages = {r.message for i in result.items for r in i.issues} | {
        r.message for a in result.attempts for r in a.reasons
    }
    for request in later:
        user = request.messages[-1].content
        assert not [m for m in GUARD_MESSAGES if m in user]
        assert not [m for m in messages if m and m in user]
        assert request.schema is not None and set(request.schema["properties"]) <= {"text", "kind"}


def test_the_sloppy_answer_gets_the_number_hint() -> None:
    provider = Restater(_sloppy_first)
    result = run(CLEAN, provider)
    assert result.status is Status.ACCEPTED
    repairs = [
        r for r, a in zip(provider.requests, result.attempts, strict=True) if a.kind == "repair"
    ]
    assert repairs
    assert all("add none" in r.messages[-1].content for r in repairs)
    assert not [t for t in item_texts(result) if "97" in t]


@pytest.mark.parametrize("fail_on", [1, 3, 7])
def test_a_backend_failure_propagates_with_the_usage_so_far(fail_on: int) -> None:
    provider = Restater(_verbatim_first, fail_on=fail_on)
    summarizer = Summarizer(provider=provider, settings=Settings(mode="evidence"))
    with pytest.raises(BackendUnavailable) as info:
        summarizer.summarize(article(CLEAN), name=CLEAN)
    usage = info.value.context["usage"]
    assert isinstance(usage, Usage)
    assert usage.total_tokens == TOKENS.total_tokens * (fail_on - 1)
    assert info.value.context["model_calls"] == fail_on
    assert len(provider.requests) == fail_on


def test_the_run_is_deterministic() -> None:
    first, second = run(CLEAN, Restater(_sloppy_first)), run(CLEAN, Restater(_sloppy_first))
    assert first.summary == second.summary
    assert [(a.kind, str(a.item)) for a in first.attempts] == [
        (a.kind, str(a.item)) for a in second.attempts
    ]
