"""A ``pulumi.Output`` can stand for any value of a typed model, at any depth.

It validates, ``to_manifest()`` keeps the very same object in its place (the Pulumi SDK resolves
Outputs nested in dict inputs itself), and admission checks that need its value skip instead
of guessing. Plain values are checked exactly as before.
"""

from __future__ import annotations

import asyncio
import copy
from typing import Any

import pulumi
import pydantic
import pytest

from pulumi_kubevirt_models import (
    Input,
    ValidationError,
    cdi_v1beta1,
    check,
    from_manifest,
    k8s_core_v1,
    k8s_meta_v1,
    kubevirt_v1,
    manifest,
    validate,
)

VOLUMES = ("spec", "template", "spec", "volumes")

pytestmark = pytest.mark.usefixtures("output_loop")


def unknown() -> pulumi.Output[Any]:
    """An Output whose value is unknown, as during a preview before its resource exists."""
    loop = asyncio.get_event_loop()
    value, known, secret = loop.create_future(), loop.create_future(), loop.create_future()
    value.set_result(None)
    known.set_result(False)
    secret.set_result(False)
    return pulumi.Output(set(), value, known, secret)


def image() -> kubevirt_v1.ContainerDiskSource:
    return kubevirt_v1.ContainerDiskSource(image="quay.io/kubevirt/cirros-container-disk-demo")


def vm_with(volume: kubevirt_v1.Volume, **spec: Any) -> kubevirt_v1.VirtualMachine:
    return kubevirt_v1.VirtualMachine(
        metadata=k8s_meta_v1.ObjectMeta(name="web"),
        spec=kubevirt_v1.VirtualMachineSpec(
            runStrategy="Always",
            template=kubevirt_v1.VirtualMachineInstanceTemplateSpec(
                spec=kubevirt_v1.VirtualMachineInstanceSpec(
                    domain=kubevirt_v1.DomainSpec(
                        memory=kubevirt_v1.Memory(guest="128Mi"),
                        devices=kubevirt_v1.Devices(disks=[kubevirt_v1.Disk(name="root")]),
                    ),
                    volumes=[volume],
                )
            ),
            **spec,
        ),
    )


def manifest_vm(**volume: Any) -> dict[str, Any]:
    return {
        "apiVersion": "kubevirt.io/v1",
        "kind": "VirtualMachine",
        "metadata": {"name": "web"},
        "spec": {
            "runStrategy": "Always",
            "template": {
                "spec": {
                    "domain": {"memory": {"guest": "128Mi"}, "devices": {"disks": [{"name": "root"}]}},
                    "volumes": [{"name": "root", **volume}],
                }
            },
        },
    }


# -- models --------------------------------------------------------------------------------------


@pytest.mark.parametrize("kind", ["known", "unknown"])
def test_an_output_data_volume_name_validates_and_stays_in_place(kind: str) -> None:
    name = pulumi.Output.from_input("dv-name") if kind == "known" else unknown()
    vm = vm_with(kubevirt_v1.Volume(name="root", dataVolume=kubevirt_v1.DataVolumeSource(name=name)))

    m = vm.to_manifest()

    assert m["spec"]["template"]["spec"]["volumes"][0]["dataVolume"]["name"] is name
    assert m["spec"]["template"]["spec"]["volumes"][0]["name"] == "root"
    assert m["kind"] == "VirtualMachine" and m["spec"]["template"]["spec"]["domain"]["memory"] == {
        "guest": "128Mi"
    }
    assert check(vm) == []
    assert validate(vm) is vm


def test_an_output_may_stand_for_a_whole_section_a_list_item_or_a_map_value() -> None:
    memory = pulumi.Output.from_input("256Mi")
    source = pulumi.Output.from_input({"name": "dv"})
    volume = pulumi.Output.from_input({"name": "extra", "emptyDisk": {"capacity": "1Gi"}})
    label = pulumi.Output.from_input("blue")
    vm = vm_with(kubevirt_v1.Volume(name="root", dataVolume=source))
    vm.metadata = k8s_meta_v1.ObjectMeta(name="web", labels={"team": label})
    vm.spec.template.spec.domain.memory = kubevirt_v1.Memory(guest=memory)
    vm.spec.template.spec.volumes = [*vm.spec.template.spec.volumes, volume]

    m = vm.to_manifest()

    assert m["metadata"]["labels"]["team"] is label
    tspec = m["spec"]["template"]["spec"]
    assert tspec["domain"]["memory"]["guest"] is memory
    assert tspec["volumes"][0]["dataVolume"] is source and tspec["volumes"][1] is volume
    assert check(vm) == []


def test_a_manifest_dict_with_outputs_reads_into_a_model_and_back() -> None:
    name = pulumi.Output.from_input("dv-name")
    manifest = manifest_vm(dataVolume={"name": name})

    vm = from_manifest(manifest, kubevirt_v1.VirtualMachine)

    assert vm.to_manifest() == manifest
    assert vm.to_manifest()["spec"]["template"]["spec"]["volumes"][0]["dataVolume"]["name"] is name
    assert check(manifest) == []


def test_a_wrong_plain_type_is_still_rejected_with_its_path() -> None:
    with pytest.raises(ValidationError) as e:
        from_manifest(manifest_vm(dataVolume={"name": 5}))
    [problem] = e.value.problems
    assert problem.path == (*VOLUMES, 0, "dataVolume", "name")
    assert problem.code == "string_type"
    assert problem.message.startswith("expected a string, got int 5")
    assert "Output" not in str(e.value)

    problems = check(manifest_vm(dataVolume={"name": object()}))
    assert [(p.location, p.code) for p in problems] == [
        ("spec.template.spec.volumes[0].dataVolume.name", "string_type")
    ]


