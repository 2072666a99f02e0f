"""VMI spec -> libvirt domain XML, after KubeVirt's converter (pkg/virt-launcher/virtwrap/converter).

What is mapped the way KubeVirt maps it: domain name ``<namespace>_<name>``, memory in bytes,
``<vcpu>`` = sockets*cores*threads with a ``<cpu><topology>``, machine type (q35 by default), firmware
uuid/serial through ``<sysinfo type='smbios'>``, the CPU model (``cpumodel``: host-model by default),
one ``<disk>`` per disk with bus/target/alias
``ua-<disk name>``, interfaces with alias ``ua-<interface name>`` and model virtio-non-transitional,
the KubeVirt metadata element carrying the VMI uid.

Where the sandbox differs, on purpose: the pod network is QEMU user-mode networking (``<interface
type='user'>``: no root networking on the host; ports are forwarded at run time, see services.py),
the serial console is a pty (``kubevirt-sandbox console``) whose output QEMU also appends to a file
the VMI handler reads (KubeVirt: a unix socket with the same log), VNC listens on 127.0.0.1 (KubeVirt:
a unix socket behind virt-handler), there is no guest agent channel.

The XML is built with ElementTree, never by pasting text: no value from the VMI can add attributes
or elements. Values KubeVirt's admission limits to a set (disk bus, interface model, CPU feature
policy) or to a form (MAC, machine type, firmware UUID, boot order) are checked here too, and
refused with :class:`InvalidDomainSpec` naming the field: the VMI fails to start (``FailedCreate``)
with that message.

The domain gets exactly the memory the VMI asks for (a check of the domain against the VMI would
otherwise see drift that nobody made); a VMI asking for less than ``MIN_GUEST_MEMORY``, the
measured floor of the demo image (its kernel decompresses into 16 MiB above the 16 MiB load
address and the initramfs goes above that: 36 MiB boots to ready, 32 MiB panics, see
scripts/build_demo_kernel.sh), is refused with ``GuestMemoryTooSmall`` instead of being started.

Like KubeVirt's (LiveUpdate rollout): a virtio memballoon, and room for vCPU hotplug: with
``cpu.maxSockets`` set (the VM controller defaults it on the VMI) ``<vcpu current=...>`` is
sockets*cores*threads of maxSockets*cores*threads and the topology has maxSockets sockets. Disks on
the ``scsi`` bus sit on a virtio-non-transitional SCSI controller at index 0, unit = their
``sdX`` index, so ``virsh detach-disk --live`` removes them at once (QEMU needs no guest ack).
"""

from __future__ import annotations

import decimal
import hashlib
import re
import secrets
import string
import uuid
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from typing import Any

from kubevirt_sandbox.controllers import cpumodel

MIN_GUEST_MEMORY = 36 * 1024 * 1024
MIN_GUEST_MEMORY_TEXT = "36Mi"
MAX_HOTPLUG_RATIO = 4  # KubeVirt's default maxHotplugRatio
MAX_VCPUS = 512  # KubeVirt's upper bound when it derives maxSockets

_SUFFIX = {
    "": 1, "k": 10**3, "M": 10**6, "G": 10**9, "T": 10**12, "P": 10**15, "E": 10**18,
    "Ki": 2**10, "Mi": 2**20, "Gi": 2**30, "Ti": 2**40, "Pi": 2**50, "Ei": 2**60,
}  # fmt: skip
# Kubernetes' quantity grammar: a number, then a binary or decimal suffix or a decimal exponent
# ("1E" is exa, "1E3" a thousand); the milli/micro/nano suffixes never make sense for bytes.
_QUANTITY = re.compile(
    r"\s*([+-]?(?:[0-9]+\.?[0-9]*|\.[0-9]+))(?:([eE][+-]?[0-9]+)|(Ki|Mi|Gi|Ti|Pi|Ei|k|M|G|T|P|E))?\s*"
)


