"""Near-miss summaries of two seed articles through ``validate`` (issue 10).

Each case is a faithful, accepted summary with one item changed in one way the issue names:
the guards must reject it, with a reason code of the expected family, and the faithful
controls must pass. Hand-written (dev data: the rules were written with these in view), so
the rate they give is a development figure, not a held-out one.
"""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from summarizer.cli import app
from summarizer.guards import GuardConfig
from summarizer.models import DosingPolicy, Status
from summarizer.source import read_source
from summarizer.validation import validate_summary

GOLDEN = Path(__file__).resolve().parent.parent / "golden"
TIERS = GOLDEN / "selank-evidence-tiers" / "article.txt"
SEMAX = GOLDEN / "selank-vs-semax" / "article.txt"

Q_WHAT = "Selank is a synthetic peptide developed in Russia and studied mainly for anxiety and stress-related symptoms."
Q_2008 = (
    "A 2008 study in generalized anxiety disorder and neurasthenia compared Selank with the benzodiazepine "
    "medazepam in 62 patients and reported a comparable anxiolytic effect"
)
Q_2014 = (
    "A 2014 comparative trial of 60 patients with phobic-anxiety and somatoform disorders compared Selank "
    "with phenazepam and reported a pronounced anxiolytic effect plus a mild nootropic effect"
)
Q_RATS = (
    "A 2017 study in rats added a behavioral piece to that picture, reporting that Selank enhanced the "
    "anxiolytic effect of diazepam under conditions of chronic stress."
)
Q_2018 = (
    "A 2018 laboratory study in Protein and Peptide Letters reported that Selank acts as a positive "
    "allosteric modulator of GABA receptors"
)
Q_SMALL = "These are small studies concentrated in a few research groups rather than large, independent international trials."


def _item(text: str, quote: str, kind: str = "finding", level: str | None = None) -> dict[str, Any]:
    return {"text": text, "quotes": [quote], "kind": kind, "evidence_level": level}


CONTROL: dict[str, Any] = {
    "overview": {"text": "Selank is a synthetic peptide developed in Russia and studied mainly for anxiety.", "quotes": [Q_WHAT]},
    "claims": [
        _item("A 2008 study compared Selank with medazepam in 62 patients and reported a comparable anxiolytic effect.", Q_2008, "evidence", "human_trial"),
        _item("A 2014 trial of 60 patients compared Selank with phenazepam and reported a pronounced anxiolytic effect.", Q_2014, "evidence", "human_trial"),
        _item("A 2017 study in rats reported that Selank enhanced the anxiolytic effect of diazepam under chronic stress.", Q_RATS, "evidence", "animal"),
        _item("A 2018 laboratory study reported that Selank acts as a positive allosteric modulator of GABA receptors.", Q_2018, "mechanism", "in_vitro"),
    ],
    "caveats": [{"text": "The studies are small and concentrated in a few research groups.", "quotes": [Q_SMALL]}],
}


def _claim(n: int, text: str, quotes: list[str] | None = None) -> dict[str, Any]:
    summary = copy.deepcopy(CONTROL)
    summary["claims"][n]["text"] = text
    if quotes is not None:
        summary["claims"][n]["quotes"] = quotes
    return summary


def _extra(item: dict[str, Any]) -> dict[str, Any]:
    summary = copy.deepcopy(CONTROL)
    summary["claims"].append(item)
    return summary


