"""What every command shares: the typer app, option types, and errors → one line + exit code.

The CLI parses arguments, calls one library function, renders, and maps errors to exit
codes; nothing else. Status exit codes come from :attr:`summarizer.models.Status.exit_code`,
error exit codes from the error classes (:mod:`summarizer.errors`).
"""

from __future__ import annotations

import contextlib
import signal
import traceback
from collections.abc import Callable, Iterator
from enum import StrEnum
from typing import Annotated, TypeVar

import typer

from ..errors import SummarizerError

EXIT_OK, EXIT_REJECTED, EXIT_INPUT = 0, 1, 2

# Click's error classes, found through typer's public BadParameter: typer vendors click in
# recent releases (typer._click) and uses the click package in older ones.
_CLICK_ERRORS = {c.__name__: c for c in typer.BadParameter.__mro__}
UsageError: type[Exception] = _CLICK_ERRORS["UsageError"]
ClickException: type[Exception] = _CLICK_ERRORS["ClickException"]

app = typer.Typer(
    name="summarizer",
    help="Guardrailed, quote-anchored summaries of articles. Exit codes: 0 accepted, "
    "1 rejected by the guards, 2 bad input or usage, 3 backend failure, 4 batch not finished.",
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
    html = "html"


class Mode(StrEnum):
    evidence = "evidence"
    full = "full"


ModeOpt = Annotated[
    Mode,
    typer.Option(
        envvar="SUMMARIZER_MODE",
        help="evidence: the model restates sentences chosen for it (exact quotes by "
        "construction); full: it reads the whole article and quotes it (capable models).",
    ),
]


class OnFail(StrEnum):
    reject = "reject"
    drop = "drop"


LogOpt = Annotated[
    bool,
    typer.Option(
        "--log/--no-log",
        help="Record each result in the run log (see 'summarizer logs'; "
        "SUMMARIZER_NO_LOG=1 turns it off for good).",
    ),
]

VerboseOpt = Annotated[bool, typer.Option("--verbose", "-v", help="Show tracebacks on errors.")]


def fail(message: str, code: int) -> typer.Exit:
    """Print one error line; the exit to raise."""
    typer.echo(f"summarizer: error: {message}", err=True)
    return typer.Exit(code)


def guarded(verbose: bool, fn: Callable[[], T]) -> T:
    """Run ``fn``; turn our errors into one line and an exit code."""
    try:
        return fn()
    except SummarizerError as exc:
        if verbose:
            traceback.print_exc()
        raise fail(str(exc), exc.exit_code) from None
    except KeyboardInterrupt:
        raise fail("interrupted", 130) from None
    except OSError as exc:
        if verbose:
            traceback.print_exc()
        raise fail(f"{exc.filename or 'I/O'}: {exc.strerror or exc}", EXIT_INPUT) from None


def run_app(args: list[str] | None = None) -> int:
    """Run the app as the console script does; usage errors become one line and exit 2.

    Click's own rendering of a usage error is a usage line, a hint and a boxed message; an
    editor scripting many files wants one line naming the problem, like every other error.
    """
    command = typer.main.get_command(app)
    try:
        result = command.main(args=args, prog_name="summarizer", standalone_mode=False)
    except UsageError as exc:
        ctx = getattr(exc, "ctx", None)
        where = ctx.command_path if ctx is not None else "summarizer"
        message = exc.format_message()  # type: ignore[attr-defined]
        typer.echo(f"{where}: error: {message} (see '{where} --help')", err=True)
        return EXIT_INPUT
    except ClickException as exc:  # e.g. a file argument that cannot be opened
        typer.echo(f"summarizer: error: {exc.format_message()}", err=True)  # type: ignore[attr-defined]
        return int(getattr(exc, "exit_code", EXIT_INPUT))
    except (typer.Abort, KeyboardInterrupt):
        typer.echo("summarizer: error: interrupted", err=True)
        return 130
    return result if isinstance(result, int) else EXIT_OK


def echo_err(line: str) -> None:
    """One line on stderr."""
    typer.echo(line, err=True)


@contextlib.contextmanager
def sigterm_as_interrupt() -> Iterator[None]:
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
