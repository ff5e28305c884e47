"""``summarizer batch submit|status|collect|cancel``: OpenAI's Batch API (asynchronous, half price)."""

from __future__ import annotations

import contextlib
import json
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

import typer

from ..models import DosingPolicy
from .common import (
    EXIT_OK,
    Format,
    LogOpt,
    Mode,
    OnFail,
    VerboseOpt,
    app,
    echo_err,
    fail,
    guarded,
    sigterm_as_interrupt,
)

batch_app = typer.Typer(
    help="Summaries through OpenAI's Batch API: submit the requests, check on them, collect "
    "the answers and run every guard. The run lives in a state folder (--state).",
    no_args_is_help=True,
)
app.add_typer(batch_app, name="batch")

StateOpt = Annotated[
    Path, typer.Option("--state", help="The run's state folder (requests, results, state.json).")
]
BaseUrlOpt = Annotated[
    str | None,
    typer.Option(help="An OpenAI-compatible endpoint with the Files and Batches API (default: OpenAI)."),
]
JsonOpt = Annotated[bool, typer.Option("--json", help="One JSON document on stdout, for scripts.")]
DEFAULT_STATE = Path("summarizer-batch")


class Restate(StrEnum):
    batch = "batch"
    each = "each"


@batch_app.command()
def submit(
    paths: Annotated[list[str], typer.Argument(help="Article files or folders.")],
    model: Annotated[str, typer.Option(help="The model every request names, e.g. gpt-4o-mini.")],
    state: StateOpt = DEFAULT_STATE,
    base_url: BaseUrlOpt = None,
    mode: Annotated[
        Mode, typer.Option(help="full (default here): one request per article; evidence needs --restate batch.")
    ] = Mode.full,
    restate: Annotated[Restate, typer.Option(help="Evidence mode: batch is the only choice here.")] = Restate.batch,
    max_attempts: Annotated[int, typer.Option(min=1, max=10, help="Model calls per article, repairs included.")] = 3,
    token_budget: Annotated[int, typer.Option(min=1000, help="Total tokens per article across attempts.")] = 60_000,
    dosing_policy: Annotated[DosingPolicy, typer.Option(help="strict or advice.")] = DosingPolicy.STRICT,
    on_fail: Annotated[OnFail, typer.Option(help="reject or drop failing claims.")] = OnFail.reject,
    temperature: Annotated[float, typer.Option(min=0.0, max=2.0)] = 0.0,
    seed: Annotated[int, typer.Option()] = 0,
    max_tokens: Annotated[int, typer.Option(min=64, max=32768, help="Most tokens one answer may use.")] = 2000,
    price_in: Annotated[
        float | None, typer.Option(min=0.0, help="USD per million input tokens (default: a known model's batch price).")
    ] = None,
    price_out: Annotated[float | None, typer.Option(min=0.0, help="USD per million output tokens.")] = None,
    max_requests: Annotated[
        int, typer.Option(min=1, max=50_000, help="Requests per batch file (the API allows 50,000).")
    ] = 50_000,
    verbose: VerboseOpt = False,
) -> None:
    """Write every article's first request, upload the files and create the batches."""
    from ..guards import GuardConfig
    from ..pipeline import Settings
    from ..runs.openai_batch import BatchRun

    if (price_in is None) != (price_out is None):
        raise fail("give both --price-in and --price-out, or neither", 2)
    settings = Settings(
        mode=mode.value, restate=restate.value, temperature=temperature, seed=seed,
        max_attempts=max_attempts, max_tokens=max_tokens, token_budget=token_budget,
        on_fail="drop" if on_fail is OnFail.drop else "reject",
        guards=GuardConfig(dosing_policy=dosing_policy),
    )  # fmt: skip
    prices = (price_in, price_out) if price_in is not None and price_out is not None else None

    def run() -> int:
        with BatchRun.submit(
            paths, folder=state, model=model, settings=settings, base_url=base_url,
            prices=prices, max_requests=max_requests, echo=echo_err,
        ) as batch:  # fmt: skip
            n = len(batch.state.articles)
            echo_err(
                f"summarizer: {n} article(s) in {len(batch.state.batches)} batch(es); state in "
                f"{state}; run 'summarizer batch status --state {state}'"
            )
        return EXIT_OK

    raise typer.Exit(guarded(verbose, run))


def _batch_rows(batches: list[Any]) -> list[dict[str, Any]]:
    return [
        {
            "id": b.id, "round": b.round, "part": b.part, "status": b.status,
            "requests": len(b.custom_ids), "completed": b.completed, "failed": b.failed,
            "errors": b.errors, "usage": b.usage.model_dump(), "cost_usd": b.cost_usd,
        }
        for b in batches
    ]  # fmt: skip


