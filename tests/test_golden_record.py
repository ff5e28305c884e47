"""The golden regeneration workflow in record mode, against the loopback OpenAI-compatible
server (tests/fake_openai.py): record (nothing written) → record --accept (files written,
no secrets) → replay offline (unchanged). Plus the refusals: hand-written cases are not
re-recorded, and a missing root is a usage error."""

from __future__ import annotations

import json
import re
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fake_openai import FakeOpenAI, completion
from typer.testing import CliRunner

from summarizer.cli import app
from summarizer.prompting import prompt_sha256
from summarizer.providers import openai_compat
from summarizer.providers.openai_compat import OpenAICompatProvider
from summarizer.schema import schema_json

pytestmark = pytest.mark.usefixtures("full_article_mode")

GOLDEN = Path(__file__).resolve().parent.parent / "golden"
CASE = "selank-evidence-tiers"
KEY = "sk-test-GOLDEN-5551234567"
OUTPUTS = {"responses.json", "expected.json", "expected.md", "prompts.txt"}

Q_OVERVIEW = (
    "Selank is a synthetic peptide developed in Russia and studied mainly for anxiety and "
    "stress-related symptoms."
)
Q_2017 = (
    "A 2017 study in rats added a behavioral piece to that picture, reporting that Selank "
    "enhanced the anxiolytic effect of diazepam under conditions of chronic stress."
)
Q_2008 = (
    "A 2008 study in generalized anxiety disorder and neurasthenia compared Selank with the "
    "benzodiazepine medazepam in 62 patients and reported a comparable anxiolytic effect"
)
Q_HEPTA = "It is a heptapeptide, meaning it is built from seven amino acids"
Q_CAVEAT = (
    "These are small studies concentrated in a few research groups rather than large, "
    "independent international trials."
)
# hand-written model response: every quote is copied from golden/selank-evidence-tiers
SUMMARY: dict[str, Any] = {
    "overview": {
        "quotes": [Q_OVERVIEW],
        "text": "Selank is a synthetic peptide developed in Russia and studied mainly for "
        "anxiety and stress-related symptoms.",
    },
    "claims": [
        {
            "quotes": [Q_HEPTA],
            "text": "Selank is a heptapeptide built from seven amino acids.",
            "kind": "finding",
            "evidence_level": None,
        },
        {
            "quotes": [Q_2008],
            "text": "A 2008 study compared Selank with medazepam in 62 patients and reported "
            "a comparable anxiolytic effect.",
            "kind": "evidence",
            "evidence_level": "human_trial",
        },
        {
            "quotes": [Q_2017],
            "text": "A 2017 study in rats reported that Selank enhanced the anxiolytic effect "
            "of diazepam under chronic stress.",
            "kind": "evidence",
            "evidence_level": "animal",
        },
    ],
    "caveats": [
        {
            "quotes": [Q_CAVEAT],
            "text": "The studies are small and concentrated in a few research groups.",
        }
    ],
}
VALID = json.dumps(SUMMARY)


@pytest.fixture(autouse=True)
def fast_cli(monkeypatch: pytest.MonkeyPatch) -> None:
    class Fast(OpenAICompatProvider):
        def __init__(self, **kw: Any) -> None:
            super().__init__(**{**kw, "timeout": 5.0, "max_attempts": 2, "wait_max": 0.05})

    monkeypatch.setattr(openai_compat, "OpenAICompatProvider", Fast)


@pytest.fixture
def fake() -> Iterator[FakeOpenAI]:
    with FakeOpenAI() as server:
        server.default = completion(VALID, prompt_tokens=900, completion_tokens=300)
        yield server


def make_case(root: Path, *, hand_written: bool = False, name: str = CASE) -> Path:
    case = root / name
    case.mkdir(parents=True)
    shutil.copyfile(GOLDEN / CASE / "article.txt", case / "article.txt")
    # full-article mode: the fake server answers every request with one whole summary
    meta = {
        "description": "a copy for the record-mode test",
        "hand_written": hand_written,
        "settings": {"mode": "full"},
    }
    (case / "meta.json").write_text(json.dumps(meta, indent=2) + "\n", encoding="utf-8")
    return case


def golden(root: Path, *args: str) -> Any:
    env = {"OPENAI_API_KEY": KEY, "OPENAI_BASE_URL": None, "SUMMARIZER_MODEL": None}
    return CliRunner().invoke(
        app, ["golden", "--root", str(root), *args], env=env, catch_exceptions=False
    )


def record_args(fake: FakeOpenAI) -> list[str]:
    return ["--record", "--backend", "openai", "--base-url", fake.base_url, "--model", "m"]


def snapshot(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*"))
            if p.is_file()}  # fmt: skip


def test_the_canned_quotes_are_in_the_article() -> None:
    article = (GOLDEN / CASE / "article.txt").read_text(encoding="utf-8")
    for quote in (Q_OVERVIEW, Q_2017, Q_2008, Q_HEPTA, Q_CAVEAT):
        assert quote in article


def test_record_shows_changes_and_writes_nothing(fake: FakeOpenAI, tmp_path: Path) -> None:
    root = tmp_path / "golden"
    make_case(root)
    before = snapshot(root)
    result = golden(root, *record_args(fake))
    assert result.exit_code == 1, result.output
    assert f"{CASE}: CHANGED (expected.json, expected.md, prompts.txt, responses.json)" in (
        result.stdout
    )
    assert "nothing written. Re-run with --accept" in result.stdout
    assert snapshot(root) == before  # not even schema.json
    assert fake.count >= 1
    assert fake.requests[0].headers["authorization"] == f"Bearer {KEY}"
    assert KEY not in result.output


