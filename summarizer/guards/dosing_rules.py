"""Pattern tables for :mod:`summarizer.guards.dosing`.

Every pattern runs on *folded* text (see :mod:`summarizer.guards.folding`): lower case, NFKC,
ASCII dashes and quotes, single spaces, Latin homoglyphs, micro sign ``µ``; sentence breaks
that were newlines in the original are kept as ``\\n``. Spaced-out letters and digits
("5 0 0 m c g") have already been collapsed by the scanner.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum


class DosingKind(StrEnum):
    """What sort of dosing talk a finding is."""

    DOSE_AMOUNT = "dose_amount"
    PROTOCOL_RANGE = "protocol_range"
    FREQUENCY = "frequency"
    TIMING = "timing"
    ROUTE_INSTRUCTION = "route_instruction"
    ADMINISTRATION = "administration"
    DURATION = "duration"
    CYCLE = "cycle"
    TITRATION = "titration"
    STACKING = "stacking"
    IMPERATIVE = "imperative"
    RECOMMENDATION = "recommendation"
    SECOND_PERSON = "second_person"
    MISSED_DOSE = "missed_dose"
    DOSING_TABLE = "dosing_table"


KIND_LABELS: dict[DosingKind, str] = {
    DosingKind.DOSE_AMOUNT: "a dose amount",
    DosingKind.PROTOCOL_RANGE: "a reported protocol dose range",
    DosingKind.FREQUENCY: "a dosing frequency",
    DosingKind.TIMING: "a dose timing",
    DosingKind.ROUTE_INSTRUCTION: "a route-of-administration instruction",
    DosingKind.ADMINISTRATION: "an administration instruction",
    DosingKind.DURATION: "a duration of use",
    DosingKind.CYCLE: "a cycling (on/off) protocol",
    DosingKind.TITRATION: "a titration or tapering instruction",
    DosingKind.STACKING: "a stacking or combination protocol",
    DosingKind.IMPERATIVE: "an instruction to take or use something",
    DosingKind.RECOMMENDATION: "a dosing recommendation",
    DosingKind.SECOND_PERSON: "second-person dosing advice",
    DosingKind.MISSED_DOSE: "a missed-dose instruction",
    DosingKind.DOSING_TABLE: "a dosing-table row",
}


class Gate(StrEnum):
    """When a rule counts as *advice* (strict reports every rule that fires)."""

    ALWAYS = "always"  # an instruction or recommendation on its own
    CUE = "cue"  # fires (in either policy) only when the sentence holds another dosing cue
    REPORT = "report"  # dosing content; advice only if the sentence is advice anyway


@dataclass(frozen=True)
class Rule:
    """One detector pattern; the span reported is group ``hit`` when present."""

    kind: DosingKind
    pattern: re.Pattern[str]
    gate: Gate
    check_subject: bool = False  # skip when a reported subject ("patients who") precedes


def _alt(words: str) -> str:
    return "(?:" + "|".join(words.split()) + ")"


_UNITS_W = _alt(
    "one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen"
)
_TENS_W = _alt("twenty thirty forty fifty sixty seventy eighty ninety")
_ATOM_W = rf"(?:{_TENS_W}|{_UNITS_W}|hundred|thousand|half|quarter)"
NUM_WORD = rf"{_ATOM_W}(?:[ -](?:and )?{_ATOM_W})*"
NUM_DIGIT = r"(?:\d+(?:[.,]\d+)*(?: ?/ ?\d+)?|\.\d+)(?: \d/\d)?"
NUM = rf"(?:{NUM_DIGIT}|{NUM_WORD})"
RANGE = rf"{NUM}(?: ?(?:-|to|or|and|/) ?{NUM})?"
_LB = r"(?<![\w.,/])"

MASS_VOL = (
    r"(?:m\.?c\.?g|µ\.?g|u\.?g|mg|ng|g|grams?|milligrams?|micrograms?|mgs|ml|milliliters?|"
    r"millilitres?|cc|iu|i\.u\.|units?(?! cartons?)|tsp|teaspoons?(?:ful)?|tablespoons?|tbsp)"
)
_PER = r"(?: ?/ ?(?:kg|day|d|dose|ml|m2|spray|actuation|nostril))*"
FORMS = (
    r"(?:tablets?|tabs?|capsules?|caps|caplets?|pills?|pellets?|drops?|sprays?|puffs?|pumps?|"
    r"vials?|ampoules?|injections?|doses?|capfuls?|droppers?(?:fuls?)?|sachets?|lozenges?|"
    r"patch(?:es)?|suppositor(?:y|ies)|applications?|softgels?|gummies|actuations?)"
)
_PCT_FORM = (
    r"(?:w/w|w/v|solutions?|sprays?|creams?|gels?|foams?|ointments?|lotions?|drops|nasal|"
    r"strength|concentration)"
)
PERIOD = r"(?:days?|weeks?|months?)"
_USE_VERBS = (
    r"(?:take|taking|taken|use|using|used|administer\w*|inject\w*|apply|applied|dos(?:e|ed|ing)|"
    r"treat\w*|instill\w*|spray\w*|continue\w*|run|running|cycle\w*|given|give|supplement\w*)"
)
DOSE_WORD = re.compile(
    r"\b(?:dose[sd]?|dosage|dosing|intervals?|capful|amount|serving)\b|"
    r"\bwith (?:food|milk|water|meals?)\b"
)
# a reported subject right before a verb: "patients who take 2 tablets" is not an instruction
SUBJECT_BEFORE = re.compile(
    r"\b(?:who|that|which|they|we|i|it|he|she|selank|semax|(?!(?:always|perhaps|thus|as|plus|"
    r"days|hours|this|has|is|was)\b)\w+[^s\W]s)(?: \w+ly)?\s*$"
)

CLAUSE_START = (
    r"(?:^|(?<=[:;,(\n!?.])\s*|(?<=\w- )|(?<=\w -)\s*|(?<=\bthen )|(?<=\balso )|"
    r"(?<=\balways )|(?<=\bnever )|(?<=\bplease )|(?<=\bonly )|(?<=\bsimply )|"
    r"(?<=\band )|(?<=\bor )|(?<=\botherwise ))"
)
_NEG = r"(?:(?:do not|don't|never|always|only|not) )?"
ADMIN_VERBS = (
    r"(?:swallow|chew|dissolve|instill|inject|spray|massage|shake|sweep|drink|awaken|"
    r"reconstitute|administer|apply|crush|rub|inhale|insert)"
)
GENERIC_VERBS = (
    r"(?:take|use|give|start|begin|continue|repeat|increase|decrease|reduce|lower|raise|find|"
    r"dose|measure|split|divide|try|add|switch|consider|run)"
)
_AMOUNT_OBJ = (
    rf"(?:a small amount|a thin layer|half (?:a|an|of a) \w+|{RANGE} ?(?:{MASS_VOL}|{FORMS})\b)"
)


def _r(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern)


RULES: tuple[Rule, ...] = (
    # ---- dose amounts
    Rule(
        DosingKind.DOSE_AMOUNT,
        _r(
            rf"{_LB}{RANGE} ?{MASS_VOL}{_PER}\b(?! ?/ ?(?:mol|l\b|min\b|dl\b))"
            rf"(?: (?:{FORMS}|per (?:day|dose|kg)|daily)\b)?"
        ),
        Gate.REPORT,
    ),
    Rule(DosingKind.DOSE_AMOUNT, _r(rf"{_LB}{RANGE} (?:of (?:the )?)?{FORMS}\b"), Gate.REPORT),
    Rule(
        DosingKind.DOSE_AMOUNT,
        _r(rf"{_LB}{RANGE} (?:of )?(?:the |a |an )?(?:adult |usual |normal |full )?dose\b"),
        Gate.REPORT,
    ),
    Rule(DosingKind.DOSE_AMOUNT, _r(rf"\bhalf (?:a|an|of a|the) (?:{FORMS}|dose)\b"), Gate.REPORT),
    Rule(DosingKind.DOSE_AMOUNT, _r(rf"{_LB}{RANGE} ?% ?{_PCT_FORM}\b"), Gate.REPORT),
    # ---- frequency
    Rule(
        DosingKind.FREQUENCY,
        _r(
            rf"\b(?:once|twice|thrice|{RANGE} times?) (?:a |an |per |each |every )?"
            r"(?:day|daily|week|weekly|hour|night|nightly|month|monthly)\b"
        ),
        Gate.REPORT,
    ),
    Rule(
        DosingKind.FREQUENCY,
        _r(
            rf"\bevery (?:other )?(?:{RANGE} )?(?:hours?|hrs?|days?|weeks?|minutes?|mins?|"
            r"morning|evening|night)\b"
        ),
        Gate.REPORT,
    ),
    Rule(
        DosingKind.FREQUENCY,
        _r(
            r"\b(?:b\.i\.d|t\.i\.d|q\.i\.d|q\.d|q\.o\.d|q\.h\.s|p\.r\.n)\b\.?|\b(?:qid|tid|qod|qhs|"
            r"prn|q\d+h)\b|(?<=mg |ml )(?:bid|qd)\b|\bhourly\b|\bin divided doses\b|"
            r"\b(?:per|a) day\b(?= (?:for|with|in|and|or|,|\.))"
        ),
        Gate.REPORT,
    ),
    Rule(
        DosingKind.FREQUENCY,
        _r(r"\b(?:us(?:e|ing)|tak(?:e|ing)|apply|applying) (?:it )?more (?:or more )?often\b"),
        Gate.ALWAYS,
    ),
    # ---- timing
    Rule(
        DosingKind.TIMING,
        _r(
            r"\bon an empty stomach\b|\bwith (?:or without )?(?:food|milk|meals?|breakfast|dinner|"
            r"lunch|(?:the |your )?evening meals?|a meal|a full glass of water)\b|\bbefore (?:bed"
            r"(?:time)?|sleep|breakfast|meals?|food|travel|exercise|workouts?)\b|\bat bed ?time\b|"
            r"\bin the (?:morning|evening|afternoon)\b|"
            r"\bafter (?:meals?|food|breakfast|dinner|lunch|waking)\b|\bupon waking\b|"
            r"\bwhile awake\b|\b(?:after|before) retiring\b"
        ),
        Gate.REPORT,
    ),
    # ---- routes phrased as instructions
    Rule(
        DosingKind.ROUTE_INSTRUCTION,
        _r(
            r"\b(?:inject|administer|spray|instill|apply|take|give|use|dissolve|place|put|insert)"
            r"(?: (?:it|them|selank|semax|the (?:dose|peptide|solution)))?"
            r"(?: \S+){0,3}? (?:subcutaneously|intramuscularly|intranasally|intravenously|orally|"
            r"sublingually|topically|by mouth|under the tongue|into the nose|sub-?q)\b"
        ),
        Gate.ALWAYS,
    ),
    Rule(
        DosingKind.ROUTE_INSTRUCTION,
        _r(r"\b(?:in|into|per) (?:each|every|one|both|either|the other) nostrils?\b"),
        Gate.ALWAYS,
    ),
    # ---- durations, cycles
    Rule(
        DosingKind.DURATION,
        _r(
            rf"\b{_USE_VERBS} .{{0,60}}?\b(?P<hit>(?:for|more than|longer than) (?:up to |at "
            rf"least |about |approximately |another |a further |no more than |more than )?"
            rf"{RANGE}[ -](?:consecutive )?{PERIOD})\b"
        ),
        Gate.REPORT,
    ),
    Rule(
        DosingKind.DURATION,
        _r(
            rf"{_LB}{RANGE}[ -]{PERIOD} of (?:consistent |continued |continuous |daily |regular )?"
            r"(?:use|usage|dosing|administration|supplementation)\b"
        ),
        Gate.REPORT,
    ),
    Rule(
        DosingKind.DURATION,
        _r(
            r"\bcontinued use is (?:necessary|needed|required)\b|\bwhile symptoms persist\b|"
            r"\bas long as symptoms\b"
        ),
        Gate.ALWAYS,
    ),
    Rule(
        DosingKind.CYCLE,
        _r(
            rf"\bcycles?(?: lengths?)? (?:of|lasting) {RANGE}[ -]{PERIOD}|"
            rf"{_LB}{RANGE}[ -]{PERIOD} on[ ,/;]+(?:and |then )?{RANGE}[ -]{PERIOD} off\b|"
            rf"{_LB}\d+ ?on ?/ ?\d+ ?off\b|\bcycling (?:protocols?|schedules?|regimens?)\b|"
            rf"\b(?:on|off)[- ]cycles?\b|\bcycle (?:on|off)\b|\bcycles? (?:vary|varying)\b|"
            rf"\bbreaks? of {RANGE}[ -]{PERIOD}\b"
        ),
        Gate.REPORT,
    ),
    # ---- titration and tapering
    Rule(
        DosingKind.TITRATION,
        _r(
            r"\btitrat\w+|\btaper(?:ing|ed)? (?:off|down|the dose|doses?|dosage)\b|"
            r"\b(?:increase|decrease|reduce|raise|lower|double|halve|adjust)[sd]? (?:the |your |a |"
            r"each )?(?:daily )?(?:dose|dosage)\b|\bin increments of\b|\bup to a maximum (?:dose )?"
            r"of\b|\bmaximum (?:recommended )?(?:daily |single )?dose (?:is|of)\b|"
            r"\b(?:starting|initial|maintenance|loading|target) dose\b|\btotal daily dose\b|"
            r"\b(?:greater|longer|shorter) intervals\b"
        ),
        Gate.REPORT,
    ),
    Rule(
        DosingKind.TITRATION,
        _r(
            r"\bstart(?:ing)? (?:at|with) (?:a |the )?low(?:er|est)? (?:end|dose)\b|"
            r"\b(?:smallest|lowest) effective dose\b|\bdose selection\b"
        ),
        Gate.ALWAYS,
    ),
    # ---- stacking
    Rule(
        DosingKind.STACKING,
        _r(
            r"\bstack(?:s|ed|ing)?\b|\bcombination protocols?\b|\bcombine (?:it |selank |semax )?"
            r"with\b"
        ),
        Gate.REPORT,
    ),
    # ---- instructions and recommendations
    Rule(
        DosingKind.ADMINISTRATION,
        _r(rf"{CLAUSE_START}(?P<hit>{_NEG}{ADMIN_VERBS})\b(?!-)"),
        Gate.ALWAYS,
    ),
    Rule(
        DosingKind.STACKING,
        _r(rf"{CLAUSE_START}(?P<hit>{_NEG}(?:stack|cycle|combine)(?: \w+)? (?:with|on|off|for)\b)"),
        Gate.ALWAYS,
    ),
    Rule(
        DosingKind.IMPERATIVE,
        _r(rf"{CLAUSE_START}(?P<hit>{_NEG}{GENERIC_VERBS})\b(?!-)"),
        Gate.CUE,
    ),
    Rule(
        DosingKind.IMPERATIVE,
        _r(
            rf"\b(?P<hit>(?:take|use|spray|apply|instill|inject|chew|dissolve|insert|place|give|"
            rf"administer|inhale) {_AMOUNT_OBJ})"
        ),
        Gate.ALWAYS,
        check_subject=True,
    ),
    Rule(
        DosingKind.IMPERATIVE,
        _r(r"\b(?:do not|don't|never|not to|should not|must not) exceed\b"),
        Gate.ALWAYS,
    ),
    Rule(
        DosingKind.RECOMMENDATION,
        _r(
            r"\b(?:should|must|may|can|could|might|is to|are to)(?: \w+){0,2}? be (?:\w+ )?"
            r"(?:taken|used|given|administered|applied|swallowed|chewed|started|initiated|"
            r"increased|decreased|reduced|titrated|continued|repeated|switched|divided|injected|"
            r"instilled|sprayed)\b|\btolerated (?:when )?given\b|"
            r"\bconsider (?:a trial of|switching|increasing|reducing|starting|taking|using)\b|"
            r"\bis best taken\b|"
            r"\bit is (?:recommended|advised|best) to\b"
        ),
        Gate.CUE,
    ),
    Rule(
        DosingKind.RECOMMENDATION,
        _r(
            r"\b(?:the )?recommended (?:(?:starting|initial|usual|adult|daily|pediatric) )*"
            r"(?:dose|dosage|dosing) (?:is|of|for|range)\b|\b(?:usual|typical) dose (?:is|of)\b"
        ),
        Gate.ALWAYS,
    ),
    Rule(
        DosingKind.SECOND_PERSON,
        _r(
            r"\byou(?:'d|'ll)? (?:should|must|need to|have to|ought to|can|could|may want to|"
            r"might want to|will want to|want to|are advised to)(?: \w+ly)? (?:take|use|try|start|"
            r"begin|inject|administer|dose|apply|stack|cycle|run|combine|spray|add|increase|"
            r"decrease)\b"
        ),
        Gate.ALWAYS,
    ),
    Rule(
        DosingKind.SECOND_PERSON,
        _r(
            r"\byou(?:'re| are)? (?:\w+ )?(?:take|use|inject|dose|apply|spray|stack|cycle|start)\b|"
            r"\byour (?:next |missed |daily |usual |first )?(?:dose|dosage|medicine|medication|"
            r"tablets?|pills?|injections?)\b"
        ),
        Gate.CUE,
    ),
    Rule(
        DosingKind.MISSED_DOSE,
        _r(
            r"\bmiss(?:ed|es)? (?:a |your |one |the )?dose\b|\bmissed doses?\b|\bextra dose\b|"
            r"\bdouble (?:the |a |your )?dose\b|\bmake up for (?:a |the )?missed\b"
        ),
        Gate.ALWAYS,
    ),
    Rule(
        DosingKind.DOSING_TABLE,
        _r(
            rf"(?:^|\n)[^\n]{{0,40}}?\b(?:lbs?|kg|pounds|years?|yrs?|months?)\s?:[^\n]{{0,60}}?:"
            rf" ?{RANGE} ?(?:{MASS_VOL}|{FORMS})\b"
        ),
        Gate.ALWAYS,
    ),
)

# A dose amount whose sentence names a protocol or regimen is reported as a protocol range.
PROTOCOL_CONTEXT = re.compile(r"\b(?:protocols?|regimens?|dosing|typically|commonly|range)\b")
RANGE_SHAPE = re.compile(rf"{NUM} ?(?:-|to) ?{NUM}")
