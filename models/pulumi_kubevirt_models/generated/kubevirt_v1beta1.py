# generated — regenerate, don't edit
# Written by scripts/codegen/generate.py from
#   kubevirt-v1.9.0/swagger.json (sha256 2c12b9c092941cff)
"""KubeVirt v1beta1 API types (instancetype, pool, snapshot, clone; vendored CDI types)."""

from __future__ import annotations

from typing import ClassVar, Literal

import pydantic

from pulumi_kubevirt_models import base as _base
from pulumi_kubevirt_models import enums as _enums
from pulumi_kubevirt_models import quantity as _quantity

__all__ = [
    "CPUInstancetype",
    "CPUPreferenceRequirement",
    "CPUPreferences",
    "ClockPreferences",
    "Condition",
    "DataVolumeBlankImage",
    "DataVolumeCheckpoint",
    "DataVolumeSource",
    "DataVolumeSourceGCS",
    "DataVolumeSourceHTTP",
    "DataVolumeSourceImageIO",
    "DataVolumeSourcePVC",
    "DataVolumeSourceRef",
    "DataVolumeSourceRegistry",
    "DataVolumeSourceS3",
    "DataVolumeSourceSnapshot",
    "DataVolumeSourceUpload",
    "DataVolumeSourceVDDK",
    "DataVolumeSpec",
    "DevicePreferences",
    "Error",
    "FeaturePreferences",
    "FirmwarePreferences",
    "MachinePreferences",
    "MemoryInstancetype",
    "MemoryPreferenceRequirement",
    "PersistentVolumeClaim",
    "PlatformOptions",
    "PreferenceRequirements",
    "SnapshotVolumesLists",
    "SourceIndication",
    "SourceSpec",
    "SpreadOptions",
    "StorageSpec",
    "VirtualMachine",
    "VirtualMachineClone",
    "VirtualMachineCloneList",
    "VirtualMachineCloneSpec",
    "VirtualMachineCloneStatus",
    "VirtualMachineCloneTemplateFilters",
    "VirtualMachineClusterInstancetype",
    "VirtualMachineClusterInstancetypeList",
    "VirtualMachineClusterPreference",
    "VirtualMachineClusterPreferenceList",
    "VirtualMachineInstancetype",
    "VirtualMachineInstancetypeList",
    "VirtualMachineInstancetypeSpec",
    "VirtualMachineOpportunisticUpdateStrategy",
    "VirtualMachinePool",
    "VirtualMachinePoolAutohealingStrategy",
    "VirtualMachinePoolCondition",
    "VirtualMachinePoolList",
    "VirtualMachinePoolNameGeneration",
    "VirtualMachinePoolOpportunisticScaleInStrategy",
    "VirtualMachinePoolProactiveScaleInStrategy",
    "VirtualMachinePoolProactiveUpdateStrategy",
    "VirtualMachinePoolScaleInStrategy",
    "VirtualMachinePoolSelectionPolicy",
    "VirtualMachinePoolSelectors",
    "VirtualMachinePoolSpec",
    "VirtualMachinePoolStatus",
    "VirtualMachinePoolUnmanagedStrategy",
    "VirtualMachinePoolUpdateStrategy",
    "VirtualMachinePreference",
    "VirtualMachinePreferenceList",
    "VirtualMachinePreferenceSpec",
    "VirtualMachineRestore",
    "VirtualMachineRestoreList",
    "VirtualMachineRestoreSpec",
    "VirtualMachineRestoreStatus",
    "VirtualMachineSnapshot",
    "VirtualMachineSnapshotContent",
    "VirtualMachineSnapshotContentList",
    "VirtualMachineSnapshotContentSpec",
    "VirtualMachineSnapshotContentStatus",
    "VirtualMachineSnapshotList",
    "VirtualMachineSnapshotSpec",
    "VirtualMachineSnapshotStatus",
    "VirtualMachineTemplateSpec",
    "VolumeBackup",
    "VolumePreferences",
    "VolumeRestore",
    "VolumeRestoreOverride",
    "VolumeSnapshotStatus",
]


class CPUInstancetype(_base.KubeModel):
    dedicated_cpu_placement: _base.Input[bool] | None = pydantic.Field(
        default=None, alias="dedicatedCPUPlacement"
    )
    guest: _base.Input[int] = pydantic.Field(alias="guest")
    isolate_emulator_thread: _base.Input[bool] | None = pydantic.Field(
        default=None, alias="isolateEmulatorThread"
    )
    max_sockets: _base.Input[int] | None = pydantic.Field(default=None, alias="maxSockets")
    model: _base.Input[str] | None = pydantic.Field(default=None, alias="model")
    numa: _base.Input[kubevirt_v1.NUMA] | None = pydantic.Field(default=None, alias="numa")
    realtime: _base.Input[kubevirt_v1.Realtime] | None = pydantic.Field(default=None, alias="realtime")


class CPUPreferenceRequirement(_base.KubeModel):
    guest: _base.Input[int] = pydantic.Field(alias="guest")


class CPUPreferences(_base.KubeModel):
    preferred_cpu_features: _base.Input[_base.InputList[kubevirt_v1.CPUFeature]] | None = pydantic.Field(
        default=None, alias="preferredCPUFeatures"
    )
    preferred_cpu_topology: _base.Input[str] | None = pydantic.Field(
        default=None, alias="preferredCPUTopology"
    )
    spread_options: _base.Input[SpreadOptions] | None = pydantic.Field(default=None, alias="spreadOptions")


class ClockPreferences(_base.KubeModel):
    preferred_clock_offset: _base.Input[kubevirt_v1.ClockOffset] | None = pydantic.Field(
        default=None, alias="preferredClockOffset"
    )
    preferred_timer: _base.Input[kubevirt_v1.Timer] | None = pydantic.Field(
        default=None, alias="preferredTimer"
    )


class Condition(_base.KubeModel):
    last_probe_time: _base.Input[str] | None = pydantic.Field(default=None, alias="lastProbeTime")
    last_transition_time: _base.Input[str] | None = pydantic.Field(default=None, alias="lastTransitionTime")
    message: _base.Input[str] | None = pydantic.Field(default=None, alias="message")
    reason: _base.Input[str] | None = pydantic.Field(default=None, alias="reason")
    status: _base.Input[str] = pydantic.Field(alias="status")
    type: _base.Input[str] = pydantic.Field(alias="type")


