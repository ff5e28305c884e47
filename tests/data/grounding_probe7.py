"""Seventh seed-article near-miss probe for the grounder (written blind).

Same shape as ``grounding_probe6.py``: an article under shared/articles, one sentence (or a
verbatim stretch of one) copied from it, and one-detail-changed versions (must not be
``supported``), labelled by the kind of change. ``faithful`` is a list of two claims, both of
which must be ``supported``: a light restatement and a real paraphrase as a summarising model
would write it (reordered, synonyms, active/passive, hedges kept at the same strength, numbers
and names kept). New in this probe: about a third of the entries use a stretch of two
consecutive sentences of the article; their faithful claims have two sentences and their
changed claims alter a detail in the second sentence only. None of these sentences is used in
``grounding_probe.py`` to ``grounding_probe6.py``, and none overlaps one of them. The
evidence-tiers article (B) had no unused sentences left, so the fifty entries are spread over
the other four articles. The entries were written before the grounder was run on them and
none was picked or dropped by how it does; ``split_of`` (sha256 of the sentence) divides them
into a ``tune`` half, which rules may be fitted to, and a ``test`` half, read once at the end.
"""

# The sentences are verbatim, so Greek letters, en dashes and curly quotes from the articles stay.
# ruff: noqa: RUF001

from __future__ import annotations

from probe_articles import A, B, C, D, E, split_of  # noqa: F401  (B: no unused sentences left)

__all__ = ["PROBE", "split_of"]

