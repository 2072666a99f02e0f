# generated — regenerate, don't edit
# Written by scripts/codegen/generate.py from
#   cdi-v1.66.0/swagger.json (sha256 b4425aa983c0493a)
"""CDI (Containerized Data Importer) v1beta1 API types."""

from __future__ import annotations

from typing import ClassVar, Literal

import pydantic

from pulumi_kubevirt_models import base as _base
from pulumi_kubevirt_models import enums as _enums

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
    api_version: _base.Input[str] | None = pydantic.Field(default=None, alias="apiVersion")
    kind: _base.Input[str] | None = pydantic.Field(default=None, alias="kind")
    metadata: _base.Input[k8s_meta_v1.ObjectMeta] | None = pydantic.Field(default=None, alias="metadata")
    spec: _base.Input[CDISpec] = pydantic.Field(alias="spec")
    status: _base.Input[CDIStatus] | None = pydantic.Field(default=None, alias="status")


class CDICertConfig(_base.KubeModel):
    ca: _base.Input[CertConfig] | None = pydantic.Field(default=None, alias="ca")
    client: _base.Input[CertConfig] | None = pydantic.Field(default=None, alias="client")
    server: _base.Input[CertConfig] | None = pydantic.Field(default=None, alias="server")


class CDIConfig(_base.KubeModel):
    __kube_gvk__: ClassVar[tuple[str, str] | None] = ("cdi.kubevirt.io/v1beta1", "CDIConfig")
    api_version: _base.Input[str] | None = pydantic.Field(default=None, alias="apiVersion")
    kind: _base.Input[str] | None = pydantic.Field(default=None, alias="kind")
    metadata: _base.Input[k8s_meta_v1.ObjectMeta] | None = pydantic.Field(default=None, alias="metadata")
    spec: _base.Input[CDIConfigSpec] = pydantic.Field(alias="spec")
    status: _base.Input[CDIConfigStatus] | None = pydantic.Field(default=None, alias="status")


class CDIConfigList(_base.KubeModel):
    api_version: _base.Input[str] | None = pydantic.Field(default=None, alias="apiVersion")
    items: _base.Input[_base.InputList[CDIConfig]] = pydantic.Field(alias="items")
    kind: _base.Input[str] | None = pydantic.Field(default=None, alias="kind")
    metadata: _base.Input[k8s_meta_v1.ListMeta] = pydantic.Field(alias="metadata")


class CDIConfigSpec(_base.KubeModel):
    data_volume_ttl_seconds: _base.Input[int] | None = pydantic.Field(
        default=None, alias="dataVolumeTTLSeconds"
    )
    feature_gates: _base.Input[_base.InputList[str]] | None = pydantic.Field(
        default=None, alias="featureGates"
    )
    filesystem_overhead: _base.Input[FilesystemOverhead] | None = pydantic.Field(
        default=None, alias="filesystemOverhead"
    )
    image_pull_secrets: _base.Input[_base.InputList[k8s_core_v1.LocalObjectReference]] | None = (
        pydantic.Field(default=None, alias="imagePullSecrets")
    )
    import_proxy: _base.Input[ImportProxy] | None = pydantic.Field(default=None, alias="importProxy")
    insecure_registries: _base.Input[_base.InputList[str]] | None = pydantic.Field(
        default=None, alias="insecureRegistries"
    )
    log_verbosity: _base.Input[int] | None = pydantic.Field(default=None, alias="logVerbosity")
    pod_resource_requirements: _base.Input[cdi_k8s_v1.ResourceRequirements] | None = pydantic.Field(
        default=None, alias="podResourceRequirements"
    )
    preallocation: _base.Input[bool] | None = pydantic.Field(default=None, alias="preallocation")
    scratch_space_storage_class: _base.Input[str] | None = pydantic.Field(
        default=None, alias="scratchSpaceStorageClass"
    )
    tls_security_profile: _base.Input[TLSSecurityProfile] | None = pydantic.Field(
        default=None, alias="tlsSecurityProfile"
    )
    upload_proxy_url_override: _base.Input[str] | None = pydantic.Field(
        default=None, alias="uploadProxyURLOverride"
    )
    webhook_pvc_rendering: _base.Input[str] | None = pydantic.Field(default=None, alias="webhookPvcRendering")


