"""VirtualMachineMigration: a one-shot VirtualMachineInstanceMigration, done at Succeeded."""

from __future__ import annotations

from typing import Any

from pulumi_kubevirt_provider import kube, readiness
from pulumi_kubevirt_provider.resources import base


class VirtualMachineMigrationProvider(base.KubeProvider):
    kind = kube.VMIM

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

    def diff(self, id_: str, olds: dict[str, Any], news: dict[str, Any]) -> Any:
        # A finished migration that KubeVirt garbage-collected is done, not drift; the node a VM
        # runs on afterwards is status, not desired state.
        old, new = self.declared(olds), self.declared(news)
        if old == new:
            return base.dyn.DiffResult(changes=False)
        return super().diff(id_, olds, news)

    def read(self, id_: str, props: dict[str, Any]) -> Any:
        result = super().read(id_, props)
        if not result.id and props.get("phase") == "Succeeded":
            return base.dyn.ReadResult(id_=id_, outs=props, inputs=self.declared(props))
        return result
