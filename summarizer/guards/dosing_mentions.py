"""Broad mention rules that only the ``strict`` policy runs (folded text).

``strict`` flags *any* dosing talk, advised or reported, so it may over-fire on a reported dose by
definition. These rules catch the dosing talk that the advice-oriented tables of
:mod:`summarizer.guards.dosing_rules` and :mod:`summarizer.guards.dosing_function` can miss when a
regimen is worded in a way they have not seen:

- a **route**: an adverb or phrase ("subcutaneously", "by mouth", "into the muscle"), or an
  adjective on an administration noun or beside a verb of use ("IV infusion", "given intranasal");
- an **injection site**: an injection word near a body site ("goes into the buttock");
- a **frequency or duration** expression ("every 12 hours", "4-weekly", "for 8-12 weeks",
  "8-12 weeks") in a sentence about a medicine or its use;
- a **dose change or course**: "halving the dose", "dose reduction", "finish the whole course".

The scanner runs them only under ``strict``, and only on a sentence the shared rules found nothing
in (a fallback): they never act as a cue for another rule and never reach the ``advice``
decision, so ``advice`` is unchanged by them and ``strict`` stays a superset of ``advice``; and a
sentence that the shared rules already flag keeps exactly its findings (evidence selection and
the golden replays quote the first finding's message).
"""

from __future__ import annotations

import re

from summarizer.guards.dosing_function import MED_THING
from summarizer.guards.dosing_patterns import RANGE, USE_VERB
from summarizer.guards.dosing_rules import DosingKind, Gate, Rule

K = DosingKind
G = Gate

_ROUTE_ADJ = (
    r"(?:subcutaneous|intramuscular|intravenous|intranasal|sublingual|intradermal|transdermal|"
    r"buccal|rectal|oral|topical|nasal|ophthalmic|otic|iv|sc|im)"
)
# a route adverb or phrase; a route adjective only on an administration noun or beside a verb of
# use ("intranasal peptides" names a kind of product, "intranasal delivery" a route)
_ROUTE = re.compile(
    r"\b(?:subcutaneously|intramuscularly|intravenously|intranasally|sublingually|intradermally|"
    r"transdermally|buccally|rectally|orally|topically|subq|sub-q|s\.c\.|i\.m\.|i\.v\.|"
    r"by (?:mouth|injection|infusion|inhalation)|under the tongue|(?:in|into) (?:the |a |your |each |one )?(?:\w+ )?"
    r"(?:nose|nostrils?|eyes?|ears?|veins?|muscles?|vagina|rectum)|eye ?drops?|ear ?drops?)\b|"
    rf"\b{_ROUTE_ADJ} (?:\w+ )?(?:administration|delivery|use|route|dos(?:e|es|ing|age)|"
    r"injections?|infusions?|sprays?|drops?|bolus|push|drip|tablets?|capsules?|solution|"
    r"suspension|gel|cream|patch(?:es)?)\b"
)
_ADJ_ONLY = r"(?:subcutaneous|intramuscular|intravenous|intranasal|sublingual|transdermal|buccal)"
_USE_WORD = (
    r"(?:take[sn]?|taking|use[sd]?|using|inject\w*|dos(?:e|ed|ing)|administer\w*|"
    r"appl(?:y|ies|ied|ying)|given|give|pin(?:s|ned|ning)?)"
)
_ROUTE_BEFORE_USE = re.compile(rf"\b(?P<hit>{_ADJ_ONLY})\b(?=.*\b{_USE_WORD}\b)")
_ROUTE_AFTER_USE = re.compile(rf"\b{_USE_WORD}\b.*?\b(?P<hit>{_ADJ_ONLY})\b")

_SITE = re.compile(
    r"\b(?:inject\w*|injections?|shots?|pins?|pinning|pinned|jabs?|needles?)\b"
    r"[^.;]{0,60}?\b(?:abdomen|belly|stomach|navel|belly button|thighs?|buttocks?|glutes?|"
    r"deltoids?|upper arms?|back of the arm|love handles?|fat layer|muscle)\b|"
    r"\b(?:abdomen|belly|stomach|thighs?|buttocks?|glutes?|deltoids?|upper arms?)\b"
    r"[^.;]{0,40}?\b(?:inject\w*|injections?|shots?|pins?|pinning|sites?)\b"
)

