"""The sandbox's controllers make VMs behave like KubeVirt's, each VMI a real libvirt domain."""

from __future__ import annotations

import subprocess
import time
from typing import Any

import pytest
import sandbox_helpers as helpers
import yaml
from sandbox_helpers import wait_for

pytestmark = [pytest.mark.controlplane, pytest.mark.libvirt]

VMI_FINALIZERS = {
    "kubevirt.io/virtualMachineControllerFinalize",
    "kubevirt.io/foregroundDeleteVirtualMachine",
}


def test_each_libvirt_daemon_is_a_ready_node(kube: Any, sandbox: Any) -> None:
    nodes = {n["metadata"]["name"]: n for n in kube.list("Node")}
    assert set(nodes) == {"sandbox-node-1", "sandbox-node-2"}
    for name, node in nodes.items():
        assert node["metadata"]["labels"]["kubernetes.io/hostname"] == name
        conds = {c["type"]: c["status"] for c in node["status"]["conditions"]}
        assert conds["Ready"] == "True"


def test_the_demo_vm_boots_to_ready_in_under_60_seconds_and_answers_through_a_node_port(
    kube: Any, sandbox: Any
) -> None:
    manifest = yaml.safe_load((helpers.EXAMPLES / "vm-cirros.yaml").read_text())
    vm = kube.create(
        "VirtualMachine", dict(manifest, metadata=dict(manifest["metadata"], namespace="default"))
    )
    svc = kube.create(
        "Service",
        {
            "apiVersion": "v1",
            "kind": "Service",
            "metadata": {"name": "vm-cirros-ssh", "namespace": "default"},
            "spec": {
                "type": "NodePort",
                "selector": {"vmi.kubevirt.io/id": "vm-cirros"},  # what `virtctl expose` selects
                "ports": [{"name": "ssh", "port": 22, "targetPort": 22, "protocol": "TCP"}],
            },
        },
    )
    try:
        wait_for("Stopped", lambda: helpers.vm_status(kube, "vm-cirros").get("printableStatus") == "Stopped")
        t0 = time.monotonic()
        kube.patch(
            "VirtualMachine", "default", "vm-cirros", {"spec": {"runStrategy": "Always"}}
        )  # virtctl start
        vmi = wait_for("the demo VMI to be Ready", lambda: helpers.ready_vmi(kube, "vm-cirros"), timeout=60)
        took = time.monotonic() - t0
        print(f"demo VM Ready {took:.1f}s after start")
        assert took < 60
        meta = vmi["metadata"]
        assert meta["labels"]["kubevirt.io/vm"] == "vm-cirros"
        assert meta["labels"]["vmi.kubevirt.io/id"] == "vm-cirros"
        assert set(meta["finalizers"]) >= VMI_FINALIZERS
        (owner,) = meta["ownerReferences"]
        assert (owner["kind"], owner["uid"], owner["controller"]) == (
            "VirtualMachine",
            vm["metadata"]["uid"],
            True,
        )
        status = vmi["status"]
        assert status["nodeName"] in ("sandbox-node-1", "sandbox-node-2")
        assert status["interfaces"][0]["ipAddress"] == "10.0.2.15"
        conds = {c["type"]: c["status"] for c in status["conditions"]}
        assert conds["LiveMigratable"] == "True"

        vm_st = wait_for("VM ready", lambda: (s := helpers.vm_status(kube, "vm-cirros")).get("ready") and s)
        assert vm_st["printableStatus"] == "Running" and vm_st["created"] is True

        xml = helpers.domain_xml(sandbox, status["nodeName"], "default_vm-cirros")
        assert "machine='pc-q35" in xml
        assert "<alias name='ua-containerdisk'/>" in xml and "<alias name='ua-cloudinitdisk'/>" in xml
        assert "<target dev='vda' bus='virtio'/>" in xml
        fw_uuid = vmi["spec"]["domain"]["firmware"]["uuid"]
        assert f"<entry name='uuid'>{fw_uuid}</entry>" in xml
        node_type = next(n for n in sandbox.nodes if n.name == status["nodeName"]).domain_type
        assert f"<domain type='{node_type}'" in xml

        ep = wait_for(
            "endpoints",
            lambda: (e := kube.get("Endpoints", "default", "vm-cirros-ssh")) and e.get("subsets") and e,
        )
        assert ep["subsets"][0]["addresses"][0]["ip"] == "10.0.2.15"
        assert ep["subsets"][0]["addresses"][0]["targetRef"]["name"] == "vm-cirros"
        eps = kube.get("EndpointSlice", "default", "vm-cirros-ssh-sandbox")
        assert eps["metadata"]["labels"]["kubernetes.io/service-name"] == "vm-cirros-ssh"
        node_port = svc["spec"]["ports"][0]["nodePort"]
        assert 30000 <= node_port <= 32767
        banner = wait_for(
            "the guest's port 22 through the NodePort", lambda: helpers.banner(node_port), timeout=20
        )
        assert banner.startswith(b"SSH-2.0-")
    finally:
        kube.delete("Service", "default", "vm-cirros-ssh")
        helpers.delete_vm(kube, "vm-cirros")
    assert "default_vm-cirros" not in {d for doms in helpers.domains(sandbox).values() for d in doms}


