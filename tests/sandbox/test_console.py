"""``kubevirt-sandbox console``, ``vnc`` and ``screenshot`` on a real guest (one boot for the module).

The console is joined through libvirt (the domain's serial is a pty, its output still logged to
serial0.log for the controllers): what is typed reaches the guest's serial tty and the guest's
answer comes back (a guest with a getty on ttyS0 is logged into as cirros/gocubsgo and runs a
command; the demo guest without one echoes); Ctrl-] leaves. The VNC endpoint speaks RFB; the
screenshot is a PNG that is not one colour. A VMI whose disk bus is not one KubeVirt allows fails
to start, the message naming the field.
"""

from __future__ import annotations

import os
import pty
import select
import socket
import struct
import subprocess
import sys
import time
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import sandbox_helpers as helpers
from sandbox_helpers import wait_for

pytestmark = [pytest.mark.controlplane, pytest.mark.libvirt]

NAME = "console"
CLI = [sys.executable, "-m", "kubevirt_sandbox.cli"]


@pytest.fixture(scope="module")
def running(sandbox: Any) -> Iterator[dict[str, Any]]:
    from kubevirt_sandbox.controllers import kube as kube_module

    k = kube_module.Kube(sandbox.kubeconfig)
    k.create("VirtualMachine", helpers.cirros(NAME, "Always"))
    try:
        yield wait_for("the demo VM Ready", lambda: helpers.ready_vmi(k, NAME), timeout=120)
    finally:
        if k.get("VirtualMachine", "default", NAME) is not None:
            helpers.delete_vm(k, NAME)
        k.close()


def cli(sandbox: Any, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*CLI, "--dir", sandbox.directory, *args], capture_output=True, text=True, timeout=120
    )


def read_until(fd: int, want: bytes, timeout: float) -> bytes:
    seen = b""
    deadline = time.monotonic() + timeout
    while want not in seen:
        left = deadline - time.monotonic()
        assert left > 0, f"no {want!r} on the console within {timeout:.0f}s; saw {seen[-400:]!r}"
        ready, _, _ = select.select([fd], [], [], min(left, 1.0))
        if ready:
            try:
                seen += os.read(fd, 4096)
            except OSError:  # the other side closed
                break
    return seen


def read_for(fd: int, seconds: float) -> bytes:
    seen = b""
    deadline = time.monotonic() + seconds
    while (left := deadline - time.monotonic()) > 0:
        ready, _, _ = select.select([fd], [], [], left)
        if ready:
            seen += os.read(fd, 4096)
    return seen


def test_console_logs_in_to_the_guest_as_cirros_and_ctrl_bracket_leaves(sandbox: Any, running: Any) -> None:
    master, slave = pty.openpty()
    proc = subprocess.Popen(
        [*CLI, "--dir", sandbox.directory, "console", f"default/{NAME}"],
        stdin=slave,
        stdout=slave,
        stderr=slave,
        close_fds=True,
    )
    os.close(slave)
    try:
        transcript = read_until(master, b"escape sequence is ^]", 60)
        # The demo guest runs a getty on ttyS0, as CirrOS does: log in with CirrOS's user and password.
        # Its prompt may have been printed before we attached, or getty may still be starting on a
        # loaded machine: press Enter until a prompt comes.
        deadline = time.monotonic() + 180
        while b"login:" not in transcript:
            assert time.monotonic() < deadline, f"no login prompt on the console; saw {transcript[-400:]!r}"
            os.write(master, b"\r")  # Enter
            transcript += read_for(master, 5)
        os.write(master, b"cirros\r")
        transcript += read_until(master, b"assword:", 60)
        os.write(master, b"gocubsgo\r")
        time.sleep(2)
        os.write(master, b"echo kvs-$((6*7))-ok; uname -a\r")  # 42 only if a shell ran it
        transcript += read_until(master, b"kvs-42-ok", 60)
        assert b"Linux" in transcript + read_for(master, 2), transcript
        os.write(master, b"\x1d")
        assert proc.wait(timeout=30) == 0, transcript
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        os.close(master)
    # Meanwhile the controllers' log of the serial port still has the guest's output.
    log = Path(sandbox.directory).glob(f"vmis/default_{NAME}_*/serial0.log")
    assert any(b"kubevirt-sandbox-demo: ready ip=" in p.read_bytes() for p in log)


def test_vnc_prints_a_loopback_endpoint_that_speaks_rfb_and_asks_for_its_password(
    sandbox: Any, running: Any
) -> None:
    result = cli(sandbox, "vnc", NAME)
    assert result.returncode == 0, result.stderr
    endpoint, password = result.stdout.splitlines()
    host, _, port = endpoint.rpartition(":")
    assert host == "127.0.0.1" and password.startswith("password: ") and len(password) > len("password: ")
    with socket.create_connection((host, int(port)), timeout=10) as s:
        s.settimeout(10)
        version = s.recv(12)
        assert version.startswith(b"RFB 003.00")
        s.sendall(version)
        # Guests reach 127.0.0.1 through user-mode networking: the server asks for VNC
        # authentication (2) and offers no way in without it (None is 1).
        offered = s.recv(64)
        assert offered[0] >= 1 and 2 in offered[1:] and 1 not in offered[1:], offered


def png_colours(data: bytes) -> set[bytes]:
    """The distinct pixels of an 8-bit RGB PNG with filter type 0 rows (what the CLI writes)."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height, depth, colour = struct.unpack(">IIBB", data[16:26])
    assert (depth, colour) == (8, 2)
    idat, pos = b"", 8
    while pos < len(data):
        (length,) = struct.unpack(">I", data[pos : pos + 4])
        if data[pos + 4 : pos + 8] == b"IDAT":
            idat += data[pos + 8 : pos + 8 + length]
        pos += 12 + length
    raw = zlib.decompress(idat)
    stride = 1 + width * 3
    assert len(raw) == stride * height
    return {raw[y * stride + 1 + x * 3 : y * stride + 4 + x * 3] for y in range(height) for x in range(width)}


def test_screenshot_saves_a_png_of_the_screen_that_is_not_blank(
    sandbox: Any, running: Any, tmp_path: Path
) -> None:
    out = tmp_path / "screen.png"
    result = cli(sandbox, "screenshot", f"default/{NAME}", str(out))
    assert result.returncode == 0, result.stderr
    assert len(png_colours(out.read_bytes())) > 1


def test_a_disk_bus_kubevirt_does_not_allow_fails_the_vmi_naming_the_field(sandbox: Any, kube: Any) -> None:
    name = "bad-bus"
    vm = helpers.cirros(name, "Always")
    vm["spec"]["template"]["spec"]["domain"]["devices"]["disks"][0]["disk"] = {"bus": "virtio' device='lun"}
    kube.create("VirtualMachine", vm)
    try:

        def failed() -> dict[str, Any] | None:
            vmi = helpers.vmi_of(kube, name)
            return vmi if vmi and (vmi.get("status") or {}).get("phase") == "Failed" else None

        vmi = wait_for("the VMI Failed", failed, timeout=60)
        conds = {c["type"]: c for c in vmi["status"].get("conditions") or []}
        assert conds["Synchronized"]["reason"] == "FailedCreate"
        assert "spec.domain.devices.disks[0].disk.bus" in conds["Synchronized"]["message"]
    finally:
        helpers.delete_vm(kube, name)
