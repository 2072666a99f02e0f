"""Cloud-init Secrets: the provider writes and deletes only the Secrets it made (its owner mark, or
an owner reference to the VM); a user's Secret of the same name is an error naming it. VMs made by
an earlier version keep their Secrets' old names."""

from __future__ import annotations

import copy
from typing import Any

import fake_cluster
import pytest

from pulumi_kubevirt.resources import cloud_init_secret_name
from pulumi_kubevirt_provider import dynamic, errors, kube, operation
from pulumi_kubevirt_provider.plugin import wire
from pulumi_kubevirt_provider.resources import base, vm

OWNER = "p/s/VirtualMachine/web"
NEW = cloud_init_secret_name("web", "init")
LEGACY = "web-init-cloudinit"


def vm_props(secret_name: str = NEW) -> dict[str, Any]:
    return {
        "metadata": {"name": "web", "namespace": "ns"},
        "spec": {
            "runStrategy": "Halted",
            "template": {
                "spec": {
                    "domain": {"devices": {}, "resources": {"requests": {"memory": "128Mi"}}},
                    "volumes": [{"name": "init", "cloudInitNoCloud": {"secretRef": {"name": secret_name}}}],
                }
            },
        },
        "cloud_init": {secret_name: {"userdata": "#cloud-config\npassword: mine\n"}},
        "owner": OWNER,
    }


@pytest.fixture()
def said() -> Any:
    lines: list[str] = []
    with operation.running(operation.Operation(say=lambda r, m: lines.append(f"{r}: {m}"))):
        yield lines


def users_secret(name: str = NEW, **meta: Any) -> dict[str, Any]:
    return {"metadata": {"name": name, "namespace": "ns", **meta}, "data": {"userdata": "dXNlcnM="}}


def test_a_users_own_secret_of_that_name_is_an_error_naming_it_never_written_or_deleted(
    said: list[str],
) -> None:
    cfg, fake = fake_cluster.install()
    fake.put(kube.SECRET, users_secret())
    handler = vm.VirtualMachineHandler(cfg)
    with pytest.raises(
        errors.ProviderError, match=rf"Secret ns/{NEW} already exists and was not made by this VM"
    ):
        handler.create(vm_props())
    handler.delete("ns/web", vm_props())
    assert [w for w in fake.writes if w[1] == "Secret"] == []
    assert fake.get(kube.SECRET, "ns", NEW)["data"] == {"userdata": "dXNlcnM="}
    assert fake.get(kube.VM, "ns", "web") is None  # nothing of the VM was written either


def test_a_secret_owned_by_another_vm_is_not_taken() -> None:
    cfg, fake = fake_cluster.install()
    other = {"apiVersion": "kubevirt.io/v1", "kind": "VirtualMachine", "name": "other", "uid": "u-other"}
    fake.put(kube.SECRET, users_secret(ownerReferences=[other]))
    with pytest.raises(errors.ProviderError, match=f"Secret ns/{NEW} already exists"):
        vm.VirtualMachineHandler(cfg).create(vm_props())
    assert fake.get(kube.SECRET, "ns", NEW)["metadata"]["ownerReferences"] == [other]


def test_the_secret_this_vm_made_carries_its_mark_and_goes_with_it(said: list[str]) -> None:
    cfg, fake = fake_cluster.install()
    handler = vm.VirtualMachineHandler(cfg)
    created = handler.create(vm_props())
    secret = fake.get(kube.SECRET, "ns", NEW)
    assert secret["metadata"]["annotations"][base.OWNER_ANNOTATION] == OWNER
    assert secret["metadata"]["ownerReferences"][0]["uid"] == created.outputs["uid"]
    handler.update("ns/web", created.outputs, vm_props())  # its own Secret: written again, no error
    handler.delete("ns/web", created.outputs)
    assert fake.get(kube.SECRET, "ns", NEW) is None


def test_destroy_leaves_a_secret_that_became_someone_elses(said: list[str]) -> None:
    cfg, fake = fake_cluster.install()
    handler = vm.VirtualMachineHandler(cfg)
    created = handler.create(vm_props())
    fake.put(kube.SECRET, users_secret())  # replaced by the user's own, without our marks
    handler.delete("ns/web", created.outputs)
    assert fake.get(kube.SECRET, "ns", NEW) is not None
    assert any(f"leaving Secret ns/{NEW} in place" in line for line in said)


