"""Facts a claim states, to be found again in its span: numbers, units and names.

Numbers count number words as digits ("six weeks" = "6 weeks"); numbers inside names
("COVID-19", "IL-6") are names. A name is a capitalised word that is not a sentence starter
or a common word form, anywhere in the sentence, including its first word.
"""

from __future__ import annotations

import contextlib
import re

from summarizer.guards.lexicon import MULTIPLIERS, UNITS
from summarizer.guards.lexicon import NUMBER_WORDS as _NUMBER_WORDS
from summarizer.guards.text import STOPWORDS

_RAW_TOKEN = re.compile(r"\S+")
NAMED_NUMBER = re.compile(r"(?<=[A-Za-z])-?\d+\b")


def numbers_of(toks: list[str]) -> set[float]:
    """Numeric values in a token list: digits ("1,500") and number words ("sixty-two")."""
    values: set[float] = set()
    run: float | None = None
    for t in [*toks, "."]:
        if t[0].isdigit():
            s = t.replace(",", "") if re.fullmatch(r"\d{1,3}(,\d{3})+(\.\d+)?", t) else t
            with contextlib.suppress(ValueError):
                values.add(float(s.replace(",", ".")))
            continue
        if t in _NUMBER_WORDS:
            run = (run or 0) + _NUMBER_WORDS[t]
        elif t in MULTIPLIERS and run is not None:
            run *= MULTIPLIERS[t]
        elif t == "-" and run is not None:
            continue
        else:
            if run is not None:
                values.add(float(run))
            run = None
    return values


def units_of(toks: list[str]) -> set[str]:
    out = set()
    for i, t in enumerate(toks):
        u = UNITS.get(t) or UNITS.get(t.rstrip("s"))
        # single-letter units count only right after a number
        if u and (len(t) > 1 or t in "%$€" or (i and toks[i - 1][0].isdigit())):
            out.add(u)
    return out


def claim_names(claim: str, at_start_names: bool = True) -> list[str]:
    """Capitalised words not at sentence start, acronyms, mixed-case and alphanumeric names.

    With ``at_start_names`` a sentence-initial word that reads as a name counts too.
    """
    out: list[str] = []
    words = _RAW_TOKEN.findall(claim)
    for i, raw in enumerate(words):
        w = raw.strip("\"'()[],.;:!?")
        if len(w) < 2 or not w[0].isalnum():
            continue
        core = re.split(r"['\u2019]", w)[0]
        at_start = i == 0 or words[i - 1][-1:] in ".!?:"
        acronym = sum(c.isupper() for c in core) >= 2
        mixed = any(c.isdigit() for c in core) and any(c.isalpha() for c in core)
        if re.fullmatch(r"\d+(?:[.,]\d+)?-[a-z]+", core):
            continue  # "6-week": a number and a unit, checked as such
        capital = core[:1].isupper() and (not at_start or (at_start_names and _name_like(core)))
        if (acronym or mixed or capital) and core.lower() not in STOPWORDS:
            out.append(core)
    return out


_STARTERS = frozenset(
    [
        "overall",
        "however",
        "both",
        "most",
        "many",
        "several",
        "some",
        "all",
        "no",
        "in",
        "on",
        "at",
        "for",
        "after",
        "before",
        "during",
        "while",
        "although",
        "though",
        "because",
        "since",
        "when",
        "if",
        "as",
        "among",
        "compared",
        "researchers",
        "patients",
        "participants",
        "results",
        "studies",
        "study",
        "data",
        "evidence",
        "treatment",
        "people",
        "children",
        "adults",
    ]
)
_SUFFIXES = ("s", "ed", "ing", "ly", "tion", "al", "ic", "ive", "ous", "er", "ment", "ness", "ity")


def _name_like(word: str) -> bool:
    """A capitalised sentence-initial word that reads as a name, not an English word.

    A heuristic (no dictionary is shipped): not a stopword or a usual sentence starter, and
    no common English ending. "Seredenin", "Selank", "Zozulya" count; "Patients",
    "Reported", "Overall" do not.
    """
    low = word.lower()
    return low not in STOPWORDS and low not in _STARTERS and not low.endswith(_SUFFIXES)
