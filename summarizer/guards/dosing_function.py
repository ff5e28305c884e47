"""Sentence-function rules for :mod:`summarizer.guards.dosing` (folded text).

The phrase rules of :mod:`summarizer.guards.dosing_directives` know the wording of instructions
they have seen. These rules look at what a sentence *does* instead:

- an **instruction**: the sentence (or the main clause after an opening "If ...,", "On dialysis
  days,") starts with a verb in its base form, optionally after "Do not", "Never", "Always",
  "Be sure to" ..., the verb has an object or a particle after it, and the sentence talks about
  a medicine or its use (:data:`MED_CONTEXT`). Instructions that give no regimen (storage, ask a
  doctor, contraindications, overdose, monitoring: :data:`NOT_A_REGIMEN`) are left out;
- a **schedule**: an amount per unit of time ("0.25 mg weekly", "2 drops each side"), spacing
  ("8 hours apart", "around the clock"), or a headed row ("Infants 6-11 months (18-23 lb): 1.25 mL");
- a **prescription in the passive**: "can be doubled", "are given at separate sites", "works best
  when taken"; a **modal instruction** ("should wait until ...", "patients can switch to ...");
- the speaker's own **recommendation** ("I'd split the 5mg into two pins"), a dose change a
  situation **calls for** ("requires halving the dose"), a headed **duration row** ("Protocol
  length: 8-12 weeks") and **where a dose goes** ("The injection goes into the buttock").
"""

from __future__ import annotations

import re

from summarizer.guards.dosing_patterns import FORMS, LB, MASS_VOL, NUM, RANGE, USE_VERB, alt
from summarizer.guards.dosing_rules import DosingKind, Gate, Rule

K = DosingKind
G = Gate

# a sentence about a medicine, a device or its use
MED_CONTEXT = re.compile(
    r"\b(?:tablets?|tabs?|capsules?|caps?|caplets?|pills?|softgels?|lozenges?|gumm\w+|chewables?|"
    r"packets?|sachets?|granules|powder|liquid|solution|suspension|syrup|medicines?|medications?|"
    r"drugs?|products?|dos(?:e|es|age|ing)|sprays?|puffs?|drops?|patch(?:es)?|injections?|shots?|"
    r"pins?|vials?|pens?|syringes?|needles?|inhalers?|mouthpiece|canister|spacer|nebuli[sz]er|"
    r"applicator|dropper|tube|ointment|cream|gel|foam|lotion|film|suppositor\w+|nostrils?|nose|"
    r"eyes?|eyelids?|lids?|mouth|tongue|skin|sites?|scalp|food|meals?|breakfast|lunch|dinner|"
    r"snacks?|water|glass|juice|milk|applesauce|yogurt|morning|evening|night|bedtime|daily|days?|"
    r"weeks?|months?|hours?|minutes?|mg|mcg|µg|ml|units?|iu|peptides?|infusions?|dialysis|"
    r"levels?|steps?|strengths?|amount|bottle|tip|plunger|dial|window|counter|selector|button|"
    r"breath|cycles?|protocol|stack|device|caps?|films?|wafers?|strips?|dressing|course)\b"
)

# the narrower context of a prescription in the passive: a medicine, a dose, a device (no times)
MED_THING = re.compile(
    r"\b(?:tablets?|capsules?|caplets?|pills?|softgels?|lozenges?|gumm\w+|chewables?|packets?|"
    r"sachets?|granules|powder|solution|suspension|syrup|medicines?|medications?|drugs?|"
    r"dos(?:e|es|age|ing)|intervals?|regimen|amount|sprays?|puffs?|drops?|patch(?:es)?|"
    r"injections?|shots?|vials?|pens?|syringes?|needles?|inhalers?|infusions?|mg|mcg|µg|ml|iu|"
    r"units?|peptides?|film|wafer|cream|gel|foam|ointment|lotion)\b"
)

