"""Batch runs (``summarizer.runs.batch.run_batch`` and ``summarizer summarize`` with many inputs).

Against the loopback OpenAI-compatible server in ``tests/fake_openai.py``: per-file outputs,
one error line per bad file and a closing tally, exit code = worst outcome, bounded
concurrency (``--jobs``), the result cache (resume without model calls; every key setting
invalidates it; corrupt entries and failed results are recomputed), interrupts (finished
outputs complete, no temp files, exit 130), and JSON lines on stdout.
"""

from __future__ import annotations

import itertools
import json
import os
import signal
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fake_openai import (
    FAST_CLIENT,
    FakeOpenAI,
    auth_error,
    completion,
    invalid_json_content,
    serving,
    slow,
    use_fast_clients,
)
from typer.testing import CliRunner

from summarizer.cli import app
from summarizer.models import Usage
from summarizer.pipeline import Settings, Summarizer
from summarizer.providers import ChatRequest, Completion, openai_compat
from summarizer.providers.openai_compat import OpenAICompatProvider
from summarizer.report import to_json
from summarizer.runs.batch import run_batch
from summarizer.runs.cache import ResultCache

KEY = "sk-test-BATCH-0987654321"
# The article and summary accepted in tests/test_faults.py (every quote is exact).
from samples import ARTICLE, VALID  # noqa: E402

pytestmark = pytest.mark.usefixtures("full_article_mode")

GOOD = ("alpha", "bravo", "charlie")

# test-sized limits for the provider the CLI builds (its timeout must outlast slow())
PROVIDER_OPTIONS = FAST_CLIENT


@pytest.fixture
def fake() -> Iterator[FakeOpenAI]:
    with serving(completion(VALID)) as server:
        yield server


@pytest.fixture(autouse=True)
def fast_cli(monkeypatch: pytest.MonkeyPatch) -> None:
    use_fast_clients(monkeypatch)


def article_text(n: int) -> str:
    """A distinct article per n; the summary's quotes stay exact in every one."""
    return f"{ARTICLE}\nThis copy of the article carries the number {n}.\n"


def make_folder(root: Path, names: tuple[str, ...] = GOOD) -> Path:
    root.mkdir(parents=True, exist_ok=True)
    for n, name in enumerate(names):
        (root / f"{name}.txt").write_text(article_text(n), encoding="utf-8")
    return root


def cli(fake: FakeOpenAI, *args: str | Path, model: str = "m") -> Any:
    argv = ["summarize", *map(str, args), "--backend", "openai", "--base-url", fake.base_url,
            "--model", model]  # fmt: skip
    env = {"OPENAI_API_KEY": KEY, "OPENAI_BASE_URL": None, "SUMMARIZER_MODEL": None}
    return CliRunner().invoke(app, argv, env=env, catch_exceptions=False)


def outputs(folder: Path) -> dict[str, str]:
    return {p.name: p.read_text(encoding="utf-8") for p in sorted(folder.iterdir())}


def tally_line(stderr: str) -> str:
    lines = [ln for ln in stderr.splitlines() if " article(s) in " in ln]
    assert len(lines) == 1, stderr
    return lines[0]


def no_temp_files(folder: Path) -> None:
    leftovers = [p.name for p in folder.rglob("*") if p.name.endswith(".tmp") or p.name[0] == "."]
    assert leftovers == []


# --------------------------------------------------------------------------- many files


def test_good_and_bad_files_exit_2_with_one_line_each(fake: FakeOpenAI, tmp_path: Path) -> None:
    folder = make_folder(tmp_path / "in")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "blob.txt").write_bytes(b"\x00\x01\x02binary\x00" * 10)
    out = tmp_path / "out"
    result = cli(fake, folder, "-o", out)
    assert result.exit_code == 2, result.stderr
    assert result.stdout == ""
    assert sorted(p.name for p in out.iterdir()) == ["alpha.json", "bravo.json", "charlie.json"]
    for name in GOOD:
        data = json.loads((out / f"{name}.json").read_text(encoding="utf-8"))
        assert data["status"] == "accepted"
        assert data["source"]["name"] == f"{name}.txt"
    assert fake.count == 3
    errors = [ln for ln in result.stderr.splitlines() if ln.startswith("summarizer: error: ")]
    assert len(errors) == 2, result.stderr
    assert any("empty.txt" in ln and "empty" in ln.split("empty.txt", 1)[1] for ln in errors)
    assert any("blob.txt" in ln and "binary" in ln for ln in errors)
    tally = tally_line(result.stderr)
    assert tally.startswith("summarizer: 5 article(s) in ")
    assert tally.endswith(": 3 accepted, 2 error (bad input)")
    assert "Traceback" not in result.stderr
    assert KEY not in result.stderr
    no_temp_files(out)


