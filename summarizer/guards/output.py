"""Output guards over a summary's text items (besides grounding and dosing).

:func:`output_issues` checks ``(path, text)`` pairs such as ``("claims[2]", "...")`` for
empty text, too few claims, duplicate and near-duplicate claims, claims that copy the source
instead of summarising it (long verbatim runs, or over the word limit), treatment
recommendations and promotional content. Every reason has a stable :class:`GuardCode`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from enum import StrEnum

from rapidfuzz import fuzz

from summarizer.guards.folding import fold_text
from summarizer.models import Reason

__all__ = ["CLAIM_MAX_WORDS", "GuardCode", "output_issues"]

CLAIM_MAX_WORDS = 40
VERBATIM_MAX_RUN = (
    35  # consecutive words copied from the source (a sentence restated is fine; a paragraph is not)
)
VERBATIM_MIN_WORDS = 30  # ... or an item this long that is (almost) all copied
VERBATIM_SHARE = 0.9
NEAR_DUPLICATE = 90.0  # rapidfuzz score, 0..100


class GuardCode(StrEnum):
    """Stable codes of the output guards."""

    EMPTY_TEXT = "empty_text"
    NO_CLAIMS = "no_claims"
    TOO_FEW_CLAIMS = "too_few_claims"
    MISSING_OVERVIEW = "missing_overview"
    DUPLICATE_CLAIM = "duplicate_claim"
    NEAR_DUPLICATE_CLAIM = "near_duplicate_claim"
    CLAIM_TOO_LONG = "claim_too_long"
    VERBATIM_COPY = "verbatim_copy"
    TREATMENT_RECOMMENDATION = "treatment_recommendation"
    PROMOTIONAL = "promotional"


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
_PROMO = re.compile(
    r"\bbuy(?:ing)?\b|\bpurchas(?:e|ing)\b|\border (?:now|today|online|yours|here|from|"
    r"through)\b|\bshop (?:now|our|online)\b|\b(?:discount|coupon|promo|voucher)(?: codes?)?s?\b"
    r"|\buse code\b|\b\d+ ?% off\b|\bfree shipping\b|\bin stock\b|\bour (?:products?|catalog"
    r"(?:ue)?|store|shop|peptides?|compounds?|website|brand|formulations?)\b|\bbrowse (?:the|our)"
    r" catalog|\bhigh[- ]purity\b|\b(?:premium|pharmaceutical|pharma)[- ]grade\b|"
    r"\b(?:>=|≥)? ?9\d(?:\.\d+)? ?%\+? pur(?:e|ity)\b|\bthird[- ]party[- ](?:tested|verified|"
    r"lab tested)\b|\b(?:certificate of analysis|coa) (?:on|with|for) every\b|"
    r"\bbatch-specific coa\b|\b(?:sold|available) (?:at|from|through|in) our\b|"
    r"\b(?:money-back|satisfaction) guarantee\b|\blimited[- ]time offer\b|\bbest price\b"
)
_VENDOR = re.compile(
    r"\b(?:from|at|via|through|by|with|trust|recommend)\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?\s+"
    r"(?:Peptides|BioLabs|Biolabs|Labs|Pharma|Supplements|Nutrition|Nootropics)\b"
)


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
        p = m.group(0).strip(" .;:!")
        if p and p not in seen:
            seen.append(p)
    return seen


def _quoted(phrases: list[str]) -> str:
    return ", ".join(f"'{p}'" for p in phrases[:3])


def promotion_in(text: str) -> list[Reason]:
    """Promotion or vendor plugs in one piece of text (e.g. an article sentence), as reasons."""
    promo = _phrases(_PROMO, fold_text(text)) + _phrases(_VENDOR, text)
    if not promo:
        return []
    return [Reason(code=GuardCode.PROMOTIONAL.value, message=f"promotional wording {_quoted(promo)}")]


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

    seen: list[tuple[str, str, frozenset[str]]] = []  # (path, folded text, numbers)
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
            for other_path, other_key, other_numbers in seen:
                if key == other_key:
                    add(path, GuardCode.DUPLICATE_CLAIM, f"{path} duplicates {other_path}")
                    break
                score = max(fuzz.ratio(key, other_key), fuzz.token_sort_ratio(key, other_key))
                if score >= NEAR_DUPLICATE and numbers == other_numbers:
                    add(
                        path,
                        GuardCode.NEAR_DUPLICATE_CLAIM,
                        f"{path} nearly duplicates {other_path} (similarity {score:.0f}/100)",
                    )
                    break
            seen.append((path, key, numbers))
        recs = _phrases(_RECOMMEND, folded)
        if recs:
            add(
                path,
                GuardCode.TREATMENT_RECOMMENDATION,
                f"{path} recommends a treatment choice: {_quoted(recs)}",
            )
        promo = _phrases(_PROMO, folded) + _phrases(_VENDOR, text)
        if promo:
            add(
                path,
                GuardCode.PROMOTIONAL,
                f"{path} contains promotional content: {_quoted(promo)}",
            )

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
