"""Guards on their own: ``validate``, ``check-claims``, ``scan-dosing``, and ``schema``."""

from __future__ import annotations

import contextlib
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from ..errors import UsageError
from ..models import DosingPolicy, Status
from .common import (
    EXIT_OK,
    EXIT_REJECTED,
    Backend,
    Format,
    LogOpt,
    VerboseOpt,
    app,
    echo_err,
    guarded,
)

if TYPE_CHECKING:
    from ..guards.judge import LLMJudge


@app.command()
def schema() -> None:
    """Print the JSON Schema every summary must match (OpenAI strict-mode compatible)."""
    from ..schema import schema_json

    sys.stdout.write(schema_json())


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
    from ..records import scan_dosing_records

    def run() -> int:
        worst = EXIT_OK
        for record, flagged in scan_dosing_records(path, policy):
            typer.echo(json.dumps(record, ensure_ascii=False))
            worst = max(worst, EXIT_REJECTED if flagged else EXIT_OK)
        return worst

    raise typer.Exit(guarded(verbose, run))


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
    from ..guards import GroundingConfig
    from ..records import check_claim_records

    def run() -> int:
        worst = EXIT_OK
        for record, supported in check_claim_records(path, GroundingConfig(embedding=embedding)):
            typer.echo(json.dumps(record, ensure_ascii=False))
            worst = max(worst, EXIT_OK if supported else EXIT_REJECTED)
        return worst

    raise typer.Exit(guarded(verbose, run))


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
    judge: Annotated[
        bool,
        typer.Option(
            "--judge",
            help="Also ask a model whether the quotes support each item the checks passed "
            "(it can reject, never rescue; --backend, --model, --base-url pick the model).",
        ),
    ] = False,
    backend: Annotated[
        Backend | None,
        typer.Option(
            help="Judge backend (default: openai if OPENAI_BASE_URL/OPENAI_API_KEY is set, else local)."
        ),
    ] = None,
    model: Annotated[str | None, typer.Option(help="Judge model name.")] = None,
    base_url: Annotated[
        str | None, typer.Option(help="OpenAI-compatible endpoint for the judge.")
    ] = None,
    model_path: Annotated[Path | None, typer.Option(help="A GGUF file for a local judge.")] = None,
    log: LogOpt = True,
    verbose: VerboseOpt = False,
) -> None:
    """Run every guard on a summary produced elsewhere; exit 0 if accepted, 1 if rejected."""
    from ..guards import GuardConfig
    from ..report import render
    from ..runs.log import RunLog
    from ..source import read_source
    from ..validation import validate_summary

    def run() -> int:
        source = read_source(article)
        raw = read_source(summary_path).text
        config = GuardConfig(dosing_policy=dosing_policy, judge=judge)
        with _judge(judge, backend, model, base_url, model_path) as llm_judge:
            result = validate_summary(source, raw, config, judge=llm_judge)
        if run_log := RunLog.open_default(log, echo=echo_err):
            with run_log:
                run_log.record(result, command="validate")
        if result.status is Status.FAILED:  # not a summary in the schema: bad input, one line
            problems = "; ".join(r.message for r in result.reasons[:3])
            raise UsageError(f"{summary_path}: not a valid summary ({problems})")
        typer.echo(render(result, fmt.value, source.text), nl=False)
        return result.status.exit_code

    raise typer.Exit(guarded(verbose, run))


@contextlib.contextmanager
def _judge(
    wanted: bool,
    backend: Backend | None,
    model: str | None,
    base_url: str | None,
    model_path: Path | None,
) -> Iterator[LLMJudge | None]:
    """The judge ``validate --judge`` asks, over a provider closed afterwards; None without it."""
    if not wanted:
        if backend or model or base_url or model_path:
            raise UsageError(
                "--backend, --model, --base-url and --model-path pick the --judge model"
            )
        yield None
        return
    from ..guards.judge import LLMJudge
    from ..providers import ProviderJudge, make_provider

    if backend is Backend.replay:
        raise UsageError("the judge needs a live model (openai or local), not replay")
    provider = make_provider(
        backend.value if backend else None, model=model, base_url=base_url, model_path=model_path
    )
    try:
        yield LLMJudge(ProviderJudge(provider))
    finally:
        provider.close()


@app.command()
def review(
    result_path: Annotated[
        str,
        typer.Argument(metavar="RESULT.json", help="A saved result (summarize or validate, JSON)."),
    ],
    article: Annotated[
        str | None,
        typer.Option(help="The article the result is about (its spans are highlighted in it)."),
    ] = None,
    output: Annotated[
        str, typer.Option("--output", "-o", help="The HTML file to write, or '-' for stdout.")
    ] = "-",
    verbose: VerboseOpt = False,
) -> None:
    """Render a saved result as the review page: one self-contained HTML file."""
    from ..files import write_atomic
    from ..report.html import review_page

    def run() -> int:
        page = review_page(result_path, article)
        if output == "-":
            typer.echo(page, nl=False)
        else:
            write_atomic(output, page)
        return EXIT_OK

    raise typer.Exit(guarded(verbose, run))
