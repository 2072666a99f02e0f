# generated — regenerate, don't edit
# Written by scripts/codegen/generate.py from
#   cdi-v1.66.0/swagger.json (sha256 b4425aa983c0493a)
"""CDI (Containerized Data Importer) v1beta1 API types."""

from __future__ import annotations

from typing import ClassVar, Literal

import pydantic

from pulumi_kubevirt_models import base, enums

__all__ = [
    "CDI",
    "CDICertConfig",
    "CDIConfig",
    "CDIConfigList",
    "CDIConfigSpec",
    "CDIConfigStatus",
    "CDIList",
    "CDISpec",
    "CDIStatus",
    "CertConfig",
    "ComponentConfig",
    "CustomTLSProfile",
    "CustomizeComponents",
    "CustomizeComponentsPatch",
    "DataImportCron",
    "DataImportCronCondition",
    "DataImportCronList",
    "DataImportCronSpec",
    "DataImportCronStatus",
    "DataSource",
    "DataSourceCondition",
    "DataSourceList",
    "DataSourceRefSourceDataSource",
    "DataSourceSource",
    "DataSourceSpec",
    "DataSourceStatus",
    "DataVolume",
    "DataVolumeBlankImage",
    "DataVolumeCheckpoint",
    "DataVolumeCondition",
    "DataVolumeList",
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
    "DataVolumeStatus",
    "FilesystemOverhead",
    "Flags",
    "ImportProxy",
    "ImportStatus",
    "IntermediateTLSProfile",
    "ModernTLSProfile",
    "NodePlacement",
    "OldTLSProfile",
    "PlatformOptions",
    "StorageSpec",
    "TLSSecurityProfile",
    "UploadTokenRequest",
    "UploadTokenRequestSpec",
    "UploadTokenRequestStatus",
]


class CDI(base.KubeModel):
    __kube_gvk__: ClassVar[tuple[str, str] | None] = ("cdi.kubevirt.io/v1beta1", "CDI")
    api_version: base.Input[str] | None = pydantic.Field(default=None, alias="apiVersion")
    kind: base.Input[str] | None = pydantic.Field(default=None, alias="kind")
    metadata: base.Input[k8s_meta_v1.ObjectMeta] | None = pydantic.Field(default=None, alias="metadata")
    spec: base.Input[CDISpec] = pydantic.Field(alias="spec")
    status: base.Input[CDIStatus] | None = pydantic.Field(default=None, alias="status")


class CDICertConfig(base.KubeModel):
    ca: base.Input[CertConfig] | None = pydantic.Field(default=None, alias="ca")
    client: base.Input[CertConfig] | None = pydantic.Field(default=None, alias="client")
    server: base.Input[CertConfig] | None = pydantic.Field(default=None, alias="server")


class CDIConfig(base.KubeModel):
    __kube_gvk__: ClassVar[tuple[str, str] | None] = ("cdi.kubevirt.io/v1beta1", "CDIConfig")
    api_version: base.Input[str] | None = pydantic.Field(default=None, alias="apiVersion")
    kind: base.Input[str] | None = pydantic.Field(default=None, alias="kind")
    metadata: base.Input[k8s_meta_v1.ObjectMeta] | None = pydantic.Field(default=None, alias="metadata")
    spec: base.Input[CDIConfigSpec] = pydantic.Field(alias="spec")
    status: base.Input[CDIConfigStatus] | None = pydantic.Field(default=None, alias="status")


class CDIConfigList(base.KubeModel):
    api_version: base.Input[str] | None = pydantic.Field(default=None, alias="apiVersion")
    items: base.Input[base.InputList[CDIConfig]] = pydantic.Field(alias="items")
    kind: base.Input[str] | None = pydantic.Field(default=None, alias="kind")
    metadata: base.Input[k8s_meta_v1.ListMeta] = pydantic.Field(alias="metadata")


