"""The strict-only broad mention rules (:mod:`summarizer.guards.dosing_mentions`) and the
superset guarantee: whatever ``advice`` flags, ``strict`` flags too."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from summarizer.guards.dosing import scan_dosing
from summarizer.models import DosingPolicy

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The injection goes into the upper outer quarter of the buttock.", "administration"),
        ("Once stable, patients can switch to the 4-weekly injection.", "frequency"),
        ("Co-administration with a strong inhibitor requires halving the dose.", "titration"),
        ("You should finish the whole course even if you feel better.", "titration"),
        ("Most clinics offer the shot once a week.", "frequency"),
        ("It was given subcutaneous in the older cohort.", "route"),
    ],
)
def test_strict_flags_dosing_talk_the_shared_rules_miss(text: str, kind: str) -> None:
    scan = scan_dosing(text, DosingPolicy.STRICT)
    assert scan.dosing_advice
    assert kind in {f.kind for f in scan.findings}
    for f in scan.findings:
        assert text[f.start : f.end] == f.text


@pytest.mark.parametrize(
    "text",
    [
        "Both are intranasal peptides from the same era of research.",
        "Side effects may include nasal irritation from the spray.",
        "Two weeks later the weather turned.",
        "The treatment room was repainted over 3 days.",
    ],
)
def test_broad_mentions_do_not_fire_without_use(text: str) -> None:
    assert not scan_dosing(text, DosingPolicy.STRICT).dosing_advice


def test_mentions_never_change_the_advice_decision() -> None:
    # strict flags these, advice does not: a mention is never advice on its own
    for text in (
        "The injection goes into the upper outer quarter of the buttock by the nurse in the video.",
        "Both compounds are given subcutaneous in trials.",
    ):
        assert scan_dosing(text, DosingPolicy.STRICT).dosing_advice
        assert not scan_dosing(text, DosingPolicy.ADVICE).dosing_advice


def test_a_flagged_sentence_keeps_the_findings_of_the_shared_rules() -> None:
    text = "Users may notice effects within the first 1-2 weeks of use."
    kinds = [f.kind for f in scan_dosing(text, DosingPolicy.STRICT).findings]
    assert kinds == ["duration"]


def _all_probe_texts() -> list[str]:
    out: list[str] = []
    for path in sorted((ROOT / "tests" / "data").glob("dosing_probe*.jsonl")):
        out += [json.loads(line)["text"] for line in path.read_text("utf-8").splitlines() if line]
    return out


def test_strict_is_a_superset_of_advice() -> None:
    texts = _all_probe_texts()
    assert len(texts) > 600
    advised = [t for t in texts if scan_dosing(t, DosingPolicy.ADVICE).dosing_advice]
    assert len(advised) > 250
    missed = [t for t in advised if not scan_dosing(t, DosingPolicy.STRICT).dosing_advice]
    assert missed == []
    for t in advised[:50]:  # every advice finding is a strict finding
        adv = {(f.start, f.end, f.kind) for f in scan_dosing(t, DosingPolicy.ADVICE).findings}
        strict = {(f.start, f.end, f.kind) for f in scan_dosing(t, DosingPolicy.STRICT).findings}
        assert adv <= strict
