"""The facts of a domain that KubeVirt maps from a VMI, read from libvirt XML or derived from the VMI.

Both sides become the same :class:`Facts`, so that comparing them (compare.py) is field by field.
Only what KubeVirt's converter maps from the VMI spec is kept (virt-launcher/virtwrap/converter):
memory (boot and current), vCPUs and topology, machine type, disks (device, bus, read-only, source)
by their ``ua-<name>`` alias, interfaces (model, MAC) by alias, run state and persistence.
What libvirt adds on its own (controllers, PCI addresses, its own aliases, the emulator, seclabels)
is never read.
"""

from __future__ import annotations

import dataclasses
import xml.etree.ElementTree as ET
from typing import Any

import pulumi_kubevirt_models as models
from pulumi_kubevirt_provider.domain.access import ABSENT, RUNNING, Reading

USER_ALIAS = "ua-"  # KubeVirt's prefix for the aliases of devices the user named
MiB = 1024 * 1024
_UNITS = {
    "b": 1, "bytes": 1, "KB": 10**3, "k": 1024, "KiB": 1024, "MB": 10**6, "M": MiB, "MiB": MiB,
    "GB": 10**9, "G": 1024**3, "GiB": 1024**3, "TB": 10**12, "T": 1024**4, "TiB": 1024**4,
}  # fmt: skip


@dataclasses.dataclass(frozen=True)
class Disk:
    device: str  # disk | cdrom | lun
    bus: str | None
    readonly: bool
    source: str | None  # the file, block device or network name; None when empty (ejected)


@dataclasses.dataclass(frozen=True)
class Interface:
    model: str | None  # virtio, e1000, ... (libvirt's -transitional suffixes dropped)
    mac: str | None


@dataclasses.dataclass(frozen=True)
class Facts:
    """A domain as KubeVirt shapes it. ``None`` means "not known" (and is never compared)."""

    state: str = RUNNING
    persistent: bool | None = True
    memory: int | None = None  # bytes at boot (<memory>)
    current_memory: int | None = None  # bytes the guest has now (<currentMemory>, the balloon)
    vcpus: int | None = None  # vCPUs online (<vcpu current=...>)
    topology: tuple[int, int, int] | None = None  # sockets, cores, threads (sockets = the maximum)
    machine: str | None = None
    disks: dict[str, Disk] | None = None  # by the user's disk name
    interfaces: dict[str, Interface] | None = None  # by the user's interface name

    def summary(self) -> dict[str, Any]:
        """What ``read`` puts in the ``domain`` output: plain, stable, no secrets."""
        out: dict[str, Any] = {"state": self.state}
        if self.state == ABSENT:
            return out
        out.update(
            persistent=self.persistent,
            memory=human_bytes(self.memory),
            currentMemory=human_bytes(self.current_memory),
            vcpus=self.vcpus,
            topology=dict(zip(("sockets", "cores", "threads"), self.topology, strict=True))
            if self.topology
            else None,
            machine=self.machine,
            disks=[{"name": n, **dataclasses.asdict(d)} for n, d in sorted((self.disks or {}).items())],
            interfaces=[
                {"name": n, **dataclasses.asdict(i)} for n, i in sorted((self.interfaces or {}).items())
            ],
        )
        return {k: v for k, v in out.items() if v is not None}


def human_bytes(value: int | None) -> str | None:
    """Bytes the way Kubernetes users write them: 256Mi, 2Gi, 97.7Mi (rounded), 512Ki."""
    if value is None:
        return None
    for suffix, size in (("Gi", 1024**3), ("Mi", MiB)):
        if value % size == 0:
            return f"{value // size}{suffix}"
    if value >= MiB:  # a balloon target in KiB: 100000Ki reads better as 97.7Mi
        return f"{value / MiB:.1f}Mi"
    return f"{value // 1024}Ki" if value % 1024 == 0 else str(value)


def _bytes(el: ET.Element | None) -> int | None:
    if el is None or not (el.text or "").strip():
        return None
    return int(el.text.strip()) * _UNITS.get(el.get("unit") or "KiB", 1024)  # type: ignore[union-attr]


def _attr(el: ET.Element, path: str, name: str) -> str | None:
    # Not `el.find(path) or ...`: an Element without children is falsy.
    found = el.find(path)
    return found.get(name) if found is not None else None


def _user_devices(root: ET.Element, tag: str) -> list[tuple[str, ET.Element]]:
    """The ``<devices>`` children of ``tag`` the user named: (name without ``ua-``, element)."""
    named = []
    for el in root.findall(f"devices/{tag}"):
        alias = _attr(el, "alias", "name") or ""
        if alias.startswith(USER_ALIAS):
            named.append((alias[len(USER_ALIAS) :], el))
    return named


def _model(name: str | None) -> str | None:
    return name.replace("-non-transitional", "").replace("-transitional", "") if name else None


