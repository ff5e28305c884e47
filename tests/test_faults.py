"""Fault injection end to end: a real loopback OpenAI-compatible server (tests/fake_openai.py)
behind ``Summarizer.summarize`` and the ``summarizer summarize`` CLI.

Asserts the documented outcome of every fault: retried transport errors, re-asks for bad
model output (without transport noise in the prompt), refusals and truncation, the
json_schema fallback, exit codes with one-line errors, no partial output files, and that the
API key never leaks.
"""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fake_openai import (
    Behaviour,
    FakeOpenAI,
    auth_error,
    completion,
    empty_choices,
    huge_body,
    invalid_json_content,
    rate_limited,
    refusal,
    reject_json_schema,
    reset_mid_body,
    server_error,
    slow,
    truncated,
)
from typer.testing import CliRunner

from summarizer.cli import app
from summarizer.errors import (
    AuthenticationFailed,
    BackendError,
    BackendUnavailable,
    BadResponse,
    RateLimited,
)
from summarizer.models import AttemptOutcome, Status
from summarizer.pipeline import Settings, Summarizer
from summarizer.providers import openai_compat
from summarizer.providers.openai_compat import OpenAICompatProvider

KEY = "sk-test-SECRET-1234567890"
from samples import ARTICLE, S_2008, S_2017, S_CAVEAT, S_OVERVIEW, SUMMARY, VALID  # noqa: E402

pytestmark = pytest.mark.usefixtures("full_article_mode")

# valid JSON, but "claims" is missing: a schema violation
NO_CLAIMS = json.dumps({"overview": SUMMARY["overview"], "caveats": []})

PROVIDER_OPTIONS: dict[str, Any] = {
    "timeout": 0.3, "max_attempts": 3, "wait_max": 0.05, "max_total_seconds": 5,
}  # fmt: skip
TRANSPORT_WORDS = ("HTTP", "503", "429", "timed out", "connect", "upstream", "Rate limit")


def test_article_quotes_are_exact() -> None:
    for quote in (S_OVERVIEW, S_2008, S_2017, S_CAVEAT):
        assert quote in ARTICLE


@pytest.fixture
def fake() -> Iterator[FakeOpenAI]:
    with FakeOpenAI() as server:
        yield server


def summarizer_for(fake: FakeOpenAI, *, attempts: int = 3) -> Summarizer:
    provider = OpenAICompatProvider(
        model="fake-model", base_url=fake.base_url, api_key=KEY, **PROVIDER_OPTIONS
    )
    return Summarizer(provider=provider, settings=Settings(mode="full", max_attempts=attempts))


def run(fake: FakeOpenAI, *behaviours: Behaviour, attempts: int = 3) -> Any:
    fake.script(*behaviours)
    with summarizer_for(fake, attempts=attempts) as s:
        return s.summarize(ARTICLE)


def issues(result: Any) -> list[Any]:
    return [(str(i.path), i.issues) for i in result.items if not i.accepted]


# --------------------------------------------------------------------------- pipeline: success


def test_valid_summary_is_accepted(fake: FakeOpenAI) -> None:
    result = run(fake, completion(VALID, prompt_tokens=300, completion_tokens=120))
    assert result.status is Status.ACCEPTED, issues(result)
    assert [a.outcome for a in result.attempts] == [AttemptOutcome.OK]
    assert result.attempts[0].response_format == "json_schema"
    assert result.usage.total_tokens == 420
    assert fake.count == 1
    assert fake.requests[0].response_format["type"] == "json_schema"  # type: ignore[index]
    assert ARTICLE in fake.requests[0].user_text()


@pytest.mark.parametrize(
    "fault",
    [
        rate_limited(),
        rate_limited(retry_after=0),
        server_error(500),
        server_error(502),
        server_error(503),
        slow(3.0),
        reset_mid_body(),
    ],
    ids=["429", "429-retry-after", "500", "502", "503", "slow", "reset"],
)
def test_transient_fault_is_invisible_to_the_pipeline(fake: FakeOpenAI, fault: Behaviour) -> None:
    started = time.monotonic()
    result = run(fake, fault, completion(VALID))
    assert time.monotonic() - started < 3
    assert result.status is Status.ACCEPTED, issues(result)
    assert len(result.attempts) == 1  # a transport retry is not a model attempt
    assert fake.count == 2
    assert fake.requests[0].body == fake.requests[1].body


