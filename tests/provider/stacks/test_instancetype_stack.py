"""Instancetypes and preferences through the real Pulumi engine (both transports) against the API
server with KubeVirt's CRDs: create, a clean second preview, a change in place, drift made with a
kubectl-style merge patch, destroy; for namespaced and cluster-scoped kinds together."""

from __future__ import annotations

from typing import Any

import pulumi
import pytest
from pulumi import automation as auto

import pulumi_kubevirt as kv
from pulumi_kubevirt_provider import kinds, kube

pytestmark = [pytest.mark.pulumi, pytest.mark.controlplane]

INSTANCETYPE = kinds.VIRTUAL_MACHINE_INSTANCETYPE.api
CLUSTER_INSTANCETYPE = kinds.VIRTUAL_MACHINE_CLUSTER_INSTANCETYPE.api
PREFERENCE = kinds.VIRTUAL_MACHINE_PREFERENCE.api
CLUSTER_PREFERENCE = kinds.VIRTUAL_MACHINE_CLUSTER_PREFERENCE.api


def changes(preview: Any) -> dict[str, int]:
    return {k: v for k, v in preview.change_summary.items() if v and k != "same"}


def steps(events: list[Any]) -> dict[str, Any]:
    """The preview's steps by resource name (the URN's last part)."""
    return {
        e.resource_pre_event.metadata.urn.rsplit("::", 1)[1]: e.resource_pre_event.metadata
        for e in events
        if e.resource_pre_event and e.resource_pre_event.metadata.type.rsplit(":", 1)[1] in kinds.BY_NAME
    }


