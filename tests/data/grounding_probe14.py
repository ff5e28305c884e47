"""Fourteenth seed-article near-miss probe for the grounder (written blind by a helper).

Written by a helper that had not seen the grounder: it read only the five articles under
shared/articles, ``probe_articles.py`` and ``grounding_probe13.py`` (for the format and to mark
reuse), and wrote every entry before any checker was run on it; no entry was picked or dropped
by difficulty.

Shape: each entry names an article (A to E from ``probe_articles``), a verbatim stretch of it
(``sentence``: one sentence, or two consecutive sentences of one paragraph, copied character for
character, curly quotes, dashes, subscripts and Greek letters included), ``faithful`` (three
claims, each fully supported by the stretch alone, which must be ``supported``), ``changed``
(four claims, each changing exactly one detail so that the claim is no longer supported by the
article, which must not be ``supported``) and ``reused`` (whether the stretch, or one of its
sentences, is already a ``sentence`` in ``grounding_probe13.py``). The claims are written the
way a small instruction-tuned language model (0.5B to 1.5B parameters) summarising the article
would write them: short, reordered, the subject named ("Selank", "Semax", "The paper"), everyday
words for rare ones, passive and active swapped, a clause dropped, lists reordered, and every
hedge, number, name, population and condition kept.

The changed claims are labelled by the kind of change (a second claim of one kind in an entry
takes the suffix ``_2``):

* ``merge``: a detail from another part of the same article (a journal, a year, an author, a
  comparator, a tissue, a population, an indication, a mechanism) attached to the wrong
  subject; a comment says where the detail comes from;
* ``role_swap``: who did what to whom swapped, which of two compared things has which property
  swapped, or cause and effect reversed;
* ``list_swap``: one item of a list replaced by a plausible one the article does not give, or by
  one the article gives elsewhere in another list;
* ``hedge_dropped``: a hedge or softener ("may", "appears", "suggests", "about", "typically",
  "often", "some", "roughly", "primarily", "tends to", "can", "most consistently", "the
  majority") dropped or hardened ("always", "only", "all", "exactly", "has been shown");
* ``negation``: a "not", "no" or "without" dropped, added or moved.

In all: 200 changed claims (four in each of the 50 entries), of which 54 ``merge``, 48
``role_swap``, 45 ``list_swap``, 34 ``hedge_dropped`` and 19 ``negation`` (each of the first four
at least 30 times, ``negation`` at most 20); 150 faithful claims (three in each entry). Each
changed claim was checked against the whole article, not only the stretch, so that the changed
detail is stated nowhere in it.

Ten entries per article; seventeen of the fifty are two-sentence stretches. Two entries are
reused (``"reused": True``): the two-sentence stretches of article B that begin "Whether a
peptide like Selank" and "The evidence base for Selank", each of which contains a sentence that
is a ``sentence`` of ``grounding_probe13.py``; their changed claims alter other details than
probe 13 altered. The other 48 are ``"reused": False``. Earlier probes than
``grounding_probe13.py`` were not consulted, so some stretches may coincide with theirs.
``split_of`` (sha256 of the sentence, from ``probe_articles``) divides the entries into a
``tune`` part, which rules may be fitted to, and a ``test`` part, read once at the end (here, by
the luck of the hash, 31 ``tune`` and 19 ``test``).
"""

# The sentences are verbatim, so Greek letters, en dashes, subscripts and curly quotes stay.
# ruff: noqa: RUF001, RUF003

from __future__ import annotations

from probe_articles import A, B, C, D, E, split_of

__all__ = ["PROBE", "split_of"]

