# generated — regenerate, don't edit
# Written by scripts/codegen/generate.py from
#   kubevirt-v1.9.0/swagger.json (sha256 2c12b9c092941cff)
"""KubeVirt v1 API types."""

from __future__ import annotations

from typing import ClassVar, Literal

import pydantic

from pulumi_kubevirt_models import base, enums, quantity

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


class ACPI(base.KubeModel):
    msdm_name_ref: base.Input[str] | None = pydantic.Field(default=None, alias="msdmNameRef")
    slic_name_ref: base.Input[str] | None = pydantic.Field(default=None, alias="slicNameRef")


class AccessCredential(base.KubeModel):
    ssh_public_key: base.Input[SSHPublicKeyAccessCredential] | None = pydantic.Field(
        default=None, alias="sshPublicKey"
    )
    user_password: base.Input[UserPasswordAccessCredential] | None = pydantic.Field(
        default=None, alias="userPassword"
    )


class AccessCredentialSecretSource(base.KubeModel):
    secret_name: base.Input[str] = pydantic.Field(alias="secretName")


class AddVolumeOptions(base.KubeModel):
    disk: base.Input[Disk] = pydantic.Field(alias="disk")
    dry_run: base.Input[base.InputList[str]] | None = pydantic.Field(default=None, alias="dryRun")
    name: base.Input[str] = pydantic.Field(alias="name")
    volume_source: base.Input[HotplugVolumeSource] = pydantic.Field(alias="volumeSource")


class ArchConfiguration(base.KubeModel):
    amd64: base.Input[ArchSpecificConfiguration] | None = pydantic.Field(default=None, alias="amd64")
    arm64: base.Input[ArchSpecificConfiguration] | None = pydantic.Field(default=None, alias="arm64")
    default_architecture: base.Input[str] | None = pydantic.Field(default=None, alias="defaultArchitecture")
    ppc64le: base.Input[ArchSpecificConfiguration] | None = pydantic.Field(default=None, alias="ppc64le")
    s390x: base.Input[ArchSpecificConfiguration] | None = pydantic.Field(default=None, alias="s390x")


class ArchSpecificConfiguration(base.KubeModel):
    emulated_machines: base.Input[base.InputList[str]] | None = pydantic.Field(
        default=None, alias="emulatedMachines"
    )
    machine_type: base.Input[str] | None = pydantic.Field(default=None, alias="machineType")
    ovmf_path: base.Input[str] | None = pydantic.Field(default=None, alias="ovmfPath")


class BIOS(base.KubeModel):
    use_serial: base.Input[bool] | None = pydantic.Field(default=None, alias="useSerial")


class BlockSize(base.KubeModel):
    custom: base.Input[CustomBlockSize] | None = pydantic.Field(default=None, alias="custom")
    match_volume: base.Input[FeatureState] | None = pydantic.Field(default=None, alias="matchVolume")


class Bootloader(base.KubeModel):
    bios: base.Input[BIOS] | None = pydantic.Field(default=None, alias="bios")
    efi: base.Input[EFI] | None = pydantic.Field(default=None, alias="efi")


class CDRomTarget(base.KubeModel):
    bus: base.Input[enums.DiskBus] | None = pydantic.Field(default=None, alias="bus")
    readonly: base.Input[bool] | None = pydantic.Field(default=None, alias="readonly")
    tray: base.Input[str] | None = pydantic.Field(default=None, alias="tray")


class CPU(base.KubeModel):
    cores: base.Input[int] | None = pydantic.Field(default=None, alias="cores")
    dedicated_cpu_placement: base.Input[bool] | None = pydantic.Field(
        default=None, alias="dedicatedCpuPlacement"
    )
    features: base.Input[base.InputList[CPUFeature]] | None = pydantic.Field(default=None, alias="features")
    isolate_emulator_thread: base.Input[bool] | None = pydantic.Field(
        default=None, alias="isolateEmulatorThread"
    )
    max_sockets: base.Input[int] | None = pydantic.Field(default=None, alias="maxSockets")
    model: base.Input[str] | None = pydantic.Field(default=None, alias="model")
    numa: base.Input[NUMA] | None = pydantic.Field(default=None, alias="numa")
    realtime: base.Input[Realtime] | None = pydantic.Field(default=None, alias="realtime")
    sockets: base.Input[int] | None = pydantic.Field(default=None, alias="sockets")
    threads: base.Input[int] | None = pydantic.Field(default=None, alias="threads")


class CPUFeature(base.KubeModel):
    name: base.Input[str] = pydantic.Field(alias="name")
    policy: base.Input[str] | None = pydantic.Field(default=None, alias="policy")


class CPUTopology(base.KubeModel):
    cores: base.Input[int] | None = pydantic.Field(default=None, alias="cores")
    sockets: base.Input[int] | None = pydantic.Field(default=None, alias="sockets")
    threads: base.Input[int] | None = pydantic.Field(default=None, alias="threads")


class CertConfig(base.KubeModel):
    duration: base.Input[str] | None = pydantic.Field(default=None, alias="duration")
    renew_before: base.Input[str] | None = pydantic.Field(default=None, alias="renewBefore")


class ChangedBlockTrackingSelectors(base.KubeModel):
    namespace_label_selector: base.Input[k8s_meta_v1.LabelSelector] | None = pydantic.Field(
        default=None, alias="namespaceLabelSelector"
    )
    virtual_machine_label_selector: base.Input[k8s_meta_v1.LabelSelector] | None = pydantic.Field(
        default=None, alias="virtualMachineLabelSelector"
    )


class ChangedBlockTrackingStatus(base.KubeModel):
    backup_status: base.Input[VirtualMachineInstanceBackupStatus] | None = pydantic.Field(
        default=None, alias="backupStatus"
    )
    state: base.Input[str] = pydantic.Field(alias="state")


class Chassis(base.KubeModel):
    asset: base.Input[str] | None = pydantic.Field(default=None, alias="asset")
    manufacturer: base.Input[str] | None = pydantic.Field(default=None, alias="manufacturer")
    serial: base.Input[str] | None = pydantic.Field(default=None, alias="serial")
    sku: base.Input[str] | None = pydantic.Field(default=None, alias="sku")
    version: base.Input[str] | None = pydantic.Field(default=None, alias="version")


class ClaimRequest(base.KubeModel):
    claim_name: base.Input[str] | None = pydantic.Field(default=None, alias="claimName")
    request_name: base.Input[str] | None = pydantic.Field(default=None, alias="requestName")


class ClientPassthroughDevices(base.KubeModel):
    pass


class Clock(base.KubeModel):
    timer: base.Input[Timer] | None = pydantic.Field(default=None, alias="timer")
    timezone: base.Input[str] | None = pydantic.Field(default=None, alias="timezone")
    utc: base.Input[ClockOffsetUTC] | None = pydantic.Field(default=None, alias="utc")


class ClockOffset(base.KubeModel):
    timezone: base.Input[str] | None = pydantic.Field(default=None, alias="timezone")
    utc: base.Input[ClockOffsetUTC] | None = pydantic.Field(default=None, alias="utc")


class ClockOffsetUTC(base.KubeModel):
    offset_seconds: base.Input[int] | None = pydantic.Field(default=None, alias="offsetSeconds")


class CloudInitConfigDriveSource(base.KubeModel):
    network_data: base.Input[str] | None = pydantic.Field(default=None, alias="networkData")
    network_data_base64: base.Input[str] | None = pydantic.Field(default=None, alias="networkDataBase64")
    network_data_secret_ref: base.Input[k8s_core_v1.LocalObjectReference] | None = pydantic.Field(
        default=None, alias="networkDataSecretRef"
    )
    secret_ref: base.Input[k8s_core_v1.LocalObjectReference] | None = pydantic.Field(
        default=None, alias="secretRef"
    )
    user_data: base.Input[str] | None = pydantic.Field(default=None, alias="userData")
    user_data_base64: base.Input[str] | None = pydantic.Field(default=None, alias="userDataBase64")


class CloudInitNoCloudSource(base.KubeModel):
    network_data: base.Input[str] | None = pydantic.Field(default=None, alias="networkData")
    network_data_base64: base.Input[str] | None = pydantic.Field(default=None, alias="networkDataBase64")
    network_data_secret_ref: base.Input[k8s_core_v1.LocalObjectReference] | None = pydantic.Field(
        default=None, alias="networkDataSecretRef"
    )
    secret_ref: base.Input[k8s_core_v1.LocalObjectReference] | None = pydantic.Field(
        default=None, alias="secretRef"
    )
    user_data: base.Input[str] | None = pydantic.Field(default=None, alias="userData")
    user_data_base64: base.Input[str] | None = pydantic.Field(default=None, alias="userDataBase64")


class CommonInstancetypesDeployment(base.KubeModel):
    enabled: base.Input[bool] | None = pydantic.Field(default=None, alias="enabled")


class ComponentConfig(base.KubeModel):
    node_placement: base.Input[NodePlacement] | None = pydantic.Field(default=None, alias="nodePlacement")
    replicas: base.Input[int] | None = pydantic.Field(default=None, alias="replicas")


class Condition(base.KubeModel):
    last_probe_time: base.Input[str] | None = pydantic.Field(default=None, alias="lastProbeTime")
    last_transition_time: base.Input[str] | None = pydantic.Field(default=None, alias="lastTransitionTime")
    message: base.Input[str] | None = pydantic.Field(default=None, alias="message")
    reason: base.Input[str] | None = pydantic.Field(default=None, alias="reason")
    status: base.Input[str] = pydantic.Field(alias="status")
    type: base.Input[str] = pydantic.Field(alias="type")


class ConfidentialComputeConfiguration(base.KubeModel):
    tdx: base.Input[TDXConfiguration] | None = pydantic.Field(default=None, alias="tdx")


class ConfigDriveSSHPublicKeyAccessCredentialPropagation(base.KubeModel):
    pass


class ConfigMapVolumeSource(base.KubeModel):
    name: base.Input[str] | None = pydantic.Field(default=None, alias="name")
    optional: base.Input[bool] | None = pydantic.Field(default=None, alias="optional")
    volume_label: base.Input[str] | None = pydantic.Field(default=None, alias="volumeLabel")


class ContainerDiskInfo(base.KubeModel):
    checksum: base.Input[int] | None = pydantic.Field(default=None, alias="checksum")


class ContainerDiskSource(base.KubeModel):
    image: base.Input[str] = pydantic.Field(alias="image")
    image_pull_policy: base.Input[Literal["Always", "IfNotPresent", "Never"]] | None = pydantic.Field(
        default=None, alias="imagePullPolicy"
    )
    image_pull_secret: base.Input[str] | None = pydantic.Field(default=None, alias="imagePullSecret")
    path: base.Input[str] | None = pydantic.Field(default=None, alias="path")


class ContainerPathVolumeSource(base.KubeModel):
    path: base.Input[str] = pydantic.Field(alias="path")
    read_only: base.Input[bool] | None = pydantic.Field(default=None, alias="readOnly")


class ControllerRevisionRef(base.KubeModel):
    name: base.Input[str] | None = pydantic.Field(default=None, alias="name")


class CustomBlockSize(base.KubeModel):
    discard_granularity: base.Input[int] | None = pydantic.Field(default=None, alias="discardGranularity")
    logical: base.Input[int] | None = pydantic.Field(default=None, alias="logical")
    physical: base.Input[int] | None = pydantic.Field(default=None, alias="physical")


class CustomProfile(base.KubeModel):
    localhost_profile: base.Input[str] | None = pydantic.Field(default=None, alias="localhostProfile")
    runtime_default_profile: base.Input[bool] | None = pydantic.Field(
        default=None, alias="runtimeDefaultProfile"
    )


class CustomizeComponents(base.KubeModel):
    flags: base.Input[Flags] | None = pydantic.Field(default=None, alias="flags")
    patches: base.Input[base.InputList[CustomizeComponentsPatch]] | None = pydantic.Field(
        default=None, alias="patches"
    )


class CustomizeComponentsPatch(base.KubeModel):
    patch: base.Input[str] = pydantic.Field(alias="patch")
    resource_name: base.Input[str] = pydantic.Field(alias="resourceName")
    resource_type: base.Input[str] = pydantic.Field(alias="resourceType")
    type: base.Input[str] = pydantic.Field(alias="type")


class DHCPOptions(base.KubeModel):
    boot_file_name: base.Input[str] | None = pydantic.Field(default=None, alias="bootFileName")
    ntp_servers: base.Input[base.InputList[str]] | None = pydantic.Field(default=None, alias="ntpServers")
    private_options: base.Input[base.InputList[DHCPPrivateOptions]] | None = pydantic.Field(
        default=None, alias="privateOptions"
    )
    tftp_server_name: base.Input[str] | None = pydantic.Field(default=None, alias="tftpServerName")


class DHCPPrivateOptions(base.KubeModel):
    option: base.Input[int] = pydantic.Field(alias="option")
    value: base.Input[str] = pydantic.Field(alias="value")


class DataVolumeSource(base.KubeModel):
    hotpluggable: base.Input[bool] | None = pydantic.Field(default=None, alias="hotpluggable")
    name: base.Input[str] = pydantic.Field(alias="name")


class DataVolumeTemplateDummyStatus(base.KubeModel):
    pass


class DataVolumeTemplateSpec(base.KubeModel):
    api_version: base.Input[str] | None = pydantic.Field(default=None, alias="apiVersion")
    kind: base.Input[str] | None = pydantic.Field(default=None, alias="kind")
    metadata: base.Input[k8s_meta_v1.ObjectMeta] | None = pydantic.Field(default=None, alias="metadata")
    spec: base.Input[kubevirt_v1beta1.DataVolumeSpec] = pydantic.Field(alias="spec")
    status: base.Input[DataVolumeTemplateDummyStatus] | None = pydantic.Field(default=None, alias="status")


class DeprecatedInterfaceMacvtap(base.KubeModel):
    pass


class DeprecatedInterfacePasst(base.KubeModel):
    pass


class DeprecatedInterfaceSlirp(base.KubeModel):
    pass


class DeveloperConfiguration(base.KubeModel):
    cluster_profiler: base.Input[bool] | None = pydantic.Field(default=None, alias="clusterProfiler")
    cpu_allocation_ratio: base.Input[int] | None = pydantic.Field(default=None, alias="cpuAllocationRatio")
    disabled_feature_gates: base.Input[base.InputList[str]] | None = pydantic.Field(
        default=None, alias="disabledFeatureGates"
    )
    disk_verification: base.Input[DiskVerification] | None = pydantic.Field(
        default=None, alias="diskVerification"
    )
    feature_gates: base.Input[base.InputList[str]] | None = pydantic.Field(default=None, alias="featureGates")
    log_verbosity: base.Input[LogVerbosity] | None = pydantic.Field(default=None, alias="logVerbosity")
    memory_overcommit: base.Input[int] | None = pydantic.Field(default=None, alias="memoryOvercommit")
    minimum_cluster_tsc_frequency: base.Input[int] | None = pydantic.Field(
        default=None, alias="minimumClusterTSCFrequency"
    )
    minimum_reserve_pvc_bytes: base.Input[int] | None = pydantic.Field(
        default=None, alias="minimumReservePVCBytes"
    )
    node_selectors: base.Input[base.InputMap[str]] | None = pydantic.Field(
        default=None, alias="nodeSelectors"
    )
    pvc_tolerate_less_space_up_to_percent: base.Input[int] | None = pydantic.Field(
        default=None, alias="pvcTolerateLessSpaceUpToPercent"
    )
    use_emulation: base.Input[bool] | None = pydantic.Field(default=None, alias="useEmulation")


