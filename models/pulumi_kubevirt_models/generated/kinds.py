# generated — regenerate, don't edit
# Written by scripts/codegen/generate.py from
#   kubevirt-v1.9.0/swagger.json (sha256 2c12b9c092941cff)
#   cdi-v1.66.0/swagger.json (sha256 b4425aa983c0493a)
"""The kinds ``from_manifest`` knows: (apiVersion, kind) -> model class."""

from __future__ import annotations

from pulumi_kubevirt_models import base as _base
from pulumi_kubevirt_models.generated import cdi_v1beta1, kubevirt_v1, kubevirt_v1alpha1, kubevirt_v1beta1

KINDS: dict[tuple[str, str], type[_base.KubeModel]] = {
    ("backup.kubevirt.io/v1alpha1", "VirtualMachineBackup"): kubevirt_v1alpha1.VirtualMachineBackup,
    ("cdi.kubevirt.io/v1beta1", "CDI"): cdi_v1beta1.CDI,
    ("cdi.kubevirt.io/v1beta1", "CDIConfig"): cdi_v1beta1.CDIConfig,
    ("cdi.kubevirt.io/v1beta1", "DataImportCron"): cdi_v1beta1.DataImportCron,
    ("cdi.kubevirt.io/v1beta1", "DataSource"): cdi_v1beta1.DataSource,
    ("cdi.kubevirt.io/v1beta1", "DataVolume"): cdi_v1beta1.DataVolume,
    ("clone.kubevirt.io/v1beta1", "VirtualMachineClone"): kubevirt_v1beta1.VirtualMachineClone,
    ("export.kubevirt.io/v1", "VirtualMachineExport"): kubevirt_v1.VirtualMachineExport,
    ("instancetype.kubevirt.io/v1beta1", "VirtualMachineClusterInstancetype"): (
        kubevirt_v1beta1.VirtualMachineClusterInstancetype
    ),
    ("instancetype.kubevirt.io/v1beta1", "VirtualMachineClusterPreference"): (
        kubevirt_v1beta1.VirtualMachineClusterPreference
    ),
    ("instancetype.kubevirt.io/v1beta1", "VirtualMachineInstancetype"): (
        kubevirt_v1beta1.VirtualMachineInstancetype
    ),
    ("instancetype.kubevirt.io/v1beta1", "VirtualMachinePreference"): (
        kubevirt_v1beta1.VirtualMachinePreference
    ),
    ("kubevirt.io/v1", "KubeVirt"): kubevirt_v1.KubeVirt,
    ("kubevirt.io/v1", "VirtualMachine"): kubevirt_v1.VirtualMachine,
    ("kubevirt.io/v1", "VirtualMachineInstance"): kubevirt_v1.VirtualMachineInstance,
    ("kubevirt.io/v1", "VirtualMachineInstanceMigration"): kubevirt_v1.VirtualMachineInstanceMigration,
    ("kubevirt.io/v1", "VirtualMachineInstancePreset"): kubevirt_v1.VirtualMachineInstancePreset,
    ("kubevirt.io/v1", "VirtualMachineInstanceReplicaSet"): kubevirt_v1.VirtualMachineInstanceReplicaSet,
    ("migrations.kubevirt.io/v1alpha1", "MigrationPolicy"): kubevirt_v1alpha1.MigrationPolicy,
    ("pool.kubevirt.io/v1beta1", "VirtualMachinePool"): kubevirt_v1beta1.VirtualMachinePool,
    ("snapshot.kubevirt.io/v1beta1", "VirtualMachineRestore"): kubevirt_v1beta1.VirtualMachineRestore,
    ("snapshot.kubevirt.io/v1beta1", "VirtualMachineSnapshot"): kubevirt_v1beta1.VirtualMachineSnapshot,
    ("snapshot.kubevirt.io/v1beta1", "VirtualMachineSnapshotContent"): (
        kubevirt_v1beta1.VirtualMachineSnapshotContent
    ),
}
