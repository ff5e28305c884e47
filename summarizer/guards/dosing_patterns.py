"""Regex building blocks and sentence frames for :mod:`summarizer.guards.dosing_rules`.

Everything here runs on *folded* text (see :mod:`summarizer.guards.folding`): lower case, NFKC,
ASCII dashes and quotes, single spaces, Latin homoglyphs, micro sign ``µ``.

The two *frames* decide whether a sentence that holds dosing talk is advice:

- :data:`PAST_FRAME`: the sentence reports what was done (a study, a trial, animals, a
  personal regimen in the past tense). It turns every finding of the sentence into a report.
- :data:`DESCRIBE_FRAME`: the sentence describes a product or a body (pharmacokinetics,
  strengths and packs, prices, regulatory status, storage, results and onset of effects,
  side-effect headers). It turns *content* findings (a frequency, a timing, a schedule) into
  a report, but not an instruction ("Take with food to reduce absorption problems").
"""

from __future__ import annotations

import re


def alt(words: str) -> str:
    """A non-capturing alternation of the space-separated ``words``."""
    return "(?:" + "|".join(words.split()) + ")"


_UNITS_W = alt(
    "one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen"
)
_TENS_W = alt("twenty thirty forty fifty sixty seventy eighty ninety")
_ATOM_W = rf"(?:{_TENS_W}|{_UNITS_W}|hundred|thousand|half|quarter)"
NUM_WORD = rf"{_ATOM_W}(?:[ -](?:and )?{_ATOM_W})*"
NUM_DIGIT = r"(?:\d+(?:[.,]\d+)*(?: ?/ ?\d+)?|\.\d+)(?: \d/\d)?"
NUM = rf"(?:{NUM_DIGIT}|{NUM_WORD})"
RANGE = rf"{NUM}(?: ?(?:-|to|or|and|/|→|->) ?{NUM})?"
LB = r"(?<![\w.,/])"

MASS_VOL = (
    r"(?:m\.?c\.?g|µ\.?g|u\.?g|mg|ng|g|gms?|grams?|milligrams?|micrograms?|mgs|ml|meq|"
    r"milliliters?|millilitres?|cc|iu|i\.u\.|units?(?! cartons?)|tsp|teaspoons?(?:ful)?|"
    r"tablespoons?|tbsp)"
)
PER = r"(?: ?/ ?(?:kg|day|d|dose|ml|m2|spray|actuation|nostril|week|wk|wks|hr|h))*"
FORMS = (
    r"(?:tablets?|tabs?|capsules?|caps|caplets?|pills?|pellets?|drops?|sprays?|puffs?|pumps?|"
    r"vials?|ampoules?|injections?|doses?|capfuls?|droppers?(?:fuls?)?|sachets?|lozenges?|chewables|"
    r"patch(?:es)?|suppositor(?:y|ies)|applications?|softgels?|gumm(?:y|ies)|actuations?|scoops?)"
)
PCT_FORM = (
    r"(?:w/w|w/v|solutions?|sprays?|creams?|gels?|foams?|ointments?|lotions?|drops|nasal|"
    r"strength|concentration|sodium chloride|dextrose)"
)
PERIOD = r"(?:days?|weeks?|months?|fortnights?)"
USE_VERBS = (
    r"(?:take|taking|taken|use|using|used|administer\w*|inject\w*|apply|applied|dos(?:e|ed|ing)|"
    r"treat\w*|instill\w*|spray\w*|continue\w*|run|running|cycle\w*|given|give|supplement\w*)"
)
# a dose word anywhere in the sentence: cue for the "needs a cue" rules
DOSE_WORD = re.compile(
    r"\b(?:dose[sd]?|dosage|dosing|intervals?|capful|amount|serving)\b|"
    r"\b(?:convert|switch|transition)(?:s|ed|ing)? (?:from|to)\b|"
    r"\bwith (?:food|milk|water|meals?)\b|\bweigh(?:ing|s)? (?:at least |less than |more than )?\d"
)
# verbs of taking something: a cue for the weak timing and combination rules
USE_VERB = re.compile(
    r"\b(?:take[sn]?|taking|took|use[sd]?|using|inject(?:s|ed|ing)?|dose[sd]?|dosing|"
    r"administer(?:s|ed|ing)?|appl(?:y|ies|ied|ying)|run|running|given|give|supplementing|"
    r"split(?:s|ting)?)\b"
)
# a dose amount is regimen content (not a bare strength) when one of these is in the sentence
DOSE_CONTEXT = re.compile(
    r"\b(?:doses?|dosages?|dosing|daily|per day|a day|standard|typical(?:ly)?|usual(?:ly)?|"
    r"commonly|range|regimens?|supplementation|for adults|serving|maintenance|loading|"
    r"suggested|recommended|effective)\b|/ ?(?:day|d|wk|week)\b|"
    # an amount per unit of time, per side or per meal ("0.25 mg weekly x4", "2 drops each side")
    r"\b(?:weekly|nightly|twice|thrice|bid|tid|qid|qd|q\d+h)\b|\bx ?\d+\b|"
    r"\b(?:once|\d+ ?x|\d+ times) ?(?:a|an|per|each|every|/)? ?(?:day|week|night|month)\b|"
    r"\b(?:per|a|an|each|every) (?:\d+ )?(?:hours?|hrs?|nights?|mornings?|evenings?|weeks?|side|"
    r"nostril|eye|ear|meal)\b|"
    # an amount with its route or a clock time, as in a list or a chart ("Selank 250 mcg
    # intranasal, AM", "08:00 Metoprolol 25 mg PO")
    r"\b(?:mg|mcg|µg|iu|ml|units?) (?:\w+ )?(?:intranasal|subq|sub-q|subcut|sc|im|iv|po|oral|"
    r"sublingual|sl|nasal)\b(?! (?:syringes?|solutions?|suspensions?|dispensers?|droppers?|sprays?))|\b\d{1,2}:\d\d\b[^.;]{0,40}\b(?:mg|mcg|µg|iu|units?)\b|"
    # a reminder that a dose is due, and a weekday-headed row ("250 mcg BPC-157 due now", "time
    # for your 10 mg amlodipine", "MON: TB-500 2.5 mg | TUE: off")
    r"\bdue (?:now|today|tonight|this (?:morning|evening))\b|\btime for your\b|"
    r"^\W*(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*(?: (?:breakfast|lunch|dinner|tea|"
    r"supper|bedtime|am|pm|morning|evening|night))?\s*:"
)
# a reported subject right before a verb: "patients who take 2 tablets" is not an instruction
SUBJECT_BEFORE = re.compile(
    r"\b(?:who|that|which|they|we|i|it|he|she|selank|semax|(?!(?:always|perhaps|thus|as|plus|"
    r"days|hours|this|has|is|was)\b)\w+[^s\W]s)(?: \w+ly)?\s*$"
)

