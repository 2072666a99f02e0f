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

import dataclasses
import os
import shlex
import subprocess
import tempfile
import time
import uuid
from pathlib import Path

from kubevirt_sandbox import process, tools

# folder in the node dir -> the path libvirtd uses for it
_BIND = {
    "etc": "/etc/libvirt",
    "run": "/run/libvirt",
    "lib": "/var/lib/libvirt",
    "cache": "/var/cache/libvirt",
    "log": "/var/log/libvirt",
}


@dataclasses.dataclass
class Daemon:
    name: str
    directory: str
    pid: int
    uri: str
    accel: str  # "kvm" or "tcg": what domains on this machine should use

    @property
    def domain_type(self) -> str:
        """The libvirt ``<domain type=...>`` matching the acceleration."""
        return "kvm" if self.accel == "kvm" else "qemu"


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


def probe_accel() -> str:
    """``kvm`` if a KVM guest really runs here, else ``tcg``.

    ``/dev/kvm`` has been seen present on machines where a KVM guest then hangs, so the
    probe boots a 512-byte boot sector that writes "KV" to the serial port and waits for
    those bytes. ``KUBEVIRT_SANDBOX_ACCEL`` overrides it.
    """
    forced = os.environ.get("KUBEVIRT_SANDBOX_ACCEL")
    if forced in ("kvm", "tcg"):
        return forced
    if not os.access("/dev/kvm", os.R_OK | os.W_OK):
        return "tcg"
    # The answer holds until the machine reboots: remember it per boot.
    boot_id = Path("/proc/sys/kernel/random/boot_id").read_text().strip()
    remembered = tools.cache_dir() / "accel-probe" / boot_id
    if remembered.exists():
        return remembered.read_text().strip()
    accel = _boot_sector_probe()
    remembered.parent.mkdir(parents=True, exist_ok=True)
    remembered.write_text(accel)
    return accel


def _boot_sector_probe() -> str:
    code = bytes([0xBA, 0xF8, 0x03, 0xB0, ord("K"), 0xEE, 0xB0, ord("V"), 0xEE, 0xF4, 0xEB, 0xFD])
    sector = code + bytes(510 - len(code)) + b"\x55\xaa"
    with tempfile.TemporaryDirectory(prefix="kvm-probe-") as tmp:
        img, out = Path(tmp) / "boot.img", Path(tmp) / "serial.out"
        img.write_bytes(sector)
        qemu = subprocess.Popen(
            [
                str(tools.find("qemu-system-x86_64")),
                "-accel",
                "kvm",
                "-machine",
                "pc",
                "-m",
                "16",
                "-display",
                "none",
                "-nodefaults",
                "-no-user-config",
                "-serial",
                f"file:{out}",
                "-drive",
                f"file={img},format=raw,if=ide",
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        try:
            deadline = time.monotonic() + 5
            while time.monotonic() < deadline and qemu.poll() is None:
                if out.exists() and b"KV" in out.read_bytes():
                    return "kvm"
                time.sleep(0.05)
            return "tcg"
        finally:
            qemu.kill()
            qemu.wait()


def start(
    name: str, node: Path, accel: str | None = None, cache: Path | None = None, timeout: float = 30.0
) -> Daemon:
    """Start libvirtd for node ``name`` with all its state under ``node``.

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
    return Daemon(name, str(node), pid, uri, accel or probe_accel())


def stop(daemon: Daemon) -> None:
    """Destroy every domain the daemon still runs, then stop it."""
    import libvirt

    if process.alive(daemon.pid):
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
    for pidfile in Path(daemon.directory, "run", "qemu").glob("*.pid"):
        try:
            process.stop(int(pidfile.read_text().strip()), timeout=5)
        except (ValueError, OSError):
            pass