class DataVolumeBlankImage(_base.KubeModel):
    pass


class DataVolumeCheckpoint(_base.KubeModel):
    current: _base.Input[str] = pydantic.Field(alias="current")
    previous: _base.Input[str] = pydantic.Field(alias="previous")


class DataVolumeSource(_base.KubeModel):
    blank: _base.Input[DataVolumeBlankImage] | None = pydantic.Field(default=None, alias="blank")
    gcs: _base.Input[DataVolumeSourceGCS] | None = pydantic.Field(default=None, alias="gcs")
    http: _base.Input[DataVolumeSourceHTTP] | None = pydantic.Field(default=None, alias="http")
    imageio: _base.Input[DataVolumeSourceImageIO] | None = pydantic.Field(default=None, alias="imageio")
    pvc: _base.Input[DataVolumeSourcePVC] | None = pydantic.Field(default=None, alias="pvc")
    registry: _base.Input[DataVolumeSourceRegistry] | None = pydantic.Field(default=None, alias="registry")
    s3: _base.Input[DataVolumeSourceS3] | None = pydantic.Field(default=None, alias="s3")
    snapshot: _base.Input[DataVolumeSourceSnapshot] | None = pydantic.Field(default=None, alias="snapshot")
    upload: _base.Input[DataVolumeSourceUpload] | None = pydantic.Field(default=None, alias="upload")
    vddk: _base.Input[DataVolumeSourceVDDK] | None = pydantic.Field(default=None, alias="vddk")


class DataVolumeSourceGCS(_base.KubeModel):
    secret_ref: _base.Input[str] | None = pydantic.Field(default=None, alias="secretRef")
    url: _base.Input[str] = pydantic.Field(alias="url")


class DataVolumeSourceHTTP(_base.KubeModel):
    cert_config_map: _base.Input[str] | None = pydantic.Field(default=None, alias="certConfigMap")
    extra_headers: _base.Input[_base.InputList[str]] | None = pydantic.Field(
        default=None, alias="extraHeaders"
    )
    secret_extra_headers: _base.Input[_base.InputList[str]] | None = pydantic.Field(
        default=None, alias="secretExtraHeaders"
    )
    secret_ref: _base.Input[str] | None = pydantic.Field(default=None, alias="secretRef")
    url: _base.Input[str] = pydantic.Field(alias="url")


class DataVolumeSourceImageIO(_base.KubeModel):
    cert_config_map: _base.Input[str] | None = pydantic.Field(default=None, alias="certConfigMap")
    disk_id: _base.Input[str] = pydantic.Field(alias="diskId")
    insecure_skip_verify: _base.Input[bool] | None = pydantic.Field(default=None, alias="insecureSkipVerify")
    secret_ref: _base.Input[str] | None = pydantic.Field(default=None, alias="secretRef")
    url: _base.Input[str] = pydantic.Field(alias="url")


class DataVolumeSourcePVC(_base.KubeModel):
    name: _base.Input[str] = pydantic.Field(alias="name")
    namespace: _base.Input[str] = pydantic.Field(alias="namespace")


class DataVolumeSourceRef(_base.KubeModel):
    kind: _base.Input[str] = pydantic.Field(alias="kind")
    name: _base.Input[str] = pydantic.Field(alias="name")
    namespace: _base.Input[str] | None = pydantic.Field(default=None, alias="namespace")


class DataVolumeSourceRegistry(_base.KubeModel):
    cert_config_map: _base.Input[str] | None = pydantic.Field(default=None, alias="certConfigMap")
    image_stream: _base.Input[str] | None = pydantic.Field(default=None, alias="imageStream")
    platform: _base.Input[PlatformOptions] | None = pydantic.Field(default=None, alias="platform")
    pull_method: _base.Input[str] | None = pydantic.Field(default=None, alias="pullMethod")
    secret_ref: _base.Input[str] | None = pydantic.Field(default=None, alias="secretRef")
    url: _base.Input[str] | None = pydantic.Field(default=None, alias="url")


class DataVolumeSourceS3(_base.KubeModel):
    cert_config_map: _base.Input[str] | None = pydantic.Field(default=None, alias="certConfigMap")
    secret_ref: _base.Input[str] | None = pydantic.Field(default=None, alias="secretRef")
    url: _base.Input[str] = pydantic.Field(alias="url")


class DataVolumeSourceSnapshot(_base.KubeModel):
    name: _base.Input[str] = pydantic.Field(alias="name")
    namespace: _base.Input[str] = pydantic.Field(alias="namespace")


class DataVolumeSourceUpload(_base.KubeModel):
    pass


class DataVolumeSourceVDDK(_base.KubeModel):
    backing_file: _base.Input[str] | None = pydantic.Field(default=None, alias="backingFile")
    extra_args: _base.Input[str] | None = pydantic.Field(default=None, alias="extraArgs")
    init_image_url: _base.Input[str] | None = pydantic.Field(default=None, alias="initImageURL")
    secret_ref: _base.Input[str] | None = pydantic.Field(default=None, alias="secretRef")
    thumbprint: _base.Input[str] | None = pydantic.Field(default=None, alias="thumbprint")
    url: _base.Input[str] | None = pydantic.Field(default=None, alias="url")
    uuid: _base.Input[str] | None = pydantic.Field(default=None, alias="uuid")


class DataVolumeSpec(_base.KubeModel):
    checkpoints: _base.Input[_base.InputList[DataVolumeCheckpoint]] | None = pydantic.Field(
        default=None, alias="checkpoints"
    )
    content_type: _base.Input[_enums.DataVolumeContentType] | None = pydantic.Field(
        default=None, alias="contentType"
    )
    final_checkpoint: _base.Input[bool] | None = pydantic.Field(default=None, alias="finalCheckpoint")
    preallocation: _base.Input[bool] | None = pydantic.Field(default=None, alias="preallocation")
    priority_class_name: _base.Input[str] | None = pydantic.Field(default=None, alias="priorityClassName")
    pvc: _base.Input[k8s_core_v1.PersistentVolumeClaimSpec] | None = pydantic.Field(default=None, alias="pvc")
    source: _base.Input[DataVolumeSource] | None = pydantic.Field(default=None, alias="source")
    source_ref: _base.Input[DataVolumeSourceRef] | None = pydantic.Field(default=None, alias="sourceRef")
    storage: _base.Input[StorageSpec] | None = pydantic.Field(default=None, alias="storage")


