"""Pattern tables for :mod:`summarizer.guards.dosing`: kinds, gates and the content rules.

Every pattern runs on *folded* text (see :mod:`summarizer.guards.folding`): lower case, NFKC,
ASCII dashes and quotes, single spaces, Latin homoglyphs, micro sign ``µ``; sentence breaks
that were newlines in the original are kept as ``\\n``. Spaced-out letters and digits
("5 0 0 m c g") have already been collapsed by the scanner. The building blocks and the
sentence frames live in :mod:`summarizer.guards.dosing_patterns`; the instruction and
recommendation rules in :mod:`summarizer.guards.dosing_directives`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

from summarizer.guards.dosing_patterns import (
    FORMS,
    LB,
    MASS_VOL,
    NUM,
    PCT_FORM,
    PER,
    PERIOD,
    RANGE,
    ROUTE_WORD,
    USE_VERBS,
)


class DosingKind(StrEnum):
    """What sort of dosing talk a finding is."""

    DOSE_AMOUNT = "dose_amount"
    PROTOCOL_RANGE = "protocol_range"
    FREQUENCY = "frequency"
    TIMING = "timing"
    ROUTE_INSTRUCTION = "route_instruction"
    ROUTE = "route"
    ADMINISTRATION = "administration"
    RECONSTITUTION = "reconstitution"
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
    DosingKind.ROUTE: "a route of administration",
    DosingKind.ADMINISTRATION: "an administration instruction",
    DosingKind.RECONSTITUTION: "a reconstitution or dilution step",
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
    """What a rule's match means for the ``advice`` policy (``strict`` reports every match)."""

    DIRECTIVE = "directive"  # an instruction or recommendation: advice unless reported as past
    CONTENT = "content"  # regimen content: advice unless reported or merely described
    MENTION = "mention"  # dosing talk that is never advice on its own (a strength, a route)


@dataclass(frozen=True)
class Rule:
    """One detector pattern; the span reported is group ``hit`` when present."""

    kind: DosingKind
    pattern: re.Pattern[str]
    gate: Gate
    needs_cue: bool = False  # fires only when the sentence holds another dosing cue
    verb_cue: bool = False  # a verb of taking ("using", "inject") also counts as that cue
    check_subject: bool = False  # skip when a reported subject ("patients who") precedes
    requires: re.Pattern[str] | None = None  # fires only when the sentence matches this too
    veto: re.Pattern[str] | None = None  # never fires when the sentence matches this


def _r(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern)


K = DosingKind
G = Gate

