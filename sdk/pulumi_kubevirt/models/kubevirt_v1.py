# generated — regenerate, don't edit
# Written by scripts/codegen/generate.py from
#   kubevirt-v1.9.0/swagger.json (sha256 2c12b9c092941cff)
"""KubeVirt v1 API types."""

from __future__ import annotations

from typing import ClassVar, Literal

import pydantic

from pulumi_kubevirt.models import _base, _enums, _quantity

__all__ = [
    "ACPI",
    "AccessCredential",
    "AccessCredentialSecretSource",
    "AddVolumeOptions",
    "ArchConfiguration",
    "ArchSpecificConfiguration",
    "BIOS",
    "BlockSize",
    "Bootloader",
    "CDRomTarget",
    "CPU",
    "CPUFeature",
    "CPUTopology",
    "CertConfig",
    "ChangedBlockTrackingSelectors",
    "ChangedBlockTrackingStatus",
    "Chassis",
    "ClaimRequest",
    "ClientPassthroughDevices",
    "Clock",
    "ClockOffset",
    "ClockOffsetUTC",
    "CloudInitConfigDriveSource",
    "CloudInitNoCloudSource",
    "CommonInstancetypesDeployment",
    "ComponentConfig",
    "Condition",
    "ConfidentialComputeConfiguration",
    "ConfigDriveSSHPublicKeyAccessCredentialPropagation",
    "ConfigMapVolumeSource",
    "ContainerDiskInfo",
    "ContainerDiskSource",
    "ContainerPathVolumeSource",
    "ControllerRevisionRef",
    "CustomBlockSize",
    "CustomProfile",
    "CustomizeComponents",
    "CustomizeComponentsPatch",
    "DHCPOptions",
    "DHCPPrivateOptions",
    "DataVolumeSource",
    "DataVolumeTemplateDummyStatus",
    "DataVolumeTemplateSpec",
    "DeprecatedInterfaceMacvtap",
    "DeprecatedInterfacePasst",
    "DeprecatedInterfaceSlirp",
    "DeveloperConfiguration",
    "Devices",
    "Diag288Watchdog",
    "DisableFreePageReporting",
    "DisableSerialConsoleLog",
    "Disk",
    "DiskIOThreads",
    "DiskTarget",
    "DiskVerification",
    "DomainMemoryDumpInfo",
    "DomainSpec",
    "DownwardAPIVolumeSource",
    "DownwardMetrics",
    "DownwardMetricsVolumeSource",
    "EFI",
    "EmptyDiskSource",
    "EphemeralVolumeSource",
    "EvacuateCancelOptions",
    "ExperimentalMigrationOptions",
    "FeatureAPIC",
    "FeatureHyperv",
    "FeatureKVM",
    "FeatureSpinlocks",
    "FeatureState",
    "FeatureVendorID",
    "Features",
    "Filesystem",
    "FilesystemVirtiofs",
    "Firmware",
    "Flags",
    "FreezeUnfreezeTimeout",
    "GPU",
    "GenerationStatus",
    "GuestAgentCommandInfo",
    "GuestAgentPing",
    "HPETTimer",
    "HostDevice",
    "HostDisk",
    "HotplugVolumeSource",
    "HotplugVolumeStatus",
    "Hugepages",
    "HyperVPassthrough",
    "HypervTimer",
    "HypervisorConfiguration",
    "I6300ESBWatchdog",
    "InitrdInfo",
    "Input",
    "InstancetypeConfiguration",
    "InstancetypeMatcher",
    "InstancetypeStatusRef",
    "Interface",
    "InterfaceBindingMigration",
    "InterfaceBindingPlugin",
    "InterfaceBridge",
    "InterfaceMasquerade",
    "InterfacePasstBinding",
    "InterfaceSRIOV",
    "KSMConfiguration",
    "KVMTimer",
    "KernelBoot",
    "KernelBootContainer",
    "KernelBootStatus",
    "KernelInfo",
    "KubeVirt",
    "KubeVirtCertificateRotateStrategy",
    "KubeVirtCondition",
    "KubeVirtConfiguration",
    "KubeVirtList",
    "KubeVirtSelfSignConfiguration",
    "KubeVirtSpec",
    "KubeVirtStatus",
    "KubeVirtWorkloadUpdateStrategy",
    "LaunchSecurity",
    "LiveUpdateConfiguration",
    "LogVerbosity",
    "LunTarget",
    "Machine",
    "MediatedDevicesConfiguration",
    "MediatedHostDevice",
    "Memory",
    "MemoryDumpVolumeSource",
    "MemoryStatus",
    "MigrateOptions",
    "MigrationConfiguration",
    "MultusNetwork",
    "NUMA",
    "NUMAGuestMappingPassthrough",
    "Network",
    "NetworkConfiguration",
    "NoCloudSSHPublicKeyAccessCredentialPropagation",
    "NodeMediatedDeviceTypesConfig",
    "NodePlacement",
    "ObjectGraphNode",
    "ObjectGraphOptions",
    "PITTimer",
    "PanicDevice",
    "PauseOptions",
    "PciHostDevice",
    "PermittedHostDevices",
    "PersistentReservationConfiguration",
    "PersistentVolumeClaimInfo",
    "PersistentVolumeClaimVolumeSource",
    "PluginBinding",
    "PodNetwork",
    "Port",
    "PortRange",
    "PreferenceMatcher",
    "Probe",
    "QemuGuestAgentSSHPublicKeyAccessCredentialPropagation",
    "QemuGuestAgentUserPasswordAccessCredentialPropagation",
    "RESTClientConfiguration",
    "RTCTimer",
    "RateLimiter",
    "Realtime",
    "ReloadableComponentConfiguration",
    "RemoveVolumeOptions",
    "ReservedOverhead",
    "ResourceRequirements",
    "ResourceRequirementsWithoutClaims",
    "RestartOptions",
    "Rng",
    "SEV",
    "SEVAttestation",
    "SEVMeasurementInfo",
    "SEVPlatformInfo",
    "SEVPolicy",
    "SEVSNP",
    "SEVSecretOptions",
    "SEVSessionOptions",
    "SMBiosConfiguration",
    "SSHPublicKeyAccessCredential",
    "SSHPublicKeyAccessCredentialPropagationMethod",
    "SSHPublicKeyAccessCredentialSource",
    "SeccompConfiguration",
    "SecretVolumeSource",
    "ServiceAccountVolumeSource",
    "SoundDevice",
    "StallDetectorOptions",
    "StartOptions",
    "StopOptions",
    "StorageMigratedVolumeInfo",
    "SupportContainerResources",
    "SyNICTimer",
    "SysprepSource",
    "TDX",
    "TDXAttestationConfiguration",
    "TDXConfiguration",
    "TLBFlush",
    "TLSConfiguration",
    "TPMDevice",
    "Timer",
    "TokenBucketRateLimiter",
    "TopologyHints",
    "USBHostDevice",
    "USBSelector",
    "UnpauseOptions",
    "UserPasswordAccessCredential",
    "UserPasswordAccessCredentialPropagationMethod",
    "UserPasswordAccessCredentialSource",
    "UtilityVolume",
    "VGPUDisplayOptions",
    "VGPUOptions",
    "VMIMConfigurationOptions",
    "VideoDevice",
    "VirtTemplateDeployment",
    "VirtualMachine",
    "VirtualMachineCondition",
    "VirtualMachineExport",
    "VirtualMachineExportBackup",
    "VirtualMachineExportBackupEndpoint",
    "VirtualMachineExportLink",
    "VirtualMachineExportLinks",
    "VirtualMachineExportList",
    "VirtualMachineExportManifest",
    "VirtualMachineExportSpec",
    "VirtualMachineExportStatus",
    "VirtualMachineExportVolume",
    "VirtualMachineExportVolumeFormat",
    "VirtualMachineInstance",
    "VirtualMachineInstanceBackupStatus",
    "VirtualMachineInstanceCondition",
    "VirtualMachineInstanceFileSystem",
    "VirtualMachineInstanceFileSystemDisk",
    "VirtualMachineInstanceFileSystemInfo",
    "VirtualMachineInstanceFileSystemList",
    "VirtualMachineInstanceGuestAgentInfo",
    "VirtualMachineInstanceGuestOSInfo",
    "VirtualMachineInstanceGuestOSUser",
    "VirtualMachineInstanceGuestOSUserList",
    "VirtualMachineInstanceList",
    "VirtualMachineInstanceMigration",
    "VirtualMachineInstanceMigrationCondition",
    "VirtualMachineInstanceMigrationList",
    "VirtualMachineInstanceMigrationPhaseTransitionTimestamp",
    "VirtualMachineInstanceMigrationSource",
    "VirtualMachineInstanceMigrationSourceState",
    "VirtualMachineInstanceMigrationSpec",
    "VirtualMachineInstanceMigrationState",
    "VirtualMachineInstanceMigrationStatus",
    "VirtualMachineInstanceMigrationTarget",
    "VirtualMachineInstanceMigrationTargetState",
    "VirtualMachineInstanceNetworkInterface",
    "VirtualMachineInstancePhaseTransitionTimestamp",
    "VirtualMachineInstancePreset",
    "VirtualMachineInstancePresetList",
    "VirtualMachineInstancePresetSpec",
    "VirtualMachineInstanceProfile",
    "VirtualMachineInstanceReplicaSet",
    "VirtualMachineInstanceReplicaSetCondition",
    "VirtualMachineInstanceReplicaSetList",
    "VirtualMachineInstanceReplicaSetSpec",
    "VirtualMachineInstanceReplicaSetStatus",
    "VirtualMachineInstanceResourceClaim",
    "VirtualMachineInstanceSpec",
    "VirtualMachineInstanceStatus",
    "VirtualMachineInstanceTemplateSpec",
    "VirtualMachineList",
    "VirtualMachineMemoryDumpRequest",
    "VirtualMachineOptions",
    "VirtualMachineSpec",
    "VirtualMachineStartFailure",
    "VirtualMachineStateChangeRequest",
    "VirtualMachineStatus",
    "VirtualMachineVolumeRequest",
    "Volume",
    "VolumeMigrationState",
    "VolumeSnapshotStatus",
    "VolumeStatus",
    "VolumeUpdateState",
    "Watchdog",
]


class ACPI(_base.KubeModel):
    msdm_name_ref: str | None = pydantic.Field(default=None, alias="msdmNameRef")
    slic_name_ref: str | None = pydantic.Field(default=None, alias="slicNameRef")


class AccessCredential(_base.KubeModel):
    ssh_public_key: SSHPublicKeyAccessCredential | None = pydantic.Field(default=None, alias="sshPublicKey")
    user_password: UserPasswordAccessCredential | None = pydantic.Field(default=None, alias="userPassword")


class AccessCredentialSecretSource(_base.KubeModel):
    secret_name: str = pydantic.Field(alias="secretName")


class AddVolumeOptions(_base.KubeModel):
    disk: Disk = pydantic.Field(alias="disk")
    dry_run: list[str] | None = pydantic.Field(default=None, alias="dryRun")
    name: str = pydantic.Field(alias="name")
    volume_source: HotplugVolumeSource = pydantic.Field(alias="volumeSource")


class ArchConfiguration(_base.KubeModel):
    amd64: ArchSpecificConfiguration | None = pydantic.Field(default=None, alias="amd64")
    arm64: ArchSpecificConfiguration | None = pydantic.Field(default=None, alias="arm64")
    default_architecture: str | None = pydantic.Field(default=None, alias="defaultArchitecture")
    ppc64le: ArchSpecificConfiguration | None = pydantic.Field(default=None, alias="ppc64le")
    s390x: ArchSpecificConfiguration | None = pydantic.Field(default=None, alias="s390x")


class ArchSpecificConfiguration(_base.KubeModel):
    emulated_machines: list[str] | None = pydantic.Field(default=None, alias="emulatedMachines")
    machine_type: str | None = pydantic.Field(default=None, alias="machineType")
    ovmf_path: str | None = pydantic.Field(default=None, alias="ovmfPath")


class BIOS(_base.KubeModel):
    use_serial: bool | None = pydantic.Field(default=None, alias="useSerial")


class BlockSize(_base.KubeModel):
    custom: CustomBlockSize | None = pydantic.Field(default=None, alias="custom")
    match_volume: FeatureState | None = pydantic.Field(default=None, alias="matchVolume")


class Bootloader(_base.KubeModel):
    bios: BIOS | None = pydantic.Field(default=None, alias="bios")
    efi: EFI | None = pydantic.Field(default=None, alias="efi")


class CDRomTarget(_base.KubeModel):
    bus: _enums.DiskBus | None = pydantic.Field(default=None, alias="bus")
    readonly: bool | None = pydantic.Field(default=None, alias="readonly")
    tray: str | None = pydantic.Field(default=None, alias="tray")


class CPU(_base.KubeModel):
    cores: int | None = pydantic.Field(default=None, alias="cores")
    dedicated_cpu_placement: bool | None = pydantic.Field(default=None, alias="dedicatedCpuPlacement")
    features: list[CPUFeature] | None = pydantic.Field(default=None, alias="features")
    isolate_emulator_thread: bool | None = pydantic.Field(default=None, alias="isolateEmulatorThread")
    max_sockets: int | None = pydantic.Field(default=None, alias="maxSockets")
    model: str | None = pydantic.Field(default=None, alias="model")
    numa: NUMA | None = pydantic.Field(default=None, alias="numa")
    realtime: Realtime | None = pydantic.Field(default=None, alias="realtime")
    sockets: int | None = pydantic.Field(default=None, alias="sockets")
    threads: int | None = pydantic.Field(default=None, alias="threads")


class CPUFeature(_base.KubeModel):
    name: str = pydantic.Field(alias="name")
    policy: str | None = pydantic.Field(default=None, alias="policy")


class CPUTopology(_base.KubeModel):
    cores: int | None = pydantic.Field(default=None, alias="cores")
    sockets: int | None = pydantic.Field(default=None, alias="sockets")
    threads: int | None = pydantic.Field(default=None, alias="threads")


class CertConfig(_base.KubeModel):
    duration: str | None = pydantic.Field(default=None, alias="duration")
    renew_before: str | None = pydantic.Field(default=None, alias="renewBefore")


class ChangedBlockTrackingSelectors(_base.KubeModel):
    namespace_label_selector: k8s_meta_v1.LabelSelector | None = pydantic.Field(
        default=None, alias="namespaceLabelSelector"
    )
    virtual_machine_label_selector: k8s_meta_v1.LabelSelector | None = pydantic.Field(
        default=None, alias="virtualMachineLabelSelector"
    )


class ChangedBlockTrackingStatus(_base.KubeModel):
    backup_status: VirtualMachineInstanceBackupStatus | None = pydantic.Field(
        default=None, alias="backupStatus"
    )
    state: str = pydantic.Field(alias="state")


class Chassis(_base.KubeModel):
    asset: str | None = pydantic.Field(default=None, alias="asset")
    manufacturer: str | None = pydantic.Field(default=None, alias="manufacturer")
    serial: str | None = pydantic.Field(default=None, alias="serial")
    sku: str | None = pydantic.Field(default=None, alias="sku")
    version: str | None = pydantic.Field(default=None, alias="version")


