"""The shared watch (watching.py) that waits and reads of one kind and namespace go through (issue 15, P3).

The list and the watch stream are scripted here (the real API server's side is the end-to-end
suites' and the benchmark's): a reader is never answered from a state older than its own write,
sees each change as it comes, and a forgotten version, a server without numeric versions, a
refused watch and a broken connection each end the way the module says.
"""

from __future__ import annotations

import queue
import threading
import time
from collections.abc import Iterator
from typing import Any

import pytest

from pulumi_kubevirt_provider import errors, watching

END = object()  # ends the scripted WATCH request


def vm(name: str, version: int, **status: Any) -> dict[str, Any]:
    return {"metadata": {"name": name, "resourceVersion": str(version)}, "status": status}


class Script:
    """A list answer and a stream of events the test feeds, one WATCH request at a time."""

    def __init__(self, items: list[dict[str, Any]], version: int | str = 5) -> None:
        self.items, self.version = items, version
        self.events: queue.Queue[Any] = queue.Queue()
        self.lists = 0
        self.watched_from: list[str] = []
        self.list_error: Exception | None = None

    def list_(self) -> dict[str, Any]:
        self.lists += 1
        if self.list_error is not None:
            raise self.list_error
        return {"metadata": {"resourceVersion": str(self.version)}, "items": list(self.items)}

    def stream(self, since: str) -> Iterator[dict[str, Any]]:
        self.watched_from.append(since)
        while True:
            try:
                event = self.events.get(timeout=10)
            except queue.Empty:
                return
            if event is END:
                return
            if isinstance(event, Exception):
                raise event
            yield event

    def watch(self) -> watching.SharedWatch:
        return watching.SharedWatch(self.list_, self.stream, name="vms in team")


def test_a_reader_is_not_answered_from_before_its_own_write() -> None:
    script = Script([vm("web", 5, ready=False)])
    watch = script.watch()
    # The apply answered version 7; the watch has only listed version 5.
    answered, _, _ = watch.read("web", at_least=7, wait=0.2)
    assert not answered
    script.events.put({"type": "MODIFIED", "object": vm("web", 7, ready=False)})
    answered, _, obj = watch.read("web", at_least=7, wait=5)
    assert answered and obj is not None and obj["metadata"]["resourceVersion"] == "7"
    assert script.lists == 1 and script.watched_from == ["5"]


def test_a_follower_sees_each_change_as_it_comes_and_a_deletion_as_none() -> None:
    script = Script([vm("web", 5, ready=False), vm("db", 5)])
    watch = script.watch()
    _, seen, obj = watch.read("web", wait=5)
    assert obj is not None and obj["status"] == {"ready": False}

    def later() -> None:
        time.sleep(0.3)
        script.events.put({"type": "MODIFIED", "object": vm("db", 6)})  # not ours: no answer
        script.events.put({"type": "MODIFIED", "object": vm("web", 7, ready=True)})

    threading.Thread(target=later).start()
    start = time.monotonic()
    answered, seen, obj = watch.read("web", seen=seen, wait=10)
    assert answered and obj is not None and obj["status"] == {"ready": True}
    assert time.monotonic() - start < 5  # woken by the event, not by the end of the wait

    script.events.put({"type": "DELETED", "object": vm("web", 8)})
    answered, _, obj = watch.read("web", seen=seen, wait=5)
    assert answered and obj is None


def test_no_change_within_the_wait_is_not_an_answer() -> None:
    script = Script([vm("web", 5)])
    watch = script.watch()
    _, seen, _ = watch.read("web", wait=5)
    assert watch.read("web", seen=seen, wait=0.2)[0] is False


def test_a_forgotten_version_lists_again() -> None:
    script = Script([vm("web", 5, ready=False)])
    watch = script.watch()
    _, seen, _ = watch.read("web", wait=5)
    script.items, script.version = [vm("web", 90, ready=True)], 90
    script.events.put({"type": "ERROR", "object": {"kind": "Status", "code": 410, "reason": "Expired"}})
    answered, _, obj = watch.read("web", at_least=90, seen=seen, wait=5)
    assert answered and obj is not None and obj["status"] == {"ready": True}
    assert script.lists == 2 and script.watched_from[-1] == "90"


def test_versions_that_are_not_numbers_make_a_shared_list_poll_and_no_watch() -> None:
    script = Script([vm("web", 5)], version="opaque-token")
    watch = script.watch()
    answered, _, obj = watch.read("web", wait=5)
    assert answered and obj is not None and watch.polling
    since = time.monotonic()
    answered, _, _ = watch.read("web", at_least=99, poll_after=since, wait=5)  # a version means nothing
    assert answered and script.lists == 2 and script.watched_from == []


def test_a_refused_list_makes_readers_get_alone_and_an_unreachable_server_is_said_at_once() -> None:
    script = Script([])
    script.list_error = errors.ApiError(403, "Forbidden", "cannot list virtualmachines")
    with pytest.raises(watching.Unusable, match="cannot list virtualmachines"):
        script.watch().read("web", wait=5)

    script = Script([])
    script.list_error = errors.Unreachable("connection refused")
    start = time.monotonic()
    with pytest.raises(errors.Unreachable, match="connection refused"):
        script.watch().read("web", wait=30)
    assert time.monotonic() - start < 10  # not the whole wait


@pytest.mark.parametrize(
    "break_",
    [
        errors.Unreachable("the watch of virtualmachines broke: reset"),
        errors.ApiError(503, "ServiceUnavailable", "the request has been made before all known HTTP paths"),
    ],
)
def test_a_broken_stream_is_followed_again_from_the_last_version(break_: Exception) -> None:
    """A reset, or an API server still starting (503), is outlasted: readers hear Unreachable."""
    script = Script([vm("web", 5, ready=False)])
    watch = script.watch()
    _, seen, _ = watch.read("web", wait=5)
    script.events.put(break_)
    with pytest.raises(errors.Unreachable):
        watch.read("web", at_least=6, seen=seen, wait=1)
    script.events.put({"type": "MODIFIED", "object": vm("web", 6, ready=True)})
    answered, _, obj = watch.read("web", seen=seen, wait=10)
    assert answered and obj is not None and obj["status"] == {"ready": True}
    assert script.lists == 1 and script.watched_from == ["5", "5"]


def test_the_watch_stops_when_nobody_reads(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(watching, "IDLE", 0.2)
    script = Script([vm("web", 5)])
    watch = script.watch()
    watch.read("web", wait=5)
    time.sleep(0.5)
    script.events.put({"type": "BOOKMARK", "object": vm("", 6)})  # the watch notices it is idle
    deadline = time.monotonic() + 5
    while watch._running and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not watch._running
    watch.read("web", wait=5)  # a new reader starts it again, with a new list
    assert script.lists == 2


def test_version_of_reads_numbers_only() -> None:
    assert watching.version_of(vm("web", 12)) == 12
    assert watching.version_of({"metadata": {"resourceVersion": "abc"}}) is None
    assert watching.version_of({"kind": "Status"}) is None
    assert watching.version_of(None) is None
