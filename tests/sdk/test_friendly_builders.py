"""The hand-written builders produce the generated models, complete and valid."""

from __future__ import annotations

import asyncio
from typing import Any

import pulumi
import pytest

from pulumi_kubevirt import cloudinit, datavolumes, disks, networks, service, vm
from pulumi_kubevirt_models import ValidationError, cdi_v1beta1, check, from_manifest, kubevirt_v1

CIRROS = "quay.io/kubevirt/cirros-container-disk-demo"


def cirros() -> kubevirt_v1.VirtualMachine:
    return vm.virtual_machine(
        "cirros",
        memory="128Mi",
        disks=[
            disks.data_volume("root", datavolumes.registry(f"docker://{CIRROS}"), "1Gi"),
            disks.container_disk("scratch", CIRROS),
            cloudinit.no_cloud("#cloud-config\npassword: cirros\n"),
        ],
        networks=[networks.pod()],
    )


def test_a_cirros_vm_takes_a_few_lines_and_is_valid() -> None:
    model = cirros()
    assert isinstance(model, kubevirt_v1.VirtualMachine)
    assert check(model) == []
    m = model.to_manifest()
    assert m["apiVersion"] == "kubevirt.io/v1" and m["kind"] == "VirtualMachine"
    spec = m["spec"]["template"]["spec"]
    assert [d["name"] for d in spec["domain"]["devices"]["disks"]] == ["root", "scratch", "cloudinit"]
    assert [v["name"] for v in spec["volumes"]] == ["root", "scratch", "cloudinit"]
    assert m["spec"]["dataVolumeTemplates"][0]["metadata"]["name"] == "root"
    assert spec["networks"] == [{"name": "default", "pod": {}}]


def test_built_manifests_round_trip() -> None:
    m = cirros().to_manifest()
    assert from_manifest(m).to_manifest() == m


def test_unset_options_stay_out_of_the_manifest() -> None:
    disk = disks.container_disk("root", CIRROS).disk.to_manifest()
    assert disk == {"name": "root", "disk": {"bus": "virtio"}}


def test_efi_secure_boot_turns_on_smm() -> None:
    domain = vm.virtual_machine("efi", memory="1Gi", efi_secure_boot=True).to_manifest()["spec"]["template"][
        "spec"
    ]["domain"]
    assert domain["firmware"]["bootloader"]["efi"] == {"secureBoot": True}
    assert domain["features"]["smm"] == {"enabled": True}


def test_instancetype_and_preference_are_cluster_scoped_by_default() -> None:
    spec = vm.virtual_machine("t", instancetype="u1.small", preference="fedora").to_manifest()["spec"]
    assert spec["instancetype"] == {"kind": "VirtualMachineClusterInstancetype", "name": "u1.small"}
    assert spec["preference"] == {"kind": "VirtualMachineClusterPreference", "name": "fedora"}
    assert check(vm.virtual_machine("t", instancetype="u1.small")) == []


def test_a_vm_without_memory_is_flagged() -> None:
    assert [p.code for p in check(vm.virtual_machine("t"))] == ["memory_missing"]


def test_oversized_inline_cloud_init_is_refused_at_once() -> None:
    with pytest.raises(ValidationError, match="2048"):
        cloudinit.no_cloud("x" * 2049)
    secret = cloudinit.config_drive(user_data_secret="userdata").volume.to_manifest()
    assert secret == {"name": "cloudinit", "cloudInitConfigDrive": {"secretRef": {"name": "userdata"}}}


def test_multus_networks_use_bridge_and_pass_admission() -> None:
    model = vm.virtual_machine(
        "m", memory="1Gi", networks=[networks.pod(ports=[(22, "TCP")]), networks.multus("blue", "ns/blue")]
    )
    assert check(model) == []
    iface = model.to_manifest()["spec"]["template"]["spec"]["domain"]["devices"]["interfaces"][1]
    assert iface == {"name": "blue", "bridge": {}}


def test_placement_and_hotplug_options() -> None:
    from pulumi_kubevirt_models import k8s_core_v1

    model = vm.virtual_machine(
        "p",
        memory="1Gi",
        disks=[disks.persistent_volume_claim("data", "data-pvc", hotpluggable=True, bus="scsi")],
        node_selector={"kubernetes.io/arch": "amd64"},
        tolerations=[k8s_core_v1.Toleration(key="dedicated", operator="Exists", effect="NoSchedule")],
    )
    spec = model.to_manifest()["spec"]["template"]["spec"]
    assert spec["volumes"][0]["persistentVolumeClaim"] == {"claimName": "data-pvc", "hotpluggable": True}
    assert spec["nodeSelector"] == {"kubernetes.io/arch": "amd64"}
    assert spec["tolerations"] == [{"key": "dedicated", "operator": "Exists", "effect": "NoSchedule"}]


