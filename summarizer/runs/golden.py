"""Golden cases: recorded model runs replayed through the real pipeline, byte for byte.

A case is a folder ``golden/<case>/`` holding:

``article.txt``       the input, byte for byte
``meta.json``         description, ``hand_written`` flag, settings, and for adversarial
                      cases the expected status and reason codes
``responses.json``    every attempt's raw model response with the request parameters,
                      the model facts (GGUF hash) and the prompt template hash
``expected.json``     the result: summary, spans, verdicts with reasons, attempts, usage
``expected.md``       the rendered Markdown report
``prompts.txt``       every rendered prompt the pipeline sent (a snapshot: a template
                      change shows up here as a diff someone must approve)

``golden/schema.json`` snapshots the JSON Schema. :func:`check_case` re-validates a case
with no model calls; :func:`record_case` re-records it with a live provider. Neither
writes anything unless ``accept=True``.
"""

from __future__ import annotations

import difflib
import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import InputError
from ..files import write_atomic
from ..guards import GuardConfig
from ..models import DosingPolicy, SummaryResult
from ..pipeline import Settings, Summarizer
from ..prompting import prompt_sha256
from ..providers.base import ChatRequest, Completion, Provider
from ..providers.replay import RecordingProvider, ReplayProvider
from ..report import dumps, to_json, to_markdown
from ..schema import schema_json
from ..source import read_source

OUTPUTS = ("expected.json", "expected.md", "prompts.txt")


class _Capture:
    """Wraps a provider and keeps every request, for the prompt snapshot."""

    def __init__(self, inner: Provider) -> None:
        self.inner = inner
        self.name, self.model = inner.name, inner.model
        self.supports_schema, self.needs_key = inner.supports_schema, inner.needs_key
        self.context_tokens = inner.context_tokens
        self.requests: list[ChatRequest] = []

    def complete(self, request: ChatRequest) -> Completion:
        self.requests.append(request)
        return self.inner.complete(request)

    def describe(self) -> dict[str, Any]:
        return self.inner.describe()

    def close(self) -> None:
        self.inner.close()


def render_prompts(requests: list[ChatRequest]) -> str:
    """Every request's messages as plain text, in order."""
    out = []
    for n, request in enumerate(requests, start=1):
        out.append(f"===== request {n} · {request.params()} =====")
        for message in request.messages:
            out += [f"----- {message.role} -----", message.content.rstrip("\n")]
    return "\n".join(out) + "\n"


def settings_from_meta(meta: dict[str, Any]) -> Settings:
    """Pipeline settings for a case (defaults unless its meta overrides them)."""
    s = meta.get("settings", {})
    return Settings(
        mode=s.get("mode", Settings.mode),
        temperature=float(s.get("temperature", 0.0)),
        seed=s.get("seed", 0),
        max_tokens=int(s.get("max_tokens", Settings.max_tokens)),
        max_attempts=int(s.get("max_attempts", Settings.max_attempts)),
        on_fail=s.get("on_fail", "reject"),
        guards=GuardConfig(dosing_policy=DosingPolicy(s.get("dosing_policy", "strict"))),
    )


@dataclass
class CaseRun:
    """What a case produced now, and how it differs from what is on disk."""

    case: Path
    outputs: dict[str, str]
    result: SummaryResult | None
    recording: dict[str, Any] | None = None
    error: str | None = None
    diffs: dict[str, list[str]] = field(default_factory=dict)
    changes: list[str] = field(default_factory=list)

    @property
    def clean(self) -> bool:
        """True when nothing differs and nothing failed."""
        return self.error is None and not self.diffs


def list_cases(root: Path) -> list[Path]:
    """Case folders under ``root`` (those with an article.txt), sorted."""
    return sorted(p.parent for p in root.glob("*/article.txt"))


def _meta(case: Path) -> dict[str, Any]:
    path = case / "meta.json"
    return dict(json.loads(path.read_text(encoding="utf-8"))) if path.is_file() else {}


def _run(case: Path, provider: Provider, meta: dict[str, Any]) -> tuple[SummaryResult, str]:
    capture = _Capture(provider)
    source = read_source(case / "article.txt")
    summarizer = Summarizer(provider=capture, settings=settings_from_meta(meta))
    result = untimed(summarizer.summarize(source))
    return result, render_prompts(capture.requests)


def untimed(result: SummaryResult) -> SummaryResult:
    """``result`` with its wall-clock fields zeroed, so golden files stay deterministic."""
    attempts = [a.model_copy(update={"seconds": 0.0}) for a in result.attempts]
    return result.model_copy(update={"seconds": 0.0, "attempts": attempts})


def _compare(run: CaseRun) -> None:
    for name, text in run.outputs.items():
        path = run.case / name
        old = path.read_text(encoding="utf-8") if path.is_file() else ""
        if old != text:
            run.diffs[name] = list(
                difflib.unified_diff(
                    old.splitlines(), text.splitlines(), f"a/{name}", f"b/{name}", lineterm="", n=1
                )
            )
    old_json = run.case / "expected.json"
    if run.result is not None and old_json.is_file() and "expected.json" in run.diffs:
        run.changes = semantic_changes(
            json.loads(old_json.read_text(encoding="utf-8")), run.result.model_dump(mode="json")
        )