def test_a_wrong_plain_type_fails_at_construction_too() -> None:
    with pytest.raises(pydantic.ValidationError) as e:
        kubevirt_v1.DataVolumeSource(name=5)
    assert "name" in str(e.value) and "valid string" in str(e.value)


def test_an_int_or_string_field_takes_an_output_and_keeps_its_message() -> None:
    port = pulumi.Output.from_input(8080)
    assert k8s_core_v1.TCPSocketAction(port=port).to_manifest() == {"port": port}
    with pytest.raises(ValidationError) as e:
        manifest.parse(k8s_core_v1.TCPSocketAction, {"port": [80]})
    [problem] = e.value.problems
    assert problem.location == "port"
    assert problem.message.startswith("expected an integer or a string, got list [80]")


def test_lists_accept_tuples_and_hold_lists() -> None:
    devices = kubevirt_v1.Devices(disks=(kubevirt_v1.Disk(name="a"), kubevirt_v1.Disk(name="b")))
    assert devices.to_manifest() == {"disks": [{"name": "a"}, {"name": "b"}]}
    assert isinstance(devices.disks, list)


def test_input_is_the_declared_type_or_an_output() -> None:
    # What user code can write in its own annotations.
    def volume(name: Input[str]) -> kubevirt_v1.Volume:
        return kubevirt_v1.Volume(name="root", dataVolume=kubevirt_v1.DataVolumeSource(name=name))

    assert volume("plain").to_manifest() == {"name": "root", "dataVolume": {"name": "plain"}}


# -- admission checks skip what they cannot know ------------------------------------------------


def test_a_disk_whose_volume_name_is_an_output_is_not_reported_as_orphaned() -> None:
    vm = vm_with(kubevirt_v1.Volume(name=pulumi.Output.from_input("root"), containerDisk=image()))
    assert check(vm) == []
    # Without the Output the same rule reports the disk.
    plain = vm_with(kubevirt_v1.Volume(name="other", containerDisk=image()))
    assert [p.code for p in check(plain)] == ["disk_without_volume"]


def test_a_data_volume_template_used_through_an_output_name_is_not_reported_unused() -> None:
    template = kubevirt_v1.DataVolumeTemplateSpec.model_validate(
        {
            "metadata": {"name": "root-dv"},
            "spec": {"source": {"blank": {}}, "storage": {"resources": {"requests": {"storage": "1Gi"}}}},
        }
    )
    name = pulumi.Output.from_input("root-dv")
    vm = vm_with(
        kubevirt_v1.Volume(name="root", dataVolume=kubevirt_v1.DataVolumeSource(name=name)),
        dataVolumeTemplates=[template],
    )
    assert check(vm) == []
    # An Output template name is neither missing nor unused.
    unnamed = copy.deepcopy(template)
    unnamed.metadata = k8s_meta_v1.ObjectMeta(name=pulumi.Output.from_input("root-dv"))
    vm.spec.data_volume_templates = [unnamed]
    assert check(vm) == []


def test_an_interface_or_network_named_by_an_output_is_not_reported_unpaired() -> None:
    m = manifest_vm(containerDisk={"image": "x"})
    tspec = m["spec"]["template"]["spec"]
    tspec["domain"]["devices"]["interfaces"] = [{"name": "blue", "bridge": {}}]
    tspec["networks"] = [{"name": pulumi.Output.from_input("blue"), "multus": {"networkName": "n"}}]
    assert check(m) == []
    tspec["networks"] = [{"name": "green", "multus": {"networkName": "n"}}]
    assert [p.code for p in check(m)] == ["interface_without_network"]


def test_sections_given_as_outputs_skip_the_rules_that_need_them() -> None:
    m = manifest_vm(containerDisk={"image": "x"})
    domain = m["spec"]["template"]["spec"]["domain"]
    del domain["memory"]
    assert [p.code for p in check(m)] == ["memory_missing"]
    domain["memory"] = pulumi.Output.from_input({"guest": "1Gi"})
    assert check(m) == []
    m["spec"]["template"]["spec"] = pulumi.Output.from_input({})
    assert check(m) == []
    m["spec"] = pulumi.Output.from_input({})
    assert check(m) == []


def test_a_data_volume_with_an_output_source_is_not_reported_sourceless() -> None:
    dv = cdi_v1beta1.DataVolume.model_validate(
        {
            "metadata": {"name": "dv"},
            "spec": {
                "source": pulumi.Output.from_input({"blank": {}}),
                "storage": {"resources": {"requests": {"storage": "1Gi"}}},
            },
        }
    )
    assert check(dv) == []
    dv.spec = pulumi.Output.from_input({})
    assert check(dv) == []


def test_known_problems_are_still_reported_next_to_outputs() -> None:
    m = manifest_vm(dataVolume={"name": pulumi.Output.from_input("dv")})
    tspec = m["spec"]["template"]["spec"]
    tspec["domain"]["devices"]["disks"].append({"name": "root"})
    tspec["volumes"].append({"name": "root", "containerDisk": {"image": "x"}})
    m["metadata"]["name"] = "Not_A_Name"
    assert sorted(p.code for p in check(m)) == ["duplicate_name", "duplicate_name", "invalid_name"]


def test_an_output_name_does_not_leak_into_error_headlines() -> None:
    vm = vm_with(kubevirt_v1.Volume(name="other", containerDisk=image()))
    vm.metadata = k8s_meta_v1.ObjectMeta(name=pulumi.Output.from_input("web"))
    with pytest.raises(ValidationError) as e:
        validate(vm)
    assert str(e.value).startswith("1 problem in VirtualMachine:")
