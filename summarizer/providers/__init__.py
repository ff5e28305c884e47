"""Backends behind one :class:`Provider` interface, and how one is chosen.

Selection (:func:`make_provider`): an explicit ``backend`` wins; otherwise ``openai`` when
a base URL or ``OPENAI_BASE_URL`` is configured, or ``OPENAI_API_KEY`` is set; otherwise
the embedded ``local`` model.

Several base URLs (a comma-separated string or a list) make a
:class:`~.pool.PoolProvider` over one OpenAI-compatible provider per URL.
"""

from __future__ import annotations

import os
from collections.abc import Mapping, Sequence
from pathlib import Path

from ..errors import UsageError
from .base import ChatRequest, Completion, Provider, ProviderJudge, estimate_tokens

BACKENDS = ("local", "openai", "replay")
DEFAULT_OPENAI_MODEL = "gpt-4o-mini"

__all__ = [
    "BACKENDS",
    "ChatRequest",
    "Completion",
    "Provider",
    "ProviderJudge",
    "choose_backend",
    "estimate_tokens",
    "make_provider",
    "split_urls",
]


def choose_backend(
    backend: str | None,
    *,
    base_url: str | Sequence[str] | None = None,
    env: Mapping[str, str] | None = None,
) -> str:
    """Which backend to use when ``backend`` is None (see the module docstring)."""
    env = os.environ if env is None else env
    if backend:
        if backend not in BACKENDS:
            raise UsageError(f"unknown backend {backend!r}; choose one of {', '.join(BACKENDS)}")
        return backend
    if base_url or env.get("OPENAI_BASE_URL") or env.get("OPENAI_API_KEY"):
        return "openai"
    return "local"


def make_provider(
    backend: str | None = None,
    *,
    model: str | None = None,
    base_url: str | Sequence[str] | None = None,
    api_key: str | None = None,
    model_path: str | Path | None = None,
    recording: str | Path | None = None,
    replay_match: str = "key",
    timeout: float | None = None,
    env: Mapping[str, str] | None = None,
) -> Provider:
    """Build the provider for ``backend`` (or the one :func:`choose_backend` picks)."""
    env = os.environ if env is None else env
    chosen = choose_backend(backend, base_url=base_url, env=env)
    if chosen == "replay":
        from .replay import ReplayProvider

        if recording is None:
            raise UsageError("the replay backend needs a recording (--recording FILE|DIR)")
        return ReplayProvider(recording, match=replay_match)
    if chosen == "local":
        from .local import LocalProvider

        return LocalProvider(model_path=model_path, model=model, timeout=timeout or 900.0)
    from .openai_compat import OpenAICompatProvider

    urls: list[str | None] = [*split_urls(base_url or env.get("OPENAI_BASE_URL") or None)]
    key = api_key or env.get("OPENAI_API_KEY")
    if not key and not urls:
        raise UsageError(
            "the openai backend needs OPENAI_API_KEY (or --base-url for a local server)"
        )
    members = [
        OpenAICompatProvider(
            model=model or env.get("SUMMARIZER_MODEL") or DEFAULT_OPENAI_MODEL,
            base_url=url,
            api_key=key,
            timeout=timeout or 120.0,
        )
        for url in urls or [None]
    ]
    if len(members) == 1:
        return members[0]
    from .pool import PoolProvider

    return PoolProvider(members)


def split_urls(base_url: str | Sequence[str] | None) -> list[str]:
    """The base URLs in ``base_url``: one string, a comma-separated string, or a list of
    either (blank entries dropped; a single URL is returned exactly as given)."""
    if not base_url:
        return []
    items = [base_url] if isinstance(base_url, str) else list(base_url)
    urls: list[str] = []
    for item in items:
        if "," in item:
            urls.extend(part.strip() for part in item.split(",") if part.strip())
        elif item.strip():
            urls.append(item)
    return urls
