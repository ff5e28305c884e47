"""A blind near-miss probe through ``validate``: the selank-vs-benzodiazepines article (issue 10).

Written by hand in one sitting before any rule was changed for it; the first reading (blind)
rejected 15 of the 25 near-misses and accepted the faithful control. Two rules written later
from other probes (``role_order``, a helper's, and the clause-long negation scope) were then
read against it once: they catch one more ("direction-impaired"), so 16 of 25; the entity role
swap and the drug-stem fix of later rounds caught two more, so 18 of 25, and "human serum" read
as a sample (not people) one more, so 19 of 25 (rules general to evidence words, written from
grounding_probe4's tune half and checked here after). The misses are marked
``xfail(strict=True)``: each names the kind of change the guards cannot see yet, and the mark
fails the suite the day a change starts catching it, so it has to be moved into the passing set.
Like every hand-written probe here it is development data, not a held-out figure.
"""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest

from summarizer.guards import GuardConfig
from summarizer.models import DosingPolicy, Status
from summarizer.source import read_source
from summarizer.validation import validate_summary

ART = (
    Path(__file__).resolve().parent.parent / "golden" / "selank-vs-benzodiazepines" / "article.txt"
)
Q_ZOZ = "Zozulya and colleagues (2008) reported a clinical study of Selank in patients with generalized anxiety disorder and neurasthenia, with the benzodiazepine medazepam as a comparator[3]."
Q_14 = "The endpoints were standard psychiatric anxiety scales applied longitudinally over a treatment course of approximately 14 days."
Q_ARM = "The Selank arm did not report the sedation, motor impairment, or anterograde-amnesia complaints associated with the medazepam arm."
Q_KOST = "Kost and colleagues (2001) reported that Selank (and Semax) inhibit leucine aminopeptidase and angiotensin-converting enzyme in human serum, prolonging the half-life of endogenous enkephalins[5]."
Q_RATS = "Kozlovskii and Danchev (2003) reported that Selank optimized performance on a conditioned active-avoidance task in rats: the animals retained learning and performance, but with reduced stress signature and no motor impairment[6]."
Q_MED = "Medvedev and colleagues (2015) reported on Selank in clinical practice as an adjunct to standard pharmacotherapy in mixed anxiety disorders[4]."
Q_OBS = "The clinical context (post-Soviet Russian psychiatric practice) is not directly comparable to Western prescribing, and the report is observational rather than randomized, but the directional finding is consistent with the mechanistic story."
Q_CT = "ClinicalTrials.gov and EudraCT do not contain registered Phase 3 trials of Selank against benzodiazepines."
Q_PREC = "The precise binding biochemistry — whether Selank acts directly on GABA-A pentamers, on an upstream GABAergic regulator, or via the enkephalin pathway discussed below — remains less completely characterized than the BZD-site model."


def it(text: str, quote: str, kind: str = "finding", level: str | None = None) -> dict[str, Any]:
    return {"text": text, "quotes": [quote], "kind": kind, "evidence_level": level}


CONTROL: dict[str, Any] = {
    "overview": {
        "text": "Zozulya and colleagues (2008) studied Selank in patients with generalized anxiety disorder and neurasthenia, with medazepam as a comparator.",
        "quotes": [Q_ZOZ],
    },
    "claims": [
        it(
            "The Selank arm did not report the sedation, motor impairment or amnesia complaints seen with medazepam.",
            Q_ARM,
            "evidence",
            "human_trial",
        ),
        it(
            "Kost and colleagues (2001) reported that Selank inhibits leucine aminopeptidase and angiotensin-converting enzyme in human serum.",
            Q_KOST,
            "mechanism",
            "in_vitro",
        ),
        it(
            "In rats, Selank optimized performance on a conditioned active-avoidance task with no motor impairment, Kozlovskii and Danchev (2003) reported.",
            Q_RATS,
            "evidence",
            "animal",
        ),
        it(
            "Medvedev and colleagues (2015) reported on Selank as an adjunct to standard pharmacotherapy in mixed anxiety disorders.",
            Q_MED,
            "evidence",
            "unspecified",
        ),
    ],
    "caveats": [
        {
            "text": "The report is not directly comparable to Western prescribing and is observational rather than randomized.",
            "quotes": [Q_OBS],
        },
        {
            "text": "ClinicalTrials.gov and EudraCT hold no registered Phase 3 trials of Selank against benzodiazepines.",
            "quotes": [Q_CT],
        },
    ],
}


