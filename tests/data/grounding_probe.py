"""Seed-article near-miss probe for the grounder (dev data, written by hand for issue 10).

Each entry: an article file under shared/articles, one sentence of it copied verbatim, a
faithful shortened restatement (must be ``supported``) and one-detail-changed versions (must
not be), labelled with the kind of change. The rules were written with these in view, so
the rates they give are development figures, not held-out ones.
"""

from __future__ import annotations

PROBE: list[dict[str, object]] = [
    {
        "article": "selank-anxiolytic-that-doesnt-sedate.txt",
        "sentence": "A 2008 study by Zozulya and colleagues found that Selank altered the expression of 84 genes related to GABAergic signaling in the hippocampus",
        "faithful": "A 2008 study by Zozulya found that Selank altered the expression of 84 genes related to GABAergic signaling.",
        "changed": {
            "number": "A 2008 study by Zozulya found that Selank altered the expression of 48 genes related to GABAergic signaling.",
            "name": "A 2008 study by Seredenin found that Selank altered the expression of 84 genes related to GABAergic signaling.",
            "negation": "A 2008 study by Zozulya found that Selank did not alter the expression of 84 genes related to GABAergic signaling.",
            "year": "A 2012 study by Zozulya found that Selank altered the expression of 84 genes related to GABAergic signaling.",
        },
    },
    {
        "article": "selank-anxiolytic-that-doesnt-sedate.txt",
        "sentence": "A 2010 study by Inozemtseva and colleagues showed that this BDNF upregulation correlated with improved performance on learning and memory tasks in animal models.",
        "faithful": "Inozemtseva and colleagues showed that BDNF upregulation correlated with improved performance on memory tasks in animal models.",
        "changed": {
            "species": "Inozemtseva and colleagues showed that BDNF upregulation correlated with improved performance on memory tasks in humans.",
            "direction": "Inozemtseva and colleagues showed that BDNF upregulation correlated with worse performance on memory tasks in animal models.",
            "name": "Kozlovskii and colleagues showed that BDNF upregulation correlated with improved performance on memory tasks in animal models.",
        },
    },
    {
        "article": "selank-anxiolytic-that-doesnt-sedate.txt",
        "sentence": "By addressing both the anxiety and the BDNF deficit simultaneously, Selank may be breaking a vicious cycle rather than just treating one symptom.",
        "faithful": "Selank may be breaking a vicious cycle rather than just treating one symptom.",
        "changed": {
            "hedge": "Selank is breaking a vicious cycle rather than just treating one symptom.",
            "name": "Semax may be breaking a vicious cycle rather than just treating one symptom.",
        },
    },
    {
        "article": "selank-anxiolytic-that-doesnt-sedate.txt",
        "sentence": "In models of immune challenge, Selank enhanced the expression of anti-inflammatory cytokines (IL-10) while modulating pro-inflammatory markers (IL-6, TNF-alpha).",
        "faithful": "In models of immune challenge, Selank enhanced the expression of anti-inflammatory cytokines (IL-10).",
        "changed": {
            "direction": "In models of immune challenge, Selank reduced the expression of anti-inflammatory cytokines (IL-10).",
            "number": "In models of immune challenge, Selank enhanced the expression of anti-inflammatory cytokines (IL-12).",
        },
    },
    {
        "article": "selank-anxiolytic-that-doesnt-sedate.txt",
        "sentence": "Selank was approved in Russia in 2009 as an anxiolytic medication.",
        "faithful": "Selank was approved in Russia in 2009.",
        "changed": {
            "number": "Selank was approved in Russia in 2019.",
            "name": "Selank was approved in Ukraine in 2009.",
            "negation": "Selank was not approved in Russia in 2009.",
            "hedge": "Selank may have been approved in Russia in 2009.",
        },
    },
    {
        "article": "selank-evidence-tiers.txt",
        "sentence": "A 2017 study in rats added a behavioral piece to that picture, reporting that Selank enhanced the anxiolytic effect of diazepam under conditions of chronic stress.",
        "faithful": "A 2017 study in rats reported that Selank enhanced the anxiolytic effect of diazepam under chronic stress.",
        "changed": {
            "species": "A 2017 study in mice reported that Selank enhanced the anxiolytic effect of diazepam under chronic stress.",
            "comparator": "A 2017 study in rats reported that Selank enhanced the anxiolytic effect of placebo under chronic stress.",
            "direction": "A 2017 study in rats reported that Selank reduced the anxiolytic effect of diazepam under chronic stress.",
            "antonym": "A 2017 study in rats reported that Selank enhanced the anxiolytic effect of diazepam under acute stress.",
        },
    },
    {
        "article": "selank-evidence-tiers.txt",
        "sentence": "A 2008 study in generalized anxiety disorder and neurasthenia compared Selank with the benzodiazepine medazepam in 62 patients and reported a comparable anxiolytic effect, with Selank also showing antiasthenic and mild stimulant effects.",
        "faithful": "A 2008 study compared Selank with medazepam in 62 patients and reported a comparable anxiolytic effect.",
        "changed": {
            "number": "A 2008 study compared Selank with medazepam in 26 patients and reported a comparable anxiolytic effect.",
            "comparator": "A 2008 study compared Selank with placebo in 62 patients and reported a comparable anxiolytic effect.",
            "direction": "A 2008 study compared Selank with medazepam in 62 patients and reported a superior anxiolytic effect.",
            "species": "A 2008 study compared Selank with medazepam in 62 healthy volunteers and reported a comparable anxiolytic effect.",
            "number_word": "A 2008 study compared Selank with medazepam in sixty patients and reported a comparable anxiolytic effect.",
        },
    },
    {
        "article": "selank-vs-benzodiazepines.txt",
        "sentence": "Kozlovskii and Danchev (2003) reported that Selank optimized performance on a conditioned active-avoidance task in rats: the animals retained learning and performance, but with reduced stress signature and no motor impairment[6].",
        "faithful": "Kozlovskii and Danchev reported that Selank optimized performance on an active-avoidance task in rats.",
        "changed": {
            "species": "Kozlovskii and Danchev reported that Selank optimized performance on an active-avoidance task in patients.",
            "name": "Kozlovskii and Zozulya reported that Selank optimized performance on an active-avoidance task in rats.",
            "year": "Kozlovskii and Danchev (2013) reported that Selank optimized performance on an active-avoidance task in rats.",
        },
    },
    {
        "article": "selank-vs-benzodiazepines.txt",
        "sentence": "Kost and colleagues (2001) reported that Selank (and Semax) inhibit leucine aminopeptidase and angiotensin-converting enzyme in human serum, prolonging the half-life of endogenous enkephalins[5].",
        "faithful": "Kost and colleagues reported that Selank inhibits leucine aminopeptidase in human serum.",
        "changed": {
            "antonym": "Kost and colleagues reported that Selank activates leucine aminopeptidase in human serum.",
            "species": "Kost and colleagues reported that Selank inhibits leucine aminopeptidase in rat serum.",
            "hedge": "Kost and colleagues reported that Selank might inhibit leucine aminopeptidase in human serum.",
        },
    },
    {
        "article": "selank-vs-benzodiazepines.txt",
        "sentence": "The endpoints were standard psychiatric anxiety scales applied longitudinally over a treatment course of approximately 14 days.",
        "faithful": "The endpoints were psychiatric anxiety scales applied over a treatment course of approximately 14 days.",
        "changed": {
            "number_word": "The endpoints were psychiatric anxiety scales applied over a treatment course of approximately four weeks.",
            "number": "The endpoints were psychiatric anxiety scales applied over a treatment course of approximately 41 days.",
        },
    },
    {
        "article": "selank-evidence-tiers.txt",
        "sentence": "A 2018 laboratory study in Protein and Peptide Letters reported that Selank acts as a positive allosteric modulator of GABA receptors, meaning it enhances the activity of the brain's main calming (GABA) system.",
        "faithful": "A 2018 laboratory study reported that Selank acts as a positive allosteric modulator of GABA receptors.",
        "changed": {
            "antonym": "A 2018 laboratory study reported that Selank acts as a negative allosteric modulator of GABA receptors.",
            "venue": "A 2018 study in Neuropharmacology reported that Selank acts as a positive allosteric modulator of GABA receptors.",
            "species": "A 2018 study in patients reported that Selank acts as a positive allosteric modulator of GABA receptors.",
        },
    },
]
