"""A Pulumi program's VM spec, typed end to end, with a DataVolume's name as an Output.

Type-checked by tests/sdk/test_typed_outputs.py (``mypy --strict``); never run.
"""

from __future__ import annotations

import pulumi

from pulumi_kubevirt import disks, vm
from pulumi_kubevirt.models import Input, Quantity, k8s_meta_v1, kubevirt_v1


def root_volume(dv_name: Input[str]) -> kubevirt_v1.Volume:
    return kubevirt_v1.Volume(name="root", dataVolume=kubevirt_v1.DataVolumeSource(name=dv_name))


def web_vm(dv_name: pulumi.Output[str], namespace: pulumi.Output[str]) -> kubevirt_v1.VirtualMachine:
    disk_list = [kubevirt_v1.Disk(name="root", disk=kubevirt_v1.DiskTarget(bus="virtio"))]
    return kubevirt_v1.VirtualMachine(
        metadata=k8s_meta_v1.ObjectMeta(name="web", namespace=namespace, labels={"app": "web"}),
        spec=kubevirt_v1.VirtualMachineSpec(
            runStrategy="Always",
            template=kubevirt_v1.VirtualMachineInstanceTemplateSpec(
                spec=kubevirt_v1.VirtualMachineInstanceSpec(
                    domain=kubevirt_v1.DomainSpec(
                        memory=kubevirt_v1.Memory(guest=Quantity("128Mi")),
                        devices=kubevirt_v1.Devices(disks=disk_list),  # a list[Disk] is a Sequence of inputs
                    ),
                    volumes=[
                        root_volume(dv_name),
                        kubevirt_v1.Volume(
                            name="data",
                            dataVolume=kubevirt_v1.DataVolumeSource(name=dv_name.apply(str.upper)),
                        ),
                    ],
                )
            ),
        ),
    )


def friendly(dv_name: pulumi.Output[str]) -> kubevirt_v1.VirtualMachine:
    return vm.virtual_machine("web", memory="128Mi", disks=[disks.existing_data_volume("root", dv_name)])


def dv_name_of(machine: kubevirt_v1.VirtualMachine) -> Input[str] | None:
    # Reading back: each level is the model or an Output of it; narrow to walk down.
    template = machine.spec.template if isinstance(machine.spec, kubevirt_v1.VirtualMachineSpec) else None
    vmi = template.spec if isinstance(template, kubevirt_v1.VirtualMachineInstanceTemplateSpec) else None
    volumes = vmi.volumes if isinstance(vmi, kubevirt_v1.VirtualMachineInstanceSpec) else None
    for volume in volumes if isinstance(volumes, list) else []:
        if isinstance(volume, kubevirt_v1.Volume) and isinstance(
            volume.data_volume, kubevirt_v1.DataVolumeSource
        ):
            return volume.data_volume.name
    return None


name: pulumi.Output[str] = pulumi.Output.from_input("root-dv")
web = web_vm(name, pulumi.Output.from_input("vms"))
manifest = web.to_manifest()
friendly(name)
dv_name_of(web)
