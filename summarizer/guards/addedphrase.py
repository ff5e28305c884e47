"""An added phrase: a near-verbatim claim that slips in two or more words of its own.

A claim that restates its span almost word for word (at least :data:`MATCHED` of its content
words matched, and :data:`MIN_WORDS` of them or more) has no room for new content: when two
content words side by side (at most one token apart) match nothing in the span, they are a
detail the span does not give ("known allergies" added to a list, "checked by an external
board every quarter", "especially during pregnancy"), or a swap of a phrase ("an experienced
user" for "a qualified healthcare professional"). A paraphrase that rewords freely matches
less of the span and is left to the other checks. Framing words ("study", "reported") and
hedges ("seems", "may") do not count: the hedge checks judge those.

The thresholds were chosen on the tune halves of the seed-article probes and the dev sets.
"""

from __future__ import annotations

from summarizer.guards.codes import GroundingCode
from summarizer.guards.lexicon import FRAME_STEMS
from summarizer.guards.tokenalign import Alignment
from summarizer.models import Reason

__all__ = ["MATCHED", "MIN_WORDS", "added_phrase"]

MATCHED = 0.875  # share of the claim's content words the span must match
MIN_WORDS = 8  # content words a claim needs before it counts as near-verbatim
_HEDGES = frozenset(
    {"seem", "seems", "seemed", "appear", "appears", "appeared", "likely", "possibly",
     "probably", "suggest", "suggests", "may", "might"}
)


def added_phrase(al: Alignment, ctoks: list[str]) -> Reason | None:
    """The first run of two unmatched content words in a near-verbatim claim, as a reason."""
    n = len(al.ckeys)
    unmatched = [k for k in range(n) if not al.matches[k]]
    if n < MIN_WORDS or (n - len(unmatched)) / n < MATCHED:
        return None
    run: list[int] = []
    for k in unmatched:
        i, key = al.ckeys[k]
        if not ctoks[i].isalpha() or key in FRAME_STEMS or ctoks[i] in _HEDGES:
            run = []
            continue
        if run and (k != run[-1] + 1 or i - al.ckeys[run[-1]][0] > 2):
            run = []
        run.append(k)
        if len(run) == 2:
            words = " ".join(ctoks[al.ckeys[j][0]] for j in run)
            return Reason(
                code=GroundingCode.ADDED_PHRASE,
                message=f"the claim adds {words!r}, which the span does not say",
            )
    return None
