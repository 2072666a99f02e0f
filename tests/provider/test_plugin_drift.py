"""Drift a PR pipeline can read: through the resource plugin, hand-made changes reach the engine's
JSON (the step's `detailedDiff` names the field, and a diagnostic carries the resource's URN).

The engine events the Automation API receives are what `pulumi preview --json` prints as
`steps[].detailedDiff` and `diagnostics[].urn`.
"""

from __future__ import annotations

import subprocess
import time
from pathlib import Path
from typing import Any

import pytest
from conftest import Stacks

import pulumi_kubevirt as kv
from pulumi_kubevirt_provider import findings, kube

pytestmark = [pytest.mark.pulumi, pytest.mark.controlplane, pytest.mark.libvirt]

MEMORY = "128Mi"


def spec() -> dict[str, Any]:
    return {
        "runStrategy": "Always",
        "template": {
            "spec": {
                "terminationGracePeriodSeconds": 0,
                "domain": {
                    "devices": {"disks": [{"name": "containerdisk", "disk": {"bus": "virtio"}}]},
                    "resources": {"requests": {"memory": MEMORY}},
                },
                "volumes": [
                    {
                        "name": "containerdisk",
                        "containerDisk": {"image": "quay.io/kubevirt/cirros-container-disk-demo"},
                    }
                ],
            }
        },
    }


def preview(stack: Any, stacks: Stacks) -> tuple[dict[str, Any], list[Any]]:
    events: list[Any] = []
    stack.preview(on_output=stacks.say, on_event=events.append)
    steps = {
        e.resource_pre_event.metadata.urn: e.resource_pre_event.metadata
        for e in events
        if e.resource_pre_event
    }
    return steps, [e.diagnostic_event for e in events if e.diagnostic_event]


def step_of(steps: dict[str, Any], name: str) -> Any:
    return next(step for urn, step in steps.items() if urn.endswith(f"::{name}"))


def test_domain_and_cluster_drift_are_paths_in_the_detailed_diff_and_urn_attributed_diagnostics(
    pulumi_env: dict[str, str],
    sandbox: Any,
    sandbox_cluster: kube.Cluster,
    sandbox_namespace: str,
    venv_dir: str,
    tmp_path: Path,
) -> None:
    config = {
        "kubevirt:domainAccess": "libvirt",
        "kubevirt:libvirtUri": sandbox.libvirt_uri_template,
        "kubevirt:transport": "plugin",
    }
    stacks = Stacks(pulumi_env, sandbox.kubeconfig, venv_dir, tmp_path, config)

    def program() -> None:
        vm = kv.VirtualMachine("vm-pr", spec=spec())
        kv.VirtualMachineService("svc-pr", vm=vm, ports=[(2222, 22)], type="NodePort")

    stack = stacks.new(program, sandbox_namespace)
    try:
        stack.up(on_output=stacks.say)
        ns, cluster = sandbox_namespace, sandbox_cluster

        # virsh setmem behind Pulumi's back: domain drift.
        vmi = cluster.get(kube.VMI, ns, "vm-pr")
        assert vmi is not None
        uri = sandbox.libvirt_uri_template.replace("{node}", vmi["status"]["nodeName"])
        subprocess.run(
            ["virsh", "-c", uri, "setmem", f"{ns}_vm-pr", "98304", "--live"], check=True, timeout=60
        )
        deadline = time.monotonic() + 60
        while (
            "<currentMemory unit='KiB'>98304<"
            not in subprocess.run(
                ["virsh", "-c", uri, "dumpxml", f"{ns}_vm-pr"], capture_output=True, text=True, check=True
            ).stdout
        ):
            assert time.monotonic() < deadline, "the balloon never showed 96Mi"
            time.sleep(0.5)
        steps, diagnostics = preview(stack, stacks)
        vm_step = step_of(steps, "vm-pr")
        assert vm_step.op == "update"
        memory = vm_step.detailed_diff["domain.currentMemory"]
        assert memory.diff_kind == "update" and memory.input_diff is False
        assert any(
            d.urn == vm_step.urn
            and "vm-pr: domain memory 96Mi, declared 128Mi (changed outside Pulumi)" in d.message
            for d in diagnostics
        ), [(d.urn, d.message) for d in diagnostics]
        assert step_of(steps, "svc-pr").op == "same"
        stack.up(on_output=stacks.say)

        # kubectl edit of the VM's memory and of the Service's port: cluster drift.
        for kind, name, patch in (
            (
                kube.VM,
                "vm-pr",
                {"spec": {"template": {"spec": {"domain": {"resources": {"requests": {"memory": "96Mi"}}}}}}},
            ),
            (
                kube.SERVICE,
                "svc-pr",
                {"spec": {"ports": [{"port": 2200, "targetPort": 22, "protocol": "TCP"}]}},
            ),
        ):
            cluster.request(
                "PATCH",
                kind.path(ns, name),
                query={"fieldManager": "kubectl-edit"},
                body=patch,
                content_type="application/merge-patch+json",
            )
        steps, diagnostics = preview(stack, stacks)
        vm_step, svc_step = step_of(steps, "vm-pr"), step_of(steps, "svc-pr")
        path = "spec.template.spec.domain.resources.requests.memory"
        assert vm_step.detailed_diff[path].input_diff is False
        assert svc_step.detailed_diff["spec.ports[0].port"].input_diff is False
        messages = {(d.urn, d.message.strip()) for d in diagnostics}
        assert (
            svc_step.urn,
            "svc-pr: spec.ports[0].port is 2200 in the cluster, declared 2222 (changed outside Pulumi)",
        ) in messages

        stack.up(on_output=stacks.say)
        stack.preview(on_output=stacks.say, expect_no_changes=True)
    finally:
        stacks.cleanup()


