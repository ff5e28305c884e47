"""Regression tests for the dosing rules added after the blind probe ``dosing_probe5``.

Every example was written for this file; none is a probe row or a dev-set row. Each rule is a
sentence function, not a phrase: spacing a dose from something else by a stated time (when to
take it), a dose change held out to the reader as what comes next (titration), measuring a dose
with a dosing device (how to administer); and two description frames (what a patch or device
releases, recall reports) that keep product lines from reading as a regimen.
"""

from __future__ import annotations

import pytest
from samples import fires

from summarizer.guards.dosing import scan_dosing
from summarizer.models import DosingPolicy

ADVICE, STRICT = DosingPolicy.ADVICE, DosingPolicy.STRICT

ADVICE_ROWS = [
    # spacing from another medicine or a meal by a stated time
    "Stagger the iron tablets and the thyroid pill by 4 hours.",
    "Keep spacing the capsule and calcium supplements by at least 2 hours.",
    # a dose change ahead
    "Your prescriber will adjust the dose based on how you respond.",
    "The care team might lower your daily dose if dizziness develops.",
    # measuring with a dosing device
    "Always measure liquid doses with the dosing cup that comes in the box.",
    "Give the syrup measured in a medicine dropper, not a household spoon.",
    # a further dose held out by a modal
    "Take one capsule at the first sign of symptoms; another capsule can be taken after 4 hours.",
    # a modal passive with a time offset
    "The port must be flushed with saline 10 minutes before the infusion.",
    # a limit on an administration rate
    "Potassium chloride is given no faster than 10 mEq per hour through a peripheral line.",
]

NOT_ADVICE_ROWS = [
    # spacing words with no time or no medicine
    "Separate the recycling from the general waste by Friday.",
    # a dose change reported in the past is a report
    "In the trial, investigators could adjust the dose and did so in 40% of patients.",
    # measuring that is not a dose
    "Blood pressure was measured with an automated cuff.",
    # release rates and recall reports
    "The ring releases 15 mcg of hormone per day.",
    "Recall of 3,000 cartons of 250 mg capsules, lot 44B, for a labelling error.",
    "Voluntary recall of pen needles, 31G x 5 mm, over a packaging defect.",
    # a counted group in the past, and a nominal subject with a past verb of course
    "Twelve adults stopped the 50 mg tablets because of headache.",
    "Severe neutropenia developed at 8 mg/m2 in the escalation cohort.",
    # a modal passive with a time offset that is sampling, not a step of the regimen
    "Blood samples should be collected 2 hours after the 10 mg dose.",
    # a further dose word with no modal: a description
    "A second injection site reaction is rare.",
    # a dose as the subject of a past verb of effect, a comparison, a kit's contents
    "The 20 mg dose lowered systolic pressure more than placebo.",
    "Response rates were similar at 5 mg compared with 10 mg daily.",
    "Kit contents: 2 vials (10 mg), 2 mL sterile water, 5 syringes.",
]

# a course length is dosing talk for strict, whether or not it is advice
STRICT_ONLY_ROWS = [
    "The 10-day regimen has largely replaced the older 14-day one.",
]


@pytest.mark.parametrize("text", STRICT_ONLY_ROWS)
def test_course_length_is_dosing_talk_under_strict(text: str) -> None:
    assert fires(text, STRICT)


@pytest.mark.parametrize("text", ADVICE_ROWS)
def test_structure_rules_fire_under_both_policies(text: str) -> None:
    assert fires(text, ADVICE)
    assert fires(text, STRICT)


@pytest.mark.parametrize("text", NOT_ADVICE_ROWS)
def test_structure_rules_leave_descriptions_and_reports_as_not_advice(text: str) -> None:
    assert not fires(text, ADVICE)


@pytest.mark.parametrize(
    "text",
    [
        # dosing_probe6 tune miss (customary use told by its outcome)
        "Many users report best results dosing pre-workout, roughly 30 minutes before training.",
        "Many users report best results dosing pre-workout.",
    ],
)
def test_advice_by_its_outcome_is_advice(text: str) -> None:
    assert scan_dosing(text, DosingPolicy.ADVICE).dosing_advice


