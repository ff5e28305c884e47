"""Checks fitted on grounding_probe7's tune half (session 20), with examples of our own:
a trial where the span reports no study, a dropped opening condition, "appear" that is not a
hedge, a quote that refers back to a name given before it, and a pronoun's verb given a new
subject in a reordered restatement."""

from __future__ import annotations

import pytest

from summarizer.guards.grounding import DEFAULT_CHECKS, Grounder, GroundingConfig
from summarizer.guards.restatement import restatement_issues
from summarizer.models import Verdict


def check(claim: str, quote: str, article: str | None = None, **kw: object):  # type: ignore[no-untyped-def]
    cfg = GroundingConfig(**kw) if kw else GroundingConfig()  # type: ignore[arg-type]
    return Grounder(article or quote, cfg).check(claim, [quote])


def codes(claim: str, quote: str, article: str | None = None) -> list[str]:
    return [r.code for r in check(claim, quote, article).reasons]


# ---- a trial where the span reports no study

MECHANISM = "The rationale for pairing the two peptides rests on how stress and memory interact."


@pytest.mark.parametrize(
    "claim",
    [
        "Randomized trials support pairing the two peptides because stress and memory interact.",
        "The clinical trial case for pairing the two peptides rests on how stress and memory interact.",
    ],
)
def test_a_trial_the_span_does_not_report_is_an_evidence_level_change(claim: str) -> None:
    result = check(claim, MECHANISM)
    assert result.verdict is Verdict.UNSUPPORTED
    assert "evidence_level" in [r.code for r in result.reasons]
    assert any("reports no study" in r.message for r in result.reasons)


def test_a_trial_may_stand_for_the_study_the_span_reports() -> None:
    span = "A 2016 study found that the peptide lowered stress scores in 40 adults."
    assert codes("A 2016 trial found that the peptide lowered stress scores in 40 adults.", span) == []


# ---- a dropped opening condition

CONDITIONAL = (
    "If the effect is an artifact of one laboratory's reporting, it says something about "
    "the evidence base."
)


def test_a_claim_that_states_the_condition_as_fact_is_rejected() -> None:
    claim = "The effect is an artifact of one laboratory's reporting, and it says something about the evidence base."
    result = check(claim, CONDITIONAL)
    assert result.verdict is Verdict.UNSUPPORTED
    assert any("condition" in r.message and "'if'" in r.message for r in result.reasons)


@pytest.mark.parametrize(
    "claim",
    [
        "If the effect is an artifact of one laboratory's reporting, that says something about the evidence base.",
        "Should the effect be an artifact of one laboratory's reporting, it says something about the evidence base.",
    ],
)
def test_a_claim_that_keeps_the_condition_passes(claim: str) -> None:
    assert "hedge_flip" not in codes(claim, CONDITIONAL)


def test_an_if_whose_clause_the_claim_does_not_share_is_not_its_condition() -> None:
    span = "Rest the arm for a week; if pain returns, see the clinic. The cast came off in May."
    assert "hedge_flip" not in codes("The cast came off in May.", span)


# ---- "appear" as showing up

def test_should_not_appear_is_not_a_hedge() -> None:
    span = "If the side effects need the receptor and the drug does not bind it, those effects should not appear."
    claim = "Provided the side effects need the receptor and the drug does not bind it, those effects should be absent."
    assert "hedge_flip" not in codes(claim, span)


def test_appears_to_is_still_a_hedge() -> None:
    span = "The drug appears to lower anxiety in stressed rats."
    assert "hedge_flip" in codes("The drug lowers anxiety in stressed rats.", span)


# ---- a quote that refers back

ARTICLE = (
    "Selank is a synthetic peptide developed in Moscow. It was first studied for anxiety. "
    "At the preclinical level, a 2017 rat study showed it strengthening the calming effect "
    "of diazepam under chronic stress. Selank also has a long record in clinics. Physicians have long wanted calm without sedation; "
    "older drugs addressed some of it. Mexidol is a separate drug."
)
QUOTE = "At the preclinical level, a 2017 rat study showed it strengthening the calming effect of diazepam under chronic stress."


def test_a_name_may_stand_for_the_quotes_pronoun() -> None:
    claim = "A 2017 rat study showed Selank strengthening the calming effect of diazepam under chronic stress."
    assert check(claim, QUOTE, ARTICLE).verdict is Verdict.SUPPORTED
    # the check is what accepts it
    off = check(claim, QUOTE, ARTICLE, checks=DEFAULT_CHECKS - {"antecedents"})
    assert "entity_missing" in [r.code for r in off.reasons]


def test_a_claim_that_keeps_the_pronoun_gets_no_names_from_before() -> None:
    claim = "At the preclinical level, a 2017 rat study showed it strengthening the calming effect of Mexidol under chronic stress."
    assert "entity_missing" in codes(claim, QUOTE, ARTICLE)


def test_an_object_pronoun_does_not_refer_back() -> None:
    quote = "Physicians have long wanted calm without sedation; older drugs addressed some of it."
    claim = "For physicians, Selank gives the long-wanted calm without sedation."
    assert "entity_missing" in codes(claim, quote, ARTICLE)


# ---- a reordered restatement that gives the pronoun's verb a new subject

APPROVED = "While it is approved in Spain for conditions like panic disorder, it is not approved in Canada."


def test_a_word_of_the_span_put_before_the_pronouns_verb_is_a_changed_subject() -> None:
    wrong = restatement_issues(
        "In Spain, while conditions like panic disorder are approved, they are not approved in Canada.",
        [APPROVED],
        wording=False,
    )
    assert [r.code for r in wrong] == ["subject_changed"]
    assert "'disorder'" in wrong[0].message


def test_the_articles_subject_before_the_verb_is_fine() -> None:
    claim = "In Spain, Selank is approved for conditions like panic disorder, but it is not approved in Canada."
    assert restatement_issues(claim, [APPROVED], wording=False) == []