class Devices(base.KubeModel):
    autoattach_graphics_device: base.Input[bool] | None = pydantic.Field(
        default=None, alias="autoattachGraphicsDevice"
    )
    autoattach_input_device: base.Input[bool] | None = pydantic.Field(
        default=None, alias="autoattachInputDevice"
    )
    autoattach_mem_balloon: base.Input[bool] | None = pydantic.Field(
        default=None, alias="autoattachMemBalloon"
    )
    autoattach_pod_interface: base.Input[bool] | None = pydantic.Field(
        default=None, alias="autoattachPodInterface"
    )
    autoattach_serial_console: base.Input[bool] | None = pydantic.Field(
        default=None, alias="autoattachSerialConsole"
    )
    autoattach_vsock: base.Input[bool] | None = pydantic.Field(default=None, alias="autoattachVSOCK")
    block_multi_queue: base.Input[bool] | None = pydantic.Field(default=None, alias="blockMultiQueue")
    client_passthrough: base.Input[ClientPassthroughDevices] | None = pydantic.Field(
        default=None, alias="clientPassthrough"
    )
    disable_hotplug: base.Input[bool] | None = pydantic.Field(default=None, alias="disableHotplug")
    disks: base.Input[base.InputList[Disk]] | None = pydantic.Field(default=None, alias="disks")
    downward_metrics: base.Input[DownwardMetrics] | None = pydantic.Field(
        default=None, alias="downwardMetrics"
    )
    filesystems: base.Input[base.InputList[Filesystem]] | None = pydantic.Field(
        default=None, alias="filesystems"
    )
    gpus: base.Input[base.InputList[GPU]] | None = pydantic.Field(default=None, alias="gpus")
    host_devices: base.Input[base.InputList[HostDevice]] | None = pydantic.Field(
        default=None, alias="hostDevices"
    )
    inputs: base.Input[base.InputList[Input]] | None = pydantic.Field(default=None, alias="inputs")
    interfaces: base.Input[base.InputList[Interface]] | None = pydantic.Field(
        default=None, alias="interfaces"
    )
    log_serial_console: base.Input[bool] | None = pydantic.Field(default=None, alias="logSerialConsole")
    network_interface_multiqueue: base.Input[bool] | None = pydantic.Field(
        default=None, alias="networkInterfaceMultiqueue"
    )
    panic_devices: base.Input[base.InputList[PanicDevice]] | None = pydantic.Field(
        default=None, alias="panicDevices"
    )
    rng: base.Input[Rng] | None = pydantic.Field(default=None, alias="rng")
    sound: base.Input[SoundDevice] | None = pydantic.Field(default=None, alias="sound")
    tpm: base.Input[TPMDevice] | None = pydantic.Field(default=None, alias="tpm")
    use_virtio_transitional: base.Input[bool] | None = pydantic.Field(
        default=None, alias="useVirtioTransitional"
    )
    video: base.Input[VideoDevice] | None = pydantic.Field(default=None, alias="video")
    watchdog: base.Input[Watchdog] | None = pydantic.Field(default=None, alias="watchdog")


class Diag288Watchdog(base.KubeModel):
    action: base.Input[str] | None = pydantic.Field(default=None, alias="action")


class DisableFreePageReporting(base.KubeModel):
    pass


class DisableSerialConsoleLog(base.KubeModel):
    pass


class Disk(base.KubeModel):
    block_size: base.Input[BlockSize] | None = pydantic.Field(default=None, alias="blockSize")
    boot_order: base.Input[int] | None = pydantic.Field(default=None, alias="bootOrder")
    cache: base.Input[str] | None = pydantic.Field(default=None, alias="cache")
    cdrom: base.Input[CDRomTarget] | None = pydantic.Field(default=None, alias="cdrom")
    changed_block_tracking: base.Input[bool] | None = pydantic.Field(
        default=None, alias="changedBlockTracking"
    )
    dedicated_io_thread: base.Input[bool] | None = pydantic.Field(default=None, alias="dedicatedIOThread")
    disk: base.Input[DiskTarget] | None = pydantic.Field(default=None, alias="disk")
    error_policy: base.Input[str] | None = pydantic.Field(default=None, alias="errorPolicy")
    io: base.Input[str] | None = pydantic.Field(default=None, alias="io")
    lun: base.Input[LunTarget] | None = pydantic.Field(default=None, alias="lun")
    name: base.Input[str] = pydantic.Field(alias="name")
    serial: base.Input[str] | None = pydantic.Field(default=None, alias="serial")
    shareable: base.Input[bool] | None = pydantic.Field(default=None, alias="shareable")
    tag: base.Input[str] | None = pydantic.Field(default=None, alias="tag")


class DiskIOThreads(base.KubeModel):
    supplemental_pool_thread_count: base.Input[int] | None = pydantic.Field(
        default=None, alias="supplementalPoolThreadCount"
    )


class DiskTarget(base.KubeModel):
    bus: base.Input[enums.DiskBus] | None = pydantic.Field(default=None, alias="bus")
    pci_address: base.Input[str] | None = pydantic.Field(default=None, alias="pciAddress")
    readonly: base.Input[bool] | None = pydantic.Field(default=None, alias="readonly")


class DiskVerification(base.KubeModel):
    memory_limit: base.Input[quantity.Quantity] = pydantic.Field(alias="memoryLimit")


class DomainMemoryDumpInfo(base.KubeModel):
    claim_name: base.Input[str] | None = pydantic.Field(default=None, alias="claimName")
    end_timestamp: base.Input[str] | None = pydantic.Field(default=None, alias="endTimestamp")
    start_timestamp: base.Input[str] | None = pydantic.Field(default=None, alias="startTimestamp")
    target_file_name: base.Input[str] | None = pydantic.Field(default=None, alias="targetFileName")


class DomainSpec(base.KubeModel):
    chassis: base.Input[Chassis] | None = pydantic.Field(default=None, alias="chassis")
    clock: base.Input[Clock] | None = pydantic.Field(default=None, alias="clock")
    cpu: base.Input[CPU] | None = pydantic.Field(default=None, alias="cpu")
    devices: base.Input[Devices] = pydantic.Field(alias="devices")
    features: base.Input[Features] | None = pydantic.Field(default=None, alias="features")
    firmware: base.Input[Firmware] | None = pydantic.Field(default=None, alias="firmware")
    io_threads: base.Input[DiskIOThreads] | None = pydantic.Field(default=None, alias="ioThreads")
    io_threads_policy: base.Input[str] | None = pydantic.Field(default=None, alias="ioThreadsPolicy")
    launch_security: base.Input[LaunchSecurity] | None = pydantic.Field(default=None, alias="launchSecurity")
    machine: base.Input[Machine] | None = pydantic.Field(default=None, alias="machine")
    memory: base.Input[Memory] | None = pydantic.Field(default=None, alias="memory")
    reboot_policy: base.Input[enums.RebootPolicy] | None = pydantic.Field(default=None, alias="rebootPolicy")
    resources: base.Input[ResourceRequirements] | None = pydantic.Field(default=None, alias="resources")


class DownwardAPIVolumeSource(base.KubeModel):
    fields_: base.Input[base.InputList[k8s_core_v1.DownwardAPIVolumeFile]] | None = pydantic.Field(
        default=None, alias="fields"
    )
    volume_label: base.Input[str] | None = pydantic.Field(default=None, alias="volumeLabel")


class DownwardMetrics(base.KubeModel):
    pass


class DownwardMetricsVolumeSource(base.KubeModel):
    pass


class EFI(base.KubeModel):
    persistent: base.Input[bool] | None = pydantic.Field(default=None, alias="persistent")
    secure_boot: base.Input[bool] | None = pydantic.Field(default=None, alias="secureBoot")


class EmptyDiskSource(base.KubeModel):
    capacity: base.Input[quantity.Quantity] = pydantic.Field(alias="capacity")


class EphemeralVolumeSource(base.KubeModel):
    persistent_volume_claim: base.Input[k8s_core_v1.PersistentVolumeClaimVolumeSource] | None = (
        pydantic.Field(default=None, alias="persistentVolumeClaim")
    )


class EvacuateCancelOptions(base.KubeModel):
    api_version: base.Input[str] | None = pydantic.Field(default=None, alias="apiVersion")
    dry_run: base.Input[base.InputList[str]] | None = pydantic.Field(default=None, alias="dryRun")
    evacuation_node_name: base.Input[str] = pydantic.Field(alias="evacuationNodeName")
    kind: base.Input[str] | None = pydantic.Field(default=None, alias="kind")


class ExperimentalMigrationOptions(base.KubeModel):
    compression: base.Input[str] | None = pydantic.Field(default=None, alias="compression")
    stall_detector: base.Input[StallDetectorOptions] | None = pydantic.Field(
        default=None, alias="stallDetector"
    )


class FeatureAPIC(base.KubeModel):
    enabled: base.Input[bool] | None = pydantic.Field(default=None, alias="enabled")
    end_of_interrupt: base.Input[bool] | None = pydantic.Field(default=None, alias="endOfInterrupt")


class FeatureHyperv(base.KubeModel):
    evmcs: base.Input[FeatureState] | None = pydantic.Field(default=None, alias="evmcs")
    frequencies: base.Input[FeatureState] | None = pydantic.Field(default=None, alias="frequencies")
    ipi: base.Input[FeatureState] | None = pydantic.Field(default=None, alias="ipi")
    reenlightenment: base.Input[FeatureState] | None = pydantic.Field(default=None, alias="reenlightenment")
    relaxed: base.Input[FeatureState] | None = pydantic.Field(default=None, alias="relaxed")
    reset: base.Input[FeatureState] | None = pydantic.Field(default=None, alias="reset")
    runtime: base.Input[FeatureState] | None = pydantic.Field(default=None, alias="runtime")
    spinlocks: base.Input[FeatureSpinlocks] | None = pydantic.Field(default=None, alias="spinlocks")
    synic: base.Input[FeatureState] | None = pydantic.Field(default=None, alias="synic")
    synictimer: base.Input[SyNICTimer] | None = pydantic.Field(default=None, alias="synictimer")
    tlbflush: base.Input[TLBFlush] | None = pydantic.Field(default=None, alias="tlbflush")
    vapic: base.Input[FeatureState] | None = pydantic.Field(default=None, alias="vapic")
    vendorid: base.Input[FeatureVendorID] | None = pydantic.Field(default=None, alias="vendorid")
    vpindex: base.Input[FeatureState] | None = pydantic.Field(default=None, alias="vpindex")


class FeatureKVM(base.KubeModel):
    hidden: base.Input[bool] | None = pydantic.Field(default=None, alias="hidden")


class FeatureSpinlocks(base.KubeModel):
    enabled: base.Input[bool] | None = pydantic.Field(default=None, alias="enabled")
    spinlocks: base.Input[int] | None = pydantic.Field(default=None, alias="spinlocks")


class FeatureState(base.KubeModel):
    enabled: base.Input[bool] | None = pydantic.Field(default=None, alias="enabled")


class FeatureVendorID(base.KubeModel):
    enabled: base.Input[bool] | None = pydantic.Field(default=None, alias="enabled")
    vendorid: base.Input[str] | None = pydantic.Field(default=None, alias="vendorid")


class Features(base.KubeModel):
    acpi: base.Input[FeatureState] | None = pydantic.Field(default=None, alias="acpi")
    apic: base.Input[FeatureAPIC] | None = pydantic.Field(default=None, alias="apic")
    hyperv: base.Input[FeatureHyperv] | None = pydantic.Field(default=None, alias="hyperv")
    hyperv_passthrough: base.Input[HyperVPassthrough] | None = pydantic.Field(
        default=None, alias="hypervPassthrough"
    )
    kvm: base.Input[FeatureKVM] | None = pydantic.Field(default=None, alias="kvm")
    pvspinlock: base.Input[FeatureState] | None = pydantic.Field(default=None, alias="pvspinlock")
    smm: base.Input[FeatureState] | None = pydantic.Field(default=None, alias="smm")


class Filesystem(base.KubeModel):
    name: base.Input[str] = pydantic.Field(alias="name")
    virtiofs: base.Input[FilesystemVirtiofs] = pydantic.Field(alias="virtiofs")


class FilesystemVirtiofs(base.KubeModel):
    pass


class Firmware(base.KubeModel):
    acpi: base.Input[ACPI] | None = pydantic.Field(default=None, alias="acpi")
    bootloader: base.Input[Bootloader] | None = pydantic.Field(default=None, alias="bootloader")
    kernel_boot: base.Input[KernelBoot] | None = pydantic.Field(default=None, alias="kernelBoot")
    serial: base.Input[str] | None = pydantic.Field(default=None, alias="serial")
    uuid: base.Input[str] | None = pydantic.Field(default=None, alias="uuid")


class Flags(base.KubeModel):
    api: base.Input[base.InputMap[str]] | None = pydantic.Field(default=None, alias="api")
    controller: base.Input[base.InputMap[str]] | None = pydantic.Field(default=None, alias="controller")
    handler: base.Input[base.InputMap[str]] | None = pydantic.Field(default=None, alias="handler")


class FreezeUnfreezeTimeout(base.KubeModel):
    unfreeze_timeout: base.Input[str] = pydantic.Field(alias="unfreezeTimeout")


class GPU(base.KubeModel):
    claim_name: base.Input[str] | None = pydantic.Field(default=None, alias="claimName")
    device_name: base.Input[str] | None = pydantic.Field(default=None, alias="deviceName")
    name: base.Input[str] = pydantic.Field(alias="name")
    request_name: base.Input[str] | None = pydantic.Field(default=None, alias="requestName")
    tag: base.Input[str] | None = pydantic.Field(default=None, alias="tag")
    virtual_gpu_options: base.Input[VGPUOptions] | None = pydantic.Field(
        default=None, alias="virtualGPUOptions"
    )


class GenerationStatus(base.KubeModel):
    group: base.Input[str] = pydantic.Field(alias="group")
    hash: base.Input[str] | None = pydantic.Field(default=None, alias="hash")
    last_generation: base.Input[int] = pydantic.Field(alias="lastGeneration")
    name: base.Input[str] = pydantic.Field(alias="name")
    namespace: base.Input[str] | None = pydantic.Field(default=None, alias="namespace")
    resource: base.Input[str] = pydantic.Field(alias="resource")


class GuestAgentCommandInfo(base.KubeModel):
    enabled: base.Input[bool] | None = pydantic.Field(default=None, alias="enabled")
    name: base.Input[str] = pydantic.Field(alias="name")


class GuestAgentPing(base.KubeModel):
    pass


class HPETTimer(base.KubeModel):
    present: base.Input[bool] | None = pydantic.Field(default=None, alias="present")
    tick_policy: base.Input[str] | None = pydantic.Field(default=None, alias="tickPolicy")


class HostDevice(base.KubeModel):
    claim_name: base.Input[str] | None = pydantic.Field(default=None, alias="claimName")
    device_name: base.Input[str] | None = pydantic.Field(default=None, alias="deviceName")
    name: base.Input[str] = pydantic.Field(alias="name")
    request_name: base.Input[str] | None = pydantic.Field(default=None, alias="requestName")
    tag: base.Input[str] | None = pydantic.Field(default=None, alias="tag")


class HostDisk(base.KubeModel):
    capacity: base.Input[quantity.Quantity] | None = pydantic.Field(default=None, alias="capacity")
    path: base.Input[str] = pydantic.Field(alias="path")
    shared: base.Input[bool] | None = pydantic.Field(default=None, alias="shared")
    type: base.Input[str] = pydantic.Field(alias="type")


class HotplugVolumeSource(base.KubeModel):
    data_volume: base.Input[DataVolumeSource] | None = pydantic.Field(default=None, alias="dataVolume")
    persistent_volume_claim: base.Input[PersistentVolumeClaimVolumeSource] | None = pydantic.Field(
        default=None, alias="persistentVolumeClaim"
    )


class HotplugVolumeStatus(base.KubeModel):
    attach_pod_name: base.Input[str] | None = pydantic.Field(default=None, alias="attachPodName")
    attach_pod_uid: base.Input[str] | None = pydantic.Field(default=None, alias="attachPodUID")


class Hugepages(base.KubeModel):
    page_size: base.Input[str] | None = pydantic.Field(default=None, alias="pageSize")


class HyperVPassthrough(base.KubeModel):
    enabled: base.Input[bool] | None = pydantic.Field(default=None, alias="enabled")


class HypervTimer(base.KubeModel):
    present: base.Input[bool] | None = pydantic.Field(default=None, alias="present")


class HypervisorConfiguration(base.KubeModel):
    name: base.Input[str] | None = pydantic.Field(default=None, alias="name")


