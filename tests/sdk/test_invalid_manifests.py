"""Invalid manifests are rejected with the manifest path of the problem and a hint to fix it."""

from __future__ import annotations

import base64
import copy
from collections.abc import Callable
from typing import Any

import pytest

from pulumi_kubevirt_models import Problem, ValidationError, check, kubevirt_v1, validate

VM: dict[str, Any] = {
    "apiVersion": "kubevirt.io/v1",
    "kind": "VirtualMachine",
    "metadata": {"name": "testvm", "labels": {"app": "web"}},
    "spec": {
        "runStrategy": "Always",
        "dataVolumeTemplates": [
            {
                "metadata": {"name": "root-dv"},
                "spec": {
                    "source": {"http": {"url": "http://x/img"}},
                    "storage": {"resources": {"requests": {"storage": "1Gi"}}},
                },
            }
        ],
        "template": {
            "metadata": {"labels": {"app": "web"}},
            "spec": {
                "domain": {
                    "cpu": {"sockets": 1, "maxSockets": 4},
                    "memory": {"guest": "128Mi"},
                    "resources": {"requests": {"cpu": "500m"}, "limits": {"cpu": "1"}},
                    "devices": {
                        "disks": [
                            {"name": "root", "disk": {"bus": "virtio"}, "bootOrder": 1},
                            {"name": "cloudinit", "disk": {"bus": "virtio"}},
                        ],
                        "interfaces": [
                            {"name": "default", "masquerade": {}, "ports": [{"port": 22, "protocol": "TCP"}]},
                            {"name": "blue", "bridge": {}},
                        ],
                    },
                },
                "networks": [
                    {"name": "default", "pod": {}},
                    {"name": "blue", "multus": {"networkName": "blue-net"}},
                ],
                "volumes": [
                    {"name": "root", "dataVolume": {"name": "root-dv"}},
                    {"name": "cloudinit", "cloudInitNoCloud": {"userData": "#cloud-config\n"}},
                ],
            },
        },
    },
}

DV: dict[str, Any] = {
    "apiVersion": "cdi.kubevirt.io/v1beta1",
    "kind": "DataVolume",
    "metadata": {"name": "dv"},
    "spec": {"source": {"blank": {}}, "storage": {"resources": {"requests": {"storage": "1Gi"}}}},
}

MIGRATION: dict[str, Any] = {
    "apiVersion": "kubevirt.io/v1",
    "kind": "VirtualMachineInstanceMigration",
    "metadata": {"name": "m"},
    "spec": {"vmiName": "testvm"},
}

T = "spec.template.spec"
D = f"{T}.domain.devices"


def tmpl(m: dict[str, Any]) -> dict[str, Any]:
    return m["spec"]["template"]["spec"]


def dev(m: dict[str, Any]) -> dict[str, Any]:
    return tmpl(m)["domain"]["devices"]


Mutation = Callable[[dict[str, Any]], object]