class ClaimRequest(_base.KubeModel):
    claim_name: str | None = pydantic.Field(default=None, alias="claimName")
    request_name: str | None = pydantic.Field(default=None, alias="requestName")


class ClientPassthroughDevices(_base.KubeModel):
    pass


class Clock(_base.KubeModel):
    timer: Timer | None = pydantic.Field(default=None, alias="timer")
    timezone: str | None = pydantic.Field(default=None, alias="timezone")
    utc: ClockOffsetUTC | None = pydantic.Field(default=None, alias="utc")


class ClockOffset(_base.KubeModel):
    timezone: str | None = pydantic.Field(default=None, alias="timezone")
    utc: ClockOffsetUTC | None = pydantic.Field(default=None, alias="utc")


class ClockOffsetUTC(_base.KubeModel):
    offset_seconds: int | None = pydantic.Field(default=None, alias="offsetSeconds")


class CloudInitConfigDriveSource(_base.KubeModel):
    network_data: str | None = pydantic.Field(default=None, alias="networkData")
    network_data_base64: str | None = pydantic.Field(default=None, alias="networkDataBase64")
    network_data_secret_ref: k8s_core_v1.LocalObjectReference | None = pydantic.Field(
        default=None, alias="networkDataSecretRef"
    )
    secret_ref: k8s_core_v1.LocalObjectReference | None = pydantic.Field(default=None, alias="secretRef")
    user_data: str | None = pydantic.Field(default=None, alias="userData")
    user_data_base64: str | None = pydantic.Field(default=None, alias="userDataBase64")


class CloudInitNoCloudSource(_base.KubeModel):
    network_data: str | None = pydantic.Field(default=None, alias="networkData")
    network_data_base64: str | None = pydantic.Field(default=None, alias="networkDataBase64")
    network_data_secret_ref: k8s_core_v1.LocalObjectReference | None = pydantic.Field(
        default=None, alias="networkDataSecretRef"
    )
    secret_ref: k8s_core_v1.LocalObjectReference | None = pydantic.Field(default=None, alias="secretRef")
    user_data: str | None = pydantic.Field(default=None, alias="userData")
    user_data_base64: str | None = pydantic.Field(default=None, alias="userDataBase64")


class CommonInstancetypesDeployment(_base.KubeModel):
    enabled: bool | None = pydantic.Field(default=None, alias="enabled")


class ComponentConfig(_base.KubeModel):
    node_placement: NodePlacement | None = pydantic.Field(default=None, alias="nodePlacement")
    replicas: int | None = pydantic.Field(default=None, alias="replicas")


class Condition(_base.KubeModel):
    last_probe_time: str | None = pydantic.Field(default=None, alias="lastProbeTime")
    last_transition_time: str | None = pydantic.Field(default=None, alias="lastTransitionTime")
    message: str | None = pydantic.Field(default=None, alias="message")
    reason: str | None = pydantic.Field(default=None, alias="reason")
    status: str = pydantic.Field(alias="status")
    type: str = pydantic.Field(alias="type")


class ConfidentialComputeConfiguration(_base.KubeModel):
    tdx: TDXConfiguration | None = pydantic.Field(default=None, alias="tdx")


class ConfigDriveSSHPublicKeyAccessCredentialPropagation(_base.KubeModel):
    pass


class ConfigMapVolumeSource(_base.KubeModel):
    name: str | None = pydantic.Field(default=None, alias="name")
    optional: bool | None = pydantic.Field(default=None, alias="optional")
    volume_label: str | None = pydantic.Field(default=None, alias="volumeLabel")


class ContainerDiskInfo(_base.KubeModel):
    checksum: int | None = pydantic.Field(default=None, alias="checksum")


class ContainerDiskSource(_base.KubeModel):
    image: str = pydantic.Field(alias="image")
    image_pull_policy: Literal["Always", "IfNotPresent", "Never"] | None = pydantic.Field(
        default=None, alias="imagePullPolicy"
    )
    image_pull_secret: str | None = pydantic.Field(default=None, alias="imagePullSecret")
    path: str | None = pydantic.Field(default=None, alias="path")


class ContainerPathVolumeSource(_base.KubeModel):
    path: str = pydantic.Field(alias="path")
    read_only: bool | None = pydantic.Field(default=None, alias="readOnly")


class ControllerRevisionRef(_base.KubeModel):
    name: str | None = pydantic.Field(default=None, alias="name")


class CustomBlockSize(_base.KubeModel):
    discard_granularity: int | None = pydantic.Field(default=None, alias="discardGranularity")
    logical: int | None = pydantic.Field(default=None, alias="logical")
    physical: int | None = pydantic.Field(default=None, alias="physical")


class CustomProfile(_base.KubeModel):
    localhost_profile: str | None = pydantic.Field(default=None, alias="localhostProfile")
    runtime_default_profile: bool | None = pydantic.Field(default=None, alias="runtimeDefaultProfile")


class CustomizeComponents(_base.KubeModel):
    flags: Flags | None = pydantic.Field(default=None, alias="flags")
    patches: list[CustomizeComponentsPatch] | None = pydantic.Field(default=None, alias="patches")


class CustomizeComponentsPatch(_base.KubeModel):
    patch: str = pydantic.Field(alias="patch")
    resource_name: str = pydantic.Field(alias="resourceName")
    resource_type: str = pydantic.Field(alias="resourceType")
    type: str = pydantic.Field(alias="type")


class DHCPOptions(_base.KubeModel):
    boot_file_name: str | None = pydantic.Field(default=None, alias="bootFileName")
    ntp_servers: list[str] | None = pydantic.Field(default=None, alias="ntpServers")
    private_options: list[DHCPPrivateOptions] | None = pydantic.Field(default=None, alias="privateOptions")
    tftp_server_name: str | None = pydantic.Field(default=None, alias="tftpServerName")


class DHCPPrivateOptions(_base.KubeModel):
    option: int = pydantic.Field(alias="option")
    value: str = pydantic.Field(alias="value")


class DataVolumeSource(_base.KubeModel):
    hotpluggable: bool | None = pydantic.Field(default=None, alias="hotpluggable")
    name: str = pydantic.Field(alias="name")


class DataVolumeTemplateDummyStatus(_base.KubeModel):
    pass


class DataVolumeTemplateSpec(_base.KubeModel):
    api_version: str | None = pydantic.Field(default=None, alias="apiVersion")
    kind: str | None = pydantic.Field(default=None, alias="kind")
    metadata: k8s_meta_v1.ObjectMeta | None = pydantic.Field(default=None, alias="metadata")
    spec: kubevirt_v1beta1.DataVolumeSpec = pydantic.Field(alias="spec")
    status: DataVolumeTemplateDummyStatus | None = pydantic.Field(default=None, alias="status")


class DeprecatedInterfaceMacvtap(_base.KubeModel):
    pass


class DeprecatedInterfacePasst(_base.KubeModel):
    pass


class DeprecatedInterfaceSlirp(_base.KubeModel):
    pass


class DeveloperConfiguration(_base.KubeModel):
    cluster_profiler: bool | None = pydantic.Field(default=None, alias="clusterProfiler")
    cpu_allocation_ratio: int | None = pydantic.Field(default=None, alias="cpuAllocationRatio")
    disabled_feature_gates: list[str] | None = pydantic.Field(default=None, alias="disabledFeatureGates")
    disk_verification: DiskVerification | None = pydantic.Field(default=None, alias="diskVerification")
    feature_gates: list[str] | None = pydantic.Field(default=None, alias="featureGates")
    log_verbosity: LogVerbosity | None = pydantic.Field(default=None, alias="logVerbosity")
    memory_overcommit: int | None = pydantic.Field(default=None, alias="memoryOvercommit")
    minimum_cluster_tsc_frequency: int | None = pydantic.Field(
        default=None, alias="minimumClusterTSCFrequency"
    )
    minimum_reserve_pvc_bytes: int | None = pydantic.Field(default=None, alias="minimumReservePVCBytes")
    node_selectors: dict[str, str] | None = pydantic.Field(default=None, alias="nodeSelectors")
    pvc_tolerate_less_space_up_to_percent: int | None = pydantic.Field(
        default=None, alias="pvcTolerateLessSpaceUpToPercent"
    )
    use_emulation: bool | None = pydantic.Field(default=None, alias="useEmulation")


class Devices(_base.KubeModel):
    autoattach_graphics_device: bool | None = pydantic.Field(default=None, alias="autoattachGraphicsDevice")
    autoattach_input_device: bool | None = pydantic.Field(default=None, alias="autoattachInputDevice")
    autoattach_mem_balloon: bool | None = pydantic.Field(default=None, alias="autoattachMemBalloon")
    autoattach_pod_interface: bool | None = pydantic.Field(default=None, alias="autoattachPodInterface")
    autoattach_serial_console: bool | None = pydantic.Field(default=None, alias="autoattachSerialConsole")
    autoattach_vsock: bool | None = pydantic.Field(default=None, alias="autoattachVSOCK")
    block_multi_queue: bool | None = pydantic.Field(default=None, alias="blockMultiQueue")
    client_passthrough: ClientPassthroughDevices | None = pydantic.Field(
        default=None, alias="clientPassthrough"
    )
    disable_hotplug: bool | None = pydantic.Field(default=None, alias="disableHotplug")
    disks: list[Disk] | None = pydantic.Field(default=None, alias="disks")
    downward_metrics: DownwardMetrics | None = pydantic.Field(default=None, alias="downwardMetrics")
    filesystems: list[Filesystem] | None = pydantic.Field(default=None, alias="filesystems")
    gpus: list[GPU] | None = pydantic.Field(default=None, alias="gpus")
    host_devices: list[HostDevice] | None = pydantic.Field(default=None, alias="hostDevices")
    inputs: list[Input] | None = pydantic.Field(default=None, alias="inputs")
    interfaces: list[Interface] | None = pydantic.Field(default=None, alias="interfaces")
    log_serial_console: bool | None = pydantic.Field(default=None, alias="logSerialConsole")
    network_interface_multiqueue: bool | None = pydantic.Field(
        default=None, alias="networkInterfaceMultiqueue"
    )
    panic_devices: list[PanicDevice] | None = pydantic.Field(default=None, alias="panicDevices")
    rng: Rng | None = pydantic.Field(default=None, alias="rng")
    sound: SoundDevice | None = pydantic.Field(default=None, alias="sound")
    tpm: TPMDevice | None = pydantic.Field(default=None, alias="tpm")
    use_virtio_transitional: bool | None = pydantic.Field(default=None, alias="useVirtioTransitional")
    video: VideoDevice | None = pydantic.Field(default=None, alias="video")
    watchdog: Watchdog | None = pydantic.Field(default=None, alias="watchdog")


class Diag288Watchdog(_base.KubeModel):
    action: str | None = pydantic.Field(default=None, alias="action")


class DisableFreePageReporting(_base.KubeModel):
    pass


class DisableSerialConsoleLog(_base.KubeModel):
    pass


class Disk(_base.KubeModel):
    block_size: BlockSize | None = pydantic.Field(default=None, alias="blockSize")
    boot_order: int | None = pydantic.Field(default=None, alias="bootOrder")
    cache: str | None = pydantic.Field(default=None, alias="cache")
    cdrom: CDRomTarget | None = pydantic.Field(default=None, alias="cdrom")
    changed_block_tracking: bool | None = pydantic.Field(default=None, alias="changedBlockTracking")
    dedicated_io_thread: bool | None = pydantic.Field(default=None, alias="dedicatedIOThread")
    disk: DiskTarget | None = pydantic.Field(default=None, alias="disk")
    error_policy: str | None = pydantic.Field(default=None, alias="errorPolicy")
    io: str | None = pydantic.Field(default=None, alias="io")
    lun: LunTarget | None = pydantic.Field(default=None, alias="lun")
    name: str = pydantic.Field(alias="name")
    serial: str | None = pydantic.Field(default=None, alias="serial")
    shareable: bool | None = pydantic.Field(default=None, alias="shareable")
    tag: str | None = pydantic.Field(default=None, alias="tag")


class DiskIOThreads(_base.KubeModel):
    supplemental_pool_thread_count: int | None = pydantic.Field(
        default=None, alias="supplementalPoolThreadCount"
    )


class DiskTarget(_base.KubeModel):
    bus: _enums.DiskBus | None = pydantic.Field(default=None, alias="bus")
    pci_address: str | None = pydantic.Field(default=None, alias="pciAddress")
    readonly: bool | None = pydantic.Field(default=None, alias="readonly")


class DiskVerification(_base.KubeModel):
    memory_limit: _quantity.Quantity = pydantic.Field(alias="memoryLimit")


class DomainMemoryDumpInfo(_base.KubeModel):
    claim_name: str | None = pydantic.Field(default=None, alias="claimName")
    end_timestamp: str | None = pydantic.Field(default=None, alias="endTimestamp")
    start_timestamp: str | None = pydantic.Field(default=None, alias="startTimestamp")
    target_file_name: str | None = pydantic.Field(default=None, alias="targetFileName")


class DomainSpec(_base.KubeModel):
    chassis: Chassis | None = pydantic.Field(default=None, alias="chassis")
    clock: Clock | None = pydantic.Field(default=None, alias="clock")
    cpu: CPU | None = pydantic.Field(default=None, alias="cpu")
    devices: Devices = pydantic.Field(alias="devices")
    features: Features | None = pydantic.Field(default=None, alias="features")
    firmware: Firmware | None = pydantic.Field(default=None, alias="firmware")
    io_threads: DiskIOThreads | None = pydantic.Field(default=None, alias="ioThreads")
    io_threads_policy: str | None = pydantic.Field(default=None, alias="ioThreadsPolicy")
    launch_security: LaunchSecurity | None = pydantic.Field(default=None, alias="launchSecurity")
    machine: Machine | None = pydantic.Field(default=None, alias="machine")
    memory: Memory | None = pydantic.Field(default=None, alias="memory")
    reboot_policy: str | None = pydantic.Field(default=None, alias="rebootPolicy")
    resources: ResourceRequirements | None = pydantic.Field(default=None, alias="resources")


class DownwardAPIVolumeSource(_base.KubeModel):
    fields_: list[k8s_core_v1.DownwardAPIVolumeFile] | None = pydantic.Field(default=None, alias="fields")
    volume_label: str | None = pydantic.Field(default=None, alias="volumeLabel")


class DownwardMetrics(_base.KubeModel):
    pass


class DownwardMetricsVolumeSource(_base.KubeModel):
    pass


class EFI(_base.KubeModel):
    persistent: bool | None = pydantic.Field(default=None, alias="persistent")
    secure_boot: bool | None = pydantic.Field(default=None, alias="secureBoot")


class EmptyDiskSource(_base.KubeModel):
    capacity: _quantity.Quantity = pydantic.Field(alias="capacity")


class EphemeralVolumeSource(_base.KubeModel):
    persistent_volume_claim: k8s_core_v1.PersistentVolumeClaimVolumeSource | None = pydantic.Field(
        default=None, alias="persistentVolumeClaim"
    )


class EvacuateCancelOptions(_base.KubeModel):
    api_version: str | None = pydantic.Field(default=None, alias="apiVersion")
    dry_run: list[str] | None = pydantic.Field(default=None, alias="dryRun")
    evacuation_node_name: str = pydantic.Field(alias="evacuationNodeName")
    kind: str | None = pydantic.Field(default=None, alias="kind")


