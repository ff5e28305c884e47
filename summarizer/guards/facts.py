"""Facts a claim states, to be found again in its span: numbers, units and names.

Numbers count number words as digits ("six weeks" = "6 weeks"); numbers inside names
("COVID-19", "IL-6") are names. A name is a capitalised word that is not a sentence starter
or a common word form, anywhere in the sentence, including its first word.
"""

from __future__ import annotations

import contextlib
import re

from summarizer.guards.lexicon import MULTIPLIERS, NAME_ALIASES, UNITS
from summarizer.guards.lexicon import NUMBER_WORDS as _NUMBER_WORDS
from summarizer.guards.text import STOPWORDS, stem, tokens
from summarizer.guards.wordnet import common_parts_of_speech, parts_of_speech

_RAW_TOKEN = re.compile(r"\S+")
NAMED_NUMBER = re.compile(r"(?<=[A-Za-z])-?\d+\b")


_ONCE_IDIOMS = frozenset({"at", "for"})  # "at once", "for once"


_FRACTIONS = {"third": 3, "thirds": 3, "quarter": 4, "quarters": 4, "fifth": 5, "fifths": 5}
_NEAR_PERCENT = 5.0  # percentage points a fraction may round ("two-thirds" for 64%)


def fraction_matches(value: float, have: set[float]) -> bool:
    """A fraction of the claim ("two-thirds", "half") that rounds a percentage or a fraction
    of the span: 64% or 0.66 for two-thirds, not 41%."""
    return 0 < value < 1 and any(
        abs(h - 100 * value) <= _NEAR_PERCENT or abs(h - value) < 0.02 for h in have
    )


def numbers_of(toks: list[str]) -> set[float]:
    """Numeric values in a token list: digits ("1,500") and number words ("sixty-two")."""
    values: set[float] = set()
    run: float | None = None
    for i, t in enumerate([*toks, "."]):
        if t == "once" and i and toks[i - 1] in _ONCE_IDIOMS:
            t = "."  # "at once", "all at once": together, not one time
        if t[0].isdigit():
            s = t.replace(",", "") if re.fullmatch(r"\d{1,3}(,\d{3})+(\.\d+)?", t) else t
            with contextlib.suppress(ValueError):
                values.add(float(s.replace(",", ".")))
            continue
        if t in _FRACTIONS and (run is not None or (i and toks[i - 1] in ("a", "one"))):
            values.add((run or 1) / _FRACTIONS[t])  # "two-thirds", "a third of", "three quarters"
            run = None
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


_LIST_STOPS = frozenset(
    {"(", ")", ";", ":", ".", "—", "is", "are", "was", "were", "be", "been", "has", "have",
     "had", "that", "which", "who", "whose", "whereas", "while", "with", "for", "about",
     "after", "before", "of", "in", "on", "at", "to", "from", "by", "than", "as", "like",
     "via", "through", "during", "between", "among"}
)


def _items_before(toks: list[str], j: int) -> int:
    """How many items the coordination that ends at ``toks[j]`` lists ("leucine
    aminopeptidase and angiotensin-converting enzyme": 2), walking back to a clause mark, a
    form of "be" or "have", a preposition or a verb ("inhibit"); "A, B, and C" counts its
    comma and "and" once; no "and" or "or", no list (1)."""
    items, joined, k = 1, False, j - 1
    while k >= 0 and j - k <= 12 and toks[k] not in _LIST_STOPS:
        t = toks[k]
        if t in ("and", "or"):
            items, joined = items + 1, True
        elif t == "," and toks[k + 1] not in ("and", "or"):
            items += 1
        elif (
            t.isalpha()
            and "-" not in (toks[k - 1] if k else "", toks[k + 1])
            and parts_of_speech(t) == {"v"}
        ):
            break
        k -= 1
    return items if joined else 1


_ITEM_ENDS = frozenset({".", ";", ":", "(", ")", "!", "?"})


def _items_after(toks: list[str], i: int) -> int:
    """How many items the claim's own list after ``toks[i]`` (a colon or a comma) names:
    "two uses: stroke recovery and cognitive impairment" (2); no "and" or "or", no list (0)."""
    items, joined = 1, False
    for k in range(i + 1, min(len(toks), i + 30)):
        t = toks[k]
        if t in ("and", "or"):
            items, joined = items + 1, True
        elif t == ",":
            if joined:
                break
            if k + 1 < len(toks) and toks[k + 1] not in ("and", "or"):
                items += 1
        elif t in _ITEM_ENDS:
            break
    return items if joined else 0


