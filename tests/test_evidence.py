"""Evidence selection: sentence offsets, withholding tags, deterministic and diverse picks."""

from __future__ import annotations

from itertools import pairwise
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from summarizer.evidence import Role, Sentence, Tag, evidence_level, segment, select
from summarizer.guards.text import content_stems
from summarizer.models import EvidenceLevel

GOLDEN = Path(__file__).resolve().parent.parent / "golden"
SEEDS = sorted(
    p.name
    for p in GOLDEN.iterdir()
    if p.name.startswith("selank-") or p.name == "what-is-selank-used-for"
)
DEFAULT_CLAIMS = 5


def _article(name: str) -> str:
    return (GOLDEN / name / "article.txt").read_text(encoding="utf-8")


def test_the_seed_articles_are_all_there() -> None:
    assert len(SEEDS) == 5
    assert "what-is-selank-used-for" in SEEDS


@pytest.mark.parametrize("name", SEEDS)
def test_every_sentence_slices_back_out_of_the_article(name: str) -> None:
    text = _article(name)
    sentences = segment(text)
    assert sentences
    for s in sentences:
        assert text[s.start : s.end] == s.text
        assert 0 <= s.start < s.end <= len(text)
    assert [s.number for s in sentences] == list(range(1, len(sentences) + 1))
    assert all(a.end <= b.start for a, b in pairwise(sentences))


@pytest.mark.parametrize("name", SEEDS)
def test_picks_are_never_withheld_and_have_one_overview(name: str) -> None:
    evidence = select(segment(_article(name)))
    assert evidence.picks
    assert not any(p.sentence.withheld for p in evidence.picks)
    assert not any(s.withheld for s in evidence.reserve)
    assert len(evidence.by_role(Role.OVERVIEW)) == 1
    assert 3 <= len(evidence.by_role(Role.CLAIM)) <= DEFAULT_CLAIMS
    assert len(evidence.by_role(Role.CAVEAT)) <= 2
    picked = [p.sentence.number for p in evidence.picks]
    assert len(set(picked)) == len(picked)
    assert not set(picked) & {s.number for s in evidence.reserve}


@pytest.mark.parametrize("name", SEEDS)
@pytest.mark.parametrize("claims", [3, 4])
def test_the_claim_count_respects_the_limit(name: str, claims: int) -> None:
    evidence = select(segment(_article(name)), claims=claims, caveats=1)
    assert 3 <= len(evidence.by_role(Role.CLAIM)) <= claims
    assert len(evidence.by_role(Role.CAVEAT)) <= 1


@pytest.mark.parametrize("name", SEEDS)
def test_select_is_deterministic(name: str) -> None:
    text = _article(name)
    first, second = select(segment(text)), select(segment(text))
    assert [(p.sentence.number, p.role) for p in first.picks] == [
        (p.sentence.number, p.role) for p in second.picks
    ]
    assert [s.number for s in first.reserve] == [s.number for s in second.reserve]


@pytest.mark.parametrize("name", SEEDS)
def test_no_two_picks_share_half_their_content_stems(name: str) -> None:
    picks = [p.sentence for p in select(segment(_article(name))).picks]
    for i, a in enumerate(picks):
        for b in picks[i + 1 :]:
            x, y = content_stems(a.text), content_stems(b.text)
            assert x and y
            assert len(x & y) / min(len(x), len(y)) < 0.5, (a.text, b.text)


def _find(sentences: list[Sentence], fragment: str) -> Sentence:
    found = [s for s in sentences if fragment in s.text]
    assert found, f"no sentence contains {fragment!r}"
    return found[0]


@pytest.mark.parametrize(
    ("name", "fragment", "tag"),
    [
        ("selank-evidence-tiers", "Key takeaways", Tag.HEADING),
        (
            "selank-evidence-tiers",
            "Explore the full, filterable research library on our Science page",
            Tag.PROMOTION,
        ),
        ("selank-vs-semax", "200 to 900 mcg", Tag.DOSING),
        ("selank-vs-benzodiazepines", "| Side effect axis |", Tag.TABLE),
        ("selank-vs-benzodiazepines", "| Sedation |", Tag.TABLE),
        ("selank-vs-benzodiazepines", "doi:10.1124/jpet.300.1.2", Tag.REFERENCE),
    ],
)
def test_seed_sentences_are_withheld_with_the_right_tag(name: str, fragment: str, tag: Tag) -> None:
    text = _article(name)
    sentences = segment(text)
    sentence = _find(sentences, fragment)
    assert sentence.withheld
    assert tag in sentence.tags
    assert all(r.code.startswith("withheld_") and r.message for r in sentence.reasons)
    evidence = select(sentences)
    assert sentence.number not in {p.sentence.number for p in evidence.picks}
    assert sentence.number not in {s.number for s in evidence.reserve}
    assert sentence in evidence.withheld


