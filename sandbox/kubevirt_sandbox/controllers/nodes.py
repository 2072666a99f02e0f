"""One Node object per libvirt daemon, Ready while its daemon answers (a kubelet's heartbeat)."""

from __future__ import annotations

import os
import time
from typing import Any

from kubevirt_sandbox import process
from kubevirt_sandbox.controllers import kube, runtime

HEARTBEAT = 20.0
_last: dict[str, float] = {}


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
                "kubevirt.io/schedulable": "true",
                "node-role.kubernetes.io/worker": "",
            },
            "annotations": {"kubevirt-sandbox/not-a-kubelet": "a libvirt daemon of the sandbox"},
        },
        "spec": {},
    }


def _status(ctx: runtime.Context, name: str) -> dict[str, Any]:
    daemon = ctx.nodes[name]
    alive = process.alive(daemon.pid)
    mem = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES")
    cap = {"cpu": str(os.cpu_count() or 1), "memory": f"{mem // 1024}Ki", "pods": "110"}
    stamp = runtime.now()
    return {
        "capacity": cap,
        "allocatable": cap,
        "addresses": [{"type": "InternalIP", "address": "127.0.0.1"}, {"type": "Hostname", "address": name}],
        "conditions": [
            {
                "type": "Ready",
                "status": "True" if alive else "False",
                "reason": "KubeletReady" if alive else "LibvirtDaemonDown",
                "message": f"libvirt daemon {daemon.uri} {'answers' if alive else 'is not running'}",
                "lastHeartbeatTime": stamp,
                "lastTransitionTime": stamp,
            }
        ],
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


def reconcile(ctx: runtime.Context) -> None:
    for name in ctx.nodes:
        if time.monotonic() - _last.get(name, -1e9) < HEARTBEAT:
            continue
        if ctx.kube.get("Node", None, name) is None:
            try:
                ctx.kube.create("Node", _node_object(name))
            except kube.Conflict:
                pass
        ctx.kube.patch("Node", None, name, {"status": _status(ctx, name)}, sub="status")
        _last[name] = time.monotonic()


def ready_nodes(ctx: runtime.Context) -> list[str]:
    return [n for n, d in ctx.nodes.items() if process.alive(d.pid)]
