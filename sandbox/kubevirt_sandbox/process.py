"""One supervised process: started detached, health-checked, stopped TERM-then-KILL.

Processes run in their own session so that ``kubevirt-sandbox up`` can return while they
keep running, and so that a terminal's Ctrl-C reaches the CLI, not the control plane. Their
pids are recorded by the caller (``sandbox.py``'s state file) so that another process can stop
them, each with its **identity** (:func:`identity`: the boot and the start time of the process):
a pid is reused once its process is gone (after a reboot it may be sshd), so a recorded pid is
only signalled while it still names the process that was recorded (:func:`expect`, :func:`ours`).
"""

from __future__ import annotations

import os
import signal
import subprocess
import time
from collections.abc import Callable, Sequence
from pathlib import Path


class ProcessError(RuntimeError):
    pass


def start(
    name: str,
    argv: Sequence[str],
    log_path: Path,
    env: dict[str, str] | None = None,
    cwd: Path | None = None,
) -> int:
    """Start ``argv`` detached (in ``cwd``, if given) with stdout and stderr appended to
    ``log_path``; return its pid."""
    log_path.parent.mkdir(parents=True, exist_ok=True)
    with open(log_path, "ab") as log:
        proc = subprocess.Popen(
            list(argv),
            stdout=log,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
            start_new_session=True,
            env=env,
            cwd=cwd,
            close_fds=True,
        )
    # Nobody waits on this child but the kernel; reap it if it dies while we still run.
    _children[proc.pid] = proc
    _expected.pop(proc.pid, None)  # ours, whatever was expected of an earlier process with its pid
    return proc.pid


_children: dict[int, subprocess.Popen[bytes]] = {}


def _boot_id() -> str:
    try:
        return Path("/proc/sys/kernel/random/boot_id").read_text().strip()
    except OSError:
        return "unknown-boot"


def start_ticks(pid: int) -> int | None:
    """The process's start time in clock ticks since boot (/proc/<pid>/stat field 22), None if gone."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        return int(fields[19])
    except (OSError, IndexError, ValueError):
        return None


def identity(pid: int) -> str | None:
    """What tells this process from a later one with the same pid: ``<boot id>/<start ticks>``."""
    ticks = start_ticks(pid)
    return None if ticks is None or pid <= 0 else f"{_boot_id()}/{ticks}"


def started_at(pid: int) -> float | None:
    """The process's start as a Unix time (boot time + start ticks), None if gone."""
    ticks = start_ticks(pid)
    if ticks is None:
        return None
    for line in Path("/proc/stat").read_text().splitlines():
        if line.startswith("btime "):
            return int(line.split()[1]) + ticks / os.sysconf("SC_CLK_TCK")
    return None


# pid -> the identity it was recorded with; stop() signals such a pid only while it matches
_expected: dict[int, str] = {}


def expect(pid: int, ident: str | None) -> None:
    """Record that ``pid`` is ours only while its identity is ``ident`` (None: forget it)."""
    if ident is None:
        _expected.pop(pid, None)
    else:
        _expected[pid] = ident


def ours(pid: int) -> bool:
    """The pid is a live process and, if its identity was recorded, still the same process."""
    if pid <= 0 or not alive(pid):
        return False
    want = _expected.get(pid)
    return want is None or identity(pid) == want


def alive(pid: int) -> bool:
    child = _children.get(pid)
    if child is not None:
        return child.poll() is None
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    # A zombie is not alive: look at its state.
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (OSError, IndexError):
        return False
    return state != "Z"


def wait_ready(name: str, pid: int, check: Callable[[], bool], log_path: Path, timeout: float = 60.0) -> None:
    """Poll ``check`` until it returns true; fail early if the process exits."""
    deadline = time.monotonic() + timeout
    while True:
        if not alive(pid):
            raise ProcessError(
                f"{name} exited before it was ready; last lines of {log_path}:\n" + tail(log_path)
            )
        try:
            if check():
                return
        except Exception:  # not ready yet: connection refused, TLS not up, ...
            pass
        if time.monotonic() > deadline:
            raise ProcessError(
                f"{name} was not ready after {timeout:.0f}s; last lines of {log_path}:\n" + tail(log_path)
            )
        time.sleep(0.1)


def stop(pid: int, timeout: float = 20.0) -> None:
    """SIGTERM the process's group, wait up to ``timeout``, then SIGKILL.

    A pid that is not :func:`ours` (gone, or now another process) is left alone.
    """
    if not ours(pid):
        _reap(pid)
        return
    for sig, wait in ((signal.SIGTERM, timeout), (signal.SIGKILL, 5.0)):
        try:
            os.killpg(pid, sig)
        except ProcessLookupError:
            break
        except PermissionError:
            os.kill(pid, sig)
        deadline = time.monotonic() + wait
        while time.monotonic() < deadline:
            _reap(pid)
            if not alive(pid):
                return
            time.sleep(0.05)
    _reap(pid)
    if alive(pid):
        raise ProcessError(f"process {pid} survived SIGKILL")


def _reap(pid: int) -> None:
    child = _children.pop(pid, None)
    if child is not None:
        try:
            child.wait(timeout=0.01)
        except subprocess.TimeoutExpired:
            _children[pid] = child


def tail(path: Path, lines: int = 25) -> str:
    try:
        return "\n".join(path.read_text(errors="replace").splitlines()[-lines:])
    except OSError:
        return "(no log)"
