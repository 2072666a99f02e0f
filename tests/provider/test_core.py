"""The provider core's decisions without services: what a diff names, what a create takes over,
what a failed wait leaves for the engine to record. Both transports carry these results."""

from __future__ import annotations

import copy
from typing import Any

import fake_cluster
import pytest

from pulumi_kubevirt_provider import errors, kube, operation, results
from pulumi_kubevirt_provider.resources import base, datavolume, vm

UPDATE, ADD, UPDATE_REPLACE = results.DiffKind.UPDATE, results.DiffKind.ADD, results.DiffKind.UPDATE_REPLACE


def vm_props(memory: str = "128Mi", **extra: Any) -> dict[str, Any]:
    return {
        "metadata": {"name": "web", "namespace": "ns"},
        "spec": {
            "runStrategy": "Halted",
            "template": {"spec": {"domain": {"devices": {}, "resources": {"requests": {"memory": memory}}}}},
        },
        **extra,
    }


@pytest.fixture()
def said() -> Any:
    lines: list[str] = []
    with operation.running(operation.Operation(say=lambda r, m: lines.append(f"{r}: {m}"))):
        yield lines


def handler_with(
    live: dict[str, Any] | None = None, cls: type[base.KubeProvider] = vm.VirtualMachineHandler
) -> Any:
    cfg, fake = fake_cluster.install()
    if live is not None:
        fake.put(cls.kind, {"apiVersion": cls.kind.api_version, "kind": cls.kind.kind, **live})
    return cls(cfg), fake


def test_a_declared_change_is_named_by_its_path_as_an_input_update(said: list[str]) -> None:
    handler, _ = handler_with(vm_props())
    result = handler.diff("ns/web", vm_props(), vm_props("256Mi"))
    assert result.detailed == {
        "spec.template.spec.domain.resources.requests.memory": results.PropertyChange(UPDATE, True)
    }
    assert result.replaces == [] and result.inputs_changed and not result.drift


def test_a_label_with_dots_gets_the_engines_quoted_path_and_an_add() -> None:
    handler, _ = handler_with(vm_props())
    new = vm_props()
    new["metadata"]["labels"] = {"app.kubernetes.io/name": "web"}
    result = handler.diff("ns/web", vm_props(), new)
    assert result.detailed == {'metadata.labels["app.kubernetes.io/name"]': results.PropertyChange(ADD, True)}


def test_an_edited_data_volume_template_replaces_the_vm_deleting_first() -> None:
    old, new = vm_props(), vm_props()
    old["spec"]["dataVolumeTemplates"] = [{"metadata": {"name": "d"}, "spec": {"source": {"blank": {}}}}]
    new["spec"]["dataVolumeTemplates"] = [
        {"metadata": {"name": "d"}, "spec": {"source": {"http": {"url": "x"}}}}
    ]
    handler, _ = handler_with(old)
    result = handler.diff("ns/web", old, new)
    assert result.replaces == ["spec"] and result.delete_before_replace
    assert {c.kind for c in result.detailed.values()} <= {
        results.DiffKind.ADD_REPLACE,
        results.DiffKind.DELETE_REPLACE,
        UPDATE_REPLACE,
    }
    assert all(p.startswith("spec.dataVolumeTemplates[0].spec.source") for p in result.detailed)


def test_a_data_volume_spec_change_replaces_it_and_the_preview_says_the_disks_data_is_deleted(
    said: list[str],
) -> None:
    def dv(url: str) -> dict[str, Any]:
        return {"metadata": {"name": "disk", "namespace": "ns"}, "spec": {"source": {"http": {"url": url}}}}

    handler, _ = handler_with(dv("http://a"), datavolume.DataVolumeHandler)
    result = handler.diff("ns/disk", dv("http://a"), dv("http://b"))
    assert result.replaces == ["spec"] and result.delete_before_replace
    assert len(said) == 1 and said[0].startswith("disk: replaced (deleted first, then created): ")
    assert "the disk's data is deleted" in said[0]

    said.clear()
    changed = dv("http://a")
    changed["metadata"]["labels"] = {"tier": "gold"}
    assert not handler.diff("ns/disk", dv("http://a"), changed).replaces
    assert not [line for line in said if "data is deleted" in line]


