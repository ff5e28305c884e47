"""JSON Schema for the summary contract, derived from the pydantic models.

The schema is made acceptable to OpenAI strict structured outputs: every property is
required (optional fields are nullable instead), every object has
``additionalProperties: false``, and only supported keywords remain. Model output is
checked against it with jsonschema *before* pydantic sees it, so structural errors get
precise, path-qualified messages that can go back to the model in a re-ask.
"""

from __future__ import annotations

import copy
import hashlib
import json
from collections.abc import Sequence
from functools import cache
from typing import Any

from jsonschema import Draft202012Validator

from .models import ClaimKind, Summary

SCHEMA_NAME = "article_summary"

# Keywords OpenAI strict mode accepts (structured outputs, "supported schemas").
ALLOWED_KEYWORDS = frozenset(
    {
        "type",
        "properties",
        "required",
        "additionalProperties",
        "items",
        "enum",
        "anyOf",
        "$ref",
        "$defs",
        "description",
        "minItems",
        "maxItems",
        "const",
    }
)
_DROPPED = ("title", "default")


def _strictify(node: Any) -> Any:
    if isinstance(node, list):
        return [_strictify(item) for item in node]
    if not isinstance(node, dict):
        return node
    out: dict[str, Any] = {}
    for key, value in node.items():
        if key in _DROPPED:
            continue
        if key in ("properties", "$defs"):
            out[key] = {name: _strictify(sub) for name, sub in value.items()}
        else:
            out[key] = _strictify(value)
    if out.get("type") == "object":
        out["additionalProperties"] = False
        out["required"] = sorted(out.get("properties", {}))
    if "$ref" in out and len(out) > 1:
        # A $ref with siblings (e.g. a description) is not accepted everywhere; keep the ref.
        out = {"$ref": out["$ref"]}
    return out


@cache
def summary_schema() -> dict[str, Any]:
    """The strict JSON Schema of :class:`~summarizer.models.Summary` (do not mutate)."""
    raw = Summary.model_json_schema(mode="validation")
    schema: dict[str, Any] = _strictify(raw)
    schema = {"$schema": "https://json-schema.org/draft/2020-12/schema", **schema}
    return schema


def openai_schema(max_claims: int | None = None, max_quotes: int | None = None) -> dict[str, Any]:
    """The schema as sent in ``response_format`` (without the ``$schema`` marker).

    ``max_claims`` and ``max_quotes`` narrow the arrays for one request (never beyond the
    contract's 3..8 claims and 1..3 quotes), so constrained decoding closes a list instead
    of letting a small model loop.
    """
    schema = copy.deepcopy({k: v for k, v in summary_schema().items() if k != "$schema"})
    if max_claims is not None:
        claims = schema["properties"]["claims"]
        claims["maxItems"] = max(claims["minItems"], min(claims["maxItems"], max_claims))
    if max_quotes is not None:
        for name in ("Overview", "Claim", "Caveat"):
            quotes = schema["$defs"][name]["properties"]["quotes"]
            quotes["maxItems"] = max(quotes["minItems"], min(quotes["maxItems"], max_quotes))
    return schema


def schema_json() -> str:
    """Canonical text of the schema: sorted keys, two-space indent, trailing newline."""
    return json.dumps(summary_schema(), indent=2, sort_keys=True, ensure_ascii=False) + "\n"


@cache
def schema_sha256() -> str:
    """SHA-256 of :func:`schema_json`; recorded in every result and cache key."""
    return hashlib.sha256(schema_json().encode()).hexdigest()


@cache
def _validator() -> Draft202012Validator:
    return Draft202012Validator(summary_schema())


def schema_errors(instance: Any) -> list[str]:
    """Every schema violation in ``instance`` as ``'<json path>: <message>'``, sorted by path."""
    errors = sorted(_validator().iter_errors(instance), key=lambda e: list(map(str, e.path)))
    out = []
    for err in errors:
        path = "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in err.path)
        out.append(f"{path.lstrip('.') or '(root)'}: {err.message}")
    return out


def unsupported_keywords(schema: Any) -> set[str]:
    """Keywords in ``schema`` that OpenAI strict mode would reject (empty when compatible)."""
    found: set[str] = set()

    def walk(node: Any, in_props: bool = False) -> None:
        if isinstance(node, list):
            for item in node:
                walk(item)
        elif isinstance(node, dict):
            for key, value in node.items():
                if in_props:
                    walk(value)
                    continue
                if key not in ALLOWED_KEYWORDS and key != "$schema":
                    found.add(key)
                walk(value, in_props=key in ("properties", "$defs"))

    walk(schema)
    return found


def _object(properties: dict[str, Any]) -> dict[str, Any]:
    return {
        "type": "object",
        "properties": properties,
        "required": sorted(properties),
        "additionalProperties": False,
    }


def _kind() -> dict[str, Any]:
    return {"type": "string", "enum": [k.value for k in ClaimKind]}


def restate_schema(
    overview_id: int, claim_ids: Sequence[int], caveat_ids: Sequence[int]
) -> dict[str, Any]:
    """The evidence-first answer: per item the sentence ID it restates (an enum of the valid
    IDs for its role, so a grammar or strict mode cannot cite anything else), then its text.

    Arrays have exactly as many items as there are sentences for the role. Strict-mode
    compatible (every property required, no extra properties).
    """

    def items(ids: Sequence[int], with_kind: bool) -> dict[str, Any]:
        props: dict[str, Any] = {"id": {"type": "integer", "enum": list(ids)}, "text": {"type": "string"}}
        if with_kind:
            props["kind"] = _kind()
        return {"type": "array", "items": _object(props), "minItems": len(ids), "maxItems": len(ids)}

    overview = _object({"id": {"type": "integer", "enum": [overview_id]}, "text": {"type": "string"}})
    return _object(
        {"overview": overview, "claims": items(claim_ids, True), "caveats": items(caveat_ids, False)}
    )


def repair_schema(*, with_kind: bool) -> dict[str, Any]:
    """One restated sentence: its text (and, for claims, its kind)."""
    props: dict[str, Any] = {"text": {"type": "string"}}
    if with_kind:
        props["kind"] = _kind()
    return _object(props)
