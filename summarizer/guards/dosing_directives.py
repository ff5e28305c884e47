"""Instruction and recommendation rules for :mod:`summarizer.guards.dosing` (folded text).

Imperatives, "should be taken", recommended and customary doses, second-person advice,
missed doses and dosing-table rows. See :mod:`summarizer.guards.dosing_rules` for the gates.
"""

from __future__ import annotations

import re

from summarizer.guards.dosing_patterns import (
    ADMIN_VERBS,
    AMOUNT_OBJ,
    CLAUSE_START,
    FORMS,
    GENERIC_VERBS,
    MASS_VOL,
    NEG,
    NUM,
    PERIOD,
    RANGE,
)
from summarizer.guards.dosing_rules import CONTENT_RULES, DosingKind, Gate, Rule

K = DosingKind
G = Gate
_WEEKS = r"(?:weeks?|wks?|days?|months?|phase|step|level|stage)"
_CUSTOM = r"(?:common|standard|typical|usual|popular|basic|beginner|conservative|simple|classic)"
_HABITUAL_SUBJECT = (
    r"(?:(?:(?:most|many|some|experienced|new|first-time|regular|serious|typical|other|a lot of|"
    r"lots of|plenty of|a few|most of the|many of the) )?"
    r"(?:users|people|beginners|newcomers|novices|lifters|athletes|bodybuilders|biohackers|"
    r"researchers|practitioners|clinicians|dieters|patients|adults|folks|customers|those|"
    r"others|individuals|runners|women|men|guys)|those (?:on|in|with|using) (?:a |an |the )?\w+|"
    r"most|many|some|others)"
)
_HABITUAL_VERB = (
    r"(?:take|use|inject|start|run|dose|begin|stay|split|cycle|spray|apply|stack|combine|go|"
    r"aim|keep|opt|follow|prefer|add|settle|stick|choose|pin|microdose|alternate|rotate|"
    r"find|mix|pair|put|enter)"
)


def _r(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern)


