"""Evaluate the claim grounder on a labelled JSONL set (default: the shared dev set).

Items are split by source document (sha256 of the text) into ``tune`` and ``test``; only
``tune`` may be used to choose thresholds. Prints balanced accuracy, precision/recall of
both classes and throughput for each configuration and split.

    python scripts/eval_grounding.py [PATH] [--data PATH ...] [--mode search|quotes|both]
        [--split tune|test|all] [--errors OUT.jsonl] [--embedding] [--bench]

``--mode search``: no quotes (passage search, as ``check-claims``); ``quotes``: the source's
sentences as quotes. Rows with a CORD-19 ``cord_id`` are split by abstract, others by source.

``--embedding`` (needs the ``embed`` extra: ``pip install -e '.[embed]'``) adds three rows:
the MiniLM cosine baseline (claim vs its best source sentence, threshold tuned on ``tune``),
the default grounder with the embedding layer at its default threshold, and the same with the
layer's threshold tuned on ``tune``. The model is loaded before timing; the sentence-embedding
cache is emptied before each timed run, so claims/s includes encoding the sources.
``--threads``: torch intra-op threads (default 1; 2 on 2 busy cores ran ~6x slower).

``--ablate``: tune-split balanced accuracy of the default with each check removed in turn, in
both modes on every ``--data`` set (always the tune split: never choose checks on test).
``--grid``: a small grid over the no-quotes passage search and thresholds, ranked by the mean
tune balanced accuracy (no-quotes mode) over the ``--data`` sets.
"""

from __future__ import annotations

import argparse
import dataclasses
import hashlib
import importlib
import itertools
import json
import random
import re
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from summarizer.guards.anchoring import QuoteLocator
from summarizer.guards.grounding import Grounder, GroundingConfig
from summarizer.guards.support import ALL_CHECKS, content_stems, sentence_spans
from summarizer.models import Verdict

# shared/ sits beside the repository (as on the team machines and in CI).
SHARED = Path(__file__).resolve().parents[2] / "shared"
DEFAULT = SHARED / "eval" / "grounding-dev.jsonl"
Item = dict[str, str]
Predictor = Callable[[Sequence[Item]], list[bool]]  # True = predicted "unsupported"


def split_of(source: str) -> str:
    """Deterministic split by document: first hex digit of sha256 even -> tune."""
    return "tune" if int(hashlib.sha256(source.encode()).hexdigest()[0], 16) % 2 == 0 else "test"


_CORD_ID = re.compile(r"cord_id (\w+)")


def group_of(item: Item) -> str:
    """The CORD-19 abstract (``cord_id``) where the row names one, else the source text."""
    m = _CORD_ID.search(item.get("origin_id", ""))
    return f"cord:{m.group(1)}" if m else item["source"]


def split_item(item: Item) -> str:
    """``tune`` or ``test`` for one row (dev-1 rows keep their split by source text)."""
    return split_of(group_of(item))


def metrics(gold: Sequence[bool], pred: Sequence[bool]) -> dict[str, float]:
    """Balanced accuracy plus precision/recall of each class (True = unsupported)."""
    out: dict[str, float] = {}
    for name, cls in (("uns", True), ("sup", False)):
        tp = sum(g == cls and p == cls for g, p in zip(gold, pred, strict=True))
        npred = sum(p == cls for p in pred)
        ngold = sum(g == cls for g in gold)
        out[f"{name}_p"] = tp / npred if npred else 0.0
        out[f"{name}_r"] = tp / ngold if ngold else 0.0
    out["bacc"] = (out["uns_r"] + out["sup_r"]) / 2
    return out


def quotes_for(item: Item, mode: str) -> list[str] | None:
    """``search``: no quotes (the grounder finds the passage, as ``check-claims`` does);
    ``quotes``: every sentence of the source passed as a quote (the span is the source)."""
    if mode == "search":
        return None
    text = item["source"]
    return [text[a:b] for a, b in sentence_spans(text)]