class CDIConfigStatus(_base.KubeModel):
    default_pod_resource_requirements: _base.Input[cdi_k8s_v1.ResourceRequirements] | None = pydantic.Field(
        default=None, alias="defaultPodResourceRequirements"
    )
    filesystem_overhead: _base.Input[FilesystemOverhead] | None = pydantic.Field(
        default=None, alias="filesystemOverhead"
    )
    image_pull_secrets: _base.Input[_base.InputList[k8s_core_v1.LocalObjectReference]] | None = (
        pydantic.Field(default=None, alias="imagePullSecrets")
    )
    import_proxy: _base.Input[ImportProxy] | None = pydantic.Field(default=None, alias="importProxy")
    preallocation: _base.Input[bool] | None = pydantic.Field(default=None, alias="preallocation")
    scratch_space_storage_class: _base.Input[str] | None = pydantic.Field(
        default=None, alias="scratchSpaceStorageClass"
    )
    upload_proxy_ca: _base.Input[str] | None = pydantic.Field(default=None, alias="uploadProxyCA")
    upload_proxy_url: _base.Input[str] | None = pydantic.Field(default=None, alias="uploadProxyURL")


class CDIList(_base.KubeModel):
    api_version: _base.Input[str] | None = pydantic.Field(default=None, alias="apiVersion")
    items: _base.Input[_base.InputList[CDI]] = pydantic.Field(alias="items")
    kind: _base.Input[str] | None = pydantic.Field(default=None, alias="kind")
    metadata: _base.Input[k8s_meta_v1.ListMeta] = pydantic.Field(alias="metadata")


class CDISpec(_base.KubeModel):
    cert_config: _base.Input[CDICertConfig] | None = pydantic.Field(default=None, alias="certConfig")
    clone_strategy_override: _base.Input[str] | None = pydantic.Field(
        default=None, alias="cloneStrategyOverride"
    )
    config: _base.Input[CDIConfigSpec] | None = pydantic.Field(default=None, alias="config")
    customize_components: _base.Input[CustomizeComponents] | None = pydantic.Field(
        default=None, alias="customizeComponents"
    )
    image_pull_policy: _base.Input[Literal["Always", "IfNotPresent", "Never"]] | None = pydantic.Field(
        default=None, alias="imagePullPolicy"
    )
    infra: _base.Input[ComponentConfig] | None = pydantic.Field(default=None, alias="infra")
    priority_class: _base.Input[str] | None = pydantic.Field(default=None, alias="priorityClass")
    uninstall_strategy: _base.Input[str] | None = pydantic.Field(default=None, alias="uninstallStrategy")
    workload: _base.Input[NodePlacement] | None = pydantic.Field(default=None, alias="workload")


class CDIStatus(_base.KubeModel):
    conditions: _base.Input[_base.InputList[cdi_k8s_v1.Condition]] | None = pydantic.Field(
        default=None, alias="conditions"
    )
    observed_version: _base.Input[str] | None = pydantic.Field(default=None, alias="observedVersion")
    operator_version: _base.Input[str] | None = pydantic.Field(default=None, alias="operatorVersion")
    phase: _base.Input[str] | None = pydantic.Field(default=None, alias="phase")
    target_version: _base.Input[str] | None = pydantic.Field(default=None, alias="targetVersion")


class CertConfig(_base.KubeModel):
    duration: _base.Input[str] | None = pydantic.Field(default=None, alias="duration")
    renew_before: _base.Input[str] | None = pydantic.Field(default=None, alias="renewBefore")


class ComponentConfig(_base.KubeModel):
    affinity: _base.Input[k8s_core_v1.Affinity] | None = pydantic.Field(default=None, alias="affinity")
    api_server_replicas: _base.Input[int] | None = pydantic.Field(default=None, alias="apiServerReplicas")
    deployment_replicas: _base.Input[int] | None = pydantic.Field(default=None, alias="deploymentReplicas")
    node_selector: _base.Input[_base.InputMap[str]] | None = pydantic.Field(
        default=None, alias="nodeSelector"
    )
    tolerations: _base.Input[_base.InputList[k8s_core_v1.Toleration]] | None = pydantic.Field(
        default=None, alias="tolerations"
    )
    upload_proxy_replicas: _base.Input[int] | None = pydantic.Field(default=None, alias="uploadProxyReplicas")


class CustomTLSProfile(_base.KubeModel):
    ciphers: _base.Input[_base.InputList[str]] = pydantic.Field(alias="ciphers")
    min_tls_version: _base.Input[str] = pydantic.Field(alias="minTLSVersion")


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


