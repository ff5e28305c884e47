"""The review page: self-contained, escaped, and checked in a real headless Chromium.

The browser tests drive Debian's ``chromium`` through Playwright (no browser download); they
skip with a message where either is absent. The HTML-level tests always run.
"""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from summarizer.cli import app
from summarizer.models import SummaryResult
from summarizer.report.html import to_html
from summarizer.source import from_text
from summarizer.validation import validate_summary

GOLDEN = Path(__file__).resolve().parent.parent / "golden"
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
HOSTILE = (
    "Selank is a synthetic peptide developed in Russia <script>window.__pwned = 1</script> and studied for anxiety. "
    'A 2008 study compared Selank with medazepam in 62 patients <img src=x onerror="window.__pwned = 2"> and reported a comparable effect. '
    "A 2017 study in rats reported that Selank enhanced the effect of diazepam </textarea><b>under stress</b>. "
    "These are small studies concentrated in a few research groups."
)


def _golden(case: str) -> tuple[SummaryResult, str]:
    result = SummaryResult.model_validate_json((GOLDEN / case / "expected.json").read_text(encoding="utf-8"))
    return result, (GOLDEN / case / "article.txt").read_text(encoding="utf-8")


def _hostile() -> tuple[SummaryResult, str]:
    sentences = [s.strip() for s in HOSTILE.split(". ") if s.strip()]
    quote = [s if s.endswith(".") else s + "." for s in sentences]
    summary = {  # hand-written model response quoting the hostile sentences
        "overview": {"quotes": [quote[0]], "text": "Selank is a Russian peptide studied for anxiety."},
        "claims": [
            {"quotes": [quote[1]], "text": "A 2008 study of 62 patients compared Selank with medazepam.", "kind": "finding", "evidence_level": None},
            {"quotes": [quote[2]], "text": "A 2017 rat study reported that Selank enhanced diazepam's effect.", "kind": "finding", "evidence_level": None},
            {"quotes": ["<script>alert(1)</script> is not in the article"], "text": "<script>alert(1)</script>", "kind": "other", "evidence_level": None},
        ],
        "caveats": [{"quotes": [quote[3]], "text": "The studies are small."}],
    }  # fmt: skip
    return validate_summary(from_text(HOSTILE, name="<hostile>.txt"), json.dumps(summary)), HOSTILE


#: Every golden case: accepted seed summaries, rejected and failed adversarial ones.
CASES = sorted(p.parent.name for p in GOLDEN.glob("*/expected.json"))


def test_the_cases_cover_every_status() -> None:
    statuses = {_golden(case)[0].status.value for case in CASES}
    assert statuses == {"accepted", "rejected", "failed"}


@pytest.mark.parametrize("case", CASES)
def test_the_page_is_self_contained(case: str) -> None:
    page = to_html(*_golden(case))
    assert page.startswith("<!DOCTYPE html>")
    for needle in ("http://", "https://", "<script", "<link", "@import", "url("):
        assert needle not in page, needle


def test_the_hostile_article_is_escaped_in_the_html() -> None:
    page = to_html(*_hostile())
    assert "<script>" not in page and "onerror=" not in page.replace("onerror=&quot;", "")
    assert "&lt;script&gt;window.__pwned = 1&lt;/script&gt;" in page
    assert "&lt;/textarea&gt;&lt;b&gt;under stress&lt;/b&gt;" in page


def test_review_command_renders_a_saved_result(tmp_path: Path) -> None:
    out = tmp_path / "page.html"
    args = ["review", str(GOLDEN / "selank-evidence-tiers" / "expected.json"), "--article",
            str(GOLDEN / "selank-evidence-tiers" / "article.txt"), "-o", str(out)]  # fmt: skip
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 0, result.output
    assert out.read_text(encoding="utf-8") == to_html(*_golden("selank-evidence-tiers"))


def test_review_refuses_the_wrong_article_in_one_line() -> None:
    args = ["review", str(GOLDEN / "selank-evidence-tiers" / "expected.json"), "--article",
            str(GOLDEN / "selank-vs-semax" / "article.txt")]  # fmt: skip
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 2
    assert result.stderr.startswith("summarizer: error: ") and result.stderr.count("\n") == 1


# --------------------------------------------------------------------------- real browser


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    if CHROMIUM is None:
        pytest.skip("Debian's chromium is not installed (apt-get install chromium); browser tests skipped")
    sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed (the dev extra)")
    with sync_api.sync_playwright() as pw:
        b = pw.chromium.launch(
            executable_path=CHROMIUM,
            args=["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                  "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        )  # fmt: skip
        yield b
        b.close()


def _open(browser: Any, tmp_path: Path, result: SummaryResult, article: str) -> tuple[Any, list[str]]:
    path = tmp_path / "page.html"
    path.write_text(to_html(result, article), encoding="utf-8")
    page = browser.new_page(viewport={"width": 1200, "height": 800})
    errors: list[str] = []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.on("request", lambda r: errors.append(f"request {r.url}") if not r.url.startswith("file:") else None)
    page.goto(path.as_uri())
    return page, errors


@pytest.mark.parametrize("case", CASES)
def test_loads_cleanly_and_every_highlight_is_its_span(browser: Any, tmp_path: Path, case: str) -> None:
    result, article = _golden(case)
    page, errors = _open(browser, tmp_path, result, article)
    marks = page.eval_on_selector_all(
        "mark.hl, span.withheld", "els => els.map(e => [+e.dataset.start, +e.dataset.end, e.textContent])"
    )
    assert errors == []
    anchored = [a for i in result.items for a in i.check.anchors if a.span is not None]
    assert len(marks) >= (1 if anchored else 0)
    for start, end, text in marks:
        assert text == article[start:end]
    page.close()


def test_clicking_a_quote_brings_its_span_into_view(browser: Any, tmp_path: Path) -> None:
    result, article = _golden("selank-vs-benzodiazepines")
    page, _ = _open(browser, tmp_path, result, article)
    last = result.items[-1]
    link = page.locator(f"#item-{str(last.path).replace('[', '-').replace(']', '')} a.quote").first
    link.click()
    target = link.get_attribute("href")
    inside = page.evaluate(
        "id => { const r = document.getElementById(id).nextElementSibling.getBoundingClientRect();"
        " return r.top > -2 && r.top < window.innerHeight && window.scrollY > 0; }",
        target.lstrip("#"),
    )
    assert inside
    page.keyboard.press("Tab")  # keyboard-navigable: focus moves to a link
    assert page.evaluate("document.activeElement.tagName") == "A"
    page.close()


def test_a_rejected_item_is_visible_without_interaction(browser: Any, tmp_path: Path) -> None:
    result, article = _golden("adv-wrong-number")
    page, _ = _open(browser, tmp_path, result, article)
    rejected = page.locator(".item.rejected")
    assert rejected.count() >= 1
    assert rejected.first.is_visible()
    assert "number_missing" in rejected.first.inner_text() or "72" in rejected.first.inner_text()
    page.close()


def test_the_hostile_article_runs_no_script(browser: Any, tmp_path: Path) -> None:
    page, errors = _open(browser, tmp_path, *_hostile())
    assert page.evaluate("window.__pwned") is None
    assert page.locator("script").count() == 0 and page.locator("#article img").count() == 0
    assert "<script>window.__pwned = 1</script>" in page.inner_text("#article")
    assert errors == []
    page.close()
