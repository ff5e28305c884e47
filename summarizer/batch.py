"""Run a summarizer over many inputs: per-file outputs, progress, and a closing tally.

One bad file never stops the others; the exit code is the worst outcome seen
(0 accepted < 1 rejected < 2 bad input < 3 backend failure).
"""

from __future__ import annotations

import json
import sys
import time
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path

from .errors import SummarizerError, UsageError
from .files import expand_inputs, write_atomic
from .models import Status, SummaryResult
from .pipeline import Summarizer
from .report import render
from .source import read_source

STATUS_EXIT = {Status.ACCEPTED: 0, Status.REJECTED: 1, Status.FAILED: 3}
SUFFIX = {"json": ".json", "markdown": ".md"}


def _target(output: str, path: str, fmt: str, many: bool) -> Path | None:
    """Where one result goes: None for stdout, a file, or a file inside a folder."""
    if output == "-":
        return None
    out = Path(output)
    if many or out.is_dir() or output.endswith(("/", "\\")):
        stem = "stdin" if path == "-" else Path(path).stem
        return out / f"{stem}{SUFFIX[fmt]}"
    return out


def _one_line(text: str, fmt: str) -> str:
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
) -> int:
    """Summarise every input; write results; report failures per file; return the exit code."""
    inputs = list(expand_inputs(paths))
    many = len(inputs) > 1
    if many and output != "-" and Path(output).is_file():
        raise UsageError(f"--output {output}: several inputs need a folder, not a file")
    show = sys.stderr.isatty() if progress is None else progress
    tally: Counter[str] = Counter()
    worst = 0
    started = time.monotonic()
    bar = _Progress(len(inputs)) if show else None
    try:
        for path in inputs:
            if bar:
                bar.step(path)
            code, label = _summarize_one(summarizer, path, fmt, output, many, echo)
            tally[label] += 1
            worst = max(worst, code)
    finally:
        if bar:
            bar.close()
    if many:
        parts = ", ".join(f"{n} {label}" for label, n in sorted(tally.items()))
        echo(f"summarizer: {len(inputs)} article(s) in {time.monotonic() - started:.1f}s: {parts}")
    return worst


def _summarize_one(
    summarizer: Summarizer, path: str, fmt: str, output: str, many: bool,
    echo: Callable[[str], None],
) -> tuple[int, str]:  # fmt: skip
    try:
        source = read_source(path)
        result: SummaryResult = summarizer.summarize(source)
    except SummarizerError as exc:
        echo(f"summarizer: error: {exc}")
        return exc.exit_code, "error (bad input)" if exc.exit_code == 2 else "error (backend)"
    text = render(result, fmt)
    target = _target(output, path, fmt, many)
    if result.status is Status.FAILED:
        last = result.reasons[-1].message if result.reasons else "no usable answer"
        echo(f"summarizer: error: {source.name}: the model gave no usable summary after "
             f"{len(result.attempts)} attempt(s) ({result.usage.total_tokens:,} tokens): {last}")  # fmt: skip
        return STATUS_EXIT[result.status], "failed"
    if target is None:
        sys.stdout.write(_one_line(text, fmt) if many else text)
        sys.stdout.flush()
    else:
        write_atomic(target, text)
    if result.status is Status.REJECTED:
        n = sum(not i.accepted for i in result.items)
        echo(f"summarizer: {source.name}: rejected ({n} item(s) failed the guards; see the report)")
    return STATUS_EXIT[result.status], result.status.value


class _Progress:
    """A rich progress bar on stderr (only when stderr is a terminal)."""

    def __init__(self, total: int) -> None:
        from rich.console import Console
        from rich.progress import BarColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

        self._progress = Progress(
            SpinnerColumn(), TextColumn("{task.description}"), BarColumn(),
            TextColumn("{task.completed}/{task.total}"), TimeElapsedColumn(),
            console=Console(stderr=True), transient=True,
        )  # fmt: skip
        self._task = self._progress.add_task("starting", total=total)
        self._progress.start()
        self._first = True

    def step(self, path: str) -> None:
        if not self._first:
            self._progress.advance(self._task)
        self._first = False
        self._progress.update(self._task, description=f"summarizing {Path(path).name}")

    def close(self) -> None:
        self._progress.advance(self._task)
        self._progress.stop()