@pytest.mark.parametrize(
    ("line", "key", "tag"),
    [
        ("Key takeaways", "Key takeaways", Tag.HEADING),
        ("## How Selank is thought to work", "How Selank", Tag.HEADING),
        ("Explore the full research library on our Science page.", "Science page", Tag.PROMOTION),
        ("| Outcome | Selank | Placebo |", "| Outcome |", Tag.TABLE),
        (
            "Ivanova et al. reported lower anxiety scores in 62 patients after two weeks of treatment.",
            "Ivanova",
            Tag.REFERENCE,
        ),
        (
            "Kozlovskaya MM. Selank and stress. Bull Exp Biol Med. doi:10.1007/s10517-003-0011-1",
            "doi:",
            Tag.REFERENCE,
        ),
        (
            "Researchers gave 300 mcg of Selank intranasally twice daily for two weeks in that trial.",
            "300 mcg",
            Tag.DOSING,
        ),
        (
            "Could Selank one day replace the benzodiazepines that clinicians prescribe today?",
            "Could Selank",
            Tag.QUESTION,
        ),
        (
            "This article is not intended to diagnose, treat, cure or prevent any disease.",
            "not intended",
            Tag.DISCLAIMER,
        ),
    ],
)
def test_synthetic_lines_are_withheld_with_the_right_tag(line: str, key: str, tag: Tag) -> None:
    statement = (
        "Selank is a synthetic peptide that researchers in Russia have studied mainly for anxiety."
    )
    text = f"{statement}\n\n{line}\n\n{statement}\n"
    sentences = segment(text)
    assert tag in _find(sentences, key).tags, [(s.text, s.tags) for s in sentences]
    assert not sentences[0].withheld  # the plain statement around it is usable
    assert not sentences[-1].withheld


@pytest.mark.parametrize(
    ("sentence", "level"),
    [
        ("Selank reduced anxiety-like behaviour in rats exposed to stress.", EvidenceLevel.ANIMAL),
        ("The peptide lowered stress markers in mice.", EvidenceLevel.ANIMAL),
        (
            "Anxiety scores fell in patients with generalized anxiety disorder.",
            EvidenceLevel.HUMAN_TRIAL,
        ),
        ("Selank inhibited enkephalinase activity in vitro.", EvidenceLevel.IN_VITRO),
        (
            "A laboratory experiment measured enzyme activity after exposure to the peptide.",
            EvidenceLevel.IN_VITRO,
        ),
        ("A 2017 review placed Selank among tuftsin-derived peptides.", EvidenceLevel.REVIEW),
        ("Selank is a synthetic peptide developed in Russia.", EvidenceLevel.UNSPECIFIED),
    ],
)
def test_evidence_level_follows_the_sentence_words(sentence: str, level: EvidenceLevel) -> None:
    assert evidence_level(sentence) is level


_WORDS = st.sampled_from(
    ["Selank", "peptide", "anxiety", "rats", "patients", "reduced", "may", "the", "in", "200",
     "mcg", "study", "doi", "et", "al.", "|", "-", "—", "“quoted”", "e.g.", "Dr.", "3.5", "?", "!"]
)  # fmt: skip
_SENTENCE = st.builds(
    lambda words, end: " ".join(words) + end,
    st.lists(_WORDS, min_size=1, max_size=18),
    st.sampled_from([".", "!", "?", "", ":", ".)", ".\u201d"]),
)
_TEXT = st.builds(
    lambda parts, seps: "".join(p + s for p, s in zip(parts, seps, strict=False)),
    st.lists(_SENTENCE, min_size=1, max_size=12),
    st.lists(
        st.sampled_from([" ", "\n", "\n\n", "\r\n", "\n- ", "\n| ", "\n# ", "  ", "\t"]),
        min_size=12,
        max_size=12,
    ),
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_TEXT)
def test_segment_offsets_always_slice_back(text: str) -> None:
    sentences = segment(text)
    for s in sentences:
        assert text[s.start : s.end] == s.text
    evidence = select(sentences)
    assert not any(p.sentence.withheld for p in evidence.picks)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=400))
def test_segment_never_raises_on_any_text(text: str) -> None:
    sentences = segment(text)
    assert all(text[s.start : s.end] == s.text for s in sentences)
