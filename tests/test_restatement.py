"""Restatement checks: an item may shorten its quoted sentence, never add to or harden it."""

from __future__ import annotations

import pytest

from summarizer.guards.restatement import MAX_NOVEL, restatement_issues

RATS = "Selank reduced anxiety-like behaviour in rats exposed to chronic unpredictable stress."
PATIENTS = (
    "A 2015 study reported that Selank may lower anxiety scores in patients with "
    "generalized anxiety disorder."
)
VITRO = "In vitro, Selank inhibited enkephalin-degrading enzymes in human serum samples."
LAB = "Laboratory experiments suggest that Selank binds to GABA-A receptors at an allosteric site."
MICE = (
    "In mice, the peptide increased levels of brain-derived neurotrophic factor in the hippocampus."
)
TRIAL = (
    "In a small trial of 62 patients, Selank and medazepam produced similar reductions in anxiety."
)
REVIEW = (
    "A 2017 review placed Selank within a family of tuftsin-derived peptides with immune effects."
)


@pytest.mark.parametrize(
    ("span", "claim", "code"),
    [
        # added content words
        (
            RATS,
            "Selank reduced anxiety in rats and boosted memory, mood and sleep quality.",
            "novel_words",
        ),
        (
            MICE,
            "In mice, the peptide raised neurotrophic factor and reversed depression and dementia.",
            "novel_words",
        ),
        # an added comparison
        (
            RATS,
            "Selank was more effective than diazepam at reducing anxiety in rats.",
            "comparison_added",
        ),
        (
            VITRO,
            "In vitro, Selank inhibited enkephalin-degrading enzymes better than other peptides.",
            "comparison_added",
        ),
        (
            TRIAL,
            "In 62 patients, Selank outperformed medazepam in reducing anxiety.",
            "comparison_added",
        ),
        # who or what was studied, dropped
        (
            RATS,
            "Selank reduced anxiety-like behaviour under chronic stress.",
            "evidence_level_dropped",
        ),
        (VITRO, "Selank inhibited enkephalin-degrading enzymes.", "evidence_level_dropped"),
        (
            MICE,
            "The peptide increased brain-derived neurotrophic factor in the hippocampus.",
            "evidence_level_dropped",
        ),
        # the hedge or report frame, dropped
        (
            PATIENTS,
            "Selank lowers anxiety scores in patients with generalized anxiety disorder.",
            "hedge_dropped",
        ),
        (LAB, "In laboratory experiments, Selank binds to GABA-A receptors.", "hedge_dropped"),
    ],
)
def test_near_misses_get_their_code(span: str, claim: str, code: str) -> None:
    issues = restatement_issues(claim, [span])
    codes = [r.code for r in issues]
    assert code in codes, codes
    assert all(r.message for r in issues)


@pytest.mark.parametrize(
    ("span", "claim", "codes"),
    [
        (
            RATS,
            "Selank reduced anxiety-like behaviour in rats exposed to chronic unpredictable stress and raised memory, mood and appetite.",
            {"novel_words"},
        ),
        (
            RATS,
            "Selank was more effective than usual at reducing anxiety-like behaviour in rats.",
            {"comparison_added"},
        ),
        (RATS, "Selank reduced anxiety-like behaviour.", {"evidence_level_dropped"}),
        (
            PATIENTS,
            "A 2015 study found Selank lowers anxiety scores in patients with generalized anxiety disorder.",
            {"hedge_dropped"},
        ),
        (LAB, "Selank binds to GABA-A receptors.", {"evidence_level_dropped", "hedge_dropped"}),
    ],
)
def test_each_departure_is_reported_once_and_alone(span: str, claim: str, codes: set[str]) -> None:
    found = [r.code for r in restatement_issues(claim, [span])]
    assert set(found) == codes
    assert len(found) == len(set(found))


@pytest.mark.parametrize(
    ("span", "claim"),
    [
        (RATS, "Selank reduced anxiety-like behaviour in rats."),
        (RATS, "In rats under chronic stress, Selank reduced anxiety-like behaviour."),
        (PATIENTS, "A 2015 study reported Selank may lower anxiety in patients."),
        (
            PATIENTS,
            "Selank may lower anxiety scores in patients with generalized anxiety disorder.",
        ),
        (VITRO, "In vitro, Selank inhibited enkephalin-degrading enzymes."),
        (LAB, "Laboratory experiments suggest Selank binds GABA-A receptors."),
        (MICE, "In mice, the peptide increased brain-derived neurotrophic factor."),
        (TRIAL, "In a small trial of 62 patients, Selank and medazepam similarly reduced anxiety."),
        (REVIEW, "A 2017 review placed Selank among tuftsin-derived peptides."),
    ],
)
def test_faithful_shortenings_pass(span: str, claim: str) -> None:
    assert restatement_issues(claim, [span]) == []


def test_one_novel_word_is_tolerated_two_are_not() -> None:
    assert MAX_NOVEL == 1
    assert (
        restatement_issues(
            "Selank reduced anxiety-like behaviour in stressed rats quickly.", [RATS]
        )
        == []
    )
    codes = [
        r.code
        for r in restatement_issues(
            "Selank quickly reduced anxiety-like behaviour in rats and improved memory.", [RATS]
        )
    ]
    assert codes == ["novel_words"]


