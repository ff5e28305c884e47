"""Third seed-article near-miss probe for the grounder (written blind).

Same shape as ``grounding_probe2.py``: an article under shared/articles, one sentence (or a
verbatim stretch of one) copied from it, and one-detail-changed versions (must not be
``supported``), labelled by the kind of change. Here ``faithful`` is a list of two claims, both
of which must be ``supported``: a light restatement and a real paraphrase as a summarising model
would write it (reordered, synonyms, hedges kept at the same strength, numbers and names kept).
None of these sentences is used in ``grounding_probe.py`` or ``grounding_probe2.py``. The
entries were written before the grounder was run on them and none was picked or dropped by how
it does; ``split_of`` (sha256 of the sentence) divides them into a ``tune`` half, which rules
may be fitted to, and a ``test`` half, read once at the end.
"""

from __future__ import annotations

from probe_articles import A, B, C, D, E, split_of

__all__ = ["PROBE", "split_of"]

PROBE: list[dict[str, object]] = [
    {
        "article": A,
        "sentence": "Selank was designed by researchers at the Institute of Molecular Genetics of the Russian Academy of Sciences by attaching a Pro-Gly-Pro sequence to tufsin.",
        "faithful": [
            "Selank was designed at the Institute of Molecular Genetics by attaching a Pro-Gly-Pro sequence to tufsin.",
            "Researchers at the Russian Academy of Sciences' Institute of Molecular Genetics created Selank by adding a Pro-Gly-Pro sequence to tufsin.",
        ],
        "changed": {
            "name": "Selank was designed by researchers at the Institute of Bioorganic Chemistry of the Russian Academy of Sciences by attaching a Pro-Gly-Pro sequence to tufsin.",
            "substitution": "Selank was designed by researchers at the Institute of Molecular Genetics by removing a Pro-Gly-Pro sequence from tufsin.",
            "name_2": "Selank was designed by researchers at the Institute of Molecular Genetics of the Ukrainian Academy of Sciences by attaching a Pro-Gly-Pro sequence to tufsin.",
        },
    },
    {
        "article": A,
        "sentence": "This enkephalin-stabilizing effect likely contributes to Selank's anxiolytic profile and may also partly explain why users frequently report a sense of calm well-being without the emotional blunting that many pharmaceutical anxiolytics produce.",
        "faithful": [
            "This enkephalin-stabilizing effect likely contributes to Selank's anxiolytic profile.",
            "Stabilizing enkephalins probably contributes to the anxiolytic profile of Selank and may partly explain why users often report calm well-being without emotional blunting.",
        ],
        "changed": {
            "certainty_added": "This enkephalin-stabilizing effect is proven to be the cause of Selank's anxiolytic profile.",
            "quantifier": "Users rarely report a sense of calm well-being on Selank, and the enkephalin-stabilizing effect may partly explain why.",
            "negation_dropped": "Users frequently report a sense of calm well-being with the emotional blunting that many pharmaceutical anxiolytics produce.",
        },
    },
    {
        "article": A,
        "sentence": "A clinical trial comparing Selank to medazepam (a benzodiazepine) found similar anxiolytic efficacy with significantly fewer side effects in the Selank group.",
        "faithful": [
            "A clinical trial comparing Selank to medazepam found similar anxiolytic efficacy with significantly fewer side effects in the Selank group.",
            "When Selank was compared with the benzodiazepine medazepam in a clinical trial, its anxiolytic efficacy was similar and the Selank group had significantly fewer side effects.",
        ],
        "changed": {
            "comparator": "A clinical trial comparing Selank to placebo found similar anxiolytic efficacy with significantly fewer side effects in the Selank group.",
            "antonym": "A clinical trial comparing Selank to medazepam found similar anxiolytic efficacy with significantly more side effects in the Selank group.",
            "role_swap": "A clinical trial comparing Selank to medazepam found similar anxiolytic efficacy with significantly fewer side effects in the medazepam group.",
            "antonym_2": "A clinical trial comparing Selank to medazepam found different anxiolytic efficacy with significantly fewer side effects in the Selank group.",
        },
    },
    {
        "article": A,
        "sentence": "The vast majority of human studies were conducted in Russia, and while Russian neuropharmacology has a legitimate and productive research tradition, the limited independent Western replication is a gap in the evidence base.",
        "faithful": [
            "The vast majority of human studies were conducted in Russia, and the limited independent Western replication is a gap in the evidence base.",
            "Most human research on it was done in Russia; Russian neuropharmacology has a legitimate research tradition, but limited independent Western replication leaves a gap in the evidence base.",
        ],
        "changed": {
            "quantifier": "Only a few of the human studies were conducted in Russia, and the limited independent Western replication is a gap in the evidence base.",
            "antonym": "The vast majority of human studies were conducted in Russia, and the extensive independent Western replication fills a gap in the evidence base.",
            "evidence_level": "The vast majority of animal studies were conducted in Russia, and the limited independent Western replication is a gap in the evidence base.",
        },
    },
    {
        "article": A,
        "sentence": "The standard research concentration is 5mg (ref: SK5), with higher-concentration formulations at 11mg (ref: SK11) used in some study protocols.",
        "faithful": [
            "The standard research concentration is 5mg, with higher-concentration formulations at 11mg used in some study protocols.",
            "Some study protocols use higher-concentration 11mg formulations, while 5mg is the standard research concentration.",
        ],
        "changed": {
            "number": "The standard research concentration is 10mg, with higher-concentration formulations at 11mg used in some study protocols.",
            "quantifier": "The standard research concentration is 5mg, with higher-concentration formulations at 11mg used in all study protocols.",
            "antonym": "The standard research concentration is 5mg, with lower-concentration formulations at 11mg used in some study protocols.",
        },
    },
    {
        "article": A,
        "sentence": "Western research institutions have been slower to study it, partly because it falls outside the standard pharmaceutical development pipeline and partly because of limited awareness of the Russian literature.",
        "faithful": [
            "Western research institutions have been slower to study it, partly because of limited awareness of the Russian literature.",
            "Partly because it sits outside the standard pharmaceutical development pipeline and partly because the Russian literature is little known, Western research institutions have been slower to study it.",
        ],
        "changed": {
            "antonym": "Western research institutions have been faster to study it, partly because of limited awareness of the Russian literature.",
            "name_at_start": "Russian research institutions have been slower to study it, partly because of limited awareness of the Russian literature.",
            "negation_added": "Western research institutions have been slower to study it, though not because of limited awareness of the Russian literature.",
            # merge: the 2009 approval comes from a different sentence of the same article
            "merge": "Western research institutions have been slower to study it since its 2009 approval, partly because of limited awareness of the Russian literature.",
        },
    },
    {
        "article": B,
        "sentence": "The wider context comes from a 2017 review of tuftsin and its analogues in Current Medicinal Chemistry, which places Selank within a family of tuftsin-derived peptides studied for immune-modulating, anti-inflammatory, and related activity.",
        "faithful": [
            "A 2017 review of tuftsin and its analogues in Current Medicinal Chemistry places Selank within a family of tuftsin-derived peptides.",
            "Selank is placed by a 2017 Current Medicinal Chemistry review of tuftsin and its analogues among tuftsin-derived peptides studied for immune-modulating and anti-inflammatory activity.",
        ],
        "changed": {
            "number": "A 2015 review of tuftsin and its analogues in Current Medicinal Chemistry places Selank within a family of tuftsin-derived peptides.",
            "name": "A 2017 review of tuftsin and its analogues in Protein and Peptide Letters places Selank within a family of tuftsin-derived peptides.",
            "substitution": "A 2017 review of tuftsin and its analogues in Current Medicinal Chemistry places Selank within a family of tuftsin-derived peptides studied for pro-inflammatory activity.",
        },
    },
    {
        "article": B,
        "sentence": "At the preclinical level, the 2017 rat study showed it potentiating the calming effect of diazepam under chronic stress.",
        "faithful": [
            "The 2017 rat study showed it potentiating the calming effect of diazepam under chronic stress.",
            "Under chronic stress, a 2017 study in rats showed Selank boosting the calming effect of diazepam.",
        ],
        "changed": {
            "evidence_level": "At the preclinical level, the 2017 mouse study showed it potentiating the calming effect of diazepam under chronic stress.",
            "antonym": "At the preclinical level, the 2017 rat study showed it weakening the calming effect of diazepam under chronic stress.",
            "name": "At the preclinical level, the 2017 rat study showed it potentiating the calming effect of alprazolam under chronic stress.",
            "substitution": "At the preclinical level, the 2017 rat study showed it potentiating the calming effect of diazepam under acute stress.",
        },
    },
    {
        "article": B,
        "sentence": "Laboratory work suggests it acts as a positive modulator of the brain's GABA system, the same broad pathway that conventional anti-anxiety medications target.",
        "faithful": [
            "Laboratory work suggests it acts as a positive modulator of the brain's GABA system.",
            "Lab research suggests it positively modulates the GABA system in the brain, the same broad pathway targeted by conventional anti-anxiety drugs.",
        ],
        "changed": {
            "certainty_added": "Laboratory work proves it acts as a positive modulator of the brain's GABA system.",
            "antonym": "Laboratory work suggests it acts as a negative modulator of the brain's GABA system.",
            "antonym_2": "Laboratory work suggests it acts as a positive modulator of the brain's GABA system, a different pathway from the one that conventional anti-anxiety medications target.",
        },
    },
    {
        "article": B,
        "sentence": "Human evidence comes from a small set of Russian clinical trials, including studies in generalized anxiety and neurasthenia where its anxiolytic effect was comparable to benzodiazepines such as medazepam and phenazepam, with a milder side-effect profile.",
        "faithful": [
            "Human evidence comes from a small set of Russian clinical trials, where its anxiolytic effect was comparable to benzodiazepines such as medazepam and phenazepam.",
            "A small number of Russian clinical trials supply the human evidence, including studies in generalized anxiety and neurasthenia in which its anxiolytic effect was comparable to benzodiazepines like medazepam and phenazepam, with milder side effects.",
        ],
        "changed": {
            "quantifier": "Human evidence comes from a large set of Russian clinical trials, where its anxiolytic effect was comparable to benzodiazepines such as medazepam and phenazepam.",
            "condition": "Human evidence comes from a small set of Russian clinical trials, including studies in depression and neurasthenia where its anxiolytic effect was comparable to benzodiazepines.",
            "antonym": "Human evidence comes from a small set of Russian clinical trials, where its anxiolytic effect was comparable to benzodiazepines such as medazepam and phenazepam, with a harsher side-effect profile.",
            "name_2": "Human evidence comes from a small set of German clinical trials, where its anxiolytic effect was comparable to benzodiazepines such as medazepam and phenazepam.",
        },
    },
    {
        "article": B,
        "sentence": "This is the same broad pathway that benzodiazepines act on, though the binding appears to work differently, which the authors suggest may explain why Selank does not carry the same dependence and sedation profile as those drugs.",
        "faithful": [
            "This is the same broad pathway that benzodiazepines act on, though the binding appears to work differently.",
            "Benzodiazepines act on the same broad pathway, but the binding seems to work differently, which the authors suggest might explain why Selank lacks the dependence and sedation profile of those drugs.",
        ],
        "changed": {
            "hedge_dropped": "The binding works differently from benzodiazepines, which explains why Selank does not carry the same dependence and sedation profile as those drugs.",
            "negation_dropped": "This is the same broad pathway that benzodiazepines act on, and the authors suggest Selank may carry the same dependence and sedation profile as those drugs.",
            "antonym": "This is the same broad pathway that benzodiazepines act on, and the binding appears to work in the same way.",
        },
    },
    {
        "article": C,
        "sentence": "Published Selank protocols in the Russian clinical literature use intranasal administration with dosing typically in the 200 to 900 mcg range, with cycle lengths of 2 to 4 weeks.",
        "faithful": [
            "Published Selank protocols use intranasal administration with dosing typically in the 200 to 900 mcg range.",
            "In the Russian clinical literature, Selank protocols give it intranasally, usually at 200 to 900 mcg, in cycles lasting 2 to 4 weeks.",
        ],
        "changed": {
            "number": "Published Selank protocols use intranasal administration with dosing typically in the 200 to 600 mcg range.",
            "time_unit": "Published Selank protocols use intranasal administration with dosing typically in the 200 to 900 mcg range, with cycle lengths of 2 to 4 months.",
            "substitution": "Published Selank protocols use subcutaneous administration with dosing typically in the 200 to 900 mcg range.",
            "number_word": "Published Selank protocols use intranasal administration with dosing typically in the 200 to 900 mcg range, with cycle lengths of two to six weeks.",
        },
    },
    {
        "article": C,
        "sentence": "Its most consistently reported action in the published literature is upregulation of BDNF and related neurotrophins, particularly in hippocampal and cortical tissue.",
        "faithful": [
            "Its most consistently reported action is upregulation of BDNF and related neurotrophins.",
            "Particularly in hippocampal and cortical tissue, the action most consistently reported for it in published research is upregulation of BDNF and related neurotrophins.",
        ],
        "changed": {
            "antonym": "Its most consistently reported action in the published literature is downregulation of BDNF and related neurotrophins.",
            "location": "Its most consistently reported action is upregulation of BDNF and related neurotrophins, particularly in cerebellar and spinal tissue.",
            "quantifier": "Its least consistently reported action in the published literature is upregulation of BDNF and related neurotrophins.",
        },
    },
    {
        "article": C,
        "sentence": "This BDNF upregulation may contribute to the anxiolytic and stress-buffering effects observed in clinical research.",
        "faithful": [
            "This BDNF upregulation may contribute to the anxiolytic effects observed in clinical research.",
            "The anxiolytic and stress-buffering effects seen in clinical research might be partly due to this BDNF upregulation.",
        ],
        "changed": {
            "hedge_dropped": "This BDNF upregulation contributes to the anxiolytic and stress-buffering effects observed in clinical research.",
            "evidence_level": "This BDNF upregulation may contribute to the anxiolytic and stress-buffering effects observed in in vitro research.",
            "antonym": "This BDNF downregulation may contribute to the anxiolytic and stress-buffering effects observed in clinical research.",
        },
    },
    {
        "article": C,
        "sentence": "Both compounds have published data on tolerance development with prolonged continuous use, which contributes to the cycling protocols common in the research literature.",
        "faithful": [
            "Both compounds have published data on tolerance development with prolonged continuous use.",
            "Published data on tolerance developing with prolonged continuous use exist for both compounds, which contributes to the cycling protocols common in research.",
        ],
        "changed": {
            "negation_added": "Neither compound has published data on tolerance development with prolonged continuous use.",
            "quantifier": "Only one of the compounds has published data on tolerance development with prolonged continuous use.",
            "antonym": "Both compounds have published data on tolerance development with brief intermittent use.",
        },
    },
    {
        "article": C,
        "sentence": "Semax is derived from ACTH(4-7) and has primary activity in BDNF upregulation and cognitive enhancement, with secondary anxiolytic properties.",
        "faithful": [
            "Semax is derived from ACTH(4-7) and has primary activity in BDNF upregulation and cognitive enhancement.",
            "Derived from ACTH(4-7), Semax acts mainly on BDNF upregulation and cognitive enhancement and has secondary anxiolytic properties.",
        ],
        "changed": {
            "name_at_start": "Selank is derived from ACTH(4-7) and has primary activity in BDNF upregulation and cognitive enhancement.",
            "role_swap": "Semax is derived from ACTH(4-7) and has primary anxiolytic activity, with secondary activity in BDNF upregulation and cognitive enhancement.",
            "name": "Semax is derived from tuftsin and has primary activity in BDNF upregulation and cognitive enhancement.",
        },
    },
    {
        "article": D,
        "sentence": "It was developed by the Institute of Molecular Genetics of the Russian Academy of Sciences to possess both anxiolytic (anti-anxiety) and nootropic (cognitive-enhancing) properties.",
        "faithful": [
            "It was developed by the Institute of Molecular Genetics to possess both anxiolytic and nootropic properties.",
            "The Russian Academy of Sciences' Institute of Molecular Genetics developed it to have both anti-anxiety and cognitive-enhancing properties.",
        ],
        "changed": {
            "name": "It was developed by the Pavlov Institute of Physiology to possess both anxiolytic and nootropic properties.",
            "substitution": "It was developed by the Institute of Molecular Genetics to possess both anxiolytic and sedative properties.",
            "quantifier": "It was developed by the Institute of Molecular Genetics to possess only anxiolytic properties.",
        },
    },
    {
        "article": D,
        "sentence": "It appears to do this by allosterically modulating GABA-A receptors, which is similar in effect to benzodiazepines but without binding to the same sites, thus avoiding many of the associated negative side effects.",
        "faithful": [
            "It appears to do this by allosterically modulating GABA-A receptors, without binding to the same sites as benzodiazepines.",
            "It seems to act by allosteric modulation of GABA-A receptors, similar in effect to benzodiazepines but not binding the same sites, and so avoids many of their negative side effects.",
        ],
        "changed": {
            "negation_dropped": "It appears to do this by allosterically modulating GABA-A receptors, binding to the same sites as benzodiazepines.",
            "hedge_dropped": "It does this by allosterically modulating GABA-A receptors, without binding to the same sites as benzodiazepines.",
            "substitution": "It appears to do this by allosterically modulating NMDA receptors, without binding to the same sites as benzodiazepines.",
        },
    },
    {
        "article": D,
        "sentence": "Selank has been shown to rapidly increase the expression of Brain-Derived Neurotrophic Factor (BDNF).",
        "faithful": [
            "Selank has been shown to increase the expression of Brain-Derived Neurotrophic Factor.",
            "Research has shown that Selank rapidly raises expression of brain-derived neurotrophic factor (BDNF).",
        ],
        "changed": {
            "antonym": "Selank has been shown to rapidly decrease the expression of Brain-Derived Neurotrophic Factor (BDNF).",
            "antonym_2": "Selank has been shown to slowly increase the expression of Brain-Derived Neurotrophic Factor (BDNF).",
            "name_at_start": "Semax has been shown to rapidly increase the expression of Brain-Derived Neurotrophic Factor (BDNF).",
            "hedge_added": "Selank might possibly increase the expression of BDNF, though this has not been shown.",
        },
    },
    {
        "article": D,
        "sentence": "Research suggests Selank has neuroprotective properties, with studies exploring its ability to counter the negative cognitive effects of alcohol withdrawal.",
        "faithful": [
            "Research suggests Selank has neuroprotective properties.",
            "Studies have explored whether Selank can counter the negative cognitive effects of alcohol withdrawal, and research suggests it has neuroprotective properties.",
        ],
        "changed": {
            "certainty_added": "Research proves Selank has neuroprotective properties.",
            "condition": "Research suggests Selank has neuroprotective properties, with studies exploring its ability to counter the negative cognitive effects of opioid withdrawal.",
            "substitution": "Research suggests Selank has neurotoxic properties, with studies exploring its ability to counter the negative cognitive effects of alcohol withdrawal.",
        },
    },
    {
        "article": D,
        "sentence": "It helps normalize the body's cortisol response, which is particularly beneficial for individuals under chronic stress.",
        "faithful": [
            "It helps normalize the body's cortisol response.",
            "Helping to normalize the cortisol response of the body, it is particularly beneficial for people under chronic stress.",
        ],
        "changed": {
            "substitution": "It helps normalize the body's insulin response, which is particularly beneficial for individuals under chronic stress.",
            "antonym": "It helps normalize the body's cortisol response, which is particularly beneficial for individuals under acute stress.",
            "negation_added": "It does not help normalize the body's cortisol response.",
        },
    },
    {
        "article": D,
        "sentence": "While not a sedative, Selank may improve sleep quality by reducing anxiety and regulating circadian rhythms through its modulation of GABA and serotonin.",
        "faithful": [
            "While not a sedative, Selank may improve sleep quality by reducing anxiety.",
            "Selank is not a sedative, but through modulating GABA and serotonin it might improve sleep quality by lowering anxiety and regulating circadian rhythms.",
        ],
        "changed": {
            "hedge_dropped": "While not a sedative, Selank improves sleep quality by reducing anxiety.",
            "negation_dropped": "As a sedative, Selank may improve sleep quality by reducing anxiety.",
            "substitution": "While not a sedative, Selank may improve sleep quality by reducing anxiety and regulating circadian rhythms through its modulation of GABA and dopamine.",
            # merge: the 4-6 weeks timeline comes from a different sentence of the same article
            "merge": "While not a sedative, Selank may improve sleep quality after 4-6 weeks of consistent use by reducing anxiety.",
        },
    },
    {
        "article": E,
        "sentence": "Volkova and colleagues (2016) published a comparative pharmacological analysis of Selank against the benzodiazepine class as a whole",
        "faithful": [
            "Volkova and colleagues published a comparative pharmacological analysis of Selank against the benzodiazepine class.",
            "In 2016, Volkova and colleagues published an analysis comparing the pharmacology of Selank with the benzodiazepine class as a whole.",
        ],
        "changed": {
            "name_at_start": "Zozulya and colleagues (2016) published a comparative pharmacological analysis of Selank against the benzodiazepine class as a whole.",
            "number": "Volkova and colleagues (2012) published a comparative pharmacological analysis of Selank against the benzodiazepine class as a whole.",
            "comparator": "Volkova and colleagues (2016) published a comparative pharmacological analysis of Selank against the SSRI class as a whole.",
        },
    },
    {
        "article": E,
        "sentence": "Chronic potentiation of GABA-A signaling triggers compensatory downregulation; abrupt discontinuation leaves the system hyperexcitable, producing the rebound-anxiety and withdrawal-seizure spectrum that defines benzodiazepine discontinuation syndrome",
        "faithful": [
            "Chronic potentiation of GABA-A signaling triggers compensatory downregulation.",
            "Compensatory downregulation follows chronic potentiation of GABA-A signaling, and stopping abruptly leaves the system hyperexcitable, producing the rebound anxiety and withdrawal seizures that define benzodiazepine discontinuation syndrome.",
        ],
        "changed": {
            "antonym": "Chronic potentiation of GABA-A signaling triggers compensatory upregulation.",
            "substitution": "Gradual discontinuation leaves the system hyperexcitable, producing the rebound-anxiety and withdrawal-seizure spectrum of benzodiazepine discontinuation syndrome.",
            "role_swap": "Compensatory downregulation triggers chronic potentiation of GABA-A signaling.",
        },
    },
    {
        "article": E,
        "sentence": "No withdrawal syndrome was reported on Selank discontinuation; the paper does not establish dependence-syndrome equivalence definitively, but the absence is consistent across follow-up.",
        "faithful": [
            "No withdrawal syndrome was reported on Selank discontinuation.",
            "When Selank was stopped no withdrawal syndrome was reported; the paper does not definitively establish dependence-syndrome equivalence, but the absence is consistent across follow-up.",
        ],
        "changed": {
            "negation_dropped": "A withdrawal syndrome was reported on Selank discontinuation.",
            "certainty_added": "No withdrawal syndrome was reported on Selank discontinuation, and the paper definitively establishes that Selank causes no dependence.",
            "antonym": "No withdrawal syndrome was reported on Selank discontinuation, but the absence is inconsistent across follow-up.",
        },
    },
    {
        "article": E,
        "sentence": "Whether the prediction generalizes outside the 14-day treatment windows and the GAD/neurasthenia indication is an open question that the existing evidence base does not answer.",
        "faithful": [
            "Whether the prediction generalizes outside the 14-day treatment windows is an open question.",
            "The existing evidence base does not answer whether the prediction holds beyond the 14-day treatment windows and the GAD/neurasthenia indication.",
        ],
        "changed": {
            "number": "Whether the prediction generalizes outside the 28-day treatment windows is an open question.",
            "time_unit": "Whether the prediction generalizes outside the 14-week treatment windows is an open question.",
            "certainty_added": "The existing evidence base shows that the prediction generalizes outside the 14-day treatment windows and the GAD/neurasthenia indication.",
            "condition": "Whether the prediction generalizes outside the 14-day treatment windows and the PTSD indication is an open question.",
        },
    },
    {
        "article": A,
        "sentence": "Russian clinical studies have reported efficacy comparable to benzodiazepines for anxiety reduction, with superior tolerability",
        "faithful": [
            "Russian clinical studies have reported efficacy comparable to benzodiazepines for anxiety reduction.",
            "For reducing anxiety, Russian clinical research has reported efficacy comparable to benzodiazepines with better tolerability.",
        ],
        "changed": {
            "antonym": "Russian clinical studies have reported efficacy comparable to benzodiazepines for anxiety reduction, with inferior tolerability.",
            "comparator": "Russian clinical studies have reported efficacy comparable to SSRIs for anxiety reduction, with superior tolerability.",
            "name_at_start": "American clinical studies have reported efficacy comparable to benzodiazepines for anxiety reduction, with superior tolerability.",
        },
    },
    {
        "article": A,
        "sentence": "It's a synthetic analogue of tufsin, a naturally occurring immunomodulatory peptide, and it has been approved in Russia as an anxiolytic since 2009.",
        "faithful": [
            "It's a synthetic analogue of tufsin and has been approved in Russia as an anxiolytic since 2009.",
            "Approved in Russia as an anxiolytic since 2009, it is a synthetic analogue of tufsin, a naturally occurring immunomodulatory peptide.",
        ],
        "changed": {
            "number": "It's a synthetic analogue of tufsin and has been approved in Russia as an anxiolytic since 2019.",
            "substitution": "It's a synthetic analogue of tufsin and has been approved in Russia as an antidepressant since 2009.",
            "antonym": "It's a synthetic analogue of tufsin, a synthetic immunomodulatory peptide, and has been approved in Russia as an anxiolytic since 2009.",
        },
    },
    {
        "article": B,
        "sentence": "At the mechanism level, the 2018 receptor study and the 2017 tuftsin review describe how Selank engages the GABA system and where it sits among related peptides.",
        "faithful": [
            "At the mechanism level, the 2018 receptor study describes how Selank engages the GABA system.",
            "The 2017 tuftsin review and the 2018 receptor study, at the mechanism level, describe how Selank engages the GABA system and where it sits among related peptides.",
        ],
        "changed": {
            "number": "At the mechanism level, the 2016 receptor study describes how Selank engages the GABA system.",
            "substitution": "At the mechanism level, the 2018 receptor study describes how Selank engages the serotonin system.",
            "evidence_level": "At the clinical level, the 2018 receptor study and the 2017 tuftsin review describe how Selank engages the GABA system.",
        },
    },
    {
        "article": B,
        "sentence": "the tuftsin lineage has prompted interest in immune-related signaling, though that line of work is earlier still",
        "faithful": [
            "The tuftsin lineage has prompted interest in immune-related signaling.",
            "Interest in immune-related signaling has been prompted by the tuftsin lineage, though that work is at an even earlier stage.",
        ],
        "changed": {
            "antonym": "The tuftsin lineage has prompted interest in immune-related signaling, and that line of work is more advanced.",
            "negation_added": "The tuftsin lineage has not prompted interest in immune-related signaling.",
            "substitution": "The tuftsin lineage has prompted interest in hormone-related signaling, though that line of work is earlier still.",
        },
    },
    {
        "article": C,
        "sentence": "Selank and Semax are both Russian-developed research peptides from the Institute of Molecular Genetics, and both have nootropic and neuroprotective properties.",
        "faithful": [
            "Selank and Semax are both Russian-developed research peptides from the Institute of Molecular Genetics.",
            "Both developed in Russia at the Institute of Molecular Genetics, the research peptides Selank and Semax each have nootropic and neuroprotective properties.",
        ],
        "changed": {
            "quantifier": "Selank and Semax are both Russian-developed research peptides, but only Semax has nootropic and neuroprotective properties.",
            "name": "Selank and Semax are both Russian-developed research peptides from the Pasteur Institute, and both have nootropic and neuroprotective properties.",
            "antonym": "Selank and Semax are Russian-developed research peptides from different institutes, and both have nootropic properties.",
        },
    },
    {
        "article": C,
        "sentence": "Selank-mediated anxiety reduction may allow BDNF expression to recover toward baseline.",
        "faithful": [
            "Selank-mediated anxiety reduction may allow BDNF expression to recover.",
            "By reducing anxiety, Selank might let BDNF expression recover toward baseline.",
        ],
        "changed": {
            "hedge_dropped": "Selank-mediated anxiety reduction allows BDNF expression to recover toward baseline.",
            "name_at_start": "Semax-mediated anxiety reduction may allow BDNF expression to recover toward baseline.",
            "antonym": "Selank-mediated anxiety reduction may cause BDNF expression to fall further below baseline.",
        },
    },
    {
        "article": C,
        "sentence": "Published electrophysiological research documents changes in neural circuit activity following Semax administration.",
        "faithful": [
            "Published research documents changes in neural circuit activity following Semax administration.",
            "After Semax is administered, changes in neural circuit activity have been documented by published electrophysiological research.",
        ],
        "changed": {
            "name": "Published electrophysiological research documents changes in neural circuit activity following Selank administration.",
            "negation_added": "Published electrophysiological research documents no changes in neural circuit activity following Semax administration.",
            "substitution": "Published imaging research documents changes in neural circuit activity following Semax administration.",
            "role_swap": "Published electrophysiological research documents that changes in neural circuit activity precede Semax administration.",
        },
    },
    {
        "article": D,
        "sentence": "Selank is not approved by the U.S. Food and Drug Administration (FDA) for any medical condition.",
        "faithful": [
            "Selank is not approved by the U.S. FDA for any medical condition.",
            "The U.S. Food and Drug Administration has not approved Selank for any medical condition.",
        ],
        "changed": {
            "negation_dropped": "Selank is approved by the U.S. Food and Drug Administration (FDA) for generalized anxiety disorder.",
            "name": "Selank is not approved by the European Medicines Agency for any medical condition.",
            "quantifier": "Selank is not approved by the U.S. FDA for most medical conditions.",
        },
    },
    {
        "article": D,
        "sentence": "Studies show Selank positively influences memory formation and the ability to learn new concepts.",
        "faithful": [
            "Studies show Selank positively influences memory formation.",
            "Research shows that Selank has a positive influence on forming memories and on the ability to learn new concepts.",
        ],
        "changed": {
            "antonym": "Studies show Selank negatively influences memory formation and the ability to learn new concepts.",
            "hedge_added": "Studies hint that Selank might positively influence memory formation.",
            "substitution": "Studies show Selank positively influences motor coordination and the ability to learn new concepts.",
        },
    },
    {
        "article": E,
        "sentence": "The Selank arm did not report the sedation, motor impairment, or anterograde-amnesia complaints associated with the medazepam arm.",
        "faithful": [
            "The Selank arm did not report the sedation or motor impairment associated with the medazepam arm.",
            "Unlike the medazepam arm, the Selank arm reported none of the sedation, motor impairment or anterograde-amnesia complaints.",
        ],
        "changed": {
            "role_swap": "The medazepam arm did not report the sedation, motor impairment, or anterograde-amnesia complaints associated with the Selank arm.",
            "negation_dropped": "The Selank arm reported the sedation, motor impairment, and anterograde-amnesia complaints associated with the medazepam arm.",
            "comparator": "The Selank arm did not report the sedation, motor impairment, or anterograde-amnesia complaints associated with the phenazepam arm.",
        },
    },
    {
        "article": E,
        "sentence": "it describes Selank being used to taper or replace benzodiazepine therapy in patients with established benzodiazepine exposure, without the rebound-anxiety spike that typically accompanies benzodiazepine withdrawal",
        "faithful": [
            "It describes Selank being used to taper or replace benzodiazepine therapy in patients with established benzodiazepine exposure.",
            "In patients already exposed to benzodiazepines, it describes Selank used to taper or replace benzodiazepine therapy without the rebound-anxiety spike that typically accompanies benzodiazepine withdrawal.",
        ],
        "changed": {
            "population": "It describes Selank being used to taper or replace benzodiazepine therapy in benzodiazepine-naive patients.",
            "negation_dropped": "It describes Selank being used to taper benzodiazepine therapy, with the rebound-anxiety spike that typically accompanies benzodiazepine withdrawal.",
            "substitution": "It describes Selank being used to taper or replace antidepressant therapy in patients with established antidepressant exposure.",
            # merge: the 14-day treatment course belongs to the Zozulya (2008) GAD trial, not Medvedev (2015)
            "merge": "It describes Selank being used over a 14-day course to taper or replace benzodiazepine therapy in patients with established benzodiazepine exposure.",
        },
    },
    {
        "article": E,
        "sentence": "This is why a single benzodiazepine produces sedation as a near-inevitable companion to anxiolysis",
        "faithful": [
            "A single benzodiazepine produces sedation as a near-inevitable companion to anxiolysis.",
            "Sedation comes almost inevitably alongside anxiolysis from a single benzodiazepine.",
        ],
        "changed": {
            "quantifier": "This is why a single benzodiazepine produces sedation as an occasional companion to anxiolysis.",
            "role_swap": "This is why a single benzodiazepine produces anxiolysis as a near-inevitable companion to sedation.",
            "substitution": "This is why a single benzodiazepine produces insomnia as a near-inevitable companion to anxiolysis.",
        },
    },
    {
        "article": E,
        "sentence": "A Western researcher reading only English-language sources will see a small fraction of the actual record.",
        "faithful": [
            "A Western researcher reading only English-language sources will see a small fraction of the record.",
            "Reading only sources in English, a Western researcher will see just a small fraction of the actual record.",
        ],
        "changed": {
            "quantifier": "A Western researcher reading only English-language sources will see most of the actual record.",
            "substitution": "A Western researcher reading only Russian-language sources will see a small fraction of the actual record.",
            "hedge_added": "A Western researcher reading only English-language sources might see a small fraction of the actual record.",
        },
    },
    {
        "article": B,
        "sentence": "Selank is a synthetic heptapeptide built from seven amino acids, modeled on the naturally occurring immune peptide tuftsin and studied mainly for anxiety and stress-related symptoms.",
        "faithful": [
            "Selank is a synthetic heptapeptide built from seven amino acids, modeled on the immune peptide tuftsin.",
            "Modeled on tuftsin, a naturally occurring immune peptide, the synthetic seven-amino-acid heptapeptide Selank is studied mainly for anxiety and stress-related symptoms.",
        ],
        "changed": {
            "number_word": "Selank is a synthetic heptapeptide built from nine amino acids, modeled on the naturally occurring immune peptide tuftsin.",
            "name": "Selank is a synthetic heptapeptide built from seven amino acids, modeled on the naturally occurring immune peptide thymosin.",
            "condition": "Selank is a synthetic heptapeptide modeled on the immune peptide tuftsin and studied mainly for insomnia and stress-related symptoms.",
            "location": "Selank is a synthetic heptapeptide built from seven amino acids, modeled on the naturally occurring gut peptide tuftsin.",
        },
    },
]
