"""A Kubernetes Service in front of a VM (what ``virtctl expose`` builds).

Neither KubeVirt's nor CDI's swagger carries ``core/v1.ServiceSpec``, so these few models are
hand-written on the same base as the generated ones (same aliases, strictness and round trip).
They cover the fields ``virtctl expose`` uses; anything else can be kept with
``from_manifest``'s ``allow_unknown`` escape hatch or set through ``model_extra``. Like the
generated models, every field also takes a ``pulumi.Output`` of its type.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Annotated, ClassVar, Literal

import pydantic

from pulumi_kubevirt.models import _base, k8s_meta_v1

ServiceType = Literal["ClusterIP", "NodePort", "LoadBalancer"]
#: A port number (the constraint sits inside ``Input``: an Output is not compared).
PortNumber = Annotated[int, pydantic.Field(ge=1, le=65535)]


class ServicePort(_base.KubeModel):
    """One port of a Service."""

    name: _base.Input[str] | None = pydantic.Field(default=None, alias="name")
    port: _base.Input[PortNumber] = pydantic.Field(alias="port")
    target_port: _base.Input[_base.IntOrString] | None = pydantic.Field(default=None, alias="targetPort")
    protocol: _base.Input[Literal["TCP", "UDP"]] | None = pydantic.Field(default=None, alias="protocol")
    node_port: _base.Input[PortNumber] | None = pydantic.Field(default=None, alias="nodePort")


class ServiceSpec(_base.KubeModel):
    """The subset of ``core/v1.ServiceSpec`` a VM Service needs."""

    type: _base.Input[ServiceType] | None = pydantic.Field(default=None, alias="type")
    selector: _base.Input[_base.InputMap[str]] | None = pydantic.Field(default=None, alias="selector")
    ports: _base.Input[_base.InputList[ServicePort]] | None = pydantic.Field(default=None, alias="ports")
    cluster_ip: _base.Input[str] | None = pydantic.Field(default=None, alias="clusterIP")
    external_traffic_policy: _base.Input[Literal["Cluster", "Local"]] | None = pydantic.Field(
        default=None, alias="externalTrafficPolicy"
    )


class Service(_base.KubeModel):
    """A ``v1/Service``."""

    __kube_gvk__: ClassVar[tuple[str, str] | None] = ("v1", "Service")
    api_version: _base.Input[str] | None = pydantic.Field(default=None, alias="apiVersion")
    kind: _base.Input[str] | None = pydantic.Field(default=None, alias="kind")
    metadata: _base.Input[k8s_meta_v1.ObjectMeta] | None = pydantic.Field(default=None, alias="metadata")
    spec: _base.Input[ServiceSpec] | None = pydantic.Field(default=None, alias="spec")


def expose(
    vm_name: _base.Input[str],
    ports: Sequence[int | tuple[int, int]],
    *,
    name: _base.Input[str] | None = None,
    namespace: _base.Input[str] | None = None,
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
