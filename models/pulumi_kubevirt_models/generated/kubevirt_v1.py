# generated — regenerate, don't edit
# Written by scripts/codegen/generate.py from
#   kubevirt-v1.9.0/swagger.json (sha256 2c12b9c092941cff)
"""KubeVirt v1 API types."""

from __future__ import annotations

from typing import ClassVar, Literal

import pydantic

from pulumi_kubevirt_models import base as _base
from pulumi_kubevirt_models import enums as _enums
from pulumi_kubevirt_models import quantity as _quantity

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
    msdm_name_ref: _base.Input[str] | None = pydantic.Field(default=None, alias="msdmNameRef")
    slic_name_ref: _base.Input[str] | None = pydantic.Field(default=None, alias="slicNameRef")


class AccessCredential(_base.KubeModel):
    ssh_public_key: _base.Input[SSHPublicKeyAccessCredential] | None = pydantic.Field(
        default=None, alias="sshPublicKey"
    )
    user_password: _base.Input[UserPasswordAccessCredential] | None = pydantic.Field(
        default=None, alias="userPassword"
    )


class AccessCredentialSecretSource(_base.KubeModel):
    secret_name: _base.Input[str] = pydantic.Field(alias="secretName")


class AddVolumeOptions(_base.KubeModel):
    disk: _base.Input[Disk] = pydantic.Field(alias="disk")
    dry_run: _base.Input[_base.InputList[str]] | None = pydantic.Field(default=None, alias="dryRun")
    name: _base.Input[str] = pydantic.Field(alias="name")
    volume_source: _base.Input[HotplugVolumeSource] = pydantic.Field(alias="volumeSource")


class ArchConfiguration(_base.KubeModel):
    amd64: _base.Input[ArchSpecificConfiguration] | None = pydantic.Field(default=None, alias="amd64")
    arm64: _base.Input[ArchSpecificConfiguration] | None = pydantic.Field(default=None, alias="arm64")
    default_architecture: _base.Input[str] | None = pydantic.Field(default=None, alias="defaultArchitecture")
    ppc64le: _base.Input[ArchSpecificConfiguration] | None = pydantic.Field(default=None, alias="ppc64le")
    s390x: _base.Input[ArchSpecificConfiguration] | None = pydantic.Field(default=None, alias="s390x")


class ArchSpecificConfiguration(_base.KubeModel):
    emulated_machines: _base.Input[_base.InputList[str]] | None = pydantic.Field(
        default=None, alias="emulatedMachines"
    )
    machine_type: _base.Input[str] | None = pydantic.Field(default=None, alias="machineType")
    ovmf_path: _base.Input[str] | None = pydantic.Field(default=None, alias="ovmfPath")


class BIOS(_base.KubeModel):
    use_serial: _base.Input[bool] | None = pydantic.Field(default=None, alias="useSerial")


class BlockSize(_base.KubeModel):
    custom: _base.Input[CustomBlockSize] | None = pydantic.Field(default=None, alias="custom")
    match_volume: _base.Input[FeatureState] | None = pydantic.Field(default=None, alias="matchVolume")


class Bootloader(_base.KubeModel):
    bios: _base.Input[BIOS] | None = pydantic.Field(default=None, alias="bios")
    efi: _base.Input[EFI] | None = pydantic.Field(default=None, alias="efi")


class CDRomTarget(_base.KubeModel):
    bus: _base.Input[_enums.DiskBus] | None = pydantic.Field(default=None, alias="bus")
    readonly: _base.Input[bool] | None = pydantic.Field(default=None, alias="readonly")
    tray: _base.Input[str] | None = pydantic.Field(default=None, alias="tray")


class CPU(_base.KubeModel):
    cores: _base.Input[int] | None = pydantic.Field(default=None, alias="cores")
    dedicated_cpu_placement: _base.Input[bool] | None = pydantic.Field(
        default=None, alias="dedicatedCpuPlacement"
    )
    features: _base.Input[_base.InputList[CPUFeature]] | None = pydantic.Field(default=None, alias="features")
    isolate_emulator_thread: _base.Input[bool] | None = pydantic.Field(
        default=None, alias="isolateEmulatorThread"
    )
    max_sockets: _base.Input[int] | None = pydantic.Field(default=None, alias="maxSockets")
    model: _base.Input[str] | None = pydantic.Field(default=None, alias="model")
    numa: _base.Input[NUMA] | None = pydantic.Field(default=None, alias="numa")
    realtime: _base.Input[Realtime] | None = pydantic.Field(default=None, alias="realtime")
    sockets: _base.Input[int] | None = pydantic.Field(default=None, alias="sockets")
    threads: _base.Input[int] | None = pydantic.Field(default=None, alias="threads")


class CPUFeature(_base.KubeModel):
    name: _base.Input[str] = pydantic.Field(alias="name")
    policy: _base.Input[str] | None = pydantic.Field(default=None, alias="policy")


class CPUTopology(_base.KubeModel):
    cores: _base.Input[int] | None = pydantic.Field(default=None, alias="cores")
    sockets: _base.Input[int] | None = pydantic.Field(default=None, alias="sockets")
    threads: _base.Input[int] | None = pydantic.Field(default=None, alias="threads")


class CertConfig(_base.KubeModel):
    duration: _base.Input[str] | None = pydantic.Field(default=None, alias="duration")
    renew_before: _base.Input[str] | None = pydantic.Field(default=None, alias="renewBefore")


class ChangedBlockTrackingSelectors(_base.KubeModel):
    namespace_label_selector: _base.Input[k8s_meta_v1.LabelSelector] | None = pydantic.Field(
        default=None, alias="namespaceLabelSelector"
    )
    virtual_machine_label_selector: _base.Input[k8s_meta_v1.LabelSelector] | None = pydantic.Field(
        default=None, alias="virtualMachineLabelSelector"
    )


class ChangedBlockTrackingStatus(_base.KubeModel):
    backup_status: _base.Input[VirtualMachineInstanceBackupStatus] | None = pydantic.Field(
        default=None, alias="backupStatus"
    )
    state: _base.Input[str] = pydantic.Field(alias="state")


class Chassis(_base.KubeModel):
    asset: _base.Input[str] | None = pydantic.Field(default=None, alias="asset")
    manufacturer: _base.Input[str] | None = pydantic.Field(default=None, alias="manufacturer")
    serial: _base.Input[str] | None = pydantic.Field(default=None, alias="serial")
    sku: _base.Input[str] | None = pydantic.Field(default=None, alias="sku")
    version: _base.Input[str] | None = pydantic.Field(default=None, alias="version")


class ClaimRequest(_base.KubeModel):
    claim_name: _base.Input[str] | None = pydantic.Field(default=None, alias="claimName")
    request_name: _base.Input[str] | None = pydantic.Field(default=None, alias="requestName")


class ClientPassthroughDevices(_base.KubeModel):
    pass


class Clock(_base.KubeModel):
    timer: _base.Input[Timer] | None = pydantic.Field(default=None, alias="timer")
    timezone: _base.Input[str] | None = pydantic.Field(default=None, alias="timezone")
    utc: _base.Input[ClockOffsetUTC] | None = pydantic.Field(default=None, alias="utc")


class ClockOffset(_base.KubeModel):
    timezone: _base.Input[str] | None = pydantic.Field(default=None, alias="timezone")
    utc: _base.Input[ClockOffsetUTC] | None = pydantic.Field(default=None, alias="utc")


class ClockOffsetUTC(_base.KubeModel):
    offset_seconds: _base.Input[int] | None = pydantic.Field(default=None, alias="offsetSeconds")


class CloudInitConfigDriveSource(_base.KubeModel):
    network_data: _base.Input[str] | None = pydantic.Field(default=None, alias="networkData")
    network_data_base64: _base.Input[str] | None = pydantic.Field(default=None, alias="networkDataBase64")
    network_data_secret_ref: _base.Input[k8s_core_v1.LocalObjectReference] | None = pydantic.Field(
        default=None, alias="networkDataSecretRef"
    )
    secret_ref: _base.Input[k8s_core_v1.LocalObjectReference] | None = pydantic.Field(
        default=None, alias="secretRef"
    )
    user_data: _base.Input[str] | None = pydantic.Field(default=None, alias="userData")
    user_data_base64: _base.Input[str] | None = pydantic.Field(default=None, alias="userDataBase64")


class CloudInitNoCloudSource(_base.KubeModel):
    network_data: _base.Input[str] | None = pydantic.Field(default=None, alias="networkData")
    network_data_base64: _base.Input[str] | None = pydantic.Field(default=None, alias="networkDataBase64")
    network_data_secret_ref: _base.Input[k8s_core_v1.LocalObjectReference] | None = pydantic.Field(
        default=None, alias="networkDataSecretRef"
    )
    secret_ref: _base.Input[k8s_core_v1.LocalObjectReference] | None = pydantic.Field(
        default=None, alias="secretRef"
    )
    user_data: _base.Input[str] | None = pydantic.Field(default=None, alias="userData")
    user_data_base64: _base.Input[str] | None = pydantic.Field(default=None, alias="userDataBase64")


class CommonInstancetypesDeployment(_base.KubeModel):
    enabled: _base.Input[bool] | None = pydantic.Field(default=None, alias="enabled")


class ComponentConfig(_base.KubeModel):
    node_placement: _base.Input[NodePlacement] | None = pydantic.Field(default=None, alias="nodePlacement")
    replicas: _base.Input[int] | None = pydantic.Field(default=None, alias="replicas")


class Condition(_base.KubeModel):
    last_probe_time: _base.Input[str] | None = pydantic.Field(default=None, alias="lastProbeTime")
    last_transition_time: _base.Input[str] | None = pydantic.Field(default=None, alias="lastTransitionTime")
    message: _base.Input[str] | None = pydantic.Field(default=None, alias="message")
    reason: _base.Input[str] | None = pydantic.Field(default=None, alias="reason")
    status: _base.Input[str] = pydantic.Field(alias="status")
    type: _base.Input[str] = pydantic.Field(alias="type")


class ConfidentialComputeConfiguration(_base.KubeModel):
    tdx: _base.Input[TDXConfiguration] | None = pydantic.Field(default=None, alias="tdx")


class ConfigDriveSSHPublicKeyAccessCredentialPropagation(_base.KubeModel):
    pass


class ConfigMapVolumeSource(_base.KubeModel):
    name: _base.Input[str] | None = pydantic.Field(default=None, alias="name")
    optional: _base.Input[bool] | None = pydantic.Field(default=None, alias="optional")
    volume_label: _base.Input[str] | None = pydantic.Field(default=None, alias="volumeLabel")


class ContainerDiskInfo(_base.KubeModel):
    checksum: _base.Input[int] | None = pydantic.Field(default=None, alias="checksum")


class ContainerDiskSource(_base.KubeModel):
    image: _base.Input[str] = pydantic.Field(alias="image")
    image_pull_policy: _base.Input[Literal["Always", "IfNotPresent", "Never"]] | None = pydantic.Field(
        default=None, alias="imagePullPolicy"
    )
    image_pull_secret: _base.Input[str] | None = pydantic.Field(default=None, alias="imagePullSecret")
    path: _base.Input[str] | None = pydantic.Field(default=None, alias="path")


class ContainerPathVolumeSource(_base.KubeModel):
    path: _base.Input[str] = pydantic.Field(alias="path")
    read_only: _base.Input[bool] | None = pydantic.Field(default=None, alias="readOnly")


class ControllerRevisionRef(_base.KubeModel):
    name: _base.Input[str] | None = pydantic.Field(default=None, alias="name")


class CustomBlockSize(_base.KubeModel):
    discard_granularity: _base.Input[int] | None = pydantic.Field(default=None, alias="discardGranularity")
    logical: _base.Input[int] | None = pydantic.Field(default=None, alias="logical")
    physical: _base.Input[int] | None = pydantic.Field(default=None, alias="physical")


class CustomProfile(_base.KubeModel):
    localhost_profile: _base.Input[str] | None = pydantic.Field(default=None, alias="localhostProfile")
    runtime_default_profile: _base.Input[bool] | None = pydantic.Field(
        default=None, alias="runtimeDefaultProfile"
    )


class CustomizeComponents(_base.KubeModel):
    flags: _base.Input[Flags] | None = pydantic.Field(default=None, alias="flags")
    patches: _base.Input[_base.InputList[CustomizeComponentsPatch]] | None = pydantic.Field(
        default=None, alias="patches"
    )


class CustomizeComponentsPatch(_base.KubeModel):
    patch: _base.Input[str] = pydantic.Field(alias="patch")
    resource_name: _base.Input[str] = pydantic.Field(alias="resourceName")
    resource_type: _base.Input[str] = pydantic.Field(alias="resourceType")
    type: _base.Input[str] = pydantic.Field(alias="type")


class DHCPOptions(_base.KubeModel):
    boot_file_name: _base.Input[str] | None = pydantic.Field(default=None, alias="bootFileName")
    ntp_servers: _base.Input[_base.InputList[str]] | None = pydantic.Field(default=None, alias="ntpServers")
    private_options: _base.Input[_base.InputList[DHCPPrivateOptions]] | None = pydantic.Field(
        default=None, alias="privateOptions"
    )
    tftp_server_name: _base.Input[str] | None = pydantic.Field(default=None, alias="tftpServerName")


class DHCPPrivateOptions(_base.KubeModel):
    option: _base.Input[int] = pydantic.Field(alias="option")
    value: _base.Input[str] = pydantic.Field(alias="value")


class DataVolumeSource(_base.KubeModel):
    hotpluggable: _base.Input[bool] | None = pydantic.Field(default=None, alias="hotpluggable")
    name: _base.Input[str] = pydantic.Field(alias="name")


class DataVolumeTemplateDummyStatus(_base.KubeModel):
    pass


class DataVolumeTemplateSpec(_base.KubeModel):
    api_version: _base.Input[str] | None = pydantic.Field(default=None, alias="apiVersion")
    kind: _base.Input[str] | None = pydantic.Field(default=None, alias="kind")
    metadata: _base.Input[k8s_meta_v1.ObjectMeta] | None = pydantic.Field(default=None, alias="metadata")
    spec: _base.Input[kubevirt_v1beta1.DataVolumeSpec] = pydantic.Field(alias="spec")
    status: _base.Input[DataVolumeTemplateDummyStatus] | None = pydantic.Field(default=None, alias="status")


class DeprecatedInterfaceMacvtap(_base.KubeModel):
    pass


class DeprecatedInterfacePasst(_base.KubeModel):
    pass


class DeprecatedInterfaceSlirp(_base.KubeModel):
    pass


class DeveloperConfiguration(_base.KubeModel):
    cluster_profiler: _base.Input[bool] | None = pydantic.Field(default=None, alias="clusterProfiler")
    cpu_allocation_ratio: _base.Input[int] | None = pydantic.Field(default=None, alias="cpuAllocationRatio")
    disabled_feature_gates: _base.Input[_base.InputList[str]] | None = pydantic.Field(
        default=None, alias="disabledFeatureGates"
    )
    disk_verification: _base.Input[DiskVerification] | None = pydantic.Field(
        default=None, alias="diskVerification"
    )
    feature_gates: _base.Input[_base.InputList[str]] | None = pydantic.Field(
        default=None, alias="featureGates"
    )
    log_verbosity: _base.Input[LogVerbosity] | None = pydantic.Field(default=None, alias="logVerbosity")
    memory_overcommit: _base.Input[int] | None = pydantic.Field(default=None, alias="memoryOvercommit")
    minimum_cluster_tsc_frequency: _base.Input[int] | None = pydantic.Field(
        default=None, alias="minimumClusterTSCFrequency"
    )
    minimum_reserve_pvc_bytes: _base.Input[int] | None = pydantic.Field(
        default=None, alias="minimumReservePVCBytes"
    )
    node_selectors: _base.Input[_base.InputMap[str]] | None = pydantic.Field(
        default=None, alias="nodeSelectors"
    )
    pvc_tolerate_less_space_up_to_percent: _base.Input[int] | None = pydantic.Field(
        default=None, alias="pvcTolerateLessSpaceUpToPercent"
    )
    use_emulation: _base.Input[bool] | None = pydantic.Field(default=None, alias="useEmulation")