@pytest.mark.parametrize(
    "text",
    [
        "The study reported the best results in the high-dose group.",
        "Selank showed the best effects in the anxiety group after 14 days.",
        "For best results, store the vial in the refrigerator.",
    ],
)
def test_best_results_without_a_regimen_is_not_advice(text: str) -> None:
    assert not scan_dosing(text, DosingPolicy.ADVICE).dosing_advice


# dosing_probe7 tune misses, in other words: forum shorthand with a route between the amount
# and the schedule, a missed "pin", a time of day to avoid, products kept minutes apart
PROBE7_ADVICE = [
    "BPC-157 250mcg SQ EOD, evenings if it makes you drowsy",
    "Ipamorelin 100 mcg subq bid",
    "Tesamorelin 1 mg IM q3d",
    "If you miss a Tuesday shot, take it Wednesday and carry on.",
    "If you miss your morning pill, take it at lunch.",
    "Avoid taking caffeine after noon.",
    "Don't dose it past midday.",
    "Separate the two kinds of drops by at least 5 minutes.",
    "Keep the inhalers 5 minutes apart.",
    # a weekday as the schedule, said in the first person present (the reader can copy it)
    "I inject 2.5 mg every Friday night and it has been smooth.",
    "Most of us run 1 mg every Monday.",
    # syringe-mark arithmetic: how much a mark on the syringe holds
    "After mixing, every 5-unit tick on a U-100 syringe equals 125 mcg.",
    "With 2 mL of water, 500 mcg is 20 units.",
]
PROBE7_NOT_ADVICE = [
    "Overdosage: Doses of up to 800 mg have been taken without serious effects.",
    "The dose was reduced to 5 mg in 12% of participants because of rash.",
    "Treatment was interrupted in 7.5% of patients for a week or longer.",
    "Lunch is served after noon in the clinic.",
    "She missed a Sunday meeting because of the trial visit.",
    "Doses were escalated every 2 weeks per protocol until a response was seen.",
    "The gym is busiest every Monday.",
]

# dosing_probe8 tune misses, in other words
PROBE8_ADVICE = [
    "s w a l l o w   t w o   t a b l e t s   e a c h   m o r n i n g",
    "they told me take it on empty stomach, 1 tablet, then wait 30 minute before food",
    "so with 3 mL in the 10 mg vial, 15 units gets you about 0.5 mg",
]
PROBE8_NOT_ADVICE = [
    "My father was on 40 mg of atorvastatin for a decade.",
    "Arm C | 10 mg BID | n = 98 | HbA1c -1.2% at week 26",
    "Supplement Facts | Serving Size 1 Tablet | Servings Per Container 90 | Zinc 15 mg | 136% DV",
    "Feed the puppy half a cup of kibble twice a day.",
    "Give the tomato seedlings 10 mL of fertiliser per litre every week.",
    "In cattle, the labelled dose is 2 mg/kg IM once daily for 3 days.",
]

# dosing_probe9 tune misses, in other words
PROBE9_ADVICE = [
    "When you have a fever, double your prednisolone for 3 days and call the clinic.",
    "- Semax 300 mcg intranasal, evening",
    "20:00 Amlodipine 5 mg PO",
    "missed ur sema jab? if its within 4 days just take it, otherwise wait for the next one",
    "Day 1: 250 before bed. Day 2: 250 twice. Day 3: 500 twice.",
    "CJC-1295 2x/day (on waking and at bedtime), 100 mcg each, away from food.",
]
PROBE9_NOT_ADVICE = [
    "The cyclist allegedly took 20 mg of the stimulant before the climb.",
    "She'd been taking Selank twice a day through the whole exam term.",
    "My cousin ran BPC-157 at 500 mcg a day last summer and still rates it.",
    "Block 3 recap: did 6 wks of tb at 2 mg twice a week, no sides.",
    "Semaglutide and dulaglutide are both once-weekly subcutaneous injections.",
    "Use code SPRING15 for 15% off any order of 2 vials or more.",
    "Add 2 tablets per 5,000 gallons every week to keep the pool clear.",
    "Dilute two capfuls of bleach in 4 L of water and wipe down the counters.",
    "Add 1 tsp baking powder, then bake for 20 minutes at 200 degrees.",
    "Eating 2,000 kcal and 150 g protein a day, cardio twice a week.",
    "Listen on 98.1 FM at 8 am every weekday for the pharmacy phone-in.",
    "The bottle comes with a 10 mL oral syringe marked in 0.5 mL steps.",
    "The kit holds two vials, 5 mg each, and ten alcohol swabs.",
]

