"""Score a seed-article near-miss probe (tests/data/grounding_probe*.py) with the grounder.

    python scripts/score_probe.py [--probe grounding_probe2] [--split tune|test|all] [-v]

Each claim is checked twice, as ``tests/test_grounding_regressions.py`` does: with the source
sentence as its quote, and with no quote (passage search over the whole article). ``faithful``
may be one claim or a list of them (each is counted). Prints
faithful accepted and changed rejected, per kind of change, for each mode. ``-v`` lists the
misses with the reasons the grounder gave.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections import defaultdict
from pathlib import Path

from summarizer.guards.grounding import Grounder

ROOT = Path(__file__).resolve().parents[1]
ARTICLES = ROOT.parent / "shared" / "articles"
sys.path.insert(0, str(ROOT / "tests" / "data"))


def score(probe: str, split: str, verbose: bool) -> dict[str, dict[str, list[int]]]:
    mod = importlib.import_module(probe)
    split_of = getattr(mod, "split_of", lambda s: "tune")
    out: dict[str, dict[str, list[int]]] = {}
    for mode in ("quote", "search"):
        tally: dict[str, list[int]] = defaultdict(lambda: [0, 0])
        for e in mod.PROBE:
            if split != "all" and split_of(str(e["sentence"])) != split:
                continue
            g = Grounder((ARTICLES / str(e["article"])).read_text())
            quotes = [str(e["sentence"])] if mode == "quote" else None
            faithful = e["faithful"]
            for claim in [faithful] if isinstance(faithful, str) else list(faithful):
                c = g.check(str(claim), quotes)
                tally["faithful"][0] += c.supported
                tally["faithful"][1] += 1
                if verbose and not c.supported:
                    print(f"[{mode}] FAITHFUL REJECTED: {claim}\n   {c.reasons}")
            for kind, claim in dict(e["changed"]).items():  # type: ignore[call-overload]
                c = g.check(str(claim), quotes)
                tally[kind.rstrip("_2")][0] += not c.supported
                tally[kind.rstrip("_2")][1] += 1
                if verbose and c.supported:
                    print(f"[{mode}] MISS {kind}: {claim}")
        out[mode] = dict(tally)
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--probe", default="grounding_probe2")
    ap.add_argument("--split", default="all", choices=["tune", "test", "all"])
    ap.add_argument("-v", "--verbose", action="store_true")
    a = ap.parse_args()
    res = score(a.probe, a.split, a.verbose)
    for mode, tally in res.items():
        f = tally.pop("faithful")
        ok = sum(v[0] for v in tally.values())
        n = sum(v[1] for v in tally.values())
        print(f"{mode}: faithful accepted {f[0]}/{f[1]}; changed rejected {ok}/{n} ({ok / n:.3f})")
        print("   " + ", ".join(f"{k} {v[0]}/{v[1]}" for k, v in sorted(tally.items())))


if __name__ == "__main__":
    main()
