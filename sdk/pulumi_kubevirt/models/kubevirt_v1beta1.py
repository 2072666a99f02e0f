# generated — regenerate, don't edit
# Written by scripts/codegen/generate.py from
#   kubevirt-v1.9.0/swagger.json (sha256 2c12b9c092941cff)
"""KubeVirt v1beta1 API types (instancetype, pool, snapshot, clone; vendored CDI types)."""

from __future__ import annotations

from typing import ClassVar, Literal

import pydantic

from pulumi_kubevirt.models import _base, _quantity

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
    dedicated_cpu_placement: bool | None = pydantic.Field(default=None, alias="dedicatedCPUPlacement")
    guest: int = pydantic.Field(alias="guest")
    isolate_emulator_thread: bool | None = pydantic.Field(default=None, alias="isolateEmulatorThread")
    max_sockets: int | None = pydantic.Field(default=None, alias="maxSockets")
    model: str | None = pydantic.Field(default=None, alias="model")
    numa: kubevirt_v1.NUMA | None = pydantic.Field(default=None, alias="numa")
    realtime: kubevirt_v1.Realtime | None = pydantic.Field(default=None, alias="realtime")


class CPUPreferenceRequirement(_base.KubeModel):
    guest: int = pydantic.Field(alias="guest")


class CPUPreferences(_base.KubeModel):
    preferred_cpu_features: list[kubevirt_v1.CPUFeature] | None = pydantic.Field(
        default=None, alias="preferredCPUFeatures"
    )
    preferred_cpu_topology: str | None = pydantic.Field(default=None, alias="preferredCPUTopology")
    spread_options: SpreadOptions | None = pydantic.Field(default=None, alias="spreadOptions")


class ClockPreferences(_base.KubeModel):
    preferred_clock_offset: kubevirt_v1.ClockOffset | None = pydantic.Field(
        default=None, alias="preferredClockOffset"
    )
    preferred_timer: kubevirt_v1.Timer | None = pydantic.Field(default=None, alias="preferredTimer")


class Condition(_base.KubeModel):
    last_probe_time: str | None = pydantic.Field(default=None, alias="lastProbeTime")
    last_transition_time: str | None = pydantic.Field(default=None, alias="lastTransitionTime")
    message: str | None = pydantic.Field(default=None, alias="message")
    reason: str | None = pydantic.Field(default=None, alias="reason")
    status: str = pydantic.Field(alias="status")
    type: str = pydantic.Field(alias="type")


class DataVolumeBlankImage(_base.KubeModel):
    pass


class DataVolumeCheckpoint(_base.KubeModel):
    current: str = pydantic.Field(alias="current")
    previous: str = pydantic.Field(alias="previous")


class DataVolumeSource(_base.KubeModel):
    blank: DataVolumeBlankImage | None = pydantic.Field(default=None, alias="blank")
    gcs: DataVolumeSourceGCS | None = pydantic.Field(default=None, alias="gcs")
    http: DataVolumeSourceHTTP | None = pydantic.Field(default=None, alias="http")
    imageio: DataVolumeSourceImageIO | None = pydantic.Field(default=None, alias="imageio")
    pvc: DataVolumeSourcePVC | None = pydantic.Field(default=None, alias="pvc")
    registry: DataVolumeSourceRegistry | None = pydantic.Field(default=None, alias="registry")
    s3: DataVolumeSourceS3 | None = pydantic.Field(default=None, alias="s3")
    snapshot: DataVolumeSourceSnapshot | None = pydantic.Field(default=None, alias="snapshot")
    upload: DataVolumeSourceUpload | None = pydantic.Field(default=None, alias="upload")
    vddk: DataVolumeSourceVDDK | None = pydantic.Field(default=None, alias="vddk")


class DataVolumeSourceGCS(_base.KubeModel):
    secret_ref: str | None = pydantic.Field(default=None, alias="secretRef")
    url: str = pydantic.Field(alias="url")


class DataVolumeSourceHTTP(_base.KubeModel):
    cert_config_map: str | None = pydantic.Field(default=None, alias="certConfigMap")
    extra_headers: list[str] | None = pydantic.Field(default=None, alias="extraHeaders")
    secret_extra_headers: list[str] | None = pydantic.Field(default=None, alias="secretExtraHeaders")
    secret_ref: str | None = pydantic.Field(default=None, alias="secretRef")
    url: str = pydantic.Field(alias="url")


class DataVolumeSourceImageIO(_base.KubeModel):
    cert_config_map: str | None = pydantic.Field(default=None, alias="certConfigMap")
    disk_id: str = pydantic.Field(alias="diskId")
    insecure_skip_verify: bool | None = pydantic.Field(default=None, alias="insecureSkipVerify")
    secret_ref: str | None = pydantic.Field(default=None, alias="secretRef")
    url: str = pydantic.Field(alias="url")


class DataVolumeSourcePVC(_base.KubeModel):
    name: str = pydantic.Field(alias="name")
    namespace: str = pydantic.Field(alias="namespace")


