"""`kubevirt-sandbox` brings the sandbox up, shows it, prints its environment and stops it cleanly."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from kubevirt_sandbox import process

pytestmark = [pytest.mark.controlplane, pytest.mark.libvirt]

CLI = [sys.executable, "-m", "kubevirt_sandbox.cli"]


def sandbox(directory: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*CLI, "--dir", str(directory), *args], capture_output=True, text=True, timeout=300)


def recorded_pids(directory: Path) -> list[int]:
    state = json.loads((directory / "state.json").read_text())
    plane = state["plane"]
    return [
        plane["etcd_pid"],
        plane["apiserver_pid"],
        plane["controller_manager_pid"],
        *(n["pid"] for n in state["nodes"]),
    ]


def test_up_status_env_and_down_leave_no_process_or_mount_behind(tmp_path: Path) -> None:
    up = sandbox(tmp_path, "up", "--nodes", "2")
    assert up.returncode == 0, up.stderr
    assert up.stdout.splitlines()[0] == f"export KUBECONFIG={tmp_path.resolve()}/controlplane/kubeconfig"
    assert "CRDs established" in up.stderr
    pids = recorded_pids(tmp_path)
    assert len(pids) == 5 and all(process.alive(p) for p in pids)
    try:
        status = sandbox(tmp_path, "status")
        assert status.returncode == 0, status.stdout + status.stderr
        assert status.stdout.startswith("sandbox: up")
        assert "VMs: 0" in status.stdout and "DataVolumes: 0" in status.stdout
        assert "sandbox-node-1" in status.stdout and "sandbox-node-2" in status.stdout

        env = sandbox(tmp_path, "env")
        assert env.stdout.splitlines()[0] == up.stdout.splitlines()[0]

        again = sandbox(tmp_path, "up")
        assert again.returncode == 0 and "already up" in again.stderr
        assert recorded_pids(tmp_path) == pids
    finally:
        down = sandbox(tmp_path, "down")
    assert down.returncode == 0, down.stderr
    assert not any(process.alive(p) for p in pids)
    assert str(tmp_path) not in Path("/proc/mounts").read_text()
    assert sandbox(tmp_path, "status").stdout.strip() == "sandbox: down"


def test_up_after_a_crash_cleans_up_and_starts_again(tmp_path: Path) -> None:
    assert sandbox(tmp_path, "up", "--nodes", "1").returncode == 0
    old = recorded_pids(tmp_path)
    try:
        os.kill(old[0], signal.SIGKILL)  # etcd dies
        status = sandbox(tmp_path, "status")
        assert status.returncode == 1 and "DEGRADED" in status.stdout and "NOT RUNNING" in status.stdout
        assert "kubevirt-sandbox up" in status.stdout  # says how to repair, without waiting on the dead etcd
        up = sandbox(tmp_path, "up", "--nodes", "1")
        assert up.returncode == 0, up.stderr
        assert "no longer whole" in up.stderr
        new = recorded_pids(tmp_path)
        assert not any(process.alive(p) for p in old)
        assert all(process.alive(p) for p in new)
    finally:
        assert sandbox(tmp_path, "down").returncode == 0


def test_env_without_a_running_sandbox_says_how_to_start_it(tmp_path: Path) -> None:
    result = sandbox(tmp_path, "env")
    assert result.returncode == 1 and "kubevirt-sandbox up" in result.stderr
