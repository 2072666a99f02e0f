"""Instancetypes and preferences (``instancetype.kubevirt.io/v1beta1``), namespaced and cluster-wide.

One module for the four kinds: none has a status or a controller acting on it, so each is ready
once it exists in the API (``readiness.exists``), and a change of its spec is applied in place
(KubeVirt keeps, per VM, the ControllerRevision it started with: editing the object changes no
running VM). The cluster-wide kinds differ from the namespaced ones only in their entry
(``namespaced=False``: no namespace is defaulted, one given is refused by ``base.check``), so each
is the namespaced handler under its own entry. Drift is the base core's: the declared spec against
the live one, quantities by value.
"""

from __future__ import annotations

from typing import Any

from pulumi_kubevirt_provider import readiness
from pulumi_kubevirt_provider.resources import base


class VirtualMachineInstancetypeHandler(base.KubeProvider):
    """Outputs the guest's resolved size: vCPUs and memory, as the object holds them."""

    def ready(self, obj: dict[str, Any] | None, props: dict[str, Any]) -> readiness.Verdict:
        return readiness.exists(obj)

    def status_outputs(self, obj: dict[str, Any], props: dict[str, Any]) -> dict[str, Any]:
        spec = obj.get("spec") or {}
        return {
            "cpu_guest": (spec.get("cpu") or {}).get("guest"),
            "memory_guest": (spec.get("memory") or {}).get("guest"),
        }


class VirtualMachineClusterInstancetypeHandler(VirtualMachineInstancetypeHandler):
    """The cluster-wide instancetype: as the namespaced one."""


class VirtualMachinePreferenceHandler(base.KubeProvider):
    """Outputs the minimum a VM using it must have (``spec.requirements``), None where unset."""

    def ready(self, obj: dict[str, Any] | None, props: dict[str, Any]) -> readiness.Verdict:
        return readiness.exists(obj)

    def status_outputs(self, obj: dict[str, Any], props: dict[str, Any]) -> dict[str, Any]:
        requirements = (obj.get("spec") or {}).get("requirements") or {}
        return {
            "required_cpu_guest": (requirements.get("cpu") or {}).get("guest"),
            "required_memory_guest": (requirements.get("memory") or {}).get("guest"),
        }


class VirtualMachineClusterPreferenceHandler(VirtualMachinePreferenceHandler):
    """The cluster-wide preference: as the namespaced one."""
