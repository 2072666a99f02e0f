"""PVCs and PVs as local files: the sandbox's only storage.

A claim's data is one raw disk image, ``<sandbox>/storage/<namespace>/<claim>/disk.img`` (CDI's
file-system volume layout keeps ``disk.img`` at the volume's root, too). The PV bound to the claim
is a ``hostPath`` PV pointing at that folder, so the mapping is visible through the API. There is
no provisioner for PVCs that nobody fills: a claim without such a PV has no data.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from kubevirt_sandbox.controllers import runtime

STORAGE_CLASS = "sandbox-local"


def claim_name(volume: dict[str, Any]) -> str | None:
    if "persistentVolumeClaim" in volume:
        return str(volume["persistentVolumeClaim"]["claimName"])
    if "dataVolume" in volume:
        return str(volume["dataVolume"]["name"])
    return None


# What the API server allows as a namespace (a DNS-1123 label) and a PVC name (a subdomain):
# never a path. A name taken from a spec field the API server does not check (a clone source, a
# claimName) must match before it becomes part of a folder.
_LABEL = r"[a-z0-9]([-a-z0-9]*[a-z0-9])?"
NAMESPACE = re.compile(_LABEL)
CLAIM = re.compile(rf"{_LABEL}(\.{_LABEL})*")


class InvalidName(ValueError):
    pass


def claim_dir(ctx: runtime.Context, namespace: str, claim: str) -> Path:
    """The claim's folder; InvalidName if either name is not one the API server would accept."""
    if len(namespace) > 63 or not NAMESPACE.fullmatch(namespace):
        raise InvalidName(f"invalid namespace {namespace!r}: must be a lowercase RFC 1123 label")
    if len(claim) > 253 or not CLAIM.fullmatch(claim):
        raise InvalidName(f"invalid PVC name {claim!r}: must be a lowercase RFC 1123 subdomain")
    return ctx.storage_dir() / namespace / claim


def volume_file(ctx: runtime.Context, namespace: str, volume: dict[str, Any]) -> Path:
    claim = claim_name(volume)
    assert claim
    try:
        claim_dir(ctx, namespace, claim)  # a name, not a path, before it reaches a URL or a folder
    except InvalidName as exc:
        raise runtime.NotYet("ErrorPvcNotFound", f"PVC {namespace}/{claim} does not exist: {exc}") from None
    if "dataVolume" in volume:
        dv = ctx.kube.get("DataVolume", namespace, claim)
        phase = ((dv or {}).get("status") or {}).get("phase")
        if dv is not None and phase != "Succeeded":
            raise runtime.NotYet("DataVolumeNotReady", f"DataVolume {claim} is {phase or 'Pending'}")
    pvc = ctx.kube.get("PersistentVolumeClaim", namespace, claim)
    if pvc is None:
        raise runtime.NotYet("ErrorPvcNotFound", f"PVC {namespace}/{claim} does not exist")
    if ((pvc.get("status") or {}).get("phase")) != "Bound":
        raise runtime.NotYet("WaitingForVolumeBinding", f"PVC {namespace}/{claim} is not Bound")
    pv_name = (pvc.get("spec") or {}).get("volumeName")
    pv = ctx.kube.get("PersistentVolume", None, pv_name) if pv_name else None
    host = ((pv or {}).get("spec") or {}).get("hostPath", {}).get("path")
    path = Path(host) / "disk.img" if host else claim_dir(ctx, namespace, claim) / "disk.img"
    if not path.is_file():
        raise runtime.NotYet("ErrorPvcNotFound", f"PVC {namespace}/{claim} has no data ({path})")
    return path
