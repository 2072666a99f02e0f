"""scripts/demo.sh as a new user meets it: the SSH check prints the server's banner line and
nothing after it, and the closing tear-down line works as printed in a new shell."""

from __future__ import annotations

import os
import re
import shutil
import socket
import subprocess
import tempfile
import threading
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
DEMO = ROOT / "scripts" / "demo.sh"


def _source(
    snippet: str, env: dict[str, str] | None = None, timeout: float = 30
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["bash", "-c", f"source {DEMO}; {snippet}"], capture_output=True, text=True, timeout=timeout, env=env
    )


def test_the_ssh_check_prints_the_banner_line_only() -> None:
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(1)

    def serve() -> None:
        conn, _ = server.accept()
        # what dropbear sends: its banner, then at once the binary KEXINIT packet
        conn.sendall(b"SSH-2.0-dropbear_2022.83\r\n\x00\x00\x01\x14\x0a\x14" + bytes(range(256)))
        try:
            conn.recv(1)  # until the client hangs up
        except OSError:
            pass
        conn.close()

    t = threading.Thread(target=serve, daemon=True)
    t.start()
    port = server.getsockname()[1]
    result = _source(f"ssh_banner 127.0.0.1 {port}")
    server.close()
    assert result.stdout == "SSH-2.0-dropbear_2022.83\n"
    assert result.stderr == ""  # no "ignored null byte in input"


def test_the_ssh_check_prints_nothing_when_nothing_answers() -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]  # closed again: nothing listens there
    result = _source(f"ssh_banner 127.0.0.1 {port}")
    assert result.returncode == 0 and result.stdout == ""


def test_the_tear_down_line_is_an_absolute_command_carrying_the_settings_a_new_shell_lacks(
    tmp_path: Path,
) -> None:
    env = {"PATH": os.environ["PATH"], "KUBEVIRT_SANDBOX_DIR": str(tmp_path / "my sandbox")}
    line = _source("teardown_command", env).stdout.strip()
    assert line == f"KUBEVIRT_SANDBOX_DIR={tmp_path}/my\\ sandbox {DEMO} --down"
    env["PULUMI_CONFIG_PASSPHRASE"] = "hunter2"
    line = _source("teardown_command", env).stdout.strip()
    assert "hunter2" not in line and "PULUMI_CONFIG_PASSPHRASE=<your passphrase>" in line


def test_the_tear_down_line_works_in_a_new_empty_shell_when_nothing_runs(tmp_path: Path) -> None:
    env = {"PATH": os.environ["PATH"], "KUBEVIRT_SANDBOX_DIR": str(tmp_path / "state")}
    line = _source("teardown_command", env).stdout.strip()
    result = subprocess.run(
        ["env", "-i", "bash", "-c", f"cd / && {line}"], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    assert "passphrase" not in result.stderr and "command not found" not in result.stderr


@pytest.mark.controlplane
@pytest.mark.libvirt
@pytest.mark.pulumi
def test_the_printed_tear_down_destroys_the_demo_stack_and_stops_the_sandbox_from_a_new_empty_shell(
    tmp_path: Path,
) -> None:
    """The demo's own steps (fast boots, one node, the sandbox in a folder of its own), then the
    printed line run by `env -i`: no PATH to the Pulumi CLI, no passphrase, another directory."""
    # a short folder: libvirt's socket path under it must fit a unix socket address (108 bytes)
    state = Path(tempfile.mkdtemp(prefix="demo-", dir="/tmp"))
    env = dict(os.environ, KUBEVIRT_SANDBOX_DIR=str(state))
    env.pop("PULUMI_CONFIG_PASSPHRASE", None)
    cli = str(ROOT / ".venv" / "bin" / "kubevirt-sandbox")
    subprocess.run(
        [cli, "up", "--fast=2", "--nodes=1"], check=True, env=env, capture_output=True, timeout=300
    )
    try:
        deploy = _source(
            'cd "$(demo_root)" && demo_env && pulumi stack select --create demo >/dev/null'
            ' && pulumi config set kubevirt:kubeconfig "$KUBECONFIG"'
            " && pulumi up --yes --skip-preview >/dev/null"
            " && pulumi stack output ssh_node_port && teardown_command",
            env,
            timeout=900,
        )
        assert deploy.returncode == 0, deploy.stderr[-3000:]
        port, line = deploy.stdout.strip().splitlines()[-2:]
        assert port.isdigit() and line.endswith(" --down") and "KUBEVIRT_SANDBOX_DIR=" in line

        down = subprocess.run(
            ["env", "-i", "bash", "-c", f"cd / && {line}"], capture_output=True, text=True, timeout=600
        )
        assert down.returncode == 0, (down.stdout + down.stderr)[-3000:]
        assert "passphrase" not in down.stderr and "command not found" not in down.stderr
        deleted = re.search(r"(\d+) deleted", down.stdout)
        assert deleted and int(deleted.group(1)) >= 2, down.stdout[-2000:]  # the VM, its Service, ...
        status = subprocess.run([cli, "status"], env=env, capture_output=True, text=True, timeout=60)
        assert status.stdout.startswith("sandbox: down")
    finally:
        subprocess.run([cli, "down"], env=env, capture_output=True, timeout=300)
        shutil.rmtree(state, ignore_errors=True)
