"""The one cache of the provider's reads: per kind and namespace, one LIST, then one WATCH while a
wait follows, shared by every read and wait of a provider process (kube.Cluster.read and
kube.Cluster.follow go through it; there is no other cache).

A preview of N resources of one kind and namespace costs one LIST; a wait for N of them one LIST
and one long WATCH request (renewed every ``WATCH_SECONDS`` while someone waits), not a read per
resource per poll; a change is seen when the server sends it, not at the next poll. All requests
are made by one background thread per kind and namespace; readers wait for its answers in slices
of ``CANCEL_CHECK`` and a Cancel (Ctrl-C, operation.cancelled) ends their wait at once, and ends
the thread's backoff after a failure too. The thread stops after ``IDLE`` seconds without a
reader, and starts again (with a new LIST) when one comes.

Freshness. A read answered from the cache takes a state that is being followed (a WATCH is
open), or one listed (or followed) at or after the reader's ``after`` (kube: at most LIST_TTL ago,
and after this process's last write of the kind and namespace); else the thread lists again. A
reader that has just written an object passes the ``resourceVersion`` of the server's answer as
``at_least``: it is answered only once the cache has seen that version or a later one, so a wait
never judges the object as it was before its own write. This compares resource versions as
numbers, which Kubernetes does not promise; every API server built on etcd gives numbers.

Fallbacks, decided here once per kind and namespace: a server whose versions are not numbers,
or a user who may list but not watch (RBAC), makes the cache a shared list poll (``polling``):
versions and changes mean nothing there, a reader is answered from a list asked at or after its
``after``/``poll_after``, and one LIST answers every reader waiting when it was asked. A user
who may not list (or a kind that cannot be listed) makes ``read`` raise ``Unusable``: the reader
GETs its object alone (kube.Cluster.read).

A broken connection (an API server restarting) is retried with backoff while a reader waits,
from the last version seen; a version the server has forgotten (410 Gone) makes a new LIST. A
reader hears why (the failure) when it happened while it waited, or when nothing came in time.

For the fault-injection suite only, tunables.TEST_WATCH_DELAY_ENV holds back each event of the
watches of chosen kinds (a lagging watch), so that it can show that no read that acts trusts one.
"""

from __future__ import annotations

import dataclasses
import itertools
import math
import queue
import threading
import time
from collections.abc import Callable, Iterator
from typing import Any

from pulumi_kubevirt_provider import errors, operation, tunables

IDLE = 15.0  # seconds without a reader before the thread stops
WATCH_SECONDS = 30  # server-side timeout of one WATCH request; the next continues from its version
BACKOFF = (0.2, 0.5, 1.0, 2.0, 5.0)  # seconds between attempts after a failure
TRANSIENT = (429, 500, 502, 503, 504)  # answers that pass: the watch tries again
CANCEL_CHECK = 0.25  # seconds: how often a waiting reader looks for a Cancel
LIST, EVENTS = "list", "events"  # what a waiting reader needs from the thread


class Unusable(Exception):
    """This kind and namespace cannot be listed here (no permission): read objects one by one."""


class WatchFailed(errors.Unreachable):
    """A WATCH request failed (it is not retried by kube's request policy: the thread retries it
    with backoff while a reader waits). A read that needs an answer now GETs its object."""


def version_of(obj: dict[str, Any] | None) -> int | None:
    """An object's (or a list's) resourceVersion as a number; None if it has none or it is not one."""
    raw = ((obj or {}).get("metadata") or {}).get("resourceVersion")
    try:
        return int(raw) if raw not in (None, "") else None
    except (TypeError, ValueError):
        return None


