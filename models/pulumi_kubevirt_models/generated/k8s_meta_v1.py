# generated — regenerate, don't edit
# Written by scripts/codegen/generate.py from
#   kubevirt-v1.9.0/swagger.json (sha256 2c12b9c092941cff)
"""Kubernetes meta/v1 types as vendored by KubeVirt."""

from __future__ import annotations

import pydantic

from pulumi_kubevirt_models import base

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


class APIGroup(base.KubeModel):
    api_version: base.Input[str] | None = pydantic.Field(default=None, alias="apiVersion")
    kind: base.Input[str] | None = pydantic.Field(default=None, alias="kind")
    name: base.Input[str] = pydantic.Field(alias="name")
    preferred_version: base.Input[GroupVersionForDiscovery] | None = pydantic.Field(
        default=None, alias="preferredVersion"
    )
    server_address_by_client_cid_rs: base.Input[base.InputList[ServerAddressByClientCIDR]] | None = (
        pydantic.Field(default=None, alias="serverAddressByClientCIDRs")
    )
    versions: base.Input[base.InputList[GroupVersionForDiscovery]] = pydantic.Field(alias="versions")


class APIGroupList(base.KubeModel):
    api_version: base.Input[str] | None = pydantic.Field(default=None, alias="apiVersion")
    groups: base.Input[base.InputList[APIGroup]] = pydantic.Field(alias="groups")
    kind: base.Input[str] | None = pydantic.Field(default=None, alias="kind")


class APIResource(base.KubeModel):
    categories: base.Input[base.InputList[str]] | None = pydantic.Field(default=None, alias="categories")
    group: base.Input[str] | None = pydantic.Field(default=None, alias="group")
    kind: base.Input[str] = pydantic.Field(alias="kind")
    name: base.Input[str] = pydantic.Field(alias="name")
    namespaced: base.Input[bool] = pydantic.Field(alias="namespaced")
    short_names: base.Input[base.InputList[str]] | None = pydantic.Field(default=None, alias="shortNames")
    singular_name: base.Input[str] = pydantic.Field(alias="singularName")
    storage_version_hash: base.Input[str] | None = pydantic.Field(default=None, alias="storageVersionHash")
    verbs: base.Input[base.InputList[str]] = pydantic.Field(alias="verbs")
    version: base.Input[str] | None = pydantic.Field(default=None, alias="version")


class APIResourceList(base.KubeModel):
    api_version: base.Input[str] | None = pydantic.Field(default=None, alias="apiVersion")
    group_version: base.Input[str] = pydantic.Field(alias="groupVersion")
    kind: base.Input[str] | None = pydantic.Field(default=None, alias="kind")
    resources: base.Input[base.InputList[APIResource]] = pydantic.Field(alias="resources")


class Condition(base.KubeModel):
    last_probe_time: base.Input[str] | None = pydantic.Field(default=None, alias="lastProbeTime")
    last_transition_time: base.Input[str] | None = pydantic.Field(alias="lastTransitionTime")
    message: base.Input[str] = pydantic.Field(alias="message")
    observed_generation: base.Input[int] | None = pydantic.Field(default=None, alias="observedGeneration")
    reason: base.Input[str] = pydantic.Field(alias="reason")
    status: base.Input[str] = pydantic.Field(alias="status")
    type: base.Input[str] = pydantic.Field(alias="type")


class DeleteOptions(base.KubeModel):
    api_version: base.Input[str] | None = pydantic.Field(default=None, alias="apiVersion")
    dry_run: base.Input[base.InputList[str]] | None = pydantic.Field(default=None, alias="dryRun")
    grace_period_seconds: base.Input[int] | None = pydantic.Field(default=None, alias="gracePeriodSeconds")
    ignore_store_read_error_with_cluster_breaking_potential: base.Input[bool] | None = pydantic.Field(
        default=None, alias="ignoreStoreReadErrorWithClusterBreakingPotential"
    )
    kind: base.Input[str] | None = pydantic.Field(default=None, alias="kind")
    orphan_dependents: base.Input[bool] | None = pydantic.Field(default=None, alias="orphanDependents")
    preconditions: base.Input[Preconditions] | None = pydantic.Field(default=None, alias="preconditions")
    propagation_policy: base.Input[str] | None = pydantic.Field(default=None, alias="propagationPolicy")


class GroupVersionForDiscovery(base.KubeModel):
    group_version: base.Input[str] = pydantic.Field(alias="groupVersion")
    version: base.Input[str] = pydantic.Field(alias="version")


class LabelSelector(base.KubeModel):
    match_expressions: base.Input[base.InputList[LabelSelectorRequirement]] | None = pydantic.Field(
        default=None, alias="matchExpressions"
    )
    match_labels: base.Input[base.InputMap[str]] | None = pydantic.Field(default=None, alias="matchLabels")


class LabelSelectorRequirement(base.KubeModel):
    key: base.Input[str] = pydantic.Field(alias="key")
    operator: base.Input[str] = pydantic.Field(alias="operator")
    values: base.Input[base.InputList[str]] | None = pydantic.Field(default=None, alias="values")


class ListMeta(base.KubeModel):
    continue_: base.Input[str] | None = pydantic.Field(default=None, alias="continue")
    remaining_item_count: base.Input[int] | None = pydantic.Field(default=None, alias="remainingItemCount")
    resource_version: base.Input[str] | None = pydantic.Field(default=None, alias="resourceVersion")
    self_link: base.Input[str] | None = pydantic.Field(default=None, alias="selfLink")


