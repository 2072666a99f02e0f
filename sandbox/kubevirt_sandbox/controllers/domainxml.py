"""VMI spec -> libvirt domain XML, after KubeVirt's converter (pkg/virt-launcher/virtwrap/converter).

What is mapped the way KubeVirt maps it: domain name ``<namespace>_<name>``, memory in bytes,
``<vcpu>`` = sockets*cores*threads with a ``<cpu><topology>``, machine type (q35 by default), firmware
uuid/serial through ``<sysinfo type='smbios'>``, the CPU model (``cpumodel``: host-model by default),
one ``<disk>`` per disk with bus/target/alias
``ua-<disk name>``, interfaces with alias ``ua-<interface name>`` and model virtio-non-transitional,
the KubeVirt metadata element carrying the VMI uid.

Where the sandbox differs, on purpose: the pod network is QEMU user-mode networking (``<interface
type='user'>``: no root networking on the host; ports are forwarded at run time, see services.py),
the serial console is a file the VMI handler reads, there is no guest agent channel and no VNC.

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

import hashlib
import re
import uuid
from dataclasses import dataclass
from typing import Any
from xml.sax.saxutils import escape, quoteattr

from kubevirt_sandbox.controllers import cpumodel

MIN_GUEST_MEMORY = 36 * 1024 * 1024
MIN_GUEST_MEMORY_TEXT = "36Mi"
MAX_HOTPLUG_RATIO = 4  # KubeVirt's default maxHotplugRatio
MAX_VCPUS = 512  # KubeVirt's upper bound when it derives maxSockets

_SUFFIX = {
    "": 1, "k": 10**3, "M": 10**6, "G": 10**9, "T": 10**12,
    "Ki": 2**10, "Mi": 2**20, "Gi": 2**30, "Ti": 2**40,
}  # fmt: skip


def quantity_bytes(value: Any) -> int:
    """A Kubernetes quantity (``64M``, ``1Gi``, ``1e9``, 1024) in bytes."""
    if isinstance(value, (int, float)):
        return int(value)
    m = re.fullmatch(r"\s*([0-9.eE+-]+?)([kMGT]i?)?\s*", str(value))
    if not m:
        raise ValueError(f"not a quantity: {value!r}")
    return int(float(m.group(1)) * _SUFFIX[m.group(2) or ""])


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


def vcpu_xml(spec: dict[str, Any]) -> tuple[str, int]:
    """``<vcpu>`` (+ ``<vcpus>`` when hotplug room exists) and the topology's socket count."""
    sockets, cores, threads = cpu_topology(spec)
    enabled = sockets * cores * threads
    top_sockets = max(max_sockets(spec), sockets)
    if top_sockets == sockets:
        return f"<vcpu placement='static'>{enabled}</vcpu>", sockets
    total = top_sockets * cores * threads
    vcpus = "".join(
        f"\n    <vcpu id='{i}' enabled='{'yes' if i < enabled else 'no'}'"
        f" hotpluggable='{'yes' if i >= cores * threads else 'no'}'/>"
        for i in range(total)
    )
    return (
        f"<vcpu placement='static' current='{enabled}'>{total}</vcpu>\n  <vcpus>{vcpus}\n  </vcpus>",
        top_sockets,
    )


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