def test_one_backend_failure_makes_exit_3(fake: FakeOpenAI, tmp_path: Path) -> None:
    folder = make_folder(tmp_path / "in")
    (folder / "empty.txt").write_bytes(b"")
    fake.script(auth_error(401))  # the first request (alpha, with --jobs 1) fails
    out = tmp_path / "out"
    result = cli(fake, folder, "-o", out, "--jobs", "1")
    assert result.exit_code == 3, result.stderr
    assert sorted(p.name for p in out.iterdir()) == ["bravo.json", "charlie.json"]
    errors = [ln for ln in result.stderr.splitlines() if ln.startswith("summarizer: error: ")]
    assert len(errors) == 2, result.stderr
    assert any("HTTP 401" in ln for ln in errors)
    assert tally_line(result.stderr).endswith(
        ": 2 accepted, 1 error (backend), 1 error (bad input)"
    )
    assert KEY not in result.stderr


def test_missing_path_among_inputs_is_reported_not_fatal(fake: FakeOpenAI, tmp_path: Path) -> None:
    folder = make_folder(tmp_path / "in", ("alpha",))
    out = tmp_path / "out"
    result = cli(fake, folder / "alpha.txt", tmp_path / "nope.txt", "-o", out)
    assert result.exit_code == 2
    assert [p.name for p in out.iterdir()] == ["alpha.json"]
    assert "nope.txt: no such file" in result.stderr
    assert tally_line(result.stderr).endswith(": 1 accepted, 1 error (bad input)")


# --------------------------------------------------------------------------- concurrency


def test_jobs_run_concurrently_and_match_serial_outputs(fake: FakeOpenAI, tmp_path: Path) -> None:
    delay = 0.6
    fake.default = slow(delay, completion(VALID))
    folder = make_folder(tmp_path / "in")

    started = time.monotonic()
    parallel = cli(fake, folder, "-o", tmp_path / "par", "--jobs", "3", "--no-cache")
    parallel_s = time.monotonic() - started
    assert parallel.exit_code == 0, parallel.stderr
    arrivals = sorted(r.at for r in fake.requests)
    assert len(arrivals) == 3
    # all three requests reached the server before the first answer was sent
    assert arrivals[-1] - arrivals[0] < delay
    assert parallel_s < 3 * delay

    fake.requests.clear()
    started = time.monotonic()
    serial = cli(fake, folder, "-o", tmp_path / "ser", "--jobs", "1", "--no-cache")
    serial_s = time.monotonic() - started
    assert serial.exit_code == 0, serial.stderr
    arrivals = sorted(r.at for r in fake.requests)
    assert all(b - a >= delay * 0.9 for a, b in itertools.pairwise(arrivals))
    assert serial_s >= 3 * delay

    assert outputs(tmp_path / "par") == outputs(tmp_path / "ser")
    assert len(outputs(tmp_path / "par")) == 3


# --------------------------------------------------------------------------- cache / resume


def cached_run(
    fake: FakeOpenAI, folder: Path, out: Path, cache: Path, *extra: str, model: str = "m"
) -> Any:
    return cli(fake, folder, "-o", out, "--cache-dir", cache, *extra, model=model)


def test_second_run_is_served_from_the_cache(fake: FakeOpenAI, tmp_path: Path) -> None:
    folder = make_folder(tmp_path / "in")
    cache = tmp_path / "cache"
    first = cached_run(fake, folder, tmp_path / "out1", cache)
    assert first.exit_code == 0, first.stderr
    assert fake.count == 3
    assert tally_line(first.stderr).endswith(": 3 accepted")
    assert len(list(cache.rglob("*.json"))) == 3

    second = cached_run(fake, folder, tmp_path / "out2", cache)
    assert second.exit_code == 0, second.stderr
    assert fake.count == 3  # no new request
    assert outputs(tmp_path / "out1") == outputs(tmp_path / "out2")
    assert tally_line(second.stderr).endswith(": 3 accepted (cached)")