@pytest.mark.parametrize(
    ("fault", "expected"),
    [
        (rate_limited(), RateLimited),
        (server_error(503), BackendUnavailable),
        (slow(3.0), BackendUnavailable),
        (reset_mid_body(), BackendUnavailable),
        (auth_error(401), AuthenticationFailed),
        (empty_choices(), BadResponse),
    ],
    ids=["429", "503", "slow", "reset", "401", "empty-choices"],
)  # fmt: skip
def test_backend_failure_raises_with_usage_so_far(
    fake: FakeOpenAI, fault: Behaviour, expected: type[BackendError]
) -> None:
    # one bad model answer first, so there is usage to carry
    fake.default = fault
    started = time.monotonic()
    with pytest.raises(BackendError) as info:
        run(fake, invalid_json_content(prompt_tokens=10, completion_tokens=5))
    assert time.monotonic() - started < 4
    assert type(info.value) is expected
    # the run's usage so far, plus whatever the failing call itself reported (empty choices
    # still carries usage: 100 + 50 by default)
    assert info.value.context["usage"].total_tokens == 15 + (150 if expected is BadResponse else 0)
    # "attempts" is the provider's transport tries when it set one, else the model call
    # number (the pipeline only setdefault()s it; see the report on this ambiguity)
    assert info.value.context["attempts"] >= 1
    text = str(info.value)
    assert "\n" not in text and KEY not in text
    retried = expected in (RateLimited, BackendUnavailable)
    assert fake.count == 1 + (PROVIDER_OPTIONS["max_attempts"] if retried else 1)


# --------------------------------------------------------------------------- pipeline: re-asks


def test_invalid_json_is_reasked_without_transport_noise(fake: FakeOpenAI) -> None:
    result = run(
        fake,
        server_error(503),  # a transport error before the bad answer must not reach the prompt
        invalid_json_content(prompt_tokens=100, completion_tokens=10),
        completion(VALID, prompt_tokens=200, completion_tokens=100),
    )
    assert result.status is Status.ACCEPTED, issues(result)
    assert [a.outcome for a in result.attempts] == [AttemptOutcome.INVALID_JSON, AttemptOutcome.OK]
    assert [a.kind for a in result.attempts] == ["initial", "reask"]
    assert result.usage.total_tokens == 410
    assert fake.count == 3
    reask = fake.requests[2].user_text()
    # the re-ask names the fix by its code's fixed hint, never the parser's message
    assert "Return one complete JSON object in the requested shape" in reask
    assert "not valid JSON" not in reask
    assert ARTICLE in reask
    for word in TRANSPORT_WORDS:
        assert word not in reask, word


def test_schema_violation_is_reasked_with_the_error(fake: FakeOpenAI) -> None:
    result = run(fake, completion(NO_CLAIMS), completion(VALID))
    assert result.status is Status.ACCEPTED, issues(result)
    assert [a.outcome for a in result.attempts] == [
        AttemptOutcome.SCHEMA_VIOLATION,
        AttemptOutcome.OK,
    ]
    reask = fake.requests[1].user_text()
    assert "Return one complete JSON object in the requested shape" in reask
    assert "'claims' is a required property" not in reask  # hints, not validator messages
    for word in TRANSPORT_WORDS:
        assert word not in reask, word


@pytest.mark.parametrize(
    ("bad", "outcome"),
    [
        (lambda: invalid_json_content(prompt_tokens=100, completion_tokens=20),
         AttemptOutcome.INVALID_JSON),
        (lambda: completion(NO_CLAIMS, prompt_tokens=100, completion_tokens=20),
         AttemptOutcome.SCHEMA_VIOLATION),
    ],
    ids=["invalid-json", "schema-violation"],
)  # fmt: skip
def test_bad_output_every_time_fails_with_summed_usage(
    fake: FakeOpenAI, bad: Any, outcome: AttemptOutcome
) -> None:
    fake.default = bad()
    result = run(fake, attempts=3)
    assert result.status is Status.FAILED
    assert result.summary is None
    assert [a.outcome for a in result.attempts] == [outcome] * 3
    assert result.usage.prompt_tokens == 300
    assert result.usage.completion_tokens == 60
    assert result.usage.total_tokens == 360
    assert sum(a.usage.total_tokens for a in result.attempts) == 360
    assert fake.count == 3
    assert result.reasons and result.reasons[-1].code == outcome.value


