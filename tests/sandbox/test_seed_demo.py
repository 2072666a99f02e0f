"""The seed's own workflow, unchanged: its VM (64M, the CirrOS demo image) and its NodePort Service
applied with kubectl, then `ssh -p 30000 cirros@127.0.0.1` with the password and with a key from
user data, again after a live migration, and a stop that powers the guest off by ACPI.

One boot of each VM is shared by the tests of this module (they run in file order).
"""

from __future__ import annotations

import subprocess
import time
from pathlib import Path
from typing import Any

import paramiko
import pytest
import sandbox_helpers as helpers
from sandbox_helpers import wait_for

from kubevirt_sandbox import tools

pytestmark = [pytest.mark.controlplane, pytest.mark.libvirt]

SEED = Path(__file__).resolve().parent / "seed"
KEYED = "cirros-keyed"
ACPI_LINE = b"kubevirt-sandbox-demo: ACPI power button: powering off"


def kubectl(sandbox: Any, *args: str) -> str:
    cmd = [str(tools.find("kubectl")), "--kubeconfig", sandbox.kubeconfig, *args]
    result = subprocess.run(cmd, capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, f"kubectl {' '.join(args)}: {result.stdout}{result.stderr}"
    return result.stdout


def keyed_vm(public_key: str) -> dict[str, Any]:
    """The seed's VM with a #cloud-config user data (hostname, ssh_authorized_keys, runcmd)."""
    user_data = "\n".join(
        [
            "#cloud-config",
            "hostname: keyed-guest",
            "ssh_authorized_keys:",
            f"  - {public_key}",
            "runcmd:",
            "  - echo runcmd-ran > /run/runcmd-mark",
            '  - [ sh, -c, "echo list-form >> /run/runcmd-mark" ]',
            "",
        ]
    )
    vm = helpers.cirros(KEYED, "Always", memory="64M")
    vm["spec"]["template"]["spec"]["volumes"][1]["cloudInitNoCloud"] = {"userData": user_data}
    return vm


def ssh_run(port: int, command: str, password: str | None = None, key: Any = None) -> str:
    client = paramiko.SSHClient()
    client.set_missing_host_key_policy(paramiko.AutoAddPolicy())  # host keys are made at first boot
    try:
        client.connect(
            "127.0.0.1",
            port=port,
            username="cirros",
            password=password,
            pkey=key,
            look_for_keys=False,
            allow_agent=False,
            timeout=20,
            banner_timeout=30,
            auth_timeout=30,
        )
        _, out, err = client.exec_command(command, timeout=30)
        text = out.read().decode()
        assert out.channel.recv_exit_status() == 0, f"{command}: {text}{err.read().decode()}"
        return text
    finally:
        client.close()


def ssh_eventually(port: int, command: str, **auth: Any) -> str:
    """The first successful run (the forward to a just-ready guest may need a moment)."""
    last: Exception | None = None
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            return ssh_run(port, command, **auth)
        except (OSError, paramiko.SSHException) as exc:
            last = exc
            time.sleep(1)
    raise AssertionError(f"ssh -p {port} {command!r} never succeeded: {last!r}")


def serial(sandbox: Any, name: str) -> bytes:
    out = b""
    for path in (Path(sandbox.directory) / "vmis").glob(f"default_{name}_*/serial0.log"):
        try:
            out += path.read_bytes()
        except OSError:
            pass
    return out


@pytest.fixture(scope="module")
def seed(sandbox: Any) -> Any:
    from kubevirt_sandbox.controllers import kube as kube_module

    k = kube_module.Kube(sandbox.kubeconfig)
    key = paramiko.RSAKey.generate(2048)
    kubectl(sandbox, "apply", "-n", "default", "-f", str(SEED / "vm.yaml"), "-f", str(SEED / "service.yaml"))
    k.create("VirtualMachine", keyed_vm(f"{key.get_name()} {key.get_base64()} test@seed"))
    keyed_svc = k.create(
        "Service",
        {
            "apiVersion": "v1",
            "kind": "Service",
            "metadata": {"name": f"{KEYED}-ssh", "namespace": "default"},
            "spec": {
                "type": "NodePort",
                "selector": {"kubevirt.io/vm": KEYED},
                "ports": [{"port": 22, "targetPort": 22}],
            },
        },
    )
    try:
        yield {"kube": k, "key": key, "keyed_port": keyed_svc["spec"]["ports"][0]["nodePort"]}
    finally:
        for name in ("cirros-vm", KEYED):
            if k.get("VirtualMachine", "default", name) is not None:
                helpers.delete_vm(k, name, timeout=90)
        for svc in ("cirros-vm-ssh", f"{KEYED}-ssh"):
            if k.get("Service", "default", svc) is not None:
                k.delete("Service", "default", svc)
        k.close()


def test_the_seed_vm_applied_with_kubectl_is_ready_at_64m(seed: Any, sandbox: Any) -> None:
    k = seed["kube"]
    vmi = wait_for("the seed VM to be Ready", lambda: helpers.ready_vmi(k, "cirros-vm"), timeout=120)
    assert vmi["spec"]["domain"]["resources"]["requests"]["memory"] == "64M"
    xml = helpers.domain_xml(sandbox, vmi["status"]["nodeName"], "default_cirros-vm")
    # 64M = 64,000,000 bytes; libvirt rounds the domain's memory to whole MiB: 62 MiB.
    assert "<memory unit='KiB'>63488</memory>" in xml, xml
    wait_for("the keyed VM to be Ready", lambda: helpers.ready_vmi(k, KEYED), timeout=120)
    # The getty on the serial console follows the readiness line (login cirros/gocubsgo).
    log = wait_for("a login prompt on ttyS0", lambda: b"cirros-vm login:" in serial(sandbox, "cirros-vm"))
    assert log


def test_ssh_on_node_port_30000_logs_in_with_the_password(seed: Any) -> None:
    out = ssh_eventually(30000, "uname -a; hostname; id -un", password="gocubsgo")
    uname, hostname, user = out.splitlines()
    assert uname.startswith("Linux cirros-vm ") and "x86_64" in uname, out
    assert (hostname, user) == ("cirros-vm", "cirros")


def test_ssh_logs_in_with_the_key_from_cloud_config_and_runcmd_ran(seed: Any) -> None:
    out = ssh_eventually(seed["keyed_port"], "uname -a; cat /run/runcmd-mark", key=seed["key"])
    assert out.startswith("Linux keyed-guest "), out  # hostname from #cloud-config
    assert out.splitlines()[1:] == ["runcmd-ran", "list-form"]
    with pytest.raises(paramiko.AuthenticationException):
        ssh_run(seed["keyed_port"], "true", password="wrong")


def test_ssh_on_30000_after_a_live_migration(seed: Any, sandbox: Any) -> None:
    k = seed["kube"]
    source = helpers.ready_vmi(k, "cirros-vm")["status"]["nodeName"]
    k.create(
        "VirtualMachineInstanceMigration",
        {
            "apiVersion": "kubevirt.io/v1",
            "kind": "VirtualMachineInstanceMigration",
            "metadata": {"name": "cirros-vm-move", "namespace": "default"},
            "spec": {"vmiName": "cirros-vm"},
        },
    )
    phase = wait_for(
        "the migration to finish",
        lambda: (
            (
                (k.get("VirtualMachineInstanceMigration", "default", "cirros-vm-move") or {}).get("status")
                or {}
            ).get("phase")
            in ("Succeeded", "Failed")
            and k.get("VirtualMachineInstanceMigration", "default", "cirros-vm-move")["status"]["phase"]
        ),
        timeout=90,
    )
    assert phase == "Succeeded"
    vmi = helpers.ready_vmi(k, "cirros-vm")
    assert vmi["status"]["nodeName"] != source
    out = ssh_eventually(30000, "uname -a", password="gocubsgo")
    assert out.startswith("Linux cirros-vm "), out


def test_stopping_the_vm_powers_the_guest_off_by_acpi(seed: Any, sandbox: Any) -> None:
    k = seed["kube"]
    k.patch("VirtualMachine", "default", "cirros-vm", {"spec": {"running": False}})
    seen = b""

    def gone() -> bool:
        nonlocal seen
        seen += serial(sandbox, "cirros-vm")
        return helpers.vmi_of(k, "cirros-vm") is None

    wait_for("the VMI to be gone", gone, timeout=60, period=0.1)
    # The guest's acpid saw the power button and powered off: the sandbox did not destroy it
    # after the 15 s grace.
    assert ACPI_LINE in seen, seen[-2000:]
    assert b"kubevirt-sandbox-demo: shutting down" in seen
