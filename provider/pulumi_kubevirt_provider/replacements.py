"""Which declared changes cannot be applied in place: the rules of ``kinds.py``, applied.

A rule's path matches itself and everything below it; ``metadata.name`` and
``metadata.namespace`` replace every kind (that is a different object).
"""

from __future__ import annotations

from typing import Any

from pulumi_kubevirt_provider import kinds


def replacing(kind: str, changed: list[tuple[str | int, ...]]) -> set[tuple[str | int, ...]]:
    """The changed paths that force a replacement of an object of this Kubernetes kind."""
    rules = kinds.replacements(kind)
    return {path for path in changed for rule in rules if rule.covers(path)}


def replacement_paths(kind: str, changed: list[tuple[str | int, ...]]) -> list[str]:
    """The top-level input properties that force a replacement, for Pulumi's ``replaces``."""
    return sorted({str(path[0]) for path in replacing(kind, changed)})


def data_loss(kind: str, old: dict[str, Any]) -> str | None:
    """What a replacement deletes besides the object: the data of the disks that go with it.

    ``old``: the declaration being replaced. A DataVolume takes its PVC with it (CDI owns it); a
    VM takes the DataVolumes KubeVirt made from its ``dataVolumeTemplates`` (they name the VM as
    their owner), and so their PVCs.
    """
    if kind == "DataVolume":
        return (
            "the disk's data is deleted with the DataVolume's PVC; the new DataVolume starts again "
            "from its source"
        )
    if kind == "VirtualMachine":
        spec = old.get("spec") if isinstance(old.get("spec"), dict) else {}
        templates = spec.get("dataVolumeTemplates") if isinstance(spec, dict) else None
        names = [
            f"`{(t.get('metadata') or {}).get('name') or '?'}`"
            for t in templates or []
            if isinstance(t, dict)
        ]
        if names:
            return (
                f"the disk's data is deleted with the DataVolumes made from its dataVolumeTemplates "
                f"({', '.join(names)}); the new VM's are made again from their sources"
            )
    return None
