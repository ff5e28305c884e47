"""Output guards over a summary's text items (besides grounding and dosing).

:func:`output_issues` checks ``(path, text)`` pairs such as ``("claims[2]", "...")`` for
empty text, too few claims, duplicate, near-duplicate and same-fact claims, claims that copy
the source instead of summarising it (long verbatim runs, or over the word limit), treatment
recommendations, calls to action and promotional content. Every reason has a stable
:class:`GuardCode`.

:func:`promotion_in` is the promotion part on its own, for tagging one article sentence as a
call to action or promotion (the pattern tables are in :mod:`summarizer.guards.promo_rules`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

from rapidfuzz import fuzz

from summarizer.guards.folding import fold_text
from summarizer.guards.promo_rules import CALL_TO_ACTION, PROMOTION, VENDOR
from summarizer.guards.text import STOPWORDS, stem
from summarizer.models import Reason

__all__ = ["CLAIM_MAX_WORDS", "GuardCode", "output_issues", "promotion_in", "same_fact"]

CLAIM_MAX_WORDS = 40
VERBATIM_MAX_RUN = (
    35  # consecutive words copied from the source (a sentence restated is fine; a paragraph is not)
)
VERBATIM_MIN_WORDS = 30  # ... or an item this long that is (almost) all copied
VERBATIM_SHARE = 0.9
NEAR_DUPLICATE = 90.0  # rapidfuzz score, 0..100
SAME_FACT_MIN_SHARED = 3  # content stems two items must share to state the same fact
SAME_FACT_MIN_SPECIFIC = 2  # ... of which this many are not topic words of the summary
SAME_FACT_MIN_SHARE = 0.4  # ... and this share of the longer item's stems (not a passing mention)


class GuardCode(StrEnum):
    """Stable codes of the output guards."""

    EMPTY_TEXT = "empty_text"
    NO_CLAIMS = "no_claims"
    TOO_FEW_CLAIMS = "too_few_claims"
    MISSING_OVERVIEW = "missing_overview"
    DUPLICATE_CLAIM = "duplicate_claim"
    NEAR_DUPLICATE_CLAIM = "near_duplicate_claim"
    SAME_FACT = "same_fact"
    CLAIM_TOO_LONG = "claim_too_long"
    VERBATIM_COPY = "verbatim_copy"
    TREATMENT_RECOMMENDATION = "treatment_recommendation"
    CALL_TO_ACTION = "call_to_action"
    PROMOTIONAL = "promotional"
    QUOTE_PROMOTIONAL = "quote_promotional"


_WORD = re.compile(r"\w+(?:[-'.]\w+)*")
_DIGITS = re.compile(r"\d+(?:[.,]\d+)*")

_RECOMMEND = re.compile(
    r"\byou (?:should|must|need to|ought to|have to|may want to|might want to|could|can|"
    r"are advised to)(?: \w+ly)? (?:use|take|try|switch|choose|start|replace|stop|consider|"
    r"ask for|get|opt|go with|pick)\b|"
    r"\b(?:is|are|would be|makes?|remains?) (?:a |an |the )?(?:much )?(?:better|best|safer|"
    r"superior|preferred|preferable|smarter|ideal|wiser|first-line) (?:choice|option|"
    r"alternative|treatment|pick|bet|replacement)\b|"
    r"\b(?:is|are) (?:a )?better (?:choice |option )?than\b|"
    r"\bconsider (?:switching|replacing|using|trying|taking|starting|stopping|asking)\b|"
    r"\b(?:we|i) (?:recommend|suggest|advise)(?:s|ed)?\b|"
    r"\b(?:recommended|advised) (?:instead of|over|in place of)\b|"
    r"\b(?:use|take|try|choose|pick|switch to) \w+(?: \w+)? (?:instead of|rather than|over)\b|"
    r"(?:^|[.;:!] )(?:switch|try|choose|replace) (?:to |with )?\w+\b|"
    r"\binstead of (?:your |a |an |the )?(?:benzodiazepines?|ssris?|medications?|drugs?|"
    r"prescriptions?|\w+pam)\b"
)
# --- same fact in other words -------------------------------------------------------------

_FACT_WORD = re.compile(r"[^\W\d_]+|\d+(?:[.,]\d+)*")
_NEGATION_TEXT = """
not no never without neither nor none cannot n't lack lacks lacked lacking absent fail fails
failed unable
"""
# Reporting and filler words: "a trial found X" and "X" state the same fact.
_SOFT_TEXT = """
show shown showed find found finding report reported demonstrate demonstrated reveal revealed
observe observed document documented describe described note noted indicate indicated research
researcher researchers paper article author authors literature data evidence result results
effect effects also one overall generally typically according published publish
"""
_NEGATION_WORDS = frozenset(_NEGATION_TEXT.split())
_SOFT = frozenset(stem(w) for w in _SOFT_TEXT.split())
_IRREGULAR = (
    "run ran|make made|give gave given|take took taken|lead led|begin began begun|hold held"
)
_IRREGULAR += "|rise rose risen|fall fell fallen|grow grew grown"
# Stems that say the same thing in science writing; each maps to its class name.
_CLASSES: dict[str, str] = {
    stem(w): name
    for name, words in {
        "develop": "develop developed create created design designed invent invented engineer "
        "engineered synthesize synthesized synthesise originate originated",
        "UP": "increase raise boost elevate upregulate upregulation enhance heighten amplify "
        "augment potentiate",
        "DOWN": "reduce reduction decrease lower lessen diminish downregulate alleviate attenuate",
        "inhibit": "inhibit inhibition block suppress",
        "compar": "compare comparable similar equivalent match",
        "approv": "approve approval register registration license licensed authorize authorise",
        "anxieti": "anxiety anxiolytic anxious",
        "studi": "study studies trial trials experiment",
        "degrad": "degrade degradation breakdown",
        "patient": "patient participant subject volunteer",
        "rat": "rat rats rodent rodents mouse mice",
        # irregular past forms the stemmer leaves alone
        **{v.split()[0]: v for v in _IRREGULAR.split("|")},
    }.items()
    for w in words.split()
}


@dataclass(frozen=True)
class _Fact:
    """What one item states, reduced for comparison."""

    stems: dict[str, str]  # normalised content stem -> first word it came from
    numbers: frozenset[str]
    negated: bool


def _fact(text: str) -> _Fact:
    folded = fold_text(text).replace("n't", " n't")
    stems: dict[str, str] = {}
    negated = "n't" in folded
    for word in _FACT_WORD.findall(folded):
        if word in _NEGATION_WORDS:
            negated = True
        if word[0].isdigit() or len(word) < 2 or word in STOPWORDS:
            continue
        s = stem(word)
        if s in _SOFT:
            continue
        stems.setdefault(_CLASSES.get(s, s), word)
    return _Fact(stems, frozenset(_DIGITS.findall(folded)), negated)


def _matches(a: str, b: str) -> bool:
    """Equal stems, or one a short extension of the other (russia/russian)."""
    if a == b:
        return True
    short, long_ = sorted((a, b), key=len)
    return len(short) >= 5 and long_.startswith(short) and len(long_) - len(short) <= 3


def _covered(fa: _Fact, fb: _Fact) -> tuple[list[str], int] | None:
    """The shorter item's stems if all occur in the longer one (and the numbers and negation
    agree), with the longer item's stem count; else None."""
    if fa.numbers != fb.numbers or fa.negated != fb.negated:
        return None
    small, large = sorted((fa, fb), key=lambda f: len(f.stems))
    for s in small.stems:
        if s not in large.stems and not any(_matches(s, t) for t in large.stems):
            return None
    return list(small.stems), len(large.stems)