def counted_items(ctoks: list[str], xtoks: list[str]) -> set[float]:
    """Counts the claim gives of things the span lists ("two enzymes" where the span names
    "leucine aminopeptidase and angiotensin-converting enzyme", "two systems" for "the
    immune and nervous systems"): the number's noun ends the span's list. A claim that counts
    the list it then gives ("two uses: stroke recovery and cognitive impairment") counts what
    it says; the items are the other checks' business."""
    out: set[float] = set()
    for i, t in enumerate(ctoks[:-1]):
        v = _NUMBER_WORDS.get(t)
        if v is None or not 2 <= v <= 6:
            continue
        mark = next((k for k in range(i + 1, min(len(ctoks), i + 12)) if ctoks[k] in (":", ",")), None)
        # (not a part of a whole: "Two of the three are ..., and all three ...")
        if mark is not None and ctoks[i + 1] != "of" and _items_after(ctoks, mark) == v:
            out.add(float(v))
            continue
        heads = {
            stem(w)
            for w in ctoks[i + 1 : i + 3]
            if w.isalpha() and w not in STOPWORDS and parts_of_speech(w) != {"v"}
        }
        for j, x in enumerate(xtoks):
            if x.isalpha() and stem(x) in heads and _items_before(xtoks, j) == v:
                out.add(float(v))
    return out


_AMOUNT_WORDS = frozenset(["several", "few", "many", "couple", "some", "a", "an"])


def quantities_of(toks: list[str]) -> dict[str, set[str]]:
    """Each amount ("10", "ten", "several") with the units written right after it:
    "10-15 minutes" -> {"10": {"minute"}, "15": {"minute"}}. Number words count by value."""
    out: dict[str, set[str]] = {}
    for i, t in enumerate(toks):
        u = UNITS.get(t) or UNITS.get(t.rstrip("s"))
        if not u or len(t) == 1:
            continue
        j = i - 1
        while j >= 0 and i - j <= 4 and (toks[j] in ("-", "to", "or") or _amount(toks[j])):
            if (a := _amount(toks[j])) is not None:
                out.setdefault(a, set()).add(u)
            j -= 1
    return out


def _amount(t: str) -> str | None:
    if t[0].isdigit():
        return t.replace(",", "")
    if t in _NUMBER_WORDS:
        return f"{_NUMBER_WORDS[t]:g}"
    return t if t in _AMOUNT_WORDS else None


def units_of(toks: list[str]) -> set[str]:
    out = set()
    for i, t in enumerate(toks):
        u = UNITS.get(t) or UNITS.get(t.rstrip("s"))
        # single-letter units, and "second" (also an ordinal), count only right after a number
        after_number = bool(i) and toks[i - 1][0].isdigit()
        if u == "second" and not after_number:
            continue
        if u and (len(t) > 1 or t in "%$€" or after_number):
            out.add(u)
    return out


def claim_names(claim: str, at_start_names: bool = True, *, wordnet: bool = False) -> list[str]:
    """Capitalised words not at sentence start, acronyms, mixed-case and alphanumeric names.

    With ``at_start_names`` a sentence-initial word that reads as a name counts too; with
    ``wordnet`` too, not one that WordNet has as a lower-case verb, adjective or adverb
    ("Put", "Possible"; but "Western" also goes, so the name swaps do not use it).
    """
    out: list[str] = []
    words = _RAW_TOKEN.findall(claim)
    for i, raw in enumerate(words):
        w = raw.strip("\"'()[],.;:!?")
        if len(w) < 2 or not w[0].isalnum():
            continue
        core = re.sub(r"['\u2019]s?$", "", w)  # a possessive, not a transliterated "'" inside
        at_start = i == 0 or words[i - 1][-1:] in ".!?:"
        acronym = sum(c.isupper() for c in core) >= 2
        mixed = any(c.isdigit() for c in core) and any(c.isalpha() for c in core)
        if re.fullmatch(r"\d+(?:[.,]\d+)?-[a-z]+", core):
            continue  # "6-week": a number and a unit, checked as such
        capital = core[:1].isupper() and (
            not at_start or (at_start_names and _name_like(core, wordnet))
        )
        if (acronym or mixed or capital) and core.lower() not in STOPWORDS:
            out.append(core)
    return out


_DEMONYM = frozenset({"n", "an", "ian", "ese", "i", "ish"})


