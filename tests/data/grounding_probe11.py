"""Eleventh seed-article near-miss probe for the grounder (written blind by a helper).

Same shape as ``grounding_probe10.py``: an article under shared/articles, a verbatim stretch of
it (one sentence, or two consecutive sentences of one paragraph), ``faithful`` (claims that must
be ``supported``) and ``changed`` (two to four claims that each change exactly one detail and
must not be ``supported``), labelled by the kind of change. As in ``grounding_probe10.py``, the
claims are written the way a small instruction-tuned language model (0.5B to 1.5B parameters)
summarising the article would write them.

New in this probe:

* three faithful claims per entry instead of two, and the weight is on faithful restructuring,
  the kind of rewrite a grounder must not mistake for a change: clauses reordered or moved to
  the end or the front ("In animal models, X" becomes "X in animal models"), passive turned
  active and back ("enkephalinases break down enkephalins"), the subject named where the stretch
  says "it", "the peptide", "this route" or "the paper" ("Selank", "Intranasal delivery", "The
  Zozulya paper"), one item kept from a list and the rest dropped, everyday words for rare ones
  ("through the nose", "tiredness", "doctor", "brain chemicals"), hedges reworded at the same
  strength ("may" to "might" or "can", "likely" to "probably", "tends to" to "usually", "appears
  to" to "seems to", "is consistent with" to "fits" or "matches"), and numbers written as words
  or digits ("alpha-1", "4-residue", "ten years");
* each faithful claim keeps every hedge, number, name, population and condition it mentions;
* each changed claim carries one error of the kinds listed in ``grounding_probe10.py``
  (``number``, ``antonym``, ``name_swap``, ``hedge_dropped``, ``negation_added``,
  ``negation_dropped``, ``evidence_level``, ``condition_dropped``, ``role_swap``, ``merge``,
  ``added_detail``, ``venue_or_comparator``, ``list_swap``, ``causal``,
  ``substitution_everyday``, ``substitution_rare``; a second claim of one kind takes ``_2``),
  with the subtler kinds (hedge, evidence level, condition, role, merge, added detail, cause,
  list item, everyday substitution) used often; each was checked against the whole article, so
  that the changed detail is not stated elsewhere in it.

Ten entries per article; eleven of the fifty (about a fifth) are two-sentence stretches. The
articles are used up, so every entry reuses a stretch (or contains a sentence) already used in
``grounding_probe.py`` to ``grounding_probe9.py`` and is marked ``"reused": True``; none of the
fifty stretches is one that ``grounding_probe10.py`` used, and the claims differ from those of
the earlier probes. The entries were written before the grounder was run on them and none was
picked or dropped by how it does; ``split_of`` (sha256 of the sentence, from ``probe_articles``)
divides them into a ``tune`` part, which rules may be fitted to, and a ``test`` part, read once
at the end (here, by the luck of the hash, 34 ``tune`` and 16 ``test``).
"""

# The sentences are verbatim, so Greek letters, en dashes and curly quotes stay.
# ruff: noqa: RUF001

from __future__ import annotations

from probe_articles import A, B, C, D, E, split_of

__all__ = ["PROBE", "split_of"]