# dosing_probe10 tune misses, in other words
PROBE10_ADVICE = [
    "Per our call, please go up from 1 mg to 1.5 mg of melatonin each night from Sunday.",
    "Reminder: 300 mcg Selank due now, right nostril this time.",
    "Hi Jo, it's 9am, time for your 5 mg ramipril.",
    "Squirt the syrup slowly into the side of the mouth, a little at a time.",
    "Starter tirz: 2.5/wk x4 then 5/wk x4.",
    "Adults need a diphtheria booster every 10 years.",
    "Hep B course: doses on day 0, day 7 and day 21, all before your trip to a pre-exposure area.",
    "Flucloxacillin 500 1 cap QDS x5d",
    "TUE: Semax 600 mcg | WED: off | THU: Semax 600 mcg",
]
PROBE10_NOT_ADVICE = [
    "Buster's prednisolone went down to 5 mg every other day at his last recheck.",
    "The cyclist admitted injecting EPO twice a week during the 2019 season.",
    "My grandfather swallowed a spoon of cod liver oil every morning for fifty years.",
    "Hepatitis A vaccine 1 mL IM given 12/04/2025, batch HA3391.",
    "1 mL insulin syringes, 30G x 8 mm, box of 100",
    "Platelets are usually lowest 10 to 14 days after each cycle of chemotherapy.",
    "Pull a single shot of espresso: 9 g in, 18 g out, in 25 seconds.",
    "Marinate the lamb in 3 tbsp yoghurt for at least 6 hours.",
    "Mix one part dye with two parts developer and leave on for 30 minutes.",
    "Dilute 20 mL of weedkiller in 2 L of water and spray on a dry, still day.",
    "Cut weekly mileage by a quarter in race week.",
    "Take five minutes to fill in our survey before 6 pm on Monday.",
    "Lion's mane is sold as capsules and as a powder.",
]
# dosing_probe11 tune misses, in other words of our own
PROBE11_ADVICE = [
    "Morning reminder babes: one scoop of the greens powder in your smoothie, every single day.",
    "BG over 15 → give 3 extra units of the fast-acting → check again in 2 h.",
    "Stack tip: roughly one choline cap per racetam dose.",
    "Dad: drops in the left eye at 9 and 9; the tablets can be crushed into jam.",
    "TUE DINNER: 1 x amlodipine 5, 1 x atorvastatin 20",
    "Please to chew the tablet well, two time in the day with the food.",
]
PROBE11_NOT_ADVICE = [
    "The plant doses chlorine at 1.2 mg/L and the operator logs the residual every hour.",
    "Bench press 5 x 5 at 80% of 1RM on Mondays, deload every sixth week.",
    "Prior authorisation denied: the request for tirzepatide 15 mg weekly lacks a BMI record.",
    "Lithium levels above 1.5 mg/L, reached after small dose increases, signal toxicity.",
    "14 Across: Three times a day, to a chemist (3)",
    "Week 5 bloom: keep EC at 2.0 and add 3 mL/L of Part B at each top-up.",
    "Slide 9: tirzepatide half-life ~5 days, so steady state arrives after 4 weekly doses.",
    "2021 update: removed the earlier advice of 81 mg aspirin daily for everyone over 60.",
    "SELANK 0.15% nasal spray 3 ml x 3 bottles FREE SHIPPING",
    "\u201cLost 9 kg on the 10 mg dose between March and August.\u201d \u2014 Priya, 35",
    "The panel found that the carer had given 20 mg of diazepam nightly, not the 5 mg prescribed.",
    "Add one sachet per 10 litres of drinking water for 3 days, treating the whole herd.",
    "Set the doser to add 8 mL of alkalinity buffer per day, spread over 24 hourly doses.",
    "Pitch one sachet of yeast per 20 litres, then dry hop with 40 g on day 5.",
    "Dissolve 1 mg of the peptide in 1 mL of 0.1% TFA and load 10 µL onto the C18 column.",
    "Orchids: half-strength feed every second watering, then flush with rainwater monthly.",
]