def semantic_changes(old: dict[str, Any], new: dict[str, Any]) -> list[str]:
    """Readable changes in status, verdicts, spans and text between two result documents."""
    out = []
    if old.get("status") != new.get("status"):
        out.append(f"status: {old.get('status')} -> {new.get('status')}")
    old_items = {i["path"]: i for i in old.get("items", [])}
    new_items = {i["path"]: i for i in new.get("items", [])}
    for path in sorted(old_items.keys() | new_items.keys()):
        a, b = old_items.get(path), new_items.get(path)
        if a is None or b is None:
            out.append(f"{path}: {'added' if a is None else 'removed'}")
            continue
        if a["text"] != b["text"]:
            out.append(f"{path}: text changed: {a['text']!r} -> {b['text']!r}")
        if a["check"]["verdict"] != b["check"]["verdict"]:
            out.append(f"{path}: verdict {a['check']['verdict']} -> {b['check']['verdict']}")
        spans_a = [x["span"] for x in a["check"]["anchors"]]
        spans_b = [x["span"] for x in b["check"]["anchors"]]
        if spans_a != spans_b:
            out.append(f"{path}: spans {_spans(spans_a)} -> {_spans(spans_b)}")
        reasons_a = [r["message"] for r in a["issues"]]
        reasons_b = [r["message"] for r in b["issues"]]
        if reasons_a != reasons_b:
            out.append(f"{path}: reasons {reasons_a} -> {reasons_b}")
    return out


def _spans(spans: list[dict[str, Any] | None]) -> str:
    return ", ".join("none" if s is None else f"[{s['start']}:{s['end']}]" for s in spans)


def check_case(case: Path) -> CaseRun:
    """Replay a case's recording through the current pipeline (no model calls) and diff it."""
    meta = _meta(case)
    match = "sequence" if meta.get("hand_written") else "key"
    try:
        provider = ReplayProvider(case, match=match)
        result, prompts = _run(case, provider, meta)
    except Exception as exc:  # a broken case is reported, never fatal to the others
        return CaseRun(case, {}, None, error=f"{type(exc).__name__}: {exc}")
    run = CaseRun(
        case,
        {
            "expected.json": to_json(result),
            "expected.md": to_markdown(result),
            "prompts.txt": prompts,
        },
        result,
    )
    _compare(run)
    return run


def record_case(case: Path, provider: Provider) -> CaseRun:
    """Run a case against a live provider, recording every exchange; diff against disk."""
    meta = _meta(case)
    if meta.get("hand_written"):
        return CaseRun(case, {}, None, error="hand-written case: its responses are not re-recorded")
    recorder = RecordingProvider(provider)
    try:
        _run(case, recorder, meta)
        recording = recorder.recording(hand_written=False, template_sha256=prompt_sha256())
        # Render the expected files by replaying the new recording, so that they are exactly
        # what the offline check will produce (backend "replay", the recorded model).
        result, prompts = _run(case, ReplayProvider(recording), meta)
    except Exception as exc:
        return CaseRun(case, {}, None, error=f"{type(exc).__name__}: {exc}")
    outputs = {
        "expected.json": to_json(result),
        "expected.md": to_markdown(result),
        "prompts.txt": prompts,
        "responses.json": dumps(recording),
    }
    run = CaseRun(case, outputs, result, recording=recording)
    _compare(run)
    return run


def accept(run: CaseRun) -> None:
    """Write a run's outputs into its case folder (atomically, file by file)."""
    if run.error:
        raise ValueError(f"{run.case.name}: cannot accept a failed run ({run.error})")
    for name, text in run.outputs.items():
        write_atomic(run.case / name, text)


def check_schema(root: Path, *, accept_change: bool = False) -> list[str]:
    """Diff (and on request update) the schema snapshot ``golden/schema.json``."""
    path = root / "schema.json"
    old = path.read_text(encoding="utf-8") if path.is_file() else ""
    new = schema_json()
    if old == new:
        return []
    if accept_change:
        write_atomic(path, new)
    return list(
        difflib.unified_diff(
            old.splitlines(), new.splitlines(), "a/schema.json", "b/schema.json", lineterm="", n=1
        )
    )


def run_cases(
    root: Path,
    cases: Sequence[str] | None,
    provider: Provider | None,
    *,
    accept_changes: bool,
    verbose: bool,
    echo: Callable[[str], None],
) -> int:
    """Check (or, with ``provider``, re-record) golden cases; print what changed; exit code.

    0 when nothing changed or the changes were accepted; 1 when something differs and was
    not accepted, or when a case could not be run (nothing is written for it).
    """
    if not root.is_dir():
        raise InputError(f"{root}: no such golden folder")
    folders = [root / c for c in cases] if cases else list_cases(root)
    for folder in folders:
        if not (folder / "article.txt").is_file():
            raise InputError(f"{folder}: not a golden case (no article.txt)")
    dirty = errors = 0
    schema_diff = check_schema(root, accept_change=accept_changes)
    if schema_diff:
        dirty += 1
        echo("schema.json changed:\n" + "\n".join(schema_diff))
    for folder in folders:
        run = record_case(folder, provider) if provider else check_case(folder)
        if run.error:
            errors += 1
            echo(f"{folder.name}: ERROR {run.error}")
            continue
        if run.clean:
            echo(f"{folder.name}: unchanged")
            continue
        dirty += 1
        echo(f"{folder.name}: CHANGED ({', '.join(sorted(run.diffs))})")
        for line in run.changes:
            echo(f"  {line}")
        new_files = [n for n in run.diffs if not (folder / n).exists()]
        if new_files:
            echo(f"  new: {', '.join(sorted(new_files))}")
        if verbose or not (run.changes or new_files):
            for _name, lines in sorted(run.diffs.items()):
                echo("\n".join(lines[:80]))
        if accept_changes:
            accept(run)
            echo(f"  accepted: wrote {', '.join(sorted(run.outputs))}")
    if errors:
        echo(f"{errors} case(s) could not be run; nothing was written for them.")
        return 1
    if dirty and not accept_changes:
        echo(f"{dirty} change(s); nothing written. Re-run with --accept to write them.")
        return 1
    return 0
