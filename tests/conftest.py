"""Shared test setup: no network except loopback, and an isolated model cache."""

from __future__ import annotations

import ipaddress
import socket
from collections.abc import Iterator
from typing import Any

import pytest

_real_connect = socket.socket.connect


def _is_loopback(address: Any) -> bool:
    if isinstance(address, tuple) and address:
        host = address[0]
        if host in ("localhost",):
            return True
        try:
            return ipaddress.ip_address(host).is_loopback
        except ValueError:
            return False
    return isinstance(address, str | bytes)  # AF_UNIX sockets are local


def _guarded_connect(self: socket.socket, address: Any) -> Any:
    if not _is_loopback(address):
        raise OSError(f"tests may not reach the network (tried {address!r})")
    return _real_connect(self, address)


@pytest.fixture(autouse=True)
def _no_network(
    monkeypatch: pytest.MonkeyPatch, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[None]:
    """Refuse every non-loopback connection; give each test its own result cache and run log."""
    monkeypatch.setattr(socket.socket, "connect", _guarded_connect)
    monkeypatch.setenv("SUMMARIZER_RESULTS_CACHE", str(tmp_path_factory.mktemp("results")))
    monkeypatch.setenv("SUMMARIZER_LOG", str(tmp_path_factory.mktemp("runlog") / "runs.db"))
    monkeypatch.delenv("SUMMARIZER_NO_LOG", raising=False)
    monkeypatch.delenv("OPENAI_API_KEY", raising=False)
    monkeypatch.delenv("OPENAI_BASE_URL", raising=False)
    # Results record wall time; a fixed clock keeps outputs byte-comparable between runs.
    monkeypatch.setattr("summarizer.pipeline.outcome.clock", lambda: 0.0)
    yield


@pytest.fixture
def full_article_mode(monkeypatch: pytest.MonkeyPatch) -> None:
    """CLI runs use the full-article mode (for tests whose hand-written responses are whole
    summaries in the contract schema rather than evidence-first restatements)."""
    monkeypatch.setenv("SUMMARIZER_MODE", "full")
