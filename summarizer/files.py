"""File helpers shared by the CLI and the golden workflow: atomic writes and input discovery."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
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


@dataclass(frozen=True)
class Input:
    """One article to read: its path, and its name relative to the folder it was found in."""

    path: str
    name: str


def _inside(path: Path, roots: Sequence[Path]) -> bool:
    return any(path == root or root in path.parents for root in roots)


def discover(
    paths: Iterable[str],
    *,
    skip: Sequence[Path] = (),
    echo: Callable[[str], None] | None = None,
) -> list[Input]:
    """Inputs as given, each folder replaced by its article files (sorted, recursive).

    A file found in a folder keeps its path relative to that folder as its name, so
    ``a/intro.txt`` and ``b/intro.md`` never share an output. A symlink that leads outside
    the folder is not followed (``echo`` says so), and nothing under ``skip`` (the run's own
    output folder and cache) is read as an article. A missing path is kept as is, so the
    caller reports it in its turn.
    """
    roots = [r.resolve() for r in skip]
    out: list[Input] = []
    for raw in paths:
        p = Path(raw)
        if raw == "-" or not p.is_dir():
            out.append(Input(raw, "stdin" if raw == "-" else p.name))
            continue
        base = p.resolve()
        found: list[Input] = []
        for folder, dirs, files in os.walk(p, followlinks=False):
            dirs[:] = sorted(d for d in dirs if not d.startswith("."))
            for name in sorted(files):
                f = Path(folder) / name
                if name.startswith(".") or f.suffix.lower() not in ARTICLE_SUFFIXES:
                    continue
                real = f.resolve()
                if f.is_symlink() and not _inside(real, [base]):
                    if echo:
                        echo(f"summarizer: {f}: a symlink to outside {raw}; not followed")
                    continue
                if _inside(real, roots) or not real.is_file():
                    continue
                found.append(Input(str(f), f.relative_to(p).as_posix()))
        if not found:
            raise SourceNotFound(f"{raw}: folder holds no article files ({', '.join(ARTICLE_SUFFIXES)})")
        out.extend(sorted(found, key=lambda i: i.path))
    return out


def expand_inputs(paths: Iterable[str]) -> Iterator[str]:
    """The paths of :func:`discover`'s inputs."""
    for item in discover(paths):
        yield item.path