class DataImportCron(_base.KubeModel):
    __kube_gvk__: ClassVar[tuple[str, str] | None] = ("cdi.kubevirt.io/v1beta1", "DataImportCron")
    api_version: _base.Input[str] | None = pydantic.Field(default=None, alias="apiVersion")
    kind: _base.Input[str] | None = pydantic.Field(default=None, alias="kind")
    metadata: _base.Input[k8s_meta_v1.ObjectMeta] | None = pydantic.Field(default=None, alias="metadata")
    spec: _base.Input[DataImportCronSpec] = pydantic.Field(alias="spec")
    status: _base.Input[DataImportCronStatus] | None = pydantic.Field(default=None, alias="status")


class DataImportCronCondition(_base.KubeModel):
    last_heartbeat_time: _base.Input[str] | None = pydantic.Field(default=None, alias="lastHeartbeatTime")
    last_transition_time: _base.Input[str] | None = pydantic.Field(default=None, alias="lastTransitionTime")
    message: _base.Input[str] | None = pydantic.Field(default=None, alias="message")
    reason: _base.Input[str] | None = pydantic.Field(default=None, alias="reason")
    status: _base.Input[str] = pydantic.Field(alias="status")
    type: _base.Input[str] = pydantic.Field(alias="type")


class DataImportCronList(_base.KubeModel):
    api_version: _base.Input[str] | None = pydantic.Field(default=None, alias="apiVersion")
    items: _base.Input[_base.InputList[DataImportCron]] = pydantic.Field(alias="items")
    kind: _base.Input[str] | None = pydantic.Field(default=None, alias="kind")
    metadata: _base.Input[k8s_meta_v1.ListMeta] = pydantic.Field(alias="metadata")


class DataImportCronSpec(_base.KubeModel):
    garbage_collect: _base.Input[str] | None = pydantic.Field(default=None, alias="garbageCollect")
    imports_to_keep: _base.Input[int] | None = pydantic.Field(default=None, alias="importsToKeep")
    managed_data_source: _base.Input[str] = pydantic.Field(alias="managedDataSource")
    retention_policy: _base.Input[str] | None = pydantic.Field(default=None, alias="retentionPolicy")
    schedule: _base.Input[str] = pydantic.Field(alias="schedule")
    service_account_name: _base.Input[str] | None = pydantic.Field(default=None, alias="serviceAccountName")
    template: _base.Input[DataVolume] = pydantic.Field(alias="template")


class DataImportCronStatus(_base.KubeModel):
    conditions: _base.Input[_base.InputList[DataImportCronCondition]] | None = pydantic.Field(
        default=None, alias="conditions"
    )
    current_imports: _base.Input[_base.InputList[ImportStatus]] | None = pydantic.Field(
        default=None, alias="currentImports"
    )
    last_execution_timestamp: _base.Input[str] | None = pydantic.Field(
        default=None, alias="lastExecutionTimestamp"
    )
    last_import_timestamp: _base.Input[str] | None = pydantic.Field(default=None, alias="lastImportTimestamp")
    last_imported_pvc: _base.Input[DataVolumeSourcePVC] | None = pydantic.Field(
        default=None, alias="lastImportedPVC"
    )
    source_format: _base.Input[str] | None = pydantic.Field(default=None, alias="sourceFormat")


class DataSource(_base.KubeModel):
    __kube_gvk__: ClassVar[tuple[str, str] | None] = ("cdi.kubevirt.io/v1beta1", "DataSource")
    api_version: _base.Input[str] | None = pydantic.Field(default=None, alias="apiVersion")
    kind: _base.Input[str] | None = pydantic.Field(default=None, alias="kind")
    metadata: _base.Input[k8s_meta_v1.ObjectMeta] | None = pydantic.Field(default=None, alias="metadata")
    spec: _base.Input[DataSourceSpec] = pydantic.Field(alias="spec")
    status: _base.Input[DataSourceStatus] | None = pydantic.Field(default=None, alias="status")


class DataSourceCondition(_base.KubeModel):
    last_heartbeat_time: _base.Input[str] | None = pydantic.Field(default=None, alias="lastHeartbeatTime")
    last_transition_time: _base.Input[str] | None = pydantic.Field(default=None, alias="lastTransitionTime")
    message: _base.Input[str] | None = pydantic.Field(default=None, alias="message")
    reason: _base.Input[str] | None = pydantic.Field(default=None, alias="reason")
    status: _base.Input[str] = pydantic.Field(alias="status")
    type: _base.Input[str] = pydantic.Field(alias="type")