def test_the_spans_are_read_together() -> None:
    claim = "Selank reduced anxiety-like behaviour in rats, and in vitro it inhibited enkephalin-degrading enzymes."
    assert restatement_issues(claim, [RATS, VITRO]) == []
    assert "novel_words" in {r.code for r in restatement_issues(claim, [RATS])}


def test_no_spans_no_issues() -> None:
    assert restatement_issues("Selank cures everything, more than any drug.", []) == []


@pytest.mark.parametrize(
    ("span", "claim", "word"),
    [
        (RATS, "Selank was more effective than diazepam in rats.", "more"),
        (PATIENTS, "Selank lowers anxiety scores in patients.", "reported"),
    ],
)
def test_messages_name_the_offending_word(span: str, claim: str, word: str) -> None:
    messages = " ".join(r.message for r in restatement_issues(claim, [span]))
    assert f"'{word}'" in messages


def test_added_words_count_only_where_the_pipeline_restated_the_sentence() -> None:
    """``validate`` lets a summary written elsewhere paraphrase freely; evidence mode does not."""
    span = "Selank is a synthetic peptide developed in Russia and studied mainly for anxiety."
    claim = "Selank, a Russian-made synthetic peptide, is researched chiefly as an anxiety treatment."
    assert "novel_words" in {r.code for r in restatement_issues(claim, [span])}
    assert "novel_words" not in {r.code for r in restatement_issues(claim, [span], wording=False)}
    # the meaning rules hold either way
    dropped = restatement_issues("Selank lowers anxiety.", ["Selank may lower anxiety in rats."], wording=False)
    assert {r.code for r in dropped} == {"hedge_dropped", "evidence_level_dropped"}


# Regressions from the recorded golden summaries (issue 10): restatements of the embedded
# model that the checks once accepted, each with the sentence it quoted.
@pytest.mark.parametrize(
    ("span", "claim", "code"),
    [
        pytest.param(
            "It is primarily studied for reducing stress, improving mood, and enhancing focus.",
            "Rats have been studying for reducing stress, improving mood, and enhancing focus.",
            "evidence_level_added",
            id="rats-for-people",
        ),
        pytest.param(
            "A study found that Selank reduced anxiety in mice.",
            "A study found that Selank reduced anxiety in humans.",
            "evidence_level_added",
            id="humans-for-mice",
        ),
        pytest.param(
            "These are small studies concentrated in a few research groups.",
            "Small studies in multiple research groups",
            "quantifier_added",
            id="multiple-for-a-few",
        ),
        pytest.param(
            "Researchers sometimes study both compounds together.",
            "Researchers often study both compounds together.",
            "quantifier_added",
            id="often-for-sometimes",
        ),
        pytest.param(
            "Russian clinical studies have reported efficacy comparable to benzodiazepines.",
            "Rational clinical studies show comparable efficacy to benzodiazepines.",
            "name_substituted",
            id="sentence-initial-name",
        ),
        pytest.param(
            "A 2008 study compared Selank with Medazepam in 62 patients.",
            "A 2008 study compared Selank with placebo in 62 patients.",
            "name_substituted",
            id="comparator-swapped",
        ),
        pytest.param(
            "A study in the Bulletin of Experimental Biology reported that Selank reduced anxiety.",
            "A study in the Journal of Neurology reported that Selank reduced anxiety.",
            "name_substituted",
            id="venue-swapped",
        ),
        pytest.param(
            "The contribution of the pathway is not fully quantified, but it is a plausible part of the explanation.",
            "The calming effect is due to the pathway.",
            "hedge_dropped",
            id="plausible-dropped",
        ),
    ],
)
def test_golden_regressions_get_their_code(span: str, claim: str, code: str) -> None:
    for wording in (True, False):  # the pipeline's items and summaries made elsewhere alike
        codes = [r.code for r in restatement_issues(claim, [span], wording=wording)]
        assert code in codes, (wording, codes)


@pytest.mark.parametrize(
    ("span", "claim"),
    [
        ("Selank is a synthetic peptide developed in Russia and studied mainly for anxiety.", "Selank was developed in Russia."),
        ("Selank is a synthetic heptapeptide built from seven amino acids.", "Selank is a synthetic heptapeptide made from seven amino acids."),
        ("Research published in the Bulletin of Experimental Biology demonstrated that Selank increases GABA action.", "Selank increases GABA action, a study in the Bulletin of Experimental Biology showed."),
        ("A 2014 trial of 60 patients reported a pronounced anxiolytic effect.", "A 2014 trial of 60 patients reported a pronounced anxiolytic effect of Selank."),
        ("Both peptides were studied in Russia, with many small trials.", "Many small trials in Russia studied both peptides."),
    ],
)
def test_faithful_restatements_keep_passing(span: str, claim: str) -> None:
    assert restatement_issues(claim, [span], wording=False) == []


def test_a_pronoun_resolved_to_a_word_of_its_own_sentence_is_a_changed_subject() -> None:
    span = "While it is approved in Russia for conditions like Generalized Anxiety Disorder (GAD), it is not approved by the U.S."
    wrong = restatement_issues("While GAD is approved in Russia, it is not approved by the U.S.", [span])
    assert [r.code for r in wrong] == ["subject_changed"]
    assert "'GAD'" in wrong[0].message and "'it'" in wrong[0].message
    # the pronoun resolved to the article's subject, from outside the sentence, is fine
    assert restatement_issues("While Selank is approved in Russia, it is not approved by the U.S.", [span], wording=False) == []
