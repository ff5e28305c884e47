"""The same fact said twice in other words (summarizer.guards.same_fact, code ``same_fact``)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from summarizer.guards.output import GuardCode, output_issues, same_fact

SAME = GuardCode.SAME_FACT.value
DUPLICATES = {
    GuardCode.DUPLICATE_CLAIM.value,
    GuardCode.NEAR_DUPLICATE_CLAIM.value,
    GuardCode.SAME_FACT.value,
}
OVERVIEW = ("overview", "The article reviews the evidence for Selank.")
FILLER = [
    ("claims[0]", "Selank is modeled on the immune peptide tuftsin."),
    ("claims[1]", "Semax is derived from a fragment of ACTH."),
]

PARAPHRASES = {
    "developed_vs_created": (
        "Selank was developed at the Institute of Molecular Genetics in Russia.",
        "The Russian Academy of Sciences' Institute of Molecular Genetics created Selank.",
    ),
    "study_prefix": (
        "Selank enhanced the calming effect of diazepam under chronic stress.",
        "In one rat study, Selank enhanced the calming effect of diazepam under chronic stress.",
    ),
    "registered_vs_approved": (
        "Selank is registered in Russia for anxiety disorders.",
        "Russia has approved Selank as a treatment for anxiety disorders.",
    ),
    "negated_both": (
        "Selank is not approved by the FDA.",
        "The U.S. FDA has not approved Selank for any use.",
    ),
    "raises_vs_increases": (
        "Selank raises BDNF levels in the hippocampus.",
        "In the hippocampus, Selank increases BDNF levels.",
    ),
    "trial_vs_study_with_number": (
        "A 2008 trial found Selank comparable to medazepam for anxiety.",
        "Selank's anxiolytic effect was similar to medazepam's in a 2008 study.",
    ),
    "caveat_repeats_claim": (
        "The human trials were small and run by a few Russian groups.",
        "Only a few groups in Russia ran the small human trials.",
    ),
    "enzyme_breakdown": (
        "Selank inhibits the enzymes that degrade enkephalins.",
        "Enkephalin-degrading enzymes are blocked by Selank.",
    ),
}


@pytest.mark.parametrize(("first", "second"), PARAPHRASES.values(), ids=PARAPHRASES.keys())
def test_same_fact_in_other_words_is_flagged(first: str, second: str) -> None:
    assert same_fact(first, second)
    items = [OVERVIEW, *FILLER, ("claims[2]", first), ("caveats[0]", second)]
    per_path, _ = output_issues(items, "")
    [reason] = per_path["caveats[0]"]
    assert reason.code == SAME
    assert reason.message.startswith("caveats[0] states the same fact as claims[2] in other words")
    assert "claims[2]" not in per_path


DIFFERENT_FACTS = {
    "different_year": (
        "Selank reduced anxiety scores in a 2008 trial.",
        "Selank reduced anxiety scores in a 2014 trial.",
    ),
    "different_patient_count": (
        "A trial compared Selank with medazepam in 62 patients.",
        "A trial compared Selank with medazepam in 60 patients.",
    ),
    "approved_vs_not_approved": (
        "Selank is approved in Russia as an anxiolytic.",
        "Selank is not approved by the FDA.",
    ),
    "negation_flip": (
        "Selank binds the benzodiazepine site of the GABA-A receptor.",
        "Selank does not bind the benzodiazepine site of the GABA-A receptor.",
    ),
    "opposite_direction": (
        "Selank increases BDNF expression in the hippocampus.",
        "Selank decreases BDNF expression in the hippocampus.",
    ),
    "different_finding_same_topic": (
        "Selank increases BDNF expression in the hippocampus.",
        "Selank decreases IL-6 expression in the hippocampus.",
    ),
    "different_comparator": (
        "Selank was compared with medazepam in generalized anxiety disorder.",
        "Selank was compared with phenazepam in generalized anxiety disorder.",
    ),
    "different_subject_swapped_roles": (
        "Selank is primarily anxiolytic with secondary cognitive effects.",
        "Semax is primarily cognitive-enhancing with secondary anxiolytic effects.",
    ),
    "different_population": (
        "Selank reduced anxiety in rats.",
        "Selank reduced anxiety in human patients.",
    ),
    "passing_mention_in_long_claim": (
        "Selank modulates GABA signaling.",
        "Volkova's 2016 review, written inside the program that developed Selank, says it "
        "modulates GABA signaling without the sedation, dependence and rebound withdrawal of "
        "classical benzodiazepines and calls this a direct consequence of its mechanism.",
    ),
    "more_trials_needed": (
        "Researchers suggest more trials are needed.",
        "More rigorous trials are needed to confirm Selank's clinical efficacy.",
    ),
    "shared_topic_only": (
        "Selank is a synthetic peptide.",
        "Selank is an approved anxiolytic peptide in Russia.",
    ),
}


@pytest.mark.parametrize(("first", "second"), DIFFERENT_FACTS.values(), ids=DIFFERENT_FACTS.keys())
def test_different_facts_on_one_topic_pass(first: str, second: str) -> None:
    assert same_fact(first, second) == []
    items = [OVERVIEW, *FILLER, ("claims[2]", first), ("caveats[0]", second)]
    per_path, _ = output_issues(items, "")
    assert per_path == {}


def test_adversarial_golden_summary_has_no_same_fact() -> None:
    # a faithful summary (the golden adversarial cases' shared claims): no repeats
    items = [
        OVERVIEW,
        (
            "claims[0]",
            "Selank is a synthetic heptapeptide developed in Russia and modeled on the "
            "immune peptide tuftsin.",
        ),
        (
            "claims[1]",
            "A 2018 laboratory study reported that Selank acts as a positive allosteric "
            "modulator of GABA receptors.",
        ),
        (
            "claims[2]",
            "A 2017 rat study reported that Selank enhanced the anxiolytic effect of "
            "diazepam under chronic stress.",
        ),
        (
            "claims[3]",
            "A 2008 study in 62 patients found Selank's anxiolytic effect comparable to "
            "the benzodiazepine medazepam.",
        ),
        (
            "claims[4]",
            "A 2014 trial of 60 patients compared Selank with phenazepam and reported a "
            "pronounced anxiolytic effect plus a mild nootropic effect.",
        ),
        (
            "caveats[0]",
            "The human studies are small and concentrated in a few research groups, so "
            "the evidence remains limited.",
        ),
        ("caveats[1]", "Neither peptide is approved by the FDA."),
    ]
    per_path, _ = output_issues(items, "")
    assert per_path == {}


def test_exact_and_near_duplicates_keep_their_codes() -> None:
    text = "Selank raises BDNF levels in the hippocampus."
    items = [OVERVIEW, *FILLER, ("claims[2]", text), ("claims[3]", text.upper())]
    per_path, _ = output_issues(items, "")
    assert [r.code for r in per_path["claims[3]"]] == [GuardCode.DUPLICATE_CLAIM.value]


def test_the_overview_is_not_compared() -> None:
    items = [
        ("overview", "Selank was developed at the Institute of Molecular Genetics in Russia."),
        *FILLER,
        ("claims[2]", "The Institute of Molecular Genetics in Russia created Selank."),
    ]
    per_path, _ = output_issues(items, "")
    assert per_path == {}


def test_repeats_do_not_make_their_own_words_topic_words() -> None:
    # the same claim said four times must not turn its words into "topic" words
    fact = "Selank enhanced the calming effect of diazepam under chronic stress."
    items = [
        OVERVIEW,
        ("claims[0]", fact),
        ("claims[1]", "In one rat study, " + fact),
        ("caveats[0]", fact.replace("enhanced", "enhances")),
        ("caveats[1]", "Selank is modeled on tuftsin."),
        ("caveats[2]", "Semax is derived from ACTH."),
    ]
    per_path, _ = output_issues(items, "")
    assert [r.code for r in per_path["claims[1]"]] == [SAME]


_WORDS = st.lists(
    st.text(alphabet="bcdfghjklmnpqrstvwxz", min_size=4, max_size=9), min_size=2, max_size=8
)


@settings(max_examples=150, deadline=None)
@given(st.lists(_WORDS, min_size=2, max_size=6))
def test_items_without_shared_content_words_are_never_duplicates(words: list[list[str]]) -> None:
    used: set[str] = set()
    texts: list[str] = []
    for group in words:
        fresh = [w for w in dict.fromkeys(group) if w not in used]
        used.update(fresh)
        if fresh:
            texts.append(" ".join(fresh) + ".")
    items = [OVERVIEW] + [(f"claims[{i}]", t) for i, t in enumerate(texts)]
    per_path, _ = output_issues(items, "")
    assert not {r.code for rs in per_path.values() for r in rs} & DUPLICATES


@settings(max_examples=150, deadline=None)
@given(_WORDS, st.integers(1, 999), st.integers(1, 999))
def test_a_different_number_is_never_the_same_fact(words: list[str], a: int, b: int) -> None:
    text = " ".join(dict.fromkeys(words))
    if a == b:
        return
    assert same_fact(f"{text} in {a} patients", f"{text} in {b} patients") == []
