"""VirtualMachineService: a Kubernetes Service that exposes a VM, as `virtctl expose` does."""

from __future__ import annotations

from typing import Any

import pulumi_kubevirt_models as models
from pulumi_kubevirt_provider import readiness
from pulumi_kubevirt_provider.resources import base


class VirtualMachineServiceHandler(base.KubeProvider):
    def problems(self, manifest: dict[str, Any]) -> list[tuple[str, str]]:
        import pydantic

        try:
            models.service.Service.model_validate(manifest, by_alias=True)
        except pydantic.ValidationError as exc:
            # The models' translation: manifest paths without pydantic's union tags.
            return [(p.location, p.message) for p in models.errors.from_pydantic(exc, manifest)]
        return []

    def ready(self, obj: dict[str, Any] | None, props: dict[str, Any]) -> readiness.Verdict:
        return readiness.service(obj)

    def status_outputs(self, obj: dict[str, Any], props: dict[str, Any]) -> dict[str, Any]:
        spec = obj.get("spec") or {}
        return {
            "cluster_ip": spec.get("clusterIP"),
            "node_ports": [p["nodePort"] for p in spec.get("ports") or [] if p.get("nodePort")],
        }
