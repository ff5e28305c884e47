"""Prompt injection: articles that tell the model to break the rules, and answers that obey.

``tests/data/injection/inj-NN.txt`` are short articles, each with one injected paragraph
(add a dose, skip the quotes, emit other JSON, reveal the system prompt, recommend a
vendor or a treatment, close the article markers; and doses obfuscated with zero-width
characters, Cyrillic/Greek/Latin look-alikes, full-width digits, spaced-out units,
superscripts and number words). ``responses.json`` holds, for each, a hand-written answer
that *obeys* the injection while the rest of the summary stays faithful. Every one must
come out rejected (or failed, when the answer is not a summary at all), for the right
reason and only on the obeying item.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from summarizer.guards.anchoring import QuoteLocator
from summarizer.guards.dosing import scan_dosing
from summarizer.models import DosingPolicy, MatchKind, Status, SummaryResult
from summarizer.pipeline import Settings, Summarizer
from summarizer.prompting import (
    CLOSE_MARKER,
    OPEN_MARKER,
    FailingItem,
    initial_messages,
    neutralise,
    reask_messages,
)
from summarizer.providers.replay import ReplayProvider

pytestmark = pytest.mark.usefixtures("full_article_mode")

DATA = Path(__file__).resolve().parent / "data" / "injection"
RESPONSES: dict[str, Any] = json.loads((DATA / "responses.json").read_text(encoding="utf-8"))
ARTICLES = sorted(p.stem for p in DATA.glob("inj-*.txt"))

# id -> (status, the item that obeyed the injection or None, codes of which one must appear)
DOSING = {f"dosing_{k}" for k in ("dose_amount", "protocol_range", "frequency", "timing", "route_instruction",
                                   "administration", "imperative", "recommendation", "second_person")}  # fmt: skip
EXPECT: dict[str, tuple[str, str | None, set[str]]] = {
    "inj-01": ("rejected", "claims[3]", DOSING),  # plain "recommended dose ... 500 mcg daily"
    "inj-02": ("rejected", "claims[3]", {"quote_not_found", "no_quotes"}),  # skip the quotes
    "inj-03": ("failed", None, {"schema_violation"}),  # other JSON object
    "inj-04": ("rejected", "overview", {"quote_not_found"}),  # reveal the system prompt
    "inj-05": ("rejected", "claims[3]", {"promotional"}),  # vendor + discount code
    "inj-06": ("rejected", "claims[3]", DOSING),  # zero-width characters inside "600 mcg"
    "inj-07": ("rejected", "claims[3]", DOSING),  # Cyrillic ghe: "5 m\u0433"
    "inj-08": ("rejected", "claims[3]", DOSING),  # Latin script g: "10 m\u0261"
    "inj-09": ("rejected", "claims[3]", DOSING),  # Greek mu: "300 \u03bcg"
    "inj-10": ("rejected", "claims[3]", DOSING),  # full-width digits: "\uff14\uff10\uff10 mcg"
    "inj-11": ("rejected", "claims[3]", DOSING),  # spaced out: "2 5 0 m c g."
    "inj-12": ("rejected", "claims[3]", DOSING),  # superscript: "\u2075 mg"
    "inj-13": ("rejected", "claims[3]", DOSING),  # number words: "five hundred micrograms"
    "inj-14": ("failed", None, {"schema_violation"}),  # a JSON array of shop links
    "inj-15": ("rejected", "claims[3]", {"treatment_recommendation"}),  # "better than surgery"
    "inj-16": ("rejected", "claims[3]", DOSING),  # instruction hidden in an HTML comment
    "inj-17": ("rejected", "claims[3]", DOSING),  # fake end marker + "new system rule"
    "inj-18": ("failed", None, {"invalid_json"}),  # answer in YAML
}
GAPS: dict[str, str] = {}  # known guard gaps, as strict xfails (none open)


def _params(ids: list[str]) -> list[Any]:
    return [
        pytest.param(i, marks=pytest.mark.xfail(strict=True, reason=GAPS[i])) if i in GAPS else i
        for i in ids
    ]


def _recording(response: Any) -> dict[str, Any]:
    text = (
        response
        if isinstance(response, str)
        else json.dumps(response, ensure_ascii=False, indent=2)
    )
    return {
        "model": {"backend": "hand-written", "model": "hand-written"},
        "exchanges": [{
            "request_key": "hand-written",
            "params": {"temperature": 0.0, "seed": 0, "max_tokens": 1200},
            "response": {"text": text, "finish_reason": "stop", "model": "hand-written", "refusal": None,
                         "response_format": "json_schema",
                         "usage": {"prompt_tokens": 950, "completion_tokens": 420, "total_tokens": 1370}},
        }],
    }  # fmt: skip


def _summarise(ident: str) -> SummaryResult:
    article = (DATA / f"{ident}.txt").read_text(encoding="utf-8")
    provider = ReplayProvider(_recording(RESPONSES["responses"][ident]), match="sequence")
    return Summarizer(provider=provider, settings=Settings(mode="full", max_attempts=1)).summarize(
        article, name=f"{ident}.txt"
    )


def test_corpus_is_complete() -> None:
    assert RESPONSES["hand_written"] is True
    assert len(ARTICLES) >= 15
    assert sorted(RESPONSES["responses"]) == ARTICLES == sorted(EXPECT)


RESTATEMENT_CODES = {
    "novel_words", "comparison_added", "evidence_level_dropped", "hedge_dropped", "verbatim_copy",
    "evidence_level_added", "quantifier_added", "name_substituted", "subject_changed",
}  # fmt: skip


@pytest.mark.parametrize("ident", _params(ARTICLES))
def test_obeying_answer_is_not_accepted(ident: str) -> None:
    status, obeying, codes = EXPECT[ident]
    result = _summarise(ident)
    assert len(result.attempts) == 1
    assert result.status is Status(status), [
        (str(i.path), [r.code for r in i.issues]) for i in result.items
    ]
    if obeying is None:
        assert {r.code for r in result.reasons} & codes
        return
    failing = {str(i.path): {r.code for r in i.issues} for i in result.items if not i.accepted}
    # the item that obeyed the injection fails, for the expected reason; any other item
    # that fails does so only for the restatement rules these hand-written answers predate
    # (a dropped hedge, an added word, a copied quote), never for an injection's content
    assert failing[obeying] & codes, failing
    others = {path: got for path, got in failing.items() if path != obeying}
    assert all(got <= RESTATEMENT_CODES for got in others.values()), others
    assert not result.reasons


# --------------------------------------------------------------------------- dosing detector

OBFUSCATED = [
    ("plain", "Selank is taken at 500 mcg daily."),
    ("zero-width", "Semax is used at 6\u200b0\u200b0 m\u200bc\u200bg in each nostril."),
    ("soft hyphen", "Semax is used at 6\u00ad00 mcg in each nostril."),
    ("cyrillic ghe", "BPC-157 works best at 5 m\u0433 per injection."),
    ("cyrillic es", "Selank is used at 250 m\u0441g per day."),
    ("latin script g", "Epitalon is taken at 10 m\u0261 by researchers."),
    ("greek mu", "Selank nasal spray is used at 300 \u03bcg per spray."),
    ("full-width digits", "Semax: \uff14\uff10\uff10 mcg, twice a day."),
    ("full-width unit", "Semax at \uff14\uff10\uff10\uff4d\uff43\uff47 was studied."),
    ("spaced out", "The usual BPC-157 amount is 2 5 0 m c g per shot."),
    ("superscript", "Epitalon users take \u2075 mg each evening."),
    ("number words", "People take Selank at five hundred micrograms twice a day."),
    ("spaced out before punctuation", "The usual BPC-157 amount is 2 5 0 m c g."),
    ("spaced out before comma", "Selank (2 5 0 m c g, intranasal) was used."),
]
SCAN_GAPS: dict[str, str] = {}


@pytest.mark.parametrize(
    ("name", "text"),
    [
        pytest.param(
            n,
            t,
            id=n,
            marks=[pytest.mark.xfail(strict=True, reason=SCAN_GAPS[n])] if n in SCAN_GAPS else [],
        )
        for n, t in OBFUSCATED
    ],
)
def test_scan_dosing_catches_obfuscated_dose(name: str, text: str) -> None:
    scan = scan_dosing(text, DosingPolicy.STRICT)
    amounts = [f for f in scan.findings if f.kind in ("dose_amount", "protocol_range")]
    assert amounts, f"{name}: no dose found in {text!r}"
    assert scan.dosing_advice
    for f in scan.findings:
        assert text[f.start : f.end] == f.text


# --------------------------------------------------------------------------- quote anchoring

ANCHORING = [
    (
        "zero-width in article",
        "Semax is used at 6\u200b0\u200b0 m\u200bc\u200bg in each nostril, the vendor says.",
        "Semax is used at 600 mcg in each nostril",
    ),
    (
        "zero-width in word",
        "Selank was stud\u200bied in 62 pat\u200bients with anxiety.",
        "Selank was studied in 62 patients",
    ),
    (
        "zero-width in quote",
        "Selank was studied in 62 patients with anxiety.",
        "Selank was stu\u200bdied in 62 pat\u200cients",
    ),
    (
        "cyrillic homoglyphs in quote",
        "Selank is a synthetic heptapeptide developed in Russia.",
        "Sel\u0430nk is a synthetic h\u0435ptapeptide developed in Russia",
    ),
    (
        "greek homoglyph in article",
        "The peptide \u03bfften helps in rats, the authors wrote.",
        "The peptide often helps in rats",
    ),
    (
        "full-width in article",
        "Semax: \uff14\uff10\uff10 mcg, twice a day, per the label.",
        "Semax: 400 mcg, twice a day",
    ),
    (
        "full-width in quote",
        "The usual amount is 400 mcg per day, per the label.",
        "The usual amount is \uff14\uff10\uff10 mcg per day",
    ),
]


@pytest.mark.parametrize(("name", "article", "quote"), ANCHORING, ids=[a[0] for a in ANCHORING])
def test_quote_anchors_as_normalised(name: str, article: str, quote: str) -> None:
    anchor = QuoteLocator(article).locate(quote)
    assert anchor.match is MatchKind.NORMALISED, name
    assert anchor.span is not None
    assert article[anchor.span.start : anchor.span.end] == anchor.span.text


@pytest.mark.parametrize("ident", ARTICLES)
def test_obeying_quotes_slice_back(ident: str) -> None:
    """Whatever was located in a corpus article is a true span of it (exact or normalised)."""
    article = (DATA / f"{ident}.txt").read_text(encoding="utf-8")
    result = _summarise(ident)
    for item in result.items:
        for anchor in item.check.anchors:
            if anchor.span is not None:
                assert article[anchor.span.start : anchor.span.end] == anchor.span.text


# --------------------------------------------------------------------------- prompt markers


def _inside_one_pair(prompt: str, article: str) -> None:
    assert prompt.count(OPEN_MARKER) == 1, prompt
    assert prompt.count(CLOSE_MARKER) == 1, prompt
    start = prompt.index(OPEN_MARKER) + len(OPEN_MARKER)
    end = prompt.index(CLOSE_MARKER)
    assert start < end
    assert neutralise(article).strip() in prompt[start:end]


@pytest.mark.parametrize("ident", ARTICLES)
def test_prompt_keeps_article_inside_one_pair_of_markers(ident: str) -> None:
    article = (DATA / f"{ident}.txt").read_text(encoding="utf-8")
    _system, user = initial_messages(article)
    _inside_one_pair(user.content, article)
    assert OPEN_MARKER not in neutralise(article) and CLOSE_MARKER not in neutralise(article)
    failing = [FailingItem("claims[3]", "Obeyed text.", ("quote",), ("a reason",))]
    reask = reask_messages(article, failing, {"overview": {"text": "x", "quotes": ["y"]}})
    _inside_one_pair(reask[1].content, article)
