"""What every controller shares: the API, the nodes' libvirt connections, folders and the clock."""

from __future__ import annotations

import datetime
import logging
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kubevirt_sandbox import libvirtd
from kubevirt_sandbox.controllers import kube

log = logging.getLogger("kubevirt-sandbox")


def now() -> str:
    return datetime.datetime.now(datetime.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def vmi_dir(directory: Path, vmi: dict[str, Any]) -> Path:
    """The VMI's own folder (what its virt-launcher pod would hold): disks, serial log, marks."""
    m = vmi["metadata"]
    return directory / "vmis" / f"{m['namespace']}_{m['name']}_{m.get('uid', '')[:8]}"


@dataclass
class Context:
    directory: Path
    kube: kube.Kube
    nodes: dict[str, libvirtd.Daemon]
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

    def storage_dir(self) -> Path:
        return self.directory / "storage"

    def memo_for(self, uid: str) -> dict[str, Any]:
        return self.memo.setdefault(uid, {})
