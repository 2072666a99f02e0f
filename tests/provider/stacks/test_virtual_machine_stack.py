"""VirtualMachine through the real Pulumi engine against the real API server."""

from __future__ import annotations

from typing import Any

import pulumi
import pytest
from conftest import FakeVirtController
from pulumi import automation as auto

import pulumi_kubevirt as kv
from pulumi_kubevirt.resources import cloud_init_secret_name
from pulumi_kubevirt_provider import kube

pytestmark = [pytest.mark.pulumi, pytest.mark.controlplane]

SECRET_TEXT = "correct-horse-battery-staple-7f3a"


def cirros_spec(memory: str = "64M", run_strategy: str = "Halted", user_data: Any = None) -> dict[str, Any]:
    volumes: list[dict[str, Any]] = [
        {"name": "containerdisk", "containerDisk": {"image": "quay.io/kubevirt/cirros-container-disk-demo"}}
    ]
    disks: list[dict[str, Any]] = [{"name": "containerdisk", "disk": {"bus": "virtio"}}]
    if user_data is not None:
        volumes.append({"name": "cloudinitdisk", "cloudInitNoCloud": {"userData": user_data}})
        disks.append({"name": "cloudinitdisk", "disk": {"bus": "virtio"}})
    return {
        "runStrategy": run_strategy,
        "template": {
            "spec": {
                "domain": {"devices": {"disks": disks}, "resources": {"requests": {"memory": memory}}},
                "volumes": volumes,
            }
        },
    }


def changes(preview: Any) -> dict[str, int]:
    return {k: v for k, v in preview.change_summary.items() if v and k != "same"}


def _strings(obj: Any, path: str = "") -> list[tuple[str, str]]:
    if isinstance(obj, dict):
        return [hit for k, v in obj.items() for hit in _strings(v, f"{path}.{k}")]
    if isinstance(obj, list):
        return [hit for i, v in enumerate(obj) for hit in _strings(v, f"{path}[{i}]")]
    return [(path, obj)] if isinstance(obj, str) else []


def vm_step(events: list[Any]) -> Any:
    return next(
        e.resource_pre_event.metadata
        for e in events
        if e.resource_pre_event and e.resource_pre_event.metadata.type.endswith(":VirtualMachine")
    )


def test_a_halted_vm_goes_through_up_preview_change_and_destroy(
    stacks: Any, cluster: kube.Cluster, namespace: str
) -> None:
    memory = {"value": "64M"}

    def program() -> None:
        vm = kv.VirtualMachine("cirros", spec=cirros_spec(memory["value"]))
        pulumi.export("status", vm.printable_status)
        pulumi.export("namespace", vm.metadata.apply(lambda m: m["namespace"]))

    stack = stacks.new(program, namespace)
    up = stack.up(on_output=stacks.say)
    assert up.summary.resource_changes == {"create": 2}
    assert up.outputs["namespace"].value == namespace
    live = cluster.get(kube.VM, namespace, "cirros")
    assert (
        live is not None
        and live["spec"]["template"]["spec"]["domain"]["resources"]["requests"]["memory"] == "64M"
    )
    assert [m["manager"] for m in live["metadata"]["managedFields"]] == ["pulumi-kubevirt"]

    assert changes(stack.preview(on_output=stacks.say)) == {}

    memory["value"] = "128Mi"
    events: list[Any] = []
    preview = stack.preview(on_event=events.append, on_output=stacks.say)
    assert changes(preview) == {"update": 1}
    step = vm_step(events)
    assert step.op == "update"
    assert step.diffs == ["spec"]
    assert list(step.detailed_diff) == ["spec.template.spec.domain.resources.requests.memory"]

    stack.up(on_output=stacks.say)
    live = cluster.get(kube.VM, namespace, "cirros")
    assert live["spec"]["template"]["spec"]["domain"]["resources"]["requests"]["memory"] == "128Mi"
    assert changes(stack.preview()) == {}

    stack.destroy(on_output=stacks.say)
    assert cluster.get(kube.VM, namespace, "cirros") is None


