"""Any OpenAI-compatible chat endpoint (OpenAI, Ollama, vLLM, llama.cpp) through the
official ``openai`` client. The only module besides :mod:`.local` that touches the SDK.

* Structured outputs (``json_schema``, strict). A server that rejects ``json_schema`` gets
  ``json_object`` plus the schema in the prompt; the completion records which was used.
* Transport failures (timeouts, connection errors, 429 honouring Retry-After, 5xx) are
  retried by tenacity with exponential backoff and jitter, bounded by attempts and total
  time. The client's own retries are off so the two never multiply. Transport errors
  never reach a prompt: they end as a :class:`~summarizer.errors.BackendError`.
* Every SDK exception is mapped to our error tree in :func:`map_error`.
"""

from __future__ import annotations

import json
import time
import urllib.parse
from collections.abc import Callable
from email.utils import parsedate_to_datetime
from typing import Any

import openai
from openai.types.chat import ChatCompletion
from tenacity import (
    RetryCallState,
    Retrying,
    retry_if_exception,
    stop_after_attempt,
    stop_after_delay,
    stop_any,
    wait_random_exponential,
)
from tenacity.stop import stop_base

from ..errors import (
    AuthenticationFailed,
    BackendError,
    BackendUnavailable,
    BadResponse,
    RateLimited,
)
from ..models import Usage
from ..prompting import Message
from .base import ChatRequest, Completion

#: SDK exceptions that are worth another try, in the order the client raises them.
RETRYABLE = (
    openai.APITimeoutError,
    openai.APIConnectionError,
    openai.RateLimitError,
    openai.InternalServerError,
)
_MAX_RETRY_AFTER = 60.0
#: No tokenizer emits more characters per token than this; a longer answer cannot be what
#: ``max_tokens`` allowed (a broken or hostile endpoint), and the guards' cost grows with
#: the text, so it is refused before anyone parses it.
_MAX_CHARS_PER_TOKEN = 32
_MIN_CHAR_LIMIT = 65_536


def _retry_after_seconds(exc: BaseException) -> float | None:
    headers = getattr(getattr(exc, "response", None), "headers", None)
    if headers is None:
        return None
    if (ms := headers.get("retry-after-ms")) is not None:
        try:
            return max(0.0, float(ms) / 1000)
        except ValueError:
            pass
    value = headers.get("retry-after")
    if value is None:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        try:
            return max(0.0, parsedate_to_datetime(value).timestamp() - time.time())
        except (TypeError, ValueError):
            return None


class _StopWhen(stop_base):
    """A tenacity stop condition from a predicate (composable with ``stop_any``)."""

    def __init__(self, predicate: Callable[[RetryCallState], bool]) -> None:
        self.predicate = predicate

    def __call__(self, retry_state: RetryCallState) -> bool:
        return self.predicate(retry_state)


def _is_retryable(exc: BaseException) -> bool:
    if isinstance(exc, openai.APIStatusError) and exc.status_code in (502, 503, 504, 500, 429):
        return True
    return isinstance(exc, RETRYABLE)


def map_error(exc: BaseException, *, provider: str, attempts: int = 1) -> BackendError:
    """Map one SDK or transport exception to our error tree (one line, no secrets)."""
    where = f"{provider} backend"
    if isinstance(exc, openai.APITimeoutError):
        return BackendUnavailable(
            f"{where}: request timed out after {attempts} attempt(s)",
            provider=provider,
            attempts=attempts,
        )
    if isinstance(exc, openai.APIConnectionError):
        cause = exc.__cause__ or exc
        return BackendUnavailable(
            f"{where}: cannot connect ({type(cause).__name__}) after {attempts} attempt(s)",
            provider=provider, attempts=attempts,
        )  # fmt: skip
    if isinstance(exc, openai.RateLimitError):
        return RateLimited(
            f"{where}: rate limited (HTTP 429) after {attempts} attempt(s)",
            provider=provider,
            attempts=attempts,
        )
    if isinstance(exc, openai.AuthenticationError | openai.PermissionDeniedError):
        return AuthenticationFailed(
            f"{where}: the endpoint refused the API key (HTTP {exc.status_code}); "
            "check OPENAI_API_KEY", provider=provider, attempts=attempts,
        )  # fmt: skip
    if isinstance(exc, openai.NotFoundError):
        return BadResponse(
            f"{where}: not found (HTTP 404); check --model and --base-url",
            provider=provider,
            attempts=attempts,
        )
    if isinstance(exc, openai.APIStatusError):
        kind = BackendUnavailable if exc.status_code >= 500 else BadResponse
        return kind(
            f"{where}: HTTP {exc.status_code} after {attempts} attempt(s)",
            provider=provider,
            attempts=attempts,
        )
    if isinstance(exc, openai.APIResponseValidationError | json.JSONDecodeError):
        return BadResponse(
            f"{where}: the response body is not a valid chat completion",
            provider=provider,
            attempts=attempts,
        )
    if isinstance(exc, openai.OpenAIError):
        return BackendError(f"{where}: {type(exc).__name__}", provider=provider, attempts=attempts)
    return BackendError(
        f"{where}: unexpected {type(exc).__name__}", provider=provider, attempts=attempts
    )


