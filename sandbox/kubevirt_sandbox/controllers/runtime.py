"""What every controller shares: the API, the nodes' libvirt connections, folders and the clock.

The controllers import this, each other and the sandbox's ground floor (``libvirt_node``,
``cachedir``, ``libvirt_messages``, ``process``), nothing else of the sandbox
(tests/sandbox/test_sandbox_layers.py).
"""

from __future__ import annotations

import datetime
import logging
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kubevirt_sandbox import libvirt_node
from kubevirt_sandbox.controllers import kube

log = logging.getLogger("kubevirt-sandbox")

# `kubevirt-sandbox pause` (pausing.py, the sandbox's virt-api) leaves this in the VMI's folder (its
# launcher's memory) before it suspends the domain; the VMI handler (virt-handler) reports Paused
# only for a domain paused this way.
PAUSE_MARK = "paused-through-kubevirt"


class NotYet(Exception):
    """A dependency (image, volume) is not there yet: stay in the current phase with this reason."""

    def __init__(self, reason: str, message: str) -> None:
        super().__init__(message)
        self.reason = reason


def now() -> str:
    return datetime.datetime.now(datetime.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def vmi_dir(directory: Path, vmi: dict[str, Any]) -> Path:
    """The VMI's own folder (what its virt-launcher pod would hold): disks, serial log, marks."""
    m = vmi["metadata"]
    return directory / "vmis" / f"{m['namespace']}_{m['name']}_{m.get('uid', '')[:8]}"


def pause_requested(directory: Path, vmi: dict[str, Any]) -> bool:
    """Whether KubeVirt (``kubevirt-sandbox pause``) paused the VMI's domain."""
    return (vmi_dir(directory, vmi) / PAUSE_MARK).exists()


@dataclass
class Context:
    directory: Path
    kube: kube.Kube
    nodes: dict[str, libvirt_node.Daemon]
    _conns: dict[str, Any] = field(default_factory=dict)
    lock: threading.RLock = field(default_factory=threading.RLock)
    # per-VMI facts kept in memory: shutdown requests, boot start times ...
    memo: dict[str, dict[str, Any]] = field(default_factory=dict)
    # ``kubevirt-sandbox up --fast``: every VM's VMI boots fast after this delay (fastboot.py)
    fast_boot: float | None = None

    def conn(self, node: str) -> Any:
        import libvirt

        with self.lock:
            c = self._conns.get(node)
            if c is not None:
                try:
                    if c.isAlive():
                        return c
                except libvirt.libvirtError:
                    pass
            libvirt.registerErrorHandler(lambda *_: None, None)
            c = libvirt.open(self.nodes[node].uri)
            self._conns[node] = c
            return c

    def forget(self, node: str) -> None:
        """Drop the cached connection to ``node`` (its daemon was restarted)."""
        with self.lock:
            c = self._conns.pop(node, None)
        if c is not None:
            try:
                c.close()
            except Exception:
                pass

    def lookup(self, node: str, name: str) -> Any | None:
        import libvirt

        try:
            return self.conn(node).lookupByName(name)
        except libvirt.libvirtError as exc:
            if exc.get_error_code() == libvirt.VIR_ERR_NO_DOMAIN:
                return None
            raise

    def vmi_dir(self, vmi: dict[str, Any]) -> Path:
        return vmi_dir(self.directory, vmi)

    def private_vmi_dir(self, vmi: dict[str, Any]) -> Path:
        """The VMI's folder, made readable by its owner only: seed ISOs hold user data, the
        serial log what the guest prints (``vmis/`` too, for folders made before)."""
        folder = self.vmi_dir(vmi)
        folder.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        folder.parent.chmod(0o700)
        folder.mkdir(mode=0o700, exist_ok=True)
        folder.chmod(0o700)
        return folder

    def storage_dir(self) -> Path:
        return self.directory / "storage"

    def memo_for(self, uid: str) -> dict[str, Any]:
        return self.memo.setdefault(uid, {})
