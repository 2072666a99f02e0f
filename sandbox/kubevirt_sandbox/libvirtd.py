"""A private libvirt daemon per sandbox node, never the system's.

libvirtd running as root insists on fixed paths (``/etc/libvirt``, ``/run/libvirt``,
``/var/lib/libvirt`` ...), so each daemon runs in its own mount namespace where those paths are
bind mounts of the node's own folders. Two daemons therefore run side by side without seeing
each other's domains, and a stopped daemon leaves no mount behind: the namespace dies with
it. The socket is reachable from outside at ``<node dir>/run/libvirt-sock``.

Each daemon gets its own host UUID, so that libvirt accepts a live migration between two of
them on one machine. QEMU runs as root without cgroups, per-domain namespaces or a security
driver, which suits a throwaway sandbox and nothing else.
"""

from __future__ import annotations

import os
import shlex
import uuid
from pathlib import Path

from kubevirt_sandbox import accel as accel_probe
from kubevirt_sandbox import libvirt_node, process, tools

# folder in the node dir -> the path libvirtd uses for it
_BIND = {
    "etc": "/etc/libvirt",
    "run": "/run/libvirt",
    "lib": "/var/lib/libvirt",
    "cache": "/var/cache/libvirt",
    "log": "/var/log/libvirt",
}


def _configs(node: Path) -> tuple[str, str]:
    libvirtd_conf = f"""# written by kubevirt_sandbox.libvirtd
unix_sock_dir = "{node / "run"}"
unix_sock_rw_perms = "0770"
auth_unix_rw = "none"
auth_unix_ro = "none"
host_uuid = "{uuid.uuid4()}"
log_outputs = "3:stderr"
"""
    qemu_conf = """# written by kubevirt_sandbox.libvirtd
user = "root"
group = "root"
dynamic_ownership = 0
remember_owner = 0
security_driver = "none"
cgroup_controllers = [ ]
namespaces = [ ]
stdio_handler = "file"
# Migration addresses are given per migration (listen address 127.0.0.1): libvirt refuses
# loopback here.
"""
    return libvirtd_conf, qemu_conf


def start(
    name: str,
    node: Path,
    accel: str | None = None,
    cache: Path | None = None,
    timeout: float = 30.0,
    decision: accel_probe.Decision | None = None,
) -> libvirt_node.Daemon:
    """Start libvirtd for node ``name`` with all its state under ``node``.

    The accelerator: ``decision`` (another daemon's probe), else ``accel`` as given, else this
    daemon probes (``kubevirt_sandbox.accel.decide``: it starts the converter's domain under KVM).

    ``cache`` (default ``node/cache``) holds libvirt's probe of QEMU's capabilities, which
    takes seconds under emulation: daemons that share one start faster.
    """
    import libvirt

    sources = {sub: node / sub for sub in _BIND}
    if cache is not None:
        sources["cache"] = cache
    for path in sources.values():
        path.mkdir(parents=True, exist_ok=True)
    libvirtd_conf, qemu_conf = _configs(node)
    (node / "etc" / "libvirtd.conf").write_text(libvirtd_conf)
    (node / "etc" / "qemu.conf").write_text(qemu_conf)
    mounts = "; ".join(
        f"mkdir -p {target} && mount --bind {shlex.quote(str(sources[sub]))} {target}"
        for sub, target in _BIND.items()
    )
    libvirtd = tools.find("libvirtd")
    script = (
        f"set -e; {mounts}; exec {libvirtd} --config {shlex.quote(str(node / 'etc' / 'libvirtd.conf'))}"
        f" --pid-file {shlex.quote(str(node / 'run' / 'libvirtd.pid'))}"
    )
    log = node / "log" / "daemon.log"
    sock = node / "run" / "libvirt-sock"
    sock.unlink(missing_ok=True)
    pid = process.start(
        f"libvirtd[{name}]",
        ["unshare", "--mount", "--propagation", "private", "--", "/bin/sh", "-c", script],
        log,
        env=dict(os.environ, LC_ALL="C"),
    )
    uri = f"qemu+unix:///system?socket={sock}"

    def ready() -> bool:
        if not sock.exists():
            return False
        libvirt.registerErrorHandler(lambda *_: None, None)
        conn = libvirt.open(uri)
        try:
            return conn.getLibVersion() > 0
        finally:
            conn.close()

    try:
        process.wait_ready(f"libvirtd[{name}]", pid, ready, log, timeout)
    except BaseException:
        process.stop(pid)
        raise
    if decision is None:
        try:
            decision = (
                accel_probe.Decision(accel, "chosen by the caller")
                if accel
                else accel_probe.decide(uri, node)
            )
        except BaseException:
            stop(libvirt_node.Daemon(name, str(node), pid, uri, "tcg"))
            raise
    return libvirt_node.Daemon(name, str(node), pid, uri, decision.accel, decision.cpu_fixup, decision.reason)


def stop(daemon: libvirt_node.Daemon) -> None:
    """Destroy every domain the daemon still runs, then stop it."""
    import libvirt

    if process.ours(daemon.pid):
        try:
            libvirt.registerErrorHandler(lambda *_: None, None)
            conn = libvirt.open(daemon.uri)
            try:
                for dom in conn.listAllDomains():
                    if dom.isActive():
                        dom.destroy()
            finally:
                conn.close()
        except libvirt.libvirtError:
            pass
    process.stop(daemon.pid)
    # QEMU processes are children of libvirtd's namespace but not of its process group.
    # A pid file outlives its QEMU, and the pid may name another process by now: only a process
    # that started before its pid file was written is that QEMU.
    for pidfile in Path(daemon.directory, "run", "qemu").glob("*.pid"):
        try:
            pid = int(pidfile.read_text().strip())
            started = process.started_at(pid)
            if started is not None and started <= pidfile.stat().st_mtime + 1:
                process.stop(pid, timeout=5)
        except (ValueError, OSError):
            pass
