"""Pydantic models: the single source of truth for the summary contract and the result.

``Summary`` (and what it contains) is what the model must produce; its JSON Schema is
derived in :mod:`summarizer.schema`. Everything else describes what *we* add: spans,
verdicts, reasons, attempts, usage. Guard modules build these values; renderers read them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum
from typing import Annotated

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, PlainSerializer

# --------------------------------------------------------------------------- contract


class ClaimKind(StrEnum):
    """What sort of statement a claim is."""

    FINDING = "finding"
    MECHANISM = "mechanism"
    EVIDENCE = "evidence"
    LIMITATION = "limitation"
    REGULATORY = "regulatory"
    OTHER = "other"


class EvidenceLevel(StrEnum):
    """How strong the evidence behind an ``evidence`` claim is, as the article states it."""

    IN_VITRO = "in_vitro"
    ANIMAL = "animal"
    HUMAN_TRIAL = "human_trial"
    REVIEW = "review"
    ANECDOTAL = "anecdotal"
    UNSPECIFIED = "unspecified"


_QUOTES_DOC = (
    "1 to 3 passages copied character for character from the article that support the text."
)


class _Contract(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Overview(_Contract):
    """One sentence saying what the article is about, anchored by quotes."""

    quotes: list[str] = Field(min_length=1, max_length=3, description=_QUOTES_DOC)
    text: str = Field(description="One sentence: what the article is about.")


class Claim(_Contract):
    """One key claim of the article."""

    quotes: list[str] = Field(min_length=1, max_length=3, description=_QUOTES_DOC)
    text: str = Field(description="One sentence of at most 40 words, restating the quotes.")
    kind: ClaimKind
    evidence_level: EvidenceLevel | None = Field(
        description="For kind 'evidence': the level of evidence; otherwise null."
    )


class Caveat(_Contract):
    """A limitation of the evidence or a regulatory status, as the article states it."""

    quotes: list[str] = Field(min_length=1, max_length=3, description=_QUOTES_DOC)
    text: str = Field(description="One sentence restating the quotes.")


# Quotes come before text in every item: a model generating in schema order picks its
# evidence first and then restates it, instead of writing a claim and hunting for support.
class Summary(_Contract):
    """A structured, quote-anchored summary of one article."""

    overview: Overview
    claims: list[Claim] = Field(min_length=3, max_length=8)
    caveats: list[Caveat] = Field(max_length=5)


# --------------------------------------------------------------------------- item paths


class Section(StrEnum):
    """The parts of a summary that hold text items."""

    OVERVIEW = "overview"
    CLAIMS = "claims"
    CAVEATS = "caveats"


_PATH = re.compile(r"(overview)|(claims|caveats)\[(\d+)\]")


@dataclass(frozen=True, order=True)
class ItemPath:
    """Where an item sits in a summary: a section plus an index; renders as ``claims[2]``."""

    section: Section
    index: int | None = None

    def __str__(self) -> str:
        return self.section.value if self.index is None else f"{self.section.value}[{self.index}]"

    @classmethod
    def parse(cls, text: str) -> ItemPath:
        """Inverse of ``str()``; raises ValueError on anything else."""
        match = _PATH.fullmatch(text)
        if match is None:
            raise ValueError(f"not an item path: {text!r}")
        if match.group(1):
            return cls(Section.OVERVIEW)
        return cls(Section(match.group(2)), int(match.group(3)))


OVERVIEW = ItemPath(Section.OVERVIEW)


def _to_path(value: object) -> object:
    return ItemPath.parse(value) if isinstance(value, str) else value


#: An :class:`ItemPath` inside a pydantic model: parsed from and written as ``"claims[2]"``.
PathField = Annotated[ItemPath, BeforeValidator(_to_path), PlainSerializer(str, return_type=str)]


# --------------------------------------------------------------------------- guards


class _Value(BaseModel):
    model_config = ConfigDict(frozen=True)


class MatchKind(StrEnum):
    """How a quote was located in the article, tried in this order."""

    EXACT = "exact"
    NORMALISED = "normalised"
    FUZZY = "fuzzy"


class Span(_Value):
    """``article[start:end] == text``: a half-open range of characters in the original text."""

    start: int
    end: int
    text: str


class Anchor(_Value):
    """Where a quote was found, and how well it matched (1.0 for exact)."""

    quote: str
    span: Span | None
    match: MatchKind | None
    score: float


class Reason(_Value):
    """A machine-readable code plus one sentence a person can read."""

    code: str
    message: str


class Verdict(StrEnum):
    """Support verdict for one claim."""

    SUPPORTED = "supported"
    UNSUPPORTED = "unsupported"
    UNANCHORED = "unanchored"


class ClaimCheck(_Value):
    """The grounding verdict for one claim against its source."""

    claim: str
    verdict: Verdict
    score: float = Field(ge=0.0, le=1.0)
    anchors: list[Anchor]
    reasons: list[Reason]

    @property
    def supported(self) -> bool:
        """True only for the ``supported`` verdict."""
        return self.verdict is Verdict.SUPPORTED


class DosingPolicy(StrEnum):
    """``strict`` rejects any dose or regimen; ``advice`` only instructions and recommendations."""

    STRICT = "strict"
    ADVICE = "advice"


class DosingFinding(_Value):
    """One dosing-related span in a text, with its kind and a readable reason."""

    kind: str
    start: int
    end: int
    text: str
    message: str


class DosingScan(_Value):
    """The dosing detector's answer for one text under one policy."""

    policy: DosingPolicy
    dosing_advice: bool
    findings: list[DosingFinding]