CLAUSE_START = (
    r"(?:^|(?<=[:;,(\n!?.|])\s*|(?<=\w- )|(?<=\w -)\s*|(?<=\bthen )|(?<=\balso )|"
    r"(?<=\balways )|(?<=\bnever )|(?<=\bplease )|(?<=\bonly )|(?<=\bsimply )|(?<=\bjust )|"
    r"(?<=\band )|(?<=\bor )|(?<=\botherwise )|(?<=^\W)\s*|(?<=^\W\W)\s*)"
)
NEG = r"(?:(?:do not|don't|never|always|only|not|gently|slowly|immediately|carefully|first|next) )?"
ADMIN_VERBS = (
    r"(?:swallow|chew|dissolve|instill|inject|spray|massage|shake|sweep|drink|awaken|"
    r"reconstitute|administer|apply|crush|rub|inhale|insert|dilute|infuse|withdraw|swirl|"
    r"pinch|rotate|alternate|wipe|clean the (?:injection )?site|draw up|pierce|invert|flush|"
    r"aim|transfer|pin|squirt|drip)"
)
GENERIC_VERBS = (
    r"(?:take|use|give|start|begin|initiate|continue|repeat|increase|decrease|reduce|lower|"
    r"raise|find|dose|measure|split|divide|try|add|switch|consider|run|resume|mix|prepare|"
    r"wait|skip|keep|avoid|rinse|tilt|hold|pull|press|remove|replace|turn|dial|set|select|push|attach|"
    r"twist|prime|leave|choose|pick|pause|stop)"
)
AMOUNT_OBJ = (
    rf"(?:a small amount|a thin layer|half (?:a|an|of a) \w+|{RANGE} ?(?:{MASS_VOL}|{FORMS})\b)"
)
ROUTE_WORD = (
    r"(?:subcutaneously|intramuscularly|intranasally|intravenously|orally|sublingually|"
    r"topically|transdermally|buccally|by mouth|under the tongue|into the nose|sub-?q|"
    r"by (?:intravenous |iv |subcutaneous |intramuscular )?(?:injection|infusion))"
)

