"""The WordNet tables (summarizer/guards/data) and the checks built on them."""

from __future__ import annotations

import gzip
import importlib.resources

import pytest

from summarizer.guards import wordnet
from summarizer.guards.grounding import Grounder
from summarizer.guards.lexicon import lemma_stem
from summarizer.guards.support import check_support

SPAN = (
    "Research from the Russian Academy of Sciences demonstrated that Selank administration "
    "significantly increases BDNF mRNA expression in the hippocampus of rats."
)


def _rows(table: str = "wordnet-3.0.tsv.gz") -> list[list[str]]:
    raw = (importlib.resources.files("summarizer.guards") / "data" / table).read_bytes()
    return [line.split("\t") for line in gzip.decompress(raw).decode().splitlines()]


def test_stored_keys_are_current() -> None:
    """A change to the stemmer or the synonym groups makes the table stale: rerun
    scripts/build_wordnet_tables.py."""
    stale = []
    for row in _rows():
        pairs = [(row[1], row[2])] + ([(row[3], row[4])] if row[0] == "A" else [])
        stale += [w for w, key in pairs if lemma_stem(w) != key]
    assert not stale, f"stale keys for {stale[:5]}: rerun scripts/build_wordnet_tables.py"


def test_links_table_keys_are_current_and_ids_resolve() -> None:
    """The links table (word_swap): stale keys mean rerun scripts/build_wordnet_tables.py."""
    rows = _rows("wordnet-3.0-links.tsv.gz")
    synsets = [r for r in rows if r[0] == "S"]
    words = [r for r in rows if r[0] == "W"]
    assert len(synsets) > 117_000 and len(words) > 80_000
    assert [int(r[1]) for r in synsets] == list(range(len(synsets)))
    assert {r[2] for r in synsets} == {"n", "v", "a", "r"}
    stale = [w for _, w, key, _, _ in words if lemma_stem(w) != key]
    assert not stale, f"stale keys for {stale[:5]}: rerun scripts/build_wordnet_tables.py"
    linked = {int(x) for r in synsets for col in r[3:] for x in col.split(",") if x}
    linked |= {int(x) for r in words for x in r[3].split(",")}
    assert max(linked) < len(synsets)


def test_table_is_packaged_and_sized() -> None:
    kinds = [r[0] for r in _rows()]
    assert kinds.count("A") > 3000 and kinds.count("N") > 14000


@pytest.mark.parametrize(
    ("word", "opposite"),
    [
        ("agonist", "antagonist"),
        ("direct", "indirect"),
        ("indirectly", "direct"),
        ("few", "many"),
        ("same", "different"),
        ("earlier", "later"),
        ("later", "earlier"),
        ("faster", "slower"),
        ("higher", "lower"),
        ("major", "minor"),
    ],
)
def test_antonyms(word: str, opposite: str) -> None:
    assert lemma_stem(opposite) in wordnet.antonyms(lemma_stem(word))


@pytest.mark.parametrize(
    ("word", "cls"),
    [("spleen", "body"), ("hippocampus", "body"), ("cortisol", "substance"), ("rats", "animal")],
)
def test_noun_class(word: str, cls: str) -> None:
    assert wordnet.noun_class(lemma_stem(word)) == cls


def test_untyped_words_have_no_class() -> None:
    assert wordnet.noun_class(lemma_stem("study")) is None
    assert wordnet.noun_class(lemma_stem("hours")) is None  # time is left to the unit checks


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        ("rodent", "rat", True),  # hypernym
        ("tissue", "endometrium", True),  # four levels up
        ("mouse", "rat", False),  # siblings
        ("spleen", "hippocampus", False),
        ("cortisol", "adrenaline", False),
    ],
)
def test_related(a: str, b: str, expected: bool) -> None:
    assert wordnet.related(lemma_stem(a), lemma_stem(b)) is expected
    assert wordnet.related(lemma_stem(b), lemma_stem(a)) is expected


@pytest.mark.parametrize(
    ("claim", "said"),
    [
        ("Selank significantly increases BDNF mRNA expression in the spleen of rats.", "spleen"),
        ("Selank significantly increases BDNF mRNA expression in the hippocampus of dogs.", "dogs"),
    ],
)
def test_typed_swap_rejects_a_sibling(claim: str, said: str) -> None:
    r = check_support(claim, SPAN)
    msgs = [x.message for x in r.reasons if x.code == "substitution"]
    assert msgs and said in msgs[0], r.reasons


@pytest.mark.parametrize(
    "claim",
    [
        "Selank significantly increases BDNF mRNA expression in the hippocampus of rats.",
        "Selank significantly increases BDNF mRNA expression in the hippocampus of rodents.",
    ],
)
def test_typed_swap_keeps_the_same_or_a_broader_word(claim: str) -> None:
    assert Grounder(SPAN).check(claim, [SPAN]).supported


def test_wordnet_antonym_through_the_grounder() -> None:
    span = "Selank acts indirectly on the GABA system, unlike benzodiazepines."
    c = Grounder(span).check("Selank acts directly on the GABA system.", [span])
    assert not c.supported
    assert any(r.code == "antonym" for r in c.reasons), c.reasons


def test_rare_sense_antonyms_are_left_out() -> None:
    # WordNet pairs "increase" with "level" through rare senses; "boosting" is no antonym
    assert lemma_stem("level") not in wordnet.antonyms(lemma_stem("increase"))
