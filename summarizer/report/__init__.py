"""Pure renderers of a :class:`~summarizer.models.SummaryResult`: JSON, Markdown, HTML.

HTML is the review page (:mod:`.html`), which also needs the article text.

Both are deterministic (sorted keys, no timestamps, no absolute paths), so they can be
compared byte for byte in golden tests. Every rejected item shows its reasons in words.
"""

from __future__ import annotations

import json
from typing import Any

from ..models import ItemReport, Section, Status, SummaryResult


def to_json(result: SummaryResult) -> str:
    """Canonical JSON: sorted keys, two-space indent, trailing newline."""
    return dumps(result.model_dump(mode="json"))


def dumps(data: Any) -> str:
    """The project's canonical JSON text for any JSON-able value."""
    return json.dumps(data, indent=2, sort_keys=True, ensure_ascii=False) + "\n"


def _verdict_line(item: ItemReport) -> str:
    if item.accepted:
        return f"supported (score {item.check.score:.2f})"
    return "REJECTED: " + "; ".join(r.message for r in item.issues)


def _quotes(item: ItemReport) -> list[str]:
    lines = []
    for n, anchor in enumerate(item.check.anchors, start=1):
        if anchor.span is None:
            lines.append(f"   {n}. \u201c{anchor.quote}\u201d (not found in the article)")
        else:
            how = anchor.match.value if anchor.match else "?"
            lines.append(
                f"   {n}. \u201c{anchor.quote}\u201d [{anchor.span.start}:{anchor.span.end}, {how}]"
            )
    return lines


def to_markdown(result: SummaryResult) -> str:
    """A readable report: the verdict first, then each item with its quotes and reasons."""
    out = [f"# Summary of {result.source.name}", ""]
    verdict = {Status.ACCEPTED: "ACCEPTED", Status.REJECTED: "REJECTED", Status.FAILED: "FAILED"}[
        result.status
    ]
    out.append(f"**Verdict: {verdict}**")
    out.extend(f"- {r.message}" for r in result.reasons)
    out.append("")
    titles = {Section.OVERVIEW: "Overview", Section.CLAIMS: "Key claims", Section.CAVEATS: "Caveats"}
    for section, title in titles.items():
        items = [item for item in result.items if item.path.section is section]
        if not items:
            continue
        out += [f"## {title}", ""]
        for item in items:
            path = item.path
            mark = "\u2713" if item.accepted else "\u2717"
            out.append(f"- {mark} **{path}** {item.text}")
            out.append(f"  - {_verdict_line(item)}")
            out.extend(_quotes(item))
        out.append("")
    if result.dropped:
        out += ["## Dropped", "", *[f"- {p}" for p in result.dropped], ""]
    u = result.usage
    out += [
        "## Provenance",
        "",
        f"- article: {result.source.name} (sha256 {result.source.sha256[:16]}…, {result.source.chars:,} characters, {result.source.media_type})",
        f"- backend: {result.backend}, model: {result.model}",
        f"- prompt: {result.prompt.name} (sha256 {result.prompt.sha256[:16]}…), schema sha256 {result.schema_sha256[:16]}…",
        f"- attempts: {len(result.attempts)} ({', '.join(a.outcome.value for a in result.attempts)})",
        f"- tokens: {u.prompt_tokens:,} prompt + {u.completion_tokens:,} completion = {u.total_tokens:,}",
        "",
    ]
    return "\n".join(out)


def render(result: SummaryResult, fmt: str, article: str | None = None) -> str:
    """Render as ``json``, ``markdown`` or ``html`` (the review page, beside ``article``)."""
    if fmt == "html":
        from .html import to_html

        return to_html(result, article)
    return to_markdown(result) if fmt == "markdown" else to_json(result)
