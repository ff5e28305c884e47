"""Tests for summarizer.guards.grounding: verdicts from anchors and support checks."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from summarizer.guards.grounding import Grounder, GroundingConfig, check_claims
from summarizer.models import ClaimCheck, Verdict

ARTICLE = (
    "Selank is a synthetic heptapeptide developed at the Institute of Molecular Genetics.\n\n"
    "This is the same broad pathway that benzodiazepines act on, though the binding appears "
    "to work differently, which the authors suggest may explain why Selank does not carry "
    "the same dependence and sedation profile as those drugs.\n"
    "In one trial, 62 patients with generalized anxiety disorder were randomised in 2008 "
    "and Selank was comparable to medazepam in reducing anxiety.\n"
    "Oral delivery would likely result in significant degradation by digestive enzymes."
)


def assert_spans_ok(article: str, check: ClaimCheck) -> None:
    for a in check.anchors:
        if a.span is not None:
            assert article[a.span.start : a.span.end] == a.span.text
    assert 0.0 <= check.score <= 1.0


@pytest.fixture(scope="module")
def grounder() -> Grounder:
    return Grounder(ARTICLE)


@pytest.mark.parametrize(
    ("claim", "quotes"),
    [
        (
            "In a trial of 62 patients with generalized anxiety disorder, Selank was comparable "
            "to medazepam.",
            ["In one trial, 62 patients with generalized anxiety disorder were randomised"],
        ),
        (
            "Selank may not carry the dependence and sedation profile of benzodiazepines.",
            ["\u201cwhich the authors suggest may explain why Selank does not carry\u201d"],
        ),
        (
            "Selank was developed at the Institute of Molecular Genetics.",
            ["Selank is a synthetic heptapeptide developed at the Institute of Molecular Genetics"],
        ),
    ],
)
def test_supported(grounder: Grounder, claim: str, quotes: list[str]) -> None:
    c = grounder.check(claim, quotes)
    assert c.verdict is Verdict.SUPPORTED, c.reasons
    assert c.supported and c.score >= 0.5
    assert_spans_ok(ARTICLE, c)


@pytest.mark.parametrize(
    ("claim", "quotes", "code"),
    [
        (
            "60 patients were randomised in 2008.",
            ["62 patients with generalized"],
            "number_missing",
        ),
        (
            "Selank carries the same dependence and sedation profile as benzodiazepines.",
            ["Selank does not carry the same dependence"],
            "negation_flip",
        ),
        (
            "The authors proved that Selank does not carry the same dependence.",
            ["the authors suggest may explain why Selank does not carry"],
            "hedge_flip",
        ),
        (
            "Selank was superior to medazepam in reducing anxiety.",
            ["Selank was comparable to medazepam in reducing anxiety"],
            "direction_flip",
        ),
        (
            "Selank was comparable to diazepam in a Harvard study.",
            ["Selank was comparable to medazepam in reducing anxiety"],
            "entity_missing",
        ),
    ],
)
def test_unsupported(grounder: Grounder, claim: str, quotes: list[str], code: str) -> None:
    c = grounder.check(claim, quotes)
    assert c.verdict is Verdict.UNSUPPORTED
    assert code in {r.code for r in c.reasons}, c.reasons
    assert c.score < 0.5
    assert_spans_ok(ARTICLE, c)


@pytest.mark.parametrize(
    "quotes",
    [
        [],
        ["Selank cured anxiety in all patients within a single week"],
        ["Selank is a synthetic heptapeptide", "an invented quote that is not in the article"],
    ],
)
def test_unanchored_fails_closed(grounder: Grounder, quotes: list[str]) -> None:
    c = grounder.check("Selank is a synthetic heptapeptide.", quotes)
    assert c.verdict is Verdict.UNANCHORED
    assert {r.code for r in c.reasons} <= {"no_quotes", "quote_not_found"}
    assert c.reasons and c.score < 0.5


def test_self_anchoring(grounder: Grounder) -> None:
    ok = grounder.check("Selank was comparable to medazepam for generalized anxiety.", None)
    assert ok.verdict is Verdict.SUPPORTED
    assert ok.anchors and all(a.span is not None for a in ok.anchors)
    assert_spans_ok(ARTICLE, ok)
    bad = grounder.check("Selank was tested in 80 patients with anxiety.", None)
    assert bad.verdict is Verdict.UNSUPPORTED
    none = grounder.check("Quarterly revenue of the bakery grew in Paris.", None)
    assert none.verdict is Verdict.UNANCHORED


def test_check_claims_accepts_all_input_shapes() -> None:
    out = check_claims(
        ARTICLE,
        [
            "Selank is a synthetic heptapeptide.",
            ("Selank is a synthetic heptapeptide.", ["Selank is a synthetic heptapeptide"]),
            {"text": "Selank is a synthetic heptapeptide.", "quotes": []},
        ],
    )
    assert [c.verdict for c in out] == [Verdict.SUPPORTED, Verdict.SUPPORTED, Verdict.UNANCHORED]


def test_config_switches_checks_off() -> None:
    g = Grounder(ARTICLE, GroundingConfig(checks=frozenset()))
    c = g.check("60 patients were randomised.", ["62 patients with generalized"])
    assert c.verdict is Verdict.SUPPORTED


@settings(max_examples=80, deadline=None)
@given(st.text(max_size=200), st.text(max_size=100), st.lists(st.text(max_size=60), max_size=3))
def test_random_inputs_never_crash(article: str, claim: str, quotes: list[str]) -> None:
    g = Grounder(article)
    for q in (quotes, None):
        c = g.check(claim, q)
        assert_spans_ok(article, c)
