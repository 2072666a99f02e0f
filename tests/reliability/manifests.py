"""Hypothesis strategies for VirtualMachine and DataVolume manifests, drawn from the generated
models (pulumi_kubevirt_models): a valid manifest with a few fields under ``spec`` set to
values of the field's declared type (enums, quantities, lists, maps, nested objects) or, now and
then, of a wrong one. Most come out invalid; the ones the client side accepts are the ones the
real API server must accept too.
"""

from __future__ import annotations

import copy
import functools
import types
import typing
from typing import Any

from hypothesis import strategies as st

from pulumi_kubevirt_models import base, quantity
from pulumi_kubevirt_models.generated import cdi_v1beta1, kubevirt_v1

QUANTITIES = ["1", "2", "0", "64Mi", "128Mi", "1Gi", "100m", "1.5Gi", "2G", "-1", "1e3", "lots", "Mi"]
NAMES = ["root", "data", "a", "eth0", "default", "x-1", "Bad_Name", "", "-x"]


def base_vm() -> dict[str, Any]:
    return {
        "apiVersion": "kubevirt.io/v1",
        "kind": "VirtualMachine",
        "metadata": {"name": "prop"},
        "spec": {
            "runStrategy": "Halted",
            "template": {
                "spec": {
                    "domain": {
                        "devices": {"disks": [{"name": "root", "disk": {"bus": "virtio"}}]},
                        "resources": {"requests": {"memory": "128Mi"}},
                    },
                    "volumes": [
                        {
                            "name": "root",
                            "containerDisk": {"image": "quay.io/kubevirt/cirros-container-disk-demo"},
                        }
                    ],
                }
            },
        },
    }


def base_dv() -> dict[str, Any]:
    return {
        "apiVersion": "cdi.kubevirt.io/v1beta1",
        "kind": "DataVolume",
        "metadata": {"name": "prop"},
        "spec": {"source": {"blank": {}}, "storage": {"resources": {"requests": {"storage": "64Mi"}}}},
    }


ROOTS = {
    "VirtualMachine": (base_vm, kubevirt_v1.VirtualMachineSpec),
    "DataVolume": (base_dv, cdi_v1beta1.DataVolumeSpec),
}


def _strip(ann: Any) -> Any:
    """``Optional[Annotated[X, TakesOutput]]`` -> ``X``."""
    while True:
        origin = typing.get_origin(ann)
        if origin is typing.Annotated:
            ann = typing.get_args(ann)[0]
        elif origin in (typing.Union, types.UnionType):
            args = [a for a in typing.get_args(ann) if a is not type(None)]
            ann = args[0]
        else:
            return ann


def _is_model(ann: Any) -> bool:
    return isinstance(ann, type) and issubclass(ann, base.KubeModel)


@functools.cache
def fields(cls: type[base.KubeModel]) -> dict[str, Any]:
    """Manifest key -> the field's type, without Optional and the Output marker."""
    return {f.alias or name: _strip(f.annotation) for name, f in cls.model_fields.items()}


def junk() -> st.SearchStrategy[Any]:
    return st.sampled_from(["x", 7, -1, True, [], {}, None, 1.5, "1Gi"])


def values(ann: Any, depth: int = 0) -> st.SearchStrategy[Any]:
    """A value of the declared type (shallow for objects), sometimes one of a wrong type."""
    origin = typing.get_origin(ann)
    if origin is typing.Literal:
        typed: st.SearchStrategy[Any] = st.sampled_from(typing.get_args(ann))
    elif ann is bool:
        typed = st.booleans()
    elif ann is int:
        typed = st.one_of(st.integers(-3, 70_000), st.sampled_from([2**31, 2**53]))
    elif ann is float:
        typed = st.floats(-10, 10_000, allow_nan=False)
    elif ann is str:
        typed = st.sampled_from(NAMES) | st.text("abcxyz019-.", max_size=10)
    elif ann is quantity.Quantity:
        typed = st.sampled_from(QUANTITIES)
    elif origin in (list, typing.Sequence):
        (inner,) = typing.get_args(ann)
        typed = st.lists(values(_strip(inner), depth + 1), max_size=2)
    elif origin in (dict, typing.Mapping):
        inner = _strip(typing.get_args(ann)[1])
        typed = st.dictionaries(
            st.sampled_from(["a", "cpu", "memory", "storage", "x/y"]), values(inner, depth + 1), max_size=2
        )
    elif _is_model(ann):
        typed = st.just({}) if depth > 1 else objects(ann, depth + 1)
    else:  # Any, int-or-string and the like
        typed = st.sampled_from(["x", 1, {}, []])
    return st.one_of(typed, junk()) if depth == 0 else typed


def objects(cls: type[base.KubeModel], depth: int) -> st.SearchStrategy[dict[str, Any]]:
    """A small object of ``cls``: up to two of its fields."""
    table = fields(cls)
    if not table:
        return st.just({})
    keys = st.lists(st.sampled_from(sorted(table)), max_size=2, unique=True)
    return keys.flatmap(lambda ks: st.fixed_dictionaries({k: values(table[k], depth) for k in ks}))


@st.composite
def mutation(draw: st.DrawFn, cls: type[base.KubeModel]) -> tuple[list[str | int], Any]:
    """A path into ``cls`` (keys, and index 0 into lists of objects) and a value to put there."""
    path: list[str | int] = []
    while True:
        table = fields(cls)
        if not table:  # an object without fields (``blank: {}``): a junk value instead
            return path, draw(junk())
        key = draw(st.sampled_from(sorted(table)))
        path.append(key)
        ann = table[key]
        origin = typing.get_origin(ann)
        if (
            origin in (list, typing.Sequence)
            and _is_model(_strip(typing.get_args(ann)[0]))
            and draw(st.booleans())
        ):
            path.append(0)
            ann = _strip(typing.get_args(ann)[0])
        if _is_model(ann) and len(path) < 8 and draw(st.booleans()):
            cls = ann
            continue
        return path, draw(values(ann))


def put(manifest: dict[str, Any], path: list[str | int], value: Any) -> None:
    here: Any = manifest["spec"]
    for i, step in enumerate(path[:-1]):
        nxt = path[i + 1]
        if isinstance(step, int):
            if not isinstance(here, list):
                return
            if not here:
                here.append({})
            if not isinstance(here[0], dict):
                here[0] = {}
            here = here[0]
            continue
        if not isinstance(here, dict):
            return
        if not isinstance(here.get(step), list if isinstance(nxt, int) else dict):
            here[step] = [] if isinstance(nxt, int) else {}
        here = here[step]
    last = path[-1]
    if isinstance(here, dict) and isinstance(last, str):
        here[last] = value


@st.composite
def manifests(draw: st.DrawFn, kind: str) -> dict[str, Any]:
    base, spec_model = ROOTS[kind]
    manifest = copy.deepcopy(base())
    for path, value in draw(st.lists(mutation(spec_model), min_size=1, max_size=3)):
        put(manifest, path, value)
    return manifest
