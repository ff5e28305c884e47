"""Reading articles: every bad input gets the right InputError subclass and one line.

Each case is checked twice: through :func:`read_source` and through the CLI
(``summarize FILE --backend replay --recording R``). The recording holds no exchange that
any real request could match, so a bad input that reached the model would exit 3
(recording missing) instead of 2: exit 2 proves the input was refused first.
"""

from __future__ import annotations

import codecs
import io
import json
import time
from pathlib import Path
from types import SimpleNamespace

import pytest
from typer.testing import CliRunner

from summarizer.cli import app
from summarizer.errors import (
    BinarySource,
    EmptySource,
    InputError,
    SourceNotFound,
    SourceTooLarge,
)
from summarizer.source import MAX_BYTES, Source, decode, from_text, read_source

pytestmark = pytest.mark.usefixtures("full_article_mode")

ARTICLE = (
    "Selank is a synthetic peptide developed in Russia and studied mainly for anxiety. "
    "A 2008 study compared Selank with medazepam in 62 patients and reported a comparable "
    "anxiolytic effect."
)
PNG_HEADER = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10\x00\x00\x00\x10\x08\x06"
FIFTY_MB = 50 * 1024 * 1024

runner = CliRunner()


# --------------------------------------------------------------------------- helpers


def _recording(tmp_path: Path) -> Path:
    """A replay recording whose only exchange matches no real request."""
    path = tmp_path / "responses.json"
    data = {
        "hand_written": True,
        "model": {"backend": "replay", "model": "hand-written"},
        "exchanges": [
            {
                "request_key": "0" * 64,
                "params": {"temperature": 0.0, "seed": 0, "max_tokens": 1400},
                # hand-written model response (never served: the key matches nothing)
                "response": {
                    "text": "{}",
                    "finish_reason": "stop",
                    "usage": {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2},
                    "model": "hand-written",
                    "response_format": "json_schema",
                    "refusal": None,
                },
            }
        ],
    }
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def _summarize(tmp_path: Path, target: str | Path, *extra: str):  # type: ignore[no-untyped-def]
    args = ["summarize", str(target), "--backend", "replay"]
    args += ["--recording", str(_recording(tmp_path)), *extra]
    return runner.invoke(app, args)


def _assert_one_line_error(result, fragment: str) -> None:  # type: ignore[no-untyped-def]
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("summarizer: error: ")
    assert fragment in lines[0]
    assert "Traceback" not in result.output
    assert result.stdout == ""
    assert isinstance(result.exception, SystemExit)


def _write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def _sparse(tmp_path: Path, size: int = FIFTY_MB) -> Path:
    path = tmp_path / "huge.txt"
    with path.open("wb") as fh:
        fh.truncate(size)  # sparse: instant, and no disk used
    return path


# Bad file contents: (file name, bytes, error class, fragment of the message).
BAD_CONTENTS = [
    pytest.param("empty.txt", b"", EmptySource, "the file is empty", id="empty"),
    pytest.param("blank.txt", b"  \n\t\r\n   \n", EmptySource, "only whitespace", id="whitespace"),
    pytest.param("image.png", PNG_HEADER, BinarySource, "NUL", id="png"),
    pytest.param("image.txt", PNG_HEADER, BinarySource, "binary", id="png-named-txt"),
    pytest.param(
        "latin1.txt", "café au lait".encode("latin-1"), BinarySource, "UTF-8", id="latin1"
    ),
    pytest.param("nul.txt", b"hello\x00world, text with a NUL", BinarySource, "NUL", id="nul"),
    pytest.param("controls.txt", b"ab\x01\x02" * 100, BinarySource, "control", id="controls"),
]


# --------------------------------------------------------------------------- read_source


def test_missing_path(tmp_path: Path) -> None:
    with pytest.raises(SourceNotFound, match="no such file") as info:
        read_source(tmp_path / "nope.txt")
    assert "\n" not in str(info.value)


def test_directory_where_file_expected(tmp_path: Path) -> None:
    with pytest.raises(SourceNotFound, match="is a directory") as info:
        read_source(tmp_path)
    assert "\n" not in str(info.value)


@pytest.mark.parametrize(("name", "data", "error", "fragment"), BAD_CONTENTS)
def test_bad_contents(
    tmp_path: Path, name: str, data: bytes, error: type[InputError], fragment: str
) -> None:
    path = _write(tmp_path, name, data)
    with pytest.raises(error) as info:
        read_source(path)
    message = str(info.value)
    assert type(info.value) is error
    assert fragment in message
    assert "\n" not in message
    assert message.startswith(name)


def test_invalid_utf8_names_the_byte(tmp_path: Path) -> None:
    path = _write(tmp_path, "bad.txt", b"caf\xe9")
    with pytest.raises(BinarySource, match=r"byte 3 is 0xe9.*convert the file to UTF-8"):
        read_source(path)


