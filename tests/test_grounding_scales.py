"""The ``scale`` check: a word of a scale swapped for another of the same scale."""

from __future__ import annotations

import pytest

from summarizer.guards.grounding import Grounder

SPAN = (
    "Independent replication by non-Russian research groups is limited, and only a few "
    "small trials have rarely reported side effects; Selank most consistently increased "
    "BDNF, slightly improving memory, and binds the same site as GABA."
)


CLASS_SPAN = (
    "Selank is a synthetic peptide that has been approved in Russia as an anxiolytic since "
    "2009, and rat studies suggest antidepressant effects as well."
)


@pytest.mark.parametrize(
    ("span", "claim", "said"),
    [
        (SPAN, "Independent replication by non-Russian research groups is extensive.", "extensive"),
        (SPAN, "Many small trials have rarely reported side effects.", "many"),
        (SPAN, "A few small trials have often reported side effects.", "often"),
        (SPAN, "Selank least consistently increased BDNF.", "least"),
        (SPAN, "Selank increased BDNF, markedly improving memory.", "markedly"),
        (SPAN, "Selank binds a different site from GABA.", "different"),
        # one class of medicine for another
        (CLASS_SPAN, "Selank has been approved in Russia as an antipsychotic since 2009.", "antipsychotic"),
        (CLASS_SPAN, "Selank has been approved in Russia as a nootropic since 2009.", "nootropic"),
    ],
)
def test_swapped_scale_word_is_rejected(span: str, claim: str, said: str) -> None:
    c = Grounder(span).check(claim, [span])
    assert not c.supported
    assert any(r.code == "antonym" and repr(said) in r.message for r in c.reasons), c.reasons


@pytest.mark.parametrize(
    ("span", "claim"),
    [
        (SPAN, "Independent replication by non-Russian research groups is limited."),
        (SPAN, "Only a handful of small trials have seldom reported side effects."),  # same groups
        (SPAN, "Selank most consistently increased BDNF."),
        (SPAN, "Selank binds the same site as GABA."),
        (CLASS_SPAN, "Selank has been approved in Russia as an anxiolytic since 2009."),
        (CLASS_SPAN, "Rat studies suggest that Selank also has antidepressant effects."),  # both
    ],
)
def test_same_scale_group_is_kept(span: str, claim: str) -> None:
    c = Grounder(span).check(claim, [span])
    assert not [r for r in c.reasons if r.code == "antonym"], c.reasons

BZD = (
    "A 2014 trial compared Selank with medazepam in 62 patients; a 2017 rat study showed "
    "Selank potentiating the calming effect of diazepam, and a 2009 study found that Selank "
    "influenced the expression of 45 genes."
)


@pytest.mark.parametrize(
    ("claim", "code", "said"),
    [
        # a drug (by its INN stem) swapped for another drug
        ("A 2014 trial compared Selank with alprazolam in 62 patients.", "substitution", "alprazolam"),
        ("A 2017 rat study showed Selank potentiating the effect of lorazepam.", "substitution", "lorazepam"),
        # hand-listed opposites of the domain
        ("A 2017 rat study showed Selank weakening the calming effect of diazepam.", "antonym", "weakening"),
        # proof where the span reports a finding
        ("A 2009 study proved that Selank influenced the expression of 45 genes.", "hedge_flip", "proved"),
    ],
)
def test_domain_swaps_are_rejected(claim: str, code: str, said: str) -> None:
    c = Grounder(BZD).check(claim, [BZD])
    assert not c.supported
    assert any(r.code == code and said in r.message for r in c.reasons), c.reasons


@pytest.mark.parametrize(
    "claim",
    [
        "A 2014 trial compared Selank with medazepam in 62 patients.",
        "A 2017 study in rats showed Selank potentiating the calming effect of diazepam.",
        "A 2009 study found that Selank influenced the expression of 45 genes.",
    ],
)
def test_domain_faithful_kept(claim: str) -> None:
    assert Grounder(BZD).check(claim, [BZD]).supported


ROUTE = (
    "With the intranasal route, effects are generally observed within 10-15 minutes, and "
    "the duration of action is several hours."
)


@pytest.mark.parametrize(
    ("claim", "said"),
    [
        ("Effects are generally observed within 10-15 hours.", "15 hour"),
        ("The duration of action is several minutes.", "several minute"),
        ("Effects are generally observed within twenty minutes.", None),  # the number check
    ],
)
def test_amount_with_another_unit_is_rejected(claim: str, said: str | None) -> None:
    c = Grounder(ROUTE).check(claim, [ROUTE])
    assert not c.supported
    if said is not None:
        assert any(r.code == "unit_missing" and said in r.message for r in c.reasons), c.reasons


