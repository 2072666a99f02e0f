"""Pure comparison of what the user declared with what is there.

Only the paths the user set are compared: everything KubeVirt, CDI or Kubernetes add on their
own (firmware uuid/serial, expanded machine types, ``kubevirt.io/*`` annotations, KubeMacPool
MACs, managedFields, resourceVersion, status ...) is outside those paths and so never shows
up as a change.

Quantities compare by value (``"1536Mi"`` equals ``"1.5Gi"``), because API servers and webhooks
may rewrite their spelling, but only where the kind's schema says the field is a quantity
(:class:`Schema`, derived from the typed models): a label changed from ``"1.1"`` to ``"1.10"`` is a
change, a guest memory changed from ``"1536Mi"`` to ``"1.5Gi"`` is not. Everywhere else values
compare as they are written.
"""

from __future__ import annotations

import dataclasses
import functools
import re
from collections.abc import Iterator
from typing import Any

import pulumi_kubevirt_models as models
from pulumi_kubevirt_models.generated.quantities import QUANTITIES

Path = tuple[str | int, ...]

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
    if isinstance(value, bool) or not isinstance(value, (str, int, float)):
        return None
    try:
        return models.Quantity(value)  # the small hand-written module: no generated model loads
    except (ValueError, TypeError):
        return None


# -- where a kind's schema has quantities ------------------------------------------------------
# Path patterns (``pulumi_kubevirt_models.generated.quantities``, generated with the models from the
# same specs): a field by its (camelCase) name, "[]" for any list item, "*" for any map key.
_ITEM, _KEY, _LEAF = "[]", "*", ""

_Trie = dict[str, Any]


@dataclasses.dataclass(frozen=True)
class Schema:
    """The kind whose paths are compared: where its typed model (``pulumi_kubevirt_models``) has a
    ``Quantity``, values compare by value. Paths start at the object (``spec``, ``metadata``)."""

    api_version: str
    kind: str

    def is_quantity(self, path: Path) -> bool:
        node: _Trie | None = _quantity_trie(self.api_version, self.kind)
        for part in path:
            if node is None:
                return False
            node = node.get(_ITEM) if isinstance(part, int) else node.get(part, node.get(_KEY))
        return node is not None and _LEAF in node


def quantity_paths(api_version: str, kind: str) -> frozenset[str]:
    """The kind's quantity fields as patterns (``spec.template.spec.domain.resources.requests.*``,
    ``spec.dataVolumeTemplates[].spec.storage.resources.requests.*``); empty for a kind the typed
    models do not know (a Service has none)."""
    return frozenset(QUANTITIES.get((api_version, kind), ()))


@functools.cache
def _quantity_trie(api_version: str, kind: str) -> _Trie:
    """The kind's quantity paths as a trie, built once per kind (a small table: no model loads)."""
    trie: _Trie = {}
    for pattern in quantity_paths(api_version, kind):
        node = trie
        for part in re.findall(r"\[\]|[^.\[]+", pattern):
            node = node.setdefault(part, {})
        node[_LEAF] = {}
    return trie


def same(a: Any, b: Any, path: Path = (), schema: Schema | None = None) -> bool:
    """Whether two values at ``path`` are the same: equal, or, where ``schema`` has a quantity,
    the same quantity however it is spelled."""
    if a == b:
        return True
    if isinstance(a, dict) and isinstance(b, dict):
        return a.keys() == b.keys() and all(same(a[k], b[k], (*path, k), schema) for k in a)
    if isinstance(a, list) and isinstance(b, list):
        return len(a) == len(b) and all(
            same(x, y, (*path, i), schema) for i, (x, y) in enumerate(zip(a, b, strict=True))
        )
    if schema is not None and (isinstance(a, str) or isinstance(b, str)):
        qa, qb = _quantity(a), _quantity(b)
        # The path is looked up last: only a respelled quantity needs it.
        return qa is not None and qb is not None and qa == qb and schema.is_quantity(path)
    return False


def format_path(parts: tuple[str | int, ...]) -> str:
    """A path in Pulumi's property-path syntax, the one the models' errors use too:
    ``spec.template.spec.volumes[0].name``, ``metadata.labels["app.kubernetes.io/name"]``."""
    return str(models.errors.format_path(parts))


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
    declared: Any, live: Any, prefix: Path = (), *, schema: Schema | None = None
) -> Iterator[tuple[Path, Any, Any]]:
    """Yield (path, declared value, live value) wherever a declared value is not what is live.

    A declared key missing from ``live`` yields ``live`` value ``None``. ``prefix``: where
    ``declared`` sits in the object ``schema`` describes.
    """
    if isinstance(declared, dict):
        live_map = live if isinstance(live, dict) else {}
        for key, value in declared.items():
            if value is None:
                continue
            yield from differences(value, live_map.get(key), (*prefix, key), schema=schema)
        return
    if (
        isinstance(declared, list)
        and isinstance(live, list)
        and len(declared) == len(live)
        and all(isinstance(d, dict) for d in declared)
    ):
        for i, (d, lv) in enumerate(zip(declared, live, strict=True)):
            yield from differences(d, lv, (*prefix, i), schema=schema)
        return
    if not same(declared, project(live, declared), prefix, schema):
        yield prefix, declared, live


def changed_paths(old: Any, new: Any, prefix: Path = (), *, schema: Schema | None = None) -> Iterator[Path]:
    """Paths whose value differs between two declarations (both directions); a map that is
    added or removed whole yields each of its keys."""
    if isinstance(old, dict) and new is None:
        new = {}
    elif isinstance(new, dict) and old is None:
        old = {}
    if isinstance(old, dict) and isinstance(new, dict):
        for key in sorted(set(old) | set(new), key=str):
            yield from changed_paths(old.get(key), new.get(key), (*prefix, key), schema=schema)
        return
    if isinstance(old, list) and isinstance(new, list) and len(old) == len(new):
        for i, (a, b) in enumerate(zip(old, new, strict=True)):
            yield from changed_paths(a, b, (*prefix, i), schema=schema)
        return
    if not same(old, new, prefix, schema):
        yield prefix
