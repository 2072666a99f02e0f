# generated — regenerate, don't edit
# Written by scripts/codegen/generate.py from
#   cdi-v1.66.0/swagger.json (sha256 b4425aa983c0493a)
"""CDI (Containerized Data Importer) v1beta1 API types."""

from __future__ import annotations

from typing import ClassVar, Literal

import pydantic

from pulumi_kubevirt.models import _base, _enums

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


class CDI(_base.KubeModel):
    __kube_gvk__: ClassVar[tuple[str, str] | None] = ("cdi.kubevirt.io/v1beta1", "CDI")
    api_version: str | None = pydantic.Field(default=None, alias="apiVersion")
    kind: str | None = pydantic.Field(default=None, alias="kind")
    metadata: k8s_meta_v1.ObjectMeta | None = pydantic.Field(default=None, alias="metadata")
    spec: CDISpec = pydantic.Field(alias="spec")
    status: CDIStatus | None = pydantic.Field(default=None, alias="status")


class CDICertConfig(_base.KubeModel):
    ca: CertConfig | None = pydantic.Field(default=None, alias="ca")
    client: CertConfig | None = pydantic.Field(default=None, alias="client")
    server: CertConfig | None = pydantic.Field(default=None, alias="server")


class CDIConfig(_base.KubeModel):
    __kube_gvk__: ClassVar[tuple[str, str] | None] = ("cdi.kubevirt.io/v1beta1", "CDIConfig")
    api_version: str | None = pydantic.Field(default=None, alias="apiVersion")
    kind: str | None = pydantic.Field(default=None, alias="kind")
    metadata: k8s_meta_v1.ObjectMeta | None = pydantic.Field(default=None, alias="metadata")
    spec: CDIConfigSpec = pydantic.Field(alias="spec")
    status: CDIConfigStatus | None = pydantic.Field(default=None, alias="status")


class CDIConfigList(_base.KubeModel):
    api_version: str | None = pydantic.Field(default=None, alias="apiVersion")
    items: list[CDIConfig] = pydantic.Field(alias="items")
    kind: str | None = pydantic.Field(default=None, alias="kind")
    metadata: k8s_meta_v1.ListMeta = pydantic.Field(alias="metadata")


class CDIConfigSpec(_base.KubeModel):
    data_volume_ttl_seconds: int | None = pydantic.Field(default=None, alias="dataVolumeTTLSeconds")
    feature_gates: list[str] | None = pydantic.Field(default=None, alias="featureGates")
    filesystem_overhead: FilesystemOverhead | None = pydantic.Field(default=None, alias="filesystemOverhead")
    image_pull_secrets: list[k8s_core_v1.LocalObjectReference] | None = pydantic.Field(
        default=None, alias="imagePullSecrets"
    )
    import_proxy: ImportProxy | None = pydantic.Field(default=None, alias="importProxy")
    insecure_registries: list[str] | None = pydantic.Field(default=None, alias="insecureRegistries")
    log_verbosity: int | None = pydantic.Field(default=None, alias="logVerbosity")
    pod_resource_requirements: cdi_k8s_v1.ResourceRequirements | None = pydantic.Field(
        default=None, alias="podResourceRequirements"
    )
    preallocation: bool | None = pydantic.Field(default=None, alias="preallocation")
    scratch_space_storage_class: str | None = pydantic.Field(default=None, alias="scratchSpaceStorageClass")
    tls_security_profile: TLSSecurityProfile | None = pydantic.Field(default=None, alias="tlsSecurityProfile")
    upload_proxy_url_override: str | None = pydantic.Field(default=None, alias="uploadProxyURLOverride")
    webhook_pvc_rendering: str | None = pydantic.Field(default=None, alias="webhookPvcRendering")


class CDIConfigStatus(_base.KubeModel):
    default_pod_resource_requirements: cdi_k8s_v1.ResourceRequirements | None = pydantic.Field(
        default=None, alias="defaultPodResourceRequirements"
    )
    filesystem_overhead: FilesystemOverhead | None = pydantic.Field(default=None, alias="filesystemOverhead")
    image_pull_secrets: list[k8s_core_v1.LocalObjectReference] | None = pydantic.Field(
        default=None, alias="imagePullSecrets"
    )
    import_proxy: ImportProxy | None = pydantic.Field(default=None, alias="importProxy")
    preallocation: bool | None = pydantic.Field(default=None, alias="preallocation")
    scratch_space_storage_class: str | None = pydantic.Field(default=None, alias="scratchSpaceStorageClass")
    upload_proxy_ca: str | None = pydantic.Field(default=None, alias="uploadProxyCA")
    upload_proxy_url: str | None = pydantic.Field(default=None, alias="uploadProxyURL")


