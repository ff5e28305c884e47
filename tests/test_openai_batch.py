"""The Batch API path end to end: the official client against a fake Files + Batches server
on 127.0.0.1 (tests/fake_batches.py), every guard run at collect.

The answers are hand-written model responses (tests/samples.py), not recorded ones.
"""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest
from fake_batches import FakeBatches, error_reply
from fake_openai import FakeOpenAI, completion, completion_body
from samples import ARTICLE, SUMMARY, VALID
from typer.testing import CliRunner

from summarizer.cli import app
from summarizer.errors import BackendError, UsageError
from summarizer.pipeline import Settings, Summarizer
from summarizer.providers.openai_compat import OpenAICompatProvider
from summarizer.runs import batch_state as bs
from summarizer.runs.log import RunLog
from summarizer.runs.openai_batch import EXIT_PENDING, BatchRun

KEY = "sk-batch-test-0123456789"
MODEL = "gpt-4o-mini"
BAD = copy.deepcopy(SUMMARY)
BAD["claims"][1]["text"] = "A 2008 study of 82 patients reported an anxiolytic effect of Selank comparable to medazepam."
FULL = Settings(mode="full")


def _user(body: dict[str, Any]) -> str:
    return "\n".join(m["content"] for m in body["messages"] if m["role"] == "user")


def answer(body: dict[str, Any]) -> dict[str, Any] | None:
    """Valid summaries; a first answer with a changed number for articles marked REPAIR;
    an API error for articles marked REFUSE."""
    user = _user(body)
    if "REFUSE" in user:
        return error_reply("invalid_request", "the request was refused")
    if "REPAIR" in user and "failed some checks" not in user:
        return completion_body(json.dumps(BAD))
    return completion_body(VALID, prompt_tokens=1000, completion_tokens=200)


@pytest.fixture
def fake(monkeypatch: pytest.MonkeyPatch) -> Any:
    monkeypatch.setenv("OPENAI_API_KEY", KEY)
    with FakeBatches(answer) as server:
        yield server


def articles(tmp_path: Path, *marks: str) -> Path:
    folder = tmp_path / "in"
    for n, mark in enumerate(marks):
        sub = folder / ("a" if n % 2 else "b")
        sub.mkdir(parents=True, exist_ok=True)
        (sub / f"article{n}.txt").write_text(f"{ARTICLE}\nThis copy carries the mark {mark or n}.\n")
    return folder


def submit(fake: FakeBatches, tmp_path: Path, *marks: str, **kw: Any) -> BatchRun:
    return BatchRun.submit(
        [str(articles(tmp_path, *marks))], folder=tmp_path / "state", model=MODEL,
        settings=kw.pop("settings", FULL), base_url=fake.base_url, **kw,
    )  # fmt: skip


def reopen(fake: FakeBatches, tmp_path: Path) -> BatchRun:
    return BatchRun.open(tmp_path / "state", base_url=fake.base_url)


def test_submit_writes_the_synchronous_request_with_structured_outputs(fake: FakeBatches, tmp_path: Path) -> None:
    with submit(fake, tmp_path, "one", "two") as run:
        assert len(run.state.batches) == 1
        batch = run.state.batches[0]
        assert batch.custom_ids == ["0-r1", "1-r1"] and batch.status == "validating"
    line = next(x for x in fake.input_lines(batch.id) if "mark one" in _user(x["body"]))
    assert line["method"] == "POST" and line["url"] == "/v1/chat/completions"
    body = line["body"]
    assert body["model"] == MODEL
    assert body["response_format"]["type"] == "json_schema"
    assert body["response_format"]["json_schema"]["strict"] is True
    # the same prompts and schema as the synchronous path, byte for byte
    with FakeOpenAI() as live:
        live.default = completion(VALID)
        provider = OpenAICompatProvider(model=MODEL, base_url=live.base_url, api_key=KEY)
        article = next(p for p in sorted((tmp_path / "in").rglob("*.txt")) if "mark one" in p.read_text())
        with Summarizer(provider=provider, settings=FULL) as s:
            s.summarize(article.read_text())
        sync = live.requests[0].body
    assert body["messages"] == sync["messages"]
    assert body["response_format"] == sync["response_format"]
    assert {k: body[k] for k in ("temperature", "seed", "max_tokens")} == {
        k: sync[k] for k in ("temperature", "seed", "max_tokens")
    }