# ---- frames (see the module docstring)

PAST_FRAME = re.compile(
    r"\b(?:received|receiving)\b|"
    r"\b(?:was|were|had been|has been|have been) (?:\w+ )?(?:given|administered|dosed|treated|"
    r"injected|randomi[sz]ed|assigned|allocated|exposed|infused|studied|tested|taken|ingested|"
    r"consumed|escalated|titrated|tapered|halved|doubled|interrupted|withheld|drawn|collected|"
    r"sampled)\b|"
    # someone's past regimen and a trial table's arm ("was on 75 mcg for thirty years",
    # "Arm B | 40 mg QD | n = 214")
    r"\b(?:was|were|had been) on (?:\w+ )?\d|^\W*arm [a-z0-9]\b|\bn ?= ?\d|\b95 ?% ?ci\b|"
    r"\b(?:i|we|he|she) (?:\w+ )?(?:took|injected|used|started|stopped|dosed|reconstituted|"
    r"added|tried|ran|switched|experimented|went|had|was|did|began|increased|decreased|"
    r"titrated|rotated|kept|noticed)\b|"
    r"^\W*(?:started|stopped|injected|took|used|began|tried|switched|increased|decreased|"
    r"titrated|rotated|dosed|ran|pinned)\b|"
    # a vendor's "research subjects of around 70 kg" is not a study's subjects
    r"\b(?:study|studies|studied|trials?|participants|(?<!research )subjects|volunteers|cohorts?|"
    r"randomi[sz]ed|placebo|double-blind|open-label|enrolled|experiments?|papers?)\b|"
    r"\b(?:groups?|arms?|half(?: (?:the|of the) \w+)?) used\b|"
    r"\b(?<!lab )(?:rats?|mice|mouse|murine|rodents?|rabbits?|dogs?|monkeys?|animals?|in vivo|in vitro|"
    r"intraperitoneal(?:ly)?|pigs?|primates?|hamsters?|guinea pigs?)\b|"
    r"\bmy (?:\w+ )?(?:dose|dosage|regimen|protocol|routine|stack) (?:was|were|had)\b|"
    r"\b(?:in|during|throughout) (?:the )?(?:19|20)\d\d\b|\b(?:19|20)\d\d (?:study|trial|paper)\b|\btook\b|"
    # a dose that changed, was owned up to, or given on a date ("went up to 2.5 mg at her last
    # recheck", "admitted injecting", "0.5 mL SC given 03/05/2024, batch YF2291")
    r"\b(?:went|was (?:bumped|upped|moved|put)) (?:up|down)\b|\b(?:admitted|confessed|boasted)\b|"
    r"\blast (?:recheck|check-?up|visit|appointment|review|clinic)\b|"
    r"\b(?:given|administered|dispensed) (?:on )?\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\b|"
    r"\b(?:batch|lot) (?:no\.? |number |# ?)?[a-z]*\d|"
    r"\bmy (?:\w+ )?(?:grandmother|grandfather|mother|father|mum|mom|dad|gran|nan|grandma|grandpa)"
    r" (?:\w+ )?\w+ed\b|"
    # hearsay, a past progressive and a time in the past ("allegedly used 10 mg", "he'd been
    # spraying Semax", "ran TB-500 at 5 mg a week last year", "did 8 wks of bpc at 500/day")
    # advice withdrawn, weight lost, a finding of a tribunal ("v2019: removed the earlier advice
    # of 75-100 mg aspirin daily", "Lost 14 kg on the 5 mg dose", "The tribunal found that ...")
    r"\b(?:removed|dropped|withdrew|retired|reversed|replaced) (?:the |its |their |our )?"
    r"(?:earlier|previous|old|former|prior)\b|"
    r"\b(?:lost|gained|shed) \d+(?:\.\d+)? ?(?:kg|kgs|kilos?|lbs?|pounds|stone)\b|"
    r"\b(?:tribunal|court|coroner|inquest|jury|judge|panel|regulator) (?:\w+ )?(?:found|ruled|heard|"
    r"concluded|upheld|noted|said|remarked)\b|\bhad (?:\w+ )?(?:given|administered|injected|prescribed)\b|"
    # advice someone gave others, reported ("the defendant had told patients to inject 0.5 mL"),
    # a case narrative ("A 54-year-old woman developed angioedema 3 days after starting ...") and
    # a level that was measured ("Wastewater fentanyl load rose to 4.2 ng per person per day")
    r"\b(?:told|advised|instructed|urged|encouraged|directed) (?:his |her |their )?(?:patients|"
    r"people|users|clients|customers|residents|members|readers|followers|viewers|others|them)"
    r" to\b|"
    r"\ban? \d+[- ]year[- ]old\b(?=.*\b(?:developed|presented|experienced|died|was|had|"
    r"reported|received|suffered)\b)|"
    r"\b(?:rose|fell|climbed|dropped|jumped|peaked|plateaued|declined) (?:\w+ )?(?:to|at|by) "
    r"(?:about |around |nearly |over |under |almost )?\d|"
    r"\b(?:allegedly|reportedly|purportedly)\b|\b(?:'d|had) been \w+ing\b|"
    r"\blast (?:year|month|week|summer|winter|spring|autumn|fall|cycle|time)\b|"
    r"\b(?:\d+|a|two|three|few|several) (?:years?|months?|weeks?|days?) ago\b|"
    r"\b(?:did|ran|finished|completed) (?:\w+ )?\d+ ?(?:wks?|weeks?|days?|months?)\b|\brecap\b|"
    r"\b(?:dose|treatment|control|active|placebo|high-dose|low-dose|comparator) (?:groups?|arms?)\b|"
    r", (?:started|stopped|began)\b|"
    # a past dose change counted over a trial's people ("The dose was reduced to 10 mg in 18%
    # of patients")
    r"\b(?:was|were)\b[^.;]{0,60}?\bin \d+(?:\.\d+)? ?% of\b|"
    r"\b(?:was|were) (?:\w+ ){0,2}?(?:tolerated|effective|superior|inferior|safer|compared|seen|"
    r"observed|found|common|frequent|higher|lower|similar|comparable|unchanged|unaffected|updated|revised|amended|recalled|withdrawn|"
    r"introduced|launched|relabel(?:l)?ed)\b|"
    # survey and poll findings ("Many people skip the loading phase, according to a survey")
    r"\baccording to (?:a|the|one|their|our|this) (?:\w+ )?(?:survey|poll|study|report|review|"
    r"analysis|data|audit)\b|\b(?:a|one|the) (?:\w+ )?(?:survey|poll) (?:found|of|showed)\b|"
    # how a regimen fared, and what someone said to a reporter or critics say
    r"\b(?:tolerability|efficacy|safety|adherence|compliance|response|uptake) (?:was|were|remained)\b|"
    r"\b(?:was|were) (?:\w+ )?(?:good|poor|acceptable|excellent)\b|"
    r"\b(?:told|said|says|wrote|explained|claimed|added) (?:\w+ ){0,2}?(?:reporters|journalists|"
    r"the (?:paper|newspaper|committee|court|inquiry)|in an interview)\b|"
    r"^\W*(?:critics|experts|doctors|researchers|regulators|officials|authors|scientists|analysts|"
    r"campaigners) (?:\w+ )?(?:say|said|warn|warned|argue|argued|note|noted|believe|claim|fear|"
    r"worry|caution)\b|"
    # a nominal subject with a past-tense verb of course ("Dose escalation stopped at 600 mg")
    r"\b\w+(?:tion|ment|ance|ence|ing|ers|ors|ts|ies|ity) (?:was |were )?(?:stopped|halted|ended|"
    r"terminated|paused|began|rose|fell|dropped|peaked|plateaued|failed|succeeded|worsened|"
    r"occurred|emerged|developed)\b|"
    # a dose, arm or group as the subject of a past verb of effect ("The 4 mg dose reduced ...")
    r"\b(?:dose|doses|arm|arms|group|groups|regimen|strength) (?:\w+ly )?(?:reduced|lowered|"
    r"improved|produced|caused|led|cut|halved|achieved|yielded|showed|outperformed|"
    r"prevented)\b(?! (?:by|to) \d)|"
        # a counted group of people doing something in the past ("Ten patients withdrew ...")
    r"\b(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|dozens of|"
    r"hundreds of|thousands of) (?:\w+ )?(?:patients|people|adults|children|women|men|users|"
    r"subjects|infants|cases) (?:\w+ly )?(?:\w+ed|withdrew|took|had|became|lost|gained|fell|rose|"
    r"felt|saw|got|went|left|began|grew)\b|"
    # a scene being described: a video, photo or advert, or a third party doing it on camera
    r"\bin (?:the|this|that|a|an|our) (?:\w+ )?(?:video|clip|photo|photograph|picture|image|"
    r"advert|advertisement|commercial|footage|film|scene|cartoon|animation|illustration|"
    r"demonstration|demo|tutorial)s?\b|"
    r"\b(?:video|clip|photo|footage|image|picture|advert|cartoon|animation|illustration|"
    r"diagram|figure|drawing|chart) (?:\w+ )?(?:shows?|showed|depicts?|illustrates?)\b|"
    r"\b(?:is|are|was|were|being) (?:\w+ )?\w+(?:ed|en) (?:\w+ ){0,8}?by (?:the|a|an|our) "
    r"(?:\w+ )?(?:nurses?|actors?|presenters?|technicians?|researchers?|investigators?|staff|"
    r"models?|demonstrators?|host|narrator)\b"
)

