"""One LIST + WATCH per kind and namespace, shared by every wait and read of a provider process.

A wait for N resources of one kind and namespace costs one LIST and one long WATCH request (renewed
every ``WATCH_SECONDS``), not a read per resource per poll; a change is seen when the server sends
it, not at the next poll. The watch stops after ``IDLE`` seconds without a reader, and starts
again (with a new LIST) when one comes.

Freshness: a reader that has just written an object passes the ``resourceVersion`` of the
server's answer; the watch answers only once it has seen that version or a later one, so a wait
never judges the object as it was before its own write. This compares resource versions as
numbers, which Kubernetes does not promise; every API server built on etcd gives numbers, and a
watch that meets another kind of version is not used (``Unusable``): its readers fall back to the
shared list poll (kube.Cluster.get_polled). So do readers who may list but not watch (RBAC).

A broken connection (an API server restarting) is retried with backoff from the last version
seen; a version the server has forgotten (410 Gone) makes a new LIST. Meanwhile readers keep the
last state and hear why (``Unreachable``) when nothing newer comes.

For the fault-injection suite only, tunables.TEST_WATCH_DELAY_ENV holds back each event of the
watches of chosen kinds (a lagging watch), so that it can show that no read that acts trusts one.
"""

from __future__ import annotations

import queue
import threading
import time
from collections.abc import Callable, Iterator
from typing import Any

from pulumi_kubevirt_provider import errors, tunables

IDLE = 15.0  # seconds without a reader before the watch stops
WATCH_SECONDS = 30  # server-side timeout of one WATCH request; the next continues from its version
BACKOFF = (0.2, 0.5, 1.0, 2.0, 5.0)  # seconds between attempts after a failure
TRANSIENT = (429, 500, 502, 503, 504)  # answers that pass: the watch tries again


class Unusable(Exception):
    """This kind and namespace cannot be watched here (no permission, no numeric versions)."""


def version_of(obj: dict[str, Any] | None) -> int | None:
    """An object's (or a list's) resourceVersion as a number; None if it has none or it is not one."""
    raw = ((obj or {}).get("metadata") or {}).get("resourceVersion")
    try:
        return int(raw) if raw not in (None, "") else None
    except (TypeError, ValueError):
        return None


