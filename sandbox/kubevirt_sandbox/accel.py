"""KVM or TCG: decided by starting, under KVM, the domain the sandbox will really run.

``/dev/kvm`` working proves little. Seen on machines of one kind: a KVM guest that hangs without a
byte on its serial console; a host where a 512-byte boot sector runs under KVM while libvirt or
QEMU refuse every CPU definition the converter writes; a nested host where the converter's domain
starts but the guest stops at once with "KVM internal error ... emulation failure" on the way from
real mode to protected mode. So the probe builds the demo VM's VMI the way the VM controller does
(``vm.new_vmi``), converts it with the sandbox's own converter (``domainxml.convert``: CPU model,
machine type, devices) into a ``type='kvm'`` domain, starts it through the node's libvirt daemon
and waits for the guest's ready line on its serial console. The payload is the demo disk image when
the image store has it, else a boot disk whose boot sector prints that ready line.

It first tries KubeVirt's CPU definition as it is, then each host fix-up of ``cpumodel.CANDIDATES``;
the first domain whose guest gets ready decides ``kvm`` with that fix-up. If none does, the answer
is ``tcg``, with libvirt's (or QEMU's) reason for each attempt in one line.

The answer is cached under ``<cache>/accel-probe/<key>.json``, the key a hash of what was tested:
the probe domains' XML, the payload, the QEMU and libvirt versions, the kernel and its boot id. A
change of the converter (or an upgrade, or a reboot) therefore probes again.
``KUBEVIRT_SANDBOX_ACCEL=kvm|tcg`` skips the probe (and, for ``kvm``, any fix-up).
"""

from __future__ import annotations

import contextlib
import dataclasses
import hashlib
import json
import os
import platform
import re
import shutil
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from kubevirt_sandbox import cachedir, libvirt_messages, tools
from kubevirt_sandbox.controllers import cpumodel, domainxml, images

DEMO_IMAGE = "quay.io/kubevirt/cirros-container-disk-demo"
PROBE_NAME = "accel-probe"
PROBE_NAMESPACE = "kubevirt-sandbox"
TIMEOUT = 30.0  # the demo guest is ready in about 5 s under TCG on 2 cores
READY = re.compile(rb"kubevirt-sandbox-demo: ready")
# A boot sector for when the demo image is absent: prints the ready line on COM1, then halts.
# xor ax,ax; mov ds,ax; mov si,msg; mov dx,0x3f8; cld; lodsb; test al,al; jz +3; out dx,al;
# jmp -8; hlt; jmp -3; msg.
_BOOT_CODE = bytes.fromhex("31c08ed8be167cbaf803fcac84c07403eeebf8f4ebfd")
_BOOT_MESSAGE = b"kubevirt-sandbox-demo: ready ip=none\r\n\x00"


@dataclasses.dataclass(frozen=True)
class Decision:
    accel: str  # "kvm" | "tcg"
    reason: str  # one line: why
    cpu_fixup: str = ""  # a cpumodel.FIXUPS name, for kvm


class BootFailed(Exception):
    """The probe domain did not get to its ready line; the message is libvirt's or QEMU's reason."""


def boot_sector() -> bytes:
    code = _BOOT_CODE + _BOOT_MESSAGE
    return code + bytes(510 - len(code)) + b"\x55\xaa"


def probe_vmi() -> dict[str, Any]:
    """The demo VM's VMI, made the way the VM controller makes it (defaults included)."""
    # Here, not at the top: the VM controller brings the Kubernetes client, which the commands
    # that never probe (status, env, down ...) need not load.
    from kubevirt_sandbox.controllers import vm

    demo_vm = {
        "metadata": {"name": PROBE_NAME, "namespace": PROBE_NAMESPACE, "uid": PROBE_NAME, "generation": 1},
        "spec": {
            "runStrategy": "Always",
            "template": {
                "spec": {
                    "domain": {
                        "devices": {"disks": [{"name": "root", "disk": {"bus": "virtio"}}]},
                        "resources": {"requests": {"memory": "128Mi"}},
                    },
                    "volumes": [{"name": "root", "containerDisk": {"image": DEMO_IMAGE}}],
                }
            },
        },
    }
    vmi = vm.new_vmi(demo_vm)
    vmi["metadata"]["uid"] = PROBE_NAME
    return vmi


