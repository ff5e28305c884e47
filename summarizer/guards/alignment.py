"""The checks built on the token alignment of a claim with its span
(:mod:`summarizer.guards.tokenalign`).

A claim word with no match that sits where the span has a different, unmatched content word between the same
neighbours is a *substitution* ("in mice" -> "in humans", "Selank" -> "Semax"); an unmatched
word elsewhere is only an addition (it lowers coverage). On top of the alignment: antonyms,
evidence levels (rats, mice, in vitro, patients, healthy volunteers, humans), hedges in both
directions, and the swaps of :mod:`summarizer.guards.swaps` (scale words, typed nouns, drugs,
entities that trade places), all looked up only in the part of the span the claim aligns
with.
"""

from __future__ import annotations

from summarizer.guards.addedphrase import added_phrase
from summarizer.guards.codes import GroundingCode
from summarizer.guards.condition import condition_dropped, jurisdiction_dropped
from summarizer.guards.evidencelevel import evidence_reason, evidence_swapped
from summarizer.guards.hedges import hedge_reason
from summarizer.guards.lexicon import (
    CONTRASTS,
    antonym_of,
    evidence_class,
    lemma_stem,
)
from summarizer.guards.listswap import list_item_swap
from summarizer.guards.measures import measure_swap
from summarizer.guards.oneedit import replaced_phrase
from summarizer.guards.scope import scope_dropped
from summarizer.guards.slotswap import antonyms_exchanged, in_place_swaps
from summarizer.guards.swaps import (
    number_slot,
    restriction_added,
    role_swap,
    scale_reason,
)
from summarizer.guards.tokenalign import (
    CLAUSE_ENDS,
    Alignment,
    align,
    is_content_word,
    negated_keys,
    passive_at,
)
from summarizer.guards.typednouns import DRUG, DRUG_CLASSES, typed_added, typed_swap
from summarizer.guards.wordnet import antonyms as wordnet_antonyms
from summarizer.guards.wordswap import lone_swap, word_swap
from summarizer.models import Reason

__all__ = ["Alignment", "align", "alignment_reasons"]

_MAX_GAP = 1  # span content words allowed between two aligned neighbours of a substitution
_COMPARATORS = frozenset({"placebo", "sham"})  # never licensed by a named comparator


def _substitutions(
    al: Alignment,
    ctoks: list[str],
    xtoks: list[str],
    *,
    swaps: bool = True,
    placebo: bool = True,
    only: frozenset[str] | None = None,
) -> list[tuple[str, str]]:
    """(claim word, span word) pairs where the claim swapped one content word for another.

    Tight on purpose: the claim word's direct neighbours (content words) are matched to span
    words exactly two apart, and the one span word between them licenses no claim word; at
    the claim's first or last content word one matched neighbour is enough.
    "placebo"/"sham" absent from the span is always a swapped comparator. With ``only``,
    just those claim words are tried, matched elsewhere in the span or not ("Russian
    institutions" where the span has "Western institutions ... the Russian literature"),
    unless a match of theirs lies between their neighbours' ("the U.S. FDA" for "the U.S.
    Food and Drug Administration (FDA)").
    """
    out: list[tuple[str, str]] = []
    n = len(al.ckeys)
    for k in range(n):
        if only is not None:
            if ctoks[al.ckeys[k][0]] not in only:
                continue
        elif al.matches[k] or not _swappable(ctoks[al.ckeys[k][0]]):
            continue
        if ctoks[al.ckeys[k][0]] in _COMPARATORS:
            if placebo:
                out.append((ctoks[al.ckeys[k][0]], "a different comparator"))
            continue
        if not swaps:
            continue
        a, b = k - 1, k + 1
        if only is not None:  # a run of unmatched names is one slot ("Bioorganicheskaia Khimiia")
            while a >= 0 and not al.matches[a] and ctoks[al.ckeys[a][0]] in only:
                a -= 1
            while b < n and not al.matches[b] and ctoks[al.ckeys[b][0]] in only:
                b += 1
        prev = al.matches[a] if a >= 0 else None
        nxt = al.matches[b] if b < n else None
        # span words the slot may hold: as many as the claim's, one more for a run of names
        room = b - a - 1 + (_MAX_GAP if only is not None else _MAX_GAP - 1)
        cands: list[int] = []
        if prev and nxt:
            cands = [j for p in prev for q in nxt if 1 < q - p <= room + 1 for j in range(p + 1, q)]
        elif prev and b == n:
            cands = [p + 1 for p in prev]  # a swapped last word ("in mice" -> "in humans")
        elif nxt and a < 0:
            cands = [q - 1 for q in nxt]  # a swapped first word ("Selank" -> "Semax")
        lo, hi = min(prev or (), default=-1), max(nxt or (), default=len(al.xkeys))
        if only is not None and any(lo < m < hi for m in al.matches[k]):
            continue  # the span has the word in its place too: "Selank ... modeled on"
        for j in cands:
            if 0 <= j < len(al.xkeys) and j not in al.xused:
                xw = xtoks[al.xkeys[j][0]]
                if _swappable(xw):
                    out.append((ctoks[al.ckeys[k][0]], xw))
                    break
    return out