def test_refusal_fails_without_reask(fake: FakeOpenAI) -> None:
    fake.default = completion(VALID)  # a re-ask would be accepted: make sure none happens
    result = run(fake, refusal("I can't help with that."))
    assert result.status is Status.FAILED
    assert [a.outcome for a in result.attempts] == [AttemptOutcome.REFUSAL]
    assert "refused" in result.reasons[-1].message
    assert fake.count == 1


def test_length_is_truncated_and_never_parsed(fake: FakeOpenAI) -> None:
    # the truncated answer happens to be whole JSON: it must still not be used
    fake.default = truncated(VALID)
    result = run(fake, attempts=2)
    assert result.status is Status.FAILED
    assert result.summary is None
    assert [a.outcome for a in result.attempts] == [AttemptOutcome.TRUNCATED] * 2
    assert {a.finish_reason for a in result.attempts} == {"length"}


def test_truncated_then_whole_answer_is_accepted(fake: FakeOpenAI) -> None:
    result = run(fake, truncated(VALID[:200]), completion(VALID))
    assert result.status is Status.ACCEPTED, issues(result)
    assert [a.outcome for a in result.attempts] == [AttemptOutcome.TRUNCATED, AttemptOutcome.OK]


@pytest.mark.parametrize("as_json_summary", [False, True], ids=["text", "json"])
def test_20mb_answer_is_bounded(fake: FakeOpenAI, as_json_summary: bool) -> None:
    fake.default = huge_body(20, as_json_summary=as_json_summary)
    started = time.monotonic()
    with pytest.raises(BadResponse) as info:
        run(fake)
    assert time.monotonic() - started < 5
    assert fake.count == 1
    assert len(str(info.value)) < 300


# --------------------------------------------------------------------------- pipeline: fallback


def test_json_schema_rejected_falls_back_and_is_recorded(fake: FakeOpenAI) -> None:
    result = run(fake, reject_json_schema(), invalid_json_content(), completion(VALID))
    assert result.status is Status.ACCEPTED, issues(result)
    assert [a.response_format for a in result.attempts] == ["json_object", "json_object"]
    assert fake.count == 3
    assert fake.requests[0].response_format["type"] == "json_schema"  # type: ignore[index]
    for later in fake.requests[1:]:
        assert later.response_format == {"type": "json_object"}
        assert '"additionalProperties": false' in later.system_text()  # the schema is in the prompt
    assert "json_schema" not in fake.requests[2].user_text()  # the 400 is not re-asked about


# --------------------------------------------------------------------------- logs


