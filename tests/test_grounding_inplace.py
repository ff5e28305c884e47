"""Checks fitted on grounding_probe8's tune half (session 21), with examples of our own: an
everyday noun swapped in place, antonyms that trade places, a phrase added to a near-verbatim
claim, evidence-level words swapped in place, a prefix match that may not add a whole word,
gerunds, frequency adverbs, and three faithful wordings that were rejected ("do not sedate"
for "non-sedating", "the lack of" for "the absence of", "at once" read as the number 1)."""

from __future__ import annotations

import pytest

from summarizer.guards.grounding import Grounder
from summarizer.models import Verdict


def check(claim: str, quote: str, article: str | None = None):  # type: ignore[no-untyped-def]
    return Grounder(article or quote).check(claim, [quote])


def codes(claim: str, quote: str, article: str | None = None) -> list[str]:
    return [r.code for r in check(claim, quote, article).reasons]


def supported(claim: str, quote: str, article: str | None = None) -> bool:
    return check(claim, quote, article).verdict is Verdict.SUPPORTED


# ---- an everyday noun swapped in place

STUDIED = "The peptide was studied mainly for anxiety and stress-related symptoms in older adults."


def test_an_everyday_noun_swapped_between_the_same_words_is_rejected() -> None:
    claim = "The peptide was studied mainly for pain and stress-related symptoms in older adults."
    result = check(claim, STUDIED)
    assert result.verdict is Verdict.UNSUPPORTED
    assert any("'pain' where the span says 'anxiety'" in r.message for r in result.reasons)


def test_the_span_itself_is_supported() -> None:
    assert supported(STUDIED, STUDIED)


@pytest.mark.parametrize(
    ("claim", "quote"),
    [
        # adjectives and adverbs swap in faithful paraphrases
        (
            "The peptide acts through several documented brain mechanisms in older adults.",
            "The peptide acts through multiple documented brain mechanisms in older adults.",
        ),
        # a verb after a modal, not a noun
        (
            "A careful reader should take it as the best single entry point to the record.",
            "A careful reader should treat it as the best single entry point to the record.",
        ),
    ],
)
def test_adjectives_and_verbs_in_place_are_left_to_the_other_checks(claim: str, quote: str) -> None:
    assert "substitution" not in codes(claim, quote)


# ---- antonyms that trade places

PAIR = "The two drugs share the same receptor family but use a different binding site."


def test_antonyms_that_trade_places_are_rejected() -> None:
    claim = "The two drugs share a different receptor family but use the same binding site."
    assert "antonym" in codes(claim, PAIR)


def test_a_clause_moved_whole_keeps_its_antonym_in_place() -> None:
    quote = "Selank is a synthetic heptapeptide derived from tuftsin, a natural human peptide."
    claim = "Derived from tuftsin, a natural human peptide, Selank is a synthetic heptapeptide."
    assert "antonym" not in codes(claim, quote)


# ---- a phrase added to a near-verbatim claim

_CLINIC = " The clinic routes every peptide question through licensed physicians who decide case by case."
CHOICE = (
    "Whether the peptide suits a person depends on the full clinical picture, current "
    "medications and the judgment of a physician." + _CLINIC
)


@pytest.mark.parametrize(
    ("claim", "added"),
    [
        (
            "Whether the peptide suits a person depends on the full clinical picture, current "
            "medications, prior allergies and the judgment of a physician." + _CLINIC,
            "prior allergies",
        ),
        (
            "Whether the peptide suits a person depends on the full clinical picture, current "
            "medications and the judgment of a trusted friend." + _CLINIC,
            "trusted friend",
        ),
    ],
)
def test_a_phrase_added_to_a_near_verbatim_claim_is_rejected(claim: str, added: str) -> None:
    result = check(claim, CHOICE)
    assert result.verdict is Verdict.UNSUPPORTED
    reason = next(r for r in result.reasons if r.code == "added_phrase")
    assert added in reason.message


def test_a_hedge_added_is_not_an_added_phrase() -> None:
    quote = (
        "It works by allosterically modulating GABA-A receptors, similar in effect to "
        "benzodiazepines but without binding the same sites."
    )
    claim = (
        "It seems to work by allosterically modulating GABA-A receptors, similar in effect to "
        "benzodiazepines but without binding the same sites."
    )
    assert "added_phrase" not in codes(claim, quote)


# ---- evidence levels, prefixes, gerunds and frequency words swapped in place