_CUES = frozenset({"versus", "vs"})
_CUE_PAIRS = frozenset({("compared", "with"), ("compared", "to"), ("comparison", "with")})


#: endings that name a kind of technical term: transmitter systems ("-ergic"), ligands
#: ("-oid"), amines, enzymes ("-ase"), conditions ("-itis", "-osis", "-emia", "-pathy")
_TERM_ENDINGS = (
    "ergic",
    "oid",
    "oids",
    "amine",
    "aline",
    "ase",
    "ases",
    "itis",
    "osis",
    "emia",
    "pathy",
)


def _same_kind(a: str, b: str) -> bool:
    """Two different technical terms of one kind ("cholinergic" for "serotonergic")."""
    return a != b and any(a.endswith(e) and b.endswith(e) for e in _TERM_ENDINGS)


def _comparator_reason(al: Alignment, ctoks: list[str]) -> Reason | None:
    """The first content word after "compared with", "versus"... has no match in
    the span: the claim names a comparator the span does not ("diazepam" for "medazepam")."""
    for k, (i, _) in enumerate(al.ckeys):
        j = i - 1
        while j >= 0 and ctoks[j] in ("the", "a", "an", "that", "those", "of", "."):
            j -= 1
        cue = j >= 0 and (ctoks[j] in _CUES or (j > 0 and (ctoks[j - 1], ctoks[j]) in _CUE_PAIRS))
        if cue and not al.matches[k] and _swappable(ctoks[i]):
            return Reason(
                code=GroundingCode.SUBSTITUTION,
                message=f"the claim compares with {ctoks[i]!r}, which the span does not name",
            )
    return None


def _swappable(word: str) -> bool:
    return len(word) >= 3 and word.isalpha()


def _possessive(toks: list[str], a: int, b: int) -> bool:
    """A possessive between claim positions ``a`` and ``b``: "the Academy of Sciences'
    Institute" restates "the Institute ... of the Academy of Sciences"."""
    return any(t == "'" or t.endswith("'s") for t in toks[a:b])


def _ends_between(xtoks: list[str], a: int, b: int) -> int:
    """Clause ends and "and"/"or" between two span positions, not counting a bracketed
    aside ("Selank (and Semax) inhibit")."""
    depth = n = 0
    for t in xtoks[a:b]:
        depth += (t == "(") - (t == ")")
        n += depth == 0 and t != ")" and (t in CLAUSE_ENDS or t in ("and", "or"))
    return n


# a role swap stays in one part
_PARTS = frozenset({",", ";", ":", "and", "or", "(", ")"})
# relations that read the same both ways ("A has been linked to B" for "B is associated with A")
_SYMMETRIC = frozenset(
    {"linked", "associated", "correlated", "related", "connected", "tied", "correlate", "correlates"}
)


