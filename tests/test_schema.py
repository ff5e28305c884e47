"""The summary JSON Schema: derived from the models, OpenAI strict-mode compatible."""

from __future__ import annotations

import copy
import hashlib
import json
from collections.abc import Iterator
from typing import Any

import pytest
from jsonschema import Draft202012Validator
from typer.testing import CliRunner

from summarizer.cli import app
from summarizer.models import ClaimKind, EvidenceLevel, Summary
from summarizer.schema import (
    ALLOWED_KEYWORDS,
    SCHEMA_NAME,
    openai_schema,
    schema_errors,
    schema_json,
    schema_sha256,
    summary_schema,
    unsupported_keywords,
)

VALID: dict[str, Any] = {
    "overview": {"text": "About Selank.", "quotes": ["Selank is a synthetic peptide"]},
    "claims": [
        {"text": "One.", "quotes": ["q1"], "kind": "finding", "evidence_level": None},
        {"text": "Two.", "quotes": ["q2"], "kind": "evidence", "evidence_level": "animal"},
        {"text": "Three.", "quotes": ["q3", "q4"], "kind": "limitation", "evidence_level": None},
    ],
    "caveats": [],
}


def _objects(node: Any, where: str = "#") -> Iterator[tuple[str, dict[str, Any]]]:
    """Every schema object node (``type: object``) with its location."""
    if isinstance(node, dict):
        if node.get("type") == "object":
            yield where, node
        for key, value in node.items():
            yield from _objects(value, f"{where}/{key}")
    elif isinstance(node, list):
        for i, value in enumerate(node):
            yield from _objects(value, f"{where}/{i}")


def _keys(node: Any) -> Iterator[str]:
    """Every keyword used in the schema (property names and $defs names excluded)."""
    if isinstance(node, dict):
        for key, value in node.items():
            yield key
            if key in ("properties", "$defs"):
                for sub in value.values():
                    yield from _keys(sub)
            else:
                yield from _keys(value)
    elif isinstance(node, list):
        for value in node:
            yield from _keys(value)


def _with(path: str, value: Any) -> dict[str, Any]:
    """VALID with the value at a dotted/indexed path replaced (``...=DELETE`` removes it)."""
    data = copy.deepcopy(VALID)
    node: Any = data
    parts = path.replace("[", ".").replace("]", "").split(".")
    for part in parts[:-1]:
        node = node[int(part)] if part.isdigit() else node[part]
    last: Any = int(parts[-1]) if parts[-1].isdigit() else parts[-1]
    if value is DELETE:
        del node[last]
    else:
        node[last] = value
    return data


DELETE = object()


# --------------------------------------------------------------------------- generation


def test_schema_is_valid_draft_2020_12() -> None:
    schema = summary_schema()
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    Draft202012Validator.check_schema(schema)
    assert schema["type"] == "object"
    assert set(schema["properties"]) == {"overview", "claims", "caveats"}


def test_every_object_is_closed_and_fully_required() -> None:
    objects = list(_objects(summary_schema()))
    assert len(objects) >= 4  # Summary, Overview, Claim, Caveat
    for where, node in objects:
        assert node["additionalProperties"] is False, where
        assert sorted(node["required"]) == sorted(node["properties"]), where
        assert node["required"] == sorted(node["required"]), where


def test_optional_fields_are_nullable_not_missing() -> None:
    claim = summary_schema()["$defs"]["Claim"]
    assert "evidence_level" in claim["required"]
    level = claim["properties"]["evidence_level"]
    assert {"type": "null"} in level["anyOf"]
    assert {"$ref": "#/$defs/EvidenceLevel"} in level["anyOf"]
    assert "default" not in level


def test_no_title_no_default_anywhere() -> None:
    keys = set(_keys(summary_schema()))
    assert "title" not in keys
    assert "default" not in keys


def test_only_strict_mode_keywords() -> None:
    assert unsupported_keywords(summary_schema()) == set()
    assert unsupported_keywords(openai_schema()) == set()
    assert set(_keys(openai_schema())) <= ALLOWED_KEYWORDS


def test_refs_have_no_siblings() -> None:
    def walk(node: Any) -> Iterator[dict[str, Any]]:
        if isinstance(node, dict):
            if "$ref" in node:
                yield node
            for value in node.values():
                yield from walk(value)
        elif isinstance(node, list):
            for value in node:
                yield from walk(value)

    refs = list(walk(summary_schema()))
    assert refs
    for node in refs:
        assert list(node) == ["$ref"]
        assert node["$ref"].removeprefix("#/$defs/") in summary_schema()["$defs"]