class DataVolumeSourceRef(_base.KubeModel):
    kind: str = pydantic.Field(alias="kind")
    name: str = pydantic.Field(alias="name")
    namespace: str | None = pydantic.Field(default=None, alias="namespace")


class DataVolumeSourceRegistry(_base.KubeModel):
    cert_config_map: str | None = pydantic.Field(default=None, alias="certConfigMap")
    image_stream: str | None = pydantic.Field(default=None, alias="imageStream")
    platform: PlatformOptions | None = pydantic.Field(default=None, alias="platform")
    pull_method: str | None = pydantic.Field(default=None, alias="pullMethod")
    secret_ref: str | None = pydantic.Field(default=None, alias="secretRef")
    url: str | None = pydantic.Field(default=None, alias="url")


class DataVolumeSourceS3(_base.KubeModel):
    cert_config_map: str | None = pydantic.Field(default=None, alias="certConfigMap")
    secret_ref: str | None = pydantic.Field(default=None, alias="secretRef")
    url: str = pydantic.Field(alias="url")


class DataVolumeSourceSnapshot(_base.KubeModel):
    name: str = pydantic.Field(alias="name")
    namespace: str = pydantic.Field(alias="namespace")


class DataVolumeSourceUpload(_base.KubeModel):
    pass


class DataVolumeSourceVDDK(_base.KubeModel):
    backing_file: str | None = pydantic.Field(default=None, alias="backingFile")
    extra_args: str | None = pydantic.Field(default=None, alias="extraArgs")
    init_image_url: str | None = pydantic.Field(default=None, alias="initImageURL")
    secret_ref: str | None = pydantic.Field(default=None, alias="secretRef")
    thumbprint: str | None = pydantic.Field(default=None, alias="thumbprint")
    url: str | None = pydantic.Field(default=None, alias="url")
    uuid: str | None = pydantic.Field(default=None, alias="uuid")


class DataVolumeSpec(_base.KubeModel):
    checkpoints: list[DataVolumeCheckpoint] | None = pydantic.Field(default=None, alias="checkpoints")
    content_type: str | None = pydantic.Field(default=None, alias="contentType")
    final_checkpoint: bool | None = pydantic.Field(default=None, alias="finalCheckpoint")
    preallocation: bool | None = pydantic.Field(default=None, alias="preallocation")
    priority_class_name: str | None = pydantic.Field(default=None, alias="priorityClassName")
    pvc: k8s_core_v1.PersistentVolumeClaimSpec | None = pydantic.Field(default=None, alias="pvc")
    source: DataVolumeSource | None = pydantic.Field(default=None, alias="source")
    source_ref: DataVolumeSourceRef | None = pydantic.Field(default=None, alias="sourceRef")
    storage: StorageSpec | None = pydantic.Field(default=None, alias="storage")


class DevicePreferences(_base.KubeModel):
    preferred_autoattach_graphics_device: bool | None = pydantic.Field(
        default=None, alias="preferredAutoattachGraphicsDevice"
    )
    preferred_autoattach_input_device: bool | None = pydantic.Field(
        default=None, alias="preferredAutoattachInputDevice"
    )
    preferred_autoattach_mem_balloon: bool | None = pydantic.Field(
        default=None, alias="preferredAutoattachMemBalloon"
    )
    preferred_autoattach_pod_interface: bool | None = pydantic.Field(
        default=None, alias="preferredAutoattachPodInterface"
    )
    preferred_autoattach_serial_console: bool | None = pydantic.Field(
        default=None, alias="preferredAutoattachSerialConsole"
    )
    preferred_block_multi_queue: bool | None = pydantic.Field(default=None, alias="preferredBlockMultiQueue")
    preferred_cdrom_bus: str | None = pydantic.Field(default=None, alias="preferredCdromBus")
    preferred_disable_hotplug: bool | None = pydantic.Field(default=None, alias="preferredDisableHotplug")
    preferred_disk_block_size: kubevirt_v1.BlockSize | None = pydantic.Field(
        default=None, alias="preferredDiskBlockSize"
    )
    preferred_disk_bus: str | None = pydantic.Field(default=None, alias="preferredDiskBus")
    preferred_disk_cache: str | None = pydantic.Field(default=None, alias="preferredDiskCache")
    preferred_disk_dedicated_io_thread: bool | None = pydantic.Field(
        default=None, alias="preferredDiskDedicatedIoThread"
    )
    preferred_disk_io: str | None = pydantic.Field(default=None, alias="preferredDiskIO")
    preferred_input_bus: str | None = pydantic.Field(default=None, alias="preferredInputBus")
    preferred_input_type: str | None = pydantic.Field(default=None, alias="preferredInputType")
    preferred_interface_masquerade: kubevirt_v1.InterfaceMasquerade | None = pydantic.Field(
        default=None, alias="preferredInterfaceMasquerade"
    )
    preferred_interface_model: str | None = pydantic.Field(default=None, alias="preferredInterfaceModel")
    preferred_lun_bus: str | None = pydantic.Field(default=None, alias="preferredLunBus")
    preferred_network_interface_multi_queue: bool | None = pydantic.Field(
        default=None, alias="preferredNetworkInterfaceMultiQueue"
    )
    preferred_panic_device_model: str | None = pydantic.Field(default=None, alias="preferredPanicDeviceModel")
    preferred_rng: kubevirt_v1.Rng | None = pydantic.Field(default=None, alias="preferredRng")
    preferred_sound_model: str | None = pydantic.Field(default=None, alias="preferredSoundModel")
    preferred_tpm: kubevirt_v1.TPMDevice | None = pydantic.Field(default=None, alias="preferredTPM")
    preferred_use_virtio_transitional: bool | None = pydantic.Field(
        default=None, alias="preferredUseVirtioTransitional"
    )
    preferred_video_type: str | None = pydantic.Field(default=None, alias="preferredVideoType")
    preferred_virtual_gpu_options: kubevirt_v1.VGPUOptions | None = pydantic.Field(
        default=None, alias="preferredVirtualGPUOptions"
    )


