# generated — regenerate, don't edit
# Written by scripts/codegen/generate.py from
#   kubevirt-v1.9.0/swagger.json (sha256 2c12b9c092941cff)
"""KubeVirt v1alpha1 API types (migration policies, backups)."""

from __future__ import annotations

from typing import ClassVar

import pydantic

from pulumi_kubevirt_models import base, quantity

__all__ = [
    "BackupCheckpoint",
    "BackupOptions",
    "BackupVolumeInfo",
    "MigrationPolicy",
    "MigrationPolicyList",
    "MigrationPolicySpec",
    "MigrationPolicyStatus",
    "Selectors",
    "VirtualMachineBackup",
    "VirtualMachineBackupList",
    "VirtualMachineBackupSpec",
    "VirtualMachineBackupStatus",
]


class BackupCheckpoint(base.KubeModel):
    creation_time: base.Input[str] | None = pydantic.Field(default=None, alias="creationTime")
    name: base.Input[str] | None = pydantic.Field(default=None, alias="name")
    volumes: base.Input[base.InputList[BackupVolumeInfo]] | None = pydantic.Field(
        default=None, alias="volumes"
    )


class BackupOptions(base.KubeModel):
    backup_cert: base.Input[str] | None = pydantic.Field(default=None, alias="backupCert")
    backup_key: base.Input[str] | None = pydantic.Field(default=None, alias="backupKey")
    backup_name: base.Input[str] | None = pydantic.Field(default=None, alias="backupName")
    backup_start_time: base.Input[str] | None = pydantic.Field(default=None, alias="backupStartTime")
    ca_cert: base.Input[str] | None = pydantic.Field(default=None, alias="caCert")
    cmd: base.Input[str] | None = pydantic.Field(default=None, alias="cmd")
    export_server_addr: base.Input[str] | None = pydantic.Field(default=None, alias="exportServerAddr")
    export_server_name: base.Input[str] | None = pydantic.Field(default=None, alias="exportServerName")
    incremental: base.Input[str] | None = pydantic.Field(default=None, alias="incremental")
    mode: base.Input[str] | None = pydantic.Field(default=None, alias="mode")
    skip_quiesce: base.Input[bool] | None = pydantic.Field(default=None, alias="skipQuiesce")
    target_path: base.Input[str] | None = pydantic.Field(default=None, alias="targetPath")


class BackupVolumeInfo(base.KubeModel):
    data_endpoint: base.Input[str] | None = pydantic.Field(default=None, alias="dataEndpoint")
    disk_target: base.Input[str] = pydantic.Field(alias="diskTarget")
    map_endpoint: base.Input[str] | None = pydantic.Field(default=None, alias="mapEndpoint")
    volume_name: base.Input[str] = pydantic.Field(alias="volumeName")


class MigrationPolicy(base.KubeModel):
    __kube_gvk__: ClassVar[tuple[str, str] | None] = ("migrations.kubevirt.io/v1alpha1", "MigrationPolicy")
    api_version: base.Input[str] | None = pydantic.Field(default=None, alias="apiVersion")
    kind: base.Input[str] | None = pydantic.Field(default=None, alias="kind")
    metadata: base.Input[k8s_meta_v1.ObjectMeta] | None = pydantic.Field(default=None, alias="metadata")
    spec: base.Input[MigrationPolicySpec] = pydantic.Field(alias="spec")
    status: base.Input[MigrationPolicyStatus] | None = pydantic.Field(default=None, alias="status")


class MigrationPolicyList(base.KubeModel):
    api_version: base.Input[str] | None = pydantic.Field(default=None, alias="apiVersion")
    items: base.Input[base.InputList[MigrationPolicy]] = pydantic.Field(alias="items")
    kind: base.Input[str] | None = pydantic.Field(default=None, alias="kind")
    metadata: base.Input[k8s_meta_v1.ListMeta] | None = pydantic.Field(default=None, alias="metadata")


