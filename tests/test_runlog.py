"""The run log (``summarizer.runs.log``) and ``summarizer logs``.

Records and filters, the ``logs`` command (table, ``--json``, ``--show``), ``--no-log`` and
``SUMMARIZER_NO_LOG``, no API key in the database, and a broken log path that only warns.
Summaries come from the loopback OpenAI-compatible server in ``tests/fake_openai.py``
serving the hand-written whole summary in ``tests/samples.py`` (full-article mode).
"""

from __future__ import annotations

import copy
import json
import os
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from fake_openai import FakeOpenAI, completion, serving, use_fast_clients
from samples import ARTICLE, SUMMARY, VALID
from typer.testing import CliRunner

from summarizer.cli import app
from summarizer.errors import UsageError
from summarizer.models import SummaryResult
from summarizer.pipeline import Settings, Summarizer
from summarizer.providers.openai_compat import OpenAICompatProvider
from summarizer.report import render, to_json
from summarizer.runs.batch import run_batch
from summarizer.runs.log import RunLog, default_log_path
from summarizer.source import from_text
from summarizer.validation import validate_summary

pytestmark = pytest.mark.usefixtures("full_article_mode")

KEY = "sk-test-SECRET-runlog-5551234"
FABRICATED = "Selank cured anxiety in every single patient it was given to."


@pytest.fixture
def fake() -> Iterator[FakeOpenAI]:
    with serving(completion(VALID)) as server:
        yield server


@pytest.fixture(autouse=True)
def fast_cli(monkeypatch: pytest.MonkeyPatch) -> None:
    use_fast_clients(monkeypatch)


def log_file() -> Path:
    return Path(os.environ["SUMMARIZER_LOG"])


def folder(tmp_path: Path, n: int = 2) -> Path:
    root = tmp_path / "in"
    root.mkdir()
    for i in range(n):
        (root / f"art{i}.txt").write_text(f"{ARTICLE}\nCopy number {i}.\n", encoding="utf-8")
    return root


def invoke(*args: str | Path, env: dict[str, str | None] | None = None) -> Any:
    base: dict[str, str | None] = {"OPENAI_API_KEY": KEY, "OPENAI_BASE_URL": None}
    return CliRunner().invoke(app, list(map(str, args)), env={**base, **(env or {})})


def summarize(fake: FakeOpenAI, *args: str | Path, env: dict[str, str | None] | None = None) -> Any:
    argv = ["summarize", *args, "--backend", "openai", "--base-url", fake.base_url, "--model", "m"]
    return invoke(*argv, env=env)


def validated(name: str, rejected: bool = False) -> SummaryResult:
    summary = copy.deepcopy(SUMMARY)
    if rejected:
        summary["claims"][1]["quotes"] = [FABRICATED]
    return validate_summary(from_text(ARTICLE, name=name), json.dumps(summary))


# --------------------------------------------------------------------------- library


def test_default_path_comes_from_the_environment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert default_log_path() == log_file()
    monkeypatch.delenv("SUMMARIZER_LOG")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    assert default_log_path().name == "runs.db"
    assert default_log_path().parent.name == "summarizer"


def test_record_then_query_and_get(tmp_path: Path) -> None:
    log = RunLog(tmp_path / "sub" / "runs.db")
    good, bad = validated("good.txt"), validated("bad.txt", rejected=True)
    assert (good.status.value, bad.status.value) == ("accepted", "rejected")
    first = log.record(good, command="validate")
    second = log.record(
        bad, command="summarize", base_url="https://u:pw@h.example/v1?key=x", cached=True
    )
    assert (first, second) == (1, 2)
    rows = log.query()
    assert [r.id for r in rows] == [2, 1]  # newest first
    newest = rows[0]
    assert newest.article_name == "bad.txt" and newest.command == "summarize"
    assert newest.cached is True and rows[1].cached is False
    assert newest.base_url == "https://h.example/v1"  # no user, password or query
    assert newest.article_sha256 == bad.source.sha256
    assert newest.prompt_sha256 == bad.prompt.sha256 and newest.schema_sha256 == bad.schema_sha256
    assert newest.settings == bad.settings
    expected = [r.code for i in bad.items if not i.accepted for r in i.issues]
    assert expected and newest.reason_codes[: len(expected)] == expected
    assert rows[1].reason_codes == []
    assert newest.attempts == len(bad.attempts)
    assert datetime.fromisoformat(newest.created).tzinfo is not None
    assert log.get(1) == good and log.get(2) == bad
    with pytest.raises(UsageError, match="no run with id 3"):
        log.get(3)


