"""Kill one part of a running sandbox and start it again, as a crashed daemon would come back.

For fault injection (tests/reliability, ``kubevirt-sandbox kill|start``): ``kill`` sends SIGKILL
to the part's process group (no clean shutdown); ``start`` runs the same command line again on
the same ports, folders and files, waits until it serves, and records the new pid in the
sandbox's ``state.json``. The control plane keeps its URLs, so every kubeconfig stays valid; a
node's libvirtd keeps its socket path, and QEMU processes it ran survive it (they are not in its
process group) and are taken back when it starts again, as libvirtd does after a crash.
"""

from __future__ import annotations

import dataclasses
import os
import signal
from pathlib import Path

from kubevirt_sandbox import accel, cachedir, controlplane, libvirt_node, libvirtd, nodefail, process
from kubevirt_sandbox import sandbox as sandbox_module

PLANE = {
    "etcd": "etcd_pid",
    "kube-apiserver": "apiserver_pid",
    "kube-controller-manager": "controller_manager_pid",
}


class UnknownPart(ValueError):
    pass


def parts(sb: sandbox_module.Sandbox) -> list[str]:
    return [*PLANE, *(f"libvirtd[{n.name}]" for n in sb.nodes)]


def _node(sb: sandbox_module.Sandbox, part: str) -> libvirt_node.Daemon:
    for n in sb.nodes:
        if part in (f"libvirtd[{n.name}]", n.name):
            return n
    raise UnknownPart(f"no part {part!r} in this sandbox; parts: {', '.join(parts(sb))}")


def _pid(sb: sandbox_module.Sandbox, part: str) -> int:
    if part in PLANE:
        return int(getattr(sb.plane, PLANE[part]))
    return _node(sb, part).pid


def _argv_file(sb: sandbox_module.Sandbox, part: str) -> Path:
    return Path(sb.directory) / "killed" / f"{part}.argv"


def kill(sb: sandbox_module.Sandbox, part: str) -> int:
    """SIGKILL the part (its whole process group); return the pid that was killed.

    A control-plane part's command line is kept (``<dir>/killed/<part>.argv``) for ``start``.
    """
    pid = _pid(sb, part)
    if not process.ours(pid):  # gone, or the pid names another process now (see process.ours)
        raise UnknownPart(f"{part} is not running (recorded pid {pid}): `kubevirt-sandbox up` repairs it")
    if part in PLANE:
        argv = Path(f"/proc/{pid}/cmdline").read_bytes()
        path = _argv_file(sb, part)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(argv)
        # etcd finds its peer socket relative to its folder (controlplane.PEER_URL)
        path.with_suffix(".cwd").write_text(os.readlink(f"/proc/{pid}/cwd"))
    try:
        os.killpg(pid, signal.SIGKILL)
    except ProcessLookupError:
        pass
    process.stop(pid, timeout=5)  # reaps it (and SIGKILLs again if need be)
    return pid


def _ready_check(sb: sandbox_module.Sandbox, part: str) -> object:
    pki = Path(sb.plane.directory) / "pki"
    certs = {
        name: pki / name
        for name in ("ca.crt", "admin.crt", "admin.key", "etcd-ca.crt", "etcd-client.crt", "etcd-client.key")
    }
    if not certs["etcd-ca.crt"].exists():  # a sandbox started before etcd had a CA of its own
        certs["etcd-ca.crt"] = certs["ca.crt"]
    if part == "etcd":
        tls = controlplane.etcd_client_tls(certs)
        return lambda: controlplane._http_ok(f"{sb.plane.etcd_url}/health", tls)
    if part == "kube-apiserver":
        tls = controlplane._client_tls(certs)
        return lambda: controlplane._http_ok(f"{sb.plane.apiserver_url}/readyz", tls)
    return lambda: True  # kube-controller-manager: alive is enough


def start(sb: sandbox_module.Sandbox, part: str, timeout: float = 90.0) -> int:
    """Start a killed part again with its old command line; return its new pid."""
    if part in PLANE:
        path = _argv_file(sb, part)
        if not path.exists():
            raise UnknownPart(f"{part} was not killed through `kill` (no saved command line at {path})")
        argv = [a.decode() for a in path.read_bytes().split(b"\0") if a]
        log = Path(sb.plane.directory) / "logs" / f"{part}.log"
        cwd_file = path.with_suffix(".cwd")
        cwd = Path(cwd_file.read_text()) if cwd_file.exists() else None
        pid = process.start(part, argv, log, cwd=cwd)
        process.wait_ready(part, pid, _ready_check(sb, part), log, timeout)  # type: ignore[arg-type]
        setattr(sb.plane, PLANE[part], pid)
        path.unlink()
        cwd_file.unlink(missing_ok=True)
    else:
        node = _node(sb, part)
        if process.alive(node.pid):
            raise UnknownPart(f"{part} is running (pid {node.pid}): kill it first")
        again = libvirtd.start(
            node.name,
            Path(node.directory),
            cache=cachedir.cache_dir() / "libvirt-cache",  # as sandbox.up gives it
            decision=accel.Decision(node.accel, node.accel_reason, node.cpu_fixup),
        )
        sb.nodes[sb.nodes.index(node)] = dataclasses.replace(node, pid=again.pid)
        pid = again.pid
    sandbox_module.save(sb)
    if part not in PLANE:
        nodefail.tell_controllers(Path(sb.directory), sb.nodes[[n.name for n in sb.nodes].index(node.name)])
    return pid
