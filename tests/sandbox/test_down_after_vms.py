"""`kubevirt-sandbox down` after VMs ran (and migrated) leaves no process and no domain behind."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
import sandbox_helpers as helpers
from sandbox_helpers import wait_for

from kubevirt_sandbox import process
from kubevirt_sandbox.controllers import kube as kube_module

pytestmark = [pytest.mark.controlplane, pytest.mark.libvirt]

CLI = [sys.executable, "-m", "kubevirt_sandbox.cli"]


def processes_mentioning(text: str) -> list[str]:
    found = []
    for pid in filter(str.isdigit, os.listdir("/proc")):
        try:
            cmd = Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
        except OSError:
            continue
        if text in cmd and int(pid) != os.getpid():
            found.append(f"{pid}: {cmd[:200]}")
    return found


def test_down_stops_controllers_daemons_and_every_guest(tmp_path: Path) -> None:
    up = subprocess.run([*CLI, "--dir", str(tmp_path), "up"], capture_output=True, text=True, timeout=300)
    assert up.returncode == 0, up.stderr
    assert "controllers running" in up.stderr
    state = json.loads((tmp_path / "state.json").read_text())
    pids = [state["plane"]["etcd_pid"], state["plane"]["apiserver_pid"], state["controllers_pid"]]
    pids += [n["pid"] for n in state["nodes"]]
    assert all(process.alive(p) for p in pids)
    try:
        k = kube_module.Kube(state["plane"]["kubeconfig"])
        try:
            k.create("VirtualMachine", helpers.cirros("leftover", "Always"))
            wait_for("the guest", lambda: helpers.ready_vmi(k, "leftover"), timeout=60)
            k.create(
                "VirtualMachineInstanceMigration",
                {
                    "apiVersion": "kubevirt.io/v1",
                    "kind": "VirtualMachineInstanceMigration",
                    "metadata": {"name": "leftover-move", "namespace": "default"},
                    "spec": {"vmiName": "leftover"},
                },
            )
            wait_for(
                "the migration",
                lambda: (
                    (
                        (k.get("VirtualMachineInstanceMigration", "default", "leftover-move") or {}).get(
                            "status"
                        )
                        or {}
                    ).get("phase")
                    == "Succeeded"
                ),
                timeout=60,
            )
            assert processes_mentioning(str(tmp_path / "vmis")), "no QEMU runs the guest?"
        finally:
            k.close()
        logs = subprocess.run(
            [*CLI, "--dir", str(tmp_path), "logs"], capture_output=True, text=True, timeout=30
        )
        assert "guest is up" in logs.stdout
    finally:
        down = subprocess.run(
            [*CLI, "--dir", str(tmp_path), "down"], capture_output=True, text=True, timeout=300
        )
    assert down.returncode == 0, down.stderr
    assert not [p for p in pids if process.alive(p)]
    assert processes_mentioning(str(tmp_path)) == []
    assert str(tmp_path) not in Path("/proc/mounts").read_text()
