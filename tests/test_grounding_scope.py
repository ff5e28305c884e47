"""A limit the span puts on what it says, dropped by the claim (``scope``, session 24): fitted
to the ``condition_dropped`` rows of grounding_probe10's to probe12's tune halves, tested here
in new sentences, each beside a faithful claim that keeps the limit or leaves its clause out."""

from __future__ import annotations

import dataclasses

import pytest

from summarizer.guards.grounding import DEFAULT_CHECKS, Grounder, GroundingConfig


def messages(claim: str, span: str, *, checks: frozenset[str] = DEFAULT_CHECKS) -> list[str]:
    config = dataclasses.replace(GroundingConfig(), checks=checks)
    return [r.message for r in Grounder(span, config).check(claim, [span]).reasons]


CASES = [
    (
        "In the 2019 mouse study, Semax lowered corticosterone under acute restraint stress.",
        "In the 2019 mouse study, Semax lowered corticosterone.",
        "In the 2019 mouse study, Semax lowered corticosterone under acute restraint stress.",
        "under acute restraint",
    ),
    (
        "Sleep latency usually shortened within two nights in open-label studies of the peptide.",
        "Sleep latency with the peptide usually shortened within two nights.",
        "In open-label studies, sleep latency with the peptide usually shortened within two nights.",
        "in open-label studies",
    ),
    (
        "Semax is poorly absorbed when swallowed as a tablet, so it is given as nasal drops.",
        "Semax is poorly absorbed, so it is given as nasal drops.",
        "Semax is given as nasal drops.",
        "when swallowed as",
    ),
    (
        "The label lists drowsiness at higher doses as the main adverse effect.",
        "The label lists drowsiness as the main adverse effect.",
        "The label lists drowsiness at higher doses as the main adverse effect.",
        "at higher doses",
    ),
    (
        "Liver enzymes rose in some volunteers with prolonged daily use of the extract.",
        "Liver enzymes rose in some volunteers taking the extract.",
        "Liver enzymes rose in some volunteers with prolonged daily use of the extract.",
        "with prolonged daily use",
    ),
    (
        "The products are sold for laboratory research only, have not been tested for safety in "
        "people (unless stated), and must not be injected.",
        "The products have not been tested for safety in people.",
        "The products are sold for laboratory research only and must not be injected.",
        "unless stated",
    ),
    (
        "The older drug relieved some symptoms but with weaker acute efficacy than the new one.",
        "The older drug relieved some symptoms but with weaker efficacy than the new one.",
        "The older drug relieved some symptoms but with weaker acute efficacy than the new one.",
        "acute",
    ),
]


@pytest.mark.parametrize(("span", "dropped", "kept", "limit"), CASES)
def test_a_dropped_limit_is_rejected_and_a_kept_one_passes(
    span: str, dropped: str, kept: str, limit: str
) -> None:
    said = messages(dropped, span)
    assert any(limit in m and "drops the limit" in m for m in said), said
    assert messages(kept, span) == []


def test_the_check_can_be_switched_off() -> None:
    span, dropped, _, limit = CASES[0]
    assert not any(limit in m for m in messages(dropped, span, checks=DEFAULT_CHECKS - {"scope"}))


def test_a_limit_of_another_clause_or_a_name_does_not_count() -> None:
    # "acute" names a disease here; "in patients" limits a clause the claim leaves out
    span = "The gene was silenced in acute myeloid leukemia cell lines."
    assert not any("limit" in m for m in messages("The gene was silenced in myeloid leukemia cell lines.", span))
    span = "The review is short but useful: it describes the drug tapered in patients with long exposure."
    assert messages("The review is short but useful.", span) == []


def test_a_claim_with_a_limit_of_its_own_is_left_to_the_other_checks() -> None:
    span = "Anxiety scores fell within a week in rats given the peptide."
    assert not any("drops the limit" in m for m in messages("Anxiety scores fell within a week in animals given the peptide.", span))
