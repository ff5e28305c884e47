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
  the frame;
- name a subject of study the span does not (``evidence_level_added``: "Rats have been
  studied …" for a sentence about people, "in humans" for "in mice");
- add a word of frequency, quantity or certainty the span does not say
  (``quantifier_added``: "often" for "sometimes", "multiple groups" for "a few groups");
- put another word where the span has a name (``name_substituted``: "Rational clinical
  studies" for "Russian clinical studies", "placebo" for "Medazepam");
- say a two-word phrase more often than the span does (``phrase_repeated``: "neuroplasticity
  enhancement directly drives neuroplasticity enhancement");
- put a word of the span in place of one of its pronouns (``subject_changed``: "While GAD
  is approved in Russia" for "While it is approved in Russia for conditions like GAD").

Used on summary items (the pipeline and ``validate``; the added-words check only where the
pipeline restated the sentence itself, i.e. with ``forbid_copies``); ``check-claims`` keeps
the general support check alone.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from difflib import SequenceMatcher

from rapidfuzz import fuzz

from summarizer.guards.folding import fold_text
from summarizer.guards.lexicon import SYNONYM_KEY, evidence_class, lemma_stem
from summarizer.guards.subjects import pronoun_swaps
from summarizer.guards.text import content_stems, is_word, stem, tokens
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
    r"possibl\w*|preliminar\w*|hypothes\w*|likely|seem\w*|plausibl\w*|unclear|uncertain\w*|"
    r"not (?:fully|yet|well) (?:known|understood|quantified|established))\b",
    re.IGNORECASE,
)
#: Report frames: a claim keeps one with any report wording (``_CLAIM_FRAME``) or a hedge.
_REPORT = re.compile(r"\b(?:report\w*|indicat\w*|according)\b", re.IGNORECASE)
#: Non-human subjects: leaving these out turns an animal or lab result into a general one.
_NON_HUMAN = frozenset(
    {"rat", "mouse", "rodent", "animal", "dog", "primate", "fish", "pig", "rabbit", "vitro"}
)


#: Evidence classes by what was studied: naming one the span does not is a different finding.
_SUBJECT_GROUP = {
    "rat": "animal", "mouse": "animal", "rodent": "animal", "animal": "animal", "dog": "animal",
    "primate": "animal", "fish": "animal", "pig": "animal", "rabbit": "animal",
    "vitro": "laboratory", "human": "human", "patient": "human", "child": "human", "healthy": "human",
}  # fmt: skip
#: Frequency, quantity and certainty: a restatement may keep these, never add them.
_QUANTIFIERS = frozenset(
    ["often", "usually", "always", "generally", "typically", "commonly", "frequently", "routinely", "consistently", "regularly", "multiple", "many", "most", "numerous", "several", "all", "every", "widely", "never", "rarely", "none", "entirely", "completely", "fully", "significantly", "strongly", "greatly", "dramatically", "substantially", "proven", "definitely", "clearly", "certainly", "conclusively", "major", "large", "extensive", "robust", "well-established", "established"]
)
_NAME = re.compile(r"[A-Z][\w'\u2019-]*|[A-Z]{2,}")
_WORD = re.compile(r"[^\W\d_][\w'\u2019-]*")


def _subjects(text: str) -> set[str]:
    return {g for w in tokens(text) if (c := evidence_class(w)) and (g := _SUBJECT_GROUP.get(c))}


def _quantifiers_added(claim: str, span: str) -> list[str]:
    said = set(tokens(span))
    return [w for w in tokens(claim) if w in _QUANTIFIERS and w not in said]


def _name_substitutions(claim: str, span: str) -> list[tuple[str, str]]:
    """(claim word, span name) pairs where a short stretch of the claim replaces a stretch
    of the span holding a name that the claim never says. A name is a capitalised word not
    starting a sentence, or a capitalised content word starting one when the next two words
    of both agree ("Rational clinical studies" for "Russian clinical studies")."""
    span_words = _WORD.findall(span)
    claim_words = _WORD.findall(claim)
    a, b = [w.lower() for w in claim_words], [w.lower() for w in span_words]
    said, keys = set(a), _keys(span)

    def is_name(j: int, i2: int, j2: int) -> bool:
        word = span_words[j]
        if not _NAME.fullmatch(word) or b[j] in said:
            return False
        if j > 0 and not span_words[j - 1].endswith((".", ":")):
            return True
        return j2 - j == 1 and len(b) >= j2 + 2 and a[i2 : i2 + 2] == b[j2 : j2 + 2] and is_word(b[j])

    pairs = []
    for op, i1, i2, j1, j2 in SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if op != "replace" or i2 - i1 > 2 or j2 - j1 > 2:
            continue
        lost = [j for j in range(j1, j2) if is_name(j, i2, j2)]
        new = [w for w in claim_words[i1:i2] if stem(w.lower()) not in keys and is_word(w.lower())]
        if lost and new:
            pairs.append((new[0], span_words[lost[0]]))
    return pairs


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


def _repeated_phrase(claim: str, span: str) -> str | None:
    """A two-content-word phrase the claim says more often than its span ("neuroplasticity
    enhancement directly drives neuroplasticity enhancement")."""

    def pairs(text: str) -> list[tuple[str, str, str]]:
        words = [w for w in tokens(text) if is_word(w)]
        return [(stem(a), stem(b), f"{a} {b}") for a, b in itertools.pairwise(words)]

    seen = [p[:2] for p in pairs(span)]
    said = pairs(claim)
    keys = [p[:2] for p in said]
    for a, b, shown in said:
        if keys.count((a, b)) > max(1, seen.count((a, b))):
            return shown
    return None


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
    if added := _subjects(claim) - _subjects(span):
        reasons.append(
            Reason(
                code="evidence_level_added",
                message=f"it says the finding is about {', '.join(sorted(added))} subjects, "
                "which its quoted sentence does not",
            )
        )
    if quantifiers := _quantifiers_added(claim, span):
        reasons.append(
            Reason(
                code="quantifier_added",
                message=f"it adds '{quantifiers[0]}', a word of frequency, quantity or certainty "
                "its quoted sentence does not say",
            )
        )
    for new, name in _name_substitutions(claim, span)[:1]:
        reasons.append(
            Reason(
                code="name_substituted",
                message=f"it puts '{new}' where its quoted sentence names '{name}'",
            )
        )
    if phrase := _repeated_phrase(claim, span):
        reasons.append(
            Reason(
                code="phrase_repeated",
                message=f"it says '{phrase}' twice where its quoted sentence says it once "
                "(a garbled restatement: the phrase stands on both sides)",
            )
        )
    for new, pronoun in pronoun_swaps(claim, span)[:1]:
        reasons.append(
            Reason(
                code="subject_changed",
                message=f"it makes '{new}' the subject where its quoted sentence says "
                f"'{pronoun}', which points outside the sentence",
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
