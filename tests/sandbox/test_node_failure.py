"""Node failure: `kubevirt-sandbox node fail` kills a node's libvirtd and guests; KubeVirt's answer.

The Node turns NotReady, its VMIs Failed (NodeUnresponsive); a VM with runStrategy Always comes
back on the other node, a Manual one stays down; `node recover` brings the node back Ready and
empty. The sandbox test runs on a private sandbox (it kills a daemon): the Always VM boots fast
(its boot is not the subject), the Manual VM boots for real so that there is a QEMU to see die.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import sandbox_helpers as helpers
from sandbox_helpers import wait_for

from kubevirt_sandbox import libvirt_node, nodefail, process
from kubevirt_sandbox import sandbox as sandbox_module
from kubevirt_sandbox.controllers import fastboot, nodes, runtime, vm, vmi
from kubevirt_sandbox.controllers import kube as kube_module

CLI = [sys.executable, "-m", "kubevirt_sandbox.cli"]


# -- pure: the decisions ----------------------------------------------------------------------
def _ctx(tmp_path: Path) -> runtime.Context:
    me = os.getpid()  # a live pid stands for a running daemon
    daemons = {n: libvirt_node.Daemon(n, str(tmp_path / n), me, f"test:///{n}", "tcg") for n in ("n1", "n2")}
    return runtime.Context(tmp_path, kube=None, nodes=daemons)  # type: ignore[arg-type]


def test_the_scheduler_skips_a_node_whose_node_object_says_not_ready(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ctx = _ctx(tmp_path)
    monkeypatch.setattr(nodes, "_ready", {"n1": False, "n2": True})
    assert nodes.ready_nodes(ctx) == ["n2"]
    placed = {"metadata": {"name": "x", "namespace": "d"}, "spec": {}}
    assert vmi.schedule(ctx, placed) == "n2"
    monkeypatch.setattr(nodes, "_ready", {"n1": False, "n2": False})
    assert vmi.schedule(ctx, placed) is None


def test_the_unschedulable_message_counts_not_ready_nodes_apart() -> None:
    assert vmi.unschedulable_message(2, 2) == (
        "0/2 nodes are available: 2 node(s) didn't match Pod's node affinity/selector."
    )
    assert vmi.unschedulable_message(2, 1) == (
        "0/2 nodes are available: 1 node(s) didn't match Pod's node affinity/selector, "
        "1 node(s) had untolerated taint {node.kubernetes.io/not-ready: }."
    )


def test_a_vmi_is_lost_with_its_node_only_once_the_node_is_not_ready(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ctx = _ctx(tmp_path)
    monkeypatch.setattr(nodes, "_ready", {"n1": False, "n2": True})
    on = lambda node: {"status": {"phase": "Running", "nodeName": node}}  # noqa: E731
    assert vmi.node_lost(ctx, on("n1"))
    assert not vmi.node_lost(ctx, on("n2"))
    assert not vmi.node_lost(ctx, {"status": {"phase": "Scheduling"}})  # not placed yet
    assert not vmi.node_lost(ctx, on("elsewhere"))  # not one of the sandbox's nodes


def test_a_daemon_restarted_within_the_grace_period_never_makes_its_node_not_ready() -> None:
    # `kubevirt-sandbox kill libvirtd[...]` then `start` within GRACE: QEMU kept running and the
    # new daemon takes the domains back, so nothing may fail them meanwhile.
    name = "grace-test-node"
    assert nodes.heartbeat(name, False, 100.0)
    assert nodes.heartbeat(name, False, 100.0 + nodes.GRACE - 1)
    assert nodes.heartbeat(name, True, 100.0 + nodes.GRACE + 5)  # back: Ready, the clock reset
    assert nodes.heartbeat(name, False, 200.0)
    assert not nodes.heartbeat(name, False, 200.0 + nodes.GRACE)  # gone for good: NotReady


def test_the_ready_condition_keeps_its_transition_time_until_the_status_changes() -> None:
    up = nodes.ready_condition(True, "u", None, "t1")
    assert (up["status"], up["reason"], up["lastTransitionTime"]) == ("True", "KubeletReady", "t1")
    still = nodes.ready_condition(True, "u", [up], "t2")
    assert still["lastTransitionTime"] == "t1" and still["lastHeartbeatTime"] == "t2"
    down = nodes.ready_condition(False, "u", [still], "t3")
    assert (down["status"], down["reason"], down["lastTransitionTime"]) == ("False", "KubeletNotReady", "t3")


@pytest.mark.parametrize(
    ("strategy", "action"),
    [("Always", "start"), ("RerunOnFailure", "start"), ("Manual", None), ("Once", None), ("Halted", "stop")],
)
def test_what_each_run_strategy_does_with_a_vmi_failed_with_its_node(
    strategy: str, action: str | None
) -> None:
    failed = {"metadata": {"name": "x"}, "status": {"phase": "Failed", "reason": vmi.NODE_UNRESPONSIVE}}
    assert vm.desired_action(strategy, failed) == action


# -- a private sandbox that loses a node ------------------------------------------------------
@pytest.fixture(scope="module")
def private_sandbox(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, Any]]:
    directory = tmp_path_factory.mktemp("node-failure")
    with sandbox_module.running(directory) as sb:
        yield directory, sb


def _vmi(k: Any, name: str) -> dict[str, Any]:
    return dict(helpers.vmi_of(k, name) or {})


def _node_ready(k: Any, name: str) -> str:
    node = k.get("Node", None, name) or {}
    conds = {c["type"]: c["status"] for c in (node.get("status") or {}).get("conditions") or []}
    return str(conds.get("Ready"))


@pytest.mark.controlplane
@pytest.mark.libvirt
def test_a_failed_node_restarts_always_and_rerun_vms_elsewhere_and_leaves_manual_ones_failed(
    private_sandbox: tuple[Path, Any],
) -> None:
    directory, sb = private_sandbox
    k = kube_module.Kube(sb.kubeconfig)
    try:
        for name, strategy in (("always", "Always"), ("rerun", "RerunOnFailure")):
            restarts = helpers.cirros(name, strategy)
            restarts["metadata"]["annotations"] = {fastboot.ANNOTATION: "1"}
            k.create("VirtualMachine", restarts)
        first = wait_for("the Always VM to be Ready", lambda: helpers.ready_vmi(k, "always"), timeout=60)
        first_rerun = wait_for("the RerunOnFailure VM", lambda: helpers.ready_vmi(k, "rerun"), timeout=60)
        lost = first["status"]["nodeName"]
        other = next(n.name for n in sb.nodes if n.name != lost)
        # fast VMIs do not count in the scheduler's load: both land on the same node
        assert first_rerun["status"]["nodeName"] == lost

        manual = helpers.cirros("manual", "Manual")
        manual["spec"]["template"]["spec"]["nodeSelector"] = {"kubernetes.io/hostname": lost}
        k.create("VirtualMachine", manual)
        k.patch(
            "VirtualMachine",
            "default",
            "manual",
            {"status": {"stateChangeRequests": [{"action": "Start"}]}},
            sub="status",
        )
        wait_for(
            "the Manual VM's VMI to run",
            lambda: _vmi(k, "manual").get("status", {}).get("phase") == "Running",
            90,
        )
        daemon = helpers.node_of(sb, lost)
        guests = wait_for("its QEMU", lambda: nodefail.qemu_pids(daemon), timeout=30)
        assert helpers.domains(sb)[lost].get("default_manual") is True

        out = subprocess.run(
            [*CLI, "--dir", str(directory), "node", "fail", lost], capture_output=True, text=True
        )
        assert out.returncode == 0, out.stderr
        assert not process.alive(daemon.pid)
        wait_for("the node's QEMU to be gone", lambda: not any(process.alive(p) for p in guests.values()), 15)
        wait_for(f"{lost} NotReady", lambda: _node_ready(k, lost) == "False", timeout=30)
        assert k.get("Node", None, lost)["metadata"]["labels"]["kubevirt.io/schedulable"] == "false"

        # Always: a new VMI, on the other node, Ready
        for name, before in (("always", first), ("rerun", first_rerun)):
            back = wait_for(
                f"the {name} VM Ready again",
                lambda: (
                    (v := helpers.ready_vmi(k, name))  # noqa: B023
                    and v["metadata"]["uid"] != before["metadata"]["uid"]  # noqa: B023
                    and v
                ),
                timeout=90,
            )
            assert back["status"]["nodeName"] == other
            wait_for(f"the {name} VM's status to follow", lambda: helpers.vm_status(k, name).get("ready"), 30)  # noqa: B023

        # Manual: its VMI Failed with the node, and nothing starts it again
        failed = _vmi(k, "manual")
        assert failed["status"]["phase"] == "Failed", failed["status"]
        assert failed["status"]["reason"] == vmi.NODE_UNRESPONSIVE
        assert helpers.vm_status(k, "manual").get("ready") is None

        status = subprocess.run([*CLI, "--dir", str(directory), "status"], capture_output=True, text=True)
        assert status.returncode == 0, status.stdout + status.stderr  # a failed node is not a crash
        assert f"libvirtd[{lost}]" in status.stdout and "FAILED (node fail" in status.stdout

        out = subprocess.run(
            [*CLI, "--dir", str(directory), "node", "recover", lost], capture_output=True, text=True
        )
        assert out.returncode == 0, out.stderr
        wait_for(f"{lost} Ready again", lambda: _node_ready(k, lost) == "True", timeout=30)
        recovered = sandbox_module.load(directory)
        assert recovered is not None and not recovered.failed_nodes and recovered.healthy()
        assert helpers.domains(recovered)[lost] == {}  # the dead guest's definition is gone too
        still = _vmi(k, "manual")
        assert still["metadata"]["uid"] == failed["metadata"]["uid"] and still["status"]["phase"] == "Failed"
    finally:
        for name in ("always", "rerun", "manual"):
            helpers.delete_vm(k, name, timeout=60)
        k.close()