def test_default_cache_dir_comes_from_the_environment(fake: FakeOpenAI, tmp_path: Path) -> None:
    folder = make_folder(tmp_path / "in", ("alpha", "bravo"))
    assert cli(fake, folder, "-o", tmp_path / "o1").exit_code == 0
    assert cli(fake, folder, "-o", tmp_path / "o2").exit_code == 0
    assert fake.count == 2
    assert len(list(Path(os.environ["SUMMARIZER_RESULTS_CACHE"]).rglob("*.json"))) == 2


@pytest.mark.parametrize(
    "extra",
    [
        ("--dosing-policy", "advice"),
        ("--max-attempts", "2"),
        ("--on-fail", "drop"),
        ("--temperature", "0.5"),
        ("--seed", "7"),
        ("--token-budget", "50000"),
        ("--model", "other"),
    ],
    ids=[
        "dosing-policy",
        "max-attempts",
        "on-fail",
        "temperature",
        "seed",
        "token-budget",
        "model",
    ],
)
def test_a_key_setting_change_calls_the_model_again(
    fake: FakeOpenAI, tmp_path: Path, extra: tuple[str, str]
) -> None:
    folder = make_folder(tmp_path / "in")
    cache = tmp_path / "cache"
    assert cached_run(fake, folder, tmp_path / "out", cache).exit_code == 0
    assert fake.count == 3
    flag, value = extra
    kw = {"model": value} if flag == "--model" else {}
    options = () if flag == "--model" else extra
    changed = cached_run(fake, folder, tmp_path / "out", cache, *options, **kw)
    assert changed.exit_code == 0, changed.stderr
    assert fake.count == 6
    assert "(cached)" not in changed.stderr
    # the new setting's results are cached in turn, and the old ones are still there
    again = cached_run(fake, folder, tmp_path / "out", cache, *options, **kw)
    assert fake.count == 6
    assert tally_line(again.stderr).endswith(": 3 accepted (cached)")
    assert tally_line(cached_run(fake, folder, tmp_path / "out", cache).stderr).endswith(
        ": 3 accepted (cached)"
    )
    assert fake.count == 6


def test_changed_article_text_calls_again_for_that_article_only(
    fake: FakeOpenAI, tmp_path: Path
) -> None:
    folder = make_folder(tmp_path / "in")
    cache = tmp_path / "cache"
    assert cached_run(fake, folder, tmp_path / "out", cache).exit_code == 0
    (folder / "bravo.txt").write_text(article_text(1) + "An added line changes this article for the cache.\n", encoding="utf-8")
    again = cached_run(fake, folder, tmp_path / "out", cache)
    assert again.exit_code == 0
    assert fake.count == 4
    assert "An added line changes this article for the cache." in fake.requests[-1].user_text()
    assert tally_line(again.stderr).endswith(": 1 accepted, 2 accepted (cached)")
    data = json.loads((tmp_path / "out" / "bravo.json").read_text(encoding="utf-8"))
    assert data["source"]["chars"] == len(article_text(1) + "An added line changes this article for the cache.\n")


def test_no_cache_always_calls(fake: FakeOpenAI, tmp_path: Path) -> None:
    folder = make_folder(tmp_path / "in")
    cache = tmp_path / "cache"
    assert cached_run(fake, folder, tmp_path / "out", cache).exit_code == 0
    for n in (2, 3):
        result = cached_run(fake, folder, tmp_path / "out", cache, "--no-cache")
        assert result.exit_code == 0
        assert fake.count == 3 * n
        assert "(cached)" not in result.stderr


def test_corrupt_cache_entry_is_ignored_and_recomputed(fake: FakeOpenAI, tmp_path: Path) -> None:
    folder = make_folder(tmp_path / "in")
    cache = tmp_path / "cache"
    assert cached_run(fake, folder, tmp_path / "out1", cache).exit_code == 0
    entries = sorted(cache.rglob("*.json"))
    assert len(entries) == 3
    entries[0].write_text('{"status": "accepted", "summ', encoding="utf-8")  # cut off
    entries[1].write_text('{"status": "accepted"}', encoding="utf-8")  # valid JSON, wrong shape
    result = cached_run(fake, folder, tmp_path / "out2", cache)
    assert result.exit_code == 0, result.stderr
    assert fake.count == 5
    assert tally_line(result.stderr).endswith(": 2 accepted, 1 accepted (cached)")
    assert outputs(tmp_path / "out1") == outputs(tmp_path / "out2")
    # the bad entries were rewritten with good ones
    store = ResultCache(cache)
    for entry in entries:
        assert store.get(entry.stem) is not None


