"""The result cache: keys cover every input, and a hit is re-checked by the current guards."""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

import pytest
from test_staged import CLEAN, Restater, article

from summarizer.guards import GuardConfig
from summarizer.guards.grounding import GroundingConfig
from summarizer.models import DosingPolicy, Status, SummaryResult
from summarizer.pipeline import Settings, Summarizer
from summarizer.runs.batch import _key, run_batch
from summarizer.runs.cache import ResultCache, cache_key, still_valid
from summarizer.source import read_source

SHA = hashlib.sha256(b"an article").hexdigest()
BASE: dict[str, Any] = {
    "backend": "openai",
    "model": "qwen2.5-0.5b-instruct",
    "settings": Settings().describe(),
    "base_url": "http://127.0.0.1:8080/v1",
    "model_sha256": "a" * 64,
}


def _key_of(**change: Any) -> str:
    args = {**BASE, **change}
    return cache_key(
        SHA,
        args["backend"],
        args["model"],
        args["settings"],
        base_url=args["base_url"],
        model_sha256=args["model_sha256"],
    )


def test_the_same_inputs_give_the_same_key() -> None:
    assert _key_of() == _key_of()
    assert len(_key_of()) == 64


@pytest.mark.parametrize(
    "change",
    [
        {"base_url": "http://127.0.0.1:8081/v1"},
        {"base_url": None},
        {"model_sha256": "b" * 64},
        {"model_sha256": None},
        {"model": "qwen2.5-1.5b-instruct"},
        {"backend": "local"},
        {"settings": Settings(guards=GuardConfig(dosing_policy=DosingPolicy.ADVICE)).describe()},
        {"settings": Settings(guards=GuardConfig(restatement=False)).describe()},
        {"settings": Settings(guards=GuardConfig(min_claims=4)).describe()},
        {"settings": Settings(restate="batch").describe()},
        {"settings": Settings(mode="full").describe()},
    ],
    ids=lambda c: next(iter(c)) + "=" + str(next(iter(c.values())))[:30],
)
def test_every_input_changes_the_key(change: dict[str, Any]) -> None:
    assert _key_of(**change) != _key_of()


def test_the_article_changes_the_key() -> None:
    other = hashlib.sha256(b"another article").hexdigest()
    args = (BASE["backend"], BASE["model"], BASE["settings"])
    assert cache_key(SHA, *args) != cache_key(other, *args)


@pytest.mark.parametrize(
    ("left", "right"),
    [
        ({"base_url": "http://127.0.0.1:8080/v1"}, {"base_url": "http://127.0.0.1:9090/v1"}),
        ({"settings": Settings()}, {"settings": Settings(guards=GuardConfig(restatement=False))}),
        (
            {"settings": Settings()},
            {
                "settings": Settings(
                    guards=GuardConfig(
                        grounding=GroundingConfig(embedding=not GroundingConfig().embedding)
                    )
                )
            },
        ),
    ],
)
def test_the_batch_key_follows_the_provider_and_guards(
    left: dict[str, Any], right: dict[str, Any]
) -> None:
    def summarizer(base_url: str | None = None, settings: Settings | None = None) -> Summarizer:
        return Summarizer(provider=Restater(base_url=base_url), settings=settings or Settings())

    assert _key(summarizer(**left), SHA) == _key(summarizer(**left), SHA)
    assert _key(summarizer(**left), SHA) != _key(summarizer(**right), SHA)


@pytest.fixture(scope="module")
def accepted() -> SummaryResult:
    result = Summarizer(provider=Restater(), settings=Settings(mode="evidence")).summarize(
        article(CLEAN), name=CLEAN
    )
    assert result.status is Status.ACCEPTED
    return result


def test_an_unchanged_result_is_still_valid(accepted: SummaryResult) -> None:
    assert still_valid(accepted, article(CLEAN), GuardConfig())
    roundtrip = SummaryResult.model_validate_json(accepted.model_dump_json())
    assert still_valid(roundtrip, article(CLEAN), GuardConfig())


def _with_claim(result: SummaryResult, index: int, text: str) -> SummaryResult:
    assert result.summary is not None
    claims = list(result.summary.claims)
    claims[index] = claims[index].model_copy(update={"text": text})
    summary = result.summary.model_copy(update={"claims": claims})
    return result.model_copy(update={"summary": summary})


@pytest.mark.parametrize(
    "claim",
    [
        "Selank is used intranasally; take 300 mcg daily for two weeks.",  # dosing
        "Selank cures anxiety in every patient and is better than any benzodiazepine.",  # unsupported
    ],
)
def test_an_old_accepted_verdict_the_current_guards_reject_is_not_valid(
    accepted: SummaryResult, claim: str
) -> None:
    # An old guard passed this summary: the status and item reports still say "accepted".
    stale = _with_claim(accepted, 0, claim)
    assert stale.status is Status.ACCEPTED and all(i.accepted for i in stale.items)
    assert not still_valid(stale, article(CLEAN), GuardConfig())


def test_a_verdict_changed_by_tampering_with_items_is_not_valid(accepted: SummaryResult) -> None:
    first = accepted.items[1]
    tampered_item = first.model_copy(update={"accepted": False})
    stale = accepted.model_copy(
        update={"items": [accepted.items[0], tampered_item, *accepted.items[2:]]}
    )
    assert not still_valid(stale, article(CLEAN), GuardConfig())
    rejected = accepted.model_copy(update={"status": Status.REJECTED})
    assert not still_valid(rejected, article(CLEAN), GuardConfig())


@pytest.mark.parametrize(
    ("status", "valid"),
    [(Status.ACCEPTED, False), (Status.REJECTED, True), (Status.FAILED, True)],
)
def test_a_result_without_a_summary(accepted: SummaryResult, status: Status, valid: bool) -> None:
    empty = accepted.model_copy(update={"summary": None, "items": [], "status": status})
    assert still_valid(empty, article(CLEAN), GuardConfig()) is valid


def test_a_batch_serves_a_valid_hit_and_recomputes_a_stale_one(
    tmp_path: Path, accepted: SummaryResult
) -> None:
    source = tmp_path / "semax.txt"
    source.write_text(article(CLEAN), encoding="utf-8")
    cache = ResultCache(tmp_path / "cache")
    provider = Restater()
    summarizer = Summarizer(provider=provider, settings=Settings(mode="evidence"))
    lines: list[str] = []

    def batch() -> int:
        return run_batch(
            summarizer,
            [str(source)],
            output=str(tmp_path / "out.json"),
            echo=lines.append,
            progress=False,
            cache=cache,
        )

    assert batch() == 0
    calls = len(provider.requests)
    assert calls > 0 and not [x for x in lines if "from the cache" in x]

    assert batch() == 0  # a hit: no model call, and stderr says so
    assert len(provider.requests) == calls
    assert [x for x in lines if "1 of 1 result(s) came from the cache" in x]

    # An entry an older guard accepted, which the current guards reject, is recomputed.
    key = _key(summarizer, read_source(str(source)).sha256)
    cached = cache.get(key)
    assert cached is not None
    cache.put(
        key,
        _with_claim(cached, 0, "Selank is used intranasally; take 300 mcg daily for two weeks."),
    )
    lines.clear()
    assert batch() == 0
    assert len(provider.requests) == 2 * calls
    assert not [x for x in lines if "from the cache" in x]
    served = cache.get(key)
    assert served is not None and still_valid(served, article(CLEAN), GuardConfig())