class DevicePreferences(_base.KubeModel):
    preferred_autoattach_graphics_device: _base.Input[bool] | None = pydantic.Field(
        default=None, alias="preferredAutoattachGraphicsDevice"
    )
    preferred_autoattach_input_device: _base.Input[bool] | None = pydantic.Field(
        default=None, alias="preferredAutoattachInputDevice"
    )
    preferred_autoattach_mem_balloon: _base.Input[bool] | None = pydantic.Field(
        default=None, alias="preferredAutoattachMemBalloon"
    )
    preferred_autoattach_pod_interface: _base.Input[bool] | None = pydantic.Field(
        default=None, alias="preferredAutoattachPodInterface"
    )
    preferred_autoattach_serial_console: _base.Input[bool] | None = pydantic.Field(
        default=None, alias="preferredAutoattachSerialConsole"
    )
    preferred_block_multi_queue: _base.Input[bool] | None = pydantic.Field(
        default=None, alias="preferredBlockMultiQueue"
    )
    preferred_cdrom_bus: _base.Input[str] | None = pydantic.Field(default=None, alias="preferredCdromBus")
    preferred_disable_hotplug: _base.Input[bool] | None = pydantic.Field(
        default=None, alias="preferredDisableHotplug"
    )
    preferred_disk_block_size: _base.Input[kubevirt_v1.BlockSize] | None = pydantic.Field(
        default=None, alias="preferredDiskBlockSize"
    )
    preferred_disk_bus: _base.Input[str] | None = pydantic.Field(default=None, alias="preferredDiskBus")
    preferred_disk_cache: _base.Input[str] | None = pydantic.Field(default=None, alias="preferredDiskCache")
    preferred_disk_dedicated_io_thread: _base.Input[bool] | None = pydantic.Field(
        default=None, alias="preferredDiskDedicatedIoThread"
    )
    preferred_disk_io: _base.Input[str] | None = pydantic.Field(default=None, alias="preferredDiskIO")
    preferred_input_bus: _base.Input[str] | None = pydantic.Field(default=None, alias="preferredInputBus")
    preferred_input_type: _base.Input[str] | None = pydantic.Field(default=None, alias="preferredInputType")
    preferred_interface_masquerade: _base.Input[kubevirt_v1.InterfaceMasquerade] | None = pydantic.Field(
        default=None, alias="preferredInterfaceMasquerade"
    )
    preferred_interface_model: _base.Input[str] | None = pydantic.Field(
        default=None, alias="preferredInterfaceModel"
    )
    preferred_lun_bus: _base.Input[str] | None = pydantic.Field(default=None, alias="preferredLunBus")
    preferred_network_interface_multi_queue: _base.Input[bool] | None = pydantic.Field(
        default=None, alias="preferredNetworkInterfaceMultiQueue"
    )
    preferred_panic_device_model: _base.Input[str] | None = pydantic.Field(
        default=None, alias="preferredPanicDeviceModel"
    )
    preferred_rng: _base.Input[kubevirt_v1.Rng] | None = pydantic.Field(default=None, alias="preferredRng")
    preferred_sound_model: _base.Input[str] | None = pydantic.Field(default=None, alias="preferredSoundModel")
    preferred_tpm: _base.Input[kubevirt_v1.TPMDevice] | None = pydantic.Field(
        default=None, alias="preferredTPM"
    )
    preferred_use_virtio_transitional: _base.Input[bool] | None = pydantic.Field(
        default=None, alias="preferredUseVirtioTransitional"
    )
    preferred_video_type: _base.Input[str] | None = pydantic.Field(default=None, alias="preferredVideoType")
    preferred_virtual_gpu_options: _base.Input[kubevirt_v1.VGPUOptions] | None = pydantic.Field(
        default=None, alias="preferredVirtualGPUOptions"
    )


class Error(_base.KubeModel):
    message: _base.Input[str] | None = pydantic.Field(default=None, alias="message")
    time: _base.Input[str] | None = pydantic.Field(default=None, alias="time")


class FeaturePreferences(_base.KubeModel):
    preferred_acpi: _base.Input[kubevirt_v1.FeatureState] | None = pydantic.Field(
        default=None, alias="preferredAcpi"
    )
    preferred_apic: _base.Input[kubevirt_v1.FeatureAPIC] | None = pydantic.Field(
        default=None, alias="preferredApic"
    )
    preferred_hyperv: _base.Input[kubevirt_v1.FeatureHyperv] | None = pydantic.Field(
        default=None, alias="preferredHyperv"
    )
    preferred_kvm: _base.Input[kubevirt_v1.FeatureKVM] | None = pydantic.Field(
        default=None, alias="preferredKvm"
    )
    preferred_pvspinlock: _base.Input[kubevirt_v1.FeatureState] | None = pydantic.Field(
        default=None, alias="preferredPvspinlock"
    )
    preferred_smm: _base.Input[kubevirt_v1.FeatureState] | None = pydantic.Field(
        default=None, alias="preferredSmm"
    )


class FirmwarePreferences(_base.KubeModel):
    preferred_efi: _base.Input[kubevirt_v1.EFI] | None = pydantic.Field(default=None, alias="preferredEfi")
    preferred_use_bios: _base.Input[bool] | None = pydantic.Field(default=None, alias="preferredUseBios")
    preferred_use_bios_serial: _base.Input[bool] | None = pydantic.Field(
        default=None, alias="preferredUseBiosSerial"
    )
    preferred_use_efi: _base.Input[bool] | None = pydantic.Field(default=None, alias="preferredUseEfi")
    preferred_use_secure_boot: _base.Input[bool] | None = pydantic.Field(
        default=None, alias="preferredUseSecureBoot"
    )


class MachinePreferences(_base.KubeModel):
    preferred_machine_type: _base.Input[str] | None = pydantic.Field(
        default=None, alias="preferredMachineType"
    )


class MemoryInstancetype(_base.KubeModel):
    guest: _base.Input[_quantity.Quantity] = pydantic.Field(alias="guest")
    hugepages: _base.Input[kubevirt_v1.Hugepages] | None = pydantic.Field(default=None, alias="hugepages")
    max_guest: _base.Input[_quantity.Quantity] | None = pydantic.Field(default=None, alias="maxGuest")
    overcommit_percent: _base.Input[int] | None = pydantic.Field(default=None, alias="overcommitPercent")


class MemoryPreferenceRequirement(_base.KubeModel):
    guest: _base.Input[_quantity.Quantity] = pydantic.Field(alias="guest")


