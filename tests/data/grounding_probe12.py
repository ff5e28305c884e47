"""Twelfth seed-article near-miss probe for the grounder (written blind by a helper).

Same shape as ``grounding_probe10.py``: an article under shared/articles, a verbatim stretch of
it (one sentence, or two consecutive sentences of one paragraph), ``faithful`` (two claims that
must be ``supported``) and ``changed`` (three or four claims that each change exactly one detail
and must not be ``supported``), labelled by the kind of change. As in ``grounding_probe10.py``,
the claims are written the way a small instruction-tuned language model (0.5B to 1.5B
parameters) summarising the article would write them: short, reordered, the subject named
("Selank", "The Medvedev paper"), everyday words for rare ones, and every hedge, number, name,
population and condition that a faithful claim keeps, kept.

New in this probe: the weight is on the subtle kinds of change that are hardest to catch and that
small models really produce. Each of these kinds has at least 25 changed claims:

* ``list_swap``: one list item replaced by a plausible one the article does not give ("nausea"
  among the benzodiazepine-site effects, "panic disorders" for "somatoform disorders");
* ``role_swap``: who did what to whom, or which of two compared things has which property
  (GABA enhancing the benzodiazepine, Semax's "calming clarity", the enkephalin pathway as the
  "anxiolytic floor");
* ``condition_dropped``: a restriction, population, setting, time window or condition dropped,
  so that the claim says more than the stretch ("under chronic stress", "in rats", "animals",
  "in behavioral studies", "at higher doses", "when taken orally", "with compounded drugs",
  "Phase 3", "by the FDA", "acute", "(unless noted)", "with prolonged continuous use", "if the
  divergence is real");
* ``merge``: a detail from another part of the same article attached to the wrong subject (a
  journal, a year, a comparator, a tissue, a dose range or a side effect moved from one finding
  to another); a comment says where the detail comes from;
* ``causal``: a cause stated where the article reports an association, a consistency, a sequence
  or two facts side by side;
* ``hedge_dropped`` ("may", "appears", "tends to", "typically", "about", "mainly", "most often",
  "largely", "some of", "partly" lost or turned into "only", "all" or "always") and
  ``added_detail`` (a specific detail the article does not give, often from general knowledge).

The one other claim uses ``evidence_level`` from ``grounding_probe10.py``; a second claim of
one kind takes the suffix ``_2``. In all: 197 changed claims (47 entries with four, 3 with three),
of which 31 ``merge``, 30 ``role_swap``, 30 ``added_detail``, 27 ``list_swap``, 26
``condition_dropped``, 26 ``hedge_dropped``, 26 ``causal`` and 1 ``evidence_level``. Each
changed claim was checked against the whole article, not only the stretch, so that the changed
detail is stated nowhere in it; each faithful claim is supported by the stretch alone.

Ten entries per article; eleven of the fifty (about a fifth) are two-sentence stretches. The
articles are used up, so 49 entries reuse a stretch (or contain a sentence) already used in
``grounding_probe.py`` to ``grounding_probe11.py`` and are marked ``"reused": True``; the one
new stretch, the long-term safety sentence of the anxiolytic article (A), is marked ``False``.
Forty of the stretches were not used by ``grounding_probe10.py`` or ``grounding_probe11.py``;
for the ten that were, other details are changed or the same detail is changed another way.
The entries were written before the grounder was run on them and none was picked or dropped by
how it does; ``split_of`` (sha256 of the sentence, from ``probe_articles``) divides them into a
``tune`` part, which rules may be fitted to, and a ``test`` part, read once at the end (here, by
the luck of the hash, 32 ``tune`` and 18 ``test``).
"""

# The sentences are verbatim, so Greek letters, en dashes and curly quotes stay.
# ruff: noqa: RUF001

from __future__ import annotations

from probe_articles import A, B, C, D, E, split_of

__all__ = ["PROBE", "split_of"]