class Devices(_base.KubeModel):
    autoattach_graphics_device: _base.Input[bool] | None = pydantic.Field(
        default=None, alias="autoattachGraphicsDevice"
    )
    autoattach_input_device: _base.Input[bool] | None = pydantic.Field(
        default=None, alias="autoattachInputDevice"
    )
    autoattach_mem_balloon: _base.Input[bool] | None = pydantic.Field(
        default=None, alias="autoattachMemBalloon"
    )
    autoattach_pod_interface: _base.Input[bool] | None = pydantic.Field(
        default=None, alias="autoattachPodInterface"
    )
    autoattach_serial_console: _base.Input[bool] | None = pydantic.Field(
        default=None, alias="autoattachSerialConsole"
    )
    autoattach_vsock: _base.Input[bool] | None = pydantic.Field(default=None, alias="autoattachVSOCK")
    block_multi_queue: _base.Input[bool] | None = pydantic.Field(default=None, alias="blockMultiQueue")
    client_passthrough: _base.Input[ClientPassthroughDevices] | None = pydantic.Field(
        default=None, alias="clientPassthrough"
    )
    disable_hotplug: _base.Input[bool] | None = pydantic.Field(default=None, alias="disableHotplug")
    disks: _base.Input[_base.InputList[Disk]] | None = pydantic.Field(default=None, alias="disks")
    downward_metrics: _base.Input[DownwardMetrics] | None = pydantic.Field(
        default=None, alias="downwardMetrics"
    )
    filesystems: _base.Input[_base.InputList[Filesystem]] | None = pydantic.Field(
        default=None, alias="filesystems"
    )
    gpus: _base.Input[_base.InputList[GPU]] | None = pydantic.Field(default=None, alias="gpus")
    host_devices: _base.Input[_base.InputList[HostDevice]] | None = pydantic.Field(
        default=None, alias="hostDevices"
    )
    inputs: _base.Input[_base.InputList[Input]] | None = pydantic.Field(default=None, alias="inputs")
    interfaces: _base.Input[_base.InputList[Interface]] | None = pydantic.Field(
        default=None, alias="interfaces"
    )
    log_serial_console: _base.Input[bool] | None = pydantic.Field(default=None, alias="logSerialConsole")
    network_interface_multiqueue: _base.Input[bool] | None = pydantic.Field(
        default=None, alias="networkInterfaceMultiqueue"
    )
    panic_devices: _base.Input[_base.InputList[PanicDevice]] | None = pydantic.Field(
        default=None, alias="panicDevices"
    )
    rng: _base.Input[Rng] | None = pydantic.Field(default=None, alias="rng")
    sound: _base.Input[SoundDevice] | None = pydantic.Field(default=None, alias="sound")
    tpm: _base.Input[TPMDevice] | None = pydantic.Field(default=None, alias="tpm")
    use_virtio_transitional: _base.Input[bool] | None = pydantic.Field(
        default=None, alias="useVirtioTransitional"
    )
    video: _base.Input[VideoDevice] | None = pydantic.Field(default=None, alias="video")
    watchdog: _base.Input[Watchdog] | None = pydantic.Field(default=None, alias="watchdog")


class Diag288Watchdog(_base.KubeModel):
    action: _base.Input[str] | None = pydantic.Field(default=None, alias="action")


class DisableFreePageReporting(_base.KubeModel):
    pass


class DisableSerialConsoleLog(_base.KubeModel):
    pass


class Disk(_base.KubeModel):
    block_size: _base.Input[BlockSize] | None = pydantic.Field(default=None, alias="blockSize")
    boot_order: _base.Input[int] | None = pydantic.Field(default=None, alias="bootOrder")
    cache: _base.Input[str] | None = pydantic.Field(default=None, alias="cache")
    cdrom: _base.Input[CDRomTarget] | None = pydantic.Field(default=None, alias="cdrom")
    changed_block_tracking: _base.Input[bool] | None = pydantic.Field(
        default=None, alias="changedBlockTracking"
    )
    dedicated_io_thread: _base.Input[bool] | None = pydantic.Field(default=None, alias="dedicatedIOThread")
    disk: _base.Input[DiskTarget] | None = pydantic.Field(default=None, alias="disk")
    error_policy: _base.Input[str] | None = pydantic.Field(default=None, alias="errorPolicy")
    io: _base.Input[str] | None = pydantic.Field(default=None, alias="io")
    lun: _base.Input[LunTarget] | None = pydantic.Field(default=None, alias="lun")
    name: _base.Input[str] = pydantic.Field(alias="name")
    serial: _base.Input[str] | None = pydantic.Field(default=None, alias="serial")
    shareable: _base.Input[bool] | None = pydantic.Field(default=None, alias="shareable")
    tag: _base.Input[str] | None = pydantic.Field(default=None, alias="tag")


class DiskIOThreads(_base.KubeModel):
    supplemental_pool_thread_count: _base.Input[int] | None = pydantic.Field(
        default=None, alias="supplementalPoolThreadCount"
    )


class DiskTarget(_base.KubeModel):
    bus: _base.Input[_enums.DiskBus] | None = pydantic.Field(default=None, alias="bus")
    pci_address: _base.Input[str] | None = pydantic.Field(default=None, alias="pciAddress")
    readonly: _base.Input[bool] | None = pydantic.Field(default=None, alias="readonly")


class DiskVerification(_base.KubeModel):
    memory_limit: _base.Input[_quantity.Quantity] = pydantic.Field(alias="memoryLimit")


class DomainMemoryDumpInfo(_base.KubeModel):
    claim_name: _base.Input[str] | None = pydantic.Field(default=None, alias="claimName")
    end_timestamp: _base.Input[str] | None = pydantic.Field(default=None, alias="endTimestamp")
    start_timestamp: _base.Input[str] | None = pydantic.Field(default=None, alias="startTimestamp")
    target_file_name: _base.Input[str] | None = pydantic.Field(default=None, alias="targetFileName")


class DomainSpec(_base.KubeModel):
    chassis: _base.Input[Chassis] | None = pydantic.Field(default=None, alias="chassis")
    clock: _base.Input[Clock] | None = pydantic.Field(default=None, alias="clock")
    cpu: _base.Input[CPU] | None = pydantic.Field(default=None, alias="cpu")
    devices: _base.Input[Devices] = pydantic.Field(alias="devices")
    features: _base.Input[Features] | None = pydantic.Field(default=None, alias="features")
    firmware: _base.Input[Firmware] | None = pydantic.Field(default=None, alias="firmware")
    io_threads: _base.Input[DiskIOThreads] | None = pydantic.Field(default=None, alias="ioThreads")
    io_threads_policy: _base.Input[str] | None = pydantic.Field(default=None, alias="ioThreadsPolicy")
    launch_security: _base.Input[LaunchSecurity] | None = pydantic.Field(default=None, alias="launchSecurity")
    machine: _base.Input[Machine] | None = pydantic.Field(default=None, alias="machine")
    memory: _base.Input[Memory] | None = pydantic.Field(default=None, alias="memory")
    reboot_policy: _base.Input[_enums.RebootPolicy] | None = pydantic.Field(
        default=None, alias="rebootPolicy"
    )
    resources: _base.Input[ResourceRequirements] | None = pydantic.Field(default=None, alias="resources")


class DownwardAPIVolumeSource(_base.KubeModel):
    fields_: _base.Input[_base.InputList[k8s_core_v1.DownwardAPIVolumeFile]] | None = pydantic.Field(
        default=None, alias="fields"
    )
    volume_label: _base.Input[str] | None = pydantic.Field(default=None, alias="volumeLabel")


class DownwardMetrics(_base.KubeModel):
    pass


class DownwardMetricsVolumeSource(_base.KubeModel):
    pass


class EFI(_base.KubeModel):
    persistent: _base.Input[bool] | None = pydantic.Field(default=None, alias="persistent")
    secure_boot: _base.Input[bool] | None = pydantic.Field(default=None, alias="secureBoot")


class EmptyDiskSource(_base.KubeModel):
    capacity: _base.Input[_quantity.Quantity] = pydantic.Field(alias="capacity")


class EphemeralVolumeSource(_base.KubeModel):
    persistent_volume_claim: _base.Input[k8s_core_v1.PersistentVolumeClaimVolumeSource] | None = (
        pydantic.Field(default=None, alias="persistentVolumeClaim")
    )


class EvacuateCancelOptions(_base.KubeModel):
    api_version: _base.Input[str] | None = pydantic.Field(default=None, alias="apiVersion")
    dry_run: _base.Input[_base.InputList[str]] | None = pydantic.Field(default=None, alias="dryRun")
    evacuation_node_name: _base.Input[str] = pydantic.Field(alias="evacuationNodeName")
    kind: _base.Input[str] | None = pydantic.Field(default=None, alias="kind")


class ExperimentalMigrationOptions(_base.KubeModel):
    compression: _base.Input[str] | None = pydantic.Field(default=None, alias="compression")
    stall_detector: _base.Input[StallDetectorOptions] | None = pydantic.Field(
        default=None, alias="stallDetector"
    )


class FeatureAPIC(_base.KubeModel):
    enabled: _base.Input[bool] | None = pydantic.Field(default=None, alias="enabled")
    end_of_interrupt: _base.Input[bool] | None = pydantic.Field(default=None, alias="endOfInterrupt")


class FeatureHyperv(_base.KubeModel):
    evmcs: _base.Input[FeatureState] | None = pydantic.Field(default=None, alias="evmcs")
    frequencies: _base.Input[FeatureState] | None = pydantic.Field(default=None, alias="frequencies")
    ipi: _base.Input[FeatureState] | None = pydantic.Field(default=None, alias="ipi")
    reenlightenment: _base.Input[FeatureState] | None = pydantic.Field(default=None, alias="reenlightenment")
    relaxed: _base.Input[FeatureState] | None = pydantic.Field(default=None, alias="relaxed")
    reset: _base.Input[FeatureState] | None = pydantic.Field(default=None, alias="reset")
    runtime: _base.Input[FeatureState] | None = pydantic.Field(default=None, alias="runtime")
    spinlocks: _base.Input[FeatureSpinlocks] | None = pydantic.Field(default=None, alias="spinlocks")
    synic: _base.Input[FeatureState] | None = pydantic.Field(default=None, alias="synic")
    synictimer: _base.Input[SyNICTimer] | None = pydantic.Field(default=None, alias="synictimer")
    tlbflush: _base.Input[TLBFlush] | None = pydantic.Field(default=None, alias="tlbflush")
    vapic: _base.Input[FeatureState] | None = pydantic.Field(default=None, alias="vapic")
    vendorid: _base.Input[FeatureVendorID] | None = pydantic.Field(default=None, alias="vendorid")
    vpindex: _base.Input[FeatureState] | None = pydantic.Field(default=None, alias="vpindex")


class FeatureKVM(_base.KubeModel):
    hidden: _base.Input[bool] | None = pydantic.Field(default=None, alias="hidden")


class FeatureSpinlocks(_base.KubeModel):
    enabled: _base.Input[bool] | None = pydantic.Field(default=None, alias="enabled")
    spinlocks: _base.Input[int] | None = pydantic.Field(default=None, alias="spinlocks")


class FeatureState(_base.KubeModel):
    enabled: _base.Input[bool] | None = pydantic.Field(default=None, alias="enabled")


class FeatureVendorID(_base.KubeModel):
    enabled: _base.Input[bool] | None = pydantic.Field(default=None, alias="enabled")
    vendorid: _base.Input[str] | None = pydantic.Field(default=None, alias="vendorid")


class Features(_base.KubeModel):
    acpi: _base.Input[FeatureState] | None = pydantic.Field(default=None, alias="acpi")
    apic: _base.Input[FeatureAPIC] | None = pydantic.Field(default=None, alias="apic")
    hyperv: _base.Input[FeatureHyperv] | None = pydantic.Field(default=None, alias="hyperv")
    hyperv_passthrough: _base.Input[HyperVPassthrough] | None = pydantic.Field(
        default=None, alias="hypervPassthrough"
    )
    kvm: _base.Input[FeatureKVM] | None = pydantic.Field(default=None, alias="kvm")
    pvspinlock: _base.Input[FeatureState] | None = pydantic.Field(default=None, alias="pvspinlock")
    smm: _base.Input[FeatureState] | None = pydantic.Field(default=None, alias="smm")


class Filesystem(_base.KubeModel):
    name: _base.Input[str] = pydantic.Field(alias="name")
    virtiofs: _base.Input[FilesystemVirtiofs] = pydantic.Field(alias="virtiofs")


class FilesystemVirtiofs(_base.KubeModel):
    pass


class Firmware(_base.KubeModel):
    acpi: _base.Input[ACPI] | None = pydantic.Field(default=None, alias="acpi")
    bootloader: _base.Input[Bootloader] | None = pydantic.Field(default=None, alias="bootloader")
    kernel_boot: _base.Input[KernelBoot] | None = pydantic.Field(default=None, alias="kernelBoot")
    serial: _base.Input[str] | None = pydantic.Field(default=None, alias="serial")
    uuid: _base.Input[str] | None = pydantic.Field(default=None, alias="uuid")


class Flags(_base.KubeModel):
    api: _base.Input[_base.InputMap[str]] | None = pydantic.Field(default=None, alias="api")
    controller: _base.Input[_base.InputMap[str]] | None = pydantic.Field(default=None, alias="controller")
    handler: _base.Input[_base.InputMap[str]] | None = pydantic.Field(default=None, alias="handler")


class FreezeUnfreezeTimeout(_base.KubeModel):
    unfreeze_timeout: _base.Input[str] = pydantic.Field(alias="unfreezeTimeout")


class GPU(_base.KubeModel):
    claim_name: _base.Input[str] | None = pydantic.Field(default=None, alias="claimName")
    device_name: _base.Input[str] | None = pydantic.Field(default=None, alias="deviceName")
    name: _base.Input[str] = pydantic.Field(alias="name")
    request_name: _base.Input[str] | None = pydantic.Field(default=None, alias="requestName")
    tag: _base.Input[str] | None = pydantic.Field(default=None, alias="tag")
    virtual_gpu_options: _base.Input[VGPUOptions] | None = pydantic.Field(
        default=None, alias="virtualGPUOptions"
    )


class GenerationStatus(_base.KubeModel):
    group: _base.Input[str] = pydantic.Field(alias="group")
    hash: _base.Input[str] | None = pydantic.Field(default=None, alias="hash")
    last_generation: _base.Input[int] = pydantic.Field(alias="lastGeneration")
    name: _base.Input[str] = pydantic.Field(alias="name")
    namespace: _base.Input[str] | None = pydantic.Field(default=None, alias="namespace")
    resource: _base.Input[str] = pydantic.Field(alias="resource")


class GuestAgentCommandInfo(_base.KubeModel):
    enabled: _base.Input[bool] | None = pydantic.Field(default=None, alias="enabled")
    name: _base.Input[str] = pydantic.Field(alias="name")


class GuestAgentPing(_base.KubeModel):
    pass


class HPETTimer(_base.KubeModel):
    present: _base.Input[bool] | None = pydantic.Field(default=None, alias="present")
    tick_policy: _base.Input[str] | None = pydantic.Field(default=None, alias="tickPolicy")


class HostDevice(_base.KubeModel):
    claim_name: _base.Input[str] | None = pydantic.Field(default=None, alias="claimName")
    device_name: _base.Input[str] | None = pydantic.Field(default=None, alias="deviceName")
    name: _base.Input[str] = pydantic.Field(alias="name")
    request_name: _base.Input[str] | None = pydantic.Field(default=None, alias="requestName")
    tag: _base.Input[str] | None = pydantic.Field(default=None, alias="tag")


class HostDisk(_base.KubeModel):
    capacity: _base.Input[_quantity.Quantity] | None = pydantic.Field(default=None, alias="capacity")
    path: _base.Input[str] = pydantic.Field(alias="path")
    shared: _base.Input[bool] | None = pydantic.Field(default=None, alias="shared")
    type: _base.Input[str] = pydantic.Field(alias="type")


class HotplugVolumeSource(_base.KubeModel):
    data_volume: _base.Input[DataVolumeSource] | None = pydantic.Field(default=None, alias="dataVolume")
    persistent_volume_claim: _base.Input[PersistentVolumeClaimVolumeSource] | None = pydantic.Field(
        default=None, alias="persistentVolumeClaim"
    )


class HotplugVolumeStatus(_base.KubeModel):
    attach_pod_name: _base.Input[str] | None = pydantic.Field(default=None, alias="attachPodName")
    attach_pod_uid: _base.Input[str] | None = pydantic.Field(default=None, alias="attachPodUID")


class Hugepages(_base.KubeModel):
    page_size: _base.Input[str] | None = pydantic.Field(default=None, alias="pageSize")


class HyperVPassthrough(_base.KubeModel):
    enabled: _base.Input[bool] | None = pydantic.Field(default=None, alias="enabled")


class HypervTimer(_base.KubeModel):
    present: _base.Input[bool] | None = pydantic.Field(default=None, alias="present")


