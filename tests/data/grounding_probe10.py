"""Tenth seed-article near-miss probe for the grounder (written blind by a helper).

Same shape as ``grounding_probe9.py``: an article under shared/articles, a verbatim stretch of
it (one sentence, or two consecutive sentences of one paragraph), ``faithful`` (two claims that
must be ``supported``: a light restatement and a real paraphrase, hedges, numbers, names,
populations and conditions kept) and ``changed`` (two to four claims that each change exactly
one detail and must not be ``supported``), labelled by the kind of change.

New in this probe: the claims are written the way a small instruction-tuned language model
(0.5B to 1.5B parameters) summarising the article would write them, not as careful edits of the
stretch:

* short, simple sentences, often much shorter than the stretch: clauses the claim does not need
  are dropped, list items are dropped or kept, the subject is restated by name ("Selank",
  "The Zozulya trial", "The Medvedev report") where the stretch says "it" or "the trial", and
  common words stand in for rare ones ("blocks" for "inhibits", "through the nose" for
  "intranasal", "lab work" for "laboratory work");
* a faithful claim is a summary sentence an editor would accept: what it keeps, it keeps with
  every hedge, number, name, population and condition ("may", "typically", "in animal models",
  "under chronic stress", "in human serum");
* a changed claim carries the kind of error such a model makes, one per claim; the labels are
  ``number`` (digits, years, ranges, units), ``antonym``, ``name_swap`` (a drug, person,
  country, institute, journal or agency), ``hedge_dropped`` ("may", "suggests", "typically",
  "generally", "approximately", "can sometimes", "consistent with" lost while shortening),
  ``negation_added``, ``negation_dropped``, ``evidence_level`` (animal, laboratory or
  mechanistic work promoted to trials or patients, "studied" to "approved", and the reverse),
  ``condition_dropped``, ``role_swap``, ``merge`` (a detail from another part of the same
  article attached to the wrong thing), ``added_detail`` (a specific detail the article does not
  give, often from general knowledge), ``venue_or_comparator`` (a comparator, route, setting or
  source swapped), ``list_swap`` (one list item swapped for a plausible one the article does
  not give), ``causal`` (a cause stated where the article reports an association, a consistency
  or nothing), ``substitution_everyday`` and ``substitution_rare``; a second claim of one kind
  takes the suffix ``_2``.

Ten entries per article; eleven of the fifty (about a fifth) are two-sentence stretches. The
articles are used up, so every entry reuses a stretch (or contains a sentence) already used in
``grounding_probe.py`` to ``grounding_probe9.py`` and is marked ``"reused": True``; the claims
differ from those of the earlier probes (other details changed, or the same detail changed
another way). The first sentence of the benzodiazepine article's "mechanistically distinct" pair
(E) had not been used before; it is joined here to the used sentence that follows it. The
entries were written before the grounder was run on them and none was picked or dropped by how
it does; ``split_of`` (sha256 of the sentence, from ``probe_articles``) divides them into a
``tune`` half, which rules may be fitted to, and a ``test`` half, read once at the end.
"""

from __future__ import annotations

from probe_articles import A, B, C, D, E, split_of

__all__ = ["PROBE", "split_of"]

