"""Evidence: the article as tagged sentences, and a deterministic choice of what to restate.

1. :func:`segment` cuts the article into lines, then sentences, with offsets into the
   original text (``text[s.start:s.end] == s.text``) and tags what must never be evidence:
   headings, navigation, reference lists, questions, fragments, calls to action, vendor or
   publisher promotion, disclaimers, and dosing talk (the ``strict`` dosing scan).
2. :func:`select` ranks the remaining sentences by centrality (TF-IDF cosine over content
   stems), position and research signal, with diversity (maximal marginal relevance, and no
   two picks that share most of their content words) and section coverage. It assigns roles:
   one overview sentence, the claim sentences, and up to two limitation sentences as caveats.

Withheld sentences never reach the model in evidence-first mode, and are replaced by a
marker in full-article mode. The guards still check every output.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from enum import StrEnum

from .guards import scan_dosing
from .guards.output import promotion_in
from .guards.text import content_stems, sentence_spans
from .models import DosingPolicy, EvidenceLevel, Reason


class Tag(StrEnum):
    """Why a sentence is withheld from the model."""

    HEADING = "heading"
    TABLE = "table"
    META = "meta"
    NAVIGATION = "navigation"
    REFERENCE = "reference"
    QUESTION = "question"
    FRAGMENT = "fragment"
    PROMOTION = "promotion"
    DISCLAIMER = "disclaimer"
    DOSING = "dosing"


class Role(StrEnum):
    """What a selected sentence is restated as."""

    OVERVIEW = "overview"
    CLAIM = "claim"
    CAVEAT = "caveat"


@dataclass(frozen=True)
class Sentence:
    """One sentence of the article: ``article[start:end] == text``; ``number`` counts from 1."""

    number: int
    start: int
    end: int
    text: str
    section: int
    reasons: tuple[Reason, ...] = ()

    @property
    def tags(self) -> frozenset[Tag]:
        """The withholding tags (one per reason)."""
        return frozenset(Tag(r.code.removeprefix("withheld_")) for r in self.reasons)

    @property
    def withheld(self) -> bool:
        """True when the sentence must never be evidence."""
        return bool(self.reasons)


@dataclass(frozen=True)
class Pick:
    """A selected sentence and the role it is restated in."""

    sentence: Sentence
    role: Role


@dataclass(frozen=True)
class Evidence:
    """Every sentence of an article, the picks in prompt order, and the unused reserve."""

    sentences: tuple[Sentence, ...]
    picks: tuple[Pick, ...]
    #: Candidates not picked, best first: replacements for claims that cannot be repaired.
    reserve: tuple[Sentence, ...] = field(default=())

    @property
    def withheld(self) -> list[Sentence]:
        """The sentences kept from the model, with their reasons."""
        return [s for s in self.sentences if s.withheld]

    def by_role(self, role: Role) -> list[Sentence]:
        """The picked sentences in ``role``, in prompt order."""
        return [p.sentence for p in self.picks if p.role is role]


_WORD = re.compile(r"[^\W_]+(?:['-][^\W_]+)*")
_NAV = re.compile(
    r"^(?:home|menu|share|tweet|print|email|next|previous|back to top|table of contents|"
    r"related(?: posts| articles)?|tags?:.*|categories?:.*|posted (?:on|in|by)\b.*|by [A-Z]\w+"
    r"(?: [A-Z]\w+)?|\d+ min(?:ute)? read|last updated\b.*|updated:.*|published:.*|"
    r"(?:©|copyright)\b.*|all rights reserved\.?|privacy policy|cookie\w*\b.*|skip to content)$",
    re.IGNORECASE,
)
_REFERENCE_HEADING = re.compile(
    r"^(?:references|sources|citations|bibliography|further reading|works cited)\b", re.I
)
_REFERENCE = re.compile(
    r"\bet al\.|\bdoi\b|\bdoi\.org|\bPMID\b|\bPMC\d|https?://|www\.|\bRetrieved\b|"
    r"^\s*\[\d+\]|^\s*\d+\.\s+[A-Z][a-z]+,? [A-Z]{1,2}\b|\b(?:19|20)\d\d;\s?\d+"
)
_META = re.compile(
    r"\b(?:this|the present|our) (?:article|post|guide|page|piece|section|overview) (?:walks|"
    r"covers|explains|explores|looks|will|examines|reviews|summari[sz]es|breaks)|\bin this "
    r"(?:article|post|guide|section)\b|\b(?:we|i)(?:'ll| will) (?:cover|explore|look|explain|walk)",
    re.IGNORECASE,
)
_BULLET = re.compile(r"[-•*]\s+|\d+[.)]\s+")
_SITE = re.compile(
    r"\b(?:product (?:specifications?|pages?|listings?)|research library|science page|"
    r"(?:learn|read|find out) more\b|explore (?:the|our)\b|click here|sign up|subscribe|"
    r"contact us|visit (?:our|the) (?:site|store|shop|page)|see our\b|check out (?:our|the))",
    re.IGNORECASE,
)
_DISCLAIMER = re.compile(
    r"\b(?:not intended to (?:diagnose|treat|cure|prevent)|for (?:research|informational|"
    r"educational) (?:use|purposes) only|not (?:medical|financial) advice|consult (?:your|a) "
    r"(?:doctor|physician|healthcare)|talk to your (?:doctor|physician)|"
    r"not for human consumption|has not been evaluated by the (?:fda|food))",
    re.IGNORECASE,
)
_SIGNAL = frozenset(
    ["study", "studi", "trial", "patient", "rat", "mice", "mous", "anim", "human", "clinic", "review", "report", "found", "show", "suggest", "demonstr", "compar", "effect", "receptor", "mechan", "approv", "evid", "research", "investig", "measur", "reduc", "increas", "improv", "anxieti", "observ"]
)
_LIMITATION = re.compile(
    r"\b(?:limited|small|few|preliminary|not (?:been )?(?:approved|established|proven|"
    r"replicated)|not fda|more (?:research|studies|trials)|further (?:research|studies)|larger"
    r"|unclear|unknown|lack(?:s|ing)?|caution|remains? (?:to be|uncertain|unclear)|early[- ]"
    r"stage|no large|mostly (?:russian|animal)|largely (?:russian|animal)|outside (?:of )?russia)",
    re.IGNORECASE,
)
_LEVELS = (
    (EvidenceLevel.REVIEW, re.compile(r"\b(?:review|meta-analys[ie]s|systematic)\b", re.I)),
    (EvidenceLevel.ANIMAL, re.compile(r"\b(?:rats?|mice|mouse|rodents?|animals?|primates?)\b", re.I)),
    (EvidenceLevel.IN_VITRO, re.compile(r"\b(?:in vitro|cells?|cultured|laboratory|receptor binding)\b", re.I)),
    (EvidenceLevel.HUMAN_TRIAL, re.compile(r"\b(?:patients|trials?|volunteers|participants|clinical|subjects)\b", re.I)),
    (EvidenceLevel.ANECDOTAL, re.compile(r"\b(?:anecdotal|users report|testimonials?|self-report)", re.I)),
)
MIN_CLAIMS = 3
MIN_WORDS, MAX_WORDS = 12, 60
SHORT_ARTICLE, SHORT_MIN_WORDS = 5, 6
_CLOSERS = ".!?\"')\u201d\u2019"  # a line ending in one of these is a sentence


def _words(text: str) -> list[str]:
    return _WORD.findall(text)


def _line_spans(text: str) -> Iterable[tuple[int, int]]:
    start = 0
    for line in text.splitlines(keepends=True):
        end = start + len(line)
        if line.strip():
            yield start, end
        start = end


def _is_heading(line: str) -> bool:
    """A title, subtitle or label line: short, or with no closing punctuation."""
    stripped = line.strip().lstrip("#").strip()
    words = _words(stripped)
    if not words or stripped.startswith(("|", "-", "•", "*")):
        return False
    if stripped.endswith(":") and len(words) <= 12:
        return True
    return len(words) <= 30 and stripped[-1] not in _CLOSERS


def _why_withheld(text: str, *, heading: bool, in_references: bool) -> list[Reason]:
    reasons: list[Reason] = []

    def add(tag: Tag, message: str) -> None:
        reasons.append(Reason(code=f"withheld_{tag.value}", message=message))

    words = _words(text)
    if heading:
        add(Tag.HEADING, "a heading or subtitle, not a statement")
    elif text.lstrip().startswith("|") or text.count(" | ") >= 2:
        add(Tag.TABLE, "a table row, whose cells cannot be restated as one sentence")
    elif _META.search(text):
        add(Tag.META, "says what the page does, not what the evidence is")
    elif _NAV.match(text.strip().lstrip("-•* ").strip()):
        add(Tag.NAVIGATION, "site navigation or page furniture")
    elif len(words) < 5:
        add(Tag.FRAGMENT, f"a fragment of {len(words)} word(s), too short to be evidence")
    if in_references or _REFERENCE.search(text):
        add(Tag.REFERENCE, "a reference-list entry or link, not a statement of the article")
    if text.rstrip().endswith("?"):
        add(Tag.QUESTION, "a question, not a statement")
    for reason in promotion_in(text):
        add(Tag.PROMOTION, f"promotion or a call to action ({reason.message})")
        break
    else:
        if site := _SITE.search(text):
            add(Tag.PROMOTION, f"a call to action ('{site.group(0)}')")
    if _DISCLAIMER.search(text):
        add(Tag.DISCLAIMER, "a disclaimer or referral, not a finding")
    findings = scan_dosing(text, DosingPolicy.STRICT).findings
    if findings:
        add(Tag.DOSING, f"dosing talk ({findings[0].message})")
    return reasons


def segment(text: str) -> list[Sentence]:
    """Every sentence of ``text`` with its offsets, section number and withholding reasons."""
    out: list[Sentence] = []
    section = 0
    in_references = False
    for line_start, line_end in _line_spans(text):
        line = text[line_start:line_end]
        heading = _is_heading(line)
        if heading:
            section += 1
            in_references = bool(_REFERENCE_HEADING.match(line.strip().lstrip("#").strip()))
        for a, b in sentence_spans(line):
            start, end = line_start + a, line_start + b
            if bullet := _BULLET.match(text, start, end):  # the marker is not part of the quote
                start = bullet.end()
            body = text[start:end]
            reasons = _why_withheld(body, heading=heading, in_references=in_references)
            out.append(Sentence(len(out) + 1, start, end, body, section, tuple(reasons)))
    return out


def evidence_level(text: str) -> EvidenceLevel:
    """The evidence level a sentence states, by its own words (first match wins)."""
    for level, pattern in _LEVELS:
        if pattern.search(text):
            return level
    return EvidenceLevel.UNSPECIFIED


def _vectors(sentences: Sequence[Sentence]) -> list[dict[str, float]]:
    bags = [Counter(content_stems(s.text)) for s in sentences]
    df = Counter(term for bag in bags for term in bag)
    n = len(bags)
    vectors = []
    for bag in bags:
        vec = {t: (1 + math.log(c)) * math.log(1 + n / df[t]) for t, c in bag.items()}
        norm = math.sqrt(math.fsum(v * v for v in vec.values())) or 1.0
        vectors.append({t: v / norm for t, v in vec.items()})
    return vectors


def _cosine(a: dict[str, float], b: dict[str, float]) -> float:
    if len(a) > len(b):
        a, b = b, a
    # fsum is exact: the result does not depend on the (hash-seeded) order of the terms
    return math.fsum(v * b.get(t, 0.0) for t, v in a.items())


def _overlap(a: Sentence, b: Sentence) -> float:
    x, y = content_stems(a.text), content_stems(b.text)
    return len(x & y) / min(len(x), len(y)) if x and y else 0.0


#: How many of the best-scored sentences diversity is computed over (the picks plus a reserve).
SHORTLIST = 150


def rank(sentences: Sequence[Sentence]) -> list[Sentence]:
    """Usable sentences best first: centrality, position, research signal, with diversity.

    Linear in the article's length: a sentence's mean cosine to all others is its dot
    product with the sum of all vectors (minus itself), and diversity is computed over a
    shortlist of the best-scored sentences only.
    """
    usable = [s for s in sentences if not s.withheld and len(_words(s.text)) <= MAX_WORDS]
    pool = [s for s in usable if len(_words(s.text)) >= MIN_WORDS]
    if len(pool) < SHORT_ARTICLE:  # a short article: shorter sentences may serve too
        pool = [s for s in usable if len(_words(s.text)) >= SHORT_MIN_WORDS]
    if not pool:
        return []
    vectors = _vectors(pool)
    n = len(pool)
    total: dict[str, float] = {}
    for vec in vectors:
        for term, value in vec.items():
            total[term] = total.get(term, 0.0) + value
    centrality = [(_cosine(vec, total) - _cosine(vec, vec)) / max(1, n - 1) for vec in vectors]
    top = max(centrality) or 1.0
    base = []
    for i, s in enumerate(pool):
        signal = min(1.0, len(content_stems(s.text) & _SIGNAL) / 3)
        base.append(0.5 * centrality[i] / top + 0.2 * (1 - i / n) + 0.3 * signal)
    rest = sorted(range(n), key=lambda i: (-base[i], i))[:SHORTLIST]
    chosen: list[int] = []
    repeats: list[int] = []  # too close to a pick: ranked last, never lost
    while rest:

        def mmr(i: int) -> float:
            sim = max((_cosine(vectors[i], vectors[j]) for j in chosen), default=0.0)
            covered = any(pool[j].section == pool[i].section for j in chosen)
            return base[i] - 0.6 * sim - (0.1 if covered else 0.0)

        best = max(rest, key=lambda i: (mmr(i), -i))
        rest.remove(best)
        if all(
            _overlap(pool[best], pool[j]) < 0.5 and _cosine(vectors[best], vectors[j]) < 0.45
            for j in chosen
        ):
            chosen.append(best)
        else:
            repeats.append(best)
    return [pool[i] for i in chosen + repeats]


def select(sentences: Sequence[Sentence], *, claims: int = 5, caveats: int = 2) -> Evidence:
    """Pick the overview, claim and caveat sentences; the rest of the ranking is the reserve."""
    ranked = rank(sentences)
    limits = [s for s in ranked if _LIMITATION.search(s.text)][:caveats]
    others = [s for s in ranked if s not in limits]
    claim_picks = others[: claims + 1]
    # The overview restates the earliest of the strongest picks: articles say what they are
    # about first.
    overview = min(claim_picks[:3], key=lambda s: s.number) if claim_picks else None
    if len(claim_picks) > MIN_CLAIMS:
        claim_picks = [s for s in claim_picks if s is not overview][:claims]
    # else: a short article; the overview restates one of the claim sentences as well
    picks = [Pick(overview, Role.OVERVIEW)] if overview else []
    picks += [Pick(s, Role.CLAIM) for s in sorted(claim_picks, key=lambda s: s.number)]
    picks += [Pick(s, Role.CAVEAT) for s in sorted(limits, key=lambda s: s.number)]
    used = {p.sentence.number for p in picks}
    reserve = tuple(s for s in ranked if s.number not in used)
    return Evidence(sentences=tuple(sentences), picks=tuple(picks), reserve=reserve)
