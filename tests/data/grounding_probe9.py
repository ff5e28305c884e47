"""Ninth seed-article near-miss probe for the grounder (written blind by a helper).

Same shape as ``grounding_probe8.py``: an article under shared/articles, a verbatim stretch of
it (one sentence, or two or three consecutive sentences of one paragraph), ``faithful`` (two
claims that must be ``supported``: a light restatement and a real paraphrase, hedges, numbers,
names, populations and conditions kept) and ``changed`` (two to four claims that each change
exactly one detail and must not be ``supported``), labelled by the kind of change.

New in this probe:

* ten entries per article, the evidence-tiers article (B) included, and about a third of them
  stretches of two or three sentences; in a changed claim the one changed detail sits at the
  start, in the middle or at the end, and in any sentence of a multi-sentence stretch;
* the labels are fixed to fifteen kinds: ``number`` (digits, years, number words, ranges),
  ``antonym``, ``substitution_everyday``, ``substitution_rare``, ``name_swap`` (a drug, person,
  country, agency, institute or journal, several of them the first word of the claim),
  ``hedge_dropped``, ``hedge_added`` (only where the stretch states a fact flatly; the claim
  softens it), ``negation_added``, ``negation_dropped``, ``evidence_level`` (animal or serum
  work promoted to patients, mechanistic reasoning to clinical data, and the reverse),
  ``condition_dropped``, ``role_swap``, ``merge`` (a detail from another part of the same
  article attached to the wrong thing), ``added_detail`` and ``venue_or_comparator`` (a
  comparator, setting or source swapped); a second claim of one kind takes the suffix ``_2``;
* faithful paraphrases of multi-sentence stretches merge, split or reorder the sentences.

The articles are used up, so all but two entries reuse a stretch (or contain a sentence) already
used in ``grounding_probe.py`` to ``grounding_probe8.py`` and are marked ``"reused": True``; their
claims were written to differ from the earlier probes' claims (other details changed, or the same
detail changed another way). The two new stretches are the safety-profile sentence of the
anxiolytic article (A) and the Volkova key-claims bullet of the benzodiazepine article (E). The
entries were written before the grounder was run on them and none was picked or dropped by how
it does; ``split_of`` (sha256 of the sentence, from ``probe_articles``) divides them into a
``tune`` half, which rules may be fitted to, and a ``test`` half, read once at the end.
"""

# The sentences are verbatim, so Greek letters, en dashes, curly quotes and subscripts stay.
# ruff: noqa: RUF001

from __future__ import annotations

from probe_articles import A, B, C, D, E, split_of

__all__ = ["PROBE", "split_of"]

