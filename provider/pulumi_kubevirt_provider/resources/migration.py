"""VirtualMachineMigration: a one-shot VirtualMachineInstanceMigration, done at Succeeded."""

from __future__ import annotations

from typing import Any

from pulumi_kubevirt_provider import readiness, results
from pulumi_kubevirt_provider.resources import base


class VirtualMachineMigrationHandler(base.KubeProvider):
    # A finished migration that KubeVirt garbage-collected is done, not drift; the node a VM
    # runs on afterwards is status, not desired state.
    reports_drift = False

    def ready(self, obj: dict[str, Any] | None, props: dict[str, Any]) -> readiness.Verdict:
        return readiness.migration(obj)

    def status_outputs(self, obj: dict[str, Any], props: dict[str, Any]) -> dict[str, Any]:
        status = obj.get("status") or {}
        state = status.get("migrationState") or {}
        return {
            "phase": status.get("phase"),
            "source_node": state.get("sourceNode"),
            "target_node": state.get("targetNode"),
        }

    def read(self, id_: str, props: dict[str, Any]) -> results.Read:
        result = super().read(id_, props)
        if not result.id and props.get("phase") == "Succeeded":
            return results.Read(id_, props, self.declared(props))
        return result