def convert(
    vmi: dict[str, Any],
    sources: dict[str, DiskSource],
    serial_log: str,
    domain_type: str,
    cpu_fixup: str = "",
) -> str:
    """The domain XML for a VMI; ``cpu_fixup`` names the host's CPU fix-up (cpumodel.FIXUPS, KVM only)."""
    meta, spec = vmi["metadata"], vmi["spec"]
    ns, name = meta["namespace"], meta["name"]
    domain = spec.get("domain") or {}
    devices = domain.get("devices") or {}
    memory = check_memory(spec)
    _, cores, threads = cpu_topology(spec)
    vcpu, top_sockets = vcpu_xml(spec)
    topology = f"<topology sockets='{top_sockets}' dies='1' cores='{cores}' threads='{threads}'/>"
    machine = (domain.get("machine") or {}).get("type") or "q35"
    fw = domain.get("firmware") or {}
    fw_uuid = firmware_uuid(spec, ns, name)
    serial = fw.get("serial") or ""

    disks_xml = []
    buses = set()
    counters = {"virtio": 0, "sata": 0, "scsi": 0, "usb": 0}
    prefixes = {"virtio": "vd", "sata": "sd", "scsi": "sd", "usb": "sd"}
    disks = list(devices.get("disks") or [])
    named = {d["name"] for d in disks}
    for vol in spec.get("volumes") or []:  # KubeVirt adds a disk for every volume
        if vol["name"] not in named:
            disks.append({"name": vol["name"], "disk": {}})
    for disk in disks:
        src = sources.get(disk["name"])
        if src is None:
            continue
        device = "cdrom" if "cdrom" in disk else ("lun" if "lun" in disk else "disk")
        kind = disk.get(device) or {}
        bus = kind.get("bus") or ("sata" if device != "disk" else "sata")
        buses.add(bus)
        letter_base = "sd" if bus in ("sata", "scsi", "usb") else prefixes.get(bus, "vd")
        idx = counters["virtio" if letter_base == "vd" else "sata"]
        counters["virtio" if letter_base == "vd" else "sata"] += 1
        target = letter_base + chr(ord("a") + idx)
        model = " model='virtio-non-transitional'" if bus == "virtio" else ""
        # KubeVirt: a scsi disk sits on the SCSI controller 0, its unit the sdX index.
        address = ""
        if bus == "scsi":
            address = f"\n      <address type='drive' controller='0' bus='0' unit='{idx}'/>"
        boot = f"<boot order='{disk['bootOrder']}'/>" if disk.get("bootOrder") else ""
        ro = "<readonly/>" if (src.readonly or kind.get("readonly") or device == "cdrom") else ""
        disk_serial = f"<serial>{escape(disk['serial'])}</serial>" if disk.get("serial") else ""
        disks_xml.append(
            f"""    <disk type='file' device='{"lun" if device == "lun" else device}'{model}>
      <source file={quoteattr(src.path)}/>
      <target bus='{bus}' dev='{target}'/>
      <driver name='qemu' type='{src.format}' error_policy='stop' discard='unmap'/>
      {ro}{boot}{disk_serial}
      <alias name='ua-{escape(disk["name"])}'/>{address}
    </disk>"""
        )

    # KubeVirt adds the SCSI controller unless hotplug is disabled and no disk is on the scsi bus.
    scsi_controller = (
        "\n    <controller type='scsi' index='0' model='virtio-non-transitional'/>"
        if not devices.get("disableHotplug") or "scsi" in buses
        else ""
    )

    ifaces_xml = []
    for iface in interfaces(spec):
        model = (iface.get("model") or "virtio").replace("virtio", "virtio-non-transitional")
        ifaces_xml.append(
            f"""    <interface type='user'>
      <mac address='{mac_address(meta.get("uid", ""), iface)}'/>
      <model type='{model}'/>
      <alias name='ua-{escape(iface["name"])}'/>
      <rom enabled='no'/>
    </interface>"""
        )

    return f"""<domain type='{domain_type}'>
  <name>{escape(domain_name(ns, name))}</name>
  <uuid>{fw_uuid}</uuid>
  <metadata>
    <kubevirt xmlns="http://kubevirt.io"><uid>{escape(meta.get("uid", ""))}</uid></kubevirt>
  </metadata>
  <memory unit='b'>{memory}</memory>
  <currentMemory unit='b'>{memory}</currentMemory>
  {vcpu}
  {cpumodel.cpu_element(spec, domain_type, topology, cpu_fixup)}
  <os>
    <type arch='x86_64' machine='{escape(machine)}'>hvm</type>
    <smbios mode='sysinfo'/>
  </os>
  <sysinfo type='smbios'>
    <system>
      <entry name='uuid'>{fw_uuid}</entry>
      <entry name='serial'>{escape(serial)}</entry>
    </system>
  </sysinfo>
  <features><acpi/><apic/></features>
  <clock offset='utc'/>
  <on_poweroff>destroy</on_poweroff>
  <on_reboot>restart</on_reboot>
  <on_crash>destroy</on_crash>
  <devices>
{chr(10).join(disks_xml)}
{chr(10).join(ifaces_xml)}
    <controller type='usb' index='0' model='none'/>{scsi_controller}
    <serial type='file'>
      <source path={quoteattr(serial_log)} append='on'/>
      <target port='0'/>
    </serial>
    <memballoon model='virtio-non-transitional' freePageReporting='on'>
      <stats period='10'/>
    </memballoon>
  </devices>
</domain>
"""
