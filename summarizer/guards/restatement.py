"""Restatement checks: a summary item against the sentence(s) it quotes, stricter than support.

A summary item restates its quoted sentences in fewer words. What a restatement may not do,
and what the general support check (built for free-standing claims) lets through:

- add content words the quoted sentences do not license (``novel_words``): more than
  :data:`MAX_NOVEL` stems that are not in the span, not an inflection or listed synonym of
  a span word, and not a framing word ("study", "reported", …);
- add a comparison the span does not make (``comparison_added``: "more effective than");
- drop a non-human subject of study (``evidence_level_dropped``: the span says "in rats"
  or "laboratory", the item says nothing of animals or cells);
- drop the span's hedge or report frame (``hedge_dropped``: "a study reported that Selank
  may reduce" → "Selank reduces"); any report wording in the item ("a study found") keeps
  the frame.

Used on summary items (the pipeline and ``validate``; the added-words check only where the
pipeline restated the sentence itself, i.e. with ``forbid_copies``); ``check-claims`` keeps
the general support check alone.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from rapidfuzz import fuzz

from summarizer.guards.folding import fold_text
from summarizer.guards.lexicon import SYNONYM_KEY, evidence_class, lemma_stem
from summarizer.guards.text import content_stems, stem, tokens
from summarizer.models import Reason

MAX_NOVEL = 1
#: Words a restatement may add without the span saying them: framing, not content.
_FRAMING = frozenset(
    stem(w)
    for w in [
        "study",
        "studies",
        "studied",
        "research",
        "researchers",
        "trial",
        "trials",
        "article",
        "report",
        "reported",
        "reports",
        "found",
        "find",
        "finds",
        "show",
        "shows",
        "shown",
        "showed",
        "suggest",
        "suggests",
        "suggested",
        "describe",
        "described",
        "describes",
        "evidence",
        "effect",
        "effects",
        "result",
        "results",
        "indicate",
        "indicates",
        "indicated",
        "note",
        "noted",
        "say",
        "says",
        "said",
        "according",
        "involve",
        "involves",
        "involving",
        "known",
        "also",
        "use",
        "used",
        "data",
        "work",
        "review",
        "literature",
        "authors",
        "scientists",
        "experts",
        "help",
        "helps",
    ]
)
_COMPARATIVE = re.compile(
    r"\b(?:more|less|better|worse|greater|fewer|superior|inferior|stronger|weaker|higher|lower|"
    r"faster|slower|safer|outperform\w*|than)\b",
    re.IGNORECASE,
)
#: In a claim, any of these keeps a report frame ("a study found", "researchers observed").
_CLAIM_FRAME = re.compile(
    r"\b(?:found|finds?|show\w*|observ\w*|document\w*|not\w*|according|stud(?:y|ies|ied)|"
    r"trials?|research\w*|reviews?|evidence|experiments?|data)\b",
    re.IGNORECASE,
)
#: Epistemic hedges: a claim must keep one when its span has one ("may", "suggests").
_HEDGE = re.compile(
    r"\b(?:may|might|could|suggest\w*|appear\w*|propos\w*|thought|believ\w*|potential\w*|"
    r"possibl\w*|preliminar\w*|hypothes\w*|likely|seem\w*)\b",
    re.IGNORECASE,
)
#: Report frames: a claim keeps one with any report wording (``_CLAIM_FRAME``) or a hedge.
_REPORT = re.compile(r"\b(?:report\w*|indicat\w*|according)\b", re.IGNORECASE)
#: Non-human subjects: leaving these out turns an animal or lab result into a general one.
_NON_HUMAN = frozenset(
    {"rat", "mouse", "rodent", "animal", "dog", "primate", "fish", "pig", "rabbit", "vitro"}
)


def _keys(text: str) -> set[str]:
    out = set()
    for s in content_stems(text):
        out.add(s)
        out.add(SYNONYM_KEY.get(s, s))
        out.add(lemma_stem(s))
    return out


def _novel(claim: str, span: str) -> list[str]:
    allowed = _keys(span)
    novel = []
    for word in tokens(claim):
        if not word[0].isalpha():
            continue
        s = stem(word)
        if s not in content_stems(word) or s in _FRAMING:
            continue
        if {s, SYNONYM_KEY.get(s, s), lemma_stem(s)} & allowed:
            continue
        if word not in novel:
            novel.append(word)
    return novel


def _classes(text: str) -> set[str]:
    return {c for w in tokens(text) if (c := evidence_class(w)) is not None}


def restatement_issues(claim: str, spans: Sequence[str], *, wording: bool = True) -> list[Reason]:
    """Every way ``claim`` departs from the sentences it quotes (empty when it does not).

    ``wording=False`` skips the added-words check: a summary written elsewhere may paraphrase
    freely, and is still held to its quotes' comparisons, subjects and hedges.
    """
    if not spans:
        return []
    span = " ".join(spans)
    reasons: list[Reason] = []
    novel = _novel(claim, span) if wording else []
    if len(novel) > MAX_NOVEL:
        words = ", ".join(f"'{w}'" for w in novel[:4])
        reasons.append(
            Reason(
                code="novel_words",
                message=f"it adds words its quoted sentence does not say ({words})",
            )
        )
    if (m := _COMPARATIVE.search(claim)) and not _COMPARATIVE.search(span):
        reasons.append(
            Reason(
                code="comparison_added",
                message=f"it makes a comparison ('{m.group(0)}') that its quoted sentence does not make",
            )
        )
    dropped = (_classes(span) - _classes(claim)) & _NON_HUMAN
    if dropped and not _classes(claim) & _NON_HUMAN:
        reasons.append(
            Reason(
                code="evidence_level_dropped",
                message=f"it leaves out who or what was studied ({', '.join(sorted(dropped))}), "
                "which its quoted sentence states",
            )
        )
    hedge = _HEDGE.search(span)
    report = _REPORT.search(span)
    if (hedge and not _HEDGE.search(claim)) or (
        report
        and not hedge
        and not (_HEDGE.search(claim) or _REPORT.search(claim) or _CLAIM_FRAME.search(claim))
    ):
        words = "', '".join(m.group(0) for m in (hedge, report) if m is not None)
        reasons.append(
            Reason(
                code="hedge_dropped",
                message=f"it states as fact what its quoted sentence hedges or reports ('{words}')",
            )
        )
    return reasons


#: A restatement this similar to its quoted sentence (rapidfuzz ratio, 0..100) is a copy:
#: the sentence itself, or it with a word or two changed ...
COPY_SIMILARITY = 90.0
#: ... or one nearly as long and still this similar.
COPY_LONG_SIMILARITY, COPY_LONG_SHARE = 85.0, 0.85


def copies_quote(text: str, spans: Sequence[str]) -> Reason | None:
    """A reason when ``text`` copies one of its quoted spans instead of restating it.

    Summaries restate their evidence in fewer words; a claim that is its quote (or the quote
    with a word or two changed) adds nothing and reads as the article's own wording.
    """
    claim = fold_text(text).strip(" .")
    for span in spans:
        quoted = fold_text(span).strip(" .")
        if len(claim.split()) < 8:
            continue
        ratio = fuzz.ratio(claim, quoted)
        share = len(claim.split()) / max(1, len(quoted.split()))
        if ratio >= COPY_SIMILARITY or (ratio >= COPY_LONG_SIMILARITY and share >= COPY_LONG_SHARE):
            return Reason(
                code="verbatim_copy",
                message="it copies its quoted sentence instead of restating it in fewer words",
            )
    return None