def test_halted_makes_no_vmi_always_starts_it_and_halted_again_stops_it(kube: Any, sandbox: Any) -> None:
    kube.create("VirtualMachine", helpers.cirros("startstop", "Halted"))
    try:
        wait_for("Stopped", lambda: helpers.vm_status(kube, "startstop").get("printableStatus") == "Stopped")
        assert helpers.vmi_of(kube, "startstop") is None
        assert kube.get("VirtualMachine", "default", "startstop")["metadata"]["finalizers"] == [
            "kubevirt.io/virtualMachineControllerFinalize"
        ]
        kube.patch("VirtualMachine", "default", "startstop", {"spec": {"runStrategy": "Always"}})
        vmi = wait_for("started", lambda: helpers.ready_vmi(kube, "startstop"), timeout=60)
        node = vmi["status"]["nodeName"]
        assert helpers.domains(sandbox)[node]["default_startstop"] is True

        kube.patch("VirtualMachine", "default", "startstop", {"spec": {"runStrategy": "Halted"}})
        wait_for("VMI gone", lambda: helpers.vmi_of(kube, "startstop") is None, timeout=45)
        wait_for("Stopped", lambda: helpers.vm_status(kube, "startstop").get("printableStatus") == "Stopped")
        assert "default_startstop" not in helpers.domains(sandbox)[node]
    finally:
        helpers.delete_vm(kube, "startstop")


def test_deleting_the_vmi_of_an_always_vm_restarts_it_with_a_new_vmi(kube: Any, sandbox: Any) -> None:
    kube.create("VirtualMachine", helpers.cirros("restart", "Always"))
    try:
        first = wait_for("first boot", lambda: helpers.ready_vmi(kube, "restart"), timeout=60)
        kube.delete("VirtualMachineInstance", "default", "restart")  # what `virtctl restart` does
        second = wait_for(
            "a new VMI",
            lambda: (
                (v := helpers.ready_vmi(kube, "restart"))
                and v["metadata"]["uid"] != first["metadata"]["uid"]
                and v
            ),
            timeout=60,
        )
        assert helpers.domains(sandbox)[second["status"]["nodeName"]]["default_restart"] is True
    finally:
        helpers.delete_vm(kube, "restart")


