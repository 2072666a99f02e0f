"""Shared by the controller tests: manifests, waiting, libvirt look-ups."""

from __future__ import annotations

import copy
import socket
import subprocess
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import libvirt
import yaml

EXAMPLES = Path(__file__).resolve().parents[2] / "examples" / "manifests"


# The sandbox runs each domain with exactly the declared memory. The demo guest boots in the
# seed's 64M (test_seed_demo.py); these tests keep 128Mi, which their domain checks expect.
DEMO_MEMORY = "128Mi"


def cirros(name: str, run_strategy: str = "Always", memory: str = DEMO_MEMORY) -> dict[str, Any]:
    vm = dict(yaml.safe_load((EXAMPLES / "vm-cirros.yaml").read_text()))
    vm = copy.deepcopy(vm)
    vm["metadata"] = {"name": name, "namespace": "default", "labels": {"kubevirt.io/vm": name}}
    vm["spec"]["runStrategy"] = run_strategy
    vm["spec"]["template"]["metadata"]["labels"] = {"kubevirt.io/vm": name}
    vm["spec"]["template"]["spec"]["domain"]["resources"]["requests"]["memory"] = memory
    return vm


def node_of(sandbox: Any, name: str) -> Any:
    return next(n for n in sandbox.nodes if n.name == name)


def virsh(node: Any, *args: str) -> str:
    """Run virsh against a sandbox node's libvirt; fail with its output."""
    result = subprocess.run(["virsh", "-c", node.uri, *args], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, f"virsh {' '.join(args)}: {result.stdout}{result.stderr}"
    return result.stdout


def wait_for(what: str, fn: Callable[[], Any], timeout: float = 60.0, period: float = 0.25) -> Any:
    """Poll ``fn`` until it returns something truthy; fail with ``what`` and the last value."""
    deadline = time.monotonic() + timeout
    last: Any = None
    while time.monotonic() < deadline:
        last = fn()
        if last:
            return last
        time.sleep(period)
    raise AssertionError(f"timed out after {timeout:.0f}s waiting for {what}; last value: {last!r}")


def vm_status(kube: Any, name: str) -> dict[str, Any]:
    vm = kube.get("VirtualMachine", "default", name) or {}
    return dict(vm.get("status") or {})


def vmi_of(kube: Any, name: str) -> dict[str, Any] | None:
    result: dict[str, Any] | None = kube.get("VirtualMachineInstance", "default", name)
    return result


def ready_vmi(kube: Any, name: str) -> dict[str, Any] | None:
    vmi = vmi_of(kube, name)
    if vmi is None:
        return None
    vmi.setdefault("status", {})
    conds = {c["type"]: c["status"] for c in vmi["status"].get("conditions") or []}
    return vmi if vmi["status"].get("phase") == "Running" and conds.get("Ready") == "True" else None


def domains(sandbox: Any) -> dict[str, dict[str, bool]]:
    """node -> {domain name: active}"""
    out: dict[str, dict[str, bool]] = {}
    libvirt.registerErrorHandler(lambda *_: None, None)
    for node in sandbox.nodes:
        conn = libvirt.open(node.uri)
        try:
            out[node.name] = {d.name(): bool(d.isActive()) for d in conn.listAllDomains()}
        finally:
            conn.close()
    return out


def domain_xml(sandbox: Any, node: str, name: str) -> str:
    uri = next(n.uri for n in sandbox.nodes if n.name == node)
    conn = libvirt.open(uri)
    try:
        return str(conn.lookupByName(name).XMLDesc(0))
    finally:
        conn.close()


def delete_vm(kube: Any, name: str, timeout: float = 60.0) -> None:
    kube.delete("VirtualMachine", "default", name)
    wait_for(f"VM {name} to be gone", lambda: kube.get("VirtualMachine", "default", name) is None, timeout)


def banner(port: int) -> bytes | None:
    """The first bytes a TCP server on 127.0.0.1:``port`` sends, or None."""
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=3) as s:
            s.settimeout(5)
            return s.recv(200) or None
    except OSError:
        return None