def _order_reason(al: Alignment, ctoks: list[str], xtoks: list[str]) -> Reason | None:
    """Three claim words, each matched once, that the span has in the reverse order: who did
    what to whom is swapped ("diazepam enhanced Selank" for "Selank enhanced diazepam",
    "trials rather than studies" for "studies rather than trials"). Moving a whole clause
    keeps two increasing runs and never reverses three words; the three words must sit in
    one part of the claim (no comma, "and", "or" between: lists reorder freely), and the
    span's first two of them in one clause of the span, not side by side ("Selank
    protocols" is a compound, not an agent and its act); a passive
    claim ("by") is left alone."""
    if ("by" in ctoks and "by" not in xtoks) or _SYMMETRIC & set(ctoks):
        return None
    seq: list[tuple[int, int]] = []
    seen: set[int] = set()
    for k, m in enumerate(al.matches):
        # an adverb moves freely ("broadly suppressing" for "suppressing ... broadly")
        if (
            len(m) == 1
            and m[0] not in seen
            and not ctoks[al.ckeys[k][0]].endswith("ly")
            and lemma_stem(ctoks[al.ckeys[k][0]]) == lemma_stem(xtoks[al.xkeys[m[0]][0]])
        ):
            seen.add(m[0])
            seq.append((al.xkeys[m[0]][0], al.ckeys[k][0]))
    part, cut = [], 0
    for t in ctoks:
        cut += t in _PARTS
        part.append(cut)
    n = len(seq)
    for v in range(1, n - 1):
        pv, cv = seq[v][0], part[seq[v][1]]
        if passive_at(xtoks, pv) != passive_at(ctoks, seq[v][1]):
            continue  # one is passive: the order of agent and patient turns round
        if any(
            seq[a][0] > pv + 1
            and part[seq[a][1]] == cv
            and not _possessive(ctoks, seq[a][1], seq[v][1])
            and not _ends_between(xtoks, pv, seq[a][0])
            for a in range(v)
        ) and any(
            seq[b][0] < pv - 1 and part[seq[b][1]] == cv and not _ends_between(xtoks, seq[b][0], pv)
            for b in range(v + 1, n)
        ):
            return Reason(
                code=GroundingCode.SUBSTITUTION,
                message=f"the claim puts {ctoks[seq[v][1]]!r} between words the span has the "
                "other way round (who did what to whom is swapped)",
            )
    return None