class HypervisorConfiguration(_base.KubeModel):
    name: _base.Input[str] | None = pydantic.Field(default=None, alias="name")


class I6300ESBWatchdog(_base.KubeModel):
    action: _base.Input[str] | None = pydantic.Field(default=None, alias="action")


class InitrdInfo(_base.KubeModel):
    checksum: _base.Input[int] | None = pydantic.Field(default=None, alias="checksum")


class Input(_base.KubeModel):
    bus: _base.Input[str] | None = pydantic.Field(default=None, alias="bus")
    name: _base.Input[str] = pydantic.Field(alias="name")
    type: _base.Input[str] = pydantic.Field(alias="type")


class InstancetypeConfiguration(_base.KubeModel):
    reference_policy: _base.Input[str] | None = pydantic.Field(default=None, alias="referencePolicy")


class InstancetypeMatcher(_base.KubeModel):
    infer_from_volume: _base.Input[str] | None = pydantic.Field(default=None, alias="inferFromVolume")
    infer_from_volume_failure_policy: _base.Input[str] | None = pydantic.Field(
        default=None, alias="inferFromVolumeFailurePolicy"
    )
    kind: _base.Input[str] | None = pydantic.Field(default=None, alias="kind")
    name: _base.Input[str] | None = pydantic.Field(default=None, alias="name")
    revision_name: _base.Input[str] | None = pydantic.Field(default=None, alias="revisionName")


class InstancetypeStatusRef(_base.KubeModel):
    controller_revision_ref: _base.Input[ControllerRevisionRef] | None = pydantic.Field(
        default=None, alias="controllerRevisionRef"
    )
    infer_from_volume: _base.Input[str] | None = pydantic.Field(default=None, alias="inferFromVolume")
    infer_from_volume_failure_policy: _base.Input[str] | None = pydantic.Field(
        default=None, alias="inferFromVolumeFailurePolicy"
    )
    kind: _base.Input[str] | None = pydantic.Field(default=None, alias="kind")
    name: _base.Input[str] | None = pydantic.Field(default=None, alias="name")


class Interface(_base.KubeModel):
    acpi_index: _base.Input[int] | None = pydantic.Field(default=None, alias="acpiIndex")
    binding: _base.Input[PluginBinding] | None = pydantic.Field(default=None, alias="binding")
    boot_order: _base.Input[int] | None = pydantic.Field(default=None, alias="bootOrder")
    bridge: _base.Input[InterfaceBridge] | None = pydantic.Field(default=None, alias="bridge")
    dhcp_options: _base.Input[DHCPOptions] | None = pydantic.Field(default=None, alias="dhcpOptions")
    mac_address: _base.Input[str] | None = pydantic.Field(default=None, alias="macAddress")
    macvtap: _base.Input[DeprecatedInterfaceMacvtap] | None = pydantic.Field(default=None, alias="macvtap")
    masquerade: _base.Input[InterfaceMasquerade] | None = pydantic.Field(default=None, alias="masquerade")
    model: _base.Input[_enums.InterfaceModel] | None = pydantic.Field(default=None, alias="model")
    name: _base.Input[str] = pydantic.Field(alias="name")
    passt: _base.Input[DeprecatedInterfacePasst] | None = pydantic.Field(default=None, alias="passt")
    passt_binding: _base.Input[InterfacePasstBinding] | None = pydantic.Field(
        default=None, alias="passtBinding"
    )
    pci_address: _base.Input[str] | None = pydantic.Field(default=None, alias="pciAddress")
    port_ranges: _base.Input[_base.InputList[PortRange]] | None = pydantic.Field(
        default=None, alias="portRanges"
    )
    ports: _base.Input[_base.InputList[Port]] | None = pydantic.Field(default=None, alias="ports")
    slirp: _base.Input[DeprecatedInterfaceSlirp] | None = pydantic.Field(default=None, alias="slirp")
    sriov: _base.Input[InterfaceSRIOV] | None = pydantic.Field(default=None, alias="sriov")
    state: _base.Input[str] | None = pydantic.Field(default=None, alias="state")
    tag: _base.Input[str] | None = pydantic.Field(default=None, alias="tag")


class InterfaceBindingMigration(_base.KubeModel):
    method: _base.Input[str] | None = pydantic.Field(default=None, alias="method")


class InterfaceBindingPlugin(_base.KubeModel):
    compute_resource_overhead: _base.Input[ResourceRequirementsWithoutClaims] | None = pydantic.Field(
        default=None, alias="computeResourceOverhead"
    )
    domain_attachment_type: _base.Input[str] | None = pydantic.Field(
        default=None, alias="domainAttachmentType"
    )
    downward_api: _base.Input[str] | None = pydantic.Field(default=None, alias="downwardAPI")
    migration: _base.Input[InterfaceBindingMigration] | None = pydantic.Field(default=None, alias="migration")
    network_attachment_definition: _base.Input[str] | None = pydantic.Field(
        default=None, alias="networkAttachmentDefinition"
    )
    sidecar_image: _base.Input[str] | None = pydantic.Field(default=None, alias="sidecarImage")


class InterfaceBridge(_base.KubeModel):
    pass


class InterfaceMasquerade(_base.KubeModel):
    pass


class InterfacePasstBinding(_base.KubeModel):
    pass


class InterfaceSRIOV(_base.KubeModel):
    pass


class KSMConfiguration(_base.KubeModel):
    node_label_selector: _base.Input[k8s_meta_v1.LabelSelector] | None = pydantic.Field(
        default=None, alias="nodeLabelSelector"
    )


class KVMTimer(_base.KubeModel):
    present: _base.Input[bool] | None = pydantic.Field(default=None, alias="present")


class KernelBoot(_base.KubeModel):
    container: _base.Input[KernelBootContainer] | None = pydantic.Field(default=None, alias="container")
    kernel_args: _base.Input[str] | None = pydantic.Field(default=None, alias="kernelArgs")


class KernelBootContainer(_base.KubeModel):
    image: _base.Input[str] = pydantic.Field(alias="image")
    image_pull_policy: _base.Input[Literal["Always", "IfNotPresent", "Never"]] | None = pydantic.Field(
        default=None, alias="imagePullPolicy"
    )
    image_pull_secret: _base.Input[str] | None = pydantic.Field(default=None, alias="imagePullSecret")
    initrd_path: _base.Input[str] | None = pydantic.Field(default=None, alias="initrdPath")
    kernel_path: _base.Input[str] | None = pydantic.Field(default=None, alias="kernelPath")


class KernelBootStatus(_base.KubeModel):
    initrd_info: _base.Input[InitrdInfo] | None = pydantic.Field(default=None, alias="initrdInfo")
    kernel_info: _base.Input[KernelInfo] | None = pydantic.Field(default=None, alias="kernelInfo")


class KernelInfo(_base.KubeModel):
    checksum: _base.Input[int] | None = pydantic.Field(default=None, alias="checksum")


class KubeVirt(_base.KubeModel):
    __kube_gvk__: ClassVar[tuple[str, str] | None] = ("kubevirt.io/v1", "KubeVirt")
    api_version: _base.Input[str] | None = pydantic.Field(default=None, alias="apiVersion")
    kind: _base.Input[str] | None = pydantic.Field(default=None, alias="kind")
    metadata: _base.Input[k8s_meta_v1.ObjectMeta] | None = pydantic.Field(default=None, alias="metadata")
    spec: _base.Input[KubeVirtSpec] = pydantic.Field(alias="spec")
    status: _base.Input[KubeVirtStatus] | None = pydantic.Field(default=None, alias="status")


class KubeVirtCertificateRotateStrategy(_base.KubeModel):
    self_signed: _base.Input[KubeVirtSelfSignConfiguration] | None = pydantic.Field(
        default=None, alias="selfSigned"
    )


class KubeVirtCondition(_base.KubeModel):
    last_probe_time: _base.Input[str] | None = pydantic.Field(default=None, alias="lastProbeTime")
    last_transition_time: _base.Input[str] | None = pydantic.Field(default=None, alias="lastTransitionTime")
    message: _base.Input[str] | None = pydantic.Field(default=None, alias="message")
    reason: _base.Input[str] | None = pydantic.Field(default=None, alias="reason")
    status: _base.Input[str] = pydantic.Field(alias="status")
    type: _base.Input[str] = pydantic.Field(alias="type")


class KubeVirtConfiguration(_base.KubeModel):
    additional_guest_memory_overhead_ratio: _base.Input[str] | None = pydantic.Field(
        default=None, alias="additionalGuestMemoryOverheadRatio"
    )
    api_configuration: _base.Input[ReloadableComponentConfiguration] | None = pydantic.Field(
        default=None, alias="apiConfiguration"
    )
    architecture_configuration: _base.Input[ArchConfiguration] | None = pydantic.Field(
        default=None, alias="architectureConfiguration"
    )
    auto_cpu_limit_namespace_label_selector: _base.Input[k8s_meta_v1.LabelSelector] | None = pydantic.Field(
        default=None, alias="autoCPULimitNamespaceLabelSelector"
    )
    changed_block_tracking_label_selectors: _base.Input[ChangedBlockTrackingSelectors] | None = (
        pydantic.Field(default=None, alias="changedBlockTrackingLabelSelectors")
    )
    common_instancetypes_deployment: _base.Input[CommonInstancetypesDeployment] | None = pydantic.Field(
        default=None, alias="commonInstancetypesDeployment"
    )
    confidential_compute: _base.Input[ConfidentialComputeConfiguration] | None = pydantic.Field(
        default=None, alias="confidentialCompute"
    )
    controller_configuration: _base.Input[ReloadableComponentConfiguration] | None = pydantic.Field(
        default=None, alias="controllerConfiguration"
    )
    cpu_model: _base.Input[str] | None = pydantic.Field(default=None, alias="cpuModel")
    cpu_request: _base.Input[_quantity.Quantity] | None = pydantic.Field(default=None, alias="cpuRequest")
    default_runtime_class: _base.Input[str] | None = pydantic.Field(default=None, alias="defaultRuntimeClass")
    developer_configuration: _base.Input[DeveloperConfiguration] | None = pydantic.Field(
        default=None, alias="developerConfiguration"
    )
    emulated_machines: _base.Input[_base.InputList[str]] | None = pydantic.Field(
        default=None, alias="emulatedMachines"
    )
    eviction_strategy: _base.Input[str] | None = pydantic.Field(default=None, alias="evictionStrategy")
    handler_configuration: _base.Input[ReloadableComponentConfiguration] | None = pydantic.Field(
        default=None, alias="handlerConfiguration"
    )
    hypervisors: _base.Input[_base.InputList[HypervisorConfiguration]] | None = pydantic.Field(
        default=None, alias="hypervisors"
    )
    image_pull_policy: _base.Input[Literal["Always", "IfNotPresent", "Never"]] | None = pydantic.Field(
        default=None, alias="imagePullPolicy"
    )
    instancetype: _base.Input[InstancetypeConfiguration] | None = pydantic.Field(
        default=None, alias="instancetype"
    )
    ksm_configuration: _base.Input[KSMConfiguration] | None = pydantic.Field(
        default=None, alias="ksmConfiguration"
    )
    live_update_configuration: _base.Input[LiveUpdateConfiguration] | None = pydantic.Field(
        default=None, alias="liveUpdateConfiguration"
    )
    machine_type: _base.Input[str] | None = pydantic.Field(default=None, alias="machineType")
    mediated_devices_configuration: _base.Input[MediatedDevicesConfiguration] | None = pydantic.Field(
        default=None, alias="mediatedDevicesConfiguration"
    )
    mem_balloon_stats_period: _base.Input[int] | None = pydantic.Field(
        default=None, alias="memBalloonStatsPeriod"
    )
    migrations: _base.Input[MigrationConfiguration] | None = pydantic.Field(default=None, alias="migrations")
    min_cpu_model: _base.Input[str] | None = pydantic.Field(default=None, alias="minCPUModel")
    network: _base.Input[NetworkConfiguration] | None = pydantic.Field(default=None, alias="network")
    obsolete_cpu_models: _base.Input[_base.InputMap[bool]] | None = pydantic.Field(
        default=None, alias="obsoleteCPUModels"
    )
    ovmf_path: _base.Input[str] | None = pydantic.Field(default=None, alias="ovmfPath")
    permitted_host_devices: _base.Input[PermittedHostDevices] | None = pydantic.Field(
        default=None, alias="permittedHostDevices"
    )
    persistent_reservation_configuration: _base.Input[PersistentReservationConfiguration] | None = (
        pydantic.Field(default=None, alias="persistentReservationConfiguration")
    )
    role_aggregation_strategy: _base.Input[str] | None = pydantic.Field(
        default=None, alias="roleAggregationStrategy"
    )
    seccomp_configuration: _base.Input[SeccompConfiguration] | None = pydantic.Field(
        default=None, alias="seccompConfiguration"
    )
    selinux_launcher_type: _base.Input[str] | None = pydantic.Field(default=None, alias="selinuxLauncherType")
    smbios: _base.Input[SMBiosConfiguration] | None = pydantic.Field(default=None, alias="smbios")
    support_container_resources: _base.Input[_base.InputList[SupportContainerResources]] | None = (
        pydantic.Field(default=None, alias="supportContainerResources")
    )
    supported_guest_agent_versions: _base.Input[_base.InputList[str]] | None = pydantic.Field(
        default=None, alias="supportedGuestAgentVersions"
    )
    tls_configuration: _base.Input[TLSConfiguration] | None = pydantic.Field(
        default=None, alias="tlsConfiguration"
    )
    virt_template_deployment: _base.Input[VirtTemplateDeployment] | None = pydantic.Field(
        default=None, alias="virtTemplateDeployment"
    )
    virtual_machine_instances_per_node: _base.Input[int] | None = pydantic.Field(
        default=None, alias="virtualMachineInstancesPerNode"
    )
    virtual_machine_options: _base.Input[VirtualMachineOptions] | None = pydantic.Field(
        default=None, alias="virtualMachineOptions"
    )
    vm_rollout_strategy: _base.Input[str] | None = pydantic.Field(default=None, alias="vmRolloutStrategy")
    vm_state_storage_class: _base.Input[str] | None = pydantic.Field(
        default=None, alias="vmStateStorageClass"
    )
    webhook_configuration: _base.Input[ReloadableComponentConfiguration] | None = pydantic.Field(
        default=None, alias="webhookConfiguration"
    )


class KubeVirtList(_base.KubeModel):
    api_version: _base.Input[str] | None = pydantic.Field(default=None, alias="apiVersion")
    items: _base.Input[_base.InputList[KubeVirt]] = pydantic.Field(alias="items")
    kind: _base.Input[str] | None = pydantic.Field(default=None, alias="kind")
    metadata: _base.Input[k8s_meta_v1.ListMeta] | None = pydantic.Field(default=None, alias="metadata")


class KubeVirtSelfSignConfiguration(_base.KubeModel):
    ca: _base.Input[CertConfig] | None = pydantic.Field(default=None, alias="ca")
    ca_overlap_interval: _base.Input[str] | None = pydantic.Field(default=None, alias="caOverlapInterval")
    ca_rotate_interval: _base.Input[str] | None = pydantic.Field(default=None, alias="caRotateInterval")
    cert_rotate_interval: _base.Input[str] | None = pydantic.Field(default=None, alias="certRotateInterval")
    server: _base.Input[CertConfig] | None = pydantic.Field(default=None, alias="server")


class KubeVirtSpec(_base.KubeModel):
    certificate_rotate_strategy: _base.Input[KubeVirtCertificateRotateStrategy] | None = pydantic.Field(
        default=None, alias="certificateRotateStrategy"
    )
    configuration: _base.Input[KubeVirtConfiguration] | None = pydantic.Field(
        default=None, alias="configuration"
    )
    customize_components: _base.Input[CustomizeComponents] | None = pydantic.Field(
        default=None, alias="customizeComponents"
    )
    image_pull_policy: _base.Input[Literal["Always", "IfNotPresent", "Never"]] | None = pydantic.Field(
        default=None, alias="imagePullPolicy"
    )
    image_pull_secrets: _base.Input[_base.InputList[k8s_core_v1.LocalObjectReference]] | None = (
        pydantic.Field(default=None, alias="imagePullSecrets")
    )
    image_registry: _base.Input[str] | None = pydantic.Field(default=None, alias="imageRegistry")
    image_tag: _base.Input[str] | None = pydantic.Field(default=None, alias="imageTag")
    infra: _base.Input[ComponentConfig] | None = pydantic.Field(default=None, alias="infra")
    monitor_account: _base.Input[str] | None = pydantic.Field(default=None, alias="monitorAccount")
    monitor_namespace: _base.Input[str] | None = pydantic.Field(default=None, alias="monitorNamespace")
    product_component: _base.Input[str] | None = pydantic.Field(default=None, alias="productComponent")
    product_name: _base.Input[str] | None = pydantic.Field(default=None, alias="productName")
    product_version: _base.Input[str] | None = pydantic.Field(default=None, alias="productVersion")
    service_monitor_namespace: _base.Input[str] | None = pydantic.Field(
        default=None, alias="serviceMonitorNamespace"
    )
    synchronization_port: _base.Input[str] | None = pydantic.Field(default=None, alias="synchronizationPort")
    uninstall_strategy: _base.Input[str] | None = pydantic.Field(default=None, alias="uninstallStrategy")
    workload_update_strategy: _base.Input[KubeVirtWorkloadUpdateStrategy] | None = pydantic.Field(
        default=None, alias="workloadUpdateStrategy"
    )
    workloads: _base.Input[ComponentConfig] | None = pydantic.Field(default=None, alias="workloads")


