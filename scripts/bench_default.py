"""Benchmark the default path: the embedded model on the five seed articles, as a user runs it.

Each article is summarised by a fresh ``summarizer summarize FILE --no-cache`` process, so
the wall time includes Python start-up and the model load. Every accepted summary is then
checked independently of the guards that accepted it:

- 3 or more claims; no two items share most of their content words (no fact twice);
- no dose, regimen, schedule, route or stacking (the ``strict`` dosing scan over every text);
- no vendor, publisher plug or call to action (``promotion_in`` and the call-to-action rules);
- every quote is a verbatim substring of the article;
- every claim restates its sentence rather than copying it (rapidfuzz ratio < 90).

The floor is measured in the same run: a fresh process that loads the same model and reads
the largest article once (the whole article as the prompt, one output token). The README
quotes the median wall time and the ratio of the largest article's wall time to that floor.

    python scripts/bench_default.py [--articles DIR] [--runs N] [--model-path GGUF] [--json OUT]
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from rapidfuzz import fuzz

from summarizer.guards import scan_dosing
from summarizer.guards.output import promotion_in
from summarizer.guards.text import content_stems
from summarizer.models import DosingPolicy

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ("selank-evidence-tiers", "what-is-selank-used-for", "selank-vs-semax",
         "selank-anxiolytic-that-doesnt-sedate", "selank-vs-benzodiazepines")  # fmt: skip

FLOOR = """
import sys, time
started = time.monotonic()
from summarizer.prompting import Message
from summarizer.providers.base import ChatRequest
from summarizer.providers.local import LocalProvider
article = open(sys.argv[1], encoding="utf-8").read()
with LocalProvider(model_path=sys.argv[2] or None, context_limit=16384) as provider:
    loaded = time.monotonic()
    c = provider.complete(ChatRequest(messages=(Message("user", article),), schema=None, max_tokens=1))
    done = time.monotonic()
print(f"{done - started:.3f} {done - loaded:.3f} {c.usage.prompt_tokens}")
"""


def audit(result: dict[str, Any], article: str) -> list[str]:
    """Problems an accepted summary should not have (empty when it is clean)."""
    problems: list[str] = []
    summary = result["summary"]
    items = [summary["overview"], *summary["claims"], *summary["caveats"]]
    if len(summary["claims"]) < 3:
        problems.append(f"only {len(summary['claims'])} claims")
    stems = [content_stems(i["text"]) for i in items]
    for a in range(len(items)):
        for b in range(a + 1, len(items)):
            x, y = stems[a], stems[b]
            if x and y and len(x & y) / min(len(x), len(y)) >= 0.7:
                problems.append(f"items {a} and {b} state the same fact")
    for item in items:
        if scan_dosing(item["text"], DosingPolicy.STRICT).findings:
            problems.append(f"dosing talk: {item['text'][:60]}")
        if promotion_in(item["text"]):
            problems.append(f"promotion: {item['text'][:60]}")
        for quote in item["quotes"]:
            if quote not in article:
                problems.append(f"quote not verbatim: {quote[:60]}")
            if fuzz.ratio(item["text"].lower(), quote.lower()) >= 90:
                problems.append(f"copies its quote: {item['text'][:60]}")
    return problems


def run_article(path: Path, model_path: str | None) -> dict[str, Any]:
    cmd = [sys.executable, "-c", "from summarizer.cli import main; main()", "summarize", str(path), "--no-cache"]
    if model_path:
        cmd += ["--model-path", model_path]
    started = time.monotonic()
    proc = subprocess.run(cmd, capture_output=True, text=True, check=False)
    seconds = time.monotonic() - started
    if not proc.stdout.strip():
        return {"article": path.parent.name, "seconds": seconds, "status": "error", "error": proc.stderr.strip()[-300:]}
    result = json.loads(proc.stdout)
    article = path.read_text(encoding="utf-8")
    problems = audit(result, article) if result["status"] == "accepted" else []
    return {
        "article": path.parent.name if path.name == "article.txt" else path.stem,
        "chars": len(article),
        "seconds": round(seconds, 1),
        "status": result["status"],
        "claims": len(result["summary"]["claims"]) if result["summary"] else 0,
        "calls": len(result["attempts"]),
        "tokens": result["usage"]["total_tokens"],
        "cached_tokens": result["usage"].get("cached_tokens", 0),
        "repairs": len(result.get("repairs", [])),
        "failing": sorted({r["code"] for i in result["items"] if not i["accepted"] for r in i["issues"]}),
        "audit": problems,
    }


def floor(path: Path, model_path: str | None) -> tuple[float, float, int]:
    with tempfile.NamedTemporaryFile("w", suffix=".py", delete=False) as fh:
        fh.write(FLOOR)
    proc = subprocess.run(
        [sys.executable, fh.name, str(path), model_path or ""], capture_output=True, text=True, check=False
    )
    Path(fh.name).unlink()
    if proc.returncode != 0:
        raise SystemExit(f"floor measurement failed: {proc.stderr.strip()[-400:]}")
    out = proc.stdout.split()
    return float(out[0]), float(out[1]), int(out[2])


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--articles", type=Path, default=ROOT / "golden", help="folder of golden cases")
    ap.add_argument("--model-path", default=None, help="another GGUF (default: the embedded model)")
    ap.add_argument("--json", type=Path, default=None, help="write the rows as JSON here")
    args = ap.parse_args()
    paths = [args.articles / s / "article.txt" for s in SEEDS]
    rows = [run_article(p, args.model_path) for p in paths]
    largest = max(paths, key=lambda p: p.stat().st_size)
    cold, read, prompt_tokens = floor(largest, args.model_path)
    print("| article | chars | wall s | status | claims | model calls | tokens (cached) | repairs | audit |")
    print("| --- | --- | --- | --- | --- | --- | --- | --- | --- |")
    for r in rows:
        audit_text = "clean" if not r.get("audit") else "; ".join(r["audit"])
        if r["status"] != "accepted":
            audit_text = f"failing: {', '.join(r.get('failing', [])) or r.get('error', '')}"
        print(
            f"| {r['article']} | {r.get('chars', 0):,} | {r['seconds']} | {r['status']} | {r.get('claims', 0)} "
            f"| {r.get('calls', 0)} | {r.get('tokens', 0):,} ({r.get('cached_tokens', 0):,}) | {r.get('repairs', 0)} | {audit_text} |"
        )
    accepted = [r for r in rows if r["status"] == "accepted"]
    clean = [r for r in accepted if not r["audit"]]
    big = next(r for r in rows if r["article"] == largest.parent.name)
    median = statistics.median(r["seconds"] for r in rows)
    print()
    print(f"accepted: {len(accepted)}/5; accepted and clean: {len(clean)}/5; median wall {median:.1f} s")
    print(
        f"floor on {largest.parent.name}: {prompt_tokens:,} prompt tokens read once in {read:.1f} s "
        f"({cold:.1f} s with process start and model load); pipeline {big['seconds']} s = "
        f"{big['seconds'] / cold:.2f}x the cold floor, {big['seconds'] / read:.2f}x the read alone"
    )
    if args.json:
        args.json.write_text(json.dumps({"rows": rows, "floor": {"cold": cold, "read": read, "prompt_tokens": prompt_tokens}}, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
