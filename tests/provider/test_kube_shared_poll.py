"""Waits share one list per kind and namespace (issue 15, P3), and every request names the provider.

A scripted server on 127.0.0.1 (local_api.py) records each request. N waits polling at the same
moment cost one LIST, not N GETs; a list asked for before a wait began (before its apply) is never
its answer; a user who may not list reads the object alone.
"""

from __future__ import annotations

import dataclasses
import json
import threading
import time
from collections.abc import Iterator
from typing import Any

import local_api
import pytest
from local_api import Answer

from pulumi_kubevirt_provider import kube, settings

NAMES = [f"vm-{i}" for i in range(10)]
LIST = Answer(
    200,
    {
        "kind": "VirtualMachineList",
        "items": [{"kind": "VirtualMachine", "metadata": {"name": n, "namespace": "team"}} for n in NAMES],
    },
)


@pytest.fixture()
def serve() -> Iterator[Any]:
    made: list[local_api.LocalApi] = []

    def start(script: list[Any]) -> local_api.LocalApi:
        api = local_api.LocalApi(script)
        made.append(api)
        return api

    yield start
    for api in made:
        api.close()


def cluster_for(api: local_api.LocalApi) -> kube.Cluster:
    return kube.Cluster(settings.ClusterSettings(kubeconfig=local_api.kubeconfig(api.url)))


def test_ten_waits_polling_together_cost_one_list(serve: Any) -> None:
    api = serve([LIST])  # no resourceVersion: no watch, the waits share a list poll
    cluster = cluster_for(api)
    fetches = {n: cluster.follow(kube.VM, "team", n, None) for n in NAMES}
    found: dict[str, Any] = {}
    start = threading.Barrier(len(NAMES))

    def wait(name: str) -> None:
        start.wait()
        found[name] = fetches[name]()

    threads = [threading.Thread(target=wait, args=(n,)) for n in NAMES]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert [(s.method, s.path) for s in api.seen] == [
        ("GET", "/apis/kubevirt.io/v1/namespaces/team/virtualmachines")
    ]
    assert {n: o["metadata"]["name"] for n, o in found.items()} == {n: n for n in NAMES}
    assert cluster.read(kube.VM, "team", "absent") is None  # a read shares the waits' list: gone
    assert len(api.seen) == 1


def test_a_list_from_before_the_wait_is_not_its_answer(serve: Any) -> None:
    api = serve([LIST])
    cluster = cluster_for(api)
    cluster.follow(kube.VM, "team", "vm-0", None)()
    # An apply happens here; the wait that follows must read the cluster again.
    cluster.follow(kube.VM, "team", "vm-0", None)()
    assert len(api.seen) == 2


def test_a_list_older_than_half_the_poll_interval_is_asked_again(serve: Any) -> None:
    api = serve([LIST])
    cluster = cluster_for(api)
    fetch = cluster.follow(kube.VM, "team", "vm-0", None)
    fetch()
    time.sleep(cluster.POLL_INTERVAL / 2 + 0.05)
    fetch()
    assert len(api.seen) == 2


def test_without_list_permission_a_wait_gets_its_object_alone(serve: Any) -> None:
    one = Answer(200, {"kind": "VirtualMachine", "metadata": {"name": "vm-3", "namespace": "team"}})
    api = serve([local_api.status(403, "Forbidden", "cannot list"), one])
    cluster = cluster_for(api)
    fetch = cluster.follow(kube.VM, "team", "vm-3", None)
    assert fetch()["metadata"]["name"] == "vm-3"
    assert fetch()["metadata"]["name"] == "vm-3"
    assert [s.path for s in api.seen] == [
        "/apis/kubevirt.io/v1/namespaces/team/virtualmachines",
        "/apis/kubevirt.io/v1/namespaces/team/virtualmachines/vm-3",
        "/apis/kubevirt.io/v1/namespaces/team/virtualmachines/vm-3",
    ]


