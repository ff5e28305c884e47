"""Swaps of one detail that keep the sentence's shape: a word of a scale for another ("few"
for "many"), a restriction or a universal added, two entities that trade places, a counted
number in another slot. Typed nouns ("spleen" for "hippocampus", a drug for another) are in
:mod:`summarizer.guards.typednouns`.

Each check reads the claim against the span sentence(s) it aligns with best (the *region*)
and returns at most one :class:`~summarizer.models.Reason`.
"""

from __future__ import annotations

from collections import Counter

from summarizer.guards.codes import GroundingCode
from summarizer.guards.lexicon import lemma_stem
from summarizer.guards.tokenalign import CLAUSE_ENDS, is_content_word
from summarizer.models import Reason

__all__ = [
    "number_slot",
    "research_agent_swap",
    "restriction_added",
    "role_swap",
    "scale_reason",
]


# Words of one scale: the claim may repeat the span's word, never swap it for another
# ("many" for "few", "often" for "rarely", "slightly" for "significantly", "least" for
# "most"). Each line is one scale; function words ("most", "few") count here although the
# alignment skips them.
_SCALE_TEXT = [
    "none | few handful minority | some several multiple | many numerous | most majority | "
    "all every any",
    "never | rarely seldom | occasionally sometimes | often frequently commonly | usually "
    "typically generally routinely regularly | always consistently invariably constantly "
    "continually continuously",
    "slightly marginally modestly moderately mildly | significantly markedly substantially "
    "considerably dramatically greatly strongly profoundly",
    "limited scant sparse lack lacking | extensive broad wide vast comprehensive full complete",
    "least less fewer | more most",
    "partly partially somewhat | mainly mostly largely primarily chiefly predominantly | "
    "entirely wholly solely exclusively",
    "same identical | different differently other",
    # classes of medicine, by what they treat: one is not another ("approved as an
    # antidepressant" for "approved as an anxiolytic")
    "anxiolytic anxiolytics | antidepressant antidepressants | antipsychotic antipsychotics | "
    "nootropic nootropics | stimulant stimulants psychostimulant | anticonvulsant "
    "anticonvulsants antiepileptic antiepileptics | analgesic analgesics painkiller | "
    "antihistamine antihistamines | antibiotic antibiotics antibacterial | antiviral antivirals",
]
#: word -> its (scale, group) places ("most" is on two scales): words of one group stand
#: for each other
_SCALE: dict[str, list[tuple[int, int]]] = {}
for _n, _line in enumerate(_SCALE_TEXT):
    for _g, _group in enumerate(_line.split("|")):
        for _w in _group.split():
            _SCALE.setdefault(_w, []).append((_n, _g))


_NOT = frozenset({"not", "no", "never", "n't", "without", "cannot", "nor", "neither"})
_NEGATED_AS = {"any": "none", "ever": "never"}


def _negated_any(toks: list[str], other: list[str]) -> list[str]:
    """ "any" and "ever" after a negation read as "none" and "never" where the ``other`` side
    says "none" or "never" ("has not approved any of the compounds" for "none of the
    compounds have been approved")."""
    says = set(other)
    return [
        _NEGATED_AS[t]
        if t in _NEGATED_AS and _NEGATED_AS[t] in says and _NOT & set(toks[max(0, i - 4) : i])
        else t
        for i, t in enumerate(toks)
    ]


def scale_reason(ctoks: list[str], region: list[str]) -> Reason | None:
    """A scale word of the claim that the span never says (or says fewer times: "the same
    pathway ... in the same way" for "the same pathway ... differently"), where the span says
    another word of that scale the claim does not."""
    ctoks, region = _negated_any(ctoks, region), _negated_any(region, ctoks)
    said = {place: t for t in region for place in _SCALE.get(t, ())}
    times = Counter(place for t in region for place in _SCALE.get(t, ()))
    told = Counter(place for t in ctoks for place in _SCALE.get(t, ()))
    have = set(told)
    for t in ctoks:
        places = _SCALE.get(t, [])
        if any(place in said and times[place] >= told[place] for place in places):
            continue
        scales = {n for n, _ in places}
        other = [w for (n, g), w in said.items() if n in scales and (n, g) not in have]
        if other:
            return Reason(
                code=GroundingCode.ANTONYM,
                message=f"the claim says {t!r} where the span says {other[0]!r}",
            )
    return None


_RESTRICT = frozenset({"only", "solely", "exclusively", "entirely", "purely", "merely", "sole"})


#: "only a few", "only a handful": said of a small quantity the span names, not a limit
_SMALL = frozenset({"few", "handful", "small", "minority", "little", "rarely", "modest", "slightly"})


