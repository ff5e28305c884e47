"""Typed nouns of the claim against its span: a noun swapped for a sibling of its WordNet
class (body, substance, animal, plant, food, or a drug by its name's ending: "spleen" for
"hippocampus", "diazepam" for "medazepam"), and a specific typed noun that neither the span
nor the rest of the source mentions ("released in the spleen")."""

from __future__ import annotations

import re

from summarizer.guards.codes import GroundingCode
from summarizer.guards.frequency import zipf
from summarizer.guards.lexicon import lemma_stem
from summarizer.guards.tokenalign import Alignment, is_content_word
from summarizer.guards.wordnet import linked, noun_class, parts_of_speech, related
from summarizer.models import Reason

__all__ = ["DRUG", "DRUG_CLASSES", "typed_added", "typed_swap"]


def _swappable(word: str) -> bool:
    return len(word) >= 3 and word.isalpha()


def typed_swap(al: Alignment, ctoks: list[str], region: list[str]) -> Reason | None:
    """An unmatched claim noun whose WordNet class (body, substance, animal, time, plant,
    food) is that of an unmatched word of the aligned span sentence, and neither is a
    synonym or the direct hypernym of the other: one detail swapped for its sibling
    ("in the spleen" for "in the hippocampus", "cortisol" for "adrenaline")."""
    free = [
        (xk, region[i])
        for j, (i, xk) in enumerate(al.xkeys)
        if j not in al.xused and not _verb_slot(region, i) and _nounish(region, i, hyphens=False)
    ]
    for k, (i, key) in enumerate(al.ckeys):
        skip = (
            al.matches[k]
            or not _swappable(ctoks[i])
            or _verb_slot(ctoks, i)
            or not _nounish(ctoks, i)
        )
        cls = None if skip else _class(ctoks[i], key)
        if cls is None:
            continue
        for xk, xw in free:
            if _class(xw, xk) == cls and (cls == "drug" or not related(key, xk)):
                if DRUG_CLASSES.fullmatch(ctoks[i]) and DRUG.fullmatch(xw):
                    continue  # "a benzodiazepine" for "diazepam" generalises
                return Reason(
                    code=GroundingCode.SUBSTITUTION,
                    message=f"the claim says {ctoks[i]!r} where the span says {xw!r} "
                    f"(another {_CLASS_WORDS.get(cls, cls)})",
                )
    return None


def typed_added(
    al: Alignment, ctoks: list[str], region: list[str], known: frozenset[str]
) -> Reason | None:
    """An unmatched claim noun of a typed class (body, substance, animal, plant, food) that
    no word of the aligned span is, stands for or is related to in WordNet: a specific
    thing the span never mentions ("released in the spleen", "serotonin and noradrenaline"
    for "serotonin and dopamine")."""
    words = [t for t in region if t.isalpha() and is_content_word(t)]
    for k, (i, key) in enumerate(al.ckeys):
        if al.matches[k] or not _swappable(ctoks[i]) or _verb_slot(ctoks, i) or not _nounish(ctoks, i):
            continue
        cls = noun_class(key)
        if (
            cls is None
            or key in known
            or zipf(ctoks[i]) >= _SPECIFIC
            or parts_of_speech(ctoks[i]) & {"a", "r", "v"}
        ):
            continue
        if ctoks[i] in _CATEGORY or any(related(key, lemma_stem(w)) or linked(ctoks[i], w) for w in words):
            continue
        if any(k.startswith(key) for k in known):
            continue  # the source derives a word from it ("GABA" in "GABAergic")
        return Reason(
            code=GroundingCode.SUBSTITUTION,
            message=f"the claim names {ctoks[i]!r}, {_CLASS_ARTICLE.get(cls, 'a ' + cls)} that "
            "neither the span nor the rest of the source mentions",
        )
    return None


# words a summary names its subject by ("the peptide increased ..." for "Selank increased ...")
_CATEGORY = frozenset(
    {
        "peptide", "peptides", "compound", "compounds", "drug", "drugs", "molecule",
        "molecules", "substance", "substances", "agent", "agents", "chemical", "chemicals",
        "medication", "medications", "medicine", "medicines", "protein", "proteins",
        "hormone", "hormones", "supplement", "supplements", "analogue", "analogues",
        "analog", "analogs",
    }
)  # fmt: skip
_SPECIFIC = 4.0  # Zipf frequency under which a noun names a specific thing ("spleen", not "body")
_CLASS_ARTICLE = {"body": "a part of the body", "animal": "an animal", "substance": "a substance"}


#: words after which a word is a verb, not a noun ("regions that serve", "which produces")
_BEFORE_VERB = frozenset({"that", "which", "who", "they", "it", "can", "may", "will"})


def _nounish(toks: list[str], i: int, *, hyphens: bool = True) -> bool:
    """Whether ``toks[i]`` can name a thing of a class: not an "-ing" form that WordNet
    never has as a noun ("enkephalin-stabilizing"), not a word inside a hyphenated compound
    ("head-to-head")."""
    if hyphens and "-" in (toks[i - 1] if i else "", toks[i + 1] if i + 1 < len(toks) else ""):
        return False
    return not toks[i].endswith("ing") or "n" in parts_of_speech(toks[i])


def _verb_slot(toks: list[str], i: int) -> bool:
    return i > 0 and toks[i - 1] in _BEFORE_VERB and not toks[i][0].isupper()


_CLASS_WORDS = {"body": "part of the body", "drug": "drug", "animal": "animal"}
#: International nonproprietary name stems of drug classes ("diazepam", "alprazolam",
#: "fluoxetine", "propranolol"): two such words are two drugs.
DRUG = re.compile(
    r"\w{2,}(?:azepam|azolam|barbital|oxetine|ipramine|triptyline|olol|pril|sartan|statin|"
    r"mab|tinib|relin|mycin|cillin|floxacin|cycline|navir|conazole|prazole|profen|caine|"
    r"spirone|peridol|apine|idone|afil|gliptin|gliflozin|semide|thiazide)$"
)


#: Drug classes named as such: "buspirone therapy" for "benzodiazepine therapy" is a swap.
DRUG_CLASSES = re.compile(r"(?:benzodiazepine|barbiturate|opioid|opiate|ssri|snri|maoi|z-drug)s?")


def _class(word: str, key: str) -> str | None:
    return "drug" if DRUG.fullmatch(word) or DRUG_CLASSES.fullmatch(word) else noun_class(key)