def name_found(
    name: str,
    claim: str,
    words: frozenset[str] | set[str],
    stems: frozenset[str] | set[str],
    ctoks: list[str],
) -> bool:
    """Whether the context (its ``words``, ``stems`` and tokens ``ctoks``) has ``name``.

    Found when every word of the name is there (or its stem); when a listed alias is there
    ("SARS-CoV-2" for "COVID-19"); when the name is an acronym spelled by the initials of
    consecutive context words ("NO" for "nitric oxide") or the claim defines it in brackets
    after words the context has ("zidovudine (AZT)"); or when the name opens a run of claim
    words whose initials are an acronym of the context ("angiotensin converting enzyme"
    for "ACE").
    """
    parts = [t for t in tokens(name) if t[0].isalnum()]
    if not parts or all(p in words or stem(p) in stems for p in parts):
        return True
    if len(parts) == 1 and len(parts[0]) >= 4 and any(
        (w.startswith(parts[0]) and w[len(parts[0]) :] in _DEMONYM)
        or (len(w) >= 4 and parts[0].startswith(w) and parts[0][len(w) :] in _DEMONYM)
        for w in words
    ):
        return True  # a place by its people's word and back: "in Russia", "Russian trials"
    if len(parts) == 1 and name.isupper() and len(parts[0]) >= 3 and any(
        w.startswith(parts[0]) and w[len(parts[0]) :].isalpha() for w in ctoks
    ):
        return True  # the name inside a word the context derives from it: "GABA", "GABAergic"
    for alias in NAME_ALIASES.get(" ".join(parts), ()):
        if all(p in words for p in alias.split()):
            return True
    letters = re.sub(r"s$", "", name) if sum(c.isupper() for c in name) >= 2 else ""
    if 2 <= len(letters) <= 6 and letters.isalpha() and letters.isupper():
        initials = letters.lower()
        cwords = [t for t in ctoks if t[0].isalpha() and t not in STOPWORDS]
        if _spelled(initials, cwords) or _defined(name, initials, claim, stems):
            return True
    return _expands(name, claim, words)


def _spelled(initials: str, cwords: list[str]) -> bool:
    """Consecutive content words of the context whose first letters spell ``initials``."""
    n = len(initials)
    return any(
        "".join(w[0] for w in cwords[i : i + n]) == initials for i in range(len(cwords) - n + 1)
    )


def _defined(name: str, initials: str, claim: str, stems: frozenset[str] | set[str]) -> bool:
    """The claim defines the acronym in brackets right after words the context has."""
    m = re.search(r"([^()]*)\(\s*" + re.escape(name) + r"\s*\)", claim)
    if m is None:
        return False
    before = [t for t in tokens(m.group(1)) if t[0].isalpha() and t not in STOPWORDS]
    n = len(initials)
    # the words the initials spell, or else the one word the acronym abbreviates
    head = before[-n:] if "".join(t[0] for t in before[-n:]) == initials else before[-1:]
    return bool(head) and all(stem(t) in stems for t in head)


def _expands(name: str, claim: str, words: frozenset[str] | set[str]) -> bool:
    """The name opens claim words whose initials are an acronym the context uses."""
    low = [t for t in tokens(claim) if t[0].isalpha() and t not in STOPWORDS]
    first = tokens(name)[0]
    for i, t in enumerate(low):
        if t != first:
            continue
        for n in range(2, 6):
            run = low[i : i + n]
            acronym = "".join(w[0] for w in run)
            if len(run) == n and acronym in words and acronym not in STOPWORDS:
                return True
    return False


# Common words that open sentences in health writing, never names (no dictionary is shipped:
# the PyPI word lists checked fold case and include proper nouns, see lexicon.py).
_STARTERS_TEXT = """
    overall however both most many several some all no in on at for after before during
    while although though because since when if as among compared researchers patients
    participants results studies study data evidence treatment people children adults
    almost nearly roughly approximately around about over under upon within without despite
    unlike like given based using taking lack loss use side human humans animal animals
    mutant mutants vitamin antibody antibodies early late recent new old older young younger
    elderly high higher low lower more less fewer increased decreased reduced elevated
    severe mild voluntary chronic acute daily regular long short either neither such each
    every another other further additional similar previous prior current even only also
    infection infections exposure risk mortality death deaths women men mice rats cells
    """
_STARTERS = frozenset(_STARTERS_TEXT.split())
_SUFFIXES = ("s", "ed", "ing", "ly", "tion", "al", "ic", "ive", "ous", "er", "ment", "ness", "ity")


def _name_like(word: str, wordnet: bool = False) -> bool:
    """A capitalised sentence-initial word that reads as a name, not an English word.

    Not a stopword or a usual sentence starter and no common English ending: "Seredenin",
    "Selank", "Zozulya", "Russia" count; "Patients", "Reported", "Overall" do not. With
    ``wordnet``, also no verb, adjective or adverb sense that WordNet writes in lower case
    (names are nouns, and "Russian" is only ever capitalised): "Put", "Possible" do not.
    """
    low = word.lower()
    if low in STOPWORDS or low in _STARTERS or low.endswith(_SUFFIXES):
        return False
    return not (wordnet and common_parts_of_speech(low) & {"v", "a", "r"})
