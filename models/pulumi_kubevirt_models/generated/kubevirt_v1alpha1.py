# generated — regenerate, don't edit
# Written by scripts/codegen/generate.py from
#   kubevirt-v1.9.0/swagger.json (sha256 2c12b9c092941cff)
"""KubeVirt v1alpha1 API types (migration policies, backups)."""

from __future__ import annotations

from typing import ClassVar

import pydantic

from pulumi_kubevirt_models import base as _base
from pulumi_kubevirt_models import quantity as _quantity

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


class BackupCheckpoint(_base.KubeModel):
    creation_time: _base.Input[str] | None = pydantic.Field(default=None, alias="creationTime")
    name: _base.Input[str] | None = pydantic.Field(default=None, alias="name")
    volumes: _base.Input[_base.InputList[BackupVolumeInfo]] | None = pydantic.Field(
        default=None, alias="volumes"
    )


class BackupOptions(_base.KubeModel):
    backup_cert: _base.Input[str] | None = pydantic.Field(default=None, alias="backupCert")
    backup_key: _base.Input[str] | None = pydantic.Field(default=None, alias="backupKey")
    backup_name: _base.Input[str] | None = pydantic.Field(default=None, alias="backupName")
    backup_start_time: _base.Input[str] | None = pydantic.Field(default=None, alias="backupStartTime")
    ca_cert: _base.Input[str] | None = pydantic.Field(default=None, alias="caCert")
    cmd: _base.Input[str] | None = pydantic.Field(default=None, alias="cmd")
    export_server_addr: _base.Input[str] | None = pydantic.Field(default=None, alias="exportServerAddr")
    export_server_name: _base.Input[str] | None = pydantic.Field(default=None, alias="exportServerName")
    incremental: _base.Input[str] | None = pydantic.Field(default=None, alias="incremental")
    mode: _base.Input[str] | None = pydantic.Field(default=None, alias="mode")
    skip_quiesce: _base.Input[bool] | None = pydantic.Field(default=None, alias="skipQuiesce")
    target_path: _base.Input[str] | None = pydantic.Field(default=None, alias="targetPath")


class BackupVolumeInfo(_base.KubeModel):
    data_endpoint: _base.Input[str] | None = pydantic.Field(default=None, alias="dataEndpoint")
    disk_target: _base.Input[str] = pydantic.Field(alias="diskTarget")
    map_endpoint: _base.Input[str] | None = pydantic.Field(default=None, alias="mapEndpoint")
    volume_name: _base.Input[str] = pydantic.Field(alias="volumeName")


class MigrationPolicy(_base.KubeModel):
    __kube_gvk__: ClassVar[tuple[str, str] | None] = ("migrations.kubevirt.io/v1alpha1", "MigrationPolicy")
    api_version: _base.Input[str] | None = pydantic.Field(default=None, alias="apiVersion")
    kind: _base.Input[str] | None = pydantic.Field(default=None, alias="kind")
    metadata: _base.Input[k8s_meta_v1.ObjectMeta] | None = pydantic.Field(default=None, alias="metadata")
    spec: _base.Input[MigrationPolicySpec] = pydantic.Field(alias="spec")
    status: _base.Input[MigrationPolicyStatus] | None = pydantic.Field(default=None, alias="status")


class MigrationPolicyList(_base.KubeModel):
    api_version: _base.Input[str] | None = pydantic.Field(default=None, alias="apiVersion")
    items: _base.Input[_base.InputList[MigrationPolicy]] = pydantic.Field(alias="items")
    kind: _base.Input[str] | None = pydantic.Field(default=None, alias="kind")
    metadata: _base.Input[k8s_meta_v1.ListMeta] | None = pydantic.Field(default=None, alias="metadata")