class CDIConfigSpec(base.KubeModel):
    data_volume_ttl_seconds: base.Input[int] | None = pydantic.Field(
        default=None, alias="dataVolumeTTLSeconds"
    )
    feature_gates: base.Input[base.InputList[str]] | None = pydantic.Field(default=None, alias="featureGates")
    filesystem_overhead: base.Input[FilesystemOverhead] | None = pydantic.Field(
        default=None, alias="filesystemOverhead"
    )
    image_pull_secrets: base.Input[base.InputList[k8s_core_v1.LocalObjectReference]] | None = pydantic.Field(
        default=None, alias="imagePullSecrets"
    )
    import_proxy: base.Input[ImportProxy] | None = pydantic.Field(default=None, alias="importProxy")
    insecure_registries: base.Input[base.InputList[str]] | None = pydantic.Field(
        default=None, alias="insecureRegistries"
    )
    log_verbosity: base.Input[int] | None = pydantic.Field(default=None, alias="logVerbosity")
    pod_resource_requirements: base.Input[cdi_k8s_v1.ResourceRequirements] | None = pydantic.Field(
        default=None, alias="podResourceRequirements"
    )
    preallocation: base.Input[bool] | None = pydantic.Field(default=None, alias="preallocation")
    scratch_space_storage_class: base.Input[str] | None = pydantic.Field(
        default=None, alias="scratchSpaceStorageClass"
    )
    tls_security_profile: base.Input[TLSSecurityProfile] | None = pydantic.Field(
        default=None, alias="tlsSecurityProfile"
    )
    upload_proxy_url_override: base.Input[str] | None = pydantic.Field(
        default=None, alias="uploadProxyURLOverride"
    )
    webhook_pvc_rendering: base.Input[str] | None = pydantic.Field(default=None, alias="webhookPvcRendering")


class CDIConfigStatus(base.KubeModel):
    default_pod_resource_requirements: base.Input[cdi_k8s_v1.ResourceRequirements] | None = pydantic.Field(
        default=None, alias="defaultPodResourceRequirements"
    )
    filesystem_overhead: base.Input[FilesystemOverhead] | None = pydantic.Field(
        default=None, alias="filesystemOverhead"
    )
    image_pull_secrets: base.Input[base.InputList[k8s_core_v1.LocalObjectReference]] | None = pydantic.Field(
        default=None, alias="imagePullSecrets"
    )
    import_proxy: base.Input[ImportProxy] | None = pydantic.Field(default=None, alias="importProxy")
    preallocation: base.Input[bool] | None = pydantic.Field(default=None, alias="preallocation")
    scratch_space_storage_class: base.Input[str] | None = pydantic.Field(
        default=None, alias="scratchSpaceStorageClass"
    )
    upload_proxy_ca: base.Input[str] | None = pydantic.Field(default=None, alias="uploadProxyCA")
    upload_proxy_url: base.Input[str] | None = pydantic.Field(default=None, alias="uploadProxyURL")


class CDIList(base.KubeModel):
    api_version: base.Input[str] | None = pydantic.Field(default=None, alias="apiVersion")
    items: base.Input[base.InputList[CDI]] = pydantic.Field(alias="items")
    kind: base.Input[str] | None = pydantic.Field(default=None, alias="kind")
    metadata: base.Input[k8s_meta_v1.ListMeta] = pydantic.Field(alias="metadata")


class CDISpec(base.KubeModel):
    cert_config: base.Input[CDICertConfig] | None = pydantic.Field(default=None, alias="certConfig")
    clone_strategy_override: base.Input[str] | None = pydantic.Field(
        default=None, alias="cloneStrategyOverride"
    )
    config: base.Input[CDIConfigSpec] | None = pydantic.Field(default=None, alias="config")
    customize_components: base.Input[CustomizeComponents] | None = pydantic.Field(
        default=None, alias="customizeComponents"
    )
    image_pull_policy: base.Input[Literal["Always", "IfNotPresent", "Never"]] | None = pydantic.Field(
        default=None, alias="imagePullPolicy"
    )
    infra: base.Input[ComponentConfig] | None = pydantic.Field(default=None, alias="infra")
    priority_class: base.Input[str] | None = pydantic.Field(default=None, alias="priorityClass")
    uninstall_strategy: base.Input[str] | None = pydantic.Field(default=None, alias="uninstallStrategy")
    workload: base.Input[NodePlacement] | None = pydantic.Field(default=None, alias="workload")


class CDIStatus(base.KubeModel):
    conditions: base.Input[base.InputList[cdi_k8s_v1.Condition]] | None = pydantic.Field(
        default=None, alias="conditions"
    )
    observed_version: base.Input[str] | None = pydantic.Field(default=None, alias="observedVersion")
    operator_version: base.Input[str] | None = pydantic.Field(default=None, alias="operatorVersion")
    phase: base.Input[str] | None = pydantic.Field(default=None, alias="phase")
    target_version: base.Input[str] | None = pydantic.Field(default=None, alias="targetVersion")


class CertConfig(base.KubeModel):
    duration: base.Input[str] | None = pydantic.Field(default=None, alias="duration")
    renew_before: base.Input[str] | None = pydantic.Field(default=None, alias="renewBefore")


