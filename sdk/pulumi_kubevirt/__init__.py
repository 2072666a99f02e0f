"""Pulumi resources for KubeVirt virtual machines."""

__all__: list[str] = []