class KubeVirtStatus(_base.KubeModel):
    conditions: _base.Input[_base.InputList[KubeVirtCondition]] | None = pydantic.Field(
        default=None, alias="conditions"
    )
    default_architecture: _base.Input[str] | None = pydantic.Field(default=None, alias="defaultArchitecture")
    generations: _base.Input[_base.InputList[GenerationStatus]] | None = pydantic.Field(
        default=None, alias="generations"
    )
    observed_deployment_config: _base.Input[str] | None = pydantic.Field(
        default=None, alias="observedDeploymentConfig"
    )
    observed_deployment_id: _base.Input[str] | None = pydantic.Field(
        default=None, alias="observedDeploymentID"
    )
    observed_generation: _base.Input[int] | None = pydantic.Field(default=None, alias="observedGeneration")
    observed_kube_virt_registry: _base.Input[str] | None = pydantic.Field(
        default=None, alias="observedKubeVirtRegistry"
    )
    observed_kube_virt_version: _base.Input[str] | None = pydantic.Field(
        default=None, alias="observedKubeVirtVersion"
    )
    operator_version: _base.Input[str] | None = pydantic.Field(default=None, alias="operatorVersion")
    outdated_virtual_machine_instance_workloads: _base.Input[int] | None = pydantic.Field(
        default=None, alias="outdatedVirtualMachineInstanceWorkloads"
    )
    phase: _base.Input[str] | None = pydantic.Field(default=None, alias="phase")
    synchronization_addresses: _base.Input[_base.InputList[str]] | None = pydantic.Field(
        default=None, alias="synchronizationAddresses"
    )
    target_deployment_config: _base.Input[str] | None = pydantic.Field(
        default=None, alias="targetDeploymentConfig"
    )
    target_deployment_id: _base.Input[str] | None = pydantic.Field(default=None, alias="targetDeploymentID")
    target_kube_virt_registry: _base.Input[str] | None = pydantic.Field(
        default=None, alias="targetKubeVirtRegistry"
    )
    target_kube_virt_version: _base.Input[str] | None = pydantic.Field(
        default=None, alias="targetKubeVirtVersion"
    )


class KubeVirtWorkloadUpdateStrategy(_base.KubeModel):
    batch_eviction_interval: _base.Input[str] | None = pydantic.Field(
        default=None, alias="batchEvictionInterval"
    )
    batch_eviction_size: _base.Input[int] | None = pydantic.Field(default=None, alias="batchEvictionSize")
    workload_update_methods: _base.Input[_base.InputList[str]] | None = pydantic.Field(
        default=None, alias="workloadUpdateMethods"
    )


class LaunchSecurity(_base.KubeModel):
    sev: _base.Input[SEV] | None = pydantic.Field(default=None, alias="sev")
    snp: _base.Input[SEVSNP] | None = pydantic.Field(default=None, alias="snp")
    tdx: _base.Input[TDX] | None = pydantic.Field(default=None, alias="tdx")


class LiveUpdateConfiguration(_base.KubeModel):
    max_cpu_sockets: _base.Input[int] | None = pydantic.Field(default=None, alias="maxCpuSockets")
    max_guest: _base.Input[_quantity.Quantity] | None = pydantic.Field(default=None, alias="maxGuest")
    max_hotplug_ratio: _base.Input[int] | None = pydantic.Field(default=None, alias="maxHotplugRatio")


class LogVerbosity(_base.KubeModel):
    node_verbosity: _base.Input[_base.InputMap[int]] | None = pydantic.Field(
        default=None, alias="nodeVerbosity"
    )
    virt_api: _base.Input[int] | None = pydantic.Field(default=None, alias="virtAPI")
    virt_controller: _base.Input[int] | None = pydantic.Field(default=None, alias="virtController")
    virt_handler: _base.Input[int] | None = pydantic.Field(default=None, alias="virtHandler")
    virt_launcher: _base.Input[int] | None = pydantic.Field(default=None, alias="virtLauncher")
    virt_operator: _base.Input[int] | None = pydantic.Field(default=None, alias="virtOperator")
    virt_synchronization_controller: _base.Input[int] | None = pydantic.Field(
        default=None, alias="virtSynchronizationController"
    )


class LunTarget(_base.KubeModel):
    bus: _base.Input[_enums.DiskBus] | None = pydantic.Field(default=None, alias="bus")
    readonly: _base.Input[bool] | None = pydantic.Field(default=None, alias="readonly")
    reservation: _base.Input[bool] | None = pydantic.Field(default=None, alias="reservation")


class Machine(_base.KubeModel):
    type: _base.Input[str] | None = pydantic.Field(default=None, alias="type")


class MediatedDevicesConfiguration(_base.KubeModel):
    enabled: _base.Input[bool] | None = pydantic.Field(default=None, alias="enabled")
    mediated_device_types: _base.Input[_base.InputList[str]] | None = pydantic.Field(
        default=None, alias="mediatedDeviceTypes"
    )
    mediated_devices_types: _base.Input[_base.InputList[str]] | None = pydantic.Field(
        default=None, alias="mediatedDevicesTypes"
    )
    node_mediated_device_types: _base.Input[_base.InputList[NodeMediatedDeviceTypesConfig]] | None = (
        pydantic.Field(default=None, alias="nodeMediatedDeviceTypes")
    )


class MediatedHostDevice(_base.KubeModel):
    external_resource_provider: _base.Input[bool] | None = pydantic.Field(
        default=None, alias="externalResourceProvider"
    )
    mdev_name_selector: _base.Input[str] = pydantic.Field(alias="mdevNameSelector")
    resource_name: _base.Input[str] = pydantic.Field(alias="resourceName")


class Memory(_base.KubeModel):
    guest: _base.Input[_quantity.Quantity] | None = pydantic.Field(default=None, alias="guest")
    hugepages: _base.Input[Hugepages] | None = pydantic.Field(default=None, alias="hugepages")
    max_guest: _base.Input[_quantity.Quantity] | None = pydantic.Field(default=None, alias="maxGuest")
    reserved_overhead: _base.Input[ReservedOverhead] | None = pydantic.Field(
        default=None, alias="reservedOverhead"
    )


class MemoryDumpVolumeSource(_base.KubeModel):
    claim_name: _base.Input[str] = pydantic.Field(alias="claimName")
    hotpluggable: _base.Input[bool] | None = pydantic.Field(default=None, alias="hotpluggable")
    read_only: _base.Input[bool] | None = pydantic.Field(default=None, alias="readOnly")


class MemoryStatus(_base.KubeModel):
    guest_at_boot: _base.Input[_quantity.Quantity] | None = pydantic.Field(default=None, alias="guestAtBoot")
    guest_current: _base.Input[_quantity.Quantity] | None = pydantic.Field(default=None, alias="guestCurrent")
    guest_requested: _base.Input[_quantity.Quantity] | None = pydantic.Field(
        default=None, alias="guestRequested"
    )
    memory_overhead: _base.Input[_quantity.Quantity] | None = pydantic.Field(
        default=None, alias="memoryOverhead"
    )


class MigrateOptions(_base.KubeModel):
    added_node_selector: _base.Input[_base.InputMap[str]] | None = pydantic.Field(
        default=None, alias="addedNodeSelector"
    )
    api_version: _base.Input[str] | None = pydantic.Field(default=None, alias="apiVersion")
    dry_run: _base.Input[_base.InputList[str]] | None = pydantic.Field(default=None, alias="dryRun")
    kind: _base.Input[str] | None = pydantic.Field(default=None, alias="kind")


class MigrationConfiguration(_base.KubeModel):
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
    disable_tls: _base.Input[bool] | None = pydantic.Field(default=None, alias="disableTLS")
    match_se_linux_level_on_migration: _base.Input[bool] | None = pydantic.Field(
        default=None, alias="matchSELinuxLevelOnMigration"
    )
    max_downtime_ms: _base.Input[int] | None = pydantic.Field(default=None, alias="maxDowntimeMs")
    network: _base.Input[str] | None = pydantic.Field(default=None, alias="network")
    node_drain_taint_key: _base.Input[str] | None = pydantic.Field(default=None, alias="nodeDrainTaintKey")
    parallel_migrations_per_cluster: _base.Input[int] | None = pydantic.Field(
        default=None, alias="parallelMigrationsPerCluster"
    )
    parallel_outbound_migrations_per_node: _base.Input[int] | None = pydantic.Field(
        default=None, alias="parallelOutboundMigrationsPerNode"
    )
    progress_timeout: _base.Input[int] | None = pydantic.Field(default=None, alias="progressTimeout")
    unsafe_migration_override: _base.Input[bool] | None = pydantic.Field(
        default=None, alias="unsafeMigrationOverride"
    )
    utility_volumes_timeout: _base.Input[int] | None = pydantic.Field(
        default=None, alias="utilityVolumesTimeout"
    )


class MultusNetwork(_base.KubeModel):
    default: _base.Input[bool] | None = pydantic.Field(default=None, alias="default")
    network_name: _base.Input[str] = pydantic.Field(alias="networkName")


class NUMA(_base.KubeModel):
    guest_mapping_passthrough: _base.Input[NUMAGuestMappingPassthrough] | None = pydantic.Field(
        default=None, alias="guestMappingPassthrough"
    )


class NUMAGuestMappingPassthrough(_base.KubeModel):
    pass


class Network(_base.KubeModel):
    multus: _base.Input[MultusNetwork] | None = pydantic.Field(default=None, alias="multus")
    name: _base.Input[str] = pydantic.Field(alias="name")
    pod: _base.Input[PodNetwork] | None = pydantic.Field(default=None, alias="pod")
    resource_claim: _base.Input[ClaimRequest] | None = pydantic.Field(default=None, alias="resourceClaim")


class NetworkConfiguration(_base.KubeModel):
    binding: _base.Input[_base.InputMap[InterfaceBindingPlugin]] | None = pydantic.Field(
        default=None, alias="binding"
    )
    default_network_interface: _base.Input[str] | None = pydantic.Field(
        default=None, alias="defaultNetworkInterface"
    )
    permit_bridge_interface_on_pod_network: _base.Input[bool] | None = pydantic.Field(
        default=None, alias="permitBridgeInterfaceOnPodNetwork"
    )
    permit_slirp_interface: _base.Input[bool] | None = pydantic.Field(
        default=None, alias="permitSlirpInterface"
    )


class NoCloudSSHPublicKeyAccessCredentialPropagation(_base.KubeModel):
    pass


class NodeMediatedDeviceTypesConfig(_base.KubeModel):
    mediated_device_types: _base.Input[_base.InputList[str]] | None = pydantic.Field(
        default=None, alias="mediatedDeviceTypes"
    )
    mediated_devices_types: _base.Input[_base.InputList[str]] | None = pydantic.Field(
        default=None, alias="mediatedDevicesTypes"
    )
    node_selector: _base.Input[_base.InputMap[str]] = pydantic.Field(alias="nodeSelector")


class NodePlacement(_base.KubeModel):
    affinity: _base.Input[k8s_core_v1.Affinity] | None = pydantic.Field(default=None, alias="affinity")
    node_selector: _base.Input[_base.InputMap[str]] | None = pydantic.Field(
        default=None, alias="nodeSelector"
    )
    tolerations: _base.Input[_base.InputList[k8s_core_v1.Toleration]] | None = pydantic.Field(
        default=None, alias="tolerations"
    )


class ObjectGraphNode(_base.KubeModel):
    api_version: _base.Input[str] | None = pydantic.Field(default=None, alias="apiVersion")
    children: _base.Input[_base.InputList[ObjectGraphNode]] | None = pydantic.Field(
        default=None, alias="children"
    )
    kind: _base.Input[str] | None = pydantic.Field(default=None, alias="kind")
    labels: _base.Input[_base.InputMap[str]] | None = pydantic.Field(default=None, alias="labels")
    object_reference: _base.Input[k8s_core_v1.TypedObjectReference] = pydantic.Field(alias="objectReference")
    optional: _base.Input[bool] | None = pydantic.Field(default=None, alias="optional")


class ObjectGraphOptions(_base.KubeModel):
    include_optional_nodes: _base.Input[bool] | None = pydantic.Field(
        default=None, alias="includeOptionalNodes"
    )
    label_selector: _base.Input[k8s_meta_v1.LabelSelector] | None = pydantic.Field(
        default=None, alias="labelSelector"
    )


class PITTimer(_base.KubeModel):
    present: _base.Input[bool] | None = pydantic.Field(default=None, alias="present")
    tick_policy: _base.Input[str] | None = pydantic.Field(default=None, alias="tickPolicy")


class PanicDevice(_base.KubeModel):
    model: _base.Input[str] | None = pydantic.Field(default=None, alias="model")


class PauseOptions(_base.KubeModel):
    api_version: _base.Input[str] | None = pydantic.Field(default=None, alias="apiVersion")
    dry_run: _base.Input[_base.InputList[str]] | None = pydantic.Field(default=None, alias="dryRun")
    kind: _base.Input[str] | None = pydantic.Field(default=None, alias="kind")


class PciHostDevice(_base.KubeModel):
    external_resource_provider: _base.Input[bool] | None = pydantic.Field(
        default=None, alias="externalResourceProvider"
    )
    pci_vendor_selector: _base.Input[str] = pydantic.Field(alias="pciVendorSelector")
    resource_name: _base.Input[str] = pydantic.Field(alias="resourceName")


class PermittedHostDevices(_base.KubeModel):
    mediated_devices: _base.Input[_base.InputList[MediatedHostDevice]] | None = pydantic.Field(
        default=None, alias="mediatedDevices"
    )
    pci_host_devices: _base.Input[_base.InputList[PciHostDevice]] | None = pydantic.Field(
        default=None, alias="pciHostDevices"
    )
    usb: _base.Input[_base.InputList[USBHostDevice]] | None = pydantic.Field(default=None, alias="usb")


class PersistentReservationConfiguration(_base.KubeModel):
    enabled: _base.Input[bool] | None = pydantic.Field(default=None, alias="enabled")


class PersistentVolumeClaimInfo(_base.KubeModel):
    access_modes: (
        _base.Input[_base.InputList[Literal[
            "ReadOnlyMany",
            "ReadWriteMany",
            "ReadWriteOnce",
            "ReadWriteOncePod",
        ]]] | None
    ) = pydantic.Field(default=None, alias="accessModes")
    capacity: _base.Input[_base.InputMap[_quantity.Quantity]] | None = pydantic.Field(
        default=None, alias="capacity"
    )
    claim_name: _base.Input[str] | None = pydantic.Field(default=None, alias="claimName")
    filesystem_overhead: _base.Input[str] | None = pydantic.Field(default=None, alias="filesystemOverhead")
    preallocated: _base.Input[bool] | None = pydantic.Field(default=None, alias="preallocated")
    requests: _base.Input[_base.InputMap[_quantity.Quantity]] | None = pydantic.Field(
        default=None, alias="requests"
    )
    volume_mode: _base.Input[Literal["Block", "Filesystem", "FromStorageProfile"]] | None = pydantic.Field(
        default=None, alias="volumeMode"
    )


class PersistentVolumeClaimVolumeSource(_base.KubeModel):
    claim_name: _base.Input[str] = pydantic.Field(alias="claimName")
    hotpluggable: _base.Input[bool] | None = pydantic.Field(default=None, alias="hotpluggable")
    read_only: _base.Input[bool] | None = pydantic.Field(default=None, alias="readOnly")


class PluginBinding(_base.KubeModel):
    name: _base.Input[str] = pydantic.Field(alias="name")