def test_instancetypes_and_preferences_go_up_preview_clean_change_in_place_drift_and_destroy(
    stacks: Any, cluster: kube.Cluster, namespace: str
) -> None:
    # Cluster-scoped names are shared by every test on this API server: made unique by the namespace.
    wide_type, wide_pref = f"cx1-{namespace}", f"cirros-{namespace}"
    state = {"memory": "4Gi", "bus": "virtio"}

    def program() -> None:
        small = kv.VirtualMachineInstancetype(
            "u1-medium", spec={"cpu": {"guest": 1}, "memory": {"guest": state["memory"]}}
        )
        large = kv.VirtualMachineClusterInstancetype(
            "cx1", metadata={"name": wide_type}, spec={"cpu": {"guest": 2}, "memory": {"guest": "8Gi"}}
        )
        kv.VirtualMachinePreference(
            "fedora",
            spec={
                "devices": {"preferredDiskBus": "virtio"},
                "requirements": {"cpu": {"guest": 1}, "memory": {"guest": "2Gi"}},
            },
        )
        cirros = kv.VirtualMachineClusterPreference(
            "cirros", metadata={"name": wide_pref}, spec={"devices": {"preferredDiskBus": state["bus"]}}
        )
        pulumi.export("small", pulumi.Output.all(small.cpu_guest, small.memory_guest))
        pulumi.export("large", pulumi.Output.all(large.cpu_guest, large.memory_guest))
        pulumi.export("large_metadata", large.metadata)
        pulumi.export("cirros_requires_nothing", cirros.required_cpu_guest.apply(lambda v: v is None))

    stack = stacks.new(program, namespace)
    up = stack.up(on_output=stacks.say)
    assert up.summary.resource_changes == {"create": 5}
    assert up.outputs["small"].value == [1, "4Gi"]
    assert up.outputs["large"].value == [2, "8Gi"]
    assert up.outputs["cirros_requires_nothing"].value is True
    assert not up.outputs["large_metadata"].value.get("namespace")
    live = cluster.get(INSTANCETYPE, namespace, "u1-medium")
    assert live is not None and live["spec"]["memory"]["guest"] == "4Gi"
    assert cluster.get(PREFERENCE, namespace, "fedora") is not None
    wide = cluster.get(CLUSTER_INSTANCETYPE, "", wide_type)
    assert wide is not None and "namespace" not in wide["metadata"]
    assert [m["manager"] for m in wide["metadata"]["managedFields"]] == ["pulumi-kubevirt"]
    assert cluster.get(CLUSTER_PREFERENCE, "", wide_pref) is not None

    # A second preview: nothing to do.
    assert changes(stack.preview(on_output=stacks.say)) == {}

    # A change to a namespaced and to a cluster-scoped kind: updates in place, named by path.
    state.update(memory="6Gi", bus="sata")
    events: list[Any] = []
    preview = stack.preview(on_event=events.append, on_output=stacks.say)
    assert changes(preview) == {"update": 2}
    by_name = steps(events)
    assert (by_name["u1-medium"].op, by_name["cirros"].op) == ("update", "update")
    assert list(by_name["u1-medium"].detailed_diff) == ["spec.memory.guest"]
    assert list(by_name["cirros"].detailed_diff) == ["spec.devices.preferredDiskBus"]
    uid = live["metadata"]["uid"]
    up = stack.up(on_output=stacks.say)
    assert up.summary.resource_changes == {"update": 2, "same": 3}
    assert up.outputs["small"].value == [1, "6Gi"]
    live = cluster.get(INSTANCETYPE, namespace, "u1-medium")
    assert live["spec"]["memory"]["guest"] == "6Gi" and live["metadata"]["uid"] == uid  # not replaced
    assert cluster.get(CLUSTER_PREFERENCE, "", wide_pref)["spec"]["devices"]["preferredDiskBus"] == "sata"
    assert changes(stack.preview(on_output=stacks.say)) == {}

    # Drift: kubectl patch of a namespaced and a cluster-scoped object; the preview names both.
    cluster.patch(INSTANCETYPE, namespace, "u1-medium", {"spec": {"cpu": {"guest": 4}}})
    cluster.patch(CLUSTER_INSTANCETYPE, "", wide_type, {"spec": {"memory": {"guest": "16Gi"}}})
    out: list[str] = []
    events = []
    preview = stack.preview(on_event=events.append, on_output=out.append)
    assert changes(preview) == {"update": 2}, "\n".join(out)
    text = "\n".join(out)
    assert "u1-medium: spec.cpu.guest is 4 in the cluster, declared 1 (changed outside Pulumi)" in text
    assert f"{wide_type}: spec.memory.guest is '16Gi' in the cluster, declared '8Gi'" in text
    stack.up(on_output=stacks.say)
    assert cluster.get(INSTANCETYPE, namespace, "u1-medium")["spec"]["cpu"]["guest"] == 1
    assert cluster.get(CLUSTER_INSTANCETYPE, "", wide_type)["spec"]["memory"]["guest"] == "8Gi"
    assert changes(stack.preview(on_output=stacks.say)) == {}

    stack.destroy(on_output=stacks.say)
    assert cluster.get(INSTANCETYPE, namespace, "u1-medium") is None
    assert cluster.get(PREFERENCE, namespace, "fedora") is None
    assert cluster.get(CLUSTER_INSTANCETYPE, "", wide_type) is None
    assert cluster.get(CLUSTER_PREFERENCE, "", wide_pref) is None


def test_a_namespace_for_a_cluster_scoped_kind_fails_preview_naming_the_field_and_writes_nothing(
    stacks: Any, cluster: kube.Cluster, namespace: str
) -> None:
    name = f"cx1-{namespace}"

    def program() -> None:
        kv.VirtualMachineClusterInstancetype(
            "cx1",
            metadata={"name": name, "namespace": namespace},
            spec={"cpu": {"guest": 2}, "memory": {"guest": "8Gi"}},
        )

    stack = stacks.new(program, namespace)
    out: list[str] = []
    with pytest.raises(auto.CommandError):
        stack.preview(on_output=out.append)
    text = "\n".join(out)
    assert "metadata.namespace: VirtualMachineClusterInstancetype is cluster-scoped" in text, text
    with pytest.raises(auto.CommandError):
        stack.up(on_output=out.append)
    assert cluster.get(CLUSTER_INSTANCETYPE, "", name) is None
