"""The sandbox's domains behave like KubeVirt's where a check of the domain against the VM looks.

A running demo VM (through the sandbox's controllers) gets, like under KubeVirt: a virtio
memballoon (``virsh setmem --live`` works), room for vCPU hotplug from the VMI's maxSockets
(``virsh setvcpus --live`` works), exactly the declared memory, a virtio-scsi controller from which
``virsh detach-disk --live`` removes a ``scsi`` disk at once, a ``Paused`` condition when the domain
is paused through KubeVirt (``kubevirt-sandbox pause``, as ``virtctl pause``) and none when it is
suspended behind KubeVirt's back, and a persistent definition (``virsh undefine`` leaves it
running, transient, and deleting the VM later leaves nothing behind).
"""

from __future__ import annotations

import re
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import sandbox_helpers as helpers
from sandbox_helpers import wait_for

pytestmark = [pytest.mark.controlplane, pytest.mark.libvirt]

NAME = "fidelity"
DOMAIN = f"default_{NAME}"


def conditions(obj: dict[str, Any] | None) -> dict[str, dict[str, Any]]:
    return {c["type"]: c for c in ((obj or {}).get("status") or {}).get("conditions") or []}


@pytest.fixture(scope="module")
def running(sandbox: Any) -> Iterator[tuple[Any, dict[str, Any]]]:
    """One running demo VM (1 socket, 128Mi, a scratch disk on the scsi bus) for the module."""
    from kubevirt_sandbox.controllers import kube as kube_module

    k = kube_module.Kube(sandbox.kubeconfig)
    vm = helpers.cirros(NAME, "Always")
    tspec = vm["spec"]["template"]["spec"]
    tspec["domain"]["devices"]["disks"].append({"name": "scratch", "disk": {"bus": "scsi"}})
    tspec["volumes"].append({"name": "scratch", "emptyDisk": {"capacity": "16Mi"}})
    k.create("VirtualMachine", vm)
    try:
        vmi = wait_for("the demo VM Ready", lambda: helpers.ready_vmi(k, NAME), timeout=90)
        yield helpers.node_of(sandbox, vmi["status"]["nodeName"]), vmi
    finally:
        if k.get("VirtualMachine", "default", NAME) is not None:
            helpers.delete_vm(k, NAME)
        k.close()


def dumpxml(node: Any) -> str:
    return helpers.virsh(node, "dumpxml", DOMAIN)


def test_the_domain_has_a_balloon_hotplug_room_exact_memory_and_a_virtio_scsi_controller(
    kube: Any, running: tuple[Any, dict[str, Any]]
) -> None:
    node, vmi = running
    xml = dumpxml(node)
    assert re.search(r"<memballoon model='virtio-non-transitional' freePageReporting='on'>", xml)
    assert "<memory unit='KiB'>131072</memory>" in xml  # 128Mi exactly, no bump
    assert "<currentMemory unit='KiB'>131072</currentMemory>" in xml
    assert "<vcpu placement='static' current='1'>4</vcpu>" in xml
    assert "<topology sockets='4' dies='1' cores='1' threads='1'/>" in xml
    assert "<controller type='scsi' index='0' model='virtio-non-transitional'" in xml
    assert "<target dev='sda' bus='scsi'/>" in xml
    # maxSockets is defaulted on the VMI (sockets x maxHotplugRatio 4), never written back on the VM
    assert vmi["spec"]["domain"]["cpu"] == {
        "sockets": 1,
        "cores": 1,
        "threads": 1,
        "maxSockets": 4,
        "model": "host-model",
    }
    template = kube.get("VirtualMachine", "default", NAME)["spec"]["template"]["spec"]
    assert "cpu" not in template["domain"]


def test_virsh_setmem_live_shrinks_current_memory_through_the_balloon(
    running: tuple[Any, dict[str, Any]],
) -> None:
    node, _ = running
    t0 = time.monotonic()
    helpers.virsh(node, "setmem", DOMAIN, "98304", "--live")
    wait_for(
        "currentMemory 98304 KiB",
        lambda: "<currentMemory unit='KiB'>98304</currentMemory>" in dumpxml(node),
        timeout=10,
    )
    print(f"setmem --live: currentMemory changed {time.monotonic() - t0:.2f}s after the command")
    helpers.virsh(node, "setmem", DOMAIN, "131072", "--live")  # put it back for the next tests


def test_virsh_setvcpus_live_adds_a_vcpu(running: tuple[Any, dict[str, Any]]) -> None:
    node, _ = running
    t0 = time.monotonic()
    helpers.virsh(node, "setvcpus", DOMAIN, "2", "--live")
    wait_for(
        "current='2'", lambda: "<vcpu placement='static' current='2'>4</vcpu>" in dumpxml(node), timeout=10
    )
    print(f"setvcpus 2 --live: {time.monotonic() - t0:.2f}s")


def test_virsh_detach_disk_live_removes_a_scsi_disk_at_once(running: tuple[Any, dict[str, Any]]) -> None:
    node, _ = running
    assert "dev='sda'" in dumpxml(node)
    t0 = time.monotonic()
    helpers.virsh(node, "detach-disk", DOMAIN, "sda", "--live")
    wait_for("sda gone", lambda: "dev='sda'" not in dumpxml(node), timeout=10)
    took = time.monotonic() - t0
    print(f"detach-disk sda --live: gone after {took:.2f}s")
    assert took < 5


