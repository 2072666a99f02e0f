# generated — regenerate, don't edit
# Written by scripts/codegen/generate.py from
#   kubevirt-v1.9.0/swagger.json (sha256 2c12b9c092941cff)
"""Kubernetes core/v1 types as vendored by KubeVirt."""

from __future__ import annotations

from typing import Literal

import pydantic

from pulumi_kubevirt_models import base, quantity

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


class Affinity(base.KubeModel):
    node_affinity: base.Input[NodeAffinity] | None = pydantic.Field(default=None, alias="nodeAffinity")
    pod_affinity: base.Input[PodAffinity] | None = pydantic.Field(default=None, alias="podAffinity")
    pod_anti_affinity: base.Input[PodAntiAffinity] | None = pydantic.Field(
        default=None, alias="podAntiAffinity"
    )


class DownwardAPIVolumeFile(base.KubeModel):
    field_ref: base.Input[ObjectFieldSelector] | None = pydantic.Field(default=None, alias="fieldRef")
    mode: base.Input[int] | None = pydantic.Field(default=None, alias="mode")
    path: base.Input[str] = pydantic.Field(alias="path")
    resource_field_ref: base.Input[ResourceFieldSelector] | None = pydantic.Field(
        default=None, alias="resourceFieldRef"
    )


class ExecAction(base.KubeModel):
    command: base.Input[base.InputList[str]] | None = pydantic.Field(default=None, alias="command")


class HTTPGetAction(base.KubeModel):
    host: base.Input[str] | None = pydantic.Field(default=None, alias="host")
    http_headers: base.Input[base.InputList[HTTPHeader]] | None = pydantic.Field(
        default=None, alias="httpHeaders"
    )
    path: base.Input[str] | None = pydantic.Field(default=None, alias="path")
    port: base.Input[base.IntOrString] = pydantic.Field(alias="port")
    scheme: base.Input[Literal["HTTP", "HTTPS"]] | None = pydantic.Field(default=None, alias="scheme")


class HTTPHeader(base.KubeModel):
    name: base.Input[str] = pydantic.Field(alias="name")
    value: base.Input[str] = pydantic.Field(alias="value")


class LocalObjectReference(base.KubeModel):
    name: base.Input[str] | None = pydantic.Field(default=None, alias="name")


class NodeAffinity(base.KubeModel):
    preferred_during_scheduling_ignored_during_execution: (
        base.Input[base.InputList[PreferredSchedulingTerm]] | None
    ) = pydantic.Field(default=None, alias="preferredDuringSchedulingIgnoredDuringExecution")
    required_during_scheduling_ignored_during_execution: base.Input[NodeSelector] | None = pydantic.Field(
        default=None, alias="requiredDuringSchedulingIgnoredDuringExecution"
    )


class NodeSelector(base.KubeModel):
    node_selector_terms: base.Input[base.InputList[NodeSelectorTerm]] = pydantic.Field(
        alias="nodeSelectorTerms"
    )


class NodeSelectorRequirement(base.KubeModel):
    key: base.Input[str] = pydantic.Field(alias="key")
    operator: base.Input[Literal["DoesNotExist", "Exists", "Gt", "In", "Lt", "NotIn"]] = pydantic.Field(
        alias="operator"
    )
    values: base.Input[base.InputList[str]] | None = pydantic.Field(default=None, alias="values")


class NodeSelectorTerm(base.KubeModel):
    match_expressions: base.Input[base.InputList[NodeSelectorRequirement]] | None = pydantic.Field(
        default=None, alias="matchExpressions"
    )
    match_fields: base.Input[base.InputList[NodeSelectorRequirement]] | None = pydantic.Field(
        default=None, alias="matchFields"
    )


class ObjectFieldSelector(base.KubeModel):
    api_version: base.Input[str] | None = pydantic.Field(default=None, alias="apiVersion")
    field_path: base.Input[str] = pydantic.Field(alias="fieldPath")