def from_reading(reading: Reading) -> Facts:
    """Parse what a backend read. Raises ValueError on XML that is not a domain, including XML
    that is not well-formed (ElementTree's ParseError is a SyntaxError, not a ValueError)."""
    if reading.state == ABSENT or not reading.xml:
        return Facts(state=reading.state, persistent=None)
    try:
        root = ET.fromstring(reading.xml)
    except ET.ParseError as exc:
        raise ValueError(f"not well-formed XML: {exc}") from exc
    if root.tag != "domain":
        raise ValueError(f"not a libvirt domain: <{root.tag}>")
    vcpu = root.find("vcpu")
    vcpus = None
    if vcpu is not None and (vcpu.text or "").strip():
        vcpus = int(vcpu.get("current") or vcpu.text.strip())  # type: ignore[union-attr]
    topo = root.find("cpu/topology")
    topology = None
    if topo is not None:
        topology = (int(topo.get("sockets", 1)), int(topo.get("cores", 1)), int(topo.get("threads", 1)))
    os_type = root.find("os/type")

    disks: dict[str, Disk] = {}
    for name, el in _user_devices(root, "disk"):
        target, src = el.find("target"), el.find("source")
        source = None
        if src is not None:
            source = src.get("file") or src.get("dev") or src.get("name") or src.get("volume")
        disks[name] = Disk(
            device=el.get("device") or "disk",
            bus=target.get("bus") if target is not None else None,
            readonly=el.find("readonly") is not None,
            source=source,
        )
    interfaces = {
        name: Interface(
            model=_model(_attr(el, "model", "type")), mac=(_attr(el, "mac", "address") or "").lower() or None
        )
        for name, el in _user_devices(root, "interface")
    }
    return Facts(
        state=reading.state,
        persistent=reading.persistent,
        memory=_bytes(root.find("memory")),
        current_memory=_bytes(root.find("currentMemory")),
        vcpus=vcpus,
        topology=topology,
        machine=os_type.get("machine") if os_type is not None else None,
        disks=disks,
        interfaces=interfaces,
    )


# -- what a VMI implies ---------------------------------------------------------------------------
def quantity_bytes(value: Any) -> int | None:
    if value is None:
        return None
    try:
        return int(models.Quantity(value))  # not the generated models: a preview needs none
    except (TypeError, ValueError):
        return None


def guest_memory(spec: dict[str, Any]) -> int | None:
    """The guest memory KubeVirt gives: memory.guest, else requests.memory, else limits.memory."""
    domain = spec.get("domain") or {}
    resources = domain.get("resources") or {}
    return quantity_bytes(
        (domain.get("memory") or {}).get("guest")
        or (resources.get("requests") or {}).get("memory")
        or (resources.get("limits") or {}).get("memory")
    )


def cpu_shape(spec: dict[str, Any]) -> tuple[int, int, int, int]:
    """(sockets, cores, threads, maxSockets) as KubeVirt maps them."""
    cpu = (spec.get("domain") or {}).get("cpu") or {}
    sockets, cores, threads = (int(cpu.get(k) or 1) for k in ("sockets", "cores", "threads"))
    return sockets, cores, threads, int(cpu.get("maxSockets") or sockets)


NOT_DISKS = ("downwardMetrics", "memoryDump")  # volumes KubeVirt maps to something else


def disk_names(spec: dict[str, Any]) -> list[str]:
    """The VMI's disks; KubeVirt gives every volume without a disk (or filesystem) a disk."""
    devices = (spec.get("domain") or {}).get("devices") or {}
    names = [d["name"] for d in devices.get("disks") or [] if d.get("name")]
    taken = set(names) | {f.get("name") for f in devices.get("filesystems") or []}
    names += [
        v["name"]
        for v in spec.get("volumes") or []
        if v.get("name") and v["name"] not in taken and not any(k in v for k in NOT_DISKS)
    ]
    return names


def interface_specs(spec: dict[str, Any]) -> list[dict[str, Any]]:
    """The VMI's interfaces; KubeVirt adds ``default`` on the pod network when none is given."""
    devices = (spec.get("domain") or {}).get("devices") or {}
    # SR-IOV interfaces become <hostdev> devices, not <interface>: not compared.
    ifaces = [i for i in devices.get("interfaces") or [] if "sriov" not in i]
    if (
        not devices.get("interfaces")
        and devices.get("autoattachPodInterface", True) is not False
        and not spec.get("networks")
    ):
        ifaces = [{"name": "default"}]
    return ifaces


def expected(vmi: dict[str, Any]) -> Facts:
    """The domain a VMI implies: from its spec, and where KubeVirt resolved something (machine type,
    MACs, memory at boot) from its status. Fields the VMI does not determine stay None."""
    spec, status = vmi.get("spec") or {}, vmi.get("status") or {}
    devices = (spec.get("domain") or {}).get("devices") or {}
    sockets, cores, threads, max_sockets = cpu_shape(spec)
    guest = guest_memory(spec)
    memory_status = status.get("memory") or {}
    disks: dict[str, Disk] = {}
    declared_disks = {d["name"]: d for d in devices.get("disks") or [] if d.get("name")}
    for name in disk_names(spec):
        disk = declared_disks.get(name) or {}
        device = next((k for k in ("cdrom", "lun", "disk") if k in disk), "disk")
        kind = disk.get(device) or {}
        disks[name] = Disk(
            device=device,
            bus=kind.get("bus"),  # None: KubeVirt's default, not compared
            readonly=bool(kind.get("readonly")) or device == "cdrom",
            source=None,
        )
    macs = {i.get("name"): (i.get("mac") or "").lower() for i in status.get("interfaces") or []}
    interfaces = {
        i["name"]: Interface(
            model=_model(i.get("model") or "virtio"),
            mac=(i.get("macAddress") or macs.get(i["name"]) or "").lower() or None,
        )
        for i in interface_specs(spec)
    }
    return Facts(
        state=RUNNING,
        persistent=True,
        memory=quantity_bytes(memory_status.get("guestAtBoot")) or guest,
        current_memory=quantity_bytes(memory_status.get("guestRequested")) or guest,
        vcpus=sockets * cores * threads,
        topology=(max_sockets, cores, threads),
        machine=((spec.get("domain") or {}).get("machine") or {}).get("type")
        or (status.get("machine") or {}).get("type"),
        disks=disks,
        interfaces=interfaces,
    )
