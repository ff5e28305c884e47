"""Hand-made word lists for the grounding checks (no lexical database is shipped).

Every list is small and written for the project's domain (health and peptide articles) plus
common English. Lists are stored as text and turned into frozen lookups at import time.
Words are folded and lower-case; multi-word entries are matched on stems.
"""

from __future__ import annotations

from summarizer.guards.text import is_word, stem, tokens

__all__ = [
    "ANTONYM_STEMS",
    "CONTRASTS",
    "CORE_HEDGES",
    "EVIDENCE_CLASSES",
    "FRAME_STEMS",
    "HARDENERS",
    "HEDGES",
    "IRREGULAR",
    "MULTIPLIERS",
    "NAME_ALIASES",
    "NUMBER_WORDS",
    "SOFTENERS",
    "SYNONYM_KEY",
    "UNITS",
    "antonym_of",
    "content_keys",
    "evidence_class",
    "lemma_stem",
]

# fmt: off
NUMBER_WORDS: dict[str, float] = {
    "zero": 0, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90, "dozen": 12, "once": 1, "twice": 2,
    "thrice": 3, "single": 1, "half": 0.5, "double": 2, "triple": 3,
}
MULTIPLIERS: dict[str, float] = {
    "hundred": 100, "thousand": 1000, "million": 10**6, "billion": 10**9,
}
UNITS: dict[str, str] = {
    "%": "percent", "percent": "percent", "pct": "percent", "mg": "mg", "milligram": "mg",
    "µg": "µg", "mcg": "µg", "microgram": "µg", "g": "g", "gram": "g", "kg": "kg",
    "ml": "ml", "milliliter": "ml", "millilitre": "ml", "l": "l", "iu": "iu", "mmol": "mmol",
    "day": "day", "week": "week", "month": "month", "year": "year", "hour": "hour",
    "decade": "decade", "century": "century", "minute": "minute", "h": "hour", "min": "minute", "second": "second", "sec": "second", "$": "usd", "usd": "usd",
    "dollar": "usd", "€": "eur", "eur": "eur", "euro": "eur",
}
HEDGES = frozenset(["may", "might", "could", "suggest", "suggests", "suggested", "suggesting", "preliminary", "appear", "appears", "appeared", "possibly", "possible", "potential", "potentially", "likely", "unclear", "uncertain", "limited", "early", "hypothesis", "hypothesized", "perhaps", "indicate", "indicates", "tentative", "some", "proposed", "putative", "whether", "seemingly", "apparently", "looks", "hints"])
# Hedges that soften a whole statement: one of these in the span and none in the claim is a
# hardening ("may reduce" -> "reduces"); one in the claim and none in the span a softening.
CORE_HEDGES = frozenset(
    {
        "may",
        "might",
        "could",
        "possibly",
        "perhaps",
        "potentially",
        "probably",
        "likely",
        "possible",
        "appear",
        "appears",
        "appeared",
        "appearing",
        "seem",
        "seems",
        "seemed",
        "suggest",
        "suggests",
        "suggested",
        "suggesting",
        "suggestive",
        "preliminary",
        "tentative",
        "tentatively",
        "putative",
        "hypothesized",
        "hypothesised",
        "speculate",
        "speculated",
    }
)
# The subset whose presence in a claim (and absence from the span) softens a statement.
SOFTENERS = frozenset({"may", "might", "could", "possibly", "perhaps", "potentially", "probably"})
HARDENERS = frozenset(["prove", "proves", "proved", "proven", "cure", "cures", "cured", "demonstrates", "demonstrated", "confirms", "confirmed", "definitely", "definitive", "clearly", "established", "guarantee", "guarantees", "guaranteed", "establish", "establishes", "always", "certainly", "undoubtedly", "conclusively", "conclusive", "eliminates", "eliminated"])

# Names that stand for each other (lower-case words of each name, one group a line).
_ALIAS_TEXT = [
    "covid 19|covid|sars cov 2|2019 ncov|ncov|coronavirus disease 2019|coronavirus",
    "us|u s|usa|united states",
    "uk|u k|united kingdom|britain",
]
NAME_ALIASES: dict[str, tuple[str, ...]] = {
    name: tuple(group.split("|")) for group in _ALIAS_TEXT for name in group.split("|")
}

