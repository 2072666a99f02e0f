# generated — regenerate, don't edit
# Written by scripts/codegen/generate.py from
#   kubevirt-v1.9.0/swagger.json (sha256 2c12b9c092941cff)
"""KubeVirt v1beta1 API types (instancetype, pool, snapshot, clone; vendored CDI types)."""

from __future__ import annotations

from typing import ClassVar, Literal

import pydantic

from pulumi_kubevirt_models import base, enums, quantity

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


class CPUInstancetype(base.KubeModel):
    dedicated_cpu_placement: base.Input[bool] | None = pydantic.Field(
        default=None, alias="dedicatedCPUPlacement"
    )
    guest: base.Input[int] = pydantic.Field(alias="guest")
    isolate_emulator_thread: base.Input[bool] | None = pydantic.Field(
        default=None, alias="isolateEmulatorThread"
    )
    max_sockets: base.Input[int] | None = pydantic.Field(default=None, alias="maxSockets")
    model: base.Input[str] | None = pydantic.Field(default=None, alias="model")
    numa: base.Input[kubevirt_v1.NUMA] | None = pydantic.Field(default=None, alias="numa")
    realtime: base.Input[kubevirt_v1.Realtime] | None = pydantic.Field(default=None, alias="realtime")


class CPUPreferenceRequirement(base.KubeModel):
    guest: base.Input[int] = pydantic.Field(alias="guest")


class CPUPreferences(base.KubeModel):
    preferred_cpu_features: base.Input[base.InputList[kubevirt_v1.CPUFeature]] | None = pydantic.Field(
        default=None, alias="preferredCPUFeatures"
    )
    preferred_cpu_topology: base.Input[str] | None = pydantic.Field(
        default=None, alias="preferredCPUTopology"
    )
    spread_options: base.Input[SpreadOptions] | None = pydantic.Field(default=None, alias="spreadOptions")


class ClockPreferences(base.KubeModel):
    preferred_clock_offset: base.Input[kubevirt_v1.ClockOffset] | None = pydantic.Field(
        default=None, alias="preferredClockOffset"
    )
    preferred_timer: base.Input[kubevirt_v1.Timer] | None = pydantic.Field(
        default=None, alias="preferredTimer"
    )


class Condition(base.KubeModel):
    last_probe_time: base.Input[str] | None = pydantic.Field(default=None, alias="lastProbeTime")
    last_transition_time: base.Input[str] | None = pydantic.Field(default=None, alias="lastTransitionTime")
    message: base.Input[str] | None = pydantic.Field(default=None, alias="message")
    reason: base.Input[str] | None = pydantic.Field(default=None, alias="reason")
    status: base.Input[str] = pydantic.Field(alias="status")
    type: base.Input[str] = pydantic.Field(alias="type")


class DataVolumeBlankImage(base.KubeModel):
    pass


class DataVolumeCheckpoint(base.KubeModel):
    current: base.Input[str] = pydantic.Field(alias="current")
    previous: base.Input[str] = pydantic.Field(alias="previous")


class DataVolumeSource(base.KubeModel):
    blank: base.Input[DataVolumeBlankImage] | None = pydantic.Field(default=None, alias="blank")
    gcs: base.Input[DataVolumeSourceGCS] | None = pydantic.Field(default=None, alias="gcs")
    http: base.Input[DataVolumeSourceHTTP] | None = pydantic.Field(default=None, alias="http")
    imageio: base.Input[DataVolumeSourceImageIO] | None = pydantic.Field(default=None, alias="imageio")
    pvc: base.Input[DataVolumeSourcePVC] | None = pydantic.Field(default=None, alias="pvc")
    registry: base.Input[DataVolumeSourceRegistry] | None = pydantic.Field(default=None, alias="registry")
    s3: base.Input[DataVolumeSourceS3] | None = pydantic.Field(default=None, alias="s3")
    snapshot: base.Input[DataVolumeSourceSnapshot] | None = pydantic.Field(default=None, alias="snapshot")
    upload: base.Input[DataVolumeSourceUpload] | None = pydantic.Field(default=None, alias="upload")
    vddk: base.Input[DataVolumeSourceVDDK] | None = pydantic.Field(default=None, alias="vddk")


class DataVolumeSourceGCS(base.KubeModel):
    secret_ref: base.Input[str] | None = pydantic.Field(default=None, alias="secretRef")
    url: base.Input[str] = pydantic.Field(alias="url")


class DataVolumeSourceHTTP(base.KubeModel):
    cert_config_map: base.Input[str] | None = pydantic.Field(default=None, alias="certConfigMap")
    extra_headers: base.Input[base.InputList[str]] | None = pydantic.Field(default=None, alias="extraHeaders")
    secret_extra_headers: base.Input[base.InputList[str]] | None = pydantic.Field(
        default=None, alias="secretExtraHeaders"
    )
    secret_ref: base.Input[str] | None = pydantic.Field(default=None, alias="secretRef")
    url: base.Input[str] = pydantic.Field(alias="url")


class DataVolumeSourceImageIO(base.KubeModel):
    cert_config_map: base.Input[str] | None = pydantic.Field(default=None, alias="certConfigMap")
    disk_id: base.Input[str] = pydantic.Field(alias="diskId")
    insecure_skip_verify: base.Input[bool] | None = pydantic.Field(default=None, alias="insecureSkipVerify")
    secret_ref: base.Input[str] | None = pydantic.Field(default=None, alias="secretRef")
    url: base.Input[str] = pydantic.Field(alias="url")


class DataVolumeSourcePVC(base.KubeModel):
    name: base.Input[str] = pydantic.Field(alias="name")
    namespace: base.Input[str] = pydantic.Field(alias="namespace")


