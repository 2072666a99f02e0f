"""Pulumi resources for KubeVirt virtual machines."""

from pulumi_kubevirt.models import Quantity, ValidationError, from_manifest, validate
from pulumi_kubevirt.resources import (
    DataVolume,
    Provider,
    VirtualMachine,
    VirtualMachineMigration,
    VirtualMachineService,
)

__all__: list[str] = [
    "DataVolume",
    "Provider",
    "Quantity",
    "ValidationError",
    "VirtualMachine",
    "VirtualMachineMigration",
    "VirtualMachineService",
    "from_manifest",
    "validate",
]
