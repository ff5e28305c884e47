"""A dropped scope: the span limits what it says, and the claim says it without the limit.

"effects are generally observed within 10-15 minutes in behavioral studies" is about what
behavioral studies saw; "Selank takes effect within 10-15 minutes" is about everyone. The
limits read here are the kinds a summary drops most often:

* a setting after "under" ("under chronic stress");
* the subjects of study after "in" ("in rats", "in behavioral studies", "in humans");
* a way of taking it after "when" ("when taken orally");
* an amount after "at" ("at higher doses");
* a use after "with" ("with prolonged continuous use");
* an exception ("(unless noted)");
* a limiting adjective before a noun the claim keeps ("acute efficacy", "chronic stress").

A limit counts only right after a word the claim keeps, in the same clause (an adjective:
right before one), and only when the claim keeps none of the limit's words and has no limit
of the same kind of its own ("in animals" for "in rats" is the evidence check's business).
"""

from __future__ import annotations

from summarizer.guards.codes import GroundingCode
from summarizer.guards.lexicon import evidence_class
from summarizer.guards.tokenalign import CLAUSE_ENDS, Alignment, is_content_word
from summarizer.models import Reason

__all__ = ["scope_dropped"]

#: nouns of study after "in" that make a scope ("in behavioral studies", "in animal models")
_STUDY_NOUNS = frozenset(
    {"studies", "study", "models", "model", "trials", "trial", "experiments", "vitro",
     "vivo", "culture", "cultures", "volunteers"}
)
#: where something is documented, not whom it holds for ("documented in Russian clinical research")
_VENUES = frozenset({"research", "literature", "record", "records", "reports", "papers", "sources"})
_DETS = frozenset({"the", "a", "an", "some", "these", "those", "its", "their"})
_WHEN_VERBS = frozenset(
    {"taken", "given", "used", "combined", "administered", "applied", "injected", "dosed",
     "paired", "stacked", "delivered", "swallowed", "sprayed"}
)
_AMOUNTS = frozenset({"higher", "high", "lower", "low", "large", "larger", "small", "smaller",
                      "therapeutic", "supratherapeutic", "standard", "typical"})
_AMOUNT_NOUNS = frozenset({"doses", "dose", "dosages", "dosage", "concentrations", "levels"})
_USE_NOUNS = frozenset({"use", "administration", "dosing", "exposure", "treatment"})
#: adjectives that limit the noun after them
_LIMITING = frozenset(
    {"acute", "chronic", "chronically", "acutely", "transiently", "short-term", "long-term", "prolonged", "repeated", "high-dose",
     "low-dose"}
)
#: the nouns such an adjective limits ("chronic stress", "acute efficacy"); not a name such as
#: "acute myeloid leukemia"
_LIMITED = frozenset(
    {"use", "administration", "treatment", "dosing", "stress", "exposure", "efficacy",
     "effect", "effects", "toxicity", "anxiety", "phase", "study", "studies", "pain"}
)
#: claim words that keep some limit of their own (its wording is other checks' business)
_OWN_LIMIT = frozenset(
    {"when", "whenever", "if", "unless", "under", "during", "while", "only", "in", "at",
     "with", "after", "following", "among", "condition", "conditions"}
)
_STOPS = CLAUSE_ENDS | {"and", "or", "but", "|"}


def _limits(region: list[str]) -> list[tuple[int, int, str]]:
    """(start, end, kind) of each limit in ``region``; ``end`` is exclusive."""
    out = []
    n = len(region)
    for i, t in enumerate(region):
        nxt = region[i + 1 : i + 5]
        if t == "under" and nxt and nxt[0][0].isalpha() and nxt[0] not in _DETS:
            end = next(
                (j for j in range(i + 1, min(n, i + 4)) if region[j] in _STOPS), min(n, i + 4)
            )
            out.append((i, end, "under"))
        elif t == "in":
            j = i + 1 + (i + 1 < n and region[i + 1] in _DETS)
            k = next(
                (k for k in range(j, min(n, j + 5))
                 if region[k] in _STUDY_NOUNS or evidence_class(region[k]) is not None),
                None,
            )
            between = region[j:k] if k is not None else []
            venue = k is not None and k + 1 < n and region[k + 1] in _VENUES
            if k is not None and not venue and all(w[0].isalpha() or w == "-" for w in between) and (
                sum(w != "-" for w in between) <= 2
            ):
                out.append((i, k + 1, "in"))
        elif t == "when" and nxt and nxt[0] in _WHEN_VERBS:
            end = next(
                (j for j in range(i + 1, min(n, i + 5)) if region[j] in _STOPS), min(n, i + 4)
            )
            out.append((i, end, "when"))
        elif t == "at" and len(nxt) >= 2 and nxt[0] in _AMOUNTS and nxt[1] in _AMOUNT_NOUNS:
            out.append((i, i + 3, "at"))
        elif t == "with" and any(w in _USE_NOUNS for w in nxt[:3]):
            k = next(k for k in range(i + 1, i + 4) if region[k] in _USE_NOUNS)
            if all(region[m][0].isalpha() for m in range(i + 1, k)) and k > i + 1:
                out.append((i, k + 1, "with"))
        elif t == "unless" and i and region[i - 1] == "(":
            end = next((j for j in range(i, n) if region[j] == ")"), n)
            out.append((i, end, "unless"))
        elif t in _LIMITING and i + 1 < n and (
            region[i + 1] in _LIMITED or (t.endswith("ly") and is_content_word(region[i + 1]))
        ):
            out.append((i, i + 1, "adjective"))
    return out


