"""Operator intent: a VM paused through KubeVirt is left paused; a pause KubeVirt does not know
about is drift that `up` resumes. The preview says which.

Fast tests on the objects as KubeVirt (and the sandbox's controllers, playing virt-handler) write
them after `virtctl pause`; one sandbox test through the real engine, libvirt and
`kubevirt-sandbox pause`.
"""

from __future__ import annotations

import subprocess
import time
from typing import Any

import pytest
from test_domain_facts import FakeBackend, domain_xml, vm_of, vmi

import pulumi_kubevirt as kv
from kubevirt_sandbox import pausing
from pulumi_kubevirt_provider import findings, kube
from pulumi_kubevirt_provider.domain import access, check, compare

# The VMI conditions virt-handler writes for a pause made with `virtctl pause`.
PAUSED_BY_USER = [
    {
        "type": "Ready",
        "status": "False",
        "reason": "ReadinessGatesNotReady",
        "message": 'the status of pod readiness gate "kubevirt.io/virtual-machine-unpaused" is not "True", '
        "but False",
    },
    {"type": "Paused", "status": "True", "reason": "PausedByUser", "message": "VMI was paused by user"},
]


def paused_vm_and_vmi(conditions: list[dict[str, Any]]) -> tuple[dict[str, Any], dict[str, Any]]:
    running = vmi()
    running["status"]["conditions"] = conditions
    vm = vm_of(running["spec"], ready=False)
    vm["status"]["printableStatus"] = "Paused" if conditions else "Running"
    return vm, running


def test_a_pause_through_kubevirt_is_intent_not_drift_and_the_preview_says_so() -> None:
    vm, paused = paused_vm_and_vmi(PAUSED_BY_USER)
    report = check.inspect(FakeBackend(access.Reading("paused", domain_xml(), True)), vm, paused)
    assert report.drift == [], "not drift: nothing for up to resume"
    assert report.pending_lines() == [findings.PAUSED_BY_KUBEVIRT]
    assert "virtctl pause" in report.pending_lines()[0] and "leaves it paused" in report.pending_lines()[0]
    assert report.summary() is not None and report.summary()["state"] == "paused"


def test_a_pause_kubevirt_does_not_know_about_is_drift_that_up_resumes() -> None:
    vm, suspended = paused_vm_and_vmi([])  # virsh suspend: the VMI says nothing
    report = check.inspect(FakeBackend(access.Reading("paused", domain_xml(), True)), vm, suspended)
    assert report.lines() == ["domain run state paused, declared running (changed outside Pulumi)"]
    assert report.repairs() == {compare.RESUME}
    assert findings.line(report.plan("Always")).startswith(
        "up resumes the domain (a pause KubeVirt does not know about"
    )
    assert findings.PAUSED_BY_KUBEVIRT not in report.pending_lines()


def test_a_pause_after_an_io_error_is_not_intent() -> None:
    io_error = [dict(PAUSED_BY_USER[1], reason="PausedIOError", message="VMI was paused, low-level IO error")]
    vm, paused = paused_vm_and_vmi(io_error)
    report = check.inspect(FakeBackend(access.Reading("paused", domain_xml(), True)), vm, paused)
    assert [f.field for f in report.drift] == ["run state"]


def test_the_paused_condition_without_a_paused_domain_changes_nothing() -> None:
    vm, vmi_ = paused_vm_and_vmi(PAUSED_BY_USER)  # the condition lags an unpause by one pass
    vm["status"]["ready"] = True
    report = check.inspect(FakeBackend(access.Reading("running", domain_xml(), True)), vm, vmi_)
    assert report.drift == [] and report.pending_lines() == []


def spec() -> dict[str, Any]:
    return {
        "runStrategy": "Always",
        "template": {
            "spec": {
                "domain": {
                    "devices": {"disks": [{"name": "root", "disk": {"bus": "virtio"}}]},
                    "resources": {"requests": {"memory": "128Mi"}},
                },
                "volumes": [
                    {
                        "name": "root",
                        "containerDisk": {"image": "quay.io/kubevirt/cirros-container-disk-demo"},
                    }
                ],
            }
        },
    }


@pytest.mark.pulumi
@pytest.mark.controlplane
@pytest.mark.libvirt
@pytest.mark.parametrize("transport", ["plugin"])
def test_virtctl_pause_is_left_alone_and_virsh_suspend_is_resumed(
    sandbox_stacks: Any, sandbox_cluster: kube.Cluster, sandbox_namespace: str, sandbox: Any
) -> None:
    stack = sandbox_stacks.new(lambda: kv.VirtualMachine("held", spec=spec()), sandbox_namespace)
    stack.up(on_output=sandbox_stacks.say)
    ref = f"{sandbox_namespace}/held"

    def preview() -> tuple[dict[str, int], str]:
        sandbox_stacks.outputs.clear()
        result = stack.preview(on_output=sandbox_stacks.say)
        changes = {k: v for k, v in result.change_summary.items() if v and k != "same"}
        return changes, "\n".join(sandbox_stacks.outputs)

    # Through KubeVirt (what `virtctl pause` does): intent. The preview says so and is clean.
    pausing.pause(sandbox, ref)
    changes, text = preview()
    assert changes == {}, text
    assert f"held: {findings.PAUSED_BY_KUBEVIRT}" in text
    up = stack.up(on_output=sandbox_stacks.say)
    assert {k: v for k, v in up.summary.resource_changes.items() if k != "same"} == {}
    vmi = sandbox_cluster.get(kube.VMI, sandbox_namespace, "held")
    node = vmi["status"]["nodeName"]
    uri = sandbox.libvirt_uri_template.replace("{node}", node)
    domain = f"{sandbox_namespace}_held"
    virsh = ["virsh", "-c", uri]
    assert (
        subprocess.run([*virsh, "domstate", domain], capture_output=True, text=True).stdout.strip()
        == "paused"
    )
    pausing.unpause(sandbox, ref)

    # Behind KubeVirt's back: drift, and up resumes it.
    subprocess.run([*virsh, "suspend", domain], check=True, capture_output=True)
    time.sleep(2)  # a controllers' pass: they must not call it KubeVirt's pause
    changes, text = preview()
    assert changes == {"update": 1}, text
    assert "held: domain run state paused, declared running (changed outside Pulumi)" in text
    assert "a pause KubeVirt does not know about" in text
    stack.up(on_output=sandbox_stacks.say)
    assert (
        subprocess.run([*virsh, "domstate", domain], capture_output=True, text=True).stdout.strip()
        == "running"
    )
    changes, text = preview()
    assert changes == {}, text
