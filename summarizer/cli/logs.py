"""``summarizer logs``: list the run log, or show one logged result again."""

from __future__ import annotations

import json
from datetime import datetime
from enum import StrEnum
from typing import Annotated

import typer

from .common import EXIT_OK, VerboseOpt, app, guarded


class ShowFormat(StrEnum):
    """What ``--show`` renders: the stored result needs no article for these two."""

    json = "json"
    markdown = "markdown"


_HEADER = ("ID", "CREATED", "COMMAND", "STATUS", "MODEL", "TOKENS", "CACHED", "ARTICLE")


@app.command()
def logs(
    status: Annotated[
        str | None, typer.Option(help="Only runs with this status (accepted, rejected, failed).")
    ] = None,
    model: Annotated[str | None, typer.Option(help="Only runs of this model.")] = None,
    article: Annotated[
        str | None, typer.Option(help="Only articles whose name contains this text.")
    ] = None,
    since: Annotated[
        datetime | None,
        typer.Option(
            formats=["%Y-%m-%d"], metavar="YYYY-MM-DD", help="Only runs from this UTC day on."
        ),
    ] = None,
    limit: Annotated[int, typer.Option(min=1, help="At most this many runs, newest first.")] = 50,
    as_json: Annotated[bool, typer.Option("--json", help="One JSON object per line.")] = False,
    show: Annotated[
        int | None, typer.Option(metavar="ID", help="Print the stored result of this run.")
    ] = None,
    fmt: Annotated[
        ShowFormat, typer.Option("--format", help="Format for --show.")
    ] = ShowFormat.json,
    verbose: VerboseOpt = False,
) -> None:
    """List logged runs (SUMMARIZER_LOG names the database), or --show one result again."""
    from ..report import render
    from ..runs.log import RunLog

    def run() -> int:
        run_log = RunLog()
        if show is not None:
            typer.echo(render(run_log.get(show), fmt.value), nl=False)
            return EXIT_OK
        rows = run_log.query(
            status=status,
            model=model,
            article=article,
            since=since.date() if since else None,
            limit=limit,
        )
        if as_json:
            for row in rows:
                typer.echo(json.dumps(row.to_dict(), ensure_ascii=False, sort_keys=True))
            return EXIT_OK
        table = [_HEADER] + [
            (
                str(r.id),
                r.created.replace("+00:00", "Z"),
                r.command,
                r.status,
                r.model,
                str(r.prompt_tokens + r.completion_tokens),
                "yes" if r.cached else "no",
                r.article_name,
            )
            for r in rows
        ]
        widths = [max(len(line[i]) for line in table) for i in range(len(_HEADER) - 1)]
        for line in table:
            cells = [c.ljust(w) for c, w in zip(line, widths, strict=False)]
            typer.echo("  ".join([*cells, line[-1]]))
        return EXIT_OK

    raise typer.Exit(guarded(verbose, run))