class DataVolumeSourceRef(base.KubeModel):
    kind: base.Input[str] = pydantic.Field(alias="kind")
    name: base.Input[str] = pydantic.Field(alias="name")
    namespace: base.Input[str] | None = pydantic.Field(default=None, alias="namespace")


class DataVolumeSourceRegistry(base.KubeModel):
    cert_config_map: base.Input[str] | None = pydantic.Field(default=None, alias="certConfigMap")
    image_stream: base.Input[str] | None = pydantic.Field(default=None, alias="imageStream")
    platform: base.Input[PlatformOptions] | None = pydantic.Field(default=None, alias="platform")
    pull_method: base.Input[str] | None = pydantic.Field(default=None, alias="pullMethod")
    secret_ref: base.Input[str] | None = pydantic.Field(default=None, alias="secretRef")
    url: base.Input[str] | None = pydantic.Field(default=None, alias="url")


class DataVolumeSourceS3(base.KubeModel):
    cert_config_map: base.Input[str] | None = pydantic.Field(default=None, alias="certConfigMap")
    secret_ref: base.Input[str] | None = pydantic.Field(default=None, alias="secretRef")
    url: base.Input[str] = pydantic.Field(alias="url")


class DataVolumeSourceSnapshot(base.KubeModel):
    name: base.Input[str] = pydantic.Field(alias="name")
    namespace: base.Input[str] = pydantic.Field(alias="namespace")


class DataVolumeSourceUpload(base.KubeModel):
    pass


class DataVolumeSourceVDDK(base.KubeModel):
    backing_file: base.Input[str] | None = pydantic.Field(default=None, alias="backingFile")
    extra_args: base.Input[str] | None = pydantic.Field(default=None, alias="extraArgs")
    init_image_url: base.Input[str] | None = pydantic.Field(default=None, alias="initImageURL")
    secret_ref: base.Input[str] | None = pydantic.Field(default=None, alias="secretRef")
    thumbprint: base.Input[str] | None = pydantic.Field(default=None, alias="thumbprint")
    url: base.Input[str] | None = pydantic.Field(default=None, alias="url")
    uuid: base.Input[str] | None = pydantic.Field(default=None, alias="uuid")


class DataVolumeSpec(base.KubeModel):
    checkpoints: base.Input[base.InputList[DataVolumeCheckpoint]] | None = pydantic.Field(
        default=None, alias="checkpoints"
    )
    content_type: base.Input[enums.DataVolumeContentType] | None = pydantic.Field(
        default=None, alias="contentType"
    )
    final_checkpoint: base.Input[bool] | None = pydantic.Field(default=None, alias="finalCheckpoint")
    preallocation: base.Input[bool] | None = pydantic.Field(default=None, alias="preallocation")
    priority_class_name: base.Input[str] | None = pydantic.Field(default=None, alias="priorityClassName")
    pvc: base.Input[k8s_core_v1.PersistentVolumeClaimSpec] | None = pydantic.Field(default=None, alias="pvc")
    source: base.Input[DataVolumeSource] | None = pydantic.Field(default=None, alias="source")
    source_ref: base.Input[DataVolumeSourceRef] | None = pydantic.Field(default=None, alias="sourceRef")
    storage: base.Input[StorageSpec] | None = pydantic.Field(default=None, alias="storage")


class DevicePreferences(base.KubeModel):
    preferred_autoattach_graphics_device: base.Input[bool] | None = pydantic.Field(
        default=None, alias="preferredAutoattachGraphicsDevice"
    )
    preferred_autoattach_input_device: base.Input[bool] | None = pydantic.Field(
        default=None, alias="preferredAutoattachInputDevice"
    )
    preferred_autoattach_mem_balloon: base.Input[bool] | None = pydantic.Field(
        default=None, alias="preferredAutoattachMemBalloon"
    )
    preferred_autoattach_pod_interface: base.Input[bool] | None = pydantic.Field(
        default=None, alias="preferredAutoattachPodInterface"
    )
    preferred_autoattach_serial_console: base.Input[bool] | None = pydantic.Field(
        default=None, alias="preferredAutoattachSerialConsole"
    )
    preferred_block_multi_queue: base.Input[bool] | None = pydantic.Field(
        default=None, alias="preferredBlockMultiQueue"
    )
    preferred_cdrom_bus: base.Input[str] | None = pydantic.Field(default=None, alias="preferredCdromBus")
    preferred_disable_hotplug: base.Input[bool] | None = pydantic.Field(
        default=None, alias="preferredDisableHotplug"
    )
    preferred_disk_block_size: base.Input[kubevirt_v1.BlockSize] | None = pydantic.Field(
        default=None, alias="preferredDiskBlockSize"
    )
    preferred_disk_bus: base.Input[str] | None = pydantic.Field(default=None, alias="preferredDiskBus")
    preferred_disk_cache: base.Input[str] | None = pydantic.Field(default=None, alias="preferredDiskCache")
    preferred_disk_dedicated_io_thread: base.Input[bool] | None = pydantic.Field(
        default=None, alias="preferredDiskDedicatedIoThread"
    )
    preferred_disk_io: base.Input[str] | None = pydantic.Field(default=None, alias="preferredDiskIO")
    preferred_input_bus: base.Input[str] | None = pydantic.Field(default=None, alias="preferredInputBus")
    preferred_input_type: base.Input[str] | None = pydantic.Field(default=None, alias="preferredInputType")
    preferred_interface_masquerade: base.Input[kubevirt_v1.InterfaceMasquerade] | None = pydantic.Field(
        default=None, alias="preferredInterfaceMasquerade"
    )
    preferred_interface_model: base.Input[str] | None = pydantic.Field(
        default=None, alias="preferredInterfaceModel"
    )
    preferred_lun_bus: base.Input[str] | None = pydantic.Field(default=None, alias="preferredLunBus")
    preferred_network_interface_multi_queue: base.Input[bool] | None = pydantic.Field(
        default=None, alias="preferredNetworkInterfaceMultiQueue"
    )
    preferred_panic_device_model: base.Input[str] | None = pydantic.Field(
        default=None, alias="preferredPanicDeviceModel"
    )
    preferred_rng: base.Input[kubevirt_v1.Rng] | None = pydantic.Field(default=None, alias="preferredRng")
    preferred_sound_model: base.Input[str] | None = pydantic.Field(default=None, alias="preferredSoundModel")
    preferred_tpm: base.Input[kubevirt_v1.TPMDevice] | None = pydantic.Field(
        default=None, alias="preferredTPM"
    )
    preferred_use_virtio_transitional: base.Input[bool] | None = pydantic.Field(
        default=None, alias="preferredUseVirtioTransitional"
    )
    preferred_video_type: base.Input[str] | None = pydantic.Field(default=None, alias="preferredVideoType")
    preferred_virtual_gpu_options: base.Input[kubevirt_v1.VGPUOptions] | None = pydantic.Field(
        default=None, alias="preferredVirtualGPUOptions"
    )