def same_fact(a: str, b: str, topic: frozenset[str] = frozenset()) -> list[str]:
    """The shared content words if ``a`` and ``b`` state the same fact, else ``[]``.

    Same fact: every content stem of the shorter item (after synonym classes and stemming)
    occurs in the longer one, at least :data:`SAME_FACT_MIN_SHARED` stems are shared (at least
    :data:`SAME_FACT_MIN_SPECIFIC` outside ``topic``, the words nearly every item uses, and at
    least :data:`SAME_FACT_MIN_SHARE` of the longer item's), the numbers are the same and both
    or neither are negated. So "Selank was developed at the Institute of Molecular Genetics in
    Russia" and "The Russian Academy of Sciences' Institute of Molecular Genetics created
    Selank" match; "Selank reduced anxiety in a 2008 trial" and "... in a 2014 trial" do not,
    nor do claims that share a topic but differ in the finding, the direction or the comparator.
    """
    fa, fb = _fact(a), _fact(b)
    covered = _covered(fa, fb)
    if covered is None:
        return []
    shared, large = covered
    if (
        len(shared) < SAME_FACT_MIN_SHARED
        or len([s for s in shared if s not in topic]) < SAME_FACT_MIN_SPECIFIC
        or len(shared) < SAME_FACT_MIN_SHARE * large
    ):
        return []
    words = fa.stems if len(fa.stems) <= len(fb.stems) else fb.stems
    return [words[s] for s in shared]


