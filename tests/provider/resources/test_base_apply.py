"""The core's check, apply-conflict, delete and read decisions over the fake cluster: what a user
sees when the API server rejects a dry run, when another tool owns a field, when an object is
imported or finishes terminating. The stack suites prove the same against the real API server."""

from __future__ import annotations

from typing import Any

import fake_cluster
import pytest

from pulumi_kubevirt_provider import errors, kube, operation, results
from pulumi_kubevirt_provider.resources import base, migration, service, vm


@pytest.fixture()
def said() -> Any:
    lines: list[str] = []
    with operation.running(operation.Operation(say=lambda r, m: lines.append(f"{r}: {m}"))):
        yield lines


def vm_props(memory: str = "128Mi", **extra: Any) -> dict[str, Any]:
    return {
        "metadata": {"name": "web", "namespace": "ns"},
        "spec": {
            "runStrategy": "Halted",
            "template": {"spec": {"domain": {"devices": {}, "resources": {"requests": {"memory": memory}}}}},
        },
        **extra,
    }


def svc_props(node_port: bool = False) -> dict[str, Any]:
    return {
        "metadata": {"name": "web-ssh", "namespace": "ns"},
        "spec": {
            "type": "NodePort" if node_port else "ClusterIP",
            "selector": {"kubevirt.io/domain": "web"},
            "ports": [{"name": "p22", "port": 22, "targetPort": 22}],
        },
    }


class Refusing(fake_cluster.FakeCluster):
    """A fake cluster whose apply raises what a real API server answered, once or always."""

    def __init__(self, *failures: Exception) -> None:
        super().__init__()
        self.failures = list(failures)
        self.forced: list[bool] = []

    def apply(
        self, kind: kube.Kind, obj: dict[str, Any], *, dry_run: bool = False, force: bool = False
    ) -> Any:
        self.forced.append(force)
        if self.failures:
            raise self.failures.pop(0)
        return super().apply(kind, obj, dry_run=dry_run, force=force)


def handler_on(
    fake: fake_cluster.FakeCluster, cls: type[base.KubeProvider] = vm.VirtualMachineHandler
) -> Any:
    cfg, _ = fake_cluster.install()
    base._clusters[cfg] = fake  # type: ignore[assignment]
    return cls(cfg)


def conflict(*managers: str) -> errors.Conflict:
    causes = [
        {
            "reason": "FieldManagerConflict",
            "message": f'conflict with "{m}" using kubevirt.io/v1',
            "field": ".spec",
        }
        for m in managers
    ]
    return errors.Conflict(409, "Conflict", f"Apply failed with {len(managers)} conflict", causes)


# -- check ---------------------------------------------------------------------------------
def test_check_names_each_bad_field_by_its_manifest_path() -> None:
    handler = handler_on(fake_cluster.FakeCluster())
    props = vm_props()
    props["spec"]["template"]["spec"]["domain"]["devices"]["disks"] = [
        {"name": "d", "disk": {"bus": "floppy"}}
    ]
    checked = handler.check({}, props)
    assert [f.reason for f in checked.failures] == [
        "spec.template.spec.domain.devices.disks[0].disk.bus: "
        "must be one of 'virtio', 'sata', 'scsi' or 'usb' (got 'floppy')",
        "spec.template.spec.domain.devices.disks[0].name: disk 'd' has no volume of the same name: "
        "add volumes[].name: d",
    ]


def test_a_server_side_dry_run_rejection_fails_check_with_the_servers_causes() -> None:
    invalid = errors.Invalid(
        422, "Invalid", "VirtualMachine.kubevirt.io is invalid",
        [{"field": "spec.template.spec.domain.cpu.cores", "message": "must be greater than 0"}],
    )  # fmt: skip
    handler = handler_on(Refusing(invalid))
    checked = handler.check({}, vm_props())
    assert [f.reason for f in checked.failures] == [
        "the API server rejected it: spec.template.spec.domain.cpu.cores: must be greater than 0"
    ]


def test_an_unchanged_declaration_is_neither_validated_nor_dry_run_again() -> None:
    """A no-op preview of N resources costs no validation and no request (issue 15, P1)."""
    fake = Refusing(errors.Invalid(422, "Invalid", "would fail", []))
    handler = handler_on(fake)
    validated: list[Any] = []
    handler.problems = lambda manifest: validated.append(manifest) or []  # type: ignore[method-assign]
    assert handler.check(vm_props(), vm_props()).failures == []
    assert fake.forced == [] and validated == []
    changed = vm_props()
    changed["spec"]["runStrategy"] = "Always"
    assert handler.check(vm_props(), changed).failures != []  # a change is validated and dry-run
    assert len(validated) == 1


def test_an_unreachable_cluster_or_a_forbidden_dry_run_still_passes_check_with_a_notice(
    said: list[str],
) -> None:
    handler = handler_on(Refusing(errors.ApiError(403, "Forbidden", "dry run is forbidden")))
    assert handler.check({}, vm_props()).failures == []
    assert said == ["web: server-side dry run not possible: dry run is forbidden"]

    handler = handler_on(Refusing(errors.Unreachable("connection refused")))
    assert handler.check({}, vm_props()).failures == []


def test_a_service_is_checked_by_its_own_model() -> None:
    handler = handler_on(fake_cluster.FakeCluster(), service.VirtualMachineServiceHandler)
    props = svc_props()
    props["spec"]["ports"][0]["port"] = "twenty-two"
    failures = handler.check({}, props).failures
    assert [f.reason for f in failures] == [
        "spec.ports[0].port: expected an integer, got str 'twenty-two': write a whole number without quotes"
    ]
    assert handler.check({}, svc_props()).failures == []


