"""Reads that act are at least as fresh as the write they follow, and deletes that follow a read
name the object read (issue 21, items 10 and 13).

The shared watch (watching.py) may lag behind the API server: a VMI it still shows can already be
gone, replaced by a newer VMI of the same name. Outputs must report the live VMI; a restart must
never delete the newer VMI (``preconditions.uid``); and after a failed start, the next ``up`` must
judge the VMI of the template it applied, not the old VMI stuck on its predecessor.

The objects are the sandbox's VM controller's (KubeVirt's, as seen through the API), in an
in-memory cluster (fake_cluster.py) whose shared-watch view can be made stale.
"""

from __future__ import annotations

import copy
import json
from typing import Any

import fake_cluster
import pytest
from test_watching import Script

from kubevirt_sandbox.controllers import vm as sandbox_vm
from pulumi_kubevirt_provider import errors, kube, operation, readiness, watching
from pulumi_kubevirt_provider.resources import base
from pulumi_kubevirt_provider.resources import vm as vm_handler

OWNER = "urn:pulumi:dev::p::kubevirt:index:VirtualMachine::web"


@pytest.fixture()
def said() -> Any:
    lines: list[str] = []
    with operation.running(operation.Operation(say=lambda r, m: lines.append(f"{r}: {m}"), urn=OWNER)):
        yield lines


def template(claim: str | None = None) -> dict[str, Any]:
    disks: list[dict[str, Any]] = [{"name": "root", "disk": {"bus": "virtio"}}]
    volumes: list[dict[str, Any]] = [{"name": "root", "containerDisk": {"image": "quay.io/x/cirros"}}]
    if claim:
        disks.append({"name": "data", "disk": {"bus": "virtio"}})
        volumes.append({"name": "data", "persistentVolumeClaim": {"claimName": claim}})
    return {
        "spec": {
            "domain": {"devices": {"disks": disks}, "resources": {"requests": {"memory": "128Mi"}}},
            "volumes": volumes,
        }
    }


def props_of(claim: str | None = None, strategy: str = "Always", **extra: Any) -> dict[str, Any]:
    return {
        "metadata": {"name": "web", "namespace": "ns"},
        "spec": {"runStrategy": strategy, "template": template(claim)},
        "timeouts": {"create": 3, "update": 3},
        **extra,
    }


def vm_object(claim: str | None = None, strategy: str = "Always", **status: Any) -> dict[str, Any]:
    return {
        "apiVersion": "kubevirt.io/v1",
        "kind": "VirtualMachine",
        "metadata": {
            "name": "web",
            "namespace": "ns",
            "uid": "vm-uid",
            "generation": 1,
            "annotations": {base.OWNER_ANNOTATION: OWNER},
        },
        "spec": {"runStrategy": strategy, "template": template(claim)},
        "status": status or {"created": True, "ready": True, "printableStatus": "Running"},
    }


def running_vmi(vm: dict[str, Any], uid: str, ip: str, node: str) -> dict[str, Any]:
    vmi = sandbox_vm.new_vmi(vm)
    vmi["metadata"]["uid"] = uid
    vmi["status"] = {
        "phase": "Running",
        "nodeName": node,
        "interfaces": [{"name": "default", "ipAddress": ip, "ipAddresses": [ip]}],
        "conditions": [{"type": "Ready", "status": "True"}],
    }
    return vmi


# -- item 10: reads that act are fresh; deletes carry the uid they read ---------------------------
def test_outputs_report_the_live_vmi_not_the_older_one_the_watch_still_shows(said: list[str]) -> None:
    cfg, fake = fake_cluster.install()
    vm = vm_object()
    old = running_vmi(vm, "old-uid", "10.0.2.15", "node-1")
    fake.put(kube.VMI, running_vmi(vm, "new-uid", "10.0.2.99", "node-2"))  # restarted since
    live_vm = fake.put(kube.VM, vm)  # the VM as the server answered after the new VMI
    fake.stale[("VirtualMachineInstance", "ns", "web")] = old
    fake.watch_version = 1  # the watch has not seen the new VMI yet
    outputs = vm_handler.VirtualMachineHandler(cfg).outputs_of(live_vm, props_of())
    assert (outputs["ip_addresses"], outputs["node_name"]) == (["10.0.2.99"], "node-2")