def test_key_never_reaches_logs(fake: FakeOpenAI, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    for name in ("openai", "httpx2", "httpcore", "summarizer"):
        caplog.set_level(logging.DEBUG, logger=name)
    fake.script(server_error(503), auth_error(401, f"Incorrect API key provided: {KEY}"))
    with pytest.raises(AuthenticationFailed) as info:
        run(fake)
    assert caplog.records, "expected DEBUG records from the SDK"
    for record in caplog.records:
        assert KEY not in record.getMessage()
        assert KEY not in repr(record.__dict__)
    assert KEY not in caplog.text
    assert KEY not in str(info.value)


# --------------------------------------------------------------------------- CLI


@pytest.fixture
def fast_cli(monkeypatch: pytest.MonkeyPatch) -> None:
    """The CLI has no timeout options; give the provider it builds test-sized limits."""

    class Fast(OpenAICompatProvider):
        def __init__(self, **kw: Any) -> None:
            super().__init__(**{**kw, **PROVIDER_OPTIONS})

    monkeypatch.setattr(openai_compat, "OpenAICompatProvider", Fast)


@pytest.fixture
def article(tmp_path: Path) -> Path:
    path = tmp_path / "in" / "selank.txt"
    path.parent.mkdir()
    path.write_text(ARTICLE, encoding="utf-8")
    return path


def cli(fake: FakeOpenAI, article: Path, out: Path | None, *extra: str) -> Any:
    args = ["summarize", str(article), "--backend", "openai", "--base-url", fake.base_url,
            "--model", "fake-model", *extra]  # fmt: skip
    if out is not None:
        args += ["-o", str(out)]
    env = {"OPENAI_API_KEY": KEY, "OPENAI_BASE_URL": None, "SUMMARIZER_MODEL": None}
    return CliRunner().invoke(app, args, env=env, catch_exceptions=False)


def assert_one_error_line(result: Any) -> str:
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("summarizer: error: ")
    assert "Traceback" not in result.stderr
    return lines[0]


def assert_no_key(*texts: str) -> None:
    for text in texts:
        assert KEY not in text


@pytest.mark.usefixtures("fast_cli")
def test_cli_accepted_writes_the_result(fake: FakeOpenAI, article: Path, tmp_path: Path) -> None:
    out = tmp_path / "out" / "out.json"
    fake.script(server_error(503), completion(VALID))
    result = cli(fake, article, out, "--verbose")
    assert result.exit_code == 0, result.stderr
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["status"] == "accepted"
    assert [p.name for p in out.parent.iterdir()] == ["out.json"]
    assert fake.requests[-1].headers["authorization"] == f"Bearer {KEY}"
    assert_no_key(result.stdout, result.stderr, out.read_text(encoding="utf-8"))


@pytest.mark.usefixtures("fast_cli")
def test_cli_stdout_result_has_no_key(fake: FakeOpenAI, article: Path) -> None:
    fake.script(completion(VALID))
    result = cli(fake, article, None, "--verbose")
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout)["status"] == "accepted"
    assert_no_key(result.stdout, result.stderr)


CLI_FAILURES = {
    "503-always": (lambda: server_error(503), "HTTP 503 after 3 attempt(s)"),
    "429-always": (lambda: rate_limited(retry_after_ms=10), "rate limited"),
    "slow-always": (lambda: slow(3.0), "timed out"),
    "reset-always": (lambda: reset_mid_body(), "cannot connect"),
    "401": (lambda: auth_error(401, f"Incorrect API key provided: {KEY}"), "OPENAI_API_KEY"),
    "empty-choices": (lambda: empty_choices(), "no choices"),
    "invalid-json": (lambda: invalid_json_content(), "no usable summary after 3 attempt(s)"),
    "refusal": (lambda: refusal(), "refused"),
    "20mb": (lambda: huge_body(20), "max_tokens"),
}


VERBOSE_TOO = ("401", "503-always", "reset-always", "invalid-json", "refusal")


@pytest.mark.usefixtures("fast_cli")
@pytest.mark.parametrize(
    ("name", "verbose"),
    [(n, False) for n in sorted(CLI_FAILURES)] + [(n, True) for n in VERBOSE_TOO],
    ids=[n for n in sorted(CLI_FAILURES)] + [f"{n}-verbose" for n in VERBOSE_TOO],
)
def test_cli_backend_failure(
    fake: FakeOpenAI, article: Path, tmp_path: Path, name: str, verbose: bool
) -> None:
    behaviour, expected = CLI_FAILURES[name]
    fake.default = behaviour()
    outdir = tmp_path / "out"
    outdir.mkdir()
    out = outdir / "out.json"
    started = time.monotonic()
    result = cli(fake, article, out, *(["--verbose"] if verbose else []))
    assert time.monotonic() - started < 5
    assert result.exit_code == 3, (result.stdout, result.stderr)
    assert_no_key(result.stdout, result.stderr)
    assert result.stdout == ""
    assert list(outdir.iterdir()) == []  # no out.json, no temp file
    if verbose and name not in ("invalid-json", "refusal"):
        # --verbose adds the traceback; the key must not be in it either
        assert "summarizer: error: " in result.stderr
        assert expected in result.stderr
    else:
        line = assert_one_error_line(result)
        assert expected in line
