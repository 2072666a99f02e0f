"""The ``libvirt`` backend: a direct libvirt connection per node, from a URI template.

``kubevirt:libvirtUri`` is a libvirt URI in which ``{node}`` stands for the VMI's node
(``status.nodeName``): ``qemu+ssh://root@{node}/system`` for hosts you can reach over SSH, or the
sandbox's per-node sockets (``kubevirt-sandbox env`` prints its template). One connection per
URI is opened on first use and shared by the provider's worker threads (libvirt connections are
thread-safe); a broken one is reopened once.

One unreachable node must not stall the others, nor every VM on it in turn:

- each URI has its own lock (held while connecting to that URI only), so VMs on healthy nodes
  are read while another node's connect hangs;
- a connect, and every call on a connection, is bounded (``connect_timeout``,
  ``call_timeout``): libvirt's own calls have no deadline (an SSH host that drops packets, a
  daemon that accepts and never answers), so each runs on a daemon thread that is abandoned
  when its time is up;
- a node that failed (refused, timed out, broken after a reconnect) is remembered for the life
  of the provider process, i.e. one ``pulumi`` run: later reads of its VMs fail at once with the
  same message, so the preview shows one notice per node;
- the node name is checked to be a DNS-1123 subdomain, as Kubernetes requires of node names,
  before it is put into a URI (``qemu+ssh://root@{node}/system?command=...`` must not be
  writable through a node object).

libvirt-python is the ``pulumi-kubevirt[libvirt]`` extra (a C extension built against the libvirt
headers), imported only here and only when this backend is chosen. Without it the backend says so
in one notice naming the extra, and the preview goes on without the domain check.
"""

from __future__ import annotations

import atexit
import functools
import re
import threading
from collections.abc import Callable
from typing import Any, TypeVar

from pulumi_kubevirt_provider import tunables
from pulumi_kubevirt_provider.domain import access

_STATES = {
    0: "no state", 1: access.RUNNING, 2: "blocked", 3: access.PAUSED, 4: "in shutdown",
    5: access.SHUT_OFF, 6: "crashed", 7: "pmsuspended",
}  # fmt: skip
# Kubernetes' IsDNS1123Subdomain, which node names satisfy.
_DNS1123 = re.compile(r"[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*")
T = TypeVar("T")


# One line, the same for every VM, so a preview shows it once (base.notice_once).
MISSING_LIBVIRT = (
    "the libvirt domain-check backend (kubevirt:domainAccess libvirt, or auto with kubevirt:libvirtUri "
    "set) needs libvirt-python, which is not installed: pip install 'pulumi-kubevirt[libvirt]' (it "
    "builds against the libvirt headers), or set kubevirt:domainAccess to exec or off; domains not checked"
)


def import_libvirt() -> Any:
    """The libvirt module, or Unavailable naming the extra that brings it."""
    try:
        import libvirt
    except ImportError as exc:
        raise access.Unavailable(MISSING_LIBVIRT) from exc
    return libvirt


def valid_node_name(name: str) -> bool:
    return len(name) <= 253 and _DNS1123.fullmatch(name) is not None


class _TimedOut(Exception):
    pass


def _bounded(call: Callable[[], T], timeout: float, on_late: Callable[[T], None] | None = None) -> T:
    """``call()`` on a daemon thread; raises _TimedOut after ``timeout`` seconds and leaves the
    thread behind (libvirt offers no way to interrupt it). A result that arrives late goes to
    ``on_late`` (a connection that finally opened is closed)."""
    done = threading.Event()
    box: dict[str, Any] = {}
    lock = threading.Lock()

    def run() -> None:
        try:
            result = call()
        except BaseException as exc:  # handed to the caller below
            box["error"] = exc
        else:
            with lock:
                box["result"] = result
                late = box.get("abandoned", False)
            if late and on_late is not None:
                try:
                    on_late(result)
                except Exception:  # nobody is left to tell
                    pass
        done.set()

    threading.Thread(target=run, name="libvirt-call", daemon=True).start()
    if not done.wait(timeout):
        with lock:
            box["abandoned"] = True
            if "result" not in box:
                raise _TimedOut()
    if "error" in box:
        raise box["error"]
    return box["result"]  # type: ignore[no-any-return]