def _print_status(batch: Any, rows: list[dict[str, Any]], as_json: bool) -> None:
    from collections import Counter

    articles = Counter(a.status for a in batch.state.articles)
    usage, cost = batch.totals()
    if as_json:
        doc = {
            "state": str(batch.folder), "model": batch.state.model, "batches": rows,
            "articles": dict(articles), "usage": usage.model_dump(), "cost_usd": cost,
            "per_article": [
                {"name": a.name, "status": a.status, "verdict": a.verdict, "reason": a.reason,
                 "output": a.output, "usage": a.usage.model_dump(), "cost_usd": a.cost_usd}
                for a in batch.state.articles
            ],
        }  # fmt: skip
        typer.echo(json.dumps(doc, indent=2))
        return
    for r in rows:
        money = f", ${r['cost_usd']:.4f}" if r["cost_usd"] is not None else ""
        typer.echo(
            f"{r['id']}  round {r['round']} part {r['part']}  {r['status']:<11} "
            f"{r['completed']}/{r['requests']} done, {r['failed']} failed, "
            f"{r['usage']['total_tokens']:,} tokens{money}"
        )
        for error in r["errors"]:
            typer.echo(f"  error: {error}")
    parts = ", ".join(f"{n} {s}" for s, n in sorted(articles.items()))
    money = f", ${cost:.4f}" if cost is not None else ""
    typer.echo(f"articles: {parts}; {usage.total_tokens:,} tokens collected{money}")


@batch_app.command()
def status(
    batch_id: Annotated[str | None, typer.Argument(help="One batch (default: all of the run).")] = None,
    state: StateOpt = DEFAULT_STATE,
    base_url: BaseUrlOpt = None,
    as_json: JsonOpt = False,
    verbose: VerboseOpt = False,
) -> None:
    """Ask the API how each batch is doing (finished results are downloaded into the state)."""
    from ..runs.openai_batch import BatchRun

    def run() -> int:
        with BatchRun.open(state, base_url=base_url, echo=echo_err) as batch:
            _print_status(batch, _batch_rows(batch.refresh(batch_id)), as_json)
        return EXIT_OK

    raise typer.Exit(guarded(verbose, run))


@batch_app.command()
def collect(
    batch_id: Annotated[str | None, typer.Argument(help="Download only this batch now.")] = None,
    output: Annotated[
        str, typer.Option("--output", "-o", help="DIR (one file per article), FILE or '-' for stdout.")
    ] = "-",
    fmt: Annotated[Format, typer.Option("--format", help="Output format.")] = Format.json,
    state: StateOpt = DEFAULT_STATE,
    base_url: BaseUrlOpt = None,
    repair_now: Annotated[
        bool,
        typer.Option(
            "--repair-now", help="Send repair requests synchronously instead of a follow-up batch."
        ),
    ] = False,
    log: LogOpt = True,
    verbose: VerboseOpt = False,
) -> None:
    """Download finished batches and guard every article whose answers are in.

    Exit 4 while an article still waits (a batch in progress, or a repair round just
    submitted): run collect again later. Once every article is final it exits like
    summarize: 0 all accepted, 1 some rejected, 2 bad input, 3 failed or expired requests.
    """
    from ..runs.log import RunLog
    from ..runs.openai_batch import BatchRun

    def run() -> int:
        run_log = RunLog.open_default(log, echo=echo_err)
        with (
            BatchRun.open(state, base_url=base_url, echo=echo_err) as batch,
            sigterm_as_interrupt(),
            run_log or contextlib.nullcontext(),
        ):
            if batch_id is not None:
                batch.refresh(batch_id)
            live = batch.api.provider if repair_now else None
            report = batch.collect(output, fmt=fmt.value, repair_now=live, log=run_log)
            usage, cost = batch.totals()
            parts = ", ".join(f"{n} {label}" for label, n in report.tally.items())
            money = f", ${cost:.4f}" if cost is not None else ""
            echo_err(f"summarizer: {len(batch.state.articles)} article(s): {parts}; {usage.total_tokens:,} tokens{money}")
        return report.exit_code

    raise typer.Exit(guarded(verbose, run))


@batch_app.command()
def cancel(
    batch_id: Annotated[str | None, typer.Argument(help="One batch (default: every unfinished one).")] = None,
    state: StateOpt = DEFAULT_STATE,
    base_url: BaseUrlOpt = None,
    verbose: VerboseOpt = False,
) -> None:
    """Cancel unfinished batches; what they finished stays collectable."""
    from ..runs.openai_batch import BatchRun

    def run() -> int:
        with BatchRun.open(state, base_url=base_url, echo=echo_err) as batch:
            for b in batch.cancel(batch_id):
                typer.echo(f"{b.id}  {b.status}")
        return EXIT_OK

    raise typer.Exit(guarded(verbose, run))
