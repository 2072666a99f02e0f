"""A ``v1/Service``, hand-written: neither KubeVirt's nor CDI's swagger carries ``core/v1.ServiceSpec``.

These few models sit on the same base as the generated ones (same aliases, strictness and round
trip; every field also takes a ``pulumi.Output`` of its type) and cover the fields ``virtctl
expose`` uses; anything else can be kept with ``from_manifest``'s ``allow_unknown`` escape hatch
or set through ``model_extra``. They live beside the generated models so that the provider, which
may import models but not the user-facing SDK, validates Services with them too.
"""

from __future__ import annotations

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