def _restrictions(toks: list[str], said: frozenset[str] = frozenset()) -> list[str]:
    """Restricting words, less "not only" ("not only for its calming effects but ...") and
    "only" before a word of small quantity in ``said`` ("with only a few reported side
    effects" where the span says "with few reported side effects")."""
    out = []
    for i, t in enumerate(toks):
        if t not in _RESTRICT or (i and toks[i - 1] == "not"):
            continue
        nxt = toks[i + 1 : i + 3]
        if nxt[:1] == ["a"]:
            nxt = nxt[1:]
        if not (nxt and nxt[0] in _SMALL and nxt[0] in said):
            out.append(t)
    return out


_UNIVERSAL = frozenset({"all", "every", "each", "any", "entire", "whole", "always", "both", "universal", "universally", "across"})
#: "at all", and "all" floated after its verb ("are all areas where ..."): no generalising
_FLOATED = frozenset({"at", "are", "were", "is", "was", "have", "had", "be", "they", "we"})
#: "most of all", "first of all": "particularly", "firstly"
_ALL_IDIOMS = frozenset({("most", "of"), ("first", "of"), ("best", "of"), ("worst", "of"), ("above",), ("after",)})
_NUMBERISH = frozenset({"two", "three", "four", "five", "six", "of", "-", "the"})


def _universal_added(ctoks: list[str], region: list[str]) -> str | None:
    """ "all" generalising where the span has no word of the whole ("across all anxiety
    disorders" for "in the specific indications studied")."""
    if _UNIVERSAL & set(region):
        return None
    for i, t in enumerate(ctoks):
        if t != "all" or (i and ctoks[i - 1] in _FLOATED) or tuple(ctoks[max(0, i - 2) : i]) in _ALL_IDIOMS:
            continue
        nxt = ctoks[i + 1 : i + 2]
        if nxt and (nxt[0] in _NUMBERISH or nxt[0][0].isdigit()):
            continue
        return t
    return None


def restriction_added(ctoks: list[str], region: list[str]) -> Reason | None:
    """A restriction the span never makes: "studied only for its calming effects" where the
    span says "not only for its calming effects but also ...", "only one cytokine" where it
    says "several cytokines"."""
    told = _restrictions(ctoks, frozenset(region))
    if told and not _restrictions(region):
        return Reason(
            code=GroundingCode.ANTONYM,
            message=f"the claim says {told[0]!r} where the span makes no such restriction",
        )
    if _universal_added(ctoks, region):
        return Reason(
            code=GroundingCode.ANTONYM,
            message="the claim says 'all' where the span says nothing of the whole",
        )
    return None



def role_swap(ctoks: list[str], region: list[str], ents: frozenset[str]) -> Reason | None:
    """Two entities (names, drugs) that trade places: the words around each in the claim
    are (more) the words around the other in the span ("The medazepam arm did not report the
    sedation ... of the Selank arm" for "The Selank arm did not report ... of the medazepam
    arm")."""

    keys = {lemma_stem(e) for e in ents}

    def around(toks: list[str], i: int) -> set[str]:
        near: set[str] = set()
        for step in (-1, 1):
            j, n = i + step, 0
            while 0 <= j < len(toks) and n < 2 and toks[j] not in CLAUSE_ENDS:
                if is_content_word(toks[j]) and lemma_stem(toks[j]) not in keys:
                    near.add(lemma_stem(toks[j]))
                    n += 1
                j += step
        return near

    r = _predicates_swapped(ctoks, region, ents) or research_agent_swap(ctoks, region)
    if r is not None:
        return r
    # an entity by its key, so that "benzodiazepines" in the claim is "benzodiazepine" in the span
    cpos = {lemma_stem(t): i for i, t in enumerate(ctoks) if lemma_stem(t) in keys}
    xpos: dict[str, list[int]] = {}
    for i, t in enumerate(region):
        if lemma_stem(t) in cpos:
            xpos.setdefault(lemma_stem(t), []).append(i)
    if len(xpos) < 2 or any(len(v) > 1 for v in xpos.values()):
        return None
    for a, i in cpos.items():
        if a not in xpos:
            continue
        mine = around(ctoks, i)
        own = around(region, xpos[a][0])
        for b, (j,) in xpos.items():
            if b != a and b in cpos:
                theirs, back = around(region, j), around(ctoks, cpos[b])
                if (
                    len(mine & theirs) >= 2
                    and len(mine & theirs) > len(mine & own)
                    and len(back & own) > len(back & theirs)
                ):
                    return Reason(
                        code=GroundingCode.SUBSTITUTION,
                        message=f"the claim says of {ctoks[i]!r} what the span says of "
                        f"{region[j]!r} (the two trade places)",
                    )
    return None


