"""One phrase replaced: a claim sentence that is its span sentence with one stretch rewritten.

A claim that copies a sentence of its span word for word except for one short stretch says
what the span says, except there. When that stretch's content words are not the span's own
words in another form, and WordNet does not relate any of them to the span stretch's words,
the claim has changed a detail of the sentence, not reworded it ("hold it with complete
confidence" for "hold it with appropriate epistemic humility", "The structural limitations
are overstated." for "... are real.", "our synthesis methods" for "our analytical methods").
A paraphrase rewrites more than one stretch, or moves words, and is left to the other checks.

The sentences are compared token by token with :class:`difflib.SequenceMatcher`; the claim
sentence is compared with the span sentence that shares the most of its tokens. Fitted on the tune halves of the
seed-article probes (grounding_probe8).
"""

from __future__ import annotations

import difflib
import itertools

from summarizer.guards.codes import GroundingCode
from summarizer.guards.frequency import zipf
from summarizer.guards.lexicon import FRAME_STEMS, lemma_stem
from summarizer.guards.tokenalign import is_content_word
from summarizer.guards.wordnet import antonyms, linked
from summarizer.guards.wordswap import affixed
from summarizer.models import Reason

__all__ = ["MAX_EDIT", "MIN_KEPT", "PLAIN", "replaced_phrase"]

MAX_EDIT = 4  # tokens on either side of the replaced stretch
MIN_KEPT = 0.6  # share of the claim sentence's tokens that must be the span sentence's, in order
PLAIN = 5.4  # Zipf: a stretch of only words this common carries no detail ("something" for
# "a thing", "together with" for "coupled with"); "sleep" 5.05 and "complete" 5.1 are under it
_ENDS = frozenset(".!?;")
# words of how many: the scale check judges those ("several" for "multiple" is a paraphrase)
_QUANTITY = frozenset({"several", "multiple", "numerous", "various", "many", "few", "some", "diverse"})


def _sentences(toks: list[str]) -> list[list[str]]:
    out, cur = [], []
    for t in toks:
        cur.append(t)
        if t in _ENDS:
            out.append(cur)
            cur = []
    if cur:
        out.append(cur)
    return [s for s in out if len(s) > 1]


def _related(c: str, x: str) -> bool:
    kc, kx = lemma_stem(c), lemma_stem(x)
    if kc == kx or affixed(c, x):
        return True
    if (c.endswith("lytic") or x.endswith("lytic")) and c[:4] == x[:4]:
        return True  # "anti-anxiety" for "anxiolytic"
    if kx in antonyms(kc) or kc in antonyms(kx):
        return False
    return linked(c, x)


def _edit(csent: list[str], xsent: list[str]) -> tuple[list[str], list[str]] | None:
    """The one replaced stretch of ``csent`` against ``xsent``, if that is all that differs."""
    sm = difflib.SequenceMatcher(None, csent, xsent, autojunk=False)
    ops = [op for op in sm.get_opcodes() if op[0] != "equal"]
    if len(ops) != 1 or ops[0][0] != "replace":
        return None
    _, i1, i2, j1, j2 = ops[0]
    if i2 - i1 > MAX_EDIT or j2 - j1 > MAX_EDIT:
        return None
    if (len(csent) - (i2 - i1)) < max(4, MIN_KEPT * len(csent)):
        return None
    return csent[i1:i2], xsent[j1:j2]


def replaced_phrase(ctoks: list[str], xtoks: list[str]) -> Reason | None:
    """The first claim sentence with one stretch of unrelated content words, as a reason."""
    xsents = _sentences(xtoks)
    xsets = [set(x) for x in xsents]
    xall: set[str] | None = None
    for csent in _sentences(ctoks):
        cset = set(csent)
        # the span sentence sharing the most of its tokens with the claim sentence (an edit
        # keeps nearly all of them, so no other can be its source)
        best, bset = max(
            zip(xsents, xsets, strict=True),
            key=lambda xs: len(cset & xs[1]) / len(cset | xs[1]),
            default=(None, None),
        )
        if best is None or bset is None:
            continue
        # what an edit keeps is in the span sentence: too few shared tokens, no edit
        if sum(t in bset for t in csent) < max(4, MIN_KEPT * len(csent)):
            continue
        edit = _edit(csent, best)
        if edit is None:
            continue
        mine = [t for t in edit[0] if is_content_word(t) and lemma_stem(t) not in FRAME_STEMS]
        theirs = [t for t in edit[1] if is_content_word(t) and lemma_stem(t) not in FRAME_STEMS]
        if not mine or not theirs or not all(t.isalpha() for t in mine + theirs):
            continue
        if _QUANTITY.intersection(mine + theirs):
            continue
        if xall is None:
            xall = {lemma_stem(t) for t in xtoks if t[0].isalpha()}
        if any(lemma_stem(t) in xall for t in mine) or min(zipf(t) for t in mine) >= PLAIN:
            continue  # a word the span has elsewhere (moved, not new), or only plain words
        if any(_related(c, x) for c, x in itertools.product(mine, theirs)):
            continue
        said, instead = (" ".join(t for t in side if any(ch.isalnum() for ch in t)) for side in edit)
        return Reason(
            code=GroundingCode.SUBSTITUTION,
            message=f"the claim says {said!r} where the span sentence says {instead!r}, and "
            "is otherwise the same",
        )
    return None
