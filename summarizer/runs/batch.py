"""Run a summarizer over many inputs: per-file outputs, progress, and a closing tally.

One bad file never stops the others; the exit code is the worst outcome seen
(0 accepted < 1 rejected < 2 bad input < 3 backend failure).

With ``jobs`` > 1, ``jobs`` is the number of model requests in flight at once: a gate
(:class:`~summarizer.providers.pool.InFlightLimit`) holds every request of the run, the
judge's too, to that many, while half as many threads again read, segment, check and write
the articles before and after theirs. So no request slot waits on guard or disk work, and
the servers never see more than ``jobs`` requests at once. While the threads run the
interpreter switches between them more often (see :func:`_short_timeslices`).
"""

from __future__ import annotations

import contextlib
import json
import sys
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor, as_completed
from pathlib import Path

from ..errors import SummarizerError, UsageError
from ..files import Input, discover, write_atomic
from ..guards import LLMJudge
from ..models import Status, SummaryResult
from ..pipeline import Summarizer
from ..providers import ProviderJudge
from ..providers.pool import InFlightLimit, PoolProvider
from ..report import render
from ..source import read_source
from .cache import ResultCache, cache_key, still_valid
from .log import RunLog

SUFFIX = {"json": ".json", "markdown": ".md", "html": ".html"}
#: The GIL timeslice while worker threads run (CPython's default is 5 ms).
SWITCH_INTERVAL = 0.00025


def output_names(inputs: Sequence[Input], fmt: str) -> dict[str, str]:
    """Output name per input path: its relative name with the format's suffix, keeping the
    input's own suffix too where two inputs would otherwise share a name."""
    plain = {i.path: str(Path(i.name).with_suffix(SUFFIX[fmt])) for i in inputs}
    counts = Counter(plain.values())
    return {
        i.path: plain[i.path] if counts[plain[i.path]] == 1 else f"{i.name}{SUFFIX[fmt]}"
        for i in inputs
    }


def target_path(output: str, name: str, many: bool) -> Path | None:
    """Where one result goes: None for stdout, a file, or a file inside a folder."""
    if output == "-":
        return None
    out = Path(output)
    if many or out.is_dir() or output.endswith(("/", "\\")):
        return out / name
    return out


def one_line(text: str, fmt: str) -> str:
    return (
        json.dumps(json.loads(text), ensure_ascii=False, sort_keys=True) + "\n"
        if fmt == "json"
        else text
    )