PROBE: list[dict[str, object]] = [
    # ------------------------------------------------------------------ A (reused)
    {
        "article": A,
        "reused": True,
        "sentence": "It modulates the GABAergic system — the same system benzodiazepines act on — but does so without the sedation, tolerance, or dependence that make benzos so problematic for long-term use.",
        "faithful": [
            "Selank works on the GABAergic system, the same system benzodiazepines act on, but without the sedation, tolerance or dependence that make benzos a problem for long-term use.",
            "Without the sedation, tolerance or dependence that make benzodiazepines so problematic for long-term use, Selank modulates the same GABA system that they act on.",
            "Selank acts on the same system as benzodiazepines but does not cause dependence.",
        ],
        "changed": {
            "list_swap": "Selank works on the GABAergic system, the same system benzodiazepines act on, but without the sedation, tolerance or weight gain that make benzos a problem for long-term use.",
            "venue_or_comparator": "Selank works on the GABAergic system, the same system SSRIs act on, but without the sedation, tolerance or dependence of benzodiazepines.",
            "role_swap": "Benzodiazepines work on the GABAergic system, the same system Selank acts on, but without the sedation, tolerance or dependence that make Selank a problem for long-term use.",
        },
    },
    {
        "article": A,
        "reused": True,
        "sentence": "Its main known function is immunomodulatory: tufsin enhances phagocytosis, stimulates macrophage activity, and modulates immune signaling.",
        "faithful": [
            "Tufsin's main known role is in the immune system: it boosts phagocytosis, stimulates macrophages and modulates immune signaling.",
            "Tufsin is known to enhance phagocytosis.",
            "Macrophage activity is stimulated by tufsin, whose main known function is immunomodulatory.",
        ],
        "changed": {
            "list_swap": "Tufsin's main known role is in the immune system: it boosts phagocytosis, stimulates antibody production and modulates immune signaling.",
            "antonym": "Tufsin's main known role is in the immune system: it suppresses phagocytosis, stimulates macrophages and modulates immune signaling.",
            "added_detail": "Tufsin's main known role is in the immune system: it boosts phagocytosis by neutrophils, stimulates macrophages and modulates immune signaling.",
        },
    },
    {
        "article": A,
        "reused": True,
        "sentence": "Selank modulates GABA activity through a different mechanism. Research published in the Bulletin of Experimental Biology and Medicine demonstrated that Selank increases the inhibitory post-synaptic action of GABA without directly binding to the benzodiazepine site on the GABA-A receptor.",
        "faithful": [
            "Selank affects GABA activity through a different mechanism. Research in the Bulletin of Experimental Biology and Medicine showed that it boosts GABA's inhibitory post-synaptic action without binding directly to the benzodiazepine site.",
            "Without directly binding the benzodiazepine site on the GABA-A receptor, Selank increases the inhibitory post-synaptic action of GABA, a study in the Bulletin of Experimental Biology and Medicine demonstrated.",
            "Selank does not bind directly to the benzodiazepine site on the GABA-A receptor.",
        ],
        "changed": {
            "name_swap": "Selank affects GABA activity through a different mechanism. Research in the Journal of Neurochemistry showed that it boosts GABA's inhibitory post-synaptic action without binding directly to the benzodiazepine site.",
            "negation_dropped": "Selank affects GABA activity through a different mechanism. Research in the Bulletin of Experimental Biology and Medicine showed that it boosts GABA's inhibitory post-synaptic action by binding directly to the benzodiazepine site.",
            "antonym": "Research in the Bulletin of Experimental Biology and Medicine showed that Selank reduces GABA's inhibitory post-synaptic action without binding directly to the benzodiazepine site.",
            "evidence_level": "A clinical trial in the Bulletin of Experimental Biology and Medicine showed that Selank boosts GABA's inhibitory post-synaptic action without binding directly to the benzodiazepine site.",
        },
    },
    {
        "article": A,
        "reused": True,
        "sentence": "In animal models, Selank produces anxiolytic effects comparable in magnitude to benzodiazepines in standard behavioral tests (the elevated plus maze, the open field test, the Vogel conflict test) without producing sedation, motor impairment, or tolerance with repeated dosing.",
        "faithful": [
            "Selank reduces anxiety about as much as benzodiazepines in standard behavioral tests in animal models, without sedation, motor impairment or tolerance.",
            "In animal tests such as the elevated plus maze, the anti-anxiety effect of Selank is similar in size to that of benzodiazepines.",
            "Repeated dosing of Selank does not lead to tolerance in animal models, and its anti-anxiety effect there matches benzodiazepines in standard behavioral tests.",
        ],
        "changed": {
            "venue_or_comparator": "In animal models, Selank reduces anxiety about as much as SSRIs in standard behavioral tests, without sedation, motor impairment or tolerance.",
            "list_swap": "In animal tests such as the elevated plus maze, the forced swim test and the Vogel conflict test, Selank's anti-anxiety effect is similar in size to that of benzodiazepines.",
            "added_detail": "In rat models, Selank reduces anxiety about as much as benzodiazepines in standard behavioral tests, without sedation, motor impairment or tolerance.",
            "negation_dropped": "In animal models, Selank reduces anxiety about as much as benzodiazepines, without sedation or motor impairment but with tolerance on repeated dosing.",
        },
    },
    {
        "article": A,
        "reused": True,
        "sentence": "This enkephalin-stabilizing effect likely contributes to Selank's anxiolytic profile and may also partly explain why users frequently report a sense of calm well-being without the emotional blunting that many pharmaceutical anxiolytics produce.",
        "faithful": [
            "Selank's effect on enkephalins likely adds to its anti-anxiety profile.",
            "Users often report feeling calm without emotional blunting on Selank, which its enkephalin-stabilizing effect may partly explain.",
            "The enkephalin effect probably contributes to how Selank reduces anxiety, and it might partly explain why users often feel calm well-being without the emotional numbness that many anxiety drugs cause.",
        ],
        "changed": {
            "hedge_dropped": "Selank's enkephalin-stabilizing effect explains why users frequently report calm well-being without emotional blunting.",
            "evidence_level": "Selank's enkephalin effect may partly explain why clinical trials frequently report calm well-being without emotional blunting.",
            # merge: better learning and memory are tied to BDNF upregulation in the article, not to enkephalins
            "merge": "Selank's effect on enkephalins likely adds to its anti-anxiety profile and to its memory benefits.",
        },
    },
    {
        "article": A,
        "reused": True,
        "sentence": "The problem is that enkephalins are rapidly broken down by enzymes called enkephalinases, which limits their duration of action.",
        "faithful": [
            "Enkephalins are quickly broken down by enzymes called enkephalinases, which limits how long they work.",
            "Enkephalinases rapidly break down enkephalins, limiting their duration of action.",
            "Because enzymes called enkephalinases break them down fast, enkephalins only act for a limited time.",
        ],
        "changed": {
            "role_swap": "Enkephalins rapidly break down enzymes called enkephalinases, which limits the enzymes' duration of action.",
            "antonym": "Enkephalins are slowly broken down by enzymes called enkephalinases, which limits how long they work.",
            "added_detail": "Enkephalins are broken down within seconds by enzymes called enkephalinases, which limits how long they work.",
        },
    },
    {
        "article": A,
        "reused": True,
        "sentence": "The immune and nervous systems are far more intertwined than was appreciated even a decade ago, and Selank sits at that intersection.",
        "faithful": [
            "The immune and nervous systems are much more connected than people realized even ten years ago, and Selank sits where they meet.",
            "Selank sits at the intersection of the immune and nervous systems.",
            "Even a decade ago, it was not appreciated how far the immune and nervous systems are intertwined, and Selank sits at that intersection.",
        ],
        "changed": {
            "number": "The immune and nervous systems are much more connected than people realized even a century ago, and Selank sits where they meet.",
            "substitution_everyday": "The immune and digestive systems are much more connected than people realized even ten years ago, and Selank sits where they meet.",
            "added_detail": "The immune and nervous systems are much more connected than people realized a decade ago, and Selank was the first drug designed to sit where they meet.",
        },
    },
    {
        "article": A,
        "reused": True,
        "sentence": "Sample sizes tend to be smaller than what we would see in Phase III Western trials, and independent replication by non-Russian research groups is limited.",
        "faithful": [
            "The Russian Selank studies usually have smaller samples than Western Phase III trials.",
            "Independent replication of the Russian clinical data by non-Russian groups is limited.",
            "Non-Russian research groups have done limited independent replication, and sample sizes tend to be smaller than in Phase 3 Western trials.",
        ],
        "changed": {
            "hedge_dropped": "The Russian Selank studies have smaller samples than Western Phase III trials, and non-Russian groups have done little independent replication.",
            "number": "The Russian Selank studies usually have smaller samples than Western Phase II trials.",
            "antonym": "Sample sizes tend to be smaller than in Western Phase III trials, but independent replication by non-Russian research groups is extensive.",
            "added_detail": "The Russian Selank studies usually have fewer than 100 patients, smaller than Western Phase III trials.",
        },
    },
    {
        "article": A,
        "reused": True,
        "sentence": "Selank is studied almost exclusively via intranasal administration, which provides direct access to the CNS through the olfactory and trigeminal nerve pathways.",
        "faithful": [
            "Selank is studied almost only through the nose, which gives direct access to the brain and spinal cord through the olfactory and trigeminal nerves.",
            "Intranasal delivery, used in almost all Selank research, reaches the CNS directly via the olfactory and trigeminal nerve pathways.",
            "Given through the nose, Selank gets direct access to the CNS through the olfactory nerve pathway.",
        ],
        "changed": {
            "hedge_dropped": "Selank is studied only through the nose, which gives direct access to the CNS through the olfactory and trigeminal nerves.",
            "list_swap": "Selank is studied almost only through the nose, which gives direct access to the CNS through the olfactory and vagus nerves.",
            "venue_or_comparator": "Selank is studied almost only as an injection under the skin, which gives direct access to the CNS.",
        },
    },
    {
        "article": A,
        "reused": True,
        "sentence": "BDNF is a protein that supports the survival of existing neurons, encourages the growth of new neurons and synapses, and plays a critical role in long-term memory formation and learning. Low BDNF levels are associated with depression, anxiety disorders, cognitive decline, and neurodegeneration.",
        "faithful": [
            "BDNF helps existing neurons survive and encourages new neurons and synapses to grow. Low BDNF is linked to depression, anxiety disorders, cognitive decline and neurodegeneration.",
            "Low levels of BDNF, a protein critical for long-term memory formation and learning, are associated with depression.",
            "BDNF plays a key role in forming long-term memories, and cognitive decline is associated with low levels of it.",
        ],
        "changed": {
            "causal": "BDNF helps existing neurons survive and encourages new neurons and synapses to grow. Low BDNF causes depression, anxiety disorders, cognitive decline and neurodegeneration.",
            "list_swap": "BDNF helps existing neurons survive and helps memory. Low BDNF is linked to depression, anxiety disorders, cognitive decline and epilepsy.",
            "antonym": "BDNF helps existing neurons survive and encourages new neurons and synapses to grow. High BDNF is linked to depression, anxiety disorders and cognitive decline.",
        },
    },
    # ------------------------------------------------------------------ B (reused)
    {
        "article": B,
        "reused": True,
        "sentence": "Because of its tuftsin lineage, Selank has also been studied for immune-signaling and nootropic (attention and memory) effects.",
        "faithful": [
            "Selank has also been studied for effects on immune signaling, because it comes from tuftsin.",
            "Owing to its tuftsin origins, Selank has been studied for nootropic effects on attention and memory as well as for immune signaling.",
            "Selank's tuftsin lineage is why it has also been researched for memory effects.",
        ],
        "changed": {
            "evidence_level": "Because of its tuftsin lineage, Selank has also been shown to improve immune signaling, attention and memory.",
            "list_swap": "Because of its tuftsin lineage, Selank has also been studied for immune-signaling and sleep effects.",
            # merge: GABA modulation is the proposed anxiety mechanism; the lineage is what the article gives as the reason
            "merge": "Because it acts on the GABA system, Selank has also been studied for immune-signaling and nootropic effects.",
        },
    },
    {
        "article": B,
        "reused": True,
        "sentence": "Because it is a tuftsin analogue, researchers have studied Selank not only for its calming effects but also for related effects on mood, attention, and immune signaling. In the literature it is most often described as an anxiolytic peptide, a compound aimed at lowering anxiety.",
        "faithful": [
            "Researchers have studied Selank for effects on mood, attention and immune signaling as well as for calming, because it is a tuftsin analogue. It is most often described as an anxiolytic peptide.",
            "In the literature, Selank is mostly described as an anti-anxiety peptide.",
            "Selank, a tuftsin analogue, has been studied for effects on mood besides its calming effects.",
        ],
        "changed": {
            "list_swap": "Because it is a tuftsin analogue, researchers have studied Selank for calming and for effects on mood, attention and pain. It is most often described as an anxiolytic peptide.",
            "hedge_dropped": "Researchers have studied Selank for mood, attention and immune signaling as well as calming. In the literature it is always described as an anxiolytic peptide.",
            "evidence_level": "Because it is a tuftsin analogue, researchers have proven that Selank affects mood, attention and immune signaling as well as calming.",
        },
    },
    {
        "article": B,
        "reused": True,
        "sentence": "The proposed mechanism for Selank centers on its origin as a tuftsin analogue.",
        "faithful": [
            "Selank's proposed mechanism is based on its origin as a tuftsin analogue.",
            "The way Selank is thought to work centers on the fact that it is derived from tuftsin.",
            "Selank's origin as a tuftsin analogue is at the center of its proposed mechanism.",
        ],
        "changed": {
            "hedge_dropped": "Selank's established mechanism is based on its origin as a tuftsin analogue.",
            "name_swap": "Selank's proposed mechanism is based on its origin as an ACTH analogue.",
            "evidence_level": "Clinical trials show that Selank's mechanism centers on its origin as a tuftsin analogue.",
        },
    },
    {
        "article": B,
        "reused": True,
        "sentence": "A 2017 study in rats added a behavioral piece to that picture, reporting that Selank enhanced the anxiolytic effect of diazepam under conditions of chronic stress.",
        "faithful": [
            "A 2017 rat study reported that Selank boosted diazepam's anti-anxiety effect under chronic stress.",
            "Under chronic stress conditions, Selank made diazepam work better against anxiety in rats, according to a 2017 study.",
            "The anxiolytic effect of diazepam was enhanced by Selank in chronically stressed rats, a 2017 behavioral study reported.",
        ],
        "changed": {
            "condition_dropped": "A 2017 rat study reported that Selank boosted diazepam's anti-anxiety effect.",
            "role_swap": "A 2017 rat study reported that diazepam boosted Selank's anti-anxiety effect under chronic stress.",
            "evidence_level": "A 2017 study in patients reported that Selank boosted diazepam's anti-anxiety effect under chronic stress.",
        },
    },
    {
        "article": B,
        "reused": True,
        "sentence": "At the mechanism level, the 2018 receptor study and the 2017 tuftsin review describe how Selank engages the GABA system and where it sits among related peptides.",
        "faithful": [
            "The 2018 receptor study and the 2017 tuftsin review describe how Selank works on the GABA system and where it fits among related peptides.",
            "How Selank engages the GABA system is described at the mechanism level by the 2018 receptor study and the 2017 review of tuftsin.",
            "Where Selank sits among related peptides is described by two mechanism-level sources, a 2018 receptor study and a 2017 tuftsin review.",
        ],
        "changed": {
            "evidence_level": "At the clinical level, the 2018 receptor study and the 2017 tuftsin review describe how Selank works on the GABA system.",
            "number": "The 2018 receptor study and the 2019 tuftsin review describe how Selank works on the GABA system and where it fits among related peptides.",
            "substitution_rare": "The 2018 receptor study and the 2017 tuftsin review describe how Selank works on the serotonin system and where it fits among related peptides.",
        },
    },
    {
        "article": B,
        "reused": True,
        "sentence": "At the clinical level, the human data come from a small set of trials run in Russia.",
        "faithful": [
            "The human data on Selank come from a few trials run in Russia.",
            "A small number of Russian trials provide the clinical data in humans.",
            "Selank's clinical evidence in people comes from a small set of trials in Russia.",
        ],
        "changed": {
            "antonym": "The human data on Selank come from a large set of trials run in Russia.",
            "added_detail": "The human data on Selank come from a few placebo-controlled trials run in Russia.",
            "name_swap": "The human data on Selank come from a few trials run in China.",
        },
    },
    {
        "article": B,
        "reused": True,
        "sentence": "Given the available research, Selank is most often discussed in the context of anxiety, stress resilience, and related mood and cognitive symptoms.",
        "faithful": [
            "Selank is most often discussed in relation to anxiety.",
            "Based on the available research, anxiety, stress resilience and related mood and thinking symptoms are where Selank is most often discussed.",
            "Given the research so far, Selank is mostly talked about for anxiety and stress resilience.",
        ],
        "changed": {
            "list_swap": "Given the available research, Selank is most often discussed in the context of anxiety, stress resilience and pain.",
            "evidence_level": "Given the available research, Selank is most often prescribed for anxiety, stress resilience and related mood and cognitive symptoms.",
            "hedge_dropped": "Selank is only discussed in the context of anxiety, stress resilience and related mood and cognitive symptoms.",
        },
    },
    {
        "article": B,
        "reused": True,
        "sentence": "The trials also describe a nootropic angle, meaning possible support for attention and mental clarity, and the tuftsin lineage has prompted interest in immune-related signaling, though that line of work is earlier still.",
        "faithful": [
            "The trials also point to a possible nootropic benefit for attention and mental clarity.",
            "Interest in immune-related signaling comes from Selank's tuftsin lineage, though that work is at an even earlier stage.",
            "Selank might support attention and mental clarity, the trials describe, and its tuftsin origin has led to interest in immune signaling, a line of work that is earlier still.",
        ],
        "changed": {
            "hedge_dropped": "The trials show that Selank supports attention and mental clarity.",
            "antonym": "The tuftsin lineage has prompted interest in immune-related signaling, and that line of work is more advanced.",
            "list_swap": "The trials also describe a nootropic angle, meaning possible support for attention and sleep.",
        },
    },
    {
        "article": B,
        "reused": True,
        "sentence": "Whether a peptide like Selank is appropriate for any individual depends on a full clinical picture, existing medications, and a physician's judgment.",
        "faithful": [
            "Whether Selank is right for a person depends on their full clinical picture, current medications and a doctor's judgment.",
            "A physician's judgment is one of the things that decide whether a peptide like Selank suits a given person.",
            "Existing medications and the full clinical picture, along with a physician's judgment, decide whether Selank is appropriate for someone.",
        ],
        "changed": {
            "list_swap": "Whether Selank is right for a person depends on their full clinical picture, their age and a doctor's judgment.",
            "substitution_everyday": "Whether Selank is right for a person depends on their full clinical picture, current medications and a nurse's judgment.",
            "negation_added": "Whether Selank is right for a person depends on their full clinical picture and a doctor's judgment, not on their current medications.",
        },
    },
    {
        "article": B,
        "reused": True,
        "sentence": "Many of these compounds are investigational and not approved for the uses described in all jurisdictions. Any treatment decision should be made with a qualified physician.",
        "faithful": [
            "Many of these compounds are experimental and not approved for the described uses in every jurisdiction. Treatment decisions should be made with a qualified doctor.",
            "Any decision about treatment should involve a qualified physician, since many of these compounds are investigational.",
            "Many such compounds are still investigational and are not approved everywhere for the uses described.",
        ],
        "changed": {
            "negation_dropped": "Many of these compounds are investigational but approved for the uses described in all jurisdictions. Treatment decisions should be made with a qualified doctor.",
            "substitution_everyday": "Many of these compounds are investigational and not approved everywhere. Treatment decisions should be made with a pharmacist.",
            "added_detail": "Many of these compounds are investigational and not approved for the uses described in the United States or Europe.",
        },
    },
    # ------------------------------------------------------------------ C (reused)
    {
        "article": C,
        "reused": True,
        "sentence": "Selank and Semax are both Russian-developed research peptides from the Institute of Molecular Genetics, and both have nootropic and neuroprotective properties. They are frequently compared because they are often used together.",
        "faithful": [
            "Selank and Semax both come from Russia's Institute of Molecular Genetics and both have nootropic and neuroprotective properties. They are often compared because they are often used together.",
            "Because Selank and Semax are often used together, they are frequently compared.",
            "Both Selank and Semax, research peptides developed in Russia at the Institute of Molecular Genetics, have neuroprotective properties.",
        ],
        "changed": {
            "name_swap": "Selank and Semax both come from Russia's Pavlov Institute of Physiology and both have nootropic and neuroprotective properties.",
            "role_swap": "Selank and Semax are often used together because they are frequently compared.",
            "list_swap": "Selank and Semax both come from Russia's Institute of Molecular Genetics and both have nootropic and anti-inflammatory properties.",
        },
    },
    {
        "article": C,
        "reused": True,
        "sentence": "Selank is derived from tuftsin and has primary activity in anxiety modulation and immune function, with secondary cognitive effects.",
        "faithful": [
            "Selank comes from tuftsin and works mainly on anxiety and immune function, with secondary effects on thinking.",
            "Selank, which is derived from tuftsin, has secondary cognitive effects.",
            "Anxiety modulation and immune function are where Selank is mainly active; its cognitive effects are secondary, and it is derived from tuftsin.",
        ],
        "changed": {
            "role_swap": "Selank comes from tuftsin and works mainly on cognition, with secondary effects on anxiety and immune function.",
            # merge: ACTH(4-7) is the parent of Semax, in the next bullet
            "merge": "Selank comes from ACTH(4-7) and works mainly on anxiety and immune function, with secondary cognitive effects.",
            "list_swap": "Selank comes from tuftsin and works mainly on anxiety and sleep, with secondary cognitive effects.",
        },
    },
    {
        "article": C,
        "reused": True,
        "sentence": "Both Selank and Semax emerged from decades of Soviet-era and post-Soviet neuropharmacology research at the Russian Academy of Sciences.",
        "faithful": [
            "Selank and Semax came out of decades of Soviet-era and post-Soviet brain drug research at the Russian Academy of Sciences.",
            "Decades of neuropharmacology research at the Russian Academy of Sciences, in Soviet and post-Soviet times, produced both Selank and Semax.",
            "Semax, like Selank, emerged from Soviet-era and post-Soviet research at the Russian Academy of Sciences.",
        ],
        "changed": {
            "name_swap": "Selank and Semax came out of decades of Soviet-era and post-Soviet neuropharmacology research at Moscow State University.",
            "number": "Selank and Semax came out of a single decade of Soviet-era and post-Soviet neuropharmacology research at the Russian Academy of Sciences.",
            "added_detail": "Selank and Semax came out of decades of Soviet-era and post-Soviet research at the Russian Academy of Sciences, led by Igor Ashmarin.",
        },
    },
    {
        "article": C,
        "reused": True,
        "sentence": "Selank has also been documented to increase BDNF (brain derived neurotrophic factor, the primary growth factor for synapse formation, neuroplasticity, and neuron survival in the central nervous system) expression in published preclinical research. This BDNF upregulation may contribute to the anxiolytic and stress-buffering effects observed in clinical research.",
        "faithful": [
            "Published preclinical research has documented that Selank raises BDNF expression. This may contribute to the anti-anxiety and stress-buffering effects seen in clinical research.",
            "The BDNF increase seen with Selank in preclinical studies might help explain the anxiety-reducing and stress-buffering effects observed clinically.",
            "Selank increases BDNF, the main growth factor for synapse formation and neuron survival in the central nervous system, according to published preclinical research.",
        ],
        "changed": {
            "evidence_level": "Published clinical research has documented that Selank raises BDNF expression. This may contribute to its anti-anxiety and stress-buffering effects.",
            "hedge_dropped": "Selank raises BDNF expression in preclinical research, and this BDNF increase produces the anti-anxiety and stress-buffering effects seen in clinical research.",
            "list_swap": "Selank raises BDNF expression in preclinical research. This may contribute to the anti-anxiety and sleep-improving effects seen in clinical research.",
        },
    },
    {
        "article": C,
        "reused": True,
        "sentence": "The Russian clinical research literature documents Selank's use in anxiety disorder research, where it produced anxiolytic effects with a different side effect profile than benzodiazepine class compounds - notably without the sedation and cognitive impairment commonly associated with GABAergic anxiolytics.",
        "faithful": [
            "Russian clinical research documents that Selank reduced anxiety with a different side effect profile from benzodiazepines.",
            "In anxiety disorder research, Selank relieved anxiety without the sedation commonly seen with GABAergic anxiety drugs, the Russian clinical literature documents.",
            "Selank's side effects differ from those of benzodiazepines: in Russian clinical research on anxiety disorders it did not cause the sedation and cognitive impairment usually linked to GABAergic anxiolytics.",
        ],
        "changed": {
            "list_swap": "Russian clinical research documents that Selank reduced anxiety without the sedation and weight gain commonly linked to GABAergic anxiolytics.",
            "evidence_level": "Russian animal research documents that Selank reduced anxiety with a different side effect profile from benzodiazepines.",
            "added_detail": "Russian clinical research documents that Selank reduced anxiety as strongly as benzodiazepines, with a different side effect profile.",
        },
    },
    {
        "article": C,
        "reused": True,
        "sentence": "Semax also modulates dopaminergic (relating to the dopamine neurotransmitter system, involved in motivation, working memory, and executive function) and serotonergic (relating to the serotonin system, involved in mood, sleep, and cognition) signaling.",
        "faithful": [
            "Semax also affects dopamine and serotonin signaling.",
            "Semax modulates serotonin signaling, which is involved in mood, sleep and cognition.",
            "Dopamine signaling, which plays a part in motivation, working memory and executive function, is also modulated by Semax.",
        ],
        "changed": {
            "role_swap": "Semax also modulates dopamine signaling, involved in mood, sleep and cognition, and serotonin signaling, involved in motivation and working memory.",
            "list_swap": "Semax also modulates dopamine signaling, which is involved in motivation, working memory and appetite.",
            "substitution_rare": "Semax also modulates glutamatergic and serotonergic signaling.",
        },
    },
    {
        "article": C,
        "reused": True,
        "sentence": "Selank-mediated anxiety reduction may allow BDNF expression to recover toward baseline. Semax directly drives BDNF upregulation through a different pathway.",
        "faithful": [
            "By reducing anxiety, Selank may let BDNF expression recover toward baseline. Semax raises BDNF directly through another pathway.",
            "Semax drives BDNF up directly by a different route, while Selank's anxiety reduction may allow BDNF to recover toward baseline.",
            "BDNF expression might recover toward baseline when Selank reduces anxiety.",
        ],
        "changed": {
            "hedge_dropped": "By reducing anxiety, Selank lets BDNF expression recover toward baseline. Semax raises BDNF directly through another pathway.",
            "role_swap": "Semax's anxiety reduction may let BDNF expression recover toward baseline, while Selank raises BDNF directly through another pathway.",
            "antonym": "By reducing anxiety, Selank may let BDNF expression recover toward baseline. Semax raises BDNF directly through the same pathway.",
        },
    },
    {
        "article": C,
        "reused": True,
        "sentence": "Semax tends to produce stimulatory and activating effects - consistent with its dopaminergic and BDNF-driven mechanisms.",
        "faithful": [
            "Semax tends to have stimulating, activating effects, which fits its dopamine and BDNF-driven mechanisms.",
            "Consistent with how it acts on dopamine and BDNF, Semax usually produces activating effects.",
            "Semax's tendency to produce stimulating effects matches its dopaminergic mechanism.",
        ],
        "changed": {
            "causal": "Semax produces stimulating, activating effects because of its dopaminergic and BDNF-driven mechanisms.",
            # merge: the GABAergic mechanism is Selank's, in the sentence before
            "merge": "Semax tends to have stimulating, activating effects, which fits its GABAergic and BDNF-driven mechanisms.",
            "hedge_dropped": "Semax always produces stimulating, activating effects, which fits its dopamine and BDNF-driven mechanisms.",
        },
    },
    {
        "article": C,
        "reused": True,
        "sentence": "This route exploits the olfactory pathway for direct CNS delivery, bypassing the blood brain barrier challenge that would otherwise limit CNS bioavailability for peptides of this size.",
        "faithful": [
            "Intranasal delivery uses the olfactory pathway to reach the CNS directly, getting around the blood brain barrier.",
            "By going through the olfactory pathway, the nasal route avoids the blood brain barrier problem that would otherwise limit how much of a peptide this size reaches the CNS.",
            "The blood brain barrier would otherwise limit CNS bioavailability for peptides of this size; intranasal delivery bypasses it via the olfactory pathway.",
        ],
        "changed": {
            "condition_dropped": "Intranasal delivery bypasses the blood brain barrier, which would otherwise limit CNS bioavailability for peptides of any size.",
            "substitution_rare": "Intranasal delivery uses the trigeminal pathway to reach the CNS directly, getting around the blood brain barrier.",
            "added_detail": "Intranasal delivery uses the olfactory pathway to reach the CNS directly, getting around the blood brain barrier and doubling CNS bioavailability.",
        },
    },
    {
        "article": C,
        "reused": True,
        "sentence": "Researchers report meaningfully different subjective and objective response profiles between the two compounds.",
        "faithful": [
            "Researchers report clearly different subjective and objective responses to Selank and Semax.",
            "Selank and Semax produce meaningfully different response profiles, both subjective and objective, according to researchers.",
            "Researchers report that the subjective response profiles of Selank and Semax differ meaningfully.",
        ],
        "changed": {
            "antonym": "Researchers report similar subjective and objective responses to Selank and Semax.",
            "evidence_level": "Controlled trials report clearly different subjective and objective responses to Selank and Semax.",
        },
    },
    # ------------------------------------------------------------------ D (reused)
    {
        "article": D,
        "reused": True,
        "sentence": "Selank is generally considered to have a favorable safety profile, with few reported side effects. When they occur, they are typically mild and may include nasal irritation (from the spray), mild headache, or temporary fatigue.",
        "faithful": [
            "Selank is generally seen as safe, with few reported side effects. Those that occur are usually mild and may include nasal irritation, mild headache or temporary tiredness.",
            "Side effects of Selank are few and usually mild, and they can include a mild headache.",
            "When side effects happen, such as nose irritation from the spray or short-lived fatigue, they are typically mild, and Selank is generally considered to have a favorable safety profile.",
        ],
        "changed": {
            "hedge_dropped": "Selank has a favorable safety profile, with few reported side effects. Those that occur are usually mild and may include nasal irritation or mild headache.",
            "list_swap": "Selank is generally seen as safe, with few reported side effects. Those that occur are usually mild and may include nasal irritation, mild headache or nausea.",
            "antonym": "Selank is generally seen as safe, though with many reported side effects. Those that occur are usually mild and may include nasal irritation or mild headache.",
        },
    },
    {
        "article": D,
        "reused": True,
        "sentence": "As a nootropic, it is used to improve memory, learning, focus, and mental clarity, partly by increasing Brain-Derived Neurotrophic Factor (BDNF).",
        "faithful": [
            "As a nootropic, Selank is used to improve memory and focus.",
            "Selank is used to sharpen learning and mental clarity, partly by raising BDNF.",
            "Partly by increasing BDNF, Selank is used as a nootropic to boost memory, learning, focus and mental clarity.",
        ],
        "changed": {
            "list_swap": "As a nootropic, Selank is used to improve memory, learning, focus and creativity, partly by raising BDNF.",
            # merge: NGF is named in the comparison table for Semax, not for Selank
            "merge": "As a nootropic, Selank is used to improve memory and focus, partly by raising nerve growth factor (NGF).",
            "evidence_level": "As a nootropic, Selank is approved to improve memory, learning, focus and mental clarity, partly by raising BDNF.",
        },
    },
    {
        "article": D,
        "reused": True,
        "sentence": "It works by modulating GABA, serotonin, and dopamine systems, and by inhibiting the breakdown of enkephalins in the brain.",
        "faithful": [
            "Selank works by modulating the GABA, serotonin and dopamine systems and by stopping enkephalins in the brain from being broken down.",
            "Selank blocks the breakdown of enkephalins in the brain.",
            "By inhibiting enkephalin breakdown in the brain and adjusting the GABA, serotonin and dopamine systems, Selank does its work.",
        ],
        "changed": {
            "list_swap": "Selank works by modulating the GABA, serotonin and glutamate systems and by stopping enkephalins from being broken down.",
            "antonym": "Selank works by modulating the GABA, serotonin and dopamine systems and by speeding up the breakdown of enkephalins in the brain.",
            "substitution_rare": "Selank works by modulating the GABA, serotonin and dopamine systems and by blocking the breakdown of endorphins in the brain.",
        },
    },
    {
        "article": D,
        "reused": True,
        "sentence": "Selank (Thr-Lys-Pro-Arg-Pro-Gly-Pro) is a synthetic heptapeptide, a short chain of amino acids, derived from a naturally occurring human peptide called tuftsin.",
        "faithful": [
            "Selank is a synthetic heptapeptide, a short amino acid chain, made from the natural human peptide tuftsin.",
            "Tuftsin, a naturally occurring human peptide, is the source of the synthetic heptapeptide Selank (Thr-Lys-Pro-Arg-Pro-Gly-Pro).",
            "Selank is a man-made chain of seven amino acids derived from tuftsin.",
        ],
        "changed": {
            "antonym": "Selank is a naturally occurring heptapeptide, a short amino acid chain, related to the human peptide tuftsin.",
            "number": "Selank is a synthetic hexapeptide, a short amino acid chain, made from the natural human peptide tuftsin.",
            "name_swap": "Selank is a synthetic heptapeptide, a short amino acid chain, made from the natural human hormone ACTH.",
            "added_detail": "Selank is a synthetic heptapeptide made from tuftsin, a natural human peptide released mainly in the spleen.",
        },
    },
    {
        "article": D,
        "reused": True,
        "sentence": "The peptide influences the levels of key neurotransmitters like serotonin and dopamine. By helping to normalize these chemicals, Selank can improve mood, reduce symptoms of depression, and enhance feelings of well-being.",
        "faithful": [
            "Selank affects the levels of neurotransmitters like serotonin and dopamine. By helping to normalize them, it can improve mood, ease symptoms of depression and boost well-being.",
            "Selank can reduce symptoms of depression by helping to normalize brain chemicals such as serotonin and dopamine.",
            "By normalizing key neurotransmitters including dopamine, Selank can enhance feelings of well-being.",
        ],
        "changed": {
            "list_swap": "Selank affects the levels of key neurotransmitters like serotonin and noradrenaline, and by normalizing them it can improve mood.",
            "hedge_dropped": "Selank affects the levels of neurotransmitters like serotonin and dopamine. By normalizing them, it improves mood and reduces symptoms of depression.",
            "evidence_level": "Clinical trials show that by normalizing serotonin and dopamine, Selank reduces symptoms of depression and improves mood.",
        },
    },
    {
        "article": D,
        "reused": True,
        "sentence": "It appears to do this by allosterically modulating GABA-A receptors, which is similar in effect to benzodiazepines but without binding to the same sites, thus avoiding many of the associated negative side effects.",
        "faithful": [
            "Selank appears to allosterically modulate GABA-A receptors, with an effect similar to benzodiazepines but without binding the same sites.",
            "By not binding where benzodiazepines bind, Selank seems to avoid many of their negative side effects, while its allosteric action on GABA-A receptors has a similar effect.",
            "Selank seems to work through allosteric modulation of GABA-A receptors.",
        ],
        "changed": {
            "hedge_dropped": "Selank works by allosterically modulating GABA-A receptors, with an effect similar to benzodiazepines but without binding the same sites.",
            "negation_dropped": "Selank appears to allosterically modulate GABA-A receptors by binding to the same sites as benzodiazepines, with a similar effect.",
            "substitution_rare": "Selank appears to allosterically modulate GABA-B receptors, with an effect similar to benzodiazepines but without binding the same sites.",
        },
    },
    {
        "article": D,
        "reused": True,
        "sentence": "It helps normalize the body's cortisol response, which is particularly beneficial for individuals under chronic stress.",
        "faithful": [
            "Selank helps normalize the body's cortisol response, which especially helps people under chronic stress.",
            "People under chronic stress benefit in particular from Selank's help in normalizing the cortisol response.",
            "Selank helps bring the body's cortisol response back to normal.",
        ],
        "changed": {
            "substitution_everyday": "Selank helps normalize the body's blood sugar response, which especially helps people under chronic stress.",
            "antonym": "Selank helps normalize the body's cortisol response, which especially helps people under short-term stress.",
            # merge: IL-6 is the cytokine of the immune bullet, not the stress response
            "merge": "Selank helps normalize the body's IL-6 response, which especially helps people under chronic stress.",
        },
    },
    {
        "article": D,
        "reused": True,
        "sentence": "The peptide can improve concentration and mental clarity, which may be beneficial for those with ADHD symptoms or brain fog.",
        "faithful": [
            "Selank can improve concentration and mental clarity, which might help people with ADHD symptoms or brain fog.",
            "People with brain fog may benefit from Selank, which can improve concentration.",
            "Selank can sharpen focus and clear thinking, and this may help those with symptoms of ADHD.",
        ],
        "changed": {
            "hedge_dropped": "Selank can improve concentration and mental clarity, which helps people with ADHD symptoms or brain fog.",
            "list_swap": "Selank can improve concentration and mental clarity, which might help people with ADHD symptoms or dementia.",
            "evidence_level": "Clinical trials show that Selank improves concentration in people with ADHD symptoms or brain fog.",
        },
    },
    {
        "article": D,
        "reused": True,
        "sentence": "Selank is not stable when taken orally and is therefore typically administered as either a subcutaneous (SubQ) injection or an intranasal spray to allow it to cross the blood-brain barrier effectively.",
        "faithful": [
            "Because Selank is not stable when swallowed, it is usually given as an injection under the skin or a nasal spray.",
            "To cross the blood-brain barrier effectively, Selank is typically given as a nasal spray or subcutaneous injection, since it is unstable taken by mouth.",
            "Selank is usually given as a nasal spray because it is not stable orally.",
        ],
        "changed": {
            "list_swap": "Because Selank is not stable when swallowed, it is usually given as an intramuscular injection or a nasal spray.",
            "added_detail": "Because stomach acid breaks it down, Selank is usually given as an injection under the skin or a nasal spray.",
            "negation_dropped": "Selank is stable when taken orally, but it is usually given as an injection under the skin or a nasal spray to cross the blood-brain barrier.",
        },
    },
    {
        "article": D,
        "reused": True,
        "sentence": "Because Selank affects neurotransmitters like serotonin, it should only be used under physician supervision, especially if you are taking other neuroactive medications like SSRIs or benzodiazepines.",
        "faithful": [
            "Selank should only be used under a doctor's supervision because it affects neurotransmitters like serotonin.",
            "People taking other neuroactive drugs such as SSRIs or benzodiazepines especially should use Selank only under physician supervision.",
            "Since Selank acts on serotonin among other neurotransmitters, it should be used only with a physician watching, particularly alongside SSRIs.",
        ],
        "changed": {
            "list_swap": "Selank should only be used under a doctor's supervision, especially by people taking neuroactive drugs like SSRIs or antipsychotics.",
            "substitution_everyday": "Because Selank affects neurotransmitters like serotonin, it should only be used under a pharmacist's supervision.",
            "negation_added": "Because Selank affects serotonin, it should not be used by anyone taking other neuroactive medications like SSRIs or benzodiazepines.",
        },
    },
    # ------------------------------------------------------------------ E (reused)
    {
        "article": E,
        "reused": True,
        "sentence": "Benzodiazepines are the most prescribed class of anxiolytics in the world. They also come with a known cost: sedation, motor impairment, cognitive dulling, anterograde amnesia, dependence, and a withdrawal syndrome that can be medically dangerous.",
        "faithful": [
            "Benzodiazepines are the world's most prescribed anxiety drugs. They also come with known costs, including sedation, motor impairment and a withdrawal syndrome that can be medically dangerous.",
            "Known downsides of benzodiazepines, the most prescribed anxiolytics in the world, include cognitive dulling and dependence.",
            "The withdrawal syndrome of benzodiazepines can be medically dangerous.",
        ],
        "changed": {
            "venue_or_comparator": "Benzodiazepines are the most prescribed class of anxiolytics in the United States. They come with known costs, including sedation and dependence.",
            "hedge_dropped": "Benzodiazepines are the world's most prescribed anxiety drugs, and their withdrawal syndrome is medically dangerous.",
            "list_swap": "Benzodiazepines are the world's most prescribed anxiety drugs. They come with known costs, including sedation, weight gain and dependence.",
        },
    },
    {
        "article": E,
        "reused": True,
        "sentence": "Benzodiazepines act on GABA-A receptors at a well-characterized allosteric site.",
        "faithful": [
            "Benzodiazepines work at a well-understood allosteric site on GABA-A receptors.",
            "A well-characterized allosteric site on GABA-A receptors is where benzodiazepines act.",
            "Benzodiazepines act on GABA-A receptors.",
        ],
        "changed": {
            "antonym": "Benzodiazepines act on GABA-A receptors at a poorly characterized allosteric site.",
            "role_swap": "Selank acts on GABA-A receptors at a well-characterized allosteric site.",
            "substitution_rare": "Benzodiazepines act on GABA-B receptors at a well-characterized allosteric site.",
        },
    },
    {
        "article": E,
        "reused": True,
        "sentence": "Chronic potentiation of GABA-A signaling triggers compensatory downregulation; abrupt discontinuation leaves the system hyperexcitable, producing the rebound-anxiety and withdrawal-seizure spectrum that defines benzodiazepine discontinuation syndrome[9][10].",
        "faithful": [
            "Chronic boosting of GABA-A signaling by benzodiazepines triggers compensatory downregulation.",
            "When benzodiazepines are stopped abruptly, the system is left hyperexcitable, producing the rebound anxiety and withdrawal seizures that define benzodiazepine discontinuation syndrome.",
            "Compensatory downregulation is triggered by long-term potentiation of GABA-A signaling, and abrupt discontinuation then leaves the system overexcitable.",
        ],
        "changed": {
            "condition_dropped": "Stopping benzodiazepines leaves the system hyperexcitable, producing rebound anxiety and withdrawal seizures.",
            "antonym": "Chronic boosting of GABA-A signaling by benzodiazepines triggers compensatory upregulation.",
            "substitution_everyday": "When benzodiazepines are stopped abruptly, the system is left hyperexcitable, producing rebound anxiety and withdrawal headaches.",
        },
    },
    {
        "article": E,
        "reused": True,
        "sentence": "Selank is a metabolically stabilized analog of tuftsin (Thr–Lys–Pro–Arg), a four-residue immunomodulatory peptide originally characterized as a fragment of the IgG heavy chain[11].",
        "faithful": [
            "Selank is a stabilized version of tuftsin, a 4-residue immune-modulating peptide.",
            "Tuftsin, first described as a fragment of the IgG heavy chain, is a four-residue immunomodulatory peptide, and Selank is a metabolically stabilized analog of it.",
            "Selank is an analog of tuftsin (Thr-Lys-Pro-Arg) that has been made more stable against metabolism.",
        ],
        "changed": {
            "number": "Selank is a stabilized version of tuftsin, a five-residue immune-modulating peptide.",
            "substitution_rare": "Selank is a stabilized version of tuftsin, a four-residue peptide first described as a fragment of the IgM heavy chain.",
            "added_detail": "Selank is a stabilized version of tuftsin, a four-residue immune peptide released mainly in the spleen.",
        },
    },
    {
        "article": E,
        "reused": True,
        "sentence": "The precise binding biochemistry — whether Selank acts directly on GABA-A pentamers, on an upstream GABAergic regulator, or via the enkephalin pathway discussed below — remains less completely characterized than the BZD-site model.",
        "faithful": [
            "Selank's exact binding biochemistry is less fully characterized than the benzodiazepine-site model.",
            "Whether Selank acts directly on GABA-A pentamers, on an upstream GABA regulator or through the enkephalin pathway is less completely characterized than the BZD-site model.",
            "Compared with the BZD-site model, less is known about how Selank binds, including whether it works via an upstream GABAergic regulator.",
        ],
        "changed": {
            "antonym": "Selank's exact binding biochemistry is more fully characterized than the benzodiazepine-site model.",
            "list_swap": "Whether Selank acts on GABA-B receptors, on an upstream GABAergic regulator or via the enkephalin pathway is less completely characterized than the BZD-site model.",
            "causal": "Selank's exact binding biochemistry is less fully characterized than the benzodiazepine-site model, because no receptor-binding studies have been published.",
        },
    },
    {
        "article": E,
        "reused": True,
        "sentence": "All three are in Russian-language journals; all three come from labs within the Ashmarin–Myasoedov institutional network.",
        "faithful": [
            "All three head-to-head reports were published in Russian-language journals.",
            "The three reports all come from labs in the Ashmarin-Myasoedov network and appear in Russian-language journals.",
            "Each of the three Selank reports came from a lab within the Ashmarin–Myasoedov institutional network.",
        ],
        "changed": {
            "number": "Two of the three head-to-head reports were published in Russian-language journals.",
            # merge: the Sikirić group at Zagreb is the BPC-157 example in the limitations section
            "merge": "All three head-to-head reports were published in Russian-language journals and come from labs in the Sikirić network.",
            "added_detail": "All three head-to-head reports were published in Russian-language journals and were funded by the Russian government.",
        },
    },
    {
        "article": E,
        "reused": True,
        "sentence": "No withdrawal syndrome was reported on Selank discontinuation; the paper does not establish dependence-syndrome equivalence definitively, but the absence is consistent across follow-up.",
        "faithful": [
            "No withdrawal syndrome was reported when Selank was stopped in the Zozulya trial.",
            "The Zozulya paper does not definitively establish dependence-syndrome equivalence, but the absence of withdrawal was consistent across follow-up.",
            "Across follow-up, there was consistently no withdrawal syndrome after Selank was stopped, though the paper does not settle the dependence question definitively.",
        ],
        "changed": {
            "negation_dropped": "No withdrawal syndrome was reported when Selank was stopped, and the paper definitively establishes that Selank causes no dependence.",
            "antonym": "No withdrawal syndrome was reported when Selank was stopped, but the absence was inconsistent across follow-up.",
            "added_detail": "No withdrawal syndrome was reported when Selank was stopped, and the absence was consistent across a six-month follow-up.",
        },
    },
    {
        "article": E,
        "reused": True,
        "sentence": "Volkova 2016 is a review and synthesis rather than a primary head-to-head trial.",
        "faithful": [
            "The Volkova 2016 paper is a review and synthesis, not a primary head-to-head trial.",
            "Rather than a primary trial comparing the drugs directly, Volkova 2016 is a review.",
            "Volkova and colleagues' 2016 paper synthesizes earlier work instead of being a primary head-to-head trial.",
        ],
        "changed": {
            "role_swap": "The Volkova 2016 paper is a primary head-to-head trial rather than a review and synthesis.",
            "number": "The Volkova 2018 paper is a review and synthesis, not a primary head-to-head trial.",
            # name_swap: Zozulya 2008 is the primary head-to-head trial against medazepam
            "name_swap": "The Zozulya 2008 paper is a review and synthesis, not a primary head-to-head trial.",
        },
    },
    {
        "article": E,
        "reused": True,
        "sentence": "The mechanistic prediction is clean: if the α1-mediated effects (sedation, amnesia, motor impairment) require the benzodiazepine site, and Selank does not occupy that site, then those effects should not appear. The Russian clinical record is consistent with the prediction.",
        "faithful": [
            "If alpha-1-mediated effects like sedation, amnesia and motor impairment need the benzodiazepine site, and Selank does not occupy it, those effects should not appear. The Russian clinical record is consistent with this prediction.",
            "The Russian clinical record fits the prediction that, if sedation, amnesia and motor impairment require the benzodiazepine site and Selank does not occupy that site, Selank should not produce those effects.",
            "The Russian clinical record matches the clean mechanistic prediction.",
        ],
        "changed": {
            "hedge_dropped": "If alpha-1-mediated effects like sedation and amnesia need the benzodiazepine site and Selank does not occupy it, those effects should not appear. The Russian clinical record proves this prediction.",
            "list_swap": "If alpha-1-mediated effects like sedation, amnesia and nausea need the benzodiazepine site and Selank does not occupy it, those effects should not appear.",
            "venue_or_comparator": "The prediction is that Selank, which does not occupy the benzodiazepine site, should not cause sedation or amnesia. The Western clinical record is consistent with the prediction.",
        },
    },
    {
        "article": E,
        "reused": True,
        "sentence": "Long-term Selank use, acute panic, alcohol-withdrawal management, seizure-prophylaxis indications, and pediatric/geriatric populations are not part of the comparative record.",
        "faithful": [
            "The comparative record does not cover long-term Selank use or acute panic.",
            "Children and older adults are not part of the comparative record for Selank.",
            "Alcohol-withdrawal management and seizure prevention are not covered by the Selank-benzodiazepine comparisons.",
        ],
        "changed": {
            "negation_dropped": "Long-term Selank use and acute panic are part of the comparative record.",
            "list_swap": "Long-term Selank use, acute panic and neurasthenia are not part of the comparative record.",
            "causal": "Long-term Selank use and pediatric populations are not part of the comparative record because of ethical restrictions.",
        },
    },
]
