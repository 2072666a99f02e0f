"""DataVolume: done at Succeeded, or at WaitForFirstConsumer/PendingPopulation (never deadlock)."""

from __future__ import annotations

from typing import Any

from pulumi_kubevirt_provider import kube, readiness, tunables
from pulumi_kubevirt_provider.resources import base


class DataVolumeHandler(base.KubeProvider):
    kind = kube.DATAVOLUME
    outputs = ("uid", "phase", "progress", "claim_name")
    default_timeouts = tunables.TUNABLES.default_timeouts["DataVolume"]

    def ready(self, obj: dict[str, Any] | None, props: dict[str, Any]) -> readiness.Verdict:
        return readiness.datavolume(obj)

    def status_outputs(self, obj: dict[str, Any], props: dict[str, Any]) -> dict[str, Any]:
        status = obj.get("status") or {}
        return {
            "phase": status.get("phase"),
            "progress": status.get("progress"),
            "claim_name": status.get("claimName") or obj["metadata"]["name"],
        }


def __getattr__(name: str) -> object:
    # Stacks made before the plugin stored `DataVolumeProvider` of this module as their dynamic
    # provider (pickled by reference); it is the dynamic-provider adapter now.
    if name == "DataVolumeProvider":
        from pulumi_kubevirt_provider import dynamic

        return dynamic.DataVolumeProvider
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
