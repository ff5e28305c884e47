"""How the optional judge does on the blind validate probe and on the golden summaries.

    python scripts/eval_judge.py [--model qwen2.5-coder-1.5b] [--backend local|openai] [--base-url URL]

Asks the judge about (1) the one changed item of each near-miss in
``tests/test_validate_near_misses_bzd.py`` that the deterministic checks accept (it should
say no), (2) every item of that file's faithful control, and (3) every item of the five
recorded seed summaries in ``golden/`` (the checks accepted them; a judge that rejects most of
them would reject most faithful output). Prints the three counts and the wall time.
"""

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))
import test_validate_near_misses_bzd as T  # noqa: E402

from summarizer.guards.judge import LLMJudge  # noqa: E402
from summarizer.providers import ProviderJudge, make_provider  # noqa: E402

ap = argparse.ArgumentParser()
ap.add_argument("--backend", default="local")
ap.add_argument("--model", default=None)
ap.add_argument("--base-url", default=None)
args = ap.parse_args()
prov = make_provider(args.backend, model=args.model, base_url=args.base_url)
judge = LLMJudge(ProviderJudge(prov))


def items(s):
    yield "overview", s["overview"]["text"], s["overview"]["quotes"]
    for i, c in enumerate(s["claims"]):
        yield f"claims[{i}]", c["text"], c["quotes"]
    for i, c in enumerate(s["caveats"]):
        yield f"caveats[{i}]", c["text"], c["quotes"]


ctrl = {p: (t, q) for p, t, q in items(T.CONTROL)}
out = {"misses": [], "control": [], "golden": []}
t0 = time.time()
for name, s in T.NEAR:
    if name not in T.BLIND_MISSES:
        continue
    for p, t, q in items(s):
        if ctrl.get(p) != (t, q):
            v, _ = judge.judge(t, q)
            out["misses"].append((name, p, v is None, v.message if v else ""))
            print("miss", name, "kept" if v is None else "rejected", flush=True)
for p, (t, q) in ctrl.items():
    v, _ = judge.judge(t, q)
    out["control"].append((p, v is None, v.message if v else ""))
    print("control", p, "kept" if v is None else "rejected: " + v.message, flush=True)
for case in [
    "selank-anxiolytic-that-doesnt-sedate",
    "selank-evidence-tiers",
    "selank-vs-benzodiazepines",
    "selank-vs-semax",
    "what-is-selank-used-for",
]:
    d = json.loads((ROOT / "golden" / case / "expected.json").read_text())
    for p, t, q in items(d["summary"]):
        v, _ = judge.judge(t, q)
        out["golden"].append((case, p, v is None, v.message if v else ""))
        print("golden", case, p, "kept" if v is None else "rejected", flush=True)
prov.close()
out["seconds"] = time.time() - t0
m = out["misses"]
c = out["control"]
g = out["golden"]
print(
    f"misses caught {sum(not a for *_, a, _ in m)}/{len(m)}; control kept {sum(a for _, a, _ in c)}/{len(c)}; golden kept {sum(a for *_, a, _ in g)}/{len(g)}; {out['seconds']:.0f}s"
)