def test_collect_waits_then_guards_and_writes_every_article(fake: FakeBatches, tmp_path: Path) -> None:
    fake.plan(steps=1)
    out = tmp_path / "out"
    with submit(fake, tmp_path, "", "", "") as run:
        first = run.collect(str(out))
        assert first.exit_code == EXIT_PENDING and first.tally == {"waiting": 3}
        assert run.state.batches[0].status == "in_progress"
        done = run.collect(str(out))
    assert done.exit_code == 0 and done.tally == {"accepted": 3}
    written = sorted(p.relative_to(out).as_posix() for p in out.rglob("*.json"))
    assert written == ["a/article1.json", "b/article0.json", "b/article2.json"]
    result = json.loads((out / "a" / "article1.json").read_text())
    assert result["status"] == "accepted" and result["backend"] == "openai-batch"
    assert result["usage"]["prompt_tokens"] == 1000 and result["usage"]["completion_tokens"] == 200
    state = bs.load(tmp_path / "state")
    batch = state.batches[0]
    assert batch.collected and batch.usage.prompt_tokens == 3000 and batch.usage.completion_tokens == 600
    # gpt-4o-mini at batch prices: 3000 x 0.075 + 600 x 0.30 per million
    assert batch.cost_usd == pytest.approx((3000 * 0.075 + 600 * 0.30) / 1e6)
    assert all(a.cost_usd == pytest.approx((1000 * 0.075 + 200 * 0.30) / 1e6) for a in state.articles)


def test_a_failing_summary_is_repaired_in_a_follow_up_batch(fake: FakeBatches, tmp_path: Path) -> None:
    fake.plan(steps=0, times=2)
    out = tmp_path / "out"
    with submit(fake, tmp_path, "REPAIR", "fine") as run:
        report = run.collect(str(out))
        assert report.exit_code == EXIT_PENDING and len(report.new_batches) == 1
        follow = run.state.batches[1]
        number = next(n for n, a in enumerate(run.state.articles) if a.name == "b/article0.txt")
        assert follow.round == 2 and follow.custom_ids == [f"{number}-r2"]
        assert "failed some checks" in _user(fake.input_lines(follow.id)[0]["body"])
        assert report.tally == {"accepted": 1, "waiting": 1}
        final = run.collect(str(out))
    assert final.exit_code == 0 and final.tally == {"accepted": 2}
    result = json.loads((out / "b" / "article0.json").read_text())
    assert [a["outcome"] for a in result["attempts"]] == ["guard_failed", "ok"]
    assert result["usage"]["prompt_tokens"] == 100 + 1000  # both rounds' usage, from the batch results


def test_repair_now_sends_the_repair_synchronously(fake: FakeBatches, tmp_path: Path) -> None:
    fake.plan(steps=0)
    with submit(fake, tmp_path, "REPAIR") as run:
        report = run.collect(str(tmp_path / "out"), repair_now=run.api.provider)
        assert len(run.state.batches) == 1
    assert report.exit_code == 0 and report.tally == {"accepted": 1}
    assert fake.count("POST", "/v1/chat/completions") == 1


def test_the_attempt_budget_bounds_batch_repairs(fake: FakeBatches, tmp_path: Path) -> None:
    fake.default.steps = 0
    never = copy.deepcopy(BAD)
    fake.answer = lambda body: completion_body(json.dumps(never))
    with submit(fake, tmp_path, "x", settings=Settings(mode="full", max_attempts=2)) as run:
        assert run.collect(str(tmp_path / "out")).exit_code == EXIT_PENDING
        final = run.collect(str(tmp_path / "out"))
        assert len(run.state.batches) == 2  # one first round, one repair round, no more
    assert final.exit_code == 1 and final.tally == {"rejected": 1}


