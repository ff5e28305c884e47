"""Tests for summarizer.guards.support: deterministic claim-vs-context checks."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from summarizer.guards.support import GroundingCode, check_support, content_stems, sentence_spans

CTX = (
    "In one trial, sixty-two patients with generalized anxiety disorder received Selank "
    "at 1,500 mcg per day for 14 days in 2008. Selank does not appear to bind GABA-A "
    "receptors directly. The results suggest Selank may reduce anxiety, and the effect was "
    "comparable to medazepam in the Zozulia study published in the Bulletin of "
    "Experimental Biology and Medicine. Anxiety scores decreased in the Selank group."
)


def codes(claim: str, context: str = CTX) -> set[str]:
    return {r.code for r in check_support(claim, context).reasons}


@pytest.mark.parametrize(
    "claim",
    [
        "62 patients with generalized anxiety disorder received Selank in 2008.",
        "Patients received 1500 mcg of Selank per day for fourteen days.",
        "Selank does not appear to bind GABA-A receptors directly.",
        "The results suggest Selank may reduce anxiety.",
        "The effect of Selank was comparable to medazepam in the Zozulia study.",
        "Anxiety scores decreased in the Selank group.",
    ],
)
def test_supported_claims_pass(claim: str) -> None:
    res = check_support(claim, CTX)
    assert res.ok, res.reasons
    assert 0.0 <= res.coverage <= 1.0


@pytest.mark.parametrize(
    ("claim", "code"),
    [
        ("60 patients with generalized anxiety disorder received Selank.", "number_missing"),
        ("Selank was given for 14 days in 2009.", "number_missing"),
        ("Patients received 1500 mg of Selank per day.", "unit_missing"),
        ("The effect was comparable to diazepam in the Seredenin study.", "entity_missing"),
        ("Selank was studied by the FDA.", "entity_missing"),
        ("Selank binds GABA-A receptors directly.", "negation_flip"),
        ("Patients with generalized anxiety disorder did not receive Selank.", "negation_flip"),
        ("The results prove Selank cures anxiety.", "hedge_flip"),
        ("Anxiety scores increased in the Selank group.", "direction_flip"),
        ("The effect was superior to medazepam.", "direction_flip"),
        ("Selank improves memory, sleep quality and appetite in healthy athletes.", "low_coverage"),
    ],
)
def test_each_rule_fires(claim: str, code: str) -> None:
    assert code in codes(claim), check_support(claim, CTX).reasons


def test_reason_messages_are_readable() -> None:
    res = check_support("60 patients received Selank.", CTX)
    msg = [r.message for r in res.reasons if r.code == GroundingCode.NUMBER_MISSING]
    assert msg == ["the number 60 is not in the quoted span"]


def test_antonym_prefix_is_a_negation_flip() -> None:
    ctx = "The package includes professional installation."
    assert "negation_flip" in codes("The package includes unprofessional installation.", ctx)


def test_checks_can_be_switched_off() -> None:
    res = check_support("60 patients received Selank.", CTX, checks=frozenset({"coverage"}))
    assert res.ok


def test_entity_context_is_used_for_names() -> None:
    res = check_support("Selank was studied by Zozulia.", "Selank was studied.", entity_context=CTX)
    assert res.ok


def test_sentence_spans_and_stems() -> None:
    text = "First one here. Second one! Third?\n\n- bullet"
    spans = sentence_spans(text)
    assert [text[a:b] for a, b in spans] == ["First one here.", "Second one!", "Third?", "- bullet"]
    assert "studi" in content_stems("studies")


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=200), st.text(max_size=300))
def test_random_text_never_crashes(claim: str, context: str) -> None:
    res = check_support(claim, context)
    assert 0.0 <= res.coverage <= 1.0
    for a, b in sentence_spans(context):
        assert 0 <= a <= b <= len(context)
