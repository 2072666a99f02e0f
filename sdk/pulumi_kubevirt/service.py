"""A Kubernetes Service in front of a VM (what ``virtctl expose`` builds).

The Service models themselves are hand-written beside the generated ones
(``pulumi_kubevirt_models.service``, which says why) and re-exported here.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal

from pulumi_kubevirt_models import base, service
from pulumi_kubevirt_models.generated import k8s_meta_v1

ServiceType = service.ServiceType
PortNumber = service.PortNumber
ServicePort = service.ServicePort
ServiceSpec = service.ServiceSpec
Service = service.Service


def expose(
    vm_name: base.Input[str],
    ports: Sequence[int | tuple[int, int]],
    *,
    name: base.Input[str] | None = None,
    namespace: base.Input[str] | None = None,
    type: ServiceType = "ClusterIP",
    protocol: Literal["TCP", "UDP"] = "TCP",
) -> Service:
    """A Service selecting the VM's launcher pod by ``vmi.kubevirt.io/id`` (KubeVirt v1.7+).

    ``ports`` are ``port`` or ``(port, target_port)``. Name defaults to ``<vm_name>-svc``.
    ``vm_name`` may be an Output (the VM resource's name); then so is the default name.
    """
    spec_ports = []
    for p in ports:
        port, target = (p, p) if isinstance(p, int) else p
        spec_ports.append(ServicePort(port=port, targetPort=target, protocol=protocol))
    if name is None:
        name = f"{vm_name}-svc" if isinstance(vm_name, str) else vm_name.apply(lambda n: f"{n}-svc")
    metadata = k8s_meta_v1.ObjectMeta(name=name)
    if namespace is not None:
        metadata.namespace = namespace
    spec = ServiceSpec(type=type, selector={"vmi.kubevirt.io/id": vm_name}, ports=spec_ports)
    return Service(metadata=metadata, spec=spec)