class Error(_base.KubeModel):
    message: str | None = pydantic.Field(default=None, alias="message")
    time: str | None = pydantic.Field(default=None, alias="time")


class FeaturePreferences(_base.KubeModel):
    preferred_acpi: kubevirt_v1.FeatureState | None = pydantic.Field(default=None, alias="preferredAcpi")
    preferred_apic: kubevirt_v1.FeatureAPIC | None = pydantic.Field(default=None, alias="preferredApic")
    preferred_hyperv: kubevirt_v1.FeatureHyperv | None = pydantic.Field(default=None, alias="preferredHyperv")
    preferred_kvm: kubevirt_v1.FeatureKVM | None = pydantic.Field(default=None, alias="preferredKvm")
    preferred_pvspinlock: kubevirt_v1.FeatureState | None = pydantic.Field(
        default=None, alias="preferredPvspinlock"
    )
    preferred_smm: kubevirt_v1.FeatureState | None = pydantic.Field(default=None, alias="preferredSmm")


class FirmwarePreferences(_base.KubeModel):
    preferred_efi: kubevirt_v1.EFI | None = pydantic.Field(default=None, alias="preferredEfi")
    preferred_use_bios: bool | None = pydantic.Field(default=None, alias="preferredUseBios")
    preferred_use_bios_serial: bool | None = pydantic.Field(default=None, alias="preferredUseBiosSerial")
    preferred_use_efi: bool | None = pydantic.Field(default=None, alias="preferredUseEfi")
    preferred_use_secure_boot: bool | None = pydantic.Field(default=None, alias="preferredUseSecureBoot")


class MachinePreferences(_base.KubeModel):
    preferred_machine_type: str | None = pydantic.Field(default=None, alias="preferredMachineType")


class MemoryInstancetype(_base.KubeModel):
    guest: _quantity.Quantity = pydantic.Field(alias="guest")
    hugepages: kubevirt_v1.Hugepages | None = pydantic.Field(default=None, alias="hugepages")
    max_guest: _quantity.Quantity | None = pydantic.Field(default=None, alias="maxGuest")
    overcommit_percent: int | None = pydantic.Field(default=None, alias="overcommitPercent")


class MemoryPreferenceRequirement(_base.KubeModel):
    guest: _quantity.Quantity = pydantic.Field(alias="guest")


class PersistentVolumeClaim(_base.KubeModel):
    metadata: k8s_meta_v1.ObjectMeta | None = pydantic.Field(default=None, alias="metadata")
    spec: k8s_core_v1.PersistentVolumeClaimSpec | None = pydantic.Field(default=None, alias="spec")


class PlatformOptions(_base.KubeModel):
    architecture: str | None = pydantic.Field(default=None, alias="architecture")


class PreferenceRequirements(_base.KubeModel):
    architecture: str | None = pydantic.Field(default=None, alias="architecture")
    cpu: CPUPreferenceRequirement | None = pydantic.Field(default=None, alias="cpu")
    memory: MemoryPreferenceRequirement | None = pydantic.Field(default=None, alias="memory")


class SnapshotVolumesLists(_base.KubeModel):
    excluded_volumes: list[str] | None = pydantic.Field(default=None, alias="excludedVolumes")
    included_volumes: list[str] | None = pydantic.Field(default=None, alias="includedVolumes")


class SourceIndication(_base.KubeModel):
    indication: str = pydantic.Field(alias="indication")
    message: str = pydantic.Field(alias="message")


class SourceSpec(_base.KubeModel):
    virtual_machine: VirtualMachine | None = pydantic.Field(default=None, alias="virtualMachine")


class SpreadOptions(_base.KubeModel):
    across: str | None = pydantic.Field(default=None, alias="across")
    ratio: int | None = pydantic.Field(default=None, alias="ratio")