def _schema_rejected(exc: openai.BadRequestError) -> bool:
    text = str(exc).lower()
    return any(word in text for word in ("response_format", "json_schema", "schema", "grammar"))


def _json_object_messages(request: ChatRequest) -> list[dict[str, str]]:
    schema = json.dumps(request.schema, ensure_ascii=False, sort_keys=True)
    note = Message(
        "system",
        "Answer with one JSON object only, no prose, valid against this JSON Schema:\n" + schema,
    )
    return [m.as_dict() for m in (*request.messages, note)]


def chat_body(model: str, request: ChatRequest, *, use_schema: bool = True) -> dict[str, Any]:
    """The chat-completions body for ``request``: structured outputs (strict ``json_schema``)
    when ``use_schema``, else ``json_object`` with the schema in the prompt."""
    body: dict[str, Any] = {
        "model": model,
        "temperature": request.temperature,
        "max_tokens": request.max_tokens,
    }
    if request.seed is not None:
        body["seed"] = request.seed
    if request.schema is None:
        body["messages"] = [m.as_dict() for m in request.messages]
    elif use_schema:
        body["messages"] = [m.as_dict() for m in request.messages]
        body["response_format"] = {
            "type": "json_schema",
            "json_schema": {"name": request.schema_name, "schema": request.schema, "strict": True},
        }
    else:
        body["messages"] = _json_object_messages(request)
        body["response_format"] = {"type": "json_object"}
    return body