# instructions that are not a regimen: storage, disposal, asking a professional, contraindication,
# overdose, monitoring
NOT_A_REGIMEN = re.compile(
    r"\b(?:allergic|allergy|pregnan\w*|breast-?feed\w*|out of (?:the )?reach|poison|overdos\w*|"
    r"stor(?:e|ed|age)|refrigerat\w*|fridge|freez\w*|cartons?|sunlight|heat|hot car|temperature|"
    r"expir\w*|dispos\w*|discard\w*|sharps|throw (?:it |them )?away|doctor|pharmacist|physician|"
    r"healthcare provider|professionals?|supervision|consult|emergency|seek|call 911|pets|moisture|"
    r"away from (?:children|light))\b"
)

_VERB = alt(
    "take use give apply inject inhale exhale breathe swallow chew suck dissolve melt drink sip eat "
    "mix stir sprinkle pour measure shake prime press push pull hold tilt lean blow close sniff "
    "squeeze spray insert place put point aim remove peel attach wipe clean wash rinse gargle spit "
    "rub massage spread wear change rotate alternate choose select pick turn dial set count wait "
    "allow let leave keep stay remain sit lie stand avoid limit space split divide break cut crush "
    "open empty add draw withdraw reconstitute dilute infuse administer premedicate initiate start "
    "begin continue resume repeat discontinue skip double increase decrease reduce lower raise "
    "adjust titrate taper halve switch convert withhold reserve schedule follow finish complete "
    "run cycle stack pair combine pin bump dose redose throw go move step drop stick try "
    "shoot load fill tap flick expel release uncap twist screw slide lift pat dab cover soak swish "
    "instill install spritz calculate"
)
# what may follow the verb: an object, a particle or an adverb (not a comma, "and" or "of")
_OBJ = (
    r"(?= (?:the|your|a|an|one|two|three|four|five|each|every|it|its|them|this|that|these|those|"
    r"all|both|half|another|any|no|some|up|down|off|on|in|out|back|away|over|into|onto|with|"
    r"without|under|for|after|before|until|at|to|from|between|through|about|around|across|along|"
    r"by|while|within|whole|intact|well|more|less|only|together|straight|right|\d|[a-z]{2,10}ly\b|"
    r"(?:taking|using|giving|applying|injecting|mixing|combining|crushing|chewing|splitting|"
    r"skipping|doubling|repeating)\b|"
    rf"{FORMS}\b))"
)
# idioms that are not instructions about a medicine
_IDIOM = (
    r"(?! (?:note|care|into account|place|part|time to|hold of|a look|a moment|heart|issue|"
    r"caution|in mind|the term|the word|this article|the following)| \d+ ?:)"
)
_PREFIX = (
    r"(?:(?:please(?: to)?|always|never|do not|don't|be sure to|make sure to|remember to|try to|try not to|"
    r"gently|slowly|carefully|firmly|then|also|just|only|first|next|now|finally|immediately|"
    r"simply|honestly,?|instead|again) )*"
)
_SUBORDINATE = (
    r"(?:if|when|once|after|before|while|until|as soon as|for|in|on|to|during|between|unless|"
    r"with|at|from|where)"
)
_IMPERATIVE = re.compile(
    rf"(?:^[\W\d_]*(?:step \d+\W*)?(?:[a-z]+ ?[:|] ?)?|[;:→] |-> |\bthen |^\W*{_SUBORDINATE}\b[^;.]{{0,100}}?, )"
    rf"(?P<hit>{_PREFIX}{_VERB}){_IDIOM}{_OBJ}"
)

