"""Stable reason codes of the grounding checks (one StrEnum shared by every module)."""

from __future__ import annotations

from enum import StrEnum

__all__ = ["GroundingCode"]


class GroundingCode(StrEnum):
    """Stable codes for grounding reasons."""

    NO_QUOTES = "no_quotes"
    QUOTE_NOT_FOUND = "quote_not_found"
    NO_ANCHOR = "no_anchor"
    NUMBER_MISSING = "number_missing"
    UNIT_MISSING = "unit_missing"
    ENTITY_MISSING = "entity_missing"
    NEGATION_FLIP = "negation_flip"
    HEDGE_FLIP = "hedge_flip"
    DIRECTION_FLIP = "direction_flip"
    LOW_COVERAGE = "low_coverage"
    LOW_SIMILARITY = "low_similarity"
    QUOTE_TOO_SHORT = "quote_too_short"
    SUBSTITUTION = "substitution"
    ANTONYM = "antonym"
    EVIDENCE_LEVEL = "evidence_level"
    ADDED_PHRASE = "added_phrase"
