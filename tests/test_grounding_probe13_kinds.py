"""Faithful restatements the grounder used to reject (grounding_probe13's and the general
probe's tune halves, session 24), each beside the one-detail change it must still reject.
The sentences are new ones in that style, not the probes' own."""

from __future__ import annotations

from summarizer.guards.grounding import Grounder


def codes(claim: str, span: str) -> list[str]:
    return [r.code for r in Grounder(span).check(claim, [span]).reasons]


def test_a_negation_restated_in_other_words_is_the_same_negation() -> None:
    span = "Daily zinc did not reduce the duration of colds in the trial of 400 children."
    assert codes("In the trial, daily zinc did not lower how long the children's colds lasted.", span) == []
    span = "Coffee intake was not significantly associated with the risk of gout in the cohort."
    assert codes("In the cohort, coffee intake was not clearly linked to gout risk.", span) == []
    # a negation the span does not have is still caught
    assert "negation_flip" in codes("In the cohort, coffee intake did not prevent gout.", span)


def test_a_claim_that_counts_the_list_it_gives_counts_what_it_says() -> None:
    span = "Semax is registered for optic nerve disease and for recovery after stroke."
    assert codes("Semax is registered for two uses: optic nerve disease and recovery after stroke.", span) == []
    # a count that does not match its own list is still a number the span lacks
    assert "number_missing" in codes(
        "Semax is registered for three uses: optic nerve disease and recovery after stroke.", span
    )
    # a part of a whole is no count of a list
    span = "Two of the five trials were blinded, and the five came from one institute."
    assert "number_missing" in codes("Three of the five trials were blinded, and the five came from one institute.", span)


def test_unlike_restates_a_span_that_sets_two_things_apart() -> None:
    span = "Compared to older sedatives like barbiturates, the peptide is not linked to dependence."
    assert codes("Unlike older sedatives such as barbiturates, the peptide is not linked to dependence.", span) == []
    # a span that likens them is not set apart
    span = "Like barbiturates, the compound causes dependence."
    assert codes("Unlike barbiturates, the compound causes dependence.", span)


def test_most_of_all_is_particularly_not_every() -> None:
    span = "Stress lowers BDNF levels over time, particularly in the hippocampus."
    assert codes("Over time, stress lowers BDNF levels, most of all in the hippocampus.", span) == []
    assert codes("Over time, stress lowers BDNF levels in all brain regions.", span)


def test_a_fraction_rounds_a_percentage_of_the_span() -> None:
    span = "The cream cleared the rash in 64% of patients, against 20% with the vehicle."
    assert codes("The cream cleared the rash in about two-thirds of patients.", span) == []
    assert "number_missing" in codes("The cream cleared the rash in about a third of patients.", span)
    assert "number_missing" in codes("The cream cleared the rash in three quarters of patients.", span)


def test_xenografts_are_animal_evidence() -> None:
    span = "In patient-derived xenografts of lung cancer, the combination shrank tumours in 6 of 8 models."
    assert "evidence_level" in codes("In a clinical trial, the combination shrank lung tumours in patients.", span)



def test_a_negation_of_words_the_stopword_list_holds_is_still_a_negation() -> None:
    span = "Its effect size was in the same range as that of the older drug."
    assert "negation_flip" in codes("Its effect size was not in the same range as that of the older drug.", span)


def test_a_count_before_a_verb_is_no_count_of_a_list_before_it() -> None:
    span = "At the review stage, the 2019 cohort study and the 2021 trial describe how the drug acts."
    assert "number_missing" in codes("At the review stage, three studies describe how the drug acts.", span)


def test_partly_and_mainly_are_two_points_of_one_scale() -> None:
    span = "The drug lowers blood pressure, partly by relaxing the arteries."
    assert "antonym" in codes("The drug lowers blood pressure mainly by relaxing the arteries.", span)
    assert codes("The drug lowers blood pressure partially by relaxing the arteries.", span) == []