class SharedWatch:
    """The objects of one kind in one namespace, kept current by a watch on a background thread.

    ``list_`` returns the list body (``items`` and ``metadata.resourceVersion``); ``events`` yields
    the decoded events of one WATCH request from a version. Both raise errors.ApiError or
    errors.Unreachable (kube.Cluster provides them).
    """

    def __init__(
        self,
        list_: Callable[[], dict[str, Any]],
        events: Callable[[str], Iterator[dict[str, Any]]],
        *,
        name: str = "",
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._list, self._events, self._name, self._clock = list_, events, name, clock
        self._cond = threading.Condition()
        self._objects: dict[str, dict[str, Any]] = {}
        self._changes: dict[str, int] = {}  # per name: how many times it changed (for followers)
        self._version = -1  # the version the cache is at; -1: not listed yet
        self._failure: errors.ProviderError | None = None  # why the last attempt failed
        self._unusable: str | None = None
        self._running = False
        self._used = clock()

    # -- readers -------------------------------------------------------------------------------
    def read(
        self, name: str, *, at_least: int = 0, seen: int | None = None, wait: float = 0.5
    ) -> tuple[bool, int, dict[str, Any] | None]:
        """(answered, change count, object or None) for ``name``, once the cache is at version
        ``at_least`` or later and, if ``seen`` is given, the object has changed since that count.
        Waits at most ``wait`` seconds; ``answered`` False means it did not get there in time.

        Raises Unusable (fall back to polling), or the last failure (errors.Unreachable, ...) when
        the cache is not fresh enough and the watch is failing, or nothing came in time."""
        deadline = self._clock() + wait
        with self._cond:
            self._used = self._clock()
            self._start()
            while True:
                if self._unusable:
                    raise Unusable(self._unusable)
                count = self._changes.get(name, 0)
                fresh = self._version >= max(at_least, 0)
                if fresh and (seen is None or count != seen):
                    obj = self._objects.get(name)
                    return True, count, dict(obj) if obj is not None else None
                if self._failure is not None and not fresh:
                    raise self._failure  # it cannot answer now: say why at once
                left = deadline - self._clock()
                if left <= 0:
                    if self._failure is not None:
                        raise self._failure
                    return False, count, None
                self._cond.wait(left)
                self._used = self._clock()

    def _start(self) -> None:
        if not self._running:
            self._running = True
            threading.Thread(target=self._run, name=f"watch {self._name}", daemon=True).start()

    # -- the background thread ------------------------------------------------------------------
    def _run(self) -> None:
        failures = 0
        while True:
            with self._cond:
                if self._clock() - self._used > IDLE or self._unusable:
                    self._running = False
                    self._version = -1  # a later reader lists again: what it missed is unknown
                    self._failure = None
                    return
                listed = self._version >= 0
            try:
                if not listed:
                    self._relist()
                self._follow()
                failures = 0
            except errors.ApiError as exc:
                if exc.status == 410:  # the server no longer has our version: list again
                    with self._cond:
                        self._version = -1
                    continue
                if exc.status not in TRANSIENT:  # refused (RBAC, no such kind): readers poll instead
                    self._give_up(f"cannot watch {self._name}: {exc.message}")
                    continue
                # A server starting or overloaded: as unreachable, which a wait outlasts.
                passing = errors.Unreachable(f"the watch of {self._name}: {exc.message}")
                failures = self._failed(passing, failures)
            except errors.Unreachable as exc:
                failures = self._failed(exc, failures)
            except Unusable as exc:
                self._give_up(str(exc))
            except Exception as exc:  # a bug or an answer we do not understand: readers poll instead
                self._give_up(f"the watch of {self._name} failed ({type(exc).__name__}: {exc})")

    def _failed(self, exc: errors.ProviderError, failures: int) -> int:
        with self._cond:
            self._failure = exc
            self._cond.notify_all()
        time.sleep(BACKOFF[min(failures, len(BACKOFF) - 1)])
        return failures + 1

    def _give_up(self, why: str) -> None:
        with self._cond:
            self._unusable = why
            self._cond.notify_all()

    def _relist(self) -> None:
        body = self._list()
        version = version_of(body)
        if version is None:
            raise Unusable(f"{self._name}: the server's resourceVersion is not a number")
        items = {o["metadata"]["name"]: o for o in body.get("items") or []}
        with self._cond:
            for name in set(items) | set(self._objects):
                if items.get(name) != self._objects.get(name):
                    self._changes[name] = self._changes.get(name, 0) + 1
            self._objects, self._version, self._failure = items, version, None
            self._cond.notify_all()

    def _follow(self) -> None:
        """One WATCH request, from the cache's version until the server ends it."""
        with self._cond:
            since = self._version
        events = self._events(str(since))
        delay = tunables.watch_delay_for_tests(self._name)
        for event in _held_back(events, delay) if delay else events:
            kind, obj = event.get("type"), event.get("object") or {}
            if kind == "ERROR":
                code = int(obj.get("code") or 500)
                raise errors.ApiError(code, obj.get("reason", ""), obj.get("message", ""))
            version = version_of(obj)
            if version is None:
                raise Unusable(f"{self._name}: the server's resourceVersion is not a number")
            with self._cond:
                if kind in ("ADDED", "MODIFIED", "DELETED"):
                    name = obj["metadata"]["name"]
                    if kind == "DELETED":
                        self._objects.pop(name, None)
                    else:
                        self._objects[name] = obj
                    self._changes[name] = self._changes.get(name, 0) + 1
                self._version = max(self._version, version)
                self._failure = None
                self._cond.notify_all()
                if self._clock() - self._used > IDLE:
                    return  # nobody reads: end this watch early (the loop stops the thread)


def _held_back(events: Iterator[dict[str, Any]], delay: float) -> Iterator[dict[str, Any]]:
    """``events``, each yielded ``delay`` seconds after it arrived (tunables.TEST_WATCH_DELAY_ENV):
    a reader thread takes them as they come, so the lag stays ``delay`` and does not add up."""
    arrived: queue.Queue[tuple[float, Any]] = queue.Queue()
    end = object()

    def read() -> None:
        try:
            for event in events:
                arrived.put((time.monotonic(), event))
            arrived.put((time.monotonic(), end))
        except Exception as exc:  # passed on to the follower, as the stream itself would raise it
            arrived.put((time.monotonic(), exc))

    threading.Thread(target=read, name="held-back watch", daemon=True).start()
    while True:
        at, item = arrived.get()
        time.sleep(max(0.0, at + delay - time.monotonic()))
        if item is end:
            return
        if isinstance(item, Exception):
            raise item
        yield item