DESCRIBE_FRAME = re.compile(
    # pharmacokinetics
    r"half-?li(?:fe|ves)|\b(?:cmax|auc|tmax)\b|pharmacokinetic|bioavailab|\bplasma\b|"
    r"\bserum (?:levels?|concentrations?)\b|\bpeak (?:\w+ )?(?:levels?|concentrations?)\b|"
    r"\bradiolabel\w*|\brecovered in (?:the )?(?:urine|feces|faeces)\b|"
    # a production line's rate ("120,000 tablets per hour")
    r"\b\d[\d,]* (?:tablets|capsules|vials|units|pens) per (?:hour|minute|shift)\b|"
    r"\babsorption\b|\babsorbed\b|(?<!creatinine )\bclearance\b|\bexcret|\bmetaboli[sz]|\belimination\b|"
    r"\bconcentrations?\b|\bblood levels\b|\bsteady[- ]state\b|\bcirculation\b|\bbloodstream\b|"
    r"(?<!pre-)(?<!post-)\bexposures?\b|\bin proportion to\b|\bdose-(?:proportional|dependent|related)\b|"
    r"\beffects? (?:\w+ )?(?:lasts?|wears? off|peaks?|begins?|starts?|kicks? in)\b|"
    r"\b(?:pens?|devices?|vials?|ampul\w*|ampoules?|bottles?|kits?|tablets?|capsules?|cartridges?) "
    r"(?:delivers?|holds?|weighs?|comes? with|provides?|includes?)\b|"
    # products, packs, prices, regulatory status
    r"\bcontains?\b|\beach (?:tablet|capsule|caplet|vial|bottle|pen|kit)\b|\bndc\b|"
    r"\bsupplied\b|\bavailable (?:as|in)\b|\bbottles? of\b|\bpackag|\bcartons?\b|"
    r"\bvial sizes?\b|\busp\b|\bstrengths?\b|\bformulations?\b|\$ ?\d|\bcosts?\b|\bprices?\b|"
    r"\bsold\b|\bbuy\b|\bpurchase\b|\bapproved\b(?! (?:dos(?:e|es|age|ages|ing)|regimens?)\b)|\bauthori[sz]ed\b|\b(?:mg|mcg|ml) each\b|"
    r"\b\d+ (?:count|ct)\b|\balcoholic drinks?\b|\bcigarettes?\b|"
    r"\b(?:supplement|nutrition) facts\b|\bservings? per container\b|\b\d+ ?% ?dv\b|"
    # a refusal to advise, and what reaches a breastfed infant ("the infant daily dose is ...")
    r"\b(?:cannot|can't|do not|don't|will not|won't|unable to) (?:provide|give|offer|share|answer)\b"
    r"[^.]{0,40}\b(?:guidance|advice|questions)\b|\b(?:human|breast) milk\b|\binfant (?:\w+ )?dose\b|"
    # an order or a cart ("Your order: Semaglutide 5 mg x 1", "SKU SEL-5MG | qty 1")
    r"\b(?:your order|order total|subtotal|checkout|cart|sku|qty|in stock|out of stock)\b|"
    r"\b(?:fast|free|express|worldwide|tracked) (?:ship|shipping|delivery|dispatch)\b|"
    r"\bx ?\d+ (?:bottles?|vials?|packs?|boxes|kits?|pens?)\b|"
    # a concentration in a fluid, kinetics and a refused prescription ("above about 10 mg/L",
    # "zero-order", "Prior authorisation denied: the request for semaglutide 2.4 mg weekly")
    # (not a threshold of a sliding scale: "1 extra unit for every 50 mg/dL above 150")
    r"(?<!every )(?<!above )(?<!over )(?<!below )(?<!under )(?<!per )"
    r"\b\d+(?:\.\d+)? ?(?:mg|mcg|µg|ng) ?/ ?(?:l|dl)\b(?! (?:above|over|below|under))|"
    r"\b(?:zero|first)-order\b|"
    r"\bprior (?:authori[sz]ation|auth)\b|\b(?:request|claim|application) (?:\w+ ){0,6}?(?:denied|declined|"
    r"rejected|refused)\b|\b(?:denied|declined|rejected|refused)\b: |"
    # a medicine described by its schedule ("X and Y are both once-weekly subcutaneous injections")
    r"\b(?:is|are) (?:both |all |each )?(?:an? )?(?:once|twice)[- ](?:daily|weekly|monthly) "
    r"(?:\w+ )?(?:injections?|injectables?|tablets?|pills?|medications?|medicines?|drugs?|pens?)\b|"
    # what a patch or device releases per time, and recall reports ("releasing 0.1 mg/day",
    # "Voluntary recall of insulin pen needles, 32G x 4 mm")
    r"\breleas(?:es|ing)\b|\brecall(?:s|ed|ing)?\b|"
    # a headed list of what a kit holds ("Contents: 1 vial (5 mg), 10 alcohol swabs") and a
    # comparison of doses, which is a result ("... compared with 2 mg")
    r"^\W*(?:kit |package |box |pack )?contents?\b|\bcompared (?:with|to)\b|"
    # storage and stability
    r"\bstor(?:e|ed|age)\b|\brefrigerat|\bfreez|\broom temperature\b|\bstab(?:le|ility)\b|"
    r"\bshelf\b|°|\bdegrees\b|\bexpir|"
    # results, onset and effects
    r"\bresult(?:ed|s)? in\b|\bshown\b|\bnoted\b|\bdemonstrat|\bobserved\b|"
    r"\breport(?:s|ed)?\b|\bnotice\w*\b|\bapparent\b|\btimeline\b|\bimprovements?\b|"
    r"\bproduced\b|\bwell-tolerated\b|\b(?:associated|linked) with\b|"
    # monitoring schedules ("Monitor blood pressure every 4 hours")
    # a sample or measurement as the subject of a modal passive ("Blood samples should be collected
    # 2 hours after the dose"): monitoring, not a regimen
    r"^\W*(?:\w+ )?(?:samples?|specimens?|levels?|ecgs?|ekgs?|labs?|blood (?:tests?|work|glucose|"
    r"pressure|counts?)) (?:should|must|are|is|will|can|may) (?:\w+ )?be (?:collected|drawn|checked|"
    r"measured|obtained|monitored|tested|taken|assessed)\b|"
    r"\bmonitor\w*\b[^.;]{0,60}\b(?:every|daily|weekly|hourly|regularly|closely)\b|"
    r"\b(?:checked|assessed|measured|tested)\b[^.;]{0,30}\b(?:every|daily|weekly|hourly)\b|\b(?:powder|solution|vial|kit) for (?:injection|"
    r"reconstitution|infusion|oral suspension)\b|\blyophili[sz]ed powder\b|\bresults? (?:may |can |will |should )?(?:occur|appear|be seen)\b|"
    # side-effect headers, profiles and the course of an effect
    r"^\W*(?:nausea|side[- ]effects?|adverse \w+|warnings?)\s*:|\bside[- ]effect profiles?\b|"
    r"^\W*(?:\S+ )?(?:nausea|vomiting|headaches?|dizziness|fatigue|redness|swelling|bruising|"
    r"itching|soreness|rash|irritation|side[- ]effects?|adverse (?:events|reactions))\b|"
    r"\b(?:fades?|subsides?|resolves?|goes away|disappears?|clears up)\b|"
    # a reaction at the site is a side effect ("A second injection site reaction is rare")
    r"\b(?:injection|application|infusion)[- ]site (?:reactions?|pain|redness|swelling|bruising|"
    r"irritation|nodules?|itching)\b|"
    # levels in the body, potency, evidence, what people tend to do
    r"\b(?:highest|peak|maximum|lowest) (?:\w+ )?levels?\b|\b(?:is|are) (?:\w+ )?(?:lowest|highest)\b|"
    r"\b(?:box|boxes|pack|packs|case|bag|tube|carton) of \d+\b|\bin the blood\b|\bfridge\b|"
    r"\bpoten(?:t|cy)\b|\bmade (?:of|from)\b|^\W*whether\b|\b(?:tested|evaluated|examined|established|proven)\b|"
    # regulators at work ("The FDA is reviewing the once-monthly version")
    r"\b(?:fda|ema|mhra|regulators?|the agency|health canada|tga)\b|"
    # appearance, markings, meta text and hearsay ("is clear and colourless", "is marked in 2.5 mL
    # steps", "This guide explains ...", "the one most often quoted")
    r"\b(?:is|are|looks?|appears?) (?:\w+ )?(?:clear|colou?rless|cloudy|hazy|transparent|"
    r"odou?rless|yellowish|off-white)\b|\b(?:is|are) (?:\w+ )?(?:marked|graduated|labell?ed|"
    r"printed|calibrated|engraved|scored|embossed|imprinted)\b|\btrough\b|"
    r"\b(?:this|the|our|that) (?:\w+ )?(?:guide|article|page|post|section|chapter|review|episode|"
    r"thread|video) (?:explains|describes|covers|discusses|reviews|looks at|walks)\b|"
    r"\b(?:quoted|cited|mentioned|(?<!as we )(?<!as )discussed|debated|advertised|claimed|rumou?red)\b|"
    # what a business or institution does with a medicine ("Compounding pharmacies mix ...")
    r"\b(?:pharmac(?:y|ies)|vendors?|clinics?|manufacturers?|makers?|compan(?:y|ies)|suppliers?|"
    r"labs?|laboratories|hospitals?|compounders?|brands?|retailers?|sellers?|insurers?) "
    r"(?:\w+ )?(?:mix|sell|make|offer|ship|add|combine|prepare|supply|label|market|dispense|"
    r"stock|list)(?:e?s)?\b|"
    r"\b(?:patients|people|users|many|some) (?:often|sometimes|commonly|frequently|rarely|tend to) "
    r"(?:forget|miss|skip|complain|report|struggle|experience|find|notice|worry)\b"
)

