"""Benchmark many servers: ``run_batch`` with ``--jobs 16`` over two OpenAI-compatible servers.

The servers are the loopback fakes from ``tests/fake_openai.py``; each answers every
request after a fixed latency (0.5 s by default) with the same whole summary, whose quotes
are exact in every article. The articles are generated: the short Selank article from
``tests/samples.py`` plus one distinct numbered line each. Full-article mode with one model
call per article (``Settings(mode="full", max_attempts=1)``), so each article is one
request; outputs go to a temporary folder; no cache, no run log.

Ideal time = articles x latency / jobs (every slot busy all the time); the share of ideal is
ideal / achieved, over ``--repeat`` batches (the median is the figure; each run is listed).
The servers count the requests they answer at once: the peak must not pass ``--jobs``.
The non-model overhead is measured twice: ``guards.evaluate`` on one result's summary (mean
of many calls), and the same batch with zero latency (mean wall time per article with one
job, so nothing overlaps).

    python scripts/bench_pool.py [--articles 200] [--latency 0.5] [--jobs 16] [--servers 2]
                                 [--repeat 3]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from fake_openai import Behaviour, FakeOpenAI, completion, slow  # noqa: E402
from samples import ARTICLE, VALID  # noqa: E402

from summarizer.guards import evaluate  # noqa: E402
from summarizer.models import Summary  # noqa: E402
from summarizer.pipeline import Settings, Summarizer  # noqa: E402
from summarizer.providers import make_provider  # noqa: E402
from summarizer.runs.batch import run_batch  # noqa: E402


def article(n: int) -> str:
    return f"{ARTICLE}\nThis copy of the article carries the number {n}.\n"


class Peak:
    """The most requests the servers were answering at once, all of them together."""

    def __init__(self) -> None:
        self.now = self.peak = 0
        self._lock = threading.Lock()

    def counted(self, then: Behaviour) -> Behaviour:
        def run(handler: Any, received: Any) -> None:
            with self._lock:
                self.now += 1
                self.peak = max(self.peak, self.now)
            try:
                then(handler, received)
            finally:
                with self._lock:
                    self.now -= 1

        return run


@contextmanager
def fake_servers(count: int, latency: float, peak: Peak) -> Iterator[list[FakeOpenAI]]:
    with ExitStack() as stack:
        servers = [stack.enter_context(FakeOpenAI()) for _ in range(count)]
        for server in servers:
            answer = slow(latency, completion(VALID)) if latency else completion(VALID)
            server.default = peak.counted(answer)
        yield servers


def run(articles: int, latency: float, jobs: int, servers: int) -> tuple[float, list[int], int]:
    """Wall seconds for one batch, the requests each server answered, and the most
    requests in flight at once."""
    peak = Peak()
    with tempfile.TemporaryDirectory() as tmp, fake_servers(servers, latency, peak) as fakes:
        folder = Path(tmp) / "in"
        folder.mkdir()
        for n in range(articles):
            (folder / f"a{n:03d}.txt").write_text(article(n), encoding="utf-8")
        provider = make_provider(
            "openai", base_url=[f.base_url for f in fakes], api_key="sk-bench", model="m"
        )
        summarizer = Summarizer(provider=provider, settings=Settings(mode="full", max_attempts=1))
        lines: list[str] = []
        started = time.perf_counter()
        with summarizer:
            code = run_batch(
                summarizer,
                [str(folder)],
                output=str(Path(tmp) / "out"),
                echo=lines.append,
                progress=False,
                jobs=jobs,
            )
        elapsed = time.perf_counter() - started
        if code != 0:
            raise SystemExit(f"bench_pool: the batch exited {code}: {lines[-3:]}")
        return elapsed, [f.count for f in fakes], peak.peak


def guard_seconds(repeat: int = 200) -> float:
    summary = Summary.model_validate_json(VALID)
    text = article(0)
    evaluate(summary, text)  # warm caches (lexicons, compiled patterns)
    started = time.perf_counter()
    for _ in range(repeat):
        evaluate(summary, text)
    return (time.perf_counter() - started) / repeat


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=200)
    parser.add_argument("--latency", type=float, default=0.5)
    parser.add_argument("--jobs", type=int, default=16)
    parser.add_argument("--servers", type=int, default=2)
    parser.add_argument("--repeat", type=int, default=3, help="batches to time (the median counts)")
    args = parser.parse_args()

    ideal = args.articles * args.latency / args.jobs
    runs = [run(args.articles, args.latency, args.jobs, args.servers) for _ in range(args.repeat)]
    wall = statistics.median(r[0] for r in runs)
    spread = runs[0][1]
    peak = max(r[2] for r in runs)
    overhead, _, _ = run(args.articles, 0.0, 1, args.servers)
    guard = guard_seconds()

    rows = [
        ("articles", f"{args.articles}"),
        ("servers x latency", f"{args.servers} x {args.latency:g} s"),
        ("jobs", f"{args.jobs}"),
        ("requests per server (first run)", " / ".join(map(str, spread))),
        ("most requests in flight at once", f"{peak}"),
        ("ideal time", f"{ideal:.2f} s"),
        (f"achieved time, median of {len(runs)}", f"{wall:.2f} s"),
        ("throughput", f"{args.articles / wall:.1f} articles/s"),
        ("share of ideal, each run", " ".join(f"{ideal / r[0]:.0%}" for r in runs)),
        ("share of ideal, median", f"{ideal / wall:.0%}"),
        ("guards.evaluate, mean per article", f"{guard * 1000:.1f} ms"),
        ("zero-latency run_batch, mean per article (1 job)",
         f"{overhead / args.articles * 1000:.1f} ms"),
    ]  # fmt: skip
    width = max(len(name) for name, _ in rows)
    print(f"| {'measure'.ljust(width)} | value |")
    print(f"|{'-' * (width + 2)}|-------|")
    for name, value in rows:
        print(f"| {name.ljust(width)} | {value} |")
    if peak > args.jobs:
        raise SystemExit(f"bench_pool: {peak} requests were in flight at once, more than --jobs")


if __name__ == "__main__":
    main()
