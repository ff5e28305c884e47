"""A result cache so that re-running a batch skips work already done.

Results are keyed by everything that determines them: the article's SHA-256, the
backend and model, the prompt template hash, the schema hash, and the settings
(sampling, re-ask budget, failure policy and guard configuration). Entries are
written atomically; a corrupt entry is ignored and recomputed, never trusted.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Mapping
from pathlib import Path

from pydantic import ValidationError

from ..files import write_atomic
from ..models import Status, SummaryResult
from ..prompting import prompt_sha256
from ..schema import schema_sha256


def default_cache_dir() -> Path:
    """``$SUMMARIZER_RESULTS_CACHE``, else ``results/`` in the user cache dir."""
    if env := os.environ.get("SUMMARIZER_RESULTS_CACHE"):
        return Path(env)
    import platformdirs

    return Path(platformdirs.user_cache_dir("summarizer")) / "results"


def cache_key(article_sha256: str, backend: str, model: str, settings: Mapping[str, object]) -> str:
    """The SHA-256 of every input that determines a result."""
    payload = {
        "article": article_sha256,
        "backend": backend,
        "model": model,
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
