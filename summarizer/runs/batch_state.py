"""The state of one Batch API run: a folder that says which article is waiting on which request.

Layout of the folder (``--state``, default ``summarizer-batch/``)::

    state.json                 this module's :class:`RunState`, rewritten atomically
    input-r1.jsonl             every request of round 1 (round 2+ are repair rounds)
    <batch id>.output.jsonl    a finished batch's results, saved once, before they are used
    <batch id>.errors.jsonl    its error file, when it has one

Custom IDs are ``<article number>-r<round>``; each maps to the request's key (the hash the
replay backend uses), so collecting re-runs the pipeline over the recorded answers and gets
exactly the requests it asked for. Nothing here talks to the network.
"""

from __future__ import annotations

import dataclasses
import json
from enum import Enum
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, Field, ValidationError

from ..errors import UsageError
from ..files import write_atomic
from ..guards import GroundingConfig, GuardConfig
from ..models import DosingPolicy, Usage
from ..pipeline import Settings

STATE_FILE = "state.json"
VERSION = 1

ArticleStatus = Literal["waiting", "done", "failed"]


class RequestRef(BaseModel):
    """One request an article made: its key and its answer's token limit."""

    key: str
    max_tokens: int


class ArticleState(BaseModel):
    """One article of the run."""

    path: str
    name: str
    sha256: str
    status: ArticleStatus = "waiting"
    round: int = 1
    #: Every request this article made, by custom ID, over all rounds.
    requests: dict[str, RequestRef] = Field(default_factory=dict)
    #: Custom IDs still without an answer.
    pending: list[str] = Field(default_factory=list)
    verdict: str | None = None
    #: The exit code this article's outcome maps to (0 accepted, 1 rejected, 2 bad input, 3 backend).
    exit_code: int = 0
    reason: str | None = None
    output: str | None = None
    usage: Usage = Field(default_factory=Usage)
    cost_usd: float | None = None


class BatchState(BaseModel):
    """One batch created for the run."""

    id: str
    round: int
    part: int
    input_file_id: str
    custom_ids: list[str]
    status: str
    collected: bool = False
    completed: int = 0
    failed: int = 0
    errors: list[str] = Field(default_factory=list)
    usage: Usage = Field(default_factory=Usage)
    cost_usd: float | None = None


class RunState(BaseModel):
    """Everything a later ``status`` or ``collect`` needs, and nothing secret."""

    version: int = VERSION
    run_id: str
    created: str
    model: str
    base_url: str | None
    prompt_sha256: str
    settings: dict[str, Any]
    prices: tuple[float, float] | None = None
    max_requests: int
    max_bytes: int
    #: Rounds whose request file is written (its batches may not all be created yet).
    rounds: list[int] = Field(default_factory=list)
    articles: list[ArticleState]
    batches: list[BatchState] = Field(default_factory=list)

    def owner(self, custom_id: str) -> ArticleState:
        """The article a custom ID belongs to."""
        return self.articles[int(custom_id.split("-", 1)[0])]

    def batch_of(self, custom_id: str) -> BatchState | None:
        """The batch that carries a custom ID, if one was created."""
        return next((b for b in self.batches if custom_id in b.custom_ids), None)


def custom_id(article: int, round_: int) -> str:
    """The custom ID of an article's request in one round."""
    return f"{article}-r{round_}"


def load(folder: Path) -> RunState:
    """The run in ``folder``; a missing or damaged state file is a usage error."""
    path = folder / STATE_FILE
    if not path.is_file():
        raise UsageError(f"{folder}: no batch run here (no {STATE_FILE}); start one with 'summarizer batch submit'")
    try:
        state = RunState.model_validate_json(path.read_text(encoding="utf-8"))
    except (OSError, ValueError, ValidationError) as exc:
        raise UsageError(f"{path}: not a readable batch state file ({type(exc).__name__})") from None
    if state.version != VERSION:
        raise UsageError(f"{path}: state version {state.version}; this summarizer reads {VERSION}")
    return state


def save(folder: Path, state: RunState) -> None:
    """Write the state atomically (a reader sees the old file or the new one)."""
    write_atomic(folder / STATE_FILE, state.model_dump_json(indent=1) + "\n")


def settings_to_dict(settings: Settings) -> dict[str, Any]:
    """``Settings`` as JSON-ready data (the inverse of :func:`settings_from_dict`)."""

    def plain(value: Any) -> Any:
        if isinstance(value, Enum):
            return value.value
        if isinstance(value, frozenset | set):
            return sorted(value)
        if isinstance(value, dict):
            return {k: plain(v) for k, v in value.items()}
        return value

    return plain(dataclasses.asdict(settings))  # type: ignore[no-any-return]


def settings_from_dict(data: dict[str, Any]) -> Settings:
    """Rebuild the ``Settings`` a run was submitted with."""
    try:
        guards = dict(data["guards"])
        grounding = dict(guards.pop("grounding"))
        grounding["checks"] = frozenset(grounding["checks"])
        guards["dosing_policy"] = DosingPolicy(guards["dosing_policy"])
        rest = {k: v for k, v in data.items() if k != "guards"}
        return Settings(**rest, guards=GuardConfig(**guards, grounding=GroundingConfig(**grounding)))
    except (KeyError, TypeError, ValueError) as exc:
        raise UsageError(f"the batch state's settings are not this version's ({exc})") from None


def read_lines(path: Path) -> list[bytes]:
    """A JSONL file's lines, each with its newline."""
    return [line + b"\n" for line in path.read_bytes().splitlines() if line.strip()]


def line_id(line: bytes) -> str:
    """The custom ID of one request line."""
    return str(json.loads(line)["custom_id"])