def run_batch(
    summarizer: Summarizer,
    paths: Sequence[str],
    *,
    fmt: str = "json",
    output: str = "-",
    echo: Callable[[str], None] = lambda line: print(line, file=sys.stderr),
    progress: bool | None = None,
    jobs: int = 1,
    cache: ResultCache | None = None,
    log: RunLog | None = None,
) -> int:
    """Summarise every input; write results; report failures per file; return the exit code.

    Up to ``jobs`` articles run at once. Results found in ``cache`` are reused without a
    model call. Every result, cached or not, is recorded in ``log`` when one is given. On
    KeyboardInterrupt (Ctrl-C, or SIGTERM mapped to it by the CLI) pending
    work is cancelled; every output already written is complete, since writes are atomic.
    """
    skip = [Path(output)] if output != "-" else []
    if cache is not None:
        skip.append(cache.root)
    found = discover(paths, skip=skip, echo=echo)
    inputs = [i.path for i in found]
    names = output_names(found, fmt)
    many = len(inputs) > 1
    if many and output != "-" and Path(output).is_file():
        raise UsageError(f"--output {output}: several inputs need a folder, not a file")
    if jobs > 1 and summarizer.provider.name == "local":
        echo(
            f"summarizer: the local backend answers one request at a time (one llama.cpp "
            f"slot); --jobs {jobs} overlaps reading, checking and writing only"
        )
    engine = _gated(summarizer, jobs) if jobs > 1 else summarizer
    show = sys.stderr.isatty() if progress is None else progress
    tally: Counter[str] = Counter()
    worst = 0
    started = time.monotonic()
    bar = _Progress(len(inputs)) if show else None
    done = 0
    cancelled = threading.Event()
    hits: list[str] = []

    def one(path: str) -> tuple[int, str, str | None]:
        return _summarize_one(
            engine, path, fmt, output, many, echo, cache, cancelled, hits, names[path], log
        )

    def record(path: str, outcome: tuple[int, str, str | None]) -> None:
        nonlocal done, worst
        code, label, stdout_text = outcome
        if stdout_text is not None:
            sys.stdout.write(stdout_text)
            sys.stdout.flush()
        done += 1
        tally[label] += 1
        worst = max(worst, code)
        if bar:
            bar.step(path)

    # One job runs in the main thread, so Ctrl-C/SIGTERM stops the request in flight at
    # once. Several jobs use a pool; on interrupt the workers still running are told not
    # to write, and the process waits at most for their request timeout.
    pool = (
        ThreadPoolExecutor(max_workers=workers(jobs), thread_name_prefix="summarize")
        if jobs > 1
        else None
    )
    slices = _short_timeslices() if pool is not None else contextlib.nullcontext()
    try:
        if pool is None:
            for path in inputs:
                record(path, one(path))
        else:
            with slices:
                futures = {pool.submit(one, path): path for path in inputs}
                for future in as_completed(futures):
                    record(futures[future], future.result())
    except KeyboardInterrupt:
        cancelled.set()
        echo(
            f"summarizer: interrupted after {done} of {len(inputs)} article(s); finished outputs are complete"
        )
        raise
    finally:
        if pool is not None:
            pool.shutdown(wait=False, cancel_futures=True)
        if bar:
            bar.close()
    if hits:
        echo(
            f"summarizer: {len(hits)} of {len(inputs)} result(s) came from the cache, re-checked "
            "by the current guards (--no-cache to recompute)"
        )
    if many:
        parts = ", ".join(f"{n} {label}" for label, n in sorted(tally.items()))
        echo(f"summarizer: {len(inputs)} article(s) in {time.monotonic() - started:.1f}s: {parts}")
    return worst


