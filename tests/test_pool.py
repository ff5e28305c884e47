"""Many servers (``summarizer.providers.pool.PoolProvider``, ``--base-url`` given twice).

Against two loopback OpenAI-compatible servers from ``tests/fake_openai.py`` with a fixed
latency: requests spread over both, a server answering 503 leaves the rotation and the work
finishes on the other, at most ``per_server`` requests are in flight on one server, and
with both down the run exits 3 with one error line.
"""

from __future__ import annotations

import json
import sys
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from fake_openai import (
    FAST_CLIENT,
    Behaviour,
    FakeOpenAI,
    auth_error,
    completion,
    reset_mid_body,
    server_error,
    use_fast_clients,
)
from samples import ARTICLE, VALID
from typer.testing import CliRunner

from summarizer.cli import app
from summarizer.errors import AuthenticationFailed, BackendUnavailable, UsageError
from summarizer.prompting import Message
from summarizer.providers import ChatRequest, make_provider, split_urls
from summarizer.providers.openai_compat import OpenAICompatProvider
from summarizer.providers.pool import InFlightLimit, PoolProvider

pytestmark = pytest.mark.usefixtures("full_article_mode")

KEY = "sk-test-POOL-1234567890"
LATENCY = 0.15
PROVIDER_OPTIONS = FAST_CLIENT
REQUEST = ChatRequest(messages=(Message("user", "hello"),), schema=None)


@dataclass
class InFlight:
    """Counts requests a fake server is answering at once."""

    now: int = 0
    peak: int = 0
    lock: threading.Lock = field(default_factory=threading.Lock)

    def behaviour(self, latency: float, then: Behaviour) -> Behaviour:
        def run(handler: Any, received: Any) -> None:
            with self.lock:
                self.now += 1
                self.peak = max(self.peak, self.now)
            try:
                time.sleep(latency)
                then(handler, received)
            finally:
                with self.lock:
                    self.now -= 1

        return run


@pytest.fixture(autouse=True)
def fast_cli(monkeypatch: pytest.MonkeyPatch) -> None:
    use_fast_clients(monkeypatch)


@pytest.fixture
def servers() -> Iterator[tuple[FakeOpenAI, FakeOpenAI]]:
    with FakeOpenAI() as a, FakeOpenAI() as b:
        for server in (a, b):
            server.default = InFlight().behaviour(LATENCY, completion(VALID))
        yield a, b


def make_folder(root: Path, count: int) -> Path:
    root.mkdir(parents=True, exist_ok=True)
    for n in range(count):
        text = f"{ARTICLE}\nThis copy of the article carries the number {n}.\n"
        (root / f"a{n:02d}.txt").write_text(text, encoding="utf-8")
    return root


def cli(urls: list[str], *args: str | Path) -> Any:
    argv = ["summarize", *map(str, args), "--backend", "openai", "--model", "m"]
    for url in urls:
        argv += ["--base-url", url]
    env = {"OPENAI_API_KEY": KEY, "OPENAI_BASE_URL": None, "SUMMARIZER_MODEL": None}
    return CliRunner().invoke(app, argv, env=env, catch_exceptions=False)


def statuses(folder: Path) -> list[str]:
    return [json.loads(p.read_text(encoding="utf-8"))["status"] for p in sorted(folder.iterdir())]


def pool_of(*fakes: FakeOpenAI, **options: Any) -> PoolProvider:
    members = [
        OpenAICompatProvider(model="m", base_url=f.base_url, api_key=KEY, **PROVIDER_OPTIONS)
        for f in fakes
    ]
    return PoolProvider(members, **options)


# --------------------------------------------------------------------------- selection


def test_make_provider_builds_a_pool_only_for_several_urls() -> None:
    one = make_provider("openai", base_url="http://127.0.0.1:9/v1", api_key=KEY)
    assert type(one).__name__ == "Fast" and one.base_url == "http://127.0.0.1:9/v1"  # type: ignore[attr-defined]
    also_one = make_provider("openai", base_url=["http://127.0.0.1:9/v1"], api_key=KEY)
    assert not isinstance(also_one, PoolProvider)
    for spelling in (
        "http://127.0.0.1:9/v1, http://127.0.0.1:10/v1",
        ["http://127.0.0.1:9/v1", "http://127.0.0.1:10/v1"],
    ):
        pool = make_provider("openai", base_url=spelling, api_key=KEY, model="m")
        assert isinstance(pool, PoolProvider)
        assert pool.base_url == "http://127.0.0.1:9/v1,http://127.0.0.1:10/v1"
        assert (pool.name, pool.model, len(pool.providers)) == ("openai", "m", 2)
        assert pool.describe() == {"backend": "openai", "model": "m", "servers": 2}
        pool.close()
    assert split_urls(["a,b", " ", "c"]) == ["a", "b", "c"]
    assert split_urls(None) == []


