"""Pure comparison of what the user declared with what is there.

Only the paths the user set are compared: everything KubeVirt, CDI or Kubernetes add on their
own (firmware uuid/serial, expanded machine types, ``kubevirt.io/*`` annotations, KubeMacPool
MACs, managedFields, resourceVersion, status ...) is outside those paths and so never shows
up as a change. Quantities compare by value (``"1536Mi"`` equals ``"1.5Gi"``), because API
servers and webhooks may rewrite their spelling.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

UNKNOWN = "04da6b54-80e4-46f7-96ec-b56ff0331ba9"  # Pulumi's placeholder for a not-yet-known value


def contains(value: Any, leaf: Any) -> bool:
    """Is ``leaf`` the value itself, or any dict value or list item at any depth of it?"""
    if value == leaf:
        return True
    if isinstance(value, dict):
        return any(contains(v, leaf) for v in value.values())
    if isinstance(value, list):
        return any(contains(v, leaf) for v in value)
    return False


def has_unknowns(value: Any) -> bool:
    return contains(value, UNKNOWN)


def project(live: Any, declared: Any) -> Any:
    """``live`` cut down to the shape of ``declared``: only keys the user set, lists by index."""
    if isinstance(declared, dict) and isinstance(live, dict):
        return {k: project(live[k], v) for k, v in declared.items() if k in live}
    if isinstance(declared, list) and isinstance(live, list) and len(declared) == len(live):
        return [project(lv, dv) for lv, dv in zip(live, declared, strict=True)]
    return live


def _quantity(value: Any) -> Any:
    # Imported here: pulumi_kubevirt (the SDK) imports this package for its resources.
    from pulumi_kubevirt.models import Quantity

    if isinstance(value, bool) or not isinstance(value, (str, int, float)):
        return None
    try:
        return Quantity(value)
    except (ValueError, TypeError):
        return None


def same(a: Any, b: Any) -> bool:
    if a == b:
        return True
    if isinstance(a, dict) and isinstance(b, dict):
        return a.keys() == b.keys() and all(same(a[k], b[k]) for k in a)
    if isinstance(a, list) and isinstance(b, list):
        return len(a) == len(b) and all(same(x, y) for x, y in zip(a, b, strict=True))
    if isinstance(a, str) or isinstance(b, str):
        qa, qb = _quantity(a), _quantity(b)
        return qa is not None and qb is not None and qa == qb
    return False


def format_path(parts: tuple[str | int, ...]) -> str:
    """A path in Pulumi's property-path syntax, the one the models' errors use too:
    ``spec.template.spec.volumes[0].name``, ``metadata.labels["app.kubernetes.io/name"]``."""
    from pulumi_kubevirt.models._errors import format_path as models_format_path

    return str(models_format_path(parts))


MISSING = object()


def value_at(doc: Any, path: tuple[str | int, ...], *, opaque: Any = MISSING) -> Any:
    """The value at ``path``, or MISSING (a None value counts as missing).

    A value equal to ``opaque`` met on the way (e.g. a secret that hides what is below it) is the
    answer itself.
    """
    for p in path:
        if opaque is not MISSING and doc == opaque:
            return opaque
        if isinstance(p, int):
            if not isinstance(doc, list) or p >= len(doc):
                return MISSING
        elif not isinstance(doc, dict) or p not in doc:
            return MISSING
        doc = doc[p]
    return MISSING if doc is None else doc


def differences(
    declared: Any, live: Any, prefix: tuple[str | int, ...] = ()
) -> Iterator[tuple[tuple[str | int, ...], Any, Any]]:
    """Yield (path, declared value, live value) wherever a declared value is not what is live.

    A declared key missing from ``live`` yields ``live`` value ``None``.
    """
    if isinstance(declared, dict):
        live_map = live if isinstance(live, dict) else {}
        for key, value in declared.items():
            if value is None:
                continue
            yield from differences(value, live_map.get(key), (*prefix, key))
        return
    if (
        isinstance(declared, list)
        and isinstance(live, list)
        and len(declared) == len(live)
        and all(isinstance(d, dict) for d in declared)
    ):
        for i, (d, lv) in enumerate(zip(declared, live, strict=True)):
            yield from differences(d, lv, (*prefix, i))
        return
    if not same(declared, project(live, declared)):
        yield prefix, declared, live


def changed_paths(old: Any, new: Any, prefix: tuple[str | int, ...] = ()) -> Iterator[tuple[str | int, ...]]:
    """Paths whose value differs between two declarations (both directions); a map that is
    added or removed whole yields each of its keys."""
    if isinstance(old, dict) and new is None:
        new = {}
    elif isinstance(new, dict) and old is None:
        old = {}
    if isinstance(old, dict) and isinstance(new, dict):
        for key in sorted(set(old) | set(new), key=str):
            yield from changed_paths(old.get(key), new.get(key), (*prefix, key))
        return
    if isinstance(old, list) and isinstance(new, list) and len(old) == len(new):
        for i, (a, b) in enumerate(zip(old, new, strict=True)):
            yield from changed_paths(a, b, (*prefix, i))
        return
    if not same(old, new):
        yield prefix
