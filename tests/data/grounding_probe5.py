"""Fifth seed-article near-miss probe for the grounder (written blind).

Same shape as ``grounding_probe4.py``: an article under shared/articles, one sentence (or a
verbatim stretch of one) copied from it, and one-detail-changed versions (must not be
``supported``), labelled by the kind of change. ``faithful`` is a list of two claims, both of
which must be ``supported``: a light restatement and a real paraphrase as a summarising model
would write it (reordered, synonyms, hedges kept at the same strength, numbers and names kept).
None of these sentences is used in ``grounding_probe.py``, ``grounding_probe2.py``,
``grounding_probe3.py`` or ``grounding_probe4.py``, and none overlaps one of them. The entries
were written before the grounder was run on them and none was picked or dropped by how it does;
``split_of`` (sha256 of the sentence) divides them into a ``tune`` half, which rules may be
fitted to, and a ``test`` half, read once at the end.
"""

# The sentences are verbatim, so Greek letters, en dashes and curly quotes from the articles stay.
# ruff: noqa: RUF001

from __future__ import annotations

from probe_articles import A, B, C, D, E, split_of

__all__ = ["PROBE", "split_of"]

PROBE: list[dict[str, object]] = [
    {
        "article": A,
        "sentence": "It upregulates BDNF, inhibits enkephalin degradation, and modulates inflammatory signaling — creating a profile that is part anxiolytic, part nootropic, and part immunomodulator.",
        "faithful": [
            "It upregulates BDNF, inhibits enkephalin degradation, and modulates inflammatory signaling, creating a profile that is part anxiolytic, part nootropic, and part immunomodulator.",
            "By upregulating BDNF, inhibiting the breakdown of enkephalins and modulating inflammatory signaling, it builds a profile that is partly anxiolytic, partly nootropic and partly immunomodulatory.",
        ],
        "changed": {
            "direction": "It downregulates BDNF, inhibits enkephalin degradation, and modulates inflammatory signaling, creating a profile that is part anxiolytic, part nootropic, and part immunomodulator.",
            "substitution": "It upregulates BDNF, inhibits dopamine degradation, and modulates inflammatory signaling, creating a profile that is part anxiolytic, part nootropic, and part immunomodulator.",
            "negation_added": "It upregulates BDNF and inhibits enkephalin degradation but does not modulate inflammatory signaling, creating a profile that is part anxiolytic and part nootropic.",
        },
    },
    {
        "article": A,
        "sentence": "Its main known function is immunomodulatory: tufsin enhances phagocytosis, stimulates macrophage activity, and modulates immune signaling.",
        "faithful": [
            "Tufsin's main known function is immunomodulatory: it enhances phagocytosis, stimulates macrophage activity, and modulates immune signaling.",
            "Tufsin is known chiefly as an immunomodulator, boosting phagocytosis, activating macrophages and modulating immune signaling.",
        ],
        "changed": {
            "antonym": "Its main known function is immunomodulatory: tufsin inhibits phagocytosis, stimulates macrophage activity, and modulates immune signaling.",
            "substitution": "Its main known function is immunomodulatory: tufsin enhances phagocytosis, stimulates natural killer cell activity, and modulates immune signaling.",
            "quantifier": "Its only known function is immunomodulatory: tufsin enhances phagocytosis, stimulates macrophage activity, and modulates immune signaling.",
        },
    },
    {
        "article": A,
        "sentence": "First, it stabilizes the molecule against rapid enzymatic degradation — native tufsin has a very short half-life in vivo.",
        "faithful": [
            "It stabilizes the molecule against rapid enzymatic degradation; native tufsin has a very short half-life in vivo.",
            "Native tufsin's half-life in vivo is very short, and it shields the molecule from being rapidly broken down by enzymes.",
        ],
        "changed": {
            "antonym": "It stabilizes the molecule against rapid enzymatic degradation; native tufsin has a very long half-life in vivo.",
            "substitution": "It stabilizes the molecule against rapid oxidative degradation; native tufsin has a very short half-life in vivo.",
            "evidence_level": "It stabilizes the molecule against rapid enzymatic degradation; native tufsin has a very short half-life in vitro.",
        },
    },
    {
        "article": A,
        "sentence": "The result is a heptapeptide (Thr-Lys-Pro-Arg-Pro-Gly-Pro) that retains tufsin's immunomodulatory properties while gaining significant neurotropic and anxiolytic effects that the parent molecule does not possess on its own.",
        "faithful": [
            "The result is a heptapeptide (Thr-Lys-Pro-Arg-Pro-Gly-Pro) that retains tufsin's immunomodulatory properties while gaining significant neurotropic and anxiolytic effects.",
            "The resulting heptapeptide, Thr-Lys-Pro-Arg-Pro-Gly-Pro, keeps the immunomodulatory properties of tufsin and adds significant neurotropic and anxiolytic effects that the parent molecule lacks on its own.",
        ],
        "changed": {
            "number_word": "The result is an octapeptide (Thr-Lys-Pro-Arg-Pro-Gly-Pro) that retains tufsin's immunomodulatory properties while gaining significant neurotropic and anxiolytic effects.",
            "antonym": "The result is a heptapeptide (Thr-Lys-Pro-Arg-Pro-Gly-Pro) that loses tufsin's immunomodulatory properties while gaining significant neurotropic and anxiolytic effects.",
            "negation_dropped": "The result is a heptapeptide (Thr-Lys-Pro-Arg-Pro-Gly-Pro) that retains tufsin's immunomodulatory properties along with neurotropic and anxiolytic effects that the parent molecule already possesses on its own.",
        },
    },
    {
        "article": A,
        "sentence": "SSRIs take weeks to work and miss the target for many people.",
        "faithful": [
            "SSRIs take weeks to take effect and miss the target for many people.",
            "For many people SSRIs miss the mark, and they need weeks before they start working.",
        ],
        "changed": {
            "time": "SSRIs take days to work and miss the target for many people.",
            "quantifier": "SSRIs take weeks to work and miss the target for most people.",
            "name": "SNRIs take weeks to work and miss the target for many people.",
        },
    },
    {
        "article": A,
        "sentence": "The effect was not subtle — Selank-treated animals showed measurably faster acquisition of new information and better retention.",
        "faithful": [
            "The effect was not subtle: Selank-treated animals showed measurably faster acquisition of new information and better retention.",
            "Animals given Selank picked up new information measurably faster and retained it better, an effect that was far from subtle.",
        ],
        "changed": {
            "population": "The effect was not subtle: Selank-treated patients showed measurably faster acquisition of new information and better retention.",
            "direction": "The effect was not subtle: Selank-treated animals showed measurably slower acquisition of new information and better retention.",
            "negation_dropped": "The effect was subtle, though Selank-treated animals showed measurably faster acquisition of new information and better retention.",
        },
    },
    {
        "article": A,
        "sentence": "The problem is that enkephalins are rapidly broken down by enzymes called enkephalinases, which limits their duration of action.",
        "faithful": [
            "Enkephalins are rapidly broken down by enzymes called enkephalinases, which limits their duration of action.",
            "Enzymes known as enkephalinases quickly degrade enkephalins, which restricts how long they act.",
        ],
        "changed": {
            "antonym": "Enkephalins are slowly broken down by enzymes called enkephalinases, which limits their duration of action.",
            "direction": "Enkephalins are rapidly broken down by enzymes called enkephalinases, which extends their duration of action.",
            "name": "Enkephalins are rapidly broken down by enzymes called monoamine oxidases, which limits their duration of action.",
        },
    },
    {
        "article": A,
        "sentence": "No significant adverse effects have been reported in the published literature, and the absence of sedation, tolerance, and dependence is consistently noted.",
        "faithful": [
            "No significant adverse effects have been reported in the published literature.",
            "The published literature reports no significant adverse effects and consistently notes that sedation, tolerance and dependence are absent.",
        ],
        "changed": {
            "negation_dropped": "Significant adverse effects have been reported in the published literature, and the absence of sedation, tolerance, and dependence is consistently noted.",
            "quantifier": "No significant adverse effects have been reported in the published literature, and the absence of sedation, tolerance, and dependence is occasionally noted.",
            # merge: large-population long-term data is what the next sentence says is not yet available
            "merge": "No significant adverse effects have been reported in long-term studies of large populations, and the absence of sedation, tolerance, and dependence is consistently noted.",
        },
    },
    {
        "article": B,
        "sentence": "The proposed mechanism for Selank centers on its origin as a tuftsin analogue.",
        "faithful": [
            "Selank's proposed mechanism centers on its origin as a tuftsin analogue.",
            "Selank's origin as an analogue of tuftsin is at the heart of its proposed mechanism.",
        ],
        "changed": {
            "name": "The proposed mechanism for Selank centers on its origin as a thymosin analogue.",
            "certainty_added": "The established mechanism for Selank centers on its origin as a tuftsin analogue.",
            "substitution": "The proposed mechanism for Selank centers on its origin as a benzodiazepine analogue.",
        },
    },
    {
        "article": B,
        "sentence": "The evidence base for Selank is best understood in tiers, from mechanism to animals to people.",
        "faithful": [
            "Selank's evidence base is best understood in tiers, from mechanism to animals to people.",
            "The evidence on Selank is most usefully viewed as a series of tiers running from mechanism through animal studies to human data.",
        ],
        "changed": {
            "substitution": "The evidence base for Selank is best understood in tiers, from mechanism to cell cultures to people.",
            "name": "The evidence base for Semax is best understood in tiers, from mechanism to animals to people.",
            # merge: the 2017 review in Current Medicinal Chemistry comes from the mechanism section, and it proposed no tiers
            "merge": "The evidence base for Selank is best understood in tiers, from mechanism to animals to people, as the 2017 tuftsin review in Current Medicinal Chemistry proposed.",
        },
    },
    {
        "article": B,
        "sentence": "SCR coordinates any peptide consideration through licensed physicians, who decide whether it is appropriate for a given individual.",
        "faithful": [
            "SCR coordinates any peptide consideration through licensed physicians, who decide whether it is appropriate for an individual.",
            "Licensed physicians, through whom SCR coordinates any peptide consideration, decide whether it suits a given individual.",
        ],
        "changed": {
            "role_swap": "Licensed physicians coordinate any peptide consideration through SCR, which decides whether it is appropriate for a given individual.",
            "substitution": "SCR coordinates any peptide consideration through licensed pharmacists, who decide whether it is appropriate for a given individual.",
            "certainty_added": "SCR coordinates any peptide consideration through licensed physicians, who guarantee that it is appropriate for a given individual.",
        },
    },
    {
        "article": B,
        "sentence": "Selected peer-reviewed references, each verified against PubMed.",
        "faithful": [
            "Selected peer-reviewed references are each verified against PubMed.",
            "Every one of the selected peer-reviewed references has been checked against PubMed.",
        ],
        "changed": {
            "venue": "Selected peer-reviewed references, each verified against Google Scholar.",
            "quantifier": "Selected peer-reviewed references, some of them verified against PubMed.",
            "negation_added": "Selected references that have not been peer-reviewed, each verified against PubMed.",
        },
    },
    {
        "article": B,
        "sentence": "This article is for educational purposes only and is not medical advice, a diagnosis, or a treatment recommendation.",
        "faithful": [
            "This article is for educational purposes only and is not medical advice.",
            "Intended solely for education, the article does not constitute medical advice, a diagnosis or a treatment recommendation.",
        ],
        "changed": {
            "negation_dropped": "This article is for educational purposes and offers a treatment recommendation.",
            "substitution": "This article is for commercial purposes only and is not medical advice, a diagnosis, or a treatment recommendation.",
            "scope": "All content on this site is for educational purposes only and is not medical advice, a diagnosis, or a treatment recommendation.",
        },
    },
    {
        "article": B,
        "sentence": "Selank is discussed in the context of the published research; inclusion of a study does not imply a guaranteed outcome.",
        "faithful": [
            "Selank is discussed in the context of the published research, and inclusion of a study does not imply a guaranteed outcome.",
            "Including a study does not mean an outcome is guaranteed; Selank is discussed against the backdrop of the published research.",
        ],
        "changed": {
            "negation_dropped": "Selank is discussed in the context of the published research; inclusion of a study implies a guaranteed outcome.",
            "substitution": "Selank is discussed in the context of user testimonials; inclusion of a study does not imply a guaranteed outcome.",
            "name": "Semax is discussed in the context of the published research; inclusion of a study does not imply a guaranteed outcome.",
        },
    },
    {
        "article": B,
        "sentence": "Many of these compounds are investigational and not approved for the uses described in all jurisdictions.",
        "faithful": [
            "Many of these compounds are investigational and are not approved for the described uses in all jurisdictions.",
            "A good number of these compounds are still investigational, and their approval for the uses described does not extend to all jurisdictions.",
        ],
        "changed": {
            "quantifier": "All of these compounds are investigational and not approved for the uses described in all jurisdictions.",
            "negation_dropped": "Many of these compounds are investigational but approved for the uses described in all jurisdictions.",
            "scope": "Many of these compounds are investigational and not approved for any use in all jurisdictions.",
        },
    },
    {
        "article": B,
        "sentence": "Any treatment decision should be made with a qualified physician.",
        "faithful": [
            "Treatment decisions should be made with a qualified physician.",
            "A qualified physician should be involved in any decision about treatment.",
        ],
        "changed": {
            "substitution": "Any treatment decision should be made with a qualified pharmacist.",
            "negation_added": "Treatment decisions do not need to involve a qualified physician.",
            "quantifier": "Only major treatment decisions should be made with a qualified physician.",
        },
    },
    {
        "article": C,
        "sentence": "Semax also modulates dopaminergic (relating to the dopamine neurotransmitter system, involved in motivation, working memory, and executive function) and serotonergic (relating to the serotonin system, involved in mood, sleep, and cognition) signaling.",
        "faithful": [
            "Semax also modulates dopaminergic and serotonergic signaling.",
            "Semax additionally acts on serotonergic signaling, tied to mood, sleep and cognition, and on dopaminergic signaling, tied to motivation, working memory and executive function.",
        ],
        "changed": {
            "name": "Selank also modulates dopaminergic and serotonergic signaling.",
            "substitution": "Semax also modulates dopaminergic and cholinergic signaling.",
            "role_swap": "Semax also modulates dopaminergic signaling, involved in mood, sleep, and cognition, and serotonergic signaling, involved in motivation, working memory, and executive function.",
        },
    },
    {
        "article": C,
        "sentence": "The cognitive and neuroprotective effects documented in Russian clinical research - including post-stroke recovery protocols and cognitive enhancement in healthy subjects - reflect a compound designed to activate, protect, and enhance neural function rather than to calm it.",
        "faithful": [
            "The cognitive and neuroprotective effects documented in Russian clinical research reflect a compound designed to activate, protect, and enhance neural function rather than to calm it.",
            "Russian clinical research, covering post-stroke recovery protocols and cognitive enhancement in healthy subjects, documents cognitive and neuroprotective effects that point to a compound built to activate, protect and enhance neural function instead of calming it.",
        ],
        "changed": {
            "population": "The cognitive and neuroprotective effects documented in Russian clinical research, including post-stroke recovery protocols and cognitive enhancement in elderly patients, reflect a compound designed to activate, protect, and enhance neural function.",
            "condition": "The cognitive and neuroprotective effects documented in Russian clinical research, including post-concussion recovery protocols and cognitive enhancement in healthy subjects, reflect a compound designed to activate, protect, and enhance neural function.",
            "role_swap": "The cognitive and neuroprotective effects documented in Russian clinical research reflect a compound designed to calm neural function rather than to activate, protect, and enhance it.",
        },
    },
    {
        "article": C,
        "sentence": "Semax tends to produce stimulatory and activating effects - consistent with its dopaminergic and BDNF-driven mechanisms.",
        "faithful": [
            "Semax tends to produce stimulatory and activating effects, consistent with its dopaminergic and BDNF-driven mechanisms.",
            "In line with its dopaminergic and BDNF-driven mechanisms, Semax tends to have stimulating, activating effects.",
        ],
        "changed": {
            "hedge_dropped": "Semax produces stimulatory and activating effects, consistent with its dopaminergic and BDNF-driven mechanisms.",
            "antonym": "Semax tends to produce sedative and calming effects, consistent with its dopaminergic and BDNF-driven mechanisms.",
            # merge: the GABAergic mechanism is Selank's, from the sentence just before
            "merge": "Semax tends to produce stimulatory and activating effects, consistent with its GABAergic and BDNF-driven mechanisms.",
        },
    },
    {
        "article": C,
        "sentence": "This route exploits the olfactory pathway for direct CNS delivery, bypassing the blood brain barrier challenge that would otherwise limit CNS bioavailability for peptides of this size.",
        "faithful": [
            "This route exploits the olfactory pathway for direct CNS delivery, bypassing the blood brain barrier challenge.",
            "By using the olfactory pathway to deliver directly to the CNS, the route gets around the blood brain barrier problem that would otherwise restrict CNS bioavailability for peptides of this size.",
        ],
        "changed": {
            "substitution": "This route exploits the vagal pathway for direct CNS delivery, bypassing the blood brain barrier challenge.",
            "direction": "This route exploits the olfactory pathway for direct CNS delivery, bypassing the blood brain barrier challenge that would otherwise increase CNS bioavailability for peptides of this size.",
            "negation_added": "This route exploits the olfactory pathway for direct CNS delivery, though it does not bypass the blood brain barrier challenge.",
        },
    },
    {
        "article": C,
        "sentence": "Both compounds converge on BDNF as a shared downstream target, which is where their otherwise divergent research profiles intersect.",
        "faithful": [
            "Both compounds converge on BDNF as a shared downstream target.",
            "BDNF, a downstream target the two compounds share, is the point where their otherwise divergent research profiles meet.",
        ],
        "changed": {
            "substitution": "Both compounds converge on NGF as a shared downstream target, which is where their otherwise divergent research profiles intersect.",
            "direction": "Both compounds converge on BDNF as a shared upstream target, which is where their otherwise divergent research profiles intersect.",
            "antonym": "Both compounds converge on BDNF as a shared downstream target, which is where their otherwise similar research profiles intersect.",
        },
    },
    {
        "article": C,
        "sentence": "Selank handles the anxiety and stress-reduction component while Semax handles cognitive enhancement.",
        "faithful": [
            "Selank handles anxiety and stress reduction while Semax handles cognitive enhancement.",
            "Semax takes care of cognitive enhancement, whereas Selank takes care of the anxiety and stress-reduction component.",
        ],
        "changed": {
            "role_swap": "Semax handles the anxiety and stress-reduction component while Selank handles cognitive enhancement.",
            "substitution": "Selank handles the anxiety and stress-reduction component while Semax handles sleep enhancement.",
            # merge: stroke recovery is Semax's Russian registration ("Semax is registered for stroke recovery..."), not its role here
            "merge": "Selank handles the anxiety and stress-reduction component while Semax handles stroke recovery.",
        },
    },
    {
        "article": C,
        "sentence": "The compounds discussed are not approved by the FDA for human use, have not been evaluated for safety or efficacy in humans (unless noted), and are not intended to diagnose, treat, cure, or prevent any disease.",
        "faithful": [
            "The compounds discussed are not approved by the FDA for human use and have not been evaluated for safety or efficacy in humans (unless noted).",
            "Unless noted otherwise, the compounds discussed have not been assessed for safety or efficacy in humans; they lack FDA approval for human use and are not meant to diagnose, treat, cure or prevent any disease.",
        ],
        "changed": {
            "name": "The compounds discussed are not approved by the EMA for human use and have not been evaluated for safety or efficacy in humans (unless noted).",
            "negation_dropped": "The compounds discussed are approved by the FDA for human use but have not been evaluated for safety or efficacy in humans (unless noted).",
            "evidence_level": "The compounds discussed are not approved by the FDA for human use and have not been evaluated for safety or efficacy in animals (unless noted).",
        },
    },
    {
        "article": C,
        "sentence": "including enkephalins (endogenous opioid peptides that modulate pain, stress, and anxiety signaling).",
        "faithful": [
            "Enkephalins are endogenous opioid peptides that modulate pain, stress, and anxiety signaling.",
            "Pain, stress and anxiety signaling are modulated by enkephalins, opioid peptides that the body produces itself.",
        ],
        "changed": {
            "antonym": "Enkephalins are exogenous opioid peptides that modulate pain, stress, and anxiety signaling.",
            "substitution": "Enkephalins are endogenous cannabinoid peptides that modulate pain, stress, and anxiety signaling.",
            "name": "Endorphins are endogenous opioid peptides that modulate pain, stress, and anxiety signaling.",
        },
    },
    {
        "article": D,
        "sentence": "Developed at the Institute of Molecular Genetics of the Russian Academy of Sciences, Selank is a synthetic peptide analogue of the natural immune peptide tuftsin.",
        "faithful": [
            "Selank, developed at the Institute of Molecular Genetics of the Russian Academy of Sciences, is a synthetic peptide analogue of tuftsin.",
            "A synthetic analogue of the natural immune peptide tuftsin, Selank was developed at the Russian Academy of Sciences' Institute of Molecular Genetics.",
        ],
        "changed": {
            "name": "Developed at the Institute of Bioorganic Chemistry of the Russian Academy of Sciences, Selank is a synthetic peptide analogue of the natural immune peptide tuftsin.",
            "antonym": "Developed at the Institute of Molecular Genetics of the Russian Academy of Sciences, Selank is a natural peptide analogue of the immune peptide tuftsin.",
            "substitution": "Developed at the Institute of Molecular Genetics of the Russian Academy of Sciences, Selank is a synthetic peptide analogue of the natural opioid peptide tuftsin.",
        },
    },
    {
        "article": D,
        "sentence": "It inhibits the enzymes that break down enkephalins, which are natural opioid peptides in the brain.",
        "faithful": [
            "It inhibits the enzymes that break down enkephalins, natural opioid peptides in the brain.",
            "Enkephalins, the brain's natural opioid peptides, are broken down by enzymes that it inhibits.",
        ],
        "changed": {
            "antonym": "It activates the enzymes that break down enkephalins, which are natural opioid peptides in the brain.",
            "substitution": "It inhibits the enzymes that break down enkephalins, which are natural opioid peptides in the gut.",
            "negation_added": "It does not inhibit the enzymes that break down enkephalins, which are natural opioid peptides in the brain.",
        },
    },
    {
        "article": D,
        "sentence": "The peptide influences the levels of key neurotransmitters like serotonin and dopamine.",
        "faithful": [
            "The peptide influences the levels of key neurotransmitters such as serotonin and dopamine.",
            "Levels of key neurotransmitters, among them serotonin and dopamine, are influenced by the peptide.",
        ],
        "changed": {
            "substitution": "The peptide influences the levels of key neurotransmitters like serotonin and noradrenaline.",
            "negation_added": "The peptide does not influence the levels of key neurotransmitters like serotonin and dopamine.",
            "certainty_added": "The peptide has been proven to influence the levels of key neurotransmitters like serotonin and dopamine.",
        },
    },
    {
        "article": D,
        "sentence": "BDNF is a crucial protein for neuron growth, survival, and brain plasticity, which is vital for learning, memory, and overall cognitive health.",
        "faithful": [
            "BDNF is a crucial protein for neuron growth, survival, and brain plasticity.",
            "As a protein crucial for the growth and survival of neurons and for brain plasticity, BDNF is vital for learning, memory and overall cognitive health.",
        ],
        "changed": {
            "substitution": "BDNF is a crucial enzyme for neuron growth, survival, and brain plasticity, which is vital for learning, memory, and overall cognitive health.",
            "negation_added": "BDNF is a crucial protein for neuron growth, survival, and brain plasticity, though it is not vital for learning and memory.",
            "substitution_2": "BDNF is a crucial protein for neuron growth, survival, and brain plasticity, which is vital for learning, memory, and overall immune health.",
        },
    },
    {
        "article": D,
        "sentence": "The peptide can improve concentration and mental clarity, which may be beneficial for those with ADHD symptoms or brain fog.",
        "faithful": [
            "The peptide can improve concentration and mental clarity, which may benefit those with ADHD symptoms or brain fog.",
            "People with brain fog or ADHD symptoms may benefit from the peptide, which can improve concentration and mental clarity.",
        ],
        "changed": {
            "condition": "The peptide can improve concentration and mental clarity, which may be beneficial for those with dementia symptoms or brain fog.",
            "hedge_dropped": "The peptide can improve concentration and mental clarity, which is beneficial for those with ADHD symptoms or brain fog.",
            "certainty_added": "The peptide reliably improves concentration and mental clarity, which may be beneficial for those with ADHD symptoms or brain fog.",
        },
    },
    {
        "article": D,
        "sentence": "The existing body of research, largely from Russia, points to its potential as a valuable therapeutic agent for anxiety disorders and as a tool for cognitive enhancement.",
        "faithful": [
            "The existing body of research, largely from Russia, points to its potential as a therapeutic agent for anxiety disorders and as a tool for cognitive enhancement.",
            "Research to date, most of it from Russia, suggests it could be a valuable therapeutic agent for anxiety disorders and a tool for cognitive enhancement.",
        ],
        "changed": {
            "name": "The existing body of research, largely from China, points to its potential as a valuable therapeutic agent for anxiety disorders and as a tool for cognitive enhancement.",
            "certainty_added": "The existing body of research, largely from Russia, establishes it as a valuable therapeutic agent for anxiety disorders and as a tool for cognitive enhancement.",
            "condition": "The existing body of research, largely from Russia, points to its potential as a valuable therapeutic agent for depressive disorders and as a tool for cognitive enhancement.",
        },
    },
    {
        "article": D,
        "sentence": "Because Selank affects neurotransmitters like serotonin, it should only be used under physician supervision, especially if you are taking other neuroactive medications like SSRIs or benzodiazepines.",
        "faithful": [
            "Because Selank affects neurotransmitters like serotonin, it should only be used under physician supervision.",
            "Selank should be used only with a physician's supervision, particularly alongside other neuroactive drugs such as SSRIs or benzodiazepines, since it acts on neurotransmitters like serotonin.",
        ],
        "changed": {
            "substitution": "Because Selank affects neurotransmitters like acetylcholine, it should only be used under physician supervision.",
            "name": "Because Selank affects neurotransmitters like serotonin, it should only be used under physician supervision, especially if you are taking other neuroactive medications like MAO inhibitors or benzodiazepines.",
            "negation_added": "Because Selank affects neurotransmitters like serotonin, it does not need physician supervision unless you are taking other neuroactive medications like SSRIs or benzodiazepines.",
        },
    },
    {
        "article": D,
        "sentence": "Semax is primarily stimulating and nootropic, better suited for enhancing focus, motivation, and cognitive drive.",
        "faithful": [
            "Semax is primarily stimulating and nootropic, better suited to enhancing focus, motivation, and cognitive drive.",
            "Better suited to boosting focus, motivation and cognitive drive, Semax is mainly a stimulating, nootropic peptide.",
        ],
        "changed": {
            "name": "Selank is primarily stimulating and nootropic, better suited for enhancing focus, motivation, and cognitive drive.",
            "antonym": "Semax is primarily sedating and nootropic, better suited for enhancing focus, motivation, and cognitive drive.",
            "comparator": "Semax is primarily stimulating and nootropic, less suited for enhancing focus, motivation, and cognitive drive.",
        },
    },
    {
        "article": E,
        "sentence": "Benzodiazepines are the most prescribed class of anxiolytics in the world.",
        "faithful": [
            "Benzodiazepines are the most prescribed class of anxiolytics worldwide.",
            "No class of anxiolytics is prescribed more widely around the world than benzodiazepines.",
        ],
        "changed": {
            "antonym": "Benzodiazepines are the least prescribed class of anxiolytics in the world.",
            "scope": "Benzodiazepines are the most prescribed class of psychiatric drugs in the world.",
            "name": "SSRIs are the most prescribed class of anxiolytics in the world.",
        },
    },
    {
        "article": E,
        "sentence": "They also come with a known cost: sedation, motor impairment, cognitive dulling, anterograde amnesia, dependence, and a withdrawal syndrome that can be medically dangerous.",
        "faithful": [
            "They come with a known cost: sedation, motor impairment, cognitive dulling, anterograde amnesia, dependence, and a withdrawal syndrome that can be medically dangerous.",
            "Their known costs include sedation, motor impairment, cognitive dulling, anterograde amnesia and dependence, plus a withdrawal syndrome that can be medically dangerous.",
        ],
        "changed": {
            "antonym": "They also come with a known cost: sedation, motor impairment, cognitive dulling, retrograde amnesia, dependence, and a withdrawal syndrome that can be medically dangerous.",
            "hedge_dropped": "They also come with a known cost: sedation, motor impairment, cognitive dulling, anterograde amnesia, dependence, and a withdrawal syndrome that is medically dangerous.",
            "substitution": "They also come with a known cost: sedation, weight gain, cognitive dulling, anterograde amnesia, dependence, and a withdrawal syndrome that can be medically dangerous.",
        },
    },
    {
        "article": E,
        "sentence": "It is not approved by FDA, EMA, MHRA, or Health Canada for any human or veterinary therapeutic use.",
        "faithful": [
            "It is not approved by the FDA, EMA, MHRA, or Health Canada for any human or veterinary therapeutic use.",
            "Neither the FDA nor the EMA, MHRA or Health Canada has approved it for any therapeutic use in humans or animals.",
        ],
        "changed": {
            "negation_dropped": "It has been approved by FDA, EMA, MHRA, and Health Canada for human or veterinary therapeutic use.",
            "scope": "It is not approved by any regulator anywhere for any human or veterinary therapeutic use.",
            "name": "It is not approved by FDA, EMA, TGA, or Health Canada for any human or veterinary therapeutic use.",
        },
    },
    {
        "article": E,
        "sentence": "It increases the channel’s opening frequency in the presence of GABA, amplifying inhibitory neurotransmission throughout the central nervous system",
        "faithful": [
            "It increases the channel’s opening frequency in the presence of GABA, amplifying inhibitory neurotransmission throughout the central nervous system.",
            "In the presence of GABA, it makes the channel open more often, amplifying inhibitory neurotransmission across the central nervous system.",
        ],
        "changed": {
            "substitution": "It increases the channel’s opening duration in the presence of GABA, amplifying inhibitory neurotransmission throughout the central nervous system.",
            "antonym": "It increases the channel’s opening frequency in the presence of GABA, amplifying excitatory neurotransmission throughout the central nervous system.",
            "direction": "It decreases the channel’s opening frequency in the presence of GABA, dampening inhibitory neurotransmission throughout the central nervous system.",
        },
    },
    {
        "article": E,
        "sentence": "Because the BZD site is present on GABA-A pentamers containing different α subunits (α1, α2, α3, α5), and because those subtypes are distributed across brain regions with different functions",
        "faithful": [
            "The BZD site is present on GABA-A pentamers containing different α subunits (α1, α2, α3, α5), and those subtypes are distributed across brain regions with different functions.",
            "GABA-A pentamers with different α subunits (α1, α2, α3 and α5) carry the BZD site, and these subtypes are spread across brain regions that serve different functions.",
        ],
        "changed": {
            "number": "The BZD site is present on GABA-A pentamers containing different α subunits (α1, α2, α3, α4), and those subtypes are distributed across brain regions with different functions.",
            "antonym": "The BZD site is present on GABA-A pentamers containing different α subunits (α1, α2, α3, α5), and those subtypes are distributed across brain regions with similar functions.",
            "name": "The barbiturate site is present on GABA-A pentamers containing different α subunits (α1, α2, α3, α5), and those subtypes are distributed across brain regions with different functions.",
        },
    },
    {
        "article": E,
        "sentence": "The Russian Academy program appended the Pro–Gly–Pro tail used across the Ashmarin–Myasoedov peptide family to confer protease resistance, yielding the seven-residue Selank sequence (Thr–Lys–Pro–Arg–Pro–Gly–Pro)",
        "faithful": [
            "The Russian Academy program appended the Pro–Gly–Pro tail to confer protease resistance, yielding the seven-residue Selank sequence.",
            "To make it resistant to proteases, the Russian Academy program added the Pro–Gly–Pro tail common to the Ashmarin–Myasoedov peptide family, producing the seven-residue Selank sequence (Thr–Lys–Pro–Arg–Pro–Gly–Pro).",
        ],
        "changed": {
            "number_word": "The Russian Academy program appended the Pro–Gly–Pro tail to confer protease resistance, yielding the eight-residue Selank sequence.",
            "substitution": "The Russian Academy program appended the Pro–Gly–Pro tail to confer receptor selectivity, yielding the seven-residue Selank sequence.",
            # merge: the Sikirić group at Zagreb is the BPC-157 program named in the limitations section
            "merge": "The Sikirić group at Zagreb appended the Pro–Gly–Pro tail to confer protease resistance, yielding the seven-residue Selank sequence.",
        },
    },
    {
        "article": E,
        "sentence": "Enkephalins are short opioid peptides with documented roles in stress reactivity, affective tone, and the descending modulation of pain.",
        "faithful": [
            "Enkephalins are short opioid peptides with documented roles in stress reactivity, affective tone, and descending pain modulation.",
            "Stress reactivity, affective tone and the descending modulation of pain are all areas where enkephalins, which are short opioid peptides, have documented roles.",
        ],
        "changed": {
            "direction": "Enkephalins are short opioid peptides with documented roles in stress reactivity, affective tone, and the ascending modulation of pain.",
            "evidence_level": "Enkephalins are short opioid peptides with hypothesised roles in stress reactivity, affective tone, and the descending modulation of pain.",
            "substitution": "Enkephalins are short opioid peptides with documented roles in stress reactivity, appetite, and the descending modulation of pain.",
        },
    },
    {
        "article": E,
        "sentence": "The Selank evidence base is concentrated almost entirely in the Ashmarin–Myasoedov institutional network at the Institute of Molecular Genetics of the Russian Academy of Sciences and affiliated clinical centers.",
        "faithful": [
            "The Selank evidence base is concentrated almost entirely in the Ashmarin–Myasoedov institutional network at the Institute of Molecular Genetics of the Russian Academy of Sciences.",
            "Almost all of the Selank evidence comes from the Ashmarin–Myasoedov institutional network, based at the Russian Academy of Sciences' Institute of Molecular Genetics, and its affiliated clinical centers.",
        ],
        "changed": {
            "quantifier": "About half of the Selank evidence base comes from the Ashmarin–Myasoedov institutional network at the Institute of Molecular Genetics of the Russian Academy of Sciences.",
            "name": "The Selank evidence base is concentrated almost entirely in the Ashmarin–Myasoedov institutional network at the Institute of Bioorganic Chemistry of the Russian Academy of Sciences.",
            "scope": "The evidence base for Russian peptide drugs is concentrated almost entirely in the Ashmarin–Myasoedov institutional network at the Institute of Molecular Genetics of the Russian Academy of Sciences.",
        },
    },
]