def test_failed_result_is_not_cached(fake: FakeOpenAI, tmp_path: Path) -> None:
    folder = make_folder(tmp_path / "in", ("alpha",))
    cache = tmp_path / "cache"
    fake.default = invalid_json_content()
    failed = cached_run(fake, folder / "alpha.txt", tmp_path / "out", cache, "--max-attempts", "1")
    assert failed.exit_code == 3
    assert "no usable summary after 1 attempt(s)" in failed.stderr
    assert fake.count == 1
    assert list(cache.rglob("*.json")) == []

    fake.default = completion(VALID)
    ok = cached_run(fake, folder / "alpha.txt", tmp_path / "out", cache, "--max-attempts", "1")
    assert ok.exit_code == 0, ok.stderr
    assert fake.count == 2
    cached = cached_run(fake, folder / "alpha.txt", tmp_path / "out", cache, "--max-attempts", "1")
    assert cached.exit_code == 0
    assert fake.count == 2


def test_backend_error_is_not_cached(fake: FakeOpenAI, tmp_path: Path) -> None:
    folder = make_folder(tmp_path / "in", ("alpha",))
    cache = tmp_path / "cache"
    fake.script(auth_error(401))
    assert cached_run(fake, folder / "alpha.txt", tmp_path / "out", cache).exit_code == 3
    assert cached_run(fake, folder / "alpha.txt", tmp_path / "out", cache).exit_code == 0
    assert fake.count == 2


def test_cached_result_names_the_file_it_was_served_for(fake: FakeOpenAI, tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "alpha.txt").write_text(article_text(0), encoding="utf-8")
    (folder / "zulu.txt").write_text(article_text(0), encoding="utf-8")  # same text
    out = tmp_path / "out"
    result = cli(fake, folder, "-o", out, "--jobs", "1", "--cache-dir", tmp_path / "cache")
    assert result.exit_code == 0
    assert fake.count == 1  # the second file is a cache hit: fine
    data = json.loads((out / "zulu.json").read_text(encoding="utf-8"))
    assert data["source"]["name"] == "zulu.txt"


# --------------------------------------------------------------------------- interrupt

# hand-written model response
CANNED = Completion(
    text=VALID, finish_reason="stop", usage=Usage(prompt_tokens=10, completion_tokens=5,
    total_tokens=15), model="scripted",
)  # fmt: skip


class InterruptingProvider:
    """Answers with ``CANNED`` until call ``interrupt_at``, which (and after) raise Ctrl-C."""

    name = "scripted"
    model = "scripted"
    supports_schema = True
    needs_key = False
    context_tokens: int | None = None

    def __init__(self, interrupt_at: int) -> None:
        self.interrupt_at = interrupt_at
        self.calls = 0
        self._lock = threading.Lock()

    def complete(self, request: ChatRequest) -> Completion:
        with self._lock:
            self.calls += 1
            n = self.calls
        if n >= self.interrupt_at:
            raise KeyboardInterrupt
        return CANNED

    def describe(self) -> dict[str, Any]:
        return {"backend": self.name, "model": self.model}

    def close(self) -> None:
        pass


def test_run_batch_interrupt_keeps_finished_outputs_whole(tmp_path: Path) -> None:
    folder = make_folder(tmp_path / "in", ("a1", "a2", "a3", "a4", "a5"))
    out = tmp_path / "out"
    lines: list[str] = []
    summarizer = Summarizer(provider=InterruptingProvider(3), settings=Settings(mode="full"))
    with pytest.raises(KeyboardInterrupt):
        run_batch(summarizer, [str(folder)], output=str(out), echo=lines.append, progress=False)
    assert sorted(p.name for p in out.iterdir()) == ["a1.json", "a2.json"]
    for name in ("a1", "a2"):
        data = json.loads((out / f"{name}.json").read_text(encoding="utf-8"))
        assert data["status"] == "accepted"
        assert data["source"]["name"] == f"{name}.txt"
    no_temp_files(out)
    assert lines == [
        "summarizer: interrupted after 2 of 5 article(s); finished outputs are complete"
    ]


