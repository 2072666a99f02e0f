"""DataVolume: done at Succeeded, or at WaitForFirstConsumer/PendingPopulation (never deadlock)."""

from __future__ import annotations

from typing import Any

from pulumi_kubevirt_provider import readiness
from pulumi_kubevirt_provider.resources import base


class DataVolumeHandler(base.KubeProvider):
    def ready(self, obj: dict[str, Any] | None, props: dict[str, Any]) -> readiness.Verdict:
        return readiness.datavolume(obj)

    def status_outputs(self, obj: dict[str, Any], props: dict[str, Any]) -> dict[str, Any]:
        status = obj.get("status") or {}
        return {
            "phase": status.get("phase"),
            "progress": status.get("progress"),
            "claim_name": status.get("claimName") or obj["metadata"]["name"],
        }