def claim(n: int, text: str, quotes: list[str] | None = None) -> dict[str, Any]:
    s = copy.deepcopy(CONTROL)
    s["claims"][n]["text"] = text
    if quotes is not None:
        s["claims"][n]["quotes"] = quotes
    return s


def cav(n: int, text: str) -> dict[str, Any]:
    s = copy.deepcopy(CONTROL)
    s["caveats"][n]["text"] = text
    return s


def extra(item: dict[str, Any]) -> dict[str, Any]:
    s = copy.deepcopy(CONTROL)
    s["claims"].append(item)
    return s


def over(text: str) -> dict[str, Any]:
    s = copy.deepcopy(CONTROL)
    s["overview"]["text"] = text
    return s


NEAR: list[tuple[str, dict[str, Any]]] = [
    (
        "year",
        over(
            "Zozulya and colleagues (2010) studied Selank in patients with generalized anxiety disorder and neurasthenia, with medazepam as a comparator."
        ),
    ),
    (
        "comparator-swap",
        over(
            "Zozulya and colleagues (2008) studied Selank in patients with generalized anxiety disorder and neurasthenia, with diazepam as a comparator."
        ),
    ),
    (
        "comparator-placebo",
        over(
            "Zozulya and colleagues (2008) studied Selank in patients with generalized anxiety disorder and neurasthenia, with placebo as a comparator."
        ),
    ),
    (
        "condition-swap",
        over(
            "Zozulya and colleagues (2008) studied Selank in patients with panic disorder and neurasthenia, with medazepam as a comparator."
        ),
    ),
    (
        "negation-dropped",
        claim(
            0,
            "The Selank arm reported the sedation, motor impairment or amnesia complaints seen with medazepam.",
        ),
    ),
    (
        "role-swap-arm",
        claim(
            0,
            "The medazepam arm did not report the sedation, motor impairment or amnesia complaints seen with Selank.",
        ),
    ),
    (
        "duration-number",
        extra(
            it(
                "The endpoints were standard anxiety scales applied over a treatment course of approximately 28 days.",
                Q_14,
                "evidence",
                "human_trial",
            )
        ),
    ),
    (
        "duration-number-word",
        extra(
            it(
                "The endpoints were standard anxiety scales applied over a treatment course of about four weeks.",
                Q_14,
                "evidence",
                "human_trial",
            )
        ),
    ),
    (
        "subject-swap-enzyme",
        claim(
            1,
            "Kost and colleagues (2001) reported that leucine aminopeptidase inhibits Selank in human serum.",
        ),
    ),
    (
        "author-swap",
        claim(
            1,
            "Zozulya and colleagues (2001) reported that Selank inhibits leucine aminopeptidase and angiotensin-converting enzyme in human serum.",
        ),
    ),
    (
        "level-serum-to-patients",
        claim(
            1,
            "Kost and colleagues (2001) reported that Selank inhibits leucine aminopeptidase and angiotensin-converting enzyme in patients.",
        ),
    ),
    (
        "rats-to-humans",
        claim(
            2,
            "In healthy volunteers, Selank optimized performance on a conditioned active-avoidance task with no motor impairment, Kozlovskii and Danchev (2003) reported.",
        ),
    ),
    (
        "direction-impaired",
        claim(
            2,
            "In rats, Selank impaired performance on a conditioned active-avoidance task with no motor impairment, Kozlovskii and Danchev (2003) reported.",
        ),
    ),
    (
        "no-motor-to-motor",
        claim(
            2,
            "In rats, Selank optimized performance on a conditioned active-avoidance task but caused motor impairment, Kozlovskii and Danchev (2003) reported.",
        ),
    ),
    (
        "adjunct-to-replacement",
        claim(
            3,
            "Medvedev and colleagues (2015) reported on Selank as a replacement for standard pharmacotherapy in mixed anxiety disorders.",
        ),
    ),
    (
        "observational-to-randomized",
        cav(
            0,
            "The report is not directly comparable to Western prescribing and is randomized rather than observational.",
        ),
    ),
    (
        "registry-negation",
        cav(
            1,
            "ClinicalTrials.gov and EudraCT hold registered Phase 3 trials of Selank against benzodiazepines.",
        ),
    ),
    (
        "phase-swap",
        cav(
            1,
            "ClinicalTrials.gov and EudraCT hold no registered Phase 2 trials of Selank against benzodiazepines.",
        ),
    ),
    (
        "hedge-certainty",
        extra(it("Selank acts directly on GABA-A pentamers.", Q_PREC, "mechanism", None)),
    ),
    (
        "scope-all",
        claim(
            0, "No patient in any arm reported sedation, motor impairment or amnesia complaints."
        ),
    ),
    (
        "merge-studies",
        claim(
            3,
            "Medvedev and colleagues (2015) reported on Selank as an adjunct in mixed anxiety disorders over a 14-day treatment course.",
            [Q_MED, Q_14],
        ),
    ),
    (
        "dose-added",
        claim(
            3,
            "Medvedev and colleagues (2015) reported on Selank at 900 mcg a day as an adjunct to standard pharmacotherapy in mixed anxiety disorders.",
        ),
    ),
    (
        "advice-added",
        extra(
            {
                "text": "Patients tapering benzodiazepines should ask their doctor about switching to Selank.",
                "quotes": [
                    "it describes Selank being used to taper or replace benzodiazepine therapy in patients with established benzodiazepine exposure, without the rebound-anxiety spike that typically accompanies benzodiazepine withdrawal."
                ],
                "kind": "finding",
                "evidence_level": None,
            }
        ),
    ),
    (
        "fuzzy-quote-word",
        claim(
            1,
            "Kost and colleagues (2001) reported that Selank inhibits leucine aminopeptidase in human serum.",
            [
                "Kost and colleagues (2001) reported that Selank (and Semax) activate leucine aminopeptidase and angiotensin-converting enzyme in human serum, prolonging the half-life of endogenous enkephalins[5]."
            ],
        ),
    ),
    (
        "two-word-quote",
        claim(
            1,
            "Kost and colleagues (2001) reported that Selank inhibits leucine aminopeptidase and angiotensin-converting enzyme in human serum.",
            ["human serum"],
        ),
    ),
]