DIRECTIVE_RULES: tuple[Rule, ...] = (
    # ---- instructions and recommendations
    Rule(K.ADMINISTRATION, _r(rf"{CLAUSE_START}(?P<hit>{NEG}{ADMIN_VERBS})\b(?!-)"), G.DIRECTIVE),
    Rule(
        K.STACKING,
        _r(rf"{CLAUSE_START}(?P<hit>{NEG}(?:stack|cycle|combine)(?: \w+)? (?:with|on|off|for)\b)"),
        G.DIRECTIVE,
    ),
    Rule(
        K.IMPERATIVE,
        _r(rf"{CLAUSE_START}(?P<hit>{NEG}{GENERIC_VERBS})\b(?!-)"),
        G.DIRECTIVE,
        needs_cue=True,
    ),
    Rule(
        K.IMPERATIVE,
        _r(
            # (not a product's name: "nasal spray 3 ml", "eye drop 10 ml")
            rf"\b(?<!nasal )(?<!nose )(?<!throat )(?<!eye )(?<!ear )(?<!oral )"
            rf"(?P<hit>(?:take|use|spray|apply|instill|inject|chew|dissolve|insert|place|give|"
            rf"administer|inhale|add|draw|withdraw|put|squeeze|drink|swallow|mix|measure|pour|"
            rf"rub|sprinkle|dab|drop) {AMOUNT_OBJ})"
        ),
        G.DIRECTIVE,
        check_subject=True,
    ),
    Rule(
        K.IMPERATIVE,
        _r(r"\b(?:do not|don't|never|not to|should not|must not|not) exceed\b"),
        G.DIRECTIVE,
    ),
    Rule(
        K.RECOMMENDATION,
        _r(
            r"\b(?:should|must|may|can|could|might|is to|are to)(?: \w+){0,2}? be (?:\w+ )?"
            r"(?:taken|used|given|administered|applied|swallowed|chewed|started|initiated|"
            r"increased|decreased|reduced|titrated|continued|repeated|switched|divided|injected|"
            r"instilled|sprayed|infused|diluted|reconstituted|tapered|individualized|adjusted|"
            r"modified|lowered|withheld|extended|mixed|drawn|swallowed)\b|"
            r"\btolerated (?:when )?given\b|\b(?:should|must|is to|are to)(?: \w+ly)? (?:receive|take|use|"
            r"get|inject|apply|start|begin)\b|"
            r"\bconsider (?:a trial of|switching|increasing|reducing|starting|taking|using)\b|"
            r"\bis best taken\b|\bit is (?:recommended|advised|best|suggested) (?:to|that)\b|"
            r"\b(?:is|are) (?:typically|usually|commonly|often|generally) (?:taken|used|dosed|"
            r"injected|administered|run|started)\b|\b(?:preferred|ideal|best) (?:route|site|time)\b"
        ),
        G.DIRECTIVE,
        needs_cue=True,
    ),
    Rule(
        K.RECOMMENDATION,
        _r(
            r"\b(?:the )?recommended (?:(?:starting|initial|usual|adult|daily|pediatric|maximum) )*"
            r"(?:dose|dosage|dosing)(?: regimen)? (?:is|of|for|range|in)\b|"
            r"\b(?:usual|typical|standard|common) (?:\w+ )?(?:dose|dosage|dosing)s? (?:is|are|of|for)\b|"
            r"\b(?:most|many|some) (?:users|people|researchers|protocols|practitioners|"
            r"clinicians|athletes) (?:\w+ )?(?:take|use|inject|start|run|dose|opt|follow|"
            r"begin|stay|split|cycle|maintain|prefer|add)\b|"
            rf"\b(?:a |the )?{_CUSTOM} (?:\w+ )?(?:protocols?|regimens?|schedules?|starting "
            r"points?|approach|cycles?|routine|stack) (?:is|are|involves?|calls? for|looks? like|"
            r"runs?|uses?|starts?)\b"
        ),
        G.DIRECTIVE,
    ),
    # advice by its outcome: "Many users report best results dosing pre-workout", "For best
    # results, use it right after showering"
    Rule(
        K.RECOMMENDATION,
        _r(
            r"\b(?:best|optimal|maximum|ideal) (?:results?|absorption|effects?) (?:\w+ )?"
            r"(?:dosing|taking|using|injecting|applying|spraying|when|if|with|from|before|after)\b|"
            r"\bfor (?:the )?(?:best|optimal|maximum|ideal) (?:results?|absorption|effects?)\b"
        ),
        G.DIRECTIVE,
        needs_cue=True,
    ),
    # customary use in the third person, present tense: "Beginners tend to start around 0.25 mg"
    Rule(
        K.RECOMMENDATION,
        _r(
            rf"\b(?P<hit>{_HABITUAL_SUBJECT} (?:(?:\w+ly|tend to|will|often|also|then|still) )*"
            rf"{_HABITUAL_VERB})\b(?! (?:longer|time|place|part|care|effect|hold|years)\b)"
        ),
        G.DIRECTIVE,
        needs_cue=True,
    ),
    Rule(
        K.SECOND_PERSON,
        _r(
            r"\byou(?:'d|'ll)? (?:should|must|need to|have to|ought to|can|could|may want to|may|"
            r"might want to|will want to|want to|are advised to|may need to)(?: \w+ly)? (?:take|use|"
            r"try|start|begin|inject|administer|dose|apply|stack|cycle|run|combine|spray|add|"
            r"increase|decrease|split|reconstitute|rotate|change|switch|skip|move|lower|raise|adjust|"
            r"resume|repeat|give|continue)\b"
        ),
        G.DIRECTIVE,
    ),
    Rule(
        K.SECOND_PERSON,
        _r(
            r"\byou(?:'re| are)? (?:\w+ )?(?:take|use|inject|dose|apply|spray|stack|cycle|start)\b|"
            r"\byour (?:next |missed |daily |usual |first )?(?:dose|dosage|medicine|medication|"
            r"tablets?|pills?|injections?)\b|\byou'll use\b"
        ),
        G.DIRECTIVE,
        needs_cue=True,
    ),
    Rule(
        K.MISSED_DOSE,
        _r(
            r"\bmiss(?:ed|es)? (?:a |your |one |the )?dose\b|\bmissed doses?\b|\bextra dose\b|"
            # colloquial: "If you miss a Sunday pin, just do it Monday"
            r"\bmiss(?:ed|es)? (?:a |your |one |the )(?:\w+ )?(?:pin|shot|jab|injection|pill|tablet|"
            r"capsule|spray|application)\b|"
            r"\bdouble (?:the |a |your )?dose\b|\bmake up for (?:a |the )?missed\b|"
            # a missed shot in forum spelling ("missed ur reta shot? ... just take it")
            r"\bmiss(?:ed|es)? (?:ur|yr|ya) (?:\w+ )?(?:pin|shot|jab|dose|pill)\b|"
            r"\bdose is missed\b|\bdouble up\b|\bif you forget\b|\bforg(?:et|ot|otten)(?: to take)? "
            r"(?:a |one |your |the |an )?(?:dose|tablet|capsule|pill|injection|shot|application)s?\b"
        ),
        G.DIRECTIVE,
    ),
    Rule(
        K.DOSING_TABLE,
        _r(
            rf"(?:^|\n)[^\n]{{0,40}}?\b(?:lbs?|kg|pounds|years?|yrs?|months?)\s?:[^\n]{{0,60}}?:"
            rf" ?{RANGE} ?(?:{MASS_VOL}|{FORMS})\b"
        ),
        G.DIRECTIVE,
    ),
    Rule(
        K.DOSING_TABLE,
        _r(
            rf"^[\W_]*(?:{_WEEKS} ?)?\d+(?: ?(?:-|to) ?\d+|\+)? ?[|:](?: ?[^|\n]{{0,30}}\|)? ?"
            rf"(?:e\.g\.,? )?{RANGE} ?(?:{MASS_VOL}|{FORMS})\b|"
            rf"^(?:[^|\n]{{1,40}}\|){{1,3}} ?(?:e\.g\.,? )?(?:< ?|up to )?(?:{RANGE} ?(?:{MASS_VOL}|"
            rf"{FORMS})|half (?:a |an |of a )?{FORMS})\b"
            rf"(?! ?/ ?(?:mol|l\b|min\b|dl\b))"
        ),
        G.CONTENT,
    ),
)