class Error(base.KubeModel):
    message: base.Input[str] | None = pydantic.Field(default=None, alias="message")
    time: base.Input[str] | None = pydantic.Field(default=None, alias="time")


class FeaturePreferences(base.KubeModel):
    preferred_acpi: base.Input[kubevirt_v1.FeatureState] | None = pydantic.Field(
        default=None, alias="preferredAcpi"
    )
    preferred_apic: base.Input[kubevirt_v1.FeatureAPIC] | None = pydantic.Field(
        default=None, alias="preferredApic"
    )
    preferred_hyperv: base.Input[kubevirt_v1.FeatureHyperv] | None = pydantic.Field(
        default=None, alias="preferredHyperv"
    )
    preferred_kvm: base.Input[kubevirt_v1.FeatureKVM] | None = pydantic.Field(
        default=None, alias="preferredKvm"
    )
    preferred_pvspinlock: base.Input[kubevirt_v1.FeatureState] | None = pydantic.Field(
        default=None, alias="preferredPvspinlock"
    )
    preferred_smm: base.Input[kubevirt_v1.FeatureState] | None = pydantic.Field(
        default=None, alias="preferredSmm"
    )


class FirmwarePreferences(base.KubeModel):
    preferred_efi: base.Input[kubevirt_v1.EFI] | None = pydantic.Field(default=None, alias="preferredEfi")
    preferred_use_bios: base.Input[bool] | None = pydantic.Field(default=None, alias="preferredUseBios")
    preferred_use_bios_serial: base.Input[bool] | None = pydantic.Field(
        default=None, alias="preferredUseBiosSerial"
    )
    preferred_use_efi: base.Input[bool] | None = pydantic.Field(default=None, alias="preferredUseEfi")
    preferred_use_secure_boot: base.Input[bool] | None = pydantic.Field(
        default=None, alias="preferredUseSecureBoot"
    )


class MachinePreferences(base.KubeModel):
    preferred_machine_type: base.Input[str] | None = pydantic.Field(
        default=None, alias="preferredMachineType"
    )


class MemoryInstancetype(base.KubeModel):
    guest: base.Input[quantity.Quantity] = pydantic.Field(alias="guest")
    hugepages: base.Input[kubevirt_v1.Hugepages] | None = pydantic.Field(default=None, alias="hugepages")
    max_guest: base.Input[quantity.Quantity] | None = pydantic.Field(default=None, alias="maxGuest")
    overcommit_percent: base.Input[int] | None = pydantic.Field(default=None, alias="overcommitPercent")


class MemoryPreferenceRequirement(base.KubeModel):
    guest: base.Input[quantity.Quantity] = pydantic.Field(alias="guest")


class PersistentVolumeClaim(base.KubeModel):
    metadata: base.Input[k8s_meta_v1.ObjectMeta] | None = pydantic.Field(default=None, alias="metadata")
    spec: base.Input[k8s_core_v1.PersistentVolumeClaimSpec] | None = pydantic.Field(
        default=None, alias="spec"
    )


class PlatformOptions(base.KubeModel):
    architecture: base.Input[str] | None = pydantic.Field(default=None, alias="architecture")


class PreferenceRequirements(base.KubeModel):
    architecture: base.Input[str] | None = pydantic.Field(default=None, alias="architecture")
    cpu: base.Input[CPUPreferenceRequirement] | None = pydantic.Field(default=None, alias="cpu")
    memory: base.Input[MemoryPreferenceRequirement] | None = pydantic.Field(default=None, alias="memory")


class SnapshotVolumesLists(base.KubeModel):
    excluded_volumes: base.Input[base.InputList[str]] | None = pydantic.Field(
        default=None, alias="excludedVolumes"
    )
    included_volumes: base.Input[base.InputList[str]] | None = pydantic.Field(
        default=None, alias="includedVolumes"
    )


class SourceIndication(base.KubeModel):
    indication: base.Input[str] = pydantic.Field(alias="indication")
    message: base.Input[str] = pydantic.Field(alias="message")


class SourceSpec(base.KubeModel):
    virtual_machine: base.Input[VirtualMachine] | None = pydantic.Field(default=None, alias="virtualMachine")


class SpreadOptions(base.KubeModel):
    across: base.Input[str] | None = pydantic.Field(default=None, alias="across")
    ratio: base.Input[int] | None = pydantic.Field(default=None, alias="ratio")