class I6300ESBWatchdog(base.KubeModel):
    action: base.Input[str] | None = pydantic.Field(default=None, alias="action")


class InitrdInfo(base.KubeModel):
    checksum: base.Input[int] | None = pydantic.Field(default=None, alias="checksum")


class Input(base.KubeModel):
    bus: base.Input[str] | None = pydantic.Field(default=None, alias="bus")
    name: base.Input[str] = pydantic.Field(alias="name")
    type: base.Input[str] = pydantic.Field(alias="type")


class InstancetypeConfiguration(base.KubeModel):
    reference_policy: base.Input[str] | None = pydantic.Field(default=None, alias="referencePolicy")


class InstancetypeMatcher(base.KubeModel):
    infer_from_volume: base.Input[str] | None = pydantic.Field(default=None, alias="inferFromVolume")
    infer_from_volume_failure_policy: base.Input[str] | None = pydantic.Field(
        default=None, alias="inferFromVolumeFailurePolicy"
    )
    kind: base.Input[str] | None = pydantic.Field(default=None, alias="kind")
    name: base.Input[str] | None = pydantic.Field(default=None, alias="name")
    revision_name: base.Input[str] | None = pydantic.Field(default=None, alias="revisionName")


class InstancetypeStatusRef(base.KubeModel):
    controller_revision_ref: base.Input[ControllerRevisionRef] | None = pydantic.Field(
        default=None, alias="controllerRevisionRef"
    )
    infer_from_volume: base.Input[str] | None = pydantic.Field(default=None, alias="inferFromVolume")
    infer_from_volume_failure_policy: base.Input[str] | None = pydantic.Field(
        default=None, alias="inferFromVolumeFailurePolicy"
    )
    kind: base.Input[str] | None = pydantic.Field(default=None, alias="kind")
    name: base.Input[str] | None = pydantic.Field(default=None, alias="name")


class Interface(base.KubeModel):
    acpi_index: base.Input[int] | None = pydantic.Field(default=None, alias="acpiIndex")
    binding: base.Input[PluginBinding] | None = pydantic.Field(default=None, alias="binding")
    boot_order: base.Input[int] | None = pydantic.Field(default=None, alias="bootOrder")
    bridge: base.Input[InterfaceBridge] | None = pydantic.Field(default=None, alias="bridge")
    dhcp_options: base.Input[DHCPOptions] | None = pydantic.Field(default=None, alias="dhcpOptions")
    mac_address: base.Input[str] | None = pydantic.Field(default=None, alias="macAddress")
    macvtap: base.Input[DeprecatedInterfaceMacvtap] | None = pydantic.Field(default=None, alias="macvtap")
    masquerade: base.Input[InterfaceMasquerade] | None = pydantic.Field(default=None, alias="masquerade")
    model: base.Input[enums.InterfaceModel] | None = pydantic.Field(default=None, alias="model")
    name: base.Input[str] = pydantic.Field(alias="name")
    passt: base.Input[DeprecatedInterfacePasst] | None = pydantic.Field(default=None, alias="passt")
    passt_binding: base.Input[InterfacePasstBinding] | None = pydantic.Field(
        default=None, alias="passtBinding"
    )
    pci_address: base.Input[str] | None = pydantic.Field(default=None, alias="pciAddress")
    port_ranges: base.Input[base.InputList[PortRange]] | None = pydantic.Field(
        default=None, alias="portRanges"
    )
    ports: base.Input[base.InputList[Port]] | None = pydantic.Field(default=None, alias="ports")
    slirp: base.Input[DeprecatedInterfaceSlirp] | None = pydantic.Field(default=None, alias="slirp")
    sriov: base.Input[InterfaceSRIOV] | None = pydantic.Field(default=None, alias="sriov")
    state: base.Input[str] | None = pydantic.Field(default=None, alias="state")
    tag: base.Input[str] | None = pydantic.Field(default=None, alias="tag")


class InterfaceBindingMigration(base.KubeModel):
    method: base.Input[str] | None = pydantic.Field(default=None, alias="method")


class InterfaceBindingPlugin(base.KubeModel):
    compute_resource_overhead: base.Input[ResourceRequirementsWithoutClaims] | None = pydantic.Field(
        default=None, alias="computeResourceOverhead"
    )
    domain_attachment_type: base.Input[str] | None = pydantic.Field(
        default=None, alias="domainAttachmentType"
    )
    downward_api: base.Input[str] | None = pydantic.Field(default=None, alias="downwardAPI")
    migration: base.Input[InterfaceBindingMigration] | None = pydantic.Field(default=None, alias="migration")
    network_attachment_definition: base.Input[str] | None = pydantic.Field(
        default=None, alias="networkAttachmentDefinition"
    )
    sidecar_image: base.Input[str] | None = pydantic.Field(default=None, alias="sidecarImage")


class InterfaceBridge(base.KubeModel):
    pass


class InterfaceMasquerade(base.KubeModel):
    pass


class InterfacePasstBinding(base.KubeModel):
    pass


class InterfaceSRIOV(base.KubeModel):
    pass


class KSMConfiguration(base.KubeModel):
    node_label_selector: base.Input[k8s_meta_v1.LabelSelector] | None = pydantic.Field(
        default=None, alias="nodeLabelSelector"
    )


class KVMTimer(base.KubeModel):
    present: base.Input[bool] | None = pydantic.Field(default=None, alias="present")


class KernelBoot(base.KubeModel):
    container: base.Input[KernelBootContainer] | None = pydantic.Field(default=None, alias="container")
    kernel_args: base.Input[str] | None = pydantic.Field(default=None, alias="kernelArgs")


class KernelBootContainer(base.KubeModel):
    image: base.Input[str] = pydantic.Field(alias="image")
    image_pull_policy: base.Input[Literal["Always", "IfNotPresent", "Never"]] | None = pydantic.Field(
        default=None, alias="imagePullPolicy"
    )
    image_pull_secret: base.Input[str] | None = pydantic.Field(default=None, alias="imagePullSecret")
    initrd_path: base.Input[str] | None = pydantic.Field(default=None, alias="initrdPath")
    kernel_path: base.Input[str] | None = pydantic.Field(default=None, alias="kernelPath")


class KernelBootStatus(base.KubeModel):
    initrd_info: base.Input[InitrdInfo] | None = pydantic.Field(default=None, alias="initrdInfo")
    kernel_info: base.Input[KernelInfo] | None = pydantic.Field(default=None, alias="kernelInfo")


class KernelInfo(base.KubeModel):
    checksum: base.Input[int] | None = pydantic.Field(default=None, alias="checksum")


class KubeVirt(base.KubeModel):
    __kube_gvk__: ClassVar[tuple[str, str] | None] = ("kubevirt.io/v1", "KubeVirt")
    api_version: base.Input[str] | None = pydantic.Field(default=None, alias="apiVersion")
    kind: base.Input[str] | None = pydantic.Field(default=None, alias="kind")
    metadata: base.Input[k8s_meta_v1.ObjectMeta] | None = pydantic.Field(default=None, alias="metadata")
    spec: base.Input[KubeVirtSpec] = pydantic.Field(alias="spec")
    status: base.Input[KubeVirtStatus] | None = pydantic.Field(default=None, alias="status")


class KubeVirtCertificateRotateStrategy(base.KubeModel):
    self_signed: base.Input[KubeVirtSelfSignConfiguration] | None = pydantic.Field(
        default=None, alias="selfSigned"
    )


class KubeVirtCondition(base.KubeModel):
    last_probe_time: base.Input[str] | None = pydantic.Field(default=None, alias="lastProbeTime")
    last_transition_time: base.Input[str] | None = pydantic.Field(default=None, alias="lastTransitionTime")
    message: base.Input[str] | None = pydantic.Field(default=None, alias="message")
    reason: base.Input[str] | None = pydantic.Field(default=None, alias="reason")
    status: base.Input[str] = pydantic.Field(alias="status")
    type: base.Input[str] = pydantic.Field(alias="type")


class KubeVirtConfiguration(base.KubeModel):
    additional_guest_memory_overhead_ratio: base.Input[str] | None = pydantic.Field(
        default=None, alias="additionalGuestMemoryOverheadRatio"
    )
    api_configuration: base.Input[ReloadableComponentConfiguration] | None = pydantic.Field(
        default=None, alias="apiConfiguration"
    )
    architecture_configuration: base.Input[ArchConfiguration] | None = pydantic.Field(
        default=None, alias="architectureConfiguration"
    )
    auto_cpu_limit_namespace_label_selector: base.Input[k8s_meta_v1.LabelSelector] | None = pydantic.Field(
        default=None, alias="autoCPULimitNamespaceLabelSelector"
    )
    changed_block_tracking_label_selectors: base.Input[ChangedBlockTrackingSelectors] | None = pydantic.Field(
        default=None, alias="changedBlockTrackingLabelSelectors"
    )
    common_instancetypes_deployment: base.Input[CommonInstancetypesDeployment] | None = pydantic.Field(
        default=None, alias="commonInstancetypesDeployment"
    )
    confidential_compute: base.Input[ConfidentialComputeConfiguration] | None = pydantic.Field(
        default=None, alias="confidentialCompute"
    )
    controller_configuration: base.Input[ReloadableComponentConfiguration] | None = pydantic.Field(
        default=None, alias="controllerConfiguration"
    )
    cpu_model: base.Input[str] | None = pydantic.Field(default=None, alias="cpuModel")
    cpu_request: base.Input[quantity.Quantity] | None = pydantic.Field(default=None, alias="cpuRequest")
    default_runtime_class: base.Input[str] | None = pydantic.Field(default=None, alias="defaultRuntimeClass")
    developer_configuration: base.Input[DeveloperConfiguration] | None = pydantic.Field(
        default=None, alias="developerConfiguration"
    )
    emulated_machines: base.Input[base.InputList[str]] | None = pydantic.Field(
        default=None, alias="emulatedMachines"
    )
    eviction_strategy: base.Input[str] | None = pydantic.Field(default=None, alias="evictionStrategy")
    handler_configuration: base.Input[ReloadableComponentConfiguration] | None = pydantic.Field(
        default=None, alias="handlerConfiguration"
    )
    hypervisors: base.Input[base.InputList[HypervisorConfiguration]] | None = pydantic.Field(
        default=None, alias="hypervisors"
    )
    image_pull_policy: base.Input[Literal["Always", "IfNotPresent", "Never"]] | None = pydantic.Field(
        default=None, alias="imagePullPolicy"
    )
    instancetype: base.Input[InstancetypeConfiguration] | None = pydantic.Field(
        default=None, alias="instancetype"
    )
    ksm_configuration: base.Input[KSMConfiguration] | None = pydantic.Field(
        default=None, alias="ksmConfiguration"
    )
    live_update_configuration: base.Input[LiveUpdateConfiguration] | None = pydantic.Field(
        default=None, alias="liveUpdateConfiguration"
    )
    machine_type: base.Input[str] | None = pydantic.Field(default=None, alias="machineType")
    mediated_devices_configuration: base.Input[MediatedDevicesConfiguration] | None = pydantic.Field(
        default=None, alias="mediatedDevicesConfiguration"
    )
    mem_balloon_stats_period: base.Input[int] | None = pydantic.Field(
        default=None, alias="memBalloonStatsPeriod"
    )
    migrations: base.Input[MigrationConfiguration] | None = pydantic.Field(default=None, alias="migrations")
    min_cpu_model: base.Input[str] | None = pydantic.Field(default=None, alias="minCPUModel")
    network: base.Input[NetworkConfiguration] | None = pydantic.Field(default=None, alias="network")
    obsolete_cpu_models: base.Input[base.InputMap[bool]] | None = pydantic.Field(
        default=None, alias="obsoleteCPUModels"
    )
    ovmf_path: base.Input[str] | None = pydantic.Field(default=None, alias="ovmfPath")
    permitted_host_devices: base.Input[PermittedHostDevices] | None = pydantic.Field(
        default=None, alias="permittedHostDevices"
    )
    persistent_reservation_configuration: base.Input[PersistentReservationConfiguration] | None = (
        pydantic.Field(default=None, alias="persistentReservationConfiguration")
    )
    role_aggregation_strategy: base.Input[str] | None = pydantic.Field(
        default=None, alias="roleAggregationStrategy"
    )
    seccomp_configuration: base.Input[SeccompConfiguration] | None = pydantic.Field(
        default=None, alias="seccompConfiguration"
    )
    selinux_launcher_type: base.Input[str] | None = pydantic.Field(default=None, alias="selinuxLauncherType")
    smbios: base.Input[SMBiosConfiguration] | None = pydantic.Field(default=None, alias="smbios")
    support_container_resources: base.Input[base.InputList[SupportContainerResources]] | None = (
        pydantic.Field(default=None, alias="supportContainerResources")
    )
    supported_guest_agent_versions: base.Input[base.InputList[str]] | None = pydantic.Field(
        default=None, alias="supportedGuestAgentVersions"
    )
    tls_configuration: base.Input[TLSConfiguration] | None = pydantic.Field(
        default=None, alias="tlsConfiguration"
    )
    virt_template_deployment: base.Input[VirtTemplateDeployment] | None = pydantic.Field(
        default=None, alias="virtTemplateDeployment"
    )
    virtual_machine_instances_per_node: base.Input[int] | None = pydantic.Field(
        default=None, alias="virtualMachineInstancesPerNode"
    )
    virtual_machine_options: base.Input[VirtualMachineOptions] | None = pydantic.Field(
        default=None, alias="virtualMachineOptions"
    )
    vm_rollout_strategy: base.Input[str] | None = pydantic.Field(default=None, alias="vmRolloutStrategy")
    vm_state_storage_class: base.Input[str] | None = pydantic.Field(default=None, alias="vmStateStorageClass")
    webhook_configuration: base.Input[ReloadableComponentConfiguration] | None = pydantic.Field(
        default=None, alias="webhookConfiguration"
    )


class KubeVirtList(base.KubeModel):
    api_version: base.Input[str] | None = pydantic.Field(default=None, alias="apiVersion")
    items: base.Input[base.InputList[KubeVirt]] = pydantic.Field(alias="items")
    kind: base.Input[str] | None = pydantic.Field(default=None, alias="kind")
    metadata: base.Input[k8s_meta_v1.ListMeta] | None = pydantic.Field(default=None, alias="metadata")


class KubeVirtSelfSignConfiguration(base.KubeModel):
    ca: base.Input[CertConfig] | None = pydantic.Field(default=None, alias="ca")
    ca_overlap_interval: base.Input[str] | None = pydantic.Field(default=None, alias="caOverlapInterval")
    ca_rotate_interval: base.Input[str] | None = pydantic.Field(default=None, alias="caRotateInterval")
    cert_rotate_interval: base.Input[str] | None = pydantic.Field(default=None, alias="certRotateInterval")
    server: base.Input[CertConfig] | None = pydantic.Field(default=None, alias="server")


class KubeVirtSpec(base.KubeModel):
    certificate_rotate_strategy: base.Input[KubeVirtCertificateRotateStrategy] | None = pydantic.Field(
        default=None, alias="certificateRotateStrategy"
    )
    configuration: base.Input[KubeVirtConfiguration] | None = pydantic.Field(
        default=None, alias="configuration"
    )
    customize_components: base.Input[CustomizeComponents] | None = pydantic.Field(
        default=None, alias="customizeComponents"
    )
    image_pull_policy: base.Input[Literal["Always", "IfNotPresent", "Never"]] | None = pydantic.Field(
        default=None, alias="imagePullPolicy"
    )
    image_pull_secrets: base.Input[base.InputList[k8s_core_v1.LocalObjectReference]] | None = pydantic.Field(
        default=None, alias="imagePullSecrets"
    )
    image_registry: base.Input[str] | None = pydantic.Field(default=None, alias="imageRegistry")
    image_tag: base.Input[str] | None = pydantic.Field(default=None, alias="imageTag")
    infra: base.Input[ComponentConfig] | None = pydantic.Field(default=None, alias="infra")
    monitor_account: base.Input[str] | None = pydantic.Field(default=None, alias="monitorAccount")
    monitor_namespace: base.Input[str] | None = pydantic.Field(default=None, alias="monitorNamespace")
    product_component: base.Input[str] | None = pydantic.Field(default=None, alias="productComponent")
    product_name: base.Input[str] | None = pydantic.Field(default=None, alias="productName")
    product_version: base.Input[str] | None = pydantic.Field(default=None, alias="productVersion")
    service_monitor_namespace: base.Input[str] | None = pydantic.Field(
        default=None, alias="serviceMonitorNamespace"
    )
    synchronization_port: base.Input[str] | None = pydantic.Field(default=None, alias="synchronizationPort")
    uninstall_strategy: base.Input[str] | None = pydantic.Field(default=None, alias="uninstallStrategy")
    workload_update_strategy: base.Input[KubeVirtWorkloadUpdateStrategy] | None = pydantic.Field(
        default=None, alias="workloadUpdateStrategy"
    )
    workloads: base.Input[ComponentConfig] | None = pydantic.Field(default=None, alias="workloads")