def test_an_edited_data_volume_template_says_which_disks_lose_their_data(said: list[str]) -> None:
    old, new = vm_props(), vm_props()
    old["spec"]["dataVolumeTemplates"] = [{"metadata": {"name": "root"}, "spec": {"source": {"blank": {}}}}]
    new["spec"]["dataVolumeTemplates"] = [
        {"metadata": {"name": "root"}, "spec": {"source": {"http": {"url": "x"}}}}
    ]
    handler, _ = handler_with(old)
    assert handler.diff("ns/web", old, new).replaces == ["spec"]
    assert len(said) == 1 and "`root`" in said[0] and "data is deleted" in said[0]


def test_cluster_drift_is_a_path_that_is_not_an_input_diff_and_a_line_naming_both_values(
    said: list[str],
) -> None:
    live = vm_props("96Mi")
    handler, _ = handler_with(live)
    result = handler.diff("ns/web", vm_props(), vm_props())
    path = "spec.template.spec.domain.resources.requests.memory"
    assert result.detailed == {path: results.PropertyChange(UPDATE, input_diff=False)}
    assert result.drift and not result.inputs_changed
    assert said == [f"web: {path} is '96Mi' in the cluster, declared '128Mi' (changed outside Pulumi)"]


def test_a_declared_change_does_not_hide_cluster_drift_each_has_its_own_cause(said: list[str]) -> None:
    """Issue 21, item 2: a VM halted with kubectl plus a memory change in the program. The preview
    names both: the memory as an input change, the run strategy as drift (``up`` starts the VM)."""
    old, new, live = vm_props(), vm_props("256Mi"), vm_props()
    old["spec"]["runStrategy"] = new["spec"]["runStrategy"] = "Always"
    live["spec"]["runStrategy"] = "Halted"
    handler, _ = handler_with(live)
    result = handler.diff("ns/web", old, new)
    assert result.detailed == {
        "spec.template.spec.domain.resources.requests.memory": results.PropertyChange(UPDATE, True),
        "spec.runStrategy": results.PropertyChange(UPDATE, input_diff=False),
    }
    assert result.inputs_changed and result.drift
    line = "web: spec.runStrategy is 'Halted' in the cluster, declared 'Always' (changed outside Pulumi)"
    assert line in said


def test_drift_beside_a_declared_change_is_measured_against_what_was_applied(said: list[str]) -> None:
    """A path the program changes is not drift while the cluster still has the applied value; a
    path changed in both places is the declared change, and its cluster edit is still said."""
    old, new, live = vm_props("128Mi"), vm_props("256Mi"), vm_props("128Mi")
    new["metadata"]["labels"] = {"team": "a"}
    handler, _ = handler_with(live)
    result = handler.diff("ns/web", old, new)
    assert not result.drift and not [line for line in said if "changed outside Pulumi" in line]

    said.clear()
    handler, _ = handler_with(vm_props("96Mi"))
    result = handler.diff("ns/web", old, new)
    memory = "spec.template.spec.domain.resources.requests.memory"
    assert result.detailed[memory] == results.PropertyChange(UPDATE, True)
    assert f"web: {memory} is '96Mi' in the cluster, declared '128Mi' (changed outside Pulumi)" in said


def test_a_declared_change_to_a_vm_deleted_outside_pulumi_still_says_so(said: list[str]) -> None:
    handler, _ = handler_with(None)
    result = handler.diff("ns/web", vm_props(), vm_props("256Mi"))
    assert result.detailed["metadata"] == results.PropertyChange(UPDATE, input_diff=False)
    assert "web: deleted outside Pulumi: the update recreates it" in said


def test_unset_flags_equal_false_ones_so_an_imported_object_previews_clean() -> None:
    handler, _ = handler_with(vm_props())
    imported = vm_props()
    program = vm_props(force=False, adopt=False, restart_on_change=False, timeouts=None, cloud_init=None)
    assert not handler.diff("ns/web", imported, program).changes


def test_a_vm_deleted_outside_pulumi_is_drift_that_the_update_recreates(said: list[str]) -> None:
    handler, _ = handler_with(None)
    result = handler.diff("ns/web", vm_props(), vm_props())
    assert result.drift and list(result.detailed) == ["metadata"]
    assert said == ["web: deleted outside Pulumi: the update recreates it"]


