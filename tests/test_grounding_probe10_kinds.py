"""Faithful summary sentences the grounder used to reject, and changes it used to miss, in the
style of a small model's summary (grounding_probe10's tune half, read blind first, session 22).
The sentences here are new ones in that style."""

from __future__ import annotations

import pytest

from summarizer.guards.grounding import Grounder, topic_name

ARTICLE = (
    "Selank is a synthetic peptide studied in Russia. Researchers describe Selank as a "
    "tuftsin analogue. Early reports on Selank are small. Work on Selank continues in "
    "several groups. Reviews of Selank stress its short half-life, as do notes on Selank. "
    "The intranasal route provides rapid onset, with effects seen within 10-15 minutes in "
    "behavioral studies. Trials report an anxiolytic effect comparable to medazepam."
)
ROUTE = "The intranasal route provides rapid onset, with effects seen within 10-15 minutes in behavioral studies."
TRIALS = "Trials report an anxiolytic effect comparable to medazepam."


def reasons(claim: str, quote: str, article: str = ARTICLE) -> list[tuple[str, str]]:
    return [(r.code, r.message) for r in Grounder(article).check(claim, [quote]).reasons]


def test_the_topic_is_the_name_a_source_uses_most() -> None:
    assert topic_name(ARTICLE) == "Selank"
    # two names about as often: no single topic
    assert topic_name("It cites Selank and Semax. " * 3 + "Then Selank, then Semax. " * 3) is None


def test_a_claim_may_name_the_topic_its_quote_leaves_unsaid() -> None:
    claim = "Intranasal Selank acts fast, with effects seen within 10-15 minutes in behavioral studies."
    assert reasons(claim, ROUTE) == []


def test_another_name_is_still_checked_in_the_quote() -> None:
    claim = "Intranasal Semax acts fast, with effects seen within 10-15 minutes in behavioral studies."
    assert any(c == "entity_missing" and "Semax" in m for c, m in reasons(claim, ROUTE))


def test_anti_for_a_lytic_word_is_no_negation() -> None:
    assert reasons("Trials report an anti-anxiety effect comparable to medazepam.", TRIALS) == []


@pytest.mark.parametrize(
    ("claim", "code", "word"),
    [
        ("Intranasal Selank acts fast, with effects seen within 10-15 seconds in behavioral studies.", "unit_missing", "second"),
        ("Trials report an anxiolytic effect comparable to diazepam.", "entity_missing", "diazepam"),
    ],
    ids=["seconds-for-minutes", "lower-case-drug"],
)
def test_a_changed_unit_or_drug_is_named(claim: str, code: str, word: str) -> None:
    quote = ROUTE if "intranasal" in claim.lower() else TRIALS
    got = reasons(claim, quote)
    assert any(c == code and word in m for c, m in got), got


def test_second_as_an_ordinal_is_not_a_unit() -> None:
    span = "A second trial reported an anxiolytic effect comparable to medazepam."
    assert reasons("A second trial found an anxiolytic effect comparable to medazepam.", span, span) == []
