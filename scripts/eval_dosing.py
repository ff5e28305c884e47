"""Evaluate :func:`summarizer.guards.dosing.scan_dosing` on the labelled dosing dev set.

Split: rows whose split key hashes to 0 mod 3 (first byte of its SHA-256) are the held-out
``test`` split, the rest ``tune``. Rules are tuned on ``tune`` only. The split key is the whole
``source`` (document plus ``[section]``) for the first dev set ``dosing-dev.jsonl`` (its split
from the first round, kept), and the source document without the ``[section]`` part for every
other file, so that no document has rows on both sides (``--split-by`` overrides).

The hand-written probes ``tests/data/dosing_probe*.jsonl`` (``--data tests/data/dosing_probe.jsonl``)
carry one source per row (``hand_written:dosing_probe/<id> [<category>]``), so the document split
is a per-row split there.

Prints, per split: advice precision/recall/balanced accuracy on non-ambiguous rows, strict
recall of the advice rows (all and non-ambiguous), and the scanner's throughput; then the
full confusion tables.

Usage::

    python scripts/eval_dosing.py [--data PATH] [--split-by auto|source|document]
        [--show tune|test|all] [--errors none|tune|test|all] [--articles [DIR]]
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


_SECTION = re.compile(r" \[[^\]]*\]$")


def split_key(source: str, split_by: str) -> str:
    """The value a row's split is drawn from: the whole source, or its document only."""
    return source if split_by == "source" else _SECTION.sub("", source)


def split_of(source: str, split_by: str = "source") -> str:
    """Deterministic split: ``test`` for a third of the split keys, else ``tune``."""
    key = split_key(source, split_by)
    return "test" if hashlib.sha256(key.encode("utf-8")).digest()[0] % 3 == 0 else "tune"


def resolve_split_by(path: Path, split_by: str) -> str:
    """``auto``: the first dev set keeps its per-section split, every other file by document."""
    if split_by != "auto":
        return split_by
    return "source" if path.name == "dosing-dev.jsonl" else "document"


def load(path: Path, split_by: str = "auto") -> list[Row]:
    """Read the JSONL dev set."""
    by = resolve_split_by(path, split_by)
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
                split=split_of(str(d["source"]), by),
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


def _fmt(m: dict[str, float]) -> str:
    return (
        f"{m['n']:>4} {m['tp']:>4} {m['fp']:>4} {m['fn']:>4} {m['tn']:>4} "
        f"{m['precision']:>6.3f} {m['recall']:>6.3f} {m['balanced_acc']:>7.3f}"
    )


def evaluate(rows: list[Row], errors: str, show: str = "all") -> None:
    """Print the per-split summary and one table per policy; list the chosen errors."""
    splits = ("tune", "test", "all") if show == "all" else (show,)
    shown = [r for r in rows if show == "all" or r.split == show]
    pred: dict[DosingPolicy, dict[str, bool]] = {}
    rate: dict[DosingPolicy, float] = {}
    for policy in (DosingPolicy.ADVICE, DosingPolicy.STRICT):
        t0 = time.perf_counter()
        pred[policy] = {r.id: scan_dosing(r.text, policy).dosing_advice for r in shown}
        rate[policy] = len(shown) / max(time.perf_counter() - t0, 1e-9)
    adv, strict = pred[DosingPolicy.ADVICE], pred[DosingPolicy.STRICT]
    print(
        f"\nsummary (advice on non-ambiguous rows; strict recall of advice rows)\n"
        f"{'split':<6} {'n':>4} {'adv_P':>6} {'adv_R':>6} {'adv_BA':>6} "
        f"{'strictR':>7} {'strictR_na':>10} {'sent/s':>7}"
    )
    for split in splits:
        sel = [r for r in shown if split in ("all", r.split)]
        na = [r for r in sel if not r.ambiguous]
        m = metrics([(r.positive, adv[r.id]) for r in na])
        s_all = metrics([(r.positive, strict[r.id]) for r in sel])
        s_na = metrics([(r.positive, strict[r.id]) for r in na])
        print(
            f"{split:<6} {len(na):>4} {m['precision']:>6.3f} {m['recall']:>6.3f} "
            f"{m['balanced_acc']:>6.3f} {s_all['recall']:>7.3f} {s_na['recall']:>10.3f} "
            f"{rate[DosingPolicy.ADVICE]:>7,.0f}"
        )
    for policy in (DosingPolicy.ADVICE, DosingPolicy.STRICT):
        print(f"\npolicy={policy.value}  throughput={rate[policy]:,.0f} sentences/s")
        print(
            f"{'split':<6} {'rows':<14} {'n':>4} {'tp':>4} {'fp':>4} {'fn':>4} {'tn':>4} "
            f"{'prec':>6} {'recall':>6} {'bal_acc':>7}"
        )
        for split in splits:
            for subset in ("all", "non-ambiguous"):
                sel = [
                    r
                    for r in shown
                    if split in ("all", r.split) and (subset == "all" or not r.ambiguous)
                ]
                m = metrics([(r.positive, pred[policy][r.id]) for r in sel])
                print(f"{split:<6} {subset:<14} {_fmt(m)}")
        if errors != "none":
            for r in shown:
                if (errors in ("all", r.split)) and r.positive != pred[policy][r.id]:
                    tag = "FN" if r.positive else "FP"
                    amb = "~" if r.ambiguous else " "
                    print(f"  {tag}{amb}{r.id} [{r.split}] {r.text[:150]}  ({r.note[:60]})")


_SENT = re.compile(r"[^\n.!?]+(?:[.!?]+|$)", re.MULTILINE)


def articles(folder: Path) -> None:
    """Print every article sentence that fires under ``strict``, with its findings."""
    for path in sorted(folder.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        sentences = [m.group(0).strip() for m in _SENT.finditer(text) if m.group(0).strip()]
        fired = advised = 0
        print(f"\n=== {path.name}: {len(sentences)} sentences")
        for s in sentences:
            scan = scan_dosing(s, DosingPolicy.STRICT)
            if scan.dosing_advice:
                fired += 1
                kinds = "; ".join(f"{f.kind}={f.text!r}" for f in scan.findings)
                adv = scan_dosing(s, DosingPolicy.ADVICE).dosing_advice
                advised += adv
                print(f"- [{'ADVICE' if adv else 'strict'}] {s[:160]}\n    {kinds}")
        print(
            f"--- {fired} of {len(sentences)} sentences fire under strict, {advised} under advice"
        )


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
    ap.add_argument(
        "--split-by",
        choices=("auto", "source", "document"),
        default="auto",
        help="split key: whole source, or source document without its [section]",
    )
    ap.add_argument(
        "--show",
        choices=("tune", "test", "all"),
        default="all",
        help="score only this split (tune while writing rules)",
    )
    args = ap.parse_args(argv)
    rows = load(args.data, args.split_by)
    print(
        f"{args.data}: {len(rows)} rows; tune={sum(r.split == 'tune' for r in rows)} "
        f"test={sum(r.split == 'test' for r in rows)}"
    )
    evaluate(rows, args.errors, args.show)
    if args.articles is not None:
        articles(args.articles)
    return 0


if __name__ == "__main__":
    sys.exit(main())
