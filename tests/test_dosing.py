"""Tests for the dosing detector (summarizer.guards.dosing)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from summarizer.guards.dosing import DosingKind, scan_dosing
from summarizer.models import DosingPolicy, DosingScan


def _assert_spans(text: str, scan: DosingScan) -> None:
    for f in scan.findings:
        assert 0 <= f.start < f.end <= len(text)
        assert text[f.start : f.end] == f.text
        assert f.text in f.message
        assert f.kind in {k.value for k in DosingKind}


def _kinds(text: str, policy: DosingPolicy = DosingPolicy.STRICT) -> set[str]:
    scan = scan_dosing(text, policy)
    _assert_spans(text, scan)
    return {f.kind for f in scan.findings}


STRICT_POSITIVES = [
    # dose amounts with units
    ("Each vial holds 10 mg of peptide.", "dose_amount", "10 mg"),
    ("Draw up 0.5 ml of solution.", "dose_amount", "0.5 ml"),
    ("Vendors sell 5mg vials.", "dose_amount", "5mg vials"),
    ("A dose of 250 mcg was given.", "dose_amount", "250 mcg"),
    ("A dose of 250 µg was given.", "dose_amount", "250 µg"),
    ("A dose of 250 \u03bcg was given.", "dose_amount", "250 \u03bcg"),
    ("A dose of 250 ug was given.", "dose_amount", "250 ug"),
    ("Participants got 2 g of it.", "dose_amount", "2 g"),
    ("It contains 400 IU of vitamin D.", "dose_amount", "400 IU"),
    ("Inject 10 units before meals.", "dose_amount", "10 units"),
    ("Rats received 5 mg/kg.", "dose_amount", "5 mg/kg"),
    ("A 0.3% solution was prepared.", "dose_amount", "0.3% solution"),
    ("Use two sprays.", "dose_amount", "two sprays"),
    ("Add 3 drops to water.", "dose_amount", "3 drops"),
    ("Take 2 tablets.", "dose_amount", "2 tablets"),
    ("One capsule contains it; take 1 capsule.", "dose_amount", "1 capsule"),
    ("It was given as two hundred micrograms.", "dose_amount", "two hundred micrograms"),
    ("Children take 1/2 the adult dose.", "dose_amount", "1/2 the adult dose"),
    # protocol ranges
    ("Protocols use 200 to 900 mcg.", "protocol_range", "200 to 900 mcg"),
    ("Dosing is typically 250-500 mcg.", "protocol_range", "250-500 mcg"),
    # frequency and timing
    ("It was given twice daily.", "frequency", "twice daily"),
    ("It was given once a day.", "frequency", "once a day"),
    ("It was given every 8 hours.", "frequency", "every 8 hours"),
    ("It was given three times a day.", "frequency", "three times a day"),
    ("Metformin 500 mg b.i.d. was used.", "frequency", "b.i.d."),
    ("Ofloxacin t.i.d. was used.", "frequency", "t.i.d."),
    ("Aspirin q.d. was used.", "frequency", "q.d."),
    ("It was taken on an empty stomach.", "timing", "on an empty stomach"),
    ("Users take it before bed.", "timing", "before bed"),
    ("Most people dose in the morning.", "timing", "in the morning"),
    # routes as instructions
    ("Inject subcutaneously into the abdomen.", "route_instruction", "Inject subcutaneously"),
    ("Use two sprays in each nostril.", "route_instruction", "in each nostril"),
    ("Administer intranasally.", "route_instruction", "Administer intranasally"),
    # durations, cycles, titration, stacking
    ("Take it daily for 2 to 4 weeks.", "duration", "for 2 to 4 weeks"),
    ("It is run with cycle lengths of 2 to 4 weeks.", "cycle", "cycle lengths of 2 to 4 weeks"),
    ("A 5 days on, 2 days off schedule is common.", "cycle", "5 days on, 2 days off"),
    ("Most users taper off after a month.", "titration", "taper off"),
    ("Titrate up slowly.", "titration", "Titrate"),
    ("Increase the dose after a week.", "titration", "Increase the dose"),
    ("Many people stack with Semax.", "stacking", "stack"),
    ("Stack it with Semax.", "stacking", "Stack it with"),
    # imperative and second person
    ("Start with 250 mcg.", "imperative", "Start"),
    ("You should use Selank daily.", "second_person", "You should use"),
    ("Do not exceed the recommended amount.", "imperative", "Do not exceed"),
    ("If you miss a dose, skip it.", "missed_dose", "miss a dose"),
    ("24-35 lbs: 2-3 years: 5 mL", "dosing_table", "24-35 lbs: 2-3 years: 5 mL"),
    ("Users report effects after 4-6 weeks of consistent use.", "duration", None),
]


@pytest.mark.parametrize(("text", "kind", "piece"), STRICT_POSITIVES)
def test_strict_positives(text: str, kind: str, piece: str | None) -> None:
    scan = scan_dosing(text)
    _assert_spans(text, scan)
    assert scan.dosing_advice
    assert scan.policy is DosingPolicy.STRICT
    hits = [f for f in scan.findings if f.kind == kind]
    assert hits, [(f.kind, f.text) for f in scan.findings]
    if piece is not None:
        assert any(f.text == piece for f in hits), [f.text for f in hits]


OBFUSCATED = [
    "Take 5\u200bmg daily.",  # zero-width space
    "Take 5 m\u0433 daily.",  # Cyrillic ghe for g
    "Take 5 \u043c\u0433 daily.",  # Russian "mg"
    "Take \uff15\uff10\uff10 \uff4d\uff43\uff47 daily.",  # full-width
    "Take 5 0 0 m c g daily.",  # spaced out
    "Take 500 m\u0441g daily.",  # Cyrillic es
    "Take 5\u2070\u2070 mcg daily.",  # superscript zeros
    "Take five hundred micrograms daily.",  # words
    "Take 500\u00admcg daily.",  # soft hyphen
    "T\u200ba\u200bk\u200be 500 MCG TWICE DAILY.",  # upper case + zero width
    "Take 500 \u00b5g daily.",  # micro sign
]


@pytest.mark.parametrize("text", OBFUSCATED)
@pytest.mark.parametrize("policy", list(DosingPolicy))
def test_obfuscation_does_not_evade(text: str, policy: DosingPolicy) -> None:
    scan = scan_dosing(text, policy)
    _assert_spans(text, scan)
    assert scan.dosing_advice
    assert any(f.kind == "dose_amount" for f in scan.findings)


NEGATIVES = [
    "The trial enrolled 62 patients with generalized anxiety disorder.",
    "A 2014 comparative trial of 60 patients compared Selank with phenazepam.",
    "Selank was approved in Russia in 2009.",
    "It was studied in a 14-day trial.",
    "Anxiety scales were applied over approximately 14 days.",
    "Not reported over 14-day treatment windows; long-term data limited.",
    "Its molecular weight is 751.9 g/mol.",
    "The peptide weighs about 751 Da.",
    "Selank reduced anxiety by 40% compared with placebo.",
    "Selank modulates GABA signaling [3].",
    "Selank is a heptapeptide of seven amino acids.",
    "Selank altered the expression of 84 genes.",
    "Effects are observed within 10-15 minutes.",
    "That is the reason it is interesting in the first place.",
    "Sedation is common and dose-dependent with benzodiazepines.",
    "When you take an exogenous opioid, you flood the receptors.",
    "It should only be used under the supervision of a healthcare professional.",
    "Selank may break a vicious cycle rather than treat one symptom.",
    "The review cited 5 peer-reviewed sources and 15 references.",
]


@pytest.mark.parametrize("text", NEGATIVES)
@pytest.mark.parametrize("policy", list(DosingPolicy))
def test_negatives_do_not_fire(text: str, policy: DosingPolicy) -> None:
    scan = scan_dosing(text, policy)
    assert not scan.dosing_advice, [(f.kind, f.text) for f in scan.findings]
    assert scan.findings == []


ADVICE_POSITIVES = [
    "Take 250 mcg twice daily.",
    "You should use two sprays in each nostril.",
    "Start with a low dose and increase it after a week.",
    "Do not exceed 900 mcg per day.",
    "Stack it with Semax for better focus.",
    "Inject subcutaneously before bed.",
    "The recommended dose is 300 mcg.",
    "Swallow the tablets whole.",
    "Do not take an extra dose the next day.",
    "Selank should be taken on an empty stomach.",
    "Adults: take 1 or 2 tablets every 4 hours.",
    "24-35 lbs: 2-3 years: 5 mL",
    "Run it for 2 to 4 weeks, then take 2 weeks off.",
    "Take three times a day with meals.",
    # customary use described in the third person is advice (a reader could follow it)
    "Published protocols use 200 to 900 mcg with cycle lengths of 2 to 4 weeks.",
    "Selank is frequently stacked with Semax.",
]


@pytest.mark.parametrize("text", ADVICE_POSITIVES)
def test_advice_positives(text: str) -> None:
    for policy in DosingPolicy:
        scan = scan_dosing(text, policy)
        _assert_spans(text, scan)
        assert scan.dosing_advice, (policy, text)


REPORTED = [
    "Patients received 900 mcg daily for 14 days.",
    "The standard research concentration is 5mg.",
    "In the study, Selank was given twice daily.",
    # a route statement is dosing talk under strict, but no regimen to follow
    "It is administered as a subcutaneous injection or an intranasal spray.",
    "In nursing women a single 200 mg oral dose resulted in similar concentrations.",
]


@pytest.mark.parametrize("text", REPORTED)
def test_reported_doses_fire_only_under_strict(text: str) -> None:
    assert scan_dosing(text, DosingPolicy.STRICT).dosing_advice
    advice = scan_dosing(text, DosingPolicy.ADVICE)
    assert not advice.dosing_advice
    assert advice.findings == []


def test_policy_accepts_strings_and_rejects_unknown() -> None:
    assert scan_dosing("Take 5 mg.", "advice").policy is DosingPolicy.ADVICE
    assert scan_dosing("Take 5 mg.").policy is DosingPolicy.STRICT
    with pytest.raises(ValueError):
        scan_dosing("Take 5 mg.", "lenient")


def test_advice_sentence_reports_its_details_with_original_offsets() -> None:
    text = "Selank is a peptide [3].\n\nTake \u200b200 to 900 mcg   twice daily before bed."
    scan = scan_dosing(text, DosingPolicy.ADVICE)
    _assert_spans(text, scan)
    kinds = {f.kind for f in scan.findings}
    assert {"imperative", "dose_amount", "frequency", "timing"} <= kinds
    assert all(f.start > text.index("[3]") for f in scan.findings)


def test_multi_sentence_context_does_not_leak() -> None:
    text = "Take notes while reading. The trial lasted for 14 days and enrolled 62 patients."
    assert _kinds(text, DosingPolicy.ADVICE) == set()


def test_empty_text() -> None:
    scan = scan_dosing("")
    assert scan.findings == [] and not scan.dosing_advice


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=300), st.sampled_from(list(DosingPolicy)))
def test_random_unicode_never_crashes(text: str, policy: DosingPolicy) -> None:
    _assert_spans(text, scan_dosing(text, policy))


_INVISIBLE = st.sampled_from(["", "", "", "\u200b", "\u200d", "\u00ad", "\ufeff"])


@settings(max_examples=80, deadline=None)
@given(st.lists(_INVISIBLE, min_size=24, max_size=24), st.text(max_size=40))
def test_invisible_characters_never_hide_a_dose(noise: list[str], prefix: str) -> None:
    phrase = "take 500 mcg twice daily"
    mixed = "".join(c + n for c, n in zip(phrase, noise, strict=False))
    text = f"{prefix}\n{mixed}."
    scan = scan_dosing(text, DosingPolicy.ADVICE)
    _assert_spans(text, scan)
    assert any(f.kind == "dose_amount" for f in scan.findings)