@pytest.mark.parametrize(
    ("source", "key"),
    [
        (datavolumes.http("https://x/img.qcow2"), "http"),
        (datavolumes.registry("docker://quay.io/x"), "registry"),
        (datavolumes.clone("golden", "fedora"), "pvc"),
        (datavolumes.blank(), "blank"),
        (datavolumes.upload(), "upload"),
    ],
)
def test_standalone_data_volumes_have_exactly_one_source(
    source: cdi_v1beta1.DataVolumeSource, key: str
) -> None:
    dv = datavolumes.data_volume("dv", source, "2Gi", namespace="vms")
    m = dv.to_manifest()
    assert m["apiVersion"] == "cdi.kubevirt.io/v1beta1"
    assert list(m["spec"]["source"]) == [key]
    assert check(dv) == []


def test_migration_names_its_vmi() -> None:
    m = vm.migration("cirros", namespace="default").to_manifest()
    assert m["spec"] == {"vmiName": "cirros"}
    assert m["metadata"]["generateName"] == "cirros-migration-"
    assert check(m) == []


def test_expose_selects_the_vmi_and_rejects_bad_ports() -> None:
    svc = service.expose("cirros", [22, (80, 8080)], type="NodePort").to_manifest()
    assert svc["spec"]["selector"] == {"vmi.kubevirt.io/id": "cirros"}
    assert svc["spec"]["ports"][1] == {"port": 80, "targetPort": 8080, "protocol": "TCP"}
    with pytest.raises(Exception, match="65535"):
        service.ServicePort(port=70000)


# -- names that come from other resources: pulumi.Output values -----------------------------------
# (each test gets a current event loop: Output.from_input schedules on it)


@pytest.mark.usefixtures("output_loop")
def test_a_disk_on_a_data_volume_named_by_an_output_keeps_the_output() -> None:
    dv_name = pulumi.Output.from_input("root-dv")
    ns = pulumi.Output.from_input("vms")
    label = pulumi.Output.from_input("web")
    model = vm.virtual_machine(
        "web",
        namespace=ns,
        memory="128Mi",
        disks=[disks.existing_data_volume("root", dv_name), disks.persistent_volume_claim("data", dv_name)],
        labels={"app": label},
        networks=[networks.pod()],
    )
    m = model.to_manifest()
    spec = m["spec"]["template"]["spec"]
    assert spec["volumes"][0]["dataVolume"]["name"] is dv_name
    assert spec["volumes"][1]["persistentVolumeClaim"]["claimName"] is dv_name
    assert m["metadata"]["namespace"] is ns
    assert (
        m["metadata"]["labels"]["app"] is label
        and m["spec"]["template"]["metadata"]["labels"]["app"] is label
    )
    assert check(model) == []


@pytest.mark.usefixtures("output_loop")
def test_cloud_init_from_outputs_is_not_size_checked_here() -> None:
    user_data = pulumi.Output.from_input("#cloud-config\n" + "x" * 4000)
    secret = pulumi.Output.from_input("web-userdata")
    inline = cloudinit.no_cloud(user_data, network_data=pulumi.Output.from_input("version: 2\n"))
    assert inline.volume.to_manifest()["cloudInitNoCloud"]["userData"] is user_data
    by_ref = cloudinit.config_drive(user_data_secret=secret).volume.to_manifest()
    assert by_ref["cloudInitConfigDrive"]["secretRef"]["name"] is secret


@pytest.mark.usefixtures("output_loop")
def test_data_volume_sources_and_networks_take_outputs() -> None:
    url = pulumi.Output.from_input("https://x/img.qcow2")
    assert datavolumes.http(url).to_manifest() == {"http": {"url": url}}
    golden = pulumi.Output.from_input("golden")
    assert datavolumes.clone(golden, "fedora").to_manifest()["pvc"]["namespace"] is golden
    storage_class = pulumi.Output.from_input("fast")
    template = disks.data_volume("root", datavolumes.http(url), "1Gi", storage_class=storage_class)
    dv_spec = vm.virtual_machine("t", memory="1Gi", disks=[template]).to_manifest()["spec"][
        "dataVolumeTemplates"
    ]
    assert dv_spec[0]["spec"]["storage"]["storageClassName"] is storage_class
    assert dv_spec[0]["spec"]["source"]["http"]["url"] is url
    nad = pulumi.Output.from_input("ns/blue")
    assert networks.multus("blue", nad).network.to_manifest()["multus"]["networkName"] is nad


def test_expose_and_migration_derive_names_from_an_output_vm_name(
    output_loop: asyncio.AbstractEventLoop,
) -> None:
    async def resolve() -> tuple[dict[str, Any], dict[str, Any], list[str]]:
        vm_name = pulumi.Output.from_input("cirros")
        svc = service.expose(vm_name, [22]).to_manifest()
        migration = vm.migration(vm_name).to_manifest()
        assert svc["spec"]["selector"]["vmi.kubevirt.io/id"] is vm_name
        assert migration["spec"]["vmiName"] is vm_name
        names = [await svc["metadata"]["name"].future(), await migration["metadata"]["generateName"].future()]
        return svc, migration, names

    svc, migration, names = output_loop.run_until_complete(resolve())
    assert names == ["cirros-svc", "cirros-migration-"]
    assert check(migration) == []
