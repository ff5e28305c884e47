"""Faithful restatements the grounder used to reject, and changes it used to miss.

The kinds came from grounding_probe6's tune half (read blind first; the dash from
grounding_probe5); the sentences here are
new ones in the same style. ``KEPT`` rows must pass entirely; ``REJECTED`` rows must get the
code and a word of the message.
"""

from __future__ import annotations

import pytest

from summarizer.guards.grounding import Grounder


def reasons(span: str, claim: str, quoted: bool = True) -> list[tuple[str, str]]:
    c = Grounder(span).check(claim, [span] if quoted else None)
    return [(r.code, r.message) for r in c.reasons]


#: (id, span, claim)
KEPT = [
    # "the two" for "both"
    ("two-for-both", "Both compounds reach higher BDNF levels by different routes.", "The two compounds reach higher BDNF levels by different routes."),
    # an English word opening the claim is not a name ("Possible", "Put")
    ("possible-at-start", "Reported side effects of the spray include mild headaches that are possible in the first week.", "Possible side effects of the spray include mild headaches in the first week."),
    ("put-at-start", "Selank calms and Semax activates, put most simply.", "Put most simply, Selank calms and Semax activates."),
    # a country for its people's word
    ("country-for-demonym", "Selank was studied as an anxiolytic in Russian clinical settings.", "Selank was studied as an anxiolytic in clinical settings in Russia."),
    # a symmetric relation read from the other end
    ("symmetric-relation", "Low BDNF levels are associated with depression and cognitive decline.", "Depression and cognitive decline have been linked to low BDNF levels."),
    # a hardener inside a condition claims nothing
    ("conditional-prove", "If the divergence is real, it says something about GABA-A pharmacology.", "Should the divergence prove real, it would say something about GABA-A pharmacology."),
    # a negation's scope ends at a spaced dash or a semicolon (noted in the last round's probe5)
    ("dash-ends-negation", "In the open-field test the effect is not subtle — Selank-treated rats explore the centre far more often.", "Selank-treated rats explore the centre far more often in the open-field test."),
    ("semicolon-ends-negation", "The change is not small; treated rats explore the centre far more often.", "Treated rats explore the centre far more often."),
    ("subjects-keep-predicates", "In the rat studies, Selank lowered anxiety, Semax improved memory.", "In the rat studies Selank lowered anxiety and Semax improved memory."),
    ("studied-kept", "Because it is a peptide analogue, researchers have studied Semax for its effects on memory and attention.", "Researchers have studied Semax, a peptide analogue, for its effects on memory and attention."),
    ("studies-as-noun", "Clinical studies of Semax report effects on memory and attention.", "Semax has effects on memory and attention in clinical studies."),
    # "seems" keeps the span's "appears"
    ("seems-for-appears", "Selank appears to modulate GABA-A receptors without binding the benzodiazepine site.", "Selank seems to modulate GABA-A receptors without binding the benzodiazepine site."),
]

#: (id, span, claim, code, text the message must hold)
REJECTED = [
    ("subjects-trade-predicates", "In the rat studies, Selank lowered anxiety, Semax improved memory.", "In the rat studies, Semax lowered anxiety and Selank improved memory.", "substitution", "trade places"),
    # the thing studied made the one who studies (the recorded evidence-tiers overview)
    ("studied-made-studier", "Because it is a peptide analogue, researchers have studied Semax for its effects on memory and attention.", "Semax is a peptide analogue that studies effects on memory and attention.", "substitution", "the one that studies"),
    ("studied-made-studier-apposition", "Because it is a peptide analogue, researchers have studied Semax for its effects on memory and attention.", "Semax, a peptide analogue, studies effects on memory and attention.", "substitution", "the one that studies"),
    ("association-as-cause", "Low BDNF levels are associated with depression and cognitive decline.", "Low BDNF levels cause depression and cognitive decline.", "hedge_flip", "association"),
    (
        "hedged-first-clause-dropped",
        "Second, the tail appears to add its own activity, as this sequence has independent immune and neuroprotective properties documented in the literature.",
        "The tail adds its own activity, as this sequence has independent immune and neuroprotective properties documented in the literature.",
        "hedge_flip",
        "'appears'",
    ),
]


@pytest.mark.parametrize("quoted", [True, False], ids=["quote", "search"])
@pytest.mark.parametrize(("case", "span", "claim"), KEPT, ids=[r[0] for r in KEPT])
def test_faithful_restatement_is_kept(case: str, span: str, claim: str, quoted: bool) -> None:
    assert reasons(span, claim, quoted) == []


@pytest.mark.parametrize("quoted", [True, False], ids=["quote", "search"])
@pytest.mark.parametrize(("case", "span", "claim", "code", "text"), REJECTED, ids=[r[0] for r in REJECTED])
def test_hardening_is_rejected(case: str, span: str, claim: str, code: str, text: str, quoted: bool) -> None:
    got = reasons(span, claim, quoted)
    assert any(c == code and text in m for c, m in got), got
