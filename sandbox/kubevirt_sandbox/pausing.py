"""A pause through KubeVirt, as ``virtctl pause vmi`` makes one: ``kubevirt-sandbox pause|unpause``.

The sandbox has no virt-api, so this plays its part: KubeVirt's pause subresource asks the VMI's
virt-launcher to suspend the domain, and the launcher remembers that it paused it. Here the
request is a mark in the VMI's folder (``runtime.PAUSE_MARK``, the sandbox's stand-in for its
launcher pod), then the domain is suspended. The controllers, playing virt-handler, report the
VMI's ``Paused`` condition (reason ``PausedByUser``) for a domain paused this way, and for none
paused any other way: a ``virsh suspend`` behind KubeVirt's back leaves the VMI without it
(controllers/vmi.py). Unpause
removes the mark and resumes the domain; the condition goes at the controllers' next pass.
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kubevirt_sandbox.controllers import domainxml, fastboot, kube, runtime

if TYPE_CHECKING:
    from kubevirt_sandbox import sandbox as sandbox_module


def _paused_condition(vmi: dict[str, Any]) -> bool:
    return any(
        c.get("type") == "Paused" and c.get("status") == "True"
        for c in (vmi.get("status") or {}).get("conditions") or []
    )


def _running_vmi(k: kube.Kube, ref: str) -> dict[str, Any]:
    namespace, _, name = ref.rpartition("/")
    vmi = k.get("VirtualMachineInstance", namespace or "default", name)
    if vmi is None or (vmi.get("status") or {}).get("phase") != "Running":
        raise RuntimeError(f"VMI {ref} is not running: nothing to pause or unpause")
    if fastboot.delay(vmi) is not None:
        raise RuntimeError(f"VMI {ref} boots fast (no domain): nothing to pause")
    return vmi


def _domain(sb: sandbox_module.Sandbox, vmi: dict[str, Any]) -> Any:
    import libvirt

    node = next((n for n in sb.nodes if n.name == vmi["status"].get("nodeName")), None)
    if node is None:
        raise RuntimeError(f"VMI {kube.key(vmi)} is on no node of this sandbox")
    libvirt.registerErrorHandler(lambda *_: None, None)
    conn = libvirt.open(node.uri)
    meta = vmi["metadata"]
    return conn, conn.lookupByName(domainxml.domain_name(meta["namespace"], meta["name"]))


def _wait(k: kube.Kube, vmi: dict[str, Any], paused: bool, timeout: float) -> None:
    meta = vmi["metadata"]
    deadline = time.monotonic() + timeout
    while True:
        now = k.get("VirtualMachineInstance", meta["namespace"], meta["name"]) or {}
        if _paused_condition(now) == paused:
            return
        if time.monotonic() > deadline:
            raise RuntimeError(
                f"the VMI's Paused condition did not {'appear' if paused else 'go'} in {timeout:.0f}s"
            )
        time.sleep(0.2)


def pause(sb: sandbox_module.Sandbox, ref: str, timeout: float = 30.0) -> None:
    """Pause ``<namespace>/<name>`` through KubeVirt; return once the VMI says Paused."""
    k = kube.Kube(sb.kubeconfig)
    try:
        vmi = _running_vmi(k, ref)
        folder = runtime.vmi_dir(Path(sb.directory), vmi)
        folder.mkdir(parents=True, exist_ok=True)
        (folder / runtime.PAUSE_MARK).write_text(
            "paused by `kubevirt-sandbox pause` (virt-api's pause subresource)\n"
        )
        conn, dom = _domain(sb, vmi)
        try:
            dom.suspend()
        finally:
            conn.close()
        _wait(k, vmi, True, timeout)
    finally:
        k.close()


def unpause(sb: sandbox_module.Sandbox, ref: str, timeout: float = 30.0) -> None:
    """Unpause through KubeVirt; return once the VMI's Paused condition is gone."""
    k = kube.Kube(sb.kubeconfig)
    try:
        vmi = _running_vmi(k, ref)
        (runtime.vmi_dir(Path(sb.directory), vmi) / runtime.PAUSE_MARK).unlink(missing_ok=True)
        conn, dom = _domain(sb, vmi)
        try:
            dom.resume()
        finally:
            conn.close()
        _wait(k, vmi, False, timeout)
    finally:
        k.close()
