"""Thirteenth seed-article near-miss probe for the grounder (written blind by a helper).

Written by a helper that had not seen the grounder: it read only the five articles under
shared/articles, ``probe_articles.py`` and ``grounding_probe12.py`` (for the format), and wrote
every entry before any checker was run on it; no entry was picked or dropped by difficulty.

Shape: each entry names an article (A to E from ``probe_articles``), a verbatim stretch of it
(``sentence``: one sentence, or two consecutive sentences of one paragraph, copied character for
character, curly quotes, dashes and Greek letters included), ``faithful`` (three claims, each
fully supported by the stretch alone, which must be ``supported``), ``changed`` (four claims,
each changing exactly one detail so that the claim is no longer supported by the article, which
must not be ``supported``) and ``reused`` (whether the stretch, or one of its sentences, is
already a ``sentence`` in ``grounding_probe12.py``). The claims are written the way a small
instruction-tuned language model (0.5B to 1.5B parameters) summarising the article would write
them: short, reordered, the subject named ("Selank", "The article"), everyday words for rare
ones, passive and active swapped, clauses split or reordered, lists reordered or counted, and
every hedge, number, name, population and condition kept; at least one faithful claim per entry
is a strong restructuring rather than a near-verbatim copy.

The changed claims are labelled by the kind of change (a second claim of one kind in an entry
takes the suffix ``_2``):

* ``condition_dropped``: a restriction, population, setting, time window or condition dropped,
  so that the claim says more ("in animal models", "Phase III", "chronic", "early", "short-course",
  "consistent", "directly", "definitively", "abrupt", "in rats", "under chronic stress", "when
  they occur", "by the data, only by mechanism");
* ``negation_moved``: a "not", "no" or "without" added, dropped, moved to another clause or
  verb, or given another scope;
* ``merge``: a detail from another part of the same article attached to the wrong subject (a
  journal, a year, an author, a comparator, a tissue, an indication, a mechanism); a comment says
  where the detail comes from;
* ``causal``: a cause stated where the article reports an association, a sequence, a contrast or
  two facts side by side;
* ``quantity``: a number, range, count, frequency, proportion or quantifier word changed
  ("weeks" to "months", "84" to "more than 100", "many" to "all", "typically" to "always",
  "partly" to "mainly", "sometimes" to "usually");
* ``added_detail``: a specific, plausible detail that the article does not give.

In all: 200 changed claims (four in each of the 50 entries), of which 37 ``merge``, 37
``causal``, 34 ``negation_moved``, 33 ``quantity``, 33 ``added_detail`` and 26
``condition_dropped`` (each kind at least 25 times); 150 faithful claims (three in each
entry). Each changed claim was checked against the whole article, not only the stretch, so that
the changed detail is stated nowhere in it.

Ten entries per article; eleven of the fifty are two-sentence stretches. None of the fifty
stretches (and none of their sentences) is a ``sentence`` of ``grounding_probe12.py``, so every
entry is marked ``"reused": False`` (0 reused); earlier probes than ``grounding_probe12.py`` were
not consulted, so some stretches may coincide with theirs. ``split_of`` (sha256 of the sentence,
from ``probe_articles``) divides the entries into a ``tune`` part, which rules may be fitted to,
and a ``test`` part, read once at the end (here, by the luck of the hash, 25 ``tune`` and 25
``test``).
"""

# The sentences are verbatim, so Greek letters, en dashes and curly quotes stay.
# ruff: noqa: RUF001, RUF003

from __future__ import annotations

from probe_articles import A, B, C, D, E, split_of

__all__ = ["PROBE", "split_of"]