def test_a_declared_change_and_cluster_drift_preview_together_each_with_its_cause(
    fake_virt_controller: Any, stacks: Stacks, cluster: kube.Cluster, namespace: str, transport: str
) -> None:
    """Issue 21, items 1 and 2, over both transports: a VM halted with kubectl while the program
    changes its memory and a version label from "1.1" to "1.10". The preview names all three,
    the halt as drift; `up` applies the label and (as the preview said) runs the VM again."""
    declared = {"memory": MEMORY, "version": "1.1"}

    def program() -> None:
        s = spec()
        s["template"]["spec"]["domain"]["resources"]["requests"]["memory"] = declared["memory"]
        kv.VirtualMachine(
            "vm-both", spec=s, metadata={"labels": {"app.kubernetes.io/version": declared["version"]}}
        )

    stack = stacks.new(program, namespace)
    stack.up(on_output=stacks.say)
    cluster.request(
        "PATCH",
        kube.VM.path(namespace, "vm-both"),
        query={"fieldManager": "kubectl-edit"},
        body={"spec": {"runStrategy": "Halted"}},
        content_type="application/merge-patch+json",
    )
    declared.update(memory="256Mi", version="1.10")
    stacks.outputs.clear()
    steps, diagnostics = preview(stack, stacks)
    vm_step = step_of(steps, "vm-both")
    assert vm_step.op == "update"
    drift_line = (
        "vm-both: spec.runStrategy is 'Halted' in the cluster, declared 'Always' (changed outside Pulumi)"
    )
    assert drift_line in "\n".join(stacks.outputs)
    # The same finding as data, for the report: the plugin's diagnostic carries the URN, the
    # dynamic transport's stderr line names the object.
    drift = findings.ClusterDrift("spec.runStrategy", "Always", "Halted")
    machine = [
        (d.urn, decoded)
        for d in diagnostics
        for line in d.message.splitlines()
        if (decoded := findings.decode(line.strip())) and ("vm-both", drift) in decoded.findings
    ]
    assert machine, [d.message for d in diagnostics]
    if transport == "plugin":
        assert {urn for urn, _ in machine} == {vm_step.urn}
    else:
        assert {(d.kind, d.object) for _, d in machine} == {("VirtualMachine", f"{namespace}/vm-both")}
    if transport == "plugin":
        detailed = {p: d.input_diff for p, d in vm_step.detailed_diff.items()}
        assert detailed == {
            "spec.template.spec.domain.resources.requests.memory": True,
            'metadata.labels["app.kubernetes.io/version"]': True,
            "spec.runStrategy": False,
        }
        assert any(d.urn == vm_step.urn and drift_line in d.message for d in diagnostics)

    stack.up(on_output=stacks.say)
    live = cluster.get(kube.VM, namespace, "vm-both")
    assert live is not None
    assert live["metadata"]["labels"]["app.kubernetes.io/version"] == "1.10"
    assert live["spec"]["runStrategy"] == "Always"
    assert live["spec"]["template"]["spec"]["domain"]["resources"]["requests"]["memory"] == "256Mi"
    stack.preview(on_output=stacks.say, expect_no_changes=True)