class PersistentVolumeClaim(_base.KubeModel):
    metadata: _base.Input[k8s_meta_v1.ObjectMeta] | None = pydantic.Field(default=None, alias="metadata")
    spec: _base.Input[k8s_core_v1.PersistentVolumeClaimSpec] | None = pydantic.Field(
        default=None, alias="spec"
    )


class PlatformOptions(_base.KubeModel):
    architecture: _base.Input[str] | None = pydantic.Field(default=None, alias="architecture")


class PreferenceRequirements(_base.KubeModel):
    architecture: _base.Input[str] | None = pydantic.Field(default=None, alias="architecture")
    cpu: _base.Input[CPUPreferenceRequirement] | None = pydantic.Field(default=None, alias="cpu")
    memory: _base.Input[MemoryPreferenceRequirement] | None = pydantic.Field(default=None, alias="memory")


class SnapshotVolumesLists(_base.KubeModel):
    excluded_volumes: _base.Input[_base.InputList[str]] | None = pydantic.Field(
        default=None, alias="excludedVolumes"
    )
    included_volumes: _base.Input[_base.InputList[str]] | None = pydantic.Field(
        default=None, alias="includedVolumes"
    )


class SourceIndication(_base.KubeModel):
    indication: _base.Input[str] = pydantic.Field(alias="indication")
    message: _base.Input[str] = pydantic.Field(alias="message")


class SourceSpec(_base.KubeModel):
    virtual_machine: _base.Input[VirtualMachine] | None = pydantic.Field(default=None, alias="virtualMachine")


class SpreadOptions(_base.KubeModel):
    across: _base.Input[str] | None = pydantic.Field(default=None, alias="across")
    ratio: _base.Input[int] | None = pydantic.Field(default=None, alias="ratio")


class StorageSpec(_base.KubeModel):
    access_modes: (
        _base.Input[_base.InputList[Literal[
            "ReadOnlyMany",
            "ReadWriteMany",
            "ReadWriteOnce",
            "ReadWriteOncePod",
        ]]] | None
    ) = pydantic.Field(default=None, alias="accessModes")
    data_source: _base.Input[k8s_core_v1.TypedLocalObjectReference] | None = pydantic.Field(
        default=None, alias="dataSource"
    )
    data_source_ref: _base.Input[k8s_core_v1.TypedObjectReference] | None = pydantic.Field(
        default=None, alias="dataSourceRef"
    )
    resources: _base.Input[k8s_core_v1.VolumeResourceRequirements] | None = pydantic.Field(
        default=None, alias="resources"
    )
    selector: _base.Input[k8s_meta_v1.LabelSelector] | None = pydantic.Field(default=None, alias="selector")
    storage_class_name: _base.Input[str] | None = pydantic.Field(default=None, alias="storageClassName")
    volume_mode: _base.Input[Literal["Block", "Filesystem", "FromStorageProfile"]] | None = pydantic.Field(
        default=None, alias="volumeMode"
    )
    volume_name: _base.Input[str] | None = pydantic.Field(default=None, alias="volumeName")


class VirtualMachine(_base.KubeModel):
    metadata: _base.Input[k8s_meta_v1.ObjectMeta] | None = pydantic.Field(default=None, alias="metadata")
    spec: _base.Input[kubevirt_v1.VirtualMachineSpec] | None = pydantic.Field(default=None, alias="spec")
    status: _base.Input[kubevirt_v1.VirtualMachineStatus] | None = pydantic.Field(
        default=None, alias="status"
    )


class VirtualMachineClone(_base.KubeModel):
    __kube_gvk__: ClassVar[tuple[str, str] | None] = ("clone.kubevirt.io/v1beta1", "VirtualMachineClone")
    api_version: _base.Input[str] | None = pydantic.Field(default=None, alias="apiVersion")
    kind: _base.Input[str] | None = pydantic.Field(default=None, alias="kind")
    metadata: _base.Input[k8s_meta_v1.ObjectMeta] | None = pydantic.Field(default=None, alias="metadata")
    spec: _base.Input[VirtualMachineCloneSpec] = pydantic.Field(alias="spec")
    status: _base.Input[VirtualMachineCloneStatus] | None = pydantic.Field(default=None, alias="status")


class VirtualMachineCloneList(_base.KubeModel):
    api_version: _base.Input[str] | None = pydantic.Field(default=None, alias="apiVersion")
    items: _base.Input[_base.InputList[VirtualMachineClone]] = pydantic.Field(alias="items")
    kind: _base.Input[str] | None = pydantic.Field(default=None, alias="kind")
    metadata: _base.Input[k8s_meta_v1.ListMeta] | None = pydantic.Field(default=None, alias="metadata")


class VirtualMachineCloneSpec(_base.KubeModel):
    annotation_filters: _base.Input[_base.InputList[str]] | None = pydantic.Field(
        default=None, alias="annotationFilters"
    )
    label_filters: _base.Input[_base.InputList[str]] | None = pydantic.Field(
        default=None, alias="labelFilters"
    )
    new_mac_addresses: _base.Input[_base.InputMap[str]] | None = pydantic.Field(
        default=None, alias="newMacAddresses"
    )
    new_sm_bios_serial: _base.Input[str] | None = pydantic.Field(default=None, alias="newSMBiosSerial")
    patches: _base.Input[_base.InputList[str]] | None = pydantic.Field(default=None, alias="patches")
    source: _base.Input[k8s_core_v1.TypedLocalObjectReference] = pydantic.Field(alias="source")
    target: _base.Input[k8s_core_v1.TypedLocalObjectReference] | None = pydantic.Field(
        default=None, alias="target"
    )
    template: _base.Input[VirtualMachineCloneTemplateFilters] | None = pydantic.Field(
        default=None, alias="template"
    )
    volume_name_policy: _base.Input[str] | None = pydantic.Field(default=None, alias="volumeNamePolicy")


class VirtualMachineCloneStatus(_base.KubeModel):
    conditions: _base.Input[_base.InputList[Condition]] | None = pydantic.Field(
        default=None, alias="conditions"
    )
    creation_time: _base.Input[str] | None = pydantic.Field(default=None, alias="creationTime")
    phase: _base.Input[str] | None = pydantic.Field(default=None, alias="phase")
    restore_name: _base.Input[str] | None = pydantic.Field(default=None, alias="restoreName")
    snapshot_name: _base.Input[str] | None = pydantic.Field(default=None, alias="snapshotName")
    target_name: _base.Input[str] | None = pydantic.Field(default=None, alias="targetName")


