"""Eighth seed-article near-miss probe for the grounder (written blind by a helper).

Same shape as ``grounding_probe7.py``: an article under shared/articles, a verbatim stretch of
it (one sentence, or two or three consecutive sentences of one paragraph), ``faithful`` (two
claims that must be ``supported``: a light restatement and a real paraphrase, hedges, numbers,
names, populations and conditions kept) and ``changed`` (two to four claims that each change
exactly one detail and must not be ``supported``), labelled by the kind of change.

New in this probe:

* about half the entries use stretches of two or three sentences; their faithful claims are
  multi-sentence summaries (merged, reordered, shortened) and the one changed detail of a
  changed claim may sit in any sentence of it, first, middle or last;
* ``substitution_everyday`` swaps an ordinary word that carries the meaning (anxiety/pain,
  memory/sleep, fatigue/nausea, physicians/nurses), as distinct from ``substitution_rare``
  (a technical word: trigeminal/vagus, preclinical/clinical, GABAergic/glutamatergic);
* ``condition_dropped`` removes an if/when/only-in/under condition so the claim
  over-generalises (e.g. "under chronic stress", "in Russia", "for small peptides");
* ``added_detail`` adds a specific detail that no part of the article gives;
* ``merge`` attaches a detail from a nearby, different part of the same article to the wrong
  thing (e.g. the 10-15 minute onset, the 99%+ purity, "not blinded to modern Western
  standards").

Sentences are not used in ``grounding_probe.py`` to ``grounding_probe7.py`` except in the
entries marked ``"reused": True``: all four evidence-tiers (B) entries, whose article had one
unused sentence left (it is joined to a used one in the first of them), and four entries of
the what-is-selank-used-for article (D), written after its remaining unused sentences (headings,
table rows and disclaimers apart) were taken here; one of those four contains a clause that
``grounding_probe7.py`` used as a partial stretch. The claims of reused entries differ from
those of the earlier probes. The entries were written before the grounder was run on them and
none was picked or dropped by how it does; ``split_of`` (sha256 of the sentence, from
``probe_articles``) divides them into a ``tune`` half, which rules may be fitted to, and a
``test`` half, read once at the end.
"""

from __future__ import annotations

from probe_articles import A, B, C, D, E, split_of

__all__ = ["PROBE", "split_of"]

