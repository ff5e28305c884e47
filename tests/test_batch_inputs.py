"""Batch correctness: output names keep relative paths, symlinks stay inside the folder, and
the run's own outputs and cache are never read as articles."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from test_staged import Restater, article

from summarizer.files import Input, discover
from summarizer.pipeline import Settings, Summarizer
from summarizer.runs.batch import output_names, run_batch
from summarizer.runs.cache import ResultCache


def _write(path: Path, text: str = "x") -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_inputs_keep_their_path_relative_to_the_folder(tmp_path: Path) -> None:
    _write(tmp_path / "in" / "a" / "intro.txt")
    _write(tmp_path / "in" / "b" / "intro.md")
    _write(tmp_path / "in" / "top.html")
    found = discover([str(tmp_path / "in")])
    assert [i.name for i in found] == ["a/intro.txt", "b/intro.md", "top.html"]
    assert output_names(found, "json") == {
        str(tmp_path / "in" / "a" / "intro.txt"): "a/intro.json",
        str(tmp_path / "in" / "b" / "intro.md"): "b/intro.json",
        str(tmp_path / "in" / "top.html"): "top.json",
    }


def test_same_stem_in_one_folder_keeps_both_suffixes() -> None:
    found = [Input("f/intro.txt", "intro.txt"), Input("f/intro.md", "intro.md"), Input("f/x.txt", "x.txt")]
    assert sorted(output_names(found, "markdown").values()) == ["intro.md.md", "intro.txt.md", "x.md"]


def test_a_symlink_out_of_the_folder_is_not_followed_and_said(tmp_path: Path) -> None:
    outside = _write(tmp_path / "secret" / "private.txt")
    inside = _write(tmp_path / "in" / "real.txt")
    os.symlink(outside, tmp_path / "in" / "link.txt")
    os.symlink(inside, tmp_path / "in" / "alias.txt")  # a link that stays inside is fine
    lines: list[str] = []
    found = discover([str(tmp_path / "in")], echo=lines.append)
    assert [i.name for i in found] == ["alias.txt", "real.txt"]
    assert lines == [f"summarizer: {tmp_path / 'in' / 'link.txt'}: a symlink to outside {tmp_path / 'in'}; not followed"]


def test_the_output_folder_and_cache_are_skipped(tmp_path: Path) -> None:
    _write(tmp_path / "in" / "one.txt")
    _write(tmp_path / "in" / "out" / "one.md")  # a previous --format markdown output
    _write(tmp_path / "in" / ".cache" / "ab" / "entry.txt")
    found = discover([str(tmp_path / "in")], skip=[tmp_path / "in" / "out"])
    assert [i.name for i in found] == ["one.txt"]


@pytest.mark.parametrize("fmt", ["json", "markdown"])
def test_a_rerun_into_a_folder_inside_the_inputs_reads_only_articles(tmp_path: Path, fmt: str) -> None:
    src = tmp_path / "in"
    _write(src / "a" / "tiers.txt", article("selank-evidence-tiers"))
    _write(src / "b" / "tiers.md", article("selank-evidence-tiers"))
    out = src / "results"
    lines: list[str] = []
    summarizer = Summarizer(provider=Restater(), settings=Settings(mode="evidence"))
    cache = ResultCache(tmp_path / "cache")
    for _ in range(2):  # the second run must not pick up the first run's outputs
        run_batch(summarizer, [str(src)], fmt=fmt, output=str(out), echo=lines.append, cache=cache)
    suffix = ".json" if fmt == "json" else ".md"
    written = sorted(p.relative_to(out).as_posix() for p in out.rglob("*") if p.is_file())
    assert written == [f"a/tiers{suffix}", f"b/tiers{suffix}"]
    assert lines[-1].startswith("summarizer: 2 article(s)")