# Output-guard near-misses (promotion, recommendations, the same fact twice), written blind in
# the same sitting: the first reading rejected 7 of 10. The two vendor items were then caught by
# a new rule (a quoted span that is promotion is no evidence: ``quote_promotional``).
Q_SUP = "Selank is supplied by PepMax under the slug selank for laboratory research use only."
Q_COMP = "Companion PepMax research articles cover related ground: Semax vs Selank for the full structural and mechanistic comparison of the two Russian heptapeptides; What ≥99% purity actually means for the analytical-quality questions that apply to every peptide we ship; and How we verify peptide purity for the HPLC and mass-spectrometry workflow used on every Selank lot."
Q_LIB = "PepMax Research Library articles are written and edited in-house against the primary literature cited in each piece."
Q_DOC = "We document our analytical methods openly so readers can verify the underlying chemistry against the references provided rather than relying on author authority."
Q_NICHE = "Anxiolytic efficacy without sedation and without dependence is a thing physicians have wanted for decades; the buspirone-class partial 5-HT₁₀ agonists addressed some of it but with weaker acute efficacy."
Q_TAPER = "it describes Selank being used to taper or replace benzodiazepine therapy in patients with established benzodiazepine exposure, without the rebound-anxiety spike that typically accompanies benzodiazepine withdrawal."
Q_ENK = "One pathway Selank engages that benzodiazepines do not is the inhibition of enkephalin-degrading enzymes."
Q_HEAD = "The headline finding reported in the paper is that intranasal Selank reached an anxiolytic response in the same range as medazepam, while differing in two important respects:"


