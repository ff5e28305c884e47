"""Unicode folding with an offset map back to the original text.

:func:`fold` turns text into a canonical form for matching (NFKC per character with accents
and other combining marks dropped, casefold,
straight quotes, ASCII hyphens, no invisible characters, single spaces, Latin homoglyphs)
and remembers, for every folded character, which slice of the original it came from, so a
match found in folded text can be reported as a span of the original.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

__all__ = ["Folded", "fold", "fold_text"]

# Characters dropped entirely (besides every other format/control character).
_REMOVE = frozenset("\u00ad\u200b\u200c\u200d\u2060\ufeff\u180e")

_SINGLE_QUOTES = "\u2018\u2019\u201a\u201b\u2032\u2035\u02bc\u02bb\u02b9\u00b4\uff07\u275b\u275c"
_DOUBLE_QUOTES = (
    "\u201c\u201d\u201e\u201f\u2033\u2036\u00ab\u00bb\u02ba\uff02\u275d\u275e\u301d\u301e"
)
_DASHES = (
    "\u2010\u2011\u2012\u2013\u2014\u2015\u2043\u2212\u2e3a\u2e3b\ufe58\ufe63\uff0d"
    "\u058a\u05be\u1400\u1806\u2e17\u2e1a\u301c\u3030\u30a0\ufe31\ufe32"
)

# Cyrillic and Greek letters that look like Latin letters (a compact subset of UTS #39),
# as pairs: look-alike, Latin letter.
_HOMOGLYPH_PAIRS = (
    "\u0430a\u0432b\u0433r\u0435e\u0451e\u04373\u043ak\u043cm\u043dh\u043eo\u043fn"
    "\u0440p\u0441c\u0442t\u0443y\u0445x\u0455s\u0456i\u0457i\u0458j\u0501d\u04bbh"
    "\u051bq\u051dw\u0261g\u04cfl\u0410A\u0412B\u0413r\u0415E\u04173\u041aK\u041cM"
    "\u041dH\u041eO\u0420P\u0421C\u0422T\u0423Y\u0425X\u0405S\u0406I\u0408J\u051aQ"
    "\u051cW\u04c0l\u0391A\u0392B\u0395E\u0396Z\u0397H\u0399I\u039aK\u039cM\u039dN"
    "\u039fO\u03a1P\u03a4T\u03a5Y\u03a7X\u03bfo\u03b9i\u03bdv\u03c1p\u03bak\u03c5u"
    "\u03c7x"
)
_HOMOGLYPHS: dict[str, str] = {
    _HOMOGLYPH_PAIRS[i]: _HOMOGLYPH_PAIRS[i + 1] for i in range(0, len(_HOMOGLYPH_PAIRS), 2)
}
# micro sign and Greek mu both become the micro sign (a unit prefix, as in "\u00b5g")
_HOMOGLYPHS["\u03bc"] = "\u00b5"
_HOMOGLYPHS["\u00b5"] = "\u00b5"

_TABLE: dict[str, str] = {
    **{c: "'" for c in _SINGLE_QUOTES},
    **{c: '"' for c in _DOUBLE_QUOTES},
    **{c: "-" for c in _DASHES},
    "\u2026": "...",
    "\u2044": "/",
    **_HOMOGLYPHS,
}

_CACHE: dict[bool, dict[str, str]] = {True: {}, False: {}}
_SEGMENTS = re.compile(r"([!-~]+)|(\s+)|([^!-~\s]+)")


def _fold_char(ch: str, casefold: bool) -> str:
    """Fold one character of the original text (cached)."""
    cache = _CACHE[casefold]
    hit = cache.get(ch)
    if hit is not None:
        return hit
    out = _fold_char_uncached(ch, casefold)
    if len(cache) < 100_000:
        cache[ch] = out
    return out


def _fold_char_uncached(ch: str, casefold: bool) -> str:
    if ch in _REMOVE:
        return ""
    if ch.isspace():
        return " "
    mapped = _TABLE.get(ch)
    if mapped is None:
        try:
            mapped = unicodedata.normalize("NFKD", ch)  # NFKC, then marks split off
        except (ValueError, TypeError):  # pragma: no cover - defensive (odd code points)
            mapped = ch
    if casefold:
        mapped = mapped.casefold()
    pieces: list[str] = []
    for c in mapped:
        c2 = _TABLE.get(c, c)  # no second casefold: the micro sign must stay
        for c3 in c2:
            if c3 in _REMOVE:
                continue
            if c3.isspace():
                pieces.append(" ")
                continue
            cat = unicodedata.category(c3)
            if cat in ("Mn", "Me", "Cc", "Cf"):
                continue  # combining marks (accents), controls, invisible format characters
            pieces.append(c3)
    return "".join(pieces)


@dataclass(frozen=True)
class Folded:
    """Folded text plus, per folded character, the original range it came from."""

    text: str
    starts: tuple[int, ...]
    ends: tuple[int, ...]

    def to_original(self, i: int, j: int) -> tuple[int, int]:
        """Map the folded range ``[i, j)`` to the original range ``[start, end)``."""
        n = len(self.text)
        i = min(max(i, 0), n)
        j = min(max(j, i), n)
        if i == j:
            return self.starts[i], self.starts[i]
        return self.starts[i], self.ends[j - 1]


def fold(text: str, *, casefold: bool = True) -> Folded:
    """Fold ``text`` for matching, keeping an offset map back to the original.

    Near-linear; never raises on any ``str`` (lone surrogates, NUL, combining marks).
    """
    out: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    last_space = False
    for m in _SEGMENTS.finditer(text):
        a, b = m.span()
        if m.group(1) is not None:  # printable ASCII run, the fast path
            out.append(m.group(1).lower() if casefold else m.group(1))
            starts.extend(range(a, b))
            ends.extend(range(a + 1, b + 1))
            last_space = False
        elif m.group(2) is not None:  # whitespace run -> one space
            if last_space:
                ends[-1] = b
            else:
                out.append(" ")
                starts.append(a)
                ends.append(b)
                last_space = True
        else:
            for k in range(a, b):
                for c in _fold_char(text[k], casefold):
                    if c == " ":
                        if last_space:
                            ends[-1] = k + 1
                            continue
                        last_space = True
                    else:
                        last_space = False
                    out.append(c)
                    starts.append(k)
                    ends.append(k + 1)
    starts.append(len(text))
    return Folded("".join(out), tuple(starts), tuple(ends))


def fold_text(text: str, *, casefold: bool = True) -> str:
    """Only the folded string of :func:`fold` (no offset map)."""
    return fold(text, casefold=casefold).text
