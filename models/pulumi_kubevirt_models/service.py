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

from pulumi_kubevirt_models import base
from pulumi_kubevirt_models.generated import k8s_meta_v1

ServiceType = Literal["ClusterIP", "NodePort", "LoadBalancer"]
#: A port number (the constraint sits inside ``Input``: an Output is not compared).
PortNumber = Annotated[int, pydantic.Field(ge=1, le=65535)]


class ServicePort(base.KubeModel):
    """One port of a Service."""

    name: base.Input[str] | None = pydantic.Field(default=None, alias="name")
    port: base.Input[PortNumber] = pydantic.Field(alias="port")
    target_port: base.Input[base.IntOrString] | None = pydantic.Field(default=None, alias="targetPort")
    protocol: base.Input[Literal["TCP", "UDP"]] | None = pydantic.Field(default=None, alias="protocol")
    node_port: base.Input[PortNumber] | None = pydantic.Field(default=None, alias="nodePort")


class ServiceSpec(base.KubeModel):
    """The subset of ``core/v1.ServiceSpec`` a VM Service needs."""

    type: base.Input[ServiceType] | None = pydantic.Field(default=None, alias="type")
    selector: base.Input[base.InputMap[str]] | None = pydantic.Field(default=None, alias="selector")
    ports: base.Input[base.InputList[ServicePort]] | None = pydantic.Field(default=None, alias="ports")
    cluster_ip: base.Input[str] | None = pydantic.Field(default=None, alias="clusterIP")
    external_traffic_policy: base.Input[Literal["Cluster", "Local"]] | None = pydantic.Field(
        default=None, alias="externalTrafficPolicy"
    )


class Service(base.KubeModel):
    """A ``v1/Service``."""

    __kube_gvk__: ClassVar[tuple[str, str] | None] = ("v1", "Service")
    api_version: base.Input[str] | None = pydantic.Field(default=None, alias="apiVersion")
    kind: base.Input[str] | None = pydantic.Field(default=None, alias="kind")
    metadata: base.Input[k8s_meta_v1.ObjectMeta] | None = pydantic.Field(default=None, alias="metadata")
    spec: base.Input[ServiceSpec] | None = pydantic.Field(default=None, alias="spec")
