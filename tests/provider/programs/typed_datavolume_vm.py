"""A program that wires a DataVolume's name into a VM's volumes through the typed models.

Type-checked with ``mypy --strict`` and run over both transports by
tests/provider/stacks/test_typed_outputs_stack.py.
"""

from __future__ import annotations

import pulumi

import pulumi_kubevirt as kv
from pulumi_kubevirt.models import Quantity, cdi_v1beta1, k8s_core_v1, kubevirt_v1


def program() -> None:
    data = kv.DataVolume(
        "typed-data",
        spec=cdi_v1beta1.DataVolumeSpec(
            source=cdi_v1beta1.DataVolumeSource(blank=cdi_v1beta1.DataVolumeBlankImage()),
            storage=cdi_v1beta1.StorageSpec(
                resources=k8s_core_v1.VolumeResourceRequirements(requests={"storage": Quantity("16Mi")})
            ),
        ),
    )
    dv_name: pulumi.Output[str] = data.metadata.apply(lambda m: str(m["name"]))
    spec = kubevirt_v1.VirtualMachineSpec(
        runStrategy="Halted",
        template=kubevirt_v1.VirtualMachineInstanceTemplateSpec(
            spec=kubevirt_v1.VirtualMachineInstanceSpec(
                domain=kubevirt_v1.DomainSpec(
                    devices=kubevirt_v1.Devices(
                        disks=[kubevirt_v1.Disk(name="data", disk=kubevirt_v1.DiskTarget(bus="virtio"))]
                    ),
                    resources=kubevirt_v1.ResourceRequirements(requests={"memory": Quantity("128Mi")}),
                ),
                volumes=[
                    kubevirt_v1.Volume(name="data", dataVolume=kubevirt_v1.DataVolumeSource(name=dv_name))
                ],
            )
        ),
    )
    machine = kv.VirtualMachine("typed-vm", spec=spec)
    pulumi.export("volume_claim", data.claim_name)
    pulumi.export("vm_status", machine.printable_status)