def test_clinical_in_place_of_preclinical_is_an_evidence_level_change() -> None:
    quote = (
        "Everything here concerns preclinical research. No compound discussed is approved "
        "for human therapeutic use."
    )
    claim = (
        "Everything here concerns clinical research. No compound discussed is approved for "
        "human therapeutic use."
    )
    result = check(claim, quote)
    assert result.verdict is Verdict.UNSUPPORTED
    assert any(
        r.code == "evidence_level" and "'clinical' where the span says 'preclinical'" in r.message
        for r in result.reasons
    )


def test_a_prefix_match_may_not_add_a_whole_word() -> None:
    """'immunosuppressive' starts with the stem of 'immune' but is another word."""
    quote = "Immune effects: as an analogue of tuftsin, the peptide has immunomodulatory effects."
    claim = "As an analogue of tuftsin, the peptide has immunosuppressive effects."
    assert not supported(claim, quote)
    assert supported("As an analogue of tuftsin, the peptide has immunomodulatory effects.", quote)


@pytest.mark.parametrize(
    ("claim", "quote"),
    [
        (
            "Slowing the breakdown of its own molecules means dampening a signal the system already tuned.",
            "Slowing the breakdown of its own molecules means amplifying a signal the system already tuned.",
        ),
        (
            "The comparison is made rarely in forums, in marketing copy and in podcasts.",
            "The comparison is made constantly in forums, in marketing copy and in podcasts.",
        ),
        (
            "It lowers anxiety while impairing the plasticity that underlies learning.",
            "It lowers anxiety while supporting the plasticity that underlies learning.",
        ),
    ],
)
def test_opposites_in_place_are_rejected(claim: str, quote: str) -> None:
    assert not supported(claim, quote)
    assert supported(quote, quote)


# ---- faithful wordings that were rejected


@pytest.mark.parametrize(
    ("claim", "quote"),
    [
        (
            "Through pathways that do not sedate, both changes add to the calming effect.",
            "Both changes add to the calming effect through non-sedating pathways.",
        ),
        (
            "The lack of sedation and dependence follows directly from the different mechanism.",
            "The absence of sedation and dependence follows directly from the different mechanism.",
        ),
        (
            "The limits are real and the account is coherent. Both should be seen at once.",
            "The limits are real. The account is coherent. All of that should be visible at the same time.",
        ),
    ],
)
def test_faithful_wordings_are_supported(claim: str, quote: str) -> None:
    assert supported(claim, quote), codes(claim, quote)


def test_a_negation_the_span_does_not_have_is_still_rejected() -> None:
    quote = "The absence of sedation follows from the mechanism, and tolerance was reported."
    assert "negation_flip" in codes("Tolerance was not reported.", quote)


def test_a_compound_written_as_two_words_is_matched() -> None:
    """"immune modulators" spells "immunomodulatory": neither word is new, and neither is a
    swap for the span word beside it (the prefix limit must not lose compounds)."""
    from summarizer.guards.text import tokens
    from summarizer.guards.tokenalign import align

    claim = tokens("selank was developed to target immune modulators.")
    span = tokens("the endogenous immunomodulatory peptide tuftsin, with modifications.")
    unmatched, _ = align(claim, span).unmatched(claim, span)
    assert "immune" not in unmatched and "modulators" not in unmatched
    assert "selank" in unmatched  # the span does not name it: the test can fail


# ---- where an approval holds


def test_an_approval_stated_without_its_jurisdiction_is_rejected() -> None:
    quote = "The peptide is approved in Russia for anxiety disorders and is sold elsewhere as a research chemical."
    claim = "The peptide is approved for anxiety disorders and is sold elsewhere as a research chemical."
    result = check(claim, quote)
    assert result.verdict is Verdict.UNSUPPORTED
    assert any(r.code == "hedge_flip" and "'russia'" in r.message for r in result.reasons)
    assert supported("In Russia the peptide is approved for anxiety disorders.", quote)
    # a demonym names the place: the jurisdiction check stays quiet (the claim fails on its
    # negation alone)
    reasons = codes("The Russian government has not approved the peptide for anxiety disorders.", quote)
    assert "negation_flip" in reasons and "hedge_flip" not in reasons


def test_an_approval_that_names_its_agency_another_way_is_supported() -> None:
    quote = "Selank is not approved by the U.S. Food and Drug Administration (FDA) for any condition."
    assert supported("Selank is not approved by the U.S. FDA for any condition.", quote)
