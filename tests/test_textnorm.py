"""Tests for summarizer.guards.folding: Unicode folding with an offset map."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from summarizer.guards.folding import Folded, fold, fold_text


def assert_map_ok(original: str, f: Folded) -> None:
    assert len(f.starts) == len(f.text) + 1
    assert len(f.ends) == len(f.text)
    assert f.starts[-1] == len(original)
    for i in range(len(f.text)):
        a, b = f.to_original(i, i + 1)
        assert 0 <= a < b <= len(original)
    assert list(f.starts[:-1]) == sorted(f.starts[:-1])


@pytest.mark.parametrize(
    ("raw", "folded"),
    [
        ("\u201cSelank\u201d is \u2018new\u2019", "\"selank\" is 'new'"),
        ("ACTH(4\u20137) \u2014 Semax \u2212 5", "acth(4-7) - semax - 5"),
        ("\uff15\uff10 mg", "50 mg"),
        ("x\u00b2", "x2"),
        ("\ufb01ne", "fine"),
        ("anxio\u00adlytic", "anxiolytic"),
        ("pep\u200btide\u200c\u200d\u2060\ufeff", "peptide"),
        ("wait\u2026", "wait..."),
        ("a \t\n\n  b", "a b"),
        ("\u0405\u0435lank \u0421ost", "selank cost"),  # Cyrillic Dze, Ie, Es
        ("\u0433", "r"),
        ("5 \u00b5g and 5 \u03bcg", "5 \u00b5g and 5 \u00b5g"),
        ("caf\u00e9 cafe\u0301", "cafe cafe"),
        ("STRASSE Stra\u00dfe", "strasse strasse"),
        ("nul\x00byte", "nulbyte"),
    ],
)
def test_fold_examples(raw: str, folded: str) -> None:
    f = fold(raw)
    assert f.text == folded
    assert_map_ok(raw, f)


def test_no_casefold_keeps_case() -> None:
    assert fold_text("Selank GABA", casefold=False) == "Selank GABA"


def test_to_original_maps_back_through_removed_and_expanded_chars() -> None:
    raw = "Se\u00adlank \u2026 works"
    f = fold(raw)
    i = f.text.index("selank")
    a, b = f.to_original(i, i + len("selank"))
    assert raw[a:b] == "Se\u00adlank"
    i = f.text.index("...")
    assert raw[slice(*f.to_original(i, i + 3))] == "\u2026"
    assert f.to_original(2, 2) == (f.starts[2], f.starts[2])


def test_whitespace_run_maps_to_whole_run() -> None:
    raw = "a  \n b"
    f = fold(raw)
    assert f.text == "a b"
    assert raw[slice(*f.to_original(1, 2))] == "  \n "


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.characters(codec=None)))
def test_fold_never_crashes_and_map_is_consistent(raw: str) -> None:
    for cf in (True, False):
        assert_map_ok(raw, fold(raw, casefold=cf))


@settings(max_examples=100, deadline=None)
@given(st.text())
def test_fold_is_idempotent_on_text(raw: str) -> None:
    once = fold_text(raw)
    assert fold_text(once) == once