def test_a_domain_paused_through_kubevirt_is_paused_and_resumed(
    kube: Any, sandbox: Any, running: tuple[Any, dict[str, Any]]
) -> None:
    from kubevirt_sandbox import pausing

    node, _ = running
    pausing.pause(sandbox, f"default/{NAME}")
    try:
        assert helpers.virsh(node, "domstate", DOMAIN).strip() == "paused"
        vmi = helpers.vmi_of(kube, NAME)
        conds = conditions(vmi)
        assert vmi["status"]["phase"] == "Running"
        paused = conds["Paused"]
        assert (paused["status"], paused["reason"], paused["message"]) == (
            "True",
            "PausedByUser",
            "VMI was paused by user",
        )
        assert (conds["Ready"]["status"], conds["Ready"]["reason"]) == ("False", "ReadinessGatesNotReady")
        assert "kubevirt.io/virtual-machine-unpaused" in conds["Ready"]["message"]
        vm_st = wait_for(
            "VM Paused", lambda: (s := helpers.vm_status(kube, NAME)).get("printableStatus") == "Paused" and s
        )
        assert not vm_st.get("ready")
        assert conditions({"status": vm_st})["Paused"]["reason"] == "PausedByUser"
    finally:
        pausing.unpause(sandbox, f"default/{NAME}")
    vmi = wait_for("Ready again", lambda: helpers.ready_vmi(kube, NAME), timeout=15)
    assert "Paused" not in conditions(vmi)
    vm_st = wait_for(
        "VM Running", lambda: (s := helpers.vm_status(kube, NAME)).get("printableStatus") == "Running" and s
    )
    assert vm_st["ready"] is True and "Paused" not in conditions({"status": vm_st})


def test_a_domain_suspended_behind_kubevirts_back_gets_no_paused_condition(
    kube: Any, sandbox: Any, running: tuple[Any, dict[str, Any]]
) -> None:
    node, _ = running
    helpers.virsh(node, "suspend", DOMAIN)
    try:
        log = Path(sandbox.directory) / "logs" / "controllers.log"
        wait_for(
            "the controllers noticing", lambda: "paused behind KubeVirt's back" in log.read_text(), timeout=15
        )
        assert "Paused" not in conditions(helpers.vmi_of(kube, NAME)), "KubeVirt did not pause it"
    finally:
        helpers.virsh(node, "resume", DOMAIN)


def test_an_undefined_domain_keeps_running_transient_and_the_vm_deletes_cleanly(
    kube: Any, sandbox: Any, running: tuple[Any, dict[str, Any]]
) -> None:
    node, vmi = running
    info = helpers.virsh(node, "dominfo", DOMAIN)
    assert re.search(r"Persistent:\s+yes", info)
    helpers.virsh(node, "undefine", DOMAIN)
    info = helpers.virsh(node, "dominfo", DOMAIN)
    assert re.search(r"State:\s+running", info) and re.search(r"Persistent:\s+no", info)
    time.sleep(2)
    assert helpers.ready_vmi(kube, NAME) is not None  # the VMI does not notice: still Running, Ready
    log = Path(sandbox.directory) / "logs" / "controllers.log"
    before = log.stat().st_size
    helpers.delete_vm(kube, NAME)
    assert DOMAIN not in helpers.domains(sandbox)[node.name]
    assert not list((Path(sandbox.directory) / "vmis").glob(f"default_{NAME}_*"))
    time.sleep(2)
    with open(log, errors="replace") as f:
        f.seek(before)
        tail = f.read()
    assert f"domain {DOMAIN} removed from {node.name} (it was transient)" in tail
    assert not [line for line in tail.splitlines() if NAME in line and ("WARNING" in line or "ERROR" in line)]


def test_a_vmi_asking_for_less_than_the_demo_guest_needs_is_not_started(kube: Any, sandbox: Any) -> None:
    kube.create("VirtualMachine", helpers.cirros("tiny", "Always", memory="32Mi"))  # the guest panics in 32Mi
    try:
        vmi = wait_for(
            "Synchronized=False",
            lambda: (v := helpers.vmi_of(kube, "tiny")) and "Synchronized" in conditions(v) and v,
            timeout=30,
        )
        sync = conditions(vmi)["Synchronized"]
        assert (sync["status"], sync["reason"]) == ("False", "GuestMemoryTooSmall")
        assert "32Mi" in sync["message"] and "36Mi" in sync["message"]
        assert vmi["status"]["phase"] == "Scheduled"
        time.sleep(1.5)
        assert not any("default_tiny" in doms for doms in helpers.domains(sandbox).values())
        assert helpers.vm_status(kube, "tiny").get("ready") is None
    finally:
        helpers.delete_vm(kube, "tiny")


def test_the_libvirt_uri_template_gives_each_nodes_uri_and_env_prints_it(sandbox: Any) -> None:
    template = sandbox.libvirt_uri_template
    assert "{node}" in template
    for node in sandbox.nodes:
        assert template.replace("{node}", node.name) == node.uri
    env = subprocess.run(
        [sys.executable, "-m", "kubevirt_sandbox.cli", "--dir", sandbox.directory, "env"],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    ).stdout
    assert f"export KUBEVIRT_SANDBOX_LIBVIRT_URI_TEMPLATE='{template}'" in env
    assert f"pulumi config set kubevirt:libvirtUri '{template}'" in env