class ExperimentalMigrationOptions(_base.KubeModel):
    compression: str | None = pydantic.Field(default=None, alias="compression")
    stall_detector: StallDetectorOptions | None = pydantic.Field(default=None, alias="stallDetector")


class FeatureAPIC(_base.KubeModel):
    enabled: bool | None = pydantic.Field(default=None, alias="enabled")
    end_of_interrupt: bool | None = pydantic.Field(default=None, alias="endOfInterrupt")


class FeatureHyperv(_base.KubeModel):
    evmcs: FeatureState | None = pydantic.Field(default=None, alias="evmcs")
    frequencies: FeatureState | None = pydantic.Field(default=None, alias="frequencies")
    ipi: FeatureState | None = pydantic.Field(default=None, alias="ipi")
    reenlightenment: FeatureState | None = pydantic.Field(default=None, alias="reenlightenment")
    relaxed: FeatureState | None = pydantic.Field(default=None, alias="relaxed")
    reset: FeatureState | None = pydantic.Field(default=None, alias="reset")
    runtime: FeatureState | None = pydantic.Field(default=None, alias="runtime")
    spinlocks: FeatureSpinlocks | None = pydantic.Field(default=None, alias="spinlocks")
    synic: FeatureState | None = pydantic.Field(default=None, alias="synic")
    synictimer: SyNICTimer | None = pydantic.Field(default=None, alias="synictimer")
    tlbflush: TLBFlush | None = pydantic.Field(default=None, alias="tlbflush")
    vapic: FeatureState | None = pydantic.Field(default=None, alias="vapic")
    vendorid: FeatureVendorID | None = pydantic.Field(default=None, alias="vendorid")
    vpindex: FeatureState | None = pydantic.Field(default=None, alias="vpindex")


class FeatureKVM(_base.KubeModel):
    hidden: bool | None = pydantic.Field(default=None, alias="hidden")


class FeatureSpinlocks(_base.KubeModel):
    enabled: bool | None = pydantic.Field(default=None, alias="enabled")
    spinlocks: int | None = pydantic.Field(default=None, alias="spinlocks")


class FeatureState(_base.KubeModel):
    enabled: bool | None = pydantic.Field(default=None, alias="enabled")


class FeatureVendorID(_base.KubeModel):
    enabled: bool | None = pydantic.Field(default=None, alias="enabled")
    vendorid: str | None = pydantic.Field(default=None, alias="vendorid")


class Features(_base.KubeModel):
    acpi: FeatureState | None = pydantic.Field(default=None, alias="acpi")
    apic: FeatureAPIC | None = pydantic.Field(default=None, alias="apic")
    hyperv: FeatureHyperv | None = pydantic.Field(default=None, alias="hyperv")
    hyperv_passthrough: HyperVPassthrough | None = pydantic.Field(default=None, alias="hypervPassthrough")
    kvm: FeatureKVM | None = pydantic.Field(default=None, alias="kvm")
    pvspinlock: FeatureState | None = pydantic.Field(default=None, alias="pvspinlock")
    smm: FeatureState | None = pydantic.Field(default=None, alias="smm")


class Filesystem(_base.KubeModel):
    name: str = pydantic.Field(alias="name")
    virtiofs: FilesystemVirtiofs = pydantic.Field(alias="virtiofs")


class FilesystemVirtiofs(_base.KubeModel):
    pass


class Firmware(_base.KubeModel):
    acpi: ACPI | None = pydantic.Field(default=None, alias="acpi")
    bootloader: Bootloader | None = pydantic.Field(default=None, alias="bootloader")
    kernel_boot: KernelBoot | None = pydantic.Field(default=None, alias="kernelBoot")
    serial: str | None = pydantic.Field(default=None, alias="serial")
    uuid: str | None = pydantic.Field(default=None, alias="uuid")


class Flags(_base.KubeModel):
    api: dict[str, str] | None = pydantic.Field(default=None, alias="api")
    controller: dict[str, str] | None = pydantic.Field(default=None, alias="controller")
    handler: dict[str, str] | None = pydantic.Field(default=None, alias="handler")


class FreezeUnfreezeTimeout(_base.KubeModel):
    unfreeze_timeout: str = pydantic.Field(alias="unfreezeTimeout")


class GPU(_base.KubeModel):
    claim_name: str | None = pydantic.Field(default=None, alias="claimName")
    device_name: str | None = pydantic.Field(default=None, alias="deviceName")
    name: str = pydantic.Field(alias="name")
    request_name: str | None = pydantic.Field(default=None, alias="requestName")
    tag: str | None = pydantic.Field(default=None, alias="tag")
    virtual_gpu_options: VGPUOptions | None = pydantic.Field(default=None, alias="virtualGPUOptions")


class GenerationStatus(_base.KubeModel):
    group: str = pydantic.Field(alias="group")
    hash: str | None = pydantic.Field(default=None, alias="hash")
    last_generation: int = pydantic.Field(alias="lastGeneration")
    name: str = pydantic.Field(alias="name")
    namespace: str | None = pydantic.Field(default=None, alias="namespace")
    resource: str = pydantic.Field(alias="resource")


class GuestAgentCommandInfo(_base.KubeModel):
    enabled: bool | None = pydantic.Field(default=None, alias="enabled")
    name: str = pydantic.Field(alias="name")


class GuestAgentPing(_base.KubeModel):
    pass


class HPETTimer(_base.KubeModel):
    present: bool | None = pydantic.Field(default=None, alias="present")
    tick_policy: str | None = pydantic.Field(default=None, alias="tickPolicy")


class HostDevice(_base.KubeModel):
    claim_name: str | None = pydantic.Field(default=None, alias="claimName")
    device_name: str | None = pydantic.Field(default=None, alias="deviceName")
    name: str = pydantic.Field(alias="name")
    request_name: str | None = pydantic.Field(default=None, alias="requestName")
    tag: str | None = pydantic.Field(default=None, alias="tag")


class HostDisk(_base.KubeModel):
    capacity: _quantity.Quantity | None = pydantic.Field(default=None, alias="capacity")
    path: str = pydantic.Field(alias="path")
    shared: bool | None = pydantic.Field(default=None, alias="shared")
    type: str = pydantic.Field(alias="type")


class HotplugVolumeSource(_base.KubeModel):
    data_volume: DataVolumeSource | None = pydantic.Field(default=None, alias="dataVolume")
    persistent_volume_claim: PersistentVolumeClaimVolumeSource | None = pydantic.Field(
        default=None, alias="persistentVolumeClaim"
    )


class HotplugVolumeStatus(_base.KubeModel):
    attach_pod_name: str | None = pydantic.Field(default=None, alias="attachPodName")
    attach_pod_uid: str | None = pydantic.Field(default=None, alias="attachPodUID")


class Hugepages(_base.KubeModel):
    page_size: str | None = pydantic.Field(default=None, alias="pageSize")


class HyperVPassthrough(_base.KubeModel):
    enabled: bool | None = pydantic.Field(default=None, alias="enabled")


class HypervTimer(_base.KubeModel):
    present: bool | None = pydantic.Field(default=None, alias="present")


class HypervisorConfiguration(_base.KubeModel):
    name: str | None = pydantic.Field(default=None, alias="name")


class I6300ESBWatchdog(_base.KubeModel):
    action: str | None = pydantic.Field(default=None, alias="action")


class InitrdInfo(_base.KubeModel):
    checksum: int | None = pydantic.Field(default=None, alias="checksum")


class Input(_base.KubeModel):
    bus: str | None = pydantic.Field(default=None, alias="bus")
    name: str = pydantic.Field(alias="name")
    type: str = pydantic.Field(alias="type")


class InstancetypeConfiguration(_base.KubeModel):
    reference_policy: str | None = pydantic.Field(default=None, alias="referencePolicy")


class InstancetypeMatcher(_base.KubeModel):
    infer_from_volume: str | None = pydantic.Field(default=None, alias="inferFromVolume")
    infer_from_volume_failure_policy: str | None = pydantic.Field(
        default=None, alias="inferFromVolumeFailurePolicy"
    )
    kind: str | None = pydantic.Field(default=None, alias="kind")
    name: str | None = pydantic.Field(default=None, alias="name")
    revision_name: str | None = pydantic.Field(default=None, alias="revisionName")


class InstancetypeStatusRef(_base.KubeModel):
    controller_revision_ref: ControllerRevisionRef | None = pydantic.Field(
        default=None, alias="controllerRevisionRef"
    )
    infer_from_volume: str | None = pydantic.Field(default=None, alias="inferFromVolume")
    infer_from_volume_failure_policy: str | None = pydantic.Field(
        default=None, alias="inferFromVolumeFailurePolicy"
    )
    kind: str | None = pydantic.Field(default=None, alias="kind")
    name: str | None = pydantic.Field(default=None, alias="name")


class Interface(_base.KubeModel):
    acpi_index: int | None = pydantic.Field(default=None, alias="acpiIndex")
    binding: PluginBinding | None = pydantic.Field(default=None, alias="binding")
    boot_order: int | None = pydantic.Field(default=None, alias="bootOrder")
    bridge: InterfaceBridge | None = pydantic.Field(default=None, alias="bridge")
    dhcp_options: DHCPOptions | None = pydantic.Field(default=None, alias="dhcpOptions")
    mac_address: str | None = pydantic.Field(default=None, alias="macAddress")
    macvtap: DeprecatedInterfaceMacvtap | None = pydantic.Field(default=None, alias="macvtap")
    masquerade: InterfaceMasquerade | None = pydantic.Field(default=None, alias="masquerade")
    model: _enums.InterfaceModel | None = pydantic.Field(default=None, alias="model")
    name: str = pydantic.Field(alias="name")
    passt: DeprecatedInterfacePasst | None = pydantic.Field(default=None, alias="passt")
    passt_binding: InterfacePasstBinding | None = pydantic.Field(default=None, alias="passtBinding")
    pci_address: str | None = pydantic.Field(default=None, alias="pciAddress")
    port_ranges: list[PortRange] | None = pydantic.Field(default=None, alias="portRanges")
    ports: list[Port] | None = pydantic.Field(default=None, alias="ports")
    slirp: DeprecatedInterfaceSlirp | None = pydantic.Field(default=None, alias="slirp")
    sriov: InterfaceSRIOV | None = pydantic.Field(default=None, alias="sriov")
    state: str | None = pydantic.Field(default=None, alias="state")
    tag: str | None = pydantic.Field(default=None, alias="tag")


class InterfaceBindingMigration(_base.KubeModel):
    method: str | None = pydantic.Field(default=None, alias="method")


class InterfaceBindingPlugin(_base.KubeModel):
    compute_resource_overhead: ResourceRequirementsWithoutClaims | None = pydantic.Field(
        default=None, alias="computeResourceOverhead"
    )
    domain_attachment_type: str | None = pydantic.Field(default=None, alias="domainAttachmentType")
    downward_api: str | None = pydantic.Field(default=None, alias="downwardAPI")
    migration: InterfaceBindingMigration | None = pydantic.Field(default=None, alias="migration")
    network_attachment_definition: str | None = pydantic.Field(
        default=None, alias="networkAttachmentDefinition"
    )
    sidecar_image: str | None = pydantic.Field(default=None, alias="sidecarImage")


class InterfaceBridge(_base.KubeModel):
    pass


class InterfaceMasquerade(_base.KubeModel):
    pass


class InterfacePasstBinding(_base.KubeModel):
    pass


class InterfaceSRIOV(_base.KubeModel):
    pass


class KSMConfiguration(_base.KubeModel):
    node_label_selector: k8s_meta_v1.LabelSelector | None = pydantic.Field(
        default=None, alias="nodeLabelSelector"
    )


class KVMTimer(_base.KubeModel):
    present: bool | None = pydantic.Field(default=None, alias="present")


class KernelBoot(_base.KubeModel):
    container: KernelBootContainer | None = pydantic.Field(default=None, alias="container")
    kernel_args: str | None = pydantic.Field(default=None, alias="kernelArgs")


class KernelBootContainer(_base.KubeModel):
    image: str = pydantic.Field(alias="image")
    image_pull_policy: Literal["Always", "IfNotPresent", "Never"] | None = pydantic.Field(
        default=None, alias="imagePullPolicy"
    )
    image_pull_secret: str | None = pydantic.Field(default=None, alias="imagePullSecret")
    initrd_path: str | None = pydantic.Field(default=None, alias="initrdPath")
    kernel_path: str | None = pydantic.Field(default=None, alias="kernelPath")


class KernelBootStatus(_base.KubeModel):
    initrd_info: InitrdInfo | None = pydantic.Field(default=None, alias="initrdInfo")
    kernel_info: KernelInfo | None = pydantic.Field(default=None, alias="kernelInfo")


class KernelInfo(_base.KubeModel):
    checksum: int | None = pydantic.Field(default=None, alias="checksum")


class KubeVirt(_base.KubeModel):
    __kube_gvk__: ClassVar[tuple[str, str] | None] = ("kubevirt.io/v1", "KubeVirt")
    api_version: str | None = pydantic.Field(default=None, alias="apiVersion")
    kind: str | None = pydantic.Field(default=None, alias="kind")
    metadata: k8s_meta_v1.ObjectMeta | None = pydantic.Field(default=None, alias="metadata")
    spec: KubeVirtSpec = pydantic.Field(alias="spec")
    status: KubeVirtStatus | None = pydantic.Field(default=None, alias="status")


class KubeVirtCertificateRotateStrategy(_base.KubeModel):
    self_signed: KubeVirtSelfSignConfiguration | None = pydantic.Field(default=None, alias="selfSigned")


class KubeVirtCondition(_base.KubeModel):
    last_probe_time: str | None = pydantic.Field(default=None, alias="lastProbeTime")
    last_transition_time: str | None = pydantic.Field(default=None, alias="lastTransitionTime")
    message: str | None = pydantic.Field(default=None, alias="message")
    reason: str | None = pydantic.Field(default=None, alias="reason")
    status: str = pydantic.Field(alias="status")
    type: str = pydantic.Field(alias="type")