def quantity_bytes(value: Any) -> int:
    """A Kubernetes quantity (``64M``, ``1Gi``, ``1e9``, ``131072Ki``, 1024) in bytes."""
    if isinstance(value, (int, float)):
        return int(value)
    m = _QUANTITY.fullmatch(str(value))
    if not m:
        raise ValueError(f"not a quantity: {value!r}")
    number = decimal.Decimal(m.group(1))
    if m.group(2):
        number = number.scaleb(int(m.group(2)[1:]))
    return int(number * _SUFFIX[m.group(3) or ""])


def domain_name(namespace: str, name: str) -> str:
    return f"{namespace}_{name}"


def guest_memory(spec: dict[str, Any]) -> int:
    """memory.guest, else requests.memory, else limits.memory (KubeVirt's order)."""
    domain = spec.get("domain") or {}
    mem = (domain.get("memory") or {}).get("guest")
    res = domain.get("resources") or {}
    mem = mem or (res.get("requests") or {}).get("memory") or (res.get("limits") or {}).get("memory")
    if mem is None:
        raise ValueError("no memory: set spec.domain.memory.guest or resources.requests.memory")
    return quantity_bytes(mem)


class GuestMemoryTooSmall(ValueError):
    """The VMI asks for less memory than the sandbox's demo guest can boot in."""

    reason = "GuestMemoryTooSmall"


def declared_memory(spec: dict[str, Any]) -> str:
    """The memory quantity as the VMI declares it (for messages)."""
    domain = spec.get("domain") or {}
    res = domain.get("resources") or {}
    mem = (
        (domain.get("memory") or {}).get("guest")
        or (res.get("requests") or {}).get("memory")
        or (res.get("limits") or {}).get("memory")
    )
    return str(mem)


def check_memory(spec: dict[str, Any]) -> int:
    """The guest memory in bytes; GuestMemoryTooSmall below what the demo guest boots in."""
    memory = guest_memory(spec)
    if memory < MIN_GUEST_MEMORY:
        raise GuestMemoryTooSmall(
            f"guest memory {declared_memory(spec)} ({memory} bytes) is less than the "
            f"{MIN_GUEST_MEMORY_TEXT} the sandbox's demo guest needs to boot; the sandbox runs "
            "the domain with exactly the declared memory, so it does not start this VMI"
        )
    return memory


def cpu_topology(spec: dict[str, Any]) -> tuple[int, int, int]:
    cpu = (spec.get("domain") or {}).get("cpu") or {}
    return int(cpu.get("sockets") or 1), int(cpu.get("cores") or 1), int(cpu.get("threads") or 1)


def default_max_sockets(spec: dict[str, Any]) -> int:
    """KubeVirt's maxSockets for a VMI that sets none: sockets x maxHotplugRatio, capped at 512 vCPUs."""
    sockets, cores, threads = cpu_topology(spec)
    max_sockets = sockets * MAX_HOTPLUG_RATIO
    if max_sockets * cores * threads > MAX_VCPUS:
        max_sockets = max(MAX_VCPUS // (cores * threads), sockets)
    return max_sockets


def max_sockets(spec: dict[str, Any]) -> int:
    """cpu.maxSockets of the VMI (0: none, no hotplug room)."""
    cpu = (spec.get("domain") or {}).get("cpu") or {}
    return int(cpu.get("maxSockets") or 0)


def firmware_uuid(spec: dict[str, Any], namespace: str, name: str) -> str:
    fw = (spec.get("domain") or {}).get("firmware") or {}
    # KubeVirt derives a stable uuid from the VM name when the user sets none.
    return str(fw.get("uuid") or uuid.uuid5(uuid.NAMESPACE_DNS, f"{namespace}/{name}.kubevirt.io"))


def mac_address(vmi_uid: str, iface: dict[str, Any]) -> str:
    if iface.get("macAddress"):
        return str(iface["macAddress"])
    h = hashlib.sha1(f"{vmi_uid}/{iface.get('name')}".encode()).digest()
    return f"52:54:00:{h[0]:02x}:{h[1]:02x}:{h[2]:02x}"


@dataclass
class DiskSource:
    """Where a VMI volume's data is on this machine."""

    path: str
    format: str  # qcow2 | raw
    readonly: bool = False
    device: str | None = None  # force cdrom for seeds with no disk spec


def interfaces(spec: dict[str, Any]) -> list[dict[str, Any]]:
    """The VMI's interfaces; KubeVirt adds ``default`` on the pod network when none is given."""
    devices = (spec.get("domain") or {}).get("devices") or {}
    ifaces = list(devices.get("interfaces") or [])
    if not ifaces and devices.get("autoattachPodInterface", True) and not spec.get("networks"):
        ifaces = [{"name": "default", "bridge": {}}]
    return ifaces


# -- what KubeVirt allows (its admission refuses anything else) ---------------------------------
DISK_BUSES = ("virtio", "sata", "scsi", "usb")
INTERFACE_MODELS = ("e1000", "e1000e", "igb", "ne2k_pci", "pcnet", "rtl8139", "virtio")
_MAC = re.compile(r"[0-9A-Fa-f]{2}([:-])[0-9A-Fa-f]{2}(\1[0-9A-Fa-f]{2}){4}")
_MACHINE = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]*")