class SharedWatch:
    """The objects of one kind in one namespace, listed and followed by a background thread.

    ``list_`` returns the list body (``items`` and ``metadata.resourceVersion``); ``events`` yields
    the decoded events of one WATCH request from a version. Both raise errors.ApiError or
    errors.Unreachable (kube.Cluster provides them). ``cancelled`` is the operation's Cancel.
    """

    def __init__(
        self,
        list_: Callable[[], dict[str, Any]],
        events: Callable[[str], Iterator[dict[str, Any]]],
        *,
        name: str = "",
        clock: Callable[[], float] = time.monotonic,
        cancelled: threading.Event = operation.cancelled,
    ) -> None:
        self._list, self._events, self._name, self._clock = list_, events, name, clock
        self._cancelled = cancelled
        lock = threading.Lock()
        self._cond = threading.Condition(lock)  # readers wait on it for the thread's answers
        self._work = threading.Condition(lock)  # the thread waits on it for a reader's need
        self._objects: dict[str, dict[str, Any]] = {}
        self._changes: dict[str, int] = {}  # per name: how many times it changed (for followers)
        self._listed = False
        self._version = -1  # the version the cache is at (-1: not a number, or not listed)
        self._confirmed = -math.inf  # when the cache was last known current (a LIST asked, a WATCH ended)
        self._following = False  # a WATCH request is open: the cache is current
        self._watching = False  # a reader needed changes: follow them (WATCH after WATCH) until IDLE
        self._failure: errors.ProviderError | None = None  # why the last attempt failed
        self._failed_at = -math.inf
        self._polling: str | None = None  # why there is no watch: the cache is a shared list poll
        self._unlistable: str | None = None  # why there is no list: readers GET
        self._waiting: dict[int, _Wants] = {}  # what each waiting reader waits for
        self._tickets = itertools.count()
        self._running = False
        self._used = clock()

    @property
    def polling(self) -> bool:
        """No watch here (versions that are not numbers, or WATCH refused): a shared list poll."""
        return self._polling is not None

    # -- readers -------------------------------------------------------------------------------
    def read(
        self,
        name: str,
        *,
        at_least: int = 0,
        seen: int | None = None,
        after: float = -math.inf,
        poll_after: float = -math.inf,
        wait: float = 0.5,
    ) -> tuple[bool, int, dict[str, Any] | None]:
        """(answered, change count, object or None) for ``name``, from a state that is fresh
        enough: followed now or confirmed at or after ``after``, at version ``at_least`` or later
        and, if ``seen`` is given, changed since that count. When polling: from a list asked at or
        after both ``after`` and ``poll_after`` (versions and counts mean nothing there).
        Waits at most ``wait`` seconds; ``answered`` False means it did not get there in time.

        Raises Unusable (GET instead), errors.Cancelled, or the failure of an attempt made while
        it waited (errors.Unreachable, errors.ApiError), or the last failure when nothing came."""
        entered = self._clock()
        deadline = entered + wait
        ticket = next(self._tickets)
        with self._cond:
            try:
                while True:
                    self._used = self._clock()
                    if self._unlistable:
                        raise Unusable(self._unlistable)
                    wants = _Wants(name, at_least, seen, after, poll_after)
                    if self._need(wants) is None:
                        count = self._changes.get(name, 0)
                        obj = self._objects.get(name)
                        return True, count, dict(obj) if obj is not None else None
                    if self._failure is not None and self._failed_at >= entered:
                        raise self._failure  # an attempt made for it failed: say why at once
                    if self._cancelled.is_set():
                        raise errors.Cancelled(f"cancelled while reading {self._name}", None)
                    left = deadline - self._clock()
                    if left <= 0:
                        if self._failure is not None:
                            raise self._failure
                        return False, self._changes.get(name, 0), None
                    if ticket not in self._waiting:
                        self._start()
                        self._work.notify()
                    self._waiting[ticket] = wants
                    self._cond.wait(min(left, CANCEL_CHECK))
            finally:
                self._waiting.pop(ticket, None)

    def _need(self, wants: _Wants) -> str | None:
        """What a reader still needs (LIST, EVENTS), None if the cache answers it. Under the lock."""
        if not self._listed:
            return LIST
        if self._polling:
            return LIST if self._confirmed < max(wants.after, wants.poll_after) else None
        if not self._following and self._confirmed < wants.after:
            return LIST
        changed = wants.seen is None or self._changes.get(wants.name, 0) != wants.seen
        return EVENTS if self._version < wants.at_least or not changed else None

    def _start(self) -> None:
        if not self._running:
            self._running = True
            threading.Thread(target=self._run, name=f"watch {self._name}", daemon=True).start()

    # -- the background thread ------------------------------------------------------------------
    def _run(self) -> None:
        failures = 0
        while True:
            action = self._next_action()
            if action is None:
                return
            if failures and self._pause(BACKOFF[min(failures - 1, len(BACKOFF) - 1)]):
                self._stop()
                return
            try:
                if action == LIST:
                    self._relist()
                else:
                    self._follow()
                failures = 0
            except errors.ApiError as exc:
                if exc.status == 410:  # the server no longer has our version: list again
                    with self._cond:
                        self._listed, self._version = False, -1
                    continue
                if exc.status in TRANSIENT and action == LIST:
                    failures = self._failed(exc, failures)
                elif exc.status in TRANSIENT:  # a server starting or overloaded: as unreachable
                    passing = WatchFailed(f"the watch of {self._name}: {exc.message}")
                    failures = self._failed(passing, failures)
                elif action == LIST:  # refused (RBAC, no such kind): readers GET
                    self._refuse("_unlistable", f"cannot list {self._name}: {exc.message}")
                else:  # the WATCH refused (RBAC): readers share a list poll
                    self._refuse("_polling", f"cannot watch {self._name}: {exc.message}")
            except errors.Unreachable as exc:
                failures = self._failed(exc if action == LIST else WatchFailed(str(exc)), failures)
            except _NotNumbers as exc:
                self._refuse("_polling", str(exc))
            except Exception as exc:  # a bug or an answer we do not understand: readers GET
                self._refuse("_unlistable", f"reading {self._name} failed ({type(exc).__name__}: {exc})")

    def _next_action(self) -> str | None:
        """LIST or EVENTS once a waiting reader needs one; None (the thread stops) after IDLE
        seconds without a reader, on a Cancel, or when the kind cannot be listed."""
        with self._cond:
            while True:
                if self._unlistable or self._cancelled.is_set():
                    break
                needs = {self._need(wants) for wants in self._waiting.values()} - {None}
                if LIST in needs or (needs and self._polling) or (self._watching and not self._listed):
                    return LIST
                idle = self._clock() - self._used
                if idle > IDLE:
                    break
                if needs or (self._watching and not self._polling):
                    self._watching = True
                    return EVENTS
                self._work.wait(min(IDLE - idle, CANCEL_CHECK) + 0.01)
        self._stop()
        return None

    def _stop(self) -> None:
        with self._cond:
            self._running = False
            self._listed, self._version, self._following, self._watching = False, -1, False, False
            self._confirmed = -math.inf  # a later reader lists again: what it missed is unknown
            self._failure = None
            self._cond.notify_all()

    def _pause(self, seconds: float) -> bool:
        """The backoff between attempts; True if a Cancel came meanwhile (no more attempts)."""
        return self._cancelled.wait(seconds)

    def _failed(self, exc: errors.ProviderError, failures: int) -> int:
        with self._cond:
            self._failure, self._failed_at = exc, self._clock()
            self._cond.notify_all()
        return failures + 1

    def _refuse(self, which: str, why: str) -> None:
        with self._cond:
            setattr(self, which, why)
            self._failure = None
            self._cond.notify_all()

    def _relist(self) -> None:
        asked = self._clock()
        body = self._list()
        version = version_of(body)
        items = {o["metadata"]["name"]: o for o in body.get("items") or []}
        with self._cond:
            for name in set(items) | set(self._objects):
                if items.get(name) != self._objects.get(name):
                    self._changes[name] = self._changes.get(name, 0) + 1
            self._objects, self._listed, self._confirmed, self._failure = items, True, asked, None
            self._version = version if version is not None else -1
            if version is None and not self._polling:
                self._polling = f"{self._name}: the server's resourceVersion is not a number"
            self._cond.notify_all()

    def _follow(self) -> None:
        """One WATCH request, from the cache's version until the server ends it."""
        with self._cond:
            since, self._following = self._version, True
        try:
            self._follow_from(since)
        finally:
            with self._cond:
                if self._following:
                    self._confirmed = self._clock()
                self._following = False

    def _follow_from(self, since: int) -> None:
        events = self._events(str(since))
        delay = tunables.watch_delay_for_tests(self._name)
        for event in _held_back(events, delay) if delay else events:
            kind, obj = event.get("type"), event.get("object") or {}
            if kind == "ERROR":
                code = int(obj.get("code") or 500)
                raise errors.ApiError(code, obj.get("reason", ""), obj.get("message", ""))
            version = version_of(obj)
            if version is None:
                raise _NotNumbers(f"{self._name}: the server's resourceVersion is not a number")
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
                if self._clock() - self._used > IDLE or self._cancelled.is_set():
                    return  # nobody reads: end this watch early (the loop stops the thread)


@dataclasses.dataclass(frozen=True)
class _Wants:
    """What a waiting reader waits for (SharedWatch.read's arguments)."""

    name: str
    at_least: int
    seen: int | None
    after: float
    poll_after: float


class _NotNumbers(Exception):
    """The server's resourceVersions are not numbers: no watch, a shared list poll."""


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