class ManagedFieldsEntry(base.KubeModel):
    api_version: base.Input[str] | None = pydantic.Field(default=None, alias="apiVersion")
    fields_type: base.Input[str] | None = pydantic.Field(default=None, alias="fieldsType")
    fields_v1: base.Input[base.FreeForm] | None = pydantic.Field(default=None, alias="fieldsV1")
    manager: base.Input[str] | None = pydantic.Field(default=None, alias="manager")
    operation: base.Input[str] | None = pydantic.Field(default=None, alias="operation")
    subresource: base.Input[str] | None = pydantic.Field(default=None, alias="subresource")
    time: base.Input[str] | None = pydantic.Field(default=None, alias="time")


class ObjectMeta(base.KubeModel):
    annotations: base.Input[base.InputMap[str]] | None = pydantic.Field(default=None, alias="annotations")
    creation_timestamp: base.Input[str] | None = pydantic.Field(default=None, alias="creationTimestamp")
    deletion_grace_period_seconds: base.Input[int] | None = pydantic.Field(
        default=None, alias="deletionGracePeriodSeconds"
    )
    deletion_timestamp: base.Input[str] | None = pydantic.Field(default=None, alias="deletionTimestamp")
    finalizers: base.Input[base.InputList[str]] | None = pydantic.Field(default=None, alias="finalizers")
    generate_name: base.Input[str] | None = pydantic.Field(default=None, alias="generateName")
    generation: base.Input[int] | None = pydantic.Field(default=None, alias="generation")
    labels: base.Input[base.InputMap[str]] | None = pydantic.Field(default=None, alias="labels")
    managed_fields: base.Input[base.InputList[ManagedFieldsEntry]] | None = pydantic.Field(
        default=None, alias="managedFields"
    )
    name: base.Input[str] | None = pydantic.Field(default=None, alias="name")
    namespace: base.Input[str] | None = pydantic.Field(default=None, alias="namespace")
    owner_references: base.Input[base.InputList[OwnerReference]] | None = pydantic.Field(
        default=None, alias="ownerReferences"
    )
    resource_version: base.Input[str] | None = pydantic.Field(default=None, alias="resourceVersion")
    self_link: base.Input[str] | None = pydantic.Field(default=None, alias="selfLink")
    uid: base.Input[str] | None = pydantic.Field(default=None, alias="uid")


class OwnerReference(base.KubeModel):
    api_version: base.Input[str] = pydantic.Field(alias="apiVersion")
    block_owner_deletion: base.Input[bool] | None = pydantic.Field(default=None, alias="blockOwnerDeletion")
    controller: base.Input[bool] | None = pydantic.Field(default=None, alias="controller")
    kind: base.Input[str] = pydantic.Field(alias="kind")
    name: base.Input[str] = pydantic.Field(alias="name")
    uid: base.Input[str] = pydantic.Field(alias="uid")


class Preconditions(base.KubeModel):
    resource_version: base.Input[str] | None = pydantic.Field(default=None, alias="resourceVersion")
    uid: base.Input[str] | None = pydantic.Field(default=None, alias="uid")


class RootPaths(base.KubeModel):
    paths: base.Input[base.InputList[str]] = pydantic.Field(alias="paths")


class ServerAddressByClientCIDR(base.KubeModel):
    client_cidr: base.Input[str] = pydantic.Field(alias="clientCIDR")
    server_address: base.Input[str] = pydantic.Field(alias="serverAddress")


class Status(base.KubeModel):
    api_version: base.Input[str] | None = pydantic.Field(default=None, alias="apiVersion")
    code: base.Input[int] | None = pydantic.Field(default=None, alias="code")
    details: base.Input[StatusDetails] | None = pydantic.Field(default=None, alias="details")
    kind: base.Input[str] | None = pydantic.Field(default=None, alias="kind")
    message: base.Input[str] | None = pydantic.Field(default=None, alias="message")
    metadata: base.Input[ListMeta] | None = pydantic.Field(default=None, alias="metadata")
    reason: base.Input[str] | None = pydantic.Field(default=None, alias="reason")
    status: base.Input[str] | None = pydantic.Field(default=None, alias="status")


class StatusCause(base.KubeModel):
    field: base.Input[str] | None = pydantic.Field(default=None, alias="field")
    message: base.Input[str] | None = pydantic.Field(default=None, alias="message")
    reason: base.Input[str] | None = pydantic.Field(default=None, alias="reason")


class StatusDetails(base.KubeModel):
    causes: base.Input[base.InputList[StatusCause]] | None = pydantic.Field(default=None, alias="causes")
    group: base.Input[str] | None = pydantic.Field(default=None, alias="group")
    kind: base.Input[str] | None = pydantic.Field(default=None, alias="kind")
    name: base.Input[str] | None = pydantic.Field(default=None, alias="name")
    retry_after_seconds: base.Input[int] | None = pydantic.Field(default=None, alias="retryAfterSeconds")
    uid: base.Input[str] | None = pydantic.Field(default=None, alias="uid")


class WatchEvent(base.KubeModel):
    object: base.Input[base.FreeForm] = pydantic.Field(alias="object")
    type: base.Input[str] = pydantic.Field(alias="type")