class PodNetwork(_base.KubeModel):
    vm_ipv6_network_cidr: _base.Input[str] | None = pydantic.Field(default=None, alias="vmIPv6NetworkCIDR")
    vm_network_cidr: _base.Input[str] | None = pydantic.Field(default=None, alias="vmNetworkCIDR")


class Port(_base.KubeModel):
    name: _base.Input[str] | None = pydantic.Field(default=None, alias="name")
    port: _base.Input[int] = pydantic.Field(alias="port")
    protocol: _base.Input[_enums.PortProtocol] | None = pydantic.Field(default=None, alias="protocol")


class PortRange(_base.KubeModel):
    end: _base.Input[int] = pydantic.Field(alias="end")
    protocol: _base.Input[str] = pydantic.Field(alias="protocol")
    start: _base.Input[int] = pydantic.Field(alias="start")


class PreferenceMatcher(_base.KubeModel):
    infer_from_volume: _base.Input[str] | None = pydantic.Field(default=None, alias="inferFromVolume")
    infer_from_volume_failure_policy: _base.Input[str] | None = pydantic.Field(
        default=None, alias="inferFromVolumeFailurePolicy"
    )
    kind: _base.Input[str] | None = pydantic.Field(default=None, alias="kind")
    name: _base.Input[str] | None = pydantic.Field(default=None, alias="name")
    revision_name: _base.Input[str] | None = pydantic.Field(default=None, alias="revisionName")


class Probe(_base.KubeModel):
    exec: _base.Input[k8s_core_v1.ExecAction] | None = pydantic.Field(default=None, alias="exec")
    failure_threshold: _base.Input[int] | None = pydantic.Field(default=None, alias="failureThreshold")
    guest_agent_ping: _base.Input[GuestAgentPing] | None = pydantic.Field(
        default=None, alias="guestAgentPing"
    )
    http_get: _base.Input[k8s_core_v1.HTTPGetAction] | None = pydantic.Field(default=None, alias="httpGet")
    initial_delay_seconds: _base.Input[int] | None = pydantic.Field(default=None, alias="initialDelaySeconds")
    period_seconds: _base.Input[int] | None = pydantic.Field(default=None, alias="periodSeconds")
    success_threshold: _base.Input[int] | None = pydantic.Field(default=None, alias="successThreshold")
    tcp_socket: _base.Input[k8s_core_v1.TCPSocketAction] | None = pydantic.Field(
        default=None, alias="tcpSocket"
    )
    timeout_seconds: _base.Input[int] | None = pydantic.Field(default=None, alias="timeoutSeconds")


class QemuGuestAgentSSHPublicKeyAccessCredentialPropagation(_base.KubeModel):
    users: _base.Input[_base.InputList[str]] = pydantic.Field(alias="users")


class QemuGuestAgentUserPasswordAccessCredentialPropagation(_base.KubeModel):
    pass


class RESTClientConfiguration(_base.KubeModel):
    rate_limiter: _base.Input[RateLimiter] | None = pydantic.Field(default=None, alias="rateLimiter")


class RTCTimer(_base.KubeModel):
    present: _base.Input[bool] | None = pydantic.Field(default=None, alias="present")
    tick_policy: _base.Input[str] | None = pydantic.Field(default=None, alias="tickPolicy")
    track: _base.Input[str] | None = pydantic.Field(default=None, alias="track")


class RateLimiter(_base.KubeModel):
    token_bucket_rate_limiter: _base.Input[TokenBucketRateLimiter] | None = pydantic.Field(
        default=None, alias="tokenBucketRateLimiter"
    )


class Realtime(_base.KubeModel):
    mask: _base.Input[str] | None = pydantic.Field(default=None, alias="mask")


class ReloadableComponentConfiguration(_base.KubeModel):
    rest_client: _base.Input[RESTClientConfiguration] | None = pydantic.Field(
        default=None, alias="restClient"
    )


class RemoveVolumeOptions(_base.KubeModel):
    dry_run: _base.Input[_base.InputList[str]] | None = pydantic.Field(default=None, alias="dryRun")
    name: _base.Input[str] = pydantic.Field(alias="name")


class ReservedOverhead(_base.KubeModel):
    added_overhead: _base.Input[_quantity.Quantity] | None = pydantic.Field(
        default=None, alias="addedOverhead"
    )
    mem_lock: _base.Input[_enums.MemLock] | None = pydantic.Field(default=None, alias="memLock")


class ResourceRequirements(_base.KubeModel):
    limits: _base.Input[_base.InputMap[_quantity.Quantity]] | None = pydantic.Field(
        default=None, alias="limits"
    )
    overcommit_guest_overhead: _base.Input[bool] | None = pydantic.Field(
        default=None, alias="overcommitGuestOverhead"
    )
    requests: _base.Input[_base.InputMap[_quantity.Quantity]] | None = pydantic.Field(
        default=None, alias="requests"
    )


class ResourceRequirementsWithoutClaims(_base.KubeModel):
    limits: _base.Input[_base.InputMap[_quantity.Quantity]] | None = pydantic.Field(
        default=None, alias="limits"
    )
    requests: _base.Input[_base.InputMap[_quantity.Quantity]] | None = pydantic.Field(
        default=None, alias="requests"
    )


class RestartOptions(_base.KubeModel):
    api_version: _base.Input[str] | None = pydantic.Field(default=None, alias="apiVersion")
    dry_run: _base.Input[_base.InputList[str]] | None = pydantic.Field(default=None, alias="dryRun")
    grace_period_seconds: _base.Input[int] | None = pydantic.Field(default=None, alias="gracePeriodSeconds")
    kind: _base.Input[str] | None = pydantic.Field(default=None, alias="kind")


class Rng(_base.KubeModel):
    pass


class SEV(_base.KubeModel):
    attestation: _base.Input[SEVAttestation] | None = pydantic.Field(default=None, alias="attestation")
    dh_cert: _base.Input[str] | None = pydantic.Field(default=None, alias="dhCert")
    policy: _base.Input[SEVPolicy] | None = pydantic.Field(default=None, alias="policy")
    session: _base.Input[str] | None = pydantic.Field(default=None, alias="session")


class SEVAttestation(_base.KubeModel):
    pass


class SEVMeasurementInfo(_base.KubeModel):
    api_major: _base.Input[int] | None = pydantic.Field(default=None, alias="apiMajor")
    api_minor: _base.Input[int] | None = pydantic.Field(default=None, alias="apiMinor")
    api_version: _base.Input[str] | None = pydantic.Field(default=None, alias="apiVersion")
    build_id: _base.Input[int] | None = pydantic.Field(default=None, alias="buildID")
    kind: _base.Input[str] | None = pydantic.Field(default=None, alias="kind")
    loader_sha: _base.Input[str] | None = pydantic.Field(default=None, alias="loaderSHA")
    measurement: _base.Input[str] | None = pydantic.Field(default=None, alias="measurement")
    policy: _base.Input[int] | None = pydantic.Field(default=None, alias="policy")


class SEVPlatformInfo(_base.KubeModel):
    api_version: _base.Input[str] | None = pydantic.Field(default=None, alias="apiVersion")
    cert_chain: _base.Input[str] | None = pydantic.Field(default=None, alias="certChain")
    kind: _base.Input[str] | None = pydantic.Field(default=None, alias="kind")
    pdh: _base.Input[str] | None = pydantic.Field(default=None, alias="pdh")


class SEVPolicy(_base.KubeModel):
    encrypted_state: _base.Input[bool] | None = pydantic.Field(default=None, alias="encryptedState")


class SEVSNP(_base.KubeModel):
    pass


class SEVSecretOptions(_base.KubeModel):
    header: _base.Input[str] | None = pydantic.Field(default=None, alias="header")
    secret: _base.Input[str] | None = pydantic.Field(default=None, alias="secret")


class SEVSessionOptions(_base.KubeModel):
    dh_cert: _base.Input[str] | None = pydantic.Field(default=None, alias="dhCert")
    session: _base.Input[str] | None = pydantic.Field(default=None, alias="session")


class SMBiosConfiguration(_base.KubeModel):
    family: _base.Input[str] | None = pydantic.Field(default=None, alias="family")
    manufacturer: _base.Input[str] | None = pydantic.Field(default=None, alias="manufacturer")
    product: _base.Input[str] | None = pydantic.Field(default=None, alias="product")
    sku: _base.Input[str] | None = pydantic.Field(default=None, alias="sku")
    version: _base.Input[str] | None = pydantic.Field(default=None, alias="version")


class SSHPublicKeyAccessCredential(_base.KubeModel):
    propagation_method: _base.Input[SSHPublicKeyAccessCredentialPropagationMethod] = pydantic.Field(
        alias="propagationMethod"
    )
    source: _base.Input[SSHPublicKeyAccessCredentialSource] = pydantic.Field(alias="source")


class SSHPublicKeyAccessCredentialPropagationMethod(_base.KubeModel):
    config_drive: _base.Input[ConfigDriveSSHPublicKeyAccessCredentialPropagation] | None = pydantic.Field(
        default=None, alias="configDrive"
    )
    no_cloud: _base.Input[NoCloudSSHPublicKeyAccessCredentialPropagation] | None = pydantic.Field(
        default=None, alias="noCloud"
    )
    qemu_guest_agent: _base.Input[QemuGuestAgentSSHPublicKeyAccessCredentialPropagation] | None = (
        pydantic.Field(default=None, alias="qemuGuestAgent")
    )


class SSHPublicKeyAccessCredentialSource(_base.KubeModel):
    secret: _base.Input[AccessCredentialSecretSource] | None = pydantic.Field(default=None, alias="secret")


class SeccompConfiguration(_base.KubeModel):
    virtual_machine_instance_profile: _base.Input[VirtualMachineInstanceProfile] | None = pydantic.Field(
        default=None, alias="virtualMachineInstanceProfile"
    )


class SecretVolumeSource(_base.KubeModel):
    optional: _base.Input[bool] | None = pydantic.Field(default=None, alias="optional")
    secret_name: _base.Input[str] | None = pydantic.Field(default=None, alias="secretName")
    volume_label: _base.Input[str] | None = pydantic.Field(default=None, alias="volumeLabel")


class ServiceAccountVolumeSource(_base.KubeModel):
    service_account_name: _base.Input[str] | None = pydantic.Field(default=None, alias="serviceAccountName")


class SoundDevice(_base.KubeModel):
    model: _base.Input[str] | None = pydantic.Field(default=None, alias="model")
    name: _base.Input[str] = pydantic.Field(alias="name")


class StallDetectorOptions(_base.KubeModel):
    completion_timeout_factor: _base.Input[str] | None = pydantic.Field(
        default=None, alias="completionTimeoutFactor"
    )
    ewma_alpha: _base.Input[str] | None = pydantic.Field(default=None, alias="ewmaAlpha")
    patience_window_decay_factor: _base.Input[str] | None = pydantic.Field(
        default=None, alias="patienceWindowDecayFactor"
    )
    precopy_possible_factor: _base.Input[str] | None = pydantic.Field(
        default=None, alias="precopyPossibleFactor"
    )
    search_local_minima: _base.Input[bool] | None = pydantic.Field(default=None, alias="searchLocalMinima")
    stall_margin: _base.Input[int] | None = pydantic.Field(default=None, alias="stallMargin")
    stall_progress_timeout: _base.Input[int] | None = pydantic.Field(
        default=None, alias="stallProgressTimeout"
    )
    switchover_timeout: _base.Input[int] | None = pydantic.Field(default=None, alias="switchoverTimeout")


class StartOptions(_base.KubeModel):
    api_version: _base.Input[str] | None = pydantic.Field(default=None, alias="apiVersion")
    dry_run: _base.Input[_base.InputList[str]] | None = pydantic.Field(default=None, alias="dryRun")
    kind: _base.Input[str] | None = pydantic.Field(default=None, alias="kind")
    paused: _base.Input[bool] | None = pydantic.Field(default=None, alias="paused")


class StopOptions(_base.KubeModel):
    api_version: _base.Input[str] | None = pydantic.Field(default=None, alias="apiVersion")
    dry_run: _base.Input[_base.InputList[str]] | None = pydantic.Field(default=None, alias="dryRun")
    grace_period: _base.Input[int] | None = pydantic.Field(default=None, alias="gracePeriod")
    kind: _base.Input[str] | None = pydantic.Field(default=None, alias="kind")


class StorageMigratedVolumeInfo(_base.KubeModel):
    destination_pvc_info: _base.Input[PersistentVolumeClaimInfo] | None = pydantic.Field(
        default=None, alias="destinationPVCInfo"
    )
    source_pvc_info: _base.Input[PersistentVolumeClaimInfo] | None = pydantic.Field(
        default=None, alias="sourcePVCInfo"
    )
    volume_name: _base.Input[str] = pydantic.Field(alias="volumeName")


class SupportContainerResources(_base.KubeModel):
    resources: _base.Input[ResourceRequirementsWithoutClaims] = pydantic.Field(alias="resources")
    type: _base.Input[str] = pydantic.Field(alias="type")


class SyNICTimer(_base.KubeModel):
    direct: _base.Input[FeatureState] | None = pydantic.Field(default=None, alias="direct")
    enabled: _base.Input[bool] | None = pydantic.Field(default=None, alias="enabled")


class SysprepSource(_base.KubeModel):
    config_map: _base.Input[k8s_core_v1.LocalObjectReference] | None = pydantic.Field(
        default=None, alias="configMap"
    )
    secret: _base.Input[k8s_core_v1.LocalObjectReference] | None = pydantic.Field(
        default=None, alias="secret"
    )


class TDX(_base.KubeModel):
    pass


class TDXAttestationConfiguration(_base.KubeModel):
    enforced: _base.Input[bool] | None = pydantic.Field(default=None, alias="enforced")
    qgs_socket_path: _base.Input[str] | None = pydantic.Field(default=None, alias="qgsSocketPath")


class TDXConfiguration(_base.KubeModel):
    attestation: _base.Input[TDXAttestationConfiguration] | None = pydantic.Field(
        default=None, alias="attestation"
    )


class TLBFlush(_base.KubeModel):
    direct: _base.Input[FeatureState] | None = pydantic.Field(default=None, alias="direct")
    enabled: _base.Input[bool] | None = pydantic.Field(default=None, alias="enabled")
    extended: _base.Input[FeatureState] | None = pydantic.Field(default=None, alias="extended")


class TLSConfiguration(_base.KubeModel):
    ciphers: _base.Input[_base.InputList[str]] | None = pydantic.Field(default=None, alias="ciphers")
    min_tls_version: _base.Input[str] | None = pydantic.Field(default=None, alias="minTLSVersion")


class TPMDevice(_base.KubeModel):
    enabled: _base.Input[bool] | None = pydantic.Field(default=None, alias="enabled")
    persistent: _base.Input[bool] | None = pydantic.Field(default=None, alias="persistent")


class Timer(_base.KubeModel):
    hpet: _base.Input[HPETTimer] | None = pydantic.Field(default=None, alias="hpet")
    hyperv: _base.Input[HypervTimer] | None = pydantic.Field(default=None, alias="hyperv")
    kvm: _base.Input[KVMTimer] | None = pydantic.Field(default=None, alias="kvm")
    pit: _base.Input[PITTimer] | None = pydantic.Field(default=None, alias="pit")
    rtc: _base.Input[RTCTimer] | None = pydantic.Field(default=None, alias="rtc")


class TokenBucketRateLimiter(_base.KubeModel):
    burst: _base.Input[int] = pydantic.Field(alias="burst")
    qps: _base.Input[_base.Number] = pydantic.Field(alias="qps")


class TopologyHints(_base.KubeModel):
    tsc_frequency: _base.Input[int] | None = pydantic.Field(default=None, alias="tscFrequency")


class USBHostDevice(_base.KubeModel):
    external_resource_provider: _base.Input[bool] | None = pydantic.Field(
        default=None, alias="externalResourceProvider"
    )
    resource_name: _base.Input[str] = pydantic.Field(alias="resourceName")
    selectors: _base.Input[_base.InputList[USBSelector]] | None = pydantic.Field(
        default=None, alias="selectors"
    )


class USBSelector(_base.KubeModel):
    product: _base.Input[str] = pydantic.Field(alias="product")
    vendor: _base.Input[str] = pydantic.Field(alias="vendor")


class UnpauseOptions(_base.KubeModel):
    api_version: _base.Input[str] | None = pydantic.Field(default=None, alias="apiVersion")
    dry_run: _base.Input[_base.InputList[str]] | None = pydantic.Field(default=None, alias="dryRun")
    kind: _base.Input[str] | None = pydantic.Field(default=None, alias="kind")