class KubeVirtConfiguration(_base.KubeModel):
    additional_guest_memory_overhead_ratio: str | None = pydantic.Field(
        default=None, alias="additionalGuestMemoryOverheadRatio"
    )
    api_configuration: ReloadableComponentConfiguration | None = pydantic.Field(
        default=None, alias="apiConfiguration"
    )
    architecture_configuration: ArchConfiguration | None = pydantic.Field(
        default=None, alias="architectureConfiguration"
    )
    auto_cpu_limit_namespace_label_selector: k8s_meta_v1.LabelSelector | None = pydantic.Field(
        default=None, alias="autoCPULimitNamespaceLabelSelector"
    )
    changed_block_tracking_label_selectors: ChangedBlockTrackingSelectors | None = pydantic.Field(
        default=None, alias="changedBlockTrackingLabelSelectors"
    )
    common_instancetypes_deployment: CommonInstancetypesDeployment | None = pydantic.Field(
        default=None, alias="commonInstancetypesDeployment"
    )
    confidential_compute: ConfidentialComputeConfiguration | None = pydantic.Field(
        default=None, alias="confidentialCompute"
    )
    controller_configuration: ReloadableComponentConfiguration | None = pydantic.Field(
        default=None, alias="controllerConfiguration"
    )
    cpu_model: str | None = pydantic.Field(default=None, alias="cpuModel")
    cpu_request: _quantity.Quantity | None = pydantic.Field(default=None, alias="cpuRequest")
    default_runtime_class: str | None = pydantic.Field(default=None, alias="defaultRuntimeClass")
    developer_configuration: DeveloperConfiguration | None = pydantic.Field(
        default=None, alias="developerConfiguration"
    )
    emulated_machines: list[str] | None = pydantic.Field(default=None, alias="emulatedMachines")
    eviction_strategy: str | None = pydantic.Field(default=None, alias="evictionStrategy")
    handler_configuration: ReloadableComponentConfiguration | None = pydantic.Field(
        default=None, alias="handlerConfiguration"
    )
    hypervisors: list[HypervisorConfiguration] | None = pydantic.Field(default=None, alias="hypervisors")
    image_pull_policy: Literal["Always", "IfNotPresent", "Never"] | None = pydantic.Field(
        default=None, alias="imagePullPolicy"
    )
    instancetype: InstancetypeConfiguration | None = pydantic.Field(default=None, alias="instancetype")
    ksm_configuration: KSMConfiguration | None = pydantic.Field(default=None, alias="ksmConfiguration")
    live_update_configuration: LiveUpdateConfiguration | None = pydantic.Field(
        default=None, alias="liveUpdateConfiguration"
    )
    machine_type: str | None = pydantic.Field(default=None, alias="machineType")
    mediated_devices_configuration: MediatedDevicesConfiguration | None = pydantic.Field(
        default=None, alias="mediatedDevicesConfiguration"
    )
    mem_balloon_stats_period: int | None = pydantic.Field(default=None, alias="memBalloonStatsPeriod")
    migrations: MigrationConfiguration | None = pydantic.Field(default=None, alias="migrations")
    min_cpu_model: str | None = pydantic.Field(default=None, alias="minCPUModel")
    network: NetworkConfiguration | None = pydantic.Field(default=None, alias="network")
    obsolete_cpu_models: dict[str, bool] | None = pydantic.Field(default=None, alias="obsoleteCPUModels")
    ovmf_path: str | None = pydantic.Field(default=None, alias="ovmfPath")
    permitted_host_devices: PermittedHostDevices | None = pydantic.Field(
        default=None, alias="permittedHostDevices"
    )
    persistent_reservation_configuration: PersistentReservationConfiguration | None = pydantic.Field(
        default=None, alias="persistentReservationConfiguration"
    )
    role_aggregation_strategy: str | None = pydantic.Field(default=None, alias="roleAggregationStrategy")
    seccomp_configuration: SeccompConfiguration | None = pydantic.Field(
        default=None, alias="seccompConfiguration"
    )
    selinux_launcher_type: str | None = pydantic.Field(default=None, alias="selinuxLauncherType")
    smbios: SMBiosConfiguration | None = pydantic.Field(default=None, alias="smbios")
    support_container_resources: list[SupportContainerResources] | None = pydantic.Field(
        default=None, alias="supportContainerResources"
    )
    supported_guest_agent_versions: list[str] | None = pydantic.Field(
        default=None, alias="supportedGuestAgentVersions"
    )
    tls_configuration: TLSConfiguration | None = pydantic.Field(default=None, alias="tlsConfiguration")
    virt_template_deployment: VirtTemplateDeployment | None = pydantic.Field(
        default=None, alias="virtTemplateDeployment"
    )
    virtual_machine_instances_per_node: int | None = pydantic.Field(
        default=None, alias="virtualMachineInstancesPerNode"
    )
    virtual_machine_options: VirtualMachineOptions | None = pydantic.Field(
        default=None, alias="virtualMachineOptions"
    )
    vm_rollout_strategy: str | None = pydantic.Field(default=None, alias="vmRolloutStrategy")
    vm_state_storage_class: str | None = pydantic.Field(default=None, alias="vmStateStorageClass")
    webhook_configuration: ReloadableComponentConfiguration | None = pydantic.Field(
        default=None, alias="webhookConfiguration"
    )


class KubeVirtList(_base.KubeModel):
    api_version: str | None = pydantic.Field(default=None, alias="apiVersion")
    items: list[KubeVirt] = pydantic.Field(alias="items")
    kind: str | None = pydantic.Field(default=None, alias="kind")
    metadata: k8s_meta_v1.ListMeta | None = pydantic.Field(default=None, alias="metadata")


class KubeVirtSelfSignConfiguration(_base.KubeModel):
    ca: CertConfig | None = pydantic.Field(default=None, alias="ca")
    ca_overlap_interval: str | None = pydantic.Field(default=None, alias="caOverlapInterval")
    ca_rotate_interval: str | None = pydantic.Field(default=None, alias="caRotateInterval")
    cert_rotate_interval: str | None = pydantic.Field(default=None, alias="certRotateInterval")
    server: CertConfig | None = pydantic.Field(default=None, alias="server")


class KubeVirtSpec(_base.KubeModel):
    certificate_rotate_strategy: KubeVirtCertificateRotateStrategy | None = pydantic.Field(
        default=None, alias="certificateRotateStrategy"
    )
    configuration: KubeVirtConfiguration | None = pydantic.Field(default=None, alias="configuration")
    customize_components: CustomizeComponents | None = pydantic.Field(
        default=None, alias="customizeComponents"
    )
    image_pull_policy: Literal["Always", "IfNotPresent", "Never"] | None = pydantic.Field(
        default=None, alias="imagePullPolicy"
    )
    image_pull_secrets: list[k8s_core_v1.LocalObjectReference] | None = pydantic.Field(
        default=None, alias="imagePullSecrets"
    )
    image_registry: str | None = pydantic.Field(default=None, alias="imageRegistry")
    image_tag: str | None = pydantic.Field(default=None, alias="imageTag")
    infra: ComponentConfig | None = pydantic.Field(default=None, alias="infra")
    monitor_account: str | None = pydantic.Field(default=None, alias="monitorAccount")
    monitor_namespace: str | None = pydantic.Field(default=None, alias="monitorNamespace")
    product_component: str | None = pydantic.Field(default=None, alias="productComponent")
    product_name: str | None = pydantic.Field(default=None, alias="productName")
    product_version: str | None = pydantic.Field(default=None, alias="productVersion")
    service_monitor_namespace: str | None = pydantic.Field(default=None, alias="serviceMonitorNamespace")
    synchronization_port: str | None = pydantic.Field(default=None, alias="synchronizationPort")
    uninstall_strategy: str | None = pydantic.Field(default=None, alias="uninstallStrategy")
    workload_update_strategy: KubeVirtWorkloadUpdateStrategy | None = pydantic.Field(
        default=None, alias="workloadUpdateStrategy"
    )
    workloads: ComponentConfig | None = pydantic.Field(default=None, alias="workloads")


class KubeVirtStatus(_base.KubeModel):
    conditions: list[KubeVirtCondition] | None = pydantic.Field(default=None, alias="conditions")
    default_architecture: str | None = pydantic.Field(default=None, alias="defaultArchitecture")
    generations: list[GenerationStatus] | None = pydantic.Field(default=None, alias="generations")
    observed_deployment_config: str | None = pydantic.Field(default=None, alias="observedDeploymentConfig")
    observed_deployment_id: str | None = pydantic.Field(default=None, alias="observedDeploymentID")
    observed_generation: int | None = pydantic.Field(default=None, alias="observedGeneration")
    observed_kube_virt_registry: str | None = pydantic.Field(default=None, alias="observedKubeVirtRegistry")
    observed_kube_virt_version: str | None = pydantic.Field(default=None, alias="observedKubeVirtVersion")
    operator_version: str | None = pydantic.Field(default=None, alias="operatorVersion")
    outdated_virtual_machine_instance_workloads: int | None = pydantic.Field(
        default=None, alias="outdatedVirtualMachineInstanceWorkloads"
    )
    phase: str | None = pydantic.Field(default=None, alias="phase")
    synchronization_addresses: list[str] | None = pydantic.Field(
        default=None, alias="synchronizationAddresses"
    )
    target_deployment_config: str | None = pydantic.Field(default=None, alias="targetDeploymentConfig")
    target_deployment_id: str | None = pydantic.Field(default=None, alias="targetDeploymentID")
    target_kube_virt_registry: str | None = pydantic.Field(default=None, alias="targetKubeVirtRegistry")
    target_kube_virt_version: str | None = pydantic.Field(default=None, alias="targetKubeVirtVersion")


class KubeVirtWorkloadUpdateStrategy(_base.KubeModel):
    batch_eviction_interval: str | None = pydantic.Field(default=None, alias="batchEvictionInterval")
    batch_eviction_size: int | None = pydantic.Field(default=None, alias="batchEvictionSize")
    workload_update_methods: list[str] | None = pydantic.Field(default=None, alias="workloadUpdateMethods")


class LaunchSecurity(_base.KubeModel):
    sev: SEV | None = pydantic.Field(default=None, alias="sev")
    snp: SEVSNP | None = pydantic.Field(default=None, alias="snp")
    tdx: TDX | None = pydantic.Field(default=None, alias="tdx")


class LiveUpdateConfiguration(_base.KubeModel):
    max_cpu_sockets: int | None = pydantic.Field(default=None, alias="maxCpuSockets")
    max_guest: _quantity.Quantity | None = pydantic.Field(default=None, alias="maxGuest")
    max_hotplug_ratio: int | None = pydantic.Field(default=None, alias="maxHotplugRatio")


class LogVerbosity(_base.KubeModel):
    node_verbosity: dict[str, int] | None = pydantic.Field(default=None, alias="nodeVerbosity")
    virt_api: int | None = pydantic.Field(default=None, alias="virtAPI")
    virt_controller: int | None = pydantic.Field(default=None, alias="virtController")
    virt_handler: int | None = pydantic.Field(default=None, alias="virtHandler")
    virt_launcher: int | None = pydantic.Field(default=None, alias="virtLauncher")
    virt_operator: int | None = pydantic.Field(default=None, alias="virtOperator")
    virt_synchronization_controller: int | None = pydantic.Field(
        default=None, alias="virtSynchronizationController"
    )


class LunTarget(_base.KubeModel):
    bus: _enums.DiskBus | None = pydantic.Field(default=None, alias="bus")
    readonly: bool | None = pydantic.Field(default=None, alias="readonly")
    reservation: bool | None = pydantic.Field(default=None, alias="reservation")


class Machine(_base.KubeModel):
    type: str | None = pydantic.Field(default=None, alias="type")


class MediatedDevicesConfiguration(_base.KubeModel):
    enabled: bool | None = pydantic.Field(default=None, alias="enabled")
    mediated_device_types: list[str] | None = pydantic.Field(default=None, alias="mediatedDeviceTypes")
    mediated_devices_types: list[str] | None = pydantic.Field(default=None, alias="mediatedDevicesTypes")
    node_mediated_device_types: list[NodeMediatedDeviceTypesConfig] | None = pydantic.Field(
        default=None, alias="nodeMediatedDeviceTypes"
    )


class MediatedHostDevice(_base.KubeModel):
    external_resource_provider: bool | None = pydantic.Field(default=None, alias="externalResourceProvider")
    mdev_name_selector: str = pydantic.Field(alias="mdevNameSelector")
    resource_name: str = pydantic.Field(alias="resourceName")


class Memory(_base.KubeModel):
    guest: _quantity.Quantity | None = pydantic.Field(default=None, alias="guest")
    hugepages: Hugepages | None = pydantic.Field(default=None, alias="hugepages")
    max_guest: _quantity.Quantity | None = pydantic.Field(default=None, alias="maxGuest")
    reserved_overhead: ReservedOverhead | None = pydantic.Field(default=None, alias="reservedOverhead")


class MemoryDumpVolumeSource(_base.KubeModel):
    claim_name: str = pydantic.Field(alias="claimName")
    hotpluggable: bool | None = pydantic.Field(default=None, alias="hotpluggable")
    read_only: bool | None = pydantic.Field(default=None, alias="readOnly")


class MemoryStatus(_base.KubeModel):
    guest_at_boot: _quantity.Quantity | None = pydantic.Field(default=None, alias="guestAtBoot")
    guest_current: _quantity.Quantity | None = pydantic.Field(default=None, alias="guestCurrent")
    guest_requested: _quantity.Quantity | None = pydantic.Field(default=None, alias="guestRequested")
    memory_overhead: _quantity.Quantity | None = pydantic.Field(default=None, alias="memoryOverhead")


class MigrateOptions(_base.KubeModel):
    added_node_selector: dict[str, str] | None = pydantic.Field(default=None, alias="addedNodeSelector")
    api_version: str | None = pydantic.Field(default=None, alias="apiVersion")
    dry_run: list[str] | None = pydantic.Field(default=None, alias="dryRun")
    kind: str | None = pydantic.Field(default=None, alias="kind")


class MigrationConfiguration(_base.KubeModel):
    allow_auto_converge: bool | None = pydantic.Field(default=None, alias="allowAutoConverge")
    allow_post_copy: bool | None = pydantic.Field(default=None, alias="allowPostCopy")
    allow_workload_disruption: bool | None = pydantic.Field(default=None, alias="allowWorkloadDisruption")
    bandwidth_per_migration: _quantity.Quantity | None = pydantic.Field(
        default=None, alias="bandwidthPerMigration"
    )
    completion_timeout_per_gib: int | None = pydantic.Field(default=None, alias="completionTimeoutPerGiB")
    disable_tls: bool | None = pydantic.Field(default=None, alias="disableTLS")
    match_se_linux_level_on_migration: bool | None = pydantic.Field(
        default=None, alias="matchSELinuxLevelOnMigration"
    )
    max_downtime_ms: int | None = pydantic.Field(default=None, alias="maxDowntimeMs")
    network: str | None = pydantic.Field(default=None, alias="network")
    node_drain_taint_key: str | None = pydantic.Field(default=None, alias="nodeDrainTaintKey")
    parallel_migrations_per_cluster: int | None = pydantic.Field(
        default=None, alias="parallelMigrationsPerCluster"
    )
    parallel_outbound_migrations_per_node: int | None = pydantic.Field(
        default=None, alias="parallelOutboundMigrationsPerNode"
    )
    progress_timeout: int | None = pydantic.Field(default=None, alias="progressTimeout")
    unsafe_migration_override: bool | None = pydantic.Field(default=None, alias="unsafeMigrationOverride")
    utility_volumes_timeout: int | None = pydantic.Field(default=None, alias="utilityVolumesTimeout")


class MultusNetwork(_base.KubeModel):
    default: bool | None = pydantic.Field(default=None, alias="default")
    network_name: str = pydantic.Field(alias="networkName")


class NUMA(_base.KubeModel):
    guest_mapping_passthrough: NUMAGuestMappingPassthrough | None = pydantic.Field(
        default=None, alias="guestMappingPassthrough"
    )


class NUMAGuestMappingPassthrough(_base.KubeModel):
    pass


class Network(_base.KubeModel):
    multus: MultusNetwork | None = pydantic.Field(default=None, alias="multus")
    name: str = pydantic.Field(alias="name")
    pod: PodNetwork | None = pydantic.Field(default=None, alias="pod")
    resource_claim: ClaimRequest | None = pydantic.Field(default=None, alias="resourceClaim")


