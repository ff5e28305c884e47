"""Restrictions, evidence words and drug classes the grounder reads (grounding_probe4's tune
half showed each kind missed; the sentences here are new ones in the same style)."""

from __future__ import annotations

import pytest

from summarizer.guards.grounding import Grounder


def reasons(span: str, claim: str) -> list[tuple[str, str]]:
    c = Grounder(span).check(claim, [span])
    return [(r.code, r.message) for r in c.reasons]


STUDIED = (
    "Researchers have examined Semax not only for memory but also for recovery after stroke, "
    "and a small trial reported few adverse events."
)


@pytest.mark.parametrize(
    ("claim", "word"),
    [
        ("Researchers have examined Semax only for memory.", "only"),
        ("Researchers have examined Semax solely for recovery after stroke.", "solely"),
        ("A small trial reported adverse events only in older patients.", "only"),
    ],
)
def test_a_restriction_the_span_never_makes_is_rejected(claim: str, word: str) -> None:
    got = reasons(STUDIED, claim)
    assert any(code == "antonym" and repr(word) in msg for code, msg in got), got


@pytest.mark.parametrize(
    "claim",
    [
        "Researchers have examined Semax not only for memory but also for stroke recovery.",
        # "only a few" restates the span's "few"
        "A small trial reported only a few adverse events.",
    ],
)
def test_the_spans_own_scope_is_kept(claim: str) -> None:
    assert reasons(STUDIED, claim) == []


def test_only_a_few_where_the_span_says_nothing_of_few_is_rejected() -> None:
    span = "Patients describe less tension and better sleep after two weeks."
    got = reasons(span, "Only a few patients describe less tension after two weeks.")
    assert any("'only'" in msg for _, msg in got), got


def test_a_dropped_likely_is_a_dropped_hedge() -> None:
    span = "Oral dosing would likely lose most of the peptide to gut enzymes."
    got = reasons(span, "Oral dosing loses most of the peptide to gut enzymes.")
    assert any(code == "hedge_flip" and "'likely'" in msg for code, msg in got), got
    assert reasons(span, "Oral dosing likely loses most of the peptide to gut enzymes.") == []


@pytest.mark.parametrize(
    ("span", "claim"),
    [
        # trials are about people: animals, or users' reports, are another level of evidence
        (
            "Two trials describe better attention in adults with fatigue.",
            "Two animal studies describe better attention with fatigue.",
        ),
        (
            "Users describe better attention and less fatigue.",
            "Clinical trials describe better attention and less fatigue.",
        ),
        # a trial in mice does not speak for humans
        (
            "A four-week trial in mice found lower anxiety scores.",
            "A four-week trial in humans found lower anxiety scores.",
        ),
    ],
)
def test_trials_and_users_are_levels_of_evidence(span: str, claim: str) -> None:
    got = reasons(span, claim)
    assert any(code == "evidence_level" for code, _ in got), got


@pytest.mark.parametrize(
    "claim",
    [
        "Two trials describe better attention in patients with fatigue.",
        "Two studies describe better attention in adults with fatigue.",
    ],
)
def test_a_trial_in_people_licenses_patients_and_studies(claim: str) -> None:
    span = "Two trials describe better attention in adults with fatigue."
    assert not [m for code, m in reasons(span, claim) if code == "evidence_level"]


def test_a_drug_for_a_named_class_of_drugs_is_a_swap() -> None:
    span = "Its effect was similar to benzodiazepine treatment over two weeks."
    got = reasons(span, "Its effect was similar to buspirone treatment over two weeks.")
    assert any(code == "substitution" and "another drug" in msg for code, msg in got), got


def test_a_class_for_the_drug_it_contains_generalises() -> None:
    span = "Selank strengthened the calming effect of diazepam in stressed rats."
    assert reasons(span, "Selank strengthened the calming effect of a benzodiazepine in stressed rats.") == []


@pytest.mark.parametrize(
    ("span", "claim"),
    [
        (
            "It acts partly by inhibiting the breakdown of enkephalins.",
            "It acts partly by accelerating the breakdown of enkephalins.",
        ),
        (
            "Rats dosed for a month showed sustained anxiolytic effects.",
            "Rats dosed for a month showed declining anxiolytic effects.",
        ),
        (
            "The peptide is discussed for stress resilience in rodents.",
            "The peptide is discussed for stress vulnerability in rodents.",
        ),
    ],
)
def test_domain_opposites(span: str, claim: str) -> None:
    got = reasons(span, claim)
    assert any(code == "antonym" for code, _ in got), got


def test_a_percentage_swapped_beside_the_same_word_is_rejected() -> None:
    """The span's other "30" (a 30-minute call) does not license a 30 % discount."""
    span = (
        "Order within 10 days and receive a 20% discount for the first six months. "
        "Book a 30-minute call with us."
    )
    claim = "Ordering within 10 days gives a 30% discount for the first six months."
    got = reasons(span, claim)
    assert any(code == "number_missing" and "20 % discount" in msg for code, msg in got), got
    assert reasons(span, "Ordering within 10 days gives a 20% discount for six months.") == []


@pytest.mark.parametrize(
    ("claim", "said"),
    [
        ("Plan B offers limited coverage for the home.", "comprehensive"),
        ("The tool helps farmers reach the limited potential of their land.", "full"),
    ],
)
def test_limited_for_full_or_comprehensive_is_rejected(claim: str, said: str) -> None:
    span = "Plan B offers comprehensive coverage for the home. The tool helps farmers reach the full potential of their land."
    got = reasons(span, claim)
    assert any(code == "antonym" and repr(said) in msg for code, msg in got), got


