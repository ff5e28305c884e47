"""Summaries through OpenAI's Batch API: submit, status, collect (the guards run at collect).

The pipeline is not rewritten for batches. Each article is run through the same
:class:`~summarizer.pipeline.Summarizer` over a backend that serves the answers collected so
far (:class:`~summarizer.providers.batch_api.CollectedAnswers`) and *defers* the first request it has no answer for. Submitting runs
every article until it defers: that request goes into round 1. Collecting runs every
article again over the downloaded answers: it ends with a guarded result, or defers a
repair request into the next round (a follow-up batch), or, with ``repair_now``, sends the
repair synchronously. Attempt and token budgets are the pipeline's own, so they bound both.

Everything is resumable from the state folder (:mod:`.batch_state`): request files are
written before their batches are created, a batch is found by its metadata before another
is made, result files are saved before they are used, and the state is saved after every
step and on interrupt. A collect cut off and run again loses and duplicates nothing.
"""

from __future__ import annotations

import sys
import uuid
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from ..errors import SummarizerError, UsageError
from ..files import Input, discover, write_atomic
from ..models import Status, SummaryResult, Usage
from ..pipeline import MODES, Settings, Summarizer
from ..prompting import prompt_sha256
from ..providers import ChatRequest, Completion, Provider
from ..providers.batch_api import (
    BATCH_PRICES,
    MAX_BYTES,
    MAX_REQUESTS,
    BatchAPI,
    BatchInfo,
    CollectedAnswers,
    Deferred,
    ResultLine,
    cost_usd,
    open_batch_api,
    split_lines,
)
from ..report import render
from ..source import read_source
from . import batch_state as bs
from .batch import one_line, output_names, target_path
from .log import RunLog

#: Exit code of ``collect`` while an article still waits on a batch (run collect again).
EXIT_PENDING = 4
Echo = Callable[[str], None]


def _stderr(line: str) -> None:
    print(line, file=sys.stderr)


@dataclass(frozen=True)
class CollectReport:
    """What one collect did: article tallies and the exit code."""

    tally: dict[str, int]
    exit_code: int
    new_batches: list[str]


