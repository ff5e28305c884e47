"""The command line: parse arguments, call the library, render, map errors to exit codes.

Exit codes: 0 accepted, 1 rejected by the guards, 2 bad input or usage, 3 backend failure.
Errors are one line on stderr (a traceback only with ``--verbose``). This is the only
module that imports typer.
"""

from __future__ import annotations

import contextlib
import dataclasses
import json
import signal
import sys
import traceback
from collections.abc import Callable, Iterator
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any, TypeVar

import typer

from .errors import InputError, SummarizerError, UsageError
from .models import DosingPolicy, Status, SummaryResult

EXIT_OK, EXIT_REJECTED, EXIT_INPUT, EXIT_BACKEND = 0, 1, 2, 3
STATUS_EXIT = {
    Status.ACCEPTED: EXIT_OK,
    Status.REJECTED: EXIT_REJECTED,
    Status.FAILED: EXIT_BACKEND,
}

app = typer.Typer(
    name="summarizer",
    help="Guardrailed, quote-anchored summaries of articles. Exit codes: 0 accepted, "
    "1 rejected by the guards, 2 bad input or usage, 3 backend failure.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

T = TypeVar("T")


class Backend(StrEnum):
    local = "local"
    openai = "openai"
    replay = "replay"


class Format(StrEnum):
    json = "json"
    markdown = "markdown"


class OnFail(StrEnum):
    reject = "reject"
    drop = "drop"


def _fail(message: str, code: int) -> typer.Exit:
    typer.echo(f"summarizer: error: {message}", err=True)
    return typer.Exit(code)


def _guarded(verbose: bool, fn: Callable[[], T]) -> T:
    """Run ``fn``; turn our errors into one line and an exit code."""
    try:
        return fn()
    except SummarizerError as exc:
        if verbose:
            traceback.print_exc()
        raise _fail(str(exc), exc.exit_code) from None
    except KeyboardInterrupt:
        raise _fail("interrupted", 130) from None
    except OSError as exc:
        if verbose:
            traceback.print_exc()
        raise _fail(f"{exc.filename or 'I/O'}: {exc.strerror or exc}", EXIT_INPUT) from None


VerboseOpt = Annotated[bool, typer.Option("--verbose", "-v", help="Show tracebacks on errors.")]


@app.command()
def schema() -> None:
    """Print the JSON Schema every summary must match (OpenAI strict-mode compatible)."""
    from .schema import schema_json

    sys.stdout.write(schema_json())


@app.command()
def summarize(
    paths: Annotated[list[str], typer.Argument(help="Article files or folders; '-' reads stdin.")],
    backend: Annotated[
        Backend | None,
        typer.Option(
            help="Model backend (default: openai if OPENAI_BASE_URL/OPENAI_API_KEY is set, else local)."
        ),
    ] = None,
    model: Annotated[str | None, typer.Option(help="Model name for the openai backend.")] = None,
    base_url: Annotated[
        str | None, typer.Option(help="OpenAI-compatible endpoint (Ollama, vLLM, llama.cpp).")
    ] = None,
    model_path: Annotated[
        Path | None, typer.Option(help="A GGUF file for the local backend.")
    ] = None,
    recording: Annotated[
        Path | None,
        typer.Option(help="Recording (file or golden case folder) for --backend replay."),
    ] = None,
    fmt: Annotated[Format, typer.Option("--format", help="Output format.")] = Format.json,
    output: Annotated[
        str,
        typer.Option("--output", "-o", help="FILE, DIR (one file per article) or '-' for stdout."),
    ] = "-",
    on_fail: Annotated[
        OnFail,
        typer.Option(
            help="reject: any failing item rejects the summary; drop: drop failing claims and say so."
        ),
    ] = OnFail.reject,
    max_attempts: Annotated[
        int, typer.Option(min=1, max=10, help="Model calls per article, re-asks included.")
    ] = 3,
    token_budget: Annotated[
        int, typer.Option(min=1000, help="Total tokens per article across attempts.")
    ] = 60_000,
    dosing_policy: Annotated[
        DosingPolicy, typer.Option(help="strict: no dose of any kind; advice: no instructions.")
    ] = DosingPolicy.STRICT,
    temperature: Annotated[float, typer.Option(min=0.0, max=2.0)] = 0.0,
    seed: Annotated[int, typer.Option()] = 0,
    max_tokens: Annotated[
        int, typer.Option(min=64, max=32768, help="Most tokens one model answer may use.")
    ] = 2000,
    timeout: Annotated[
        float | None,
        typer.Option(min=1.0, help="Seconds per model request (default: 120 remote, 900 local)."),
    ] = None,
    jobs: Annotated[
        int, typer.Option("--jobs", "-j", min=1, max=32, help="Articles summarised at once.")
    ] = 1,
    cache: Annotated[
        bool,
        typer.Option(
            "--cache/--no-cache",
            help="Reuse results of earlier runs (keyed by article, model, prompt, schema and settings).",
        ),
    ] = True,
    cache_dir: Annotated[
        Path | None, typer.Option(help="Where cached results live (default: the user cache dir).")
    ] = None,
    embedding: Annotated[
        bool,
        typer.Option("--embedding", help="Add the MiniLM support layer (needs the [embed] extra)."),
    ] = False,
    judge: Annotated[
        bool,
        typer.Option(
            "--judge", help="Also ask the backend's model to judge each claim the checks passed."
        ),
    ] = False,
    verbose: VerboseOpt = False,
) -> None:
    """Summarise articles. Exit 0 when every summary is accepted, else the worst outcome."""
    from .batch import run_batch
    from .cache import ResultCache, default_cache_dir
    from .evaluate import GuardConfig
    from .grounding import GroundingConfig
    from .judge import LLMJudge
    from .pipeline import Settings, Summarizer

    settings = Settings(
        temperature=temperature,
        seed=seed,
        max_attempts=max_attempts,
        max_tokens=max_tokens,
        token_budget=token_budget,
        on_fail="drop" if on_fail is OnFail.drop else "reject",
        guards=GuardConfig(
            dosing_policy=dosing_policy, grounding=GroundingConfig(embedding=embedding)
        ),
    )

    def run() -> int:
        summarizer = Summarizer(
            backend.value if backend else None,
            settings=settings,
            model=model,
            base_url=base_url,
            model_path=model_path,
            recording=recording,
            timeout=timeout,
        )
        if judge:
            guards = dataclasses.replace(settings.guards, judge=LLMJudge(summarizer.provider))
            summarizer.settings = dataclasses.replace(settings, guards=guards)
        store = (
            ResultCache(cache_dir or default_cache_dir())
            if cache and backend is not Backend.replay
            else None
        )
        with summarizer, _sigterm_as_interrupt():
            return run_batch(
                summarizer,
                paths,
                fmt=fmt.value,
                output=output,
                echo=_echo_err,
                jobs=jobs,
                cache=store,
            )

    raise typer.Exit(_guarded(verbose, run))


@contextlib.contextmanager
def _sigterm_as_interrupt() -> Iterator[None]:
    """Treat SIGTERM like Ctrl-C, so finished outputs stay and no half file is left."""

    def handler(signum: int, frame: object) -> None:
        raise KeyboardInterrupt

    try:
        previous = signal.signal(signal.SIGTERM, handler)
    except ValueError:  # not in the main thread (e.g. some test runners)
        yield
        return
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


def _echo_err(line: str) -> None:
    typer.echo(line, err=True)


def _read_lines(path: str) -> Iterator[tuple[int, str]]:
    if path == "-":
        stream = sys.stdin
    else:
        p = Path(path)
        if not p.is_file():
            raise InputError(f"{path}: no such file" if not p.exists() else f"{path}: not a file")
        stream = p.open(encoding="utf-8")
    try:
        for number, line in enumerate(stream, start=1):
            if line.strip():
                yield number, line.rstrip("\n")
    except UnicodeDecodeError as exc:
        raise InputError(f"{path}: not valid UTF-8") from exc
    finally:
        if stream is not sys.stdin:
            stream.close()


def _json_line(number: int, line: str) -> dict[str, Any]:
    try:
        data = json.loads(line)
    except json.JSONDecodeError as exc:
        raise UsageError(f"line {number}: not valid JSON ({exc.msg})") from exc
    if not isinstance(data, dict):
        raise UsageError(f"line {number}: expected a JSON object")
    return data


@app.command("scan-dosing")
def scan_dosing_cmd(
    path: Annotated[
        str, typer.Argument(help="Lines of text, or JSONL with a 'text' field; '-' for stdin.")
    ] = "-",
    policy: Annotated[
        DosingPolicy, typer.Option(help="strict: any dose or regimen; advice: only instructions.")
    ] = DosingPolicy.STRICT,
    verbose: VerboseOpt = False,
) -> None:
    """Flag dosing advice line by line; output JSONL adding 'dosing_advice' and 'findings'.

    Exits 1 when any line holds dosing advice, else 0.
    """
    from .dosing import scan_dosing

    def run() -> int:
        worst = EXIT_OK
        for number, line in _read_lines(path):
            record: dict[str, Any] = (
                _json_line(number, line) if line.lstrip().startswith("{") else {"text": line}
            )
            text = record.get("text")
            if not isinstance(text, str):
                raise UsageError(f"line {number}: needs a string 'text' field")
            scan = scan_dosing(text, policy)
            record.update(
                dosing_advice=scan.dosing_advice,
                findings=[f.model_dump(mode="json") for f in scan.findings],
            )
            typer.echo(json.dumps(record, ensure_ascii=False))
            worst = max(worst, EXIT_REJECTED if scan.dosing_advice else EXIT_OK)
        return worst

    raise typer.Exit(_guarded(verbose, run))


@app.command("check-claims")
def check_claims_cmd(
    path: Annotated[
        str,
        typer.Argument(
            help="JSONL: 'claim' plus 'source' (text) or 'source_path'; optional 'quotes'."
        ),
    ],
    embedding: Annotated[
        bool,
        typer.Option("--embedding", help="Add the MiniLM support layer (needs the [embed] extra)."),
    ] = False,
    verbose: VerboseOpt = False,
) -> None:
    """Check claims against their sources; output JSONL adding supported, score, anchors, reasons.

    Exits 1 when any claim is not supported, else 0.
    """
    from .grounding import Grounder, GroundingConfig
    from .source import read_source

    def run() -> int:
        worst = EXIT_OK
        base = Path(path).parent if path != "-" else Path.cwd()
        grounders: dict[str, Grounder] = {}
        for number, line in _read_lines(path):
            record = _json_line(number, line)
            claim = record.get("claim")
            if not isinstance(claim, str) or not claim.strip():
                raise UsageError(f"line {number}: needs a non-empty string 'claim'")
            if isinstance(record.get("source"), str):
                text = record["source"]
            elif isinstance(record.get("source_path"), str):
                text = read_source(base / record["source_path"]).text
            else:
                raise UsageError(f"line {number}: needs 'source' (text) or 'source_path'")
            quotes = record.get("quotes")
            if quotes is not None and not (
                isinstance(quotes, list) and all(isinstance(q, str) for q in quotes)
            ):
                raise UsageError(f"line {number}: 'quotes' must be a list of strings")
            grounder = grounders.get(text) or grounders.setdefault(
                text, Grounder(text, GroundingConfig(embedding=embedding))
            )
            check = grounder.check(claim, quotes)
            record.update(
                supported=check.supported,
                verdict=check.verdict.value,
                score=round(check.score, 4),
                anchors=[
                    {
                        "start": a.span.start,
                        "end": a.span.end,
                        "text": a.span.text,
                        "match": a.match.value if a.match else None,
                    }
                    for a in check.anchors
                    if a.span is not None
                ],
                reasons=[r.model_dump() for r in check.reasons],
            )
            typer.echo(json.dumps(record, ensure_ascii=False))
            worst = max(worst, EXIT_OK if check.supported else EXIT_REJECTED)
        return worst

    raise typer.Exit(_guarded(verbose, run))


@app.command()
def validate(
    article: Annotated[str, typer.Argument(help="The article the summary claims to summarise.")],
    summary_path: Annotated[
        str,
        typer.Argument(
            metavar="SUMMARY.json", help="A summary in the schema (or a result holding one)."
        ),
    ],
    fmt: Annotated[Format, typer.Option("--format", help="Output format.")] = Format.markdown,
    dosing_policy: Annotated[DosingPolicy, typer.Option()] = DosingPolicy.STRICT,
    verbose: VerboseOpt = False,
) -> None:
    """Run every guard on a summary produced elsewhere; exit 0 if accepted, 1 if rejected."""
    from .evaluate import GuardConfig
    from .report import render
    from .source import read_source
    from .validation import validate_summary

    def run() -> int:
        source = read_source(article)
        raw = read_source(summary_path).text
        result = validate_summary(source, raw, GuardConfig(dosing_policy=dosing_policy))
        if result.status is Status.FAILED:  # not a summary in the schema: bad input, one line
            problems = "; ".join(r.message for r in result.reasons[:3])
            raise UsageError(f"{summary_path}: not a valid summary ({problems})")
        typer.echo(render(result, fmt.value), nl=False)
        return STATUS_EXIT[result.status]

    raise typer.Exit(_guarded(verbose, run))


@app.command()
def golden(
    cases: Annotated[
        list[str] | None, typer.Argument(help="Case names (default: every case under --root).")
    ] = None,
    root: Annotated[Path, typer.Option(help="The golden folder.")] = Path("golden"),
    record: Annotated[
        bool, typer.Option("--record", help="Re-record with a live backend instead of replaying.")
    ] = False,
    backend: Annotated[
        Backend | None, typer.Option(help="Backend for --record (default: local).")
    ] = None,
    model: Annotated[str | None, typer.Option()] = None,
    base_url: Annotated[str | None, typer.Option()] = None,
    model_path: Annotated[Path | None, typer.Option()] = None,
    accept: Annotated[
        bool,
        typer.Option("--accept", help="Write the new outputs (nothing is written without it)."),
    ] = False,
    verbose: VerboseOpt = False,
) -> None:
    """Re-validate golden cases offline (default) or re-record them; print what changed.

    Exits 0 when nothing changed (or changes were accepted), 1 when something differs.
    """
    from . import golden as g
    from .providers import make_provider

    def run() -> int:
        if not root.is_dir():
            raise InputError(f"{root}: no such golden folder")
        folders = [root / c for c in cases] if cases else g.list_cases(root)
        for folder in folders:
            if not (folder / "article.txt").is_file():
                raise InputError(f"{folder}: not a golden case (no article.txt)")
        provider = (
            make_provider(
                (backend.value if backend else "local"),
                model=model,
                base_url=base_url,
                model_path=model_path,
            )
            if record
            else None
        )
        dirty = errors = 0
        try:
            schema_diff = g.check_schema(root, accept_change=accept)
            if schema_diff:
                dirty += 1
                typer.echo("schema.json changed:\n" + "\n".join(schema_diff))
            for folder in folders:
                run_ = g.record_case(folder, provider) if provider else g.check_case(folder)
                if run_.error:
                    errors += 1
                    typer.echo(f"{folder.name}: ERROR {run_.error}")
                    continue
                if run_.clean:
                    typer.echo(f"{folder.name}: unchanged")
                    continue
                dirty += 1
                typer.echo(f"{folder.name}: CHANGED ({', '.join(sorted(run_.diffs))})")
                for line in run_.changes:
                    typer.echo(f"  {line}")
                new_files = [n for n in run_.diffs if not (folder / n).exists()]
                if new_files:
                    typer.echo(f"  new: {', '.join(sorted(new_files))}")
                if verbose or not (run_.changes or new_files):
                    for _name, lines in sorted(run_.diffs.items()):
                        typer.echo("\n".join(lines[:80]))
                if accept:
                    g.accept(run_)
                    typer.echo(f"  accepted: wrote {', '.join(sorted(run_.outputs))}")
        finally:
            if provider:
                provider.close()
        if errors:
            typer.echo(f"{errors} case(s) could not be run; nothing was written for them.")
            return EXIT_REJECTED
        if dirty and not accept:
            typer.echo(f"{dirty} change(s); nothing written. Re-run with --accept to write them.")
            return EXIT_REJECTED
        return EXIT_OK

    raise typer.Exit(_guarded(verbose, run))


@app.command()
def stability(
    paths: Annotated[list[str], typer.Argument(help="Article files or folders.")],
    runs: Annotated[int, typer.Option("--runs", min=2, max=50, help="Runs per article.")] = 3,
    temperature: Annotated[
        float, typer.Option(min=0.01, max=2.0, help="Sampling temperature (seeds vary 0..N-1).")
    ] = 0.7,
    backend: Annotated[Backend | None, typer.Option()] = None,
    model: Annotated[str | None, typer.Option()] = None,
    base_url: Annotated[str | None, typer.Option()] = None,
    model_path: Annotated[Path | None, typer.Option()] = None,
    recording: Annotated[Path | None, typer.Option()] = None,
    max_attempts: Annotated[
        int,
        typer.Option(
            min=1,
            max=10,
            help="Model calls per run (1 measures the model alone; more includes re-asks).",
        ),
    ] = 1,
    verbose: VerboseOpt = False,
) -> None:
    """Summarise each article N times and report claim recurrence, pass rate, verdicts, cost (JSONL)."""
    from .files import expand_inputs
    from .pipeline import Settings, Summarizer
    from .source import read_source
    from .stability import measure

    def run() -> int:
        with Summarizer(
            backend.value if backend else None,
            settings=Settings(max_attempts=max_attempts),
            model=model,
            base_url=base_url,
            model_path=model_path,
            recording=recording,
        ) as summarizer:
            for path in expand_inputs(paths):
                report = measure(summarizer, read_source(path), runs=runs, temperature=temperature)
                report.article = path  # the path the user gave, not just the file name
                typer.echo(json.dumps(report.as_dict(), sort_keys=True))
        return EXIT_OK

    raise typer.Exit(_guarded(verbose, run))


def exit_code(result: SummaryResult) -> int:
    """The exit code for one result."""
    return STATUS_EXIT[result.status]


def main() -> None:
    """Console-script entry point."""
    app()