def test_a_destroyed_domain_fails_the_vmi_and_rerun_on_failure_boots_a_new_one(
    kube: Any, sandbox: Any
) -> None:
    kube.create("VirtualMachine", helpers.cirros("crashy", "RerunOnFailure"))
    try:
        first = wait_for("first boot", lambda: helpers.ready_vmi(kube, "crashy"), timeout=60)
        node = next(n for n in sandbox.nodes if n.name == first["status"]["nodeName"])
        subprocess.run(
            ["virsh", "-c", node.uri, "destroy", "default_crashy"], check=True, capture_output=True
        )
        second = wait_for(
            "a new VMI after the crash",
            lambda: (
                (v := helpers.ready_vmi(kube, "crashy"))
                and v["metadata"]["uid"] != first["metadata"]["uid"]
                and v
            ),
            timeout=60,
        )
        assert second["status"]["phase"] == "Running"
        assert helpers.domains(sandbox)[second["status"]["nodeName"]]["default_crashy"] is True
    finally:
        helpers.delete_vm(kube, "crashy")


def test_a_manual_vm_starts_and_stops_only_on_state_change_requests(kube: Any, sandbox: Any) -> None:
    kube.create("VirtualMachine", helpers.cirros("manual", "Manual"))
    try:
        wait_for("Stopped", lambda: helpers.vm_status(kube, "manual").get("printableStatus") == "Stopped")
        time.sleep(1.5)
        assert helpers.vmi_of(kube, "manual") is None
        kube.patch(
            "VirtualMachine",
            "default",
            "manual",
            {"status": {"stateChangeRequests": [{"action": "Start"}]}},
            sub="status",
        )
        wait_for("started", lambda: helpers.ready_vmi(kube, "manual"), timeout=60)
        kube.patch(
            "VirtualMachine",
            "default",
            "manual",
            {"status": {"stateChangeRequests": [{"action": "Stop"}]}},
            sub="status",
        )
        wait_for("stopped", lambda: helpers.vmi_of(kube, "manual") is None, timeout=45)
    finally:
        helpers.delete_vm(kube, "manual")


def test_a_template_change_that_is_not_live_updatable_sets_restart_required(kube: Any, sandbox: Any) -> None:
    kube.create("VirtualMachine", helpers.cirros("restartreq", "Always"))
    try:
        wait_for("boot", lambda: helpers.vmi_of(kube, "restartreq"), timeout=30)
        vm = kube.get("VirtualMachine", "default", "restartreq")
        gen = vm["metadata"]["generation"]
        kube.patch(
            "VirtualMachine",
            "default",
            "restartreq",
            {"spec": {"template": {"spec": {"domain": {"resources": {"requests": {"memory": "192Mi"}}}}}}},
        )

        def restart_required() -> Any:
            st = helpers.vm_status(kube, "restartreq")
            return (
                any(
                    c["type"] == "RestartRequired" and c["status"] == "True"
                    for c in st.get("conditions") or []
                )
                and st
            )

        st = wait_for("RestartRequired", restart_required, timeout=20)
        assert st["desiredGeneration"] == gen + 1 and st["observedGeneration"] == gen
    finally:
        helpers.delete_vm(kube, "restartreq")


def test_a_once_vm_runs_one_vmi_and_does_not_restart_it_after_it_fails(kube: Any, sandbox: Any) -> None:
    kube.create("VirtualMachine", helpers.cirros("oneshot", "Once"))
    try:
        first = wait_for("boot", lambda: helpers.ready_vmi(kube, "oneshot"), timeout=60)
        node = next(n for n in sandbox.nodes if n.name == first["status"]["nodeName"])
        subprocess.run(
            ["virsh", "-c", node.uri, "destroy", "default_oneshot"], check=True, capture_output=True
        )
        wait_for(
            "Failed",
            lambda: (helpers.vmi_of(kube, "oneshot") or {}).get("status", {}).get("phase") == "Failed",
        )
        wait_for("Stopped", lambda: helpers.vm_status(kube, "oneshot").get("printableStatus") == "Stopped")
        time.sleep(2)
        assert helpers.vmi_of(kube, "oneshot")["metadata"]["uid"] == first["metadata"]["uid"]
    finally:
        helpers.delete_vm(kube, "oneshot")
