"""The review page: one self-contained HTML file showing a result beside its article.

Everything an editor needs at a glance, and nothing from the network (inline CSS, no script,
no fonts): the verdict and the summary-level reasons first; every item with its status,
verdict and reasons as sentences (rejected and dropped items are never hidden or collapsed);
every quote, including those that did not anchor; and the article with every anchored span
highlighted and linked both ways (a span links to its items, an item's quotes link to their
spans; plain fragment links, so keyboard navigation and scrolling need no script). Withheld
sentences are struck through and labelled, not only coloured. The article is untrusted: every
string is escaped, so markup in it renders as text.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from html import escape

from ..models import ItemReport, Status, SummaryResult

_CSS = """
body{font:15px/1.5 system-ui,sans-serif;margin:0;color:#1b1b1b;background:#fafafa}
header{padding:12px 20px;border-bottom:1px solid #ccc;background:#fff}
main{display:grid;grid-template-columns:minmax(320px,1fr) minmax(320px,1fr);gap:0}
section{padding:12px 20px;overflow-wrap:anywhere}
#article{white-space:pre-wrap;border-left:1px solid #ccc;background:#fff}
.verdict{font-weight:700;padding:2px 8px;border-radius:4px}
.accepted .verdict,.verdict.accepted{background:#d7f0dc}
.rejected .verdict,.verdict.rejected,.failed .verdict,.verdict.failed{background:#f8d4d4}
.item{border:1px solid #ccc;border-radius:6px;padding:8px 10px;margin:8px 0;background:#fff}
.item.rejected{border:3px solid #b00020}
.item.dropped{border:3px dashed #b00020}
.item .path{font-family:monospace;font-weight:700}
.reasons{margin:4px 0 0 18px;color:#7a0014}
.quote{display:block;margin:2px 0;font-style:italic}
.quote.unanchored{color:#7a0014;text-decoration:underline wavy}
mark{background:#fff3b0;outline:1px solid #d4b000;border-radius:2px}
mark.bad{background:#ffd6d6;outline:2px solid #b00020}
mark a{color:inherit;text-decoration:none}
mark sup{font-size:11px;font-weight:700}
.withheld{text-decoration:line-through;color:#555;background:#e8e8e8}
.withheld::before{content:"\\2298 withheld: " attr(data-why);font-size:12px;margin-right:6px;
  display:inline-block;color:#333;font-style:italic}
:target{outline:3px solid #1a5fb4}
a:focus{outline:3px solid #1a5fb4}
dl.prov{display:grid;grid-template-columns:max-content 1fr;gap:2px 12px;margin:6px 0}
"""


@dataclass
class _Mark:
    start: int
    end: int
    items: list[str] = field(default_factory=list)
    ids: list[str] = field(default_factory=list)
    bad: bool = False
    withheld: str | None = None


def _slug(path: str) -> str:
    return path.replace("[", "-").replace("]", "")


def _marks(result: SummaryResult) -> list[_Mark]:
    """Anchored spans and withheld sentences as non-overlapping marks (overlaps merged)."""
    raw: list[_Mark] = []
    for item in result.items:
        for n, anchor in enumerate(item.check.anchors):
            if anchor.span is not None:
                path = str(item.path)
                raw.append(_Mark(anchor.span.start, anchor.span.end, [path], [f"q-{_slug(path)}-{n}"], not item.accepted))
    for w in result.withheld:
        raw.append(_Mark(w.start, w.end, withheld="; ".join(r.message for r in w.reasons)))
    merged: list[_Mark] = []
    for mark in sorted(raw, key=lambda m: (m.start, m.end)):
        last = merged[-1] if merged else None
        if last is not None and mark.start < last.end:
            last.end = max(last.end, mark.end)
            last.items += [i for i in mark.items if i not in last.items]
            last.ids += mark.ids
            last.bad = last.bad or mark.bad
            last.withheld = last.withheld or mark.withheld
        else:
            merged.append(mark)
    return merged


def _article(text: str, marks: Iterable[_Mark]) -> str:
    out, pos = [], 0
    for n, m in enumerate(marks):
        out.append(escape(text[pos : m.start]))
        body = escape(text[m.start : m.end])
        if m.withheld and not m.items:
            out.append(
                f'<span class="withheld" id="w-{n}" data-start="{m.start}" data-end="{m.end}" '
                f'data-why="{escape(m.withheld)}">{body}</span>'
            )
        else:
            anchors = "".join(f'<span id="{escape(i)}"></span>' for i in m.ids)
            links = "".join(
                f'<sup><a href="#item-{_slug(p)}" title="go to {escape(p)}">{escape(p)}</a></sup>' for p in m.items
            )
            cls = "hl bad" if m.bad else "hl"
            out.append(
                f'{anchors}<mark class="{cls}" id="m-{n}" data-start="{m.start}" data-end="{m.end}" '
                f'data-items="{escape(" ".join(m.items))}"><a href="#item-{_slug(m.items[0])}">{body}</a></mark>{links}'
            )
        pos = m.end
    out.append(escape(text[pos:]))
    return "".join(out)


def _item(item: ItemReport, dropped: bool) -> str:
    path = str(item.path)
    status = "dropped" if dropped else ("accepted" if item.accepted else "rejected")
    word = {"accepted": "\u2713 accepted", "rejected": "\u2717 rejected", "dropped": "\u2717 dropped"}[status]
    quotes = []
    for n, anchor in enumerate(item.check.anchors):
        if anchor.span is None:
            quotes.append(f'<span class="quote unanchored">\u201c{escape(anchor.quote)}\u201d \u2014 not found in the article</span>')
        else:
            how = anchor.match.value if anchor.match else "?"
            quotes.append(
                f'<a class="quote" href="#q-{_slug(path)}-{n}">\u201c{escape(anchor.span.text)}\u201d '
                f"[{anchor.span.start}:{anchor.span.end}, {escape(how)}]</a>"
            )
    reasons = "".join(f"<li><code>{escape(r.code)}</code> {escape(r.message)}</li>" for r in item.issues)
    return (
        f'<div class="item {status}" id="item-{_slug(path)}" tabindex="-1">'
        f'<span class="verdict {status}">{word}</span> <span class="path">{escape(path)}</span> '
        f"<span>({escape(item.check.verdict.value)}, score {item.check.score:.2f})</span>"
        f"<p>{escape(item.text)}</p>{''.join(quotes)}"
        + (f'<ul class="reasons">{reasons}</ul>' if reasons else "")
        + "</div>"
    )


def to_html(result: SummaryResult, article: str | None = None) -> str:
    """The review page for ``result``; ``article`` is the text its spans index (when known)."""
    status = result.status.value
    dropped = {str(p) for p in result.dropped}
    items = "".join(_item(i, str(i.path) in dropped) for i in result.items) or "<p>No summary was produced.</p>"
    reasons = "".join(f"<li><code>{escape(r.code)}</code> {escape(r.message)}</li>" for r in result.reasons)
    repairs = "".join(
        f"<li><code>{escape(r.code)}</code> {escape(r.message)}</li>"
        for r in result.repairs
    )
    u = result.usage
    prov = [
        ("article", f"{result.source.name} (sha256 {result.source.sha256[:16]}\u2026, {result.source.chars:,} characters)"),
        ("model", f"{result.backend} / {result.model}"),
        ("prompt", f"{result.prompt.name} (sha256 {result.prompt.sha256[:16]}\u2026)"),
        ("model calls", str(len(result.attempts))),
        ("tokens", f"{u.prompt_tokens:,} prompt ({u.cached_tokens:,} cached) + {u.completion_tokens:,} completion"),
        ("time", f"{result.seconds:.1f} s"),
    ]
    if article is not None and len(article) == result.source.chars:
        body = _article(article, _marks(result))
    else:
        body = "<p><em>The article text was not given (summarizer review RESULT.json --article FILE), so spans are shown only beside their items.</em></p>"
    ok = result.status is Status.ACCEPTED
    return (
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
        f"<meta name=\"viewport\" content=\"width=device-width\"><title>Review: {escape(result.source.name)}</title>"
        f"<style>{_CSS}</style></head><body class=\"{status}\">"
        f'<header><h1>Review of {escape(result.source.name)}</h1><p><span class="verdict {status}" id="verdict">'
        f"{'ACCEPTED' if ok else status.upper()}</span></p>"
        + (f'<ul class="reasons">{reasons}</ul>' if reasons else "")
        + f'<dl class="prov">{"".join(f"<dt>{escape(k)}</dt><dd>{escape(v)}</dd>" for k, v in prov)}</dl>'
        + (f"<details open><summary>Repairs made</summary><ul>{repairs}</ul></details>" if repairs else "")
        + f'</header><main><section id="items"><h2>Summary</h2>{items}</section>'
        f'<section id="article" aria-label="article">{body}</section></main></body></html>\n'
    )


def review_page(result_path: str, article_path: str | None = None) -> str:
    """The review page for a saved result file, beside its article file when given.

    Raises :class:`~summarizer.errors.UsageError` for a file that is not a result, and for an
    article whose SHA-256 is not the one the result records.
    """
    from pydantic import ValidationError

    from ..errors import UsageError
    from ..source import read_source

    raw = read_source(result_path).text
    try:
        result = SummaryResult.model_validate_json(raw)
    except ValidationError as exc:
        raise UsageError(f"{result_path}: not a summarizer result ({exc.error_count()} problem(s))") from exc
    text = None
    if article_path is not None:
        source = read_source(article_path)
        if source.sha256 != result.source.sha256:
            raise UsageError(
                f"{article_path}: not the article of this result (sha256 {source.sha256[:12]}…, "
                f"the result records {result.source.sha256[:12]}…)"
            )
        text = source.text
    return to_html(result, text)