class LibvirtBackend:
    name = "libvirt"

    def __init__(
        self,
        uri_template: str,
        *,
        connect_timeout: float = tunables.TUNABLES.libvirt_connect_timeout,
        call_timeout: float = tunables.TUNABLES.libvirt_call_timeout,
    ) -> None:
        try:
            libvirt = import_libvirt()
        except access.Unavailable as exc:
            self._missing: str | None = str(exc)  # every read says so; nothing else is set up
        else:
            self._missing = None
            # libvirt-python prints every error to stderr unless a handler takes it.
            libvirt.registerErrorHandler(lambda _ctx, _err: None, None)
        self.template = uri_template
        self.connect_timeout, self.call_timeout = connect_timeout, call_timeout
        self._conns: dict[str, Any] = {}
        self._uri_locks: dict[str, threading.Lock] = {}
        self._failed: dict[str, str] = {}  # URI -> the notice, for the rest of the process
        self._lock = threading.Lock()  # guards the three dicts; never held while talking to libvirt
        # Closed before the interpreter tears libvirt's module down: a connection collected
        # during shutdown reports into an error handler that is already gone.
        atexit.register(self.close)

    def _libvirt(self) -> Any:
        if self._missing is not None:
            raise access.Unavailable(self._missing)
        return import_libvirt()

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
        if not valid_node_name(str(node)):
            raise access.Unavailable(
                f"VMI {access.vmi_ref(vmi)} is on node {str(node)[:100]!r}, which is not a valid node name "
                "(DNS-1123 subdomain): it is not put into a libvirt URI, domain not checked"
            )
        return self.template.replace("{node}", str(node))

    def _uri_lock(self, uri: str) -> threading.Lock:
        with self._lock:
            return self._uri_locks.setdefault(uri, threading.Lock())

    def _fail(self, uri: str, message: str) -> access.Unavailable:
        """Remember ``uri`` as failed for this process; the Unavailable to raise."""
        with self._lock:
            self._conns.pop(uri, None)
            message = self._failed.setdefault(uri, message)
        return access.Unavailable(message)

    def _remembered(self, uri: str) -> None:
        with self._lock:
            message = self._failed.get(uri)
        if message is not None:
            raise access.Unavailable(message)

    def _conn(self, uri: str, fresh: bool = False) -> Any:
        libvirt = self._libvirt()
        self._remembered(uri)
        with self._uri_lock(uri):
            self._remembered(uri)  # another thread may have just failed it
            with self._lock:
                conn = self._conns.get(uri)
            if conn is not None and (fresh or not self._alive(conn)):
                with self._lock:
                    self._conns.pop(uri, None)
                conn = None
            if conn is None:
                hint = "check kubevirt:libvirtUri, or set kubevirt:domainAccess to exec or off"
                try:
                    conn = _bounded(lambda: libvirt.open(uri), self.connect_timeout, on_late=_close)
                except _TimedOut:
                    raise self._fail(
                        uri,
                        f"libvirt at {uri} did not answer within {self.connect_timeout:g}s: domains on "
                        f"that node not checked in this run; {hint}",
                    ) from None
                except libvirt.libvirtError as exc:
                    raise self._fail(
                        uri,
                        f"cannot reach libvirt at {uri} ({_one_line(exc.get_error_message())}): domains "
                        f"on that node not checked in this run; {hint}",
                    ) from exc
                with self._lock:
                    self._conns[uri] = conn
            return conn

    @staticmethod
    def _alive(conn: Any) -> bool:
        try:
            return bool(conn.isAlive())  # the client's own state: no call to the daemon
        except Exception:
            return False

    def _call(self, uri: str, call: Callable[[], T]) -> T:
        """A libvirt call on ``uri``'s connection, bounded by call_timeout."""
        try:
            return _bounded(call, self.call_timeout)
        except _TimedOut:
            raise self._fail(
                uri,
                f"libvirt at {uri} stopped answering (no reply within {self.call_timeout:g}s): domains on "
                "that node not checked in this run",
            ) from None

    def _domain(self, vmi: dict[str, Any]) -> Any:
        libvirt = self._libvirt()
        uri = self.uri(vmi)
        for attempt in (0, 1):
            conn = self._conn(uri, fresh=attempt == 1)
            try:
                return self._call(uri, functools.partial(conn.lookupByName, access.domain_name(vmi)))
            except libvirt.libvirtError as exc:
                if exc.get_error_code() == libvirt.VIR_ERR_NO_DOMAIN:
                    return None
                if attempt == 1:
                    raise self._fail(
                        uri,
                        f"libvirt at {uri} failed ({_one_line(exc.get_error_message())}): domains on that "
                        "node not checked in this run",
                    ) from exc
        return None

    def read(self, vmi: dict[str, Any]) -> access.Reading:
        libvirt = self._libvirt()
        where = (vmi.get("status") or {}).get("nodeName") or "?"
        dom = self._domain(vmi)
        if dom is None:
            return access.Reading(state=access.ABSENT, where=where)
        uri = self.uri(vmi)
        try:
            state, xml, persistent = self._call(
                uri, lambda: (dom.state()[0], dom.XMLDesc(0), bool(dom.isPersistent()))
            )
        except libvirt.libvirtError as exc:
            if exc.get_error_code() == libvirt.VIR_ERR_NO_DOMAIN:  # gone between lookup and read
                return access.Reading(state=access.ABSENT, where=where)
            raise access.Unavailable(
                f"libvirt failed: {_one_line(exc.get_error_message())}: domain not checked"
            ) from exc
        return access.Reading(
            state=_STATES.get(state, "unknown"), xml=xml, persistent=persistent, where=where
        )

    def resume(self, vmi: dict[str, Any]) -> None:
        self._act(vmi, lambda dom: dom.resume())

    def set_memory(self, vmi: dict[str, Any], kib: int) -> None:
        libvirt = self._libvirt()
        self._act(vmi, lambda dom: dom.setMemoryFlags(kib, libvirt.VIR_DOMAIN_AFFECT_LIVE))

    def _act(self, vmi: dict[str, Any], action: Any) -> None:
        libvirt = self._libvirt()
        dom = self._domain(vmi)
        if dom is None:
            raise access.RepairFailed(f"domain {access.domain_name(vmi)} not found")
        try:
            self._call(self.uri(vmi), lambda: action(dom))
        except libvirt.libvirtError as exc:
            raise access.RepairFailed(str(exc.get_error_message())) from exc


def _close(conn: Any) -> None:
    conn.close()


def _one_line(text: Any) -> str:
    return " ".join(str(text).split())[:300]
