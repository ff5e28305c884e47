"""Deterministic dosing-advice detector.

:func:`scan_dosing` folds the text (:mod:`summarizer.guards.folding`), collapses spaced-out letters
and digits ("5 0 0 m c g"), splits it into sentences and runs the pattern tables of
:mod:`summarizer.guards.dosing_rules` over each sentence. Findings carry *original* offsets:
``text[f.start:f.end] == f.text`` always holds.

Policies:

- ``strict``: any dosing talk is a finding, whether advised or only reported: an amount, a
  regimen or schedule, a route, an administration step, reconstitution or dilution, titration,
  cycling or stacking ("Rats received 5 mg/kg", "Intranasal delivery is the most studied route").
- ``advice``: a sentence is advice when a reader could follow it as a regimen: instructions
  and label imperatives ("Take one capsule every morning with food"), prescriber dosage and
  administration ("The recommended dosage is ...", "Administer ... over 30 to 120 minutes"),
  customary use in the third person ("Most users inject 300 mcg before bed"), bare list
  fragments and table rows ("250-750 mcg daily", "1-4 | 2mg | Starting dose"), schedules without
  an amount ("5 days on, 2 days off"), administration and reconstitution steps, titration and
  taper, missed doses and stacking. It is *not* advice when the sentence reports (trial designs
  and results as past events, animal doses, personal use in the past tense) or describes
  (pharmacokinetics, mechanism, chemistry, product strengths, packs, prices, regulatory status,
  side effects, storage, monitoring). Within an advice sentence every dosing detail is reported.

How: each rule has a gate (:class:`summarizer.guards.dosing_rules.Gate`). ``directive`` matches
(instructions, recommendations) are advice unless the sentence is a report
(:data:`summarizer.guards.dosing_patterns.PAST_FRAME`); ``content`` matches (a frequency, a timing, a
technique, an amount in a regimen context or opening a fragment) are advice unless the sentence
is a report or a description (:data:`summarizer.guards.dosing_patterns.DESCRIBE_FRAME`); ``mention``
matches (a bare strength, a route) only count under ``strict``. A second-person instruction ("You
may change the day as long as the last dose was given 3 days before") is not undone by a past
clause beside it.

The phrase rules (:mod:`summarizer.guards.dosing_directives`) are joined by sentence-function
rules (:mod:`summarizer.guards.dosing_function`): a clause-initial instruction verb with a
medicine in the sentence, schedules, headed table rows, passive and modal prescriptions. A
sentence that opens as a stop-use, ask-a-professional or monitoring instruction is not a regimen
unless it also holds an amount (:data:`summarizer.guards.dosing_patterns.OPENS_NOT_A_REGIMEN`).

``strict`` is a superset of ``advice`` by construction: both run the same shared rules, ``advice``
keeps a sentence's hits only when :func:`_is_advice` says so, ``strict`` keeps them all and adds
the broad mention rules of :mod:`summarizer.guards.dosing_mentions` (a route, an injection site, a
frequency or duration beside a medicine or use word, a dose change) on sentences the shared rules
found nothing in; so they never act as a cue for the shared rules or reach the advice decision.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from summarizer.guards.dosing_directives import RULES as PHRASE_RULES
from summarizer.guards.dosing_function import FUNCTION_RULES
from summarizer.guards.dosing_mentions import STRICT_RULES
from summarizer.guards.dosing_patterns import (
    DESCRIBE_FRAME,
    DOSE_CONTEXT,
    DOSE_WORD,
    FOOD_ENERGY,
    FRAGMENT_START,
    NOT_FOR_PEOPLE,
    NOT_MEDICINE,
    OPENS_NOT_A_REGIMEN,
    ORDER_CHOICE,
    PAST_FRAME,
    PRESENTATION,
    PRICE,
    PROTOCOL_CONTEXT,
    RANGE_SHAPE,
    SUBJECT_BEFORE,
    USE_VERB,
)
from summarizer.guards.dosing_rules import KIND_LABELS, DosingKind, Gate, Rule
from summarizer.guards.folding import fold
from summarizer.models import DosingFinding, DosingPolicy, DosingScan

__all__ = ["DosingKind", "scan_dosing"]

RULES = PHRASE_RULES + FUNCTION_RULES

# One-to-one character replacements applied before folding (offsets are unchanged):
# look-alikes of "g" that the shared homoglyph table maps elsewhere (Cyrillic ghe -> "r").
_PREMAP = str.maketrans({"\u0433": "g", "\u0413": "g", "\u050d": "g", "\u0581": "g"})

# Three or more single letters/digits separated by single spaces: "5 0 0 m c g".
_SPACED = re.compile(r"(?<![0-9a-zµ])(?:[0-9a-zµ] ){2,}[0-9a-zµ](?![0-9a-zµ])")
_SENTENCE_END = re.compile(r"[.!?][\"')\]]*( +)|\n")
_ABBREVIATIONS = frozenset(
    "e.g i.e vs approx dr no fig al ca b.i.d t.i.d q.i.d q.d p.r.n mr mrs ms st".split()  # noqa: SIM905
)


@dataclass(frozen=True)
class _Prepared:
    """Working text for the patterns, and a map from working offsets to original offsets."""

    work: str
    orig_start: tuple[int, ...]
    orig_end: tuple[int, ...]

    def span(self, a: int, b: int) -> tuple[int, int]:
        """Original ``[start, end)`` of the working range ``[a, b)`` (``a < b``)."""
        return self.orig_start[a], self.orig_end[b - 1]


def _prepare(text: str) -> _Prepared:
    folded = fold(text.translate(_PREMAP))
    ftext = folded.text
    starts = list(folded.starts[: len(ftext)])
    ends = list(folded.ends)
    chars = list(ftext)
    for k, ch in enumerate(chars):
        if ch == " " and "\n" in text[starts[k] : ends[k]]:
            chars[k] = "\n"
    base = "".join(chars)
    keep = [True] * len(base)
    for m in _SPACED.finditer(base):
        for k in range(m.start() + 1, m.end(), 2):  # the spaces of the run
            left, right = base[k - 1], base[k + 1]
            # a wider gap in the original ("t a k e   o n e") is a word break, kept
            if not (left.isalpha() and right.isdigit()) and ends[k] - starts[k] < 2:
                keep[k] = False
    idx = [k for k in range(len(base)) if keep[k]]
    work = "".join(base[k] for k in idx)
    return _Prepared(work, tuple(starts[k] for k in idx), tuple(ends[k] for k in idx))


def _sentences(prep: _Prepared, original: str) -> list[tuple[int, int]]:
    """Sentence ranges of the working text (a break needs a capital, digit or newline)."""
    work = prep.work
    out: list[tuple[int, int]] = []
    begin = 0
    for m in _SENTENCE_END.finditer(work):
        nxt = m.end()
        if m.group(0) != "\n":
            if nxt >= len(work):
                continue
            head = original[prep.orig_start[nxt] : prep.orig_end[nxt]]
            if head and head[0].isalpha() and not head[0].isupper():
                continue
            words = work[begin : m.start()].rsplit(" ", 1)
            if words[-1].lstrip("(") in _ABBREVIATIONS:
                continue
        out.append((begin, nxt))
        begin = nxt
    if begin < len(work):
        out.append((begin, len(work)))
    return out


@dataclass(frozen=True)
class _Hit:
    rule: Rule
    kind: DosingKind
    gate: Gate
    start: int
    end: int


def _raw_hits(sentence: str, rules: tuple[Rule, ...] = RULES) -> list[_Hit]:
    hits: list[_Hit] = []
    for rule in rules:
        if rule.requires is not None and not rule.requires.search(sentence):
            continue
        if rule.veto is not None and rule.veto.search(sentence):
            continue
        for m in rule.pattern.finditer(sentence):
            a, b = m.span("hit") if "hit" in rule.pattern.groupindex else m.span()
            if a >= b:
                continue
            if rule.check_subject and SUBJECT_BEFORE.search(sentence[max(0, a - 40) : a]):
                continue
            hits.append(_Hit(rule, rule.kind, rule.gate, a, b))
    return hits


def _sentence_hits(sentence: str, policy: DosingPolicy) -> list[_Hit]:
    out = _shared_hits(sentence, policy)
    if policy is DosingPolicy.STRICT and not out:
        # strict = everything the shared rules keep (a superset of advice); where they keep
        # nothing, the broad mentions (a fallback, so flagged sentences keep their findings)
        out = _raw_hits(sentence, STRICT_RULES)
    return out


def _shared_hits(sentence: str, policy: DosingPolicy) -> list[_Hit]:
    hits = _raw_hits(sentence)
    if not hits:
        return []
    cues = [(h.start, h.end) for h in hits if not h.rule.needs_cue]
    cues += [m.span() for m in DOSE_WORD.finditer(sentence)]
    verbs = [m.span() for m in USE_VERB.finditer(sentence)]

    def cued(h: _Hit) -> bool:  # a cue outside the hit itself
        spans = cues + verbs if h.rule.verb_cue else cues
        return any(b <= h.start or a >= h.end for a, b in spans)

    kept = [h for h in hits if not h.rule.needs_cue or cued(h)]
    if not kept:
        return []
    # a dose amount in a regimen context, or opening a list fragment, is regimen content
    lead = sentence.lstrip()
    regimen = bool(DOSE_CONTEXT.search(sentence)) or bool(FRAGMENT_START.match(lead))
    protocol = bool(PROTOCOL_CONTEXT.search(sentence))
    out: list[_Hit] = []
    for h in kept:
        if h.kind is DosingKind.DOSE_AMOUNT:
            if protocol and RANGE_SHAPE.search(sentence, h.start, h.end):
                h = _Hit(h.rule, DosingKind.PROTOCOL_RANGE, h.gate, h.start, h.end)
            if regimen:
                h = _Hit(h.rule, h.kind, Gate.CONTENT, h.start, h.end)
        out.append(h)
    if policy is DosingPolicy.ADVICE and not _is_advice(sentence, out):
        return _advice_clause(sentence, out)
    return out


# an aside set off by commas: what it reports is not what the sentence tells ("A single 2 g
# dose, which achieved cure rates of 92% in the trials, is the recommended regimen")
_ASIDE = re.compile(
    r", (?:which|who|as in|as seen in|as shown in|as observed in|as reported in)\b[^,;]{1,160},"
)


def _advice_clause(sentence: str, hits: list[_Hit]) -> list[_Hit]:
    """The hits of the first clause (split at ";", comma-set-off asides read out) that gives a
    regimen on its own: "Administer X once every 3 weeks; in the pivotal trial, patients
    received a median of 7 cycles" tells, though its second clause reports."""
    if NOT_FOR_PEOPLE.search(sentence) or NOT_MEDICINE.search(sentence):
        return []  # what the whole sentence is about holds for each clause

    def tells(part: list[_Hit]) -> bool:  # an instruction or a schedule, not a bare amount
        return any(h.gate is Gate.DIRECTIVE or h.kind in _SCHEDULES for h in part)

    masked = _ASIDE.sub(lambda m: " " * len(m.group(0)), sentence)
    begin = 0
    for end in [*(m.start() for m in re.finditer(";", masked)), len(masked)]:
        inside = [
            h for h in hits if begin <= h.start and h.end <= end and masked[h.start : h.end].strip()
        ]
        whole = (begin, end) == (0, len(sentence))
        if tells(inside) and not whole and _is_advice(masked[begin:end], inside):
            return inside
        begin = end + 1
    outside = [h for h in hits if masked[h.start : h.end].strip()]
    if masked != sentence and tells(outside) and _is_advice(masked, outside):
        return outside
    return []


