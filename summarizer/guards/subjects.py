"""Subject changes: a restatement that puts a word of its own sentence where the span has a pronoun.

A pronoun in a quoted sentence points outside it (to what the article is about), so a noun
taken from the same sentence is the wrong referent: "While GAD is approved in Russia" for
"While it is approved in Russia for conditions like GAD", or, reordered, "conditions like GAD
are approved" for "it is approved ... for conditions like GAD". Used by
:mod:`summarizer.guards.restatement` (``subject_changed``).
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher

from summarizer.guards.text import is_word

_WORD = re.compile(r"[^\W\d_][\w'\u2019-]*")

_PRONOUNS = frozenset({"it", "they", "he", "she"})  # personal: demonstratives often point ahead


def pronoun_swaps(claim: str, span: str) -> list[tuple[str, str]]:
    """(claim word, span pronoun) pairs where the claim puts a word of the span itself in
    place of one of its pronouns: the pronoun points outside the sentence (to what the
    article is about), so a noun from the same sentence is the wrong referent ("While GAD
    is approved in Russia" for "While it is approved in Russia for conditions like GAD")."""
    claim_words = _WORD.findall(claim)
    a = [w.lower() for w in claim_words]
    b = [w.lower() for w in _WORD.findall(span)]
    pairs = []
    for op, i1, i2, j1, j2 in SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if op != "replace" or i2 - i1 > 2 or j2 - j1 != 1 or b[j1] not in _PRONOUNS:
            continue
        rest = set(b[:j1] + b[j2:])
        moved = [w for w in claim_words[i1:i2] if is_word(w.lower()) and w.lower() in rest]
        if moved:
            pairs.append((moved[0], b[j1]))
    return pairs or _moved_subjects(claim_words, b)


_AUX = frozenset(
    {"is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "can", "may",
     "might", "will", "would", "should", "could", "does", "do", "did", "not", "also", "still"}
)


def _verb_after(words: list[str], i: int) -> int | None:
    """The index of the first word after ``i`` past up to three auxiliaries, when there is one."""
    k = i + 1
    while k < len(words) and k - i <= 3 and words[k] in _AUX:
        k += 1
    return k if i + 1 < k < len(words) else None


def _moved_subjects(claim_words: list[str], b: list[str]) -> list[tuple[str, str]]:
    """The same change where the claim is reordered: the verb that follows the span's pronoun
    ("it is approved") follows, in the claim, a word taken from the rest of the span
    ("conditions like GAD are approved")."""
    a = [w.lower() for w in claim_words]
    rest = {w for w in b if w not in _PRONOUNS and is_word(w)}
    for j, word in enumerate(b):
        v = _verb_after(b, j) if word in _PRONOUNS else None
        if v is None:
            continue
        for i, w in enumerate(a):
            if w != b[v] or i < 2 or a[i - 1] not in _AUX:
                continue
            k = i - 1
            while k > 0 and a[k] in _AUX:
                k -= 1
            if a[k] in rest and a[k] != b[v]:
                return [(claim_words[k], word)]
    return []