PROBE: list[dict[str, object]] = [
    # ------------------------------------------------------------------ A
    {
        "article": A,
        "reused": True,
        "sentence": "Benzodiazepines reduce anxiety by binding to a specific allosteric site on the GABA-A receptor, enhancing the effect of GABA when it binds. This works — often powerfully — but the benzodiazepine binding site is also responsible for sedation, muscle relaxation, amnesia, and the receptor downregulation that leads to tolerance and dependence.",
        "faithful": [
            "Benzodiazepines reduce anxiety by binding to a specific allosteric site on the GABA-A receptor. That binding site is also responsible for sedation, muscle relaxation, amnesia and the receptor downregulation that leads to tolerance and dependence.",
            "By binding a specific allosteric site on the GABA-A receptor, benzodiazepines boost the effect of GABA and reduce anxiety, often powerfully.",
        ],
        "changed": {
            "list_swap": "Benzodiazepines reduce anxiety by binding to a specific allosteric site on the GABA-A receptor. That binding site is also responsible for sedation, muscle relaxation, nausea and the receptor downregulation that leads to tolerance and dependence.",
            "role_swap": "Benzodiazepines reduce anxiety by binding to a specific allosteric site on the GABA-A receptor, where GABA then enhances the effect of the benzodiazepine.",
            # merge: changing the expression of GABA receptor subunits is what the article says Selank does
            "merge": "Benzodiazepines reduce anxiety by binding to a specific allosteric site on the GABA-A receptor and by changing the expression of GABA receptor subunits.",
            "added_detail": "Benzodiazepines reduce anxiety by binding to a specific allosteric site on the GABA-A receptor. That site is also responsible for the receptor downregulation that leads to tolerance and dependence within a few weeks.",
        },
    },
    {
        "article": A,
        "reused": True,
        "sentence": "A study published in Eksperimental'naia i Klinicheskaia Farmakologiia confirmed that chronic Selank administration did not produce tolerance or withdrawal effects — a stark contrast to benzodiazepine pharmacology.",
        "faithful": [
            "A study in Eksperimental'naia i Klinicheskaia Farmakologiia confirmed that chronic Selank administration did not cause tolerance or withdrawal effects.",
            "Long-term Selank use produced no tolerance or withdrawal effects, in stark contrast to benzodiazepines, according to a study in Eksperimental'naia i Klinicheskaia Farmakologiia.",
        ],
        "changed": {
            "list_swap": "A study in Eksperimental'naia i Klinicheskaia Farmakologiia confirmed that chronic Selank administration did not cause tolerance or liver damage.",
            "role_swap": "A study in Eksperimental'naia i Klinicheskaia Farmakologiia confirmed that chronic benzodiazepine administration did not cause tolerance or withdrawal effects, in stark contrast to Selank.",
            # merge: the Bulletin of Experimental Biology and Medicine is the journal of the GABA finding
            "merge": "A study in the Bulletin of Experimental Biology and Medicine confirmed that chronic Selank administration did not cause tolerance or withdrawal effects.",
            "added_detail": "A study in Eksperimental'naia i Klinicheskaia Farmakologiia confirmed that a 30-day course of Selank did not cause tolerance or withdrawal effects.",
        },
    },
    {
        "article": A,
        "reused": True,
        "sentence": "The effect was not subtle — Selank-treated animals showed measurably faster acquisition of new information and better retention.",
        "faithful": [
            "Selank-treated animals learned new information measurably faster and retained it better.",
            "The effect was not subtle: animals given Selank picked up new information measurably faster and kept it better.",
        ],
        "changed": {
            "condition_dropped": "Selank measurably speeds up the learning of new information and improves how well it is retained.",
            "added_detail": "Selank-treated animals learned new information about twice as fast and retained it better.",
            "list_swap": "Selank-treated animals showed measurably faster learning of new information and better attention.",
            # merge: the elevated plus maze is one of the anxiety tests, not the learning tasks
            "merge": "In the elevated plus maze, Selank-treated animals learned new information measurably faster and retained it better.",
        },
    },
    {
        "article": A,
        "reused": True,
        "sentence": "Chronic anxiety impairs BDNF expression, which impairs neuroplasticity, which impairs cognitive function. By addressing both the anxiety and the BDNF deficit simultaneously, Selank may be breaking a vicious cycle rather than just treating one symptom.",
        "faithful": [
            "Chronic anxiety lowers BDNF expression, which impairs neuroplasticity and then cognitive function. By tackling both the anxiety and the BDNF deficit at once, Selank may be breaking a vicious cycle.",
            "Selank may be breaking a vicious cycle, rather than just treating one symptom, by addressing anxiety and the BDNF deficit at the same time.",
        ],
        "changed": {
            "hedge_dropped": "By tackling both the anxiety and the BDNF deficit at once, Selank breaks a vicious cycle rather than just treating one symptom.",
            "role_swap": "Chronic anxiety impairs neuroplasticity, which impairs BDNF expression, which impairs cognitive function.",
            # merge: the inflammatory component of anxiety comes from the immune section
            "merge": "By addressing both the anxiety and its inflammatory component at once, Selank may be breaking a vicious cycle rather than just treating one symptom.",
            "condition_dropped": "Anxiety impairs BDNF expression, which impairs neuroplasticity, which impairs cognitive function.",
        },
    },
    {
        "article": A,
        "reused": True,
        "sentence": "The intranasal route provides rapid onset — effects are generally observed within 10-15 minutes in behavioral studies — and a duration of action of several hours.",
        "faithful": [
            "Intranasal Selank has a rapid onset, with effects generally seen within 10-15 minutes in behavioral studies, and it acts for several hours.",
            "Given through the nose, Selank works for several hours after a rapid start.",
        ],
        "changed": {
            "condition_dropped": "Intranasal Selank generally takes effect within 10-15 minutes and acts for several hours.",
            "role_swap": "The intranasal route gives Selank effects that last 10-15 minutes and take several hours to begin.",
            # causal: enkephalin stabilization is a separate mechanism, not tied to the duration of action
            "causal": "Intranasal Selank acts for several hours because it slows the breakdown of enkephalins.",
            "added_detail": "Intranasal Selank has a rapid onset and a duration of action of several hours, about four to six.",
        },
    },
    {
        "article": A,
        "reused": True,
        "sentence": "Some researchers study them in combination, reasoning that the calming clarity of Selank plus the cognitive activation of Semax creates a balanced nootropic profile — alert but not anxious, calm but not sedated. The mechanistic rationale is sound, as they operate through largely complementary pathways, though combination research is still preliminary.",
        "faithful": [
            "Some researchers study Selank and Semax together, reasoning that Selank's calming clarity plus Semax's cognitive activation creates a balanced nootropic profile. The rationale is sound because they work through largely complementary pathways, though combination research is still preliminary.",
            "Combination research on Selank and Semax is still preliminary, though the two operate through largely complementary pathways.",
        ],
        "changed": {
            "role_swap": "Some researchers study Selank and Semax together, reasoning that Semax's calming clarity plus Selank's cognitive activation creates a balanced nootropic profile.",
            "hedge_dropped": "Combining Selank's calming clarity with Semax's cognitive activation creates a balanced nootropic profile, alert but not anxious.",
            "added_detail": "Combination research on Selank and Semax, limited so far to a few small animal studies, is still preliminary.",
            # merge: approval in Russia in 2009 is said of Selank only
            "merge": "Selank and Semax, both approved in Russia in 2009, are studied together by some researchers for a balanced nootropic profile.",
        },
    },
    {
        "article": A,
        "reused": True,
        "sentence": "Semax is primarily activating with neuroprotective properties. It enhances attention, motivation, and cognitive processing speed through dopaminergic and serotonergic modulation, BDNF/NGF upregulation, and NMDA receptor effects.",
        "faithful": [
            "Semax is mainly activating and has neuroprotective properties. It boosts attention, motivation and cognitive processing speed through dopamine and serotonin modulation, BDNF/NGF upregulation and NMDA receptor effects.",
            "Semax, which is primarily activating, improves attention, motivation and processing speed.",
        ],
        "changed": {
            "list_swap": "Semax is mainly activating and has neuroprotective properties. It boosts attention, motivation and cognitive processing speed through dopamine and serotonin modulation, BDNF/NGF upregulation and AMPA receptor effects.",
            # merge: immunomodulatory properties are what the article gives Selank (from tufsin)
            "merge": "Semax is primarily activating with immunomodulatory properties.",
            "role_swap": "Selank, not Semax, enhances attention, motivation and cognitive processing speed through dopaminergic and serotonergic modulation.",
            "causal": "Because it is neuroprotective, Semax enhances attention, motivation and cognitive processing speed.",
        },
    },
    {
        "article": A,
        "reused": True,
        "sentence": "Studies examining chronic dosing in animal models found sustained anxiolytic efficacy without the dose escalation that characterizes benzodiazepine tolerance.",
        "faithful": [
            "Studies of chronic Selank dosing in animal models found that its anti-anxiety effect lasted without the dose escalation seen with benzodiazepine tolerance.",
            "In animal models, chronic dosing of Selank kept its anxiolytic effect without any need to escalate the dose.",
        ],
        "changed": {
            # merge: Doklady Biological Sciences is the journal of the cytokine findings
            "merge": "Studies of chronic Selank dosing in animal models, published in Doklady Biological Sciences, found sustained anxiolytic efficacy without dose escalation.",
            "role_swap": "Studies of chronic dosing in animal models found that benzodiazepines kept their anxiolytic effect without the dose escalation that characterizes Selank tolerance.",
            "causal": "In animal models, chronic Selank dosing kept its anxiolytic effect because Selank raises BDNF.",
            "added_detail": "Studies of six months of chronic Selank dosing in animal models found sustained anxiolytic efficacy without dose escalation.",
        },
    },
    {
        "article": A,
        "reused": True,
        "sentence": "Intranasal delivery is the standard research route and appears to be the most practical for CNS effects.",
        "faithful": [
            "Intranasal delivery is the standard research route for Selank and appears to be the most practical for CNS effects.",
            "For effects on the central nervous system, giving Selank through the nose seems to be the most practical option, and it is the standard research route.",
        ],
        "changed": {
            "condition_dropped": "Intranasal delivery is the standard research route and appears to be the most practical way to take Selank.",
            "added_detail": "Intranasal delivery, usually twice a day, is the standard research route and appears to be the most practical for CNS effects.",
            "hedge_dropped": "Intranasal delivery is the standard research route and the most practical one for CNS effects.",
            "causal": "Intranasal delivery appears to be the most practical for CNS effects because it is the standard research route.",
        },
    },
    {
        "article": A,
        "reused": False,
        "sentence": "Long-term safety data from large populations is not yet available.",
        "faithful": [
            "Long-term safety data on Selank from large populations is not yet available.",
            "There is still no long-term safety data for Selank from large groups of people.",
        ],
        "changed": {
            "condition_dropped": "No long-term safety data on Selank is available yet.",
            "causal": "Long-term safety data on Selank from large populations is not yet available because most Selank studies were run in Russia.",
            "added_detail": "Long-term safety data on Selank from large populations is not yet available, though a Western trial is under way.",
        },
    },
    # ------------------------------------------------------------------ B
    {
        "article": B,
        "reused": True,
        "sentence": "At the preclinical level, the 2017 rat study showed it potentiating the calming effect of diazepam under chronic stress.",
        "faithful": [
            "At the preclinical level, a 2017 rat study showed Selank boosting the calming effect of diazepam under chronic stress.",
            "Under chronic stress, Selank strengthened diazepam's calming effect in the 2017 rat study.",
        ],
        "changed": {
            "condition_dropped": "At the preclinical level, a 2017 rat study showed Selank boosting the calming effect of diazepam.",
            "condition_dropped_2": "Under chronic stress, Selank strengthens the calming effect of diazepam.",
            # merge: Protein and Peptide Letters is the journal of the 2018 laboratory study
            "merge": "A 2017 rat study in Protein and Peptide Letters showed Selank boosting the calming effect of diazepam under chronic stress.",
            # causal: the article says only that the rat study added a behavioral piece to the receptor picture
            "causal": "Because it is a positive allosteric modulator of GABA receptors, Selank boosted the calming effect of diazepam under chronic stress in a 2017 rat study.",
        },
    },
    {
        "article": B,
        "reused": True,
        "sentence": "A 2018 laboratory study in Protein and Peptide Letters reported that Selank acts as a positive allosteric modulator of GABA receptors, meaning it enhances the activity of the brain's main calming (GABA) system. This is the same broad pathway that benzodiazepines act on, though the binding appears to work differently, which the authors suggest may explain why Selank does not carry the same dependence and sedation profile as those drugs.",
        "faithful": [
            "A 2018 lab study in Protein and Peptide Letters reported that Selank is a positive allosteric modulator of GABA receptors, boosting the brain's main calming system. Benzodiazepines act on the same broad pathway, though the binding appears to work differently.",
            "The 2018 study's authors suggest that Selank's binding, which appears to differ from that of benzodiazepines, may explain why it lacks their dependence and sedation profile.",
        ],
        "changed": {
            "hedge_dropped": "A 2018 laboratory study showed that Selank binds differently from benzodiazepines, which explains why it does not carry their dependence and sedation profile.",
            "causal": "Selank enhances the brain's main calming system because it acts on the same broad pathway as benzodiazepines.",
            "role_swap": "The 2018 study's authors suggest that the different binding may explain why benzodiazepines do not carry Selank's dependence and sedation profile.",
            "list_swap": "The 2018 study's authors suggest that the different binding may explain why Selank does not carry the same dependence and weight-gain profile as benzodiazepines.",
        },
    },
    {
        "article": B,
        "reused": True,
        "sentence": "A 2008 study in generalized anxiety disorder and neurasthenia compared Selank with the benzodiazepine medazepam in 62 patients and reported a comparable anxiolytic effect, with Selank also showing antiasthenic and mild stimulant effects.",
        "faithful": [
            "A 2008 study of 62 patients with generalized anxiety disorder and neurasthenia found Selank's anxiolytic effect comparable to that of medazepam.",
            "In 62 patients with generalized anxiety disorder and neurasthenia, Selank reduced anxiety about as much as the benzodiazepine medazepam and also showed antiasthenic and mild stimulant effects, a 2008 study reported.",
        ],
        "changed": {
            "role_swap": "A 2008 study of 62 patients with generalized anxiety disorder and neurasthenia found Selank's anxiolytic effect comparable to medazepam's, with medazepam also showing antiasthenic and mild stimulant effects.",
            # merge: the week-long calming benefit after the last dose is from the 2014 phenazepam trial
            "merge": "A 2008 study of 62 patients with generalized anxiety disorder and neurasthenia found Selank comparable to medazepam, with the calming benefit persisting for about a week after the last dose.",
            "added_detail": "A 2008 double-blind study of 62 patients with generalized anxiety disorder and neurasthenia found Selank's anxiolytic effect comparable to medazepam's.",
            "condition_dropped": "Selank's anxiolytic effect is comparable to that of medazepam, and Selank also has antiasthenic and mild stimulant effects.",
        },
    },
    {
        "article": B,
        "reused": True,
        "sentence": "A 2014 comparative trial of 60 patients with phobic-anxiety and somatoform disorders compared Selank with phenazepam and reported a pronounced anxiolytic effect plus a mild nootropic effect, with the calming benefit persisting for about a week after the last dose.",
        "faithful": [
            "A 2014 trial of 60 patients with phobic-anxiety and somatoform disorders compared Selank with phenazepam and found a pronounced anxiolytic effect plus a mild nootropic effect.",
            "In the 2014 trial of 60 patients, Selank's calming benefit lasted for about a week after the last dose.",
        ],
        "changed": {
            "hedge_dropped": "In the 2014 trial of 60 patients, Selank's calming benefit lasted one week after the last dose.",
            "role_swap": "A 2014 trial of 60 patients with phobic-anxiety and somatoform disorders found a pronounced nootropic effect plus a mild anxiolytic effect for Selank.",
            "list_swap": "A 2014 trial of 60 patients with phobic-anxiety and panic disorders compared Selank with phenazepam and found a pronounced anxiolytic effect.",
            # merge: the antiasthenic effect is from the 2008 medazepam study
            "merge": "A 2014 trial of 60 patients compared Selank with phenazepam and found a pronounced anxiolytic effect plus an antiasthenic effect.",
        },
    },
    {
        "article": B,
        "reused": True,
        "sentence": "These are small studies concentrated in a few research groups rather than large, independent international trials.",
        "faithful": [
            "The human studies of Selank are small and concentrated in a few research groups.",
            "Rather than large, independent international trials, the Selank trials are small studies from a few research groups.",
        ],
        "changed": {
            "role_swap": "The Selank trials are large, independent international trials rather than small studies concentrated in a few research groups.",
            "causal": "The Selank trials are small because they are concentrated in a few research groups.",
            "added_detail": "The Selank trials are small, unblinded studies concentrated in a few research groups.",
            # merge: SCR and its licensed physicians coordinate peptide consideration; they run no trials
            "merge": "The Selank trials are small studies run through SCR's licensed physicians rather than large, independent international trials.",
        },
    },
    {
        "article": B,
        "reused": True,
        "sentence": "SCR coordinates any peptide consideration through licensed physicians, who decide whether it is appropriate for a given individual.",
        "faithful": [
            "SCR coordinates any peptide consideration through licensed physicians, who decide whether it is right for a given person.",
            "Licensed physicians decide whether a peptide is appropriate for a given individual, with SCR coordinating the process.",
        ],
        "changed": {
            "role_swap": "Licensed physicians coordinate any peptide consideration through SCR, which decides whether it is appropriate for a given individual.",
            "added_detail": "SCR coordinates any peptide consideration through licensed physicians, who decide after a blood test whether it is appropriate for a given individual.",
            # causal: the jurisdiction caveat and SCR's physician route are both in the article, unlinked
            "causal": "Because many of these compounds are not approved in all jurisdictions, SCR coordinates any peptide consideration through licensed physicians.",
            # merge: Russia is where the trials were run
            "merge": "SCR coordinates any peptide consideration through licensed physicians in Russia, who decide whether it is appropriate for a given individual.",
        },
    },
    {
        "article": B,
        "reused": True,
        "sentence": "Many of these compounds are investigational and not approved for the uses described in all jurisdictions.",
        "faithful": [
            "Many of these compounds are investigational and are not approved for the uses described in all jurisdictions.",
            "Many of the compounds discussed are still investigational, and not every jurisdiction approves them for the uses described.",
        ],
        "changed": {
            "condition_dropped": "Many of these compounds are investigational and not approved for the uses described.",
            "hedge_dropped": "All of these compounds are investigational and not approved for the uses described in all jurisdictions.",
            # merge: Russia is where the trials were run; the article names no approving country
            "merge": "Many of these compounds are investigational and approved for the uses described only in Russia.",
            "added_detail": "Many of these compounds are investigational and not approved by the FDA for the uses described.",
        },
    },
    {
        "article": B,
        "reused": True,
        "sentence": "Human evidence comes from a small set of Russian clinical trials, including studies in generalized anxiety and neurasthenia where its anxiolytic effect was comparable to benzodiazepines such as medazepam and phenazepam, with a milder side-effect profile.",
        "faithful": [
            "Human evidence for Selank comes from a small set of Russian clinical trials.",
            "In Russian trials in generalized anxiety and neurasthenia, Selank's anxiolytic effect was comparable to benzodiazepines such as medazepam and phenazepam, with milder side effects.",
        ],
        "changed": {
            "role_swap": "In Russian trials in generalized anxiety and neurasthenia, Selank's anxiolytic effect was comparable to medazepam and phenazepam, which had the milder side-effect profile.",
            "causal": "Selank had a milder side-effect profile than medazepam and phenazepam because it is modeled on tuftsin.",
            # merge: 2017 is the year of the rat study
            "merge": "Human evidence comes from a small set of Russian clinical trials, including a 2017 study in generalized anxiety and neurasthenia.",
            "condition_dropped": "Selank's anxiolytic effect is comparable to benzodiazepines such as medazepam and phenazepam, with a milder side-effect profile.",
        },
    },
    {
        "article": B,
        "reused": True,
        "sentence": "The wider context comes from a 2017 review of tuftsin and its analogues in Current Medicinal Chemistry, which places Selank within a family of tuftsin-derived peptides studied for immune-modulating, anti-inflammatory, and related activity. That lineage is why Selank has been examined for effects beyond anxiety, including attention and immune signaling.",
        "faithful": [
            "A 2017 review in Current Medicinal Chemistry places Selank within a family of tuftsin-derived peptides studied for immune-modulating, anti-inflammatory and related activity.",
            "Because of its tuftsin lineage, Selank has been examined for effects beyond anxiety, such as attention and immune signaling.",
        ],
        "changed": {
            "list_swap": "A 2017 review in Current Medicinal Chemistry places Selank within a family of tuftsin-derived peptides studied for immune-modulating, antiviral and related activity.",
            # merge: Protein and Peptide Letters is the journal of the 2018 receptor study
            "merge": "A 2017 review in Protein and Peptide Letters places Selank within a family of tuftsin-derived peptides.",
            "causal": "Selank's tuftsin lineage is why it improves attention and immune signaling.",
            "role_swap": "A 2017 review in Current Medicinal Chemistry places tuftsin within a family of Selank-derived peptides studied for immune-modulating and anti-inflammatory activity.",
        },
    },
    {
        "article": B,
        "reused": True,
        "sentence": "Selank is a synthetic heptapeptide built from seven amino acids, modeled on the naturally occurring immune peptide tuftsin and studied mainly for anxiety and stress-related symptoms.",
        "faithful": [
            "Selank is a synthetic heptapeptide of seven amino acids, modeled on the natural immune peptide tuftsin.",
            "Selank, a synthetic peptide modeled on tuftsin, is studied mainly for anxiety and stress-related symptoms.",
        ],
        "changed": {
            "hedge_dropped": "Selank, a synthetic peptide modeled on tuftsin, is studied only for anxiety and stress-related symptoms.",
            "role_swap": "Tuftsin is a synthetic heptapeptide modeled on the naturally occurring immune peptide Selank.",
            "list_swap": "Selank, a synthetic peptide modeled on tuftsin, is studied mainly for anxiety and sleep problems.",
            "added_detail": "Selank is a synthetic heptapeptide of seven amino acids, first made in the 1990s and modeled on the immune peptide tuftsin.",
        },
    },
    # ------------------------------------------------------------------ C
    {
        "article": C,
        "reused": True,
        "sentence": "In published research, Selank tends to produce sedation-adjacent effects at higher doses - consistent with its GABAergic mechanism. Semax tends to produce stimulatory and activating effects - consistent with its dopaminergic and BDNF-driven mechanisms.",
        "faithful": [
            "In published research, Selank tends to cause sedation-like effects at higher doses, consistent with its GABAergic mechanism. Semax tends to cause stimulating and activating effects.",
            "Semax tends to produce stimulatory effects, which fits its dopaminergic and BDNF-driven mechanisms, while Selank tends toward sedation-adjacent effects at higher doses.",
        ],
        "changed": {
            "condition_dropped": "In published research, Selank tends to produce sedation-adjacent effects, while Semax tends to produce stimulatory and activating effects.",
            "hedge_dropped": "In published research, Selank produces sedation-adjacent effects at higher doses, and Semax produces stimulatory and activating effects.",
            "role_swap": "Selank's sedation-adjacent effects at higher doses fit a dopaminergic mechanism, while Semax's activating effects fit a GABAergic mechanism.",
            # merge: HPA axis modulation is Selank's mechanism in the comparison table, not the one the sedation fits
            "merge": "In published research, Selank tends to produce sedation-adjacent effects at higher doses, consistent with its HPA axis modulation.",
        },
    },
    {
        "article": C,
        "reused": True,
        "sentence": "Selank handles the anxiety and stress-reduction component while Semax handles cognitive enhancement. Effects are additive rather than redundant.",
        "faithful": [
            "In the stack, Selank handles anxiety and stress reduction while Semax handles cognitive enhancement. Their effects are additive rather than redundant.",
            "Semax takes care of cognitive enhancement and Selank takes care of anxiety and stress reduction, and their effects add up rather than repeat each other.",
        ],
        "changed": {
            "role_swap": "Semax handles the anxiety and stress-reduction component while Selank handles cognitive enhancement.",
            "causal": "The effects of Selank and Semax are additive because both are taken through the nose.",
            "added_detail": "Selank handles anxiety and stress reduction while Semax handles cognitive enhancement, and their effects are additive, roughly doubling the benefit.",
            "list_swap": "Selank handles the anxiety and sleep component while Semax handles cognitive enhancement.",
        },
    },
    {
        "article": C,
        "reused": True,
        "sentence": "The compounds discussed are not approved by the FDA for human use, have not been evaluated for safety or efficacy in humans (unless noted), and are not intended to diagnose, treat, cure, or prevent any disease.",
        "faithful": [
            "The compounds discussed are not FDA-approved for human use and are not intended to diagnose, treat, cure or prevent any disease.",
            "Unless noted, the compounds discussed have not been evaluated for safety or efficacy in humans.",
        ],
        "changed": {
            "condition_dropped": "The compounds discussed are not approved for human use.",
            "condition_dropped_2": "The compounds discussed have not been evaluated for safety or efficacy in humans.",
            "list_swap": "The compounds discussed are not FDA-approved and are not intended to diagnose, treat, cure or monitor any disease.",
            "added_detail": "The compounds discussed are not approved by the FDA or the EMA for human use.",
        },
    },
    {
        "article": C,
        "reused": True,
        "sentence": "None of the compounds discussed have been approved by the FDA for human therapeutic use.",
        "faithful": [
            "None of the compounds discussed has been approved by the FDA for human therapeutic use.",
            "The FDA has not approved any of the compounds discussed for treating people.",
        ],
        "changed": {
            "condition_dropped": "None of the compounds discussed have been approved for human therapeutic use.",
            # causal: the lack of FDA approval and the lack of human evaluation are listed side by side, unlinked
            "causal": "Because they have not been evaluated for safety in humans, none of the compounds discussed have been approved by the FDA.",
            "added_detail": "None of the compounds discussed have been approved by the FDA for human therapeutic use, though Selank has been submitted for review.",
            # merge: stroke recovery is Semax's registration only
            "merge": "None of the compounds discussed have been approved by the FDA, but both are registered in Russia for stroke recovery.",
        },
    },
    {
        "article": C,
        "reused": True,
        "sentence": "Semax was developed from a fragment of ACTH (adrenocorticotropic hormone, the pituitary hormone that regulates the adrenal stress response and has documented cognitive and neuroprotective effects).",
        "faithful": [
            "Semax was developed from a fragment of ACTH, the pituitary hormone that regulates the adrenal stress response.",
            "ACTH, the hormone Semax was built from, is a pituitary hormone with documented cognitive and neuroprotective effects.",
        ],
        "changed": {
            "role_swap": "Semax was developed from a fragment of ACTH, the adrenal hormone that regulates the pituitary stress response.",
            "list_swap": "Semax was developed from a fragment of ACTH, a pituitary hormone with documented cognitive and anti-inflammatory effects.",
            # merge: modifications targeting anxiety-relevant mechanisms are said of Selank's design
            "merge": "Semax was developed from a fragment of ACTH, with modifications targeting anxiety-relevant mechanisms.",
            # causal: regulating the adrenal stress response is said of ACTH, not of Semax
            "causal": "Semax regulates the adrenal stress response because it was developed from ACTH.",
        },
    },
    {
        "article": C,
        "reused": True,
        "sentence": "This BDNF upregulation may contribute to the anxiolytic and stress-buffering effects observed in clinical research.",
        "faithful": [
            "Selank's BDNF upregulation may contribute to the anxiolytic and stress-buffering effects seen in clinical research.",
            "The anti-anxiety and stress-buffering effects observed in clinical research might partly come from Selank raising BDNF.",
        ],
        "changed": {
            "hedge_dropped": "Selank's BDNF upregulation contributes to the anxiolytic and stress-buffering effects seen in clinical research.",
            "list_swap": "Selank's BDNF upregulation may contribute to the anxiolytic and sleep-improving effects seen in clinical research.",
            # merge: cortical tissue is where Semax's BDNF effect is reported
            "merge": "Selank's BDNF upregulation in cortical tissue may contribute to the anxiolytic and stress-buffering effects seen in clinical research.",
            # merge_2: healthy subjects are the population of Semax's cognitive research
            "merge_2": "Selank's BDNF upregulation may contribute to the anxiolytic and stress-buffering effects seen in clinical research in healthy volunteers.",
        },
    },
    {
        "article": C,
        "reused": True,
        "sentence": "This shared BDNF convergence is why researchers sometimes study both compounds together - one addressing the anxiety-driven suppression of neuroplasticity, the other directly driving neuroplasticity enhancement.",
        "faithful": [
            "Researchers sometimes study Selank and Semax together because both converge on BDNF.",
            "When the two are studied together, one addresses the anxiety-driven suppression of neuroplasticity and the other directly drives neuroplasticity enhancement.",
        ],
        "changed": {
            "hedge_dropped": "Because both converge on BDNF, researchers always study Selank and Semax together.",
            "role_swap": "Researchers sometimes study Selank and Semax together, with Selank directly driving neuroplasticity enhancement and Semax addressing the anxiety-driven suppression of neuroplasticity.",
            "added_detail": "This shared BDNF convergence is why researchers sometimes study both compounds together in controlled trials.",
            # merge: the shared effect on enkephalin breakdown is a key finding, not the reason for combining
            "merge": "A shared effect on enkephalin breakdown is why researchers sometimes study Selank and Semax together.",
        },
    },
    {
        "article": C,
        "reused": True,
        "sentence": "Both compounds have published data on tolerance development with prolonged continuous use, which contributes to the cycling protocols common in the research literature.",
        "faithful": [
            "Both Selank and Semax have published data on tolerance developing with prolonged continuous use.",
            "Published data on tolerance with long, continuous use of both compounds helps explain why cycling protocols are common in the research literature.",
        ],
        "changed": {
            "condition_dropped": "Both Selank and Semax have published data showing that tolerance develops with their use.",
            "role_swap": "The cycling protocols common in the research literature contribute to tolerance development with both compounds.",
            "hedge_dropped": "Tolerance with prolonged continuous use is the reason cycling protocols are common for both compounds.",
            # merge: "at higher doses" belongs to Selank's sedation-adjacent effects
            "merge": "Both compounds have published data on tolerance development with prolonged continuous use at higher doses.",
        },
    },
    {
        "article": C,
        "reused": True,
        "sentence": "Its most consistently reported action in the published literature is upregulation of BDNF and related neurotrophins, particularly in hippocampal and cortical tissue.",
        "faithful": [
            "Semax's most consistently reported action in the published literature is raising BDNF and related neurotrophins.",
            "The action of Semax reported most consistently in published research is upregulation of BDNF and related neurotrophins, especially in the hippocampus and cortex.",
        ],
        "changed": {
            "list_swap": "Semax's most consistently reported action is upregulation of BDNF and related neurotrophins, particularly in hippocampal and spinal cord tissue.",
            # merge: cortisol is how anxiety suppresses BDNF, not how Semax raises it
            "merge": "Semax's most consistently reported action is upregulation of BDNF in hippocampal tissue via the stress hormone cortisol.",
            "causal": "Semax's upregulation of BDNF in hippocampal and cortical tissue causes its cognitive enhancement.",
            "added_detail": "Semax's most consistently reported action is upregulation of BDNF, which roughly triples in hippocampal tissue.",
        },
    },
    {
        "article": C,
        "reused": True,
        "sentence": "Route overlap (both primarily intranasal in published protocols) and behavioral overlap (both affect CNS function) can obscure this fundamental divergence in research goal and pharmacological profile.",
        "faithful": [
            "The overlap in route and behavior between Selank and Semax can hide their fundamental divergence in research goal and pharmacological profile.",
            "Both compounds are primarily intranasal in published protocols and both affect CNS function, which can obscure how different their research goals and pharmacology are.",
        ],
        "changed": {
            "hedge_dropped": "Route and behavioral overlap obscure the fundamental divergence between Selank and Semax in research goal and pharmacological profile.",
            "role_swap": "The fundamental divergence in research goal and pharmacological profile can obscure the route and behavioral overlap between Selank and Semax.",
            "list_swap": "Overlap in route and in dosing can obscure the fundamental divergence between Selank and Semax.",
            "added_detail": "Route and behavioral overlap can obscure the fundamental divergence between Selank and Semax, especially for new researchers.",
        },
    },
    # ------------------------------------------------------------------ D
    {
        "article": D,
        "reused": True,
        "sentence": "While it is approved in Russia for conditions like Generalized Anxiety Disorder (GAD), it is not approved by the U.S. Food & Drug Administration (FDA) and is sold in the United States through compounding pharmacies or as a research chemical.",
        "faithful": [
            "Selank is approved in Russia for conditions like generalized anxiety disorder but is not approved by the U.S. FDA.",
            "In the United States, where the FDA has not approved it, Selank is sold through compounding pharmacies or as a research chemical.",
        ],
        "changed": {
            "condition_dropped": "Selank is an approved medicine for conditions like generalized anxiety disorder.",
            "list_swap": "Selank is not approved by the U.S. FDA and is sold in the United States through compounding pharmacies or as a dietary supplement.",
            "role_swap": "Selank is approved by the U.S. FDA for conditions like generalized anxiety disorder but not in Russia.",
            "causal": "Because the FDA has not approved it, Selank is sold in the United States through compounding pharmacies or as a research chemical.",
        },
    },
    {
        "article": D,
        "reused": True,
        "sentence": "The main purpose of Selank is to reduce anxiety and stress while simultaneously enhancing cognitive functions like memory and focus, without causing sedation.",
        "faithful": [
            "The main purpose of Selank is to reduce anxiety and stress while also enhancing memory and focus, without causing sedation.",
            "Selank is mainly meant to lower anxiety and stress and at the same time improve cognitive functions such as memory, without sedation.",
        ],
        "changed": {
            "hedge_dropped": "The only purpose of Selank is to reduce anxiety and stress.",
            "list_swap": "The main purpose of Selank is to reduce anxiety and stress while enhancing cognitive functions like memory and creativity.",
            "causal": "Selank enhances memory and focus because it reduces anxiety and stress.",
            "added_detail": "The main purpose of Selank is to reduce anxiety and stress while enhancing memory and focus, without causing sedation even at high doses.",
        },
    },
    {
        "article": D,
        "reused": True,
        "sentence": "Selank is primarily calming and anxiolytic, ideal for stress and anxiety. Semax is primarily stimulating and nootropic, better suited for enhancing focus, motivation, and cognitive drive.",
        "faithful": [
            "Selank is mainly calming and anti-anxiety, ideal for stress and anxiety. Semax is mainly stimulating and nootropic, better suited to boosting focus, motivation and cognitive drive.",
            "Semax, which is primarily stimulating, is better suited for enhancing focus and motivation.",
        ],
        "changed": {
            "role_swap": "Selank is primarily stimulating and nootropic, while Semax is primarily calming and ideal for stress and anxiety.",
            "list_swap": "Semax is primarily stimulating and nootropic, better suited for enhancing focus, motivation and sleep.",
            "hedge_dropped": "Selank is only calming and anxiolytic, ideal for stress and anxiety.",
            # merge: approval in Russia for generalized anxiety disorder is said of Selank only
            "merge": "Semax is primarily stimulating and nootropic and is approved in Russia for generalized anxiety disorder.",
        },
    },
    {
        "article": D,
        "reused": True,
        "sentence": "While not a sedative, Selank may improve sleep quality by reducing anxiety and regulating circadian rhythms through its modulation of GABA and serotonin.",
        "faithful": [
            "Selank is not a sedative but may improve sleep quality by reducing anxiety and regulating circadian rhythms.",
            "Through its effects on GABA and serotonin, Selank might help sleep quality by lowering anxiety and regulating the body clock, even though it is not a sedative.",
        ],
        "changed": {
            "hedge_dropped": "While not a sedative, Selank improves sleep quality by reducing anxiety and regulating circadian rhythms.",
            "list_swap": "While not a sedative, Selank may improve sleep quality through its modulation of GABA and dopamine.",
            "role_swap": "Selank may reduce anxiety by improving sleep quality and regulating circadian rhythms.",
            "added_detail": "While not a sedative, Selank may improve sleep quality, helping people fall asleep faster, by reducing anxiety.",
        },
    },
    {
        "article": D,
        "reused": True,
        "sentence": "Users report a reduction in feelings of stress and anxiety, including social anxiety, leading to a greater sense of calm and well-being.",
        "faithful": [
            "Selank users report less stress and anxiety, including social anxiety, and a greater sense of calm and well-being.",
            "According to user reports, Selank reduces feelings of stress and anxiety, social anxiety included, which leads to more calm and well-being.",
        ],
        "changed": {
            "hedge_dropped": "Selank reduces social anxiety, leading to a greater sense of calm and well-being.",
            "list_swap": "Selank users report a reduction in stress and anxiety, including panic attacks, leading to a greater sense of calm.",
            "evidence_level": "Clinical trials show that Selank reduces social anxiety, leading to a greater sense of calm and well-being.",
            "added_detail": "Selank users report a reduction in stress and anxiety, including social anxiety, within the first day.",
        },
    },
    {
        "article": D,
        "reused": True,
        "sentence": "It inhibits the enzymes that break down enkephalins, which are natural opioid peptides in the brain. This action can boost mood and counteract the stress response.",
        "faithful": [
            "Selank blocks the enzymes that break down enkephalins, the brain's natural opioid peptides. This can boost mood and counter the stress response.",
            "By inhibiting enkephalin-degrading enzymes, Selank can lift mood and counteract the stress response.",
        ],
        "changed": {
            "role_swap": "Enkephalins, the brain's natural opioid peptides, block the enzymes that break down Selank.",
            "hedge_dropped": "By blocking the breakdown of enkephalins, Selank boosts mood and counteracts the stress response.",
            "list_swap": "By inhibiting enkephalin-degrading enzymes, Selank can boost mood and relieve pain.",
            # merge: Interleukin-6 is from the immune bullet, where Selank influences its expression
            "merge": "Selank inhibits the enzymes that break down enkephalins and Interleukin-6.",
        },
    },
    {
        "article": D,
        "reused": True,
        "sentence": "However, the U.S. FDA has noted a risk for immunogenicity (an unwanted immune response) with compounded drugs containing Selank.",
        "faithful": [
            "The U.S. FDA has flagged a risk of immunogenicity with compounded drugs that contain Selank.",
            "Compounded Selank drugs carry a risk of an unwanted immune response, the U.S. FDA has noted.",
        ],
        "changed": {
            "condition_dropped": "The U.S. FDA has noted a risk of an unwanted immune response with Selank.",
            # causal: the tuftsin lineage and the FDA's note are both in the article, unlinked
            "causal": "Because Selank is an analogue of the immune peptide tuftsin, the U.S. FDA has noted a risk of an unwanted immune response with compounded Selank.",
            "hedge_dropped": "The U.S. FDA has found that compounded drugs containing Selank cause an unwanted immune response.",
            # merge: nasal irritation is one of the mild side effects of the spray
            "merge": "The U.S. FDA has noted a risk of nasal irritation with compounded drugs containing Selank.",
        },
    },
    {
        "article": D,
        "reused": True,
        "sentence": "Selank is not stable when taken orally and is therefore typically administered as either a subcutaneous (SubQ) injection or an intranasal spray to allow it to cross the blood-brain barrier effectively.",
        "faithful": [
            "Selank is not stable when taken by mouth, so it is usually given as a subcutaneous injection or a nasal spray.",
            "To let it cross the blood-brain barrier effectively, Selank is typically given as an injection under the skin or a nasal spray, because it is unstable when swallowed.",
        ],
        "changed": {
            "condition_dropped": "Selank is not stable, so it is typically given as a subcutaneous injection or an intranasal spray.",
            "hedge_dropped": "Because it is not stable when taken orally, Selank is only given as a subcutaneous injection or an intranasal spray.",
            "list_swap": "Selank is not stable when taken orally, so it is typically given as an intranasal spray or as eye drops.",
            "added_detail": "Selank is not stable when taken orally, so it is typically given once or twice a day as a subcutaneous injection or an intranasal spray.",
        },
    },
    {
        "article": D,
        "reused": True,
        "sentence": "The existing body of research, largely from Russia, points to its potential as a valuable therapeutic agent for anxiety disorders and as a tool for cognitive enhancement.",
        "faithful": [
            "The existing research on Selank, largely from Russia, points to its potential as a valuable treatment for anxiety disorders and as a tool for cognitive enhancement.",
            "Research so far, mostly Russian, suggests that Selank could be valuable for treating anxiety disorders.",
        ],
        "changed": {
            "hedge_dropped": "The existing research, largely from Russia, shows that Selank is a valuable therapeutic agent for anxiety disorders.",
            "hedge_dropped_2": "The existing research on Selank, all of it from Russia, points to its potential for anxiety disorders and cognitive enhancement.",
            "list_swap": "The existing research on Selank points to its potential as a treatment for anxiety disorders and as a tool for weight loss.",
            "causal": "Because it reduces anxiety, Selank has potential as a tool for cognitive enhancement.",
        },
    },
    {
        "article": D,
        "reused": True,
        "sentence": "It is primarily studied for reducing stress, improving mood, and enhancing focus without the side effects of traditional anxiolytics.",
        "faithful": [
            "Selank is mainly studied for reducing stress, improving mood and enhancing focus without the side effects of traditional anxiolytics.",
            "Without the side effects of traditional anti-anxiety drugs, Selank is primarily studied for lowering stress and sharpening focus.",
        ],
        "changed": {
            "hedge_dropped": "Selank is studied only for reducing stress, improving mood and enhancing focus.",
            "list_swap": "Selank is mainly studied for reducing stress, improving mood and lowering blood pressure without the side effects of traditional anxiolytics.",
            "causal": "Because it lacks the side effects of traditional anxiolytics, Selank is primarily studied for reducing stress and improving mood.",
            "role_swap": "Traditional anxiolytics are primarily studied for reducing stress, improving mood and enhancing focus without the side effects of Selank.",
        },
    },
    # ------------------------------------------------------------------ E
    {
        "article": E,
        "reused": True,
        "sentence": "Binding does not open the chloride channel directly. It increases the channel’s opening frequency in the presence of GABA, amplifying inhibitory neurotransmission throughout the central nervous system[7].",
        "faithful": [
            "Benzodiazepine binding does not open the chloride channel directly. It increases how often the channel opens in the presence of GABA, amplifying inhibitory neurotransmission throughout the central nervous system.",
            "In the presence of GABA, benzodiazepine binding makes the chloride channel open more often, without opening it directly.",
        ],
        "changed": {
            "condition_dropped": "Benzodiazepine binding increases how often the chloride channel opens, amplifying inhibitory neurotransmission throughout the central nervous system.",
            "role_swap": "GABA binding increases the chloride channel's opening frequency in the presence of a benzodiazepine.",
            # merge: the endogenous opioid system is the enkephalin pathway, which benzodiazepines do not touch
            "merge": "Benzodiazepine binding increases how often the chloride channel opens in the presence of GABA, amplifying signaling in the endogenous opioid system.",
            "added_detail": "Benzodiazepine binding roughly doubles how often the chloride channel opens in the presence of GABA.",
        },
    },
    {
        "article": E,
        "reused": True,
        "sentence": "ClinicalTrials.gov and EudraCT do not contain registered Phase 3 trials of Selank against benzodiazepines.",
        "faithful": [
            "ClinicalTrials.gov and EudraCT have no registered Phase 3 trials comparing Selank with benzodiazepines.",
            "No Phase 3 trial of Selank versus benzodiazepines is registered on ClinicalTrials.gov or EudraCT.",
        ],
        "changed": {
            "condition_dropped": "ClinicalTrials.gov and EudraCT do not contain any registered trials of Selank against benzodiazepines.",
            "condition_dropped_2": "ClinicalTrials.gov and EudraCT do not contain registered Phase 3 trials of Selank.",
            "list_swap": "ClinicalTrials.gov and the WHO trial registry do not contain registered Phase 3 trials of Selank against benzodiazepines.",
            # causal: the Russian-language publication and the empty registries are side by side, unlinked
            "causal": "Because clinical Selank work is published mostly in Russian, ClinicalTrials.gov and EudraCT contain no registered Phase 3 trials of Selank against benzodiazepines.",
        },
    },
    {
        "article": E,
        "reused": True,
        "sentence": "A Western researcher reading only English-language sources will see a small fraction of the actual record.",
        "faithful": [
            "A Western researcher who reads only English-language sources will see only a small fraction of the actual Selank record.",
            "Reading only English sources, a Western researcher sees just a small part of the real record.",
        ],
        "changed": {
            "condition_dropped": "A Western researcher will see only a small fraction of the actual Selank record.",
            "role_swap": "A researcher reading only Russian-language sources will see a small fraction of the actual Selank record.",
            "added_detail": "A Western researcher reading only English-language sources will see a small fraction of the actual record, roughly one tenth.",
        },
    },
    {
        "article": E,
        "reused": True,
        "sentence": "Kozlovskii and Danchev (2003) reported that Selank optimized performance on a conditioned active-avoidance task in rats: the animals retained learning and performance, but with reduced stress signature and no motor impairment[6].",
        "faithful": [
            "Kozlovskii and Danchev (2003) reported that Selank optimized rats' performance on a conditioned active-avoidance task.",
            "Rats given Selank kept their learning and performance, with a reduced stress signature and no motor impairment, Kozlovskii and Danchev reported.",
        ],
        "changed": {
            "condition_dropped": "Selank keeps learning and performance intact while lowering the stress signature and causing no motor impairment.",
            "list_swap": "Kozlovskii and Danchev (2003) reported that rats given Selank retained learning and performance, with a reduced stress signature and no loss of appetite.",
            # merge: the Korsakov journal is where the clinical work appears; this paper is in Neuroscience and Behavioral Physiology
            "merge": "Kozlovskii and Danchev (2003) reported in Zhurnal Nevrologii i Psikhiatrii imeni S.S. Korsakova that Selank optimized rats' performance on a conditioned active-avoidance task.",
            # causal: the article says the pattern is only consistent with the two-pathway story
            "causal": "The rats in the Kozlovskii and Danchev study were calm without dulling because Selank works through both GABA modulation and enkephalin protection.",
        },
    },
    {
        "article": E,
        "reused": True,
        "sentence": "Anxiolytic efficacy without sedation and without dependence is a thing physicians have wanted for decades; the buspirone-class partial 5-HT₁₀ agonists addressed some of it but with weaker acute efficacy.",
        "faithful": [
            "Physicians have wanted anxiolytic efficacy without sedation and without dependence for decades.",
            "Buspirone-class partial agonists addressed some of that need, but with weaker acute efficacy.",
        ],
        "changed": {
            "condition_dropped": "Buspirone-class partial agonists addressed some of that need, but with weaker efficacy.",
            "hedge_dropped": "Buspirone-class partial agonists addressed that need, but with weaker acute efficacy.",
            "added_detail": "Physicians have wanted anxiolytic efficacy without sedation and without dependence since the 1960s.",
            "list_swap": "Physicians have wanted anxiolytic efficacy without sedation and without weight gain for decades.",
        },
    },
    {
        "article": E,
        "reused": True,
        "sentence": "If the divergence is real, it tells you something about how finely-grained GABA-A pharmacology can be[8].",
        "faithful": [
            "If the divergence in side effects is real, it says something about how finely grained GABA-A pharmacology can be.",
            "A real divergence between the side-effect profiles would show how finely grained GABA-A pharmacology can be.",
        ],
        "changed": {
            "condition_dropped": "The divergence in side effects between Selank and benzodiazepines shows how finely grained GABA-A pharmacology can be.",
            "causal": "The side-effect divergence between Selank and benzodiazepines is real because GABA-A pharmacology is finely grained.",
            "added_detail": "If the divergence is real, it shows how finely grained GABA-A pharmacology can be, down to single amino acids of the receptor.",
            # merge: the enkephalin pathway is Selank's second pathway, not what the divergence speaks to
            "merge": "If the divergence is real, it tells you something about how finely grained the enkephalin pathway can be.",
        },
    },
    {
        "article": E,
        "reused": True,
        "sentence": "The majority of clinical Selank work is published in Russian, principally in Zhurnal Nevrologii i Psikhiatrii imeni S.S. Korsakova.",
        "faithful": [
            "Most clinical Selank work is published in Russian, mainly in Zhurnal Nevrologii i Psikhiatrii imeni S.S. Korsakova.",
            "Zhurnal Nevrologii i Psikhiatrii imeni S.S. Korsakova is the main journal for clinical Selank work, the majority of which is in Russian.",
        ],
        "changed": {
            "hedge_dropped": "All clinical Selank work is published in Russian, principally in Zhurnal Nevrologii i Psikhiatrii imeni S.S. Korsakova.",
            # merge: the Russian Journal of Bioorganic Chemistry carries the Volkova and Kost papers
            "merge": "Most clinical Selank work is published in Russian, mainly in the Russian Journal of Bioorganic Chemistry.",
            # causal: the language concentration and the lack of replication are listed as separate limits
            "causal": "Because most clinical Selank work is published in Russian, its outcomes have not been independently replicated.",
            "added_detail": "Most clinical Selank work is published in Russian, mainly in Zhurnal Nevrologii i Psikhiatrii imeni S.S. Korsakova, a Moscow journal.",
        },
    },
    {
        "article": E,
        "reused": True,
        "sentence": "The paper’s contribution to the benzodiazepine comparison is indirect but important: it describes Selank being used to taper or replace benzodiazepine therapy in patients with established benzodiazepine exposure, without the rebound-anxiety spike that typically accompanies benzodiazepine withdrawal.",
        "faithful": [
            "The Medvedev paper describes Selank being used to taper or replace benzodiazepine therapy in patients with established benzodiazepine exposure, without the rebound-anxiety spike that typically comes with benzodiazepine withdrawal.",
            "The Medvedev paper's contribution to the benzodiazepine comparison is indirect but important.",
        ],
        "changed": {
            "hedge_dropped": "The Medvedev paper describes Selank replacing benzodiazepine therapy without the rebound-anxiety spike that always accompanies benzodiazepine withdrawal.",
            "role_swap": "The Medvedev paper describes benzodiazepines being used to taper or replace Selank therapy in patients with established Selank exposure.",
            # causal: the article says only that the finding is consistent with the mechanistic story
            "causal": "Because it acts on the GABAergic system, Selank could replace benzodiazepine therapy without the rebound-anxiety spike, the Medvedev paper showed.",
            "added_detail": "The Medvedev paper describes Selank being used over about four weeks to taper or replace benzodiazepine therapy in patients with established benzodiazepine exposure.",
        },
    },
    {
        "article": E,
        "reused": True,
        "sentence": "It is not approved by FDA, EMA, MHRA, or Health Canada for any human or veterinary therapeutic use.",
        "faithful": [
            "Selank is not approved by the FDA, EMA, MHRA or Health Canada for any human or veterinary therapeutic use.",
            "Neither the FDA nor the EMA, MHRA or Health Canada has approved Selank for treating people or animals.",
        ],
        "changed": {
            "condition_dropped": "Selank is not approved for any human or veterinary therapeutic use.",
            "list_swap": "Selank is not approved by the FDA, EMA, TGA or Health Canada for any human or veterinary therapeutic use.",
            # causal: PepMax's research-only supply and the lack of approval are side by side, unlinked
            "causal": "Because PepMax supplies it for laboratory research use only, Selank is not approved by the FDA, EMA, MHRA or Health Canada.",
            # merge: acute panic is listed among the indications outside the comparative record
            "merge": "Selank is not approved by the FDA, EMA, MHRA or Health Canada, but Russia registers it for acute panic.",
        },
    },
    {
        "article": E,
        "reused": True,
        "sentence": "The clinical contribution of the enkephalin pathway to Selank’s overall phenotype is not fully quantified, but the pathway is a plausible part of the explanation for why Selank produces a calming effect without the BZD-typical bundle — the GABAergic modulation provides the anxiolytic floor, and the enkephalin pathway provides a separable affective lift.",
        "faithful": [
            "The enkephalin pathway's clinical contribution to Selank's overall effect is not fully quantified, but it is a plausible part of why Selank calms without the typical benzodiazepine bundle.",
            "In this plausible explanation, GABAergic modulation provides Selank's anxiolytic floor and the enkephalin pathway provides a separable lift in mood.",
        ],
        "changed": {
            "hedge_dropped": "The enkephalin pathway explains why Selank produces a calming effect without the benzodiazepine-typical bundle.",
            "role_swap": "In this explanation, the enkephalin pathway provides Selank's anxiolytic floor and GABAergic modulation provides a separable affective lift.",
            "added_detail": "The enkephalin pathway, which accounts for about a third of Selank's effect, is a plausible part of why Selank calms without the benzodiazepine bundle.",
        },
    },
]