CONTENT_RULES: tuple[Rule, ...] = (
    # ---- dose amounts (a bare amount is a mention; the scanner upgrades it in context)
    Rule(
        K.DOSE_AMOUNT,
        _r(
            rf"{LB}{RANGE} ?{MASS_VOL}{PER}\b(?! ?/ ?(?:mol|l\b|min\b|dl\b))"
            rf"(?: (?:{FORMS}|per (?:day|dose|kg|week)|daily|weekly)\b)?"
        ),
        G.MENTION,
    ),
    Rule(K.DOSE_AMOUNT, _r(rf"{LB}{RANGE} (?:of (?:the )?)?{FORMS}\b"), G.MENTION),
    Rule(
        K.DOSE_AMOUNT,
        _r(rf"{LB}{RANGE} (?:of )?(?:the |a |an )?(?:adult |usual |normal |full )?dose\b"),
        G.MENTION,
    ),
    Rule(K.DOSE_AMOUNT, _r(rf"\bhalf (?:a|an|of a|the) (?:{FORMS}|dose)\b"), G.MENTION),
    Rule(K.DOSE_AMOUNT, _r(rf"{LB}{RANGE} ?% ?{PCT_FORM}\b"), G.MENTION),
    # injector units per area or side ("glabella 20u over 5"); a dose due now ("1 capsule now")
    Rule(K.DOSE_AMOUNT, _r(rf"{LB}\d+(?:\.\d+)? ?u (?:over|per (?!ml\b)|into|each)\b"), G.CONTENT),
    Rule(K.DOSE_AMOUNT, _r(rf"{LB}{RANGE} {FORMS} now\b"), G.DIRECTIVE),
    # ---- frequency
    Rule(
        K.FREQUENCY,
        _r(
            rf"\b(?:once|twice|thrice|{RANGE} ?(?:times?|x)) ?[- ]?(?:a |an |per |each |every |in (?:a |the )|/ ?)?"
            r"(?:day|daily|week|weekly|wk|hour|night|nightly|month|monthly)\b"
        ),
        G.CONTENT,
    ),
    Rule(
        K.FREQUENCY,
        _r(
            rf"\bevery (?:other |single )?(?:{RANGE} )?(?:hours?|hrs?|days?|weeks?|minutes?|mins?|"
            r"morning|evening|night)\b|\bon alternate days\b|\bas needed\b|"
            r"\b(?:on|from) day \d+\b|\bdays? \d+ (?:through|to|-) \d+\b"
        ),
        G.CONTENT,
    ),
    Rule(
        K.FREQUENCY,
        _r(
            r"\b(?:b\.i\.d|t\.i\.d|q\.i\.d|q\.d|q\.o\.d|q\.h\.s|p\.r\.n)\b\.?|\b(?:qid|tid|qod|qhs|"
            r"prn|q\d+h|tds|qds|nocte)\b|(?:(?<=[\dgl] )|(?<=\bcap )|(?<=\btab ))mane\b|(?<=mg |ml )(?:bid|qd)\b|(?:(?<=\bcap )|(?<=\bcaps )|(?<=\btab )|(?<=\btabs ))(?:bd|od)\b|"
            # an amount per week and a course in days ("0.25/wk x4", "1 cap TDS x7d")
            r"(?<![\w.,/])\d+(?:\.\d+)? ?/ ?(?:wk|week)\b|\bx ?\d+ ?d\b|"
            r"\b(?:boosters?|vaccin\w*|jabs?|shots?|doses?)\b[^.;]{0,40}?\bevery (?:\d+|two|three|five|ten) years\b|"
            r"\bhourly\b|\bin divided doses\b|"
            r"\b(?:per|a) day\b(?= (?:for|with|in|and|or|,|\.))|\bsingle (?:daily )?dose\b"
        ),
        G.CONTENT,
    ),
    Rule(
        K.FREQUENCY,
        _r(r"\b(?:daily|weekly|nightly|bi-?weekly|fortnightly)\b"),
        G.MENTION,
        needs_cue=True,
    ),
    # a weekday as the schedule ("I pin 0.5 mg every Sunday"), only beside another dosing cue
    Rule(
        K.FREQUENCY,
        _r(r"\b(?:every|each) (?:other )?(?:mon|tues|wednes|thurs|fri|satur|sun)day\b"),
        G.CONTENT,
        needs_cue=True,
        verb_cue=True,
    ),
    Rule(
        K.FREQUENCY,
        _r(r"\b(?:us(?:e|ing)|tak(?:e|ing)|apply|applying) (?:it )?more (?:or more )?often\b"),
        G.DIRECTIVE,
    ),
    # ---- timing
    Rule(
        K.TIMING,
        _r(
            r"\bon (?:an )?empty stomach\b|\bwith (?:or without )?(?:food|milk|meals?|breakfast|dinner|"
            r"lunch|(?:the |your )?evening meals?|a meal|a full glass of water)\b|\bbefore (?:bed"
            r"(?:time)?|sleep|breakfast|meals?|food|travel|exercise|workouts?|training)\b|"
            r"\bat bed ?time\b|"
            r"\bafter (?:meals?|food|breakfast|dinner|lunch|waking)\b|\bupon waking\b|"
            r"\bwhile awake\b|\b(?:after|before) retiring\b|\bpre-?(?:bed|sleep|workout|training)\b|"
            r"\bpost-?(?:workout|training)\b|\baway from (?:food|meals)\b|\bfasted(?: state)?\b|"
            r"\bwithout food\b|\bco-?ingest\w*|\bfirst thing in the morning\b|\bon waking\b|"
            r"\baround (?:dosing|meals?|sleep|training|workouts?|bedtime)\b|"
            r"\b(?:post|after) (?:a |an )?(?:\w+ )?(?:breakfast|meal|lunch|dinner)\b|"
            r"\bat \d{1,2}(?::\d\d)? ?(?:am|pm|a\.m\.|p\.m\.)|"
            r"\b(?:morning|evening|bedtime|nighttime|night-time) (?:dos(?:e|es|ing)|injections?|"
            r"administration)\b|\b(?:dose|dosing) timing\b|\btiming window\b|"
            rf"{LB}{RANGE} (?:minutes?|mins?|hours?|hrs?) (?:before|after|prior to)\b|"
            rf"\bwithin {RANGE} (?:minutes?|mins?|hours?|hrs?) of (?:bed|bedtime|sleep|meals?|food|"
            r"eating|exercise|training|a meal|waking)\b"
        ),
        G.CONTENT,
    ),
    Rule(
        K.TIMING,
        _r(
            r"\bin the (?:morning|evening|afternoon)\b|\bat night\b|"
            r"\b(?:after|before|past) (?:noon|midday|mid-?afternoon|lunchtime)\b"
        ),
        G.CONTENT,
        needs_cue=True,
        verb_cue=True,
    ),
    # ---- routes: instructions (directive), statements (mention)
    Rule(
        K.ROUTE_INSTRUCTION,
        _r(
            r"\b(?:inject|administer|spray|instill|apply|take|give|use|dissolve|place|put|insert|"
            r"infuse)(?: (?:it|them|selank|semax|the (?:dose|peptide|solution)))?"
            rf"(?: \S+){{0,3}}? {ROUTE_WORD}\b"
        ),
        G.DIRECTIVE,
    ),
    Rule(
        K.ROUTE_INSTRUCTION,
        _r(
            r"\b(?:in|into|per) (?:each|every|one|both|either|the other) nostrils?\b|"
            r"\b(?:in|into) (?:both|each|the (?:left|right|affected)) eyes?\b"
        ),
        G.CONTENT,
    ),
    Rule(
        K.ROUTE,
        _r(
            r"\b(?:subcutaneous|intramuscular|intranasal|intravenous|sublingual|oral|topical|nasal|"
            r"transdermal|buccal|injectable|iv|sc|im)(?: \w+)? (?:injections?|administration|"
            r"delivery|route|use|sprays?|doses?|dosing|infusions?|application|form|serum)s?\b|"
            rf"{ROUTE_WORD}|\b(?:im|iv|sc|sq|subq|sub-q)\b(?= ?(?:/|or |and |,|\)|preferred|$))|"
            r"(?<=/)(?:im|iv|sc|sq|subq|sub-q)\b|\broutes? of administration\b|"
            r"\b(?:oral|subq|sc|im|iv|intranasal|topical) vs\.? \w+"
        ),
        G.MENTION,
    ),
    Rule(
        K.ROUTE,
        _r(r"\b(?:infus\w* over|over (?:a period of )?(?:at least )?\d+ (?:to \d+ )?minutes)\b"),
        G.CONTENT,
    ),
    # ---- administration technique and reconstitution (content)
    Rule(
        K.ADMINISTRATION,
        _r(
            r"\bpinch\w*\b|\bskin ?folds?\b|\brotat(?:e|es|ing|ion) (?:the |your )?(?:injection )?"
            r"sites?\b|\bsite rotation\b|\b\d+-day rotation\b|\bsites? rotation\b|"
            r"\balternat(?:e|ing) (?:between )?(?:the )?(?:abdomen|thighs?|arms?|sides|sites|"
            r"nostrils)\b|\binjection sites?\b|\b\d+[- ]?(?:degree|°) angle\b|\bunder the tongue\b|"
            r"\bbelly ?button\b|\bnavel\b|\b(?:abdomen|thighs?|deltoids?|glutes?|upper arms?|"
            r"stomach area)\b|\btarget (?:the )?injections?\b|\binject (?:near|into|close to)\b|"
            r"\bsplit\w* (?:it |them |the (?:daily )?dose )?(?:into|across|between|over) (?:two|three|\d+|"
            r"multiple|several|the)\b|"
            r"\bdivided into\b|\bswallow\w* whole\b|\bshake well\b"
        ),
        G.CONTENT,
    ),
    Rule(
        K.RECONSTITUTION,
        _r(
            r"\breconstitut\w*|\bbacteriostatic water\b|\bbac water\b|\bsterile water\b|"
            r"\bswirl\w*\b|\b(?:do not|don't|never) shake\b|\b(?:let|allow) (?:it|them|the (?:\w+ ){1,4}?)"
            r"(?:to )?(?:sit|stand|settle|dissolve|rest|warm)\b|\brequired volume\b|\binfusion bags?\b|"
            r"\b(?:drawn|draw|mixed|mix|combined?) (?:up )?(?:in|into) (?:the same|one|a single) syringe\b|"
            r"\bsame syringe\b|\bsingle injection\b|\binfusion (?:time|rate|duration)s?\b|\b(?:runs?|running|trickles?|flows?) down the (?:side|wall)s?\b|"
            r"\baim the stream\b|"
            r"\bdilut\w*\b|\b0\.9% sodium chloride\b|\bvial ?\+ ?\d|\binto the vial\b|"
            r"\bdissolves? (?:on its own|completely|fully)\b|"
            # syringe-mark arithmetic ("each 10-unit mark holds 250 mcg", "250 mcg = 10 units")
            r"\b\d+[- ](?:units?|iu|ticks?)(?: marks?| lines?| ticks?)? (?:on [^.;]{0,30}?)?(?:holds?|equals?|"
            r"contains?|gives?|delivers?|=|is|gets? you|gives? you|yields?|puts? you at) (?:right )?(?:about |"
            r"roughly |exactly |around )?\d[\d.,]* ?(?:mcg|mg|µg)\b|"
            r"\b\d[\d.,]* ?(?:mcg|mg|µg) (?:is|equals|=|comes to|works out to) (?:about |roughly )?\d+ "
            r"(?:units?|iu|ticks?)\b"
        ),
        G.CONTENT,
    ),
    Rule(K.ADMINISTRATION, _r(r"\b(?:syringes?|needles?|insulin units?)\b"), G.MENTION),
    # ---- durations, cycles
    Rule(
        K.DURATION,
        _r(
            rf"\b{USE_VERBS} .{{0,60}}?\b(?P<hit>(?:for|more than|longer than) (?:up to |at "
            rf"least |about |approximately |another |a further |no more than |more than )?"
            rf"{RANGE}[ -](?:consecutive )?(?:{PERIOD}|hours?))\b"
        ),
        G.CONTENT,
    ),
    Rule(
        K.DURATION,
        _r(
            rf"\b(?:for|over) (?:the (?:first|next) )?{RANGE}[ -](?:{PERIOD}|hours?)\b"
            r"(?!-| (?:treatment|trial|study|window|course|period)s?\b)"
        ),
        G.MENTION,
        needs_cue=True,
    ),
    Rule(
        K.DURATION,
        _r(
            rf"{LB}{RANGE}[ -]{PERIOD} of (?:consistent |continued |continuous |daily |regular )?"
            r"(?:use|usage|dosing|administration|supplementation)\b"
        ),
        G.MENTION,
    ),
    Rule(
        K.DURATION,
        _r(
            r"\bcontinued use is (?:necessary|needed|required)\b|\bwhile symptoms persist\b|"
            r"\bas long as symptoms\b|\bfor the shortest duration\b"
        ),
        G.DIRECTIVE,
    ),
    Rule(
        K.CYCLE,
        _r(
            rf"\bcycles?(?: lengths?)? (?:of|lasting) {RANGE}[ -]{PERIOD}|"
            rf"{LB}{RANGE}[ -]{PERIOD} on[ ,/;]+(?:and |then )?{RANGE}[ -]{PERIOD} off\b|"
            rf"{LB}\d+ ?on ?/ ?\d+ ?off\b|\b(?:on|off)[- ]cycles?\b|\bcycle (?:on|off)\b|"
            rf"\bbreaks? of {RANGE}[ -]{PERIOD}\b|\b(?:a|an|one|{NUM}) {PERIOD}(?: or (?:two|"
            rf"{NUM}))? off\b|\bwash-?out\b|\bfollowed by (?:a )?(?:break|pause|washout|rest)\b|"
            r"\bcycles?'? (?:of \S+ )?(?:tends? to |typically |usually |should )?(?:last|run)\w*\b"
        ),
        G.DIRECTIVE,
    ),
    Rule(
        K.CYCLE,
        _r(r"\bcycling (?:protocols?|schedules?|regimens?)\b|\bcycles? (?:vary|varying)\b"),
        G.MENTION,
    ),
    Rule(K.CYCLE, _r(r"\bcycling of\b|\bcycled\b"), G.CONTENT),
    # a day-by-day list of bare amounts ("Day 1: 300 at night. Day 2: 300 twice.")
    Rule(K.TITRATION, _r(r"\bday \d+ ?: ?\d[\d.,]*(?: ?(?:-|to) ?\d[\d.,]*)? (?!%)"), G.CONTENT),
    # ---- titration and tapering
    Rule(
        K.TITRATION,
        _r(
            r"\btitrat\w+|\btaper(?:ing|ed|s)?(?: (?:off|down|the dose|doses?|dosage))?\b|"
            r"\b(?:increase|decrease|reduce|raise|lower|double|halve|adjust)[sd]? (?:the |your |a |"
            r"each )?(?:daily )?(?:dose|dosage)\b|\b(?:double|halve|triple) your (?!dose)\w+ for\b|\bin increments of\b|\bup to a maximum (?:dose )?"
            r"of\b|\bmaximum (?:recommended )?(?:daily |single )?dos(?:e|age) (?:is|of)\b|"
            r"\b(?:starting|initial|maintenance|loading|target)'? (?:dose|dosage|phase|range)s?\b|"
            r"\btotal daily dos(?:e|age)\b|\b(?:greater|longer|shorter) intervals\b|"
            r"\bdos(?:e|age) (?:increase|escalation|reduction|adjustment)s?\b|\bescalat\w*|"
            r"\((?:loading|maintenance|max|maximum)\)|\b(?:loading|maintenance)\b(?= then)|"
            r"\bmaintain (?:\w+ )?at (?:a |the )?(?:lower|higher|same)\b|"
            r"\b(?:per|as) tolerated\b|\bper tolerance\b|\bin accordance with (?:their |your )?"
            r"tolerance\b|\bbased on (?:tolerance|response)\b|\bmicro-?dos\w*|"
            r"\bbefore (?:increasing|escalating|moving up|stepping up|raising)\b|"
            r"\bindividuali[sz]e\w*|\b(?:do not|don't|never|avoid) (?:abruptly |suddenly )?"
            r"(?:discontinu|stop)\w*(?: \w+){0,5}? ?(?:abruptly|suddenly)?\b|"
            r"\bgradually (?:discontinu|stop|reduc|decreas)\w*|\bdiscontinu\w* gradually\b|"
            r"\brecommended (?:total )?(?:treatment |therapy )?duration\b|\b(?:treatment|therapy) "
            r"duration (?:for [^,.;]{0,60} )?(?:is|should)\b|\bduration of (?:treatment|therapy|use) "
            r"(?:is|should)\b|"
            r"\b(?:move|moving|step|stepping|bump|bumping|work|working|go|going|drop|dropping)"
            r" (?:up |down |back )?(?:to|by) (?:\d|a |the )|"
            r"\b(?:stay|staying|remain|hold|holding|stick) (?:at|on) (?:the )?(?:\d|this|that|each|"
            r"current|same)|"
            # a switch at the same dose ("may be switched milligram for milligram")
            r"\b(?:milligram for milligram|mg for mg|mg-for-mg|dose for dose|unit for unit)\b|"
            # an insulin pump's temporary rate or a bolus cut ("a temp basal of 70%")
            r"\btemp(?:orary)? basal (?:rate )?(?:of|to|at) \d|\b(?:cut|reduce|drop|lower|raise|"
            r"increase)\w* (?:the |your |a )?(?:\w+ )?bolus (?:by|to)\b"
        ),
        G.CONTENT,
    ),
    Rule(
        K.TITRATION,
        _r(
            r"\bstart(?:ing)? (?:at|with) (?:a |the )?low(?:er|est)? (?:end|dose)\b|"
            r"\b(?:smallest|lowest) effective dos(?:e|age)\b|\bdose selection\b|"
            r"\b(?:treatment|therapy|dosing) (?:may|can|should) be (?:extended|continued|"
            r"shortened)\b|\bstart (?:low|slow)\b|\bgo (?:low|slow)(?:er)?\b|\blow and slow\b|"
            r"\bkeep (?:the |your )?dose (?:stable|the same|constant)\b|"
            r"\badjust\w* (?:\w+ ){0,3}?(?:accordingly|upwards?|downwards?)\b|"
            r"\b(?:starting )?dose too (?:high|low)\b"
        ),
        G.DIRECTIVE,
    ),
    # ---- stacking
    Rule(
        K.STACKING,
        _r(
            r"\bstack(?:s|ed|ing)?\b|\bcombine (?:it |selank |semax |this )?with\b|"
            r"\bpair(?:s|ed)? (?:well )?with\b|\bgoes well with\b|\bin combination with\b|"
            r"\b(?:use|using|run|running|take|taking) both\b|\b(?:use|using|run|running|follow\w*)"
            r" (?:this|the|a|that) (?:combination|combo)\b|"
            r"\badd\w* (?:\S+ ){0,4}to (?:this|the|a|your) (?:stack|protocol|regimen)\b|"
            r"\binclude\w* \S+ (?:as|in)\b.{0,60}\b(?:protocols?|stacks?)\b"
        ),
        G.CONTENT,
    ),
    Rule(
        K.STACKING,
        _r(r"\bcombination(?: protocols?)?\b(?! (?:research|studies|data|evidence)\b)"),
        G.MENTION,
    ),
    Rule(K.STACKING, _r(r"\balongside\b"), G.CONTENT, needs_cue=True, verb_cue=True),
)