def test_a_restart_from_a_stale_read_does_not_delete_the_newer_vmi(said: list[str]) -> None:
    cfg, fake = fake_cluster.install()
    vm = vm_object()
    stale = running_vmi(vm, "old-uid", "10.0.2.15", "node-1")
    newer = fake.put(kube.VMI, running_vmi(vm, "new-uid", "10.0.2.99", "node-2"))
    fake.put(kube.VM, vm)  # its status written after the newer VMI
    vm_handler.VirtualMachineHandler(cfg)._restart(props_of(), stale)
    assert fake.get(kube.VMI, "ns", "web")["metadata"]["uid"] == newer["metadata"]["uid"]
    assert fake.deletes == [("VirtualMachineInstance", "web", "old-uid")]
    assert any("was already replaced by new-uid" in line for line in said)


def test_a_restart_stops_exactly_the_vmi_it_read_once(said: list[str]) -> None:
    cfg, fake = fake_cluster.install()
    vm = vm_object()
    vmi = fake.put(kube.VMI, running_vmi(vm, "old-uid", "10.0.2.15", "node-1"))
    fake.put(kube.VM, vm)
    real_delete = fake.delete

    def delete(kind: kube.Kind, ns: str, name: str, propagation: str = "Background", **kw: Any) -> Any:
        gone = real_delete(kind, ns, name, propagation, **kw)
        if kind is kube.VMI:  # the VM controller: a new VMI from the template, then the VM's status
            fake.put(kube.VMI, running_vmi(vm, "new-uid", "10.0.2.99", "node-2"))
            fake.put(kube.VM, fake.get(kube.VM, ns, name))
        return gone

    fake.delete = delete  # type: ignore[method-assign]
    after = vm_handler.VirtualMachineHandler(cfg)._restart(props_of(), vmi)
    assert fake.deletes == [("VirtualMachineInstance", "web", "old-uid")]
    assert watching.version_of(after) > watching.version_of(fake.get(kube.VMI, "ns", "web"))


