"""Build ``summarizer/guards/data/wordfreq-en.tsv.gz``: how common English words are.

The ``word_swap`` grounding check only flags a swap between two words that are both less
common than everyday English (see :mod:`summarizer.guards.frequency`). This table holds every
alphabetic English word whose Zipf frequency (log10 of its uses per billion words) in
``wordfreq`` is at least ``FLOOR``, with that frequency to two decimals; a word that is not in
the table is rarer than ``FLOOR``. The data is wordfreq's (CC BY-SA 4.0; see
``LICENSES/wordfreq-data.txt``); wordfreq itself is only needed to rebuild the table::

    pip install -e '.[wordfreq-build]' && python scripts/build_frequency_table.py

The output is deterministic.
"""

from __future__ import annotations

import argparse
import gzip
from pathlib import Path

from wordfreq import top_n_list, zipf_frequency

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "summarizer" / "guards" / "data" / "wordfreq-en.tsv.gz"
FLOOR = 3.5  # below every threshold the check may use
TOP = 200_000  # wordfreq's English list is ordered by frequency; FLOOR is reached well before


def build(floor: float = FLOOR) -> list[str]:
    rows = []
    for word in top_n_list("en", TOP):
        z = zipf_frequency(word, "en")
        if z >= floor and word.isalpha():
            rows.append(f"{word}\t{z:.2f}")
    return sorted(rows)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", type=Path, default=OUT)
    a = ap.parse_args()
    rows = build()
    a.out.parent.mkdir(parents=True, exist_ok=True)
    with gzip.GzipFile(a.out, "wb", mtime=0) as fh:
        fh.write(("\n".join(rows) + "\n").encode("utf-8"))
    print(f"{a.out}: {len(rows)} rows, {a.out.stat().st_size:,} bytes")


if __name__ == "__main__":
    main()