class NetworkConfiguration(_base.KubeModel):
    binding: dict[str, InterfaceBindingPlugin] | None = pydantic.Field(default=None, alias="binding")
    default_network_interface: str | None = pydantic.Field(default=None, alias="defaultNetworkInterface")
    permit_bridge_interface_on_pod_network: bool | None = pydantic.Field(
        default=None, alias="permitBridgeInterfaceOnPodNetwork"
    )
    permit_slirp_interface: bool | None = pydantic.Field(default=None, alias="permitSlirpInterface")


class NoCloudSSHPublicKeyAccessCredentialPropagation(_base.KubeModel):
    pass


class NodeMediatedDeviceTypesConfig(_base.KubeModel):
    mediated_device_types: list[str] | None = pydantic.Field(default=None, alias="mediatedDeviceTypes")
    mediated_devices_types: list[str] | None = pydantic.Field(default=None, alias="mediatedDevicesTypes")
    node_selector: dict[str, str] = pydantic.Field(alias="nodeSelector")


class NodePlacement(_base.KubeModel):
    affinity: k8s_core_v1.Affinity | None = pydantic.Field(default=None, alias="affinity")
    node_selector: dict[str, str] | None = pydantic.Field(default=None, alias="nodeSelector")
    tolerations: list[k8s_core_v1.Toleration] | None = pydantic.Field(default=None, alias="tolerations")


class ObjectGraphNode(_base.KubeModel):
    api_version: str | None = pydantic.Field(default=None, alias="apiVersion")
    children: list[ObjectGraphNode] | None = pydantic.Field(default=None, alias="children")
    kind: str | None = pydantic.Field(default=None, alias="kind")
    labels: dict[str, str] | None = pydantic.Field(default=None, alias="labels")
    object_reference: k8s_core_v1.TypedObjectReference = pydantic.Field(alias="objectReference")
    optional: bool | None = pydantic.Field(default=None, alias="optional")


class ObjectGraphOptions(_base.KubeModel):
    include_optional_nodes: bool | None = pydantic.Field(default=None, alias="includeOptionalNodes")
    label_selector: k8s_meta_v1.LabelSelector | None = pydantic.Field(default=None, alias="labelSelector")


class PITTimer(_base.KubeModel):
    present: bool | None = pydantic.Field(default=None, alias="present")
    tick_policy: str | None = pydantic.Field(default=None, alias="tickPolicy")


class PanicDevice(_base.KubeModel):
    model: str | None = pydantic.Field(default=None, alias="model")


class PauseOptions(_base.KubeModel):
    api_version: str | None = pydantic.Field(default=None, alias="apiVersion")
    dry_run: list[str] | None = pydantic.Field(default=None, alias="dryRun")
    kind: str | None = pydantic.Field(default=None, alias="kind")


class PciHostDevice(_base.KubeModel):
    external_resource_provider: bool | None = pydantic.Field(default=None, alias="externalResourceProvider")
    pci_vendor_selector: str = pydantic.Field(alias="pciVendorSelector")
    resource_name: str = pydantic.Field(alias="resourceName")


class PermittedHostDevices(_base.KubeModel):
    mediated_devices: list[MediatedHostDevice] | None = pydantic.Field(default=None, alias="mediatedDevices")
    pci_host_devices: list[PciHostDevice] | None = pydantic.Field(default=None, alias="pciHostDevices")
    usb: list[USBHostDevice] | None = pydantic.Field(default=None, alias="usb")


class PersistentReservationConfiguration(_base.KubeModel):
    enabled: bool | None = pydantic.Field(default=None, alias="enabled")


class PersistentVolumeClaimInfo(_base.KubeModel):
    access_modes: (
        list[Literal[
            "ReadOnlyMany",
            "ReadWriteMany",
            "ReadWriteOnce",
            "ReadWriteOncePod",
        ]] | None
    ) = pydantic.Field(default=None, alias="accessModes")
    capacity: dict[str, _quantity.Quantity] | None = pydantic.Field(default=None, alias="capacity")
    claim_name: str | None = pydantic.Field(default=None, alias="claimName")
    filesystem_overhead: str | None = pydantic.Field(default=None, alias="filesystemOverhead")
    preallocated: bool | None = pydantic.Field(default=None, alias="preallocated")
    requests: dict[str, _quantity.Quantity] | None = pydantic.Field(default=None, alias="requests")
    volume_mode: Literal["Block", "Filesystem", "FromStorageProfile"] | None = pydantic.Field(
        default=None, alias="volumeMode"
    )


class PersistentVolumeClaimVolumeSource(_base.KubeModel):
    claim_name: str = pydantic.Field(alias="claimName")
    hotpluggable: bool | None = pydantic.Field(default=None, alias="hotpluggable")
    read_only: bool | None = pydantic.Field(default=None, alias="readOnly")


class PluginBinding(_base.KubeModel):
    name: str = pydantic.Field(alias="name")


class PodNetwork(_base.KubeModel):
    vm_ipv6_network_cidr: str | None = pydantic.Field(default=None, alias="vmIPv6NetworkCIDR")
    vm_network_cidr: str | None = pydantic.Field(default=None, alias="vmNetworkCIDR")


class Port(_base.KubeModel):
    name: str | None = pydantic.Field(default=None, alias="name")
    port: int = pydantic.Field(alias="port")
    protocol: _enums.PortProtocol | None = pydantic.Field(default=None, alias="protocol")


class PortRange(_base.KubeModel):
    end: int = pydantic.Field(alias="end")
    protocol: str = pydantic.Field(alias="protocol")
    start: int = pydantic.Field(alias="start")


class PreferenceMatcher(_base.KubeModel):
    infer_from_volume: str | None = pydantic.Field(default=None, alias="inferFromVolume")
    infer_from_volume_failure_policy: str | None = pydantic.Field(
        default=None, alias="inferFromVolumeFailurePolicy"
    )
    kind: str | None = pydantic.Field(default=None, alias="kind")
    name: str | None = pydantic.Field(default=None, alias="name")
    revision_name: str | None = pydantic.Field(default=None, alias="revisionName")


class Probe(_base.KubeModel):
    exec: k8s_core_v1.ExecAction | None = pydantic.Field(default=None, alias="exec")
    failure_threshold: int | None = pydantic.Field(default=None, alias="failureThreshold")
    guest_agent_ping: GuestAgentPing | None = pydantic.Field(default=None, alias="guestAgentPing")
    http_get: k8s_core_v1.HTTPGetAction | None = pydantic.Field(default=None, alias="httpGet")
    initial_delay_seconds: int | None = pydantic.Field(default=None, alias="initialDelaySeconds")
    period_seconds: int | None = pydantic.Field(default=None, alias="periodSeconds")
    success_threshold: int | None = pydantic.Field(default=None, alias="successThreshold")
    tcp_socket: k8s_core_v1.TCPSocketAction | None = pydantic.Field(default=None, alias="tcpSocket")
    timeout_seconds: int | None = pydantic.Field(default=None, alias="timeoutSeconds")


class QemuGuestAgentSSHPublicKeyAccessCredentialPropagation(_base.KubeModel):
    users: list[str] = pydantic.Field(alias="users")


class QemuGuestAgentUserPasswordAccessCredentialPropagation(_base.KubeModel):
    pass


class RESTClientConfiguration(_base.KubeModel):
    rate_limiter: RateLimiter | None = pydantic.Field(default=None, alias="rateLimiter")


class RTCTimer(_base.KubeModel):
    present: bool | None = pydantic.Field(default=None, alias="present")
    tick_policy: str | None = pydantic.Field(default=None, alias="tickPolicy")
    track: str | None = pydantic.Field(default=None, alias="track")


class RateLimiter(_base.KubeModel):
    token_bucket_rate_limiter: TokenBucketRateLimiter | None = pydantic.Field(
        default=None, alias="tokenBucketRateLimiter"
    )


class Realtime(_base.KubeModel):
    mask: str | None = pydantic.Field(default=None, alias="mask")


class ReloadableComponentConfiguration(_base.KubeModel):
    rest_client: RESTClientConfiguration | None = pydantic.Field(default=None, alias="restClient")


class RemoveVolumeOptions(_base.KubeModel):
    dry_run: list[str] | None = pydantic.Field(default=None, alias="dryRun")
    name: str = pydantic.Field(alias="name")


class ReservedOverhead(_base.KubeModel):
    added_overhead: _quantity.Quantity | None = pydantic.Field(default=None, alias="addedOverhead")
    mem_lock: str | None = pydantic.Field(default=None, alias="memLock")


class ResourceRequirements(_base.KubeModel):
    limits: dict[str, _quantity.Quantity] | None = pydantic.Field(default=None, alias="limits")
    overcommit_guest_overhead: bool | None = pydantic.Field(default=None, alias="overcommitGuestOverhead")
    requests: dict[str, _quantity.Quantity] | None = pydantic.Field(default=None, alias="requests")


class ResourceRequirementsWithoutClaims(_base.KubeModel):
    limits: dict[str, _quantity.Quantity] | None = pydantic.Field(default=None, alias="limits")
    requests: dict[str, _quantity.Quantity] | None = pydantic.Field(default=None, alias="requests")


class RestartOptions(_base.KubeModel):
    api_version: str | None = pydantic.Field(default=None, alias="apiVersion")
    dry_run: list[str] | None = pydantic.Field(default=None, alias="dryRun")
    grace_period_seconds: int | None = pydantic.Field(default=None, alias="gracePeriodSeconds")
    kind: str | None = pydantic.Field(default=None, alias="kind")


class Rng(_base.KubeModel):
    pass


class SEV(_base.KubeModel):
    attestation: SEVAttestation | None = pydantic.Field(default=None, alias="attestation")
    dh_cert: str | None = pydantic.Field(default=None, alias="dhCert")
    policy: SEVPolicy | None = pydantic.Field(default=None, alias="policy")
    session: str | None = pydantic.Field(default=None, alias="session")


class SEVAttestation(_base.KubeModel):
    pass


class SEVMeasurementInfo(_base.KubeModel):
    api_major: int | None = pydantic.Field(default=None, alias="apiMajor")
    api_minor: int | None = pydantic.Field(default=None, alias="apiMinor")
    api_version: str | None = pydantic.Field(default=None, alias="apiVersion")
    build_id: int | None = pydantic.Field(default=None, alias="buildID")
    kind: str | None = pydantic.Field(default=None, alias="kind")
    loader_sha: str | None = pydantic.Field(default=None, alias="loaderSHA")
    measurement: str | None = pydantic.Field(default=None, alias="measurement")
    policy: int | None = pydantic.Field(default=None, alias="policy")


class SEVPlatformInfo(_base.KubeModel):
    api_version: str | None = pydantic.Field(default=None, alias="apiVersion")
    cert_chain: str | None = pydantic.Field(default=None, alias="certChain")
    kind: str | None = pydantic.Field(default=None, alias="kind")
    pdh: str | None = pydantic.Field(default=None, alias="pdh")


class SEVPolicy(_base.KubeModel):
    encrypted_state: bool | None = pydantic.Field(default=None, alias="encryptedState")


class SEVSNP(_base.KubeModel):
    pass


class SEVSecretOptions(_base.KubeModel):
    header: str | None = pydantic.Field(default=None, alias="header")
    secret: str | None = pydantic.Field(default=None, alias="secret")


class SEVSessionOptions(_base.KubeModel):
    dh_cert: str | None = pydantic.Field(default=None, alias="dhCert")
    session: str | None = pydantic.Field(default=None, alias="session")


class SMBiosConfiguration(_base.KubeModel):
    family: str | None = pydantic.Field(default=None, alias="family")
    manufacturer: str | None = pydantic.Field(default=None, alias="manufacturer")
    product: str | None = pydantic.Field(default=None, alias="product")
    sku: str | None = pydantic.Field(default=None, alias="sku")
    version: str | None = pydantic.Field(default=None, alias="version")


class SSHPublicKeyAccessCredential(_base.KubeModel):
    propagation_method: SSHPublicKeyAccessCredentialPropagationMethod = pydantic.Field(
        alias="propagationMethod"
    )
    source: SSHPublicKeyAccessCredentialSource = pydantic.Field(alias="source")


class SSHPublicKeyAccessCredentialPropagationMethod(_base.KubeModel):
    config_drive: ConfigDriveSSHPublicKeyAccessCredentialPropagation | None = pydantic.Field(
        default=None, alias="configDrive"
    )
    no_cloud: NoCloudSSHPublicKeyAccessCredentialPropagation | None = pydantic.Field(
        default=None, alias="noCloud"
    )
    qemu_guest_agent: QemuGuestAgentSSHPublicKeyAccessCredentialPropagation | None = pydantic.Field(
        default=None, alias="qemuGuestAgent"
    )


class SSHPublicKeyAccessCredentialSource(_base.KubeModel):
    secret: AccessCredentialSecretSource | None = pydantic.Field(default=None, alias="secret")


class SeccompConfiguration(_base.KubeModel):
    virtual_machine_instance_profile: VirtualMachineInstanceProfile | None = pydantic.Field(
        default=None, alias="virtualMachineInstanceProfile"
    )


class SecretVolumeSource(_base.KubeModel):
    optional: bool | None = pydantic.Field(default=None, alias="optional")
    secret_name: str | None = pydantic.Field(default=None, alias="secretName")
    volume_label: str | None = pydantic.Field(default=None, alias="volumeLabel")


class ServiceAccountVolumeSource(_base.KubeModel):
    service_account_name: str | None = pydantic.Field(default=None, alias="serviceAccountName")


class SoundDevice(_base.KubeModel):
    model: str | None = pydantic.Field(default=None, alias="model")
    name: str = pydantic.Field(alias="name")


class StallDetectorOptions(_base.KubeModel):
    completion_timeout_factor: str | None = pydantic.Field(default=None, alias="completionTimeoutFactor")
    ewma_alpha: str | None = pydantic.Field(default=None, alias="ewmaAlpha")
    patience_window_decay_factor: str | None = pydantic.Field(default=None, alias="patienceWindowDecayFactor")
    precopy_possible_factor: str | None = pydantic.Field(default=None, alias="precopyPossibleFactor")
    search_local_minima: bool | None = pydantic.Field(default=None, alias="searchLocalMinima")
    stall_margin: int | None = pydantic.Field(default=None, alias="stallMargin")
    stall_progress_timeout: int | None = pydantic.Field(default=None, alias="stallProgressTimeout")
    switchover_timeout: int | None = pydantic.Field(default=None, alias="switchoverTimeout")


class StartOptions(_base.KubeModel):
    api_version: str | None = pydantic.Field(default=None, alias="apiVersion")
    dry_run: list[str] | None = pydantic.Field(default=None, alias="dryRun")
    kind: str | None = pydantic.Field(default=None, alias="kind")
    paused: bool | None = pydantic.Field(default=None, alias="paused")


class StopOptions(_base.KubeModel):
    api_version: str | None = pydantic.Field(default=None, alias="apiVersion")
    dry_run: list[str] | None = pydantic.Field(default=None, alias="dryRun")
    grace_period: int | None = pydantic.Field(default=None, alias="gracePeriod")
    kind: str | None = pydantic.Field(default=None, alias="kind")