class MigrationPolicySpec(_base.KubeModel):
    allow_auto_converge: _base.Input[bool] | None = pydantic.Field(default=None, alias="allowAutoConverge")
    allow_post_copy: _base.Input[bool] | None = pydantic.Field(default=None, alias="allowPostCopy")
    allow_workload_disruption: _base.Input[bool] | None = pydantic.Field(
        default=None, alias="allowWorkloadDisruption"
    )
    bandwidth_per_migration: _base.Input[_quantity.Quantity] | None = pydantic.Field(
        default=None, alias="bandwidthPerMigration"
    )
    completion_timeout_per_gib: _base.Input[int] | None = pydantic.Field(
        default=None, alias="completionTimeoutPerGiB"
    )
    experimental: _base.Input[kubevirt_v1.ExperimentalMigrationOptions] | None = pydantic.Field(
        default=None, alias="experimental"
    )
    max_downtime_ms: _base.Input[int] | None = pydantic.Field(default=None, alias="maxDowntimeMs")
    selectors: _base.Input[Selectors] = pydantic.Field(alias="selectors")


class MigrationPolicyStatus(_base.KubeModel):
    pass


class Selectors(_base.KubeModel):
    namespace_selector: _base.Input[_base.InputMap[str]] | None = pydantic.Field(
        default=None, alias="namespaceSelector"
    )
    virtual_machine_instance_selector: _base.Input[_base.InputMap[str]] | None = pydantic.Field(
        default=None, alias="virtualMachineInstanceSelector"
    )


class VirtualMachineBackup(_base.KubeModel):
    __kube_gvk__: ClassVar[tuple[str, str] | None] = ("backup.kubevirt.io/v1alpha1", "VirtualMachineBackup")
    api_version: _base.Input[str] | None = pydantic.Field(default=None, alias="apiVersion")
    kind: _base.Input[str] | None = pydantic.Field(default=None, alias="kind")
    metadata: _base.Input[k8s_meta_v1.ObjectMeta] | None = pydantic.Field(default=None, alias="metadata")
    spec: _base.Input[VirtualMachineBackupSpec] = pydantic.Field(alias="spec")
    status: _base.Input[VirtualMachineBackupStatus] | None = pydantic.Field(default=None, alias="status")


class VirtualMachineBackupList(_base.KubeModel):
    api_version: _base.Input[str] | None = pydantic.Field(default=None, alias="apiVersion")
    items: _base.Input[_base.InputList[VirtualMachineBackup]] = pydantic.Field(alias="items")
    kind: _base.Input[str] | None = pydantic.Field(default=None, alias="kind")
    metadata: _base.Input[k8s_meta_v1.ListMeta] = pydantic.Field(alias="metadata")


class VirtualMachineBackupSpec(_base.KubeModel):
    force_full_backup: _base.Input[bool] | None = pydantic.Field(default=None, alias="forceFullBackup")
    mode: _base.Input[str] | None = pydantic.Field(default=None, alias="mode")
    pvc_name: _base.Input[str] | None = pydantic.Field(default=None, alias="pvcName")
    skip_quiesce: _base.Input[bool] | None = pydantic.Field(default=None, alias="skipQuiesce")
    source: _base.Input[k8s_core_v1.TypedLocalObjectReference] = pydantic.Field(alias="source")
    token_secret_ref: _base.Input[str] | None = pydantic.Field(default=None, alias="tokenSecretRef")
    ttl_duration: _base.Input[str] | None = pydantic.Field(default=None, alias="ttlDuration")


class VirtualMachineBackupStatus(_base.KubeModel):
    checkpoint_name: _base.Input[str] | None = pydantic.Field(default=None, alias="checkpointName")
    conditions: _base.Input[_base.InputList[k8s_meta_v1.Condition]] | None = pydantic.Field(
        default=None, alias="conditions"
    )
    endpoint_cert: _base.Input[str] | None = pydantic.Field(default=None, alias="endpointCert")
    export_uid: _base.Input[str] | None = pydantic.Field(default=None, alias="exportUID")
    included_volumes: _base.Input[_base.InputList[BackupVolumeInfo]] | None = pydantic.Field(
        default=None, alias="includedVolumes"
    )
    type: _base.Input[str] | None = pydantic.Field(default=None, alias="type")


from pulumi_kubevirt_models.generated import (  # noqa: E402  (cyclic; see above)
    k8s_core_v1,
    k8s_meta_v1,
    kubevirt_v1,
)
