"""Sixth seed-article near-miss probe for the grounder (written blind).

Same shape as ``grounding_probe5.py``: an article under shared/articles, one sentence (or a
verbatim stretch of one) copied from it, and one-detail-changed versions (must not be
``supported``), labelled by the kind of change. ``faithful`` is a list of two claims, both of
which must be ``supported``: a light restatement and a real paraphrase as a summarising model
would write it (reordered, synonyms, active/passive, hedges kept at the same strength, numbers
and names kept). None of these sentences is used in ``grounding_probe.py``,
``grounding_probe2.py``, ``grounding_probe3.py``, ``grounding_probe4.py`` or
``grounding_probe5.py``, and none overlaps one of them. Because the short evidence-tiers
article (B) had almost no unused sentences left, it has only two entries and the other four
articles have twelve each. The entries were written before the grounder was run on them and
none was picked or dropped by how it does; ``split_of`` (sha256 of the sentence) divides them
into a ``tune`` half, which rules may be fitted to, and a ``test`` half, read once at the end.
"""

# The sentences are verbatim, so Greek letters, en dashes and curly quotes from the articles stay.
# ruff: noqa: RUF001

from __future__ import annotations

from probe_articles import A, B, C, D, E, split_of

__all__ = ["PROBE", "split_of"]

