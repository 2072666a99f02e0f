# generated — regenerate, don't edit
# Written by scripts/codegen/generate.py from
#   kubevirt-v1.9.0/swagger.json (sha256 2c12b9c092941cff)
"""Kubernetes core/v1 types as vendored by KubeVirt."""

from __future__ import annotations

from typing import Literal

import pydantic

from pulumi_kubevirt_models import base as _base
from pulumi_kubevirt_models import quantity as _quantity

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
    node_affinity: _base.Input[NodeAffinity] | None = pydantic.Field(default=None, alias="nodeAffinity")
    pod_affinity: _base.Input[PodAffinity] | None = pydantic.Field(default=None, alias="podAffinity")
    pod_anti_affinity: _base.Input[PodAntiAffinity] | None = pydantic.Field(
        default=None, alias="podAntiAffinity"
    )


class DownwardAPIVolumeFile(_base.KubeModel):
    field_ref: _base.Input[ObjectFieldSelector] | None = pydantic.Field(default=None, alias="fieldRef")
    mode: _base.Input[int] | None = pydantic.Field(default=None, alias="mode")
    path: _base.Input[str] = pydantic.Field(alias="path")
    resource_field_ref: _base.Input[ResourceFieldSelector] | None = pydantic.Field(
        default=None, alias="resourceFieldRef"
    )


class ExecAction(_base.KubeModel):
    command: _base.Input[_base.InputList[str]] | None = pydantic.Field(default=None, alias="command")


class HTTPGetAction(_base.KubeModel):
    host: _base.Input[str] | None = pydantic.Field(default=None, alias="host")
    http_headers: _base.Input[_base.InputList[HTTPHeader]] | None = pydantic.Field(
        default=None, alias="httpHeaders"
    )
    path: _base.Input[str] | None = pydantic.Field(default=None, alias="path")
    port: _base.Input[_base.IntOrString] = pydantic.Field(alias="port")
    scheme: _base.Input[Literal["HTTP", "HTTPS"]] | None = pydantic.Field(default=None, alias="scheme")


class HTTPHeader(_base.KubeModel):
    name: _base.Input[str] = pydantic.Field(alias="name")
    value: _base.Input[str] = pydantic.Field(alias="value")


class LocalObjectReference(_base.KubeModel):
    name: _base.Input[str] | None = pydantic.Field(default=None, alias="name")


class NodeAffinity(_base.KubeModel):
    preferred_during_scheduling_ignored_during_execution: (
        _base.Input[_base.InputList[PreferredSchedulingTerm]] | None
    ) = pydantic.Field(default=None, alias="preferredDuringSchedulingIgnoredDuringExecution")
    required_during_scheduling_ignored_during_execution: _base.Input[NodeSelector] | None = pydantic.Field(
        default=None, alias="requiredDuringSchedulingIgnoredDuringExecution"
    )


class NodeSelector(_base.KubeModel):
    node_selector_terms: _base.Input[_base.InputList[NodeSelectorTerm]] = pydantic.Field(
        alias="nodeSelectorTerms"
    )


class NodeSelectorRequirement(_base.KubeModel):
    key: _base.Input[str] = pydantic.Field(alias="key")
    operator: _base.Input[Literal["DoesNotExist", "Exists", "Gt", "In", "Lt", "NotIn"]] = pydantic.Field(
        alias="operator"
    )
    values: _base.Input[_base.InputList[str]] | None = pydantic.Field(default=None, alias="values")


class NodeSelectorTerm(_base.KubeModel):
    match_expressions: _base.Input[_base.InputList[NodeSelectorRequirement]] | None = pydantic.Field(
        default=None, alias="matchExpressions"
    )
    match_fields: _base.Input[_base.InputList[NodeSelectorRequirement]] | None = pydantic.Field(
        default=None, alias="matchFields"
    )


class ObjectFieldSelector(_base.KubeModel):
    api_version: _base.Input[str] | None = pydantic.Field(default=None, alias="apiVersion")
    field_path: _base.Input[str] = pydantic.Field(alias="fieldPath")


