"""A run log: one SQLite row per result of ``summarize``, ``validate`` and ``batch collect``.

The database lives at ``runs.db`` in the user data dir (``$SUMMARIZER_LOG`` names another
file; ``$SUMMARIZER_NO_LOG=1`` turns logging off). It holds one table, ``runs``: what was
run (command, article, backend, model, endpoint, content hashes, settings), how it came
out (status, every reason code, attempts, tokens, seconds, whether the result cache served
it) and the result document itself, so ``summarizer logs --show ID`` can render it again.

Only what a result and these columns hold is stored: never an API key, and endpoint URLs
without user, password or query. Writing is best effort: a log that cannot be opened or
written prints one line on stderr and the run goes on (later writes are then skipped).
Writes are serialised by a lock, so batch worker threads can share one log.
"""

from __future__ import annotations

import contextlib
import json
import os
import sqlite3
import sys
import threading
import urllib.parse
from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from ..errors import UsageError
from ..models import SummaryResult

_COLUMNS = (
    "id INTEGER PRIMARY KEY AUTOINCREMENT",
    "created TEXT NOT NULL",
    "command TEXT NOT NULL",
    "article_name TEXT NOT NULL",
    "article_sha256 TEXT NOT NULL",
    "backend TEXT NOT NULL",
    "model TEXT NOT NULL",
    "base_url TEXT",
    "model_sha256 TEXT",
    "prompt_sha256 TEXT NOT NULL",
    "schema_sha256 TEXT NOT NULL",
    "settings TEXT NOT NULL",
    "status TEXT NOT NULL",
    "reason_codes TEXT NOT NULL",
    "attempts INTEGER NOT NULL",
    "prompt_tokens INTEGER NOT NULL",
    "completion_tokens INTEGER NOT NULL",
    "cached_tokens INTEGER NOT NULL",
    "seconds REAL NOT NULL",
    "cached INTEGER NOT NULL",
    "result TEXT NOT NULL",
)
_SCHEMA = f"CREATE TABLE IF NOT EXISTS runs ({', '.join(_COLUMNS)})"
_FIELDS = tuple(c.split()[0] for c in _COLUMNS)
_ROW_FIELDS = tuple(f for f in _FIELDS if f != "result")

COMMANDS = ("summarize", "validate", "collect")


def default_log_path() -> Path:
    """``$SUMMARIZER_LOG``, else ``runs.db`` in the user data dir."""
    if env := os.environ.get("SUMMARIZER_LOG"):
        return Path(env)
    import platformdirs

    return Path(platformdirs.user_data_dir("summarizer")) / "runs.db"


def logging_disabled() -> bool:
    """True when ``$SUMMARIZER_NO_LOG`` is set to anything but empty, 0, false or no."""
    return os.environ.get("SUMMARIZER_NO_LOG", "").strip().lower() not in ("", "0", "false", "no")


def public_url(url: str | None) -> str | None:
    """``url`` without user, password or query (which may carry a key); each one of a
    comma-joined list (a server pool) separately."""
    if not url:
        return None
    if "," in url:
        return ",".join(public_url(part) or "" for part in url.split(","))
    parts = urllib.parse.urlsplit(url)
    host = parts.hostname or ""
    netloc = f"{host}:{parts.port}" if parts.port else host
    return urllib.parse.urlunsplit((parts.scheme, netloc, parts.path, "", ""))


def reason_codes(result: SummaryResult) -> list[str]:
    """Every failing item's reason codes, then the summary-level ones, in order."""
    codes = [r.code for item in result.items if not item.accepted for r in item.issues]
    return codes + [r.code for r in result.reasons]


@dataclass(frozen=True)
class Row:
    """One logged run, without its result document (``RunLog.get`` returns that)."""

    id: int
    created: str
    command: str
    article_name: str
    article_sha256: str
    backend: str
    model: str
    base_url: str | None
    model_sha256: str | None
    prompt_sha256: str
    schema_sha256: str
    settings: dict[str, Any]
    status: str
    reason_codes: list[str]
    attempts: int
    prompt_tokens: int
    completion_tokens: int
    cached_tokens: int
    seconds: float
    cached: bool

    def to_dict(self) -> dict[str, Any]:
        """The row as a JSON-able dict."""
        return asdict(self)

    @classmethod
    def _from_sql(cls, values: sqlite3.Row) -> Row:
        data = {f: values[f] for f in _ROW_FIELDS}
        data["settings"] = json.loads(data["settings"])
        data["reason_codes"] = json.loads(data["reason_codes"])
        data["cached"] = bool(data["cached"])
        return cls(**data)


def _stderr(line: str) -> None:
    print(line, file=sys.stderr)


