"""Evidence-first mode with ``restate="batch"``: one call cites sentence IDs under an enum."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from summarizer import Settings, Summarizer
from summarizer.models import MatchKind, Usage
from summarizer.providers import ChatRequest, Completion

ARTICLE = (Path(__file__).resolve().parent.parent / "golden" / "selank-evidence-tiers" / "article.txt").read_text(
    encoding="utf-8"
)
_NUMBERED = re.compile(r"^\[(\d+)\] (.+)$", re.MULTILINE)
_ONE = re.compile(r"<<<ARTICLE>>>\n(.+?)\n<<<END ARTICLE>>>", re.DOTALL)


def _shorten(sentence: str) -> str:
    """A faithful shorter restatement: the sentence up to its last comma clause."""
    head = sentence.rsplit(",", 1)[0] if sentence.count(",") else " ".join(sentence.split()[:-3])
    return head.rstrip(" .") + "."


class BatchFake:
    """Answers the batched restate call by the IDs its schema allows; swaps two claims' IDs
    when ``swap`` is set (a model citing the neighbour), and restates single items faithfully."""

    name, model, supports_schema, needs_key, context_tokens = "fake", "fake", True, False, None

    def __init__(self, *, swap: bool = False) -> None:
        self.swap = swap
        self.requests: list[ChatRequest] = []

    def complete(self, request: ChatRequest) -> Completion:
        self.requests.append(request)
        user = request.messages[-1].content
        schema: dict[str, Any] = request.schema or {}
        if "overview" in schema.get("properties", {}):
            sentences = {int(n): text for n, text in _NUMBERED.findall(user)}
            props = schema["properties"]
            claim_ids = props["claims"]["items"]["properties"]["id"]["enum"]
            caveat_ids = props["caveats"]["items"]["properties"]["id"]["enum"]
            overview_id = props["overview"]["properties"]["id"]["enum"][0]
            order = list(claim_ids)
            cited = list(claim_ids)
            if self.swap:
                order[0], order[1] = order[1], order[0]  # texts of 0 and 1 trade places
            answer = {  # hand-written model response
                "overview": {"id": overview_id, "text": _shorten(sentences[overview_id])},
                "claims": [
                    {"id": cid, "text": _shorten(sentences[tid]), "kind": "finding"}
                    for cid, tid in zip(cited, order, strict=True)
                ],
                "caveats": [{"id": i, "text": _shorten(sentences[i])} for i in caveat_ids],
            }
        else:
            match = _ONE.search(user)
            answer = {"text": _shorten(match.group(1) if match else "Selank."), "kind": "finding"}
        usage = Usage(prompt_tokens=100, completion_tokens=20, total_tokens=120)
        return Completion(text=json.dumps(answer), finish_reason="stop", usage=usage, model="fake")

    def describe(self) -> dict[str, Any]:
        return {"backend": self.name, "model": self.model}

    def close(self) -> None:
        pass


def _run(fake: BatchFake) -> Any:
    settings = Settings(mode="evidence", restate="batch")
    return Summarizer(provider=fake, settings=settings).summarize(ARTICLE, name="tiers.txt")


def test_one_call_restates_every_item_by_id_and_quotes_stay_exact() -> None:
    fake = BatchFake()
    result = _run(fake)
    first = result.attempts[0]
    assert first.kind == "restate" and first.item is None
    schema = fake.requests[0].schema or {}
    ids = schema["properties"]["claims"]["items"]["properties"]["id"]["enum"]
    assert len(ids) == schema["properties"]["claims"]["minItems"] == schema["properties"]["claims"]["maxItems"]
    for item in result.items:
        for anchor in item.check.anchors:
            assert anchor.span is not None and anchor.match is MatchKind.EXACT
            assert ARTICLE[anchor.span.start : anchor.span.end] == anchor.span.text
    assert result.usage.total_tokens == sum(a.usage.total_tokens for a in result.attempts)


def test_a_text_that_restates_the_neighbour_is_recited_and_recorded() -> None:
    plain = _run(BatchFake())
    swapped = _run(BatchFake(swap=True))
    notes = [r for r in swapped.repairs if r.code == "recited"]
    assert notes, swapped.repairs
    assert all("not the cited" in r.message for r in notes)
    assert not any(r.code == "recited" for r in plain.repairs)
    # after re-citation the quotes are the sentences the texts restate, as without the swap
    claims = {c.text: c.quotes for c in (swapped.summary.claims if swapped.summary else [])}
    for claim in plain.summary.claims if plain.summary else []:
        if claim.text in claims:
            assert claims[claim.text] == claim.quotes