def test_a_change_made_behind_pulumis_back_is_reported_and_put_back(
    stacks: Any, cluster: kube.Cluster, namespace: str
) -> None:
    stack = stacks.new(lambda: kv.VirtualMachine("drifty", spec=cirros_spec()), namespace)
    stack.up()
    cluster.patch(
        kube.VM,
        namespace,
        "drifty",
        {"spec": {"template": {"spec": {"domain": {"resources": {"requests": {"memory": "256Mi"}}}}}}},
    )
    out: list[str] = []
    preview = stack.preview(on_output=out.append)
    assert changes(preview) == {"update": 1}
    text = "\n".join(out)
    assert "drifty: spec.template.spec.domain.resources.requests.memory is '256Mi' in the cluster" in text
    stack.up()
    live = cluster.get(kube.VM, namespace, "drifty")
    assert live["spec"]["template"]["spec"]["domain"]["resources"]["requests"]["memory"] == "64M"
    assert changes(stack.preview()) == {}


def test_fields_kubevirt_writes_itself_are_not_a_change(
    stacks: Any, cluster: kube.Cluster, namespace: str
) -> None:
    stack = stacks.new(lambda: kv.VirtualMachine("quiet", spec=cirros_spec()), namespace)
    stack.up()
    # What virt-controller and KubeMacPool add to a VM: none of it was declared by the user.
    cluster.patch(
        kube.VM,
        namespace,
        "quiet",
        {
            "metadata": {
                "annotations": {
                    "kubevirt.io/latest-observed-api-version": "v1",
                    "kubevirt.io/storage-observed-api-version": "v1",
                }
            },
            "spec": {
                "template": {
                    "spec": {
                        "domain": {
                            "firmware": {"uuid": "5d307ca9-b3ef-428c-8861-06e72d69f223", "serial": "abc"},
                            "machine": {"type": "pc-q35-rhel9.4.0"},
                        },
                        "architecture": "amd64",
                    }
                }
            },
        },
    )
    assert changes(stack.preview()) == {}


def test_an_invalid_vm_fails_preview_naming_the_field_and_writes_nothing(
    stacks: Any, cluster: kube.Cluster, namespace: str
) -> None:
    def program() -> None:
        spec = cirros_spec()
        spec["template"]["spec"]["domain"]["devices"]["disks"].append(
            {"name": "ghost", "disk": {"bus": "ide"}}
        )
        kv.VirtualMachine("broken", spec=spec)

    stack = stacks.new(program, namespace)
    out: list[str] = []
    with pytest.raises(auto.CommandError):
        stack.preview(on_output=out.append)
    text = "\n".join(out)
    assert "spec.template.spec.domain.devices.disks[1]" in text, text
    assert cluster.list(kube.VM, namespace) == []


def test_cloud_init_user_data_never_appears_in_state_or_output(
    stacks: Any, cluster: kube.Cluster, namespace: str
) -> None:
    def program() -> None:
        kv.VirtualMachine(
            "secretive",
            spec=cirros_spec(user_data=pulumi.Output.secret(f"#cloud-config\npassword: {SECRET_TEXT}\n")),
        )

    stack = stacks.new(program, namespace)
    stack.up(on_output=stacks.say)
    live = cluster.get(kube.VM, namespace, "secretive")
    volume = live["spec"]["template"]["spec"]["volumes"][1]["cloudInitNoCloud"]
    assert volume == {"secretRef": {"name": cloud_init_secret_name("secretive", "cloudinitdisk")}}
    secret = cluster.get(kube.SECRET, namespace, cloud_init_secret_name("secretive", "cloudinitdisk"))
    assert secret is not None and secret["metadata"]["ownerReferences"][0]["name"] == "secretive"
    stack.preview(on_output=stacks.say, diff=True)
    deployment = stacks.state_as_stored(stack)
    assert any(p.endswith("cloud_init.ciphertext") for p, _ in _strings(deployment))
    leaks = [p for p, text in _strings(deployment) if SECRET_TEXT in text]
    assert leaks == []
    assert SECRET_TEXT not in "\n".join(stacks.outputs)
    stack.destroy(on_output=stacks.say)
    assert cluster.get(kube.SECRET, namespace, cloud_init_secret_name("secretive", "cloudinitdisk")) is None