# "Route: Subcutaneous injection", "Frequency | Once daily": a regimen field of a protocol card
FIELD_RULES: tuple[Rule, ...] = (
    Rule(
        K.DOSING_TABLE,
        _r(
            r"^[\W_]*(?:route|frequency|timing|dose|dosage|daily dose|schedule|cycle|recon|"
            r"administration|duration|protocol|injection site|reconstitution|directions|usage|"
            r"how to (?:take|use)|when to (?:take|use)|missed doses?|max(?:imum)?(?: daily| single)?"
            r"(?: dose| dosage)?|(?:starting|maintenance|loading|usual|adult|pediatric) dose)s? ?[:|] ?(?=\w)"
        ),
        G.CONTENT,
    ),
)

# Schedule, timing, preparation and combination shapes that name no amount.
SHAPE_RULES: tuple[Rule, ...] = (
    Rule(
        K.TIMING,
        _r(
            r"\bwith (?:the |your |a |each |every |any )?(?:\w+ ){0,2}?(?:meals?|breakfast|dinner|"
            r"lunch|snacks?|food)\b|\b(?:after|before|at) (?:each|every) (?:\w+ )?(?:use|dose|"
            r"injection|application|treatment|spray|puff|meal|session|feeding|workout|visit)s?\b|"
            r"\bon (?:non-?)?(?:training|workout|rest|off|gym|lifting) days\b|"
            r"^\W*(?:in the )?(?:morning|am|night|evening|bedtime|breakfast)(?: and| &|,| /| or) "
            r"(?:at )?(?:night|evening|bedtime|pm|dinner|noon|lunch)\W*$"
        ),
        G.CONTENT,
    ),
    Rule(
        K.FREQUENCY,
        _r(
            r"\b(?:per|every|each|a) (?:24|twenty-four)[- ]hours?\b|\b(?:in|any|one) (?:24|"
            r"twenty-four)[- ]hours? period\b|\b(?:at|on) the same (?:time|day|hour)s?(?: of "
            r"(?:the )?(?:day|week))? (?:each|every)\b|\b(?:\w+days?|weekends?) off\b"
        ),
        G.CONTENT,
    ),
    Rule(
        K.FREQUENCY,
        _r(
            r"\beach (?:day|week|morning|evening|night)\b|\bin 24 hours\b|\b(?:in the )?(?:morning|am)"
            r" (?:and|&) (?:at )?(?:night|evening|bedtime|pm)\b|\b(?:in|into) (?:the|your) mouth\b"
        ),
        G.CONTENT,
        needs_cue=True,
        verb_cue=True,
    ),
    Rule(
        K.CYCLE,
        _r(
            rf"\b(?:a|an|one|{RANGE})[- ](?:day|week|month)s?[- ](?:long )?(?:break|pause|"
            r"rest(?: period)?|holiday|washout)\b|\b(?:break|pause|rest) (?:after|between) "
            rf"(?:each|every)\b|\b(?:pause|break|rest|stop|off) for (?:a |an |{NUM} )?{PERIOD}\b"
        ),
        G.CONTENT,
    ),
    Rule(
        K.STACKING,
        _r(
            r"\b(?:pair|combine|mix|blend)(?:s|ed|ing)? (?:it |them |this |these |both |"
            r"\S+ )?(?:well )?with\b|\bin a \d+ ?: ?\d+ ratio\b|\bin the same (?:injection|shot|"
            r"syringe|dose)\b"
        ),
        G.CONTENT,
    ),
    Rule(
        K.RECONSTITUTION,
        _r(
            r"\buntil (?:the )?(?:powder|it|tablet|lozenge|contents?|solution|peptide|pellets?)"
            r"(?: is| are| has)? (?:fully |completely |totally )?(?:dissolve[sd]?|clear|mixed)\b|"
            r"\b(?:roll|swirl|invert|tap) (?:the )?(?:vial|bottle|pen|syringe|cartridge)s?\b|"
            r"\bnormal saline\b|\b(?:sodium chloride|dextrose) injection\b|\bcontents of (?:one|"
            r"the|each|a|\d+) (?:vial|ampul\w*|ampoule|capsule|packet|sachet)s?\b|"
            r"\binjection (?:spots?|areas?|points?|locations?)\b|\bspit\w*(?: it)? out\b"
        ),
        G.CONTENT,
    ),
)

RULES: tuple[Rule, ...] = CONTENT_RULES + DIRECTIVE_RULES + FIELD_RULES + SHAPE_RULES
