"""Drift in the libvirt domain, made by hand with virsh behind Pulumi's back, in the sandbox.

Each change is reported by the next preview naming the field, `up` repairs it (live where libvirt
can, by a restart where KubeVirt would need one), and the preview after that is clean. A change
KubeVirt applies only at the next restart is shown as pending, never as drift.
"""

from __future__ import annotations

import re
import subprocess
import time
from collections.abc import Callable
from typing import Any

import pulumi
import pytest

import pulumi_kubevirt as kv
from pulumi_kubevirt_provider import kube

pytestmark = [pytest.mark.pulumi, pytest.mark.controlplane, pytest.mark.libvirt]

VM = "cirros-vm"


def spec(memory: str) -> dict[str, Any]:
    return {
        "runStrategy": "Always",
        "template": {
            "spec": {
                "terminationGracePeriodSeconds": 0,
                "domain": {
                    "cpu": {"sockets": 1},
                    "devices": {
                        "disks": [
                            {"name": "containerdisk", "disk": {"bus": "virtio"}},
                            {"name": "scratch", "disk": {"bus": "scsi"}},
                        ]
                    },
                    "resources": {"requests": {"memory": memory}},
                },
                "volumes": [
                    {
                        "name": "containerdisk",
                        "containerDisk": {"image": "quay.io/kubevirt/cirros-container-disk-demo"},
                    },
                    {"name": "scratch", "emptyDisk": {"capacity": "16Mi"}},
                ],
            }
        },
    }


class Domain:
    """virsh against the node the VM runs on now, as an operator would do by hand."""

    def __init__(self, sandbox: Any, cluster: kube.Cluster, namespace: str) -> None:
        self.sandbox, self.cluster, self.namespace = sandbox, cluster, namespace
        self.name = f"{namespace}_{VM}"

    def vmi(self) -> dict[str, Any]:
        vmi = self.cluster.get(kube.VMI, self.namespace, VM)
        assert vmi is not None, "no VMI"
        return vmi

    def virsh(self, *args: str) -> str:
        uri = self.sandbox.libvirt_uri_template.replace("{node}", self.vmi()["status"]["nodeName"])
        done = subprocess.run(["virsh", "-c", uri, *args], capture_output=True, text=True, timeout=60)
        assert done.returncode == 0, f"virsh {' '.join(args)}: {done.stderr}"
        return done.stdout

    def wait_for(self, what: str, condition: Callable[[str], bool], timeout: float = 60) -> None:
        deadline = time.monotonic() + timeout
        while not condition(self.virsh("dumpxml", self.name)):
            assert time.monotonic() < deadline, f"the domain never showed {what}"
            time.sleep(0.5)


def current_kib(xml: str) -> int:
    m = re.search(r"<currentMemory unit='KiB'>(\d+)</currentMemory>", xml)
    assert m, xml
    return int(m.group(1))


def vm_outputs(stacks: Any, stack: Any) -> dict[str, Any]:
    state = stacks.state_as_stored(stack)
    for res in state["deployment"]["resources"]:
        if res["urn"].endswith(f"::{VM}"):
            return dict(res.get("outputs") or {})
    raise AssertionError(f"no {VM} in the state")


