"""The blind seed-article probes (``tests/data/grounding_probe2.py`` to ``grounding_probe13.py``)
as tests, scored by ``scripts/score_probe.py``.

The tune half of each must keep the figures the grounder reached on it (rules may be fitted
to it); the test half is only run, never held to a figure, so that what is read from it at
the end of a round stays a reading of wording no rule was fitted to.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[1]
ARTICLES = ROOT.parent / "shared" / "articles"


def _script(name: str) -> ModuleType:
    """A script of ``scripts/`` loaded as a module."""
    spec = importlib.util.spec_from_file_location(name, ROOT / "scripts" / f"{name}.py")
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    sys.modules.setdefault(name, mod)
    spec.loader.exec_module(mod)
    return mod


SCORE = _script("score_probe")

#: per probe and mode: (faithful accepted, changed rejected) reached on the tune half
TUNE_FLOOR = {
    "grounding_probe2": {"quote": (18, 54), "search": (18, 53)},
    "grounding_probe3": {"quote": (44, 66), "search": (44, 64)},
    "grounding_probe4": {"quote": (43, 59), "search": (43, 58)},
    "grounding_probe5": {"quote": (51, 69), "search": (51, 65)},
    # blind (helper-22), read before and after word_swap (45 / 64, 48 / 62 on this half);
    # then fitted to: two for both, English words at sentence start, demonyms, symmetric
    # relations, conditional hardeners, "seems", association stated as cause
    "grounding_probe6": {"quote": (52, 73), "search": (55, 72)},
    # blind (helper-24): quote 35 / 47 on this half; then fitted to: conditions stated as
    # fact, "trials" the span never reports, referring words, reordered subject swaps
    "grounding_probe7": {"quote": (38, 59), "search": (38, 55)},
    # blind (helper-27), all rows: quote 82/100 faithful, 93/163 changed; search 83 / 90;
    # this half 36 / 36 quote. Then fitted to: everyday nouns swapped in place, antonyms that
    # trade places, phrases added to a near-verbatim claim, evidence words swapped in place,
    # compounds split in two, gerunds, "non-sedating", "the absence of", "at once", an
    # approval without its jurisdiction
    "grounding_probe8": {"quote": (41, 55), "search": (41, 52)},
    # blind (helper-29, 50 entries, 48 reusing a sentence with new claims), read after one_edit:
    # all rows quote 76/100 faithful, 126/166 changed; search 76 / 117; this half 40 / 70 quote.
    # Then fitted to: amounts and ranges with their units, subjects of study added to a span
    # that names none, hedging verbs added ("suggested that", "is thought to"), a negated
    # hardener, "looks" and "seemingly" as hedges, "lacks" and "neither ... nor" scopes
    "grounding_probe9": {"quote": (47, 78), "search": (47, 74)},
    # blind (helper-31, 50 entries in the style of a small model's summary sentences), all
    # rows: quote 61/100 faithful, 121/172 changed; search 69 / 108; this half 34 / 61 quote,
    # 40 / 51 search. Then fitted to: the source's topic named where the quote leaves it
    # unsaid, "anti-anxiety" for "anxiolytic", seconds as a unit, lower-case drug names
    "grounding_probe10": {"quote": (45, 60), "search": (48, 54)},
    # blind (helper-34, 50 entries, three faithful restructurings each in a small model's
    # style), all rows: quote 104/150 faithful, 98/153 changed; search 110 / 90 (session-22
    # code); this half 70 / 68 quote, 73 / 62 search. Session 23's order, direction, hedge,
    # count and negation fixes were fitted to probes 2-10 and then to this half
    "grounding_probe11": {"quote": (77, 73), "search": (79, 67)},
    # blind (helper-35, 50 entries, the weak kinds emphasised: list and role swaps, dropped
    # conditions, merges, causes), all rows: quote 81/100 faithful, 116/197 changed; search
    # 87 / 92; this half 53 / 74 quote, 56 / 58 search. Then fitted to: list items the
    # source never names, drug classes that trade places with a name, "not ... any"
    "grounding_probe12": {"quote": (54, 76), "search": (56, 60)},
    # blind (helper-38, 50 entries with three faithful restructurings and four one-detail
    # changes each: dropped conditions, moved negations, merges, causes, quantities), all rows
    # with the session-24 start code: quote 110/150 faithful, 138/200 changed; search 115 / 131;
    # this half 53 / 71 quote, 58 / 66 search. The scope check (written before this probe was
    # read) took it to 52 / 75 and 57 / 70; then fitted to: a claim that counts its own list,
    # "unlike" for a span that sets two things apart, "most of all", "the article" as a frame,
    # clause-bound scope limits and examples after "including", a negation of stopwords ("not
    # in the same range"), a count before a verb, "mainly" for "partly"
    "grounding_probe13": {"quote": (62, 79), "search": (65, 74)},
}
# one_edit (session 22) raised the changed claims caught on the tune halves of probes 2-8 by
# 16 in each mode (probe3 +1/+1, probe4 +1/+1, probe5 +5/+4, probe6 +1/+1, probe7 +2/+3,
# probe8 +6/+6) and lost no faithful claim

pytestmark = pytest.mark.skipif(not ARTICLES.is_dir(), reason="shared/articles not available")


def _totals(probe: str, split: str) -> dict[str, tuple[int, int, int, int]]:
    out = {}
    for mode, tally in SCORE.score(probe, split, False).items():
        kept, total = tally.pop("faithful")
        out[mode] = (kept, total, sum(v[0] for v in tally.values()), sum(v[1] for v in tally.values()))
    return out


@pytest.mark.parametrize("probe", sorted(TUNE_FLOOR))
def test_tune_half_keeps_its_figures(probe: str) -> None:
    for mode, (kept, _, caught, _) in _totals(probe, "tune").items():
        floor_kept, floor_caught = TUNE_FLOOR[probe][mode]
        assert kept >= floor_kept and caught >= floor_caught, (mode, kept, caught)


@pytest.mark.parametrize("probe", sorted(TUNE_FLOOR))
def test_test_half_runs(probe: str) -> None:
    totals = _totals(probe, "test")
    assert all(t > 0 and n > 0 for _, t, _, n in totals.values())


GENERAL = ROOT / "tests" / "data" / "grounding_general_probe.jsonl"
#: blind (helper-39: 280 claims about 70 invented biomedical abstracts, half supported), read
#: with the session-24 start code: tune bacc 0.573 search / 0.556 quotes, test 0.545 / 0.519.
#: Fitted to its tune half (negations restated in synonyms, fractions of a percentage,
#: xenografts as animal evidence): 0.605 / 0.589.
GENERAL_TUNE_FLOOR = {"search": 0.6048, "quotes": 0.5887}


@pytest.mark.parametrize("mode", sorted(GENERAL_TUNE_FLOOR))
def test_general_probe_tune_half_keeps_its_figure(mode: str) -> None:
    evaluate = _script("eval_grounding")
    tune = evaluate.load_splits(GENERAL, "tune")["tune"]
    assert len(tune) > 100
    got = evaluate.tune_bacc(tune, evaluate.GroundingConfig(), mode)
    assert got >= GENERAL_TUNE_FLOOR[mode] - 1e-9, (mode, got)
