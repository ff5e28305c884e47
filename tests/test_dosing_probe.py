"""The hand-written dosing probes: their form, and the detector's figures on their tune halves.

The probes (``tests/data/dosing_probe*.jsonl``) were written for this project, one sentence a
row, labelled by the rules of ``shared/eval/README.md``. Rows are split tune/test per row by the
hash of ``scripts/eval_dosing.py``; rules were written against the tune halves only, so only the
tune halves are held to the targets here (the test halves are for a final, single reading).
"""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType

import pytest

from summarizer.guards.dosing import scan_dosing
from summarizer.models import DosingPolicy

ROOT = Path(__file__).resolve().parents[1]
PROBES = sorted((ROOT / "tests" / "data").glob("dosing_probe*.jsonl"))


def _eval_module() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "eval_dosing", ROOT / "scripts" / "eval_dosing.py"
    )
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("eval_dosing", mod)
    spec.loader.exec_module(mod)
    return mod


EVAL = _eval_module()


def test_there_are_probes() -> None:
    assert len(PROBES) >= 2


@pytest.mark.parametrize("path", PROBES, ids=lambda p: p.name)
def test_probe_rows_are_well_formed_and_balanced(path: Path) -> None:
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    assert len(rows) >= (80 if path.name in _SMALL else 150)
    assert len({r["id"] for r in rows}) == len(rows)
    assert all(r["hand_written"] is True for r in rows)
    assert {r["label"] for r in rows} == {"dosing_advice", "not_advice"}
    positives = sum(r["label"] == "dosing_advice" for r in rows)
    assert 0.4 <= positives / len(rows) <= 0.6
    loaded = EVAL.load(path)
    assert {r.split for r in loaded} == {"tune", "test"}
    # one row per split key: no near-duplicate can sit on both sides through a shared key
    keys = [EVAL.split_key(r["source"], "document") for r in rows]
    assert len(set(keys)) == len(rows)


