"""Second seed-article near-miss probe for the grounder (issue 10, written blind).

Same shape as ``grounding_probe.py``: an article under shared/articles, one sentence (or a
verbatim stretch of one) copied from it, a faithful light restatement (must be ``supported``)
and one-detail-changed versions (must not be), labelled by the kind of change. None of these
sentences is used in ``grounding_probe.py``. The entries were written before the grounder was
run on them; ``split_of`` (sha256 of the sentence) divides them into a ``tune`` half, which
rules may be fitted to, and a ``test`` half, read once at the end.
"""

from __future__ import annotations

from probe_articles import A, B, C, D, E, split_of

__all__ = ["PROBE", "split_of"]

PROBE: list[dict[str, object]] = [
    {
        "article": A,
        "sentence": "Benzodiazepines reduce anxiety by binding to a specific allosteric site on the GABA-A receptor, enhancing the effect of GABA when it binds.",
        "faithful": "Benzodiazepines reduce anxiety by binding to an allosteric site on the GABA-A receptor.",
        "changed": {
            "subject_swap": "Selank reduces anxiety by binding to a specific allosteric site on the GABA-A receptor.",
            "direction": "Benzodiazepines increase anxiety by binding to an allosteric site on the GABA-A receptor.",
            "negation_added": "Benzodiazepines reduce anxiety without binding to an allosteric site on the GABA-A receptor.",
        },
    },
    {
        "article": A,
        "sentence": "Research published in the Bulletin of Experimental Biology and Medicine demonstrated that Selank increases the inhibitory post-synaptic action of GABA without directly binding to the benzodiazepine site on the GABA-A receptor.",
        "faithful": "Selank increases the inhibitory post-synaptic action of GABA without directly binding to the benzodiazepine site.",
        "changed": {
            "negation_dropped": "Selank increases the inhibitory post-synaptic action of GABA by directly binding to the benzodiazepine site.",
            "direction": "Selank decreases the inhibitory post-synaptic action of GABA without directly binding to the benzodiazepine site.",
            "venue": "Research published in Doklady Biological Sciences demonstrated that Selank increases the inhibitory post-synaptic action of GABA.",
        },
    },
    {
        "article": A,
        "sentence": "A study published in Eksperimental'naia i Klinicheskaia Farmakologiia confirmed that chronic Selank administration did not produce tolerance or withdrawal effects",
        "faithful": "Chronic Selank administration did not produce tolerance or withdrawal effects, a study in Eksperimental'naia i Klinicheskaia Farmakologiia confirmed.",
        "changed": {
            "negation_dropped": "A study confirmed that chronic Selank administration produced tolerance and withdrawal effects.",
            "modifier": "A study confirmed that acute Selank administration did not produce tolerance or withdrawal effects.",
            "venue": "A study published in Bioorganicheskaia Khimiia confirmed that chronic Selank administration did not produce tolerance or withdrawal effects.",
        },
    },
    {
        "article": A,
        "sentence": "Research from the Russian Academy of Sciences demonstrated that Selank administration significantly increases BDNF mRNA expression in the hippocampus.",
        "faithful": "Selank administration significantly increases BDNF mRNA expression in the hippocampus, according to research from the Russian Academy of Sciences.",
        "changed": {
            "direction": "Research from the Russian Academy of Sciences demonstrated that Selank administration significantly decreases BDNF mRNA expression in the hippocampus.",
            "location": "Selank administration significantly increases BDNF mRNA expression in the spleen.",
            "subject_swap": "Research from the Russian Academy of Sciences demonstrated that Semax administration significantly increases BDNF mRNA expression in the hippocampus.",
            "degree": "Selank administration slightly increases BDNF mRNA expression in the hippocampus.",
        },
    },
    {
        "article": A,
        "sentence": "Research published in Bioorganicheskaia Khimiia demonstrated that Selank inhibits the activity of enkephalin-degrading enzymes, effectively extending the lifespan and activity of your body's own enkephalins.",
        "faithful": "Selank inhibits the activity of enkephalin-degrading enzymes, extending the lifespan of the body's own enkephalins.",
        "changed": {
            "antonym": "Selank stimulates the activity of enkephalin-degrading enzymes, extending the lifespan of the body's own enkephalins.",
            "direction": "Selank inhibits the activity of enkephalin-degrading enzymes, shortening the lifespan of the body's own enkephalins.",
            "role_swap": "Enkephalin-degrading enzymes inhibit the activity of Selank, extending the lifespan of the body's own enkephalins.",
        },
    },
    {
        "article": A,
        "sentence": "A 2009 study found that Selank influenced the expression of 45 genes related to immune function, with effects on T-cell signaling, innate immunity, and inflammatory pathways.",
        "faithful": "A 2009 study found that Selank influenced the expression of 45 genes related to immune function.",
        "changed": {
            "number": "A 2009 study found that Selank influenced the expression of 54 genes related to immune function.",
            "attribution": "A 2008 study found that Selank influenced the expression of 45 genes related to immune function.",
            "merge": "A 2009 study found that Selank influenced the expression of 45 genes related to GABAergic signaling.",
            "certainty": "A 2009 study proved that Selank controls the expression of 45 genes related to immune function.",
        },
    },
    {
        "article": A,
        "sentence": "Selank is studied almost exclusively via intranasal administration, which provides direct access to the CNS through the olfactory and trigeminal nerve pathways.",
        "faithful": "Selank is studied almost exclusively via intranasal administration, giving direct access to the CNS.",
        "changed": {
            "route": "Selank is studied almost exclusively via oral administration, giving direct access to the CNS.",
            "scope": "Selank is only rarely studied via intranasal administration.",
            "negation_added": "Selank is not studied via intranasal administration.",
        },
    },
    {
        "article": A,
        "sentence": "The intranasal route provides rapid onset — effects are generally observed within 10-15 minutes in behavioral studies — and a duration of action of several hours.",
        "faithful": "With the intranasal route, effects are generally observed within 10-15 minutes in behavioral studies.",
        "changed": {
            "time_unit": "With the intranasal route, effects are generally observed within 10-15 hours in behavioral studies.",
            "number": "With the intranasal route, effects are generally observed within 30 minutes in behavioral studies.",
            "antonym": "The intranasal route provides slow onset and a duration of action of several hours.",
            "time_swap": "The intranasal route provides a duration of action of several minutes.",
        },
    },
    {
        "article": A,
        "sentence": "Sample sizes tend to be smaller than what we would see in Phase III Western trials, and independent replication by non-Russian research groups is limited.",
        "faithful": "Sample sizes tend to be smaller than in Phase III Western trials, and independent replication is limited.",
        "changed": {
            "comparative": "Sample sizes tend to be larger than in Phase III Western trials.",
            "antonym": "Independent replication by non-Russian research groups is extensive.",
            "scope": "Independent replication by Russian research groups is limited.",
        },
    },
    {
        "article": A,
        "sentence": "Some researchers study them in combination, reasoning that the calming clarity of Selank plus the cognitive activation of Semax creates a balanced nootropic profile",
        "faithful": "Some researchers study Selank and Semax in combination, reasoning that together they create a balanced nootropic profile.",
        "changed": {
            "quantifier": "All researchers study Selank and Semax in combination for a balanced nootropic profile.",
            "role_swap": "Researchers reason that the calming clarity of Semax plus the cognitive activation of Selank creates a balanced nootropic profile.",
        },
    },
    {
        "article": A,
        "sentence": "The mechanistic rationale is sound, as they operate through largely complementary pathways, though combination research is still preliminary.",
        "faithful": "The mechanistic rationale is sound, though combination research is still preliminary.",
        "changed": {
            "evidence_level": "The mechanistic rationale is sound, and combination research is now well established.",
            "antonym": "The mechanistic rationale is sound, as they operate through largely competing pathways.",
            "negation_added": "The mechanistic rationale is not sound, and combination research is still preliminary.",
        },
    },
    {
        "article": B,
        "sentence": "In one rat study, Selank enhanced the calming effect of diazepam under chronic stress.",
        "faithful": "In a rat study, Selank enhanced the calming effect of diazepam under chronic stress.",
        "changed": {
            "role_swap": "In one rat study, diazepam enhanced the calming effect of Selank under chronic stress.",
            "species": "In one human study, Selank enhanced the calming effect of diazepam under chronic stress.",
            "direction": "In one rat study, Selank reduced the calming effect of diazepam under chronic stress.",
            "condition": "In one rat study, Selank enhanced the calming effect of diazepam under acute stress.",
        },
    },
    {
        "article": B,
        "sentence": "A 2014 comparative trial of 60 patients with phobic-anxiety and somatoform disorders compared Selank with phenazepam and reported a pronounced anxiolytic effect plus a mild nootropic effect, with the calming benefit persisting for about a week after the last dose.",
        "faithful": "A 2014 trial of 60 patients compared Selank with phenazepam and reported a pronounced anxiolytic effect.",
        "changed": {
            "comparator": "A 2014 trial of 60 patients compared Selank with medazepam and reported a pronounced anxiolytic effect.",
            "attribution": "A 2014 trial of 62 patients compared Selank with phenazepam and reported a pronounced anxiolytic effect.",
            "time_unit": "In a 2014 trial, the calming benefit persisted for about a month after the last dose.",
            "attribute_swap": "A 2014 trial of 60 patients compared Selank with phenazepam and reported a mild anxiolytic effect plus a pronounced nootropic effect.",
        },
    },
    {
        "article": B,
        "sentence": "These are small studies concentrated in a few research groups rather than large, independent international trials.",
        "faithful": "These are small studies concentrated in a few research groups.",
        "changed": {
            "role_swap": "These are large, independent international trials rather than small studies concentrated in a few research groups.",
            "quantifier": "These are small studies spread across many research groups.",
        },
    },
    {
        "article": B,
        "sentence": "Selank is a synthetic peptide developed in Russia and studied mainly for anxiety and stress-related symptoms.",
        "faithful": "Selank is a synthetic peptide developed in Russia, studied mainly for anxiety.",
        "changed": {
            "place": "Selank is a synthetic peptide developed in the United States and studied mainly for anxiety.",
            "antonym": "Selank is a natural peptide developed in Russia and studied mainly for anxiety.",
            "topic": "Selank is a synthetic peptide developed in Russia and studied mainly for memory and attention.",
        },
    },
    {
        "article": B,
        "sentence": "This work describes biology and animal behavior, so it points to how Selank may act in people without establishing the same effect.",
        "faithful": "This work points to how Selank may act in people without establishing the same effect.",
        "changed": {
            "certainty": "This work establishes how Selank acts in people.",
            "negation_dropped": "This work points to how Selank may act in people, establishing the same effect.",
            "evidence_level": "This work describes clinical trials in people, establishing the same effect.",
        },
    },
    {
        "article": B,
        "sentence": "The early human signal is consistent, but the body of evidence remains limited.",
        "faithful": "The early human signal is consistent, but the evidence remains limited.",
        "changed": {
            "antonym": "The early human signal is inconsistent, and the body of evidence remains limited.",
            "certainty": "The early human signal is consistent, and the body of evidence is now extensive.",
            "evidence_level": "The early animal signal is consistent, but the body of evidence remains limited.",
        },
    },
    {
        "article": B,
        "sentence": "It is a heptapeptide, meaning it is built from seven amino acids (Thr-Lys-Pro-Arg-Pro-Gly-Pro), and it is modeled on tuftsin, a naturally occurring peptide fragment with roles in immune signaling.",
        "faithful": "Selank is a heptapeptide built from seven amino acids, modeled on tuftsin.",
        "changed": {
            "number_word": "Selank is a heptapeptide built from eight amino acids, modeled on tuftsin.",
            "name": "Selank is a heptapeptide built from seven amino acids, modeled on enkephalin.",
            "antonym": "Selank is modeled on tuftsin, a synthetic peptide fragment with roles in immune signaling.",
        },
    },
    {
        "article": C,
        "sentence": "Selank is primarily anxiolytic with secondary cognitive effects, while Semax is primarily cognitive-enhancing with secondary anxiolytic effects.",
        "faithful": "Selank is primarily anxiolytic, while Semax is primarily cognitive-enhancing.",
        "changed": {
            "subject_swap": "Semax is primarily anxiolytic, while Selank is primarily cognitive-enhancing.",
            "attribute_swap": "Selank is primarily cognitive-enhancing with secondary anxiolytic effects.",
            "scope": "Selank is exclusively anxiolytic, with no cognitive effects.",
        },
    },
    {
        "article": C,
        "sentence": "Semax was developed from a fragment of ACTH (adrenocorticotropic hormone, the pituitary hormone that regulates the adrenal stress response and has documented cognitive and neuroprotective effects).",
        "faithful": "Semax was developed from a fragment of ACTH, the pituitary hormone that regulates the adrenal stress response.",
        "changed": {
            "subject_swap": "Selank was developed from a fragment of ACTH, the pituitary hormone that regulates the adrenal stress response.",
            "name": "Semax was developed from a fragment of tuftsin.",
            "attribute": "Semax was developed from a fragment of ACTH, the thyroid hormone that regulates the adrenal stress response.",
        },
    },
    {
        "article": C,
        "sentence": "Selank has also been documented to increase BDNF (brain derived neurotrophic factor, the primary growth factor for synapse formation, neuroplasticity, and neuron survival in the central nervous system) expression in published preclinical research.",
        "faithful": "Selank has also been documented to increase BDNF expression in preclinical research.",
        "changed": {
            "evidence_level": "Selank has also been documented to increase BDNF expression in published clinical trials.",
            "direction": "Selank has also been documented to decrease BDNF expression in published preclinical research.",
        },
    },
    {
        "article": C,
        "sentence": "Anxiety chronically suppresses BDNF expression, particularly in the hippocampus, via the stress hormone cortisol.",
        "faithful": "Anxiety chronically suppresses BDNF expression in the hippocampus via cortisol.",
        "changed": {
            "direction": "Anxiety chronically increases BDNF expression, particularly in the hippocampus, via the stress hormone cortisol.",
            "role_swap": "BDNF expression chronically suppresses anxiety via the stress hormone cortisol.",
            "name": "Anxiety chronically suppresses BDNF expression via the stress hormone adrenaline.",
        },
    },
    {
        "article": C,
        "sentence": "Semax directly drives BDNF upregulation through a different pathway.",
        "faithful": "Semax directly drives BDNF upregulation via a different pathway.",
        "changed": {
            "subject_swap": "Selank directly drives BDNF upregulation through a different pathway.",
            "antonym": "Semax indirectly drives BDNF upregulation through a different pathway.",
            "antonym_2": "Semax directly drives BDNF upregulation through the same pathway.",
        },
    },
    {
        "article": C,
        "sentence": "Selank is registered in Russia for anxiety disorders.",
        "faithful": "In Russia, Selank is registered for anxiety disorders.",
        "changed": {
            "attribution": "Selank is registered in Russia for stroke recovery.",
            "place": "Selank is registered in the United States for anxiety disorders.",
        },
    },
    {
        "article": C,
        "sentence": "In published research, Selank tends to produce sedation-adjacent effects at higher doses - consistent with its GABAergic mechanism.",
        "faithful": "Selank tends to produce sedation-adjacent effects at higher doses, consistent with its GABAergic mechanism.",
        "changed": {
            "dose": "In published research, Selank tends to produce sedation-adjacent effects at lower doses.",
            "hedge": "Selank produces sedation-adjacent effects at higher doses.",
            "subject_swap": "In published research, Semax tends to produce sedation-adjacent effects at higher doses.",
            "scope": "Selank tends to produce sedation-adjacent effects at all doses.",
        },
    },
    {
        "article": C,
        "sentence": "Semax published protocols similarly use intranasal administration with doses typically ranging from 200 mcg to 600 mcg per administration, with research cycles varying by indication.",
        "faithful": "Semax protocols use intranasal administration with doses typically from 200 mcg to 600 mcg per administration.",
        "changed": {
            "unit": "Semax protocols use intranasal administration with doses typically from 200 mg to 600 mg per administration.",
            "attribution": "Semax protocols use intranasal administration with doses typically from 200 mcg to 900 mcg per administration.",
            "route": "Semax protocols use subcutaneous administration with doses typically from 200 mcg to 600 mcg per administration.",
        },
    },
    {
        "article": C,
        "sentence": "Published research has not systematically evaluated the combination in controlled trials, but mechanistic reasoning from the individual compound literature suggests complementary rather than competing effects.",
        "faithful": "Published research has not systematically evaluated the combination in controlled trials.",
        "changed": {
            "negation_dropped": "Published research has systematically evaluated the combination in controlled trials.",
            "role_swap": "Mechanistic reasoning from the individual compound literature suggests competing rather than complementary effects.",
            "certainty": "Controlled trials have confirmed complementary rather than competing effects of the combination.",
        },
    },
    {
        "article": D,
        "sentence": "Clinical trials have shown it to be effective in treating Generalized Anxiety Disorder, with an efficacy comparable to benzodiazepines like medazepam but with a superior safety profile.",
        "faithful": "Clinical trials have shown Selank to be effective in treating Generalized Anxiety Disorder, with efficacy comparable to medazepam.",
        "changed": {
            "antonym": "Clinical trials have shown it to be effective in treating Generalized Anxiety Disorder, with an efficacy comparable to medazepam but with an inferior safety profile.",
            "comparative": "Clinical trials have shown it to be effective in treating Generalized Anxiety Disorder, with an efficacy superior to benzodiazepines like medazepam.",
            "condition": "Clinical trials have shown Selank to be effective in treating ADHD, with efficacy comparable to medazepam.",
        },
    },
    {
        "article": D,
        "sentence": "Selank is not stable when taken orally and is therefore typically administered as either a subcutaneous (SubQ) injection or an intranasal spray to allow it to cross the blood-brain barrier effectively.",
        "faithful": "Selank is not stable when taken orally, so it is typically administered as a subcutaneous injection or an intranasal spray.",
        "changed": {
            "negation_dropped": "Selank is stable when taken orally and is typically administered as a subcutaneous injection or an intranasal spray.",
            "route": "Selank is not stable when taken orally and is therefore typically administered as an intravenous injection.",
        },
    },
    {
        "article": D,
        "sentence": "However, the U.S. FDA has noted a risk for immunogenicity (an unwanted immune response) with compounded drugs containing Selank.",
        "faithful": "The U.S. FDA has noted a risk for immunogenicity with compounded drugs containing Selank.",
        "changed": {
            "agency": "The European Medicines Agency has noted a risk for immunogenicity with compounded drugs containing Selank.",
            "negation": "The U.S. FDA has ruled out a risk for immunogenicity with compounded drugs containing Selank.",
            "certainty": "The U.S. FDA has confirmed that compounded drugs containing Selank cause immunogenicity.",
        },
    },
    {
        "article": D,
        "sentence": "Users may begin to notice calming and mental clarity effects within the first 1-2 weeks of use.",
        "faithful": "Users may notice calming and mental clarity effects within the first 1-2 weeks of use.",
        "changed": {
            "time_unit": "Users may begin to notice calming and mental clarity effects within the first 1-2 days of use.",
            "hedge": "Users notice calming and mental clarity effects within the first 1-2 weeks of use.",
            "number": "Users may begin to notice calming and mental clarity effects within the first 3-4 weeks of use.",
        },
    },
    {
        "article": D,
        "sentence": "More robust nootropic benefits, such as improved memory, may become more apparent after 4-6 weeks of consistent use.",
        "faithful": "Nootropic benefits such as improved memory may become more apparent after 4-6 weeks of consistent use.",
        "changed": {
            "number": "Nootropic benefits such as improved memory may become more apparent after 1-2 weeks of consistent use.",
            "comparative": "Nootropic benefits such as improved memory may become less apparent after 4-6 weeks of consistent use.",
            "hedge": "Nootropic benefits such as improved memory become apparent after 4-6 weeks of consistent use.",
        },
    },
    {
        "article": D,
        "sentence": "It can influence the expression of Interleukin-6 (IL-6), a pro-inflammatory cytokine, and may help balance the immune response.",
        "faithful": "Selank can influence the expression of Interleukin-6, a pro-inflammatory cytokine.",
        "changed": {
            "antonym": "Selank can influence the expression of Interleukin-6, an anti-inflammatory cytokine.",
            "number": "Selank can influence the expression of Interleukin-10, a pro-inflammatory cytokine.",
            "hedge": "Selank balances the immune response.",
        },
    },
    {
        "article": D,
        "sentence": "Selank is generally considered to have a favorable safety profile, with few reported side effects.",
        "faithful": "Selank is generally considered to have a favorable safety profile with few reported side effects.",
        "changed": {
            "quantifier": "Selank is generally considered to have a favorable safety profile, with many reported side effects.",
            "quantifier_2": "Selank is generally considered to have a favorable safety profile, with no reported side effects.",
            "certainty": "Selank has been proven to have a favorable safety profile.",
        },
    },
    {
        "article": E,
        "sentence": "Medvedev and colleagues (2015) reported on Selank in clinical practice as an adjunct to standard pharmacotherapy in mixed anxiety disorders",
        "faithful": "Medvedev and colleagues (2015) reported on Selank as an adjunct to standard pharmacotherapy in mixed anxiety disorders.",
        "changed": {
            "year": "Medvedev and colleagues (2016) reported on Selank as an adjunct to standard pharmacotherapy in mixed anxiety disorders.",
            "attribution": "Volkova and colleagues (2015) reported on Selank as an adjunct to standard pharmacotherapy in mixed anxiety disorders.",
            "role": "Medvedev and colleagues (2015) reported on Selank as a replacement for standard pharmacotherapy in mixed anxiety disorders.",
        },
    },
    {
        "article": E,
        "sentence": "The clinical context (post-Soviet Russian psychiatric practice) is not directly comparable to Western prescribing, and the report is observational rather than randomized, but the directional finding is consistent with the mechanistic story.",
        "faithful": "The report is observational rather than randomized, but the directional finding is consistent with the mechanistic story.",
        "changed": {
            "role_swap": "The report is randomized rather than observational.",
            "antonym": "The report is observational, and the directional finding is inconsistent with the mechanistic story.",
            "negation_dropped": "The clinical context is directly comparable to Western prescribing.",
        },
    },
    {
        "article": E,
        "sentence": "Volkova 2016 is a review and synthesis rather than a primary head-to-head trial.",
        "faithful": "Volkova 2016 is a review rather than a primary head-to-head trial.",
        "changed": {
            "role_swap": "Volkova 2016 is a primary head-to-head trial rather than a review and synthesis.",
            "attribution": "Zozulya 2008 is a review and synthesis rather than a primary head-to-head trial.",
            "year": "Volkova 2018 is a review rather than a primary head-to-head trial.",
        },
    },
    {
        "article": E,
        "sentence": "Medazepam produced earlier sedation and earlier subjective calming; Selank produced a more gradual onset of anxiolytic effect without the sedation component.",
        "faithful": "Medazepam produced earlier sedation; Selank produced a more gradual onset of anxiolytic effect.",
        "changed": {
            "subject_swap": "Selank produced earlier sedation; medazepam produced a more gradual onset of anxiolytic effect.",
            "temporal": "Medazepam produced later sedation; Selank produced a more gradual onset of anxiolytic effect.",
            "negation_dropped": "Selank produced a more gradual onset of anxiolytic effect with the sedation component.",
        },
    },
    {
        "article": E,
        "sentence": "The Russian comparisons are anchored in generalized anxiety disorder and neurasthenia at treatment durations of roughly two weeks.",
        "faithful": "The Russian comparisons are anchored in generalized anxiety disorder at treatment durations of roughly two weeks.",
        "changed": {
            "number_word": "The Russian comparisons are anchored in generalized anxiety disorder at treatment durations of roughly six weeks.",
            "time_unit": "The Russian comparisons are anchored in generalized anxiety disorder at treatment durations of roughly two months.",
            "condition": "The Russian comparisons are anchored in panic disorder and neurasthenia at treatment durations of roughly two weeks.",
        },
    },
    {
        "article": E,
        "sentence": "Benzodiazepines do not touch the endogenous opioid system.",
        "faithful": "Benzodiazepines do not affect the endogenous opioid system.",
        "changed": {
            "negation_dropped": "Benzodiazepines act on the endogenous opioid system.",
            "subject_swap": "Selank does not touch the endogenous opioid system.",
        },
    },
    {
        "article": E,
        "sentence": "Zozulya and colleagues (2008) reported a clinical study of Selank in patients with generalized anxiety disorder and neurasthenia, with the benzodiazepine medazepam as a comparator",
        "faithful": "Zozulya and colleagues (2008) reported a clinical study of Selank in generalized anxiety disorder, with medazepam as a comparator.",
        "changed": {
            "comparator": "Zozulya and colleagues (2008) reported a clinical study of Selank in generalized anxiety disorder, with phenazepam as a comparator.",
            "placebo": "Zozulya and colleagues (2008) reported a clinical study of Selank in generalized anxiety disorder, with placebo as a comparator.",
            "attribution": "Medvedev and colleagues (2008) reported a clinical study of Selank in generalized anxiety disorder, with medazepam as a comparator.",
            "evidence_level": "Zozulya and colleagues (2008) reported a preclinical study of Selank in rats, with medazepam as a comparator.",
        },
    },
]