PROBE: list[dict[str, object]] = [
    # ------------------------------------------------------------------ A
    {
        "article": A,
        "reused": False,
        "sentence": "It upregulates BDNF, inhibits enkephalin degradation, and modulates inflammatory signaling — creating a profile that is part anxiolytic, part nootropic, and part immunomodulator. It's a synthetic analogue of tufsin, a naturally occurring immunomodulatory peptide, and it has been approved in Russia as an anxiolytic since 2009.",
        "faithful": [
            "Selank has been approved as an anxiolytic in Russia since 2009.",
            "By raising BDNF, inhibiting the breakdown of enkephalins and modulating inflammatory signaling, Selank has a profile that is part anti-anxiety, part nootropic and part immunomodulator.",
            "Selank is a synthetic analogue of tufsin, an immunomodulatory peptide that occurs naturally.",
        ],
        "changed": {
            # merge: the 1990s is when Selank emerged from Russian neuropharmacology research, not when it was approved
            "merge": "Selank is a synthetic analogue of tufsin and has been approved in Russia as an anxiolytic since the 1990s.",
            "list_swap": "Selank upregulates BDNF, inhibits enkephalin degradation and modulates dopamine signaling, giving it a profile that is part anxiolytic, part nootropic and part immunomodulator.",
            "role_swap": "Tufsin is a synthetic analogue of Selank, a naturally occurring immunomodulatory peptide.",
            "list_swap_2": "Selank upregulates BDNF, inhibits enkephalin degradation and modulates inflammatory signaling, creating a profile that is part anxiolytic, part nootropic and part painkiller.",
        },
    },
    {
        "article": A,
        "reused": False,
        "sentence": "Tufsin is a tetrapeptide (Thr-Lys-Pro-Arg) that your body naturally produces — a fragment of the heavy chain of immunoglobulin G, released primarily in the spleen. Its main known function is immunomodulatory: tufsin enhances phagocytosis, stimulates macrophage activity, and modulates immune signaling.",
        "faithful": [
            "Tufsin, a tetrapeptide (Thr-Lys-Pro-Arg), is made naturally by the body and released mainly in the spleen.",
            "Tufsin's main known job is immunomodulatory: it stimulates macrophage activity, modulates immune signaling and enhances phagocytosis.",
            "Tufsin is a piece of the heavy chain of immunoglobulin G.",
        ],
        "changed": {
            "hedge_dropped": "Tufsin is a fragment of the heavy chain of immunoglobulin G that is released only in the spleen.",
            "list_swap": "Tufsin enhances phagocytosis, stimulates macrophage activity and boosts antibody production.",
            # merge: the hippocampus is where Selank changes GABA-gene and BDNF expression, not where tufsin is released
            "merge": "Tufsin is a tetrapeptide (Thr-Lys-Pro-Arg) that the body releases primarily in the hippocampus.",
            "role_swap": "Tufsin's activity is stimulated by macrophages, and it is a fragment of the heavy chain of immunoglobulin G.",
        },
    },
    {
        "article": A,
        "reused": False,
        "sentence": "Second, the Pro-Gly-Pro tail appears to contribute its own biological activity, as this tripeptide sequence has independent immunomodulatory and neuroprotective properties documented in the literature.",
        "faithful": [
            "The Pro-Gly-Pro tail of Selank appears to add biological activity of its own.",
            "The literature documents independent neuroprotective and immunomodulatory properties for the Pro-Gly-Pro tripeptide sequence.",
            "Because the Pro-Gly-Pro sequence has its own documented immunomodulatory and neuroprotective properties, the tail appears to contribute biological activity itself.",
        ],
        "changed": {
            "hedge_dropped": "The Pro-Gly-Pro tail contributes its own biological activity, as the tripeptide has independent immunomodulatory and neuroprotective properties.",
            "list_swap": "The Pro-Gly-Pro tripeptide sequence has independent immunomodulatory and antioxidant properties documented in the literature.",
            # merge: the Bulletin of Experimental Biology and Medicine is the journal of the GABA research
            "merge": "The Pro-Gly-Pro tail appears to contribute its own biological activity, as documented in the Bulletin of Experimental Biology and Medicine.",
            "role_swap": "The Pro-Gly-Pro tripeptide appears to have independent immunomodulatory and neuroprotective properties because the tail contributes biological activity to Selank.",
        },
    },
    {
        "article": A,
        "reused": False,
        "sentence": "This works — often powerfully — but the benzodiazepine binding site is also responsible for sedation, muscle relaxation, amnesia, and the receptor downregulation that leads to tolerance and dependence.",
        "faithful": [
            "Although the approach often works powerfully, the benzodiazepine binding site also causes sedation, muscle relaxation and amnesia.",
            "The benzodiazepine binding site is also responsible for receptor downregulation, which leads to tolerance and dependence.",
            "Amnesia, sedation, muscle relaxation and the receptor downregulation behind tolerance and dependence all come from the benzodiazepine binding site.",
        ],
        "changed": {
            "hedge_dropped": "Acting on the benzodiazepine binding site always works powerfully, but the site is also responsible for sedation, muscle relaxation and amnesia.",
            "list_swap": "The benzodiazepine binding site is responsible for sedation, muscle relaxation, seizures and the receptor downregulation that leads to tolerance.",
            "role_swap": "Tolerance and dependence lead to the receptor downregulation that the benzodiazepine binding site is responsible for.",
            # merge: the 84 GABAergic genes are the ones Selank altered in the 2008 Zozulya study
            "merge": "The benzodiazepine binding site is responsible for sedation, muscle relaxation, amnesia and altered expression of 84 genes related to GABAergic signaling.",
        },
    },
    {
        "article": A,
        "reused": False,
        "sentence": "In models of immune challenge, Selank enhanced the expression of anti-inflammatory cytokines (IL-10) while modulating pro-inflammatory markers (IL-6, TNF-alpha).",
        "faithful": [
            "In immune-challenge models, Selank boosted expression of the anti-inflammatory cytokine IL-10.",
            "Selank modulated the pro-inflammatory markers TNF-alpha and IL-6 in models of immune challenge.",
            "When the immune system was challenged in models, Selank raised IL-10 expression and modulated IL-6 and TNF-alpha.",
        ],
        "changed": {
            "role_swap": "In models of immune challenge, Selank enhanced the expression of the pro-inflammatory markers IL-6 and TNF-alpha while modulating the anti-inflammatory cytokine IL-10.",
            "list_swap": "Selank modulated the pro-inflammatory markers IL-6 and IL-1 beta in models of immune challenge.",
            # merge: the hippocampus is the tissue of the GABA-gene and BDNF findings
            "merge": "In models of immune challenge, Selank enhanced the expression of the anti-inflammatory cytokine IL-10 in the hippocampus.",
            "negation": "In models of immune challenge, Selank enhanced IL-10 expression without affecting the pro-inflammatory markers IL-6 and TNF-alpha.",
        },
    },
    {
        "article": A,
        "reused": False,
        "sentence": "A 2009 study found that Selank influenced the expression of 45 genes related to immune function, with effects on T-cell signaling, innate immunity, and inflammatory pathways.",
        "faithful": [
            "A 2009 study found Selank affected the expression of 45 immune-function genes.",
            "According to a 2009 study, Selank's effects on immune gene expression touched inflammatory pathways, innate immunity and T-cell signaling.",
            "Selank influenced how 45 genes tied to immune function were expressed, with effects on T-cell signaling, innate immunity and inflammatory pathways, a 2009 study found.",
        ],
        "changed": {
            # merge: Zozulya and colleagues wrote the 2008 study of the 84 GABAergic genes
            "merge": "A 2009 study by Zozulya and colleagues found that Selank influenced the expression of 45 genes related to immune function.",
            "list_swap": "A 2009 study found that Selank influenced 45 immune-function genes, with effects on T-cell signaling, B-cell signaling and inflammatory pathways.",
            "negation": "A 2009 study found that Selank influenced the expression of 45 immune-function genes but had no effect on T-cell signaling.",
            # merge: Doklady Biological Sciences is the journal of the cytokine and chemokine research
            "merge_2": "A 2009 study published in Doklady Biological Sciences found that Selank influenced the expression of 45 genes related to immune function.",
        },
    },
    {
        "article": A,
        "reused": False,
        "sentence": "It has been used clinically for generalized anxiety disorder and as an adjunct in the treatment of neurasthenia (a diagnosis more commonly used in Russian and Eastern European psychiatry, roughly corresponding to anxiety-fatigue syndromes in Western terminology).",
        "faithful": [
            "Selank has been used clinically for generalized anxiety disorder.",
            "In treating neurasthenia, Selank has been used as an add-on.",
            "Neurasthenia is a diagnosis used more commonly in Russian and Eastern European psychiatry, and it roughly corresponds to what Western terminology calls anxiety-fatigue syndromes.",
        ],
        "changed": {
            "hedge_dropped": "Neurasthenia, a diagnosis more common in Russian and Eastern European psychiatry, is exactly the same as anxiety-fatigue syndromes in Western terminology.",
            "role_swap": "Selank has been used clinically for neurasthenia and as an adjunct in the treatment of generalized anxiety disorder.",
            "hedge_dropped_2": "Neurasthenia is a diagnosis used only in Russian and Eastern European psychiatry.",
            # merge: medazepam is the benzodiazepine comparator of the clinical trial, not an adjunct partner
            "merge": "Selank has been used clinically as an adjunct alongside medazepam in the treatment of neurasthenia.",
        },
    },
    {
        "article": A,
        "reused": False,
        "sentence": "The standard research concentration is 5mg (ref: SK5), with higher-concentration formulations at 11mg (ref: SK11) used in some study protocols. The intranasal route provides rapid onset — effects are generally observed within 10-15 minutes in behavioral studies — and a duration of action of several hours.",
        "faithful": [
            "The standard research concentration of Selank is 5mg (ref: SK5).",
            "Some study protocols use a higher-concentration 11mg formulation (ref: SK11).",
            "Given intranasally, Selank acts for several hours, and in behavioral studies its effects are generally seen within 10-15 minutes.",
        ],
        "changed": {
            "hedge_dropped": "In behavioral studies, the effects of intranasal Selank are always observed within 10-15 minutes.",
            "role_swap": "The standard research concentration is 11mg (ref: SK11), while a 5mg formulation (ref: SK5) is used in some study protocols.",
            # merge: the Vogel conflict test is one of the tests used to compare anxiolytic magnitude with benzodiazepines, not named for onset
            "merge": "In the Vogel conflict test, the effects of intranasal Selank are generally observed within 10-15 minutes.",
            "hedge_dropped_2": "Higher-concentration 11mg formulations (ref: SK11) are used in every study protocol.",
        },
    },
    {
        "article": A,
        "reused": False,
        "sentence": "Selank is derived from tufsin (an immunomodulatory peptide), while Semax is derived from ACTH (an adrenal hormone fragment).",
        "faithful": [
            "Semax is derived from ACTH, a fragment of an adrenal hormone.",
            "Selank comes from tufsin, a peptide that modulates the immune system.",
            "The two peptides have different origins: Semax from ACTH, an adrenal hormone fragment, and Selank from the immunomodulatory peptide tufsin.",
        ],
        "changed": {
            "role_swap": "Selank is derived from ACTH (an adrenal hormone fragment), while Semax is derived from tufsin.",
            "role_swap_2": "Tufsin is an adrenal hormone fragment, while ACTH is an immunomodulatory peptide.",
            # merge: release primarily in the spleen is said of tufsin
            "merge": "Semax is derived from ACTH, a peptide released primarily in the spleen.",
            # merge: attaching a Pro-Gly-Pro sequence is how Selank was designed from tufsin
            "merge_2": "Semax was made by attaching a Pro-Gly-Pro sequence to ACTH, an adrenal hormone fragment.",
        },
    },
    {
        "article": A,
        "reused": False,
        "sentence": "Some researchers study them in combination, reasoning that the calming clarity of Selank plus the cognitive activation of Semax creates a balanced nootropic profile — alert but not anxious, calm but not sedated.",
        "faithful": [
            "Some researchers study Selank and Semax together.",
            "The reasoning for combining them is that Selank's calming clarity plus Semax's cognitive activation makes a balanced nootropic profile.",
            "Some researchers reason that Selank and Semax together give a profile that is calm but not sedated and alert but not anxious.",
        ],
        "changed": {
            "hedge_dropped": "Combining Selank's calming clarity with Semax's cognitive activation has been shown to create a balanced nootropic profile.",
            "role_swap": "Some researchers study them in combination, reasoning that the cognitive activation of Selank plus the calming clarity of Semax creates a balanced nootropic profile.",
            "hedge_dropped_2": "Most researchers study Selank and Semax in combination.",
            # merge: approval in Russia since 2009 is said of Selank alone
            "merge": "Some researchers study Selank and Semax in combination, a pairing approved in Russia since 2009.",
        },
    },
    # ------------------------------------------------------------------ B
    {
        "article": B,
        "reused": False,
        "sentence": "In one rat study, Selank enhanced the calming effect of diazepam under chronic stress.",
        "faithful": [
            "One rat study found that Selank boosted diazepam's calming effect under chronic stress.",
            "Under chronic stress, diazepam's calming effect was enhanced by Selank in a study in rats.",
            "Selank made diazepam more calming in rats that were under chronic stress, according to one study.",
        ],
        "changed": {
            "role_swap": "In one rat study, diazepam enhanced the calming effect of Selank under chronic stress.",
            # merge: medazepam is the comparator of the 2008 human study
            "merge": "In one rat study, Selank enhanced the calming effect of medazepam under chronic stress.",
            # merge: 2018 is the year of the receptor study in Protein and Peptide Letters; the rat study is from 2017
            "merge_2": "In a 2018 rat study, Selank enhanced the calming effect of diazepam under chronic stress.",
            "negation": "In one rat study, Selank enhanced the calming effect of diazepam, but not under chronic stress.",
        },
    },
    {
        "article": B,
        "reused": False,
        "sentence": "Human evidence comes from a small set of Russian clinical trials, including studies in generalized anxiety and neurasthenia where its anxiolytic effect was comparable to benzodiazepines such as medazepam and phenazepam, with a milder side-effect profile.",
        "faithful": [
            "Selank's human evidence comes from a small set of clinical trials run in Russia.",
            "In studies in neurasthenia and generalized anxiety, Selank's anti-anxiety effect was comparable to benzodiazepines such as phenazepam and medazepam.",
            "In the Russian trials, Selank matched benzodiazepines such as medazepam and phenazepam on anxiety while having a milder side-effect profile.",
        ],
        "changed": {
            "list_swap": "In Russian trials, Selank's anxiolytic effect was comparable to benzodiazepines such as medazepam and diazepam, with a milder side-effect profile.",
            "list_swap_2": "Human evidence includes studies in generalized anxiety and panic disorder where Selank's anxiolytic effect was comparable to benzodiazepines.",
            "role_swap": "In the Russian trials, benzodiazepines such as medazepam and phenazepam had a milder side-effect profile than Selank, with a comparable anxiolytic effect.",
            # merge: Protein and Peptide Letters is the journal of the 2018 laboratory receptor study
            "merge": "Human evidence for Selank comes from a small set of Russian clinical trials published in Protein and Peptide Letters.",
        },
    },
    {
        "article": B,
        "reused": True,
        "sentence": "Whether a peptide like Selank is appropriate for any individual depends on a full clinical picture, existing medications, and a physician's judgment. SCR coordinates any peptide consideration through licensed physicians who make that call on an individual basis.",
        "faithful": [
            "SCR coordinates any peptide consideration through licensed physicians.",
            "Licensed physicians make the call, person by person, on whether a peptide like Selank is appropriate.",
            "Whether Selank suits a person depends on their existing medications, a physician's judgment and the full clinical picture.",
        ],
        "changed": {
            "role_swap": "SCR makes the call on whether a peptide like Selank is appropriate for an individual, and licensed physicians coordinate the consideration.",
            "list_swap": "Whether a peptide like Selank is appropriate for an individual depends on a full clinical picture, existing medications and the person's age.",
            # merge: Russia is where Selank was developed and the clinical trials were run
            "merge": "SCR coordinates any peptide consideration through licensed physicians in Russia.",
            "list_swap_2": "Whether a peptide like Selank is appropriate for an individual depends on family history, existing medications and a physician's judgment.",
        },
    },
    {
        "article": B,
        "reused": False,
        "sentence": "A 2018 laboratory study in Protein and Peptide Letters reported that Selank acts as a positive allosteric modulator of GABA receptors, meaning it enhances the activity of the brain's main calming (GABA) system.",
        "faithful": [
            "A 2018 lab study in Protein and Peptide Letters reported that Selank is a positive allosteric modulator of GABA receptors.",
            "According to a 2018 laboratory study published in Protein and Peptide Letters, Selank boosts the activity of the GABA system, the brain's main calming system.",
            "Selank enhances the brain's main calming system, GABA, by acting as a positive allosteric modulator of its receptors, a 2018 study reported.",
        ],
        "changed": {
            # merge: Current Medicinal Chemistry is the journal of the 2017 tuftsin review
            "merge": "A 2018 laboratory study in Current Medicinal Chemistry reported that Selank acts as a positive allosteric modulator of GABA receptors.",
            "role_swap": "A 2018 laboratory study in Protein and Peptide Letters reported that GABA receptors act as positive allosteric modulators of Selank.",
            "negation": "A 2018 study in Protein and Peptide Letters reported that Selank acts as a positive allosteric modulator of GABA receptors without enhancing the brain's main calming system.",
            # merge: rats are the subjects of the 2017 behavioral study, not of the 2018 laboratory work
            "merge_2": "A 2018 study in rats, published in Protein and Peptide Letters, reported that Selank acts as a positive allosteric modulator of GABA receptors.",
        },
    },
    {
        "article": B,
        "reused": False,
        "sentence": "This is the same broad pathway that benzodiazepines act on, though the binding appears to work differently, which the authors suggest may explain why Selank does not carry the same dependence and sedation profile as those drugs.",
        "faithful": [
            "Selank acts on the same broad pathway as benzodiazepines, though its binding appears to work differently.",
            "The authors suggest the different binding may explain why Selank lacks the dependence and sedation profile of benzodiazepines.",
            "According to the authors, Selank's apparently different binding may be why it does not share benzodiazepines' sedation and dependence profile.",
        ],
        "changed": {
            "hedge_dropped": "The authors showed that the different binding explains why Selank does not carry the same dependence and sedation profile as benzodiazepines.",
            "hedge_dropped_2": "Selank acts on the same broad pathway as benzodiazepines, but its binding works differently.",
            "list_swap": "The different binding may explain why Selank does not carry the same dependence and withdrawal profile as benzodiazepines.",
            "role_swap": "The authors suggest the different binding may explain why benzodiazepines do not carry the same dependence and sedation profile as Selank.",
        },
    },
    {
        "article": B,
        "reused": False,
        "sentence": "The wider context comes from a 2017 review of tuftsin and its analogues in Current Medicinal Chemistry, which places Selank within a family of tuftsin-derived peptides studied for immune-modulating, anti-inflammatory, and related activity.",
        "faithful": [
            "A 2017 review in Current Medicinal Chemistry covered tuftsin and its analogues.",
            "The 2017 review places Selank in a family of tuftsin-derived peptides studied for anti-inflammatory, immune-modulating and related activity.",
            "Selank belongs to a family of peptides derived from tuftsin, according to a 2017 review in Current Medicinal Chemistry that gives the wider context.",
        ],
        "changed": {
            # merge: Protein and Peptide Letters is the journal of the 2018 receptor study
            "merge": "A 2017 review of tuftsin and its analogues in Protein and Peptide Letters places Selank within a family of tuftsin-derived peptides.",
            "list_swap": "The 2017 review places Selank within a family of tuftsin-derived peptides studied for immune-modulating, antimicrobial and related activity.",
            "role_swap": "The 2017 review in Current Medicinal Chemistry places tuftsin within a family of Selank-derived peptides.",
            "negation": "The 2017 review in Current Medicinal Chemistry places Selank outside the family of tuftsin-derived peptides studied for immune-modulating activity.",
        },
    },
    {
        "article": B,
        "reused": False,
        "sentence": "A 2008 study in generalized anxiety disorder and neurasthenia compared Selank with the benzodiazepine medazepam in 62 patients and reported a comparable anxiolytic effect, with Selank also showing antiasthenic and mild stimulant effects.",
        "faithful": [
            "A 2008 study of 62 patients compared Selank with the benzodiazepine medazepam.",
            "In the 2008 study, done in neurasthenia and generalized anxiety disorder, Selank's anxiolytic effect was comparable to medazepam's.",
            "Selank also showed mild stimulant and antiasthenic effects in the 2008 comparison with medazepam.",
        ],
        "changed": {
            # merge: 60 patients is the size of the 2014 phenazepam trial
            "merge": "A 2008 study in generalized anxiety disorder and neurasthenia compared Selank with medazepam in 60 patients.",
            "list_swap": "In the 2008 study against medazepam, Selank also showed antiasthenic and mild sedative effects.",
            "role_swap": "A 2008 study compared Selank with medazepam in 62 patients and found comparable anxiolytic effects, with medazepam also showing antiasthenic and mild stimulant effects.",
            "list_swap_2": "A 2008 study in generalized anxiety disorder and social anxiety disorder compared Selank with the benzodiazepine medazepam in 62 patients.",
        },
    },
    {
        "article": B,
        "reused": False,
        "sentence": "A 2014 comparative trial of 60 patients with phobic-anxiety and somatoform disorders compared Selank with phenazepam and reported a pronounced anxiolytic effect plus a mild nootropic effect, with the calming benefit persisting for about a week after the last dose.",
        "faithful": [
            "A 2014 trial compared Selank with phenazepam in 60 patients with somatoform and phobic-anxiety disorders.",
            "In the 2014 trial, Selank's calming benefit lasted for about a week after the last dose.",
            "The 2014 comparative trial reported a mild nootropic effect and a pronounced anxiolytic effect for Selank.",
        ],
        "changed": {
            "hedge_dropped": "In the 2014 trial, Selank's calming benefit persisted for exactly one week after the last dose.",
            # merge: medazepam is the comparator of the 2008 study
            "merge": "A 2014 comparative trial of 60 patients with phobic-anxiety and somatoform disorders compared Selank with medazepam.",
            "list_swap": "A 2014 comparative trial of 60 patients with phobic-anxiety and obsessive-compulsive disorders compared Selank with phenazepam.",
            "role_swap": "The 2014 trial reported a mild anxiolytic effect plus a pronounced nootropic effect for Selank.",
        },
    },
    {
        "article": B,
        "reused": False,
        "sentence": "These are small studies concentrated in a few research groups rather than large, independent international trials.",
        "faithful": [
            "The human studies of Selank are small and concentrated in a few research groups.",
            "Rather than large, independent international trials, the Selank human data come from small studies by a few research groups.",
            "The Selank trials are small studies from a few research groups, not large independent international trials.",
        ],
        "changed": {
            "role_swap": "These are large, independent international trials rather than small studies concentrated in a few research groups.",
            "negation": "These are small studies, but they are not concentrated in a few research groups.",
            # merge: rats belong to the preclinical tier, not to the clinical trials described here
            "merge": "These are small studies in rats concentrated in a few research groups rather than large, independent international trials.",
            "list_swap": "These are small studies concentrated in a few research groups rather than large, independent, placebo-controlled trials.",
        },
    },
    {
        "article": B,
        "reused": True,
        "sentence": "The evidence base for Selank is best understood in tiers, from mechanism to animals to people. At the mechanism level, the 2018 receptor study and the 2017 tuftsin review describe how Selank engages the GABA system and where it sits among related peptides.",
        "faithful": [
            "The article says Selank's evidence is best understood in tiers running from mechanism to animals to people.",
            "The 2018 receptor study and the 2017 tuftsin review make up the mechanism tier, describing how Selank engages the GABA system.",
            "Where Selank sits among related peptides is described at the mechanism level by the 2017 tuftsin review and the 2018 receptor study.",
        ],
        "changed": {
            "role_swap": "At the mechanism level, the 2018 receptor study describes where Selank sits among related peptides, while the 2017 tuftsin review describes how it engages the GABA system.",
            "list_swap": "The evidence base for Selank is best understood in tiers, from mechanism to cell cultures to people.",
            # merge: 2008 is the year of the medazepam trial, not of the receptor study
            "merge": "At the mechanism level, a 2008 receptor study and the 2017 tuftsin review describe how Selank engages the GABA system.",
            "negation": "At the mechanism level, the 2018 receptor study and the 2017 tuftsin review describe how Selank engages the GABA system but not where it sits among related peptides.",
        },
    },
    # ------------------------------------------------------------------ C
    {
        "article": C,
        "reused": False,
        "sentence": "Selank and Semax are both Russian-developed research peptides from the Institute of Molecular Genetics, and both have nootropic and neuroprotective properties. They are frequently compared because they are often used together.",
        "faithful": [
            "Both Selank and Semax were developed in Russia at the Institute of Molecular Genetics.",
            "Selank and Semax both have neuroprotective and nootropic properties.",
            "Selank and Semax are often used together, which is why they are frequently compared.",
        ],
        "changed": {
            "hedge_dropped": "Selank and Semax are always used together, which is why they are frequently compared.",
            "role_swap": "Selank and Semax are often used together because they are frequently compared.",
            "list_swap": "Selank and Semax are both Russian-developed research peptides, and both have nootropic and anti-inflammatory properties.",
            # merge: stroke recovery is the registered indication of Semax only
            "merge": "Selank and Semax are both Russian-developed research peptides from the Institute of Molecular Genetics, and both are registered for stroke recovery.",
        },
    },
    {
        "article": C,
        "reused": False,
        "sentence": "Semax is derived from ACTH(4-7) and has primary activity in BDNF upregulation and cognitive enhancement, with secondary anxiolytic properties.",
        "faithful": [
            "Semax is derived from ACTH(4-7).",
            "Semax's main activity is in cognitive enhancement and BDNF upregulation.",
            "Anxiety-reducing properties are secondary for Semax, whose primary activity lies in BDNF upregulation and cognitive enhancement.",
        ],
        "changed": {
            "role_swap": "Semax has primary anxiolytic activity, with secondary effects on BDNF upregulation and cognitive enhancement.",
            # merge: tuftsin is the parent peptide of Selank
            "merge": "Semax is derived from tuftsin and has primary activity in BDNF upregulation and cognitive enhancement.",
            "list_swap": "Semax is derived from ACTH(4-7) and has primary activity in BDNF upregulation and immune function, with secondary anxiolytic properties.",
            "negation": "Semax is derived from ACTH(4-7) and has primary activity in BDNF upregulation and cognitive enhancement, with no anxiolytic properties.",
        },
    },
    {
        "article": C,
        "reused": False,
        "sentence": "Semax was developed from a fragment of ACTH (adrenocorticotropic hormone, the pituitary hormone that regulates the adrenal stress response and has documented cognitive and neuroprotective effects).",
        "faithful": [
            "Semax was developed from a piece of ACTH, adrenocorticotropic hormone.",
            "ACTH is the pituitary hormone that regulates the adrenal stress response.",
            "ACTH, from a fragment of which Semax was developed, has documented neuroprotective and cognitive effects.",
        ],
        "changed": {
            "role_swap": "ACTH is the adrenal hormone that regulates the pituitary stress response.",
            # merge: modifications targeting anxiety-relevant mechanisms are part of Selank's design
            "merge": "Semax was developed from a fragment of ACTH, with modifications targeting anxiety-relevant mechanisms.",
            "list_swap": "ACTH, from which Semax was developed, has documented cognitive and anti-inflammatory effects.",
            "negation": "Semax was developed from a fragment of ACTH, a pituitary hormone with no documented cognitive effects.",
        },
    },
    {
        "article": C,
        "reused": False,
        "sentence": "Selank has also been documented to increase BDNF (brain derived neurotrophic factor, the primary growth factor for synapse formation, neuroplasticity, and neuron survival in the central nervous system) expression in published preclinical research. This BDNF upregulation may contribute to the anxiolytic and stress-buffering effects observed in clinical research.",
        "faithful": [
            "Published preclinical research has documented that Selank increases BDNF expression.",
            "Selank's raising of BDNF may contribute to the stress-buffering and anti-anxiety effects seen in clinical research.",
            "BDNF is the primary growth factor in the central nervous system for neuron survival, neuroplasticity and synapse formation.",
        ],
        "changed": {
            "hedge_dropped": "Selank's BDNF upregulation produces the anxiolytic and stress-buffering effects observed in clinical research.",
            # merge: hippocampal and cortical tissue is where Semax's BDNF action is most reported
            "merge": "Selank has been documented to increase BDNF expression, particularly in cortical tissue, in published preclinical research.",
            "list_swap": "BDNF is the primary growth factor for synapse formation, neuroplasticity and myelin repair in the central nervous system.",
            "role_swap": "Selank's BDNF increase was documented in clinical research, while its anxiolytic and stress-buffering effects were observed in preclinical research.",
        },
    },
    {
        "article": C,
        "reused": False,
        "sentence": "This shared BDNF convergence is why researchers sometimes study both compounds together - one addressing the anxiety-driven suppression of neuroplasticity, the other directly driving neuroplasticity enhancement.",
        "faithful": [
            "Researchers sometimes study Selank and Semax together because both converge on BDNF.",
            "In the pairing, one compound addresses anxiety-driven suppression of neuroplasticity and the other directly drives neuroplasticity enhancement.",
            "Because of their shared BDNF convergence, the two compounds are sometimes studied together by researchers.",
        ],
        "changed": {
            "hedge_dropped": "This shared BDNF convergence is why researchers routinely study both compounds together.",
            "role_swap": "Selank directly drives neuroplasticity enhancement, while Semax addresses the anxiety-driven suppression of neuroplasticity.",
            # merge: the enkephalin overlap is a separate point in the key findings, not the reason for studying them together
            "merge": "Their shared effect on enkephalin breakdown is why researchers sometimes study both compounds together.",
            "role_swap_2": "Researchers sometimes study both compounds together, and this is why the two converge on BDNF.",
        },
    },
    {
        "article": C,
        "reused": False,
        "sentence": "In published research, Selank tends to produce sedation-adjacent effects at higher doses - consistent with its GABAergic mechanism. Semax tends to produce stimulatory and activating effects - consistent with its dopaminergic and BDNF-driven mechanisms.",
        "faithful": [
            "In published research, Selank tends to produce sedation-adjacent effects at higher doses.",
            "Semax tends to produce stimulating and activating effects, which fits its dopaminergic and BDNF-driven mechanisms.",
            "Selank's tendency toward sedation-adjacent effects at higher doses is consistent with its GABAergic mechanism.",
        ],
        "changed": {
            "hedge_dropped": "In published research, Selank always produces sedation-adjacent effects at higher doses.",
            "role_swap": "In published research, Semax tends to produce sedation-adjacent effects at higher doses, while Selank tends to produce stimulatory and activating effects.",
            # merge: enkephalin regulation is listed as a Selank mechanism in the comparison table, not as the basis of its sedation-adjacent effects
            "merge": "Selank tends to produce sedation-adjacent effects at higher doses, consistent with its enkephalin-regulating mechanism.",
            "hedge_dropped_2": "In published research, Semax produces stimulatory and activating effects in every case.",
        },
    },
    {
        "article": C,
        "reused": False,
        "sentence": "Semax published protocols similarly use intranasal administration with doses typically ranging from 200 mcg to 600 mcg per administration, with research cycles varying by indication.",
        "faithful": [
            "Published Semax protocols use intranasal administration.",
            "Semax doses in published protocols typically range from 200 mcg to 600 mcg per administration.",
            "Research cycles for Semax vary with the indication, and its doses typically run from 200 to 600 mcg each time.",
        ],
        "changed": {
            "hedge_dropped": "Semax doses in published protocols always range from 200 mcg to 600 mcg per administration.",
            # merge: cycle lengths of 2 to 4 weeks are given for Selank's published protocols
            "merge": "Published Semax protocols use intranasal doses from 200 mcg to 600 mcg, with cycle lengths of 2 to 4 weeks.",
            "role_swap": "Published Selank protocols use doses typically ranging from 200 mcg to 600 mcg, while Semax doses reach 900 mcg.",
            "negation": "Published Semax protocols use intranasal administration, with research cycles that do not vary by indication.",
        },
    },
    {
        "article": C,
        "reused": False,
        "sentence": "Both compounds have published data on tolerance development with prolonged continuous use, which contributes to the cycling protocols common in the research literature.",
        "faithful": [
            "Both Selank and Semax have published data on tolerance developing with prolonged continuous use.",
            "Cycling protocols are common in the research literature, partly because of published data on tolerance with long continuous use of both compounds.",
            "Published data on tolerance developing with prolonged continuous use of both compounds contributes to the common cycling protocols.",
        ],
        "changed": {
            "role_swap": "The cycling protocols common in the research literature contribute to tolerance development with prolonged use of both compounds.",
            # merge: post-stroke recovery protocols belong to Semax's clinical research, not to the tolerance data
            "merge": "Both compounds have published data on tolerance development, drawn from post-stroke recovery protocols.",
            "hedge_dropped": "Both compounds have published data on tolerance development, which is why all protocols in the research literature use cycling.",
            "negation": "Both compounds have published data showing no tolerance development with prolonged continuous use.",
        },
    },
    {
        "article": C,
        "reused": False,
        "sentence": "Chronic anxiety suppresses hippocampal neuroplasticity and working memory through cortisol-mediated BDNF suppression. Selank addresses the anxiety state that is suppressing neuroplasticity.",
        "faithful": [
            "Chronic anxiety suppresses working memory and hippocampal neuroplasticity.",
            "Anxiety's suppression of hippocampal neuroplasticity works through BDNF suppression driven by cortisol.",
            "Selank targets the anxiety state that suppresses neuroplasticity.",
        ],
        "changed": {
            "role_swap": "Suppressed hippocampal neuroplasticity and working memory cause chronic anxiety through cortisol-mediated BDNF suppression.",
            "role_swap_2": "Semax addresses the anxiety state that is suppressing neuroplasticity.",
            "list_swap": "Chronic anxiety suppresses hippocampal neuroplasticity and long-term memory through cortisol-mediated BDNF suppression.",
            # merge: dopamine belongs to Semax's mechanism, not to the anxiety-driven BDNF suppression
            "merge": "Chronic anxiety suppresses hippocampal neuroplasticity and working memory through dopamine-mediated BDNF suppression.",
        },
    },
    {
        "article": C,
        "reused": False,
        "sentence": "Selank handles the anxiety and stress-reduction component while Semax handles cognitive enhancement. Effects are additive rather than redundant.",
        "faithful": [
            "Semax handles cognitive enhancement, while Selank handles the anxiety and stress-reduction component.",
            "The effects of Selank and Semax are additive, not redundant.",
            "Selank takes care of reducing anxiety and stress.",
        ],
        "changed": {
            "role_swap": "Semax handles the anxiety and stress-reduction component while Selank handles cognitive enhancement.",
            "role_swap_2": "When Selank and Semax are combined, their effects are redundant rather than additive.",
            # merge: stroke recovery is Semax's registered indication, not its role in the stack
            "merge": "Selank handles the anxiety and stress-reduction component while Semax handles stroke recovery.",
            "list_swap": "Selank handles the anxiety and sleep component while Semax handles cognitive enhancement.",
        },
    },
    # ------------------------------------------------------------------ D
    {
        "article": D,
        "reused": False,
        "sentence": "It works by modulating GABA, serotonin, and dopamine systems, and by inhibiting the breakdown of enkephalins in the brain.",
        "faithful": [
            "Selank works by modulating the GABA, dopamine and serotonin systems.",
            "Selank also works by inhibiting the breakdown of enkephalins in the brain.",
            "Part of how Selank works is by blocking the breakdown of enkephalins in the brain, alongside modulating GABA, serotonin and dopamine.",
        ],
        "changed": {
            "list_swap": "Selank works by modulating the GABA, serotonin and glutamate systems, and by inhibiting the breakdown of enkephalins.",
            "role_swap": "Selank works by inhibiting the GABA, serotonin and dopamine systems, and by modulating the breakdown of enkephalins.",
            # merge: BDNF is a protein whose expression Selank increases; breakdown inhibition is said of enkephalins
            "merge": "Selank works by modulating GABA, serotonin and dopamine, and by inhibiting the breakdown of BDNF in the brain.",
            "list_swap_2": "Selank works by modulating the GABA, serotonin and dopamine systems, and by inhibiting the breakdown of endorphins in the brain.",
        },
    },
    {
        "article": D,
        "reused": False,
        "sentence": "Due to poor oral stability, it is administered as an intranasal spray or subcutaneous injection for effective absorption.",
        "faithful": [
            "Selank is given as an intranasal spray or a subcutaneous injection.",
            "Because it is not stable when taken by mouth, Selank is administered by subcutaneous injection or nasal spray so that it is absorbed effectively.",
            "Selank's poor oral stability is why it is delivered as a nasal spray or an under-the-skin injection.",
        ],
        "changed": {
            "list_swap": "Due to poor oral stability, Selank is administered as an intranasal spray or intravenous injection.",
            "role_swap": "Selank has poor oral stability because it is administered as an intranasal spray or subcutaneous injection.",
            # merge: immunogenicity is the FDA's concern about compounded drugs, not the reason for the route
            "merge": "Due to its risk of immunogenicity, Selank is administered as an intranasal spray or subcutaneous injection.",
            "list_swap_2": "Due to poor oral stability, Selank is administered as eye drops or a subcutaneous injection for effective absorption.",
        },
    },
    {
        "article": D,
        "reused": False,
        "sentence": "While it is approved in Russia for conditions like Generalized Anxiety Disorder (GAD), it is not approved by the U.S. Food & Drug Administration (FDA) and is sold in the United States through compounding pharmacies or as a research chemical.",
        "faithful": [
            "Selank is approved in Russia for conditions such as Generalized Anxiety Disorder.",
            "The U.S. Food & Drug Administration has not approved Selank.",
            "In the United States, Selank is sold as a research chemical or through compounding pharmacies.",
        ],
        "changed": {
            "role_swap": "Selank is approved by the U.S. FDA for conditions like Generalized Anxiety Disorder, but it is not approved in Russia.",
            "list_swap": "In the United States, Selank is sold through compounding pharmacies or as a dietary supplement.",
            # merge: ADHD symptoms are where the focus benefit may help, not an approved condition
            "merge": "Selank is approved in Russia for conditions like ADHD.",
            "negation": "Selank is approved in Russia for conditions like Generalized Anxiety Disorder, and it is also approved by the U.S. FDA.",
        },
    },
    {
        "article": D,
        "reused": False,
        "sentence": "The peptide influences the levels of key neurotransmitters like serotonin and dopamine. By helping to normalize these chemicals, Selank can improve mood, reduce symptoms of depression, and enhance feelings of well-being.",
        "faithful": [
            "Selank influences the levels of key neurotransmitters such as dopamine and serotonin.",
            "By helping normalize serotonin and dopamine, Selank can lift mood, ease depression symptoms and enhance well-being.",
            "Depression symptoms can be reduced by Selank, which helps normalize neurotransmitters like serotonin.",
        ],
        "changed": {
            "hedge_dropped": "By normalizing serotonin and dopamine, Selank improves mood, reduces symptoms of depression and enhances well-being.",
            "list_swap": "By helping to normalize serotonin and dopamine, Selank can improve mood, reduce symptoms of depression and reduce pain.",
            "role_swap": "By improving mood, Selank helps normalize key neurotransmitters like serotonin and dopamine.",
            # merge: normalizing the cortisol response is described under anxiety and stress, not as the route to mood and depression
            "merge": "By helping to normalize the body's cortisol response, Selank can improve mood and reduce symptoms of depression.",
        },
    },
    {
        "article": D,
        "reused": False,
        "sentence": "It inhibits the enzymes that break down enkephalins, which are natural opioid peptides in the brain. This action can boost mood and counteract the stress response.",
        "faithful": [
            "Selank inhibits the enzymes that break down enkephalins.",
            "Enkephalins are natural opioid peptides found in the brain.",
            "By blocking enkephalin-degrading enzymes, Selank can lift mood and counter the stress response.",
        ],
        "changed": {
            "hedge_dropped": "Selank's inhibition of enkephalin-degrading enzymes boosts mood and counteracts the stress response.",
            "role_swap": "Enkephalins inhibit the enzymes that break down Selank.",
            # merge: Interleukin-6 is the cytokine Selank influences under immune effects
            "merge": "Selank inhibits the enzymes that break down Interleukin-6 in the brain.",
            "list_swap": "Selank's inhibition of the enzymes that break down enkephalins can boost mood and improve memory.",
        },
    },
    {
        "article": D,
        "reused": False,
        "sentence": "Users report a reduction in feelings of stress and anxiety, including social anxiety, leading to a greater sense of calm and well-being.",
        "faithful": [
            "Users of Selank report feeling less stress and anxiety, including social anxiety.",
            "According to users, the drop in stress and anxiety leads to more calm and well-being.",
            "A greater sense of calm and well-being follows from the reduction in stress and anxiety, social anxiety included, that users report.",
        ],
        "changed": {
            "hedge_dropped": "Studies have shown that Selank reduces social anxiety, leading to a greater sense of calm and well-being.",
            "role_swap": "Users report a greater sense of calm and well-being, leading to a reduction in feelings of stress and anxiety.",
            "list_swap": "Users report a reduction in feelings of stress and anxiety, including panic attacks, leading to a greater sense of calm.",
            # merge: medazepam is the comparator in the clinical trials, not part of what users report
            "merge": "Users report a reduction in stress and social anxiety as large as with medazepam.",
        },
    },
    {
        "article": D,
        "reused": False,
        "sentence": "Research suggests Selank has neuroprotective properties, with studies exploring its ability to counter the negative cognitive effects of alcohol withdrawal.",
        "faithful": [
            "Research suggests that Selank has neuroprotective properties.",
            "Studies have explored whether Selank can counter the negative cognitive effects of alcohol withdrawal.",
            "Studies are looking at Selank's ability to offset the harm alcohol withdrawal does to thinking, and research suggests it protects nerve cells.",
        ],
        "changed": {
            "hedge_dropped": "Research shows that Selank has neuroprotective properties.",
            "hedge_dropped_2": "Studies have shown that Selank counters the negative cognitive effects of alcohol withdrawal.",
            # merge: withdrawal is discussed for benzodiazepines in the comparison table and the safety section
            "merge": "Research suggests Selank has neuroprotective properties, with studies exploring its ability to counter the negative cognitive effects of benzodiazepine withdrawal.",
            "role_swap": "Studies have explored the ability of alcohol withdrawal to counter the negative cognitive effects of Selank.",
        },
    },
    {
        "article": D,
        "reused": False,
        "sentence": "However, the U.S. FDA has noted a risk for immunogenicity (an unwanted immune response) with compounded drugs containing Selank.",
        "faithful": [
            "The U.S. FDA has flagged a risk of immunogenicity with compounded drugs that contain Selank.",
            "Compounded drugs containing Selank carry a risk of an unwanted immune response, the U.S. FDA has noted.",
            "Immunogenicity, meaning an unwanted immune response, is a risk the FDA has noted for compounded Selank drugs.",
        ],
        "changed": {
            # merge: pregnancy and breastfeeding are where supervision is especially advised, not part of the FDA note
            "merge": "The U.S. FDA has noted a risk for immunogenicity with compounded drugs containing Selank in people who are pregnant or breastfeeding.",
            "hedge_dropped": "The U.S. FDA has found that compounded drugs containing Selank cause an unwanted immune response.",
            "list_swap": "The U.S. FDA has noted a risk for immunogenicity with research chemicals containing Selank.",
            "negation": "The U.S. FDA has noted no risk for immunogenicity with compounded drugs containing Selank.",
        },
    },
    {
        "article": D,
        "reused": False,
        "sentence": "While not a sedative, Selank may improve sleep quality by reducing anxiety and regulating circadian rhythms through its modulation of GABA and serotonin.",
        "faithful": [
            "Selank is not a sedative, but it may improve sleep quality.",
            "Selank may help sleep by reducing anxiety and by regulating circadian rhythms.",
            "Selank's possible sleep benefit works through its modulation of serotonin and GABA, the article says.",
        ],
        "changed": {
            "hedge_dropped": "Although it is not a sedative, Selank improves sleep quality.",
            "negation": "Selank is a sedative that may improve sleep quality by reducing anxiety.",
            "list_swap": "Selank may improve sleep quality through its modulation of GABA and dopamine.",
            "role_swap": "Selank may reduce anxiety by improving sleep quality and regulating circadian rhythms.",
        },
    },
    {
        "article": D,
        "reused": False,
        "sentence": "Selank is primarily calming and anxiolytic, ideal for stress and anxiety. Semax is primarily stimulating and nootropic, better suited for enhancing focus, motivation, and cognitive drive.",
        "faithful": [
            "Semax is mainly stimulating and nootropic.",
            "Selank is primarily calming and anxiolytic, which makes it ideal for stress and anxiety.",
            "For enhancing focus, motivation and cognitive drive, Semax is the better fit, being primarily stimulating and nootropic.",
        ],
        "changed": {
            "role_swap": "Semax is primarily calming and ideal for stress and anxiety, while Selank is better suited for enhancing focus and motivation.",
            "hedge_dropped": "Selank is purely calming and anxiolytic, ideal for stress and anxiety.",
            "list_swap": "Semax is primarily stimulating and better suited for enhancing focus, motivation and sleep.",
            # merge: approval for Generalized Anxiety Disorder in Russia is said of Selank
            "merge": "Semax is primarily stimulating and nootropic, and it is approved in Russia for Generalized Anxiety Disorder.",
        },
    },
    # ------------------------------------------------------------------ E
    {
        "article": E,
        "reused": False,
        "sentence": "Benzodiazepines are the most prescribed class of anxiolytics in the world. They also come with a known cost: sedation, motor impairment, cognitive dulling, anterograde amnesia, dependence, and a withdrawal syndrome that can be medically dangerous.",
        "faithful": [
            "Benzodiazepines are the world's most prescribed class of anti-anxiety drugs.",
            "Benzodiazepines carry a known cost that includes sedation, motor impairment, cognitive dulling and anterograde amnesia.",
            "Dependence and a withdrawal syndrome that can be medically dangerous are part of the known cost of benzodiazepines.",
        ],
        "changed": {
            "list_swap": "Benzodiazepines come with a known cost: sedation, motor impairment, weight gain, anterograde amnesia, dependence and withdrawal.",
            "hedge_dropped": "Benzodiazepines come with a withdrawal syndrome that is always medically dangerous.",
            # merge: the Russian Federation is where Selank is registered, not where benzodiazepines are said to be most prescribed
            "merge": "Benzodiazepines are the most prescribed class of anxiolytics in the Russian Federation.",
            "negation": "Benzodiazepines come with sedation, motor impairment and anterograde amnesia, but not with dependence.",
        },
    },
    {
        "article": E,
        "reused": False,
        "sentence": "Benzodiazepines act on GABA-A receptors at a well-characterized allosteric site. Selank’s anxiolytic effect in animal and human studies is most consistently attributed to GABAergic modulation as well, though through a different binding interaction[2][3].",
        "faithful": [
            "Benzodiazepines act on GABA-A receptors at an allosteric site that is well characterized.",
            "In animal and human studies, Selank's anti-anxiety effect is most consistently attributed to GABAergic modulation, though through a different binding interaction.",
            "Like that of benzodiazepines, Selank's anxiolytic effect is most consistently put down to the GABA system, but via a different binding interaction.",
        ],
        "changed": {
            "hedge_dropped": "Selank's anxiolytic effect in animal and human studies is entirely due to GABAergic modulation.",
            "role_swap": "Selank acts on GABA-A receptors at a well-characterized allosteric site, while benzodiazepines work through a different binding interaction.",
            # merge: inhibition of enkephalin-degrading enzymes is Selank's second pathway, not the one its effect is most consistently attributed to
            "merge": "Selank's anxiolytic effect in animal and human studies is most consistently attributed to inhibition of enkephalin-degrading enzymes.",
            "list_swap": "Selank's anxiolytic effect in animal and cell-culture studies is most consistently attributed to GABAergic modulation.",
        },
    },
    {
        "article": E,
        "reused": False,
        "sentence": "Benzodiazepines (diazepam, alprazolam, lorazepam, clonazepam, medazepam, and dozens more) bind a specific allosteric site on the GABA-A receptor: the benzodiazepine site, which sits at the interface of the α and γ2 subunits of pentameric GABA-A pentamers.",
        "faithful": [
            "Benzodiazepines such as lorazepam, diazepam, clonazepam, alprazolam and medazepam bind a specific allosteric site on the GABA-A receptor.",
            "The benzodiazepine site sits where the α and γ2 subunits of GABA-A pentamers meet.",
            "Dozens more benzodiazepines besides diazepam, alprazolam, lorazepam, clonazepam and medazepam bind the benzodiazepine site of the GABA-A receptor.",
        ],
        "changed": {
            "list_swap": "Benzodiazepines such as diazepam, alprazolam, lorazepam, buspirone and medazepam bind a specific allosteric site on the GABA-A receptor.",
            "list_swap_2": "The benzodiazepine site sits at the interface of the α and β subunits of GABA-A pentamers.",
            # merge: Volkova and colleagues (2016) compared Selank with benzodiazepines; the BZD-site mechanism is cited to Möhler and colleagues
            "merge": "Benzodiazepines bind a specific allosteric site on the GABA-A receptor, as first characterized by Volkova and colleagues (2016).",
            "negation": "Benzodiazepines bind a site on the GABA-A receptor that does not sit at the interface of the α and γ2 subunits.",
        },
    },
    {
        "article": E,
        "reused": False,
        "sentence": "Zozulya and colleagues (2008) reported a clinical study of Selank in patients with generalized anxiety disorder and neurasthenia, with the benzodiazepine medazepam as a comparator[3]. The endpoints were standard psychiatric anxiety scales applied longitudinally over a treatment course of approximately 14 days.",
        "faithful": [
            "Zozulya and colleagues (2008) studied Selank in patients with neurasthenia and generalized anxiety disorder.",
            "The 2008 Zozulya study used the benzodiazepine medazepam as a comparator.",
            "Over a treatment course of approximately 14 days, the study's endpoints were standard psychiatric anxiety scales applied over time.",
        ],
        "changed": {
            # merge: mixed anxiety disorders are the population of Medvedev 2015
            "merge": "Zozulya and colleagues (2008) reported a clinical study of Selank in patients with mixed anxiety disorders, with medazepam as a comparator.",
            "role_swap": "Zozulya and colleagues (2008) reported a clinical study of medazepam, with Selank as the comparator.",
            "list_swap": "Zozulya and colleagues (2008) studied Selank in patients with generalized anxiety disorder and acute panic, with medazepam as a comparator.",
            # merge: sedation and motor impairment are side-effect axes of the table, not the study's endpoints
            "merge_2": "The endpoints of the Zozulya study were sedation and motor-impairment scales applied over a treatment course of approximately 14 days.",
        },
    },
    {
        "article": E,
        "reused": False,
        "sentence": "The paper’s contribution to the benzodiazepine comparison is indirect but important: it describes Selank being used to taper or replace benzodiazepine therapy in patients with established benzodiazepine exposure, without the rebound-anxiety spike that typically accompanies benzodiazepine withdrawal.",
        "faithful": [
            "The paper describes Selank being used to taper or replace benzodiazepine therapy in patients already exposed to benzodiazepines.",
            "The paper's contribution to the benzodiazepine comparison is indirect but important.",
            "When Selank was used to taper or replace benzodiazepines, the paper describes no rebound-anxiety spike of the kind that typically comes with benzodiazepine withdrawal.",
        ],
        "changed": {
            "hedge_dropped": "The paper describes Selank replacing benzodiazepine therapy without the rebound-anxiety spike that always accompanies benzodiazepine withdrawal.",
            "role_swap": "The paper describes benzodiazepines being used to taper or replace Selank therapy in patients with established Selank exposure.",
            # merge: generalized anxiety disorder and neurasthenia are the population of Zozulya 2008, not of this paper
            "merge": "The paper describes Selank being used to taper or replace benzodiazepine therapy in patients with generalized anxiety disorder and neurasthenia.",
            "negation": "The paper describes Selank being used to taper or replace benzodiazepine therapy, with the rebound-anxiety spike that typically accompanies benzodiazepine withdrawal.",
        },
    },
    {
        "article": E,
        "reused": False,
        "sentence": "Anxiolytic efficacy without sedation and without dependence is a thing physicians have wanted for decades; the buspirone-class partial 5-HT₁₀ agonists addressed some of it but with weaker acute efficacy.",
        "faithful": [
            "Physicians have wanted anxiolytic efficacy without sedation and without dependence for decades.",
            "Buspirone-class partial 5-HT₁₀ agonists addressed some of that wish, but with weaker acute efficacy.",
            "For decades doctors have sought anxiety relief free of both sedation and dependence, and buspirone-class drugs met part of this need with weaker acute efficacy.",
        ],
        "changed": {
            "hedge_dropped": "The buspirone-class partial 5-HT₁₀ agonists fully delivered anxiolytic efficacy without sedation and dependence, though with weaker acute efficacy.",
            # merge: the α2/α3 subtypes mediate benzodiazepine anxiolysis, not buspirone's
            "merge": "The buspirone-class partial 5-HT₁₀ agonists addressed some of the need for anxiolysis without sedation by acting on α2/α3 GABA-A subtypes.",
            "list_swap": "Anxiolytic efficacy without sedation and without amnesia is what physicians have wanted for decades.",
            # merge: medazepam is a benzodiazepine, named in the BZD list and as the Zozulya comparator
            "merge_2": "The medazepam-class partial 5-HT₁₀ agonists addressed some of the need for anxiolysis without sedation, but with weaker acute efficacy.",
        },
    },
    {
        "article": E,
        "reused": False,
        "sentence": "Kozlovskii and Danchev (2003) reported that Selank optimized performance on a conditioned active-avoidance task in rats: the animals retained learning and performance, but with reduced stress signature and no motor impairment[6].",
        "faithful": [
            "Kozlovskii and Danchev (2003) reported that Selank optimized rats' performance on a conditioned active-avoidance task.",
            "The rats kept their learning and performance while showing a reduced stress signature and no motor impairment.",
            "On Selank, the rats in the Kozlovskii and Danchev (2003) study showed no motor impairment and less stress while retaining learning.",
        ],
        "changed": {
            # merge: patients with generalized anxiety disorder are the population of Zozulya 2008
            "merge": "Kozlovskii and Danchev (2003) reported that Selank optimized performance on a conditioned active-avoidance task in patients with generalized anxiety disorder.",
            "list_swap": "In the Kozlovskii and Danchev (2003) rat study, the animals retained learning and performance, with a reduced stress signature and no sedation.",
            "role_swap": "In the Kozlovskii and Danchev (2003) rat study, the animals showed reduced learning and performance but retained their stress signature.",
            "negation": "In the Kozlovskii and Danchev (2003) rat study, the animals retained learning and had a reduced stress signature, but showed some motor impairment.",
        },
    },
    {
        "article": E,
        "reused": False,
        "sentence": "The clinical contribution of the enkephalin pathway to Selank’s overall phenotype is not fully quantified, but the pathway is a plausible part of the explanation for why Selank produces a calming effect without the BZD-typical bundle — the GABAergic modulation provides the anxiolytic floor, and the enkephalin pathway provides a separable affective lift.",
        "faithful": [
            "How much the enkephalin pathway contributes clinically to Selank's overall phenotype is not fully quantified.",
            "The enkephalin pathway is a plausible part of why Selank calms without the bundle of effects typical of benzodiazepines.",
            "In this account, Selank's GABAergic modulation provides the anxiolytic floor and the enkephalin pathway a separable affective lift.",
        ],
        "changed": {
            "hedge_dropped": "The enkephalin pathway explains why Selank produces a calming effect without the BZD-typical bundle.",
            "role_swap": "The enkephalin pathway provides Selank's anxiolytic floor, and the GABAergic modulation provides a separable affective lift.",
            "negation": "The clinical contribution of the enkephalin pathway to Selank's overall phenotype has been fully quantified.",
            # merge: the descending modulation of pain is listed among enkephalins' general roles, not as their part in Selank's phenotype
            "merge": "In Selank's phenotype, the GABAergic modulation provides the anxiolytic floor, and the enkephalin pathway provides a separable descending modulation of pain.",
        },
    },
    {
        "article": E,
        "reused": False,
        "sentence": "The majority of clinical Selank work is published in Russian, principally in Zhurnal Nevrologii i Psikhiatrii imeni S.S. Korsakova. ClinicalTrials.gov and EudraCT do not contain registered Phase 3 trials of Selank against benzodiazepines.",
        "faithful": [
            "Most clinical Selank work is published in Russian.",
            "The main venue for clinical Selank work is Zhurnal Nevrologii i Psikhiatrii imeni S.S. Korsakova.",
            "No registered Phase 3 trials of Selank against benzodiazepines are found in EudraCT or ClinicalTrials.gov.",
        ],
        "changed": {
            "hedge_dropped": "All clinical Selank work is published in Russian.",
            "hedge_dropped_2": "Clinical Selank work is published only in Zhurnal Nevrologii i Psikhiatrii imeni S.S. Korsakova.",
            # merge: the Russian Journal of Bioorganic Chemistry is the venue of Volkova 2016 and Kost 2001
            "merge": "The majority of clinical Selank work is published in Russian, principally in the Russian Journal of Bioorganic Chemistry.",
            "list_swap": "ClinicalTrials.gov and the WHO trial registry do not contain registered Phase 3 trials of Selank against benzodiazepines.",
        },
    },
    {
        "article": E,
        "reused": False,
        "sentence": "Enkephalins are short opioid peptides with documented roles in stress reactivity, affective tone, and the descending modulation of pain.",
        "faithful": [
            "Enkephalins are short opioid peptides.",
            "Enkephalins have documented roles in affective tone, stress reactivity and the descending modulation of pain.",
            "The descending modulation of pain is one documented role of enkephalins, short opioid peptides that also figure in stress reactivity and affective tone.",
        ],
        "changed": {
            "list_swap": "Enkephalins are short opioid peptides with documented roles in stress reactivity, affective tone and sleep regulation.",
            "list_swap_2": "Enkephalins have documented roles in stress reactivity, muscle relaxation and the descending modulation of pain.",
            # merge: a fragment of the IgG heavy chain is how tuftsin was originally characterized
            "merge": "Enkephalins are short opioid peptides originally characterized as a fragment of the IgG heavy chain.",
            "role_swap": "Stress reactivity, affective tone and pain modulation have documented roles in regulating enkephalins.",
        },
    },
]
