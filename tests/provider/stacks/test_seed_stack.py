"""The seed's VM (64M, the CirrOS demo image) through the provider, in a small Pulumi program:
Ready at 64M, and `ssh cirros@127.0.0.1 -p <nodePort>` with the password runs in the guest."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import paramiko
import pulumi
import pytest
import yaml

import pulumi_kubevirt as kv

pytestmark = [pytest.mark.pulumi, pytest.mark.controlplane, pytest.mark.libvirt]

SEED_VM = Path(__file__).resolve().parents[2] / "sandbox" / "seed" / "vm.yaml"


def uname_over_ssh(port: int) -> str:
    last: Exception | None = None
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        client = paramiko.SSHClient()
        client.set_missing_host_key_policy(paramiko.AutoAddPolicy())
        try:
            client.connect(
                "127.0.0.1",
                port=port,
                username="cirros",
                password="gocubsgo",
                look_for_keys=False,
                allow_agent=False,
                timeout=20,
                banner_timeout=30,
            )
            _, out, _ = client.exec_command("uname -a", timeout=30)
            return str(out.read().decode())
        except (OSError, paramiko.SSHException) as exc:
            last = exc
            time.sleep(1)
        finally:
            client.close()
    raise AssertionError(f"ssh -p {port} never succeeded: {last!r}")


@pytest.mark.parametrize("transport", ["plugin"], indirect=True)  # one real boot is enough here
def test_the_seed_vm_through_the_provider_is_ready_at_64m_and_takes_ssh(
    sandbox_stacks: Any, sandbox_namespace: str
) -> None:
    seed = yaml.safe_load(SEED_VM.read_text())

    def program() -> None:
        vm = kv.VirtualMachine(seed["metadata"]["name"], spec=seed["spec"])
        svc = kv.VirtualMachineService("cirros-vm-ssh", vm=vm, ports=[(27017, 22)], type="NodePort")
        pulumi.export("ready", vm.ready)
        pulumi.export("port", svc.node_ports)

    stack = sandbox_stacks.new(program, sandbox_namespace)
    up = stack.up(on_output=sandbox_stacks.say)
    assert up.outputs["ready"].value is True
    out = uname_over_ssh(up.outputs["port"].value[0])
    assert out.startswith("Linux cirros-vm "), out
    preview = stack.preview(on_output=sandbox_stacks.say)  # `running: true` as written: no diff
    assert {k: v for k, v in preview.change_summary.items() if v and k != "same"} == {}
    stack.destroy(on_output=sandbox_stacks.say)