# One transport here (each run boots a guest and waits out libvirt changes, ~100 s): the plugin's
# domain drift (detailed-diff paths, URN-attributed lines, repair) has its own test in
# test_plugin_drift.py; the check and the repair are the same core code under both.
@pytest.mark.parametrize("transport", ["dynamic"])
def test_hand_made_domain_changes_are_reported_repaired_and_then_clean(
    sandbox_stacks: Any, sandbox_cluster: kube.Cluster, sandbox_namespace: str, sandbox: Any
) -> None:
    declared = {"memory": "256Mi"}

    def program() -> None:
        vm = kv.VirtualMachine(VM, spec=spec(declared["memory"]))
        pulumi.export("domain", vm.domain)

    stack = sandbox_stacks.new(program, sandbox_namespace)
    up = stack.up(on_output=sandbox_stacks.say)
    domain = up.outputs["domain"].value
    assert domain["state"] == "running" and domain["memory"] == "256Mi" and domain["vcpus"] == 1
    assert {d["name"] for d in domain["disks"]} >= {"containerdisk", "scratch"}
    dom = Domain(sandbox, sandbox_cluster, sandbox_namespace)

    def preview_reports(*expected: str) -> None:
        sandbox_stacks.outputs.clear()
        started = time.monotonic()
        preview = stack.preview(on_output=sandbox_stacks.say)
        print(f"preview took {time.monotonic() - started:.1f}s")
        text = "\n".join(sandbox_stacks.outputs)
        assert preview.change_summary.get("update") == 1, text
        for line in expected:
            assert f"{VM}: {line}" in text, text

    def up_then_clean() -> None:
        stack.up(on_output=sandbox_stacks.say)
        sandbox_stacks.outputs.clear()
        preview = stack.preview(on_output=sandbox_stacks.say)
        text = "\n".join(sandbox_stacks.outputs)
        assert {k: v for k, v in preview.change_summary.items() if v and k != "same"} == {}, text
        assert "changed outside Pulumi" not in text

    # 1. The balloon: virsh setmem. Repaired live: same VMI, memory back.
    uid = dom.vmi()["metadata"]["uid"]
    dom.virsh("setmem", dom.name, str(128 * 1024), "--live")
    dom.wait_for("128Mi of memory", lambda x: current_kib(x) <= 129 * 1024)
    preview_reports("domain memory 128Mi, declared 256Mi (changed outside Pulumi)", "up sets the memory back")
    stack.refresh(on_output=sandbox_stacks.say)
    outputs = vm_outputs(sandbox_stacks, stack)
    assert outputs["domain"]["currentMemory"] == "128Mi"
    assert outputs["drift"] == ["domain memory 128Mi, declared 256Mi (changed outside Pulumi)"]
    up_then_clean()
    assert current_kib(dom.virsh("dumpxml", dom.name)) == 256 * 1024
    assert dom.vmi()["metadata"]["uid"] == uid

    # 2. virsh suspend. Repaired live: resumed.
    dom.virsh("suspend", dom.name)
    preview_reports("domain run state paused, declared running (changed outside Pulumi)", "up resumes")
    up_then_clean()
    assert dom.virsh("domstate", dom.name).strip() == "running"
    assert dom.vmi()["metadata"]["uid"] == uid

    # 3. virsh setvcpus --live: KubeVirt cannot take vCPUs back live; up restarts the VM.
    dom.virsh("setvcpus", dom.name, "2", "--live")
    dom.wait_for("2 vCPUs", lambda x: "current='2'" in x)
    preview_reports("domain vCPUs 2, declared 1 (changed outside Pulumi)", "up restarts the VM")
    up_then_clean()
    assert dom.vmi()["metadata"]["uid"] != uid
    assert "current='1'" in dom.virsh("dumpxml", dom.name)

    # 4. virsh detach-disk: the scratch disk leaves the running domain; a restart brings it back.
    uid = dom.vmi()["metadata"]["uid"]
    target = re.search(r"<target dev='(\w+)' bus='scsi'/>", dom.virsh("dumpxml", dom.name))
    assert target, "no scsi disk"
    dom.virsh("detach-disk", dom.name, target.group(1), "--live")
    dom.wait_for("the disk gone", lambda x: "ua-scratch" not in x)
    preview_reports("domain disk scratch absent, declared attached (disk) (changed outside Pulumi)")
    up_then_clean()
    assert "ua-scratch" in dom.virsh("dumpxml", dom.name)
    assert dom.vmi()["metadata"]["uid"] != uid

    # 5. virsh undefine: the domain keeps running, transient; it would vanish at its next stop.
    uid = dom.vmi()["metadata"]["uid"]
    dom.virsh("undefine", dom.name)
    preview_reports("domain definition transient (undefined), declared persistent (changed outside Pulumi)")
    up_then_clean()
    assert "Persistent:     yes" in dom.virsh("dominfo", dom.name)
    assert dom.vmi()["metadata"]["uid"] != uid

    # 6. virsh destroy: KubeVirt restarts a VM that should run; preview says so, up waits for it.
    uid = dom.vmi()["metadata"]["uid"]
    dom.virsh("destroy", dom.name)
    preview_reports("domain run state")
    up_then_clean()
    assert dom.vmi()["metadata"]["uid"] != uid
    assert sandbox_cluster.get(kube.VM, sandbox_namespace, VM)["status"]["ready"] is True

    # 7. A declared change KubeVirt applies only at the next restart is pending, not drift.
    declared["memory"] = "384Mi"
    stack.up(on_output=sandbox_stacks.say)
    sandbox_stacks.outputs.clear()
    preview = stack.preview(on_output=sandbox_stacks.say)
    text = "\n".join(sandbox_stacks.outputs)
    assert {k: v for k, v in preview.change_summary.items() if v and k != "same"} == {}, text
    assert (
        f"{VM}: pending: memory 384Mi (running with 256Mi); KubeVirt applies it at the next restart" in text
    )
    assert "changed outside Pulumi" not in text
