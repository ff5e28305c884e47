"""Issue 10: what the guard licenses (aliases, acronyms, frames, inflections) and what it
still rejects (a swapped name, comparator or evidence level), with properties."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from samples import CLAIM_WORDS

from summarizer.guards.facts import claim_names
from summarizer.guards.grounding import Grounder
from summarizer.guards.support import check_support
from summarizer.models import Verdict

ARTICLE = (
    "Selank is a synthetic peptide studied for anxiety. "
    "In a six-week trial in mice, Selank may reduce anxiety compared with medazepam. "
    "Semax, a related peptide, was tested in patients after stroke. "
    "In healthy volunteers, a single dose of Selank was well tolerated. "
    "In vitro, Selank inhibited enkephalinase activity in cultured cells."
)


def verdicts(claim: str, span: str = ARTICLE) -> list[tuple[Verdict, set[str]]]:
    """The verdict and reason codes with the span as the quote, then with no quotes."""
    g = Grounder(span)
    out = []
    for quotes in ([span], None):
        c = g.check(claim, quotes)
        out.append((c.verdict, {str(r.code) for r in c.reasons}))
    return out


def supported(claim: str, span: str = ARTICLE) -> bool:
    return all(v is Verdict.SUPPORTED for v, _ in verdicts(claim, span))


def rejected_with(claim: str, code: str, span: str = ARTICLE) -> bool:
    return all(v is Verdict.UNSUPPORTED and code in c for v, c in verdicts(claim, span))


def test_name_swapped_for_another_name_of_the_article_is_unsupported() -> None:
    # "Semax" is in the article (so the name check alone passes) but the passage says Selank
    claim = "In a six-week trial in mice, Semax may reduce anxiety compared with medazepam."
    quote = "In a six-week trial in mice, Selank may reduce anxiety compared with medazepam."
    g = Grounder(ARTICLE)
    for quotes in ([quote], None):
        c = g.check(claim, quotes)
        assert c.verdict is Verdict.UNSUPPORTED
        assert "substitution" in {str(r.code) for r in c.reasons}, c.reasons


def test_comparator_swapped_for_another_drug_is_unsupported() -> None:
    assert rejected_with(
        "In mice, Selank may reduce anxiety compared with diazepam.", "substitution"
    )
    assert supported("In mice, Selank may reduce anxiety compared with medazepam.")


def test_evidence_level_in_vitro_and_healthy_volunteers() -> None:
    assert rejected_with("In humans, Selank inhibited enkephalinase activity.", "evidence_level")
    assert rejected_with(
        "In patients, a single dose of Selank was well tolerated.", "evidence_level"
    )
    assert supported("In healthy volunteers, a single dose of Selank was well tolerated.")
    assert supported("Selank inhibited enkephalinase activity in cultured cells.")


def test_covid_aliases_license_each_other_but_not_other_names() -> None:
    span = "SARS-CoV-2 infections rose in Wuhan in January."
    assert supported("COVID-19 infections rose in Wuhan in January.", span)
    assert rejected_with("COVID-19 infections rose in Beijing in January.", "entity_missing", span)


def test_acronym_and_its_expansion_license_each_other() -> None:
    long = "Angiotensin converting enzyme inhibitors lowered blood pressure in patients."
    short = "ACE inhibitors lowered blood pressure in patients."
    assert supported(short, long)
    assert supported(long, short)
    assert rejected_with(
        "ARB inhibitors lowered blood pressure in patients.", "entity_missing", long
    )


def test_acronym_the_claim_defines_is_checked_as_its_words() -> None:
    span = "Resistance to zidovudine was seen in viruses carrying N348I."
    assert supported("N348I causes resistance to zidovudine (AZT).", span)
    assert not supported("N348I causes resistance to lamivudine (3TC).", span)


def test_common_sentence_starters_are_not_names() -> None:
    assert claim_names("Lack of FGF21 in mice shortens lifespan.") == ["FGF21"]
    assert claim_names("Almost 25,000 pigs died in Guangdong.") == ["Guangdong"]
    assert claim_names("Seredenin and colleagues reported it.") == ["Seredenin"]


def test_coverage_gives_partial_credit_for_inflections_synonyms_and_frames() -> None:
    span = "Younger adults had lower mortality than older adults."
    claim = "A recent study found that death rates were lower in young adults than in the elderly."
    result = check_support(claim, span)
    # "death" ~ "mortality", "elderly" ~ "older", "young" ~ "younger"; the frame is not counted
    assert result.coverage >= 0.75, result
    bare = check_support("Death rates were lower in young adults.", "Rates of infection fell.")
    assert bare.coverage < 0.5


_FRAMES = st.sampled_from(
    ["Researchers found that ", "A recent study showed that ", "The study reported that "]
)


@settings(max_examples=60, deadline=None)
@given(CLAIM_WORDS, _FRAMES)
def test_a_reporting_frame_does_not_unsupport_a_faithful_claim(
    words: list[str], frame: str
) -> None:
    span = " ".join(words) + "."
    claim = frame + span[0].lower() + span[1:]
    assert Grounder(span).check(claim, [span]).verdict is Verdict.SUPPORTED


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(["diazepam", "buspirone", "phenazepam", "placebo", "sertraline"]))
def test_any_other_comparator_is_unsupported(drug: str) -> None:
    span = "Selank reduced anxiety scores in 62 patients compared with medazepam."
    claim = f"Selank reduced anxiety scores in 62 patients compared with {drug}."
    assert Grounder(span).check(claim, [span]).verdict is Verdict.UNSUPPORTED
    assert Grounder(span).check(claim, None).verdict is Verdict.UNSUPPORTED