#: (id, summary, the codes any one of which the rejection must carry)
NEAR_MISSES: list[tuple[str, dict[str, Any], set[str]]] = [
    ("number-word", _claim(1, "A 2014 trial of sixty-two patients compared Selank with phenazepam and reported a pronounced anxiolytic effect."), {"number_missing"}),
    ("number", _claim(0, "A 2008 study compared Selank with medazepam in 82 patients and reported a comparable anxiolytic effect."), {"number_missing"}),
    ("antonym-direction", _claim(2, "A 2017 study in rats reported that Selank weakened the anxiolytic effect of diazepam under chronic stress."), {"direction_flip", "antonym", "substitution"}),
    ("antonym-agonist", _claim(3, "A 2018 laboratory study reported that Selank acts as a negative allosteric modulator of GABA receptors."), {"antonym", "direction_flip", "substitution"}),
    ("placebo-for-comparator", _claim(0, "A 2008 study compared Selank with placebo in 62 patients and reported a comparable anxiolytic effect."), {"name_substituted", "substitution", "entity_missing"}),
    ("humans-for-rats", _claim(2, "A 2017 study in humans reported that Selank enhanced the anxiolytic effect of diazepam under chronic stress."), {"evidence_level_added", "evidence_level", "evidence_level_dropped"}),
    ("sentence-initial-name", _claim(1, "Phenazepam was compared with Semax in a 2014 trial of 60 patients that reported a pronounced anxiolytic effect."), {"entity_missing", "name_substituted"}),
    ("hedge-dropped", _claim(3, "Selank is a positive allosteric modulator of GABA receptors.", [Q_2018]), {"hedge_dropped", "hedge_flip", "evidence_level_dropped"}),
    ("venue-swapped", _claim(3, "A 2018 laboratory study in the Journal of Neurochemistry reported that Selank acts as a positive allosteric modulator of GABA receptors."), {"entity_missing", "name_substituted"}),
    ("merged-studies", _claim(0, "A 2008 study compared Selank with phenazepam in 60 patients and reported a pronounced anxiolytic effect.", [Q_2008]), {"number_missing", "entity_missing", "name_substituted", "substitution"}),
    ("fuzzy-quote-changes-words", _claim(2, "Selank can enhance the effect of diazepam, a rat study reported.", ["A 2017 study in rats added a behavioral piece to that picture, reporting that Selank weakened the anxiolytic effect of diazepam under conditions of chronic stress."]), {"quote_not_found", "no_anchor"}),
    ("one-word-quote", _claim(2, "A 2017 study in rats reported that Selank enhanced the anxiolytic effect of diazepam under chronic stress.", ["diazepam"]), {"quote_too_short", "quote_not_found", "no_anchor"}),
    ("dose-in-claim", _claim(1, "A 2014 trial of 60 patients reported a pronounced anxiolytic effect at 300 mcg twice daily."), {"dosing_amount", "dosing_frequency", "dosing_regimen", "dosing_protocol_range", "number_missing"}),
    ("call-to-action", _extra({"text": "Talk to SCR's licensed physicians today to see whether Selank is right for you.", "quotes": ["SCR coordinates any peptide consideration through licensed physicians, who decide whether it is appropriate for a given individual."], "kind": "finding", "evidence_level": None}), {"call_to_action", "promotional", "treatment_recommendation"}),
    ("same-fact-twice", _extra(_item("In a 2008 trial of 62 patients, Selank's anxiolytic effect was comparable to medazepam's.", Q_2008, "evidence", "human_trial")), {"same_fact", "duplicate_claim", "near_duplicate_claim"}),
    ("certainty-added", _claim(2, "A 2017 study in rats proved that Selank always enhances the anxiolytic effect of diazepam under chronic stress."), {"hedge_flip", "quantifier_added", "hedge_dropped", "substitution"}),
]

SEMAX_CONTROL: dict[str, Any] = {
    "overview": {
        "text": "Selank and Semax are peptides from Russian neuropharmacology research.",
        "quotes": ["Both Selank and Semax emerged from decades of Soviet-era and post-Soviet neuropharmacology research at the Russian Academy of Sciences."],
    },
    "claims": [
        _item("Selank is derived from tuftsin and acts mainly on anxiety and immune function.", "Selank is derived from tuftsin and has primary activity in anxiety modulation and immune function, with secondary cognitive effects."),
        _item("Semax is derived from ACTH(4-7) and acts mainly on BDNF upregulation and cognitive enhancement.", "Semax is derived from ACTH(4-7) and has primary activity in BDNF upregulation and cognitive enhancement, with secondary anxiolytic properties."),
        _item("Both compounds converge on BDNF as a shared downstream target.", "Both compounds converge on BDNF as a shared downstream target, which is where their otherwise divergent research profiles intersect."),
    ],
    "caveats": [],
}


def _check(summary: dict[str, Any], article: Path = TIERS, policy: DosingPolicy = DosingPolicy.STRICT) -> Any:
    return validate_summary(read_source(article), json.dumps(summary), GuardConfig(dosing_policy=policy))


def _codes(result: Any) -> set[str]:
    return {r.code for item in result.items for r in item.issues} | {r.code for r in result.reasons}


def test_the_control_is_accepted() -> None:
    result = _check(CONTROL)
    assert result.status is Status.ACCEPTED, sorted(_codes(result))


@pytest.mark.parametrize(("summary", "codes"), [pytest.param(s, c, id=i) for i, s, c in NEAR_MISSES])
def test_each_near_miss_is_rejected_for_its_reason(summary: dict[str, Any], codes: set[str]) -> None:
    result = _check(summary)
    found = _codes(result)
    assert result.status is Status.REJECTED, "accepted"
    assert found & codes, sorted(found)
    assert all(r.message for item in result.items for r in item.issues)


def test_an_ellipsis_quote_cannot_hide_a_dose() -> None:
    quote = "Published Selank protocols in the Russian clinical literature use intranasal administration ... with cycle lengths of 2 to 4 weeks."
    summary = copy.deepcopy(SEMAX_CONTROL)
    assert _check(summary, SEMAX).status is Status.ACCEPTED
    summary["claims"].append(
        {"text": "Published Selank protocols use cycles of a few weeks.", "quotes": [quote], "kind": "finding", "evidence_level": None}
    )
    for policy in DosingPolicy:
        result = _check(summary, SEMAX, policy)
        assert result.status is Status.REJECTED
        claim = result.items[-1]
        hidden = [r for r in claim.issues if r.code.startswith("dosing_") and "900 mcg" in r.message]
        assert hidden, [(r.code, r.message) for r in claim.issues]  # the hidden middle carries the dose


def test_the_cli_prints_the_verdict(tmp_path: Path) -> None:
    path = tmp_path / "summary.json"
    path.write_text(json.dumps(NEAR_MISSES[1][1]))
    result = CliRunner().invoke(app, ["validate", str(TIERS), str(path)])
    assert result.exit_code == 1
    assert "claims[0]" in result.stdout and "82" in result.stdout