def test_requests_name_the_provider_and_its_transport(serve: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(kube, "TRANSPORT", "plugin")
    api = serve([LIST])
    cluster_for(api).list(kube.VM, "team")
    agent = {k.lower(): v for k, v in api.seen[0].headers.items()}["user-agent"]
    assert agent.startswith("pulumi-kubevirt/") and agent.endswith("(plugin)")


# -- the shared watch (watching.py) over HTTP ------------------------------------------------------
def listed_at(version: int) -> Answer:
    return Answer(200, {**LIST.body, "metadata": {"resourceVersion": str(version)}})


def vm_at(name: str, version: int, **status: Any) -> dict[str, Any]:
    meta = {"name": name, "namespace": "team", "resourceVersion": str(version)}
    return {"kind": "VirtualMachine", "metadata": meta, "status": status}


def follow_until(fetch: Any, done: Any, within: float = 10) -> Any:
    deadline = time.monotonic() + within
    while True:
        obj = fetch()
        if done(obj) or time.monotonic() > deadline:
            return obj


def test_a_wait_follows_one_list_and_one_watch_from_the_lists_version(serve: Any) -> None:
    events = json.dumps({"type": "MODIFIED", "object": vm_at("vm-0", 7, ready=True)}).encode() + b"\n"
    # The next WATCH is refused, but only after 2 s: refused at once, it could make the watch
    # unusable before the wait has read the event (the wait would then fall back to a GET).
    forbidden = dataclasses.replace(
        local_api.status(403, "Forbidden", "no more watches in this test"), delay=2.0
    )
    api = serve([listed_at(5), Answer(200, events), forbidden])
    cluster = cluster_for(api)
    fetch = cluster.follow(kube.VM, "team", "vm-0", vm_at("vm-0", 7, ready=False))
    obj = follow_until(fetch, lambda o: (o or {}).get("status", {}).get("ready"))
    assert obj["status"] == {"ready": True}
    list_, watch = api.seen[:2]
    assert list_.path == "/apis/kubevirt.io/v1/namespaces/team/virtualmachines"
    assert watch.path.startswith("/apis/kubevirt.io/v1/namespaces/team/virtualmachines?")
    assert "watch=true" in watch.path and "resourceVersion=5" in watch.path


def test_a_user_who_may_list_but_not_watch_waits_on_the_shared_list_poll(serve: Any) -> None:
    forbidden = local_api.status(403, "Forbidden", 'cannot watch resource "virtualmachines"')
    api = serve([listed_at(5), forbidden, listed_at(6)])
    cluster = cluster_for(api)
    fetch = cluster.follow(kube.VM, "team", "vm-3", vm_at("vm-3", 7))
    obj = follow_until(fetch, lambda o: o is not None and "resourceVersion" not in o["metadata"])
    assert obj["metadata"] == {"name": "vm-3", "namespace": "team"}  # from the poll's list
    fetch()  # the next poll: a LIST again, no WATCH
    paths = [s.path.split("?")[0] for s in api.seen]
    assert paths[:3] == ["/apis/kubevirt.io/v1/namespaces/team/virtualmachines"] * 3
    assert "watch=true" in api.seen[1].path and "watch" not in api.seen[2].path


def test_a_read_after_a_write_whose_watch_breaks_gets_the_object(serve: Any) -> None:
    """An API server restarting mid-`up` broke the WATCH a create's existence check waited for (its
    own earlier apply's version): that read failed the create, where a GET (retried) answers."""

    def answer(seen: local_api.Seen) -> Any:
        if seen.method == "PATCH":
            return Answer(200, vm_at("vm-0", 7))
        if "watch=true" in seen.path:
            return local_api.RESET
        if seen.path.endswith("/virtualmachines"):
            return listed_at(5)
        return Answer(200, vm_at("vm-1", 8))

    api = serve([answer])
    cluster = cluster_for(api)
    assert cluster.read(kube.VM, "team", "vm-1") is not None  # the LIST
    cluster.apply(kube.VM, vm_at("vm-0", 0))  # answered version 7: later reads are at least as new
    assert cluster.read(kube.VM, "team", "vm-1")["metadata"]["resourceVersion"] == "8"  # the GET
    methods = [
        (s.method, "watch" if "watch=true" in s.path else s.path.split("?")[0].rsplit("/", 1)[-1])
        for s in api.seen
    ]
    assert methods[:3] == [("GET", "virtualmachines"), ("PATCH", "vm-0"), ("GET", "watch")]
    assert ("GET", "vm-1") in methods
