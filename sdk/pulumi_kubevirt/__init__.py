"""Pulumi resources for KubeVirt virtual machines."""

from pulumi_kubevirt.models import Quantity, ValidationError, from_manifest, validate

__all__: list[str] = [
    "Quantity",
    "ValidationError",
    "from_manifest",
    "validate",
]
