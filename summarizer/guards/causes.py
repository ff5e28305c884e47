"""Causes a claim states that its span does not: a causal verb where the span reports only an
association ("causes" for "is associated with"), and a causal connective ("because", "which is
why") where the span gives no cause at all."""

from __future__ import annotations

__all__ = ["causal_for_association", "cause_added"]

_CAUSAL = frozenset({"cause", "causes", "caused", "causing", "drives", "triggers", "induces"})
_ASSOCIATION = frozenset(
    {"associated", "association", "associations", "linked", "correlated", "correlation", "correlates"}
)


def causal_for_association(ctoks: list[str], xtoks: list[str]) -> str | None:
    """A causal verb the span never uses where the span speaks only of an association
    ("Low BDNF levels cause depression" for "... are associated with depression")."""
    if not _ASSOCIATION & set(xtoks) or _ASSOCIATION & set(ctoks):
        return None
    said = set(xtoks)
    return next((t for t in ctoks if t in _CAUSAL and t not in said), None)


# words that state a cause, and the wider vocabulary in which a span gives one
_CAUSE_STATED = frozenset({"because", "therefore", "thus", "hence", "why"})
_CAUSE_GIVEN = _CAUSE_STATED | _CAUSAL | frozenset(
    {"since", "due", "owing", "so", "lead", "leads", "led", "leading", "result", "results",
     "resulted", "resulting", "consequently", "explain", "explains", "explained", "allow",
     "allows", "enable", "enables", "make", "makes", "made", "driven", "driving", "prolong",
     "prolonging", "contribute", "contributes", "contributing", "reason", "responsible",
     "thereby", "through", "via", "mediated", "underlie", "underlies", "underlying"}
)


def cause_added(ctoks: list[str], xtoks: list[str]) -> str | None:
    """A cause the claim states with a connective ("because", "which is why", "therefore")
    where the span gives no cause at all ("... do not touch the opioid system, which is why
    they cause dependence" for "Benzodiazepines do not touch the endogenous opioid system")."""
    if _CAUSE_GIVEN & set(xtoks):
        return None
    return next((t for t in ctoks if t in _CAUSE_STATED), None)