class CDIList(_base.KubeModel):
    api_version: str | None = pydantic.Field(default=None, alias="apiVersion")
    items: list[CDI] = pydantic.Field(alias="items")
    kind: str | None = pydantic.Field(default=None, alias="kind")
    metadata: k8s_meta_v1.ListMeta = pydantic.Field(alias="metadata")


class CDISpec(_base.KubeModel):
    cert_config: CDICertConfig | None = pydantic.Field(default=None, alias="certConfig")
    clone_strategy_override: str | None = pydantic.Field(default=None, alias="cloneStrategyOverride")
    config: CDIConfigSpec | None = pydantic.Field(default=None, alias="config")
    customize_components: CustomizeComponents | None = pydantic.Field(
        default=None, alias="customizeComponents"
    )
    image_pull_policy: Literal["Always", "IfNotPresent", "Never"] | None = pydantic.Field(
        default=None, alias="imagePullPolicy"
    )
    infra: ComponentConfig | None = pydantic.Field(default=None, alias="infra")
    priority_class: str | None = pydantic.Field(default=None, alias="priorityClass")
    uninstall_strategy: str | None = pydantic.Field(default=None, alias="uninstallStrategy")
    workload: NodePlacement | None = pydantic.Field(default=None, alias="workload")


class CDIStatus(_base.KubeModel):
    conditions: list[cdi_k8s_v1.Condition] | None = pydantic.Field(default=None, alias="conditions")
    observed_version: str | None = pydantic.Field(default=None, alias="observedVersion")
    operator_version: str | None = pydantic.Field(default=None, alias="operatorVersion")
    phase: str | None = pydantic.Field(default=None, alias="phase")
    target_version: str | None = pydantic.Field(default=None, alias="targetVersion")


class CertConfig(_base.KubeModel):
    duration: str | None = pydantic.Field(default=None, alias="duration")
    renew_before: str | None = pydantic.Field(default=None, alias="renewBefore")


class ComponentConfig(_base.KubeModel):
    affinity: k8s_core_v1.Affinity | None = pydantic.Field(default=None, alias="affinity")
    api_server_replicas: int | None = pydantic.Field(default=None, alias="apiServerReplicas")
    deployment_replicas: int | None = pydantic.Field(default=None, alias="deploymentReplicas")
    node_selector: dict[str, str] | None = pydantic.Field(default=None, alias="nodeSelector")
    tolerations: list[k8s_core_v1.Toleration] | None = pydantic.Field(default=None, alias="tolerations")
    upload_proxy_replicas: int | None = pydantic.Field(default=None, alias="uploadProxyReplicas")


class CustomTLSProfile(_base.KubeModel):
    ciphers: list[str] = pydantic.Field(alias="ciphers")
    min_tls_version: str = pydantic.Field(alias="minTLSVersion")


class CustomizeComponents(_base.KubeModel):
    flags: Flags | None = pydantic.Field(default=None, alias="flags")
    patches: list[CustomizeComponentsPatch] | None = pydantic.Field(default=None, alias="patches")


class CustomizeComponentsPatch(_base.KubeModel):
    patch: str = pydantic.Field(alias="patch")
    resource_name: str = pydantic.Field(alias="resourceName")
    resource_type: str = pydantic.Field(alias="resourceType")
    type: str = pydantic.Field(alias="type")


class DataImportCron(_base.KubeModel):
    __kube_gvk__: ClassVar[tuple[str, str] | None] = ("cdi.kubevirt.io/v1beta1", "DataImportCron")
    api_version: str | None = pydantic.Field(default=None, alias="apiVersion")
    kind: str | None = pydantic.Field(default=None, alias="kind")
    metadata: k8s_meta_v1.ObjectMeta | None = pydantic.Field(default=None, alias="metadata")
    spec: DataImportCronSpec = pydantic.Field(alias="spec")
    status: DataImportCronStatus | None = pydantic.Field(default=None, alias="status")


class DataImportCronCondition(_base.KubeModel):
    last_heartbeat_time: str | None = pydantic.Field(default=None, alias="lastHeartbeatTime")
    last_transition_time: str | None = pydantic.Field(default=None, alias="lastTransitionTime")
    message: str | None = pydantic.Field(default=None, alias="message")
    reason: str | None = pydantic.Field(default=None, alias="reason")
    status: str = pydantic.Field(alias="status")
    type: str = pydantic.Field(alias="type")


class DataImportCronList(_base.KubeModel):
    api_version: str | None = pydantic.Field(default=None, alias="apiVersion")
    items: list[DataImportCron] = pydantic.Field(alias="items")
    kind: str | None = pydantic.Field(default=None, alias="kind")
    metadata: k8s_meta_v1.ListMeta = pydantic.Field(alias="metadata")