class StorageSpec(_base.KubeModel):
    access_modes: (
        list[Literal[
            "ReadOnlyMany",
            "ReadWriteMany",
            "ReadWriteOnce",
            "ReadWriteOncePod",
        ]] | None
    ) = pydantic.Field(default=None, alias="accessModes")
    data_source: k8s_core_v1.TypedLocalObjectReference | None = pydantic.Field(
        default=None, alias="dataSource"
    )
    data_source_ref: k8s_core_v1.TypedObjectReference | None = pydantic.Field(
        default=None, alias="dataSourceRef"
    )
    resources: k8s_core_v1.VolumeResourceRequirements | None = pydantic.Field(default=None, alias="resources")
    selector: k8s_meta_v1.LabelSelector | None = pydantic.Field(default=None, alias="selector")
    storage_class_name: str | None = pydantic.Field(default=None, alias="storageClassName")
    volume_mode: Literal["Block", "Filesystem", "FromStorageProfile"] | None = pydantic.Field(
        default=None, alias="volumeMode"
    )
    volume_name: str | None = pydantic.Field(default=None, alias="volumeName")


class VirtualMachine(_base.KubeModel):
    metadata: k8s_meta_v1.ObjectMeta | None = pydantic.Field(default=None, alias="metadata")
    spec: kubevirt_v1.VirtualMachineSpec | None = pydantic.Field(default=None, alias="spec")
    status: kubevirt_v1.VirtualMachineStatus | None = pydantic.Field(default=None, alias="status")


class VirtualMachineClone(_base.KubeModel):
    __kube_gvk__: ClassVar[tuple[str, str] | None] = ("clone.kubevirt.io/v1beta1", "VirtualMachineClone")
    api_version: str | None = pydantic.Field(default=None, alias="apiVersion")
    kind: str | None = pydantic.Field(default=None, alias="kind")
    metadata: k8s_meta_v1.ObjectMeta | None = pydantic.Field(default=None, alias="metadata")
    spec: VirtualMachineCloneSpec = pydantic.Field(alias="spec")
    status: VirtualMachineCloneStatus | None = pydantic.Field(default=None, alias="status")


class VirtualMachineCloneList(_base.KubeModel):
    api_version: str | None = pydantic.Field(default=None, alias="apiVersion")
    items: list[VirtualMachineClone] = pydantic.Field(alias="items")
    kind: str | None = pydantic.Field(default=None, alias="kind")
    metadata: k8s_meta_v1.ListMeta | None = pydantic.Field(default=None, alias="metadata")


class VirtualMachineCloneSpec(_base.KubeModel):
    annotation_filters: list[str] | None = pydantic.Field(default=None, alias="annotationFilters")
    label_filters: list[str] | None = pydantic.Field(default=None, alias="labelFilters")
    new_mac_addresses: dict[str, str] | None = pydantic.Field(default=None, alias="newMacAddresses")
    new_sm_bios_serial: str | None = pydantic.Field(default=None, alias="newSMBiosSerial")
    patches: list[str] | None = pydantic.Field(default=None, alias="patches")
    source: k8s_core_v1.TypedLocalObjectReference = pydantic.Field(alias="source")
    target: k8s_core_v1.TypedLocalObjectReference | None = pydantic.Field(default=None, alias="target")
    template: VirtualMachineCloneTemplateFilters | None = pydantic.Field(default=None, alias="template")
    volume_name_policy: str | None = pydantic.Field(default=None, alias="volumeNamePolicy")


class VirtualMachineCloneStatus(_base.KubeModel):
    conditions: list[Condition] | None = pydantic.Field(default=None, alias="conditions")
    creation_time: str | None = pydantic.Field(default=None, alias="creationTime")
    phase: str | None = pydantic.Field(default=None, alias="phase")
    restore_name: str | None = pydantic.Field(default=None, alias="restoreName")
    snapshot_name: str | None = pydantic.Field(default=None, alias="snapshotName")
    target_name: str | None = pydantic.Field(default=None, alias="targetName")


class VirtualMachineCloneTemplateFilters(_base.KubeModel):
    annotation_filters: list[str] | None = pydantic.Field(default=None, alias="annotationFilters")
    label_filters: list[str] | None = pydantic.Field(default=None, alias="labelFilters")


class VirtualMachineClusterInstancetype(_base.KubeModel):
    __kube_gvk__: ClassVar[tuple[str, str] | None] = (
        "instancetype.kubevirt.io/v1beta1",
        "VirtualMachineClusterInstancetype",
    )
    api_version: str | None = pydantic.Field(default=None, alias="apiVersion")
    kind: str | None = pydantic.Field(default=None, alias="kind")
    metadata: k8s_meta_v1.ObjectMeta | None = pydantic.Field(default=None, alias="metadata")
    spec: VirtualMachineInstancetypeSpec = pydantic.Field(alias="spec")


class VirtualMachineClusterInstancetypeList(_base.KubeModel):
    api_version: str | None = pydantic.Field(default=None, alias="apiVersion")
    items: list[VirtualMachineClusterInstancetype] = pydantic.Field(alias="items")
    kind: str | None = pydantic.Field(default=None, alias="kind")
    metadata: k8s_meta_v1.ListMeta | None = pydantic.Field(default=None, alias="metadata")