_AMOUNTS = frozenset({DosingKind.DOSE_AMOUNT, DosingKind.PROTOCOL_RANGE, DosingKind.DOSING_TABLE})
_SCHEDULES = frozenset(
    {DosingKind.FREQUENCY, DosingKind.TIMING, DosingKind.DURATION, DosingKind.CYCLE}
)


# a question that asks ("Can I take it with food?"); "Why not just take 500 mcg daily?" and
# "How about ...?" suggest a regimen
_ASKS = re.compile(r"\W*(?:can|could|should|may|do|does|is|are|how(?! about)|what|when|which|will)\b")
_EACH_DOSE = re.compile(r"\b(?:mg|mcg|ml) each\b")
_XREF = re.compile(r"[\[(] ?see [^\])]*[\])]")
# a label's numbered heading before its text ("2.2 Patients Previously Treated with ... - Start")
_HEADING = re.compile(r"^\s*\d{1,2}(?:\.\d{1,2}){1,2} [a-z][^.:;|\n]{2,80}? [-:] (?=\w)")


def _is_advice(sentence: str, hits: list[_Hit]) -> bool:
    """Whether the sentence, holding ``hits``, gives a regimen a reader could follow."""
    gates = {h.gate for h in hits}
    if gates == {Gate.MENTION}:
        return False
    # a label's cross-reference and section heading name other sections, not what this sentence
    # does ("... every 3 weeks [see Clinical Studies (14)]"): the frames read the sentence
    # without them
    sentence = _HEADING.sub("", _XREF.sub(" ", sentence))
    # a second-person instruction stays one even beside a past clause ("... was given 3 days ago")
    addressed = any(h.kind is DosingKind.SECOND_PERSON for h in hits)
    if not addressed and PAST_FRAME.search(sentence):
        return False
    if NOT_FOR_PEOPLE.search(sentence) or NOT_MEDICINE.search(sentence):
        return False
    if len(PRICE.findall(sentence)) >= 2:
        return False  # a price list or an invoice
    if FOOD_ENERGY.search(sentence) and not any(h.kind in _AMOUNTS for h in hits):
        return False
    if OPENS_NOT_A_REGIMEN.search(sentence) and not any(h.kind in _AMOUNTS for h in hits):
        return False
    if ORDER_CHOICE.search(sentence) and not any(h.kind in _SCHEDULES for h in hits):
        return False
    # a presentation tells what is supplied; "Inject the contents of a single-dose pen" tells
    if (
        PRESENTATION.search(sentence)
        and Gate.DIRECTIVE not in gates
        and not any(h.kind in _SCHEDULES for h in hits)
    ):
        return False
    if sentence.rstrip().endswith("?") and (
        _ASKS.match(sentence) or not any(h.kind in _SCHEDULES for h in hits)
    ):
        return False  # a question asks ("Add bacteriostatic water (30 mL)?"), it does not tell
    if any(h.kind is DosingKind.FREQUENCY for h in hits):
        sentence = _EACH_DOSE.sub(" ", sentence)  # "3x/day …, 100 mcg each": each dose, not a pack
    return Gate.DIRECTIVE in gates or not DESCRIBE_FRAME.search(sentence)


