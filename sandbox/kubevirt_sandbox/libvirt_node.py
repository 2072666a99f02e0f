"""A sandbox node as every part of the sandbox records it: its private libvirt daemon.

``libvirtd.start`` makes one, ``state.json`` and ``controllers.json`` hold them, the controllers
(a process of their own) read them back to reach each node's domains.
"""

from __future__ import annotations

import dataclasses


@dataclasses.dataclass
class Daemon:
    name: str
    directory: str
    pid: int
    uri: str
    accel: str  # "kvm" or "tcg": what domains on this machine should use
    cpu_fixup: str = ""  # the host's CPU fix-up under KVM (controllers.cpumodel.FIXUPS)
    accel_reason: str = ""  # why this accelerator (the probe's one line)

    @property
    def domain_type(self) -> str:
        """The libvirt ``<domain type=...>`` matching the acceleration."""
        return "kvm" if self.accel == "kvm" else "qemu"
