"""VirtualMachines in a few readable lines, built as the generated ``kubevirt_v1`` models.

::

    from pulumi_kubevirt import cloudinit, datavolumes, disks, networks, vm

    cirros = vm.virtual_machine(
        "cirros",
        memory="128Mi",
        disks=[
            disks.data_volume("root", datavolumes.registry("docker://quay.io/kubevirt/cirros"), "1Gi"),
            cloudinit.no_cloud("#cloud-config\\npassword: cirros\\nchpasswd: { expire: False }\\n"),
        ],
        networks=[networks.pod()],
    )
    cirros.to_manifest()  # the full VirtualMachine manifest

The result is the generated model itself, so anything these helpers do not cover is one
attribute assignment away (``cirros.spec.template.spec.domain.firmware = ...``). Names that
usually come from other resources (namespace, instancetype, preference, label values, the disks'
images, claims and DataVolumes) may be ``pulumi.Output`` values.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from pulumi_kubevirt.disks import Attachment
from pulumi_kubevirt.networks import NetworkAttachment
from pulumi_kubevirt_models import base, enums, quantity
from pulumi_kubevirt_models.generated import k8s_core_v1, k8s_meta_v1, kubevirt_v1


def virtual_machine(
    name: str,
    *,
    namespace: base.Input[str] | None = None,
    memory: str | None = None,
    cpu_cores: int | None = None,
    disks: Sequence[Attachment] = (),
    networks: Sequence[NetworkAttachment] = (),
    run_strategy: enums.RunStrategy = "Always",
    instancetype: base.Input[str] | None = None,
    preference: base.Input[str] | None = None,
    cluster_scoped_types: bool = True,
    labels: Mapping[str, base.Input[str]] | None = None,
    node_selector: Mapping[str, base.Input[str]] | None = None,
    tolerations: Sequence[k8s_core_v1.Toleration] = (),
    efi_secure_boot: bool | None = None,
) -> kubevirt_v1.VirtualMachine:
    """A VirtualMachine (kubevirt.io/v1) with the given disks and networks.

    - ``memory``: guest memory (``"128Mi"``); required unless an ``instancetype`` sets it.
    - ``disks``: from ``disks.*`` and ``cloudinit.*``; the first disk boots unless a disk sets
      ``boot_order``. DataVolume-backed disks add their ``dataVolumeTemplates``.
    - ``networks``: from ``networks.*``. With none, KubeVirt adds the pod network itself.
    - ``instancetype`` / ``preference``: names of (by default cluster-wide)
      instancetypes and preferences; pass ``cluster_scoped_types=False`` for namespaced ones.
    - ``labels`` go on the VM and on its template (the launcher pod), so a Service can select them.
    - ``efi_secure_boot``: ``None`` for BIOS, ``False`` for EFI, ``True`` for EFI with
      secure boot (which also turns on SMM, as KubeVirt requires).
    """
    devices = kubevirt_v1.Devices(disks=[d.disk for d in disks])
    if networks:
        devices.interfaces = [n.interface for n in networks]
    domain = kubevirt_v1.DomainSpec(devices=devices)
    if memory is not None:
        domain.memory = kubevirt_v1.Memory(guest=quantity.Quantity(memory))
    if cpu_cores is not None:
        domain.cpu = kubevirt_v1.CPU(cores=cpu_cores)
    if efi_secure_boot is not None:
        domain.firmware = kubevirt_v1.Firmware(
            bootloader=kubevirt_v1.Bootloader(efi=kubevirt_v1.EFI(secureBoot=efi_secure_boot))
        )
        if efi_secure_boot:
            domain.features = kubevirt_v1.Features(smm=kubevirt_v1.FeatureState(enabled=True))

    vmi_spec = kubevirt_v1.VirtualMachineInstanceSpec(domain=domain, volumes=[d.volume for d in disks])
    if networks:
        vmi_spec.networks = [n.network for n in networks]
    if node_selector:
        vmi_spec.node_selector = dict(node_selector)
    if tolerations:
        vmi_spec.tolerations = list(tolerations)

    template = kubevirt_v1.VirtualMachineInstanceTemplateSpec(spec=vmi_spec)
    metadata = k8s_meta_v1.ObjectMeta(name=name)
    if namespace is not None:
        metadata.namespace = namespace
    if labels:
        metadata.labels = dict(labels)
        template.metadata = k8s_meta_v1.ObjectMeta(labels=dict(labels))

    spec = kubevirt_v1.VirtualMachineSpec(template=template, runStrategy=run_strategy)
    templates = [d.data_volume_template for d in disks if d.data_volume_template is not None]
    if templates:
        spec.data_volume_templates = templates
    prefix = "VirtualMachineCluster" if cluster_scoped_types else "VirtualMachine"
    if instancetype is not None:
        spec.instancetype = kubevirt_v1.InstancetypeMatcher(name=instancetype, kind=f"{prefix}Instancetype")
    if preference is not None:
        spec.preference = kubevirt_v1.PreferenceMatcher(name=preference, kind=f"{prefix}Preference")
    return kubevirt_v1.VirtualMachine(metadata=metadata, spec=spec)


def migration(
    vmi_name: base.Input[str], *, name: str | None = None, namespace: base.Input[str] | None = None
) -> kubevirt_v1.VirtualMachineInstanceMigration:
    """A live migration of the running VMI ``vmi_name`` (one-shot: a new object per migration).

    Without ``name`` the object gets ``generateName: <vmi_name>-migration-``.
    """
    metadata = k8s_meta_v1.ObjectMeta()
    if name is not None:
        metadata.name = name
    else:
        metadata.generate_name = _suffixed(vmi_name, "-migration-")
    if namespace is not None:
        metadata.namespace = namespace
    spec = kubevirt_v1.VirtualMachineInstanceMigrationSpec(vmiName=vmi_name)
    return kubevirt_v1.VirtualMachineInstanceMigration(metadata=metadata, spec=spec)


def _suffixed(name: base.Input[str], suffix: str) -> base.Input[str]:
    """``name + suffix``, also when ``name`` is an Output (then the result is one)."""
    return name + suffix if isinstance(name, str) else name.apply(lambda n: n + suffix)
