"""Synthetic ``pulumi preview --json`` documents, shaped like what the Pulumi CLI prints, for the
tests that need no sandbox (the size bound, secrets, policy); the recorded ones are in data/."""

from __future__ import annotations

import copy
from typing import Any

from pulumi_kubevirt_provider import findings

STACK, PROJECT = "pr", "report-tests"
SECRET_OBJECT_SIG = "4dabf18193072939515e22adb298388d"
SECRET_SIG = "1b47061264138c4ac30d75fd1eb44270"
TYPES = {
    "plugin": "kubevirt:index:{kind}",
    "dynamic": "pulumi-python:dynamic/kubevirt:{kind}",
}


def urn(kind: str, name: str, transport: str = "plugin") -> str:
    return f"urn:pulumi:{STACK}::{PROJECT}::{TYPES[transport].format(kind=kind)}::{name}"


def vm_inputs(name: str, sockets: int = 1, memory: str = "128Mi", namespace: str = "pr") -> dict[str, Any]:
    return {
        "metadata": {"name": name, "namespace": namespace},
        "spec": {
            "runStrategy": "Always",
            "template": {
                "spec": {
                    "domain": {
                        "cpu": {"sockets": sockets},
                        "devices": {"disks": [{"name": "root", "disk": {"bus": "virtio"}}]},
                        "resources": {"requests": {"memory": memory}},
                    },
                    "volumes": [
                        {
                            "name": "root",
                            "containerDisk": {"image": "quay.io/kubevirt/cirros-container-disk-demo"},
                        }
                    ],
                }
            },
        },
        "force": False,
        "adopt": False,
        "restart_on_change": False,
        "owner": f"{PROJECT}/{STACK}/VirtualMachine/{name}",
    }


def vm_outputs(inputs: dict[str, Any], running: bool = True) -> dict[str, Any]:
    return {
        **copy.deepcopy(inputs),
        "uid": "00000000-0000-0000-0000-000000000001",
        "printable_status": "Running" if running else "Stopped",
        "ready": running,
        "created": running,
        "restart_required": False,
        "node_name": "sandbox-node-1" if running else None,
    }


def step(
    op: str,
    kind: str,
    name: str,
    old: dict[str, Any] | None = None,
    new: dict[str, Any] | None = None,
    old_outputs: dict[str, Any] | None = None,
    detailed: dict[str, dict[str, Any]] | None = None,
    transport: str = "plugin",
) -> dict[str, Any]:
    type_ = TYPES[transport].format(kind=kind)
    u = urn(kind, name, transport)
    out: dict[str, Any] = {"op": op, "urn": u, "provider": ""}
    if old is not None:
        out["oldState"] = {
            "urn": u,
            "type": type_,
            "custom": True,
            "inputs": old,
            "outputs": old_outputs or old,
        }
    if new is not None:
        out["newState"] = {"urn": u, "type": type_, "custom": True, "inputs": new, "outputs": new}
    if detailed is not None:
        out["detailedDiff"] = detailed
        out["diffReasons"] = sorted({p.split(".")[0].split("[")[0] for p in detailed})
    return out


def document(steps: list[dict[str, Any]], diagnostics: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    summary: dict[str, int] = {}
    for s in steps:
        summary[s["op"]] = summary.get(s["op"], 0) + 1
    return {"steps": steps, "diagnostics": diagnostics or [], "duration": 1, "changeSummary": summary}


def diag(message: str, resource_urn: str = "", severity: str = "info") -> dict[str, Any]:
    return {"urn": resource_urn, "message": message + "\n", "severity": severity, "prefix": ""}


def told(
    label: str,
    found: list[findings.Finding],
    resource_urn: str = "",
    *,
    kind: str = "",
    object_: str = "",
) -> list[dict[str, Any]]:
    """What a transport sends for one call's findings: each as its line, then all of them as the
    machine-readable line (the dynamic transport's, with no URN, names the object's kind and
    ``namespace/name``)."""
    severity = "info" if resource_urn else "info#err"
    lines = [diag(f"{label}: {findings.line(f)}", resource_urn, severity) for f in found]
    machine = findings.machine_line([(label, f) for f in found], kind=kind, object_=object_)
    return [*lines, diag(machine, resource_urn, severity)]


def secret(value: Any) -> dict[str, Any]:
    """A secret as the CLI may print it: the signature object (the report must never read `value`)."""
    return {SECRET_OBJECT_SIG: SECRET_SIG, "value": value}


def many_vms_live_update(count: int) -> dict[str, Any]:
    """``count`` running VMs each getting a second CPU socket (applied live)."""
    steps = []
    for i in range(count):
        name = f"web-{i:03d}"
        old, new = vm_inputs(name, sockets=1), vm_inputs(name, sockets=2)
        steps.append(
            step(
                "update",
                "VirtualMachine",
                name,
                old,
                new,
                vm_outputs(old),
                {"spec.template.spec.domain.cpu.sockets": {"kind": "update", "inputDiff": True}},
            )
        )
    return document(steps)
