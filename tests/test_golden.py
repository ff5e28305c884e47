"""Golden cases: every case under ``golden/`` replays byte for byte, and the files stay honest.

Real cases (recorded model runs) and adversarial cases (``adv-*``, hand-written responses
with one planted defect each) are replayed through the real pipeline with no model calls.
Adversarial cases also carry an ``expect`` block in ``meta.json``: the status, the attempt
count and the reason codes the guards must give.
"""

from __future__ import annotations

import json
import re
import shutil
from functools import cache
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from summarizer.cli import app
from summarizer.report import dumps
from summarizer.runs.golden import CaseRun, check_case, list_cases, semantic_changes
from summarizer.schema import schema_json
from summarizer.source import read_source

GOLDEN = Path(__file__).resolve().parent.parent / "golden"
CASES = list_cases(GOLDEN)
ADVERSARIAL = [c for c in CASES if c.name.startswith("adv-")]
GENERATED = ("expected.json", "expected.md", "prompts.txt")
FORBIDDEN_PATHS = ("/work/", "/root/", "/home/", "/tmp/")
TIMESTAMP = re.compile(r"\b\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}")

runner = CliRunner()


def _meta(case: Path) -> dict[str, Any]:
    path = case / "meta.json"
    return dict(json.loads(path.read_text(encoding="utf-8"))) if path.is_file() else {}


def _require_recording(case: Path) -> None:
    if not (case / "responses.json").is_file():
        pytest.skip(
            f"{case.name}: not recorded yet (no responses.json); run `summarizer golden --record`"
        )


@cache
def _run(case: Path) -> CaseRun:
    return check_case(case)


def _codes(run: CaseRun) -> set[str]:
    assert run.result is not None
    codes = {r.code for r in run.result.reasons}
    for item in run.result.items:
        codes |= {r.code for r in item.issues}
    return codes


def _spans(node: Any) -> list[dict[str, Any]]:
    """Every anchor span (a dict of exactly start, end and text) anywhere in a document."""
    found = []
    if isinstance(node, dict):
        if set(node) == {"start", "end", "text"}:
            found.append(node)
        for value in node.values():
            found += _spans(value)
    elif isinstance(node, list):
        for value in node:
            found += _spans(value)
    return found


def test_there_are_cases() -> None:
    assert len(ADVERSARIAL) >= 13
    assert {c.name for c in CASES} - {c.name for c in ADVERSARIAL}, "no real cases found"


# --------------------------------------------------------------------------- replay


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.name)
def test_case_replays_byte_for_byte(case: Path) -> None:
    _require_recording(case)
    run = _run(case)
    assert run.error is None, run.error
    assert run.clean, f"{case.name} changed: {sorted(run.diffs)} {run.changes}"
    for name in GENERATED:
        assert (case / name).read_text(encoding="utf-8") == run.outputs[name]


@pytest.mark.parametrize("case", ADVERSARIAL, ids=lambda c: c.name)
def test_adversarial_case_fails_for_the_planted_reason(case: Path) -> None:
    meta = _meta(case)
    assert meta.get("hand_written") is True
    expect = meta["expect"]
    run = _run(case)
    assert run.error is None, run.error
    result = run.result
    assert result is not None
    assert result.status.value == expect["status"]
    assert len(result.attempts) == expect["attempts"]
    missing = set(expect["reason_codes"]) - _codes(run)
    assert not missing, f"{case.name}: codes {sorted(missing)} not given; got {sorted(_codes(run))}"
    if "attempt_outcomes" in expect:
        assert [a.outcome.value for a in result.attempts] == expect["attempt_outcomes"]
    # usage is the sum over every recorded attempt
    recorded = json.loads((case / "responses.json").read_text(encoding="utf-8"))
    served = recorded["exchanges"][: len(result.attempts)]
    for key in ("prompt_tokens", "completion_tokens", "total_tokens"):
        assert getattr(result.usage, key) == sum(e["response"]["usage"][key] for e in served)


def test_fabricated_quote_is_unanchored() -> None:
    run = _run(GOLDEN / "adv-fabricated-quote")
    assert run.result is not None
    failing = [i for i in run.result.items if not i.accepted]
    assert [str(i.path) for i in failing] == ["claims[1]"]
    assert failing[0].check.verdict.value == "unanchored"
    assert failing[0].check.anchors[0].span is None


def test_reask_case_records_both_attempts() -> None:
    run = _run(GOLDEN / "adv-reask-passes")
    assert run.result is not None
    assert [a.kind for a in run.result.attempts] == ["initial", "reask"]
    assert any("72" in r.message and r.code == "number_missing" for r in run.result.attempts[0].reasons)
    assert run.result.attempts[1].reasons == []
    assert run.outputs["prompts.txt"].count("===== request ") == 2