class StorageSpec(base.KubeModel):
    access_modes: (
        base.Input[base.InputList[Literal[
            "ReadOnlyMany",
            "ReadWriteMany",
            "ReadWriteOnce",
            "ReadWriteOncePod",
        ]]] | None
    ) = pydantic.Field(default=None, alias="accessModes")
    data_source: base.Input[k8s_core_v1.TypedLocalObjectReference] | None = pydantic.Field(
        default=None, alias="dataSource"
    )
    data_source_ref: base.Input[k8s_core_v1.TypedObjectReference] | None = pydantic.Field(
        default=None, alias="dataSourceRef"
    )
    resources: base.Input[k8s_core_v1.VolumeResourceRequirements] | None = pydantic.Field(
        default=None, alias="resources"
    )
    selector: base.Input[k8s_meta_v1.LabelSelector] | None = pydantic.Field(default=None, alias="selector")
    storage_class_name: base.Input[str] | None = pydantic.Field(default=None, alias="storageClassName")
    volume_mode: base.Input[Literal["Block", "Filesystem", "FromStorageProfile"]] | None = pydantic.Field(
        default=None, alias="volumeMode"
    )
    volume_name: base.Input[str] | None = pydantic.Field(default=None, alias="volumeName")


class VirtualMachine(base.KubeModel):
    metadata: base.Input[k8s_meta_v1.ObjectMeta] | None = pydantic.Field(default=None, alias="metadata")
    spec: base.Input[kubevirt_v1.VirtualMachineSpec] | None = pydantic.Field(default=None, alias="spec")
    status: base.Input[kubevirt_v1.VirtualMachineStatus] | None = pydantic.Field(default=None, alias="status")


class VirtualMachineClone(base.KubeModel):
    __kube_gvk__: ClassVar[tuple[str, str] | None] = ("clone.kubevirt.io/v1beta1", "VirtualMachineClone")
    api_version: base.Input[str] | None = pydantic.Field(default=None, alias="apiVersion")
    kind: base.Input[str] | None = pydantic.Field(default=None, alias="kind")
    metadata: base.Input[k8s_meta_v1.ObjectMeta] | None = pydantic.Field(default=None, alias="metadata")
    spec: base.Input[VirtualMachineCloneSpec] = pydantic.Field(alias="spec")
    status: base.Input[VirtualMachineCloneStatus] | None = pydantic.Field(default=None, alias="status")


class VirtualMachineCloneList(base.KubeModel):
    api_version: base.Input[str] | None = pydantic.Field(default=None, alias="apiVersion")
    items: base.Input[base.InputList[VirtualMachineClone]] = pydantic.Field(alias="items")
    kind: base.Input[str] | None = pydantic.Field(default=None, alias="kind")
    metadata: base.Input[k8s_meta_v1.ListMeta] | None = pydantic.Field(default=None, alias="metadata")


class VirtualMachineCloneSpec(base.KubeModel):
    annotation_filters: base.Input[base.InputList[str]] | None = pydantic.Field(
        default=None, alias="annotationFilters"
    )
    label_filters: base.Input[base.InputList[str]] | None = pydantic.Field(default=None, alias="labelFilters")
    new_mac_addresses: base.Input[base.InputMap[str]] | None = pydantic.Field(
        default=None, alias="newMacAddresses"
    )
    new_sm_bios_serial: base.Input[str] | None = pydantic.Field(default=None, alias="newSMBiosSerial")
    patches: base.Input[base.InputList[str]] | None = pydantic.Field(default=None, alias="patches")
    source: base.Input[k8s_core_v1.TypedLocalObjectReference] = pydantic.Field(alias="source")
    target: base.Input[k8s_core_v1.TypedLocalObjectReference] | None = pydantic.Field(
        default=None, alias="target"
    )
    template: base.Input[VirtualMachineCloneTemplateFilters] | None = pydantic.Field(
        default=None, alias="template"
    )
    volume_name_policy: base.Input[str] | None = pydantic.Field(default=None, alias="volumeNamePolicy")


class VirtualMachineCloneStatus(base.KubeModel):
    conditions: base.Input[base.InputList[Condition]] | None = pydantic.Field(
        default=None, alias="conditions"
    )
    creation_time: base.Input[str] | None = pydantic.Field(default=None, alias="creationTime")
    phase: base.Input[str] | None = pydantic.Field(default=None, alias="phase")
    restore_name: base.Input[str] | None = pydantic.Field(default=None, alias="restoreName")
    snapshot_name: base.Input[str] | None = pydantic.Field(default=None, alias="snapshotName")
    target_name: base.Input[str] | None = pydantic.Field(default=None, alias="targetName")


class VirtualMachineCloneTemplateFilters(base.KubeModel):
    annotation_filters: base.Input[base.InputList[str]] | None = pydantic.Field(
        default=None, alias="annotationFilters"
    )
    label_filters: base.Input[base.InputList[str]] | None = pydantic.Field(default=None, alias="labelFilters")


class VirtualMachineClusterInstancetype(base.KubeModel):
    __kube_gvk__: ClassVar[tuple[str, str] | None] = (
        "instancetype.kubevirt.io/v1beta1",
        "VirtualMachineClusterInstancetype",
    )
    api_version: base.Input[str] | None = pydantic.Field(default=None, alias="apiVersion")
    kind: base.Input[str] | None = pydantic.Field(default=None, alias="kind")
    metadata: base.Input[k8s_meta_v1.ObjectMeta] | None = pydantic.Field(default=None, alias="metadata")
    spec: base.Input[VirtualMachineInstancetypeSpec] = pydantic.Field(alias="spec")


class VirtualMachineClusterInstancetypeList(base.KubeModel):
    api_version: base.Input[str] | None = pydantic.Field(default=None, alias="apiVersion")
    items: base.Input[base.InputList[VirtualMachineClusterInstancetype]] = pydantic.Field(alias="items")
    kind: base.Input[str] | None = pydantic.Field(default=None, alias="kind")
    metadata: base.Input[k8s_meta_v1.ListMeta] | None = pydantic.Field(default=None, alias="metadata")


