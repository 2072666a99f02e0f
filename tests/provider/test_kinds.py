"""The kind table (kinds.py): an entry missing a fact fails when it is built, a handler without an
entry fails when its module is imported, and every derivation covers every kind."""

from __future__ import annotations

import base64
import dataclasses
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

import pulumi_kubevirt as kv
from pulumi_kubevirt_provider import diff, dynamic, kinds, kube, replacements
from pulumi_kubevirt_provider.plugin import schema, server
from pulumi_kubevirt_provider.report import facts
from pulumi_kubevirt_provider.resources import base

RECORDED = Path(__file__).parent / "data" / "dynamic_providers" / "recorded.json"


def fields(entry: kinds.Kind) -> dict[str, Any]:
    return {f.name: getattr(entry, f.name) for f in dataclasses.fields(entry)}


@pytest.mark.parametrize("missing", [f.name for f in dataclasses.fields(kinds.Kind)])
def test_an_entry_missing_any_field_cannot_be_built(missing: str) -> None:
    given = fields(kinds.DATA_VOLUME)
    del given[missing]
    with pytest.raises(TypeError, match=missing):
        kinds.Kind(**given)


@pytest.mark.parametrize(
    ("change", "said"),
    [
        ({"outputs": (kinds.Output("phase", kinds.STRING),)}, "lack uid"),
        ({"outputs": (kinds.Output("uid", kinds.STRING),) * 2}, "declared twice"),
        ({"default_timeouts": {"create": 60, "delete": 60}}, "default_timeouts"),
        ({"default_timeouts": {"create": 60, "update": 0, "delete": 60}}, "default_timeouts"),
        ({"handler": "pulumi_kubevirt_provider.resources.datavolume"}, "module:Class"),
        ({"inputs": {"phase": {"type": "string"}}}, "outputs named like inputs"),
    ],
)
def test_an_entry_whose_facts_do_not_hold_cannot_be_built(change: dict[str, Any], said: str) -> None:
    with pytest.raises(ValueError, match=said):
        kinds.Kind(**{**fields(kinds.DATA_VOLUME), **change})


def test_a_replacement_rule_without_its_reason_cannot_be_built() -> None:
    with pytest.raises(ValueError, match="reason"):
        kinds.Replacement(("spec",), " ")


def test_two_entries_for_one_kind_fail_the_table() -> None:
    twin = kinds.Kind(**{**fields(kinds.DATA_VOLUME), "name": "OtherVolume"})
    with pytest.raises(ValueError, match="share the api 'DataVolume'"):
        kinds._index((kinds.DATA_VOLUME, twin), "api")


def test_a_handler_that_no_entry_names_fails_when_its_class_is_made() -> None:
    with pytest.raises(TypeError, match="no entry in kinds.py names this handler"):

        class SnapshotHandler(base.KubeProvider):
            pass


def test_an_entry_whose_handler_serves_another_kind_fails_when_resolved() -> None:
    wrong = kinds.Kind(**{**fields(kinds.DATA_VOLUME), "handler": kinds.VIRTUAL_MACHINE.handler})
    with pytest.raises(TypeError, match="serves VirtualMachine"):
        wrong.handler_class  # noqa: B018


