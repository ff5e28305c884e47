"""Faithful restructurings the grounder used to reject (grounding_probe10's and probe11's tune
halves, session 23), each beside the one-detail change it must still reject. The sentences
here are new ones in that style, not the probes' own."""

from __future__ import annotations

from summarizer.guards.facts import counted_items
from summarizer.guards.grounding import Grounder
from summarizer.guards.text import tokens


def codes(claim: str, span: str) -> list[str]:
    return [r.code for r in Grounder(span).check(claim, [span]).reasons]


def test_a_passive_span_restated_actively_is_no_role_swap() -> None:
    span = "No serious adverse events have been reported in the published trials of the peptide."
    assert codes("The published trials of the peptide report no serious adverse events.", span) == []
    # the same order with the negation dropped is still caught
    assert codes("Serious adverse events have been reported in the published trials of the peptide.", span)


def test_a_word_from_another_clause_of_the_span_does_not_make_a_reversal() -> None:
    span = "This is the same receptor family that barbiturates act on, which may explain why Semax differs."
    assert "substitution" not in codes("Semax acts on the same receptor family as barbiturates.", span)


def test_a_compound_restated_with_of_is_no_reversal() -> None:
    span = "The proposed model for Semax rests on its origin as an ACTH fragment."
    assert codes("Semax's origin as a fragment of ACTH is at the heart of its proposed model.", span) == []


def test_who_acts_on_whom_swapped_is_still_caught() -> None:
    span = "Fatigue chronically suppresses BDNF expression, mainly in the hippocampus, via cortisol."
    assert "substitution" in codes("BDNF expression chronically suppresses fatigue via cortisol.", span)


def test_a_direction_word_the_span_has_as_a_noun_is_the_same_direction() -> None:
    span = "Clinical studies reported efficacy comparable to benzodiazepines for anxiety reduction."
    claim = "In clinical studies the peptide reduces anxiety about as well as benzodiazepines."
    assert "direction_flip" not in codes(claim, span)


def test_no_is_not_the_object_of_a_direction_word() -> None:
    span = "It showed superior tolerability, with no sedation, no memory impairment and no dependence."
    claim = "It was better tolerated, with no sedation, no memory impairment and no dependence."
    assert "direction_flip" not in codes(claim, span)


def test_examples_keep_a_may_include() -> None:
    span = "When they occur, side effects are typically mild and may include nasal irritation or fatigue."
    claim = "Side effects are typically mild, such as nasal irritation or fatigue."
    assert "hedge_flip" not in codes(claim, span)
    assert "hedge_flip" in codes("Side effects are typically mild and include nasal irritation or fatigue.", span)


def test_a_count_of_the_items_the_span_lists() -> None:
    span = tokens("The peptide inhibits leucine aminopeptidase and angiotensin-converting enzyme in serum.")
    assert counted_items(tokens("It blocks two enzymes in serum."), span) == {2.0}
    assert counted_items(tokens("It blocks three enzymes in serum."), span) == set()
    assert counted_items(tokens("three symptoms"), tokens("eases anxiety, fatigue, and headache symptoms")) == {3.0}
    # a comma before a preposition ends no list item
    assert counted_items(tokens("two weeks"), tokens("a mild effect, with benefit persisting for about a week")) == set()


def test_a_listed_count_passes_and_a_wrong_count_fails() -> None:
    span = "The immune and nervous systems are far more intertwined than was once thought."
    assert "number_missing" not in codes("Two systems, the immune and nervous systems, are far more intertwined than was once thought.", span)
    assert "number_missing" in codes("Three systems, the immune and nervous systems, are far more intertwined than was once thought.", span)


def test_words_inside_a_hyphenated_compound_are_not_typed_nouns() -> None:
    span = "All four are in German-language journals; all four come from labs within one network."
    assert "substitution" not in codes("All four head-to-head reports were published in German-language journals.", span)


def test_an_ing_adjective_is_not_a_substance() -> None:
    span = "This enkephalin-stabilizing effect likely contributes to the anxiolytic profile of the peptide."
    claim = "The enkephalin effect likely contributes to how the peptide reduces anxiety."
    assert "substitution" not in [r.code for r in Grounder(span).check(claim, [span]).reasons if "substance" in r.message]


def test_unstable_restates_not_stable() -> None:
    span = "The peptide is not stable when taken orally and is therefore given as a nasal spray."
    claim = "Since the peptide is unstable taken orally, it is given as a nasal spray."
    assert codes(claim, span) == []
    # the span's negation stops at "when": "taken orally" is not what it denies
    assert "negation_flip" in codes("The peptide is stable when taken orally and is therefore given as a nasal spray.", span)


ARTICLE = (
    "Tuftsin is a short peptide of the immune system. It stimulates macrophages and modulates "
    "immune signaling. Selank was built from tuftsin. Its spray can irritate the nose."
)
IMMUNE = "It stimulates macrophages and modulates immune signaling."