class VirtualMachineClusterPreference(base.KubeModel):
    __kube_gvk__: ClassVar[tuple[str, str] | None] = (
        "instancetype.kubevirt.io/v1beta1",
        "VirtualMachineClusterPreference",
    )
    api_version: base.Input[str] | None = pydantic.Field(default=None, alias="apiVersion")
    kind: base.Input[str] | None = pydantic.Field(default=None, alias="kind")
    metadata: base.Input[k8s_meta_v1.ObjectMeta] | None = pydantic.Field(default=None, alias="metadata")
    spec: base.Input[VirtualMachinePreferenceSpec] = pydantic.Field(alias="spec")


class VirtualMachineClusterPreferenceList(base.KubeModel):
    api_version: base.Input[str] | None = pydantic.Field(default=None, alias="apiVersion")
    items: base.Input[base.InputList[VirtualMachineClusterPreference]] = pydantic.Field(alias="items")
    kind: base.Input[str] | None = pydantic.Field(default=None, alias="kind")
    metadata: base.Input[k8s_meta_v1.ListMeta] | None = pydantic.Field(default=None, alias="metadata")


class VirtualMachineInstancetype(base.KubeModel):
    __kube_gvk__: ClassVar[tuple[str, str] | None] = (
        "instancetype.kubevirt.io/v1beta1",
        "VirtualMachineInstancetype",
    )
    api_version: base.Input[str] | None = pydantic.Field(default=None, alias="apiVersion")
    kind: base.Input[str] | None = pydantic.Field(default=None, alias="kind")
    metadata: base.Input[k8s_meta_v1.ObjectMeta] | None = pydantic.Field(default=None, alias="metadata")
    spec: base.Input[VirtualMachineInstancetypeSpec] = pydantic.Field(alias="spec")


class VirtualMachineInstancetypeList(base.KubeModel):
    api_version: base.Input[str] | None = pydantic.Field(default=None, alias="apiVersion")
    items: base.Input[base.InputList[VirtualMachineInstancetype]] = pydantic.Field(alias="items")
    kind: base.Input[str] | None = pydantic.Field(default=None, alias="kind")
    metadata: base.Input[k8s_meta_v1.ListMeta] | None = pydantic.Field(default=None, alias="metadata")


class VirtualMachineInstancetypeSpec(base.KubeModel):
    annotations: base.Input[base.InputMap[str]] | None = pydantic.Field(default=None, alias="annotations")
    cpu: base.Input[CPUInstancetype] = pydantic.Field(alias="cpu")
    gpus: base.Input[base.InputList[kubevirt_v1.GPU]] | None = pydantic.Field(default=None, alias="gpus")
    host_devices: base.Input[base.InputList[kubevirt_v1.HostDevice]] | None = pydantic.Field(
        default=None, alias="hostDevices"
    )
    io_threads: base.Input[kubevirt_v1.DiskIOThreads] | None = pydantic.Field(default=None, alias="ioThreads")
    io_threads_policy: base.Input[str] | None = pydantic.Field(default=None, alias="ioThreadsPolicy")
    launch_security: base.Input[kubevirt_v1.LaunchSecurity] | None = pydantic.Field(
        default=None, alias="launchSecurity"
    )
    memory: base.Input[MemoryInstancetype] = pydantic.Field(alias="memory")
    node_selector: base.Input[base.InputMap[str]] | None = pydantic.Field(default=None, alias="nodeSelector")
    scheduler_name: base.Input[str] | None = pydantic.Field(default=None, alias="schedulerName")


class VirtualMachineOpportunisticUpdateStrategy(base.KubeModel):
    pass


class VirtualMachinePool(base.KubeModel):
    __kube_gvk__: ClassVar[tuple[str, str] | None] = ("pool.kubevirt.io/v1beta1", "VirtualMachinePool")
    api_version: base.Input[str] | None = pydantic.Field(default=None, alias="apiVersion")
    kind: base.Input[str] | None = pydantic.Field(default=None, alias="kind")
    metadata: base.Input[k8s_meta_v1.ObjectMeta] | None = pydantic.Field(default=None, alias="metadata")
    spec: base.Input[VirtualMachinePoolSpec] = pydantic.Field(alias="spec")
    status: base.Input[VirtualMachinePoolStatus] | None = pydantic.Field(default=None, alias="status")


class VirtualMachinePoolAutohealingStrategy(base.KubeModel):
    min_failing_to_start_duration: base.Input[str] | None = pydantic.Field(
        default=None, alias="minFailingToStartDuration"
    )
    start_up_failure_threshold: base.Input[int] | None = pydantic.Field(
        default=None, alias="startUpFailureThreshold"
    )


class VirtualMachinePoolCondition(base.KubeModel):
    last_probe_time: base.Input[str] | None = pydantic.Field(default=None, alias="lastProbeTime")
    last_transition_time: base.Input[str] | None = pydantic.Field(default=None, alias="lastTransitionTime")
    message: base.Input[str] | None = pydantic.Field(default=None, alias="message")
    reason: base.Input[str] | None = pydantic.Field(default=None, alias="reason")
    status: base.Input[str] = pydantic.Field(alias="status")
    type: base.Input[str] = pydantic.Field(alias="type")


class VirtualMachinePoolList(base.KubeModel):
    api_version: base.Input[str] | None = pydantic.Field(default=None, alias="apiVersion")
    items: base.Input[base.InputList[VirtualMachinePool]] = pydantic.Field(alias="items")
    kind: base.Input[str] | None = pydantic.Field(default=None, alias="kind")
    metadata: base.Input[k8s_meta_v1.ListMeta] | None = pydantic.Field(default=None, alias="metadata")


class VirtualMachinePoolNameGeneration(base.KubeModel):
    append_index_to_config_map_refs: base.Input[bool] | None = pydantic.Field(
        default=None, alias="appendIndexToConfigMapRefs"
    )
    append_index_to_secret_refs: base.Input[bool] | None = pydantic.Field(
        default=None, alias="appendIndexToSecretRefs"
    )


