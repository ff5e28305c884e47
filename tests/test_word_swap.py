"""The ``word_swap`` check: a less common word swapped for one WordNet does not relate.

The kinds came from the tune halves of grounding_probe3 to grounding_probe5 (routes,
conditions, transmitters, fields of research, professions); the sentences here are new ones
in the same style. ``REJECTED`` rows must get a substitution naming both words, with the
span as the quote and with no quote (passage search); ``KEPT`` rows are faithful
restatements whose swapped words are synonyms, kinds of each other, derived forms or
everyday words, and must pass.
"""

from __future__ import annotations

import gzip
import importlib.resources

import pytest

from summarizer.guards import frequency, wordnet
from summarizer.guards.grounding import DEFAULT_CHECKS, Grounder, GroundingConfig
from summarizer.guards.wordswap import COMMON, lone_swap, swapped

ROUTE = "In the trials, Selank was given by intranasal administration twice a day."
STROKE = "Semax is registered in Russia for recovery after stroke and for cognitive impairment."
AMINES = "The peptide raises the levels of serotonin and dopamine in the striatum."
FIELD = "Both peptides came out of decades of neuropharmacology research at one institute."
PHARMACISTS = "The clinic routes every question about the peptide through licensed physicians."

#: (id, span, claim, claim word, span word)
REJECTED = [
    ("route", ROUTE, "In the trials, Selank was given by oral administration twice a day.", "oral", "intranasal"),
    ("condition", STROKE, "Semax is registered in Russia for recovery after concussion and for cognitive impairment.", "concussion", "stroke"),
    ("transmitter", AMINES, "The peptide raises the levels of serotonin and noradrenaline in the striatum.", "noradrenaline", "dopamine"),
    ("field", FIELD, "Both peptides came out of decades of immunology research at one institute.", "immunology", "neuropharmacology"),
    ("profession", PHARMACISTS, "The clinic routes every question about the peptide through licensed pharmacists.", "pharmacists", "physicians"),
    # one word for two, where no slot lines up (lone_swap)
    ("one-for-two", "Low vitamin D levels are associated with fatigue, muscle weakness, cognitive decline and bone loss.", "Low vitamin D levels are associated with fatigue, muscle weakness, insomnia and bone loss.", "insomnia", "decline"),
    ("one-for-two-b", "Endorphins have documented roles in stress reactivity, affective tone and the modulation of pain.", "Endorphins have documented roles in stress reactivity, thermoregulation and the modulation of pain.", "thermoregulation", "tone"),
]

#: (id, span, claim)
KEPT = [
    ("synonym-adverb", "Researchers frequently combine the two peptides in one protocol.", "Researchers often combine the two peptides in one protocol."),
    ("similar-adjective", "The review gives a comprehensive account of the Russian trials.", "The review gives a thorough account of the Russian trials."),
    ("synonym-noun", "The room was full of clutter after the move.", "The room was full of disarray after the move."),
    ("hypernym", "Selank lowered anxiety in rats kept under chronic stress.", "Selank lowered anxiety in rodents kept under chronic stress."),
    ("everyday-words", "Most patients reported that the spray was easy to use.", "Most people reported that the spray was easy to use."),
    ("prefixed", "The peptide is given by nasal administration in the clinic.", "The peptide is given by intranasal administration in the clinic."),
]


def _check(span: str, claim: str, quoted: bool, **cfg: object) -> list[tuple[str, str]]:
    c = Grounder(span, GroundingConfig(**cfg)).check(claim, [span] if quoted else None)  # type: ignore[arg-type]
    return [(r.code, r.message) for r in c.reasons]


@pytest.mark.parametrize("quoted", [True, False], ids=["quote", "search"])
@pytest.mark.parametrize(("case", "span", "claim", "said", "was"), REJECTED, ids=[r[0] for r in REJECTED])
def test_a_specific_word_swapped_is_rejected(
    case: str, span: str, claim: str, said: str, was: str, quoted: bool
) -> None:
    got = _check(span, claim, quoted)
    assert any(
        code == "substitution" and f"{said!r}" in msg and f"{was!r}" in msg for code, msg in got
    ), got


@pytest.mark.parametrize(("case", "span", "claim", "said", "was"), REJECTED, ids=[r[0] for r in REJECTED])
def test_the_check_is_what_rejects_them(case: str, span: str, claim: str, said: str, was: str) -> None:
    """Without ``word_swap`` (and ``one_edit``, which also sees a one-word swap in an otherwise
    copied sentence, and ``typed_swap``, which since session 23 reads "oral" for
    "intranasal" as two routes, "intranasal" sharing "nasal"'s key) the same claims carry no
    reason naming both words: the rows test this check, not another."""
    got = _check(span, claim, True, checks=DEFAULT_CHECKS - {"word_swap", "one_edit", "typed_swap"})
    assert not any(f"{said!r}" in m and f"{was!r}" in m for _, m in got), got


@pytest.mark.parametrize("quoted", [True, False], ids=["quote", "search"])
@pytest.mark.parametrize(("case", "span", "claim"), KEPT, ids=[r[0] for r in KEPT])
def test_a_licensed_word_is_kept(case: str, span: str, claim: str, quoted: bool) -> None:
    assert _check(span, claim, quoted) == []


def test_names_are_left_to_the_name_checks() -> None:
    # 'Semax' for 'Selank' is a name swap; word_swap must not claim it (name_swap does)
    got = _check("Selank lowered anxiety in rats.", "Semax lowered anxiety in rats.", True)
    assert got and all("neither is a synonym" not in m for _, m in got), got


def test_frequency_table_holds_the_common_words() -> None:
    raw = (importlib.resources.files("summarizer.guards") / "data" / "wordfreq-en.tsv.gz").read_bytes()
    rows = [line.split("\t") for line in gzip.decompress(raw).decode().splitlines()]
    assert len(rows) > 10_000
    assert min(float(z) for _, z in rows) >= frequency.FLOOR
    assert frequency.zipf("the") > 7 and frequency.zipf("The") == frequency.zipf("the")
    assert frequency.zipf("selank") == 0.0  # rarer than the floor, or unknown


def test_common_words_are_not_compared() -> None:
    assert frequency.zipf("pain") >= COMMON > frequency.zipf("intranasal")
    assert not swapped("pain", "stroke")  # everyday words: left to coverage and the other checks
    assert swapped("concussion", "stroke")


def test_lone_swap_needs_one_candidate_on_each_side() -> None:
    assert lone_swap(["insomnia"], ["decline", "cognitive"]) == [("insomnia", "decline")]
    assert lone_swap(["insomnia", "obesity"], ["decline"]) == []  # two claim words: no pairing
    assert lone_swap(["insomnia"], ["decline", "weakness"]) == []  # two span candidates
    assert lone_swap(["people"], ["individuals"]) == []  # an everyday word is never paired


def test_parts_of_speech_read_the_word_before_its_key() -> None:
    # "corresponds" is a verb, though "corresponding" (same key) is an adjective
    assert wordnet.parts_of_speech("corresponds") == frozenset({"v"})


def test_wordnet_links() -> None:
    assert wordnet.linked("often", "frequently")  # one synset
    assert wordnet.linked("rat", "rodent")  # a kind of
    assert not wordnet.linked("dopamine", "noradrenaline")  # siblings under one hypernym
    assert wordnet.parts_of_speech("stromal") == frozenset()  # a word WordNet lacks
    assert "n" in wordnet.parts_of_speech("stroke")