@pytest.mark.parametrize("outcome", ["expired", "cancelled"])
def test_expired_and_cancelled_batches_keep_partial_results(fake: FakeBatches, tmp_path: Path, outcome: str) -> None:
    fake.plan(steps=0, outcome=outcome, partial=1)
    with submit(fake, tmp_path, "", "", "") as run:
        report = run.collect(str(tmp_path / "out"))
        reasons = [a.reason for a in run.state.articles]
    assert report.exit_code == 3 and report.tally == {"accepted": 1, "failed": 2}
    assert reasons[0] is None
    assert all(r and f"batch_{outcome}" in r and "0-r1" not in r for r in reasons[1:])


def test_a_failed_batch_reports_its_errors_per_article(fake: FakeBatches, tmp_path: Path) -> None:
    fake.plan(steps=0, outcome="failed")
    with submit(fake, tmp_path, "", "") as run:
        report = run.collect(str(tmp_path / "out"))
        reasons = [a.reason for a in run.state.articles]
    assert report.exit_code == 3 and report.tally == {"failed": 2}
    assert all(r and "the input file is not valid" in r for r in reasons)


def test_an_error_file_line_fails_only_its_article(fake: FakeBatches, tmp_path: Path) -> None:
    fake.plan(steps=0)
    with submit(fake, tmp_path, "REFUSE", "fine") as run:
        report = run.collect(str(tmp_path / "out"))
        refused = next(a for a in run.state.articles if a.name == "b/article0.txt")
    assert report.tally == {"accepted": 1, "failed": 1} and report.exit_code == 3
    assert refused.reason and "HTTP 400: invalid_request: the request was refused" in refused.reason


def test_requests_are_split_under_the_request_limit(fake: FakeBatches, tmp_path: Path) -> None:
    fake.default.steps = 0
    with submit(fake, tmp_path, "", "", "", "", "", max_requests=2) as run:
        assert [len(b.custom_ids) for b in run.state.batches] == [2, 2, 1]
        assert run.collect(str(tmp_path / "out")).tally == {"accepted": 5}


def test_requests_are_split_under_the_byte_limit(fake: FakeBatches, tmp_path: Path) -> None:
    with submit(fake, tmp_path, "", "", "", max_bytes=12_000) as run:
        sizes = [len(fake.files[b.input_file_id][1]) for b in run.state.batches]
    assert len(sizes) == 2 and max(sizes) <= 12_000  # three lines of about 5 kB


def test_an_interrupted_download_loses_and_duplicates_nothing(fake: FakeBatches, tmp_path: Path) -> None:
    fake.default.steps = 0
    out = tmp_path / "out"
    with submit(fake, tmp_path, "", "", max_requests=1) as run:
        first, second = run.state.batches
    fake.retrieve(first.id), fake.retrieve(second.id)  # both finish now
    second_output = fake.batches[second.id]["obj"]["output_file_id"]
    fake.fail_next.append(f"/v1/files/{second_output}/content")
    with reopen(fake, tmp_path) as run, RunLog() as log, pytest.raises(BackendError, match="downloading"):
        run.collect(str(out), log=log)
    assert bs.load(tmp_path / "state").batches[0].collected
    with reopen(fake, tmp_path) as run, RunLog() as log:
        report = run.collect(str(out), log=log)
        assert report.tally == {"accepted": 2}
        assert len(log.query(limit=10)) == 2  # each article logged once
    first_output = fake.batches[first.id]["obj"]["output_file_id"]
    assert fake.count("GET", f"/v1/files/{first_output}/content") == 1
    assert len(fake.batches) == 2


