"""``summarizer summarize``: articles in, guarded summaries out (one call to ``run_batch``)."""

from __future__ import annotations

import contextlib
from pathlib import Path
from typing import Annotated

import typer

from ..errors import UsageError
from ..models import DosingPolicy
from .common import (
    Backend,
    Format,
    LogOpt,
    Mode,
    ModeOpt,
    OnFail,
    VerboseOpt,
    app,
    echo_err,
    guarded,
    sigterm_as_interrupt,
)


@app.command()
def summarize(
    paths: Annotated[list[str], typer.Argument(help="Article files or folders; '-' reads stdin.")],
    backend: Annotated[
        Backend | None,
        typer.Option(
            help="Model backend (default: openai if OPENAI_BASE_URL/OPENAI_API_KEY is set, else local)."
        ),
    ] = None,
    model: Annotated[
        str | None,
        typer.Option(
            help="Model name: any for the openai backend; for local, a bundled model "
            "(qwen2.5-coder-0.5b, the default, or qwen2.5-coder-1.5b from the [local-1.5b] extra)."
        ),
    ] = None,
    base_url: Annotated[
        list[str] | None,
        typer.Option(
            help="OpenAI-compatible endpoint (Ollama, vLLM, llama.cpp); give it more than once "
            "(or comma-separated) to spread requests over several servers."
        ),
    ] = None,
    servers: Annotated[
        Path | None,
        typer.Option(
            metavar="FILE",
            help="The servers to spread requests over, from a file: one base URL per line, "
            "or TOML (*.toml): \\[\\[servers]] tables with url and an optional max_in_flight "
            "(requests at once, default 8), and optional top-level model, cooldown (seconds "
            "a failing server sits out, default 30) and max_in_flight. Default: "
            "$SUMMARIZER_SERVERS unless --base-url is given. Keys come from OPENAI_API_KEY, "
            "never from the file.",
        ),
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
    mode: ModeOpt = Mode.evidence,
    max_attempts: Annotated[
        int,
        typer.Option(
            min=1, max=10, help="Tries per item (evidence mode) or model calls per article (full)."
        ),
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
        int,
        typer.Option(
            "--jobs",
            "-j",
            min=1,
            max=32,
            help="Model requests in flight at once (spread over the servers); half as many "
            "articles again are read, checked and written beside them.",
        ),
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
    log: LogOpt = True,
    judge: Annotated[
        bool,
        typer.Option(
            "--judge", help="Also ask the backend's model to judge each claim the checks passed."
        ),
    ] = False,
    verbose: VerboseOpt = False,
) -> None:
    """Summarise articles. Exit 0 when every summary is accepted, else the worst outcome."""
    from ..guards import GroundingConfig, GuardConfig
    from ..pipeline import Settings, Summarizer
    from ..runs.batch import run_batch
    from ..runs.cache import ResultCache, default_cache_dir
    from ..runs.log import RunLog

    settings = Settings(
        mode=mode.value,
        temperature=temperature,
        seed=seed,
        max_attempts=max_attempts,
        max_tokens=max_tokens,
        token_budget=token_budget,
        on_fail="drop" if on_fail is OnFail.drop else "reject",
        guards=GuardConfig(
            dosing_policy=dosing_policy,
            grounding=GroundingConfig(embedding=embedding),
            judge=judge,
        ),
    )

    def run() -> int:
        from .config import build_provider, load_servers, servers_path

        listed = servers_path(servers, base_url)
        if listed is not None and backend not in (None, Backend.openai):
            if servers is not None:
                raise UsageError(f"--servers is for the openai backend, not {backend.value}")
            listed = None  # $SUMMARIZER_SERVERS does not apply to local or replay runs
        if listed is not None:
            provider = build_provider(load_servers(listed), model=model, timeout=timeout)
            summarizer = Summarizer(provider=provider, settings=settings)
        else:
            summarizer = Summarizer(
                backend.value if backend else None,
                settings=settings,
                model=model,
                base_url=base_url,
                model_path=model_path,
                recording=recording,
                timeout=timeout,
            )
        store = (
            ResultCache(cache_dir or default_cache_dir())
            if cache and backend is not Backend.replay
            else None
        )
        run_log = RunLog.open_default(log, echo=echo_err)
        with summarizer, sigterm_as_interrupt(), run_log or contextlib.nullcontext():
            return run_batch(
                summarizer,
                paths,
                fmt=fmt.value,
                output=output,
                echo=echo_err,
                jobs=jobs,
                cache=store,
                log=run_log,
            )

    raise typer.Exit(guarded(verbose, run))