class PersistentVolumeClaimSpec(_base.KubeModel):
    access_modes: (
        _base.Input[_base.InputList[Literal[
            "ReadOnlyMany",
            "ReadWriteMany",
            "ReadWriteOnce",
            "ReadWriteOncePod",
        ]]] | None
    ) = pydantic.Field(default=None, alias="accessModes")
    data_source: _base.Input[TypedLocalObjectReference] | None = pydantic.Field(
        default=None, alias="dataSource"
    )
    data_source_ref: _base.Input[TypedObjectReference] | None = pydantic.Field(
        default=None, alias="dataSourceRef"
    )
    resources: _base.Input[VolumeResourceRequirements] | None = pydantic.Field(
        default=None, alias="resources"
    )
    selector: _base.Input[k8s_meta_v1.LabelSelector] | None = pydantic.Field(default=None, alias="selector")
    storage_class_name: _base.Input[str] | None = pydantic.Field(default=None, alias="storageClassName")
    volume_attributes_class_name: _base.Input[str] | None = pydantic.Field(
        default=None, alias="volumeAttributesClassName"
    )
    volume_mode: _base.Input[Literal["Block", "Filesystem", "FromStorageProfile"]] | None = pydantic.Field(
        default=None, alias="volumeMode"
    )
    volume_name: _base.Input[str] | None = pydantic.Field(default=None, alias="volumeName")


class PersistentVolumeClaimVolumeSource(_base.KubeModel):
    claim_name: _base.Input[str] = pydantic.Field(alias="claimName")
    read_only: _base.Input[bool] | None = pydantic.Field(default=None, alias="readOnly")


class PodAffinity(_base.KubeModel):
    preferred_during_scheduling_ignored_during_execution: (
        _base.Input[_base.InputList[WeightedPodAffinityTerm]] | None
    ) = pydantic.Field(default=None, alias="preferredDuringSchedulingIgnoredDuringExecution")
    required_during_scheduling_ignored_during_execution: (
        _base.Input[_base.InputList[PodAffinityTerm]] | None
    ) = pydantic.Field(default=None, alias="requiredDuringSchedulingIgnoredDuringExecution")


class PodAffinityTerm(_base.KubeModel):
    label_selector: _base.Input[k8s_meta_v1.LabelSelector] | None = pydantic.Field(
        default=None, alias="labelSelector"
    )
    match_label_keys: _base.Input[_base.InputList[str]] | None = pydantic.Field(
        default=None, alias="matchLabelKeys"
    )
    mismatch_label_keys: _base.Input[_base.InputList[str]] | None = pydantic.Field(
        default=None, alias="mismatchLabelKeys"
    )
    namespace_selector: _base.Input[k8s_meta_v1.LabelSelector] | None = pydantic.Field(
        default=None, alias="namespaceSelector"
    )
    namespaces: _base.Input[_base.InputList[str]] | None = pydantic.Field(default=None, alias="namespaces")
    topology_key: _base.Input[str] = pydantic.Field(alias="topologyKey")


class PodAntiAffinity(_base.KubeModel):
    preferred_during_scheduling_ignored_during_execution: (
        _base.Input[_base.InputList[WeightedPodAffinityTerm]] | None
    ) = pydantic.Field(default=None, alias="preferredDuringSchedulingIgnoredDuringExecution")
    required_during_scheduling_ignored_during_execution: (
        _base.Input[_base.InputList[PodAffinityTerm]] | None
    ) = pydantic.Field(default=None, alias="requiredDuringSchedulingIgnoredDuringExecution")


class PodDNSConfig(_base.KubeModel):
    nameservers: _base.Input[_base.InputList[str]] | None = pydantic.Field(default=None, alias="nameservers")
    options: _base.Input[_base.InputList[PodDNSConfigOption]] | None = pydantic.Field(
        default=None, alias="options"
    )
    searches: _base.Input[_base.InputList[str]] | None = pydantic.Field(default=None, alias="searches")