def test_a_handler_module_without_its_entry_fails_at_import(tmp_path: Path) -> None:
    """A new handler module imported before its entry exists: the import fails, not a later call."""
    (tmp_path / "snapshot_handler.py").write_text(
        "from pulumi_kubevirt_provider.resources import base\n\n"
        "class VirtualMachineSnapshotHandler(base.KubeProvider):\n"
        "    def ready(self, obj, props):\n"
        "        return None\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", "import snapshot_handler"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode != 0
    assert "snapshot_handler:VirtualMachineSnapshotHandler: no entry in kinds.py" in done.stderr


@pytest.mark.parametrize("entry", kinds.ALL, ids=lambda e: e.name)
def test_every_derivation_covers_the_kind(entry: kinds.Kind) -> None:
    handler = entry.handler_class
    # the handler: its API object, inputs, outputs and default timeouts come from the entry
    assert handler.entry is entry and handler.kind is entry.api
    assert handler.outputs == entry.output_names
    assert handler.inputs == (*base.COMMON_INPUTS, *entry.inputs)
    assert handler.default_timeouts is entry.default_timeouts
    # the plugin: its handler table and its schema
    assert server.HANDLERS[entry.plugin_token] is handler
    resource = schema.schema("0.0.0")["resources"][entry.plugin_token]
    declared_outputs = set(resource["properties"]) - set(resource["inputProperties"])
    assert declared_outputs == set(entry.output_names)
    assert set(entry.inputs) <= set(resource["inputProperties"])
    assert resource["description"] == entry.description
    # the dynamic transport: an adapter under the name states store, serving this handler
    adapter = getattr(dynamic, entry.adapter_name)
    assert dynamic.ADAPTERS[entry.name] is adapter and adapter.handler_class is handler
    assert (adapter.__module__, adapter.__qualname__) == (
        "pulumi_kubevirt_provider.dynamic",
        entry.adapter_name,
    )
    # the SDK: a class of the kind's name with the entry and every output annotated
    sdk_class = getattr(kv, entry.name)
    assert sdk_class._entry is entry
    annotated = {k for cls in sdk_class.__mro__ for k in vars(cls).get("__annotations__", {})}
    assert {"metadata", "spec", *entry.output_names} <= annotated
    # the report: the kind's tokens and the reason of each of its replacement rules
    assert kinds.from_token(entry.plugin_token) == (entry.name, "plugin")
    assert kinds.from_token(entry.dynamic_token) == (entry.name, "dynamic")
    for rule in entry.replacements:
        path = (*rule.path, "x")
        assert replacements.replacing(entry.api.kind, [path]) == {path}
        assert facts._replace_why(entry.api.kind, {path}) == [f"`{diff.format_path(path)}`: {rule.why}"]


def test_the_sdk_annotations_are_the_entries_output_types() -> None:
    for entry in kinds.ALL:
        annotations = getattr(kv, entry.name).__mro__
        declared = {k: v for cls in annotations for k, v in vars(cls).get("__annotations__", {}).items()}
        for output in entry.outputs:
            assert declared[output.name] == f"pulumi.Output[{output.annotation}]", (entry.name, output.name)


def test_a_vm_is_kept_running_by_the_strategies_of_its_entry_only() -> None:
    from pulumi_kubevirt_provider import readiness

    crashing = {
        "spec": {},
        "status": {"printableStatus": "CrashLoopBackOff", "startFailure": {"consecutiveFailCount": 2}},
    }
    for strategy in ("Always", "RerunOnFailure", "Once", "Manual", "Halted"):
        failed = readiness.vm(crashing, strategy).failed is not None
        assert failed is (strategy in kinds.VIRTUAL_MACHINE.running_strategies), strategy


def test_tokens_of_other_packages_are_not_kinds() -> None:
    assert kinds.from_token("kubernetes:core/v1:Service") == ("kubernetes:core/v1:Service", "")
    assert kinds.BY_API_KIND[kube.VMIM.kind] is kinds.VIRTUAL_MACHINE_MIGRATION
    assert kinds.replacements("Secret") == kinds.ALWAYS_REPLACE


def _recorded() -> list[tuple[str, str, str]]:
    doc = json.loads(RECORDED.read_text())
    return [
        (recording, kind, value)
        for recording, by_kind in doc["recordings"].items()
        for kind, value in by_kind.items()
    ]


@pytest.mark.parametrize(("recording", "kind", "value"), _recorded(), ids=lambda v: str(v)[:40])
def test_a_provider_recorded_in_an_earlier_state_loads_as_todays_adapter(
    recording: str, kind: str, value: str
) -> None:
    """As Pulumi's dynamic-provider server loads it for a `destroy` or `refresh` (dill.loads of the
    stored `__provider`), in a fresh process where nothing of the provider is imported yet."""
    code = (
        "import base64, dill, sys\n"
        f"provider = dill.loads(base64.b64decode({value!r}))\n"
        "from pulumi_kubevirt_provider import dynamic\n"
        f"assert type(provider) is dynamic.ADAPTERS[{kind!r}], type(provider)\n"
        "print(type(provider).handler_class.__name__)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, f"{recording}: {done.stderr[-600:]}"
    assert done.stdout.strip() == kinds.BY_NAME[kind].handler_class.__name__
    assert base64.b64decode(value)  # the recording is what states hold: base64 of the pickle


def test_old_class_paths_are_one_table_of_existing_adapters() -> None:
    import importlib

    for module, (name, kind) in dynamic.OLD_PATHS.items():
        assert getattr(importlib.import_module(module), name) is dynamic.ADAPTERS[kind]


# One object per kind, as the API server returns it (enough for status_outputs).
OBJECTS = {
    "VirtualMachine": {
        "metadata": {"name": "web", "namespace": "ns", "uid": "u1"},
        "spec": {"runStrategy": "Halted"},
        "status": {"printableStatus": "Stopped", "ready": False, "created": False},
    },
    "DataVolume": {
        "metadata": {"name": "root", "namespace": "ns", "uid": "u2"},
        "spec": {},
        "status": {"phase": "Succeeded", "progress": "100.0%", "claimName": "root"},
    },
    "VirtualMachineMigration": {
        "metadata": {"name": "move", "namespace": "ns", "uid": "u3"},
        "spec": {"vmiName": "web"},
        "status": {"phase": "Succeeded", "migrationState": {"sourceNode": "a", "targetNode": "b"}},
    },
    "VirtualMachineService": {
        "metadata": {"name": "web-ssh", "namespace": "ns", "uid": "u4"},
        "spec": {"clusterIP": "10.0.0.1", "ports": [{"port": 22, "nodePort": 30022}]},
    },
    # Instancetypes and preferences: as the API server returned them (data/instancetypes/record.py).
    **json.loads((Path(__file__).parent / "data" / "instancetypes" / "recorded.json").read_text()),
}


@pytest.mark.parametrize("entry", kinds.ALL, ids=lambda e: e.name)
def test_a_handler_returns_exactly_the_outputs_of_its_entry(entry: kinds.Kind) -> None:
    """The handler computes the values, the entry names them: uid (from the object) and the
    status outputs together are the entry's outputs, no more and no fewer."""
    import fake_cluster

    cfg, fake = fake_cluster.install()
    obj = {"apiVersion": entry.api.api_version, "kind": entry.api.kind, **OBJECTS[entry.name]}
    fake.put(entry.api, obj)
    handler = entry.handler_class(cfg)
    assert {"uid", *handler.status_outputs(obj, {})} == set(entry.output_names)
