"""The sandbox signals only its own processes and deletes only what it made (no services needed).

- ``down`` (and ``up`` over a sandbox that is no longer whole) stops a recorded pid only while it is
  still the recorded process: a pid reused by another process (after a reboot it may be sshd)
  survives; the recorded process itself is stopped.
- ``up --dir D`` clears only the folders it made in D; a folder of the same name that is not the
  sandbox's is refused, and files of anyone else in D survive.
- A VMI's folder (seed ISOs hold user data) is readable by its owner only.
"""

from __future__ import annotations

import dataclasses
import json
import os
import stat
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from kubevirt_sandbox import controlplane, process, sandbox
from kubevirt_sandbox.controllers import runtime, vmi


@pytest.fixture
def sleepers() -> Iterator[list[subprocess.Popen[bytes]]]:
    procs: list[subprocess.Popen[bytes]] = []
    yield procs
    for p in procs:
        if p.poll() is None:
            p.kill()
        p.wait()


def sleeper(procs: list[subprocess.Popen[bytes]]) -> int:
    p = subprocess.Popen(["sleep", "300"], start_new_session=True)
    procs.append(p)
    return p.pid


def record(directory: Path, pids: dict[str, int], identities: dict[int, str]) -> None:
    """A state file as ``up`` writes it, with these pids and identities."""
    plane = controlplane.ControlPlane(
        str(directory / "controlplane"),
        pids["etcd"],
        "https://127.0.0.1:1",
        pids["apiserver"],
        "https://127.0.0.1:2",
        str(directory / "kubeconfig"),
        pids["controller-manager"],
    )
    sb = sandbox.Sandbox(str(directory), plane, [], [], controllers_pid=pids["controllers"])
    raw = dataclasses.asdict(sb)
    raw["identities"] = {str(pid): ident for pid, ident in identities.items()}
    (directory / "state.json").write_text(json.dumps(raw))


def test_down_leaves_a_pid_that_names_another_process_by_now(
    tmp_path: Path, sleepers: list[subprocess.Popen[bytes]]
) -> None:
    """The issue's case: a foreign ``sleep`` whose pid is in the state file survives ``down``."""
    foreign = [sleeper(sleepers) for _ in range(4)]  # pids the sandbox recorded, reused since
    pids = dict(zip(("etcd", "apiserver", "controller-manager", "controllers"), foreign, strict=True))
    record(tmp_path, pids, {pid: f"a-boot-before/{pid}" for pid in foreign})
    loaded = sandbox.load(tmp_path)
    assert loaded is not None
    healthy = loaded.healthy()
    assert sandbox.down(tmp_path) == []
    assert all(process.alive(pid) for pid in foreign)
    assert not healthy  # and `up` would not take them for a running sandbox


def test_down_stops_a_recorded_process_that_is_still_the_same(
    tmp_path: Path, sleepers: list[subprocess.Popen[bytes]]
) -> None:
    mine = [sleeper(sleepers) for _ in range(4)]
    pids = dict(zip(("etcd", "apiserver", "controller-manager", "controllers"), mine, strict=True))
    record(tmp_path, pids, {pid: process.identity(pid) or "" for pid in mine})
    loaded = sandbox.load(tmp_path)
    assert loaded is not None and loaded.healthy()
    assert sandbox.down(tmp_path) == []
    for p in sleepers:
        p.wait(timeout=30)  # stopped (SIGTERM to its group)


def test_an_old_state_file_without_identities_still_spares_processes_started_after_it(
    tmp_path: Path, sleepers: list[subprocess.Popen[bytes]]
) -> None:
    later = sleeper(sleepers)  # started after the state file below was written
    record(tmp_path, dict.fromkeys(("etcd", "apiserver", "controller-manager", "controllers"), later), {})
    state = json.loads((tmp_path / "state.json").read_text())
    del state["identities"]
    (tmp_path / "state.json").write_text(json.dumps(state))
    written = time.time() - 60
    os.utime(tmp_path / "state.json", (written, written))
    assert sandbox.down(tmp_path) == []
    assert process.alive(later)


def test_up_refuses_a_folder_it_did_not_make_and_deletes_nothing(tmp_path: Path) -> None:
    user_file = tmp_path / "storage" / "my-disk.img"
    user_file.parent.mkdir()
    user_file.write_text("mine")
    notes = tmp_path / "notes.txt"
    notes.write_text("mine too")
    with pytest.raises(sandbox.DirectoryNotOurs, match=r"storage is not the sandbox's.*--dir"):
        sandbox.up(tmp_path, nodes=0)
    assert user_file.read_text() == "mine" and notes.read_text() == "mine too"
    assert not (tmp_path / "state.json").exists() and not (tmp_path / "controlplane").exists()


def test_up_clears_the_folders_it_made_and_nothing_else(tmp_path: Path) -> None:
    sandbox.claim_directory(tmp_path)  # a first up
    assert {p.name for p in tmp_path.iterdir()} == {*sandbox.OWNED, "owned.json"}
    assert all(stat.S_IMODE((tmp_path / sub).stat().st_mode) == 0o700 for sub in sandbox.OWNED)
    (tmp_path / "vmis" / "old-vmi").mkdir()
    (tmp_path / "notes.txt").write_text("mine")
    sandbox.claim_directory(tmp_path)  # the next up
    assert not (tmp_path / "vmis" / "old-vmi").exists()
    assert (tmp_path / "notes.txt").read_text() == "mine"


def test_a_vmis_folder_is_private(tmp_path: Path) -> None:
    ctx = runtime.Context(directory=tmp_path, kube=None, nodes={})  # type: ignore[arg-type]
    obj = {"metadata": {"namespace": "default", "name": "x", "uid": "1234abcd-0"}, "spec": {"volumes": []}}
    assert vmi.prepare_disks(ctx, obj) == {}
    folder = ctx.vmi_dir(obj)
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert stat.S_IMODE(folder.parent.stat().st_mode) == 0o700