def test_a_dropped_possible_is_a_dropped_hedge() -> None:
    span = "The reports describe possible relief from tension and better sleep."
    got = reasons(span, "The reports describe relief from tension and better sleep.")
    assert any(code == "hedge_flip" and "'possible'" in msg for code, msg in got), got


def test_rather_than_keeps_what_the_span_denies_denied() -> None:
    """The claim's "rather than broadly suppressing" restates the span's "not suppressing ...
    broadly, but rather": neither a dropped negation nor, for the moved adverb, a role swap."""
    span = (
        "The study showed that Selank modulates several cytokines, not suppressing immune "
        "function broadly, but rather shifting the balance of inflammatory signaling."
    )
    claim = (
        "The study showed that Selank modulates several cytokines, rebalancing inflammatory "
        "signaling rather than broadly suppressing immune function."
    )
    assert reasons(span, claim) == []
    stated = "The study showed that Selank modulates several cytokines, broadly suppressing immune function."
    got = reasons(span, stated)
    assert any(code == "negation_flip" for code, _ in got), got


def test_what_the_span_sets_aside_with_rather_than_is_denied() -> None:
    span = "The report is observational rather than randomized, and its finding is consistent."
    got = reasons(span, "The report is randomized rather than observational.")
    assert any(code == "negation_flip" and "random" in msg for code, msg in got), got
    assert reasons(span, "The report is observational rather than randomized.") == []
    assert reasons(span, "The report is observational, not randomized.") == []


def test_human_serum_is_a_sample_not_people() -> None:
    span = "Kost and colleagues reported that Selank inhibits two enzymes in human serum."
    got = reasons(span, "Kost and colleagues reported that Selank inhibits two enzymes in patients.")
    assert any(code == "evidence_level" for code, _ in got), got
    assert reasons(span, "Kost and colleagues reported that Selank inhibits two enzymes in human serum.") == []


@pytest.mark.parametrize(
    ("span", "claim", "said"),
    [
        (
            "Semax also modulates dopaminergic and serotonergic signaling in the brain.",
            "Semax also modulates dopaminergic and cholinergic signaling in the brain.",
            "cholinergic",
        ),
        (
            "Enkephalins are short opioid peptides that modulate pain and stress.",
            "Enkephalins are short cannabinoid peptides that modulate pain and stress.",
            "cannabinoid",
        ),
    ],
)
def test_a_technical_term_for_another_of_its_kind_is_rejected(span: str, claim: str, said: str) -> None:
    got = reasons(span, claim)
    assert any(code == "substitution" and repr(said) in msg for code, msg in got), got


def test_a_verb_is_not_read_as_a_typed_noun() -> None:
    """"serve" and "produces" have food senses as nouns; after "that"/"which" they are verbs."""
    span = "These subtypes sit in brain regions which produces different functions."
    claim = "These subtypes sit in brain regions that serve different functions."
    assert not [m for code, m in reasons(span, claim) if "another food" in m]


@pytest.mark.parametrize(
    ("span", "claim", "word"),
    [
        (
            "The proposed mechanism for Selank centers on its origin as a tuftsin analogue.",
            "The established mechanism for Selank centers on its origin as a tuftsin analogue.",
            "established",
        ),
        (
            "Licensed physicians decide whether it is appropriate for a given individual.",
            "Licensed physicians guarantee it is appropriate for a given individual.",
            "guarantee",
        ),
    ],
)
def test_certainty_added_to_a_proposal_is_rejected(span: str, claim: str, word: str) -> None:
    got = reasons(span, claim)
    assert any(code == "hedge_flip" and repr(word) in msg for code, msg in got), got


def test_veterinary_use_is_use_in_animals() -> None:
    span = "It is not approved by any regulator for any human or veterinary therapeutic use."
    claim = "No regulator has approved it for any therapeutic use in humans or animals."
    assert not [m for code, m in reasons(span, claim) if code == "evidence_level"]


def test_a_possessive_restates_an_of_phrase() -> None:
    span = "Selank was designed at the Institute of Molecular Genetics of the Russian Academy of Sciences."
    claim = "Selank was designed at the Russian Academy of Sciences' Institute of Molecular Genetics."
    assert not [m for code, m in reasons(span, claim) if "other way round" in m]
    # without a possessive, the same reversal is still a swap of roles
    got = reasons(
        "Selank strengthened the calming effect of diazepam in stressed rats.",
        "Diazepam strengthened the calming effect of Selank in stressed rats.",
    )
    assert got


def test_human_cells_are_a_sample_and_users_are_people() -> None:
    span = "Embryonic stem cells can differentiate in vitro into derivatives of all three germ layers."
    claim = "Human embryonic stem cells give rise to derivatives of all three germ layers."
    assert not [m for code, m in reasons(span, claim) if code == "evidence_level"]
    span = "Diagnosis was five times more likely among ever-users of e-cigarettes."
    claim = "Diagnosis was five times more likely among adults who used e-cigarettes."
    assert not [m for code, m in reasons(span, claim) if code == "evidence_level"]


def test_all_generalising_where_the_span_names_no_whole_is_rejected() -> None:
    span = "Its activity is comparable to benzodiazepines in the specific indications studied."
    got = reasons(span, "Its activity is comparable to benzodiazepines across all anxiety disorders.")
    assert any(code == "antonym" and "'all'" in msg for code, msg in got), got
    # "all" floated after its verb sums up the span's own list
    span = "Enkephalins have roles in stress reactivity, affective tone and pain."
    claim = "Stress reactivity, affective tone and pain are all areas where enkephalins have roles."
    assert not [m for _, m in reasons(span, claim) if "'all'" in m]
