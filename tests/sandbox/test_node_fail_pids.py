"""`node fail` and `node recover` signal a recorded pid only while it still names the recorded
process: a pid is reused once its process is gone, and a bystander holding it must survive.
No libvirt here: a `sleep` stands for the node's daemon, another for the bystander."""

from __future__ import annotations

import dataclasses
import json
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from kubevirt_sandbox import controlplane, libvirt_node, libvirtd, nodefail, process, sandbox


@pytest.fixture()
def sleeps() -> Iterator[list[subprocess.Popen[bytes]]]:
    made: list[subprocess.Popen[bytes]] = []
    yield made
    for p in made:
        p.kill()
        p.wait()


def _sleep(made: list[subprocess.Popen[bytes]]) -> subprocess.Popen[bytes]:
    # its own session, as the sandbox starts its daemons: killpg(pid) would reach exactly it
    p = subprocess.Popen(["sleep", "300"], start_new_session=True)
    made.append(p)
    return p


def _sandbox(directory: Path, daemon_pid: int, failed: bool = False) -> sandbox.Sandbox:
    plane = controlplane.ControlPlane(str(directory / "controlplane"), 0, "", 0, "", "", 0)
    node = libvirt_node.Daemon("n1", str(directory / "nodes" / "n1"), daemon_pid, "test:///n1", "tcg")
    return sandbox.Sandbox(str(directory), plane, [node], [], failed_nodes=["n1"] if failed else [])


def _write_state(sb: sandbox.Sandbox, identities: dict[str, str]) -> None:
    raw = dataclasses.asdict(sb)
    raw["identities"] = identities
    (Path(sb.directory) / "state.json").write_text(json.dumps(raw))


def _forget_expectations(*pids: int) -> None:
    for pid in pids:
        process.expect(pid, None)


def test_node_fail_leaves_alone_a_bystander_that_now_holds_the_daemons_pid(
    tmp_path: Path, sleeps: list[subprocess.Popen[bytes]]
) -> None:
    bystander = _sleep(sleeps)
    # the daemon died long ago (recorded identity: a process that no longer exists); its pid is
    # now the bystander's
    _write_state(_sandbox(tmp_path, bystander.pid), {str(bystander.pid): "some-boot/12345"})
    try:
        nodefail.fail(tmp_path, "n1")
        time.sleep(0.2)
        assert bystander.poll() is None, "the bystander holding the reused pid was killed"
    finally:
        _forget_expectations(bystander.pid)


def test_node_fail_keeps_the_failed_daemons_identity_in_the_state_file(
    tmp_path: Path, sleeps: list[subprocess.Popen[bytes]]
) -> None:
    daemon = _sleep(sleeps)
    sb = _sandbox(tmp_path, daemon.pid)
    recorded = process.identity(daemon.pid)
    sandbox.save(sb)
    try:
        nodefail.fail(tmp_path, "n1")
        daemon.wait(timeout=10)  # the stand-in daemon was killed, as it should be
        state = json.loads((tmp_path / "state.json").read_text())
        assert state["failed_nodes"] == ["n1"]
        assert state["identities"].get(str(daemon.pid)) == recorded
    finally:
        _forget_expectations(daemon.pid)


def test_node_recover_leaves_alone_a_bystander_that_now_holds_the_failed_daemons_pid(
    tmp_path: Path, sleeps: list[subprocess.Popen[bytes]], monkeypatch: pytest.MonkeyPatch
) -> None:
    bystander = _sleep(sleeps)
    _write_state(_sandbox(tmp_path, bystander.pid, failed=True), {str(bystander.pid): "some-boot/12345"})
    (tmp_path / "controllers.json").write_text(json.dumps({"nodes": [{"name": "n1"}]}))
    new_daemon = _sleep(sleeps)
    started = libvirt_node.Daemon("n1", str(tmp_path / "nodes" / "n1"), new_daemon.pid, "test:///n1", "tcg")
    monkeypatch.setattr(libvirtd, "start", lambda *a, **k: started)
    monkeypatch.setattr(nodefail, "_remove_leftover_domains", lambda daemon: [])
    try:
        assert nodefail.recover(tmp_path, "n1") is started
        time.sleep(0.2)
        assert bystander.poll() is None, "the bystander holding the failed daemon's old pid was killed"
        state = json.loads((tmp_path / "state.json").read_text())
        assert state["failed_nodes"] == [] and state["nodes"][0]["pid"] == new_daemon.pid
    finally:
        _forget_expectations(bystander.pid, new_daemon.pid)


def test_a_save_never_adopts_a_stranger_under_a_recorded_pid(
    tmp_path: Path, sleeps: list[subprocess.Popen[bytes]]
) -> None:
    bystander = _sleep(sleeps)
    _write_state(_sandbox(tmp_path, bystander.pid), {str(bystander.pid): "some-boot/12345"})
    try:
        sb = sandbox.load(tmp_path)
        assert sb is not None and not process.ours(bystander.pid)
        sandbox.save(sb)  # e.g. `node fail` of another node
        again = sandbox.load(tmp_path)
        assert again is not None and not process.ours(bystander.pid)
    finally:
        _forget_expectations(bystander.pid)


def test_node_fail_kills_only_the_qemu_of_the_domain_its_pid_file_names(
    tmp_path: Path, sleeps: list[subprocess.Popen[bytes]]
) -> None:
    # another QEMU (another node's, a user's) now holds the pid a leftover pid file names
    stranger = subprocess.Popen(
        ["bash", "-c", "exec -a qemu-system-x86_64 sleep 300"], start_new_session=True
    )
    sleeps.append(stranger)
    guest = subprocess.Popen(
        [
            "bash",
            "-c",
            f"exec -a qemu-system-x86_64 {os.path.realpath(sys.executable)} "
            "-c 'import time; time.sleep(300)' "
            "-name guest=default_vm1,debug-threads=on",
        ],
        start_new_session=True,
    )
    sleeps.append(guest)
    run = tmp_path / "nodes" / "n1" / "run" / "qemu"
    run.mkdir(parents=True)
    (run / "default_vm0.pid").write_text(str(stranger.pid))
    (run / "default_vm1.pid").write_text(str(guest.pid))
    _write_state(_sandbox(tmp_path, 0), {})
    time.sleep(0.2)  # let bash exec
    killed = nodefail.fail(tmp_path, "n1")
    assert killed == [f"default_vm1:{guest.pid}"]
    guest.wait(timeout=10)
    assert stranger.poll() is None, "a QEMU that is not the domain's was killed"
