"""Shared test data: a short Selank article and a summary of it that every guard accepts.

The summary is a hand-written model response (not recorded from a model); every quote is
an exact substring of ``ARTICLE``.
"""

from __future__ import annotations

import json
from typing import Any

from hypothesis import strategies as st

from summarizer.guards.dosing import scan_dosing
from summarizer.models import DosingPolicy

ARTICLE = (
    "Selank is a synthetic peptide developed in Russia and studied mainly for anxiety. "
    "A 2008 study compared Selank with medazepam in 62 patients and reported a comparable "
    "anxiolytic effect. A 2017 study in rats reported that Selank enhanced the anxiolytic "
    "effect of diazepam under chronic stress. These are small studies concentrated in a few "
    "research groups."
)
S_OVERVIEW = "Selank is a synthetic peptide developed in Russia and studied mainly for anxiety."
S_2008 = (
    "A 2008 study compared Selank with medazepam in 62 patients and reported a comparable "
    "anxiolytic effect."
)
S_2017 = (
    "A 2017 study in rats reported that Selank enhanced the anxiolytic effect of diazepam "
    "under chronic stress."
)
S_CAVEAT = "These are small studies concentrated in a few research groups."
CLAIM_RUSSIA: dict[str, Any] = {
    "text": "Selank was developed in Russia.",
    "quotes": ["Selank is a synthetic peptide developed in Russia"],
    "kind": "finding",
    "evidence_level": None,
}
T_OVERVIEW = "Selank is a synthetic peptide studied mainly for anxiety."
T_2008 = "A 2008 study of 62 patients reported an anxiolytic effect of Selank comparable to medazepam."
T_2017 = "A 2017 rat study reported that Selank enhanced diazepam's anxiolytic effect under chronic stress."
T_CAVEAT = "The studies are small and come from a few research groups."
# hand-written model response: every item restates its quotes in fewer words
SUMMARY: dict[str, Any] = {
    "overview": {"text": T_OVERVIEW, "quotes": [S_OVERVIEW]},
    "claims": [
        CLAIM_RUSSIA,
        {"text": T_2008, "quotes": [S_2008], "kind": "evidence", "evidence_level": "human_trial"},
        {"text": T_2017, "quotes": [S_2017], "kind": "evidence", "evidence_level": "animal"},
    ],
    "caveats": [{"text": T_CAVEAT, "quotes": [S_CAVEAT]}],
}
VALID = json.dumps(SUMMARY)

#: Word lists for the grounding property tests: a span built from these, and claims built
#: from the span (numbers, names and a species among them).
CLAIM_WORDS = st.lists(
    st.sampled_from(
        [
            "Selank",
            "reduced",
            "anxiety",
            "scores",
            "in",
            "62",
            "patients",
            "over",
            "14",
            "days",
            "compared",
            "with",
            "medazepam",
            "in",
            "the",
            "2008",
            "trial",
            "and",
            "mice",
            "rats",
        ]
    ),
    min_size=4,
    max_size=14,
)


def fires(text: str, policy: DosingPolicy) -> bool:
    """Whether ``scan_dosing`` flags ``text`` under ``policy``; every finding's span must be
    the text it reports."""
    scan = scan_dosing(text, policy)
    for f in scan.findings:
        assert text[f.start : f.end] == f.text
    return scan.dosing_advice