class StorageMigratedVolumeInfo(_base.KubeModel):
    destination_pvc_info: PersistentVolumeClaimInfo | None = pydantic.Field(
        default=None, alias="destinationPVCInfo"
    )
    source_pvc_info: PersistentVolumeClaimInfo | None = pydantic.Field(default=None, alias="sourcePVCInfo")
    volume_name: str = pydantic.Field(alias="volumeName")


class SupportContainerResources(_base.KubeModel):
    resources: ResourceRequirementsWithoutClaims = pydantic.Field(alias="resources")
    type: str = pydantic.Field(alias="type")


class SyNICTimer(_base.KubeModel):
    direct: FeatureState | None = pydantic.Field(default=None, alias="direct")
    enabled: bool | None = pydantic.Field(default=None, alias="enabled")


class SysprepSource(_base.KubeModel):
    config_map: k8s_core_v1.LocalObjectReference | None = pydantic.Field(default=None, alias="configMap")
    secret: k8s_core_v1.LocalObjectReference | None = pydantic.Field(default=None, alias="secret")


class TDX(_base.KubeModel):
    pass


class TDXAttestationConfiguration(_base.KubeModel):
    enforced: bool | None = pydantic.Field(default=None, alias="enforced")
    qgs_socket_path: str | None = pydantic.Field(default=None, alias="qgsSocketPath")


class TDXConfiguration(_base.KubeModel):
    attestation: TDXAttestationConfiguration | None = pydantic.Field(default=None, alias="attestation")


class TLBFlush(_base.KubeModel):
    direct: FeatureState | None = pydantic.Field(default=None, alias="direct")
    enabled: bool | None = pydantic.Field(default=None, alias="enabled")
    extended: FeatureState | None = pydantic.Field(default=None, alias="extended")


class TLSConfiguration(_base.KubeModel):
    ciphers: list[str] | None = pydantic.Field(default=None, alias="ciphers")
    min_tls_version: str | None = pydantic.Field(default=None, alias="minTLSVersion")


class TPMDevice(_base.KubeModel):
    enabled: bool | None = pydantic.Field(default=None, alias="enabled")
    persistent: bool | None = pydantic.Field(default=None, alias="persistent")


class Timer(_base.KubeModel):
    hpet: HPETTimer | None = pydantic.Field(default=None, alias="hpet")
    hyperv: HypervTimer | None = pydantic.Field(default=None, alias="hyperv")
    kvm: KVMTimer | None = pydantic.Field(default=None, alias="kvm")
    pit: PITTimer | None = pydantic.Field(default=None, alias="pit")
    rtc: RTCTimer | None = pydantic.Field(default=None, alias="rtc")


class TokenBucketRateLimiter(_base.KubeModel):
    burst: int = pydantic.Field(alias="burst")
    qps: _base.Number = pydantic.Field(alias="qps")


class TopologyHints(_base.KubeModel):
    tsc_frequency: int | None = pydantic.Field(default=None, alias="tscFrequency")


class USBHostDevice(_base.KubeModel):
    external_resource_provider: bool | None = pydantic.Field(default=None, alias="externalResourceProvider")
    resource_name: str = pydantic.Field(alias="resourceName")
    selectors: list[USBSelector] | None = pydantic.Field(default=None, alias="selectors")


class USBSelector(_base.KubeModel):
    product: str = pydantic.Field(alias="product")
    vendor: str = pydantic.Field(alias="vendor")


class UnpauseOptions(_base.KubeModel):
    api_version: str | None = pydantic.Field(default=None, alias="apiVersion")
    dry_run: list[str] | None = pydantic.Field(default=None, alias="dryRun")
    kind: str | None = pydantic.Field(default=None, alias="kind")


class UserPasswordAccessCredential(_base.KubeModel):
    propagation_method: UserPasswordAccessCredentialPropagationMethod = pydantic.Field(
        alias="propagationMethod"
    )
    source: UserPasswordAccessCredentialSource = pydantic.Field(alias="source")


class UserPasswordAccessCredentialPropagationMethod(_base.KubeModel):
    qemu_guest_agent: QemuGuestAgentUserPasswordAccessCredentialPropagation | None = pydantic.Field(
        default=None, alias="qemuGuestAgent"
    )


class UserPasswordAccessCredentialSource(_base.KubeModel):
    secret: AccessCredentialSecretSource | None = pydantic.Field(default=None, alias="secret")


class UtilityVolume(_base.KubeModel):
    claim_name: str = pydantic.Field(alias="claimName")
    name: str = pydantic.Field(alias="name")
    read_only: bool | None = pydantic.Field(default=None, alias="readOnly")
    type: str | None = pydantic.Field(default=None, alias="type")


class VGPUDisplayOptions(_base.KubeModel):
    enabled: bool | None = pydantic.Field(default=None, alias="enabled")
    ram_fb: FeatureState | None = pydantic.Field(default=None, alias="ramFB")


class VGPUOptions(_base.KubeModel):
    display: VGPUDisplayOptions | None = pydantic.Field(default=None, alias="display")


class VMIMConfigurationOptions(_base.KubeModel):
    allow_auto_converge: bool | None = pydantic.Field(default=None, alias="allowAutoConverge")
    allow_post_copy: bool | None = pydantic.Field(default=None, alias="allowPostCopy")
    allow_workload_disruption: bool | None = pydantic.Field(default=None, alias="allowWorkloadDisruption")
    bandwidth_per_migration: _quantity.Quantity | None = pydantic.Field(
        default=None, alias="bandwidthPerMigration"
    )
    completion_timeout_per_gib: int | None = pydantic.Field(default=None, alias="completionTimeoutPerGiB")
    disable_tls: bool | None = pydantic.Field(default=None, alias="disableTLS")
    experimental: ExperimentalMigrationOptions | None = pydantic.Field(default=None, alias="experimental")
    match_se_linux_level_on_migration: bool | None = pydantic.Field(
        default=None, alias="matchSELinuxLevelOnMigration"
    )
    max_downtime_ms: int | None = pydantic.Field(default=None, alias="maxDowntimeMs")
    network: str | None = pydantic.Field(default=None, alias="network")
    node_drain_taint_key: str | None = pydantic.Field(default=None, alias="nodeDrainTaintKey")
    parallel_migrations_per_cluster: int | None = pydantic.Field(
        default=None, alias="parallelMigrationsPerCluster"
    )
    parallel_outbound_migrations_per_node: int | None = pydantic.Field(
        default=None, alias="parallelOutboundMigrationsPerNode"
    )
    progress_timeout: int | None = pydantic.Field(default=None, alias="progressTimeout")
    unsafe_migration_override: bool | None = pydantic.Field(default=None, alias="unsafeMigrationOverride")
    utility_volumes_timeout: int | None = pydantic.Field(default=None, alias="utilityVolumesTimeout")


class VideoDevice(_base.KubeModel):
    type: str | None = pydantic.Field(default=None, alias="type")


class VirtTemplateDeployment(_base.KubeModel):
    enabled: bool | None = pydantic.Field(default=None, alias="enabled")


class VirtualMachine(_base.KubeModel):
    __kube_gvk__: ClassVar[tuple[str, str] | None] = ("kubevirt.io/v1", "VirtualMachine")
    api_version: str | None = pydantic.Field(default=None, alias="apiVersion")
    kind: str | None = pydantic.Field(default=None, alias="kind")
    metadata: k8s_meta_v1.ObjectMeta | None = pydantic.Field(default=None, alias="metadata")
    spec: VirtualMachineSpec = pydantic.Field(alias="spec")
    status: VirtualMachineStatus | None = pydantic.Field(default=None, alias="status")


class VirtualMachineCondition(_base.KubeModel):
    last_probe_time: str | None = pydantic.Field(default=None, alias="lastProbeTime")
    last_transition_time: str | None = pydantic.Field(default=None, alias="lastTransitionTime")
    message: str | None = pydantic.Field(default=None, alias="message")
    reason: str | None = pydantic.Field(default=None, alias="reason")
    status: str = pydantic.Field(alias="status")
    type: str = pydantic.Field(alias="type")


class VirtualMachineExport(_base.KubeModel):
    __kube_gvk__: ClassVar[tuple[str, str] | None] = ("export.kubevirt.io/v1", "VirtualMachineExport")
    api_version: str | None = pydantic.Field(default=None, alias="apiVersion")
    kind: str | None = pydantic.Field(default=None, alias="kind")
    metadata: k8s_meta_v1.ObjectMeta | None = pydantic.Field(default=None, alias="metadata")
    spec: VirtualMachineExportSpec = pydantic.Field(alias="spec")
    status: VirtualMachineExportStatus | None = pydantic.Field(default=None, alias="status")


class VirtualMachineExportBackup(_base.KubeModel):
    endpoints: list[VirtualMachineExportBackupEndpoint] | None = pydantic.Field(
        default=None, alias="endpoints"
    )
    name: str = pydantic.Field(alias="name")


class VirtualMachineExportBackupEndpoint(_base.KubeModel):
    endpoint: str = pydantic.Field(alias="endpoint")
    url: str = pydantic.Field(alias="url")


class VirtualMachineExportLink(_base.KubeModel):
    backups: list[VirtualMachineExportBackup] | None = pydantic.Field(default=None, alias="backups")
    cert: str = pydantic.Field(alias="cert")
    manifests: list[VirtualMachineExportManifest] | None = pydantic.Field(default=None, alias="manifests")
    volumes: list[VirtualMachineExportVolume] | None = pydantic.Field(default=None, alias="volumes")


class VirtualMachineExportLinks(_base.KubeModel):
    external: VirtualMachineExportLink | None = pydantic.Field(default=None, alias="external")
    internal: VirtualMachineExportLink | None = pydantic.Field(default=None, alias="internal")


class VirtualMachineExportList(_base.KubeModel):
    api_version: str | None = pydantic.Field(default=None, alias="apiVersion")
    items: list[VirtualMachineExport] = pydantic.Field(alias="items")
    kind: str | None = pydantic.Field(default=None, alias="kind")
    metadata: k8s_meta_v1.ListMeta = pydantic.Field(alias="metadata")


class VirtualMachineExportManifest(_base.KubeModel):
    type: str = pydantic.Field(alias="type")
    url: str = pydantic.Field(alias="url")


class VirtualMachineExportSpec(_base.KubeModel):
    source: k8s_core_v1.TypedLocalObjectReference = pydantic.Field(alias="source")
    token_secret_ref: str | None = pydantic.Field(default=None, alias="tokenSecretRef")
    ttl_duration: str | None = pydantic.Field(default=None, alias="ttlDuration")


class VirtualMachineExportStatus(_base.KubeModel):
    conditions: list[Condition] | None = pydantic.Field(default=None, alias="conditions")
    links: VirtualMachineExportLinks | None = pydantic.Field(default=None, alias="links")
    phase: str | None = pydantic.Field(default=None, alias="phase")
    service_name: str | None = pydantic.Field(default=None, alias="serviceName")
    token_secret_ref: str | None = pydantic.Field(default=None, alias="tokenSecretRef")
    ttl_expiration_time: str | None = pydantic.Field(default=None, alias="ttlExpirationTime")
    virtual_machine_name: str | None = pydantic.Field(default=None, alias="virtualMachineName")


class VirtualMachineExportVolume(_base.KubeModel):
    formats: list[VirtualMachineExportVolumeFormat] | None = pydantic.Field(default=None, alias="formats")
    name: str = pydantic.Field(alias="name")


class VirtualMachineExportVolumeFormat(_base.KubeModel):
    format: str = pydantic.Field(alias="format")
    url: str = pydantic.Field(alias="url")


class VirtualMachineInstance(_base.KubeModel):
    __kube_gvk__: ClassVar[tuple[str, str] | None] = ("kubevirt.io/v1", "VirtualMachineInstance")
    api_version: str | None = pydantic.Field(default=None, alias="apiVersion")
    kind: str | None = pydantic.Field(default=None, alias="kind")
    metadata: k8s_meta_v1.ObjectMeta | None = pydantic.Field(default=None, alias="metadata")
    spec: VirtualMachineInstanceSpec = pydantic.Field(alias="spec")
    status: VirtualMachineInstanceStatus | None = pydantic.Field(default=None, alias="status")


class VirtualMachineInstanceBackupStatus(_base.KubeModel):
    backup_msg: str | None = pydantic.Field(default=None, alias="backupMsg")
    backup_name: str | None = pydantic.Field(default=None, alias="backupName")
    checkpoint_name: str | None = pydantic.Field(default=None, alias="checkpointName")
    completed: bool | None = pydantic.Field(default=None, alias="completed")
    end_timestamp: str | None = pydantic.Field(default=None, alias="endTimestamp")
    failed: bool | None = pydantic.Field(default=None, alias="failed")
    quiesce_status: str | None = pydantic.Field(default=None, alias="quiesceStatus")
    start_timestamp: str | None = pydantic.Field(default=None, alias="startTimestamp")
    volumes: list[kubevirt_v1alpha1.BackupVolumeInfo] | None = pydantic.Field(default=None, alias="volumes")


class VirtualMachineInstanceCondition(_base.KubeModel):
    last_probe_time: str | None = pydantic.Field(default=None, alias="lastProbeTime")
    last_transition_time: str | None = pydantic.Field(default=None, alias="lastTransitionTime")
    message: str | None = pydantic.Field(default=None, alias="message")
    reason: str | None = pydantic.Field(default=None, alias="reason")
    status: str = pydantic.Field(alias="status")
    type: str = pydantic.Field(alias="type")


class VirtualMachineInstanceFileSystem(_base.KubeModel):
    disk: list[VirtualMachineInstanceFileSystemDisk] | None = pydantic.Field(default=None, alias="disk")
    disk_name: str = pydantic.Field(alias="diskName")
    file_system_type: str = pydantic.Field(alias="fileSystemType")
    mount_point: str = pydantic.Field(alias="mountPoint")
    total_bytes: int = pydantic.Field(alias="totalBytes")
    used_bytes: int = pydantic.Field(alias="usedBytes")


class VirtualMachineInstanceFileSystemDisk(_base.KubeModel):
    bus_type: str = pydantic.Field(alias="busType")
    serial: str | None = pydantic.Field(default=None, alias="serial")


class VirtualMachineInstanceFileSystemInfo(_base.KubeModel):
    disks: list[VirtualMachineInstanceFileSystem] = pydantic.Field(alias="disks")


class VirtualMachineInstanceFileSystemList(_base.KubeModel):
    api_version: str | None = pydantic.Field(default=None, alias="apiVersion")
    items: list[VirtualMachineInstanceFileSystem] = pydantic.Field(alias="items")
    kind: str | None = pydantic.Field(default=None, alias="kind")
    metadata: k8s_meta_v1.ListMeta | None = pydantic.Field(default=None, alias="metadata")


class VirtualMachineInstanceGuestAgentInfo(_base.KubeModel):
    api_version: str | None = pydantic.Field(default=None, alias="apiVersion")
    fs_freeze_status: str | None = pydantic.Field(default=None, alias="fsFreezeStatus")
    fs_info: VirtualMachineInstanceFileSystemInfo | None = pydantic.Field(default=None, alias="fsInfo")
    guest_agent_version: str | None = pydantic.Field(default=None, alias="guestAgentVersion")
    hostname: str | None = pydantic.Field(default=None, alias="hostname")
    kind: str | None = pydantic.Field(default=None, alias="kind")
    os: VirtualMachineInstanceGuestOSInfo | None = pydantic.Field(default=None, alias="os")
    supported_commands: list[GuestAgentCommandInfo] | None = pydantic.Field(
        default=None, alias="supportedCommands"
    )
    timezone: str | None = pydantic.Field(default=None, alias="timezone")
    user_list: list[VirtualMachineInstanceGuestOSUser] | None = pydantic.Field(default=None, alias="userList")


