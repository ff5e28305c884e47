"""``--servers FILE``: the OpenAI-compatible servers (vLLM, Ollama, llama.cpp) of a pool.

Two spellings. A file whose name ends in ``.toml``::

    model = "qwen2.5:7b-instruct"   # optional; --model wins
    cooldown = 30                    # optional: seconds a failing server sits out
    max_in_flight = 8                # optional: requests at once per server (default 8)

    [[servers]]
    url = "http://gpu1:8000/v1"
    max_in_flight = 16               # optional: this server only

    [[servers]]
    url = "http://gpu2:11434/v1"

(``servers = ["http://gpu1:8000/v1", "http://gpu2:11434/v1"]`` is the short form; the two
can be mixed.) Any other file: one base URL per line; blank lines and lines starting with
``#`` are skipped.

Keys never live in the file: every server gets ``OPENAI_API_KEY``, and a key in the file is
refused. Every problem is a :class:`~summarizer.errors.UsageError` (one line, exit 2) that
names the file and, for TOML, the entry; URLs are shown without credentials.
"""

from __future__ import annotations

import os
import tomllib
import urllib.parse
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import UsageError
from ..providers import Provider
from ..runs.log import public_url

#: Where ``--servers`` is read from when it is not given.
ENVVAR = "SUMMARIZER_SERVERS"
TOP_KEYS = ("servers", "model", "cooldown", "max_in_flight")
SERVER_KEYS = ("url", "max_in_flight")
SECRET_KEYS = ("api_key", "key", "token", "password", "openai_api_key")
MAX_IN_FLIGHT = 256


@dataclass(frozen=True)
class Server:
    """One server of the list: its base URL and its own bound (None: the list's default)."""

    url: str
    max_in_flight: int | None = None


@dataclass(frozen=True)
class ServerList:
    """What a ``--servers`` file says."""

    servers: tuple[Server, ...]
    model: str | None = None
    cooldown: float | None = None
    max_in_flight: int | None = None


def servers_path(
    given: Path | None, base_url: list[str] | None, env: Mapping[str, str] | None = None
) -> Path | None:
    """The file to read: ``--servers``, else ``$SUMMARIZER_SERVERS`` when no ``--base-url``
    is given (an explicit URL wins over the environment); both flags at once are an error."""
    if given is not None and base_url:
        raise UsageError("--servers and --base-url: give one of them")
    if given is not None or base_url:
        return given
    value = (os.environ if env is None else env).get(ENVVAR, "").strip()
    return Path(value) if value else None


def load_servers(path: Path) -> ServerList:
    """Read and check ``path`` (see the module docstring)."""
    where = f"--servers {path}"
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise UsageError(
            f"{where}: cannot read it ({exc.strerror or type(exc).__name__})"
        ) from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise UsageError(f"{where}: not UTF-8 text") from None
    if path.suffix.lower() == ".toml":
        result = _from_toml(text, where)
    else:
        result = ServerList(tuple(_from_lines(text, where)))
    if not result.servers:
        raise UsageError(f"{where}: lists no server")
    seen: set[str] = set()
    for server in result.servers:
        if server.url in seen:
            raise UsageError(f"{where}: {_shown(server.url)} is listed twice")
        seen.add(server.url)
    return result


def build_provider(
    servers: ServerList,
    *,
    model: str | None,
    timeout: float | None,
    env: Mapping[str, str] | None = None,
) -> Provider:
    """One OpenAI-compatible provider per server, pooled when there are several (or when
    the list bounds its servers); ``model`` (from ``--model``) wins over the file's."""
    from ..providers import make_provider
    from ..providers.pool import PoolProvider

    members = [
        make_provider(
            "openai", base_url=s.url, model=model or servers.model, timeout=timeout, env=env
        )
        for s in servers.servers
    ]
    limits = [s.max_in_flight for s in servers.servers]
    if len(members) == 1 and limits[0] is None and servers.max_in_flight is None:
        return members[0]
    options: dict[str, Any] = {"limits": limits}
    if servers.max_in_flight is not None:
        options["per_server"] = servers.max_in_flight
    if servers.cooldown is not None:
        options["cooldown"] = servers.cooldown
    return PoolProvider(members, **options)


# --------------------------------------------------------------------------- parsing


def _from_lines(text: str, where: str) -> list[Server]:
    out = []
    for number, line in enumerate(text.splitlines(), 1):
        item = line.strip()
        if item and not item.startswith("#"):
            out.append(Server(_url(item, f"{where}, line {number}")))
    return out


def _from_toml(text: str, where: str) -> ServerList:
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise UsageError(f"{where}: not valid TOML ({exc})") from None
    _keys(data, TOP_KEYS, where)
    entries = data.get("servers")
    if not isinstance(entries, list):
        raise UsageError(
            f"{where}: needs 'servers', a list of URLs or [[servers]] tables with a url"
        )
    servers = [_server(entry, f"{where}, servers[{i}]") for i, entry in enumerate(entries)]
    model = data.get("model")
    if model is not None and (not isinstance(model, str) or not model.strip()):
        raise UsageError(f"{where}: 'model' must be a model name")
    cooldown = data.get("cooldown")
    if cooldown is not None and (
        isinstance(cooldown, bool) or not isinstance(cooldown, int | float) or cooldown < 0
    ):
        raise UsageError(f"{where}: 'cooldown' must be seconds (a number, 0 or more)")
    return ServerList(
        tuple(servers),
        model.strip() if model else None,
        float(cooldown) if cooldown is not None else None,
        _bound(data.get("max_in_flight"), where),
    )


def _server(entry: Any, where: str) -> Server:
    if isinstance(entry, str):
        return Server(_url(entry, where))
    if not isinstance(entry, dict):
        raise UsageError(f"{where}: must be a URL or a table with a url")
    _keys(entry, SERVER_KEYS, where)
    if "url" not in entry:
        raise UsageError(f"{where}: has no url")
    return Server(_url(entry["url"], where), _bound(entry.get("max_in_flight"), where))


def _keys(table: dict[str, Any], allowed: tuple[str, ...], where: str) -> None:
    for key in table:
        if key.lower() in SECRET_KEYS:
            raise UsageError(
                f"{where}: '{key}': keys do not belong in the server file; set OPENAI_API_KEY"
            )
        if key not in allowed:
            raise UsageError(f"{where}: unknown key '{key}' (known: {', '.join(allowed)})")


def _bound(value: Any, where: str) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= MAX_IN_FLIGHT:
        raise UsageError(
            f"{where}: 'max_in_flight' must be a whole number from 1 to {MAX_IN_FLIGHT}"
        )
    return value


def _url(value: Any, where: str) -> str:
    if not isinstance(value, str) or not value.strip():
        raise UsageError(f"{where}: the url must be a string like http://host:8000/v1")
    url = value.strip()
    parts = urllib.parse.urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname or "," in url:
        raise UsageError(
            f"{where}: {_shown(url)!r} is not one http(s) URL (like http://host:8000/v1)"
        )
    try:
        parts.port  # noqa: B018 - raises on a bad port
    except ValueError:
        raise UsageError(f"{where}: {_shown(url)!r} has a bad port") from None
    return url


def _shown(url: str) -> str:
    """``url`` as an error may show it: without user, password or query."""
    try:
        return public_url(url) or ""
    except ValueError:  # a bad port: the scheme and host are still safe to show
        parts = urllib.parse.urlsplit(url)
        return f"{parts.scheme}://{parts.hostname or ''}…"