def workers(jobs: int) -> int:
    """Worker threads for ``jobs`` request slots: half as many again prepare the next
    articles and finish the last ones, so a slot never waits on that work."""
    return jobs + max(1, jobs // 2) if jobs > 1 else 1


def _gated(summarizer: Summarizer, jobs: int) -> Summarizer:
    """``summarizer`` over the same backend behind an :class:`InFlightLimit` of ``jobs``;
    the judge it built over its own backend is rebuilt over the gate, so its requests count
    too (a judge passed in from outside keeps its own way to its model)."""
    if isinstance(summarizer.provider, PoolProvider):
        summarizer.provider.fit(jobs)  # several servers: room for every slot
    gate = InFlightLimit(summarizer.provider, jobs)
    judge = summarizer.judge
    if (
        isinstance(judge, LLMJudge)
        and isinstance(judge.model, ProviderJudge)
        and judge.model.provider is summarizer.provider
    ):
        judge = LLMJudge(ProviderJudge(gate), max_tokens=judge.max_tokens)
    # Not closed: the caller owns the backend and closes it; the gate holds nothing.
    return Summarizer(
        provider=gate,
        settings=summarizer.settings,
        raise_on_reject=summarizer.raise_on_reject,
        judge=judge,
    )


_slices_lock = threading.Lock()
_slices_users = 0
_slices_saved = 0.0


@contextlib.contextmanager
def _short_timeslices() -> Iterator[None]:
    """Run with the GIL timeslice at :data:`SWITCH_INTERVAL` (never longer than it was).

    The guards are pure-Python CPU work; a thread whose response has arrived needs the GIL
    for each of the many small steps of reading it and sending the next request, and under
    the default 5 ms timeslice it waits behind a guard thread for each of them. Shorter
    slices cut that wait (bench_pool: 87 % to 92 % of ideal). Nested and concurrent batches
    share the setting; the last one out restores the old value.
    """
    global _slices_users, _slices_saved
    with _slices_lock:
        if _slices_users == 0:
            _slices_saved = sys.getswitchinterval()
            sys.setswitchinterval(min(_slices_saved, SWITCH_INTERVAL))
        _slices_users += 1
    try:
        yield
    finally:
        with _slices_lock:
            _slices_users -= 1
            if _slices_users == 0:
                sys.setswitchinterval(_slices_saved)


def _summarize_one(
    summarizer: Summarizer,
    path: str,
    fmt: str,
    output: str,
    many: bool,
    echo: Callable[[str], None],
    cache: ResultCache | None = None,
    cancelled: threading.Event | None = None,
    hits: list[str] | None = None,
    name: str | None = None,
    log: RunLog | None = None,
) -> tuple[int, str, str | None]:
    """(exit code, tally label, text for stdout or None) for one input."""
    try:
        source = read_source(path)
        key = _key(summarizer, source.sha256) if cache else ""
        cached = cache.get(key) if cache else None
        if cached is not None and not still_valid(cached, source.text, summarizer.settings.effective_guards):
            cached = None  # the guards changed their mind since: recompute, never serve it
        if cached is not None:  # the same text under another name is still this file's result
            cached = cached.model_copy(update={"source": source.info()})
            if hits is not None:
                hits.append(path)
        result: SummaryResult = cached or summarizer.summarize(source)
        if cache and cached is None:
            cache.put(key, result)
    except SummarizerError as exc:
        echo(f"summarizer: error: {exc}")
        return exc.exit_code, "error (bad input)" if exc.exit_code == 2 else "error (backend)", None
    if cancelled is not None and cancelled.is_set():
        return 130, "interrupted", None
    if log is not None:
        base_url, model_sha256 = _provenance(summarizer)
        log.record(
            result,
            command="summarize",
            base_url=base_url,
            model_sha256=model_sha256,
            cached=cached is not None,
        )
    if result.status is Status.FAILED:
        last = result.reasons[-1].message if result.reasons else "no usable answer"
        echo(
            f"summarizer: error: {source.name}: the model gave no usable summary after "
            f"{len(result.attempts)} attempt(s) ({result.usage.total_tokens:,} tokens): {last}"
        )
        return result.status.exit_code, "failed", None
    text = render(result, fmt, source.text)
    target = target_path(output, name or str(Path(path).with_suffix(SUFFIX[fmt]).name), many)
    stdout_text = None
    if target is None:
        stdout_text = one_line(text, fmt) if many else text
    else:
        write_atomic(target, text)
    if result.status is Status.REJECTED:
        n = sum(not i.accepted for i in result.items)
        echo(f"summarizer: {source.name}: rejected ({n} item(s) failed the guards; see the report)")
    label = result.status.value + (" (cached)" if cached else "")
    return result.status.exit_code, label, stdout_text


class _Progress:
    """A rich progress bar on stderr (only when stderr is a terminal)."""

    def __init__(self, total: int) -> None:
        from rich.console import Console
        from rich.progress import BarColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

        self._progress = Progress(
            SpinnerColumn(),
            TextColumn("{task.description}"),
            BarColumn(),
            TextColumn("{task.completed}/{task.total}"),
            TimeElapsedColumn(),
            console=Console(stderr=True),
            transient=True,
        )
        self._task = self._progress.add_task("starting", total=total)
        self._progress.start()

    def step(self, path: str) -> None:
        self._progress.advance(self._task)
        self._progress.update(self._task, description=f"done {Path(path).name}")

    def close(self) -> None:
        self._progress.stop()


def _provenance(summarizer: Summarizer) -> tuple[str | None, str | None]:
    """(base URL without credentials, model file SHA-256) of the summarizer's backend."""
    provider = summarizer.provider
    facts = provider.describe() if provider.name == "local" else {}
    base_url: str | None = getattr(provider, "base_url", None)
    model_sha256: str | None = facts.get("gguf_sha256")
    return base_url, model_sha256


def _key(summarizer: Summarizer, article_sha256: str) -> str:
    """The cache key for one article under this summarizer (backend, URL, model file …)."""
    provider = summarizer.provider
    base_url, model_sha256 = _provenance(summarizer)
    return cache_key(
        article_sha256,
        provider.name,
        provider.model,
        summarizer.describe_settings(),
        base_url=base_url,
        model_sha256=model_sha256,
    )