def test_a_running_vm_waits_for_ready_and_reports_it(
    fake_virt_controller: Any, stacks: Any, namespace: str
) -> None:
    def program() -> None:
        vm = kv.VirtualMachine("runner", spec=cirros_spec(run_strategy="Always"))
        pulumi.export("ready", vm.ready)
        pulumi.export("status", vm.printable_status)

    stack = stacks.new(program, namespace)
    up = stack.up(on_output=stacks.say)
    assert up.outputs["ready"].value is True and up.outputs["status"].value == "Running"
    assert changes(stack.preview()) == {}


def test_a_preview_says_whether_a_running_vm_applies_a_change_live_or_needs_a_restart(
    fake_virt_controller: Any, stacks: Any, namespace: str
) -> None:
    shape = {"memory": "64M", "sockets": 1}

    def program() -> None:
        spec = cirros_spec(memory=shape["memory"], run_strategy="Always")
        spec["template"]["spec"]["domain"]["cpu"] = {"sockets": shape["sockets"]}
        kv.VirtualMachine("shifty", spec=spec)

    stack = stacks.new(program, namespace)
    stack.up()
    shape["sockets"] = 2
    out: list[str] = []
    assert changes(stack.preview(on_output=out.append)) == {"update": 1}
    assert "shifty: applied live: spec.template.spec.domain.cpu.sockets" in "\n".join(out)
    shape["memory"] = "96M"
    out.clear()
    assert changes(stack.preview(on_output=out.append)) == {"update": 1}
    assert (
        "shifty: needs a restart: spec.template.spec.domain.resources.requests.memory; "
        "KubeVirt applies them at the next restart (RestartRequired)"
    ) in "\n".join(out)


def test_an_existing_vm_is_refused_at_create_unless_adopted_and_then_previews_clean(
    stacks: Any, cluster: kube.Cluster, namespace: str
) -> None:
    manifest = {
        "apiVersion": "kubevirt.io/v1",
        "kind": "VirtualMachine",
        "metadata": {"name": "adopted", "namespace": namespace},
        "spec": cirros_spec(),
    }
    # as kubectl creates it (its field manager; our client's User-Agent would name ours)
    cluster.request("POST", kube.VM.path(namespace), query={"fieldManager": "kubectl-create"}, body=manifest)
    adopt = {"on": False}

    def program() -> None:
        kv.VirtualMachine("adopted", spec=cirros_spec(), adopt=adopt["on"])

    stack = stacks.new(program, namespace)
    out: list[str] = []
    with pytest.raises(auto.CommandError):
        stack.up(on_output=out.append)
    assert f"VirtualMachine {namespace}/adopted already exists" in "\n".join(out)
    assert "adopt=True" in "\n".join(out)

    adopt["on"] = True
    up = stack.up(on_output=stacks.say)
    assert up.summary.resource_changes == {"create": 1, "same": 1}  # the stack itself came first time
    managers = [m["manager"] for m in cluster.get(kube.VM, namespace, "adopted")["metadata"]["managedFields"]]
    assert "kubectl-create" in managers and "pulumi-kubevirt" in managers
    assert changes(stack.preview()) == {}
    stack.destroy()
    assert cluster.get(kube.VM, namespace, "adopted") is None


def test_what_only_the_server_knows_fails_the_preview_through_a_dry_run(
    stacks: Any, cluster: kube.Cluster, namespace: str
) -> None:
    # The client-side checks pass this; the API server limits annotations to 256 KiB in total.
    def program() -> None:
        kv.VirtualMachine("bloated", spec=cirros_spec(), metadata={"annotations": {"note": "x" * 300_000}})

    stack = stacks.new(program, namespace)
    out: list[str] = []
    with pytest.raises(auto.CommandError):
        stack.preview(on_output=out.append)
    text = "\n".join(out)
    assert "the API server rejected it" in text and "metadata.annotations" in text, text[-2000:]
    assert cluster.list(kube.VM, namespace) == []


