"""How common an English word is: its Zipf frequency (log10 of its uses per billion words).

The table (``data/wordfreq-en.tsv.gz``, built by ``scripts/build_frequency_table.py`` from
the data of ``wordfreq==3.1.1``; CC BY-SA 4.0, notice in ``LICENSES/wordfreq-data.txt``)
holds every alphabetic word at or above :data:`FLOOR`; it is read once, on first use. A word
that is not in it is rarer than that ("intranasal", "cortisol", "Selank").
"""

from __future__ import annotations

import gzip
import importlib.resources
from functools import lru_cache

__all__ = ["FLOOR", "zipf"]

FLOOR = 3.5  # the table's floor (scripts/build_frequency_table.py)


@lru_cache(maxsize=1)
def _table() -> dict[str, float]:
    raw = (importlib.resources.files("summarizer.guards") / "data" / "wordfreq-en.tsv.gz").read_bytes()
    rows = (line.split("\t") for line in gzip.decompress(raw).decode("utf-8").splitlines())
    return {word: float(z) for word, z in rows}


def zipf(word: str) -> float:
    """The Zipf frequency of ``word`` (any case): 7 for "the", 5 for "pain", 4.3 for "oral";
    words rarer than :data:`FLOOR` read as 0."""
    return _table().get(word.lower(), 0.0)