# Irregular forms that the stemmer does not join (form -> base word).
_IRREGULAR_TEXT = """
mice:mouse men:man women:woman children:child feet:foot teeth:tooth people:person
rose:rise risen:rise fell:fall fallen:fall found:find given:give gave:give took:take
taken:take ran:run began:begin begun:begin grew:grow grown:grow shown:show showed:show
made:make led:lead brought:bring bought:buy sold:sell told:tell thought:think held:hold
kept:keep left:leave lost:lose met:meet paid:pay sent:send spent:spend saw:see seen:see
wrote:write written:write chose:choose chosen:choose drew:draw drawn:draw knew:know
known:know better:good best:good worse:bad worst:bad data:datum analyses:analysis
hypotheses:hypothesis criteria:criterion phenomena:phenomenon
"""
IRREGULAR: dict[str, str] = dict(
    pair.split(":") for pair in _IRREGULAR_TEXT.split()
)

# Synonym groups: any two words of one line are treated as the same word.
_SYNONYMS_TEXT = ["", "reduce decrease lower lessen diminish alleviate attenuate", "increase raise elevate boost heighten", "improve enhance", "study trial research experiment", "patient participant subject", "effect impact", "drug medication medicine", "physician doctor clinician", "disease illness disorder condition", "big large", "small little", "fast rapid quick", "begin start initiate commence", "stop end cease halt", "buy purchase", "customer client", "price cost fee", "give provide offer administer", "need require", "get receive obtain", "use utilize employ", "help aid assist", "show demonstrate reveal", "link associate relate correlate", "risk likelihood chance", "severe serious", "death mortality", "reply respond answer", "discuss talk", "call phone", "email mail", "inform notify tell", "meet meeting", "die death dying mortality", "elderly older", "kid child", "infect infection", "spread transmission transmit", "mask facemask", "hospitalize hospitalization", "symptom symptomatic", "intranasal nasal", "oral orally mouth", "subcutaneous subq skin", ""]
# fmt: on

SYNONYM_KEY: dict[str, str] = {}
for _line in _SYNONYMS_TEXT:
    _words = _line.split()
    for _w in _words:
        SYNONYM_KEY.setdefault(stem(_w), "=" + stem(_words[0]))


def lemma_stem(word: str) -> str:
    """The stem of ``word`` after joining irregular forms, then synonym groups."""
    s = stem(IRREGULAR.get(word, word))
    return SYNONYM_KEY.get(s, s)


def content_keys(text: str) -> set[str]:
    """Lemma stems (:func:`lemma_stem`) of the content words of ``text``."""
    return {lemma_stem(t) for t in tokens(text) if is_word(t)}


# Reporting-frame words ("a recent study found that", "researchers report"): a claim's frame
# asserts no finding, so coverage does not count them (names, numbers, hedges still do).
_FRAME_TEXT = """
study studies research researcher researchers scientist scientists team found find finds
show shows shown showed report reports reported recent recently new paper journal published
publish data analysis evidence according say says said observed article articles author
authors
"""
FRAME_STEMS = frozenset(lemma_stem(w) for w in _FRAME_TEXT.split())


# fmt: off
_ANTONYMS_TEXT = ["agonist:antagonist", "increase:decrease", "increase:reduce", "higher:lower", "high:low", "more:less", "more:fewer", "improve:worsen", "improve:impair", "enhance:impair", "enhance:reduce", "activate:inhibit", "activate:suppress", "stimulate:inhibit", "stimulate:suppress", "upregulate:downregulate", "positive:negative", "present:absent", "effective:ineffective", "safe:unsafe", "benefit:harm", "beneficial:harmful", "before:after", "above:below", "maximum:minimum", "acute:chronic", "short:long", "early:late", "gain:loss", "rise:fall", "raise:lower", "promote:inhibit", "promote:suppress", "strengthen:weaken", "accelerate:slow", "superior:inferior", "sensitive:resistant", "common:rare", "frequent:rare", "significant:insignificant", "significantly:insignificantly", "success:failure", "succeed:fail", "accept:reject", "include:exclude", "allow:prohibit", "always:never", "all:none", "approve:reject", "approved:unapproved", "legal:illegal", "male:female", "oral:injectable", "oral:intravenous", "sedating:nonsedating", "sedative:stimulant", "anxiolytic:anxiogenic", "mild:severe", "larger:smaller", "bigger:smaller", "majority:minority", "most:least", "strong:weak", "stronger:weaker", "increased:decreased", "elevated:reduced", "upward:downward", "add:remove", "potentiate:weaken", "potentiate:attenuate", "neuroprotective:neurotoxic", "protective:toxic", "harsh:mild", "harsher:milder", "primary:secondary", "excitatory:inhibitory", "endogenous:exogenous", "central:peripheral", "presynaptic:postsynaptic", "upstream:downstream", "complementary:competing", "complementary:opposing", "synergistic:antagonistic", "dependent:independent", "tolerance:sensitization", "withdrawal:continuation", "approved:banned", "legal:banned", "precede:follow", "attach:remove", "attach:detach", "natural:synthetic", "naturally:synthetic", "lack:extensive", "lack:abundant", "inhibit:accelerate", "sustained:declining", "sustain:decline", "resilience:vulnerability", "resilient:vulnerable", "calming:stimulating", "calm:agitated", "support:impair", "support:undermine", "amplify:dampen", "amplify:attenuate", "consistent:mixed", "consistent:inconsistent"]
# fmt: on