def test_create_takes_over_only_an_object_marked_as_its_own(said: list[str]) -> None:
    mine = vm_props()
    mine["metadata"]["annotations"] = {base.OWNER_ANNOTATION: "p/s/VirtualMachine/web"}
    handler, fake = handler_with(mine)
    created = handler.create(vm_props(owner="p/s/VirtualMachine/web"))
    assert created.id == "ns/web" and "an earlier, unfinished run" in said[0]
    assert fake.get(kube.VM, "ns", "web")["metadata"]["annotations"][base.OWNER_ANNOTATION] == (
        "p/s/VirtualMachine/web"
    )

    stranger, _ = handler_with(vm_props())
    with pytest.raises(errors.ProviderError, match="already exists and was not made by this resource"):
        stranger.create(vm_props(owner="p/s/VirtualMachine/web"), take_over_hint="import it")


def test_a_wait_follows_its_own_write_and_a_goal_reached_on_apply_is_not_read_again(said: list[str]) -> None:
    """Issue 15 (P3): a wait reads through kube.Cluster.follow from the server's answer to its own
    write (the shared watch never answers older than that); an answer that already is the goal
    (a Halted VM that never ran) ends the wait without a read."""
    handler, fake = handler_with(None)
    handler.create(vm_props())
    assert fake.writes == [("apply", "VirtualMachine", "web")]
    assert fake.follows == [] and fake.polls == []

    running = vm_props()
    running["spec"]["runStrategy"] = "Always"
    real_apply = fake.apply

    def apply_then_ready(kind: kube.Kind, obj: dict[str, Any], **kw: Any) -> dict[str, Any]:
        answer = real_apply(kind, obj, **kw)  # the answer as the server gave it: not ready yet
        fake.put(kind, {**answer, "status": {"ready": True, "created": True, "printableStatus": "Running"}})
        return answer

    fake.apply = apply_then_ready  # type: ignore[method-assign]
    outputs = handler.update("ns/web", vm_props(), running)
    assert outputs["ready"] is True
    [(kind, name, written)] = fake.follows
    assert (kind, name) == ("VirtualMachine", "web") and written["spec"]["runStrategy"] == "Always"
    assert "status" not in written  # it follows the apply's answer, not an older read

    fake.follows.clear()
    fake.put(kube.VM, {**fake.get(kube.VM, "ns", "web"), "status": {}})  # stopped: no graceful stop
    handler.delete("ns/web", running)
    [(kind, name, written)] = fake.follows
    assert (kind, name) == ("VirtualMachine", "web") and written["metadata"]["name"] == "web"


def test_a_create_reads_the_object_once_before_its_apply(said: list[str]) -> None:
    """Issue 15: the existence check's read also serves the list restore (one GET, not two)."""
    handler, fake = handler_with(None)
    handler.create(vm_props())
    assert [g for g in fake.gets if g[0] == "VirtualMachine"] == [("VirtualMachine", "web")]


def test_a_wait_that_fails_after_the_apply_leaves_the_object_recorded_as_incomplete(said: list[str]) -> None:
    handler, fake = handler_with(None, datavolume.DataVolumeHandler)
    props = {"metadata": {"name": "disk", "namespace": "ns"}, "spec": {"source": {"blank": {}}}}
    real_apply = fake.apply

    def apply_then_fail(kind: kube.Kind, obj: dict[str, Any], **kw: Any) -> dict[str, Any]:
        out = real_apply(kind, obj, **kw)
        failed = copy.deepcopy(out)
        failed["status"] = {
            "phase": "Failed",
            "conditions": [{"type": "Running", "status": "False", "message": "Unable to connect to http"}],
        }
        return fake.put(kind, failed)

    fake.apply = apply_then_fail  # type: ignore[method-assign]
    with pytest.raises(errors.Incomplete) as err:
        handler.create(props)
    assert err.value.id == "ns/disk"
    assert err.value.outputs["phase"] == "Failed" and err.value.outputs["uid"]
    assert "readiness failed: Unable to connect to http" in str(err.value)


def test_the_engines_custom_timeout_wins_over_the_timeouts_input() -> None:
    handler, _ = handler_with(None)
    props = vm_props(timeouts={"create": 30})
    assert handler.timeout(props, "create") == 30
    with operation.running(operation.Operation(timeout=7)):
        assert handler.timeout(props, "create") == 7
    assert handler.timeout(vm_props(), "delete") == 300


def test_a_domain_finding_names_its_place_in_the_domain_output() -> None:
    from pulumi_kubevirt_provider import findings
    from pulumi_kubevirt_provider.domain import compare

    assert findings.DomainDrift("memory", "96Mi", "128Mi", compare.SETMEM).path() == "domain.currentMemory"
    assert findings.DomainDrift("run state", "paused", "running", compare.RESUME).path() == "domain.state"
    assert (
        findings.DomainDrift("disk scratch bus", "sata", "scsi", compare.RESTART).path()
        == 'domain.disks["scratch"].bus'
    )
    assert findings.DomainDrift("interface default", "absent", "x", compare.RESTART).path() == (
        'domain.interfaces["default"]'
    )


