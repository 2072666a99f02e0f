"""Services that select VMIs: Endpoints, EndpointSlices and NodePort traffic on 127.0.0.1.

The API server has no controller-manager, so the sandbox writes what the endpoint controllers
would: for a Service whose selector matches a Running VMI's labels (the template's labels, or
``vmi.kubevirt.io/id: <vm name>`` as ``virtctl expose`` selects), one address per VMI (the
guest's IP) in ``Endpoints`` and in an ``EndpointSlice``.

Traffic: each guest sits behind QEMU user-mode networking. For a guest port a Service needs,
the sandbox adds a forward on the running QEMU (HMP ``hostfwd_add``) from a free loopback port,
and a small TCP proxy listens on ``127.0.0.1:<nodePort>`` and connects each client to the
forward of a ready backend. Forwards are per (VMI, node): after a live migration the next
connection gets a fresh forward on the destination QEMU, so source and destination never
fight over a host port.
"""

from __future__ import annotations

import socket
import threading
from typing import Any

from kubevirt_sandbox.controllers import domainxml, kube, runtime

log = runtime.log
MANAGED_BY = "kubevirt-sandbox"

_forwards: dict[tuple[str, str, int], int] = {}
_listeners: dict[int, _Listener] = {}
_lock = threading.Lock()


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def forward(ctx: runtime.Context, vmi: dict[str, Any], guest_port: int) -> int:
    """A loopback port that reaches ``guest_port`` of the VMI's guest on its current node."""
    import libvirt_qemu

    m = vmi["metadata"]
    node = vmi["status"]["nodeName"]
    key = (m["uid"], node, guest_port)
    with _lock:
        if key in _forwards:
            return _forwards[key]
        dom = ctx.lookup(node, domainxml.domain_name(m["namespace"], m["name"]))
        if dom is None:
            raise ConnectionError(f"no domain for {kube.key(vmi)} on {node}")
        iface = domainxml.interfaces(vmi["spec"])[0]["name"]
        port = _free_port()
        out = libvirt_qemu.qemuMonitorCommand(
            dom,
            f"hostfwd_add hostua-{iface} tcp:127.0.0.1:{port}-:{guest_port}",
            libvirt_qemu.VIR_DOMAIN_QEMU_MONITOR_COMMAND_HMP,
        )
        if out.strip():
            raise ConnectionError(f"hostfwd_add on {node}: {out.strip()}")
        _forwards[key] = port
        log.info(
            "VMI %s: guest port %d forwarded from 127.0.0.1:%d on %s", kube.key(vmi), guest_port, port, node
        )
        return port


class _Listener:
    """127.0.0.1:<nodePort> -> a ready backend of one Service port."""

    def __init__(self, ctx: runtime.Context, node_port: int) -> None:
        self.ctx = ctx
        self.node_port = node_port
        self.backends: list[tuple[dict[str, Any], int]] = []  # (vmi, guest port)
        self.sock = socket.socket()
        self.sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.sock.bind(("127.0.0.1", node_port))
        self.sock.listen(64)
        self.closed = False
        self.turn = 0
        threading.Thread(target=self._accept, daemon=True, name=f"nodeport-{node_port}").start()

    def close(self) -> None:
        self.closed = True
        try:
            self.sock.shutdown(socket.SHUT_RDWR)
        except OSError:
            pass
        self.sock.close()

    def _accept(self) -> None:
        while not self.closed:
            try:
                client, _ = self.sock.accept()
            except OSError:
                return
            threading.Thread(target=self._serve, args=(client,), daemon=True).start()

    def _serve(self, client: socket.socket) -> None:
        backends = list(self.backends)
        if not backends:
            client.close()
            return
        self.turn += 1
        vmi, guest_port = backends[self.turn % len(backends)]
        try:
            port = forward(self.ctx, vmi, guest_port)
            upstream = socket.create_connection(("127.0.0.1", port), timeout=10)
            upstream.settimeout(None)
        except Exception as exc:
            log.warning("nodePort %d: no route to %s:%d: %s", self.node_port, kube.key(vmi), guest_port, exc)
            client.close()
            return
        _pipe(client, upstream)


