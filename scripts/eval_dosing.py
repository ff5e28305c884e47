"""Evaluate :func:`summarizer.guards.dosing.scan_dosing` on the labelled dosing dev set.

Split: rows whose ``source`` (document plus section) hashes to 0 mod 3 (first byte of its
SHA-256) are the held-out ``test`` split, the rest ``tune``. Rules are tuned on ``tune`` only.

Usage::

    python scripts/eval_dosing.py [--data PATH] [--errors tune|test|all] [--articles [DIR]]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from summarizer.guards.dosing import scan_dosing
from summarizer.models import DosingPolicy

# shared/ sits beside the repository (as on the team machines and in CI).
SHARED = Path(__file__).resolve().parents[2] / "shared"
DEFAULT_DATA = SHARED / "eval" / "dosing-dev.jsonl"
DEFAULT_ARTICLES = SHARED / "articles"
POSITIVE = "dosing_advice"


@dataclass(frozen=True)
class Row:
    """One labelled sentence."""

    id: str
    text: str
    positive: bool
    ambiguous: bool
    split: str
    note: str


def split_of(source: str) -> str:
    """Deterministic split: ``test`` for a third of the ``source`` values, else ``tune``."""
    return "test" if hashlib.sha256(source.encode("utf-8")).digest()[0] % 3 == 0 else "tune"


def load(path: Path) -> list[Row]:
    """Read the JSONL dev set."""
    rows: list[Row] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        d = json.loads(line)
        note = str(d.get("note", ""))
        rows.append(
            Row(
                id=str(d["id"]),
                text=str(d["text"]),
                positive=d["label"] == POSITIVE,
                ambiguous="ambiguous:" in note,
                split=split_of(str(d["source"])),
                note=note,
            )
        )
    return rows


def metrics(pairs: list[tuple[bool, bool]]) -> dict[str, float]:
    """Precision, recall and balanced accuracy of (gold, predicted) pairs."""
    tp = sum(1 for g, p in pairs if g and p)
    fp = sum(1 for g, p in pairs if not g and p)
    fn = sum(1 for g, p in pairs if g and not p)
    tn = sum(1 for g, p in pairs if not g and not p)
    prec = tp / (tp + fp) if tp + fp else 1.0
    rec = tp / (tp + fn) if tp + fn else 1.0
    spec = tn / (tn + fp) if tn + fp else 1.0
    return {
        "n": len(pairs),
        "tp": tp,
        "fp": fp,
        "fn": fn,
        "tn": tn,
        "precision": prec,
        "recall": rec,
        "balanced_acc": (rec + spec) / 2,
    }


def evaluate(rows: list[Row], errors: str) -> None:
    """Print one table per policy; list the errors of the chosen split."""
    for policy in (DosingPolicy.ADVICE, DosingPolicy.STRICT):
        t0 = time.perf_counter()
        pred = {r.id: scan_dosing(r.text, policy).dosing_advice for r in rows}
        rate = len(rows) / max(time.perf_counter() - t0, 1e-9)
        print(f"\npolicy={policy.value}  throughput={rate:,.0f} sentences/s")
        print(
            f"{'split':<6} {'rows':<14} {'n':>4} {'tp':>4} {'fp':>4} {'fn':>4} {'tn':>4} "
            f"{'prec':>6} {'recall':>6} {'bal_acc':>7}"
        )
        for split in ("tune", "test", "all"):
            for subset in ("all", "non-ambiguous"):
                sel = [
                    r
                    for r in rows
                    if split in ("all", r.split) and (subset == "all" or not r.ambiguous)
                ]
                m = metrics([(r.positive, pred[r.id]) for r in sel])
                print(
                    f"{split:<6} {subset:<14} {m['n']:>4} {m['tp']:>4} {m['fp']:>4} "
                    f"{m['fn']:>4} {m['tn']:>4} {m['precision']:>6.3f} {m['recall']:>6.3f} "
                    f"{m['balanced_acc']:>7.3f}"
                )
        if errors != "none":
            for r in rows:
                if (errors in ("all", r.split)) and r.positive != pred[r.id]:
                    tag = "FN" if r.positive else "FP"
                    print(f"  {tag} {r.id} [{r.split}] {r.text[:150]}  ({r.note[:60]})")


_SENT = re.compile(r"[^\n.!?]+(?:[.!?]+|$)", re.MULTILINE)


def articles(folder: Path) -> None:
    """Print every article sentence that fires under ``strict``, with its findings."""
    for path in sorted(folder.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        sentences = [m.group(0).strip() for m in _SENT.finditer(text) if m.group(0).strip()]
        fired = 0
        print(f"\n=== {path.name}: {len(sentences)} sentences")
        for s in sentences:
            scan = scan_dosing(s, DosingPolicy.STRICT)
            if scan.dosing_advice:
                fired += 1
                kinds = "; ".join(f"{f.kind}={f.text!r}" for f in scan.findings)
                adv = scan_dosing(s, DosingPolicy.ADVICE).dosing_advice
                print(f"- [{'ADVICE' if adv else 'strict'}] {s[:160]}\n    {kinds}")
        print(f"--- {fired} of {len(sentences)} sentences fire under strict")


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument(
        "--errors",
        choices=("none", "tune", "test", "all"),
        default="none",
        help="list misclassified rows of this split",
    )
    ap.add_argument(
        "--articles",
        nargs="?",
        type=Path,
        const=DEFAULT_ARTICLES,
        default=None,
        help="also print the article sentences that fire under strict",
    )
    args = ap.parse_args(argv)
    rows = load(args.data)
    print(
        f"{args.data}: {len(rows)} rows; tune={sum(r.split == 'tune' for r in rows)} "
        f"test={sum(r.split == 'test' for r in rows)}"
    )
    evaluate(rows, args.errors)
    if args.articles is not None:
        articles(args.articles)
    return 0


if __name__ == "__main__":
    sys.exit(main())
