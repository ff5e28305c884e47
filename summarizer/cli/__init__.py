"""The command line, one module per command group; the only package that imports typer.

``common`` holds the app and the error → exit-code mapping; ``summarize``, ``guards``
(validate, check-claims, scan-dosing, schema), ``runs`` (golden, stability), ``logs``
(the run log) and ``batch`` (OpenAI's Batch API) register their commands on it. Exit codes: 0 accepted, 1 rejected by the guards, 2 bad input or
usage, 3 backend failure, 130 interrupted. Errors are one line on stderr (a traceback only
with ``--verbose``).
"""

from __future__ import annotations

import sys

from . import batch, guards, logs, runs, summarize
from .common import app, run_app

__all__ = ["app", "main"]

_COMMANDS = (batch, guards, logs, runs, summarize)  # imported for their @app.command registrations


def main() -> None:
    """Console-script entry point: every error, usage errors included, is one line."""
    sys.exit(run_app())