class UserPasswordAccessCredential(_base.KubeModel):
    propagation_method: _base.Input[UserPasswordAccessCredentialPropagationMethod] = pydantic.Field(
        alias="propagationMethod"
    )
    source: _base.Input[UserPasswordAccessCredentialSource] = pydantic.Field(alias="source")


class UserPasswordAccessCredentialPropagationMethod(_base.KubeModel):
    qemu_guest_agent: _base.Input[QemuGuestAgentUserPasswordAccessCredentialPropagation] | None = (
        pydantic.Field(default=None, alias="qemuGuestAgent")
    )


class UserPasswordAccessCredentialSource(_base.KubeModel):
    secret: _base.Input[AccessCredentialSecretSource] | None = pydantic.Field(default=None, alias="secret")


class UtilityVolume(_base.KubeModel):
    claim_name: _base.Input[str] = pydantic.Field(alias="claimName")
    name: _base.Input[str] = pydantic.Field(alias="name")
    read_only: _base.Input[bool] | None = pydantic.Field(default=None, alias="readOnly")
    type: _base.Input[str] | None = pydantic.Field(default=None, alias="type")


class VGPUDisplayOptions(_base.KubeModel):
    enabled: _base.Input[bool] | None = pydantic.Field(default=None, alias="enabled")
    ram_fb: _base.Input[FeatureState] | None = pydantic.Field(default=None, alias="ramFB")


class VGPUOptions(_base.KubeModel):
    display: _base.Input[VGPUDisplayOptions] | None = pydantic.Field(default=None, alias="display")


class VMIMConfigurationOptions(_base.KubeModel):
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
    disable_tls: _base.Input[bool] | None = pydantic.Field(default=None, alias="disableTLS")
    experimental: _base.Input[ExperimentalMigrationOptions] | None = pydantic.Field(
        default=None, alias="experimental"
    )
    match_se_linux_level_on_migration: _base.Input[bool] | None = pydantic.Field(
        default=None, alias="matchSELinuxLevelOnMigration"
    )
    max_downtime_ms: _base.Input[int] | None = pydantic.Field(default=None, alias="maxDowntimeMs")
    network: _base.Input[str] | None = pydantic.Field(default=None, alias="network")
    node_drain_taint_key: _base.Input[str] | None = pydantic.Field(default=None, alias="nodeDrainTaintKey")
    parallel_migrations_per_cluster: _base.Input[int] | None = pydantic.Field(
        default=None, alias="parallelMigrationsPerCluster"
    )
    parallel_outbound_migrations_per_node: _base.Input[int] | None = pydantic.Field(
        default=None, alias="parallelOutboundMigrationsPerNode"
    )
    progress_timeout: _base.Input[int] | None = pydantic.Field(default=None, alias="progressTimeout")
    unsafe_migration_override: _base.Input[bool] | None = pydantic.Field(
        default=None, alias="unsafeMigrationOverride"
    )
    utility_volumes_timeout: _base.Input[int] | None = pydantic.Field(
        default=None, alias="utilityVolumesTimeout"
    )


class VideoDevice(_base.KubeModel):
    type: _base.Input[str] | None = pydantic.Field(default=None, alias="type")


class VirtTemplateDeployment(_base.KubeModel):
    enabled: _base.Input[bool] | None = pydantic.Field(default=None, alias="enabled")


class VirtualMachine(_base.KubeModel):
    __kube_gvk__: ClassVar[tuple[str, str] | None] = ("kubevirt.io/v1", "VirtualMachine")
    api_version: _base.Input[str] | None = pydantic.Field(default=None, alias="apiVersion")
    kind: _base.Input[str] | None = pydantic.Field(default=None, alias="kind")
    metadata: _base.Input[k8s_meta_v1.ObjectMeta] | None = pydantic.Field(default=None, alias="metadata")
    spec: _base.Input[VirtualMachineSpec] = pydantic.Field(alias="spec")
    status: _base.Input[VirtualMachineStatus] | None = pydantic.Field(default=None, alias="status")


class VirtualMachineCondition(_base.KubeModel):
    last_probe_time: _base.Input[str] | None = pydantic.Field(default=None, alias="lastProbeTime")
    last_transition_time: _base.Input[str] | None = pydantic.Field(default=None, alias="lastTransitionTime")
    message: _base.Input[str] | None = pydantic.Field(default=None, alias="message")
    reason: _base.Input[str] | None = pydantic.Field(default=None, alias="reason")
    status: _base.Input[str] = pydantic.Field(alias="status")
    type: _base.Input[str] = pydantic.Field(alias="type")


class VirtualMachineExport(_base.KubeModel):
    __kube_gvk__: ClassVar[tuple[str, str] | None] = ("export.kubevirt.io/v1", "VirtualMachineExport")
    api_version: _base.Input[str] | None = pydantic.Field(default=None, alias="apiVersion")
    kind: _base.Input[str] | None = pydantic.Field(default=None, alias="kind")
    metadata: _base.Input[k8s_meta_v1.ObjectMeta] | None = pydantic.Field(default=None, alias="metadata")
    spec: _base.Input[VirtualMachineExportSpec] = pydantic.Field(alias="spec")
    status: _base.Input[VirtualMachineExportStatus] | None = pydantic.Field(default=None, alias="status")


class VirtualMachineExportBackup(_base.KubeModel):
    endpoints: _base.Input[_base.InputList[VirtualMachineExportBackupEndpoint]] | None = pydantic.Field(
        default=None, alias="endpoints"
    )
    name: _base.Input[str] = pydantic.Field(alias="name")


class VirtualMachineExportBackupEndpoint(_base.KubeModel):
    endpoint: _base.Input[str] = pydantic.Field(alias="endpoint")
    url: _base.Input[str] = pydantic.Field(alias="url")


class VirtualMachineExportLink(_base.KubeModel):
    backups: _base.Input[_base.InputList[VirtualMachineExportBackup]] | None = pydantic.Field(
        default=None, alias="backups"
    )
    cert: _base.Input[str] = pydantic.Field(alias="cert")
    manifests: _base.Input[_base.InputList[VirtualMachineExportManifest]] | None = pydantic.Field(
        default=None, alias="manifests"
    )
    volumes: _base.Input[_base.InputList[VirtualMachineExportVolume]] | None = pydantic.Field(
        default=None, alias="volumes"
    )


class VirtualMachineExportLinks(_base.KubeModel):
    external: _base.Input[VirtualMachineExportLink] | None = pydantic.Field(default=None, alias="external")
    internal: _base.Input[VirtualMachineExportLink] | None = pydantic.Field(default=None, alias="internal")


class VirtualMachineExportList(_base.KubeModel):
    api_version: _base.Input[str] | None = pydantic.Field(default=None, alias="apiVersion")
    items: _base.Input[_base.InputList[VirtualMachineExport]] = pydantic.Field(alias="items")
    kind: _base.Input[str] | None = pydantic.Field(default=None, alias="kind")
    metadata: _base.Input[k8s_meta_v1.ListMeta] = pydantic.Field(alias="metadata")


class VirtualMachineExportManifest(_base.KubeModel):
    type: _base.Input[str] = pydantic.Field(alias="type")
    url: _base.Input[str] = pydantic.Field(alias="url")


class VirtualMachineExportSpec(_base.KubeModel):
    source: _base.Input[k8s_core_v1.TypedLocalObjectReference] = pydantic.Field(alias="source")
    token_secret_ref: _base.Input[str] | None = pydantic.Field(default=None, alias="tokenSecretRef")
    ttl_duration: _base.Input[str] | None = pydantic.Field(default=None, alias="ttlDuration")


class VirtualMachineExportStatus(_base.KubeModel):
    conditions: _base.Input[_base.InputList[Condition]] | None = pydantic.Field(
        default=None, alias="conditions"
    )
    links: _base.Input[VirtualMachineExportLinks] | None = pydantic.Field(default=None, alias="links")
    phase: _base.Input[str] | None = pydantic.Field(default=None, alias="phase")
    service_name: _base.Input[str] | None = pydantic.Field(default=None, alias="serviceName")
    token_secret_ref: _base.Input[str] | None = pydantic.Field(default=None, alias="tokenSecretRef")
    ttl_expiration_time: _base.Input[str] | None = pydantic.Field(default=None, alias="ttlExpirationTime")
    virtual_machine_name: _base.Input[str] | None = pydantic.Field(default=None, alias="virtualMachineName")


class VirtualMachineExportVolume(_base.KubeModel):
    formats: _base.Input[_base.InputList[VirtualMachineExportVolumeFormat]] | None = pydantic.Field(
        default=None, alias="formats"
    )
    name: _base.Input[str] = pydantic.Field(alias="name")


class VirtualMachineExportVolumeFormat(_base.KubeModel):
    format: _base.Input[str] = pydantic.Field(alias="format")
    url: _base.Input[str] = pydantic.Field(alias="url")


class VirtualMachineInstance(_base.KubeModel):
    __kube_gvk__: ClassVar[tuple[str, str] | None] = ("kubevirt.io/v1", "VirtualMachineInstance")
    api_version: _base.Input[str] | None = pydantic.Field(default=None, alias="apiVersion")
    kind: _base.Input[str] | None = pydantic.Field(default=None, alias="kind")
    metadata: _base.Input[k8s_meta_v1.ObjectMeta] | None = pydantic.Field(default=None, alias="metadata")
    spec: _base.Input[VirtualMachineInstanceSpec] = pydantic.Field(alias="spec")
    status: _base.Input[VirtualMachineInstanceStatus] | None = pydantic.Field(default=None, alias="status")


class VirtualMachineInstanceBackupStatus(_base.KubeModel):
    backup_msg: _base.Input[str] | None = pydantic.Field(default=None, alias="backupMsg")
    backup_name: _base.Input[str] | None = pydantic.Field(default=None, alias="backupName")
    checkpoint_name: _base.Input[str] | None = pydantic.Field(default=None, alias="checkpointName")
    completed: _base.Input[bool] | None = pydantic.Field(default=None, alias="completed")
    end_timestamp: _base.Input[str] | None = pydantic.Field(default=None, alias="endTimestamp")
    failed: _base.Input[bool] | None = pydantic.Field(default=None, alias="failed")
    quiesce_status: _base.Input[str] | None = pydantic.Field(default=None, alias="quiesceStatus")
    start_timestamp: _base.Input[str] | None = pydantic.Field(default=None, alias="startTimestamp")
    volumes: _base.Input[_base.InputList[kubevirt_v1alpha1.BackupVolumeInfo]] | None = pydantic.Field(
        default=None, alias="volumes"
    )


class VirtualMachineInstanceCondition(_base.KubeModel):
    last_probe_time: _base.Input[str] | None = pydantic.Field(default=None, alias="lastProbeTime")
    last_transition_time: _base.Input[str] | None = pydantic.Field(default=None, alias="lastTransitionTime")
    message: _base.Input[str] | None = pydantic.Field(default=None, alias="message")
    reason: _base.Input[str] | None = pydantic.Field(default=None, alias="reason")
    status: _base.Input[str] = pydantic.Field(alias="status")
    type: _base.Input[str] = pydantic.Field(alias="type")


class VirtualMachineInstanceFileSystem(_base.KubeModel):
    disk: _base.Input[_base.InputList[VirtualMachineInstanceFileSystemDisk]] | None = pydantic.Field(
        default=None, alias="disk"
    )
    disk_name: _base.Input[str] = pydantic.Field(alias="diskName")
    file_system_type: _base.Input[str] = pydantic.Field(alias="fileSystemType")
    mount_point: _base.Input[str] = pydantic.Field(alias="mountPoint")
    total_bytes: _base.Input[int] = pydantic.Field(alias="totalBytes")
    used_bytes: _base.Input[int] = pydantic.Field(alias="usedBytes")


class VirtualMachineInstanceFileSystemDisk(_base.KubeModel):
    bus_type: _base.Input[str] = pydantic.Field(alias="busType")
    serial: _base.Input[str] | None = pydantic.Field(default=None, alias="serial")


class VirtualMachineInstanceFileSystemInfo(_base.KubeModel):
    disks: _base.Input[_base.InputList[VirtualMachineInstanceFileSystem]] = pydantic.Field(alias="disks")


class VirtualMachineInstanceFileSystemList(_base.KubeModel):
    api_version: _base.Input[str] | None = pydantic.Field(default=None, alias="apiVersion")
    items: _base.Input[_base.InputList[VirtualMachineInstanceFileSystem]] = pydantic.Field(alias="items")
    kind: _base.Input[str] | None = pydantic.Field(default=None, alias="kind")
    metadata: _base.Input[k8s_meta_v1.ListMeta] | None = pydantic.Field(default=None, alias="metadata")


class VirtualMachineInstanceGuestAgentInfo(_base.KubeModel):
    api_version: _base.Input[str] | None = pydantic.Field(default=None, alias="apiVersion")
    fs_freeze_status: _base.Input[str] | None = pydantic.Field(default=None, alias="fsFreezeStatus")
    fs_info: _base.Input[VirtualMachineInstanceFileSystemInfo] | None = pydantic.Field(
        default=None, alias="fsInfo"
    )
    guest_agent_version: _base.Input[str] | None = pydantic.Field(default=None, alias="guestAgentVersion")
    hostname: _base.Input[str] | None = pydantic.Field(default=None, alias="hostname")
    kind: _base.Input[str] | None = pydantic.Field(default=None, alias="kind")
    os: _base.Input[VirtualMachineInstanceGuestOSInfo] | None = pydantic.Field(default=None, alias="os")
    supported_commands: _base.Input[_base.InputList[GuestAgentCommandInfo]] | None = pydantic.Field(
        default=None, alias="supportedCommands"
    )
    timezone: _base.Input[str] | None = pydantic.Field(default=None, alias="timezone")
    user_list: _base.Input[_base.InputList[VirtualMachineInstanceGuestOSUser]] | None = pydantic.Field(
        default=None, alias="userList"
    )


class VirtualMachineInstanceGuestOSInfo(_base.KubeModel):
    id: _base.Input[str] | None = pydantic.Field(default=None, alias="id")
    kernel_release: _base.Input[str] | None = pydantic.Field(default=None, alias="kernelRelease")
    kernel_version: _base.Input[str] | None = pydantic.Field(default=None, alias="kernelVersion")
    machine: _base.Input[str] | None = pydantic.Field(default=None, alias="machine")
    name: _base.Input[str] | None = pydantic.Field(default=None, alias="name")
    pretty_name: _base.Input[str] | None = pydantic.Field(default=None, alias="prettyName")
    version: _base.Input[str] | None = pydantic.Field(default=None, alias="version")
    version_id: _base.Input[str] | None = pydantic.Field(default=None, alias="versionId")


class VirtualMachineInstanceGuestOSUser(_base.KubeModel):
    domain: _base.Input[str] | None = pydantic.Field(default=None, alias="domain")
    login_time: _base.Input[_base.Number] | None = pydantic.Field(default=None, alias="loginTime")
    user_name: _base.Input[str] = pydantic.Field(alias="userName")


class VirtualMachineInstanceGuestOSUserList(_base.KubeModel):
    api_version: _base.Input[str] | None = pydantic.Field(default=None, alias="apiVersion")
    items: _base.Input[_base.InputList[VirtualMachineInstanceGuestOSUser]] = pydantic.Field(alias="items")
    kind: _base.Input[str] | None = pydantic.Field(default=None, alias="kind")
    metadata: _base.Input[k8s_meta_v1.ListMeta] | None = pydantic.Field(default=None, alias="metadata")


class VirtualMachineInstanceList(_base.KubeModel):
    api_version: _base.Input[str] | None = pydantic.Field(default=None, alias="apiVersion")
    items: _base.Input[_base.InputList[VirtualMachineInstance]] = pydantic.Field(alias="items")
    kind: _base.Input[str] | None = pydantic.Field(default=None, alias="kind")
    metadata: _base.Input[k8s_meta_v1.ListMeta] | None = pydantic.Field(default=None, alias="metadata")


class VirtualMachineInstanceMigration(_base.KubeModel):
    __kube_gvk__: ClassVar[tuple[str, str] | None] = ("kubevirt.io/v1", "VirtualMachineInstanceMigration")
    api_version: _base.Input[str] | None = pydantic.Field(default=None, alias="apiVersion")
    kind: _base.Input[str] | None = pydantic.Field(default=None, alias="kind")
    metadata: _base.Input[k8s_meta_v1.ObjectMeta] | None = pydantic.Field(default=None, alias="metadata")
    spec: _base.Input[VirtualMachineInstanceMigrationSpec] = pydantic.Field(alias="spec")
    status: _base.Input[VirtualMachineInstanceMigrationStatus] | None = pydantic.Field(
        default=None, alias="status"
    )


