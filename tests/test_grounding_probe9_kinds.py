"""Faithful restatements the grounder used to reject, and changes it used to miss.

The kinds came from grounding_probe9's tune half (read blind first, session 22); the sentences
here are new ones in the same style. ``KEPT`` rows must pass entirely; ``REJECTED`` rows must get
the code and a word of the message, with the span as the quote and with no quote.
"""

from __future__ import annotations

import pytest

from summarizer.guards.grounding import Grounder
from summarizer.guards.measures import measure_swap
from summarizer.guards.text import tokens


def reasons(span: str, claim: str, quoted: bool = True) -> list[tuple[str, str]]:
    c = Grounder(span).check(claim, [span] if quoted else None)
    return [(r.code, r.message) for r in c.reasons]


ONSET = (
    "The usual vial holds 5 mg, with 10 mg vials used in a few protocols. Effects are "
    "generally seen within 20-30 minutes in behavioral studies and last several hours."
)

#: (id, span, claim)
KEPT = [
    ("looks-for-appears", "The tolerability, on current data, appears good.", "On current data, the tolerability looks good."),
    ("seemingly-for-appears", "Selank appears not to bind the receptor directly.", "Selank seemingly does not bind the receptor directly."),
    ("negated-hardener", "The animal work hints at a human effect without establishing the same effect in people.", "The animal work hints at a human effect but does not establish the same effect in people."),
    ("lacks-a-profile", "This may be why Selank does not carry the same sedation and dependence burden.", "This may be why Selank lacks those drugs' sedation and dependence burden."),
    ("neither-nor", "Registry A and registry B do not list any completed Phase 3 trials of Selank.", "Neither registry A nor registry B lists any completed Phase 3 trials of Selank."),
    ("same-amounts", ONSET, "The usual vial holds 5 mg, and effects are generally seen within 20-30 minutes in behavioral studies."),
    ("a-study-year-is-not-a-unit", "A 2015 rat study found lower anxiety scores with Selank.", "A 2015 study in rats found lower anxiety scores with Selank."),
]

#: (id, span, claim, code, word of the message)
REJECTED = [
    ("range-changed", ONSET, "Effects are generally seen within 10-20 minutes in behavioral studies and last several hours.", "number_missing", "10-20 minutes"),
    ("amount-moved-to-another-unit", ONSET, "The usual vial holds 5 mg, with 30 mg vials used in a few protocols.", "number_missing", "30 mg"),
    ("trials-for-studies", ONSET, "Effects are generally seen within 20-30 minutes in clinical trials and last several hours.", "evidence_level", "clinical"),
    ("rats-added", "Research suggests Selank protects memory during alcohol withdrawal.", "Research in rats suggests Selank protects memory during alcohol withdrawal.", "evidence_level", "rats"),
    ("suggested-that-added", "A 2012 study showed that chronic Selank use did not produce tolerance.", "A 2012 study suggested that chronic Selank use did not produce tolerance.", "hedge_flip", "suggested"),
    ("thought-to-added", "Selank is a stabilised analogue of tuftsin.", "Selank is thought to be a stabilised analogue of tuftsin.", "hedge_flip", "thought"),
]


@pytest.mark.parametrize("quoted", [True, False], ids=["quote", "search"])
@pytest.mark.parametrize(("case", "span", "claim"), KEPT, ids=[r[0] for r in KEPT])
def test_faithful_wordings_are_kept(case: str, span: str, claim: str, quoted: bool) -> None:
    assert reasons(span, claim, quoted) == []


@pytest.mark.parametrize("quoted", [True, False], ids=["quote", "search"])
@pytest.mark.parametrize(
    ("case", "span", "claim", "code", "word"), REJECTED, ids=[r[0] for r in REJECTED]
)
def test_changed_details_are_rejected_and_named(
    case: str, span: str, claim: str, code: str, word: str, quoted: bool
) -> None:
    got = reasons(span, claim, quoted)
    assert any(c == code and word in m for c, m in got), got


def test_a_range_and_its_unit_must_both_be_the_spans() -> None:
    span = tokens("Doses of 2-4 mg were used for 6-8 weeks.")
    assert measure_swap(tokens("Doses of 2-4 mg were used for 6-8 weeks."), span) is None
    r = measure_swap(tokens("Doses of 2-4 mg were used for 4-6 weeks."), span)
    assert r is not None and "4-6 weeks" in r.message and "6-8 weeks" in r.message
    # a number inside a name is not an amount ("SK11 10 mg" is the product SK11)
    assert measure_swap(tokens("The SK11 10 mg vial."), tokens("The SK11 vial holds 10 mg.")) is None