class VirtualMachineClusterPreference(_base.KubeModel):
    __kube_gvk__: ClassVar[tuple[str, str] | None] = (
        "instancetype.kubevirt.io/v1beta1",
        "VirtualMachineClusterPreference",
    )
    api_version: str | None = pydantic.Field(default=None, alias="apiVersion")
    kind: str | None = pydantic.Field(default=None, alias="kind")
    metadata: k8s_meta_v1.ObjectMeta | None = pydantic.Field(default=None, alias="metadata")
    spec: VirtualMachinePreferenceSpec = pydantic.Field(alias="spec")


class VirtualMachineClusterPreferenceList(_base.KubeModel):
    api_version: str | None = pydantic.Field(default=None, alias="apiVersion")
    items: list[VirtualMachineClusterPreference] = pydantic.Field(alias="items")
    kind: str | None = pydantic.Field(default=None, alias="kind")
    metadata: k8s_meta_v1.ListMeta | None = pydantic.Field(default=None, alias="metadata")


class VirtualMachineInstancetype(_base.KubeModel):
    __kube_gvk__: ClassVar[tuple[str, str] | None] = (
        "instancetype.kubevirt.io/v1beta1",
        "VirtualMachineInstancetype",
    )
    api_version: str | None = pydantic.Field(default=None, alias="apiVersion")
    kind: str | None = pydantic.Field(default=None, alias="kind")
    metadata: k8s_meta_v1.ObjectMeta | None = pydantic.Field(default=None, alias="metadata")
    spec: VirtualMachineInstancetypeSpec = pydantic.Field(alias="spec")


class VirtualMachineInstancetypeList(_base.KubeModel):
    api_version: str | None = pydantic.Field(default=None, alias="apiVersion")
    items: list[VirtualMachineInstancetype] = pydantic.Field(alias="items")
    kind: str | None = pydantic.Field(default=None, alias="kind")
    metadata: k8s_meta_v1.ListMeta | None = pydantic.Field(default=None, alias="metadata")


class VirtualMachineInstancetypeSpec(_base.KubeModel):
    annotations: dict[str, str] | None = pydantic.Field(default=None, alias="annotations")
    cpu: CPUInstancetype = pydantic.Field(alias="cpu")
    gpus: list[kubevirt_v1.GPU] | None = pydantic.Field(default=None, alias="gpus")
    host_devices: list[kubevirt_v1.HostDevice] | None = pydantic.Field(default=None, alias="hostDevices")
    io_threads: kubevirt_v1.DiskIOThreads | None = pydantic.Field(default=None, alias="ioThreads")
    io_threads_policy: str | None = pydantic.Field(default=None, alias="ioThreadsPolicy")
    launch_security: kubevirt_v1.LaunchSecurity | None = pydantic.Field(default=None, alias="launchSecurity")
    memory: MemoryInstancetype = pydantic.Field(alias="memory")
    node_selector: dict[str, str] | None = pydantic.Field(default=None, alias="nodeSelector")
    scheduler_name: str | None = pydantic.Field(default=None, alias="schedulerName")


class VirtualMachineOpportunisticUpdateStrategy(_base.KubeModel):
    pass


class VirtualMachinePool(_base.KubeModel):
    __kube_gvk__: ClassVar[tuple[str, str] | None] = ("pool.kubevirt.io/v1beta1", "VirtualMachinePool")
    api_version: str | None = pydantic.Field(default=None, alias="apiVersion")
    kind: str | None = pydantic.Field(default=None, alias="kind")
    metadata: k8s_meta_v1.ObjectMeta | None = pydantic.Field(default=None, alias="metadata")
    spec: VirtualMachinePoolSpec = pydantic.Field(alias="spec")
    status: VirtualMachinePoolStatus | None = pydantic.Field(default=None, alias="status")


class VirtualMachinePoolAutohealingStrategy(_base.KubeModel):
    min_failing_to_start_duration: str | None = pydantic.Field(
        default=None, alias="minFailingToStartDuration"
    )
    start_up_failure_threshold: int | None = pydantic.Field(default=None, alias="startUpFailureThreshold")


class VirtualMachinePoolCondition(_base.KubeModel):
    last_probe_time: str | None = pydantic.Field(default=None, alias="lastProbeTime")
    last_transition_time: str | None = pydantic.Field(default=None, alias="lastTransitionTime")
    message: str | None = pydantic.Field(default=None, alias="message")
    reason: str | None = pydantic.Field(default=None, alias="reason")
    status: str = pydantic.Field(alias="status")
    type: str = pydantic.Field(alias="type")


class VirtualMachinePoolList(_base.KubeModel):
    api_version: str | None = pydantic.Field(default=None, alias="apiVersion")
    items: list[VirtualMachinePool] = pydantic.Field(alias="items")
    kind: str | None = pydantic.Field(default=None, alias="kind")
    metadata: k8s_meta_v1.ListMeta | None = pydantic.Field(default=None, alias="metadata")


class VirtualMachinePoolNameGeneration(_base.KubeModel):
    append_index_to_config_map_refs: bool | None = pydantic.Field(
        default=None, alias="appendIndexToConfigMapRefs"
    )
    append_index_to_secret_refs: bool | None = pydantic.Field(default=None, alias="appendIndexToSecretRefs")


