"""CDI DataVolumes: where a disk's data comes from, and standalone DataVolume objects.

A DataVolume has exactly one source (CDI's webhook rejects anything else), so each source is
its own function. Sizes use ``storage`` (CDI fills in access modes, volume mode and the
default storage class) rather than a raw PVC spec. URLs, Secret and ConfigMap names, namespaces
and storage classes may be ``pulumi.Output`` values.
"""

from __future__ import annotations

from pulumi_kubevirt_models import base, quantity
from pulumi_kubevirt_models.generated import cdi_v1beta1, k8s_core_v1, k8s_meta_v1

#: A DataVolume source, as built by the functions below.
Source = cdi_v1beta1.DataVolumeSource


def http(
    url: base.Input[str],
    *,
    secret_ref: base.Input[str] | None = None,
    cert_config_map: base.Input[str] | None = None,
) -> Source:
    """Import a disk image (qcow2, raw, iso; optionally compressed) from an HTTP(S) URL."""
    source = cdi_v1beta1.DataVolumeSourceHTTP(url=url)
    if secret_ref is not None:
        source.secret_ref = secret_ref
    if cert_config_map is not None:
        source.cert_config_map = cert_config_map
    return Source(http=source)


def registry(url: base.Input[str], *, pull_method: str | None = None) -> Source:
    """Import a disk image from a container registry (``docker://quay.io/...``)."""
    source = cdi_v1beta1.DataVolumeSourceRegistry(url=url)
    if pull_method is not None:
        source.pull_method = pull_method
    return Source(registry=source)


def clone(namespace: base.Input[str], name: base.Input[str]) -> Source:
    """Clone an existing PVC."""
    return Source(pvc=cdi_v1beta1.DataVolumeSourcePVC(namespace=namespace, name=name))


def blank() -> Source:
    """An empty disk."""
    return Source(blank=cdi_v1beta1.DataVolumeBlankImage())


def upload() -> Source:
    """A disk filled later by ``virtctl image-upload``."""
    return Source(upload=cdi_v1beta1.DataVolumeSourceUpload())


def spec(
    source: Source, size: str, *, storage_class: base.Input[str] | None = None
) -> cdi_v1beta1.DataVolumeSpec:
    """A DataVolume spec asking for ``size`` of storage, filled from ``source``."""
    storage = cdi_v1beta1.StorageSpec(
        resources=k8s_core_v1.VolumeResourceRequirements(requests={"storage": quantity.Quantity(size)})
    )
    if storage_class is not None:
        storage.storage_class_name = storage_class
    return cdi_v1beta1.DataVolumeSpec(source=source, storage=storage)


def data_volume(
    name: str,
    source: Source,
    size: str,
    *,
    namespace: base.Input[str] | None = None,
    storage_class: base.Input[str] | None = None,
) -> cdi_v1beta1.DataVolume:
    """A standalone DataVolume (cdi.kubevirt.io/v1beta1).

    Its spec cannot change after creation (CDI's webhook): a change means a new DataVolume.
    With a WaitForFirstConsumer storage class the import starts only once a VM uses it.
    """
    metadata = k8s_meta_v1.ObjectMeta(name=name)
    if namespace is not None:
        metadata.namespace = namespace
    return cdi_v1beta1.DataVolume(metadata=metadata, spec=spec(source, size, storage_class=storage_class))
