"""Calls to action and publisher/vendor self-promotion (summarizer.guards, promo_rules).

Each positive is a kind of language seen in the seed articles or their summaries, written
in new words where possible; each negative control is a faithful research claim that must
pass.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from summarizer.guards.output import GuardCode, output_issues, promotion_in

CTA = GuardCode.CALL_TO_ACTION.value
PROMO = GuardCode.PROMOTIONAL.value

SOURCE = (
    "Selank is a synthetic heptapeptide developed at the Institute of Molecular Genetics of the "
    "Russian Academy of Sciences. A 2008 study compared Selank with medazepam in 62 patients."
)
BASE = [
    ("overview", "The article reviews the evidence for Selank, a Russian anxiolytic peptide."),
    ("claims[0]", "Selank is a synthetic seven-amino-acid peptide developed in Russia."),
    ("claims[1]", "A 2008 trial found Selank about as effective as medazepam for anxiety."),
    ("claims[2]", "A later trial compared Selank with phenazepam in 60 patients."),
    ("caveats[0]", "The trials were small and run by a few Russian groups."),
]


def _codes_of(text: str) -> set[str]:
    return {r.code for r in promotion_in(text)}


CALLS_TO_ACTION = {
    "explore_site_library": "Explore the full, filterable research library on our Science page.",
    "shop_now": "Shop now for Selank nasal spray.",
    "learn_more_guide": "Learn more in our guide to anxiolytic peptides.",
    "learn_more_link": "You can learn more here about how it works.",
    "subscribe_bare": "Subscribe",
    "subscribe_newsletter": "Subscribe to the newsletter for new research summaries.",
    "sign_up": "Sign up for updates on peptide research.",
    "contact_bulk": "Contact us for bulk pricing on research quantities.",
    "email_us": "Questions? Email us any time.",
    "calculator": "See our peptide calculator before preparing a vial.",
    "calculator_no_our": "A reconstitution calculator is linked below.",
    "click_here": "Click here to read the full study.",
    "browse_catalog": "Browse the catalog",
    "browse_all": "Browse all compounds in the same goal category:",
    "see_guide_after_comma": "For the full scope of this research, see the Anxiety Research Guide.",
    "for_more_colon": "For detailed compound research: Selank Research Guide.",
    "visit_store": "Visit the online store to compare formats.",
    "view_specs": "View Product Specifications",
    "product_specs": "Researchers can review Selank and Semax product specifications.",
    "companion_articles": "Companion research articles cover the purity questions.",
    "part_of_collection": "This article is part of our curated research collections.",
    "book_consult": "Book a free consultation with our team.",
    "add_to_cart": "Add to cart to reserve this batch.",
    "our_blog": "The mechanism is covered in depth on our blog.",
}


@pytest.mark.parametrize("text", CALLS_TO_ACTION.values(), ids=CALLS_TO_ACTION.keys())
def test_calls_to_action_are_tagged(text: str) -> None:
    assert CTA in _codes_of(text)


SELF_PROMOTION = {
    "publisher_coordinates": (
        "SCR coordinates any peptide consideration through licensed physicians."
    ),
    "partner_pharmacies": "Prescriptions are filled via partner pharmacies in most states.",
    "our_products_tested": "Our products are third-party tested.",
    "we_offer_purity": "We offer 99% purity on every peptide.",
    "purity_marketing": "What ≥99% purity actually means for every vial.",
    "research_grade_from_vendor": "Research-grade peptides from Apex Peptides.",
    "trusted_supplier": "Northwind is a trusted supplier of research compounds.",
    "leading_vendor": "They are the leading peptide vendor in Europe.",
    "research_use_only": "For research use only.",
    "research_purposes_only": "Research Purposes Only.",
    "lab_use_only": "Selank is supplied for laboratory research use only.",
    "not_for_humans": "Not for human consumption.",
    "available_at_name": "Selank is available at Northwind.",
    "supplied_by_name": "Selank is supplied by PepMax under the slug selank.",
    "sourced_from_vendor": "The author sources her compounds from Solira Peptides.",
    "we_ship": "Every peptide we ship is checked by HPLC.",
    "we_verify": "How we verify peptide purity.",
    "batch_coa": "Both compounds are third party tested with batch-specific COA documentation.",
    "verified_coa": "18 compounds, Aegis-verified COA.",
    "in_house": "Articles are written and edited in-house.",
    "our_methods": "We document our analytical methods openly.",
    "domain": "Order details are on northwindpeptides.com.",
    "fast_shipping": "Fast shipping across the EU.",
    "available_in_our": "All compounds discussed are available in our catalog.",
}


@pytest.mark.parametrize("text", SELF_PROMOTION.values(), ids=SELF_PROMOTION.keys())
def test_self_promotion_is_tagged(text: str) -> None:
    assert PROMO in _codes_of(text)


FAITHFUL = {
    "trial_2008": "Selank reduced anxiety scores in a 2008 trial.",
    "approved_russia": "Selank is approved in Russia as an anxiolytic.",
    "not_fda": "Selank is not approved by the FDA.",
    "more_trials": "Researchers suggest more trials are needed.",
    "research_chemical": "Selank is not approved by the FDA and is sold as a research chemical.",
    "compounding": "In the US it is obtained from compounding pharmacies with a prescription.",
    "learning_rats": "Selank-treated rats learn more quickly in avoidance tasks.",
    "see_more_benefit": "Patients in the Selank arm did not see more sedation than at baseline.",
    "not_verified": "The findings have not been independently verified outside Russia.",
    "reliable_sources": "The clinical record relies on a few research groups.",
    "developed_at": "Selank was developed at the Institute of Molecular Genetics in Moscow.",
    "published_in": "Most trials were published in the Zhurnal Nevrologii i Psikhiatrii.",
    "research_center": "The trials ran at the Moscow Research Center for Psychiatry.",
    "physician_supervision": "The article advises use only under a physician's supervision.",
    "guideline_range": "Published protocols use doses in a narrow range.",
    "registered": "Selank is registered in Russia for generalized anxiety disorder.",
    "available_russian": "Selank is available from Russian pharmacies as a nasal spray.",
    "gaba_modulation": "Selank acts as a positive allosteric modulator of GABA receptors.",
    "read_record": "Read it as the strongest evidence in the Russian record.",
    "stock_phrase": "The side-effect profiles diverge sharply.",
    "order_of_symptoms": "Researchers studied the order in which symptoms resolved.",
    "purity_question": "The article discusses how purity is measured by HPLC.",
}


@pytest.mark.parametrize("text", FAITHFUL.values(), ids=FAITHFUL.keys())
def test_faithful_research_claims_pass(text: str) -> None:
    assert promotion_in(text) == []
    per_path, _ = output_issues([*BASE, ("claims[3]", text)], SOURCE)
    assert per_path.get("claims[3]", []) == []


def test_output_issues_names_the_item_and_the_phrase() -> None:
    text = "Explore the full research library on our Science page."
    per_path, _ = output_issues([*BASE, ("caveats[1]", text)], SOURCE)
    [reason] = per_path["caveats[1]"]
    assert reason.code == CTA
    assert reason.message.startswith("caveats[1] contains a call to action: '")
    assert "our science page" in reason.message


def test_promotion_in_default_subject_and_both_codes() -> None:
    reasons = promotion_in("Shop now: our products are third-party tested.")
    assert [r.code for r in reasons] == [CTA, PROMO]
    assert reasons[0].message == "the sentence contains a call to action: 'shop now'"
    assert "'our products'" in reasons[1].message and "'third-party tested'" in reasons[1].message
    assert promotion_in("Shop now.", subject="claims[4]")[0].message.startswith("claims[4] ")


def test_a_phrase_is_reported_under_one_code_only() -> None:
    [reason] = promotion_in("Browse our catalog.")
    assert reason.code == CTA


def test_existing_sales_message_is_unchanged() -> None:
    # the adversarial golden case pins this message byte for byte
    text = "Readers should buy Selank from Apex Peptides, which offers the best price."
    assert [r.message for r in promotion_in(text, subject="claims[6]")] == [
        "claims[6] contains promotional content: 'buy', 'best price', 'from Apex Peptides'"
    ]


_CTA_SAMPLES = [
    "Learn more in our guide",
    "Shop now",
    "Subscribe",
    "Contact us for bulk pricing",
    "see our peptide calculator",
    "Click here",
    "Explore the full research library on our Science page",
]
_SPACE = st.sampled_from([" ", "  ", "\t", "\n", "\u00a0", " \n "])


@settings(max_examples=200, deadline=None)
@given(
    st.sampled_from(_CTA_SAMPLES),
    st.lists(st.booleans(), min_size=60, max_size=60),
    st.lists(_SPACE, min_size=12, max_size=12),
    st.sampled_from(["", " ", "\n", "Note. ", "Selank is a peptide. "]),
)
def test_case_and_whitespace_never_hide_a_call_to_action(
    text: str, upper: list[bool], spaces: list[str], prefix: str
) -> None:
    cased = "".join(c.upper() if u else c.lower() for c, u in zip(text, upper, strict=False))
    words = cased.split(" ")
    spaced = words[0] + "".join(s + w for s, w in zip(spaces, words[1:], strict=False))
    assert CTA in _codes_of(prefix + spaced + spaces[-1])


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=200))
def test_promotion_in_never_crashes_and_only_uses_its_codes(text: str) -> None:
    for reason in promotion_in(text):
        assert reason.code in {CTA, PROMO} and reason.message
