"""``summarize --servers FILE`` (``summarizer/cli/config.py``): the servers of a pool from a
TOML file or a list of URLs, through the real CLI against loopback fake servers; a bad file
is one error line and exit 2, never a traceback, and never shows a key or a password."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fake_openai import FakeOpenAI, completion, use_fast_clients
from samples import VALID
from test_pool import InFlight, make_folder, statuses
from typer.testing import CliRunner

from summarizer.cli import app

pytestmark = pytest.mark.usefixtures("full_article_mode")

KEY = "sk-test-SERVERS-1234567890"


@pytest.fixture(autouse=True)
def fast_cli(monkeypatch: pytest.MonkeyPatch) -> None:
    use_fast_clients(monkeypatch)


@pytest.fixture
def pair() -> Iterator[tuple[FakeOpenAI, FakeOpenAI, InFlight, InFlight]]:
    counters = InFlight(), InFlight()
    with FakeOpenAI() as a, FakeOpenAI() as b:
        for server, counter in zip((a, b), counters, strict=True):
            server.default = counter.behaviour(0.1, completion(VALID))
        yield a, b, *counters


def run(*args: str | Path, env: dict[str, str | None] | None = None) -> Any:
    base = {"OPENAI_API_KEY": KEY, "OPENAI_BASE_URL": None, "SUMMARIZER_MODEL": None,
            "SUMMARIZER_SERVERS": None}  # fmt: skip
    argv = ["summarize", *map(str, args), "--no-cache"]
    return CliRunner().invoke(app, argv, env={**base, **(env or {})}, catch_exceptions=False)


def test_toml_file_bounds_each_server_and_names_the_model(
    pair: tuple[FakeOpenAI, FakeOpenAI, InFlight, InFlight], tmp_path: Path
) -> None:
    a, b, ca, cb = pair
    servers = tmp_path / "servers.toml"
    servers.write_text(
        f'model = "from-file"\ncooldown = 5\nmax_in_flight = 2\n\n'
        f'[[servers]]\nurl = "{a.base_url}"\nmax_in_flight = 1\n\n'
        f'[[servers]]\nurl = "{b.base_url}"\n',
        encoding="utf-8",
    )
    out = tmp_path / "out"
    result = run(make_folder(tmp_path / "in", 9), "-o", out, "-j", "3", "--servers", servers)
    assert result.exit_code == 0, result.stderr
    assert statuses(out) == ["accepted"] * 9
    assert a.count + b.count == 9 and a.count >= 1 and b.count >= 1
    assert (ca.peak, cb.peak) == (1, 2)
    assert {r.body["model"] for r in a.requests + b.requests} == {"from-file"}
    assert {r.headers["authorization"] for r in a.requests} == {f"Bearer {KEY}"}
    # --model wins over the file's
    result = run(make_folder(tmp_path / "one", 1), "-o", tmp_path / "o2", "--servers", servers,
                 "--model", "from-flag")  # fmt: skip
    assert result.exit_code == 0, result.stderr
    assert max(a.requests + b.requests, key=lambda r: r.at).body["model"] == "from-flag"


def test_short_toml_form_and_url_lines_and_the_environment(
    pair: tuple[FakeOpenAI, FakeOpenAI, InFlight, InFlight], tmp_path: Path
) -> None:
    a, b, _, _ = pair
    short = tmp_path / "short.toml"
    short.write_text(f'servers = ["{a.base_url}", {{url = "{b.base_url}"}}]\n', encoding="utf-8")
    lines = tmp_path / "servers.txt"
    lines.write_text(f"# the GPU boxes\n{a.base_url}\n\n  {b.base_url}  \n", encoding="utf-8")
    folder = make_folder(tmp_path / "in", 4)
    for n, spelling in enumerate((["--servers", short], ["--servers", lines])):
        result = run(folder, "-o", tmp_path / f"out{n}", "-j", "2", "--model", "m", *spelling)
        assert result.exit_code == 0, result.stderr
    assert a.count >= 2 and b.count >= 2
    seen = a.count + b.count
    result = run(
        folder, "-o", tmp_path / "env", "--model", "m", env={"SUMMARIZER_SERVERS": str(lines)}
    )
    assert result.exit_code == 0, result.stderr
    assert a.count + b.count == seen + 4
    # an explicit --base-url wins over the environment
    result = run(folder, "-o", tmp_path / "url", "--model", "m", "--base-url", a.base_url,
                 env={"SUMMARIZER_SERVERS": str(tmp_path / "absent.toml")})  # fmt: skip
    assert result.exit_code == 0, result.stderr


BAD = {
    "syntax.toml": ("servers = [\n", "not valid TOML"),
    "no-list.toml": ('model = "m"\n', "needs 'servers'"),
    "empty.toml": ("servers = []\n", "lists no server"),
    "typo.toml": ('sever = ["http://127.0.0.1:9/v1"]\n', "unknown key 'sever'"),
    "entry-typo.toml": ('[[servers]]\nurl = "http://127.0.0.1:9/v1"\nmax_inflight = 2\n',
                        "servers[0]: unknown key 'max_inflight'"),
    "no-url.toml": ("[[servers]]\nmax_in_flight = 2\n", "servers[0]: has no url"),
    "zero.toml": ('[[servers]]\nurl = "http://127.0.0.1:9/v1"\nmax_in_flight = 0\n',
                  "'max_in_flight' must be a whole number"),
    "cooldown.toml": ('cooldown = "soon"\nservers = ["http://127.0.0.1:9/v1"]\n',
                      "'cooldown' must be seconds"),
    "key.toml": ('[[servers]]\nurl = "http://127.0.0.1:9/v1"\napi_key = "sk-LEAK-0987654321"\n',
                 "keys do not belong in the server file; set OPENAI_API_KEY"),
    "scheme.txt": ("127.0.0.1:9/v1\n", "line 1: '127.0.0.1:9/v1' is not one http(s) URL"),
    "creds.txt": ("# ok\nhttp://bob:hunter2@127.0.0.1:9/v1?key=sk-LEAK-0987654321,x\n",
                  "line 2: 'http://127.0.0.1:9/v1"),
    "twice.txt": ("http://127.0.0.1:9/v1\nhttp://127.0.0.1:9/v1\n", "is listed twice"),
    "blank.txt": ("# nothing yet\n\n", "lists no server"),
    "binary.txt": (b"\xff\xfe\x00bad".decode("latin-1"), "not UTF-8"),
}  # fmt: skip


@pytest.mark.parametrize("name", sorted(BAD))
def test_a_bad_file_is_one_line_and_exit_2(name: str, tmp_path: Path) -> None:
    body, message = BAD[name]
    path = tmp_path / name
    path.write_bytes(body.encode("latin-1" if name == "binary.txt" else "utf-8"))
    article = make_folder(tmp_path / "in", 1)
    result = run(article, "--servers", path)
    assert result.exit_code == 2, result.stderr
    assert result.stderr.count("\n") == 1, result.stderr
    assert result.stderr.startswith(f"summarizer: error: --servers {path}")
    assert message in result.stderr
    assert "Traceback" not in result.stderr
    for secret in ("sk-LEAK", "hunter2", KEY):
        assert secret not in result.stderr


def test_missing_file_and_conflicting_options(tmp_path: Path) -> None:
    article = make_folder(tmp_path / "in", 1)
    result = run(article, "--servers", tmp_path / "absent.toml")
    assert result.exit_code == 2
    assert "cannot read it (No such file or directory)" in result.stderr
    listed = tmp_path / "s.txt"
    listed.write_text("http://127.0.0.1:9/v1\n", encoding="utf-8")
    result = run(article, "--servers", listed, "--base-url", "http://127.0.0.1:9/v1")
    assert result.exit_code == 2
    assert result.stderr == "summarizer: error: --servers and --base-url: give one of them\n"
    result = run(article, "--servers", listed, "--backend", "replay")
    assert result.exit_code == 2
    assert "--servers is for the openai backend, not replay" in result.stderr


def test_help_documents_the_file() -> None:
    result = CliRunner().invoke(app, ["summarize", "--help"], env={"COLUMNS": "200"})
    text = " ".join(result.output.split())
    assert "--servers" in text and "[[servers]]" in text and "SUMMARIZER_SERVERS" in text
    assert "OPENAI_API_KEY" in text and "max_in_flight" in text
