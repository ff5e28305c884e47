"""Tests for summarizer.guards.anchoring.QuoteLocator."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from summarizer.guards.anchoring import QuoteLocator, numbers_in
from summarizer.models import Anchor, MatchKind

ARTICLE = (
    "Selank is a synthetic heptapeptide (Thr-Lys-Pro-Arg-Pro-Gly-Pro) developed at the "
    "Institute of Molecular Genetics.\n\n"
    "This is the same broad pathway that benzodiazepines act on, though the binding appears "
    "to work differently, which the authors suggest may explain why Selank does not carry "
    "the same dependence and sedation profile as those drugs.\n"
    "The standard research concentration is 5mg (ref: SK5), with higher-concentration "
    "formulations at 11mg (ref: SK11) used in some study protocols.\n"
    "In one trial, 62 patients with generalized anxiety disorder were randomised in 2008.\n"
    "Oral delivery would likely result in significant degradation by digestive enzymes "
    "before reaching systemic circulation."
)


def assert_spans_ok(article: str, anchors: list[Anchor]) -> None:
    """Every reported span slices back to its own text."""
    for a in anchors:
        if a.span is not None:
            assert article[a.span.start : a.span.end] == a.span.text
            assert a.match is not None
        else:
            assert a.match is None
        assert 0.0 <= a.score <= 1.0


@pytest.fixture(scope="module")
def loc() -> QuoteLocator:
    return QuoteLocator(ARTICLE)


@pytest.mark.parametrize(
    ("quote", "kind"),
    [
        ("developed at the Institute of Molecular Genetics", MatchKind.EXACT),
        ("  The standard research concentration is 5mg ", MatchKind.EXACT),
        # curly quotes, case, dashes
        ("\u201cThe Standard Research Concentration is 5mg\u201d", MatchKind.NORMALISED),
        ("(Thr\u2013Lys\u2013Pro\u2013Arg\u2013Pro\u2013Gly\u2013Pro)", MatchKind.NORMALISED),
        # NFKC full-width digits, soft hyphen, zero-width space, newline vs space
        ("formulations at \uff11\uff11mg", MatchKind.NORMALISED),
        ("syn\u00adthetic hepta\u200bpeptide", MatchKind.NORMALISED),
        ("Institute of Molecular Genetics. This is the same", MatchKind.NORMALISED),
        # ellipsis = omitted text
        ("Selank does not carry \u2026 sedation profile", MatchKind.NORMALISED),
        ("Oral delivery would likely result ... before reaching systemic", MatchKind.NORMALISED),
        # typo: fuzzy
        ("Oral delivery would likley result in signficant degradation", MatchKind.FUZZY),
        ("the binding apears to work diferently, which the authors suggest", MatchKind.FUZZY),
    ],
)
def test_located(loc: QuoteLocator, quote: str, kind: MatchKind) -> None:
    a = loc.locate(quote)
    assert a.match is kind, a
    assert a.span is not None
    assert_spans_ok(ARTICLE, [a])
    if kind is MatchKind.EXACT:
        assert a.score == 1.0


@pytest.mark.parametrize(
    "quote",
    [
        "Selank cured anxiety in every patient within a week of treatment",  # fabricated
        "In one trial, 60 patients with generalized anxiety disorder were randomised in 2008.",
        "In one trial, 62 patients with generalized anxiety disorder were randomised in 2009.",
        "Selank does carry the same dependence and sedation profile as those drugs.",
        "the benzodiazepines",  # short and generic: never fuzzy (and not present verbatim)
        "Selank is a drug",
        "",
        "   ",
        "Selank does not carry ... nothing about this text here",  # ellipsis piece missing
    ],
)
def test_not_located(loc: QuoteLocator, quote: str) -> None:
    a = loc.locate(quote)
    assert a.span is None and a.match is None, a
    assert a.score < 1.0


def test_ellipsis_pieces_must_be_in_order(loc: QuoteLocator) -> None:
    assert loc.locate("sedation profile ... Selank does not carry").span is None


def test_ellipsis_span_covers_first_to_last(loc: QuoteLocator) -> None:
    a = loc.locate("Selank does not carry \u2026 as those drugs")
    assert a.span is not None
    assert a.span.text.startswith("Selank does not carry")
    assert a.span.text.endswith("as those drugs")


def test_short_quote_not_fuzzy() -> None:
    loc = QuoteLocator(ARTICLE, min_fuzzy_chars=25)
    assert loc.locate("Selank is a syntetic").span is None


def test_numbers_in() -> None:
    assert numbers_in("1,500 mg and 2.5 g in 2008") == ["1500", "2.5", "2008"]


def test_large_article_many_quotes_is_fast() -> None:
    import time

    text = (ARTICLE + "\n") * 500  # ~300 kB
    t0 = time.perf_counter()
    loc = QuoteLocator(text)
    got = [loc.locate(q) for q in ["Oral delivery would likley result in signficant"] * 20]
    assert time.perf_counter() - t0 < 3.0
    assert all(a.match is MatchKind.FUZZY for a in got)
    assert_spans_ok(text, got)


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=300), st.text(max_size=80))
def test_random_text_never_crashes_and_spans_slice_back(article: str, quote: str) -> None:
    loc = QuoteLocator(article)
    anchors = [loc.locate(quote)]
    if len(article) > 4:
        anchors.append(loc.locate(article[1:-1]))
        anchors.append(loc.locate(article[2:].upper()))
    assert_spans_ok(article, anchors)


@settings(max_examples=80, deadline=None)
@given(st.integers(0, len(ARTICLE) - 1), st.integers(30, 120))
def test_substrings_of_the_article_are_found_exactly(i: int, n: int) -> None:
    a = QuoteLocator(ARTICLE).locate(ARTICLE[i : i + n])
    if ARTICLE[i : i + n].strip():
        assert a.match is MatchKind.EXACT
        assert_spans_ok(ARTICLE, [a])
