"""Regression tests for the grammar-shaped dosing rules added from the hand-written probes.

Each example was written for this file (none is a probe row or a dev-set row): it uses the
same grammar as a probe miss in other words, so a word-for-word rule would not pass it.
"""

from __future__ import annotations

import pytest
from samples import fires

from summarizer.models import DosingPolicy

ADVICE, STRICT = DosingPolicy.ADVICE, DosingPolicy.STRICT


HABITUAL = [
    "Newcomers tend to begin near 100 mcg.",
    "A lot of lifters split it across two meals.",
    "Those on a bulk usually go with 4 IU a day.",
    "Experienced users generally stay at 1 mg for a month.",
    "The standard protocol calls for 250 mcg twice a day.",
]

LABEL_TABLES_AND_LIMITS = [
    "Weight 22 to 32 kg | 11 to 15 years | 1 caplet every 8 hours",
    "Age 6 to 11 | half a tablet",
    "Maximum: 4 caplets per 24 hours.",
    "Max daily dose: 3 g",
    "The capsules should be taken with the evening meal.",
    "Rinse the spacer after each use.",
    "Give the dose at every dialysis visit.",
]

IFU_STEPS = [
    "Turn the knob until the window shows your dose.",
    "Leave the pen against the skin for 10 seconds after the click so the whole dose goes in.",
    "Pick a different injection spot each time.",
    "Hold the rinse in the mouth for one minute, then spit it out.",
    "Add the contents of one sachet to a glass of water.",
    "Tap the vial gently until the powder is fully dissolved.",
]

SCHEDULES_AND_COMBINATIONS = [
    "morning and evening",
    "Dose only on rest days.",
    "Take weekends off.",
    "After each course, rest for two weeks.",
    "Take a one-month break between bottles.",
    "Mix it with BPC-157 in the same syringe.",
    "Blend with magnesium in a 2:1 ratio.",
    "If you forget a tablet, skip it.",
    "Do not double up the next day.",
]

ADDRESSED_BESIDE_A_PAST_CLAUSE = [
    "You may move your injection day if the last dose was given at least 4 days earlier.",
    "You should resume the usual schedule once the missed dose was taken.",
]


@pytest.mark.parametrize("text", HABITUAL)
def test_habitual_third_person_use_is_advice(text: str) -> None:
    assert fires(text, ADVICE) and fires(text, STRICT)


@pytest.mark.parametrize("text", LABEL_TABLES_AND_LIMITS)
def test_label_table_cells_limits_and_meal_timing_are_advice(text: str) -> None:
    assert fires(text, ADVICE) and fires(text, STRICT)


@pytest.mark.parametrize("text", IFU_STEPS)
def test_instructions_for_use_steps_are_advice(text: str) -> None:
    assert fires(text, ADVICE) and fires(text, STRICT)


@pytest.mark.parametrize("text", SCHEDULES_AND_COMBINATIONS)
def test_schedules_breaks_pairings_and_missed_doses_are_advice(text: str) -> None:
    assert fires(text, ADVICE) and fires(text, STRICT)


@pytest.mark.parametrize("text", ADDRESSED_BESIDE_A_PAST_CLAUSE)
def test_second_person_instruction_survives_a_past_clause(text: str) -> None:
    assert fires(text, ADVICE)


REPORTS = [
    "The low-dose group took 20 mg each morning for a year.",
    "Participants in the placebo arm injected saline weekly.",
    "The 1 mg dose was better tolerated than 3 mg.",
    "Vomiting was more common at the 4 mg dose.",
    "Exposure doubled between the 5 mg and 10 mg doses.",
    "Its effects wear off about 8 hours after a dose.",
    "Each cartridge holds 15 mg, enough for several doses.",
    "Combination research in humans is still sparse.",
]


@pytest.mark.parametrize("text", REPORTS)
def test_reports_comparisons_and_device_contents_are_not_advice(text: str) -> None:
    assert not fires(text, ADVICE)


def test_used_together_alone_is_not_a_stacking_protocol() -> None:
    # a plain description of two compounds (the seed articles have one); evidence selection
    # withholds strict findings, so this must not fire
    assert not fires("The two peptides are often used together.", STRICT)


def test_combination_research_is_not_stacking_under_strict() -> None:
    assert not fires("Combination research is still preliminary.", STRICT)