# --------------------------------------------------------------------------- spreading


def test_requests_spread_over_both_servers(
    servers: tuple[FakeOpenAI, FakeOpenAI], tmp_path: Path
) -> None:
    a, b = servers
    out = tmp_path / "out"
    result = cli([a.base_url, b.base_url], make_folder(tmp_path / "in", 8), "-o", out, "-j", "4")
    assert result.exit_code == 0, result.stderr
    assert statuses(out) == ["accepted"] * 8
    assert a.count + b.count == 8
    assert a.count >= 2 and b.count >= 2


def test_sequential_requests_alternate() -> None:
    with FakeOpenAI() as a, FakeOpenAI() as b:
        a.default = b.default = completion("{}")
        pool = pool_of(a, b)
        for _ in range(6):
            pool.complete(REQUEST)
        assert (a.count, b.count) == (3, 3)
        pool.close()


def test_in_flight_per_server_never_exceeds_per_server() -> None:
    counters = (InFlight(), InFlight())
    with FakeOpenAI() as a, FakeOpenAI() as b:
        for server, counter in zip((a, b), counters, strict=True):
            server.default = counter.behaviour(LATENCY, completion("{}"))
        pool = pool_of(a, b, per_server=2)
        threads = [threading.Thread(target=pool.complete, args=(REQUEST,)) for _ in range(12)]
        started = time.monotonic()
        for t in threads:
            t.start()
        for t in threads:
            t.join(10)
        elapsed = time.monotonic() - started
        assert a.count + b.count == 12 and min(a.count, b.count) >= 3
        assert [c.peak for c in counters] == [2, 2]
        # 12 requests, 4 at a time: three rounds of LATENCY at the least
        assert elapsed >= 3 * LATENCY
        assert [s["in_flight"] for s in pool.stats()] == [0, 0]
        pool.close()


def test_jobs_raise_the_default_bound_but_never_a_given_one() -> None:
    with FakeOpenAI() as a, FakeOpenAI() as b:
        default = pool_of(a, b)
        default.fit(32)
        assert [default.limit(i) for i in range(2)] == [16, 16]  # --jobs 32 over two servers
        default.fit(4)
        assert default.limit(0) == 8  # never below the default
        given = pool_of(a, b, per_server=2)
        given.fit(32)
        assert [given.limit(i) for i in range(2)] == [2, 2]
        default.close(), given.close()


# --------------------------------------------------------------------------- failures


def test_a_503_server_leaves_the_rotation_and_the_other_finishes(
    servers: tuple[FakeOpenAI, FakeOpenAI], tmp_path: Path
) -> None:
    bad, good = servers
    bad.default = server_error(503)
    out = tmp_path / "out"
    result = cli(
        [bad.base_url, good.base_url], make_folder(tmp_path / "in", 6), "-o", out, "-j", "2"
    )
    assert result.exit_code == 0, result.stderr
    assert statuses(out) == ["accepted"] * 6
    assert good.count == 6
    # at most the requests that reached it before it left the rotation, each retried once
    assert 1 <= bad.count <= 2 * PROVIDER_OPTIONS["max_attempts"]
    assert "summarizer: error:" not in result.stderr


def test_both_servers_down_exit_3_with_one_error_line(tmp_path: Path) -> None:
    with FakeOpenAI() as a, FakeOpenAI() as b:
        a.default = b.default = server_error(503)
        out = tmp_path / "out"
        result = cli([a.base_url, b.base_url], make_folder(tmp_path / "in", 1), "-o", out)
    assert result.exit_code == 3, result.stderr
    errors = [ln for ln in result.stderr.splitlines() if ln.startswith("summarizer: error: ")]
    assert len(errors) == 1, result.stderr
    assert "HTTP 503" in errors[0]
    assert "Traceback" not in result.stderr and KEY not in result.stderr