def test_a_specific_thing_the_article_never_mentions_is_rejected() -> None:
    g = Grounder(ARTICLE)
    claim = "Tuftsin stimulates macrophages and neutrophils and modulates immune signaling."
    check = g.check(claim, [IMMUNE])
    assert not check.supported
    assert any("'neutrophils'" in r.message and "neither the span" in r.message for r in check.reasons)


def test_a_thing_named_elsewhere_in_the_article_or_a_common_word_is_left_to_the_other_checks() -> None:
    g = Grounder(ARTICLE)
    # "tuftsin" is elsewhere in the article; "body" is too common to name one specific thing
    for claim in ("Tuftsin stimulates macrophages and modulates immune signaling.",
                  "In the body, it stimulates macrophages and modulates immune signaling."):
        assert not any("neither the span" in r.message for r in g.check(claim, [IMMUNE]).reasons)


def test_a_decade_is_not_a_century() -> None:
    span = "The two systems are far more intertwined than was appreciated even a decade ago."
    assert "unit_missing" in codes("The two systems are far more intertwined than was appreciated even a century ago.", span)
    assert "unit_missing" not in codes("The two systems are more intertwined than was appreciated a decade ago.", span)


def test_a_people_word_for_its_place_and_a_name_inside_a_derived_word() -> None:
    span = "At the clinical level, the human data come from a small set of trials run in Kenya, on GABAergic signalling."
    assert "entity_missing" not in codes("A small number of Kenyan trials on GABA signalling provide the human data.", span)
    assert "entity_missing" in codes("A small number of Ugandan trials on GABA signalling provide the human data.", span)


ROUTE_SPAN = (
    "The peptide is not stable when taken orally and is therefore typically administered as either "
    "a subcutaneous (SubQ) injection or an intranasal spray."
)


def test_everyday_words_for_routes_are_the_routes() -> None:
    for claim in (
        "The peptide is usually given as a nasal spray.",
        "The peptide is not stable when taken by mouth.",
        "The peptide is typically given as a nasal spray or an injection under the skin.",
    ):
        assert codes(claim, ROUTE_SPAN) == [], claim


def test_another_route_is_still_a_swap() -> None:
    for claim in (
        "The peptide is typically given as an intravenous injection or a nasal spray.",
        "The peptide is typically given as a subcutaneous injection or an eye drop.",
    ):
        assert "substitution" in codes(claim, ROUTE_SPAN), claim


def test_a_cause_the_span_does_not_give() -> None:
    span = "Barbiturates do not touch the endogenous opioid system."
    assert "hedge_flip" in codes("Barbiturates do not touch the opioid system, which is why they cause dependence.", span)
    # a span that gives a cause lets the claim say "because"
    span = "Due to poor oral stability, the peptide is administered as a nasal spray."
    assert "hedge_flip" not in codes("Because it is not stable orally, the peptide is given as a nasal spray.", span)


def test_a_list_item_swapped_for_one_the_source_never_names() -> None:
    span = "Chronic administration did not produce tolerance or withdrawal effects in the animals."
    assert "substitution" in codes("Chronic administration did not produce tolerance or liver toxicity in the animals.", span)
    span = "The peptide is used to improve memory, learning, focus and mental clarity."
    assert "substitution" in codes("The peptide is used to improve memory, learning, focus and creativity.", span)
    # an item dropped, an everyday word for an item, or a verb of a list of acts is no swap
    assert codes("The peptide is used to improve memory and focus.", span) == []
    span = "The package can streamline operations and increase earnings for small firms."
    check = Grounder(span).check("The package can simplify operations and bolster earnings for small firms.", [span])
    assert not any("lists" in r.message for r in check.reasons)


def test_a_drug_class_that_trades_places_with_a_name() -> None:
    span = "A study confirmed that chronic Selank administration did not produce tolerance, a stark contrast to benzodiazepine pharmacology."
    claim = "A study confirmed that chronic benzodiazepine administration did not produce tolerance, a stark contrast to Selank pharmacology."
    assert "substitution" in codes(claim, span)


def test_not_any_restates_none() -> None:
    span = "None of the compounds discussed have been approved by the agency for human use."
    assert codes("The agency has not approved any of the compounds discussed for human use.", span) == []
    assert codes("The agency has approved some of the compounds discussed for human use.", span)


def test_the_new_checks_can_be_switched_off_by_name() -> None:
    from summarizer.guards.grounding import DEFAULT_CHECKS, GroundingConfig

    span = "Chronic administration did not produce tolerance or withdrawal effects in the animals."
    claim = "Chronic administration did not produce tolerance or liver toxicity in the animals."
    off = Grounder(span, GroundingConfig(checks=DEFAULT_CHECKS - {"list_swap", "word_swap", "one_edit"}))
    assert not any("lists" in r.message for r in off.check(claim, [span]).reasons)
    on = Grounder(span).check(claim, [span])
    assert any("lists" in r.message for r in on.reasons)
