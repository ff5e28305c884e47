"""The command line through ``typer.testing.CliRunner``: output and exit codes, exactly.

Model answers come from replay recordings built in ``tmp_path``: a scripted provider serves
hand-written completions to the real pipeline, wrapped in ``RecordingProvider`` so the
recording holds the real request keys, and the CLI replays it with ``--backend replay``.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from summarizer.cli import app
from summarizer.errors import UsageError
from summarizer.guards.dosing import scan_dosing
from summarizer.models import DosingPolicy, Usage
from summarizer.pipeline import Settings, Summarizer
from summarizer.providers import ChatRequest, Completion, choose_backend, make_provider
from summarizer.providers.replay import RecordingProvider, ReplayProvider
from summarizer.report import render
from summarizer.schema import schema_json
from summarizer.source import read_source

runner = CliRunner()

from samples import ARTICLE  # noqa: E402  (the shared sample article)

pytestmark = pytest.mark.usefixtures("full_article_mode")

SECOND_ARTICLE = (
    "Semax is a synthetic peptide developed in Russia and studied mainly for stroke recovery. "
    "A 2005 study compared Semax with placebo in 110 patients and reported faster recovery. "
    "A 2012 study in rats reported that Semax increased BDNF levels in the hippocampus. "
    "These are small studies concentrated in a few research groups."
)

# hand-written model response: every quote is an exact substring of ARTICLE.
ACCEPTED: dict[str, Any] = {
    "overview": {
        "text": "The article describes Selank, a synthetic peptide developed in Russia and studied mainly for anxiety.",
        "quotes": [
            "Selank is a synthetic peptide developed in Russia and studied mainly for anxiety."
        ],
    },
    "claims": [
        {
            "text": "Selank is a synthetic peptide that was developed in Russia.",
            "quotes": ["Selank is a synthetic peptide developed in Russia"],
            "kind": "finding",
            "evidence_level": None,
        },
        {
            "text": "A 2008 study in 62 patients reported that Selank had an anxiolytic effect comparable to medazepam.",
            "quotes": [
                "A 2008 study compared Selank with medazepam in 62 patients and reported a comparable anxiolytic effect."
            ],
            "kind": "evidence",
            "evidence_level": "human_trial",
        },
        {
            "text": "A 2017 rat study reported that Selank enhanced the anxiolytic effect of diazepam under chronic stress.",
            "quotes": [
                "A 2017 study in rats reported that Selank enhanced the anxiolytic effect of diazepam under chronic stress."
            ],
            "kind": "evidence",
            "evidence_level": "animal",
        },
    ],
    "caveats": [
        {
            "text": "The studies are small and come from a few research groups.",
            "quotes": ["These are small studies concentrated in a few research groups."],
        },
    ],
}

FABRICATED_QUOTE = "Selank cured anxiety in every patient it was given to."
# hand-written model response: claims[2] rests on a quote that is not in the article.
REJECTED: dict[str, Any] = {
    **ACCEPTED,
    "claims": [
        *ACCEPTED["claims"][:2],
        {
            "text": "Selank cured anxiety in every patient.",
            "quotes": [FABRICATED_QUOTE],
            "kind": "finding",
            "evidence_level": None,
        },
    ],
}

# hand-written model response for SECOND_ARTICLE.
SECOND_ACCEPTED: dict[str, Any] = {
    "overview": {
        "text": "The article describes Semax, a synthetic peptide developed in Russia and studied mainly for stroke recovery.",
        "quotes": [
            "Semax is a synthetic peptide developed in Russia and studied mainly for stroke recovery."
        ],
    },
    "claims": [
        {
            "text": "Semax is a synthetic peptide that was developed in Russia.",
            "quotes": ["Semax is a synthetic peptide developed in Russia"],
            "kind": "finding",
            "evidence_level": None,
        },
        {
            "text": "A 2005 study in 110 patients reported faster recovery with Semax than with placebo.",
            "quotes": [
                "A 2005 study compared Semax with placebo in 110 patients and reported faster recovery."
            ],
            "kind": "evidence",
            "evidence_level": "human_trial",
        },
        {
            "text": "A 2012 rat study reported that Semax increased BDNF levels in the hippocampus.",
            "quotes": [
                "A 2012 study in rats reported that Semax increased BDNF levels in the hippocampus."
            ],
            "kind": "evidence",
            "evidence_level": "animal",
        },
    ],
    "caveats": [
        {
            "text": "The studies are small and come from a few research groups.",
            "quotes": ["These are small studies concentrated in a few research groups."],
        },
    ],
}


# --------------------------------------------------------------------------- helpers


class Scripted:
    """Serves hand-written completions in order (never touches a network)."""

    name = "scripted"
    model = "hand-written"
    supports_schema = True
    needs_key = False
    context_tokens: int | None = None

    def __init__(self, answers: list[dict[str, Any] | str]) -> None:
        self.answers = list(answers)

    def complete(self, request: ChatRequest) -> Completion:
        answer = self.answers.pop(0)
        text = answer if isinstance(answer, str) else json.dumps(answer)
        usage = Usage(prompt_tokens=100, completion_tokens=50, total_tokens=150)
        return Completion(text=text, finish_reason="stop", usage=usage, model=self.model)

    def describe(self) -> dict[str, Any]:
        return {"backend": "scripted", "model": self.model, "hand_written": True}

    def close(self) -> None:
        pass


def record(
    source_path: Path, answers: list[dict[str, Any] | str], **settings: Any
) -> dict[str, Any]:
    """Run the real pipeline on ``source_path`` against hand-written answers; return the
    recording (real request keys) that ``--backend replay`` can serve to the CLI."""
    recorder = RecordingProvider(Scripted(answers))  # type: ignore[arg-type]
    with Summarizer(provider=recorder, settings=Settings(**{"mode": "full", **settings})) as summarizer:
        summarizer.summarize(read_source(source_path))
    return recorder.recording(hand_written=True)


def write_recording(tmp_path: Path, *recordings: dict[str, Any]) -> Path:
    merged = {
        "hand_written": True,
        "model": recordings[0]["model"],
        "exchanges": [e for r in recordings for e in r["exchanges"]],
    }
    path = tmp_path / "responses.json"
    path.write_text(json.dumps(merged, indent=2), encoding="utf-8")
    return path


def article(tmp_path: Path, name: str = "article.txt", text: str = ARTICLE) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def expected_output(source_path: Path, recording: Path, fmt: str = "json", **settings: Any) -> str:
    """What the library renders for the same recording (the CLI must print exactly this)."""
    provider = ReplayProvider(json.loads(recording.read_text(encoding="utf-8")))
    with Summarizer(provider=provider, settings=Settings(**{"mode": "full", **settings})) as summarizer:
        result = summarizer.summarize(read_source(source_path))
    return render(result, fmt)


def summarize(*args: str | Path) -> Any:
    return runner.invoke(app, ["summarize", *map(str, args)])


def one_error_line(result: Any) -> str:
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("summarizer: error: ")
    assert "Traceback" not in result.output
    return str(lines[0])


def jsonl(path: Path, records: list[dict[str, Any]]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


# --------------------------------------------------------------------------- help, schema


COMMANDS = ["schema", "summarize", "scan-dosing", "check-claims", "validate"]


@pytest.mark.parametrize("command", [[], *[[c] for c in COMMANDS]], ids=["app", *COMMANDS])
def test_help_works_for_every_command(command: list[str]) -> None:
    result = runner.invoke(app, [*command, "--help"])
    assert result.exit_code == 0, result.output
    assert "Usage:" in result.stdout
    if not command:
        for name in COMMANDS:
            assert name in result.stdout
        assert "Exit codes: 0 accepted" in result.stdout


def test_schema_command() -> None:
    result = runner.invoke(app, ["schema"])
    assert result.exit_code == 0
    assert result.stdout == schema_json()
    json.loads(result.stdout)


# --------------------------------------------------------------------------- scan-dosing


LINES = [
    "Take 250 mcg twice daily for 4 weeks.",  # advice under both policies
    "Selank was studied for anxiety.",  # clean
    "The study used 300 mcg per day in rats.",  # a dose, but no instruction
]


def _scan_line(record: dict[str, Any], policy: DosingPolicy) -> str:
    scan = scan_dosing(record["text"], policy)
    out = {
        **record,
        "dosing_advice": scan.dosing_advice,
        "findings": [f.model_dump(mode="json") for f in scan.findings],
    }
    return json.dumps(out, ensure_ascii=False) + "\n"


@pytest.mark.parametrize(
    ("policy", "advice", "code"),
    [
        (None, [True, False, True], 1),
        ("strict", [True, False, True], 1),
        ("advice", [True, False, False], 1),
    ],
)
def test_scan_dosing_plain_lines(
    tmp_path: Path, policy: str | None, advice: list[bool], code: int
) -> None:
    path = tmp_path / "lines.txt"
    path.write_text(LINES[0] + "\n\n   \n" + "\n".join(LINES[1:]) + "\n", encoding="utf-8")
    args = ["scan-dosing", str(path)] + (["--policy", policy] if policy else [])
    result = runner.invoke(app, args)
    assert result.exit_code == code
    assert result.stderr == ""
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["text"] for r in records] == LINES  # blank lines skipped
    assert [r["dosing_advice"] for r in records] == advice
    assert records[1]["findings"] == []
    kinds = {f["kind"] for f in records[0]["findings"]}
    assert {"dose_amount", "frequency"} <= kinds
    expected = "".join(_scan_line({"text": t}, DosingPolicy(policy or "strict")) for t in LINES)
    assert result.stdout == expected


@pytest.mark.parametrize(("policy", "code"), [("strict", 1), ("advice", 0)])
def test_scan_dosing_jsonl_passes_fields_through(tmp_path: Path, policy: str, code: int) -> None:
    records = [
        {"id": 7, "text": LINES[1], "meta": {"source": "a", "tags": [1, 2]}},
        {"id": 8, "text": LINES[2], "lang": "en", "dosing_advice": "overwritten"},
    ]
    path = jsonl(tmp_path / "in.jsonl", records)
    result = runner.invoke(app, ["scan-dosing", str(path), "--policy", policy])
    assert result.exit_code == code
    out = [json.loads(line) for line in result.stdout.splitlines()]
    assert [list(r) for r in out] == [
        ["id", "text", "meta", "dosing_advice", "findings"],
        ["id", "text", "lang", "dosing_advice", "findings"],
    ]
    assert out[0]["meta"] == {"source": "a", "tags": [1, 2]}
    assert out[1]["lang"] == "en"
    assert [r["dosing_advice"] for r in out] == [False, policy == "strict"]
    assert result.stdout == "".join(_scan_line(r, DosingPolicy(policy)) for r in records)


def test_scan_dosing_clean_exits_0_and_reads_stdin() -> None:
    result = runner.invoke(app, ["scan-dosing"], input="Selank was studied for anxiety.\n")
    assert result.exit_code == 0
    assert (
        result.stdout
        == '{"text": "Selank was studied for anxiety.", "dosing_advice": false, "findings": []}\n'
    )


def test_scan_dosing_empty_input() -> None:
    result = runner.invoke(app, ["scan-dosing", "-"], input="")
    assert (result.exit_code, result.stdout, result.stderr) == (0, "", "")


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (
            '{"text": "ok"}\n{"text": \n',
            "summarizer: error: line 2: not valid JSON (Expecting value)",
        ),
        ('{"id": 1}\n', "summarizer: error: line 1: needs a string 'text' field"),
        ('{"text": 5}\n', "summarizer: error: line 1: needs a string 'text' field"),
    ],
)
def test_scan_dosing_malformed(tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_text(content, encoding="utf-8")
    result = runner.invoke(app, ["scan-dosing", str(path)])
    assert result.exit_code == 2
    assert one_error_line(result) == message


def test_scan_dosing_missing_file(tmp_path: Path) -> None:
    result = runner.invoke(app, ["scan-dosing", str(tmp_path / "nope.txt")])
    assert result.exit_code == 2
    assert one_error_line(result) == f"summarizer: error: {tmp_path / 'nope.txt'}: no such file"


def test_scan_dosing_invalid_utf8(tmp_path: Path) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(b"caf\xe9\n")
    result = runner.invoke(app, ["scan-dosing", str(path)])
    assert result.exit_code == 2
    assert one_error_line(result) == f"summarizer: error: {path}: not valid UTF-8"


def test_scan_dosing_bad_policy() -> None:
    result = runner.invoke(app, ["scan-dosing", "-", "--policy", "lenient"], input="x\n")
    assert result.exit_code == 2
    assert "lenient" in result.stderr


# --------------------------------------------------------------------------- check-claims


def test_check_claims(tmp_path: Path) -> None:
    article(tmp_path, "art.txt")
    records = [
        {
            "id": 1,
            "claim": "A 2008 study in 62 patients found Selank comparable to medazepam.",
            "source_path": "art.txt",
            "quotes": ["A 2008 study compared Selank with medazepam in 62 patients"],
        },
        {
            "id": 2,
            "claim": "Selank was developed in Russia.",
            "source": "Selank is a synthetic peptide developed in Russia.",
            "extra": {"k": [1]},
        },
        {
            "id": 3,
            "claim": "Selank cures cancer in humans.",
            "source_path": "art.txt",
            "quotes": ["Selank cures cancer"],
        },
        {"id": 4, "claim": "Selank was tested in 500 patients.", "source_path": "art.txt"},
    ]
    result = runner.invoke(app, ["check-claims", str(jsonl(tmp_path / "c.jsonl", records))])
    assert result.exit_code == 1
    assert result.stderr == ""
    out = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(out) == 4
    added = ["supported", "verdict", "score", "anchors", "reasons"]
    for given, got in zip(records, out, strict=True):
        assert list(got) == [*given, *added]  # every input field passes through, in order
        assert {k: got[k] for k in given} == given
    assert [r["supported"] for r in out] == [True, True, False, False]
    assert [r["verdict"] for r in out] == ["supported", "supported", "unanchored", "unsupported"]
    assert out[0]["anchors"] == [
        {
            "start": 82,
            "end": 140,
            "match": "exact",
            "text": "A 2008 study compared Selank with medazepam in 62 patients",
        }
    ]
    assert ARTICLE[82:140] == out[0]["anchors"][0]["text"]
    assert out[0]["reasons"] == []
    assert out[2]["anchors"] == []
    assert out[2]["score"] == 0.0
    assert out[2]["reasons"] == [
        {
            "code": "quote_not_found",
            "message": "the quote 'Selank cures cancer' is not in the article",
        }
    ]
    assert {"code": "number_missing", "message": "the number 500 is not in the quoted span"} in out[
        3
    ]["reasons"]
    for r in out:
        assert 0.0 <= r["score"] <= 1.0
        assert r["score"] == round(r["score"], 4)


def test_check_claims_all_supported_exits_0(tmp_path: Path) -> None:
    records = [
        {
            "claim": "Selank was developed in Russia.",
            "source": "Selank is a synthetic peptide developed in Russia.",
        }
    ]
    result = runner.invoke(app, ["check-claims", str(jsonl(tmp_path / "c.jsonl", records))])
    assert result.exit_code == 0
    assert json.loads(result.stdout)["supported"] is True


def test_check_claims_source_path_is_relative_to_the_jsonl(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    sub = tmp_path / "data"
    sub.mkdir()
    article(sub, "art.txt")
    path = jsonl(
        sub / "c.jsonl", [{"claim": "Selank was developed in Russia.", "source_path": "art.txt"}]
    )
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, ["check-claims", str(path)])
    assert result.exit_code == 0, result.output


@pytest.mark.parametrize(
    ("lines", "message"),
    [
        (['{"claim": "x", "source": "y"}', "not json"], "line 2: not valid JSON (Expecting value)"),
        (["[1, 2]"], "line 1: expected a JSON object"),
        (['{"source": "y"}'], "line 1: needs a non-empty string 'claim'"),
        (['{"claim": "  ", "source": "y"}'], "line 1: needs a non-empty string 'claim'"),
        (['{"claim": "x"}'], "line 1: needs 'source' (text) or 'source_path'"),
        (
            ['{"claim": "x", "source": "y", "quotes": "y"}'],
            "line 1: 'quotes' must be a list of strings",
        ),
        (
            ['{"claim": "x", "source": "y", "quotes": [1]}'],
            "line 1: 'quotes' must be a list of strings",
        ),
        (['{"claim": "x", "source_path": "missing.txt"}'], "missing.txt: no such file"),
    ],
)
def test_check_claims_malformed(tmp_path: Path, lines: list[str], message: str) -> None:
    path = tmp_path / "c.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = runner.invoke(app, ["check-claims", str(path)])
    assert result.exit_code == 2
    line = one_error_line(result)
    assert line.startswith("summarizer: error: ")
    assert line.endswith(message)
    # lines before the bad one were already checked and written
    assert len(result.stdout.splitlines()) == len(lines) - 1


def test_check_claims_needs_a_path() -> None:
    result = runner.invoke(app, ["check-claims"])
    assert result.exit_code == 2
    assert "Missing argument" in result.stderr


# --------------------------------------------------------------------------- validate


def _summary_file(tmp_path: Path, data: dict[str, Any] | str, name: str = "summary.json") -> Path:
    path = tmp_path / name
    path.write_text(data if isinstance(data, str) else json.dumps(data), encoding="utf-8")
    return path


def test_validate_accepted(tmp_path: Path) -> None:
    result = runner.invoke(
        app, ["validate", str(article(tmp_path)), str(_summary_file(tmp_path, ACCEPTED))]
    )
    assert result.exit_code == 0, result.stdout
    assert result.stdout.startswith("# Summary of article.txt\n\n**Verdict: ACCEPTED**\n")
    assert "REJECTED" not in result.stdout
    assert result.stderr == ""


def test_validate_accepted_json(tmp_path: Path) -> None:
    args = [
        "validate",
        str(article(tmp_path)),
        str(_summary_file(tmp_path, ACCEPTED)),
        "--format",
        "json",
    ]
    result = runner.invoke(app, args)
    assert result.exit_code == 0
    data = json.loads(result.stdout)
    assert data["status"] == "accepted"
    assert data["summary"] == ACCEPTED
    assert data["backend"] == "external"
    assert [i["path"] for i in data["items"]] == [
        "overview",
        "claims[0]",
        "claims[1]",
        "claims[2]",
        "caveats[0]",
    ]
    assert all(i["accepted"] for i in data["items"])


def test_validate_accepts_a_result_document(tmp_path: Path) -> None:
    wrapped = _summary_file(tmp_path, {"status": "accepted", "summary": ACCEPTED})
    result = runner.invoke(app, ["validate", str(article(tmp_path)), str(wrapped)])
    assert result.exit_code == 0


def test_validate_fabricated_quote_is_rejected(tmp_path: Path) -> None:
    result = runner.invoke(
        app, ["validate", str(article(tmp_path)), str(_summary_file(tmp_path, REJECTED))]
    )
    assert result.exit_code == 1
    assert "**Verdict: REJECTED**" in result.stdout
    assert f"the quote '{FABRICATED_QUOTE}' is not in the article" in result.stdout
    assert "- \u2717 **claims[2]** Selank cured anxiety in every patient." in result.stdout
    assert "(not found in the article)" in result.stdout


def test_validate_fabricated_quote_json(tmp_path: Path) -> None:
    args = [
        "validate",
        str(article(tmp_path)),
        str(_summary_file(tmp_path, REJECTED)),
        "--format",
        "json",
    ]
    result = runner.invoke(app, args)
    assert result.exit_code == 1
    data = json.loads(result.stdout)
    assert data["status"] == "rejected"
    failing = [i for i in data["items"] if not i["accepted"]]
    assert [i["path"] for i in failing] == ["claims[2]"]
    assert {
        "code": "quote_not_found",
        "message": f"the quote '{FABRICATED_QUOTE}' is not in the article",
    } in failing[0]["issues"]


def test_validate_invalid_json_exits_2(tmp_path: Path) -> None:
    result = runner.invoke(
        app, ["validate", str(article(tmp_path)), str(_summary_file(tmp_path, '{"overview": '))]
    )
    assert result.exit_code == 2
    assert result.stdout == ""
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("summarizer: error: ")
    assert (
        "not a valid summary (the summary is not valid JSON (Expecting value at line 1))"
        in lines[0]
    )


def test_validate_schema_violation_exits_2(tmp_path: Path) -> None:
    broken = {**ACCEPTED, "claims": ACCEPTED["claims"][:2]}
    result = runner.invoke(
        app, ["validate", str(article(tmp_path)), str(_summary_file(tmp_path, broken))]
    )
    assert result.exit_code == 2
    assert result.stdout == ""
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and "not a valid summary (claims: " in lines[0]
    assert "is too short" in lines[0]


def test_validate_dose_in_summary_depends_on_policy(tmp_path: Path) -> None:
    text = ARTICLE + " Rats received 300 mcg per day."
    dosed = json.loads(json.dumps(ACCEPTED))
    dosed["claims"].append(
        {
            "text": "Rats in one study received 300 mcg per day.",
            "quotes": ["Rats received 300 mcg per day."],
            "kind": "finding",
            "evidence_level": None,
        }
    )
    art, summ = article(tmp_path, text=text), _summary_file(tmp_path, dosed)
    strict = runner.invoke(app, ["validate", str(art), str(summ)])
    advice = runner.invoke(app, ["validate", str(art), str(summ), "--dosing-policy", "advice"])
    assert strict.exit_code == 1
    assert "is a dose amount" in strict.stdout
    assert advice.exit_code == 0, advice.stdout


def test_validate_missing_summary(tmp_path: Path) -> None:
    result = runner.invoke(app, ["validate", str(article(tmp_path)), str(tmp_path / "nope.json")])
    assert result.exit_code == 2
    assert one_error_line(result) == f"summarizer: error: {tmp_path / 'nope.json'}: no such file"


# --------------------------------------------------------------------------- summarize


def test_summarize_accepted(tmp_path: Path) -> None:
    src = article(tmp_path)
    rec = write_recording(tmp_path, record(src, [ACCEPTED]))
    result = summarize(src, "--backend", "replay", "--recording", rec)
    assert result.exit_code == 0, result.output
    assert result.stderr == ""
    assert result.stdout == expected_output(src, rec)
    data = json.loads(result.stdout)
    assert data["status"] == "accepted"
    assert data["summary"] == ACCEPTED
    assert (data["backend"], data["model"]) == ("replay", "hand-written")
    assert [a["outcome"] for a in data["attempts"]] == ["ok"]
    assert data["usage"] == {
        "prompt_tokens": 100, "completion_tokens": 50, "total_tokens": 150, "cached_tokens": 0,
    }  # fmt: skip
    assert data["source"]["name"] == "article.txt"


def test_summarize_recording_folder(tmp_path: Path) -> None:
    src = article(tmp_path)
    rec = write_recording(tmp_path, record(src, [ACCEPTED]))
    result = summarize(src, "--backend", "replay", "--recording", rec.parent)
    assert result.exit_code == 0, result.output


def test_summarize_rejected(tmp_path: Path) -> None:
    src = article(tmp_path)
    rec = write_recording(tmp_path, record(src, [REJECTED, REJECTED, REJECTED]))
    result = summarize(src, "--backend", "replay", "--recording", rec)
    assert result.exit_code == 1
    assert (
        result.stderr
        == "summarizer: article.txt: rejected (1 item(s) failed the guards; see the report)\n"
    )
    assert result.stdout == expected_output(src, rec)
    data = json.loads(result.stdout)
    assert data["status"] == "rejected"
    assert [a["outcome"] for a in data["attempts"]] == ["guard_failed"] * 3
    assert [a["kind"] for a in data["attempts"]] == ["initial", "reask", "reask"]
    assert data["usage"]["total_tokens"] == 450


def test_summarize_rejected_then_fixed_on_reask(tmp_path: Path) -> None:
    src = article(tmp_path)
    rec = write_recording(tmp_path, record(src, [REJECTED, ACCEPTED]))
    result = summarize(src, "--backend", "replay", "--recording", rec)
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert [a["outcome"] for a in data["attempts"]] == ["guard_failed", "ok"]


def test_summarize_drop(tmp_path: Path) -> None:
    src = article(tmp_path)
    four = {
        **REJECTED,
        "claims": [*ACCEPTED["claims"], REJECTED["claims"][2]],
    }  # hand-written model response
    rec = write_recording(tmp_path, record(src, [four], max_attempts=1))
    args = ["--backend", "replay", "--recording", rec, "--max-attempts", "1", "--on-fail", "drop"]
    result = summarize(src, *args)
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["dropped"] == ["claims[3]"]
    assert data["summary"]["claims"] == ACCEPTED["claims"]


def test_summarize_markdown(tmp_path: Path) -> None:
    src = article(tmp_path)
    rec = write_recording(tmp_path, record(src, [ACCEPTED]))
    result = summarize(src, "--backend", "replay", "--recording", rec, "--format", "markdown")
    assert result.exit_code == 0
    assert result.stdout == expected_output(src, rec, "markdown")
    assert result.stdout.startswith("# Summary of article.txt\n\n**Verdict: ACCEPTED**\n")
    assert "## Key claims" in result.stdout
    assert "- backend: replay, model: hand-written" in result.stdout


def test_summarize_output_file(tmp_path: Path) -> None:
    src = article(tmp_path)
    rec = write_recording(tmp_path, record(src, [ACCEPTED]))
    out = tmp_path / "out" / "result.json"
    result = summarize(src, "--backend", "replay", "--recording", rec, "-o", out)
    assert result.exit_code == 0
    assert (result.stdout, result.stderr) == ("", "")
    assert out.read_text(encoding="utf-8") == expected_output(src, rec)
    assert sorted(p.name for p in out.parent.iterdir()) == ["result.json"]  # no temp file left


def test_summarize_output_dir_two_inputs(tmp_path: Path) -> None:
    first, second = article(tmp_path, "selank.txt"), article(tmp_path, "semax.md", SECOND_ARTICLE)
    rec = write_recording(tmp_path, record(first, [ACCEPTED]), record(second, [SECOND_ACCEPTED]))
    out = tmp_path / "results"
    result = summarize(first, second, "--backend", "replay", "--recording", rec, "-o", out)
    assert result.exit_code == 0, result.output
    assert result.stdout == ""
    lines = result.stderr.splitlines()
    assert len(lines) == 1
    assert lines[0].startswith("summarizer: 2 article(s) in ")
    assert lines[0].endswith("s: 2 accepted")
    assert sorted(p.name for p in out.iterdir()) == ["selank.json", "semax.json"]
    assert (out / "selank.json").read_text(encoding="utf-8") == expected_output(first, rec)
    assert (out / "semax.json").read_text(encoding="utf-8") == expected_output(second, rec)


def test_summarize_folder_input_markdown_dir(tmp_path: Path) -> None:
    folder = tmp_path / "articles"
    folder.mkdir()
    first, second = article(folder, "a.txt"), article(folder, "b.txt", SECOND_ARTICLE)
    (folder / "ignored.pdf").write_bytes(b"%PDF")
    rec = write_recording(
        tmp_path, record(first, [ACCEPTED]), record(second, [REJECTED], max_attempts=1)
    )
    out = tmp_path / "reports"
    result = summarize(
        folder,
        "--backend",
        "replay",
        "--recording",
        rec,
        "-o",
        f"{out}/",
        "--format",
        "markdown",
        "--max-attempts",
        "1",
    )
    # b.txt got a summary of the wrong article: rejected, so the worst exit is 1
    assert result.exit_code == 1, result.output
    assert sorted(p.name for p in out.iterdir()) == ["a.md", "b.md"]
    assert "**Verdict: ACCEPTED**" in (out / "a.md").read_text(encoding="utf-8")
    assert "**Verdict: REJECTED**" in (out / "b.md").read_text(encoding="utf-8")
    assert result.stderr.splitlines()[-1].endswith("1 accepted, 1 rejected")


def test_summarize_two_inputs_to_stdout_is_jsonl(tmp_path: Path) -> None:
    first, second = article(tmp_path, "selank.txt"), article(tmp_path, "semax.txt", SECOND_ARTICLE)
    rec = write_recording(tmp_path, record(first, [ACCEPTED]), record(second, [SECOND_ACCEPTED]))
    result = summarize(first, second, "--backend", "replay", "--recording", rec)
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert [json.loads(line)["source"]["name"] for line in lines] == ["selank.txt", "semax.txt"]


def test_summarize_two_inputs_into_a_file_is_usage_error(tmp_path: Path) -> None:
    first, second = article(tmp_path, "a.txt"), article(tmp_path, "b.txt", SECOND_ARTICLE)
    rec = write_recording(tmp_path, record(first, [ACCEPTED]))
    out = tmp_path / "existing.json"
    out.write_text("keep me", encoding="utf-8")
    result = summarize(first, second, "--backend", "replay", "--recording", rec, "-o", out)
    assert result.exit_code == 2
    assert one_error_line(result) == (
        f"summarizer: error: --output {out}: several inputs need a folder, not a file"
    )
    assert out.read_text(encoding="utf-8") == "keep me"


def test_summarize_one_bad_file_does_not_stop_the_others(tmp_path: Path) -> None:
    good, empty = article(tmp_path, "good.txt"), article(tmp_path, "empty.txt", "")
    rec = write_recording(tmp_path, record(good, [ACCEPTED]))
    out = tmp_path / "out"
    result = summarize(empty, good, "--backend", "replay", "--recording", rec, "-o", out)
    assert result.exit_code == 2
    assert result.stderr.splitlines()[0] == "summarizer: error: empty.txt: the file is empty"
    assert sorted(p.name for p in out.iterdir()) == ["good.json"]


def test_summarize_unrecorded_request_is_a_backend_failure(tmp_path: Path) -> None:
    src = article(tmp_path)
    rec = write_recording(tmp_path, record(src, [ACCEPTED]))
    result = summarize(src, "--backend", "replay", "--recording", rec, "--seed", "1")
    assert result.exit_code == 3
    assert "replay backend: no recording for request" in one_error_line(result)


@pytest.mark.parametrize(
    ("args", "code", "fragment"),
    [
        (["--backend", "replay"], 2, "the replay backend needs a recording"),
        (["--backend", "replay", "--recording", "{tmp}/none.json"], 3, "no recording at none.json"),
        (
            ["--backend", "replay", "--recording", "{tmp}/broken.json"],
            2,
            "broken.json is not a valid recording",
        ),
    ],
)
def test_summarize_bad_recording(tmp_path: Path, args: list[str], code: int, fragment: str) -> None:
    (tmp_path / "broken.json").write_text("{not json", encoding="utf-8")
    src = article(tmp_path)
    result = summarize(src, *[a.format(tmp=tmp_path) for a in args])
    assert result.exit_code == code
    assert fragment in one_error_line(result)


def test_summarize_unknown_backend_exits_2(tmp_path: Path) -> None:
    result = summarize(article(tmp_path), "--backend", "nope")
    assert result.exit_code == 2
    assert "nope" in result.stderr
    assert result.stdout == ""


@pytest.mark.parametrize(
    "args",
    [
        ["--max-attempts", "0"],
        ["--max-attempts", "11"],
        ["--token-budget", "10"],
        ["--temperature", "3"],
        ["--format", "xml"],
        ["--on-fail", "ignore"],
    ],
)
def test_summarize_bad_options_exit_2(tmp_path: Path, args: list[str]) -> None:
    result = summarize(article(tmp_path), "--backend", "replay", "--recording", tmp_path, *args)
    assert result.exit_code == 2
    assert result.stdout == ""


# --------------------------------------------------------------------------- backend choice


@pytest.mark.parametrize(
    ("backend", "base_url", "env", "expected"),
    [
        (None, None, {}, "local"),
        (None, None, {"OPENAI_API_KEY": "sk-test"}, "openai"),
        (None, None, {"OPENAI_BASE_URL": "http://127.0.0.1:11434/v1"}, "openai"),
        (None, None, {"OPENAI_API_KEY": "", "OPENAI_BASE_URL": ""}, "local"),
        (None, "http://127.0.0.1:8080/v1", {}, "openai"),
        ("local", None, {"OPENAI_API_KEY": "sk-test"}, "local"),
        ("replay", None, {"OPENAI_BASE_URL": "http://x"}, "replay"),
        ("openai", None, {}, "openai"),
    ],
)
def test_choose_backend(
    backend: str | None, base_url: str | None, env: dict[str, str], expected: str
) -> None:
    assert choose_backend(backend, base_url=base_url, env=env) == expected


def test_choose_backend_reads_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("OPENAI_API_KEY", raising=False)
    monkeypatch.delenv("OPENAI_BASE_URL", raising=False)
    assert choose_backend(None) == "local"
    monkeypatch.setenv("OPENAI_API_KEY", "sk-test")
    assert choose_backend(None) == "openai"


def test_choose_backend_unknown() -> None:
    with pytest.raises(
        UsageError, match="unknown backend 'nope'; choose one of local, openai, replay"
    ):
        choose_backend("nope", env={})


def test_make_provider_openai_without_credentials() -> None:
    with pytest.raises(UsageError, match="needs OPENAI_API_KEY"):
        make_provider("openai", env={})


def test_make_provider_replay_from_dict_sequence() -> None:
    # hand-written model response
    completion = Completion(text="{}", finish_reason="stop", usage=Usage(), model="m")
    recording = {
        "model": {"model": "m"},
        "exchanges": [{"request_key": "x", "params": {}, "response": completion.to_record()}],
    }
    provider = ReplayProvider(recording, match="sequence")
    request = ChatRequest(messages=(), schema=None)
    assert provider.complete(request) == completion
    assert provider.served == 1


@pytest.mark.parametrize(
    ("args", "needle"),
    [
        (["summarize", "--bogus", "x.txt"], "No such option: --bogus"),
        (["nosuch"], "No such command 'nosuch'"),
        (["summarize"], "Missing argument"),
        (["summarize", "--jobs", "many", "x.txt"], "Invalid value for '--jobs'"),
    ],
)
def test_usage_errors_are_one_line_and_exit_2(
    args: list[str], needle: str, capsys: pytest.CaptureFixture[str]
) -> None:
    from summarizer.cli.common import run_app

    assert run_app(args) == 2
    captured = capsys.readouterr()
    lines = captured.err.splitlines()
    assert len(lines) == 1, captured.err
    assert needle in lines[0] and lines[0].startswith("summarizer")
    assert "--help" in lines[0]
    assert captured.out == ""


def test_console_script_usage_error_is_one_line() -> None:
    import subprocess
    import sys

    proc = subprocess.run(
        [sys.executable, "-c", "from summarizer.cli import main; main()", "summarize", "--bogus"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert proc.returncode == 2
    assert proc.stderr.count("\n") == 1 and "No such option: --bogus" in proc.stderr
    assert "Traceback" not in proc.stderr and "╭" not in proc.stderr
