"""File helpers shared by the CLI and the golden workflow: atomic writes and input discovery."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterable, Iterator
from pathlib import Path

from .errors import SourceNotFound

ARTICLE_SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm")


def _read_umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


_UMASK = _read_umask()  # read once at import: os.umask is process-wide, not thread-safe


def write_atomic(path: str | Path, text: str) -> None:
    """Write ``text`` to ``path`` via a temporary file in the same folder and a rename.

    Readers see either the old file or the whole new one, never half of it; on any
    error (including KeyboardInterrupt) the temporary file is removed.
    """
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    try:
        os.chmod(tmp, 0o666 & ~_UMASK)  # mkstemp makes 0600; outputs get normal permissions
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(text)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise


def expand_inputs(paths: Iterable[str]) -> Iterator[str]:
    """Paths as given, with each folder replaced by its article files (sorted, recursive).

    A missing path is yielded as is, so the caller reports it in its turn.
    """
    for raw in paths:
        p = Path(raw)
        if raw != "-" and p.is_dir():
            found = sorted(
                str(f)
                for f in p.rglob("*")
                if f.is_file()
                and f.suffix.lower() in ARTICLE_SUFFIXES
                and not f.name.startswith(".")
            )
            if not found:
                raise SourceNotFound(
                    f"{raw}: folder holds no article files ({', '.join(ARTICLE_SUFFIXES)})"
                )
            yield from found
        else:
            yield raw