# (base, mutation, expected path, fragment of the message)
CASES: list[tuple[str, dict[str, Any], Mutation, str, str]] = [
    # -- schema: types, unknown fields, closed sets, quantities, required fields
    (
        "disk bus ide",
        VM,
        lambda m: dev(m)["disks"][1]["disk"].update(bus="ide"),
        f"{D}.disks[1].disk.bus",
        "'virtio'",
    ),
    (
        "misspelt field",
        VM,
        lambda m: dev(m)["disks"][0].update(bootorder=2),
        f"{D}.disks[0].bootorder",
        "did you mean 'bootOrder'",
    ),
    (
        "snake_case key",
        VM,
        lambda m: m["spec"].update(run_strategy=m["spec"].pop("runStrategy")),
        "spec.run_strategy",
        "runStrategy",
    ),
    (
        "unknown run strategy",
        VM,
        lambda m: m["spec"].update(runStrategy="Sometimes"),
        "spec.runStrategy",
        "'Halted'",
    ),
    (
        "bad memory quantity",
        VM,
        lambda m: tmpl(m)["domain"]["memory"].update(guest="128MB"),
        f"{T}.domain.memory.guest",
        "not a Kubernetes quantity",
    ),
    (
        "bad cpu quantity",
        VM,
        lambda m: tmpl(m)["domain"]["resources"]["requests"].update(cpu="half"),
        f"{T}.domain.resources.requests.cpu",
        "not a Kubernetes quantity",
    ),
    (
        "string for int",
        VM,
        lambda m: tmpl(m)["domain"]["cpu"].update(sockets="2"),
        f"{T}.domain.cpu.sockets",
        "expected an integer",
    ),
    (
        "int for string",
        VM,
        lambda m: m["metadata"]["labels"].update(app=5),
        "metadata.labels.app",
        "expected a string",
    ),
    ("string for bool", VM, lambda m: m["spec"].update(running="yes"), "spec.running", "true or false"),
    ("list for mapping", VM, lambda m: tmpl(m).update(domain=[]), f"{T}.domain", "mapping"),
    (
        "quantity of wrong type",
        VM,
        lambda m: tmpl(m)["domain"]["memory"].update(guest=True),
        f"{T}.domain.memory.guest",
        "quantity",
    ),
    (
        "int-or-string of wrong type",
        VM,
        lambda m: tmpl(m).update(readinessProbe={"tcpSocket": {"port": 1.5}}),
        f"{T}.readinessProbe.tcpSocket.port",
        "an integer or a string",
    ),
    ("missing disk name", VM, lambda m: dev(m)["disks"][1].pop("name"), f"{D}.disks[1].name", "required"),
    (
        "missing container image",
        VM,
        lambda m: (
            tmpl(m)["volumes"][1].update(containerDisk={}, cloudInitNoCloud=None)
            or tmpl(m)["volumes"][1].pop("cloudInitNoCloud")
        ),
        f"{T}.volumes[1].containerDisk.image",
        "required",
    ),
    (
        "bad port protocol",
        VM,
        lambda m: dev(m)["interfaces"][0]["ports"][0].update(protocol="SCTP"),
        f"{D}.interfaces[0].ports[0].protocol",
        "'UDP'",
    ),
    (
        "bad toleration operator",
        VM,
        lambda m: tmpl(m).update(tolerations=[{"key": "k", "operator": "Maybe"}]),
        f"{T}.tolerations[0].operator",
        "'Exists'",
    ),
    (
        "bad interface model",
        VM,
        lambda m: dev(m)["interfaces"][1].update(model="virtio-net"),
        f"{D}.interfaces[1].model",
        "e1000",
    ),
    # -- admission rules
    (
        "running and runStrategy",
        VM,
        lambda m: m["spec"].update(running=True),
        "spec.running",
        "mutually exclusive",
    ),
    (
        "neither running nor runStrategy",
        VM,
        lambda m: m["spec"].pop("runStrategy"),
        "spec.runStrategy",
        "set runStrategy",
    ),
    ("no template", VM, lambda m: m["spec"].pop("template"), "spec.template", "required"),
    (
        "disk without volume",
        VM,
        lambda m: dev(m)["disks"][1].update(name="cidata"),
        f"{D}.disks[1].name",
        "no volume",
    ),
    ("no memory", VM, lambda m: tmpl(m)["domain"].pop("memory"), f"{T}.domain.memory", "never start"),
    (
        "request over limit",
        VM,
        lambda m: tmpl(m)["domain"]["resources"]["requests"].update(cpu="1500m"),
        f"{T}.domain.resources.requests.cpu",
        "more than the limit",
    ),
    (
        "sockets over maxSockets",
        VM,
        lambda m: tmpl(m)["domain"]["cpu"].update(sockets=8),
        f"{T}.domain.cpu.sockets",
        "maxSockets",
    ),
    (
        "duplicate disk",
        VM,
        lambda m: dev(m)["disks"].append({"name": "root", "disk": {}}),
        f"{D}.disks[2].name",
        "unique",
    ),
    (
        "duplicate volume",
        VM,
        lambda m: tmpl(m)["volumes"].append({"name": "root", "emptyDisk": {"capacity": "1Gi"}}),
        f"{T}.volumes[2].name",
        "unique",
    ),
    (
        "duplicate network",
        VM,
        lambda m: tmpl(m)["networks"].append({"name": "blue", "multus": {"networkName": "x"}}),
        f"{T}.networks[2].name",
        "unique",
    ),
    (
        "pci address off virtio",
        VM,
        lambda m: dev(m)["disks"][1]["disk"].update(bus="sata", pciAddress="0000:81:01.1"),
        f"{D}.disks[1].disk.pciAddress",
        "virtio",
    ),
    (
        "boot order zero",
        VM,
        lambda m: dev(m)["disks"][1].update(bootOrder=0),
        f"{D}.disks[1].bootOrder",
        "1 or more",
    ),
    (
        "boot order reused",
        VM,
        lambda m: dev(m)["interfaces"][0].update(bootOrder=1),
        f"{D}.interfaces[0].bootOrder",
        "unique",
    ),
    (
        "interface without network",
        VM,
        lambda m: dev(m)["interfaces"][1].update(name="green"),
        f"{D}.interfaces[1].name",
        "no network",
    ),
    (
        "two pod networks",
        VM,
        lambda m: tmpl(m)["networks"][1].update(pod={}, multus=None) or tmpl(m)["networks"][1].pop("multus"),
        f"{T}.networks[1].pod",
        "only one pod network",
    ),
    (
        "masquerade on multus",
        VM,
        lambda m: dev(m)["interfaces"][1].update(masquerade={}) or dev(m)["interfaces"][1].pop("bridge"),
        f"{D}.interfaces[1].masquerade",
        "pod network",
    ),
    (
        "slirp binding",
        VM,
        lambda m: dev(m)["interfaces"][0].update(slirp={}) or dev(m)["interfaces"][0].pop("masquerade"),
        f"{D}.interfaces[0].slirp",
        "removed",
    ),
    (
        "port out of range",
        VM,
        lambda m: dev(m)["interfaces"][0]["ports"][0].update(port=70000),
        f"{D}.interfaces[0].ports[0].port",
        "1-65535",
    ),
    (
        "user data too large",
        VM,
        lambda m: tmpl(m)["volumes"][1]["cloudInitNoCloud"].update(userData="x" * 2049),
        f"{T}.volumes[1].cloudInitNoCloud.userData",
        "2048",
    ),
    (
        "base64 user data too large",
        VM,
        lambda m: (
            tmpl(m)["volumes"][1]["cloudInitNoCloud"].update(userData=None)
            or tmpl(m)["volumes"][1]["cloudInitNoCloud"].pop("userData")
            or tmpl(m)["volumes"][1]["cloudInitNoCloud"].update(
                userDataBase64=base64.b64encode(b"y" * 3000).decode()
            )
        ),
        f"{T}.volumes[1].cloudInitNoCloud.userDataBase64",
        "Secret",
    ),
    (
        "reserved template label",
        VM,
        lambda m: m["spec"]["template"]["metadata"]["labels"].update({"kubevirt.io/nodeName": "n1"}),
        'spec.template.metadata.labels["kubevirt.io/nodeName"]',
        "reserved",
    ),
    (
        "unused data volume template",
        VM,
        lambda m: tmpl(m)["volumes"][0]["dataVolume"].update(name="other"),
        "spec.dataVolumeTemplates[0].metadata.name",
        "not used",
    ),
    (
        "template with pvc and storage",
        VM,
        lambda m: m["spec"]["dataVolumeTemplates"][0]["spec"].update(pvc={"accessModes": ["ReadWriteOnce"]}),
        "spec.dataVolumeTemplates[0].spec",
        "exactly one of storage",
    ),
    (
        "template with two sources",
        VM,
        lambda m: m["spec"]["dataVolumeTemplates"][0]["spec"]["source"].update(blank={}),
        "spec.dataVolumeTemplates[0].spec.source",
        "exactly one source",
    ),
    ("upper-case name", VM, lambda m: m["metadata"].update(name="TestVM"), "metadata.name", "lowercase"),
    (
        "bad namespace",
        VM,
        lambda m: m["metadata"].update(namespace="my_ns"),
        "metadata.namespace",
        "DNS-1123 label",
    ),
    (
        "bad label key",
        VM,
        lambda m: m["metadata"]["labels"].update({"-bad": "x"}),
        'metadata.labels["-bad"]',
        "key",
    ),
    (
        "bad label value",
        VM,
        lambda m: m["metadata"]["labels"].update(app="a" * 64),
        "metadata.labels.app",
        "label value",
    ),
    (
        "negative guest memory",
        VM,
        lambda m: m["spec"]["template"]["spec"]["domain"]["memory"].update(guest="-1Gi"),
        "spec.template.spec.domain.memory.guest",
        "must be greater than or equal to 1M",
    ),
    (
        "zero guest memory",
        VM,
        lambda m: m["spec"]["template"]["spec"]["domain"]["memory"].update(guest="0"),
        "spec.template.spec.domain.memory.guest",
        "must be greater than or equal to 1M",
    ),
    (
        "guest memory no machine has",
        VM,
        lambda m: m["spec"]["template"]["spec"]["domain"]["memory"].update(guest="1e100"),
        "spec.template.spec.domain.memory.guest",
        "must be less than or equal to",
    ),
    (
        "negative memory request",
        VM,
        lambda m: m["spec"]["template"]["spec"]["domain"]["resources"]["requests"].update(memory="-1Gi"),
        "spec.template.spec.domain.resources.requests.memory",
        "must be greater than or equal to 0",
    ),
    (
        "memory request under 1M",
        VM,
        lambda m: m["spec"]["template"]["spec"]["domain"]["resources"]["requests"].update(memory="1k"),
        "spec.template.spec.domain.resources.requests.memory",
        "must be greater than or equal to 1M",
    ),
    (
        "negative memory limit",
        VM,
        lambda m: m["spec"]["template"]["spec"]["domain"]["resources"]["limits"].update(memory="-1"),
        "spec.template.spec.domain.resources.limits.memory",
        "must be greater than or equal to 0",
    ),
    (
        "negative cores",
        VM,
        lambda m: m["spec"]["template"]["spec"]["domain"]["cpu"].update(cores=-1),
        "spec.template.spec.domain.cpu.cores",
        "must be greater than or equal to 1",
    ),
    (
        "sockets beyond 32 bits",
        VM,
        lambda m: m["spec"]["template"]["spec"]["domain"]["cpu"].update(sockets=2**40, maxSockets=2**41),
        "spec.template.spec.domain.cpu.sockets",
        "must be less than or equal to 4294967295",
    ),
    (
        "zero threads",
        VM,
        lambda m: m["spec"]["template"]["spec"]["domain"]["cpu"].update(threads=0),
        "spec.template.spec.domain.cpu.threads",
        "must be greater than or equal to 1",
    ),
    ("dv without source", DV, lambda m: m["spec"].pop("source"), "spec.source", "needs a source"),
    ("dv without storage", DV, lambda m: m["spec"].pop("storage"), "spec", "exactly one of storage"),
    (
        "dv source and sourceRef",
        DV,
        lambda m: m["spec"].update(sourceRef={"kind": "DataSource", "name": "x"}),
        "spec.sourceRef",
        "not both",
    ),
    (
        "dv bad size",
        DV,
        lambda m: m["spec"]["storage"]["resources"]["requests"].update(storage="1 GB"),
        "spec.storage.resources.requests.storage",
        "quantity",
    ),
    (
        "dv bad volume mode",
        DV,
        lambda m: m["spec"]["storage"].update(volumeMode="Raw"),
        "spec.storage.volumeMode",
        "'Block'",
    ),
    (
        "migration without vmi",
        MIGRATION,
        lambda m: m["spec"].pop("vmiName"),
        "spec.vmiName",
        "name the VirtualMachineInstance",
    ),
    ("unknown kind", MIGRATION, lambda m: m.update(kind="VirtualMagic"), "kind", "unknown kind"),
    (
        "wrong api version",
        MIGRATION,
        lambda m: m.update(apiVersion="kubevirt.io/v2"),
        "apiVersion",
        "served as kubevirt.io/v1",
    ),
]


