"""Quantities compare by value only where the schema says the field is a quantity (issue 21, item 1).

A label ``app.kubernetes.io/version`` changed from "1.1" to "1.10" is a change, though both
spellings parse as the same Kubernetes quantity; ``spec.template.spec.domain.memory.guest``
changed from "1536Mi" to "1.5Gi" is not.
"""

from __future__ import annotations

import copy
import types
import typing
from typing import Any

import fake_cluster
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pulumi_kubevirt_provider import diff, operation, results
from pulumi_kubevirt_provider.resources import vm

UPDATE = results.DiffKind.UPDATE
GUEST = ("spec", "template", "spec", "domain", "memory", "guest")
REQUEST = ("spec", "template", "spec", "domain", "resources", "requests", "memory")


def vm_props() -> dict[str, Any]:
    return {
        "metadata": {"name": "web", "namespace": "ns", "labels": {}, "annotations": {}},
        "spec": {
            "runStrategy": "Halted",
            "template": {
                "metadata": {"labels": {}},
                "spec": {
                    "domain": {
                        "devices": {},
                        "memory": {"guest": "1536Mi"},
                        "resources": {"requests": {"memory": "1536Mi"}},
                    },
                    "nodeSelector": {},
                },
            },
        },
    }


def put(doc: dict[str, Any], path: tuple[str, ...], value: Any) -> dict[str, Any]:
    doc = copy.deepcopy(doc)
    node = doc
    for part in path[:-1]:
        node = node.setdefault(part, {})
    node[path[-1]] = value
    return doc


def diff_of(old: dict[str, Any], new: dict[str, Any], live: dict[str, Any]) -> results.Diff:
    cfg, fake = fake_cluster.install()
    fake.put(
        vm.VirtualMachineHandler.kind, {"apiVersion": "kubevirt.io/v1", "kind": "VirtualMachine", **live}
    )
    with operation.running(operation.Operation(say=lambda r, m: None)):
        return vm.VirtualMachineHandler(cfg).diff("ns/web", old, new)