class VirtualMachineCloneTemplateFilters(_base.KubeModel):
    annotation_filters: _base.Input[_base.InputList[str]] | None = pydantic.Field(
        default=None, alias="annotationFilters"
    )
    label_filters: _base.Input[_base.InputList[str]] | None = pydantic.Field(
        default=None, alias="labelFilters"
    )


class VirtualMachineClusterInstancetype(_base.KubeModel):
    __kube_gvk__: ClassVar[tuple[str, str] | None] = (
        "instancetype.kubevirt.io/v1beta1",
        "VirtualMachineClusterInstancetype",
    )
    api_version: _base.Input[str] | None = pydantic.Field(default=None, alias="apiVersion")
    kind: _base.Input[str] | None = pydantic.Field(default=None, alias="kind")
    metadata: _base.Input[k8s_meta_v1.ObjectMeta] | None = pydantic.Field(default=None, alias="metadata")
    spec: _base.Input[VirtualMachineInstancetypeSpec] = pydantic.Field(alias="spec")


class VirtualMachineClusterInstancetypeList(_base.KubeModel):
    api_version: _base.Input[str] | None = pydantic.Field(default=None, alias="apiVersion")
    items: _base.Input[_base.InputList[VirtualMachineClusterInstancetype]] = pydantic.Field(alias="items")
    kind: _base.Input[str] | None = pydantic.Field(default=None, alias="kind")
    metadata: _base.Input[k8s_meta_v1.ListMeta] | None = pydantic.Field(default=None, alias="metadata")


class VirtualMachineClusterPreference(_base.KubeModel):
    __kube_gvk__: ClassVar[tuple[str, str] | None] = (
        "instancetype.kubevirt.io/v1beta1",
        "VirtualMachineClusterPreference",
    )
    api_version: _base.Input[str] | None = pydantic.Field(default=None, alias="apiVersion")
    kind: _base.Input[str] | None = pydantic.Field(default=None, alias="kind")
    metadata: _base.Input[k8s_meta_v1.ObjectMeta] | None = pydantic.Field(default=None, alias="metadata")
    spec: _base.Input[VirtualMachinePreferenceSpec] = pydantic.Field(alias="spec")


class VirtualMachineClusterPreferenceList(_base.KubeModel):
    api_version: _base.Input[str] | None = pydantic.Field(default=None, alias="apiVersion")
    items: _base.Input[_base.InputList[VirtualMachineClusterPreference]] = pydantic.Field(alias="items")
    kind: _base.Input[str] | None = pydantic.Field(default=None, alias="kind")
    metadata: _base.Input[k8s_meta_v1.ListMeta] | None = pydantic.Field(default=None, alias="metadata")


class VirtualMachineInstancetype(_base.KubeModel):
    __kube_gvk__: ClassVar[tuple[str, str] | None] = (
        "instancetype.kubevirt.io/v1beta1",
        "VirtualMachineInstancetype",
    )
    api_version: _base.Input[str] | None = pydantic.Field(default=None, alias="apiVersion")
    kind: _base.Input[str] | None = pydantic.Field(default=None, alias="kind")
    metadata: _base.Input[k8s_meta_v1.ObjectMeta] | None = pydantic.Field(default=None, alias="metadata")
    spec: _base.Input[VirtualMachineInstancetypeSpec] = pydantic.Field(alias="spec")


class VirtualMachineInstancetypeList(_base.KubeModel):
    api_version: _base.Input[str] | None = pydantic.Field(default=None, alias="apiVersion")
    items: _base.Input[_base.InputList[VirtualMachineInstancetype]] = pydantic.Field(alias="items")
    kind: _base.Input[str] | None = pydantic.Field(default=None, alias="kind")
    metadata: _base.Input[k8s_meta_v1.ListMeta] | None = pydantic.Field(default=None, alias="metadata")


class VirtualMachineInstancetypeSpec(_base.KubeModel):
    annotations: _base.Input[_base.InputMap[str]] | None = pydantic.Field(default=None, alias="annotations")
    cpu: _base.Input[CPUInstancetype] = pydantic.Field(alias="cpu")
    gpus: _base.Input[_base.InputList[kubevirt_v1.GPU]] | None = pydantic.Field(default=None, alias="gpus")
    host_devices: _base.Input[_base.InputList[kubevirt_v1.HostDevice]] | None = pydantic.Field(
        default=None, alias="hostDevices"
    )
    io_threads: _base.Input[kubevirt_v1.DiskIOThreads] | None = pydantic.Field(
        default=None, alias="ioThreads"
    )
    io_threads_policy: _base.Input[str] | None = pydantic.Field(default=None, alias="ioThreadsPolicy")
    launch_security: _base.Input[kubevirt_v1.LaunchSecurity] | None = pydantic.Field(
        default=None, alias="launchSecurity"
    )
    memory: _base.Input[MemoryInstancetype] = pydantic.Field(alias="memory")
    node_selector: _base.Input[_base.InputMap[str]] | None = pydantic.Field(
        default=None, alias="nodeSelector"
    )
    scheduler_name: _base.Input[str] | None = pydantic.Field(default=None, alias="schedulerName")


class VirtualMachineOpportunisticUpdateStrategy(_base.KubeModel):
    pass


class VirtualMachinePool(_base.KubeModel):
    __kube_gvk__: ClassVar[tuple[str, str] | None] = ("pool.kubevirt.io/v1beta1", "VirtualMachinePool")
    api_version: _base.Input[str] | None = pydantic.Field(default=None, alias="apiVersion")
    kind: _base.Input[str] | None = pydantic.Field(default=None, alias="kind")
    metadata: _base.Input[k8s_meta_v1.ObjectMeta] | None = pydantic.Field(default=None, alias="metadata")
    spec: _base.Input[VirtualMachinePoolSpec] = pydantic.Field(alias="spec")
    status: _base.Input[VirtualMachinePoolStatus] | None = pydantic.Field(default=None, alias="status")


class VirtualMachinePoolAutohealingStrategy(_base.KubeModel):
    min_failing_to_start_duration: _base.Input[str] | None = pydantic.Field(
        default=None, alias="minFailingToStartDuration"
    )
    start_up_failure_threshold: _base.Input[int] | None = pydantic.Field(
        default=None, alias="startUpFailureThreshold"
    )


