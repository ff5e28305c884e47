"""Read an article into a :class:`Source`: decoded text, its SHA-256, and where it came from.

Spans in results are offsets into ``Source.text``. For plain text that is the decoded
file exactly; for HTML it is the extracted text, which the result records by hash so a
reviewer can regenerate it. Bad input raises an :class:`~summarizer.errors.InputError`
subclass with a one-line message; nothing here ever returns half a source.
"""

from __future__ import annotations

import codecs
import hashlib
import re
import sys
from dataclasses import dataclass
from pathlib import Path

from .errors import BinarySource, EmptySource, SourceNotFound, SourceTooLarge
from .models import SourceInfo

#: Default cap on input size. Larger files are refused, not truncated.
MAX_BYTES = 2_000_000

_HTML_SNIFF = re.compile(rb"^\s*(<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>])", re.I)
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Control characters that never occur in real text (TAB, LF, CR and FF are allowed).
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")


@dataclass(frozen=True)
class Source:
    """An article ready to summarise. ``text`` is what every span indexes."""

    name: str
    text: str
    media_type: str = "text/plain"

    @property
    def sha256(self) -> str:
        """SHA-256 of ``text`` encoded as UTF-8."""
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()

    def info(self) -> SourceInfo:
        """The provenance record kept in results."""
        return SourceInfo(
            name=self.name, sha256=self.sha256, chars=len(self.text), media_type=self.media_type
        )


def decode(data: bytes, *, name: str = "<text>") -> str:
    """Decode bytes as UTF-8 (or UTF-16/32 when a BOM says so); refuse binary data."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError as exc:
                raise BinarySource(
                    f"{name}: not valid {encoding} despite its byte-order mark"
                ) from exc
    if b"\x00" in data:
        raise BinarySource(f"{name}: looks binary (contains NUL bytes); expected UTF-8 text")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise BinarySource(
            f"{name}: not valid UTF-8 (byte {exc.start} is 0x{data[exc.start]:02x}); "
            "convert the file to UTF-8 first"
        ) from exc


def from_text(
    text: str, *, name: str = "<text>", media_type: str = "text/plain", max_chars: int = MAX_BYTES
) -> Source:
    """Build a :class:`Source` from text already in memory, applying the same checks as files."""
    if len(text) > max_chars:
        raise SourceTooLarge(f"{name}: {len(text):,} characters is over the {max_chars:,} limit")
    if media_type == "text/html" or _HTML_SNIFF.match(text[:512].encode("utf-8", "replace")):
        text, media_type = html_to_text(text), "text/html"
    if not text.strip():
        raise EmptySource(
            f"{name}: the article is empty"
            + (" after HTML extraction" if media_type == "text/html" else "")
        )
    controls = len(_CONTROL.findall(text))
    if controls > max(8, len(text) // 1000):
        raise BinarySource(f"{name}: looks binary ({controls} control characters)")
    return Source(name=name, text=text, media_type=media_type)


def html_to_text(html: str) -> str:
    """Visible text of an HTML page, with paragraphs kept apart (scripts and styles dropped)."""
    import html_text

    return str(html_text.extract_text(html, guess_layout=True)).strip() + "\n"


def read_source(path: str | Path, *, max_bytes: int = MAX_BYTES) -> Source:
    """Read a file (or ``-`` for stdin) into a :class:`Source`; raise ``InputError`` on bad input."""
    if str(path) == "-":
        data = sys.stdin.buffer.read(max_bytes + 1)
        name = "<stdin>"
    else:
        p = Path(path)
        name = p.name
        if not p.exists():
            raise SourceNotFound(f"{path}: no such file")
        if p.is_dir():
            raise SourceNotFound(f"{path}: is a directory, expected a file")
        if not p.is_file():
            raise SourceNotFound(f"{path}: not a regular file")
        size = p.stat().st_size
        if size > max_bytes:
            raise SourceTooLarge(f"{path}: {size:,} bytes is over the {max_bytes:,}-byte limit")
        try:
            data = p.read_bytes()
        except OSError as exc:
            raise SourceNotFound(f"{path}: cannot be read ({exc.strerror})") from exc
    if len(data) > max_bytes:
        raise SourceTooLarge(f"{name}: over the {max_bytes:,}-byte limit")
    if not data.strip():
        raise EmptySource(f"{name}: the file is empty" if not data else f"{name}: only whitespace")
    text = decode(data, name=name)
    is_html = str(path).lower().endswith((".html", ".htm")) or bool(_HTML_SNIFF.match(data[:512]))
    return from_text(
        text, name=name, media_type="text/html" if is_html else "text/plain", max_chars=max_bytes
    )