PROBE: list[dict[str, object]] = [
    # ------------------------------------------------------------------ A
    {
        "article": A,
        "sentence": "This does not mean the data is wrong. It means we should hold it with appropriate epistemic humility.",
        "faithful": [
            "This does not mean the data is wrong; it means we should hold it with appropriate epistemic humility.",
            "The data should be held with appropriate epistemic humility, which is not the same as saying it is wrong.",
        ],
        "changed": {
            "negation_dropped": "This means the data is wrong. It means we should hold it with appropriate epistemic humility.",
            "antonym": "This does not mean the data is wrong. It means we should hold it with complete confidence.",
            "added_detail": "This does not mean the data is wrong. It means we should hold it with appropriate epistemic humility until a Western Phase III trial reports.",
        },
    },
    {
        "article": A,
        "sentence": "The distinction between enhancing an endogenous system and introducing an exogenous agonist matters. When you take an exogenous opioid, you flood the receptors with an external molecule and the system adapts by downregulating its own production and receptor density — that's tolerance and dependence.",
        "faithful": [
            "The distinction between enhancing an endogenous system and introducing an exogenous agonist matters. Taking an exogenous opioid floods the receptors with an external molecule, and the system adapts by downregulating its own production and receptor density, which is tolerance and dependence.",
            "It matters whether an endogenous system is enhanced or an exogenous agonist is introduced. An external opioid floods the receptors; the system responds by downregulating its own production and receptor density, and that is what tolerance and dependence are.",
        ],
        "changed": {
            "antonym": "The distinction between enhancing an endogenous system and introducing an exogenous agonist matters. When you take an exogenous opioid, you flood the receptors with an external molecule and the system adapts by upregulating its own production and receptor density, which is tolerance and dependence.",
            "negation_added": "The distinction between enhancing an endogenous system and introducing an exogenous agonist does not matter. When you take an exogenous opioid, you flood the receptors with an external molecule and the system adapts by downregulating its own production and receptor density, which is tolerance and dependence.",
            "substitution_rare": "The distinction between enhancing an endogenous system and introducing an exogenous agonist matters. When you take an exogenous cannabinoid, you flood the receptors with an external molecule and the system adapts by downregulating its own production and receptor density, which is tolerance and dependence.",
            "condition_dropped": "The distinction between enhancing an endogenous system and introducing an exogenous agonist matters. Whatever compound you take, the system adapts by downregulating its own production and receptor density, which is tolerance and dependence.",
        },
    },
    {
        "article": A,
        "sentence": "When you instead slow the degradation of the molecules the system already produces, you are amplifying a signal that is already calibrated to the system's current state. The endogenous enkephalins are produced in response to the body's own needs and at concentrations the receptors are designed to handle.",
        "faithful": [
            "Slowing the degradation of molecules the system already produces amplifies a signal that is already calibrated to the system's current state. The endogenous enkephalins are produced in response to the body's own needs and at concentrations the receptors are designed to handle.",
            "Endogenous enkephalins are made in response to the body's own needs and at concentrations the receptors are built to handle. Slowing the breakdown of such already-produced molecules amplifies a signal that is already calibrated to the system's current state.",
        ],
        "changed": {
            "antonym": "When you instead slow the degradation of the molecules the system already produces, you are dampening a signal that is already calibrated to the system's current state. The endogenous enkephalins are produced in response to the body's own needs and at concentrations the receptors are designed to handle.",
            "role_swap": "When you instead slow the degradation of the molecules the system already produces, you are amplifying a signal that is already calibrated to the system's current state. The receptors are produced in response to the body's own needs and at concentrations the endogenous enkephalins are designed to handle.",
            # merge: calm after exercise and meditation is said of enkephalins in an earlier paragraph, not of what triggers their production
            "merge": "When you instead slow the degradation of the molecules the system already produces, you are amplifying a signal that is already calibrated to the system's current state. The endogenous enkephalins are produced in response to exercise and meditation and at concentrations the receptors are designed to handle.",
        },
    },
    {
        "article": A,
        "sentence": "This is notably different from introducing an exogenous opioid — instead of adding an external compound that acts on opioid receptors, Selank enhances the activity of the endogenous system that is already operating.",
        "faithful": [
            "This is notably different from introducing an exogenous opioid: instead of adding an external compound that acts on opioid receptors, Selank enhances the activity of the endogenous system already operating.",
            "Rather than adding an outside compound that acts on opioid receptors, as an exogenous opioid does, Selank boosts the activity of the endogenous system that is already at work.",
        ],
        "changed": {
            "role_swap": "This is notably different from introducing an exogenous opioid: instead of enhancing the activity of the endogenous system that is already operating, Selank adds an external compound that acts on opioid receptors.",
            "substitution_rare": "This is notably different from introducing an exogenous opioid: instead of adding an external compound that acts on dopamine receptors, Selank enhances the activity of the endogenous system that is already operating.",
            "antonym": "This is notably different from introducing an exogenous opioid: instead of adding an external compound that acts on opioid receptors, Selank suppresses the activity of the endogenous system that is already operating.",
            "comparative": "This is only slightly different from introducing an exogenous opioid: instead of adding an external compound that acts on opioid receptors, Selank enhances the activity of the endogenous system that is already operating.",
        },
    },
    {
        "article": A,
        "sentence": "Semax is primarily activating with neuroprotective properties. It enhances attention, motivation, and cognitive processing speed through dopaminergic and serotonergic modulation, BDNF/NGF upregulation, and NMDA receptor effects.",
        "faithful": [
            "Semax is primarily activating with neuroprotective properties, and it enhances attention, motivation, and cognitive processing speed through dopaminergic and serotonergic modulation, BDNF/NGF upregulation, and NMDA receptor effects.",
            "Mainly activating and neuroprotective, Semax boosts attention, motivation and the speed of cognitive processing. It does so by way of dopaminergic and serotonergic modulation, BDNF/NGF upregulation and effects on NMDA receptors.",
        ],
        "changed": {
            "antonym": "Semax is primarily sedating with neuroprotective properties. It enhances attention, motivation, and cognitive processing speed through dopaminergic and serotonergic modulation, BDNF/NGF upregulation, and NMDA receptor effects.",
            "substitution_everyday": "Semax is primarily activating with neuroprotective properties. It enhances attention, appetite, and cognitive processing speed through dopaminergic and serotonergic modulation, BDNF/NGF upregulation, and NMDA receptor effects.",
            "substitution_rare": "Semax is primarily activating with neuroprotective properties. It enhances attention, motivation, and cognitive processing speed through dopaminergic and serotonergic modulation, BDNF/NGF upregulation, and GABA-A receptor effects.",
        },
    },
    {
        "article": A,
        "sentence": "This bypasses the blood-brain barrier challenge that limits many peptides, and the nasal mucosa provides surprisingly efficient absorption for small peptides.",
        "faithful": [
            "This bypasses the blood-brain barrier challenge that limits many peptides, and the nasal mucosa gives surprisingly efficient absorption for small peptides.",
            "Small peptides are absorbed surprisingly efficiently through the nasal mucosa, and this sidesteps the blood-brain barrier problem that limits many peptides.",
        ],
        "changed": {
            "scope": "This bypasses the blood-brain barrier challenge that limits all peptides, and the nasal mucosa provides surprisingly efficient absorption for small peptides.",
            "condition_dropped": "This bypasses the blood-brain barrier challenge that limits many peptides, and the nasal mucosa provides surprisingly efficient absorption for peptides of any size.",
            "substitution_everyday": "This bypasses the blood-brain barrier challenge that limits many peptides, and the skin provides surprisingly efficient absorption for small peptides.",
            "comparative": "This bypasses the blood-brain barrier challenge that limits many peptides, and the nasal mucosa provides more efficient absorption for small peptides than injection does.",
        },
    },
    {
        "article": A,
        "sentence": "Selank modulates GABAergic signaling through a mechanism distinct from benzodiazepines. Rather than binding to the benzodiazepine site on GABA-A receptors (which produces sedation as a package deal with anxiolysis), Selank influences GABA receptor subunit expression and allosteric properties. This allows it to enhance inhibitory signaling in anxiety-relevant circuits without the global CNS depression that causes drowsiness.",
        "faithful": [
            "Selank modulates GABAergic signaling through a mechanism distinct from benzodiazepines: rather than binding to the benzodiazepine site on GABA-A receptors, which brings sedation along with anxiolysis, it influences GABA receptor subunit expression and allosteric properties. This lets it enhance inhibitory signaling in anxiety-relevant circuits without the global CNS depression that causes drowsiness.",
            "Instead of binding the benzodiazepine site on GABA-A receptors, which produces sedation together with anxiolysis, Selank acts on GABA receptor subunit expression and allosteric properties, a mechanism distinct from benzodiazepines. That way it boosts inhibitory signaling in anxiety-relevant circuits without the global CNS depression behind drowsiness.",
        ],
        "changed": {
            "negation_dropped": "Selank modulates GABAergic signaling through a mechanism distinct from benzodiazepines. By binding to the benzodiazepine site on GABA-A receptors, Selank influences GABA receptor subunit expression and allosteric properties. This allows it to enhance inhibitory signaling in anxiety-relevant circuits without the global CNS depression that causes drowsiness.",
            "substitution_everyday": "Selank modulates GABAergic signaling through a mechanism distinct from benzodiazepines. Rather than binding to the benzodiazepine site on GABA-A receptors, Selank influences GABA receptor subunit expression and allosteric properties. This allows it to enhance inhibitory signaling in anxiety-relevant circuits without the global CNS depression that causes headaches.",
            "antonym": "Selank modulates GABAergic signaling through a mechanism distinct from benzodiazepines. Rather than binding to the benzodiazepine site on GABA-A receptors, Selank influences GABA receptor subunit expression and allosteric properties. This allows it to dampen inhibitory signaling in anxiety-relevant circuits without the global CNS depression that causes drowsiness.",
            # merge: the 10-15 minute onset is said of intranasal effects in behavioural studies, in the administration section
            "merge": "Selank modulates GABAergic signaling through a mechanism distinct from benzodiazepines. Rather than binding to the benzodiazepine site on GABA-A receptors, Selank influences GABA receptor subunit expression and allosteric properties, which lets it enhance inhibitory signaling in anxiety-relevant circuits within 10-15 minutes and without the global CNS depression that causes drowsiness.",
        },
    },
    {
        "article": A,
        "sentence": "The BDNF upregulation and enkephalin stabilization add to the anxiolytic effect through non-sedating pathways.",
        "faithful": [
            "BDNF upregulation and enkephalin stabilization add to the anxiolytic effect through non-sedating pathways.",
            "Through pathways that do not sedate, enkephalin stabilization and BDNF upregulation contribute to the anxiety-reducing effect.",
        ],
        "changed": {
            "negation_dropped": "The BDNF upregulation and enkephalin stabilization add to the anxiolytic effect through sedating pathways.",
            "substitution_rare": "The NGF upregulation and enkephalin stabilization add to the anxiolytic effect through non-sedating pathways.",
            "role_swap": "The anxiolytic effect adds to BDNF upregulation and enkephalin stabilization through non-sedating pathways.",
        },
    },
    {
        "article": A,
        "sentence": "Both are Russian-developed intranasal neuropeptides with complementary profiles. Selank is primarily calming — it reduces anxiety and promotes focused tranquility through GABAergic modulation and enkephalin stabilization. Semax is primarily activating — it enhances attention, motivation, and cognitive speed through dopaminergic and serotonergic modulation.",
        "faithful": [
            "Both are Russian-developed intranasal neuropeptides with complementary profiles. Selank is primarily calming, reducing anxiety and promoting focused tranquility through GABAergic modulation and enkephalin stabilization, while Semax is primarily activating, enhancing attention, motivation, and cognitive speed through dopaminergic and serotonergic modulation.",
            "Semax mainly activates, improving attention, motivation and cognitive speed via dopaminergic and serotonergic modulation; Selank mainly calms, easing anxiety and fostering focused tranquility via GABAergic modulation and enkephalin stabilization. The two Russian-developed intranasal neuropeptides have complementary profiles.",
        ],
        "changed": {
            "entity_swap": "Both are Russian-developed intranasal neuropeptides with complementary profiles. Selank is primarily calming, reducing anxiety and promoting focused tranquility through dopaminergic and serotonergic modulation. Semax is primarily activating, enhancing attention, motivation, and cognitive speed through GABAergic modulation and enkephalin stabilization.",
            "antonym": "Both are Russian-developed intranasal neuropeptides with identical profiles. Selank is primarily calming, reducing anxiety and promoting focused tranquility through GABAergic modulation and enkephalin stabilization. Semax is primarily activating, enhancing attention, motivation, and cognitive speed through dopaminergic and serotonergic modulation.",
            "substitution_everyday": "Both are Russian-developed intranasal neuropeptides with complementary profiles. Selank is primarily calming, reducing anxiety and promoting focused tranquility through GABAergic modulation and enkephalin stabilization. Semax is primarily activating, enhancing attention, memory, and cognitive speed through dopaminergic and serotonergic modulation.",
            "added_detail": "Both are Russian-developed intranasal neuropeptides with complementary profiles, first synthesised in Moscow. Selank is primarily calming, reducing anxiety and promoting focused tranquility through GABAergic modulation and enkephalin stabilization. Semax is primarily activating, enhancing attention, motivation, and cognitive speed through dopaminergic and serotonergic modulation.",
        },
    },
    {
        "article": A,
        "sentence": "Intranasal delivery is the standard research route and appears to be the most practical for CNS effects. The nasal mucosa provides a direct pathway to the brain via the olfactory and trigeminal nerves, bypassing the blood-brain barrier.",
        "faithful": [
            "Intranasal delivery is the standard research route and appears to be the most practical for CNS effects. The nasal mucosa offers a direct pathway to the brain through the olfactory and trigeminal nerves, bypassing the blood-brain barrier.",
            "The nasal mucosa gives a direct route to the brain along the olfactory and trigeminal nerves, getting around the blood-brain barrier. Intranasal delivery, the standard research route, seems the most practical one for CNS effects.",
        ],
        "changed": {
            "hedge_dropped": "Intranasal delivery is the standard research route and is the most practical for CNS effects. The nasal mucosa provides a direct pathway to the brain via the olfactory and trigeminal nerves, bypassing the blood-brain barrier.",
            "substitution_rare": "Intranasal delivery is the standard research route and appears to be the most practical for CNS effects. The nasal mucosa provides a direct pathway to the brain via the olfactory and vagus nerves, bypassing the blood-brain barrier.",
            "negation_added": "Intranasal delivery is the standard research route and appears to be the most practical for CNS effects. The nasal mucosa provides a direct pathway to the brain via the olfactory and trigeminal nerves, but without bypassing the blood-brain barrier.",
            "condition_dropped": "Intranasal delivery is the standard research route and appears to be the most practical route for every purpose. The nasal mucosa provides a direct pathway to the brain via the olfactory and trigeminal nerves, bypassing the blood-brain barrier.",
        },
    },
    {
        "article": A,
        "sentence": "BDNF upregulation is central to Selank's nootropic properties. Brain-derived neurotrophic factor supports neuronal survival, promotes synaptic growth and strengthening, and is critical for learning and memory consolidation.",
        "faithful": [
            "BDNF upregulation is central to Selank's nootropic properties. BDNF supports neuronal survival, promotes synaptic growth and strengthening, and is critical for learning and memory consolidation.",
            "Selank's nootropic properties centre on upregulating brain-derived neurotrophic factor, which supports the survival of neurons, promotes the growth and strengthening of synapses and is critical to learning and to consolidating memories.",
        ],
        "changed": {
            "substitution_everyday": "BDNF upregulation is central to Selank's nootropic properties. Brain-derived neurotrophic factor supports neuronal survival, promotes synaptic growth and strengthening, and is critical for learning and sleep consolidation.",
            "substitution_rare": "BDNF upregulation is central to Selank's immunomodulatory properties. Brain-derived neurotrophic factor supports neuronal survival, promotes synaptic growth and strengthening, and is critical for learning and memory consolidation.",
            "antonym": "BDNF upregulation is central to Selank's nootropic properties. Brain-derived neurotrophic factor supports neuronal survival, inhibits synaptic growth and strengthening, and is critical for learning and memory consolidation.",
        },
    },
    {
        "article": A,
        "sentence": "Selank appears to do the opposite: it reduces anxiety while simultaneously supporting the neuroplasticity mechanisms that underlie learning and memory.",
        "faithful": [
            "Selank appears to do the opposite, reducing anxiety while simultaneously supporting the neuroplasticity mechanisms that underlie learning and memory.",
            "Selank seems to lower anxiety and, at the same time, to support the neuroplasticity mechanisms behind learning and memory.",
        ],
        "changed": {
            "hedge_dropped": "Selank does the opposite: it reduces anxiety while simultaneously supporting the neuroplasticity mechanisms that underlie learning and memory.",
            "antonym": "Selank appears to do the opposite: it reduces anxiety while simultaneously impairing the neuroplasticity mechanisms that underlie learning and memory.",
            "substitution_everyday": "Selank appears to do the opposite: it reduces anxiety while simultaneously supporting the neuroplasticity mechanisms that underlie mood and memory.",
        },
    },
    {
        "article": A,
        "sentence": "We need more multi-center, internationally conducted trials to feel fully confident about the clinical translation.",
        "faithful": [
            "More multi-center, internationally conducted trials are needed to feel fully confident about the clinical translation.",
            "Full confidence in how the findings translate to the clinic will take more multi-centre trials run internationally.",
        ],
        "changed": {
            "antonym": "We already have enough multi-center, internationally conducted trials to feel fully confident about the clinical translation.",
            "number": "We need more single-center, internationally conducted trials to feel fully confident about the clinical translation.",
            "population": "We need more multi-center, internationally conducted animal trials to feel fully confident about the clinical translation.",
        },
    },
    {
        "article": A,
        "sentence": "Sol sources her research compounds from Solira Peptides. Premium-grade, third-party tested, with a Certificate of Analysis on every batch.",
        "faithful": [
            "Sol sources her research compounds from Solira Peptides: premium-grade, third-party tested, with a Certificate of Analysis on every batch.",
            "Solira Peptides supplies Sol's research compounds. They are third-party tested and premium-grade, and every batch comes with a Certificate of Analysis.",
        ],
        "changed": {
            "scope": "Sol sources her research compounds from Solira Peptides. Premium-grade, third-party tested, with a Certificate of Analysis on some batches.",
            "added_detail": "Sol sources her research compounds from Solira Peptides, a supplier based in California. Premium-grade, third-party tested, with a Certificate of Analysis on every batch.",
            "negation_added": "Sol sources her research compounds from Solira Peptides. Premium-grade but not third-party tested, with a Certificate of Analysis on every batch.",
        },
    },
    {
        "article": A,
        "sentence": "Selank was developed at the Institute of Molecular Genetics of the Russian Academy of Sciences, and Russia has a robust tradition of peptide neuropharmacology research that predates much of the Western interest in nootropic peptides.",
        "faithful": [
            "Selank was developed at the Institute of Molecular Genetics of the Russian Academy of Sciences, and Russia's robust tradition of peptide neuropharmacology research predates much of the Western interest in nootropic peptides.",
            "Russia, where the Russian Academy of Sciences' Institute of Molecular Genetics developed Selank, has a strong tradition of peptide neuropharmacology research that came before much of the West's interest in nootropic peptides.",
        ],
        "changed": {
            "role_swap": "Selank was developed at the Institute of Molecular Genetics of the Russian Academy of Sciences, and much of the Western interest in nootropic peptides predates Russia's tradition of peptide neuropharmacology research.",
            "substitution_rare": "Selank was developed at the Institute of Bioorganic Chemistry of the Russian Academy of Sciences, and Russia has a robust tradition of peptide neuropharmacology research that predates much of the Western interest in nootropic peptides.",
            "scope": "Selank was developed at the Institute of Molecular Genetics of the Russian Academy of Sciences, and Russia has a robust tradition of peptide neuropharmacology research that predates all Western interest in nootropic peptides.",
        },
    },
    # ------------------------------------------------------------------ B (reused)
    {
        "article": B,
        "reused": True,
        "sentence": "Whether a peptide like Selank is appropriate for any individual depends on a full clinical picture, existing medications, and a physician's judgment. SCR coordinates any peptide consideration through licensed physicians who make that call on an individual basis.",
        "faithful": [
            "Whether a peptide like Selank suits any individual depends on the full clinical picture, existing medications and a physician's judgment, and SCR coordinates any peptide consideration through licensed physicians who make that call individually.",
            "SCR routes every peptide consideration through licensed physicians, who decide case by case. Whether Selank or a similar peptide is appropriate for someone depends on their full clinical picture, their existing medications and a physician's judgment.",
        ],
        "changed": {
            "substitution_everyday": "Whether a peptide like Selank is appropriate for any individual depends on a full clinical picture, existing medications, and a physician's judgment. SCR coordinates any peptide consideration through licensed nurses who make that call on an individual basis.",
            "scope": "Whether a peptide like Selank is appropriate for any individual depends on a full clinical picture, existing medications, and a physician's judgment. SCR coordinates any peptide consideration through licensed physicians who make that call for whole groups of patients at once.",
            "added_detail": "Whether a peptide like Selank is appropriate for any individual depends on a full clinical picture, existing medications, known allergies, and a physician's judgment. SCR coordinates any peptide consideration through licensed physicians who make that call on an individual basis.",
        },
    },
    {
        "article": B,
        "reused": True,
        "sentence": "These are small studies concentrated in a few research groups rather than large, independent international trials. The early human signal is consistent, but the body of evidence remains limited.",
        "faithful": [
            "These are small studies concentrated in a few research groups, not large, independent international trials; the early human signal is consistent, but the body of evidence remains limited.",
            "The early human signal is consistent, yet the evidence is still limited. It comes from small studies clustered in a few research groups instead of large, independent international trials.",
        ],
        "changed": {
            "antonym": "These are small studies concentrated in a few research groups rather than large, independent international trials. The early human signal is mixed, and the body of evidence remains limited.",
            "number": "These are small studies concentrated in a single research group rather than large, independent international trials. The early human signal is consistent, but the body of evidence remains limited.",
            "negation_added": "These are small studies concentrated in a few research groups rather than large, independent international trials. The early human signal is consistent, and the body of evidence is no longer limited.",
        },
    },
    {
        "article": B,
        "reused": True,
        "sentence": "The evidence base for Selank is best understood in tiers, from mechanism to animals to people. At the mechanism level, the 2018 receptor study and the 2017 tuftsin review describe how Selank engages the GABA system and where it sits among related peptides. At the preclinical level, the 2017 rat study showed it potentiating the calming effect of diazepam under chronic stress.",
        "faithful": [
            "The evidence base for Selank is best understood in tiers, from mechanism to animals to people. At the mechanism level, the 2018 receptor study and the 2017 tuftsin review describe how Selank engages the GABA system and where it sits among related peptides, and at the preclinical level the 2017 rat study showed it potentiating the calming effect of diazepam under chronic stress.",
            "Selank's evidence is best read in tiers running from mechanism through animals to people. Mechanistically, a 2018 receptor study and a 2017 tuftsin review cover how it engages the GABA system and its place among related peptides; preclinically, a 2017 rat study showed it boosting diazepam's calming effect under chronic stress.",
        ],
        "changed": {
            "condition_dropped": "The evidence base for Selank is best understood in tiers, from mechanism to animals to people. At the mechanism level, the 2018 receptor study and the 2017 tuftsin review describe how Selank engages the GABA system and where it sits among related peptides. At the preclinical level, the 2017 rat study showed it potentiating the calming effect of diazepam.",
            "population": "The evidence base for Selank is best understood in tiers, from mechanism to animals to people. At the mechanism level, the 2018 receptor study and the 2017 tuftsin review describe how Selank engages the GABA system and where it sits among related peptides. At the preclinical level, a 2017 study in healthy volunteers showed it potentiating the calming effect of diazepam under chronic stress.",
            "role_swap": "The evidence base for Selank is best understood in tiers, from mechanism to animals to people. At the mechanism level, the 2018 receptor study and the 2017 tuftsin review describe how Selank engages the GABA system and where it sits among related peptides. At the preclinical level, the 2017 rat study showed diazepam potentiating the calming effect of Selank under chronic stress.",
            "entity_swap": "The evidence base for Selank is best understood in tiers, from mechanism to animals to people. At the mechanism level, the 2017 receptor study and the 2018 tuftsin review describe how Selank engages the GABA system and where it sits among related peptides. At the preclinical level, the 2017 rat study showed it potentiating the calming effect of diazepam under chronic stress.",
        },
    },
    {
        "article": B,
        "reused": True,
        "sentence": "Selank is a synthetic peptide developed in Russia and studied mainly for anxiety and stress-related symptoms. It is a heptapeptide, meaning it is built from seven amino acids (Thr-Lys-Pro-Arg-Pro-Gly-Pro), and it is modeled on tuftsin, a naturally occurring peptide fragment with roles in immune signaling.",
        "faithful": [
            "Selank is a synthetic peptide developed in Russia and studied mainly for anxiety and stress-related symptoms. It is a heptapeptide of seven amino acids (Thr-Lys-Pro-Arg-Pro-Gly-Pro), modeled on tuftsin, a naturally occurring peptide fragment with roles in immune signaling.",
            "Modeled on tuftsin, a naturally occurring peptide fragment involved in immune signaling, Selank is a synthetic heptapeptide built from seven amino acids. It was developed in Russia and is studied mainly for anxiety and stress-related symptoms.",
        ],
        "changed": {
            "substitution_everyday": "Selank is a synthetic peptide developed in Russia and studied mainly for pain and stress-related symptoms. It is a heptapeptide, built from seven amino acids (Thr-Lys-Pro-Arg-Pro-Gly-Pro), and it is modeled on tuftsin, a naturally occurring peptide fragment with roles in immune signaling.",
            "number": "Selank is a synthetic peptide developed in Russia and studied mainly for anxiety and stress-related symptoms. It is built from eight amino acids and modeled on tuftsin, a naturally occurring peptide fragment with roles in immune signaling.",
            "antonym": "Selank is a synthetic peptide developed in Russia and studied mainly for anxiety and stress-related symptoms. It is a heptapeptide, built from seven amino acids (Thr-Lys-Pro-Arg-Pro-Gly-Pro), and it is modeled on tuftsin, a synthetic peptide fragment with roles in immune signaling.",
        },
    },
    # ------------------------------------------------------------------ C
    {
        "article": C,
        "sentence": "They are frequently compared because they are often used together.",
        "faithful": [
            "They are often compared because they are frequently used together.",
            "Their frequent use together is the reason they are so often compared.",
        ],
        "changed": {
            "role_swap": "They are often used together because they are frequently compared.",
            "antonym": "They are frequently compared because they are rarely used together.",
        },
    },
    {
        "article": C,
        "sentence": "Selank's primary documented mechanism involves modulation of the GABAergic system.",
        "faithful": [
            "Selank's primary documented mechanism involves modulating the GABAergic system.",
            "Modulation of the GABAergic system is the main documented mechanism of Selank.",
        ],
        "changed": {
            "substitution_rare": "Selank's primary documented mechanism involves modulation of the dopaminergic system.",
            "comparative": "Selank's secondary documented mechanism involves modulation of the GABAergic system.",
            "certainty_added": "Selank's primary mechanism has been definitively proven to involve modulation of the GABAergic system.",
        },
    },
    {
        "article": C,
        "sentence": "Route overlap (both primarily intranasal in published protocols) and behavioral overlap (both affect CNS function) can obscure this fundamental divergence in research goal and pharmacological profile.",
        "faithful": [
            "Route overlap (both are primarily intranasal in published protocols) and behavioral overlap (both affect CNS function) can obscure this fundamental divergence in research goal and pharmacological profile.",
            "That both are mainly given intranasally in published protocols and both affect CNS function can mask the fundamental divergence in their research goals and pharmacological profiles.",
        ],
        "changed": {
            "substitution_rare": "Route overlap (both primarily subcutaneous in published protocols) and behavioral overlap (both affect CNS function) can obscure this fundamental divergence in research goal and pharmacological profile.",
            "hedge_dropped": "Route overlap (both primarily intranasal in published protocols) and behavioral overlap (both affect CNS function) obscure this fundamental divergence in research goal and pharmacological profile.",
            "antonym": "Route overlap (both primarily intranasal in published protocols) and behavioral overlap (both affect CNS function) can reveal this fundamental divergence in research goal and pharmacological profile.",
            "substitution_everyday": "Route overlap (both primarily intranasal in published protocols) and behavioral overlap (both affect heart function) can obscure this fundamental divergence in research goal and pharmacological profile.",
        },
    },
    {
        "article": C,
        "sentence": "Semax then has a clearer substrate on which to drive BDNF-mediated enhancement.",
        "faithful": [
            "Semax then has a clearer substrate for driving BDNF-mediated enhancement.",
            "After that, Semax has a clearer substrate on which to drive enhancement mediated by BDNF.",
        ],
        "changed": {
            "substitution_rare": "Semax then has a clearer substrate on which to drive NGF-mediated enhancement.",
            "comparative": "Semax then has a less clear substrate on which to drive BDNF-mediated enhancement.",
            # merge: the hippocampus is named elsewhere, for cortisol-driven BDNF suppression and Semax's BDNF upregulation, not for this substrate
            "merge": "Semax then has a clearer substrate in the hippocampus on which to drive BDNF-mediated enhancement.",
        },
    },
    {
        "article": C,
        "sentence": "Researchers studying anxiolytic and cognitive enhancement mechanisms can review Selank and Semax product specifications. Both compounds are third party tested with batch-specific COA documentation.",
        "faithful": [
            "Researchers studying anxiolytic and cognitive enhancement mechanisms can review Selank and Semax product specifications, and both compounds are third party tested with batch-specific COA documentation.",
            "Selank and Semax are both third-party tested and come with batch-specific COA documentation. Researchers working on anxiolytic and cognitive-enhancement mechanisms can look over their product specifications.",
        ],
        "changed": {
            "scope": "Researchers studying anxiolytic and cognitive enhancement mechanisms can review Selank and Semax product specifications. Only Selank is third party tested with batch-specific COA documentation.",
            # merge: 99%+ purity is claimed for the catalogue in the mechanism section, not stated with this COA line
            "merge": "Researchers studying anxiolytic and cognitive enhancement mechanisms can review Selank and Semax product specifications. Both compounds are third party tested to 99%+ purity with batch-specific COA documentation.",
            "substitution_everyday": "Researchers studying anxiolytic and cognitive enhancement mechanisms can review Selank and Semax price lists. Both compounds are third party tested with batch-specific COA documentation.",
        },
    },
    {
        "article": C,
        "sentence": "All content is for informational and educational purposes regarding preclinical research. None of the compounds discussed have been approved by the FDA for human therapeutic use. This information does not constitute medical advice.",
        "faithful": [
            "All content is for informational and educational purposes regarding preclinical research. None of the compounds discussed has been approved by the FDA for human therapeutic use, and this information does not constitute medical advice.",
            "This information is not medical advice. The content is informational and educational and concerns preclinical research, and the FDA has approved none of the compounds discussed for therapeutic use in humans.",
        ],
        "changed": {
            "negation_dropped": "All content is for informational and educational purposes regarding preclinical research. All of the compounds discussed have been approved by the FDA for human therapeutic use. This information does not constitute medical advice.",
            "substitution_rare": "All content is for informational and educational purposes regarding clinical research. None of the compounds discussed have been approved by the FDA for human therapeutic use. This information does not constitute medical advice.",
            "population": "All content is for informational and educational purposes regarding preclinical research. None of the compounds discussed have been approved by the FDA for veterinary therapeutic use. This information does not constitute medical advice.",
        },
    },
    {
        "article": C,
        "sentence": "Effects are additive rather than redundant.",
        "faithful": [
            "The effects are additive, not redundant.",
            "Rather than duplicating each other, the effects add up.",
        ],
        "changed": {
            "role_swap": "Effects are redundant rather than additive.",
            "certainty_added": "Effects have been proven in controlled trials to be additive rather than redundant.",
        },
    },
    # ------------------------------------------------------------------ D
    {
        "article": D,
        "reused": True,
        "sentence": "Selank is a peptide used for its anti-anxiety and cognitive-enhancing effects. It is primarily studied for reducing stress, improving mood, and enhancing focus without the side effects of traditional anxiolytics.",
        "faithful": [
            "Selank is a peptide used for its anti-anxiety and cognitive-enhancing effects. It is primarily studied for reducing stress, improving mood and enhancing focus without the side effects of traditional anxiolytics.",
            "Used for its anti-anxiety and cognition-enhancing effects, the peptide Selank is mainly studied for lowering stress, lifting mood and sharpening focus, without the side effects that traditional anxiolytics bring.",
        ],
        "changed": {
            "substitution_everyday": "Selank is a peptide used for its anti-anxiety and pain-relieving effects. It is primarily studied for reducing stress, improving mood, and enhancing focus without the side effects of traditional anxiolytics.",
            "population": "Selank is a peptide used for its anti-anxiety and cognitive-enhancing effects. It is primarily studied in adolescents for reducing stress, improving mood, and enhancing focus without the side effects of traditional anxiolytics.",
            "negation_dropped": "Selank is a peptide used for its anti-anxiety and cognitive-enhancing effects. It is primarily studied for reducing stress, improving mood, and enhancing focus, with the side effects of traditional anxiolytics.",
        },
    },
    {
        "article": D,
        "sentence": "Regulatory Status: Selank is approved for treating Generalized Anxiety Disorder in Russia but is not approved by the U.S. FDA.",
        "faithful": [
            "Selank is approved for treating Generalized Anxiety Disorder in Russia but is not approved by the U.S. FDA.",
            "Although Russia has approved Selank to treat Generalized Anxiety Disorder, the U.S. FDA has not approved it.",
        ],
        "changed": {
            "entity_swap": "Selank is approved by the U.S. FDA for treating Generalized Anxiety Disorder but is not approved in Russia.",
            "substitution_rare": "Selank is approved for treating Panic Disorder in Russia but is not approved by the U.S. FDA.",
            "negation_dropped": "Selank is approved for treating Generalized Anxiety Disorder in Russia and is also approved by the U.S. FDA.",
        },
    },
    {
        "article": D,
        "reused": True,
        "sentence": "While it is approved in Russia for conditions like Generalized Anxiety Disorder (GAD), it is not approved by the U.S. Food & Drug Administration (FDA) and is sold in the United States through compounding pharmacies or as a research chemical.",
        "faithful": [
            "While approved in Russia for conditions like Generalized Anxiety Disorder (GAD), it is not approved by the U.S. FDA and is sold in the United States through compounding pharmacies or as a research chemical.",
            "In the United States, where the FDA has not approved it, it is sold through compounding pharmacies or as a research chemical, although Russia has approved it for conditions such as GAD.",
        ],
        "changed": {
            "substitution_everyday": "While it is approved in Russia for conditions like Generalized Anxiety Disorder (GAD), it is not approved by the U.S. FDA and is sold in the United States through health-food stores or as a research chemical.",
            "scope": "While it is approved in Russia for conditions like Generalized Anxiety Disorder (GAD), it is not approved by the U.S. FDA and is sold in the United States only as a research chemical.",
            "added_detail": "While it is approved in Russia for conditions like Generalized Anxiety Disorder (GAD), it is not approved by the U.S. FDA and has been sold in the United States since 2015 through compounding pharmacies or as a research chemical.",
            "condition_dropped": "It is approved for conditions like Generalized Anxiety Disorder (GAD) and is sold in the United States through compounding pharmacies or as a research chemical.",
        },
    },
    {
        "article": D,
        "sentence": "Immune System Influence: As an analogue of tuftsin, Selank also has immunomodulatory effects.",
        "faithful": [
            "As an analogue of tuftsin, Selank also has immunomodulatory effects.",
            "Being a tuftsin analogue, Selank additionally modulates the immune system.",
        ],
        "changed": {
            "substitution_rare": "As an analogue of ACTH, Selank also has immunomodulatory effects.",
            "substitution_rare_2": "As an analogue of tuftsin, Selank also has immunosuppressive effects.",
            "role_swap": "As an analogue of Selank, tuftsin also has immunomodulatory effects.",
        },
    },
    {
        "article": D,
        "sentence": "It is important to follow the guidance of a qualified healthcare professional regarding administration and usage of Selank.",
        "faithful": [
            "It is important to follow a qualified healthcare professional's guidance on the administration and usage of Selank.",
            "Following a qualified healthcare professional's guidance on how Selank is administered and used is important.",
        ],
        "changed": {
            "negation_added": "It is not necessary to follow the guidance of a qualified healthcare professional regarding administration and usage of Selank.",
            "substitution_everyday": "It is important to follow the guidance of an experienced user regarding administration and usage of Selank.",
            # merge: pregnancy and breastfeeding are named for supervision in the next paragraph's safety sentence
            "merge": "It is important to follow the guidance of a qualified healthcare professional regarding administration and usage of Selank, especially during pregnancy or breastfeeding.",
        },
    },
    {
        "article": D,
        "sentence": "For more information on peptide research, one potential resource is the International Peptide Society.",
        "faithful": [
            "For more information on peptide research, one possible resource is the International Peptide Society.",
            "The International Peptide Society is one potential source of further information on peptide research.",
        ],
        "changed": {
            "scope": "For more information on peptide research, the only resource is the International Peptide Society.",
            "substitution_rare": "For more information on peptide research, one potential resource is the American Peptide Society.",
            "added_detail": "For more information on peptide research, one potential resource is the International Peptide Society, which publishes a free monthly journal.",
        },
    },
    {
        "article": D,
        "sentence": "Selank is primarily calming and anxiolytic, ideal for stress and anxiety.",
        "faithful": [
            "Selank is primarily calming and anxiolytic, and ideal for stress and anxiety.",
            "Mainly calming and anti-anxiety in action, Selank is ideal for stress and anxiety.",
        ],
        "changed": {
            "antonym": "Selank is primarily stimulating and anxiolytic, ideal for stress and anxiety.",
            "substitution_everyday": "Selank is primarily calming and anxiolytic, ideal for stress and insomnia.",
            "comparative": "Selank is the most calming of all anxiolytics, ideal for stress and anxiety.",
        },
    },
    {
        "article": D,
        "reused": True,
        "sentence": "While not a sedative, Selank may improve sleep quality by reducing anxiety and regulating circadian rhythms through its modulation of GABA and serotonin.",
        "faithful": [
            "Though not a sedative, Selank may improve sleep quality by reducing anxiety and regulating circadian rhythms through modulating GABA and serotonin.",
            "By modulating GABA and serotonin, Selank, which is not a sedative, may help people sleep better through lower anxiety and regulated circadian rhythms.",
        ],
        "changed": {
            "substitution_everyday": "While not a sedative, Selank may reduce pain by reducing anxiety and regulating circadian rhythms through its modulation of GABA and serotonin.",
            "certainty_added": "While not a sedative, Selank is proven to improve sleep quality by reducing anxiety and regulating circadian rhythms through its modulation of GABA and serotonin.",
            "antonym": "While not a sedative, Selank may improve sleep quality by reducing anxiety and disrupting circadian rhythms through its modulation of GABA and serotonin.",
            "role_swap": "While not a sedative, Selank may reduce anxiety by improving sleep quality and regulating circadian rhythms through its modulation of GABA and serotonin.",
        },
    },
    {
        "article": D,
        "reused": True,
        "sentence": "Selank is generally considered to have a favorable safety profile, with few reported side effects. When they occur, they are typically mild and may include nasal irritation (from the spray), mild headache, or temporary fatigue.",
        "faithful": [
            "Selank is generally considered to have a favorable safety profile with few reported side effects, which, when they occur, are typically mild and may include nasal irritation from the spray, mild headache, or temporary fatigue.",
            "Reported side effects of Selank are few and usually mild when they happen, possibly including temporary fatigue, a mild headache or nasal irritation from the spray. Its safety profile is generally considered favorable.",
        ],
        "changed": {
            "substitution_everyday": "Selank is generally considered to have a favorable safety profile, with few reported side effects. When they occur, they are typically mild and may include nasal irritation (from the spray), mild headache, or temporary nausea.",
            "hedge_dropped": "Selank has a favorable safety profile, with few reported side effects. When they occur, they are typically mild and may include nasal irritation (from the spray), mild headache, or temporary fatigue.",
            "substitution_everyday_2": "Selank is generally considered to have a favorable safety profile, with few reported side effects. When they occur, they are typically mild and may include skin irritation (from the spray), mild headache, or temporary fatigue.",
        },
    },
    # ------------------------------------------------------------------ E
    {
        "article": E,
        "sentence": "These are not rare side effects. They are the predictable downstream of the mechanism.",
        "faithful": [
            "These are not rare side effects; they are the predictable downstream of the mechanism.",
            "Far from being rare, these side effects follow predictably from the mechanism.",
        ],
        "changed": {
            "negation_dropped": "These are rare side effects. They are the predictable downstream of the mechanism.",
            "antonym": "These are not rare side effects. They are an unpredictable downstream of the mechanism.",
            "substitution_everyday": "These are not rare side effects. They are the predictable downstream of the dose.",
        },
    },
    {
        "article": E,
        "sentence": "This article walks through what those Russian trials actually measured, why the mechanism predicts the difference in side effects, and the structural limits of the evidence base. The point is not to recommend Selank over benzodiazepines — that recommendation would be irresponsible from a Western evidence-standards perspective. The point is to read the comparison honestly.",
        "faithful": [
            "This article walks through what the Russian trials actually measured, why the mechanism predicts the difference in side effects, and the structural limits of the evidence base. Its point is not to recommend Selank over benzodiazepines, which would be irresponsible from a Western evidence-standards perspective, but to read the comparison honestly.",
            "The aim is an honest reading of the comparison, not a recommendation of Selank over benzodiazepines, which by Western evidence standards would be irresponsible. To that end the article covers what the Russian trials measured, why the mechanism predicts the side-effect difference, and the structural limits of the evidence.",
        ],
        "changed": {
            "role_swap": "This article walks through what those Russian trials actually measured, why the mechanism predicts the difference in side effects, and the structural limits of the evidence base. The point is not to recommend benzodiazepines over Selank, as that recommendation would be irresponsible from a Western evidence-standards perspective. The point is to read the comparison honestly.",
            "antonym": "This article walks through what those Russian trials actually measured, why the mechanism predicts the difference in side effects, and the structural limits of the evidence base. The point is not to recommend Selank over benzodiazepines, although that recommendation would be reasonable from a Western evidence-standards perspective. The point is to read the comparison honestly.",
            "substitution_rare": "This article walks through what those Russian trials actually measured, why the mechanism predicts the difference in efficacy, and the structural limits of the evidence base. The point is not to recommend Selank over benzodiazepines, which would be irresponsible from a Western evidence-standards perspective. The point is to read the comparison honestly.",
            "condition_dropped": "This article walks through what those Russian trials actually measured, why the mechanism predicts the difference in side effects, and the structural limits of the evidence base. It does not recommend Selank over benzodiazepines, since that recommendation would be irresponsible from any perspective. The point is to read the comparison honestly.",
        },
    },
    {
        "article": E,
        "sentence": "First, both compounds are anxiolytic via the GABAergic system.",
        "faithful": [
            "First, both compounds are anxiolytic through the GABAergic system.",
            "The first point is that each of the two compounds reduces anxiety by way of the GABAergic system.",
        ],
        "changed": {
            "substitution_rare": "First, both compounds are anxiolytic via the glutamatergic system.",
            "scope": "First, only one of the compounds is anxiolytic via the GABAergic system.",
            "number": "First, all three compounds are anxiolytic via the GABAergic system.",
        },
    },
    {
        "article": E,
        "sentence": "That overlap is what makes the head-to-head clinically meaningful: same neurotransmitter axis, different molecular access point.",
        "faithful": [
            "That overlap is what makes the head-to-head clinically meaningful: the same neurotransmitter axis with a different molecular access point.",
            "Sharing a neurotransmitter axis while differing in molecular access point is what gives the head-to-head its clinical meaning.",
        ],
        "changed": {
            "entity_swap": "That overlap is what makes the head-to-head clinically meaningful: different neurotransmitter axis, same molecular access point.",
            "negation_added": "That overlap is not what makes the head-to-head clinically meaningful: same neurotransmitter axis, different molecular access point.",
            "substitution_rare": "That overlap is what makes the placebo comparison clinically meaningful: same neurotransmitter axis, different molecular access point.",
        },
    },
    {
        "article": E,
        "sentence": "Second, the side-effect profiles diverge sharply.The known liabilities of benzodiazepines — sedation, motor impairment, dependence, anterograde amnesia, rebound anxiety on discontinuation — are absent or minimal in the Selank literature.",
        "faithful": [
            "Second, the side-effect profiles diverge sharply. The known liabilities of benzodiazepines, namely sedation, motor impairment, dependence, anterograde amnesia and rebound anxiety on discontinuation, are absent or minimal in the Selank literature.",
            "In the Selank literature, the known benzodiazepine liabilities (sedation, motor impairment, dependence, anterograde amnesia and rebound anxiety when the drug is stopped) are absent or minimal. The two side-effect profiles differ sharply.",
        ],
        "changed": {
            "antonym": "Second, the side-effect profiles overlap closely. The known liabilities of benzodiazepines, sedation, motor impairment, dependence, anterograde amnesia and rebound anxiety on discontinuation, are absent or minimal in the Selank literature.",
            "certainty_added": "Second, the side-effect profiles diverge sharply. The known liabilities of benzodiazepines, sedation, motor impairment, dependence, anterograde amnesia and rebound anxiety on discontinuation, have been proven entirely absent with Selank.",
            "substitution_rare": "Second, the side-effect profiles diverge sharply. The known liabilities of benzodiazepines, sedation, motor impairment, dependence, retrograde amnesia and rebound anxiety on discontinuation, are absent or minimal in the Selank literature.",
            "role_swap": "Second, the side-effect profiles diverge sharply. The known liabilities of Selank, sedation, motor impairment, dependence, anterograde amnesia and rebound anxiety on discontinuation, are absent or minimal in the benzodiazepine literature.",
        },
    },
    {
        "article": E,
        "sentence": "This is the central asymmetry of the comparison. Benzodiazepine pharmacology is one of the most thoroughly mapped systems in neuropharmacology.",
        "faithful": [
            "This is the central asymmetry of the comparison: benzodiazepine pharmacology is one of the most thoroughly mapped systems in neuropharmacology.",
            "Benzodiazepine pharmacology ranks among the most thoroughly mapped systems in neuropharmacology. That is the comparison's central asymmetry.",
        ],
        "changed": {
            "comparative": "This is the central asymmetry of the comparison. Benzodiazepine pharmacology is the single most thoroughly mapped system in neuropharmacology.",
            "antonym": "This is the central asymmetry of the comparison. Benzodiazepine pharmacology is one of the most poorly mapped systems in neuropharmacology.",
            "substitution_everyday": "This is the central weakness of the comparison. Benzodiazepine pharmacology is one of the most thoroughly mapped systems in neuropharmacology.",
        },
    },
    {
        "article": E,
        "sentence": "The paper is the most cited source for the Russian regulatory case that Selank deserves registration as an anxiolytic.",
        "faithful": [
            "This paper is the most-cited source for the Russian regulatory argument that Selank deserves registration as an anxiolytic.",
            "The Russian regulatory case for registering Selank as an anxiolytic cites this paper more than any other source.",
        ],
        "changed": {
            "comparative": "The paper is the second most cited source for the Russian regulatory case that Selank deserves registration as an anxiolytic.",
            "substitution_rare": "The paper is the most cited source for the Russian regulatory case that Selank deserves registration as a nootropic.",
            "added_detail": "The paper is the most cited source for the Russian regulatory case, accepted in 2009, that Selank deserves registration as an anxiolytic.",
            "negation_added": "The paper is the most cited source for the Russian regulatory case that Selank does not deserve registration as an anxiolytic.",
        },
    },
    {
        "article": E,
        "sentence": "The absence of the sedation, dependence, and rebound-withdrawal profile is a direct consequence of the mechanistic divergence, not an empirical accident.",
        "faithful": [
            "The absence of the sedation, dependence and rebound-withdrawal profile is a direct consequence of the mechanistic divergence, not an empirical accident.",
            "Rather than being an empirical accident, the lack of sedation, dependence and rebound withdrawal follows directly from the divergence in mechanism.",
        ],
        "changed": {
            "role_swap": "The mechanistic divergence is a direct consequence of the absence of the sedation, dependence, and rebound-withdrawal profile, not an empirical accident.",
            "substitution_everyday": "The absence of the sedation, dependence, and weight-gain profile is a direct consequence of the mechanistic divergence, not an empirical accident.",
            "negation_added": "The absence of the sedation, dependence, and rebound-withdrawal profile is not a direct consequence of the mechanistic divergence but an empirical accident.",
        },
    },
    {
        "article": E,
        "sentence": "Its weight derives from the consistency of the underlying primary literature, not from new statistical comparison. A Western reader should treat it as the most useful single entry point to the Russian record — with the caveat that it is written from within the program that developed Selank.",
        "faithful": [
            "Its weight derives from the consistency of the underlying primary literature rather than from new statistical comparison. A Western reader should treat it as the most useful single entry point to the Russian record, with the caveat that it is written from within the program that developed Selank.",
            "A Western reader should take it as the most useful single way into the Russian record, bearing in mind that it comes from inside the program that developed Selank. It draws its weight from a consistent primary literature, not from any new statistical comparison.",
        ],
        "changed": {
            "role_swap": "Its weight derives from new statistical comparison, not from the consistency of the underlying primary literature. A Western reader should treat it as the most useful single entry point to the Russian record, with the caveat that it is written from within the program that developed Selank.",
            # merge: "not blinded to modern Western standards" is said of the Zozulya 2008 trial, not of this review
            "merge": "Its weight derives from the consistency of the underlying primary literature, not from new statistical comparison. A Western reader should treat it as the most useful single entry point to the Russian record, with the caveat that it is written from within the program that developed Selank and is not blinded to modern Western standards.",
            "substitution_everyday": "Its weight derives from the consistency of the underlying primary literature, not from new statistical comparison. A Western reader should treat it as the most useful single entry point to the Russian record, with the caveat that it is written from within the program that markets Selank.",
            "negation_added": "Its weight derives from the consistency of the underlying primary literature, not from new statistical comparison. A Western reader should not treat it as the most useful single entry point to the Russian record, given that it is written from within the program that developed Selank.",
        },
    },
    {
        "article": E,
        "sentence": "The most clinically interesting part of the comparison is the divergence in side effects, because that is what would justify a different drug in the first place.",
        "faithful": [
            "The most clinically interesting part of the comparison is the divergence in side effects, since that is what would justify a different drug in the first place.",
            "What would justify a different drug at all is the divergence in side effects, which makes that the comparison's most clinically interesting part.",
        ],
        "changed": {
            "substitution_everyday": "The most clinically interesting part of the comparison is the divergence in cost, because that is what would justify a different drug in the first place.",
            "antonym": "The most clinically interesting part of the comparison is the convergence in side effects, because that is what would justify a different drug in the first place.",
            "substitution_rare": "The most clinically interesting part of the comparison is the divergence in onset profile, because that is what would justify a different drug in the first place.",
        },
    },
    {
        "article": E,
        "sentence": "The Russian literature positions Selank as filling the same niche from a different molecular direction.",
        "faithful": [
            "Russian literature positions Selank as filling the same niche from a different molecular direction.",
            "In the Russian literature, Selank is presented as occupying the same niche by approaching it from another molecular direction.",
        ],
        "changed": {
            "scope": "The Russian and Western literature position Selank as filling the same niche from a different molecular direction.",
            "antonym": "The Russian literature positions Selank as filling a different niche from a different molecular direction.",
            "certainty_added": "The Russian literature proves that Selank fills the same niche from a different molecular direction.",
        },
    },
    {
        "article": E,
        "sentence": "Three limitations apply to every claim above. A researcher evaluating this evidence for any decision — even a research-program design decision — should weigh them explicitly.",
        "faithful": [
            "Three limitations apply to every claim above, and a researcher evaluating this evidence for any decision, even a research-program design decision, should weigh them explicitly.",
            "There are three limitations, applying to every claim above, and researchers weighing this evidence for a decision of any kind, research-program design included, should explicitly account for them.",
        ],
        "changed": {
            "number": "Four limitations apply to every claim above. A researcher evaluating this evidence for any decision, even a research-program design decision, should weigh them explicitly.",
            "scope": "Three limitations apply to some of the claims above. A researcher evaluating this evidence for any decision, even a research-program design decision, should weigh them explicitly.",
            "antonym": "Three limitations apply to every claim above. A researcher evaluating this evidence for any decision, even a research-program design decision, can safely disregard them.",
        },
    },
    {
        "article": E,
        "sentence": "The reason to write this article is not to recommend a substitution. The reason is that the comparison gets made constantly in informal channels — on forums, in marketing copy, in podcast summaries — and the underlying Russian literature deserves an honest read rather than either a credulous restatement or a reflexive dismissal.",
        "faithful": [
            "The reason to write this article is not to recommend a substitution but that the comparison gets made constantly in informal channels, on forums, in marketing copy and in podcast summaries, and the underlying Russian literature deserves an honest read rather than either a credulous restatement or a reflexive dismissal.",
            "The comparison is constantly drawn informally, in forums, marketing copy and podcast summaries, and the Russian literature behind it merits an honest reading instead of credulous restatement or reflexive dismissal. That, and not any recommendation of a substitution, is why the article was written.",
        ],
        "changed": {
            "negation_dropped": "The reason to write this article is to recommend a substitution. The comparison gets made constantly in informal channels, on forums, in marketing copy, in podcast summaries, and the underlying Russian literature deserves an honest read rather than either a credulous restatement or a reflexive dismissal.",
            "substitution_everyday": "The reason to write this article is not to recommend a substitution. The reason is that the comparison gets made constantly in informal channels, on forums, in marketing copy, in television ads, and the underlying Russian literature deserves an honest read rather than either a credulous restatement or a reflexive dismissal.",
            "antonym": "The reason to write this article is not to recommend a substitution. The reason is that the comparison gets made rarely in informal channels, on forums, in marketing copy, in podcast summaries, and the underlying Russian literature deserves an honest read rather than either a credulous restatement or a reflexive dismissal.",
        },
    },
    {
        "article": E,
        "sentence": "The mechanistic story is internally coherent. The structural limitations are real. All of that should be visible at the same time.",
        "faithful": [
            "The mechanistic story is internally coherent and the structural limitations are real; all of that should be visible at the same time.",
            "The structural limitations are real, and the mechanistic account hangs together internally. Both should be seen at once.",
        ],
        "changed": {
            "negation_added": "The mechanistic story is not internally coherent. The structural limitations are real. All of that should be visible at the same time.",
            "antonym": "The mechanistic story is internally coherent. The structural limitations are overstated. All of that should be visible at the same time.",
            "antonym_2": "The mechanistic story is internally coherent. The structural limitations are real. All of that should be presented one piece at a time.",
        },
    },
    {
        "article": E,
        "sentence": "PepMax Research Library articles are written and edited in-house against the primary literature cited in each piece. We document our analytical methods openly so readers can verify the underlying chemistry against the references provided rather than relying on author authority.",
        "faithful": [
            "PepMax Research Library articles are written and edited in-house against the primary literature cited in each piece. PepMax documents its analytical methods openly so that readers can verify the underlying chemistry against the references provided instead of relying on author authority.",
            "So that readers can check the chemistry against the given references rather than trust the author's authority, PepMax openly documents its analytical methods. Its Research Library articles are written and edited in-house against the primary literature each piece cites.",
        ],
        "changed": {
            "antonym": "PepMax Research Library articles are written and edited by outside contractors against the primary literature cited in each piece. We document our analytical methods openly so readers can verify the underlying chemistry against the references provided rather than relying on author authority.",
            "role_swap": "PepMax Research Library articles are written and edited in-house against the primary literature cited in each piece. We document our analytical methods openly so readers can rely on author authority rather than verifying the underlying chemistry against the references provided.",
            "substitution_rare": "PepMax Research Library articles are written and edited in-house against the primary literature cited in each piece. We document our synthesis methods openly so readers can verify the underlying chemistry against the references provided rather than relying on author authority.",
            "added_detail": "PepMax Research Library articles are written and edited in-house against the primary literature cited in each piece and are checked by an external board every quarter. We document our analytical methods openly so readers can verify the underlying chemistry against the references provided rather than relying on author authority.",
        },
    },
]