# --------------------------------------------------------------------------- result


class Usage(_Value):
    """Token usage; adds up across attempts. ``cached_tokens`` are prompt tokens the server
    reused from its prompt cache (llama.cpp and OpenAI both report them)."""

    prompt_tokens: int = 0
    completion_tokens: int = 0
    total_tokens: int = 0
    cached_tokens: int = 0

    def __add__(self, other: Usage) -> Usage:
        return Usage(
            prompt_tokens=self.prompt_tokens + other.prompt_tokens,
            completion_tokens=self.completion_tokens + other.completion_tokens,
            total_tokens=self.total_tokens + other.total_tokens,
            cached_tokens=self.cached_tokens + other.cached_tokens,
        )


class ItemReport(_Value):
    """Every guard's verdict on one text field of the summary (overview, a claim, a caveat)."""

    path: PathField = Field(description="Where the item sits, e.g. 'claims[2]'.")
    text: str
    check: ClaimCheck
    dosing: list[DosingFinding]
    issues: list[Reason] = Field(description="Every reason this item fails, from every guard.")
    accepted: bool


class AttemptOutcome(StrEnum):
    """What one model call produced."""

    OK = "ok"
    INVALID_JSON = "invalid_json"
    SCHEMA_VIOLATION = "schema_violation"
    REFUSAL = "refusal"
    TRUNCATED = "truncated"
    EMPTY = "empty"
    GUARD_FAILED = "guard_failed"


class Attempt(_Value):
    """One call to the model and what came of it."""

    number: int
    kind: str = Field(
        description="'initial' or 'reask' (full-article mode); 'restate', 'repair' or "
        "'replace' (evidence-first mode)."
    )
    item: PathField | None = Field(
        default=None, description="The one item this call was about (repairs), else null."
    )
    response_format: str = Field(description="'json_schema' or 'json_object'.")
    finish_reason: str | None
    outcome: AttemptOutcome
    usage: Usage
    reasons: list[Reason] = Field(description="Why the attempt did not end the run, with codes.")
    seconds: float = Field(default=0.0, description="Wall time of the model call.")


class Withheld(_Value):
    """An article sentence kept from the model (and so from the summary), and why."""

    start: int
    end: int
    text: str
    reasons: list[Reason]


class Repair(_Value):
    """A deterministic fix the pipeline made, recorded instead of done silently."""

    path: PathField | None
    code: str
    message: str


class SourceInfo(_Value):
    """What was summarised. Spans index ``text`` in :class:`SummaryResult`'s source."""

    name: str
    sha256: str
    chars: int
    media_type: str = Field(description="'text/plain' or 'text/html' (converted to text).")


class PromptInfo(_Value):
    """Which templates made the prompt, by name and content hash."""

    name: str
    sha256: str


class Status(StrEnum):
    """Final state of a summary.

    ``rejected``: the model produced a summary but the guards refused it.
    ``failed``: the model never produced a usable summary (refusal, truncation, invalid JSON
    or schema violations after every attempt).
    """

    ACCEPTED = "accepted"
    REJECTED = "rejected"
    FAILED = "failed"

    @property
    def exit_code(self) -> int:
        """The process exit code for this outcome: 0 accepted, 1 rejected, 3 failed.

        The one status-to-exit map; error exit codes live on the error classes.
        """
        return {"accepted": 0, "rejected": 1, "failed": 3}[self.value]


class SummaryResult(_Value):
    """Everything a summarize call produced: the summary, every verdict, and provenance."""

    status: Status
    summary: Summary | None
    items: list[ItemReport]
    reasons: list[Reason] = Field(description="Summary-level reasons (e.g. too few claims).")
    dropped: list[PathField] = Field(description="Paths of items dropped under on_fail='drop'.")
    source: SourceInfo
    backend: str
    model: str
    prompt: PromptInfo
    schema_sha256: str
    attempts: list[Attempt]
    usage: Usage
    settings: dict[str, str | int | float | bool | None]
    withheld: list[Withheld] = Field(
        default_factory=list, description="Article sentences never shown to the model, and why."
    )
    repairs: list[Repair] = Field(
        default_factory=list, description="Deterministic fixes made along the way."
    )
    seconds: float = Field(default=0.0, description="Wall time of the whole run.")

    @property
    def accepted(self) -> bool:
        """True when every guard passed (after any drops)."""
        return self.status is Status.ACCEPTED