class PersistentVolumeClaimSpec(base.KubeModel):
    access_modes: (
        base.Input[base.InputList[Literal[
            "ReadOnlyMany",
            "ReadWriteMany",
            "ReadWriteOnce",
            "ReadWriteOncePod",
        ]]] | None
    ) = pydantic.Field(default=None, alias="accessModes")
    data_source: base.Input[TypedLocalObjectReference] | None = pydantic.Field(
        default=None, alias="dataSource"
    )
    data_source_ref: base.Input[TypedObjectReference] | None = pydantic.Field(
        default=None, alias="dataSourceRef"
    )
    resources: base.Input[VolumeResourceRequirements] | None = pydantic.Field(default=None, alias="resources")
    selector: base.Input[k8s_meta_v1.LabelSelector] | None = pydantic.Field(default=None, alias="selector")
    storage_class_name: base.Input[str] | None = pydantic.Field(default=None, alias="storageClassName")
    volume_attributes_class_name: base.Input[str] | None = pydantic.Field(
        default=None, alias="volumeAttributesClassName"
    )
    volume_mode: base.Input[Literal["Block", "Filesystem", "FromStorageProfile"]] | None = pydantic.Field(
        default=None, alias="volumeMode"
    )
    volume_name: base.Input[str] | None = pydantic.Field(default=None, alias="volumeName")


class PersistentVolumeClaimVolumeSource(base.KubeModel):
    claim_name: base.Input[str] = pydantic.Field(alias="claimName")
    read_only: base.Input[bool] | None = pydantic.Field(default=None, alias="readOnly")


class PodAffinity(base.KubeModel):
    preferred_during_scheduling_ignored_during_execution: (
        base.Input[base.InputList[WeightedPodAffinityTerm]] | None
    ) = pydantic.Field(default=None, alias="preferredDuringSchedulingIgnoredDuringExecution")
    required_during_scheduling_ignored_during_execution: (
        base.Input[base.InputList[PodAffinityTerm]] | None
    ) = pydantic.Field(default=None, alias="requiredDuringSchedulingIgnoredDuringExecution")


class PodAffinityTerm(base.KubeModel):
    label_selector: base.Input[k8s_meta_v1.LabelSelector] | None = pydantic.Field(
        default=None, alias="labelSelector"
    )
    match_label_keys: base.Input[base.InputList[str]] | None = pydantic.Field(
        default=None, alias="matchLabelKeys"
    )
    mismatch_label_keys: base.Input[base.InputList[str]] | None = pydantic.Field(
        default=None, alias="mismatchLabelKeys"
    )
    namespace_selector: base.Input[k8s_meta_v1.LabelSelector] | None = pydantic.Field(
        default=None, alias="namespaceSelector"
    )
    namespaces: base.Input[base.InputList[str]] | None = pydantic.Field(default=None, alias="namespaces")
    topology_key: base.Input[str] = pydantic.Field(alias="topologyKey")


class PodAntiAffinity(base.KubeModel):
    preferred_during_scheduling_ignored_during_execution: (
        base.Input[base.InputList[WeightedPodAffinityTerm]] | None
    ) = pydantic.Field(default=None, alias="preferredDuringSchedulingIgnoredDuringExecution")
    required_during_scheduling_ignored_during_execution: (
        base.Input[base.InputList[PodAffinityTerm]] | None
    ) = pydantic.Field(default=None, alias="requiredDuringSchedulingIgnoredDuringExecution")


class PodDNSConfig(base.KubeModel):
    nameservers: base.Input[base.InputList[str]] | None = pydantic.Field(default=None, alias="nameservers")
    options: base.Input[base.InputList[PodDNSConfigOption]] | None = pydantic.Field(
        default=None, alias="options"
    )
    searches: base.Input[base.InputList[str]] | None = pydantic.Field(default=None, alias="searches")


