"""``summarize()``: orchestration only.

segment → select → render → call → parse → guard → repair → result, in one of two modes:

- ``evidence`` (default, :mod:`.staged`): the article's sentences are tagged and ranked,
  and the model restates the selected ones by ID. Quotes are exact by construction.
- ``full`` (:mod:`.full`): the model reads the article (withheld sentences masked) and
  quotes it verbatim; for capable endpoints.

Token usage is summed over every call, on success and on failure. Guard failures are data
in the result; exceptions are for bad input and backend failures.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Literal

from ..errors import BackendError, UsageError
from ..evidence import segment
from ..guards import GuardConfig, LLMJudge
from ..models import PromptInfo, SummaryResult, Usage
from ..prompting import TEMPLATE_SET, prompt_sha256
from ..providers import ChatRequest, Completion, Provider, ProviderJudge, make_provider
from ..source import Source, from_text
from . import full, outcome, staged
from .outcome import OnFail, Provenance, Run, finish

Mode = Literal["evidence", "full"]
MODES: tuple[Mode, ...] = ("evidence", "full")
Restate = Literal["each", "batch"]

__all__ = ["MODES", "Mode", "OnFail", "Settings", "Summarizer", "summarize"]


@dataclass(frozen=True)
class Settings:
    """Mode, sampling, repair budget and failure policy for one summarizer (immutable)."""

    mode: Mode = "evidence"
    #: Evidence mode: restate every item in its own small call ("each", measured best for
    #: the embedded model), or all in one call citing sentence IDs ("batch").
    restate: Restate = "each"
    temperature: float = 0.0
    seed: int | None = 0
    max_tokens: int = 2000
    max_claims: int = 5
    max_caveats: int = 2
    max_quotes: int = 2
    max_attempts: int = 3
    token_budget: int = 60_000
    on_fail: OnFail = "reject"
    guards: GuardConfig = field(default_factory=GuardConfig)

    def describe(self) -> dict[str, str | int | float | bool | None]:
        """Flat form for results and cache keys."""
        return {
            "mode": self.mode,
            "restate": self.restate,
            "temperature": self.temperature,
            "seed": self.seed,
            "max_tokens": self.max_tokens,
            "max_claims": self.max_claims,
            "max_caveats": self.max_caveats,
            "max_quotes": self.max_quotes,
            "max_attempts": self.max_attempts,
            "token_budget": self.token_budget,
            "on_fail": self.on_fail,
            **self.effective_guards.describe(),
        }

    @property
    def effective_guards(self) -> GuardConfig:
        """The guards this mode runs: evidence mode also forbids items that copy their
        sentence, since restating in fewer words is its whole job."""
        if self.mode == "evidence" and not self.guards.forbid_copies:
            return replace(self.guards, forbid_copies=True)
        return self.guards


class Summarizer:
    """A configured summarizer: a provider plus settings. Reuse it for many articles."""

    def __init__(
        self,
        backend: str | None = None,
        *,
        provider: Provider | None = None,
        settings: Settings | None = None,
        raise_on_reject: bool = False,
        judge: LLMJudge | None = None,
        **provider_options: Any,
    ) -> None:
        self.provider = provider or make_provider(backend, **provider_options)
        self._settings = settings or Settings()
        if self._settings.mode not in MODES:
            raise UsageError(f"unknown mode {self._settings.mode!r}; choose one of {', '.join(MODES)}")
        self.raise_on_reject = raise_on_reject
        #: The judge passed in, or (with ``guards.judge``) one over this summarizer's own
        #: backend. It is stateless, so it is safe under ``--jobs``.
        if judge is None and self._settings.guards.judge:
            judge = LLMJudge(ProviderJudge(self.provider))
        self.judge = judge
        self._owns_provider = True

    @property
    def settings(self) -> Settings:
        """The settings every call uses (immutable; see :meth:`with_settings`)."""
        return self._settings

    def with_settings(self, settings: Settings) -> Summarizer:
        """A summarizer with other settings over the same backend (which this one still owns)."""
        other = Summarizer(
            provider=self.provider,
            settings=settings,
            raise_on_reject=self.raise_on_reject,
            judge=self.judge,
        )
        other._owns_provider = False
        return other

    def describe_settings(self) -> dict[str, str | int | float | bool | None]:
        """The settings as recorded in results and cache keys (with the judge's model)."""
        return {**self.settings.describe(), "judge": self.judge.describe() if self.judge else None}

    def __enter__(self) -> Summarizer:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Release the backend (stops a local server), unless it is borrowed."""
        if self._owns_provider:
            self.provider.close()

    def call(self, request: ChatRequest, run: Run, number: int) -> Completion:
        """One model call; a backend error carries the whole run's usage and call count."""
        try:
            return self.provider.complete(request)
        except BackendError as exc:
            exc.context["usage"] = run.usage + exc.context.get("usage", Usage())
            exc.context["model_calls"] = number
            exc.context.setdefault("attempts", number)
            raise

    def summarize(self, article: str | Source, *, name: str = "<text>") -> SummaryResult:
        """Summarise one article; guard failures are data in the result (or raise on request)."""
        started = outcome.clock()
        source = article if isinstance(article, Source) else from_text(article, name=name)
        s = self.settings
        run = Run()
        sentences = segment(source.text)
        if s.mode == "full":
            full.generate(self, source, sentences, run)
        else:
            staged.generate(self, source.text, sentences, run)
        return finish(
            source,
            run,
            on_fail=s.on_fail,
            guards=s.effective_guards,
            judge=self.judge,
            provenance=Provenance(
                backend=self.provider.name,
                model=self.provider.model,
                prompt=PromptInfo(name=TEMPLATE_SET, sha256=prompt_sha256()),
                settings=self.describe_settings(),
            ),
            raise_on_reject=self.raise_on_reject,
            seconds=outcome.clock() - started,
        )


def summarize(
    text: str | Source | Path,
    *,
    backend: str | None = None,
    settings: Settings | None = None,
    raise_on_reject: bool = False,
    **provider_options: Any,
) -> SummaryResult:
    """Summarise one article (text, :class:`Source` or a path) with a one-off summarizer."""
    if isinstance(text, Path):
        from ..source import read_source

        text = read_source(text)
    if not isinstance(text, str | Source):
        raise UsageError("summarize() takes article text, a Source or a Path")
    with Summarizer(
        backend, settings=settings, raise_on_reject=raise_on_reject, **provider_options
    ) as s:
        return s.summarize(text)