# -- the apply conflict policy ---------------------------------------------------------------
def test_fields_an_imperative_edit_took_are_taken_back_with_force(said: list[str]) -> None:
    fake = Refusing(conflict("kubectl-edit"))
    fake.put(kube.VM, {**vm_props(), "metadata": {
        **vm_props()["metadata"], "managedFields": [{"manager": "kubectl-edit", "operation": "Update"}],
    }})  # fmt: skip
    handler = handler_on(fake)
    handler.update("ns/web", vm_props(), vm_props("256Mi"))
    assert fake.forced == [False, True]
    assert "web: taking back fields changed outside Pulumi by kubectl-edit" in said


def test_fields_another_apply_manager_owns_are_an_error_naming_it_and_the_fix() -> None:
    fake = Refusing(conflict("argocd"))
    fake.put(kube.VM, {**vm_props(), "metadata": {
        **vm_props()["metadata"], "managedFields": [{"manager": "argocd", "operation": "Apply"}],
    }})  # fmt: skip
    with pytest.raises(errors.ProviderError) as err:
        handler_on(fake).update("ns/web", vm_props(), vm_props("256Mi"))
    assert str(err.value).startswith(
        "web: Apply failed with 1 conflict. Fields are owned by argocd; set force=True"
    )
    assert fake.forced == [False]


def test_a_refused_apply_is_one_line_naming_the_resource() -> None:
    fake = Refusing(errors.ApiError(500, "InternalError", "etcdserver: request timed out"))
    with pytest.raises(
        errors.ProviderError, match="^web: the API server refused it: etcdserver: request timed out$"
    ):
        handler_on(fake).create(vm_props())


# -- delete ----------------------------------------------------------------------------------
def test_delete_waits_until_the_object_is_gone_and_a_missing_one_is_fine(said: list[str]) -> None:
    fake = fake_cluster.FakeCluster()
    fake.put(kube.SERVICE, {"apiVersion": "v1", "kind": "Service", **svc_props()})
    handler = handler_on(fake, service.VirtualMachineServiceHandler)
    handler.delete("ns/web-ssh", svc_props())
    assert fake.get(kube.SERVICE, "ns", "web-ssh") is None
    handler.delete("ns/web-ssh", svc_props())  # already gone: nothing to wait for
    assert fake.writes == [("delete", "Service", "web-ssh"), ("delete", "Service", "web-ssh")]


def test_a_running_vm_is_stopped_before_it_is_deleted(said: list[str]) -> None:
    fake = fake_cluster.FakeCluster()
    running = vm_props()
    running["spec"]["runStrategy"] = "Always"
    fake.put(kube.VM, {**running, "status": {"created": True, "ready": True}})
    real_patch = fake.patch

    def patch_and_stop(kind: kube.Kind, ns: str, name: str, patch: dict[str, Any], sub: str = "") -> Any:
        out = real_patch(kind, ns, name, patch, sub)
        if patch.get("spec", {}).get("runStrategy") == "Halted":
            out["status"] = {"printableStatus": "Stopped"}
            fake.put(kind, out)
        return out

    fake.patch = patch_and_stop  # type: ignore[method-assign]
    handler_on(fake).delete("ns/web", running)
    assert [w[0] for w in fake.writes] == ["patch", "delete"]


# -- read: refresh and import ----------------------------------------------------------------
def test_import_takes_what_is_there_as_the_declaration() -> None:
    fake = fake_cluster.FakeCluster()
    fake.put(kube.SERVICE, {"apiVersion": "v1", "kind": "Service", **svc_props(node_port=True)})
    live = fake.get(kube.SERVICE, "ns", "web-ssh")
    live["spec"].update(clusterIP="10.0.0.7")
    live["spec"]["ports"][0]["nodePort"] = 30022
    fake.put(kube.SERVICE, live)
    read = handler_on(fake, service.VirtualMachineServiceHandler).read("ns/web-ssh", {})
    assert read.id == "ns/web-ssh"
    assert read.inputs["metadata"] == {"name": "web-ssh", "namespace": "ns"}
    assert read.inputs["spec"]["ports"][0]["port"] == 22
    assert (read.outputs["cluster_ip"], read.outputs["node_ports"]) == ("10.0.0.7", [30022])


def test_refresh_of_a_deleted_object_reads_as_gone() -> None:
    read = handler_on(fake_cluster.FakeCluster(), service.VirtualMachineServiceHandler).read(
        "ns/x", svc_props()
    )
    assert read == results.Read("", {}, {})


def test_a_finished_migration_that_kubevirt_collected_is_kept_not_recreated() -> None:
    handler = handler_on(fake_cluster.FakeCluster(), migration.VirtualMachineMigrationHandler)
    props = {"metadata": {"name": "mig", "namespace": "ns"}, "spec": {"vmiName": "web"}, "phase": "Succeeded"}
    read = handler.read("ns/mig", props)
    assert read.id == "ns/mig" and read.outputs["phase"] == "Succeeded"
    assert handler.diff("ns/mig", props, props) == results.Diff()
    changed = {**props, "spec": {"vmiName": "db"}}
    assert handler.diff("ns/mig", props, changed).replaces == ["spec"]
    # A declared change that keeps it is no reason to call the collected migration drift.
    longer = {**props, "timeouts": {"create": 600}}
    assert handler.diff("ns/mig", props, longer).detailed == {
        "timeouts.create": results.PropertyChange(results.DiffKind.ADD, True)
    }


def test_migration_outputs_name_phase_and_nodes() -> None:
    handler = handler_on(fake_cluster.FakeCluster(), migration.VirtualMachineMigrationHandler)
    obj = {"status": {"phase": "Running", "migrationState": {"sourceNode": "n1", "targetNode": "n2"}}}
    assert handler.status_outputs(obj, {}) == {"phase": "Running", "source_node": "n1", "target_node": "n2"}