def _x(text: str, quote: str, kind: str = "finding", level: str | None = None) -> dict[str, Any]:
    return extra(it(text, quote, kind, level))


def _two(*items: dict[str, Any]) -> dict[str, Any]:
    s = copy.deepcopy(CONTROL)
    s["claims"].extend(items)
    return s


OUTPUT_NEAR: list[tuple[str, dict[str, Any]]] = [
    ("vendor-supply", _x("PepMax supplies Selank for laboratory research use.", Q_SUP)),
    (
        "purity-promo",
        _x(
            "PepMax verifies the purity of every Selank lot with HPLC and mass spectrometry.",
            Q_COMP,
        ),
    ),
    (
        "companion-articles-cta",
        _x(
            "Companion PepMax research articles cover the full structural comparison of Semax and Selank.",
            Q_COMP,
        ),
    ),
    (
        "publisher-self-praise",
        _x(
            "PepMax Research Library articles are written in-house against the primary literature.",
            Q_LIB,
        ),
    ),
    (
        "publisher-transparency",
        _x(
            "PepMax documents its analytical methods openly so readers can verify the chemistry.",
            Q_DOC,
        ),
    ),
    (
        "treatment-rec-niche",
        _x(
            "Selank fills the niche physicians have wanted: anxiety relief without sedation or dependence.",
            Q_NICHE,
        ),
    ),
    (
        "treatment-rec-choice",
        _x("Selank is a better choice than buspirone for acute anxiety.", Q_NICHE),
    ),
    (
        "recommend-switch",
        _x(
            "Selank can be used to replace benzodiazepine therapy without rebound anxiety.", Q_TAPER
        ),
    ),
    (
        "same-fact-enkephalin",
        _two(
            it(
                "One pathway Selank engages that benzodiazepines do not is inhibiting enkephalin-degrading enzymes.",
                Q_ENK,
                "mechanism",
            ),
            it(
                "Unlike benzodiazepines, Selank inhibits the enzymes that degrade enkephalins.",
                Q_ENK,
                "mechanism",
            ),
        ),
    ),
    (
        "same-fact-medazepam",
        _two(
            it(
                "Selank's anxiolytic response was in the same range as medazepam's, the paper reported.",
                Q_HEAD,
                "evidence",
                "human_trial",
            ),
            it(
                "The paper's headline finding was that intranasal Selank matched medazepam's anxiolytic response range.",
                Q_HEAD,
                "evidence",
                "human_trial",
            ),
        ),
    ),
]
#: still accepted: the claim gives Selank a place the quoted sentence does not mention
OUTPUT_MISSES = {"treatment-rec-niche"}


#: kinds still accepted; the first (blind) reading also accepted role-swap-arm, caught
#: since by the entity role swap (guards/swaps.py), comparator-swap ("diazepam" for
#: "medazepam"), caught since the drug-name stems count two letters before "-azepam", and
#: level-serum-to-patients, caught since "human serum" is a sample, not people, and
#: subject-swap-enzyme, caught since session 23 because the reversal check reads past the
#: span's bracketed aside "Selank (and Semax) inhibit"; see the module docstring
BLIND_MISSES = {
    "condition-swap",
    "adjunct-to-replacement",
    "observational-to-randomized",
    "hedge-certainty",
    "merge-studies",
}


def _check(summary: dict[str, Any]) -> Any:
    return validate_summary(
        read_source(ART), json.dumps(summary), GuardConfig(dosing_policy=DosingPolicy.STRICT)
    )


def _codes(result: Any) -> list[str]:
    return sorted(
        {x.code for i in result.items for x in i.issues} | {x.code for x in result.reasons}
    )