class DataSourceList(_base.KubeModel):
    api_version: _base.Input[str] | None = pydantic.Field(default=None, alias="apiVersion")
    items: _base.Input[_base.InputList[DataSource]] = pydantic.Field(alias="items")
    kind: _base.Input[str] | None = pydantic.Field(default=None, alias="kind")
    metadata: _base.Input[k8s_meta_v1.ListMeta] = pydantic.Field(alias="metadata")


class DataSourceRefSourceDataSource(_base.KubeModel):
    name: _base.Input[str] = pydantic.Field(alias="name")
    namespace: _base.Input[str] = pydantic.Field(alias="namespace")


class DataSourceSource(_base.KubeModel):
    data_source: _base.Input[DataSourceRefSourceDataSource] | None = pydantic.Field(
        default=None, alias="dataSource"
    )
    pvc: _base.Input[DataVolumeSourcePVC] | None = pydantic.Field(default=None, alias="pvc")
    snapshot: _base.Input[DataVolumeSourceSnapshot] | None = pydantic.Field(default=None, alias="snapshot")


class DataSourceSpec(_base.KubeModel):
    source: _base.Input[DataSourceSource] = pydantic.Field(alias="source")


class DataSourceStatus(_base.KubeModel):
    conditions: _base.Input[_base.InputList[DataSourceCondition]] | None = pydantic.Field(
        default=None, alias="conditions"
    )
    source: _base.Input[DataSourceSource] | None = pydantic.Field(default=None, alias="source")


class DataVolume(_base.KubeModel):
    __kube_gvk__: ClassVar[tuple[str, str] | None] = ("cdi.kubevirt.io/v1beta1", "DataVolume")
    api_version: _base.Input[str] | None = pydantic.Field(default=None, alias="apiVersion")
    kind: _base.Input[str] | None = pydantic.Field(default=None, alias="kind")
    metadata: _base.Input[k8s_meta_v1.ObjectMeta] | None = pydantic.Field(default=None, alias="metadata")
    spec: _base.Input[DataVolumeSpec] = pydantic.Field(alias="spec")
    status: _base.Input[DataVolumeStatus] | None = pydantic.Field(default=None, alias="status")


class DataVolumeBlankImage(_base.KubeModel):
    pass


class DataVolumeCheckpoint(_base.KubeModel):
    current: _base.Input[str] = pydantic.Field(alias="current")
    previous: _base.Input[str] = pydantic.Field(alias="previous")


class DataVolumeCondition(_base.KubeModel):
    last_heartbeat_time: _base.Input[str] | None = pydantic.Field(default=None, alias="lastHeartbeatTime")
    last_transition_time: _base.Input[str] | None = pydantic.Field(default=None, alias="lastTransitionTime")
    message: _base.Input[str] | None = pydantic.Field(default=None, alias="message")
    reason: _base.Input[str] | None = pydantic.Field(default=None, alias="reason")
    status: _base.Input[str] = pydantic.Field(alias="status")
    type: _base.Input[str] = pydantic.Field(alias="type")


class DataVolumeList(_base.KubeModel):
    api_version: _base.Input[str] | None = pydantic.Field(default=None, alias="apiVersion")
    items: _base.Input[_base.InputList[DataVolume]] = pydantic.Field(alias="items")
    kind: _base.Input[str] | None = pydantic.Field(default=None, alias="kind")
    metadata: _base.Input[k8s_meta_v1.ListMeta] = pydantic.Field(alias="metadata")


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
    checksum: _base.Input[str] | None = pydantic.Field(default=None, alias="checksum")
    extra_headers: _base.Input[_base.InputList[str]] | None = pydantic.Field(
        default=None, alias="extraHeaders"
    )
    insecure_skip_verify: _base.Input[bool] | None = pydantic.Field(default=None, alias="insecureSkipVerify")
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
    cert_config_map: _base.Input[str] | None = pydantic.Field(default=None, alias="certConfigMap")
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
    service_account_name: _base.Input[str] | None = pydantic.Field(default=None, alias="serviceAccountName")
    source: _base.Input[DataVolumeSource] | None = pydantic.Field(default=None, alias="source")
    source_ref: _base.Input[DataVolumeSourceRef] | None = pydantic.Field(default=None, alias="sourceRef")
    storage: _base.Input[StorageSpec] | None = pydantic.Field(default=None, alias="storage")