class VirtualMachineInstanceGuestOSInfo(_base.KubeModel):
    id: str | None = pydantic.Field(default=None, alias="id")
    kernel_release: str | None = pydantic.Field(default=None, alias="kernelRelease")
    kernel_version: str | None = pydantic.Field(default=None, alias="kernelVersion")
    machine: str | None = pydantic.Field(default=None, alias="machine")
    name: str | None = pydantic.Field(default=None, alias="name")
    pretty_name: str | None = pydantic.Field(default=None, alias="prettyName")
    version: str | None = pydantic.Field(default=None, alias="version")
    version_id: str | None = pydantic.Field(default=None, alias="versionId")


class VirtualMachineInstanceGuestOSUser(_base.KubeModel):
    domain: str | None = pydantic.Field(default=None, alias="domain")
    login_time: _base.Number | None = pydantic.Field(default=None, alias="loginTime")
    user_name: str = pydantic.Field(alias="userName")


class VirtualMachineInstanceGuestOSUserList(_base.KubeModel):
    api_version: str | None = pydantic.Field(default=None, alias="apiVersion")
    items: list[VirtualMachineInstanceGuestOSUser] = pydantic.Field(alias="items")
    kind: str | None = pydantic.Field(default=None, alias="kind")
    metadata: k8s_meta_v1.ListMeta | None = pydantic.Field(default=None, alias="metadata")


class VirtualMachineInstanceList(_base.KubeModel):
    api_version: str | None = pydantic.Field(default=None, alias="apiVersion")
    items: list[VirtualMachineInstance] = pydantic.Field(alias="items")
    kind: str | None = pydantic.Field(default=None, alias="kind")
    metadata: k8s_meta_v1.ListMeta | None = pydantic.Field(default=None, alias="metadata")


class VirtualMachineInstanceMigration(_base.KubeModel):
    __kube_gvk__: ClassVar[tuple[str, str] | None] = ("kubevirt.io/v1", "VirtualMachineInstanceMigration")
    api_version: str | None = pydantic.Field(default=None, alias="apiVersion")
    kind: str | None = pydantic.Field(default=None, alias="kind")
    metadata: k8s_meta_v1.ObjectMeta | None = pydantic.Field(default=None, alias="metadata")
    spec: VirtualMachineInstanceMigrationSpec = pydantic.Field(alias="spec")
    status: VirtualMachineInstanceMigrationStatus | None = pydantic.Field(default=None, alias="status")


class VirtualMachineInstanceMigrationCondition(_base.KubeModel):
    last_probe_time: str | None = pydantic.Field(default=None, alias="lastProbeTime")
    last_transition_time: str | None = pydantic.Field(default=None, alias="lastTransitionTime")
    message: str | None = pydantic.Field(default=None, alias="message")
    reason: str | None = pydantic.Field(default=None, alias="reason")
    status: str = pydantic.Field(alias="status")
    type: str = pydantic.Field(alias="type")


class VirtualMachineInstanceMigrationList(_base.KubeModel):
    api_version: str | None = pydantic.Field(default=None, alias="apiVersion")
    items: list[VirtualMachineInstanceMigration] = pydantic.Field(alias="items")
    kind: str | None = pydantic.Field(default=None, alias="kind")
    metadata: k8s_meta_v1.ListMeta | None = pydantic.Field(default=None, alias="metadata")


class VirtualMachineInstanceMigrationPhaseTransitionTimestamp(_base.KubeModel):
    phase: _enums.MigrationPhase | None = pydantic.Field(default=None, alias="phase")
    phase_transition_timestamp: str | None = pydantic.Field(default=None, alias="phaseTransitionTimestamp")


class VirtualMachineInstanceMigrationSource(_base.KubeModel):
    connect_url: str = pydantic.Field(alias="connectURL")
    migration_id: str = pydantic.Field(alias="migrationID")


class VirtualMachineInstanceMigrationSourceState(_base.KubeModel):
    domain_name: str | None = pydantic.Field(default=None, alias="domainName")
    domain_namespace: str | None = pydantic.Field(default=None, alias="domainNamespace")
    migration_uid: str | None = pydantic.Field(default=None, alias="migrationUID")
    node: str | None = pydantic.Field(default=None, alias="node")
    node_selectors: dict[str, str] | None = pydantic.Field(default=None, alias="nodeSelectors")
    persistent_state_pvc_name: str | None = pydantic.Field(default=None, alias="persistentStatePVCName")
    pod: str | None = pydantic.Field(default=None, alias="pod")
    selinux_context: str | None = pydantic.Field(default=None, alias="selinuxContext")
    sync_address: str | None = pydantic.Field(default=None, alias="syncAddress")
    virtual_machine_instance_uid: str | None = pydantic.Field(default=None, alias="virtualMachineInstanceUID")


class VirtualMachineInstanceMigrationSpec(_base.KubeModel):
    added_node_selector: dict[str, str] | None = pydantic.Field(default=None, alias="addedNodeSelector")
    priority: str | None = pydantic.Field(default=None, alias="priority")
    receive: VirtualMachineInstanceMigrationTarget | None = pydantic.Field(default=None, alias="receive")
    send_to: VirtualMachineInstanceMigrationSource | None = pydantic.Field(default=None, alias="sendTo")
    vmi_name: str | None = pydantic.Field(default=None, alias="vmiName")


class VirtualMachineInstanceMigrationState(_base.KubeModel):
    abort_requested: bool | None = pydantic.Field(default=None, alias="abortRequested")
    abort_status: str | None = pydantic.Field(default=None, alias="abortStatus")
    completed: bool | None = pydantic.Field(default=None, alias="completed")
    end_timestamp: str | None = pydantic.Field(default=None, alias="endTimestamp")
    failed: bool | None = pydantic.Field(default=None, alias="failed")
    failure_reason: str | None = pydantic.Field(default=None, alias="failureReason")
    migration_configuration: VMIMConfigurationOptions | None = pydantic.Field(
        default=None, alias="migrationConfiguration"
    )
    migration_network_type: str | None = pydantic.Field(default=None, alias="migrationNetworkType")
    migration_policy_name: str | None = pydantic.Field(default=None, alias="migrationPolicyName")
    migration_uid: str | None = pydantic.Field(default=None, alias="migrationUid")
    mode: str | None = pydantic.Field(default=None, alias="mode")
    source_node: str | None = pydantic.Field(default=None, alias="sourceNode")
    source_persistent_state_pvc_name: str | None = pydantic.Field(
        default=None, alias="sourcePersistentStatePVCName"
    )
    source_pod: str | None = pydantic.Field(default=None, alias="sourcePod")
    source_state: VirtualMachineInstanceMigrationSourceState | None = pydantic.Field(
        default=None, alias="sourceState"
    )
    start_timestamp: str | None = pydantic.Field(default=None, alias="startTimestamp")
    target_attachment_pod_uid: str | None = pydantic.Field(default=None, alias="targetAttachmentPodUID")
    target_cpu_set: list[int] | None = pydantic.Field(default=None, alias="targetCPUSet")
    target_direct_migration_node_ports: dict[str, int] | None = pydantic.Field(
        default=None, alias="targetDirectMigrationNodePorts"
    )
    target_memory_overhead: _quantity.Quantity | None = pydantic.Field(
        default=None, alias="targetMemoryOverhead"
    )
    target_node: str | None = pydantic.Field(default=None, alias="targetNode")
    target_node_address: str | None = pydantic.Field(default=None, alias="targetNodeAddress")
    target_node_domain_detected: bool | None = pydantic.Field(default=None, alias="targetNodeDomainDetected")
    target_node_domain_ready_timestamp: str | None = pydantic.Field(
        default=None, alias="targetNodeDomainReadyTimestamp"
    )
    target_node_topology: str | None = pydantic.Field(default=None, alias="targetNodeTopology")
    target_persistent_state_pvc_name: str | None = pydantic.Field(
        default=None, alias="targetPersistentStatePVCName"
    )
    target_pod: str | None = pydantic.Field(default=None, alias="targetPod")
    target_state: VirtualMachineInstanceMigrationTargetState | None = pydantic.Field(
        default=None, alias="targetState"
    )


class VirtualMachineInstanceMigrationStatus(_base.KubeModel):
    conditions: list[VirtualMachineInstanceMigrationCondition] | None = pydantic.Field(
        default=None, alias="conditions"
    )
    migration_state: VirtualMachineInstanceMigrationState | None = pydantic.Field(
        default=None, alias="migrationState"
    )
    phase: _enums.MigrationPhase | None = pydantic.Field(default=None, alias="phase")
    phase_transition_timestamps: list[VirtualMachineInstanceMigrationPhaseTransitionTimestamp] | None = (
        pydantic.Field(default=None, alias="phaseTransitionTimestamps")
    )
    synchronization_addresses: list[str] | None = pydantic.Field(
        default=None, alias="synchronizationAddresses"
    )


class VirtualMachineInstanceMigrationTarget(_base.KubeModel):
    migration_id: str = pydantic.Field(alias="migrationID")


class VirtualMachineInstanceMigrationTargetState(_base.KubeModel):
    attachment_pod_uid: str | None = pydantic.Field(default=None, alias="attachmentPodUID")
    cpu_set: list[int] | None = pydantic.Field(default=None, alias="cpuSet")
    direct_migration_node_ports: dict[str, int] | None = pydantic.Field(
        default=None, alias="directMigrationNodePorts"
    )
    domain_detected: bool | None = pydantic.Field(default=None, alias="domainDetected")
    domain_name: str | None = pydantic.Field(default=None, alias="domainName")
    domain_namespace: str | None = pydantic.Field(default=None, alias="domainNamespace")
    domain_ready_timestamp: str | None = pydantic.Field(default=None, alias="domainReadyTimestamp")
    migration_uid: str | None = pydantic.Field(default=None, alias="migrationUID")
    node: str | None = pydantic.Field(default=None, alias="node")
    node_address: str | None = pydantic.Field(default=None, alias="nodeAddress")
    node_topology: str | None = pydantic.Field(default=None, alias="nodeTopology")
    persistent_state_pvc_name: str | None = pydantic.Field(default=None, alias="persistentStatePVCName")
    pod: str | None = pydantic.Field(default=None, alias="pod")
    selinux_context: str | None = pydantic.Field(default=None, alias="selinuxContext")
    sync_address: str | None = pydantic.Field(default=None, alias="syncAddress")
    virtual_machine_instance_uid: str | None = pydantic.Field(default=None, alias="virtualMachineInstanceUID")


class VirtualMachineInstanceNetworkInterface(_base.KubeModel):
    info_source: str | None = pydantic.Field(default=None, alias="infoSource")
    interface_name: str | None = pydantic.Field(default=None, alias="interfaceName")
    ip_address: str | None = pydantic.Field(default=None, alias="ipAddress")
    ip_addresses: list[str] | None = pydantic.Field(default=None, alias="ipAddresses")
    link_state: str | None = pydantic.Field(default=None, alias="linkState")
    mac: str | None = pydantic.Field(default=None, alias="mac")
    name: str | None = pydantic.Field(default=None, alias="name")
    pod_interface_name: str | None = pydantic.Field(default=None, alias="podInterfaceName")
    queue_count: int | None = pydantic.Field(default=None, alias="queueCount")


class VirtualMachineInstancePhaseTransitionTimestamp(_base.KubeModel):
    phase: _enums.VMIPhase | None = pydantic.Field(default=None, alias="phase")
    phase_transition_timestamp: str | None = pydantic.Field(default=None, alias="phaseTransitionTimestamp")


class VirtualMachineInstancePreset(_base.KubeModel):
    __kube_gvk__: ClassVar[tuple[str, str] | None] = ("kubevirt.io/v1", "VirtualMachineInstancePreset")
    api_version: str | None = pydantic.Field(default=None, alias="apiVersion")
    kind: str | None = pydantic.Field(default=None, alias="kind")
    metadata: k8s_meta_v1.ObjectMeta | None = pydantic.Field(default=None, alias="metadata")
    spec: VirtualMachineInstancePresetSpec | None = pydantic.Field(default=None, alias="spec")


class VirtualMachineInstancePresetList(_base.KubeModel):
    api_version: str | None = pydantic.Field(default=None, alias="apiVersion")
    items: list[VirtualMachineInstancePreset] = pydantic.Field(alias="items")
    kind: str | None = pydantic.Field(default=None, alias="kind")
    metadata: k8s_meta_v1.ListMeta | None = pydantic.Field(default=None, alias="metadata")


class VirtualMachineInstancePresetSpec(_base.KubeModel):
    domain: DomainSpec | None = pydantic.Field(default=None, alias="domain")
    selector: k8s_meta_v1.LabelSelector = pydantic.Field(alias="selector")


class VirtualMachineInstanceProfile(_base.KubeModel):
    custom_profile: CustomProfile | None = pydantic.Field(default=None, alias="customProfile")


class VirtualMachineInstanceReplicaSet(_base.KubeModel):
    __kube_gvk__: ClassVar[tuple[str, str] | None] = ("kubevirt.io/v1", "VirtualMachineInstanceReplicaSet")
    api_version: str | None = pydantic.Field(default=None, alias="apiVersion")
    kind: str | None = pydantic.Field(default=None, alias="kind")
    metadata: k8s_meta_v1.ObjectMeta | None = pydantic.Field(default=None, alias="metadata")
    spec: VirtualMachineInstanceReplicaSetSpec = pydantic.Field(alias="spec")
    status: VirtualMachineInstanceReplicaSetStatus | None = pydantic.Field(default=None, alias="status")


class VirtualMachineInstanceReplicaSetCondition(_base.KubeModel):
    last_probe_time: str | None = pydantic.Field(default=None, alias="lastProbeTime")
    last_transition_time: str | None = pydantic.Field(default=None, alias="lastTransitionTime")
    message: str | None = pydantic.Field(default=None, alias="message")
    reason: str | None = pydantic.Field(default=None, alias="reason")
    status: str = pydantic.Field(alias="status")
    type: str = pydantic.Field(alias="type")


class VirtualMachineInstanceReplicaSetList(_base.KubeModel):
    api_version: str | None = pydantic.Field(default=None, alias="apiVersion")
    items: list[VirtualMachineInstanceReplicaSet] = pydantic.Field(alias="items")
    kind: str | None = pydantic.Field(default=None, alias="kind")
    metadata: k8s_meta_v1.ListMeta | None = pydantic.Field(default=None, alias="metadata")


class VirtualMachineInstanceReplicaSetSpec(_base.KubeModel):
    paused: bool | None = pydantic.Field(default=None, alias="paused")
    replicas: int | None = pydantic.Field(default=None, alias="replicas")
    selector: k8s_meta_v1.LabelSelector = pydantic.Field(alias="selector")
    template: VirtualMachineInstanceTemplateSpec = pydantic.Field(alias="template")