_SCHEDULE = re.compile(
    # peptide shorthand right after an amount: "2.5mg E3D", "250mcg ED", "1 mg M/W/F"
    # ("100mg SQ EOD", "2 mg IM q3d", "5 mg po bid")
    rf"{LB}{RANGE} ?(?:{MASS_VOL}|{FORMS}) (?:(?:sq|sc|subq|sub-q|im|iv|po|sl|in) )?"
    r"(?:ed|eod|e\d+(?:\.\d+)?d|ew|m ?/ ?w ?/ ?f|mwf|q\d+[dh]|qd|qod|bid|tid|qid|qhs|qam|qpm)\b|"
    # spacing and round-the-clock schedules
    r"\b\d+ (?:to \d+ )?(?:hours?|hrs?|days?|minutes?|mins?) apart\b|\baround the clock\b|"
    r"\bevenly spaced\b|\bseparat(?:e|ed|ing) (?:\w+ ){0,6}?by (?:at least |about )?\d+ "
    r"(?:minutes?|mins?|hours?|hrs?)\b|"
    r"\bspac(?:e|es|ed|ing) (?:\w+ ){0,3}evenly\b|\bevery (?:other )?fortnight\b|"
    r"\b(?:daily|weekly|monthly|nightly) ?x ?\d+\b|"
    r"\b(?:\d+|two|three|four|five|six|seven|ten) (?:days?|nights?|weeks?) in a row\b|"
    r"\bconsecutive (?:days|nights|weeks|doses)\b|"
    r"\b(?:mornings?|evenings?|nights?|bedtime) only\b|"
    r"\b(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:days?)? ?(?:&|and|/|\+) ?(?:mon|tue|tues|"
    r"wed|thu|thur|thurs|fri|sat|sun)\b"
)
_POPULATION = (
    r"(?:adults?|children|child|kids|infants?|toddlers?|adolescents?|teens?|teenagers|elderly|"
    r"older adults|patients|ages?|(?:body )?weight|\d[^:|\n]{0,30}?(?:lbs?|kg|pounds|years?|yrs?|"
    r"months?|mos?)\b)"
)
# a population row that refers to another row's dose ("Children 12-17: same as adults")
_SAME_AS_ROW = re.compile(
    rf"^[\W_]*{_POPULATION}[^:|\n]{{0,50}}?(?: ?[:|] ?| - )(?:use |give |take )?(?:the )?"
    r"(?:same (?:dose |amount )?as (?:for )?adults|as for adults|adult dos(?:e|age|ing)|"
    r"half the adult (?:dose|amount))\b"
)
_HEADED_ROW = re.compile(
    rf"^[\W_]*{_POPULATION}[^:|\n]{{0,50}}?(?: ?[:|] ?| - )(?:take |give |chew |use |apply )?"
    rf"(?:{RANGE} ?(?:{MASS_VOL}|{FORMS})|½ ?{FORMS}|half (?:a |an )?{FORMS})\b"
)
_PASSIVE = re.compile(
    r"\b(?:should|must|may|can|could|might|is to|are to)(?: \w+){0,2}? be (?:\w+ )?"
    r"(?:split|crushed|chewed|opened|sprinkled|dissolved|doubled|halved|skipped|resumed|held|"
    r"spaced|separated|staggered|timed|repeated|inhaled|worn|placed|inserted|rotated|mixed|swallowed|injected|"
    r"instilled|sprayed|infused|diluted|stirred|stretched|shortened|lengthened|increased|"
    r"decreased|reduced|lowered|titrated|tapered)\b|"
    r"\b(?:works?|is|are) (?:best|most effective) (?:when |if )?(?:taken|used|given|applied)\b|"
    r"\b(?:is|are) (?:\w+ly )?(?:given|administered|injected|infused|applied|instilled|taken|"
    r"swallowed|inhaled|sprayed) (?:(?:an|one|\d+|two|half an?) (?:hours?|minutes?) )?"
    r"(?:at|in|into|on|over|every|once|twice|with|under|before|after)\b"
)
_MODAL = re.compile(
    r"\b(?:should|must) (?:not )?(?:wait|stay|remain|hold|skip|space|split|swallow|chew|"
    r"limit|continue|repeat|increase|decrease|reduce|lower|double|last|go|move)\b"
)
# a modal passive of taking with how or when, even without a medicine word ("It can be taken at
# any time of day"); an amount a population requires ("... more than 100 kg require 1.5 g")
_HOW_TAKEN = re.compile(
    r"\b(?:should|must|may|can|is to|are to) (?:\w+ ){0,2}?be (?:taken|used|given|applied|"
    r"administered|injected|inhaled|swallowed)(?= (?:at|with|without|before|after|once|twice|"
    r"every|daily|in the|on an?|whole|together)\b)|"
    rf"\b(?:requires?|needs?) (?:a (?:dose|total) of |about |approximately |up to |at least )?"
    rf"{RANGE} ?(?:{MASS_VOL}|{FORMS})\b"
)
# a modal instruction with a population or "you" as subject ("patients can switch to ...")
_MODAL_SUBJECT = re.compile(
    r"\b(?:you|patients|adults|users|children|adolescents|beginners|most people) (?:can|may|could|"
    r"should|must) (?:then |now |safely |also |gradually )?(?:switch|move|step (?:up|down)|go (?:up|"
    r"down)|increase|decrease|reduce|double|split|take|use|inject|apply|continue|resume|repeat|"
    r"finish|complete|keep|stay|skip|(?:start|begin)(?! to\b))\b|"
    r"\b(?:should|must) (?:always )?(?:finish|complete|keep (?:taking|using))\b"
)
# the speaker's own recommendation: "I'd split the 5mg into two pins"
_FIRST_PERSON_ADVICE = re.compile(
    rf"\b(?:i'd|i would|id)(?: \w+ly)? (?P<hit>{_VERB}){_OBJ}"
)
# a dose change a situation calls for: "requires halving the dose", "warrants a dose reduction"
_CALLS_FOR = re.compile(
    r"\b(?:requires?|required|needs?|calls? for|warrants?|means?) (?:a |an )?(?:halving|doubling|"
    r"reducing|lowering|increasing|raising|adjusting|skipping|splitting|spacing out|cutting) "
    r"(?:of )?(?:the |your |each )?(?:dose|doses|dosage|dosing|interval)\b|"
    r"\b(?:requires?|needs?|warrants?|calls? for) (?:a |an )?(?:\w+ )?dos(?:e|age|ing) "
    r"(?:reduction|adjustment|increase|decrease|change|modification)\b|"
    r"\b(?:finish|complete) (?:the |your )?(?:whole |full |entire )?course\b"
)
# a headed duration row ("Protocol length: 8-12 weeks") and a break after a run
_DURATION_ROW = re.compile(
    r"^[\W_]*[a-z][\w+ -]{0,20}: ?"
    rf"{RANGE} (?:for|x) (?:a |an |one |{RANGE} )?(?:days?|weeks?|months?)\b|"
    r"^[\W_]*(?:protocol|cycle|course|treatment|run|phase|loading phase|maintenance)(?: length|"
    rf" duration| time)?(?: ?[:|] ?| - ){RANGE}[ -](?:days?|weeks?|months?)\b|"
    r"\bfollowed by (?:a |an )?(?:\w+ )?(?:break|pause|washout|rest period|time off)\b"
)
# where a dose goes, said of the dose itself ("The injection goes into the upper buttock")
_DOSE_GOES = re.compile(
    r"^[\W_]*(?:the |each |every |your )?(?:injection|shot|needle|dose|jab|pin|patch|drops?|"
    r"spray|pessary|suppository|tablet|film) (?:goes|go|is placed|is inserted|should go|sits|"
    r"enters|is best placed) (?:into|in|on|under|onto|inside|between)\b"
)
_MISSED = re.compile(
    r"\bas soon as (?:you )?remember(?:ed)?\b|\b(?:left|leave) (?:one|a dose|it) out\b|"
    r"\btwo (?:doses |tablets |capsules )?at once\b|\bthe one you missed\b|"
    r"\b(?:late|behind) (?:on|for|with) (?:your|a|the) (?:\w+ )?(?:dose|shot|injection|jab|pin)\b"
)
# spacing one dose from another medicine or meal by a stated time ("Separate administration from
# antacids by at least 4 hours"): when to take it
_SEPARATE_BY = re.compile(
    r"\b(?:separate|separating|stagger|staggering|space|spacing)\b[^.;]{0,60}?\b(?:from|and)\b"
    r"[^.;]{0,60}?\bby (?:at least |about |approximately |a minimum of )?\d+(?: to \d+)? "
    r"(?:hours?|hrs?|minutes?|mins?)\b"
)
# a dose change held out to the reader as what may happen next ("Your doctor may change your dose
# until it is right for you"): how the dose is adjusted; a report is vetoed by the past frame
_DOSE_CHANGE_AHEAD = re.compile(
    r"\b(?:may|might|will|can|could)(?: need to)? (?:change|adjust|increase|decrease|lower|raise|"
    r"reduce|modify|titrate) (?:your|the|his|her|their|a patient's|each) (?:daily |starting )?"
    r"(?:dose|doses|dosage)\b"
)
# a dose modification of a label's table ("restart at 50% of the prior dose", "| Interrupt dosing |")
_DOSE_MODIFIED = re.compile(
    r"\b(?:restart|resume|reduce|decrease|lower|increase|continue)\w* (?:\w+ ){0,3}?(?:at|to|by) "
    r"\d+ ?% of the (?:prior|previous|starting|current|last|original|recommended) (?:dose|dosage)\b|"
    r"(?:^|\| ?)(?:interrupt|withhold|hold|suspend|resume|permanently discontinue) "
    r"(?:dosing|treatment|therapy|the dose)\b"
)
# fragments of a protocol card: halves through the day ("Split: 1/2 am, 1/2 pm"), a titration by
# arrows ("0.25 → 0.5 → 1 → 1.7 → 2.4 mg"), peptide shorthand opening a line ("E3D, SubQ, evenings")
_CARD_FRAGMENT = re.compile(
    r"\b1/2 (?:am|pm|mornings?|evenings?|in the morning|in the evening|at night|at bedtime)\b|"
    r"\d[\d.]*(?: ?(?:→|->) ?\d[\d.]*){2,} ?(?:mg|mcg|µg|units?|iu|ml)\b|"
    r"^\W*(?:eod|e\d+(?:\.\d+)?d|qod|q\d+[dh])\b(?=,| ?[|/]| (?:sq|sc|subq|im|iv|po)\b)"
)
# measuring a dose with a dosing device ("measured with an oral syringe, not a kitchen spoon")
_MEASURE_WITH = re.compile(
    r"\bmeasur(?:e|ed|ing)\b[^.;]{0,40}?\b(?:with|using|in) (?:an? |the )?(?:\w+ )?"
    r"(?:oral |dosing |measuring |medicine )(?:syringe|cup|spoon|dropper|device)\b|"
    r"\bnot (?:with )?a (?:kitchen|household|regular|table) ?spoon\b"
)
# a further dose held out by a modal ("a second tablet may follow after 2 hours"): how many doses
_FURTHER_DOSE = re.compile(
    r"\b(?:a second|another|a further|a repeat|an additional|the next|a third) (?:\w+ )?"
    r"(?:dose|tablet|capsule|injection|puff|spray|drop|infusion|course|pill|shot)s? "
    r"(?:may|can|should|must|is to) (?:then )?(?:follow|be (?:taken|given|used|administered|"
    r"repeated|added))\b"
)
# a modal passive of any verb with a time offset ("should be premedicated ... 30 minutes prior"):
# when a step comes, as a prescription; sampling and tests are monitoring, not a regimen
_MODAL_OFFSET = re.compile(
    r"\b(?:should|must|is to|are to) (?:\w+ )?be \w+(?:ed|en)\b[^.;]{0,60}?"
    r"\b\d+(?: to \d+)? (?:minutes?|hours?|days?) (?:prior|before|after|apart|later|beforehand)\b"
)
_SAMPLING = re.compile(
    NOT_A_REGIMEN.pattern + r"|\b(?:samples?|specimens?|blood|levels?|tests?|ecgs?|ekgs?|measured|checked|monitored|"
    r"collected|assessed|evaluated|drawn)\b"
)
# a limit on an administration rate ("should run no faster than 10 mg/min"): how to administer
_RATE_LIMIT = re.compile(
    r"\b(?:no faster than|not (?:to )?exceed(?:ing)?|at a rate of|at a maximum (?:rate )?of|"
    r"no more (?:quickly )?than|at most|up to) \d[\d.,]* ?(?:mg|mcg|µg|g|units?|ml|mmol|meq) ?"
    r"(?:/ ?|per )(?:min|minute|hour|hr|h)\b"
)
# an amount with a word between ("2 extra units"), a count of a named medicine and its strength
# ("1 x metformin 500"), and one product per dose of another (stacking: "one Alpha-GPC cap per
# piracetam dose")
_SPLIT_AMOUNT = re.compile(
    rf"{LB}{RANGE} (?:extra|more|additional|further) (?:{MASS_VOL}|{FORMS})\b|"
    rf"{LB}\d+ ?x [a-z][\w-]+ \d+(?:\.\d+)?\b(?! ?%)"
)
_PER_DOSE_OF = re.compile(rf"\b(?:one|two|\d+) (?:[\w-]+ ){{0,2}}?(?:{FORMS}|cap|tab) per (?:[\w-]+ )?dose\b")
_AMOUNT_TERMS = re.compile(
    r"\btotal daily amount\b|\b(?:same|lower|higher) (?:total )?daily amount\b"
)