def _pipe(a: socket.socket, b: socket.socket) -> None:
    def copy(src: socket.socket, dst: socket.socket) -> None:
        try:
            while data := src.recv(65536):
                dst.sendall(data)
        except OSError:
            pass
        finally:
            try:
                dst.shutdown(socket.SHUT_WR)
            except OSError:
                pass

    t = threading.Thread(target=copy, args=(b, a), daemon=True)
    t.start()
    copy(a, b)
    t.join()
    a.close()
    b.close()


def _ready(vmi: dict[str, Any]) -> bool:
    st = vmi.get("status") or {}
    conds = {c["type"]: c["status"] for c in st.get("conditions") or []}
    return (
        st.get("phase") == "Running"
        and conds.get("Ready") == "True"
        and not vmi["metadata"].get("deletionTimestamp")
    )


def _guest_port(vmi: dict[str, Any], target: Any, fallback: int) -> int | None:
    if target is None:
        return fallback
    if isinstance(target, int) or str(target).isdigit():
        return int(target)
    for iface in (vmi["spec"].get("domain") or {}).get("devices", {}).get("interfaces") or []:
        for p in iface.get("ports") or []:
            if p.get("name") == target:
                return int(p["port"])
    return None


def _ip(vmi: dict[str, Any]) -> str | None:
    for iface in (vmi.get("status") or {}).get("interfaces") or []:
        if iface.get("ipAddress"):
            return str(iface["ipAddress"])
    return None