def payload(workdir: Path) -> tuple[Any, str]:
    """The probe's root disk (a DiskSource) and what identifies it in the cache key."""
    workdir.mkdir(parents=True, exist_ok=True)
    try:
        base, fmt = images.resolve(DEMO_IMAGE)
    except images.ImageNotFound:
        disk = workdir / "boot.img"
        disk.write_bytes(boot_sector())
        os.truncate(disk, 1 << 20)  # SeaBIOS does not boot a virtio disk of one sector
        return domainxml.DiskSource(str(disk), "raw"), "boot-sector:" + hashlib.sha256(
            boot_sector()
        ).hexdigest()
    overlay = workdir / "root.qcow2"
    overlay.unlink(missing_ok=True)
    images.overlay(base, fmt, overlay)
    version = base.parent / "version"
    identity = version.read_text().strip() if version.exists() else str(base.stat().st_size)
    return domainxml.DiskSource(str(overlay), "qcow2"), f"demo-image:{identity}"


def domain_xml(workdir: Path, root: Any, domain_type: str, fixup: str) -> str:
    return domainxml.convert(probe_vmi(), {"root": root}, str(workdir / "serial0.log"), domain_type, fixup)


def _qemu_version() -> str:
    try:
        out = subprocess.run(
            [str(tools.find("qemu-system-x86_64")), "--version"], capture_output=True, text=True, timeout=30
        )
        return out.stdout.splitlines()[0] if out.stdout else "unknown"
    except (OSError, subprocess.SubprocessError, tools.ToolNotFound):
        return "unknown"


def cache_key(xmls: list[str], identity: str, workdir: Path, libvirt_version: int) -> str:
    boot_id = Path("/proc/sys/kernel/random/boot_id").read_text().strip()
    tested = {
        "domains": [x.replace(str(workdir), "<probe dir>") for x in xmls],
        "payload": identity,
        "qemu": _qemu_version(),
        "libvirt": libvirt_version,
        "kernel": platform.release(),
        "boot_id": boot_id,
    }
    return hashlib.sha256(json.dumps(tested, sort_keys=True).encode()).hexdigest()[:24]


@contextlib.contextmanager
def _defined(conn: Any, xml: str) -> Iterator[Any]:
    import libvirt

    try:
        dom = conn.defineXML(xml)
    except libvirt.libvirtError as exc:
        raise BootFailed(libvirt_messages.one_line(str(exc))) from exc
    try:
        yield dom
    finally:
        try:
            if dom.isActive():
                dom.destroy()
            dom.undefine()
        except libvirt.libvirtError:
            pass


def _qemu_log_errors(log: Path, offset: int) -> str:
    try:
        with log.open("rb") as f:
            f.seek(offset)
            text = f.read().decode(errors="replace")
    except OSError:
        return ""
    lines = [
        ln
        for ln in text.splitlines()
        if re.search(r"error|failure|abort|assert", ln, re.I) and not ln.lstrip().startswith("-")
    ]
    return libvirt_messages.one_line("\n".join(lines))