class VirtualMachinePoolOpportunisticScaleInStrategy(_base.KubeModel):
    state_preservation: str | None = pydantic.Field(default=None, alias="statePreservation")


class VirtualMachinePoolProactiveScaleInStrategy(_base.KubeModel):
    selection_policy: VirtualMachinePoolSelectionPolicy | None = pydantic.Field(
        default=None, alias="selectionPolicy"
    )
    state_preservation: str | None = pydantic.Field(default=None, alias="statePreservation")


class VirtualMachinePoolProactiveUpdateStrategy(_base.KubeModel):
    selection_policy: VirtualMachinePoolSelectionPolicy | None = pydantic.Field(
        default=None, alias="selectionPolicy"
    )


class VirtualMachinePoolScaleInStrategy(_base.KubeModel):
    opportunistic: VirtualMachinePoolOpportunisticScaleInStrategy | None = pydantic.Field(
        default=None, alias="opportunistic"
    )
    proactive: VirtualMachinePoolProactiveScaleInStrategy | None = pydantic.Field(
        default=None, alias="proactive"
    )
    unmanaged: VirtualMachinePoolUnmanagedStrategy | None = pydantic.Field(default=None, alias="unmanaged")


class VirtualMachinePoolSelectionPolicy(_base.KubeModel):
    selectors: VirtualMachinePoolSelectors | None = pydantic.Field(default=None, alias="selectors")
    sort_policy: str | None = pydantic.Field(default=None, alias="sortPolicy")


class VirtualMachinePoolSelectors(_base.KubeModel):
    label_selector: k8s_meta_v1.LabelSelector | None = pydantic.Field(default=None, alias="labelSelector")
    node_selector_requirement_matcher: list[k8s_core_v1.NodeSelectorRequirement] | None = pydantic.Field(
        default=None, alias="nodeSelectorRequirementMatcher"
    )


class VirtualMachinePoolSpec(_base.KubeModel):
    autohealing: VirtualMachinePoolAutohealingStrategy | None = pydantic.Field(
        default=None, alias="autohealing"
    )
    max_unavailable: _base.IntOrString | None = pydantic.Field(default=None, alias="maxUnavailable")
    name_generation: VirtualMachinePoolNameGeneration | None = pydantic.Field(
        default=None, alias="nameGeneration"
    )
    paused: bool | None = pydantic.Field(default=None, alias="paused")
    replicas: int | None = pydantic.Field(default=None, alias="replicas")
    scale_in_strategy: VirtualMachinePoolScaleInStrategy | None = pydantic.Field(
        default=None, alias="scaleInStrategy"
    )
    selector: k8s_meta_v1.LabelSelector = pydantic.Field(alias="selector")
    update_strategy: VirtualMachinePoolUpdateStrategy | None = pydantic.Field(
        default=None, alias="updateStrategy"
    )
    virtual_machine_template: VirtualMachineTemplateSpec = pydantic.Field(alias="virtualMachineTemplate")


class VirtualMachinePoolStatus(_base.KubeModel):
    conditions: list[VirtualMachinePoolCondition] | None = pydantic.Field(default=None, alias="conditions")
    label_selector: str | None = pydantic.Field(default=None, alias="labelSelector")
    ready_replicas: int | None = pydantic.Field(default=None, alias="readyReplicas")
    replicas: int | None = pydantic.Field(default=None, alias="replicas")


class VirtualMachinePoolUnmanagedStrategy(_base.KubeModel):
    pass


class VirtualMachinePoolUpdateStrategy(_base.KubeModel):
    opportunistic: VirtualMachineOpportunisticUpdateStrategy | None = pydantic.Field(
        default=None, alias="opportunistic"
    )
    proactive: VirtualMachinePoolProactiveUpdateStrategy | None = pydantic.Field(
        default=None, alias="proactive"
    )
    unmanaged: VirtualMachinePoolUnmanagedStrategy | None = pydantic.Field(default=None, alias="unmanaged")


class VirtualMachinePreference(_base.KubeModel):
    __kube_gvk__: ClassVar[tuple[str, str] | None] = (
        "instancetype.kubevirt.io/v1beta1",
        "VirtualMachinePreference",
    )
    api_version: str | None = pydantic.Field(default=None, alias="apiVersion")
    kind: str | None = pydantic.Field(default=None, alias="kind")
    metadata: k8s_meta_v1.ObjectMeta | None = pydantic.Field(default=None, alias="metadata")
    spec: VirtualMachinePreferenceSpec = pydantic.Field(alias="spec")


class VirtualMachinePreferenceList(_base.KubeModel):
    api_version: str | None = pydantic.Field(default=None, alias="apiVersion")
    items: list[VirtualMachinePreference] = pydantic.Field(alias="items")
    kind: str | None = pydantic.Field(default=None, alias="kind")
    metadata: k8s_meta_v1.ListMeta | None = pydantic.Field(default=None, alias="metadata")