class MigrationPolicySpec(base.KubeModel):
    allow_auto_converge: base.Input[bool] | None = pydantic.Field(default=None, alias="allowAutoConverge")
    allow_post_copy: base.Input[bool] | None = pydantic.Field(default=None, alias="allowPostCopy")
    allow_workload_disruption: base.Input[bool] | None = pydantic.Field(
        default=None, alias="allowWorkloadDisruption"
    )
    bandwidth_per_migration: base.Input[quantity.Quantity] | None = pydantic.Field(
        default=None, alias="bandwidthPerMigration"
    )
    completion_timeout_per_gib: base.Input[int] | None = pydantic.Field(
        default=None, alias="completionTimeoutPerGiB"
    )
    experimental: base.Input[kubevirt_v1.ExperimentalMigrationOptions] | None = pydantic.Field(
        default=None, alias="experimental"
    )
    max_downtime_ms: base.Input[int] | None = pydantic.Field(default=None, alias="maxDowntimeMs")
    selectors: base.Input[Selectors] = pydantic.Field(alias="selectors")


class MigrationPolicyStatus(base.KubeModel):
    pass


class Selectors(base.KubeModel):
    namespace_selector: base.Input[base.InputMap[str]] | None = pydantic.Field(
        default=None, alias="namespaceSelector"
    )
    virtual_machine_instance_selector: base.Input[base.InputMap[str]] | None = pydantic.Field(
        default=None, alias="virtualMachineInstanceSelector"
    )


class VirtualMachineBackup(base.KubeModel):
    __kube_gvk__: ClassVar[tuple[str, str] | None] = ("backup.kubevirt.io/v1alpha1", "VirtualMachineBackup")
    api_version: base.Input[str] | None = pydantic.Field(default=None, alias="apiVersion")
    kind: base.Input[str] | None = pydantic.Field(default=None, alias="kind")
    metadata: base.Input[k8s_meta_v1.ObjectMeta] | None = pydantic.Field(default=None, alias="metadata")
    spec: base.Input[VirtualMachineBackupSpec] = pydantic.Field(alias="spec")
    status: base.Input[VirtualMachineBackupStatus] | None = pydantic.Field(default=None, alias="status")


class VirtualMachineBackupList(base.KubeModel):
    api_version: base.Input[str] | None = pydantic.Field(default=None, alias="apiVersion")
    items: base.Input[base.InputList[VirtualMachineBackup]] = pydantic.Field(alias="items")
    kind: base.Input[str] | None = pydantic.Field(default=None, alias="kind")
    metadata: base.Input[k8s_meta_v1.ListMeta] = pydantic.Field(alias="metadata")


class VirtualMachineBackupSpec(base.KubeModel):
    force_full_backup: base.Input[bool] | None = pydantic.Field(default=None, alias="forceFullBackup")
    mode: base.Input[str] | None = pydantic.Field(default=None, alias="mode")
    pvc_name: base.Input[str] | None = pydantic.Field(default=None, alias="pvcName")
    skip_quiesce: base.Input[bool] | None = pydantic.Field(default=None, alias="skipQuiesce")
    source: base.Input[k8s_core_v1.TypedLocalObjectReference] = pydantic.Field(alias="source")
    token_secret_ref: base.Input[str] | None = pydantic.Field(default=None, alias="tokenSecretRef")
    ttl_duration: base.Input[str] | None = pydantic.Field(default=None, alias="ttlDuration")


class VirtualMachineBackupStatus(base.KubeModel):
    checkpoint_name: base.Input[str] | None = pydantic.Field(default=None, alias="checkpointName")
    conditions: base.Input[base.InputList[k8s_meta_v1.Condition]] | None = pydantic.Field(
        default=None, alias="conditions"
    )
    endpoint_cert: base.Input[str] | None = pydantic.Field(default=None, alias="endpointCert")
    export_uid: base.Input[str] | None = pydantic.Field(default=None, alias="exportUID")
    included_volumes: base.Input[base.InputList[BackupVolumeInfo]] | None = pydantic.Field(
        default=None, alias="includedVolumes"
    )
    type: base.Input[str] | None = pydantic.Field(default=None, alias="type")


from pulumi_kubevirt_models.generated import (  # noqa: E402  (cyclic; see above)
    k8s_core_v1,
    k8s_meta_v1,
    kubevirt_v1,
)