class ComponentConfig(base.KubeModel):
    affinity: base.Input[k8s_core_v1.Affinity] | None = pydantic.Field(default=None, alias="affinity")
    api_server_replicas: base.Input[int] | None = pydantic.Field(default=None, alias="apiServerReplicas")
    deployment_replicas: base.Input[int] | None = pydantic.Field(default=None, alias="deploymentReplicas")
    node_selector: base.Input[base.InputMap[str]] | None = pydantic.Field(default=None, alias="nodeSelector")
    tolerations: base.Input[base.InputList[k8s_core_v1.Toleration]] | None = pydantic.Field(
        default=None, alias="tolerations"
    )
    upload_proxy_replicas: base.Input[int] | None = pydantic.Field(default=None, alias="uploadProxyReplicas")


class CustomTLSProfile(base.KubeModel):
    ciphers: base.Input[base.InputList[str]] = pydantic.Field(alias="ciphers")
    min_tls_version: base.Input[str] = pydantic.Field(alias="minTLSVersion")


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


class DataImportCron(base.KubeModel):
    __kube_gvk__: ClassVar[tuple[str, str] | None] = ("cdi.kubevirt.io/v1beta1", "DataImportCron")
    api_version: base.Input[str] | None = pydantic.Field(default=None, alias="apiVersion")
    kind: base.Input[str] | None = pydantic.Field(default=None, alias="kind")
    metadata: base.Input[k8s_meta_v1.ObjectMeta] | None = pydantic.Field(default=None, alias="metadata")
    spec: base.Input[DataImportCronSpec] = pydantic.Field(alias="spec")
    status: base.Input[DataImportCronStatus] | None = pydantic.Field(default=None, alias="status")


class DataImportCronCondition(base.KubeModel):
    last_heartbeat_time: base.Input[str] | None = pydantic.Field(default=None, alias="lastHeartbeatTime")
    last_transition_time: base.Input[str] | None = pydantic.Field(default=None, alias="lastTransitionTime")
    message: base.Input[str] | None = pydantic.Field(default=None, alias="message")
    reason: base.Input[str] | None = pydantic.Field(default=None, alias="reason")
    status: base.Input[str] = pydantic.Field(alias="status")
    type: base.Input[str] = pydantic.Field(alias="type")


class DataImportCronList(base.KubeModel):
    api_version: base.Input[str] | None = pydantic.Field(default=None, alias="apiVersion")
    items: base.Input[base.InputList[DataImportCron]] = pydantic.Field(alias="items")
    kind: base.Input[str] | None = pydantic.Field(default=None, alias="kind")
    metadata: base.Input[k8s_meta_v1.ListMeta] = pydantic.Field(alias="metadata")


class DataImportCronSpec(base.KubeModel):
    garbage_collect: base.Input[str] | None = pydantic.Field(default=None, alias="garbageCollect")
    imports_to_keep: base.Input[int] | None = pydantic.Field(default=None, alias="importsToKeep")
    managed_data_source: base.Input[str] = pydantic.Field(alias="managedDataSource")
    retention_policy: base.Input[str] | None = pydantic.Field(default=None, alias="retentionPolicy")
    schedule: base.Input[str] = pydantic.Field(alias="schedule")
    service_account_name: base.Input[str] | None = pydantic.Field(default=None, alias="serviceAccountName")
    template: base.Input[DataVolume] = pydantic.Field(alias="template")


class DataImportCronStatus(base.KubeModel):
    conditions: base.Input[base.InputList[DataImportCronCondition]] | None = pydantic.Field(
        default=None, alias="conditions"
    )
    current_imports: base.Input[base.InputList[ImportStatus]] | None = pydantic.Field(
        default=None, alias="currentImports"
    )
    last_execution_timestamp: base.Input[str] | None = pydantic.Field(
        default=None, alias="lastExecutionTimestamp"
    )
    last_import_timestamp: base.Input[str] | None = pydantic.Field(default=None, alias="lastImportTimestamp")
    last_imported_pvc: base.Input[DataVolumeSourcePVC] | None = pydantic.Field(
        default=None, alias="lastImportedPVC"
    )
    source_format: base.Input[str] | None = pydantic.Field(default=None, alias="sourceFormat")


class DataSource(base.KubeModel):
    __kube_gvk__: ClassVar[tuple[str, str] | None] = ("cdi.kubevirt.io/v1beta1", "DataSource")
    api_version: base.Input[str] | None = pydantic.Field(default=None, alias="apiVersion")
    kind: base.Input[str] | None = pydantic.Field(default=None, alias="kind")
    metadata: base.Input[k8s_meta_v1.ObjectMeta] | None = pydantic.Field(default=None, alias="metadata")
    spec: base.Input[DataSourceSpec] = pydantic.Field(alias="spec")
    status: base.Input[DataSourceStatus] | None = pydantic.Field(default=None, alias="status")


