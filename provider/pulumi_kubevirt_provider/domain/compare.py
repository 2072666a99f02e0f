"""Field-by-field comparison of the domain a VMI implies with the domain that runs, and of the VM's
template with the VMI (what KubeVirt has not applied yet).

A ``findings.DomainDrift`` is drift: the running machine is not the declared one. Each says how ``up``
repairs it: ``resume`` and ``setmem`` act on the domain, ``restart`` starts a new VMI from the
template (what KubeVirt itself would need), ``wait`` lets KubeVirt finish what it does anyway.
Pending changes (RestartRequired, a hotplug in progress) are not drift: they are
``findings.Pending``, because ``up`` has nothing to do for them.
"""

from __future__ import annotations

from typing import Any

from pulumi_kubevirt_provider import findings
from pulumi_kubevirt_provider.domain import facts as F
from pulumi_kubevirt_provider.domain.access import PAUSED, RUNNING

RESUME, SETMEM, RESTART, WAIT = "resume", "setmem", "restart", "wait"
HOTPLUG_CONDITIONS = {
    "HotVCPUChange": ("vCPUs", "CPU topology"),
    "HotMemoryChange": ("memory", "boot memory"),
}


def _mem(value: int | None) -> str:
    return F.human_bytes(value) or "unknown"


def _same_memory(a: int | None, b: int | None) -> bool:
    # libvirt aligns guest memory up to whole MiB (64M becomes 62500 KiB -> 63488 KiB).
    return a is None or b is None or abs(a - b) < F.MiB


def _same_machine(expected: str | None, actual: str | None) -> bool:
    if not expected or not actual or expected == actual:
        return True
    # KubeVirt and libvirt expand the aliases: q35 -> pc-q35-rhel9.6.0, pc -> pc-i440fx-7.2.
    alias = {"q35": "pc-q35-", "pc": "pc-i440fx-"}.get(expected)
    return alias is not None and actual.startswith(alias)


def domain_drift(want: F.Facts, have: F.Facts) -> list[findings.DomainDrift]:
    """Where the running domain differs from the one the VMI implies."""
    if have.state != RUNNING:
        repair = RESUME if have.state == PAUSED else RESTART
        return [findings.DomainDrift("run state", have.state, "running", repair)]
    out: list[findings.DomainDrift] = []
    if have.persistent is False:
        out.append(findings.DomainDrift("definition", "transient (undefined)", "persistent", RESTART))
    if not _same_memory(want.memory, have.memory):
        out.append(findings.DomainDrift("boot memory", _mem(have.memory), _mem(want.memory), RESTART))
    if not _same_memory(want.current_memory, have.current_memory):
        out.append(
            findings.DomainDrift("memory", _mem(have.current_memory), _mem(want.current_memory), SETMEM)
        )
    if want.vcpus and have.vcpus and want.vcpus != have.vcpus:
        out.append(findings.DomainDrift("vCPUs", str(have.vcpus), str(want.vcpus), RESTART))
    if want.topology and have.topology and want.topology != have.topology:
        shape = "{} sockets x {} cores x {} threads"
        out.append(
            findings.DomainDrift(
                "CPU topology", shape.format(*have.topology), shape.format(*want.topology), RESTART
            )
        )
    if not _same_machine(want.machine, have.machine):
        out.append(findings.DomainDrift("machine type", str(have.machine), str(want.machine), RESTART))
    out += _disk_drift(want.disks or {}, have.disks or {})
    out += _interface_drift(want.interfaces or {}, have.interfaces or {})
    return out


def _disk_drift(want: dict[str, F.Disk], have: dict[str, F.Disk]) -> list[findings.DomainDrift]:
    out = []
    for name, disk in want.items():
        got = have.get(name)
        label = f"disk {name}"
        if got is None:
            out.append(findings.DomainDrift(label, "absent", f"attached ({disk.device})", RESTART))
            continue
        if got.device != disk.device:
            out.append(findings.DomainDrift(f"{label} device", got.device, disk.device, RESTART))
        if disk.bus and got.bus and got.bus != disk.bus:
            out.append(findings.DomainDrift(f"{label} bus", got.bus, disk.bus, RESTART))
        if disk.device != "cdrom" and got.readonly != disk.readonly:
            ro = {True: "read-only", False: "writable"}
            out.append(findings.DomainDrift(label, ro[got.readonly], ro[disk.readonly], RESTART))
        if got.source is None and disk.device != "cdrom":
            out.append(findings.DomainDrift(f"{label} source", "none (ejected)", "the volume", RESTART))
    for name in sorted(set(have) - set(want)):
        out.append(findings.DomainDrift(f"disk {name}", "attached", "absent", RESTART))
    return out