PROBE: list[dict[str, object]] = [
    # ------------------------------------------------------------------ A
    {
        "article": A,
        "reused": False,
        "sentence": "Benzodiazepines work, but they come with sedation, cognitive impairment, tolerance buildup, and a withdrawal profile that keeps clinicians up at night. SSRIs take weeks to work and miss the target for many people.",
        "faithful": [
            "According to the article, SSRIs take weeks to work and miss the target for many people.",
            "Benzodiazepines are effective, but they bring sedation, cognitive impairment, tolerance buildup and a withdrawal profile that worries clinicians.",
            "Many people are missed by SSRIs, which also need weeks before they start to work.",
        ],
        "changed": {
            "quantity": "SSRIs take months to work and miss the target for many people.",
            "negation_moved": "Benzodiazepines work without tolerance buildup, but they come with sedation, cognitive impairment and a withdrawal profile that keeps clinicians up at night.",
            # merge: the receptor downregulation that leads to tolerance is tied to the benzodiazepine binding site
            "merge": "SSRIs take weeks to work, miss the target for many people and cause the receptor downregulation that leads to tolerance.",
            "causal": "SSRIs miss the target for many people because they take weeks to work.",
        },
    },
    {
        "article": A,
        "reused": False,
        "sentence": "Research published in the Bulletin of Experimental Biology and Medicine demonstrated that Selank increases the inhibitory post-synaptic action of GABA without directly binding to the benzodiazepine site on the GABA-A receptor.",
        "faithful": [
            "Research in the Bulletin of Experimental Biology and Medicine showed that Selank increases the inhibitory post-synaptic action of GABA.",
            "Selank does not bind directly to the benzodiazepine site on the GABA-A receptor, yet it boosts GABA's inhibitory post-synaptic action, according to research in the Bulletin of Experimental Biology and Medicine.",
            "The inhibitory post-synaptic action of GABA is strengthened by Selank without any direct binding to the GABA-A receptor's benzodiazepine site, the Bulletin of Experimental Biology and Medicine research demonstrated.",
        ],
        "changed": {
            "negation_moved": "Research in the Bulletin of Experimental Biology and Medicine showed that Selank binds directly to the benzodiazepine site on the GABA-A receptor but does not increase the inhibitory post-synaptic action of GABA.",
            # merge: Eksperimental'naia i Klinicheskaia Farmakologiia is the journal of the tolerance and withdrawal study
            "merge": "Research published in Eksperimental'naia i Klinicheskaia Farmakologiia demonstrated that Selank increases the inhibitory post-synaptic action of GABA without directly binding to the benzodiazepine site.",
            "added_detail": "Research in the Bulletin of Experimental Biology and Medicine, done on rat brain slices, demonstrated that Selank increases the inhibitory post-synaptic action of GABA without directly binding to the benzodiazepine site.",
            "condition_dropped": "Research in the Bulletin of Experimental Biology and Medicine demonstrated that Selank increases the inhibitory post-synaptic action of GABA without directly binding to the GABA-A receptor.",
        },
    },
    {
        "article": A,
        "reused": False,
        "sentence": "A 2008 study by Zozulya and colleagues found that Selank altered the expression of 84 genes related to GABAergic signaling in the hippocampus, with changes in the expression of specific GABA-A receptor subunit genes.",
        "faithful": [
            "Zozulya and colleagues found in 2008 that Selank changed the expression of 84 GABA-signaling genes in the hippocampus.",
            "In the hippocampus, Selank changed how specific GABA-A receptor subunit genes were expressed, a 2008 study by Zozulya and colleagues found.",
            "Selank altered the expression of 84 hippocampal genes tied to GABAergic signaling, including changes in specific GABA-A receptor subunit genes, according to a 2008 study by Zozulya and colleagues.",
        ],
        "changed": {
            "quantity": "A 2008 study by Zozulya and colleagues found that Selank altered the expression of more than 100 genes related to GABAergic signaling in the hippocampus.",
            # merge: Inozemtseva is the author of the 2010 study linking BDNF to learning and memory
            "merge": "A 2008 study by Inozemtseva and colleagues found that Selank altered the expression of 84 genes related to GABAergic signaling in the hippocampus.",
            "added_detail": "A 2008 study by Zozulya and colleagues found that Selank altered the expression of 84 GABAergic-signaling genes in the rat hippocampus.",
            "causal": "A 2008 study by Zozulya and colleagues found that changes in specific GABA-A receptor subunit genes caused Selank's effect on the 84 GABAergic-signaling genes in the hippocampus.",
        },
    },
    {
        "article": A,
        "reused": False,
        "sentence": "In animal models, Selank produces anxiolytic effects comparable in magnitude to benzodiazepines in standard behavioral tests (the elevated plus maze, the open field test, the Vogel conflict test) without producing sedation, motor impairment, or tolerance with repeated dosing.",
        "faithful": [
            "In animal models, Selank's anti-anxiety effects are comparable in size to those of benzodiazepines in standard behavioral tests.",
            "The article names three standard behavioral tests in which Selank's anxiolytic effect in animals was comparable to that of benzodiazepines: the Vogel conflict test, the open field test and the elevated plus maze.",
            "Repeated dosing of Selank in animal models did not lead to sedation, motor impairment or tolerance.",
        ],
        "changed": {
            "condition_dropped": "Selank produces anxiolytic effects comparable to benzodiazepines without producing motor impairment.",
            "quantity": "In animal models, Selank's anxiolytic effects were comparable to those of benzodiazepines in four standard behavioral tests.",
            "negation_moved": "In animal models, Selank's anxiolytic effects are not comparable in magnitude to benzodiazepines, though it produces no sedation, motor impairment or tolerance.",
            # merge: emotional blunting comes from the enkephalin section, on what users report
            "merge": "In animal models, Selank produces anxiolytic effects comparable to benzodiazepines without producing sedation, motor impairment or emotional blunting.",
        },
    },
    {
        "article": A,
        "reused": False,
        "sentence": "A 2010 study by Inozemtseva and colleagues showed that this BDNF upregulation correlated with improved performance on learning and memory tasks in animal models.",
        "faithful": [
            "Inozemtseva and colleagues showed in 2010 that Selank's BDNF upregulation correlated with better performance on learning and memory tasks in animal models.",
            "In animal models, better scores on learning and memory tasks went along with the rise in BDNF from Selank, a 2010 study by Inozemtseva and colleagues showed.",
            "According to a 2010 Inozemtseva study, animals' improved performance on learning and memory tasks was linked to Selank's increase in BDNF.",
        ],
        "changed": {
            "causal": "A 2010 study by Inozemtseva and colleagues showed that Selank's BDNF upregulation improved performance on learning and memory tasks in animal models.",
            "condition_dropped": "A 2010 study by Inozemtseva and colleagues showed that Selank's BDNF upregulation goes along with improved performance on learning and memory tasks.",
            "quantity": "A 2010 study by Inozemtseva and colleagues showed that Selank's BDNF upregulation correlated with improved performance on every learning and memory task in animal models.",
            # merge: Doklady Biological Sciences is the journal of the cytokine findings
            "merge": "A 2010 study by Inozemtseva and colleagues in Doklady Biological Sciences showed that Selank's BDNF upregulation correlated with better learning and memory in animal models.",
        },
    },
    {
        "article": A,
        "reused": False,
        "sentence": "This matters because chronic anxiety is increasingly understood to have an inflammatory component — elevated inflammatory cytokines are consistently found in anxiety disorders, and anti-inflammatory interventions can sometimes improve anxiety symptoms.",
        "faithful": [
            "Chronic anxiety is increasingly understood to have an inflammatory component, the article says.",
            "Anti-inflammatory interventions can sometimes improve anxiety symptoms, and raised levels of inflammatory cytokines are consistently found in anxiety disorders.",
            "Elevated inflammatory cytokines are a consistent finding in anxiety disorders, one sign that chronic anxiety is increasingly seen as having an inflammatory side.",
        ],
        "changed": {
            "quantity": "Anti-inflammatory interventions usually improve anxiety symptoms, and elevated inflammatory cytokines are consistently found in anxiety disorders.",
            "causal": "Elevated inflammatory cytokines cause anxiety disorders, the article says.",
            "condition_dropped": "Anxiety is increasingly understood to have an inflammatory component.",
            "added_detail": "Anti-inflammatory interventions such as omega-3 supplements can sometimes improve anxiety symptoms.",
        },
    },
    {
        "article": A,
        "reused": False,
        "sentence": "A clinical trial comparing Selank to medazepam (a benzodiazepine) found similar anxiolytic efficacy with significantly fewer side effects in the Selank group.",
        "faithful": [
            "In a clinical trial against the benzodiazepine medazepam, Selank showed similar anti-anxiety efficacy.",
            "Selank and medazepam, a benzodiazepine, reduced anxiety to a similar degree in a clinical trial, but significantly fewer side effects occurred in the Selank group.",
            "The Selank group had significantly fewer side effects in a clinical trial that compared Selank with medazepam.",
        ],
        "changed": {
            "negation_moved": "A clinical trial comparing Selank to medazepam found that Selank did not reach medazepam's anxiolytic efficacy, though it had significantly fewer side effects.",
            "quantity": "Two clinical trials comparing Selank to medazepam found similar anxiolytic efficacy with significantly fewer side effects in the Selank group.",
            "added_detail": "A clinical trial of 62 patients comparing Selank to medazepam found similar anxiolytic efficacy with significantly fewer side effects in the Selank group.",
            # merge: neurasthenia is where the article says Selank is used as an adjunct, not the trial's population
            "merge": "A clinical trial comparing Selank to medazepam in patients with neurasthenia found similar anxiolytic efficacy with significantly fewer side effects in the Selank group.",
        },
    },
    {
        "article": A,
        "reused": False,
        "sentence": "Sample sizes tend to be smaller than what we would see in Phase III Western trials, and independent replication by non-Russian research groups is limited.",
        "faithful": [
            "Independent replication of the Russian Selank studies by non-Russian research groups is limited.",
            "The Russian clinical studies of Selank tend to have smaller sample sizes than Phase III Western trials.",
            "Compared with Phase III trials in the West, the Selank studies tend to enroll fewer people, and few non-Russian groups have independently replicated them.",
        ],
        "changed": {
            "condition_dropped": "Sample sizes in the Selank studies tend to be smaller than in Western trials, and independent replication by non-Russian groups is limited.",
            "negation_moved": "Sample sizes in the Selank studies are not smaller than in Phase III Western trials, but independent replication by non-Russian groups is limited.",
            "quantity": "Sample sizes in the Selank studies are always smaller than in Phase III Western trials.",
            "causal": "Because the sample sizes are small, independent replication of the Selank studies by non-Russian research groups is limited.",
        },
    },
    {
        "article": A,
        "reused": False,
        "sentence": "This enkephalin-stabilizing effect likely contributes to Selank's anxiolytic profile and may also partly explain why users frequently report a sense of calm well-being without the emotional blunting that many pharmaceutical anxiolytics produce.",
        "faithful": [
            "Selank's enkephalin-stabilizing effect likely contributes to its anti-anxiety profile.",
            "Many pharmaceutical anxiolytics produce emotional blunting, and Selank's enkephalin effect may partly explain why users often report calm well-being without it.",
            "Users frequently report feeling calm and well on Selank without emotional blunting, something its stabilizing of enkephalins may partly explain.",
        ],
        "changed": {
            "quantity": "Selank's enkephalin effect may partly explain why users report calm well-being without the emotional blunting that all pharmaceutical anxiolytics produce.",
            "negation_moved": "Selank's enkephalin-stabilizing effect likely does not contribute to its anxiolytic profile, but may partly explain why users report calm without emotional blunting.",
            # merge: faster learning and better memory are tied to BDNF upregulation in the article
            "merge": "Selank's enkephalin-stabilizing effect may partly explain why users report faster learning and better memory.",
            "added_detail": "Selank's enkephalin effect may partly explain why users frequently report, within the first week, a sense of calm well-being without emotional blunting.",
        },
    },
    {
        "article": A,
        "reused": False,
        "sentence": "Oral delivery would likely result in significant degradation by digestive enzymes before reaching systemic circulation, and parenteral injection, while possible, does not offer the same direct CNS access.",
        "faithful": [
            "Parenteral injection of Selank is possible but does not give the same direct CNS access.",
            "Taken by mouth, Selank would likely be broken down significantly by digestive enzymes before reaching the bloodstream.",
            "Digestive enzymes would likely significantly degrade orally delivered Selank before it reached systemic circulation, the article says.",
        ],
        "changed": {
            "negation_moved": "Parenteral injection of Selank is possible and offers the same direct CNS access as intranasal delivery.",
            "quantity": "Oral delivery of Selank would likely result in complete degradation by digestive enzymes before it reaches systemic circulation.",
            # merge: enkephalinases are the enzymes that break down enkephalins, not the digestive enzymes
            "merge": "Oral delivery of Selank would likely result in significant degradation by enkephalinases before it reaches systemic circulation.",
            "added_detail": "Oral delivery of Selank would likely result in significant degradation by digestive enzymes such as pepsin and trypsin before it reaches systemic circulation.",
        },
    },
    # ------------------------------------------------------------------ B
    {
        "article": B,
        "reused": False,
        "sentence": "Laboratory work suggests it acts as a positive modulator of the brain's GABA system, the same broad pathway that conventional anti-anxiety medications target.",
        "faithful": [
            "Laboratory work suggests Selank acts as a positive modulator of the brain's GABA system.",
            "Conventional anti-anxiety medications target the same broad pathway, the GABA system, that lab work suggests Selank positively modulates.",
            "According to lab research, Selank may boost the brain's GABA system, which is also the broad target of standard anxiety drugs.",
        ],
        "changed": {
            "causal": "Because it acts on the same broad pathway as conventional anti-anxiety medications, Selank avoids their dependence and sedation.",
            "negation_moved": "Laboratory work suggests Selank acts as a positive modulator of the brain's GABA system, a pathway that conventional anti-anxiety medications do not target.",
            # merge: rats are the subject of the 2017 behavioral study, not of the receptor work
            "merge": "Laboratory work in rats suggests Selank acts as a positive modulator of the brain's GABA system.",
            "added_detail": "Laboratory work on cultured neurons suggests Selank acts as a positive modulator of the brain's GABA system.",
        },
    },
    {
        "article": B,
        "reused": False,
        "sentence": "Because of its tuftsin lineage, Selank has also been studied for immune-signaling and nootropic (attention and memory) effects.",
        "faithful": [
            "Selank has also been studied for nootropic effects on attention and memory because of its tuftsin lineage.",
            "Its descent from tuftsin is why Selank has also been studied for effects on immune signaling.",
            "Because Selank comes from the tuftsin line, researchers have also looked at two further kinds of effect: immune signaling and nootropic effects on attention and memory.",
        ],
        "changed": {
            "causal": "Because of its tuftsin lineage, Selank improves attention and memory.",
            "negation_moved": "Despite its tuftsin lineage, Selank has not been studied for immune-signaling effects, only for nootropic ones.",
            # merge: antiasthenic effects are a finding of the 2008 medazepam trial
            "merge": "Because of its tuftsin lineage, Selank has also been studied for immune-signaling and antiasthenic effects.",
            "added_detail": "Because of its tuftsin lineage, Selank has also been studied in mice for immune-signaling and nootropic effects.",
        },
    },
    {
        "article": B,
        "reused": False,
        "sentence": "Selank is a synthetic peptide developed in Russia and studied mainly for anxiety and stress-related symptoms. It is a heptapeptide, meaning it is built from seven amino acids (Thr-Lys-Pro-Arg-Pro-Gly-Pro), and it is modeled on tuftsin, a naturally occurring peptide fragment with roles in immune signaling.",
        "faithful": [
            "Selank is a synthetic peptide developed in Russia, studied mainly for anxiety and stress-related symptoms.",
            "Selank is made of seven amino acids (Thr-Lys-Pro-Arg-Pro-Gly-Pro) and is modeled on tuftsin.",
            "Tuftsin, the natural peptide fragment that Selank is modeled on, has roles in immune signaling.",
        ],
        "changed": {
            "quantity": "Selank is a synthetic peptide developed in Russia and studied only for anxiety and stress-related symptoms.",
            # merge: 2017 is the year of the rat study and of the tuftsin review
            "merge": "Selank is a synthetic peptide developed in Russia in 2017 and studied mainly for anxiety and stress-related symptoms.",
            "negation_moved": "Selank is modeled on tuftsin, a naturally occurring peptide fragment with no role in immune signaling.",
            "causal": "Selank is studied mainly for anxiety and stress-related symptoms because it is modeled on tuftsin.",
        },
    },
    {
        "article": B,
        "reused": False,
        "sentence": "Because it is a tuftsin analogue, researchers have studied Selank not only for its calming effects but also for related effects on mood, attention, and immune signaling. In the literature it is most often described as an anxiolytic peptide, a compound aimed at lowering anxiety.",
        "faithful": [
            "In the literature Selank is most often described as an anxiolytic peptide, meaning a compound meant to lower anxiety.",
            "Beyond its calming effects, researchers have studied Selank for related effects on mood, attention and immune signaling, because it is a tuftsin analogue.",
            "Apart from calming, the article names three related areas in which Selank, as a tuftsin analogue, has been studied: immune signaling, attention and mood.",
        ],
        "changed": {
            "quantity": "In the literature Selank is always described as an anxiolytic peptide.",
            "negation_moved": "Researchers have studied Selank for its calming effects but not for related effects on mood, attention and immune signaling.",
            "causal": "Because it is most often described as an anxiolytic peptide, Selank has been studied for effects on mood and attention.",
            "added_detail": "Because it is a tuftsin analogue, researchers have studied Selank for related effects on mood, attention, sleep and immune signaling.",
        },
    },
    {
        "article": B,
        "reused": False,
        "sentence": "A 2017 study in rats added a behavioral piece to that picture, reporting that Selank enhanced the anxiolytic effect of diazepam under conditions of chronic stress.",
        "faithful": [
            "A 2017 rat study reported that Selank enhanced diazepam's anti-anxiety effect under chronic stress.",
            "Under conditions of chronic stress, diazepam's anxiolytic effect was made stronger by Selank in rats, according to a 2017 study.",
            "The 2017 rat study added a behavioral piece to the picture of how Selank works.",
        ],
        "changed": {
            "condition_dropped": "A 2017 study in rats reported that Selank enhanced the anxiolytic effect of diazepam.",
            "condition_dropped_2": "A 2017 study showed that Selank enhances the anxiolytic effect of diazepam under chronic stress.",
            "negation_moved": "A 2017 study in rats reported that Selank enhanced the anxiolytic effect of diazepam only when the rats were not under chronic stress.",
            # merge: 2018 is the year of the receptor study
            "merge": "A 2018 study in rats reported that Selank enhanced the anxiolytic effect of diazepam under chronic stress.",
        },
    },
    {
        "article": B,
        "reused": False,
        "sentence": "This work describes biology and animal behavior, so it points to how Selank may act in people without establishing the same effect.",
        "faithful": [
            "The lab and animal work points to how Selank may act in people but does not establish the same effect in them.",
            "Because this work covers biology and animal behavior, it does not establish that Selank has the same effect in people.",
            "The article says the biology and animal behavior research only hints at how Selank might work in humans, without proving it.",
        ],
        "changed": {
            "negation_moved": "This work describes biology and animal behavior, and it establishes the same effect of Selank in people.",
            "causal": "Because Selank acts differently in people, this work describes only biology and animal behavior.",
            "added_detail": "This work, done mostly in mice, points to how Selank may act in people without establishing the same effect.",
            # merge: "concentrated in a few research groups" is said of the small clinical studies
            "merge": "This work, concentrated in a few research groups, describes biology and animal behavior, so it points to how Selank may act in people.",
        },
    },
    {
        "article": B,
        "reused": False,
        "sentence": "At the mechanism level, the 2018 receptor study and the 2017 tuftsin review describe how Selank engages the GABA system and where it sits among related peptides.",
        "faithful": [
            "At the mechanism level, the 2018 receptor study and the 2017 tuftsin review describe how Selank engages the GABA system.",
            "Where Selank sits among related peptides, and how it engages the GABA system, are described at the mechanism level by two sources: the 2017 tuftsin review and the 2018 receptor study.",
            "The 2017 tuftsin review and the 2018 receptor study are mechanism-level work on how Selank engages the GABA system.",
        ],
        "changed": {
            "quantity": "At the mechanism level, three studies describe how Selank engages the GABA system and where it sits among related peptides.",
            # merge: the 2017 rat study belongs to the preclinical tier, not the mechanism tier
            "merge": "At the mechanism level, the 2018 receptor study and the 2017 rat study describe how Selank engages the GABA system.",
            "added_detail": "At the mechanism level, the 2018 receptor study, run at a Moscow institute, and the 2017 tuftsin review describe how Selank engages the GABA system.",
            "causal": "The 2017 tuftsin review found that Selank engages the GABA system because it sits among tuftsin-derived peptides.",
        },
    },
    {
        "article": B,
        "reused": False,
        "sentence": "The early human signal is consistent, but the body of evidence remains limited.",
        "faithful": [
            "The body of evidence on Selank remains limited, though the early human signal is consistent.",
            "Early human results for Selank are consistent, the article says.",
            "The article calls the Selank evidence base limited while noting that the early human findings agree with each other.",
        ],
        "changed": {
            "negation_moved": "The early human signal on Selank is not consistent, and the body of evidence remains limited.",
            "condition_dropped": "The human signal on Selank is consistent, but the body of evidence remains limited.",
            "causal": "Because the body of evidence is limited, the early human signal on Selank looks consistent.",
            "added_detail": "The early human signal on Selank, from trials run since the 1990s, is consistent, but the evidence remains limited.",
        },
    },
    {
        "article": B,
        "reused": False,
        "sentence": "Given the available research, Selank is most often discussed in the context of anxiety, stress resilience, and related mood and cognitive symptoms. The trials also describe a nootropic angle, meaning possible support for attention and mental clarity, and the tuftsin lineage has prompted interest in immune-related signaling, though that line of work is earlier still.",
        "faithful": [
            "The trials also describe a nootropic angle for Selank, meaning possible support for attention and mental clarity.",
            "Interest in Selank's immune-related signaling comes from its tuftsin lineage, and that line of work is at an even earlier stage.",
            "Anxiety, stress resilience and related mood and cognitive symptoms are the context in which Selank is most often discussed.",
        ],
        "changed": {
            "negation_moved": "The trials do not describe a nootropic angle for Selank, but its tuftsin lineage has prompted interest in immune-related signaling.",
            "causal": "The trials describe that Selank supports attention and mental clarity because it lowers anxiety.",
            # merge: the nootropic angle is described by the trials; the 2018 study is a laboratory receptor study
            "merge": "The 2018 receptor study describes a nootropic angle for Selank, meaning possible support for attention and mental clarity.",
            "added_detail": "Selank's tuftsin lineage has prompted interest in immune-related signaling, such as effects on interleukin-6, though that work is earlier still.",
        },
    },
    {
        "article": B,
        "reused": False,
        "sentence": "Whether a peptide like Selank is appropriate for any individual depends on a full clinical picture, existing medications, and a physician's judgment.",
        "faithful": [
            "A physician's judgment is one of the things that decides whether a peptide like Selank is appropriate for a person.",
            "Whether Selank is right for someone depends on three things: their full clinical picture, their existing medications and a physician's judgment.",
            "Existing medications and the full clinical picture, along with a physician's judgment, determine whether a peptide like Selank suits an individual.",
        ],
        "changed": {
            "quantity": "Whether a peptide like Selank is appropriate for an individual depends on two things: the full clinical picture and a physician's judgment.",
            "negation_moved": "Whether Selank is appropriate for an individual depends on the full clinical picture and a physician's judgment, not on existing medications.",
            "added_detail": "Whether a peptide like Selank is appropriate for an individual depends on a full clinical picture including blood tests, existing medications and a physician's judgment.",
            "condition_dropped": "A peptide like Selank is appropriate for any individual, the article says.",
        },
    },
    # ------------------------------------------------------------------ C
    {
        "article": C,
        "reused": False,
        "sentence": "Selank is primarily anxiolytic with secondary cognitive effects, while Semax is primarily cognitive-enhancing with secondary anxiolytic effects.",
        "faithful": [
            "Semax is mainly cognitive-enhancing, with secondary anti-anxiety effects.",
            "Selank mainly reduces anxiety, and its cognitive effects are secondary.",
            "Cognitive effects are primary for Semax but secondary for Selank, while reducing anxiety is primary for Selank and secondary for Semax.",
        ],
        "changed": {
            "quantity": "Selank is only anxiolytic, while Semax is primarily cognitive-enhancing with secondary anxiolytic effects.",
            "negation_moved": "Selank is primarily anxiolytic with no cognitive effects, while Semax is primarily cognitive-enhancing.",
            # merge: stroke recovery is one of Semax's registered indications
            "merge": "Selank is primarily anxiolytic with secondary cognitive effects and is registered for stroke recovery.",
            "causal": "Semax has secondary anxiolytic effects because it is primarily cognitive-enhancing.",
        },
    },
    {
        "article": C,
        "reused": False,
        "sentence": "Both peptides have been evaluated in Russian clinical settings, with Selank showing stronger anxiolytic data and Semax showing stronger nootropic and neuroprotective data.",
        "faithful": [
            "Selank and Semax have both been evaluated in Russian clinical settings.",
            "In Russian clinical settings, Semax showed stronger nootropic and neuroprotective data, while Selank showed stronger anxiolytic data.",
            "Selank's anti-anxiety data from Russian clinical settings are the stronger of the two, and Semax's nootropic and neuroprotective data are the stronger of the two.",
        ],
        "changed": {
            "causal": "Selank showed stronger anxiolytic data because it was evaluated in Russian clinical settings.",
            "negation_moved": "Both peptides have been evaluated in Russian clinical settings, with Selank showing stronger anxiolytic data and Semax showing no neuroprotective data.",
            # merge: post-stroke recovery protocols are part of Semax's clinical research
            "merge": "In Russian clinical settings, Selank showed stronger anxiolytic data in post-stroke recovery protocols.",
            "added_detail": "Both peptides have been evaluated in Russian clinical settings, mainly in Moscow hospitals, with Selank showing stronger anxiolytic data.",
        },
    },
    {
        "article": C,
        "reused": False,
        "sentence": "The compounds share some mechanistic overlap (both modulate enkephalin breakdown and BDNF to varying degrees) but are generally studied for different primary endpoints.",
        "faithful": [
            "Selank and Semax are generally studied for different primary endpoints, even though they share some mechanistic overlap.",
            "Both compounds modulate enkephalin breakdown and BDNF, to varying degrees.",
            "Each of the two peptides affects BDNF and the breakdown of enkephalins, to a different degree, which is the mechanistic overlap the article describes.",
        ],
        "changed": {
            "quantity": "Selank and Semax both modulate enkephalin breakdown and BDNF to the same degree.",
            "negation_moved": "Selank and Semax share some mechanistic overlap but are not studied for different primary endpoints.",
            "causal": "Because both modulate enkephalin breakdown and BDNF, Selank and Semax are studied for different primary endpoints.",
            "added_detail": "Selank and Semax share some mechanistic overlap: both modulate enkephalin breakdown, BDNF and glutamate signaling.",
        },
    },
    {
        "article": C,
        "reused": False,
        "sentence": "Unlike classic benzodiazepines, Selank does not appear to bind directly to the GABA-A receptor (the ionotropic inhibitory receptor that benzodiazepines potentiate) but instead modulates the availability and metabolism of endogenous GABA receptor ligands, including enkephalins (endogenous opioid peptides that modulate pain, stress, and anxiety signaling).",
        "faithful": [
            "Selank does not appear to bind directly to the GABA-A receptor, unlike classic benzodiazepines.",
            "Enkephalins are among the endogenous GABA receptor ligands whose availability and metabolism Selank modulates.",
            "Classic benzodiazepines potentiate the GABA-A receptor, an ionotropic inhibitory receptor that Selank does not appear to bind directly.",
        ],
        "changed": {
            "negation_moved": "Selank appears to bind directly to the GABA-A receptor, as classic benzodiazepines do.",
            # merge: cortisol is the stress hormone of the BDNF overlap section, not a GABA receptor ligand
            "merge": "Selank modulates the availability and metabolism of endogenous GABA receptor ligands, including enkephalins and cortisol.",
            "causal": "Because it does not bind directly to the GABA-A receptor, Selank modulates the availability and metabolism of enkephalins.",
            "quantity": "Enkephalins are the only endogenous GABA receptor ligands whose availability and metabolism Selank modulates.",
        },
    },
    {
        "article": C,
        "reused": False,
        "sentence": "The Russian clinical research literature documents Selank's use in anxiety disorder research, where it produced anxiolytic effects with a different side effect profile than benzodiazepine class compounds - notably without the sedation and cognitive impairment commonly associated with GABAergic anxiolytics.",
        "faithful": [
            "In Russian clinical anxiety disorder research, Selank produced anti-anxiety effects without the sedation and cognitive impairment commonly linked to GABAergic anxiolytics.",
            "Selank's side effect profile in Russian anxiety disorder research differed from that of benzodiazepine-class compounds.",
            "Sedation and cognitive impairment are commonly associated with GABAergic anxiolytics, but Selank produced its anxiolytic effects without them in the Russian clinical research.",
        ],
        "changed": {
            "condition_dropped": "Selank produces anxiolytic effects without the cognitive impairment commonly associated with GABAergic anxiolytics.",
            "negation_moved": "In Russian anxiety disorder research, Selank produced anxiolytic effects with sedation but without the cognitive impairment common to GABAergic anxiolytics.",
            # merge: post-stroke recovery is part of Semax's clinical research
            "merge": "The Russian clinical research literature documents Selank's use in post-stroke recovery research, where it produced anxiolytic effects without sedation.",
            "causal": "In Russian research, Selank produced anxiolytic effects without sedation because it raises BDNF.",
        },
    },
    {
        "article": C,
        "reused": False,
        "sentence": "The cognitive and neuroprotective effects documented in Russian clinical research - including post-stroke recovery protocols and cognitive enhancement in healthy subjects - reflect a compound designed to activate, protect, and enhance neural function rather than to calm it.",
        "faithful": [
            "Semax's cognitive and neuroprotective effects in Russian clinical research include post-stroke recovery protocols and cognitive enhancement in healthy subjects.",
            "Semax's documented effects reflect a compound designed to activate, protect and enhance neural function rather than to calm it.",
            "Rather than calming the brain, Semax was built to activate, protect and enhance neural function, as its documented effects in post-stroke recovery and in healthy subjects reflect.",
        ],
        "changed": {
            # merge: anxiety disorder research is where the article places Selank's clinical use
            "merge": "Semax's cognitive and neuroprotective effects in Russian clinical research include post-stroke recovery protocols and anxiety disorder research.",
            "negation_moved": "Russian clinical research documented Semax's cognitive effects but not its neuroprotective effects.",
            "added_detail": "Russian clinical research documented Semax's cognitive enhancement in healthy young adults and its use in post-stroke recovery protocols.",
            "causal": "Semax's benefits in post-stroke recovery protocols come from its dopaminergic modulation.",
        },
    },
    {
        "article": C,
        "reused": False,
        "sentence": "Anxiety chronically suppresses BDNF expression, particularly in the hippocampus, via the stress hormone cortisol. Selank-mediated anxiety reduction may allow BDNF expression to recover toward baseline.",
        "faithful": [
            "Anxiety chronically suppresses BDNF expression through the stress hormone cortisol, especially in the hippocampus.",
            "When Selank reduces anxiety, BDNF expression may be able to recover toward baseline.",
            "Cortisol, the stress hormone, is how anxiety keeps BDNF expression down over time, most of all in the hippocampus.",
        ],
        "changed": {
            "quantity": "Anxiety chronically suppresses BDNF expression only in the hippocampus, via the stress hormone cortisol.",
            # merge: cortical tissue is where Semax's BDNF upregulation is reported
            "merge": "Anxiety chronically suppresses BDNF expression, particularly in cortical tissue, via the stress hormone cortisol.",
            "negation_moved": "Selank-mediated anxiety reduction may not allow BDNF expression to recover toward baseline.",
            "condition_dropped": "Anxiety suppresses BDNF expression, particularly in the hippocampus, via the stress hormone cortisol.",
        },
    },
    {
        "article": C,
        "reused": False,
        "sentence": "Selank is registered in Russia for anxiety disorders. Semax is registered for stroke recovery and cognitive impairment.",
        "faithful": [
            "In Russia, Selank is registered for anxiety disorders.",
            "Semax is registered for two uses: stroke recovery and cognitive impairment.",
            "Stroke recovery and cognitive impairment are what Semax is registered for, whereas Selank's registration in Russia covers anxiety disorders.",
        ],
        "changed": {
            "quantity": "Selank is registered in Russia for anxiety disorders, and Semax is registered only for stroke recovery.",
            # merge: cognitive impairment is one of Semax's registered indications
            "merge": "Selank is registered in Russia for anxiety disorders and cognitive impairment.",
            "causal": "Selank is registered in Russia for anxiety disorders because it was developed from tuftsin.",
            "added_detail": "Selank has been registered in Russia for anxiety disorders since 2009.",
        },
    },
    {
        "article": C,
        "reused": False,
        "sentence": "Published Selank protocols in the Russian clinical literature use intranasal administration with dosing typically in the 200 to 900 mcg range, with cycle lengths of 2 to 4 weeks.",
        "faithful": [
            "Published Russian Selank protocols use intranasal dosing, typically in the 200 to 900 mcg range.",
            "Selank cycles in the published Russian clinical protocols last 2 to 4 weeks.",
            "In the Russian clinical literature, Selank is given through the nose at doses that are typically between 200 and 900 mcg, in cycles of 2 to 4 weeks.",
        ],
        "changed": {
            "quantity": "Published Russian Selank protocols use intranasal dosing typically in the 300 to 900 mcg range.",
            "quantity_2": "Published Russian Selank protocols use intranasal dosing in the 200 to 900 mcg range, with cycle lengths of 2 to 4 months.",
            # merge: research cycles "varying by indication" are said of the Semax protocols
            "merge": "Published Russian Selank protocols use intranasal dosing typically in the 200 to 900 mcg range, with cycle lengths that vary by indication.",
            "condition_dropped": "Selank is typically dosed at 200 to 900 mcg, in cycles of 2 to 4 weeks.",
        },
    },
    {
        "article": C,
        "reused": False,
        "sentence": "Published research has not systematically evaluated the combination in controlled trials, but mechanistic reasoning from the individual compound literature suggests complementary rather than competing effects.",
        "faithful": [
            "The Selank and Semax combination has not been systematically evaluated in controlled trials.",
            "Mechanistic reasoning from the literature on each compound suggests Selank and Semax have complementary rather than competing effects.",
            "No published controlled trial has systematically evaluated combining Selank and Semax, but reasoning from how each works suggests their effects complement rather than compete.",
        ],
        "changed": {
            "negation_moved": "Published controlled trials have systematically evaluated the Selank and Semax combination and found complementary rather than competing effects.",
            "condition_dropped": "Published research has not evaluated the Selank and Semax combination at all.",
            "causal": "Because the combination has not been evaluated in controlled trials, mechanistic reasoning suggests Selank and Semax have complementary effects.",
            "added_detail": "Mechanistic reasoning from the individual compound literature, mainly rat studies, suggests Selank and Semax have complementary rather than competing effects.",
        },
    },
    # ------------------------------------------------------------------ D
    {
        "article": D,
        "reused": False,
        "sentence": "As a nootropic, it is used to improve memory, learning, focus, and mental clarity, partly by increasing Brain-Derived Neurotrophic Factor (BDNF).",
        "faithful": [
            "As a nootropic, Selank is used to improve memory, learning, focus and mental clarity.",
            "Selank's nootropic use works partly through raising Brain-Derived Neurotrophic Factor (BDNF).",
            "The article lists four things Selank is used to improve as a nootropic, focus, mental clarity, memory and learning, and says this happens partly through higher BDNF.",
        ],
        "changed": {
            "quantity": "As a nootropic, Selank improves memory, learning, focus and mental clarity mainly by increasing BDNF.",
            "causal": "Because it improves mental clarity, Selank increases Brain-Derived Neurotrophic Factor (BDNF).",
            # merge: enkephalin inhibition is the mechanism the article ties to mood and the stress response
            "merge": "As a nootropic, Selank is used to improve memory, learning, focus and mental clarity, partly by inhibiting the breakdown of enkephalins.",
            "added_detail": "As a nootropic, Selank improves memory, learning, focus and mental clarity, partly by increasing BDNF in the hippocampus.",
        },
    },
    {
        "article": D,
        "reused": False,
        "sentence": "Compared to traditional anxiolytics like benzodiazepines, Selank is not associated with dependence, tolerance, or withdrawal symptoms.",
        "faithful": [
            "Unlike traditional anxiolytics such as benzodiazepines, Selank is not linked to dependence, tolerance or withdrawal symptoms.",
            "Dependence, tolerance and withdrawal symptoms are not associated with Selank, in contrast to traditional anxiolytics like benzodiazepines.",
            "The article says Selank, unlike benzodiazepines, is not tied to withdrawal symptoms.",
        ],
        "changed": {
            "added_detail": "Compared to benzodiazepines, Selank is not associated with dependence, tolerance or withdrawal symptoms, even after six months of use.",
            "causal": "Selank is not associated with dependence or withdrawal symptoms because it does not cause sedation.",
            "quantity": "Compared to traditional anxiolytics like benzodiazepines, Selank has no side effects at all.",
            # merge: the FDA has noted an immunogenicity risk with compounded drugs containing Selank
            "merge": "Compared to traditional anxiolytics like benzodiazepines, Selank is not associated with dependence, tolerance or immunogenicity.",
        },
    },
    {
        "article": D,
        "reused": False,
        "sentence": "It appears to do this by allosterically modulating GABA-A receptors, which is similar in effect to benzodiazepines but without binding to the same sites, thus avoiding many of the associated negative side effects.",
        "faithful": [
            "Selank appears to enhance GABA's effect by allosterically modulating GABA-A receptors.",
            "Selank appears to act like benzodiazepines in effect without binding to the same sites, which lets it avoid many of their negative side effects.",
            "By not binding the same sites as benzodiazepines, Selank seems to sidestep many of the negative side effects tied to them, while its allosteric action on GABA-A receptors has a similar effect.",
        ],
        "changed": {
            "quantity": "Selank appears to modulate GABA-A receptors without binding to the same sites as benzodiazepines, thus avoiding all of their negative side effects.",
            "negation_moved": "Selank appears to bind to the same GABA-A sites as benzodiazepines, yet it avoids many of their negative side effects.",
            # merge: serotonin belongs to the monoamine-regulation mechanism, not the GABA one
            "merge": "Selank appears to enhance GABA by allosterically modulating serotonin receptors, without binding to the same sites as benzodiazepines.",
            "added_detail": "Selank appears to modulate GABA-A receptors without binding to the benzodiazepine site between the alpha and gamma subunits.",
        },
    },
    {
        "article": D,
        "reused": False,
        "sentence": "It can influence the expression of Interleukin-6 (IL-6), a pro-inflammatory cytokine, and may help balance the immune response.",
        "faithful": [
            "Selank can influence the expression of Interleukin-6 (IL-6), a pro-inflammatory cytokine.",
            "Selank may help balance the immune response.",
            "IL-6 is a pro-inflammatory cytokine whose expression Selank can influence, and Selank may also help balance the immune response.",
        ],
        "changed": {
            "causal": "Selank improves mood because it influences the expression of Interleukin-6 (IL-6).",
            "negation_moved": "Selank can influence the expression of IL-6, but it does not help balance the immune response.",
            # merge: "the brain's main inhibitory neurotransmitter" is how the article describes GABA
            "merge": "Selank can influence the expression of Interleukin-6 (IL-6), the brain's main inhibitory neurotransmitter.",
            "added_detail": "Selank can lower the expression of Interleukin-6 (IL-6), a pro-inflammatory cytokine, and may help balance the immune response.",
        },
    },
    {
        "article": D,
        "reused": False,
        "sentence": "Clinical trials have shown it to be effective in treating Generalized Anxiety Disorder, with an efficacy comparable to benzodiazepines like medazepam but with a superior safety profile.",
        "faithful": [
            "Clinical trials have shown Selank to be effective in treating Generalized Anxiety Disorder.",
            "In clinical trials for Generalized Anxiety Disorder, Selank's efficacy was comparable to benzodiazepines such as medazepam, with a better safety profile.",
            "Selank is safer than benzodiazepines like medazepam while working comparably well against Generalized Anxiety Disorder, clinical trials have shown.",
        ],
        "changed": {
            "condition_dropped": "Clinical trials have shown Selank to be effective in treating anxiety disorders, with efficacy comparable to benzodiazepines like medazepam.",
            "quantity": "A single clinical trial has shown Selank to be effective in treating Generalized Anxiety Disorder, with efficacy comparable to medazepam.",
            # merge: Semax appears only in the comparison table, not in the trials
            "merge": "Clinical trials have shown Selank to be effective in treating Generalized Anxiety Disorder, with an efficacy comparable to Semax.",
            "causal": "Because of its superior safety profile, Selank was effective in treating Generalized Anxiety Disorder in clinical trials.",
        },
    },
    {
        "article": D,
        "reused": False,
        "sentence": "It helps normalize the body's cortisol response, which is particularly beneficial for individuals under chronic stress.",
        "faithful": [
            "Selank helps normalize the body's cortisol response.",
            "People under chronic stress benefit particularly from Selank's normalizing of the cortisol response.",
            "The article says Selank helps bring the body's cortisol response back to normal, which is especially useful for people living with chronic stress.",
        ],
        "changed": {
            "condition_dropped": "Selank helps normalize the body's cortisol response, which is particularly beneficial for individuals under stress.",
            "quantity": "Selank helps normalize the body's cortisol response, which is beneficial only for individuals under chronic stress.",
            "causal": "Selank reduces anxiety because it normalizes the body's cortisol response.",
            "added_detail": "Selank helps normalize the body's cortisol response within a few days, which is particularly beneficial for individuals under chronic stress.",
        },
    },
    {
        "article": D,
        "reused": False,
        "sentence": "The peptide can improve concentration and mental clarity, which may be beneficial for those with ADHD symptoms or brain fog.",
        "faithful": [
            "Selank can improve concentration and mental clarity.",
            "People with ADHD symptoms or brain fog may benefit from Selank's ability to improve concentration and mental clarity.",
            "According to the article, two groups might gain from Selank's better concentration and mental clarity: those with brain fog and those with ADHD symptoms.",
        ],
        "changed": {
            # merge: social anxiety is among the feelings users report Selank reducing
            "merge": "Selank can improve concentration and mental clarity, which may be beneficial for those with ADHD symptoms or social anxiety.",
            "causal": "Selank improves concentration and mental clarity by reducing ADHD symptoms.",
            "added_detail": "Selank can improve concentration and mental clarity, which may be beneficial for those with ADHD symptoms or brain fog after COVID-19.",
            "quantity": "Selank can improve concentration and mental clarity in most people with ADHD symptoms or brain fog.",
        },
    },
    {
        "article": D,
        "reused": False,
        "sentence": "Selank is generally considered to have a favorable safety profile, with few reported side effects. When they occur, they are typically mild and may include nasal irritation (from the spray), mild headache, or temporary fatigue.",
        "faithful": [
            "Selank is generally considered to have a favorable safety profile, with few reported side effects.",
            "Side effects of Selank, when they occur, are typically mild and may include nasal irritation from the spray, mild headache or temporary fatigue.",
            "The article names three possible mild side effects of Selank: temporary fatigue, mild headache and nasal irritation from the spray.",
        ],
        "changed": {
            "condition_dropped": "Selank causes nasal irritation from the spray, mild headache or temporary fatigue in its users.",
            "quantity": "Selank's side effects, when they occur, are always mild.",
            # merge: sedation is what the comparison table gives benzodiazepines; Selank is said not to sedate
            "merge": "Selank's side effects, when they occur, are typically mild and may include nasal irritation, mild headache or sedation.",
            "added_detail": "Selank's side effects, when they occur, are typically mild, such as temporary fatigue that usually passes within a day.",
        },
    },
    {
        "article": D,
        "reused": False,
        "sentence": "Users may begin to notice calming and mental clarity effects within the first 1-2 weeks of use. More robust nootropic benefits, such as improved memory, may become more apparent after 4-6 weeks of consistent use.",
        "faithful": [
            "Users may start noticing Selank's calming and mental clarity effects within the first 1-2 weeks of use.",
            "Stronger nootropic benefits like improved memory may become more apparent after 4-6 weeks of consistent Selank use.",
            "With Selank, calm and clarity may come within the first 1-2 weeks, while more robust memory benefits may take 4-6 weeks of consistent use to show.",
        ],
        "changed": {
            "condition_dropped": "More robust nootropic benefits of Selank, such as improved memory, may become more apparent after 4-6 weeks of use.",
            "quantity": "Users may begin to notice Selank's calming and mental clarity effects within the first 1-2 days of use.",
            "causal": "Selank's memory benefits appear after 4-6 weeks because its calming effects build up over the first 1-2 weeks.",
            "added_detail": "Users may begin to notice Selank's calming and mental clarity effects within the first 1-2 weeks of twice-daily use.",
        },
    },
    {
        "article": D,
        "reused": False,
        "sentence": "It should only be used under the supervision of a healthcare professional, especially for individuals taking other medications like SSRIs or who are pregnant or breastfeeding.",
        "faithful": [
            "Selank should only be used under the supervision of a healthcare professional.",
            "Professional supervision of Selank matters especially for people taking other medications such as SSRIs and for those who are pregnant or breastfeeding.",
            "The article names pregnant or breastfeeding people, and people on other medications like SSRIs, as those for whom a healthcare professional's supervision of Selank use is especially important.",
        ],
        "changed": {
            "negation_moved": "Selank does not need a healthcare professional's supervision, except for people taking SSRIs or who are pregnant or breastfeeding.",
            # merge: ADHD symptoms come from the focus and attention section
            "merge": "Selank should only be used under a healthcare professional's supervision, especially by people with ADHD symptoms or who are pregnant or breastfeeding.",
            "causal": "Because Selank can cause nasal irritation, it should only be used under the supervision of a healthcare professional.",
            "added_detail": "Selank should only be used under a healthcare professional's supervision, especially by people taking other medications like SSRIs or MAO inhibitors.",
        },
    },
    # ------------------------------------------------------------------ E
    {
        "article": E,
        "reused": False,
        "sentence": "Dependence and tolerance follow from the same mechanism. Chronic potentiation of GABA-A signaling triggers compensatory downregulation; abrupt discontinuation leaves the system hyperexcitable, producing the rebound-anxiety and withdrawal-seizure spectrum that defines benzodiazepine discontinuation syndrome[9][10].",
        "faithful": [
            "Chronic potentiation of GABA-A signaling by benzodiazepines triggers compensatory downregulation.",
            "When benzodiazepines are stopped abruptly, the system is left hyperexcitable, producing the rebound-anxiety and withdrawal-seizure spectrum of benzodiazepine discontinuation syndrome.",
            "Benzodiazepine discontinuation syndrome is defined by a spectrum of rebound anxiety and withdrawal seizures, which comes about when abrupt discontinuation leaves the system hyperexcitable.",
        ],
        "changed": {
            "condition_dropped": "Stopping benzodiazepines leaves the system hyperexcitable, producing the rebound-anxiety and withdrawal-seizure spectrum.",
            "condition_dropped_2": "Potentiation of GABA-A signaling by benzodiazepines triggers compensatory downregulation.",
            "causal": "Benzodiazepine tolerance causes benzodiazepine dependence.",
            "added_detail": "Abrupt discontinuation of benzodiazepines leaves the system hyperexcitable within one to three days, producing rebound anxiety and withdrawal seizures.",
        },
    },
    {
        "article": E,
        "reused": False,
        "sentence": "The reported outcome of those comparisons is the reason the comparison is interesting in the first place: anxiolytic efficacy in the same range as short-course benzodiazepine therapy, with a categorically different side-effect signature.",
        "faithful": [
            "The reported outcome of the Selank-benzodiazepine comparisons was anxiolytic efficacy in the same range as short-course benzodiazepine therapy.",
            "Selank's side-effect signature was categorically different from that of short-course benzodiazepine therapy, though its anxiolytic efficacy was in the same range, according to the reported comparisons.",
            "The article says this reported outcome is the reason the comparison is interesting in the first place.",
        ],
        "changed": {
            "condition_dropped": "The comparisons reported that Selank's anxiolytic efficacy is in the same range as benzodiazepine therapy, with a categorically different side-effect signature.",
            "quantity": "The comparisons reported that Selank's anxiolytic efficacy was about twice that of short-course benzodiazepine therapy.",
            "negation_moved": "The comparisons reported that Selank's anxiolytic efficacy was not in the same range as short-course benzodiazepine therapy, though its side-effect signature was categorically different.",
            "causal": "Selank's categorically different side-effect signature is why its anxiolytic efficacy reached the range of short-course benzodiazepine therapy.",
        },
    },
    {
        "article": E,
        "reused": False,
        "sentence": "Because the BZD site is present on GABA-A pentamers containing different α subunits (α1, α2, α3, α5), and because those subtypes are distributed across brain regions with different functions, the same molecular event produces a bundle of effects from the same drug: anxiolysis (α2/α3 subtypes), sedation and motor impairment (α1), amnesia (α1 again), and muscle relaxation (multiple subtypes)[8].",
        "faithful": [
            "The benzodiazepine site is found on GABA-A pentamers with four different α subunits: α1, α2, α3 and α5.",
            "For benzodiazepines, sedation, motor impairment and amnesia come from the α1 subtype, while anxiolysis comes from the α2/α3 subtypes.",
            "Since the α-subunit subtypes are spread over brain regions with different functions, one benzodiazepine produces a bundle of effects from the same molecular event.",
        ],
        "changed": {
            "quantity": "In the benzodiazepine bundle, muscle relaxation comes from a single α subtype.",
            "quantity_2": "The benzodiazepine site is present on GABA-A pentamers with three different α subunits.",
            # merge: the γ2 subunit is part of the interface where the benzodiazepine site sits, not the source of anxiolysis
            "merge": "For benzodiazepines, sedation and motor impairment come from the α1 subtype, while anxiolysis comes from the γ2 subunit.",
            "causal": "Benzodiazepine-induced amnesia is a result of their sedation.",
        },
    },
    {
        "article": E,
        "reused": False,
        "sentence": "Medazepam produced earlier sedation and earlier subjective calming; Selank produced a more gradual onset of anxiolytic effect without the sedation component.",
        "faithful": [
            "Medazepam produced earlier sedation and earlier subjective calming than Selank.",
            "Selank's anxiolytic effect started more gradually and came without the sedation component.",
            "Selank calmed patients more slowly but without sedating them, whereas medazepam brought both sedation and a feeling of calm sooner.",
        ],
        "changed": {
            "condition_dropped": "Selank has a more gradual onset of anxiolytic effect than benzodiazepines in general.",
            "negation_moved": "Selank produced a more gradual onset of anxiolytic effect, with a sedation component.",
            "causal": "Medazepam produced earlier subjective calming because it sedated patients earlier.",
            # merge: approximately 14 days is the length of the whole treatment course, not of Selank's onset
            "merge": "Selank produced a more gradual onset of anxiolytic effect, reaching its full effect only after approximately 14 days.",
        },
    },
    {
        "article": E,
        "reused": False,
        "sentence": "No withdrawal syndrome was reported on Selank discontinuation; the paper does not establish dependence-syndrome equivalence definitively, but the absence is consistent across follow-up.",
        "faithful": [
            "No withdrawal syndrome was reported when Selank was stopped.",
            "The paper does not definitively establish dependence-syndrome equivalence, but the absence of withdrawal is consistent across follow-up.",
            "Across follow-up, the lack of a withdrawal syndrome after stopping Selank held steady, though the paper is not definitive on dependence-syndrome equivalence.",
        ],
        "changed": {
            "condition_dropped": "The paper does not establish dependence-syndrome equivalence, though no withdrawal syndrome was reported on Selank discontinuation.",
            "negation_moved": "No withdrawal syndrome was reported on Selank discontinuation, and the paper definitively establishes dependence-syndrome equivalence.",
            "added_detail": "No withdrawal syndrome was reported on Selank discontinuation, and the absence was consistent across a six-month follow-up.",
            "causal": "No withdrawal syndrome was reported on Selank discontinuation because the treatment course lasted only about 14 days.",
        },
    },
    {
        "article": E,
        "reused": False,
        "sentence": "Selank’s anxiolytic activity is comparable in clinical magnitude to short-course benzodiazepine therapy in the specific indications studied (generalized anxiety disorder, neurasthenia).",
        "faithful": [
            "Selank's anxiolytic activity is comparable in clinical magnitude to short-course benzodiazepine therapy in generalized anxiety disorder and neurasthenia.",
            "In the two indications studied, generalized anxiety disorder and neurasthenia, Selank's anti-anxiety activity was about as large clinically as that of short-course benzodiazepine therapy.",
            "Short-course benzodiazepine therapy and Selank have comparable clinical anxiolytic magnitude in the specific indications studied.",
        ],
        "changed": {
            "condition_dropped": "Selank's anxiolytic activity is comparable in clinical magnitude to benzodiazepine therapy in generalized anxiety disorder and neurasthenia.",
            "causal": "Because the treatments were short-course, Selank's anxiolytic activity came out comparable to benzodiazepine therapy in generalized anxiety disorder and neurasthenia.",
            "quantity": "Selank's anxiolytic activity is comparable to short-course benzodiazepine therapy in the three specific indications studied.",
            # merge: mixed anxiety disorders are the setting of the Medvedev adjunct report, not an indication of the comparisons
            "merge": "Selank's anxiolytic activity is comparable to short-course benzodiazepine therapy in the indications studied, generalized anxiety disorder and mixed anxiety disorders.",
        },
    },
    {
        "article": E,
        "reused": False,
        "sentence": "Kost and colleagues (2001) reported that Selank (and Semax) inhibit leucine aminopeptidase and angiotensin-converting enzyme in human serum, prolonging the half-life of endogenous enkephalins[5].",
        "faithful": [
            "Kost and colleagues (2001) reported that Selank and Semax inhibit leucine aminopeptidase and angiotensin-converting enzyme in human serum.",
            "By inhibiting two enzymes in human serum, leucine aminopeptidase and angiotensin-converting enzyme, Selank prolongs the half-life of endogenous enkephalins, Kost and colleagues reported in 2001.",
            "In human serum, the half-life of the body's own enkephalins is extended by Selank, and by Semax too, according to Kost and colleagues (2001).",
        ],
        "changed": {
            "quantity": "Kost and colleagues (2001) reported that Selank inhibits three enkephalin-degrading enzymes in human serum.",
            "negation_moved": "Kost and colleagues (2001) reported that Selank, but not Semax, inhibits leucine aminopeptidase and angiotensin-converting enzyme in human serum.",
            # merge: 2003 is the year of the Kozlovskii and Danchev rat study
            "merge": "Kost and colleagues (2003) reported that Selank inhibits leucine aminopeptidase and angiotensin-converting enzyme in human serum.",
            "added_detail": "Kost and colleagues (2001) reported that Selank inhibits leucine aminopeptidase and angiotensin-converting enzyme in serum from healthy volunteers, prolonging the half-life of enkephalins.",
        },
    },
    {
        "article": E,
        "reused": False,
        "sentence": "The clinical context (post-Soviet Russian psychiatric practice) is not directly comparable to Western prescribing, and the report is observational rather than randomized, but the directional finding is consistent with the mechanistic story.",
        "faithful": [
            "The report is observational rather than randomized.",
            "Post-Soviet Russian psychiatric practice, the clinical context of the report, is not directly comparable to Western prescribing.",
            "Even though it is observational and comes from a setting not directly comparable to Western prescribing, the report's directional finding is consistent with the mechanistic story.",
        ],
        "changed": {
            "condition_dropped": "The report's clinical context, post-Soviet Russian psychiatric practice, is not comparable to Western prescribing.",
            "negation_moved": "The report is observational rather than randomized, and its directional finding is not consistent with the mechanistic story.",
            "causal": "Because the report is observational, its directional finding is consistent with the mechanistic story.",
            "added_detail": "The report, an observational study of about 70 patients, has a directional finding consistent with the mechanistic story.",
        },
    },
    {
        "article": E,
        "reused": False,
        "sentence": "Long-term Selank use, acute panic, alcohol-withdrawal management, seizure-prophylaxis indications, and pediatric/geriatric populations are not part of the comparative record. Extrapolation beyond the studied window is not supported by the data, only by mechanism.",
        "faithful": [
            "Long-term Selank use is not part of the comparative record.",
            "Extrapolating beyond the studied window is supported only by mechanism, not by the data.",
            "Children and older adults, acute panic, alcohol-withdrawal management and seizure prevention all fall outside the comparative record.",
        ],
        "changed": {
            "condition_dropped": "Long-term Selank use has never been studied.",
            "condition_dropped_2": "Extrapolation beyond the studied window is not supported.",
            "negation_moved": "Extrapolation beyond the studied window is supported by the data, not only by mechanism.",
            # merge: neurasthenia is one of the two indications the comparisons did study
            "merge": "Long-term Selank use, acute panic and neurasthenia are not part of the comparative record.",
        },
    },
    {
        "article": E,
        "reused": False,
        "sentence": "The mechanistic prediction is clean: if the α1-mediated effects (sedation, amnesia, motor impairment) require the benzodiazepine site, and Selank does not occupy that site, then those effects should not appear. The Russian clinical record is consistent with the prediction.",
        "faithful": [
            "The Russian clinical record is consistent with the mechanistic prediction.",
            "If sedation, amnesia and motor impairment need the benzodiazepine site, and Selank does not occupy it, then those effects should not appear with Selank.",
            "The article calls the prediction clean: three α1-mediated effects, sedation, amnesia and motor impairment, should be absent with Selank, provided they require the benzodiazepine site and Selank does not occupy it.",
        ],
        "changed": {
            "negation_moved": "If the α1-mediated effects require the benzodiazepine site, and Selank occupies that site, then those effects should not appear.",
            "causal": "The Russian clinical record is consistent with the prediction because the trials gave Selank intranasally.",
            # merge: muscle relaxation is tied to multiple subtypes, not to α1, in the receptor section
            "merge": "If the α1-mediated effects (sedation, amnesia, motor impairment and muscle relaxation) require the benzodiazepine site, they should not appear with Selank.",
            "added_detail": "The Russian clinical record from more than 500 patients is consistent with the mechanistic prediction.",
        },
    },
]
