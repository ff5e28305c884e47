"""Fourth seed-article near-miss probe for the grounder (written blind).

Same shape as ``grounding_probe3.py``: an article under shared/articles, one sentence (or a
verbatim stretch of one) copied from it, and one-detail-changed versions (must not be
``supported``), labelled by the kind of change. ``faithful`` is a list of two claims, both of
which must be ``supported``: a light restatement and a real paraphrase as a summarising model
would write it (reordered, synonyms, hedges kept at the same strength, numbers and names kept).
None of these sentences is used in ``grounding_probe.py``, ``grounding_probe2.py`` or
``grounding_probe3.py``. The entries were written before the grounder was run on them and none
was picked or dropped by how it does; ``split_of`` (sha256 of the sentence) divides them into a
``tune`` half, which rules may be fitted to, and a ``test`` half, read once at the end.
"""

# The sentences are verbatim, so Greek letters, en dashes and curly quotes from the articles stay.
# ruff: noqa: RUF001

from __future__ import annotations

from probe_articles import A, B, C, D, E, split_of

__all__ = ["PROBE", "split_of"]

PROBE: list[dict[str, object]] = [
    {
        "article": A,
        "sentence": "Tufsin is a tetrapeptide (Thr-Lys-Pro-Arg) that your body naturally produces — a fragment of the heavy chain of immunoglobulin G, released primarily in the spleen.",
        "faithful": [
            "Tufsin is a tetrapeptide (Thr-Lys-Pro-Arg) that the body naturally produces, a fragment of the heavy chain of immunoglobulin G released primarily in the spleen.",
            "Released mainly in the spleen, tufsin is a naturally produced tetrapeptide (Thr-Lys-Pro-Arg) that forms a fragment of the immunoglobulin G heavy chain.",
        ],
        "changed": {
            "antonym": "Tufsin is a tetrapeptide (Thr-Lys-Pro-Arg) that your body naturally produces, a fragment of the light chain of immunoglobulin G, released primarily in the spleen.",
            "name": "Tufsin is a tetrapeptide (Thr-Lys-Pro-Arg) that your body naturally produces, a fragment of the heavy chain of immunoglobulin M, released primarily in the spleen.",
            "substitution": "Tufsin is a tetrapeptide (Thr-Lys-Pro-Arg) that your body naturally produces, a fragment of the heavy chain of immunoglobulin G, released primarily in the liver.",
        },
    },
    {
        "article": A,
        "sentence": "Selank is a synthetic peptide that emerged from Russian neuropharmacology research in the 1990s, and it approaches anxiety through a mechanism that sidesteps the problems above.",
        "faithful": [
            "Selank is a synthetic peptide that emerged from Russian neuropharmacology research in the 1990s.",
            "Coming out of Russian neuropharmacology research in the 1990s, the synthetic peptide Selank approaches anxiety through a mechanism that sidesteps those problems.",
        ],
        "changed": {
            "number": "Selank is a synthetic peptide that emerged from Russian neuropharmacology research in the 1970s.",
            "antonym": "Selank is a natural peptide that emerged from Russian neuropharmacology research in the 1990s.",
            # merge: 2009 is the year of Russian approval, from a different sentence of the article
            "merge": "Selank is a synthetic peptide that emerged from Russian neuropharmacology research in 2009.",
        },
    },
    {
        "article": A,
        "sentence": "In animal models, Selank produces anxiolytic effects comparable in magnitude to benzodiazepines in standard behavioral tests (the elevated plus maze, the open field test, the Vogel conflict test) without producing sedation, motor impairment, or tolerance with repeated dosing.",
        "faithful": [
            "In animal models, Selank produces anxiolytic effects comparable in magnitude to benzodiazepines in standard behavioral tests without producing sedation, motor impairment, or tolerance.",
            "In standard behavioral tests on animals, including the elevated plus maze, the open field test and the Vogel conflict test, Selank's anxiolytic effects match benzodiazepines in magnitude, without sedation, motor impairment or tolerance on repeated dosing.",
        ],
        "changed": {
            "evidence_level": "In healthy volunteers, Selank produces anxiolytic effects comparable in magnitude to benzodiazepines without producing sedation, motor impairment, or tolerance.",
            "comparator": "In animal models, Selank produces anxiolytic effects comparable in magnitude to SSRIs in standard behavioral tests without producing sedation, motor impairment, or tolerance.",
            "negation_dropped": "In animal models, Selank produces anxiolytic effects comparable in magnitude to benzodiazepines in standard behavioral tests while producing sedation, motor impairment, and tolerance with repeated dosing.",
        },
    },
    {
        "article": A,
        "sentence": "Research published in Doklady Biological Sciences showed that Selank modulates the expression of multiple cytokines and chemokines — not suppressing immune function broadly, but rather shifting the balance of inflammatory signaling.",
        "faithful": [
            "Research published in Doklady Biological Sciences showed that Selank modulates the expression of multiple cytokines and chemokines, shifting the balance of inflammatory signaling.",
            "According to research in Doklady Biological Sciences, Selank alters the expression of several cytokines and chemokines, rebalancing inflammatory signaling rather than broadly suppressing immune function.",
        ],
        "changed": {
            "venue": "Research published in the Bulletin of Experimental Biology and Medicine showed that Selank modulates the expression of multiple cytokines and chemokines, shifting the balance of inflammatory signaling.",
            "negation_dropped": "Research published in Doklady Biological Sciences showed that Selank modulates the expression of multiple cytokines and chemokines, suppressing immune function broadly.",
            "quantifier": "Research published in Doklady Biological Sciences showed that Selank modulates the expression of only one cytokine, shifting the balance of inflammatory signaling.",
        },
    },
    {
        "article": A,
        "sentence": "It has been used clinically for generalized anxiety disorder and as an adjunct in the treatment of neurasthenia (a diagnosis more commonly used in Russian and Eastern European psychiatry, roughly corresponding to anxiety-fatigue syndromes in Western terminology).",
        "faithful": [
            "It has been used clinically for generalized anxiety disorder and as an adjunct in the treatment of neurasthenia.",
            "Clinically, it has been used for generalized anxiety disorder and as an add-on treatment for neurasthenia, a diagnosis more common in Russian and Eastern European psychiatry that roughly corresponds to Western anxiety-fatigue syndromes.",
        ],
        "changed": {
            "role_swap": "It has been used clinically for neurasthenia and as an adjunct in the treatment of generalized anxiety disorder.",
            "substitution": "It has been used clinically for generalized anxiety disorder and as an adjunct in the treatment of insomnia.",
            "name": "It has been used clinically for generalized anxiety disorder and as an adjunct in the treatment of neurasthenia, a diagnosis more commonly used in North American psychiatry.",
        },
    },
    {
        "article": A,
        "sentence": "Selank is derived from tufsin (an immunomodulatory peptide), while Semax is derived from ACTH (an adrenal hormone fragment).",
        "faithful": [
            "Selank is derived from tufsin, while Semax is derived from ACTH.",
            "Semax comes from ACTH, an adrenal hormone fragment, whereas Selank comes from the immunomodulatory peptide tufsin.",
        ],
        "changed": {
            "role_swap": "Selank is derived from ACTH, while Semax is derived from tufsin.",
            "name": "Selank is derived from tufsin, while Semax is derived from oxytocin.",
            # merge: the immunoglobulin G heavy-chain origin belongs to tufsin, not ACTH
            "merge": "Selank is derived from tufsin, while Semax is derived from ACTH, a fragment of the heavy chain of immunoglobulin G.",
        },
    },
    {
        "article": A,
        "sentence": "Studies examining chronic dosing in animal models found sustained anxiolytic efficacy without the dose escalation that characterizes benzodiazepine tolerance.",
        "faithful": [
            "Studies examining chronic dosing in animal models found sustained anxiolytic efficacy without dose escalation.",
            "In animal models given chronic dosing, studies found that anxiolytic efficacy was sustained without the dose escalation typical of benzodiazepine tolerance.",
        ],
        "changed": {
            "evidence_level": "Studies examining chronic dosing in human patients found sustained anxiolytic efficacy without dose escalation.",
            "direction": "Studies examining chronic dosing in animal models found declining anxiolytic efficacy without dose escalation.",
            "negation_dropped": "Studies examining chronic dosing in animal models found sustained anxiolytic efficacy, but with the dose escalation that characterizes benzodiazepine tolerance.",
        },
    },
    {
        "article": A,
        "sentence": "Oral delivery would likely result in significant degradation by digestive enzymes before reaching systemic circulation, and parenteral injection, while possible, does not offer the same direct CNS access.",
        "faithful": [
            "Oral delivery would likely result in significant degradation by digestive enzymes before reaching systemic circulation.",
            "Significant degradation by digestive enzymes before reaching systemic circulation would probably follow oral delivery, and parenteral injection, though possible, lacks the same direct CNS access.",
        ],
        "changed": {
            "hedge_dropped": "Oral delivery results in significant degradation by digestive enzymes before reaching systemic circulation.",
            "substitution": "Oral delivery would likely result in significant degradation by liver enzymes before reaching systemic circulation.",
            "role_swap": "Parenteral injection would likely result in significant degradation by digestive enzymes before reaching systemic circulation, and oral delivery, while possible, does not offer the same direct CNS access.",
        },
    },
    {
        "article": B,
        "sentence": "Because of its tuftsin lineage, Selank has also been studied for immune-signaling and nootropic (attention and memory) effects.",
        "faithful": [
            "Because of its tuftsin lineage, Selank has also been studied for immune-signaling and nootropic effects.",
            "Selank's descent from tuftsin is why it has also been studied for nootropic effects on attention and memory and for immune-signaling effects.",
        ],
        "changed": {
            "name": "Because of its thymosin lineage, Selank has also been studied for immune-signaling and nootropic effects.",
            "substitution": "Because of its tuftsin lineage, Selank has also been studied for immune-signaling and analgesic effects.",
            "certainty_added": "Because of its tuftsin lineage, Selank has also been shown to have immune-signaling and nootropic effects.",
        },
    },
    {
        "article": B,
        "sentence": "Because it is a tuftsin analogue, researchers have studied Selank not only for its calming effects but also for related effects on mood, attention, and immune signaling.",
        "faithful": [
            "Because it is a tuftsin analogue, researchers have studied Selank not only for its calming effects but also for effects on mood, attention, and immune signaling.",
            "As an analogue of tuftsin, Selank has been studied by researchers for related effects on mood, attention and immune signaling as well as for its calming effects.",
        ],
        "changed": {
            "quantifier": "Because it is a tuftsin analogue, researchers have studied Selank only for its calming effects.",
            "substitution": "Because it is a tuftsin analogue, researchers have studied Selank not only for its calming effects but also for related effects on mood, attention, and blood pressure.",
            "antonym": "Because it is a tuftsin analogue, researchers have studied Selank not only for its stimulating effects but also for related effects on mood, attention, and immune signaling.",
        },
    },
    {
        "article": B,
        "sentence": "In the literature it is most often described as an anxiolytic peptide, a compound aimed at lowering anxiety.",
        "faithful": [
            "In the literature it is most often described as an anxiolytic peptide.",
            "The literature most commonly describes it as an anxiolytic peptide, meaning a compound aimed at lowering anxiety.",
        ],
        "changed": {
            "quantifier": "In the literature it is rarely described as an anxiolytic peptide.",
            "substitution": "In the literature it is most often described as a nootropic peptide.",
            "certainty_added": "In the literature it is proven to be an anxiolytic peptide, a compound that lowers anxiety.",
        },
    },
    {
        "article": B,
        "sentence": "That lineage is why Selank has been examined for effects beyond anxiety, including attention and immune signaling.",
        "faithful": [
            "That lineage is why Selank has been examined for effects beyond anxiety.",
            "Its lineage explains why Selank has been looked at for effects other than anxiety, such as attention and immune signaling.",
        ],
        "changed": {
            "quantifier": "That lineage is why Selank has been examined only for anxiety, not for attention or immune signaling.",
            "negation_added": "That lineage is why Selank has been examined for effects beyond anxiety, including attention but not immune signaling.",
            # merge: the 62 patients belong to the 2008 medazepam trial, not to the lineage-driven work
            "merge": "That lineage is why Selank has been examined for effects beyond anxiety, including attention and immune signaling, in 62 patients.",
        },
    },
    {
        "article": B,
        "sentence": "At the clinical level, the human data come from a small set of trials run in Russia.",
        "faithful": [
            "The human data come from a small set of trials run in Russia.",
            "Clinically, the data in humans come from a few trials conducted in Russia.",
        ],
        "changed": {
            "quantifier": "At the clinical level, the human data come from a large set of trials run in Russia.",
            "name": "At the clinical level, the human data come from a small set of trials run in Ukraine.",
            "evidence_level": "At the clinical level, the human data come from a small set of trials in healthy volunteers run in Russia.",
        },
    },
    {
        "article": B,
        "sentence": "Given the available research, Selank is most often discussed in the context of anxiety, stress resilience, and related mood and cognitive symptoms.",
        "faithful": [
            "Selank is most often discussed in the context of anxiety, stress resilience, and related mood and cognitive symptoms.",
            "On the research available, discussion of Selank centres mostly on anxiety, stress resilience and related mood and cognitive symptoms.",
        ],
        "changed": {
            "certainty_added": "Given the available research, Selank is proven effective for anxiety, stress resilience, and related mood and cognitive symptoms.",
            "scope": "Given the available research, Selank is most often discussed in the context of anxiety, stress resilience, and all mood and cognitive disorders.",
            "antonym": "Given the available research, Selank is most often discussed in the context of anxiety, stress vulnerability, and related mood and cognitive symptoms.",
        },
    },
    {
        "article": B,
        "sentence": "The trials also describe a nootropic angle, meaning possible support for attention and mental clarity",
        "faithful": [
            "The trials also describe a nootropic angle, possible support for attention and mental clarity.",
            "A nootropic angle, meaning possible support for mental clarity and attention, is also described in the trials.",
        ],
        "changed": {
            "hedge_dropped": "The trials also describe a nootropic angle, meaning support for attention and mental clarity.",
            # merge: persistence for about a week after the last dose is said of the calming benefit in the 2014 trial
            "merge": "The trials also describe a nootropic angle, meaning possible support for attention and mental clarity that persisted for about a week after the last dose.",
            "evidence_level": "Animal studies also describe a nootropic angle, meaning possible support for attention and mental clarity.",
        },
    },
    {
        "article": B,
        "sentence": "Whether a peptide like Selank is appropriate for any individual depends on a full clinical picture, existing medications, and a physician's judgment.",
        "faithful": [
            "Whether a peptide like Selank is appropriate for an individual depends on a full clinical picture, existing medications, and a physician's judgment.",
            "A physician's judgment, existing medications and the full clinical picture determine whether a peptide such as Selank suits any given individual.",
        ],
        "changed": {
            "substitution": "Whether a peptide like Selank is appropriate for any individual depends on a full clinical picture, existing medications, and a pharmacist's judgment.",
            "negation_added": "Whether a peptide like Selank is appropriate for any individual depends on a full clinical picture and a physician's judgment, not on existing medications.",
            "quantifier": "Whether a peptide like Selank is appropriate for any individual depends only on a physician's judgment.",
        },
    },
    {
        "article": C,
        "sentence": "Both peptides have been evaluated in Russian clinical settings, with Selank showing stronger anxiolytic data and Semax showing stronger nootropic and neuroprotective data.",
        "faithful": [
            "Both peptides have been evaluated in Russian clinical settings, with Selank showing stronger anxiolytic data and Semax stronger nootropic data.",
            "In Russian clinical settings, where both were evaluated, Semax has shown stronger nootropic and neuroprotective data and Selank stronger anxiolytic data.",
        ],
        "changed": {
            "role_swap": "Both peptides have been evaluated in Russian clinical settings, with Semax showing stronger anxiolytic data and Selank showing stronger nootropic and neuroprotective data.",
            "substitution": "Both peptides have been evaluated in Russian clinical settings, with Selank showing stronger anxiolytic data and Semax showing stronger nootropic and cardioprotective data.",
            "name": "Both peptides have been evaluated in American clinical settings, with Selank showing stronger anxiolytic data and Semax showing stronger nootropic and neuroprotective data.",
        },
    },
    {
        "article": C,
        "sentence": "Semax is registered for stroke recovery and cognitive impairment.",
        "faithful": [
            "Semax is registered for stroke recovery.",
            "Stroke recovery and cognitive impairment are the indications for which Semax is registered.",
        ],
        "changed": {
            "name": "Selank is registered for stroke recovery and cognitive impairment.",
            "negation_added": "Semax is registered for cognitive impairment but not for stroke recovery.",
            # merge: anxiety disorders is Selank's registration, from the neighbouring sentence
            "merge": "Semax is registered for anxiety disorders and cognitive impairment.",
        },
    },
    {
        "article": C,
        "sentence": "Unlike classic benzodiazepines, Selank does not appear to bind directly to the GABA-A receptor (the ionotropic inhibitory receptor that benzodiazepines potentiate) but instead modulates the availability and metabolism of endogenous GABA receptor ligands",
        "faithful": [
            "Unlike classic benzodiazepines, Selank does not appear to bind directly to the GABA-A receptor but instead modulates the availability and metabolism of endogenous GABA receptor ligands.",
            "Selank, unlike classic benzodiazepines, seems not to bind the GABA-A receptor directly; instead it modulates how available endogenous GABA receptor ligands are and how they are metabolised.",
        ],
        "changed": {
            "negation_dropped": "Like classic benzodiazepines, Selank appears to bind directly to the GABA-A receptor rather than modulating the availability of endogenous GABA receptor ligands.",
            "hedge_dropped": "Unlike classic benzodiazepines, Selank does not bind directly to the GABA-A receptor but instead modulates the availability and metabolism of endogenous GABA receptor ligands.",
            "antonym": "Unlike classic benzodiazepines, Selank does not appear to bind directly to the GABA-A receptor, the ionotropic excitatory receptor that benzodiazepines potentiate.",
        },
    },
    {
        "article": C,
        "sentence": "Semax (ACTH(4-7)PGP, a synthetic heptapeptide derived from the ACTH fragment 4-7 with a proline-glycine-proline extension that increases stability and CNS penetration) acts through multiple documented CNS mechanisms.",
        "faithful": [
            "Semax, a synthetic heptapeptide derived from the ACTH fragment 4-7 with a proline-glycine-proline extension, acts through multiple documented CNS mechanisms.",
            "A synthetic heptapeptide, Semax (ACTH(4-7)PGP) is derived from ACTH fragment 4-7 plus a proline-glycine-proline extension that raises stability and CNS penetration, and it acts through several documented CNS mechanisms.",
        ],
        "changed": {
            "number": "Semax, a synthetic heptapeptide derived from the ACTH fragment 4-9 with a proline-glycine-proline extension, acts through multiple documented CNS mechanisms.",
            "number_word": "Semax, a synthetic hexapeptide derived from the ACTH fragment 4-7 with a proline-glycine-proline extension, acts through multiple documented CNS mechanisms.",
            "direction": "Semax is a synthetic heptapeptide derived from the ACTH fragment 4-7 with a proline-glycine-proline extension that reduces stability and CNS penetration.",
        },
    },
    {
        "article": C,
        "sentence": "The Russian clinical research literature documents Selank's use in anxiety disorder research, where it produced anxiolytic effects with a different side effect profile than benzodiazepine class compounds - notably without the sedation and cognitive impairment commonly associated with GABAergic anxiolytics.",
        "faithful": [
            "The Russian clinical research literature documents Selank's use in anxiety disorder research, where it produced anxiolytic effects without the sedation and cognitive impairment commonly associated with GABAergic anxiolytics.",
            "According to the Russian clinical literature, Selank produced anxiolytic effects in anxiety disorder research with a side effect profile unlike benzodiazepines, notably lacking the sedation and cognitive impairment often seen with GABAergic anxiolytics.",
        ],
        "changed": {
            "negation_dropped": "The Russian clinical research literature documents Selank's use in anxiety disorder research, where it produced anxiolytic effects along with the sedation and cognitive impairment commonly associated with GABAergic anxiolytics.",
            "antonym": "The Russian clinical research literature documents Selank's use in anxiety disorder research, where it produced anxiolytic effects with a similar side effect profile to benzodiazepine class compounds.",
            "name": "The Western clinical research literature documents Selank's use in anxiety disorder research, where it produced anxiolytic effects without the sedation and cognitive impairment commonly associated with GABAergic anxiolytics.",
        },
    },
    {
        "article": C,
        "sentence": "The compounds share some mechanistic overlap (both modulate enkephalin breakdown and BDNF to varying degrees) but are generally studied for different primary endpoints.",
        "faithful": [
            "The compounds share some mechanistic overlap but are generally studied for different primary endpoints.",
            "Although both modulate enkephalin breakdown and BDNF to varying degrees, giving some mechanistic overlap, the compounds are generally studied for different primary endpoints.",
        ],
        "changed": {
            "antonym": "The compounds share some mechanistic overlap but are generally studied for the same primary endpoints.",
            "substitution": "The compounds share some mechanistic overlap (both modulate dopamine breakdown and BDNF to varying degrees) but are generally studied for different primary endpoints.",
            "quantifier": "The compounds share near-complete mechanistic overlap but are generally studied for different primary endpoints.",
        },
    },
    {
        "article": C,
        "sentence": "Selank was developed with anxiolytic research as the primary goal - its molecular design drew from the sequence of the endogenous immunomodulatory peptide tuftsin, with modifications targeting anxiety-relevant mechanisms.",
        "faithful": [
            "Selank was developed with anxiolytic research as the primary goal, its molecular design drawing from the sequence of the endogenous immunomodulatory peptide tuftsin.",
            "Anxiolytic research was the main goal behind Selank, whose molecular design borrowed the sequence of the body's own immunomodulatory peptide tuftsin, modified to target anxiety-relevant mechanisms.",
        ],
        "changed": {
            "substitution": "Selank was developed with cognitive enhancement research as the primary goal, its molecular design drawing from the sequence of the endogenous immunomodulatory peptide tuftsin.",
            # merge: ACTH is the origin of Semax, from a different sentence of the article
            "merge": "Selank was developed with anxiolytic research as the primary goal, its molecular design drawing from the sequence of ACTH.",
            "negation_added": "Selank was developed with anxiolytic research as the primary goal, its molecular design drawing from the sequence of tuftsin without modifications.",
        },
    },
    {
        "article": C,
        "sentence": "Both Selank and Semax emerged from decades of Soviet-era and post-Soviet neuropharmacology research at the Russian Academy of Sciences.",
        "faithful": [
            "Both Selank and Semax emerged from decades of neuropharmacology research at the Russian Academy of Sciences.",
            "Selank and Semax both came out of decades of Soviet-era and post-Soviet research in neuropharmacology at the Russian Academy of Sciences.",
        ],
        "changed": {
            "name": "Both Selank and Semax emerged from decades of neuropharmacology research at Moscow State University.",
            "unit": "Both Selank and Semax emerged from a few years of Soviet-era and post-Soviet neuropharmacology research at the Russian Academy of Sciences.",
            "substitution": "Both Selank and Semax emerged from decades of Soviet-era and post-Soviet immunology research at the Russian Academy of Sciences.",
        },
    },
    {
        "article": D,
        "sentence": "It works by modulating GABA, serotonin, and dopamine systems, and by inhibiting the breakdown of enkephalins in the brain.",
        "faithful": [
            "It works by modulating GABA, serotonin, and dopamine systems, and by inhibiting the breakdown of enkephalins.",
            "It acts by inhibiting the breakdown of enkephalins in the brain and by modulating the GABA, serotonin and dopamine systems.",
        ],
        "changed": {
            "direction": "It works by modulating GABA, serotonin, and dopamine systems, and by accelerating the breakdown of enkephalins in the brain.",
            "substitution": "It works by modulating GABA, serotonin, and glutamate systems, and by inhibiting the breakdown of enkephalins in the brain.",
            "role_swap": "It works by modulating enkephalin, serotonin, and dopamine systems, and by inhibiting the breakdown of GABA in the brain.",
        },
    },
    {
        "article": D,
        "sentence": "Selank is approved for treating Generalized Anxiety Disorder in Russia but is not approved by the U.S. FDA.",
        "faithful": [
            "Selank is approved for treating Generalized Anxiety Disorder in Russia but not by the U.S. FDA.",
            "Although Russia has approved Selank for Generalized Anxiety Disorder, the U.S. FDA has not.",
        ],
        "changed": {
            "negation_dropped": "Selank is approved for treating Generalized Anxiety Disorder in Russia and by the U.S. FDA.",
            "scope": "Selank is approved for treating all anxiety disorders in Russia but is not approved by the U.S. FDA.",
            "role_swap": "Selank is approved for treating Generalized Anxiety Disorder by the U.S. FDA but is not approved in Russia.",
        },
    },
    {
        "article": D,
        "sentence": "Unlike traditional anti-anxiety medications like benzodiazepines, Selank is noted for not causing sedation, dependence, or withdrawal symptoms.",
        "faithful": [
            "Unlike benzodiazepines, Selank is noted for not causing sedation, dependence, or withdrawal symptoms.",
            "Selank, in contrast to traditional anti-anxiety drugs such as benzodiazepines, is noted for causing no sedation, dependence or withdrawal symptoms.",
        ],
        "changed": {
            "negation_dropped": "Like traditional anti-anxiety medications such as benzodiazepines, Selank is noted for causing sedation, dependence, or withdrawal symptoms.",
            "comparator": "Unlike SSRIs, Selank is noted for not causing sedation, dependence, or withdrawal symptoms.",
            # merge: nasal irritation is listed elsewhere in the article as a possible side effect
            "merge": "Unlike traditional anti-anxiety medications like benzodiazepines, Selank is noted for not causing sedation, dependence, or nasal irritation.",
        },
    },
    {
        "article": D,
        "sentence": "Selank enhances the effect of GABA (gamma-aminobutyric acid), the brain's main inhibitory neurotransmitter, which promotes calmness and reduces anxiety.",
        "faithful": [
            "Selank enhances the effect of GABA, the brain's main inhibitory neurotransmitter, which promotes calmness and reduces anxiety.",
            "GABA (gamma-aminobutyric acid), the brain's main inhibitory neurotransmitter, promotes calmness and reduces anxiety, and Selank enhances its effect.",
        ],
        "changed": {
            "antonym": "Selank enhances the effect of GABA, the brain's main excitatory neurotransmitter, which promotes calmness and reduces anxiety.",
            "direction": "Selank reduces the effect of GABA, the brain's main inhibitory neurotransmitter, which promotes calmness and reduces anxiety.",
            "name": "Semax enhances the effect of GABA, the brain's main inhibitory neurotransmitter, which promotes calmness and reduces anxiety.",
        },
    },
    {
        "article": D,
        "sentence": "By helping to normalize these chemicals, Selank can improve mood, reduce symptoms of depression, and enhance feelings of well-being.",
        "faithful": [
            "By helping to normalize these chemicals, Selank can improve mood and reduce symptoms of depression.",
            "Selank, by helping normalize these chemicals, can enhance feelings of well-being, lift mood and reduce depressive symptoms.",
        ],
        "changed": {
            "hedge_dropped": "By normalizing these chemicals, Selank improves mood, reduces symptoms of depression, and enhances feelings of well-being.",
            "substitution": "By helping to normalize these chemicals, Selank can improve mood, reduce symptoms of psychosis, and enhance feelings of well-being.",
            "quantifier": "By helping to normalize these chemicals, Selank can improve mood and reduce symptoms of depression in all users.",
        },
    },
    {
        "article": D,
        "sentence": "Users report a reduction in feelings of stress and anxiety, including social anxiety, leading to a greater sense of calm and well-being.",
        "faithful": [
            "Users report a reduction in feelings of stress and anxiety, including social anxiety.",
            "Reduced feelings of stress and anxiety, social anxiety included, are reported by users, leading to a greater sense of calm and well-being.",
        ],
        "changed": {
            "evidence_level": "Clinical trials report a reduction in feelings of stress and anxiety, including social anxiety.",
            "substitution": "Users report a reduction in feelings of stress and anxiety, including panic attacks, leading to a greater sense of calm and well-being.",
            "quantifier": "Only a few users report a reduction in feelings of stress and anxiety, including social anxiety.",
        },
    },
    {
        "article": D,
        "sentence": "When they occur, they are typically mild and may include nasal irritation (from the spray), mild headache, or temporary fatigue.",
        "faithful": [
            "When they occur, they are typically mild and may include nasal irritation, mild headache, or temporary fatigue.",
            "They are usually mild when they occur, and may include temporary fatigue, mild headache or nasal irritation from the spray.",
        ],
        "changed": {
            "antonym": "When they occur, they are typically severe and may include nasal irritation, mild headache, or temporary fatigue.",
            "substitution": "When they occur, they are typically mild and may include nasal irritation, mild headache, or temporary insomnia.",
            "quantifier": "When they occur, they are always mild and may include nasal irritation, mild headache, or temporary fatigue.",
        },
    },
    {
        "article": D,
        "sentence": "As a nootropic, it is used to improve memory, learning, focus, and mental clarity, partly by increasing Brain-Derived Neurotrophic Factor (BDNF).",
        "faithful": [
            "As a nootropic, it is used to improve memory, learning, focus, and mental clarity, partly by increasing BDNF.",
            "It is used as a nootropic for better memory, learning, focus and mental clarity, an effect partly due to increased Brain-Derived Neurotrophic Factor (BDNF).",
        ],
        "changed": {
            "direction": "As a nootropic, it is used to improve memory, learning, focus, and mental clarity, partly by decreasing Brain-Derived Neurotrophic Factor (BDNF).",
            "scope": "As a nootropic, it is used to improve memory, learning, focus, and mental clarity, entirely by increasing Brain-Derived Neurotrophic Factor (BDNF).",
            "name": "As a nootropic, it is used to improve memory, learning, focus, and mental clarity, partly by increasing Nerve Growth Factor (NGF).",
        },
    },
    {
        "article": E,
        "sentence": "Benzodiazepines (diazepam, alprazolam, lorazepam, clonazepam, medazepam, and dozens more) bind a specific allosteric site on the GABA-A receptor: the benzodiazepine site, which sits at the interface of the α and γ2 subunits of pentameric GABA-A pentamers.",
        "faithful": [
            "Benzodiazepines bind a specific allosteric site on the GABA-A receptor, the benzodiazepine site, which sits at the interface of the α and γ2 subunits.",
            "The benzodiazepine site, a specific allosteric site on the GABA-A receptor at the interface of its α and γ2 subunits, is where benzodiazepines such as diazepam, alprazolam, lorazepam, clonazepam and medazepam bind.",
        ],
        "changed": {
            "name": "Benzodiazepines bind a specific allosteric site on the GABA-A receptor, the benzodiazepine site, which sits at the interface of the α and β2 subunits.",
            "substitution": "Benzodiazepines bind a specific orthosteric site on the GABA-A receptor, the benzodiazepine site, which sits at the interface of the α and γ2 subunits.",
            "quantifier": "Benzodiazepines (diazepam, alprazolam, lorazepam, clonazepam, medazepam, and a handful more) bind a specific allosteric site on the GABA-A receptor.",
        },
    },
    {
        "article": E,
        "sentence": "the same molecular event produces a bundle of effects from the same drug: anxiolysis (α2/α3 subtypes), sedation and motor impairment (α1), amnesia (α1 again), and muscle relaxation (multiple subtypes)",
        "faithful": [
            "The same molecular event produces a bundle of effects from the same drug: anxiolysis (α2/α3 subtypes), sedation and motor impairment (α1), amnesia (α1), and muscle relaxation (multiple subtypes).",
            "One molecular event yields a bundle of effects from a single drug, with anxiolysis tied to the α2/α3 subtypes, sedation, motor impairment and amnesia to α1, and muscle relaxation to multiple subtypes.",
        ],
        "changed": {
            "role_swap": "The same molecular event produces a bundle of effects from the same drug: sedation and motor impairment (α2/α3 subtypes) and anxiolysis (α1).",
            "number": "The same molecular event produces a bundle of effects from the same drug: anxiolysis (α2/α3 subtypes), sedation and motor impairment (α1), amnesia (α5), and muscle relaxation (multiple subtypes).",
            "quantifier": "The same molecular event produces a bundle of effects from the same drug: anxiolysis (α2/α3 subtypes), sedation and motor impairment (α1), amnesia (α1), and muscle relaxation (a single subtype).",
        },
    },
    {
        "article": E,
        "sentence": "Selank is a metabolically stabilized analog of tuftsin (Thr–Lys–Pro–Arg), a four-residue immunomodulatory peptide originally characterized as a fragment of the IgG heavy chain",
        "faithful": [
            "Selank is a metabolically stabilized analog of tuftsin, a four-residue immunomodulatory peptide originally characterized as a fragment of the IgG heavy chain.",
            "Tuftsin (Thr–Lys–Pro–Arg), a four-residue immunomodulatory peptide first characterized as a fragment of the IgG heavy chain, is the peptide of which Selank is a metabolically stabilized analog.",
        ],
        "changed": {
            "number_word": "Selank is a metabolically stabilized analog of tuftsin, a five-residue immunomodulatory peptide originally characterized as a fragment of the IgG heavy chain.",
            "name": "Selank is a metabolically stabilized analog of tuftsin, a four-residue immunomodulatory peptide originally characterized as a fragment of the IgA heavy chain.",
            # merge: Volkova and colleagues (2016) wrote the comparative analysis, not the characterization of tuftsin
            "merge": "Selank is a metabolically stabilized analog of tuftsin, a four-residue immunomodulatory peptide originally characterized by Volkova and colleagues (2016).",
        },
    },
    {
        "article": E,
        "sentence": "The headline finding reported in the paper is that intranasal Selank reached an anxiolytic response in the same range as medazepam",
        "faithful": [
            "The paper's headline finding is that intranasal Selank reached an anxiolytic response in the same range as medazepam.",
            "Intranasal Selank achieved an anxiolytic response comparable to medazepam, according to the paper's headline finding.",
        ],
        "changed": {
            "comparator": "The headline finding reported in the paper is that intranasal Selank reached an anxiolytic response in the same range as diazepam.",
            "substitution": "The headline finding reported in the paper is that oral Selank reached an anxiolytic response in the same range as medazepam.",
            "antonym": "The headline finding reported in the paper is that intranasal Selank reached an anxiolytic response well below that of medazepam.",
        },
    },
    {
        "article": E,
        "sentence": "Selank’s anxiolytic activity is comparable in clinical magnitude to short-course benzodiazepine therapy in the specific indications studied (generalized anxiety disorder, neurasthenia).",
        "faithful": [
            "Selank’s anxiolytic activity is comparable in clinical magnitude to short-course benzodiazepine therapy in the indications studied.",
            "In the specific indications studied, generalized anxiety disorder and neurasthenia, the anxiolytic activity of Selank matches short-course benzodiazepine therapy in clinical magnitude.",
        ],
        "changed": {
            "scope": "Selank’s anxiolytic activity is comparable in clinical magnitude to short-course benzodiazepine therapy across all anxiety disorders.",
            "comparator": "Selank’s anxiolytic activity is comparable in clinical magnitude to short-course buspirone therapy in the specific indications studied.",
            "substitution": "Selank’s anxiolytic activity is comparable in clinical magnitude to short-course benzodiazepine therapy in the specific indications studied (panic disorder, neurasthenia).",
        },
    },
    {
        "article": E,
        "sentence": "ClinicalTrials.gov and EudraCT do not contain registered Phase 3 trials of Selank against benzodiazepines.",
        "faithful": [
            "ClinicalTrials.gov and EudraCT contain no registered Phase 3 trials of Selank against benzodiazepines.",
            "No Phase 3 trial comparing Selank with benzodiazepines is registered in either ClinicalTrials.gov or EudraCT.",
        ],
        "changed": {
            "negation_dropped": "ClinicalTrials.gov and EudraCT contain registered Phase 3 trials of Selank against benzodiazepines.",
            "number": "ClinicalTrials.gov and EudraCT do not contain registered Phase 2 trials of Selank against benzodiazepines.",
            "venue": "The ISRCTN registry and EudraCT do not contain registered Phase 3 trials of Selank against benzodiazepines.",
        },
    },
    {
        "article": E,
        "sentence": "The majority of clinical Selank work is published in Russian, principally in Zhurnal Nevrologii i Psikhiatrii imeni S.S. Korsakova.",
        "faithful": [
            "Most clinical Selank work is published in Russian, principally in Zhurnal Nevrologii i Psikhiatrii imeni S.S. Korsakova.",
            "Zhurnal Nevrologii i Psikhiatrii imeni S.S. Korsakova is the main outlet for clinical Selank work, most of which appears in Russian.",
        ],
        "changed": {
            "venue": "The majority of clinical Selank work is published in Russian, principally in the Russian Journal of Bioorganic Chemistry.",
            "quantifier": "A small minority of clinical Selank work is published in Russian, principally in Zhurnal Nevrologii i Psikhiatrii imeni S.S. Korsakova.",
            "evidence_level": "The majority of preclinical Selank work is published in Russian, principally in Zhurnal Nevrologii i Psikhiatrii imeni S.S. Korsakova.",
        },
    },
    {
        "article": E,
        "sentence": "Long-term Selank use, acute panic, alcohol-withdrawal management, seizure-prophylaxis indications, and pediatric/geriatric populations are not part of the comparative record.",
        "faithful": [
            "Long-term Selank use, acute panic, and pediatric/geriatric populations are not part of the comparative record.",
            "The comparative record covers neither long-term use of Selank nor acute panic, alcohol-withdrawal management, seizure prophylaxis, or pediatric and geriatric populations.",
        ],
        "changed": {
            "negation_dropped": "Long-term Selank use and pediatric/geriatric populations are part of the comparative record.",
            "antonym": "Short-term Selank use, acute panic, and pediatric/geriatric populations are not part of the comparative record.",
            # merge: generalized anxiety disorder is where the comparative record is anchored (previous sentence)
            "merge": "Generalized anxiety disorder, acute panic, and pediatric/geriatric populations are not part of the comparative record.",
        },
    },
]
