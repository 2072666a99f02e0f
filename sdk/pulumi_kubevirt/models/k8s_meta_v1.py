# generated — regenerate, don't edit
# Written by scripts/codegen/generate.py from
#   kubevirt-v1.9.0/swagger.json (sha256 2c12b9c092941cff)
"""Kubernetes meta/v1 types as vendored by KubeVirt."""

from __future__ import annotations

import pydantic

from pulumi_kubevirt.models import _base

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
    api_version: str | None = pydantic.Field(default=None, alias="apiVersion")
    kind: str | None = pydantic.Field(default=None, alias="kind")
    name: str = pydantic.Field(alias="name")
    preferred_version: GroupVersionForDiscovery | None = pydantic.Field(
        default=None, alias="preferredVersion"
    )
    server_address_by_client_cid_rs: list[ServerAddressByClientCIDR] | None = pydantic.Field(
        default=None, alias="serverAddressByClientCIDRs"
    )
    versions: list[GroupVersionForDiscovery] = pydantic.Field(alias="versions")


class APIGroupList(_base.KubeModel):
    api_version: str | None = pydantic.Field(default=None, alias="apiVersion")
    groups: list[APIGroup] = pydantic.Field(alias="groups")
    kind: str | None = pydantic.Field(default=None, alias="kind")


class APIResource(_base.KubeModel):
    categories: list[str] | None = pydantic.Field(default=None, alias="categories")
    group: str | None = pydantic.Field(default=None, alias="group")
    kind: str = pydantic.Field(alias="kind")
    name: str = pydantic.Field(alias="name")
    namespaced: bool = pydantic.Field(alias="namespaced")
    short_names: list[str] | None = pydantic.Field(default=None, alias="shortNames")
    singular_name: str = pydantic.Field(alias="singularName")
    storage_version_hash: str | None = pydantic.Field(default=None, alias="storageVersionHash")
    verbs: list[str] = pydantic.Field(alias="verbs")
    version: str | None = pydantic.Field(default=None, alias="version")


class APIResourceList(_base.KubeModel):
    api_version: str | None = pydantic.Field(default=None, alias="apiVersion")
    group_version: str = pydantic.Field(alias="groupVersion")
    kind: str | None = pydantic.Field(default=None, alias="kind")
    resources: list[APIResource] = pydantic.Field(alias="resources")


class Condition(_base.KubeModel):
    last_probe_time: str | None = pydantic.Field(default=None, alias="lastProbeTime")
    last_transition_time: str | None = pydantic.Field(alias="lastTransitionTime")
    message: str = pydantic.Field(alias="message")
    observed_generation: int | None = pydantic.Field(default=None, alias="observedGeneration")
    reason: str = pydantic.Field(alias="reason")
    status: str = pydantic.Field(alias="status")
    type: str = pydantic.Field(alias="type")


class DeleteOptions(_base.KubeModel):
    api_version: str | None = pydantic.Field(default=None, alias="apiVersion")
    dry_run: list[str] | None = pydantic.Field(default=None, alias="dryRun")
    grace_period_seconds: int | None = pydantic.Field(default=None, alias="gracePeriodSeconds")
    ignore_store_read_error_with_cluster_breaking_potential: bool | None = pydantic.Field(
        default=None, alias="ignoreStoreReadErrorWithClusterBreakingPotential"
    )
    kind: str | None = pydantic.Field(default=None, alias="kind")
    orphan_dependents: bool | None = pydantic.Field(default=None, alias="orphanDependents")
    preconditions: Preconditions | None = pydantic.Field(default=None, alias="preconditions")
    propagation_policy: str | None = pydantic.Field(default=None, alias="propagationPolicy")


class GroupVersionForDiscovery(_base.KubeModel):
    group_version: str = pydantic.Field(alias="groupVersion")
    version: str = pydantic.Field(alias="version")


class LabelSelector(_base.KubeModel):
    match_expressions: list[LabelSelectorRequirement] | None = pydantic.Field(
        default=None, alias="matchExpressions"
    )
    match_labels: dict[str, str] | None = pydantic.Field(default=None, alias="matchLabels")


class LabelSelectorRequirement(_base.KubeModel):
    key: str = pydantic.Field(alias="key")
    operator: str = pydantic.Field(alias="operator")
    values: list[str] | None = pydantic.Field(default=None, alias="values")


class ListMeta(_base.KubeModel):
    continue_: str | None = pydantic.Field(default=None, alias="continue")
    remaining_item_count: int | None = pydantic.Field(default=None, alias="remainingItemCount")
    resource_version: str | None = pydantic.Field(default=None, alias="resourceVersion")
    self_link: str | None = pydantic.Field(default=None, alias="selfLink")


