"""The switchable grounding checks: each check's name and what it looks at."""

from __future__ import annotations

__all__ = ["ALL_CHECKS", "CHECK_HELP"]

#: Every switchable check, each named by what it looks at (see :data:`CHECK_HELP`).
CHECK_HELP: dict[str, str] = {
    "numbers": "every number of the claim is in the span (digits and number words)",
    "units": "every unit of the claim (mg, %, week, ...) is in the span",
    "entities": "names inside the sentence, acronyms and alphanumerics are in the span",
    "names_at_start": "a name-like capitalised word at sentence start is in the span",
    "negation": "the claim neither adds nor drops a negation",
    "antonym_prefix": "un-/in-/dis- words whose base the span has ('unsafe' for 'safe')",
    "hedge": "the claim does not harden ('proves', 'cures') what the span only hedges",
    "hedge_two_way": "span hedges ('may') and claim does not, or claim hedges and span not",
    "direction": "up/down words paired with the same object in the opposite direction",
    "antonyms": "a claim word whose opposite (hand list, WordNet) is in the aligned sentence",
    "scale": "a word of a scale (few/many, rarely/often, slightly/markedly) swapped",
    "typed_swap": "a noun swapped for another of its WordNet class (organ, substance, time)",
    "unmentioned_noun": "a rare typed noun (organ, substance, animal, plant, food) that neither "
    "the span nor the rest of the source mentions ('released mainly in the spleen')",
    "list_swap": "a list item swapped for one the source never names ('tolerance or liver "
    "toxicity' for 'tolerance or withdrawal effects')",
    "scope": "a limit the span puts on what the claim keeps ('under chronic stress', 'in "
    "behavioral studies', 'when taken orally', 'acute') is kept",
    "evidence": "the evidence level (rats, mice, in vitro, patients, humans) is kept",
    "substitution": "one content word swapped for another between the same neighbours",
    "term_swap": "a technical term for another of its kind between the same neighbours "
    "('cholinergic' for 'serotonergic', 'cannabinoid' for 'opioid')",
    "word_swap": "a less common word swapped for one WordNet does not relate ('oral' for "
    "'intranasal', 'concussion' for 'stroke')",
    "name_swap": "a name of the claim where the aligned span word is another name",
    "topic_name": "a claim may name the source's topic (its most used name, 'Selank') where "
    "its quote leaves the subject unsaid",
    "antecedents": "a quote that refers back ('it', 'both compounds') lets the claim name what "
    "the two sentences before it name",
    "added_phrase": "a near-verbatim claim adds two content words side by side that the span "
    "does not have ('known allergies', 'an experienced user')",
    "one_edit": "a claim sentence that is a span sentence with one stretch of up to four words "
    "rewritten into words the span's stretch does not license ('complete confidence' for "
    "'appropriate epistemic humility')",
    "role_order": "three claim words the aligned span sentence has in reverse order",
    "comparator": "the word after 'compared with', 'versus', 'than' is in the span",
    "placebo": "'placebo' or 'sham' in the claim, absent from the span",
    "coverage": "enough of the claim's content words are in the span",
    "quote_min_words": "a quote of fewer than min_quote_words words is not evidence",
    "fuzzy_keeps_words": "a fuzzy quote match changes few content words beyond a typo",
    "fuzzy_no_repair": "a quote cut mid-word is never widened to the whole word",
}
ALL_CHECKS = frozenset(CHECK_HELP)