# an opening that gives no regimen: stop-use, ask-a-professional and monitoring sentences
OPENS_NOT_A_REGIMEN = re.compile(
    r"^\W*(?:stop (?:use|using|taking)\b|(?:ask|consult|call|tell|talk to|see|contact) (?:a|an|your|"
    r"the)\b|seek\b|(?:check|monitor|measure|test|record|watch)\b(?! (?:the |your |each |this |a )?"
    r"(?:\w+ )?(?:dose|label|pen|syringe|vial|window|solution|liquid|medicine|counter|video|demo|"
    r"clip|tutorial|diagram)))"
)

# An order-form choice ("Select size: 5 mg / 10 mg", "Choose your bundle: 2 x 5 mg"): the
# reader picks a product, not a dose.
ORDER_CHOICE = re.compile(
    r"^\W*(?:please )?(?:select|choose|pick|add|enter) (?:your |a |an |the )?(?:\w+ )?"
    r"(?:sizes?|strengths?|packs?|bundles?|peptides?|products?|options?|variants?|quantity|qty|"
    r"items?|kits?|packages?|plans?|formats?|vials?)\b(?! (?:of|with|into|to)\b)"
)

# A presentation: a strength in a single-dose device ("Injection: 300 mg/2 mL in a single-dose
# autoinjector"), which tells what is supplied, not how to dose (unless a schedule goes with it).
PRESENTATION = re.compile(
    r"\b(?:single|multiple)-dose (?:\w+ )?(?:vials?|autoinjectors?|syringes?|pens?|prefilled|"
    r"cartridges?|ampoules?|bottles?)\b"
)

