"""The converter's ``<cpu>`` for each CPU model a VMI can ask for, and what the KVM probe tests with.

Pure functions, no services: the XML the converter writes, parsed back. What libvirt and QEMU do
with it on this machine is tested in test_accel.py.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import pytest

from kubevirt_sandbox import accel, libvirt_messages
from kubevirt_sandbox.controllers import cpumodel, domainxml, vm


def vmi(cpu: dict[str, Any] | None = None) -> dict[str, Any]:
    return {
        "metadata": {"namespace": "default", "name": "cpu", "uid": "u-1"},
        "spec": {
            "domain": {
                "cpu": {"sockets": 1, "cores": 1, "threads": 1, "maxSockets": 4, **(cpu or {})},
                "resources": {"requests": {"memory": "128Mi"}},
                "devices": {"disks": [{"name": "root", "disk": {"bus": "virtio"}}]},
            },
            "volumes": [{"name": "root", "containerDisk": {"image": "demo"}}],
        },
    }


def cpu_of(cpu: dict[str, Any] | None, domain_type: str, fixup: str = "") -> ET.Element:
    xml = domainxml.convert(
        vmi(cpu), {"root": domainxml.DiskSource("/d.qcow2", "qcow2")}, "/serial.log", domain_type, fixup
    )
    root = ET.fromstring(xml)
    assert root.get("type") == domain_type
    element = root.find("cpu")
    assert element is not None
    return element


def features(cpu: ET.Element) -> list[tuple[str | None, str | None]]:
    return [(f.get("name"), f.get("policy")) for f in cpu.findall("feature")]


@pytest.mark.parametrize("domain_type", ["kvm", "qemu"])
def test_a_vmi_without_a_model_gets_kubevirts_default_host_model(domain_type: str) -> None:
    cpu = cpu_of(None, domain_type)
    assert cpu.attrib == {"mode": "host-model"}
    assert cpu.find("model") is None and features(cpu) == []
    assert cpu.find("topology").attrib == {"sockets": "4", "dies": "1", "cores": "1", "threads": "1"}  # type: ignore[union-attr]


def test_host_model_and_host_passthrough_become_libvirt_modes_of_the_same_name_under_kvm() -> None:
    assert cpu_of({"model": "host-model"}, "kvm").attrib == {"mode": "host-model"}
    assert cpu_of({"model": "host-passthrough"}, "kvm").attrib == {"mode": "host-passthrough"}


def test_host_passthrough_under_tcg_becomes_maximum_which_libvirt_accepts_there() -> None:
    assert cpu_of({"model": "host-passthrough"}, "qemu").attrib == {"mode": "maximum"}


@pytest.mark.parametrize("domain_type", ["kvm", "qemu"])
def test_a_named_model_becomes_a_custom_model_with_exact_match(domain_type: str) -> None:
    cpu = cpu_of({"model": "EPYC-Rome"}, domain_type)
    assert cpu.attrib == {"mode": "custom", "match": "exact"}
    model = cpu.find("model")
    assert model is not None and model.text == "EPYC-Rome" and model.get("fallback") == "allow"


def test_declared_features_keep_their_policy_and_default_to_require() -> None:
    cpu = cpu_of({"features": [{"name": "pcid"}, {"name": "svm", "policy": "disable"}]}, "kvm")
    assert features(cpu) == [("pcid", "require"), ("svm", "disable")]


def test_the_host_fixup_disables_arch_capabilities_under_kvm_only() -> None:
    for model in ("host-model", "host-passthrough", "kvm64"):
        assert features(cpu_of({"model": model}, "kvm", "no-arch-capabilities")) == [
            ("arch-capabilities", "disable")
        ]
    assert features(cpu_of(None, "qemu", "no-arch-capabilities")) == []


def test_a_feature_the_vmi_declares_wins_over_the_host_fixup() -> None:
    cpu = cpu_of(
        {"features": [{"name": "arch-capabilities", "policy": "require"}]}, "kvm", "no-arch-capabilities"
    )
    assert features(cpu) == [("arch-capabilities", "require")]


def test_a_model_name_is_escaped_in_the_xml() -> None:
    assert cpu_of({"model": "a<b"}, "kvm").find("model").text == "a<b"  # type: ignore[union-attr]


def test_the_probe_tries_kubevirts_definition_first_then_each_fixup() -> None:
    assert cpumodel.CANDIDATES[0] == ""
    assert set(cpumodel.CANDIDATES) == set(cpumodel.FIXUPS)


def test_the_vm_controller_writes_host_model_into_the_vmi_as_kubevirt_does() -> None:
    made = vm.new_vmi(
        {
            "metadata": {"name": "v", "namespace": "default", "uid": "u"},
            "spec": {"template": {"spec": {"domain": {}}}},
        }
    )
    assert made["spec"]["domain"]["cpu"]["model"] == "host-model"
    kept = vm.new_vmi(
        {
            "metadata": {"name": "v", "namespace": "default", "uid": "u"},
            "spec": {"template": {"spec": {"domain": {"cpu": {"model": "kvm64"}}}}},
        }
    )
    assert kept["spec"]["domain"]["cpu"]["model"] == "kvm64"


def test_the_probe_domain_is_the_converters_demo_vm_under_kvm(tmp_path: Path) -> None:
    root = domainxml.DiskSource(str(tmp_path / "root.qcow2"), "qcow2")
    probe = ET.fromstring(accel.domain_xml(tmp_path, root, "kvm", ""))
    assert probe.get("type") == "kvm"
    assert probe.find("cpu").get("mode") == "host-model"  # type: ignore[union-attr]
    assert probe.find("os/type").get("machine") == "q35"  # type: ignore[union-attr]
    assert probe.find("devices/disk/target").attrib == {"bus": "virtio", "dev": "vda"}  # type: ignore[union-attr]
    fixed = ET.fromstring(accel.domain_xml(tmp_path, root, "kvm", "no-arch-capabilities"))
    assert features(fixed.find("cpu")) == [("arch-capabilities", "disable")]  # type: ignore[arg-type]


def test_the_boot_sector_is_one_bootable_sector_that_prints_the_ready_line() -> None:
    sector = accel.boot_sector()
    assert len(sector) == 512 and sector.endswith(b"\x55\xaa")
    assert accel.READY.search(sector)


def test_libvirts_error_is_shown_on_one_line_without_timestamps_or_qemu_warnings() -> None:
    message = (
        "internal error: qemu unexpectedly closed the monitor: 2026-12-01T14:40:09.936898Z "
        "qemu-system-x86_64: -accel kvm: warning: Number of hotpluggable cpus requested (4) exceeds "
        "the recommended cpus supported by KVM (2)\n2026-12-01T14:40:09.946692Z qemu-system-x86_64: "
        "error: failed to set MSR 0x10a to 0x69\nqemu-system-x86_64: ../../target/i386/kvm/kvm.c:3183: "
        "kvm_buf_set_msrs: Assertion `ret == cpu->kvm_msr_buf->nmsrs' failed."
    )
    assert libvirt_messages.one_line(message) == (
        "internal error: qemu unexpectedly closed the monitor: qemu-system-x86_64: error: failed to set "
        "MSR 0x10a to 0x69; qemu-system-x86_64: ../../target/i386/kvm/kvm.c:3183: kvm_buf_set_msrs: "
        "Assertion `ret == cpu->kvm_msr_buf->nmsrs' failed."
    )
    assert libvirt_messages.one_line("internal error: Unknown CPU model NoSuchModel") == (
        "internal error: Unknown CPU model NoSuchModel"
    )
    assert len(libvirt_messages.one_line("x" * 1000)) == 400