@pytest.mark.parametrize(
    ("schema", "expected"),
    [
        pytest.param({"type": "string", "minLength": 1}, {"minLength"}, id="minLength"),
        pytest.param(
            {"type": "string", "pattern": "x", "format": "uri"}, {"pattern", "format"}, id="pattern"
        ),
        pytest.param({"title": "T", "default": 1}, {"title", "default"}, id="title-default"),
        pytest.param(
            {
                "type": "object",
                "properties": {"title": {"type": "string"}, "default": {"type": "string"}},
            },
            set(),
            id="property-names-are-not-keywords",
        ),
        pytest.param({"$defs": {"pattern": {"type": "string"}}}, set(), id="def-names"),
        pytest.param({"anyOf": [{"type": "string", "maxLength": 3}]}, {"maxLength"}, id="nested"),
        pytest.param({"$schema": "x", "type": "object"}, set(), id="$schema-ok"),
    ],
)
def test_unsupported_keywords(schema: dict[str, Any], expected: set[str]) -> None:
    assert unsupported_keywords(schema) == expected


def test_openai_schema_drops_only_the_marker() -> None:
    full, sent = summary_schema(), openai_schema()
    assert "$schema" not in sent
    assert {**sent, "$schema": full["$schema"]} == full
    assert SCHEMA_NAME == "article_summary"


def test_schema_json_is_canonical() -> None:
    text = schema_json()
    assert text.endswith("}\n")
    assert json.loads(text) == summary_schema()
    assert text == json.dumps(summary_schema(), indent=2, sort_keys=True, ensure_ascii=False) + "\n"
    assert schema_sha256() == hashlib.sha256(text.encode()).hexdigest()


def test_schema_is_deterministic() -> None:
    assert summary_schema.__wrapped__() == summary_schema()  # type: ignore[attr-defined]


def test_def_enums_match_pydantic_enums() -> None:
    defs = summary_schema()["$defs"]
    assert defs["ClaimKind"]["enum"] == [k.value for k in ClaimKind]
    assert defs["EvidenceLevel"]["enum"] == [e.value for e in EvidenceLevel]
    assert defs["ClaimKind"]["type"] == defs["EvidenceLevel"]["type"] == "string"


def test_limits_match_the_models() -> None:
    schema = summary_schema()
    claims = schema["properties"]["claims"]
    assert (claims["minItems"], claims["maxItems"]) == (3, 8)
    assert schema["properties"]["caveats"]["maxItems"] == 5
    for name in ("Overview", "Claim", "Caveat"):
        quotes = schema["$defs"][name]["properties"]["quotes"]
        assert (quotes["minItems"], quotes["maxItems"]) == (1, 3)


# --------------------------------------------------------------------------- schema_errors


def test_valid_instance_has_no_errors() -> None:
    assert schema_errors(VALID) == []
    Summary.model_validate(VALID)  # and pydantic agrees


@pytest.mark.parametrize(
    ("instance", "expected"),
    [
        pytest.param(
            {},
            [
                "(root): 'caveats' is a required property",
                "(root): 'claims' is a required property",
                "(root): 'overview' is a required property",
            ],
            id="empty-object",
        ),
        pytest.param([], ["(root): [] is not of type 'object'"], id="not-an-object"),
        pytest.param(
            _with("extra", 1),
            ["(root): Additional properties are not allowed ('extra' was unexpected)"],
            id="extra-root-property",
        ),
        pytest.param(
            _with("overview.quotes", []),
            ["overview.quotes: [] should be non-empty"],
            id="no-quotes",
        ),
        pytest.param(
            _with("claims[1].kind", "opinion"),
            [
                "claims[1].kind: 'opinion' is not one of ['finding', 'mechanism', 'evidence', "
                "'limitation', 'regulatory', 'other']"
            ],
            id="bad-enum",
        ),
        pytest.param(
            _with("claims[0].evidence_level", DELETE),
            ["claims[0]: 'evidence_level' is a required property"],
            id="nullable-still-required",
        ),
        pytest.param(
            _with("claims[2].text", 7), ["claims[2].text: 7 is not of type 'string'"], id="type"
        ),
        pytest.param(
            _with("claims[0].quotes", ["a", "b", "c", "d"]),
            ["claims[0].quotes: ['a', 'b', 'c', 'd'] is too long"],
            id="too-many-quotes",
        ),
        pytest.param(
            _with("caveats", [{"text": "x", "quotes": ["y"], "kind": "other"}]),
            ["caveats[0]: Additional properties are not allowed ('kind' was unexpected)"],
            id="extra-nested-property",
        ),
    ],
)
def test_schema_error_messages(instance: Any, expected: list[str]) -> None:
    assert schema_errors(instance) == expected


def test_too_few_claims_message() -> None:
    errors = schema_errors(_with("claims", VALID["claims"][:2]))
    assert len(errors) == 1
    assert errors[0].startswith("claims: ")
    assert errors[0].endswith("is too short")


def test_errors_are_sorted_by_path() -> None:
    data = _with("claims[2].text", 7)
    data["overview"]["quotes"] = []
    data["caveats"] = "none"
    errors = schema_errors(data)
    assert [e.split(":")[0] for e in errors] == ["caveats", "claims[2].text", "overview.quotes"]


# --------------------------------------------------------------------------- CLI


def test_cli_schema_prints_schema_json() -> None:
    result = CliRunner().invoke(app, ["schema"])
    assert result.exit_code == 0
    assert result.stdout == schema_json()
    assert result.stderr == ""
    assert json.loads(result.stdout) == summary_schema()