class OpenAICompatProvider:
    """Chat completions against an OpenAI-compatible endpoint, with bounded retries."""

    name = "openai"
    supports_schema = True
    needs_key = True

    def __init__(
        self,
        *,
        model: str,
        base_url: str | None = None,
        api_key: str | None = None,
        timeout: float = 120.0,
        max_attempts: int = 4,
        max_total_seconds: float = 300.0,
        wait_max: float = 8.0,
        context_tokens: int | None = None,
        name: str = "openai",
        extra_body: dict[str, Any] | None = None,
    ) -> None:
        self.name = name
        self.extra_body = dict(extra_body or {})
        self.model = model
        self.context_tokens = context_tokens
        self.max_attempts = max_attempts
        self.max_total_seconds = max_total_seconds
        self.wait_max = wait_max
        self._json_schema_ok = True
        self._secret = api_key or ""
        #: The endpoint without credentials (part of cache keys); None for OpenAI itself.
        self.base_url = _public_url(base_url)
        self._client = openai.OpenAI(
            base_url=base_url,
            api_key=api_key or "unused",
            timeout=openai.Timeout(timeout, connect=min(10.0, timeout)),
            max_retries=0,
        )

    @property
    def client(self) -> openai.OpenAI:
        """The configured SDK client (the Batch API path uploads files through it)."""
        return self._client

    def batch_body(self, request: ChatRequest) -> dict[str, Any]:
        """The request body the synchronous path would send, for a Batch API input line."""
        return {**chat_body(self.model, request), **self.extra_body}

    def parse_body(self, body: dict[str, Any], max_tokens: int) -> Completion:
        """A chat completion body (a Batch API result line's) as a :class:`Completion`,
        checked exactly as a synchronous answer is."""
        try:
            response = ChatCompletion.model_validate(body)
        except Exception as exc:
            raise BadResponse(
                f"{self.name} backend: a batch result is not a valid chat completion",
                provider=self.name,
            ) from exc
        return self._to_completion(response, "json_schema", max_tokens)

    def describe(self) -> dict[str, Any]:
        """Facts for recordings; never the key or the URL's credentials."""
        return {"backend": self.name, "model": self.model}

    def close(self) -> None:
        """Close the HTTP connection pool."""
        self._client.close()

    def _scrub(self, exc: BaseException) -> BaseException:
        """Remove the API key from an SDK exception we chain as ``__cause__`` (a server may
        echo the key in its error message, and tracebacks and ``logger.exception`` print
        the whole chain)."""
        key = self._secret
        if len(key) < 8:
            return exc
        exc.args = tuple(
            a.replace(key, "<redacted>") if isinstance(a, str) else a for a in exc.args
        )
        if isinstance(getattr(exc, "message", None), str):
            exc.message = exc.message.replace(key, "<redacted>")  # type: ignore[attr-defined]
        body = getattr(exc, "body", None)
        if body is not None and key in repr(body):
            exc.body = "<redacted>"  # type: ignore[attr-defined]
        return exc

    def _remaining(self, state: RetryCallState) -> float:
        return self.max_total_seconds - (time.monotonic() - state.start_time)

    def _wait(self, state: RetryCallState) -> float:
        exc = state.outcome.exception() if state.outcome else None
        hinted = _retry_after_seconds(exc) if exc else None
        backoff = wait_random_exponential(multiplier=0.5, max=self.wait_max)(state)
        wait = min(hinted, _MAX_RETRY_AFTER) if hinted is not None else backoff
        return max(0.0, min(wait, self._remaining(state)))

    def _hint_exceeds_budget(self, state: RetryCallState) -> bool:
        """Stop now when the server asks us to wait longer than the time left: sleeping out
        the budget only to try once more past it would break the total-time bound."""
        exc = state.outcome.exception() if state.outcome else None
        hinted = _retry_after_seconds(exc) if exc else None
        return hinted is not None and min(hinted, _MAX_RETRY_AFTER) >= self._remaining(state)

    def _call(self, request: ChatRequest, use_schema: bool) -> Any:
        kwargs = chat_body(self.model, request, use_schema=use_schema)
        if self.extra_body:
            kwargs["extra_body"] = self.extra_body
        return self._client.chat.completions.create(**kwargs)

    def _with_retries(self, request: ChatRequest, use_schema: bool) -> Any:
        retrying = Retrying(
            retry=retry_if_exception(_is_retryable),
            stop=stop_any(
                stop_after_attempt(self.max_attempts),
                stop_after_delay(self.max_total_seconds),
                _StopWhen(self._hint_exceeds_budget),
            ),
            wait=self._wait,
            reraise=True,
        )
        attempts = 0
        try:
            for attempt in retrying:
                with attempt:
                    attempts += 1
                    return self._call(request, use_schema)
        except openai.BadRequestError:
            raise
        except Exception as exc:
            raise map_error(exc, provider=self.name, attempts=attempts) from self._scrub(exc)
        raise BackendError(f"{self.name} backend: no attempt was made", provider=self.name)

    def complete(self, request: ChatRequest) -> Completion:
        """One completion, retried on transport failures; falls back to ``json_object``."""
        use_schema = self._json_schema_ok and request.schema is not None
        try:
            response = self._with_retries(request, use_schema)
        except openai.BadRequestError as exc:
            if not (use_schema and _schema_rejected(exc)):
                raise map_error(exc, provider=self.name) from self._scrub(exc)
            self._json_schema_ok = False
            use_schema = False
            try:
                response = self._with_retries(request, use_schema=False)
            except openai.BadRequestError as exc2:
                raise map_error(exc2, provider=self.name) from self._scrub(exc2)
        return self._to_completion(
            response, "json_schema" if use_schema else "json_object", request.max_tokens
        )

    def _to_completion(self, response: Any, response_format: str, max_tokens: int) -> Completion:
        usage = getattr(response, "usage", None)
        counted = Usage(
            prompt_tokens=int(getattr(usage, "prompt_tokens", 0) or 0),
            completion_tokens=int(getattr(usage, "completion_tokens", 0) or 0),
            total_tokens=int(getattr(usage, "total_tokens", 0) or 0),
            cached_tokens=_cached_tokens(response, usage),
        )
        choices = getattr(response, "choices", None) or []
        if not choices:
            raise BadResponse(
                f"{self.name} backend: the response has no choices",
                provider=self.name,
                usage=counted,
            )
        choice = choices[0]
        message = getattr(choice, "message", None)
        text = getattr(message, "content", None)
        limit = max(_MIN_CHAR_LIMIT, _MAX_CHARS_PER_TOKEN * max_tokens)
        if isinstance(text, str) and len(text) > limit:
            raise BadResponse(
                f"{self.name} backend: the answer is {len(text):,} characters, more than "
                f"max_tokens={max_tokens:,} allows; refusing to parse it",
                provider=self.name,
                usage=counted,
            )
        return Completion(
            text=text,
            finish_reason=getattr(choice, "finish_reason", None),
            usage=counted,
            model=self.model,
            response_format=response_format,
            refusal=getattr(message, "refusal", None),
        )


def _cached_tokens(response: Any, usage: Any) -> int:
    """Prompt tokens served from the server's cache: OpenAI's
    ``usage.prompt_tokens_details.cached_tokens``, else llama.cpp's ``timings.cache_n``."""
    details = getattr(usage, "prompt_tokens_details", None)
    cached = getattr(details, "cached_tokens", None) if details is not None else None
    if cached is None and isinstance(details, dict):
        cached = details.get("cached_tokens")
    if cached is None:
        timings = getattr(response, "timings", None)
        if timings is None and getattr(response, "model_extra", None):
            timings = response.model_extra.get("timings")
        if isinstance(timings, dict):
            cached = timings.get("cache_n")
    try:
        return max(0, int(cached or 0))
    except (TypeError, ValueError):
        return 0


def _public_url(url: str | None) -> str | None:
    """``url`` without user, password or query (which may carry a key)."""
    if not url:
        return None
    parts = urllib.parse.urlsplit(url)
    host = parts.hostname or ""
    netloc = f"{host}:{parts.port}" if parts.port else host
    return urllib.parse.urlunsplit((parts.scheme, netloc, parts.path, "", ""))
