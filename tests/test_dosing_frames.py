"""Round-3 advice rules: report and scene frames (precision) and the new instruction shapes
(recall). Sentences written for these tests, not taken from any dev set or probe."""

from __future__ import annotations

import pytest

from summarizer.guards.dosing import scan_dosing
from summarizer.models import DosingPolicy


def _advice(text: str) -> bool:
    return scan_dosing(text, DosingPolicy.ADVICE).dosing_advice


@pytest.mark.parametrize(
    "text",
    [
        # a nominal subject with a past verb of course
        "Titration halted at 40 mg once liver tests rose.",
        # a scene being described, not an instruction to the reader
        "In the training video, the nurse injects 0.5 mL into the upper arm.",
        "The animation shows the tablet dissolving under the tongue over two minutes.",
        "The spray is pumped into the left nostril by the presenter before each take.",
        # what a business does with a medicine
        "Several telehealth clinics combine tirzepatide with niacinamide.",
        # appearance, markings, meta text, hearsay, a label's history, a level comparison
        "Once mixed, the reconstituted peptide is clear with no particles.",
        "The oral syringe is marked in 0.5 mL steps up to 5 mL.",
        "This article explains how dilution changes the units you draw.",
        "A 500 mcg dose is often quoted on bodybuilding forums.",
        "The leaflet was revised to add a 1 mg starting dose.",
        "Trough levels were comparable with once-daily and twice-daily doses.",
        # how a regimen fared, what someone told a reporter, what critics say, regulators
        "Safety was acceptable at doses of up to 40 mg.",
        "She injects her pen every Friday night, her husband told reporters.",
        "Experts warn that 5 mg twice a week is far too much.",
        "The EMA is assessing the twice-yearly injection.",
        "Most users split the weekly dose in two, according to a poll of 900 readers.",
    ],
)
def test_reports_and_scenes_are_not_advice(text: str) -> None:
    assert not _advice(text)
    assert scan_dosing(text, DosingPolicy.STRICT).dosing_advice  # still dosing talk


@pytest.mark.parametrize(
    "text",
    [
        "Adults can then move to the 10 mg tablet after a month.",
        "Patients should complete the full ten-day course of capsules.",
        "I'd run the peptide at 300 mcg before bed for a month.",
        "A drop in kidney function warrants a dose reduction.",
        "Strong inducers call for doubling the dose.",
        "Cycle length: 6 weeks",
        "Eight weeks on, followed by a four-week break.",
        "The needle goes into the fatty layer just under the skin.",
        "Watch the demo, then press the pen to your thigh for ten seconds.",
        "Do not apply it more than 4 days in a row.",
        "The tablet can be taken with or without a meal.",
        "For jet lag, the first capsule is taken one hour before boarding.",
        "Those over 90 kg need 2 tablets per dose.",
        "Sema: 0.25 for a month, then 0.5 for a month.",
        "Avoid taking the tablets within 2 hours of antacids.",
        "Teens 13-17: same as adults.",
        "Capsules should be separated by at least 6 hours.",
        "Spacing the sprays evenly across the day keeps the effect steady.",
    ],
)
def test_new_instruction_shapes_are_advice(text: str) -> None:
    assert _advice(text)


@pytest.mark.parametrize(
    "text",
    [
        "Users may begin to notice calmer mornings within 2 weeks of use.",
        "Watch for signs of low blood sugar after each dose.",
        "Recruitment stopped early because of slow enrolment.",
    ],
)
def test_look_alikes_are_not_advice(text: str) -> None:
    assert not _advice(text)