# Strings that parse as quantities, and spell the same value differently: the cases of the issue.
QUANTITY_LOOKING = st.sampled_from(
    ["1.1", "1.10", "2", "2.0", "1e3", "1000", "1k", "1Gi", "1024Mi", "0.5", ".5", "500m", "+1", "01"]
)
VALUES = st.one_of(
    QUANTITY_LOOKING, st.text(max_size=12), st.decimals(allow_nan=False, allow_infinity=False).map(str)
)
KEYS = st.sampled_from(["app.kubernetes.io/version", "team", "x"])
# Free-form string fields of a VM: labels, annotations, the template's labels, a node selector.
STRING_FIELDS = st.sampled_from(
    [
        ("metadata", "labels"),
        ("metadata", "annotations"),
        ("spec", "template", "metadata", "labels"),
        ("spec", "template", "spec", "nodeSelector"),
    ]
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(field=STRING_FIELDS, key=KEYS, before=VALUES, after=VALUES)
def test_a_changed_string_value_is_always_a_diff_and_drift(
    field: tuple[str, ...], key: str, before: str, after: str
) -> None:
    if before == after:
        return
    old, new = put(vm_props(), (*field, key), before), put(vm_props(), (*field, key), after)
    schema = vm.VirtualMachineHandler.schema
    assert list(diff.changed_paths(old, new, schema=schema)) == [(*field, key)]
    assert [p for p, _, _ in diff.differences(new, old, schema=schema)] == [(*field, key)]
    # Through the provider: a declared change, and the same edit made in the cluster (drift).
    where = diff.format_path((*field, key))
    assert diff_of(old, new, old).detailed == {where: results.PropertyChange(UPDATE, True)}
    assert diff_of(new, new, old).detailed == {where: results.PropertyChange(UPDATE, False)}


@pytest.mark.parametrize("path", [GUEST, REQUEST])
@pytest.mark.parametrize(("before", "after"), [("1536Mi", "1.5Gi"), ("1Gi", "1024Mi"), ("2048Mi", "2Gi")])
def test_a_quantity_field_still_compares_by_value(path: tuple[str, ...], before: str, after: str) -> None:
    old, new = put(vm_props(), path, before), put(vm_props(), path, after)
    schema = vm.VirtualMachineHandler.schema
    assert list(diff.changed_paths(old, new, schema=schema)) == []
    assert list(diff.differences(new, old, schema=schema)) == []
    assert not diff_of(old, new, old).changes
    assert not diff_of(new, new, old).changes
    # A different value is still a change.
    assert list(diff.changed_paths(old, put(vm_props(), path, "3Gi"), schema=schema)) == [path]


def model_quantity_paths(cls: type) -> set[str]:
    """Where the typed model has a ``Quantity``, read from its field types (pydantic)."""
    from pulumi_kubevirt_models import KubeModel, Quantity

    def of_type(tp: Any, stack: tuple[type, ...]) -> set[str]:
        origin = typing.get_origin(tp)
        if origin is typing.Annotated:
            return of_type(typing.get_args(tp)[0], stack)
        if origin in (typing.Union, types.UnionType):
            return {p for a in typing.get_args(tp) for p in of_type(a, stack)}
        if origin is list:
            return {"[]" + p for p in of_type(typing.get_args(tp)[0], stack)}
        if origin is dict:
            return {".*" + p for p in of_type(typing.get_args(tp)[1], stack)}
        if tp is Quantity:
            return {""}
        if isinstance(tp, type) and issubclass(tp, KubeModel):
            assert tp not in stack, f"{tp.__name__} contains itself"
            hints = typing.get_type_hints(tp, include_extras=True)
            return {
                f".{field.alias or name}{p}"
                for name, field in tp.model_fields.items()
                for p in of_type(hints[name], (*stack, tp))
            }
        return set()

    return {p.removeprefix(".") for p in of_type(cls, ())}


def test_the_quantity_paths_are_those_of_the_typed_models() -> None:
    """The generated table the comparison reads (no model loads) is what the models say."""
    import pulumi_kubevirt_models as models

    for api_version, kind in models.kinds():
        paths = diff.quantity_paths(api_version, kind)
        assert paths == model_quantity_paths(models.model_class(api_version, kind)), kind
    paths = diff.quantity_paths("kubevirt.io/v1", "VirtualMachine")
    assert "spec.template.spec.domain.memory.guest" in paths
    assert "spec.template.spec.domain.resources.requests.*" in paths
    assert "spec.template.spec.domain.resources.limits.*" in paths
    assert "spec.dataVolumeTemplates[].spec.storage.resources.requests.*" in paths
    assert not any(p.startswith("metadata.") for p in paths)
    assert "spec.storage.resources.requests.*" in diff.quantity_paths("cdi.kubevirt.io/v1beta1", "DataVolume")
    assert diff.quantity_paths("v1", "Service") == frozenset()


@pytest.mark.parametrize(
    ("path", "quantity"),
    [
        (REQUEST, True),
        (("spec", "template", "spec", "domain", "resources", "limits", "cpu"), True),
        (("spec", "template", "spec", "volumes", 3, "emptyDisk", "capacity"), True),
        (("spec", "dataVolumeTemplates", 0, "spec", "storage", "resources", "requests", "storage"), True),
        (("spec", "template", "spec", "volumes", 3, "emptyDisk"), False),
        (("spec", "template", "spec", "volumes", "x", "emptyDisk", "capacity"), False),
        (("spec", "template", "spec", "domain", "resources", "requests"), False),
        (("metadata", "labels", "memory"), False),
        (("spec", "runStrategy"), False),
    ],
)
def test_a_path_is_a_quantity_by_the_pattern(path: tuple[str | int, ...], quantity: bool) -> None:
    assert vm.VirtualMachineHandler.schema.is_quantity(path) is quantity


def test_a_vm_label_changed_from_1_1_to_1_10_is_a_declared_change() -> None:
    """The issue's reproduction, at the provider: today the preview shows no change."""
    label = ("metadata", "labels", "app.kubernetes.io/version")
    old, new = put(vm_props(), label, "1.1"), put(vm_props(), label, "1.10")
    result = diff_of(old, new, old)
    assert result.detailed == {
        'metadata.labels["app.kubernetes.io/version"]': results.PropertyChange(UPDATE, True)
    }
