"""What the benchmark deploys, and with which tools: the manifests (N VMs, each with a Service) and
the Pulumi program of each tool over the same manifests."""

from __future__ import annotations

from typing import Any

TOOLS = ("dynamic", "plugin", "kubernetes", "floor")
OURS = ("dynamic", "plugin")  # this project's two transports
OPS = ("up", "preview", "preview-changed", "refresh", "destroy")
FAST = "kubevirt-sandbox.io/fast-boot"


def vm_spec(i: int, changed: bool = False) -> dict[str, Any]:
    memory = "160Mi" if changed and i == 0 else "128Mi"
    return {
        "runStrategy": "Always",
        "template": {
            "spec": {
                "domain": {
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
    }


def svc_spec(name: str) -> dict[str, Any]:
    return {
        "type": "ClusterIP",
        "selector": {"vmi.kubevirt.io/id": name},
        "ports": [{"port": 22, "targetPort": 22, "protocol": "TCP"}],
    }


def manifests(
    namespace: str, n: int, annotations: dict[str, str], changed: bool = False
) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for i in range(n):
        name = f"vm-{i}"
        out.append(
            {
                "apiVersion": "kubevirt.io/v1",
                "kind": "VirtualMachine",
                "metadata": {
                    "name": name,
                    "namespace": namespace,
                    **({"annotations": annotations} if annotations else {}),
                },
                "spec": vm_spec(i, changed),
            }
        )
        out.append(
            {
                "apiVersion": "v1",
                "kind": "Service",
                "metadata": {"name": f"{name}-svc", "namespace": namespace},
                "spec": svc_spec(name),
            }
        )
    return out


def program_for(
    tool: str, namespace: str, n: int, annotations: dict[str, str], flags: dict[str, bool]
) -> Any:
    def ours() -> None:
        import pulumi_kubevirt as kv

        for i in range(n):
            name = f"vm-{i}"
            meta = {"name": name, **({"annotations": annotations} if annotations else {})}
            vm = kv.VirtualMachine(name, spec=vm_spec(i, flags["changed"]), metadata=meta)
            kv.VirtualMachineService(f"{name}-svc", vm=vm, ports=[22])

    def kubernetes() -> None:
        import pulumi_kubernetes as k8s

        for i in range(n):
            name = f"vm-{i}"
            k8s.apiextensions.CustomResource(
                name,
                api_version="kubevirt.io/v1",
                kind="VirtualMachine",
                metadata={
                    "name": name,
                    "namespace": namespace,
                    "annotations": {"pulumi.com/waitFor": "condition=Ready", **annotations},
                },
                spec=vm_spec(i, flags["changed"]),
            )
            k8s.core.v1.Service(
                f"{name}-svc", metadata={"name": f"{name}-svc", "namespace": namespace}, spec=svc_spec(name)
            )

    return kubernetes if tool == "kubernetes" else ours