class VirtualMachinePreferenceSpec(_base.KubeModel):
    annotations: dict[str, str] | None = pydantic.Field(default=None, alias="annotations")
    clock: ClockPreferences | None = pydantic.Field(default=None, alias="clock")
    cpu: CPUPreferences | None = pydantic.Field(default=None, alias="cpu")
    devices: DevicePreferences | None = pydantic.Field(default=None, alias="devices")
    features: FeaturePreferences | None = pydantic.Field(default=None, alias="features")
    firmware: FirmwarePreferences | None = pydantic.Field(default=None, alias="firmware")
    machine: MachinePreferences | None = pydantic.Field(default=None, alias="machine")
    prefer_spread_socket_to_core_ratio: int | None = pydantic.Field(
        default=None, alias="preferSpreadSocketToCoreRatio"
    )
    preferred_architecture: str | None = pydantic.Field(default=None, alias="preferredArchitecture")
    preferred_launch_security: kubevirt_v1.LaunchSecurity | None = pydantic.Field(
        default=None, alias="preferredLaunchSecurity"
    )
    preferred_subdomain: str | None = pydantic.Field(default=None, alias="preferredSubdomain")
    preferred_termination_grace_period_seconds: int | None = pydantic.Field(
        default=None, alias="preferredTerminationGracePeriodSeconds"
    )
    requirements: PreferenceRequirements | None = pydantic.Field(default=None, alias="requirements")
    volumes: VolumePreferences | None = pydantic.Field(default=None, alias="volumes")


class VirtualMachineRestore(_base.KubeModel):
    __kube_gvk__: ClassVar[tuple[str, str] | None] = ("snapshot.kubevirt.io/v1beta1", "VirtualMachineRestore")
    api_version: str | None = pydantic.Field(default=None, alias="apiVersion")
    kind: str | None = pydantic.Field(default=None, alias="kind")
    metadata: k8s_meta_v1.ObjectMeta | None = pydantic.Field(default=None, alias="metadata")
    spec: VirtualMachineRestoreSpec = pydantic.Field(alias="spec")
    status: VirtualMachineRestoreStatus | None = pydantic.Field(default=None, alias="status")


class VirtualMachineRestoreList(_base.KubeModel):
    api_version: str | None = pydantic.Field(default=None, alias="apiVersion")
    items: list[VirtualMachineRestore] = pydantic.Field(alias="items")
    kind: str | None = pydantic.Field(default=None, alias="kind")
    metadata: k8s_meta_v1.ListMeta = pydantic.Field(alias="metadata")


class VirtualMachineRestoreSpec(_base.KubeModel):
    patches: list[str] | None = pydantic.Field(default=None, alias="patches")
    target: k8s_core_v1.TypedLocalObjectReference = pydantic.Field(alias="target")
    target_readiness_policy: str | None = pydantic.Field(default=None, alias="targetReadinessPolicy")
    virtual_machine_snapshot_name: str = pydantic.Field(alias="virtualMachineSnapshotName")
    volume_ownership_policy: str | None = pydantic.Field(default=None, alias="volumeOwnershipPolicy")
    volume_restore_overrides: list[VolumeRestoreOverride] | None = pydantic.Field(
        default=None, alias="volumeRestoreOverrides"
    )
    volume_restore_policy: str | None = pydantic.Field(default=None, alias="volumeRestorePolicy")


class VirtualMachineRestoreStatus(_base.KubeModel):
    complete: bool | None = pydantic.Field(default=None, alias="complete")
    conditions: list[Condition] | None = pydantic.Field(default=None, alias="conditions")
    deleted_data_volumes: list[str] | None = pydantic.Field(default=None, alias="deletedDataVolumes")
    restore_time: str | None = pydantic.Field(default=None, alias="restoreTime")
    restores: list[VolumeRestore] | None = pydantic.Field(default=None, alias="restores")


class VirtualMachineSnapshot(_base.KubeModel):
    __kube_gvk__: ClassVar[tuple[str, str] | None] = (
        "snapshot.kubevirt.io/v1beta1",
        "VirtualMachineSnapshot",
    )
    api_version: str | None = pydantic.Field(default=None, alias="apiVersion")
    kind: str | None = pydantic.Field(default=None, alias="kind")
    metadata: k8s_meta_v1.ObjectMeta | None = pydantic.Field(default=None, alias="metadata")
    spec: VirtualMachineSnapshotSpec = pydantic.Field(alias="spec")
    status: VirtualMachineSnapshotStatus | None = pydantic.Field(default=None, alias="status")


class VirtualMachineSnapshotContent(_base.KubeModel):
    __kube_gvk__: ClassVar[tuple[str, str] | None] = (
        "snapshot.kubevirt.io/v1beta1",
        "VirtualMachineSnapshotContent",
    )
    api_version: str | None = pydantic.Field(default=None, alias="apiVersion")
    kind: str | None = pydantic.Field(default=None, alias="kind")
    metadata: k8s_meta_v1.ObjectMeta | None = pydantic.Field(default=None, alias="metadata")
    spec: VirtualMachineSnapshotContentSpec = pydantic.Field(alias="spec")
    status: VirtualMachineSnapshotContentStatus | None = pydantic.Field(default=None, alias="status")