# Label and vendor steps new in dosing_probe14's tune half: a premedication given ahead, a
# hold around surgery, a needle angle, weekdays as a schedule, a reconstitution ratio, a dose
# taken "first thing" ("should be given approximately 30 minutes in advance", "Withhold X for
# at least 7 days before elective surgery", "angle the needle at 45 degrees", "Monday /
# Wednesday / Friday", "1 mL of water per 5 mg", "take it first thing before coffee")
_AHEAD = re.compile(
    r"\bpremedicat\w*|\b\d+ (?:minutes?|hours?) (?:in advance|before (?:each |the )?"
    r"(?:infusion|injection|dose))\b"
)
_HOLD = re.compile(
    r"\bwithhold (?:\w+ )?for (?:at least |up to )?\d+ (?:days?|weeks?|hours?)\b|"
    r"\b(?:do not|don't) resume\b|\bresume (?:\w+ )?(?:at|after|once|when)\b"
)
_ANGLE = re.compile(r"\b(?:needle|inject\w*|insert\w*)\b[^.;]{0,40}?\b(?:at )?(?:a )?\d+[- ]?(?:°|degrees?)")
_DAYS = r"(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?"
_WEEKDAYS = re.compile(rf"\b{_DAYS} ?(?:/|,|&|and) ?{_DAYS}\b")
_AMOUNT = re.compile(rf"{LB}{RANGE} ?{MASS_VOL}\b")
_RATIO = re.compile(r"\b\d+(?:\.\d+)? ?ml (?:of )?(?:bac(?:teriostatic)? )?water per \d+(?:\.\d+)? ?mg\b")
_FIRST_THING = re.compile(r"\bfirst thing (?:in the morning|before|after|on waking)\b")