class DataSourceCondition(base.KubeModel):
    last_heartbeat_time: base.Input[str] | None = pydantic.Field(default=None, alias="lastHeartbeatTime")
    last_transition_time: base.Input[str] | None = pydantic.Field(default=None, alias="lastTransitionTime")
    message: base.Input[str] | None = pydantic.Field(default=None, alias="message")
    reason: base.Input[str] | None = pydantic.Field(default=None, alias="reason")
    status: base.Input[str] = pydantic.Field(alias="status")
    type: base.Input[str] = pydantic.Field(alias="type")


class DataSourceList(base.KubeModel):
    api_version: base.Input[str] | None = pydantic.Field(default=None, alias="apiVersion")
    items: base.Input[base.InputList[DataSource]] = pydantic.Field(alias="items")
    kind: base.Input[str] | None = pydantic.Field(default=None, alias="kind")
    metadata: base.Input[k8s_meta_v1.ListMeta] = pydantic.Field(alias="metadata")


class DataSourceRefSourceDataSource(base.KubeModel):
    name: base.Input[str] = pydantic.Field(alias="name")
    namespace: base.Input[str] = pydantic.Field(alias="namespace")


class DataSourceSource(base.KubeModel):
    data_source: base.Input[DataSourceRefSourceDataSource] | None = pydantic.Field(
        default=None, alias="dataSource"
    )
    pvc: base.Input[DataVolumeSourcePVC] | None = pydantic.Field(default=None, alias="pvc")
    snapshot: base.Input[DataVolumeSourceSnapshot] | None = pydantic.Field(default=None, alias="snapshot")


class DataSourceSpec(base.KubeModel):
    source: base.Input[DataSourceSource] = pydantic.Field(alias="source")


class DataSourceStatus(base.KubeModel):
    conditions: base.Input[base.InputList[DataSourceCondition]] | None = pydantic.Field(
        default=None, alias="conditions"
    )
    source: base.Input[DataSourceSource] | None = pydantic.Field(default=None, alias="source")


class DataVolume(base.KubeModel):
    __kube_gvk__: ClassVar[tuple[str, str] | None] = ("cdi.kubevirt.io/v1beta1", "DataVolume")
    api_version: base.Input[str] | None = pydantic.Field(default=None, alias="apiVersion")
    kind: base.Input[str] | None = pydantic.Field(default=None, alias="kind")
    metadata: base.Input[k8s_meta_v1.ObjectMeta] | None = pydantic.Field(default=None, alias="metadata")
    spec: base.Input[DataVolumeSpec] = pydantic.Field(alias="spec")
    status: base.Input[DataVolumeStatus] | None = pydantic.Field(default=None, alias="status")


class DataVolumeBlankImage(base.KubeModel):
    pass


class DataVolumeCheckpoint(base.KubeModel):
    current: base.Input[str] = pydantic.Field(alias="current")
    previous: base.Input[str] = pydantic.Field(alias="previous")


class DataVolumeCondition(base.KubeModel):
    last_heartbeat_time: base.Input[str] | None = pydantic.Field(default=None, alias="lastHeartbeatTime")
    last_transition_time: base.Input[str] | None = pydantic.Field(default=None, alias="lastTransitionTime")
    message: base.Input[str] | None = pydantic.Field(default=None, alias="message")
    reason: base.Input[str] | None = pydantic.Field(default=None, alias="reason")
    status: base.Input[str] = pydantic.Field(alias="status")
    type: base.Input[str] = pydantic.Field(alias="type")


class DataVolumeList(base.KubeModel):
    api_version: base.Input[str] | None = pydantic.Field(default=None, alias="apiVersion")
    items: base.Input[base.InputList[DataVolume]] = pydantic.Field(alias="items")
    kind: base.Input[str] | None = pydantic.Field(default=None, alias="kind")
    metadata: base.Input[k8s_meta_v1.ListMeta] = pydantic.Field(alias="metadata")


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
    checksum: base.Input[str] | None = pydantic.Field(default=None, alias="checksum")
    extra_headers: base.Input[base.InputList[str]] | None = pydantic.Field(default=None, alias="extraHeaders")
    insecure_skip_verify: base.Input[bool] | None = pydantic.Field(default=None, alias="insecureSkipVerify")
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
    cert_config_map: base.Input[str] | None = pydantic.Field(default=None, alias="certConfigMap")
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
    service_account_name: base.Input[str] | None = pydantic.Field(default=None, alias="serviceAccountName")
    source: base.Input[DataVolumeSource] | None = pydantic.Field(default=None, alias="source")
    source_ref: base.Input[DataVolumeSourceRef] | None = pydantic.Field(default=None, alias="sourceRef")
    storage: base.Input[StorageSpec] | None = pydantic.Field(default=None, alias="storage")