@pytest.mark.parametrize(
    "claim",
    [
        "Effects are generally observed within 10 to 15 minutes.",
        "The duration of action is several hours.",
    ],
)
def test_amount_with_its_unit_is_kept(claim: str) -> None:
    assert Grounder(ROUTE).check(claim, [ROUTE]).supported


ARMS = (
    "The Selank arm did not report the sedation, motor impairment, or anterograde-amnesia "
    "complaints associated with the medazepam arm."
)


def test_entities_that_trade_places_are_rejected() -> None:
    claim = (
        "The medazepam arm did not report the sedation, motor impairment, or "
        "anterograde-amnesia complaints associated with the Selank arm."
    )
    c = Grounder(ARMS).check(claim, [ARMS])
    assert not c.supported
    assert any("trade places" in r.message for r in c.reasons), c.reasons


@pytest.mark.parametrize(
    ("span", "claim"),
    [
        (ARMS, "Sedation and motor impairment were complaints of the medazepam arm, not of the Selank arm."),
        (
            "Kozlovskii and Danchev reported that Selank optimized active-avoidance performance in rats.",
            "Selank optimized active-avoidance performance in rats, Kozlovskii and Danchev reported.",
        ),
    ],
)
def test_reordered_clauses_keep_their_entities(span: str, claim: str) -> None:
    c = Grounder(span).check(claim, [span])
    assert not any("trade places" in r.message for r in c.reasons), c.reasons


def test_a_phrase_said_twice_is_a_garbled_restatement() -> None:
    """Recorded 0.5B output (golden selank-vs-semax, this round) that the checks accepted."""
    from summarizer.guards.restatement import restatement_issues

    span = (
        "This shared BDNF convergence is why researchers sometimes study both compounds "
        "together - one addressing the anxiety-driven suppression of neuroplasticity, the "
        "other directly driving neuroplasticity enhancement."
    )
    bad = (
        "Studies have shown that both neuroplasticity addresses anxiety-driven suppression, "
        "while neuroplasticity enhancement directly drives neuroplasticity enhancement."
    )
    issues = restatement_issues(bad, [span], wording=False)
    assert [i.code for i in issues] == ["phrase_repeated"]
    assert "'neuroplasticity enhancement' twice" in issues[0].message
    good = "One compound addresses the suppression of neuroplasticity, the other drives neuroplasticity enhancement."
    assert not [i for i in restatement_issues(good, [span], wording=False) if i.code == "phrase_repeated"]


# This round: a drug whose INN stem follows two letters, "most" on two scales, a name put in
# another name's slot though the span says it elsewhere, and relational adjectives (WordNet's
# pertainyms) typed as parts of the body.
TRIAL = (
    "In practice, Nordic clinics have used it for years, partly because of awareness of the Baltic "
    "literature, and it is not licensed in the EU (European Union) for any indication; a "
    "2016 study in rats found raised BDNF in cardiac and hepatic tissue after oxazepam."
)


@pytest.mark.parametrize(
    ("claim", "code", "said"),
    [
        ("A 2016 study in rats found raised BDNF after diazepam.", "substitution", "diazepam"),
        ("It is not licensed in the EU for most indications.", "antonym", "'most'"),
        ("In practice, Nordic clinics have used it for years, partly because of awareness of the Baltic literature.", None, None),
        ("In practice, Baltic clinics have used it for years, partly because of awareness of the Baltic literature.", "substitution", "'baltic'"),
        ("A 2016 study in rats found raised BDNF in renal and hepatic tissue.", "substitution", "'renal'"),
    ],
)
def test_this_rounds_swaps(claim: str, code: str | None, said: str | None) -> None:
    c = Grounder(TRIAL).check(claim, [TRIAL])
    if code is None:
        assert c.supported, c.reasons
        return
    assert not c.supported
    assert any(r.code == code and said in r.message for r in c.reasons), c.reasons


@pytest.mark.parametrize(
    "claim",
    [
        "It is not licensed in the EU for any indication.",  # an alias beside its name
        "It is not licensed in the European Union for any indication.",
        "A 2016 study in rats found raised BDNF in cardiac tissue after oxazepam.",
    ],
)
def test_this_rounds_faithful_kept(claim: str) -> None:
    c = Grounder(TRIAL).check(claim, [TRIAL])
    assert c.supported, c.reasons


HYPHEN = (
    "Replication by non-Russian groups is limited, the binding works on the same broad "
    "pathway though differently, and changes in circuit activity followed the dose."
)


@pytest.mark.parametrize(
    ("claim", "code"),
    [
        ("Replication by Russian groups is limited.", "negation_flip"),  # "non-" dropped
        ("The binding works on the same broad pathway and in the same way.", "antonym"),
        ("Changes in circuit activity preceded the dose.", "antonym"),
    ],
)
def test_prefix_scale_count_and_order_words(claim: str, code: str) -> None:
    c = Grounder(HYPHEN).check(claim, [HYPHEN])
    assert not c.supported
    assert any(r.code == code for r in c.reasons), c.reasons