class KubeVirtStatus(base.KubeModel):
    conditions: base.Input[base.InputList[KubeVirtCondition]] | None = pydantic.Field(
        default=None, alias="conditions"
    )
    default_architecture: base.Input[str] | None = pydantic.Field(default=None, alias="defaultArchitecture")
    generations: base.Input[base.InputList[GenerationStatus]] | None = pydantic.Field(
        default=None, alias="generations"
    )
    observed_deployment_config: base.Input[str] | None = pydantic.Field(
        default=None, alias="observedDeploymentConfig"
    )
    observed_deployment_id: base.Input[str] | None = pydantic.Field(
        default=None, alias="observedDeploymentID"
    )
    observed_generation: base.Input[int] | None = pydantic.Field(default=None, alias="observedGeneration")
    observed_kube_virt_registry: base.Input[str] | None = pydantic.Field(
        default=None, alias="observedKubeVirtRegistry"
    )
    observed_kube_virt_version: base.Input[str] | None = pydantic.Field(
        default=None, alias="observedKubeVirtVersion"
    )
    operator_version: base.Input[str] | None = pydantic.Field(default=None, alias="operatorVersion")
    outdated_virtual_machine_instance_workloads: base.Input[int] | None = pydantic.Field(
        default=None, alias="outdatedVirtualMachineInstanceWorkloads"
    )
    phase: base.Input[str] | None = pydantic.Field(default=None, alias="phase")
    synchronization_addresses: base.Input[base.InputList[str]] | None = pydantic.Field(
        default=None, alias="synchronizationAddresses"
    )
    target_deployment_config: base.Input[str] | None = pydantic.Field(
        default=None, alias="targetDeploymentConfig"
    )
    target_deployment_id: base.Input[str] | None = pydantic.Field(default=None, alias="targetDeploymentID")
    target_kube_virt_registry: base.Input[str] | None = pydantic.Field(
        default=None, alias="targetKubeVirtRegistry"
    )
    target_kube_virt_version: base.Input[str] | None = pydantic.Field(
        default=None, alias="targetKubeVirtVersion"
    )


class KubeVirtWorkloadUpdateStrategy(base.KubeModel):
    batch_eviction_interval: base.Input[str] | None = pydantic.Field(
        default=None, alias="batchEvictionInterval"
    )
    batch_eviction_size: base.Input[int] | None = pydantic.Field(default=None, alias="batchEvictionSize")
    workload_update_methods: base.Input[base.InputList[str]] | None = pydantic.Field(
        default=None, alias="workloadUpdateMethods"
    )


class LaunchSecurity(base.KubeModel):
    sev: base.Input[SEV] | None = pydantic.Field(default=None, alias="sev")
    snp: base.Input[SEVSNP] | None = pydantic.Field(default=None, alias="snp")
    tdx: base.Input[TDX] | None = pydantic.Field(default=None, alias="tdx")


class LiveUpdateConfiguration(base.KubeModel):
    max_cpu_sockets: base.Input[int] | None = pydantic.Field(default=None, alias="maxCpuSockets")
    max_guest: base.Input[quantity.Quantity] | None = pydantic.Field(default=None, alias="maxGuest")
    max_hotplug_ratio: base.Input[int] | None = pydantic.Field(default=None, alias="maxHotplugRatio")


class LogVerbosity(base.KubeModel):
    node_verbosity: base.Input[base.InputMap[int]] | None = pydantic.Field(
        default=None, alias="nodeVerbosity"
    )
    virt_api: base.Input[int] | None = pydantic.Field(default=None, alias="virtAPI")
    virt_controller: base.Input[int] | None = pydantic.Field(default=None, alias="virtController")
    virt_handler: base.Input[int] | None = pydantic.Field(default=None, alias="virtHandler")
    virt_launcher: base.Input[int] | None = pydantic.Field(default=None, alias="virtLauncher")
    virt_operator: base.Input[int] | None = pydantic.Field(default=None, alias="virtOperator")
    virt_synchronization_controller: base.Input[int] | None = pydantic.Field(
        default=None, alias="virtSynchronizationController"
    )


class LunTarget(base.KubeModel):
    bus: base.Input[enums.DiskBus] | None = pydantic.Field(default=None, alias="bus")
    readonly: base.Input[bool] | None = pydantic.Field(default=None, alias="readonly")
    reservation: base.Input[bool] | None = pydantic.Field(default=None, alias="reservation")


class Machine(base.KubeModel):
    type: base.Input[str] | None = pydantic.Field(default=None, alias="type")


class MediatedDevicesConfiguration(base.KubeModel):
    enabled: base.Input[bool] | None = pydantic.Field(default=None, alias="enabled")
    mediated_device_types: base.Input[base.InputList[str]] | None = pydantic.Field(
        default=None, alias="mediatedDeviceTypes"
    )
    mediated_devices_types: base.Input[base.InputList[str]] | None = pydantic.Field(
        default=None, alias="mediatedDevicesTypes"
    )
    node_mediated_device_types: base.Input[base.InputList[NodeMediatedDeviceTypesConfig]] | None = (
        pydantic.Field(default=None, alias="nodeMediatedDeviceTypes")
    )


class MediatedHostDevice(base.KubeModel):
    external_resource_provider: base.Input[bool] | None = pydantic.Field(
        default=None, alias="externalResourceProvider"
    )
    mdev_name_selector: base.Input[str] = pydantic.Field(alias="mdevNameSelector")
    resource_name: base.Input[str] = pydantic.Field(alias="resourceName")


class Memory(base.KubeModel):
    guest: base.Input[quantity.Quantity] | None = pydantic.Field(default=None, alias="guest")
    hugepages: base.Input[Hugepages] | None = pydantic.Field(default=None, alias="hugepages")
    max_guest: base.Input[quantity.Quantity] | None = pydantic.Field(default=None, alias="maxGuest")
    reserved_overhead: base.Input[ReservedOverhead] | None = pydantic.Field(
        default=None, alias="reservedOverhead"
    )


class MemoryDumpVolumeSource(base.KubeModel):
    claim_name: base.Input[str] = pydantic.Field(alias="claimName")
    hotpluggable: base.Input[bool] | None = pydantic.Field(default=None, alias="hotpluggable")
    read_only: base.Input[bool] | None = pydantic.Field(default=None, alias="readOnly")


class MemoryStatus(base.KubeModel):
    guest_at_boot: base.Input[quantity.Quantity] | None = pydantic.Field(default=None, alias="guestAtBoot")
    guest_current: base.Input[quantity.Quantity] | None = pydantic.Field(default=None, alias="guestCurrent")
    guest_requested: base.Input[quantity.Quantity] | None = pydantic.Field(
        default=None, alias="guestRequested"
    )
    memory_overhead: base.Input[quantity.Quantity] | None = pydantic.Field(
        default=None, alias="memoryOverhead"
    )


class MigrateOptions(base.KubeModel):
    added_node_selector: base.Input[base.InputMap[str]] | None = pydantic.Field(
        default=None, alias="addedNodeSelector"
    )
    api_version: base.Input[str] | None = pydantic.Field(default=None, alias="apiVersion")
    dry_run: base.Input[base.InputList[str]] | None = pydantic.Field(default=None, alias="dryRun")
    kind: base.Input[str] | None = pydantic.Field(default=None, alias="kind")


class MigrationConfiguration(base.KubeModel):
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
    disable_tls: base.Input[bool] | None = pydantic.Field(default=None, alias="disableTLS")
    match_se_linux_level_on_migration: base.Input[bool] | None = pydantic.Field(
        default=None, alias="matchSELinuxLevelOnMigration"
    )
    max_downtime_ms: base.Input[int] | None = pydantic.Field(default=None, alias="maxDowntimeMs")
    network: base.Input[str] | None = pydantic.Field(default=None, alias="network")
    node_drain_taint_key: base.Input[str] | None = pydantic.Field(default=None, alias="nodeDrainTaintKey")
    parallel_migrations_per_cluster: base.Input[int] | None = pydantic.Field(
        default=None, alias="parallelMigrationsPerCluster"
    )
    parallel_outbound_migrations_per_node: base.Input[int] | None = pydantic.Field(
        default=None, alias="parallelOutboundMigrationsPerNode"
    )
    progress_timeout: base.Input[int] | None = pydantic.Field(default=None, alias="progressTimeout")
    unsafe_migration_override: base.Input[bool] | None = pydantic.Field(
        default=None, alias="unsafeMigrationOverride"
    )
    utility_volumes_timeout: base.Input[int] | None = pydantic.Field(
        default=None, alias="utilityVolumesTimeout"
    )


class MultusNetwork(base.KubeModel):
    default: base.Input[bool] | None = pydantic.Field(default=None, alias="default")
    network_name: base.Input[str] = pydantic.Field(alias="networkName")


class NUMA(base.KubeModel):
    guest_mapping_passthrough: base.Input[NUMAGuestMappingPassthrough] | None = pydantic.Field(
        default=None, alias="guestMappingPassthrough"
    )


class NUMAGuestMappingPassthrough(base.KubeModel):
    pass


class Network(base.KubeModel):
    multus: base.Input[MultusNetwork] | None = pydantic.Field(default=None, alias="multus")
    name: base.Input[str] = pydantic.Field(alias="name")
    pod: base.Input[PodNetwork] | None = pydantic.Field(default=None, alias="pod")
    resource_claim: base.Input[ClaimRequest] | None = pydantic.Field(default=None, alias="resourceClaim")


class NetworkConfiguration(base.KubeModel):
    binding: base.Input[base.InputMap[InterfaceBindingPlugin]] | None = pydantic.Field(
        default=None, alias="binding"
    )
    default_network_interface: base.Input[str] | None = pydantic.Field(
        default=None, alias="defaultNetworkInterface"
    )
    permit_bridge_interface_on_pod_network: base.Input[bool] | None = pydantic.Field(
        default=None, alias="permitBridgeInterfaceOnPodNetwork"
    )
    permit_slirp_interface: base.Input[bool] | None = pydantic.Field(
        default=None, alias="permitSlirpInterface"
    )


class NoCloudSSHPublicKeyAccessCredentialPropagation(base.KubeModel):
    pass


class NodeMediatedDeviceTypesConfig(base.KubeModel):
    mediated_device_types: base.Input[base.InputList[str]] | None = pydantic.Field(
        default=None, alias="mediatedDeviceTypes"
    )
    mediated_devices_types: base.Input[base.InputList[str]] | None = pydantic.Field(
        default=None, alias="mediatedDevicesTypes"
    )
    node_selector: base.Input[base.InputMap[str]] = pydantic.Field(alias="nodeSelector")


class NodePlacement(base.KubeModel):
    affinity: base.Input[k8s_core_v1.Affinity] | None = pydantic.Field(default=None, alias="affinity")
    node_selector: base.Input[base.InputMap[str]] | None = pydantic.Field(default=None, alias="nodeSelector")
    tolerations: base.Input[base.InputList[k8s_core_v1.Toleration]] | None = pydantic.Field(
        default=None, alias="tolerations"
    )


class ObjectGraphNode(base.KubeModel):
    api_version: base.Input[str] | None = pydantic.Field(default=None, alias="apiVersion")
    children: base.Input[base.InputList[ObjectGraphNode]] | None = pydantic.Field(
        default=None, alias="children"
    )
    kind: base.Input[str] | None = pydantic.Field(default=None, alias="kind")
    labels: base.Input[base.InputMap[str]] | None = pydantic.Field(default=None, alias="labels")
    object_reference: base.Input[k8s_core_v1.TypedObjectReference] = pydantic.Field(alias="objectReference")
    optional: base.Input[bool] | None = pydantic.Field(default=None, alias="optional")


class ObjectGraphOptions(base.KubeModel):
    include_optional_nodes: base.Input[bool] | None = pydantic.Field(
        default=None, alias="includeOptionalNodes"
    )
    label_selector: base.Input[k8s_meta_v1.LabelSelector] | None = pydantic.Field(
        default=None, alias="labelSelector"
    )


class PITTimer(base.KubeModel):
    present: base.Input[bool] | None = pydantic.Field(default=None, alias="present")
    tick_policy: base.Input[str] | None = pydantic.Field(default=None, alias="tickPolicy")


class PanicDevice(base.KubeModel):
    model: base.Input[str] | None = pydantic.Field(default=None, alias="model")


class PauseOptions(base.KubeModel):
    api_version: base.Input[str] | None = pydantic.Field(default=None, alias="apiVersion")
    dry_run: base.Input[base.InputList[str]] | None = pydantic.Field(default=None, alias="dryRun")
    kind: base.Input[str] | None = pydantic.Field(default=None, alias="kind")


class PciHostDevice(base.KubeModel):
    external_resource_provider: base.Input[bool] | None = pydantic.Field(
        default=None, alias="externalResourceProvider"
    )
    pci_vendor_selector: base.Input[str] = pydantic.Field(alias="pciVendorSelector")
    resource_name: base.Input[str] = pydantic.Field(alias="resourceName")


class PermittedHostDevices(base.KubeModel):
    mediated_devices: base.Input[base.InputList[MediatedHostDevice]] | None = pydantic.Field(
        default=None, alias="mediatedDevices"
    )
    pci_host_devices: base.Input[base.InputList[PciHostDevice]] | None = pydantic.Field(
        default=None, alias="pciHostDevices"
    )
    usb: base.Input[base.InputList[USBHostDevice]] | None = pydantic.Field(default=None, alias="usb")


class PersistentReservationConfiguration(base.KubeModel):
    enabled: base.Input[bool] | None = pydantic.Field(default=None, alias="enabled")


class PersistentVolumeClaimInfo(base.KubeModel):
    access_modes: (
        base.Input[base.InputList[Literal[
            "ReadOnlyMany",
            "ReadWriteMany",
            "ReadWriteOnce",
            "ReadWriteOncePod",
        ]]] | None
    ) = pydantic.Field(default=None, alias="accessModes")
    capacity: base.Input[base.InputMap[quantity.Quantity]] | None = pydantic.Field(
        default=None, alias="capacity"
    )
    claim_name: base.Input[str] | None = pydantic.Field(default=None, alias="claimName")
    filesystem_overhead: base.Input[str] | None = pydantic.Field(default=None, alias="filesystemOverhead")
    preallocated: base.Input[bool] | None = pydantic.Field(default=None, alias="preallocated")
    requests: base.Input[base.InputMap[quantity.Quantity]] | None = pydantic.Field(
        default=None, alias="requests"
    )
    volume_mode: base.Input[Literal["Block", "Filesystem", "FromStorageProfile"]] | None = pydantic.Field(
        default=None, alias="volumeMode"
    )


class PersistentVolumeClaimVolumeSource(base.KubeModel):
    claim_name: base.Input[str] = pydantic.Field(alias="claimName")
    hotpluggable: base.Input[bool] | None = pydantic.Field(default=None, alias="hotpluggable")
    read_only: base.Input[bool] | None = pydantic.Field(default=None, alias="readOnly")


class PluginBinding(base.KubeModel):
    name: base.Input[str] = pydantic.Field(alias="name")


