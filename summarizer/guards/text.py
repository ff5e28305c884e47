"""Tokeniser, sentence splitter and stemmer shared by the grounding checks.

Everything here works on folded text (:func:`summarizer.guards.folding.fold_text`), is
deterministic and has no state besides an ``lru_cache`` on :func:`stem` and one stemmer per
thread.
"""

from __future__ import annotations

import re
import threading
from functools import lru_cache

import snowballstemmer  # type: ignore[import-untyped]

from summarizer.guards.folding import fold_text

__all__ = ["STOPWORDS", "content_stems", "is_word", "sentence_spans", "stem", "tokens"]

# fmt: off
_STOP_TEXT = """
a about above after again against all also am an and any are as at be because been before
being below between both but by can could did do does doing down during each few for from
further had has have having he her here hers herself him himself his how i if in into is it
its itself just me more most my myself of off on once only or other our ours ourselves out
over own same she should so some such than that the their theirs them themselves then there
these they this those through to too under until up very was we were what when where which
while who whom why will with would you your yours yourself yourselves s t d ll m re ve y
may might must shall via per etc e g ie eg one ones its it's also well mr mrs ms dr
"""
# fmt: on
STOPWORDS = frozenset(_STOP_TEXT.split())

_TOKEN = re.compile(r"[$€%]|\d+(?:[.,]\d+)*|[^\W\d_]+(?:'[^\W\d_]+)?|\S", re.UNICODE)
#: An all-caps "NO" inside a sentence (after a lower-case word or punctuation, or in
#: brackets) is nitric oxide, not a negation: "mediated by NO", "NO synthase", "(NO)".
_NITRIC_OXIDE = re.compile(r"(?:(?<=[a-z,;:] )|(?<=\())NO\b(?!['\u2019])")
_SENT_END = re.compile(r"(?<=[.!?])[\"')\]]*\s+(?=[\"'(\[]?[A-Z0-9])|\n\s*\n|\n(?=\s*[-•*\d])")
#: Snowball stemmers keep per-call state and are not thread-safe (two threads stemming at
#: once raise IndexError or return a wrong stem), so each thread gets its own.
_LOCAL = threading.local()


def _stemmer() -> object:
    found = getattr(_LOCAL, "stemmer", None)
    if found is None:
        found = _LOCAL.stemmer = snowballstemmer.stemmer("english")
    return found


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """Snowball (Porter 2) stem of a lower-case word."""
    return str(_stemmer().stemWord(word))  # type: ignore[attr-defined]


_SPACED_DASH = re.compile(r"\s[\u2014\u2013]\s")


def tokens(text: str) -> list[str]:
    """Folded word, number and symbol tokens; "n't" split off as its own token."""
    return list(_tokens(text))


@lru_cache(maxsize=4096)
def _tokens(text: str) -> tuple[str, ...]:
    if "NO" in text:
        text = _NITRIC_OXIDE.sub("nitricoxide", text)
    # a spaced em or en dash joins two clauses, like a semicolon ("not subtle — Selank-treated
    # animals"); folding would make it a hyphen
    text = _SPACED_DASH.sub(" ; ", text)
    folded = fold_text(text).replace("n't", " n't").replace("cannot", "can not")
    out = _TOKEN.findall(folded)
    return tuple(
        "n't" if t in ("'t", "t") and i and out[i - 1] == "n" else t for i, t in enumerate(out)
    )


def is_word(token: str) -> bool:
    """A content token: starts with a letter or digit and is not a stopword."""
    return token[0].isalnum() and token not in STOPWORDS


def content_stems(text: str) -> set[str]:
    """Stems of the content words (no stopwords, no punctuation) of ``text``."""
    return {stem(t) for t in tokens(text) if is_word(t)}


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Half-open ``(start, end)`` ranges of the sentences (or lines) of ``text``."""
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _SENT_END.finditer(text):
        if text[start : m.start()].strip():
            spans.append(_trim(text, start, m.start()))
        start = m.end()
    if text[start:].strip():
        spans.append(_trim(text, start, len(text)))
    return spans


def _trim(text: str, a: int, b: int) -> tuple[int, int]:
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    return a, b