def test_the_table_has_at_least_thirty_cases() -> None:
    assert len(CASES) >= 30


def test_the_base_manifests_are_valid() -> None:
    for base in (VM, DV, MIGRATION):
        assert check(base) == []


@pytest.mark.parametrize(
    ("base", "mutate", "path", "fragment"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_invalid_manifest_is_rejected_at_its_path(
    base: dict[str, Any], mutate: Mutation, path: str, fragment: str
) -> None:
    manifest = copy.deepcopy(base)
    mutate(manifest)
    with pytest.raises(ValidationError) as e:
        validate(manifest)
    problems = {p.location: p.message for p in e.value.problems}
    assert path in problems, f"{path} not in {list(problems)}"
    assert fragment in problems[path]


def test_several_problems_are_reported_together() -> None:
    manifest = copy.deepcopy(VM)
    dev(manifest)["disks"][1]["disk"]["bus"] = "ide"
    dev(manifest)["disks"][0]["nmae"] = "typo"
    dev(manifest)["interfaces"][1]["name"] = "green"
    manifest["spec"]["running"] = True
    with pytest.raises(ValidationError) as e:
        validate(manifest)
    assert set(e.value.paths) == {
        f"{D}.disks[1].disk.bus",
        f"{D}.disks[0].nmae",
        f"{D}.interfaces[1].name",
        "spec.running",
    }
    assert all(isinstance(p, Problem) for p in e.value.problems)
    assert str(e.value).startswith("4 problems in VirtualMachine 'testvm':")


def test_models_are_checked_like_manifests() -> None:
    vm = kubevirt_v1.VirtualMachine.model_validate(copy.deepcopy(VM))
    vm.spec.template.spec.domain.devices.disks[1].name = "nope"
    with pytest.raises(ValidationError) as e:
        validate(vm)
    assert e.value.paths == [f"{D}.disks[1].name"]


def test_an_instancetype_supplies_the_memory() -> None:
    manifest = copy.deepcopy(VM)
    tmpl(manifest)["domain"].pop("memory")
    manifest["spec"]["instancetype"] = {"name": "u1.small"}
    assert check(manifest) == []


def test_pydantic_errors_never_leak_out_of_from_manifest() -> None:
    from pulumi_kubevirt_models import from_manifest

    manifest = copy.deepcopy(VM)
    dev(manifest)["interfaces"][0]["ports"][0]["port"] = "twenty-two"
    with pytest.raises(ValidationError) as e:
        from_manifest(manifest)
    assert e.value.paths == [f"{D}.interfaces[0].ports[0].port"]


def test_a_rejected_object_does_not_also_fail_admission_checks_inside_it() -> None:
    manifest = copy.deepcopy(VM)
    tmpl(manifest)["domain"] = []
    assert [p.location for p in check(manifest)] == [f"{T}.domain"]
