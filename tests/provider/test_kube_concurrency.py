"""A slow request holds up nothing but the callers that need its answer.

A scripted server on 127.0.0.1 (local_api.py) whose VM LIST stalls: an apply, a delete or a read
of another kind or namespace in the same provider process must not wait for it (issue 21, item
6: a 3 s LIST delayed an unrelated Service apply by 2.8 s), while reads of the same kind and
namespace still share one LIST.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from typing import Any

import local_api
import pytest
from local_api import Answer, Seen

from pulumi_kubevirt_provider import errors, kube, settings, tunables

STALL = 1.5  # seconds the VM LIST is held back; "at once" is under half of it
VMS = "/apis/kubevirt.io/v1/namespaces/team/virtualmachines"


def vm(name: str, version: str = "1") -> dict[str, Any]:
    meta = {"name": name, "namespace": "team", "resourceVersion": version}
    return {"kind": "VirtualMachine", "metadata": meta}


def service(namespace: str = "other") -> dict[str, Any]:
    return {"kind": "Service", "metadata": {"name": "web", "namespace": namespace}, "spec": {}}


class Server:
    """Answers by path: the VM list of ``team`` (held back ``stall`` seconds, its items from
    ``vms``), anything else at once."""

    def __init__(self, stall: float = STALL) -> None:
        self.stall, self.vms = stall, [vm("web")]
        self.api = local_api.LocalApi([self.answer])

    def answer(self, seen: Seen) -> Answer:
        path = seen.path.split("?")[0]
        if seen.method == "GET" and path == VMS:
            items = list(self.vms)  # what the server has when the request arrives
            body = {"kind": "VirtualMachineList", "metadata": {}, "items": items}
            return Answer(200, body, delay=self.stall)
        if seen.method == "GET" and path.endswith("/services"):
            return Answer(200, {"kind": "ServiceList", "metadata": {}, "items": [service()]})
        if seen.method == "DELETE":
            return Answer(200, {"kind": "Status", "status": "Success"})
        return Answer(200, service())

    def lists(self) -> int:
        return sum(1 for s in self.api.seen if s.method == "GET" and s.path.split("?")[0] == VMS)


@pytest.fixture()
def server() -> Iterator[Server]:
    s = Server()
    yield s
    s.api.close()


def cluster_for(server: Server) -> kube.Cluster:
    return kube.Cluster(settings.ClusterSettings(kubeconfig=local_api.kubeconfig(server.api.url)))


def in_background(call: Callable[[], Any]) -> tuple[threading.Thread, list[Any]]:
    out: list[Any] = []
    thread = threading.Thread(target=lambda: out.append(call()), daemon=True)
    thread.start()
    return thread, out


def list_under_way(server: Server) -> None:
    deadline = time.monotonic() + 5
    while server.lists() == 0:
        assert time.monotonic() < deadline, "the LIST never reached the server"
        time.sleep(0.01)


def timed(call: Callable[[], Any]) -> float:
    start = time.monotonic()
    call()
    return time.monotonic() - start


@pytest.mark.parametrize(
    "what",
    ["apply a Service", "delete a Service", "read a Service from its list"],
)
def test_a_stalled_vm_list_does_not_hold_up_work_in_another_namespace(server: Server, what: str) -> None:
    cluster = cluster_for(server)
    reader, _ = in_background(lambda: cluster.read(kube.VM, "team", "web"))
    list_under_way(server)
    call = {
        "apply a Service": lambda: cluster.apply(kube.SERVICE, service()),
        "delete a Service": lambda: cluster.delete(kube.SERVICE, "other", "web"),
        "read a Service from its list": lambda: cluster.read(kube.SERVICE, "other", "web"),
    }[what]
    took = timed(call)
    reader.join(STALL + 5)
    assert took < STALL / 2, f"{what} in another namespace took {took:.1f}s behind a {STALL}s VM LIST"


def test_an_apply_to_the_listed_namespace_does_not_wait_for_the_list_either(server: Server) -> None:
    cluster = cluster_for(server)
    reader, _ = in_background(lambda: cluster.read(kube.VM, "team", "web"))
    list_under_way(server)
    took = timed(lambda: cluster.apply(kube.VM, vm("db")))
    reader.join(STALL + 5)
    assert took < STALL / 2, f"the apply took {took:.1f}s behind a {STALL}s LIST"


def test_readers_of_one_kind_and_namespace_still_share_one_list(server: Server) -> None:
    cluster = cluster_for(server)
    readers = [in_background(lambda: cluster.read(kube.VM, "team", "web")) for _ in range(5)]
    for thread, _ in readers:
        thread.join(STALL + 5)
    assert [out for _, out in readers] == [[vm("web")]] * 5
    assert server.lists() == 1
    assert cluster.read(kube.VM, "team", "absent") is None and server.lists() == 1  # cached


def test_a_list_that_began_before_a_write_is_not_kept_as_the_cache_after_it(server: Server) -> None:
    """The list under way may predate the write: the next read must list again, not read from it."""
    cluster = cluster_for(server)
    reader, out = in_background(lambda: cluster.read(kube.VM, "team", "db"))
    list_under_way(server)
    server.vms = [vm("web"), vm("db")]  # the write lands while the list is held back
    cluster.apply(kube.VM, vm("db"))
    reader.join(STALL + 5)
    assert out == [None], "the reader gets the answer of the list it asked for"
    server.stall = 0.0
    assert cluster.read(kube.VM, "team", "db") == vm("db")
    assert server.lists() == 2


def test_a_failed_list_is_reported_to_every_reader_that_waited_for_it() -> None:
    unavailable = local_api.status(503, "ServiceUnavailable", "unavailable")
    held = Answer(unavailable.status, unavailable.body, delay=1.0)
    with local_api.LocalApi([held]) as api:
        retry = tunables.RetrySettings(attempts=1)
        cfg = settings.ClusterSettings(kubeconfig=local_api.kubeconfig(api.url), retry=retry)
        cluster = kube.Cluster(cfg)
        failures: list[BaseException] = []

        def read() -> None:
            try:
                cluster.read(kube.VM, "team", "web")
            except errors.ApiError as exc:
                failures.append(exc)

        threads = [threading.Thread(target=read) for _ in range(4)]
        start = time.monotonic()
        for t in threads:
            t.start()
        for t in threads:
            t.join(10)
        took = time.monotonic() - start
    assert len(failures) == 4 and all(f.status == 503 for f in failures)  # type: ignore[attr-defined]
    assert len(api.seen) == 1 and took < 2.5, "one LIST, its failure shared (not one after another)"
