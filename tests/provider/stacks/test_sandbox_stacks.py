"""The resources against the sandbox, where VMs really boot, migrate and serve a port."""

from __future__ import annotations

import socket
import time
from typing import Any

import pulumi
import pytest

import pulumi_kubevirt as kv
from pulumi_kubevirt_provider import kube

pytestmark = [pytest.mark.pulumi, pytest.mark.controlplane, pytest.mark.libvirt]


def cirros_spec(run_strategy: str = "Always", fast_boot: bool = False) -> dict[str, Any]:
    """The demo VM; ``fast_boot`` for tests whose subject is the provider's decisions, not the guest:
    the sandbox makes its VMI Ready after 2 s without starting QEMU (controllers/fastboot.py)."""
    spec: dict[str, Any] = {
        "runStrategy": run_strategy,
        "template": {
            "spec": {
                "domain": {
                    "devices": {"disks": [{"name": "containerdisk", "disk": {"bus": "virtio"}}]},
                    "resources": {"requests": {"memory": "128Mi"}},
                },
                "volumes": [
                    {
                        "name": "containerdisk",
                        "containerDisk": {"image": "quay.io/kubevirt/cirros-container-disk-demo"},
                    }
                ],
            }
        },
    }
    if fast_boot:
        spec["template"]["metadata"] = {"annotations": {"kubevirt-sandbox.io/fast-boot": "2"}}
    return spec


def banner(port: int, timeout: float = 20.0) -> bytes:
    deadline = time.monotonic() + timeout
    while True:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=3) as conn:
                data = conn.recv(200)
                if data:
                    return data
        except OSError:
            pass
        assert time.monotonic() < deadline, f"nothing answered on 127.0.0.1:{port}"
        time.sleep(0.5)


def changes(preview: Any) -> dict[str, int]:
    return {k: v for k, v in preview.change_summary.items() if v and k != "same"}


def test_a_vm_boots_is_exposed_migrates_and_is_destroyed(
    sandbox_stacks: Any, sandbox_cluster: kube.Cluster, sandbox_namespace: str
) -> None:
    migrate = {"on": False}

    def program() -> None:
        vm = kv.VirtualMachine("web", spec=cirros_spec())
        svc = kv.VirtualMachineService("web-ssh", vm=vm, ports=[22], type="NodePort")
        pulumi.export("ready", vm.ready)
        pulumi.export("node", vm.node_name)
        pulumi.export("ips", vm.ip_addresses)
        pulumi.export("port", svc.node_ports)
        if migrate["on"]:
            m = kv.VirtualMachineMigration("web-move", vm=vm)
            pulumi.export("migration", m.phase)
            pulumi.export("target", m.target_node)

    stack = sandbox_stacks.new(program, sandbox_namespace)
    started = time.monotonic()
    up = stack.up(on_output=sandbox_stacks.say)
    print(f"up with a booting VM took {time.monotonic() - started:.1f}s")
    assert up.outputs["ready"].value is True
    assert up.outputs["node"].value in ("sandbox-node-1", "sandbox-node-2")
    assert up.outputs["ips"].value
    node_port, first_node = up.outputs["port"].value[0], up.outputs["node"].value
    assert banner(node_port).startswith(b"SSH-2.0-dropbear")
    assert changes(stack.preview(on_output=sandbox_stacks.say)) == {}

    migrate["on"] = True
    up = stack.up(on_output=sandbox_stacks.say)
    assert up.outputs["migration"].value == "Succeeded"
    assert up.outputs["target"].value not in (None, first_node)
    vmi = sandbox_cluster.get(kube.VMI, sandbox_namespace, "web")
    assert vmi["status"]["nodeName"] == up.outputs["target"].value
    assert banner(node_port).startswith(b"SSH-2.0-dropbear")  # the guest kept running
    # The node the VM runs on now is status, not desired state: nothing to do.
    assert changes(stack.preview(on_output=sandbox_stacks.say)) == {}
    # A refresh reads every resource back (the domain on its new node too) and changes nothing.
    refreshed = stack.refresh(on_output=sandbox_stacks.say)
    assert {k: v for k, v in (refreshed.summary.resource_changes or {}).items() if k != "same"} == {}
    assert changes(stack.preview(on_output=sandbox_stacks.say)) == {}

    stack.destroy(on_output=sandbox_stacks.say)
    assert sandbox_cluster.list(kube.VM, sandbox_namespace) == []
    assert sandbox_cluster.list(kube.VMI, sandbox_namespace) == []