class InvalidDomainSpec(ValueError):
    """A VMI field holds a value KubeVirt does not allow; the message names the field and the fix."""

    reason = "InvalidSpec"


def _one_of(field: str, value: Any, allowed: tuple[str, ...]) -> str:
    if value not in allowed:
        raise InvalidDomainSpec(f"{field}: {value!r} is not one of {', '.join(allowed)}; use one of these")
    return str(value)


def _matching(field: str, value: Any, pattern: re.Pattern[str], example: str) -> str:
    if not isinstance(value, str) or not pattern.fullmatch(value):
        raise InvalidDomainSpec(f"{field}: {value!r} is not valid; write it like {example}")
    return value


def _uuid(field: str, value: str) -> str:
    try:
        return str(uuid.UUID(value))
    except (ValueError, AttributeError, TypeError):
        raise InvalidDomainSpec(
            f"{field}: {value!r} is not a UUID; write it like 5d307ca9-b3ef-428c-8861-06e72d69f223"
        ) from None


def _positive(field: str, value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise InvalidDomainSpec(f"{field}: {value!r} is not a whole number of at least 1")
    return value


# -- elements ---------------------------------------------------------------------------------
def _sub(parent: ET.Element, tag: str, text: Any = None, **attrs: Any) -> ET.Element:
    """A child element; attribute values and text are escaped by ElementTree, never spliced."""
    child = ET.SubElement(parent, tag, {k: str(v) for k, v in attrs.items()})
    if text is not None:
        child.text = str(text)
    return child


def _vcpus(parent: ET.Element, spec: dict[str, Any]) -> int:
    """``<vcpu>`` (+ ``<vcpus>`` when hotplug room exists); returns the topology's socket count."""
    sockets, cores, threads = cpu_topology(spec)
    enabled = sockets * cores * threads
    top_sockets = max(max_sockets(spec), sockets)
    if top_sockets == sockets:
        _sub(parent, "vcpu", enabled, placement="static")
        return sockets
    total = top_sockets * cores * threads
    _sub(parent, "vcpu", total, placement="static", current=enabled)
    vcpus = _sub(parent, "vcpus")
    for i in range(total):
        _sub(
            vcpus,
            "vcpu",
            id=i,
            enabled="yes" if i < enabled else "no",
            hotpluggable="yes" if i >= cores * threads else "no",
        )
    return top_sockets


def _identity(root: ET.Element, vmi: dict[str, Any], fw_uuid: str, memory: int) -> None:
    """Name, uuid, the KubeVirt metadata (the VMI uid), memory."""
    meta = vmi["metadata"]
    _sub(root, "name", domain_name(meta["namespace"], meta["name"]))
    _sub(root, "uuid", fw_uuid)
    metadata = _sub(root, "metadata")
    # The namespace as a plain attribute, so that it is declared here with no prefix: libvirt keeps
    # the element as written, and the VMI handler finds ``<uid>...</uid>`` in the live XML.
    kubevirt = _sub(metadata, "kubevirt", xmlns="http://kubevirt.io")
    _sub(kubevirt, "uid", meta.get("uid", ""))
    _sub(root, "memory", memory, unit="b")
    _sub(root, "currentMemory", memory, unit="b")


def _os_and_sysinfo(root: ET.Element, domain: dict[str, Any], fw_uuid: str) -> None:
    machine = _matching(
        "spec.domain.machine.type", (domain.get("machine") or {}).get("type") or "q35", _MACHINE, "q35"
    )
    os_ = _sub(root, "os")
    _sub(os_, "type", "hvm", arch="x86_64", machine=machine)
    _sub(os_, "smbios", mode="sysinfo")
    system = _sub(_sub(root, "sysinfo", type="smbios"), "system")
    _sub(system, "entry", fw_uuid, name="uuid")
    _sub(system, "entry", (domain.get("firmware") or {}).get("serial") or "", name="serial")
    features = _sub(root, "features")
    _sub(features, "acpi")
    _sub(features, "apic")
    _sub(root, "clock", offset="utc")
    _sub(root, "on_poweroff", "destroy")
    _sub(root, "on_reboot", "restart")
    _sub(root, "on_crash", "destroy")


def _all_disks(spec: dict[str, Any]) -> list[dict[str, Any]]:
    """The VMI's disks, plus one for every volume without a disk (KubeVirt adds those)."""
    disks = list(((spec.get("domain") or {}).get("devices") or {}).get("disks") or [])
    named = {d["name"] for d in disks}
    disks += [{"name": v["name"], "disk": {}} for v in spec.get("volumes") or [] if v["name"] not in named]
    return disks


def _disks(devices: ET.Element, spec: dict[str, Any], sources: dict[str, DiskSource]) -> set[str]:
    """One ``<disk>`` per disk with a source; returns the buses in use."""
    buses: set[str] = set()
    counters = {"vd": 0, "sd": 0}
    for i, disk in enumerate(_all_disks(spec)):
        src = sources.get(disk["name"])
        if src is None:
            continue
        device = "cdrom" if "cdrom" in disk else ("lun" if "lun" in disk else "disk")
        kind = disk.get(device) or {}
        field = f"spec.domain.devices.disks[{i}].{device}.bus"
        bus = _one_of(field, kind.get("bus") or "sata", DISK_BUSES)
        buses.add(bus)
        prefix = "vd" if bus == "virtio" else "sd"
        idx = counters[prefix]
        counters[prefix] += 1
        attrs = {"model": "virtio-non-transitional"} if bus == "virtio" else {}
        element = _sub(devices, "disk", type="file", device=device, **attrs)
        _sub(element, "source", file=src.path)
        _sub(element, "target", bus=bus, dev=prefix + chr(ord("a") + idx))
        _sub(element, "driver", name="qemu", type=src.format, error_policy="stop", discard="unmap")
        if src.readonly or kind.get("readonly") or device == "cdrom":
            _sub(element, "readonly")
        if disk.get("bootOrder"):
            _sub(
                element,
                "boot",
                order=_positive(f"spec.domain.devices.disks[{i}].bootOrder", disk["bootOrder"]),
            )
        if disk.get("serial"):
            _sub(element, "serial", disk["serial"])
        _sub(element, "alias", name=f"ua-{disk['name']}")
        if bus == "scsi":  # KubeVirt: a scsi disk sits on the SCSI controller 0, its unit the sdX index
            _sub(element, "address", type="drive", controller=0, bus=0, unit=idx)
    return buses


def _interfaces(devices: ET.Element, spec: dict[str, Any], vmi_uid: str) -> None:
    for i, iface in enumerate(interfaces(spec)):
        field = f"spec.domain.devices.interfaces[{i}]"
        model = _one_of(f"{field}.model", iface.get("model") or "virtio", INTERFACE_MODELS)
        mac = mac_address(vmi_uid, iface)
        _matching(f"{field}.macAddress", mac, _MAC, "02:00:00:00:00:01")
        element = _sub(devices, "interface", type="user")
        _sub(element, "mac", address=mac)
        _sub(element, "model", type=model.replace("virtio", "virtio-non-transitional"))
        _sub(element, "alias", name=f"ua-{iface['name']}")
        _sub(element, "rom", enabled="no")


# VNC's authentication reads the first 8 characters of a password. 90 printable ASCII symbols
# (no quotes, backslash, backtick or space, so it pastes into a shell or a viewer's prompt) give
# 8 * log2(90) = 52 bits, against 32 for 8 hex digits.
VNC_ALPHABET = string.ascii_letters + string.digits + "!#$%&()*+,-./:;<=>?@[]^_{|}~"
VNC_PASSWORD_LENGTH = 8


def vnc_password() -> str:
    """A random password for one start of a domain's VNC server."""
    return "".join(secrets.choice(VNC_ALPHABET) for _ in range(VNC_PASSWORD_LENGTH))


def _fixed_devices(
    devices: ET.Element, spec: dict[str, Any], buses: set[str], serial_log: str, vnc_password: str | None
) -> None:
    """Controllers, the serial console, video + VNC, the balloon."""
    _sub(devices, "controller", type="usb", index=0, model="none")
    # KubeVirt adds the SCSI controller unless hotplug is disabled and no disk is on the scsi bus.
    if not ((spec.get("domain") or {}).get("devices") or {}).get("disableHotplug") or "scsi" in buses:
        _sub(devices, "controller", type="scsi", index=0, model="virtio-non-transitional")
    # A pty (``virDomainOpenConsole``: ``kubevirt-sandbox console``) whose output QEMU also
    # appends to ``serial_log``, which the VMI handler reads (KubeVirt: a unix socket + log).
    serial = _sub(devices, "serial", type="pty")
    _sub(serial, "log", file=serial_log, append="on")
    _sub(serial, "target", port=0)
    _sub(_sub(devices, "video"), "model", type="vga", heads=1, vram=16384)
    graphics = _sub(devices, "graphics", type="vnc", port=-1, autoport="yes", listen="127.0.0.1")
    if vnc_password is not None:
        graphics.set("passwd", vnc_password)
    _sub(graphics, "listen", type="address", address="127.0.0.1")
    balloon = _sub(devices, "memballoon", model="virtio-non-transitional", freePageReporting="on")
    _sub(balloon, "stats", period=10)


def convert(
    vmi: dict[str, Any],
    sources: dict[str, DiskSource],
    serial_log: str,
    domain_type: str,
    cpu_fixup: str = "",
    *,
    vnc_password: str | None = None,
) -> str:
    """The domain XML for a VMI; ``cpu_fixup`` names the host's CPU fix-up (cpumodel.FIXUPS, KVM only).

    InvalidDomainSpec (a ValueError naming the field) for a value KubeVirt does not allow.
    ``vnc_password``: guests reach the host's loopback through user-mode networking (10.0.2.2),
    so an open VNC server on 127.0.0.1 would let one guest type into another's screen; the VMI
    handler gives each start a random one (``kubevirt-sandbox vnc`` prints it; libvirt leaves it
    out of the XML it shows without ``VIR_DOMAIN_XML_SECURE``).
    """
    meta, spec = vmi["metadata"], vmi["spec"]
    domain = spec.get("domain") or {}
    fw_uuid = _uuid("spec.domain.firmware.uuid", firmware_uuid(spec, meta["namespace"], meta["name"]))
    root = ET.Element("domain", type=domain_type)
    _identity(root, vmi, fw_uuid, check_memory(spec))
    top_sockets = _vcpus(root, spec)
    _, cores, threads = cpu_topology(spec)
    topology = {"sockets": top_sockets, "dies": 1, "cores": cores, "threads": threads}
    root.append(cpumodel.cpu_node(spec, domain_type, topology, cpu_fixup))
    _os_and_sysinfo(root, domain, fw_uuid)
    devices = _sub(root, "devices")
    buses = _disks(devices, spec, sources)
    _interfaces(devices, spec, meta.get("uid", ""))
    _fixed_devices(devices, spec, buses, serial_log, vnc_password)
    ET.indent(root)
    return ET.tostring(root, encoding="unicode") + "\n"