def _covers(outer: str, inner: str) -> bool:
    return outer == inner or (outer, inner) == (DosingKind.ROUTE_INSTRUCTION, DosingKind.ROUTE)


def _dedupe(findings: list[DosingFinding]) -> list[DosingFinding]:
    """Drop a finding inside another of the same kind (or a route inside a route
    instruction); order by position."""
    findings.sort(key=lambda f: (f.start, -f.end, f.kind))
    out: list[DosingFinding] = []
    for f in findings:
        if any(_covers(g.kind, f.kind) and g.start <= f.start and f.end <= g.end for g in out):
            continue
        out.append(f)
    return out


def scan_dosing(text: str, policy: DosingPolicy | str = DosingPolicy.STRICT) -> DosingScan:
    """Find dosing talk in ``text`` under ``policy`` (``strict`` or ``advice``).

    Raises ``ValueError`` for an unknown policy name. Never raises on any ``str`` text.
    """
    pol = DosingPolicy(policy)
    prep = _prepare(text)
    findings: list[DosingFinding] = []
    for s, e in _sentences(prep, text):
        for h in _sentence_hits(prep.work[s:e], pol):
            start, end = prep.span(s + h.start, s + h.end)
            while start < end and text[start].isspace():
                start += 1
            while end > start and text[end - 1].isspace():
                end -= 1
            if start >= end:
                continue
            piece = text[start:end]
            findings.append(
                DosingFinding(
                    kind=h.kind.value,
                    start=start,
                    end=end,
                    text=piece,
                    message=f"'{piece}' is {KIND_LABELS[h.kind]}",
                )
            )
    found = _dedupe(findings)
    return DosingScan(policy=pol, dosing_advice=bool(found), findings=found)
