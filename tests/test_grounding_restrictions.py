"""Restrictions, hedges, evidence words, drug classes and technical terms the grounder reads.

The kinds came from the tune halves of grounding_probe4 and grounding_probe5 (and dev-1 for
percentages and "limited"); the sentences here are new ones in the same style. Each row of
``REJECTED`` is a one-detail change with the code and a word of the message it must get;
each row of ``KEPT`` is a faithful restatement that must pass, entirely (``None``) or at
least without the named code or message.
"""

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
TRIALS = "Two trials describe better attention in adults with fatigue."
DISCOUNT = (
    "Order within 10 days and receive a 20% discount for the first six months. "
    "Book a 30-minute call with us."
)
PLANS = (
    "Plan B offers comprehensive coverage for the home. The tool helps farmers reach the full "
    "potential of their land."
)
CYTOKINES = (
    "The study showed that Selank modulates several cytokines, not suppressing immune "
    "function broadly, but rather shifting the balance of inflammatory signaling."
)
OBSERVATIONAL = "The report is observational rather than randomized, and its finding is consistent."
SERUM = "Kost and colleagues reported that Selank inhibits two enzymes in human serum."
INSTITUTE = (
    "Selank was designed at the Institute of Molecular Genetics of the Russian Academy of Sciences."
)
DIAZEPAM = "Selank strengthened the calming effect of diazepam in stressed rats."

#: (id, span, claim, code the claim must get, text its message must hold or None)
REJECTED = [
    # a restriction the span never makes
    ("only", STUDIED, "Researchers have examined Semax only for memory.", "antonym", "'only'"),
    ("solely", STUDIED, "Researchers have examined Semax solely for recovery after stroke.", "antonym", "'solely'"),
    ("only-in", STUDIED, "A small trial reported adverse events only in older patients.", "antonym", "'only'"),
    (
        "only-a-few-unlicensed",
        "Patients describe less tension and better sleep after two weeks.",
        "Only a few patients describe less tension after two weeks.",
        "antonym",
        "'only'",
    ),
    (
        "all-generalising",
        "Its activity is comparable to benzodiazepines in the specific indications studied.",
        "Its activity is comparable to benzodiazepines across all anxiety disorders.",
        "antonym",
        "'all'",
    ),
    # hedges dropped, certainty added
    (
        "likely-dropped",
        "Oral dosing would likely lose most of the peptide to gut enzymes.",
        "Oral dosing loses most of the peptide to gut enzymes.",
        "hedge_flip",
        "'likely'",
    ),
    (
        "possible-dropped",
        "The reports describe possible relief from tension and better sleep.",
        "The reports describe relief from tension and better sleep.",
        "hedge_flip",
        "'possible'",
    ),
    (
        "proposed-to-established",
        "The proposed mechanism for Selank centers on its origin as a tuftsin analogue.",
        "The established mechanism for Selank centers on its origin as a tuftsin analogue.",
        "hedge_flip",
        "'established'",
    ),
    (
        "whether-to-guarantee",
        "Licensed physicians decide whether it is appropriate for a given individual.",
        "Licensed physicians guarantee it is appropriate for a given individual.",
        "hedge_flip",
        "'guarantee'",
    ),
    # trials are about people: animals, or users' reports, are another level of evidence
    ("trials-to-animals", TRIALS, "Two animal studies describe better attention with fatigue.", "evidence_level", None),
    (
        "users-to-trials",
        "Users describe better attention and less fatigue.",
        "Clinical trials describe better attention and less fatigue.",
        "evidence_level",
        None,
    ),
    (
        "trial-in-mice-to-humans",
        "A four-week trial in mice found lower anxiety scores.",
        "A four-week trial in humans found lower anxiety scores.",
        "evidence_level",
        None,
    ),
    ("serum-to-patients", SERUM, "Kost and colleagues reported that Selank inhibits two enzymes in patients.", "evidence_level", None),
    # drugs, classes and technical terms
    (
        "drug-for-class",
        "Its effect was similar to benzodiazepine treatment over two weeks.",
        "Its effect was similar to buspirone treatment over two weeks.",
        "substitution",
        "another drug",
    ),
    (
        "ergic-term",
        "Semax also modulates dopaminergic and serotonergic signaling in the brain.",
        "Semax also modulates dopaminergic and cholinergic signaling in the brain.",
        "substitution",
        "'cholinergic'",
    ),
    (
        "oid-term",
        "Enkephalins are short opioid peptides that modulate pain and stress.",
        "Enkephalins are short cannabinoid peptides that modulate pain and stress.",
        "substitution",
        "'cannabinoid'",
    ),
    # domain opposites and scales
    (
        "inhibit-accelerate",
        "It acts partly by inhibiting the breakdown of enkephalins.",
        "It acts partly by accelerating the breakdown of enkephalins.",
        "antonym",
        None,
    ),
    (
        "sustained-declining",
        "Rats dosed for a month showed sustained anxiolytic effects.",
        "Rats dosed for a month showed declining anxiolytic effects.",
        "antonym",
        None,
    ),
    (
        "resilience-vulnerability",
        "The peptide is discussed for stress resilience in rodents.",
        "The peptide is discussed for stress vulnerability in rodents.",
        "antonym",
        None,
    ),
    ("limited-comprehensive", PLANS, "Plan B offers limited coverage for the home.", "antonym", "'comprehensive'"),
    ("limited-full", PLANS, "The tool helps farmers reach the limited potential of their land.", "antonym", "'full'"),
    # the span's other "30" (a 30-minute call) does not license a 30 % discount
    (
        "percentage",
        DISCOUNT,
        "Ordering within 10 days gives a 30% discount for the first six months.",
        "number_missing",
        "20 % discount",
    ),
    # what the span denies or sets aside, stated
    (
        "denied-stated",
        CYTOKINES,
        "The study showed that Selank modulates several cytokines, broadly suppressing immune function.",
        "negation_flip",
        None,
    ),
    ("set-aside-stated", OBSERVATIONAL, "The report is randomized rather than observational.", "negation_flip", "random"),
    # without a possessive, a reversal is still a swap of roles
    ("role-swap", DIAZEPAM, "Diazepam strengthened the calming effect of Selank in stressed rats.", "", None),
]

