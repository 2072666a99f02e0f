"""Instancetypes and preferences (resources/instancetype.py), without services: readiness and
outputs from objects the API server returned (../data/instancetypes/recorded.json, record.py), a
change in place, drift, and the cluster-scoped kinds' namespace rules."""

from __future__ import annotations

import copy
import dataclasses
import json
from pathlib import Path
from typing import Any

import fake_cluster
import pytest

from pulumi_kubevirt_provider import kinds, operation, readiness, results
from pulumi_kubevirt_provider.resources import base, instancetype

RECORDED: dict[str, dict[str, Any]] = json.loads(
    (Path(__file__).parents[1] / "data" / "instancetypes" / "recorded.json").read_text()
)
NAMESPACED = (kinds.VIRTUAL_MACHINE_INSTANCETYPE, kinds.VIRTUAL_MACHINE_PREFERENCE)
CLUSTER_WIDE = (kinds.VIRTUAL_MACHINE_CLUSTER_INSTANCETYPE, kinds.VIRTUAL_MACHINE_CLUSTER_PREFERENCE)
ALL_FOUR = NAMESPACED + CLUSTER_WIDE
UPDATE = results.DiffKind.UPDATE


@pytest.fixture()
def said() -> Any:
    lines: list[str] = []
    with operation.running(operation.Operation(say=lambda r, m: lines.append(f"{r}: {m}"))):
        yield lines


def declared(entry: kinds.Kind) -> dict[str, Any]:
    """The inputs a program gives for the recorded object: its name (and namespace) and spec."""
    obj = RECORDED[entry.name]
    meta = {k: obj["metadata"][k] for k in ("name", "namespace") if k in obj["metadata"]}
    return {"metadata": meta, "spec": copy.deepcopy(obj["spec"])}


def handler_with(entry: kinds.Kind, live: dict[str, Any] | None) -> tuple[base.KubeProvider, Any]:
    cfg, fake = fake_cluster.install()
    if live is not None:
        fake.put(entry.api, live)
    return entry.handler_class(cfg), fake


def object_id(entry: kinds.Kind) -> str:
    meta = RECORDED[entry.name]["metadata"]
    return f"{meta.get('namespace', '')}/{meta['name']}"


def test_the_four_kinds_are_one_module_and_the_cluster_wide_ones_have_no_namespace() -> None:
    assert {e.handler.partition(":")[0] for e in ALL_FOUR} == {instancetype.__name__}
    assert [e.api.namespaced for e in ALL_FOUR] == [True, True, False, False]
    assert {e.api.api_version for e in ALL_FOUR} == {"instancetype.kubevirt.io/v1beta1"}
    # The recordings are what the API server made of them: no namespace on the cluster-wide ones.
    assert all("namespace" not in RECORDED[e.name]["metadata"] for e in CLUSTER_WIDE)
    assert all(RECORDED[e.name]["metadata"]["namespace"] == "default" for e in NAMESPACED)


@pytest.mark.parametrize("entry", ALL_FOUR, ids=lambda e: e.name)
def test_ready_once_it_exists(entry: kinds.Kind) -> None:
    handler, _ = handler_with(entry, None)
    assert handler.ready(RECORDED[entry.name], {}) == readiness.Verdict(True, "exists")
    assert handler.ready(None, {}) == readiness.Verdict(False, "not found")


@pytest.mark.parametrize(
    ("entry", "outputs"),
    [
        (kinds.VIRTUAL_MACHINE_INSTANCETYPE, {"cpu_guest": 1, "memory_guest": "4Gi"}),
        (kinds.VIRTUAL_MACHINE_CLUSTER_INSTANCETYPE, {"cpu_guest": 2, "memory_guest": "4Gi"}),
        (kinds.VIRTUAL_MACHINE_PREFERENCE, {"required_cpu_guest": 1, "required_memory_guest": "2Gi"}),
        (
            kinds.VIRTUAL_MACHINE_CLUSTER_PREFERENCE,
            {"required_cpu_guest": None, "required_memory_guest": None},
        ),
    ],
    ids=lambda v: getattr(v, "name", ""),
)
def test_outputs_from_the_recorded_object(entry: kinds.Kind, outputs: dict[str, Any]) -> None:
    handler, _ = handler_with(entry, None)
    assert handler.status_outputs(RECORDED[entry.name], {}) == outputs