class DataVolumeStatus(_base.KubeModel):
    claim_name: _base.Input[str] | None = pydantic.Field(default=None, alias="claimName")
    conditions: _base.Input[_base.InputList[DataVolumeCondition]] | None = pydantic.Field(
        default=None, alias="conditions"
    )
    phase: _base.Input[_enums.DataVolumePhase] | None = pydantic.Field(default=None, alias="phase")
    progress: _base.Input[str] | None = pydantic.Field(default=None, alias="progress")
    restart_count: _base.Input[int] | None = pydantic.Field(default=None, alias="restartCount")


class FilesystemOverhead(_base.KubeModel):
    global_: _base.Input[str] | None = pydantic.Field(default=None, alias="global")
    storage_class: _base.Input[_base.InputMap[str]] | None = pydantic.Field(
        default=None, alias="storageClass"
    )


class Flags(_base.KubeModel):
    api: _base.Input[_base.InputMap[str]] | None = pydantic.Field(default=None, alias="api")
    controller: _base.Input[_base.InputMap[str]] | None = pydantic.Field(default=None, alias="controller")
    upload_proxy: _base.Input[_base.InputMap[str]] | None = pydantic.Field(default=None, alias="uploadProxy")


class ImportProxy(_base.KubeModel):
    http_proxy: _base.Input[str] | None = pydantic.Field(default=None, alias="HTTPProxy")
    https_proxy: _base.Input[str] | None = pydantic.Field(default=None, alias="HTTPSProxy")
    no_proxy: _base.Input[str] | None = pydantic.Field(default=None, alias="noProxy")
    trusted_ca_proxy: _base.Input[str] | None = pydantic.Field(default=None, alias="trustedCAProxy")


class ImportStatus(_base.KubeModel):
    data_volume_name: _base.Input[str] = pydantic.Field(alias="DataVolumeName")
    digest: _base.Input[str] = pydantic.Field(alias="Digest")


class IntermediateTLSProfile(_base.KubeModel):
    pass


class ModernTLSProfile(_base.KubeModel):
    pass


class NodePlacement(_base.KubeModel):
    affinity: _base.Input[k8s_core_v1.Affinity] | None = pydantic.Field(default=None, alias="affinity")
    node_selector: _base.Input[_base.InputMap[str]] | None = pydantic.Field(
        default=None, alias="nodeSelector"
    )
    tolerations: _base.Input[_base.InputList[k8s_core_v1.Toleration]] | None = pydantic.Field(
        default=None, alias="tolerations"
    )


class OldTLSProfile(_base.KubeModel):
    pass


class PlatformOptions(_base.KubeModel):
    architecture: _base.Input[str] | None = pydantic.Field(default=None, alias="architecture")


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


class TLSSecurityProfile(_base.KubeModel):
    custom: _base.Input[CustomTLSProfile] | None = pydantic.Field(default=None, alias="custom")
    intermediate: _base.Input[IntermediateTLSProfile] | None = pydantic.Field(
        default=None, alias="intermediate"
    )
    modern: _base.Input[ModernTLSProfile] | None = pydantic.Field(default=None, alias="modern")
    old: _base.Input[OldTLSProfile] | None = pydantic.Field(default=None, alias="old")
    type: _base.Input[str] | None = pydantic.Field(default=None, alias="type")


class UploadTokenRequest(_base.KubeModel):
    api_version: _base.Input[str] | None = pydantic.Field(default=None, alias="apiVersion")
    kind: _base.Input[str] | None = pydantic.Field(default=None, alias="kind")
    metadata: _base.Input[k8s_meta_v1.ObjectMeta] = pydantic.Field(alias="metadata")
    spec: _base.Input[UploadTokenRequestSpec] = pydantic.Field(alias="spec")
    status: _base.Input[UploadTokenRequestStatus] = pydantic.Field(alias="status")


class UploadTokenRequestSpec(_base.KubeModel):
    pvc_name: _base.Input[str] = pydantic.Field(alias="pvcName")


class UploadTokenRequestStatus(_base.KubeModel):
    token: _base.Input[str] | None = pydantic.Field(default=None, alias="token")


from pulumi_kubevirt_models.generated import (  # noqa: E402  (cyclic; see above)
    cdi_k8s_v1,
    k8s_core_v1,
    k8s_meta_v1,
)
