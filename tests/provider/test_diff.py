"""Drift on the states the sandbox recorded (``recorded_states``): what the API server and the
controllers added to an object (defaults, status, managedFields, uids, finalizers, node ports) is
not drift against the declaration that made it; a declared field changed in the cluster is, and
is named by its path."""

from __future__ import annotations

import copy
from collections.abc import Iterator
from typing import Any

import fake_cluster
import pytest
import recorded_states
from recorded_states import State

from pulumi_kubevirt_provider import diff, operation, results
from pulumi_kubevirt_provider.resources import base, datavolume, migration, service, vm

HANDLERS: dict[str, type[base.KubeProvider]] = {
    "virtualmachine": vm.VirtualMachineHandler,
    "datavolume": datavolume.DataVolumeHandler,
    "service": service.VirtualMachineServiceHandler,
    "migration": migration.VirtualMachineMigrationHandler,
}
DECLARED = [p for kind in HANDLERS for p in recorded_states.params(kind, having="declared")]


def cluster_drift(state: State, live: dict[str, Any]) -> list[str]:
    """What the core calls drift: paths of the declaration (metadata, spec) not as declared live."""
    assert state.declared is not None
    schema = HANDLERS[state.kind].schema
    return [
        diff.format_path(path)
        for path, _, _ in diff.differences(state.declared, live, schema=schema)
        if path and path[0] in ("metadata", "spec")
    ]


def leaves(value: Any, prefix: tuple[str | int, ...] = ()) -> Iterator[tuple[tuple[str | int, ...], Any]]:
    if isinstance(value, dict):
        for key, item in value.items():
            yield from leaves(item, (*prefix, key))
    elif isinstance(value, list) and value and all(isinstance(v, dict) for v in value):
        for i, item in enumerate(value):
            yield from leaves(item, (*prefix, i))
    else:
        yield prefix, value


def changed(value: Any) -> Any:
    if isinstance(value, bool):
        return not value
    if isinstance(value, int):
        return value + 1
    if isinstance(value, list):
        return [*value, "outside"]
    return f"{value}-outside"


def set_at(doc: dict[str, Any], path: tuple[str | int, ...], value: Any) -> None:
    node: Any = doc
    for part in path[:-1]:
        node = node[part]
    node[path[-1]] = value


@pytest.mark.parametrize("state", DECLARED)
def test_what_the_cluster_added_to_a_recorded_object_is_not_drift(state: State) -> None:
    assert state.object is not None
    assert cluster_drift(state, state.object) == [], state.moment


@pytest.mark.parametrize("state", DECLARED)
def test_each_declared_field_changed_in_the_cluster_is_drift_at_its_path(state: State) -> None:
    assert state.declared is not None and state.object is not None
    paths = [
        (path, value)
        for path, value in leaves({k: state.declared[k] for k in ("metadata", "spec")})
        if path[-1] not in ("name", "namespace") or path[0] != "metadata"
    ]
    assert paths
    for path, value in paths:
        live = copy.deepcopy(state.object)
        set_at(live, path, changed(value))
        assert cluster_drift(state, live) == [diff.format_path(path)], path


@pytest.mark.parametrize("state", recorded_states.params("virtualmachine", having="declared"))
def test_a_respelled_quantity_in_the_cluster_is_not_drift_a_new_value_is(state: State) -> None:
    assert state.object is not None
    path = ("spec", "template", "spec", "domain", "resources", "requests", "memory")
    assert diff.value_at(state.object, path) == "128Mi"
    live = copy.deepcopy(state.object)
    set_at(live, path, "134217728")  # 128Mi in bytes, as a webhook might write it
    assert cluster_drift(state, live) == []
    set_at(live, path, "0.125Gi")
    assert cluster_drift(state, live) == []
    set_at(live, path, "129Mi")
    assert cluster_drift(state, live) == ["spec.template.spec.domain.resources.requests.memory"]


@pytest.fixture()
def said() -> Iterator[list[str]]:
    lines: list[str] = []
    with operation.running(operation.Operation(say=lambda r, m: lines.append(f"{r}: {m}"))):
        yield lines


def _preview(state: State, live: dict[str, Any]) -> results.Diff:
    """The handler's diff of an unchanged declaration against ``live`` in the cluster."""
    assert state.declared is not None
    cls = HANDLERS[state.kind]
    cfg, fake = fake_cluster.install()
    fake.put(cls.kind, live)
    props = {"metadata": state.declared["metadata"], "spec": state.declared["spec"]}
    meta = state.declared["metadata"]
    return cls(cfg).diff(f"{meta['namespace']}/{meta['name']}", copy.deepcopy(props), copy.deepcopy(props))


@pytest.mark.parametrize("state", DECLARED)
def test_a_no_op_preview_of_a_recorded_object_shows_no_cluster_drift(state: State, said: list[str]) -> None:
    assert state.object is not None
    result = _preview(state, state.object)
    # domain.* paths are the domain check's (run state, libvirt): test_check.py judges those.
    assert [p for p in result.detailed if not p.startswith("domain.")] == [], said
    assert not [line for line in said if "changed outside Pulumi" in line and " domain " not in line]


@pytest.mark.parametrize("state", DECLARED)
def test_a_preview_names_a_field_edited_in_the_cluster(state: State, said: list[str]) -> None:
    assert state.declared is not None and state.object is not None
    path, value = next(
        (p, v) for p, v in leaves(state.declared["spec"], ("spec",)) if isinstance(v, (str, int))
    )
    live = copy.deepcopy(state.object)
    set_at(live, path, changed(value))
    result = _preview(state, live)
    where = diff.format_path(path)
    if not HANDLERS[state.kind].reports_drift:  # a one-shot migration: done, never compared again
        assert result.detailed == {} and not said
        return
    assert result.detailed[where] == results.PropertyChange(results.DiffKind.UPDATE, input_diff=False)
    name = state.declared["metadata"]["name"]
    line = (
        f"{name}: {where} is {changed(value)!r} in the cluster, declared {value!r} (changed outside Pulumi)"
    )
    assert line in said