class VirtualMachineSnapshotContentList(_base.KubeModel):
    api_version: str | None = pydantic.Field(default=None, alias="apiVersion")
    items: list[VirtualMachineSnapshotContent] = pydantic.Field(alias="items")
    kind: str | None = pydantic.Field(default=None, alias="kind")
    metadata: k8s_meta_v1.ListMeta = pydantic.Field(alias="metadata")


class VirtualMachineSnapshotContentSpec(_base.KubeModel):
    source: SourceSpec = pydantic.Field(alias="source")
    virtual_machine_snapshot_name: str | None = pydantic.Field(
        default=None, alias="virtualMachineSnapshotName"
    )
    volume_backups: list[VolumeBackup] | None = pydantic.Field(default=None, alias="volumeBackups")


class VirtualMachineSnapshotContentStatus(_base.KubeModel):
    creation_time: str | None = pydantic.Field(default=None, alias="creationTime")
    error: Error | None = pydantic.Field(default=None, alias="error")
    ready_to_use: bool | None = pydantic.Field(default=None, alias="readyToUse")
    volume_snapshot_status: list[VolumeSnapshotStatus] | None = pydantic.Field(
        default=None, alias="volumeSnapshotStatus"
    )


class VirtualMachineSnapshotList(_base.KubeModel):
    api_version: str | None = pydantic.Field(default=None, alias="apiVersion")
    items: list[VirtualMachineSnapshot] = pydantic.Field(alias="items")
    kind: str | None = pydantic.Field(default=None, alias="kind")
    metadata: k8s_meta_v1.ListMeta = pydantic.Field(alias="metadata")


class VirtualMachineSnapshotSpec(_base.KubeModel):
    deletion_policy: str | None = pydantic.Field(default=None, alias="deletionPolicy")
    failure_deadline: str | None = pydantic.Field(default=None, alias="failureDeadline")
    source: k8s_core_v1.TypedLocalObjectReference = pydantic.Field(alias="source")


class VirtualMachineSnapshotStatus(_base.KubeModel):
    conditions: list[Condition] | None = pydantic.Field(default=None, alias="conditions")
    creation_time: str | None = pydantic.Field(default=None, alias="creationTime")
    error: Error | None = pydantic.Field(default=None, alias="error")
    indications: list[str] | None = pydantic.Field(default=None, alias="indications")
    phase: str | None = pydantic.Field(default=None, alias="phase")
    ready_to_use: bool | None = pydantic.Field(default=None, alias="readyToUse")
    snapshot_volumes: SnapshotVolumesLists | None = pydantic.Field(default=None, alias="snapshotVolumes")
    source_indications: list[SourceIndication] | None = pydantic.Field(
        default=None, alias="sourceIndications"
    )
    source_uid: str | None = pydantic.Field(default=None, alias="sourceUID")
    virtual_machine_snapshot_content_name: str | None = pydantic.Field(
        default=None, alias="virtualMachineSnapshotContentName"
    )


class VirtualMachineTemplateSpec(_base.KubeModel):
    metadata: k8s_meta_v1.ObjectMeta | None = pydantic.Field(default=None, alias="metadata")
    spec: kubevirt_v1.VirtualMachineSpec | None = pydantic.Field(default=None, alias="spec")


class VolumeBackup(_base.KubeModel):
    persistent_volume_claim: PersistentVolumeClaim = pydantic.Field(alias="persistentVolumeClaim")
    volume_name: str = pydantic.Field(alias="volumeName")
    volume_snapshot_name: str | None = pydantic.Field(default=None, alias="volumeSnapshotName")


class VolumePreferences(_base.KubeModel):
    preferred_storage_class_name: str | None = pydantic.Field(default=None, alias="preferredStorageClassName")


class VolumeRestore(_base.KubeModel):
    data_volume_name: str | None = pydantic.Field(default=None, alias="dataVolumeName")
    persistent_volume_claim: str = pydantic.Field(alias="persistentVolumeClaim")
    volume_name: str = pydantic.Field(alias="volumeName")
    volume_snapshot_name: str = pydantic.Field(alias="volumeSnapshotName")


class VolumeRestoreOverride(_base.KubeModel):
    annotations: dict[str, str] | None = pydantic.Field(default=None, alias="annotations")
    labels: dict[str, str] | None = pydantic.Field(default=None, alias="labels")
    restore_name: str | None = pydantic.Field(default=None, alias="restoreName")
    volume_name: str | None = pydantic.Field(default=None, alias="volumeName")


class VolumeSnapshotStatus(_base.KubeModel):
    creation_time: str | None = pydantic.Field(default=None, alias="creationTime")
    error: Error | None = pydantic.Field(default=None, alias="error")
    ready_to_use: bool | None = pydantic.Field(default=None, alias="readyToUse")
    volume_snapshot_name: str = pydantic.Field(alias="volumeSnapshotName")


from pulumi_kubevirt.models import (  # noqa: E402  (cyclic; see above)
    k8s_core_v1,
    k8s_meta_v1,
    kubevirt_v1,
)
