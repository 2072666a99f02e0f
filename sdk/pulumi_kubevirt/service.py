"""A Kubernetes Service in front of a VM (what ``virtctl expose`` builds).

Neither KubeVirt's nor CDI's swagger carries ``core/v1.ServiceSpec``, so these few models are
hand-written on the same base as the generated ones (same aliases, strictness and round trip).
They cover the fields ``virtctl expose`` uses; anything else can be kept with
``from_manifest``'s ``allow_unknown`` escape hatch or set through ``model_extra``.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar, Literal

import pydantic

from pulumi_kubevirt.models import _base, k8s_meta_v1

ServiceType = Literal["ClusterIP", "NodePort", "LoadBalancer"]


class ServicePort(_base.KubeModel):
    """One port of a Service."""

    name: str | None = pydantic.Field(default=None, alias="name")
    port: int = pydantic.Field(alias="port", ge=1, le=65535)
    target_port: _base.IntOrString | None = pydantic.Field(default=None, alias="targetPort")
    protocol: Literal["TCP", "UDP"] | None = pydantic.Field(default=None, alias="protocol")
    node_port: int | None = pydantic.Field(default=None, alias="nodePort", ge=1, le=65535)


class ServiceSpec(_base.KubeModel):
    """The subset of ``core/v1.ServiceSpec`` a VM Service needs."""

    type: ServiceType | None = pydantic.Field(default=None, alias="type")
    selector: dict[str, str] | None = pydantic.Field(default=None, alias="selector")
    ports: list[ServicePort] | None = pydantic.Field(default=None, alias="ports")
    cluster_ip: str | None = pydantic.Field(default=None, alias="clusterIP")
    external_traffic_policy: Literal["Cluster", "Local"] | None = pydantic.Field(
        default=None, alias="externalTrafficPolicy"
    )


class Service(_base.KubeModel):
    """A ``v1/Service``."""

    __kube_gvk__: ClassVar[tuple[str, str] | None] = ("v1", "Service")
    api_version: str | None = pydantic.Field(default=None, alias="apiVersion")
    kind: str | None = pydantic.Field(default=None, alias="kind")
    metadata: k8s_meta_v1.ObjectMeta | None = pydantic.Field(default=None, alias="metadata")
    spec: ServiceSpec | None = pydantic.Field(default=None, alias="spec")


def expose(
    vm_name: str,
    ports: Sequence[int | tuple[int, int]],
    *,
    name: str | None = None,
    namespace: str | None = None,
    type: ServiceType = "ClusterIP",
    protocol: Literal["TCP", "UDP"] = "TCP",
) -> Service:
    """A Service selecting the VM's launcher pod by ``vmi.kubevirt.io/id`` (KubeVirt v1.7+).

    ``ports`` are ``port`` or ``(port, target_port)``. Name defaults to ``<vm_name>-svc``.
    """
    spec_ports = []
    for p in ports:
        port, target = (p, p) if isinstance(p, int) else p
        spec_ports.append(ServicePort(port=port, targetPort=target, protocol=protocol))
    metadata = k8s_meta_v1.ObjectMeta(name=name or f"{vm_name}-svc")
    if namespace is not None:
        metadata.namespace = namespace
    spec = ServiceSpec(type=type, selector={"vmi.kubevirt.io/id": vm_name}, ports=spec_ports)
    return Service(metadata=metadata, spec=spec)
