# generated — regenerate, don't edit
# Written by scripts/codegen/generate.py from
#   kubevirt-v1.9.0/swagger.json (sha256 2c12b9c092941cff)
"""Kubernetes meta/v1 types as vendored by KubeVirt."""

from __future__ import annotations

import pydantic

from pulumi_kubevirt_models import base as _base

__all__ = [
    "APIGroup",
    "APIGroupList",
    "APIResource",
    "APIResourceList",
    "Condition",
    "DeleteOptions",
    "GroupVersionForDiscovery",
    "LabelSelector",
    "LabelSelectorRequirement",
    "ListMeta",
    "ManagedFieldsEntry",
    "ObjectMeta",
    "OwnerReference",
    "Preconditions",
    "RootPaths",
    "ServerAddressByClientCIDR",
    "Status",
    "StatusCause",
    "StatusDetails",
    "WatchEvent",
]


class APIGroup(_base.KubeModel):
    api_version: _base.Input[str] | None = pydantic.Field(default=None, alias="apiVersion")
    kind: _base.Input[str] | None = pydantic.Field(default=None, alias="kind")
    name: _base.Input[str] = pydantic.Field(alias="name")
    preferred_version: _base.Input[GroupVersionForDiscovery] | None = pydantic.Field(
        default=None, alias="preferredVersion"
    )
    server_address_by_client_cid_rs: _base.Input[_base.InputList[ServerAddressByClientCIDR]] | None = (
        pydantic.Field(default=None, alias="serverAddressByClientCIDRs")
    )
    versions: _base.Input[_base.InputList[GroupVersionForDiscovery]] = pydantic.Field(alias="versions")


class APIGroupList(_base.KubeModel):
    api_version: _base.Input[str] | None = pydantic.Field(default=None, alias="apiVersion")
    groups: _base.Input[_base.InputList[APIGroup]] = pydantic.Field(alias="groups")
    kind: _base.Input[str] | None = pydantic.Field(default=None, alias="kind")


class APIResource(_base.KubeModel):
    categories: _base.Input[_base.InputList[str]] | None = pydantic.Field(default=None, alias="categories")
    group: _base.Input[str] | None = pydantic.Field(default=None, alias="group")
    kind: _base.Input[str] = pydantic.Field(alias="kind")
    name: _base.Input[str] = pydantic.Field(alias="name")
    namespaced: _base.Input[bool] = pydantic.Field(alias="namespaced")
    short_names: _base.Input[_base.InputList[str]] | None = pydantic.Field(default=None, alias="shortNames")
    singular_name: _base.Input[str] = pydantic.Field(alias="singularName")
    storage_version_hash: _base.Input[str] | None = pydantic.Field(default=None, alias="storageVersionHash")
    verbs: _base.Input[_base.InputList[str]] = pydantic.Field(alias="verbs")
    version: _base.Input[str] | None = pydantic.Field(default=None, alias="version")


class APIResourceList(_base.KubeModel):
    api_version: _base.Input[str] | None = pydantic.Field(default=None, alias="apiVersion")
    group_version: _base.Input[str] = pydantic.Field(alias="groupVersion")
    kind: _base.Input[str] | None = pydantic.Field(default=None, alias="kind")
    resources: _base.Input[_base.InputList[APIResource]] = pydantic.Field(alias="resources")


class Condition(_base.KubeModel):
    last_probe_time: _base.Input[str] | None = pydantic.Field(default=None, alias="lastProbeTime")
    last_transition_time: _base.Input[str] | None = pydantic.Field(alias="lastTransitionTime")
    message: _base.Input[str] = pydantic.Field(alias="message")
    observed_generation: _base.Input[int] | None = pydantic.Field(default=None, alias="observedGeneration")
    reason: _base.Input[str] = pydantic.Field(alias="reason")
    status: _base.Input[str] = pydantic.Field(alias="status")
    type: _base.Input[str] = pydantic.Field(alias="type")


class DeleteOptions(_base.KubeModel):
    api_version: _base.Input[str] | None = pydantic.Field(default=None, alias="apiVersion")
    dry_run: _base.Input[_base.InputList[str]] | None = pydantic.Field(default=None, alias="dryRun")
    grace_period_seconds: _base.Input[int] | None = pydantic.Field(default=None, alias="gracePeriodSeconds")
    ignore_store_read_error_with_cluster_breaking_potential: _base.Input[bool] | None = pydantic.Field(
        default=None, alias="ignoreStoreReadErrorWithClusterBreakingPotential"
    )
    kind: _base.Input[str] | None = pydantic.Field(default=None, alias="kind")
    orphan_dependents: _base.Input[bool] | None = pydantic.Field(default=None, alias="orphanDependents")
    preconditions: _base.Input[Preconditions] | None = pydantic.Field(default=None, alias="preconditions")
    propagation_policy: _base.Input[str] | None = pydantic.Field(default=None, alias="propagationPolicy")


class GroupVersionForDiscovery(_base.KubeModel):
    group_version: _base.Input[str] = pydantic.Field(alias="groupVersion")
    version: _base.Input[str] = pydantic.Field(alias="version")


class LabelSelector(_base.KubeModel):
    match_expressions: _base.Input[_base.InputList[LabelSelectorRequirement]] | None = pydantic.Field(
        default=None, alias="matchExpressions"
    )
    match_labels: _base.Input[_base.InputMap[str]] | None = pydantic.Field(default=None, alias="matchLabels")


class LabelSelectorRequirement(_base.KubeModel):
    key: _base.Input[str] = pydantic.Field(alias="key")
    operator: _base.Input[str] = pydantic.Field(alias="operator")
    values: _base.Input[_base.InputList[str]] | None = pydantic.Field(default=None, alias="values")


