"""The VMI's CPU model -> the domain's ``<cpu>`` element, after KubeVirt's converter (compute/cpu.go).

KubeVirt maps ``spec.domain.cpu.model`` this way: ``host-model`` (the default KubeVirt writes into
every VMI) and ``host-passthrough`` become libvirt CPU modes of the same name; any other value is a
named model, ``<cpu mode='custom'><model>NAME</model>``; ``spec.domain.cpu.features`` become
``<feature policy=... name=...>`` (policy ``require`` when none is given).

Where the sandbox differs, on purpose:

- Under TCG (no KVM), libvirt refuses ``host-passthrough`` ("not supported by hypervisor"); the
  sandbox gives such a VMI ``mode='maximum'``, all that QEMU can emulate, the nearest TCG has to
  passing the host through. ``host-model`` under TCG is libvirt's model of what TCG emulates.
- A **host fix-up** chosen by the acceleration probe (``kubevirt_sandbox.accel``), only under KVM:
  some hosts refuse KubeVirt's definition as it is. Seen on nested hosts: host-model (and
  host-passthrough) make QEMU abort with ``failed to set MSR 0x10a`` (IA32_ARCH_CAPABILITIES, which
  the host's KVM advertises but refuses to set); the same definition minus the
  ``arch-capabilities`` feature starts. The probe tries the candidates below in order and
  records the first one whose domain starts, so a host that accepts KubeVirt's XML as it is gets
  exactly that.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import dataclass
from typing import Any

HOST_MODEL = "host-model"
HOST_PASSTHROUGH = "host-passthrough"
FEATURE_POLICIES = ("force", "require", "optional", "disable", "forbid")  # KubeVirt's admission


@dataclass(frozen=True)
class HostFixup:
    """What the sandbox changes in KubeVirt's ``<cpu>`` so that this host starts the domain."""

    name: str
    disable: tuple[str, ...]
    why: str


NO_FIXUP = HostFixup("", (), "KubeVirt's CPU definition as it is")
FIXUPS = {
    f.name: f
    for f in (
        NO_FIXUP,
        HostFixup(
            "no-arch-capabilities",
            ("arch-capabilities",),
            "without the arch-capabilities feature (the host's KVM refuses MSR 0x10a)",
        ),
    )
}
# The order the acceleration probe tries them in: KubeVirt's definition first.
CANDIDATES = ("", "no-arch-capabilities")


def requested_model(spec: dict[str, Any]) -> str:
    """``spec.domain.cpu.model``; KubeVirt's default ``host-model`` when the VMI sets none."""
    cpu = (spec.get("domain") or {}).get("cpu") or {}
    return str(cpu.get("model") or HOST_MODEL)


def cpu_node(spec: dict[str, Any], domain_type: str, topology: dict[str, Any], fixup: str = "") -> ET.Element:
    """The ``<cpu>`` element for a VMI spec on a ``kvm`` or ``qemu`` (TCG) domain.

    ``topology`` holds the ``<topology>`` attributes; ``fixup`` names a :data:`FIXUPS` entry (KVM only).
    Values from the spec are attribute values and text, escaped by ElementTree.
    """
    model = requested_model(spec)
    cpu = (spec.get("domain") or {}).get("cpu") or {}
    features = []
    for i, f in enumerate(cpu.get("features") or []):
        policy = str(f.get("policy") or "require")
        if policy not in FEATURE_POLICIES:
            raise ValueError(
                f"spec.domain.cpu.features[{i}].policy: {policy!r} is not one of "
                f"{', '.join(FEATURE_POLICIES)}; use one of these"
            )
        features.append((str(f["name"]), policy))
    if domain_type == "kvm":
        declared = {name for name, _ in features}
        features += [(name, "disable") for name in FIXUPS[fixup].disable if name not in declared]
    if model in (HOST_MODEL, HOST_PASSTHROUGH):
        mode = model if domain_type == "kvm" or model == HOST_MODEL else "maximum"
        element = ET.Element("cpu", mode=mode)
    else:
        element = ET.Element("cpu", mode="custom", match="exact")
        ET.SubElement(element, "model", fallback="allow").text = model
    ET.SubElement(element, "topology", {k: str(v) for k, v in topology.items()})
    for name, policy in features:
        ET.SubElement(element, "feature", policy=policy, name=name)
    return element
