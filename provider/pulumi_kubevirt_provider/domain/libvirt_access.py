"""The ``libvirt`` backend: a direct libvirt connection per node, from a URI template.

``kubevirt:libvirtUri`` is a libvirt URI in which ``{node}`` stands for the VMI's node
(``status.nodeName``): ``qemu+ssh://root@{node}/system`` for hosts you can reach over SSH, or the
sandbox's per-node sockets (``kubevirt-sandbox env`` prints its template). One connection per
URI is opened on first use and shared by the provider's worker threads (libvirt connections are
thread-safe); a broken one is reopened once.
"""

from __future__ import annotations

import atexit
import threading
from typing import Any

from pulumi_kubevirt_provider.domain import access

_STATES = {
    0: "no state", 1: access.RUNNING, 2: "blocked", 3: access.PAUSED, 4: "in shutdown",
    5: access.SHUT_OFF, 6: "crashed", 7: "pmsuspended",
}  # fmt: skip


class LibvirtBackend:
    name = "libvirt"

    def __init__(self, uri_template: str) -> None:
        import libvirt

        # libvirt-python prints every error to stderr unless a handler takes it.
        libvirt.registerErrorHandler(lambda _ctx, _err: None, None)
        self.template = uri_template
        self._conns: dict[str, Any] = {}
        self._lock = threading.Lock()
        # Closed before the interpreter tears libvirt's module down: a connection collected
        # during shutdown reports into an error handler that is already gone.
        atexit.register(self.close)

    def close(self) -> None:
        with self._lock:
            conns, self._conns = list(self._conns.values()), {}
        for conn in conns:
            try:
                conn.close()
            except Exception:  # closing at exit: nothing left to tell
                pass

    def uri(self, vmi: dict[str, Any]) -> str:
        node = (vmi.get("status") or {}).get("nodeName")
        if not node:
            raise access.Unavailable(f"VMI {access.vmi_ref(vmi)} has no node yet: domain not checked")
        return self.template.replace("{node}", node)

    def _conn(self, uri: str, fresh: bool = False) -> Any:
        import libvirt

        with self._lock:
            conn = self._conns.get(uri)
            if conn is not None and (fresh or not conn.isAlive()):
                self._conns.pop(uri, None)
                conn = None
            if conn is None:
                try:
                    conn = libvirt.open(uri)
                except libvirt.libvirtError as exc:
                    raise access.Unavailable(
                        f"cannot reach libvirt at {uri} ({exc.get_error_message()}): domain not checked; "
                        "check kubevirt:libvirtUri, or set kubevirt:domainAccess to exec or off"
                    ) from exc
                self._conns[uri] = conn
            return conn

    def _domain(self, vmi: dict[str, Any]) -> Any:
        import libvirt

        uri = self.uri(vmi)
        for attempt in (0, 1):
            conn = self._conn(uri, fresh=attempt == 1)
            try:
                return conn.lookupByName(access.domain_name(vmi))
            except libvirt.libvirtError as exc:
                if exc.get_error_code() == libvirt.VIR_ERR_NO_DOMAIN:
                    return None
                if attempt == 1:
                    raise access.Unavailable(
                        f"libvirt at {uri} failed: {exc.get_error_message()}: domain not checked"
                    ) from exc
        return None

    def read(self, vmi: dict[str, Any]) -> access.Reading:
        import libvirt

        where = (vmi.get("status") or {}).get("nodeName") or "?"
        dom = self._domain(vmi)
        if dom is None:
            return access.Reading(state=access.ABSENT, where=where)
        try:
            state = _STATES.get(dom.state()[0], "unknown")
            return access.Reading(
                state=state, xml=dom.XMLDesc(0), persistent=bool(dom.isPersistent()), where=where
            )
        except libvirt.libvirtError as exc:
            if exc.get_error_code() == libvirt.VIR_ERR_NO_DOMAIN:  # gone between lookup and read
                return access.Reading(state=access.ABSENT, where=where)
            raise access.Unavailable(
                f"libvirt failed: {exc.get_error_message()}: domain not checked"
            ) from exc

    def resume(self, vmi: dict[str, Any]) -> None:
        self._act(vmi, lambda dom: dom.resume())

    def set_memory(self, vmi: dict[str, Any], kib: int) -> None:
        import libvirt

        self._act(vmi, lambda dom: dom.setMemoryFlags(kib, libvirt.VIR_DOMAIN_AFFECT_LIVE))

    def _act(self, vmi: dict[str, Any], action: Any) -> None:
        import libvirt

        dom = self._domain(vmi)
        if dom is None:
            raise access.RepairFailed(f"domain {access.domain_name(vmi)} not found")
        try:
            action(dom)
        except libvirt.libvirtError as exc:
            raise access.RepairFailed(str(exc.get_error_message())) from exc