class ListMeta(_base.KubeModel):
    continue_: _base.Input[str] | None = pydantic.Field(default=None, alias="continue")
    remaining_item_count: _base.Input[int] | None = pydantic.Field(default=None, alias="remainingItemCount")
    resource_version: _base.Input[str] | None = pydantic.Field(default=None, alias="resourceVersion")
    self_link: _base.Input[str] | None = pydantic.Field(default=None, alias="selfLink")


class ManagedFieldsEntry(_base.KubeModel):
    api_version: _base.Input[str] | None = pydantic.Field(default=None, alias="apiVersion")
    fields_type: _base.Input[str] | None = pydantic.Field(default=None, alias="fieldsType")
    fields_v1: _base.Input[_base.FreeForm] | None = pydantic.Field(default=None, alias="fieldsV1")
    manager: _base.Input[str] | None = pydantic.Field(default=None, alias="manager")
    operation: _base.Input[str] | None = pydantic.Field(default=None, alias="operation")
    subresource: _base.Input[str] | None = pydantic.Field(default=None, alias="subresource")
    time: _base.Input[str] | None = pydantic.Field(default=None, alias="time")


class ObjectMeta(_base.KubeModel):
    annotations: _base.Input[_base.InputMap[str]] | None = pydantic.Field(default=None, alias="annotations")
    creation_timestamp: _base.Input[str] | None = pydantic.Field(default=None, alias="creationTimestamp")
    deletion_grace_period_seconds: _base.Input[int] | None = pydantic.Field(
        default=None, alias="deletionGracePeriodSeconds"
    )
    deletion_timestamp: _base.Input[str] | None = pydantic.Field(default=None, alias="deletionTimestamp")
    finalizers: _base.Input[_base.InputList[str]] | None = pydantic.Field(default=None, alias="finalizers")
    generate_name: _base.Input[str] | None = pydantic.Field(default=None, alias="generateName")
    generation: _base.Input[int] | None = pydantic.Field(default=None, alias="generation")
    labels: _base.Input[_base.InputMap[str]] | None = pydantic.Field(default=None, alias="labels")
    managed_fields: _base.Input[_base.InputList[ManagedFieldsEntry]] | None = pydantic.Field(
        default=None, alias="managedFields"
    )
    name: _base.Input[str] | None = pydantic.Field(default=None, alias="name")
    namespace: _base.Input[str] | None = pydantic.Field(default=None, alias="namespace")
    owner_references: _base.Input[_base.InputList[OwnerReference]] | None = pydantic.Field(
        default=None, alias="ownerReferences"
    )
    resource_version: _base.Input[str] | None = pydantic.Field(default=None, alias="resourceVersion")
    self_link: _base.Input[str] | None = pydantic.Field(default=None, alias="selfLink")
    uid: _base.Input[str] | None = pydantic.Field(default=None, alias="uid")


class OwnerReference(_base.KubeModel):
    api_version: _base.Input[str] = pydantic.Field(alias="apiVersion")
    block_owner_deletion: _base.Input[bool] | None = pydantic.Field(default=None, alias="blockOwnerDeletion")
    controller: _base.Input[bool] | None = pydantic.Field(default=None, alias="controller")
    kind: _base.Input[str] = pydantic.Field(alias="kind")
    name: _base.Input[str] = pydantic.Field(alias="name")
    uid: _base.Input[str] = pydantic.Field(alias="uid")


class Preconditions(_base.KubeModel):
    resource_version: _base.Input[str] | None = pydantic.Field(default=None, alias="resourceVersion")
    uid: _base.Input[str] | None = pydantic.Field(default=None, alias="uid")


class RootPaths(_base.KubeModel):
    paths: _base.Input[_base.InputList[str]] = pydantic.Field(alias="paths")


class ServerAddressByClientCIDR(_base.KubeModel):
    client_cidr: _base.Input[str] = pydantic.Field(alias="clientCIDR")
    server_address: _base.Input[str] = pydantic.Field(alias="serverAddress")


class Status(_base.KubeModel):
    api_version: _base.Input[str] | None = pydantic.Field(default=None, alias="apiVersion")
    code: _base.Input[int] | None = pydantic.Field(default=None, alias="code")
    details: _base.Input[StatusDetails] | None = pydantic.Field(default=None, alias="details")
    kind: _base.Input[str] | None = pydantic.Field(default=None, alias="kind")
    message: _base.Input[str] | None = pydantic.Field(default=None, alias="message")
    metadata: _base.Input[ListMeta] | None = pydantic.Field(default=None, alias="metadata")
    reason: _base.Input[str] | None = pydantic.Field(default=None, alias="reason")
    status: _base.Input[str] | None = pydantic.Field(default=None, alias="status")


class StatusCause(_base.KubeModel):
    field: _base.Input[str] | None = pydantic.Field(default=None, alias="field")
    message: _base.Input[str] | None = pydantic.Field(default=None, alias="message")
    reason: _base.Input[str] | None = pydantic.Field(default=None, alias="reason")


class StatusDetails(_base.KubeModel):
    causes: _base.Input[_base.InputList[StatusCause]] | None = pydantic.Field(default=None, alias="causes")
    group: _base.Input[str] | None = pydantic.Field(default=None, alias="group")
    kind: _base.Input[str] | None = pydantic.Field(default=None, alias="kind")
    name: _base.Input[str] | None = pydantic.Field(default=None, alias="name")
    retry_after_seconds: _base.Input[int] | None = pydantic.Field(default=None, alias="retryAfterSeconds")
    uid: _base.Input[str] | None = pydantic.Field(default=None, alias="uid")


class WatchEvent(_base.KubeModel):
    object: _base.Input[_base.FreeForm] = pydantic.Field(alias="object")
    type: _base.Input[str] = pydantic.Field(alias="type")