class ManagedFieldsEntry(_base.KubeModel):
    api_version: str | None = pydantic.Field(default=None, alias="apiVersion")
    fields_type: str | None = pydantic.Field(default=None, alias="fieldsType")
    fields_v1: _base.FreeForm | None = pydantic.Field(default=None, alias="fieldsV1")
    manager: str | None = pydantic.Field(default=None, alias="manager")
    operation: str | None = pydantic.Field(default=None, alias="operation")
    subresource: str | None = pydantic.Field(default=None, alias="subresource")
    time: str | None = pydantic.Field(default=None, alias="time")


class ObjectMeta(_base.KubeModel):
    annotations: dict[str, str] | None = pydantic.Field(default=None, alias="annotations")
    creation_timestamp: str | None = pydantic.Field(default=None, alias="creationTimestamp")
    deletion_grace_period_seconds: int | None = pydantic.Field(
        default=None, alias="deletionGracePeriodSeconds"
    )
    deletion_timestamp: str | None = pydantic.Field(default=None, alias="deletionTimestamp")
    finalizers: list[str] | None = pydantic.Field(default=None, alias="finalizers")
    generate_name: str | None = pydantic.Field(default=None, alias="generateName")
    generation: int | None = pydantic.Field(default=None, alias="generation")
    labels: dict[str, str] | None = pydantic.Field(default=None, alias="labels")
    managed_fields: list[ManagedFieldsEntry] | None = pydantic.Field(default=None, alias="managedFields")
    name: str | None = pydantic.Field(default=None, alias="name")
    namespace: str | None = pydantic.Field(default=None, alias="namespace")
    owner_references: list[OwnerReference] | None = pydantic.Field(default=None, alias="ownerReferences")
    resource_version: str | None = pydantic.Field(default=None, alias="resourceVersion")
    self_link: str | None = pydantic.Field(default=None, alias="selfLink")
    uid: str | None = pydantic.Field(default=None, alias="uid")


class OwnerReference(_base.KubeModel):
    api_version: str = pydantic.Field(alias="apiVersion")
    block_owner_deletion: bool | None = pydantic.Field(default=None, alias="blockOwnerDeletion")
    controller: bool | None = pydantic.Field(default=None, alias="controller")
    kind: str = pydantic.Field(alias="kind")
    name: str = pydantic.Field(alias="name")
    uid: str = pydantic.Field(alias="uid")


class Preconditions(_base.KubeModel):
    resource_version: str | None = pydantic.Field(default=None, alias="resourceVersion")
    uid: str | None = pydantic.Field(default=None, alias="uid")


class RootPaths(_base.KubeModel):
    paths: list[str] = pydantic.Field(alias="paths")


class ServerAddressByClientCIDR(_base.KubeModel):
    client_cidr: str = pydantic.Field(alias="clientCIDR")
    server_address: str = pydantic.Field(alias="serverAddress")


class Status(_base.KubeModel):
    api_version: str | None = pydantic.Field(default=None, alias="apiVersion")
    code: int | None = pydantic.Field(default=None, alias="code")
    details: StatusDetails | None = pydantic.Field(default=None, alias="details")
    kind: str | None = pydantic.Field(default=None, alias="kind")
    message: str | None = pydantic.Field(default=None, alias="message")
    metadata: ListMeta | None = pydantic.Field(default=None, alias="metadata")
    reason: str | None = pydantic.Field(default=None, alias="reason")
    status: str | None = pydantic.Field(default=None, alias="status")


class StatusCause(_base.KubeModel):
    field: str | None = pydantic.Field(default=None, alias="field")
    message: str | None = pydantic.Field(default=None, alias="message")
    reason: str | None = pydantic.Field(default=None, alias="reason")


class StatusDetails(_base.KubeModel):
    causes: list[StatusCause] | None = pydantic.Field(default=None, alias="causes")
    group: str | None = pydantic.Field(default=None, alias="group")
    kind: str | None = pydantic.Field(default=None, alias="kind")
    name: str | None = pydantic.Field(default=None, alias="name")
    retry_after_seconds: int | None = pydantic.Field(default=None, alias="retryAfterSeconds")
    uid: str | None = pydantic.Field(default=None, alias="uid")


class WatchEvent(_base.KubeModel):
    object: _base.FreeForm = pydantic.Field(alias="object")
    type: str = pydantic.Field(alias="type")