class VirtualMachinePoolCondition(_base.KubeModel):
    last_probe_time: _base.Input[str] | None = pydantic.Field(default=None, alias="lastProbeTime")
    last_transition_time: _base.Input[str] | None = pydantic.Field(default=None, alias="lastTransitionTime")
    message: _base.Input[str] | None = pydantic.Field(default=None, alias="message")
    reason: _base.Input[str] | None = pydantic.Field(default=None, alias="reason")
    status: _base.Input[str] = pydantic.Field(alias="status")
    type: _base.Input[str] = pydantic.Field(alias="type")


class VirtualMachinePoolList(_base.KubeModel):
    api_version: _base.Input[str] | None = pydantic.Field(default=None, alias="apiVersion")
    items: _base.Input[_base.InputList[VirtualMachinePool]] = pydantic.Field(alias="items")
    kind: _base.Input[str] | None = pydantic.Field(default=None, alias="kind")
    metadata: _base.Input[k8s_meta_v1.ListMeta] | None = pydantic.Field(default=None, alias="metadata")


class VirtualMachinePoolNameGeneration(_base.KubeModel):
    append_index_to_config_map_refs: _base.Input[bool] | None = pydantic.Field(
        default=None, alias="appendIndexToConfigMapRefs"
    )
    append_index_to_secret_refs: _base.Input[bool] | None = pydantic.Field(
        default=None, alias="appendIndexToSecretRefs"
    )


class VirtualMachinePoolOpportunisticScaleInStrategy(_base.KubeModel):
    state_preservation: _base.Input[str] | None = pydantic.Field(default=None, alias="statePreservation")


class VirtualMachinePoolProactiveScaleInStrategy(_base.KubeModel):
    selection_policy: _base.Input[VirtualMachinePoolSelectionPolicy] | None = pydantic.Field(
        default=None, alias="selectionPolicy"
    )
    state_preservation: _base.Input[str] | None = pydantic.Field(default=None, alias="statePreservation")


class VirtualMachinePoolProactiveUpdateStrategy(_base.KubeModel):
    selection_policy: _base.Input[VirtualMachinePoolSelectionPolicy] | None = pydantic.Field(
        default=None, alias="selectionPolicy"
    )


class VirtualMachinePoolScaleInStrategy(_base.KubeModel):
    opportunistic: _base.Input[VirtualMachinePoolOpportunisticScaleInStrategy] | None = pydantic.Field(
        default=None, alias="opportunistic"
    )
    proactive: _base.Input[VirtualMachinePoolProactiveScaleInStrategy] | None = pydantic.Field(
        default=None, alias="proactive"
    )
    unmanaged: _base.Input[VirtualMachinePoolUnmanagedStrategy] | None = pydantic.Field(
        default=None, alias="unmanaged"
    )


class VirtualMachinePoolSelectionPolicy(_base.KubeModel):
    selectors: _base.Input[VirtualMachinePoolSelectors] | None = pydantic.Field(
        default=None, alias="selectors"
    )
    sort_policy: _base.Input[str] | None = pydantic.Field(default=None, alias="sortPolicy")


class VirtualMachinePoolSelectors(_base.KubeModel):
    label_selector: _base.Input[k8s_meta_v1.LabelSelector] | None = pydantic.Field(
        default=None, alias="labelSelector"
    )
    node_selector_requirement_matcher: (
        _base.Input[_base.InputList[k8s_core_v1.NodeSelectorRequirement]] | None
    ) = pydantic.Field(default=None, alias="nodeSelectorRequirementMatcher")


class VirtualMachinePoolSpec(_base.KubeModel):
    autohealing: _base.Input[VirtualMachinePoolAutohealingStrategy] | None = pydantic.Field(
        default=None, alias="autohealing"
    )
    max_unavailable: _base.Input[_base.IntOrString] | None = pydantic.Field(
        default=None, alias="maxUnavailable"
    )
    name_generation: _base.Input[VirtualMachinePoolNameGeneration] | None = pydantic.Field(
        default=None, alias="nameGeneration"
    )
    paused: _base.Input[bool] | None = pydantic.Field(default=None, alias="paused")
    replicas: _base.Input[int] | None = pydantic.Field(default=None, alias="replicas")
    scale_in_strategy: _base.Input[VirtualMachinePoolScaleInStrategy] | None = pydantic.Field(
        default=None, alias="scaleInStrategy"
    )
    selector: _base.Input[k8s_meta_v1.LabelSelector] = pydantic.Field(alias="selector")
    update_strategy: _base.Input[VirtualMachinePoolUpdateStrategy] | None = pydantic.Field(
        default=None, alias="updateStrategy"
    )
    virtual_machine_template: _base.Input[VirtualMachineTemplateSpec] = pydantic.Field(
        alias="virtualMachineTemplate"
    )


class VirtualMachinePoolStatus(_base.KubeModel):
    conditions: _base.Input[_base.InputList[VirtualMachinePoolCondition]] | None = pydantic.Field(
        default=None, alias="conditions"
    )
    label_selector: _base.Input[str] | None = pydantic.Field(default=None, alias="labelSelector")
    ready_replicas: _base.Input[int] | None = pydantic.Field(default=None, alias="readyReplicas")
    replicas: _base.Input[int] | None = pydantic.Field(default=None, alias="replicas")


class VirtualMachinePoolUnmanagedStrategy(_base.KubeModel):
    pass


class VirtualMachinePoolUpdateStrategy(_base.KubeModel):
    opportunistic: _base.Input[VirtualMachineOpportunisticUpdateStrategy] | None = pydantic.Field(
        default=None, alias="opportunistic"
    )
    proactive: _base.Input[VirtualMachinePoolProactiveUpdateStrategy] | None = pydantic.Field(
        default=None, alias="proactive"
    )
    unmanaged: _base.Input[VirtualMachinePoolUnmanagedStrategy] | None = pydantic.Field(
        default=None, alias="unmanaged"
    )


class VirtualMachinePreference(_base.KubeModel):
    __kube_gvk__: ClassVar[tuple[str, str] | None] = (
        "instancetype.kubevirt.io/v1beta1",
        "VirtualMachinePreference",
    )
    api_version: _base.Input[str] | None = pydantic.Field(default=None, alias="apiVersion")
    kind: _base.Input[str] | None = pydantic.Field(default=None, alias="kind")
    metadata: _base.Input[k8s_meta_v1.ObjectMeta] | None = pydantic.Field(default=None, alias="metadata")
    spec: _base.Input[VirtualMachinePreferenceSpec] = pydantic.Field(alias="spec")