PROBE: list[dict[str, object]] = [
    # ------------------------------------------------------------------ A (reused)
    {
        "article": A,
        "reused": True,
        "sentence": "Selank was approved in Russia in 2009 as an anxiolytic medication. It has been used clinically for generalized anxiety disorder and as an adjunct in the treatment of neurasthenia (a diagnosis more commonly used in Russian and Eastern European psychiatry, roughly corresponding to anxiety-fatigue syndromes in Western terminology).",
        "faithful": [
            "Selank was approved in Russia in 2009 as an anxiolytic. It has been used for generalized anxiety disorder and as an add-on treatment for neurasthenia.",
            "Russia approved Selank as an anxiety medication in 2009. It is used clinically for generalized anxiety disorder and as an adjunct treatment for neurasthenia, a diagnosis that roughly matches anxiety-fatigue syndromes in Western terms.",
        ],
        "changed": {
            "number": "Selank was approved in Russia in 2007 as an anxiolytic. It has been used for generalized anxiety disorder and as an add-on treatment for neurasthenia.",
            "antonym": "Selank was approved in Russia in 2009 as an anxiolytic. It has been used for generalized anxiety disorder and as a stand-alone treatment for neurasthenia.",
            "list_swap": "Selank was approved in Russia in 2009 as an anxiolytic. It has been used for panic disorder and as an add-on treatment for neurasthenia.",
            "name_swap": "Selank was approved in Russia in 2009 as an anxiolytic. Neurasthenia, which it treats as an add-on, is a diagnosis mostly used in Western European psychiatry.",
        },
    },
    {
        "article": A,
        "reused": True,
        "sentence": "Russian clinical studies have reported efficacy comparable to benzodiazepines for anxiety reduction, with superior tolerability — no sedation, no cognitive impairment, no dependence.",
        "faithful": [
            "Russian clinical studies have reported that Selank works as well as benzodiazepines for anxiety, with better tolerability.",
            "According to Russian clinical studies, Selank reduces anxiety about as well as benzodiazepines and is better tolerated, with no sedation, no cognitive impairment and no dependence.",
        ],
        "changed": {
            "evidence_level": "Russian animal studies have reported that Selank works as well as benzodiazepines for anxiety, with better tolerability.",
            "list_swap": "Russian clinical studies have reported that Selank works as well as benzodiazepines for anxiety, with no sedation, no headaches and no dependence.",
            "venue_or_comparator": "Russian clinical studies have reported that Selank works as well as buspirone for anxiety, with better tolerability.",
            "negation_dropped": "Russian clinical studies have reported that Selank works as well as benzodiazepines for anxiety, with no sedation or cognitive impairment but with dependence.",
        },
    },
    {
        "article": A,
        "reused": True,
        "sentence": "A clinical trial comparing Selank to medazepam (a benzodiazepine) found similar anxiolytic efficacy with significantly fewer side effects in the Selank group.",
        "faithful": [
            "A clinical trial found that Selank worked about as well as medazepam for anxiety, with significantly fewer side effects.",
            "In a trial against the benzodiazepine medazepam, Selank reduced anxiety to a similar degree and caused significantly fewer side effects.",
        ],
        "changed": {
            "added_detail": "A clinical trial found that Selank worked about as well as medazepam for anxiety, with about half as many side effects.",
            "name_swap": "A clinical trial found that Selank worked about as well as diazepam for anxiety, with significantly fewer side effects.",
            "evidence_level": "An animal study found that Selank worked about as well as medazepam for anxiety, with significantly fewer side effects.",
            # merge: the 10-15 minute onset is what behavioral studies of the intranasal route observe
            "merge": "A clinical trial found that Selank worked about as well as medazepam for anxiety, with effects within 10-15 minutes and significantly fewer side effects.",
        },
    },
    {
        "article": A,
        "reused": True,
        "sentence": "Research from the Russian Academy of Sciences demonstrated that Selank administration significantly increases BDNF mRNA expression in the hippocampus. A 2010 study by Inozemtseva and colleagues showed that this BDNF upregulation correlated with improved performance on learning and memory tasks in animal models.",
        "faithful": [
            "Selank significantly increases BDNF mRNA in the hippocampus. A 2010 study by Inozemtseva and colleagues linked this rise to better learning and memory in animal models.",
            "Russian Academy of Sciences research showed that Selank raises BDNF mRNA in the hippocampus. In animals, Inozemtseva and colleagues found in 2010 that this increase went along with better performance on learning and memory tasks.",
        ],
        "changed": {
            "causal": "Selank significantly increases BDNF mRNA in the hippocampus. A 2010 study by Inozemtseva and colleagues found that this rise caused better learning and memory in animal models.",
            # name_swap: Zozulya and colleagues are the authors of the 2008 GABA gene-expression study
            "name_swap": "Selank significantly increases BDNF mRNA in the hippocampus. A 2010 study by Zozulya and colleagues linked this rise to better learning and memory in animal models.",
            "list_swap": "Selank significantly increases BDNF mRNA in the hippocampus. A 2010 study by Inozemtseva and colleagues linked this rise to better attention and memory in animal models.",
            "substitution_rare": "Selank significantly increases BDNF mRNA in the cortex. A 2010 study by Inozemtseva and colleagues linked this rise to better learning and memory in animal models.",
        },
    },
    {
        "article": A,
        "reused": True,
        "sentence": "A 2009 study found that Selank influenced the expression of 45 genes related to immune function, with effects on T-cell signaling, innate immunity, and inflammatory pathways.",
        "faithful": [
            "A 2009 study found that Selank changed the expression of 45 immune-related genes.",
            "In a 2009 study, Selank influenced 45 genes tied to immune function, affecting T-cell signaling, innate immunity and inflammation pathways.",
        ],
        "changed": {
            # merge: 84 is the number of GABAergic-signaling genes in the 2008 Zozulya study
            "merge": "A 2009 study found that Selank changed the expression of 84 immune-related genes.",
            "number": "A 2009 study found that Selank changed the expression of 40 immune-related genes.",
            "list_swap": "In a 2009 study, Selank influenced 45 immune genes, affecting T-cell signaling, antibody production and inflammation pathways.",
            "evidence_level": "A 2009 clinical trial found that Selank changed the expression of 45 immune-related genes.",
        },
    },
    {
        "article": A,
        "reused": True,
        "sentence": "In models of immune challenge, Selank enhanced the expression of anti-inflammatory cytokines (IL-10) while modulating pro-inflammatory markers (IL-6, TNF-alpha).",
        "faithful": [
            "In immune challenge models, Selank increased the anti-inflammatory cytokine IL-10 and modulated the pro-inflammatory markers IL-6 and TNF-alpha.",
            "When the immune system was challenged in models, Selank boosted anti-inflammatory IL-10 while also adjusting pro-inflammatory IL-6 and TNF-alpha.",
        ],
        "changed": {
            "added_detail": "In immune challenge models, Selank increased IL-10 and lowered the pro-inflammatory markers IL-6 and TNF-alpha.",
            "condition_dropped": "Selank increases the anti-inflammatory cytokine IL-10 and modulates IL-6 and TNF-alpha.",
            "role_swap": "In immune challenge models, Selank increased the pro-inflammatory markers IL-6 and TNF-alpha while modulating the anti-inflammatory cytokine IL-10.",
            "evidence_level": "In patients with infections, Selank increased the anti-inflammatory cytokine IL-10 and modulated IL-6 and TNF-alpha.",
        },
    },
    {
        "article": A,
        "reused": True,
        "sentence": "The intranasal route provides rapid onset — effects are generally observed within 10-15 minutes in behavioral studies — and a duration of action of several hours.",
        "faithful": [
            "Intranasal Selank works quickly, with effects generally seen within 10-15 minutes in behavioral studies, and lasts several hours.",
            "Given through the nose, Selank acts fast: behavioral studies usually see effects in 10-15 minutes, and the effects last several hours.",
        ],
        "changed": {
            "number": "Intranasal Selank generally takes effect within 10-15 minutes in behavioral studies and lasts about a day.",
            "hedge_dropped": "Intranasal Selank always takes effect within 10-15 minutes in behavioral studies and lasts several hours.",
            "venue_or_comparator": "Selank taken by mouth generally takes effect within 10-15 minutes in behavioral studies and lasts several hours.",
            "number_2": "Intranasal Selank generally takes effect within 10-15 seconds in behavioral studies and lasts several hours.",
        },
    },
    {
        "article": A,
        "reused": True,
        "sentence": "Research published in Bioorganicheskaia Khimiia demonstrated that Selank inhibits the activity of enkephalin-degrading enzymes, effectively extending the lifespan and activity of your body's own enkephalins.",
        "faithful": [
            "Research in Bioorganicheskaia Khimiia showed that Selank blocks enzymes that break down enkephalins, so the body's own enkephalins last longer and stay active.",
            "Selank slows the enzymes that degrade enkephalins, which extends how long the body's natural enkephalins last and work, according to research in Bioorganicheskaia Khimiia.",
        ],
        "changed": {
            # name_swap: Doklady Biological Sciences is the venue the article gives for the cytokine work
            "name_swap": "Research in Doklady Biological Sciences showed that Selank blocks enzymes that break down enkephalins, so the body's own enkephalins last longer.",
            "substitution_rare": "Research in Bioorganicheskaia Khimiia showed that Selank blocks enzymes that break down endorphins, so the body's own endorphins last longer.",
            "evidence_level": "A clinical trial in Bioorganicheskaia Khimiia showed that Selank blocks enzymes that break down enkephalins, so the body's own enkephalins last longer.",
            "added_detail": "Research in Bioorganicheskaia Khimiia showed that Selank blocks enzymes that break down enkephalins, so the body's own enkephalins last longer and pain is reduced.",
        },
    },
    {
        "article": A,
        "reused": True,
        "sentence": "This matters because chronic anxiety is increasingly understood to have an inflammatory component — elevated inflammatory cytokines are consistently found in anxiety disorders, and anti-inflammatory interventions can sometimes improve anxiety symptoms.",
        "faithful": [
            "Chronic anxiety is increasingly seen as having an inflammatory component, and anti-inflammatory treatments can sometimes improve anxiety symptoms.",
            "Elevated inflammatory cytokines are consistently found in anxiety disorders, and chronic anxiety is increasingly understood to involve inflammation.",
        ],
        "changed": {
            "hedge_dropped": "Chronic anxiety is increasingly seen as having an inflammatory component, and anti-inflammatory treatments improve anxiety symptoms.",
            "causal": "Elevated inflammatory cytokines cause anxiety disorders, and anti-inflammatory treatments can sometimes improve anxiety symptoms.",
            "substitution_everyday": "Elevated inflammatory cytokines are consistently found in depression, and chronic anxiety is increasingly understood to involve inflammation.",
        },
    },
    {
        "article": A,
        "reused": True,
        "sentence": "Selank was designed by researchers at the Institute of Molecular Genetics of the Russian Academy of Sciences by attaching a Pro-Gly-Pro sequence to tufsin.",
        "faithful": [
            "Selank was made at the Institute of Molecular Genetics of the Russian Academy of Sciences by adding a Pro-Gly-Pro sequence to tufsin.",
            "Selank is tufsin with a Pro-Gly-Pro sequence attached, designed by researchers at the Institute of Molecular Genetics in Russia.",
        ],
        "changed": {
            "substitution_rare": "Selank was made at the Institute of Molecular Genetics by adding a Gly-Pro-Gly sequence to tufsin.",
            "name_swap": "Selank was made at Moscow State University by adding a Pro-Gly-Pro sequence to tufsin.",
            # merge: ACTH is the parent of Semax, in the FAQ on Selank and Semax
            "merge": "Selank was made at the Institute of Molecular Genetics by adding a Pro-Gly-Pro sequence to ACTH.",
            "added_detail": "Selank was made at the Institute of Molecular Genetics by adding a Pro-Gly-Pro sequence to tufsin, which doubled its half-life.",
        },
    },
    # ------------------------------------------------------------------ B (reused)
    {
        "article": B,
        "reused": True,
        "sentence": "In one rat study, Selank enhanced the calming effect of diazepam under chronic stress.",
        "faithful": [
            "In a rat study, Selank boosted the calming effect of diazepam under chronic stress.",
            "One study in rats found that, under chronic stress, diazepam's calming effect was stronger when Selank was added.",
        ],
        "changed": {
            "substitution_everyday": "In a mouse study, Selank boosted the calming effect of diazepam under chronic stress.",
            "negation_added": "In a rat study, Selank did not change the calming effect of diazepam under chronic stress.",
            "added_detail": "In a rat study, Selank boosted the calming effect of diazepam under chronic stress and improved memory.",
        },
    },
    {
        "article": B,
        "reused": True,
        "sentence": "A 2008 study in generalized anxiety disorder and neurasthenia compared Selank with the benzodiazepine medazepam in 62 patients and reported a comparable anxiolytic effect, with Selank also showing antiasthenic and mild stimulant effects.",
        "faithful": [
            "A 2008 study of 62 patients with generalized anxiety disorder and neurasthenia found that Selank reduced anxiety about as well as medazepam.",
            "In 62 patients with generalized anxiety disorder and neurasthenia, a 2008 study found Selank's anti-anxiety effect similar to that of the benzodiazepine medazepam, and Selank also had antiasthenic and mild stimulant effects.",
        ],
        "changed": {
            # merge: the mild nootropic effect is reported for the 2014 phenazepam trial
            "merge": "A 2008 study of 62 patients found that Selank worked about as well as medazepam for anxiety and also had a mild nootropic effect.",
            "number": "A 2008 study of 82 patients found that Selank worked about as well as medazepam for anxiety.",
            "list_swap": "A 2008 study of 62 patients with generalized anxiety disorder and panic disorder found that Selank worked about as well as medazepam.",
            "antonym": "A 2008 study of 62 patients found Selank as good as medazepam for anxiety, with antiasthenic and strong stimulant effects.",
        },
    },
    {
        "article": B,
        "reused": True,
        "sentence": "A 2014 comparative trial of 60 patients with phobic-anxiety and somatoform disorders compared Selank with phenazepam and reported a pronounced anxiolytic effect plus a mild nootropic effect, with the calming benefit persisting for about a week after the last dose.",
        "faithful": [
            "A 2014 trial of 60 patients compared Selank with phenazepam and found a strong anti-anxiety effect and a mild nootropic effect.",
            "In a 2014 trial in 60 patients with phobic-anxiety and somatoform disorders, Selank, compared with phenazepam, had a pronounced anti-anxiety effect, and the calming benefit lasted about a week after the last dose.",
        ],
        "changed": {
            "number": "A 2014 trial of 600 patients compared Selank with phenazepam and found a strong anti-anxiety effect and a mild nootropic effect.",
            "venue_or_comparator": "A 2014 trial of 60 patients compared Selank with placebo and found a strong anti-anxiety effect and a mild nootropic effect.",
            "antonym": "In a 2014 trial of 60 patients, Selank had a strong anti-anxiety effect, but the calming benefit faded soon after the last dose.",
            "added_detail": "In a 2014 trial of 60 patients, Selank's calming benefit lasted about a week after the last dose, with no withdrawal symptoms.",
        },
    },
    {
        "article": B,
        "reused": True,
        "sentence": "A 2018 laboratory study in Protein and Peptide Letters reported that Selank acts as a positive allosteric modulator of GABA receptors, meaning it enhances the activity of the brain's main calming (GABA) system.",
        "faithful": [
            "A 2018 lab study reported that Selank is a positive allosteric modulator of GABA receptors.",
            "According to a 2018 laboratory study in Protein and Peptide Letters, Selank boosts the brain's main calming system, GABA, by acting as a positive allosteric modulator of its receptors.",
        ],
        "changed": {
            "substitution_rare": "A 2018 lab study reported that Selank is a positive allosteric modulator of serotonin receptors.",
            # merge: Current Medicinal Chemistry is the venue of the 2017 tuftsin review
            "merge": "A 2018 lab study in Current Medicinal Chemistry reported that Selank is a positive allosteric modulator of GABA receptors.",
            "number": "A 2008 lab study in Protein and Peptide Letters reported that Selank is a positive allosteric modulator of GABA receptors.",
        },
    },
    {
        "article": B,
        "reused": True,
        "sentence": "These are small studies concentrated in a few research groups rather than large, independent international trials. The early human signal is consistent, but the body of evidence remains limited.",
        "faithful": [
            "The human studies of Selank are small and come from a few research groups, not large independent international trials. The early human results are consistent, but the evidence is still limited.",
            "Evidence on Selank remains limited: its human studies are small and concentrated in a few groups, though the early signal is consistent.",
        ],
        "changed": {
            "antonym": "The human studies of Selank are large and come from a few research groups. The early results are consistent, but the evidence is still limited.",
            "evidence_level": "The Selank studies are small and come from a few research groups. The early animal signal is consistent, but the evidence is still limited.",
            "added_detail": "The Selank studies are small, unblinded and come from a few research groups rather than large international trials. The early human signal is consistent, but the evidence is still limited.",
        },
    },
    {
        "article": B,
        "reused": True,
        "sentence": "This work describes biology and animal behavior, so it points to how Selank may act in people without establishing the same effect.",
        "faithful": [
            "This research covers biology and animal behavior, so it only points to how Selank may work in people.",
            "Because the work is on biology and animal behavior, it hints at how Selank might act in humans but does not prove the same effect.",
        ],
        "changed": {
            "negation_added": "This work on biology and animal behavior says nothing about how Selank may act in people.",
            "added_detail": "This work on biology and behavior in mice points to how Selank may act in people without establishing the same effect.",
            "hedge_dropped": "Biology and animal research shows how Selank acts in people.",
        },
    },
    {
        "article": B,
        "reused": True,
        "sentence": "Human evidence comes from a small set of Russian clinical trials, including studies in generalized anxiety and neurasthenia where its anxiolytic effect was comparable to benzodiazepines such as medazepam and phenazepam, with a milder side-effect profile.",
        "faithful": [
            "Human evidence for Selank comes from a small number of Russian clinical trials.",
            "In a few Russian clinical trials, including ones in generalized anxiety and neurasthenia, Selank eased anxiety about as well as benzodiazepines like medazepam and phenazepam and had milder side effects.",
        ],
        "changed": {
            "list_swap": "Human evidence comes from a few Russian clinical trials, where Selank's anti-anxiety effect was comparable to benzodiazepines such as diazepam and phenazepam.",
            "venue_or_comparator": "Human evidence comes from a small set of international clinical trials, including studies in generalized anxiety and neurasthenia.",
            "antonym": "In a few Russian clinical trials, Selank's anti-anxiety effect was weaker than that of benzodiazepines such as medazepam and phenazepam.",
            "added_detail": "In a few Russian clinical trials, Selank worked as well as benzodiazepines such as medazepam and phenazepam and took effect faster.",
        },
    },
    {
        "article": B,
        "reused": True,
        "sentence": "Selank is a synthetic peptide developed in Russia and studied mainly for anxiety and stress-related symptoms. It is a heptapeptide, meaning it is built from seven amino acids (Thr-Lys-Pro-Arg-Pro-Gly-Pro), and it is modeled on tuftsin, a naturally occurring peptide fragment with roles in immune signaling.",
        "faithful": [
            "Selank is a synthetic peptide from Russia, studied mainly for anxiety and stress. It is made of seven amino acids and is modeled on tuftsin, a natural peptide involved in immune signaling.",
            "Modeled on tuftsin, a natural peptide fragment with roles in immune signaling, Selank is a seven-amino-acid synthetic peptide developed in Russia and mostly studied for anxiety and stress-related symptoms.",
        ],
        "changed": {
            "name_swap": "Selank is a synthetic peptide from the United States, studied mainly for anxiety and stress. It is made of seven amino acids and is modeled on tuftsin.",
            "substitution_everyday": "Selank is a synthetic peptide from Russia, studied mainly for anxiety and stress. It is modeled on tuftsin, a natural peptide involved in pain signaling.",
            "number": "Selank is a synthetic peptide from Russia, studied mainly for anxiety and stress. It is made of six amino acids and is modeled on tuftsin.",
            "evidence_level": "Selank is a synthetic peptide from Russia, approved mainly for anxiety and stress. It is made of seven amino acids and is modeled on tuftsin.",
        },
    },
    {
        "article": B,
        "reused": True,
        "sentence": "This is the same broad pathway that benzodiazepines act on, though the binding appears to work differently, which the authors suggest may explain why Selank does not carry the same dependence and sedation profile as those drugs.",
        "faithful": [
            "Selank acts on the same broad pathway as benzodiazepines, but its binding appears to work differently.",
            "Selank appears to bind differently from benzodiazepines, though both act on the same broad pathway, and the authors suggest this may explain why it lacks their dependence and sedation profile.",
        ],
        "changed": {
            "list_swap": "The binding appears to work differently, which the authors suggest may explain why Selank lacks the dependence and memory-loss profile of benzodiazepines.",
            "negation_added": "Selank does not act on the same broad pathway as benzodiazepines, and its binding appears to work differently.",
            "name_swap": "The binding appears to work differently, which the FDA suggests may explain why Selank lacks the dependence and sedation profile of benzodiazepines.",
        },
    },
    {
        "article": B,
        "reused": True,
        "sentence": "Laboratory work suggests it acts as a positive modulator of the brain's GABA system, the same broad pathway that conventional anti-anxiety medications target.",
        "faithful": [
            "Lab work suggests Selank boosts the brain's GABA system, the same broad pathway that common anti-anxiety drugs target.",
            "According to laboratory work, Selank may act as a positive modulator of the brain's GABA system, which conventional anti-anxiety medications also target.",
        ],
        "changed": {
            "evidence_level": "Clinical trials suggest Selank boosts the brain's GABA system, the same pathway that common anti-anxiety drugs target.",
            "substitution_rare": "Lab work suggests Selank boosts the brain's glutamate system, the same broad pathway that common anti-anxiety drugs target.",
            "venue_or_comparator": "Lab work suggests Selank boosts the brain's GABA system, the same broad pathway that antidepressants target.",
            "hedge_dropped": "Lab work shows that Selank boosts the brain's GABA system, the same broad pathway that common anti-anxiety drugs target.",
        },
    },
    # ------------------------------------------------------------------ C (reused)
    {
        "article": C,
        "reused": True,
        "sentence": "Selank is primarily anxiolytic with secondary cognitive effects, while Semax is primarily cognitive-enhancing with secondary anxiolytic effects.",
        "faithful": [
            "Selank is mostly anxiolytic with secondary cognitive effects, and Semax is mostly cognitive-enhancing with secondary anxiolytic effects.",
            "Semax mainly improves thinking and also eases anxiety to a lesser degree, while Selank mainly eases anxiety and also helps thinking to a lesser degree.",
        ],
        "changed": {
            "negation_added": "Selank is mostly anxiolytic with secondary cognitive effects, while Semax is mostly cognitive-enhancing and has no anxiolytic effects.",
            "substitution_everyday": "Selank is mostly a sleep aid with secondary cognitive effects, while Semax is mostly cognitive-enhancing.",
            "antonym": "Selank is mostly anxiolytic, while Semax is mostly sedating with secondary anxiolytic effects.",
        },
    },
    {
        "article": C,
        "reused": True,
        "sentence": "Published Selank protocols in the Russian clinical literature use intranasal administration with dosing typically in the 200 to 900 mcg range, with cycle lengths of 2 to 4 weeks. Semax published protocols similarly use intranasal administration with doses typically ranging from 200 mcg to 600 mcg per administration, with research cycles varying by indication.",
        "faithful": [
            "Published Russian Selank protocols give it through the nose, typically at 200 to 900 mcg, in cycles of 2 to 4 weeks. Semax protocols also use the nose, typically 200 to 600 mcg per dose, with cycles that depend on the indication.",
            "Both Selank and Semax are given intranasally in published protocols: Selank typically at 200 to 900 mcg in 2 to 4 week cycles, and Semax typically at 200 to 600 mcg per administration, with cycle length varying by indication.",
        ],
        "changed": {
            "number": "Published Russian Selank protocols give it through the nose, typically at 200 to 900 mg, in cycles of 2 to 4 weeks. Semax protocols typically use 200 to 600 mcg per dose.",
            "number_2": "Selank protocols typically use 200 to 900 mcg through the nose for 2 to 4 weeks. Semax protocols typically use 100 to 600 mcg per dose.",
            "hedge_dropped": "Selank protocols always use 200 to 900 mcg through the nose for 2 to 4 weeks. Semax protocols typically use 200 to 600 mcg per dose.",
            "role_swap": "Selank protocols typically use 200 to 600 mcg through the nose for 2 to 4 weeks. Semax protocols typically use 200 to 900 mcg per dose.",
        },
    },
    {
        "article": C,
        "reused": True,
        "sentence": "In published research, Selank tends to produce sedation-adjacent effects at higher doses - consistent with its GABAergic mechanism.",
        "faithful": [
            "Published research finds that Selank tends to cause near-sedative effects at higher doses.",
            "At higher doses Selank tends toward sedation-like effects in published research, which fits its GABAergic mechanism.",
        ],
        "changed": {
            "causal": "In published research, Selank tends to produce sedation-like effects at higher doses because of its GABAergic mechanism.",
            "evidence_level": "In clinical trials, Selank tends to produce sedation-like effects at higher doses.",
            # merge: 900 mcg is the top of the published Selank dose range in the protocol section
            "merge": "In published research, Selank tends to produce sedation-like effects at doses above 900 mcg.",
        },
    },
    {
        "article": C,
        "reused": True,
        "sentence": "Selank is registered in Russia for anxiety disorders. Semax is registered for stroke recovery and cognitive impairment.",
        "faithful": [
            "In Russia, Selank is registered for anxiety disorders. Semax is registered for stroke recovery and cognitive impairment.",
            "Semax is registered for stroke recovery and cognitive problems, while Selank is registered in Russia for anxiety disorders.",
        ],
        "changed": {
            "list_swap": "Selank is registered in Russia for anxiety disorders. Semax is registered for stroke recovery and ADHD.",
            "substitution_everyday": "Selank is registered in Russia for depression. Semax is registered for stroke recovery and cognitive impairment.",
            "evidence_level": "Selank is being tested in Russia for anxiety disorders. Semax is registered for stroke recovery and cognitive impairment.",
            "added_detail": "Selank is registered in Russia for anxiety disorders and sold there without a prescription. Semax is registered for stroke recovery and cognitive impairment.",
        },
    },
    {
        "article": C,
        "reused": True,
        "sentence": "Anxiety chronically suppresses BDNF expression, particularly in the hippocampus, via the stress hormone cortisol.",
        "faithful": [
            "Over time, anxiety suppresses BDNF expression, especially in the hippocampus, through the stress hormone cortisol.",
            "Through the stress hormone cortisol, chronic anxiety lowers BDNF expression, particularly in the hippocampus.",
        ],
        "changed": {
            "substitution_rare": "Over time, anxiety suppresses BDNF expression, especially in the amygdala, through the stress hormone cortisol.",
            "antonym": "Anxiety briefly suppresses BDNF expression, especially in the hippocampus, through the stress hormone cortisol.",
            # merge: ACTH is the pituitary hormone Semax is derived from
            "merge": "Over time, anxiety suppresses BDNF expression, especially in the hippocampus, through the stress hormone ACTH.",
        },
    },
    {
        "article": C,
        "reused": True,
        "sentence": "Both compounds have published data on tolerance development with prolonged continuous use, which contributes to the cycling protocols common in the research literature.",
        "faithful": [
            "Both Selank and Semax have published data on tolerance with prolonged continuous use, which is part of why cycling protocols are common.",
            "Published data show tolerance can develop with long, continuous use of either compound, and this feeds into the cycling protocols common in research.",
        ],
        "changed": {
            "negation_added": "Selank and Semax show no tolerance with prolonged continuous use, according to published data.",
            "added_detail": "Both compounds show tolerance after about two weeks of continuous use, which contributes to cycling protocols.",
            "substitution_everyday": "Both compounds have published data on tolerance with prolonged continuous use, which contributes to the low doses common in the research literature.",
        },
    },
    {
        "article": C,
        "reused": True,
        "sentence": "Published research has not systematically evaluated the combination in controlled trials, but mechanistic reasoning from the individual compound literature suggests complementary rather than competing effects.",
        "faithful": [
            "The combination of Selank and Semax has not been systematically tested in controlled trials.",
            "No controlled trials have systematically studied combining Selank and Semax, but reasoning from each compound's mechanism suggests their effects complement rather than compete.",
        ],
        "changed": {
            "hedge_dropped": "Selank and Semax have complementary effects when combined, though controlled trials have not systematically tested this.",
            "evidence_level": "Controlled trials have not systematically tested the combination, but animal studies suggest complementary rather than competing effects.",
            "condition_dropped": "Selank and Semax have never been studied together.",
        },
    },
    {
        "article": C,
        "reused": True,
        "sentence": "Semax (ACTH(4-7)PGP, a synthetic heptapeptide derived from the ACTH fragment 4-7 with a proline-glycine-proline extension that increases stability and CNS penetration) acts through multiple documented CNS mechanisms.",
        "faithful": [
            "Semax is a synthetic heptapeptide made from the ACTH fragment 4-7 plus a proline-glycine-proline extension.",
            "Semax, a man-made seven-amino-acid peptide based on ACTH(4-7), has a proline-glycine-proline tail that makes it more stable and better at entering the CNS, and it works through several documented CNS mechanisms.",
        ],
        "changed": {
            # merge: tuftsin is the parent peptide of Selank
            "merge": "Semax is a synthetic heptapeptide made from tuftsin plus a proline-glycine-proline extension.",
            "list_swap": "Semax has a proline-glycine-proline extension that increases its stability and oral absorption.",
            "number": "Semax is a synthetic heptapeptide from the ACTH fragment 4-7 that acts through a single documented CNS mechanism.",
        },
    },
    {
        "article": C,
        "reused": True,
        "sentence": "Both peptides have been evaluated in Russian clinical settings, with Selank showing stronger anxiolytic data and Semax showing stronger nootropic and neuroprotective data.",
        "faithful": [
            "Both Selank and Semax have been tested in Russian clinical settings.",
            "In Russian clinical settings, Selank's data are stronger for anxiety, while Semax's are stronger for nootropic and neuroprotective effects.",
        ],
        "changed": {
            "evidence_level": "Both peptides have been tested in Russian animal studies, with Selank showing stronger anti-anxiety data and Semax stronger nootropic and neuroprotective data.",
            "antonym": "In Russian clinical settings, Selank showed weaker anxiolytic data and Semax showed stronger nootropic and neuroprotective data.",
            "added_detail": "Both peptides have been tested in large Russian clinical trials.",
        },
    },
    {
        "article": C,
        "reused": True,
        "sentence": "Unlike classic benzodiazepines, Selank does not appear to bind directly to the GABA-A receptor (the ionotropic inhibitory receptor that benzodiazepines potentiate) but instead modulates the availability and metabolism of endogenous GABA receptor ligands, including enkephalins (endogenous opioid peptides that modulate pain, stress, and anxiety signaling).",
        "faithful": [
            "Unlike benzodiazepines, Selank does not appear to bind directly to the GABA-A receptor.",
            "Selank seems not to bind the GABA-A receptor directly as benzodiazepines do; instead it changes the availability and metabolism of the body's own GABA receptor ligands, such as enkephalins.",
        ],
        "changed": {
            # merge: BDNF is the growth factor of the next paragraph, not a GABA receptor ligand
            "merge": "Unlike benzodiazepines, Selank does not appear to bind the GABA-A receptor directly, but instead changes the availability of natural GABA receptor ligands such as BDNF.",
            "role_swap": "Unlike Selank, benzodiazepines do not appear to bind directly to the GABA-A receptor.",
            "added_detail": "Unlike benzodiazepines, Selank does not appear to bind directly to the GABA-A receptor, and instead binds to opioid receptors.",
        },
    },
    # ------------------------------------------------------------------ D (reused)
    {
        "article": D,
        "reused": True,
        "sentence": "Selank is approved for treating Generalized Anxiety Disorder in Russia but is not approved by the U.S. FDA.",
        "faithful": [
            "Selank is approved for Generalized Anxiety Disorder in Russia but not by the U.S. FDA.",
            "The U.S. FDA has not approved Selank, though Russia has approved it to treat Generalized Anxiety Disorder.",
        ],
        "changed": {
            "name_swap": "Selank is approved for Generalized Anxiety Disorder in Russia but not by the European Medicines Agency.",
            "added_detail": "Selank is approved for Generalized Anxiety Disorder in Russia and Ukraine but not by the U.S. FDA.",
            "substitution_everyday": "Selank is approved for treating depression in Russia but is not approved by the U.S. FDA.",
            "condition_dropped": "Selank is approved for treating Generalized Anxiety Disorder.",
        },
    },
    {
        "article": D,
        "reused": True,
        "sentence": "Due to poor oral stability, it is administered as an intranasal spray or subcutaneous injection for effective absorption.",
        "faithful": [
            "Because Selank is not stable when taken by mouth, it is given as a nasal spray or an injection under the skin.",
            "Selank is given as a nasal spray or subcutaneous injection, since it has poor oral stability.",
        ],
        "changed": {
            "list_swap": "Because Selank is not stable when taken by mouth, it is given as a nasal spray or a skin patch.",
            "causal": "Because it works faster that way, Selank is given as a nasal spray or subcutaneous injection.",
            "added_detail": "Because of poor oral stability, Selank is given as a nasal spray or subcutaneous injection, usually twice a day.",
        },
    },
    {
        "article": D,
        "reused": True,
        "sentence": "Clinical trials have shown it to be effective in treating Generalized Anxiety Disorder, with an efficacy comparable to benzodiazepines like medazepam but with a superior safety profile.",
        "faithful": [
            "Clinical trials have shown that Selank is effective for treating Generalized Anxiety Disorder.",
            "In clinical trials for Generalized Anxiety Disorder, Selank worked about as well as benzodiazepines such as medazepam and was safer.",
        ],
        "changed": {
            "name_swap": "In clinical trials for Generalized Anxiety Disorder, Selank worked about as well as benzodiazepines such as alprazolam and was safer.",
            "evidence_level": "Animal studies have shown that Selank is effective for Generalized Anxiety Disorder, working about as well as medazepam with better safety.",
            "added_detail": "Clinical trials have shown that Selank treats Generalized Anxiety Disorder as well as medazepam within the first week, with better safety.",
        },
    },
    {
        "article": D,
        "reused": True,
        "sentence": "Users may begin to notice calming and mental clarity effects within the first 1-2 weeks of use. More robust nootropic benefits, such as improved memory, may become more apparent after 4-6 weeks of consistent use.",
        "faithful": [
            "Users may notice calming and clearer thinking in the first 1-2 weeks. Stronger nootropic benefits like better memory may show after 4-6 weeks of steady use.",
            "Calm and mental clarity may start within 1-2 weeks of use, while bigger nootropic gains such as better memory may take 4-6 weeks of consistent use to become clear.",
        ],
        "changed": {
            "number": "Users may notice calming and clearer thinking in the first 1-2 months. Stronger nootropic benefits like better memory may show after 4-6 weeks of steady use.",
            "list_swap": "Users may notice calming and better sleep in the first 1-2 weeks. Stronger nootropic benefits like better memory may show after 4-6 weeks of steady use.",
            "added_detail": "Users may notice calming and clearer thinking in the first 1-2 weeks. Stronger nootropic benefits like better memory may show after 4-6 weeks of daily use at 300 mcg.",
        },
    },
    {
        "article": D,
        "reused": True,
        "sentence": "When they occur, they are typically mild and may include nasal irritation (from the spray), mild headache, or temporary fatigue.",
        "faithful": [
            "Selank's side effects are usually mild and may include nasal irritation from the spray, mild headache or temporary fatigue.",
            "When side effects happen, they tend to be mild, such as nose irritation from the spray, a mild headache or short-lived tiredness.",
        ],
        "changed": {
            "list_swap": "Selank's side effects are usually mild and may include nasal irritation from the spray, mild headache or dry mouth.",
            "substitution_everyday": "Selank's side effects are usually mild and may include throat irritation from the spray, mild headache or temporary fatigue.",
            "antonym": "Selank's side effects are usually mild and may include nasal irritation from the spray, mild headache or lasting fatigue.",
        },
    },
    {
        "article": D,
        "reused": True,
        "sentence": "However, the U.S. FDA has noted a risk for immunogenicity (an unwanted immune response) with compounded drugs containing Selank.",
        "faithful": [
            "The U.S. FDA has noted a risk of immunogenicity, an unwanted immune response, with compounded drugs containing Selank.",
            "Compounded drugs that contain Selank may cause an unwanted immune response, according to the U.S. FDA.",
        ],
        "changed": {
            "substitution_everyday": "The U.S. FDA has noted a risk of liver damage with compounded drugs containing Selank.",
            "added_detail": "Based on clinical trial data, the U.S. FDA has noted a risk of an unwanted immune response with compounded Selank drugs.",
            "venue_or_comparator": "The U.S. FDA has noted a risk of an unwanted immune response with Selank nasal sprays.",
        },
    },
    {
        "article": D,
        "reused": True,
        "sentence": "It can influence the expression of Interleukin-6 (IL-6), a pro-inflammatory cytokine, and may help balance the immune response.",
        "faithful": [
            "Selank can affect the expression of IL-6, a pro-inflammatory cytokine, and may help balance the immune response.",
            "Selank may help balance immune responses and can change the expression of the pro-inflammatory cytokine IL-6.",
        ],
        "changed": {
            "added_detail": "Selank can lower IL-6, a pro-inflammatory cytokine, and may help balance the immune response.",
            "number": "Selank can affect the expression of IL-8, a pro-inflammatory cytokine, and may help balance the immune response.",
            # merge: the cortisol response is what the anxiety section says Selank helps normalize
            "merge": "Selank can affect IL-6, a pro-inflammatory cytokine, and may help balance the cortisol response.",
            "hedge_dropped": "Selank can affect IL-6, a pro-inflammatory cytokine, and helps balance the immune response.",
        },
    },
    {
        "article": D,
        "reused": True,
        "sentence": "Research suggests Selank has neuroprotective properties, with studies exploring its ability to counter the negative cognitive effects of alcohol withdrawal.",
        "faithful": [
            "Research suggests Selank may protect the brain.",
            "Studies have looked at whether Selank can counter the cognitive harm of alcohol withdrawal, and research suggests it has neuroprotective properties.",
        ],
        "changed": {
            "substitution_everyday": "Research suggests Selank has neuroprotective properties, with studies exploring whether it can counter the mood effects of alcohol withdrawal.",
            "added_detail": "Research suggests Selank has neuroprotective properties and helps people stop drinking alcohol.",
            "negation_added": "Research suggests Selank has neuroprotective properties, but it has not been studied in alcohol withdrawal.",
            "hedge_dropped": "Research suggests Selank has neuroprotective properties and can counter the cognitive effects of alcohol withdrawal.",
        },
    },
    {
        "article": D,
        "reused": True,
        "sentence": "Selank has been shown to rapidly increase the expression of Brain-Derived Neurotrophic Factor (BDNF). BDNF is a crucial protein for neuron growth, survival, and brain plasticity, which is vital for learning, memory, and overall cognitive health.",
        "faithful": [
            "Selank has been shown to quickly raise BDNF. BDNF is an important protein for neuron growth, survival and brain plasticity, which matter for learning and memory.",
            "Selank quickly increases the expression of BDNF, a key protein for neuron growth, survival and plasticity that is vital for learning, memory and cognitive health.",
        ],
        "changed": {
            "evidence_level": "Clinical trials have shown Selank quickly raises BDNF. BDNF is an important protein for neuron growth, survival and brain plasticity.",
            "list_swap": "Selank has been shown to quickly raise BDNF. BDNF is an important protein for neuron growth, survival and blood flow in the brain.",
            # merge: NGF is named in the comparison table for Semax, not for Selank
            "merge": "Selank has been shown to quickly raise BDNF and NGF. BDNF is an important protein for neuron growth, survival and brain plasticity.",
        },
    },
    {
        "article": D,
        "reused": True,
        "sentence": "Importantly, it is not associated with the dependence, tolerance, or withdrawal seen with many pharmaceutical anxiolytics.",
        "faithful": [
            "Selank is not linked to the dependence, tolerance or withdrawal seen with many anxiety drugs.",
            "Unlike many pharmaceutical anxiolytics, Selank is not associated with dependence or withdrawal.",
        ],
        "changed": {
            "negation_dropped": "Selank is not linked to dependence or tolerance, but it is linked to the withdrawal seen with many anxiety drugs.",
            "list_swap": "Selank is not linked to the dependence, tolerance or weight gain seen with many anxiety drugs.",
            "venue_or_comparator": "Selank is not linked to the dependence, tolerance or withdrawal seen with SSRIs.",
        },
    },
    # ------------------------------------------------------------------ E (reused)
    {
        "article": E,
        "reused": True,
        "sentence": "Zozulya and colleagues (2008) reported a clinical study of Selank in patients with generalized anxiety disorder and neurasthenia, with the benzodiazepine medazepam as a comparator[3].",
        "faithful": [
            "Zozulya and colleagues (2008) studied Selank in patients with generalized anxiety disorder and neurasthenia, comparing it with medazepam.",
            "In 2008, Zozulya's group reported a clinical study that compared Selank with the benzodiazepine medazepam in people with generalized anxiety disorder and neurasthenia.",
        ],
        "changed": {
            "number": "Zozulya and colleagues (2018) studied Selank in patients with generalized anxiety disorder and neurasthenia, comparing it with medazepam.",
            "list_swap": "Zozulya and colleagues (2008) studied Selank in patients with generalized anxiety disorder and depression, comparing it with medazepam.",
            "name_swap": "Zozulya and colleagues (2008) studied Selank in patients with generalized anxiety disorder and neurasthenia, comparing it with diazepam.",
        },
    },
    {
        "article": E,
        "reused": True,
        "sentence": "The endpoints were standard psychiatric anxiety scales applied longitudinally over a treatment course of approximately 14 days.",
        "faithful": [
            "The study measured anxiety with standard psychiatric scales over about 14 days of treatment.",
            "Over a roughly two-week treatment course, the trial tracked patients with standard psychiatric anxiety scales.",
        ],
        "changed": {
            "hedge_dropped": "The study measured anxiety with standard psychiatric scales over exactly 14 days of treatment.",
            "number": "The study measured anxiety with standard psychiatric scales over about 14 weeks of treatment.",
            "substitution_everyday": "The study measured depression with standard psychiatric scales over about 14 days of treatment.",
            "added_detail": "The study measured anxiety with the Hamilton Anxiety Rating Scale over about 14 days of treatment.",
        },
    },
    {
        "article": E,
        "reused": True,
        "sentence": "Kost and colleagues (2001) reported that Selank (and Semax) inhibit leucine aminopeptidase and angiotensin-converting enzyme in human serum, prolonging the half-life of endogenous enkephalins[5].",
        "faithful": [
            "Kost and colleagues (2001) found that Selank and Semax block two enzymes in human serum, which makes the body's own enkephalins last longer.",
            "In human serum, Selank and Semax inhibit leucine aminopeptidase and angiotensin-converting enzyme, which prolongs the half-life of the body's own enkephalins, Kost and colleagues reported in 2001.",
        ],
        "changed": {
            "list_swap": "Kost and colleagues (2001) found that Selank and Semax block leucine aminopeptidase and monoamine oxidase in human serum.",
            # merge: GABA is the transmitter of the other pathway, not what these enzymes degrade
            "merge": "Kost and colleagues (2001) found that Selank and Semax block enzymes in human serum, which makes the body's own GABA last longer.",
            "name_swap": "Kozlovskii and colleagues (2001) found that Selank and Semax block leucine aminopeptidase and angiotensin-converting enzyme in human serum.",
            "condition_dropped": "Selank and Semax inhibit leucine aminopeptidase and angiotensin-converting enzyme, prolonging the half-life of the body's enkephalins.",
        },
    },
    {
        "article": E,
        "reused": True,
        "sentence": "Kozlovskii and Danchev (2003) reported that Selank optimized performance on a conditioned active-avoidance task in rats: the animals retained learning and performance, but with reduced stress signature and no motor impairment[6].",
        "faithful": [
            "Kozlovskii and Danchev (2003) found that Selank improved rats' performance on an avoidance task without motor impairment.",
            "In rats, Selank kept learning and performance intact on a conditioned active-avoidance task while lowering signs of stress and causing no motor impairment, Kozlovskii and Danchev reported in 2003.",
        ],
        "changed": {
            "antonym": "Kozlovskii and Danchev (2003) found that Selank-treated rats kept their learning on an avoidance task but showed more signs of stress.",
            "negation_added": "Kozlovskii and Danchev (2003) found that rats given Selank did not retain learning on an avoidance task.",
            # merge: approximately 14 days is the treatment course of the Zozulya trial
            "merge": "Kozlovskii and Danchev (2003) found that over 14 days, Selank improved rats' performance on an avoidance task without motor impairment.",
        },
    },
    {
        "article": E,
        "reused": True,
        "sentence": "The trial is not a Western Phase 3 trial. It is not blinded to modern Western standards.",
        "faithful": [
            "The Zozulya trial is not a Western Phase 3 trial and is not blinded to modern Western standards.",
            "The 2008 trial was neither a Western Phase 3 trial nor blinded to modern Western standards.",
        ],
        "changed": {
            "negation_dropped": "The Zozulya trial is not a Western Phase 3 trial, but it is blinded to modern Western standards.",
            "added_detail": "The Zozulya trial is a Phase 2 trial and is not blinded to modern Western standards.",
            # merge: "observational rather than randomized" is said of the Medvedev report
            "merge": "The Zozulya trial is not a Western Phase 3 trial and is not randomized.",
        },
    },
    {
        "article": E,
        "reused": True,
        "sentence": "This is mechanistically distinct from benzodiazepine action. Benzodiazepines do not touch the endogenous opioid system.",
        "faithful": [
            "This is mechanistically different from how benzodiazepines act. Benzodiazepines do not touch the body's own opioid system.",
            "This pathway is mechanistically distinct from benzodiazepine action, since benzodiazepines do not touch the endogenous opioid system.",
        ],
        "changed": {
            "antonym": "This is mechanistically similar to benzodiazepine action. Benzodiazepines do not touch the body's own opioid system.",
            "substitution_rare": "This is mechanistically distinct from benzodiazepine action. Benzodiazepines do not touch the endocannabinoid system.",
            "causal": "This is mechanistically distinct from benzodiazepine action. Benzodiazepines do not touch the endogenous opioid system, which is why they cause dependence.",
        },
    },
    {
        "article": E,
        "reused": True,
        "sentence": "Medvedev and colleagues (2015) reported on Selank in clinical practice as an adjunct to standard pharmacotherapy in mixed anxiety disorders[4].",
        "faithful": [
            "Medvedev and colleagues (2015) reported on Selank used alongside standard drug treatment in mixed anxiety disorders.",
            "In 2015, Medvedev's team described the clinical use of Selank as an add-on to standard medication for mixed anxiety disorders.",
        ],
        "changed": {
            "evidence_level": "Medvedev and colleagues (2015) reported a randomized trial of Selank as an add-on to standard drug treatment in mixed anxiety disorders.",
            "substitution_everyday": "Medvedev and colleagues (2015) reported on Selank used alongside standard drug treatment in sleep disorders.",
            "number": "Medvedev and colleagues (2005) reported on Selank used alongside standard drug treatment in mixed anxiety disorders.",
            "condition_dropped": "Medvedev and colleagues (2015) reported on Selank as a treatment for mixed anxiety disorders.",
        },
    },
    {
        "article": E,
        "reused": True,
        "sentence": "The clinical context (post-Soviet Russian psychiatric practice) is not directly comparable to Western prescribing, and the report is observational rather than randomized, but the directional finding is consistent with the mechanistic story.",
        "faithful": [
            "The Medvedev report is observational rather than randomized, but its directional finding is consistent with the mechanistic story.",
            "Post-Soviet Russian psychiatric practice is not directly comparable to Western prescribing, and the report was observational, not randomized.",
        ],
        "changed": {
            "hedge_dropped": "The report is observational rather than randomized, but its finding confirms the mechanistic story.",
            "antonym": "The clinical context, Soviet-era Russian psychiatric practice, is not directly comparable to Western prescribing.",
            "venue_or_comparator": "The clinical context, post-Soviet Russian psychiatric practice, is not directly comparable to Chinese prescribing.",
        },
    },
    {
        "article": E,
        "reused": True,
        "sentence": "Selank is supplied by PepMax under the slug selank for laboratory research use only. It is not approved by FDA, EMA, MHRA, or Health Canada for any human or veterinary therapeutic use.",
        "faithful": [
            "PepMax sells Selank for lab research only. It is not approved by the FDA, EMA, MHRA or Health Canada for any human or animal treatment.",
            "Selank from PepMax is for laboratory research use only, and no approval exists from FDA, EMA, MHRA or Health Canada for treating humans or animals.",
        ],
        "changed": {
            "list_swap": "PepMax sells Selank for lab research only. It is not approved by the FDA, EMA, Japan's PMDA or Health Canada for any human or animal treatment.",
            "added_detail": "PepMax sells Selank in 10 mg vials for lab research only. It is not approved by the FDA, EMA, MHRA or Health Canada.",
            "negation_dropped": "PepMax sells Selank for lab research only. It is approved by Health Canada but not by the FDA, EMA or MHRA.",
        },
    },
    {
        "article": E,
        "reused": True,
        "sentence": "The Russian comparisons are anchored in generalized anxiety disorder and neurasthenia at treatment durations of roughly two weeks.",
        "faithful": [
            "The Russian comparisons focus on generalized anxiety disorder and neurasthenia, with treatment lasting about two weeks.",
            "Roughly two-week treatments in generalized anxiety disorder and neurasthenia are the basis of the Russian comparisons.",
        ],
        "changed": {
            # merge: acute panic is in the next sentence's list of what the comparative record does not cover
            "merge": "The Russian comparisons focus on generalized anxiety disorder and acute panic, with treatment lasting about two weeks.",
            "number": "The Russian comparisons focus on generalized anxiety disorder and neurasthenia, with treatment lasting about three weeks.",
            "added_detail": "The Russian comparisons focus on outpatients with generalized anxiety disorder and neurasthenia, treated for about two weeks.",
        },
    },
]