class PodDNSConfigOption(_base.KubeModel):
    name: _base.Input[str] | None = pydantic.Field(default=None, alias="name")
    value: _base.Input[str] | None = pydantic.Field(default=None, alias="value")


class PreferredSchedulingTerm(_base.KubeModel):
    preference: _base.Input[NodeSelectorTerm] = pydantic.Field(alias="preference")
    weight: _base.Input[int] = pydantic.Field(alias="weight")


class ResourceFieldSelector(_base.KubeModel):
    container_name: _base.Input[str] | None = pydantic.Field(default=None, alias="containerName")
    divisor: _base.Input[_quantity.Quantity] | None = pydantic.Field(default=None, alias="divisor")
    resource: _base.Input[str] = pydantic.Field(alias="resource")


class TCPSocketAction(_base.KubeModel):
    host: _base.Input[str] | None = pydantic.Field(default=None, alias="host")
    port: _base.Input[_base.IntOrString] = pydantic.Field(alias="port")


class Toleration(_base.KubeModel):
    effect: _base.Input[Literal["NoExecute", "NoSchedule", "PreferNoSchedule"]] | None = pydantic.Field(
        default=None, alias="effect"
    )
    key: _base.Input[str] | None = pydantic.Field(default=None, alias="key")
    operator: _base.Input[Literal["Equal", "Exists"]] | None = pydantic.Field(default=None, alias="operator")
    toleration_seconds: _base.Input[int] | None = pydantic.Field(default=None, alias="tolerationSeconds")
    value: _base.Input[str] | None = pydantic.Field(default=None, alias="value")


class TopologySpreadConstraint(_base.KubeModel):
    label_selector: _base.Input[k8s_meta_v1.LabelSelector] | None = pydantic.Field(
        default=None, alias="labelSelector"
    )
    match_label_keys: _base.Input[_base.InputList[str]] | None = pydantic.Field(
        default=None, alias="matchLabelKeys"
    )
    max_skew: _base.Input[int] = pydantic.Field(alias="maxSkew")
    min_domains: _base.Input[int] | None = pydantic.Field(default=None, alias="minDomains")
    node_affinity_policy: _base.Input[Literal["Honor", "Ignore"]] | None = pydantic.Field(
        default=None, alias="nodeAffinityPolicy"
    )
    node_taints_policy: _base.Input[Literal["Honor", "Ignore"]] | None = pydantic.Field(
        default=None, alias="nodeTaintsPolicy"
    )
    topology_key: _base.Input[str] = pydantic.Field(alias="topologyKey")
    when_unsatisfiable: _base.Input[Literal["DoNotSchedule", "ScheduleAnyway"]] = pydantic.Field(
        alias="whenUnsatisfiable"
    )


class TypedLocalObjectReference(_base.KubeModel):
    api_group: _base.Input[str] | None = pydantic.Field(default=None, alias="apiGroup")
    kind: _base.Input[str] = pydantic.Field(alias="kind")
    name: _base.Input[str] = pydantic.Field(alias="name")


class TypedObjectReference(_base.KubeModel):
    api_group: _base.Input[str] | None = pydantic.Field(default=None, alias="apiGroup")
    kind: _base.Input[str] = pydantic.Field(alias="kind")
    name: _base.Input[str] = pydantic.Field(alias="name")
    namespace: _base.Input[str] | None = pydantic.Field(default=None, alias="namespace")


class VolumeResourceRequirements(_base.KubeModel):
    limits: _base.Input[_base.InputMap[_quantity.Quantity]] | None = pydantic.Field(
        default=None, alias="limits"
    )
    requests: _base.Input[_base.InputMap[_quantity.Quantity]] | None = pydantic.Field(
        default=None, alias="requests"
    )


class WeightedPodAffinityTerm(_base.KubeModel):
    pod_affinity_term: _base.Input[PodAffinityTerm] = pydantic.Field(alias="podAffinityTerm")
    weight: _base.Input[int] = pydantic.Field(alias="weight")


from pulumi_kubevirt_models.generated import (  # noqa: E402  (cyclic; see above)
    k8s_meta_v1,
)