def _topic(texts: Sequence[str]) -> frozenset[str]:
    """Stems in most of the distinct facts (and in at least three): the summary's topic words.

    Items whose stems cover one another count once, so a repeated claim does not turn its own
    words into topic words.
    """
    groups: list[_Fact] = []
    for text in texts:
        fact = _fact(text)
        for i, group in enumerate(groups):
            if _covered(fact, group) is not None:
                groups[i] = _Fact({**group.stems, **fact.stems}, group.numbers, group.negated)
                break
        else:
            groups.append(fact)
    counts: dict[str, int] = {}
    for group in groups:
        for s in group.stems:
            counts[s] = counts.get(s, 0) + 1
    need = max(3, len(groups) // 2 + 1)
    return frozenset(s for s, n in counts.items() if n >= need)


# --- calls to action and promotion ---------------------------------------------------------


def promotion_in(text: str, *, subject: str = "the sentence") -> list[Reason]:
    """Reasons why ``text`` (one sentence, claim or caveat) is a call to action or promotion.

    Returns at most two reasons: ``call_to_action`` (the reader is sent to the publisher's
    site, shop, guide, tool or sales contact: "Learn more in our guide", "Shop now",
    "Contact us for bulk pricing") and ``promotional`` (sales language, quality marketing,
    a publisher or vendor describing its own business, "for research use only"
    disclaimers, a product supplied by a named vendor). ``subject`` names the text in the
    messages, e.g. ``"claims[2]"``. An empty list means nothing promotional was found.
    Matching is on folded text, so case, spacing and look-alike letters do not matter
    (vendor names are matched with their capitals). Use it to withhold article sentences
    from the model; :func:`output_issues` uses it on every summary item.
    """
    folded = fold_text(text)
    reasons: list[Reason] = []
    cta = _phrases(CALL_TO_ACTION, folded)
    if cta:
        reasons.append(
            Reason(
                code=GuardCode.CALL_TO_ACTION.value,
                message=f"{subject} contains a call to action: {_quoted(cta)}",
            )
        )
    seen = {p.casefold() for p in cta}
    promo = [
        p
        for p in _phrases(PROMOTION, folded) + _phrases(VENDOR, fold_text(text, casefold=False))
        if p.casefold() not in seen and not any(p.casefold() in c for c in seen)
    ]
    if promo:
        reasons.append(
            Reason(
                code=GuardCode.PROMOTIONAL.value,
                message=f"{subject} contains promotional content: {_quoted(promo)}",
            )
        )
    return reasons


def _section(path: str) -> str:
    return path.split("[", 1)[0].split(".", 1)[0]


def _words(text: str) -> list[str]:
    return _WORD.findall(fold_text(text))


def _longest_run(
    words: list[str], index: dict[tuple[str, str, str], list[int]], source: list[str]
) -> int:
    """Longest run of consecutive ``words`` that also occurs in ``source``."""
    best = 0
    n = len(words)
    for i in range(n - 2):
        if n - i <= best:
            break
        for j in index.get((words[i], words[i + 1], words[i + 2]), ()):
            k = 3
            while i + k < n and j + k < len(source) and words[i + k] == source[j + k]:
                k += 1
            best = max(best, k)
    return best


def _phrases(pattern: re.Pattern[str], text: str) -> list[str]:
    seen: list[str] = []
    for m in pattern.finditer(text):
        p = m.group(0).strip(" .;:!?,(|·•>»-")
        if p and p not in seen:
            seen.append(p)
    return seen


def _quoted(phrases: list[str], most: int = 3) -> str:
    return ", ".join(f"'{p}'" for p in phrases[:most])


def output_issues(
    items: Sequence[tuple[str, str]], source_text: str, *, min_claims: int = 3
) -> tuple[dict[str, list[Reason]], list[Reason]]:
    """Check summary items; return reasons per path and summary-level reasons."""
    per_path: dict[str, list[Reason]] = {}
    summary: list[Reason] = []

    def add(path: str, code: GuardCode, message: str) -> None:
        per_path.setdefault(path, []).append(Reason(code=code.value, message=message))

    source_words = _words(source_text)
    index: dict[tuple[str, str, str], list[int]] = {}
    for j in range(len(source_words) - 2):
        index.setdefault((source_words[j], source_words[j + 1], source_words[j + 2]), []).append(j)

    seen: list[tuple[str, str, frozenset[str], str]] = []  # (path, folded, numbers, text)
    topic = _topic([t for p, t in items if _section(p) in ("claims", "caveats") and t.strip()])
    claims = 0
    sections = {_section(p) for p, _ in items}
    for path, text in items:
        section = _section(path)
        if not text.strip():
            add(path, GuardCode.EMPTY_TEXT, f"{path} is empty")
            continue
        folded = fold_text(text)
        words = _WORD.findall(folded)
        if section == "claims":
            claims += 1
            if len(words) > CLAIM_MAX_WORDS:
                add(
                    path,
                    GuardCode.CLAIM_TOO_LONG,
                    f"claim is {len(words)} words; the limit is {CLAIM_MAX_WORDS}",
                )
        run = _longest_run(words, index, source_words) if len(words) >= 3 else 0
        if run >= VERBATIM_MAX_RUN or (
            len(words) >= VERBATIM_MIN_WORDS and run >= VERBATIM_SHARE * len(words)
        ):
            add(
                path,
                GuardCode.VERBATIM_COPY,
                f"{path} copies {run} consecutive words from the source instead of summarising",
            )
        if section in ("claims", "caveats"):
            key = " ".join(words)
            numbers = frozenset(_DIGITS.findall(folded))
            for other_path, other_key, other_numbers, other_text in seen:
                if key == other_key:
                    add(path, GuardCode.DUPLICATE_CLAIM, f"{path} duplicates {other_path}")
                    break
                score = max(fuzz.ratio(key, other_key), fuzz.token_sort_ratio(key, other_key))
                if (
                    score >= NEAR_DUPLICATE
                    and numbers == other_numbers
                    and _covered(_fact(text), _fact(other_text)) is not None
                ):
                    add(
                        path,
                        GuardCode.NEAR_DUPLICATE_CLAIM,
                        f"{path} nearly duplicates {other_path} (similarity {score:.0f}/100)",
                    )
                    break
            else:
                for other_path, _, _, other_text in seen:
                    shared = same_fact(text, other_text, topic)
                    if shared:
                        add(
                            path,
                            GuardCode.SAME_FACT,
                            f"{path} states the same fact as {other_path} in other words "
                            f"(shared content words: {_quoted(shared, 6)})",
                        )
                        break
            seen.append((path, key, numbers, text))
        recs = _phrases(_RECOMMEND, folded)
        if recs:
            add(
                path,
                GuardCode.TREATMENT_RECOMMENDATION,
                f"{path} recommends a treatment choice: {_quoted(recs)}",
            )
        per_path_promo = promotion_in(text, subject=path)
        if per_path_promo:
            per_path.setdefault(path, []).extend(per_path_promo)

    if "overview" not in sections:
        summary.append(
            Reason(code=GuardCode.MISSING_OVERVIEW.value, message="the summary has no overview")
        )
    if claims == 0:
        summary.append(
            Reason(code=GuardCode.NO_CLAIMS.value, message="the summary has no non-empty claims")
        )
    elif claims < min_claims:
        summary.append(
            Reason(
                code=GuardCode.TOO_FEW_CLAIMS.value,
                message=f"the summary has {claims} claims; at least {min_claims} are needed",
            )
        )
    return per_path, summary