PROBE: list[dict[str, object]] = [
    # ------------------------------------------------------------------ A
    {
        "article": A,
        "reused": True,
        "sentence": "It's a synthetic analogue of tufsin, a naturally occurring immunomodulatory peptide, and it has been approved in Russia as an anxiolytic since 2009. Western clinical trial data remains limited, but the mechanistic research is strong enough to deserve a careful look.",
        "faithful": [
            "It's a synthetic analogue of tufsin, a naturally occurring immunomodulatory peptide, and has been approved in Russia as an anxiolytic since 2009. Western clinical trial data is still limited, but the mechanistic research is strong enough to deserve a careful look.",
            "It is a synthetic analogue of the naturally occurring immunomodulatory peptide tufsin and has been an approved anxiolytic in Russia since 2009; Western clinical trial data remain limited, though the mechanistic research is strong enough to merit careful attention.",
        ],
        "changed": {
            "name_swap": "It's a synthetic analogue of tufsin, a naturally occurring immunomodulatory peptide, and it has been approved in Kazakhstan as an anxiolytic since 2009. Western clinical trial data remains limited, but the mechanistic research is strong enough to deserve a careful look.",
            "number": "It's a synthetic analogue of tufsin, a naturally occurring immunomodulatory peptide, and it has been approved in Russia as an anxiolytic since 2006. Western clinical trial data remains limited, but the mechanistic research is strong enough to deserve a careful look.",
            "substitution_everyday": "It's a synthetic analogue of tufsin, a naturally occurring immunomodulatory peptide, and it has been approved in Russia as a sleep aid since 2009. Western clinical trial data remains limited, but the mechanistic research is strong enough to deserve a careful look.",
            "antonym": "It's a synthetic analogue of tufsin, a naturally occurring immunomodulatory peptide, and it has been approved in Russia as an anxiolytic since 2009. Western clinical trial data is already extensive, and the mechanistic research is strong enough to deserve a careful look.",
        },
    },
    {
        "article": A,
        "reused": True,
        "sentence": "Tufsin is a tetrapeptide (Thr-Lys-Pro-Arg) that your body naturally produces — a fragment of the heavy chain of immunoglobulin G, released primarily in the spleen.",
        "faithful": [
            "Tufsin is a tetrapeptide (Thr-Lys-Pro-Arg) produced naturally by your body, a fragment of the heavy chain of immunoglobulin G that is released primarily in the spleen.",
            "A fragment of immunoglobulin G's heavy chain that the body makes on its own and releases mainly in the spleen, tufsin is the tetrapeptide Thr-Lys-Pro-Arg.",
        ],
        "changed": {
            "number": "Tufsin is a tripeptide that your body naturally produces, a fragment of the heavy chain of immunoglobulin G, released primarily in the spleen.",
            "negation_added": "Tufsin is a tetrapeptide (Thr-Lys-Pro-Arg) that your body does not produce naturally, a fragment of the heavy chain of immunoglobulin G, released primarily in the spleen.",
            "hedge_added": "Tufsin is a tetrapeptide (Thr-Lys-Pro-Arg) that your body naturally produces, a fragment of the heavy chain of immunoglobulin G that may be released primarily in the spleen.",
            # merge: the Pro-Gly-Pro tail is what the Russian designers attached to tufsin to make Selank
            "merge": "Tufsin is a tetrapeptide (Thr-Lys-Pro-Arg) with a Pro-Gly-Pro tail that your body naturally produces, a fragment of the heavy chain of immunoglobulin G, released primarily in the spleen.",
        },
    },
    {
        "article": A,
        "reused": True,
        "sentence": "A 2008 study by Zozulya and colleagues found that Selank altered the expression of 84 genes related to GABAergic signaling in the hippocampus, with changes in the expression of specific GABA-A receptor subunit genes.",
        "faithful": [
            "A 2008 study by Zozulya and colleagues found that Selank altered the expression of 84 GABAergic-signaling genes in the hippocampus, including changes in specific GABA-A receptor subunit genes.",
            "In the hippocampus, Selank changed the expression of 84 genes tied to GABAergic signaling, specific GABA-A receptor subunit genes among them, according to a 2008 study by Zozulya and colleagues.",
        ],
        "changed": {
            "substitution_rare": "A 2008 study by Zozulya and colleagues found that Selank altered the expression of 84 genes related to GABAergic signaling in the amygdala, with changes in the expression of specific GABA-A receptor subunit genes.",
            # merge: immune-function genes are the subject of the separate 2009 study (45 genes)
            "merge": "A 2008 study by Zozulya and colleagues found that Selank altered the expression of 84 genes related to immune function in the hippocampus, with changes in the expression of specific GABA-A receptor subunit genes.",
            "number": "A 2008 study by Zozulya and colleagues found that Selank altered the expression of 64 genes related to GABAergic signaling in the hippocampus, with changes in the expression of specific GABA-A receptor subunit genes.",
        },
    },
    {
        "article": A,
        "reused": True,
        "sentence": "In animal models, Selank produces anxiolytic effects comparable in magnitude to benzodiazepines in standard behavioral tests (the elevated plus maze, the open field test, the Vogel conflict test) without producing sedation, motor impairment, or tolerance with repeated dosing.",
        "faithful": [
            "In animal models, Selank produces anxiolytic effects as large as those of benzodiazepines in standard behavioral tests such as the elevated plus maze, the open field test and the Vogel conflict test, without sedation, motor impairment, or tolerance with repeated dosing.",
            "Across standard behavioral tests in animals (the elevated plus maze, the open field test and the Vogel conflict test), Selank's anxiolytic effects are comparable in magnitude to those of benzodiazepines, and repeated dosing brings no sedation, motor impairment or tolerance.",
        ],
        "changed": {
            "evidence_level": "In clinical trials, Selank produces anxiolytic effects comparable in magnitude to benzodiazepines in standard behavioral tests (the elevated plus maze, the open field test, the Vogel conflict test) without producing sedation, motor impairment, or tolerance with repeated dosing.",
            "substitution_rare": "In animal models, Selank produces anxiolytic effects comparable in magnitude to benzodiazepines in standard behavioral tests (the elevated plus maze, the open field test, the forced swim test) without producing sedation, motor impairment, or tolerance with repeated dosing.",
            "negation_dropped": "In animal models, Selank produces anxiolytic effects comparable in magnitude to benzodiazepines in standard behavioral tests (the elevated plus maze, the open field test, the Vogel conflict test) without producing sedation or motor impairment, though tolerance appears with repeated dosing.",
            "condition_dropped": "Selank produces anxiolytic effects comparable in magnitude to benzodiazepines in standard behavioral tests without producing sedation, motor impairment, or tolerance with repeated dosing.",
        },
    },
    {
        "article": A,
        "reused": True,
        "sentence": "A study published in Eksperimental'naia i Klinicheskaia Farmakologiia confirmed that chronic Selank administration did not produce tolerance or withdrawal effects — a stark contrast to benzodiazepine pharmacology.",
        "faithful": [
            "A study published in Eksperimental'naia i Klinicheskaia Farmakologiia confirmed that chronic administration of Selank did not produce tolerance or withdrawal effects, in stark contrast to benzodiazepine pharmacology.",
            "In stark contrast to how benzodiazepines behave pharmacologically, chronic Selank administration caused neither tolerance nor withdrawal effects, a study in Eksperimental'naia i Klinicheskaia Farmakologiia confirmed.",
        ],
        "changed": {
            "name_swap": "A study published in Doklady Biological Sciences confirmed that chronic Selank administration did not produce tolerance or withdrawal effects — a stark contrast to benzodiazepine pharmacology.",
            "hedge_added": "A study published in Eksperimental'naia i Klinicheskaia Farmakologiia suggested that chronic Selank administration did not produce tolerance or withdrawal effects, a stark contrast to benzodiazepine pharmacology.",
            "negation_dropped": "A study published in Eksperimental'naia i Klinicheskaia Farmakologiia confirmed that chronic Selank administration produced tolerance but no withdrawal effects, a stark contrast to benzodiazepine pharmacology.",
            "added_detail": "A study published in Eksperimental'naia i Klinicheskaia Farmakologiia confirmed that chronic Selank administration over twelve weeks did not produce tolerance or withdrawal effects, a stark contrast to benzodiazepine pharmacology.",
        },
    },
    {
        "article": A,
        "reused": True,
        "sentence": "Research from the Russian Academy of Sciences demonstrated that Selank administration significantly increases BDNF mRNA expression in the hippocampus. A 2010 study by Inozemtseva and colleagues showed that this BDNF upregulation correlated with improved performance on learning and memory tasks in animal models.",
        "faithful": [
            "Research from the Russian Academy of Sciences demonstrated that giving Selank significantly increases BDNF mRNA expression in the hippocampus. A 2010 study by Inozemtseva and colleagues showed that this upregulation correlated with improved performance on learning and memory tasks in animal models.",
            "Selank significantly raises hippocampal BDNF mRNA expression, Russian Academy of Sciences research demonstrated, and in animal models Inozemtseva and colleagues (2010) found that this BDNF upregulation correlated with better learning and memory performance.",
        ],
        "changed": {
            "number": "Research from the Russian Academy of Sciences demonstrated that Selank administration significantly increases BDNF mRNA expression in the hippocampus. A 2012 study by Inozemtseva and colleagues showed that this BDNF upregulation correlated with improved performance on learning and memory tasks in animal models.",
            "evidence_level": "Research from the Russian Academy of Sciences demonstrated that Selank administration significantly increases BDNF mRNA expression in the hippocampus. A 2010 study by Inozemtseva and colleagues showed that this BDNF upregulation correlated with improved performance on learning and memory tasks in elderly volunteers.",
            "negation_added": "Research from the Russian Academy of Sciences demonstrated that Selank administration significantly increases BDNF mRNA expression in the hippocampus. A 2010 study by Inozemtseva and colleagues showed that this BDNF upregulation did not correlate with improved performance on learning and memory tasks in animal models.",
        },
    },
    {
        "article": A,
        "reused": True,
        "sentence": "Russian clinical studies have reported efficacy comparable to benzodiazepines for anxiety reduction, with superior tolerability — no sedation, no cognitive impairment, no dependence. A clinical trial comparing Selank to medazepam (a benzodiazepine) found similar anxiolytic efficacy with significantly fewer side effects in the Selank group.",
        "faithful": [
            "Russian clinical studies have reported anxiety-reducing efficacy comparable to benzodiazepines with superior tolerability: no sedation, no cognitive impairment and no dependence. A clinical trial comparing Selank with the benzodiazepine medazepam found similar anxiolytic efficacy and significantly fewer side effects in the Selank group.",
            "In a clinical trial against medazepam, a benzodiazepine, Selank matched its anxiolytic efficacy while the Selank group had significantly fewer side effects; more broadly, Russian clinical studies report benzodiazepine-like efficacy for anxiety with better tolerability, without sedation, cognitive impairment or dependence.",
        ],
        "changed": {
            "name_swap": "Russian clinical studies have reported efficacy comparable to benzodiazepines for anxiety reduction, with superior tolerability — no sedation, no cognitive impairment, no dependence. A clinical trial comparing Selank to phenazepam (a benzodiazepine) found similar anxiolytic efficacy with significantly fewer side effects in the Selank group.",
            "substitution_everyday": "Russian clinical studies have reported efficacy comparable to benzodiazepines for anxiety reduction, with superior tolerability — no sedation, no weight gain, no dependence. A clinical trial comparing Selank to medazepam (a benzodiazepine) found similar anxiolytic efficacy with significantly fewer side effects in the Selank group.",
            "hedge_dropped": "Russian clinical studies have established efficacy comparable to benzodiazepines for anxiety reduction, with superior tolerability — no sedation, no cognitive impairment, no dependence. A clinical trial comparing Selank to medazepam (a benzodiazepine) found similar anxiolytic efficacy with significantly fewer side effects in the Selank group.",
        },
    },
    {
        "article": A,
        "reused": True,
        "sentence": "The standard research concentration is 5mg (ref: SK5), with higher-concentration formulations at 11mg (ref: SK11) used in some study protocols. The intranasal route provides rapid onset — effects are generally observed within 10-15 minutes in behavioral studies — and a duration of action of several hours.",
        "faithful": [
            "The standard research concentration is 5mg (SK5), and some study protocols use higher-concentration 11mg formulations (SK11). The intranasal route gives rapid onset, with effects generally seen within 10-15 minutes in behavioral studies, and a duration of action of several hours.",
            "Given intranasally, it acts quickly (behavioral studies generally observe effects within 10-15 minutes) and for several hours; research usually uses a standard 5mg concentration, with 11mg formulations in some protocols.",
        ],
        "changed": {
            "number": "The standard research concentration is 5mg (ref: SK5), with higher-concentration formulations at 15mg used in some study protocols. The intranasal route provides rapid onset — effects are generally observed within 10-15 minutes in behavioral studies — and a duration of action of several hours.",
            "number_2": "The standard research concentration is 5mg (ref: SK5), with higher-concentration formulations at 11mg (ref: SK11) used in some study protocols. The intranasal route provides rapid onset, with effects generally observed within 5-10 minutes in behavioral studies, and a duration of action of several hours.",
            "evidence_level": "The standard research concentration is 5mg (ref: SK5), with higher-concentration formulations at 11mg (ref: SK11) used in some study protocols. The intranasal route provides rapid onset, with effects generally observed within 10-15 minutes in clinical trials, and a duration of action of several hours.",
            "condition_dropped": "The standard research concentration is 5mg, with higher-concentration formulations at 11mg used in some study protocols. The intranasal route provides rapid onset, with effects generally observed within 10-15 minutes, and a duration of action of several hours.",
        },
    },
    {
        "article": A,
        "reused": True,
        "sentence": "A 2009 study found that Selank influenced the expression of 45 genes related to immune function, with effects on T-cell signaling, innate immunity, and inflammatory pathways.",
        "faithful": [
            "A 2009 study found that Selank influenced the expression of 45 immune-function genes, affecting T-cell signaling, innate immunity, and inflammatory pathways.",
            "Selank affected the expression of 45 genes involved in immune function, with effects on inflammatory pathways, innate immunity and T-cell signaling, according to a 2009 study.",
        ],
        "changed": {
            "substitution_rare": "A 2009 study found that Selank influenced the expression of 45 genes related to immune function, with effects on B-cell signaling, innate immunity, and inflammatory pathways.",
            "antonym": "A 2009 study found that Selank influenced the expression of 45 genes related to immune function, with effects on T-cell signaling, adaptive immunity, and inflammatory pathways.",
            "added_detail": "A 2009 study in human blood cells found that Selank influenced the expression of 45 genes related to immune function, with effects on T-cell signaling, innate immunity, and inflammatory pathways.",
        },
    },
    {
        "article": A,
        "sentence": "The safety profile, based on available data, appears favorable.",
        "faithful": [
            "Based on the available data, the safety profile appears favorable.",
            "On the data available so far, the safety profile looks favorable.",
        ],
        "changed": {
            "hedge_dropped": "The safety profile, based on available data, is clearly favorable.",
            "antonym": "The safety profile, based on available data, appears concerning.",
            # merge: the next sentences say long-term data from large populations is not yet available
            "merge": "The safety profile, based on long-term data from large populations, appears favorable.",
        },
    },
    # ------------------------------------------------------------------ B (reused)
    {
        "article": B,
        "reused": True,
        "sentence": "In one rat study, Selank enhanced the calming effect of diazepam under chronic stress.",
        "faithful": [
            "In a single rat study, Selank enhanced diazepam's calming effect under chronic stress.",
            "Under conditions of chronic stress, one study in rats found that Selank boosted the calming effect of diazepam.",
        ],
        "changed": {
            "name_swap": "In one rat study, Selank enhanced the calming effect of phenazepam under chronic stress.",
            "condition_dropped": "In one rat study, Selank enhanced the calming effect of diazepam.",
            "number": "In two rat studies, Selank enhanced the calming effect of diazepam under chronic stress.",
            "substitution_everyday": "In one rat study, Selank enhanced the sleep-inducing effect of diazepam under chronic stress.",
        },
    },
    {
        "article": B,
        "reused": True,
        "sentence": "Human evidence comes from a small set of Russian clinical trials, including studies in generalized anxiety and neurasthenia where its anxiolytic effect was comparable to benzodiazepines such as medazepam and phenazepam, with a milder side-effect profile.",
        "faithful": [
            "The human evidence comes from a small number of Russian clinical trials, among them studies in generalized anxiety and neurasthenia in which its anxiolytic effect matched benzodiazepines such as medazepam and phenazepam, with milder side effects.",
            "In a handful of Russian clinical trials, which make up the human evidence and include studies of generalized anxiety and neurasthenia, its anxiolytic effect was comparable to that of benzodiazepines like medazepam and phenazepam while its side-effect profile was milder.",
        ],
        "changed": {
            "evidence_level": "Human evidence comes from a small set of Russian case reports, including reports in generalized anxiety and neurasthenia where its anxiolytic effect was comparable to benzodiazepines such as medazepam and phenazepam, with a milder side-effect profile.",
            "venue_or_comparator": "Human evidence comes from a small set of Russian clinical trials, including studies in generalized anxiety and neurasthenia where its anxiolytic effect was comparable to SSRIs such as sertraline, with a milder side-effect profile.",
            "substitution_rare": "Human evidence comes from a small set of Russian clinical trials, including studies in generalized anxiety and fibromyalgia where its anxiolytic effect was comparable to benzodiazepines such as medazepam and phenazepam, with a milder side-effect profile.",
        },
    },
    {
        "article": B,
        "reused": True,
        "sentence": "A 2018 laboratory study in Protein and Peptide Letters reported that Selank acts as a positive allosteric modulator of GABA receptors, meaning it enhances the activity of the brain's main calming (GABA) system.",
        "faithful": [
            "A 2018 laboratory study in Protein and Peptide Letters reported that Selank is a positive allosteric modulator of GABA receptors, which means it enhances the activity of the brain's main calming (GABA) system.",
            "Selank boosts the activity of the GABA system, the brain's main calming system, by acting as a positive allosteric modulator of GABA receptors, according to a 2018 laboratory study published in Protein and Peptide Letters.",
        ],
        "changed": {
            "antonym": "A 2018 laboratory study in Protein and Peptide Letters reported that Selank acts as a positive allosteric modulator of GABA receptors, meaning it suppresses the activity of the brain's main calming (GABA) system.",
            "number": "A 2016 laboratory study in Protein and Peptide Letters reported that Selank acts as a positive allosteric modulator of GABA receptors, meaning it enhances the activity of the brain's main calming (GABA) system.",
            "hedge_dropped": "A 2018 laboratory study in Protein and Peptide Letters proved that Selank acts as a positive allosteric modulator of GABA receptors, meaning it enhances the activity of the brain's main calming (GABA) system.",
        },
    },
    {
        "article": B,
        "reused": True,
        "sentence": "This is the same broad pathway that benzodiazepines act on, though the binding appears to work differently, which the authors suggest may explain why Selank does not carry the same dependence and sedation profile as those drugs.",
        "faithful": [
            "Benzodiazepines act on this same broad pathway, though the binding appears to work differently, which the authors suggest may explain why Selank does not share the dependence and sedation profile of those drugs.",
            "Although Selank works on the same broad pathway as benzodiazepines, its binding seems to differ, and according to the authors this might be why it lacks those drugs' dependence and sedation profile.",
        ],
        "changed": {
            "role_swap": "This is the same broad pathway that benzodiazepines act on, though the binding appears to work differently, which the authors suggest may explain why benzodiazepines do not carry the same dependence and sedation profile as Selank.",
            "substitution_everyday": "This is the same broad pathway that benzodiazepines act on, though the binding appears to work differently, which the authors suggest may explain why Selank does not carry the same dependence and weight-gain profile as those drugs.",
            "hedge_dropped": "This is the same broad pathway that benzodiazepines act on, though the binding works differently, which the authors suggest may explain why Selank does not carry the same dependence and sedation profile as those drugs.",
            "venue_or_comparator": "This is the same broad pathway that SSRIs act on, though the binding appears to work differently, which the authors suggest may explain why Selank does not carry the same dependence and sedation profile as those drugs.",
        },
    },
    {
        "article": B,
        "reused": True,
        "sentence": "The wider context comes from a 2017 review of tuftsin and its analogues in Current Medicinal Chemistry, which places Selank within a family of tuftsin-derived peptides studied for immune-modulating, anti-inflammatory, and related activity.",
        "faithful": [
            "The wider context comes from a 2017 Current Medicinal Chemistry review of tuftsin and its analogues, which places Selank in a family of tuftsin-derived peptides studied for immune-modulating, anti-inflammatory and related activity.",
            "Broader context is given by a 2017 review in Current Medicinal Chemistry on tuftsin and its analogues; it situates Selank among the tuftsin-derived peptides that have been studied for immune-modulating, anti-inflammatory and related activities.",
        ],
        "changed": {
            "evidence_level": "The wider context comes from a 2017 randomized trial of tuftsin and its analogues in Current Medicinal Chemistry, which places Selank within a family of tuftsin-derived peptides studied for immune-modulating, anti-inflammatory, and related activity.",
            "name_swap": "The wider context comes from a 2017 review of tuftsin and its analogues in the journal Peptides, which places Selank within a family of tuftsin-derived peptides studied for immune-modulating, anti-inflammatory, and related activity.",
            "added_detail": "The wider context comes from a 2017 review of tuftsin and its analogues in Current Medicinal Chemistry, which places Selank within a family of nine tuftsin-derived peptides studied for immune-modulating, anti-inflammatory, and related activity.",
        },
    },
    {
        "article": B,
        "reused": True,
        "sentence": "That lineage is why Selank has been examined for effects beyond anxiety, including attention and immune signaling. This work describes biology and animal behavior, so it points to how Selank may act in people without establishing the same effect.",
        "faithful": [
            "That lineage is why Selank has been examined for effects beyond anxiety, such as attention and immune signaling. Because this work describes biology and animal behavior, it points to how Selank may act in people without establishing the same effect.",
            "Its lineage explains why effects other than anxiety, attention and immune signaling among them, have been studied in Selank; the work covers biology and animal behavior, so it hints at how Selank might act in humans but does not establish the same effect there.",
        ],
        "changed": {
            "evidence_level": "That lineage is why Selank has been examined for effects beyond anxiety, including attention and immune signaling. This work describes biology and human behavior, so it points to how Selank may act in people without establishing the same effect.",
            "hedge_dropped": "That lineage is why Selank has been examined for effects beyond anxiety, including attention and immune signaling. This work describes biology and animal behavior, so it points to how Selank will act in people without establishing the same effect.",
            "negation_added": "That lineage is why Selank has not been examined for effects beyond anxiety, such as attention and immune signaling. This work describes biology and animal behavior, so it points to how Selank may act in people without establishing the same effect.",
        },
    },
    {
        "article": B,
        "reused": True,
        "sentence": "A 2008 study in generalized anxiety disorder and neurasthenia compared Selank with the benzodiazepine medazepam in 62 patients and reported a comparable anxiolytic effect, with Selank also showing antiasthenic and mild stimulant effects.",
        "faithful": [
            "A 2008 study of 62 patients with generalized anxiety disorder and neurasthenia compared Selank with the benzodiazepine medazepam, reporting a comparable anxiolytic effect and, for Selank, additional antiasthenic and mild stimulant effects.",
            "Selank matched the benzodiazepine medazepam in anxiolytic effect in a 2008 study of 62 patients with generalized anxiety disorder and neurasthenia, and it also showed antiasthenic and mild stimulant effects.",
        ],
        "changed": {
            "antonym": "A 2008 study in generalized anxiety disorder and neurasthenia compared Selank with the benzodiazepine medazepam in 62 patients and reported a comparable anxiolytic effect, with Selank also showing antiasthenic and mild sedative effects.",
            "number": "A 2011 study in generalized anxiety disorder and neurasthenia compared Selank with the benzodiazepine medazepam in 62 patients and reported a comparable anxiolytic effect, with Selank also showing antiasthenic and mild stimulant effects.",
            "role_swap": "A 2008 study in generalized anxiety disorder and neurasthenia compared Selank with the benzodiazepine medazepam in 62 patients and reported a comparable anxiolytic effect, with medazepam also showing antiasthenic and mild stimulant effects.",
            # merge: phenazepam is the comparator of the 2014 trial, not of the 2008 study
            "merge": "A 2008 study in generalized anxiety disorder and neurasthenia compared Selank with the benzodiazepine phenazepam in 62 patients and reported a comparable anxiolytic effect, with Selank also showing antiasthenic and mild stimulant effects.",
        },
    },
    {
        "article": B,
        "reused": True,
        "sentence": "A 2014 comparative trial of 60 patients with phobic-anxiety and somatoform disorders compared Selank with phenazepam and reported a pronounced anxiolytic effect plus a mild nootropic effect, with the calming benefit persisting for about a week after the last dose.",
        "faithful": [
            "A 2014 comparative trial in 60 patients with phobic-anxiety and somatoform disorders compared Selank with phenazepam, reporting a pronounced anxiolytic effect and a mild nootropic effect, with the calming benefit lasting about a week after the last dose.",
            "In 60 patients with phobic-anxiety and somatoform disorders, a 2014 trial comparing Selank with phenazepam found a pronounced anxiolytic effect plus a mild nootropic one, and the calming benefit persisted for roughly a week beyond the final dose.",
        ],
        "changed": {
            "antonym": "A 2014 comparative trial of 60 patients with phobic-anxiety and somatoform disorders compared Selank with phenazepam and reported a pronounced anxiolytic effect plus a mild nootropic effect, with the calming benefit persisting for about a week after the first dose.",
            "substitution_rare": "A 2014 comparative trial of 60 patients with phobic-anxiety and obsessive-compulsive disorders compared Selank with phenazepam and reported a pronounced anxiolytic effect plus a mild nootropic effect, with the calming benefit persisting for about a week after the last dose.",
            "number": "A 2014 comparative trial of 60 patients with phobic-anxiety and somatoform disorders compared Selank with phenazepam and reported a pronounced anxiolytic effect plus a mild nootropic effect, with the calming benefit persisting for about two weeks after the last dose.",
        },
    },
    {
        "article": B,
        "reused": True,
        "sentence": "These are small studies concentrated in a few research groups rather than large, independent international trials. The early human signal is consistent, but the body of evidence remains limited.",
        "faithful": [
            "These are small studies concentrated in a handful of research groups, not large, independent international trials. The early human signal is consistent, but the overall body of evidence is still limited.",
            "Although the early signal in humans is consistent, the evidence remains limited, coming from small studies clustered in a few research groups rather than from large, independent, international trials.",
        ],
        "changed": {
            "added_detail": "These are small studies concentrated in a few research groups in Moscow rather than large, independent international trials. The early human signal is consistent, but the body of evidence remains limited.",
            "negation_added": "These are small studies concentrated in a few research groups rather than large, independent international trials. The early human signal is not yet consistent, and the body of evidence remains limited.",
            "hedge_added": "These are small studies concentrated in a few research groups rather than large, independent international trials. The early human signal may be consistent, but the body of evidence remains limited.",
        },
    },
    {
        "article": B,
        "reused": True,
        "sentence": "Whether a peptide like Selank is appropriate for any individual depends on a full clinical picture, existing medications, and a physician's judgment. SCR coordinates any peptide consideration through licensed physicians who make that call on an individual basis.",
        "faithful": [
            "Whether a peptide such as Selank suits any individual depends on the full clinical picture, existing medications and a physician's judgment. SCR coordinates any peptide consideration through licensed physicians, who make that call individually.",
            "SCR handles every peptide consideration through licensed physicians who decide on an individual basis; whether Selank or a similar peptide is right for a person turns on their full clinical picture, current medications and a physician's judgment.",
        ],
        "changed": {
            "role_swap": "Whether a peptide like Selank is appropriate for any individual depends on a full clinical picture, existing medications, and a physician's judgment. SCR coordinates any peptide consideration through licensed physicians, but patients make the final call on an individual basis.",
            "name_swap": "Whether a peptide like Selank is appropriate for any individual depends on a full clinical picture, existing medications, and a physician's judgment. The FDA coordinates any peptide consideration through licensed physicians who make that call on an individual basis.",
            "added_detail": "Whether a peptide like Selank is appropriate for any individual depends on a full clinical picture, existing medications, and a physician's judgment. SCR coordinates any peptide consideration through licensed physicians in all 50 states who make that call on an individual basis.",
        },
    },
    # ------------------------------------------------------------------ C (reused)
    {
        "article": C,
        "reused": True,
        "sentence": "Selank and Semax are both Russian-developed research peptides from the Institute of Molecular Genetics, and both have nootropic and neuroprotective properties. They are frequently compared because they are often used together.",
        "faithful": [
            "Selank and Semax are both Russian-developed research peptides from the Institute of Molecular Genetics, and each has nootropic and neuroprotective properties. They are often compared because they are frequently used together.",
            "Because they are often used together, Selank and Semax, two Russian-developed research peptides from the Institute of Molecular Genetics that both have nootropic and neuroprotective properties, are frequently compared.",
        ],
        "changed": {
            "substitution_everyday": "Selank and Semax are both Russian-developed research peptides from the Institute of Molecular Genetics, and both have nootropic and pain-relieving properties. They are frequently compared because they are often used together.",
            "negation_added": "Selank and Semax are both Russian-developed research peptides from the Institute of Molecular Genetics, and both have nootropic and neuroprotective properties. They are frequently compared even though they are not often used together.",
            "added_detail": "Selank and Semax are both Russian-developed research peptides from the Institute of Molecular Genetics in Moscow, and both have nootropic and neuroprotective properties. They are frequently compared because they are often used together.",
        },
    },
    {
        "article": C,
        "reused": True,
        "sentence": "Semax was developed from a fragment of ACTH (adrenocorticotropic hormone, the pituitary hormone that regulates the adrenal stress response and has documented cognitive and neuroprotective effects).",
        "faithful": [
            "Semax was developed from a fragment of ACTH, adrenocorticotropic hormone, the pituitary hormone that regulates the adrenal stress response and has documented cognitive and neuroprotective effects.",
            "A fragment of ACTH, the pituitary hormone that governs the adrenal stress response and whose cognitive and neuroprotective effects are documented, was the starting point for Semax.",
        ],
        "changed": {
            "substitution_rare": "Semax was developed from a fragment of ACTH (adrenocorticotropic hormone, the hypothalamic hormone that regulates the adrenal stress response and has documented cognitive and neuroprotective effects).",
            "role_swap": "Semax was developed from a fragment of ACTH, the adrenal hormone that regulates the pituitary stress response and has documented cognitive and neuroprotective effects.",
            "negation_added": "Semax was developed from a fragment of ACTH, the pituitary hormone that regulates the adrenal stress response but has no documented cognitive or neuroprotective effects.",
            # merge: "endogenous immunomodulatory" describes tuftsin, Selank's parent peptide, in the paragraph before
            "merge": "Semax was developed from a fragment of ACTH, the endogenous immunomodulatory hormone that regulates the adrenal stress response and has documented cognitive and neuroprotective effects.",
        },
    },
    {
        "article": C,
        "reused": True,
        "sentence": "Unlike classic benzodiazepines, Selank does not appear to bind directly to the GABA-A receptor (the ionotropic inhibitory receptor that benzodiazepines potentiate) but instead modulates the availability and metabolism of endogenous GABA receptor ligands, including enkephalins (endogenous opioid peptides that modulate pain, stress, and anxiety signaling).",
        "faithful": [
            "Unlike classic benzodiazepines, Selank does not appear to bind directly to the GABA-A receptor, the ionotropic inhibitory receptor benzodiazepines potentiate; instead it modulates the availability and metabolism of endogenous GABA receptor ligands, including enkephalins, endogenous opioid peptides that modulate pain, stress and anxiety signaling.",
            "Classic benzodiazepines potentiate the GABA-A receptor, an ionotropic inhibitory receptor, but Selank seemingly does not bind it directly and instead acts on the availability and metabolism of endogenous ligands of GABA receptors, such as enkephalins, the body's own opioid peptides that modulate pain, stress and anxiety signaling.",
        ],
        "changed": {
            "substitution_rare": "Unlike classic benzodiazepines, Selank does not appear to bind directly to the GABA-A receptor (the metabotropic inhibitory receptor that benzodiazepines potentiate) but instead modulates the availability and metabolism of endogenous GABA receptor ligands, including enkephalins (endogenous opioid peptides that modulate pain, stress, and anxiety signaling).",
            "role_swap": "Unlike classic benzodiazepines, Selank does not appear to bind directly to the GABA-A receptor (the ionotropic inhibitory receptor that potentiates benzodiazepines) but instead modulates the availability and metabolism of endogenous GABA receptor ligands, including enkephalins.",
            "substitution_everyday": "Unlike classic benzodiazepines, Selank does not appear to bind directly to the GABA-A receptor but instead modulates the availability and metabolism of endogenous GABA receptor ligands, including enkephalins (endogenous opioid peptides that modulate pain, stress, and appetite signaling).",
        },
    },
    {
        "article": C,
        "reused": True,
        "sentence": "Selank has also been documented to increase BDNF (brain derived neurotrophic factor, the primary growth factor for synapse formation, neuroplasticity, and neuron survival in the central nervous system) expression in published preclinical research. This BDNF upregulation may contribute to the anxiolytic and stress-buffering effects observed in clinical research.",
        "faithful": [
            "Published preclinical research has also documented that Selank increases expression of BDNF, the brain derived neurotrophic factor that is the primary growth factor for synapse formation, neuroplasticity and neuron survival in the central nervous system. This BDNF upregulation may contribute to the anxiolytic and stress-buffering effects seen in clinical research.",
            "Selank raises BDNF expression according to published preclinical work, and that increase in the central nervous system's primary growth factor for synapse formation, neuroplasticity and neuron survival might play a part in the anxiolytic and stress-buffering effects observed clinically.",
        ],
        "changed": {
            "antonym": "Selank has also been documented to increase BDNF (brain derived neurotrophic factor, the primary growth factor for synapse formation, neuroplasticity, and neuron survival in the peripheral nervous system) expression in published preclinical research. This BDNF upregulation may contribute to the anxiolytic and stress-buffering effects observed in clinical research.",
            "role_swap": "Selank has also been documented to increase BDNF expression in published preclinical research. The anxiolytic and stress-buffering effects observed in clinical research may contribute to this BDNF upregulation.",
        },
    },
    {
        "article": C,
        "reused": True,
        "sentence": "The cognitive and neuroprotective effects documented in Russian clinical research - including post-stroke recovery protocols and cognitive enhancement in healthy subjects - reflect a compound designed to activate, protect, and enhance neural function rather than to calm it.",
        "faithful": [
            "The cognitive and neuroprotective effects documented in Russian clinical research, including post-stroke recovery protocols and cognitive enhancement in healthy subjects, reflect a compound designed to activate, protect and enhance neural function rather than calm it.",
            "The cognitive and neuroprotective effects in Russian clinical research, from post-stroke recovery protocols to cognitive enhancement in healthy people, mirror a compound built to activate, protect and enhance neural function, not to calm it.",
        ],
        "changed": {
            "evidence_level": "The cognitive and neuroprotective effects documented in Russian animal research - including post-stroke recovery protocols and cognitive enhancement in healthy subjects - reflect a compound designed to activate, protect, and enhance neural function rather than to calm it.",
            "name_swap": "The cognitive and neuroprotective effects documented in Japanese clinical research - including post-stroke recovery protocols and cognitive enhancement in healthy subjects - reflect a compound designed to activate, protect, and enhance neural function rather than to calm it.",
            "substitution_everyday": "The cognitive and neuroprotective effects documented in Russian clinical research, including post-surgery recovery protocols and cognitive enhancement in healthy subjects, reflect a compound designed to activate, protect, and enhance neural function rather than to calm it.",
            "hedge_added": "The cognitive and neuroprotective effects documented in Russian clinical research, including post-stroke recovery protocols and cognitive enhancement in healthy subjects, may reflect a compound designed to activate, protect, and enhance neural function rather than to calm it.",
        },
    },
    {
        "article": C,
        "reused": True,
        "sentence": "Anxiety chronically suppresses BDNF expression, particularly in the hippocampus, via the stress hormone cortisol. Selank-mediated anxiety reduction may allow BDNF expression to recover toward baseline. Semax directly drives BDNF upregulation through a different pathway.",
        "faithful": [
            "Anxiety chronically suppresses BDNF expression, especially in the hippocampus, through the stress hormone cortisol. Anxiety reduction mediated by Selank may let BDNF expression recover toward baseline, while Semax directly drives BDNF upregulation through a different pathway.",
            "Through cortisol, chronic anxiety holds down BDNF expression, above all in the hippocampus. Selank, by reducing anxiety, may allow BDNF to return toward baseline; Semax instead pushes BDNF up directly by another pathway.",
        ],
        "changed": {
            "hedge_added": "Anxiety may chronically suppress BDNF expression, particularly in the hippocampus, via the stress hormone cortisol. Selank-mediated anxiety reduction may allow BDNF expression to recover toward baseline. Semax directly drives BDNF upregulation through a different pathway.",
            "added_detail": "Anxiety chronically suppresses BDNF expression, particularly in the hippocampus, via the stress hormone cortisol. Selank-mediated anxiety reduction may allow BDNF expression to recover toward baseline within about two weeks. Semax directly drives BDNF upregulation through a different pathway.",
            "role_swap": "Anxiety chronically suppresses BDNF expression, particularly in the hippocampus, via the stress hormone cortisol. Semax-mediated anxiety reduction may allow BDNF expression to recover toward baseline. Selank directly drives BDNF upregulation through a different pathway.",
        },
    },
    {
        "article": C,
        "reused": True,
        "sentence": "In published research, Selank tends to produce sedation-adjacent effects at higher doses - consistent with its GABAergic mechanism.",
        "faithful": [
            "In published research, Selank tends to produce effects bordering on sedation at higher doses, which is consistent with its GABAergic mechanism.",
            "Consistent with its GABAergic mechanism, Selank has tended in the published research to produce sedation-adjacent effects when doses are higher.",
        ],
        "changed": {
            # merge: a dopaminergic mechanism is what the article gives for Semax
            "merge": "In published research, Selank tends to produce sedation-adjacent effects at higher doses, consistent with its dopaminergic mechanism.",
            "condition_dropped": "In published research, Selank tends to produce sedation-adjacent effects, consistent with its GABAergic mechanism.",
            "antonym": "In published research, Selank tends to produce stimulatory effects at higher doses - consistent with its GABAergic mechanism.",
            "negation_added": "In published research, Selank does not tend to produce sedation-adjacent effects at higher doses, consistent with its GABAergic mechanism.",
        },
    },
    {
        "article": C,
        "reused": True,
        "sentence": "Published Selank protocols in the Russian clinical literature use intranasal administration with dosing typically in the 200 to 900 mcg range, with cycle lengths of 2 to 4 weeks. Semax published protocols similarly use intranasal administration with doses typically ranging from 200 mcg to 600 mcg per administration, with research cycles varying by indication.",
        "faithful": [
            "Published Selank protocols in the Russian clinical literature give it intranasally at doses typically in the 200 to 900 mcg range, with cycles of 2 to 4 weeks. Semax protocols likewise use intranasal administration, typically at 200 mcg to 600 mcg per administration, with research cycles that vary by indication.",
            "Both peptides are given intranasally in published protocols: Selank, in the Russian clinical literature, usually at 200 to 900 mcg over cycles of 2 to 4 weeks, and Semax usually at 200 to 600 mcg per administration, with cycle length depending on the indication.",
        ],
        "changed": {
            "number": "Published Selank protocols in the Russian clinical literature use intranasal administration with dosing typically in the 200 to 900 mcg range, with cycle lengths of 4 to 8 weeks. Semax published protocols similarly use intranasal administration with doses typically ranging from 200 mcg to 600 mcg per administration, with research cycles varying by indication.",
            # merge: the 2 to 4 week cycle length is given for Selank; Semax cycles vary by indication
            "merge": "Published Selank protocols in the Russian clinical literature use intranasal administration with dosing typically in the 200 to 900 mcg range. Semax published protocols similarly use intranasal administration with doses typically ranging from 200 mcg to 600 mcg per administration, with cycle lengths of 2 to 4 weeks.",
            "venue_or_comparator": "Published Selank protocols in the Western clinical literature use intranasal administration with dosing typically in the 200 to 900 mcg range, with cycle lengths of 2 to 4 weeks. Semax published protocols similarly use intranasal administration with doses typically ranging from 200 mcg to 600 mcg per administration, with research cycles varying by indication.",
            "substitution_everyday": "Published Selank protocols in the Russian clinical literature use intranasal administration with dosing typically in the 200 to 900 mcg range, with cycle lengths of 2 to 4 weeks. Semax published protocols similarly use intranasal administration with doses typically ranging from 200 mcg to 600 mcg per day, with research cycles varying by indication.",
        },
    },
    {
        "article": C,
        "reused": True,
        "sentence": "Published research has not systematically evaluated the combination in controlled trials, but mechanistic reasoning from the individual compound literature suggests complementary rather than competing effects.",
        "faithful": [
            "Published research has not systematically evaluated the combination in controlled trials, though mechanistic reasoning from the literature on the individual compounds suggests complementary rather than competing effects.",
            "No controlled trials in the published research have systematically tested the combination, but reasoning from each compound's mechanism, as described in its own literature, suggests the effects complement rather than compete with each other.",
        ],
        "changed": {
            "hedge_dropped": "Published research has not systematically evaluated the combination in controlled trials, but mechanistic reasoning from the individual compound literature shows complementary rather than competing effects.",
            "evidence_level": "Published research has not systematically evaluated the combination in controlled trials, but clinical outcome data from the individual compound literature suggests complementary rather than competing effects.",
        },
    },
    {
        "article": C,
        "reused": True,
        "sentence": "Both compounds have published data on tolerance development with prolonged continuous use, which contributes to the cycling protocols common in the research literature.",
        "faithful": [
            "Both compounds have published data on tolerance developing with prolonged continuous use, and this contributes to the cycling protocols common in the research literature.",
            "The cycling protocols that are common in the research literature owe something to the published data, for both compounds, on tolerance development under prolonged continuous use.",
        ],
        "changed": {
            "condition_dropped": "Both compounds have published data on tolerance development, which contributes to the cycling protocols common in the research literature.",
            "role_swap": "Both compounds have published data showing that the cycling protocols common in the research literature contribute to tolerance development with prolonged continuous use.",
            "venue_or_comparator": "Both compounds have published data on tolerance development with prolonged continuous use, which contributes to the cycling protocols common in clinical practice.",
        },
    },
    # ------------------------------------------------------------------ D (reused)
    {
        "article": D,
        "reused": True,
        "sentence": "Developed at the Institute of Molecular Genetics of the Russian Academy of Sciences, Selank is a synthetic peptide analogue of the natural immune peptide tuftsin.",
        "faithful": [
            "Selank, developed at the Russian Academy of Sciences' Institute of Molecular Genetics, is a synthetic peptide analogue of tuftsin, a natural immune peptide.",
            "The Institute of Molecular Genetics of the Russian Academy of Sciences developed Selank, a synthetic peptide analogue of tuftsin, the natural immune peptide.",
        ],
        "changed": {
            "name_swap": "Developed at the Institute of Molecular Genetics of the Chinese Academy of Sciences, Selank is a synthetic peptide analogue of the natural immune peptide tuftsin.",
            "substitution_rare": "Developed at the Institute of Molecular Genetics of the Russian Academy of Sciences, Selank is a synthetic peptide analogue of the natural immune peptide thymosin.",
            "added_detail": "Developed in the 1980s at the Institute of Molecular Genetics of the Russian Academy of Sciences, Selank is a synthetic peptide analogue of the natural immune peptide tuftsin.",
        },
    },
    {
        "article": D,
        "reused": True,
        "sentence": "While it is approved in Russia for conditions like Generalized Anxiety Disorder (GAD), it is not approved by the U.S. Food & Drug Administration (FDA) and is sold in the United States through compounding pharmacies or as a research chemical.",
        "faithful": [
            "Although Russia has approved it for conditions like Generalized Anxiety Disorder (GAD), it has no approval from the U.S. Food & Drug Administration (FDA) and is sold in the United States through compounding pharmacies or as a research chemical.",
            "It is approved in Russia for conditions including Generalized Anxiety Disorder but lacks U.S. FDA approval; in the United States it is sold through compounding pharmacies or as a research chemical.",
        ],
        "changed": {
            "negation_dropped": "While it is approved in Russia for conditions like Generalized Anxiety Disorder (GAD), it is also approved by the U.S. Food & Drug Administration (FDA) and is sold in the United States through compounding pharmacies or as a research chemical.",
            "substitution_everyday": "While it is approved in Russia for conditions like insomnia, it is not approved by the U.S. Food & Drug Administration (FDA) and is sold in the United States through compounding pharmacies or as a research chemical.",
            "name_swap": "While it is approved in Russia for conditions like Generalized Anxiety Disorder (GAD), it is not approved by the European Medicines Agency (EMA) and is sold in the United States through compounding pharmacies or as a research chemical.",
        },
    },
    {
        "article": D,
        "reused": True,
        "sentence": "It appears to do this by allosterically modulating GABA-A receptors, which is similar in effect to benzodiazepines but without binding to the same sites, thus avoiding many of the associated negative side effects.",
        "faithful": [
            "It appears to achieve this by allosterically modulating GABA-A receptors, which is similar in effect to benzodiazepines but does not involve binding to the same sites, and so avoids many of the associated negative side effects.",
            "Its effect seems to come from allosteric modulation of GABA-A receptors: the result resembles that of benzodiazepines, but because it does not bind their sites, many of their negative side effects are avoided.",
        ],
        "changed": {
            "antonym": "It appears to do this by allosterically modulating GABA-A receptors, which is opposite in effect to benzodiazepines but without binding to the same sites, thus avoiding many of the associated negative side effects.",
            "negation_dropped": "It appears to do this by allosterically modulating GABA-A receptors at the same sites that benzodiazepines bind, which is similar in effect to benzodiazepines while still avoiding many of the associated negative side effects.",
            "venue_or_comparator": "It appears to do this by allosterically modulating GABA-A receptors, which is similar in effect to SSRIs but without binding to the same sites, thus avoiding many of the associated negative side effects.",
        },
    },
    {
        "article": D,
        "reused": True,
        "sentence": "It can influence the expression of Interleukin-6 (IL-6), a pro-inflammatory cytokine, and may help balance the immune response.",
        "faithful": [
            "It can influence the expression of the pro-inflammatory cytokine Interleukin-6 (IL-6) and may help balance the immune response.",
            "It may help bring the immune response into balance, and it can affect how much Interleukin-6, a pro-inflammatory cytokine, is expressed.",
        ],
        "changed": {
            "hedge_dropped": "It influences the expression of Interleukin-6 (IL-6), a pro-inflammatory cytokine, and may help balance the immune response.",
            "substitution_rare": "It can influence the expression of Interleukin-6 (IL-6), a pro-inflammatory chemokine, and may help balance the immune response.",
            "negation_added": "It can influence the expression of Interleukin-6 (IL-6), a pro-inflammatory cytokine, but does not help balance the immune response.",
        },
    },
    {
        "article": D,
        "reused": True,
        "sentence": "Clinical trials have shown it to be effective in treating Generalized Anxiety Disorder, with an efficacy comparable to benzodiazepines like medazepam but with a superior safety profile. Users report a reduction in feelings of stress and anxiety, including social anxiety, leading to a greater sense of calm and well-being. It helps normalize the body's cortisol response, which is particularly beneficial for individuals under chronic stress.",
        "faithful": [
            "Clinical trials have shown it to be effective in treating Generalized Anxiety Disorder, with efficacy comparable to benzodiazepines such as medazepam and a superior safety profile. Users report less stress and anxiety, social anxiety included, and a greater sense of calm and well-being. It helps normalize the body's cortisol response, which particularly benefits people under chronic stress.",
            "With efficacy comparable to benzodiazepines like medazepam but a better safety profile, it has been shown effective against Generalized Anxiety Disorder in clinical trials. Users describe reduced stress and anxiety, including social anxiety, and feeling calmer and better overall, and it helps normalize cortisol responses, a particular benefit for the chronically stressed.",
        ],
        "changed": {
            "substitution_everyday": "Clinical trials have shown it to be effective in treating Generalized Anxiety Disorder, with an efficacy comparable to benzodiazepines like medazepam but with a superior safety profile. Users report a reduction in feelings of stress and anxiety, including social anxiety, leading to a greater sense of calm and well-being. It helps normalize the body's blood pressure response, which is particularly beneficial for individuals under chronic stress.",
            "evidence_level": "Case reports have shown it to be effective in treating Generalized Anxiety Disorder, with an efficacy comparable to benzodiazepines like medazepam but with a superior safety profile. Users report a reduction in feelings of stress and anxiety, including social anxiety, leading to a greater sense of calm and well-being.",
            "condition_dropped": "Clinical trials have shown it to be effective in treating anxiety disorders of every kind, with an efficacy comparable to benzodiazepines like medazepam but with a superior safety profile. Users report a reduction in feelings of stress and anxiety, including social anxiety, leading to a greater sense of calm and well-being.",
        },
    },
    {
        "article": D,
        "reused": True,
        "sentence": "Research suggests Selank has neuroprotective properties, with studies exploring its ability to counter the negative cognitive effects of alcohol withdrawal.",
        "faithful": [
            "Research suggests that Selank has neuroprotective properties, and studies have explored its ability to counter the negative cognitive effects of alcohol withdrawal.",
            "Studies have looked into whether Selank can offset the harmful cognitive effects of alcohol withdrawal, and research points to it having neuroprotective properties.",
        ],
        "changed": {
            "hedge_dropped": "Research suggests Selank has neuroprotective properties, with studies confirming its ability to counter the negative cognitive effects of alcohol withdrawal.",
            "evidence_level": "Clinical trials suggest Selank has neuroprotective properties, with studies exploring its ability to counter the negative cognitive effects of alcohol withdrawal.",
            "added_detail": "Research suggests Selank has neuroprotective properties, with studies in rats exploring its ability to counter the negative cognitive effects of alcohol withdrawal.",
            # merge: ADHD symptoms are named in the neighbouring bullet on focus and attention
            "merge": "Research suggests Selank has neuroprotective properties, with studies exploring its ability to counter the negative cognitive effects of ADHD.",
        },
    },
    {
        "article": D,
        "reused": True,
        "sentence": "When they occur, they are typically mild and may include nasal irritation (from the spray), mild headache, or temporary fatigue.",
        "faithful": [
            "When side effects occur, they are usually mild and may include nasal irritation from the spray, a mild headache or temporary fatigue.",
            "Side effects, when they happen, tend to be mild; possible ones are temporary fatigue, a mild headache, and irritation of the nose from the spray.",
        ],
        "changed": {
            "substitution_everyday": "When they occur, they are typically mild and may include nasal irritation (from the spray), mild headache, or temporary dizziness.",
            "hedge_dropped": "When they occur, they are typically mild and include nasal irritation (from the spray), mild headache, or temporary fatigue.",
            "added_detail": "When they occur, they are typically mild and may include nasal irritation (from the spray), mild headache, or temporary fatigue lasting a day or two.",
        },
    },
    {
        "article": D,
        "reused": True,
        "sentence": "However, the U.S. FDA has noted a risk for immunogenicity (an unwanted immune response) with compounded drugs containing Selank. It should only be used under the supervision of a healthcare professional, especially for individuals taking other medications like SSRIs or who are pregnant or breastfeeding.",
        "faithful": [
            "However, the U.S. FDA has flagged a risk of immunogenicity, an unwanted immune response, with compounded drugs that contain Selank. It should be used only under a healthcare professional's supervision, particularly by people on other medications such as SSRIs or who are pregnant or breastfeeding.",
            "Selank should only be taken with a healthcare professional supervising, especially by those on other medications like SSRIs and by those who are pregnant or breastfeeding; the U.S. FDA has also noted that compounded drugs containing it carry a risk of immunogenicity, meaning an unwanted immune response.",
        ],
        "changed": {
            "name_swap": "However, Health Canada has noted a risk for immunogenicity (an unwanted immune response) with compounded drugs containing Selank. It should only be used under the supervision of a healthcare professional, especially for individuals taking other medications like SSRIs or who are pregnant or breastfeeding.",
            "condition_dropped": "However, the U.S. FDA has noted a risk for immunogenicity (an unwanted immune response) with any drug containing Selank. It should only be used under the supervision of a healthcare professional, especially for individuals taking other medications like SSRIs or who are pregnant or breastfeeding.",
            "substitution_everyday": "However, the U.S. FDA has noted a risk for immunogenicity (an unwanted immune response) with compounded drugs containing Selank. It should only be used under the supervision of a healthcare professional, especially for individuals taking other medications like SSRIs or who are pregnant or diabetic.",
            "venue_or_comparator": "However, the U.S. FDA has noted a risk for immunogenicity (an unwanted immune response) with compounded drugs containing Selank. It should only be used in a hospital setting, especially for individuals taking other medications like SSRIs or who are pregnant or breastfeeding.",
        },
    },
    {
        "article": D,
        "reused": True,
        "sentence": "Users may begin to notice calming and mental clarity effects within the first 1-2 weeks of use. More robust nootropic benefits, such as improved memory, may become more apparent after 4-6 weeks of consistent use.",
        "faithful": [
            "Users may start noticing calming and mental clarity effects within the first 1-2 weeks of use, while more robust nootropic benefits such as improved memory may become more apparent after 4-6 weeks of consistent use.",
            "Stronger nootropic gains like better memory may show more clearly after 4-6 weeks of consistent use; calming and clearer thinking may already be noticeable in the first 1-2 weeks.",
        ],
        "changed": {
            "number": "Users may begin to notice calming and mental clarity effects within the first 1-2 weeks of use. More robust nootropic benefits, such as improved memory, may become more apparent after 8-10 weeks of consistent use.",
            "role_swap": "Users may begin to notice improved memory within the first 1-2 weeks of use. More robust calming and mental clarity effects may become more apparent after 4-6 weeks of consistent use.",
            "substitution_everyday": "Users may begin to notice calming and mental clarity effects within the first 1-2 weeks of use. More robust nootropic benefits, such as improved sleep, may become more apparent after 4-6 weeks of consistent use.",
        },
    },
    {
        "article": D,
        "reused": True,
        "sentence": "While not a sedative, Selank may improve sleep quality by reducing anxiety and regulating circadian rhythms through its modulation of GABA and serotonin.",
        "faithful": [
            "Although it is not a sedative, Selank may improve sleep quality by lowering anxiety and regulating circadian rhythms via its modulation of GABA and serotonin.",
            "Selank is no sedative, yet by modulating GABA and serotonin it may lead to better sleep, through easing anxiety and keeping circadian rhythms regular.",
        ],
        "changed": {
            "substitution_rare": "While not a sedative, Selank may improve sleep quality by reducing anxiety and regulating circadian rhythms through its modulation of GABA and melatonin.",
            "negation_dropped": "A mild sedative, Selank may improve sleep quality by reducing anxiety and regulating circadian rhythms through its modulation of GABA and serotonin.",
            "added_detail": "While not a sedative, Selank may improve sleep quality, especially in older adults, by reducing anxiety and regulating circadian rhythms through its modulation of GABA and serotonin.",
        },
    },
    # ------------------------------------------------------------------ E
    {
        "article": E,
        "reused": True,
        "sentence": "Selank is supplied by PepMax under the slug selank for laboratory research use only. It is not approved by FDA, EMA, MHRA, or Health Canada for any human or veterinary therapeutic use.",
        "faithful": [
            "PepMax supplies Selank, under the slug selank, for laboratory research use only. It is not approved by the FDA, EMA, MHRA or Health Canada for any human or veterinary therapeutic use.",
            "Selank, which PepMax sells under the slug selank strictly for laboratory research, has no approval from the FDA, EMA, MHRA or Health Canada for therapeutic use in either humans or animals.",
        ],
        "changed": {
            "name_swap": "Selank is supplied by Solira Peptides under the slug selank for laboratory research use only. It is not approved by FDA, EMA, MHRA, or Health Canada for any human or veterinary therapeutic use.",
            "venue_or_comparator": "Selank is supplied by PepMax under the slug selank for clinical research use only. It is not approved by FDA, EMA, MHRA, or Health Canada for any human or veterinary therapeutic use.",
            "substitution_everyday": "Selank is supplied by PepMax under the slug selank for laboratory research use only. It is not approved by FDA, EMA, MHRA, or Health Canada for any human or veterinary cosmetic use.",
        },
    },
    {
        "article": E,
        "sentence": "The GABAergic action of Selank does not occur at the benzodiazepine binding site; the mechanism is described as non-BZD-site allosteric.",
        "faithful": [
            "Selank's GABAergic action does not take place at the benzodiazepine binding site, and its mechanism is described as non-BZD-site allosteric.",
            "Rather than at the benzodiazepine binding site, Selank's GABAergic action is said to work through an allosteric mechanism at a non-BZD site.",
        ],
        "changed": {
            "negation_dropped": "The GABAergic action of Selank occurs at the benzodiazepine binding site; the mechanism is described as non-BZD-site allosteric.",
            "substitution_rare": "The GABAergic action of Selank does not occur at the benzodiazepine binding site; the mechanism is described as non-BZD-site orthosteric.",
            "hedge_dropped": "The GABAergic action of Selank does not occur at the benzodiazepine binding site; the mechanism is non-BZD-site allosteric.",
        },
    },
    {
        "article": E,
        "reused": True,
        "sentence": "Binding does not open the chloride channel directly. It increases the channel’s opening frequency in the presence of GABA, amplifying inhibitory neurotransmission throughout the central nervous system[7].",
        "faithful": [
            "Binding does not directly open the chloride channel. Instead it increases how often the channel opens in the presence of GABA, amplifying inhibitory neurotransmission throughout the central nervous system.",
            "Rather than opening the chloride channel itself, binding makes the channel open more frequently when GABA is present, which amplifies inhibitory neurotransmission across the whole central nervous system.",
        ],
        "changed": {
            "negation_dropped": "Binding opens the chloride channel directly. It increases the channel’s opening frequency in the presence of GABA, amplifying inhibitory neurotransmission throughout the central nervous system.",
            "condition_dropped": "Binding does not open the chloride channel directly. It increases the channel’s opening frequency whether or not GABA is present, amplifying inhibitory neurotransmission throughout the central nervous system.",
            "substitution_rare": "Binding does not open the sodium channel directly. It increases the channel’s opening frequency in the presence of GABA, amplifying inhibitory neurotransmission throughout the central nervous system.",
            "added_detail": "Binding does not open the chloride channel directly. It increases the channel’s opening frequency in the presence of GABA, amplifying inhibitory neurotransmission throughout the central nervous system within seconds.",
        },
    },
    {
        "article": E,
        "reused": True,
        "sentence": "Selank is a metabolically stabilized analog of tuftsin (Thr–Lys–Pro–Arg), a four-residue immunomodulatory peptide originally characterized as a fragment of the IgG heavy chain[11].",
        "faithful": [
            "Selank is a metabolically stabilized analog of tuftsin (Thr–Lys–Pro–Arg), the four-residue immunomodulatory peptide first characterized as a fragment of the IgG heavy chain.",
            "Tuftsin, a four-residue immunomodulatory peptide (Thr–Lys–Pro–Arg) originally described as a piece of the IgG heavy chain, is the parent of Selank, its metabolically stabilized analog.",
        ],
        "changed": {
            "substitution_rare": "Selank is a metabolically stabilized analog of tuftsin (Thr–Lys–Pro–Arg), a four-residue neuroprotective peptide originally characterized as a fragment of the IgG heavy chain.",
            "antonym": "Selank is a metabolically labile analog of tuftsin (Thr–Lys–Pro–Arg), a four-residue immunomodulatory peptide originally characterized as a fragment of the IgG heavy chain.",
            # merge: seven residues is the length of Selank, not of tuftsin
            "merge": "Selank is a metabolically stabilized analog of tuftsin, a seven-residue immunomodulatory peptide originally characterized as a fragment of the IgG heavy chain.",
            "hedge_added": "Selank is thought to be a metabolically stabilized analog of tuftsin (Thr–Lys–Pro–Arg), a four-residue immunomodulatory peptide originally characterized as a fragment of the IgG heavy chain.",
        },
    },
    {
        "article": E,
        "reused": True,
        "sentence": "Zozulya and colleagues (2008) reported a clinical study of Selank in patients with generalized anxiety disorder and neurasthenia, with the benzodiazepine medazepam as a comparator[3]. The endpoints were standard psychiatric anxiety scales applied longitudinally over a treatment course of approximately 14 days.",
        "faithful": [
            "Zozulya and colleagues (2008) reported a clinical study of Selank in patients with generalized anxiety disorder and neurasthenia, using the benzodiazepine medazepam as a comparator. Its endpoints were standard psychiatric anxiety scales applied longitudinally over roughly 14 days of treatment.",
            "In a 2008 clinical study by Zozulya and colleagues, Selank was compared with the benzodiazepine medazepam in patients with generalized anxiety disorder and neurasthenia, and standard psychiatric anxiety scales served as endpoints, applied longitudinally across a treatment course of about 14 days.",
        ],
        "changed": {
            "name_swap": "Volkova and colleagues (2008) reported a clinical study of Selank in patients with generalized anxiety disorder and neurasthenia, with the benzodiazepine medazepam as a comparator. The endpoints were standard psychiatric anxiety scales applied longitudinally over a treatment course of approximately 14 days.",
            "number": "Zozulya and colleagues (2008) reported a clinical study of Selank in patients with generalized anxiety disorder and neurasthenia, with the benzodiazepine medazepam as a comparator. The endpoints were standard psychiatric anxiety scales applied longitudinally over a treatment course of approximately 21 days.",
            "role_swap": "Zozulya and colleagues (2008) reported a clinical study of the benzodiazepine medazepam in patients with generalized anxiety disorder and neurasthenia, with Selank as a comparator. The endpoints were standard psychiatric anxiety scales applied longitudinally over a treatment course of approximately 14 days.",
            "substitution_everyday": "Zozulya and colleagues (2008) reported a clinical study of Selank in patients with generalized anxiety disorder and neurasthenia, with the benzodiazepine medazepam as a comparator. The endpoints were standard sleep-quality scales applied longitudinally over a treatment course of approximately 14 days.",
        },
    },
    {
        "article": E,
        "reused": True,
        "sentence": "Medazepam produced earlier sedation and earlier subjective calming; Selank produced a more gradual onset of anxiolytic effect without the sedation component.",
        "faithful": [
            "Medazepam produced earlier sedation and earlier subjective calming, whereas Selank's anxiolytic effect set in more gradually and without the sedation component.",
            "Selank's anxiolytic onset was more gradual and lacked a sedation component, while medazepam brought on both sedation and subjective calming sooner.",
        ],
        "changed": {
            "antonym": "Medazepam produced earlier sedation and earlier subjective calming; Selank produced a more rapid onset of anxiolytic effect without the sedation component.",
            "name_swap": "Diazepam produced earlier sedation and earlier subjective calming; Selank produced a more gradual onset of anxiolytic effect without the sedation component.",
            "hedge_added": "Medazepam appeared to produce earlier sedation and earlier subjective calming; Selank produced a more gradual onset of anxiolytic effect without the sedation component.",
        },
    },
    {
        "article": E,
        "reused": True,
        "sentence": "Kost and colleagues (2001) reported that Selank (and Semax) inhibit leucine aminopeptidase and angiotensin-converting enzyme in human serum, prolonging the half-life of endogenous enkephalins[5].",
        "faithful": [
            "Kost and colleagues (2001) reported that Selank, and Semax, inhibit leucine aminopeptidase and angiotensin-converting enzyme in human serum, which prolongs the half-life of endogenous enkephalins.",
            "By inhibiting leucine aminopeptidase and angiotensin-converting enzyme in human serum, Selank and Semax extend the half-life of the body's own enkephalins, Kost and colleagues reported in 2001.",
        ],
        "changed": {
            "evidence_level": "Kost and colleagues (2001) reported that Selank (and Semax) inhibit leucine aminopeptidase and angiotensin-converting enzyme in patients with anxiety, prolonging the half-life of endogenous enkephalins.",
            "antonym": "Kost and colleagues (2001) reported that Selank (and Semax) inhibit leucine aminopeptidase and angiotensin-converting enzyme in human serum, shortening the half-life of endogenous enkephalins.",
            "negation_added": "Kost and colleagues (2001) reported that Selank, but not Semax, inhibits leucine aminopeptidase and angiotensin-converting enzyme in human serum, prolonging the half-life of endogenous enkephalins.",
            "number": "Kost and colleagues (2011) reported that Selank (and Semax) inhibit leucine aminopeptidase and angiotensin-converting enzyme in human serum, prolonging the half-life of endogenous enkephalins.",
        },
    },
    {
        "article": E,
        "reused": True,
        "sentence": "Kozlovskii and Danchev (2003) reported that Selank optimized performance on a conditioned active-avoidance task in rats: the animals retained learning and performance, but with reduced stress signature and no motor impairment[6].",
        "faithful": [
            "Kozlovskii and Danchev (2003) reported that Selank optimized rats' performance on a conditioned active-avoidance task: the animals kept their learning and performance, but with a reduced stress signature and without motor impairment.",
            "In rats on a conditioned active-avoidance task, Selank optimized performance, Kozlovskii and Danchev (2003) reported, with learning and performance retained, a lower stress signature and no motor impairment.",
        ],
        "changed": {
            "negation_dropped": "Kozlovskii and Danchev (2003) reported that Selank optimized performance on a conditioned active-avoidance task in rats: the animals retained learning and performance, but with reduced stress signature and some motor impairment.",
            "substitution_rare": "Kozlovskii and Danchev (2003) reported that Selank optimized performance on a conditioned passive-avoidance task in rats: the animals retained learning and performance, but with reduced stress signature and no motor impairment.",
            "substitution_everyday": "Kozlovskii and Danchev (2003) reported that Selank optimized performance on a conditioned active-avoidance task in mice: the animals retained learning and performance, but with reduced stress signature and no motor impairment.",
        },
    },
    {
        "article": E,
        "reused": True,
        "sentence": "The majority of clinical Selank work is published in Russian, principally in Zhurnal Nevrologii i Psikhiatrii imeni S.S. Korsakova. ClinicalTrials.gov and EudraCT do not contain registered Phase 3 trials of Selank against benzodiazepines.",
        "faithful": [
            "Most clinical Selank work is published in Russian, mainly in Zhurnal Nevrologii i Psikhiatrii imeni S.S. Korsakova. Neither ClinicalTrials.gov nor EudraCT contains registered Phase 3 trials of Selank against benzodiazepines.",
            "There are no registered Phase 3 trials of Selank versus benzodiazepines in ClinicalTrials.gov or EudraCT, and the bulk of clinical work on Selank appears in Russian, chiefly in Zhurnal Nevrologii i Psikhiatrii imeni S.S. Korsakova.",
        ],
        "changed": {
            # merge: Neuroscience and Behavioral Physiology is the venue of the Kozlovskii and Danchev rat study
            "merge": "The majority of clinical Selank work is published in Russian, principally in Neuroscience and Behavioral Physiology. ClinicalTrials.gov and EudraCT do not contain registered Phase 3 trials of Selank against benzodiazepines.",
            "venue_or_comparator": "The majority of clinical Selank work is published in Russian, principally in Zhurnal Nevrologii i Psikhiatrii imeni S.S. Korsakova. ClinicalTrials.gov and EudraCT do not contain registered Phase 3 trials of Selank against placebo.",
            "hedge_added": "The majority of clinical Selank work is published in Russian, principally in Zhurnal Nevrologii i Psikhiatrii imeni S.S. Korsakova. ClinicalTrials.gov and EudraCT may not contain registered Phase 3 trials of Selank against benzodiazepines.",
        },
    },
    {
        "article": E,
        "reused": True,
        "sentence": "Anxiolytic efficacy without sedation and without dependence is a thing physicians have wanted for decades; the buspirone-class partial 5-HT₁₀ agonists addressed some of it but with weaker acute efficacy.",
        "faithful": [
            "Physicians have wanted anxiolytic efficacy without sedation or dependence for decades; the buspirone-class partial 5-HT₁₀ agonists addressed some of that, but with weaker acute efficacy.",
            "For decades physicians have sought anxiolytic efficacy free of both sedation and dependence, and the buspirone-class partial 5-HT₁₀ agonists went part of the way, though their acute efficacy was weaker.",
        ],
        "changed": {
            "name_swap": "Anxiolytic efficacy without sedation and without dependence is a thing physicians have wanted for decades; the hydroxyzine-class partial 5-HT₁₀ agonists addressed some of it but with weaker acute efficacy.",
            "antonym": "Anxiolytic efficacy without sedation and without dependence is a thing physicians have wanted for decades; the buspirone-class partial 5-HT₁₀ antagonists addressed some of it but with weaker acute efficacy.",
            "hedge_added": "Anxiolytic efficacy without sedation and without dependence is a thing physicians have wanted for decades; the buspirone-class partial 5-HT₁₀ agonists may have addressed some of it but with weaker acute efficacy.",
        },
    },
]