# A dose amount whose sentence names a protocol or regimen is reported as a protocol range.
PROTOCOL_CONTEXT = re.compile(r"\b(?:protocols?|regimens?|dosing|typically|commonly|range)\b")
RANGE_SHAPE = re.compile(rf"{NUM} ?(?:-|to) ?{NUM}")
# a list fragment or table row that starts with an amount ("250-750 mcg daily", "0.5mg | 20")
FRAGMENT_START = re.compile(rf"^[\W_]*{RANGE} ?(?:{MASS_VOL}|{FORMS})\b")

# What is fed, watered or dosed is not a person's medicine: plants, dough, pets and livestock
# ("Water the fern every other morning", "Feed the kitten ¼ cup three times a day", "In horses,
# the labelled dose is 1.1 mg/kg IV"). Strict still flags their amounts and schedules.
NOT_FOR_PEOPLE = re.compile(
    r"\b(?:ferns?|houseplants?|seedlings?|lawns?|gardens?|soil|compost|fertili[sz]er|liquid feed|"
    r"sourdough|dough|flour|kittens?|puppy|puppies|cats?|horses?|foals?|cattle|cows?|calves|"
    # (not "bovine": collagen and colostrum are bovine supplements)
    r"sheep|lambs|goats?|pigs|poultry|chickens|hens|livestock|equine|canine|feline|"
    r"veterinar\w*|aquariums?|fish tanks?|wet food|dry food|kibble|flocks?|herds?|birds?|"
    r"orchids?|watering|hydroponic\w*|part [ab]|veg|ec (?:at|of|to) \d[\d.]*)\b"
)