def test_a_datavolume_import_is_awaited_until_it_succeeds(
    sandbox_stacks: Any, sandbox_namespace: str, sandbox: Any
) -> None:
    def program() -> None:
        dv = kv.DataVolume(
            "blank-disk",
            spec={"source": {"blank": {}}, "storage": {"resources": {"requests": {"storage": "64Mi"}}}},
        )
        pulumi.export("phase", dv.phase)
        pulumi.export("claim", dv.claim_name)

    stack = sandbox_stacks.new(program, sandbox_namespace)
    up = stack.up(on_output=sandbox_stacks.say)
    assert up.outputs["phase"].value == "Succeeded"
    assert up.outputs["claim"].value == "blank-disk"
    assert changes(stack.preview()) == {}


def step_of(events: list[Any], type_suffix: str) -> Any:
    """The resource's main step (a replacement also emits delete-replaced/create-replacement)."""
    steps = [
        e.resource_pre_event.metadata
        for e in events
        if e.resource_pre_event and e.resource_pre_event.metadata.type.endswith(type_suffix)
    ]
    return next((step for step in steps if step.op in ("replace", "update")), steps[0])


def test_changing_a_datavolume_replaces_it_and_changing_a_service_updates_it(
    sandbox_stacks: Any, sandbox_namespace: str, sandbox_cluster: kube.Cluster
) -> None:
    shape = {"size": "64Mi", "port": 22}

    def program() -> None:
        kv.DataVolume(
            "scratch",
            spec={
                "source": {"blank": {}},
                "storage": {"resources": {"requests": {"storage": shape["size"]}}},
            },
        )
        kv.VirtualMachineService("scratch-svc", vm="nobody", ports=[shape["port"]])

    stack = sandbox_stacks.new(program, sandbox_namespace)
    stack.up(on_output=sandbox_stacks.say)
    first_uid = sandbox_cluster.get(kube.DATAVOLUME, sandbox_namespace, "scratch")["metadata"]["uid"]

    shape["size"], shape["port"] = "128Mi", 2222
    events: list[Any] = []
    sandbox_stacks.outputs.clear()
    stack.preview(on_event=events.append, on_output=sandbox_stacks.say)
    dv, svc = step_of(events, ":DataVolume"), step_of(events, ":VirtualMachineService")
    assert dv.op == "replace" and dv.keys == ["spec"]
    # Deleting first takes the PVC with it: the preview says the data goes (issue 21).
    assert (
        "scratch: replaced (deleted first, then created): the disk's data is deleted with the "
        "DataVolume's PVC" in "\n".join(sandbox_stacks.outputs)
    )
    assert list(dv.detailed_diff) == ["spec.storage.resources.requests.storage"]
    assert svc.op == "update" and "spec.ports[0].port" in svc.detailed_diff

    stack.up(on_output=sandbox_stacks.say)
    live = sandbox_cluster.get(kube.DATAVOLUME, sandbox_namespace, "scratch")
    assert live["metadata"]["uid"] != first_uid
    assert live["spec"]["storage"]["resources"]["requests"]["storage"] == "128Mi"
    svc_live = sandbox_cluster.get(kube.SERVICE, sandbox_namespace, "scratch-svc")
    assert svc_live["spec"]["ports"][0]["port"] == 2222
    assert changes(stack.preview()) == {}


def test_restart_on_change_restarts_the_vm_into_the_new_template(
    sandbox_stacks: Any, sandbox_namespace: str, sandbox_cluster: kube.Cluster
) -> None:
    shape = {"memory": "128Mi"}

    def program() -> None:
        spec = cirros_spec(fast_boot=True)
        spec["template"]["spec"]["domain"]["resources"]["requests"]["memory"] = shape["memory"]
        vm = kv.VirtualMachine("bouncer", spec=spec, restart_on_change=True)
        pulumi.export("ready", vm.ready)
        pulumi.export("restart_required", vm.restart_required)

    stack = sandbox_stacks.new(program, sandbox_namespace)
    stack.up(on_output=sandbox_stacks.say)
    before = sandbox_cluster.get(kube.VMI, sandbox_namespace, "bouncer")["metadata"]["uid"]
    shape["memory"] = "160Mi"
    up = stack.up(on_output=sandbox_stacks.say)
    text = "\n".join(sandbox_stacks.outputs)
    assert "bouncer: needs a restart: spec.template.spec.domain.resources.requests.memory" in text
    assert "bouncer: restarting to apply the change" in text
    vmi = sandbox_cluster.get(kube.VMI, sandbox_namespace, "bouncer")
    assert vmi["metadata"]["uid"] != before
    assert up.outputs["ready"].value is True and up.outputs["restart_required"].value is False
    assert changes(stack.preview()) == {}