PROBE: list[dict[str, object]] = [
    {
        "article": A,
        "sentence": "There is a question that has frustrated neuroscience researchers for decades: can you reduce anxiety without making someone drowsy, foggy, or dependent on the compound doing the reducing?",
        "faithful": [
            "A question that has frustrated neuroscience researchers for decades is whether you can reduce anxiety without making someone drowsy, foggy, or dependent on the compound doing the reducing.",
            "For decades, neuroscience researchers have been frustrated by the question of whether anxiety can be reduced without leaving a person drowsy, foggy or dependent on the compound responsible.",
        ],
        "changed": {
            "time_unit": "A question that has frustrated neuroscience researchers for months is whether you can reduce anxiety without making someone drowsy, foggy, or dependent on the compound doing the reducing.",
            "substitution": "A question that has frustrated cardiology researchers for decades is whether you can reduce anxiety without making someone drowsy, foggy, or dependent on the compound doing the reducing.",
            "substitution_2": "A question that has frustrated neuroscience researchers for decades is whether you can reduce anxiety without making someone drowsy, nauseous, or dependent on the compound doing the reducing.",
        },
    },
    {
        "article": A,
        "sentence": "Benzodiazepines work, but they come with sedation, cognitive impairment, tolerance buildup, and a withdrawal profile that keeps clinicians up at night.",
        "faithful": [
            "Benzodiazepines are effective, but they come with sedation, cognitive impairment, tolerance buildup and a withdrawal profile that keeps clinicians up at night.",
            "Although benzodiazepines work, they bring sedation, impaired cognition and a build-up of tolerance, along with a withdrawal profile that keeps clinicians awake at night.",
        ],
        "changed": {
            "substitution": "Benzodiazepines work, but they come with sedation, weight gain, tolerance buildup, and a withdrawal profile that keeps clinicians up at night.",
            "substitution_2": "Benzodiazepines work, but they come with sedation, cognitive impairment, tolerance buildup, and a withdrawal profile that keeps regulators up at night.",
            "negation_added": "Benzodiazepines do not work, and they also come with sedation, cognitive impairment, tolerance buildup, and a withdrawal profile that keeps clinicians up at night.",
        },
    },
    {
        "article": A,
        "sentence": "Second, the Pro-Gly-Pro tail appears to contribute its own biological activity, as this tripeptide sequence has independent immunomodulatory and neuroprotective properties documented in the literature.",
        "faithful": [
            "The Pro-Gly-Pro tail appears to contribute its own biological activity, as this tripeptide sequence has independent immunomodulatory and neuroprotective properties documented in the literature.",
            "Because the Pro-Gly-Pro tripeptide has immunomodulatory and neuroprotective properties of its own that are documented in the literature, the tail appears to add biological activity of its own.",
        ],
        "changed": {
            "hedge_dropped": "The Pro-Gly-Pro tail contributes its own biological activity, as this tripeptide sequence has independent immunomodulatory and neuroprotective properties documented in the literature.",
            "number_word": "The Pro-Gly-Pro tail appears to contribute its own biological activity, as this four-amino-acid sequence has independent immunomodulatory and neuroprotective properties documented in the literature.",
            "substitution": "The Pro-Gly-Pro tail appears to contribute its own biological activity, as this tripeptide sequence has independent immunomodulatory and antiviral properties documented in the literature.",
        },
    },
    {
        "article": A,
        "sentence": "This works — often powerfully — but the benzodiazepine binding site is also responsible for sedation, muscle relaxation, amnesia, and the receptor downregulation that leads to tolerance and dependence.",
        "faithful": [
            "This works, often powerfully, but the benzodiazepine binding site is also responsible for sedation, muscle relaxation, amnesia, and the receptor downregulation that leads to tolerance and dependence.",
            "Although the approach often works powerfully, the benzodiazepine binding site also accounts for sedation, muscle relaxation and amnesia, as well as for the receptor downregulation that leads to tolerance and dependence.",
        ],
        "changed": {
            "direction": "This works, often powerfully, but the benzodiazepine binding site is also responsible for sedation, muscle relaxation, amnesia, and the receptor upregulation that leads to tolerance and dependence.",
            "quantifier": "This always works powerfully, but the benzodiazepine binding site is also responsible for sedation, muscle relaxation, amnesia, and the receptor downregulation that leads to tolerance and dependence.",
            "substitution": "This works, often powerfully, but the benzodiazepine binding site is also responsible for sedation, muscle relaxation, blurred vision, and the receptor downregulation that leads to tolerance and dependence.",
        },
    },
    {
        "article": A,
        "sentence": "Low BDNF levels are associated with depression, anxiety disorders, cognitive decline, and neurodegeneration.",
        "faithful": [
            "Low levels of BDNF are associated with depression, anxiety disorders, cognitive decline, and neurodegeneration.",
            "Depression, anxiety disorders, cognitive decline and neurodegeneration have all been linked to low BDNF levels.",
        ],
        "changed": {
            "antonym": "High BDNF levels are associated with depression, anxiety disorders, cognitive decline, and neurodegeneration.",
            "certainty_added": "Low BDNF levels cause depression, anxiety disorders, cognitive decline, and neurodegeneration.",
            "substitution": "Low BDNF levels are associated with depression, anxiety disorders, obesity, and neurodegeneration.",
        },
    },
    {
        "article": A,
        "sentence": "Russia approved Selank as a pharmaceutical anxiolytic in 2009, which provided a clinical framework for human studies.",
        "faithful": [
            "In 2009 Russia approved Selank as a pharmaceutical anxiolytic, which provided a clinical framework for human studies.",
            "Selank's approval in Russia as a pharmaceutical anxiolytic in 2009 gave human studies a clinical framework.",
        ],
        "changed": {
            "number": "Russia approved Selank as a pharmaceutical anxiolytic in 2013, which provided a clinical framework for human studies.",
            "substitution": "Kazakhstan approved Selank as a pharmaceutical anxiolytic in 2009, which provided a clinical framework for human studies.",
            "evidence_level": "Russia approved Selank as a pharmaceutical anxiolytic in 2009, which provided a clinical framework for animal studies.",
        },
    },
    {
        "article": A,
        "sentence": "The mechanistic data (GABA modulation, BDNF upregulation, enkephalin stabilization) is well-established in the preclinical literature and has been replicated by independent groups.",
        "faithful": [
            "The mechanistic data on GABA modulation, BDNF upregulation and enkephalin stabilization is well-established in the preclinical literature and has been replicated by independent groups.",
            "Independent groups have replicated the mechanistic findings on GABA modulation, BDNF upregulation and enkephalin stabilization, which are well established in the preclinical literature.",
        ],
        "changed": {
            "evidence_level": "The mechanistic data (GABA modulation, BDNF upregulation, enkephalin stabilization) is well-established in the clinical literature and has been replicated by independent groups.",
            "negation_added": "The mechanistic data (GABA modulation, BDNF upregulation, enkephalin stabilization) is well-established in the preclinical literature but has not been replicated by independent groups.",
            "attribution": "The mechanistic data (GABA modulation, BDNF upregulation, enkephalin stabilization) is well-established in the preclinical literature and has been replicated by the original Russian development team.",
        },
    },
    {
        "article": A,
        "sentence": "This BDNF effect also likely contributes to the anxiolytic profile, as low BDNF is consistently associated with anxiety and mood disorders.",
        "faithful": [
            "This BDNF effect also likely contributes to the anxiolytic profile, since low BDNF is consistently associated with anxiety and mood disorders.",
            "Because low BDNF is consistently linked to anxiety and mood disorders, the BDNF effect probably adds to the anxiolytic profile as well.",
        ],
        "changed": {
            "hedge_dropped": "This BDNF effect also contributes to the anxiolytic profile, as low BDNF is consistently associated with anxiety and mood disorders.",
            "scope": "This BDNF effect also likely contributes to the anxiolytic profile, as low BDNF is consistently associated with all psychiatric disorders.",
            "antonym": "This BDNF effect also likely contributes to the anxiolytic profile, as high BDNF is consistently associated with anxiety and mood disorders.",
        },
    },
    {
        "article": A,
        "sentence": "the majority of this clinical data comes from Russian journals that are not always easily accessible to Western researchers, and the study designs do not always meet the methodological standards expected by the FDA or EMA",
        "faithful": [
            "The majority of this clinical data comes from Russian journals that are not always easily accessible to Western researchers, and the study designs do not always meet the methodological standards expected by the FDA or EMA.",
            "Most of the clinical data appears in Russian journals that Western researchers cannot always access easily, and the study designs do not always meet the methodological standards that the FDA or EMA expect.",
        ],
        "changed": {
            "quantifier": "All of this clinical data comes from Russian journals that are not always easily accessible to Western researchers, and the study designs do not always meet the methodological standards expected by the FDA or EMA.",
            "venue": "The majority of this clinical data comes from Chinese journals that are not always easily accessible to Western researchers, and the study designs do not always meet the methodological standards expected by the FDA or EMA.",
            "negation_dropped": "The majority of this clinical data comes from Russian journals that are not always easily accessible to Western researchers, and the study designs always meet the methodological standards expected by the FDA or EMA.",
        },
    },
    {
        "article": A,
        "sentence": "Chronic anxiety impairs BDNF expression, which impairs neuroplasticity, which impairs cognitive function.",
        "faithful": [
            "Chronic anxiety impairs BDNF expression, which impairs neuroplasticity, which in turn impairs cognitive function.",
            "Cognitive function suffers because chronic anxiety impairs BDNF expression and the impaired BDNF expression in turn impairs neuroplasticity.",
        ],
        "changed": {
            "direction": "Chronic anxiety enhances BDNF expression, which impairs neuroplasticity, which impairs cognitive function.",
            "role_swap": "Impaired BDNF expression causes chronic anxiety, which impairs neuroplasticity, which impairs cognitive function.",
            "substitution": "Acute anxiety impairs BDNF expression, which impairs neuroplasticity, which impairs cognitive function.",
        },
    },
    {
        "article": A,
        "sentence": "The immune and nervous systems are far more intertwined than was appreciated even a decade ago, and Selank sits at that intersection.",
        "faithful": [
            "The immune and nervous systems are far more intertwined than was appreciated even a decade ago, and Selank sits at their intersection.",
            "Selank sits where the immune and nervous systems meet, two systems now known to be far more intertwined than was appreciated as recently as a decade ago.",
        ],
        "changed": {
            "time_unit": "The immune and nervous systems are far more intertwined than was appreciated even a century ago, and Selank sits at that intersection.",
            "substitution": "The immune and digestive systems are far more intertwined than was appreciated even a decade ago, and Selank sits at that intersection.",
            "antonym": "The immune and nervous systems are far less intertwined than was appreciated even a decade ago, and Selank sits at that intersection.",
        },
    },
    {
        "article": A,
        "sentence": "By increasing BDNF expression in the hippocampus, Selank supports neuroplasticity — the brain's ability to form new connections and adapt.",
        "faithful": [
            "By increasing BDNF expression in the hippocampus, Selank supports neuroplasticity, the brain's ability to form new connections and adapt.",
            "Selank supports neuroplasticity, meaning the brain's capacity to make new connections and adapt, by raising BDNF expression in the hippocampus.",
        ],
        "changed": {
            "substitution": "By increasing BDNF expression in the cerebellum, Selank supports neuroplasticity, the brain's ability to form new connections and adapt.",
            "direction": "By decreasing BDNF expression in the hippocampus, Selank supports neuroplasticity, the brain's ability to form new connections and adapt.",
            # merge: the 2008 Zozulya study is the one on 84 GABAergic-signaling genes in the hippocampus, not on BDNF
            "merge": "By increasing BDNF expression in the hippocampus, as Zozulya and colleagues found in 2008, Selank supports neuroplasticity, the brain's ability to form new connections and adapt.",
        },
    },
    {
        "article": B,
        "sentence": "Explore the full, filterable research library on our Science page.",
        "faithful": [
            "Explore the full, filterable research library on the Science page.",
            "The complete research library, which can be filtered, is available on our Science page.",
        ],
        "changed": {
            "substitution": "Explore the full, filterable research library on our Pricing page.",
            "negation_added": "Explore the full research library on our Science page; the library cannot be filtered.",
        },
    },
    {
        "article": B,
        "sentence": "Individual results vary.",
        "faithful": [
            "Results vary from individual to individual.",
            "Outcomes differ from one person to the next.",
        ],
        "changed": {
            "negation_added": "Individual results do not vary.",
            "antonym": "Individual results are uniform.",
        },
    },
    {
        "article": C,
        "sentence": "Selank is derived from tuftsin and has primary activity in anxiety modulation and immune function, with secondary cognitive effects.",
        "faithful": [
            "Selank is derived from tuftsin and has primary activity in anxiety modulation and immune function, along with secondary cognitive effects.",
            "Derived from tuftsin, Selank acts primarily on anxiety modulation and immune function, and its cognitive effects are secondary.",
        ],
        "changed": {
            "role_swap": "Selank is derived from tuftsin and has primary cognitive effects, with secondary activity in anxiety modulation and immune function.",
            # merge: ACTH(4-7) is the parent of Semax, from the next key finding
            "merge": "Selank is derived from ACTH(4-7) and has primary activity in anxiety modulation and immune function, with secondary cognitive effects.",
            "substitution": "Selank is derived from tuftsin and has primary activity in anxiety modulation and digestive function, with secondary cognitive effects.",
        },
    },
    {
        "article": C,
        "sentence": "Intranasal delivery is the most studied and clinically relevant administration route for both compounds.",
        "faithful": [
            "Intranasal delivery is the most studied and most clinically relevant administration route for both compounds.",
            "For both Selank and Semax, the administration route that has been studied most and is most clinically relevant is intranasal delivery.",
        ],
        "changed": {
            "substitution": "Oral delivery is the most studied and clinically relevant administration route for both compounds.",
            "scope": "Intranasal delivery is the most studied and clinically relevant administration route for all neuropeptides.",
            "quantifier": "Intranasal delivery is the most studied and clinically relevant administration route for only one of the two compounds.",
        },
    },
    {
        "article": C,
        "sentence": "Both have clinical registration in Russia for specific indications.",
        "faithful": [
            "Both peptides have clinical registration in Russia for specific indications.",
            "In Russia, each of the two is clinically registered for particular indications.",
        ],
        "changed": {
            "substitution": "Both have clinical registration in Germany for specific indications.",
            "scope": "Both have clinical registration in Russia for all indications.",
            "quantifier": "Only one of them has clinical registration in Russia for specific indications.",
        },
    },
    {
        "article": C,
        "sentence": "All compounds discussed are available in our catalog of buy research peptides — 18 compounds, 99%+ purity, Aegis-verified COA.",
        "faithful": [
            "All compounds discussed are available in the catalog of research peptides: 18 compounds, 99%+ purity, Aegis-verified COA.",
            "Every compound discussed can be bought from the vendor's research-peptide catalog, which lists 18 compounds at 99%+ purity with an Aegis-verified COA.",
        ],
        "changed": {
            "number": "All compounds discussed are available in the catalog of research peptides: 28 compounds, 99%+ purity, Aegis-verified COA.",
            "number_2": "All compounds discussed are available in the catalog of research peptides: 18 compounds, 95%+ purity, Aegis-verified COA.",
            "attribution": "All compounds discussed are available in the catalog of research peptides: 18 compounds, 99%+ purity, FDA-verified COA.",
            "quantifier": "Only some of the compounds discussed are available in the catalog of research peptides: 18 compounds, 99%+ purity, Aegis-verified COA.",
        },
    },
    {
        "article": C,
        "sentence": "This is not coincidental - it reflects the fact that BDNF is a central mechanism in both anxiety resolution and cognitive enhancement.",
        "faithful": [
            "This is not coincidental: it reflects the fact that BDNF is a central mechanism in both anxiety resolution and cognitive enhancement.",
            "The overlap is no coincidence, because BDNF is a central mechanism in cognitive enhancement as well as in resolving anxiety.",
        ],
        "changed": {
            "negation_dropped": "This is coincidental, even though BDNF is a central mechanism in both anxiety resolution and cognitive enhancement.",
            "substitution": "This is not coincidental: it reflects the fact that BDNF is a central mechanism in both pain relief and cognitive enhancement.",
            "quantifier": "This is not coincidental: it reflects the fact that BDNF is the only mechanism in both anxiety resolution and cognitive enhancement.",
        },
    },
    {
        "article": C,
        "sentence": "Both compounds arrive at elevated BDNF through different routes.",
        "faithful": [
            "The two compounds arrive at elevated BDNF through different routes.",
            "Selank and Semax each raise BDNF levels, but by different pathways.",
        ],
        "changed": {
            "direction": "Both compounds arrive at reduced BDNF through different routes.",
            "antonym": "Both compounds arrive at elevated BDNF through the same route.",
        },
    },
    {
        "article": C,
        "sentence": "The simplest way to characterize the divergence: Selank calms, Semax activates.",
        "faithful": [
            "The simplest way to characterize the divergence is that Selank calms and Semax activates.",
            "Put most simply, the two differ in that Selank has a calming effect while Semax has an activating one.",
        ],
        "changed": {
            "role_swap": "The simplest way to characterize the divergence is that Semax calms and Selank activates.",
            "antonym": "The simplest way to characterize the divergence is that Selank agitates and Semax activates.",
        },
    },
    {
        "article": C,
        "sentence": "Researchers report meaningfully different subjective and objective response profiles between the two compounds.",
        "faithful": [
            "Researchers report meaningfully different subjective and objective response profiles for the two compounds.",
            "According to researchers, the two compounds produce response profiles that differ meaningfully, both subjectively and objectively.",
        ],
        "changed": {
            "antonym": "Researchers report essentially identical subjective and objective response profiles between the two compounds.",
            "attribution": "Patients report meaningfully different subjective and objective response profiles between the two compounds.",
        },
    },
    {
        "article": C,
        "sentence": "Chronic anxiety suppresses hippocampal neuroplasticity and working memory through cortisol-mediated BDNF suppression.",
        "faithful": [
            "Chronic anxiety suppresses hippocampal neuroplasticity and working memory via cortisol-mediated suppression of BDNF.",
            "Through cortisol-driven suppression of BDNF, chronic anxiety dampens working memory and neuroplasticity in the hippocampus.",
        ],
        "changed": {
            "substitution": "Chronic anxiety suppresses hippocampal neuroplasticity and working memory through adrenaline-mediated BDNF suppression.",
            "role_swap": "Suppressed hippocampal neuroplasticity and working memory produce chronic anxiety through cortisol-mediated BDNF suppression.",
            "substitution_2": "Chronic anxiety suppresses hippocampal neuroplasticity and long-term memory through cortisol-mediated BDNF suppression.",
        },
    },
    {
        "article": C,
        "sentence": "Selank addresses the anxiety state that is suppressing neuroplasticity.",
        "faithful": [
            "Selank addresses the anxiety state that suppresses neuroplasticity.",
            "The anxiety state that holds back neuroplasticity is what Selank addresses.",
        ],
        "changed": {
            "role_swap": "Semax addresses the anxiety state that is suppressing neuroplasticity.",
            "direction": "Selank addresses the anxiety state that is enhancing neuroplasticity.",
        },
    },
    {
        "article": C,
        "sentence": "It reduces anxiety without sedation and has been studied specifically as an anxiolytic in Russian clinical settings.",
        "faithful": [
            "Selank reduces anxiety without sedation and has been studied specifically as an anxiolytic in Russian clinical settings.",
            "It has been studied specifically as an anxiolytic in clinical settings in Russia, and it lowers anxiety without causing sedation.",
        ],
        "changed": {
            "venue": "It reduces anxiety without sedation and has been studied specifically as an anxiolytic in American clinical settings.",
            "evidence_level": "It reduces anxiety without sedation and has been studied specifically as an anxiolytic in Russian animal experiments.",
            "negation_dropped": "It reduces anxiety with sedation and has been studied specifically as an anxiolytic in Russian clinical settings.",
        },
    },
    {
        "article": C,
        "sentence": "Both compounds are primarily studied via intranasal administration in published Russian clinical research.",
        "faithful": [
            "Both compounds are mainly studied via intranasal administration in published Russian clinical research.",
            "In the published Russian clinical research, intranasal administration is the primary route by which both compounds are studied.",
        ],
        "changed": {
            "evidence_level": "Both compounds are primarily studied via intranasal administration in published Russian animal research.",
            "venue": "Both compounds are primarily studied via intranasal administration in published Japanese clinical research.",
            "substitution": "Both compounds are primarily studied via subcutaneous administration in published Russian clinical research.",
        },
    },
    {
        "article": D,
        "sentence": "It is primarily studied for reducing stress, improving mood, and enhancing focus without the side effects of traditional anxiolytics.",
        "faithful": [
            "Selank is primarily studied for reducing stress, improving mood, and enhancing focus without the side effects of traditional anxiolytics.",
            "Research on it centres mainly on lowering stress, lifting mood and sharpening focus while avoiding the side effects of traditional anxiolytics.",
        ],
        "changed": {
            "substitution": "It is primarily studied for reducing stress, improving appetite, and enhancing focus without the side effects of traditional anxiolytics.",
            "comparator": "It is primarily studied for reducing stress, improving mood, and enhancing focus without the side effects of traditional stimulants.",
            "direction": "It is primarily studied for reducing stress, improving mood, and reducing focus without the side effects of traditional anxiolytics.",
        },
    },
    {
        "article": D,
        "sentence": "Selank is chiefly used for its anxiolytic (anti-anxiety) and anti-stress effects, often without causing sedation.",
        "faithful": [
            "Selank is chiefly used for its anxiolytic (anti-anxiety) and anti-stress effects, frequently without causing sedation.",
            "People mainly use Selank for its anti-anxiety and anti-stress effects, and it often does not cause sedation.",
        ],
        "changed": {
            "quantifier": "Selank is chiefly used for its anxiolytic (anti-anxiety) and anti-stress effects, always without causing sedation.",
            "negation_dropped": "Selank is chiefly used for its anxiolytic (anti-anxiety) and anti-stress effects, often causing sedation.",
            "substitution": "Selank is chiefly used for its anxiolytic (anti-anxiety) and anti-nausea effects, often without causing sedation.",
        },
    },
    {
        "article": D,
        "sentence": "Compared to traditional anxiolytics like benzodiazepines, Selank is not associated with dependence, tolerance, or withdrawal symptoms.",
        "faithful": [
            "Compared with traditional anxiolytics such as benzodiazepines, Selank is not associated with dependence, tolerance, or withdrawal symptoms.",
            "Unlike traditional anxiolytics such as benzodiazepines, Selank has not been linked to dependence, tolerance or withdrawal symptoms.",
        ],
        "changed": {
            "negation_dropped": "Compared to traditional anxiolytics like benzodiazepines, Selank is associated with dependence, tolerance, or withdrawal symptoms.",
            "comparator": "Compared to traditional antidepressants like SSRIs, Selank is not associated with dependence, tolerance, or withdrawal symptoms.",
            "substitution": "Compared to traditional anxiolytics like benzodiazepines, Selank is not associated with dependence, tolerance, or memory loss.",
        },
    },
    {
        "article": D,
        "sentence": "Due to poor oral stability, it is administered as an intranasal spray or subcutaneous injection for effective absorption.",
        "faithful": [
            "Because of poor oral stability, it is administered as an intranasal spray or subcutaneous injection for effective absorption.",
            "Since it is not stable when taken by mouth, it is given as a nasal spray or an injection under the skin so that it is absorbed effectively.",
        ],
        "changed": {
            "antonym": "Due to good oral stability, it is administered as an intranasal spray or subcutaneous injection for effective absorption.",
            "substitution": "Due to poor oral stability, it is administered as an intranasal spray or intramuscular injection for effective absorption.",
            "substitution_2": "Due to poor oral stability, it is administered as an eye drop or subcutaneous injection for effective absorption.",
        },
    },
    {
        "article": D,
        "sentence": "Selank (Thr-Lys-Pro-Arg-Pro-Gly-Pro) is a synthetic heptapeptide, a short chain of amino acids, derived from a naturally occurring human peptide called tuftsin.",
        "faithful": [
            "Selank (Thr-Lys-Pro-Arg-Pro-Gly-Pro) is a synthetic heptapeptide, a short amino-acid chain, derived from a naturally occurring human peptide called tuftsin.",
            "Derived from tuftsin, a naturally occurring human peptide, Selank (Thr-Lys-Pro-Arg-Pro-Gly-Pro) is a synthetic heptapeptide, that is, a short chain of amino acids.",
        ],
        "changed": {
            "antonym": "Selank (Thr-Lys-Pro-Arg-Pro-Gly-Pro) is a synthetic heptapeptide, a long chain of amino acids, derived from a naturally occurring human peptide called tuftsin.",
            "number_word": "Selank (Thr-Lys-Pro-Arg-Pro-Gly-Pro) is a synthetic chain of eight amino acids derived from a naturally occurring human peptide called tuftsin.",
            "substitution": "Selank (Thr-Lys-Pro-Arg-Pro-Gly-Pro) is a synthetic heptapeptide, a short chain of amino acids, derived from a naturally occurring bacterial peptide called tuftsin.",
        },
    },
    {
        "article": D,
        "sentence": "Selank's effects stem from its complex interaction with several key systems in the brain.",
        "faithful": [
            "Selank's effects stem from its complex interaction with several key brain systems.",
            "The effects of Selank arise from the complex way it interacts with a number of key systems in the brain.",
        ],
        "changed": {
            "quantifier": "Selank's effects stem from its complex interaction with a single key system in the brain.",
            "substitution": "Selank's effects stem from its complex interaction with several key systems in the gut.",
        },
    },
    {
        "article": D,
        "sentence": "This action can boost mood and counteract the stress response.",
        "faithful": [
            "This action can lift mood and counteract the stress response.",
            "The stress response can be counteracted and mood boosted by this action.",
        ],
        "changed": {
            "hedge_dropped": "This action boosts mood and counteracts the stress response.",
            "direction": "This action can boost mood and amplify the stress response.",
        },
    },
    {
        "article": D,
        "sentence": "The most prominent use of Selank is for managing anxiety and stress.",
        "faithful": [
            "Selank's most prominent use is for managing anxiety and stress.",
            "Of all Selank's uses, the most prominent is the management of anxiety and stress.",
        ],
        "changed": {
            "substitution": "The most prominent use of Selank is for managing insomnia and stress.",
            "quantifier": "The only use of Selank is for managing anxiety and stress.",
            # merge: ADHD symptoms come from the focus-and-attention bullet, not the anxiety use
            "merge": "The most prominent use of Selank is for managing anxiety and stress in people with ADHD symptoms.",
        },
    },
    {
        "article": D,
        "sentence": "While it is an approved medication in Russia, it remains unapproved by the FDA in the United States and should be approached with caution and under medical supervision.",
        "faithful": [
            "Although it is an approved medication in Russia, it is still unapproved by the FDA in the United States and should be approached with caution and under medical supervision.",
            "It is an approved medication in Russia, but the FDA has not approved it in the United States, and it should be approached cautiously and under medical supervision.",
        ],
        "changed": {
            "substitution": "While it is an approved medication in Brazil, it remains unapproved by the FDA in the United States and should be approached with caution and under medical supervision.",
            "negation_dropped": "While it is an approved medication in Russia, it has also been approved by the FDA in the United States and should be approached with caution and under medical supervision.",
        },
    },
    {
        "article": D,
        "sentence": "It can be obtained with a prescription from a compounding pharmacy or is sometimes sold online as a 'research chemical'.",
        "faithful": [
            "It can be obtained with a prescription from a compounding pharmacy, or is sometimes sold online as a 'research chemical'.",
            "Besides being available on prescription from compounding pharmacies, it is at times sold online as a 'research chemical'.",
        ],
        "changed": {
            "substitution": "It can be obtained with a prescription from a hospital pharmacy or is sometimes sold online as a 'research chemical'.",
            "quantifier": "It can be obtained with a prescription from a compounding pharmacy or is usually sold online as a 'research chemical'.",
            "negation_added": "It can be obtained without a prescription from a compounding pharmacy or is sometimes sold online as a 'research chemical'.",
        },
    },
    {
        "article": D,
        "sentence": "Selank is generally well-tolerated with rare and mild side effects.",
        "faithful": [
            "Selank is generally well tolerated, with rare and mild side effects.",
            "Side effects of Selank are rare and mild, and it is generally well tolerated.",
        ],
        "changed": {
            "antonym": "Selank is generally well-tolerated with frequent and mild side effects.",
            "antonym_2": "Selank is generally well-tolerated with rare but severe side effects.",
        },
    },
    {
        "article": D,
        "sentence": "These can include mild headaches, temporary fatigue, or irritation at the administration site (e.g., nasal irritation from a spray).",
        "faithful": [
            "These can include mild headaches, temporary fatigue, or irritation at the administration site, such as nasal irritation from a spray.",
            "Possible side effects include mild headaches, short-lived fatigue and irritation where it is administered, for example nasal irritation caused by a spray.",
        ],
        "changed": {
            "substitution": "These can include mild nausea, temporary fatigue, or irritation at the administration site (e.g., nasal irritation from a spray).",
            "antonym": "These can include mild headaches, persistent fatigue, or irritation at the administration site (e.g., nasal irritation from a spray).",
            "substitution_2": "These can include mild headaches, temporary fatigue, or irritation at the administration site (e.g., throat irritation from a spray).",
        },
    },
    {
        "article": E,
        "sentence": "Its publication record — almost entirely Russian-language — includes direct head-to-head comparisons against benzodiazepines.",
        "faithful": [
            "Its publication record, almost entirely in Russian, includes direct head-to-head comparisons against benzodiazepines.",
            "Selank's publication record, which is almost entirely in the Russian language, contains direct head-to-head comparisons with benzodiazepines.",
        ],
        "changed": {
            "venue": "Its publication record, almost entirely English-language, includes direct head-to-head comparisons against benzodiazepines.",
            "quantifier": "Its publication record, only partly Russian-language, includes direct head-to-head comparisons against benzodiazepines.",
            "comparator": "Its publication record, almost entirely Russian-language, includes direct head-to-head comparisons against SSRIs.",
        },
    },
    {
        "article": E,
        "sentence": "The reported outcome of those comparisons is the reason the comparison is interesting in the first place: anxiolytic efficacy in the same range as short-course benzodiazepine therapy, with a categorically different side-effect signature.",
        "faithful": [
            "The reported outcome of those comparisons, anxiolytic efficacy in the same range as short-course benzodiazepine therapy with a categorically different side-effect signature, is the reason the comparison is interesting in the first place.",
            "What makes the comparison interesting at all is its reported result: anxiolytic efficacy comparable to that of short-course benzodiazepine therapy, paired with a categorically different side-effect signature.",
        ],
        "changed": {
            "antonym": "The reported outcome of those comparisons was anxiolytic efficacy in the same range as short-course benzodiazepine therapy, with a largely similar side-effect signature.",
            "comparator": "The reported outcome of those comparisons was anxiolytic efficacy in the same range as short-course SSRI therapy, with a categorically different side-effect signature.",
            "direction": "The reported outcome of those comparisons was anxiolytic efficacy well above that of short-course benzodiazepine therapy, with a categorically different side-effect signature.",
        },
    },
    {
        "article": E,
        "sentence": "Benzodiazepines act on GABA-A receptors at a well-characterized allosteric site.",
        "faithful": [
            "Benzodiazepines act at a well-characterized allosteric site on GABA-A receptors.",
            "The allosteric site through which benzodiazepines act on GABA-A receptors is well characterized.",
        ],
        "changed": {
            "antonym": "Benzodiazepines act on GABA-A receptors at a poorly characterized allosteric site.",
            "substitution": "Benzodiazepines act on NMDA receptors at a well-characterized allosteric site.",
        },
    },
    {
        "article": E,
        "sentence": "Selank’s anxiolytic effect in animal and human studies is most consistently attributed to GABAergic modulation as well, though through a different binding interaction",
        "faithful": [
            "Selank's anxiolytic effect in animal and human studies is most consistently attributed to GABAergic modulation as well, though through a different binding interaction.",
            "In both animal and human studies, GABAergic modulation, acting through a different binding interaction, is the explanation most consistently given for Selank's anxiolytic effect.",
        ],
        "changed": {
            "evidence_level": "Selank's anxiolytic effect in cell-culture studies is most consistently attributed to GABAergic modulation as well, though through a different binding interaction.",
            "antonym": "Selank's anxiolytic effect in animal and human studies is most consistently attributed to GABAergic modulation as well, through the same binding interaction.",
            "certainty_added": "Selank's anxiolytic effect in animal and human studies has been proven to result from GABAergic modulation as well, though through a different binding interaction.",
        },
    },
    {
        "article": E,
        "sentence": "If the divergence is real, it tells you something about how finely-grained GABA-A pharmacology can be",
        "faithful": [
            "If the divergence is real, it tells you something about how finely grained GABA-A pharmacology can be.",
            "Should the divergence prove real, it would reveal something about how finely grained GABA-A pharmacology can be.",
        ],
        "changed": {
            "certainty_added": "The divergence is real, and it tells you something about how finely-grained GABA-A pharmacology can be.",
            "antonym": "If the divergence is real, it tells you something about how coarse-grained GABA-A pharmacology can be.",
            "substitution": "If the divergence is real, it tells you something about how finely-grained opioid pharmacology can be.",
        },
    },
    {
        "article": E,
        "sentence": "The mechanistic claim made consistently in the Russian Selank literature is that Selank modulates GABAergic signaling withoutbinding the benzodiazepine site.",
        "faithful": [
            "The mechanistic claim made consistently in the Russian Selank literature is that Selank modulates GABAergic signaling without binding the benzodiazepine site.",
            "Russian papers on Selank consistently claim that it modulates GABAergic signaling without binding to the benzodiazepine site.",
        ],
        "changed": {
            "attribution": "The mechanistic claim made consistently in Western Selank reviews is that Selank modulates GABAergic signaling without binding the benzodiazepine site.",
            "negation_dropped": "The mechanistic claim made consistently in the Russian Selank literature is that Selank modulates GABAergic signaling by binding the benzodiazepine site.",
            "quantifier": "The mechanistic claim made only occasionally in the Russian Selank literature is that Selank modulates GABAergic signaling without binding the benzodiazepine site.",
        },
    },
    {
        "article": E,
        "sentence": "Volkova and colleagues (2016) frame this as the core pharmacological distinction: Selank achieves a benzodiazepine-range anxiolytic phenotype through a different molecular interaction with the GABA-A system, and as a result does not produce the α1-subtype-mediated sedation and motor effects that come bundled with classical benzodiazepines",
        "faithful": [
            "Volkova and colleagues (2016) frame this as the core pharmacological distinction: Selank achieves a benzodiazepine-range anxiolytic phenotype through a different molecular interaction with the GABA-A system, and so does not produce the α1-subtype-mediated sedation and motor effects bundled with classical benzodiazepines.",
            "According to Volkova and colleagues (2016), the core pharmacological distinction is that Selank reaches a benzodiazepine-range anxiolytic phenotype via a different molecular interaction with the GABA-A system and, as a result, avoids the α1-subtype-mediated sedation and motor effects that come bundled with classical benzodiazepines.",
        ],
        "changed": {
            "attribution": "Kozlovskii and colleagues (2016) frame this as the core pharmacological distinction: Selank achieves a benzodiazepine-range anxiolytic phenotype through a different molecular interaction with the GABA-A system, and as a result does not produce the α1-subtype-mediated sedation and motor effects that come bundled with classical benzodiazepines.",
            "number": "Volkova and colleagues (2012) frame this as the core pharmacological distinction: Selank achieves a benzodiazepine-range anxiolytic phenotype through a different molecular interaction with the GABA-A system, and as a result does not produce the α1-subtype-mediated sedation and motor effects that come bundled with classical benzodiazepines.",
            "negation_dropped": "Volkova and colleagues (2016) frame this as the core pharmacological distinction: Selank achieves a benzodiazepine-range anxiolytic phenotype through a different molecular interaction with the GABA-A system, and as a result produces the α1-subtype-mediated sedation and motor effects that come bundled with classical benzodiazepines.",
        },
    },
    {
        "article": E,
        "sentence": "All three are in Russian-language journals; all three come from labs within the Ashmarin–Myasoedov institutional network.",
        "faithful": [
            "All three are in Russian-language journals, and all three come from labs within the Ashmarin–Myasoedov institutional network.",
            "Each of the three reports appeared in a Russian-language journal and came from a lab inside the Ashmarin–Myasoedov institutional network.",
        ],
        "changed": {
            "number_word": "All four are in Russian-language journals, and all four come from labs within the Ashmarin–Myasoedov institutional network.",
            "quantifier": "Two of the three are in Russian-language journals, and all three come from labs within the Ashmarin–Myasoedov institutional network.",
            "venue": "All three are in English-language journals, and all three come from labs within the Ashmarin–Myasoedov institutional network.",
        },
    },
    {
        "article": E,
        "sentence": "Anxiolytic efficacy without sedation and without dependence is a thing physicians have wanted for decades; the buspirone-class partial 5-HT₁₀ agonists addressed some of it but with weaker acute efficacy.",
        "faithful": [
            "Anxiolytic efficacy without sedation and without dependence is something physicians have wanted for decades; the buspirone-class partial 5-HT₁₀ agonists addressed some of it but with weaker acute efficacy.",
            "Physicians have wanted anxiolytic efficacy free of sedation and dependence for decades, and the buspirone-class partial 5-HT₁₀ agonists met part of that need, though with weaker acute efficacy.",
        ],
        "changed": {
            "time_unit": "Anxiolytic efficacy without sedation and without dependence is something physicians have wanted for months; the buspirone-class partial 5-HT₁₀ agonists addressed some of it but with weaker acute efficacy.",
            "antonym": "Anxiolytic efficacy without sedation and without dependence is something physicians have wanted for decades; the buspirone-class partial 5-HT₁₀ agonists addressed some of it but with stronger acute efficacy.",
            "substitution": "Anxiolytic efficacy without sedation and without dependence is something insurers have wanted for decades; the buspirone-class partial 5-HT₁₀ agonists addressed some of it but with weaker acute efficacy.",
        },
    },
    {
        "article": E,
        "sentence": "One pathway Selank engages that benzodiazepines do not is the inhibition of enkephalin-degrading enzymes.",
        "faithful": [
            "One pathway that Selank engages but benzodiazepines do not is the inhibition of enkephalin-degrading enzymes.",
            "Unlike benzodiazepines, Selank engages a pathway that inhibits the enzymes which break down enkephalins.",
        ],
        "changed": {
            "role_swap": "One pathway benzodiazepines engage that Selank does not is the inhibition of enkephalin-degrading enzymes.",
            "direction": "One pathway Selank engages that benzodiazepines do not is the activation of enkephalin-degrading enzymes.",
            "substitution": "One pathway Selank engages that benzodiazepines do not is the inhibition of serotonin-degrading enzymes.",
        },
    },
    {
        "article": E,
        "sentence": "The clinical contribution of the enkephalin pathway to Selank’s overall phenotype is not fully quantified, but the pathway is a plausible part of the explanation for why Selank produces a calming effect without the BZD-typical bundle — the GABAergic modulation provides the anxiolytic floor, and the enkephalin pathway provides a separable affective lift.",
        "faithful": [
            "The clinical contribution of the enkephalin pathway to Selank's overall phenotype is not fully quantified, but the pathway is a plausible part of the explanation for why Selank calms without the BZD-typical bundle: GABAergic modulation provides the anxiolytic floor and the enkephalin pathway a separable affective lift.",
            "Although how much the enkephalin pathway contributes clinically to Selank's overall phenotype has not been fully quantified, it plausibly helps explain why Selank produces a calming effect without the bundle typical of benzodiazepines, with GABAergic modulation supplying the anxiolytic floor and the enkephalin pathway a separable affective lift.",
        ],
        "changed": {
            "hedge_dropped": "The clinical contribution of the enkephalin pathway to Selank's overall phenotype is not fully quantified, but the pathway explains why Selank produces a calming effect without the BZD-typical bundle.",
            "negation_dropped": "The clinical contribution of the enkephalin pathway to Selank's overall phenotype has been fully quantified, and the pathway is a plausible part of the explanation for why Selank produces a calming effect without the BZD-typical bundle.",
            "role_swap": "In Selank, the enkephalin pathway provides the anxiolytic floor, and the GABAergic modulation provides a separable affective lift.",
        },
    },
    {
        "article": E,
        "sentence": "This is the same pattern that applies to BPC-157 (the Sikirić group at Zagreb) — the literature is large enough to be internally consistent and small enough that independent replication is not yet a feature of the evidence base.",
        "faithful": [
            "This is the same pattern that applies to BPC-157 (the Sikirić group at Zagreb): the literature is large enough to be internally consistent and small enough that independent replication is not yet a feature of the evidence base.",
            "As with BPC-157 and the Sikirić group at Zagreb, the literature is big enough to be internally consistent yet small enough that independent replication is not yet part of the evidence base.",
        ],
        "changed": {
            "venue": "This is the same pattern that applies to BPC-157 (the Sikirić group at Belgrade): the literature is large enough to be internally consistent and small enough that independent replication is not yet a feature of the evidence base.",
            "negation_dropped": "This is the same pattern that applies to BPC-157 (the Sikirić group at Zagreb): the literature is large enough to be internally consistent, and independent replication is already a feature of the evidence base.",
            # merge: the Ashmarin-Myasoedov network is the Selank program, from the sentence just before
            "merge": "This is the same pattern that applies to BPC-157 (the Ashmarin–Myasoedov group at Zagreb): the literature is large enough to be internally consistent and small enough that independent replication is not yet a feature of the evidence base.",
        },
    },
]