def legacy_stack(secret_owner: str | None) -> tuple[Any, fake_cluster.FakeCluster, dict[str, Any]]:
    """A VM an earlier version made, its Secret under the old name (no owner mark), with an owner
    reference to ``secret_owner`` ("web": this VM; None: no Secret at all)."""
    cfg, fake = fake_cluster.install()
    olds = vm_props(LEGACY)
    live = {"apiVersion": "kubevirt.io/v1", "kind": "VirtualMachine", **copy.deepcopy(olds)}
    del live["cloud_init"], live["owner"]
    live = fake.put(kube.VM, live)
    if secret_owner is not None:
        uid = live["metadata"]["uid"] if secret_owner == "web" else "u-other"
        ref = {"apiVersion": "kubevirt.io/v1", "kind": "VirtualMachine", "name": secret_owner, "uid": uid}
        fake.put(
            kube.SECRET, users_secret(LEGACY, ownerReferences=[ref], labels={vm.CLOUD_INIT_LABEL: "web"})
        )
    return vm.VirtualMachineHandler(cfg), fake, {**olds, "uid": live["metadata"]["uid"]}


def test_a_vm_an_earlier_version_made_keeps_its_secret_and_previews_no_change(said: list[str]) -> None:
    handler, fake, olds = legacy_stack("web")
    checked = handler.check(olds, vm_props(), server_dry_run=False)
    assert checked.failures == []
    assert list(checked.inputs["cloud_init"]) == [LEGACY]
    volume = checked.inputs["spec"]["template"]["spec"]["volumes"][0]
    assert volume["cloudInitNoCloud"]["secretRef"]["name"] == LEGACY
    assert not handler.diff("ns/web", olds, checked.inputs).changes
    handler.update("ns/web", olds, checked.inputs)  # its own Secret under the old name: no error
    assert fake.get(kube.SECRET, "ns", NEW) is None
    assert fake.get(kube.SECRET, "ns", LEGACY)["data"]["userdata"] != "dXNlcnM="


def test_the_dynamic_transport_keeps_the_old_name_inside_the_secret_mark(said: list[str]) -> None:
    handler, fake, olds = legacy_stack("web")
    provider = dynamic.VirtualMachineProvider()
    provider._cfg = handler.cluster_settings

    def marked(props: dict[str, Any]) -> dict[str, Any]:
        return {**props, "cloud_init": {wire.SIG: wire.SECRET_SIG, "value": props["cloud_init"]}}

    checked = provider.check(marked(olds), marked(vm_props()))
    expected = {LEGACY: vm_props()["cloud_init"][NEW]}
    assert checked.inputs["cloud_init"] == {wire.SIG: wire.SECRET_SIG, "value": expected}


@pytest.mark.parametrize("owner", [None, "other"])
def test_an_old_name_that_is_not_this_vms_moves_the_vm_to_its_own_name(owner: str | None) -> None:
    # None: the old Secret is gone; "other": the old names collided and another VM holds it.
    handler, fake, olds = legacy_stack(owner)
    checked = handler.check(olds, vm_props(), server_dry_run=False)
    assert list(checked.inputs["cloud_init"]) == [NEW]
    handler.update("ns/web", olds, checked.inputs)
    assert fake.get(kube.SECRET, "ns", NEW) is not None
    if owner:  # the other VM's Secret is left alone
        assert fake.get(kube.SECRET, "ns", LEGACY)["data"] == {"userdata": "dXNlcnM="}


def test_the_preview_already_names_a_users_secret(said: list[str]) -> None:
    cfg, fake = fake_cluster.install()
    fake.put(kube.SECRET, users_secret())
    failures = vm.VirtualMachineHandler(cfg).dry_run(vm_props())
    assert [f.property for f in failures] == ["cloud_init"]
    assert f"Secret ns/{NEW} already exists and was not made by this VM" in failures[0].reason