def boot(conn: Any, xml: str, serial: Path, qemu_log_dir: Path, timeout: float = TIMEOUT) -> float:
    """Start ``xml`` and wait for the ready line on ``serial``: seconds it took, or BootFailed."""
    import libvirt

    name = re.search(r"<name>([^<]+)</name>", xml).group(1)  # type: ignore[union-attr]
    log = qemu_log_dir / f"{name}.log"
    offset = log.stat().st_size if log.exists() else 0
    serial.write_bytes(b"")
    with _defined(conn, xml) as dom:
        started = time.monotonic()
        try:
            dom.create()
        except libvirt.libvirtError as exc:
            raise BootFailed(libvirt_messages.one_line(str(exc))) from exc
        while True:
            took = time.monotonic() - started
            if READY.search(serial.read_bytes()):
                return took
            state, _ = dom.state()
            if state in (libvirt.VIR_DOMAIN_PAUSED, libvirt.VIR_DOMAIN_CRASHED):
                why = _qemu_log_errors(log, offset) or f"libvirt state {state}"
                raise BootFailed(f"the guest stopped {took:.1f} s after start: {why}")
            if not dom.isActive():
                why = _qemu_log_errors(log, offset) or "no message"
                raise BootFailed(f"QEMU exited {took:.1f} s after start: {why}")
            if took > timeout:
                raise BootFailed(f"no ready line on the serial console {timeout:.0f} s after start")
            time.sleep(0.1)


def boot_demo(uri: str, node_dir: Path, domain_type: str, fixup: str = "", timeout: float = TIMEOUT) -> float:
    """Boot the probe domain once on the daemon at ``uri`` (node folder ``node_dir``): seconds to ready."""
    import libvirt

    workdir = node_dir / PROBE_NAME
    conn = libvirt.open(uri)
    try:
        root, _ = payload(workdir)
        return boot(conn, domain_xml(workdir, root, domain_type, fixup), workdir / "serial0.log",
                    node_dir / "log" / "qemu", timeout)  # fmt: skip
    finally:
        conn.close()
        shutil.rmtree(workdir, ignore_errors=True)


def decide(uri: str, node_dir: Path, timeout: float = TIMEOUT) -> Decision:
    """KVM (with the first CPU fix-up that works) or TCG, for the daemon at ``uri``."""
    import libvirt

    forced = os.environ.get("KUBEVIRT_SANDBOX_ACCEL")
    if forced in ("kvm", "tcg"):
        return Decision(forced, f"KUBEVIRT_SANDBOX_ACCEL={forced}, no probe")
    if not os.access("/dev/kvm", os.R_OK | os.W_OK):
        return Decision("tcg", "no usable /dev/kvm")
    workdir = node_dir / PROBE_NAME
    libvirt.registerErrorHandler(lambda *_: None, None)
    conn = libvirt.open(uri)
    try:
        root, identity = payload(workdir)
        xmls = [domain_xml(workdir, root, "kvm", fixup) for fixup in cpumodel.CANDIDATES]
        remembered = (
            cachedir.cache_dir()
            / "accel-probe"
            / f"{cache_key(xmls, identity, workdir, conn.getLibVersion())}.json"
        )
        try:
            return Decision(**json.loads(remembered.read_text()))
        except (OSError, ValueError, TypeError):
            pass  # not probed yet (or written by another version): probe
        failures = []
        decision = None
        for fixup, xml in zip(cpumodel.CANDIDATES, xmls, strict=True):
            why = cpumodel.FIXUPS[fixup].why
            try:
                took = boot(conn, xml, workdir / "serial0.log", node_dir / "log" / "qemu", timeout)
            except BootFailed as exc:
                failures.append(f"{why}: {exc}")
                continue
            decision = Decision(
                "kvm", f"the demo guest was ready {took:.1f} s after start under KVM, {why}", fixup
            )
            break
        if decision is None:
            decision = Decision(
                "tcg", "KVM does not run the sandbox's domain here (" + " | ".join(failures) + ")"
            )
        remembered.parent.mkdir(parents=True, exist_ok=True)
        partial = remembered.with_suffix(f".{os.getpid()}.tmp")
        partial.write_text(json.dumps(dataclasses.asdict(decision)))
        partial.rename(remembered)  # atomic: a concurrent sandbox reads all of it or nothing
        return decision
    finally:
        conn.close()
        shutil.rmtree(workdir, ignore_errors=True)
