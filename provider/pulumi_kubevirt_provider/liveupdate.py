"""Whether a change to a running VM's template is applied live or needs a restart.

KubeVirt (v1.6+ with the default ``vmRolloutStrategy: LiveUpdate``) applies some template
changes to the running VMI and marks every other one with the ``RestartRequired`` condition.
This module answers the same question from the declared old and new templates, so a preview
can say which one a change will be.
"""

from __future__ import annotations

from typing import Any

from pulumi_kubevirt_provider import diff

TEMPLATE = ("spec", "template", "spec")
VM = diff.Schema("kubevirt.io/v1", "VirtualMachine")

# Paths below spec.template.spec that KubeVirt applies to a running VM.
LIVE = (
    ("domain", "cpu", "sockets"),
    ("domain", "memory", "guest"),
    ("nodeSelector",),
    ("affinity",),
    ("tolerations",),
)


def classify(old: dict[str, Any], new: dict[str, Any]) -> tuple[list[str], list[str]]:
    """(live changes, restart changes) as manifest paths, for changes inside the template."""
    hotplug = _hotplug_names(old) | _hotplug_names(new)
    live, restart = [], []
    for path in diff.changed_paths(old, new, schema=VM):
        if tuple(path[:3]) != TEMPLATE:
            continue  # runStrategy, labels, ...: not a template change
        rest = tuple(path[3:])
        name = diff.format_path(path)
        if any(rest[: len(p)] == p for p in LIVE) or _names_hotplug(old, new, rest, hotplug):
            live.append(name)
        else:
            restart.append(name)
    return live, restart


def _hotplug_names(doc: dict[str, Any]) -> set[str]:
    """Names of volumes declared hotpluggable (and so of their disks)."""
    volumes = _get(doc, (*TEMPLATE, "volumes"))
    # A volume still unknown in a preview (an Output) is not a dict: not known to be hotpluggable.
    known = [v for v in volumes if isinstance(v, dict)] if isinstance(volumes, list) else []
    return {
        str(v.get("name"))
        for v in known
        if _get(v, ("dataVolume", "hotpluggable")) or _get(v, ("persistentVolumeClaim", "hotpluggable"))
    }


def _names_hotplug(
    old: dict[str, Any], new: dict[str, Any], rest: tuple[Any, ...], hotplug: set[str]
) -> bool:
    """Is ``rest`` (below the template spec) a volume or disk entry of a hotpluggable volume?"""
    for listing in (("volumes",), ("domain", "devices", "disks")):
        if rest[: len(listing)] == listing and len(rest) > len(listing):
            index = rest[len(listing)]
            names = set()
            for doc in (old, new):
                items = _get(doc, (*TEMPLATE, *listing))
                if isinstance(items, list) and isinstance(index, int) and index < len(items):
                    names.add(items[index].get("name") if isinstance(items[index], dict) else None)
            return bool(names) and names <= hotplug
    return False


def _get(doc: Any, path: tuple[Any, ...]) -> Any:
    for p in path:
        if not isinstance(doc, dict):
            return None
        doc = doc.get(p)
    return doc