# Text about something other than a medicine: pools, cleaning, baking, food energy, training
# plans, radio, cameras, and a shop's promotion codes ("Add 1 tablet per 10,000 gallons weekly to the
# skimmer", "Ride zone 2 for 90 minutes twice a week"). Strict still flags their amounts.
NOT_MEDICINE = re.compile(
    r"\b(?:pools?|hot tubs?|skimmer|chlorine|gallons|bleach|detergent|disinfect\w*|wipe down|"
    r"bake|baking|oven|recipe|macros|cardio|zone \d|"
    r"threshold session|tune in|fm|radio|podcast|iso \d+|shutter|aperture|"
    r"f/\d|espresso|double shot|marinat\w*|developer|hair colou?r|dye|weeds?|weedkiller|herbicides?|"
    r"pesticides?|(?:dry|still|calm|windless) day|mileage|race week|"
    r"fill (?:in|out) (?:our|the|this|a) (?:\w+ )?(?:survey|form|questionnaire)|"
    r"1rm|deload\w*|squats?|deadlifts?|bench press|alkalinity|reef|kalkwasser|"
    # (not "St John's wort", an herbal medicine; not "TFA", a peptide's salt on a vendor page)
    r"sachet of yeast|pitch|dry hop\w*|(?<!john's )(?<!johns )wort|homebrew\w*|hplc|c18|"
    r"acetonitrile|"
    r"onto the (?:\w+ )?column|"
    r"(?:use|enter|apply) (?:the )?code|(?:promo|discount|coupon) codes?)\b|\b\d+ ?% off\b|"
    # a crossword clue ("9 Down: Twice daily, to a prescriber (3)")
    r"^\W*\d+ ?(?:down|across)\b|"
    # a rate over an area or a volume of water ("Sow at 35 g/m²", "250 g per 10 m³"); kitchen,
    # darkroom, bench and building steps ("simmer 10 min", "incubate at 37 °C", "0.100 M NaOH",
    # "slake 3 minutes"); exercise sets, game items, and animals the amount is for ("ewes")
    # (not per m²: a body-surface dose, "75 mg/m²", "3 g/m²")
    r"(?:/ ?|\bper (?:\d+ )?)(?:m³|m3|sq\.? ?ft|square (?:feet|foot)|acres?|hectares?|ha)\b|"
    r"\b(?:whisk\w*|brine|knead\w*|saut[eé]\w*|stir-fry|deglaze|onion base|"
    # (not "HCl", which names a salt of a drug; not "plaster", a UK patch; not "agitation",
    # an indication; not "poses", as in "poses a risk")
    r"stop bath|fixer|constant agitation|heat gently|incubat\w*|centrifug\w*|dropwise|"
    r"endpoint|naoh|\d+(?:\.\d+)? m (?:naoh|hcl|nacl|acid)|t25|t75|complete medium|"
    r"passag(?:e|ing) cells|grout|mortar|cement|slake|drench gun|ewes?|aphids?|sow at|"
    r"rest between sets|min rest|(?:each|the|a|yoga) poses?|buffs?|cooldown|passwords?|"
    r"seminar|lecture|syllabus|"
    r"tracking (?:number|updated|info\w*)|(?:stock|shares?) (?:closed|rose|fell|jumped)|"
    r"out of (?:the )?(?:reach|sight) of children)\b"
)

# Food energy ("500 kcal before training"): not a dose unless the sentence gives one too
# ("Take 40 mg once daily with food (at least 350 calories)").
FOOD_ENERGY = re.compile(r"\b(?:kcal|calories)\b")

# A price list or an invoice ("Semaglutide 5 mg vial — $89 | 10 mg — $149", "Consult £58.00 ·
# meloxicam 1.5 mg/mL oral susp 10 mL £14.20"): two prices or more, so a shop's rows, not a dose.
PRICE = re.compile(r"[$£€] ?\d[\d,.]*|\b\d[\d,.]* ?(?:usd|eur|gbp|dollars|euros|pounds sterling)\b")
