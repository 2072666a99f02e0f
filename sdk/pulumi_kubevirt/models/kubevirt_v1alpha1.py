# generated — regenerate, don't edit
# Written by scripts/codegen/generate.py from
#   kubevirt-v1.9.0/swagger.json (sha256 2c12b9c092941cff)
"""KubeVirt v1alpha1 API types (migration policies, backups)."""

from __future__ import annotations

from typing import ClassVar

import pydantic

from pulumi_kubevirt.models import _base, _quantity

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
    creation_time: str | None = pydantic.Field(default=None, alias="creationTime")
    name: str | None = pydantic.Field(default=None, alias="name")
    volumes: list[BackupVolumeInfo] | None = pydantic.Field(default=None, alias="volumes")


class BackupOptions(_base.KubeModel):
    backup_cert: str | None = pydantic.Field(default=None, alias="backupCert")
    backup_key: str | None = pydantic.Field(default=None, alias="backupKey")
    backup_name: str | None = pydantic.Field(default=None, alias="backupName")
    backup_start_time: str | None = pydantic.Field(default=None, alias="backupStartTime")
    ca_cert: str | None = pydantic.Field(default=None, alias="caCert")
    cmd: str | None = pydantic.Field(default=None, alias="cmd")
    export_server_addr: str | None = pydantic.Field(default=None, alias="exportServerAddr")
    export_server_name: str | None = pydantic.Field(default=None, alias="exportServerName")
    incremental: str | None = pydantic.Field(default=None, alias="incremental")
    mode: str | None = pydantic.Field(default=None, alias="mode")
    skip_quiesce: bool | None = pydantic.Field(default=None, alias="skipQuiesce")
    target_path: str | None = pydantic.Field(default=None, alias="targetPath")


class BackupVolumeInfo(_base.KubeModel):
    data_endpoint: str | None = pydantic.Field(default=None, alias="dataEndpoint")
    disk_target: str = pydantic.Field(alias="diskTarget")
    map_endpoint: str | None = pydantic.Field(default=None, alias="mapEndpoint")
    volume_name: str = pydantic.Field(alias="volumeName")


class MigrationPolicy(_base.KubeModel):
    __kube_gvk__: ClassVar[tuple[str, str] | None] = ("migrations.kubevirt.io/v1alpha1", "MigrationPolicy")
    api_version: str | None = pydantic.Field(default=None, alias="apiVersion")
    kind: str | None = pydantic.Field(default=None, alias="kind")
    metadata: k8s_meta_v1.ObjectMeta | None = pydantic.Field(default=None, alias="metadata")
    spec: MigrationPolicySpec = pydantic.Field(alias="spec")
    status: MigrationPolicyStatus | None = pydantic.Field(default=None, alias="status")


class MigrationPolicyList(_base.KubeModel):
    api_version: str | None = pydantic.Field(default=None, alias="apiVersion")
    items: list[MigrationPolicy] = pydantic.Field(alias="items")
    kind: str | None = pydantic.Field(default=None, alias="kind")
    metadata: k8s_meta_v1.ListMeta | None = pydantic.Field(default=None, alias="metadata")


class MigrationPolicySpec(_base.KubeModel):
    allow_auto_converge: bool | None = pydantic.Field(default=None, alias="allowAutoConverge")
    allow_post_copy: bool | None = pydantic.Field(default=None, alias="allowPostCopy")
    allow_workload_disruption: bool | None = pydantic.Field(default=None, alias="allowWorkloadDisruption")
    bandwidth_per_migration: _quantity.Quantity | None = pydantic.Field(
        default=None, alias="bandwidthPerMigration"
    )
    completion_timeout_per_gib: int | None = pydantic.Field(default=None, alias="completionTimeoutPerGiB")
    experimental: kubevirt_v1.ExperimentalMigrationOptions | None = pydantic.Field(
        default=None, alias="experimental"
    )
    max_downtime_ms: int | None = pydantic.Field(default=None, alias="maxDowntimeMs")
    selectors: Selectors = pydantic.Field(alias="selectors")


class MigrationPolicyStatus(_base.KubeModel):
    pass


class Selectors(_base.KubeModel):
    namespace_selector: dict[str, str] | None = pydantic.Field(default=None, alias="namespaceSelector")
    virtual_machine_instance_selector: dict[str, str] | None = pydantic.Field(
        default=None, alias="virtualMachineInstanceSelector"
    )


class VirtualMachineBackup(_base.KubeModel):
    __kube_gvk__: ClassVar[tuple[str, str] | None] = ("backup.kubevirt.io/v1alpha1", "VirtualMachineBackup")
    api_version: str | None = pydantic.Field(default=None, alias="apiVersion")
    kind: str | None = pydantic.Field(default=None, alias="kind")
    metadata: k8s_meta_v1.ObjectMeta | None = pydantic.Field(default=None, alias="metadata")
    spec: VirtualMachineBackupSpec = pydantic.Field(alias="spec")
    status: VirtualMachineBackupStatus | None = pydantic.Field(default=None, alias="status")


class VirtualMachineBackupList(_base.KubeModel):
    api_version: str | None = pydantic.Field(default=None, alias="apiVersion")
    items: list[VirtualMachineBackup] = pydantic.Field(alias="items")
    kind: str | None = pydantic.Field(default=None, alias="kind")
    metadata: k8s_meta_v1.ListMeta = pydantic.Field(alias="metadata")


class VirtualMachineBackupSpec(_base.KubeModel):
    force_full_backup: bool | None = pydantic.Field(default=None, alias="forceFullBackup")
    mode: str | None = pydantic.Field(default=None, alias="mode")
    pvc_name: str | None = pydantic.Field(default=None, alias="pvcName")
    skip_quiesce: bool | None = pydantic.Field(default=None, alias="skipQuiesce")
    source: k8s_core_v1.TypedLocalObjectReference = pydantic.Field(alias="source")
    token_secret_ref: str | None = pydantic.Field(default=None, alias="tokenSecretRef")
    ttl_duration: str | None = pydantic.Field(default=None, alias="ttlDuration")


class VirtualMachineBackupStatus(_base.KubeModel):
    checkpoint_name: str | None = pydantic.Field(default=None, alias="checkpointName")
    conditions: list[k8s_meta_v1.Condition] | None = pydantic.Field(default=None, alias="conditions")
    endpoint_cert: str | None = pydantic.Field(default=None, alias="endpointCert")
    export_uid: str | None = pydantic.Field(default=None, alias="exportUID")
    included_volumes: list[BackupVolumeInfo] | None = pydantic.Field(default=None, alias="includedVolumes")
    type: str | None = pydantic.Field(default=None, alias="type")


from pulumi_kubevirt.models import (  # noqa: E402  (cyclic; see above)
    k8s_core_v1,
    k8s_meta_v1,
    kubevirt_v1,
)