#: Blind probes no rule has been fitted to yet, whose tune half misses the targets. Strict, so
#: the rule that fixes one has to say so (probe6's tune half read advice recall 0.938 blind;
#: the "best results dosing ..." rule took it to 0.969).
#: probe7 (helper, 200 rows in vendor/order-form, label and forum styles) read blind: advice
#: P 0.917 R 0.926, strict R 0.960 over all its rows; four rules (forum shorthand with a route,
#: a missed "pin", "after noon", products kept minutes apart) and a past-report frame ("was
#: reduced ... in 18% of patients") took its tune half to P 0.951 R 0.983, strict R 1.000, and
#: a question that asks ("Add bacteriostatic water (30 mL)?") to P 0.967.
#: probe8 (helper, 200 rows in 173 styles: vendor pages, forums, transcripts, UK leaflets,
#: label sections, translated text) read blind: advice P 0.874 R 0.957, strict R 0.990 over its
#: 189 non-ambiguous rows; test half P 0.829 R 0.967, strict R 1.000. Seven rules from its
#: tune half (spaced letters with wide word gaps, "on empty stomach", syringe-unit arithmetic
#: said "gets you", someone's past regimen "was on 75 mcg", a trial table's arm and "n =",
#: supplement-facts panels, and what is fed to plants, dough or animals) took the tune half to
#: 1.000 on all three; every other tune half and the seed-article fires were unchanged.
#: probe9 (helper, 200 rows in 190 styles not in probes 7 and 8: pharmacy stickers, nurse
#: handovers, flattened tables, forum slang, stack logs, weight-based and sliding-scale doses)
#: read blind over its 182 non-ambiguous rows: advice P 0.794 R 0.895, strict R 0.942 (test
#: half P 0.872 R 0.944, strict R 0.946). Rules from its tune half (hearsay, a past progressive,
#: "last year" and "did 6 wks", a medicine described by its schedule, an amount beside its route
#: or a clock time, "double your X for", a missed "ur" shot, a day-by-day list, and text about
#: pools, cleaning, baking, food energy, training, radio, cameras or promotion codes) took the
#: tune half to P 0.960 R 0.960, strict R 0.980, and "100 mcg each" beside a frequency (each
#: dose, not a pack) to R 0.980; no other tune half lost a row.
#: probe10 (helper, 200 rows in 164 new styles: SMS reminders, discharge letters, inhaler
#: technique, vaccine schedules, future-tense trial synopses, dentistry, veterinary wording)
#: read blind at the end of the round over its 195 non-ambiguous rows: advice P 0.796 R 0.887,
#: strict R 0.948 (test half P 0.795 R 0.939, strict R 0.971). Rules from its tune half (a
#: dose reminder "due now" or "time for your", a weekday-headed row, "go up from X to Y",
#: "squirt", UK and Latin shorthand "TDS", "x7d", "0.25/wk", a booster "every 10 years"; and as
#: reports: a dose that "went up", was "admitted" or given on a dated batch, a relative's past
#: habit, "box of 100", counts "lowest" after treatment, espresso, marinades, hair dye,
#: weedkiller, mileage and surveys) took its tune half from P 0.797 R 0.859, strict R 0.939 to
#: P 0.970 R 1.000, strict R 1.000; no other tune half lost a row.
#: probe11 (helper-26, 200 rows in 179 styles, 66 of them mentions that are not advice) read
#: blind over its 185 non-ambiguous rows: advice P 0.806 R 0.916, strict R 0.950 (tune half
#: P 0.761 R 0.895, strict R 0.932; test half P 0.878 R 0.947, strict R 0.976). Rules from
#: its tune half (a row headed by weekday and meal "MON BREAKFAST:", "2 extra units" after an
#: arrow, one cap per dose of another product, drops "in both eyes", "please to swallow ...
#: one time in the day", "every single day"; and as not advice: a concentration in mg/L that
#: is not a sliding-scale threshold, kinetics, a refused prior authorisation, withdrawn advice,
#: weight lost, a tribunal's finding, shipping, a slide heading, a crossword clue, flocks,
#: hydroponics, orchids, reef tanks, brewing, HPLC and strength training) took its tune half
#: to P 1.000 R 1.000, strict R 1.000; no other tune half lost a row.
#: probe12 (helper-28, 200 rows in 200 styles new to probes 1-11 and the dev sets: allergy
#: build-up cards, dispensary menus, hospice notes, fingertip units, sliding scales in prose,
#: homeopathy, court transcripts) read blind at the end of session 21 over its 185
#: non-ambiguous rows: advice P 0.786 R 0.946, strict R 0.970 (tune half P 0.772 R 0.953,
#: strict R 0.970; test half P 0.818 R 0.931, strict R 0.970). Rules from its tune half (an
#: injector's "20u over 5", "1 capsule now", a pump's temp basal and bolus cut; and as not
#: advice: a price list of two prices or more, a rate per m² or m³, bench, darkroom, kitchen and
#: building steps, advice someone "had told patients" to follow, a case narrative "A 54-year-old
#: woman developed ...", a level that "rose to", exercise sets, game items and ewes) took its
#: tune half to P 1.000 R 1.000, strict R 1.000; no other tune half lost a row.
#: probe13 (helper-30, 200 rows, 130 of them vendor, order-form and drug-label text in every
#: label section) read blind at the start of session 22 over its 189 non-ambiguous rows:
#: advice P 0.926 R 0.957, strict R 0.980 (tune half P 0.956 R 0.942, strict R 0.973). Rules
#: from its tune half (an amount in mEq, a switch "milligram for milligram", a vendor's
#: "research subjects of around 70 kg"; and as not advice: password rotation, a seminar
#: syllabus) took its tune half to P 0.986 R 0.986, strict R 0.986; no other tune half lost a row.
#: probe14 (helper-32, 200 rows, 150 of them vendor pages and US labels in the register of
#: package inserts) read blind in session 22 over its 189 non-ambiguous rows: advice P 0.920
#: R 0.842, strict R 0.920 (tune half P 0.914 R 0.855). Rules from its tune half (creatinine
#: clearance is a patient's, not a drug's; doses per m² are body-surface doses; premedication
#: given ahead, a hold around surgery, a needle angle, weekdays beside an amount, a water-per-mg
#: ratio, "first thing", "most users enter"; and as not advice: a single-dose presentation,
#: share prices, parcel tracking, "out of the reach of children") took its tune half to
#: P 0.984 R 1.000, strict R 1.000; no other tune half lost a row.
#: probe15 (helper-33, 200 rows, 140 of them US prescribing information and patient leaflets
#: with describing words beside a regimen) read blind in session 23 over its 186 non-ambiguous
#: rows: advice P 0.978 R 0.917, strict R 0.960 (tune half P 0.964 R 0.898, strict R 0.951;
#: test half P 1.000 R 0.946, strict R 0.974). Rules from its tune half ("the approved dosage
#: is ...", a numbered heading before the text, "when converting from", an OTC row counting
#: chewables, "restart at 50% of the prior dose" and "| Interrupt dosing |"; and as not advice: a
#: radiolabelled dose recovered in urine or feces, a production line's tablets per hour) took
#: its tune half to P 1.000 R 0.983, strict R 1.000; no other tune half lost a row.
#: probe16 (helper-36, 200 rows as a scraper extracts web pages: bare fragments, table rows,
#: leaflets, label sentences with trial context) read blind in session 23 over its 185
#: non-ambiguous rows: advice P 0.964 R 0.827, strict R 0.970 (tune half P 0.965 R 0.833,
#: strict R 0.971; test half P 0.963 R 0.812, strict R 0.969). Rules from its tune half (a
#: clause after ";" or outside a comma-set-off aside that tells on its own while another clause
#: reports; halves through the day, titration arrows, "Recon:" and shorthand opening a card
#: line; and as not advice: a question that opens with "can", "should", "how" ..., samples
#: "were drawn", a group that "used") took its tune half to P 1.000 R 0.985, strict R 0.985;
#: no other tune half lost a row.
#: probe17 (helper-37, 200 rows: half US label fields as a structured-label feed hands them
#: over, half peptide vendor pages, order forms and forum replies) read blind at the start of
#: session 24 over its 189 non-ambiguous rows: advice P 0.935 R 0.905, strict R 0.968 (tune half
#: P 0.926 R 0.893, strict R 0.946; test half P 0.947 R 0.923, strict R 1.000). Rules from its
#: tune half (a forum's "just do 2.5 for a month", "keep cycles to 4 weeks max", "keep it under
#: 1 mg a day", "in the same pin", "late on your weekly shot", a "lab rat" who is the reader;
#: and as not advice: a refusal to give guidance, what reaches a breastfed infant, a review
#: opening "Ran 250mcg ...", a trial row with "95% CI") took its tune half to P 1.000 R 0.982,
#: strict R 0.982; no other tune half changed and the seed-article fires are as they were.
#: probe18 (helper-40, 200 rows: long US label sentences mixing advice and description, peptide
#: web text and calculators, UK/AU/CA leaflets, pharmacy stickers, supplements) was written at
#: the end of session 24 and read blind once over its 188 non-ambiguous rows: advice P 1.000
#: R 0.866, strict R 0.971 over all 200 rows (tune half 1.000 / 0.842 / 0.983, test half
#: 1.000 / 0.900 / 0.952). No rule has been fitted to it yet.
_UNTUNED: set[str] = {"dosing_probe18.jsonl"}
_SMALL = {"dosing_probe6.jsonl"}  # written in the time one session had: 85 rows


@pytest.mark.parametrize(
    "path",
    [
        pytest.param(p, marks=pytest.mark.xfail(reason="blind, not tuned for yet", strict=True))
        if p.name in _UNTUNED
        else p
        for p in PROBES
    ],
    ids=lambda p: p.name,
)
def test_tune_half_meets_the_targets(path: Path) -> None:
    tune = [r for r in EVAL.load(path) if r.split == "tune"]
    clear = [r for r in tune if not r.ambiguous]
    advice = EVAL.metrics(
        [(r.positive, scan_dosing(r.text, DosingPolicy.ADVICE).dosing_advice) for r in clear]
    )
    strict = EVAL.metrics(
        [(r.positive, scan_dosing(r.text, DosingPolicy.STRICT).dosing_advice) for r in tune]
    )
    assert advice["precision"] >= 0.95, advice
    assert advice["recall"] >= 0.95, advice
    assert strict["recall"] >= 0.98, strict
