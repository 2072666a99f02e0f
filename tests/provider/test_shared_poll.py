"""Waits share one list per kind and namespace (issue 15, P3), and every request names the provider.

A scripted server on 127.0.0.1 (local_api.py) records each request. N waits polling at the same
moment cost one LIST, not N GETs; a list asked for before a wait began (before its apply) is never
its answer; a user who may not list reads the object alone.
"""

from __future__ import annotations

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
    api = serve([LIST])
    cluster = cluster_for(api)
    since = time.monotonic()
    found: dict[str, Any] = {}
    start = threading.Barrier(len(NAMES))

    def wait(name: str) -> None:
        start.wait()
        found[name] = cluster.get_polled(kube.VM, "team", name, since)

    threads = [threading.Thread(target=wait, args=(n,)) for n in NAMES]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert [(s.method, s.path) for s in api.seen] == [
        ("GET", "/apis/kubevirt.io/v1/namespaces/team/virtualmachines")
    ]
    assert {n: o["metadata"]["name"] for n, o in found.items()} == {n: n for n in NAMES}
    assert cluster.get_polled(kube.VM, "team", "absent", since) is None  # still the same list: gone
    assert len(api.seen) == 1


def test_a_list_from_before_the_wait_is_not_its_answer(serve: Any) -> None:
    api = serve([LIST])
    cluster = cluster_for(api)
    cluster.get_polled(kube.VM, "team", "vm-0", time.monotonic())
    # An apply happens here; the wait that follows must read the cluster again.
    cluster.get_polled(kube.VM, "team", "vm-0", time.monotonic())
    assert len(api.seen) == 2


def test_a_list_older_than_half_the_poll_interval_is_asked_again(serve: Any) -> None:
    api = serve([LIST])
    cluster = cluster_for(api)
    since = time.monotonic()
    cluster.get_polled(kube.VM, "team", "vm-0", since)
    time.sleep(cluster.POLL_INTERVAL / 2 + 0.05)
    cluster.get_polled(kube.VM, "team", "vm-0", since)
    assert len(api.seen) == 2


def test_without_list_permission_a_wait_gets_its_object_alone(serve: Any) -> None:
    one = Answer(200, {"kind": "VirtualMachine", "metadata": {"name": "vm-3", "namespace": "team"}})
    api = serve([local_api.status(403, "Forbidden", "cannot list"), one])
    cluster = cluster_for(api)
    since = time.monotonic()
    assert cluster.get_polled(kube.VM, "team", "vm-3", since)["metadata"]["name"] == "vm-3"
    assert cluster.get_polled(kube.VM, "team", "vm-3", since)["metadata"]["name"] == "vm-3"
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
