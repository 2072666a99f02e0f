# generated — regenerate, don't edit
# Written by scripts/codegen/generate.py from
#   kubevirt-v1.9.0/swagger.json (sha256 2c12b9c092941cff)
"""Kubernetes core/v1 types as vendored by KubeVirt."""

from __future__ import annotations

from typing import Literal

import pydantic

from pulumi_kubevirt.models import _base, _quantity

__all__ = [
    "Affinity",
    "DownwardAPIVolumeFile",
    "ExecAction",
    "HTTPGetAction",
    "HTTPHeader",
    "LocalObjectReference",
    "NodeAffinity",
    "NodeSelector",
    "NodeSelectorRequirement",
    "NodeSelectorTerm",
    "ObjectFieldSelector",
    "PersistentVolumeClaimSpec",
    "PersistentVolumeClaimVolumeSource",
    "PodAffinity",
    "PodAffinityTerm",
    "PodAntiAffinity",
    "PodDNSConfig",
    "PodDNSConfigOption",
    "PreferredSchedulingTerm",
    "ResourceFieldSelector",
    "TCPSocketAction",
    "Toleration",
    "TopologySpreadConstraint",
    "TypedLocalObjectReference",
    "TypedObjectReference",
    "VolumeResourceRequirements",
    "WeightedPodAffinityTerm",
]


class Affinity(_base.KubeModel):
    node_affinity: NodeAffinity | None = pydantic.Field(default=None, alias="nodeAffinity")
    pod_affinity: PodAffinity | None = pydantic.Field(default=None, alias="podAffinity")
    pod_anti_affinity: PodAntiAffinity | None = pydantic.Field(default=None, alias="podAntiAffinity")


class DownwardAPIVolumeFile(_base.KubeModel):
    field_ref: ObjectFieldSelector | None = pydantic.Field(default=None, alias="fieldRef")
    mode: int | None = pydantic.Field(default=None, alias="mode")
    path: str = pydantic.Field(alias="path")
    resource_field_ref: ResourceFieldSelector | None = pydantic.Field(default=None, alias="resourceFieldRef")


class ExecAction(_base.KubeModel):
    command: list[str] | None = pydantic.Field(default=None, alias="command")


class HTTPGetAction(_base.KubeModel):
    host: str | None = pydantic.Field(default=None, alias="host")
    http_headers: list[HTTPHeader] | None = pydantic.Field(default=None, alias="httpHeaders")
    path: str | None = pydantic.Field(default=None, alias="path")
    port: _base.IntOrString = pydantic.Field(alias="port")
    scheme: Literal["HTTP", "HTTPS"] | None = pydantic.Field(default=None, alias="scheme")


class HTTPHeader(_base.KubeModel):
    name: str = pydantic.Field(alias="name")
    value: str = pydantic.Field(alias="value")


class LocalObjectReference(_base.KubeModel):
    name: str | None = pydantic.Field(default=None, alias="name")


class NodeAffinity(_base.KubeModel):
    preferred_during_scheduling_ignored_during_execution: list[PreferredSchedulingTerm] | None = (
        pydantic.Field(default=None, alias="preferredDuringSchedulingIgnoredDuringExecution")
    )
    required_during_scheduling_ignored_during_execution: NodeSelector | None = pydantic.Field(
        default=None, alias="requiredDuringSchedulingIgnoredDuringExecution"
    )


class NodeSelector(_base.KubeModel):
    node_selector_terms: list[NodeSelectorTerm] = pydantic.Field(alias="nodeSelectorTerms")


class NodeSelectorRequirement(_base.KubeModel):
    key: str = pydantic.Field(alias="key")
    operator: Literal["DoesNotExist", "Exists", "Gt", "In", "Lt", "NotIn"] = pydantic.Field(alias="operator")
    values: list[str] | None = pydantic.Field(default=None, alias="values")


class NodeSelectorTerm(_base.KubeModel):
    match_expressions: list[NodeSelectorRequirement] | None = pydantic.Field(
        default=None, alias="matchExpressions"
    )
    match_fields: list[NodeSelectorRequirement] | None = pydantic.Field(default=None, alias="matchFields")


class ObjectFieldSelector(_base.KubeModel):
    api_version: str | None = pydantic.Field(default=None, alias="apiVersion")
    field_path: str = pydantic.Field(alias="fieldPath")


class PersistentVolumeClaimSpec(_base.KubeModel):
    access_modes: (
        list[Literal[
            "ReadOnlyMany",
            "ReadWriteMany",
            "ReadWriteOnce",
            "ReadWriteOncePod",
        ]] | None
    ) = pydantic.Field(default=None, alias="accessModes")
    data_source: TypedLocalObjectReference | None = pydantic.Field(default=None, alias="dataSource")
    data_source_ref: TypedObjectReference | None = pydantic.Field(default=None, alias="dataSourceRef")
    resources: VolumeResourceRequirements | None = pydantic.Field(default=None, alias="resources")
    selector: k8s_meta_v1.LabelSelector | None = pydantic.Field(default=None, alias="selector")
    storage_class_name: str | None = pydantic.Field(default=None, alias="storageClassName")
    volume_attributes_class_name: str | None = pydantic.Field(default=None, alias="volumeAttributesClassName")
    volume_mode: Literal["Block", "Filesystem", "FromStorageProfile"] | None = pydantic.Field(
        default=None, alias="volumeMode"
    )
    volume_name: str | None = pydantic.Field(default=None, alias="volumeName")