class VirtualMachineInstanceMigrationCondition(_base.KubeModel):
    last_probe_time: _base.Input[str] | None = pydantic.Field(default=None, alias="lastProbeTime")
    last_transition_time: _base.Input[str] | None = pydantic.Field(default=None, alias="lastTransitionTime")
    message: _base.Input[str] | None = pydantic.Field(default=None, alias="message")
    reason: _base.Input[str] | None = pydantic.Field(default=None, alias="reason")
    status: _base.Input[str] = pydantic.Field(alias="status")
    type: _base.Input[str] = pydantic.Field(alias="type")


class VirtualMachineInstanceMigrationList(_base.KubeModel):
    api_version: _base.Input[str] | None = pydantic.Field(default=None, alias="apiVersion")
    items: _base.Input[_base.InputList[VirtualMachineInstanceMigration]] = pydantic.Field(alias="items")
    kind: _base.Input[str] | None = pydantic.Field(default=None, alias="kind")
    metadata: _base.Input[k8s_meta_v1.ListMeta] | None = pydantic.Field(default=None, alias="metadata")


class VirtualMachineInstanceMigrationPhaseTransitionTimestamp(_base.KubeModel):
    phase: _base.Input[_enums.MigrationPhase] | None = pydantic.Field(default=None, alias="phase")
    phase_transition_timestamp: _base.Input[str] | None = pydantic.Field(
        default=None, alias="phaseTransitionTimestamp"
    )


class VirtualMachineInstanceMigrationSource(_base.KubeModel):
    connect_url: _base.Input[str] = pydantic.Field(alias="connectURL")
    migration_id: _base.Input[str] = pydantic.Field(alias="migrationID")


class VirtualMachineInstanceMigrationSourceState(_base.KubeModel):
    domain_name: _base.Input[str] | None = pydantic.Field(default=None, alias="domainName")
    domain_namespace: _base.Input[str] | None = pydantic.Field(default=None, alias="domainNamespace")
    migration_uid: _base.Input[str] | None = pydantic.Field(default=None, alias="migrationUID")
    node: _base.Input[str] | None = pydantic.Field(default=None, alias="node")
    node_selectors: _base.Input[_base.InputMap[str]] | None = pydantic.Field(
        default=None, alias="nodeSelectors"
    )
    persistent_state_pvc_name: _base.Input[str] | None = pydantic.Field(
        default=None, alias="persistentStatePVCName"
    )
    pod: _base.Input[str] | None = pydantic.Field(default=None, alias="pod")
    selinux_context: _base.Input[str] | None = pydantic.Field(default=None, alias="selinuxContext")
    sync_address: _base.Input[str] | None = pydantic.Field(default=None, alias="syncAddress")
    virtual_machine_instance_uid: _base.Input[str] | None = pydantic.Field(
        default=None, alias="virtualMachineInstanceUID"
    )


class VirtualMachineInstanceMigrationSpec(_base.KubeModel):
    added_node_selector: _base.Input[_base.InputMap[str]] | None = pydantic.Field(
        default=None, alias="addedNodeSelector"
    )
    priority: _base.Input[str] | None = pydantic.Field(default=None, alias="priority")
    receive: _base.Input[VirtualMachineInstanceMigrationTarget] | None = pydantic.Field(
        default=None, alias="receive"
    )
    send_to: _base.Input[VirtualMachineInstanceMigrationSource] | None = pydantic.Field(
        default=None, alias="sendTo"
    )
    vmi_name: _base.Input[str] | None = pydantic.Field(default=None, alias="vmiName")


class VirtualMachineInstanceMigrationState(_base.KubeModel):
    abort_requested: _base.Input[bool] | None = pydantic.Field(default=None, alias="abortRequested")
    abort_status: _base.Input[str] | None = pydantic.Field(default=None, alias="abortStatus")
    completed: _base.Input[bool] | None = pydantic.Field(default=None, alias="completed")
    end_timestamp: _base.Input[str] | None = pydantic.Field(default=None, alias="endTimestamp")
    failed: _base.Input[bool] | None = pydantic.Field(default=None, alias="failed")
    failure_reason: _base.Input[str] | None = pydantic.Field(default=None, alias="failureReason")
    migration_configuration: _base.Input[VMIMConfigurationOptions] | None = pydantic.Field(
        default=None, alias="migrationConfiguration"
    )
    migration_network_type: _base.Input[str] | None = pydantic.Field(
        default=None, alias="migrationNetworkType"
    )
    migration_policy_name: _base.Input[str] | None = pydantic.Field(default=None, alias="migrationPolicyName")
    migration_uid: _base.Input[str] | None = pydantic.Field(default=None, alias="migrationUid")
    mode: _base.Input[str] | None = pydantic.Field(default=None, alias="mode")
    source_node: _base.Input[str] | None = pydantic.Field(default=None, alias="sourceNode")
    source_persistent_state_pvc_name: _base.Input[str] | None = pydantic.Field(
        default=None, alias="sourcePersistentStatePVCName"
    )
    source_pod: _base.Input[str] | None = pydantic.Field(default=None, alias="sourcePod")
    source_state: _base.Input[VirtualMachineInstanceMigrationSourceState] | None = pydantic.Field(
        default=None, alias="sourceState"
    )
    start_timestamp: _base.Input[str] | None = pydantic.Field(default=None, alias="startTimestamp")
    target_attachment_pod_uid: _base.Input[str] | None = pydantic.Field(
        default=None, alias="targetAttachmentPodUID"
    )
    target_cpu_set: _base.Input[_base.InputList[int]] | None = pydantic.Field(
        default=None, alias="targetCPUSet"
    )
    target_direct_migration_node_ports: _base.Input[_base.InputMap[int]] | None = pydantic.Field(
        default=None, alias="targetDirectMigrationNodePorts"
    )
    target_memory_overhead: _base.Input[_quantity.Quantity] | None = pydantic.Field(
        default=None, alias="targetMemoryOverhead"
    )
    target_node: _base.Input[str] | None = pydantic.Field(default=None, alias="targetNode")
    target_node_address: _base.Input[str] | None = pydantic.Field(default=None, alias="targetNodeAddress")
    target_node_domain_detected: _base.Input[bool] | None = pydantic.Field(
        default=None, alias="targetNodeDomainDetected"
    )
    target_node_domain_ready_timestamp: _base.Input[str] | None = pydantic.Field(
        default=None, alias="targetNodeDomainReadyTimestamp"
    )
    target_node_topology: _base.Input[str] | None = pydantic.Field(default=None, alias="targetNodeTopology")
    target_persistent_state_pvc_name: _base.Input[str] | None = pydantic.Field(
        default=None, alias="targetPersistentStatePVCName"
    )
    target_pod: _base.Input[str] | None = pydantic.Field(default=None, alias="targetPod")
    target_state: _base.Input[VirtualMachineInstanceMigrationTargetState] | None = pydantic.Field(
        default=None, alias="targetState"
    )


class VirtualMachineInstanceMigrationStatus(_base.KubeModel):
    conditions: _base.Input[_base.InputList[VirtualMachineInstanceMigrationCondition]] | None = (
        pydantic.Field(default=None, alias="conditions")
    )
    migration_state: _base.Input[VirtualMachineInstanceMigrationState] | None = pydantic.Field(
        default=None, alias="migrationState"
    )
    phase: _base.Input[_enums.MigrationPhase] | None = pydantic.Field(default=None, alias="phase")
    phase_transition_timestamps: (
        _base.Input[_base.InputList[VirtualMachineInstanceMigrationPhaseTransitionTimestamp]] | None
    ) = pydantic.Field(default=None, alias="phaseTransitionTimestamps")
    synchronization_addresses: _base.Input[_base.InputList[str]] | None = pydantic.Field(
        default=None, alias="synchronizationAddresses"
    )


class VirtualMachineInstanceMigrationTarget(_base.KubeModel):
    migration_id: _base.Input[str] = pydantic.Field(alias="migrationID")


class VirtualMachineInstanceMigrationTargetState(_base.KubeModel):
    attachment_pod_uid: _base.Input[str] | None = pydantic.Field(default=None, alias="attachmentPodUID")
    cpu_set: _base.Input[_base.InputList[int]] | None = pydantic.Field(default=None, alias="cpuSet")
    direct_migration_node_ports: _base.Input[_base.InputMap[int]] | None = pydantic.Field(
        default=None, alias="directMigrationNodePorts"
    )
    domain_detected: _base.Input[bool] | None = pydantic.Field(default=None, alias="domainDetected")
    domain_name: _base.Input[str] | None = pydantic.Field(default=None, alias="domainName")
    domain_namespace: _base.Input[str] | None = pydantic.Field(default=None, alias="domainNamespace")
    domain_ready_timestamp: _base.Input[str] | None = pydantic.Field(
        default=None, alias="domainReadyTimestamp"
    )
    migration_uid: _base.Input[str] | None = pydantic.Field(default=None, alias="migrationUID")
    node: _base.Input[str] | None = pydantic.Field(default=None, alias="node")
    node_address: _base.Input[str] | None = pydantic.Field(default=None, alias="nodeAddress")
    node_topology: _base.Input[str] | None = pydantic.Field(default=None, alias="nodeTopology")
    persistent_state_pvc_name: _base.Input[str] | None = pydantic.Field(
        default=None, alias="persistentStatePVCName"
    )
    pod: _base.Input[str] | None = pydantic.Field(default=None, alias="pod")
    selinux_context: _base.Input[str] | None = pydantic.Field(default=None, alias="selinuxContext")
    sync_address: _base.Input[str] | None = pydantic.Field(default=None, alias="syncAddress")
    virtual_machine_instance_uid: _base.Input[str] | None = pydantic.Field(
        default=None, alias="virtualMachineInstanceUID"
    )


class VirtualMachineInstanceNetworkInterface(_base.KubeModel):
    info_source: _base.Input[str] | None = pydantic.Field(default=None, alias="infoSource")
    interface_name: _base.Input[str] | None = pydantic.Field(default=None, alias="interfaceName")
    ip_address: _base.Input[str] | None = pydantic.Field(default=None, alias="ipAddress")
    ip_addresses: _base.Input[_base.InputList[str]] | None = pydantic.Field(default=None, alias="ipAddresses")
    link_state: _base.Input[str] | None = pydantic.Field(default=None, alias="linkState")
    mac: _base.Input[str] | None = pydantic.Field(default=None, alias="mac")
    name: _base.Input[str] | None = pydantic.Field(default=None, alias="name")
    pod_interface_name: _base.Input[str] | None = pydantic.Field(default=None, alias="podInterfaceName")
    queue_count: _base.Input[int] | None = pydantic.Field(default=None, alias="queueCount")


class VirtualMachineInstancePhaseTransitionTimestamp(_base.KubeModel):
    phase: _base.Input[_enums.VMIPhase] | None = pydantic.Field(default=None, alias="phase")
    phase_transition_timestamp: _base.Input[str] | None = pydantic.Field(
        default=None, alias="phaseTransitionTimestamp"
    )


class VirtualMachineInstancePreset(_base.KubeModel):
    __kube_gvk__: ClassVar[tuple[str, str] | None] = ("kubevirt.io/v1", "VirtualMachineInstancePreset")
    api_version: _base.Input[str] | None = pydantic.Field(default=None, alias="apiVersion")
    kind: _base.Input[str] | None = pydantic.Field(default=None, alias="kind")
    metadata: _base.Input[k8s_meta_v1.ObjectMeta] | None = pydantic.Field(default=None, alias="metadata")
    spec: _base.Input[VirtualMachineInstancePresetSpec] | None = pydantic.Field(default=None, alias="spec")


class VirtualMachineInstancePresetList(_base.KubeModel):
    api_version: _base.Input[str] | None = pydantic.Field(default=None, alias="apiVersion")
    items: _base.Input[_base.InputList[VirtualMachineInstancePreset]] = pydantic.Field(alias="items")
    kind: _base.Input[str] | None = pydantic.Field(default=None, alias="kind")
    metadata: _base.Input[k8s_meta_v1.ListMeta] | None = pydantic.Field(default=None, alias="metadata")


class VirtualMachineInstancePresetSpec(_base.KubeModel):
    domain: _base.Input[DomainSpec] | None = pydantic.Field(default=None, alias="domain")
    selector: _base.Input[k8s_meta_v1.LabelSelector] = pydantic.Field(alias="selector")


class VirtualMachineInstanceProfile(_base.KubeModel):
    custom_profile: _base.Input[CustomProfile] | None = pydantic.Field(default=None, alias="customProfile")


class VirtualMachineInstanceReplicaSet(_base.KubeModel):
    __kube_gvk__: ClassVar[tuple[str, str] | None] = ("kubevirt.io/v1", "VirtualMachineInstanceReplicaSet")
    api_version: _base.Input[str] | None = pydantic.Field(default=None, alias="apiVersion")
    kind: _base.Input[str] | None = pydantic.Field(default=None, alias="kind")
    metadata: _base.Input[k8s_meta_v1.ObjectMeta] | None = pydantic.Field(default=None, alias="metadata")
    spec: _base.Input[VirtualMachineInstanceReplicaSetSpec] = pydantic.Field(alias="spec")
    status: _base.Input[VirtualMachineInstanceReplicaSetStatus] | None = pydantic.Field(
        default=None, alias="status"
    )


class VirtualMachineInstanceReplicaSetCondition(_base.KubeModel):
    last_probe_time: _base.Input[str] | None = pydantic.Field(default=None, alias="lastProbeTime")
    last_transition_time: _base.Input[str] | None = pydantic.Field(default=None, alias="lastTransitionTime")
    message: _base.Input[str] | None = pydantic.Field(default=None, alias="message")
    reason: _base.Input[str] | None = pydantic.Field(default=None, alias="reason")
    status: _base.Input[str] = pydantic.Field(alias="status")
    type: _base.Input[str] = pydantic.Field(alias="type")


class VirtualMachineInstanceReplicaSetList(_base.KubeModel):
    api_version: _base.Input[str] | None = pydantic.Field(default=None, alias="apiVersion")
    items: _base.Input[_base.InputList[VirtualMachineInstanceReplicaSet]] = pydantic.Field(alias="items")
    kind: _base.Input[str] | None = pydantic.Field(default=None, alias="kind")
    metadata: _base.Input[k8s_meta_v1.ListMeta] | None = pydantic.Field(default=None, alias="metadata")


class VirtualMachineInstanceReplicaSetSpec(_base.KubeModel):
    paused: _base.Input[bool] | None = pydantic.Field(default=None, alias="paused")
    replicas: _base.Input[int] | None = pydantic.Field(default=None, alias="replicas")
    selector: _base.Input[k8s_meta_v1.LabelSelector] = pydantic.Field(alias="selector")
    template: _base.Input[VirtualMachineInstanceTemplateSpec] = pydantic.Field(alias="template")


class VirtualMachineInstanceReplicaSetStatus(_base.KubeModel):
    conditions: _base.Input[_base.InputList[VirtualMachineInstanceReplicaSetCondition]] | None = (
        pydantic.Field(default=None, alias="conditions")
    )
    label_selector: _base.Input[str] | None = pydantic.Field(default=None, alias="labelSelector")
    ready_replicas: _base.Input[int] | None = pydantic.Field(default=None, alias="readyReplicas")
    replicas: _base.Input[int] | None = pydantic.Field(default=None, alias="replicas")


class VirtualMachineInstanceResourceClaim(_base.KubeModel):
    name: _base.Input[str] = pydantic.Field(alias="name")
    resource_claim_name: _base.Input[str] | None = pydantic.Field(default=None, alias="resourceClaimName")
    resource_claim_template_name: _base.Input[str] | None = pydantic.Field(
        default=None, alias="resourceClaimTemplateName"
    )


