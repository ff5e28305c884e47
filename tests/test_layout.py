"""The layout the README describes: small modules, a thin CLI, a short top level."""

from __future__ import annotations

from pathlib import Path

import pytest

from summarizer.models import OVERVIEW, ItemPath, Section

PACKAGE = Path(__file__).resolve().parent.parent / "summarizer"
MODULES = sorted(PACKAGE.rglob("*.py"))


def _lines(path: Path) -> int:
    return len(path.read_text(encoding="utf-8").splitlines())


@pytest.mark.parametrize("module", MODULES, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_no_module_is_over_400_lines(module: Path) -> None:
    limit = 300 if module.parent.name == "cli" else 400
    assert _lines(module) <= limit, f"{module.relative_to(PACKAGE)} has {_lines(module)} lines (limit {limit})"


def test_the_top_level_holds_at_most_16_modules() -> None:
    top = [p for p in PACKAGE.iterdir() if p.suffix == ".py" or (p.is_dir() and (p / "__init__.py").exists())]
    assert len(top) <= 16, sorted(p.name for p in top)


@pytest.mark.parametrize("module", MODULES, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_every_module_says_its_job_in_a_docstring(module: Path) -> None:
    text = module.read_text(encoding="utf-8").lstrip()
    assert text.startswith('"""'), f"{module.relative_to(PACKAGE)} has no module docstring"


@pytest.mark.parametrize(
    ("path", "text"),
    [(OVERVIEW, "overview"), (ItemPath(Section.CLAIMS, 2), "claims[2]"), (ItemPath(Section.CAVEATS, 0), "caveats[0]")],
)
def test_item_paths_render_and_parse_back(path: ItemPath, text: str) -> None:
    assert str(path) == text
    assert ItemPath.parse(text) == path


@pytest.mark.parametrize("bad", ["claims", "claims[x]", "overview[0]", "notes[1]", " claims[1]"])
def test_anything_else_is_not_an_item_path(bad: str) -> None:
    with pytest.raises(ValueError, match="not an item path"):
        ItemPath.parse(bad)


def test_item_paths_sort_by_section_then_index() -> None:
    paths = [ItemPath(Section.CLAIMS, 10), ItemPath(Section.CLAIMS, 2), OVERVIEW]
    assert [str(p) for p in sorted(paths, key=lambda p: (list(Section).index(p.section), p.index or 0))] == [
        "overview", "claims[2]", "claims[10]",
    ]