def test_a_list_edited_in_the_cluster_is_put_back_whole_before_the_apply(said: list[str]) -> None:
    from pulumi_kubevirt_provider.resources import service

    declared = {
        "metadata": {"name": "ssh", "namespace": "ns"},
        "spec": {
            "type": "NodePort",
            "selector": {"vmi.kubevirt.io/id": "web"},
            "ports": [{"port": 2222, "targetPort": 22}],
        },
    }
    edited = copy.deepcopy(declared)
    edited["spec"]["ports"] = [{"port": 2200, "targetPort": 22, "nodePort": 30001}]
    handler, fake = handler_with(edited, service.VirtualMachineServiceHandler)
    handler._apply(declared, handler.manifest(declared))
    assert fake.writes[:2] == [("patch", "Service", "ssh"), ("apply", "Service", "ssh")]
    assert fake.get(kube.SERVICE, "ns", "ssh")["spec"]["ports"] == [{"port": 2222, "targetPort": 22}]
    assert said == ["ssh: putting back spec.ports as declared"]


def test_nothing_is_patched_when_the_cluster_matches_the_declaration() -> None:
    handler, fake = handler_with(vm_props())
    handler._apply(vm_props(), handler.manifest(vm_props()))
    assert fake.writes == [("apply", "VirtualMachine", "web")]


def running_vm(memory: str, strategy: str) -> dict[str, Any]:
    props = vm_props(memory)
    props["spec"]["runStrategy"] = strategy
    return props


def test_restart_on_change_never_restarts_a_vm_that_already_runs_the_declared_template(
    said: list[str],
) -> None:
    new = running_vm("256Mi", "Always")
    handler, fake = handler_with(running_vm("128Mi", "Always"))
    fake.put(
        kube.VMI, {"metadata": {"name": "web", "namespace": "ns"}, "spec": new["spec"]["template"]["spec"]}
    )
    fake.objects[("VirtualMachine", "ns", "web")]["status"] = {"ready": True, "created": True}
    handler.update("ns/web", running_vm("128Mi", "Always"), {**new, "restart_on_change": True})
    assert ("delete", "VirtualMachineInstance", "web") not in fake.writes
    assert "web: the running VM already has the declared template: no restart" in said
    assert vm.runs_template(new, {"spec": new["spec"]["template"]["spec"]})
    assert not vm.runs_template(new, {"spec": running_vm("128Mi", "Always")["spec"]["template"]["spec"]})


def test_restart_on_change_leaves_a_manual_vm_to_its_operator(said: list[str]) -> None:
    handler, fake = handler_with(running_vm("128Mi", "Manual"))
    fake.put(
        kube.VMI,
        {"metadata": {"name": "web", "namespace": "ns"}, "spec": vm_props()["spec"]["template"]["spec"]},
    )
    handler.update(
        "ns/web", running_vm("128Mi", "Manual"), {**running_vm("256Mi", "Manual"), "restart_on_change": True}
    )
    assert ("delete", "VirtualMachineInstance", "web") not in fake.writes
    assert any("not restarting: runStrategy Manual leaves starts and stops to you" in line for line in said)


def test_a_refused_vm_leaves_no_cloud_init_secret_behind(said: list[str]) -> None:
    handler, fake = handler_with(None)
    real_apply = fake.apply

    def refuse_vms(kind: kube.Kind, obj: dict[str, Any], **kw: Any) -> dict[str, Any]:
        if kind is kube.VM:
            raise errors.Invalid(422, "Invalid", "spec.template: bad")
        return real_apply(kind, obj, **kw)

    fake.apply = refuse_vms  # type: ignore[method-assign]
    props = vm_props(cloud_init={"web-init-cloudinit": {"userdata": "#cloud-config"}})
    with pytest.raises(errors.ProviderError, match="the API server refused it: spec.template: bad"):
        handler.create(props)
    assert ("apply", "Secret", "web-init-cloudinit") in fake.writes
    assert fake.get(kube.SECRET, "ns", "web-init-cloudinit") is None