def test_pointing_a_migration_at_another_vm_replaces_it(
    sandbox_stacks: Any, sandbox_namespace: str, sandbox_cluster: kube.Cluster
) -> None:
    target = {"vm": "left"}

    def program() -> None:
        vms = {name: kv.VirtualMachine(name, spec=cirros_spec(fast_boot=True)) for name in ("left", "right")}
        move = kv.VirtualMachineMigration("move", vm=vms[target["vm"]])
        pulumi.export("phase", move.phase)

    stack = sandbox_stacks.new(program, sandbox_namespace)
    assert stack.up(on_output=sandbox_stacks.say).outputs["phase"].value == "Succeeded"
    target["vm"] = "right"
    events: list[Any] = []
    stack.preview(on_event=events.append)
    move = step_of(events, ":VirtualMachineMigration")
    assert move.op == "replace" and move.keys == ["spec"]
    assert list(move.detailed_diff) == ["spec.vmiName"]
    assert stack.up(on_output=sandbox_stacks.say).outputs["phase"].value == "Succeeded"
    live = sandbox_cluster.get(kube.VMIM, sandbox_namespace, "move")
    assert live["spec"]["vmiName"] == "right"
    assert changes(stack.preview()) == {}


def test_a_vm_that_failed_to_start_converges_once_its_program_is_fixed(
    sandbox_stacks: Any, sandbox_namespace: str, sandbox_cluster: kube.Cluster
) -> None:
    """Issue 21 item 13, as a new user meets it: a volume on a claim that does not exist fails the
    `up`; the state keeps the VM (the next preview updates it, never creates it again); once the
    claim is removed from the program, the next `up` restarts the VMI stuck on the old template and
    judges the fixed one."""
    from pulumi import automation as auto

    shape = {"claim": True}

    def program() -> None:
        spec = cirros_spec(fast_boot=True)
        if shape["claim"]:
            spec["template"]["spec"]["domain"]["devices"]["disks"].append(
                {"name": "data", "disk": {"bus": "virtio"}}
            )
            spec["template"]["spec"]["volumes"].append(
                {"name": "data", "persistentVolumeClaim": {"claimName": "nowhere"}}
            )
        vm = kv.VirtualMachine("fixme", spec=spec, timeouts={"create": 20, "update": 60})
        pulumi.export("ready", vm.ready)
        pulumi.export("ips", vm.ip_addresses)

    stack = sandbox_stacks.new(program, sandbox_namespace)
    with pytest.raises(auto.CommandError, match="ErrorPvcNotFound"):
        stack.up(on_output=sandbox_stacks.say)
    stuck = sandbox_cluster.get(kube.VMI, sandbox_namespace, "fixme")
    assert changes(stack.preview(on_output=sandbox_stacks.say)) == {"update": 1}  # kept in the state

    shape["claim"] = False
    assert changes(stack.preview(on_output=sandbox_stacks.say)) == {"update": 1}
    up = stack.up(on_output=sandbox_stacks.say)
    assert up.outputs["ready"].value is True
    vmi = sandbox_cluster.get(kube.VMI, sandbox_namespace, "fixme")
    assert vmi["metadata"]["uid"] != stuck["metadata"]["uid"]
    assert [v["name"] for v in vmi["spec"]["volumes"]] == ["containerdisk"]
    live_ips = [
        ip for i in vmi["status"]["interfaces"] for ip in (i.get("ipAddresses") or [i.get("ipAddress")]) if ip
    ]
    assert live_ips and up.outputs["ips"].value == live_ips  # the outputs are the live VMI's
    text = "\n".join(sandbox_stacks.outputs)
    assert "fixme: restarting into the declared template: its VMI never started (ErrorPvcNotFound)" in text
    assert changes(stack.preview(on_output=sandbox_stacks.say)) == {}