class PodNetwork(base.KubeModel):
    vm_ipv6_network_cidr: base.Input[str] | None = pydantic.Field(default=None, alias="vmIPv6NetworkCIDR")
    vm_network_cidr: base.Input[str] | None = pydantic.Field(default=None, alias="vmNetworkCIDR")


class Port(base.KubeModel):
    name: base.Input[str] | None = pydantic.Field(default=None, alias="name")
    port: base.Input[int] = pydantic.Field(alias="port")
    protocol: base.Input[enums.PortProtocol] | None = pydantic.Field(default=None, alias="protocol")


class PortRange(base.KubeModel):
    end: base.Input[int] = pydantic.Field(alias="end")
    protocol: base.Input[str] = pydantic.Field(alias="protocol")
    start: base.Input[int] = pydantic.Field(alias="start")


class PreferenceMatcher(base.KubeModel):
    infer_from_volume: base.Input[str] | None = pydantic.Field(default=None, alias="inferFromVolume")
    infer_from_volume_failure_policy: base.Input[str] | None = pydantic.Field(
        default=None, alias="inferFromVolumeFailurePolicy"
    )
    kind: base.Input[str] | None = pydantic.Field(default=None, alias="kind")
    name: base.Input[str] | None = pydantic.Field(default=None, alias="name")
    revision_name: base.Input[str] | None = pydantic.Field(default=None, alias="revisionName")


class Probe(base.KubeModel):
    exec: base.Input[k8s_core_v1.ExecAction] | None = pydantic.Field(default=None, alias="exec")
    failure_threshold: base.Input[int] | None = pydantic.Field(default=None, alias="failureThreshold")
    guest_agent_ping: base.Input[GuestAgentPing] | None = pydantic.Field(default=None, alias="guestAgentPing")
    http_get: base.Input[k8s_core_v1.HTTPGetAction] | None = pydantic.Field(default=None, alias="httpGet")
    initial_delay_seconds: base.Input[int] | None = pydantic.Field(default=None, alias="initialDelaySeconds")
    period_seconds: base.Input[int] | None = pydantic.Field(default=None, alias="periodSeconds")
    success_threshold: base.Input[int] | None = pydantic.Field(default=None, alias="successThreshold")
    tcp_socket: base.Input[k8s_core_v1.TCPSocketAction] | None = pydantic.Field(
        default=None, alias="tcpSocket"
    )
    timeout_seconds: base.Input[int] | None = pydantic.Field(default=None, alias="timeoutSeconds")


class QemuGuestAgentSSHPublicKeyAccessCredentialPropagation(base.KubeModel):
    users: base.Input[base.InputList[str]] = pydantic.Field(alias="users")


class QemuGuestAgentUserPasswordAccessCredentialPropagation(base.KubeModel):
    pass


class RESTClientConfiguration(base.KubeModel):
    rate_limiter: base.Input[RateLimiter] | None = pydantic.Field(default=None, alias="rateLimiter")


class RTCTimer(base.KubeModel):
    present: base.Input[bool] | None = pydantic.Field(default=None, alias="present")
    tick_policy: base.Input[str] | None = pydantic.Field(default=None, alias="tickPolicy")
    track: base.Input[str] | None = pydantic.Field(default=None, alias="track")


class RateLimiter(base.KubeModel):
    token_bucket_rate_limiter: base.Input[TokenBucketRateLimiter] | None = pydantic.Field(
        default=None, alias="tokenBucketRateLimiter"
    )


class Realtime(base.KubeModel):
    mask: base.Input[str] | None = pydantic.Field(default=None, alias="mask")


class ReloadableComponentConfiguration(base.KubeModel):
    rest_client: base.Input[RESTClientConfiguration] | None = pydantic.Field(default=None, alias="restClient")


class RemoveVolumeOptions(base.KubeModel):
    dry_run: base.Input[base.InputList[str]] | None = pydantic.Field(default=None, alias="dryRun")
    name: base.Input[str] = pydantic.Field(alias="name")


class ReservedOverhead(base.KubeModel):
    added_overhead: base.Input[quantity.Quantity] | None = pydantic.Field(default=None, alias="addedOverhead")
    mem_lock: base.Input[enums.MemLock] | None = pydantic.Field(default=None, alias="memLock")


class ResourceRequirements(base.KubeModel):
    limits: base.Input[base.InputMap[quantity.Quantity]] | None = pydantic.Field(default=None, alias="limits")
    overcommit_guest_overhead: base.Input[bool] | None = pydantic.Field(
        default=None, alias="overcommitGuestOverhead"
    )
    requests: base.Input[base.InputMap[quantity.Quantity]] | None = pydantic.Field(
        default=None, alias="requests"
    )


class ResourceRequirementsWithoutClaims(base.KubeModel):
    limits: base.Input[base.InputMap[quantity.Quantity]] | None = pydantic.Field(default=None, alias="limits")
    requests: base.Input[base.InputMap[quantity.Quantity]] | None = pydantic.Field(
        default=None, alias="requests"
    )


class RestartOptions(base.KubeModel):
    api_version: base.Input[str] | None = pydantic.Field(default=None, alias="apiVersion")
    dry_run: base.Input[base.InputList[str]] | None = pydantic.Field(default=None, alias="dryRun")
    grace_period_seconds: base.Input[int] | None = pydantic.Field(default=None, alias="gracePeriodSeconds")
    kind: base.Input[str] | None = pydantic.Field(default=None, alias="kind")


class Rng(base.KubeModel):
    pass


class SEV(base.KubeModel):
    attestation: base.Input[SEVAttestation] | None = pydantic.Field(default=None, alias="attestation")
    dh_cert: base.Input[str] | None = pydantic.Field(default=None, alias="dhCert")
    policy: base.Input[SEVPolicy] | None = pydantic.Field(default=None, alias="policy")
    session: base.Input[str] | None = pydantic.Field(default=None, alias="session")


class SEVAttestation(base.KubeModel):
    pass


class SEVMeasurementInfo(base.KubeModel):
    api_major: base.Input[int] | None = pydantic.Field(default=None, alias="apiMajor")
    api_minor: base.Input[int] | None = pydantic.Field(default=None, alias="apiMinor")
    api_version: base.Input[str] | None = pydantic.Field(default=None, alias="apiVersion")
    build_id: base.Input[int] | None = pydantic.Field(default=None, alias="buildID")
    kind: base.Input[str] | None = pydantic.Field(default=None, alias="kind")
    loader_sha: base.Input[str] | None = pydantic.Field(default=None, alias="loaderSHA")
    measurement: base.Input[str] | None = pydantic.Field(default=None, alias="measurement")
    policy: base.Input[int] | None = pydantic.Field(default=None, alias="policy")


class SEVPlatformInfo(base.KubeModel):
    api_version: base.Input[str] | None = pydantic.Field(default=None, alias="apiVersion")
    cert_chain: base.Input[str] | None = pydantic.Field(default=None, alias="certChain")
    kind: base.Input[str] | None = pydantic.Field(default=None, alias="kind")
    pdh: base.Input[str] | None = pydantic.Field(default=None, alias="pdh")


class SEVPolicy(base.KubeModel):
    encrypted_state: base.Input[bool] | None = pydantic.Field(default=None, alias="encryptedState")


class SEVSNP(base.KubeModel):
    pass


class SEVSecretOptions(base.KubeModel):
    header: base.Input[str] | None = pydantic.Field(default=None, alias="header")
    secret: base.Input[str] | None = pydantic.Field(default=None, alias="secret")


class SEVSessionOptions(base.KubeModel):
    dh_cert: base.Input[str] | None = pydantic.Field(default=None, alias="dhCert")
    session: base.Input[str] | None = pydantic.Field(default=None, alias="session")


class SMBiosConfiguration(base.KubeModel):
    family: base.Input[str] | None = pydantic.Field(default=None, alias="family")
    manufacturer: base.Input[str] | None = pydantic.Field(default=None, alias="manufacturer")
    product: base.Input[str] | None = pydantic.Field(default=None, alias="product")
    sku: base.Input[str] | None = pydantic.Field(default=None, alias="sku")
    version: base.Input[str] | None = pydantic.Field(default=None, alias="version")


class SSHPublicKeyAccessCredential(base.KubeModel):
    propagation_method: base.Input[SSHPublicKeyAccessCredentialPropagationMethod] = pydantic.Field(
        alias="propagationMethod"
    )
    source: base.Input[SSHPublicKeyAccessCredentialSource] = pydantic.Field(alias="source")


class SSHPublicKeyAccessCredentialPropagationMethod(base.KubeModel):
    config_drive: base.Input[ConfigDriveSSHPublicKeyAccessCredentialPropagation] | None = pydantic.Field(
        default=None, alias="configDrive"
    )
    no_cloud: base.Input[NoCloudSSHPublicKeyAccessCredentialPropagation] | None = pydantic.Field(
        default=None, alias="noCloud"
    )
    qemu_guest_agent: base.Input[QemuGuestAgentSSHPublicKeyAccessCredentialPropagation] | None = (
        pydantic.Field(default=None, alias="qemuGuestAgent")
    )


class SSHPublicKeyAccessCredentialSource(base.KubeModel):
    secret: base.Input[AccessCredentialSecretSource] | None = pydantic.Field(default=None, alias="secret")


class SeccompConfiguration(base.KubeModel):
    virtual_machine_instance_profile: base.Input[VirtualMachineInstanceProfile] | None = pydantic.Field(
        default=None, alias="virtualMachineInstanceProfile"
    )


class SecretVolumeSource(base.KubeModel):
    optional: base.Input[bool] | None = pydantic.Field(default=None, alias="optional")
    secret_name: base.Input[str] | None = pydantic.Field(default=None, alias="secretName")
    volume_label: base.Input[str] | None = pydantic.Field(default=None, alias="volumeLabel")


class ServiceAccountVolumeSource(base.KubeModel):
    service_account_name: base.Input[str] | None = pydantic.Field(default=None, alias="serviceAccountName")


class SoundDevice(base.KubeModel):
    model: base.Input[str] | None = pydantic.Field(default=None, alias="model")
    name: base.Input[str] = pydantic.Field(alias="name")


class StallDetectorOptions(base.KubeModel):
    completion_timeout_factor: base.Input[str] | None = pydantic.Field(
        default=None, alias="completionTimeoutFactor"
    )
    ewma_alpha: base.Input[str] | None = pydantic.Field(default=None, alias="ewmaAlpha")
    patience_window_decay_factor: base.Input[str] | None = pydantic.Field(
        default=None, alias="patienceWindowDecayFactor"
    )
    precopy_possible_factor: base.Input[str] | None = pydantic.Field(
        default=None, alias="precopyPossibleFactor"
    )
    search_local_minima: base.Input[bool] | None = pydantic.Field(default=None, alias="searchLocalMinima")
    stall_margin: base.Input[int] | None = pydantic.Field(default=None, alias="stallMargin")
    stall_progress_timeout: base.Input[int] | None = pydantic.Field(
        default=None, alias="stallProgressTimeout"
    )
    switchover_timeout: base.Input[int] | None = pydantic.Field(default=None, alias="switchoverTimeout")


class StartOptions(base.KubeModel):
    api_version: base.Input[str] | None = pydantic.Field(default=None, alias="apiVersion")
    dry_run: base.Input[base.InputList[str]] | None = pydantic.Field(default=None, alias="dryRun")
    kind: base.Input[str] | None = pydantic.Field(default=None, alias="kind")
    paused: base.Input[bool] | None = pydantic.Field(default=None, alias="paused")


class StopOptions(base.KubeModel):
    api_version: base.Input[str] | None = pydantic.Field(default=None, alias="apiVersion")
    dry_run: base.Input[base.InputList[str]] | None = pydantic.Field(default=None, alias="dryRun")
    grace_period: base.Input[int] | None = pydantic.Field(default=None, alias="gracePeriod")
    kind: base.Input[str] | None = pydantic.Field(default=None, alias="kind")


class StorageMigratedVolumeInfo(base.KubeModel):
    destination_pvc_info: base.Input[PersistentVolumeClaimInfo] | None = pydantic.Field(
        default=None, alias="destinationPVCInfo"
    )
    source_pvc_info: base.Input[PersistentVolumeClaimInfo] | None = pydantic.Field(
        default=None, alias="sourcePVCInfo"
    )
    volume_name: base.Input[str] = pydantic.Field(alias="volumeName")


class SupportContainerResources(base.KubeModel):
    resources: base.Input[ResourceRequirementsWithoutClaims] = pydantic.Field(alias="resources")
    type: base.Input[str] = pydantic.Field(alias="type")


class SyNICTimer(base.KubeModel):
    direct: base.Input[FeatureState] | None = pydantic.Field(default=None, alias="direct")
    enabled: base.Input[bool] | None = pydantic.Field(default=None, alias="enabled")


class SysprepSource(base.KubeModel):
    config_map: base.Input[k8s_core_v1.LocalObjectReference] | None = pydantic.Field(
        default=None, alias="configMap"
    )
    secret: base.Input[k8s_core_v1.LocalObjectReference] | None = pydantic.Field(default=None, alias="secret")


class TDX(base.KubeModel):
    pass


class TDXAttestationConfiguration(base.KubeModel):
    enforced: base.Input[bool] | None = pydantic.Field(default=None, alias="enforced")
    qgs_socket_path: base.Input[str] | None = pydantic.Field(default=None, alias="qgsSocketPath")


class TDXConfiguration(base.KubeModel):
    attestation: base.Input[TDXAttestationConfiguration] | None = pydantic.Field(
        default=None, alias="attestation"
    )


class TLBFlush(base.KubeModel):
    direct: base.Input[FeatureState] | None = pydantic.Field(default=None, alias="direct")
    enabled: base.Input[bool] | None = pydantic.Field(default=None, alias="enabled")
    extended: base.Input[FeatureState] | None = pydantic.Field(default=None, alias="extended")


class TLSConfiguration(base.KubeModel):
    ciphers: base.Input[base.InputList[str]] | None = pydantic.Field(default=None, alias="ciphers")
    min_tls_version: base.Input[str] | None = pydantic.Field(default=None, alias="minTLSVersion")


class TPMDevice(base.KubeModel):
    enabled: base.Input[bool] | None = pydantic.Field(default=None, alias="enabled")
    persistent: base.Input[bool] | None = pydantic.Field(default=None, alias="persistent")


class Timer(base.KubeModel):
    hpet: base.Input[HPETTimer] | None = pydantic.Field(default=None, alias="hpet")
    hyperv: base.Input[HypervTimer] | None = pydantic.Field(default=None, alias="hyperv")
    kvm: base.Input[KVMTimer] | None = pydantic.Field(default=None, alias="kvm")
    pit: base.Input[PITTimer] | None = pydantic.Field(default=None, alias="pit")
    rtc: base.Input[RTCTimer] | None = pydantic.Field(default=None, alias="rtc")


class TokenBucketRateLimiter(base.KubeModel):
    burst: base.Input[int] = pydantic.Field(alias="burst")
    qps: base.Input[base.Number] = pydantic.Field(alias="qps")


class TopologyHints(base.KubeModel):
    tsc_frequency: base.Input[int] | None = pydantic.Field(default=None, alias="tscFrequency")


class USBHostDevice(base.KubeModel):
    external_resource_provider: base.Input[bool] | None = pydantic.Field(
        default=None, alias="externalResourceProvider"
    )
    resource_name: base.Input[str] = pydantic.Field(alias="resourceName")
    selectors: base.Input[base.InputList[USBSelector]] | None = pydantic.Field(
        default=None, alias="selectors"
    )


class USBSelector(base.KubeModel):
    product: base.Input[str] = pydantic.Field(alias="product")
    vendor: base.Input[str] = pydantic.Field(alias="vendor")


class UnpauseOptions(base.KubeModel):
    api_version: base.Input[str] | None = pydantic.Field(default=None, alias="apiVersion")
    dry_run: base.Input[base.InputList[str]] | None = pydantic.Field(default=None, alias="dryRun")
    kind: base.Input[str] | None = pydantic.Field(default=None, alias="kind")


