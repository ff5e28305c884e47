"""Amounts with their units: a number or range of the claim that the span never gives with
that unit, where the span gives another ("within 5-10 minutes" for "within 10-15 minutes")."""

from __future__ import annotations

from summarizer.guards.codes import GroundingCode
from summarizer.guards.lexicon import UNITS
from summarizer.guards.text import STOPWORDS
from summarizer.models import Reason

__all__ = ["measure_swap"]


_RANGE_JOINS = frozenset({"-", "to", "\u2013", "\u2014"})


def _inside_name(toks: list[str], i: int) -> bool:
    """A number that is part of a name: "COVID-19", "IL-6", "SK11" (tokens "sk", "11")."""
    prev = toks[i - 1] if i else ""
    return prev in ("-", "/") or (prev.isalpha() and len(prev) <= 3 and prev not in STOPWORDS)


def _measures(toks: list[str]) -> tuple[dict[tuple[str, ...], str], dict[tuple[str, str], str]]:
    """The ranges (low, high, unit) and the single amounts (number, unit) of ``toks``, each
    with its unit as written: a number, or two joined by "-" or "to", before a unit of
    :data:`~summarizer.guards.lexicon.UNITS` ("10-15 minutes", "5 mg", "40 %"). A number
    inside a name is neither."""
    ranges: dict[tuple[str, ...], str] = {}
    single: dict[tuple[str, str], str] = {}

    def unit(j: int) -> str | None:
        if j >= len(toks):
            return None
        t = toks[j]
        return UNITS.get(t) or (UNITS.get(t[:-1]) if t.endswith("s") else None)

    i = 0
    while i < len(toks):
        t = toks[i]
        if not t[0].isdigit() or _inside_name(toks, i):
            i += 1
            continue
        a = t.replace(",", "")
        if i + 2 < len(toks) and toks[i + 1] in _RANGE_JOINS and toks[i + 2][0].isdigit():
            u = unit(i + 3)
            if u is not None:
                ranges[(a, toks[i + 2].replace(",", ""), u)] = toks[i + 3]
            i += 3
            continue
        u = unit(i + 1)
        if u is not None:
            single[(a, u)] = toks[i + 1]
        i += 1
    return ranges, single


def measure_swap(ctoks: list[str], xtoks: list[str]) -> Reason | None:
    """An amount or range of the claim that the span never gives with its unit, where the span
    gives another with that unit ("within 5-10 minutes" where the span has 10-15 minutes,
    "formulations at 15 mg" where it has 11 mg and 15 only in "10-15 minutes")."""
    cr, cs = _measures(ctoks)
    xr, xs = _measures(xtoks)
    x_amounts = set(xs) | {(r[0], r[2]) for r in xr} | {(r[1], r[2]) for r in xr}
    c_numbers = {r[0] for r in cr} | {r[1] for r in cr} | {n for n, _ in cs}
    for (low, high, u), word in sorted(cr.items()):
        if (low, high, u) in xr or ((low, u) in xs and (high, u) in xs):
            continue
        other = next((r for r in sorted(xr) if r[2] == u), None)
        if other is not None:
            return Reason(
                code=GroundingCode.NUMBER_MISSING,
                message=f"the claim says {low}-{high} {word} where the span says "
                f"{other[0]}-{other[1]} {xr[other]}",
            )
    for (n, u), word in sorted(cs.items()):
        if (n, u) in x_amounts:
            continue
        given = next((m for m, v in sorted(x_amounts) if v == u and m not in c_numbers), None)
        if given is not None:
            return Reason(
                code=GroundingCode.NUMBER_MISSING,
                message=f"the claim says {n} {word} where the span says {given} {word}",
            )
    return None