@pytest.mark.parametrize(
    ("filters", "names"),
    [
        ({}, ["c.txt", "b-bad.txt", "a.txt"]),
        ({"status": "rejected"}, ["b-bad.txt"]),
        ({"status": "accepted"}, ["c.txt", "a.txt"]),
        ({"model": "unknown"}, ["c.txt", "b-bad.txt", "a.txt"]),
        ({"model": "other"}, []),
        ({"article": "bad"}, ["b-bad.txt"]),
        ({"since": date.today() - timedelta(days=1)}, ["c.txt", "b-bad.txt", "a.txt"]),
        ({"since": datetime.now(UTC).date() + timedelta(days=2)}, []),
        ({"limit": 2}, ["c.txt", "b-bad.txt"]),
        ({"status": "accepted", "article": "a", "limit": 5}, ["a.txt"]),
    ],
)
def test_query_filters(tmp_path: Path, filters: dict[str, Any], names: list[str]) -> None:
    log = RunLog(tmp_path / "runs.db")
    for name in ("a.txt", "b-bad.txt", "c.txt"):
        log.record(validated(name, rejected="bad" in name), command="validate")
    assert [r.article_name for r in log.query(**filters)] == names


def test_query_of_a_missing_log_is_empty_and_creates_nothing(tmp_path: Path) -> None:
    log = RunLog(tmp_path / "none" / "runs.db")
    assert log.query() == []
    assert not (tmp_path / "none").exists()


def test_run_batch_with_jobs_records_every_result_cached_or_not(
    fake: FakeOpenAI, tmp_path: Path
) -> None:
    from summarizer.runs.cache import ResultCache

    inputs = folder(tmp_path, 4)
    log = RunLog(tmp_path / "runs.db")
    cache = ResultCache(tmp_path / "cache")
    provider = OpenAICompatProvider(model="m", base_url=fake.base_url, api_key=KEY)
    with Summarizer(provider=provider, settings=Settings(mode="full")) as summarizer:
        for _ in range(2):
            code = run_batch(
                summarizer, [str(inputs)], output=str(tmp_path / "out"), echo=lambda _: None,
                jobs=3, cache=cache, log=log,
            )  # fmt: skip
            assert code == 0
    rows = log.query()
    assert len(rows) == 8 and fake.count == 4
    assert sorted(r.cached for r in rows) == [False] * 4 + [True] * 4
    assert {r.article_name for r in rows if r.cached} == {f"art{i}.txt" for i in range(4)}
    assert {(r.backend, r.model, r.base_url, r.status) for r in rows} == {
        ("openai", "m", provider.base_url, "accepted")
    }
    assert provider.base_url and provider.base_url.startswith("http://127.0.0.1:")


# --------------------------------------------------------------------------- CLI


def test_summarize_logs_and_the_key_is_nowhere_in_the_db(fake: FakeOpenAI, tmp_path: Path) -> None:
    result = summarize(fake, folder(tmp_path), "-o", tmp_path / "out")
    assert result.exit_code == 0, result.stderr
    assert fake.requests[0].headers["authorization"] == f"Bearer {KEY}"  # the key was in use
    rows = RunLog().query()
    assert [r.command for r in rows] == ["summarize", "summarize"]
    assert {r.status for r in rows} == {"accepted"}
    data = b"".join(p.read_bytes() for p in log_file().parent.iterdir() if p.is_file())
    assert log_file().read_bytes()
    assert KEY.encode() not in data and b"SECRET" not in data