def served(services: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The Services this controller keeps endpoints for: those with a selector, and not being
    deleted. As Kubernetes' EndpointSlice controller does, a Service under deletion is left alone:
    its slices carry a blocking owner reference, so a foreground deletion waits for the garbage
    collector to remove them, and writing them again would keep the Service forever."""
    return [
        s
        for s in services
        if (s.get("spec") or {}).get("selector") and not s["metadata"].get("deletionTimestamp")
    ]


def reconcile_all(ctx: runtime.Context) -> None:
    services = served(ctx.kube.list("Service"))
    vmis = ctx.kube.list("VirtualMachineInstance")
    wanted_ports: set[int] = set()
    for svc in services:
        m, spec = svc["metadata"], svc["spec"]
        selector = spec["selector"]
        matched = [
            v
            for v in vmis
            if v["metadata"]["namespace"] == m["namespace"]
            and all((v["metadata"].get("labels") or {}).get(k) == val for k, val in selector.items())
        ]
        ready = [v for v in matched if _ready(v)]
        _write_endpoints(ctx, svc, ready)
        for port in spec.get("ports") or []:
            if port.get("nodePort") and port.get("protocol", "TCP") == "TCP":
                np = int(port["nodePort"])
                wanted_ports.add(np)
                listener = _listeners.get(np)
                if listener is None:
                    try:
                        listener = _listeners[np] = _Listener(ctx, np)
                        log.info("Service %s: nodePort %d listening on 127.0.0.1", kube.key(svc), np)
                    except OSError as exc:
                        log.warning("Service %s: cannot listen on 127.0.0.1:%d: %s", kube.key(svc), np, exc)
                        continue
                listener.backends = [
                    (v, gp)
                    for v in ready
                    if (gp := _guest_port(v, port.get("targetPort"), port["port"])) is not None
                ]
    for np in list(_listeners):
        if np not in wanted_ports:
            _listeners.pop(np).close()


def _write_endpoints(ctx: runtime.Context, svc: dict[str, Any], ready: list[dict[str, Any]]) -> None:
    """Endpoints and the EndpointSlice ``<service>-sandbox`` for the Service's ready VMIs."""
    ports = endpoint_ports(svc, ready)
    addresses = endpoint_addresses(svc["metadata"]["namespace"], ready)
    _apply_endpoints(ctx, endpoints_object(svc, addresses, ports))
    _apply_slice(ctx, slice_object(svc, addresses, ports))


def endpoint_ports(svc: dict[str, Any], ready: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The Service's ports as endpoint ports: the guest port its targetPort names on the first ready VMI."""
    ports = []
    for p in svc["spec"].get("ports") or []:
        gp = (
            _guest_port(ready[0], p.get("targetPort"), p["port"])
            if ready
            else p.get("targetPort") or p["port"]
        )
        port = int(str(gp)) if str(gp).isdigit() else p["port"]  # a name no VMI resolves: the port
        entry = {"port": port, "protocol": p.get("protocol", "TCP")}
        if p.get("name"):
            entry["name"] = p["name"]
        ports.append(entry)
    return ports


def endpoint_addresses(namespace: str, ready: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """One address per ready VMI that reports an IP, with its node and a targetRef to the VMI."""
    addresses = []
    for v in ready:
        ip = _ip(v)
        if not ip:
            continue
        vm_ = v["metadata"]
        ref = {
            "kind": "VirtualMachineInstance",
            "namespace": namespace,
            "name": vm_["name"],
            "uid": vm_["uid"],
        }
        addresses.append({"ip": ip, "nodeName": v["status"].get("nodeName"), "targetRef": ref})
    return addresses


def endpoints_object(
    svc: dict[str, Any], addresses: list[dict[str, Any]], ports: list[dict[str, Any]]
) -> dict[str, Any]:
    m = svc["metadata"]
    return {
        "apiVersion": "v1",
        "kind": "Endpoints",
        "metadata": {
            "name": m["name"],
            "namespace": m["namespace"],
            "labels": {"endpoints.kubernetes.io/managed-by": MANAGED_BY},
        },
        "subsets": [{"addresses": addresses, "ports": ports}] if addresses else [],
    }


def slice_object(
    svc: dict[str, Any], addresses: list[dict[str, Any]], ports: list[dict[str, Any]]
) -> dict[str, Any]:
    m = svc["metadata"]
    owner = {
        "apiVersion": "v1",
        "kind": "Service",
        "name": m["name"],
        "uid": m["uid"],
        "controller": True,
        "blockOwnerDeletion": True,
    }
    return {
        "apiVersion": "discovery.k8s.io/v1",
        "kind": "EndpointSlice",
        "metadata": {
            "name": f"{m['name']}-sandbox",
            "namespace": m["namespace"],
            "labels": {
                "kubernetes.io/service-name": m["name"],
                "endpointslice.kubernetes.io/managed-by": MANAGED_BY,
            },
            "ownerReferences": [owner],
        },
        "addressType": "IPv4",
        "endpoints": [
            {
                "addresses": [a["ip"]],
                "conditions": {"ready": True, "serving": True, "terminating": False},
                "nodeName": a["nodeName"],
                "targetRef": a["targetRef"],
            }
            for a in addresses
        ],
        "ports": ports,
    }


def _apply_endpoints(ctx: runtime.Context, ep: dict[str, Any]) -> None:
    ns, name = ep["metadata"]["namespace"], ep["metadata"]["name"]
    current = ctx.kube.get("Endpoints", ns, name)
    if current is None:
        ctx.kube.create("Endpoints", ep)
    elif (current.get("subsets") or []) != ep["subsets"]:
        current["subsets"] = ep["subsets"]
        ctx.kube.update("Endpoints", current)


def _apply_slice(ctx: runtime.Context, slice_: dict[str, Any]) -> None:
    ns, name = slice_["metadata"]["namespace"], slice_["metadata"]["name"]
    current = ctx.kube.get("EndpointSlice", ns, name)
    if current is None:
        ctx.kube.create("EndpointSlice", slice_)
    elif [current.get("endpoints") or [], current.get("ports") or []] != [
        slice_["endpoints"],
        slice_["ports"],
    ]:
        current["endpoints"], current["ports"] = slice_["endpoints"], slice_["ports"]
        ctx.kube.update("EndpointSlice", current)


def shutdown() -> None:
    for np in list(_listeners):
        _listeners.pop(np).close()
