"""The promotion tagger and the output guards on the five seed articles.

Every sentence of each article (``golden/<case>/article.txt``, byte copies of the seed
articles) is tagged with :func:`summarizer.guards.promotion_in`; the flagged sentences are
pinned here so a rule change that tags more (or fewer) shows up as a diff someone reads.
Every sentence that is not tagged, restated as a claim, must not make the promotion or
recommendation guards fire: the article's own research sentences are faithful claims.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest

from summarizer.guards.output import GuardCode, output_issues, promotion_in
from summarizer.guards.support import sentence_spans

GOLDEN = Path(__file__).resolve().parent.parent / "golden"

# The start of every sentence the tagger flags, per article, with its codes.
FLAGGED: dict[str, list[tuple[str, set[str]]]] = {
    "selank-anxiolytic-that-doesnt-sedate": [
        ("Sol sources her research compounds from Solira Peptides", {"promotional"}),
        ("Premium-grade, third-party tested", {"promotional"}),
        ("Browse the catalog", {"call_to_action"}),
    ],
    "selank-evidence-tiers": [
        ("- SCR coordinates any peptide consideration", {"promotional"}),
        ("SCR coordinates any peptide consideration", {"promotional"}),
        ("Explore the full, filterable research library", {"call_to_action"}),
    ],
    "selank-vs-benzodiazepines": [
        ("Selank is supplied by PepMax", {"promotional"}),
        ("Companion PepMax research articles", {"call_to_action", "promotional"}),
        ("Nature doi:10.1038/228672a0", {"call_to_action", "promotional"}),
        ("We document our analytical methods", {"promotional"}),
    ],
    "selank-vs-semax": [
        ("By A.D., Ph.D.|Reviewed by Blackwell BioLabs", {"promotional"}),
        ("Research Purposes Only.", {"promotional"}),
        ("Consult a licensed healthcare professional", {"call_to_action"}),
        ("For detailed compound research:", {"call_to_action"}),
        ("All compounds discussed are available in our catalog", {"call_to_action", "promotional"}),
        ("View Product Specifications", {"call_to_action"}),
        ("Researchers studying anxiolytic and cognitive", {"call_to_action"}),
        ("Both compounds are third party tested", {"promotional"}),
        ("For a broader overview of neuropeptide research, see", {"call_to_action"}),
        ("For research purposes only.", {"promotional"}),
        ("For the full scope of cognitive enhancement", {"call_to_action"}),
        ("Research Use Only.", {"promotional"}),
        ("This article is part of our curated research collections", {"call_to_action"}),
        ("Browse all compounds in the same goal category", {"call_to_action"}),
    ],
    "what-is-selank-used-for": [],
}
GUARDED = {
    GuardCode.CALL_TO_ACTION.value,
    GuardCode.PROMOTIONAL.value,
    GuardCode.TREATMENT_RECOMMENDATION.value,
}


@cache
def _article(name: str) -> str:
    return (GOLDEN / name / "article.txt").read_text(encoding="utf-8")


@cache
def _sentences(name: str) -> tuple[str, ...]:
    text = _article(name)
    return tuple(text[a:b] for a, b in sentence_spans(text))


@pytest.mark.parametrize("name", sorted(FLAGGED))
def test_flagged_article_sentences_are_pinned(name: str) -> None:
    flagged = []
    for sentence in _sentences(name):
        reasons = promotion_in(sentence)
        if reasons:
            flagged.append((sentence, {r.code for r in reasons}))
    expected = FLAGGED[name]
    assert len(flagged) == len(expected), [s[:60] for s, _ in flagged]
    for (sentence, codes), (start, want) in zip(flagged, expected, strict=True):
        assert sentence.startswith(start)
        assert codes == want, sentence


def test_the_seed_articles_are_mostly_not_promotion() -> None:
    total = sum(len(_sentences(n)) for n in FLAGGED)
    flagged = sum(len(v) for v in FLAGGED.values())
    assert total > 500 and flagged / total < 0.05


@pytest.mark.parametrize("name", sorted(FLAGGED))
def test_untagged_sentences_restated_as_claims_pass_the_promotion_guards(name: str) -> None:
    article = _article(name)
    fired = []
    for sentence in _sentences(name):
        if promotion_in(sentence):
            continue
        items = [("overview", "About Selank."), ("claims[0]", sentence)]
        per_path, _ = output_issues(items, article, min_claims=1)
        codes = {r.code for r in per_path.get("claims[0]", [])} & GUARDED
        if codes:
            fired.append((sentence[:80], codes))
    assert fired == []


RESEARCH_RESTATEMENTS = [
    # (article, a faithful claim in the summarizer's own words)
    (
        "selank-evidence-tiers",
        "A 2008 study of 62 patients found Selank about as anxiolytic as "
        "medazepam, with milder side effects.",
    ),
    ("selank-evidence-tiers", "The human evidence comes from a small set of Russian trials."),
    (
        "selank-vs-benzodiazepines",
        "The Russian Federation registers Selank as an anxiolytic for "
        "generalized anxiety disorder.",
    ),
    (
        "selank-vs-benzodiazepines",
        "Selank is not approved by the FDA, EMA, MHRA or Health Canada for any therapeutic use.",
    ),
    (
        "selank-vs-benzodiazepines",
        "The article says it does not recommend Selank over benzodiazepines.",
    ),
    (
        "selank-vs-semax",
        "Selank is registered in Russia for anxiety disorders, while Semax is "
        "registered for stroke recovery.",
    ),
    (
        "selank-vs-semax",
        "Published research has not evaluated the combination in controlled trials.",
    ),
    (
        "what-is-selank-used-for",
        "Selank is approved for generalized anxiety disorder in Russia "
        "but is not approved by the U.S. FDA.",
    ),
    (
        "what-is-selank-used-for",
        "In the US Selank is sold through compounding pharmacies or as a research chemical.",
    ),
    ("selank-anxiolytic-that-doesnt-sedate", "Russia approved Selank as an anxiolytic in 2009."),
    (
        "selank-anxiolytic-that-doesnt-sedate",
        "Independent replication outside Russia is limited, "
        "and researchers say more rigorous trials are needed.",
    ),
]


@pytest.mark.parametrize(("name", "claim"), RESEARCH_RESTATEMENTS)
def test_faithful_restatements_pass_every_output_guard(name: str, claim: str) -> None:
    items = [("overview", "About Selank."), ("claims[0]", claim)]
    per_path, _ = output_issues(items, _article(name), min_claims=1)
    assert per_path == {}