def test_a_delete_after_a_read_carries_the_uid_and_a_replaced_object_is_a_conflict(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import local_api

    from pulumi_kubevirt_provider import settings

    conflict = local_api.status(
        409, "Conflict", "Precondition failed: UID in precondition: old-uid, UID in object meta: new-uid"
    )
    with local_api.LocalApi([conflict]) as api:
        cluster = kube.Cluster(settings.ClusterSettings(kubeconfig=local_api.kubeconfig(api.url)))
        bodies: list[Any] = []
        send = cluster._send

        def recording(method: str, path: str, query: Any, body: Any, *rest: Any) -> Any:
            bodies.append(json.loads(json.dumps(body)))
            return send(method, path, query, body, *rest)

        monkeypatch.setattr(cluster, "_send", recording)
        with pytest.raises(errors.Conflict, match="Precondition failed"):
            cluster.delete(kube.VMI, "team", "web", uid="old-uid")
        cluster.close()
    assert bodies[0]["preconditions"] == {"uid": "old-uid"}
    assert api.seen[0].method == "DELETE"


def test_a_read_that_must_follow_a_write_is_not_answered_by_a_watch_behind_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import local_api

    from pulumi_kubevirt_provider import settings

    cluster = kube.Cluster(settings.ClusterSettings(kubeconfig=local_api.kubeconfig("http://127.0.0.1:9")))
    script = Script([{"metadata": {"name": "web", "uid": "old-uid", "resourceVersion": "5"}}], version=5)
    cluster._watches[("virtualmachineinstances.kubevirt.io/v1", "team")] = script.watch()
    fresh = {"metadata": {"name": "web", "uid": "new-uid", "resourceVersion": "9"}}
    monkeypatch.setattr(cluster, "get", lambda kind, ns, name: copy.deepcopy(fresh))
    assert cluster.read(kube.VMI, "team", "web")["metadata"]["uid"] == "old-uid"  # any state
    assert cluster.read(kube.VMI, "team", "web", at_least=9)["metadata"]["uid"] == "new-uid"
    cluster.close()


# -- item 13: after a failed start, the next `up` judges the VMI of the template it applied -------
def stuck_on_a_missing_claim() -> tuple[dict[str, Any], dict[str, Any]]:
    """The VM and VMI as the sandbox's VM controller leaves them when the VMI's claim does not exist
    (KubeVirt: the same printableStatus, the VMI Pending)."""
    vm = vm_object(
        "missing",
        created=True,
        printableStatus="ErrorPvcNotFound",
        conditions=[{"type": "Ready", "status": "False", "reason": "GuestNotRunning"}],
    )
    vmi = sandbox_vm.new_vmi(vm)
    vmi["metadata"]["uid"] = "stuck-uid"
    vmi["status"] = {"phase": "Pending", "reason": "ErrorPvcNotFound"}
    return vm, vmi


def fixed(vm: dict[str, Any]) -> dict[str, Any]:
    """The VM once the program without the claim is applied: the old VMI still runs (RestartRequired)."""
    vm = copy.deepcopy(vm)
    vm["metadata"]["generation"] = 2
    vm["spec"]["template"] = template()
    vm["status"]["conditions"].append({"type": "RestartRequired", "status": "True"})
    return vm


def test_a_vmi_that_never_started_on_an_older_template_is_to_be_restarted() -> None:
    vm, vmi = stuck_on_a_missing_claim()
    vm = fixed(vm)
    why = readiness.stale_start(vm, vmi, vm_handler.runs_template(props_of(), vmi))
    assert why == "its VMI never started (ErrorPvcNotFound) and was made from an older template"


@pytest.mark.parametrize(
    "case",
    ["declared template", "running", "Halted", "Manual", "Once", "being deleted", "no VMI"],
)
def test_other_vmis_are_left_to_kubevirt_and_the_wait(case: str) -> None:
    vm, vmi = stuck_on_a_missing_claim()
    props = props_of()
    if case == "declared template":
        props = props_of("missing")
    elif case == "running":
        vmi["status"] = {"phase": "Running"}
    elif case in ("Halted", "Manual", "Once"):
        vm["spec"]["runStrategy"] = case
    elif case == "being deleted":
        vmi["metadata"]["deletionTimestamp"] = "2026-12-07T17:00:00Z"
    vm = fixed(vm)
    target = None if case == "no VMI" else vmi
    runs = target is not None and vm_handler.runs_template(props, target)
    assert readiness.stale_start(vm, target, runs) is None


def test_an_up_after_a_failed_start_restarts_the_stuck_vmi_into_the_fixed_template(said: list[str]) -> None:
    """The take-over `up` (dynamic transport: the failed create left no state; the owner mark lets it
    take its object back) applies the program without the claim and becomes ready."""
    cfg, fake = fake_cluster.install()
    vm, vmi = stuck_on_a_missing_claim()
    fake.put(kube.VM, vm)
    fake.put(kube.VMI, vmi)
    real_delete = fake.delete

    def delete(kind: kube.Kind, ns: str, name: str, propagation: str = "Background", **kw: Any) -> Any:
        gone = real_delete(kind, ns, name, propagation, **kw)
        if kind is kube.VMI:  # the VM controller starts a VMI of the current template; it boots
            live = fake.get(kube.VM, ns, name)
            fake.put(kube.VMI, running_vmi(live, "fixed-uid", "10.0.2.20", "node-1"))
            live["status"] = {"created": True, "ready": True, "printableStatus": "Running"}
            fake.put(kube.VM, live)
        return gone

    fake.delete = delete  # type: ignore[method-assign]
    created = vm_handler.VirtualMachineHandler(cfg).create(props_of())
    assert created.outputs["ready"] is True and created.outputs["ip_addresses"] == ["10.0.2.20"]
    assert fake.deletes == [("VirtualMachineInstance", "web", "stuck-uid")]
    assert any(
        "web: restarting into the declared template: its VMI never started (ErrorPvcNotFound)" in line
        for line in said
    )


def dynamic_server() -> Any:
    """pulumi.dynamic.__main__ without its last line (``main()``, which serves forever on import)."""
    import importlib.util
    import types

    spec = importlib.util.find_spec("pulumi.dynamic.__main__")
    assert spec is not None and spec.origin
    source = open(spec.origin).read()
    body, _, last = source.rstrip().rpartition("\n")
    assert last == "main()", last
    module = types.ModuleType("pulumi_dynamic_server")
    exec(compile(body, spec.origin, "exec"), module.__dict__)
    return module


class ServedCall:
    """The parts of a grpc.ServicerContext that Pulumi's dynamic-provider server uses."""

    def __init__(self) -> None:
        self.trailing: tuple[tuple[str, bytes], ...] = ()
        self.aborted: tuple[Any, str] | None = None

    def set_trailing_metadata(self, metadata: tuple[tuple[str, bytes], ...]) -> None:
        self.trailing = metadata

    def abort(self, code: Any, details: str) -> None:
        self.aborted = (code, details)
        raise RuntimeError("aborted")


def test_a_dynamic_create_that_applied_but_failed_is_recorded_as_partial_state(said: list[str]) -> None:
    """Pulumi's own dynamic-provider server (pulumi.dynamic.__main__) serving the create of a VM that
    does not become ready: the engine gets ErrorResourceInitFailed with the object's id and outputs
    (as from the plugin), so it records the VM and the next preview is an update, not a create."""
    import asyncio

    from google.rpc import status_pb2
    from pulumi.dynamic.dynamic import serialize_provider
    from pulumi.runtime import proto, rpc
    from pulumi.runtime.proto import provider_pb2

    from pulumi_kubevirt_provider import dynamic

    cfg, fake = fake_cluster.install(domain_access="off")
    provider = serialize_provider(dynamic.VirtualMachineProvider())
    props = {**props_of("missing"), "timeouts": {"create": 1}, "owner": OWNER, "__provider": provider}

    def stuck(*_: Any, **__: Any) -> None:  # the VM controller: its VMI cannot start
        live = fake.get(kube.VM, "ns", "web")
        live["status"] = {"created": True, "printableStatus": "Starting"}
        fake.put(kube.VM, live)

    real_apply = fake.apply
    fake.apply = lambda *a, **kw: (real_apply(*a, **kw), stuck())[0]  # type: ignore[method-assign]
    loop = asyncio.new_event_loop()
    properties = loop.run_until_complete(rpc.serialize_properties(props, {}))
    loop.close()
    servicer = dynamic_server().DynamicResourceProviderServicer()
    servicer._config = {"kubevirt:kubeconfig": cfg.kubeconfig, "kubevirt:domainAccess": "off"}
    call = ServedCall()
    with pytest.raises(RuntimeError, match="aborted"):
        servicer.Create(proto.CreateRequest(urn=OWNER, properties=properties), call)
    assert call.aborted is not None and "readiness not reached after 1s" in call.aborted[1]
    status = status_pb2.Status.FromString(dict(call.trailing)["grpc-status-details-bin"])
    detail = provider_pb2.ErrorResourceInitFailed()
    assert status.details[0].Unpack(detail)
    outputs = rpc.deserialize_properties(detail.properties)
    assert detail.id == "ns/web"
    assert (outputs["printable_status"], outputs["ready"]) == ("Starting", False)
    assert outputs["__provider"] == provider and outputs["spec"] == props["spec"]


def test_the_fault_suites_watch_delay_holds_back_each_event_of_the_chosen_kind(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import time

    from pulumi_kubevirt_provider import tunables

    monkeypatch.setenv(tunables.TEST_WATCH_DELAY_ENV, "virtualmachineinstances=1")
    script = Script([{"metadata": {"name": "web", "resourceVersion": "5"}}], version=5)
    watch = watching.SharedWatch(script.list_, script.stream, name="virtualmachineinstances in team")
    assert watch.read("web", wait=5)[0]
    sent = time.monotonic()
    script.events.put({"type": "MODIFIED", "object": {"metadata": {"name": "web", "resourceVersion": "6"}}})
    assert not watch.read("web", at_least=6, wait=0.5)[0]
    assert watch.read("web", at_least=6, wait=5)[0]
    assert 0.9 < time.monotonic() - sent < 3
    assert tunables.watch_delay_for_tests("virtualmachines in team") == 0


# -- the same for a crash loop: failures of the template before do not fail the fixed one ----------
def crash_looping(generation: int, observed: int) -> dict[str, Any]:
    """A VM whose VMIs failed to start twice (the sandbox's record; KubeVirt's the same), as the
    apply of a new template answers it: generation bumped, not yet observed by the VM controller."""
    vm = vm_object(
        printableStatus="CrashLoopBackOff",
        observedGeneration=observed,
        startFailure={
            "consecutiveFailCount": 2,
            "lastFailedVMIUID": "failed-uid-2",
            "retryAfterTimestamp": "2026-12-07T17:01:00Z",
        },
        conditions=[
            {"type": "Ready", "status": "False", "reason": "VMINotExists"},
            {"type": "Synchronized", "status": "False", "message": "internal error: Unknown CPU model"},
        ],
    )
    vm["metadata"]["generation"] = generation
    return vm


def test_a_crash_loop_of_the_template_before_is_waited_through_not_failed() -> None:
    verdict = readiness.vm(crash_looping(3, 2), "Always", earlier_failure="failed-uid-2")
    assert verdict.failed is None and not verdict.done
    assert verdict.status == (
        "CrashLoopBackOff from the previous template: waiting for the declared one to start "
        "(next start after 2026-12-07T17:01:00Z)"
    )
    # A failure of a VMI of the declared template counts again.
    again = crash_looping(3, 3)
    again["status"]["startFailure"].update(consecutiveFailCount=3, lastFailedVMIUID="failed-uid-3")
    assert readiness.vm(again, "Always", earlier_failure="failed-uid-2").failed is not None


@pytest.mark.parametrize("changed", [True, False])
def test_an_up_that_changes_a_crash_looping_vm_waits_for_its_new_template(
    said: list[str], changed: bool
) -> None:
    """Without a spec change the record is the declared template's own: the wait fails at once, as
    before; with one (generation ahead of observedGeneration) it waits for the new template."""
    cfg, fake = fake_cluster.install()
    fake.put(kube.VM, crash_looping(2, 2))
    real_apply = fake.apply

    def apply(kind: kube.Kind, obj: dict[str, Any], **kw: Any) -> dict[str, Any]:
        answer = real_apply(kind, obj, **kw)
        if kind is kube.VM and changed:
            answer["metadata"]["generation"] = 3  # the API server bumps it for a spec change
            answer = fake.put(kube.VM, answer)
        return answer

    fake.apply = apply  # type: ignore[method-assign]
    handler = vm_handler.VirtualMachineHandler(cfg)
    props = {**props_of(), "timeouts": {"update": 1}}
    with pytest.raises(errors.Incomplete) as err:
        handler.update("ns/web", props, props)
    if changed:
        assert "not reached after 1s" in str(err.value)
        assert "CrashLoopBackOff from the previous template" in str(err.value)
    else:
        assert "failed to start 2 times in a row" in str(err.value)