@pytest.mark.parametrize("entry", ALL_FOUR, ids=lambda e: e.name)
def test_create_applies_once_and_is_done_at_the_servers_answer(entry: kinds.Kind, said: list[str]) -> None:
    handler, fake = handler_with(entry, None)
    props = handler.check({}, declared(entry), server_dry_run=False)
    assert props.failures == []
    created = handler.create(props.inputs)
    assert created.id == object_id(entry)
    assert [w[0] for w in fake.writes] == ["apply"]
    assert fake.polls == []  # no wait: the apply's answer already is the goal
    assert created.outputs["uid"] and set(entry.output_names) <= set(created.outputs)
    handler.delete(created.id, created.outputs)
    assert fake.objects == {}


@pytest.mark.parametrize("entry", CLUSTER_WIDE, ids=lambda e: e.name)
def test_a_cluster_wide_kind_gets_no_namespace_from_the_stack(entry: kinds.Kind) -> None:
    cfg, _ = fake_cluster.install()
    handler = entry.handler_class(cfg)
    news = declared(entry)
    news["metadata"]["namespace"] = None  # what the SDK sends when none is given
    checked = handler.check({}, news, server_dry_run=False)
    assert checked.failures == []
    assert not checked.inputs["metadata"].get("namespace")
    assert "namespace" not in handler.manifest(checked.inputs)["metadata"]
    assert handler.object_id(checked.inputs) == f"/{news['metadata']['name']}"


@pytest.mark.parametrize("entry", NAMESPACED, ids=lambda e: e.name)
def test_a_namespaced_kind_gets_the_stacks_namespace(entry: kinds.Kind) -> None:
    cfg, fake = fake_cluster.install()
    cfg = dataclasses.replace(cfg, namespace="team-a")  # kubevirt:namespace
    base._clusters[cfg] = fake
    news = declared(entry)
    del news["metadata"]["namespace"]
    checked = entry.handler_class(cfg).check({}, news, server_dry_run=False)
    assert checked.failures == []
    assert checked.inputs["metadata"]["namespace"] == "team-a"


@pytest.mark.parametrize("entry", CLUSTER_WIDE, ids=lambda e: e.name)
def test_a_namespace_given_for_a_cluster_wide_kind_fails_check_naming_it(entry: kinds.Kind) -> None:
    handler, fake = handler_with(entry, None)
    news = declared(entry)
    news["metadata"]["namespace"] = "team-a"
    checked = handler.check({}, news)  # a server dry run too, had the check passed
    assert [(f.property, f.reason) for f in checked.failures] == [
        (
            "metadata",
            f"metadata.namespace: {entry.api.kind} is cluster-scoped and has no namespace "
            "(given 'team-a'); remove metadata.namespace",
        )
    ]
    assert fake.writes == []


def test_a_bad_spec_fails_check_naming_its_path() -> None:
    handler, fake = handler_with(kinds.VIRTUAL_MACHINE_CLUSTER_INSTANCETYPE, None)
    news = declared(kinds.VIRTUAL_MACHINE_CLUSTER_INSTANCETYPE)
    news["spec"]["cpu"]["guest"] = "two"
    failures = handler.check({}, news).failures
    assert [f.property for f in failures] == ["spec"]
    assert failures[0].reason.startswith("spec.cpu.guest: expected an integer")
    assert fake.writes == []


@pytest.mark.parametrize("entry", ALL_FOUR, ids=lambda e: e.name)
def test_a_spec_change_is_an_update_in_place(entry: kinds.Kind, said: list[str]) -> None:
    handler, _ = handler_with(entry, RECORDED[entry.name])
    old, new = declared(entry), declared(entry)
    new["spec"]["annotations"] = {"team": "a"}
    result = handler.diff(object_id(entry), old, new)
    assert result.detailed == {"spec.annotations.team": results.PropertyChange(results.DiffKind.ADD, True)}
    assert result.replaces == [] and not result.drift


