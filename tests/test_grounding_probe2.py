"""grounding_probe2 (blind, tests/data/grounding_probe2.py) as a test.

The tune half must keep the figures the grounder reached on it; the test half is only
reported (it must run), so that the figure read from it stays a held-out one.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from summarizer.guards.grounding import Grounder

sys.path.insert(0, str(Path(__file__).parent / "data"))
from grounding_probe2 import PROBE, split_of

ARTICLES = Path(__file__).resolve().parents[2] / "shared" / "articles"

#: (faithful accepted, changed rejected) reached on the tune half, per mode
TUNE_FLOOR = {"quote": (17, 34), "search": (17, 30)}


def _rates(split: str) -> dict[str, tuple[int, int, int, int]]:
    out = {}
    for mode in ("quote", "search"):
        kept = total = caught = changed = 0
        for e in PROBE:
            if split_of(str(e["sentence"])) != split:
                continue
            g = Grounder((ARTICLES / str(e["article"])).read_text())
            quotes = [str(e["sentence"])] if mode == "quote" else None
            total += 1
            kept += g.check(str(e["faithful"]), quotes).supported
            for claim in dict(e["changed"]).values():  # type: ignore[call-overload]
                changed += 1
                caught += not g.check(str(claim), quotes).supported
        out[mode] = (kept, total, caught, changed)
    return out


def test_probe2_tune_half_keeps_its_figures() -> None:
    if not ARTICLES.is_dir():
        pytest.skip("shared/articles not available")
    for mode, (kept, _, caught, _) in _rates("tune").items():
        floor_kept, floor_caught = TUNE_FLOOR[mode]
        assert kept >= floor_kept and caught >= floor_caught, mode


def test_probe2_test_half_runs() -> None:
    if not ARTICLES.is_dir():
        pytest.skip("shared/articles not available")
    rates = _rates("test")
    print({m: f"faithful {k}/{t}, changed rejected {c}/{n}" for m, (k, t, c, n) in rates.items()})
    assert all(t > 0 and n > 0 for _, t, _, n in rates.values())
