"""Guardrailed, quote-anchored summaries of articles.

>>> from summarizer import summarize
>>> result = summarize(open("article.txt").read())          # doctest: +SKIP
>>> result.status, [i.check.verdict for i in result.items]  # doctest: +SKIP
"""

from __future__ import annotations

from .errors import (
    BackendError,
    InputError,
    SummarizerError,
    SummaryRejected,
)
from .guards import GuardConfig, evaluate
from .guards.dosing import scan_dosing
from .guards.grounding import Grounder, GroundingConfig, check_claims
from .models import (
    Anchor,
    Claim,
    ClaimCheck,
    DosingFinding,
    DosingPolicy,
    DosingScan,
    Reason,
    Span,
    Status,
    Summary,
    SummaryResult,
    Verdict,
)
from .pipeline import Settings, Summarizer, summarize
from .providers import make_provider
from .schema import summary_schema
from .source import Source, from_text, read_source
from .validation import validate_summary

__version__ = "0.1.0"

__all__ = [
    "Anchor",
    "BackendError",
    "Claim",
    "ClaimCheck",
    "DosingFinding",
    "DosingPolicy",
    "DosingScan",
    "Grounder",
    "GroundingConfig",
    "GuardConfig",
    "InputError",
    "Reason",
    "Settings",
    "Source",
    "Span",
    "Status",
    "Summarizer",
    "SummarizerError",
    "Summary",
    "SummaryRejected",
    "SummaryResult",
    "Verdict",
    "check_claims",
    "evaluate",
    "from_text",
    "make_provider",
    "read_source",
    "scan_dosing",
    "summarize",
    "summary_schema",
    "validate_summary",
]