def test_an_interrupted_collect_resumes_where_it_stopped(
    fake: FakeBatches, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fake.default.steps = 0
    out = tmp_path / "out"
    import summarizer.runs.openai_batch as ob

    real = ob.render
    calls = {"n": 0}

    def interrupt_second(*args: Any) -> str:
        calls["n"] += 1
        if calls["n"] == 2:
            raise KeyboardInterrupt
        return real(*args)

    monkeypatch.setattr(ob, "render", interrupt_second)
    with submit(fake, tmp_path, "", "", "") as run, pytest.raises(KeyboardInterrupt):
        run.collect(str(out))
    state = bs.load(tmp_path / "state")
    assert [a.status for a in state.articles] == ["done", "waiting", "waiting"]
    assert not list(out.rglob("*.tmp")) and not list(out.rglob(".*"))
    monkeypatch.setattr(ob, "render", real)
    with reopen(fake, tmp_path) as run, RunLog() as log:
        assert run.collect(str(out), log=log).tally == {"accepted": 3}
        rows = log.query(limit=10)
    assert len(rows) == 2 and {r.command for r in rows} == {"collect"}  # the first was not redone
    assert len(fake.batches) == 1


def test_a_submit_cut_off_after_creating_a_batch_adopts_it(
    fake: FakeBatches, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = bs.save
    calls = {"n": 0}

    def die_on_second(*args: Any) -> None:
        calls["n"] += 1
        if calls["n"] == 2:  # the save after the batch was created
            raise KeyboardInterrupt
        real(*args)

    monkeypatch.setattr(bs, "save", die_on_second)
    with pytest.raises(KeyboardInterrupt):
        submit(fake, tmp_path, "", "")
    monkeypatch.setattr(bs, "save", real)
    assert bs.load(tmp_path / "state").batches == []
    with reopen(fake, tmp_path) as run:
        run.refresh()
        assert len(run.state.batches) == 1
    assert len(fake.batches) == 1 and fake.count("POST", "/v1/batches") == 1


def test_cancel_then_collect(fake: FakeBatches, tmp_path: Path) -> None:
    fake.plan(steps=5, partial=1)
    with submit(fake, tmp_path, "", "") as run:
        assert [b.status for b in run.cancel()] == ["cancelling"]
        report = run.collect(str(tmp_path / "out"))
    assert report.tally == {"accepted": 1, "failed": 1}


def test_bad_settings_and_a_second_submit_are_usage_errors(fake: FakeBatches, tmp_path: Path) -> None:
    with pytest.raises(UsageError, match="restate batch"):
        submit(fake, tmp_path, "", settings=Settings(mode="evidence", restate="each"))
    submit(fake, tmp_path, "").close()
    with pytest.raises(UsageError, match="already holds a batch run"):
        submit(fake, tmp_path, "")
    with pytest.raises(UsageError, match="no batch run here"):
        BatchRun.open(tmp_path / "nowhere", base_url=fake.base_url)


def test_evidence_mode_with_one_restate_call_per_article(fake: FakeBatches, tmp_path: Path) -> None:
    with submit(fake, tmp_path, "", settings=Settings(mode="evidence", restate="batch")) as run:
        body = fake.input_lines(run.state.batches[0].id)[0]["body"]
    assert body["response_format"]["json_schema"]["name"] != "article_summary"


def test_the_cli_runs_submit_status_collect(fake: FakeBatches, tmp_path: Path) -> None:
    fake.plan(steps=1)
    folder = articles(tmp_path, "", "")
    state, out = tmp_path / "state", tmp_path / "out"
    runner = CliRunner()
    common = ["--state", str(state), "--base-url", fake.base_url]
    r = runner.invoke(app, ["batch", "submit", str(folder), "--model", MODEL, *common])
    assert r.exit_code == 0, r.output
    r = runner.invoke(app, ["batch", "status", "--json", *common])
    assert r.exit_code == 0 and json.loads(r.stdout)["batches"][0]["status"] == "in_progress"
    r = runner.invoke(app, ["batch", "collect", "-o", str(out), *common])
    assert r.exit_code == 0, r.output
    assert "2 accepted" in r.stderr
    assert len(list(out.rglob("*.json"))) == 2
    logged = runner.invoke(app, ["logs", "--json"])
    rows = [json.loads(line) for line in logged.stdout.splitlines()]
    assert len(rows) == 2 and {row["command"] for row in rows} == {"collect"}
    for path in state.rglob("*"):  # the key is never written to the state folder
        assert KEY not in path.read_text()


def test_the_cli_says_one_line_for_bad_state(fake: FakeBatches, tmp_path: Path) -> None:
    (tmp_path / "state").mkdir()
    (tmp_path / "state" / "state.json").write_text("{not json")
    r = CliRunner().invoke(app, ["batch", "collect", "--state", str(tmp_path / "state")])
    assert r.exit_code == 2
    assert r.stderr.strip().count("\n") == 0 and "not a readable batch state file" in r.stderr
