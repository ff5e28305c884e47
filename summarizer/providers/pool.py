"""Many OpenAI-compatible servers behind one :class:`~.base.Provider`.

:class:`PoolProvider` sends each request to the healthy member with the fewest requests in
flight (ties go to the one that has served fewest), at most ``per_server`` at once per
member (or that member's own entry in ``limits``); callers wait when every healthy member
is full. A member whose request ends in a transport-level failure
(:class:`~summarizer.errors.BackendUnavailable` or :class:`~summarizer.errors.RateLimited`,
already retried inside the member) leaves the rotation for ``cooldown`` seconds and the
request is tried once more on another healthy member. With no healthy member left the last such error is raised. Other errors (bad
responses, refused keys) are the request's own and propagate unchanged.

Thread-safe: ``run_batch`` calls :meth:`PoolProvider.complete` from its worker threads.

:class:`InFlightLimit` bounds the requests in flight through any provider (``run_batch``
puts one of ``--jobs`` slots in front of its backend).
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Sequence
from typing import Any

from ..errors import BackendError, BackendUnavailable, RateLimited, UsageError
from .base import ChatRequest, Completion, Provider

#: Errors that say "this server, now" rather than "this request".
SERVER_ERRORS = (BackendUnavailable, RateLimited)


#: Requests at once per server when neither the caller nor ``--jobs`` says otherwise.
DEFAULT_PER_SERVER = 8

class PoolProvider:
    """Spread requests over several providers (usually :class:`~.openai_compat.OpenAICompatProvider`)."""

    name = "openai"

    def __init__(
        self,
        providers: Sequence[Provider],
        *,
        per_server: int | None = None,
        limits: Sequence[int | None] | None = None,
        cooldown: float = 30.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        if not providers:
            raise UsageError("a server pool needs at least one server")
        own = list(limits) if limits is not None else [None] * len(providers)
        if len(own) != len(providers):
            raise UsageError(f"{len(own)} limit(s) for {len(providers)} server(s)")
        for value in (per_server, *own):
            if value is not None and value < 1:
                raise UsageError(f"requests at once per server must be at least 1, not {value}")
        self.providers: tuple[Provider, ...] = tuple(providers)
        #: The bound for members without their own; ``fit`` may raise it when it was not given.
        self.per_server = per_server if per_server is not None else DEFAULT_PER_SERVER
        self._per_server_given = per_server is not None
        #: Per member: its own bound on requests at once, or None for ``per_server``.
        self.limits: tuple[int | None, ...] = tuple(own)
        self.cooldown = cooldown
        self._clock = clock
        self.model = self.providers[0].model
        self.supports_schema = all(p.supports_schema for p in self.providers)
        self.needs_key = any(p.needs_key for p in self.providers)
        contexts = [p.context_tokens for p in self.providers if p.context_tokens is not None]
        self.context_tokens: int | None = min(contexts) if contexts else None
        #: The members' endpoints (without credentials), comma-joined: part of cache keys
        #: and the run log.
        self.base_url = ",".join(
            str(getattr(p, "base_url", None) or "default") for p in self.providers
        )
        n = len(self.providers)
        self._cond = threading.Condition()
        self._in_flight = [0] * n
        self._served = [0] * n
        self._failed = [0] * n
        self._down_until = [float("-inf")] * n
        self._last_error: BackendError | None = None

    # ---------------------------------------------------------------- the protocol

    def complete(self, request: ChatRequest) -> Completion:
        """Run ``request`` on the least busy healthy member; once more elsewhere if that
        member fails at the transport level."""
        tried: set[int] = set()
        for _ in range(2):
            index = self._acquire(tried)
            if index is None:
                break
            tried.add(index)
            try:
                return self.providers[index].complete(request)
            except SERVER_ERRORS as exc:
                self._mark_down(index, exc)
            finally:
                self._release(index)
        with self._cond:
            last = self._last_error
        if last is not None:
            raise last
        raise BackendUnavailable(  # pragma: no cover - a member failed without an error
            f"{self.name} backend: no server in the pool is available", provider=self.name
        )

    def describe(self) -> dict[str, Any]:
        """The first member's facts plus the pool size (no URLs, no keys)."""
        return {**self.providers[0].describe(), "servers": len(self.providers)}

    def close(self) -> None:
        """Close every member (each one even if another fails)."""
        errors: list[BaseException] = []
        for provider in self.providers:
            try:
                provider.close()
            except Exception as exc:  # close the rest, then re-raise the first
                errors.append(exc)
        if errors:
            raise errors[0]

    # ---------------------------------------------------------------- bookkeeping

    def stats(self) -> list[dict[str, Any]]:
        """Per member: its URL, requests served and failed, in flight, and whether it is
        in rotation now."""
        with self._cond:
            now = self._clock()
            return [
                {
                    "base_url": getattr(p, "base_url", None),
                    "served": self._served[i],
                    "failed": self._failed[i],
                    "in_flight": self._in_flight[i],
                    "limit": self.limit(i),
                    "healthy": self._down_until[i] <= now,
                }
                for i, p in enumerate(self.providers)
            ]

    def fit(self, total: int) -> None:
        """Make room for ``total`` requests at once (``--jobs``): unless ``per_server`` was
        given, it becomes at least ``total`` over the members, rounded up. Members with a
        limit of their own keep it. Call before the requests start."""
        if not self._per_server_given:
            self.per_server = max(DEFAULT_PER_SERVER, -(-total // len(self.providers)))

    def limit(self, index: int) -> int:
        """The most requests member ``index`` runs at once."""
        return self.limits[index] or self.per_server

    def _acquire(self, exclude: set[int]) -> int | None:
        """A slot on the least busy healthy member not in ``exclude``; waits while every
        such member is full; None when none is healthy."""
        with self._cond:
            while True:
                now = self._clock()
                healthy = [
                    i
                    for i in range(len(self.providers))
                    if i not in exclude and self._down_until[i] <= now
                ]
                if not healthy:
                    return None
                free = [i for i in healthy if self._in_flight[i] < self.limit(i)]
                if free:
                    index = min(free, key=lambda i: (self._in_flight[i], self._served[i], i))
                    self._in_flight[index] += 1
                    self._served[index] += 1
                    return index
                # Woken by a release or a member leaving the rotation; the timeout bounds
                # the wait so a slow member cannot strand waiters forever on a lost wakeup.
                self._cond.wait(timeout=1.0)

    def _release(self, index: int) -> None:
        with self._cond:
            self._in_flight[index] -= 1
            self._cond.notify_all()

    def _mark_down(self, index: int, exc: BackendError) -> None:
        with self._cond:
            self._failed[index] += 1
            self._down_until[index] = self._clock() + self.cooldown
            self._last_error = exc
            self._cond.notify_all()


class InFlightLimit:
    """A view of ``provider`` that lets at most ``limit`` requests through at once; the rest
    wait their turn. ``run_batch`` puts one in front of its backend so that ``--jobs`` bounds
    the model requests in flight while more articles are read, checked and written beside
    them. It borrows ``provider``: :meth:`close` leaves it open for its owner to close.
    """

    def __init__(self, provider: Provider, limit: int) -> None:
        if limit < 1:
            raise UsageError(f"the request limit must be at least 1, not {limit}")
        self.inner = provider
        self.limit = limit
        self.name = provider.name
        self.model = provider.model
        self.supports_schema = provider.supports_schema
        self.needs_key = provider.needs_key
        self.context_tokens = provider.context_tokens
        #: The inner provider's endpoint (None where it has none): part of cache keys.
        self.base_url: str | None = getattr(provider, "base_url", None)
        self._slots = threading.BoundedSemaphore(limit)

    def complete(self, request: ChatRequest) -> Completion:
        """Wait for a free slot, then run ``request`` on the inner provider."""
        with self._slots:
            return self.inner.complete(request)

    def describe(self) -> dict[str, Any]:
        return self.inner.describe()

    def close(self) -> None:
        """Nothing to release: the inner provider belongs to whoever made it."""