def grounder_predictor(config: GroundingConfig, mode: str = "search") -> Predictor:
    def predict(items: Sequence[Item]) -> list[bool]:
        cache: dict[str, Grounder] = {}
        out = []
        for it in items:
            g = cache.get(it["source"])
            if g is None:
                g = cache[it["source"]] = Grounder(it["source"], config)
            check = g.check(it["claim"], quotes_for(it, mode))
            out.append(check.verdict is not Verdict.SUPPORTED)
        return out

    return predict


def overlap(item: Item) -> float:
    claim = content_stems(item["claim"])
    return len(claim & content_stems(item["source"])) / max(1, len(claim))


def overlap_predictor(threshold: float) -> Predictor:
    def predict(items: Sequence[Item]) -> list[bool]:
        return [overlap(it) < threshold for it in items]

    return predict


def tune_overlap(items: Sequence[Item]) -> float:
    """The overlap threshold with the best balanced accuracy on ``items``."""
    gold = [it["label"] != "supported" for it in items]
    scores = [overlap(it) for it in items]
    best_t, best = 0.5, -1.0
    for k in range(0, 101):
        t = k / 100
        b = metrics(gold, [s < t for s in scores])["bacc"]
        if b > best:
            best_t, best = t, b
    return best_t


def best_threshold(gold: Sequence[bool], scores: Sequence[float]) -> float:
    """The cut ``t`` (predict unsupported when score < t) with the best balanced accuracy.

    Candidates are the midpoints between consecutive distinct finite scores (plus both ends);
    a score of ``-inf`` marks an item rejected whatever the threshold.
    """
    values = sorted({s for s in scores if s != float("-inf")})
    if not values:
        return 0.0
    cands = [
        values[0] - 1e-6,
        *((a + b) / 2 for a, b in itertools.pairwise(values)),
        values[-1] + 1e-6,
    ]
    best_t, best = cands[0], -1.0
    for t in cands:
        b = metrics(gold, [s < t for s in scores])["bacc"]
        if b > best:
            best_t, best = t, b
    return best_t


def embedding_scores(items: Sequence[Item]) -> list[float]:
    """MiniLM max cosine between each claim and the sentences of its source."""
    from summarizer.guards import embedding

    return [embedding.similarity(it["claim"], it["source"]) for it in items]


def cosine_predictor(threshold: float) -> Predictor:
    def predict(items: Sequence[Item]) -> list[bool]:
        return [s < threshold for s in embedding_scores(items)]

    return predict


def tune_layer_threshold(items: Sequence[Item], config: GroundingConfig) -> float:
    """The embedding-layer threshold with the best balanced accuracy on ``items``.

    The layer only ever turns a deterministic ``supported`` into ``unsupported``, so the
    deterministic verdicts are computed once and the cosine is applied on top.
    """
    gold = [it["label"] != "supported" for it in items]
    det = grounder_predictor(config)(items)
    sims = embedding_scores(items)
    # an item already rejected scores -inf: rejected whatever the threshold
    scores = [float("-inf") if d else s for d, s in zip(det, sims, strict=True)]
    return best_threshold(gold, scores)


def evaluate(
    name: str, predict: Predictor, splits: dict[str, list[Item]], cold: bool = False
) -> None:
    for split, items in splits.items():
        gold = [it["label"] != "supported" for it in items]
        if cold:
            from summarizer.guards import embedding

            embedding.clear_cache()
        t0 = time.perf_counter()
        pred = predict(items)
        dt = time.perf_counter() - t0
        m = metrics(gold, pred)
        print(
            f"{name:<34} {split:<5} n={len(items):<4} bacc={m['bacc']:.3f} "
            f"uns P={m['uns_p']:.3f} R={m['uns_r']:.3f}  sup P={m['sup_p']:.3f} "
            f"R={m['sup_r']:.3f}  {len(items) / dt:,.0f} claims/s"
        )