class VirtualMachinePreferenceList(_base.KubeModel):
    api_version: _base.Input[str] | None = pydantic.Field(default=None, alias="apiVersion")
    items: _base.Input[_base.InputList[VirtualMachinePreference]] = pydantic.Field(alias="items")
    kind: _base.Input[str] | None = pydantic.Field(default=None, alias="kind")
    metadata: _base.Input[k8s_meta_v1.ListMeta] | None = pydantic.Field(default=None, alias="metadata")


class VirtualMachinePreferenceSpec(_base.KubeModel):
    annotations: _base.Input[_base.InputMap[str]] | None = pydantic.Field(default=None, alias="annotations")
    clock: _base.Input[ClockPreferences] | None = pydantic.Field(default=None, alias="clock")
    cpu: _base.Input[CPUPreferences] | None = pydantic.Field(default=None, alias="cpu")
    devices: _base.Input[DevicePreferences] | None = pydantic.Field(default=None, alias="devices")
    features: _base.Input[FeaturePreferences] | None = pydantic.Field(default=None, alias="features")
    firmware: _base.Input[FirmwarePreferences] | None = pydantic.Field(default=None, alias="firmware")
    machine: _base.Input[MachinePreferences] | None = pydantic.Field(default=None, alias="machine")
    prefer_spread_socket_to_core_ratio: _base.Input[int] | None = pydantic.Field(
        default=None, alias="preferSpreadSocketToCoreRatio"
    )
    preferred_architecture: _base.Input[str] | None = pydantic.Field(
        default=None, alias="preferredArchitecture"
    )
    preferred_launch_security: _base.Input[kubevirt_v1.LaunchSecurity] | None = pydantic.Field(
        default=None, alias="preferredLaunchSecurity"
    )
    preferred_subdomain: _base.Input[str] | None = pydantic.Field(default=None, alias="preferredSubdomain")
    preferred_termination_grace_period_seconds: _base.Input[int] | None = pydantic.Field(
        default=None, alias="preferredTerminationGracePeriodSeconds"
    )
    requirements: _base.Input[PreferenceRequirements] | None = pydantic.Field(
        default=None, alias="requirements"
    )
    volumes: _base.Input[VolumePreferences] | None = pydantic.Field(default=None, alias="volumes")


class VirtualMachineRestore(_base.KubeModel):
    __kube_gvk__: ClassVar[tuple[str, str] | None] = ("snapshot.kubevirt.io/v1beta1", "VirtualMachineRestore")
    api_version: _base.Input[str] | None = pydantic.Field(default=None, alias="apiVersion")
    kind: _base.Input[str] | None = pydantic.Field(default=None, alias="kind")
    metadata: _base.Input[k8s_meta_v1.ObjectMeta] | None = pydantic.Field(default=None, alias="metadata")
    spec: _base.Input[VirtualMachineRestoreSpec] = pydantic.Field(alias="spec")
    status: _base.Input[VirtualMachineRestoreStatus] | None = pydantic.Field(default=None, alias="status")


class VirtualMachineRestoreList(_base.KubeModel):
    api_version: _base.Input[str] | None = pydantic.Field(default=None, alias="apiVersion")
    items: _base.Input[_base.InputList[VirtualMachineRestore]] = pydantic.Field(alias="items")
    kind: _base.Input[str] | None = pydantic.Field(default=None, alias="kind")
    metadata: _base.Input[k8s_meta_v1.ListMeta] = pydantic.Field(alias="metadata")


class VirtualMachineRestoreSpec(_base.KubeModel):
    patches: _base.Input[_base.InputList[str]] | None = pydantic.Field(default=None, alias="patches")
    target: _base.Input[k8s_core_v1.TypedLocalObjectReference] = pydantic.Field(alias="target")
    target_readiness_policy: _base.Input[str] | None = pydantic.Field(
        default=None, alias="targetReadinessPolicy"
    )
    virtual_machine_snapshot_name: _base.Input[str] = pydantic.Field(alias="virtualMachineSnapshotName")
    volume_ownership_policy: _base.Input[str] | None = pydantic.Field(
        default=None, alias="volumeOwnershipPolicy"
    )
    volume_restore_overrides: _base.Input[_base.InputList[VolumeRestoreOverride]] | None = pydantic.Field(
        default=None, alias="volumeRestoreOverrides"
    )
    volume_restore_policy: _base.Input[str] | None = pydantic.Field(default=None, alias="volumeRestorePolicy")


class VirtualMachineRestoreStatus(_base.KubeModel):
    complete: _base.Input[bool] | None = pydantic.Field(default=None, alias="complete")
    conditions: _base.Input[_base.InputList[Condition]] | None = pydantic.Field(
        default=None, alias="conditions"
    )
    deleted_data_volumes: _base.Input[_base.InputList[str]] | None = pydantic.Field(
        default=None, alias="deletedDataVolumes"
    )
    restore_time: _base.Input[str] | None = pydantic.Field(default=None, alias="restoreTime")
    restores: _base.Input[_base.InputList[VolumeRestore]] | None = pydantic.Field(
        default=None, alias="restores"
    )


class VirtualMachineSnapshot(_base.KubeModel):
    __kube_gvk__: ClassVar[tuple[str, str] | None] = (
        "snapshot.kubevirt.io/v1beta1",
        "VirtualMachineSnapshot",
    )
    api_version: _base.Input[str] | None = pydantic.Field(default=None, alias="apiVersion")
    kind: _base.Input[str] | None = pydantic.Field(default=None, alias="kind")
    metadata: _base.Input[k8s_meta_v1.ObjectMeta] | None = pydantic.Field(default=None, alias="metadata")
    spec: _base.Input[VirtualMachineSnapshotSpec] = pydantic.Field(alias="spec")
    status: _base.Input[VirtualMachineSnapshotStatus] | None = pydantic.Field(default=None, alias="status")