class UserPasswordAccessCredential(base.KubeModel):
    propagation_method: base.Input[UserPasswordAccessCredentialPropagationMethod] = pydantic.Field(
        alias="propagationMethod"
    )
    source: base.Input[UserPasswordAccessCredentialSource] = pydantic.Field(alias="source")


class UserPasswordAccessCredentialPropagationMethod(base.KubeModel):
    qemu_guest_agent: base.Input[QemuGuestAgentUserPasswordAccessCredentialPropagation] | None = (
        pydantic.Field(default=None, alias="qemuGuestAgent")
    )


class UserPasswordAccessCredentialSource(base.KubeModel):
    secret: base.Input[AccessCredentialSecretSource] | None = pydantic.Field(default=None, alias="secret")


class UtilityVolume(base.KubeModel):
    claim_name: base.Input[str] = pydantic.Field(alias="claimName")
    name: base.Input[str] = pydantic.Field(alias="name")
    read_only: base.Input[bool] | None = pydantic.Field(default=None, alias="readOnly")
    type: base.Input[str] | None = pydantic.Field(default=None, alias="type")


class VGPUDisplayOptions(base.KubeModel):
    enabled: base.Input[bool] | None = pydantic.Field(default=None, alias="enabled")
    ram_fb: base.Input[FeatureState] | None = pydantic.Field(default=None, alias="ramFB")


class VGPUOptions(base.KubeModel):
    display: base.Input[VGPUDisplayOptions] | None = pydantic.Field(default=None, alias="display")


class VMIMConfigurationOptions(base.KubeModel):
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
    disable_tls: base.Input[bool] | None = pydantic.Field(default=None, alias="disableTLS")
    experimental: base.Input[ExperimentalMigrationOptions] | None = pydantic.Field(
        default=None, alias="experimental"
    )
    match_se_linux_level_on_migration: base.Input[bool] | None = pydantic.Field(
        default=None, alias="matchSELinuxLevelOnMigration"
    )
    max_downtime_ms: base.Input[int] | None = pydantic.Field(default=None, alias="maxDowntimeMs")
    network: base.Input[str] | None = pydantic.Field(default=None, alias="network")
    node_drain_taint_key: base.Input[str] | None = pydantic.Field(default=None, alias="nodeDrainTaintKey")
    parallel_migrations_per_cluster: base.Input[int] | None = pydantic.Field(
        default=None, alias="parallelMigrationsPerCluster"
    )
    parallel_outbound_migrations_per_node: base.Input[int] | None = pydantic.Field(
        default=None, alias="parallelOutboundMigrationsPerNode"
    )
    progress_timeout: base.Input[int] | None = pydantic.Field(default=None, alias="progressTimeout")
    unsafe_migration_override: base.Input[bool] | None = pydantic.Field(
        default=None, alias="unsafeMigrationOverride"
    )
    utility_volumes_timeout: base.Input[int] | None = pydantic.Field(
        default=None, alias="utilityVolumesTimeout"
    )


class VideoDevice(base.KubeModel):
    type: base.Input[str] | None = pydantic.Field(default=None, alias="type")


class VirtTemplateDeployment(base.KubeModel):
    enabled: base.Input[bool] | None = pydantic.Field(default=None, alias="enabled")


class VirtualMachine(base.KubeModel):
    __kube_gvk__: ClassVar[tuple[str, str] | None] = ("kubevirt.io/v1", "VirtualMachine")
    api_version: base.Input[str] | None = pydantic.Field(default=None, alias="apiVersion")
    kind: base.Input[str] | None = pydantic.Field(default=None, alias="kind")
    metadata: base.Input[k8s_meta_v1.ObjectMeta] | None = pydantic.Field(default=None, alias="metadata")
    spec: base.Input[VirtualMachineSpec] = pydantic.Field(alias="spec")
    status: base.Input[VirtualMachineStatus] | None = pydantic.Field(default=None, alias="status")


class VirtualMachineCondition(base.KubeModel):
    last_probe_time: base.Input[str] | None = pydantic.Field(default=None, alias="lastProbeTime")
    last_transition_time: base.Input[str] | None = pydantic.Field(default=None, alias="lastTransitionTime")
    message: base.Input[str] | None = pydantic.Field(default=None, alias="message")
    reason: base.Input[str] | None = pydantic.Field(default=None, alias="reason")
    status: base.Input[str] = pydantic.Field(alias="status")
    type: base.Input[str] = pydantic.Field(alias="type")


class VirtualMachineExport(base.KubeModel):
    __kube_gvk__: ClassVar[tuple[str, str] | None] = ("export.kubevirt.io/v1", "VirtualMachineExport")
    api_version: base.Input[str] | None = pydantic.Field(default=None, alias="apiVersion")
    kind: base.Input[str] | None = pydantic.Field(default=None, alias="kind")
    metadata: base.Input[k8s_meta_v1.ObjectMeta] | None = pydantic.Field(default=None, alias="metadata")
    spec: base.Input[VirtualMachineExportSpec] = pydantic.Field(alias="spec")
    status: base.Input[VirtualMachineExportStatus] | None = pydantic.Field(default=None, alias="status")


class VirtualMachineExportBackup(base.KubeModel):
    endpoints: base.Input[base.InputList[VirtualMachineExportBackupEndpoint]] | None = pydantic.Field(
        default=None, alias="endpoints"
    )
    name: base.Input[str] = pydantic.Field(alias="name")


class VirtualMachineExportBackupEndpoint(base.KubeModel):
    endpoint: base.Input[str] = pydantic.Field(alias="endpoint")
    url: base.Input[str] = pydantic.Field(alias="url")


class VirtualMachineExportLink(base.KubeModel):
    backups: base.Input[base.InputList[VirtualMachineExportBackup]] | None = pydantic.Field(
        default=None, alias="backups"
    )
    cert: base.Input[str] = pydantic.Field(alias="cert")
    manifests: base.Input[base.InputList[VirtualMachineExportManifest]] | None = pydantic.Field(
        default=None, alias="manifests"
    )
    volumes: base.Input[base.InputList[VirtualMachineExportVolume]] | None = pydantic.Field(
        default=None, alias="volumes"
    )


class VirtualMachineExportLinks(base.KubeModel):
    external: base.Input[VirtualMachineExportLink] | None = pydantic.Field(default=None, alias="external")
    internal: base.Input[VirtualMachineExportLink] | None = pydantic.Field(default=None, alias="internal")


class VirtualMachineExportList(base.KubeModel):
    api_version: base.Input[str] | None = pydantic.Field(default=None, alias="apiVersion")
    items: base.Input[base.InputList[VirtualMachineExport]] = pydantic.Field(alias="items")
    kind: base.Input[str] | None = pydantic.Field(default=None, alias="kind")
    metadata: base.Input[k8s_meta_v1.ListMeta] = pydantic.Field(alias="metadata")


class VirtualMachineExportManifest(base.KubeModel):
    type: base.Input[str] = pydantic.Field(alias="type")
    url: base.Input[str] = pydantic.Field(alias="url")


class VirtualMachineExportSpec(base.KubeModel):
    source: base.Input[k8s_core_v1.TypedLocalObjectReference] = pydantic.Field(alias="source")
    token_secret_ref: base.Input[str] | None = pydantic.Field(default=None, alias="tokenSecretRef")
    ttl_duration: base.Input[str] | None = pydantic.Field(default=None, alias="ttlDuration")


class VirtualMachineExportStatus(base.KubeModel):
    conditions: base.Input[base.InputList[Condition]] | None = pydantic.Field(
        default=None, alias="conditions"
    )
    links: base.Input[VirtualMachineExportLinks] | None = pydantic.Field(default=None, alias="links")
    phase: base.Input[str] | None = pydantic.Field(default=None, alias="phase")
    service_name: base.Input[str] | None = pydantic.Field(default=None, alias="serviceName")
    token_secret_ref: base.Input[str] | None = pydantic.Field(default=None, alias="tokenSecretRef")
    ttl_expiration_time: base.Input[str] | None = pydantic.Field(default=None, alias="ttlExpirationTime")
    virtual_machine_name: base.Input[str] | None = pydantic.Field(default=None, alias="virtualMachineName")


class VirtualMachineExportVolume(base.KubeModel):
    formats: base.Input[base.InputList[VirtualMachineExportVolumeFormat]] | None = pydantic.Field(
        default=None, alias="formats"
    )
    name: base.Input[str] = pydantic.Field(alias="name")


class VirtualMachineExportVolumeFormat(base.KubeModel):
    format: base.Input[str] = pydantic.Field(alias="format")
    url: base.Input[str] = pydantic.Field(alias="url")


class VirtualMachineInstance(base.KubeModel):
    __kube_gvk__: ClassVar[tuple[str, str] | None] = ("kubevirt.io/v1", "VirtualMachineInstance")
    api_version: base.Input[str] | None = pydantic.Field(default=None, alias="apiVersion")
    kind: base.Input[str] | None = pydantic.Field(default=None, alias="kind")
    metadata: base.Input[k8s_meta_v1.ObjectMeta] | None = pydantic.Field(default=None, alias="metadata")
    spec: base.Input[VirtualMachineInstanceSpec] = pydantic.Field(alias="spec")
    status: base.Input[VirtualMachineInstanceStatus] | None = pydantic.Field(default=None, alias="status")


class VirtualMachineInstanceBackupStatus(base.KubeModel):
    backup_msg: base.Input[str] | None = pydantic.Field(default=None, alias="backupMsg")
    backup_name: base.Input[str] | None = pydantic.Field(default=None, alias="backupName")
    checkpoint_name: base.Input[str] | None = pydantic.Field(default=None, alias="checkpointName")
    completed: base.Input[bool] | None = pydantic.Field(default=None, alias="completed")
    end_timestamp: base.Input[str] | None = pydantic.Field(default=None, alias="endTimestamp")
    failed: base.Input[bool] | None = pydantic.Field(default=None, alias="failed")
    quiesce_status: base.Input[str] | None = pydantic.Field(default=None, alias="quiesceStatus")
    start_timestamp: base.Input[str] | None = pydantic.Field(default=None, alias="startTimestamp")
    volumes: base.Input[base.InputList[kubevirt_v1alpha1.BackupVolumeInfo]] | None = pydantic.Field(
        default=None, alias="volumes"
    )


class VirtualMachineInstanceCondition(base.KubeModel):
    last_probe_time: base.Input[str] | None = pydantic.Field(default=None, alias="lastProbeTime")
    last_transition_time: base.Input[str] | None = pydantic.Field(default=None, alias="lastTransitionTime")
    message: base.Input[str] | None = pydantic.Field(default=None, alias="message")
    reason: base.Input[str] | None = pydantic.Field(default=None, alias="reason")
    status: base.Input[str] = pydantic.Field(alias="status")
    type: base.Input[str] = pydantic.Field(alias="type")


class VirtualMachineInstanceFileSystem(base.KubeModel):
    disk: base.Input[base.InputList[VirtualMachineInstanceFileSystemDisk]] | None = pydantic.Field(
        default=None, alias="disk"
    )
    disk_name: base.Input[str] = pydantic.Field(alias="diskName")
    file_system_type: base.Input[str] = pydantic.Field(alias="fileSystemType")
    mount_point: base.Input[str] = pydantic.Field(alias="mountPoint")
    total_bytes: base.Input[int] = pydantic.Field(alias="totalBytes")
    used_bytes: base.Input[int] = pydantic.Field(alias="usedBytes")


class VirtualMachineInstanceFileSystemDisk(base.KubeModel):
    bus_type: base.Input[str] = pydantic.Field(alias="busType")
    serial: base.Input[str] | None = pydantic.Field(default=None, alias="serial")


class VirtualMachineInstanceFileSystemInfo(base.KubeModel):
    disks: base.Input[base.InputList[VirtualMachineInstanceFileSystem]] = pydantic.Field(alias="disks")


class VirtualMachineInstanceFileSystemList(base.KubeModel):
    api_version: base.Input[str] | None = pydantic.Field(default=None, alias="apiVersion")
    items: base.Input[base.InputList[VirtualMachineInstanceFileSystem]] = pydantic.Field(alias="items")
    kind: base.Input[str] | None = pydantic.Field(default=None, alias="kind")
    metadata: base.Input[k8s_meta_v1.ListMeta] | None = pydantic.Field(default=None, alias="metadata")


class VirtualMachineInstanceGuestAgentInfo(base.KubeModel):
    api_version: base.Input[str] | None = pydantic.Field(default=None, alias="apiVersion")
    fs_freeze_status: base.Input[str] | None = pydantic.Field(default=None, alias="fsFreezeStatus")
    fs_info: base.Input[VirtualMachineInstanceFileSystemInfo] | None = pydantic.Field(
        default=None, alias="fsInfo"
    )
    guest_agent_version: base.Input[str] | None = pydantic.Field(default=None, alias="guestAgentVersion")
    hostname: base.Input[str] | None = pydantic.Field(default=None, alias="hostname")
    kind: base.Input[str] | None = pydantic.Field(default=None, alias="kind")
    os: base.Input[VirtualMachineInstanceGuestOSInfo] | None = pydantic.Field(default=None, alias="os")
    supported_commands: base.Input[base.InputList[GuestAgentCommandInfo]] | None = pydantic.Field(
        default=None, alias="supportedCommands"
    )
    timezone: base.Input[str] | None = pydantic.Field(default=None, alias="timezone")
    user_list: base.Input[base.InputList[VirtualMachineInstanceGuestOSUser]] | None = pydantic.Field(
        default=None, alias="userList"
    )


class VirtualMachineInstanceGuestOSInfo(base.KubeModel):
    id: base.Input[str] | None = pydantic.Field(default=None, alias="id")
    kernel_release: base.Input[str] | None = pydantic.Field(default=None, alias="kernelRelease")
    kernel_version: base.Input[str] | None = pydantic.Field(default=None, alias="kernelVersion")
    machine: base.Input[str] | None = pydantic.Field(default=None, alias="machine")
    name: base.Input[str] | None = pydantic.Field(default=None, alias="name")
    pretty_name: base.Input[str] | None = pydantic.Field(default=None, alias="prettyName")
    version: base.Input[str] | None = pydantic.Field(default=None, alias="version")
    version_id: base.Input[str] | None = pydantic.Field(default=None, alias="versionId")


class VirtualMachineInstanceGuestOSUser(base.KubeModel):
    domain: base.Input[str] | None = pydantic.Field(default=None, alias="domain")
    login_time: base.Input[base.Number] | None = pydantic.Field(default=None, alias="loginTime")
    user_name: base.Input[str] = pydantic.Field(alias="userName")


class VirtualMachineInstanceGuestOSUserList(base.KubeModel):
    api_version: base.Input[str] | None = pydantic.Field(default=None, alias="apiVersion")
    items: base.Input[base.InputList[VirtualMachineInstanceGuestOSUser]] = pydantic.Field(alias="items")
    kind: base.Input[str] | None = pydantic.Field(default=None, alias="kind")
    metadata: base.Input[k8s_meta_v1.ListMeta] | None = pydantic.Field(default=None, alias="metadata")


class VirtualMachineInstanceList(base.KubeModel):
    api_version: base.Input[str] | None = pydantic.Field(default=None, alias="apiVersion")
    items: base.Input[base.InputList[VirtualMachineInstance]] = pydantic.Field(alias="items")
    kind: base.Input[str] | None = pydantic.Field(default=None, alias="kind")
    metadata: base.Input[k8s_meta_v1.ListMeta] | None = pydantic.Field(default=None, alias="metadata")


class VirtualMachineInstanceMigration(base.KubeModel):
    __kube_gvk__: ClassVar[tuple[str, str] | None] = ("kubevirt.io/v1", "VirtualMachineInstanceMigration")
    api_version: base.Input[str] | None = pydantic.Field(default=None, alias="apiVersion")
    kind: base.Input[str] | None = pydantic.Field(default=None, alias="kind")
    metadata: base.Input[k8s_meta_v1.ObjectMeta] | None = pydantic.Field(default=None, alias="metadata")
    spec: base.Input[VirtualMachineInstanceMigrationSpec] = pydantic.Field(alias="spec")
    status: base.Input[VirtualMachineInstanceMigrationStatus] | None = pydantic.Field(
        default=None, alias="status"
    )