@pytest.mark.parametrize(
    "claim",
    [
        "Replication by non-Russian groups is limited.",
        "The binding works on the same broad pathway, though differently.",
        "Changes in circuit activity followed the dose.",
    ],
)
def test_prefix_scale_count_and_order_faithful_kept(claim: str) -> None:
    c = Grounder(HYPHEN).check(claim, [HYPHEN])
    assert c.supported, c.reasons


def test_a_hyphen_prefix_the_span_lacks_is_a_flip() -> None:
    span = "Selank is a selective modulator of GABA receptors."
    c = Grounder(span).check("Selank is a non-selective modulator of GABA receptors.", [span])
    assert not c.supported
    assert any(r.code == "negation_flip" for r in c.reasons), c.reasons


def test_a_transliterated_apostrophe_stays_inside_the_name() -> None:
    """grounding_probe2 tune: the journal's name was cut at its apostrophe ("Eksperimental")
    and then not found; a possessive is still cut ("Selank's")."""
    from summarizer.guards.facts import claim_names

    span = (
        "A study published in Eksperimental'naia i Klinicheskaia Farmakologiia confirmed that "
        "chronic Selank administration did not produce tolerance."
    )
    claim = "Chronic Selank use did not produce tolerance, a study in Eksperimental'naia i Klinicheskaia Farmakologiia confirmed."
    assert Grounder(span).check(claim, [span]).supported
    assert claim_names("The data on Selank's effect came from O'Brien's lab.", False) == ["Selank", "O'Brien"]


def test_the_claims_numbers_pick_its_sentence_of_two_alike() -> None:
    """grounding_probe2 tune (no quotes): two trials both "compared Selank with" a drug; the
    claim's 2014 and 60 say which one it restates, so its drug is read against that one."""
    text = (
        "A 2008 study compared Selank with the benzodiazepine medazepam in 62 patients and "
        "reported a comparable anxiolytic effect. A 2014 trial of 60 patients compared Selank "
        "with phenazepam and reported a pronounced anxiolytic effect."
    )
    g = Grounder(text)
    bad = g.check("A 2014 trial of 60 patients compared Selank with medazepam and reported a pronounced anxiolytic effect.", None)
    assert not bad.supported
    assert any("phenazepam" in r.message for r in bad.reasons), bad.reasons
    assert g.check("A 2014 trial of 60 patients compared Selank with phenazepam.", None).supported


def test_a_number_from_another_study_beside_the_same_word() -> None:
    """grounding_probe2 tune (no quotes): 62 is the 2008 study's, the 2014 trial had 60."""
    text = (
        "A 2008 study compared Selank with the benzodiazepine medazepam in 62 patients and "
        "reported a comparable anxiolytic effect. A 2014 trial of 60 patients compared Selank "
        "with phenazepam and reported a pronounced anxiolytic effect."
    )
    g = Grounder(text)
    bad = g.check("A 2014 trial of 62 patients compared Selank with phenazepam and reported a pronounced anxiolytic effect.", None)
    assert not bad.supported
    assert any(r.code == "number_missing" and "60 patients" in r.message for r in bad.reasons), bad.reasons
    # a number inside a name is the name's ("COVID-19 testing" for "SARS-CoV-2 testing")
    span = "SARS-CoV-2 testing of 40 patients found antibodies in 12 patients."
    assert Grounder(span).check("COVID-19 testing of 40 patients found antibodies in 12 patients.", None).supported


def test_a_journal_swapped_for_one_named_elsewhere() -> None:
    """grounding_probe2 tune (no quotes): a run of names in the slot of another run."""
    text = (
        "A study published in Eksperimental'naia i Klinicheskaia Farmakologiia confirmed that "
        "chronic Selank administration did not produce tolerance. A review in Bioorganicheskaia "
        "Khimiia described its synthesis."
    )
    g = Grounder(text)
    bad = g.check("A study published in Bioorganicheskaia Khimiia confirmed that chronic Selank administration did not produce tolerance.", None)
    assert not bad.supported
    assert any("names 'bioorganicheskaia'" in r.message for r in bad.reasons), bad.reasons
    assert g.check("A study in Eksperimental'naia i Klinicheskaia Farmakologiia confirmed that chronic Selank administration did not produce tolerance.", None).supported


def test_a_number_slot_compares_values() -> None:
    span = "Patients received 1,500 mcg of Selank per day for 14 days; 12 patients dropped out."
    assert Grounder(span).check("Patients received 1500 mcg of Selank per day for 14 days.", None).supported
    bad = Grounder(span).check("Patients received 1500 mcg of Selank per day for 21 days.", None)
    assert not bad.supported and any(r.code == "number_missing" for r in bad.reasons), bad.reasons