class VirtualMachineSnapshotContent(_base.KubeModel):
    __kube_gvk__: ClassVar[tuple[str, str] | None] = (
        "snapshot.kubevirt.io/v1beta1",
        "VirtualMachineSnapshotContent",
    )
    api_version: _base.Input[str] | None = pydantic.Field(default=None, alias="apiVersion")
    kind: _base.Input[str] | None = pydantic.Field(default=None, alias="kind")
    metadata: _base.Input[k8s_meta_v1.ObjectMeta] | None = pydantic.Field(default=None, alias="metadata")
    spec: _base.Input[VirtualMachineSnapshotContentSpec] = pydantic.Field(alias="spec")
    status: _base.Input[VirtualMachineSnapshotContentStatus] | None = pydantic.Field(
        default=None, alias="status"
    )


class VirtualMachineSnapshotContentList(_base.KubeModel):
    api_version: _base.Input[str] | None = pydantic.Field(default=None, alias="apiVersion")
    items: _base.Input[_base.InputList[VirtualMachineSnapshotContent]] = pydantic.Field(alias="items")
    kind: _base.Input[str] | None = pydantic.Field(default=None, alias="kind")
    metadata: _base.Input[k8s_meta_v1.ListMeta] = pydantic.Field(alias="metadata")


class VirtualMachineSnapshotContentSpec(_base.KubeModel):
    source: _base.Input[SourceSpec] = pydantic.Field(alias="source")
    virtual_machine_snapshot_name: _base.Input[str] | None = pydantic.Field(
        default=None, alias="virtualMachineSnapshotName"
    )
    volume_backups: _base.Input[_base.InputList[VolumeBackup]] | None = pydantic.Field(
        default=None, alias="volumeBackups"
    )


class VirtualMachineSnapshotContentStatus(_base.KubeModel):
    creation_time: _base.Input[str] | None = pydantic.Field(default=None, alias="creationTime")
    error: _base.Input[Error] | None = pydantic.Field(default=None, alias="error")
    ready_to_use: _base.Input[bool] | None = pydantic.Field(default=None, alias="readyToUse")
    volume_snapshot_status: _base.Input[_base.InputList[VolumeSnapshotStatus]] | None = pydantic.Field(
        default=None, alias="volumeSnapshotStatus"
    )


class VirtualMachineSnapshotList(_base.KubeModel):
    api_version: _base.Input[str] | None = pydantic.Field(default=None, alias="apiVersion")
    items: _base.Input[_base.InputList[VirtualMachineSnapshot]] = pydantic.Field(alias="items")
    kind: _base.Input[str] | None = pydantic.Field(default=None, alias="kind")
    metadata: _base.Input[k8s_meta_v1.ListMeta] = pydantic.Field(alias="metadata")


class VirtualMachineSnapshotSpec(_base.KubeModel):
    deletion_policy: _base.Input[str] | None = pydantic.Field(default=None, alias="deletionPolicy")
    failure_deadline: _base.Input[str] | None = pydantic.Field(default=None, alias="failureDeadline")
    source: _base.Input[k8s_core_v1.TypedLocalObjectReference] = pydantic.Field(alias="source")


class VirtualMachineSnapshotStatus(_base.KubeModel):
    conditions: _base.Input[_base.InputList[Condition]] | None = pydantic.Field(
        default=None, alias="conditions"
    )
    creation_time: _base.Input[str] | None = pydantic.Field(default=None, alias="creationTime")
    error: _base.Input[Error] | None = pydantic.Field(default=None, alias="error")
    indications: _base.Input[_base.InputList[str]] | None = pydantic.Field(default=None, alias="indications")
    phase: _base.Input[str] | None = pydantic.Field(default=None, alias="phase")
    ready_to_use: _base.Input[bool] | None = pydantic.Field(default=None, alias="readyToUse")
    snapshot_volumes: _base.Input[SnapshotVolumesLists] | None = pydantic.Field(
        default=None, alias="snapshotVolumes"
    )
    source_indications: _base.Input[_base.InputList[SourceIndication]] | None = pydantic.Field(
        default=None, alias="sourceIndications"
    )
    source_uid: _base.Input[str] | None = pydantic.Field(default=None, alias="sourceUID")
    virtual_machine_snapshot_content_name: _base.Input[str] | None = pydantic.Field(
        default=None, alias="virtualMachineSnapshotContentName"
    )


class VirtualMachineTemplateSpec(_base.KubeModel):
    metadata: _base.Input[k8s_meta_v1.ObjectMeta] | None = pydantic.Field(default=None, alias="metadata")
    spec: _base.Input[kubevirt_v1.VirtualMachineSpec] | None = pydantic.Field(default=None, alias="spec")


class VolumeBackup(_base.KubeModel):
    persistent_volume_claim: _base.Input[PersistentVolumeClaim] = pydantic.Field(
        alias="persistentVolumeClaim"
    )
    volume_name: _base.Input[str] = pydantic.Field(alias="volumeName")
    volume_snapshot_name: _base.Input[str] | None = pydantic.Field(default=None, alias="volumeSnapshotName")


class VolumePreferences(_base.KubeModel):
    preferred_storage_class_name: _base.Input[str] | None = pydantic.Field(
        default=None, alias="preferredStorageClassName"
    )


class VolumeRestore(_base.KubeModel):
    data_volume_name: _base.Input[str] | None = pydantic.Field(default=None, alias="dataVolumeName")
    persistent_volume_claim: _base.Input[str] = pydantic.Field(alias="persistentVolumeClaim")
    volume_name: _base.Input[str] = pydantic.Field(alias="volumeName")
    volume_snapshot_name: _base.Input[str] = pydantic.Field(alias="volumeSnapshotName")


class VolumeRestoreOverride(_base.KubeModel):
    annotations: _base.Input[_base.InputMap[str]] | None = pydantic.Field(default=None, alias="annotations")
    labels: _base.Input[_base.InputMap[str]] | None = pydantic.Field(default=None, alias="labels")
    restore_name: _base.Input[str] | None = pydantic.Field(default=None, alias="restoreName")
    volume_name: _base.Input[str] | None = pydantic.Field(default=None, alias="volumeName")


class VolumeSnapshotStatus(_base.KubeModel):
    creation_time: _base.Input[str] | None = pydantic.Field(default=None, alias="creationTime")
    error: _base.Input[Error] | None = pydantic.Field(default=None, alias="error")
    ready_to_use: _base.Input[bool] | None = pydantic.Field(default=None, alias="readyToUse")
    volume_snapshot_name: _base.Input[str] = pydantic.Field(alias="volumeSnapshotName")


from pulumi_kubevirt_models.generated import (  # noqa: E402  (cyclic; see above)
    k8s_core_v1,
    k8s_meta_v1,
    kubevirt_v1,
)
