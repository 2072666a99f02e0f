"""`pulumi up` of a VM whose domain cannot start fails within a minute with libvirt's reason; once
the program is fixed, the next `up` converges.

Against the sandbox: its VM controller backs off (CrashLoopBackOff) and copies the VMI's
Synchronized=False message to the VM; the provider's wait fails after the second failed start.
"""

from __future__ import annotations

import time
from typing import Any

import pulumi
import pytest
from pulumi import automation as auto
from test_sandbox_stacks import cirros_spec

import pulumi_kubevirt as kv
from pulumi_kubevirt_provider import kube

pytestmark = [pytest.mark.pulumi, pytest.mark.controlplane, pytest.mark.libvirt]


def test_up_of_a_vm_with_a_cpu_model_libvirt_does_not_know_fails_within_a_minute_saying_why(
    sandbox_stacks: Any, sandbox_cluster: kube.Cluster, sandbox_namespace: str
) -> None:
    spec = cirros_spec()
    spec["template"]["spec"]["domain"]["cpu"] = {"model": "NoSuchModel"}

    def program() -> None:
        vm = kv.VirtualMachine("nocpu", spec=spec)
        pulumi.export("ready", vm.ready)

    stack = sandbox_stacks.new(program, sandbox_namespace)
    started = time.monotonic()
    with pytest.raises(auto.CommandError) as err:
        stack.up(on_output=sandbox_stacks.say)
    took = time.monotonic() - started
    print(f"up failed after {took:.1f}s")
    message = str(err.value)
    assert "Unknown CPU model NoSuchModel" in message
    assert "failed to start 2 times in a row" in message
    assert took < 60
    progress = "\n".join(sandbox_stacks.outputs)
    assert "CrashLoopBackOff: internal error: Unknown CPU model NoSuchModel" in progress

    # The fix: the next `up` waits out KubeVirt's backoff for the new template instead of failing on
    # the old template's two failed starts (issue 21 item 13).
    del spec["template"]["spec"]["domain"]["cpu"]
    up = stack.up(on_output=sandbox_stacks.say)
    assert up.outputs["ready"].value is True
    assert "CrashLoopBackOff from the previous template" in "\n".join(sandbox_stacks.outputs)
