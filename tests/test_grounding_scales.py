"""The ``scale`` check: a word of a scale swapped for another of the same scale."""

from __future__ import annotations

import pytest

from summarizer.guards.grounding import Grounder

SPAN = (
    "Independent replication by non-Russian research groups is limited, and only a few "
    "small trials have rarely reported side effects; Selank most consistently increased "
    "BDNF, slightly improving memory, and binds the same site as GABA."
)


@pytest.mark.parametrize(
    ("claim", "said"),
    [
        ("Independent replication by non-Russian research groups is extensive.", "extensive"),
        ("Many small trials have rarely reported side effects.", "many"),
        ("A few small trials have often reported side effects.", "often"),
        ("Selank least consistently increased BDNF.", "least"),
        ("Selank increased BDNF, markedly improving memory.", "markedly"),
        ("Selank binds a different site from GABA.", "different"),
    ],
)
def test_swapped_scale_word_is_rejected(claim: str, said: str) -> None:
    c = Grounder(SPAN).check(claim, [SPAN])
    assert not c.supported
    assert any(r.code == "antonym" and repr(said) in r.message for r in c.reasons), c.reasons


@pytest.mark.parametrize(
    "claim",
    [
        "Independent replication by non-Russian research groups is limited.",
        "Only a handful of small trials have seldom reported side effects.",  # same groups
        "Selank most consistently increased BDNF.",
        "Selank binds the same site as GABA.",
    ],
)
def test_same_scale_group_is_kept(claim: str) -> None:
    c = Grounder(SPAN).check(claim, [SPAN])
    assert not [r for r in c.reasons if r.code == "antonym"], c.reasons