def test_logs_json_and_show(fake: FakeOpenAI, tmp_path: Path) -> None:
    assert summarize(fake, folder(tmp_path), "-o", tmp_path / "out").exit_code == 0
    listed = invoke("logs", "--json")
    assert listed.exit_code == 0, listed.stderr
    lines = [json.loads(line) for line in listed.stdout.splitlines()]
    assert [(d["id"], d["article_name"]) for d in lines] == [(2, "art1.txt"), (1, "art0.txt")]
    assert all(d["status"] == "accepted" and d["cached"] is False for d in lines)
    assert "result" not in lines[0]
    only = invoke("logs", "--json", "--article", "art0", "--status", "accepted", "--limit", "5")
    assert [json.loads(x)["id"] for x in only.stdout.splitlines()] == [1]
    shown = invoke("logs", "--show", "1")
    assert shown.exit_code == 0
    written = (tmp_path / "out" / "art0.json").read_text(encoding="utf-8")
    assert shown.stdout == written == to_json(RunLog().get(1))
    markdown = invoke("logs", "--show", "2", "--format", "markdown")
    assert markdown.stdout == render(RunLog().get(2), "markdown")
    assert markdown.stdout.startswith("# Summary of art1.txt\n\n**Verdict: ACCEPTED**")


def test_logs_table(fake: FakeOpenAI, tmp_path: Path) -> None:
    assert summarize(fake, folder(tmp_path, 1), "-o", tmp_path / "out").exit_code == 0
    table = invoke("logs").stdout.splitlines()
    assert table[0].split() == [
        "ID",
        "CREATED",
        "COMMAND",
        "STATUS",
        "MODEL",
        "TOKENS",
        "CACHED",
        "ARTICLE",
    ]
    assert table[1].split()[0] == "1" and table[1].split()[2:5] == ["summarize", "accepted", "m"]
    assert table[1].endswith("art0.txt") and len(table) == 2


@pytest.mark.parametrize(
    "args", [["--show", "99"], ["--since", "yesterday"], ["--show", "1", "--format", "html"]]
)
def test_logs_bad_id_or_date_is_exit_2(args: list[str]) -> None:
    result = invoke("logs", *args)
    assert result.exit_code == 2
    assert result.stdout == ""
    if args == ["--show", "99"]:
        assert result.stderr.startswith("summarizer: error: no run with id 99")
        assert len(result.stderr.splitlines()) == 1


def test_validate_is_logged(tmp_path: Path) -> None:
    article = tmp_path / "article.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    summary = tmp_path / "summary.json"
    summary.write_text(VALID, encoding="utf-8")
    result = invoke("validate", article, summary, "--format", "json")
    assert result.exit_code == 0
    (row,) = RunLog().query()
    assert (row.command, row.backend, row.article_name, row.status) == (
        "validate", "external", "article.txt", "accepted",
    )  # fmt: skip
    assert to_json(RunLog().get(row.id)) == result.stdout


@pytest.mark.parametrize("how", ["--no-log", "SUMMARIZER_NO_LOG"])
@pytest.mark.parametrize("command", ["summarize", "validate"])
def test_no_log_writes_nothing(fake: FakeOpenAI, tmp_path: Path, how: str, command: str) -> None:
    env = {"SUMMARIZER_NO_LOG": "1"} if how == "SUMMARIZER_NO_LOG" else {}
    flags = ["--no-log"] if how == "--no-log" else []
    if command == "summarize":
        result = summarize(fake, folder(tmp_path), "-o", tmp_path / "out", *flags, env=env)
    else:
        (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
        (tmp_path / "s.json").write_text(VALID, encoding="utf-8")
        result = invoke("validate", tmp_path / "a.txt", tmp_path / "s.json", *flags, env=env)
    assert result.exit_code == 0, result.stderr
    assert not log_file().exists()
    assert list(log_file().parent.iterdir()) == []


def test_broken_log_path_warns_once_and_the_run_goes_on(
    fake: FakeOpenAI, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    broken = tmp_path / "a-directory.db"
    broken.mkdir()
    monkeypatch.setenv("SUMMARIZER_LOG", str(broken))
    result = summarize(fake, folder(tmp_path, 3), "-o", tmp_path / "out", "-j", "2")
    assert result.exit_code == 0
    warnings = [ln for ln in result.stderr.splitlines() if "run log" in ln]
    assert len(warnings) == 1, result.stderr
    assert warnings[0].startswith(f"summarizer: warning: run log {broken} not written")
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == [
        f"art{i}.json" for i in range(3)
    ]
    assert list(broken.iterdir()) == []