# a forum's bare regimen and cap ("just do 2.5 for a month", "keep cycles to 4 weeks max",
# "keep it under 1 mg a day") and two products in one shot ("can go in the same pin")
_DO_FOR = re.compile(
    rf"\b(?:just |only |simply )?do {NUM}(?: ?{MASS_VOL})? (?:for (?:a|an|one|{NUM}) "
    r"(?:days?|weeks?|months?)|a day|daily|per day|a week|weekly)\b"
)
_KEEP_UNDER = re.compile(
    r"\bkeep (?:it|them|doses?|the dose|cycles?|runs?|courses?|each cycle|your cycles?) "
    rf"(?:under|below|to|at) {RANGE} ?(?:{MASS_VOL}|weeks?|wks?|days?|months?)\b"
)
_SAME_SHOT = re.compile(r"\b(?:in|into) (?:the same|one|a single) (?:pin|syringe|shot|injection|jab)\b")

FUNCTION_RULES: tuple[Rule, ...] = (
    Rule(K.DURATION, _DO_FOR, G.DIRECTIVE),
    Rule(K.CYCLE, _KEEP_UNDER, G.DIRECTIVE),
    Rule(K.STACKING, _SAME_SHOT, G.DIRECTIVE, veto=NOT_A_REGIMEN),
    Rule(K.TIMING, _AHEAD, G.CONTENT, requires=MED_CONTEXT),
    Rule(K.DURATION, _HOLD, G.DIRECTIVE, requires=MED_CONTEXT),
    Rule(K.ADMINISTRATION, _ANGLE, G.DIRECTIVE),
    Rule(K.FREQUENCY, _WEEKDAYS, G.CONTENT, requires=_AMOUNT),
    Rule(K.RECONSTITUTION, _RATIO, G.CONTENT),
    Rule(K.TIMING, _FIRST_THING, G.CONTENT, requires=USE_VERB),
    Rule(K.IMPERATIVE, _IMPERATIVE, G.DIRECTIVE, requires=MED_CONTEXT, veto=NOT_A_REGIMEN),
    Rule(K.FREQUENCY, _SCHEDULE, G.CONTENT),
    Rule(K.DOSING_TABLE, _HEADED_ROW, G.DIRECTIVE, veto=NOT_A_REGIMEN),
    Rule(K.DOSING_TABLE, _SAME_AS_ROW, G.DIRECTIVE, veto=NOT_A_REGIMEN),
    Rule(K.RECOMMENDATION, _PASSIVE, G.DIRECTIVE, requires=MED_THING, veto=NOT_A_REGIMEN),
    Rule(K.RECOMMENDATION, _MODAL, G.DIRECTIVE, requires=MED_CONTEXT, veto=NOT_A_REGIMEN),
    Rule(K.RECOMMENDATION, _MODAL_SUBJECT, G.DIRECTIVE, requires=MED_CONTEXT, veto=NOT_A_REGIMEN),
    Rule(
        K.RECOMMENDATION, _FIRST_PERSON_ADVICE, G.DIRECTIVE, requires=MED_CONTEXT, veto=NOT_A_REGIMEN
    ),
    Rule(K.TITRATION, _CALLS_FOR, G.DIRECTIVE, veto=NOT_A_REGIMEN),
    Rule(K.RECOMMENDATION, _HOW_TAKEN, G.DIRECTIVE, veto=NOT_A_REGIMEN),
    Rule(K.CYCLE, _DURATION_ROW, G.CONTENT),
    Rule(K.ADMINISTRATION, _DOSE_GOES, G.CONTENT),
    Rule(K.MISSED_DOSE, _MISSED, G.DIRECTIVE),
    Rule(K.TITRATION, _AMOUNT_TERMS, G.CONTENT),
    Rule(K.TIMING, _SEPARATE_BY, G.CONTENT, requires=MED_CONTEXT),
    Rule(K.TITRATION, _DOSE_CHANGE_AHEAD, G.DIRECTIVE),
    Rule(K.TITRATION, _DOSE_MODIFIED, G.DIRECTIVE),
    Rule(K.FREQUENCY, _CARD_FRAGMENT, G.CONTENT),
    Rule(K.ADMINISTRATION, _MEASURE_WITH, G.CONTENT, veto=NOT_A_REGIMEN),
    Rule(K.FREQUENCY, _FURTHER_DOSE, G.DIRECTIVE, veto=NOT_A_REGIMEN),
    Rule(K.TIMING, _MODAL_OFFSET, G.DIRECTIVE, veto=_SAMPLING),
    Rule(K.ADMINISTRATION, _RATE_LIMIT, G.CONTENT),
    Rule(K.DOSE_AMOUNT, _SPLIT_AMOUNT, G.MENTION),
    Rule(K.DOSE_AMOUNT, _PER_DOSE_OF, G.CONTENT),
)
