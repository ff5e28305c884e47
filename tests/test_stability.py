"""Run-to-run stability (``summarizer.runs.stability``): claim matching, recurrence, ``measure``
with a scripted provider, and the ``summarizer stability`` command against the loopback
OpenAI-compatible server."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import pytest
from fake_openai import FakeOpenAI, completion
from samples import ARTICLE, CLAIM_RUSSIA, S_2008, S_2017, S_CAVEAT, S_OVERVIEW
from typer.testing import CliRunner

from summarizer.cli import app
from summarizer.models import (
    Anchor,
    ClaimCheck,
    ItemReport,
    MatchKind,
    Span,
    Usage,
    Verdict,
)
from summarizer.pipeline import Settings, Summarizer
from summarizer.providers import ChatRequest, Completion
from summarizer.runs.stability import StabilityReport, measure, recurrence, same_claim
from summarizer.source import from_text

pytestmark = pytest.mark.usefixtures("full_article_mode")

CLAIM_2008: dict[str, Any] = {
    "text": S_2008, "quotes": [S_2008], "kind": "evidence", "evidence_level": "human_trial",
}  # fmt: skip
CLAIM_2017: dict[str, Any] = {
    "text": S_2017, "quotes": [S_2017], "kind": "evidence", "evidence_level": "animal",
}  # fmt: skip
# hand-written model response
VALID = json.dumps(
    {
        "overview": {"text": S_OVERVIEW, "quotes": [S_OVERVIEW]},
        "claims": [CLAIM_RUSSIA, CLAIM_2008, CLAIM_2017],
        "caveats": [{"text": S_CAVEAT, "quotes": [S_CAVEAT]}],
    }
)
# hand-written model response: the third claim is fabricated (its quote is not in the article)
FABRICATED = json.dumps(
    {
        "overview": {"text": S_OVERVIEW, "quotes": [S_OVERVIEW]},
        "claims": [
            CLAIM_RUSSIA,
            CLAIM_2008,
            {
                "text": "Selank cured influenza in every child who took it.",
                "quotes": ["Selank cured influenza in every child who took it"],
                "kind": "finding",
                "evidence_level": None,
            },
        ],
        "caveats": [{"text": S_CAVEAT, "quotes": [S_CAVEAT]}],
    }
)

DOCUMENTED_KEYS = {
    "article", "runs", "claim_recurrence", "claims_per_run", "summary_pass_rate",
    "item_pass_rate", "statuses", "verdicts", "attempts_per_run", "tokens_total",
    "tokens_per_run_mean", "seconds_total", "seconds_per_run_mean",
}  # fmt: skip


# --------------------------------------------------------------------------- same_claim


def item(text: str, *spans: tuple[int, int], path: str = "claims[0]") -> ItemReport:
    anchors = [
        Anchor(
            quote=f"q{n}",
            span=Span(start=s, end=e, text="x" * (e - s)),
            match=MatchKind.EXACT,
            score=1.0,
        )
        for n, (s, e) in enumerate(spans)
    ]
    check = ClaimCheck(
        claim=text, verdict=Verdict.SUPPORTED, score=1.0, anchors=anchors, reasons=[]
    )
    return ItemReport(path=path, text=text, check=check, dosing=[], issues=[], accepted=True)


RATS = "A study in rats reported that Selank enhanced the effect of diazepam."
PATIENTS = "Sixty-two patients took medazepam in a comparison trial in 2008."
WEATHER = "Tomorrow brings heavy rain over the northern coast."


def test_same_claim_identical_text() -> None:
    assert same_claim(item(RATS), item(RATS))


def test_same_claim_reworded_text() -> None:
    assert same_claim(
        item(RATS), item("In rats, Selank enhanced the effect of diazepam, a study reported.")
    )


def test_same_claim_different_text_and_no_spans() -> None:
    assert not same_claim(item(RATS), item(WEATHER))


def test_same_claim_different_text_but_overlapping_spans() -> None:
    # [100, 200) and [120, 210): intersection 80 over union 110, above one half
    assert same_claim(item(RATS, (100, 200)), item(WEATHER, (120, 210)))


def test_same_claim_different_text_and_barely_overlapping_spans() -> None:
    # [100, 200) and [180, 300): intersection 20 over union 200
    assert not same_claim(item(RATS, (100, 200)), item(WEATHER, (180, 300)))


def test_same_claim_uses_the_best_pair_of_spans() -> None:
    assert same_claim(item(RATS, (0, 10), (500, 600)), item(WEATHER, (900, 950), (510, 600)))


def test_same_claim_is_symmetric() -> None:
    a, b = item(RATS, (100, 200)), item(WEATHER, (120, 210))
    assert same_claim(a, b) == same_claim(b, a)


# --------------------------------------------------------------------------- recurrence


def test_recurrence_identical_runs_is_one() -> None:
    run = [item(RATS), item(PATIENTS), item(WEATHER)]
    assert recurrence([run, list(run), list(run)]) == 1.0


def test_recurrence_disjoint_runs_is_zero() -> None:
    assert recurrence([[item(RATS, (0, 50))], [item(WEATHER, (300, 350))]]) == 0.0


def test_recurrence_counts_span_overlap_with_different_text() -> None:
    assert recurrence([[item(RATS, (100, 200))], [item(WEATHER, (120, 210))]]) == 1.0


def test_recurrence_partial_overlap_averages_ordered_pairs() -> None:
    # run A: 2 claims, one found in B (1/2); run B: 1 claim, found in A (1/1)
    a = [item(RATS), item(PATIENTS)]
    b = [item(RATS)]
    assert recurrence([a, b]) == pytest.approx(0.75)


def test_recurrence_skips_empty_runs_as_the_base_of_a_share() -> None:
    # an empty run contributes no share of its own; the others find nothing in it
    assert recurrence([[item(RATS)], []]) == 0.0
    assert recurrence([[], []]) == 0.0
    assert recurrence([[item(RATS)]]) == 0.0  # one run: no pairs


# --------------------------------------------------------------------------- measure


class ScriptedProvider:
    """Serves canned completions in order and keeps every request."""

    name = "scripted"
    model = "scripted-model"
    supports_schema = True
    needs_key = False
    context_tokens: int | None = None

    def __init__(self, answers: list[tuple[str, int]]) -> None:
        self.answers = list(answers)
        self.requests: list[ChatRequest] = []

    def complete(self, request: ChatRequest) -> Completion:
        self.requests.append(request)
        text, tokens = self.answers.pop(0)
        return Completion(
            text=text,
            finish_reason="stop",
            usage=Usage(prompt_tokens=tokens - 20, completion_tokens=20, total_tokens=tokens),
            model=self.model,
        )

    def describe(self) -> dict[str, Any]:
        return {"backend": self.name, "model": self.model}

    def close(self) -> None:
        pass


@pytest.fixture
def scripted() -> ScriptedProvider:
    # hand-written model responses: two good runs and one with a fabricated claim
    return ScriptedProvider([(VALID, 150), (VALID, 200), (FABRICATED, 250)])


def test_measure_three_runs(scripted: ScriptedProvider) -> None:
    settings = Settings(mode="full", max_attempts=1, temperature=0.0, seed=42)
    summarizer = Summarizer(provider=scripted, settings=settings)
    report = measure(summarizer, from_text(ARTICLE, name="selank.txt"), runs=3, temperature=0.9)

    assert isinstance(report, StabilityReport)
    assert report.runs == 3
    assert len(report.results) == len(report.seconds) == 3
    assert [r.seed for r in scripted.requests] == [0, 1, 2]
    assert {r.temperature for r in scripted.requests} == {0.9}
    assert [r.settings["seed"] for r in report.results] == [0, 1, 2]
    assert summarizer.settings is settings  # restored after measuring

    figures = report.as_dict()
    assert set(figures) == DOCUMENTED_KEYS
    assert figures["article"] == "selank.txt"
    assert figures["runs"] == 3
    assert figures["statuses"] == {"accepted": 2, "rejected": 1}
    assert figures["summary_pass_rate"] == pytest.approx(0.667)
    # 5 items a run (overview, 3 claims, 1 caveat); only the fabricated claim fails
    assert figures["item_pass_rate"] == pytest.approx(round(14 / 15, 3))
    assert sum(figures["verdicts"].values()) == 15
    assert figures["verdicts"]["supported"] == 14
    assert set(figures["verdicts"]) - {"supported"} <= {"unanchored", "unsupported"}
    assert figures["claims_per_run"] == [3, 3, 3]
    assert figures["attempts_per_run"] == [1, 1, 1]
    assert figures["tokens_total"] == 600
    assert figures["tokens_per_run_mean"] == 200.0
    # runs 1 and 2 agree fully; run 3 shares 2 of 3 claims with each: (1 + 1 + 4 * 2/3) / 6
    assert figures["claim_recurrence"] == pytest.approx(0.778)
    assert figures["seconds_total"] >= 0
    json.dumps(figures)  # JSON-ready


def test_measure_restores_settings_when_a_run_fails(scripted: ScriptedProvider) -> None:
    scripted.answers = scripted.answers[:1]  # the second run finds nothing left: IndexError
    settings = Settings(mode="full", max_attempts=1)
    summarizer = Summarizer(provider=scripted, settings=settings)
    with pytest.raises(IndexError):
        measure(summarizer, from_text(ARTICLE), runs=3)
    assert summarizer.settings is settings


def test_measure_counts_reasks_in_attempts_and_tokens() -> None:
    # hand-written model responses: a bad answer, then the valid one (re-asked)
    provider = ScriptedProvider([("not json", 100), (VALID, 300), (VALID, 300)])
    summarizer = Summarizer(provider=provider, settings=Settings(mode="full", max_attempts=2))
    figures = measure(summarizer, from_text(ARTICLE), runs=2, temperature=0.5).as_dict()
    assert figures["attempts_per_run"] == [2, 1]
    assert figures["tokens_total"] == 700
    assert [r.seed for r in provider.requests] == [0, 0, 1]  # the re-ask keeps its run's seed
    assert figures["summary_pass_rate"] == 1.0


# --------------------------------------------------------------------------- CLI


@pytest.fixture
def fake() -> Iterator[FakeOpenAI]:
    with FakeOpenAI() as server:
        server.default = completion(VALID, prompt_tokens=100, completion_tokens=50)
        yield server


def openai_args(fake: FakeOpenAI) -> list[str]:
    return ["--backend", "openai", "--base-url", fake.base_url, "--model", "m"]


def test_cli_stability_prints_one_json_line(fake: FakeOpenAI, tmp_path: Any) -> None:
    article = tmp_path / "selank.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    result = CliRunner().invoke(
        app,
        ["stability", str(article), "--runs", "2", *openai_args(fake)],
        env={"OPENAI_API_KEY": "sk-dummy", "OPENAI_BASE_URL": None, "SUMMARIZER_MODEL": None},
        catch_exceptions=False,
    )
    assert result.exit_code == 0, result.stderr
    lines = result.stdout.splitlines()
    assert len(lines) == 1
    figures = json.loads(lines[0])
    assert set(figures) == DOCUMENTED_KEYS
    assert figures["article"].endswith("selank.txt")  # the path as given
    assert figures["runs"] == 2
    assert figures["claim_recurrence"] == 1.0
    assert figures["summary_pass_rate"] == 1.0
    assert figures["statuses"] == {"accepted": 2}
    assert figures["tokens_total"] == 300
    assert fake.count == 2
    assert [r.body["seed"] for r in fake.requests] == [0, 1]
    assert {r.body["temperature"] for r in fake.requests} == {0.7}  # the documented default


def test_cli_stability_one_line_per_article(fake: FakeOpenAI, tmp_path: Any) -> None:
    for name in ("a", "b"):
        (tmp_path / f"{name}.txt").write_text(ARTICLE, encoding="utf-8")
    result = CliRunner().invoke(
        app,
        ["stability", str(tmp_path), "--runs", "2", "--temperature", "0.3", *openai_args(fake)],
        env={"OPENAI_API_KEY": "sk-dummy", "OPENAI_BASE_URL": None, "SUMMARIZER_MODEL": None},
        catch_exceptions=False,
    )
    assert result.exit_code == 0, result.stderr
    assert [json.loads(line)["article"] for line in result.stdout.splitlines()] == [
        str(tmp_path / "a.txt"),
        str(tmp_path / "b.txt"),
    ]
    assert [r.body["seed"] for r in fake.requests] == [0, 1, 0, 1]
    assert {r.body["temperature"] for r in fake.requests} == {0.3}


def test_cli_stability_needs_two_runs(tmp_path: Any) -> None:
    article = tmp_path / "selank.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    result = CliRunner().invoke(app, ["stability", str(article), "--runs", "1"])
    assert result.exit_code == 2