def test_refusal_is_not_reasked() -> None:
    case = GOLDEN / "adv-refusal"
    assert _meta(case)["settings"]["max_attempts"] > 1
    run = _run(case)
    assert run.result is not None
    assert [a.outcome.value for a in run.result.attempts] == ["refusal"]


# --------------------------------------------------------------------------- file hygiene


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.name)
def test_spans_slice_back_to_the_article(case: Path) -> None:
    path = case / "expected.json"
    if not path.is_file():
        pytest.skip(f"{case.name}: no expected.json yet")
    article = read_source(case / "article.txt").text
    doc = json.loads(path.read_text(encoding="utf-8"))
    spans = _spans(doc)
    anchored = [a for i in doc["items"] for a in i["check"]["anchors"] if a["span"] is not None]
    assert len(spans) == len(anchored)
    for span in spans:
        assert article[span["start"] : span["end"]] == span["text"], span


def _golden_files() -> list[Path]:
    files = [GOLDEN / "schema.json"] if (GOLDEN / "schema.json").is_file() else []
    for case in CASES:
        files += [
            case / n for n in (*GENERATED, "responses.json", "meta.json") if (case / n).is_file()
        ]
    return files


@pytest.mark.parametrize("path", _golden_files(), ids=lambda p: f"{p.parent.name}/{p.name}")
def test_golden_file_is_deterministic(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    for bad in FORBIDDEN_PATHS:
        assert bad not in text, f"{path.name} holds an absolute path ({bad})"
    assert not TIMESTAMP.search(text), f"{path.name} holds a timestamp"
    if path.suffix == ".json":
        assert dumps(json.loads(text)) == text, (
            f"{path.name} is not canonical (sorted keys, indent 2)"
        )


def test_schema_snapshot() -> None:
    path = GOLDEN / "schema.json"
    if not path.is_file():
        pytest.skip("golden/schema.json not written yet")
    assert path.read_text(encoding="utf-8") == schema_json()


# --------------------------------------------------------------------------- mutations

MUTATION_CASE = "adv-wrong-number"


def _bump_digit(n: int) -> int:
    s = str(n)
    return int(s[:-1] + str((int(s[-1]) + 1) % 10))


def _mutate(doc: dict[str, Any], what: str) -> str:
    """Change one character of one value; return the item path that changed."""
    item = next(i for i in doc["items"] if i["path"] == "claims[0]")
    if what == "span_start":
        span = item["check"]["anchors"][0]["span"]
        span["start"] = _bump_digit(span["start"])
    elif what == "verdict":
        item["check"]["verdict"] = item["check"]["verdict"].replace("s", "S", 1)
    elif what == "claim_text":
        item["text"] = item["text"].replace("heptapeptide", "heptapeptidE", 1)
    return str(item["path"])


EXPECTED_CHANGE = {"span_start": "spans", "verdict": "verdict", "claim_text": "text changed"}


@pytest.mark.parametrize("what", sorted(EXPECTED_CHANGE))
def test_one_character_mutation_is_caught(what: str, tmp_path: Path) -> None:
    case = tmp_path / MUTATION_CASE
    shutil.copytree(GOLDEN / MUTATION_CASE, case)
    path = case / "expected.json"
    original = path.read_text(encoding="utf-8")
    doc = json.loads(original)
    item_path = _mutate(doc, what)
    mutated = dumps(doc)
    assert len(mutated) == len(original)
    assert sum(a != b for a, b in zip(mutated, original, strict=True)) == 1
    path.write_text(mutated, encoding="utf-8")

    run = check_case(case)
    assert run.error is None
    assert not run.clean
    assert set(run.diffs) == {"expected.json"}
    assert any(c.startswith(f"{item_path}: {EXPECTED_CHANGE[what]}") for c in run.changes), (
        run.changes
    )
    assert run.changes == semantic_changes(doc, json.loads(original))


def _snapshot(root: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()
    }


def test_cli_reports_a_mutation_and_writes_only_on_accept(tmp_path: Path) -> None:
    root = tmp_path / "golden"
    shutil.copytree(GOLDEN / MUTATION_CASE, root / MUTATION_CASE)
    (root / "schema.json").write_text(schema_json(), encoding="utf-8")
    path = root / MUTATION_CASE / "expected.json"
    original = path.read_text(encoding="utf-8")
    doc = json.loads(original)
    _mutate(doc, "span_start")
    path.write_text(dumps(doc), encoding="utf-8")
    before = _snapshot(root)

    checked = runner.invoke(app, ["golden", "--root", str(root)])
    assert checked.exit_code == 1, checked.output
    assert f"{MUTATION_CASE}: CHANGED (expected.json)" in checked.output
    assert "claims[0]: spans" in checked.output
    assert _snapshot(root) == before

    accepted = runner.invoke(app, ["golden", "--root", str(root), "--accept"])
    assert accepted.exit_code == 0, accepted.output
    assert path.read_text(encoding="utf-8") == original
    assert check_case(root / MUTATION_CASE).clean