class PodDNSConfigOption(base.KubeModel):
    name: base.Input[str] | None = pydantic.Field(default=None, alias="name")
    value: base.Input[str] | None = pydantic.Field(default=None, alias="value")


class PreferredSchedulingTerm(base.KubeModel):
    preference: base.Input[NodeSelectorTerm] = pydantic.Field(alias="preference")
    weight: base.Input[int] = pydantic.Field(alias="weight")


class ResourceFieldSelector(base.KubeModel):
    container_name: base.Input[str] | None = pydantic.Field(default=None, alias="containerName")
    divisor: base.Input[quantity.Quantity] | None = pydantic.Field(default=None, alias="divisor")
    resource: base.Input[str] = pydantic.Field(alias="resource")


class TCPSocketAction(base.KubeModel):
    host: base.Input[str] | None = pydantic.Field(default=None, alias="host")
    port: base.Input[base.IntOrString] = pydantic.Field(alias="port")


class Toleration(base.KubeModel):
    effect: base.Input[Literal["NoExecute", "NoSchedule", "PreferNoSchedule"]] | None = pydantic.Field(
        default=None, alias="effect"
    )
    key: base.Input[str] | None = pydantic.Field(default=None, alias="key")
    operator: base.Input[Literal["Equal", "Exists"]] | None = pydantic.Field(default=None, alias="operator")
    toleration_seconds: base.Input[int] | None = pydantic.Field(default=None, alias="tolerationSeconds")
    value: base.Input[str] | None = pydantic.Field(default=None, alias="value")


class TopologySpreadConstraint(base.KubeModel):
    label_selector: base.Input[k8s_meta_v1.LabelSelector] | None = pydantic.Field(
        default=None, alias="labelSelector"
    )
    match_label_keys: base.Input[base.InputList[str]] | None = pydantic.Field(
        default=None, alias="matchLabelKeys"
    )
    max_skew: base.Input[int] = pydantic.Field(alias="maxSkew")
    min_domains: base.Input[int] | None = pydantic.Field(default=None, alias="minDomains")
    node_affinity_policy: base.Input[Literal["Honor", "Ignore"]] | None = pydantic.Field(
        default=None, alias="nodeAffinityPolicy"
    )
    node_taints_policy: base.Input[Literal["Honor", "Ignore"]] | None = pydantic.Field(
        default=None, alias="nodeTaintsPolicy"
    )
    topology_key: base.Input[str] = pydantic.Field(alias="topologyKey")
    when_unsatisfiable: base.Input[Literal["DoNotSchedule", "ScheduleAnyway"]] = pydantic.Field(
        alias="whenUnsatisfiable"
    )


class TypedLocalObjectReference(base.KubeModel):
    api_group: base.Input[str] | None = pydantic.Field(default=None, alias="apiGroup")
    kind: base.Input[str] = pydantic.Field(alias="kind")
    name: base.Input[str] = pydantic.Field(alias="name")


class TypedObjectReference(base.KubeModel):
    api_group: base.Input[str] | None = pydantic.Field(default=None, alias="apiGroup")
    kind: base.Input[str] = pydantic.Field(alias="kind")
    name: base.Input[str] = pydantic.Field(alias="name")
    namespace: base.Input[str] | None = pydantic.Field(default=None, alias="namespace")


class VolumeResourceRequirements(base.KubeModel):
    limits: base.Input[base.InputMap[quantity.Quantity]] | None = pydantic.Field(default=None, alias="limits")
    requests: base.Input[base.InputMap[quantity.Quantity]] | None = pydantic.Field(
        default=None, alias="requests"
    )


class WeightedPodAffinityTerm(base.KubeModel):
    pod_affinity_term: base.Input[PodAffinityTerm] = pydantic.Field(alias="podAffinityTerm")
    weight: base.Input[int] = pydantic.Field(alias="weight")


from pulumi_kubevirt_models.generated import (  # noqa: E402  (cyclic; see above)
    k8s_meta_v1,
)
