"""Line-oriented guard tools: ``scan-dosing`` and ``check-claims`` over text or JSONL records.

Each function reads records, runs one guard through the guards package, and yields the
record with the guard's fields added plus whether it failed. Input problems (a missing
file, bad UTF-8, malformed JSON, a missing field) raise :class:`~summarizer.errors.InputError`
or :class:`~summarizer.errors.UsageError` naming the line.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from .errors import InputError, UsageError
from .guards import Grounder, GroundingConfig, scan_dosing
from .models import DosingPolicy
from .source import read_source

Record = dict[str, Any]


def read_lines(path: str) -> Iterator[tuple[int, str]]:
    """(line number, line) for every non-blank line of ``path`` ('-' reads stdin)."""
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


def json_record(number: int, line: str) -> Record:
    """One JSONL line as an object, or a UsageError naming the line."""
    try:
        data = json.loads(line)
    except json.JSONDecodeError as exc:
        raise UsageError(f"line {number}: not valid JSON ({exc.msg})") from exc
    if not isinstance(data, dict):
        raise UsageError(f"line {number}: expected a JSON object")
    return data


def scan_dosing_records(path: str, policy: DosingPolicy) -> Iterator[tuple[Record, bool]]:
    """Scan each line (plain text, or JSONL with ``text``); yield (record, dosing_advice)."""
    for number, line in read_lines(path):
        record: Record = (
            json_record(number, line) if line.lstrip().startswith("{") else {"text": line}
        )
        text = record.get("text")
        if not isinstance(text, str):
            raise UsageError(f"line {number}: needs a string 'text' field")
        scan = scan_dosing(text, policy)
        record.update(
            dosing_advice=scan.dosing_advice,
            findings=[f.model_dump(mode="json") for f in scan.findings],
        )
        yield record, scan.dosing_advice


def _claim_input(number: int, record: Record, base: Path) -> tuple[str, str, list[str] | None]:
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
    return claim, text, quotes


def check_claim_records(
    path: str, config: GroundingConfig | None = None
) -> Iterator[tuple[Record, bool]]:
    """Check each JSONL claim against its source; yield (record, supported).

    ``source_path`` is resolved against the JSONL file's folder. One :class:`Grounder` is
    built per distinct source text and reused.
    """
    config = config or GroundingConfig()
    base = Path(path).parent if path != "-" else Path.cwd()
    grounders: dict[str, Grounder] = {}
    for number, line in read_lines(path):
        record = json_record(number, line)
        claim, text, quotes = _claim_input(number, record, base)
        grounder = grounders.get(text) or grounders.setdefault(text, Grounder(text, config))
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
        yield record, check.supported