_BOUNDS = CLAUSE_ENDS | {"|", "\u2014", "\u2013"}  # dashes
_ALSO_LIMITING = _LIMITING | {"ongoing", "continuous", "sustained", "regular", "daily", "lasting",
                              "long", "short", "term", "time", "persistent", "persistently", "repeatedly"}
_DENSE = 3  # distinct claim words the limit's clause must keep


def _clause(region: list[str], start: int, end: int) -> range:
    """The clause a limit at ``start:end`` belongs to (for a bracketed exception, the clause
    before the bracket)."""
    if start and region[start - 1] == "(":
        end, start = start - 1, start - 1
    lo = next((j + 1 for j in range(start - 1, -1, -1) if region[j] in _BOUNDS), 0)
    hi = next((j for j in range(end, len(region)) if region[j] in _BOUNDS), len(region))
    return range(lo, hi)


def _attached(
    region: list[str], start: int, kind: str, kept: dict[int, str], clause: range
) -> bool:
    """The limit follows a word the claim keeps: the content word right before it."""
    stop = start - 1 - (kind == "unless")
    head = next((j for j in range(stop, max(clause.start, start - 4) - 1, -1)
                 if region[j][0].isalnum() and (is_content_word(region[j]) or region[j][0].isdigit())),
                None)
    # a head kept in two places of its clause may be the claim's other one ("enhancement ... in
    # healthy subjects - reflect ... enhance neural function")
    return head is not None and head in kept and [kept.get(p) for p in clause].count(kept[head]) == 1


_EXAMPLES = frozenset({"including", "includes", "include", "e.g.", "eg", "such"})
_STUDY_HEADS = frozenset({"study", "studies", "trial", "trials", "experiment", "experiments", "research"})


def _head_is_study(region: list[str], start: int, kept: dict[int, str]) -> bool:
    """ "A 2017 study in rats ...": subjects of study after a study the claim keeps limit all
    the study reports, however little of the clause the claim keeps."""
    return start > 0 and region[start - 1] in _STUDY_HEADS and start - 1 in kept


def _same_neighbours(
    al: Alignment, ctoks: list[str], region: list[str], at: int, kept: dict[int, str]
) -> bool:
    """The claim word kept at span position ``at`` has a content neighbour that is also a
    neighbour of ``at`` in the span: "weaker efficacy" for "weaker acute efficacy", not the
    "anxiety disorders" of another clause for "chronic anxiety"."""
    near = {kept[p] for p in range(at - 3, at + 4) if p != at and p in kept}
    keys = [key for _, key in al.ckeys]
    for n, key in enumerate(keys):
        if key == kept[at] and near.intersection(keys[max(0, n - 1) : n] + keys[n + 1 : n + 2]):
            return True
    return False


def scope_dropped(al: Alignment, ctoks: list[str], region: list[str]) -> Reason | None:
    """Why the claim drops a limit the span puts on what it keeps, or ``None`` (module doc).

    ``al`` aligns ``ctoks`` with ``region``."""
    kept: dict[int, str] = {}  # span position -> the key of the claim word it licenses
    for k, m in enumerate(al.matches):
        for j in m:
            kept.setdefault(al.xkeys[j][0], al.ckeys[k][1])
    if len(set(kept.values())) < _DENSE:
        return None
    own = _OWN_LIMIT.intersection(ctoks)
    for start, end, kind in _limits(region):
        words = [m for m in range(start, end) if is_content_word(region[m])]
        if not words or any(m in kept for m in words):
            continue
        clause = _clause(region, start, end)
        if _EXAMPLES.intersection(region[clause.start : start]):
            continue  # an example's limit ("including ... in healthy subjects")
        dense = len({kept[p] for p in clause if p in kept}) >= _DENSE
        if not dense and not (kind == "in" and _head_is_study(region, start, kept)):
            continue
        if kind == "adjective":
            if (
                start + 1 not in kept
                or _ALSO_LIMITING.intersection(ctoks)
                or not _same_neighbours(al, ctoks, region, start + 1, kept)
            ):
                continue
        else:
            if kind in own or (kind == "in" and any(evidence_class(t) for t in ctoks)):
                continue
            if not _attached(region, start, kind, kept, clause):
                continue
        shown = " ".join(region[start:end]).replace(" - ", "-")
        return Reason(
            code=GroundingCode.HEDGE_FLIP,
            message=f"the span limits it ({shown!r}) but the claim drops the limit",
        )
    return None
