"""Cloud-init disks: NoCloud or ConfigDrive, inline or from a Secret.

KubeVirt rejects inline user data over 2048 bytes; these helpers check that at once (raising
``ValidationError``) and point to ``user_data_secret`` for anything larger. Data and Secret names
may be ``pulumi.Output`` values (a rendered template, a Secret resource's name); the size of an
Output is checked by the provider once it is known.
"""

from __future__ import annotations

from pulumi_kubevirt.disks import Attachment
from pulumi_kubevirt_models import admission, base, enums, errors
from pulumi_kubevirt_models.generated import k8s_core_v1, kubevirt_v1

#: The limit KubeVirt's webhook enforces on inline user data.
MAX_INLINE_BYTES = admission.CLOUD_INIT_MAX_BYTES


def _check_size(user_data: base.Input[str], field: str) -> None:
    if not isinstance(user_data, str):
        return  # an Output: its size is known only at apply time
    size = len(user_data.encode("utf-8"))
    if size > MAX_INLINE_BYTES:
        raise errors.ValidationError(
            [
                errors.Problem(
                    ("volumes", field, "userData"),
                    f"inline user data is {size} bytes, over KubeVirt's {MAX_INLINE_BYTES}-byte limit: "
                    "store it in a Secret and pass user_data_secret=",
                    "cloud_init_too_large",
                )
            ],
            "cloud-init",
        )


def no_cloud(
    user_data: base.Input[str] | None = None,
    *,
    user_data_secret: base.Input[str] | None = None,
    network_data: base.Input[str] | None = None,
    name: str = "cloudinit",
    bus: enums.DiskBus = "virtio",
) -> Attachment:
    """A NoCloud cloud-init disk (the usual choice for Linux guests).

    Give ``user_data`` inline (at most 2048 bytes) or the name of a Secret holding a
    ``userdata`` key in ``user_data_secret``.
    """
    source = kubevirt_v1.CloudInitNoCloudSource()
    if user_data is not None:
        _check_size(user_data, "cloudInitNoCloud")
        source.user_data = user_data
    if user_data_secret is not None:
        source.secret_ref = k8s_core_v1.LocalObjectReference(name=user_data_secret)
    if network_data is not None:
        source.network_data = network_data
    volume = kubevirt_v1.Volume(name=name, cloudInitNoCloud=source)
    return Attachment(kubevirt_v1.Disk(name=name, disk=kubevirt_v1.DiskTarget(bus=bus)), volume)


def config_drive(
    user_data: base.Input[str] | None = None,
    *,
    user_data_secret: base.Input[str] | None = None,
    name: str = "cloudinit",
    bus: enums.DiskBus = "virtio",
) -> Attachment:
    """A ConfigDrive cloud-init disk (OpenStack layout; for images that expect it)."""
    source = kubevirt_v1.CloudInitConfigDriveSource()
    if user_data is not None:
        _check_size(user_data, "cloudInitConfigDrive")
        source.user_data = user_data
    if user_data_secret is not None:
        source.secret_ref = k8s_core_v1.LocalObjectReference(name=user_data_secret)
    volume = kubevirt_v1.Volume(name=name, cloudInitConfigDrive=source)
    return Attachment(kubevirt_v1.Disk(name=name, disk=kubevirt_v1.DiskTarget(bus=bus)), volume)
