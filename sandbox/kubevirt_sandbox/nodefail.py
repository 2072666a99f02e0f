"""``kubevirt-sandbox node fail|recover <node>``: lose a node for real, then bring it back.

fail: the node's libvirt daemon is killed (SIGKILL, no clean-up), then every QEMU process it ran
(from libvirt's pid files, each checked to be the QEMU of the domain its file names before it is
killed). The daemon's pid is signalled only while it is still the recorded process
(``process.ours``), and the failed daemon's identity stays in ``state.json``, so ``recover`` never
kills a process that took the pid since. The sandbox records the node as failed (``state.json``),
so ``status`` says so and ``up`` does not take the sandbox for a crashed one. The controllers
see the daemon gone: the Node turns NotReady, its VMIs Failed, and VMs that restart on failure
come back on another node (controllers/nodes.py).

recover: a new daemon for the node on the same folders (its domains are gone: every definition
left from before the failure is removed, as virt-handler removes domains no VMI owns when it
starts), recorded in ``state.json`` and ``controllers.json``; the controllers pick up its pid and
the Node turns Ready.
"""

from __future__ import annotations

import dataclasses
import json
import os
import signal
import time
from collections.abc import Callable
from pathlib import Path

from kubevirt_sandbox import accel, cachedir, libvirt_node, libvirtd, process, sandbox


class NodeError(RuntimeError):
    pass


def _find(sb: sandbox.Sandbox, name: str) -> libvirt_node.Daemon:
    for daemon in sb.nodes:
        if daemon.name == name:
            return daemon
    raise NodeError(f"no node {name!r} in this sandbox; its nodes: {', '.join(n.name for n in sb.nodes)}")


def _load(directory: Path | None) -> sandbox.Sandbox:
    sb = sandbox.load(directory)
    if sb is None:
        raise NodeError("the sandbox is not running: start it with `kubevirt-sandbox up`")
    return sb


def qemu_pids(daemon: libvirt_node.Daemon) -> dict[Path, int]:
    """QEMU processes the node's libvirt started: pid file -> pid, only pids that are now the QEMU
    of the domain the file names (libvirt starts it with ``-name guest=<domain>,...``): a pid
    file left behind may name a pid that another QEMU (another node's, a user's) holds since."""
    out = {}
    for pidfile in Path(daemon.directory, "run", "qemu").glob("*.pid"):
        try:
            pid = int(pidfile.read_text().strip())
            argv = Path(f"/proc/{pid}/cmdline").read_bytes().split(b"\0")
        except (ValueError, OSError):
            continue
        guest = f"guest={pidfile.stem}".encode()
        names = [argv[i + 1] for i, a in enumerate(argv[:-1]) if a == b"-name"]
        if b"qemu" in argv[0] and any(n == guest or n.startswith(guest + b",") for n in names):
            out[pidfile] = pid
    return out


def _kill(pid: int, group: bool = False, timeout: float = 10.0) -> None:
    try:
        if group:
            os.killpg(pid, signal.SIGKILL)
        else:
            os.kill(pid, signal.SIGKILL)
    except ProcessLookupError:
        return
    deadline = time.monotonic() + timeout
    while process.alive(pid) and time.monotonic() < deadline:
        process._reap(pid)
        time.sleep(0.05)


def fail(directory: Path | None, name: str, say: Callable[[str], None] = lambda _: None) -> list[str]:
    """Kill node ``name``'s libvirt daemon and its guests; return the domains' pids that died."""
    sb = _load(directory)
    daemon = _find(sb, name)
    if name in sb.failed_nodes:
        say(f"{name} has already failed (`kubevirt-sandbox node recover {name}` brings it back)")
        return []
    guests = qemu_pids(daemon)
    if process.ours(daemon.pid):  # the recorded daemon itself, not whoever has its pid now
        _kill(daemon.pid, group=True)  # first the daemon, so that it cleans nothing up
        say(f"killed libvirtd of {name} (pid {daemon.pid})")
    else:
        say(f"libvirtd of {name} was already gone (pid {daemon.pid} is not it)")
    for pidfile, pid in guests.items():
        _kill(pid)
        pidfile.unlink(missing_ok=True)  # a dead pid's file must not name someone else later
        say(f"killed QEMU {pidfile.stem} (pid {pid})")
    sb.failed_nodes.append(name)
    sandbox.save(sb)
    say(f"{name} failed: the controllers mark it NotReady and fail its VMIs")
    return [f"{pidfile.stem}:{pid}" for pidfile, pid in guests.items()]


def recover(
    directory: Path | None, name: str, say: Callable[[str], None] = lambda _: None
) -> libvirt_node.Daemon:
    """Start a new libvirt daemon for node ``name``, empty of domains, and tell the controllers."""
    sb = _load(directory)
    daemon = _find(sb, name)
    if name not in sb.failed_nodes and process.ours(daemon.pid):
        say(f"{name} has not failed: nothing to do")
        return daemon
    if process.ours(daemon.pid):  # failed, but the recorded daemon still runs
        _kill(daemon.pid, group=True)
    decision = accel.Decision(daemon.accel, daemon.accel_reason, daemon.cpu_fixup)
    new = libvirtd.start(
        name, Path(daemon.directory), cache=cachedir.cache_dir() / "libvirt-cache", decision=decision
    )
    say(f"libvirtd for {name} running again (pid {new.pid})")
    removed = _remove_leftover_domains(new)
    if removed:
        say(f"removed {len(removed)} domain(s) left from before the failure: {', '.join(removed)}")
    sb.nodes = [new if n.name == name else n for n in sb.nodes]
    sb.failed_nodes = [n for n in sb.failed_nodes if n != name]
    sandbox.save(sb)
    tell_controllers(Path(sb.directory), new)
    say(f"{name} recovered: the controllers mark it Ready")
    return new


def _remove_leftover_domains(daemon: libvirt_node.Daemon) -> list[str]:
    import libvirt

    libvirt.registerErrorHandler(lambda *_: None, None)
    conn = libvirt.open(daemon.uri)
    removed = []
    try:
        for dom in conn.listAllDomains():
            try:
                if dom.isActive():
                    dom.destroy()
                if dom.isPersistent():
                    dom.undefineFlags(libvirt.VIR_DOMAIN_UNDEFINE_NVRAM)
                removed.append(dom.name())
            except libvirt.libvirtError:
                continue
    finally:
        conn.close()
    return removed


def tell_controllers(directory: Path, daemon: libvirt_node.Daemon) -> None:
    """Rewrite the node's entry in ``controllers.json``; the controllers reload it when it changes."""
    path = directory / "controllers.json"
    config = json.loads(path.read_text())
    config["nodes"] = [
        dataclasses.asdict(daemon) if n["name"] == daemon.name else n for n in config.get("nodes") or []
    ]
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps(config))
    tmp.rename(path)