def test_record_accept_writes_the_case(fake: FakeOpenAI, tmp_path: Path) -> None:
    root = tmp_path / "golden"
    case = make_case(root)

    accepted = golden(root, *record_args(fake), "--accept")
    assert accepted.exit_code == 0, accepted.output
    assert f"{CASE}: CHANGED" in accepted.stdout
    assert "accepted: wrote expected.json, expected.md, prompts.txt, responses.json" in (
        accepted.stdout
    )
    assert {p.name for p in case.iterdir()} == {"article.txt", "meta.json", *OUTPUTS}
    assert (root / "schema.json").read_text(encoding="utf-8") == schema_json()

    # responses.json: one exchange per model call, keyed, with parameters
    recording = json.loads((case / "responses.json").read_text(encoding="utf-8"))
    assert recording["hand_written"] is False
    assert recording["template_sha256"] == prompt_sha256()
    assert recording["model"] == {"backend": "openai", "model": "m"}
    exchanges = recording["exchanges"]
    assert len(exchanges) == fake.count == 1
    for exchange in exchanges:
        assert re.fullmatch(r"[0-9a-f]{64}", exchange["request_key"])
        assert exchange["params"] == {"temperature": 0.0, "seed": 0, "max_tokens": 2000}
        assert exchange["response"]["text"] == VALID
        assert exchange["response"]["usage"]["total_tokens"] == 1200

    expected = json.loads((case / "expected.json").read_text(encoding="utf-8"))
    assert expected["status"] == "accepted", expected["items"]
    assert expected["usage"]["total_tokens"] == 1200
    assert (case / "expected.md").read_text(encoding="utf-8").startswith("# Summary of article.txt")
    prompts = (case / "prompts.txt").read_text(encoding="utf-8")
    assert prompts.startswith("===== request 1 ·")
    assert "Selank is a synthetic heptapeptide" in prompts  # the article went into the prompt

    # no secret, no server address anywhere in the case
    for name, data in snapshot(root).items():
        text = data.decode("utf-8")
        assert KEY not in text, name
        assert str(fake.port) not in text or name == "article.txt", name
        assert "Bearer" not in text, name


def test_recorded_case_replays_without_the_server(fake: FakeOpenAI, tmp_path: Path) -> None:
    root = tmp_path / "golden"
    make_case(root)
    assert golden(root, *record_args(fake), "--accept").exit_code == 0
    fake.stop()
    written = snapshot(root)
    replayed = golden(root)
    # the recording itself replays: every request key is found, nothing errors
    assert "ERROR" not in replayed.stdout
    assert "prompts.txt" not in replayed.stdout.splitlines()[0]
    assert snapshot(root) == written


def test_record_accept_then_replay_offline_is_unchanged(fake: FakeOpenAI, tmp_path: Path) -> None:
    root = tmp_path / "golden"
    make_case(root)
    assert golden(root, *record_args(fake), "--accept").exit_code == 0
    fake.stop()
    written = snapshot(root)
    replayed = golden(root)
    assert replayed.stdout.splitlines() == [f"{CASE}: unchanged"], replayed.stdout
    assert replayed.exit_code == 0
    assert snapshot(root) == written


def test_record_accept_twice_is_unchanged(fake: FakeOpenAI, tmp_path: Path) -> None:
    root = tmp_path / "golden"
    make_case(root)
    assert golden(root, *record_args(fake), "--accept").exit_code == 0
    written = snapshot(root)
    again = golden(root, *record_args(fake))
    assert again.exit_code == 0, again.stdout
    assert again.stdout.splitlines() == [f"{CASE}: unchanged"]
    assert snapshot(root) == written


def test_hand_written_case_is_refused_in_record_mode(fake: FakeOpenAI, tmp_path: Path) -> None:
    root = tmp_path / "golden"
    make_case(root, hand_written=True)
    (root / "schema.json").write_text(schema_json(), encoding="utf-8")
    before = snapshot(root)
    result = golden(root, *record_args(fake))
    assert result.exit_code == 1
    assert f"{CASE}: ERROR hand-written case: its responses are not re-recorded" in (result.stdout)
    assert fake.count == 0
    assert snapshot(root) == before


def test_record_accept_with_an_error_case_does_not_exit_0(fake: FakeOpenAI, tmp_path: Path) -> None:
    root = tmp_path / "golden"
    make_case(root, hand_written=True)
    (root / "schema.json").write_text(schema_json(), encoding="utf-8")
    result = golden(root, *record_args(fake), "--accept")
    assert "ERROR hand-written case" in result.stdout
    assert result.exit_code != 0


def test_record_one_named_case_only(fake: FakeOpenAI, tmp_path: Path) -> None:
    root = tmp_path / "golden"
    make_case(root)
    other = make_case(root, name="other-case")
    before = snapshot(other)
    result = golden(root, CASE, *record_args(fake), "--accept")
    assert result.exit_code == 0, result.stdout
    assert "other-case" not in result.stdout
    assert snapshot(other) == before


def test_missing_root_exits_2(tmp_path: Path) -> None:
    result = golden(tmp_path / "nowhere")
    assert result.exit_code == 2
    assert (
        result.stderr.strip() == f"summarizer: error: {tmp_path / 'nowhere'}: no such golden folder"
    )


def test_unknown_case_exits_2(tmp_path: Path) -> None:
    root = tmp_path / "golden"
    make_case(root)
    result = golden(root, "no-such-case")
    assert result.exit_code == 2
    assert "not a golden case (no article.txt)" in result.stderr