def test_a_create_that_times_out_leaves_nothing_the_next_up_cannot_finish(
    stacks: Any, cluster: kube.Cluster, namespace: str, transport: str
) -> None:
    def program() -> None:
        kv.VirtualMachine(
            "late", spec=cirros_spec(run_strategy="Always"), timeouts={"create": 4, "delete": 60}
        )

    stack = stacks.new(program, namespace)
    with pytest.raises(auto.CommandError) as err:
        stack.up(on_output=stacks.say)  # nobody makes it Ready
    assert "late: readiness not reached after 4s" in str(err.value)
    assert "run `pulumi up` again" not in str(err.value)
    live = cluster.get(kube.VM, namespace, "late")
    assert live is not None and live["metadata"]["annotations"]["pulumi-kubevirt.io/owner"]
    recorded = [
        r for r in stacks.state_as_stored(stack)["deployment"]["resources"] if r["urn"].endswith("::late")
    ]
    # Both transports record the half-made VM (partial state; the dynamic resources through the
    # call Pulumi's dynamic-provider server serves): the next up updates it.
    assert len(recorded) == 1

    with FakeVirtController(cluster, namespace):
        up = stack.up(on_output=stacks.say)
        assert "already exists" not in "\n".join(stacks.outputs)
        assert {k: v for k, v in up.summary.resource_changes.items() if k != "same"} == {"update": 1}
        assert changes(stack.preview()) == {}
        stack.destroy(on_output=stacks.say)


def test_a_stranger_with_the_same_name_is_never_taken_over(
    stacks: Any, cluster: kube.Cluster, namespace: str
) -> None:
    cluster.request(
        "POST",
        kube.VM.path(namespace),
        query={"fieldManager": "kubectl-create"},
        body={
            "apiVersion": "kubevirt.io/v1",
            "kind": "VirtualMachine",
            "metadata": {
                "name": "taken",
                "namespace": namespace,
                "annotations": {"pulumi-kubevirt.io/owner": "other-project/dev/VirtualMachine/taken"},
            },
            "spec": cirros_spec(),
        },
    )
    stack = stacks.new(lambda: kv.VirtualMachine("taken", spec=cirros_spec()), namespace)
    with pytest.raises(auto.CommandError, match="already exists and was not made by this resource"):
        stack.up(on_output=stacks.say)
    annotations = cluster.get(kube.VM, namespace, "taken")["metadata"]["annotations"]
    assert annotations["pulumi-kubevirt.io/owner"] == "other-project/dev/VirtualMachine/taken"


def test_a_users_own_secret_under_the_vms_secret_name_fails_the_preview_and_is_left_alone(
    stacks: Any, cluster: kube.Cluster, namespace: str
) -> None:
    """The user's Secret (no owner mark, no owner reference): preview and up fail naming it, without
    a traceback; it is never written, and a destroy leaves it."""
    name = cloud_init_secret_name("taken", "cloudinitdisk")
    cluster.apply(
        kube.SECRET,
        {"metadata": {"name": name, "namespace": namespace}, "type": "Opaque", "stringData": {"mine": "yes"}},
    )
    before = cluster.get(kube.SECRET, namespace, name)

    def program() -> None:
        kv.VirtualMachine("taken", spec=cirros_spec(user_data="#cloud-config\n"))

    stack = stacks.new(program, namespace)
    for attempt in (stack.preview, stack.up):
        stacks.outputs.clear()
        with pytest.raises(auto.errors.CommandError) as failed:
            attempt(on_output=stacks.say)
        text = "\n".join(stacks.outputs) + str(failed.value)
        assert f"Secret {namespace}/{name} already exists and was not made by this VM" in text, text
        assert "Traceback" not in text, text
    assert cluster.get(kube.VM, namespace, "taken") is None
    stack.destroy(on_output=stacks.say)
    after = cluster.get(kube.SECRET, namespace, name)
    assert after is not None and after["metadata"]["resourceVersion"] == before["metadata"]["resourceVersion"]
