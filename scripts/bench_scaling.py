"""How cost grows with article length: wall time and peak memory at 10 kB, 100 kB and 1 MB.

The long inputs are built from real text: the five seed articles concatenated (each once, in a
fixed order, separated by a blank line) and repeated until the size is reached, then cut at
the size. Each size runs in a fresh process so peak memory (``ru_maxrss``) is its own:

- ``select``: segmenting, tagging and selecting evidence only (no model);
- ``summarize``: the whole default path with the embedded model (``--no-model`` skips it).

    python scripts/bench_scaling.py [--sizes 10000,100000,1000000] [--no-model]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

from bench_default import ROOT, SEEDS  # the same five seed cases (scripts/ is on sys.path)

CHILD = """
import json, resource, sys, time
started = time.monotonic()
text = open(sys.argv[1], encoding="utf-8").read()
from summarizer.evidence import segment, select
sentences = segment(text)
evidence = select(sentences)
selected = time.monotonic()
out = {"sentences": len(sentences), "select_s": round(selected - started, 2)}
if sys.argv[2] == "model":
    from summarizer import Summarizer
    with Summarizer("local") as s:
        result = s.summarize(text, name="long.txt")
    out["status"] = result.status.value
    out["exact"] = all(text[a.span.start:a.span.end] == a.span.text for i in result.items
                       for a in i.check.anchors if a.span is not None)
    out["calls"] = len(result.attempts)
out["wall_s"] = round(time.monotonic() - started, 2)
out["peak_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)
print(json.dumps(out))
"""


def build(size: int) -> str:
    """The seed articles concatenated and repeated to ``size`` characters."""
    base = "\n\n".join((ROOT / "golden" / s / "article.txt").read_text(encoding="utf-8") for s in SEEDS)
    return (base * (size // len(base) + 1))[:size]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", default="10000,100000,1000000")
    ap.add_argument("--no-model", action="store_true", help="measure selection only")
    args = ap.parse_args()
    print("| characters | sentences | select s | with the model: wall s | status | spans exact | model calls | peak MB |")
    print("| --- | --- | --- | --- | --- | --- | --- | --- |")
    with tempfile.TemporaryDirectory() as tmp:
        for size in (int(s) for s in args.sizes.split(",")):
            path = Path(tmp) / f"long-{size}.txt"
            path.write_text(build(size), encoding="utf-8")
            mode = "select" if args.no_model else "model"
            proc = subprocess.run([sys.executable, "-c", CHILD, str(path), mode], capture_output=True, text=True, check=False)
            if proc.returncode != 0:
                print(f"| {size:,} | error: {proc.stderr.strip()[-200:]} |")
                continue
            r = json.loads(proc.stdout)
            print(
                f"| {size:,} | {r['sentences']:,} | {r['select_s']} | {r['wall_s'] if 'status' in r else '—'} "
                f"| {r.get('status', '—')} | {r.get('exact', '—')} | {r.get('calls', '—')} | {r['peak_mb']} |"
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
