"""An everyday noun swapped in place: the one-detail edit that keeps the words around it.

:mod:`summarizer.guards.wordswap` compares only less common words, because faithful
paraphrases swap everyday words freely ("people" for "individuals"). But a paraphrase that
swaps a word also moves the words around it; an edit that changes one detail leaves them
where they were. So an everyday claim noun is compared with the span noun in its place when
the slot is *wide*: the two content words before it and the two after it are matched, in
order and side by side, to the span words around the span's noun ("studied mainly for pain
and stress-related symptoms" for "studied mainly for anxiety and stress-related symptoms").

The pair is a swap when

- both words are nouns in WordNet, and never adjectives or adverbs there (those swap in
  faithful paraphrases: "several" for "multiple", "main" for "dominant", "across" for
  "throughout"), and neither follows a modal or "to" (a verb: "should take it as" for
  "should treat it as");
- one of them is an everyday word (Zipf :data:`~summarizer.guards.wordswap.COMMON` or more:
  pairs of rarer words are :mod:`wordswap`'s), neither is rare (Zipf under :data:`FLOOR`: a
  rare word for an everyday one is mostly a change of register, "backdrop" for "context"),
  and neither is among the commonest nouns (Zipf :data:`CEILING` or more: "use", "way",
  "part" stand for many things, "chronic Selank use" for "chronic Selank administration");
- neither is the other with a prefix or an ending, and WordNet does not relate them.

Also here: two words of an antonym pair that trade places (:func:`antonyms_exchanged`).
Fitted on the tune halves of the seed-article probes (grounding_probe7 and 8).
"""

from __future__ import annotations

from summarizer.guards.frequency import zipf
from summarizer.guards.lexicon import antonym_of, lemma_stem
from summarizer.guards.tokenalign import Alignment, is_content_word
from summarizer.guards.wordnet import antonyms, linked, parts_of_speech
from summarizer.guards.wordswap import COMMON, affixed

__all__ = ["CEILING", "FLOOR", "WIDTH", "antonyms_exchanged", "in_place_swaps"]

WIDTH = 2  # matched content words needed on each side of the slot
FLOOR = 4.0  # Zipf: "backdrop" 3.6 is under it; "anxiety" 4.5 and "context" 4.6 are over
CEILING = 5.5  # Zipf: "use" 5.8, "way" 6.0 are over it; "language" 5.1, "pain" 5.0 under
_VERB_BEFORE = frozenset(
    {"to", "should", "must", "can", "could", "will", "would", "may", "might", "not", "do", "does", "did"}
)


def _slots(al: Alignment, ctoks: list[str], xtoks: list[str]) -> list[tuple[int, int]]:
    """(claim token index, span token index) of each unmatched claim word in a wide slot."""
    out: list[tuple[int, int]] = []
    n, m = len(al.ckeys), len(al.xkeys)
    for k in range(WIDTH, n - WIDTH):
        if al.matches[k]:
            continue
        for p in al.matches[k - 1]:
            j = p + 1
            if j >= m or j in al.xused:
                continue
            before = all(p - d in al.matches[k - 1 - d] for d in range(WIDTH))
            after = all(j + 1 + d in al.matches[k + 1 + d] for d in range(WIDTH))
            if before and after:
                out.append((al.ckeys[k][0], al.xkeys[j][0]))
                break
    return out


def _noun(word: str) -> bool:
    pos = parts_of_speech(word)
    return "n" in pos and not pos & {"a", "r"}


def in_place_swaps(al: Alignment, ctoks: list[str], xtoks: list[str]) -> list[tuple[str, str]]:
    """(claim word, span word) pairs swapped in a wide slot (see the module doc)."""
    out = []
    for i, j in _slots(al, ctoks, xtoks):
        cw, xw = ctoks[i], xtoks[j]
        if not (cw.isalpha() and xw.isalpha()) or affixed(cw, xw):
            continue
        if (i and ctoks[i - 1] in _VERB_BEFORE) or (j and xtoks[j - 1] in _VERB_BEFORE):
            continue
        freq = (zipf(cw), zipf(xw))
        if max(freq) < COMMON or min(freq) < FLOOR or max(freq) >= CEILING:
            continue
        if _noun(cw) and _noun(xw) and not linked(cw, xw):
            out.append((cw, xw))
    return out


def _next_key(toks: list[str], i: int) -> str | None:
    for t in toks[i + 1 : i + 4]:
        if is_content_word(t):
            return lemma_stem(t)
    return None


def antonyms_exchanged(ctoks: list[str], region: list[str]) -> tuple[str, str] | None:
    """Two words of an antonym pair that the claim and the span both say, each before the
    word the other has in the span ("different neurotransmitter axis, same molecular access
    point" for "same neurotransmitter axis, different molecular access point"). A clause that
    moves whole keeps each word with its own next word ("derived from tuftsin, a naturally
    occurring peptide, Selank is a synthetic ..."), so that is no exchange."""
    keys = [lemma_stem(t) for t in ctoks]
    rkeys = [lemma_stem(t) for t in region]
    for i, key in enumerate(keys):
        if keys.count(key) != 1 or rkeys.count(key) != 1:
            continue
        for other in sorted(antonym_of(key) | antonyms(key)):
            if keys.count(other) != 1 or rkeys.count(other) != 1:
                continue
            j, xi, xj = keys.index(other), rkeys.index(key), rkeys.index(other)
            mine, theirs = _next_key(ctoks, i), _next_key(region, xj)
            back, own = _next_key(ctoks, j), _next_key(region, xi)
            if mine is not None and back is not None and mine == theirs != own and back == own:
                return ctoks[i], ctoks[j]
    return None