class RunLog:
    """The SQLite run log at ``path``; opened on first use, shared by threads under a lock."""

    def __init__(self, path: Path | None = None, *, echo: Callable[[str], None] = _stderr) -> None:
        self.path = path or default_log_path()
        self._echo = echo
        self._lock = threading.Lock()
        self._conn: sqlite3.Connection | None = None
        self._broken = False

    @classmethod
    def open_default(
        cls, enabled: bool = True, *, echo: Callable[[str], None] = _stderr
    ) -> RunLog | None:
        """The default log, or None when ``enabled`` is False or ``$SUMMARIZER_NO_LOG`` is set."""
        return cls(echo=echo) if enabled and not logging_disabled() else None

    def _connect(self, create: bool) -> sqlite3.Connection | None:
        if self._conn is None:
            if not create and not self.path.exists():
                return None
            if create:
                self.path.parent.mkdir(parents=True, exist_ok=True)
            conn = sqlite3.connect(self.path, check_same_thread=False, timeout=10.0)
            try:
                conn.row_factory = sqlite3.Row
                conn.execute("PRAGMA journal_mode=WAL")
                conn.execute(_SCHEMA)
                conn.commit()
            except sqlite3.Error:
                conn.close()
                raise
            self._conn = conn
        return self._conn

    def record(
        self,
        result: SummaryResult,
        *,
        command: str,
        base_url: str | None = None,
        model_sha256: str | None = None,
        cached: bool = False,
    ) -> int | None:
        """Log one result; its row id, or None when the log is unusable (said once on stderr)."""
        if command not in COMMANDS:
            raise ValueError(f"unknown command {command!r}")
        u = result.usage
        values = {
            "created": datetime.now(UTC).isoformat(timespec="seconds"),
            "command": command,
            "article_name": result.source.name,
            "article_sha256": result.source.sha256,
            "backend": result.backend,
            "model": result.model,
            "base_url": public_url(base_url),
            "model_sha256": model_sha256,
            "prompt_sha256": result.prompt.sha256,
            "schema_sha256": result.schema_sha256,
            "settings": json.dumps(result.settings, sort_keys=True),
            "status": result.status.value,
            "reason_codes": json.dumps(reason_codes(result)),
            "attempts": len(result.attempts),
            "prompt_tokens": u.prompt_tokens,
            "completion_tokens": u.completion_tokens,
            "cached_tokens": u.cached_tokens,
            "seconds": result.seconds,
            "cached": int(cached),
            "result": result.model_dump_json(),
        }
        names = ", ".join(values)
        marks = ", ".join("?" * len(values))
        with self._lock:
            if self._broken:
                return None
            try:
                conn = self._connect(create=True)
                assert conn is not None
                with conn:
                    cursor = conn.execute(
                        f"INSERT INTO runs ({names}) VALUES ({marks})", tuple(values.values())
                    )
                return cursor.lastrowid
            except (sqlite3.Error, OSError) as exc:
                self._broken = True
                self._echo(f"summarizer: warning: run log {self.path} not written ({exc})")
                return None

    def query(
        self,
        *,
        status: str | None = None,
        model: str | None = None,
        article: str | None = None,
        since: date | None = None,
        limit: int | None = 50,
    ) -> list[Row]:
        """Logged runs, newest first: by exact status and model, an article-name substring,
        and a first UTC day."""
        where: list[str] = []
        args: list[Any] = []
        if status is not None:
            where.append("status = ?")
            args.append(status)
        if model is not None:
            where.append("model = ?")
            args.append(model)
        if article is not None:
            where.append("instr(article_name, ?) > 0")
            args.append(article)
        if since is not None:
            where.append("created >= ?")
            args.append(since.isoformat())
        sql = f"SELECT {', '.join(_ROW_FIELDS)} FROM runs"
        if where:
            sql += " WHERE " + " AND ".join(where)
        sql += " ORDER BY id DESC"
        if limit is not None:
            sql += " LIMIT ?"
            args.append(limit)
        with self._lock, self._reading():
            conn = self._connect(create=False)
            if conn is None:
                return []
            return [Row._from_sql(r) for r in conn.execute(sql, args).fetchall()]

    def get(self, run_id: int) -> SummaryResult:
        """The stored result of run ``run_id``; UsageError when there is none."""
        with self._lock, self._reading():
            conn = self._connect(create=False)
            found = (
                conn.execute("SELECT result FROM runs WHERE id = ?", (run_id,)).fetchone()
                if conn is not None
                else None
            )
        if found is None:
            raise UsageError(f"no run with id {run_id} in {self.path}")
        return SummaryResult.model_validate_json(found["result"])

    @contextlib.contextmanager
    def _reading(self) -> Iterator[None]:
        try:
            yield
        except sqlite3.Error as exc:
            raise UsageError(f"run log {self.path}: {exc}") from None

    def __enter__(self) -> RunLog:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Close the connection (reopened on next use)."""
        with self._lock:
            if self._conn is not None:
                self._conn.close()
                self._conn = None
