"""Regression tests for the dosing policies: one parametrized test per kind of language.

Every example here was written for these tests (in the style of peptide guides, supplement
notes and drug labels); none is copied from the dev sets.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from summarizer.guards.dosing import scan_dosing
from summarizer.models import DosingPolicy, DosingScan

ADVICE, STRICT = DosingPolicy.ADVICE, DosingPolicy.STRICT


def _check(text: str, scan: DosingScan) -> None:
    for f in scan.findings:
        assert text[f.start : f.end] == f.text
        assert f.message.startswith(f"'{f.text}' is ")
    assert scan.dosing_advice == bool(scan.findings)


def _fires(text: str, policy: DosingPolicy) -> bool:
    scan = scan_dosing(text, policy)
    _check(text, scan)
    return scan.dosing_advice


CUSTOMARY = [
    "Users typically take 150 to 600 mcg per day.",
    "Most users inject 200mcg before bed.",
    "Most researchers start at 1.5 mg twice weekly.",
    "Many people run it at 500 mg daily for a month.",
    "The usual dose for adults is 2 capsules.",
    "A typical dosage of magnesium glycinate is 200-400 mg.",
    "Some people split the daily amount into two injections.",
    "Doses of 5-10 mg are common in most protocols.",
]

FRAGMENTS = [
    "300-600 mcg daily",
    "Week 7+: 6mg once weekly (max)",
    "9+ | 4-6mg | Maintenance range",
    "1-3 | 1mg | Starting dose",
    "Weeks 4-6: 2.5 mg",
    "Typical dose | 50-150 mg",
    "2 mg twice a week",
]

SCHEDULES = [
    "4 days on, 3 days off",
    "then once weekly for 8 weeks",
    "Twice daily, morning and evening.",
    "Repeat every 12 hours as needed.",
    "Cycle for 6 weeks, then take 2 weeks off.",
]

ADMINISTRATION = [
    "Hold the tablet under the tongue until it dissolves.",
    "Let it dissolve under the tongue for a minute.",
    "Alternate the abdomen and the thigh.",
    "Rotate injection sites to avoid irritation.",
    "Insert the needle at a 45-degree angle.",
    "Inject slowly into the fatty tissue of the abdomen.",
    "Shake the bottle well before each use.",
]

RECONSTITUTION = [
    "Add 2 mL bacteriostatic water to the vial.",
    "Reconstitute the powder with 1 mL of sterile water.",
    "Aim the stream at the glass so the water runs down the side.",
    "Swirl gently until the powder is fully dissolved; never shake.",
]

PATIENT_LABEL = [
    "Take one capsule every morning with food.",
    "Children 6 to 11 years: chew 2 tablets every 4 hours.",
    "Do not take more than 6 caplets in 24 hours.",
    "Apply a thin layer to the affected area once daily.",
    "Swallow the tablet whole; do not crush or chew it.",
]

PRESCRIBER = [
    "The recommended dosage is 100 mg once daily.",
    "Administer the diluted solution by intravenous infusion over 45 to 90 minutes.",
    "Initiate treatment with 5 mg once daily and increase at weekly intervals.",
    "Dilute the required volume in 250 mL of 0.9% Sodium Chloride Injection.",
    "The maximum daily dose should not exceed 2,000 mg.",
    "For patients with moderate renal impairment, reduce the dose by half.",
    "A loading dose of 400 mg on Day 1 is followed by 200 mg once daily from Day 2.",
    "Adults weighing 40 kg or more: 150 mg on Day 1, then 75 mg daily.",
    "The recommended total treatment duration is 7 days.",
    "Treatment may be extended for up to 3 additional days.",
    "Gently invert the infusion bag 10 times to mix.",
    "Flush the line with 20 mL of saline after each infusion.",
    "Individualize the dosage according to the severity of pain.",
    "Initiate dosing with one tablet every 6 to 8 hours as needed.",
    "Do not abruptly discontinue the drug in a physically dependent patient.",
]

TITRATION = [
    "Increase the dose by 2.5 mg every four weeks.",
    "Taper gradually over two weeks rather than stopping abruptly.",
    "Titrate to effect, starting at the lowest dose.",
    "Start low and go slow.",
    "Stay at each step for at least four weeks before increasing.",
]

MISSED = [
    "If you miss a dose, take it as soon as you remember.",
    "Skip the missed dose if it is almost time for the next one.",
    "Do not take two doses at once to make up for a missed one.",
]

STACKING = [
    "Stack it with ipamorelin for better sleep.",
    "Pairs well with L-theanine.",
    "Many users combine it with TB-500 for faster recovery.",
    "Add GHK-Cu to this stack for skin support.",
]


@pytest.mark.parametrize("text", CUSTOMARY)
def test_customary_third_person_use_is_advice(text: str) -> None:
    assert _fires(text, ADVICE) and _fires(text, STRICT)


@pytest.mark.parametrize("text", FRAGMENTS)
def test_list_fragments_and_table_rows_are_advice(text: str) -> None:
    assert _fires(text, ADVICE) and _fires(text, STRICT)


@pytest.mark.parametrize("text", SCHEDULES)
def test_schedules_without_amount_are_advice(text: str) -> None:
    assert _fires(text, ADVICE) and _fires(text, STRICT)


@pytest.mark.parametrize("text", ADMINISTRATION)
def test_administration_steps_are_advice(text: str) -> None:
    assert _fires(text, ADVICE) and _fires(text, STRICT)


@pytest.mark.parametrize("text", RECONSTITUTION)
def test_reconstitution_is_advice(text: str) -> None:
    assert _fires(text, ADVICE) and _fires(text, STRICT)


@pytest.mark.parametrize("text", PATIENT_LABEL)
def test_patient_label_imperatives_are_advice(text: str) -> None:
    assert _fires(text, ADVICE) and _fires(text, STRICT)


@pytest.mark.parametrize("text", PRESCRIBER)
def test_prescriber_dosage_and_administration_is_advice(text: str) -> None:
    assert _fires(text, ADVICE) and _fires(text, STRICT)


@pytest.mark.parametrize("text", TITRATION)
def test_titration_and_taper_are_advice(text: str) -> None:
    assert _fires(text, ADVICE) and _fires(text, STRICT)


@pytest.mark.parametrize("text", MISSED)
def test_missed_dose_is_advice(text: str) -> None:
    assert _fires(text, ADVICE) and _fires(text, STRICT)


@pytest.mark.parametrize("text", STACKING)
def test_stacking_is_advice(text: str) -> None:
    assert _fires(text, ADVICE) and _fires(text, STRICT)


ROUTES = [
    "IM or subQ preferred.",
    "Intranasal delivery is the most studied route.",
    "It is given as a subcutaneous injection.",
    "Oral use is limited by poor stability.",
]


@pytest.mark.parametrize("text", ROUTES)
def test_route_statements_fire_under_strict_only(text: str) -> None:
    assert _fires(text, STRICT)
    assert not _fires(text, ADVICE)


REPORTED = [
    "Patients received 250 mcg daily for 21 days in the open-label extension.",
    "Rats were given 10 mcg/kg intraperitoneally once a day.",
    "In mice, 2 mg/kg twice daily reduced lesion size.",
    "Peak plasma concentrations occur 2 hours after a 50 mg oral dose.",
    "Each tablet contains 500 mg of the active ingredient.",
    "NDC 12345-678-90: bottles of 60 tablets, 25 mg each.",
    "A 10 mg vial costs about $45.",
    "I injected 300 mcg every morning for six weeks.",
    "Started at 1 mg weekly, then moved up to 2 mg.",
    "Reconstituted vials should be stored in the refrigerator for up to 28 days.",
    "After a single 20 mg oral dose, the mean half-life was 4 hours.",
    "The tablets are supplied as 10 mg/500 mg strengths in bottles of 100.",
    "Subjects in the high-dose arm received 600 mg twice daily for 8 weeks.",
]


@pytest.mark.parametrize("text", REPORTED)
def test_reported_described_and_personal_doses_are_not_advice(text: str) -> None:
    assert not _fires(text, ADVICE)


NOT_DOSING = [
    "In a 2008 study of 62 patients, Selank reduced anxiety.",
    "Symptoms improved over approximately 14 days.",
    "The drug was approved by the FDA in 2017.",
    "Nausea and headache were the most common side effects.",
    "Monitor blood pressure and kidney function regularly.",
    "Selank acts on GABA-A receptors and raises BDNF levels.",
    "The peptide has a molecular weight of 751 g/mol.",
    "Benzodiazepines can keep people awake at night when withdrawn.",
]


@pytest.mark.parametrize("text", NOT_DOSING)
def test_research_and_safety_statements_fire_under_neither_policy(text: str) -> None:
    assert not _fires(text, ADVICE)
    assert not _fires(text, STRICT)


# ---- properties

_AMOUNTS = st.sampled_from(["250 mcg", "2 mg", "0.5 mL", "5 mg", "100-300 mcg", "1.5 mg"])
_FREQS = st.sampled_from(["twice daily", "once weekly", "every 8 hours", "three times a day"])
_TAILS = st.sampled_from(["", " for 4 weeks", " before bed", " with food"])


@settings(max_examples=60, deadline=None)
@given(_AMOUNTS, _FREQS, _TAILS)
def test_past_trial_framing_turns_advice_off_but_keeps_strict(
    amount: str, freq: str, tail: str
) -> None:
    regimen = f"{amount} {freq}{tail}"
    assert _fires(regimen, ADVICE)
    reported = f"In a 2019 trial, patients received {regimen}."
    assert not _fires(reported, ADVICE)
    assert _fires(reported, STRICT)


_ZW = st.sampled_from(["\u200b", "\u200d", "\u00ad", "\ufeff", "\u2060"])
_GLYPHS = {"a": "\u0430", "e": "\u0435", "o": "\u043e", "c": "\u0441", "g": "\u0433"}


@settings(max_examples=80, deadline=None)
@given(
    _AMOUNTS,
    _FREQS,
    st.lists(st.tuples(st.integers(min_value=0, max_value=60), _ZW), max_size=6),
    st.booleans(),
    st.sampled_from(list(DosingPolicy)),
)
def test_obfuscation_never_removes_a_finding(
    amount: str,
    freq: str,
    inserts: list[tuple[int, str]],
    homoglyphs: bool,
    policy: DosingPolicy,
) -> None:
    plain = f"Take {amount} {freq}."
    noisy = plain
    for pos, ch in inserts:
        noisy = noisy[: pos % len(noisy)] + ch + noisy[pos % len(noisy) :]
    if homoglyphs:
        noisy = "".join(_GLYPHS.get(c, c) for c in noisy)
    clean = scan_dosing(plain, policy)
    dirty = scan_dosing(noisy, policy)
    _check(noisy, dirty)
    assert clean.dosing_advice and dirty.dosing_advice
    assert {f.kind for f in clean.findings} <= {f.kind for f in dirty.findings}


LABEL_STEPS = [
    "Immediately shake the vial for 20 seconds.",
    "Allow the contents of the vial to settle for a few minutes.",
    "The total infusion time should be 60 minutes.",
    "Dosage should be adjusted to the response of the patient.",
    "Route: Subcutaneous injection",
    "Both peptides can be drawn into the same syringe.",
    "Stay at 1 mg for the first month.",
    "Move up to 2 mg in week 5.",
    "Treatment duration for most patients is 10 days.",
    "Avoid taking it within 3 hours of bedtime.",
    "Most courses have a 'loading' phase and a 'maintenance' phase.",
]


@pytest.mark.parametrize("text", LABEL_STEPS)
def test_preparation_and_step_language_is_advice(text: str) -> None:
    assert _fires(text, ADVICE) and _fires(text, STRICT)


DESCRIBED = [
    "Lyophilized powder: 50 mg vial for reconstitution.",
    "My dose was 4 mg when the plateau started.",
    "The comparisons were run at treatment durations of about two weeks.",
    "Check blood pressure and monitor breathing every 2 hours after the first dose.",
    "Liver injury has been associated with doses above 3,000 mg per day.",
]


@pytest.mark.parametrize("text", DESCRIBED)
def test_presentations_and_past_regimens_are_not_advice(text: str) -> None:
    assert not _fires(text, ADVICE)


# Rules fitted to dosing_probe12's tune half, each in wordings of our own: what is not a person's
# dose under advice (a price list, a rate over an area, bench and kitchen steps, reported advice,
# a case narrative, a measured level) and the shorthand regimens it had missed.
NOT_A_PERSONS_DOSE = [
    "BPC-157 5 mg — $45 · 10 mg — $79 · free shipping over $150",
    "Exam £40.00 · carprofen 50 mg tabs x14 £18.50",
    "Spread the fertiliser at 40 g/m² every 6 weeks in spring.",
    "Dose the pond with 2 mL per m³ weekly.",
    "Knead 500 g flour with 2 g salt for 10 minutes twice.",
    "Incubate 1 mL of the lysate at 37 °C for 30 min, then spin it down.",
    "Titrate 10 mL of the sample with 0.05 M HCl until the endpoint.",
    "The clinic owner had told clients to inject 2 mg weekly, the inspectors wrote.",
    "A 61-year-old man developed a rash 10 days after starting allopurinol 300 mg daily.",
    "Serum levels rose to 12 ng/mL per day of dosing by week 4.",
    "Passwords must be reset every 60 days.",
    "Week 3: Dose adjustment in hepatic impairment (seminar slides on the portal)",
    # from dosing_probe14's tune half: a presentation, a share price, a child-safety line
    "• Injection: 150 mg/1 mL in a single-dose prefilled pen",
    "Shares closed up 6% after the 10 mg arm hit its primary endpoint.",
    "Store the pens and all medicines out of the reach of children.",
    "Eat 500 kcal before training twice daily.",
]
SHORTHAND_REGIMENS = [
    "Chin 6u over 2 points · masseter 25u per side",
    "REMINDER: 2 tablets now, next dose at 22:00.",
    "Before the match set a temp basal of 80% and cut the lunch bolus by half.",
    "If magnesium is under 0.7, give 20 mEq magnesium sulfate IV over 2 hours.",
    "Patients on the capsules may be switched mg for mg to the oral solution.",
    "For research subjects of about 80 kg, our protocols use 500 mcg daily for six weeks.",
    "Creatinine clearance 30 to 50 mL/min: 500 mg every 12 hours.",
    "The recommended dose is 60 mg/m² as a 30-minute intravenous infusion every 3 weeks.",
    "Premedication with an antihistamine should be given 30 minutes before each infusion.",
    "Withhold the drug for at least 5 days before surgery and do not resume it until healed.",
    "Angle the needle at 45 degrees if you are lean.",
    "Ipamorelin: 200 mcg subcutaneous, Tuesday / Thursday / Saturday",
    "Easy rule: 2 mL of bacteriostatic water per 10 mg vial.",
    "take one first thing in the morning before food",
    "Not sure what to pick? Most users enter between 200 and 400 mcg.",
    # kept: an herbal decoction drunk on a schedule is still a regimen
    "Boil one sachet in two cups of water and drink it warm twice a day.",
    # kept: one price beside a regimen is not a price list
    "Inject 250 mcg daily for 4 weeks; a 5 mg vial is $45.",
]


@pytest.mark.parametrize("text", NOT_A_PERSONS_DOSE)
def test_prices_area_rates_bench_steps_and_reports_are_not_advice(text: str) -> None:
    assert not _fires(text, ADVICE)


@pytest.mark.parametrize("text", SHORTHAND_REGIMENS)
def test_injector_units_doses_due_now_and_pump_changes_are_advice(text: str) -> None:
    assert _fires(text, ADVICE)
    assert _fires(text, STRICT)


# Label wording that shares a word with the not-advice frames above and must stay advice: a
# drug's salt ("HCl"), an indication ("agitation"), a UK patch ("plaster"), "poses a risk",
# a single-dose device in an instruction, breaks between puffs.
LABEL_WORDS_KEPT = [
    "Take metformin HCl 500 mg twice daily with meals.",
    "For agitation associated with schizophrenia, the recommended dose is 10 mg IM.",
    "Apply one medicated plaster to the painful area once daily for up to 12 hours.",
    "Because insulin poses a risk of hypoglycemia, reduce the insulin dose by 20%.",
    "Inject the entire contents of the single-dose prefilled pen subcutaneously into the thigh.",
    "Take 2 puffs and rest between puffs for 30 seconds.",
    # and words of earlier rounds' lists: food energy beside a dose, an herbal "wort", a
    # peptide's "TFA" salt, bovine supplements
    "Take 40 mg once daily with food (at least 350 calories).",
    "Take one tablet with a meal of about 500 kcal.",
    "Take 300 mg of St John's wort three times daily.",
    "Reconstitute the BPC-157 TFA 5 mg vial with 2 mL bacteriostatic water and inject 250 mcg daily.",
    "Take 10 g of bovine collagen peptides daily in water.",
    "Take 2 capsules of bovine colostrum each morning.",
]


@pytest.mark.parametrize("text", LABEL_WORDS_KEPT)
def test_label_wording_near_the_not_advice_frames_stays_advice(text: str) -> None:
    assert _fires(text, ADVICE)


# A label's cross-reference ("[see Clinical Studies (14)]") names another section; the report
# frames ("studies", "trials") must not read it as this sentence's own framing.
@pytest.mark.parametrize(
    "text",
    [
        "The recommended dosage is 300 mg every 4 weeks [see Clinical Studies (14)].",
        "Loading dose: 8 mg/kg IV over 90 minutes, then 6 mg/kg every 3 weeks (see Clinical Studies).",
    ],
)
def test_a_cross_reference_does_not_make_a_regimen_a_report(text: str) -> None:
    assert _fires(text, ADVICE)


def test_a_trial_report_with_a_cross_reference_is_still_a_report() -> None:
    assert not _fires("In clinical studies, patients received 300 mg every 4 weeks [see Adverse Reactions (6.1)].", ADVICE)


# Label wording from probe15's tune half (session 23), in new sentences: each is a regimen
# beside a word that reads as description, or a label's dose-modification table.
@pytest.mark.parametrize(
    "text",
    [
        "The approved dose for adults with migraine is 70 mg by subcutaneous injection once monthly.",
        "5.3 Patients Previously Treated with Two Regimens - Start the tablets at 20 mg once daily.",
        "When switching from another anticoagulant, stop it and start the new one when the INR is below 2.",
        "48-59 lbs | 6-8 years | 2 chewables",
        "Platelets below 25,000/mm3 | Interrupt dosing | On recovery, restart at 75% of the previous dose",
    ],
)
def test_label_regimens_beside_describing_words_are_advice(text: str) -> None:
    assert _fires(text, ADVICE)


@pytest.mark.parametrize(
    "text",
    [
        "About 60% of a radiolabeled 50 mg dose was recovered in urine within 72 hours.",
        "The line fills 40,000 capsules per hour at full speed.",
        "5.3 Patients with Moderate Hepatic Impairment - Exposure was 2-fold higher after a 20 mg dose.",
        "The approved indications are listed in section 1.",
        "Package contains 24 chewable tablets in 3 blister cards of 8.",
    ],
)
def test_label_descriptions_near_those_words_stay_not_advice(text: str) -> None:
    assert not _fires(text, ADVICE)


# probe16's tune half (session 23), in new sentences: a regimen in one clause of a sentence
# whose other clause, or a comma-set-off aside, reports a study; card fragments with no verb.
@pytest.mark.parametrize(
    "text",
    [
        "Infuse over 60 minutes once every 2 weeks; in Study 3, patients received a median of 9 infusions.",
        "Most patients in the trials responded within a month; therefore, continue 20 mg once daily for at least 4 weeks.",
        "Patients with severe renal impairment, who had twice the exposure in the renal study, should take 10 mg once daily.",
        "Split: ½ morning, ½ evening",
        "Tirzepatide 2.5 → 5 → 7.5 → 10 mg, four weeks per step",
        "Recon: 2 mL BAC into the 10 mg vial",
        "EOD, SubQ, mornings",
    ],
)
def test_a_regimen_beside_a_reporting_clause_or_on_a_card_is_advice(text: str) -> None:
    assert _fires(text, ADVICE)


@pytest.mark.parametrize(
    "text",
    [
        "A dose-finding study compared 5, 10 and 20 mg once daily over 8 weeks; the effect levelled off above 10 mg.",
        "Chlorine dosed at 1.2 mg/L; the operator checked the residual hourly overnight.",
        "Eight volunteers took one 200 mg dose after fasting; blood samples were drawn 2 hours after the dose.",
        "Can I take it at night?",
        "Half the cohort used 2 mg a week and half used 4 mg; results were similar.",
    ],
)
def test_a_report_split_by_a_semicolon_or_a_question_stays_not_advice(text: str) -> None:
    assert not _fires(text, ADVICE)


# probe17's tune half (session 24), in new sentences: forum shorthand for a regimen or a cap,
# two products in one shot, a late weekly dose; and reports that look like advice.
@pytest.mark.parametrize(
    "text",
    [
        "tbh just do 0.25 for a month and see how your stomach handles it",
        "Ipamorelin blunts quickly, so keep runs to 8 weeks max.",
        "if I were the lab rat here I'd keep it under 500 mcg a day at first",
        "TB and BPC can go into one syringe, no need to pin twice.",
        "If you're 2 days late on your weekly jab, just do it; otherwise wait for your normal day.",
    ],
)
def test_forum_shorthand_for_a_regimen_or_a_cap_is_advice(text: str) -> None:
    assert _fires(text, ADVICE)


@pytest.mark.parametrize(
    "text",
    [
        "Our staff cannot give dosing or reconstitution advice by email.",
        "Fluoxetine is present in human milk; the estimated infant daily dose is 0.1 mg/kg/day.",
        "Pinned 2 mg a week for ten weeks and the shoulder settled.",
        "40 mg\t88\t37%\t(95% CI: 29, 45)",
    ],
)
def test_a_refusal_milk_levels_a_past_run_and_a_trial_row_are_not_advice(text: str) -> None:
    assert not _fires(text, ADVICE)