def bench() -> None:
    """Anchor 50 quotes (exact, edited, fabricated) in a 1 MB article."""
    base = "".join(
        p.read_text()
        for p in sorted((Path(__file__).resolve().parents[1] / "golden").glob("*/article.txt"))
    )
    if not base:
        base = "Selank is a synthetic peptide studied for anxiety. " * 100
    text = (base * (1_000_000 // len(base) + 1))[:1_000_000]
    rng = random.Random(0)
    quotes = []
    for k in range(50):
        i = rng.randrange(len(text) - 200)
        q = text[i : i + 120]
        if k % 3 == 1:
            q = q.replace("e", "é", 1).replace("the", "teh", 1).upper()
        elif k % 3 == 2:
            q = "A fabricated sentence claiming the peptide cured 93 percent of rats in 2019."
        quotes.append(q)
    t0 = time.perf_counter()
    loc = QuoteLocator(text)
    t1 = time.perf_counter()
    found = [loc.locate(q) for q in quotes]
    t2 = time.perf_counter()
    kinds: dict[str, int] = {}
    for a in found:
        kinds[str(a.match)] = kinds.get(str(a.match), 0) + 1
    print(f"bench: 1 MB index {t1 - t0:.3f}s, 50 quotes {t2 - t1:.3f}s, total {t2 - t0:.3f}s")
    print(f"bench: matches {kinds}")


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("path", nargs="?", type=Path, default=None)
    ap.add_argument(
        "--data",
        type=Path,
        action="append",
        default=None,
        metavar="PATH",
        help="a labelled JSONL set (repeatable; default: the first shared dev set)",
    )
    ap.add_argument(
        "--mode",
        choices=("search", "quotes", "both"),
        default="both",
        help="search: claims without quotes (passage search, as check-claims); quotes: the "
        "source's sentences given as quotes; both (default)",
    )
    ap.add_argument(
        "--split",
        choices=("tune", "test", "all"),
        default="all",
        help="which split to evaluate (default all); while writing rules use tune",
    )
    ap.add_argument("--errors", type=Path, default=None, help="write misclassified items (JSONL)")
    ap.add_argument("--embedding", action="store_true", help="also evaluate the embedding layer")
    ap.add_argument(
        "--threads",
        type=int,
        default=1,
        help="torch intra-op threads for --embedding (default 1: on busy cores more is slower)",
    )
    ap.add_argument("--bench", action="store_true", help="time anchoring in a 1 MB article")
    ap.add_argument(
        "--ablate", action="store_true", help="tune bacc with each check removed (tune only)"
    )
    ap.add_argument(
        "--grid", action="store_true", help="grid over passage search and thresholds (tune only)"
    )
    ap.add_argument(
        "--judge",
        type=int,
        default=0,
        metavar="N",
        help="also evaluate the LLM-judge layer on N test claims (half of each label)",
    )
    ap.add_argument("--judge-backend", default="local", help="backend for --judge (default local)")
    ap.add_argument("--judge-model-path", default=None, help="GGUF for a local judge")
    args = ap.parse_args(argv)
    if args.bench:
        bench()
        return 0
    paths = [*(args.data or []), *([args.path] if args.path else [])] or [DEFAULT]
    modes = ("search", "quotes") if args.mode == "both" else (args.mode,)
    if args.ablate or args.grid:
        tunes = {p.name: load_splits(p, "tune")["tune"] for p in paths}
        if args.ablate:
            ablate(tunes, modes)
        if args.grid:
            grid(tunes)
        return 0
    for path in paths:
        splits = load_splits(path, args.split)
        print(f"## {path.name}")
        for s, items in splits.items():
            ndocs = len({group_of(it) for it in items})
            nsup = sum(it["label"] == "supported" for it in items)
            print(f"# {s}: {len(items)} claims, {ndocs} source groups, {nsup} supported")
        default = GroundingConfig()
        for mode in modes:
            evaluate(f"default ({mode})", grounder_predictor(default, mode), splits)
        t = tune_overlap(splits.get("tune") or next(iter(splits.values())))
        evaluate(f"overlap baseline (t={t:.2f})", overlap_predictor(t), splits)
        if args.errors:
            write_errors(args.errors, splits, default, modes)
    if args.embedding:
        from summarizer.errors import UsageError
        from summarizer.guards import embedding

        try:
            t0 = time.perf_counter()
            embedding.load_model()
            importlib.import_module("torch").set_num_threads(args.threads)
        except UsageError as exc:
            print(f"error: {exc}", file=sys.stderr)
            return 2
        print(
            f"# {embedding.MODEL_NAME} loaded in {time.perf_counter() - t0:.1f}s "
            f"(not timed below); torch threads: {args.threads}"
        )
        tune_gold = [it["label"] != "supported" for it in splits["tune"]]
        tc = best_threshold(tune_gold, embedding_scores(splits["tune"]))
        evaluate(f"MiniLM cosine baseline (t={tc:.3f})", cosine_predictor(tc), splits, cold=True)
        cfg = dataclasses.replace(default, embedding=True)
        name = f"default + embedding (t={cfg.embedding_threshold:.2f})"
        evaluate(name, grounder_predictor(cfg), splits, cold=True)
        tl = tune_layer_threshold(splits["tune"], default)
        cfg_t = dataclasses.replace(default, embedding=True, embedding_threshold=tl)
        evaluate(f"default + embedding (t={tl:.3f})", grounder_predictor(cfg_t), splits, cold=True)
    if args.judge:
        evaluate_judge(
            load_splits(paths[-1], "all")["test"],
            args.judge,
            args.judge_backend,
            args.judge_model_path,
        )
    return 0


def tune_bacc(items: Sequence[Item], config: GroundingConfig, mode: str) -> float:
    gold = [it["label"] != "supported" for it in items]
    return metrics(gold, grounder_predictor(config, mode)(items))["bacc"]


def ablate(tunes: dict[str, list[Item]], modes: Sequence[str]) -> None:
    """Tune bacc of the default, then with each check removed (delta against the default)."""
    default = GroundingConfig()
    cols = [(name, mode) for mode in modes for name in tunes]
    head = "  ".join(f"{n.removesuffix('.jsonl')[-6:]}/{m[:6]:<6}" for n, m in cols)
    print(
        f"# ablation on the tune splits (bacc; delta vs default)\n{'check removed':<20} {head}  mean"
    )
    base = {c: tune_bacc(tunes[c[0]], default, c[1]) for c in cols}
    row = "  ".join(f"{base[c]:.3f}{'':>9}" for c in cols)
    print(f"{'(none: default)':<20} {row}  {sum(base.values()) / len(base):.3f}")
    for check in sorted(default.checks | ALL_CHECKS):
        cfg = dataclasses.replace(default, checks=default.checks - {check})
        got = {c: tune_bacc(tunes[c[0]], cfg, c[1]) for c in cols}
        row = "  ".join(f"{got[c]:.3f} ({got[c] - base[c]:+.3f})" for c in cols)
        on = "" if check in default.checks else "  [off by default]"
        print(f"{check:<20} {row}  {sum(got.values()) / len(got):.3f}{on}")


def grid(tunes: dict[str, list[Item]]) -> None:
    """Passage search x thresholds, ranked by the mean no-quotes tune bacc over the sets."""
    default = GroundingConfig()
    rows = []
    for passage, names_whole, cov, overlap, width in itertools.product(
        ("window", "either2", "union2", "whole"),
        (False, True),
        (0.2, 0.3, 0.4),
        (0.1, 0.2, 0.3),
        (2, 3),
    ):
        if passage == "whole" and (names_whole or width != 3 or overlap != 0.3):
            continue
        cfg = dataclasses.replace(
            default,
            passage=passage,
            names_from_whole_source=names_whole,
            search_min_coverage=cov,
            min_anchor_overlap=overlap,
            max_anchor_sentences=width,
        )
        got = [tune_bacc(items, cfg, "search") for items in tunes.values()]
        rows.append((sum(got) / len(got), got, passage, names_whole, cov, overlap, width))
    rows.sort(key=lambda r: -r[0])
    print("# grid (no-quotes mode, tune splits), best 25 by mean bacc")
    print(
        "mean   "
        + "  ".join(n.removesuffix(".jsonl")[-6:] for n in tunes)
        + "  passage/names/cov/overlap/width"
    )
    for mean, got, *params in rows[:25]:
        print(f"{mean:.3f}  " + "  ".join(f"{g:.3f} " for g in got) + f" {params}")


def load_splits(path: Path, which: str = "all") -> dict[str, list[Item]]:
    rows = [json.loads(line) for line in path.read_text().splitlines() if line.strip()]
    splits: dict[str, list[Item]] = {"tune": [], "test": []}
    for r in rows:
        splits[split_item(r)].append(r)
    return splits if which == "all" else {which: splits[which]}


def write_errors(
    out: Path, splits: dict[str, list[Item]], config: GroundingConfig, modes: Sequence[str]
) -> None:
    """Append the misclassified items of every split and mode, with the grounder's reasons."""
    with out.open("a") as fh:
        for split, items in splits.items():
            for mode in modes:
                for it in items:
                    check = Grounder(it["source"], config).check(it["claim"], quotes_for(it, mode))
                    pred = "supported" if check.verdict is Verdict.SUPPORTED else "unsupported"
                    if pred != it["label"]:
                        row = {
                            "split": split,
                            "mode": mode,
                            "label": it["label"],
                            "claim": it["claim"],
                            "reasons": [r.message for r in check.reasons],
                            "passage": [a.span.text for a in check.anchors if a.span][:3],
                            "source": it["source"][:600],
                        }
                        fh.write(json.dumps(row, ensure_ascii=False) + "\n")


spent_tokens: list[int] = []  # judge tokens, summed for the report


def judge_predictor(judge: Any, config: GroundingConfig) -> Predictor:
    """Deterministic checks first; the judge is asked only when they pass (as in the pipeline)."""

    def predict(items: Sequence[Item]) -> list[bool]:
        out = []
        for it in items:
            check = Grounder(it["source"], config).check(it["claim"], None)
            if not check.supported:
                out.append(True)
                continue
            passages = [a.span.text for a in check.anchors if a.span is not None]
            verdict, spent = judge.judge(it["claim"], passages)
            spent_tokens.append(spent.total_tokens)
            out.append(verdict is not None)
        return out

    return predict


def evaluate_judge(test: list[Item], n: int, backend: str, model_path: str | None) -> None:
    """Default vs default + judge on a label-balanced, deterministic sample of the test split."""
    from summarizer.guards.judge import LLMJudge
    from summarizer.providers import ProviderJudge, make_provider

    def key(it: Item) -> str:
        return hashlib.sha256((it["source"] + it["claim"]).encode()).hexdigest()

    sample: list[Item] = []
    for label in ("supported", "unsupported"):
        sample += sorted((it for it in test if it["label"] == label), key=key)[: n // 2]
    provider = make_provider(backend, model_path=model_path)
    judge = LLMJudge(ProviderJudge(provider))
    try:
        part = {f"test[{len(sample)}]": sample}
        evaluate("default (deterministic)", grounder_predictor(GroundingConfig()), part)
        evaluate(
            f"default + judge ({provider.model})", judge_predictor(judge, GroundingConfig()), part
        )
        print(f"# judge tokens: {sum(spent_tokens):,}")
    finally:
        provider.close()


if __name__ == "__main__":
    sys.exit(main())
