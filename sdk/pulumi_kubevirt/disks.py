"""Disks for a VirtualMachine: each helper returns the disk, its volume and, for DataVolume-backed
disks, the DataVolume template, so that ``vm.virtual_machine(disks=[...])`` can put each part in
its place (``domain.devices.disks``, ``volumes``, ``dataVolumeTemplates``) under one name.

KubeVirt pairs a disk with its volume by name; building both from one call is how the names
stay in step. That name is always a plain string; what a disk refers to (an image, a claim, a
DataVolume) may be a ``pulumi.Output``, e.g. ``existing_data_volume("data", dv.metadata["name"])``.
"""

from __future__ import annotations

from dataclasses import dataclass

from pulumi_kubevirt import datavolumes
from pulumi_kubevirt_models import base, enums
from pulumi_kubevirt_models.generated import k8s_meta_v1, kubevirt_v1, kubevirt_v1beta1


@dataclass(frozen=True)
class Attachment:
    """A disk and what backs it; pass a list of these to ``vm.virtual_machine``."""

    disk: kubevirt_v1.Disk
    volume: kubevirt_v1.Volume
    data_volume_template: kubevirt_v1.DataVolumeTemplateSpec | None = None


def _attach(name: str, volume: kubevirt_v1.Volume, bus: enums.DiskBus, boot_order: int | None) -> Attachment:
    disk = kubevirt_v1.Disk(name=name, disk=kubevirt_v1.DiskTarget(bus=bus))
    if boot_order is not None:  # assigned only when given: unset fields stay out of the manifest
        disk.boot_order = boot_order
    return Attachment(disk, volume)


def container_disk(
    name: str, image: base.Input[str], *, bus: enums.DiskBus = "virtio", boot_order: int | None = None
) -> Attachment:
    """An ephemeral disk from a container image (``containerDisk``): reset at every start.

    >>> container_disk("root", "quay.io/kubevirt/cirros-container-disk-demo").volume.container_disk.image
    'quay.io/kubevirt/cirros-container-disk-demo'
    """
    volume = kubevirt_v1.Volume(name=name, containerDisk=kubevirt_v1.ContainerDiskSource(image=image))
    return _attach(name, volume, bus, boot_order)


def persistent_volume_claim(
    name: str,
    claim_name: base.Input[str],
    *,
    bus: enums.DiskBus = "virtio",
    boot_order: int | None = None,
    hotpluggable: bool = False,
    read_only: bool = False,
) -> Attachment:
    """A disk backed by an existing PVC. ``hotpluggable`` lets it be added to a running VM."""
    source = kubevirt_v1.PersistentVolumeClaimVolumeSource(claimName=claim_name)
    if hotpluggable:
        source.hotpluggable = True
    if read_only:
        source.read_only = True
    volume = kubevirt_v1.Volume(name=name, persistentVolumeClaim=source)
    return _attach(name, volume, bus, boot_order)


def data_volume(
    name: str,
    source: datavolumes.Source,
    size: str,
    *,
    storage_class: base.Input[str] | None = None,
    bus: enums.DiskBus = "virtio",
    boot_order: int | None = None,
) -> Attachment:
    """A persistent disk that CDI fills from ``source`` (a ``dataVolumeTemplates`` entry).

    KubeVirt creates the DataVolume (same name, owned by the VM) only when it is missing and
    never updates it: changing ``source`` or ``size`` later does nothing to an existing disk.
    """
    spec = datavolumes.spec(source, size, storage_class=storage_class)
    template = kubevirt_v1.DataVolumeTemplateSpec(
        metadata=k8s_meta_v1.ObjectMeta(name=name),
        spec=kubevirt_v1beta1.DataVolumeSpec.model_validate(spec.to_manifest()),
    )
    volume = kubevirt_v1.Volume(name=name, dataVolume=kubevirt_v1.DataVolumeSource(name=name))
    attachment = _attach(name, volume, bus, boot_order)
    return Attachment(attachment.disk, attachment.volume, template)


def existing_data_volume(
    name: str,
    data_volume_name: base.Input[str],
    *,
    bus: enums.DiskBus = "virtio",
    hotpluggable: bool = False,
) -> Attachment:
    """A disk backed by a DataVolume created separately (``datavolumes.data_volume``).

    ``data_volume_name`` may be the DataVolume resource's output, so that the VM waits for it:
    ``existing_data_volume("data", dv.metadata.apply(lambda m: m["name"]))``.
    """
    source = kubevirt_v1.DataVolumeSource(name=data_volume_name)
    if hotpluggable:
        source.hotpluggable = True
    volume = kubevirt_v1.Volume(name=name, dataVolume=source)
    return _attach(name, volume, bus, None)