class VirtualMachinePoolOpportunisticScaleInStrategy(base.KubeModel):
    state_preservation: base.Input[str] | None = pydantic.Field(default=None, alias="statePreservation")


class VirtualMachinePoolProactiveScaleInStrategy(base.KubeModel):
    selection_policy: base.Input[VirtualMachinePoolSelectionPolicy] | None = pydantic.Field(
        default=None, alias="selectionPolicy"
    )
    state_preservation: base.Input[str] | None = pydantic.Field(default=None, alias="statePreservation")


class VirtualMachinePoolProactiveUpdateStrategy(base.KubeModel):
    selection_policy: base.Input[VirtualMachinePoolSelectionPolicy] | None = pydantic.Field(
        default=None, alias="selectionPolicy"
    )


class VirtualMachinePoolScaleInStrategy(base.KubeModel):
    opportunistic: base.Input[VirtualMachinePoolOpportunisticScaleInStrategy] | None = pydantic.Field(
        default=None, alias="opportunistic"
    )
    proactive: base.Input[VirtualMachinePoolProactiveScaleInStrategy] | None = pydantic.Field(
        default=None, alias="proactive"
    )
    unmanaged: base.Input[VirtualMachinePoolUnmanagedStrategy] | None = pydantic.Field(
        default=None, alias="unmanaged"
    )


class VirtualMachinePoolSelectionPolicy(base.KubeModel):
    selectors: base.Input[VirtualMachinePoolSelectors] | None = pydantic.Field(
        default=None, alias="selectors"
    )
    sort_policy: base.Input[str] | None = pydantic.Field(default=None, alias="sortPolicy")


class VirtualMachinePoolSelectors(base.KubeModel):
    label_selector: base.Input[k8s_meta_v1.LabelSelector] | None = pydantic.Field(
        default=None, alias="labelSelector"
    )
    node_selector_requirement_matcher: (
        base.Input[base.InputList[k8s_core_v1.NodeSelectorRequirement]] | None
    ) = pydantic.Field(default=None, alias="nodeSelectorRequirementMatcher")


class VirtualMachinePoolSpec(base.KubeModel):
    autohealing: base.Input[VirtualMachinePoolAutohealingStrategy] | None = pydantic.Field(
        default=None, alias="autohealing"
    )
    max_unavailable: base.Input[base.IntOrString] | None = pydantic.Field(
        default=None, alias="maxUnavailable"
    )
    name_generation: base.Input[VirtualMachinePoolNameGeneration] | None = pydantic.Field(
        default=None, alias="nameGeneration"
    )
    paused: base.Input[bool] | None = pydantic.Field(default=None, alias="paused")
    replicas: base.Input[int] | None = pydantic.Field(default=None, alias="replicas")
    scale_in_strategy: base.Input[VirtualMachinePoolScaleInStrategy] | None = pydantic.Field(
        default=None, alias="scaleInStrategy"
    )
    selector: base.Input[k8s_meta_v1.LabelSelector] = pydantic.Field(alias="selector")
    update_strategy: base.Input[VirtualMachinePoolUpdateStrategy] | None = pydantic.Field(
        default=None, alias="updateStrategy"
    )
    virtual_machine_template: base.Input[VirtualMachineTemplateSpec] = pydantic.Field(
        alias="virtualMachineTemplate"
    )


class VirtualMachinePoolStatus(base.KubeModel):
    conditions: base.Input[base.InputList[VirtualMachinePoolCondition]] | None = pydantic.Field(
        default=None, alias="conditions"
    )
    label_selector: base.Input[str] | None = pydantic.Field(default=None, alias="labelSelector")
    ready_replicas: base.Input[int] | None = pydantic.Field(default=None, alias="readyReplicas")
    replicas: base.Input[int] | None = pydantic.Field(default=None, alias="replicas")


class VirtualMachinePoolUnmanagedStrategy(base.KubeModel):
    pass


class VirtualMachinePoolUpdateStrategy(base.KubeModel):
    opportunistic: base.Input[VirtualMachineOpportunisticUpdateStrategy] | None = pydantic.Field(
        default=None, alias="opportunistic"
    )
    proactive: base.Input[VirtualMachinePoolProactiveUpdateStrategy] | None = pydantic.Field(
        default=None, alias="proactive"
    )
    unmanaged: base.Input[VirtualMachinePoolUnmanagedStrategy] | None = pydantic.Field(
        default=None, alias="unmanaged"
    )


class VirtualMachinePreference(base.KubeModel):
    __kube_gvk__: ClassVar[tuple[str, str] | None] = (
        "instancetype.kubevirt.io/v1beta1",
        "VirtualMachinePreference",
    )
    api_version: base.Input[str] | None = pydantic.Field(default=None, alias="apiVersion")
    kind: base.Input[str] | None = pydantic.Field(default=None, alias="kind")
    metadata: base.Input[k8s_meta_v1.ObjectMeta] | None = pydantic.Field(default=None, alias="metadata")
    spec: base.Input[VirtualMachinePreferenceSpec] = pydantic.Field(alias="spec")


class VirtualMachinePreferenceList(base.KubeModel):
    api_version: base.Input[str] | None = pydantic.Field(default=None, alias="apiVersion")
    items: base.Input[base.InputList[VirtualMachinePreference]] = pydantic.Field(alias="items")
    kind: base.Input[str] | None = pydantic.Field(default=None, alias="kind")
    metadata: base.Input[k8s_meta_v1.ListMeta] | None = pydantic.Field(default=None, alias="metadata")


