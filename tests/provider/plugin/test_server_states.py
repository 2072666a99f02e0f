"""The resource plugin's calls in this process (no engine, no cluster: the fake one holds the
recorded object) on the states the sandbox recorded: a no-op diff, a field edited in the cluster,
a refresh, a check. What the engine gets back is what the user sees in a preview's JSON."""

from __future__ import annotations

import copy
from typing import Any

import fake_cluster
import grpc
import pytest
import recorded_states
from pulumi.runtime.proto import provider_pb2
from recorded_states import State

from pulumi_kubevirt_provider.plugin import server, wire

TYPES = {
    "virtualmachine": "kubevirt:index:VirtualMachine",
    "datavolume": "kubevirt:index:DataVolume",
    "service": "kubevirt:index:VirtualMachineService",
    "migration": "kubevirt:index:VirtualMachineMigration",
}
DECLARED = [p for kind in TYPES for p in recorded_states.params(kind, having="declared")]


class Aborted(Exception):
    pass


class Context:
    def abort(self, code: grpc.StatusCode, details: str) -> None:
        raise Aborted(f"{code.name}: {details}")


def plugin_with(state: State, live: dict[str, Any] | None) -> tuple[server.Server, str, str, dict[str, Any]]:
    """A plugin configured for a fake cluster holding ``live``; the URN, id and inputs of ``state``."""
    assert state.declared is not None
    cfg, fake = fake_cluster.install()
    handler = server.HANDLERS[TYPES[state.kind]]
    if live is not None:
        fake.put(handler.kind, live)
    plugin = server.Server(None)
    plugin._cfg = cfg
    meta = state.declared["metadata"]
    urn = f"urn:pulumi:dev::rec::{TYPES[state.kind]}::{meta['name']}"
    inputs = {"metadata": dict(meta), "spec": copy.deepcopy(state.declared["spec"])}
    return plugin, urn, f"{meta['namespace']}/{meta['name']}", inputs


@pytest.mark.parametrize("state", DECLARED)
def test_a_no_op_diff_of_a_recorded_object_names_no_cluster_field(state: State) -> None:
    plugin, urn, id_, inputs = plugin_with(state, state.object)
    props = wire.to_struct(inputs, set())
    answer = plugin.Diff(provider_pb2.DiffRequest(urn=urn, id=id_, olds=props, news=props), Context())
    assert [p for p in answer.detailedDiff if not p.startswith("domain.")] == []
    assert answer.hasDetailedDiff and not answer.replaces


@pytest.mark.parametrize("state", recorded_states.params("virtualmachine", having="declared"))
def test_a_label_edited_in_the_cluster_is_drift_in_the_engines_detailed_diff(state: State) -> None:
    assert state.object is not None
    live = copy.deepcopy(state.object)
    live["metadata"]["labels"]["app"] = "edited"
    plugin, urn, id_, inputs = plugin_with(state, live)
    props = wire.to_struct(inputs, set())
    answer = plugin.Diff(provider_pb2.DiffRequest(urn=urn, id=id_, olds=props, news=props), Context())
    assert "metadata.labels.app" in answer.detailedDiff, dict(answer.detailedDiff)
    change = answer.detailedDiff["metadata.labels.app"]
    assert change.kind == provider_pb2.PropertyDiff.UPDATE and not change.inputDiff
    assert answer.changes == provider_pb2.DiffResponse.DIFF_SOME and "metadata" in answer.diffs


@pytest.mark.parametrize("state", DECLARED)
def test_a_refresh_of_a_recorded_object_reads_back_the_declaration(state: State) -> None:
    """What the server and controllers added (defaults, status) never becomes an input."""
    assert state.object is not None
    plugin, urn, id_, inputs = plugin_with(state, state.object)
    answer = plugin.Read(
        provider_pb2.ReadRequest(urn=urn, id=id_, properties=wire.to_struct(inputs, set())), Context()
    )
    read, _ = wire.from_struct(answer.inputs)
    assert answer.id == id_
    assert {k: read[k] for k in ("metadata", "spec")} == inputs
    outputs, _ = wire.from_struct(answer.properties)
    assert outputs["uid"] == state.object["metadata"]["uid"]


def test_a_refresh_of_an_object_deleted_outside_pulumi_says_it_is_gone() -> None:
    (state,) = [s for s in recorded_states.states("service") if s.name == "nodeport"]
    plugin, urn, id_, inputs = plugin_with(state, None)
    answer = plugin.Read(
        provider_pb2.ReadRequest(urn=urn, id=id_, properties=wire.to_struct(inputs, set())), Context()
    )
    assert answer.id == ""


@pytest.mark.parametrize("state", DECLARED)
def test_the_check_of_a_recorded_declaration_passes_and_names_it_after_the_resource(state: State) -> None:
    plugin, urn, _, inputs = plugin_with(state, None)
    del inputs["metadata"]["name"]
    answer = plugin.Check(
        provider_pb2.CheckRequest(
            urn=urn, olds=wire.to_struct({}, set()), news=wire.to_struct(inputs, set())
        ),
        Context(),
    )
    assert [(f.property, f.reason) for f in answer.failures] == []
    checked, _ = wire.from_struct(answer.inputs)
    assert checked["metadata"]["name"] == urn.rsplit("::", 1)[-1]