class DataImportCronSpec(_base.KubeModel):
    garbage_collect: str | None = pydantic.Field(default=None, alias="garbageCollect")
    imports_to_keep: int | None = pydantic.Field(default=None, alias="importsToKeep")
    managed_data_source: str = pydantic.Field(alias="managedDataSource")
    retention_policy: str | None = pydantic.Field(default=None, alias="retentionPolicy")
    schedule: str = pydantic.Field(alias="schedule")
    service_account_name: str | None = pydantic.Field(default=None, alias="serviceAccountName")
    template: DataVolume = pydantic.Field(alias="template")


class DataImportCronStatus(_base.KubeModel):
    conditions: list[DataImportCronCondition] | None = pydantic.Field(default=None, alias="conditions")
    current_imports: list[ImportStatus] | None = pydantic.Field(default=None, alias="currentImports")
    last_execution_timestamp: str | None = pydantic.Field(default=None, alias="lastExecutionTimestamp")
    last_import_timestamp: str | None = pydantic.Field(default=None, alias="lastImportTimestamp")
    last_imported_pvc: DataVolumeSourcePVC | None = pydantic.Field(default=None, alias="lastImportedPVC")
    source_format: str | None = pydantic.Field(default=None, alias="sourceFormat")


class DataSource(_base.KubeModel):
    __kube_gvk__: ClassVar[tuple[str, str] | None] = ("cdi.kubevirt.io/v1beta1", "DataSource")
    api_version: str | None = pydantic.Field(default=None, alias="apiVersion")
    kind: str | None = pydantic.Field(default=None, alias="kind")
    metadata: k8s_meta_v1.ObjectMeta | None = pydantic.Field(default=None, alias="metadata")
    spec: DataSourceSpec = pydantic.Field(alias="spec")
    status: DataSourceStatus | None = pydantic.Field(default=None, alias="status")


class DataSourceCondition(_base.KubeModel):
    last_heartbeat_time: str | None = pydantic.Field(default=None, alias="lastHeartbeatTime")
    last_transition_time: str | None = pydantic.Field(default=None, alias="lastTransitionTime")
    message: str | None = pydantic.Field(default=None, alias="message")
    reason: str | None = pydantic.Field(default=None, alias="reason")
    status: str = pydantic.Field(alias="status")
    type: str = pydantic.Field(alias="type")


class DataSourceList(_base.KubeModel):
    api_version: str | None = pydantic.Field(default=None, alias="apiVersion")
    items: list[DataSource] = pydantic.Field(alias="items")
    kind: str | None = pydantic.Field(default=None, alias="kind")
    metadata: k8s_meta_v1.ListMeta = pydantic.Field(alias="metadata")


class DataSourceRefSourceDataSource(_base.KubeModel):
    name: str = pydantic.Field(alias="name")
    namespace: str = pydantic.Field(alias="namespace")


class DataSourceSource(_base.KubeModel):
    data_source: DataSourceRefSourceDataSource | None = pydantic.Field(default=None, alias="dataSource")
    pvc: DataVolumeSourcePVC | None = pydantic.Field(default=None, alias="pvc")
    snapshot: DataVolumeSourceSnapshot | None = pydantic.Field(default=None, alias="snapshot")


class DataSourceSpec(_base.KubeModel):
    source: DataSourceSource = pydantic.Field(alias="source")


class DataSourceStatus(_base.KubeModel):
    conditions: list[DataSourceCondition] | None = pydantic.Field(default=None, alias="conditions")
    source: DataSourceSource | None = pydantic.Field(default=None, alias="source")


class DataVolume(_base.KubeModel):
    __kube_gvk__: ClassVar[tuple[str, str] | None] = ("cdi.kubevirt.io/v1beta1", "DataVolume")
    api_version: str | None = pydantic.Field(default=None, alias="apiVersion")
    kind: str | None = pydantic.Field(default=None, alias="kind")
    metadata: k8s_meta_v1.ObjectMeta | None = pydantic.Field(default=None, alias="metadata")
    spec: DataVolumeSpec = pydantic.Field(alias="spec")
    status: DataVolumeStatus | None = pydantic.Field(default=None, alias="status")


class DataVolumeBlankImage(_base.KubeModel):
    pass


class DataVolumeCheckpoint(_base.KubeModel):
    current: str = pydantic.Field(alias="current")
    previous: str = pydantic.Field(alias="previous")


class DataVolumeCondition(_base.KubeModel):
    last_heartbeat_time: str | None = pydantic.Field(default=None, alias="lastHeartbeatTime")
    last_transition_time: str | None = pydantic.Field(default=None, alias="lastTransitionTime")
    message: str | None = pydantic.Field(default=None, alias="message")
    reason: str | None = pydantic.Field(default=None, alias="reason")
    status: str = pydantic.Field(alias="status")
    type: str = pydantic.Field(alias="type")