PROBE: list[dict[str, object]] = [
    {
        "article": A,
        "sentence": "It modulates the GABAergic system — the same system benzodiazepines act on — but does so without the sedation, tolerance, or dependence that make benzos so problematic for long-term use.",
        "faithful": [
            "It modulates the GABAergic system, the same system benzodiazepines act on, but does so without the sedation, tolerance, or dependence that make benzos so problematic for long-term use.",
            "Although it acts on the same GABAergic system as benzodiazepines, it does so without the sedation, tolerance or dependence that make benzos so problematic when used long term.",
        ],
        "changed": {
            "substitution": "It modulates the serotonergic system, the same system benzodiazepines act on, but does so without the sedation, tolerance, or dependence that make benzos so problematic for long-term use.",
            "negation_dropped": "It modulates the GABAergic system, the same system benzodiazepines act on, and does so with the sedation, tolerance, and dependence that make benzos so problematic for long-term use.",
            "antonym": "It modulates the GABAergic system, the same system benzodiazepines act on, but does so without the sedation, tolerance, or dependence that make benzos so problematic for short-term use.",
        },
    },
    {
        "article": A,
        "sentence": "Instead, it appears to influence the allosteric properties of the receptor complex itself and modulate the expression of GABA receptor subunits.",
        "faithful": [
            "Instead, it appears to influence the allosteric properties of the receptor complex itself and to modulate the expression of GABA receptor subunits.",
            "Rather than that, it seems to act on the receptor complex's own allosteric properties and to modulate how GABA receptor subunits are expressed.",
        ],
        "changed": {
            "hedge_dropped": "Instead, it influences the allosteric properties of the receptor complex itself and modulates the expression of GABA receptor subunits.",
            "certainty_added": "Instead, it has been proven to influence the allosteric properties of the receptor complex itself and to modulate the expression of GABA receptor subunits.",
            "substitution": "Instead, it appears to influence the allosteric properties of the receptor complex itself and modulate the expression of glutamate receptor subunits.",
        },
    },
    {
        "article": A,
        "sentence": "This is a fundamentally different approach than flooding the benzodiazepine site — more like tuning the system's sensitivity rather than forcing a response.",
        "faithful": [
            "This is a fundamentally different approach than flooding the benzodiazepine site, more like tuning the system's sensitivity rather than forcing a response.",
            "Rather than flooding the benzodiazepine site, the approach is fundamentally different: it is closer to adjusting how sensitive the system is than to forcing a response.",
        ],
        "changed": {
            "role_swap": "This is a fundamentally different approach than flooding the benzodiazepine site, more like forcing a response rather than tuning the system's sensitivity.",
            "comparator": "This is a fundamentally different approach than blocking the serotonin transporter, more like tuning the system's sensitivity rather than forcing a response.",
            "antonym": "This is a fundamentally similar approach to flooding the benzodiazepine site, more like tuning the system's sensitivity rather than forcing a response.",
        },
    },
    {
        "article": A,
        "sentence": "If Selank only reduced anxiety, it would be interesting but not remarkable. What pushes it into genuinely compelling territory is its effect on brain-derived neurotrophic factor.",
        "faithful": [
            "Were Selank only to reduce anxiety, it would be interesting but not remarkable. Its effect on brain-derived neurotrophic factor is what pushes it into genuinely compelling territory.",
            "Reducing anxiety alone would make Selank interesting rather than remarkable. It is Selank's effect on brain-derived neurotrophic factor that makes it genuinely compelling.",
        ],
        "changed": {
            "substitution": "If Selank only reduced anxiety, it would be interesting but not remarkable. What pushes it into genuinely compelling territory is its effect on nerve growth factor.",
            "negation_added": "If Selank only reduced anxiety, it would be interesting but not remarkable. What pushes it into genuinely compelling territory is not its effect on brain-derived neurotrophic factor.",
            "antonym": "If Selank only reduced anxiety, it would be interesting but not remarkable. What keeps it out of genuinely compelling territory is its effect on brain-derived neurotrophic factor.",
        },
    },
    {
        "article": A,
        "sentence": "BDNF is a protein that supports the survival of existing neurons, encourages the growth of new neurons and synapses, and plays a critical role in long-term memory formation and learning.",
        "faithful": [
            "BDNF is a protein that supports existing neurons' survival, encourages new neurons and synapses to grow, and plays a critical role in learning and long-term memory formation.",
            "The protein BDNF helps existing neurons survive, promotes the growth of new neurons and synapses, and is critical to learning and to forming long-term memories.",
        ],
        "changed": {
            "antonym": "BDNF is a protein that supports the survival of existing neurons, encourages the growth of new neurons and synapses, and plays a critical role in short-term memory formation and learning.",
            "substitution": "BDNF is a protein that supports the survival of existing neurons, encourages the growth of new blood vessels and synapses, and plays a critical role in long-term memory formation and learning.",
            "negation_added": "BDNF is a protein that supports the survival of existing neurons, encourages the growth of new neurons and synapses, but plays no role in long-term memory formation and learning.",
        },
    },
    {
        "article": A,
        "sentence": "This dual profile — anxiolytic plus nootropic — is unusual in psychopharmacology. Most anxiolytic compounds impair cognition as a tradeoff (benzodiazepines being the obvious example).",
        "faithful": [
            "This dual profile, anxiolytic plus nootropic, is unusual in psychopharmacology. Most anxiolytic compounds impair cognition as a tradeoff, benzodiazepines being the obvious example.",
            "Combining anxiolytic and nootropic effects in one profile is unusual in psychopharmacology. As a tradeoff, most anti-anxiety compounds impair cognition, with benzodiazepines the obvious example.",
        ],
        "changed": {
            "quantifier": "This dual profile, anxiolytic plus nootropic, is unusual in psychopharmacology. All anxiolytic compounds impair cognition as a tradeoff, benzodiazepines being the obvious example.",
            "direction": "This dual profile, anxiolytic plus nootropic, is unusual in psychopharmacology. Most anxiolytic compounds enhance cognition as a tradeoff, benzodiazepines being the obvious example.",
            "substitution": "This dual profile, anxiolytic plus nootropic, is unusual in psychopharmacology. Most anxiolytic compounds impair cognition as a tradeoff, SSRIs being the obvious example.",
        },
    },
    {
        "article": A,
        "sentence": "Selank has a third mechanism that is less discussed but pharmacologically relevant.",
        "faithful": [
            "Selank has a third mechanism, one that is less discussed but pharmacologically relevant.",
            "A third, less-discussed mechanism of Selank is nonetheless pharmacologically relevant.",
        ],
        "changed": {
            "number_word": "Selank has a fourth mechanism that is less discussed but pharmacologically relevant.",
            "direction": "Selank has a third mechanism that is more discussed but pharmacologically relevant.",
            "antonym": "Selank has a third mechanism that is less discussed and pharmacologically irrelevant.",
        },
    },
    {
        "article": A,
        "sentence": "Enkephalins are endogenous opioid peptides — your body's own calming, pain-modulating molecules. They are part of the reason you feel calm after exercise, meditation, or deep relaxation.",
        "faithful": [
            "Enkephalins are endogenous opioid peptides, your body's own calming, pain-modulating molecules. They are part of the reason you feel calm after exercise, meditation, or deep relaxation.",
            "Enkephalins, opioid peptides made by the body itself, are its own calming and pain-modulating molecules. They partly explain why people feel calm after exercise, meditation or deep relaxation.",
        ],
        "changed": {
            "scope": "Enkephalins are endogenous opioid peptides, your body's own calming, pain-modulating molecules. They are the whole reason you feel calm after exercise, meditation, or deep relaxation.",
            "substitution": "Enkephalins are endogenous opioid peptides, your body's own calming, pain-modulating molecules. They are part of the reason you feel calm after exercise, meditation, or a large meal.",
            "antonym": "Enkephalins are endogenous opioid peptides, your body's own calming, pain-modulating molecules. They are part of the reason you feel restless after exercise, meditation, or deep relaxation.",
        },
    },
    {
        "article": A,
        "sentence": "By extending their lifespan rather than overriding them, Selank avoids the receptor adaptation cascade that makes exogenous opioids so problematic.",
        "faithful": [
            "Because it extends their lifespan rather than overriding them, Selank avoids the receptor adaptation cascade that makes exogenous opioids so problematic.",
            "Selank prolongs the life of these molecules instead of overriding them, and so sidesteps the cascade of receptor adaptation that makes opioids from outside the body so problematic.",
        ],
        "changed": {
            "role_swap": "By overriding them rather than extending their lifespan, Selank avoids the receptor adaptation cascade that makes exogenous opioids so problematic.",
            "antonym": "By extending their lifespan rather than overriding them, Selank triggers the receptor adaptation cascade that makes exogenous opioids so problematic.",
            "substitution": "By extending their lifespan rather than overriding them, Selank avoids the receptor adaptation cascade that makes exogenous cannabinoids so problematic.",
        },
    },
    {
        "article": A,
        "sentence": "Given its origins as a tufsin analogue, Selank retains significant immunomodulatory activity. What is somewhat surprising is the sophistication of its immune effects.",
        "faithful": [
            "Given its origins as a tufsin analogue, Selank retains significant immunomodulatory activity. What is somewhat surprising is how sophisticated its immune effects are.",
            "Since it originated as a tufsin analogue, Selank keeps significant immunomodulatory activity. The sophistication of its effects on the immune system is somewhat surprising.",
        ],
        "changed": {
            "antonym": "Given its origins as a tufsin analogue, Selank retains significant immunomodulatory activity. What is somewhat surprising is the simplicity of its immune effects.",
            "substitution": "Given its origins as a tufsin analogue, Selank retains significant immunomodulatory activity. What is somewhat surprising is the sophistication of its hormonal effects.",
            "negation_added": "Given its origins as a tufsin analogue, Selank retains significant immunomodulatory activity. What is not at all surprising is the sophistication of its immune effects.",
        },
    },
    {
        "article": A,
        "sentence": "This matters because chronic anxiety is increasingly understood to have an inflammatory component — elevated inflammatory cytokines are consistently found in anxiety disorders, and anti-inflammatory interventions can sometimes improve anxiety symptoms.",
        "faithful": [
            "This matters because chronic anxiety is increasingly understood to have an inflammatory component: elevated inflammatory cytokines are consistently found in anxiety disorders, and anti-inflammatory interventions can sometimes improve anxiety symptoms.",
            "It matters because chronic anxiety is increasingly seen as having an inflammatory component, with raised inflammatory cytokines found consistently in anxiety disorders and anti-inflammatory treatments sometimes able to ease anxiety symptoms.",
        ],
        "changed": {
            "direction": "This matters because chronic anxiety is increasingly understood to have an inflammatory component: reduced inflammatory cytokines are consistently found in anxiety disorders, and anti-inflammatory interventions can sometimes improve anxiety symptoms.",
            "quantifier": "This matters because chronic anxiety is increasingly understood to have an inflammatory component: elevated inflammatory cytokines are consistently found in anxiety disorders, and anti-inflammatory interventions can always improve anxiety symptoms.",
            "antonym": "This matters because acute anxiety is increasingly understood to have an inflammatory component: elevated inflammatory cytokines are consistently found in anxiety disorders, and anti-inflammatory interventions can sometimes improve anxiety symptoms.",
        },
    },
    {
        "article": A,
        "sentence": "The intersection of anxiolytic, nootropic, and immunomodulatory properties in a single peptide is unusual, and it may reflect the fact that Selank is derived from an immune system molecule that was modified to enhance neurological effects.",
        "faithful": [
            "The intersection of anxiolytic, nootropic, and immunomodulatory properties in a single peptide is unusual, and it may reflect the fact that Selank is derived from an immune system molecule modified to enhance neurological effects.",
            "It is unusual for one peptide to combine anxiolytic, nootropic and immunomodulatory properties, which may reflect Selank's derivation from an immune-system molecule that was modified to boost its neurological effects.",
        ],
        "changed": {
            "hedge_dropped": "The intersection of anxiolytic, nootropic, and immunomodulatory properties in a single peptide is unusual, and it reflects the fact that Selank is derived from an immune system molecule that was modified to enhance neurological effects.",
            "antonym": "The intersection of anxiolytic, nootropic, and immunomodulatory properties in a single peptide is common, and it may reflect the fact that Selank is derived from an immune system molecule that was modified to enhance neurological effects.",
            "substitution": "The intersection of anxiolytic, nootropic, and immunomodulatory properties in a single peptide is unusual, and it may reflect the fact that Selank is derived from a digestive system molecule that was modified to enhance neurological effects.",
        },
    },
    {
        "article": A,
        "sentence": "Selank is frequently discussed alongside Semax, another Russian-developed neuropeptide, and the comparison is illuminating. Both are intranasal peptides, both have nootropic properties, and both emerged from the same era of Russian neuropharmacology research.",
        "faithful": [
            "Selank is frequently discussed alongside Semax, another Russian-developed neuropeptide, and the comparison is illuminating. Both are intranasal peptides with nootropic properties, and both emerged from the same era of Russian neuropharmacology research.",
            "Selank is often discussed together with Semax, a fellow Russian-developed neuropeptide, and comparing them is illuminating. The two are intranasal peptides with nootropic properties that came out of the same era of Russian neuropharmacology research.",
        ],
        "changed": {
            "substitution": "Selank is frequently discussed alongside Semax, another Russian-developed neuropeptide, and the comparison is illuminating. Both are oral peptides, both have nootropic properties, and both emerged from the same era of Russian neuropharmacology research.",
            "substitution_2": "Selank is frequently discussed alongside Semax, another Russian-developed neuropeptide, and the comparison is illuminating. Both are intranasal peptides, both have nootropic properties, and both emerged from the same era of American neuropharmacology research.",
            "antonym": "Selank is frequently discussed alongside Semax, another Russian-developed neuropeptide, and the comparison is illuminating. Both are intranasal peptides, both have nootropic properties, and they emerged from different eras of Russian neuropharmacology research.",
        },
    },
    {
        "article": A,
        "sentence": "Selank is primarily anxiolytic with nootropic properties. Its dominant effect is calming — it reduces anxiety, promotes a sense of well-being, and supports focus through the reduction of anxious mental noise.",
        "faithful": [
            "Selank is primarily anxiolytic with nootropic properties. Its dominant effect is calming: it reduces anxiety, promotes a sense of well-being, and supports focus through the reduction of anxious mental noise.",
            "Selank is mainly an anxiolytic that also has nootropic properties. Its main effect is calming, as it lowers anxiety, fosters well-being and aids focus by cutting down anxious mental noise.",
        ],
        "changed": {
            # merge: "activating" is Semax's dominant effect, from the paragraph just after
            "merge": "Selank is primarily anxiolytic with nootropic properties. Its dominant effect is activating: it reduces anxiety, promotes a sense of well-being, and supports focus through the reduction of anxious mental noise.",
            "substitution": "Selank is primarily anxiolytic with nootropic properties. Its dominant effect is calming: it reduces anxiety, promotes a sense of well-being, and supports sleep through the reduction of anxious mental noise.",
            "direction": "Selank is primarily anxiolytic with nootropic properties. Its dominant effect is calming: it reduces anxiety, promotes a sense of well-being, and supports focus through an increase in anxious mental noise.",
        },
    },
    {
        "article": A,
        "sentence": "It works primarily through GABAergic modulation, BDNF upregulation, and enkephalin stabilization.",
        "faithful": [
            "It works primarily through GABAergic modulation, BDNF upregulation and enkephalin stabilization.",
            "Its main mechanisms are modulating the GABAergic system, upregulating BDNF and stabilizing enkephalins.",
        ],
        "changed": {
            "direction": "It works primarily through GABAergic modulation, BDNF downregulation, and enkephalin stabilization.",
            # merge: NMDA receptor effects are Semax's, from the next sentence
            "merge": "It works primarily through GABAergic modulation, BDNF upregulation, and NMDA receptor effects.",
            "substitution": "It works primarily through cholinergic modulation, BDNF upregulation, and enkephalin stabilization.",
        },
    },
    {
        "article": A,
        "sentence": "The preclinical mechanistic data is strong and internally consistent. We understand how Selank modulates GABA, how it upregulates BDNF, and how it inhibits enkephalin degradation.",
        "faithful": [
            "The preclinical mechanistic data is strong and internally consistent. We understand how Selank modulates GABA, how it upregulates BDNF and how it inhibits enkephalin degradation.",
            "Preclinical data on the mechanism are strong and internally consistent. It is understood how Selank modulates GABA, upregulates BDNF and inhibits the breakdown of enkephalins.",
        ],
        "changed": {
            "direction": "The preclinical mechanistic data is strong and internally consistent. We understand how Selank modulates GABA, how it downregulates BDNF, and how it inhibits enkephalin degradation.",
            "substitution": "The preclinical mechanistic data is strong and internally consistent. We understand how Selank modulates glutamate, how it upregulates BDNF, and how it inhibits enkephalin degradation.",
            "negation_added": "The preclinical mechanistic data is strong and internally consistent. We do not yet understand how Selank modulates GABA, how it upregulates BDNF, or how it inhibits enkephalin degradation.",
        },
    },
    {
        "article": A,
        "sentence": "No withdrawal effects have been reported upon discontinuation. This is consistent with Selank's mechanism — it modulates the GABAergic system rather than directly agonizing the benzodiazepine site, which avoids the receptor downregulation that drives benzodiazepine tolerance.",
        "faithful": [
            "No withdrawal effects have been reported upon discontinuation. This is consistent with Selank's mechanism: it modulates the GABAergic system rather than directly agonizing the benzodiazepine site, which avoids the receptor downregulation that drives benzodiazepine tolerance.",
            "No withdrawal effects have been reported after Selank is stopped. That fits its mechanism, which modulates the GABAergic system instead of directly agonizing the benzodiazepine site and so avoids the receptor downregulation behind benzodiazepine tolerance.",
        ],
        "changed": {
            "role_swap": "No withdrawal effects have been reported upon discontinuation. This is consistent with Selank's mechanism: it directly agonizes the benzodiazepine site rather than modulating the GABAergic system, which avoids the receptor downregulation that drives benzodiazepine tolerance.",
            "direction": "No withdrawal effects have been reported upon discontinuation. This is consistent with Selank's mechanism: it modulates the GABAergic system rather than directly agonizing the benzodiazepine site, which avoids the receptor upregulation that drives benzodiazepine tolerance.",
            "certainty_added": "No withdrawal effects have been reported upon discontinuation. This conclusively confirms Selank's mechanism: it modulates the GABAergic system rather than directly agonizing the benzodiazepine site, which avoids the receptor downregulation that drives benzodiazepine tolerance.",
        },
    },
    {
        "article": C,
        "sentence": "Both are peptide-based, both are administered intranasally in published protocols, and both affect the central nervous system.",
        "faithful": [
            "Both are peptide-based, both are given intranasally in published protocols, and both affect the central nervous system.",
            "The two compounds are peptides, are delivered through the nose in published protocols and act on the central nervous system.",
        ],
        "changed": {
            "substitution": "Both are peptide-based, both are administered orally in published protocols, and both affect the central nervous system.",
            "substitution_2": "Both are peptide-based, both are administered intranasally in published protocols, and both affect the cardiovascular system.",
            "evidence_level": "Both are peptide-based, both are administered intranasally in randomized controlled trials, and both affect the central nervous system.",
        },
    },
    {
        "article": C,
        "sentence": "The most significant overlap between Selank and Semax is their shared capacity to upregulate BDNF.",
        "faithful": [
            "The most significant overlap between Selank and Semax is that both can upregulate BDNF.",
            "What Selank and Semax most significantly have in common is a shared ability to increase BDNF.",
        ],
        "changed": {
            "direction": "The most significant overlap between Selank and Semax is their shared capacity to downregulate BDNF.",
            "antonym": "The least significant overlap between Selank and Semax is their shared capacity to upregulate BDNF.",
            "substitution": "The most significant overlap between Selank and Semax is their shared capacity to upregulate cortisol.",
        },
    },
    {
        "article": C,
        "sentence": "This shared BDNF convergence is why researchers sometimes study both compounds together - one addressing the anxiety-driven suppression of neuroplasticity, the other directly driving neuroplasticity enhancement.",
        "faithful": [
            "This shared BDNF convergence is why researchers sometimes study both compounds together, one addressing the anxiety-driven suppression of neuroplasticity and the other directly driving neuroplasticity enhancement.",
            "Because both converge on BDNF, researchers sometimes study the two together, with one tackling anxiety-driven suppression of neuroplasticity and the other directly driving enhancement of neuroplasticity.",
        ],
        "changed": {
            "quantifier": "This shared BDNF convergence is why researchers always study both compounds together, one addressing the anxiety-driven suppression of neuroplasticity and the other directly driving neuroplasticity enhancement.",
            "direction": "This shared BDNF convergence is why researchers sometimes study both compounds together, one addressing the anxiety-driven suppression of neuroplasticity and the other directly driving neuroplasticity suppression.",
            "substitution": "This shared BDNF convergence is why researchers sometimes study both compounds together, one addressing the inflammation-driven suppression of neuroplasticity and the other directly driving neuroplasticity enhancement.",
        },
    },
    {
        "article": C,
        "sentence": "The mechanistic rationale for combining Selank and Semax draws on the relationship between anxiety and cognition.",
        "faithful": [
            "The mechanistic rationale for combining Selank with Semax rests on the relationship between anxiety and cognition.",
            "The mechanism-based case for using Selank and Semax together draws on how anxiety and cognition are related.",
        ],
        "changed": {
            "evidence_level": "The clinical trial evidence for combining Selank and Semax draws on the relationship between anxiety and cognition.",
            "substitution": "The mechanistic rationale for combining Selank and Semax draws on the relationship between anxiety and sleep.",
        },
    },
    {
        "article": C,
        "sentence": "Researchers interested in both compounds should review the individual compound literature and published combination protocol discussions in the research community before designing protocols.",
        "faithful": [
            "Researchers interested in both compounds should review the literature on each compound and the published discussions of combination protocols in the research community before designing protocols.",
            "Before designing protocols, researchers interested in the two compounds should read the literature on each one and the combination protocol discussions published in the research community.",
        ],
        "changed": {
            "evidence_level": "Researchers interested in both compounds should review the individual compound literature and published combination trials in the research community before designing protocols.",
            "antonym": "Researchers interested in both compounds should review the individual compound literature and published combination protocol discussions in the research community after designing protocols.",
            "substitution": "Clinicians interested in both compounds should review the individual compound literature and published combination protocol discussions in the research community before designing protocols.",
        },
    },
    {
        "article": C,
        "sentence": "OnsetRapid (minutes for anxiolytic effect)Moderate (hours for cognitive effects)",
        "faithful": [
            "Onset is rapid for Selank (minutes for the anxiolytic effect) and moderate for Semax (hours for cognitive effects).",
            "In the comparison table, Selank's onset is rapid, within minutes for its anxiolytic effect, whereas Semax's is moderate, taking hours for cognitive effects.",
        ],
        "changed": {
            "time_unit": "Onset is rapid for Selank (seconds for the anxiolytic effect) and moderate for Semax (hours for cognitive effects).",
            "time_unit_2": "Onset is rapid for Selank (minutes for the anxiolytic effect) and moderate for Semax (days for cognitive effects).",
            "role_swap": "Onset is moderate for Selank (hours for the anxiolytic effect) and rapid for Semax (minutes for cognitive effects).",
        },
    },
    {
        "article": C,
        "sentence": "Base structureTuftsin analogue (heptapeptide)ACTH(4-10) analogue (heptapeptide)",
        "faithful": [
            "Selank's base structure is a tuftsin analogue (heptapeptide), and Semax's is an ACTH(4-10) analogue (heptapeptide).",
            "Both are heptapeptides: Selank is built on a tuftsin analogue and Semax on an ACTH(4-10) analogue.",
        ],
        "changed": {
            "number": "Selank's base structure is a tuftsin analogue (heptapeptide), and Semax's is an ACTH(1-10) analogue (heptapeptide).",
            "number_word": "Selank's base structure is a tuftsin analogue (hexapeptide), and Semax's is an ACTH(4-10) analogue (heptapeptide).",
            "role_swap": "Selank's base structure is an ACTH(4-10) analogue (heptapeptide), and Semax's is a tuftsin analogue (heptapeptide).",
        },
    },
    {
        "article": C,
        "sentence": "For cognitive enhancement research: Semax is the primary compound. BDNF upregulation is its best-characterized mechanism and the most relevant to learning and memory research.",
        "faithful": [
            "For cognitive enhancement research, Semax is the primary compound. BDNF upregulation is its best-characterized mechanism and the most relevant to learning and memory research.",
            "Semax is the main compound for research on cognitive enhancement. Its best-characterized mechanism, BDNF upregulation, is also the one most relevant to research on learning and memory.",
        ],
        "changed": {
            "direction": "For cognitive enhancement research, Semax is the primary compound. BDNF downregulation is its best-characterized mechanism and the most relevant to learning and memory research.",
            "antonym": "For cognitive enhancement research, Semax is the primary compound. BDNF upregulation is its least-characterized mechanism and the most relevant to learning and memory research.",
            "substitution": "For cognitive enhancement research, Semax is the primary compound. BDNF upregulation is its best-characterized mechanism and the most relevant to pain research.",
        },
    },
    {
        "article": C,
        "sentence": "*Both are approved drugs in Russia. Neither is FDA-approved.",
        "faithful": [
            "Both are approved drugs in Russia. Neither is FDA-approved.",
            "Selank and Semax are both approved drugs in Russia. Neither has FDA approval.",
        ],
        "changed": {
            "negation_dropped": "Both are approved drugs in Russia. Both are FDA-approved.",
            "quantifier": "Both are approved drugs in Russia. Only one of them is FDA-approved.",
            "substitution": "Both are approved drugs in Russia. Neither is EMA-approved.",
        },
    },
    {
        "article": D,
        "sentence": "As an analogue of the immune peptide tuftsin, Selank also possesses immunomodulatory properties.",
        "faithful": [
            "As an analogue of the immune peptide tuftsin, Selank also has immunomodulatory properties.",
            "Because it is an analogue of tuftsin, an immune peptide, Selank possesses immunomodulatory properties as well.",
        ],
        "changed": {
            "substitution": "As an analogue of the immune peptide thymosin, Selank also possesses immunomodulatory properties.",
            "substitution_2": "As an analogue of the immune peptide tuftsin, Selank also possesses anticoagulant properties.",
        },
    },
    {
        "article": D,
        "sentence": "is sold in the United States through compounding pharmacies or as a research chemical.",
        "faithful": [
            "Selank is sold in the United States through compounding pharmacies or as a research chemical.",
            "In the United States, Selank is available from compounding pharmacies or is sold as a research chemical.",
        ],
        "changed": {
            "substitution": "Selank is sold in the United States through hospital pharmacies or as a research chemical.",
            "substitution_2": "Selank is sold in Canada through compounding pharmacies or as a research chemical.",
            "negation_added": "Selank is not sold in the United States through compounding pharmacies or as a research chemical.",
        },
    },
    {
        "article": D,
        "sentence": "Based on its mechanisms, Selank is utilized for a range of applications focused on mental health and cognitive performance.",
        "faithful": [
            "Based on its mechanisms, Selank is used for a range of applications focused on mental health and cognitive performance.",
            "On the strength of its mechanisms, Selank is applied in a range of uses centred on mental health and cognitive performance.",
        ],
        "changed": {
            "evidence_level": "Based on large randomized trials, Selank is utilized for a range of applications focused on mental health and cognitive performance.",
            "substitution": "Based on its mechanisms, Selank is utilized for a range of applications focused on mental health and athletic performance.",
        },
    },
    {
        "article": D,
        "sentence": "Selank is widely regarded as a nootropic. Its ability to increase BDNF contributes to enhanced cognitive functions such as:",
        "faithful": [
            "Selank is widely considered a nootropic. Its ability to raise BDNF contributes to enhanced cognitive functions.",
            "Selank is widely regarded as a nootropic. Its capacity to increase BDNF helps enhance cognitive functions.",
        ],
        "changed": {
            "direction": "Selank is widely regarded as a nootropic. Its ability to decrease BDNF contributes to enhanced cognitive functions.",
            "scope": "Selank is widely regarded as a nootropic. Its ability to increase BDNF is the sole cause of its enhanced cognitive functions.",
            "substitution": "Selank is widely regarded as a nootropic. Its ability to increase cortisol contributes to enhanced cognitive functions.",
        },
    },
    {
        "article": D,
        "sentence": "To understand Selank's unique position, it's helpful to compare it with its sister peptide, Semax, and traditional anxiolytics.",
        "faithful": [
            "To understand Selank's unique position, it is helpful to compare it with its sister peptide Semax and with traditional anxiolytics.",
            "Comparing Selank with its sister peptide, Semax, and with traditional anxiolytics helps clarify its unique position.",
        ],
        "changed": {
            "comparator": "To understand Selank's unique position, it's helpful to compare it with its sister peptide, Noopept, and traditional anxiolytics.",
            "comparator_2": "To understand Selank's unique position, it's helpful to compare it with its sister peptide, Semax, and traditional antidepressants.",
        },
    },
    {
        "article": D,
        "sentence": "Importantly, it is not associated with the dependence, tolerance, or withdrawal seen with many pharmaceutical anxiolytics.",
        "faithful": [
            "Importantly, it is not associated with the dependence, tolerance or withdrawal seen with many pharmaceutical anxiolytics.",
            "Crucially, unlike many pharmaceutical anxiolytics, it has not been linked to dependence, tolerance or withdrawal.",
        ],
        "changed": {
            "negation_dropped": "Importantly, it is associated with the dependence, tolerance, or withdrawal seen with many pharmaceutical anxiolytics.",
            "quantifier": "Importantly, it is not associated with the dependence, tolerance, or withdrawal seen with all pharmaceutical anxiolytics.",
            "substitution": "Importantly, it is not associated with the dependence, tolerance, or insomnia seen with many pharmaceutical anxiolytics.",
        },
    },
    {
        "article": D,
        "sentence": "It should only be used under the supervision of a healthcare professional, especially for individuals taking other medications like SSRIs or who are pregnant or breastfeeding.",
        "faithful": [
            "It should only be used under the supervision of a healthcare professional, especially by individuals taking other medications like SSRIs or who are pregnant or breastfeeding.",
            "Use should always be supervised by a healthcare professional, particularly for people on other medications such as SSRIs and for those who are pregnant or breastfeeding.",
        ],
        "changed": {
            "substitution": "It should only be used under the supervision of a healthcare professional, especially for individuals taking other medications like antihistamines or who are pregnant or breastfeeding.",
            "scope": "It needs the supervision of a healthcare professional only for individuals taking other medications like SSRIs or who are pregnant or breastfeeding.",
            "substitution_2": "It should only be used under the supervision of a pharmacist, especially for individuals taking other medications like SSRIs or who are pregnant or breastfeeding.",
        },
    },
    {
        "article": D,
        "sentence": "Selank is a versatile peptide primarily used for its potent anti-anxiety and stress-reducing effects, coupled with significant nootropic benefits for cognitive function, memory, and focus. Its unique mechanism of action allows it to provide these benefits without the sedation and addiction risk associated with traditional anxiolytics like benzodiazepines.",
        "faithful": [
            "Selank is a versatile peptide primarily used for its potent anti-anxiety and stress-reducing effects, together with significant nootropic benefits for cognitive function, memory, and focus. Its unique mechanism of action lets it provide these benefits without the sedation and addiction risk associated with traditional anxiolytics like benzodiazepines.",
            "A versatile peptide, Selank is used mainly for its potent anti-anxiety and stress-reducing effects and also brings significant nootropic benefits for cognition, memory and focus. Thanks to its unique mechanism, it delivers these benefits without the sedation and addiction risk tied to traditional anxiolytics such as benzodiazepines.",
        ],
        "changed": {
            "comparator": "Selank is a versatile peptide primarily used for its potent anti-anxiety and stress-reducing effects, coupled with significant nootropic benefits for cognitive function, memory, and focus. Its unique mechanism of action allows it to provide these benefits without the sedation and addiction risk associated with traditional anxiolytics like SSRIs.",
            "negation_dropped": "Selank is a versatile peptide primarily used for its potent anti-anxiety and stress-reducing effects, coupled with significant nootropic benefits for cognitive function, memory, and focus. Its unique mechanism of action provides these benefits with the same sedation and addiction risk associated with traditional anxiolytics like benzodiazepines.",
            "substitution": "Selank is a versatile peptide primarily used for its potent anti-anxiety and stress-reducing effects, coupled with significant nootropic benefits for cognitive function, memory, and focus. Its unique mechanism of action allows it to provide these benefits without the sedation and weight-gain risk associated with traditional anxiolytics like benzodiazepines.",
        },
    },
    {
        "article": D,
        "sentence": "The main purpose of Selank is to reduce anxiety and stress while simultaneously enhancing cognitive functions like memory and focus, without causing sedation.",
        "faithful": [
            "The main purpose of Selank is to reduce anxiety and stress while also enhancing cognitive functions like memory and focus, without causing sedation.",
            "Selank is chiefly meant to lower anxiety and stress and at the same time improve cognitive functions such as memory and focus, all without sedating.",
        ],
        "changed": {
            "negation_dropped": "The main purpose of Selank is to reduce anxiety and stress while simultaneously enhancing cognitive functions like memory and focus, and it causes sedation.",
            "direction": "The main purpose of Selank is to reduce anxiety and stress while simultaneously dampening cognitive functions like memory and focus, without causing sedation.",
            "substitution": "The main purpose of Selank is to reduce anxiety and stress while simultaneously enhancing cognitive functions like memory and language, without causing sedation.",
        },
    },
    {
        "article": E,
        "sentence": "Selank is a seven-residue synthetic peptide. The Russian Federation registers it as an anxiolytic for generalized anxiety disorder.",
        "faithful": [
            "Selank is a synthetic peptide of seven residues. The Russian Federation registers it as an anxiolytic for generalized anxiety disorder.",
            "Selank is a seven-residue peptide made synthetically. In the Russian Federation it is registered as an anxiolytic for generalized anxiety disorder.",
        ],
        "changed": {
            "substitution": "Selank is a seven-residue synthetic peptide. The Russian Federation registers it as an anxiolytic for panic disorder.",
            "substitution_2": "Selank is a seven-residue synthetic peptide. The Russian Federation registers it as an antidepressant for generalized anxiety disorder.",
        },
    },
    {
        "article": E,
        "sentence": "Where a topic exceeds our internal expertise, we either commission external review or do not publish on it.",
        "faithful": [
            "Where a topic exceeds our internal expertise, we either commission an external review or do not publish on it.",
            "When a topic is beyond our in-house expertise, we either have it reviewed externally or do not publish on it at all.",
        ],
        "changed": {
            "condition_dropped": "Topics exceed our internal expertise, and we either commission external review or do not publish on them.",
            "antonym": "Where a topic exceeds our internal expertise, we either commission internal review or do not publish on it.",
            "negation_dropped": "Where a topic exceeds our internal expertise, we either commission external review or publish on it anyway.",
        },
    },
    {
        "article": E,
        "sentence": "If it is artifact of single-program reporting, it tells you something about the evidence base.",
        "faithful": [
            "If it is an artifact of single-program reporting, it tells you something about the evidence base.",
            "Should the divergence be an artifact of reporting from a single program, it reveals something about the evidence base.",
        ],
        "changed": {
            "condition_dropped": "It is an artifact of single-program reporting, and it tells you something about the evidence base.",
            # merge: the finely-grained GABA-A pharmacology is what the real-divergence branch, the sentence before, tells you
            "merge": "If it is an artifact of single-program reporting, it tells you something about how finely-grained GABA-A pharmacology can be.",
            "antonym": "If it is an artifact of multi-program reporting, it tells you something about the evidence base.",
        },
    },
    {
        "article": E,
        "sentence": "The precise binding biochemistry — whether Selank acts directly on GABA-A pentamers, on an upstream GABAergic regulator, or via the enkephalin pathway discussed below — remains less completely characterized than the BZD-site model.",
        "faithful": [
            "The precise binding biochemistry, whether Selank acts directly on GABA-A pentamers, on an upstream GABAergic regulator or via the enkephalin pathway, remains less completely characterized than the BZD-site model.",
            "Exactly how Selank binds, whether directly to GABA-A pentamers, to an upstream GABAergic regulator or through the enkephalin pathway, is less completely characterized than the BZD-site model.",
        ],
        "changed": {
            "direction": "The precise binding biochemistry, whether Selank acts directly on GABA-A pentamers, on an upstream GABAergic regulator or via the enkephalin pathway, remains more completely characterized than the BZD-site model.",
            "comparator": "The precise binding biochemistry, whether Selank acts directly on GABA-A pentamers, on an upstream GABAergic regulator or via the enkephalin pathway, remains less completely characterized than the SSRI model.",
            "substitution": "The precise binding biochemistry, whether Selank acts directly on GABA-A pentamers, on an upstream GABAergic regulator or via the dopamine pathway, remains less completely characterized than the BZD-site model.",
        },
    },
    {
        "article": E,
        "sentence": "Selank’s GABAergic mechanism is reported in the Russian literature as “non-benzodiazepine,” which is a negative characterization — it tells you what Selank is not doing, not what it is doing at the level of receptor occupancy.",
        "faithful": [
            "Selank’s GABAergic mechanism is reported in the Russian literature as “non-benzodiazepine,” which is a negative characterization: it tells you what Selank is not doing, not what it is doing at the level of receptor occupancy.",
            "The Russian literature describes Selank’s GABAergic mechanism as “non-benzodiazepine”, a negative characterization that says what Selank does not do rather than what it does at the level of receptor occupancy.",
        ],
        "changed": {
            "venue": "Selank’s GABAergic mechanism is reported in the Western literature as “non-benzodiazepine,” which is a negative characterization: it tells you what Selank is not doing, not what it is doing at the level of receptor occupancy.",
            "antonym": "Selank’s GABAergic mechanism is reported in the Russian literature as “non-benzodiazepine,” which is a positive characterization: it tells you what Selank is not doing, not what it is doing at the level of receptor occupancy.",
            "role_swap": "Selank’s GABAergic mechanism is reported in the Russian literature as “non-benzodiazepine,” which is a negative characterization: it tells you what Selank is doing at the level of receptor occupancy, not what it is not doing.",
        },
    },
    {
        "article": E,
        "sentence": "Read the two pharmacologies in parallel. The class entries for benzodiazepines below describe the class as a whole; individual benzodiazepines vary in potency, half-life, and clinical positioning.",
        "faithful": [
            "Read the two pharmacologies in parallel. The class entries for benzodiazepines below describe the class as a whole, and individual benzodiazepines vary in potency, half-life, and clinical positioning.",
            "The two pharmacologies should be read side by side. The benzodiazepine entries that follow describe the class as a whole, while individual benzodiazepines differ in potency, half-life and clinical positioning.",
        ],
        "changed": {
            "scope": "Read the two pharmacologies in parallel. The class entries for benzodiazepines below describe diazepam alone, and individual benzodiazepines vary in potency, half-life, and clinical positioning.",
            "negation_added": "Read the two pharmacologies in parallel. The class entries for benzodiazepines below describe the class as a whole, and individual benzodiazepines do not vary in potency, half-life, or clinical positioning.",
            "substitution": "Read the two pharmacologies in parallel. The class entries for benzodiazepines below describe the class as a whole, and individual benzodiazepines vary in potency, half-life, and price.",
        },
    },
    {
        "article": E,
        "sentence": "Three reports anchor the clinical comparison.",
        "faithful": [
            "The clinical comparison is anchored by three reports.",
            "Three published reports form the basis of the clinical comparison.",
        ],
        "changed": {
            "number_word": "Two reports anchor the clinical comparison.",
            "evidence_level": "Three randomized controlled trials anchor the clinical comparison.",
        },
    },
    {
        "article": E,
        "sentence": "It is also the source most quoted, often out of context, in Western secondary writing that calls Selank a “benzodiazepine alternative.” The trial is not a Western Phase 3 trial.",
        "faithful": [
            "It is also the most-quoted source, often out of context, in Western secondary writing that calls Selank a “benzodiazepine alternative.” The trial is not a Western Phase 3 trial.",
            "Western secondary writing that labels Selank a “benzodiazepine alternative” quotes it more than any other source, often out of context. It was not a Western Phase 3 trial.",
        ],
        "changed": {
            "number": "It is also the source most quoted, often out of context, in Western secondary writing that calls Selank a “benzodiazepine alternative.” The trial is not a Western Phase 2 trial.",
            "negation_dropped": "It is also the source most quoted, often out of context, in Western secondary writing that calls Selank a “benzodiazepine alternative.” The trial is a Western Phase 3 trial.",
        },
    },
    {
        "article": E,
        "sentence": "It is not blinded to modern Western standards. Its outcomes have not been independently replicated in a peer-reviewed Western journal.",
        "faithful": [
            "It is not blinded to modern Western standards. Its results have not been independently replicated in a peer-reviewed Western journal.",
            "The trial's blinding falls short of modern Western standards. No peer-reviewed Western journal has published an independent replication of its outcomes.",
        ],
        "changed": {
            "negation_dropped": "It is not blinded to modern Western standards. Its outcomes have been independently replicated in a peer-reviewed Western journal.",
            "venue": "It is not blinded to modern Western standards. Its outcomes have not been independently replicated in a peer-reviewed Russian journal.",
        },
    },
    {
        "article": E,
        "sentence": "| Tolerance development | Reported with chronic use; dose escalation common | Not reported over 14-day treatment windows; long-term data limited |",
        "faithful": [
            "For benzodiazepines, tolerance development is reported with chronic use and dose escalation is common; for Selank it is not reported over 14-day treatment windows, and long-term data are limited.",
            "Tolerance is reported with chronic benzodiazepine use, with dose escalation common, whereas with Selank none has been reported over 14-day treatment windows, although long-term data are limited.",
        ],
        "changed": {
            "number": "For benzodiazepines, tolerance development is reported with chronic use and dose escalation is common; for Selank it is not reported over 28-day treatment windows, and long-term data are limited.",
            "time_unit": "For benzodiazepines, tolerance development is reported with chronic use and dose escalation is common; for Selank it is not reported over 14-week treatment windows, and long-term data are limited.",
            "antonym": "For benzodiazepines, tolerance development is reported with chronic use and dose escalation is rare; for Selank it is not reported over 14-day treatment windows, and long-term data are limited.",
        },
    },
    {
        "article": E,
        "sentence": "The mechanistic prediction is clean: if the α1-mediated effects (sedation, amnesia, motor impairment) require the benzodiazepine site, and Selank does not occupy that site, then those effects should not appear.",
        "faithful": [
            "The mechanistic prediction is clean: if the α1-mediated effects (sedation, amnesia, motor impairment) require the benzodiazepine site and Selank does not occupy that site, those effects should not appear.",
            "The mechanism makes a clean prediction: provided that the α1-mediated effects of sedation, amnesia and motor impairment need the benzodiazepine site and that Selank does not occupy it, those effects should be absent.",
        ],
        "changed": {
            "condition_dropped": "The mechanistic prediction is clean: the α1-mediated effects (sedation, amnesia, motor impairment) require the benzodiazepine site, Selank does not occupy that site, and those effects should not appear.",
            "number": "The mechanistic prediction is clean: if the α2-mediated effects (sedation, amnesia, motor impairment) require the benzodiazepine site and Selank does not occupy that site, those effects should not appear.",
            "substitution": "The mechanistic prediction is clean: if the α1-mediated effects (sedation, amnesia, nausea) require the benzodiazepine site and Selank does not occupy that site, those effects should not appear.",
        },
    },
    {
        "article": E,
        "sentence": "This pattern — calming without dulling — is consistent with the two-pathway story.",
        "faithful": [
            "This pattern, calming without dulling, is consistent with the two-pathway story.",
            "The pattern of calming without dulling fits the two-pathway account.",
        ],
        "changed": {
            "certainty_added": "This pattern, calming without dulling, proves the two-pathway story.",
            "number_word": "This pattern, calming without dulling, is consistent with the three-pathway story.",
            "role_swap": "This pattern, dulling without calming, is consistent with the two-pathway story.",
        },
    },
    {
        "article": E,
        "sentence": "The most useful primary entry points to this comparison, in English where possible: Volkova and colleagues (2016) for the synthesis[2]; Zozulya and colleagues (2008) for the GAD trial[3]; Kost and colleagues (2001) for the enkephalin-pathway pharmacology shared between Selank and Semax[5].",
        "faithful": [
            "The most useful primary entry points to this comparison, in English where possible, are Volkova and colleagues (2016) for the synthesis, Zozulya and colleagues (2008) for the GAD trial, and Kost and colleagues (2001) for the enkephalin-pathway pharmacology shared between Selank and Semax.",
            "For entering this comparison, preferably in English, the most useful primary sources are Volkova et al. (2016) for the synthesis, Zozulya et al. (2008) for the GAD trial and Kost et al. (2001) for the enkephalin-pathway pharmacology that Selank shares with Semax.",
        ],
        "changed": {
            "attribution": "The most useful primary entry points to this comparison, in English where possible, are Volkova and colleagues (2016) for the synthesis, Medvedev and colleagues (2008) for the GAD trial, and Kost and colleagues (2001) for the enkephalin-pathway pharmacology shared between Selank and Semax.",
            "number": "The most useful primary entry points to this comparison, in English where possible, are Volkova and colleagues (2016) for the synthesis, Zozulya and colleagues (2010) for the GAD trial, and Kost and colleagues (2001) for the enkephalin-pathway pharmacology shared between Selank and Semax.",
            "substitution": "The most useful primary entry points to this comparison, in English where possible, are Volkova and colleagues (2016) for the synthesis, Zozulya and colleagues (2008) for the GAD trial, and Kost and colleagues (2001) for the enkephalin-pathway pharmacology shared between Selank and diazepam.",
        },
    },
    {
        "article": E,
        "sentence": "For the benzodiazepine side: Möhler, Fritschy, and Rudolph (2002) for the BZD-site mechanism[7]; Olsen and Sieghart (2009) for the GABA-A subtype landscape[8]; Lader (2011) for the dependence-and-withdrawal review[9].",
        "faithful": [
            "For the benzodiazepine side, the entry points are Möhler, Fritschy, and Rudolph (2002) for the BZD-site mechanism, Olsen and Sieghart (2009) for the GABA-A subtype landscape, and Lader (2011) for the dependence-and-withdrawal review.",
            "On the benzodiazepine side, readers are pointed to Möhler, Fritschy and Rudolph (2002) on the BZD-site mechanism, Olsen and Sieghart (2009) on the landscape of GABA-A subtypes, and Lader (2011) for the review of dependence and withdrawal.",
        ],
        "changed": {
            "attribution": "For the benzodiazepine side, the entry points are Möhler, Fritschy, and Rudolph (2002) for the BZD-site mechanism, Olsen and Sieghart (2009) for the GABA-A subtype landscape, and Soyka (2011) for the dependence-and-withdrawal review.",
            "number": "For the benzodiazepine side, the entry points are Möhler, Fritschy, and Rudolph (2002) for the BZD-site mechanism, Olsen and Sieghart (2005) for the GABA-A subtype landscape, and Lader (2011) for the dependence-and-withdrawal review.",
        },
    },
    {
        "article": E,
        "sentence": "The literature exists. The head-to-head trials exist.",
        "faithful": [
            "The literature does exist. The head-to-head trials do exist.",
            "There is a literature. There are head-to-head trials.",
        ],
        "changed": {
            "evidence_level": "The literature exists. The placebo-controlled trials exist.",
            "negation_added": "The literature exists. The head-to-head trials do not exist.",
        },
    },
]