class DataVolumeStatus(base.KubeModel):
    claim_name: base.Input[str] | None = pydantic.Field(default=None, alias="claimName")
    conditions: base.Input[base.InputList[DataVolumeCondition]] | None = pydantic.Field(
        default=None, alias="conditions"
    )
    phase: base.Input[enums.DataVolumePhase] | None = pydantic.Field(default=None, alias="phase")
    progress: base.Input[str] | None = pydantic.Field(default=None, alias="progress")
    restart_count: base.Input[int] | None = pydantic.Field(default=None, alias="restartCount")


class FilesystemOverhead(base.KubeModel):
    global_: base.Input[str] | None = pydantic.Field(default=None, alias="global")
    storage_class: base.Input[base.InputMap[str]] | None = pydantic.Field(default=None, alias="storageClass")


class Flags(base.KubeModel):
    api: base.Input[base.InputMap[str]] | None = pydantic.Field(default=None, alias="api")
    controller: base.Input[base.InputMap[str]] | None = pydantic.Field(default=None, alias="controller")
    upload_proxy: base.Input[base.InputMap[str]] | None = pydantic.Field(default=None, alias="uploadProxy")


class ImportProxy(base.KubeModel):
    http_proxy: base.Input[str] | None = pydantic.Field(default=None, alias="HTTPProxy")
    https_proxy: base.Input[str] | None = pydantic.Field(default=None, alias="HTTPSProxy")
    no_proxy: base.Input[str] | None = pydantic.Field(default=None, alias="noProxy")
    trusted_ca_proxy: base.Input[str] | None = pydantic.Field(default=None, alias="trustedCAProxy")


class ImportStatus(base.KubeModel):
    data_volume_name: base.Input[str] = pydantic.Field(alias="DataVolumeName")
    digest: base.Input[str] = pydantic.Field(alias="Digest")


class IntermediateTLSProfile(base.KubeModel):
    pass


class ModernTLSProfile(base.KubeModel):
    pass


class NodePlacement(base.KubeModel):
    affinity: base.Input[k8s_core_v1.Affinity] | None = pydantic.Field(default=None, alias="affinity")
    node_selector: base.Input[base.InputMap[str]] | None = pydantic.Field(default=None, alias="nodeSelector")
    tolerations: base.Input[base.InputList[k8s_core_v1.Toleration]] | None = pydantic.Field(
        default=None, alias="tolerations"
    )


class OldTLSProfile(base.KubeModel):
    pass


class PlatformOptions(base.KubeModel):
    architecture: base.Input[str] | None = pydantic.Field(default=None, alias="architecture")


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


class TLSSecurityProfile(base.KubeModel):
    custom: base.Input[CustomTLSProfile] | None = pydantic.Field(default=None, alias="custom")
    intermediate: base.Input[IntermediateTLSProfile] | None = pydantic.Field(
        default=None, alias="intermediate"
    )
    modern: base.Input[ModernTLSProfile] | None = pydantic.Field(default=None, alias="modern")
    old: base.Input[OldTLSProfile] | None = pydantic.Field(default=None, alias="old")
    type: base.Input[str] | None = pydantic.Field(default=None, alias="type")


class UploadTokenRequest(base.KubeModel):
    api_version: base.Input[str] | None = pydantic.Field(default=None, alias="apiVersion")
    kind: base.Input[str] | None = pydantic.Field(default=None, alias="kind")
    metadata: base.Input[k8s_meta_v1.ObjectMeta] = pydantic.Field(alias="metadata")
    spec: base.Input[UploadTokenRequestSpec] = pydantic.Field(alias="spec")
    status: base.Input[UploadTokenRequestStatus] = pydantic.Field(alias="status")


class UploadTokenRequestSpec(base.KubeModel):
    pvc_name: base.Input[str] = pydantic.Field(alias="pvcName")


class UploadTokenRequestStatus(base.KubeModel):
    token: base.Input[str] | None = pydantic.Field(default=None, alias="token")


from pulumi_kubevirt_models.generated import (  # noqa: E402  (cyclic; see above)
    cdi_k8s_v1,
    k8s_core_v1,
    k8s_meta_v1,
)