def _interface_drift(
    want: dict[str, F.Interface], have: dict[str, F.Interface]
) -> list[findings.DomainDrift]:
    out = []
    for name, iface in want.items():
        got = have.get(name)
        label = f"interface {name}"
        if got is None:
            out.append(findings.DomainDrift(label, "absent", "attached", RESTART))
            continue
        if iface.model and got.model and got.model != iface.model:
            out.append(findings.DomainDrift(f"{label} model", got.model, iface.model, RESTART))
        if iface.mac and got.mac and got.mac != iface.mac:
            out.append(findings.DomainDrift(f"{label} MAC", got.mac, iface.mac, RESTART))
    for name in sorted(set(have) - set(want)):
        out.append(findings.DomainDrift(f"interface {name}", "attached", "absent", RESTART))
    return out


def paused_by_kubevirt(vmi: dict[str, Any]) -> bool:
    """Whether KubeVirt paused the VMI on a user's request (``virtctl pause``: condition Paused,
    reason PausedByUser). A paused domain without it was paused behind KubeVirt's back (``virsh
    suspend``), which is drift; one paused by an I/O error (PausedIOError) is not intent either."""
    return any(
        c.get("type") == "Paused" and c.get("status") == "True" and c.get("reason") == "PausedByUser"
        for c in (vmi.get("status") or {}).get("conditions") or []
    )


def hotplugging(vm: dict[str, Any], vmi: dict[str, Any]) -> set[str]:
    """Fields KubeVirt is changing on the running domain right now (findings.DomainDrift.field values)."""
    fields: set[str] = set()
    for cond in (vmi.get("status") or {}).get("conditions") or []:
        if cond.get("status") == "True":
            fields.update(HOTPLUG_CONDITIONS.get(cond.get("type", ""), ()))
    current = (vmi.get("status") or {}).get("currentCPUTopology")
    if current:
        sockets, cores, threads, _ = F.cpu_shape(vmi.get("spec") or {})
        if (current.get("sockets"), current.get("cores"), current.get("threads")) != (
            sockets,
            cores,
            threads,
        ):
            fields.update(("vCPUs", "CPU topology"))
    if (vm.get("status") or {}).get("volumeRequests"):
        fields.add("disk")
    return fields


def pending(vm: dict[str, Any], vmi: dict[str, Any]) -> list[findings.Pending]:
    """Template fields the running VMI does not have yet, each with why."""
    template = ((vm.get("spec") or {}).get("template") or {}).get("spec") or {}
    running = vmi.get("spec") or {}
    found: list[str] = []
    want, have = F.guest_memory(template), F.guest_memory(running)
    if want is not None and not _same_memory(want, have):
        found.append(f"memory {_mem(want)} (running with {_mem(have)})")
    t_cpu = (template.get("domain") or {}).get("cpu") or {}
    r_cpu = (running.get("domain") or {}).get("cpu") or {}
    for key in ("sockets", "cores", "threads"):
        if t_cpu.get(key) is not None and int(t_cpu[key]) != int(r_cpu.get(key) or 1):
            found.append(f"CPU {key} {t_cpu[key]} (running with {r_cpu.get(key) or 1})")
    t_machine = ((template.get("domain") or {}).get("machine") or {}).get("type")
    r_machine = ((running.get("domain") or {}).get("machine") or {}).get("type")
    if t_machine and not _same_machine(t_machine, r_machine):
        found.append(f"machine type {t_machine} (running with {r_machine})")
    for what, names in (("disk", F.disk_names), ("interface", _interface_names)):
        added, removed = (
            set(names(template)) - set(names(running)),
            set(names(running)) - set(names(template)),
        )
        found += [f"{what} {n} added" for n in sorted(added)] + [
            f"{what} {n} removed" for n in sorted(removed)
        ]
    if not found:
        return []
    conditions = {c.get("type"): c for c in (vm.get("status") or {}).get("conditions") or []}
    if (conditions.get("RestartRequired") or {}).get("status") == "True":
        why = "KubeVirt applies it at the next restart (RestartRequired)"
    elif hotplugging(vm, vmi):
        why = "KubeVirt is applying it live (hotplug in progress)"
    else:
        why = "KubeVirt has not applied it to the running VMI yet"
    return [findings.Pending(subject, why) for subject in found]


def _interface_names(spec: dict[str, Any]) -> list[str]:
    return [i["name"] for i in F.interface_specs(spec)]