def alignment_reasons(
    ctoks: list[str],
    xtoks: list[str],
    checks: frozenset[str],
    names: tuple[frozenset[str], frozenset[str]] = (frozenset(), frozenset()),
    known: frozenset[str] | None = None,
) -> list[Reason]:
    """Reasons from the alignment: substitution, antonym, evidence level, hedge direction.

    ``names``: the (folded) words of the claim's names (less those licensed only through an
    alias or an acronym) and of the span's names, for ``name_swap``.
    """
    al = align(ctoks, xtoks)
    region = al.region(xtoks, frozenset(t for t in ctoks if t[0].isdigit()))
    ral = al if region is xtoks else align(ctoks, region)  # the claim against its region
    rkeys = {lemma_stem(t) for t in region if is_content_word(t)}
    reasons: list[Reason] = []
    antonyms: set[str] = set()
    if "antonyms" in checks:
        for k, (i, key) in enumerate(al.ckeys):
            if al.matches[k] or (ctoks[i] == "unlike" and CONTRASTS & set(region)):
                continue
            opp = sorted((antonym_of(key) | wordnet_antonyms(key)) & rkeys)
            opp = [o for o in opp if o not in negated_keys(tuple(region))] if opp else opp
            if opp:
                said = next(t for t in region if lemma_stem(t) == opp[0])
                antonyms.add(ctoks[i])
                reasons.append(
                    Reason(
                        code=GroundingCode.ANTONYM,
                        message=f"the claim says {ctoks[i]!r} where the span says {said!r}",
                    )
                )
                break
        traded = None if antonyms else antonyms_exchanged(ctoks, region)
        if traded is not None:
            antonyms.update(traded)
            reasons.append(
                Reason(
                    code=GroundingCode.ANTONYM,
                    message=f"the claim swaps {traded[0]!r} and {traded[1]!r}: the span has "
                    "them the other way round",
                )
            )
    if "scale" in checks and not antonyms:
        r = scale_reason(ctoks, region) or restriction_added(ctoks, region)
        if r is not None:
            reasons.append(r)
    if "evidence" in checks:
        r = evidence_reason([t for t in ctoks if t[0].isalpha()], region, xtoks)
        r = r or evidence_swapped(_substitutions(al, ctoks, xtoks, placebo=False))
        if r is not None:
            reasons.append(r)
    if "hedge_two_way" in checks:
        r = (
            hedge_reason(ctoks, region)
            or condition_dropped(ctoks, region)
            or jurisdiction_dropped(ctoks, region)
        )
        if r is not None:
            reasons.append(r)
    if "role_order" in checks:
        r = _order_reason(ral, ctoks, region)
        ents = names[1] | {t for t in region if DRUG.fullmatch(t) or DRUG_CLASSES.fullmatch(t)}
        r = r or role_swap(ctoks, region, frozenset(ents))
        if r is not None:
            reasons.append(r)
    if "numbers" in checks:
        r = number_slot(ctoks, region) if region is not xtoks else None
        r = r or measure_swap(ctoks, xtoks)
        if r is not None:
            reasons.append(r)
    if "typed_swap" in checks:
        r = typed_swap(ral, ctoks, region)
        if r is not None:
            reasons.append(r)
    if "list_swap" in checks and not reasons:
        swap = list_item_swap(ral, ctoks, region, names[0] | names[1], known or frozenset())
        reasons.extend(r for r in [swap] if r is not None)
    if "unmentioned_noun" in checks and not reasons and known is not None:
        reasons.extend(r for r in [typed_added(al, ctoks, region, known)] if r is not None)
    if "scope" in checks and not reasons:
        reasons.extend(r for r in [scope_dropped(ral, ctoks, region)] if r is not None)
    if "comparator" in checks:
        r = _comparator_reason(al, ctoks)
        if r is not None:
            reasons.append(r)
    if "name_swap" in checks:
        # a drug by its generic ending, lower case, that the span never names ("diazepam and
        # phenazepam" for "medazepam and phenazepam")
        span_words = set(xtoks)
        drug = next((t for t in ctoks if DRUG.fullmatch(t) and t not in span_words), None)
        if drug is not None:
            reasons.append(
                Reason(
                    code=GroundingCode.ENTITY_MISSING,
                    message=f"the drug {drug!r} is not in the quoted span",
                )
            )
    if "name_swap" in checks and "substitution" not in checks:
        # aligned with the region only: a name of the claim in a far sentence does not count
        for cw, xw in _substitutions(ral, ctoks, region, placebo=False, only=names[0]):
            if cw in names[0] and xw in names[1] and xw not in names[0]:
                reasons.append(
                    Reason(
                        code=GroundingCode.SUBSTITUTION,
                        message=f"the claim names {cw!r} where the span names {xw!r}",
                    )
                )
                break
    if "term_swap" in checks and "substitution" not in checks:
        for cw, xw in _substitutions(ral, ctoks, region, placebo=False):
            if _same_kind(cw, xw):
                reasons.append(
                    Reason(
                        code=GroundingCode.SUBSTITUTION,
                        message=f"the claim says {cw!r} where the span says {xw!r} "
                        "(another term of the same kind)",
                    )
                )
                break
    if "word_swap" in checks and "substitution" not in checks:
        pairs = _substitutions(al, ctoks, xtoks, placebo=False)
        # no slot: the claim's lone unmatched word against the sentence's lone one
        pairs = pairs or lone_swap(*ral.unmatched(ctoks, region))
        r = word_swap(((c, x) for c, x in pairs if c not in antonyms and not evidence_class(c)), names)
        if r is None:
            every = names[0] | names[1] | antonyms
            for cw, xw in in_place_swaps(al, ctoks, xtoks):
                if cw not in every and xw not in every and not evidence_class(cw):
                    r = Reason(
                        code=GroundingCode.SUBSTITUTION,
                        message=f"the claim says {cw!r} where the span says {xw!r}, "
                        "between the same words",
                    )
                    break
        if r is not None:
            reasons.append(r)
    if "substitution" in checks or "placebo" in checks:
        subs = _substitutions(
            al, ctoks, xtoks, swaps="substitution" in checks, placebo="placebo" in checks
        )
        for cw, xw in subs:
            if cw in antonyms or evidence_class(cw):
                continue
            reasons.append(
                Reason(
                    code=GroundingCode.SUBSTITUTION,
                    message=f"the claim says {cw!r} where the span says {xw!r}",
                )
            )
            break
    if "added_phrase" in checks:
        r = added_phrase(al, ctoks)
        if r is not None:
            reasons.append(r)
    if "one_edit" in checks and not reasons:
        r = replaced_phrase(ctoks, xtoks)
        if r is not None:
            reasons.append(r)
    return reasons
