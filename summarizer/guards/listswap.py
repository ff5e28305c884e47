"""A list item swapped: the claim repeats a list of the span with one item the span's list does
not have ("tolerance or liver damage" for "tolerance or withdrawal effects", "memory and
creativity" for "memory and focus")."""

from __future__ import annotations

from summarizer.guards.codes import GroundingCode
from summarizer.guards.frequency import zipf
from summarizer.guards.lexicon import lemma_stem
from summarizer.guards.tokenalign import Alignment, is_content_word
from summarizer.guards.wordnet import linked, parts_of_speech
from summarizer.models import Reason

__all__ = ["list_item_swap"]

_JOINS = frozenset({",", "and", "or"})
_COMMON = 5.0  # Zipf: "sleep" 5.0 and "available" 5.3 name no one item; "creativity" 4.2 does
_STOPS = frozenset({".", ";", ":", "(", ")", "—"})


def _is_join(toks: list[str], j: int) -> bool:
    """ "and", "or", or a comma of a list (an "and" or "or" follows within five tokens)."""
    if toks[j] in ("and", "or"):
        return True
    if toks[j] != ",":
        return False
    for t in toks[j + 1 : j + 6]:
        if t in _STOPS:
            return False
        if t in ("and", "or"):
            return True
    return False


def _joined(toks: list[str], i: int, reach: int = 3) -> list[int]:
    """Positions of the content words on the far side of a list join next to ``toks[i]``
    ("memory and focus": "focus" for "memory"), with fewer than ``reach`` content words
    between."""
    out: list[int] = []
    for step in (-1, 1):
        j, seen = i + step, 0
        while 0 <= j < len(toks) and seen < reach and toks[j] not in _STOPS:
            if toks[j] in _JOINS:
                if not _is_join(toks, j):
                    break
                k = j + step
                while 0 <= k < len(toks) and toks[k] in _JOINS:
                    k += step
                # the item next to the join, past an article or an adjective or two
                for m in range(k, k + 3 * step, step):
                    if 0 <= m < len(toks) and is_content_word(toks[m]):
                        out.append(m)
                        break
                break
            if is_content_word(toks[j]):
                seen += 1
            j += step
    return out


def _verb_with_object(toks: list[str], i: int) -> bool:
    """A word WordNet has as a verb, followed by a content word: "bolster earnings"."""
    nxt = toks[i + 1] if i + 1 < len(toks) else ""
    return bool(nxt) and nxt.isalpha() and is_content_word(nxt) and "v" in parts_of_speech(toks[i])


def list_item_swap(
    al: Alignment,
    ctoks: list[str],
    xtoks: list[str],
    names: frozenset[str] = frozenset(),
    known: frozenset[str] = frozenset(),
) -> Reason | None:
    """The first unmatched claim word that sits in a list beside an item the span also lists,
    where the span's list has an item the claim leaves out (a swap, not an addition), and
    that WordNet relates to no content word of the span nor the source (``known``: its
    keys) has anywhere; ``names`` are left to the name checks."""
    xat = {x: j for j, (x, _) in enumerate(al.xkeys)}
    listed = {j for j, (x, _) in enumerate(al.xkeys) if _joined(xtoks, x)}
    where = {i: k for k, (i, _) in enumerate(al.ckeys)}
    words = [t for t in xtoks if t.isalpha() and is_content_word(t)]
    for k, (i, _) in enumerate(al.ckeys):
        word = ctoks[i]
        if al.matches[k] or not word.isalpha() or len(word) < 4 or word in names:
            continue
        if lemma_stem(word) in known or zipf(word) >= _COMMON:
            continue  # the source says it elsewhere, or it is too common to name one item
        if "-" in ctoks[max(0, i - 1) : i + 2] or _verb_with_object(ctoks, i):
            continue  # part of a compound ("short-lived"), or a verb of a list of acts
        # the claim's item itself sits right at the join ("or liver toxicity")
        beside = [where[m] for m in _joined(ctoks, i, reach=1) if m in where]
        hits = {j for b in beside for j in al.matches[b]} & listed
        # the span's list holds an item no claim word matches: the one swapped out
        left_out = any(
            xat.get(m) is not None and xat[m] not in al.xused
            for j in hits
            for m in _joined(xtoks, al.xkeys[j][0])
        )
        if not hits or not left_out:
            continue
        if any(linked(word, w) for w in words):
            continue
        return Reason(
            code=GroundingCode.SUBSTITUTION,
            message=f"the claim lists {word!r} beside items of the span's list, which does "
            "not have it",
        )
    return None