def test_fifty_megabytes_is_refused_without_reading(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _sparse(tmp_path)

    def no_read(self: Path) -> bytes:
        raise AssertionError(f"read the whole of {self}")

    monkeypatch.setattr(Path, "read_bytes", no_read)
    started = time.perf_counter()
    with pytest.raises(SourceTooLarge, match="52,428,800 bytes is over") as info:
        read_source(path)
    assert time.perf_counter() - started < 0.5
    assert "\n" not in str(info.value)


def test_limit_is_inclusive(tmp_path: Path) -> None:
    path = _write(tmp_path, "edge.txt", b"a" * 100)
    assert read_source(path, max_bytes=100).text == "a" * 100
    with pytest.raises(SourceTooLarge):
        read_source(path, max_bytes=99)


def test_stdin_reads_at_most_the_limit_plus_one(monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[int] = []

    class Huge(io.RawIOBase):
        def read(self, n: int = -1) -> bytes:
            asked.append(n)
            return b"a" * n

    monkeypatch.setattr("sys.stdin", SimpleNamespace(buffer=Huge()))
    with pytest.raises(SourceTooLarge, match="<stdin>"):
        read_source("-", max_bytes=1000)
    assert asked == [1001]


def test_stdin_text(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("sys.stdin", SimpleNamespace(buffer=io.BytesIO(ARTICLE.encode())))
    source = read_source("-")
    assert (source.name, source.text, source.media_type) == ("<stdin>", ARTICLE, "text/plain")


@pytest.mark.parametrize(
    ("bom_encoding", "codec"),
    [
        pytest.param("utf-16", "utf-16", id="utf16-native-bom"),
        pytest.param("utf-16-be", "utf-16-be", id="utf16-be"),
        pytest.param("utf-16-le", "utf-16-le", id="utf16-le"),
        pytest.param("utf-8-sig", "utf-8-sig", id="utf8-bom"),
        pytest.param("utf-32", "utf-32", id="utf32"),
    ],
)
def test_bom_text_decodes(tmp_path: Path, bom_encoding: str, codec: str) -> None:
    text = "Ünïcode — Selank study, 62 patients.\n"
    data = text.encode(codec)
    if codec in ("utf-16-be", "utf-16-le"):
        bom = codecs.BOM_UTF16_BE if codec.endswith("be") else codecs.BOM_UTF16_LE
        data = bom + data
    path = _write(tmp_path, "bom.txt", data)
    source = read_source(path)
    assert source.text == text  # no BOM character left in the text
    assert not source.text.startswith("\ufeff")
    assert source.media_type == "text/plain"


def test_broken_utf16_after_bom_is_binary() -> None:
    with pytest.raises(BinarySource, match="byte-order mark"):
        decode(codecs.BOM_UTF16_LE + b"a\x00\x00\xd8", name="odd.txt")


def test_html_page_is_converted(tmp_path: Path) -> None:
    html = (
        "<!DOCTYPE html><html><head><title>Selank</title>"
        "<style>body { color: red } .hidden-style-marker {}</style>"
        "<script>var hiddenScriptMarker = 1; alert('x');</script></head>"
        "<body><h1>Selank</h1><p>Selank is a synthetic peptide.</p>"
        "<p>A 2008 study compared it with medazepam.</p></body></html>"
    )
    path = _write(tmp_path, "page.html", html.encode())
    source = read_source(path)
    assert source.media_type == "text/html"
    assert "Selank is a synthetic peptide." in source.text
    assert "A 2008 study compared it with medazepam." in source.text
    for absent in ("hiddenScriptMarker", "alert", "hidden-style-marker", "color: red", "<p>"):
        assert absent not in source.text
    assert source.info().media_type == "text/html"


def test_html_sniffed_without_extension(tmp_path: Path) -> None:
    path = _write(tmp_path, "page.txt", b"  <html><body><p>Plain words.</p></body></html>")
    source = read_source(path)
    assert source.media_type == "text/html"
    assert source.text.strip() == "Plain words."


def test_html_with_no_visible_text_is_empty(tmp_path: Path) -> None:
    path = _write(tmp_path, "blank.html", b"<html><head><script>x()</script></head></html>")
    with pytest.raises(EmptySource, match="after HTML extraction"):
        read_source(path)


def test_one_megabyte_line(tmp_path: Path) -> None:
    line = ("peptide " * 131_072)[: 1024 * 1024]
    path = _write(tmp_path, "long.txt", line.encode())
    source = read_source(path)
    assert source.text == line
    assert "\n" not in source.text
    assert len(source.text) == 1024 * 1024


def test_plain_text_is_exact(tmp_path: Path) -> None:
    text = "Line one.\r\nLine two.\tTabbed.\n"
    path = _write(tmp_path, "article.txt", text.encode())
    source = read_source(path)
    assert source == Source(name="article.txt", text=text, media_type="text/plain")
    info = source.info()
    assert (info.name, info.chars, info.sha256) == ("article.txt", len(text), source.sha256)


# --------------------------------------------------------------------------- from_text


def test_from_text_ok() -> None:
    source = from_text(ARTICLE, name="a")
    assert (source.name, source.text, source.media_type) == ("a", ARTICLE, "text/plain")
    assert len(source.sha256) == 64


@pytest.mark.parametrize(
    ("text", "kwargs", "error", "fragment"),
    [
        pytest.param("", {}, EmptySource, "empty", id="empty"),
        pytest.param(" \n\t ", {}, EmptySource, "empty", id="whitespace"),
        pytest.param("x" * 11, {"max_chars": 10}, SourceTooLarge, "11 characters", id="too-long"),
        pytest.param("ab\x01\x02" * 100, {}, BinarySource, "control characters", id="controls"),
        pytest.param(
            "<html><body><script>x()</script></body></html>",
            {},
            EmptySource,
            "after HTML extraction",
            id="html-without-text",
        ),
    ],
)
def test_from_text_rejects(
    text: str, kwargs: dict[str, int], error: type[InputError], fragment: str
) -> None:
    with pytest.raises(error) as info:
        from_text(text, name="given", **kwargs)
    assert fragment in str(info.value)
    assert str(info.value).startswith("given:")
    assert "\n" not in str(info.value)


def test_from_text_allows_a_few_control_characters() -> None:
    assert from_text("form\x0cfeed and a stray \x01 byte").text.startswith("form")


def test_from_text_html() -> None:
    source = from_text("<p>Hello <b>world</b></p>", media_type="text/html")
    assert source.media_type == "text/html"
    assert source.text.strip() == "Hello world"
    sniffed = from_text("<!doctype html><html><body><p>Hi</p></body></html>")
    assert sniffed.media_type == "text/html"


def test_from_text_default_limit() -> None:
    with pytest.raises(SourceTooLarge):
        from_text("a" * (MAX_BYTES + 1))


def test_input_errors_share_exit_code() -> None:
    for error in (SourceNotFound, EmptySource, BinarySource, SourceTooLarge):
        assert issubclass(error, InputError)
        assert error("x").exit_code == 2


# --------------------------------------------------------------------------- via the CLI


@pytest.mark.parametrize(("name", "data", "error", "fragment"), BAD_CONTENTS)
def test_cli_bad_contents(
    tmp_path: Path, name: str, data: bytes, error: type[InputError], fragment: str
) -> None:
    path = _write(tmp_path, name, data)
    out = tmp_path / "out.json"
    result = _summarize(tmp_path, path, "-o", str(out))
    assert result.exit_code == 2, result.output
    _assert_one_line_error(result, fragment)
    assert not out.exists()


def test_cli_missing_path(tmp_path: Path) -> None:
    out = tmp_path / "out.json"
    result = _summarize(tmp_path, tmp_path / "nope.txt", "-o", str(out))
    assert result.exit_code == 2
    _assert_one_line_error(result, "nope.txt: no such file")
    assert not out.exists()


def test_cli_empty_folder(tmp_path: Path) -> None:
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "notes.bin").write_bytes(b"ignored: not an article suffix")
    out = tmp_path / "out"
    result = _summarize(tmp_path, folder, "-o", str(out))
    assert result.exit_code == 2
    _assert_one_line_error(result, "folder holds no article files")
    assert not out.exists()


def test_cli_validate_directory_where_file_expected(tmp_path: Path) -> None:
    summary = tmp_path / "summary.json"
    summary.write_text("{}", encoding="utf-8")
    result = runner.invoke(app, ["validate", str(tmp_path), str(summary)])
    assert result.exit_code == 2
    _assert_one_line_error(result, "is a directory, expected a file")


def test_cli_fifty_megabytes(tmp_path: Path) -> None:
    path = _sparse(tmp_path)
    out = tmp_path / "out.json"
    started = time.perf_counter()
    result = _summarize(tmp_path, path, "-o", str(out))
    assert time.perf_counter() - started < 5
    assert result.exit_code == 2
    _assert_one_line_error(result, "over the 2,000,000-byte limit")
    assert not out.exists()


@pytest.mark.parametrize(
    ("name", "data"),
    [
        pytest.param("utf16.txt", ARTICLE.encode("utf-16"), id="utf16-bom"),
        pytest.param(
            "page.html", f"<html><body><p>{ARTICLE}</p></body></html>".encode(), id="html"
        ),
        pytest.param("long.txt", ("peptide " * 131_072).encode(), id="one-mb-line"),
    ],
)
def test_cli_good_inputs_reach_the_model(tmp_path: Path, name: str, data: bytes) -> None:
    """Good but unusual inputs pass the input checks: the run gets as far as the model call
    (which the recording cannot answer, so it exits 3 with a backend error, not 2)."""
    path = _write(tmp_path, name, data)
    result = _summarize(tmp_path, path)
    assert result.exit_code == 3, result.output
    _assert_one_line_error(result, "replay backend: no recording for request")


def test_cli_verbose_shows_traceback(tmp_path: Path) -> None:
    path = _write(tmp_path, "empty.txt", b"")
    args = ["validate", str(path), str(path), "--verbose"]
    result = runner.invoke(app, args)
    assert result.exit_code == 2
    assert "Traceback" in result.stderr
    assert (
        result.stderr.rstrip().splitlines()[-1] == "summarizer: error: empty.txt: the file is empty"
    )
