"""Evidence levels: a claim about rats, mice, cells, patients or healthy volunteers must be
backed by a span about the same kind of subject, and a claim that speaks of clinical trials by
a span that reports some study.
"""

from __future__ import annotations

from collections.abc import Iterable

from summarizer.guards.codes import GroundingCode
from summarizer.guards.lexicon import EVIDENCE_CLASSES, evidence_class
from summarizer.models import Reason

__all__ = ["evidence_reason", "evidence_swapped"]

#: what is taken from a body and studied outside it: "in human serum" is not "in patients"
_SAMPLES = frozenset(
    {"serum", "plasma", "cells", "cell", "tissue", "tissues", "samples", "cultures"}
)


def _evidence(words: list[str]) -> set[str]:
    out = {
        c
        for i, w in enumerate(words)
        if (c := evidence_class(w))
        and not (c == "human" and _SAMPLES.intersection(words[i + 1 : i + 4]))
        and words[i + 1 : i + 3] != ["-", "derived"]  # "patient-derived xenografts" are mice
    }
    if "vitro" in words or ("cell" in words and "line" in words):
        out.add("vitro")
    if any(w in ("serum", "plasma") for w in words) and not out:
        out.add("vitro")
    return out


#: words of a trial in people ("randomized trials", "the clinical trial evidence")
_TRIAL = frozenset(
    {"trial", "trials", "randomized", "randomised", "rct", "rcts", "placebo-controlled"}
)
#: words that report some study, of which a claim may call any a trial
_STUDY = _TRIAL | frozenset(
    {"study", "studies", "studied", "experiment", "experiments", "experimental", "tested",
     "data", "findings", "found", "results", "showed", "shown", "observed", "reported",
     "evaluated", "examined", "investigated", "cohort", "sample", "measured", "outcomes",
     "efficacy", "evidence", "phase", "registered", "approved", "research", "researchers"}
)


def _trial_added(cwords: list[str], xwords: list[str]) -> Reason | None:
    """A claim that speaks of trials where the span reports no study at all ("Based on large
    randomized trials, Selank is used for ..." against "Based on its mechanisms, ...")."""
    said = next((w for w in cwords if w in _TRIAL), None)
    if said is None or _STUDY.intersection(xwords) or _evidence(xwords):
        return None
    return Reason(
        code=GroundingCode.EVIDENCE_LEVEL,
        message=f"the claim speaks of {said!r} but the span reports no study",
    )


#: subjects of study a claim may not add to a span that names none ("studies in rats" for
#: "studies", "in clinical trials" for "in behavioral studies"); a claim's "people" or "users"
#: and a "trial" for a study are the span's own subjects in other words
_SPECIFIC = frozenset(EVIDENCE_CLASSES["preclinical"] | {"vitro", "clinical", "patient", "child", "healthy"})


def _level_added(cwords: list[str], claim: set[str]) -> Reason | None:
    added = sorted(claim & _SPECIFIC)
    if not added:
        return None
    shown = next(w for w in cwords if evidence_class(w) == added[0] or w == added[0])
    return Reason(
        code=GroundingCode.EVIDENCE_LEVEL,
        message=f"the claim is about {shown!r} but the span names no subject of study",
    )


def evidence_reason(cwords: list[str], xwords: list[str], whole: list[str]) -> Reason | None:
    """Why the claim's evidence level is not the span's (``xwords``: the sentences the claim
    aligns with; ``whole``: the whole span), or ``None``."""
    if (r := _trial_added(cwords, whole)) is not None:
        return r
    # "trial" tells of people only in a span that names no animal, and a claim may call any
    # study a trial
    claim, span = _evidence(cwords) - {"trial"}, _evidence(xwords)
    if span & EVIDENCE_CLASSES["preclinical"]:
        span -= {"trial"}
    if claim and not span and not _evidence(whole):
        return _level_added(cwords, claim)
    if not claim or not span:
        return None
    for c in sorted(claim):
        covers = EVIDENCE_CLASSES.get(c, frozenset({c}))
        if c == "patient" and "healthy" in span:
            covers = frozenset({"patient"})
        if not span & (covers | {c}):
            shown = next(w for w in cwords if evidence_class(w) == c or w == c)
            return Reason(
                code=GroundingCode.EVIDENCE_LEVEL,
                message=f"the claim is about {shown!r} but the span's evidence is about "
                f"{', '.join(sorted(span))}",
            )
    return None




def evidence_swapped(pairs: Iterable[tuple[str, str]]) -> Reason | None:
    """A claim word of one evidence level in the place of a span word of another that it does
    not cover ("regarding clinical research" for "regarding preclinical research", where the
    span's "human therapeutic use" elsewhere would otherwise license "clinical")."""
    for cw, xw in pairs:
        c, x = evidence_class(cw), evidence_class(xw)
        if c and x and c != x and x not in EVIDENCE_CLASSES.get(c, frozenset({c})):
            return Reason(
                code=GroundingCode.EVIDENCE_LEVEL,
                message=f"the claim says {cw!r} where the span says {xw!r}",
            )
    return None