class VirtualMachinePreferenceSpec(base.KubeModel):
    annotations: base.Input[base.InputMap[str]] | None = pydantic.Field(default=None, alias="annotations")
    clock: base.Input[ClockPreferences] | None = pydantic.Field(default=None, alias="clock")
    cpu: base.Input[CPUPreferences] | None = pydantic.Field(default=None, alias="cpu")
    devices: base.Input[DevicePreferences] | None = pydantic.Field(default=None, alias="devices")
    features: base.Input[FeaturePreferences] | None = pydantic.Field(default=None, alias="features")
    firmware: base.Input[FirmwarePreferences] | None = pydantic.Field(default=None, alias="firmware")
    machine: base.Input[MachinePreferences] | None = pydantic.Field(default=None, alias="machine")
    prefer_spread_socket_to_core_ratio: base.Input[int] | None = pydantic.Field(
        default=None, alias="preferSpreadSocketToCoreRatio"
    )
    preferred_architecture: base.Input[str] | None = pydantic.Field(
        default=None, alias="preferredArchitecture"
    )
    preferred_launch_security: base.Input[kubevirt_v1.LaunchSecurity] | None = pydantic.Field(
        default=None, alias="preferredLaunchSecurity"
    )
    preferred_subdomain: base.Input[str] | None = pydantic.Field(default=None, alias="preferredSubdomain")
    preferred_termination_grace_period_seconds: base.Input[int] | None = pydantic.Field(
        default=None, alias="preferredTerminationGracePeriodSeconds"
    )
    requirements: base.Input[PreferenceRequirements] | None = pydantic.Field(
        default=None, alias="requirements"
    )
    volumes: base.Input[VolumePreferences] | None = pydantic.Field(default=None, alias="volumes")


class VirtualMachineRestore(base.KubeModel):
    __kube_gvk__: ClassVar[tuple[str, str] | None] = ("snapshot.kubevirt.io/v1beta1", "VirtualMachineRestore")
    api_version: base.Input[str] | None = pydantic.Field(default=None, alias="apiVersion")
    kind: base.Input[str] | None = pydantic.Field(default=None, alias="kind")
    metadata: base.Input[k8s_meta_v1.ObjectMeta] | None = pydantic.Field(default=None, alias="metadata")
    spec: base.Input[VirtualMachineRestoreSpec] = pydantic.Field(alias="spec")
    status: base.Input[VirtualMachineRestoreStatus] | None = pydantic.Field(default=None, alias="status")


class VirtualMachineRestoreList(base.KubeModel):
    api_version: base.Input[str] | None = pydantic.Field(default=None, alias="apiVersion")
    items: base.Input[base.InputList[VirtualMachineRestore]] = pydantic.Field(alias="items")
    kind: base.Input[str] | None = pydantic.Field(default=None, alias="kind")
    metadata: base.Input[k8s_meta_v1.ListMeta] = pydantic.Field(alias="metadata")


class VirtualMachineRestoreSpec(base.KubeModel):
    patches: base.Input[base.InputList[str]] | None = pydantic.Field(default=None, alias="patches")
    target: base.Input[k8s_core_v1.TypedLocalObjectReference] = pydantic.Field(alias="target")
    target_readiness_policy: base.Input[str] | None = pydantic.Field(
        default=None, alias="targetReadinessPolicy"
    )
    virtual_machine_snapshot_name: base.Input[str] = pydantic.Field(alias="virtualMachineSnapshotName")
    volume_ownership_policy: base.Input[str] | None = pydantic.Field(
        default=None, alias="volumeOwnershipPolicy"
    )
    volume_restore_overrides: base.Input[base.InputList[VolumeRestoreOverride]] | None = pydantic.Field(
        default=None, alias="volumeRestoreOverrides"
    )
    volume_restore_policy: base.Input[str] | None = pydantic.Field(default=None, alias="volumeRestorePolicy")


class VirtualMachineRestoreStatus(base.KubeModel):
    complete: base.Input[bool] | None = pydantic.Field(default=None, alias="complete")
    conditions: base.Input[base.InputList[Condition]] | None = pydantic.Field(
        default=None, alias="conditions"
    )
    deleted_data_volumes: base.Input[base.InputList[str]] | None = pydantic.Field(
        default=None, alias="deletedDataVolumes"
    )
    restore_time: base.Input[str] | None = pydantic.Field(default=None, alias="restoreTime")
    restores: base.Input[base.InputList[VolumeRestore]] | None = pydantic.Field(
        default=None, alias="restores"
    )


class VirtualMachineSnapshot(base.KubeModel):
    __kube_gvk__: ClassVar[tuple[str, str] | None] = (
        "snapshot.kubevirt.io/v1beta1",
        "VirtualMachineSnapshot",
    )
    api_version: base.Input[str] | None = pydantic.Field(default=None, alias="apiVersion")
    kind: base.Input[str] | None = pydantic.Field(default=None, alias="kind")
    metadata: base.Input[k8s_meta_v1.ObjectMeta] | None = pydantic.Field(default=None, alias="metadata")
    spec: base.Input[VirtualMachineSnapshotSpec] = pydantic.Field(alias="spec")
    status: base.Input[VirtualMachineSnapshotStatus] | None = pydantic.Field(default=None, alias="status")


class VirtualMachineSnapshotContent(base.KubeModel):
    __kube_gvk__: ClassVar[tuple[str, str] | None] = (
        "snapshot.kubevirt.io/v1beta1",
        "VirtualMachineSnapshotContent",
    )
    api_version: base.Input[str] | None = pydantic.Field(default=None, alias="apiVersion")
    kind: base.Input[str] | None = pydantic.Field(default=None, alias="kind")
    metadata: base.Input[k8s_meta_v1.ObjectMeta] | None = pydantic.Field(default=None, alias="metadata")
    spec: base.Input[VirtualMachineSnapshotContentSpec] = pydantic.Field(alias="spec")
    status: base.Input[VirtualMachineSnapshotContentStatus] | None = pydantic.Field(
        default=None, alias="status"
    )


