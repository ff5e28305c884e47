"""Work over many runs: ``golden`` (replay or re-record the golden cases) and ``stability``."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer

from .common import EXIT_OK, Backend, Mode, ModeOpt, VerboseOpt, app, guarded


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
    from ..providers import make_provider
    from ..runs.golden import run_cases

    def run() -> int:
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
        try:
            return run_cases(
                root, cases, provider, accept_changes=accept, verbose=verbose, echo=typer.echo
            )
        finally:
            if provider:
                provider.close()

    raise typer.Exit(guarded(verbose, run))


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
    mode: ModeOpt = Mode.evidence,
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
    from ..files import expand_inputs
    from ..pipeline import Settings, Summarizer
    from ..runs.stability import measure
    from ..source import read_source

    def run() -> int:
        with Summarizer(
            backend.value if backend else None,
            settings=Settings(mode=mode.value, max_attempts=max_attempts),
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

    raise typer.Exit(guarded(verbose, run))