def _next_word(toks: list[str], i: int, ents: frozenset[str]) -> str | None:
    """The first content word after position ``i`` in its clause (its predicate, mostly)."""
    for t in toks[i + 1 : i + 4]:
        if t in CLAUSE_ENDS or t in ents:
            return None
        if is_content_word(t):
            return lemma_stem(t)
    return None


def _predicates_swapped(ctoks: list[str], region: list[str], ents: frozenset[str]) -> Reason | None:
    """Two entities, each named once in the claim and the span, whose next words trade
    places: "Semax calms and Selank activates" for "Selank calms, Semax activates"."""
    cnames = [t for t in dict.fromkeys(ctoks) if t in ents and ctoks.count(t) == 1]
    if len(cnames) < 2:
        return None
    for a in cnames:
        for b in cnames:
            if a >= b or region.count(a) != 1 or region.count(b) != 1:
                continue
            xa, xb = _next_word(region, region.index(a), ents), _next_word(region, region.index(b), ents)
            ca, cb = _next_word(ctoks, ctoks.index(a), ents), _next_word(ctoks, ctoks.index(b), ents)
            if xa and xb and xa != xb and (ca, cb) == (xb, xa):
                return Reason(
                    code=GroundingCode.SUBSTITUTION,
                    message=f"the claim says of {a!r} what the span says of {b!r} "
                    "(the two trade places)",
                )
    return None


_RESEARCH_ACTIVE = frozenset({"studies", "examines", "investigates", "evaluates", "researches", "explores"})
_RESEARCHERS = frozenset(
    {"researchers", "scientists", "investigators", "authors", "team", "group", "groups", "study",
     "trial", "trials", "review", "reviews", "paper", "papers", "lab", "labs", "we", "they",
     "who", "literature", "work", "clinicians", "physicians", "institute", "institutes"}
)


def research_agent_swap(ctoks: list[str], region: list[str]) -> Reason | None:
    """The thing studied made the one who studies: "Selank is a tuftsin analogue that studies
    calming effects" where the span says "researchers have studied Selank for its calming
    effects". Flags a present active research verb the span never uses, opening a relative
    clause ("that studies", "which examines": so "clinical studies" stays a noun) or after an
    apposition ("Selank, a tuftsin analogue, studies"), whose subject is not a researcher, a
    study or a group."""
    said = set(region)
    for i, t in enumerate(ctoks):
        if t not in _RESEARCH_ACTIVE or t in said:
            continue
        j = i - 1
        while j >= 0 and ctoks[j] in ("also", "both", "mainly", "primarily"):
            j -= 1
        if j >= 1 and ctoks[j] == "," and "," in ctoks[:j]:
            j = max(k for k in range(j) if ctoks[k] == ",")  # an apposition: "Selank, a …, studies"
        elif j < 1 or ctoks[j] not in ("that", "which"):
            continue
        j -= 1
        if ctoks[j] not in _RESEARCHERS and not ctoks[j].endswith(("ers", "ists")):
            return Reason(
                code=GroundingCode.SUBSTITUTION,
                message=f"the claim makes {ctoks[j]!r} the one that {t}, where the span has "
                "researchers or a study doing it (who did what is swapped)",
            )
    return None


def _swappable(word: str) -> bool:
    return len(word) >= 3 and word.isalpha()


def _counted(toks: list[str], i: int) -> str | None:
    """The word a number counts ("60 patients"; "20 % discount": the word after the percent
    sign), or ``None`` for a number inside a name ("COVID-19 testing", "IL-6 levels")."""
    if not toks[i][0].isdigit() or (i and toks[i - 1] in ("-", "/")):
        return None
    j = i + 2 if toks[i + 1 : i + 2] == ["%"] else i + 1
    return toks[j] if j < len(toks) and toks[j][0].isalpha() else None


def number_slot(ctoks: list[str], region: list[str]) -> Reason | None:
    """A number of the claim that its sentence of the span has not, where that sentence has
    another number beside the same word ("a 2014 trial of 62 patients" where the 2014 trial
    had 60 patients; 62 is another study's, elsewhere in the article). Numbers compare by
    value ("1,500" is "1500")."""

    def value(t: str) -> str:
        return t.replace(",", "")

    said = {value(t) for t in region}
    told = {value(t) for t in ctoks}
    beside: dict[str, str] = {}
    for i, t in enumerate(region):
        word = _counted(region, i)
        if word is not None:
            beside.setdefault(lemma_stem(word), t)
    for i, t in enumerate(ctoks):
        word = _counted(ctoks, i)
        if word is None or value(t) in said:
            continue
        other = beside.get(lemma_stem(word))
        if other is not None and value(other) not in told:
            pct = " %" if ctoks[i + 1] == "%" else ""
            return Reason(
                code=GroundingCode.NUMBER_MISSING,
                message=f"the claim says {t}{pct} {word} where the span says {other}{pct} {word}",
            )
    return None
