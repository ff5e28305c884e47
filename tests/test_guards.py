"""Tests for the output guards (summarizer.guards)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from summarizer.guards.output import GuardCode, output_issues

SOURCE = (
    "Selank is a synthetic heptapeptide developed at the Institute of Molecular Genetics of the "
    "Russian Academy of Sciences. A 2008 study in generalized anxiety disorder and neurasthenia "
    "compared Selank with the benzodiazepine medazepam in 62 patients and reported a comparable "
    "anxiolytic effect, with Selank also showing antiasthenic and mild stimulant effects. "
    "A 2014 comparative trial of 60 patients compared Selank with phenazepam."
)

BASE = [
    ("overview", "The article reviews the evidence for Selank, a Russian anxiolytic peptide."),
    ("claims[0]", "Selank is a synthetic seven-amino-acid peptide developed in Russia."),
    ("claims[1]", "A 2008 trial found Selank about as effective as medazepam for anxiety."),
    ("claims[2]", "A later trial compared Selank with phenazepam in 60 patients."),
    ("caveats[0]", "The trials were small and run by a few Russian groups."),
]


def _codes(items: list[tuple[str, str]], path: str | None = None) -> set[str]:
    per_path, summary = output_issues(items, SOURCE)
    if path is None:
        return {r.code for r in summary}
    return {r.code for r in per_path.get(path, [])}


def _replace(path: str, text: str) -> list[tuple[str, str]]:
    return [(p, text if p == path else t) for p, t in BASE]


def test_clean_summary_has_no_issues() -> None:
    per_path, summary = output_issues(BASE, SOURCE)
    assert per_path == {}
    assert summary == []


def test_exact_duplicate_names_the_earlier_path() -> None:
    items = [
        *BASE,
        ("claims[3]", "selank is a synthetic seven-amino-acid peptide developed in Russia"),
    ]
    per_path, _ = output_issues(items, SOURCE)
    reasons = per_path["claims[3]"]
    assert [r.code for r in reasons] == [GuardCode.DUPLICATE_CLAIM.value]
    assert "claims[0]" in reasons[0].message
    assert "claims[0]" not in per_path


def test_near_duplicate() -> None:
    items = [
        *BASE,
        (
            "claims[3]",
            "Selank is a synthetic seven amino acid peptide that was developed in Russia.",
        ),
    ]
    per_path, _ = output_issues(items, SOURCE)
    codes = [r.code for r in per_path["claims[3]"]]
    assert codes == [GuardCode.NEAR_DUPLICATE_CLAIM.value]
    assert "claims[0]" in per_path["claims[3]"][0].message


def test_claims_differing_in_a_number_are_not_duplicates() -> None:
    items = [
        ("overview", "About Selank."),
        ("claims[0]", "A trial compared Selank with medazepam in 62 patients."),
        ("claims[1]", "A trial compared Selank with medazepam in 60 patients."),
        ("claims[2]", "Selank is a peptide."),
    ]
    assert _codes(items, "claims[1]") == set()


def test_long_claim() -> None:
    long_claim = " ".join(["Selank"] + ["word"] * 62)
    per_path, _ = output_issues(_replace("claims[1]", long_claim), SOURCE)
    messages = [r.message for r in per_path["claims[1]"]]
    assert "claim is 63 words; the limit is 40" in messages


def test_verbatim_copy_of_a_paragraph_is_flagged() -> None:
    copied = (
        "A 2008 study in generalized anxiety disorder and neurasthenia compared Selank with the "
        "benzodiazepine medazepam in 62 patients and reported a comparable anxiolytic effect, with "
        "Selank also showing antiasthenic and mild stimulant effects. A 2014 comparative trial"
    )
    assert GuardCode.VERBATIM_COPY.value in _codes(_replace("overview", copied), "overview")


def test_one_sentence_restated_verbatim_is_not_a_paragraph_copy() -> None:
    copied = (
        "A 2008 study in generalized anxiety disorder and neurasthenia compared Selank with the "
        "benzodiazepine medazepam in 62 patients and reported a comparable anxiolytic effect."
    )
    assert GuardCode.VERBATIM_COPY.value not in _codes(_replace("claims[1]", copied), "claims[1]")


def test_short_quote_like_overlap_is_fine() -> None:
    text = "Selank was compared with the benzodiazepine medazepam in 62 patients."
    assert _codes(_replace("claims[1]", text), "claims[1]") == set()


@pytest.mark.parametrize("text", ["", "   ", "\n\t"])
def test_empty_item(text: str) -> None:
    assert _codes(_replace("caveats[0]", text), "caveats[0]") == {GuardCode.EMPTY_TEXT.value}


def test_no_claims_and_missing_overview() -> None:
    codes = _codes([("caveats[0]", "Small trials.")])
    assert codes == {GuardCode.NO_CLAIMS.value, GuardCode.MISSING_OVERVIEW.value}


def test_empty_claims_count_as_missing() -> None:
    items = [("overview", "About Selank."), ("claims[0]", " "), ("claims[1]", "")]
    assert GuardCode.NO_CLAIMS.value in _codes(items)


def test_too_few_claims_respects_min_claims() -> None:
    items = BASE[:3]
    _, summary = output_issues(items, SOURCE)
    assert [r.code for r in summary] == [GuardCode.TOO_FEW_CLAIMS.value]
    assert output_issues(items, SOURCE, min_claims=2)[1] == []


RECOMMENDATIONS = [
    "You should use Selank instead of a benzodiazepine.",
    "Selank is a better choice than diazepam for anxiety.",
    "Readers with anxiety should consider switching to Selank.",
    "Selank is the safer option for long-term anxiety treatment.",
    "We recommend Selank for generalized anxiety.",
    "Try Selank instead of your SSRI.",
    "Use Selank rather than benzodiazepines.",
]


@pytest.mark.parametrize("text", RECOMMENDATIONS)
def test_treatment_recommendations(text: str) -> None:
    codes = _codes(_replace("claims[1]", text), "claims[1]")
    assert GuardCode.TREATMENT_RECOMMENDATION.value in codes


PROMOTIONS = [
    "Buy Selank from our catalog of research peptides.",
    "Order now and use code CALM20 for a 20% discount.",
    "Our products are high-purity and third-party tested.",
    "Sol sources her research compounds from Solira Peptides.",
    "All compounds are 99%+ purity with a COA on every batch.",
    "Selank is in stock with free shipping.",
]


@pytest.mark.parametrize("text", PROMOTIONS)
def test_promotional_content(text: str) -> None:
    codes = _codes(_replace("claims[1]", text), "claims[1]")
    assert GuardCode.PROMOTIONAL.value in codes


NEUTRAL = [
    "Selank showed a milder side-effect profile than medazepam in a 2008 trial.",
    "Semax is reported to be better suited to cognitive enhancement than Selank.",
    "Selank is not approved by the FDA and is sold as a research chemical.",
    "Researchers studied the order in which symptoms resolved.",
    "The trials were small, with 62 and 60 patients.",
    "Selank was used to taper benzodiazepine therapy in one observational report.",
]


@pytest.mark.parametrize("text", NEUTRAL)
def test_neutral_claims_pass(text: str) -> None:
    assert _codes(_replace("claims[1]", text), "claims[1]") == set()


def test_reasons_have_messages() -> None:
    items = [*BASE, ("claims[3]", "Buy Selank; you should use it instead of diazepam.")]
    per_path, _ = output_issues(items, SOURCE)
    for reason in per_path["claims[3]"]:
        assert reason.message and reason.code in {c.value for c in GuardCode}


_ITEM = st.tuples(
    st.sampled_from(["overview", "claims[0]", "claims[1]", "claims[2]", "caveats[0]", "x"]),
    st.text(max_size=120),
)


@settings(max_examples=100, deadline=None)
@given(st.lists(_ITEM, max_size=8), st.text(max_size=400), st.integers(0, 5))
def test_random_unicode_never_crashes(
    items: list[tuple[str, str]], source: str, min_claims: int
) -> None:
    per_path, summary = output_issues(items, source, min_claims=min_claims)
    paths = {p for p, _ in items}
    assert set(per_path) <= paths
    for reasons in [*per_path.values(), summary]:
        for r in reasons:
            assert r.code in {c.value for c in GuardCode} and r.message