#: (id, span, claim, None: no reason at all, or a code / message text it must not get)
KEPT = [
    ("not-only", STUDIED, "Researchers have examined Semax not only for memory but also for stroke recovery.", None),
    # "only a few" restates the span's "few"
    ("only-a-few", STUDIED, "A small trial reported only a few adverse events.", None),
    # "all" floated after its verb sums up the span's own list
    (
        "all-floated",
        "Enkephalins have roles in stress reactivity, affective tone and pain.",
        "Stress reactivity, affective tone and pain are all areas where enkephalins have roles.",
        "'all'",
    ),
    ("likely-kept", "Oral dosing would likely lose most of the peptide to gut enzymes.", "Oral dosing likely loses most of the peptide to gut enzymes.", None),
    ("trial-patients", TRIALS, "Two trials describe better attention in patients with fatigue.", "evidence_level"),
    ("trial-studies", TRIALS, "Two studies describe better attention in adults with fatigue.", "evidence_level"),
    ("serum-kept", SERUM, "Kost and colleagues reported that Selank inhibits two enzymes in human serum.", None),
    (
        "human-cells",
        "Embryonic stem cells can differentiate in vitro into derivatives of all three germ layers.",
        "Human embryonic stem cells give rise to derivatives of all three germ layers.",
        "evidence_level",
    ),
    (
        "users-are-people",
        "Diagnosis was five times more likely among ever-users of e-cigarettes.",
        "Diagnosis was five times more likely among adults who used e-cigarettes.",
        "evidence_level",
    ),
    (
        "veterinary-animals",
        "It is not approved by any regulator for any human or veterinary therapeutic use.",
        "No regulator has approved it for any therapeutic use in humans or animals.",
        "evidence_level",
    ),
    # the class named for its drug generalises
    ("class-for-drug", DIAZEPAM, "Selank strengthened the calming effect of a benzodiazepine in stressed rats.", None),
    # "serve" and "produces" have food senses as nouns; after "that"/"which" they are verbs
    (
        "verb-not-noun",
        "These subtypes sit in brain regions which produces different functions.",
        "These subtypes sit in brain regions that serve different functions.",
        "another food",
    ),
    ("percentage-kept", DISCOUNT, "Ordering within 10 days gives a 20% discount for six months.", None),
    # "rather than broadly suppressing" restates "not suppressing ... broadly, but rather":
    # neither a dropped negation nor, for the moved adverb, a role swap
    (
        "rather-than",
        CYTOKINES,
        "The study showed that Selank modulates several cytokines, rebalancing inflammatory "
        "signaling rather than broadly suppressing immune function.",
        None,
    ),
    ("set-aside-kept", OBSERVATIONAL, "The report is observational rather than randomized.", None),
    ("set-aside-negated", OBSERVATIONAL, "The report is observational, not randomized.", None),
    (
        "possessive",
        INSTITUTE,
        "Selank was designed at the Russian Academy of Sciences' Institute of Molecular Genetics.",
        "other way round",
    ),
]


@pytest.mark.parametrize(
    ("span", "claim", "code", "text"), [pytest.param(*row[1:], id=row[0]) for row in REJECTED]
)
def test_one_detail_changed_is_rejected_with_its_reason(
    span: str, claim: str, code: str, text: str | None
) -> None:
    got = reasons(span, claim)
    assert any((not code or c == code) and (text is None or text in m) for c, m in got), got


@pytest.mark.parametrize(("span", "claim", "unwanted"), [pytest.param(*row[1:], id=row[0]) for row in KEPT])
def test_faithful_restatement_is_kept(span: str, claim: str, unwanted: str | None) -> None:
    got = reasons(span, claim)
    if unwanted is None:
        assert got == []
    else:
        assert not [m for c, m in got if c == unwanted or unwanted in m], got