def test_cooldown_then_back_in_rotation() -> None:
    now = [0.0]
    with FakeOpenAI() as a, FakeOpenAI() as b:
        a.default = b.default = completion("{}")
        a.script(server_error(503), server_error(503))  # both attempts of the first request
        pool = pool_of(a, b, cooldown=30.0, clock=lambda: now[0])
        pool.complete(REQUEST)  # a fails, b answers
        assert [s["healthy"] for s in pool.stats()] == [False, True]
        for _ in range(3):
            pool.complete(REQUEST)
        assert (a.count, b.count) == (2, 4)
        now[0] = 31.0
        pool.complete(REQUEST)
        assert a.count == 3
        pool.close()


def test_all_in_cooldown_raises_the_last_error_at_once() -> None:
    with FakeOpenAI() as a, FakeOpenAI() as b:
        a.default = b.default = server_error(503)
        pool = pool_of(a, b)
        with pytest.raises(BackendUnavailable, match="HTTP 503"):
            pool.complete(REQUEST)
        seen = a.count + b.count
        with pytest.raises(BackendUnavailable, match="HTTP 503"):
            pool.complete(REQUEST)
        assert a.count + b.count == seen  # nobody was asked
        pool.close()


def test_request_errors_propagate_without_failover() -> None:
    with FakeOpenAI() as a, FakeOpenAI() as b:
        a.default = b.default = auth_error(401)
        pool = pool_of(a, b)
        with pytest.raises(AuthenticationFailed):
            pool.complete(REQUEST)
        assert a.count + b.count == 1
        assert all(s["healthy"] for s in pool.stats())
        pool.close()


def test_run_log_url_scrubs_each_member() -> None:
    from summarizer.runs.log import public_url

    joined = "http://user:secret@127.0.0.1:9/v1?key=x,http://127.0.0.1:10/v1"
    assert public_url(joined) == "http://127.0.0.1:9/v1,http://127.0.0.1:10/v1"


# --------------------------------------------------------------------------- request slots


def test_run_batch_keeps_jobs_requests_in_flight_and_never_more(tmp_path: Path) -> None:
    """More worker threads than --jobs, but the servers see at most --jobs requests at once."""
    both = InFlight()
    with FakeOpenAI() as a, FakeOpenAI() as b:
        a.default = b.default = both.behaviour(LATENCY, completion(VALID))
        out = tmp_path / "out"
        result = cli(
            [a.base_url, b.base_url], make_folder(tmp_path / "in", 12), "-o", out, "-j", "3"
        )
    assert result.exit_code == 0, result.stderr
    assert statuses(out) == ["accepted"] * 12
    assert both.peak == 3


def test_in_flight_limit_bounds_and_forwards() -> None:
    counter = InFlight()
    with FakeOpenAI() as a:
        a.default = counter.behaviour(LATENCY, completion("{}"))
        inner = OpenAICompatProvider(
            model="m", base_url=a.base_url, api_key=KEY, **PROVIDER_OPTIONS
        )
        gate = InFlightLimit(inner, 2)
        assert (gate.name, gate.model, gate.base_url) == ("openai", "m", a.base_url)
        assert gate.describe() == inner.describe()
        threads = [threading.Thread(target=gate.complete, args=(REQUEST,)) for _ in range(6)]
        for t in threads:
            t.start()
        for t in threads:
            t.join(10)
        gate.close()  # borrowed: the inner provider stays usable
        gate.complete(REQUEST)
        inner.close()
    assert a.count == 7 and counter.peak == 2
    with pytest.raises(UsageError):
        InFlightLimit(inner, 0)


def test_the_gate_carries_the_judge_too() -> None:
    from summarizer.guards import GuardConfig, LLMJudge
    from summarizer.pipeline import Settings, Summarizer
    from summarizer.providers import ProviderJudge
    from summarizer.runs.batch import _gated

    inner = OpenAICompatProvider(model="m", base_url="http://127.0.0.1:9/v1", api_key=KEY)
    own = Summarizer(provider=inner, settings=Settings(guards=GuardConfig(judge=True)))
    view = _gated(own, 4)
    assert isinstance(view.provider, InFlightLimit) and view.provider.inner is inner
    assert isinstance(view.judge, LLMJudge) and isinstance(view.judge.model, ProviderJudge)
    assert view.judge.model.provider is view.provider
    assert view.describe_settings() == own.describe_settings()  # same cache keys
    inner.close()