class VirtualMachineInstanceSpec(_base.KubeModel):
    access_credentials: _base.Input[_base.InputList[AccessCredential]] | None = pydantic.Field(
        default=None, alias="accessCredentials"
    )
    affinity: _base.Input[k8s_core_v1.Affinity] | None = pydantic.Field(default=None, alias="affinity")
    architecture: _base.Input[str] | None = pydantic.Field(default=None, alias="architecture")
    dns_config: _base.Input[k8s_core_v1.PodDNSConfig] | None = pydantic.Field(default=None, alias="dnsConfig")
    dns_policy: (
        _base.Input[Literal[
            "ClusterFirst",
            "ClusterFirstWithHostNet",
            "Default",
            "None",
        ]] | None
    ) = pydantic.Field(default=None, alias="dnsPolicy")
    domain: _base.Input[DomainSpec] = pydantic.Field(alias="domain")
    eviction_strategy: _base.Input[str] | None = pydantic.Field(default=None, alias="evictionStrategy")
    hostname: _base.Input[str] | None = pydantic.Field(default=None, alias="hostname")
    liveness_probe: _base.Input[Probe] | None = pydantic.Field(default=None, alias="livenessProbe")
    networks: _base.Input[_base.InputList[Network]] | None = pydantic.Field(default=None, alias="networks")
    node_selector: _base.Input[_base.InputMap[str]] | None = pydantic.Field(
        default=None, alias="nodeSelector"
    )
    priority_class_name: _base.Input[str] | None = pydantic.Field(default=None, alias="priorityClassName")
    readiness_probe: _base.Input[Probe] | None = pydantic.Field(default=None, alias="readinessProbe")
    resource_claims: _base.Input[_base.InputList[VirtualMachineInstanceResourceClaim]] | None = (
        pydantic.Field(default=None, alias="resourceClaims")
    )
    scheduler_name: _base.Input[str] | None = pydantic.Field(default=None, alias="schedulerName")
    service_account_name: _base.Input[str] | None = pydantic.Field(default=None, alias="serviceAccountName")
    start_strategy: _base.Input[str] | None = pydantic.Field(default=None, alias="startStrategy")
    subdomain: _base.Input[str] | None = pydantic.Field(default=None, alias="subdomain")
    termination_grace_period_seconds: _base.Input[int] | None = pydantic.Field(
        default=None, alias="terminationGracePeriodSeconds"
    )
    tolerations: _base.Input[_base.InputList[k8s_core_v1.Toleration]] | None = pydantic.Field(
        default=None, alias="tolerations"
    )
    topology_spread_constraints: _base.Input[_base.InputList[k8s_core_v1.TopologySpreadConstraint]] | None = (
        pydantic.Field(default=None, alias="topologySpreadConstraints")
    )
    utility_volumes: _base.Input[_base.InputList[UtilityVolume]] | None = pydantic.Field(
        default=None, alias="utilityVolumes"
    )
    volumes: _base.Input[_base.InputList[Volume]] | None = pydantic.Field(default=None, alias="volumes")


class VirtualMachineInstanceStatus(_base.KubeModel):
    vsock_cid: _base.Input[int] | None = pydantic.Field(default=None, alias="VSOCKCID")
    active_pods: _base.Input[_base.InputMap[str]] | None = pydantic.Field(default=None, alias="activePods")
    changed_block_tracking: _base.Input[ChangedBlockTrackingStatus] | None = pydantic.Field(
        default=None, alias="changedBlockTracking"
    )
    conditions: _base.Input[_base.InputList[VirtualMachineInstanceCondition]] | None = pydantic.Field(
        default=None, alias="conditions"
    )
    current_cpu_topology: _base.Input[CPUTopology] | None = pydantic.Field(
        default=None, alias="currentCPUTopology"
    )
    evacuation_node_name: _base.Input[str] | None = pydantic.Field(default=None, alias="evacuationNodeName")
    fs_freeze_status: _base.Input[str] | None = pydantic.Field(default=None, alias="fsFreezeStatus")
    guest_os_info: _base.Input[VirtualMachineInstanceGuestOSInfo] | None = pydantic.Field(
        default=None, alias="guestOSInfo"
    )
    interfaces: _base.Input[_base.InputList[VirtualMachineInstanceNetworkInterface]] | None = pydantic.Field(
        default=None, alias="interfaces"
    )
    kernel_boot_status: _base.Input[KernelBootStatus] | None = pydantic.Field(
        default=None, alias="kernelBootStatus"
    )
    launcher_container_image_version: _base.Input[str] | None = pydantic.Field(
        default=None, alias="launcherContainerImageVersion"
    )
    machine: _base.Input[Machine] | None = pydantic.Field(default=None, alias="machine")
    memory: _base.Input[MemoryStatus] | None = pydantic.Field(default=None, alias="memory")
    migrated_volumes: _base.Input[_base.InputList[StorageMigratedVolumeInfo]] | None = pydantic.Field(
        default=None, alias="migratedVolumes"
    )
    migration_method: _base.Input[str] | None = pydantic.Field(default=None, alias="migrationMethod")
    migration_state: _base.Input[VirtualMachineInstanceMigrationState] | None = pydantic.Field(
        default=None, alias="migrationState"
    )
    migration_transport: _base.Input[str] | None = pydantic.Field(default=None, alias="migrationTransport")
    node_name: _base.Input[str] | None = pydantic.Field(default=None, alias="nodeName")
    phase: _base.Input[_enums.VMIPhase] | None = pydantic.Field(default=None, alias="phase")
    phase_transition_timestamps: (
        _base.Input[_base.InputList[VirtualMachineInstancePhaseTransitionTimestamp]] | None
    ) = pydantic.Field(default=None, alias="phaseTransitionTimestamps")
    qos_class: _base.Input[Literal["BestEffort", "Burstable", "Guaranteed"]] | None = pydantic.Field(
        default=None, alias="qosClass"
    )
    reason: _base.Input[str] | None = pydantic.Field(default=None, alias="reason")
    runtime_user: _base.Input[int] | None = pydantic.Field(default=None, alias="runtimeUser")
    selinux_context: _base.Input[str] | None = pydantic.Field(default=None, alias="selinuxContext")
    topology_hints: _base.Input[TopologyHints] | None = pydantic.Field(default=None, alias="topologyHints")
    virtual_machine_revision_name: _base.Input[str] | None = pydantic.Field(
        default=None, alias="virtualMachineRevisionName"
    )
    volume_status: _base.Input[_base.InputList[VolumeStatus]] | None = pydantic.Field(
        default=None, alias="volumeStatus"
    )


class VirtualMachineInstanceTemplateSpec(_base.KubeModel):
    metadata: _base.Input[k8s_meta_v1.ObjectMeta] | None = pydantic.Field(default=None, alias="metadata")
    spec: _base.Input[VirtualMachineInstanceSpec] | None = pydantic.Field(default=None, alias="spec")


class VirtualMachineList(_base.KubeModel):
    api_version: _base.Input[str] | None = pydantic.Field(default=None, alias="apiVersion")
    items: _base.Input[_base.InputList[VirtualMachine]] = pydantic.Field(alias="items")
    kind: _base.Input[str] | None = pydantic.Field(default=None, alias="kind")
    metadata: _base.Input[k8s_meta_v1.ListMeta] | None = pydantic.Field(default=None, alias="metadata")


class VirtualMachineMemoryDumpRequest(_base.KubeModel):
    claim_name: _base.Input[str] = pydantic.Field(alias="claimName")
    end_timestamp: _base.Input[str] | None = pydantic.Field(default=None, alias="endTimestamp")
    file_name: _base.Input[str] | None = pydantic.Field(default=None, alias="fileName")
    message: _base.Input[str] | None = pydantic.Field(default=None, alias="message")
    phase: _base.Input[str] = pydantic.Field(alias="phase")
    remove: _base.Input[bool] | None = pydantic.Field(default=None, alias="remove")
    start_timestamp: _base.Input[str] | None = pydantic.Field(default=None, alias="startTimestamp")


class VirtualMachineOptions(_base.KubeModel):
    disable_free_page_reporting: _base.Input[DisableFreePageReporting] | None = pydantic.Field(
        default=None, alias="disableFreePageReporting"
    )
    disable_serial_console_log: _base.Input[DisableSerialConsoleLog] | None = pydantic.Field(
        default=None, alias="disableSerialConsoleLog"
    )


class VirtualMachineSpec(_base.KubeModel):
    data_volume_templates: _base.Input[_base.InputList[DataVolumeTemplateSpec]] | None = pydantic.Field(
        default=None, alias="dataVolumeTemplates"
    )
    instancetype: _base.Input[InstancetypeMatcher] | None = pydantic.Field(default=None, alias="instancetype")
    preference: _base.Input[PreferenceMatcher] | None = pydantic.Field(default=None, alias="preference")
    run_strategy: _base.Input[_enums.RunStrategy] | None = pydantic.Field(default=None, alias="runStrategy")
    running: _base.Input[bool] | None = pydantic.Field(default=None, alias="running")
    template: _base.Input[VirtualMachineInstanceTemplateSpec] = pydantic.Field(alias="template")
    update_volumes_strategy: _base.Input[str] | None = pydantic.Field(
        default=None, alias="updateVolumesStrategy"
    )


class VirtualMachineStartFailure(_base.KubeModel):
    consecutive_fail_count: _base.Input[int] | None = pydantic.Field(
        default=None, alias="consecutiveFailCount"
    )
    last_failed_vmiuid: _base.Input[str] | None = pydantic.Field(default=None, alias="lastFailedVMIUID")
    retry_after_timestamp: _base.Input[str] | None = pydantic.Field(default=None, alias="retryAfterTimestamp")


class VirtualMachineStateChangeRequest(_base.KubeModel):
    action: _base.Input[str] = pydantic.Field(alias="action")
    data: _base.Input[_base.InputMap[str]] | None = pydantic.Field(default=None, alias="data")
    uid: _base.Input[str] | None = pydantic.Field(default=None, alias="uid")


class VirtualMachineStatus(_base.KubeModel):
    changed_block_tracking: _base.Input[ChangedBlockTrackingStatus] | None = pydantic.Field(
        default=None, alias="changedBlockTracking"
    )
    conditions: _base.Input[_base.InputList[VirtualMachineCondition]] | None = pydantic.Field(
        default=None, alias="conditions"
    )
    created: _base.Input[bool] | None = pydantic.Field(default=None, alias="created")
    desired_generation: _base.Input[int] | None = pydantic.Field(default=None, alias="desiredGeneration")
    instancetype_ref: _base.Input[InstancetypeStatusRef] | None = pydantic.Field(
        default=None, alias="instancetypeRef"
    )
    memory_dump_request: _base.Input[VirtualMachineMemoryDumpRequest] | None = pydantic.Field(
        default=None, alias="memoryDumpRequest"
    )
    observed_generation: _base.Input[int] | None = pydantic.Field(default=None, alias="observedGeneration")
    preference_ref: _base.Input[InstancetypeStatusRef] | None = pydantic.Field(
        default=None, alias="preferenceRef"
    )
    printable_status: _base.Input[_enums.PrintableStatus] | None = pydantic.Field(
        default=None, alias="printableStatus"
    )
    ready: _base.Input[bool] | None = pydantic.Field(default=None, alias="ready")
    restore_in_progress: _base.Input[str] | None = pydantic.Field(default=None, alias="restoreInProgress")
    run_strategy: _base.Input[_enums.RunStrategy] | None = pydantic.Field(default=None, alias="runStrategy")
    snapshot_in_progress: _base.Input[str] | None = pydantic.Field(default=None, alias="snapshotInProgress")
    start_failure: _base.Input[VirtualMachineStartFailure] | None = pydantic.Field(
        default=None, alias="startFailure"
    )
    state_change_requests: _base.Input[_base.InputList[VirtualMachineStateChangeRequest]] | None = (
        pydantic.Field(default=None, alias="stateChangeRequests")
    )
    volume_requests: _base.Input[_base.InputList[VirtualMachineVolumeRequest]] | None = pydantic.Field(
        default=None, alias="volumeRequests"
    )
    volume_snapshot_statuses: _base.Input[_base.InputList[VolumeSnapshotStatus]] | None = pydantic.Field(
        default=None, alias="volumeSnapshotStatuses"
    )
    volume_update_state: _base.Input[VolumeUpdateState] | None = pydantic.Field(
        default=None, alias="volumeUpdateState"
    )


class VirtualMachineVolumeRequest(_base.KubeModel):
    add_volume_options: _base.Input[AddVolumeOptions] | None = pydantic.Field(
        default=None, alias="addVolumeOptions"
    )
    remove_volume_options: _base.Input[RemoveVolumeOptions] | None = pydantic.Field(
        default=None, alias="removeVolumeOptions"
    )


class Volume(_base.KubeModel):
    cloud_init_config_drive: _base.Input[CloudInitConfigDriveSource] | None = pydantic.Field(
        default=None, alias="cloudInitConfigDrive"
    )
    cloud_init_no_cloud: _base.Input[CloudInitNoCloudSource] | None = pydantic.Field(
        default=None, alias="cloudInitNoCloud"
    )
    config_map: _base.Input[ConfigMapVolumeSource] | None = pydantic.Field(default=None, alias="configMap")
    container_disk: _base.Input[ContainerDiskSource] | None = pydantic.Field(
        default=None, alias="containerDisk"
    )
    container_path: _base.Input[ContainerPathVolumeSource] | None = pydantic.Field(
        default=None, alias="containerPath"
    )
    data_volume: _base.Input[DataVolumeSource] | None = pydantic.Field(default=None, alias="dataVolume")
    downward_api: _base.Input[DownwardAPIVolumeSource] | None = pydantic.Field(
        default=None, alias="downwardAPI"
    )
    downward_metrics: _base.Input[DownwardMetricsVolumeSource] | None = pydantic.Field(
        default=None, alias="downwardMetrics"
    )
    empty_disk: _base.Input[EmptyDiskSource] | None = pydantic.Field(default=None, alias="emptyDisk")
    ephemeral: _base.Input[EphemeralVolumeSource] | None = pydantic.Field(default=None, alias="ephemeral")
    host_disk: _base.Input[HostDisk] | None = pydantic.Field(default=None, alias="hostDisk")
    memory_dump: _base.Input[MemoryDumpVolumeSource] | None = pydantic.Field(default=None, alias="memoryDump")
    name: _base.Input[str] = pydantic.Field(alias="name")
    persistent_volume_claim: _base.Input[PersistentVolumeClaimVolumeSource] | None = pydantic.Field(
        default=None, alias="persistentVolumeClaim"
    )
    secret: _base.Input[SecretVolumeSource] | None = pydantic.Field(default=None, alias="secret")
    service_account: _base.Input[ServiceAccountVolumeSource] | None = pydantic.Field(
        default=None, alias="serviceAccount"
    )
    sysprep: _base.Input[SysprepSource] | None = pydantic.Field(default=None, alias="sysprep")


class VolumeMigrationState(_base.KubeModel):
    migrated_volumes: _base.Input[_base.InputList[StorageMigratedVolumeInfo]] | None = pydantic.Field(
        default=None, alias="migratedVolumes"
    )


class VolumeSnapshotStatus(_base.KubeModel):
    enabled: _base.Input[bool] = pydantic.Field(alias="enabled")
    name: _base.Input[str] = pydantic.Field(alias="name")
    reason: _base.Input[str] | None = pydantic.Field(default=None, alias="reason")


class VolumeStatus(_base.KubeModel):
    container_disk_volume: _base.Input[ContainerDiskInfo] | None = pydantic.Field(
        default=None, alias="containerDiskVolume"
    )
    hotplug_volume: _base.Input[HotplugVolumeStatus] | None = pydantic.Field(
        default=None, alias="hotplugVolume"
    )
    memory_dump_volume: _base.Input[DomainMemoryDumpInfo] | None = pydantic.Field(
        default=None, alias="memoryDumpVolume"
    )
    message: _base.Input[str] | None = pydantic.Field(default=None, alias="message")
    name: _base.Input[str] = pydantic.Field(alias="name")
    persistent_volume_claim_info: _base.Input[PersistentVolumeClaimInfo] | None = pydantic.Field(
        default=None, alias="persistentVolumeClaimInfo"
    )
    phase: _base.Input[str] | None = pydantic.Field(default=None, alias="phase")
    reason: _base.Input[str] | None = pydantic.Field(default=None, alias="reason")
    size: _base.Input[int] | None = pydantic.Field(default=None, alias="size")
    target: _base.Input[str] = pydantic.Field(alias="target")


class VolumeUpdateState(_base.KubeModel):
    volume_migration_state: _base.Input[VolumeMigrationState] | None = pydantic.Field(
        default=None, alias="volumeMigrationState"
    )


class Watchdog(_base.KubeModel):
    diag288: _base.Input[Diag288Watchdog] | None = pydantic.Field(default=None, alias="diag288")
    i6300esb: _base.Input[I6300ESBWatchdog] | None = pydantic.Field(default=None, alias="i6300esb")
    name: _base.Input[str] = pydantic.Field(alias="name")


from pulumi_kubevirt_models.generated import (  # noqa: E402  (cyclic; see above)
    k8s_core_v1,
    k8s_meta_v1,
    kubevirt_v1alpha1,
    kubevirt_v1beta1,
)