def test_the_faithful_control_is_accepted() -> None:
    result = _check(CONTROL)
    assert result.status is Status.ACCEPTED, _codes(result)


@pytest.mark.parametrize(
    "summary",
    [
        pytest.param(
            s,
            id=name,
            marks=[pytest.mark.xfail(strict=True, reason="blind miss")]
            if name in BLIND_MISSES
            else [],
        )
        for name, s in NEAR
    ],
)
def test_each_near_miss_is_rejected_with_a_reason(summary: dict[str, Any]) -> None:
    result = _check(summary)
    assert result.status is Status.REJECTED, "accepted"
    assert _codes(result)
    assert all(x.message for i in result.items for x in i.issues)


@pytest.mark.parametrize(
    "summary",
    [
        pytest.param(
            s,
            id=name,
            marks=[pytest.mark.xfail(strict=True, reason="blind miss")]
            if name in OUTPUT_MISSES
            else [],
        )
        for name, s in OUTPUT_NEAR
    ],
)
def test_each_output_near_miss_is_rejected(summary: dict[str, Any]) -> None:
    result = _check(summary)
    assert result.status is Status.REJECTED, "accepted"
    assert _codes(result)


def test_a_quoted_vendor_sentence_is_no_evidence() -> None:
    result = _check(OUTPUT_NEAR[0][1])
    claim = next(i for i in result.items if str(i.path) == "claims[4]")
    promo = [r for r in claim.issues if r.code == "quote_promotional"]
    assert promo and "not evidence" in promo[0].message and "PepMax" in promo[0].message
    assert result.items[1].accepted  # the faithful items beside it stay accepted


def test_validate_judge_through_the_cli_rejects_what_the_model_rejects(tmp_path: Path) -> None:
    """``validate --judge`` over a real loopback HTTP server: the judge is asked about every
    item the checks passed, a 'no' rejects that item with the model's reason, its tokens are
    the result's usage, and no key or judge prompt reaches the output."""
    from fake_openai import FakeOpenAI, completion
    from typer.testing import CliRunner

    from summarizer.cli import app

    summary = dict(NEAR)["adjunct-to-replacement"]  # a miss of the deterministic checks
    path = tmp_path / "summary.json"
    path.write_text(json.dumps(summary))
    n_items = 1 + len(summary["claims"]) + len(summary["caveats"])
    yes = completion(json.dumps({"supported": True, "reason": "stated"}), prompt_tokens=80, completion_tokens=9)
    no = completion(
        json.dumps({"supported": False, "reason": "the passage says Selank was an adjunct"}),
        prompt_tokens=80,
        completion_tokens=12,
    )
    with FakeOpenAI() as fake:
        fake.script(yes, yes, yes, yes, no)  # overview, claims[0..2] yes; claims[3] no
        fake.default = yes
        result = CliRunner().invoke(
            app,
            ["validate", str(ART), str(path), "--format", "json", "--no-log", "--judge",
             "--backend", "openai", "--base-url", fake.base_url, "--model", "judge-m"],
            env={"OPENAI_API_KEY": "sk-test-secret"},
        )
        asked = len(fake.requests)
    assert result.exit_code == 1, result.output
    doc = json.loads(result.stdout)
    assert doc["status"] == "rejected"
    by_path = {i["path"]: i for i in doc["items"]}
    assert [r["code"] for r in by_path["claims[3]"]["issues"]] == ["judge_unsupported"]
    assert "adjunct" in by_path["claims[3]"]["issues"][0]["message"]
    assert asked == n_items
    assert doc["usage"]["total_tokens"] == 89 * (n_items - 1) + 92
    assert doc["settings"]["judge"].endswith("judge-m")
    assert "sk-test-secret" not in result.output


def test_validate_backend_options_need_judge(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from summarizer.cli import app

    path = tmp_path / "summary.json"
    path.write_text(json.dumps(CONTROL))
    result = CliRunner().invoke(app, ["validate", str(ART), str(path), "--no-log", "--model", "m"])
    assert result.exit_code == 2
    assert "--judge" in result.output