class VirtualMachineInstanceMigrationCondition(base.KubeModel):
    last_probe_time: base.Input[str] | None = pydantic.Field(default=None, alias="lastProbeTime")
    last_transition_time: base.Input[str] | None = pydantic.Field(default=None, alias="lastTransitionTime")
    message: base.Input[str] | None = pydantic.Field(default=None, alias="message")
    reason: base.Input[str] | None = pydantic.Field(default=None, alias="reason")
    status: base.Input[str] = pydantic.Field(alias="status")
    type: base.Input[str] = pydantic.Field(alias="type")


class VirtualMachineInstanceMigrationList(base.KubeModel):
    api_version: base.Input[str] | None = pydantic.Field(default=None, alias="apiVersion")
    items: base.Input[base.InputList[VirtualMachineInstanceMigration]] = pydantic.Field(alias="items")
    kind: base.Input[str] | None = pydantic.Field(default=None, alias="kind")
    metadata: base.Input[k8s_meta_v1.ListMeta] | None = pydantic.Field(default=None, alias="metadata")


class VirtualMachineInstanceMigrationPhaseTransitionTimestamp(base.KubeModel):
    phase: base.Input[enums.MigrationPhase] | None = pydantic.Field(default=None, alias="phase")
    phase_transition_timestamp: base.Input[str] | None = pydantic.Field(
        default=None, alias="phaseTransitionTimestamp"
    )


class VirtualMachineInstanceMigrationSource(base.KubeModel):
    connect_url: base.Input[str] = pydantic.Field(alias="connectURL")
    migration_id: base.Input[str] = pydantic.Field(alias="migrationID")


class VirtualMachineInstanceMigrationSourceState(base.KubeModel):
    domain_name: base.Input[str] | None = pydantic.Field(default=None, alias="domainName")
    domain_namespace: base.Input[str] | None = pydantic.Field(default=None, alias="domainNamespace")
    migration_uid: base.Input[str] | None = pydantic.Field(default=None, alias="migrationUID")
    node: base.Input[str] | None = pydantic.Field(default=None, alias="node")
    node_selectors: base.Input[base.InputMap[str]] | None = pydantic.Field(
        default=None, alias="nodeSelectors"
    )
    persistent_state_pvc_name: base.Input[str] | None = pydantic.Field(
        default=None, alias="persistentStatePVCName"
    )
    pod: base.Input[str] | None = pydantic.Field(default=None, alias="pod")
    selinux_context: base.Input[str] | None = pydantic.Field(default=None, alias="selinuxContext")
    sync_address: base.Input[str] | None = pydantic.Field(default=None, alias="syncAddress")
    virtual_machine_instance_uid: base.Input[str] | None = pydantic.Field(
        default=None, alias="virtualMachineInstanceUID"
    )


class VirtualMachineInstanceMigrationSpec(base.KubeModel):
    added_node_selector: base.Input[base.InputMap[str]] | None = pydantic.Field(
        default=None, alias="addedNodeSelector"
    )
    priority: base.Input[str] | None = pydantic.Field(default=None, alias="priority")
    receive: base.Input[VirtualMachineInstanceMigrationTarget] | None = pydantic.Field(
        default=None, alias="receive"
    )
    send_to: base.Input[VirtualMachineInstanceMigrationSource] | None = pydantic.Field(
        default=None, alias="sendTo"
    )
    vmi_name: base.Input[str] | None = pydantic.Field(default=None, alias="vmiName")


class VirtualMachineInstanceMigrationState(base.KubeModel):
    abort_requested: base.Input[bool] | None = pydantic.Field(default=None, alias="abortRequested")
    abort_status: base.Input[str] | None = pydantic.Field(default=None, alias="abortStatus")
    completed: base.Input[bool] | None = pydantic.Field(default=None, alias="completed")
    end_timestamp: base.Input[str] | None = pydantic.Field(default=None, alias="endTimestamp")
    failed: base.Input[bool] | None = pydantic.Field(default=None, alias="failed")
    failure_reason: base.Input[str] | None = pydantic.Field(default=None, alias="failureReason")
    migration_configuration: base.Input[VMIMConfigurationOptions] | None = pydantic.Field(
        default=None, alias="migrationConfiguration"
    )
    migration_network_type: base.Input[str] | None = pydantic.Field(
        default=None, alias="migrationNetworkType"
    )
    migration_policy_name: base.Input[str] | None = pydantic.Field(default=None, alias="migrationPolicyName")
    migration_uid: base.Input[str] | None = pydantic.Field(default=None, alias="migrationUid")
    mode: base.Input[str] | None = pydantic.Field(default=None, alias="mode")
    source_node: base.Input[str] | None = pydantic.Field(default=None, alias="sourceNode")
    source_persistent_state_pvc_name: base.Input[str] | None = pydantic.Field(
        default=None, alias="sourcePersistentStatePVCName"
    )
    source_pod: base.Input[str] | None = pydantic.Field(default=None, alias="sourcePod")
    source_state: base.Input[VirtualMachineInstanceMigrationSourceState] | None = pydantic.Field(
        default=None, alias="sourceState"
    )
    start_timestamp: base.Input[str] | None = pydantic.Field(default=None, alias="startTimestamp")
    target_attachment_pod_uid: base.Input[str] | None = pydantic.Field(
        default=None, alias="targetAttachmentPodUID"
    )
    target_cpu_set: base.Input[base.InputList[int]] | None = pydantic.Field(
        default=None, alias="targetCPUSet"
    )
    target_direct_migration_node_ports: base.Input[base.InputMap[int]] | None = pydantic.Field(
        default=None, alias="targetDirectMigrationNodePorts"
    )
    target_memory_overhead: base.Input[quantity.Quantity] | None = pydantic.Field(
        default=None, alias="targetMemoryOverhead"
    )
    target_node: base.Input[str] | None = pydantic.Field(default=None, alias="targetNode")
    target_node_address: base.Input[str] | None = pydantic.Field(default=None, alias="targetNodeAddress")
    target_node_domain_detected: base.Input[bool] | None = pydantic.Field(
        default=None, alias="targetNodeDomainDetected"
    )
    target_node_domain_ready_timestamp: base.Input[str] | None = pydantic.Field(
        default=None, alias="targetNodeDomainReadyTimestamp"
    )
    target_node_topology: base.Input[str] | None = pydantic.Field(default=None, alias="targetNodeTopology")
    target_persistent_state_pvc_name: base.Input[str] | None = pydantic.Field(
        default=None, alias="targetPersistentStatePVCName"
    )
    target_pod: base.Input[str] | None = pydantic.Field(default=None, alias="targetPod")
    target_state: base.Input[VirtualMachineInstanceMigrationTargetState] | None = pydantic.Field(
        default=None, alias="targetState"
    )


class VirtualMachineInstanceMigrationStatus(base.KubeModel):
    conditions: base.Input[base.InputList[VirtualMachineInstanceMigrationCondition]] | None = pydantic.Field(
        default=None, alias="conditions"
    )
    migration_state: base.Input[VirtualMachineInstanceMigrationState] | None = pydantic.Field(
        default=None, alias="migrationState"
    )
    phase: base.Input[enums.MigrationPhase] | None = pydantic.Field(default=None, alias="phase")
    phase_transition_timestamps: (
        base.Input[base.InputList[VirtualMachineInstanceMigrationPhaseTransitionTimestamp]] | None
    ) = pydantic.Field(default=None, alias="phaseTransitionTimestamps")
    synchronization_addresses: base.Input[base.InputList[str]] | None = pydantic.Field(
        default=None, alias="synchronizationAddresses"
    )


class VirtualMachineInstanceMigrationTarget(base.KubeModel):
    migration_id: base.Input[str] = pydantic.Field(alias="migrationID")


class VirtualMachineInstanceMigrationTargetState(base.KubeModel):
    attachment_pod_uid: base.Input[str] | None = pydantic.Field(default=None, alias="attachmentPodUID")
    cpu_set: base.Input[base.InputList[int]] | None = pydantic.Field(default=None, alias="cpuSet")
    direct_migration_node_ports: base.Input[base.InputMap[int]] | None = pydantic.Field(
        default=None, alias="directMigrationNodePorts"
    )
    domain_detected: base.Input[bool] | None = pydantic.Field(default=None, alias="domainDetected")
    domain_name: base.Input[str] | None = pydantic.Field(default=None, alias="domainName")
    domain_namespace: base.Input[str] | None = pydantic.Field(default=None, alias="domainNamespace")
    domain_ready_timestamp: base.Input[str] | None = pydantic.Field(
        default=None, alias="domainReadyTimestamp"
    )
    migration_uid: base.Input[str] | None = pydantic.Field(default=None, alias="migrationUID")
    node: base.Input[str] | None = pydantic.Field(default=None, alias="node")
    node_address: base.Input[str] | None = pydantic.Field(default=None, alias="nodeAddress")
    node_topology: base.Input[str] | None = pydantic.Field(default=None, alias="nodeTopology")
    persistent_state_pvc_name: base.Input[str] | None = pydantic.Field(
        default=None, alias="persistentStatePVCName"
    )
    pod: base.Input[str] | None = pydantic.Field(default=None, alias="pod")
    selinux_context: base.Input[str] | None = pydantic.Field(default=None, alias="selinuxContext")
    sync_address: base.Input[str] | None = pydantic.Field(default=None, alias="syncAddress")
    virtual_machine_instance_uid: base.Input[str] | None = pydantic.Field(
        default=None, alias="virtualMachineInstanceUID"
    )


class VirtualMachineInstanceNetworkInterface(base.KubeModel):
    info_source: base.Input[str] | None = pydantic.Field(default=None, alias="infoSource")
    interface_name: base.Input[str] | None = pydantic.Field(default=None, alias="interfaceName")
    ip_address: base.Input[str] | None = pydantic.Field(default=None, alias="ipAddress")
    ip_addresses: base.Input[base.InputList[str]] | None = pydantic.Field(default=None, alias="ipAddresses")
    link_state: base.Input[str] | None = pydantic.Field(default=None, alias="linkState")
    mac: base.Input[str] | None = pydantic.Field(default=None, alias="mac")
    name: base.Input[str] | None = pydantic.Field(default=None, alias="name")
    pod_interface_name: base.Input[str] | None = pydantic.Field(default=None, alias="podInterfaceName")
    queue_count: base.Input[int] | None = pydantic.Field(default=None, alias="queueCount")


class VirtualMachineInstancePhaseTransitionTimestamp(base.KubeModel):
    phase: base.Input[enums.VMIPhase] | None = pydantic.Field(default=None, alias="phase")
    phase_transition_timestamp: base.Input[str] | None = pydantic.Field(
        default=None, alias="phaseTransitionTimestamp"
    )


class VirtualMachineInstancePreset(base.KubeModel):
    __kube_gvk__: ClassVar[tuple[str, str] | None] = ("kubevirt.io/v1", "VirtualMachineInstancePreset")
    api_version: base.Input[str] | None = pydantic.Field(default=None, alias="apiVersion")
    kind: base.Input[str] | None = pydantic.Field(default=None, alias="kind")
    metadata: base.Input[k8s_meta_v1.ObjectMeta] | None = pydantic.Field(default=None, alias="metadata")
    spec: base.Input[VirtualMachineInstancePresetSpec] | None = pydantic.Field(default=None, alias="spec")


class VirtualMachineInstancePresetList(base.KubeModel):
    api_version: base.Input[str] | None = pydantic.Field(default=None, alias="apiVersion")
    items: base.Input[base.InputList[VirtualMachineInstancePreset]] = pydantic.Field(alias="items")
    kind: base.Input[str] | None = pydantic.Field(default=None, alias="kind")
    metadata: base.Input[k8s_meta_v1.ListMeta] | None = pydantic.Field(default=None, alias="metadata")


class VirtualMachineInstancePresetSpec(base.KubeModel):
    domain: base.Input[DomainSpec] | None = pydantic.Field(default=None, alias="domain")
    selector: base.Input[k8s_meta_v1.LabelSelector] = pydantic.Field(alias="selector")


class VirtualMachineInstanceProfile(base.KubeModel):
    custom_profile: base.Input[CustomProfile] | None = pydantic.Field(default=None, alias="customProfile")


class VirtualMachineInstanceReplicaSet(base.KubeModel):
    __kube_gvk__: ClassVar[tuple[str, str] | None] = ("kubevirt.io/v1", "VirtualMachineInstanceReplicaSet")
    api_version: base.Input[str] | None = pydantic.Field(default=None, alias="apiVersion")
    kind: base.Input[str] | None = pydantic.Field(default=None, alias="kind")
    metadata: base.Input[k8s_meta_v1.ObjectMeta] | None = pydantic.Field(default=None, alias="metadata")
    spec: base.Input[VirtualMachineInstanceReplicaSetSpec] = pydantic.Field(alias="spec")
    status: base.Input[VirtualMachineInstanceReplicaSetStatus] | None = pydantic.Field(
        default=None, alias="status"
    )


class VirtualMachineInstanceReplicaSetCondition(base.KubeModel):
    last_probe_time: base.Input[str] | None = pydantic.Field(default=None, alias="lastProbeTime")
    last_transition_time: base.Input[str] | None = pydantic.Field(default=None, alias="lastTransitionTime")
    message: base.Input[str] | None = pydantic.Field(default=None, alias="message")
    reason: base.Input[str] | None = pydantic.Field(default=None, alias="reason")
    status: base.Input[str] = pydantic.Field(alias="status")
    type: base.Input[str] = pydantic.Field(alias="type")


class VirtualMachineInstanceReplicaSetList(base.KubeModel):
    api_version: base.Input[str] | None = pydantic.Field(default=None, alias="apiVersion")
    items: base.Input[base.InputList[VirtualMachineInstanceReplicaSet]] = pydantic.Field(alias="items")
    kind: base.Input[str] | None = pydantic.Field(default=None, alias="kind")
    metadata: base.Input[k8s_meta_v1.ListMeta] | None = pydantic.Field(default=None, alias="metadata")


class VirtualMachineInstanceReplicaSetSpec(base.KubeModel):
    paused: base.Input[bool] | None = pydantic.Field(default=None, alias="paused")
    replicas: base.Input[int] | None = pydantic.Field(default=None, alias="replicas")
    selector: base.Input[k8s_meta_v1.LabelSelector] = pydantic.Field(alias="selector")
    template: base.Input[VirtualMachineInstanceTemplateSpec] = pydantic.Field(alias="template")


class VirtualMachineInstanceReplicaSetStatus(base.KubeModel):
    conditions: base.Input[base.InputList[VirtualMachineInstanceReplicaSetCondition]] | None = pydantic.Field(
        default=None, alias="conditions"
    )
    label_selector: base.Input[str] | None = pydantic.Field(default=None, alias="labelSelector")
    ready_replicas: base.Input[int] | None = pydantic.Field(default=None, alias="readyReplicas")
    replicas: base.Input[int] | None = pydantic.Field(default=None, alias="replicas")


class VirtualMachineInstanceResourceClaim(base.KubeModel):
    name: base.Input[str] = pydantic.Field(alias="name")
    resource_claim_name: base.Input[str] | None = pydantic.Field(default=None, alias="resourceClaimName")
    resource_claim_template_name: base.Input[str] | None = pydantic.Field(
        default=None, alias="resourceClaimTemplateName"
    )