def test_a_new_guest_size_is_an_update_and_a_new_name_a_replacement(said: list[str]) -> None:
    entry = kinds.VIRTUAL_MACHINE_CLUSTER_INSTANCETYPE
    handler, _ = handler_with(entry, RECORDED[entry.name])
    old, new = declared(entry), declared(entry)
    new["spec"]["memory"]["guest"] = "8Gi"
    result = handler.diff(object_id(entry), old, new)
    assert result.detailed == {"spec.memory.guest": results.PropertyChange(UPDATE, True)}
    assert result.replaces == []
    new["metadata"]["name"] = "cx1.xlarge"
    assert handler.diff(object_id(entry), old, new).replaces == ["metadata"]


@pytest.mark.parametrize("entry", CLUSTER_WIDE + NAMESPACED, ids=lambda e: e.name)
def test_drift_is_a_line_naming_both_values_and_not_an_input_diff(entry: kinds.Kind, said: list[str]) -> None:
    live = copy.deepcopy(RECORDED[entry.name])
    live["spec"].setdefault("devices", {})["preferredDiskBus"] = "sata"  # a preference's field
    if "cpu" in live["spec"] and "guest" in live["spec"]["cpu"]:  # an instancetype's
        del live["spec"]["devices"]
        live["spec"]["cpu"]["guest"] = 8
    handler, _ = handler_with(entry, live)
    result = handler.diff(object_id(entry), declared(entry), declared(entry))
    name = live["metadata"]["name"]
    if "devices" in live["spec"]:
        declared_bus = (declared(entry)["spec"].get("devices") or {}).get("preferredDiskBus")
        path, line = (
            "spec.devices.preferredDiskBus",
            f"{name}: spec.devices.preferredDiskBus is 'sata' in the cluster, declared {declared_bus!r} "
            "(changed outside Pulumi)",
        )
    else:
        guest = declared(entry)["spec"]["cpu"]["guest"]
        path = "spec.cpu.guest"
        line = f"{name}: spec.cpu.guest is 8 in the cluster, declared {guest} (changed outside Pulumi)"
    assert result.detailed == {path: results.PropertyChange(UPDATE, input_diff=False)}
    assert result.drift and line in said, said


def test_memory_spelled_otherwise_in_the_cluster_is_not_drift(said: list[str]) -> None:
    entry = kinds.VIRTUAL_MACHINE_INSTANCETYPE
    live = copy.deepcopy(RECORDED[entry.name])
    live["spec"]["memory"]["guest"] = "4096Mi"
    handler, _ = handler_with(entry, live)
    assert not handler.diff(object_id(entry), declared(entry), declared(entry)).changes


def test_deleted_outside_pulumi_is_said_and_recreated(said: list[str]) -> None:
    entry = kinds.VIRTUAL_MACHINE_CLUSTER_PREFERENCE
    handler, _ = handler_with(entry, None)
    result = handler.diff(object_id(entry), declared(entry), declared(entry))
    assert result.detailed["metadata"] == results.PropertyChange(UPDATE, input_diff=False)
    assert "cirros: deleted outside Pulumi: the update recreates it" in said


@pytest.mark.parametrize("given_id", ["cx1.large", "/cx1.large"])
def test_import_of_a_cluster_wide_kind_by_name_declares_no_namespace(given_id: str) -> None:
    entry = kinds.VIRTUAL_MACHINE_CLUSTER_INSTANCETYPE
    handler, _ = handler_with(entry, RECORDED[entry.name])
    read = handler.read(given_id, {})
    assert read.id == given_id
    assert read.inputs == {"metadata": {"name": "cx1.large"}, "spec": RECORDED[entry.name]["spec"]}
    assert read.outputs["cpu_guest"] == 2 and read.outputs["uid"] == RECORDED[entry.name]["metadata"]["uid"]
    assert handler.check({}, read.inputs, server_dry_run=False).failures == []
