"""The ``one_edit`` check (``summarizer/guards/oneedit.py``): a claim sentence that copies a span
sentence except for one stretch of up to four words, rewritten into words the span's stretch
does not license. Examples of our own, in the style of the seed articles; the check was fitted
on the tune halves of the seed-article probes (session 22)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from summarizer.guards.grounding import DEFAULT_CHECKS, Grounder, GroundingConfig
from summarizer.guards.oneedit import MAX_EDIT, replaced_phrase
from summarizer.guards.text import tokens
from summarizer.models import Verdict

SPAN = (
    "Researchers should treat the early findings with appropriate caution. "
    "The trial enrolled adults with generalized anxiety in two Moscow clinics."
)


def _reasons(claim: str, span: str = SPAN, **cfg: object) -> list[tuple[str, str]]:
    check = Grounder(span, GroundingConfig(**cfg)).check(claim, [span])  # type: ignore[arg-type]
    return [(r.code, r.message) for r in check.reasons]


# a multi-word stretch, an adjective at the sentence's end, a noun in the middle
REJECTED = [
    (
        "phrase",
        "Researchers should treat the early findings with complete confidence.",
        "complete confidence",
        "appropriate caution",
    ),
    (
        "adjective-at-end",
        "The trial enrolled adults with generalized anxiety in two rural clinics.",
        "rural",
        "moscow",
    ),
    (
        "noun-in-middle",
        "The trial enrolled adults with generalized insomnia in two Moscow clinics.",
        "insomnia",
        "anxiety",
    ),
]


@pytest.mark.parametrize(("case", "claim", "said", "was"), REJECTED, ids=[r[0] for r in REJECTED])
def test_one_stretch_rewritten_is_rejected_and_named(case: str, claim: str, said: str, was: str) -> None:
    got = _reasons(claim)
    assert got, claim
    edit = replaced_phrase(tokens(claim), tokens(SPAN))
    assert edit is not None and edit.code == "substitution"
    assert f"{said!r}" in edit.message and f"{was!r}" in edit.message, edit.message


def test_the_check_is_what_rejects_the_phrase_swap() -> None:
    claim = REJECTED[0][1]
    assert _reasons(claim, checks=DEFAULT_CHECKS - {"one_edit"}) == []
    assert _reasons(claim) != []


KEPT = [
    # an inflection, a WordNet synonym, a prefix, a plain word, a quantity word
    ("inflection", "Researchers should treat the early finding with appropriate caution."),
    ("synonym", "Researchers should handle the early findings with appropriate caution."),
    ("plain-word", "Researchers should treat the early findings with appropriate caution, together."),
    ("quantity", "The trial enrolled adults with generalized anxiety in several Moscow clinics."),
    ("the-span-itself", SPAN),
]


@pytest.mark.parametrize(("case", "claim"), KEPT, ids=[r[0] for r in KEPT])
def test_a_licensed_rewording_is_not_a_one_edit_swap(case: str, claim: str) -> None:
    assert replaced_phrase(tokens(claim), tokens(SPAN)) is None


def test_two_rewritten_stretches_are_a_paraphrase_left_to_the_other_checks() -> None:
    claim = "Scientists should treat the early findings with complete caution."
    assert replaced_phrase(tokens(claim), tokens(SPAN)) is None


def test_a_long_rewrite_is_not_one_edit() -> None:
    claim = "Researchers should treat the early findings as a sign of very little at all."
    assert replaced_phrase(tokens(claim), tokens(SPAN)) is None


_WORDS = st.sampled_from(
    ["insomnia", "depression", "migraine", "obesity", "fatigue", "epilepsy", "psoriasis", "asthma"]
)


@settings(max_examples=40, deadline=None)
@given(_WORDS)
def test_property_one_condition_swapped_in_a_copied_sentence_is_never_supported(word: str) -> None:
    claim = f"The trial enrolled adults with generalized {word} in two Moscow clinics."
    check = Grounder(SPAN).check(claim, [SPAN])
    assert check.verdict is not Verdict.SUPPORTED
    assert check.reasons


@settings(max_examples=40, deadline=None)
@given(st.integers(min_value=0, max_value=MAX_EDIT))
def test_property_the_span_sentence_with_nothing_changed_is_never_an_edit(cut: int) -> None:
    sentence = "The trial enrolled adults with generalized anxiety in two Moscow clinics."
    toks = tokens(sentence)
    assert replaced_phrase(toks[: len(toks) - cut] if cut else toks, tokens(SPAN)) is None