class VirtualMachineInstanceSpec(base.KubeModel):
    access_credentials: base.Input[base.InputList[AccessCredential]] | None = pydantic.Field(
        default=None, alias="accessCredentials"
    )
    affinity: base.Input[k8s_core_v1.Affinity] | None = pydantic.Field(default=None, alias="affinity")
    architecture: base.Input[str] | None = pydantic.Field(default=None, alias="architecture")
    dns_config: base.Input[k8s_core_v1.PodDNSConfig] | None = pydantic.Field(default=None, alias="dnsConfig")
    dns_policy: (
        base.Input[Literal[
            "ClusterFirst",
            "ClusterFirstWithHostNet",
            "Default",
            "None",
        ]] | None
    ) = pydantic.Field(default=None, alias="dnsPolicy")
    domain: base.Input[DomainSpec] = pydantic.Field(alias="domain")
    eviction_strategy: base.Input[str] | None = pydantic.Field(default=None, alias="evictionStrategy")
    hostname: base.Input[str] | None = pydantic.Field(default=None, alias="hostname")
    liveness_probe: base.Input[Probe] | None = pydantic.Field(default=None, alias="livenessProbe")
    networks: base.Input[base.InputList[Network]] | None = pydantic.Field(default=None, alias="networks")
    node_selector: base.Input[base.InputMap[str]] | None = pydantic.Field(default=None, alias="nodeSelector")
    priority_class_name: base.Input[str] | None = pydantic.Field(default=None, alias="priorityClassName")
    readiness_probe: base.Input[Probe] | None = pydantic.Field(default=None, alias="readinessProbe")
    resource_claims: base.Input[base.InputList[VirtualMachineInstanceResourceClaim]] | None = pydantic.Field(
        default=None, alias="resourceClaims"
    )
    scheduler_name: base.Input[str] | None = pydantic.Field(default=None, alias="schedulerName")
    service_account_name: base.Input[str] | None = pydantic.Field(default=None, alias="serviceAccountName")
    start_strategy: base.Input[str] | None = pydantic.Field(default=None, alias="startStrategy")
    subdomain: base.Input[str] | None = pydantic.Field(default=None, alias="subdomain")
    termination_grace_period_seconds: base.Input[int] | None = pydantic.Field(
        default=None, alias="terminationGracePeriodSeconds"
    )
    tolerations: base.Input[base.InputList[k8s_core_v1.Toleration]] | None = pydantic.Field(
        default=None, alias="tolerations"
    )
    topology_spread_constraints: base.Input[base.InputList[k8s_core_v1.TopologySpreadConstraint]] | None = (
        pydantic.Field(default=None, alias="topologySpreadConstraints")
    )
    utility_volumes: base.Input[base.InputList[UtilityVolume]] | None = pydantic.Field(
        default=None, alias="utilityVolumes"
    )
    volumes: base.Input[base.InputList[Volume]] | None = pydantic.Field(default=None, alias="volumes")


class VirtualMachineInstanceStatus(base.KubeModel):
    vsock_cid: base.Input[int] | None = pydantic.Field(default=None, alias="VSOCKCID")
    active_pods: base.Input[base.InputMap[str]] | None = pydantic.Field(default=None, alias="activePods")
    changed_block_tracking: base.Input[ChangedBlockTrackingStatus] | None = pydantic.Field(
        default=None, alias="changedBlockTracking"
    )
    conditions: base.Input[base.InputList[VirtualMachineInstanceCondition]] | None = pydantic.Field(
        default=None, alias="conditions"
    )
    current_cpu_topology: base.Input[CPUTopology] | None = pydantic.Field(
        default=None, alias="currentCPUTopology"
    )
    evacuation_node_name: base.Input[str] | None = pydantic.Field(default=None, alias="evacuationNodeName")
    fs_freeze_status: base.Input[str] | None = pydantic.Field(default=None, alias="fsFreezeStatus")
    guest_os_info: base.Input[VirtualMachineInstanceGuestOSInfo] | None = pydantic.Field(
        default=None, alias="guestOSInfo"
    )
    interfaces: base.Input[base.InputList[VirtualMachineInstanceNetworkInterface]] | None = pydantic.Field(
        default=None, alias="interfaces"
    )
    kernel_boot_status: base.Input[KernelBootStatus] | None = pydantic.Field(
        default=None, alias="kernelBootStatus"
    )
    launcher_container_image_version: base.Input[str] | None = pydantic.Field(
        default=None, alias="launcherContainerImageVersion"
    )
    machine: base.Input[Machine] | None = pydantic.Field(default=None, alias="machine")
    memory: base.Input[MemoryStatus] | None = pydantic.Field(default=None, alias="memory")
    migrated_volumes: base.Input[base.InputList[StorageMigratedVolumeInfo]] | None = pydantic.Field(
        default=None, alias="migratedVolumes"
    )
    migration_method: base.Input[str] | None = pydantic.Field(default=None, alias="migrationMethod")
    migration_state: base.Input[VirtualMachineInstanceMigrationState] | None = pydantic.Field(
        default=None, alias="migrationState"
    )
    migration_transport: base.Input[str] | None = pydantic.Field(default=None, alias="migrationTransport")
    node_name: base.Input[str] | None = pydantic.Field(default=None, alias="nodeName")
    phase: base.Input[enums.VMIPhase] | None = pydantic.Field(default=None, alias="phase")
    phase_transition_timestamps: (
        base.Input[base.InputList[VirtualMachineInstancePhaseTransitionTimestamp]] | None
    ) = pydantic.Field(default=None, alias="phaseTransitionTimestamps")
    qos_class: base.Input[Literal["BestEffort", "Burstable", "Guaranteed"]] | None = pydantic.Field(
        default=None, alias="qosClass"
    )
    reason: base.Input[str] | None = pydantic.Field(default=None, alias="reason")
    runtime_user: base.Input[int] | None = pydantic.Field(default=None, alias="runtimeUser")
    selinux_context: base.Input[str] | None = pydantic.Field(default=None, alias="selinuxContext")
    topology_hints: base.Input[TopologyHints] | None = pydantic.Field(default=None, alias="topologyHints")
    virtual_machine_revision_name: base.Input[str] | None = pydantic.Field(
        default=None, alias="virtualMachineRevisionName"
    )
    volume_status: base.Input[base.InputList[VolumeStatus]] | None = pydantic.Field(
        default=None, alias="volumeStatus"
    )


class VirtualMachineInstanceTemplateSpec(base.KubeModel):
    metadata: base.Input[k8s_meta_v1.ObjectMeta] | None = pydantic.Field(default=None, alias="metadata")
    spec: base.Input[VirtualMachineInstanceSpec] | None = pydantic.Field(default=None, alias="spec")


class VirtualMachineList(base.KubeModel):
    api_version: base.Input[str] | None = pydantic.Field(default=None, alias="apiVersion")
    items: base.Input[base.InputList[VirtualMachine]] = pydantic.Field(alias="items")
    kind: base.Input[str] | None = pydantic.Field(default=None, alias="kind")
    metadata: base.Input[k8s_meta_v1.ListMeta] | None = pydantic.Field(default=None, alias="metadata")


class VirtualMachineMemoryDumpRequest(base.KubeModel):
    claim_name: base.Input[str] = pydantic.Field(alias="claimName")
    end_timestamp: base.Input[str] | None = pydantic.Field(default=None, alias="endTimestamp")
    file_name: base.Input[str] | None = pydantic.Field(default=None, alias="fileName")
    message: base.Input[str] | None = pydantic.Field(default=None, alias="message")
    phase: base.Input[str] = pydantic.Field(alias="phase")
    remove: base.Input[bool] | None = pydantic.Field(default=None, alias="remove")
    start_timestamp: base.Input[str] | None = pydantic.Field(default=None, alias="startTimestamp")


class VirtualMachineOptions(base.KubeModel):
    disable_free_page_reporting: base.Input[DisableFreePageReporting] | None = pydantic.Field(
        default=None, alias="disableFreePageReporting"
    )
    disable_serial_console_log: base.Input[DisableSerialConsoleLog] | None = pydantic.Field(
        default=None, alias="disableSerialConsoleLog"
    )


class VirtualMachineSpec(base.KubeModel):
    data_volume_templates: base.Input[base.InputList[DataVolumeTemplateSpec]] | None = pydantic.Field(
        default=None, alias="dataVolumeTemplates"
    )
    instancetype: base.Input[InstancetypeMatcher] | None = pydantic.Field(default=None, alias="instancetype")
    preference: base.Input[PreferenceMatcher] | None = pydantic.Field(default=None, alias="preference")
    run_strategy: base.Input[enums.RunStrategy] | None = pydantic.Field(default=None, alias="runStrategy")
    running: base.Input[bool] | None = pydantic.Field(default=None, alias="running")
    template: base.Input[VirtualMachineInstanceTemplateSpec] = pydantic.Field(alias="template")
    update_volumes_strategy: base.Input[str] | None = pydantic.Field(
        default=None, alias="updateVolumesStrategy"
    )


class VirtualMachineStartFailure(base.KubeModel):
    consecutive_fail_count: base.Input[int] | None = pydantic.Field(
        default=None, alias="consecutiveFailCount"
    )
    last_failed_vmiuid: base.Input[str] | None = pydantic.Field(default=None, alias="lastFailedVMIUID")
    retry_after_timestamp: base.Input[str] | None = pydantic.Field(default=None, alias="retryAfterTimestamp")


class VirtualMachineStateChangeRequest(base.KubeModel):
    action: base.Input[str] = pydantic.Field(alias="action")
    data: base.Input[base.InputMap[str]] | None = pydantic.Field(default=None, alias="data")
    uid: base.Input[str] | None = pydantic.Field(default=None, alias="uid")


class VirtualMachineStatus(base.KubeModel):
    changed_block_tracking: base.Input[ChangedBlockTrackingStatus] | None = pydantic.Field(
        default=None, alias="changedBlockTracking"
    )
    conditions: base.Input[base.InputList[VirtualMachineCondition]] | None = pydantic.Field(
        default=None, alias="conditions"
    )
    created: base.Input[bool] | None = pydantic.Field(default=None, alias="created")
    desired_generation: base.Input[int] | None = pydantic.Field(default=None, alias="desiredGeneration")
    instancetype_ref: base.Input[InstancetypeStatusRef] | None = pydantic.Field(
        default=None, alias="instancetypeRef"
    )
    memory_dump_request: base.Input[VirtualMachineMemoryDumpRequest] | None = pydantic.Field(
        default=None, alias="memoryDumpRequest"
    )
    observed_generation: base.Input[int] | None = pydantic.Field(default=None, alias="observedGeneration")
    preference_ref: base.Input[InstancetypeStatusRef] | None = pydantic.Field(
        default=None, alias="preferenceRef"
    )
    printable_status: base.Input[enums.PrintableStatus] | None = pydantic.Field(
        default=None, alias="printableStatus"
    )
    ready: base.Input[bool] | None = pydantic.Field(default=None, alias="ready")
    restore_in_progress: base.Input[str] | None = pydantic.Field(default=None, alias="restoreInProgress")
    run_strategy: base.Input[enums.RunStrategy] | None = pydantic.Field(default=None, alias="runStrategy")
    snapshot_in_progress: base.Input[str] | None = pydantic.Field(default=None, alias="snapshotInProgress")
    start_failure: base.Input[VirtualMachineStartFailure] | None = pydantic.Field(
        default=None, alias="startFailure"
    )
    state_change_requests: base.Input[base.InputList[VirtualMachineStateChangeRequest]] | None = (
        pydantic.Field(default=None, alias="stateChangeRequests")
    )
    volume_requests: base.Input[base.InputList[VirtualMachineVolumeRequest]] | None = pydantic.Field(
        default=None, alias="volumeRequests"
    )
    volume_snapshot_statuses: base.Input[base.InputList[VolumeSnapshotStatus]] | None = pydantic.Field(
        default=None, alias="volumeSnapshotStatuses"
    )
    volume_update_state: base.Input[VolumeUpdateState] | None = pydantic.Field(
        default=None, alias="volumeUpdateState"
    )


class VirtualMachineVolumeRequest(base.KubeModel):
    add_volume_options: base.Input[AddVolumeOptions] | None = pydantic.Field(
        default=None, alias="addVolumeOptions"
    )
    remove_volume_options: base.Input[RemoveVolumeOptions] | None = pydantic.Field(
        default=None, alias="removeVolumeOptions"
    )


class Volume(base.KubeModel):
    cloud_init_config_drive: base.Input[CloudInitConfigDriveSource] | None = pydantic.Field(
        default=None, alias="cloudInitConfigDrive"
    )
    cloud_init_no_cloud: base.Input[CloudInitNoCloudSource] | None = pydantic.Field(
        default=None, alias="cloudInitNoCloud"
    )
    config_map: base.Input[ConfigMapVolumeSource] | None = pydantic.Field(default=None, alias="configMap")
    container_disk: base.Input[ContainerDiskSource] | None = pydantic.Field(
        default=None, alias="containerDisk"
    )
    container_path: base.Input[ContainerPathVolumeSource] | None = pydantic.Field(
        default=None, alias="containerPath"
    )
    data_volume: base.Input[DataVolumeSource] | None = pydantic.Field(default=None, alias="dataVolume")
    downward_api: base.Input[DownwardAPIVolumeSource] | None = pydantic.Field(
        default=None, alias="downwardAPI"
    )
    downward_metrics: base.Input[DownwardMetricsVolumeSource] | None = pydantic.Field(
        default=None, alias="downwardMetrics"
    )
    empty_disk: base.Input[EmptyDiskSource] | None = pydantic.Field(default=None, alias="emptyDisk")
    ephemeral: base.Input[EphemeralVolumeSource] | None = pydantic.Field(default=None, alias="ephemeral")
    host_disk: base.Input[HostDisk] | None = pydantic.Field(default=None, alias="hostDisk")
    memory_dump: base.Input[MemoryDumpVolumeSource] | None = pydantic.Field(default=None, alias="memoryDump")
    name: base.Input[str] = pydantic.Field(alias="name")
    persistent_volume_claim: base.Input[PersistentVolumeClaimVolumeSource] | None = pydantic.Field(
        default=None, alias="persistentVolumeClaim"
    )
    secret: base.Input[SecretVolumeSource] | None = pydantic.Field(default=None, alias="secret")
    service_account: base.Input[ServiceAccountVolumeSource] | None = pydantic.Field(
        default=None, alias="serviceAccount"
    )
    sysprep: base.Input[SysprepSource] | None = pydantic.Field(default=None, alias="sysprep")


class VolumeMigrationState(base.KubeModel):
    migrated_volumes: base.Input[base.InputList[StorageMigratedVolumeInfo]] | None = pydantic.Field(
        default=None, alias="migratedVolumes"
    )


class VolumeSnapshotStatus(base.KubeModel):
    enabled: base.Input[bool] = pydantic.Field(alias="enabled")
    name: base.Input[str] = pydantic.Field(alias="name")
    reason: base.Input[str] | None = pydantic.Field(default=None, alias="reason")


class VolumeStatus(base.KubeModel):
    container_disk_volume: base.Input[ContainerDiskInfo] | None = pydantic.Field(
        default=None, alias="containerDiskVolume"
    )
    hotplug_volume: base.Input[HotplugVolumeStatus] | None = pydantic.Field(
        default=None, alias="hotplugVolume"
    )
    memory_dump_volume: base.Input[DomainMemoryDumpInfo] | None = pydantic.Field(
        default=None, alias="memoryDumpVolume"
    )
    message: base.Input[str] | None = pydantic.Field(default=None, alias="message")
    name: base.Input[str] = pydantic.Field(alias="name")
    persistent_volume_claim_info: base.Input[PersistentVolumeClaimInfo] | None = pydantic.Field(
        default=None, alias="persistentVolumeClaimInfo"
    )
    phase: base.Input[str] | None = pydantic.Field(default=None, alias="phase")
    reason: base.Input[str] | None = pydantic.Field(default=None, alias="reason")
    size: base.Input[int] | None = pydantic.Field(default=None, alias="size")
    target: base.Input[str] = pydantic.Field(alias="target")


class VolumeUpdateState(base.KubeModel):
    volume_migration_state: base.Input[VolumeMigrationState] | None = pydantic.Field(
        default=None, alias="volumeMigrationState"
    )


class Watchdog(base.KubeModel):
    diag288: base.Input[Diag288Watchdog] | None = pydantic.Field(default=None, alias="diag288")
    i6300esb: base.Input[I6300ESBWatchdog] | None = pydantic.Field(default=None, alias="i6300esb")
    name: base.Input[str] = pydantic.Field(alias="name")


from pulumi_kubevirt_models.generated import (  # noqa: E402  (cyclic; see above)
    k8s_core_v1,
    k8s_meta_v1,
    kubevirt_v1alpha1,
    kubevirt_v1beta1,
)