class VirtualMachineSnapshotContentList(base.KubeModel):
    api_version: base.Input[str] | None = pydantic.Field(default=None, alias="apiVersion")
    items: base.Input[base.InputList[VirtualMachineSnapshotContent]] = pydantic.Field(alias="items")
    kind: base.Input[str] | None = pydantic.Field(default=None, alias="kind")
    metadata: base.Input[k8s_meta_v1.ListMeta] = pydantic.Field(alias="metadata")


class VirtualMachineSnapshotContentSpec(base.KubeModel):
    source: base.Input[SourceSpec] = pydantic.Field(alias="source")
    virtual_machine_snapshot_name: base.Input[str] | None = pydantic.Field(
        default=None, alias="virtualMachineSnapshotName"
    )
    volume_backups: base.Input[base.InputList[VolumeBackup]] | None = pydantic.Field(
        default=None, alias="volumeBackups"
    )


class VirtualMachineSnapshotContentStatus(base.KubeModel):
    creation_time: base.Input[str] | None = pydantic.Field(default=None, alias="creationTime")
    error: base.Input[Error] | None = pydantic.Field(default=None, alias="error")
    ready_to_use: base.Input[bool] | None = pydantic.Field(default=None, alias="readyToUse")
    volume_snapshot_status: base.Input[base.InputList[VolumeSnapshotStatus]] | None = pydantic.Field(
        default=None, alias="volumeSnapshotStatus"
    )


class VirtualMachineSnapshotList(base.KubeModel):
    api_version: base.Input[str] | None = pydantic.Field(default=None, alias="apiVersion")
    items: base.Input[base.InputList[VirtualMachineSnapshot]] = pydantic.Field(alias="items")
    kind: base.Input[str] | None = pydantic.Field(default=None, alias="kind")
    metadata: base.Input[k8s_meta_v1.ListMeta] = pydantic.Field(alias="metadata")


class VirtualMachineSnapshotSpec(base.KubeModel):
    deletion_policy: base.Input[str] | None = pydantic.Field(default=None, alias="deletionPolicy")
    failure_deadline: base.Input[str] | None = pydantic.Field(default=None, alias="failureDeadline")
    source: base.Input[k8s_core_v1.TypedLocalObjectReference] = pydantic.Field(alias="source")


class VirtualMachineSnapshotStatus(base.KubeModel):
    conditions: base.Input[base.InputList[Condition]] | None = pydantic.Field(
        default=None, alias="conditions"
    )
    creation_time: base.Input[str] | None = pydantic.Field(default=None, alias="creationTime")
    error: base.Input[Error] | None = pydantic.Field(default=None, alias="error")
    indications: base.Input[base.InputList[str]] | None = pydantic.Field(default=None, alias="indications")
    phase: base.Input[str] | None = pydantic.Field(default=None, alias="phase")
    ready_to_use: base.Input[bool] | None = pydantic.Field(default=None, alias="readyToUse")
    snapshot_volumes: base.Input[SnapshotVolumesLists] | None = pydantic.Field(
        default=None, alias="snapshotVolumes"
    )
    source_indications: base.Input[base.InputList[SourceIndication]] | None = pydantic.Field(
        default=None, alias="sourceIndications"
    )
    source_uid: base.Input[str] | None = pydantic.Field(default=None, alias="sourceUID")
    virtual_machine_snapshot_content_name: base.Input[str] | None = pydantic.Field(
        default=None, alias="virtualMachineSnapshotContentName"
    )


class VirtualMachineTemplateSpec(base.KubeModel):
    metadata: base.Input[k8s_meta_v1.ObjectMeta] | None = pydantic.Field(default=None, alias="metadata")
    spec: base.Input[kubevirt_v1.VirtualMachineSpec] | None = pydantic.Field(default=None, alias="spec")


class VolumeBackup(base.KubeModel):
    persistent_volume_claim: base.Input[PersistentVolumeClaim] = pydantic.Field(alias="persistentVolumeClaim")
    volume_name: base.Input[str] = pydantic.Field(alias="volumeName")
    volume_snapshot_name: base.Input[str] | None = pydantic.Field(default=None, alias="volumeSnapshotName")


class VolumePreferences(base.KubeModel):
    preferred_storage_class_name: base.Input[str] | None = pydantic.Field(
        default=None, alias="preferredStorageClassName"
    )


class VolumeRestore(base.KubeModel):
    data_volume_name: base.Input[str] | None = pydantic.Field(default=None, alias="dataVolumeName")
    persistent_volume_claim: base.Input[str] = pydantic.Field(alias="persistentVolumeClaim")
    volume_name: base.Input[str] = pydantic.Field(alias="volumeName")
    volume_snapshot_name: base.Input[str] = pydantic.Field(alias="volumeSnapshotName")


class VolumeRestoreOverride(base.KubeModel):
    annotations: base.Input[base.InputMap[str]] | None = pydantic.Field(default=None, alias="annotations")
    labels: base.Input[base.InputMap[str]] | None = pydantic.Field(default=None, alias="labels")
    restore_name: base.Input[str] | None = pydantic.Field(default=None, alias="restoreName")
    volume_name: base.Input[str] | None = pydantic.Field(default=None, alias="volumeName")


class VolumeSnapshotStatus(base.KubeModel):
    creation_time: base.Input[str] | None = pydantic.Field(default=None, alias="creationTime")
    error: base.Input[Error] | None = pydantic.Field(default=None, alias="error")
    ready_to_use: base.Input[bool] | None = pydantic.Field(default=None, alias="readyToUse")
    volume_snapshot_name: base.Input[str] = pydantic.Field(alias="volumeSnapshotName")


from pulumi_kubevirt_models.generated import (  # noqa: E402  (cyclic; see above)
    k8s_core_v1,
    k8s_meta_v1,
    kubevirt_v1,
)