def test_the_timeslice_is_restored_after_a_batch(tmp_path: Path) -> None:
    before = sys.getswitchinterval()
    with FakeOpenAI() as a, FakeOpenAI() as b:
        a.default = b.default = completion(VALID)
        result = cli(
            [a.base_url, b.base_url],
            make_folder(tmp_path / "in", 4),
            "-o",
            tmp_path / "o",
            "-j",
            "2",
        )
    assert result.exit_code == 0, result.stderr
    assert sys.getswitchinterval() == before


def test_a_server_that_is_down_leaves_the_rotation(tmp_path: Path) -> None:
    """One listed server refuses connections (stopped): every article ends on the other."""
    with FakeOpenAI() as gone:
        dead_url = gone.base_url
    with FakeOpenAI() as good:
        good.default = completion(VALID)
        out = tmp_path / "out"
        result = cli(
            [dead_url, good.base_url], make_folder(tmp_path / "in", 6), "-o", out, "-j", "3"
        )
    assert result.exit_code == 0, result.stderr
    assert statuses(out) == ["accepted"] * 6
    assert good.count == 6
    assert "summarizer: error:" not in result.stderr


def test_a_server_that_fails_mid_run_hands_its_work_to_the_other(tmp_path: Path) -> None:
    with FakeOpenAI() as flaky, FakeOpenAI() as good:
        flaky.script(completion(VALID), completion(VALID))
        flaky.default = reset_mid_body()  # then the connection breaks on every request
        good.default = InFlight().behaviour(LATENCY, completion(VALID))
        out = tmp_path / "out"
        result = cli(
            [flaky.base_url, good.base_url], make_folder(tmp_path / "in", 10), "-o", out, "-j", "2"
        )
    assert result.exit_code == 0, result.stderr
    assert statuses(out) == ["accepted"] * 10
    assert flaky.count <= 2 + 2 * PROVIDER_OPTIONS["max_attempts"]
    assert good.count >= 8


# --------------------------------------------------------------------------- local backend


def test_local_backend_with_jobs_says_it_serialises(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """--backend local -j 3 says on stderr that it answers one request at a time, and its
    one llama.cpp slot (here a loopback fake standing in for it) never sees two at once."""
    pytest.importorskip("xllamacpp")
    from summarizer.providers import local

    counter = InFlight()
    with FakeOpenAI() as server:
        server.default = counter.behaviour(0.05, completion(VALID))

        class Server:
            listening_address = f"http://127.0.0.1:{server.port}"

        class Local(local.LocalProvider):
            def __init__(self, **kw: Any) -> None:
                super().__init__(**kw, server_factory=lambda params: Server())

        monkeypatch.setattr(local, "LocalProvider", Local)
        gguf = tmp_path / "tiny.gguf"
        gguf.write_bytes(b"GGUF" + b"\x03\x00\x00\x00" + b"\x00" * 24)
        argv = ["summarize", str(make_folder(tmp_path / "in", 4)), "-o", str(tmp_path / "out"),
                "--backend", "local", "--model-path", str(gguf), "-j", "3", "--no-cache"]  # fmt: skip
        result = CliRunner().invoke(app, argv, catch_exceptions=False)
    assert result.exit_code == 0, result.stderr
    assert "the local backend answers one request at a time" in result.stderr
    assert "--jobs 3 overlaps reading, checking and writing only" in result.stderr
    assert server.count == 4 and counter.peak == 1


def test_stemming_is_thread_safe() -> None:
    """Eight threads stemming new words at once must get what one thread gets."""
    import random

    import snowballstemmer  # type: ignore[import-untyped]

    from summarizer.guards.text import stem

    rng = random.Random(12)
    words = [
        "".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(rng.randint(4, 12)))
        + rng.choice(["ing", "ed", "ations", "ness", "ly", "s"])
        for _ in range(40_000)
    ]
    got: dict[str, str] = {}
    errors: list[BaseException] = []

    def work(chunk: list[str]) -> None:
        for word in chunk:
            try:
                got[word] = stem(word)
            except Exception as exc:
                errors.append(exc)

    threads = [threading.Thread(target=work, args=(words[i::8],)) for i in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    reference = snowballstemmer.stemmer("english")
    assert not errors
    assert all(got[w] == reference.stemWord(w) for w in got)
