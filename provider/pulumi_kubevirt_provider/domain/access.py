"""How the provider reaches the libvirt domain behind a VMI: the contract every backend keeps.

Backends (chosen by ``kubevirt:domainAccess``, see config_keys.py):

- ``libvirt``: a direct libvirt connection, URI from the ``kubevirt:libvirtUri`` template
  (``{node}`` is the VMI's node), e.g. the sandbox's per-node sockets;
- ``exec``: ``virsh`` inside the VMI's virt-launcher pod (container ``compute``) through the
  Kubernetes exec API, as a real cluster allows;
- ``off``: no domain check.

A backend reads one domain as a :class:`Reading` (the raw XML, the run state, persistence) and
runs the few repairs the provider makes behind KubeVirt (resume, setmem). It never interprets
the XML: facts.py does that, the same way for every backend.
"""

from __future__ import annotations

import dataclasses
from typing import Any, Protocol

# libvirt's state names, as `virsh domstate` prints them.
RUNNING, PAUSED, SHUT_OFF, ABSENT = "running", "paused", "shut off", "absent"


def domain_name(vmi: dict[str, Any]) -> str:
    """KubeVirt names the domain ``<namespace>_<name>`` (virtwrap/api: VMINamespaceKeyFunc)."""
    meta = vmi["metadata"]
    return f"{meta['namespace']}_{meta['name']}"


def vmi_ref(vmi: dict[str, Any]) -> str:
    """``<namespace>/<name>``, how messages name a VMI."""
    meta = vmi.get("metadata") or {}
    return f"{meta.get('namespace')}/{meta.get('name')}"


@dataclasses.dataclass(frozen=True)
class Reading:
    """One domain as its libvirt daemon reports it.

    ``state`` is a ``virsh domstate`` word (running, paused, shut off, crashed, ...) or
    ``absent`` when libvirt does not know the domain; ``xml`` is the live ``dumpxml`` (None when
    absent); ``persistent`` is False for a domain that runs but is no longer defined.
    """

    state: str
    xml: str | None = None
    persistent: bool | None = None
    where: str = ""  # e.g. "node-1" or "pod virt-launcher-x-abcde": for messages


class Unavailable(Exception):
    """The domain cannot be read here (no permission, no launcher pod, libvirt unreachable).

    The message is one line a user can act on. The provider shows it as a notice and goes on
    without a domain check: a domain it cannot see never fails a preview.
    """


class RepairFailed(Exception):
    """libvirt refused a repair; the message is libvirt's (or virsh's) error text."""


class Backend(Protocol):
    name: str

    def read(self, vmi: dict[str, Any]) -> Reading:
        """The VMI's domain on the VMI's node (``status.nodeName``). Raises Unavailable."""
        ...

    def resume(self, vmi: dict[str, Any]) -> None:
        """Resume a paused domain (``virsh resume``). Raises Unavailable, or RepairFailed."""
        ...

    def set_memory(self, vmi: dict[str, Any], kib: int) -> None:
        """Set the balloon target (``virsh setmem <domain> <kib> --live``). Raises Unavailable,
        or RepairFailed."""
        ...
