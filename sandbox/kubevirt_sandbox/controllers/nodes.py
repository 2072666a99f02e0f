"""One Node object per libvirt daemon, Ready while its daemon runs (a kubelet's heartbeat).

The Node's Ready condition is written every ``HEARTBEAT`` seconds, and at once when the daemon
comes back or has been gone for ``GRACE`` seconds (Kubernetes' node-monitor-grace-period plays
this part, 40 s there): a libvirtd restarted within it (``kubevirt-sandbox kill|start``) takes its
running domains back and nothing fails. A node whose libvirt daemon is gone for good
(``kubevirt-sandbox node fail``, a crash) turns Ready=False (reason ``KubeletNotReady``, as a
kubelet whose container runtime is down reports it) and its ``kubevirt.io/schedulable`` label
turns ``false``, as virt-controller marks a node whose virt-handler stopped answering. The
scheduler (vmi.schedule) only places VMIs on nodes whose daemon runs and that are Ready here; the
VMI handler fails the VMIs of a NotReady node (``NodeUnresponsive``, vmi.node_lost), which is
what lets a VM with runStrategy Always or RerunOnFailure start again on another node.

``kubevirt-sandbox node recover`` restarts the daemon and rewrites ``controllers.json``; the
controllers pick up its new pid with ``refresh`` and the Node turns Ready again.
"""

from __future__ import annotations

import json
import os
import time
from pathlib import Path
from typing import Any

from kubevirt_sandbox import libvirt_node, process
from kubevirt_sandbox.controllers import kube, runtime

HEARTBEAT = 20.0
GRACE = 15.0
_gone_since: dict[str, float] = {}  # node -> when its daemon was first seen gone
SCHEDULABLE = "kubevirt.io/schedulable"
_last: dict[str, float] = {}
_ready: dict[str, bool] = {}  # node -> Ready as last written on its Node object
_config_mtime: dict[str, float] = {}


def _node_object(name: str) -> dict[str, Any]:
    return {
        "apiVersion": "v1",
        "kind": "Node",
        "metadata": {
            "name": name,
            "labels": {
                "kubernetes.io/hostname": name,
                "kubernetes.io/os": "linux",
                "kubernetes.io/arch": "amd64",
                SCHEDULABLE: "true",
                "node-role.kubernetes.io/worker": "",
            },
            "annotations": {"kubevirt-sandbox/not-a-kubelet": "a libvirt daemon of the sandbox"},
        },
        "spec": {},
    }


def ready_condition(alive: bool, uri: str, old: list[dict[str, Any]] | None, stamp: str) -> dict[str, Any]:
    """The Node's Ready condition for a daemon that is (not) running; the transition time kept
    while the status does not change."""
    status = "True" if alive else "False"
    before = next((c for c in old or [] if c.get("type") == "Ready"), None)
    since = (before or {}).get("lastTransitionTime") if (before or {}).get("status") == status else None
    return {
        "type": "Ready",
        "status": status,
        "reason": "KubeletReady" if alive else "KubeletNotReady",
        "message": (
            f"libvirt daemon {uri} answers"
            if alive
            else f"libvirt daemon {uri} is not running: the node's domains are gone"
        ),
        "lastHeartbeatTime": stamp,
        "lastTransitionTime": since or stamp,
    }


def _status(ctx: runtime.Context, name: str, alive: bool, old: dict[str, Any] | None) -> dict[str, Any]:
    daemon = ctx.nodes[name]
    mem = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES")
    cap = {"cpu": str(os.cpu_count() or 1), "memory": f"{mem // 1024}Ki", "pods": "110"}
    old_conditions = ((old or {}).get("status") or {}).get("conditions")
    return {
        "capacity": cap,
        "allocatable": cap,
        "addresses": [{"type": "InternalIP", "address": "127.0.0.1"}, {"type": "Hostname", "address": name}],
        "conditions": [ready_condition(alive, daemon.uri, old_conditions, runtime.now())],
        "nodeInfo": {
            "architecture": "amd64",
            "operatingSystem": "linux",
            "kubeletVersion": "kubevirt-sandbox",
            "kubeProxyVersion": "",
            "containerRuntimeVersion": f"libvirt ({daemon.accel})",
            "osImage": "kubevirt-sandbox",
            "kernelVersion": os.uname().release,
            "bootID": "",
            "machineID": "",
            "systemUUID": "",
        },
    }


def heartbeat(name: str, daemon_alive: bool, now: float) -> bool:
    """Does the node still count as Ready: its daemon runs, or has been gone less than GRACE."""
    if daemon_alive:
        _gone_since.pop(name, None)
        return True
    return now - _gone_since.setdefault(name, now) < GRACE


def reconcile(ctx: runtime.Context) -> None:
    for name, daemon in ctx.nodes.items():
        alive = heartbeat(name, process.alive(daemon.pid), time.monotonic())
        changed = _ready.get(name) != alive
        if not changed and time.monotonic() - _last.get(name, -1e9) < HEARTBEAT:
            continue
        node = ctx.kube.get("Node", None, name)
        if node is None:
            try:
                node = ctx.kube.create("Node", _node_object(name))
            except kube.Conflict:
                node = None
        ctx.kube.patch("Node", None, name, {"status": _status(ctx, name, alive, node)}, sub="status")
        labels = ((node or {}).get("metadata") or {}).get("labels") or {}
        if labels.get(SCHEDULABLE) != ("true" if alive else "false"):
            ctx.kube.patch("Node", None, name, {"metadata": {"labels": {SCHEDULABLE: str(alive).lower()}}})
        if changed and name in _ready:
            if alive:
                runtime.log.info("node %s: Ready (libvirt daemon pid %d)", name, daemon.pid)
            else:
                runtime.log.warning("node %s: NotReady (its libvirt daemon is gone)", name)
        _ready[name] = alive
        _last[name] = time.monotonic()


def daemon_alive(ctx: runtime.Context, name: str) -> bool:
    return process.alive(ctx.nodes[name].pid)


def ready_nodes(ctx: runtime.Context) -> list[str]:
    """Nodes a VMI may be placed on: the daemon runs and the Node does not say NotReady."""
    return [n for n, d in ctx.nodes.items() if process.alive(d.pid) and _ready.get(n, True)]


def lost(ctx: runtime.Context, name: str) -> bool:
    """The node is one of ours and its Node object says NotReady (its daemon is gone)."""
    return name in ctx.nodes and _ready.get(name) is False


def refresh(ctx: runtime.Context, config: Path) -> None:
    """Take a restarted daemon's new pid from ``controllers.json`` (``node recover`` rewrites it)."""
    try:
        mtime = config.stat().st_mtime
    except OSError:
        return
    if _config_mtime.get(str(config)) == mtime:
        return
    _config_mtime[str(config)] = mtime
    try:
        state = json.loads(config.read_text())
    except (OSError, ValueError):
        return
    for raw in state.get("nodes") or []:
        daemon = libvirt_node.Daemon(**raw)
        old = ctx.nodes.get(daemon.name)
        if old is not None and old.pid != daemon.pid:
            runtime.log.info(
                "node %s: libvirt daemon is now pid %d (was %d)", daemon.name, daemon.pid, old.pid
            )
            ctx.forget(daemon.name)
            ctx.nodes[daemon.name] = daemon
