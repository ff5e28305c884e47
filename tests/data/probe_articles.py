"""The five seed articles and the tune/test split that the seed-article probes share
(``grounding_probe2.py`` to ``grounding_probe5.py``): one definition, so no probe can drift
to another split."""

from __future__ import annotations

import hashlib

A = "selank-anxiolytic-that-doesnt-sedate.txt"
B = "selank-evidence-tiers.txt"
C = "selank-vs-semax.txt"
D = "what-is-selank-used-for.txt"
E = "selank-vs-benzodiazepines.txt"


def split_of(sentence: str) -> str:
    """``tune`` when the first hex digit of the sentence's sha256 is even, else ``test``."""
    return "tune" if int(hashlib.sha256(sentence.encode()).hexdigest()[0], 16) % 2 == 0 else "test"