class PersistentVolumeClaimVolumeSource(_base.KubeModel):
    claim_name: str = pydantic.Field(alias="claimName")
    read_only: bool | None = pydantic.Field(default=None, alias="readOnly")


class PodAffinity(_base.KubeModel):
    preferred_during_scheduling_ignored_during_execution: list[WeightedPodAffinityTerm] | None = (
        pydantic.Field(default=None, alias="preferredDuringSchedulingIgnoredDuringExecution")
    )
    required_during_scheduling_ignored_during_execution: list[PodAffinityTerm] | None = pydantic.Field(
        default=None, alias="requiredDuringSchedulingIgnoredDuringExecution"
    )


class PodAffinityTerm(_base.KubeModel):
    label_selector: k8s_meta_v1.LabelSelector | None = pydantic.Field(default=None, alias="labelSelector")
    match_label_keys: list[str] | None = pydantic.Field(default=None, alias="matchLabelKeys")
    mismatch_label_keys: list[str] | None = pydantic.Field(default=None, alias="mismatchLabelKeys")
    namespace_selector: k8s_meta_v1.LabelSelector | None = pydantic.Field(
        default=None, alias="namespaceSelector"
    )
    namespaces: list[str] | None = pydantic.Field(default=None, alias="namespaces")
    topology_key: str = pydantic.Field(alias="topologyKey")


class PodAntiAffinity(_base.KubeModel):
    preferred_during_scheduling_ignored_during_execution: list[WeightedPodAffinityTerm] | None = (
        pydantic.Field(default=None, alias="preferredDuringSchedulingIgnoredDuringExecution")
    )
    required_during_scheduling_ignored_during_execution: list[PodAffinityTerm] | None = pydantic.Field(
        default=None, alias="requiredDuringSchedulingIgnoredDuringExecution"
    )


class PodDNSConfig(_base.KubeModel):
    nameservers: list[str] | None = pydantic.Field(default=None, alias="nameservers")
    options: list[PodDNSConfigOption] | None = pydantic.Field(default=None, alias="options")
    searches: list[str] | None = pydantic.Field(default=None, alias="searches")


class PodDNSConfigOption(_base.KubeModel):
    name: str | None = pydantic.Field(default=None, alias="name")
    value: str | None = pydantic.Field(default=None, alias="value")


class PreferredSchedulingTerm(_base.KubeModel):
    preference: NodeSelectorTerm = pydantic.Field(alias="preference")
    weight: int = pydantic.Field(alias="weight")


class ResourceFieldSelector(_base.KubeModel):
    container_name: str | None = pydantic.Field(default=None, alias="containerName")
    divisor: _quantity.Quantity | None = pydantic.Field(default=None, alias="divisor")
    resource: str = pydantic.Field(alias="resource")


class TCPSocketAction(_base.KubeModel):
    host: str | None = pydantic.Field(default=None, alias="host")
    port: _base.IntOrString = pydantic.Field(alias="port")


class Toleration(_base.KubeModel):
    effect: Literal["NoExecute", "NoSchedule", "PreferNoSchedule"] | None = pydantic.Field(
        default=None, alias="effect"
    )
    key: str | None = pydantic.Field(default=None, alias="key")
    operator: Literal["Equal", "Exists"] | None = pydantic.Field(default=None, alias="operator")
    toleration_seconds: int | None = pydantic.Field(default=None, alias="tolerationSeconds")
    value: str | None = pydantic.Field(default=None, alias="value")


class TopologySpreadConstraint(_base.KubeModel):
    label_selector: k8s_meta_v1.LabelSelector | None = pydantic.Field(default=None, alias="labelSelector")
    match_label_keys: list[str] | None = pydantic.Field(default=None, alias="matchLabelKeys")
    max_skew: int = pydantic.Field(alias="maxSkew")
    min_domains: int | None = pydantic.Field(default=None, alias="minDomains")
    node_affinity_policy: Literal["Honor", "Ignore"] | None = pydantic.Field(
        default=None, alias="nodeAffinityPolicy"
    )
    node_taints_policy: Literal["Honor", "Ignore"] | None = pydantic.Field(
        default=None, alias="nodeTaintsPolicy"
    )
    topology_key: str = pydantic.Field(alias="topologyKey")
    when_unsatisfiable: Literal["DoNotSchedule", "ScheduleAnyway"] = pydantic.Field(alias="whenUnsatisfiable")


class TypedLocalObjectReference(_base.KubeModel):
    api_group: str | None = pydantic.Field(default=None, alias="apiGroup")
    kind: str = pydantic.Field(alias="kind")
    name: str = pydantic.Field(alias="name")


class TypedObjectReference(_base.KubeModel):
    api_group: str | None = pydantic.Field(default=None, alias="apiGroup")
    kind: str = pydantic.Field(alias="kind")
    name: str = pydantic.Field(alias="name")
    namespace: str | None = pydantic.Field(default=None, alias="namespace")


class VolumeResourceRequirements(_base.KubeModel):
    limits: dict[str, _quantity.Quantity] | None = pydantic.Field(default=None, alias="limits")
    requests: dict[str, _quantity.Quantity] | None = pydantic.Field(default=None, alias="requests")


class WeightedPodAffinityTerm(_base.KubeModel):
    pod_affinity_term: PodAffinityTerm = pydantic.Field(alias="podAffinityTerm")
    weight: int = pydantic.Field(alias="weight")


from pulumi_kubevirt.models import (  # noqa: E402  (cyclic; see above)
    k8s_meta_v1,
)