_ANT: dict[str, set[str]] = {}
for _pair in _ANTONYMS_TEXT:
    _a, _b = (lemma_stem(w) for w in _pair.split(":"))
    _ANT.setdefault(_a, set()).add(_b)
    _ANT.setdefault(_b, set()).add(_a)
ANTONYM_STEMS: dict[str, frozenset[str]] = {k: frozenset(v) for k, v in _ANT.items()}


#: words of a span that sets two things apart: a claim's "unlike X" restates them, and the
#: span's "like" is then "such as" ("Compared to traditional anxiolytics like benzodiazepines")
CONTRASTS = frozenset(
    {"compared", "comparison", "contrast", "whereas", "differs", "different", "than", "versus",
     "vs", "unlike", "while", "but", "distinguishes", "instead"}
)


def antonym_of(key: str) -> frozenset[str]:
    """Lemma stems listed as opposites of the lemma stem ``key``."""
    return ANTONYM_STEMS.get(key, frozenset())


# Evidence levels: word -> class; a class is licensed by itself or by any class below it.
# fmt: off
_EVIDENCE_TEXT = """
rat:rat rats:rat mouse:mouse mice:mouse murine:mouse rodent:rodent rodents:rodent
animal:animal animals:animal dog:dog dogs:dog monkey:primate monkeys:primate primate:primate
primates:primate zebrafish:fish fish:fish pig:pig pigs:pig piglets:pig rabbit:rabbit
xenograft:animal xenografts:animal rabbits:rabbit vitro:vitro laboratory:vitro cultured:vitro culture:vitro cultures:vitro
human:human humans:human people:human person:human adults:human adult:human
participants:human participant:human subjects:human volunteers:human volunteer:human
men:human women:human children:child child:child pediatric:child paediatric:child
patients:patient patient:patient outpatients:patient inpatients:patient healthy:healthy
clinical:clinical clinically:clinical preclinical:preclinical nonclinical:preclinical
trial:trial trials:trial users:user user:user veterinary:animal
"""
# fmt: on
_EVIDENCE: dict[str, str] = dict(pair.split(":") for pair in _EVIDENCE_TEXT.split())
# class -> the classes it covers (a generic claim word is licensed by a specific span word)
EVIDENCE_CLASSES: dict[str, frozenset[str]] = {
    "animal": frozenset(
        {"animal", "rodent", "rat", "mouse", "dog", "primate", "fish", "pig", "rabbit"}
    ),
    "rodent": frozenset({"rodent", "rat", "mouse"}),
    "human": frozenset({"human", "patient", "healthy", "child", "clinical", "trial", "user"}),
    "patient": frozenset({"patient", "human", "child", "clinical", "trial"}),
    # "clinical" is said of people; "preclinical" of animals and cells
    "clinical": frozenset({"clinical", "human", "patient", "healthy", "child", "trial"}),
    "preclinical": frozenset(
        {"preclinical", "animal", "rodent", "rat", "mouse", "dog", "primate", "fish", "pig"}
        | {"rabbit", "vitro"}
    ),
}


def evidence_class(word: str) -> str | None:
    """The evidence-level class of a folded word ("mice" -> "mouse"), or ``None``."""
    return _EVIDENCE.get(word)