def test_interrupt_while_writing_leaves_no_temp_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = make_folder(tmp_path / "in", ("a1", "a2", "a3"))
    out = tmp_path / "out"
    real_fsync = os.fsync
    writes = []

    def fsync(fd: int) -> None:
        writes.append(fd)
        if len(writes) == 2:
            raise KeyboardInterrupt  # Ctrl-C in the middle of writing the second output
        real_fsync(fd)

    monkeypatch.setattr(os, "fsync", fsync)  # the one write_atomic calls
    summarizer = Summarizer(provider=InterruptingProvider(99), settings=Settings(mode="full"))
    lines: list[str] = []
    with pytest.raises(KeyboardInterrupt):
        run_batch(summarizer, [str(folder)], output=str(out), echo=lines.append, progress=False)
    assert [p.name for p in out.iterdir()] == ["a1.json"]
    assert json.loads((out / "a1.json").read_text(encoding="utf-8"))["status"] == "accepted"
    assert lines == [
        "summarizer: interrupted after 1 of 3 article(s); finished outputs are complete"
    ]


def test_interrupt_through_the_cli_exits_130(
    fake: FakeOpenAI, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls = []

    class Interrupting(OpenAICompatProvider):
        def __init__(self, **kw: Any) -> None:
            super().__init__(**{**kw, **PROVIDER_OPTIONS})

        def complete(self, request: ChatRequest) -> Completion:
            calls.append(request)
            if len(calls) >= 3:
                raise KeyboardInterrupt
            return super().complete(request)

    monkeypatch.setattr(openai_compat, "OpenAICompatProvider", Interrupting)
    folder = make_folder(tmp_path / "in", ("a1", "a2", "a3", "a4"))
    out = tmp_path / "out"
    result = cli(fake, folder, "-o", out, "--jobs", "1")
    assert result.exit_code == 130
    assert result.stdout == ""
    assert result.stderr.splitlines() == [
        "summarizer: interrupted after 2 of 4 article(s); finished outputs are complete",
        "summarizer: error: interrupted",
    ]
    assert sorted(p.name for p in out.iterdir()) == ["a1.json", "a2.json"]
    no_temp_files(out)
    assert fake.count == 2


def hold(release: threading.Event) -> Any:
    """A behaviour that answers nothing until ``release`` is set, then resets the connection."""

    def run(handler: Any, _received: Any) -> None:
        release.wait(10)
        handler.abort()

    return run


def sigterm_main_thread_when(condition: Any, stop: threading.Event) -> threading.Thread:
    """Start a thread that sends SIGTERM to the main thread once ``condition()`` holds."""
    main = threading.main_thread().ident
    assert main is not None

    def watch() -> None:
        deadline = time.monotonic() + 5
        while not stop.is_set() and time.monotonic() < deadline:
            if condition():
                time.sleep(0.05)  # let the main thread settle into waiting
                signal.pthread_kill(main, signal.SIGTERM)
                return
            time.sleep(0.01)

    thread = threading.Thread(target=watch, daemon=True)
    thread.start()
    return thread


def workers() -> list[threading.Thread]:
    return [t for t in threading.enumerate() if t.name.startswith("summarize")]


def test_sigterm_during_a_run_exits_130(fake: FakeOpenAI, tmp_path: Path) -> None:
    """A real SIGTERM, aimed at the main thread while it waits for an answer."""
    assert threading.current_thread() is threading.main_thread()
    release, stop = threading.Event(), threading.Event()
    fake.script(completion(VALID))
    fake.default = hold(release)
    folder = make_folder(tmp_path / "in", ("a1", "a2", "a3"))
    out = tmp_path / "out"
    before = signal.getsignal(signal.SIGTERM)
    watcher = sigterm_main_thread_when(
        lambda: (out / "a1.json").is_file() and fake.count >= 2, stop
    )
    started = time.monotonic()
    try:
        result = cli(fake, folder, "-o", out, "--jobs", "1")
    finally:
        stop.set()
        watcher.join()
        release.set()  # the request in flight now fails fast; its worker ends
        for thread in workers():
            thread.join(timeout=5)
    assert time.monotonic() - started < 5
    assert result.exit_code == 130, result.stderr
    assert result.stderr.splitlines() == [
        "summarizer: interrupted after 1 of 3 article(s); finished outputs are complete",
        "summarizer: error: interrupted",
    ]
    assert fake.count == 2  # a3 was never started
    assert [p.name for p in out.iterdir()] == ["a1.json"]
    assert json.loads((out / "a1.json").read_text(encoding="utf-8"))["status"] == "accepted"
    no_temp_files(out)
    assert signal.getsignal(signal.SIGTERM) is before  # the handler is restored


def test_interrupt_does_not_wait_for_the_request_in_flight(
    fake: FakeOpenAI, tmp_path: Path
) -> None:
    release, stop = threading.Event(), threading.Event()
    fake.default = hold(release)
    folder = make_folder(tmp_path / "in", ("a1", "a2"))
    watcher = sigterm_main_thread_when(lambda: fake.count >= 1, stop)
    try:
        result = cli(fake, folder, "-o", tmp_path / "out", "--jobs", "1")
        assert result.exit_code == 130
        time.sleep(0.3)
        # nothing left that would keep the interpreter from exiting
        assert [t.name for t in workers() if t.is_alive() and not t.daemon] == []
    finally:
        stop.set()
        watcher.join()
        release.set()
        for thread in workers():
            thread.join(timeout=5)


# --------------------------------------------------------------------------- stdout


def test_stdout_mode_prints_one_json_line_per_article(fake: FakeOpenAI, tmp_path: Path) -> None:
    folder = make_folder(tmp_path / "in")
    result = cli(fake, folder, "--jobs", "2")
    assert result.exit_code == 0, result.stderr
    lines = result.stdout.splitlines()
    assert len(lines) == 3
    docs = [json.loads(line) for line in lines]
    assert sorted(d["source"]["name"] for d in docs) == ["alpha.txt", "bravo.txt", "charlie.txt"]
    assert {d["status"] for d in docs} == {"accepted"}
    # each line is the canonical result document, compacted
    for line in lines:
        assert json.dumps(json.loads(line), ensure_ascii=False, sort_keys=True) == line
    assert tally_line(result.stderr).endswith(": 3 accepted")


def test_single_input_to_stdout_is_the_indented_document(fake: FakeOpenAI, tmp_path: Path) -> None:
    folder = make_folder(tmp_path / "in", ("alpha",))
    result = cli(fake, folder / "alpha.txt")
    assert result.exit_code == 0
    assert result.stdout.startswith("{\n")
    assert json.loads(result.stdout)["status"] == "accepted"
    assert result.stderr == ""  # no tally for one article


def test_markdown_outputs_per_article(fake: FakeOpenAI, tmp_path: Path) -> None:
    folder = make_folder(tmp_path / "in", ("alpha", "bravo"))
    out = tmp_path / "out"
    result = cli(fake, folder, "-o", out, "--format", "markdown")
    assert result.exit_code == 0
    assert sorted(p.name for p in out.iterdir()) == ["alpha.md", "bravo.md"]
    assert (out / "alpha.md").read_text(encoding="utf-8").startswith("# Summary of alpha.txt")


def test_several_inputs_into_an_existing_file_is_a_usage_error(
    fake: FakeOpenAI, tmp_path: Path
) -> None:
    folder = make_folder(tmp_path / "in", ("alpha", "bravo"))
    target = tmp_path / "result.json"
    target.write_text("keep me", encoding="utf-8")
    result = cli(fake, folder, "-o", target)
    assert result.exit_code == 2
    assert "several inputs need a folder" in result.stderr
    assert target.read_text(encoding="utf-8") == "keep me"
    assert fake.count == 0


def test_run_batch_output_matches_the_renderer(tmp_path: Path) -> None:
    folder = make_folder(tmp_path / "in", ("alpha",))
    summarizer = Summarizer(provider=InterruptingProvider(99), settings=Settings(mode="full"))
    code = run_batch(summarizer, [str(folder / "alpha.txt")], output=str(tmp_path / "o.json"),
                     echo=lambda _l: None, progress=False)  # fmt: skip
    assert code == 0
    expected = to_json(summarizer.summarize(article_text(0), name="alpha.txt"))
    assert (tmp_path / "o.json").read_text(encoding="utf-8") == expected
