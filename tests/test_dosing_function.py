"""Regression tests for the sentence-function dosing rules (:mod:`summarizer.guards.dosing_function`).

Every example was written for this file; none is a probe row or a dev-set row. The positives
have no shared trigger phrase: what they share is what the sentence does (an instruction with
a medicine in it, a schedule, a headed table row, a prescription in the passive). The negatives
are instructions and descriptions that give no regimen.
"""

from __future__ import annotations

import pytest
from samples import fires

from summarizer.models import DosingPolicy

ADVICE, STRICT = DosingPolicy.ADVICE, DosingPolicy.STRICT


INSTRUCTIONS = [
    "Wash your hands, then peel the backing off the film.",
    "Place the wafer on your tongue and let it disintegrate.",
    "Exhale away from the device, then close your lips tightly around it.",
    "If a rash appears at the site, move the next patch to the other arm.",
    "Always wait a full minute between puffs.",
    "Be sure to finish the whole course even if the fever goes away.",
    "When switching from tablets, start the injection the day after the last tablet.",
    "Lower the amount by a quarter each week until you are off it.",
    "Skip the evening injection on days you don't train.",
]

SCHEDULES_AND_ROWS = [
    "Ages 4-8: 1 gummy daily",
    "Children 2 to 5 years - 2.5 mL every 6 hours",
    "TB-500: 2.5mg E3D for 6 weeks",
    "Ipa 100mcg 3x/day fasted",
    "Keep the doses 12 hours apart.",
    "Two puffs, repeated after 4 hours if needed.",
]

PASSIVE_AND_MODAL = [
    "The granules can be mixed into soft food and should be swallowed without chewing.",
    "Once stable, the interval can be stretched to every 8 weeks.",
    "Each step up should last at least a fortnight.",
]

NOT_A_REGIMEN = [
    "Keep in mind that doses used in rats do not translate to people.",
    "Take the results with a grain of salt, since the study was small.",
    "Use caution when reading claims about peptide products.",
    "Store the tablets at room temperature away from moisture.",
    "Ask your doctor whether this medicine is right for you.",
    "Keep the vial away from children and pets.",
    "Leave the interpretation of the mouse data to specialists.",
    "The drug can be used for several kinds of anxiety.",
    "It should only be used under medical supervision.",
    "The infusion bag is made of PVC-free plastic.",
    "Headaches usually ease off within the first week of each dose change.",
]


@pytest.mark.parametrize("text", INSTRUCTIONS)
def test_an_instruction_about_a_medicine_is_advice(text: str) -> None:
    assert fires(text, ADVICE) and fires(text, STRICT)


@pytest.mark.parametrize("text", SCHEDULES_AND_ROWS)
def test_schedules_and_headed_rows_are_advice(text: str) -> None:
    assert fires(text, ADVICE) and fires(text, STRICT)


@pytest.mark.parametrize("text", PASSIVE_AND_MODAL)
def test_passive_and_modal_prescriptions_are_advice(text: str) -> None:
    assert fires(text, ADVICE) and fires(text, STRICT)


@pytest.mark.parametrize("text", NOT_A_REGIMEN)
def test_instructions_and_descriptions_without_a_regimen_are_not_advice(text: str) -> None:
    assert not fires(text, ADVICE)


def test_a_stop_use_sentence_with_an_amount_stays_advice() -> None:
    text = "Stop taking it after 10 days; adults may repeat 2 tablets once if pain returns."
    assert fires(text, ADVICE)
    assert not fires("Stop use and see a doctor if the rash spreads beyond 3 days.", ADVICE)


def test_a_reported_schedule_stays_a_report() -> None:
    text = "Volunteers injected 1 mg weekly x4 before the scans."
    assert not fires(text, ADVICE)
    assert fires(text, STRICT)
