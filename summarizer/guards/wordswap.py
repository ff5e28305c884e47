"""A less common word swapped for another that WordNet does not relate to it.

The alignment (:func:`summarizer.guards.alignment._substitutions`) finds the claim words that
sit where the span has a different word between the same neighbours. Most such pairs in a
faithful paraphrase are everyday synonyms ("often" for "frequently", "people" for
"individuals"); the swaps that change what a sentence says are mostly of rarer, specific
words: a route ("oral" for "intranasal"), a condition ("concussion" for "stroke"), a
transmitter ("noradrenaline" for "dopamine"), a field ("immunology" for
"neuropharmacology"). So a pair is flagged when

- both words are less common than :data:`COMMON` (Zipf frequency, :mod:`frequency`),
- neither is a name (names have checks of their own),
- they can be the same part of speech (WordNet's, else guessed from the ending), and
- neither is the other with a prefix or an ending ("intranasal" and "nasal"), and
- WordNet does not relate them (:func:`summarizer.guards.wordnet.linked`: a synonym, a kind
  of the other, a derived form, a similar adjective).

``COMMON`` was chosen on the tune halves of the dev sets and the seed-article probes.
"""

from __future__ import annotations

from collections.abc import Iterable

from summarizer.guards.codes import GroundingCode
from summarizer.guards.frequency import zipf
from summarizer.guards.wordnet import linked, parts_of_speech
from summarizer.models import Reason

__all__ = ["COMMON", "affixed", "lone_swap", "swapped", "word_swap"]

COMMON = 4.5  # Zipf: "oral" 4.3 and "chronic" 4.2 are below; "pain" 5.0 and "often" 5.4 above

# endings that tell the part of speech of a word WordNet lacks ("intranasal", "stromal")
_ENDINGS = (
    ("a", ("al", "ic", "ous", "ive", "ary", "ar", "ful", "less", "able", "ible")),
    ("v", ("ing", "ed", "ize", "ise")),
    ("n", ("tion", "sion", "ness", "ity", "ment", "ism", "ance", "ence", "ogy", "er", "or", "ist")),
)


def _pos(word: str) -> frozenset[str]:
    if word.endswith("ly") and not parts_of_speech(word):
        return frozenset({"r"})  # "positively" is an adverb, whatever "positive" is
    known = parts_of_speech(word)
    if known and word.endswith("ing") and len(word) > 6:
        return known | {"n", "v"}  # a gerund or a participle: "dampening" is WordNet's noun
    if known:
        return known
    for tag, ends in _ENDINGS:
        if word.endswith(ends):
            return frozenset({tag, "n"}) if word.endswith("ing") else frozenset({tag})
    return frozenset()


def affixed(a: str, b: str) -> bool:
    """Whether one word is the other with a prefix or an ending ("intranasal", "nasal")."""
    short, long = sorted((a, b), key=len)
    return len(short) >= 4 and (long.endswith(short) or long.startswith(short))


def swapped(claim_word: str, span_word: str) -> bool:
    """Whether the pair is a swap of one specific word for another (see the module doc)."""
    if max(zipf(claim_word), zipf(span_word)) >= COMMON or affixed(claim_word, span_word):
        return False
    a, b = _pos(claim_word), _pos(span_word)
    if a and b and not a & b:
        return False
    return not linked(claim_word, span_word)


def lone_swap(claim_words: list[str], span_words: list[str]) -> list[tuple[str, str]]:
    """A swap no slot shows: the claim's one unmatched word, when it is a less common word,
    against the one unmatched less common word of the span's aligned sentence that can be its
    part of speech in WordNet (both words must be in it, so that "not related" says
    something: "rebalancing" for "shifting" is not paired) ("Both are mainly studied via oral administration" against "Intranasal
    delivery is the most studied and clinically relevant administration route"). Any more
    candidates on either side and nothing is paired."""
    cwords = [w for w in claim_words if w.isalpha()]
    if len(cwords) != 1 or zipf(cwords[0]) >= COMMON or not parts_of_speech(cwords[0]):
        return []
    pos = parts_of_speech(cwords[0])
    kin = [w for w in span_words if w.isalpha() and zipf(w) < COMMON and parts_of_speech(w) & pos]
    return [(cwords[0], kin[0])] if len(kin) == 1 else []


def word_swap(
    pairs: Iterable[tuple[str, str]], names: tuple[frozenset[str], frozenset[str]]
) -> Reason | None:
    """The first (claim word, span word) pair that is a swap, as a reason; ``names`` are the
    claim's and the span's name words, which are left to the name checks."""
    every = names[0] | names[1]
    for cw, xw in pairs:
        if cw in every or xw in every or not swapped(cw, xw):
            continue
        return Reason(
            code=GroundingCode.SUBSTITUTION,
            message=f"the claim says {cw!r} where the span says {xw!r}, "
            "and neither is a synonym or a kind of the other",
        )
    return None