def test_the_schema_the_sdk_and_the_core_name_the_same_outputs() -> None:
    import pulumi_kubevirt as kv
    from pulumi_kubevirt_provider.plugin import schema, server

    resources = schema.schema("0.0.0")["resources"]
    for token, handler in server.HANDLERS.items():
        declared = set(resources[token]["properties"]) - set(resources[token]["inputProperties"])
        assert declared == set(handler.outputs), token
        sdk_class = getattr(kv, token.rsplit(":", 1)[1])
        assert sdk_class._entry.handler_class is handler


def test_a_preview_with_unknown_volumes_classifies_without_failing(said: list[str]) -> None:
    from pulumi_kubevirt_provider import diff as diff_module

    old = vm_props()
    hotplug = {"name": "a", "dataVolume": {"name": "x", "hotpluggable": True}}
    old["spec"]["template"]["spec"]["volumes"] = [hotplug]
    new = copy.deepcopy(old)
    new["spec"]["template"]["spec"]["volumes"] = [diff_module.UNKNOWN]
    live = copy.deepcopy(old)
    live["status"] = {"created": True}
    handler, _ = handler_with(live)
    result = handler.diff("ns/web", old, new)
    assert "spec.template.spec.volumes[0]" in result.detailed
    assert any("needs a restart" in line for line in said)


def test_drift_of_a_secret_input_never_prints_its_values(said: list[str]) -> None:
    live = vm_props()
    live["metadata"]["labels"] = {"team": "edited"}
    declared = vm_props()
    declared["metadata"]["labels"] = {"team": "s3cret-label"}
    handler, _ = handler_with(live)
    with operation.running(
        operation.Operation(say=lambda r, m: said.append(m), secret_keys=frozenset({"metadata"}))
    ):
        result = handler.diff("ns/web", declared, declared)
    assert result.detailed["metadata.labels.team"].input_diff is False
    assert said == [
        "metadata.labels.team differs in the cluster from the declared [secret] (changed outside Pulumi)"
    ]
    assert "edited" not in str(said) and "s3cret" not in str(said)


def test_the_dynamic_adapter_takes_the_sdks_list_of_secret_inputs(said: list[str]) -> None:
    """The dynamic protocol strips secret marks; the SDK passes `__secret_inputs` instead."""
    from pulumi_kubevirt_provider import dynamic

    live = vm_props()
    live["metadata"]["labels"] = {"team": "edited"}
    handler, _ = handler_with(live)

    class Adapter(dynamic.VirtualMachineProvider):
        @property
        def handler(self) -> Any:
            return handler

    declared = vm_props()
    declared["metadata"]["labels"] = {"team": "s3cret-label"}
    Adapter().diff("ns/web", declared, {**declared, dynamic.SECRET_INPUTS_KEY: ["metadata"]})
    assert said == [
        "web: metadata.labels.team differs in the cluster from the declared [secret] (changed outside Pulumi)"
    ]
    said.clear()
    Adapter().diff("ns/web", declared, declared)  # without the list: values, as before
    assert said == [
        "web: metadata.labels.team is 'edited' in the cluster, declared 's3cret-label' "
        "(changed outside Pulumi)"
    ]


def test_drift_beside_a_declared_change_never_prints_a_value_that_was_secret_before(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """Drift is measured against the old declaration: a value secret there stays unprinted even
    when the new program no longer marks it secret (plugin transport: old and new secret keys)."""
    from pulumi.runtime.proto import provider_pb2

    from pulumi_kubevirt_provider.plugin import server, wire

    live = vm_props()
    live["metadata"]["labels"] = {"team": "edited-in-cluster"}
    cfg, fake = fake_cluster.install()
    fake.put(kube.VM, {"apiVersion": kube.VM.api_version, "kind": kube.VM.kind, **live})
    old, new = vm_props(), vm_props("256Mi")
    old["metadata"]["labels"] = {"team": "old-s3cret-label"}
    new["metadata"]["labels"] = {"team": "now-public"}
    olds = wire.to_struct(old, {"metadata"})
    plugin = server.Server(None)
    plugin._cfg = cfg
    urn = "urn:pulumi:dev::proj::kubevirt:index:VirtualMachine::web"
    answer = plugin.Diff(
        provider_pb2.DiffRequest(urn=urn, id="ns/web", olds=olds, news=wire.to_struct(new)), None
    )
    said = capsys.readouterr().err
    assert answer.detailedDiff["metadata.labels.team"].inputDiff
    assert "metadata.labels.team differs in the cluster from the declared [secret]" in said
    assert "old-s3cret-label" not in said