class VirtualMachineInstanceReplicaSetStatus(_base.KubeModel):
    conditions: list[VirtualMachineInstanceReplicaSetCondition] | None = pydantic.Field(
        default=None, alias="conditions"
    )
    label_selector: str | None = pydantic.Field(default=None, alias="labelSelector")
    ready_replicas: int | None = pydantic.Field(default=None, alias="readyReplicas")
    replicas: int | None = pydantic.Field(default=None, alias="replicas")


class VirtualMachineInstanceResourceClaim(_base.KubeModel):
    name: str = pydantic.Field(alias="name")
    resource_claim_name: str | None = pydantic.Field(default=None, alias="resourceClaimName")
    resource_claim_template_name: str | None = pydantic.Field(default=None, alias="resourceClaimTemplateName")


class VirtualMachineInstanceSpec(_base.KubeModel):
    access_credentials: list[AccessCredential] | None = pydantic.Field(
        default=None, alias="accessCredentials"
    )
    affinity: k8s_core_v1.Affinity | None = pydantic.Field(default=None, alias="affinity")
    architecture: str | None = pydantic.Field(default=None, alias="architecture")
    dns_config: k8s_core_v1.PodDNSConfig | None = pydantic.Field(default=None, alias="dnsConfig")
    dns_policy: Literal["ClusterFirst", "ClusterFirstWithHostNet", "Default", "None"] | None = pydantic.Field(
        default=None, alias="dnsPolicy"
    )
    domain: DomainSpec = pydantic.Field(alias="domain")
    eviction_strategy: str | None = pydantic.Field(default=None, alias="evictionStrategy")
    hostname: str | None = pydantic.Field(default=None, alias="hostname")
    liveness_probe: Probe | None = pydantic.Field(default=None, alias="livenessProbe")
    networks: list[Network] | None = pydantic.Field(default=None, alias="networks")
    node_selector: dict[str, str] | None = pydantic.Field(default=None, alias="nodeSelector")
    priority_class_name: str | None = pydantic.Field(default=None, alias="priorityClassName")
    readiness_probe: Probe | None = pydantic.Field(default=None, alias="readinessProbe")
    resource_claims: list[VirtualMachineInstanceResourceClaim] | None = pydantic.Field(
        default=None, alias="resourceClaims"
    )
    scheduler_name: str | None = pydantic.Field(default=None, alias="schedulerName")
    service_account_name: str | None = pydantic.Field(default=None, alias="serviceAccountName")
    start_strategy: str | None = pydantic.Field(default=None, alias="startStrategy")
    subdomain: str | None = pydantic.Field(default=None, alias="subdomain")
    termination_grace_period_seconds: int | None = pydantic.Field(
        default=None, alias="terminationGracePeriodSeconds"
    )
    tolerations: list[k8s_core_v1.Toleration] | None = pydantic.Field(default=None, alias="tolerations")
    topology_spread_constraints: list[k8s_core_v1.TopologySpreadConstraint] | None = pydantic.Field(
        default=None, alias="topologySpreadConstraints"
    )
    utility_volumes: list[UtilityVolume] | None = pydantic.Field(default=None, alias="utilityVolumes")
    volumes: list[Volume] | None = pydantic.Field(default=None, alias="volumes")


class VirtualMachineInstanceStatus(_base.KubeModel):
    vsock_cid: int | None = pydantic.Field(default=None, alias="VSOCKCID")
    active_pods: dict[str, str] | None = pydantic.Field(default=None, alias="activePods")
    changed_block_tracking: ChangedBlockTrackingStatus | None = pydantic.Field(
        default=None, alias="changedBlockTracking"
    )
    conditions: list[VirtualMachineInstanceCondition] | None = pydantic.Field(
        default=None, alias="conditions"
    )
    current_cpu_topology: CPUTopology | None = pydantic.Field(default=None, alias="currentCPUTopology")
    evacuation_node_name: str | None = pydantic.Field(default=None, alias="evacuationNodeName")
    fs_freeze_status: str | None = pydantic.Field(default=None, alias="fsFreezeStatus")
    guest_os_info: VirtualMachineInstanceGuestOSInfo | None = pydantic.Field(
        default=None, alias="guestOSInfo"
    )
    interfaces: list[VirtualMachineInstanceNetworkInterface] | None = pydantic.Field(
        default=None, alias="interfaces"
    )
    kernel_boot_status: KernelBootStatus | None = pydantic.Field(default=None, alias="kernelBootStatus")
    launcher_container_image_version: str | None = pydantic.Field(
        default=None, alias="launcherContainerImageVersion"
    )
    machine: Machine | None = pydantic.Field(default=None, alias="machine")
    memory: MemoryStatus | None = pydantic.Field(default=None, alias="memory")
    migrated_volumes: list[StorageMigratedVolumeInfo] | None = pydantic.Field(
        default=None, alias="migratedVolumes"
    )
    migration_method: str | None = pydantic.Field(default=None, alias="migrationMethod")
    migration_state: VirtualMachineInstanceMigrationState | None = pydantic.Field(
        default=None, alias="migrationState"
    )
    migration_transport: str | None = pydantic.Field(default=None, alias="migrationTransport")
    node_name: str | None = pydantic.Field(default=None, alias="nodeName")
    phase: _enums.VMIPhase | None = pydantic.Field(default=None, alias="phase")
    phase_transition_timestamps: list[VirtualMachineInstancePhaseTransitionTimestamp] | None = pydantic.Field(
        default=None, alias="phaseTransitionTimestamps"
    )
    qos_class: Literal["BestEffort", "Burstable", "Guaranteed"] | None = pydantic.Field(
        default=None, alias="qosClass"
    )
    reason: str | None = pydantic.Field(default=None, alias="reason")
    runtime_user: int | None = pydantic.Field(default=None, alias="runtimeUser")
    selinux_context: str | None = pydantic.Field(default=None, alias="selinuxContext")
    topology_hints: TopologyHints | None = pydantic.Field(default=None, alias="topologyHints")
    virtual_machine_revision_name: str | None = pydantic.Field(
        default=None, alias="virtualMachineRevisionName"
    )
    volume_status: list[VolumeStatus] | None = pydantic.Field(default=None, alias="volumeStatus")


class VirtualMachineInstanceTemplateSpec(_base.KubeModel):
    metadata: k8s_meta_v1.ObjectMeta | None = pydantic.Field(default=None, alias="metadata")
    spec: VirtualMachineInstanceSpec | None = pydantic.Field(default=None, alias="spec")


class VirtualMachineList(_base.KubeModel):
    api_version: str | None = pydantic.Field(default=None, alias="apiVersion")
    items: list[VirtualMachine] = pydantic.Field(alias="items")
    kind: str | None = pydantic.Field(default=None, alias="kind")
    metadata: k8s_meta_v1.ListMeta | None = pydantic.Field(default=None, alias="metadata")


class VirtualMachineMemoryDumpRequest(_base.KubeModel):
    claim_name: str = pydantic.Field(alias="claimName")
    end_timestamp: str | None = pydantic.Field(default=None, alias="endTimestamp")
    file_name: str | None = pydantic.Field(default=None, alias="fileName")
    message: str | None = pydantic.Field(default=None, alias="message")
    phase: str = pydantic.Field(alias="phase")
    remove: bool | None = pydantic.Field(default=None, alias="remove")
    start_timestamp: str | None = pydantic.Field(default=None, alias="startTimestamp")


class VirtualMachineOptions(_base.KubeModel):
    disable_free_page_reporting: DisableFreePageReporting | None = pydantic.Field(
        default=None, alias="disableFreePageReporting"
    )
    disable_serial_console_log: DisableSerialConsoleLog | None = pydantic.Field(
        default=None, alias="disableSerialConsoleLog"
    )


class VirtualMachineSpec(_base.KubeModel):
    data_volume_templates: list[DataVolumeTemplateSpec] | None = pydantic.Field(
        default=None, alias="dataVolumeTemplates"
    )
    instancetype: InstancetypeMatcher | None = pydantic.Field(default=None, alias="instancetype")
    preference: PreferenceMatcher | None = pydantic.Field(default=None, alias="preference")
    run_strategy: _enums.RunStrategy | None = pydantic.Field(default=None, alias="runStrategy")
    running: bool | None = pydantic.Field(default=None, alias="running")
    template: VirtualMachineInstanceTemplateSpec = pydantic.Field(alias="template")
    update_volumes_strategy: str | None = pydantic.Field(default=None, alias="updateVolumesStrategy")


class VirtualMachineStartFailure(_base.KubeModel):
    consecutive_fail_count: int | None = pydantic.Field(default=None, alias="consecutiveFailCount")
    last_failed_vmiuid: str | None = pydantic.Field(default=None, alias="lastFailedVMIUID")
    retry_after_timestamp: str | None = pydantic.Field(default=None, alias="retryAfterTimestamp")


class VirtualMachineStateChangeRequest(_base.KubeModel):
    action: str = pydantic.Field(alias="action")
    data: dict[str, str] | None = pydantic.Field(default=None, alias="data")
    uid: str | None = pydantic.Field(default=None, alias="uid")


class VirtualMachineStatus(_base.KubeModel):
    changed_block_tracking: ChangedBlockTrackingStatus | None = pydantic.Field(
        default=None, alias="changedBlockTracking"
    )
    conditions: list[VirtualMachineCondition] | None = pydantic.Field(default=None, alias="conditions")
    created: bool | None = pydantic.Field(default=None, alias="created")
    desired_generation: int | None = pydantic.Field(default=None, alias="desiredGeneration")
    instancetype_ref: InstancetypeStatusRef | None = pydantic.Field(default=None, alias="instancetypeRef")
    memory_dump_request: VirtualMachineMemoryDumpRequest | None = pydantic.Field(
        default=None, alias="memoryDumpRequest"
    )
    observed_generation: int | None = pydantic.Field(default=None, alias="observedGeneration")
    preference_ref: InstancetypeStatusRef | None = pydantic.Field(default=None, alias="preferenceRef")
    printable_status: _enums.PrintableStatus | None = pydantic.Field(default=None, alias="printableStatus")
    ready: bool | None = pydantic.Field(default=None, alias="ready")
    restore_in_progress: str | None = pydantic.Field(default=None, alias="restoreInProgress")
    run_strategy: _enums.RunStrategy | None = pydantic.Field(default=None, alias="runStrategy")
    snapshot_in_progress: str | None = pydantic.Field(default=None, alias="snapshotInProgress")
    start_failure: VirtualMachineStartFailure | None = pydantic.Field(default=None, alias="startFailure")
    state_change_requests: list[VirtualMachineStateChangeRequest] | None = pydantic.Field(
        default=None, alias="stateChangeRequests"
    )
    volume_requests: list[VirtualMachineVolumeRequest] | None = pydantic.Field(
        default=None, alias="volumeRequests"
    )
    volume_snapshot_statuses: list[VolumeSnapshotStatus] | None = pydantic.Field(
        default=None, alias="volumeSnapshotStatuses"
    )
    volume_update_state: VolumeUpdateState | None = pydantic.Field(default=None, alias="volumeUpdateState")


class VirtualMachineVolumeRequest(_base.KubeModel):
    add_volume_options: AddVolumeOptions | None = pydantic.Field(default=None, alias="addVolumeOptions")
    remove_volume_options: RemoveVolumeOptions | None = pydantic.Field(
        default=None, alias="removeVolumeOptions"
    )


class Volume(_base.KubeModel):
    cloud_init_config_drive: CloudInitConfigDriveSource | None = pydantic.Field(
        default=None, alias="cloudInitConfigDrive"
    )
    cloud_init_no_cloud: CloudInitNoCloudSource | None = pydantic.Field(
        default=None, alias="cloudInitNoCloud"
    )
    config_map: ConfigMapVolumeSource | None = pydantic.Field(default=None, alias="configMap")
    container_disk: ContainerDiskSource | None = pydantic.Field(default=None, alias="containerDisk")
    container_path: ContainerPathVolumeSource | None = pydantic.Field(default=None, alias="containerPath")
    data_volume: DataVolumeSource | None = pydantic.Field(default=None, alias="dataVolume")
    downward_api: DownwardAPIVolumeSource | None = pydantic.Field(default=None, alias="downwardAPI")
    downward_metrics: DownwardMetricsVolumeSource | None = pydantic.Field(
        default=None, alias="downwardMetrics"
    )
    empty_disk: EmptyDiskSource | None = pydantic.Field(default=None, alias="emptyDisk")
    ephemeral: EphemeralVolumeSource | None = pydantic.Field(default=None, alias="ephemeral")
    host_disk: HostDisk | None = pydantic.Field(default=None, alias="hostDisk")
    memory_dump: MemoryDumpVolumeSource | None = pydantic.Field(default=None, alias="memoryDump")
    name: str = pydantic.Field(alias="name")
    persistent_volume_claim: PersistentVolumeClaimVolumeSource | None = pydantic.Field(
        default=None, alias="persistentVolumeClaim"
    )
    secret: SecretVolumeSource | None = pydantic.Field(default=None, alias="secret")
    service_account: ServiceAccountVolumeSource | None = pydantic.Field(default=None, alias="serviceAccount")
    sysprep: SysprepSource | None = pydantic.Field(default=None, alias="sysprep")


class VolumeMigrationState(_base.KubeModel):
    migrated_volumes: list[StorageMigratedVolumeInfo] | None = pydantic.Field(
        default=None, alias="migratedVolumes"
    )


class VolumeSnapshotStatus(_base.KubeModel):
    enabled: bool = pydantic.Field(alias="enabled")
    name: str = pydantic.Field(alias="name")
    reason: str | None = pydantic.Field(default=None, alias="reason")


class VolumeStatus(_base.KubeModel):
    container_disk_volume: ContainerDiskInfo | None = pydantic.Field(
        default=None, alias="containerDiskVolume"
    )
    hotplug_volume: HotplugVolumeStatus | None = pydantic.Field(default=None, alias="hotplugVolume")
    memory_dump_volume: DomainMemoryDumpInfo | None = pydantic.Field(default=None, alias="memoryDumpVolume")
    message: str | None = pydantic.Field(default=None, alias="message")
    name: str = pydantic.Field(alias="name")
    persistent_volume_claim_info: PersistentVolumeClaimInfo | None = pydantic.Field(
        default=None, alias="persistentVolumeClaimInfo"
    )
    phase: str | None = pydantic.Field(default=None, alias="phase")
    reason: str | None = pydantic.Field(default=None, alias="reason")
    size: int | None = pydantic.Field(default=None, alias="size")
    target: str = pydantic.Field(alias="target")


class VolumeUpdateState(_base.KubeModel):
    volume_migration_state: VolumeMigrationState | None = pydantic.Field(
        default=None, alias="volumeMigrationState"
    )


class Watchdog(_base.KubeModel):
    diag288: Diag288Watchdog | None = pydantic.Field(default=None, alias="diag288")
    i6300esb: I6300ESBWatchdog | None = pydantic.Field(default=None, alias="i6300esb")
    name: str = pydantic.Field(alias="name")


from pulumi_kubevirt.models import (  # noqa: E402  (cyclic; see above)
    k8s_core_v1,
    k8s_meta_v1,
    kubevirt_v1alpha1,
    kubevirt_v1beta1,
)
