"""A result cache so that re-running a batch skips work already done.

Results are keyed by everything that determines them: the article's SHA-256, the package
version, the backend, model, base URL and model file hash, the prompt template hash, the
schema hash, and the settings (mode, sampling, repair budget, failure policy and guard
configuration). Entries are written atomically; a corrupt entry is ignored and recomputed,
never trusted. A hit is re-checked by the current guards before it is served
(:func:`still_valid`): a guard fixed since the entry was written never serves a stale
verdict.
"""

from __future__ import annotations

import hashlib
import importlib.metadata
import json
import os
from collections.abc import Mapping
from pathlib import Path

from pydantic import ValidationError

from ..files import write_atomic
from ..guards import GuardConfig, evaluate
from ..models import Status, SummaryResult
from ..prompting import prompt_sha256
from ..schema import schema_sha256


def default_cache_dir() -> Path:
    """``$SUMMARIZER_RESULTS_CACHE``, else ``results/`` in the user cache dir."""
    if env := os.environ.get("SUMMARIZER_RESULTS_CACHE"):
        return Path(env)
    import platformdirs

    return Path(platformdirs.user_cache_dir("summarizer")) / "results"


def package_version() -> str:
    """The installed summarizer version ('unknown' from a bare source tree)."""
    try:
        return importlib.metadata.version("summarizer")
    except importlib.metadata.PackageNotFoundError:
        return "unknown"


def cache_key(
    article_sha256: str,
    backend: str,
    model: str,
    settings: Mapping[str, object],
    *,
    base_url: str | None = None,
    model_sha256: str | None = None,
) -> str:
    """The SHA-256 of every input that determines a result."""
    payload = {
        "article": article_sha256,
        "version": package_version(),
        "backend": backend,
        "model": model,
        "base_url": base_url,
        "model_sha256": model_sha256,
        "prompt": prompt_sha256(),
        "schema": schema_sha256(),
        "settings": settings,
    }
    return hashlib.sha256(json.dumps(payload, sort_keys=True).encode()).hexdigest()


class ResultCache:
    """Accepted and rejected results on disk, one JSON file per key."""

    def __init__(self, root: Path) -> None:
        self.root = root

    def _path(self, key: str) -> Path:
        return self.root / key[:2] / f"{key}.json"

    def get(self, key: str) -> SummaryResult | None:
        """The cached result, or None (missing or unreadable)."""
        path = self._path(key)
        try:
            return SummaryResult.model_validate_json(path.read_text(encoding="utf-8"))
        except (OSError, ValidationError, ValueError):
            return None

    def put(self, key: str, result: SummaryResult) -> None:
        """Store a final result; failed runs are not cached, so they are retried next time."""
        if result.status is not Status.FAILED:
            write_atomic(self._path(key), result.model_dump_json())


def still_valid(result: SummaryResult, text: str, guards: GuardConfig) -> bool:
    """True when the current guards give ``result``'s summary the same verdicts it holds."""
    if result.summary is None:
        return result.status is not Status.ACCEPTED
    now = evaluate(result.summary, text, guards)
    before = [(i.path, i.accepted, [r.code for r in i.issues]) for i in result.items]
    after = [(i.path, i.accepted, [r.code for r in i.issues]) for i in now.items]
    return before == after and (result.status is Status.ACCEPTED) == now.accepted
