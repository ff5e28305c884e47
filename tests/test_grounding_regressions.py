"""Named regressions for issue 10: each kind of miss, with our own examples, plus properties."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st
from samples import CLAIM_WORDS

from summarizer.guards.anchoring import QuoteLocator
from summarizer.guards.grounding import Grounder, GroundingConfig
from summarizer.models import MatchKind, Verdict

sys.path.insert(0, str(Path(__file__).parent / "data"))
from grounding_probe import PROBE

ARTICLES = Path(__file__).resolve().parents[2] / "shared" / "articles"

SPAN = (
    "In a six-week trial in mice, Selank may reduce anxiety compared with medazepam, "
    "and it acted as a GABA agonist. Anxiety scores increased in the control group. "
    "Zozulya and colleagues reported the results in the Bulletin of Experimental Biology."
)


def codes(claim: str, span: str = SPAN) -> set[str]:
    c = Grounder(span).check(claim, [span])
    assert c.verdict is not Verdict.UNANCHORED, c.reasons
    return {r.code for r in c.reasons}


@pytest.mark.parametrize(
    ("kind", "claim", "code"),
    [
        (
            "number_word",
            "In a four-week trial in mice, Selank may reduce anxiety.",
            "number_missing",
        ),
        ("antonym", "Selank acted as a GABA antagonist.", "antonym"),
        ("antonym_direction", "Anxiety scores decreased in the control group.", "direction_flip"),
        ("name_at_start", "Seredenin and colleagues reported the results.", "entity_missing"),
        (
            # caught as a name the article lacks; the word-swap rule ("substitution") is off
            # by default since it lowered tune balanced accuracy on both dev sets
            "name_swapped_first_word",
            "Semax may reduce anxiety compared with medazepam.",
            "entity_missing",
        ),
        (
            "hardened_hedge",
            "In a trial in mice, Selank reduces anxiety compared with medazepam.",
            "hedge_flip",
        ),
        (
            "comparator_placebo",
            "In mice, Selank may reduce anxiety compared with placebo.",
            "substitution",
        ),
        (
            "species_humans",
            "In a six-week trial in humans, Selank may reduce anxiety.",
            "evidence_level",
        ),
        (
            "species_rats",
            "In a six-week trial in rats, Selank may reduce anxiety.",
            "evidence_level",
        ),
        (
            "venue_swapped",
            "Zozulya reported the results in the Journal of Experimental Biology.",
            "entity_missing",
        ),
    ],
)
def test_one_detail_changed_is_unsupported(kind: str, claim: str, code: str) -> None:
    assert code in codes(claim), kind


def test_softened_claim_is_unsupported() -> None:
    span = "Anxiety scores increased in the control group."
    assert "hedge_flip" in codes("Anxiety scores may have increased in the control group.", span)


@pytest.mark.parametrize(
    "claim",
    [
        "In a 6-week trial in mice, Selank may reduce anxiety.",  # digits for number words
        "Selank may reduce anxiety compared with medazepam.",  # clause dropped, hedge kept
        "In mice, Selank acted as a GABA agonist.",
        "Zozulya and colleagues reported the results.",
        "Anxiety scores increased in the control group.",
    ],
)
def test_faithful_shortening_is_supported(claim: str) -> None:
    c = Grounder(SPAN).check(claim, [SPAN])
    assert c.verdict is Verdict.SUPPORTED, c.reasons


def test_no_quotes_judges_against_one_passage_not_the_article() -> None:
    text = (
        "Study A tested Selank in rats for two weeks. It lowered stress markers. "
        "Unrelated filler sentence about the weather today. More filler about lunch plans. "
        "Study B tested Semax in patients with stroke."
    )
    g = Grounder(text)
    ok = g.check("Study A tested Selank in rats.", None)
    assert ok.verdict is Verdict.SUPPORTED, ok.reasons
    assert len(ok.anchors) == 1 and ok.anchors[0].span is not None
    assert "Study B" not in ok.anchors[0].span.text
    merged = g.check("Study A tested Selank and Semax in rats and patients with stroke.", None)
    assert merged.verdict is not Verdict.SUPPORTED


def test_one_word_quote_is_not_evidence() -> None:
    c = Grounder(SPAN).check("Selank reduces anxiety.", ["Selank"])
    assert c.verdict is Verdict.UNANCHORED
    assert [r.code for r in c.reasons] == ["quote_too_short"]


@pytest.mark.parametrize(
    "quote",
    [
        "Can you reduce anxiety compared with medazepam",  # content word changed
        "Selank may reduce anxiety compared with medaze",  # cut mid-word
        "lank may reduce anxiety compared with medazepam",
    ],
)
def test_fuzzy_does_not_change_or_repair_words(quote: str) -> None:
    assert QuoteLocator(SPAN).locate(quote).match is not MatchKind.FUZZY


def test_fuzzy_still_fixes_typos_and_inflections() -> None:
    a = QuoteLocator(SPAN).locate("Selank may reduces anxeity compared with medazepam")
    assert a.match is MatchKind.FUZZY


def test_seed_article_probe_rates() -> None:
    """Dev figures on our own probe: all faithful kept, >= 90 % of changed details caught."""
    if not ARTICLES.is_dir():
        pytest.skip("shared/articles not available")
    kept = total = caught = changed = 0
    for e in PROBE:
        g = Grounder((ARTICLES / str(e["article"])).read_text())
        for quotes in (None, [str(e["sentence"])]):
            total += 1
            kept += g.check(str(e["faithful"]), quotes).supported
            for claim in dict(e["changed"]).values():  # type: ignore[call-overload]
                changed += 1
                caught += not g.check(str(claim), quotes).supported
    assert kept == total
    assert caught / changed >= 0.9


@settings(max_examples=60, deadline=None)
@given(CLAIM_WORDS)
def test_claim_equal_to_its_span_is_supported(words: list[str]) -> None:
    span = " ".join(words) + "."
    assert Grounder(span).check(span, [span]).verdict is Verdict.SUPPORTED


@settings(max_examples=60, deadline=None)
@given(CLAIM_WORDS, st.data())
def test_changing_any_digit_makes_it_unsupported(words: list[str], data: st.DataObject) -> None:
    span = " ".join(words) + "."
    where = [i for i, ch in enumerate(span) if ch.isdigit()]
    assume(where)
    i = data.draw(st.sampled_from(where))
    new = data.draw(st.sampled_from([d for d in "0123456789" if d != span[i]]))
    claim = span[:i] + new + span[i + 1 :]
    assert Grounder(span).check(claim, [span]).verdict is Verdict.UNSUPPORTED


@settings(max_examples=80, deadline=None)
@given(st.text(max_size=300), st.text(max_size=120))
def test_every_anchor_slices_back(article: str, claim: str) -> None:
    g = Grounder(article, GroundingConfig())
    for quotes in (None, [article[: len(article) // 2]], [claim]):
        for a in g.check(claim, quotes).anchors:
            if a.span is not None:
                assert article[a.span.start : a.span.end] == a.span.text


def test_deterministic() -> None:
    text = (ARTICLES / "selank-evidence-tiers.txt").read_text() if ARTICLES.is_dir() else SPAN
    runs = [Grounder(text).check("Selank was tested in 62 rats.", None) for _ in range(3)]
    assert all(r == runs[0] for r in runs)


@pytest.mark.parametrize(
    "claim",
    [
        "The effect was mediated by NO in the endothelium.",
        "Selank raised NO synthase activity.",
        "Nitric oxide (NO) mediated the effect.",
    ],
)
def test_upper_case_no_is_nitric_oxide_not_a_negation(claim: str) -> None:
    span = "Nitric oxide (NO) mediated the effect, and Selank raised NO synthase activity by NO in the endothelium."
    c = Grounder(span).check(claim, [span])
    assert "negation_flip" not in {r.code for r in c.reasons}, c.reasons
    assert c.verdict is Verdict.SUPPORTED, c.reasons


def test_upper_case_no_still_negates_at_sentence_start_and_lower_case() -> None:
    span = "Selank had an effect on anxiety in the trial."
    for claim in (
        "NO effect on anxiety was seen in the trial.",
        "Selank had no effect on anxiety.",
    ):
        assert "negation_flip" in codes(claim, span), claim


ROLE_SPAN = (
    "In one rat study, Selank enhanced the calming effect of diazepam under chronic stress. "
    "These are small studies concentrated in a few research groups rather than large trials."
)


@pytest.mark.parametrize(
    "claim",
    [
        "In one rat study, diazepam enhanced the calming effect of Selank under chronic stress.",
        "These are large trials rather than small studies concentrated in a few research groups.",
    ],
)
def test_role_swap_is_unsupported(claim: str) -> None:
    assert "substitution" in codes(claim, ROLE_SPAN), claim


@pytest.mark.parametrize(
    "claim",
    [
        "Selank enhanced the calming effect of diazepam in a rat study under chronic stress.",
        "Under chronic stress, Selank enhanced the calming effect of diazepam in rats.",
        "These are small studies concentrated in a few research groups.",
    ],
)
def test_reordered_clauses_stay_supported(claim: str) -> None:
    c = Grounder(ROLE_SPAN).check(claim, [ROLE_SPAN])
    assert c.verdict is Verdict.SUPPORTED, c.reasons


def test_a_word_the_span_negates_cannot_be_stated_beside_a_negation_of_it() -> None:
    """Recorded 0.5B output that the checks once accepted: the span says Selank does *not*
    produce the alpha1-subtype-mediated sedation; the restatement says it results in sedation,
    then negates sedation again later (the scope of a span negation runs to its clause end)."""
    span = (
        "Volkova and colleagues (2016) frame this as the core pharmacological distinction: Selank "
        "achieves a benzodiazepine-range anxiolytic phenotype through a different molecular "
        "interaction with the GABA-A system, and as a result does not produce the \u03b11-subtype-mediated "
        "sedation and motor effects that come bundled with classical benzodiazepines[2]."
    )
    garbled = (
        "Selank's pharmacological distinction involves a different molecular interaction with the "
        "GABA-A system, resulting in a sedation and motor effect without the \u03b11-subtype-mediated "
        "sedation and motor effects of classical benzodiazepines."
    )
    faithful = (
        "Selank works through a different interaction with the GABA-A system and does not produce "
        "the \u03b11-subtype-mediated sedation and motor effects of classical benzodiazepines."
    )
    g = Grounder(span)
    bad = g.check(garbled, [span])
    assert not bad.supported
    assert any(r.code == "negation_flip" and "sedat" in r.message for r in bad.reasons)
    assert g.check(faithful, [span]).supported