class BatchRun:
    """One Batch API run, kept in a state folder."""

    def __init__(self, folder: Path, state: bs.RunState, api: BatchAPI, *, echo: Echo = _stderr) -> None:
        self.folder = folder
        self.state = state
        self.api = api
        self.echo = echo
        self.settings = bs.settings_from_dict(state.settings)

    # ------------------------------------------------------------------ opening

    @classmethod
    def submit(
        cls,
        paths: Sequence[str],
        *,
        folder: str | Path = "summarizer-batch",
        model: str,
        settings: Settings | None = None,
        base_url: str | None = None,
        api_key: str | None = None,
        prices: tuple[float, float] | None = None,
        max_requests: int = MAX_REQUESTS,
        max_bytes: int = MAX_BYTES,
        echo: Echo = _stderr,
    ) -> BatchRun:
        """Write round 1's requests for every article, upload them and create the batches."""
        settings = settings or Settings(mode="full")
        _check_settings(settings)
        root = Path(folder)
        if (root / bs.STATE_FILE).exists():
            raise UsageError(f"{root} already holds a batch run; collect it, or give another --state")
        found = discover(paths, skip=[root], echo=echo)
        articles = []
        for item in found:
            source = read_source(item.path)  # bad input stops the submit before anything is sent
            articles.append(bs.ArticleState(path=item.path, name=item.name, sha256=source.sha256))
        api = open_batch_api(model, base_url=base_url, api_key=api_key)
        state = bs.RunState(
            run_id=uuid.uuid4().hex,
            created=datetime.now(UTC).isoformat(timespec="seconds"),
            model=api.provider.model,
            base_url=api.provider.base_url,
            prompt_sha256=prompt_sha256(),
            settings=bs.settings_to_dict(settings),
            prices=prices or BATCH_PRICES.get(api.provider.model),
            max_requests=max_requests,
            max_bytes=max_bytes,
            articles=articles,
        )
        run = cls(root, state, api, echo=echo)
        requests = []
        for number, article in enumerate(state.articles):
            request = run._first_request(number, article)
            if request is not None:
                requests.append((bs.custom_id(number, 1), request))
        run._write_round(1, requests)
        run._create_batches()
        return run

    @classmethod
    def open(
        cls, folder: str | Path = "summarizer-batch", *, base_url: str | None = None,
        api_key: str | None = None, echo: Echo = _stderr,
    ) -> BatchRun:  # fmt: skip
        """An existing run; the endpoint is ``base_url``, else the one it was submitted to."""
        root = Path(folder)
        state = bs.load(root)
        api = open_batch_api(state.model, base_url=base_url or state.base_url, api_key=api_key)
        return cls(root, state, api, echo=echo)

    def close(self) -> None:
        """Close the HTTP client."""
        self.api.provider.close()

    def __enter__(self) -> BatchRun:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ------------------------------------------------------------------ submitting

    def _summarizer(self, provider: Provider) -> Summarizer:
        return Summarizer(provider=provider, settings=self.settings)

    def _first_request(self, number: int, article: bs.ArticleState) -> ChatRequest | None:
        try:
            self._summarizer(CollectedAnswers(self.state.model, {})).summarize(read_source(article.path))
        except Deferred as deferred:
            return deferred.request
        return None  # finished without a model call (e.g. too little evidence): done at collect

    def _write_round(self, round_: int, requests: list[tuple[str, ChatRequest]]) -> None:
        """Record a round's requests (file first, then the state) before any batch exists."""
        lines = [self.api.line(cid, request) for cid, request in requests]
        write_atomic(self.folder / f"input-r{round_}.jsonl", b"".join(lines).decode())
        for cid, request in requests:
            article = self.state.owner(cid)
            article.requests[cid] = bs.RequestRef(key=request.key(), max_tokens=request.max_tokens)
            article.pending = [cid]
            article.round = round_
        self.state.rounds.append(round_)
        self._save()

    def _create_batches(self) -> list[str]:
        """Create every batch a written round still lacks; the IDs created."""
        made = []
        for round_ in self.state.rounds:
            lines = bs.read_lines(self.folder / f"input-r{round_}.jsonl")
            chunks = split_lines(lines, max_requests=self.state.max_requests, max_bytes=self.state.max_bytes)
            for part, chunk in enumerate(chunks, start=1):
                if any(b.round == round_ and b.part == part for b in self.state.batches):
                    continue
                meta = {"summarizer_run": self.state.run_id, "round": str(round_), "part": str(part)}
                info = self.api.find(meta)
                if info is None:
                    name = f"summarizer-{self.state.run_id[:12]}-r{round_}-p{part}.jsonl"
                    info = self.api.create(self.api.upload(name, b"".join(chunk)), meta)
                self.state.batches.append(
                    bs.BatchState(
                        id=info.id, round=round_, part=part, input_file_id=info.input_file_id,
                        custom_ids=[bs.line_id(line) for line in chunk], status=info.status,
                    )
                )  # fmt: skip
                self._save()
                made.append(info.id)
                self.echo(f"summarizer: batch {info.id}: round {round_} part {part}, {len(chunk)} request(s)")
        return made

    def _save(self) -> None:
        bs.save(self.folder, self.state)

    # ------------------------------------------------------------------ status

    def refresh(self, batch_id: str | None = None) -> list[bs.BatchState]:
        """Ask the API about every unfinished batch (or one); finished ones are downloaded."""
        self._create_batches()  # an interrupted submit or follow-up finishes first
        chosen = [b for b in self.state.batches if batch_id in (None, b.id)]
        if batch_id is not None and not chosen:
            raise UsageError(f"no batch {batch_id} in {self.folder}")
        for batch in chosen:
            if not batch.collected:
                self._update(batch, self.api.retrieve(batch.id))
        return chosen

    def cancel(self, batch_id: str | None = None) -> list[bs.BatchState]:
        """Cancel every unfinished batch (or one); what was done stays collectable."""
        chosen = [b for b in self.refresh(batch_id) if not b.collected]
        for batch in chosen:
            self._update(batch, self.api.cancel(batch.id))
        return chosen

    def _update(self, batch: bs.BatchState, info: BatchInfo) -> None:
        batch.status, batch.completed, batch.failed = info.status, info.completed, info.failed
        batch.errors = list(info.errors)
        if info.finished:
            for kind, file_id in (("output", info.output_file_id), ("errors", info.error_file_id)):
                if file_id:
                    write_atomic(self.folder / f"{batch.id}.{kind}.jsonl", self.api.download(file_id))
            usage = sum((r.completion.usage for r in self._lines(batch) if r.completion), Usage())
            batch.usage, batch.cost_usd = usage, cost_usd(usage, self.state.prices)
            batch.collected = True
        self._save()

    def _lines(self, batch: bs.BatchState) -> list[ResultLine]:
        limits = {}
        for cid in batch.custom_ids:
            if (ref := self.state.owner(cid).requests.get(cid)) is not None:
                limits[cid] = ref.max_tokens
        out: list[ResultLine] = []
        for kind in ("output", "errors"):
            path = self.folder / f"{batch.id}.{kind}.jsonl"
            if path.is_file():
                out.extend(r for r in self.api.results(path.read_text(encoding="utf-8"), limits) if r.custom_id in limits)
        return out

    # ------------------------------------------------------------------ collecting

    def collect(
        self,
        output: str = "-",
        *,
        fmt: str = "json",
        repair_now: Provider | None = None,
        log: RunLog | None = None,
    ) -> CollectReport:
        """Guard every article whose answers are in; defer repairs to a follow-up batch (or
        send them to ``repair_now``); write results; save the state."""
        if self.state.prompt_sha256 != prompt_sha256():
            raise UsageError(
                "the prompts changed since this run was submitted; collect it with the "
                "summarizer version that submitted it"
            )
        self.refresh()
        answers, failures = self._answers()
        names = output_names([Input(a.path, a.name) for a in self.state.articles], fmt)
        follow: list[tuple[str, ChatRequest]] = []
        try:
            for number, article in enumerate(self.state.articles):
                if article.status != "waiting":
                    continue
                ready = self._ready(article, answers, failures)
                if ready:
                    request = self._finish(number, article, answers, repair_now, output, fmt, names, log)
                    if request is not None:
                        follow.append((bs.custom_id(number, max(self.state.rounds) + 1), request))
        finally:
            self._save()
        new: list[str] = []
        if follow:
            self._write_round(max(self.state.rounds) + 1, follow)
            new = self._create_batches()
            self.echo(f"summarizer: {len(follow)} article(s) need a repair round; run collect again when it is done")
        return self._report(new)

    def _answers(self) -> tuple[dict[str, Completion], dict[str, str]]:
        answers: dict[str, Completion] = {}
        failures: dict[str, str] = {}
        for batch in self.state.batches:
            if not batch.collected:
                continue
            for line in self._lines(batch):
                if line.completion is not None:
                    answers[line.custom_id] = line.completion
                else:
                    failures[line.custom_id] = line.error or "error"
            why = {"expired": "the batch expired first", "cancelled": "the batch was cancelled"}
            for cid in batch.custom_ids:
                if cid not in answers and cid not in failures:
                    detail = "; ".join(batch.errors) or why.get(batch.status, f"batch {batch.status}")
                    failures[cid] = f"no result ({detail})"
        return answers, failures

    def _ready(self, article: bs.ArticleState, answers: dict[str, Completion], failures: dict[str, str]) -> bool:
        for cid in article.pending:
            if cid in failures:
                batch = self.state.batch_of(cid)
                article.status, article.verdict, article.exit_code = "failed", "failed", 3
                article.reason = f"request {cid} in batch {batch.id if batch else '?'}: {failures[cid]}"
                self.echo(f"summarizer: error: {article.name}: {article.reason}")
                return False
            if cid not in answers:
                return False
        return True

    def _finish(
        self, number: int, article: bs.ArticleState, answers: dict[str, Completion],
        repair_now: Provider | None, output: str, fmt: str, names: dict[str, str], log: RunLog | None,
    ) -> ChatRequest | None:  # fmt: skip
        """Run one article over its answers: a result written, or the request it defers."""
        mine = {ref.key: answers[cid] for cid, ref in article.requests.items() if cid in answers}
        try:
            source = read_source(article.path)
            if source.sha256 != article.sha256:
                raise UsageError(f"{article.path}: the article changed since it was submitted")
            result = self._summarizer(CollectedAnswers(self.state.model, mine, repair_now)).summarize(source)
        except Deferred as deferred:
            return deferred.request
        except SummarizerError as exc:
            article.status, article.verdict, article.reason = "failed", "error", str(exc)
            article.exit_code = exc.exit_code
            self.echo(f"summarizer: error: {article.name}: {exc}")
            return None
        many = len(self.state.articles) > 1
        if result.status is not Status.FAILED:  # written before the state says done
            article.output = self._write(result, source.text, output, fmt, names[article.path], many)
        else:
            article.reason = result.reasons[-1].message if result.reasons else "no usable answer"
            self.echo(f"summarizer: error: {article.name}: no usable summary: {article.reason}")
        article.pending = []
        article.usage, article.cost_usd = result.usage, cost_usd(result.usage, self.state.prices)
        article.status, article.verdict = "done", result.status.value
        article.exit_code = result.status.exit_code
        if log is not None:
            log.record(result, command="collect", base_url=self.state.base_url)
        return None

    def _write(self, result: SummaryResult, text: str, output: str, fmt: str, name: str, many: bool) -> str:
        rendered = render(result, fmt, text)
        target = target_path(output, name, many)
        if target is None:
            sys.stdout.write(one_line(rendered, fmt) if many else rendered)
            sys.stdout.flush()
            return "-"
        write_atomic(target, rendered)
        return str(target)

    def _report(self, new: list[str]) -> CollectReport:
        tally = Counter(a.verdict or a.status for a in self.state.articles)
        if any(a.status == "waiting" for a in self.state.articles):
            code = EXIT_PENDING
        else:
            code = max((a.exit_code for a in self.state.articles), default=0)
        return CollectReport(tally=dict(sorted(tally.items())), exit_code=code, new_batches=new)

    def totals(self) -> tuple[Usage, float | None]:
        """Tokens and cost over every collected batch."""
        usage = sum((b.usage for b in self.state.batches), Usage())
        return usage, cost_usd(usage, self.state.prices)


def _check_settings(settings: Settings) -> None:
    if settings.mode not in MODES:
        raise UsageError(f"unknown mode {settings.mode!r}")
    if settings.mode == "evidence" and settings.restate == "each":
        raise UsageError(
            "the Batch API takes one request per article per round: use --mode full, or "
            "--mode evidence with --restate batch (restating each item alone would take a "
            "24-hour round per item)"
        )
    if settings.guards.judge:
        raise UsageError("the LLM judge is not available through the Batch API; leave --judge off")