@pytest.mark.parametrize(
    "text", PROBE7_ADVICE + PROBE8_ADVICE + PROBE9_ADVICE + PROBE10_ADVICE + PROBE11_ADVICE
)
def test_probe_tune_kinds_are_advice(text: str) -> None:
    assert fires(text, ADVICE)
    assert fires(text, STRICT)


@pytest.mark.parametrize(
    "text",
    PROBE7_NOT_ADVICE + PROBE8_NOT_ADVICE + PROBE9_NOT_ADVICE + PROBE10_NOT_ADVICE + PROBE11_NOT_ADVICE,
)
def test_probe_tune_reports_and_non_medicines_are_not_advice(text: str) -> None:
    assert not fires(text, ADVICE)


def test_sliding_scale_thresholds_stay_advice() -> None:
    """A glucose threshold in mg/dL or mmol/L is a step of a sliding scale, not a concentration
    being described (the concentration frame, from dosing_probe11, must not swallow it)."""
    assert fires("1 unit for every 50 mg/dL above 150, before each meal.", ADVICE)
    assert fires("2 units per 15 g of carbs, plus 1 extra unit for every 3 mmol/L over 10.", ADVICE)


def test_lions_mane_is_not_a_morning_dose() -> None:
    """"mane" (Latin, in the morning) counts only after an amount or a form (probe7 row)."""
    assert not fires("Lion's mane contains hericenones in cell studies.", STRICT)
    assert fires("Prednisolone 5 mg mane", STRICT)


def test_a_question_asks_and_does_not_tell() -> None:
    """An order-form option (dosing_probe7 tune) is a question: not advice, still dosing talk
    under strict; a question that carries a schedule stays advice."""
    offer = "Add bacteriostatic water (30 mL)?  + $8.00"
    assert not fires(offer, ADVICE)
    assert fires(offer, STRICT)
    assert fires("Why not just take 500 mcg daily?", ADVICE)
    assert fires("Missed a dose? Take it as soon as you remember.", ADVICE)


ORDER_FORM_FIELDS = [
    "Select size: 5 mg / 10 mg",
    "Choose strength: 5mg, 10mg or 20mg",
    "Pick a pack: 3 x 10 mg vials",
    "Please select a vial size before checkout.",
    "Choose your bundle: 2 x 5 mg + bacteriostatic water",
    "Your order: Semaglutide 5 mg x 1, Tirzepatide 10 mg x 2",
]
ORDER_FORM_INSTRUCTIONS = [
    "Add 2 mL of bacteriostatic water to the vial.",
    "Choose a dose of 250 mcg twice daily to start.",
    "Add the peptide to your stack at 500 mcg daily.",
]


@pytest.mark.parametrize("text", ORDER_FORM_FIELDS)
def test_order_form_choices_are_not_advice(text: str) -> None:
    """An order form's fields pick a product; strict still flags their amounts."""
    assert not fires(text, ADVICE)
    assert fires(text, STRICT)


@pytest.mark.parametrize("text", ORDER_FORM_INSTRUCTIONS)
def test_instructions_that_open_like_a_choice_stay_advice(text: str) -> None:
    assert fires(text, ADVICE)