_PERIODS = r"(?:hours?|hrs?|days?|nights?|weeks?|wks?|months?|mornings?|evenings?)"
_FREQUENCY = re.compile(
    rf"\b(?:once|twice|thrice|{RANGE} times?) (?:a|an|per|each|every|daily|weekly|monthly)\b|"
    r"\b(?:daily|nightly|weekly|fortnightly|monthly|hourly|bid|tid|qid|prn|as needed)\b|"
    r"\b(?:once|twice|\d+)[- ](?:daily|weekly|monthly|yearly|hourly)\b|\b(?:annually|quarterly)\b|"
    r"\b(?:every|each|on) (?:other )?(?:mon|tues|wednes|thurs|fri|satur|sun)days?\b|"
    rf"\bevery (?:other |few |\d+(?:\.\d+)? (?:to \d+ )?|{RANGE} )?{_PERIODS}\b|"
    rf"\b(?:for|over|within|after) (?:up to |at least |about |around |roughly |the first )?"
    rf"{RANGE}[ -]{_PERIODS}\b|\b{RANGE}[ -](?:weeks?|months?)\b|"
    r"\b(?:at|before|after) (?:bed|bedtime|breakfast|lunch|dinner|meals?|night)\b|"
    r"\b(?:in the|each|every) (?:morning|evening)\b|\bon an empty stomach\b|"
    r"\bfor (?:a|one|another|a further) (?:week|month|fortnight)\b|"
    rf"\b(?:separated|spaced|apart) by (?:at least |about )?{RANGE} (?:hours?|hrs?|days?)\b|"
    rf"\b{RANGE} (?:days?|nights?|weeks?) in a row\b|\bconsecutive (?:days|nights|weeks)\b"
)
# a sentence about a medicine or its use (the frequency rule needs one)
_USE = re.compile(
    rf"{MED_THING.pattern}|{USE_VERB.pattern}|\b(?:courses?|protocols?|cycles?|regimens?|"
    r"supplements?|pins?|jabs?|peptides?|inhal\w+|stack\w*)\b"
)

_CHANGE = re.compile(
    r"\b(?:halv|doubl|increas|decreas|reduc|lower|rais|adjust|titrat|taper|escalat|"
    r"skip|miss|split|divid|chang|cut)\w* (?:\w+ ){0,2}?(?:the |a |your |each |this )?"
    r"(?:dose|doses|dosage|dosing)\b|"
    r"\bdos(?:e|age|ing) (?:reduction|adjustment|escalation|increase|decrease|change|"
    r"modification|interruption)s?\b|"
    r"\b(?:finish|complete|stop|whole|full|entire) (?:the |your |a )?(?:\w+ )?course\b|"
    # the length of a course written as a compound ("A 3-day course is sufficient")
    rf"\b{RANGE}[- ](?:day|week|month|dose)s? (?:course|regimen|cycle|protocol|taper)\b|"
    r"\bswitch\w* (?:\w+ ){0,3}?to (?:the |a |an )?(?:\w+ ){0,2}?"
    r"(?:injections?|tablets?|pens?|doses?|dosing|formulation)\b"
)

STRICT_RULES: tuple[Rule, ...] = (
    Rule(K.ROUTE, _ROUTE, G.MENTION),
    Rule(K.ROUTE, _ROUTE_BEFORE_USE, G.MENTION),
    Rule(K.ROUTE, _ROUTE_AFTER_USE, G.MENTION),
    Rule(K.ADMINISTRATION, _SITE, G.MENTION),
    Rule(K.FREQUENCY, _FREQUENCY, G.MENTION, requires=_USE),
    Rule(K.TITRATION, _CHANGE, G.MENTION),
)