class DataVolumeList(_base.KubeModel):
    api_version: str | None = pydantic.Field(default=None, alias="apiVersion")
    items: list[DataVolume] = pydantic.Field(alias="items")
    kind: str | None = pydantic.Field(default=None, alias="kind")
    metadata: k8s_meta_v1.ListMeta = pydantic.Field(alias="metadata")


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
    checksum: str | None = pydantic.Field(default=None, alias="checksum")
    extra_headers: list[str] | None = pydantic.Field(default=None, alias="extraHeaders")
    insecure_skip_verify: bool | None = pydantic.Field(default=None, alias="insecureSkipVerify")
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
    cert_config_map: str | None = pydantic.Field(default=None, alias="certConfigMap")
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
    service_account_name: str | None = pydantic.Field(default=None, alias="serviceAccountName")
    source: DataVolumeSource | None = pydantic.Field(default=None, alias="source")
    source_ref: DataVolumeSourceRef | None = pydantic.Field(default=None, alias="sourceRef")
    storage: StorageSpec | None = pydantic.Field(default=None, alias="storage")


class DataVolumeStatus(_base.KubeModel):
    claim_name: str | None = pydantic.Field(default=None, alias="claimName")
    conditions: list[DataVolumeCondition] | None = pydantic.Field(default=None, alias="conditions")
    phase: _enums.DataVolumePhase | None = pydantic.Field(default=None, alias="phase")
    progress: str | None = pydantic.Field(default=None, alias="progress")
    restart_count: int | None = pydantic.Field(default=None, alias="restartCount")


class FilesystemOverhead(_base.KubeModel):
    global_: str | None = pydantic.Field(default=None, alias="global")
    storage_class: dict[str, str] | None = pydantic.Field(default=None, alias="storageClass")


class Flags(_base.KubeModel):
    api: dict[str, str] | None = pydantic.Field(default=None, alias="api")
    controller: dict[str, str] | None = pydantic.Field(default=None, alias="controller")
    upload_proxy: dict[str, str] | None = pydantic.Field(default=None, alias="uploadProxy")


class ImportProxy(_base.KubeModel):
    http_proxy: str | None = pydantic.Field(default=None, alias="HTTPProxy")
    https_proxy: str | None = pydantic.Field(default=None, alias="HTTPSProxy")
    no_proxy: str | None = pydantic.Field(default=None, alias="noProxy")
    trusted_ca_proxy: str | None = pydantic.Field(default=None, alias="trustedCAProxy")


class ImportStatus(_base.KubeModel):
    data_volume_name: str = pydantic.Field(alias="DataVolumeName")
    digest: str = pydantic.Field(alias="Digest")


class IntermediateTLSProfile(_base.KubeModel):
    pass


class ModernTLSProfile(_base.KubeModel):
    pass


class NodePlacement(_base.KubeModel):
    affinity: k8s_core_v1.Affinity | None = pydantic.Field(default=None, alias="affinity")
    node_selector: dict[str, str] | None = pydantic.Field(default=None, alias="nodeSelector")
    tolerations: list[k8s_core_v1.Toleration] | None = pydantic.Field(default=None, alias="tolerations")


class OldTLSProfile(_base.KubeModel):
    pass


class PlatformOptions(_base.KubeModel):
    architecture: str | None = pydantic.Field(default=None, alias="architecture")


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


class TLSSecurityProfile(_base.KubeModel):
    custom: CustomTLSProfile | None = pydantic.Field(default=None, alias="custom")
    intermediate: IntermediateTLSProfile | None = pydantic.Field(default=None, alias="intermediate")
    modern: ModernTLSProfile | None = pydantic.Field(default=None, alias="modern")
    old: OldTLSProfile | None = pydantic.Field(default=None, alias="old")
    type: str | None = pydantic.Field(default=None, alias="type")


class UploadTokenRequest(_base.KubeModel):
    api_version: str | None = pydantic.Field(default=None, alias="apiVersion")
    kind: str | None = pydantic.Field(default=None, alias="kind")
    metadata: k8s_meta_v1.ObjectMeta = pydantic.Field(alias="metadata")
    spec: UploadTokenRequestSpec = pydantic.Field(alias="spec")
    status: UploadTokenRequestStatus = pydantic.Field(alias="status")


class UploadTokenRequestSpec(_base.KubeModel):
    pvc_name: str = pydantic.Field(alias="pvcName")


class UploadTokenRequestStatus(_base.KubeModel):
    token: str | None = pydantic.Field(default=None, alias="token")


from pulumi_kubevirt.models import (  # noqa: E402  (cyclic; see above)
    cdi_k8s_v1,
    k8s_core_v1,
    k8s_meta_v1,
)
