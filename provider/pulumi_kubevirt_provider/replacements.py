"""Which declared changes cannot be applied in place, per kind: data, not logic.

A path here matches itself and everything below it. ``metadata.name`` and
``metadata.namespace`` are replaced everywhere (that is a different object).
"""

from __future__ import annotations

ALWAYS = (("metadata", "name"), ("metadata", "namespace"))

REPLACE_ON = {
    # KubeVirt creates a DataVolume per template only when it is missing and never updates it:
    # an edited template would silently do nothing, so it is a new VM.
    "VirtualMachine": (("spec", "dataVolumeTemplates"),),
    # CDI's webhook rejects any spec update.
    "DataVolume": (("spec",),),
    # A migration is one-shot: its spec cannot change.
    "VirtualMachineInstanceMigration": (("spec",),),
    "Service": (("spec", "clusterIP"), ("spec", "clusterIPs"), ("spec", "ipFamilies")),
}


def replacing(kind: str, changed: list[tuple[str | int, ...]]) -> set[tuple[str | int, ...]]:
    """The changed paths that force a replacement."""
    rules = ALWAYS + REPLACE_ON.get(kind, ())
    return {path for path in changed for rule in rules if tuple(path[: len(rule)]) == rule}


def replacement_paths(kind: str, changed: list[tuple[str | int, ...]]) -> list[str]:
    """The top-level input properties that force a replacement, for Pulumi's ``replaces``."""
    return sorted({str(path[0]) for path in replacing(kind, changed)})
